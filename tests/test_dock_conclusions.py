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
    widget.resize(340, 720)
    widget.show()
    widget.tabs.setCurrentWidget(widget.conclusions_panel)
    yield widget
    # closed here, after teardown (qtbot would close it first, and a failed test's unsaved text would ask)
    widget.teardown()
    widget.close()
    widget.deleteLater()
    project.clear()


def _rows(path, area):
    """The conclusions rows of ``area`` read straight from the GeoPackage."""
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT uuid, period_start, period_end, text, written_by FROM conclusions WHERE area = ? "
                            "ORDER BY period_start", (area,)).fetchall()


def _focus_areas(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM areas WHERE kind = 'focus' ORDER BY fid")]


def _answer(button, name="unsavedConclusionsBox", seen=None):
    """Press ``button`` in the unsaved-text question (or the box ``name``) as soon as it shows; ``seen`` (a list)
    gets the buttons the box offered."""
    def press():
        box = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, press)
            return
        if seen is not None:
            seen.append(box.standardButtons())
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
    # closing the dock asks too; Discard drops the text and closes
    _answer(QMessageBox.StandardButton.Discard)
    assert dock.close() and not panel.is_dirty() and _rows(workspace, "Sylte") == stored


def _all_rows(path):
    """Every conclusions row of the GeoPackage, all columns, read with sqlite3."""
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT * FROM conclusions").fetchall())


def test_delete_removes_exactly_that_row(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Lextorp")
    _write(panel, "Slutsatser för 2020.", start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31))
    doomed = panel.save()
    assert doomed and panel.delete_button.isEnabled()
    before = _all_rows(workspace)
    assert len(before) >= 4 and sum(r[1] == doomed for r in before) == 1
    # No: nothing removed
    _answer(QMessageBox.StandardButton.No, "deleteConclusionBox")
    panel.delete_button.click()
    assert _all_rows(workspace) == before and panel.current_uuid == doomed
    # Yes: that row and no other (uuid is the second column of the table, after fid)
    _answer(QMessageBox.StandardButton.Yes, "deleteConclusionBox")
    panel.delete_button.click()
    assert _all_rows(workspace) == [r for r in before if r[1] != doomed]
    assert doomed not in [panel.list.item(i).data(UUID_ROLE) for i in range(panel.list.count())]
    assert panel.current_uuid != doomed and not panel.is_dirty()
    # a new, unsaved text has nothing to delete
    assert panel.new_period() and not panel.delete_button.isEnabled() and not panel.delete()


def test_edit_with_new_dates_changes_the_row_it_came_from(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Lextorp")
    stored = _rows(workspace, "Lextorp")
    uuid = stored[0][0]
    others = [r for r in _all_rows(workspace) if r[1] != uuid]
    assert panel.select_row(uuid)
    panel.start_edit.setDate(datetime.date(2021, 3, 1))
    panel.end_edit.setDate(datetime.date(2022, 2, 28))
    panel.editor.setPlainText("Ny period, samma slutsats.")
    assert panel.save() == uuid
    after = _rows(workspace, "Lextorp")
    assert len(after) == len(stored)
    assert [r for r in after if r[0] == uuid] == [(uuid, "2021-03-01", "2022-02-28", "Ny period, samma slutsats.",
                                                   dock.user)]
    assert [r for r in _all_rows(workspace) if r[1] != uuid] == others
    assert [panel.list.item(i).data(UUID_ROLE) for i in range(panel.list.count())].count(uuid) == 1
    # moved onto the period of another of the area's rows: refused with a sentence, nothing written
    _write(panel, "Andra raden", start=datetime.date(2019, 1, 1), end=datetime.date(2019, 12, 31))
    second = panel.save()
    assert panel.select_row(uuid)
    panel.start_edit.setDate(datetime.date(2019, 1, 1))
    panel.end_edit.setDate(datetime.date(2019, 12, 31))
    snapshot = _all_rows(workspace)
    assert panel.save() is None and _all_rows(workspace) == snapshot
    assert "redan slutsatser för den perioden" in panel.message_bar.currentItem().text()
    assert second != uuid and panel.is_dirty()
    _answer(QMessageBox.StandardButton.Discard)
    assert dock.close() and _all_rows(workspace) == snapshot


def test_a_new_text_never_overwrites_a_stored_period(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Lextorp")
    uuid, start, end, stored_text, _who = _rows(workspace, "Lextorp")[0]
    before = _all_rows(workspace)
    _write(panel, "Ny text för samma period", start=datetime.date.fromisoformat(start),
           end=datetime.date.fromisoformat(end))
    assert panel.save() is None and _all_rows(workspace) == before
    assert "redan slutsatser för den perioden" in panel.message_bar.currentItem().text() and panel.is_dirty()
    _answer(QMessageBox.StandardButton.Discard)
    assert panel.select_row(uuid) and panel.editor.toPlainText() == stored_text


def test_closing_the_dock_asks_about_unsaved_text(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Kronogården")
    _write(panel, "Osparad vid stängning")
    before = _all_rows(workspace)
    _answer(QMessageBox.StandardButton.Cancel)
    assert not dock.close()
    assert dock.isVisible() and panel.editor.toPlainText() == "Osparad vid stängning" and panel.is_dirty()
    assert _all_rows(workspace) == before
    _answer(QMessageBox.StandardButton.Save)
    assert dock.close() and not dock.isVisible()
    assert [r[1:] for r in _rows(workspace, "Kronogården") if r[3] == "Osparad vid stängning"] == [
        ("2025-11-01", "2026-10-31", "Osparad vid stängning", dock.user)]
    # nothing unsaved: closes without a question
    dock.show()
    assert dock.close()


def test_quitting_qgis_asks_about_unsaved_text(dock, workspace):
    """QGIS asks every registered exit blocker before it quits; the dock's is the unsaved-text question."""
    panel = dock.conclusions_panel
    panel.set_area("Sylte")
    assert dock.exit_blocker.allowExit()  # nothing unsaved: no question
    stored = panel.editor.toPlainText()
    panel.editor.setPlainText("Osparad vid avslut")
    before = _all_rows(workspace)
    _answer(QMessageBox.StandardButton.Cancel)
    assert not dock.exit_blocker.allowExit()
    assert panel.editor.toPlainText() == "Osparad vid avslut" and _all_rows(workspace) == before
    _answer(QMessageBox.StandardButton.Discard)
    assert dock.exit_blocker.allowExit()
    assert panel.editor.toPlainText() == stored and not panel.is_dirty() and _all_rows(workspace) == before
    panel.editor.setPlainText("Sparas vid avslut")
    _answer(QMessageBox.StandardButton.Save)
    assert dock.exit_blocker.allowExit()
    uuid = panel.current_uuid
    assert [r[3] for r in _rows(workspace, "Sylte") if r[0] == uuid] == ["Sparas vid avslut"]
    assert len(_all_rows(workspace)) == len(before)


def test_switching_workspace_asks_about_unsaved_text(dock, workspace, tmp_path):
    panel = dock.conclusions_panel
    other = str(tmp_path / "other.gpkg")
    shutil.copyfile(workspace, other)
    panel.set_area("Kronogården")
    _write(panel, "Osparad vid byte")
    before = _all_rows(workspace)
    # opening another workspace from the dock: Cancel stays in this one with the text
    _answer(QMessageBox.StandardButton.Cancel)
    assert not dock.open_geopackage(other)
    assert dock.workspace == ("gpkg", workspace) and panel.editor.toPlainText() == "Osparad vid byte"
    # Save: written to the workspace it was written in, then the other one is shown
    _answer(QMessageBox.StandardButton.Save)
    assert dock.open_geopackage(other) and dock.workspace == ("gpkg", other)
    assert [r[3] for r in _rows(workspace, "Kronogården")].count("Osparad vid byte") == 1
    assert "Osparad vid byte" not in [r[3] for r in _rows(other, "Kronogården")]
    # the project closing (a new or another project) cannot be stopped: Save or Discard, and Save writes
    panel.set_area("Lextorp")
    _write(panel, "Osparad när projektet stängs")
    offered = []
    _answer(QMessageBox.StandardButton.Save, seen=offered)
    QgsProject.instance().clear()
    assert offered == [QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard]
    assert [r[3] for r in _rows(other, "Lextorp")].count("Osparad när projektet stängs") == 1
    assert dock.store is None and not panel.is_dirty()
    assert len(_all_rows(workspace)) == len(before) + 1


def test_refused_save_shows_a_sentence(dock, workspace):
    panel = dock.conclusions_panel
    panel.set_area("Kronogården")
    _write(panel, "Fel ordning", start=END, end=START)
    assert panel.save() is None
    shown = panel.message_bar.currentItem().text()
    assert "Period till" in shown and "datum" in shown  # the field by its Swedish label, not a raw exception
    assert "Fel ordning" not in {r[3] for r in _rows(workspace, "Kronogården")} and panel.is_dirty()
    _answer(QMessageBox.StandardButton.Discard)
    assert dock.close()


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
