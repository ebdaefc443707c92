"""Bivariate Local Moran (Anselin, Syabri and Smirnov 2002; Anselin 2019) as PySAL esda's ``Moran_Local_BV``.

For two variables x and y on the same locations and binary contiguity/distance weights W (neighbours of i, i
itself excluded), the weights are row-standardised (w_ij = 1/k_i), x and y are z-standardised with the population
standard deviation, and

    I_i = (n - 1) / sum(z_x^2) * z_x,i * sum_j w_ij z_y,j   (= (n - 1)/n * z_x,i * lag(z_y)_i).

The quadrant is HH when z_x,i > 0 and the lag of z_y is > 0, LH when z_x,i <= 0 and the lag > 0, LL when both are
<= 0 and HL when z_x,i > 0 and the lag <= 0 (esda's 1 HH, 2 LH, 3 LL, 4 HL).

Inference is esda's conditional randomisation: x_i stays, the k_i neighbours' y values are drawn without
replacement from the other n - 1 locations (one set of draws per permutation shared by every location: the first
k_i of k_max ids, as esda's ``crand``). The pseudo p-value is folded as ``Moran_Local_BV`` does it:
larger = #(I_sim >= I_obs), larger = min(larger, perms - larger), p_sim = (larger + 1) / (perms + 1), with one
difference where a simulated I equals the observed one exactly (counts often tie): such a tie counts on both sides,
larger = min(#(I_sim >= I_obs), #(I_sim <= I_obs)). esda compares float sums added in another order, so rounding
noise puts each tie on one side or the other, and an observed lag at the very bottom of the range (e.g. no incidents
around a cell where that is common) would get p = 1 / (perms + 1). Without ties both are the same.
Everything is numpy only and vectorised as :func:`core.hotspot.conditional_permutation`: a location's random
neighbour sum depends on i only through how many drawn ids lie below i.
"""

import numpy as np

from .hotspot import _as_values, _bisect_rows, permuted_neighbour_sums

__all__ = ["QUADRANT_CODES", "bv_permutation", "lattice_cell_index", "lattice_counts", "moran_local_bv"]

QUADRANT_CODES = ("HH", "LH", "LL", "HL")  # esda's q = 1, 2, 3, 4


def _inputs(x, y, w):
    x = _as_values(x, w.n)
    y = _as_values(y, w.n)
    if x.size < 3:
        raise ValueError("at least 3 features are needed")
    if not np.ptp(x) > 0:
        raise ValueError("the first variable has the same value everywhere")
    if not np.ptp(y) > 0:
        raise ValueError("the second variable has the same value everywhere")
    return x, y


def _row_standardised_lag(values, w):
    card = w.cardinalities.astype(float)
    total = w.neighbour_sum(values)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(card > 0, total / np.where(card > 0, card, 1.0), 0.0)


def moran_local_bv(x, y, w):
    """Bivariate Local Moran I_i of x against the spatial lag of y: (I, quadrant) with quadrant 1 HH, 2 LH, 3 LL,
    4 HL. ``w`` holds binary weights (core.hotspot.Weights); they are row-standardised here. Islands (no
    neighbours) have a lag of 0 and so I = 0, as esda's default island weight gives."""
    x, y = _inputs(x, y, w)
    n = x.size
    zx = (x - x.mean()) / x.std()
    zy = (y - y.mean()) / y.std()
    lag = _row_standardised_lag(zy, w)
    i_loc = (n - 1) * zx * lag / float((zx * zx).sum())
    zp, lp = zx > 0, lag > 0
    quad = np.where(zp & lp, 1, np.where(~zp & lp, 2, np.where(~zp & ~lp, 3, 4))).astype(np.int8)
    return i_loc, quad


def bv_permutation(x, y, w, permutations=999, seed=0, progress=None):
    """Conditional permutation test of the bivariate Local Moran: (p_sim, z_sim) per location.

    p_sim is esda's folded pseudo p-value with ties counted on both sides (see the module doc), z_sim =
    (I - mean I_sim) / std I_sim. The sums are compared on the raw y values, so integer counts tie exactly where
    they tie. Islands get NaN; a location whose x equals the mean (z_x = 0, every simulated I equals the observed 0)
    gets p_sim = 1 and z_sim NaN (esda would report 1 / (perms + 1) there, an artefact of its folding).
    """
    x, y = _inputs(x, y, w)
    n = y.size
    perms = int(permutations)
    if perms < 1:
        raise ValueError("permutations must be at least 1")
    card = w.cardinalities
    observed = w.neighbour_sum(y)
    direction = np.sign(x - x.mean()).astype(np.int8)
    p_sim = np.full(n, np.nan)
    z_sim = np.full(n, np.nan)
    kmax = int(card.max()) if n else 0
    if kmax == 0:
        return p_sim, z_sim
    if kmax > n - 1:
        raise ValueError("a location has more neighbours than there are other locations")
    for li, row, d, mean, std in permuted_neighbour_sums(y, card, perms, seed, progress):
        target = observed[li]
        ge = perms - _bisect_rows(d, row, target, left=True)  # simulated sums >= observed
        le = _bisect_rows(d, row, target, left=False)  # simulated sums <= observed
        dirn = direction[li]
        # I_sim >= I_obs is sum >= observed for z_x > 0 and sum <= observed for z_x < 0, and I_sim <= I_obs
        # the other way round: folded with ties on both sides, either direction gives min(ge, le)
        pv = (np.minimum(ge, le) + 1.0) / (perms + 1.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            zs = dirn * (target - mean) / std
        zs = np.where(std > 0, zs, np.nan)
        p_sim[li] = np.where(dirn == 0, 1.0, pv)
        z_sim[li] = np.where(dirn == 0, np.nan, zs)
    return p_sim, z_sim


def lattice_cell_index(lattice, x, y):
    """The position in ``lattice`` (core.hotspot.Lattice) of the cell each point falls in, -1 outside its cells.

    Squares: the cell whose square contains the point (a point on the frame's outer edge belongs to the edge cell,
    as core.hotspot.square_lattice counts it). Hexagons: the nearest centre, i.e. the hexagon containing the point.
    Used to count a second point layer in the cells built from the first."""
    import math

    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    out = np.full(x.size, -1, dtype=np.int64)
    ok = np.isfinite(x) & np.isfinite(y)
    grid = lattice.index_grid()
    ox, oy = lattice.origin
    s = lattice.cell_size
    px, py = x[ok], y[ok]
    if lattice.kind == "square":
        fc = (px - ox) / s
        fr = (py - oy) / s
        c = np.floor(fc).astype(np.int64)
        r = np.floor(fr).astype(np.int64)
        c = np.where((c == lattice.ncols) & (fc <= lattice.ncols + 1e-9), lattice.ncols - 1, c)
        r = np.where((r == lattice.nrows) & (fr <= lattice.nrows + 1e-9), lattice.nrows - 1, r)
    else:
        rad = s / math.sqrt(3.0)
        c0 = np.rint((px - ox) / (1.5 * rad)).astype(np.int64)
        best_d = np.full(px.size, np.inf)
        r = np.full(px.size, -1, dtype=np.int64)
        c = np.full(px.size, -1, dtype=np.int64)
        for dc in (-1, 0, 1):
            cc = c0 + dc
            rr = np.rint((py - oy) / s - 0.5 * (cc & 1)).astype(np.int64)
            d = (px - (ox + 1.5 * rad * cc)) ** 2 + (py - (oy + s * (rr + 0.5 * (cc & 1)))) ** 2
            better = d < best_d
            best_d[better] = d[better]
            r[better] = rr[better]
            c[better] = cc[better]
    inside = (r >= 0) & (r < lattice.nrows) & (c >= 0) & (c < lattice.ncols)
    idx = np.full(px.size, -1, dtype=np.int64)
    idx[inside] = grid[r[inside], c[inside]]
    out[np.flatnonzero(ok)] = idx
    return out


def lattice_counts(lattice, x, y, weights=None):
    """Points (or their weights) summed per cell of ``lattice``: (values per cell, number of points outside)."""
    cell = lattice_cell_index(lattice, x, y)
    w = np.ones(cell.size) if weights is None else np.asarray(weights, dtype=float).ravel()
    inside = cell >= 0
    return np.bincount(cell[inside], weights=w[inside], minlength=len(lattice)), int(np.sum(~inside))
