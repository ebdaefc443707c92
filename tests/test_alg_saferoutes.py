"""trygghet:saferoutes against hand-worked small networks, and its bad-input handling."""

import math

import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime


def memory(kind, fields, rows, crs="EPSG:3006"):
    """rows: (geometry WKT or None, [attributes])."""
    spec = "&".join(f"field={f}" for f in fields)
    layer = QgsVectorLayer(f"{kind}?crs={crs}&{spec}", "t", "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def by_position(layer):
    """Features sorted by the x then y of their first vertex."""
    feats = list(layer.getFeatures())
    return sorted(feats, key=lambda f: (f.geometry().asPolyline()[0].x(), f.geometry().asPolyline()[0].y()))


@pytest.fixture
def straight():
    """One named, 100 m path along the x axis and lamps at both ends (the hand-worked case)."""
    paths = memory("LineString", ["name:string", "lit:boolean"], [("LINESTRING(0 0, 100 0)", ["A", True])])
    lamps = memory("Point", ["status:string"], [("POINT(0 0)", ["ok"]), ("POINT(100 0)", ["ok"]),
                                                 ("POINT(50 1)", ["broken"])])
    return paths, lamps


def test_lighting_gap_hand_worked(run, straight, tmp_path):
    paths, lamps = straight
    # reach 30: lit [0,30] and [70,100]; unlit [30,70] = 40 m (the broken lamp in the middle does not count)
    out = run("trygghet:saferoutes", {"PATHS": paths, "LAMPS": lamps, "LAMP_REACH": 30, "GAP_THRESHOLD": 30,
                                      "SEGMENT_LENGTH": 25, "OUTPUT": str(tmp_path / "s.gpkg"),
                                      "SUMMARY": str(tmp_path / "sum.csv")})
    layer = QgsVectorLayer(out["OUTPUT"])
    assert layer.fields().names()[1:] == ["path_name", "lamp_distance_m", "unlit_m", "lit_gap",
                                          "incidents_per_100m_year", "findings_score", "density", "index",
                                          "worst_factor", "level"]
    feats = by_position(layer)
    assert len(feats) == 4
    assert [round(f["unlit_m"], 6) for f in feats] == [0.0, 20.0, 20.0, 0.0]
    assert [bool(f["lit_gap"]) for f in feats] == [False, True, True, False]
    assert [round(f["lamp_distance_m"], 6) for f in feats] == [12.5, 37.5, 37.5, 12.5]
    # weights 0.35 lighting, 0.35 incidents, 0.2 findings (no density): lighting share 0.35 / 0.9
    for f, unlit in zip(feats, (0, 20, 20, 0)):
        assert f["index"] == pytest.approx(100 * (1 - 0.35 / 0.9 * unlit / 25.0))
        assert f["worst_factor"] == ("lighting" if unlit else "none")
        assert f["path_name"] == "A"
    # the gap threshold decides the flag: at 41 m the 40 m stretch is no gap
    out = run("trygghet:saferoutes", {"PATHS": paths, "LAMPS": lamps, "LAMP_REACH": 30, "GAP_THRESHOLD": 41,
                                      "OUTPUT": "memory:"})
    assert not any(f["lit_gap"] for f in out["OUTPUT"].getFeatures())
    with open(tmp_path / "sum.csv", encoding="utf-8") as handle:
        rows = handle.read().splitlines()
    assert rows[0].split(",")[:3] == ["path_name", "n_segments", "length_m"]
    cells = rows[1].replace('"', "").split(",")
    assert cells[0] == "A" and int(cells[1]) == 4 and float(cells[2]) == pytest.approx(100.0)
    assert float(cells[5]) == pytest.approx(40.0) and int(cells[6]) == 1


def test_incidents_findings_and_period(run, straight):
    paths, lamps = straight
    t = "datetime"
    incidents = memory("Point", ["occurred_at:" + t, "category:string"], [
        ("POINT(90 3)", ["2024-03-01T12:00:00", "vald"]),  # counted for the last segment
        ("POINT(90 3)", ["2023-03-01T12:00:00", "vald"]),  # before the period
        ("POINT(90 3)", ["2024-05-01T12:00:00", "klotter"]),  # filtered out
        ("POINT(10 300)", ["2024-05-01T12:00:00", "vald"]),  # far away
    ])
    findings = memory("Point", ["severity:integer", "category:string"], [("POINT(37 2)", [3, "belysning"])])
    out = run("trygghet:saferoutes", {
        "PATHS": paths, "LAMPS": lamps, "INCIDENTS": incidents, "FINDINGS": findings, "BUFFER": 5,
        "START": QDateTime.fromString("2024-01-01T00:00:00", "yyyy-MM-ddTHH:mm:ss"),
        "END": QDateTime.fromString("2025-01-01T00:00:00", "yyyy-MM-ddTHH:mm:ss"),
        "FILTER": "\"category\" = 'vald'", "CATEGORY_WEIGHTS": "belysning=2", "OUTPUT": "memory:"})
    feats = by_position(out["OUTPUT"])
    years = 366 / 365.25
    rate = 1 / 25.0 * 100 / years
    assert [f["incidents_per_100m_year"] for f in feats] == pytest.approx([0, 0, 0, rate])
    assert [f["findings_score"] for f in feats] == pytest.approx([0, 6.0, 0, 0])  # severity 3 x weight 2
    w = 0.35 + 0.35 + 0.2
    expected = [100.0, 100 * (1 - (0.35 * 20 / 25 + 0.2 * 1.0) / w), 100 * (1 - 0.35 * 20 / 25 / w),
                100 * (1 - 0.35 * rate / 10 / w)]
    assert [f["index"] for f in feats] == pytest.approx(expected)
    assert feats[1]["worst_factor"] == "lighting"  # 0.28 > 0.2
    assert feats[3]["worst_factor"] == "incidents"  # index 84.5 < 95
    assert feats[0]["worst_factor"] == "none"


def test_lit_field_without_lamps_and_density(run, tmp_path):
    from osgeo import gdal, osr

    paths = memory("LineString", ["name:string", "lit:boolean"], [
        ("LINESTRING(0 0, 50 0)", ["Ljus", True]), ("LINESTRING(0 100, 50 100)", ["Mörk", False])])
    raster = str(tmp_path / "d.tif")
    ds = gdal.GetDriverByName("GTiff").Create(raster, 10, 20, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((-5, 10, 0, 195, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    ds.SetProjection(srs.ExportToWkt())
    import numpy as np

    data = np.zeros((20, 10), dtype=np.float32)
    data[19, :] = 4.0  # row 19 covers y in [-5, 5): the lit path at y = 0
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    out = run("trygghet:saferoutes", {"PATHS": paths, "DENSITY": raster, "WEIGHT_INCIDENTS": 0,
                                      "WEIGHT_FINDINGS": 0, "OUTPUT": "memory:"})
    feats = {(f["path_name"], round(f.geometry().asPolyline()[0].x())): f for f in out["OUTPUT"].getFeatures()}
    lit = [f for (n, _), f in feats.items() if n == "Ljus"]
    dark = [f for (n, _), f in feats.items() if n == "Mörk"]
    assert [f["unlit_m"] for f in lit] == [0.0, 0.0]
    assert [f["unlit_m"] for f in dark] == pytest.approx([25.0, 25.0])
    assert all(f["density"] == pytest.approx(4.0) for f in lit) and all(f["density"] == 0 for f in dark)
    # lighting 0.35, density 0.1; cap = 95th percentile of positive densities = 4 → lit path loses all density
    assert all(f["index"] == pytest.approx(100 * (1 - 0.1 / 0.45)) for f in lit)
    assert all(f["worst_factor"] == "density" for f in lit)
    assert all(f["index"] == pytest.approx(100 * (1 - 0.35 / 0.45)) for f in dark)
    assert all(f["lamp_distance_m"] == NULL for f in dark + lit)  # no lamp data: no distance


def test_geographic_crs_is_transformed(run, straight):
    paths, lamps = straight
    # the same 100 m path in WGS 84 at Trollhättan: lengths must still be metres
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    a = tr.transform(QgsPointXY(340000, 6460000))
    b = tr.transform(QgsPointXY(340100, 6460000))
    geo = memory("LineString", ["name:string"], [(f"LINESTRING({a.x()} {a.y()}, {b.x()} {b.y()})",
                                                  ["G"])], crs="EPSG:4326")
    log = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    out = run("trygghet:saferoutes", {"PATHS": geo, "OUTPUT": "memory:"}, feedback=Feedback())
    feats = list(out["OUTPUT"].getFeatures())
    assert len(feats) == 4
    assert sum(f.geometry().length() for f in feats) == pytest.approx(100.0, abs=0.01)
    assert any("EPSG:3006" in line for line in log)


def test_bad_inputs(run, straight, tmp_path):
    paths, lamps = straight
    points = memory("Point", ["name:string"], [("POINT(0 0)", ["x"])])
    polygons = memory("Polygon", ["name:string"], [("POLYGON((0 0, 1 0, 1 1, 0 0))", ["x"])])
    for bad in (points, polygons):
        with pytest.raises(QgsProcessingException, match="line layer"):
            run("trygghet:saferoutes", {"PATHS": bad, "OUTPUT": "memory:"})
    empty_lamps = memory("Point", ["status:string"], [])
    target = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException, match="lamps layer is empty"):
        run("trygghet:saferoutes", {"PATHS": paths, "LAMPS": empty_lamps, "OUTPUT": str(target)})
    assert not target.exists()
    incidents = memory("Point", ["category:string"], [("POINT(1 1)", ["vald"])])
    with pytest.raises(QgsProcessingException):
        run("trygghet:saferoutes", {"PATHS": paths, "INCIDENTS": incidents, "FILTER": "\"category\" = = 'x'",
                                    "OUTPUT": "memory:"})
    nulltimes = memory("Point", ["occurred_at:datetime"], [("POINT(90 3)", [None]), ("POINT(90 3)",
                                                                                    ["2024-02-01T00:00:00"])])
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, info):  # noqa: N802
            warnings.append(info)

    out = run("trygghet:saferoutes", {"PATHS": paths, "INCIDENTS": nulltimes, "BUFFER": 5,
                                      "START": QDateTime.fromString("2024-01-01", "yyyy-MM-dd"),
                                      "END": QDateTime.fromString("2024-12-31", "yyyy-MM-dd"), "OUTPUT": "memory:"},
              feedback=Feedback())
    last = by_position(out["OUTPUT"])[-1]
    assert last["incidents_per_100m_year"] == pytest.approx(4 / (365 / 365.25))
    assert any("without a valid time" in w for w in warnings)
    bad_sev = memory("Point", ["severity:integer"], [("POINT(1 1)", [7])])
    with pytest.raises(QgsProcessingException, match="1, 2 or 3"):
        run("trygghet:saferoutes", {"PATHS": paths, "FINDINGS": bad_sev, "OUTPUT": "memory:"})


def test_cancel(run, straight, tmp_path):
    paths, lamps = straight

    class Cancelling(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if value > 0:
                self.cancel()

    target = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException):
        run("trygghet:saferoutes", {"PATHS": paths, "LAMPS": lamps, "OUTPUT": str(target)}, feedback=Cancelling())
    assert not target.exists()


def test_demo_paths_styled(run, demo_workspace):
    from qgis.core import QgsProcessingContext

    context = QgsProcessingContext()
    out = run("trygghet:saferoutes", {"PATHS": demo_workspace + "|layername=paths",
                                      "LAMPS": demo_workspace + "|layername=lamps",
                                      "INCIDENTS": demo_workspace + "|layername=incidents",
                                      "FINDINGS": demo_workspace + "|layername=walk_findings",
                                      "OUTPUT": "memory:"}, context=context)
    layer = out["OUTPUT"]
    assert layer.featureCount() > 1000
    gaps = [f for f in layer.getFeatures() if f["lit_gap"]]
    assert gaps and all(f["unlit_m"] > 0 for f in gaps)
    assert all(0 <= f["index"] <= 100 for f in layer.getFeatures())
    assert not math.isnan(sum(f["index"] for f in layer.getFeatures()))


def test_unlit_metres_sum_every_dark_stretch_of_a_segment(run):
    # one 25 m path and one working lamp 28 m beside its middle, default reach 30 m: the lit chord has
    # half-length sqrt(30^2 - 28^2), so both ends are dark, 12.5 - sqrt(116) m each: 3.459 m in all
    path = memory("LineString", ["name:string"], [("LINESTRING(0 0, 25 0)", ["A"])])
    lamp = memory("Point", ["status:string"], [("POINT(12.5 28)", ["ok"])])
    out = run("trygghet:saferoutes", {"PATHS": path, "LAMPS": lamp, "OUTPUT": "memory:"})
    feats = list(out["OUTPUT"].getFeatures())
    assert len(feats) == 1
    assert feats[0]["unlit_m"] == pytest.approx(2 * (12.5 - math.sqrt(116)))
    assert round(feats[0]["unlit_m"], 3) == 3.459
    # three gaps in one 100 m segment: lamps at x = 20 and 60 with reach 10 light 10..30 and 50..70
    path = memory("LineString", ["name:string"], [("LINESTRING(0 0, 100 0)", ["B"])])
    lamps = memory("Point", ["status:string"], [("POINT(20 0)", ["ok"]), ("POINT(60 0)", ["ok"])])
    out = run("trygghet:saferoutes", {"PATHS": path, "LAMPS": lamps, "LAMP_REACH": 10, "SEGMENT_LENGTH": 100,
                                      "GAP_THRESHOLD": 25, "OUTPUT": "memory:"})
    (f,) = list(out["OUTPUT"].getFeatures())
    assert f["unlit_m"] == pytest.approx(10 + 20 + 30)
    assert f["lit_gap"]
    assert f["index"] == pytest.approx(100 * (1 - 0.35 / 0.9 * 60 / 100))


def test_segments_end_at_junctions_and_keep_their_level(run):
    # a street, a side street ending a few micrometres off it at x = 40, and a tunnel (layer -1) under it at x = 80
    paths = memory("LineString", ["name:string", "layer:integer"], [
        ("LINESTRING(0 0, 100 0)", ["Gatan", 0]),
        ("LINESTRING(40 0.00001, 40 60)", ["Tvärgatan", None]),
        ("LINESTRING(80 -30, 80 30)", ["Tunneln", -1])])
    log = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    out = run("trygghet:saferoutes", {"PATHS": paths, "LEVEL_FIELD": "layer", "OUTPUT": "memory:"},
              feedback=Feedback())
    street = sorted((round(f.geometry().asPolyline()[0].x(), 6), round(f.geometry().length(), 6), f["level"])
                    for f in out["OUTPUT"].getFeatures() if f["path_name"] == "Gatan")
    # stretches 0..40 (25 + 15) and 40..100 (25 + 35); no cut at the tunnel
    assert street == [(0.0, 25.0, 0.0), (25.0, 15.0, 0.0), (40.0, 25.0, 0.0), (65.0, 35.0, 0.0)]
    tunnel = [f for f in out["OUTPUT"].getFeatures() if f["path_name"] == "Tunneln"]
    assert [f["level"] for f in tunnel] == [-1.0, -1.0] and sum(f.geometry().length() for f in tunnel) == 60
    assert any("1 path ends on the side of another path, 0 crossings" in line for line in log), log
    assert any("1 crossings or junctions were left apart" in line for line in log), log
    # without the level field the street is also cut at the tunnel (80) and the tunnel at the street
    out = run("trygghet:saferoutes", {"PATHS": paths, "OUTPUT": "memory:"})
    cuts = sorted(round(f.geometry().asPolyline()[0].x(), 6) for f in out["OUTPUT"].getFeatures()
                  if f["path_name"] == "Gatan")
    assert cuts == [0.0, 25.0, 40.0, 65.0, 80.0]
    # the scored segments route directly: along the street to the side street, 40 + 60 m; the tunnel stays apart
    scored = run("trygghet:saferoutes", {"PATHS": paths, "LEVEL_FIELD": "layer", "OUTPUT": "memory:"})["OUTPUT"]
    route = run("trygghet:safestroute", {"INPUT": scored, "START": "0,0 [EPSG:3006]", "END": "40,60 [EPSG:3006]",
                                         "OUTPUT": "memory:"})
    assert route["SHORTEST_LENGTH"] == pytest.approx(100.0, abs=1e-4)
    with pytest.raises(QgsProcessingException, match="not connected"):
        run("trygghet:safestroute", {"INPUT": scored, "START": "0,0 [EPSG:3006]", "END": "80,30 [EPSG:3006]",
                                     "OUTPUT": "memory:"})


def test_incidents_without_readable_times(run, straight):
    paths, lamps = straight
    four_years = memory("Point", ["occurred_at:string"], [("POINT(90 3)", ["okänt"])] * 4)
    # no time field and no period: the span is unknown, so no rate per year is made up
    with pytest.raises(QgsProcessingException, match="None of the 4 incidents has a readable time"):
        run("trygghet:saferoutes", {"PATHS": paths, "INCIDENTS": four_years, "TIME_FIELD": "", "OUTPUT": "memory:"})
    # a time field whose values cannot be read: the same
    with pytest.raises(QgsProcessingException, match="readable time"):
        run("trygghet:saferoutes", {"PATHS": paths, "INCIDENTS": four_years, "TIME_FIELD": "occurred_at",
                                    "OUTPUT": "memory:"})
    # the period the incidents cover, stated by the user: 2020-01-01..2024-01-01 is 1461 days = 4 years
    log = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    out = run("trygghet:saferoutes", {
        "PATHS": paths, "INCIDENTS": four_years, "TIME_FIELD": "", "BUFFER": 5,
        "START": QDateTime.fromString("2020-01-01", "yyyy-MM-dd"),
        "END": QDateTime.fromString("2024-01-01", "yyyy-MM-dd"), "OUTPUT": "memory:"}, feedback=Feedback())
    last = by_position(out["OUTPUT"])[-1]
    assert last["incidents_per_100m_year"] == pytest.approx(4 / 25 * 100 / 4.0)
    assert any("all 4 incidents are taken to lie in the stated period (4.00 years)" in line for line in log), log
