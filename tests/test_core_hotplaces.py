import numpy as np
import pytest
from shapely import wkt as shapely_wkt
from shapely.geometry import Point
from trygghet.core.errors import Cancelled
from trygghet.core.hotplaces import best_hour_window, find_hot_places, points_in_polygon

CELL = 10.0
SIZE = 200  # 200 x 200 cells of 10 m: a 2 km square with its north-west corner at (0, 2000)
GT = (0.0, CELL, 0.0, 2000.0, 0.0, -CELL)
SIGMA = 40.0


def gaussian_grid(bumps, sigma=SIGMA):
    """Density on cell centres: sum of amplitude * exp(-d^2 / 2 sigma^2), written as an explicit sum."""
    xs = GT[0] + (np.arange(SIZE) + 0.5) * CELL
    ys = GT[3] - (np.arange(SIZE) + 0.5) * CELL  # row 0 is north
    gx, gy = np.meshgrid(xs, ys)
    grid = np.zeros((SIZE, SIZE))
    for bx, by, amp in bumps:
        grid += amp * np.exp(-((gx - bx) ** 2 + (gy - by) ** 2) / (2 * sigma**2))
    return grid


def planted(rng, bumps, per_amp=100, background=300):
    xs, ys = [], []
    for bx, by, amp in bumps:
        k = int(per_amp * amp)
        xs.append(rng.normal(bx, SIGMA, k))
        ys.append(rng.normal(by, SIGMA, k))
    xs.append(rng.uniform(0, 2000, background))
    ys.append(rng.uniform(0, 2000, background))
    return np.concatenate(xs), np.concatenate(ys)


BUMPS = [(1200.0, 900.0, 2.0), (300.0, 300.0, 3.0), (700.0, 1500.0, 1.0)]


@pytest.fixture(scope="module")
def scene():
    rng = np.random.default_rng(7)
    x, y = planted(rng, BUMPS)
    cats = rng.choice(np.array(["narkotika", "vald", "klotter", "rån"]), size=x.size, p=[0.4, 0.3, 0.2, 0.1])
    base = np.datetime64("2024-03-04T00:00")  # a Monday
    days = rng.integers(0, 56, x.size)
    hours = rng.integers(0, 24, x.size)
    times = base + days.astype("timedelta64[D]") + hours.astype("timedelta64[h]")
    grid = gaussian_grid(BUMPS)
    places = find_hot_places(grid, GT, x, y, cats, times, n=6, min_separation=200.0, radius=75.0, min_incidents=5)
    return x, y, cats, times, places


def test_clusters_found_in_order_of_strength(scene):
    *_, places = scene
    assert list(places["rank"][:3]) == [1, 2, 3]
    expected = [(300.0, 300.0), (1200.0, 900.0), (700.0, 1500.0)]  # amplitudes 3 > 2 > 1
    for (ex, ey), (_, row) in zip(expected, places.iloc[:3].iterrows()):
        assert np.hypot(row.peak_x - ex, row.peak_y - ey) <= CELL
    assert places["peak_value"].is_monotonic_decreasing


def test_separation_and_no_overlap(scene):
    *_, places = scene
    assert len(places) >= 3
    geoms = [shapely_wkt.loads(w) for w in places["wkt"]]
    for i in range(len(places)):
        for j in range(i + 1, len(places)):
            d = np.hypot(places.peak_x[i] - places.peak_x[j], places.peak_y[i] - places.peak_y[j])
            assert d >= 200.0
            assert geoms[i].intersection(geoms[j]).area < 1e-6
    for g, (_, row) in zip(geoms, places.iterrows()):
        assert g.geom_type == "Polygon" and g.is_valid
        # padded to at least the radius, clipped to max_radius (= min_separation by default)
        assert g.buffer(1e-6).contains(Point(row.peak_x, row.peak_y).buffer(74.0))
        assert Point(row.peak_x, row.peak_y).buffer(200.0 + 1e-6).contains(g)


def test_counts_shares_and_categories_brute_force(scene):
    x, y, cats, times, places = scene
    for _, row in places.iterrows():
        g = shapely_wkt.loads(row.wkt)
        inside = [i for i in range(x.size) if g.contains(Point(x[i], y[i]))]
        assert row.incidents == len(inside)
        assert row.share_pct == pytest.approx(100.0 * len(inside) / x.size)
        tally = {}
        for i in inside:
            tally[cats[i]] = tally.get(cats[i], 0) + 1
        best = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        assert [c for c, _ in row.top_categories] == [c for c, _ in best]
        assert [p for _, p in row.top_categories] == pytest.approx([100.0 * k / len(inside) for _, k in best])


def test_peak_hours_and_weekday_of_planted_evening_cluster():
    rng = np.random.default_rng(3)
    x, y = planted(rng, [(1000.0, 1000.0, 1.0)], per_amp=120, background=0)
    friday = np.datetime64("2024-05-03T00:00")  # a Friday
    # 100 incidents on Fridays between 19:00 and 22:59, 20 spread over other days and morning hours
    hours = np.concatenate((rng.integers(19, 23, 100), rng.integers(6, 12, 20)))
    days = np.concatenate((7 * rng.integers(0, 8, 100), 7 * rng.integers(0, 8, 20) + rng.integers(1, 3, 20)))
    times = friday + days.astype("timedelta64[D]") + hours.astype("timedelta64[h]")
    places = find_hot_places(gaussian_grid([(1000.0, 1000.0, 1.0)]), GT, x, y, None, times, n=3)
    assert len(places) == 1
    row = places.iloc[0]
    g = shapely_wkt.loads(row.wkt)
    inside = np.array([g.contains(Point(a, b)) for a, b in zip(x, y)])
    assert row.peak_hours == (19, 23)
    assert row.peak_weekday == 4
    in_window = ((hours >= 19) & (hours < 23))[inside].sum()
    assert row.peak_hours_share_pct == pytest.approx(100.0 * in_window / inside.sum())
    assert row.top_categories == []


def test_close_bumps_respect_separation_and_min_incidents():
    rng = np.random.default_rng(11)
    bumps = [(1000.0, 1000.0, 2.0), (1150.0, 1000.0, 1.5), (400.0, 400.0, 1.0)]
    x, y = planted(rng, bumps[:2], background=0)  # no points at all near the third bump
    grid = gaussian_grid(bumps)
    places = find_hot_places(grid, GT, x, y, n=6, min_separation=200.0, min_incidents=5)
    # the second bump is 150 m from the first: suppressed; the third has no incidents: rejected
    assert len(places) == 1
    assert np.hypot(places.peak_x[0] - 1000.0, places.peak_y[0] - 1000.0) <= CELL
    places = find_hot_places(grid, GT, x, y, n=6, min_separation=100.0, min_incidents=5)
    assert len(places) == 2
    assert np.hypot(places.peak_x[1] - 1150.0, places.peak_y[1] - 1000.0) <= 2 * CELL
    a, b = (shapely_wkt.loads(w) for w in places["wkt"])
    assert a.intersection(b).area < 1e-6
    # every point is counted at most once
    assert places["incidents"].sum() <= x.size


def test_place_is_the_half_peak_patch_clipped_to_max_radius():
    rng = np.random.default_rng(2)
    grid = gaussian_grid([(1000.0, 1000.0, 1.0)], sigma=100.0)
    x, y = rng.normal(1000.0, 100.0, 300), rng.normal(1000.0, 100.0, 300)
    # no padding, no clipping: the place is exactly the cells >= half the peak (one connected blob)
    p = find_hot_places(grid, GT, x, y, n=1, radius=0.0, max_radius=1000.0)
    assert p.area_m2[0] == pytest.approx(CELL * CELL * np.count_nonzero(grid >= 0.5 * grid.max()))
    # at 30 %: more cells
    p30 = find_hot_places(grid, GT, x, y, n=1, radius=0.0, max_radius=1000.0, fraction=0.3)
    assert p30.area_m2[0] == pytest.approx(CELL * CELL * np.count_nonzero(grid >= 0.3 * grid.max()))
    # clipped to a 100 m disc (the half-peak blob has radius sigma*sqrt(2 ln 2) = 117.7 m)
    pc = find_hot_places(grid, GT, x, y, n=1, radius=0.0, max_radius=100.0)
    assert pc.area_m2[0] == pytest.approx(np.pi * 100.0**2, rel=0.01)
    # padded to a 150 m disc when the blob is smaller
    pp = find_hot_places(grid, GT, x, y, n=1, radius=150.0, max_radius=100.0)
    assert pp.area_m2[0] == pytest.approx(np.pi * 150.0**2, rel=0.01)


def test_points_off_the_grid_still_count():
    # a bump on the southern edge; all 8 incidents lie just south of the grid but inside the 75 m disc
    grid = gaussian_grid([(1000.0, 5.0, 1.0)])
    x = np.linspace(960.0, 1040.0, 8)
    y = np.full(8, -20.0)
    p = find_hot_places(grid, GT, x, y, n=1, min_incidents=8)
    assert len(p) == 1 and p.incidents[0] == 8
    assert len(find_hot_places(grid, GT, x, y, n=1, min_incidents=9)) == 0


def test_best_hour_window_wraps_midnight():
    # counts: 22h x3, 23h x2, 0h x2, 1h x1, 12h x4 -> window 22..02 holds 8 > any window with 12h (4)
    hours = [22, 22, 22, 23, 23, 0, 0, 1, 12, 12, 12, 12]
    window, count = best_hour_window(hours, 4)
    assert window == (22, 2) and count == 8
    assert best_hour_window([], 4) == (None, 0)


def test_points_in_polygon_matches_contains():
    rng = np.random.default_rng(5)
    poly = Point(0, 0).buffer(10.0).difference(Point(3, 0).buffer(3.0))
    x, y = rng.uniform(-15, 15, 400), rng.uniform(-15, 15, 400)
    got = points_in_polygon(poly, x, y)
    assert got.tolist() == [poly.contains(Point(a, b)) for a, b in zip(x, y)]
    assert 0 < got.sum() < 400


def test_cancel_and_bad_input():
    grid = gaussian_grid(BUMPS[:1])
    x, y = np.array([1200.0] * 10), np.array([900.0] * 10)
    with pytest.raises(Cancelled):
        find_hot_places(grid, GT, x, y, progress=lambda f: False)
    with pytest.raises(ValueError):
        find_hot_places(grid[0], GT, x, y)
    with pytest.raises(ValueError):
        find_hot_places(grid, (0, 10, 1, 2000, 0, -10), x, y)
    with pytest.raises(ValueError):
        find_hot_places(grid, GT, x, y[:3])
    assert len(find_hot_places(np.zeros((5, 5)), GT, x, y)) == 0


def test_date_only_and_minute_times_mixed_are_all_read():
    # five incidents at one peak: Wednesday 5 June 00:00 and 12:00, and three date-only Mondays (10, 17, 24 June);
    # were the date-only strings lost (pandas 2 fixing the format from the first one), Wednesday would win
    x = np.full(5, 1000.0)
    y = np.full(5, 1000.0)
    times = ["2024-06-05 00:00", "2024-06-10", "2024-06-17", "2024-06-24", "2024-06-05 12:00"]
    places = find_hot_places(gaussian_grid([(1000.0, 1000.0, 1.0)]), GT, x, y, None, times, n=1, min_incidents=5)
    assert len(places) == 1
    assert places.peak_weekday[0] == 0
    assert places.peak_hours_share_pct[0] == pytest.approx(80.0)  # four of five at midnight
