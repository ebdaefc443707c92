"""Forecasts of incident counts per period (week or month) with honest intervals, chosen by a rolling-origin back-test.

Three models per series, in the spirit of Hyndman & Athanasopoulos, *Forecasting: Principles and Practice* (3rd ed.):

* ``snaive`` – seasonal naive: the same period one season (52 weeks, 12 months) earlier. Interval from the
  seasonal differences, sd × sqrt(whole seasons ahead + 1).
* ``ets`` – Holt–Winters with a damped additive trend and additive seasonality, ETS(A,Ad,A). Additive seasonality
  is chosen because small counts have zeros, where multiplicative seasons break down. Smoothing parameters are
  estimated by least squares over a fixed grid (no optimiser, the same answer on every numpy); the interval is the
  ETS(A,Ad,A) class-1 variance of Hyndman et al. (2008, table 6.1) with normal quantiles, cut at zero.
* ``poisson`` – a count model: Poisson GLM, log mean = intercept + linear trend + two season harmonics, fitted by
  IRLS; overdispersion by the quasi-Poisson scale (Pearson chi² / residual df, at least 1). The interval is
  simulated: coefficients drawn from their estimated distribution, then counts from a gamma–Poisson (negative
  binomial) with the fitted mean and variance scale × mean.

The model of a series is chosen by a rolling-origin back-test (never by in-sample fit): from up to three origins
the last complete periods are forecast from the data before them, and the model with the smallest MASE (mean
absolute error scaled by the in-sample seasonal naive error) wins; ties go to the simpler model. The back-test also
gives the interval's empirical coverage. Sparse series (fewer than two seasons, too short for a back-test, or mostly
zeros) get the ``mean`` model, the mean of the last season with a Poisson/quasi-Poisson interval, and a reason code.
"""

from dataclasses import dataclass, field
from typing import Dict

import numpy as np
import pandas as pd

from .errors import Cancelled

MODELS = ("snaive", "ets", "poisson")
SEASON = {"week": 52, "month": 12}
SIMULATIONS = 2000
MAX_ORIGINS = 3
MOSTLY_ZERO = 0.5  # a series with more than this share of zero periods is "mostly zeros"
# reason codes (the adapter translates them)
SHORT = "short_series"        # fewer than two seasons of data
NO_BACKTEST = "no_backtest"   # too short to back-test the seasonal models
MOSTLY_ZEROS = "mostly_zeros"
ALL_ZERO = "all_zero"

_ALPHA = (0.05, 0.1, 0.2, 0.35, 0.5, 0.7)
_BETA = (0.0, 0.02, 0.1)
_GAMMA = (0.01, 0.1, 0.25)
_PHI = (0.8, 0.9, 0.98)


# ------------------------------------------------------------------------------------------------ small helpers
def normal_quantile(p):
    """Inverse of the standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9)."""
    a = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
         -3.066479806614716e+01, 2.506628277459239e+00)
    b = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
         -1.328068155288572e+01)
    c = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
         4.374664141464968e+00, 2.938163982698783e+00)
    d = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
    p = float(p)
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p < 0.02425:
        q = np.sqrt(-2 * np.log(p))
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    if p > 1 - 0.02425:
        return -normal_quantile(1 - p)
    q = p - 0.5
    r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)


@dataclass
class Forecast:
    """One model's forecast: mean and interval per step ahead (arrays of length horizon)."""

    mean: np.ndarray
    lower: np.ndarray
    upper: np.ndarray


def _normal_interval(mean, sd, level):
    z = normal_quantile(0.5 + level / 2.0)
    mean = np.maximum(np.asarray(mean, dtype=float), 0.0)
    return Forecast(mean, np.maximum(mean - z * sd, 0.0), mean + z * sd)


def _count_draws(mu, scale, rng, size):
    """Counts with mean ``mu`` (array (size, h)) and variance ``scale`` × mean: Poisson for scale 1, else gamma–
    Poisson (negative binomial) with shape mu / (scale - 1)."""
    mu = np.maximum(mu, 1e-12)
    if scale <= 1.0 + 1e-9:
        return rng.poisson(mu)
    shape = mu / (scale - 1.0)
    return rng.poisson(rng.gamma(shape, (scale - 1.0), size=mu.shape))


def _simulated_interval(mean, draws, level):
    lo, hi = np.quantile(draws, [0.5 - level / 2.0, 0.5 + level / 2.0], axis=0)
    return Forecast(np.asarray(mean, dtype=float), lo.astype(float), hi.astype(float))


# ------------------------------------------------------------------------------------------------ the models
def seasonal_naive(y, m, h, level):
    """Seasonal naive forecast of ``h`` steps from ``y`` (season ``m``), with its normal interval."""
    y = np.asarray(y, dtype=float)
    n = y.size
    if n < m:
        raise ValueError("seasonal naive needs at least one season")
    k = np.arange(h)
    mean = y[n - m + (k % m)]
    diff = y[m:] - y[:-m]
    sigma = float(np.sqrt(np.mean(diff ** 2))) if diff.size else 0.0
    sd = sigma * np.sqrt(k // m + 1.0)
    return _normal_interval(mean, sd, level)


def mean_model(y, m, h, level, seed=0):
    """The simplest honest model for sparse series: the mean of the last season (or all data when shorter), with a
    Poisson interval widened by the quasi-Poisson scale of that window."""
    y = np.asarray(y, dtype=float)
    window = y[-m:] if y.size >= m else y
    rate = float(window.mean()) if window.size else 0.0
    var = float(window.var(ddof=1)) if window.size > 1 else rate
    scale = max(1.0, var / rate) if rate > 0 else 1.0
    mean = np.full(h, rate)
    if rate <= 0:
        return Forecast(mean, np.zeros(h), np.zeros(h))
    rng = np.random.default_rng(seed)
    draws = _count_draws(np.full((SIMULATIONS, h), rate), scale, rng, (SIMULATIONS, h))
    return _simulated_interval(mean, draws, level)


def _ets_init(y, m):
    """Initial states from the first two seasons: a straight line fitted by least squares gives level and trend,
    the mean detrended value per season position (centred) the seasonal states."""
    t = np.arange(2 * m, dtype=float)
    slope, intercept = np.polyfit(t, y[:2 * m], 1)
    detrended = y[:2 * m] - (intercept + slope * t)
    season = detrended.reshape(2, m).mean(axis=0)
    season -= season.mean()
    return intercept - slope, slope, season


def ets_filter(y, m, alpha, beta, gamma, phi, level0, trend0, season0):
    """The ETS(A,Ad,A) recursion (Hyndman et al. 2008, table 2.1) over ``y``, vectorised over parameter arrays.

    ``alpha``… are arrays of shape (G,) (or scalars); ``season0`` has the m initial seasonal states s_{1-m}..s_0.
    Returns (one-step errors (n, G), final level (G,), trend (G,), seasonal states (m, G) oldest first).
    """
    y = np.asarray(y, dtype=float)
    alpha, beta, gamma, phi = (np.atleast_1d(np.asarray(v, dtype=float)) for v in (alpha, beta, gamma, phi))
    g = max(alpha.size, beta.size, gamma.size, phi.size)
    level = np.full(g, float(level0))
    trend = np.full(g, float(trend0))
    season = np.repeat(np.asarray(season0, dtype=float)[:, None], g, axis=1)
    errors = np.empty((y.size, g))
    for t in range(y.size):
        s = season[t % m]
        damped = phi * trend
        fitted = level + damped + s
        e = y[t] - fitted
        errors[t] = e
        new_level = level + damped + alpha * e
        trend = damped + alpha * beta * e
        season[t % m] = s + gamma * e
        level = new_level
    # rotate so that row 0 is the state used for the first step after the data
    order = (np.arange(m) + y.size) % m
    return errors, level, trend, season[order]


def ets_forecast_from_state(level, trend, season, alpha, beta, gamma, phi, sigma, m, h, level_ci):
    """Mean and interval of ETS(A,Ad,A) for ``h`` steps from a final state (scalars; season oldest first)."""
    k = np.arange(1, h + 1)
    phi_sum = np.cumsum(phi ** k)  # phi + phi^2 + ... + phi^k
    mean = level + phi_sum * trend + season[(k - 1) % m]
    # class-1 variance: sigma^2 (1 + sum_{j=1}^{k-1} c_j^2), c_j = alpha (1 + beta phi_{j}) + gamma [j mod m == 0]
    j = np.arange(1, h)
    c = alpha * (1.0 + beta * np.cumsum(phi ** j)) + gamma * (j % m == 0)
    var = sigma ** 2 * (1.0 + np.concatenate([[0.0], np.cumsum(c ** 2)]))
    return _normal_interval(mean, np.sqrt(var), level_ci)


def ets(y, m, h, level):
    """Fit ETS(A,Ad,A) by least squares over the parameter grid and forecast ``h`` steps."""
    y = np.asarray(y, dtype=float)
    if y.size < 2 * m:
        raise ValueError("ETS needs at least two seasons")
    grid = np.array(np.meshgrid(_ALPHA, _BETA, _GAMMA, _PHI, indexing="ij")).reshape(4, -1)
    alpha, beta, gamma, phi = grid
    ok = gamma <= 1.0 - alpha
    alpha, beta, gamma, phi = alpha[ok], beta[ok], gamma[ok], phi[ok]
    level0, trend0, season0 = _ets_init(y, m)
    errors, lv, tr, season = ets_filter(y, m, alpha, beta, gamma, phi, level0, trend0, season0)
    sse = (errors ** 2).sum(axis=0)
    best = int(np.argmin(sse))
    sigma = float(np.sqrt(sse[best] / y.size))
    return ets_forecast_from_state(lv[best], tr[best], season[:, best], alpha[best], beta[best], gamma[best],
                                   phi[best], sigma, m, h, level)


def _design(t, n, m, harmonics=2):
    cols = [np.ones_like(t, dtype=float), t / float(max(n, 1))]
    for k in range(1, harmonics + 1):
        cols += [np.cos(2 * np.pi * k * t / m), np.sin(2 * np.pi * k * t / m)]
    return np.column_stack(cols)


def poisson_glm(x, y, max_iter=50, tol=1e-8):
    """Poisson regression with log link by IRLS. Returns (coefficients, covariance (X'WX)^-1, fitted mean)."""
    y = np.asarray(y, dtype=float)
    mu = np.maximum(y, 0.1) + 0.1
    eta = np.log(mu)
    beta = np.zeros(x.shape[1])
    for _ in range(max_iter):
        z = eta + (y - mu) / mu
        w = mu
        xtw = x.T * w
        new = np.linalg.lstsq(xtw @ x, xtw @ z, rcond=None)[0]
        eta = np.clip(x @ new, -30.0, 30.0)
        mu = np.exp(eta)
        done = np.max(np.abs(new - beta)) < tol * (1.0 + np.max(np.abs(new)))
        beta = new
        if done:
            break
    cov = np.linalg.pinv((x.T * mu) @ x)
    return beta, cov, mu


def poisson_model(y, m, h, level, seed=0):
    """Poisson GLM with trend and two season harmonics; quasi-Poisson scale; simulated interval."""
    y = np.asarray(y, dtype=float)
    n = y.size
    t = np.arange(n, dtype=float)
    x = _design(t, n, m)
    beta, cov, mu = poisson_glm(x, y)
    df = max(n - x.shape[1], 1)
    scale = max(1.0, float(np.sum((y - mu) ** 2 / np.maximum(mu, 1e-12)) / df))
    xf = _design(np.arange(n, n + h, dtype=float), n, m)
    mean = np.exp(np.clip(xf @ beta, -30.0, 30.0))
    rng = np.random.default_rng(seed)
    cov = (cov + cov.T) / 2.0 * scale
    try:
        root = np.linalg.cholesky(cov + 1e-12 * np.eye(cov.shape[0]))
    except np.linalg.LinAlgError:
        root = np.zeros_like(cov)
    coefs = beta + rng.standard_normal((SIMULATIONS, beta.size)) @ root.T
    mu_sim = np.exp(np.clip(coefs @ xf.T, -30.0, 30.0))
    draws = _count_draws(mu_sim, scale, rng, mu_sim.shape)
    return _simulated_interval(mean, draws, level)


def run_model(name, y, m, h, level, seed=0):
    if name == "snaive":
        return seasonal_naive(y, m, h, level)
    if name == "ets":
        return ets(y, m, h, level)
    if name == "poisson":
        return poisson_model(y, m, h, level, seed)
    if name == "mean":
        return mean_model(y, m, h, level, seed)
    raise ValueError(f"unknown model {name!r}")


# ------------------------------------------------------------------------------------------------ the back-test
def mase_scale(y, m):
    """In-sample mean absolute error of the seasonal naive forecast (of the naive one when the data are shorter
    than two seasons, or when the seasonal error is zero)."""
    y = np.asarray(y, dtype=float)
    if y.size > m:
        s = float(np.mean(np.abs(y[m:] - y[:-m])))
        if s > 0:
            return s
    if y.size > 1:
        s = float(np.mean(np.abs(np.diff(y))))
        if s > 0:
            return s
    return float("nan")


def origins(n, m, h, min_train):
    """Rolling origins: the last periods are forecast in non-overlapping windows of min(h, m) steps, at most
    MAX_ORIGINS windows, each with at least ``min_train`` periods before it. Returns [(origin, steps)]."""
    steps = max(1, min(h, m))
    out = []
    for k in range(1, MAX_ORIGINS + 1):
        o = n - k * steps
        if o < min_train:
            break
        out.append((o, steps))
    return out


@dataclass
class Backtest:
    mase: float
    coverage: float
    windows: int


def backtest(name, y, m, h, level, min_train, seed=0):
    """Rolling-origin back-test of one model: MASE (errors of all windows over their in-sample scales) and the
    share of actual values inside the interval."""
    y = np.asarray(y, dtype=float)
    errors, inside, scaled = 0, 0, []
    for o, steps in origins(y.size, m, h, min_train):
        train, test = y[:o], y[o:o + steps]
        scale = mase_scale(train, m)
        f = run_model(name, train, m, steps, level, seed)
        if np.isfinite(scale):
            scaled.append(np.abs(test - f.mean) / scale)
        inside += int(np.sum((test >= f.lower - 1e-9) & (test <= f.upper + 1e-9)))
        errors += steps
    if errors == 0:
        return Backtest(float("nan"), float("nan"), 0)
    mase = float(np.mean(np.concatenate(scaled))) if scaled else float("nan")
    return Backtest(mase, inside / errors, errors)


@dataclass
class SeriesForecast:
    mean: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    model: str
    mase: float
    coverage: float
    notes: list = field(default_factory=list)
    scores: Dict[str, Backtest] = field(default_factory=dict)


def forecast_series(y, m, h, level=0.95, seed=0):
    """Forecast one count series ``y`` (season length ``m``) ``h`` steps ahead at interval ``level``; the model is
    chosen by the rolling-origin back-test. See the module docstring."""
    if not 0.0 < level < 1.0:
        raise ValueError("level must lie between 0 and 1")
    y = np.asarray(y, dtype=float)
    if y.size == 0:
        raise ValueError("empty series")
    notes = []
    if not y.any():
        notes.append(ALL_ZERO)
    if y.size < 2 * m:
        notes.append(SHORT)
    elif float(np.mean(y == 0)) > MOSTLY_ZERO:
        notes.append(MOSTLY_ZEROS)
    min_train = 2 * m
    if not notes and not origins(y.size, m, h, min_train):
        notes.append(NO_BACKTEST)
    if notes:
        f = mean_model(y, m, h, level, seed)
        bt = backtest("mean", y, m, h, level, max(m, 1), seed) if y.size > m else Backtest(np.nan, np.nan, 0)
        return SeriesForecast(f.mean, f.lower, f.upper, "mean", bt.mase, bt.coverage, notes, {"mean": bt})
    scores = {name: backtest(name, y, m, h, level, min_train, seed) for name in MODELS}
    finite = [name for name in MODELS if np.isfinite(scores[name].mase)]
    if finite:
        best = min(finite, key=lambda name: (round(scores[name].mase, 9), MODELS.index(name)))
    else:
        best = "snaive"
    f = run_model(best, y, m, h, level, seed)
    return SeriesForecast(f.mean, f.lower, f.upper, best, scores[best].mase, scores[best].coverage, notes, scores)


# ------------------------------------------------------------------------------------------------ periods
def period_starts(times, step):
    """The start (datetime64[D]) of the week (Monday) or month containing each time."""
    days = np.asarray(times).astype("datetime64[D]")
    if step == "month":
        return days.astype("datetime64[M]").astype("datetime64[D]")
    if step == "week":
        # 1970-01-01 was a Thursday: days since epoch + 3 is 0 on Mondays (mod 7)
        offset = (days.astype(np.int64) + 3) % 7
        return days - offset.astype("timedelta64[D]")
    raise ValueError("step must be 'week' or 'month'")


def next_periods(start, count, step):
    start = np.datetime64(start, "D")
    if step == "month":
        return (start.astype("datetime64[M]") + np.arange(count)).astype("datetime64[D]")
    return start + 7 * np.arange(count)


def period_label(start, step):
    """'2026-03' for months, ISO week '2026-W09' for weeks."""
    ts = pd.Timestamp(np.datetime64(start, "D"))
    if step == "month":
        return f"{ts.year:04d}-{ts.month:02d}"
    iso = ts.isocalendar()
    return f"{int(iso[0]):04d}-W{int(iso[1]):02d}"


def default_end(times, step):
    """The last complete period: the one before the period of the latest time."""
    latest = period_starts(np.array([np.max(times)]), step)[0]
    return _shift(latest, -1, step)


def _shift(start, k, step):
    start = np.datetime64(start, "D")
    if step == "month":
        return (start.astype("datetime64[M]") + k).astype("datetime64[D]")
    return start + 7 * k


def count_series(times, keys, step, end):
    """Counts per key and period from the first period of all ``times`` to the period ``end`` (inclusive).

    Returns (period starts, {key: counts}) with every key on the same periods (zeros where nothing happened).
    Times after the end period are left out.
    """
    times = np.asarray(times).astype("datetime64[s]")
    starts = period_starts(times, step)
    end = np.datetime64(end, "D")
    first = starts.min()
    if step == "month":
        n = int((end.astype("datetime64[M]") - first.astype("datetime64[M]")).astype(int)) + 1
        index = (starts.astype("datetime64[M]") - first.astype("datetime64[M]")).astype(int)
    else:
        n = int((end - first).astype(int)) // 7 + 1
        index = (starts - first).astype(int) // 7
    if n < 1:
        raise ValueError("the end lies before the first incident")
    keep = index < n
    periods = next_periods(first, n, step)
    frame = pd.DataFrame({"key": pd.Series(list(keys), dtype=object)[keep].to_numpy(), "i": index[keep]})
    series = {}
    for key, group in frame.groupby("key", sort=True):
        series[key] = np.bincount(group["i"].to_numpy(), minlength=n).astype(float)
    return periods, series


def forecast_table(series, periods, step, horizon, level, seed=0, progress=None):
    """Forecast every series of ``count_series``; one row per series and future period with the columns key,
    period, period_start, forecast, lower, upper, model, mase, coverage, notes (list of reason codes).
    ``progress(fraction) -> bool`` returning False raises Cancelled."""
    m = SEASON[step]
    last = periods[-1]
    future = [_shift(last, k, step) for k in range(1, horizon + 1)]
    labels = [period_label(p, step) for p in future]
    rows = []
    keys = list(series)
    for i, key in enumerate(keys):
        if progress is not None and not progress(i / max(len(keys), 1)):
            raise Cancelled()
        f = forecast_series(series[key], m, horizon, level, seed)
        for k in range(horizon):
            rows.append((key, labels[k], future[k], float(f.mean[k]), float(f.lower[k]), float(f.upper[k]),
                         f.model, f.mase, f.coverage, tuple(f.notes)))
    if progress is not None and not progress(1.0):
        raise Cancelled()
    return pd.DataFrame(rows, columns=["key", "period", "period_start", "forecast", "lower", "upper", "model",
                                       "mase", "coverage", "notes"])


__all__ = ["Forecast", "SeriesForecast", "forecast_series", "forecast_table", "count_series", "seasonal_naive",
           "ets", "ets_filter", "poisson_model", "poisson_glm", "mean_model", "backtest", "mase_scale",
           "period_starts", "period_label", "default_end", "normal_quantile"]
