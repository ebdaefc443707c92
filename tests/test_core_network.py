import numpy as np
import pytest
from trygghet.core.network import (
    build_graph,
    nearest_node,
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
