"""A path network from segment endpoints, Dijkstra shortest paths and the safest route.

Endpoints closer than a tolerance are snapped into one node (union-find over grid-hash neighbour pairs).
Routes use Dijkstra's algorithm (Dijkstra 1959) with a binary heap; the safest route weights each edge's
length by its risk, cost = length x (1 + risk_weight x risk), risk = 1 - index/100 (a "safety-weighted
shortest path" in the sense of safe-routing work such as Galbrun, Pelechrinis & Terzi 2016).
"""

import heapq
from dataclasses import dataclass, field

import numpy as np

from .spatialindex import GridIndex


@dataclass
class Graph:
    """Undirected graph: nodes ``node_x``/``node_y``; edge e joins ``edge_u[e]``-``edge_v[e]`` with ``length[e]``;
    ``endpoint_node`` maps endpoint 2e (start of e) and 2e+1 (end of e) to its node; ``snap_report`` says how
    snapping went; ``adj_off``/``adj_node``/``adj_edge`` is the adjacency in CSR form."""

    node_x: np.ndarray
    node_y: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    length: np.ndarray
    endpoint_node: np.ndarray
    snap_report: dict
    adj_off: np.ndarray = field(repr=False)
    adj_node: np.ndarray = field(repr=False)
    adj_edge: np.ndarray = field(repr=False)
    _index: object = field(default=None, repr=False)

    @property
    def n_nodes(self):
        return int(self.node_x.size)

    @property
    def n_edges(self):
        return int(self.edge_u.size)

    def index(self):
        if self._index is None:
            self._index = GridIndex(self.node_x, self.node_y)
        return self._index


def _components(n, a, b):
    """Connected-component labels (the smallest member) of n items joined by pairs (a, b): min-label
    propagation with pointer jumping."""
    labels = np.arange(n, dtype=np.int64)
    if a.size == 0:
        return labels
    while True:
        old = labels.copy()
        m = np.minimum(labels[a], labels[b])
        np.minimum.at(labels, a, m)
        np.minimum.at(labels, b, m)
        labels = labels[labels]
        labels = labels[labels]
        if np.array_equal(labels, old):
            return labels


def build_graph(segments_xy_start, segments_xy_end, lengths, tolerance=1.0):
    """Build the graph: each segment is an edge between its endpoints; endpoints within ``tolerance`` metres of
    each other (transitively) become one node placed at their mean. ``snap_report`` holds ``endpoints``,
    ``nodes``, ``merged_endpoints`` (endpoints moved by snapping) and ``max_snap_m`` (largest move)."""
    a = np.asarray(segments_xy_start, dtype=float).reshape(-1, 2)
    b = np.asarray(segments_xy_end, dtype=float).reshape(-1, 2)
    lengths = np.asarray(lengths, dtype=float).ravel()
    if a.shape != b.shape or lengths.size != a.shape[0]:
        raise ValueError("start, end and lengths must describe the same number of segments")
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise ValueError("segment endpoints must be finite")
    if np.any(~np.isfinite(lengths)) or np.any(lengths < 0):
        raise ValueError("lengths must be finite and non-negative")
    tolerance = float(tolerance)
    if not np.isfinite(tolerance) or tolerance < 0:
        raise ValueError("tolerance must be a non-negative number")
    m = a.shape[0]
    pts = np.empty((2 * m, 2))
    pts[0::2] = a
    pts[1::2] = b
    if m:
        grid = GridIndex(pts[:, 0], pts[:, 1], max(tolerance, 1e-6))
        q, p = grid.within(pts[:, 0], pts[:, 1], tolerance)
        keep = q < p
        labels = _components(2 * m, q[keep], p[keep])
    else:
        labels = np.zeros(0, dtype=np.int64)
    roots, node_of = np.unique(labels, return_inverse=True)
    cnt = np.bincount(node_of, minlength=roots.size).astype(float)
    nx = np.bincount(node_of, weights=pts[:, 0], minlength=roots.size) / np.maximum(cnt, 1)
    ny = np.bincount(node_of, weights=pts[:, 1], minlength=roots.size) / np.maximum(cnt, 1)
    moved = np.hypot(pts[:, 0] - nx[node_of], pts[:, 1] - ny[node_of]) if m else np.zeros(0)
    report = {
        "endpoints": int(2 * m),
        "nodes": int(roots.size),
        "merged_endpoints": int(np.sum(moved > 1e-9)),
        "max_snap_m": float(moved.max()) if moved.size else 0.0,
    }
    u = node_of[0::2].astype(np.int64)
    v = node_of[1::2].astype(np.int64)
    # CSR adjacency, both directions
    src = np.concatenate([u, v])
    dst = np.concatenate([v, u])
    eid = np.concatenate([np.arange(m), np.arange(m)]).astype(np.int64)
    o = np.lexsort((eid, src))
    off = np.concatenate([[0], np.cumsum(np.bincount(src, minlength=roots.size))]).astype(np.int64)
    return Graph(node_x=nx, node_y=ny, edge_u=u, edge_v=v, length=lengths.copy(),
                 endpoint_node=node_of.astype(np.int64), snap_report=report,
                 adj_off=off, adj_node=dst[o], adj_edge=eid[o])


def shortest_path(graph, source_node, target_node, cost):
    """Dijkstra with a binary heap over edge costs ``cost`` (non-negative, one per edge): ``(edges, total)`` with
    the edge indices in order from source to target. ValueError when the target cannot be reached."""
    cost = np.asarray(cost, dtype=float).ravel()
    if cost.size != graph.n_edges:
        raise ValueError("cost must have one value per edge")
    if np.any(~np.isfinite(cost)) or np.any(cost < 0):
        raise ValueError("edge costs must be finite and non-negative")
    n = graph.n_nodes
    s, t = int(source_node), int(target_node)
    if not (0 <= s < n and 0 <= t < n):
        raise ValueError("node out of range")
    if s == t:
        return [], 0.0
    done = [False] * n
    off, nbr, eid = graph.adj_off.tolist(), graph.adj_node.tolist(), graph.adj_edge.tolist()
    cl = cost.tolist()
    dist_l = [np.inf] * n
    via_l = [-1] * n
    dist_l[s] = 0.0
    heap = [(0.0, s)]
    while heap:
        d, x = heapq.heappop(heap)
        if done[x]:
            continue
        done[x] = True
        if x == t:
            break
        for k in range(off[x], off[x + 1]):
            y = nbr[k]
            nd = d + cl[eid[k]]
            if nd < dist_l[y]:
                dist_l[y] = nd
                via_l[y] = eid[k]
                heapq.heappush(heap, (nd, y))
    if not done[t]:
        raise ValueError("no route: start and end are not connected in the network")
    edges = []
    x = t
    while x != s:
        e = via_l[x]
        edges.append(e)
        x = int(graph.edge_u[e]) if int(graph.edge_v[e]) == x else int(graph.edge_v[e])
    edges.reverse()
    return edges, float(dist_l[t])


def nearest_node(graph, x, y, max_distance):
    """The node nearest to (x, y); ValueError("off network") when none lies within ``max_distance``."""
    if graph.n_nodes == 0:
        raise ValueError("off network")
    idx, _ = graph.index().nearest([float(x)], [float(y)], float(max_distance))
    if idx[0] < 0:
        raise ValueError("off network")
    return int(idx[0])


def risk_from_index(index):
    """Edge risk 0..1 from the safety index 0..100: 1 - index/100."""
    return 1.0 - np.clip(np.asarray(index, dtype=float), 0.0, 100.0) / 100.0


def _route_stats(graph, edges, risk, unlit):
    e = np.asarray(edges, dtype=np.int64)
    length = float(graph.length[e].sum())
    mean_index = float(np.sum(graph.length[e] * 100.0 * (1.0 - risk[e])) / length) if length > 0 else np.nan
    out = {"edges": [int(i) for i in e], "length_m": length, "mean_index": mean_index}
    out["unlit_m"] = float(np.nansum(unlit[e])) if unlit is not None else np.nan
    return out


def safest_route(graph, start_xy, end_xy, risk, risk_weight=1.0, max_snap=200.0, unlit=None):
    """The safest and the plain shortest route between two points snapped to their nearest nodes (within
    ``max_snap`` m). ``risk`` per edge in 0..1 (see risk_from_index); cost = length x (1 + risk_weight x risk).
    Returns ``{"safest": {...}, "shortest": {...}, "start_node", "end_node", "start_snap_m", "end_snap_m"}``; each
    route has ``edges``, ``length_m``, ``mean_index`` (length-weighted), ``unlit_m`` (sum of ``unlit`` per edge,
    NaN without it) and ``cost``."""
    risk = np.asarray(risk, dtype=float).ravel()
    if risk.size != graph.n_edges:
        raise ValueError("risk must have one value per edge")
    if np.any(~np.isfinite(risk)) or np.any((risk < 0) | (risk > 1)):
        raise ValueError("risk must be between 0 and 1")
    risk_weight = float(risk_weight)
    if not np.isfinite(risk_weight) or risk_weight < 0:
        raise ValueError("risk_weight must be a non-negative number")
    if unlit is not None:
        unlit = np.asarray(unlit, dtype=float).ravel()
        if unlit.size != graph.n_edges:
            raise ValueError("unlit must have one value per edge")
    sx, sy = (float(v) for v in start_xy)
    ex, ey = (float(v) for v in end_xy)
    s = nearest_node(graph, sx, sy, max_snap)
    t = nearest_node(graph, ex, ey, max_snap)
    cost = graph.length * (1.0 + risk_weight * risk)
    safe_edges, safe_cost = shortest_path(graph, s, t, cost)
    short_edges, short_len = shortest_path(graph, s, t, graph.length)
    safest = _route_stats(graph, safe_edges, risk, unlit)
    safest["cost"] = safe_cost
    shortest = _route_stats(graph, short_edges, risk, unlit)
    shortest["cost"] = float(np.sum(cost[np.asarray(short_edges, dtype=np.int64)]))
    return {
        "safest": safest, "shortest": shortest, "start_node": s, "end_node": t,
        "start_snap_m": float(np.hypot(graph.node_x[s] - sx, graph.node_y[s] - sy)),
        "end_snap_m": float(np.hypot(graph.node_x[t] - ex, graph.node_y[t] - ey)),
    }
