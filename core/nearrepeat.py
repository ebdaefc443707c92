"""Knox test for near-repeat victimisation, and a grid-hashed close-pair finder.

The Knox test (Knox 1964) counts pairs of events that are close in both space and time and compares the counts
with those expected when times are unrelated to places. Expectation and significance come from Monte-Carlo
permutations of the event times, as in Johnson et al. (2007) and Ratcliffe's Near Repeat Calculator.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import Cancelled

# Pairs handled per block while expanding grid-hash candidates (bounds the memory of the pair search).
_BLOCK_CANDIDATES = 2_000_000


def _as_float_1d(values, name):
    arr = np.asarray(values, dtype=float).ravel()
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} contains missing or non-finite values")
    return arr


def close_pairs(x, y, distance):
    """Return all unordered pairs of points no farther apart than ``distance`` (Euclidean, same units as x/y).

    Uses a uniform grid hash of cell size ``distance`` and a half stencil of neighbouring cells, so each pair is
    found once. Returns ``(i, j, d)`` with integer index arrays ``i < j`` and the float distances ``d``.
    A relative tolerance of 1e-9 keeps pairs that lie exactly on the distance (e.g. grid-cell centres).
    """
    x = _as_float_1d(x, "x")
    y = _as_float_1d(y, "y")
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    distance = float(distance)
    if not np.isfinite(distance) or distance <= 0:
        raise ValueError("distance must be a positive number")
    n = x.size
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=float))
    if n < 2:
        return empty

    limit2 = distance * distance * (1.0 + 1e-9)
    cx = np.floor((x - x.min()) / distance).astype(np.int64) + 1
    cy = np.floor((y - y.min()) / distance).astype(np.int64) + 1
    ny = int(cy.max()) + 2
    key = cx * ny + cy
    order = np.argsort(key, kind="stable")
    skey = key[order]

    out_i, out_j = [], []
    # Half stencil: same cell (keep i < j) plus four of the eight neighbour cells, so every pair occurs once.
    for dx, dy in ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1)):
        target = key + dx * ny + dy
        lo = np.searchsorted(skey, target, side="left")
        hi = np.searchsorted(skey, target, side="right")
        counts = hi - lo
        start = 0
        cum = np.cumsum(counts)
        while start < n:
            # Grow the block of source points until it holds about _BLOCK_CANDIDATES candidates.
            base = cum[start - 1] if start > 0 else 0
            stop = int(np.searchsorted(cum, base + _BLOCK_CANDIDATES, side="right"))
            stop = min(max(stop, start + 1), n)
            c = counts[start:stop]
            total = int(c.sum())
            if total:
                src = np.repeat(np.arange(start, stop, dtype=np.int64), c)
                offsets = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(c) - c, c)
                dst = order[np.repeat(lo[start:stop], c) + offsets]
                if dx == 0 and dy == 0:
                    keep = src < dst
                    src, dst = src[keep], dst[keep]
                ddx = x[src] - x[dst]
                ddy = y[src] - y[dst]
                keep = ddx * ddx + ddy * ddy <= limit2
                out_i.append(src[keep])
                out_j.append(dst[keep])
            start = stop
    if not out_i:
        return empty
    a = np.concatenate(out_i)
    b = np.concatenate(out_j)
    i = np.minimum(a, b)
    j = np.maximum(a, b)
    dx = x[i] - x[j]
    dy = y[i] - y[j]
    d = np.sqrt(dx * dx + dy * dy)  # exact on exact squares, so band edges are honoured
    return i, j, d


def _edges(bands, name):
    edges = np.asarray(bands, dtype=float).ravel()
    if edges.size == 0:
        raise ValueError(f"{name} must contain at least one upper edge")
    if not np.all(np.isfinite(edges)) or edges[0] <= 0 or np.any(np.diff(edges) <= 0):
        raise ValueError(f"{name} must be positive and strictly increasing")
    return edges


@dataclass
class KnoxResult:
    """Knox table: arrays shaped [distance band, time band]; bands are (lower, upper], the first includes 0."""

    distance_bands: np.ndarray
    time_bands: np.ndarray
    observed: np.ndarray
    expected: np.ndarray
    ratio: np.ndarray
    p_value: np.ndarray
    permutations: int
    n_events: int
    n_close_pairs: int

    def to_frame(self):
        """Return the table in long form, one row per (distance band, time band)."""
        nd, nt = self.observed.shape
        d_hi = np.repeat(self.distance_bands, nt)
        d_lo = np.repeat(np.concatenate([[0.0], self.distance_bands[:-1]]), nt)
        t_hi = np.tile(self.time_bands, nd)
        t_lo = np.tile(np.concatenate([[0.0], self.time_bands[:-1]]), nd)
        return pd.DataFrame({
            "distance_from": d_lo,
            "distance_to": d_hi,
            "days_from": t_lo,
            "days_to": t_hi,
            "observed": self.observed.ravel(),
            "expected": self.expected.ravel(),
            "ratio": self.ratio.ravel(),
            "p_value": self.p_value.ravel(),
        })


def knox(x, y, t_days, distance_bands, time_bands, permutations=99, seed=0, progress=None):
    """Knox space-time interaction test with Monte-Carlo permutation of event times.

    Follows Knox (1964) and the near-repeat calculator of Johnson et al. (2007) / Ratcliffe: every pair of events
    is counted in the (distance band x time band) cell its separation falls in; the expected count is the mean over
    ``permutations`` random shuffles of the times, the ratio is observed / expected and the pseudo p-value is
    (number of permutations with count >= observed + 1) / (permutations + 1). Returns a :class:`KnoxResult`.
    """
    x = _as_float_1d(x, "x")
    y = _as_float_1d(y, "y")
    t = _as_float_1d(t_days, "t_days")
    if not (x.size == y.size == t.size):
        raise ValueError("x, y and t_days must have the same length")
    if x.size < 2:
        raise ValueError("at least two events are needed")
    d_edges = _edges(distance_bands, "distance_bands")
    t_edges = _edges(time_bands, "time_bands")
    permutations = int(permutations)
    if permutations < 1:
        raise ValueError("permutations must be at least 1")
    nd, nt = d_edges.size, t_edges.size
    ncell = nd * nt

    i, j, d = close_pairs(x, y, d_edges[-1])
    d_band = np.minimum(np.searchsorted(d_edges, d, side="left"), nd - 1)
    # one extra time slot per distance band collects pairs beyond the last time edge (cheaper than masking)
    cell_base = d_band * (nt + 1)

    def count(times):
        t_band = np.searchsorted(t_edges, np.abs(times[i] - times[j]), side="left")
        return np.bincount(cell_base + t_band, minlength=nd * (nt + 1)).reshape(nd, nt + 1)[:, :nt].ravel()

    observed = count(t)
    rng = np.random.default_rng(seed)
    total = np.zeros(ncell, dtype=float)
    n_ge = np.zeros(ncell, dtype=np.int64)
    for k in range(permutations):
        perm_counts = count(t[rng.permutation(t.size)])
        total += perm_counts
        n_ge += perm_counts >= observed
        if progress is not None and progress((k + 1) / permutations) is False:
            raise Cancelled()
    expected = total / permutations
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(expected > 0, observed / np.where(expected > 0, expected, 1.0), np.nan)
    p_value = (n_ge + 1) / (permutations + 1)
    shape = (nd, nt)
    return KnoxResult(
        distance_bands=d_edges,
        time_bands=t_edges,
        observed=observed.reshape(shape),
        expected=expected.reshape(shape),
        ratio=ratio.reshape(shape),
        p_value=p_value.reshape(shape),
        permutations=permutations,
        n_events=int(x.size),
        n_close_pairs=int(i.size),
    )
