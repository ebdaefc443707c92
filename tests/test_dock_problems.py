"""The "Problem och orsaker" view of the dock with pytest-qt against a real GeoPackage: a problem from the map
selection, its triangle and numbered causes, a measure from a cause, goals, the measure form's goal and causes,
filters by goal and problem, the action plan grouped by goal, and a screenshot at 1366×768."""

import csv
import os
import sys

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMainWindow, QWidget
from trygghet.ui.measures_dock import MeasuresDock
from trygghet.ui.problems_panel import KIND_ROLE, MEASURES_ROLE, UUID_ROLE, GoalsDialog
from trygghet.workspace.analysis import RegisterStore

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_dock  # noqa: E402
from test_dock import MEASURES, SCREENSHOTS  # noqa: E402

dock, template, workspace = test_dock.dock, test_dock.template, test_dock.workspace  # the same workspace

TUNNEL = (330100, 6460100, 330300, 6460300)  # the "Gångtunneln" place of test_dock's workspace, in Kronogården


def _select_place(dock, name):
    places = dock.layers["places"]
    ids = [f.id() for f in places.getFeatures() if f["name"] == name]
    places.selectByIds(ids)
    return places


def _problem_from_tunnel(dock):
    panel = dock.problems_panel
    layer = _select_place(dock, "Gångtunneln")
    uuid = panel.new_from_selection(layer)
    assert uuid
    return panel, uuid


def test_problem_from_a_selected_hot_place(dock, workspace):
    panel, uuid = _problem_from_tunnel(dock)
    store = RegisterStore.for_geopackage(workspace["path"])
    problem = store.get_problem(uuid)
    # the place's snapshot and a point inside the tunnel's square, in the area it lies in
    assert (problem["place_uuid"], problem["area"]) == ("u-Gångtunneln", "Kronogården")
    assert problem["place_layer"] == "Platser" and problem["status"] == "hypotes"
    x, y = problem["geometry"].asPoint().x(), problem["geometry"].asPoint().y()
    assert TUNNEL[0] < x < TUNNEL[2] and TUNNEL[1] < y < TUNNEL[3]
    square = QgsGeometry.fromWkt(problem["place_wkt"])
    assert square.area() == pytest.approx((TUNNEL[2] - TUNNEL[0]) * (TUNNEL[3] - TUNNEL[1]))
    # listed, selected, and its form open
    assert panel.tree.topLevelItemCount() == 1 and panel.selected() == ("problem", uuid)
    assert panel.forms[uuid].isVisible()
    # nothing selected: a clear message, nothing created
    dock.layers["places"].removeSelection()
    assert panel.new_from_selection(dock.layers["places"]) is None
    assert len(store.problems()) == 1


def test_triangle_and_numbered_causes_in_the_form(dock, workspace):
    panel, uuid = _problem_from_tunnel(dock)
    form = panel.forms[uuid]
    form.set_value("title", "Rån i gångtunneln")
    form.set_value("offender", "Äldre ungdomar")
    form.set_value("offender_handler", "Fältassistenter")
    form.set_value("target", "Skolbarn på väg hem")
    form.set_value("target_guardian", "Föräldrar")
    form.set_value("place", "Tunneln under Stridsbergsgatan")
    form.set_value("place_manager", "Gatu- och parkenheten")
    form.set_value("categories", "ran,vald")
    form.set_value("status", "belagd")
    ids = [form.add_cause(text) for text in ("Skymd sikt", "Ingen belysning", "Få passerar")]
    assert form.save()
    store = RegisterStore.for_geopackage(workspace["path"])
    problem = store.get_problem(uuid)
    assert (problem["title"], problem["offender"], problem["target_guardian"], problem["place_manager"],
            sorted(problem["categories"].split(",")), problem["status"]) == (
        "Rån i gångtunneln", "Äldre ungdomar", "Föräldrar", "Gatu- och parkenheten", ["ran", "vald"], "belagd")
    numbers = [form.causes_table.item(r, 0).text() for r in range(form.causes_table.rowCount())]
    assert numbers == ["1", "2", "3"]
    # deleting cause 2 keeps 3 as 3 until the user asks to renumber
    assert form.delete_cause(ids[1])
    assert [(c["number"], c["text"]) for c in store.causes(uuid)] == [(1, "Skymd sikt"), (3, "Få passerar")]
    form.renumber()
    assert [(c["number"], c["text"]) for c in store.causes(uuid)] == [(1, "Skymd sikt"), (2, "Få passerar")]
    # a cause edited in the table is saved with the form
    form.causes_table.item(1, 2).setText("Räkning vid vandringen")
    assert form.save()
    assert store.get_cause(ids[2])["evidence"] == "Räkning vid vandringen"
    # the tree shows the numbered causes under the problem
    top = panel.tree.topLevelItem(0)
    assert [top.child(i).text(0) for i in range(top.childCount())] == ["1. Skymd sikt", "2. Få passerar"]
    assert top.text(0).splitlines() == ["Rån i gångtunneln", "Belagd · Kronogården · 2 orsaker"]


def test_measure_from_a_cause_and_back(dock, workspace):
    panel, uuid = _problem_from_tunnel(dock)
    form = panel.forms[uuid]
    cause = form.add_cause("Ingen belysning")
    panel.reload()
    assert panel.select(cause) and panel.selected() == ("cause", cause)
    assert panel.measure_button.isEnabled()
    measure = panel.new_measure_from_selected()
    store = RegisterStore.for_geopackage(workspace["path"])
    m = store.get(measure)
    problem = store.get_problem(uuid)
    assert m["area"] == "Kronogården" and m["title"] == "Ingen belysning"
    assert m["geometry"].equals(problem["geometry"])
    assert [(k["layer_name"], k["feature_uuid"]) for k in store.links(measure)] == [("Platser", "u-Gångtunneln")]
    assert [c["uuid"] for c in store.causes_of_measure(measure)] == [cause]
    assert dock.proxy.rowCount() == len(MEASURES) + 1
    # the measure's form shows the cause ticked and has a goal chooser
    mform = dock.forms[measure]
    assert mform.checked_causes() == {cause}
    assert mform.widgets["goal_uuid"].currentData() is None
    # the problem's details name the measure; the cause counts it
    html = panel.details_html(uuid)
    assert "Ingen belysning" in html and f"measure:{measure}" in html
    top = panel.tree.topLevelItem(0)
    assert top.child(0).data(0, KIND_ROLE) == "cause" and top.child(0).data(0, MEASURES_ROLE) == [measure]
    # unticking the cause in the measure's form removes the link
    mform.set_causes([])
    assert mform.save()
    assert store.causes_of_measure(measure) == []


def test_goals_dialog_goal_chooser_and_filters(dock, workspace):
    panel, uuid = _problem_from_tunnel(dock)
    cause = panel.forms[uuid].add_cause("Skymd sikt")
    dialog = GoalsDialog(dock.store, dock)
    for code, title in (("B", "Minska antalet skjutningar"), ("A", "Trygga och bra boendemiljöer")):
        row = dialog.add_row()
        dialog.set_row(row, {"code": code, "title": title, "start_year": 2025, "end_year": 2027,
                             "owner": "Trollhättans stad"})
    assert dialog.save()
    store = RegisterStore.for_geopackage(workspace["path"])
    goals = {g["code"]: g for g in store.goals()}
    assert goals["A"]["title"] == "Trygga och bra boendemiljöer" and goals["B"]["end_year"] == 2027
    dock.reload()
    by_title = {m["title"]: m["uuid"] for m in store.list_measures()}
    # the goal chosen in a measure's form, and a cause ticked there
    form = dock.open_form(by_title["Belysning Stridsbergsgatan"])
    index = form.widgets["goal_uuid"].findData(goals["A"]["uuid"])
    assert form.widgets["goal_uuid"].itemText(index) == "A Trygga och bra boendemiljöer"
    form.widgets["goal_uuid"].setCurrentIndex(index)
    form.set_causes([cause])
    assert form.save()
    assert store.get(by_title["Belysning Stridsbergsgatan"])["goal_uuid"] == goals["A"]["uuid"]
    form2 = dock.open_form(by_title["Ökad polisnärvaro kvällstid"])
    form2.widgets["goal_uuid"].setCurrentIndex(form2.widgets["goal_uuid"].findData(goals["B"]["uuid"]))
    assert form2.save()
    dock.reload()
    ui = dock.ui
    ui.goalCombo.setCurrentIndex(ui.goalCombo.findData(goals["A"]["uuid"]))
    assert {m["title"] for m in dock.proxy.visible_measures()} == {"Belysning Stridsbergsgatan"}
    ui.goalCombo.setCurrentIndex(ui.goalCombo.findData("__no_goal__"))
    assert len(dock.proxy.visible_measures()) == len(MEASURES) - 2
    dock.clear_filters()
    # by problem: from the problems view, the measures answering its causes
    panel.select(uuid)
    panel.show_measures()
    assert dock.tabs.currentIndex() == 0 and ui.problemCombo.currentData() == uuid
    assert {m["title"] for m in dock.proxy.visible_measures()} == {"Belysning Stridsbergsgatan"}
    # a goal that measures serve is not deleted
    dialog.load()
    dialog.table.selectRow([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("A"))
    dialog._delete_selected()
    assert len(store.goals()) == 2


def test_plan_export_from_the_dock_grouped_by_goal_with_cause_text(dock, workspace, tmp_path):
    store = dock.store
    panel, uuid = _problem_from_tunnel(dock)
    first = panel.forms[uuid].add_cause("Skymd sikt")
    second = panel.forms[uuid].add_cause("Dålig belysning längs gångvägen")
    goal_d = store.create_goal({"code": "D", "title": "Tryggare offentliga miljöer och stråk"})
    goal_a = store.create_goal({"code": "A", "title": "Trygga och bra boendemiljöer"})
    by_title = {m["title"]: m for m in store.list_measures()}
    for title, goal, causes in (("Belysning Stridsbergsgatan", goal_d, [second]),
                                ("Ta bort buskage vid gångtunneln", goal_a, [first, second])):
        store.save(by_title[title]["uuid"], {"goal_uuid": goal}, by_title[title]["version"], "Anna")
        store.set_measure_causes(by_title[title]["uuid"], causes)
    dock.reload()
    path = dock.export_action_plan(str(tmp_path / "plan.csv"))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    goal, measure, cause = header.index("Målområde"), header.index("Åtgärd"), header.index("Orsak")
    assert [r[goal] for r in rows[1:3]] == ["A Trygga och bra boendemiljöer",
                                            "D Tryggare offentliga miljöer och stråk"]
    assert rows[1][measure] == "Ta bort buskage vid gångtunneln"
    assert rows[1][cause] == "1. Skymd sikt; 2. Dålig belysning längs gångvägen"
    assert rows[2][cause] == "2. Dålig belysning längs gångvägen"
    # older measures keep their free-text cause, numbered, after the grouped ones
    assert all(r[goal] == "" for r in rows[3:]) and len(rows) == len(MEASURES) + 1
    old = {r[measure]: r[cause] for r in rows[3:]}
    assert old["Trygghetsvandring med Mimer"] == ""


def test_screenshot_of_the_problems_view_at_1366x768(qgis_iface, workspace, qtbot, swedish):
    """The problems view in a 1366×768 QGIS window, filled with a problem, its causes and a measure."""
    store = RegisterStore.for_geopackage(workspace["path"])
    pid = store.create_problem({"title": "Öppen narkotikaförsäljning vid gångtunneln", "offender": "Unga säljare",
                                "offender_handler": "Fältassistenter, socialtjänsten",
                                "target": "Unga köpare", "target_guardian": "Föräldrar, skolan",
                                "place": "Tunneln och dess skymda entré", "place_manager": "Gatu- och parkenheten",
                                "status": "belagd"}, "Anna",
                               place={"layer_name": "Platser", "feature_uuid": "u-Gångtunneln",
                                      "geometry_wkt": "POLYGON((330100 6460100,330300 6460100,330300 6460300,"
                                                      "330100 6460300,330100 6460100))"})
    causes = [store.add_cause(pid, {"text": t}) for t in ("Säljare samlas i skydd av den skymda entrén",
                                                          "Ingen vuxen närvaro efter kl. 20",
                                                          "Dålig belysning längs gångvägen")]
    by_title = {m["title"]: m["uuid"] for m in store.list_measures()}
    store.set_measure_causes(by_title["Ta bort buskage vid gångtunneln"], [causes[0]])
    store.set_measure_causes(by_title["Belysning Stridsbergsgatan"], [causes[2]])
    store.create_problem({"title": "Mörk gångväg mellan Sylte och Lextorp"}, "Anna",
                         geometry=QgsGeometry.fromWkt("POINT(331500 6460500)"))
    project = QgsProject.instance()
    project.clear()
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    project.addMapLayer(QgsVectorLayer(workspace["path"] + "|layername=measures", "Åtgärder", "ogr"))
    main = QMainWindow()
    main.setCentralWidget(QWidget())
    dock = MeasuresDock(qgis_iface, project, main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    main.resize(1366, 768)
    qtbot.addWidget(main)
    main.show()
    main.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
    qtbot.waitExposed(main)
    try:
        dock.tabs.setCurrentIndex(1)
        panel = dock.problems_panel
        panel.select(pid)
        QCoreApplication.processEvents()
        assert panel.tree.topLevelItemCount() == 2
        top = next(panel.tree.topLevelItem(i) for i in range(2) if panel.tree.topLevelItem(i).data(0, UUID_ROLE) == pid)
        assert top.childCount() == 3
        # readable in a 340 px panel: no side-scrolling in the list, the details show the triangle
        assert panel.tree.horizontalScrollBar().maximum() == 0
        assert "Fältassistenter" in panel.details.toPlainText()
        # the details wrap between words only: every line that is not a paragraph's last ends at a space
        document = panel.details.document()
        document.documentLayout()  # laid out for the view's width
        assert panel.details.horizontalScrollBar().maximum() == 0
        block, wrapped = document.begin(), 0
        while block.isValid():
            lines = block.layout()
            for i in range(lines.lineCount() - 1):
                line = lines.lineAt(i)
                end = line.textStart() + line.textLength()
                assert block.text()[end - 1].isspace() or block.text()[end - 1] == "\u2028", (
                    block.text()[line.textStart():end])
                wrapped += 1
            block = block.next()
        assert wrapped >= 3  # the narrow dock does wrap the triangle's lines
        assert "Gärningspersoner: Unga säljare" in panel.details.toPlainText()
        os.makedirs(SCREENSHOTS, exist_ok=True)
        shot = os.path.join(SCREENSHOTS, "dock_problems_1366.png")
        assert dock.grab().save(shot) and os.path.getsize(shot) > 10000
    finally:
        dock.teardown()
        project.clear()
