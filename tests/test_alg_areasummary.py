"""trygghet:areasummary against an independent computation from the raw GeoPackage (sqlite3 + shapely + math)."""

import csv
import math
import sqlite3
from collections import Counter

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely import wkb as shapely_wkb

ALG = "trygghet:areasummary"


class LogFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_after_progress=False):
        super().__init__()
        self.lines = []
        self.cancel_after_progress = cancel_after_progress
        self.reports = 0

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def setProgress(self, progress):  # noqa: N802
        self.reports += 1
        super().setProgress(progress)

    def isCanceled(self):  # noqa: N802
        return self.cancel_after_progress and self.reports > 0

    def text(self):
        return "\n".join(self.lines)


def _gpkg_geometry(blob):
    """Decode a GeoPackage geometry blob by hand (header, envelope, then WKB)."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return shapely_wkb.loads(bytes(blob[8 + envelope:]))


def _rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _binom_p(k, n, prob):
    """Two-sided exact binomial p-value by brute force (sum of outcomes no more probable than k)."""
    pmf = [math.comb(n, i) * prob ** i * (1 - prob) ** (n - i) for i in range(n + 1)]
    return min(1.0, sum(p for p in pmf if p <= pmf[k] * (1 + 1e-7)))


def _features(result_layer):
    layer = result_layer if isinstance(result_layer, QgsVectorLayer) else QgsVectorLayer(result_layer, "o", "ogr")
    names = layer.fields().names()
    return {(f["area"], f["category"]): dict(zip(names, [_py(v) for v in f.attributes()]))
            for f in layer.getFeatures()}


def _py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def test_demo_matches_independent_sql_and_shapely(run, demo_workspace, tmp_path):
    areas = {name: (_gpkg_geometry(geom), pop) for name, pop, geom in
             _rows(demo_workspace, "SELECT name, population, geom FROM areas")}
    cur0, cur1, ref0, ref1 = "2025-11-01", "2026-11-01", "2024-11-01", "2025-11-01"
    cur, ref = Counter(), Counter()
    for when, cat, geom in _rows(demo_workspace, "SELECT occurred_at, category, geom FROM incidents"):
        point = _gpkg_geometry(geom)
        area = next((n for n, (poly, _) in areas.items() if poly.contains(point)), None)
        if area is None or when is None:
            continue
        for key in ((area, cat), (area, "alla")):
            if cur0 <= when < cur1:
                cur[key] += 1
            elif ref0 <= when < ref1:
                ref[key] += 1
    out_file = str(tmp_path / "lagesbild.xlsx")
    result = run(ALG, {"INPUT": demo_workspace + "|layername=incidents", "AREAS": demo_workspace + "|layername=areas",
                       "CURRENT_START": cur0, "CURRENT_END": cur1, "REFERENCE_START": ref0, "REFERENCE_END": ref1,
                       "REFERENCE_AREAS": "Övriga Trollhättan", "OUTPUT": "TEMPORARY_OUTPUT",
                       "OUTPUT_MAP": "TEMPORARY_OUTPUT", "OUTPUT_FILE": out_file})
    rows = _features(result["OUTPUT"])
    assert len(rows) == 4 * 10

    yc = 365 / 365.25
    total_pop = sum(p for _, p in areas.values())
    muni = {cat: sum(cur[(a, cat)] for a in areas) for _, cat in cur}
    ref_pool = {cat: cur[("Övriga Trollhättan", cat)] for _, cat in cur}
    checked = 0
    for (area, cat), row in rows.items():
        pop = areas[area][1]
        assert row["n_current"] == cur[(area, cat)]
        assert row["n_reference"] == ref[(area, cat)]
        assert row["n_current_text"] == str(cur[(area, cat)])
        assert not row["suppressed"]
        assert row["rate_current"] == pytest.approx(cur[(area, cat)] / pop * 1000 / yc)
        assert row["rate_reference"] == pytest.approx(ref[(area, cat)] / pop * 1000 / yc)
        assert row["ratio_municipality"] == pytest.approx((cur[(area, cat)] / pop) / (muni[cat] / total_pop))
        assert row["ratio_reference_area"] == pytest.approx(
            (cur[(area, cat)] / pop) / (ref_pool[cat] / areas["Övriga Trollhättan"][1]))
        assert row["share_pct"] == pytest.approx(100 * cur[(area, cat)] / muni[cat])
        assert row["change_pct"] == pytest.approx(100 * (cur[(area, cat)] / ref[(area, cat)] - 1))
        if cur[(area, cat)] + ref[(area, cat)] <= 400:  # brute force stays exact in floating point
            assert row["change_p"] == pytest.approx(
                _binom_p(cur[(area, cat)], cur[(area, cat)] + ref[(area, cat)], 0.5), rel=1e-6, abs=1e-12)
            checked += 1
    assert checked >= 10
    # the map carries the 'alla' row of each area, as polygons
    map_rows = _features(result["OUTPUT_MAP"])
    assert set(map_rows) == {(a, "alla") for a in areas}
    # Excel even without a Python Excel library (GDAL writes it), read back with the standard library only:
    # Swedish headings, the published counts as text, the rates as numbers
    written = result["OUTPUT_FILE"]
    assert written == out_file
    table = _xlsx_rows(written)
    assert table[0][:3] == ["Område", "Kategori", "Antal (aktuell, visat)"]
    assert len(table) == 1 + 4 * 10
    kron = next(r for r in table if r[0] == "Kronogården" and r[1] == "alla")
    assert kron[2] == str(cur[("Kronogården", "alla")])
    rate = table[0].index("Per 1 000 inv. och år (aktuell)")
    pop = areas["Kronogården"][1]
    assert float(kron[rate]) == pytest.approx(round(cur[("Kronogården", "alla")] / pop * 1000 / yc, 2))


def _xlsx_rows(path):
    """The first sheet's cells as rows of strings, read with zipfile and ElementTree (independent of the writer)."""
    import re
    import zipfile
    from xml.etree import ElementTree

    m = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            shared = ["".join(t.text or "" for t in si.iter(m + "t"))
                      for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall(m + "si")]
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter(m + "row"):
        cells = {}
        for c in row.findall(m + "c"):
            index = 0
            for ch in re.match(r"[A-Z]+", c.get("r")).group(0):
                index = index * 26 + ord(ch) - 64
            v = c.find(m + "v")
            if c.get("t") == "s":
                cells[index - 1] = shared[int(v.text)]
            elif c.get("t") == "inlineStr":
                cells[index - 1] = "".join(t.text or "" for t in c.iter(m + "t"))
            else:
                cells[index - 1] = v.text if v is not None else ""
        rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
    return rows


def _small_workspace(path, incidents, epsg=3006, with_areas=True):
    """Three 100 m squares A, B, C (C = reference) and the given (x, y, iso time, category) incidents."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    if with_areas:
        areas = ds.CreateLayer("areas", srs, ogr.wkbMultiPolygon)
        for name, _kind, ftype in (("name", None, ogr.OFTString), ("population", None, ogr.OFTInteger),
                                  ("kind", None, ogr.OFTString)):
            areas.CreateField(ogr.FieldDefn(name, ftype))
        for i, (name, pop, kind) in enumerate((("A", 1000, "focus"), ("B", 2000, "focus"), ("C", 5000, "reference"))):
            f = ogr.Feature(areas.GetLayerDefn())
            f.SetField("name", name)
            f.SetField("population", pop)
            f.SetField("kind", kind)
            x0 = 1000 + 200 * i
            f.SetGeometry(ogr.CreateGeometryFromWkt(
                "MULTIPOLYGON((({0} 0,{1} 0,{1} 100,{0} 100,{0} 0)))".format(x0, x0 + 100)))
            areas.CreateFeature(f)
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    for x, y, when, cat in incidents:
        f = ogr.Feature(lyr.GetLayerDefn())
        if when is not None:
            f.SetField("occurred_at", when)
        f.SetField("category", cat)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        lyr.CreateFeature(f)
    ds = None
    return path


# current 2024, reference 2023; counts per (area, category, period)
SMALL = {("A", "x", 2024): 3, ("A", "y", 2024): 20, ("B", "x", 2024): 12, ("B", "y", 2024): 30,
         ("C", "x", 2024): 40, ("C", "y", 2024): 60,
         ("A", "x", 2023): 8, ("A", "y", 2023): 22, ("B", "x", 2023): 10, ("B", "y", 2023): 25,
         ("C", "x", 2023): 35, ("C", "y", 2023): 50}


def _small_incidents():
    out = []
    for (area, cat, year), n in SMALL.items():
        x0 = 1000 + 200 * "ABC".index(area)
        for i in range(n):
            out.append((x0 + 5 + i, 50, f"{year}-{1 + i % 12:02d}-10T{i % 24:02d}:00:00", cat))
    out.append((5000, 5000, "2024-05-05T10:00:00", "x"))  # outside every area
    out.append((1010, 10, None, "x"))  # no time
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return _small_workspace(str(tmp_path_factory.mktemp("small") / "small.gpkg"), _small_incidents())


def _small_params(path, **extra):
    params = {"INPUT": path + "|layername=incidents", "AREAS": path + "|layername=areas",
              "CURRENT_START": "2024-01-01", "CURRENT_END": "2025-01-01",
              "REFERENCE_START": "2023-01-01", "REFERENCE_END": "2024-01-01", "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


def test_hand_worked_rates_and_suppression(run, small, tmp_path):
    feedback = LogFeedback()
    out_csv = str(tmp_path / "small.csv")
    result = run(ALG, _small_params(small, OUTPUT_FILE=out_csv), feedback=feedback)
    rows = _features(result["OUTPUT"])
    # A/x has 3 < 5 incidents: hidden as "<5", its count and every derived value withheld
    ax = rows[("A", "x")]
    assert ax["suppressed"] and ax["n_current_text"] == "<5"
    assert ax["n_current"] is None and ax["rate_current"] is None and ax["change_p"] is None
    # secondary suppression: row A and column x each need a second hidden cell
    hidden = {key for key, r in rows.items() if r["suppressed"]}
    for area in "ABC":
        assert len({k for k in hidden if k[0] == area}) != 1
    for cat in ("x", "y", "alla"):
        assert len({k for k in hidden if k[1] == cat}) != 1
    assert result["SUPPRESSED"] == len(hidden) >= 3
    assert f"{len(hidden)} of 9 cells suppressed" in feedback.text()
    # by hand: A/y (20) is the smallest complement in row A, B/x (12) in column x, then B/y (30 < 60) in column y
    assert hidden == {("A", "x"), ("A", "y"), ("B", "x"), ("B", "y")}
    # a visible row, worked by hand: C/y 60 in 2024 (366 days) for 5,000 inhabitants, reference 50 in 2023
    cy = rows[("C", "y")]
    assert not cy["suppressed"] and cy["n_current"] == 60 and cy["n_current_text"] == "60"
    assert cy["rate_current"] == pytest.approx(60 / 5000 * 1000 / (366 / 365.25))
    assert cy["rate_reference"] == pytest.approx(50 / 5000 * 1000 / (365 / 365.25))
    assert cy["ratio_reference_area"] == pytest.approx(1.0)
    assert cy["ratio_municipality"] == pytest.approx((60 / 5000) / ((20 + 30 + 60) / 8000))
    assert cy["change_pct"] == pytest.approx(100 * ((60 / 366) / (50 / 365) - 1))
    assert cy["change_p"] == pytest.approx(_binom_p(60, 110, 366 / 731), rel=1e-6)
    assert cy["share_pct"] == pytest.approx(100 * 60 / 110)
    assert rows[("C", "alla")]["n_current"] == 100 and rows[("C", "alla")]["n_reference"] == 85
    assert "1 incidents lie outside every area" in feedback.text()
    assert "1 incidents without a valid time" in feedback.text()
    # the published file never shows a hidden count
    with open(out_csv, encoding="utf-8-sig") as fh:
        table = {(r[0], r[1]): r for r in csv.reader(fh, delimiter=";")}
    assert table[("A", "x")][2] == "<5" and table[("A", "x")][-1] == "ja"
    # '<5' only for a count below 5 (A/x: 3 in 2024); every other hidden count, whatever its size, is '..'
    assert table[("A", "x")][3] == ".."  # 8 in 2023, hidden with its row
    for key in hidden - {("A", "x")}:
        assert table[key][2] == table[key][3] == "..", key
        assert rows[key]["n_current_text"] == rows[key]["n_reference_text"] == ".."


def test_min_count_zero_turns_suppression_off(run, small):
    feedback = LogFeedback()
    rows = _features(run(ALG, _small_params(small, MIN_COUNT=0), feedback=feedback)["OUTPUT"])
    assert rows[("A", "x")]["n_current"] == 3 and not rows[("A", "x")]["suppressed"]
    assert rows[("A", "alla")]["n_current"] == 23
    assert "do not publish" in feedback.text()


def test_reference_from_kind_field_and_default_periods(run, small):
    feedback = LogFeedback()
    rows = _features(run(ALG, {"INPUT": small + "|layername=incidents", "AREAS": small + "|layername=areas",
                               "MIN_COUNT": 0, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)["OUTPUT"])
    # latest incident 2024-12-10 -> current = [2023-12-11, 2024-12-11), reference the 12 months before
    assert "2023-12-11" in feedback.text()
    assert rows[("C", "y")]["ratio_reference_area"] == pytest.approx(1.0)


def test_bad_inputs(run, small, tmp_path):
    with pytest.raises(QgsProcessingException, match="not in the areas layer"):
        run(ALG, _small_params(small, REFERENCE_AREAS="Nowhere"))
    with pytest.raises(QgsProcessingException, match="start before it ends"):
        run(ALG, _small_params(small, CURRENT_START="2025-01-01", CURRENT_END="2024-01-01"))
    empty = _small_workspace(str(tmp_path / "empty.gpkg"), [])
    with pytest.raises(QgsProcessingException, match="no incidents"):
        run(ALG, _small_params(empty))
    with pytest.raises(QgsProcessingException, match="map category"):
        run(ALG, _small_params(small, MAP_CATEGORY="nope", OUTPUT_MAP="TEMPORARY_OUTPUT"))


def test_geographic_input_is_transformed(run, small, tmp_path):
    src = osr.SpatialReference()
    src.ImportFromEPSG(3006)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tf = osr.CoordinateTransformation(src, dst)
    # same squares, shifted into Sweden, stored in WGS 84
    moved = [(x + 340000, y + 6460000, when, cat) for x, y, when, cat in _small_incidents()]
    geo = []
    for x, y, when, cat in moved:
        lon, lat, _ = tf.TransformPoint(x, y)
        geo.append((lon, lat, when, cat))
    inc = _small_workspace(str(tmp_path / "geo.gpkg"), geo, epsg=4326, with_areas=False)
    areas = _small_workspace(str(tmp_path / "areas.gpkg"), [], epsg=3006)
    ds = ogr.Open(areas, 1)
    lyr = ds.GetLayerByName("areas")
    for f in list(lyr):
        g = f.GetGeometryRef().Clone()
        shifted = ogr.CreateGeometryFromWkt(g.ExportToWkt())
        for i in range(shifted.GetGeometryCount()):
            ring = shifted.GetGeometryRef(i).GetGeometryRef(0)
            for j in range(ring.GetPointCount()):
                ring.SetPoint_2D(j, ring.GetX(j) + 340000, ring.GetY(j) + 6460000)
        f.SetGeometry(shifted)
        lyr.SetFeature(f)
    ds = None
    feedback = LogFeedback()
    rows = _features(run(ALG, _small_params(small, INPUT=inc + "|layername=incidents",
                                            AREAS=areas + "|layername=areas", MIN_COUNT=0),
                         feedback=feedback)["OUTPUT"])
    assert "geographic CRS" in feedback.text()
    assert rows[("B", "y")]["n_current"] == 30 and rows[("C", "x")]["n_reference"] == 35


def test_cancel(run, small):
    with pytest.raises(QgsProcessingException):
        run(ALG, _small_params(small), feedback=LogFeedback(cancel_after_progress=True))
