"""Small statistics toolbox for Trygghet without scipy: normal tails, FDR, confidence bins, trend and rate tests."""

import math
from collections import namedtuple

import numpy as np

__all__ = [
    "MannKendall",
    "confidence_bins",
    "erfc",
    "fdr_bh",
    "mann_kendall",
    "mann_kendall_rows",
    "norm_cdf",
    "norm_sf",
    "p_two_sided",
    "poisson_change_test",
]

# --- complementary error function: W. J. Cody (1969), "Rational Chebyshev approximations for the error
# function", Math. Comp. 23; coefficients of netlib SPECFUN CALERF (Cody, 1990).
_A = (3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03,
      1.85777706184603153e-1)
_B = (2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03)
_C = (5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02,
      8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
      2.15311535474403846e-8)
_D = (1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03,
      3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03)
_P = (3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2,
      6.58749161529837803e-4, 1.63153871373020978e-2)
_Q = (2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2,
      2.33520497626869185e-3)
_SQRPI = 5.6418958354775628695e-1  # 1 / sqrt(pi)
_THRESH = 0.46875
_XBIG = 26.543


def erfc(x):
    """Complementary error function, vectorised, by W. J. Cody's rational Chebyshev approximations (CALERF)."""
    x = np.asarray(x, dtype=float)
    scalar = x.ndim == 0
    x = np.atleast_1d(x)
    out = np.empty_like(x)
    y = np.abs(x)

    small = y <= _THRESH
    if small.any():
        xs = x[small]
        ysq = np.where(np.abs(xs) > 1.11e-16, xs * xs, 0.0)
        xnum = _A[4] * ysq
        xden = ysq
        for i in range(3):
            xnum = (xnum + _A[i]) * ysq
            xden = (xden + _B[i]) * ysq
        out[small] = 1.0 - xs * (xnum + _A[3]) / (xden + _B[3])

    mid = (y > _THRESH) & (y <= 4.0)
    if mid.any():
        ym = y[mid]
        xnum = _C[8] * ym
        xden = ym
        for i in range(7):
            xnum = (xnum + _C[i]) * ym
            xden = (xden + _D[i]) * ym
        res = (xnum + _C[7]) / (xden + _D[7])
        ysq = np.trunc(ym * 16.0) / 16.0
        dl = (ym - ysq) * (ym + ysq)
        out[mid] = np.exp(-ysq * ysq) * np.exp(-dl) * res

    big = (y > 4.0) & (y < _XBIG)
    if big.any():
        yb = y[big]
        ysq = 1.0 / (yb * yb)
        xnum = _P[5] * ysq
        xden = ysq
        for i in range(4):
            xnum = (xnum + _P[i]) * ysq
            xden = (xden + _Q[i]) * ysq
        res = ysq * (xnum + _P[4]) / (xden + _Q[4])
        res = (_SQRPI - res) / yb
        ysq = np.trunc(yb * 16.0) / 16.0
        dl = (yb - ysq) * (yb + ysq)
        out[big] = np.exp(-ysq * ysq) * np.exp(-dl) * res

    huge = y >= _XBIG
    out[huge] = 0.0
    # erfc(-y) = 2 - erfc(y) for the two outer ranges (the small range handled the sign itself)
    neg = (x < 0) & ~small
    out[neg] = 2.0 - out[neg]
    out[np.isnan(x)] = np.nan
    return out[0] if scalar else out


_SQRT1_2 = 0.70710678118654752440


def norm_sf(z):
    """Upper tail of the standard normal, 1 - Phi(z) = erfc(z / sqrt 2) / 2 (accurate far into both tails)."""
    return 0.5 * erfc(np.asarray(z, dtype=float) * _SQRT1_2)


def norm_cdf(z):
    """Standard normal distribution function Phi(z) = erfc(-z / sqrt 2) / 2."""
    return 0.5 * erfc(-np.asarray(z, dtype=float) * _SQRT1_2)


def p_two_sided(z):
    """Two-sided normal p-value 2 * sf(|z|); NaN stays NaN."""
    return 2.0 * norm_sf(np.abs(np.asarray(z, dtype=float)))


def fdr_bh(p, alpha=0.05):
    """Benjamini & Hochberg (1995) step-up procedure: mask of p-values significant at false discovery rate alpha.

    NaN p-values are never significant and do not count among the m tests.
    """
    p = np.asarray(p, dtype=float)
    shape = p.shape
    flat = p.ravel()
    out = np.zeros(flat.shape, dtype=bool)
    ok = np.flatnonzero(~np.isnan(flat))
    m = ok.size
    if m == 0:
        return out.reshape(shape)
    order = ok[np.argsort(flat[ok], kind="mergesort")]
    ranked = flat[order]
    passed = np.flatnonzero(ranked <= alpha * np.arange(1, m + 1) / m)
    if passed.size:
        out[order[: passed[-1] + 1]] = True
    return out.reshape(shape)


_LEVELS = ((3, 0.01), (2, 0.05), (1, 0.10))


def confidence_bins(z, p, fdr=True):
    """Confidence-level bins -3..3 (99/95/90 %, sign of z) as ArcGIS Hot Spot Analysis's Gi_Bin field.

    Without FDR a bin is the strongest level whose alpha the p-value meets (p <= 0.01, 0.05, 0.10). With FDR the
    critical p-value of each level is lowered by the Benjamini-Hochberg procedure at alpha 0.01/0.05/0.10 over all
    features, as Esri describes FDR correction in Hot Spot Analysis; the strongest level passed wins.
    """
    z = np.asarray(z, dtype=float)
    p = np.asarray(p, dtype=float)
    if z.shape != p.shape:
        raise ValueError("z and p must have the same shape")
    level = np.zeros(z.shape, dtype=np.int8)
    for code, alpha in reversed(_LEVELS):  # weakest first, so stronger levels overwrite
        sig = fdr_bh(p, alpha) if fdr else (p <= alpha)
        level[sig] = code
    sign = np.sign(np.nan_to_num(z)).astype(np.int8)
    return (level * sign).astype(np.int8)


# --- Mann-Kendall trend test (Mann 1945; Kendall 1975; Hipel & McLeod 1994) ---------------------------------
MannKendall = namedtuple("MannKendall", ["s", "var_s", "z", "p", "tau"])


def _tie_term(t):
    return t * (t - 1.0) * (2.0 * t + 5.0)


def mann_kendall(series):
    """Mann-Kendall trend test of one series (NaNs dropped) with tie-corrected variance and continuity correction.

    S = sum_{i<j} sign(x_j - x_i); Var S = [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18; z = (S -+ 1)/sqrt(Var S);
    p two-sided; tau = S / (n(n-1)/2) (Kendall 1975, Hipel & McLeod 1994). For n < 3, z, p and tau are NaN.
    """
    x = np.asarray(series, dtype=float).ravel()
    x = x[~np.isnan(x)]
    n = x.size
    if n < 3:
        s = float(np.sum(np.sign(x[1:] - x[:1]))) if n == 2 else 0.0
        return MannKendall(s, np.nan, np.nan, np.nan, np.nan)
    diff = x[None, :] - x[:, None]
    s = float(np.sum(np.sign(diff[np.triu_indices(n, 1)])))
    _, counts = np.unique(x, return_counts=True)
    var_s = (_tie_term(float(n)) - float(np.sum(_tie_term(counts.astype(float))))) / 18.0
    z = _mk_z(np.array([s]), np.array([var_s]))[0]
    p = float(p_two_sided(z))
    tau = s / (0.5 * n * (n - 1))
    return MannKendall(s, var_s, float(z), p, tau)


def _mk_z(s, var_s):
    z = np.zeros(s.shape, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        sd = np.sqrt(var_s)
        z = np.where(s > 0, (s - 1.0) / sd, np.where(s < 0, (s + 1.0) / sd, 0.0))
    z[np.isnan(var_s)] = np.nan
    return z


def mann_kendall_rows(matrix, chunk_rows=8192):
    """Mann-Kendall test on every row of a 2-D array at once (NaNs dropped per row): arrays (s, var_s, z, p, tau).

    Same definitions as :func:`mann_kendall`; rows with fewer than 3 values get NaN var_s, z, p and tau. With G the
    number of increasing pairs, E the tied pairs and P the valid pairs, S = 2G + E - P; ties t come from per-value
    equality counts c_j (sum over groups of t(t-1)(2t+5) = sum over values of (c_j - 1)(2c_j + 5)).
    """
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2:
        raise ValueError("mann_kendall_rows needs a 2-D array")
    rows, steps = x.shape
    itype = np.int16 if steps < 32000 else np.int64
    s = np.zeros(rows, dtype=float)
    ties = np.zeros(rows, dtype=float)
    n = np.sum(~np.isnan(x), axis=1).astype(float)
    for a in range(0, rows, chunk_rows):
        bt = np.ascontiguousarray(x[a:a + chunk_rows].T)  # steps x chunk, so each comparison is contiguous
        g = np.zeros(bt.shape, dtype=itype)
        c = np.ones(bt.shape, dtype=itype)
        for i in range(steps - 1):
            g[i + 1:] += (bt[i + 1:] > bt[i]).view(np.int8)
            e = (bt[i + 1:] == bt[i]).view(np.int8)
            c[i + 1:] += e
            c[i] += e.sum(axis=0, dtype=itype)
        valid = ~np.isnan(bt)
        cf = c.astype(float)
        eq_pairs = np.where(valid, cf - 1.0, 0.0).sum(axis=0) / 2.0
        nb = n[a:a + chunk_rows]
        s[a:a + chunk_rows] = 2.0 * g.sum(axis=0, dtype=np.int64) + eq_pairs - nb * (nb - 1.0) / 2.0
        ties[a:a + chunk_rows] = np.where(valid, (cf - 1.0) * (2.0 * cf + 5.0), 0.0).sum(axis=0)
    var_s = (_tie_term(n) - ties) / 18.0
    few = n < 3
    var_s[few] = np.nan
    z = _mk_z(s, var_s)
    p = p_two_sided(z)
    with np.errstate(divide="ignore", invalid="ignore"):
        tau = s / (0.5 * n * (n - 1.0))
    tau[few] = np.nan
    return s, var_s, z, p, tau


# --- exact test of equal Poisson rates -------------------------------------------------------------------------
_RERR = 1.0 + 1e-7


def _binom_two_sided(k, n, prob):
    """Two-sided exact binomial p-value: sum of pmf(x) <= pmf(k) * (1 + 1e-7), as scipy.stats.binomtest."""
    if n == 0:
        return 1.0
    if prob <= 0.0:
        return 1.0 if k == 0 else 0.0
    if prob >= 1.0:
        return 1.0 if k == n else 0.0
    if k == prob * n:
        return 1.0
    lp, lq = math.log(prob), math.log1p(-prob)
    lcn = math.lgamma(n + 1.0)

    def logpmf(x):
        return lcn - math.lgamma(x + 1.0) - math.lgamma(n - x + 1.0) + x * lp + (n - x) * lq

    mean = n * prob
    sd = math.sqrt(n * prob * (1.0 - prob))
    half = math.ceil(20.0 * sd + 30.0)  # terms beyond this are < 1e-30 of the total mass
    lo = max(0, min(k, math.floor(mean) - half))
    hi = min(n, max(k, math.ceil(mean) + half))
    xs = np.arange(lo, hi, dtype=float)  # ratios pmf(x+1)/pmf(x)
    steps = np.log((n - xs) / (xs + 1.0)) + (lp - lq)
    lpmf = np.empty(hi - lo + 1)
    lpmf[0] = logpmf(lo)
    lpmf[1:] = lpmf[0] + np.cumsum(steps)
    # re-anchor at the observation to remove accumulated rounding
    lpmf += logpmf(k) - lpmf[k - lo]
    ld = logpmf(k) + math.log(_RERR)
    sel = lpmf[lpmf <= ld]
    if sel.size == 0:
        return 0.0
    top = sel.max()
    total = math.exp(top) * float(np.sum(np.exp(sel - top)))
    return min(1.0, total)


def poisson_change_test(n_current, n_reference, t_current=1.0, t_reference=1.0):
    """Exact conditional test of equal Poisson rates (Przyborowski & Wilenski 1940): two-sided p-value(s).

    Under H0 n_current ~ Binomial(n_current + n_reference, t_current / (t_current + t_reference)); the p-value
    sums all outcomes no more probable than the observed one (relative tolerance 1e-7, as scipy's binomtest),
    in log space. Both counts zero gives p = 1. Scalars give a float, arrays an array.
    """
    nc = np.asarray(n_current, dtype=float)
    nr = np.asarray(n_reference, dtype=float)
    tc = np.asarray(t_current, dtype=float)
    tr = np.asarray(t_reference, dtype=float)
    scalar = nc.ndim == 0 and nr.ndim == 0 and tc.ndim == 0 and tr.ndim == 0
    nc, nr, tc, tr = np.broadcast_arrays(nc, nr, tc, tr)
    for arr in (nc, nr):
        if np.any(np.isnan(arr)) or np.any(arr < 0) or np.any(arr != np.floor(arr)):
            raise ValueError("counts must be non-negative integers")
    if np.any(~(tc > 0)) or np.any(~(tr > 0)) or np.any(~np.isfinite(tc)) or np.any(~np.isfinite(tr)):
        raise ValueError("exposure times must be positive and finite")
    out = np.empty(nc.shape, dtype=float)
    cache = {}
    for idx in np.ndindex(nc.shape):
        key = (int(nc[idx]), int(nr[idx]), float(tc[idx]), float(tr[idx]))
        val = cache.get(key)
        if val is None:
            k, n = key[0], key[0] + key[1]
            val = _binom_two_sided(k, n, key[2] / (key[2] + key[3]))
            cache[key] = val
        out[idx] = val
    return float(out) if scalar else out
