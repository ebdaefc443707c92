"""trygghet:hotplaces: clusters of known size, time and category come back as ranked, described places."""

import os
import sys

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, os.path.dirname(__file__))
from test_alg_hotspotdensity import CancelAfterFirstProgress, make_points  # noqa: E402

# cluster centre, size, category mix, weekday (0 = Monday), hour
CLUSTERS = (
    ((340000.0, 6460000.0), 30, ["narkotika"] * 20 + ["vald"] * 10, 1, 20),  # Tuesday 20–21
    ((341000.0, 6460000.0), 20, ["klotter"] * 15 + ["skadegorelse"] * 5, 4, 22),  # Friday 22–23
    ((340500.0, 6461000.0), 12, ["ran"] * 12, 5, 2),  # Saturday 02–03
)


@pytest.fixture(scope="module")
def incidents(tmp_path_factory):
    rng = np.random.default_rng(3)
    xs, ys, cats, times = [], [], [], []
    for (cx, cy), n, mix, weekday, hour in CLUSTERS:
        xs += list(cx + rng.uniform(-15, 15, n))
        ys += list(cy + rng.uniform(-15, 15, n))
        cats += mix
        # 2024-01-01 is a Monday
        times += [f"2024-01-{1 + weekday + 7 * (i % 4):02d} {hour:02d}:{i % 60:02d}" for i in range(n)]
    # 8 scattered incidents, each alone (more than 300 m from everything)
    for k in range(8):
        xs.append(338000.0 + 400 * k)
        ys.append(6458000.0)
        cats.append("ovrigt")
        times.append("2024-02-01 12:00")
    folder = tmp_path_factory.mktemp("hotplaces")
    uri = make_points(str(folder / "inc.gpkg"), xs, ys, times=times, cats=cats)
    path = str(folder / "paths.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("paths", srs, ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, wkt in (("Storgatan", "LINESTRING (339900 6460060, 340100 6460060)"),
                      ("Fjärran vägen", "LINESTRING (345000 6465000, 345100 6465000)")):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("name", name)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    return {"uri": uri, "x": np.array(xs), "y": np.array(ys), "paths": path + "|layername=paths", "folder": folder}


def test_ranked_places_with_counts_categories_and_times(run, incidents, swedish):
    result = run("trygghet:hotplaces", {"INPUT": incidents["uri"], "PATHS": incidents["paths"], "COUNT": 6,
                                        "MIN_INCIDENTS": 5, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert result["PLACES"] == 3  # the scattered single incidents never make a place
    feats = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in feats] == [1, 2, 3]
    total = len(incidents["x"])
    for feat, ((cx, cy), n, _mix, _wd, _h) in zip(feats, CLUSTERS):
        geom = feat.geometry()
        inside = sum(geom.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                     for x, y in zip(incidents["x"], incidents["y"]))
        assert inside == n == feat["incidents"]
        assert geom.contains(QgsGeometry.fromPointXY(QgsPointXY(cx, cy)))
        assert feat["share_pct"] == pytest.approx(100.0 * n / total, abs=0.01)
    assert feats[0]["top_categories"] == "narkotika 67 %, våld 33 %"
    assert feats[1]["top_categories"] == "klotter 75 %, skadegörelse 25 %"
    assert feats[2]["top_categories"] == "rån 100 %"
    assert [f["peak_weekday"] for f in feats] == ["tisdag", "fredag", "lördag"]
    # a 4-hour window containing the single busy hour; of the tied windows the one with the smallest start hour
    assert [f["peak_hours"] for f in feats] == ["17–21", "19–23", "00–04"]
    assert feats[0]["name"] == "Storgatan"  # 60 m from the first cluster; the other path is far away
    assert feats[1]["name"] == "Plats 2" or feats[1]["name"] == "Place 2"
    # places never overlap
    geoms = [f.geometry() for f in feats]
    assert all(not geoms[i].overlaps(geoms[j]) and geoms[i].intersection(geoms[j]).area() < 1e-6
               for i in range(3) for j in range(i + 1, 3))
    # the output's style carries the Swedish aliases
    from trygghet.plugin_paths import style_path

    layer.loadNamedStyle(style_path("hotplaces"))
    assert layer.fields().field("peak_hours").alias() == "Mest utsatta timmar"
    assert layer.labelsEnabled()


def test_append_to_workspace_places(run, incidents, tmp_path):
    ws = str(tmp_path / "ws.gpkg")
    run("trygghet:createworkspace", {"OUTPUT": ws})
    run("trygghet:hotplaces", {"INPUT": incidents["uri"], "COUNT": 2, "WORKSPACE": ws})
    layer = QgsVectorLayer(ws + "|layername=places", "p", "ogr")
    feats = sorted(layer.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in feats] == [1, 2]
    assert all(len(f["uuid"]) == 36 for f in feats)
    assert feats[0].geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*CLUSTERS[0][0])))


def test_time_window_and_filter(run, incidents):
    result = run("trygghet:hotplaces", {"INPUT": incidents["uri"], "FILTER": "\"category\" <> 'narkotika'",
                                        "START": "2024-01-01T00:00:00", "END": "2024-01-13T00:00:00",
                                        "MIN_INCIDENTS": 3, "OUTPUT": "memory:"})
    feats = sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["rank"])
    # days 1–12 only (END exclusive). Cluster 1 (Tuesdays 2, 9): 'vald' is i = 20..29 with i % 4 in (0, 1) → 6;
    # cluster 2 (Fridays 5, 12): i % 4 in (0, 1) → 10; cluster 3 (Saturdays 6, 13): only day 6, i % 4 == 0 → 3
    assert [f["incidents"] for f in feats] == [10, 6, 3]


def test_bad_inputs_and_cancel(run, incidents, tmp_path):
    empty = make_points(str(tmp_path / "empty.gpkg"), [], [])
    with pytest.raises(QgsProcessingException, match="no features"):
        run("trygghet:hotplaces", {"INPUT": empty, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="filter expression is invalid"):
        run("trygghet:hotplaces", {"INPUT": incidents["uri"], "FILTER": "category ==", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="not a Trygghet workspace"):
        run("trygghet:hotplaces", {"INPUT": incidents["uri"], "WORKSPACE": incidents["uri"].split("|")[0]})
    out = str(tmp_path / "cancel.gpkg")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("trygghet:hotplaces", {"INPUT": incidents["uri"], "OUTPUT": out}, feedback=CancelAfterFirstProgress())
    assert not os.path.exists(out)
