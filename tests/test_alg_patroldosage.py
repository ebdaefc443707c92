"""trygghet:patroldosage against hand-counted visits, minutes, weeks and incidents."""

import os
import sys

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

sys.path.insert(0, os.path.dirname(__file__))
from test_alg_hotspotdensity import CancelAfterFirstProgress  # noqa: E402


def _layer(ds, name, geom_type, fields, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer(name, srs, geom_type)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    for wkt, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in values.items():
            if v is not None:
                f.SetField(k, v)
        lyr.CreateFeature(f)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("dosage") / "d.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    _layer(ds, "places", ogr.wkbPolygon, [("uuid", ogr.OFTString), ("name", ogr.OFTString),
                                           ("peak_hours", ogr.OFTString)], [
        ("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))", {"uuid": "A", "name": "Torget", "peak_hours": "18–22"}),
        ("POLYGON ((500 0, 600 0, 600 100, 500 100, 500 0))", {"uuid": "B", "name": "Parken", "peak_hours": None}),
    ])
    inside_a, inside_b, nowhere = "POINT (50 50)", "POINT (550 50)", "POINT (300 300)"
    visits = [
        # place A, week 1 (Mon 1 – Sun 7 Jan 2024): three visits of 12 min, two in 18–22
        (inside_a, {"visited_at": "2024-01-01 19:00", "minutes": 12}),
        (inside_a, {"visited_at": "2024-01-03 21:30", "minutes": 12}),
        (inside_a, {"visited_at": "2024-01-06 10:00", "minutes": 12}),
        # place A, week 2: two visits of 20 min (one by place_uuid, lying outside every place), one 8 min
        (inside_a, {"visited_at": "2024-01-09 18:00", "minutes": 20}),
        (nowhere, {"visited_at": "2024-01-10 23:00", "minutes": 20, "place_uuid": "A"}),
        (inside_a, {"visited_at": "2024-01-14 12:00", "minutes": 8}),
        # place B: one visit by location in the period, one after the period, one without a time
        (inside_b, {"visited_at": "2024-01-08 12:00", "minutes": 30}),
        (inside_b, {"visited_at": "2024-01-15 12:00", "minutes": 30}),
        (inside_b, {"visited_at": None, "minutes": 30}),
        # nowhere and no place id: belongs to no place
        (nowhere, {"visited_at": "2024-01-02 12:00", "minutes": 10}),
    ]
    _layer(ds, "visits", ogr.wkbPoint, [("place_uuid", ogr.OFTString), ("visited_at", ogr.OFTDateTime),
                                        ("minutes", ogr.OFTReal)], visits)
    incidents = ([(inside_a, {"occurred_at": f"2024-01-0{d} 20:00"}) for d in (2, 3, 4, 5)]
                 + [(inside_a, {"occurred_at": f"2023-01-0{d} 20:00"}) for d in (2, 3)]
                 + [(inside_b, {"occurred_at": "2023-01-05 03:00"}), (nowhere, {"occurred_at": "2024-01-05 03:00"})])
    _layer(ds, "incidents", ogr.wkbPoint, [("occurred_at", ogr.OFTDateTime)], incidents)
    ds = None
    return {name: f"{path}|layername={name}" for name in ("places", "visits", "incidents")}


def _run(run, data, **extra):
    params = {"PLACES": data["places"], "VISITS": data["visits"], "START": "2024-01-01T00:00:00",
              "END": "2024-01-15T00:00:00", "PEAK_HOURS_FIELD": "peak_hours", "OUTPUT": "memory:"}
    params.update(extra)
    layer = run("trygghet:patroldosage", params)["OUTPUT"]
    return {f["place_uuid"]: f for f in layer.getFeatures()}


def test_hand_counted_dosage(run, data):
    rows = _run(run, data)
    a, b = rows["A"], rows["B"]
    assert a["name"] == "Torget" and a["visits"] == 6
    assert a["minutes"] == pytest.approx(3 * 12 + 20 + 20 + 8)
    assert a["visits_per_week"] == pytest.approx(3.0)
    assert a["target_share_pct"] == pytest.approx(100.0)
    assert a["target_minutes_share_pct"] == pytest.approx(100 * 84 / (3 * 12 * 2), abs=0.1)
    assert a["weeks_counted"] == 2 and a["weeks_below_target"] == 0
    assert a["share_in_peak_pct"] == pytest.approx(100 * 3 / 6, abs=0.1)  # 19:00, 21:30, 18:00 in 18–22
    assert a["short_visits"] == 1 and a["long_visits"] == 2
    assert a["status"] == "green"
    assert b["visits"] == 1 and b["weeks_below_target"] == 2
    assert b["target_share_pct"] == pytest.approx(100 * 0.5 / 3, abs=0.1)
    assert b["status"] == "red"
    assert b["incidents"] is None or b["incidents"] == 0 or str(b["incidents"]) == "NULL"


def test_incidents_against_year_before_and_default_targets_changed(run, data):
    rows = _run(run, data, INCIDENTS=data["incidents"], PEAK_HOURS_FIELD=None, TARGET_VISITS=4)
    a, b = rows["A"], rows["B"]
    assert (a["incidents"], a["incidents_year_before"]) == (4, 2)
    assert a["change_pct"] == pytest.approx(100.0)
    assert (b["incidents"], b["incidents_year_before"]) == (0, 1)
    # peak hours now from the place's incidents in the period (all at 20:00; earliest tied window starts 17)
    assert a["peak_hours"] == "17–21"
    assert a["share_in_peak_pct"] == pytest.approx(100 * 2 / 6, abs=0.1)  # 19:00 and 18:00; 21:30 is out
    assert a["target_share_pct"] == pytest.approx(75.0) and a["status"] == "yellow"
    # week 1 has 3 visits, week 2 has 3: both below 4
    assert a["weeks_below_target"] == 2


def test_bad_inputs_and_cancel(run, data, tmp_path):
    with pytest.raises(QgsProcessingException, match="end of the period"):
        _run(run, data, START="2024-02-01T00:00:00", END="2024-01-01T00:00:00")
    with pytest.raises(QgsProcessingException, match="no field"):
        _run(run, data, PLACE_ID_FIELD="nosuch")
    out = str(tmp_path / "c.gpkg")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("trygghet:patroldosage", {"PLACES": data["places"], "VISITS": data["visits"], "OUTPUT": out},
            feedback=CancelAfterFirstProgress())
    assert not os.path.exists(out)


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


def _visits_copy(data, tmp_path, minutes_type=ogr.OFTReal, extra=()):
    """The fixture's visits in a new GeoPackage, with ``extra`` rows (wkt may be None: no geometry)."""
    src = ogr.Open(data["visits"].split("|")[0])
    lyr = src.GetLayerByName("visits")
    rows = []
    for f in lyr:
        rows.append((f.GetGeometryRef().ExportToWkt(), {"place_uuid": f.GetField("place_uuid"),
                                                         "visited_at": f.GetField("visited_at"),
                                                         "minutes": f.GetField("minutes")}))
    rows += list(extra)
    path = str(tmp_path / "visits.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    out = ds.CreateLayer("visits", srs, ogr.wkbPoint)
    for name, kind in (("place_uuid", ogr.OFTString), ("visited_at", ogr.OFTString), ("minutes", minutes_type)):
        out.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        f = ogr.Feature(out.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in values.items():
            if v is not None:
                f.SetField(k, str(v).replace("/", "-") if k == "visited_at" else v)
        out.CreateFeature(f)
    ds = None
    return f"{path}|layername=visits"


def test_visits_with_a_place_id_need_no_geometry(run, data, tmp_path):
    """A visit that names its place counts without a position; one that names none is skipped, and the log says
    so in the shared words."""
    visits = _visits_copy(data, tmp_path, extra=[
        (None, {"place_uuid": "B", "visited_at": "2024-01-09 12:00", "minutes": 15}),
        (None, {"place_uuid": None, "visited_at": "2024-01-09 13:00", "minutes": 15}),
    ])
    feedback = LogFeedback()
    layer = run("trygghet:patroldosage", {"PLACES": data["places"], "VISITS": visits, "START": "2024-01-01T00:00:00",
                                          "END": "2024-01-15T00:00:00", "OUTPUT": "memory:"},
                feedback=feedback)["OUTPUT"]
    rows = {f["place_uuid"]: f for f in layer.getFeatures()}
    # hand count: B had one visit of 30 min in the period; the visit without geometry adds one of 15 min
    assert rows["B"]["visits"] == 2 and rows["B"]["minutes"] == pytest.approx(45)
    assert rows["A"]["visits"] == 6  # unchanged
    log = "\n".join(feedback.lines)
    assert "Skipped 1 of 12 features of" in log and "no geometry." in log
    assert "1 visits without a position were counted for the place their place field names." in log


def test_text_minutes_field_is_refused(run, data, tmp_path):
    """A text minutes field must never become 0 minutes everywhere: it is refused, naming the field and the type."""
    visits = _visits_copy(data, tmp_path, minutes_type=ogr.OFTString)
    with pytest.raises(QgsProcessingException, match="minutes.*needs numbers"):
        run("trygghet:patroldosage", {"PLACES": data["places"], "VISITS": visits, "MINUTES_FIELD": "minutes",
                                      "OUTPUT": "memory:"})
