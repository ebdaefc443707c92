"""Short-term risk maps by prospective hot-spotting, and their scoring by PAI and PEI.

Prospective hot-spotting (Bowers, Johnson & Pease 2004, "Prospective hot-spotting: the future of crime mapping?",
Brit. J. Criminol. 44): every incident in the look-back before the as-of time raises the risk around it, more the
closer and the more recent it is. Here each incident contributes a quartic kernel in space (bandwidth in metres,
zero beyond it) times an exponential decay in time whose half-life is the time bandwidth in days:
``w = 0.5 ** (age_days / bandwidth_days)``. Optionally the kernel is multiplied inside each distance band × time
band by the Knox ratio of a near-repeat test (only bands with a ratio above 1 and p ≤ 0.05 count; elsewhere the
factor is 1), so that the space–time neighbourhood where repeats were observed weighs more. The time band is the one
of the incident's age at the as-of time (a simplification: the coming weeks lie a little further on).

The retrospective comparison is the plain kernel density of the same incidents (the same quartic kernel, every
incident weight 1), the map a hot-spot analysis of the look-back would give.

Incidents are counted in the grid cell they fall in, and the cell counts are spread with the kernel by FFT
convolution: the kernel is evaluated between cell centres.

Scoring (on incidents after the as-of time): the cells are ranked by risk and the top 1 %, 5 % and 10 % of the
study-area cells are taken. Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008): PAI = (n/N) / (a/A) with n
incidents in the selected cells, N in the study area, a selected cells and A study-area cells. Predictive
Efficiency Index (Hunt 2016): PEI = PAI / PAI*, with PAI* the best PAI any selection of the same number of cells
could reach (the a cells with the most incidents), i.e. PEI = n / n*.
"""

from dataclasses import dataclass

import numpy as np

from .errors import Cancelled

SHARES = (0.01, 0.05, 0.10)


def next_fast_len(n):
    """The smallest 2·3·5-smooth integer ≥ n (fast FFT size)."""
    n = max(int(n), 1)
    best = None
    p5 = 1
    while p5 < 2 * n:
        p35 = p5
        while p35 < 2 * n:
            q = p35
            while q < n:
                q *= 2
            if best is None or q < best:
                best = q
            p35 *= 3
        p5 *= 5
    return best


def quartic(d, bandwidth):
    """Quartic (biweight) kernel profile, 1 at the centre, 0 from the bandwidth on."""
    u = np.asarray(d, dtype=float) / float(bandwidth)
    return np.where(u < 1.0, (1.0 - u * u) ** 2, 0.0)


def time_weight(age_days, bandwidth_days):
    """Exponential decay with a half-life of ``bandwidth_days``."""
    return 0.5 ** (np.asarray(age_days, dtype=float) / float(bandwidth_days))


@dataclass
class NearRepeatBands:
    """Knox ratios per distance band (rows) and time band (columns); band edges in metres and days."""

    distance_from: np.ndarray
    distance_to: np.ndarray
    days_from: np.ndarray
    days_to: np.ndarray
    ratio: np.ndarray  # (n_distance, n_time): the factor (1 where not significant)

    @classmethod
    def from_rows(cls, distance_from, distance_to, days_from, days_to, ratio, p=None, alpha=0.05):
        """Build the band table from one row per band (as trygghet:nearrepeat writes it)."""
        d0, d1, t0, t1, r = (np.asarray(v, dtype=float) for v in (distance_from, distance_to, days_from, days_to,
                                                                  ratio))
        dist = np.unique(np.column_stack([d0, d1]), axis=0)
        days = np.unique(np.column_stack([t0, t1]), axis=0)
        factor = np.ones((len(dist), len(days)))
        p = np.zeros_like(r) if p is None else np.asarray(p, dtype=float)
        for k in range(r.size):
            i = int(np.flatnonzero((dist[:, 0] == d0[k]) & (dist[:, 1] == d1[k]))[0])
            j = int(np.flatnonzero((days[:, 0] == t0[k]) & (days[:, 1] == t1[k]))[0])
            if np.isfinite(r[k]) and r[k] > 1.0 and np.isfinite(p[k]) and p[k] <= alpha:
                factor[i, j] = r[k]
        return cls(dist[:, 0], dist[:, 1], days[:, 0], days[:, 1], factor)

    def time_band(self, age_days):
        """Index of the time band of each age (-1 outside every band)."""
        age = np.asarray(age_days, dtype=float)
        out = np.full(age.shape, -1, dtype=np.int64)
        for j in range(self.days_from.size):
            out[(age >= self.days_from[j]) & (age < self.days_to[j]) & (out < 0)] = j
        return out

    def distance_factor(self, d, j):
        """The factor at distances ``d`` for time band ``j``."""
        d = np.asarray(d, dtype=float)
        out = np.ones(d.shape)
        for i in range(self.distance_from.size):
            inside = (d >= self.distance_from[i]) & (d < self.distance_to[i])
            out[inside] = self.ratio[i, j]
        return out


def cell_index(x, y, x_min, y_max, pixel, rows, cols):
    """(row, col) of the cell each point falls in; -1 for points outside the grid."""
    col = np.floor((np.asarray(x, dtype=float) - x_min) / pixel).astype(np.int64)
    row = np.floor((y_max - np.asarray(y, dtype=float)) / pixel).astype(np.int64)
    bad = (col < 0) | (col >= cols) | (row < 0) | (row >= rows) | ~np.isfinite(x) | ~np.isfinite(y)
    row[bad] = -1
    col[bad] = -1
    return row, col


def cell_counts(x, y, x_min, y_max, pixel, rows, cols, weights=None):
    """Sum of ``weights`` (default 1) per cell, (rows, cols) float64; points outside the grid are dropped."""
    row, col = cell_index(x, y, x_min, y_max, pixel, rows, cols)
    keep = row >= 0
    flat = row[keep] * cols + col[keep]
    w = None if weights is None else np.asarray(weights, dtype=float)[keep]
    return np.bincount(flat, weights=w, minlength=rows * cols).astype(float).reshape(rows, cols)


def _stencil(pixel, bandwidth, factor=None):
    b = int(np.ceil(bandwidth / pixel))
    off = np.arange(-b, b + 1) * float(pixel)
    d = np.hypot(off[:, None], off[None, :])
    k = quartic(d, bandwidth)
    if factor is not None:
        k = k * factor(d)
    return k, b


def fft_bytes(rows, cols, pixel, bandwidth, layers=1):
    """Working memory (bytes) of :func:`convolve_layers` for a grid, to check before allocating."""
    b = int(np.ceil(bandwidth / pixel))
    r, c = next_fast_len(rows + 2 * b), next_fast_len(cols + 2 * b)
    return int(r * c * 8 * 3 + r * (c // 2 + 1) * 16 * (2 + layers) + rows * cols * 8 * 4)


def convolve_layers(layers, stencils, b, progress=None, p0=0.0, p1=1.0):
    """Sum over i of the linear convolution of ``layers[i]`` (rows, cols) with ``stencils[i]`` ((2b+1)²), cut to
    the grid: out[r, c] = sum over cells q of layer[q] × stencil[q - (r, c) + b]."""
    rows, cols = layers[0].shape
    fr, fc = next_fast_len(rows + 2 * b), next_fast_len(cols + 2 * b)
    total = np.zeros((fr, fc // 2 + 1), dtype=complex)
    for i, (layer, stencil) in enumerate(zip(layers, stencils)):
        if progress is not None and not progress(p0 + (p1 - p0) * i / max(len(layers), 1)):
            raise Cancelled()
        if not layer.any():
            continue
        total += np.fft.rfft2(layer, s=(fr, fc)) * np.fft.rfft2(stencil, s=(fr, fc))
    out = np.fft.irfft2(total, s=(fr, fc))[b:b + rows, b:b + cols]
    out[out < 1e-9 * max(float(out.max()), 1e-300)] = 0.0
    return out


def risk_surface(x, y, age_days, grid, bandwidth, bandwidth_days, near_repeat=None, progress=None):
    """Prospective risk per cell of ``grid`` (an object with x_min, y_max, pixel_size, rows, cols): the sum of
    quartic(distance) × time_weight(age) [× near-repeat factor] over the incidents. Returns float64 (rows, cols)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    age = np.asarray(age_days, dtype=float)
    pixel = float(grid.pixel_size)
    rows, cols = int(grid.rows), int(grid.cols)
    w = time_weight(age, bandwidth_days)
    if near_repeat is None:
        stencil, b = _stencil(pixel, bandwidth)
        counts = cell_counts(x, y, grid.x_min, grid.y_max, pixel, rows, cols, w)
        return convolve_layers([counts], [stencil], b, progress)
    band = near_repeat.time_band(age)
    layers, stencils = [], []
    b = int(np.ceil(bandwidth / pixel))
    for j in range(-1, near_repeat.days_from.size):
        sel = band == j
        if not sel.any():
            continue
        factor = None if j < 0 else (lambda d, j=j: near_repeat.distance_factor(d, j))
        stencil, b = _stencil(pixel, bandwidth, factor)
        layers.append(cell_counts(x[sel], y[sel], grid.x_min, grid.y_max, pixel, rows, cols, w[sel]))
        stencils.append(stencil)
    if not layers:
        return np.zeros((rows, cols))
    return convolve_layers(layers, stencils, b, progress)


def retrospective_kde(x, y, grid, bandwidth, progress=None):
    """The plain count kernel density of the same incidents (quartic, weight 1 each), float64 (rows, cols)."""
    return risk_surface(x, y, np.zeros(np.asarray(x).size), grid, bandwidth, 1.0, None, progress)


def top_cells(risk, study, share):
    """Flat indices of the top ``share`` of the study-area cells by risk (round(share × cells), at least one;
    ties are broken by the cell order, row by row from the north-west)."""
    flat = np.flatnonzero(np.asarray(study, dtype=bool).ravel())
    k = max(1, int(round(share * flat.size)))
    values = np.asarray(risk, dtype=float).ravel()[flat]
    order = np.argsort(-values, kind="stable")
    return flat[order[:k]]


@dataclass
class Score:
    share: float
    cells: int
    study_cells: int
    hits: int
    total: int
    best_hits: int
    pai: float
    pei: float


def score(risk, study, future_counts, shares=SHARES):
    """PAI and PEI of a risk surface against incident counts per cell after the as-of time (same shape)."""
    study = np.asarray(study, dtype=bool)
    counts = np.asarray(future_counts, dtype=float).ravel()
    inside = counts[study.ravel()]
    total = int(round(inside.sum()))
    n_cells = int(study.sum())
    out = []
    for share in shares:
        chosen = top_cells(risk, study, share)
        k = chosen.size
        hits = int(round(counts[chosen].sum()))
        best = int(round(np.sort(inside)[::-1][:k].sum()))
        if total == 0 or n_cells == 0:
            out.append(Score(share, k, n_cells, hits, total, best, float("nan"), float("nan")))
            continue
        area = k / n_cells
        pai = (hits / total) / area
        pei = hits / best if best > 0 else float("nan")
        out.append(Score(share, k, n_cells, hits, total, best, pai, pei))
    return out


def top_classes(risk, study, shares=SHARES):
    """Int array (rows, cols): the smallest share (as a percentage, e.g. 1, 5, 10) whose top cells contain the
    cell; 0 elsewhere. Cells without any risk are never marked (when fewer cells than a share have risk, that
    share's class is smaller)."""
    values = np.asarray(risk, dtype=float).ravel()
    out = np.zeros(np.asarray(risk).shape, dtype=np.int32)
    flat = out.ravel()
    for share in sorted(shares, reverse=True):
        chosen = top_cells(risk, study, share)
        flat[chosen[values[chosen] > 0]] = int(round(share * 100))
    return flat.reshape(out.shape)
