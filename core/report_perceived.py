"""The lägesbild's "Upplevd trygghet" per focus area: survey indicators, citizen-dialogue marks and safety-walk
findings, summarised for print.

Pure functions; the caller translates codes and words the text. Dialogue marks come from residents, so their
counts follow the report's disclosure rule: counts from 1 to k−1 print as ``<k`` and a share built on such a count
is withheld (None).
"""

import math

import numpy as np
import pandas as pd

UNSAFE = (1, 2)  # feeling 1 (skrämmande) and 2 (otryggt) count as feeling unsafe
TOP_REASONS = 3


def _finite(value):
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def survey_rows(survey, area, reference_areas):
    """One row per indicator and source measured in ``area``: its latest year and value, the change since the
    previous measured year, the reference areas' value in the same year (their mean when several), the interval
    and the respondents. ``survey`` has the columns of the workspace's survey_results (or is None/empty)."""
    if survey is None or not len(survey):
        return []
    table = survey.copy()
    table["area"] = table["area"].astype(str)
    table["year"] = pd.to_numeric(table["year"], errors="coerce")
    table["value"] = pd.to_numeric(table["value"], errors="coerce")
    table = table[table["year"].notna() & table["value"].notna()]
    table["source"] = table["source"].where(table["source"].notna(), "")
    mine = table[table["area"] == str(area)]
    rows = []
    for (indicator, source), group in mine.groupby(["indicator", "source"], sort=True):
        group = group.sort_values("year")
        last = group.iloc[-1]
        earlier = group[group["year"] < last["year"]]
        previous = earlier.iloc[-1] if len(earlier) else None
        ref = table[(table["area"].isin([str(a) for a in reference_areas])) & (table["indicator"] == indicator)
                    & (table["source"] == source) & (table["year"] == last["year"])]
        rows.append({
            "indicator": indicator, "source": source or None, "year": int(last["year"]),
            "value": float(last["value"]), "unit": last.get("unit") if isinstance(last.get("unit"), str) else "",
            "previous_year": int(previous["year"]) if previous is not None else None,
            "change": float(last["value"] - previous["value"]) if previous is not None else None,
            "reference": float(ref["value"].mean()) if len(ref) else None,
            "lower": _finite(last.get("lower")), "upper": _finite(last.get("upper")),
            "respondents": int(last["respondents"]) if _finite(last.get("respondents")) is not None else None,
        })
    return rows


def marks_summary(feeling, reason, k=5):
    """The dialogue marks of one area: {n, n_text, suppressed, reasons [(code, count text)], unsafe_share (0–1 or
    None when withheld or unknown), n_feeling}. ``feeling`` and ``reason`` hold one value per mark (None allowed)."""
    feeling = pd.to_numeric(pd.Series(list(feeling), dtype=object), errors="coerce")
    reasons = pd.Series(list(reason), dtype=object)
    n = int(len(feeling))
    small = 0 < n < k if k > 1 else False
    out = {"n": n, "n_text": "<{}".format(int(k)) if small else str(n), "suppressed": small, "reasons": [],
           "unsafe_share": None, "n_feeling": int(feeling.notna().sum())}
    if small or n == 0:
        return out
    counts = reasons[reasons.notna() & (reasons.astype(str) != "")].astype(str).value_counts()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]
    out["reasons"] = [(code, "<{}".format(int(k)) if k > 1 and 0 < c < k else str(int(c))) for code, c in top]
    known = int(feeling.notna().sum())
    unsafe = int(feeling.isin(UNSAFE).sum())
    hidden = k > 1 and (known < k or 0 < unsafe < k or 0 < known - unsafe < k)
    if known and not hidden:
        out["unsafe_share"] = unsafe / known
    return out


def findings_summary(categories):
    """Walk findings of one area counted by category, most first: [(code, count)]."""
    values = pd.Series(list(categories), dtype=object)
    values = values.where(values.notna(), "ovrigt").astype(str)
    counts = values.value_counts()
    return sorted(((c, int(n)) for c, n in counts.items()), key=lambda kv: (-kv[1], kv[0]))


def in_area(area_index, names, area):
    """Boolean mask of the items whose area index points at ``area``."""
    return np.asarray(area_index) == names.index(area)
