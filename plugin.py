"""The QGIS plugin object: menu, toolbar and the Processing provider. ``unload()`` mirrors ``initGui()``."""

import os

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QAction, QIcon
from qgis.PyQt.QtWidgets import QMenu

from .dependencies import missing_dependencies
from .i18n import install_translator, remove_translator, tr
from .plugin_paths import ICON

LOG_TAG = "Trygghet"


def dependency_message(missing):
    """A user-facing, translated explanation of what is missing and how to get it."""
    names = ", ".join(module for module, _deb, _pip in missing)
    debs = " ".join(deb for _module, deb, _pip in missing)
    pips = " ".join(pip for _module, _deb, pip in missing)
    return tr(
        "Trygghet needs the Python packages {names}, which your QGIS installation lacks. "
        "On Debian/Ubuntu install them with: apt install {debs}. On Windows use the OSGeo4W installer "
        "(Advanced install, packages python3-{pips}); elsewhere: pip install {pips}."
    ).format(names=names, debs=debs, pips=pips)


class TrygghetPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.dock = None
        self.actions = []
        self.translator = install_translator()

    # --- Processing -------------------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Register the provider once; safe to call again (QGIS calls it for qgis_process and the desktop)."""
        registry = QgsApplication.processingRegistry()
        if self.provider is not None or registry.providerById("trygghet") is not None:
            return
        missing = missing_dependencies()
        if missing:
            QgsMessageLog.logMessage(dependency_message(missing), LOG_TAG, Qgis.MessageLevel.Critical)
            return
        from .processing.provider import TrygghetProvider

        self.provider = TrygghetProvider()
        registry.addProvider(self.provider)

    # --- GUI ----------------------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API name)
        missing = missing_dependencies()
        if missing:
            self.iface.messageBar().pushMessage("Trygghet", dependency_message(missing), Qgis.MessageLevel.Critical, 0)
        self.initProcessing()

        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("Trygghet"), main_window)
        self.menu.setObjectName("mTrygghetMenu")
        self.toolbar = self.iface.addToolBar(tr("Trygghet"))
        self.toolbar.setObjectName("mTrygghetToolBar")

        self._add_action(tr("Create workspace…"), lambda: self._open_algorithm("trygghet:createworkspace"),
                         "mActionTrygghetCreateWorkspace", icon="workspace")
        self._add_action(tr("Create demo workspace (Trollhättan)…"),
                         self._create_demo,
                         "mActionTrygghetCreateDemo", icon="demo")
        self._add_action(tr("Measures (action plan)"), self._toggle_measures_dock, "mActionTrygghetMeasures",
                         toolbar=True, icon="measures")
        self.menu.addSeparator()
        self._add_action(tr("Trygghet tools in the Processing toolbox"), self._show_toolbox,
                         "mActionTrygghetToolbox", toolbar=True, icon="toolbox")

        menu_bar = main_window.menuBar()
        before = self._help_menu_action(menu_bar)
        if before is not None:
            menu_bar.insertMenu(before, self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_action(self, text, callback, object_name, toolbar=False, icon=None):
        """A menu (and toolbar) action with its own icon, resources/icons/<icon>.svg (the plugin's icon without)."""
        path = os.path.join(os.path.dirname(ICON), icon + ".svg") if icon else ICON
        action = QAction(QIcon(path), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    @staticmethod
    def _help_menu_action(menu_bar):
        for action in menu_bar.actions():
            menu = action.menu()
            if menu is not None and menu.objectName() == "mHelpMenu":
                return action
        return None

    def _open_algorithm(self, algorithm_id):
        from processing import execAlgorithmDialog

        if self.provider is None:
            return
        execAlgorithmDialog(algorithm_id, {})

    def _create_demo(self):
        """The demo workspace opened as its styled project (what ``make demo`` builds), analyses on request."""
        if self.provider is None:
            return
        from .ui.demo_dialog import create_demo_interactively

        create_demo_interactively(self.iface)

    def _toggle_measures_dock(self):
        if self.dock is None:
            from qgis.core import QgsProject
            from qgis.PyQt.QtCore import Qt

            from .ui.measures_dock import MeasuresDock

            self.dock = MeasuresDock(self.iface, QgsProject.instance(), self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.show()
            return
        self.dock.setUserVisible(not self.dock.isUserVisible())

    def _show_toolbox(self):
        # the Processing plugin's own checkable toolbox action
        action = self.iface.mainWindow().findChild(QAction, "toolboxAction")
        if action is not None and not action.isChecked():
            action.trigger()

    def unload(self):
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
