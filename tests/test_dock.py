"""The "Åtgärder" dock with pytest-qt against a real GeoPackage workspace: list, filters, create from selection,
links, map sync, form edit and conflict, export, and a screenshot."""

import csv
import datetime
import os
import shutil
import subprocess

import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, Qt
from trygghet.ui.measures_dock import MeasuresDock
from trygghet.ui.measures_model import COLUMNS, LABEL_ROLE, OVERDUE_ROLE, UUID_ROLE
from trygghet.workspace.measures import MeasureStore
from trygghet.workspace.service import create_styled_workspace

TITLE, DUE, STATUS, FOLLOW, PROMISE = (COLUMNS.index(k) for k in ("title", "due_date", "status", "follow_up",
                                                                   "promise"))
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREENSHOTS = os.path.join(REPO, ".build", "screenshots")
TODAY = datetime.date.today()
DAY = datetime.timedelta(days=1)
# two focus areas side by side (SWEREF 99 TM)
AREAS = {"Kronogården": (330000, 6460000, 331000, 6461000), "Lextorp": (331000, 6460000, 332000, 6461000)}
CLOSED = ("genomford", "avbruten", "ej_aktuell")


def _box(x0, y0, x1, y1):
    return f"MULTIPOLYGON((({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))"


# the register the tests start with: (values, point) — "promise" is a key into PROMISES
MEASURES = [
    (dict(title="Ta bort buskage vid gångtunneln", cause="Skymd sikt vid tunneln", area="Kronogården",
          status="pagaende", due_date=TODAY - 10 * DAY, responsible_org="kommun", follow_up="red", promise="p1"),
     (330200, 6460200)),
    (dict(title="Belysning Stridsbergsgatan", cause="Mörkt stråk", area="Kronogården", status="beslutad",
          due_date=TODAY + 20 * DAY, responsible_org="kommun", follow_up="yellow"), (330500, 6460500)),
    (dict(title="Trygghetsvandring med Mimer", area="Lextorp", status="genomford", planned_start=TODAY - 60 * DAY,
          due_date=TODAY - 30 * DAY, done_date=TODAY - 31 * DAY, responsible_org="fastighetsagare",
          follow_up="green", promise="p1"), (331500, 6460500)),
    (dict(title="Ökad polisnärvaro kvällstid", area="Lextorp", status="pagaende", due_date=TODAY - DAY,
          responsible_org="polis", promise="p2"), (331600, 6460600)),
    (dict(title="Kameraövervakning vid torget", area="Sylte", status="forslag", responsible_org="polis"),
     (329500, 6459500)),
    (dict(title="Fritidsgård på helger", area="Sylte", status="avbruten", status_reason="Ingen budget",
          due_date=TODAY - 5 * DAY, responsible_org="kommun"), (329600, 6459600)),
]
PROMISES = {"p1": "Tryggare Kronogården", "p2": "Polis på plats"}
OLD = {"Kameraövervakning vid torget", "Fritidsgård på helger"}  # updated 40 days ago (set below)


def _expected(pred):
    """Titles of the MEASURES that satisfy ``pred(values)`` — the brute-force reference for the filters."""
    return {values["title"] for values, _xy in MEASURES if pred(values)}


def _overdue(v):
    return v.get("due_date") is not None and v["due_date"] < TODAY and v["status"] not in CLOSED


@pytest.fixture(scope="module")
def template(qgis_app, tmp_path_factory):
    """The test workspace, built once; each test gets its own copy."""
    path = str(tmp_path_factory.mktemp("dock") / "ws.gpkg")
    create_styled_workspace(path)
    areas = QgsVectorLayer(path + "|layername=areas", "areas", "ogr")
    places = QgsVectorLayer(path + "|layername=places", "places", "ogr")
    for layer, rows in ((areas, [(n, "focus", _box(*b)) for n, b in AREAS.items()]),
                        (places, [("Gångtunneln", 1, _box(330100, 6460100, 330300, 6460300)),
                                  ("Torget", 2, _box(330600, 6460600, 330700, 6460700)),
                                  ("Skolgården", 3, _box(331400, 6460400, 331500, 6460500))])):
        assert layer.startEditing()
        for a, b, wkt in rows:
            feature = QgsFeature(layer.fields())
            feature["uuid"] = "u-" + a
            feature["name"] = a
            feature["kind" if layer is areas else "rank"] = b
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
    store = MeasureStore.for_geopackage(path)
    promise_uuids = {key: store.create_promise({"title": title}) for key, title in PROMISES.items()}
    for values, (x, y) in MEASURES:
        values = dict(values)
        if "promise" in values:
            values["promise_uuid"] = promise_uuids[values.pop("promise")]
        store.create(values, QgsGeometry.fromPointXY(QgsPointXY(x, y)), [], "Anna Andersson")
    layer = QgsVectorLayer(path + "|layername=measures", "m", "ogr")
    old = datetime.datetime.combine(TODAY - 40 * DAY, datetime.time(9, 0))
    from qgis.PyQt.QtCore import QDateTime

    assert layer.startEditing()
    index = layer.fields().indexOf("updated_at")
    for feature in layer.getFeatures():
        if feature["title"] in OLD:
            layer.changeAttributeValue(feature.id(), index, QDateTime(old))
    assert layer.commitChanges()
    return {"path": path, "promises": promise_uuids}


@pytest.fixture()
def workspace(template, tmp_path):
    path = str(tmp_path / "ws.gpkg")
    shutil.copyfile(template["path"], path)
    return {"path": path, "promises": template["promises"]}


@pytest.fixture()
def dock(qgis_iface, workspace, qtbot, swedish):
    """The dock in a Swedish QGIS (the language its users work in); test_dock_language.py covers both."""
    project = QgsProject.instance()
    project.clear()
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    path = workspace["path"]
    layers = {name: QgsVectorLayer(f"{path}|layername={name}", title, "ogr")
              for name, title in (("measures", "Åtgärder"), ("places", "Platser"), ("areas", "Områden"))}
    project.addMapLayers(list(layers.values()))
    widget = MeasuresDock(qgis_iface, project)
    qtbot.addWidget(widget)
    widget.resize(430, 720)
    widget.show()
    widget.layers = layers
    yield widget
    widget.teardown()
    project.clear()


def _visible_titles(dock):
    return {m["title"] for m in dock.proxy.visible_measures()}


def _row_of_title(dock, title):
    for row in range(dock.proxy.rowCount()):
        if dock.proxy.index(row, TITLE).data() == title:
            return row
    raise AssertionError(title)


def test_dock_lists_the_projects_workspace_sorted_and_marked(dock, workspace):
    assert dock.objectName() == "TrygghetMeasuresDock"
    assert dock.workspace == ("gpkg", os.path.abspath(workspace["path"]))
    assert dock.proxy.rowCount() == len(MEASURES)
    assert dock.map_layer() is dock.layers["measures"]
    # default order: due date ascending, undated last — checked against the test's own dates
    shown = [dock.proxy.index(r, DUE).data() for r in range(dock.proxy.rowCount())]
    expected = sorted((v["due_date"].isoformat() if v.get("due_date") else "") for v, _xy in MEASURES)
    expected = [d for d in expected if d] + [d for d in expected if not d]
    assert shown == expected
    # overdue rows: red text, warning icon on the due date, and exactly the overdue ones
    for row in range(dock.proxy.rowCount()):
        title = dock.proxy.index(row, TITLE).data()
        should = title in _expected(_overdue)
        assert dock.proxy.index(row, 0).data(OVERDUE_ROLE) is should
        brush = dock.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert (brush is not None and brush.color().red() > 150 and brush.color().green() < 60) is should
        assert (dock.proxy.index(row, DUE).data(Qt.ItemDataRole.DecorationRole) is not None) is should
    # follow-up markers: a coloured dot where a colour is set, Swedish labels
    row = _row_of_title(dock, "Ta bort buskage vid gångtunneln")
    assert dock.proxy.index(row, FOLLOW).data() == ""  # the marker is the coloured dot; the label is its tooltip
    assert dock.proxy.index(row, FOLLOW).data(Qt.ItemDataRole.ToolTipRole) == "Röd"
    assert dock.proxy.index(row, FOLLOW).data(LABEL_ROLE) == "Röd"
    icon = dock.proxy.index(row, FOLLOW).data(Qt.ItemDataRole.DecorationRole)
    colour = icon.pixmap(14, 14).toImage().pixelColor(7, 7)
    assert (colour.red(), colour.green(), colour.blue()) == (0xd7, 0x19, 0x1c)
    assert dock.proxy.index(row, STATUS).data() == "Pågående"
    assert dock.proxy.index(row, PROMISE).data() == "Tryggare Kronogården"
    assert "2 overdue" in dock.ui.countLabel.text() or "2 försenade" in dock.ui.countLabel.text()
    # sorting by title through the header
    dock.ui.measuresView.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [dock.proxy.index(r, TITLE).data() for r in range(dock.proxy.rowCount())]
    assert titles == sorted((v["title"] for v, _xy in MEASURES), key=str.lower)


def test_filters_text_status_area_org_promise_overdue_and_follow_up(dock, workspace, qtbot):
    ui = dock.ui
    qtbot.keyClicks(ui.searchEdit, "belysning")
    assert _visible_titles(dock) == _expected(lambda v: "belysning" in v["title"].lower())
    ui.searchEdit.setText("sikt")  # matches the cause, not the title
    assert _visible_titles(dock) == _expected(lambda v: "sikt" in v.get("cause", "").lower())
    ui.searchEdit.setText("mimer LEXTORP")  # every word, any field, any case
    assert _visible_titles(dock) == {"Trygghetsvandring med Mimer"}
    ui.searchEdit.clear()
    assert len(_visible_titles(dock)) == len(MEASURES)

    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("pagaende"))
    assert _visible_titles(dock) == _expected(lambda v: v["status"] == "pagaende")
    ui.overdueCheck.setChecked(True)
    ui.statusCombo.setCurrentIndex(0)
    assert _visible_titles(dock) == _expected(_overdue)
    ui.areaCombo.setCurrentIndex(ui.areaCombo.findData("Lextorp"))
    assert _visible_titles(dock) == _expected(lambda v: _overdue(v) and v["area"] == "Lextorp")
    dock.clear_filters()
    assert len(_visible_titles(dock)) == len(MEASURES) and not ui.overdueCheck.isChecked()

    ui.statusCombo.setCurrentIndex(ui.statusCombo.findText("Not finished") if ui.statusCombo.findText(
        "Not finished") >= 0 else ui.statusCombo.findText("Ej avslutade"))
    assert _visible_titles(dock) == _expected(lambda v: v["status"] not in CLOSED)
    ui.statusCombo.setCurrentIndex(0)
    ui.orgCombo.setCurrentIndex(ui.orgCombo.findData("polis"))
    assert _visible_titles(dock) == _expected(lambda v: v["responsible_org"] == "polis")
    ui.orgCombo.setCurrentIndex(0)
    ui.promiseCombo.setCurrentIndex(ui.promiseCombo.findData(workspace["promises"]["p1"]))
    assert _visible_titles(dock) == _expected(lambda v: v.get("promise") == "p1")
    ui.promiseCombo.setCurrentIndex(ui.promiseCombo.findData("__none__"))
    assert _visible_titles(dock) == _expected(lambda v: "promise" not in v)
    ui.promiseCombo.setCurrentIndex(0)

    # follow-up view: due by the next meeting (open measures only), and changed since a date
    ui.followUpCombo.setCurrentIndex(ui.followUpCombo.findData("due"))
    assert ui.followUpDate.isEnabled()
    meeting = TODAY + 21 * DAY
    ui.followUpDate.setDate(QDate(meeting.year, meeting.month, meeting.day))
    assert _visible_titles(dock) == _expected(
        lambda v: v.get("due_date") is not None and v["due_date"] <= meeting and v["status"] not in CLOSED)
    ui.followUpCombo.setCurrentIndex(ui.followUpCombo.findData("changed"))
    since = TODAY - 7 * DAY
    ui.followUpDate.setDate(QDate(since.year, since.month, since.day))
    assert _visible_titles(dock) == _expected(lambda v: v["title"] not in OLD)
    since = TODAY - 50 * DAY
    ui.followUpDate.setDate(QDate(since.year, since.month, since.day))
    assert len(_visible_titles(dock)) == len(MEASURES)


def test_new_measure_from_selection_links_any_layer_and_shows_it(dock, workspace, qgis_iface, qtbot):
    # a layer in another CRS without a uuid field: links use fid and a snapshot transformed to SWEREF 99 TM
    points_3006 = [(330150.0, 6460250.0), (330250.0, 6460150.0)]
    wgs, tm = osr.SpatialReference(), osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    tm.ImportFromEPSG(3006)
    for srs in (wgs, tm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs = osr.CoordinateTransformation(tm, wgs)
    memory = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "Fynd", "memory")
    features = []
    for i, (x, y) in enumerate(points_3006):
        lon, lat, _z = to_wgs.TransformPoint(x, y)
        feature = QgsFeature(memory.fields())
        feature["name"] = f"fynd {i}"
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(memory)
    fids = sorted(f.id() for f in memory.getFeatures())
    memory.selectByIds(fids)
    qgis_iface.setActiveLayer(memory)

    before = dock.proxy.rowCount()
    qtbot.mouseClick(dock.ui.newButton, Qt.MouseButton.LeftButton)
    assert len(dock.selected_uuids()) == 1
    uuid = dock.selected_uuids()[0]
    assert dock.proxy.rowCount() == before + 1
    assert dock.selected_uuids() == [uuid]
    store = MeasureStore.for_geopackage(workspace["path"])
    links = store.links(uuid)
    assert [link["feature_fid"] for link in links] == fids
    assert all(link["feature_uuid"] is None and link["layer_name"] == "Fynd" for link in links)
    for link, (x, y) in zip(links, points_3006):
        point = ogr.CreateGeometryFromWkt(link["geometry_wkt"])
        assert abs(point.GetX() - x) < 0.01 and abs(point.GetY() - y) < 0.01
    measure = store.get(uuid)
    assert measure["area"] == "Kronogården"  # the links' centre lies in that area
    assert measure["status"] == "forslag" and measure["version"] == 1
    # the measure feature is selected on the map and its form is open
    assert dock.layers["measures"].selectedFeatureIds() == [measure["fid"]]
    assert uuid in dock.forms and dock.forms[uuid].isVisible()

    # a layer with a uuid field (places) links by uuid; the form's "link selected features" adds them
    places = dock.layers["places"]
    places.selectByIds([f.id() for f in places.getFeatures() if f["name"] == "Torget"])
    qgis_iface.setActiveLayer(places)
    dock.forms[uuid].link_selection()
    links = store.links(uuid)
    assert len(links) == 3 and links[-1]["feature_uuid"] == "u-Torget" and links[-1]["layer_name"] == "Platser"
    assert [e["action"] for e in store.log(uuid)][0] == "linked"
    assert dock.forms[uuid].linksTable.rowCount() == 3

    # zoom: the extent covers every linked feature
    extent = dock.zoom_to([uuid])
    for x, y in points_3006 + [(330600, 6460600), (330700, 6460700)]:
        assert extent.contains(QgsPointXY(x, y))
    canvas_extent = qgis_iface.mapCanvas().extent()
    assert canvas_extent.contains(QgsPointXY(*points_3006[0]))

    # selecting the measures layer itself is refused with a message, nothing created
    dock.layers["measures"].selectByIds([measure["fid"]])
    qgis_iface.setActiveLayer(dock.layers["measures"])
    count = len(store.list_measures())
    assert dock.new_from_selection() is None
    assert len(store.list_measures()) == count
    assert dock.message_bar.currentItem() is not None
    # nothing selected: refused too
    memory.removeSelection()
    qgis_iface.setActiveLayer(memory)
    assert dock.new_from_selection() is None
    assert len(store.list_measures()) == count


def test_list_and_map_selection_follow_each_other(dock):
    layer = dock.layers["measures"]
    fid_of = {f["title"]: f.id() for f in layer.getFeatures()}
    view = dock.ui.measuresView
    view.selectRow(_row_of_title(dock, "Belysning Stridsbergsgatan"))
    assert layer.selectedFeatureIds() == [fid_of["Belysning Stridsbergsgatan"]]
    layer.selectByIds([fid_of["Fritidsgård på helger"], fid_of["Trygghetsvandring med Mimer"]])
    chosen = {index.siblingAtColumn(TITLE).data() for index in view.selectionModel().selectedRows()}
    assert chosen == {"Fritidsgård på helger", "Trygghetsvandring med Mimer"}
    assert sorted(layer.selectedFeatureIds()) == sorted([fid_of["Fritidsgård på helger"],
                                                         fid_of["Trygghetsvandring med Mimer"]])
    # sorting keeps the selection on the same measures
    view.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    chosen = {index.siblingAtColumn(TITLE).data() for index in view.selectionModel().selectedRows()}
    assert chosen == {"Fritidsgård på helger", "Trygghetsvandring med Mimer"}
    statuses = [dock.proxy.index(r, STATUS).data() for r in range(dock.proxy.rowCount())]
    order = ["Förslag", "Beslutad", "Pågående", "Genomförd", "Avbruten", "Ej aktuell"]
    assert statuses == sorted(statuses, key=order.index, reverse=True)
    layer.removeSelection()
    assert dock.selected_uuids() == []


def test_form_edits_validates_and_logs(dock, workspace):
    store = MeasureStore.for_geopackage(workspace["path"])
    row = _row_of_title(dock, "Belysning Stridsbergsgatan")
    uuid = dock.proxy.index(row, 0).data(UUID_ROLE)
    form = dock.open_form(uuid)
    assert form.value("title") == "Belysning Stridsbergsgatan" and form.value("status") == "beslutad"
    assert form.value("due_date") == TODAY + 20 * DAY
    from qgis.PyQt.QtWidgets import QGroupBox

    sections = [box.title().split(". ", 1)[0] for box in form.sectionsWidget.findChildren(QGroupBox)]
    assert sections == ["1", "2", "3", "4", "5", "6"]  # Brå's six columns, in order
    # cancelled without a reason: refused before the store is touched
    form.set_value("status", "avbruten")
    assert form.save() is False
    assert store.get(uuid)["version"] == 1 and store.get(uuid)["status"] == "beslutad"
    assert form.message_bar.currentItem() is not None
    # with a reason, plus a goal and effort: saved as version 2 with one log row per field
    form.set_value("status_reason", "Ersätts av ny belysningsplan")
    form.set_value("operational_goal", "Alla lampor tända före november")
    form.set_value("effort_planned", "12,5")
    form.noteEdit.setText("Beslut i styrgruppen")
    assert form.save() is True
    saved = store.get(uuid)
    assert saved["version"] == 2 and saved["status"] == "avbruten" and saved["effort_planned"] == 12.5
    assert saved["operational_goal"] == "Alla lampor tända före november"
    log = store.log(uuid)
    changed = {(e["action"], e["field"]) for e in log if e["action"] != "created"}
    assert changed == {("status", "status"), ("edited", "status_reason"), ("edited", "operational_goal"),
                       ("edited", "effort_planned")}
    assert all(e["note"] == "Beslut i styrgruppen" for e in log if e["action"] != "created")
    assert form.historyTable.rowCount() == len(log)
    assert form.version == 2 and form.changes() == {}
    # the list shows the new status (reloaded after save)
    row = _row_of_title(dock, "Belysning Stridsbergsgatan")
    assert dock.proxy.index(row, STATUS).data() == "Avbruten"
    # a finished status fills in the done date: today's (read around the change, so a run over midnight passes)
    before = datetime.date.today()
    form.set_value("status", "genomford")
    assert before <= form.value("done_date") <= datetime.date.today()


def test_conflicting_save_is_refused_and_keeps_the_edits(dock, workspace, qtbot):
    row = _row_of_title(dock, "Kameraövervakning vid torget")
    uuid = dock.proxy.index(row, 0).data(UUID_ROLE)
    form = dock.open_form(uuid)
    other = MeasureStore.for_geopackage(workspace["path"])  # a colleague on another machine
    assert other.save(uuid, {"title": "Kameror vid torget och stationen"}, 1, "Bertil Polis") == 2
    form.set_value("title", "Kamera vid torget (min version)")
    form.set_value("priority", 1)
    assert form.save() is False
    assert form.conflict is not None and form.conflict.changed_by == "Bertil Polis"
    item = form.message_bar.currentItem()
    assert "Bertil Polis" in item.text() and str(TODAY.year) in item.text()
    # nothing overwritten, the user's edits still in the form
    stored = other.get(uuid)
    assert stored["title"] == "Kameror vid torget och stationen" and stored["version"] == 2
    assert stored["priority"] == 2
    assert form.value("title") == "Kamera vid torget (min version)" and form.value("priority") == 1
    # reload from the message bar button shows the colleague's version
    from qgis.PyQt.QtWidgets import QPushButton

    button = item.findChild(QPushButton, "conflictReloadButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert form.value("title") == "Kameror vid torget och stationen" and form.version == 2
    form.set_value("title", "Kameror vid torget")
    assert form.save() is True and other.get(uuid)["version"] == 3


def test_export_follows_the_filter(dock, workspace, tmp_path):
    ui = dock.ui
    ui.promiseCombo.setCurrentIndex(ui.promiseCombo.findData(workspace["promises"]["p1"]))
    path = dock.export_action_plan(str(tmp_path / "plan.csv"))
    assert path == str(tmp_path / "plan.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:6] == ["Orsak", "Åtgärd", "Operativt mål", "När", "Vem", "Uppföljning"]
    expected = _expected(lambda v: v.get("promise") == "p1")
    assert {r[1] for r in rows[1:]} == expected and len(rows) == len(expected) + 1
    column = rows[0].index("Medborgarlöfte")
    assert {r[column] for r in rows[1:]} == {PROMISES["p1"]}
    # Excel, with another filter (overdue only)
    ui.promiseCombo.setCurrentIndex(0)
    ui.overdueCheck.setChecked(True)
    written = dock.export_action_plan(str(tmp_path / "plan.xlsx"))
    expected = _expected(_overdue)
    if written.endswith(".xlsx"):
        ds = gdal.OpenEx(written, gdal.OF_VECTOR)
        table = [[feature.GetField(i) for i in range(feature.GetFieldCount())] for feature in ds.GetLayer(0)]
        ds = None
        if table[0][1] != "Åtgärd":  # GDAL took the header row as field names
            table.insert(0, ["Orsak", "Åtgärd"])
        assert table[0][:2] == ["Orsak", "Åtgärd"]
        titles = {row[1] for row in table[1:]}
    else:  # no Excel writer on this machine: the store falls back to CSV
        with open(written, encoding="utf-8-sig", newline="") as handle:
            titles = {r[1] for r in list(csv.reader(handle, delimiter=";"))[1:]}
    assert titles == expected
    # nothing listed: nothing written
    ui.searchEdit.setText("finns-inte")
    assert dock.export_action_plan(str(tmp_path / "empty.csv")) is None
    assert not os.path.exists(tmp_path / "empty.csv")


def test_dock_without_workspace_then_opened(qgis_iface, workspace, qtbot):
    project = QgsProject.instance()
    project.clear()
    widget = MeasuresDock(qgis_iface, project)
    qtbot.addWidget(widget)
    assert widget.store is None and widget.proxy.rowCount() == 0
    assert not widget.ui.newButton.isEnabled()
    assert widget.new_from_selection() is None
    assert widget.open_geopackage(workspace["path"])
    assert widget.proxy.rowCount() == len(MEASURES)
    # a file that is not a workspace: a message, the dock keeps working
    bad = os.path.join(os.path.dirname(workspace["path"]), "nothing.gpkg")
    assert widget.open_geopackage(bad) is False
    assert widget.message_bar.currentItem() is not None
    assert widget.proxy.rowCount() == len(MEASURES)
    # adding the project's measures layer later is picked up when no workspace is open
    widget.set_store(None)
    project.addMapLayer(QgsVectorLayer(workspace["path"] + "|layername=measures", "Åtgärder", "ogr"))
    assert widget.store is not None and widget.map_layer() is not None
    project.clear()
    assert widget.store is None


@pytest.fixture()
def swedish(tmp_path):
    """The Swedish translation compiled from the .ts source (so the screenshot shows what users see)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = str(tmp_path / "sv.qm")
    ts = os.path.join(REPO, "resources", "i18n", "trygghet_sv.ts")
    if shutil.which("lrelease") is None or subprocess.run(["lrelease", "-silent", ts, "-qm", qm]).returncode:
        qm = os.path.join(REPO, "resources", "i18n", "trygghet_sv.qm")
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_screenshot_of_dock_and_form(swedish, dock):
    os.makedirs(SCREENSHOTS, exist_ok=True)
    assert dock.windowTitle() == "Åtgärder"
    assert dock.ui.newButton.text() == "Ny åtgärd"
    dock.resize(440, 700)
    dock.ui.measuresView.selectRow(_row_of_title(dock, "Belysning Stridsbergsgatan"))
    path = os.path.join(SCREENSHOTS, "dock.png")
    assert dock.grab().save(path)
    assert os.path.getsize(path) > 10000
    form = dock.open_form(dock.selected_uuids()[0])
    form.resize(560, 700)
    form_path = os.path.join(SCREENSHOTS, "dock_form.png")
    assert form.grab().save(form_path)
    assert os.path.getsize(form_path) > 10000


def _remove_measure(path, uuid):
    """Another session removes the measure, straight through GDAL."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayerByName("measures")
    fids = [f.GetFID() for f in layer if f.GetField("uuid") == uuid]
    assert len(fids) == 1
    assert layer.DeleteFeature(fids[0]) == ogr.OGRERR_NONE
    ds = None


def test_register_errors_are_swedish_sentences_not_raw_exceptions(swedish, dock, workspace):
    """A measure removed by someone else while its form is open: saving, reloading and linking each say so in a
    Swedish sentence, never as the bare uuid ("Inte sparat: '<uuid>'")."""
    uuid = dock.proxy.index(_row_of_title(dock, "Kameraövervakning vid torget"), 0).data(UUID_ROLE)
    form = dock.open_form(uuid)
    _remove_measure(workspace["path"], uuid)
    form.set_value("title", "Ny titel")
    assert form.save() is False
    message = form.message_bar.currentItem().text()
    assert "finns inte längre i registret" in message and uuid not in message
    form.reload()
    assert "finns inte längre i registret" in form.message_bar.currentItem().text()


@pytest.mark.parametrize("make, expected", [
    (lambda m: m.ConflictError("u-1", "kommun_anna", "2026-05-04 10:11:12", 3, "Anna Andersson"),
     "Anna Andersson (kommun_anna) sparade åtgärden 2026-05-04 10:11:12"),
    (lambda m: m.ValidationError("due_date", "bad_date"), "Klart senast måste vara ett datum"),
    (lambda m: m.ValidationError("updated_by", "read_only"), "Ändrad av fylls i av registret"),
    (lambda m: m.MeasureNotFoundError("u-1"), "finns inte längre i registret"),
    (lambda m: m.PermissionDeniedError("new row violates row-level security policy"),
     "din organisation får bara ändra sina egna åtgärder"),
    (lambda m: m.StoreError("write_failed", "database is locked"), "någon annan sparar just nu"),
    (lambda m: m.StoreError("bad_workspace", "measures lacks version"), "inte en arbetsyta för Trygghet"),
    (lambda m: m.StoreError("no_transaction", "x.gpkg"), "kunde inte börja spara säkert"),
    (lambda m: m.StoreError("write_failed", "disk I/O error"), "ingenting sparades (disk I/O error)"),
    (lambda m: PermissionError(13, "Permission denied", "/plan.xlsx"), "Filen /plan.xlsx kunde inte"),
])
def test_every_register_error_reads_as_a_sentence(swedish, make, expected):
    from trygghet.ui.errors import register_error_text
    from trygghet.workspace import measures

    text = register_error_text(make(measures))
    assert expected in text, text
