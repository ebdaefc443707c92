import numpy as np
import pytest
from trygghet.core.network import (
    build_graph,
    build_network,
    nearest_node,
    node_lines,
    risk_from_index,
    safest_route,
    shortest_path,
)
from trygghet.core.saferoutes import score_segments, segment_paths


def _random_graph(rng, n_nodes, n_edges):
    pts = rng.uniform(0, 1000, (n_nodes, 2))
    u = rng.integers(0, n_nodes, n_edges)
    v = rng.integers(0, n_nodes, n_edges)
    keep = u != v
    u, v = u[keep], v[keep]
    length = np.hypot(*(pts[u] - pts[v]).T)
    return pts, u, v, length


def _brute_best(n_nodes, u, v, cost, s, t):
    """Cheapest simple path by enumerating every simple path with a depth-first search."""
    best = [np.inf]

    def walk(node, seen, total):
        if node == t:
            best[0] = min(best[0], total)
            return
        for e in range(len(u)):
            for a, b in ((u[e], v[e]), (v[e], u[e])):
                if a == node and b not in seen:
                    walk(b, seen | {b}, total + cost[e])

    walk(s, {s}, 0.0)
    return best[0]


def test_dijkstra_matches_brute_force_on_small_random_graphs():
    rng = np.random.default_rng(42)
    checked = 0
    for _ in range(40):
        n = int(rng.integers(3, 9))
        pts, u, v, length = _random_graph(rng, n, int(rng.integers(2, 14)))
        g = build_graph(pts[u], pts[v], length, tolerance=0.5)
        assert g.n_nodes == len(np.unique(np.concatenate([u, v])))
        # map original point ids to graph nodes through the endpoints
        node_of = {}
        for e in range(len(u)):
            node_of[u[e]] = g.endpoint_node[2 * e]
            node_of[v[e]] = g.endpoint_node[2 * e + 1]
        cost = rng.uniform(0.1, 10.0, len(u))
        pts_ids = list(node_of)
        for s_id in pts_ids:
            for t_id in pts_ids:
                want = _brute_best(n, u, v, cost, s_id, t_id)
                if np.isinf(want):
                    with pytest.raises(ValueError, match="not connected"):
                        shortest_path(g, node_of[s_id], node_of[t_id], cost)
                    continue
                edges, total = shortest_path(g, node_of[s_id], node_of[t_id], cost)
                assert total == pytest.approx(want)
                assert sum(cost[e] for e in edges) == pytest.approx(total)
                # the edges chain from source to target
                here = node_of[s_id]
                for e in edges:
                    assert here in (g.edge_u[e], g.edge_v[e])
                    here = g.edge_v[e] if g.edge_u[e] == here else g.edge_u[e]
                assert here == node_of[t_id]
                checked += 1
    assert checked > 100


def test_snapping_near_miss_endpoints():
    # three segments meeting near (10, 0): 0.3 and 0.4 m off; a fourth ends 2 m away and stays separate
    start = [[0, 0], [10.3, 0], [10, 0.4], [12, 0]]
    end = [[10, 0], [20, 0], [10, 10], [30, 0]]
    g = build_graph(start, end, [10, 9.7, 9.6, 18], tolerance=1.0)
    rep = g.snap_report
    assert rep["endpoints"] == 8 and rep["nodes"] == 6
    junction = g.endpoint_node[1]
    assert g.endpoint_node[2] == junction and g.endpoint_node[4] == junction and g.endpoint_node[6] != junction
    # the junction node sits at the mean of (10,0), (10.3,0), (10,0.4)
    assert g.node_x[junction] == pytest.approx(30.3 / 3) and g.node_y[junction] == pytest.approx(0.4 / 3)
    assert rep["merged_endpoints"] == 3
    moves = np.hypot([10 - 10.1, 10.3 - 10.1, 10 - 10.1], [0 - 0.4 / 3, 0 - 0.4 / 3, 0.4 - 0.4 / 3])
    assert rep["max_snap_m"] == pytest.approx(moves.max())
    assert shortest_path(g, g.endpoint_node[0], g.endpoint_node[3], g.length)[1] == pytest.approx(19.7)
    with pytest.raises(ValueError, match="not connected"):
        shortest_path(g, g.endpoint_node[0], g.endpoint_node[7], g.length)
    # with zero tolerance nothing merges
    assert build_graph(start, end, [10, 9.7, 9.6, 18], tolerance=0.0).snap_report["nodes"] == 8


def test_nearest_node_and_off_network():
    g = build_graph([[0, 0]], [[100, 0]], [100.0])
    assert nearest_node(g, 90, 5, 20) == g.endpoint_node[1]
    with pytest.raises(ValueError, match="off network"):
        nearest_node(g, 50, 50, 20)


def test_safest_route_avoids_risky_edge_and_matches_brute_force():
    #   A(0,0) --100-- B(100,0)        direct edge A-B is risky (index 20)
    #   A --80-- C(40,60) --80-- B     the detour is safe (index 100)
    a, b, c = [0, 0], [100, 0], [40, 60]
    start = [a, a, c]
    end = [b, c, b]
    length = np.array([100.0, np.hypot(40, 60), np.hypot(60, 60)])
    index = np.array([20.0, 100.0, 100.0])
    risk = risk_from_index(index)
    assert np.allclose(risk, [0.8, 0, 0])
    g = build_graph(start, end, length)
    out = safest_route(g, (1, 1), (99, -1), risk, risk_weight=1.0, unlit=[30.0, 0.0, 5.0])
    assert out["shortest"]["edges"] == [0] and out["shortest"]["length_m"] == pytest.approx(100)
    assert out["shortest"]["mean_index"] == pytest.approx(20) and out["shortest"]["unlit_m"] == pytest.approx(30)
    # safest: 180 * 1 = 72.1 + 84.85 = 156.9 < 100 * 1.8 = 180
    assert out["safest"]["edges"] == [1, 2]
    assert out["safest"]["length_m"] == pytest.approx(length[1] + length[2])
    assert out["safest"]["mean_index"] == pytest.approx(100) and out["safest"]["unlit_m"] == pytest.approx(5)
    assert out["safest"]["cost"] == pytest.approx(_brute_best(3, [0, 0, 2], [1, 2, 1], length * (1 + risk), 0, 1))
    assert out["start_snap_m"] == pytest.approx(np.sqrt(2))
    # a small risk weight makes the direct edge cheaper again: 100 * 1.4 = 140 < 156.9
    out = safest_route(g, (0, 0), (100, 0), risk, risk_weight=0.5)
    assert out["safest"]["edges"] == [0]
    with pytest.raises(ValueError, match="off network"):
        safest_route(g, (500, 500), (100, 0), risk, max_snap=50)
    with pytest.raises(ValueError):
        safest_route(g, (0, 0), (100, 0), [0.5, 2.0, 0.0])


def test_route_over_scored_segments():
    # two parallel streets joined at both ends; the southern one is dark; segments come from segment_paths
    paths = [np.array([[0, 0], [200, 0]]), np.array([[0, 0], [0, 50], [200, 50], [200, 0]])]
    s = segment_paths(paths, 25.0)
    lamps = (np.arange(0, 201, 20.0), np.full(11, 50.0), None)
    df = score_segments(s, lamps, None, None, lamp_reach=30.0)
    g = build_graph(s.start_xy, s.end_xy, s.length_m, tolerance=0.5)
    out = safest_route(g, (0, 0), (200, 0), risk_from_index(df["index"]), risk_weight=2.0, unlit=df["unlit_m"])
    assert out["shortest"]["length_m"] == pytest.approx(200)
    assert out["shortest"]["unlit_m"] > 100
    assert out["safest"]["length_m"] == pytest.approx(300)
    assert out["safest"]["mean_index"] > out["shortest"]["mean_index"]
    assert set(s.path_index[out["safest"]["edges"]]) == {1}


# ---------------------------------------------------------------------------------------------------------------
# the network builder: noding the way a routing engine does, the same on every GEOS


def _cases():
    import importlib.util
    import os

    spec = importlib.util.spec_from_file_location("network_cases", os.path.join(os.path.dirname(__file__),
                                                                                "network_cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(*coords):
    return [np.array(c, dtype=float) for c in coords]


def test_noding_gives_the_same_pieces_on_every_geos():
    # GEOS >= 3.12's union merges (0 0,100 0) and (100 0,200 0) into one line; the builder never does
    lines = _lines([(0, 0), (100, 0)], [(100, 0), (200, 0)], [(100, -50), (100, 50)], [(0, 0), (0, 100), (100, 100)])
    noded = node_lines(lines, tolerance=0.0)
    got = sorted((int(k), [tuple(map(float, xy)) for xy in piece]) for k, piece in zip(noded.parent, noded.pieces))
    assert got == [
        (0, [(0.0, 0.0), (100.0, 0.0)]),
        (1, [(100.0, 0.0), (200.0, 0.0)]),
        (2, [(100.0, -50.0), (100.0, 0.0)]),  # the north-south line is split where the two ends meet its side
        (2, [(100.0, 0.0), (100.0, 50.0)]),
        (3, [(0.0, 0.0), (0.0, 100.0), (100.0, 100.0)]),  # its bend is a vertex, not a node
    ]
    assert sorted(noded.from_m.tolist()) == [0, 0, 0, 0, 50]
    net = build_network(lines, tolerance=0.0)
    # nodes: (0,0), (100,0), (200,0), (100,-50), (100,50), (100,100)
    assert net.graph.n_nodes == 6 and net.graph.n_edges == 5
    s = nearest_node(net.graph, 0, 0, 1e-3)
    t = nearest_node(net.graph, 100, 50, 1e-3)
    assert shortest_path(net.graph, s, t, net.graph.length)[1] == pytest.approx(150.0)


def test_t_junction_micrometres_off_the_line():
    lines = _lines([(0, 0), (100, 0)], [(50, 0.00001), (50, 100)])
    net = build_network(lines, tolerance=2.0)
    assert net.report["t_junctions"] == 1 and net.graph.n_edges == 3
    assert sorted(net.parent.tolist()) == [0, 0, 1]
    s = nearest_node(net.graph, 0, 0, 1.0)
    t = nearest_node(net.graph, 50, 100, 1.0)
    _, total = shortest_path(net.graph, s, t, net.graph.length)
    assert total == pytest.approx(150.0, abs=1e-4)
    # the old builder (ends to ends only) left these two lines apart
    old = build_graph([line[0] for line in lines], [line[-1] for line in lines], [100.0, 100.0], tolerance=2.0)
    with pytest.raises(ValueError, match="not connected"):
        shortest_path(old, nearest_node(old, 0, 0, 1), nearest_node(old, 50, 100, 1), old.length)


@pytest.mark.parametrize("gap, tolerance, connected", [(0.8, 1.0, True), (0.8, 0.5, False), (1.5, 1.0, False),
                                                       (1.5, 2.0, True), (-0.3, 0.5, True)])
def test_near_miss_below_and_above_the_tolerance(gap, tolerance, connected):
    # a side street stops `gap` metres short of the main street (negative: it overshoots it)
    lines = _lines([(0, 0), (100, 0)], [(30, gap), (30, 80)])
    net = build_network(lines, tolerance=tolerance)
    s = nearest_node(net.graph, 0, 0, 0.1)
    t = nearest_node(net.graph, 30, 80, 0.1)
    if connected:
        # along the main street to x = 30, then the whole side street (its end is snapped onto the split point)
        _, total = shortest_path(net.graph, s, t, net.graph.length)
        assert total == pytest.approx(30.0 + (80.0 - gap))
    else:
        with pytest.raises(ValueError, match="not connected"):
            shortest_path(net.graph, s, t, net.graph.length)


def test_crossing_without_shared_vertex_is_joined_and_split_exactly():
    lines = _lines([(0, 0), (100, 100)], [(0, 100), (40, 60), (100, 0)])
    noded = node_lines(lines, tolerance=0.5)
    assert noded.report["crossings"] == 1
    pieces = {(int(k), round(float(a), 6), round(float(b), 6)) for k, a, b in zip(noded.parent, noded.from_m,
                                                                                     noded.to_m)}
    half = 50 * np.sqrt(2)
    # line 1 bends at (40, 60) before the crossing at (50, 50)
    m1 = np.hypot(40, 40) + np.hypot(10, 10)
    total1 = np.hypot(40, 40) + np.hypot(60, 60)
    assert pieces == {(0, 0.0, round(half, 6)), (0, round(half, 6), round(2 * half, 6)),
                      (1, 0.0, round(m1, 6)), (1, round(m1, 6), round(total1, 6))}
    bent = [p for k, p in zip(noded.parent, noded.pieces) if k == 1][0]
    assert np.allclose(bent, [(0, 100), (40, 60), (50, 50)])


def test_tunnel_under_a_street_is_kept_apart_by_the_level():
    # a street, and a footway that dives under it in a tunnel (level -1) between two ground-level stretches
    street = [(0, 50), (100, 50)]
    lines = _lines(street, [(50, 0), (50, 30)], [(50, 30), (50, 70)], [(50, 70), (50, 100)])
    s_xy, t_xy = (0, 50), (50, 0)
    flat = build_network(lines, tolerance=0.5)
    g = flat.graph
    assert shortest_path(g, nearest_node(g, *s_xy, 0.1), nearest_node(g, *t_xy, 0.1), g.length)[1] == \
        pytest.approx(100.0)
    net = build_network(lines, tolerance=0.5, levels=[0, 0, -1, None])
    assert net.report["crossings"] == 0 and net.report["level_separated"] == 1
    g = net.graph
    with pytest.raises(ValueError, match="not connected"):
        shortest_path(g, nearest_node(g, *s_xy, 0.1), nearest_node(g, *t_xy, 0.1), g.length)
    # the footway still runs through the tunnel: its ends meet whatever their levels
    assert shortest_path(g, nearest_node(g, 50, 0, 0.1), nearest_node(g, 50, 100, 0.1), g.length)[1] == \
        pytest.approx(100.0)


def test_a_t_end_on_a_bridge_side_does_not_join_it():
    # a bridge (level 1) over a street; a path ending under its side stays on the ground
    lines = _lines([(0, 0), (100, 0)], [(40, -50), (40, 0)])
    assert build_network(lines, 1.0, levels=[1, 0]).report["t_junctions"] == 0
    assert build_network(lines, 1.0, levels=[1, 0]).graph.n_edges == 2
    assert build_network(lines, 1.0, levels=[1, 1]).graph.n_edges == 3


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("weight", [0.0, 2.0])
def test_real_shaped_grid_matches_an_independent_shortest_path(seed, weight):
    cases = _cases()
    case = cases.street_grid(seed)
    by_cost, by_length, point_node = cases.expected_distances(case, weight)
    net = build_network(case["coords"], tolerance=0.5, levels=case["levels"])
    g = net.graph
    cost = g.length * (1.0 + weight * case["risks"][net.parent])
    points = sorted(point_node)
    rng = np.random.default_rng(seed)
    pairs = [tuple(rng.choice(len(points), 2, replace=False)) for _ in range(60)]
    reached = unreached = 0
    for a, b in pairs:
        pa, pb = points[a], points[b]
        want = by_cost[point_node[pa], point_node[pb]]
        s = nearest_node(g, case["xs"][pa[0]], case["ys"][pa[1]], 0.01)
        t = nearest_node(g, case["xs"][pb[0]], case["ys"][pb[1]], 0.01)
        if np.isinf(want):
            with pytest.raises(ValueError, match="not connected"):
                shortest_path(g, s, t, cost)
            unreached += 1
            continue
        edges, total = shortest_path(g, s, t, cost)
        assert total == pytest.approx(want, abs=1e-3), (pa, pb)
        assert float(g.length[edges].sum()) >= by_length[point_node[pa], point_node[pb]] - 1e-3
        reached += 1
    assert reached >= 30
    # the cases really hold what they claim: tunnels, near misses and micrometre T-ends
    assert -1.0 in case["levels"] and case["pulled"] and net.report["t_junctions"] > 5


@pytest.mark.parametrize("seed", [3, 4])
def test_noding_of_random_tangles_matches_geos(seed):
    # random wiggly lines crossing each other and themselves: no two pieces meet end to end at a node of degree
    # two, so GEOS's noding (unary_union) gives the same pieces on every version, the reference here
    from shapely.geometry import LineString, Point
    from shapely.ops import unary_union

    rng = np.random.default_rng(seed)
    lines = []
    for _ in range(120):
        a = rng.uniform(0, 500, 2)
        turn = np.cumsum(rng.normal(0, 0.6, 12)) + rng.uniform(0, 2 * np.pi)
        lines.append(np.vstack([a, a + np.column_stack([np.cumsum(10 * np.cos(turn)), np.cumsum(10 * np.sin(turn))])]))
    reference = np.sort([g.length for g in unary_union([LineString(line) for line in lines]).geoms])
    noded = node_lines(lines, tolerance=0.0)
    got = np.sort([LineString(p).length for p in noded.pieces])
    assert got.size == reference.size > 2 * len(lines)
    assert np.allclose(got, reference, atol=1e-6)
    # every piece lies on its own parent, at the measures it claims
    for piece, k, m0, m1 in zip(noded.pieces, noded.parent, noded.from_m, noded.to_m):
        parent = LineString(lines[k])
        assert parent.distance(Point(LineString(piece).interpolate(0.5, normalized=True))) < 1e-7
        assert parent.interpolate(m0).distance(Point(piece[0])) < 1e-6  # (project() is ambiguous at a loop)
        assert parent.interpolate(m1).distance(Point(piece[-1])) < 1e-6
        assert m1 - m0 == pytest.approx(LineString(piece).length, abs=1e-6)
