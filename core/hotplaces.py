"""Top-N hot places for patrols (trygghetsrundor), picked greedily from a density grid.

Peaks of a kernel-density grid are taken highest first (the "hot spots → hot places" step of the Koper /
Sherman & Weisburd hot-spots-policing practice); each place is the patch of cells above a fraction of its peak
that is connected to it, clipped to a disc and padded to a minimum disc, and never overlapping earlier places.
"""

import math

import numpy as np
import pandas as pd
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union
from shapely.prepared import prep

from .errors import Cancelled
from .timeparse import parse_timestamps

PLACE_COLUMNS = [
    "rank",
    "peak_x",
    "peak_y",
    "peak_value",
    "incidents",
    "weight",
    "share_pct",
    "top_categories",
    "peak_weekday",
    "peak_hours",
    "peak_hours_share_pct",
    "area_m2",
    "vertices",
    "wkt",
    "marks",
]


def _check_geotransform(geotransform):
    gt = [float(v) for v in geotransform]
    if len(gt) != 6:
        raise ValueError("geotransform must have 6 numbers")
    if gt[2] != 0.0 or gt[4] != 0.0:
        raise ValueError("rotated grids are not supported")
    if not gt[1] > 0 or gt[5] == 0.0:
        raise ValueError("pixel size must be non-zero")
    return gt


def points_in_polygon(geom, x, y):
    """Boolean array: which points (x, y) the polygon covers (interior or boundary), shapely 1.8 and 2.x."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    inside = np.zeros(x.shape, dtype=bool)
    if geom is None or geom.is_empty or x.size == 0:
        return inside
    minx, miny, maxx, maxy = geom.bounds
    cand = np.flatnonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))
    if cand.size == 0:
        return inside
    pg = prep(geom)
    inside[cand] = [pg.intersects(Point(x[i], y[i])) for i in cand]
    return inside


def _local_maxima(values):
    """Cells that are > 0 and not lower than any of their 8 neighbours."""
    padded = np.pad(values, 1, mode="constant", constant_values=-np.inf)
    rows, cols = values.shape
    is_max = values > 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            is_max &= values >= padded[1 + dr : 1 + dr + rows, 1 + dc : 1 + dc + cols]
    return is_max


def _connected_patch(mask, start):
    """8-connected component of ``mask`` containing ``start`` (row, col), by repeated dilation."""
    comp = np.zeros(mask.shape, dtype=bool)
    comp[start] = True
    while True:
        grown = comp.copy()
        grown[1:, :] |= comp[:-1, :]
        grown[:-1, :] |= comp[1:, :]
        grown[:, 1:] |= comp[:, :-1]
        grown[:, :-1] |= comp[:, 1:]
        grown[1:, 1:] |= comp[:-1, :-1]
        grown[1:, :-1] |= comp[:-1, 1:]
        grown[:-1, 1:] |= comp[1:, :-1]
        grown[:-1, :-1] |= comp[1:, 1:]
        grown &= mask
        if grown.sum() == comp.sum():
            return comp
        comp = grown


def _cells_polygon(mask, r0, c0, gt):
    """Union of the cell squares of ``mask`` (whose [0, 0] is grid cell (r0, c0)), merging row runs first."""
    boxes = []
    for r in range(mask.shape[0]):
        row = mask[r]
        if not row.any():
            continue
        edges = np.diff(np.concatenate(([0], row.astype(np.int8), [0])))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1)
        ya = gt[3] + (r0 + r) * gt[5]
        yb = gt[3] + (r0 + r + 1) * gt[5]
        for s, e in zip(starts, ends):
            xa = gt[0] + (c0 + s) * gt[1]
            xb = gt[0] + (c0 + e) * gt[1]
            boxes.append(box(xa, min(ya, yb), xb, max(ya, yb)))
    return unary_union(boxes) if boxes else Polygon()


def _single_part(geom, peak):
    """Keep the polygon part that contains the peak (or is nearest to it)."""
    if geom.is_empty:
        return geom
    if isinstance(geom, Polygon):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]
    if not parts:
        return Polygon()
    return min(parts, key=lambda g: (g.distance(peak), -g.area))


def _top_categories(cats, top=3):
    if cats is None or len(cats) == 0:
        return []
    s = pd.Series(cats).dropna().astype(str)
    if s.empty:
        return []
    counts = s.value_counts()
    order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    total = float(len(cats))
    return [(code, 100.0 * n / total) for code, n in order[:top]]


def best_hour_window(hours, width=4):
    """Best contiguous window of ``width`` hours (wrapping past midnight): ``((start, end), count)``, end exclusive.

    Returns ``(None, 0)`` when there are no hours. Ties go to the earliest start hour.
    """
    hours = np.asarray(hours, dtype=float)
    hours = hours[np.isfinite(hours)].astype(int)
    if hours.size == 0:
        return None, 0
    hist = np.bincount(hours % 24, minlength=24)
    ext = np.concatenate((hist, hist[: width - 1]))
    sums = np.array([ext[s : s + width].sum() for s in range(24)])
    start = int(np.argmax(sums))
    return (start, (start + width) % 24), int(sums[start])


def _time_profile(times, hours_window):
    """(peak_weekday, peak_hours, share_pct of incidents inside peak_hours) for datetime64 values."""
    if times is None or len(times) == 0:
        return None, None, np.nan
    t = pd.Series(parse_timestamps(np.asarray(times).ravel()).astype("datetime64[ns]")).dropna()
    if t.empty:
        return None, None, np.nan
    wd = np.bincount(t.dt.weekday.to_numpy(), minlength=7)
    window, n_in = best_hour_window(t.dt.hour.to_numpy(), hours_window)
    return int(np.argmax(wd)), window, 100.0 * n_in / len(t)


def find_hot_places(
    grid,
    geotransform,
    x,
    y,
    categories=None,
    times=None,
    n=6,
    min_separation=200.0,
    radius=75.0,
    min_incidents=5,
    max_radius=None,
    fraction=0.5,
    weights=None,
    hours_window=4,
    progress=None,
    marks=None,
):
    """Pick the top ``n`` hot places from a density grid (row 0 = north, GDAL geotransform) and describe them.

    Candidates are the grid's local maxima, highest first; a candidate closer than ``min_separation`` to an
    accepted or rejected peak, or inside an earlier place, is skipped (so are peaks that cannot reach
    ``min_incidents``, checked first with a cheap per-cell count bound). A place is the 8-connected patch of cells
    >= ``fraction`` × peak around the peak, clipped to a disc of ``max_radius`` (default ``min_separation``),
    unioned with a disc of ``radius`` and minus earlier places; a place with fewer than ``min_incidents`` points
    is rejected. Returns a DataFrame with PLACE_COLUMNS, one row per place in rank order (1 = hottest);
    ``top_categories`` is a list of up to three (code, pct of the place's incidents), ``peak_weekday`` is 0 = Monday,
    ``peak_hours`` is (start_hour, end_hour) of the busiest ``hours_window``-hour window (end exclusive, wraps past
    midnight) and ``share_pct`` is the place's share of all points given. Each point counts in one place at most.

    ``weights`` (>= 0, one per point) weight the points: a place needs a weighted sum (``weight``) of at least
    ``min_incidents``; without weights every point weighs 1 and that is the count. ``marks`` (bool, one per point)
    marks the points that are dialogue marks rather than incidents: they count in ``marks`` and ``weight`` but not in
    ``incidents``, ``share_pct`` (of all incidents), the categories or the time profile.
    """
    grid = np.asarray(grid, dtype=float)
    if grid.ndim != 2 or grid.size == 0:
        raise ValueError("grid must be a non-empty 2-D array")
    gt = _check_geotransform(geotransform)
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    npts = x.size
    if categories is not None:
        categories = np.asarray(categories, dtype=object).ravel()
        if categories.size != npts:
            raise ValueError("categories must have one value per point")
    if times is not None:
        times = parse_timestamps(np.asarray(times).ravel()).astype("datetime64[ns]")
        if times.size != npts:
            raise ValueError("times must have one value per point")
    w = np.ones(npts) if weights is None else np.asarray(weights, dtype=float).ravel()
    if w.size != npts:
        raise ValueError("weights must have one value per point")
    if not np.all(np.isfinite(w) & (w >= 0)):
        raise ValueError("weights must be finite and not negative")
    is_mark = np.zeros(npts, dtype=bool) if marks is None else np.asarray(marks, dtype=bool).ravel()
    if is_mark.size != npts:
        raise ValueError("marks must have one value per point")
    n = int(n)
    if n < 1:
        raise ValueError("n must be at least 1")
    if not (0.0 < fraction <= 1.0):
        raise ValueError("fraction must be in (0, 1]")
    if radius < 0 or min_separation < 0:
        raise ValueError("radius and min_separation must not be negative")
    max_radius = float(min_separation if max_radius is None else max_radius)
    max_radius = max(max_radius, float(radius))
    if not 1 <= int(hours_window) <= 24:
        raise ValueError("hours_window must be between 1 and 24")

    values = np.where(np.isfinite(grid), grid, -np.inf)
    maxima = np.flatnonzero(_local_maxima(values).ravel())
    order = maxima[np.lexsort((maxima, -values.ravel()[maxima]))]  # highest first, ties by cell index
    nrows, ncols = grid.shape
    px, py = abs(gt[1]), abs(gt[5])
    half_r = math.ceil(max_radius / py) + 1
    half_c = math.ceil(max_radius / px) + 1
    cx_all = gt[0] + (np.arange(ncols) + 0.5) * gt[1]
    cy_all = gt[3] + (np.arange(nrows) + 0.5) * gt[5]

    # points per cell, as a summed-area table: a cheap upper bound on the points a place can hold (every place lies
    # within max_radius of its peak, so within the cell window below, plus any points outside the grid)
    col = np.floor((x - gt[0]) / gt[1])
    row = np.floor((y - gt[3]) / gt[5])
    on_grid = (col >= 0) & (col < ncols) & (row >= 0) & (row < nrows)
    off_grid = float(w[~on_grid].sum())
    cell_counts = np.bincount(
        (row[on_grid] * ncols + col[on_grid]).astype(np.int64), weights=w[on_grid], minlength=nrows * ncols
    ).reshape(nrows, ncols)
    sat = np.zeros((nrows + 1, ncols + 1), dtype=float)
    sat[1:, 1:] = cell_counts.cumsum(0).cumsum(1)

    suppress = []  # (x, y) of accepted and rejected peaks
    taken = Polygon()
    assigned = np.zeros(npts, dtype=bool)
    rows_out = []
    total = float(np.count_nonzero(~is_mark))
    sep2 = float(min_separation) ** 2
    for k, idx in enumerate(order):
        if progress is not None and progress(min(0.99, k / max(1, len(order)))) is False:
            raise Cancelled()
        r, c = divmod(int(idx), ncols)
        pxy = (cx_all[c], cy_all[r])
        if any((pxy[0] - sx) ** 2 + (pxy[1] - sy) ** 2 < sep2 for sx, sy in suppress):
            continue
        peak = Point(pxy)
        if not taken.is_empty and taken.contains(peak):
            continue
        suppress.append(pxy)
        peak_value = values[r, c]
        r0, r1 = max(0, r - half_r), min(nrows, r + half_r + 1)
        c0, c1 = max(0, c - half_c), min(ncols, c + half_c + 1)
        bound = sat[r1, c1] - sat[r0, c1] - sat[r1, c0] + sat[r0, c0] + off_grid
        if bound + 1e-9 * (1.0 + abs(bound)) < max(1e-12, min_incidents):  # float sums: a little slack
            continue
        win = values[r0:r1, c0:c1]
        # cells that touch the disc (nearest point of the cell within max_radius); the disc clips them exactly
        dx = np.maximum(np.abs(cx_all[c0:c1][None, :] - pxy[0]) - px / 2.0, 0.0)
        dy = np.maximum(np.abs(cy_all[r0:r1][:, None] - pxy[1]) - py / 2.0, 0.0)
        in_disc = dx * dx + dy * dy <= max_radius * max_radius
        patch = _connected_patch((win >= fraction * peak_value) & in_disc, (r - r0, c - c0))
        geom = _cells_polygon(patch, r0, c0, gt).intersection(peak.buffer(max_radius, 64))
        if radius > 0:
            geom = geom.union(peak.buffer(float(radius), 64))
        if not taken.is_empty:
            geom = geom.difference(taken)
        geom = _single_part(geom, peak)
        if geom.is_empty:
            continue
        inside = points_in_polygon(geom, x, y) & ~assigned
        weight = float(w[inside].sum())
        if weight < min_incidents or not inside.any():
            continue
        assigned |= inside
        taken = unary_union([taken, geom]) if not taken.is_empty else geom
        own = inside & ~is_mark  # the incidents of the place
        count = int(own.sum())
        weekday, window, window_share = _time_profile(None if times is None else times[own], hours_window)
        rows_out.append(
            {
                "rank": len(rows_out) + 1,
                "peak_x": float(pxy[0]),
                "peak_y": float(pxy[1]),
                "peak_value": float(peak_value),
                "incidents": count,
                "weight": weight,
                "share_pct": 100.0 * count / total if total > 0 else 0.0,
                "top_categories": _top_categories(None if categories is None else categories[own]),
                "peak_weekday": weekday,
                "peak_hours": window,
                "peak_hours_share_pct": window_share,
                "area_m2": float(geom.area),
                "vertices": np.asarray(geom.exterior.coords),
                "wkt": geom.wkt,
                "marks": int(np.count_nonzero(inside & is_mark)),
            }
        )
        if len(rows_out) >= n:
            break
    if progress is not None and progress(1.0) is False:
        raise Cancelled()
    return pd.DataFrame(rows_out, columns=PLACE_COLUMNS)


__all__ = ["PLACE_COLUMNS", "best_hour_window", "find_hot_places", "points_in_polygon"]


def hours_text(window):
    """(19, 23) → "19–23" (end exclusive, may wrap past midnight: (22, 2) → "22–02")."""
    if window is None:
        return None
    return f"{int(window[0]):02d}–{int(window[1]):02d}"
