"""core.hotspot's neighbour searches after their speed-ups: k nearest neighbours of clustered points (a smaller
starting radius) and the nearest-cell distance of a masked square lattice (disc counts) against brute force."""

import numpy as np
import pytest
from trygghet.core import hotspot


def brute_kth(xy, k):
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(d, np.inf)
    return np.sort(d, axis=1)[:, k - 1]


@pytest.mark.parametrize("k", [1, 3, 8])
def test_knn_of_clustered_points_equals_brute_force(k):
    rng = np.random.default_rng(k)
    # a wide box, most points in three tight clusters, a few far out
    xy = np.vstack([rng.normal([500, 500], 3, (600, 2)), rng.normal([9000, 200], 1, (500, 2)),
                    rng.normal([4000, 7000], 20, (300, 2)), rng.uniform(0, 10000, (40, 2))])
    got = hotspot.nearest_neighbour_distance(xy, k)
    assert np.allclose(got, brute_kth(xy, k), rtol=0, atol=1e-9)
    w = hotspot.knn(xy, k)
    for i in rng.integers(0, len(xy), 25):
        d = np.sqrt(((xy - xy[i]) ** 2).sum(axis=1))
        d[i] = np.inf
        neighbours = w.indices[w.indptr[i]:w.indptr[i + 1]]
        assert np.allclose(np.sort(d[neighbours]), np.sort(d)[:k])


def test_lattice_nearest_cell_distance_equals_brute_force():
    rng = np.random.default_rng(5)
    x, y = rng.uniform(0, 600, 500), rng.uniform(0, 400, 500)
    lattice = hotspot.square_lattice(x, y, 20.0, bounds=(0, 0, 600, 400))
    keep = rng.random(len(lattice)) < 0.3  # a ragged mask: many cells with no neighbour next to them
    lattice = lattice.restrict(keep)
    got = hotspot._lattice_kth_distance(lattice, 1)
    assert np.allclose(got, brute_kth(lattice.xy, 1), rtol=1e-12)
    values = lattice.value
    with_lattice = hotspot.auto_distance_band(lattice.xy, values, lattice=lattice)
    without = hotspot.auto_distance_band(lattice.xy, values)
    assert with_lattice[1] == without[1]
    assert with_lattice[0] == pytest.approx(without[0], rel=1e-9)
