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


# --- importing nothing is a failure --------------------------------------------------------------------------------
def test_nothing_imported_is_refused_with_the_reasons_counted(run, tmp_path):
    ws = _workspace(run, tmp_path)
    # 280 rows with day/month/year dates (unreadable without a date format) and 20 without coordinates
    rows = [(f"{1 + i % 28:02d}/03/2024 {i % 24:02d}:15", "Skadegörelse", str(340000 + i), "6460050", "polis")
            for i in range(280)]
    rows += [("2024-03-01 10:00", "Klotter", "", "", "polis")] * 20
    csv_path = _write(str(tmp_path / "dmy.csv"), rows)
    digest = _digest(ws)
    rejects_path = str(tmp_path / "rejects.gpkg")
    with pytest.raises(QgsProcessingException) as info:
        run(ALG, _params(ws, csv_path, REJECTS=rejects_path))
    message = str(info.value)
    assert "No incident was imported: all 300 rows were rejected" in message
    assert "Bad or missing date: 280 (rows 2, 3, 4, 5, 6, …)" in message
    assert "No position: 20 (rows 282, 283, 284, 285, 286, …)" in message  # header row 1, 280 date rows 2-281
    assert "date format" in message and "Skadegörelse" not in message
    assert _digest(ws) == digest and _incidents(ws) == []
    assert not (tmp_path / "rejects.gpkg").exists()
    # with the file's date format the 280 rows are imported, each at the date it names
    result = run(ALG, _params(ws, csv_path, DATE_FORMAT=1))
    assert result["IMPORTED"] == 280 and result["REJECTED"] == 20
    got = sorted(r[0][:16] for r in _incidents(ws))
    want = sorted(f"2024-03-{1 + i % 28:02d}T{i % 24:02d}:15" for i in range(280))
    assert got == want


def test_all_rows_duplicates_is_not_a_failure(run, tmp_path):
    ws = _workspace(run, tmp_path)
    csv_path = _write(str(tmp_path / "in.csv"), GOOD + BAD)
    assert run(ALG, _params(ws, csv_path))["IMPORTED"] == 4
    again = run(ALG, _params(ws, csv_path))  # importing the same file again adds nothing and says so
    assert (again["IMPORTED"], again["DUPLICATES"], again["REJECTED"]) == (0, 4, 5)


# --- Excel and OpenDocument through GDAL, without openpyxl ----------------------------------------------------------
def _excel_serial(value):
    """Excel's day number (days since 1899-12-30, fraction = time of day), computed independently of any reader."""
    import datetime as dt

    return (value - dt.datetime(1899, 12, 30)) / dt.timedelta(days=1)


def _col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def _handmade_xlsx(path, rows):
    """A minimal Office Open XML workbook written by hand, as Excel stores cells: text as shared strings, numbers
    as numbers, dates as day numbers with a date style ("dt" = date and time, "d" = date only); None = no cell."""
    import zipfile
    from xml.sax.saxutils import escape

    shared, xml_rows = [], []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}" s="{1 if v[0] == "dt" else 2}"><v>{_excel_serial(v[1])!r}</v></c>')
            elif isinstance(v, str):
                shared.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", head + f'<Types xmlns="{pkg}/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
                   f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/>'
                   f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", head + f'<Relationships xmlns="{pkg}/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", head + f'<workbook {ns} xmlns:r="{rel}"><sheets>'
                   '<sheet name="Händelser" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", head + f'<Relationships xmlns="{pkg}/relationships">'
                   f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                   f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
                   f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/styles.xml", head + f'<styleSheet {ns}><numFmts count="1">'
                   '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                   '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                   '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                   '</cellXfs></styleSheet>')
        z.writestr("xl/sharedStrings.xml", head + f'<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">'
                   + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
        z.writestr("xl/worksheets/sheet1.xml", head + f"<worksheet {ns}><sheetData>" + "".join(xml_rows)
                   + "</sheetData></worksheet>")
    return path


@pytest.fixture
def no_python_excel_library(monkeypatch):
    """openpyxl, xlsxwriter, calamine and odfpy made unimportable, as on a standard QGIS on Debian 12."""
    import sys

    for name in ("openpyxl", "xlsxwriter", "python_calamine", "odf", "xlrd"):
        monkeypatch.setitem(sys.modules, name, None)


def test_excel_mixed_cells_read_through_gdal(run, tmp_path, no_python_excel_library):
    import datetime as dt

    with pytest.raises(ImportError):
        import openpyxl  # noqa: F401
    ws = _workspace(run, tmp_path)
    header = ["Tidpunkt", "Brottstyp", "X", "Y", "Källa"]
    rows = [
        [("dt", dt.datetime(2024, 3, 5, 22, 15)), "Skadegörelse", 340010.5, 6460020.25, "polis"],   # row 2
        ["05/03/2024 22:15", "Våld", "340 100,5", 6460050, "kommun"],                              # row 3
        ["2024-03-06", "Rån", 340200, "6460060", None],                                            # row 4
        [],                                                                                        # row 5
        [("dt", dt.datetime(2024, 1, 1, 12, 0)), "Klotter", "saknas", 6460000, "polis"],           # row 6
        ["31/02/2024 10:00", "Klotter", 340300, 6460070, "polis"],                                 # row 7
        [("d", dt.datetime(2024, 3, 7)), "Bilbrand", 340400.25, 6460080, "räddningstjänsten"],     # row 8
    ]
    path = _handmade_xlsx(str(tmp_path / "polisen.xlsx"), [header] + rows)
    result = run(ALG, _params(ws, path, CATEGORY_FIELD="Brottstyp", DATE_FORMAT=1))
    assert (result["IMPORTED"], result["REJECTED"], result["DUPLICATES"]) == (4, 2, 0)
    reasons = {f["row"]: f["reason"] for f in result["REJECTS"].getFeatures()}
    assert reasons == {6: "bad_position", 7: "bad_date"}
    layer = QgsVectorLayer(ws + "|layername=incidents", "i", "ogr")
    got = sorted((f["occurred_at"].toString("yyyy-MM-ddTHH:mm"), f["category"], f["source"],
                  round(f.geometry().asPoint().x(), 2), round(f.geometry().asPoint().y(), 2))
                 for f in layer.getFeatures())
    assert got == [
        ("2024-03-05T22:15", "skadegorelse", "polis", 340010.5, 6460020.25),
        ("2024-03-05T22:15", "vald", "kommun", 340100.5, 6460050.0),
        ("2024-03-06T00:00", "ran", "polis", 340200.0, 6460060.0),
        ("2024-03-07T00:00", "brand", "räddningstjänsten", 340400.25, 6460080.0),
    ]
    # automatic reads the Excel date cells and the ISO text, and refuses the day/month/year text
    (tmp_path / "auto").mkdir()
    ws2 = _workspace(run, tmp_path / "auto")
    auto = run(ALG, _params(ws2, path, CATEGORY_FIELD="Brottstyp"))
    assert (auto["IMPORTED"], auto["REJECTED"]) == (3, 3)
    assert {f["row"]: f["reason"] for f in auto["REJECTS"].getFeatures()} == {3: "bad_date", 6: "bad_position",
                                                                             7: "bad_date"}


@pytest.mark.parametrize("driver, ext", [("XLSX", "xlsx"), ("ODS", "ods")])
def test_typed_sheet_written_by_gdal(run, tmp_path, no_python_excel_library, driver, ext):
    from osgeo import ogr

    ws = _workspace(run, tmp_path)
    path = str(tmp_path / f"händelser.{ext}")
    ds = ogr.GetDriverByName(driver).CreateDataSource(path)
    lyr = ds.CreateLayer("Händelser", geom_type=ogr.wkbNone)
    for name, kind in (("Tidpunkt", ogr.OFTDateTime), ("Brottstyp", ogr.OFTString), ("Öst", ogr.OFTReal),
                       ("Nord", ogr.OFTReal), ("Källa", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for when, cat, x, y, src in (((2024, 6, 5, 0, 0), "Egen kod 7", 340010.5, 6460020.25, "kommun"),
                                 ((2024, 6, 10, 23, 59), "Stöld ur bil", 340100.0, 6460050.0, None),
                                 (None, "Klotter", 340200.0, 6460060.0, "polis")):
        f = ogr.Feature(lyr.GetLayerDefn())
        if when:
            f.SetField(0, *when, 0, 0)
        f.SetField(1, cat)
        f.SetField(2, x)
        f.SetField(3, y)
        if src:
            f.SetField(4, src)
        lyr.CreateFeature(f)
    ds = None
    map_path = str(tmp_path / f"koder.{ext}")
    ds = ogr.GetDriverByName(driver).CreateDataSource(map_path)
    lyr = ds.CreateLayer("Koder", geom_type=ogr.wkbNone)
    lyr.CreateField(ogr.FieldDefn("kod", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("kategori", ogr.OFTString))
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetField(0, "Egen kod 7")
    f.SetField(1, "narkotika")
    lyr.CreateFeature(f)
    ds = None
    result = run(ALG, _params(ws, path, X_FIELD="Öst", Y_FIELD="Nord", CATEGORY_FIELD="Brottstyp",
                              CATEGORY_MAP=map_path))
    assert (result["IMPORTED"], result["REJECTED"]) == (2, 1)
    assert {f["row"]: f["reason"] for f in result["REJECTS"].getFeatures()} == {4: "bad_date"}
    rows = _incidents(ws)
    assert [(r[0][:16], r[1], r[2]) for r in rows] == [("2024-06-05T00:00", "narkotika", "kommun"),
                                                      ("2024-06-10T23:59", "stold_inbrott", "polis")]
