"""trygghet:forecast through processing.run: hand-worked series per area and category, intervals, notes, errors."""

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

X0, Y0 = 340000.0, 6460000.0
PATTERN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]  # incidents per calendar month, the same every year


def write_incidents(path, rows):
    """rows: (x, y, 'YYYY-MM-DD HH:MM', category)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    lyr.StartTransaction()
    for x, y, when, cat in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({float(X0 + x)!r} {float(Y0 + y)!r})"))
        f.SetField("occurred_at", when)
        f.SetField("category", cat)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return f"{path}|layername=incidents"


def write_areas(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, x in (("Väster", 0.0), ("Öster", 1000.0)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({X0 + x} {Y0}, {X0 + x + 1000} {Y0}, {X0 + x + 1000} {Y0 + 1000}, {X0 + x} {Y0 + 1000}, "
            f"{X0 + x} {Y0}))"))
        f.SetField("name", name)
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername=areas"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forecast")
    rng = np.random.default_rng(8)
    rows = []
    for year in (2022, 2023, 2024):
        for month, n in enumerate(PATTERN, start=1):
            for k in range(n):  # Väster, klotter: exactly the pattern every year
                rows.append((100.0 + k, 200.0, f"{year}-{month:02d}-{1 + k % 27:02d} 21:30", "klotter"))
            for k in range(int(rng.poisson(6))):  # Öster, klotter: Poisson noise
                rows.append((1500.0, 300.0 + k, f"{year}-{month:02d}-{1 + k % 27:02d} 12:00", "klotter"))
    rows.append((150.0, 250.0, "2024-03-05 10:00", "brand"))  # one fire in three years: a sparse series
    rows.append((150.0, 250.0, "2024-07-05 10:00", "brand"))
    rows.append((5000.0, 5000.0, "2024-05-05 10:00", "klotter"))  # outside every area
    rows.append((150.0, 250.0, "2025-01-03 10:00", "klotter"))  # in the incomplete month after the data
    return (write_incidents(str(folder / "inc.gpkg"), rows), write_areas(str(folder / "areas.gpkg")))


def features(path):
    layer = QgsVectorLayer(path, "f", "ogr")
    assert layer.isValid()
    return [{f.name(): feat[f.name()] for f in layer.fields()} for feat in layer.getFeatures()]


def test_forecast_per_area_and_category(run, data, tmp_path):
    incidents, areas = data
    out = str(tmp_path / "f.gpkg")
    run("trygghet:forecast", {"INPUT": incidents, "AREAS": areas, "CATEGORY_FIELD": "category", "STEP": 1,
                              "HORIZON": 12, "LEVEL": 1, "OUTPUT": out})
    rows = features(out)
    # 2 areas x 2 categories x 12 months; the default end is the last complete month (2024-12)
    assert len(rows) == 48
    key = {(r["area"], r["category"], r["period"]): r for r in rows}
    assert [key[("Väster", "klotter", f"2025-{m:02d}")]["forecast"] for m in range(1, 13)] == \
        pytest.approx(PATTERN, abs=1e-6)
    exact = key[("Väster", "klotter", "2025-01")]
    assert exact["mase"] == pytest.approx(0.0, abs=1e-6) and exact["coverage"] == pytest.approx(1.0)
    assert exact["level"] == 95 and str(exact["period_start"].toString("yyyy-MM-dd")) == "2025-01-01"
    for r in rows:
        assert r["lower"] <= r["forecast"] + 1e-9 <= r["upper"] + 2e-9
        assert r["model"] in ("snaive", "ets", "poisson", "mean")
    fire = key[("Väster", "brand", "2025-01")]
    assert fire["model"] == "mean" and "mostly periods without incidents" in fire["note"]
    assert fire["forecast"] == pytest.approx(2 / 12)  # two fires in the last twelve months
    empty = key[("Öster", "brand", "2025-01")]
    assert empty["forecast"] == 0 and empty["upper"] == 0 and "no incidents" in empty["note"]
    noisy = key[("Öster", "klotter", "2025-06")]
    assert 0 < noisy["mase"] < 3 and 0 <= noisy["coverage"] <= 1
    assert noisy["upper"] - noisy["lower"] > 2  # Poisson(6) noise cannot give a narrow 95 % interval


def test_weeks_whole_layer_and_end(run, data, tmp_path):
    incidents, _ = data
    out = str(tmp_path / "w.gpkg")
    run("trygghet:forecast", {"INPUT": incidents, "STEP": 0, "END": "2024-06-30T00:00:00", "HORIZON": 4,
                              "LEVEL": 0, "OUTPUT": out})
    rows = features(out)
    assert [r["period"] for r in rows] == ["2024-W27", "2024-W28", "2024-W29", "2024-W30"]
    assert all(r["area"] is None or r["area"] == "" or str(r["area"]) == "NULL" for r in rows)
    assert all(r["level"] == 80 for r in rows)


def test_clear_errors(run, data, tmp_path):
    incidents, areas = data
    with pytest.raises(QgsProcessingException, match="before the first incident"):
        run("trygghet:forecast", {"INPUT": incidents, "END": "2010-01-01T00:00:00",
                                  "OUTPUT": str(tmp_path / "a.gpkg")})
    with pytest.raises(QgsProcessingException, match="no field"):
        run("trygghet:forecast", {"INPUT": incidents, "AREAS": areas, "AREA_NAME_FIELD": "namn",
                                  "OUTPUT": str(tmp_path / "b.gpkg")})

