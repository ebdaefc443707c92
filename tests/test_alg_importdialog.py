"""trygghet:importdialog with messy files made here: mixed dates, decimal comma, words for numbers, personal data
columns, Web Mercator GeoJSON with points and polygons, GeoPackage and Excel input, duplicates, failure."""

import hashlib
import json
import sqlite3

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

ALG = "trygghet:importdialog"
# the workspace's one area: 342000–343000 × 6461000–6462000 (SWEREF 99 TM); its extent + 2 km is checked
HEADER = "Namn;E-post;Telefon;Datum;Känsla;Orsak;X;Y;Tid på dygnet;Kommentar;Ålder;Kön\n"
ROWS = [
    # name, e-mail, phone, date, feeling, reason, x, y, time of day, comment, age, gender
    ("Anna Andersson", "anna@example.se", "070-1234567", "2025-04-01", "otryggt", "Mörkt", "342430", "6461970",
     "kväll", "Mörk gångväg", "34", "K"),                                                     # row 2
    ("Bo Berg", "bo@example.se", "", "05/04/2025", "2,0", "gäng", "342440,5", "6461980,25", "natt", "", "16–24 år",
     "man"),                                                                                  # row 3
    ("Cilla", "", "", "2025-04-06", "4", "Trafik", "342500", "6461500", "dag", "Bilar kör fort", "70", "kvinna"),
    ("Dan", "", "", "2025-04-06", "Mycket trygg", "Kanelbulle", "342600", "6461600", "", "", "", ""),  # row 5
    ("Anna Andersson", "anna@example.se", "", "2025-04-01", "1", "mörkt", "342430,2", "6461970,1", "", "", "", ""),
    ("Eva", "", "", "2025-04-07", "vet ej", "Mörkt", "342430", "6461970", "", "", "", ""),     # row 7: feeling
    ("Eva", "", "", "2025-04-07", "5", "Mörkt", "342430", "6461970", "", "", "", ""),          # row 8: feeling
    ("Eva", "", "", "2025-04-07", "2,5", "Mörkt", "342430", "6461970", "", "", "", ""),        # row 9: feeling
    ("Eva", "", "", "2025-04-07", "2", "Mörkt", "", "", "", "", "", ""),                       # row 10: no position
    ("Eva", "", "", "2025-04-07", "2", "Mörkt", "tre", "6461970", "", "", "", ""),             # row 11: bad position
    ("Eva", "", "", "2025-04-07", "2", "Mörkt", "360000", "6461970", "", "", "", ""),          # row 12: outside
    ("Eva", "", "", "31/02/2025", "2", "Mörkt", "342430", "6461970", "", "", "", ""),          # row 13: bad date
]


def _workspace(run, tmp_path):
    path = str(tmp_path / "ws.gpkg")
    run("trygghet:createworkspace", {"OUTPUT": path})
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayerByName("areas")
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField("uuid", "a1")
    f.SetField("name", "Kronogården")
    f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON(((342000 6461000,343000 6461000,343000 6462000,"
                                            "342000 6462000,342000 6461000)))"))
    lyr.CreateFeature(f)
    ds = None
    return path


def _write(path, rows, encoding="utf-8", header=HEADER):
    with open(path, "wb") as fh:
        fh.write((header + "".join(";".join(r) + "\n" for r in rows)).encode(encoding))
    return path


def _marks(path, table="dialog_marks"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT dialogue, marked_on, feeling, reason, time_of_day, comment, age_band, gender "
                           f"FROM {table} ORDER BY fid").fetchall()
    finally:
        con.close()


def _points(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("dialog_marks")
    out = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in lyr]
    ds = None
    return out


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _params(ws, path, **extra):
    params = {"INPUT": path, "WORKSPACE": ws, "DATE_FORMAT": 1, "DIALOGUE": "Medborgardialog 2025",
              "REJECTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_messy_file_columns_guessed_values_mapped_personal_data_dropped(run, tmp_path, encoding):
    ws = _workspace(run, tmp_path)
    result = run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), ROWS, encoding)))
    # rows 2–5 imported; row 6 repeats row 2 (same dialogue, place to the metre, date and reason: mörkt = belysning)
    assert (result["IMPORTED"], result["DUPLICATES"], result["REJECTED"], result["REPLACED"]) == (4, 1, 7, 0)
    assert _marks(ws) == [
        ("Medborgardialog 2025", "2025-04-01", 2, "belysning", "kväll", "Mörk gångväg", "25-44", "kvinna"),
        ("Medborgardialog 2025", "2025-04-05", 2, "gangkriminalitet", "kväll", None, "16-24", "man"),
        ("Medborgardialog 2025", "2025-04-06", 4, "trafik", "dag", "Bilar kör fort", "65-", "kvinna"),
        ("Medborgardialog 2025", "2025-04-06", 4, "annat", None, None, None, None),  # an unknown reason: 'other'
    ]
    assert _points(ws)[1] == (pytest.approx(342440.5), pytest.approx(6461980.25))  # decimal comma
    reasons = {f["row"]: f["reason"] for f in result["REJECTS"].getFeatures()}
    assert reasons == {7: "bad_feeling", 8: "bad_feeling", 9: "bad_feeling", 10: "no_position",
                       11: "bad_position", 12: "outside_extent", 13: "bad_date"}
    # no name, e-mail or phone number anywhere: not in the workspace file, not in the rejects
    with open(ws, "rb") as fh:
        data = fh.read()
    for text in ("Anna Andersson", "anna@example.se", "070-1234567", "Cilla"):
        assert text.encode(encoding) not in data and text.encode("utf-8") not in data
    raws = " ".join(f["raw"] for f in result["REJECTS"].getFeatures())
    assert "Eva" not in raws and "Mörkt" in raws


def test_personal_columns_are_named_in_the_log(run, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        lines = []

        def pushWarning(self, text):  # noqa: N802
            self.lines.append(text)

    ws = _workspace(run, tmp_path)
    log = Log()
    run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), ROWS[:3])), feedback=log)
    assert any("personal data" in line and "Namn" in line and "E-post" in line and "Telefon" in line
               for line in log.lines)


def test_reimport_skips_and_replace_replaces(run, tmp_path):
    ws = _workspace(run, tmp_path)
    path = _write(str(tmp_path / "in.csv"), ROWS[:4])
    assert run(ALG, _params(ws, path))["IMPORTED"] == 4
    again = run(ALG, _params(ws, path))
    assert (again["IMPORTED"], again["DUPLICATES"]) == (0, 4)
    assert len(_marks(ws)) == 4
    # the same marks with new comments, replaced explicitly: still four, with the new comments
    changed = [r[:9] + ("Ny kommentar",) + r[10:] for r in ROWS[:4]]
    replaced = run(ALG, _params(ws, _write(str(tmp_path / "new.csv"), changed), REPLACE=True))
    assert (replaced["IMPORTED"], replaced["REPLACED"], replaced["DUPLICATES"]) == (0, 4, 0)
    assert [m[5] for m in _marks(ws)] == ["Ny kommentar"] * 4


def _mercator(x, y):
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3006)
    dst.ImportFromEPSG(3857)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, dst).TransformPoint(x, y)[:2]


def test_web_mercator_geojson_points_to_marks_polygons_to_areas(run, tmp_path):
    ws = _workspace(run, tmp_path)
    square = [(342200, 6461200), (342300, 6461200), (342300, 6461300), (342200, 6461300), (342200, 6461200)]
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(_mercator(342430, 6461970))},
         "properties": {"känsla": 1, "orsak": "narkotika", "datum": "2025-05-01", "email": "x@example.se"}},
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[list(_mercator(*p)) for p in square]]},
         "properties": {"känsla": 2, "orsak": "öde", "datum": "2025-05-02", "email": ""}},
        {"type": "Feature", "geometry": {"type": "LineString",
                                         "coordinates": [list(_mercator(342200, 6461200)),
                                                         list(_mercator(342300, 6461200))]},
         "properties": {"känsla": 2, "orsak": "öde", "datum": "2025-05-03", "email": ""}},
        {"type": "Feature", "geometry": None, "properties": {"känsla": 2, "orsak": "öde", "datum": "2025-05-04",
                                                             "email": ""}},
    ]
    path = str(tmp_path / "marks.geojson")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
                   "features": features}, fh)
    result = run(ALG, _params(ws, path, DATE_FORMAT=0, DIALOGUE=""))
    assert (result["IMPORTED"], result["REJECTED"]) == (2, 2)
    assert {f["row"]: f["reason"] for f in result["REJECTS"].getFeatures()} == {3: "bad_position", 4: "no_position"}
    (x, y), = _points(ws)
    assert (x, y) == (pytest.approx(342430, abs=0.01), pytest.approx(6461970, abs=0.01))
    assert _marks(ws)[0][2:4] == (1, "narkotika")
    assert _marks(ws, "dialog_areas") == [("marks", "2025-05-02", 2, "ode", None, None, None, None)]
    ds = ogr.Open(ws)
    feature = ds.GetLayerByName("dialog_areas").GetNextFeature()
    area = feature.GetGeometryRef()
    assert area.GetGeometryName() == "MULTIPOLYGON" and area.GetArea() == pytest.approx(100 * 100, rel=1e-6)
    feature = ds = None
    with open(ws, "rb") as fh:
        assert b"x@example.se" not in fh.read()


def test_geopackage_and_excel_input(run, tmp_path):
    from trygghet.processing.spreadsheet import write_xlsx

    ws = _workspace(run, tmp_path)
    gpkg_path = str(tmp_path / "in.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg_path)
    lyr = ds.CreateLayer("markeringar", srs, ogr.wkbPoint)
    for name in ("dialog", "feeling", "reason"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for k, (feel, why) in enumerate((("1", "belysning"), ("3", "traffic"))):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("dialog", "Kartenkät")
        f.SetField("feeling", feel)
        f.SetField("reason", why)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({342100 + 10 * k} 6461100)"))
        lyr.CreateFeature(f)
    ds = None
    assert run(ALG, _params(ws, gpkg_path))["IMPORTED"] == 2
    xlsx = str(tmp_path / "in.xlsx")
    assert write_xlsx(xlsx, ["lat", "lon", "Känsla", "Anledning"],
                      [[58.2663, 12.3150, 2, "ungdomar"], [58.2664, 12.3151, "fyra", "trafik"]])
    result = run(ALG, _params(ws, xlsx, DIALOGUE="Enkät"))
    assert (result["IMPORTED"], result["REJECTED"]) == (1, 1)
    assert _marks(ws) == [("Kartenkät", None, 1, "belysning", None, None, None, None),
                          ("Kartenkät", None, 3, "trafik", None, None, None, None),
                          ("Enkät", None, 2, "ungdomsgrupper", None, None, None, None)]


def test_missing_columns_empty_file_and_failure_leave_the_workspace_unchanged(run, tmp_path, monkeypatch):
    import trygghet.workspace.gpkg as gpkg

    ws = _workspace(run, tmp_path)
    run(ALG, _params(ws, _write(str(tmp_path / "first.csv"), ROWS[:1])))
    digest = _digest(ws)
    no_feeling = _write(str(tmp_path / "nf.csv"), [("2025-01-01", "342430", "6461970")], header="datum;x;y\n")
    with pytest.raises(QgsProcessingException, match="feeling"):
        run(ALG, _params(ws, no_feeling))
    with pytest.raises(QgsProcessingException, match="not in the file: Betyg"):
        run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), ROWS[:2]), FEELING_FIELD="Betyg"))
    no_position = _write(str(tmp_path / "np.csv"), [("2025-01-01", "2")], header="datum;känsla\n")
    with pytest.raises(QgsProcessingException, match="No position columns"):
        run(ALG, _params(ws, no_position))
    with pytest.raises(QgsProcessingException, match="no rows"):
        run(ALG, _params(ws, _write(str(tmp_path / "empty.csv"), [])))
    with pytest.raises(QgsProcessingException, match=r"Nothing was imported: all 3 rows.*rows 2, 3, 4"):
        run(ALG, _params(ws, _write(str(tmp_path / "bad.csv"), ROWS[5:8])))
    assert _digest(ws) == digest
    calls = {"n": 0}
    original = gpkg._set_value

    def failing(feature, spec, value):
        calls["n"] += 1
        if calls["n"] > 12:  # a mark and a half in, the disk "fails"
            raise OSError("disk full")
        return original(feature, spec, value)

    monkeypatch.setattr(gpkg, "_set_value", failing)
    with pytest.raises(QgsProcessingException, match="unchanged"):
        run(ALG, _params(ws, _write(str(tmp_path / "second.csv"), ROWS[1:4])))
    monkeypatch.undo()
    assert calls["n"] > 12
    assert _digest(ws) == digest and len(_marks(ws)) == 1


def test_wkt_column_with_points_and_polygons(run, tmp_path):
    ws = _workspace(run, tmp_path)
    path = str(tmp_path / "wkt.csv")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('geometri,känsla,orsak,datum\n'
                 '"POINT (342430 6461970)",2,belysning,2025-06-01\n'
                 '"POLYGON ((342100 6461100, 342150 6461100, 342150 6461150, 342100 6461150, 342100 6461100))",'
                 '1,ensligt,2025-06-02\n'
                 '"POLYGON ((342100 6461100, 342150 6461150, 342150 6461100, 342100 6461150, 342100 6461100))",'
                 '1,trafik,2025-06-03\n'
                 '"LINESTRING (342100 6461100, 342150 6461100)",1,trafik,2025-06-04\n')
    result = run(ALG, _params(ws, path, DATE_FORMAT=0))
    # the bow-tie is repaired (two triangles of 625 m² each), the line is rejected
    assert (result["IMPORTED"], result["REJECTED"]) == (3, 1)
    assert [m[2:4] for m in _marks(ws)] == [(2, "belysning")]
    assert [m[2:4] for m in _marks(ws, "dialog_areas")] == [(1, "ode"), (1, "trafik")]
    ds = ogr.Open(ws)
    areas = [f.GetGeometryRef().GetArea() for f in ds.GetLayerByName("dialog_areas")]
    ds = None
    assert areas == [pytest.approx(2500.0), pytest.approx(1250.0)]
