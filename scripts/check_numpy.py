"""Refuse a venv where pip put numpy 2 over the system's numpy 1 (Debian 12: GDAL's and QGIS's numpy bindings are
built against numpy 1 and fail with "numpy.core.multiarray failed to import"). The system's own numpy 2 (Debian
sid, the newer CI leg) is fine.

    VENV/bin/python scripts/check_numpy.py SYSTEM_PYTHON
"""

import os
import subprocess
import sys

import numpy


def major(version):
    return int(version.split(".")[0])


def main():
    system_python = sys.argv[1] if len(sys.argv) > 1 else "/usr/bin/python3"
    venv_numpy = os.path.realpath(numpy.__file__)
    from_venv = venv_numpy.startswith(os.path.realpath(sys.prefix) + os.sep)
    if not from_venv or major(numpy.__version__) < 2:
        return 0
    probe = subprocess.run([system_python, "-c", "import numpy; print(numpy.__version__)"],
                           capture_output=True, text=True)
    system_version = probe.stdout.strip() if probe.returncode == 0 else ""
    if system_version and major(system_version) >= 2:
        return 0
    return ("pip installed numpy {} into the venv ({}) over the system's numpy {}: it breaks GDAL's numpy bindings. "
            "Remove the venv and keep numpy<2 in constraints.txt.".format(
                numpy.__version__, venv_numpy, system_version or "(none)"))


if __name__ == "__main__":
    sys.exit(main())
