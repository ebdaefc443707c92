"""Menu action "Create demo workspace (Trollhättan)": ask for a folder (and whether to run the analyses), build the
demo workspace and its styled project with workspace/demo_project.py (the code ``make demo`` runs) and open it."""

import os

from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QProgressDialog

from ..i18n import tr

FOLDER_SETTING = "Trygghet/demo/folder"


def open_demo(iface, folder, analyses=False, feedback=None):
    """Build the demo in ``folder`` and open its project in QGIS. Returns the DemoProject."""
    import processing

    from ..workspace.demo_project import create_demo

    demo = create_demo(folder, QgsProject(), processing, analyses=analyses, feedback=feedback)
    opened = False
    if iface is not None and hasattr(iface, "addProject"):
        opened = bool(iface.addProject(demo.qgz))
    if not opened:
        QgsProject.instance().read(demo.qgz)
    return demo


def create_demo_interactively(iface, parent=None):
    """The menu action. Returns the DemoProject, or None when the user cancelled or it failed (and was told)."""
    parent = parent or (iface.mainWindow() if iface is not None else None)
    settings = QgsSettings()
    start = settings.value(FOLDER_SETTING, os.path.expanduser("~"), str)
    folder = QFileDialog.getExistingDirectory(parent, tr("Folder for the demo workspace"), start)
    if not folder:
        return None
    settings.setValue(FOLDER_SETTING, folder)
    if os.path.exists(os.path.join(folder, "trygghet-demo.gpkg")):
        QMessageBox.warning(parent, tr("Demo workspace"), tr(
            "The folder already holds a demo workspace (trygghet-demo.gpkg). A workspace is never overwritten: "
            "choose another folder, or open trygghet-demo.qgz there."))
        return None
    box = QMessageBox(QMessageBox.Icon.Question, tr("Demo workspace"), tr(
        "Create the demo workspace for Kronogården, Sylte and Lextorp (synthetic data) in {folder} and open it as "
        "a styled project?").format(folder=folder), QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent)
    check = QCheckBox(tr("Also run the analyses and the report (a few minutes)"), box)
    box.setCheckBox(check)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    if iface is not None and hasattr(iface, "newProject") and not iface.newProject(True):
        return None  # the user kept the current project
    progress = QProgressDialog(tr("Creating the demo workspace…"), tr("Cancel"), 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: (progress.setValue(int(value)),
                                                    QCoreApplication.processEvents()))
    progress.canceled.connect(feedback.cancel)
    QgsApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        demo = open_demo(iface, folder, analyses=check.isChecked(), feedback=feedback)
    except Exception as err:  # noqa: BLE001 - shown to the user
        QgsApplication.restoreOverrideCursor()
        progress.close()
        QMessageBox.critical(parent, tr("Demo workspace"), tr("The demo workspace was not created: {error}").format(
            error=err))
        return None
    QgsApplication.restoreOverrideCursor()
    progress.close()
    if iface is not None:
        iface.messageBar().pushSuccess(tr("Demo workspace"), tr("Opened {path}").format(path=demo.qgz))
    return demo
