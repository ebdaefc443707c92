"""Write tests/data/esda_bv.json: PySAL esda's Moran_Local_BV on a few lattices, the reference the bivariate Local
Moran of core/bivariate.py is tested against (tests/test_core_bivariate.py).

esda is not a dependency of the plugin nor of its test environment (it would bring shapely 2 and numpy 2 into the
Debian 12 venv), so the reference values are computed once in a separate environment and kept in the repository:

    python3 -m venv /tmp/esda-venv && /tmp/esda-venv/bin/pip install esda==2.9.0
    /tmp/esda-venv/bin/python scripts/esda_bv_reference.py

The lattices (neighbour lists, x, y) are written with the results, so the test feeds exactly the same input.
"""

import json
import os
import sys
import warnings

import esda
import libpysal
import numpy as np
from esda.moran import Moran_Local_BV

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "esda_bv.json")
PERMUTATIONS = 9999


def lattices():
    rng = np.random.default_rng(2024)
    # 1. a 7 x 6 rook lattice with continuous, correlated values
    w = libpysal.weights.lat2W(7, 6, rook=True)
    x = rng.normal(10, 3, w.n)
    y = 0.6 * x + rng.normal(0, 2, w.n)
    yield "rook_7x6_continuous", w, x, y
    # 2. a 10 x 10 queen lattice with counts (a planted cluster of x beside one of y, and zeros elsewhere)
    w = libpysal.weights.lat2W(10, 10, rook=False)
    x = rng.poisson(0.6, w.n).astype(float)
    y = rng.poisson(0.6, w.n).astype(float)
    for r in range(1, 4):
        for c in range(1, 4):
            x[r * 10 + c] += rng.poisson(6)
            y[r * 10 + c + 2] += rng.poisson(6)
    yield "queen_10x10_counts", w, x, y
    # 3. 60 scattered points, k = 5 nearest neighbours (asymmetric), continuous values with a trend
    pts = rng.uniform(0, 100, (60, 2))
    w = libpysal.weights.KNN.from_array(pts, k=5)
    x = pts[:, 0] / 10 + rng.normal(0, 1, 60)
    y = pts[:, 1] / 10 - pts[:, 0] / 20 + rng.normal(0, 1, 60)
    yield "knn5_60_continuous", w, x, y


def main():
    warnings.simplefilter("ignore")
    out = {"esda": esda.__version__, "libpysal": libpysal.__version__, "numpy": np.__version__,
           "permutations": PERMUTATIONS, "lattices": []}
    for name, w, x, y in lattices():
        ids = list(w.id_order)
        neighbours = [[ids.index(j) for j in w.neighbors[i]] for i in ids]
        bv = Moran_Local_BV(x, y, w, transformation="r", permutations=PERMUTATIONS, seed=12345)
        out["lattices"].append({"name": name, "neighbours": neighbours, "x": x.tolist(), "y": y.tolist(),
                                "Is": bv.Is.tolist(), "q": bv.q.tolist(), "p_sim": bv.p_sim.tolist(),
                                "z_sim": bv.z_sim.tolist()})
    with open(OUT, "w", encoding="utf-8") as handle:  # one line per lattice and key, for readable diffs
        lattices_ = out.pop("lattices")
        handle.write(json.dumps(out)[:-1] + ', "lattices": [\n')
        handle.write(",\n".join("{" + ",\n ".join(json.dumps(k) + ": " + json.dumps(v) for k, v in item.items()) + "}"
                                for item in lattices_))
        handle.write("\n]}\n")
    print("wrote", os.path.normpath(OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
