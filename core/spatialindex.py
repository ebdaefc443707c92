"""A small numpy grid-hash spatial index for points and segments (no scipy, no rtree).

Points are bucketed into square cells of side ``cell`` (the classic uniform-grid / spatial-hashing scheme,
e.g. Teschner et al. 2003, "Optimized Spatial Hashing for Collision Detection of Deformable Objects").
Radius queries visit the (2r+1)^2 neighbouring cells, nearest-neighbour queries visit growing square
rings of cells until no unvisited cell can hold a closer point. Everything is vectorised over queries
and chunked to bound memory.
"""

import numpy as np

_CHUNK_PAIRS = 1_000_000  # upper bound on (query, cell) pairs handled at once
_BRUTE_CHUNK = 2_000_000  # upper bound on (query, point) pairs in the brute-force fallback


def _as_float(a, name):
    arr = np.asarray(a, dtype=float).ravel()
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} contains NaN or infinite coordinates")
    return arr


def point_segment_distance(px, py, x0, y0, x1, y1):
    """Distance from points to segments (element-wise, broadcasting) and the parameter t in [0, 1] of the
    closest point on each segment (standard clamped orthogonal projection)."""
    px, py, x0, y0, x1, y1 = (np.asarray(a, dtype=float) for a in (px, py, x0, y0, x1, y1))
    dx = x1 - x0
    dy = y1 - y0
    len2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = ((px - x0) * dx + (py - y0) * dy) / len2
    t = np.where(len2 > 0, np.clip(t, 0.0, 1.0), 0.0)
    cx = x0 + t * dx
    cy = y0 + t * dy
    return np.hypot(px - cx, py - cy), t


def expand_runs(starts, counts):
    """Concatenate the integer ranges [start, start+count) without a Python loop."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(counts) - counts
    return np.repeat(np.asarray(starts, dtype=np.int64) - offsets, counts) + np.arange(total, dtype=np.int64)


def split_segments(x0, y0, x1, y1, max_length):
    """Cut segments into equal pieces no longer than ``max_length``: ``(parent_idx, px0, py0, px1, py1)``."""
    x0, y0, x1, y1 = (np.asarray(a, dtype=float).ravel() for a in (x0, y0, x1, y1))
    lengths = np.hypot(x1 - x0, y1 - y0)
    pieces = np.maximum(1, np.ceil(lengths / float(max_length))).astype(np.int64)
    s = np.repeat(np.arange(x0.size, dtype=np.int64), pieces)
    j = expand_runs(np.zeros(x0.size, dtype=np.int64), pieces).astype(float)
    m = pieces[s].astype(float)
    ta, tb = j / m, (j + 1) / m
    dx, dy = x1[s] - x0[s], y1[s] - y0[s]
    return s, x0[s] + ta * dx, y0[s] + ta * dy, x0[s] + tb * dx, y0[s] + tb * dy


def points_near_segments(px, py, x0, y0, x1, y1, radius, piece_length=None):
    """All pairs (segment_idx, point_idx, distance) with point-to-segment distance <= radius, one row per pair,
    sorted by segment then point. The segments are cut into pieces of at most ``piece_length`` (default: radius)
    whose midpoints query a GridIndex over the points, so cost grows with the pieces, not segments x points."""
    px = _as_float(px, "px")
    py = _as_float(py, "py")
    x0, y0, x1, y1 = (_as_float(a, n) for a, n in ((x0, "x0"), (y0, "y0"), (x1, "x1"), (y1, "y1")))
    radius = float(radius)
    if not np.isfinite(radius) or radius < 0:
        raise ValueError("radius must be a finite, non-negative number")
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    if px.size == 0 or x0.size == 0:
        return empty
    piece_length = max(float(piece_length or radius), 1e-6)
    seg, ax, ay, bx, by = split_segments(x0, y0, x1, y1, piece_length)
    half = 0.5 * float(np.max(np.hypot(bx - ax, by - ay)))
    grid = GridIndex(px, py, max(radius + half, 1e-6))
    q, p = grid.within(0.5 * (ax + bx), 0.5 * (ay + by), radius + half + 1e-9, sort=False)
    d, _ = point_segment_distance(px[p], py[p], ax[q], ay[q], bx[q], by[q])
    keep = d <= radius
    s, p, d = seg[q[keep]], p[keep], d[keep]
    if s.size == 0:
        return empty
    # one row per (segment, point): sort on a single int64 key, keep the smallest distance of each run
    key = s * np.int64(px.size) + p
    o = np.argsort(key, kind="stable")
    key, d = key[o], d[o]
    first = np.ones(key.size, dtype=bool)
    first[1:] = key[1:] != key[:-1]
    starts = np.nonzero(first)[0]
    dmin = np.minimum.reduceat(d, starts)
    key = key[starts]
    return key // px.size, key % px.size, dmin


class GridIndex:
    """Uniform grid hash over points ``(x, y)`` with cell side ``cell`` (metres; None picks one from the
    point density). Pick ``cell`` near the usual query radius for ``within``."""

    def __init__(self, x, y, cell=None):
        self.x = _as_float(x, "x")
        self.y = _as_float(y, "y")
        if self.x.shape != self.y.shape:
            raise ValueError("x and y must have the same length")
        if cell is None:
            cell = self._auto_cell(self.x, self.y)
        cell = float(cell)
        if not np.isfinite(cell) or cell <= 0:
            raise ValueError("cell size must be a positive number")
        self.cell = cell
        self.n = self.x.size
        if self.n == 0:
            self.x0 = self.y0 = 0.0
            self.nx = self.ny = 1
        else:
            self.x0 = float(self.x.min())
            self.y0 = float(self.y.min())
            self.nx = int((self.x.max() - self.x0) // cell) + 1
            self.ny = int((self.y.max() - self.y0) // cell) + 1
        if float(self.nx) * float(self.ny) > 2.0**62:
            raise ValueError("cell size is too small for the extent of the data")
        ix, iy = self._cells(self.x, self.y)
        keys = ix * self.ny + iy
        self.order = np.argsort(keys, kind="stable")
        sorted_keys = keys[self.order]
        self.keys, self.starts, self.counts = np.unique(sorted_keys, return_index=True, return_counts=True)

    @staticmethod
    def _auto_cell(x, y):
        """About four points per occupied cell for evenly spread points."""
        if x.size < 2:
            return 1.0
        w = float(x.max() - x.min())
        h = float(y.max() - y.min())
        side = max(w, h, 1e-9)
        area = max(w * h, side * side / x.size)
        return max(2.0 * np.sqrt(area / x.size), side / 1e6, 1e-9)

    # -- helpers -------------------------------------------------------------------------------------------
    def _cells(self, qx, qy):
        ix = np.floor((qx - self.x0) / self.cell).astype(np.int64)
        iy = np.floor((qy - self.y0) / self.cell).astype(np.int64)
        return ix, iy

    def _lookup(self, cx, cy):
        """Start offset (into ``order``) and count of the points in cells (cx, cy); 0 for empty/outside cells."""
        inside = (cx >= 0) & (cx < self.nx) & (cy >= 0) & (cy < self.ny)
        keys = np.where(inside, cx * self.ny + cy, -1)
        pos = np.searchsorted(self.keys, keys)
        pos_c = np.minimum(pos, max(self.keys.size - 1, 0))
        hit = inside & (self.keys.size > 0)
        if self.keys.size:
            hit &= self.keys[pos_c] == keys
        starts = np.where(hit, self.starts[pos_c] if self.keys.size else 0, 0)
        counts = np.where(hit, self.counts[pos_c] if self.keys.size else 0, 0)
        return starts, counts

    def _candidates(self, qidx, qix, qiy, offsets):
        """(query, point) candidate pairs for queries ``qidx`` in cells (qix, qiy) over the cell ``offsets``."""
        q = np.repeat(qidx, len(offsets))
        cx = (qix[:, None] + offsets[None, :, 0]).ravel()
        cy = (qiy[:, None] + offsets[None, :, 1]).ravel()
        starts, counts = self._lookup(cx, cy)
        keep = counts > 0
        q, starts, counts = q[keep], starts[keep], counts[keep]
        pts = self.order[expand_runs(starts, counts)]
        return np.repeat(q, counts), pts

    @staticmethod
    def _square(r):
        d = np.arange(-r, r + 1, dtype=np.int64)
        gx, gy = np.meshgrid(d, d, indexing="ij")
        return np.column_stack([gx.ravel(), gy.ravel()])

    @staticmethod
    def _ring(k):
        if k == 0:
            return np.zeros((1, 2), dtype=np.int64)
        sq = GridIndex._square(k)
        return sq[np.maximum(np.abs(sq[:, 0]), np.abs(sq[:, 1])) == k]

    # -- queries -------------------------------------------------------------------------------------------
    def within(self, qx, qy, radius, sort=True):
        """All pairs (query_idx, point_idx) with distance <= radius (scalar or one radius per query),
        sorted by query then point (unordered with ``sort=False``)."""
        qx = _as_float(qx, "qx")
        qy = _as_float(qy, "qy")
        rad = np.broadcast_to(np.asarray(radius, dtype=float), qx.shape).astype(float)
        if np.any(np.isnan(rad)) or np.any(rad < 0):
            raise ValueError("radius must be zero or positive")
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        if self.n == 0 or qx.size == 0:
            return empty
        span = max(self.nx, self.ny)
        rcells = np.minimum(np.ceil(np.minimum(rad, 1e300) / self.cell), span + 1).astype(np.int64)
        qix, qiy = self._cells(qx, qy)
        out_q, out_p = [], []
        for r in np.unique(rcells):
            sel = np.nonzero(rcells == r)[0]
            offsets = self._square(int(r))
            step = max(1, _CHUNK_PAIRS // len(offsets))
            for a in range(0, sel.size, step):
                s = sel[a:a + step]
                q, p = self._candidates(s, qix[s], qiy[s], offsets)
                d2 = (self.x[p] - qx[q]) ** 2 + (self.y[p] - qy[q]) ** 2
                keep = d2 <= rad[q] ** 2
                out_q.append(q[keep])
                out_p.append(p[keep])
        if not out_q:
            return empty
        q = np.concatenate(out_q)
        p = np.concatenate(out_p)
        if not sort:
            return q, p
        o = np.argsort(q * np.int64(self.n) + p, kind="stable")
        return q[o], p[o]

    def nearest(self, qx, qy, max_distance=np.inf):
        """Nearest point to each query: ``(idx, dist)``; idx -1 and dist inf where none lies within
        ``max_distance``. Ties go to the lower point index."""
        qx = _as_float(qx, "qx")
        qy = _as_float(qy, "qy")
        max_distance = float(max_distance)
        best_i = np.full(qx.size, -1, dtype=np.int64)
        best_d = np.full(qx.size, np.inf)
        if self.n == 0 or qx.size == 0:
            return best_i, best_d
        qix, qiy = self._cells(qx, qy)
        # rings below kmin lie wholly outside the grid; beyond kmax no grid cell is left for this query
        kmin = np.maximum.reduce([np.zeros_like(qix), -qix, qix - (self.nx - 1), -qiy, qiy - (self.ny - 1)])
        kmax = np.maximum.reduce([np.abs(qix), np.abs(qix - (self.nx - 1)), np.abs(qiy), np.abs(qiy - (self.ny - 1))])
        pending = np.arange(qx.size)
        k = 0
        while pending.size:
            eligible = kmin[pending] <= k
            if not np.any(eligible):
                k = int(kmin[pending].min())
                continue
            active = pending[eligible]
            if (2 * k + 1) ** 2 > max(1024, self.n):  # sparse points or far queries: brute force is cheaper
                self._brute_nearest(pending, qx, qy, best_i, best_d)
                break
            offsets = self._ring(k)
            step = max(1, _CHUNK_PAIRS // len(offsets))
            for a in range(0, active.size, step):
                s = active[a:a + step]
                q, p = self._candidates(s, qix[s], qiy[s], offsets)
                if q.size == 0:
                    continue
                d = np.hypot(self.x[p] - qx[q], self.y[p] - qy[q])
                o = np.lexsort((p, d, q))
                q, p, d = q[o], p[o], d[o]
                first = np.ones(q.size, dtype=bool)
                first[1:] = q[1:] != q[:-1]
                q, p, d = q[first], p[first], d[first]
                better = (d < best_d[q]) | ((d == best_d[q]) & (p < best_i[q]))
                best_d[q[better]] = d[better]
                best_i[q[better]] = p[better]
            # a point in ring k+1 or beyond is at least k*cell away
            lower = k * self.cell
            done = (best_d < lower) | (lower > max_distance) | (kmax <= k)
            pending = pending[~done[pending]]
            k += 1
        far = best_d > max_distance
        best_i[far] = -1
        best_d[far] = np.inf
        return best_i, best_d

    def _brute_nearest(self, active, qx, qy, best_i, best_d):
        step = max(1, _BRUTE_CHUNK // self.n)
        for a in range(0, active.size, step):
            s = active[a:a + step]
            d = np.hypot(self.x[None, :] - qx[s, None], self.y[None, :] - qy[s, None])
            j = np.argmin(d, axis=1)
            best_i[s] = j
            best_d[s] = d[np.arange(s.size), j]


class SegmentIndex:
    """Grid index over line segments (x0, y0)-(x1, y1) for nearest point-on-segment and buffer queries.

    Long segments are cut into pieces no longer than ``cell``; the piece midpoints go into a GridIndex and a
    query at radius r looks for midpoints within r + cell/2, then measures the exact point-to-segment distance.
    """

    def __init__(self, x0, y0, x1, y1, cell=None):
        x0, y0, x1, y1 = (_as_float(a, n) for a, n in ((x0, "x0"), (y0, "y0"), (x1, "x1"), (y1, "y1")))
        if not (x0.size == y0.size == x1.size == y1.size):
            raise ValueError("segment coordinate arrays must have the same length")
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.n = x0.size
        lengths = np.hypot(x1 - x0, y1 - y0)
        if cell is None:
            cell = float(np.median(lengths)) if self.n else 1.0
            cell = max(cell, 1.0)
        self.cell = float(cell)
        self.piece_seg, self.px0, self.py0, self.px1, self.py1 = split_segments(x0, y0, x1, y1, self.cell)
        self.grid = GridIndex(0.5 * (self.px0 + self.px1), 0.5 * (self.py0 + self.py1), self.cell)
        self._half = 0.5 * float(np.max(np.hypot(self.px1 - self.px0, self.py1 - self.py0))) if self.n else 0.0

    def within(self, qx, qy, radius):
        """Unique pairs (query_idx, segment_idx, distance) with point-to-segment distance <= radius."""
        qx = _as_float(qx, "qx")
        qy = _as_float(qy, "qy")
        radius = float(radius)
        if not np.isfinite(radius) or radius < 0:
            raise ValueError("radius must be a finite, non-negative number")
        q, p = self.grid.within(qx, qy, radius + self._half + 1e-9)
        d, _ = point_segment_distance(qx[q], qy[q], self.px0[p], self.py0[p], self.px1[p], self.py1[p])
        keep = d <= radius
        q, s, d = q[keep], self.piece_seg[p[keep]], d[keep]
        o = np.lexsort((d, s, q))
        q, s, d = q[o], s[o], d[o]
        first = np.ones(q.size, dtype=bool)
        first[1:] = (q[1:] != q[:-1]) | (s[1:] != s[:-1])
        return q[first], s[first], d[first]

    def nearest(self, qx, qy, max_distance=np.inf):
        """Nearest segment to each query: ``(idx, dist, t)`` with t in [0, 1] the position of the closest point
        along the segment; idx -1, dist inf, t NaN where no segment lies within ``max_distance``."""
        qx = _as_float(qx, "qx")
        qy = _as_float(qy, "qy")
        idx = np.full(qx.size, -1, dtype=np.int64)
        dist = np.full(qx.size, np.inf)
        tt = np.full(qx.size, np.nan)
        if self.n == 0 or qx.size == 0:
            return idx, dist, tt
        # an upper bound from the nearest piece midpoint, then an exact search inside that bound
        _, dmid = self.grid.nearest(qx, qy, max_distance + self._half)
        ok = np.isfinite(dmid)
        if not np.any(ok):
            return idx, dist, tt
        sel = np.nonzero(ok)[0]
        radius = np.minimum(dmid[sel], max_distance) + self._half + 1e-9
        q, p = self.grid.within(qx[sel], qy[sel], radius)
        qq = sel[q]
        d, t = point_segment_distance(qx[qq], qy[qq], self.px0[p], self.py0[p], self.px1[p], self.py1[p])
        s = self.piece_seg[p]
        o = np.lexsort((s, d, qq))
        qq, s, d, p, t = qq[o], s[o], d[o], p[o], t[o]
        first = np.ones(qq.size, dtype=bool)
        first[1:] = qq[1:] != qq[:-1]
        qq, s, d, p, t = qq[first], s[first], d[first], p[first], t[first]
        keep = d <= max_distance
        qq, s, d, p, t = qq[keep], s[keep], d[keep], p[keep], t[keep]
        # t on the piece -> t on the original segment
        seg_len = np.hypot(self.x1[s] - self.x0[s], self.y1[s] - self.y0[s])
        cx = self.px0[p] + t * (self.px1[p] - self.px0[p])
        cy = self.py0[p] + t * (self.py1[p] - self.py0[p])
        with np.errstate(invalid="ignore", divide="ignore"):
            tseg = np.hypot(cx - self.x0[s], cy - self.y0[s]) / seg_len
        tseg = np.where(seg_len > 0, np.clip(tseg, 0.0, 1.0), 0.0)
        idx[qq], dist[qq], tt[qq] = s, d, tseg
        return idx, dist, tt


def nearest_segment(qx, qy, x0, y0, x1, y1, max_distance=np.inf, cell=None):
    """Nearest of the segments (x0, y0)-(x1, y1) to each query point: ``(idx, dist, t)`` (see SegmentIndex)."""
    return SegmentIndex(x0, y0, x1, y1, cell=cell).nearest(qx, qy, max_distance)
