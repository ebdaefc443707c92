"""Which of the scientific Python packages Trygghet needs are missing."""

import importlib

# module name -> (Debian/Ubuntu package, pip package)
REQUIRED = {
    "numpy": ("python3-numpy", "numpy"),
    "pandas": ("python3-pandas", "pandas"),
    "shapely": ("python3-shapely", "shapely"),
}


def missing_dependencies():
    """Return ``[(module, debian_package, pip_package), ...]`` for modules that fail to import."""
    missing = []
    for module, (deb, pip) in REQUIRED.items():
        try:
            importlib.import_module(module)
        except Exception:  # an ImportError, or a broken binary build (e.g. numpy ABI mismatch)
            missing.append((module, deb, pip))
    return missing
