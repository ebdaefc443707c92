"""The dock's "Slutsatser" tab with pytest-qt against a copy of the demo workspace: write the conclusions of an area
for a report period, read them back with sqlite3, edit a stored row, the question before unsaved text is dropped,
the lägesbild printing the text as written, and a screenshot at 1366×768."""

import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget
from trygghet.ui.conclusions_panel import UUID_ROLE, default_period
from trygghet.ui.measures_dock import MeasuresDock

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_dock  # noqa: E402
from test_dock import SCREENSHOTS  # noqa: E402

swedish = test_dock.swedish
START, END = datetime.date(2025, 11, 1), datetime.date(2026, 10, 31)  # the report's current period, inclusive
TEXT = "Rånen i gångtunneln har minskat sedan belysningen byttes.\n\nOroen kring torget kvarstår på kvällstid."


@pytest.fixture()
def workspace(demo_workspace, tmp_path):
    path = str(tmp_path / "demo_copy.gpkg")
    shutil.copyfile(demo_workspace, path)
    return path


def _open_dock(qgis_iface, path, parent=None):
    project = QgsProject.instance()
    project.clear()
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    layers = [QgsVectorLayer(f"{path}|layername={name}", title, "ogr")
              for name, title in (("measures", "Åtgärder"), ("areas", "Områden"))]
    project.addMapLayers(layers)
    return project, MeasuresDock(qgis_iface, project, parent)


@pytest.fixture()
def dock(qgis_iface, workspace, qtbot, swedish):
    project, widget = _open_dock(qgis_iface, workspace)
    qtbot.addWidget(widget)
    widget.resize(340, 720)
    widget.show()
    widget.tabs.setCurrentWidget(widget.conclusions_panel)
    yield widget
    widget.teardown()
    project.clear()


def _rows(path, area):
    """The conclusions rows of ``area`` read straight from the GeoPackage."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT uuid, period_start, period_end, text, written_by FROM conclusions WHERE area = ? "
                            "ORDER BY period_start", (area,)).fetchall()


def _focus_areas(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM areas WHERE kind = 'focus' ORDER BY fid")]


def _answer(button):
    """Press ``button`` in the unsaved-text question as soon as it shows."""
    def press():
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "unsavedConclusionsBox"
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, press)
            return
        box.button(button).click()
    QTimer.singleShot(0, press)


def _write(panel, text, start=START, end=END):
    panel.new_period()
    panel.start_edit.setDate(start)
    panel.end_edit.setDate(end)
    panel.editor.setPlainText(text)


def test_default_period_is_the_last_twelve_whole_months():
    # counted by hand
    assert default_period(datetime.date(2026, 12, 4)) == (datetime.date(2025, 12, 1), datetime.date(2026, 11, 30))
    assert default_period(datetime.date(2026, 1, 31)) == (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    assert default_period(datetime.date(2024, 3, 1)) == (datetime.date(2023, 3, 1), datetime.date(2024, 2, 29))


def test_areas_are_the_focus_areas_and_new_text_defaults_to_twelve_months(dock, workspace):
    panel = dock.conclusions_panel
    names = [panel.area_combo.itemText(i) for i in range(panel.area_combo.count())]
    assert names[:len(_focus_areas(workspace))] == _focus_areas(workspace) and len(_focus_areas(workspace)) >= 2
    assert panel.new_period()
    start, end = panel.values()[1:3]
    today = datetime.date.today()
    months = today.year * 12 + today.month - 1  # this month, counted from year 0
    assert (start.year * 12 + start.month - 1, start.day) == (months - 12, 1)
    assert end + datetime.timedelta(days=1) == today.replace(day=1) and panel.editor.toPlainText() == ""


def test_write_a_conclusion_and_read_it_back(dock, workspace):
    panel = dock.conclusions_panel
    assert panel.set_area("Kronogården")
    before = _rows(workspace, "Kronogården")
    assert panel.list.count() == len(before)
    _write(panel, TEXT)
    uuid = panel.save()
    assert uuid
    rows = _rows(workspace, "Kronogården")
    assert len(rows) == len(before) + 1
    row = next(r for r in rows if r[0] == uuid)
    assert row[1:] == ("2025-11-01", "2026-10-31", TEXT, dock.user)
    # listed with its period, author and first line, selected, and nothing unsaved
    item = panel.list.currentItem()
    assert item is not None and item.text().splitlines() == [
        "2025-11-01 – 2026-10-31 · {}".format(dock.user), TEXT.splitlines()[0]]
    assert not panel.is_dirty()
    # another area keeps its own rows
    assert all(r[3] != TEXT for r in _rows(workspace, "Sylte"))


def test_edit_an_existing_row(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Lextorp")
    stored = _rows(workspace, "Lextorp")
    assert stored, "the demo writes conclusions for every focus area"
    uuid, start, end = stored[0][:3]
    assert panel.select_row(uuid)
    assert panel.editor.toPlainText() == stored[0][3]
    assert panel.values()[1:3] == (datetime.date.fromisoformat(start), datetime.date.fromisoformat(end))
    panel.editor.setPlainText("Omskriven slutsats.\nAndra raden.")
    assert panel.is_dirty()
    assert panel.save() == uuid
    after = _rows(workspace, "Lextorp")
    assert len(after) == len(stored)
    assert after[0][:4] == (uuid, start, end, "Omskriven slutsats.\nAndra raden.")
    assert panel.list.currentItem().text().splitlines()[1] == "Omskriven slutsats."
    # a dock reload (after any change in the register) keeps the row shown, also one the report period would not
    # pick
    _write(panel, "Slutsatser för 2020.", start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31))
    old = panel.save()
    assert old and old != uuid and panel.select_row(uuid) and panel.select_row(old)
    dock.reload()
    assert panel.current_uuid == old and panel.editor.toPlainText() == "Slutsatser för 2020."
    assert [panel.list.item(i).data(UUID_ROLE) for i in range(panel.list.count())] == [
        r[0] for r in _rows(workspace, "Lextorp")]


def test_unsaved_text_asks_before_it_is_dropped(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Kronogården")
    _write(panel, "Osparad text")
    before = _rows(workspace, "Kronogården")
    # Cancel: the area and the text stay, nothing is written
    _answer(QMessageBox.StandardButton.Cancel)
    assert not panel.set_area("Sylte")
    assert panel.area() == "Kronogården" and panel.editor.toPlainText() == "Osparad text" and panel.is_dirty()
    assert _rows(workspace, "Kronogården") == before
    # the same when picking a stored row
    _answer(QMessageBox.StandardButton.Cancel)
    assert not panel.select_row(before[0][0])
    assert panel.editor.toPlainText() == "Osparad text"
    # Save: written, then the other area is shown
    _answer(QMessageBox.StandardButton.Save)
    assert panel.set_area("Sylte")
    saved = [r for r in _rows(workspace, "Kronogården") if r[3] == "Osparad text"]
    assert len(saved) == 1 and saved[0][1:3] == ("2025-11-01", "2026-10-31")
    # Discard: dropped, the stored row shown, nothing written
    stored = _rows(workspace, "Sylte")
    panel.editor.setPlainText("Kastas bort")
    _answer(QMessageBox.StandardButton.Discard)
    assert panel.new_period()
    assert panel.editor.toPlainText() == "" and _rows(workspace, "Sylte") == stored
    # a dock reload keeps unsaved text
    panel.editor.setPlainText("Finns kvar")
    dock.reload()
    assert panel.editor.toPlainText() == "Finns kvar" and panel.area() == "Sylte"


def test_refused_save_shows_a_sentence(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Kronogården")
    _write(panel, "Fel ordning", start=END, end=START)
    assert panel.save() is None
    shown = panel.message_bar.currentItem().text()
    assert "Period till" in shown and "datum" in shown  # the field by its Swedish label, not a raw exception
    assert "Fel ordning" not in {r[3] for r in _rows(workspace, "Kronogården")} and panel.is_dirty()


def _pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", out))


def test_the_report_prints_the_written_text(dock, workspace, run, tmp_path):
    panel = dock.conclusions_panel
    panel.set_area("Kronogården")
    _write(panel, TEXT)
    assert panel.save()
    pdf = str(tmp_path / "lagesbild.pdf")
    run("trygghet:exportlagesbild", {"WORKSPACE": workspace, "FOCUS_AREAS": "Kronogården", "OUTPUT": pdf,
                                     "CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01",
                                     "REFERENCE_START": "2024-11-01", "REFERENCE_END": "2025-11-01"})
    printed = _pdf_text(pdf)
    for line in TEXT.split("\n"):
        if line:
            assert line in printed


def test_screenshot_of_the_conclusions_tab_at_1366(qgis_iface, workspace, qtbot, swedish):
    main = QMainWindow()
    main.setCentralWidget(QWidget())
    project, dock = _open_dock(qgis_iface, workspace, main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    main.resize(1366, 768)
    qtbot.addWidget(main)
    main.show()
    main.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
    qtbot.waitExposed(main)
    try:
        dock.tabs.setCurrentWidget(dock.conclusions_panel)
        panel = dock.conclusions_panel
        panel.set_area("Kronogården")
        QCoreApplication.processEvents()
        assert panel.list.count() >= 1 and panel.editor.toPlainText()
        # usable in a 340 px dock: nothing cut off sideways
        assert panel.list.horizontalScrollBar().maximum() == 0
        assert panel.save_button.isVisible() and panel.save_button.geometry().right() <= panel.width()
        os.makedirs(SCREENSHOTS, exist_ok=True)
        shot = os.path.join(SCREENSHOTS, "dock_conclusions_1366.png")
        assert dock.grab().save(shot) and os.path.getsize(shot) > 10000
    finally:
        dock.teardown()
        project.clear()
