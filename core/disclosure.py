"""Disclosure control for published count tables: primary (threshold) and secondary (complementary) suppression."""

from collections import namedtuple

import numpy as np

__all__ = ["SECONDARY_MARK", "Suppression", "format_count", "primary_mask", "suppress", "suppress_lines",
           "suppress_with_totals"]

Suppression = namedtuple("Suppression", "primary secondary row_totals col_totals grand_total")


def primary_mask(counts, k=5):
    """Cells with 1 <= n < k (the threshold rule; zeros are not confidential)."""
    c = np.asarray(counts, dtype=float)
    if k < 1:
        raise ValueError("k must be at least 1")
    return (c >= 1) & (c < k)


def suppress_lines(values, hidden, lines):
    """Secondary suppression over linear relations ``sum(values[members]) == values[total]``, in place on a copy.

    ``values`` and ``hidden`` are flat arrays of every published entry (cells and totals); ``lines`` is a list of
    ``(members, total)`` index arrays/ints. Repeat until stable: a line with exactly one hidden entry gets its smallest
    non-zero visible member hidden too (ties: first); if it has none, its total is hidden instead. Returns the new
    hidden mask. This is the usual "no line with a single hidden entry" rule (cf. Hundepool et al., *Statistical
    Disclosure Control*, 2012, ch. 4); it is necessary, not sufficient: combinations of lines are not audited.
    """
    v = np.asarray(values, dtype=float)
    h = np.asarray(hidden, dtype=bool).copy()
    lines = [(np.asarray(m, dtype=np.int64), int(t)) for m, t in lines]
    changed = True
    while changed:
        changed = False
        for members, total in lines:
            n_hidden = int(h[members].sum()) + int(h[total])
            if n_hidden != 1:
                continue
            free = members[~h[members] & (v[members] > 0)]
            if free.size:
                h[free[np.argmin(v[free])]] = True
                changed = True
            elif not h[total]:
                h[total] = True
                changed = True
    return h


def suppress_with_totals(table, k=5, primary=None):
    """Primary and secondary suppression of a 2-D count table published with its row, column and grand totals.

    Returns ``Suppression(primary, secondary, row_totals, col_totals, grand_total)``: cell masks (primary: 1 <= n < k,
    or the given ``primary`` mask; secondary: complementary cells) and masks of the totals that must be withheld
    because a row/column has no non-zero cell left to hide with it. After it, no row or column of the table with its
    margins (the totals row and column included) has exactly one hidden entry.
    """
    t = np.asarray(table, dtype=float)
    if t.ndim != 2:
        raise ValueError("the table must be 2-D")
    if np.any(t < 0) or np.any(~np.isfinite(t)):
        raise ValueError("counts must be non-negative and finite")
    r, c = t.shape
    prim = primary_mask(t, k) if primary is None else np.asarray(primary, dtype=bool)
    if prim.shape != t.shape:
        raise ValueError("primary mask must have the shape of the table")
    cells = np.arange(r * c).reshape(r, c)
    row_tot = r * c + np.arange(r)
    col_tot = r * c + r + np.arange(c)
    grand = r * c + r + c
    values = np.concatenate([t.ravel(), t.sum(axis=1), t.sum(axis=0), [t.sum()]])
    hidden = np.zeros(values.size, dtype=bool)
    hidden[: r * c] = prim.ravel()
    lines = [(cells[i], row_tot[i]) for i in range(r)] + [(cells[:, j], col_tot[j]) for j in range(c)]
    lines += [(row_tot, grand), (col_tot, grand)]
    h = suppress_lines(values, hidden, lines)
    cell_h = h[: r * c].reshape(r, c)
    return Suppression(prim, cell_h & ~prim, h[row_tot], h[col_tot], bool(h[grand]))


def suppress(table, k=5):
    """Primary and secondary cell masks ``(primary, secondary)`` of :func:`suppress_with_totals`.

    If margins are published, also check :func:`suppress_with_totals` for totals that must be withheld.
    """
    s = suppress_with_totals(table, k)
    return s.primary, s.secondary


SECONDARY_MARK = ".."


def format_count(n, suppressed, k=5, secondary_text=SECONDARY_MARK):
    """Text for a published count: the integer (``"12"``), or for a suppressed one its mark.

    A suppressed count from 1 to k-1 was hidden because it is below k and prints ``"<k"``; any other suppressed
    count (k or more, or zero) was hidden only so that another hidden count cannot be worked out from totals
    (secondary suppression) and prints ``secondary_text`` (``".."``), whatever its value. Every count from 1 to
    k-1 is hidden by the threshold rule itself, so the count alone tells the two apart.
    """
    if suppressed:
        if n is not None and n == n and 1 <= n < k:
            return f"<{int(k)}"
        return secondary_text
    if n is None or n != n:
        return ""
    return str(int(n))
