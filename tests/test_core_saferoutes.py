import numpy as np
import pytest
from shapely.geometry import LineString, Point
from trygghet.core.errors import Cancelled
from trygghet.core.saferoutes import (
    SEGMENT_COLUMNS,
    longest_gaps,
    score_segments,
    segment_paths,
    summarise_paths,
)
from trygghet.core.spatialindex import GridIndex, SegmentIndex, nearest_segment, points_near_segments

STRAIGHT = np.array([[0.0, 0.0], [100.0, 0.0]])


# ---------------------------------------------------------------- spatial index against brute force

@pytest.mark.parametrize("cell", [3.0, 40.0, None, 5000.0])
def test_grid_within_and_nearest_match_brute_force(cell):
    rng = np.random.default_rng(7)
    x, y = rng.uniform(0, 600, 300), rng.uniform(0, 300, 300)
    qx, qy = rng.uniform(-200, 800, 250), rng.uniform(-200, 500, 250)
    g = GridIndex(x, y, cell)
    q, p = g.within(qx, qy, 35.0)
    pairs = set()
    for i in range(qx.size):
        for j in range(x.size):
            if (qx[i] - x[j]) ** 2 + (qy[i] - y[j]) ** 2 <= 35.0 ** 2:
                pairs.add((i, j))
    assert set(zip(q.tolist(), p.tolist())) == pairs and len(q) == len(pairs)
    for md in (np.inf, 25.0):
        idx, dist = g.nearest(qx, qy, md)
        for i in range(qx.size):
            d = [np.sqrt((qx[i] - x[j]) ** 2 + (qy[i] - y[j]) ** 2) for j in range(x.size)]
            j = int(np.argmin(d))
            if d[j] <= md:
                assert idx[i] == j and dist[i] == pytest.approx(d[j])
            else:
                assert idx[i] == -1 and np.isinf(dist[i])


def test_grid_empty_and_per_query_radius():
    g = GridIndex([], [], 10.0)
    assert g.within([0.0], [0.0], 5.0)[0].size == 0
    assert g.nearest([0.0], [0.0])[0][0] == -1
    g = GridIndex([0.0, 10.0], [0.0, 0.0], 1.0)
    q, p = g.within([0.0, 0.0], [0.0, 0.0], [1.0, 10.0])
    assert list(zip(q.tolist(), p.tolist())) == [(0, 0), (1, 0), (1, 1)]


def test_nearest_segment_and_points_near_segments_match_shapely():
    rng = np.random.default_rng(3)
    x0, y0 = rng.uniform(0, 500, 60), rng.uniform(0, 500, 60)
    ang, ln = rng.uniform(0, 2 * np.pi, 60), rng.exponential(120, 60)
    x1, y1 = x0 + ln * np.cos(ang), y0 + ln * np.sin(ang)
    qx, qy = rng.uniform(-50, 550, 200), rng.uniform(-50, 550, 200)
    lines = [LineString([(x0[k], y0[k]), (x1[k], y1[k])]) for k in range(60)]
    dist = np.array([[lines[k].distance(Point(qx[i], qy[i])) for k in range(60)] for i in range(200)])
    idx, d, t = nearest_segment(qx, qy, x0, y0, x1, y1, max_distance=30.0)
    for i in range(200):
        if dist[i].min() <= 30.0:
            assert d[i] == pytest.approx(dist[i].min())
            k = idx[i]
            assert dist[i, k] == pytest.approx(dist[i].min())
            # t is the position of the closest point: project with shapely
            assert t[i] * lines[k].length == pytest.approx(lines[k].project(Point(qx[i], qy[i])), abs=1e-6)
        else:
            assert idx[i] == -1
    idx, d, _ = SegmentIndex(x0, y0, x1, y1).nearest(qx, qy)
    assert np.allclose(d, dist.min(axis=1))
    s, p, dd = points_near_segments(qx, qy, x0, y0, x1, y1, 20.0)
    expected = {(k, i) for i in range(200) for k in range(60) if dist[i, k] <= 20.0}
    assert set(zip(s.tolist(), p.tolist())) == expected and len(s) == len(expected)
    assert np.allclose(dd, dist[p, s])


# ---------------------------------------------------------------- segmentation

@pytest.mark.parametrize("total, expected", [
    (100.0, [25, 25, 25, 25]),
    (110.0, [25, 25, 25, 35]),  # 10 m rest < 12.5: merged into the last piece
    (115.0, [25, 25, 25, 25, 15]),  # 15 m rest >= 12.5: its own piece
    (10.0, [10]),  # shorter than one piece
])
def test_segment_lengths(total, expected):
    s = segment_paths([np.array([[0.0, 0.0], [total, 0.0]])], 25.0)
    assert np.allclose(s.length_m, expected)
    assert np.allclose(s.start_m, np.concatenate([[0], np.cumsum(expected)[:-1]]))


def test_segment_vertices_follow_the_corner():
    # an L: 30 m east then 30 m north; the 25..50 piece must keep the corner vertex (30, 0)
    s = segment_paths([np.array([[0, 0], [30, 0], [30, 30]])], 25.0, names=["L"], lit=[None])
    assert len(s) == 2 and np.allclose(s.length_m, [25, 35])
    assert np.allclose(s.vertices(0), [[0, 0], [25, 0]])
    assert np.allclose(s.vertices(1), [[25, 0], [30, 0], [30, 30]])
    assert np.allclose([s.mid_x[1], s.mid_y[1]], [30, 12.5])  # measure 42.5 lies 12.5 m up the second leg
    # degenerate paths are skipped; repeated vertices are ignored
    s = segment_paths([np.array([[0, 0], [0, 0]]), np.array([[0, 0], [0, 0], [50, 0]])], 25.0)
    assert s.path_index.tolist() == [1, 1]


# ---------------------------------------------------------------- lighting

def _lamps(*xy, ok=None):
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    return (xy[:, 0], xy[:, 1], ok)


def test_lighting_gap_between_two_lamps_by_hand():
    # lamps at both ends, reach 30: lit 0..30 and 70..100, so one 40 m dark stretch (30..70);
    # the broken lamp in the middle does not count.
    s = segment_paths([STRAIGHT], 25.0, names=["Stråket"], lit=[True])
    lamps = _lamps([0, 0], [100, 0], [50, 0], ok=[True, True, False])
    df = score_segments(s, lamps, None, None, lamp_reach=30.0, gap_threshold=50.0)
    assert list(df.columns) == SEGMENT_COLUMNS
    assert np.allclose(df["unlit_m"], [0, 20, 20, 0])
    assert not df["lit_gap"].any()  # 40 m < 50 m
    assert np.allclose(df["lamp_distance_m"], [12.5, 37.5, 37.5, 12.5])
    df = score_segments(s, lamps, None, None, lamp_reach=30.0, gap_threshold=40.0)
    assert df["lit_gap"].tolist() == [False, True, True, False]
    gaps = longest_gaps(s, lamps, lamp_reach=30.0, gap_threshold=40.0)
    assert len(gaps) == 1 and gaps.loc[0, "start_m"] == pytest.approx(30) and gaps.loc[0, "end_m"] == pytest.approx(70)
    assert bool(gaps.loc[0, "is_gap"])


def test_lighting_off_path_lamp_by_hand():
    # a lamp 18 m beside the path at x=50 lights a chord of half-length sqrt(30^2 - 18^2) = 24 m: 26..74.
    # with the lamp at the start (0..30) the dark stretch is 74..100 = 26 m.
    s = segment_paths([STRAIGHT], 25.0)
    lamps = _lamps([0, 0], [50, 18])
    df = score_segments(s, lamps, None, None, lamp_reach=30.0)
    assert np.allclose(df["unlit_m"], [0, 0, 1, 25])
    gaps = longest_gaps(s, lamps, lamp_reach=30.0)
    assert len(gaps) == 1 and gaps.loc[0, "length_m"] == pytest.approx(26.0)


def test_lighting_without_lamp_data_uses_lit_attribute():
    paths = [STRAIGHT, STRAIGHT + [0, 500], STRAIGHT + [0, 1000]]
    s = segment_paths(paths, 25.0, names=["a", "b", "c"], lit=[True, False, None])
    df = score_segments(s, None, None, None, gap_threshold=50.0)
    assert np.allclose(df["unlit_m"][:8], [0, 0, 0, 0, 25, 25, 25, 25])
    assert df["unlit_m"][8:].isna().all()
    assert df["lit_gap"].tolist() == [False] * 4 + [True] * 4 + [False] * 4
    assert df["lamp_distance_m"].isna().all()
    # lamp data present but none working: everything dark, distance infinite
    df = score_segments(s, _lamps([0, 0], ok=[False]), None, None)
    assert np.allclose(df["unlit_m"], 25) and np.isinf(df["lamp_distance_m"]).all()


@pytest.mark.parametrize("reach, n_lamps", [(20.0, 25), (4.0, 120)])
def test_unlit_matches_fine_sampling_on_random_paths(reach, n_lamps):
    # unlit_m is every dark metre of the segment, however many separate dark stretches it has
    rng = np.random.default_rng(11)
    paths = []
    for _ in range(6):
        steps = rng.uniform(10, 60, 4)
        ang = np.cumsum(rng.normal(0, 0.8, 4))
        pts = np.vstack([[0, 0], np.column_stack([np.cumsum(steps * np.cos(ang)), np.cumsum(steps * np.sin(ang))])])
        paths.append(pts + rng.uniform(0, 200, 2))
    if n_lamps > 25:  # lamps scattered close to the paths: many short lit and dark stretches in one segment
        s0 = segment_paths(paths, 1.0)
        pick = rng.choice(len(s0), n_lamps, replace=False)
        lx, ly = s0.mid_x[pick] + rng.normal(0, 2, n_lamps), s0.mid_y[pick] + rng.normal(0, 2, n_lamps)
    else:
        lx, ly = rng.uniform(-20, 320, n_lamps), rng.uniform(-20, 320, n_lamps)
    s = segment_paths(paths, 25.0)
    df = score_segments(s, (lx, ly, None), None, None, lamp_reach=reach)
    step = 0.01
    several = 0
    for i in range(len(s)):
        line = LineString(s.vertices(i))
        m = np.arange(step / 2, line.length, step)
        pts = [line.interpolate(v) for v in m]
        dark = np.array([min(np.hypot(lx - p.x, ly - p.y)) > reach for p in pts])
        runs = int(dark[0]) + int(np.sum(dark[1:] & ~dark[:-1])) if dark.size else 0
        several += runs >= 2
        assert df.loc[i, "unlit_m"] == pytest.approx(dark.sum() * step, abs=(runs + 1) * 2 * step)
    if n_lamps > 25:
        assert several >= 10


def test_unlit_sums_two_dark_stretches_of_one_segment_by_hand():
    # one 25 m path, one lamp 28 m beside its middle: lit where the 30 m circle cuts the path, a chord of
    # half-length sqrt(30^2 - 28^2) = sqrt(116); dark at both ends, 12.5 - sqrt(116) m each
    s = segment_paths([np.array([[0.0, 0.0], [25.0, 0.0]])], 25.0)
    df = score_segments(s, _lamps([12.5, 28]), None, None, lamp_reach=30.0)
    assert len(df) == 1
    assert df.loc[0, "unlit_m"] == pytest.approx(2 * (12.5 - np.sqrt(116.0)))
    assert round(df.loc[0, "unlit_m"], 3) == 3.459
    # three separate gaps in one 100 m segment: lamps at x = 20 and 60, reach 10 → lit 10..30 and 50..70
    s = segment_paths([STRAIGHT], 100.0)
    df = score_segments(s, _lamps([20, 0], [60, 0]), None, None, lamp_reach=10.0, gap_threshold=25.0)
    assert len(df) == 1 and df.loc[0, "unlit_m"] == pytest.approx(10 + 20 + 30)
    assert bool(df.loc[0, "lit_gap"])  # the 30 m stretch 70..100 is a gap
    gaps = longest_gaps(s, _lamps([20, 0], [60, 0]), lamp_reach=10.0, gap_threshold=25.0)
    assert gaps["length_m"].tolist() == pytest.approx([30, 20, 10])


def test_segments_end_at_junctions():
    # a 100 m path met at 40 m: stretches 0..40 (25 + 15) and 40..100 (25 + 35, the 10 m rest merged)
    s = segment_paths([STRAIGHT], 25.0, junctions=[[40.0]])
    assert np.allclose(s.start_m, [0, 25, 40, 65]) and np.allclose(s.end_m, [25, 40, 65, 100])
    # junctions at a cut, at the ends or repeated change nothing else
    s = segment_paths([STRAIGHT], 25.0, junctions=[[0.0, 50.0, 50.0, 100.0]])
    assert np.allclose(s.start_m, [0, 25, 50, 75])
    # a junction 3 m from the end leaves a 3 m piece: no segment spans the junction
    s = segment_paths([STRAIGHT], 25.0, junctions=[[97.0]])
    assert np.allclose(s.end_m, [25, 50, 75, 97, 100])
    with pytest.raises(ValueError):
        segment_paths([STRAIGHT], 25.0, junctions=[[1.0], [2.0]])


# ---------------------------------------------------------------- incidents, findings, index

def test_incidents_per_100m_year_by_hand():
    s = segment_paths([STRAIGHT], 25.0)
    ix = np.array([12.0, 25.0, 60.0, 110.0])
    iy = np.array([5.0, -8.0, 11.0, 0.0])
    # buffer 10: (12,5) -> seg 0 only; (25,-8) -> segs 0 and 1; (60,11) -> none; (110,0) -> seg 3 (exactly 10 m)
    df = score_segments(s, None, (ix, iy), None, buffer=10.0, years=2.0)
    counts = np.array([2, 1, 0, 1])
    assert np.allclose(df["incidents_per_100m_year"], counts / 25.0 * 100.0 / 2.0)
    w = np.array([1.0, 3.0, 5.0, 0.5])
    df = score_segments(s, None, {"x": ix, "y": iy, "weight": w}, None, buffer=10.0, years=1.0)
    assert np.allclose(df["incidents_per_100m_year"], np.array([4.0, 3.0, 0.0, 0.5]) * 4.0)


def test_incidents_and_findings_match_shapely_buffers():
    rng = np.random.default_rng(5)
    paths = [np.array([[0, 0], [80, 10], [120, 90]]), np.array([[0, 100], [150, 100]])]
    s = segment_paths(paths, 25.0)
    ix, iy = rng.uniform(-60, 200, 400), rng.uniform(-60, 160, 400)
    fx, fy, sev = rng.uniform(-60, 200, 40), rng.uniform(-60, 160, 40), rng.integers(1, 4, 40)
    cw = rng.uniform(0.5, 2, 40)
    df = score_segments(s, None, (ix, iy), (fx, fy, sev, cw), buffer=30.0, years=3.0)
    for i in range(len(s)):
        line = LineString(s.vertices(i))
        n = sum(line.distance(Point(a, b)) <= 30.0 for a, b in zip(ix, iy))
        f = sum(sv * c for a, b, sv, c in zip(fx, fy, sev, cw) if line.distance(Point(a, b)) <= 30.0)
        assert df.loc[i, "incidents_per_100m_year"] == pytest.approx(n / line.length * 100 / 3.0)
        assert df.loc[i, "findings_score"] == pytest.approx(f)


def test_index_on_a_tiny_case_by_hand():
    # 50 m path, two 25 m segments; lamp at the start (reach 30): segment 1 is dark for 30..50 = 20 m -> 0.8.
    # one incident at (40, 0), buffer 5, one year: segment 1 has 1 / 25 m = 4 per 100 m -> 4 / 10 = 0.4.
    # one severity-3 finding at (10, 0): segment 0 scores 3 -> 3 / 6 = 0.5.
    s = segment_paths([np.array([[0.0, 0.0], [50.0, 0.0]])], 25.0)
    lamps = _lamps([0, 0])
    inc = (np.array([40.0]), np.array([0.0]))
    fnd = (np.array([10.0]), np.array([0.0]), np.array([3]))
    df = score_segments(s, lamps, inc, fnd, lamp_reach=30.0, buffer=5.0)
    # without density the other weights are renormalised by 0.9
    assert df.loc[0, "index"] == pytest.approx(100 * (1 - 0.2 * 0.5 / 0.9))
    assert df.loc[1, "index"] == pytest.approx(100 * (1 - (0.35 * 0.8 + 0.35 * 0.4) / 0.9))
    assert df["worst_factor"].tolist() == ["findings", "lighting"]
    df = score_segments(s, lamps, inc, fnd, lamp_reach=30.0, buffer=5.0, density=[0.0, 10.0], density_cap=10.0)
    assert np.allclose(df["index"], [90.0, 48.0])
    # nothing wrong anywhere -> 100 and "none"
    df = score_segments(s, _lamps([0, 0], [50, 0]), None, None, lamp_reach=30.0)
    assert np.allclose(df["index"], 100.0) and df["worst_factor"].tolist() == ["none", "none"]


def test_bad_input_and_cancel():
    s = segment_paths([STRAIGHT], 25.0)
    with pytest.raises(ValueError):
        score_segments(s, None, None, (np.array([1.0]), np.array([1.0]), np.array([4])))
    with pytest.raises(ValueError):
        score_segments(s, None, None, None, years=0)
    with pytest.raises(ValueError):
        score_segments(s, None, None, None, weights={"lighting": 1.0, "noise": 1.0})
    with pytest.raises(ValueError):
        segment_paths([STRAIGHT], 0)
    with pytest.raises(Cancelled):
        score_segments(s, None, None, None, progress=lambda f: f < 0.5)
    seen = []
    score_segments(s, None, None, None, progress=lambda f: seen.append(f) or True)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_summarise_paths():
    # two 100 m pieces named "Ån" and a 50 m unnamed path; lamps only at x=0 of the first piece
    paths = [STRAIGHT, STRAIGHT + [100, 0], np.array([[0.0, 500.0], [50.0, 500.0]])]
    s = segment_paths(paths, 25.0, names=["Ån", "Ån", None], lit=[None, None, None])
    lamps = _lamps([0, 0])
    inc = (np.array([60.0]), np.array([0.0]))
    df = score_segments(s, lamps, inc, None, lamp_reach=30.0, buffer=5.0, gap_threshold=50.0)
    out = summarise_paths(df, longest_gaps(s, lamps, lamp_reach=30.0, gap_threshold=50.0))
    an = out[out["path_name"] == "Ån"].iloc[0]
    assert an["length_m"] == pytest.approx(200) and an["n_segments"] == 8
    idx = df["index"].to_numpy()
    assert an["mean_index"] == pytest.approx(idx[:8].mean())  # equal lengths: plain mean
    assert an["worst_index"] == pytest.approx(idx[:8].min())
    # dark: 30..100 on the first piece and all of the second, two separate stretches of 70 and 100 m
    assert an["unlit_m"] == pytest.approx(170) and an["n_gaps"] == 2
    other = out[out["path_name"].isna()].iloc[0]
    assert other["unlit_m"] == pytest.approx(50) and other["n_gaps"] == 1
    # without the gap table: runs of flagged segments per path
    quick = summarise_paths(df)
    assert quick[quick["path_name"] == "Ån"].iloc[0]["n_gaps"] == 2
    assert list(out["mean_index"]) == sorted(out["mean_index"])
