"""Perceived safety per area: the survey indicators (latest value, change, trend, against the reference area) and the
citizen-dialogue marks (count, top reasons, share that feel unsafe). Pure pandas/numpy."""

import numpy as np
import pandas as pd

from .stats import mann_kendall
from .vocabulary import codes

__all__ = ["DIALOG_COLUMNS", "SURVEY_COLUMNS", "UNSAFE_FEELINGS", "marks_summary", "survey_summary"]

UNSAFE_FEELINGS = (1, 2)  # 1 frightening, 2 unsafe
TREND_ALPHA = 0.05
SURVEY_COLUMNS = ("area", "indicator", "source", "unit", "latest_year", "latest_value", "lower", "upper",
                  "respondents", "previous_year", "previous_value", "change", "years", "trend_tau", "trend_p",
                  "trend", "reference_value", "reference_lower", "reference_upper", "diff_reference",
                  "differs_from_reference")
DIALOG_COLUMNS = ("area", "marks", "unsafe", "unsafe_pct", "top_reasons", "suppressed")


def _num(v):
    return np.nan if v is None else float(v)


def survey_summary(results, area_names, reference, alpha=TREND_ALPHA):
    """One row per area, indicator and source of ``results`` (columns area, year, indicator, value and optionally
    lower, upper, respondents, unit, source): the latest year's value with its interval and respondents, the
    previous measurement and the change since (latest − previous), the Mann–Kendall trend over the years where
    there are at least 3 (tau, p and "up"/"down"/"none"; "" with fewer years), and the reference areas' value of
    the same indicator, source and year (their mean where several have one), the difference and whether the two
    intervals are apart ("yes"/"no"; "" where an interval is unknown). Areas not in ``area_names`` are left out;
    rows are in the order of ``area_names`` and then of the indicators' vocabulary."""
    df = pd.DataFrame(results).copy()
    for column in ("lower", "upper", "respondents"):
        if column not in df.columns:
            df[column] = np.nan
    for column in ("unit", "source"):
        if column not in df.columns:
            df[column] = ""
    df = df[df["area"].isin(list(area_names)) & df["year"].notna() & df["value"].notna()]
    for column in ("value", "lower", "upper", "respondents"):
        df[column] = pd.to_numeric(df[column].map(_num), errors="coerce").astype(float)
    df["year"] = df["year"].astype(int)
    df["source"] = df["source"].fillna("").astype(str)
    df["unit"] = df["unit"].fillna("").astype(str)
    # one value per area, indicator, source and year: the mean where a file gave several
    df = df.groupby(["area", "indicator", "source", "year"], as_index=False).agg(
        value=("value", "mean"), lower=("lower", "mean"), upper=("upper", "mean"),
        respondents=("respondents", "sum"), unit=("unit", "first"))
    ref = df[df["area"].isin(list(reference))].groupby(["indicator", "source", "year"]).agg(
        value=("value", "mean"), lower=("lower", "mean"), upper=("upper", "mean"))
    order = {c: i for i, c in enumerate(codes("survey_indicator"))}
    area_order = {a: i for i, a in enumerate(area_names)}
    rows = []
    for (area, indicator, source), g in df.groupby(["area", "indicator", "source"], sort=False):
        g = g.sort_values("year")
        last = g.iloc[-1]
        prev = g.iloc[-2] if len(g) >= 2 else None
        tau = p = np.nan
        trend = ""
        if len(g) >= 3:
            mk = mann_kendall(g["value"].to_numpy(dtype=float))
            tau, p = mk.tau, mk.p
            trend = "none" if not (p < alpha) else ("up" if tau > 0 else "down")
        key = (indicator, source, int(last["year"]))
        rv, rl, ru = ref.loc[key].tolist() if key in ref.index else (np.nan, np.nan, np.nan)
        apart = ""
        if all(np.isfinite(v) for v in (last["lower"], last["upper"], rl, ru)):
            apart = "yes" if (last["lower"] > ru or last["upper"] < rl) else "no"
        is_reference = area in reference
        rows.append({
            "area": area, "indicator": indicator, "source": source, "unit": last["unit"],
            "latest_year": int(last["year"]), "latest_value": float(last["value"]), "lower": float(last["lower"]),
            "upper": float(last["upper"]),
            "respondents": float(last["respondents"]) if last["respondents"] > 0 else np.nan,
            "previous_year": int(prev["year"]) if prev is not None else None,
            "previous_value": float(prev["value"]) if prev is not None else np.nan,
            "change": round(float(last["value"] - prev["value"]), 9) if prev is not None else np.nan,
            "years": int(len(g)), "trend_tau": float(tau), "trend_p": float(p), "trend": trend,
            "reference_value": np.nan if is_reference else float(rv),
            "reference_lower": np.nan if is_reference else float(rl),
            "reference_upper": np.nan if is_reference else float(ru),
            "diff_reference": np.nan if is_reference else round(float(last["value"] - rv), 9),
            "differs_from_reference": "" if is_reference else apart,
            "_order": (area_order[area], order.get(indicator, len(order)), source),
        })
    out = pd.DataFrame(rows, columns=list(SURVEY_COLUMNS) + ["_order"])
    out = out.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)
    return out


def marks_summary(area_of_mark, feeling, reason, area_names, min_count=0):
    """Per area of ``area_names``: the number of marks in it (``area_of_mark``: the area's name or None), how many
    feel unsafe (feeling 1–2) and their share in % of the marks with a feeling, and the three most frequent reasons
    (codes joined by ',', ties in the vocabulary's order). With ``min_count`` > 1, an area with 1 to min_count−1
    marks is suppressed: the count stays, the share and reasons are withheld (a small group of residents)."""
    area_of_mark = np.asarray(area_of_mark, dtype=object)
    feeling = np.asarray([_num(v) for v in feeling], dtype=float)
    reason = np.asarray(reason, dtype=object)
    order = {c: i for i, c in enumerate(codes("mark_reason"))}
    rows = []
    for area in area_names:
        sel = area_of_mark == area
        n = int(sel.sum())
        rated = sel & np.isfinite(feeling)
        unsafe = int(np.sum(rated & np.isin(feeling, UNSAFE_FEELINGS)))
        counts = pd.Series([r for r in reason[sel] if r not in (None, "") and r == r], dtype=object).value_counts()
        top = sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], len(order)), str(kv[0])))[:3]
        suppressed = bool(min_count > 1 and 0 < n < min_count)
        rows.append({"area": area, "marks": n, "unsafe": None if suppressed else unsafe,
                     "unsafe_pct": np.nan if suppressed or not rated.any() else 100.0 * unsafe / int(rated.sum()),
                     "top_reasons": "" if suppressed else ",".join(str(k) for k, _ in top),
                     "suppressed": suppressed})
    return pd.DataFrame(rows, columns=list(DIALOG_COLUMNS))
