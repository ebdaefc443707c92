"""The Trollhättan demo workspace built through trygghet:createdemoworkspace."""

import hashlib
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from trygghet.workspace.gpkg import read_meta
from trygghet.workspace.schema import LAYERS

FOCUS = {"Kronogården", "Sylte", "Lextorp"}


def _digest(path, table, columns):
    con = sqlite3.connect(path)
    rows = con.execute("SELECT {} FROM {} ORDER BY fid".format(", ".join(columns), table)).fetchall()
    con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest(), len(rows)


def test_areas_and_populations(demo_workspace):
    layer = QgsVectorLayer(demo_workspace + "|layername=areas", "a", "ogr")
    rows = {f["name"]: (f["kind"], f["population"], f.geometry()) for f in layer.getFeatures()}
    assert FOCUS <= set(rows)
    for name in FOCUS:
        kind, population, geometry = rows[name]
        assert kind == "focus" and 6000 <= population <= 7000 and geometry.isGeosValid()
        assert 0.5e6 < geometry.area() < 5e6
    references = [n for n, (kind, _p, _g) in rows.items() if kind == "reference"]
    assert references == ["Övriga Trollhättan"]
    # Kronogården lies south-east of the centre, Lextorp south of it, Sylte south-west of Lextorp
    c = {n: rows[n][2].centroid().asPoint() for n in FOCUS}
    assert c["Lextorp"].y() < c["Kronogården"].y()
    assert c["Sylte"].x() < c["Lextorp"].x()
    centre = (341030, 6463500)
    assert c["Kronogården"].x() > centre[0] and c["Kronogården"].y() < centre[1]


def test_incidents_span_years_and_categories(demo_workspace):
    con = sqlite3.connect(demo_workspace)
    n, first, last = con.execute("SELECT count(*), min(occurred_at), max(occurred_at) FROM incidents").fetchone()
    categories = {r[0] for r in con.execute("SELECT DISTINCT category FROM incidents")}
    con.close()
    assert 15000 <= n <= 40000
    assert int(last[:4]) - int(first[:4]) >= 3
    assert {"skadegorelse", "klotter", "narkotika", "vald", "stold_inbrott", "ordningsstorning", "brand"} <= categories


def test_paths_are_over_100_km_with_lamps_and_walks(demo_workspace):
    paths = QgsVectorLayer(demo_workspace + "|layername=paths", "p", "ogr")
    total = sum(f.geometry().length() for f in paths.getFeatures())
    assert total >= 100000
    con = sqlite3.connect(demo_workspace)
    statuses = dict(con.execute("SELECT status, count(*) FROM lamps GROUP BY status").fetchall())
    walks = con.execute("SELECT count(*) FROM walks").fetchone()[0]
    findings = con.execute("SELECT count(DISTINCT walk_uuid) FROM walk_findings").fetchone()[0]
    measures = con.execute("SELECT count(*) FROM measures").fetchone()[0]
    logs = con.execute("SELECT count(*) FROM measure_log").fetchone()[0]
    promises = con.execute("SELECT count(*) FROM promises").fetchone()[0]
    visits = con.execute("SELECT count(*) FROM patrol_visits").fetchone()[0]
    con.close()
    assert statuses["ok"] > 1000 and statuses["broken"] > 10
    assert walks == 2 and findings == 2
    assert measures >= 5 and logs >= measures and promises == 1 and visits > 100


def test_every_layer_says_the_data_are_synthetic(demo_workspace):
    assert read_meta(demo_workspace)["demo"] == "true"
    for spec in LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(demo_workspace, spec.name), spec.name, "ogr")
        assert "syntetisk" in layer.metadata().abstract(), spec.name


def test_same_seed_same_data_other_seed_other_data(run, demo_workspace, tmp_path):
    again = str(tmp_path / "again.gpkg")
    other = str(tmp_path / "other.gpkg")
    run("trygghet:createdemoworkspace", {"OUTPUT": again})
    run("trygghet:createdemoworkspace", {"OUTPUT": other, "SEED": 7})
    columns = {"incidents": ("uuid", "occurred_at", "category", "hex(geom)"),
               "paths": ("uuid", "name", "hex(geom)"), "measures": ("uuid", "title", "status")}
    for table, cols in columns.items():
        assert _digest(demo_workspace, table, cols) == _digest(again, table, cols), table
    assert _digest(demo_workspace, "incidents", columns["incidents"]) != _digest(other, "incidents",
                                                                                 columns["incidents"])


def test_demo_refuses_to_overwrite(run, demo_workspace):
    with pytest.raises(QgsProcessingException, match="never overwrites"):
        run("trygghet:createdemoworkspace", {"OUTPUT": demo_workspace})
