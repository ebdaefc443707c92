"""When incidents happen: weekday x hour and month x year grids per area, with threshold suppression."""

import numpy as np
import pandas as pd

from .disclosure import primary_mask
from .timeparse import parse_timestamps

__all__ = ["ALL_AREAS", "month_year", "month_year_matrix", "to_matrix", "weekday_hour", "weekday_hour_matrix"]

ALL_AREAS = "alla"


def _prepare(times, areas):
    t = np.asarray(times, dtype="datetime64[s]") if np.issubdtype(np.asarray(times).dtype, np.datetime64) \
        else parse_timestamps(times)
    t = np.atleast_1d(t)
    if areas is None:
        names = [ALL_AREAS]
        code = np.zeros(t.size, dtype=np.int64)
    else:
        a = pd.Series(np.asarray(areas, dtype=object))
        if len(a) != t.size:
            raise ValueError("times and areas must have the same length")
        names = sorted({str(v) for v in a.dropna()})
        code = np.asarray(pd.Categorical(a.astype(object).where(a.notna(), None), categories=names).codes,
                          dtype=np.int64)
    ok = ~np.isnat(t) & (code >= 0)
    return t[ok], code[ok], names


def weekday_hour(times, areas=None, min_count=5):
    """Counts per area, weekday (0 = Monday .. 6) and hour (0..23), every combination present (zeros included).

    Columns area, weekday, hour, n, suppressed; without ``areas`` the single area is ``"alla"``; incidents without
    an area or time are left out. Suppression is primary only (1 <= n < min_count): these grids are published
    without margins, so no cell can be recovered from a total. Publishing the area totals next to a grid would need
    secondary suppression (:mod:`core.disclosure`).
    """
    t, code, names = _prepare(times, areas)
    days = t.astype("datetime64[D]").astype(np.int64)
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
    hour = (t.astype(np.int64) - days * 86400) // 3600
    cnt = np.bincount((code * 7 + weekday) * 24 + hour, minlength=len(names) * 168)
    k = max(int(min_count), 1)
    return pd.DataFrame({
        "area": np.repeat(np.asarray(names, dtype=object), 168),
        "weekday": np.tile(np.repeat(np.arange(7), 24), len(names)),
        "hour": np.tile(np.arange(24), 7 * len(names)),
        "n": cnt.astype(np.int64),
        "suppressed": primary_mask(cnt, k),
    })


def month_year(times, areas=None, min_count=5):
    """Counts per area, year and month (1..12) from the first to the last year with data (zeros included).

    Columns area, year, month, n, suppressed; primary suppression only, as in :func:`weekday_hour`.
    """
    t, code, names = _prepare(times, areas)
    if t.size:
        months = t.astype("datetime64[M]").astype(np.int64)
        y0, y1 = int(months.min() // 12), int(months.max() // 12)
    else:
        months = np.zeros(0, dtype=np.int64)
        y0, y1 = 0, -1
    ny = y1 - y0 + 1
    cnt = np.bincount(code * ny * 12 + (months - y0 * 12), minlength=len(names) * ny * 12)
    k = max(int(min_count), 1)
    return pd.DataFrame({
        "area": np.repeat(np.asarray(names, dtype=object), ny * 12),
        "year": np.tile(np.repeat(np.arange(ny) + 1970 + y0, 12), len(names)),
        "month": np.tile(np.arange(1, 13), ny * len(names)),
        "n": cnt.astype(np.int64),
        "suppressed": primary_mask(cnt, k),
    })


def _select(df, area):
    if area is None:
        areas = pd.unique(df["area"])
        if len(areas) > 1:
            raise ValueError("the grid has several areas; choose one")
        return df
    return df[df["area"] == area]


def weekday_hour_matrix(df, area=None, hide_suppressed=True):
    """7 x 24 float matrix (rows Monday..Sunday, columns hours) from :func:`weekday_hour`; suppressed cells NaN."""
    sub = _select(df, area)
    m = np.zeros((7, 24))
    vals = sub["n"].to_numpy(dtype=float)
    if hide_suppressed:
        vals = np.where(sub["suppressed"].to_numpy(dtype=bool), np.nan, vals)
    m[sub["weekday"].to_numpy(dtype=np.int64), sub["hour"].to_numpy(dtype=np.int64)] = vals
    return m


def month_year_matrix(df, area=None, hide_suppressed=True):
    """``(years, matrix)``: the years and a years x 12 float matrix from :func:`month_year`; suppressed cells NaN."""
    sub = _select(df, area)
    years = np.unique(df["year"].to_numpy(dtype=np.int64))
    m = np.zeros((years.size, 12))
    vals = sub["n"].to_numpy(dtype=float)
    if hide_suppressed:
        vals = np.where(sub["suppressed"].to_numpy(dtype=bool), np.nan, vals)
    m[np.searchsorted(years, sub["year"].to_numpy(dtype=np.int64)), sub["month"].to_numpy(dtype=np.int64) - 1] = vals
    return years, m


def to_matrix(df, area=None, hide_suppressed=True):
    """The chart matrix of a grid from :func:`weekday_hour` (7 x 24) or :func:`month_year` (years x 12)."""
    if "weekday" in df.columns:
        return weekday_hour_matrix(df, area, hide_suppressed)
    if "month" in df.columns:
        return month_year_matrix(df, area, hide_suppressed)[1]
    raise ValueError("not a weekday/hour or month/year table")
