"""Lägesbild per area: counts, rates per 1,000 inhabitants and year, comparisons, change, trend, disclosure control."""

import numpy as np
import pandas as pd

from .disclosure import format_count, primary_mask, suppress_lines
from .importer import WORKSPACE_CATEGORIES
from .stats import mann_kendall_rows, poisson_change_test
from .timeparse import parse_timestamps

__all__ = ["ALL_CATEGORIES", "SUMMARY_COLUMNS", "area_summary", "category_order", "default_periods", "full_years",
           "minus_year", "sen_slope_rows", "summary_from_codes"]

ALL_CATEGORIES = "alla"
SUMMARY_COLUMNS = ("area", "category", "n_current", "n_reference", "rate_current", "rate_reference",
                   "ratio_reference_area", "ratio_municipality", "change_pct", "change_p", "trend_tau", "trend_p",
                   "trend_slope", "share_pct", "suppressed", "n_current_text", "n_reference_text")
_DAYS_PER_YEAR = 365.25


def _period(p, name):
    if p is None or len(p) != 2:
        raise ValueError(f"{name} must be a (start, end) pair")
    start, end = parse_timestamps(list(p))
    if np.isnat(start) or np.isnat(end) or not end > start:
        raise ValueError(f"{name} must have a valid start before its end")
    return start, end


def _years(start, end):
    return float((end - start) / np.timedelta64(1, "s")) / (86400.0 * _DAYS_PER_YEAR)


def full_years(times, data_period=None):
    """Calendar years fully covered by the data, as a list of ints (may be empty).

    With ``data_period=(start, end)`` (half-open) a year counts if it lies within it; else a year counts if the
    earliest timestamp falls on or before its 1 January and the latest on or after its 31 December (date level).
    """
    if data_period is not None:
        start, end = _period(data_period, "data_period")
        first = int(str(start.astype("datetime64[Y]"))) + (0 if start == start.astype("datetime64[Y]") else 1)
        last = int(str(end.astype("datetime64[Y]"))) - 1
        return list(range(first, last + 1))
    t = np.asarray(times, dtype="datetime64[s]")
    t = t[~np.isnat(t)]
    if t.size == 0:
        return []
    tmin, tmax = t.min().astype("datetime64[D]"), t.max().astype("datetime64[D]")
    y0, y1 = int(str(tmin.astype("datetime64[Y]"))), int(str(tmax.astype("datetime64[Y]")))
    first = y0 if tmin == np.datetime64(f"{y0:04d}-01-01") else y0 + 1
    last = y1 if tmax == np.datetime64(f"{y1:04d}-12-31") else y1 - 1
    return list(range(first, last + 1))


def sen_slope_rows(matrix):
    """Sen's (1968) slope of each row against its position: median of (x_j - x_i) / (j - i) over pairs i < j."""
    m = np.asarray(matrix, dtype=float)
    steps = m.shape[1]
    if steps < 2:
        return np.full(m.shape[0], np.nan)
    i, j = np.triu_indices(steps, 1)
    return np.median((m[:, j] - m[:, i]) / (j - i), axis=1)


def _codes(values, names):
    cat = pd.Categorical(pd.Series(np.asarray(values, dtype=object)), categories=list(names))
    return np.asarray(cat.codes, dtype=np.int64)


def _rate(n, pop, years):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(pop > 0, n / pop * 1000.0 / years, np.nan)


def _ratio(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, a / b, np.nan)


def area_summary(incidents, areas, current, reference, reference_areas, min_count=5, categories=None,
                 data_period=None):
    """One row per area and category (plus ``alla``, the sum of the listed categories) for the lägesbild.

    ``categories`` defaults to the categories present, in workspace order; areas keep the order of ``areas``.

    Rates are per 1,000 inhabitants and per year (period length in days / 365.25) for the half-open periods
    ``current`` and ``reference``; ratio_reference_area and ratio_municipality compare the current rate with the
    pooled rate of ``reference_areas`` and of all areas (pools use areas with a population); change_pct compares
    yearly counts of the two periods, change_p is the exact conditional Poisson test (Przyborowski & Wilenski 1940);
    trend_tau/trend_p are Mann–Kendall and trend_slope Sen's slope (incidents per year) over the full calendar years
    of the data (at least 3, else NaN); share_pct is the area's share of all areas' current count. Disclosure: cells
    with 1..min_count-1 incidents in either period, and totals behind published ratios and shares, get primary and
    secondary suppression (:func:`core.disclosure.suppress_lines`); suppressed rows show ``<k`` in the ``*_text``
    columns and NaN in every derived value (n_current/n_reference keep the true counts for internal use; publish
    the texts). ``df.attrs`` gives suppressed_cells, suppressed_primary and withheld_totals.
    """
    for col in ("area", "category", "occurred_at"):
        if col not in incidents.columns:
            raise ValueError(f"incidents need a column {col}")
    for col in ("name", "population"):
        if col not in areas.columns:
            raise ValueError(f"areas need a column {col}")
    names = [str(v) for v in areas["name"].tolist()]
    cat_col = incidents["category"]
    if categories is None:
        categories = category_order(str(v) for v in pd.unique(cat_col.dropna()))
    categories = [str(c) for c in categories]
    occ = incidents["occurred_at"]
    t = occ.to_numpy(dtype="datetime64[s]") if np.issubdtype(occ.dtype, np.datetime64) else parse_timestamps(occ)
    years = full_years(t, data_period)
    return summary_from_codes(_codes(incidents["area"], names), _codes(cat_col, categories), t, areas, current,
                              reference, reference_areas, categories, years, min_count)


def category_order(present):
    """The categories in table order: the workspace's categories first, in their order, then the others sorted."""
    present = set(present)
    return [c for c in WORKSPACE_CATEGORIES if c in present] + sorted(present - set(WORKSPACE_CATEGORIES))


def summary_from_codes(a_code, c_code, t, areas, current, reference, reference_areas, categories, years,
                       min_count=5, counts=None):
    """:func:`area_summary` from incidents already coded: ``a_code`` (row of ``areas``, -1 for none),
    ``c_code`` (index into ``categories``, -1 for none) and times ``t`` (datetime64[s], NaT for none); ``years``
    are the full calendar years of the trend (see :func:`full_years`). Incidents without an area, a category or
    a time are not counted. With ``counts`` each entry stands for that many incidents of the same area and
    category whose times all lie in the calendar year of ``t`` and on the same side of every period bound."""
    names = [str(v) for v in areas["name"].tolist()]
    if len(set(names)) != len(names):
        raise ValueError("area names must be unique")
    if not names:
        raise ValueError("no areas")
    ref_names = [str(v) for v in reference_areas]
    unknown = sorted(set(ref_names) - set(names))
    if unknown:
        raise ValueError("reference areas not among the areas: {}".format(", ".join(unknown)))
    c_start, c_end = _period(current, "current")
    r_start, r_end = _period(reference, "reference")
    yc, yr = _years(c_start, c_end), _years(r_start, r_end)
    k = max(int(min_count), 1)
    categories = [str(c) for c in categories]
    if ALL_CATEGORIES in categories:
        raise ValueError("'alla' is reserved for the total")
    n_areas, n_cats = len(names), len(categories)
    width = n_cats + 1

    a_code = np.asarray(a_code, dtype=np.int64)
    c_code = np.asarray(c_code, dtype=np.int64)
    t = np.asarray(t, dtype="datetime64[s]")
    ok = (a_code >= 0) & (c_code >= 0) & ~np.isnat(t)
    a_code, c_code, t = a_code[ok], c_code[ok], t[ok]
    cell = a_code * n_cats + c_code
    w = None if counts is None else np.asarray(counts, dtype=np.float64)[ok]

    def count(mask):
        cnt = np.bincount(cell[mask], weights=None if w is None else w[mask], minlength=n_areas * n_cats)
        cnt = np.rint(cnt).reshape(n_areas, n_cats).astype(np.int64)
        return np.hstack([cnt, cnt.sum(axis=1, keepdims=True)])

    n_cur = count((t >= c_start) & (t < c_end))
    n_ref = count((t >= r_start) & (t < r_end))

    pop = pd.to_numeric(areas["population"], errors="coerce").to_numpy(dtype=float)
    pop = np.where(np.isfinite(pop) & (pop > 0), pop, np.nan)
    has_pop = ~np.isnan(pop)
    is_ref = np.isin(np.asarray(names, dtype=object), np.asarray(ref_names, dtype=object))
    pool_rows = is_ref & has_pop

    rate_cur = _rate(n_cur, pop[:, None], yc)
    rate_ref = _rate(n_ref, pop[:, None], yr)
    pool_rate = _rate(n_cur[pool_rows].sum(axis=0), np.nansum(pop[pool_rows]), yc)
    muni_rate = _rate(n_cur[has_pop].sum(axis=0), np.nansum(pop[has_pop]), yc)
    ratio_ref = _ratio(rate_cur, pool_rate[None, :])
    ratio_muni = _ratio(rate_cur, muni_rate[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(n_ref > 0, 100.0 * ((n_cur / yc) / (n_ref / yr) - 1.0), np.nan)
    change_p = np.asarray(poisson_change_test(n_cur.ravel(), n_ref.ravel(), yc, yr), dtype=float).reshape(n_cur.shape)
    share = 100.0 * _ratio(n_cur, n_cur.sum(axis=0)[None, :])

    # trend over full calendar years
    tau = np.full(n_cur.shape, np.nan)
    tp = np.full(n_cur.shape, np.nan)
    slope = np.full(n_cur.shape, np.nan)
    if len(years) >= 3:
        yi = t.astype("datetime64[Y]").astype(np.int64) + 1970 - years[0]
        inside = (yi >= 0) & (yi < len(years))
        ny = len(years)
        yc_cnt = np.bincount(cell[inside] * ny + yi[inside], weights=None if w is None else w[inside],
                             minlength=n_areas * n_cats * ny)
        yc_cnt = np.rint(yc_cnt).astype(np.int64).reshape(n_areas, n_cats, ny)
        series = np.concatenate([yc_cnt, yc_cnt.sum(axis=1, keepdims=True)], axis=1).reshape(-1, ny)
        _, _, _, p_mk, tau_mk = mann_kendall_rows(series)
        tau, tp = tau_mk.reshape(n_cur.shape), p_mk.reshape(n_cur.shape)
        slope = sen_slope_rows(series).reshape(n_cur.shape)

    # disclosure: entries = cells and row totals (the table), column totals behind shares, pools behind ratios
    hidden, supp_cells, withheld = _disclose(n_cur, n_ref, k, is_ref, has_pop)
    share[:, withheld["share"]] = np.nan
    ratio_muni[:, withheld["municipality"]] = np.nan
    ratio_ref[:, withheld["reference"]] = np.nan
    for arr in (rate_cur, rate_ref, ratio_ref, ratio_muni, change, change_p, share, tau, tp, slope):
        arr[supp_cells] = np.nan

    flat_sup = supp_cells.ravel()
    cur_flat, ref_flat = n_cur.ravel(), n_ref.ravel()
    out = pd.DataFrame({
        "area": np.repeat(np.asarray(names, dtype=object), width),
        "category": np.tile(np.asarray(categories + [ALL_CATEGORIES], dtype=object), n_areas),
        "n_current": cur_flat,
        "n_reference": ref_flat,
        "rate_current": rate_cur.ravel(),
        "rate_reference": rate_ref.ravel(),
        "ratio_reference_area": ratio_ref.ravel(),
        "ratio_municipality": ratio_muni.ravel(),
        "change_pct": change.ravel(),
        "change_p": change_p.ravel(),
        "trend_tau": tau.ravel(),
        "trend_p": tp.ravel(),
        "trend_slope": slope.ravel(),
        "share_pct": share.ravel(),
        "suppressed": flat_sup,
        "n_current_text": [format_count(n, s, k) for n, s in zip(cur_flat.tolist(), flat_sup.tolist())],
        "n_reference_text": [format_count(n, s, k) for n, s in zip(ref_flat.tolist(), flat_sup.tolist())],
    }, columns=list(SUMMARY_COLUMNS))
    out.attrs["suppressed_cells"] = int(flat_sup.sum())
    out.attrs["suppressed_primary"] = int(hidden["primary"])
    out.attrs["withheld_totals"] = int(hidden["totals"])
    out.attrs["trend_years"] = list(years) if len(years) >= 3 else []
    return out


def _disclose(n_cur, n_ref, k, is_ref, has_pop):
    """Shared hidden mask for both periods over the area x (categories + alla) table and the published aggregates."""
    n_areas, width = n_cur.shape
    n_cats = width - 1
    cur_cells, ref_cells = n_cur[:, :n_cats], n_ref[:, :n_cats]
    entries_cur, entries_ref, lines = [], [], []

    def add(vc, vr):
        base = sum(len(e) for e in entries_cur)
        vc, vr = np.atleast_1d(vc).ravel(), np.atleast_1d(vr).ravel()
        entries_cur.append(vc)
        entries_ref.append(vr)
        return base + np.arange(vc.size)

    cells = add(cur_cells, ref_cells).reshape(n_areas, n_cats)
    row_tot = add(n_cur[:, n_cats], n_ref[:, n_cats])
    table_entries = int(cells.size + row_tot.size)
    for i in range(n_areas):
        lines.append((cells[i], row_tot[i]))

    def aggregate(rows):
        """Column totals over ``rows`` and their grand total, with the lines tying them to cells and row totals."""
        col = add(cur_cells[rows].sum(axis=0), ref_cells[rows].sum(axis=0))
        grand = add(n_cur[rows, n_cats].sum(), n_ref[rows, n_cats].sum())[0]
        for j in range(n_cats):
            lines.append((cells[rows, j], col[j]))
        lines.append((col, grand))
        lines.append((row_tot[rows], grand))
        return col, grand

    all_rows = np.ones(n_areas, dtype=bool)
    col_all, grand_all = aggregate(all_rows)
    groups = {"share": (col_all, grand_all)}
    for key, rows in (("municipality", has_pop), ("reference", is_ref & has_pop)):
        if rows.all():
            groups[key] = (col_all, grand_all)
        elif rows.any():
            col, grand = aggregate(rows)
            # the complement of a pool is published implicitly: pool + other rows = all areas
            rest = ~rows
            for j in range(n_cats):
                lines.append((np.append(cells[rest, j], col[j]), col_all[j]))
            lines.append((np.append(row_tot[rest], grand), grand_all))
            groups[key] = (col, grand)
        else:
            groups[key] = (None, None)

    vc = np.concatenate(entries_cur).astype(float)
    vr = np.concatenate(entries_ref).astype(float)
    primary = primary_mask(vc, k) | primary_mask(vr, k)
    hidden = suppress_lines(vc + vr, primary, lines)

    supp = np.hstack([hidden[cells], hidden[row_tot][:, None]])
    withheld = {}
    for key, (col, grand) in groups.items():
        if col is None:
            withheld[key] = np.zeros(width, dtype=bool)
        else:
            withheld[key] = np.append(hidden[col], hidden[grand])
    counts = {"primary": int(primary[:table_entries].sum()),
              "totals": int(hidden[table_entries:].sum())}
    return counts, supp, withheld


def default_periods(latest, current_start, current_end, reference_start, reference_end):
    """Fill unset (NaT) period bounds as the lägesbild does: the current period ends the day after ``latest`` (the
    last incident) and lasts a year; the reference period ends where the current one starts and is as long."""
    c_start, c_end, r_start, r_end = (np.datetime64(v, "s") for v in (current_start, current_end, reference_start,
                                                                        reference_end))
    if np.isnat(c_end):
        c_end = np.datetime64(latest, "D").astype("datetime64[s]") + np.timedelta64(86400, "s")
    if np.isnat(c_start):
        c_start = minus_year(c_end)
    if np.isnat(r_end):
        r_end = c_start
    if np.isnat(r_start):
        r_start = r_end - (c_end - c_start)
    return c_start, c_end, r_start, r_end


def minus_year(t):
    """The same moment a calendar year earlier (28 February for 29 February)."""
    import datetime

    d = np.datetime64(t, "s").astype(datetime.datetime)
    try:
        back = d.replace(year=d.year - 1)
    except ValueError:
        back = d.replace(year=d.year - 1, day=28)
    return np.datetime64(back, "s")
