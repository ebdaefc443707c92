"""trygghet:importincidents with messy files made here: encodings, decimal comma, bad rows, duplicates, failure."""

import hashlib
import sqlite3

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "trygghet:importincidents"

# the workspace areas are 100 m squares from x 340000 to 340500 (see _workspace); extent + 2 km is checked
HEADER = "Tidpunkt;Kategori;X;Y;Källa\n"
GOOD = [
    ("2024-03-01 12:30", "Skadegörelse", "340010,5", "6460020,25", "polis"),
    ("2024-03-02", "klotter", "340100", "6460050", ""),
    ("2024-03-03T22:15:00", "Misshandel", "341000,0", "6460500", "kommun"),
    ("2024-03-04 01:05", "BRAND I BIL", "340400", "6460080", "polis"),
]
BAD = [
    ("2024-03-05 10:00", "Skadegörelse", "", "", "polis"),            # no position
    ("2024-03-06 10:00", "Skadegörelse", "abc", "6460000", "polis"),  # unreadable position
    ("2024-03-07 10:00", "Skadegörelse", "360000", "6460000", "polis"),  # > 2 km outside the areas
    ("07/03/2024", "Skadegörelse", "340010", "6460020", "polis"),     # ambiguous date
    ("2024-03-08 10:00", "Kanelbulle", "340010", "6460020", "polis"),  # unknown category
]


def _workspace(run, tmp_path):
    path = str(tmp_path / "ws.gpkg")
    run("trygghet:createworkspace", {"OUTPUT": path})
    from osgeo import ogr

    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName("areas")
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("uuid", "a1")
    f.SetField("name", "Test")
    f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON(((340000 6460000,340500 6460000,340500 6460100,"
                                            "340000 6460100,340000 6460000)))"))
    lyr.CreateFeature(f)
    ds = None
    return path


def _write(path, rows, encoding="utf-8", header=HEADER):
    text = header + "".join(";".join(r) + "\n" for r in rows)
    with open(path, "wb") as fh:
        fh.write(text.encode(encoding))
    return path


def _incidents(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT occurred_at, category, source FROM incidents ORDER BY occurred_at").fetchall()
    finally:
        con.close()


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _params(ws, csv_path, **extra):
    params = {"INPUT": csv_path, "WORKSPACE": ws, "X_FIELD": "X", "Y_FIELD": "Y", "TIME_FIELD": "Tidpunkt",
              "CATEGORY_FIELD": "Kategori", "SOURCE_FIELD": "Källa", "SOURCE": "polis",
              "REJECTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_import_messy_swedish_file(run, tmp_path, encoding):
    ws = _workspace(run, tmp_path)
    dup = GOOD[0]
    csv_path = _write(str(tmp_path / "in.csv"), GOOD + [dup] + BAD, encoding)
    result = run(ALG, _params(ws, csv_path))
    assert result["IMPORTED"] == 4
    assert result["DUPLICATES"] == 1
    assert result["REJECTED"] == 5
    rows = _incidents(ws)
    assert [r[1] for r in rows] == ["skadegorelse", "klotter", "vald", "brand"]
    assert rows[0][0].startswith("2024-03-01T12:30") and rows[1][0].startswith("2024-03-02T00:00")
    assert [r[2] for r in rows] == ["polis", "polis", "kommun", "polis"]  # empty source -> the constant
    layer = QgsVectorLayer(ws + "|layername=incidents", "i", "ogr")
    first = next(f for f in layer.getFeatures() if f["category"] == "skadegorelse")
    assert first.geometry().asPoint().x() == pytest.approx(340010.5)  # decimal comma
    assert first.geometry().asPoint().y() == pytest.approx(6460020.25)
    rejects = result["REJECTS"]
    reasons = {f["row"]: f["reason"] for f in rejects.getFeatures()}
    # header is row 1, GOOD rows 2-5, the duplicate row 6, BAD rows 7-11
    assert reasons == {7: "no_position", 8: "bad_position", 9: "outside_extent", 10: "bad_date",
                       11: "unknown_category"}


def test_reimport_adds_nothing(run, tmp_path):
    ws = _workspace(run, tmp_path)
    csv_path = _write(str(tmp_path / "in.csv"), GOOD)
    assert run(ALG, _params(ws, csv_path))["IMPORTED"] == 4
    again = run(ALG, _params(ws, csv_path))
    assert again["IMPORTED"] == 0 and again["DUPLICATES"] == 4
    assert len(_incidents(ws)) == 4


def test_separate_date_time_latlon_and_category_map(run, tmp_path):
    ws = _workspace(run, tmp_path)
    # 340100, 6460050 in SWEREF 99 TM is about lon 12.2196, lat 58.2681 (computed by hand with osr below)
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3006)
    dst.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lon, lat, _ = osr.CoordinateTransformation(src, dst).TransformPoint(340100, 6460050)
    text = f"datum,klockslag,kod,lon,lat\n2024-05-01,2130,K12,{lon},{lat}\n2024-05-02,,K99,{lon},{lat}\n"
    csv_path = str(tmp_path / "ll.csv")
    with open(csv_path, "w", encoding="utf-8") as fh:
        fh.write(text)
    map_path = str(tmp_path / "map.csv")
    with open(map_path, "w", encoding="utf-8") as fh:
        fh.write("kod;kategori\nK12;narkotika\n")
    result = run(ALG, {"INPUT": csv_path, "WORKSPACE": ws, "POSITION": 1, "X_FIELD": "lon", "Y_FIELD": "lat",
                       "DATE_FIELD": "datum", "CLOCK_FIELD": "klockslag", "CATEGORY_FIELD": "kod",
                       "CATEGORY_MAP": map_path, "REJECTS": "TEMPORARY_OUTPUT"})
    assert result["IMPORTED"] == 1 and result["REJECTED"] == 1
    rows = _incidents(ws)
    assert rows[0][0].startswith("2024-05-01T21:30") and rows[0][1] == "narkotika"
    layer = QgsVectorLayer(ws + "|layername=incidents", "i", "ogr")
    point = next(layer.getFeatures()).geometry().asPoint()
    assert point.x() == pytest.approx(340100, abs=0.01) and point.y() == pytest.approx(6460050, abs=0.01)


def test_interruption_leaves_workspace_unchanged(run, tmp_path, monkeypatch):
    import trygghet.workspace.gpkg as gpkg

    ws = _workspace(run, tmp_path)
    run(ALG, _params(ws, _write(str(tmp_path / "first.csv"), GOOD[:1])))
    before = _incidents(ws)
    digest = _digest(ws)
    calls = {"n": 0}
    original = gpkg._set_value

    def failing(feature, spec, value):
        calls["n"] += 1
        if calls["n"] > 8:  # a few rows in, the disk "fails"
            raise OSError("disk full")
        return original(feature, spec, value)

    monkeypatch.setattr(gpkg, "_set_value", failing)
    with pytest.raises(QgsProcessingException, match="unchanged"):
        run(ALG, _params(ws, _write(str(tmp_path / "second.csv"), GOOD[1:])))
    assert calls["n"] > 8
    monkeypatch.undo()
    assert _incidents(ws) == before
    assert _digest(ws) == digest


def test_bad_inputs(run, tmp_path):
    ws = _workspace(run, tmp_path)
    csv_path = _write(str(tmp_path / "in.csv"), GOOD)
    with pytest.raises(QgsProcessingException, match="column mapping"):
        run(ALG, _params(ws, csv_path, X_FIELD="Easting"))
    with pytest.raises(QgsProcessingException, match="no rows"):
        run(ALG, _params(ws, _write(str(tmp_path / "empty.csv"), [])))
    not_ws = str(tmp_path / "plain.gpkg")
    from osgeo import ogr

    ogr.GetDriverByName("GPKG").CreateDataSource(not_ws).CreateLayer("x")
    with pytest.raises(QgsProcessingException, match="not a Trygghet workspace"):
        run(ALG, _params(not_ws, csv_path))
    bad_map = str(tmp_path / "badmap.csv")
    with open(bad_map, "w", encoding="utf-8") as fh:
        fh.write("kod;kategori\nK1;inte_en_kategori\n")
    with pytest.raises(QgsProcessingException, match="mapping table"):
        run(ALG, _params(ws, csv_path, CATEGORY_MAP=bad_map))
    assert _incidents(ws) == []


class CancelAfterFirstProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.reported = False

    def setProgress(self, progress):  # noqa: N802
        self.reported = True
        super().setProgress(progress)

    def isCanceled(self):  # noqa: N802
        return self.reported


def test_cancel_writes_nothing(run, tmp_path):
    ws = _workspace(run, tmp_path)
    with pytest.raises(QgsProcessingException):
        run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), GOOD)), feedback=CancelAfterFirstProgress())
    assert _incidents(ws) == []
