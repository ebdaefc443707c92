"""Hot-spot statistics: lattices, binary spatial weights, Getis-Ord Gi*, Local Moran, permutations, automatic choices.

Formulas follow PySAL esda (``G_Local(star=True, transform='B')``, ``Moran_Local(transformation='B')``, ``crand``)
and Esri's "How Optimized Hot Spot Analysis works" for the automatic cell size and distance band.
Everything is numpy only; no scipy, no KD-tree library.
"""

import math
import warnings

import numpy as np

from .errors import Cancelled

__all__ = [
    "Lattice",
    "Weights",
    "auto_cell_size",
    "auto_distance_band",
    "conditional_permutation",
    "distance_band",
    "gi_star",
    "gi_star_grid",
    "global_moran_z",
    "hex_lattice",
    "incremental_moran_z",
    "knn",
    "lattice_distance_band",
    "lattice_gi_star",
    "lattice_queen",
    "local_moran",
    "local_moran_moments",
    "nearest_neighbour_distance",
    "polygon_queen",
    "square_lattice",
]

_REL_TOL = 1e-9  # distances within d * (1 + 1e-9) count as <= d (lattice centres carry rounding noise)


def _check_progress(progress, fraction):
    if progress is not None and progress(float(min(max(fraction, 0.0), 1.0))) is False:
        raise Cancelled()


def _as_xy(xy):
    xy = np.asarray(xy, dtype=float)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError("coordinates must be an (n, 2) array")
    if not np.all(np.isfinite(xy)):
        raise ValueError("coordinates must be finite")
    return xy


def _as_values(values, n=None):
    y = np.asarray(values, dtype=float).ravel()
    if n is not None and y.size != n:
        raise ValueError("values and weights have different lengths")
    if not np.all(np.isfinite(y)):
        raise ValueError("values must be finite")
    return y


# ----------------------------------------------------------------------------------------------------------------
# Lattices
# ----------------------------------------------------------------------------------------------------------------
class Lattice:
    """Square or hexagonal cells: centres ``x, y``, summed ``value``, integer ``row, col`` in an nrows x ncols frame.

    Square cells: centre (ox + (col + .5) s, oy + (row + .5) s), row 0 in the south. Hexagons are flat-topped with
    height s (the distance between neighbouring centres, Esri's hexagon "cell size"); circumradius R = s / sqrt 3;
    centre (ox + 1.5 R col, oy + s (row + .5 (col odd))).
    """

    def __init__(self, kind, cell_size, origin, nrows, ncols, row, col, value, n_outside=0):
        self.kind = kind
        self.cell_size = float(cell_size)
        self.origin = (float(origin[0]), float(origin[1]))
        self.nrows = int(nrows)
        self.ncols = int(ncols)
        self.row = np.asarray(row, dtype=np.int64)
        self.col = np.asarray(col, dtype=np.int64)
        self.value = np.asarray(value, dtype=float)
        self.n_outside = int(n_outside)
        self.x, self.y = self.centres_of(self.row, self.col)

    def __len__(self):
        return self.row.size

    @property
    def xy(self):
        return np.column_stack([self.x, self.y])

    def centres_of(self, row, col):
        ox, oy = self.origin
        s = self.cell_size
        if self.kind == "square":
            return ox + (col + 0.5) * s, oy + (row + 0.5) * s
        r = s / math.sqrt(3.0)
        return ox + 1.5 * r * col, oy + s * (row + 0.5 * (col & 1))

    def polygons(self):
        """Vertex arrays, closed rings: shape (n, 5, 2) for squares, (n, 7, 2) for hexagons."""
        s = self.cell_size
        if self.kind == "square":
            dx = np.array([-0.5, 0.5, 0.5, -0.5, -0.5]) * s
            dy = np.array([-0.5, -0.5, 0.5, 0.5, -0.5]) * s
        else:
            r = s / math.sqrt(3.0)
            ang = np.deg2rad(np.arange(0, 420, 60))  # flat-topped: vertices at 0, 60, ... 360 degrees
            dx, dy = r * np.cos(ang), r * np.sin(ang)
        return np.stack([self.x[:, None] + dx[None, :], self.y[:, None] + dy[None, :]], axis=-1)

    def restrict(self, mask):
        """A new lattice with only the cells where ``mask`` is True (same frame, origin and indices)."""
        mask = np.asarray(mask, dtype=bool)
        if mask.shape != self.row.shape:
            raise ValueError("mask length differs from the number of cells")
        return Lattice(self.kind, self.cell_size, self.origin, self.nrows, self.ncols, self.row[mask],
                       self.col[mask], self.value[mask], self.n_outside)

    def index_grid(self):
        """(nrows, ncols) int64 array with each cell's position in this lattice, -1 where there is no cell."""
        g = np.full((self.nrows, self.ncols), -1, dtype=np.int64)
        g[self.row, self.col] = np.arange(self.row.size)
        return g

    def is_full(self):
        return self.row.size == self.nrows * self.ncols


def _bounds(x, y, bounds):
    if bounds is None:
        if x.size == 0:
            raise ValueError("no points and no bounds")
        return float(x.min()), float(y.min()), float(x.max()), float(y.max())
    xmin, ymin, xmax, ymax = (float(b) for b in bounds)
    if not (xmax >= xmin and ymax >= ymin):
        raise ValueError("bounds must be (xmin, ymin, xmax, ymax)")
    return xmin, ymin, xmax, ymax


def _prep_points(x, y, weights, cell_size, max_cells):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise ValueError("x and y differ in length")
    w = np.ones(x.size) if weights is None else np.asarray(weights, dtype=float).ravel()
    if w.shape != x.shape:
        raise ValueError("weights differ in length from the points")
    ok = np.isfinite(x) & np.isfinite(y) & np.isfinite(w)
    if not cell_size > 0 or not math.isfinite(cell_size):
        raise ValueError("cell size must be positive")
    return x[ok], y[ok], w[ok], max_cells


def square_lattice(x, y, cell_size, weights=None, bounds=None, max_cells=20_000_000):
    """Aggregate points to a square grid covering ``bounds`` (default: the points' extent); every cell is kept,
    including cells with zero incidents. Points outside explicit bounds are dropped (counted in ``n_outside``)."""
    x, y, w, _ = _prep_points(x, y, weights, cell_size, max_cells)
    xmin, ymin, xmax, ymax = _bounds(x, y, bounds)
    s = float(cell_size)
    ncols = max(1, int(math.ceil((xmax - xmin) / s - 1e-9)))
    nrows = max(1, int(math.ceil((ymax - ymin) / s - 1e-9)))
    if nrows * ncols > max_cells:
        raise ValueError(f"grid of {nrows} x {ncols} cells exceeds the limit of {max_cells}")
    inside = (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    c = np.clip(np.floor((x[inside] - xmin) / s).astype(np.int64), 0, ncols - 1)
    r = np.clip(np.floor((y[inside] - ymin) / s).astype(np.int64), 0, nrows - 1)
    value = np.bincount(r * ncols + c, weights=w[inside], minlength=nrows * ncols)
    rr, cc = np.divmod(np.arange(nrows * ncols, dtype=np.int64), ncols)
    return Lattice("square", s, (xmin, ymin), nrows, ncols, rr, cc, value, int(np.sum(~inside)))


def hex_lattice(x, y, cell_size, weights=None, bounds=None, max_cells=20_000_000):
    """Aggregate points to flat-topped hexagons of height ``cell_size`` covering ``bounds``; zero cells kept.

    A cell is present when its centre lies within the bounds grown by the circumradius, so every point inside the
    bounds falls in a present cell (each point goes to its nearest centre, i.e. the hexagon containing it).
    """
    x, y, w, _ = _prep_points(x, y, weights, cell_size, max_cells)
    xmin, ymin, xmax, ymax = _bounds(x, y, bounds)
    s = float(cell_size)
    r = s / math.sqrt(3.0)
    ox, oy = xmin - 1.5 * r, ymin - s
    ncols = int(math.floor((xmax + r - ox) / (1.5 * r))) + 1
    nrows = int(math.floor((ymax + r - oy) / s)) + 1
    if nrows * ncols > max_cells:
        raise ValueError(f"grid of {nrows} x {ncols} cells exceeds the limit of {max_cells}")
    rr, cc = np.divmod(np.arange(nrows * ncols, dtype=np.int64), ncols)
    cx = ox + 1.5 * r * cc
    cy = oy + s * (rr + 0.5 * (cc & 1))
    tol = 1e-9 * max(s, 1.0)
    keep = (cx >= xmin - r - tol) & (cx <= xmax + r + tol) & (cy >= ymin - r - tol) & (cy <= ymax + r + tol)
    index = np.full(nrows * ncols, -1, dtype=np.int64)
    index[keep] = np.arange(int(keep.sum()))
    inside = (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)
    px, py, pw = x[inside], y[inside], w[inside]
    c0 = np.rint((px - ox) / (1.5 * r)).astype(np.int64)
    best_d = np.full(px.size, np.inf)
    best = np.zeros(px.size, dtype=np.int64)
    for dc in (-1, 0, 1):
        c = c0 + dc
        rw = np.rint((py - oy) / s - 0.5 * (c & 1)).astype(np.int64)
        d = (px - (ox + 1.5 * r * c)) ** 2 + (py - (oy + s * (rw + 0.5 * (c & 1)))) ** 2
        ok = (d < best_d) & (c >= 0) & (c < ncols) & (rw >= 0) & (rw < nrows)
        best_d[ok] = d[ok]
        best[ok] = rw[ok] * ncols + c[ok]
    cell = index[best]
    if np.any(cell < 0):  # cannot happen by construction; guard against silent loss
        raise ValueError("internal error: a point fell outside the hexagon frame")
    value = np.bincount(cell, weights=pw, minlength=int(keep.sum()))
    return Lattice("hex", s, (ox, oy), nrows, ncols, rr[keep], cc[keep], value, int(np.sum(~inside)))


# ----------------------------------------------------------------------------------------------------------------
# Weights
# ----------------------------------------------------------------------------------------------------------------
class Weights:
    """Binary spatial weights in CSR form: neighbours of i are ``indices[indptr[i]:indptr[i+1]]`` (self excluded)."""

    def __init__(self, indptr, indices):
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.indices = np.asarray(indices, dtype=np.int64)
        self.n = self.indptr.size - 1

    @classmethod
    def from_pairs(cls, n, i, j):
        """Build from directed pairs (i -> j); duplicates and self pairs are dropped, neighbours sorted."""
        i = np.asarray(i, dtype=np.int64).ravel()
        j = np.asarray(j, dtype=np.int64).ravel()
        keep = i != j
        key = np.unique(i[keep] * n + j[keep])
        ii, jj = np.divmod(key, n) if n > 0 else (key, key)
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(ii, minlength=n), out=indptr[1:])
        return cls(indptr, jj)

    @property
    def cardinalities(self):
        return np.diff(self.indptr)

    @property
    def islands(self):
        return np.flatnonzero(self.cardinalities == 0)

    def rows(self):
        """Row index of every stored neighbour (same length as ``indices``)."""
        return np.repeat(np.arange(self.n, dtype=np.int64), self.cardinalities)

    def neighbour_sum(self, values):
        """Sum of ``values`` over each location's neighbours (self excluded)."""
        v = np.asarray(values, dtype=float)
        return np.bincount(self.rows(), weights=v[self.indices], minlength=self.n)

    def symmetric(self):
        """True when j is a neighbour of i exactly when i is a neighbour of j."""
        a = self.rows() * self.n + self.indices
        b = np.sort(self.indices * self.n + self.rows())
        return bool(np.array_equal(a, b))


def _grid_keys(xy, d):
    cell = np.floor((xy - xy.min(axis=0)) / d).astype(np.int64) + 1
    ny = int(cell[:, 1].max()) + 2
    return cell[:, 0] * ny + cell[:, 1], ny


def _pairs_within(xy, d, query=None, max_block=4_000_000):
    """All pairs (i, j), i != j, with |xy_i - xy_j| <= d, by a grid hash of cell size d.

    With ``query`` None each unordered pair is found once (i < j in the returned arrays is not guaranteed; callers
    symmetrise); with ``query`` an index array, all neighbours of those points are returned.
    Returns (i, j, squared distance).
    """
    n = xy.shape[0]
    d = float(d)
    if n == 0 or d < 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    # hash cells a little wider than d so that rounding can never put a pair within d(1 + tol) two cells apart
    cell_d = d * (1.0 + 1e-6) if d > 0 else 1.0
    key, ny = _grid_keys(xy, cell_d)
    order = np.argsort(key, kind="stable")
    skey = key[order]
    ukeys, starts, counts = np.unique(skey, return_index=True, return_counts=True)
    d2 = d * d * (1.0 + _REL_TOL) ** 2
    half = query is None
    offsets = [(0, 0), (1, -1), (1, 0), (1, 1), (0, 1)] if half else [
        (a, b) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    qidx = np.arange(n, dtype=np.int64) if half else np.asarray(query, dtype=np.int64)
    out_i, out_j, out_d = [], [], []
    for ox, oy in offsets:
        nkey = key[qidx] + ox * ny + oy
        pos = np.searchsorted(ukeys, nkey)
        pos_c = np.minimum(pos, ukeys.size - 1)
        found = ukeys[pos_c] == nkey
        qi = qidx[found]
        st = starts[pos_c[found]]
        ct = counts[pos_c[found]]
        # process in blocks so the expanded candidate arrays stay bounded
        csum = np.cumsum(ct)
        a = 0
        while a < qi.size:
            base = csum[a - 1] if a > 0 else 0
            b = int(np.searchsorted(csum, base + max_block, side="right"))
            b = max(b, a + 1)
            cts = ct[a:b]
            tot = int(cts.sum())
            ii = np.repeat(qi[a:b], cts)
            within = np.arange(tot, dtype=np.int64) - np.repeat(np.cumsum(cts) - cts, cts)
            jj = order[np.repeat(st[a:b], cts) + within]
            keep = ii != jj
            if half and ox == 0 and oy == 0:
                keep &= jj > ii
            ii, jj = ii[keep], jj[keep]
            dd = np.sum((xy[ii] - xy[jj]) ** 2, axis=1)
            close = dd <= d2
            out_i.append(ii[close])
            out_j.append(jj[close])
            out_d.append(dd[close])
            a = b
    if not out_i:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_d)


def distance_band(xy, d):
    """Binary distance-band weights: j is a neighbour of i when 0 < |i - j| <= d or the points coincide (i != j).

    Uses a numpy grid hash of cell size d (no KD-tree). Distances within d * (1 + 1e-9) count, so lattice centres
    at exactly d are neighbours despite rounding.
    """
    xy = _as_xy(xy)
    if not d > 0 or not math.isfinite(d):
        raise ValueError("distance band must be positive")
    i, j, _ = _pairs_within(xy, d)
    n = xy.shape[0]
    return Weights.from_pairs(n, np.concatenate([i, j]), np.concatenate([j, i]))


def _knn_pairs(xy, k):
    """For every point, its k nearest other points: (i, j, distance) sorted by i then distance then j."""
    n = xy.shape[0]
    span = np.ptp(xy, axis=0)
    area = float(span[0] * span[1])
    if area > 0:
        # a start below the uniform-density radius: clustered incidents (most of them where the density is far
        # above the box's mean) would otherwise compare thousands of pairs each; the rest widen the radius below
        r = 0.5 * math.sqrt(k * area / (math.pi * n))
    else:
        r = float(max(span.max(), 1.0)) * k / max(n, 1)
    r = max(r, 1e-9 * max(float(span.max()), 1.0))
    diag = float(np.hypot(*span))
    remaining = np.arange(n, dtype=np.int64)
    res_i, res_j, res_d = [], [], []
    while remaining.size:
        i, j, dd = _pairs_within(xy, r, query=remaining)
        cnt = np.bincount(i, minlength=n)[remaining]
        done_mask = cnt >= k
        if r > diag * 1.01 + 1e-12:
            done_mask[:] = True  # everything within reach; k < n guarantees enough
        done = remaining[done_mask]
        is_done = np.zeros(n, dtype=bool)
        is_done[done] = True
        sel = is_done[i]
        i, j, dd = i[sel], j[sel], dd[sel]
        o = _order_i_d_j(i, dd, j, n)
        i, j, dd = i[o], j[o], dd[o]
        first = np.searchsorted(i, i, side="left")
        rank = np.arange(i.size) - first
        take = rank < k
        res_i.append(i[take])
        res_j.append(j[take])
        res_d.append(np.sqrt(dd[take]))
        remaining = remaining[~done_mask]
        r *= 2.0
    i = np.concatenate(res_i)
    j = np.concatenate(res_j)
    dd = np.concatenate(res_d)
    if len(res_i) == 1:
        return i, j, dd
    o = np.argsort(i, kind="stable")  # each pass is already ordered by (i, distance, j)
    return i[o], j[o], dd[o]


def _order_i_d_j(i, dd, j, n):
    """Order by i, then distance, then j (same as np.lexsort((j, dd, i)), with faster single-key sorts)."""
    o = np.argsort(i * n + j)
    o = o[np.argsort(dd[o], kind="stable")]
    return o[np.argsort(i[o], kind="stable")]


def knn(xy, k):
    """Binary k-nearest-neighbour weights (ties broken by lower index), asymmetric in general; grid-hash search."""
    xy = _as_xy(xy)
    n = xy.shape[0]
    k = int(k)
    if k < 1 or k >= n:
        raise ValueError("k must be between 1 and n - 1")
    i, j, _ = _knn_pairs(xy, k)
    indptr = np.arange(0, n * k + 1, k, dtype=np.int64)
    return Weights(indptr, j)


def nearest_neighbour_distance(xy, k=1, distinct=False):
    """Distance from every point to its k-th nearest other point; with ``distinct`` coincident points are skipped."""
    xy = _as_xy(xy)
    if distinct:
        uniq, inv = np.unique(xy, axis=0, return_inverse=True)
        inv = np.asarray(inv).ravel()
        if uniq.shape[0] <= k:
            raise ValueError("too few distinct locations")
        return nearest_neighbour_distance(uniq, k)[inv]
    n = xy.shape[0]
    if k < 1 or k >= n:
        raise ValueError("k must be between 1 and n - 1")
    i, _, dd = _knn_pairs(xy, k)
    return dd[k - 1::k] if i.size == n * k else np.array([dd[i == t][k - 1] for t in range(n)])


def lattice_queen(lattice):
    """Queen contiguity on a lattice: the 8 surrounding squares, or the 6 adjacent hexagons, that are present."""
    g = lattice.index_grid()
    r, c = lattice.row, lattice.col
    if lattice.kind == "square":
        offs = [((dr, dc),) * 2 for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    else:
        even = [(1, 0), (-1, 0), (0, 1), (0, -1), (-1, 1), (-1, -1)]
        odd = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1)]
        offs = list(zip(even, odd))
    ii, jj = [], []
    is_odd = (c & 1) == 1
    for e, o in offs:
        dr = np.where(is_odd, o[0], e[0])
        dc = np.where(is_odd, o[1], e[1])
        rr, cc = r + dr, c + dc
        ok = (rr >= 0) & (rr < lattice.nrows) & (cc >= 0) & (cc < lattice.ncols)
        src = np.flatnonzero(ok)
        dst = g[rr[ok], cc[ok]]
        has = dst >= 0
        ii.append(src[has])
        jj.append(dst[has])
    return Weights.from_pairs(len(lattice), np.concatenate(ii), np.concatenate(jj))


def _lattice_stencils(lattice, d):
    """Offsets (dr, dc) of the cells whose centres lie within ``d`` of a cell's centre, self excluded, sorted by
    (dr, dc): one stencil for squares, one per column parity for hexagons (odd columns sit half a cell higher).
    Distances are those of the centres (the same tolerance as :func:`distance_band`)."""
    s = lattice.cell_size
    d2 = d * d * (1.0 + _REL_TOL) ** 2
    reach = d * (1.0 + _REL_TOL)
    if lattice.kind == "square":
        step_x = step_y = s
    else:
        step_x, step_y = 1.5 * s / math.sqrt(3.0), s
    max_dc = int(math.floor(reach / step_x))
    max_dr = int(math.floor(reach / step_y)) + 1
    dr, dc = (a.ravel() for a in np.meshgrid(np.arange(-max_dr, max_dr + 1), np.arange(-max_dc, max_dc + 1),
                                             indexing="ij"))
    stencils = []
    for parity in ((0,) if lattice.kind == "square" else (0, 1)):
        if lattice.kind == "square":
            dy = dr * step_y
        else:  # centre y = oy + s (row + (col & 1) / 2)
            dy = (dr + 0.5 * (((parity + dc) & 1) - parity)) * step_y
        dist2 = (dc * step_x) ** 2 + dy ** 2
        keep = (dist2 <= d2) & ((dr != 0) | (dc != 0))
        stencils.append((parity, dr[keep], dc[keep]))
    return stencils


def lattice_distance_band(lattice, d, max_block=4_000_000):
    """Binary distance-band weights between the cells of a square or hexagonal lattice: the same neighbours as
    :func:`distance_band` on the cell centres, found with a fixed stencil of (row, col) offsets instead of a search
    (a lattice's neighbours within d are the same offsets for every cell). Cells at the frame's edge or next to a
    masked-out cell simply have fewer neighbours."""
    if not d > 0 or not math.isfinite(d):
        raise ValueError("distance band must be positive")
    n = len(lattice)
    row, col = lattice.row, lattice.col
    key = row * lattice.ncols + col
    if n > 1 and not np.all(np.diff(key) > 0):  # not in row-major order: neighbours would come unsorted
        return distance_band(lattice.xy, d)
    grid = lattice.index_grid().ravel()
    parts = []  # (cells, their neighbour indices in row-major order, neighbours per cell)
    for parity, dr, dc in _lattice_stencils(lattice, d):
        cells = np.flatnonzero((col & 1) == parity) if lattice.kind != "square" else np.arange(n, dtype=np.int64)
        if cells.size == 0 or dr.size == 0:
            continue
        block = max(1, max_block // dr.size)
        for a in range(0, cells.size, block):
            c = cells[a:a + block]
            rr = row[c][:, None] + dr[None, :]
            cc = col[c][:, None] + dc[None, :]
            inside = (rr >= 0) & (rr < lattice.nrows) & (cc >= 0) & (cc < lattice.ncols)
            dst = np.where(inside, grid[np.where(inside, rr * lattice.ncols + cc, 0)], -1)
            present = dst >= 0
            parts.append((c, dst[present], present.sum(axis=1)))
    counts = np.zeros(n, dtype=np.int64)
    for c, _, k in parts:
        counts[c] = k
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    indices = np.empty(int(indptr[-1]), dtype=np.int64)
    for c, nb, k in parts:
        start = np.repeat(indptr[c] - (np.cumsum(k) - k), k)
        indices[start + np.arange(nb.size, dtype=np.int64)] = nb
    return Weights(indptr, indices)


def polygon_queen(wkb_list, tolerance=0.0):
    """Queen contiguity between polygons given as WKB: neighbours share at least a boundary point (an edge or a
    vertex); with ``tolerance`` > 0 polygons closer than it also count. Works with the STRtree of shapely 1.8 and 2.x.
    """
    import shapely.wkb
    from shapely.strtree import STRtree

    geoms = [shapely.wkb.loads(bytes(b)) for b in wkb_list]
    n = len(geoms)
    if n == 0:
        return Weights(np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64))
    with warnings.catch_warnings():  # shapely 1.8 warns that the STRtree API changes in 2.0; both are handled
        warnings.simplefilter("ignore")
        tree = STRtree(geoms)
    ids = {id(g): k for k, g in enumerate(geoms)}
    ii, jj = [], []
    for a, g in enumerate(geoms):
        if g is None or g.is_empty:
            continue
        probe = g.buffer(tolerance) if tolerance > 0 else g
        hits = tree.query(probe)
        for h in hits:
            if isinstance(h, (int, np.integer)):
                b = int(h)
            else:
                b = ids.get(id(h))
                if b is None:
                    continue
            if b <= a:
                continue
            other = geoms[b]
            near = g.distance(other) <= tolerance if tolerance > 0 else g.intersects(other)
            if near:
                ii.append(a)
                jj.append(b)
    i = np.asarray(ii, dtype=np.int64)
    j = np.asarray(jj, dtype=np.int64)
    return Weights.from_pairs(n, np.concatenate([i, j]), np.concatenate([j, i]))


# ----------------------------------------------------------------------------------------------------------------
# Statistics
# ----------------------------------------------------------------------------------------------------------------
def _gi_from_sums(y_total, ybar, s, n, lag_star, card_star):
    g = lag_star / y_total if y_total != 0 else np.full(lag_star.shape, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        den = s * np.sqrt(card_star * (n - card_star) / (n - 1.0))
        z = (lag_star - ybar * card_star) / den
    z = np.where(den > 0, z, np.nan)
    return g, z


def gi_star(values, w):
    """Getis-Ord Gi* (Ord & Getis 1995) with binary weights and self included: (G, z) per location.

    G_i = sum_j w_ij y_j / sum y (w_ii = 1), z_i = (sum_j w_ij y_j - ybar W_i) / (S sqrt((n W_i - W_i^2)/(n-1)))
    with W_i = neighbours + 1 and S the population standard deviation; identical to esda
    ``G_local(y, w, transform='B', star=True).Zs``.
    """
    y = _as_values(values, w.n)
    n = y.size
    if n < 3:
        raise ValueError("at least 3 features are needed")
    lag = w.neighbour_sum(y) + y
    card = w.cardinalities.astype(float) + 1.0
    return _gi_from_sums(float(y.sum()), float(y.mean()), float(y.std()), n, lag, card)


def _disk_rows(radius_cells):
    """Half widths h(dr) of a disc of the given radius in cell units, for dr = -R..R."""
    rr = int(math.floor(radius_cells * (1.0 + _REL_TOL)))
    out = []
    for dr in range(-rr, rr + 1):
        h = radius_cells * radius_cells * (1.0 + _REL_TOL) ** 2 - dr * dr
        out.append((dr, int(math.floor(math.sqrt(max(h, 0.0))))))
    return out


def _disk_sum(grid, radius_cells):
    """Sum of ``grid`` over the disc of cells whose centres lie within radius (cells), self included, zero padded;
    computed with row-wise cumulative sums, one pass per disc row. The cumulative sums are padded on both sides
    (zeros left, the row total right), so that every disc row is a difference of two column slices, not a gather."""
    nr, nc = grid.shape
    rows = _disk_rows(radius_cells)
    pad = max((h for _, h in rows), default=0) + 1
    cs = np.zeros((nr, nc + 1 + 2 * pad))  # column pad + k holds the sum of the row's first k cells
    np.cumsum(grid, axis=1, out=cs[:, pad + 1:pad + 1 + nc])
    cs[:, pad + 1 + nc:] = cs[:, pad + nc:pad + nc + 1]
    out = np.zeros((nr, nc))
    for dr, h in rows:
        src_a, src_b = max(0, dr), min(nr, nr + dr)
        if src_b <= src_a:
            continue
        dst_a, dst_b = src_a - dr, src_b - dr
        block = cs[src_a:src_b]
        out[dst_a:dst_b] += block[:, pad + h + 1:pad + h + 1 + nc] - block[:, pad - h:pad - h + nc]
    return out


def gi_star_grid(grid, cell_size, distance, mask=None):
    """Analytic Gi* on a full square raster with a distance band (fast path, cumulative sums, no weights object).

    ``grid`` holds the value per cell, ``mask`` marks the cells that take part (default all). Returns (G, z) rasters,
    NaN outside the mask; equals :func:`gi_star` with :func:`distance_band` on the masked cell centres.
    """
    grid = np.asarray(grid, dtype=float)
    if grid.ndim != 2:
        raise ValueError("grid must be 2-D")
    m = np.ones(grid.shape, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    if m.shape != grid.shape:
        raise ValueError("mask and grid differ in shape")
    vals = np.where(m, grid, 0.0)
    if not np.all(np.isfinite(vals)):
        raise ValueError("values must be finite")
    n = int(m.sum())
    if n < 3:
        raise ValueError("at least 3 features are needed")
    radius = float(distance) / float(cell_size)
    lag = _disk_sum(vals, radius)
    card = _disk_sum(m.astype(float), radius)
    yv = vals[m]
    g, z = _gi_from_sums(float(yv.sum()), float(yv.mean()), float(yv.std()), n, lag, card)
    g = np.where(m, g, np.nan)
    z = np.where(m, z, np.nan)
    return g, z


def lattice_gi_star(lattice, distance):
    """Gi* for the cells of a square lattice with a distance band, via :func:`gi_star_grid`: (G, z) per cell."""
    if lattice.kind != "square":
        raise ValueError("the fast path needs a square lattice")
    grid = np.zeros((lattice.nrows, lattice.ncols))
    mask = np.zeros(grid.shape, dtype=bool)
    grid[lattice.row, lattice.col] = lattice.value
    mask[lattice.row, lattice.col] = True
    g, z = gi_star_grid(grid, lattice.cell_size, distance, mask)
    return g[lattice.row, lattice.col], z[lattice.row, lattice.col]


def _standardise(y):
    with np.errstate(divide="ignore", invalid="ignore"):
        return (y - y.mean()) / y.std()


def local_moran(values, w):
    """Anselin's (1995) Local Moran with binary weights, as esda ``Moran_Local(y, w, transformation='B')``:
    (I, z, quadrant). I_i = (n-1) z_i sum_j w_ij z_j / sum z^2 on standardised z; z = (I - EI)/sqrt(VI) with esda's
    total-randomisation moments (Sokal et al. 1998); quadrant 1 HH, 2 LH, 3 LL, 4 HL."""
    y = _as_values(values, w.n)
    if y.size < 3:
        raise ValueError("at least 3 features are needed")
    z = _standardise(y)
    lag = w.neighbour_sum(z)
    den = float((z * z).sum())
    n = y.size
    with np.errstate(divide="ignore", invalid="ignore"):
        i_loc = (n - 1) * z * lag / den
    ei, vi = local_moran_moments(values, w)
    with np.errstate(divide="ignore", invalid="ignore"):
        zs = (i_loc - ei) / np.sqrt(vi)
    zp, lp = z > 0, lag > 0
    quad = np.where(zp & lp, 1, np.where(~zp & lp, 2, np.where(~zp & ~lp, 3, 4))).astype(np.int8)
    return i_loc, zs, quad


def local_moran_moments(values, w):
    """esda's analytic E[I_i] and Var[I_i] under total randomisation for binary weights: (EI, VI) arrays."""
    y = _as_values(values, w.n)
    n = y.size
    z = _standardise(y)
    m2 = float((z * z).sum()) / n
    m4 = float((z ** 4).sum()) / n
    b2 = m4 / (m2 * m2) if m2 > 0 else np.nan
    wi = w.cardinalities.astype(float)
    wi2 = wi  # binary weights: sum of squares equals the count
    n1 = n - 1.0
    ei = -wi / n1
    vi = wi2 * (n - b2) / n1 + (wi ** 2 - wi2) * (2 * b2 - n) / (n1 * (n - 2.0)) - (wi / n1) ** 2
    return ei, vi


def global_moran_z(values, w):
    """Global Moran's I (Moran 1950) with binary weights and its z-score under the randomisation assumption
    (Cliff & Ord 1981; as esda ``Moran(y, w, transformation='B').z_rand``): returns (I, z)."""
    y = _as_values(values, w.n)
    n = y.size
    if n < 4:
        raise ValueError("at least 4 features are needed")
    rows = w.rows()
    s0 = float(w.indices.size)
    if s0 == 0:
        return float("nan"), float("nan")
    fwd = rows * n + w.indices
    back = np.sort(w.indices * n + rows)
    pos = np.minimum(np.searchsorted(back, fwd), back.size - 1)
    recip = back[pos] == fwd
    s1 = float(np.sum(np.where(recip, 2.0, 1.0)))
    colsum = np.bincount(w.indices, minlength=n).astype(float)
    s2 = float(np.sum((w.cardinalities + colsum) ** 2))
    z = y - y.mean()
    z2ss = float((z * z).sum())
    if z2ss == 0:
        return float("nan"), float("nan")
    i_glob = n / s0 * float((z * w.neighbour_sum(z)).sum()) / z2ss
    return i_glob, _moran_z_rand(i_glob, n, s0, s1, s2, z)


def _kurtosis(z, n):
    return (np.sum(z ** 4) / n) / (np.sum(z ** 2) / n) ** 2


def _moran_z_rand(i_glob, n, s0, s1, s2, z, kurtosis=None):
    ei = -1.0 / (n - 1)
    k = _kurtosis(z, n) if kurtosis is None else kurtosis
    s02 = s0 * s0
    a = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02)
    b = k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02)
    vi = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - ei * ei
    return float((i_glob - ei) / math.sqrt(vi)) if vi > 0 else float("nan")


def _grid_moran_z(grid, mask, radius_cells, kurtosis=None):
    """Global Moran z on a masked square raster with a distance band (symmetric binary weights), via disc sums.
    ``kurtosis``: the values' kurtosis when it is already known (it does not depend on the band)."""
    z = np.where(mask, grid - grid[mask].mean(), 0.0)
    n = int(mask.sum())
    lag = _disk_sum(z, radius_cells) - z
    card = np.where(mask, _disk_sum(mask.astype(float), radius_cells) - 1.0, 0.0)
    s0 = float(card.sum())
    if s0 == 0:
        return float("nan")
    z2ss = float((z * z).sum())
    i_glob = n / s0 * float((z * lag)[mask].sum()) / z2ss
    return _moran_z_rand(i_glob, n, s0, 2.0 * s0, float(np.sum((2.0 * card) ** 2)), z[mask], kurtosis)


def conditional_permutation(values, w, statistic="gi_star", permutations=999, seed=0, progress=None):
    """Conditional randomisation (Anselin 1995) of local Gi* or Local Moran, as esda ``crand``: (p_sim, z_sim).

    The value at i stays; its k_i neighbours are drawn without replacement from the other n-1 values, reusing one
    set of random draws (first k_i of max k ids per permutation) for every location, as esda does. Pseudo p is
    esda's folded ("directed") (min(larger, perms - larger) + 1) / (perms + 1); z_sim = (obs - mean) / std of the
    simulated statistics. Exact and fast: a location's random neighbour sum depends on i only through how many
    drawn ids lie below i, so each permutation yields at most k+1 distinct sums. Islands get NaN; for Local Moran a
    location whose value equals the mean gets p_sim = 1 (esda would report 1/(perms+1) there, an artefact).
    """
    if statistic not in ("gi_star", "local_moran"):
        raise ValueError("statistic must be 'gi_star' or 'local_moran'")
    y = _as_values(values, w.n)
    n = y.size
    perms = int(permutations)
    if perms < 1:
        raise ValueError("permutations must be at least 1")
    if n < 3:
        raise ValueError("at least 3 features are needed")
    card = w.cardinalities
    lag = w.neighbour_sum(y)
    p_sim = np.full(n, np.nan)
    z_sim = np.full(n, np.nan)
    kmax = int(card.max()) if n else 0
    if kmax == 0:
        return p_sim, z_sim
    if statistic == "gi_star":
        direction = np.full(n, 1 if y.sum() >= 0 else -1, dtype=np.int8)
    else:
        direction = np.sign(_standardise(y)).astype(np.int8)
    for li, row, d, mean, std in permuted_neighbour_sums(y, card, perms, seed, progress):
        target = lag[li]
        ge = perms - _bisect_rows(d, row, target, left=True)  # simulated >= observed
        le = _bisect_rows(d, row, target, left=False)  # simulated <= observed
        dirn = direction[li]
        larger = np.where(dirn > 0, ge, np.where(dirn < 0, le, perms))
        larger = np.minimum(larger, perms - larger)
        pv = (larger + 1.0) / (perms + 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            zs = dirn * (target - mean) / std
        zs = np.where(std > 0, zs, np.nan)
        pv = np.where(dirn == 0, 1.0, pv)
        zs = np.where(dirn == 0, np.nan, zs)
        p_sim[li] = pv
        z_sim[li] = zs
    return p_sim, z_sim


def permuted_neighbour_sums(y, card, permutations, seed=0, progress=None):
    """Conditional randomisation (esda ``crand``) of the neighbour sums of ``y``: the value at i stays, its k_i
    neighbours are drawn without replacement from the other n-1 values, one set of draws (the first k_i of max k ids
    per permutation) serving every location. A location's random sum depends on i only through how many drawn ids
    lie below i, so each permutation yields at most k+1 distinct sums.

    Yields, chunk by chunk, ``(locations, rows, sorted_sums, mean, std)``: location ``locations[t]`` has its
    simulated sums in ``sorted_sums[rows[t]]`` (sorted ascending), with their mean and standard deviation."""
    n = y.size
    perms = int(permutations)
    kmax = int(card.max()) if n else 0
    rng = np.random.default_rng(seed)
    ids = np.empty((perms, kmax), dtype=np.int64)
    for p in range(perms):
        ids[p] = rng.choice(n - 1, size=kmax, replace=False)
    total = float(np.sum(card > 0))
    done = 0.0
    rows_per_chunk = max(1, (1 << 22) // perms)
    _check_progress(progress, 0.0)
    for k in (int(k) for k in np.unique(card) if k > 0):
        locs = np.flatnonzero(card == k)
        s = np.sort(ids[:, :k], axis=1)
        ys, ys1 = y[s], y[s + 1]
        v = np.zeros((perms, k + 1))
        v[:, 1:] = np.cumsum(ys, axis=1)  # ids below i keep their position
        v += _suffix(ys1)  # ids at or above i shift up by one (esda indexes the other n-1 values)
        vflat = v.ravel()
        offs = (np.arange(perms, dtype=np.int64) * (k + 1))[None, :]
        breaks = np.unique(s) + 1
        seg = np.searchsorted(breaks, locs, side="right")
        useg, first, inv = np.unique(seg, return_index=True, return_inverse=True)
        inv = np.asarray(inv).ravel()
        reps = locs[first]
        for a in range(0, useg.size, rows_per_chunk):
            q = reps[a:a + rows_per_chunk]
            m = np.empty((q.size, perms), dtype=np.int64)
            for p in range(perms):
                m[:, p] = np.searchsorted(s[p], q, side="left")
            d = np.sort(vflat[m + offs], axis=1)
            sel = np.flatnonzero((inv >= a) & (inv < a + q.size))
            row = inv[sel] - a
            yield locs[sel], row, d, d.mean(axis=1)[row], d.std(axis=1)[row]
            done += sel.size
            _check_progress(progress, done / total)


def _suffix(ys1):
    """(perms, k+1) array whose column m is the sum of ys1[:, m:] (ids at or above i shift up by one)."""
    perms, k = ys1.shape
    out = np.zeros((perms, k + 1))
    out[:, :k] = np.cumsum(ys1[:, ::-1], axis=1)[:, ::-1]
    return out


def _bisect_rows(sorted_rows, row, target, left):
    """Vectorised searchsorted of target[t] in sorted_rows[row[t]] (side left or right)."""
    lo = np.zeros(row.size, dtype=np.int64)
    hi = np.full(row.size, sorted_rows.shape[1], dtype=np.int64)
    while True:
        active = lo < hi
        if not active.any():
            return lo
        mid = (lo + hi) // 2
        midc = np.minimum(mid, sorted_rows.shape[1] - 1)
        val = sorted_rows[row, midc]
        go_right = (val < target) if left else (val <= target)
        go_right &= active
        stay = active & ~go_right
        lo = np.where(go_right, mid + 1, lo)
        hi = np.where(stay, mid, hi)


# ----------------------------------------------------------------------------------------------------------------
# Optimized Hot Spot Analysis: automatic choices
# ----------------------------------------------------------------------------------------------------------------
def _drop_outliers(d):
    """Esri's locational outliers: nearest-neighbour distances more than 3 standard deviations above the mean."""
    cut = d.mean() + 3.0 * d.std()
    kept = d[d <= cut]
    return kept, int(d.size - kept.size)


def auto_cell_size(x, y, max_cells=1_000_000, bounds=None, divisions=None):
    """Cell size for aggregating incidents (Esri, "How Optimized Hot Spot Analysis works"): the mean distance from
    each incident to its nearest non-coincident neighbour, after removing locational outliers (distance > mean +
    3 sd). With ``divisions`` (e.g. 150) it is at least the shorter side of the bounds' rectangle divided by it, the
    crime-mapping rule of thumb of Eck et al. (2005, "Mapping Crime: Understanding Hot Spots"), so that dense
    incidents over a large study area do not give mostly empty cells. Grown if the grid over the bounds would exceed
    ``max_cells``. Returns (size, reason_code) with reason "mean_nn_distance", "extent_divisions" or
    "max_cells_limit"."""
    xy = _as_xy(np.column_stack([np.asarray(x, float).ravel(), np.asarray(y, float).ravel()]))
    if np.unique(xy, axis=0).shape[0] < 2:
        raise ValueError("at least 2 distinct incident locations are needed")
    nn = nearest_neighbour_distance(xy, 1, distinct=True)
    kept, _ = _drop_outliers(nn)
    size = float(kept.mean())
    reason = "mean_nn_distance"
    xmin, ymin, xmax, ymax = _bounds(xy[:, 0], xy[:, 1], bounds)
    if divisions:
        floor = min(xmax - xmin, ymax - ymin) / float(divisions)
        if floor > size:
            size, reason = floor, "extent_divisions"
    w, h = max(xmax - xmin, size), max(ymax - ymin, size)
    if math.ceil(w / size) * math.ceil(h / size) > max_cells:
        size = math.sqrt(w * h / max_cells) * 1.0001
        while math.ceil(w / size) * math.ceil(h / size) > max_cells:
            size *= 1.01
        reason = "max_cells_limit"
    return size, reason


def incremental_moran_z(xy, values, distances, lattice=None):
    """Global Moran's I z-scores (randomisation) at each distance band, as Esri's Incremental Spatial
    Autocorrelation. With a square ``lattice`` (whose cells are ``xy``) disc sums replace explicit weights; a hexagonal
    one has its weights from a stencil."""
    out = []
    if lattice is not None and lattice.kind == "square":
        grid = np.zeros((lattice.nrows, lattice.ncols))
        mask = np.zeros(grid.shape, dtype=bool)
        grid[lattice.row, lattice.col] = np.asarray(values, float)
        mask[lattice.row, lattice.col] = True
        kurtosis = _kurtosis((grid - grid[mask].mean())[mask], int(mask.sum()))
    for d in distances:
        if lattice is not None and lattice.kind == "square":
            out.append(_grid_moran_z(grid, mask, float(d) / lattice.cell_size, kurtosis))
        elif lattice is not None and len(lattice) == len(values):
            out.append(global_moran_z(values, lattice_distance_band(lattice, d))[1])
        else:
            out.append(global_moran_z(values, distance_band(xy, d))[1])
    return np.array(out, dtype=float)


def auto_distance_band(xy, values, n_bands=10, lattice=None):
    """Distance band for Gi* (Esri, "How Optimized Hot Spot Analysis works"): run incremental spatial
    autocorrelation at ``n_bands`` distances starting where every feature (locational outliers aside) has a
    neighbour, stepping by the mean nearest-neighbour distance, and take the first peak of the Moran's I z-score.
    Without a peak: the mean distance to the k-th nearest neighbour, k = 5 % of n clamped to [3, 30].
    Returns (distance, reason_code): "first_peak" or "no_peak_knn_mean"."""
    xy = _as_xy(xy)
    y = _as_values(values, xy.shape[0])
    n = y.size
    if n < 4:
        raise ValueError("at least 4 features are needed")
    if lattice is not None and lattice.kind == "square" and len(lattice) == n:
        nn = _lattice_kth_distance(lattice, 1)  # the cells are distinct: the same distances, by disc counts
    else:
        nn = nearest_neighbour_distance(xy, 1, distinct=True)
    kept, _ = _drop_outliers(nn)
    start = float(kept.max())
    step = float(kept.mean())
    if np.ptp(y) > 0 and step > 0:
        distances = start + step * np.arange(n_bands)
        zs = incremental_moran_z(xy, y, distances, lattice=lattice)
        for t in range(1, n_bands - 1):
            if np.isfinite(zs[t]) and zs[t] > zs[t - 1] and zs[t] > zs[t + 1]:
                return float(distances[t]), "first_peak"
    k = int(min(max(round(0.05 * n), 3), 30, n - 1))
    if lattice is not None and lattice.kind == "square" and len(lattice) == n:
        return _lattice_kth_distance(lattice, k).mean(), "no_peak_knn_mean"
    return float(nearest_neighbour_distance(xy, k).mean()), "no_peak_knn_mean"


def _lattice_kth_distance(lattice, k):
    """Distance from each cell of a square lattice to its k-th nearest other cell, by disc counts over the candidate
    radii s * sqrt(a^2 + b^2) (same result as :func:`nearest_neighbour_distance`, without a k-NN search)."""
    mask = np.zeros((lattice.nrows, lattice.ncols))
    mask[lattice.row, lattice.col] = 1.0
    out = np.full(len(lattice), np.nan)
    todo = np.ones(len(lattice), dtype=bool)
    limit = int(math.isqrt(lattice.nrows ** 2 + lattice.ncols ** 2)) + 2
    done, reach = 0, 8  # candidate radii a^2 + b^2 <= reach^2, generated as far as they are needed
    while todo.any() and done < limit * limit:
        reach = min(reach, limit)
        a = np.arange(reach + 1)
        radii = np.unique((a[:, None] ** 2 + a[None, :] ** 2).ravel())
        for r2 in (int(r) for r in radii[(radii > done) & (radii <= reach * reach)]):
            count = _disk_sum(mask, math.sqrt(r2))[lattice.row, lattice.col] - 1.0
            hit = todo & (count >= k)
            out[hit] = lattice.cell_size * math.sqrt(r2)
            todo &= ~hit
            if not todo.any():
                break
        done, reach = reach * reach, reach * 4
    return out

