"""Where fear and reported crime part ways: dialogue marks against incidents, cell by cell (or area by area).

Each cell (or area) is judged with the bivariate Local Moran of core/bivariate.py with x = the unsafe dialogue marks in
the cell and y = the incidents, so the statistic compares the marks *here* with the incidents *around* (in the
neighbouring cells), and the cell's own incidents decide whether the place itself is crime-exposed:

- ``unsafe_crime`` (otryggt och brottsutsatt): the cell has more unsafe marks than the average cell and significantly
  many incidents around it (quadrant HH); or more marks and more incidents than average in the cell itself while
  its surroundings have significantly few incidents (HL with own incidents above average).
- ``unsafe_low_crime`` (otryggt men få anmälda brott): more marks than average, significantly few incidents around
  (HL), and no more incidents than average in the cell itself.
- ``safe_crime`` (tryggt men brottsutsatt): no more marks than average (usually none), significantly many incidents
  around (LH), and more incidents than average in the cell itself.
- ``no_pattern`` (inget mönster): everything else: not significant, low-low (LL), or LH with few incidents in the
  cell itself (a quiet cell beside a crime-exposed one).
- ``sparse`` (för få för att bedöma): fewer than ``min_count`` marks and incidents together in the cell, or a cell
  with no neighbours. Sparse cells still take part in the statistic (their zeros are information); they only get no
  class, and the false discovery rate is controlled over the cells that are judged.

"Average" is the mean over all cells; "significantly" means the permutation p-value (p_sim) passes ``alpha``,
Benjamini-Hochberg corrected when ``fdr`` is set.
"""

import numpy as np

from .bivariate import QUADRANT_CODES, bv_permutation, moran_local_bv
from .stats import fdr_bh

__all__ = ["CLASS_CODES", "classify"]

CLASS_CODES = ("unsafe_crime", "unsafe_low_crime", "safe_crime", "no_pattern", "sparse")


def classify(marks, incidents, w, min_count=3, permutations=999, seed=1, alpha=0.05, fdr=True, progress=None):
    """Classify cells: returns a dict of arrays ``marks``, ``incidents``, ``local_i``, ``p_sim``, ``quadrant``
    (HH/LH/LL/HL, None where not computed), ``significant`` (bool), ``cls`` (one of CLASS_CODES) and ``status``:
    "ok", "no_marks" (no unsafe marks at all), "flat_marks" or "flat_incidents" (the same count in every cell, so
    nothing can be compared: every judged cell is ``no_pattern``). ``w``: binary weights (core.hotspot.Weights)."""
    x = np.asarray(marks, dtype=float).ravel()
    y = np.asarray(incidents, dtype=float).ravel()
    n = x.size
    if y.size != n or w.n != n:
        raise ValueError("marks, incidents and weights differ in length")
    if n < 3:
        raise ValueError("at least 3 cells are needed")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("counts must be finite")
    if not 0 < alpha < 1:
        raise ValueError("alpha must lie between 0 and 1")
    card = w.cardinalities
    sparse = (x + y < min_count) | (card == 0)
    out = {"marks": x, "incidents": y, "local_i": np.full(n, np.nan), "p_sim": np.full(n, np.nan),
           "quadrant": np.full(n, None, dtype=object), "significant": np.zeros(n, dtype=bool)}
    if not np.any(x > 0):
        status = "no_marks"
    elif not np.ptp(x) > 0:
        status = "flat_marks"
    elif not np.ptp(y) > 0:
        status = "flat_incidents"
    else:
        status = "ok"
    cls = np.where(sparse, "sparse", "no_pattern").astype(object)
    out["status"] = status
    if status != "ok":
        out["cls"] = cls
        return out
    local_i, quad = moran_local_bv(x, y, w)
    p_sim, _ = bv_permutation(x, y, w, permutations=permutations, seed=seed, progress=progress)
    judged = ~sparse & np.isfinite(p_sim)
    significant = np.zeros(n, dtype=bool)
    if judged.any():
        significant[judged] = fdr_bh(p_sim[judged], alpha) if fdr else p_sim[judged] <= alpha
    quadrant = np.array(QUADRANT_CODES, dtype=object)[quad.astype(int) - 1]
    own_high = y > y.mean()
    hh = significant & (quadrant == "HH")
    hl = significant & (quadrant == "HL")
    lh = significant & (quadrant == "LH")
    cls = np.where(hh | (hl & own_high), "unsafe_crime",
                   np.where(hl, "unsafe_low_crime", np.where(lh & own_high, "safe_crime", "no_pattern"))).astype(object)
    cls[sparse] = "sparse"
    out.update(local_i=local_i, p_sim=p_sim, quadrant=quadrant, significant=significant, cls=cls)
    return out
