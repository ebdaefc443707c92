import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Point, Polygon
from trygghet.core.geometry import points_in_polygons, polygon_rings_from_shapely


def _star(rng, cx, cy, r, n):
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    rad = r * rng.uniform(0.4, 1.0, n)
    return np.c_[cx + rad * np.cos(ang), cy + rad * np.sin(ang)]


def test_square_with_hole_by_hand():
    outer = np.array([[0, 0], [10, 0], [10, 10], [0, 10]], float)
    hole = np.array([[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]], float)  # closed ring works too
    x = np.array([1, 5, 9.9, 11, -1, 5, np.nan])
    y = np.array([1, 5, 5, 5, 5, 11, 5])
    assert points_in_polygons(x, y, [[outer, hole]]).tolist() == [0, -1, 0, -1, -1, -1, -1]


def test_first_polygon_wins_and_polygon_ids():
    a = [np.array([[0, 0], [4, 0], [4, 4], [0, 4]], float)]
    b = [np.array([[2, 2], [6, 2], [6, 6], [2, 6]], float)]
    c = [np.array([[10, 10], [12, 10], [12, 12]], float)]
    x, y = np.array([1, 3, 5, 11.5, 20]), np.array([1, 3, 5, 10.5, 20])
    assert points_in_polygons(x, y, [a, b, c]).tolist() == [0, 0, 1, 2, -1]
    assert points_in_polygons(x, y, [b, a, c]).tolist() == [1, 0, 0, 2, -1]
    # a multipolygon: entries 0 and 2 are the same area 7
    assert points_in_polygons(x, y, [a, b, c], polygon_ids=[7, 8, 7]).tolist() == [7, 7, 8, 7, -1]
    with pytest.raises(ValueError):
        points_in_polygons(x, y, [a, b], polygon_ids=[1])


def test_random_polygons_against_shapely():
    rng = np.random.default_rng(11)
    polys, shp = [], []
    for _ in range(12):
        outer = _star(rng, rng.uniform(0, 100), rng.uniform(0, 100), rng.uniform(10, 30), 40)
        cx, cy = outer.mean(axis=0)
        hole = _star(rng, cx, cy, 3, 8)
        s = Polygon(outer, [hole])
        if not s.is_valid:
            s = Polygon(outer)
            polys.append([outer])
        else:
            polys.append([outer, hole])
        shp.append(s)
    x, y = rng.uniform(-20, 130, 6000), rng.uniform(-20, 130, 6000)
    got = points_in_polygons(x, y, polys)
    checked = 0
    for i in range(x.size):
        p = Point(x[i], y[i])
        if any(s.boundary.distance(p) < 1e-7 for s in shp):
            continue
        want = next((k for k, s in enumerate(shp) if s.contains(p)), -1)
        assert got[i] == want, i
        checked += 1
    assert checked > 5900
    assert (got >= 0).sum() > 1000  # the comparison covers many inside points


def test_from_shapely_multipolygon():
    mp = MultiPolygon([Polygon([(0, 0), (1, 0), (1, 1)]), Polygon([(5, 5), (7, 5), (7, 7), (5, 7)],
                                                                   [[(5.5, 5.5), (6, 5.5), (6, 6)]])])
    parts = polygon_rings_from_shapely(mp)
    assert len(parts) == 2 and len(parts[1]) == 2
    got = points_in_polygons([0.9, 6.5, 5.9, 3], [0.1, 6.5, 5.6, 3], parts, polygon_ids=[0, 0])
    assert got.tolist() == [0, 0, -1, -1]
