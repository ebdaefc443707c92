"""A path network built the way a routing engine builds one, Dijkstra shortest paths and the safest route.

:func:`build_network` is the one network builder: it nodes the lines (:func:`node_lines`: a line is split where
another line's end lies on it or within the tolerance of it, a T-junction, and where two lines cross without a
shared vertex, unless an optional level such as OpenStreetMap's ``layer`` says they pass over each other), then
snaps piece ends closer than the tolerance into one node (:func:`build_graph`). The noding is our own segment
arithmetic, so it gives the same pieces on every GEOS/shapely version, and every piece keeps its parent line.
Endpoints closer than a tolerance are snapped into one node (union-find over grid-hash neighbour pairs).
Routes use Dijkstra's algorithm (Dijkstra 1959) with a binary heap; the safest route weights each edge's
length by its risk, cost = length x (1 + risk_weight x risk), risk = 1 - index/100 (a "safety-weighted
shortest path" in the sense of safe-routing work such as Galbrun, Pelechrinis & Terzi 2016).
"""

import heapq
from dataclasses import dataclass, field

import numpy as np

from .spatialindex import GridIndex, expand_runs, point_segment_distance, split_segments


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


# ---------------------------------------------------------------------------------------------------------------
# noding

_MIN_TOLERANCE = 1e-6  # a micrometre: ends and crossings closer than this always meet
_SAME_M = 1e-7  # split measures closer than this along one line are one split


def _clean_line(line):
    pts = np.asarray(line, dtype=float)
    if pts.ndim != 2 or pts.shape[0] < 2 or pts.shape[1] < 2:
        return None
    pts = pts[:, :2]
    if not np.all(np.isfinite(pts)):
        raise ValueError("line coordinates must be finite")
    step = np.hypot(np.diff(pts[:, 0]), np.diff(pts[:, 1]))
    pts = pts[np.concatenate([[True], step > 0])]
    return pts if pts.shape[0] >= 2 else None


def _candidate_pairs(x0, y0, x1, y1, pad):
    """Pairs (a, b), a < b, of segments that may lie within ``pad`` of each other: the segments are cut into
    pieces no longer than a grid cell, the pieces' boxes (grown by ``pad``) go into a uniform grid, and every
    pair of segments sharing a cell is a candidate (the grid-hash broad phase of collision detection). Cutting
    keeps a long diagonal from covering a square of cells."""
    empty = np.zeros(0, dtype=np.int64)
    if x0.size < 2:
        return empty, empty
    cell = max(float(np.median(np.hypot(x1 - x0, y1 - y0))), 2.0 * pad, 1e-3)
    owner, ax, ay, bx, by = split_segments(x0, y0, x1, y1, cell)
    a, b = _grid_pairs(np.minimum(ax, bx) - pad, np.minimum(ay, by) - pad, np.maximum(ax, bx) + pad,
                       np.maximum(ay, by) + pad, cell)
    a, b = owner[a], owner[b]
    keep = a != b
    lo, hi = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
    n = np.int64(x0.size)
    pair = np.unique(lo * n + hi)
    return pair // n, pair % n


def _grid_pairs(bx0, by0, bx1, by1, cell):
    """Pairs of boxes sharing a grid cell of side ``cell`` (each pair once)."""
    n = bx0.size
    ox, oy = float(bx0.min()), float(by0.min())
    ix0 = np.floor((bx0 - ox) / cell).astype(np.int64)
    iy0 = np.floor((by0 - oy) / cell).astype(np.int64)
    ix1 = np.floor((bx1 - ox) / cell).astype(np.int64)
    iy1 = np.floor((by1 - oy) / cell).astype(np.int64)
    ncx, ncy = ix1 - ix0 + 1, iy1 - iy0 + 1
    cnt = ncx * ncy
    box = np.repeat(np.arange(n, dtype=np.int64), cnt)
    local = expand_runs(np.zeros(n, dtype=np.int64), cnt)
    cx = ix0[box] + local % ncx[box]
    cy = iy0[box] + local // ncx[box]
    key = cx * (int(iy1.max()) + 2) + cy
    o = np.argsort(key, kind="stable")
    key, box = key[o], box[o]
    start = np.ones(key.size, dtype=bool)
    start[1:] = key[1:] != key[:-1]
    group_start = np.nonzero(start)[0]
    group_end = np.append(group_start[1:], key.size)
    end_of = np.repeat(group_end, np.diff(np.append(group_start, key.size)))
    partners = end_of - np.arange(key.size) - 1
    a = np.repeat(np.arange(key.size, dtype=np.int64), partners)
    b = expand_runs(np.arange(key.size, dtype=np.int64) + 1, partners)
    ea, eb = box[a], box[b]
    lo, hi = np.minimum(ea, eb), np.maximum(ea, eb)
    pair = np.unique(lo * np.int64(n) + hi)
    return pair // n, pair % n


@dataclass
class Noded:
    """Lines split into pieces: ``pieces[i]`` an (n, 2) array on input line ``parent[i]`` from measure
    ``from_m[i]`` to ``to_m[i]`` along it; ``report`` counts ``t_junctions`` (line ends joined to another line's
    side), ``crossings`` (lines joined where they cross without an end there) and ``level_separated``
    (crossings and T-junctions left apart because the levels differ)."""

    pieces: list
    parent: np.ndarray
    from_m: np.ndarray
    to_m: np.ndarray
    report: dict


def node_lines(lines, tolerance=1.0, levels=None):
    """Split the lines at every junction the way a routing engine nodes a street network.

    - A line end within ``tolerance`` of another line's interior (a T-junction, also a few micrometres off the
      line) splits that line at the nearest point.
    - Two lines that cross (or touch) without sharing their ends there are split both at the crossing.
    - Both happen only when the lines' ``levels`` are equal (one number per line, None/NaN = 0), so a tunnel
      under a street or a bridge over it stays apart. Ends meeting ends are joined later by
      :func:`build_graph` whatever their level: that is how a bridge or a tunnel is entered.

    The splitting is plain segment arithmetic (no GEOS noding, whose merging of lines differs between
    versions): every piece lies on exactly one input line and keeps it as ``parent``. Lines with fewer than two
    distinct points give no piece."""
    tolerance = float(tolerance)
    if not np.isfinite(tolerance) or tolerance < 0:
        raise ValueError("tolerance must be a non-negative number")
    tol = max(tolerance, _MIN_TOLERANCE)
    lines = list(lines)
    n_lines = len(lines)
    if levels is None:
        level = np.zeros(n_lines)
    else:
        level = np.array([np.nan if v is None else float(v) for v in levels], dtype=float)
        if level.size != n_lines:
            raise ValueError("levels must have one value per line")
        level = np.where(np.isfinite(level), level, 0.0)
    clean = [_clean_line(line) for line in lines]
    kept = [k for k in range(n_lines) if clean[k] is not None]
    report = {"t_junctions": 0, "crossings": 0, "level_separated": 0}
    if not kept:
        return Noded([], np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0), report)
    nv = np.array([clean[k].shape[0] for k in kept], dtype=np.int64)
    xy = np.concatenate([clean[k] for k in kept])
    voff = np.concatenate([[0], np.cumsum(nv)])
    owner_v = np.repeat(np.array(kept, dtype=np.int64), nv)
    step = np.hypot(np.diff(xy[:, 0]), np.diff(xy[:, 1]))
    first = expand_runs(voff[:-1], nv - 1)  # first vertex of every edge
    line = owner_v[first]
    elen = step[first]
    cs = np.cumsum(np.concatenate([[0.0], step]))
    cum_v = cs - np.repeat(cs[voff[:-1]], nv)  # measure of every vertex along its line
    total = np.zeros(n_lines)
    total[kept] = cum_v[voff[1:] - 1]
    head_xy = np.zeros((n_lines, 2))
    tail_xy = np.zeros((n_lines, 2))
    head_xy[kept] = xy[voff[:-1]]
    tail_xy[kept] = xy[voff[1:] - 1]
    j = first - np.repeat(voff[:-1], nv - 1)  # edge number within its line
    last_j = np.zeros(n_lines, dtype=np.int64)
    last_j[kept] = nv - 2
    x0, y0, x1, y1 = xy[first, 0], xy[first, 1], xy[first + 1, 0], xy[first + 1, 1]
    m0 = cum_v[first]
    a, b = _candidate_pairs(x0, y0, x1, y1, tol)

    split_line, split_m = [], []

    # crossings and touches: exact segment intersection (parallel overlaps are left to the T rule)
    rx, ry, sx, sy = x1[a] - x0[a], y1[a] - y0[a], x1[b] - x0[b], y1[b] - y0[b]
    wx, wy = x0[b] - x0[a], y0[b] - y0[a]
    den = rx * sy - ry * sx
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (wx * sy - wy * sx) / den
        u = (wx * ry - wy * rx) / den
    eps = 1e-12
    hit = (np.abs(den) > 1e-12 * elen[a] * elen[b]) & (t >= -eps) & (t <= 1 + eps) & (u >= -eps) & (u <= 1 + eps)
    hit &= ~((line[a] == line[b]) & (np.abs(j[a] - j[b]) <= 1))  # neighbouring edges share their vertex
    ca, cb = a[hit], b[hit]
    ma = m0[ca] + np.clip(t[hit], 0, 1) * elen[ca]
    mb = m0[cb] + np.clip(u[hit], 0, 1) * elen[cb]
    la, lb = line[ca], line[cb]
    a_inner = (ma > tol) & (ma < total[la] - tol)
    b_inner = (mb > tol) & (mb < total[lb] - tol)
    # an end meeting an end is left to the snapping; an end on a side is a T-junction (handled below)
    both_inner = a_inner & b_inner
    same_level = level[la] == level[lb]
    px = x0[ca] + np.clip(t[hit], 0, 1) * rx[hit]
    py = y0[ca] + np.clip(t[hit], 0, 1) * ry[hit]
    cross = both_inner & same_level
    split_line += [la[cross], lb[cross]]
    split_m += [ma[cross], mb[cross]]
    report["crossings"] = _count_places(la[cross], lb[cross], px[cross], py[cross])
    apart = both_inner & ~same_level
    level_sep = _count_places(la[apart], lb[apart], px[apart], py[apart])

    # T-junctions: a line end within the tolerance of another line's side (or of its own, far along it)
    ends_e, ends_p, ends_m, ends_x, ends_y = [], [], [], [], []
    for e_end, e_side in ((a, b), (b, a)):
        for at_start in (True, False):
            sel = (j[e_end] == 0) if at_start else (j[e_end] == last_j[line[e_end]])
            ee, es = e_end[sel], e_side[sel]
            ends_e.append(es)
            ends_p.append(line[ee] * 2 + (0 if at_start else 1))
            ends_m.append(np.zeros(ee.size) if at_start else total[line[ee]])
            ends_x.append(x0[ee] if at_start else x1[ee])
            ends_y.append(y0[ee] if at_start else y1[ee])
    es = np.concatenate(ends_e)
    ep = np.concatenate(ends_p)
    emeas = np.concatenate(ends_m)
    ex = np.concatenate(ends_x)
    ey = np.concatenate(ends_y)
    d, tt = point_segment_distance(ex, ey, x0[es], y0[es], x1[es], y1[es])
    side_line = line[es]
    mside = m0[es] + tt * elen[es]
    near = d <= tol
    far_from_ends = (mside > _SAME_M) & (mside < total[side_line] - _SAME_M)
    # an end that is within the tolerance of the side line's own ends is joined by the snapping
    head, tail = head_xy[side_line], tail_xy[side_line]
    by_end = (np.hypot(ex - head[:, 0], ey - head[:, 1]) <= tol) | (np.hypot(ex - tail[:, 0], ey - tail[:, 1]) <= tol)
    own = ep // 2 == side_line
    own_ok = ~own | (np.abs(mside - emeas) > 2 * tol)
    cand = near & far_from_ends & ~by_end & own_ok
    ep, side_line, mside, d = ep[cand], side_line[cand], mside[cand], d[cand]
    # one split per (end, side line): the nearest point
    o = np.lexsort((d, side_line, ep))
    ep, side_line, mside = ep[o], side_line[o], mside[o]
    firsts = np.ones(ep.size, dtype=bool)
    firsts[1:] = (ep[1:] != ep[:-1]) | (side_line[1:] != side_line[:-1])
    ep, side_line, mside = ep[firsts], side_line[firsts], mside[firsts]
    same = level[ep // 2] == level[side_line]
    split_line.append(side_line[same])
    split_m.append(mside[same])
    report["t_junctions"] = int(np.sum(same))
    report["level_separated"] = level_sep + int(np.sum(~same))

    # split every line at its sorted split measures
    sl = np.concatenate(split_line) if split_line else np.zeros(0, dtype=np.int64)
    sm = np.concatenate(split_m) if split_m else np.zeros(0)
    o = np.lexsort((sm, sl))
    sl, sm = sl[o], sm[o]
    pieces, parent, f_m, t_m = [], [], [], []
    bounds = np.searchsorted(sl, np.arange(n_lines + 1))
    for pos, k in enumerate(kept):
        pts = xy[voff[pos]:voff[pos + 1]]
        cum = cum_v[voff[pos]:voff[pos + 1]]
        cuts = sm[bounds[k]:bounds[k + 1]]
        cuts = cuts[(cuts > _SAME_M) & (cuts < total[k] - _SAME_M)]
        if cuts.size:
            cuts = cuts[np.concatenate([[True], np.diff(cuts) > _SAME_M])]
        marks = np.concatenate([[0.0], cuts, [total[k]]])
        for ma_, mb_ in zip(marks[:-1], marks[1:]):
            if cuts.size == 0:
                piece = pts
            else:
                inner = (cum > ma_) & (cum < mb_)
                start = [np.interp(ma_, cum, pts[:, 0]), np.interp(ma_, cum, pts[:, 1])]
                end = [np.interp(mb_, cum, pts[:, 0]), np.interp(mb_, cum, pts[:, 1])]
                piece = np.vstack([start, pts[inner], end])
            pieces.append(piece)
            parent.append(k)
            f_m.append(ma_)
            t_m.append(mb_)
    return Noded(pieces, np.array(parent, dtype=np.int64), np.array(f_m, dtype=float), np.array(t_m, dtype=float),
                 report)


def _count_places(la, lb, px, py):
    """How many distinct (line pair, place) there are: a crossing at a vertex is found on two edges."""
    if la.size == 0:
        return 0
    lo, hi = np.minimum(la, lb), np.maximum(la, lb)
    keys = set(zip(lo.tolist(), hi.tolist(), np.round(px, 4).tolist(), np.round(py, 4).tolist()))
    return len(keys)


@dataclass
class Network:
    """The routable network of :func:`build_network`: ``graph`` with one edge per piece, ``pieces``/``parent``/
    ``from_m``/``to_m`` as in :class:`Noded`, and ``report`` (snapping and noding figures together)."""

    graph: Graph
    pieces: list
    parent: np.ndarray
    from_m: np.ndarray
    to_m: np.ndarray
    report: dict


def build_network(lines, tolerance=1.0, levels=None):
    """The one network builder: :func:`node_lines` (T-junctions, near misses, crossings, levels), then
    :func:`build_graph` over the pieces with the same tolerance (at least a micrometre)."""
    noded = node_lines(lines, tolerance, levels)
    tol = max(float(tolerance), _MIN_TOLERANCE)
    if noded.pieces:
        start = np.array([p[0] for p in noded.pieces])
        end = np.array([p[-1] for p in noded.pieces])
        length = np.array([float(np.sum(np.hypot(np.diff(p[:, 0]), np.diff(p[:, 1])))) for p in noded.pieces])
    else:
        start = end = np.zeros((0, 2))
        length = np.zeros(0)
    graph = build_graph(start, end, length, tolerance=tol)
    report = dict(graph.snap_report)
    report.update(noded.report)
    report["lines"] = len(lines)
    report["pieces"] = len(noded.pieces)
    return Network(graph, noded.pieces, noded.parent, noded.from_m, noded.to_m, report)


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
