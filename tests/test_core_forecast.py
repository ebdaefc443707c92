"""core.forecast: hand-worked cases, an independent ETS reference, interval coverage on simulated Poisson series."""

import numpy as np
import pytest
from trygghet.core import forecast as fc

Z95 = 1.959963984540054  # standard normal 97.5 % quantile (tables)
Z90 = 1.6448536269514722


def test_normal_quantile_matches_tables():
    assert fc.normal_quantile(0.975) == pytest.approx(Z95, abs=1e-8)
    assert fc.normal_quantile(0.95) == pytest.approx(Z90, abs=1e-8)
    assert fc.normal_quantile(0.005) == pytest.approx(-2.5758293035489, abs=1e-8)


def test_seasonal_naive_by_hand():
    # season 4; the seasonal differences are all +1 except one +3: sigma = sqrt((7*1 + 9) / 8) = sqrt(2)
    y = np.array([3, 1, 4, 1, 4, 2, 5, 2, 5, 3, 6, 5], dtype=float)
    f = fc.seasonal_naive(y, 4, 6, 0.95)
    np.testing.assert_allclose(f.mean, [5, 3, 6, 5, 5, 3])
    sigma = np.sqrt((7 * 1.0 + 9.0) / 8.0)
    sd = sigma * np.array([1, 1, 1, 1, np.sqrt(2), np.sqrt(2)])
    np.testing.assert_allclose(f.upper, f.mean + Z95 * sd, rtol=1e-9)
    np.testing.assert_allclose(f.lower, np.maximum(f.mean - Z95 * sd, 0), atol=1e-9)


def test_constant_series_forecasts_the_constant():
    y = np.full(36, 5.0)
    for name in ("snaive", "ets", "poisson", "mean"):
        f = fc.run_model(name, y, 12, 6, 0.95)
        np.testing.assert_allclose(f.mean, 5.0, rtol=1e-6, err_msg=name)
    # seasonal naive and ETS have zero error: a zero-width interval; the count models keep Poisson noise
    assert np.allclose(fc.run_model("snaive", y, 12, 6, 0.95).upper, 5.0)
    poisson = fc.run_model("poisson", y, 12, 6, 0.95)
    assert (poisson.lower < 5).all() and (poisson.upper > 5).all()


def test_pure_trend_beats_seasonal_naive():
    t = np.arange(48)
    y = 10 + 2.0 * t
    result = fc.forecast_series(y, 12, 12, 0.95)
    assert result.scores["snaive"].mase == pytest.approx(1.0)  # by construction: MASE of snaive on a line is 1
    assert result.model == "ets"
    assert result.mase < 0.3
    truth = 10 + 2.0 * np.arange(48, 60)
    assert abs(result.mean[0] - truth[0]) < 1.0
    assert (np.abs(result.mean - truth) < 0.1 * truth).all()


def reference_holt_winters(y, m, alpha, beta_star, gamma, phi, level0, trend0, season0):
    """Damped additive Holt-Winters in the textbook component form (Hyndman & Athanasopoulos, FPP3 §8.3), written
    as a plain loop over a growing list of seasonal states."""
    level, trend = level0, trend0
    seasons = list(season0)
    fitted = []
    for t, obs in enumerate(y):
        s_old = seasons[t]  # s_{t-m}
        fitted.append(level + phi * trend + s_old)
        new_level = alpha * (obs - s_old) + (1 - alpha) * (level + phi * trend)
        new_trend = beta_star * (new_level - level) + (1 - beta_star) * phi * trend
        seasons.append(gamma * (obs - level - phi * trend) + (1 - gamma) * s_old)
        level, trend = new_level, new_trend
    forecasts = [level + sum(phi ** i for i in range(1, h + 1)) * trend + seasons[len(y) + (h - 1) % m]
                 for h in range(1, 2 * m + 1)]
    return np.array(fitted), np.array(forecasts)


def test_ets_recursion_matches_textbook_form():
    rng = np.random.default_rng(7)
    m = 12
    t = np.arange(60)
    y = 20 + 0.3 * t + 5 * np.sin(2 * np.pi * t / m) + rng.normal(0, 2, t.size)
    season0 = rng.normal(0, 3, m)
    season0 -= season0.mean()
    for alpha, beta, gamma, phi in ((0.3, 0.1, 0.2, 0.9), (0.7, 0.02, 0.01, 0.98), (0.05, 0.0, 0.25, 0.8)):
        errors, level, trend, season = fc.ets_filter(y, m, alpha, beta, gamma, phi, 18.0, 0.2, season0)
        fitted, expected = reference_holt_winters(y, m, alpha, beta, gamma, phi, 18.0, 0.2, season0)
        np.testing.assert_allclose(y - errors[:, 0], fitted, rtol=1e-10)
        f = fc.ets_forecast_from_state(level[0], trend[0], season[:, 0], alpha, beta, gamma, phi, 1.0, m, 2 * m,
                                      0.95)
        np.testing.assert_allclose(f.mean, np.maximum(expected, 0), rtol=1e-10)


def test_ets_interval_variance_matches_simulation():
    """The class-1 variance formula against the spread of simulated ETS(A,Ad,A) paths with the same parameters."""
    rng = np.random.default_rng(3)
    m, h, sigma = 4, 9, 1.5
    alpha, beta, gamma, phi = 0.4, 0.2, 0.15, 0.9
    n = 40000
    level = np.full(n, 50.0)
    trend = np.full(n, 1.0)
    season = np.tile(np.array([2.0, -1.0, 0.5, -1.5])[:, None], (1, n))
    ys = []
    for k in range(h):
        e = rng.normal(0, sigma, n)
        s = season[k % m].copy()
        ys.append(level + phi * trend + s + e)
        new_level = level + phi * trend + alpha * e
        trend = phi * trend + alpha * beta * e
        season[k % m] = s + gamma * e
        level = new_level
    sd_sim = np.std(np.array(ys), axis=1)
    f = fc.ets_forecast_from_state(50.0, 1.0, np.array([2.0, -1.0, 0.5, -1.5]), alpha, beta, gamma, phi, sigma,
                                  m, h, 0.95)
    sd_formula = (f.upper - f.mean) / Z95
    np.testing.assert_allclose(sd_formula, sd_sim, rtol=0.02)


def test_poisson_glm_recovers_known_coefficients():
    rng = np.random.default_rng(11)
    n, m = 600, 12
    t = np.arange(n, dtype=float)
    x = fc._design(t, n, m)
    truth = np.array([1.5, 0.4, 0.3, -0.2, 0.1, 0.05])
    y = rng.poisson(np.exp(x @ truth))
    beta, cov, mu = fc.poisson_glm(x, y)
    se = np.sqrt(np.diag(cov))
    assert (np.abs(beta - truth) < 4 * se).all()
    # the score equations of a Poisson GLM: X'(y - mu) = 0
    np.testing.assert_allclose(x.T @ (y - mu), 0, atol=1e-5)


def _seasonal_poisson(rng, n, m=12):
    t = np.arange(n)
    return rng.poisson(np.exp(2.0 + 0.5 * np.sin(2 * np.pi * t / m)))


@pytest.mark.parametrize("level", [0.8, 0.95])
def test_poisson_interval_coverage_on_simulated_series(level):
    rng = np.random.default_rng(2024)
    inside = total = 0
    for _ in range(150):
        y = _seasonal_poisson(rng, 72)
        f = fc.poisson_model(y[:60], 12, 12, level, seed=int(rng.integers(1 << 30)))
        inside += int(((y[60:] >= f.lower) & (y[60:] <= f.upper)).sum())
        total += 12
    coverage = inside / total
    if level == 0.95:
        assert 0.88 <= coverage <= 0.99, coverage
    else:
        assert 0.72 <= coverage <= 0.90, coverage


def test_chosen_model_interval_coverage_on_simulated_series():
    rng = np.random.default_rng(99)
    inside = total = 0
    for _ in range(60):
        y = _seasonal_poisson(rng, 72)
        f = fc.forecast_series(y[:60], 12, 12, 0.95)
        inside += int(((y[60:] >= f.lower) & (y[60:] <= f.upper)).sum())
        total += 12
    assert 0.88 <= inside / total <= 0.995, inside / total


def test_backtest_mase_and_coverage_by_hand():
    # season 2, horizon 2, 10 periods: origins 8, 6, 4 (windows of 2, at least 4 periods of training)
    y = np.array([1, 3, 2, 4, 2, 5, 3, 5, 4, 7], dtype=float)
    bt = fc.backtest("snaive", y, 2, 2, 0.95, min_train=4)
    errors = []
    cover = 0
    for o in (8, 6, 4):
        train = y[:o]
        scale = np.mean(np.abs(train[2:] - train[:-2]))
        diffs = train[2:] - train[:-2]
        sigma = np.sqrt(np.mean(diffs ** 2))
        for k in range(2):
            pred = train[o - 2 + k]
            actual = y[o + k]
            errors.append(abs(actual - pred) / scale)
            cover += int(abs(actual - pred) <= Z95 * sigma)
    assert bt.mase == pytest.approx(np.mean(errors))
    assert bt.coverage == pytest.approx(cover / 6)
    assert bt.windows == 6


def test_sparse_series_fall_back_with_a_reason():
    short = fc.forecast_series(np.array([1, 0, 2, 1, 0, 3, 1, 2, 0, 1], dtype=float), 12, 6, 0.95)
    assert short.model == "mean" and fc.SHORT in short.notes
    np.testing.assert_allclose(short.mean, 1.1)
    zeros = np.zeros(48)
    zeros[[5, 17, 40]] = 1
    sparse = fc.forecast_series(zeros, 12, 6, 0.95)
    assert sparse.model == "mean" and fc.MOSTLY_ZEROS in sparse.notes
    np.testing.assert_allclose(sparse.mean, 1 / 12)  # the last season's mean (one incident in 12 months)
    assert (sparse.lower == 0).all()
    nothing = fc.forecast_series(np.zeros(30), 12, 3, 0.8)
    assert fc.ALL_ZERO in nothing.notes and (nothing.upper == 0).all()


def test_mean_model_interval_is_the_poisson_interval():
    y = np.full(12, 4.0)  # no overdispersion: Poisson(4)
    f = fc.mean_model(y, 12, 3, 0.95)
    # Poisson(4): P(X <= 0) = 0.018 < 0.025 <= P(X <= 1) = 0.092; P(X <= 7) = 0.949 < 0.975 <= P(X <= 8) = 0.979
    np.testing.assert_allclose(f.lower, 1)
    np.testing.assert_allclose(f.upper, 8)


def test_periods_weeks_and_months():
    times = np.array(["2026-03-01T23:00", "2026-03-02T00:10", "2026-03-08T12:00", "2026-03-09T00:00"],
                     dtype="datetime64[s]")
    weeks = fc.period_starts(times, "week")
    # 2026-03-02 is a Monday
    assert [str(d) for d in weeks] == ["2026-02-23", "2026-03-02", "2026-03-02", "2026-03-09"]
    assert fc.period_label(np.datetime64("2026-03-02"), "week") == "2026-W10"
    assert fc.period_label(np.datetime64("2026-03-01"), "month") == "2026-03"
    assert str(fc.default_end(times, "week")) == "2026-03-02"
    assert str(fc.default_end(times, "month")) == "2026-02-01"
    periods, series = fc.count_series(times, ["a", "b", "a", "a"], "week", np.datetime64("2026-03-02"))
    assert [str(p) for p in periods] == ["2026-02-23", "2026-03-02"]
    np.testing.assert_array_equal(series["a"], [1, 1])  # the week of 2026-03-09 lies after the end
    np.testing.assert_array_equal(series["b"], [0, 1])


def test_forecast_table_rows():
    rng = np.random.default_rng(5)
    periods = fc.next_periods(np.datetime64("2022-01-01"), 48, "month")
    series = {("A", "klotter"): _seasonal_poisson(rng, 48).astype(float), ("B", "klotter"): np.zeros(48)}
    table = fc.forecast_table(series, periods, "month", 3, 0.8)
    assert len(table) == 6
    assert list(table["period"][:3]) == ["2026-01", "2026-02", "2026-03"]
    assert (table["lower"] <= table["forecast"]).all() and (table["forecast"] <= table["upper"]).all()
    assert set(table[table["key"] == ("B", "klotter")]["model"]) == {"mean"}


def test_weekly_season_repeats_exactly():
    rng = np.random.default_rng(52)
    pattern = rng.integers(0, 9, 52).astype(float)
    y = np.tile(pattern, 3)  # three identical years of weeks
    result = fc.forecast_series(y, 52, 12, 0.95)
    np.testing.assert_allclose(result.mean, pattern[:12], atol=1e-6)
    assert result.mase == pytest.approx(0.0, abs=1e-6) and result.coverage == pytest.approx(1.0)
