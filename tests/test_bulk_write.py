"""Cells written in bulk (one WKB buffer; a GeoPackage filled by one SQLite statement with its spatial index
bulk-loaded) against an independent per-cell construction: every corner, every count, the same output through a
memory layer and through QGIS's own GeoPackage writer, and a spatial index SQLite and OGR accept."""

import math
import sqlite3

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

X0, Y0 = 340000.0, 6456000.0  # SWEREF 99 TM, Trollhättan
SIZE = 25.0
# an L-shaped study area: 400 x 300 m without its north-east 200 x 150 m
L_SHAPE = [(0, 0), (400, 0), (400, 150), (200, 150), (200, 300), (0, 300), (0, 0)]


def in_l(x, y):
    return 0 < x < 400 and 0 < y < 300 and not (x > 200 and y > 150)


def memory_points(xy, crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Point?crs={crs}", "pts", "memory")
    feats = []
    for x, y in xy:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def mask_layer(ring, crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "mask", "memory")
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
    layer.dataProvider().addFeatures([f])
    return layer


def l_points(seed=7, n=900):
    """Points inside the L, more of them in one corner (a hot spot)."""
    rng = np.random.default_rng(seed)
    pts = np.vstack([rng.uniform(0, 400, (n, 2)) * [1, 0.75], rng.normal([60, 60], 25, (n // 2, 2))])
    return [(x, y) for x, y in pts if in_l(x, y)]


def expected_cells(points_local):
    """Independently: the lattice over the L's bounds, row by row, cells whose centre is inside the L, with the
    number of points in each."""
    cols, rows = math.ceil(400 / SIZE), math.ceil(300 / SIZE)
    counts = {}
    for x, y in points_local:
        key = (min(int(math.floor(y / SIZE)), rows - 1), min(int(math.floor(x / SIZE)), cols - 1))
        counts[key] = counts.get(key, 0) + 1
    cells = []
    for r in range(rows):
        for c in range(cols):
            cx, cy = (c + 0.5) * SIZE, (r + 0.5) * SIZE
            if in_l(cx, cy):
                x0, y0, x1, y1 = X0 + c * SIZE, Y0 + r * SIZE, X0 + (c + 1) * SIZE, Y0 + (r + 1) * SIZE
                cells.append(([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], counts.get((r, c), 0)))
    return cells


def features(layer):
    return sorted(layer.getFeatures(), key=lambda f: f.id())


def check_against_expected(layer, cells):
    feats = features(layer)
    assert len(feats) == len(cells)
    assert [f.id() for f in feats] == list(range(feats[0].id(), feats[0].id() + len(cells)))
    for feature, (ring, count) in zip(feats, cells):
        geometry = feature.geometry()
        assert geometry.wkbType() == QgsWkbTypes.Type.Polygon
        got = [(p.x(), p.y()) for p in geometry.asPolygon()[0]]
        assert got == ring  # exact: corners are centre +- half a cell, all exactly representable here
        assert feature["value"] == count


def gi_parameters(points, mask, output, **extra):
    return dict({"INPUT": points, "STATISTIC": 0, "CELL_SHAPE": 0, "CELL_SIZE": SIZE, "NEIGHBORHOOD": 2,
                 "PERMUTATIONS": 99, "SEED": 3, "FDR": True, "MASK": mask, "OUTPUT": output}, **extra)


def attribute_rows(layer):
    names = [n for n in layer.fields().names() if n != "fid"]  # a GeoPackage shows its fid as a field
    return [[f[n] for n in names] for f in features(layer)], names


def test_gi_cells_gpkg_and_memory_equal_independent_cells(run, tmp_path):
    local = l_points()
    points = memory_points([(X0 + x, Y0 + y) for x, y in local])
    mask = mask_layer([(X0 + x, Y0 + y) for x, y in L_SHAPE])
    cells = expected_cells(local)
    path = str(tmp_path / "gi.gpkg")
    gpkg = QgsVectorLayer(run("trygghet:hotspotstatistics", gi_parameters(points, mask, path))["OUTPUT"], "g", "ogr")
    assert gpkg.isValid()
    check_against_expected(gpkg, cells)
    assert gpkg.crs().authid() == "EPSG:3006"

    memory = run("trygghet:hotspotstatistics", gi_parameters(points, mask, "TEMPORARY_OUTPUT"))["OUTPUT"]
    if isinstance(memory, str):
        memory = QgsProcessingContext().getMapLayer(memory) or QgsProject.instance().mapLayer(memory)
    assert memory.dataProvider().name() == "memory"
    check_against_expected(memory, cells)
    rows_gpkg, names = attribute_rows(gpkg)
    rows_memory, names_memory = attribute_rows(memory)
    assert names == names_memory == ["value", "z", "p", "p_sim", "bin"]
    assert rows_gpkg == rows_memory
    assert {r[4] for r in rows_gpkg} - {0} != set()  # the hot spot corner is found: not all bins are 0

    # the GeoPackage's metadata and spatial index as GDAL would leave them
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT rtreecheck('rtree_gi_geom')").fetchone()[0] == "ok"
        assert con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'gi'").fetchone()[0] \
            == len(cells)
        extent = con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'gi'"
                             ).fetchone()
        xs = [p[0] for ring, _ in cells for p in ring]
        ys = [p[1] for ring, _ in cells for p in ring]
        assert extent == (min(xs), min(ys), max(xs), max(ys))
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                              "tbl_name = 'gi'")}
        assert {"rtree_gi_geom_insert", "rtree_gi_geom_delete", "trigger_insert_feature_count_gi"} <= triggers
    finally:
        con.close()
    # spatial filters through the index give what brute force gives
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    rng = np.random.default_rng(1)
    for _ in range(20):
        qx, qy = X0 + rng.uniform(-50, 400), Y0 + rng.uniform(-50, 300)
        w, h = rng.uniform(1, 150), rng.uniform(1, 150)
        lyr.SetSpatialFilterRect(qx, qy, qx + w, qy + h)
        got = sorted(f.GetFID() for f in lyr)
        want = [i + 1 for i, (ring, _) in enumerate(cells)
                if ring[0][0] <= qx + w and ring[1][0] >= qx and ring[0][1] <= qy + h and ring[2][1] >= qy]
        assert got == want
    ds = None
    # a layer edited afterwards keeps its index in step (the index's triggers are back)
    edit = QgsVectorLayer(path, "e", "ogr")
    f = QgsFeature(edit.fields())
    f.setGeometry(QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(X0 + 1000, Y0 + 1000)).buffer(5, 4)
                                       .boundingBox()))
    assert edit.dataProvider().addFeatures([f])[0]
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM rtree_gi_geom WHERE minx > ?", (X0 + 900,)).fetchone()[0] == 1
        assert con.execute("SELECT rtreecheck('rtree_gi_geom')").fetchone()[0] == "ok"
    finally:
        con.close()


def test_bulk_gpkg_equals_qgis_feature_writer(run, tmp_path):
    """The bulk GeoPackage holds byte for byte the geometry blobs and the values QGIS's own writer stores."""
    local = l_points(seed=11)
    points = memory_points([(X0 + x, Y0 + y) for x, y in local])
    mask = mask_layer([(X0 + x, Y0 + y) for x, y in L_SHAPE])
    for shape in (0, 1):
        path = str(tmp_path / f"bulk{shape}.gpkg")
        bulk = QgsVectorLayer(run("trygghet:hotspotstatistics",
                                  gi_parameters(points, mask, path, CELL_SHAPE=shape))["OUTPUT"], "b", "ogr")
        reference = str(tmp_path / f"reference{shape}.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        writer = QgsVectorFileWriter.create(reference, bulk.fields(), QgsWkbTypes.Type.Polygon, bulk.crs(),
                                            QgsProject.instance().transformContext(), options)
        for feature in features(bulk):  # one by one, as QGIS writes
            copy = QgsFeature(bulk.fields())
            copy.setAttributes(feature.attributes())
            copy.setGeometry(QgsGeometry.fromWkt(feature.geometry().asWkt(17)))
            assert writer.addFeature(copy, QgsFeatureSink.Flag.FastInsert)
        del writer
        names = [n for n in bulk.fields().names() if n != "fid"]
        a = sqlite3.connect(path)
        b = sqlite3.connect(reference)
        try:
            cols = ", ".join(["fid", "geom"] + [f'"{n}"' for n in names])
            rows_a = a.execute(f"SELECT {cols} FROM bulk{shape} ORDER BY fid").fetchall()
            rows_b = b.execute(f"SELECT {cols} FROM reference{shape} ORDER BY fid").fetchall()
            assert len(rows_a) > 30 and rows_a == rows_b
            assert a.execute(f"SELECT * FROM rtree_bulk{shape}_geom ORDER BY id").fetchall() == \
                b.execute(f"SELECT * FROM rtree_reference{shape}_geom ORDER BY id").fetchall()
        finally:
            a.close()
            b.close()


def test_web_mercator_input_cells_in_sweref(run, tmp_path):
    """Web Mercator points are transformed to SWEREF 99 TM and counted in cells built there."""
    local = l_points(seed=5)
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"),
                                         QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    merc = []
    for x, y in local:
        p = to_mercator.transform(QgsPointXY(X0 + x, Y0 + y))
        merc.append((p.x(), p.y()))
    back = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3857"),
                                  QgsCoordinateReferenceSystem("EPSG:3006"), QgsProject.instance())
    local_back = []
    for x, y in merc:  # the points as the algorithm sees them in SWEREF 99 TM
        p = back.transform(QgsPointXY(x, y))
        local_back.append((p.x() - X0, p.y() - Y0))
    points = memory_points(merc, "EPSG:3857")
    mask = mask_layer([(X0 + x, Y0 + y) for x, y in L_SHAPE])
    path = str(tmp_path / "merc.gpkg")
    layer = QgsVectorLayer(run("trygghet:hotspotstatistics", gi_parameters(points, mask, path))["OUTPUT"], "m",
                           "ogr")
    assert layer.crs().authid() == "EPSG:3006"
    check_against_expected(layer, expected_cells(local_back))


def test_emerging_hot_spots_gpkg_equals_memory(run, tmp_path):
    """Emerging hot spots through the bulk GeoPackage path and through a memory layer: the same cells, values and
    order, and every cell a square of the chosen size."""
    rng = np.random.default_rng(4)
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=t:datetime", "pts", "memory")
    feats = []
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    for i in range(1500):
        x, y = rng.uniform(0, 600), rng.uniform(0, 600)
        if i % 3 == 0:
            x, y = 150 + rng.normal(0, 30), 150 + rng.normal(0, 30)
        day = int(rng.integers(0, 360))
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
        f.setAttributes([QDateTime(QDate(2023, 1, 1).addDays(day), QTime(12, 0))])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    params = {"INPUT": layer, "TIME_FIELD": "t", "CELL_SIZE": 50.0, "TIME_STEP": 1, "NEIGHBORHOOD_DISTANCE": 100.0}
    path = str(tmp_path / "emerging.gpkg")
    gpkg = QgsVectorLayer(run("trygghet:emerginghotspots", dict(params, OUTPUT=path))["OUTPUT"], "e", "ogr")
    memory = run("trygghet:emerginghotspots", dict(params, OUTPUT="TEMPORARY_OUTPUT"))["OUTPUT"]
    if isinstance(memory, str):
        memory = QgsProject.instance().mapLayer(memory)
    rows_gpkg, names = attribute_rows(gpkg)
    rows_memory, _ = attribute_rows(memory)
    assert len(rows_gpkg) > 30 and rows_gpkg == rows_memory
    total = 0
    for a, b in zip(features(gpkg), features(memory)):
        ring = [(p.x(), p.y()) for p in a.geometry().asPolygon()[0]]
        assert ring == [(p.x(), p.y()) for p in b.geometry().asPolygon()[0]]
        (x0, y0), (x1, _), (_, y2) = ring[0], ring[1], ring[2]
        assert x1 - x0 == pytest.approx(50.0, abs=1e-6) and y2 - y0 == pytest.approx(50.0, abs=1e-6)
        assert ring[0] == ring[-1] and len(ring) == 5
        total += a["incidents"]
    assert total == 1500  # the convex hull (widened by half a cell) keeps every incident



def test_cells_into_existing_geopackage_keep_its_other_layers(run, tmp_path):
    """Cells written as a new table of a GeoPackage that already holds a layer (as a workspace does): that layer
    is untouched, the new one equals the independent cells and its index is sound."""
    from osgeo import ogr, osr

    path = str(tmp_path / "workspace.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    other = ds.CreateLayer("incidents", srs, ogr.wkbPoint)
    local = l_points(seed=2)
    for x, y in local:
        f = ogr.Feature(other.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({float(X0 + x)!r} {float(Y0 + y)!r})"))
        other.CreateFeature(f)
    ds = None
    mask = mask_layer([(X0 + x, Y0 + y) for x, y in L_SHAPE])
    output = "ogr:dbname='{}' table=\"cells\" (geom)".format(path)
    result = run("trygghet:hotspotstatistics", gi_parameters(path + "|layername=incidents", mask, output))
    cells_layer = QgsVectorLayer(result["OUTPUT"], "cells", "ogr")
    assert cells_layer.isValid() and result["OUTPUT"].endswith("layername=cells")
    check_against_expected(cells_layer, expected_cells(local))
    incidents = QgsVectorLayer(path + "|layername=incidents", "i", "ogr")
    assert incidents.featureCount() == len(local)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT rtreecheck('rtree_cells_geom')").fetchone()[0] == "ok"
        assert con.execute("SELECT rtreecheck('rtree_incidents_geom')").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM rtree_incidents_geom").fetchone()[0] == len(local)
    finally:
        con.close()
