"""The plugin's house rules: it loads in real QGIS, unloads cleanly, and does not shadow QGIS's modules."""

import ast
import configparser
import glob
import os

import trygghet
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QAction
from qgis.PyQt.QtWidgets import QMenu, QToolBar
from trygghet.dependencies import missing_dependencies

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_plugin_is_imported_from_the_plugins_folder():
    assert os.path.join(".build", "plugins", "trygghet") in trygghet.__file__


def test_processing_is_qgis_own_module(plugin):
    import processing

    assert "trygghet" not in processing.__file__
    assert os.path.realpath(processing.__file__).startswith(os.path.realpath(QgsApplication.pkgDataPath()))
    assert hasattr(processing, "run")


def test_metadata_minimum_version_is_not_above_running_qgis():
    meta = configparser.ConfigParser()
    meta.read(os.path.join(REPO, "metadata.txt"), encoding="utf-8")
    general = meta["general"]
    major, minor = (int(x) for x in general["qgisMinimumVersion"].split(".")[:2])
    assert major * 10000 + minor * 100 <= Qgis.QGIS_VERSION_INT
    assert (major, minor) == (3, 40)  # the oldest QGIS a CI leg tests (make test: Debian 12's 3.40)
    assert general["name"] == "Trygghet"
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert general["version"] in general["changelog"]
    assert os.path.exists(os.path.join(REPO, general["icon"]))


def test_core_imports_neither_qgis_nor_qt():
    offenders = []
    for path in glob.glob(os.path.join(REPO, "core", "**", "*.py"), recursive=True):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [(path, n) for n in names if n.split(".")[0] in ("qgis", "PyQt5", "PyQt6", "osgeo")]
    assert offenders == []


# --- the house's import rules, checked on every plugin file ------------------------------------------------------
PLUGIN_TOP = ("core", "workspace", "processing", "report", "ui", "i18n", "plugin", "plugin_paths", "dependencies")
QT_OR_QGIS = ("qgis", "PyQt5", "PyQt6", "osgeo", "sip")
QGIS_PROCESSING = ("algs", "core", "gui", "modeler", "script", "tools", "preconfigured", "tests")  # QGIS's own


def _imports(relpath, source):
    """(line, absolute dotted name, level) of every import in ``source`` (the file ``relpath`` of the plugin); a
    relative import is resolved against the file's package, ``from . import x`` naming each ``x``."""
    package = relpath[:-len(".py")].split("/")[:-1]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, 0) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                out.append((node.lineno, node.module, 0))
                continue
            if node.level > len(package) + 1:
                out.append((node.lineno, "<above the plugin>", node.level))
                continue
            base = package[:len(package) - node.level + 1]
            if node.module:
                out.append((node.lineno, ".".join(base + [node.module]), node.level))
            else:
                out += [(node.lineno, ".".join(base + [a.name]), node.level) for a in node.names]
    return out


def import_violations(relpath, source):
    """The house's import rules broken by ``source``, the text of the plugin file ``relpath`` ("core/x.py")."""
    found = []
    area = relpath.split("/")[0] if "/" in relpath else ""
    for line, name, level in _imports(relpath, source):
        parts = name.split(".")
        where = "{}:{}: {}".format(relpath, line, name)
        if level == 0:
            if parts[0] == "trygghet" or (parts[0] in PLUGIN_TOP and parts[0] != "processing"):
                found.append("absolute import of the plugin (use a relative one): " + where)
            elif parts[0] == "processing" and len(parts) > 1 and parts[1] not in QGIS_PROCESSING:
                found.append("absolute import of the plugin (use a relative one): " + where)
            elif area == "core" and parts[0] in QT_OR_QGIS:
                found.append("core imports Qt or QGIS: " + where)
            continue
        if name == "<above the plugin>":
            found.append("relative import reaches above the plugin: " + where)
            continue
        if area == "core" and parts[0] != "core":
            found.append("core imports the plugin's other parts: " + where)
        if area == "workspace" and parts[0] in ("ui", "processing"):
            found.append("workspace imports ui or processing: " + where)
        if area == "processing" and parts[0] == "ui":
            found.append("processing imports ui: " + where)
        if area == "report" and (parts[0] == "ui" or parts[:2] == ["processing", "algorithms"]):
            found.append("the report imports ui or an algorithm: " + where)
        if relpath.startswith("processing/algorithms/") and parts[:2] == ["processing", "algorithms"] \
                and len(parts) > 2:
            found.append("an algorithm imports another algorithm module: " + where)
    return found


def plugin_sources():
    """Every Python file that ships in the plugin, as (path relative to the root, text)."""
    for path in sorted(glob.glob(os.path.join(REPO, "**", "*.py"), recursive=True)):
        rel = os.path.relpath(path, REPO).replace(os.sep, "/")
        if rel.split("/")[0] in ("tests", "scripts", "docs", ".venv", ".build") or rel.startswith("."):
            continue
        yield rel, open(path, encoding="utf-8").read()


def test_imports_follow_the_house_rules():
    offenders = [v for rel, text in plugin_sources() for v in import_violations(rel, text)]
    assert offenders == []
    assert len(list(plugin_sources())) > 50


PLANTED = {
    "absolute import of the plugin": ("ui/x.py", "from trygghet.core import stats\n"),
    "absolute core": ("processing/x.py", "from core.stats import gi_star\n"),
    "absolute plugin processing module": ("ui/x.py", "from processing.reader import read_points\n"),
    "core translates through the plugin": ("core/x.py", "from ..i18n import tr\n"),
    "core imports qgis": ("core/x.py", "from qgis.core import QgsGeometry\n"),
    "core imports Qt": ("core/x.py", "import PyQt5.QtCore\n"),
    "core imports the workspace": ("core/x.py", "from ..workspace import schema\n"),
    "workspace imports ui": ("workspace/x.py", "from ..ui.measures_dock import MeasuresDock\n"),
    "workspace imports processing": ("workspace/x.py", "from ..processing import reader\n"),
    "processing imports ui": ("processing/x.py", "def f():\n    from ..ui import measures_model\n"),
    "an algorithm imports another": ("processing/algorithms/a.py", "from .hotspotstatistics import MIN_FEATURES\n"),
    "an algorithm imports another, as a module": ("processing/algorithms/a.py", "from . import saferoutes\n"),
    "an algorithm imports another, absolute in the package": (
        "processing/algorithms/a.py", "from ..algorithms.areasummary import split_names\n"),
    "above the plugin": ("core/x.py", "from ... import something\n"),
    "above the plugin, inside a function": ("report/x.py", "def f():\n    from ...core.geometry import g\n"),
    "the report imports an algorithm": ("report/x.py", "from ..processing.algorithms import hotspotdensity\n"),
    "the report imports ui": ("report/x.py", "from ..ui.measures_model import MeasuresModel\n"),
}


def test_each_import_rule_fails_on_a_planted_violation():
    for what, (rel, source) in PLANTED.items():
        assert import_violations(rel, source), what


def test_the_import_rules_accept_what_the_house_allows():
    allowed = {
        "core/x.py": "import numpy as np\nfrom . import stats\nfrom .timeparse import parse_timestamps\n",
        "workspace/x.py": "from ..core import vocabulary\nfrom ..i18n import tr\nfrom .schema import layer\n",
        "processing/x.py": "import processing\nfrom ..core import kde\nfrom ..workspace import gpkg\n"
                           "from .reader import read_points\n",
        "processing/algorithms/a.py": "from ...core import kde\nfrom ..reader import read_points\n"
                                      "from ..grids import MIN_FEATURES\nimport processing\n",
        "ui/x.py": "from ..workspace import measures\nfrom ..processing import model_labels\n",
        "report/x.py": "from ..core import report\nfrom ..processing.fields import make_field\nfrom . import layout\n",
        "plugin.py": "from .dependencies import missing_dependencies\nfrom processing import execAlgorithmDialog\n",
    }
    for rel, source in allowed.items():
        assert import_violations(rel, source) == [], rel


def test_no_ui_file_has_connections():
    for path in glob.glob(os.path.join(REPO, "**", "*.ui"), recursive=True):
        if "/.build/" in path or "/.venv/" in path:
            continue
        assert "<connections>" not in open(path, encoding="utf-8").read(), path


def test_qt_imports_go_through_qgis_pyqt():
    offenders = []
    for path in glob.glob(os.path.join(REPO, "**", "*.py"), recursive=True):
        if any(part in path for part in ("/.build/", "/.venv/")):
            continue
        for line in open(path, encoding="utf-8"):
            if line.lstrip().startswith(("from PyQt5", "import PyQt5", "from PyQt6", "import PyQt6")):
                offenders.append(path)
    assert offenders == []


def test_dependencies_present():
    assert missing_dependencies() == []


def test_init_gui_then_unload_leaves_nothing_behind(plugin, qgis_iface):
    registry = QgsApplication.processingRegistry()
    main_window = qgis_iface.mainWindow()
    plugin.unload()  # the session instance steps aside so this one owns the provider
    try:
        assert registry.providerById("trygghet") is None
        before_actions = len(main_window.findChildren(QAction))
        instance = trygghet.classFactory(qgis_iface)
        instance.initGui()
        instance.initProcessing()  # idempotent: a second call must not add a second provider
        assert registry.providerById("trygghet") is not None
        assert len([p for p in registry.providers() if p.id() == "trygghet"]) == 1
        assert main_window.findChild(QMenu, "mTrygghetMenu") is not None
        assert main_window.findChild(QToolBar, "mTrygghetToolBar") is not None
        titles = [a.text() for a in main_window.menuBar().actions()]
        assert "Trygghet" in titles
        assert main_window.findChild(QAction, "mActionTrygghetCreateWorkspace") is not None
        # the main actions are told apart by their icons, not only by their text
        icons = [main_window.findChild(QAction, name).icon().pixmap(24, 24).toImage() for name in (
            "mActionTrygghetCreateWorkspace", "mActionTrygghetCreateDemo", "mActionTrygghetMeasures",
            "mActionTrygghetToolbox")]
        assert all(not image.isNull() for image in icons)
        assert len({bytes(image.constBits().asstring(image.sizeInBytes())) for image in icons}) == len(icons)
        instance.unload()
        QgsApplication.sendPostedEvents(None, 52)  # QEvent.DeferredDelete
        assert registry.providerById("trygghet") is None
        assert "Trygghet" not in [a.text() for a in main_window.menuBar().actions()]
        assert main_window.findChild(QMenu, "mTrygghetMenu") is None
        assert main_window.findChild(QToolBar, "mTrygghetToolBar") is None
        assert main_window.findChild(QAction, "mActionTrygghetCreateWorkspace") is None
        assert len(main_window.findChildren(QAction)) == before_actions
    finally:
        plugin.initProcessing()
    assert registry.providerById("trygghet") is not None


def test_provider_lists_grouped_documented_algorithms(plugin):
    provider = QgsApplication.processingRegistry().providerById("trygghet")
    assert provider.name() == "Trygghet (EST)"
    assert not provider.icon().isNull()
    algorithms = provider.algorithms()
    assert {"createworkspace", "createdemoworkspace"} <= {a.name() for a in algorithms}
    for alg in algorithms:
        assert alg.id() == "trygghet:" + alg.name() and alg.name() == alg.name().lower()
        assert alg.group() and alg.groupId()
        assert len(alg.shortHelpString()) > 40, alg.id()
        for param in alg.parameterDefinitions():
            assert param.help(), "{} {} has no help".format(alg.id(), param.name())
            assert param.name() == param.name().upper()
            assert not (param.flags() & param.Flag.FlagHidden)


def test_missing_dependency_is_explained_not_a_traceback(plugin, qgis_iface, monkeypatch):
    import trygghet.plugin as plugin_module

    monkeypatch.setattr(plugin_module, "missing_dependencies", lambda: [("pandas", "python3-pandas", "pandas")])
    plugin.unload()
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    instance = trygghet.classFactory(qgis_iface)
    try:
        instance.initGui()
        assert instance.provider is None
        assert QgsApplication.processingRegistry().providerById("trygghet") is None
        messages = bar.get_messages(Qgis.MessageLevel.Critical)
        assert any("pandas" in m and "apt install python3-pandas" in m for m in messages), messages
    finally:
        instance.unload()
        monkeypatch.undo()
        plugin.initProcessing()
    assert QgsApplication.processingRegistry().providerById("trygghet") is not None
