"""Emerging Hot Spot Analysis on a space-time cube, after Esri's published method.

Reference: Esri, "How Emerging Hot Spot Analysis works" (ArcGIS Pro, Space Time Pattern Mining toolbox):
a space-time Getis-Ord Gi* per bin with FDR correction, a Mann-Kendall trend test on each location's Gi* z-score
series, and the 8 hot / 8 cold pattern categories plus "no pattern detected".
"""

import numpy as np

from .nearrepeat import close_pairs
from .stats import confidence_bins, mann_kendall_rows, p_two_sided

CATEGORIES = (
    "new_hot",
    "consecutive_hot",
    "intensifying_hot",
    "persistent_hot",
    "diminishing_hot",
    "sporadic_hot",
    "oscillating_hot",
    "historical_hot",
    "new_cold",
    "consecutive_cold",
    "intensifying_cold",
    "persistent_cold",
    "diminishing_cold",
    "sporadic_cold",
    "oscillating_cold",
    "historical_cold",
    "no_pattern",
)
_CODE = {name: i for i, name in enumerate(CATEGORIES)}

# Esri: "statistically significant ... for ninety percent of the time-step intervals".
_SHARE = 0.9


def _cube(counts):
    x = np.asarray(counts, dtype=float)
    if x.ndim != 2 or x.shape[0] < 1 or x.shape[1] < 1:
        raise ValueError("counts must be a 2-D array [location, time step]")
    if not np.all(np.isfinite(x)):
        raise ValueError("counts contains missing or non-finite values")
    return x


def spatial_neighbours(xy, distance):
    """Ordered neighbour pairs (i, j), self included, of locations no farther apart than ``distance``."""
    xy = np.asarray(xy, dtype=float)
    if xy.ndim != 2 or xy.shape[1] != 2:
        raise ValueError("xy must be an array of shape (locations, 2)")
    n = xy.shape[0]
    i, j, _ = close_pairs(xy[:, 0], xy[:, 1], distance)
    own = np.arange(n, dtype=np.int64)
    return np.concatenate([i, j, own]), np.concatenate([j, i, own])


def space_time_gi_star(counts, xy, distance, time_steps=1):
    """Space-time Getis-Ord Gi* z-scores and two-sided p-values for every bin of a cube ``counts[location, step]``.

    As Esri's Emerging Hot Spot Analysis (fixed distance, binary weights): the neighbours of bin (i, t) are the
    locations within ``distance`` of i (i itself included) in steps t - time_steps .. t; the mean and standard
    deviation are taken over all bins of the cube (Getis & Ord 1992; Ord & Getis 1995). Returns ``(z, p)``
    arrays shaped like ``counts``; a cube with no variation raises ValueError.
    """
    x = _cube(counts)
    n_loc, n_step = x.shape
    xy = np.asarray(xy, dtype=float)
    if xy.shape != (n_loc, 2):
        raise ValueError("xy must have one (x, y) row per location")
    if not np.all(np.isfinite(xy)):
        raise ValueError("xy contains missing or non-finite coordinates")
    k = int(time_steps)
    if k < 0 or k != time_steps:
        raise ValueError("time_steps must be a whole number >= 0")

    total = x.size
    mean = x.mean()
    std = np.sqrt(max((x * x).mean() - mean * mean, 0.0))
    if not std > 1e-12 * max(1.0, abs(mean)):
        raise ValueError("counts do not vary, so Gi* is undefined")

    ii, jj = spatial_neighbours(xy, distance)
    n_nb = np.bincount(ii, minlength=n_loc).astype(float)
    spatial = np.empty((n_loc, n_step), dtype=float)
    xt = np.ascontiguousarray(x.T)
    for t in range(n_step):
        spatial[:, t] = np.bincount(ii, weights=xt[t][jj], minlength=n_loc)
    csum = np.concatenate([np.zeros((n_loc, 1)), np.cumsum(spatial, axis=1)], axis=1)
    steps = np.arange(n_step)
    first = np.maximum(steps - k, 0)
    local = csum[:, steps + 1] - csum[:, first]
    w = n_nb[:, None] * (steps - first + 1)[None, :]  # binary weights: sum w = sum w^2

    num = local - mean * w
    den = std * np.sqrt(np.maximum(total * w - w * w, 0.0) / (total - 1.0)) if total > 1 else np.zeros_like(w)
    z = np.zeros_like(num)
    ok = den > 0
    z[ok] = num[ok] / den[ok]
    p = p_two_sided(z)
    return z, p


def classify(z, p, fdr=True, trend_alpha=0.05):
    """Classify each location of a Gi* cube into Esri's emerging hot spot patterns.

    Bins are significant hot / cold by confidence level 90/95/99 % with FDR over all bins of the cube when ``fdr``
    (Esri's Gi_Bin). The trend is the Mann-Kendall test on the location's z-score series, significant at
    ``trend_alpha``. Rules, from Esri's "How Emerging Hot Spot Analysis works" (hot side; cold mirrors it):
    new = "hot spot for the final time step and has never been a statistically significant hot spot before";
    consecutive = "a single uninterrupted run of at least two statistically significant hot spot bins in the
    final time-step intervals", never hot before that run, "less than 90 percent of all bins" hot; intensifying /
    diminishing = hot "for 90 percent of the time-step intervals, including the final time step" with a
    significant increasing / decreasing trend; persistent = hot for 90 % "with no discernible trend"; sporadic =
    hot for the final step, "on-again and off-again", < 90 % hot and "none ... statistically significant cold
    spots"; oscillating = hot for the final step with "a history of also being a statistically significant cold
    spot", < 90 % hot; historical = "the most recent time period is not hot, but at least 90 percent of the
    time-step intervals have been statistically significant hot spots". Where definitions overlap (only possible
    with bins of both signs) the final bin's sign decides the side and Esri's table order decides within it.
    Returns ``(codes, trend_z, trend_p, hot_steps)``: an object array of codes from ``CATEGORIES``, the
    Mann-Kendall z and p per location, and the number of significant hot bins per location.
    """
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    if z.ndim != 2 or z.shape != p.shape:
        raise ValueError("z and p must be 2-D arrays of the same shape [location, time step]")
    trend_alpha = float(trend_alpha)
    if not (0 < trend_alpha < 1):
        raise ValueError("trend_alpha must be between 0 and 1")
    n_loc, n_step = z.shape

    bins = confidence_bins(z, p, fdr=fdr)
    hot = bins > 0
    cold = bins < 0
    _, _, trend_z, trend_p, _ = mann_kendall_rows(z)
    trend_sig = np.nan_to_num(trend_p, nan=1.0) <= trend_alpha
    rising = trend_sig & (np.nan_to_num(trend_z) > 0)
    falling = trend_sig & (np.nan_to_num(trend_z) < 0)

    need = _SHARE * n_step - 1e-9
    code = np.full(n_loc, _CODE["no_pattern"], dtype=np.int64)

    def side(sig, other, grow, shrink, suffix):
        count = sig.sum(axis=1)
        final = sig[:, -1]
        run = np.cumprod(sig[:, ::-1], axis=1).sum(axis=1)  # length of the run of significant final steps
        many = count >= need
        has_other = other.any(axis=1)
        rules = (  # evaluated in reverse so earlier entries win
            (final & ~many & ~has_other, "sporadic"),
            (final & ~many & has_other, "oscillating"),
            (final & ~many & (run >= 2) & (run == count), "consecutive"),
            (final & ~many & (count == 1), "new"),
            (final & many, "persistent"),
            (final & many & shrink, "diminishing"),
            (final & many & grow, "intensifying"),
        )
        for mask, name in rules:
            code[mask] = _CODE[name + suffix]
        return final, many

    final_hot, many_hot = side(hot, cold, rising, falling, "_hot")
    final_cold, many_cold = side(cold, hot, falling, rising, "_cold")
    neither = ~final_hot & ~final_cold
    code[neither & many_hot] = _CODE["historical_hot"]
    code[neither & many_cold] = _CODE["historical_cold"]

    codes = np.asarray(CATEGORIES, dtype=object)[code]
    return codes, trend_z, trend_p, hot.sum(axis=1)
