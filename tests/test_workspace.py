"""The EST workspace: schema, stored styles, refusal to overwrite, upgrade from an older schema."""

import datetime
import os
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from trygghet.workspace import gpkg
from trygghet.workspace.schema import LAYERS, SCHEMA_VERSION, layer, layers_at

OGR_TYPE_NAMES = {"string": "String", "text": "String", "integer": "Integer64", "real": "Real",
                  "boolean": "Integer", "date": "Date", "datetime": "DateTime"}
GEOMETRY = {"Point": QgsWkbTypes.Type.Point, "LineString": QgsWkbTypes.Type.LineString,
            "MultiPolygon": QgsWkbTypes.Type.MultiPolygon}


@pytest.fixture
def workspace(run, tmp_path):
    path = str(tmp_path / "ws.gpkg")
    result = run("trygghet:createworkspace", {"OUTPUT": path})
    assert result["OUTPUT"] == path
    return path


def test_every_layer_and_field_exists_with_alias_and_crs(workspace):
    for spec in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(workspace, spec.name), spec.name, "ogr")
        assert layer.isValid(), spec.name
        names = [f.name() for f in layer.fields()]
        assert names == ["fid"] + [f.name for f in spec.fields], spec.name
        for field in spec.fields:
            qfield = layer.fields().field(field.name)
            assert qfield.alias() == field.alias, (spec.name, field.name)
        if spec.geometry:
            assert layer.wkbType() == GEOMETRY[spec.geometry], spec.name
            assert layer.crs().authid() == "EPSG:3006"
        else:
            assert not layer.isSpatial()


def test_every_layer_has_a_default_style_in_the_file(workspace):
    con = sqlite3.connect(workspace)
    rows = con.execute("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles").fetchall()
    con.close()
    styled = {name: qml for name, default, qml in rows if default}
    assert set(styled) == {spec.name for spec in LAYERS}
    # symbology travels with spatial layers; the form (value maps, aliases) with all of them
    assert "categorizedSymbol" in styled["incidents"] and 'value="narkotika"' in styled["incidents"]
    assert 'value="broken"' in styled["lamps"]
    # value-map labels in the language of the QGIS that wrote the workspace (the suite runs in English)
    assert "ValueMap" in styled["measures"] and "In progress" in styled["measures"]


def test_opened_layer_gets_form_defaults_and_symbology(workspace):
    layer = QgsVectorLayer("{}|layername=walk_findings".format(workspace), "f", "ogr")
    idx = layer.fields().indexOf("uuid")
    assert layer.defaultValueDefinition(idx).expression().startswith("uuid(")
    assert layer.editorWidgetSetup(layer.fields().indexOf("category")).type() == "ValueMap"
    assert layer.editorWidgetSetup(layer.fields().indexOf("feeling")).config()["Max"] == 4
    assert layer.renderer().type() == "categorizedSymbol"
    # a new feature gets a UUID by default
    layer.startEditing()
    feature = layer.fields()
    from qgis.core import QgsVectorLayerUtils

    feature = QgsVectorLayerUtils.createFeature(layer)
    assert len(str(feature["uuid"])) == 36
    layer.rollBack()


def test_refuses_to_overwrite_a_workspace(run, workspace):
    gpkg.write_columns(workspace, layer("measures"), {"uuid": ["m-1"], "title": ["Belysning"], "version": [1]})
    before = os.path.getmtime(workspace), os.path.getsize(workspace)
    with pytest.raises(QgsProcessingException, match="never overwrites"):
        run("trygghet:createworkspace", {"OUTPUT": workspace})
    assert (os.path.getmtime(workspace), os.path.getsize(workspace)) == before
    con = sqlite3.connect(workspace)
    assert con.execute("SELECT title FROM measures").fetchall() == [("Belysning",)]
    con.close()


def test_geographic_crs_is_refused_without_output(run, tmp_path):
    path = str(tmp_path / "wgs.gpkg")
    with pytest.raises(QgsProcessingException, match="projected CRS"):
        run("trygghet:createworkspace", {"OUTPUT": path, "CRS": "EPSG:4326"})
    assert not os.path.exists(path)
    assert os.listdir(tmp_path) == []


def test_other_projected_crs(run, tmp_path):
    path = str(tmp_path / "ws3007.gpkg")
    run("trygghet:createworkspace", {"OUTPUT": path, "CRS": "EPSG:3007"})
    layer = QgsVectorLayer("{}|layername=incidents".format(path), "i", "ogr")
    assert layer.crs().authid() == "EPSG:3007"


def test_upgrade_from_version_1_keeps_every_row(qgis_app, tmp_path):
    from trygghet.workspace.service import open_workspace

    path = str(tmp_path / "old.gpkg")
    gpkg.create_workspace(path, version=1)
    assert gpkg.schema_version(path) == 1
    v1_layers = {spec.name for spec in layers_at(1)}
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert "measures" not in tables and v1_layers <= tables
    assert "code" not in [r[1] for r in con.execute("PRAGMA table_info(areas)")]
    con.close()
    gpkg.write_columns(path, layer("incidents"), {
        "geometry": ["POINT ({} 6461970)".format(342000 + i) for i in range(250)],
        "uuid": ["u{}".format(i) for i in range(250)],
        "occurred_at": [datetime.datetime(2024, 1, 1 + i % 9, 12) for i in range(250)],
        "category": ["vald"] * 250, "source": ["polis"] * 250, "weight": [1.0] * 250}, version=1)
    gpkg.write_columns(path, layer("areas"), {"uuid": ["a1"], "name": ["Kronogården"], "kind": ["focus"],
                                              "population": [6750]}, version=1)

    old, new = open_workspace(path)
    assert (old, new) == (1, SCHEMA_VERSION)
    assert gpkg.schema_version(path) == SCHEMA_VERSION
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*), count(DISTINCT uuid) FROM incidents").fetchone() == (250, 250)
    assert con.execute("SELECT name, population, code FROM areas").fetchall() == [("Kronogården", 6750, None)]
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert {spec.name for spec in LAYERS} <= tables
    con.close()
    assert open_workspace(path) == (SCHEMA_VERSION, SCHEMA_VERSION)
    areas = QgsVectorLayer("{}|layername=areas".format(path), "a", "ogr")
    assert areas.fields().field("code").alias() == "Kod (t.ex. DeSO/RegSO)"


def test_failed_upgrade_leaves_the_file_unchanged(qgis_app, tmp_path, monkeypatch):
    path = str(tmp_path / "old.gpkg")
    gpkg.create_workspace(path, version=1)
    gpkg.write_columns(path, layer("areas"), {"uuid": ["a1"], "name": ["Sylte"]}, version=1)

    def boom(ds, values):
        raise RuntimeError("disk full")

    monkeypatch.setattr(gpkg, "_write_meta", boom)
    with pytest.raises(RuntimeError):
        gpkg.upgrade_workspace(path)
    monkeypatch.undo()
    assert gpkg.schema_version(path) == 1
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    assert "measures" not in tables
    assert "code" not in [r[1] for r in con.execute("PRAGMA table_info(areas)")]
    assert con.execute("SELECT name FROM areas").fetchall() == [("Sylte",)]
    con.close()


def test_not_a_workspace(qgis_app, tmp_path):
    from osgeo import ogr
    from trygghet.workspace.service import open_workspace, workspace_error_message

    path = str(tmp_path / "plain.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    ds.CreateLayer("x", geom_type=ogr.wkbNone)
    ds = None
    with pytest.raises(gpkg.WorkspaceError) as info:
        open_workspace(path)
    assert "not a Trygghet workspace" in workspace_error_message(info.value)


def test_upgrade_from_version_2_adds_the_perceived_safety_layers_styled(qgis_app, tmp_path):
    from trygghet.workspace.service import open_workspace

    path = str(tmp_path / "v2.gpkg")
    gpkg.create_workspace(path, version=2)
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    con.close()
    assert {"measures", "promises"} <= tables and not tables & {"dialog_marks", "dialog_areas", "survey_results"}
    gpkg.write_columns(path, layer("incidents"), {
        "geometry": ["POINT ({} 6461970)".format(342000 + i) for i in range(40)],
        "uuid": ["i{}".format(i) for i in range(40)],
        "occurred_at": [datetime.datetime(2024, 2, 1 + i % 20, 21) for i in range(40)],
        "category": ["klotter"] * 40, "source": ["kommun"] * 40, "weight": [1.0] * 40}, version=2)
    gpkg.write_columns(path, layer("measures"), {"uuid": ["m1", "m2"], "title": ["Belysning", "Röjning"],
                                                 "version": [1, 3]}, version=2)
    assert open_workspace(path) == (2, SCHEMA_VERSION)
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*), count(DISTINCT uuid) FROM incidents").fetchone() == (40, 40)
    assert con.execute("SELECT title, version, goal_uuid FROM measures ORDER BY uuid").fetchall() == [
        ("Belysning", 1, None), ("Röjning", 3, None)]
    styles = {name: qml for name, default, qml in
              con.execute("SELECT f_table_name, useAsDefault, styleQML FROM layer_styles") if default}
    con.close()
    assert {"dialog_marks", "dialog_areas", "survey_results"} <= set(styles)
    marks = QgsVectorLayer("{}|layername=dialog_marks".format(path), "m", "ogr")
    assert marks.isValid() and marks.wkbType() == QgsWkbTypes.Type.Point
    assert marks.renderer().type() == "categorizedSymbol" and marks.renderer().classAttribute() == "feeling"
    colours = {c.value(): c.symbol().color().name() for c in marks.renderer().categories()}
    assert colours["1"] == "#d7191c" and colours["4"] == "#1a9641"  # red for frightening, green for safe
    assert marks.editorWidgetSetup(marks.fields().indexOf("feeling")).config()["Min"] == 1
    assert marks.editorWidgetSetup(marks.fields().indexOf("feeling")).config()["Max"] == 4
    for name in ("reason", "age_band", "gender", "time_of_day"):
        setup = marks.editorWidgetSetup(marks.fields().indexOf(name))
        assert setup.type() == "ValueMap", name
    reason_map = marks.editorWidgetSetup(marks.fields().indexOf("reason")).config()["map"]
    assert {"Lighting": "belysning"} in reason_map
    assert marks.fields().field("feeling").alias() == "Känsla (1 skrämmande – 4 trygg)"
    survey = QgsVectorLayer("{}|layername=survey_results".format(path), "s", "ogr")
    for name in ("indicator", "source"):
        assert survey.editorWidgetSetup(survey.fields().indexOf(name)).type() == "ValueMap", name
    areas = QgsVectorLayer("{}|layername=dialog_areas".format(path), "a", "ogr")
    assert areas.wkbType() == QgsWkbTypes.Type.MultiPolygon and areas.renderer().type() == "categorizedSymbol"
