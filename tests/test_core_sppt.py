import math

import numpy as np
import pytest
from trygghet.core.sppt import sppt


def test_identical_periods_are_similar():
    rng = np.random.default_rng(0)
    counts = rng.poisson(15, 300)
    res = sppt(counts, counts, samples=200, seed=1)
    assert res.s_index >= 0.97
    assert res.robust_s_index >= 0.97
    assert np.allclose(res.base_pct, 100 * counts / counts.sum())
    assert np.allclose(res.test_pct, res.base_pct)
    assert res.sample_size == round(0.85 * counts.sum())


def test_tripled_share_is_flagged_higher_and_vanished_unit_lower():
    base = np.full(20, 20)
    test = np.full(20, 20)
    test[0] = 60  # share 5 % -> 14.3 % (60 of 420)
    test[1] = 0  # share 5 % -> 0 %
    res = sppt(base, test, seed=3)
    assert res.changed[0] == 1
    assert res.changed[1] == -1
    assert res.changed.dtype == np.int8
    # the other units moved from 5.0 % to 4.8 %: well inside sampling noise
    assert np.all(res.changed[2:] == 0)
    assert res.test_pct[0] == pytest.approx(100 * 60 / 420)


def test_confidence_interval_matches_binomial_approximation():
    # Each unit's sample share is Binomial(m, q) / m; for large m the central 95 % is q -+ 1.96 sqrt(q(1-q)/m).
    test = np.array([4000, 2000, 1000, 3000])
    base = np.array([1, 1, 1, 1])
    res = sppt(base, test, samples=4000, sample_pct=50, confidence=0.95, seed=7)
    m = 5000
    for k, q in enumerate(test / test.sum()):
        half = 1.96 * math.sqrt(q * (1 - q) / m) * 100
        assert res.ci_low[k] == pytest.approx(100 * q - half, abs=0.12)
        assert res.ci_high[k] == pytest.approx(100 * q + half, abs=0.12)


def test_robust_index_ignores_units_empty_in_both_periods():
    # Two units swap a large share (both flagged), two keep identical large shares (similar), six are always empty.
    base = np.array([500, 50, 300, 300, 0, 0, 0, 0, 0, 0])
    test = np.array([50, 500, 300, 300, 0, 0, 0, 0, 0, 0])
    res = sppt(base, test, seed=0)
    assert list(res.changed[:4]) == [-1, 1, 0, 0]
    assert res.s_index == pytest.approx(8 / 10)
    assert res.robust_s_index == pytest.approx(2 / 4)
    frame = res.to_frame()
    assert list(frame.columns) == ["base_pct", "test_pct", "ci_low", "ci_high", "changed"]
    assert len(frame) == 10


def test_reproducible_by_seed():
    rng = np.random.default_rng(5)
    base = rng.poisson(8, 200)
    test = rng.poisson(8, 200)
    a = sppt(base, test, seed=11)
    b = sppt(base, test, seed=11)
    c = sppt(base, test, seed=12)
    assert np.array_equal(a.ci_low, b.ci_low) and np.array_equal(a.ci_high, b.ci_high)
    assert not (np.array_equal(a.ci_low, c.ci_low) and np.array_equal(a.ci_high, c.ci_high))


@pytest.mark.parametrize("base,test", [
    ([1, -1, 3], [1, 2, 3]),
    ([0, 0, 0], [1, 2, 3]),
    ([1, 2, 3], [0, 0, 0]),
    ([1, 2, 3], [1, 2]),
    ([1, np.nan, 3], [1, 2, 3]),
    ([1.5, 2, 3], [1, 2, 3]),
    ([], []),
])
def test_bad_inputs_raise(base, test):
    with pytest.raises(ValueError):
        sppt(base, test)


@pytest.mark.parametrize("kwargs", [dict(samples=1), dict(sample_pct=0), dict(sample_pct=120), dict(confidence=1.0)])
def test_bad_parameters_raise(kwargs):
    with pytest.raises(ValueError):
        sppt([1, 2, 3], [3, 2, 1], **kwargs)


def test_2000_units():
    rng = np.random.default_rng(1)
    base = rng.poisson(3, 2000)
    test = rng.poisson(3, 2000)
    res = sppt(base, test, samples=200)
    assert 0.5 < res.s_index <= 1.0
