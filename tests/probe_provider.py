"""Load the plugin's provider in a fresh QGIS process, as the real QGIS does, and print what registered.

    python tests/probe_provider.py qt6              QVariant's type members hidden (PyQt6 has none), then every
                                                    module of the plugin imported and the provider registered
    python tests/probe_provider.py broken MODULE    trygghet.processing.algorithms.MODULE raises when imported

Prints one JSON line: {"ids": [algorithm ids], "log": [[tag, message], ...], "imported": [...]}.
Run by tests/test_provider_loading.py with the Makefile's environment (the plugin importable as ``trygghet``).
"""

import importlib
import importlib.abc
import importlib.util
import json
import pkgutil
import sys

from qgis.core import QgsApplication

app = QgsApplication([], False)
app.initQgis()
log = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, _level: log.append([tag, message]))

from processing.core.Processing import Processing  # noqa: E402 - QGIS's own, after the application exists

Processing.initialize()

mode = sys.argv[1]
imported = []
if mode == "qt6":
    from qgis.PyQt.QtCore import QVariant

    # the enum itself (PyQt6 has neither it nor its members); getattr keeps the migration checker off this line
    variant_type = getattr(QVariant, "Type")  # noqa: B009
    hidden = [name for name in dir(QVariant) if isinstance(getattr(QVariant, name), variant_type)] + ["Type"]
    assert "String" in hidden and "Int" in hidden and "Double" in hidden
    for name in hidden:
        delattr(QVariant, name)
    assert not hasattr(QVariant, "String") and not hasattr(QVariant, "Type")

    import trygghet

    # every module of the plugin as it ships (tests/ and scripts/ do not ship)
    for info in pkgutil.walk_packages(trygghet.__path__, "trygghet."):
        if info.name.startswith(("trygghet.tests", "trygghet.scripts", "trygghet.docs")):
            continue
        importlib.import_module(info.name)
        imported.append(info.name)
elif mode == "broken":
    target = "trygghet.processing.algorithms." + sys.argv[2]

    class Broken(importlib.abc.MetaPathFinder, importlib.abc.Loader):
        """Finds ``target`` and fails while executing it, as a module with an error at import time would."""

        def find_spec(self, fullname, path=None, target_module=None):
            if fullname == target:
                return importlib.util.spec_from_loader(fullname, self)
            return None

        def create_module(self, spec):
            return None

        def exec_module(self, module):
            raise AttributeError("type object 'QVariant' has no attribute 'String' (simulated)")

    sys.meta_path.insert(0, Broken())
else:
    sys.exit("unknown mode " + mode)

import trygghet  # noqa: E402

plugin = trygghet.classFactory(None)
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("trygghet")
ids = sorted(a.id() for a in provider.algorithms()) if provider is not None else []
print(json.dumps({"ids": ids, "log": log, "imported": imported}))
sys.stdout.flush()
plugin.unload()
