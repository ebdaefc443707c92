"""core.riskmap: PAI/PEI against a hand count, the surface against brute force, and prospective beats retrospective
on a simulated self-exciting (near-repeat) process."""

from types import SimpleNamespace

import numpy as np
import pytest
from trygghet.core import riskmap as rm


def _cases():
    import importlib.util
    import os

    spec = importlib.util.spec_from_file_location("riskmap_cases", os.path.join(os.path.dirname(__file__),
                                                                              "riskmap_cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


simulate_self_exciting = _cases().simulate_self_exciting


def test_pai_pei_hand_count():
    # a 2 x 5 grid, all cells in the study area, distinct risks; 10 future incidents
    risk = np.array([[9, 1, 5, 3, 0],
                     [8, 7, 2, 6, 4]], dtype=float)
    future = np.array([[2, 0, 1, 0, 0],
                       [0, 4, 0, 3, 0]], dtype=float)
    scores = rm.score(risk, np.ones_like(risk, bool), future, shares=(0.1, 0.2, 0.3))
    # 10 %: 1 cell (risk 9) holds 2 of 10 incidents -> PAI = 0.2 / 0.1 = 2; best single cell holds 4 -> PEI = 2/4
    assert (scores[0].cells, scores[0].hits, scores[0].best_hits) == (1, 2, 4)
    assert scores[0].pai == pytest.approx(2.0) and scores[0].pei == pytest.approx(0.5)
    # 20 %: cells 9 and 8 hold 2 -> PAI = 0.2 / 0.2 = 1; best two cells 4 + 3 = 7 -> PEI = 2/7
    assert scores[1].pai == pytest.approx(1.0) and scores[1].pei == pytest.approx(2 / 7)
    # 30 %: cells 9, 8, 7 hold 6 -> PAI = 0.6 / 0.3 = 2; best three 4 + 3 + 2 = 9 -> PEI = 6/9
    assert scores[2].pai == pytest.approx(2.0) and scores[2].pei == pytest.approx(6 / 9)


def test_pai_counts_only_the_study_area():
    risk = np.array([[5, 4], [3, 2]], dtype=float)
    study = np.array([[False, True], [True, True]])
    future = np.array([[10, 1], [1, 2]], dtype=float)  # the 10 outside the study area do not count
    (s,) = rm.score(risk, study, future, shares=(1 / 3,))
    # one of 3 cells (risk 4) holds 1 of 4 incidents: PAI = 0.25 / (1/3) = 0.75; best cell holds 2: PEI = 0.5
    assert s.total == 4 and s.hits == 1 and s.pai == pytest.approx(0.75) and s.pei == pytest.approx(0.5)


def _grid(rows, cols, pixel, x_min=0.0, y_max=None):
    return SimpleNamespace(x_min=x_min, y_max=rows * pixel if y_max is None else y_max, pixel_size=pixel,
                           rows=rows, cols=cols)


def test_surface_against_brute_force():
    rng = np.random.default_rng(1)
    grid = _grid(30, 40, 10.0)
    x = rng.uniform(0, 400, 25)
    y = rng.uniform(0, 300, 25)
    age = rng.uniform(0, 60, 25)
    risk = rm.risk_surface(x, y, age, grid, 45.0, 14.0)
    # brute force: every point sits at its cell's centre; quartic in space times half-life decay in time
    xc = (np.arange(40) + 0.5) * 10.0
    yc = 300 - (np.arange(30) + 0.5) * 10.0
    px = (np.floor(x / 10) + 0.5) * 10
    py = 300 - (np.floor((300 - y) / 10) + 0.5) * 10
    expected = np.zeros((30, 40))
    for xi, yi, ai in zip(px, py, age):
        d = np.hypot(xc[None, :] - xi, yc[:, None] - yi)
        expected += np.where(d < 45, (1 - (d / 45) ** 2) ** 2, 0) * 0.5 ** (ai / 14)
    np.testing.assert_allclose(risk, expected, atol=1e-9)


def test_near_repeat_factor_against_brute_force():
    bands = rm.NearRepeatBands.from_rows(
        distance_from=[0, 0, 20, 20], distance_to=[20, 20, 40, 40], days_from=[0, 7, 0, 7], days_to=[7, 14, 7, 14],
        ratio=[3.0, 2.0, 1.5, 0.8], p=[0.01, 0.01, 0.2, 0.01])
    # only significant ratios above 1 count: 3 (0-20 m, 0-7 d) and 2 (0-20 m, 7-14 d)
    np.testing.assert_allclose(bands.ratio, [[3.0, 2.0], [1.0, 1.0]])
    grid = _grid(12, 12, 5.0)
    x = np.array([22.0, 31.0, 41.0])
    y = np.array([27.0, 33.0, 12.0])
    age = np.array([2.0, 9.0, 30.0])
    risk = rm.risk_surface(x, y, age, grid, 35.0, 10.0, near_repeat=bands)
    xc = (np.arange(12) + 0.5) * 5.0
    yc = 60 - (np.arange(12) + 0.5) * 5.0
    expected = np.zeros((12, 12))
    for xi, yi, ai in zip(x, y, age):
        cx, cy = (np.floor(xi / 5) + 0.5) * 5, 60 - (np.floor((60 - yi) / 5) + 0.5) * 5
        d = np.hypot(xc[None, :] - cx, yc[:, None] - cy)
        factor = np.ones_like(d)
        if ai < 7:
            factor[d < 20] = 3.0
        elif ai < 14:
            factor[d < 20] = 2.0
        expected += np.where(d < 35, (1 - (d / 35) ** 2) ** 2, 0) * 0.5 ** (ai / 10) * factor
    np.testing.assert_allclose(risk, expected, atol=1e-9)


def test_top_classes_nest():
    rng = np.random.default_rng(2)
    risk = rng.random((20, 20))
    study = np.ones((20, 20), bool)
    classes = rm.top_classes(risk, study)
    assert (classes == 1).sum() == 4 and (classes == 5).sum() == 16 and (classes == 10).sum() == 20
    assert risk[classes == 1].min() > risk[classes == 5].max() > risk[classes == 10].max() > risk[classes == 0].max()
    # cells without risk are never marked, even when the share would reach them
    sparse = np.zeros((10, 10))  # 1 % is one cell, 5 % five, 10 % ten; only three cells have risk
    sparse[3, 4], sparse[8, 8], sparse[0, 0] = 3.0, 2.0, 1.0
    classes = rm.top_classes(sparse, np.ones((10, 10), bool))
    assert (classes > 0).sum() == 3 and classes[3, 4] == 1 and classes[8, 8] == 5 and classes[0, 0] == 5


def test_prospective_beats_retrospective_on_near_repeats():
    x, y, t = simulate_self_exciting(2004)
    as_of, lookback, until = 200.0, 90.0, 214.0
    grid = _grid(160, 160, 25.0)
    past = (t < as_of) & (t >= as_of - lookback)
    future = (t >= as_of) & (t < until)
    study = np.ones((160, 160), bool)
    counts = rm.cell_counts(x[future], y[future], 0.0, 4000.0, 25.0, 160, 160)
    prospective = rm.risk_surface(x[past], y[past], as_of - t[past], grid, 200.0, 14.0)
    retrospective = rm.retrospective_kde(x[past], y[past], grid, 200.0)
    pro = rm.score(prospective, study, counts)
    retro = rm.score(retrospective, study, counts)
    assert pro[1].total == retro[1].total > 50
    assert pro[1].pai > retro[1].pai, (pro[1].pai, retro[1].pai)
    assert pro[1].pai > 1.5  # clearly better than chance


def test_next_fast_len():
    for n in (1, 7, 97, 1000, 1025):
        m = rm.next_fast_len(n)
        assert m >= n
        r = m
        for p in (2, 3, 5):
            while r % p == 0:
                r //= p
        assert r == 1
        assert not any(_smooth(k) for k in range(n, m))  # the smallest such size


def _smooth(k):
    for p in (2, 3, 5):
        while k % p == 0:
            k //= p
    return k == 1
