"""Patrol dosage follow-up at hot places, and incidents there against the same period a year earlier.

Dosage follows the Koper curve (Koper 1995, Police Quarterly 12(2)): visits of about 10–15 minutes give the longest
residual deterrence, so visits are counted against a weekly target and classed as short (< 10 min) or long (> 15 min).
"""

import numpy as np
import pandas as pd

from . import stats
from .timeparse import parse_timestamps

DOSAGE_COLUMNS = [
    "place_id",
    "visits",
    "minutes",
    "mean_minutes",
    "visits_per_week",
    "target_share_pct",
    "target_minutes_share_pct",
    "weeks_counted",
    "weeks_below_target",
    "share_in_peak_pct",
    "short_visits",
    "long_visits",
]

COMPARISON_COLUMNS = ["place_id", "incidents", "incidents_year_before", "change_pct", "p_value"]

WEEK = pd.Timedelta(days=7)


def _period(period):
    try:
        start, end = period
    except (TypeError, ValueError):
        raise ValueError("period must be a (start, end) pair") from None
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    if pd.isna(start) or pd.isna(end) or not end > start:
        raise ValueError("period end must be after its start")
    return start, end


def _times(values, n, what):
    t = pd.Series(parse_timestamps(np.asarray(values).ravel()).astype("datetime64[ns]"))
    if len(t) != n:
        raise ValueError(f"{what} must have one value per row")
    return t.reset_index(drop=True)


def _in_window(hours, window):
    """Hours (0..23) inside a (start, end) window, end exclusive, wrapping past midnight when end <= start."""
    s, e = int(window[0]) % 24, int(window[1]) % 24
    if s < e:
        return (hours >= s) & (hours < e)
    return (hours >= s) | (hours < e)  # wraps past midnight; s == e means the whole day


def _iso_weeks(start, end):
    """ISO weeks (each starting Monday 00:00) overlapping [start, end): list of (monday, fraction of week inside)."""
    monday = start.normalize() - pd.Timedelta(days=start.weekday())
    weeks = []
    while monday < end:
        overlap = min(end, monday + WEEK) - max(start, monday)
        weeks.append((monday, overlap / WEEK))
        monday += WEEK
    return weeks


def dosage(
    place_ids,
    visit_place_ids,
    visit_times,
    visit_minutes,
    period,
    target_visits_per_week=3,
    target_minutes=12,
    peak_hours=None,
    partial_weeks="exclude",
    short_minutes=10,
    long_minutes=15,
):
    """Patrol dosage per place over ``period`` = (start, end), start inclusive, end exclusive (to include a whole
    last day, pass the next midnight). Returns a DataFrame with DOSAGE_COLUMNS, one row per place in ``place_ids``
    (places without visits get zeros). Visits outside the period or at unknown places are ignored; a visit with
    unknown minutes counts as a visit but not in the minute figures. ``target_share_pct`` = 100 × visits per week /
    target; ``target_minutes_share_pct`` = 100 × minutes / (target visits × target minutes × weeks).
    ``weeks_below_target`` counts ISO weeks (Monday–Sunday) with fewer visits than the target: with
    ``partial_weeks="exclude"`` (default) only weeks wholly inside the period are judged; with ``"prorate"`` a partial
    first/last week is judged against the target times the share of that week inside the period.
    ``weeks_counted`` says how many weeks were judged. ``peak_hours`` maps place id → (start_hour, end_hour)
    (end exclusive, may wrap past midnight), or is a sequence aligned with ``place_ids``; ``share_in_peak_pct`` is
    the share of visits that start inside it (NaN without a window or without visits).
    """
    start, end = _period(period)
    if partial_weeks not in ("exclude", "prorate"):
        raise ValueError("partial_weeks must be 'exclude' or 'prorate'")
    if not target_visits_per_week > 0 or not target_minutes > 0:
        raise ValueError("targets must be positive")
    places = list(place_ids)
    if len(set(places)) != len(places):
        raise ValueError("place ids must be unique")
    vp = pd.Series(np.asarray(visit_place_ids, dtype=object).ravel())
    n = len(vp)
    vt = _times(visit_times, n, "visit_times")
    vm = pd.to_numeric(pd.Series(np.asarray(visit_minutes, dtype=object).ravel()), errors="coerce")
    if len(vm) != n:
        raise ValueError("visit_minutes must have one value per visit")
    if (vm < 0).any():
        raise ValueError("visit minutes must not be negative")
    if peak_hours is None:
        windows = {}
    elif isinstance(peak_hours, dict):
        windows = dict(peak_hours)
    else:
        peak_hours = list(peak_hours)
        if len(peak_hours) != len(places):
            raise ValueError("peak_hours must have one window per place")
        windows = dict(zip(places, peak_hours))

    keep = vt.notna() & (vt >= start) & (vt < end) & vp.isin(places)
    visits = pd.DataFrame({"place": vp[keep], "time": vt[keep], "minutes": vm[keep]})
    weeks_len = (end - start) / WEEK
    week_list = _iso_weeks(start, end)
    if partial_weeks == "exclude":
        week_list = [(m, f) for m, f in week_list if f >= 1.0]
    mondays = np.array([m.value for m, _ in week_list], dtype=np.int64)
    week_targets = np.array([target_visits_per_week * f for _, f in week_list], dtype=float)

    rows = []
    groups = dict(tuple(visits.groupby("place", sort=False))) if len(visits) else {}
    for pid in places:
        g = groups.get(pid)
        nv = 0 if g is None else len(g)
        mins = pd.Series(dtype=float) if g is None else g["minutes"].dropna()
        total_min = float(mins.sum())
        # visits per judged ISO week: the Monday at or before each visit time
        if nv and mondays.size:
            vt_ns = g["time"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
            week_idx = np.searchsorted(mondays, vt_ns, side="right") - 1
            ok = (week_idx >= 0) & (vt_ns < mondays[np.clip(week_idx, 0, None)] + WEEK.value)
            per_week = np.bincount(week_idx[ok], minlength=mondays.size)
        else:
            per_week = np.zeros(mondays.size, dtype=int)
        window = windows.get(pid)
        if window is None or nv == 0:
            in_peak = np.nan
        else:
            in_peak = 100.0 * float(_in_window(g["time"].dt.hour.to_numpy(), window).sum()) / nv
        rows.append(
            {
                "place_id": pid,
                "visits": nv,
                "minutes": total_min,
                "mean_minutes": float(mins.mean()) if len(mins) else np.nan,
                "visits_per_week": nv / weeks_len,
                "target_share_pct": 100.0 * nv / weeks_len / target_visits_per_week,
                "target_minutes_share_pct": 100.0 * total_min / (target_visits_per_week * target_minutes * weeks_len),
                "weeks_counted": int(mondays.size),
                "weeks_below_target": int(np.count_nonzero(per_week < week_targets - 1e-9)),
                "share_in_peak_pct": in_peak,
                "short_visits": int((mins < short_minutes).sum()),
                "long_visits": int((mins > long_minutes).sum()),
            }
        )
    return pd.DataFrame(rows, columns=DOSAGE_COLUMNS)


def incident_comparison(place_ids_of_incidents, times, period, place_ids=None):
    """Incidents per place in ``period`` = [start, end) and in the same dates one year earlier.

    Returns a DataFrame with COMPARISON_COLUMNS, one row per place (the given ``place_ids`` in order, or the ids
    seen, sorted; incidents without a place — None/NaN — are ignored). ``change_pct`` = 100 × (now / before − 1),
    NaN when there were none before; ``p_value`` is the exact conditional test of equal Poisson rates
    (``stats.poisson_change_test``) with the two periods' lengths in days (they differ across 29 February).
    """
    start, end = _period(period)
    pid = pd.Series(np.asarray(place_ids_of_incidents, dtype=object).ravel())
    t = _times(times, len(pid), "times")
    prev_start, prev_end = start - pd.DateOffset(years=1), end - pd.DateOffset(years=1)
    known = pid.notna() & t.notna()
    cur = pid[known & (t >= start) & (t < end)].value_counts()
    prev = pid[known & (t >= prev_start) & (t < prev_end)].value_counts()
    if place_ids is None:
        places = sorted(set(pid[known]), key=lambda v: (str(type(v)), v))
    else:
        places = list(place_ids)
    n_cur = np.array([int(cur.get(p, 0)) for p in places], dtype=np.int64)
    n_prev = np.array([int(prev.get(p, 0)) for p in places], dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        change = np.where(n_prev > 0, 100.0 * (n_cur / np.maximum(n_prev, 1) - 1.0), np.nan)
    t_cur = (end - start) / pd.Timedelta(days=1)
    t_prev = (prev_end - prev_start) / pd.Timedelta(days=1)
    p = [float(stats.poisson_change_test(int(a), int(b), t_cur, t_prev)) for a, b in zip(n_cur, n_prev)]
    return pd.DataFrame(
        {
            "place_id": places,
            "incidents": n_cur,
            "incidents_year_before": n_prev,
            "change_pct": change,
            "p_value": np.array(p, dtype=float),
        },
        columns=COMPARISON_COLUMNS,
    )
