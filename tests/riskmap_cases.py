"""A simulated self-exciting (near-repeat) incident process, shared by the risk-map tests."""

import numpy as np


def simulate_self_exciting(seed, days=240, size=4000.0, background_per_day=3.0, branching=0.7, spread=40.0,
                           delay=6.0):
    """A Hawkes-type point process: uniform background incidents; each incident has Poisson(branching) offspring
    near it (Gaussian, sd ``spread`` m) a few days later (exponential, mean ``delay``)."""
    rng = np.random.default_rng(seed)
    n0 = rng.poisson(background_per_day * days)
    xs, ys, ts = [rng.uniform(0, size, n0)], [rng.uniform(0, size, n0)], [rng.uniform(0, days, n0)]
    px, py, pt = xs[0], ys[0], ts[0]
    while px.size:
        k = rng.poisson(branching, px.size)
        px = np.repeat(px, k) + rng.normal(0, spread, k.sum())
        py = np.repeat(py, k) + rng.normal(0, spread, k.sum())
        pt = np.repeat(pt, k) + rng.exponential(delay, k.sum())
        keep = (pt < days) & (px >= 0) & (px < size) & (py >= 0) & (py < size)
        px, py, pt = px[keep], py[keep], pt[keep]
        xs.append(px)
        ys.append(py)
        ts.append(pt)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ts)
