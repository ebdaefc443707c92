"""The demo's Gi* as the dialog runs it: the automatic cell size's floor (a 150th of the study area's shorter side),
distance-band weights from a lattice stencil, and the memory layer equal to the GeoPackage output."""

import math

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProject, QgsVectorLayer
from shapely import wkb as shapely_wkb
from shapely.geometry import Point
from trygghet.core.hotspot import (
    Lattice,
    auto_cell_size,
    distance_band,
    hex_lattice,
    lattice_distance_band,
    square_lattice,
)


def _brute_neighbours(xy, d):
    """Every pair within d(1 + 1e-9) by an all-pairs distance matrix: {i: sorted neighbours}."""
    diff = xy[:, None, :] - xy[None, :, :]
    dist = np.sqrt((diff ** 2).sum(axis=2))
    close = dist <= d * (1 + 1e-9)
    np.fill_diagonal(close, False)
    return {i: list(np.flatnonzero(close[i])) for i in range(len(xy))}


def _as_dict(w):
    return {i: list(w.indices[w.indptr[i]:w.indptr[i + 1]]) for i in range(w.n)}


def _masked_lattice(kind, cell, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(340000.0, 340400.0, 50)
    y = rng.uniform(6457000.0, 6457300.0, 50)
    make = square_lattice if kind == "square" else hex_lattice
    lattice = make(x, y, cell, bounds=(340000.0, 6457000.0, 340400.0, 6457300.0))
    return lattice.restrict(rng.random(len(lattice)) < 0.7)


@pytest.mark.parametrize("kind", ["square", "hex"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stencil_neighbours_equal_brute_force_and_the_search(kind, seed):
    cell = (19.2, 25.0, 33.3)[seed - 1]
    lattice = _masked_lattice(kind, cell, seed)
    xy = lattice.xy
    # bands at exact lattice distances (ties), between them, and wider than the frame's shorter side
    bands = [cell, cell * math.sqrt(2), cell * math.sqrt(3), 2 * cell, 2.7 * cell, 4.1 * cell, 400.0]
    edge = (lattice.row == 0) | (lattice.col == 0) | (lattice.row == lattice.nrows - 1) | \
           (lattice.col == lattice.ncols - 1)
    assert edge.any() and (~edge).any()
    for band in bands:
        stencil = lattice_distance_band(lattice, band)
        expected = _brute_neighbours(xy, band)
        assert _as_dict(stencil) == expected, (kind, band)
        search = distance_band(xy, band)
        assert np.array_equal(stencil.indptr, search.indptr) and np.array_equal(stencil.indices, search.indices)
        assert stencil.symmetric()


def test_stencil_hexagon_neighbours_by_hand():
    """Flat-topped hexagons of height 10: the 6 touching cells at distance 10 around an even and an odd column."""
    lattice = hex_lattice([0.0, 100.0], [0.0, 100.0], 10.0)
    w = lattice_distance_band(lattice, 10.0)
    grid = lattice.index_grid()
    for r, c in ((5, 4), (5, 5)):  # even column, odd column
        i = grid[r, c]
        assert i >= 0
        got = sorted((int(lattice.row[j]), int(lattice.col[j])) for j in w.indices[w.indptr[i]:w.indptr[i + 1]])
        side = (r - 1) if c % 2 == 0 else (r + 1)
        want = sorted([(r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1), (side, c - 1), (side, c + 1)])
        assert got == want


def test_stencil_on_cells_not_in_row_order_still_equals_the_search():
    lattice = _masked_lattice("square", 20.0, 7)
    order = np.random.default_rng(7).permutation(len(lattice))
    shuffled = Lattice("square", lattice.cell_size, lattice.origin, lattice.nrows, lattice.ncols,
                       lattice.row[order], lattice.col[order], lattice.value[order])
    stencil = lattice_distance_band(shuffled, 45.0)
    assert _as_dict(stencil) == _brute_neighbours(shuffled.xy, 45.0)
    with pytest.raises(ValueError):
        lattice_distance_band(lattice, 0.0)


def test_auto_cell_size_floor_is_a_150th_of_the_shorter_side():
    rng = np.random.default_rng(4)
    # 750 incidents 2 m apart along 15 streets inside a 1500 x 750 m study area: mean nearest neighbour 2 m
    x = np.repeat(np.arange(15) * 100.0, 50) + np.tile(np.arange(50) * 2.0, 15)
    y = np.repeat(rng.uniform(0, 750, 15), 50)
    bounds = (0.0, 0.0, 1500.0, 750.0)
    plain, reason = auto_cell_size(x, y, bounds=bounds)
    assert reason == "mean_nn_distance" and plain == pytest.approx(2.0)
    size, reason = auto_cell_size(x, y, bounds=bounds, divisions=150)
    assert reason == "extent_divisions" and size == pytest.approx(750.0 / 150)
    # sparse incidents: the mean nearest-neighbour distance is above the floor and stays
    xs, ys = rng.uniform(0, 1500, 40), rng.uniform(0, 750, 40)
    sparse, reason = auto_cell_size(xs, ys, bounds=bounds, divisions=150)
    assert reason == "mean_nn_distance" and sparse == pytest.approx(auto_cell_size(xs, ys, bounds=bounds)[0])
    assert sparse > 5.0


def _areas(path):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName("areas")
    polygons = [shapely_wkb.loads(bytes(f.GetGeometryRef().ExportToWkb())) for f in layer]
    extent = layer.GetExtent()  # (xmin, xmax, ymin, ymax)
    return polygons, extent


def test_demo_default_run_uses_the_floor_and_the_cells_inside_the_areas(run, demo_workspace, log_feedback):
    """The dialog's defaults on the demo: a 150th of the areas' shorter side, and exactly the cells whose centre lies
    in one of the workspace's areas (counted here with shapely over the areas read by OGR)."""
    polygons, (xmin, xmax, ymin, ymax) = _areas(demo_workspace)
    cell = min(xmax - xmin, ymax - ymin) / 150
    feedback = log_feedback()
    out = run("trygghet:hotspotstatistics", {"INPUT": demo_workspace + "|layername=incidents",
                                             "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)["OUTPUT"]
    if isinstance(out, str):
        out = QgsProject.instance().mapLayer(out)
    log = "\n".join(feedback.lines)
    assert "Cell size chosen automatically: {:.1f} m. It is the shorter side of the study area's bounding rectangle " \
        "divided by 150".format(cell) in log
    ncols, nrows = math.ceil((xmax - xmin) / cell - 1e-9), math.ceil((ymax - ymin) / cell - 1e-9)
    inside = 0
    for r in range(nrows):
        for c in range(ncols):
            centre = Point(xmin + (c + 0.5) * cell, ymin + (r + 0.5) * cell)
            inside += any(p.covers(centre) for p in polygons)
    assert out.featureCount() == inside
    assert 20_000 < inside < 40_000  # about 1 cell per incident, not 9 (the old default gave ~208,000)
    first = next(out.getFeatures()).geometry().boundingBox()
    assert first.width() == pytest.approx(cell) and first.height() == pytest.approx(cell)


def _rows(layer):
    names = [n for n in layer.fields().names() if n != "fid"]
    out = {}
    for f in layer.getFeatures():
        box = f.geometry().boundingBox()
        key = (round(box.xMinimum(), 6), round(box.yMinimum(), 6))
        out[key] = (f.geometry().asWkt(6), tuple(f[n] for n in names))
    return names, out


@pytest.mark.parametrize("extra", [{}, {"CELL_SHAPE": 1, "PERMUTATIONS": 99, "CELL_SIZE": 150}])
def test_demo_memory_layer_equals_geopackage_feature_by_feature(run, demo_workspace, tmp_path, extra):
    params = dict(extra, INPUT=demo_workspace + "|layername=incidents")
    path = str(tmp_path / "cells.gpkg")
    run("trygghet:hotspotstatistics", dict(params, OUTPUT=path))
    gpkg = QgsVectorLayer(path, "gpkg", "ogr")
    memory = run("trygghet:hotspotstatistics", dict(params, OUTPUT="TEMPORARY_OUTPUT"))["OUTPUT"]
    if isinstance(memory, str):
        memory = QgsProject.instance().mapLayer(memory)
    assert memory.dataProvider().name() == "memory"
    names_gpkg, rows_gpkg = _rows(gpkg)
    names_memory, rows_memory = _rows(memory)
    assert names_gpkg == names_memory
    assert len(rows_gpkg) == gpkg.featureCount() == memory.featureCount() > 1000
    assert rows_gpkg == rows_memory


@pytest.mark.parametrize("share", [0.6, 0.02])
def test_lattice_kth_distance_equals_brute_force(share):
    """The automatic distance band's k-th neighbour distances by disc counts, dense and sparse (radii past 8 cells)."""
    from trygghet.core.hotspot import _lattice_kth_distance

    rng = np.random.default_rng(5)
    lattice = square_lattice(rng.uniform(0, 500, 40), rng.uniform(0, 300, 40), 10.0)
    lattice = lattice.restrict(rng.random(len(lattice)) < share)
    diff = lattice.xy[:, None, :] - lattice.xy[None, :, :]
    dist = np.sort(np.sqrt((diff ** 2).sum(axis=2)), axis=1)  # column 0 is the cell itself
    for k in (1, 3, 30):
        assert np.allclose(_lattice_kth_distance(lattice, k), dist[:, k])


@pytest.mark.parametrize("shape", [(1, 1), (4, 9), (23, 17), (6, 40)])
def test_disk_sum_equals_loops_including_discs_wider_than_the_grid(shape):
    from trygghet.core.hotspot import _disk_sum

    rng = np.random.default_rng(sum(shape))
    grid = rng.poisson(0.7, shape).astype(float)
    nr, nc = shape
    for radius in (0.5, 1.0, 1.5, 2.3, 3.2, 7.9, 25.0):
        want = np.zeros(shape)
        for r in range(nr):
            for c in range(nc):
                want[r, c] = sum(grid[rr, cc] for rr in range(nr) for cc in range(nc)
                                 if (rr - r) ** 2 + (cc - c) ** 2 <= radius * radius * (1 + 1e-9) ** 2)
        assert np.allclose(_disk_sum(grid, radius), want, rtol=0, atol=1e-9), radius
