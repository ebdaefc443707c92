"""The plugin's house rules: it loads in real QGIS, unloads cleanly, and does not shadow QGIS's modules."""

import ast
import configparser
import glob
import os

import trygghet
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtGui import QAction
from qgis.PyQt.QtWidgets import QMenu, QToolBar
from trygghet.core.dependencies import missing_dependencies

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
