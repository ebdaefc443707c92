import math

import numpy as np
import pytest
from trygghet.core import emerging
from trygghet.core.emerging import CATEGORIES, classify, space_time_gi_star

N = 20  # time steps; 90 % of them is 18


def _series(pattern, z_hot=None):
    """z/p rows from a pattern: H = hot (p 0.001), C = cold, . = not significant (p 0.6)."""
    assert len(pattern) == N
    z = np.array([3.0 if c == "H" else -3.0 if c == "C" else 0.5 for c in pattern])
    if z_hot is not None:
        z = np.asarray(z_hot, dtype=float)
    p = np.array([0.001 if c in "HC" else 0.6 for c in pattern])
    return z, p


RISING = 2.0 + 0.2 * np.arange(N)  # no ties: Mann-Kendall S = 190
TENT = 3.0 + 0.1 * np.minimum(np.arange(N), N - 1 - np.arange(N))  # symmetric: S = 0, no trend

HOT_CASES = {
    "new_hot": ("." * 19 + "H", None),
    "consecutive_hot": ("." * 17 + "HHH", None),
    "intensifying_hot": ("H" * 20, RISING),
    "persistent_hot": ("H" * 20, TENT),
    "diminishing_hot": ("H" * 20, RISING[::-1]),
    "sporadic_hot": ("..H..H...H....H....H", None),
    "oscillating_hot": ("...C...H...........H", None),
    "historical_hot": ("H" * 19 + ".", None),
}


def _mirror(pattern, z_hot):
    pat = pattern.replace("H", "x").replace("C", "H").replace("x", "C")
    z, p = _series(pat, None if z_hot is None else -np.asarray(z_hot))
    return z, p


def _cube():
    names, zs, ps = [], [], []
    for name, (pattern, zh) in HOT_CASES.items():
        z, p = _series(pattern, zh)
        names.append(name)
        zs.append(z)
        ps.append(p)
    for name, (pattern, zh) in HOT_CASES.items():
        z, p = _mirror(pattern, zh)
        names.append(name.replace("_hot", "_cold"))
        zs.append(z)
        ps.append(p)
    z, p = _series("....H....H..........", None)  # hot twice long ago, never at the end: no pattern
    names.append("no_pattern")
    zs.append(z)
    ps.append(p)
    return names, np.array(zs), np.array(ps)


def test_categories_tuple():
    assert len(CATEGORIES) == 17 and len(set(CATEGORIES)) == 17
    assert CATEGORIES[-1] == "no_pattern"


def test_every_category_from_hand_built_series():
    names, z, p = _cube()
    assert sorted(names) == sorted(CATEGORIES)
    codes, trend_z, trend_p, hot_steps = classify(z, p, fdr=False)
    assert list(codes) == names
    assert hot_steps[names.index("sporadic_hot")] == 5
    assert hot_steps[names.index("historical_hot")] == 19
    assert hot_steps[names.index("new_cold")] == 0


def test_trend_is_textbook_mann_kendall_on_z_series():
    names, z, p = _cube()
    _, trend_z, trend_p, _ = classify(z, p, fdr=False)
    # no ties, n = 20: S = 190, Var S = n(n-1)(2n+5)/18 = 950, z = (S - 1)/sqrt(Var S)
    zz = (190 - 1) / math.sqrt(950)
    k = names.index("intensifying_hot")
    assert trend_z[k] == pytest.approx(zz, rel=1e-12)
    assert trend_p[k] == pytest.approx(math.erfc(zz / math.sqrt(2)), rel=1e-9)
    assert trend_z[names.index("diminishing_hot")] == pytest.approx(-zz, rel=1e-12)
    assert trend_z[names.index("persistent_hot")] == 0.0


def test_classify_uses_mann_kendall_rows(monkeypatch):
    calls = []
    real = emerging.mann_kendall_rows

    def spy(matrix, *args, **kwargs):
        calls.append(np.array(matrix, copy=True))
        return real(matrix, *args, **kwargs)

    monkeypatch.setattr(emerging, "mann_kendall_rows", spy)
    _, z, p = _cube()
    classify(z, p, fdr=False)
    assert len(calls) == 1 and np.array_equal(calls[0], z)


def test_boundaries_of_the_90_percent_rule_and_trend():
    rows = [
        ("." * 2 + "H" * 18, None),  # exactly 90 % hot incl. final, no trend in z -> persistent
        ("." * 3 + "H" * 17, None),  # 85 %, one final run -> consecutive
        ("H" * 19 + ".", RISING),  # 95 % hot, rising, but final not hot -> historical, not intensifying
        ("H" * 10 + "." * 9 + "H", None),  # 55 %, on and off, no cold -> sporadic
        ("C" + "." * 18 + "H", None),  # first hot bin at the end after a cold one: Esri's table lists new first
        ("." * 19 + "H", None),
    ]
    z = np.array([_series(pat, zh)[0] for pat, zh in rows])
    p = np.array([_series(pat, zh)[1] for pat, zh in rows])
    z[0] = [0.5, 0.5] + [3.0, 4.0] * 9  # up and down: Mann-Kendall S = 45, p about 0.11
    codes, _, trend_p, _ = classify(z, p, fdr=False)
    assert trend_p[0] > 0.05
    assert list(codes) == ["persistent_hot", "consecutive_hot", "historical_hot", "sporadic_hot", "new_hot",
                           "new_hot"]


def test_fdr_changes_significance():
    # one location with p = 0.08 in every step among many clearly insignificant bins: significant at 90 % alone,
    # but not after Benjamini-Hochberg over all bins of the cube.
    z = np.full((50, N), 0.1)
    p = np.full((50, N), 0.9)
    z[0] = 1.75
    p[0] = 0.08
    codes_raw, *_ = classify(z, p, fdr=False)
    codes_fdr, *_ = classify(z, p, fdr=True)
    assert codes_raw[0] == "persistent_hot"
    assert codes_fdr[0] == "no_pattern"


def _brute_gi_star(counts, xy, distance, k):
    n_loc, n_step = counts.shape
    values = [counts[i, t] for i in range(n_loc) for t in range(n_step)]
    n = len(values)
    mean = sum(values) / n
    s = math.sqrt(sum(v * v for v in values) / n - mean * mean)
    z = np.zeros(counts.shape)
    for i in range(n_loc):
        for t in range(n_step):
            sw = 0.0
            swx = 0.0
            for j in range(n_loc):
                if (xy[i, 0] - xy[j, 0]) ** 2 + (xy[i, 1] - xy[j, 1]) ** 2 > distance ** 2:
                    continue
                for u in range(n_step):
                    if t - k <= u <= t:
                        sw += 1.0
                        swx += counts[j, u]
            z[i, t] = (swx - mean * sw) / (s * math.sqrt((n * sw - sw * sw) / (n - 1)))
    return z


@pytest.mark.parametrize("k", [0, 1, 3])
def test_gi_star_equals_brute_force(k):
    rng = np.random.default_rng(k)
    xy = rng.integers(0, 600, (18, 2)).astype(float)
    xy[1] = xy[0] + [90.0, 120.0]  # exactly 150 m apart: inside the distance
    counts = rng.poisson(2.0, (18, 7)).astype(float)
    counts[3, 4:] += 9
    z, p = space_time_gi_star(counts, xy, 150.0, time_steps=k)
    expected = _brute_gi_star(counts, xy, 150.0, k)
    assert np.max(np.abs(z - expected)) < 1e-9
    p_expected = np.array([[math.erfc(abs(v) / math.sqrt(2)) for v in row] for row in expected])
    assert np.allclose(p, p_expected, rtol=1e-9, atol=1e-15)


def test_gi_star_bad_inputs():
    xy = np.array([[0.0, 0.0], [10.0, 0.0]])
    with pytest.raises(ValueError):
        space_time_gi_star(np.ones((2, 3)), xy, 50.0)  # no variation
    with pytest.raises(ValueError):
        space_time_gi_star(np.ones((3, 3)), xy, 50.0)  # xy rows do not match
    with pytest.raises(ValueError):
        space_time_gi_star(np.array([[1.0, 2.0], [3.0, 4.0]]), xy, 50.0, time_steps=-1)
    with pytest.raises(ValueError):
        classify(np.zeros((2, 3)), np.zeros((2, 4)))


def test_20000_locations_36_steps():
    rng = np.random.default_rng(0)
    gx, gy = np.meshgrid(np.arange(200) * 100.0 + 50, np.arange(100) * 100.0 + 50)
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    counts = rng.poisson(rng.gamma(0.5, 1.0, (xy.shape[0], 1)) * np.linspace(0.5, 1.5, 36))
    z, p = space_time_gi_star(counts, xy, 300.0, time_steps=1)
    assert z.shape == (20000, 36)
    codes, *_ = classify(z, p)
    assert set(codes) <= set(CATEGORIES)
