"""The lägesbild report's content: key figures, the overview table, emerging patterns, measures and promises per area.

Pure functions over pandas tables; the texts a reader sees are chosen by the caller (translated there). Values
withheld by disclosure control are NaN in the area summary and print as ``WITHHELD``; suppressed counts keep the
summary's own ``<k`` texts.
"""

import math

import numpy as np
import pandas as pd

from .geometry import points_in_polygons
from .lagesbild import ALL_CATEGORIES
from .vocabulary import DONE_STATUS, OPEN_STATUSES  # measures still to do, and the status that counts as done

WITHHELD = "–"
SIGNIFICANCE = 0.05


def fmt_number(value, decimals, decimal_sep=","):
    """``1.234`` → ``"1,23"`` (2 decimals); NaN/None → ``WITHHELD``."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return WITHHELD
    return f"{float(value):.{decimals}f}".replace(".", decimal_sep)


def fmt_change(pct, decimal_sep=","):
    """A signed percentage with one decimal: ``"+12,3 %"``; NaN → ``WITHHELD``."""
    if pct is None or (isinstance(pct, float) and math.isnan(pct)):
        return WITHHELD
    return ("+" if pct > 0 else "") + fmt_number(pct, 1, decimal_sep) + " %"


def significance(p, alpha=SIGNIFICANCE):
    """True/False for a change p-value, None when withheld or not computed."""
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return None
    return bool(p < alpha)


def _figures(row, decimal_sep):
    return {
        "n_current": str(row["n_current_text"]),
        "n_reference": str(row["n_reference_text"]),
        "rate": fmt_number(row["rate_current"], 1, decimal_sep),
        "change": fmt_change(row["change_pct"], decimal_sep),
        "significant": significance(row["change_p"]),
        "ratio_reference": fmt_number(row["ratio_reference_area"], 2, decimal_sep),
    }


def key_figures(summary, area, decimal_sep=","):
    """The key-figure rows of one area: ``alla`` first, then each category with an incident in either period.

    ``summary`` is the area summary table (columns of :data:`core.lagesbild.SUMMARY_COLUMNS`, or the published ones
    without ``n_current``). Each row: ``category`` (the code) and the printed figures.
    """
    rows = summary[summary["area"].astype(str) == str(area)]
    out = []
    for _, row in rows.iterrows():
        figures = _figures(row, decimal_sep)
        if row["category"] != ALL_CATEGORIES and figures["n_current"] in ("0", "") and \
                figures["n_reference"] in ("0", ""):
            continue
        out.append(dict(category=str(row["category"]), **figures))
    out.sort(key=lambda r: r["category"] != ALL_CATEGORIES)
    return out


def overview(summary, areas, decimal_sep=","):
    """One row per area in ``areas`` (their order) with the ``alla`` figures: the cover page's table."""
    total = summary[summary["category"].astype(str) == ALL_CATEGORIES]
    total = total.set_index(total["area"].astype(str))
    missing = [a for a in areas if str(a) not in total.index]
    if missing:
        raise ValueError("areas not in the summary: {}".format(", ".join(missing)))
    return [dict(area=str(a), **_figures(total.loc[str(a)], decimal_sep)) for a in areas]


def emerging_per_area(codes, x, y, rings, ring_ids, area_names, ignore=("no_pattern",)):
    """Count emerging-hot-spot cells per area and category: ``{area: [(code, cells), ...]}`` by falling count.

    A cell belongs to the area that contains its centre (``x``, ``y``); ``rings``/``ring_ids`` as for
    :func:`core.geometry.points_in_polygons`, ``ring_ids`` indexing ``area_names``.
    """
    codes = np.asarray(codes, dtype=object)
    index = points_in_polygons(np.asarray(x, dtype=float), np.asarray(y, dtype=float), rings, ring_ids)
    out = {str(name): [] for name in area_names}
    keep = (index >= 0) & ~np.isin(codes, np.asarray(ignore, dtype=object))
    if keep.any():
        frame = pd.DataFrame({"area": np.asarray(area_names, dtype=object)[index[keep]], "code": codes[keep]})
        counts = frame.groupby(["area", "code"]).size().reset_index(name="n")
        counts = counts.sort_values(["area", "n", "code"], ascending=[True, False, True])
        for area, code, n in counts.itertuples(index=False):
            out[str(area)].append((str(code), int(n)))
    return out


def _date(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value)[:10]
    return text if len(text) == 10 and text[4] == "-" else None


def area_measures(measures, area, today):
    """The measures of one area (field ``area``), open ones first by priority and due date.

    Each row: title, responsible, status, due, follow_up and ``overdue`` (an open measure past its due date on
    ``today``, an ISO date).
    """
    if measures is None or len(measures) == 0:
        return []
    rows = measures[measures["area"].astype(str) == str(area)]
    out = []
    for _, m in rows.iterrows():
        status = str(m.get("status") or "")
        due = _date(m.get("due_date"))
        is_open = status in OPEN_STATUSES
        out.append({
            "title": str(m.get("title") or ""),
            "responsible": str(m.get("responsible_org") or ""),
            "status": status,
            "due": due or "",
            "follow_up": str(m.get("follow_up") or ""),
            "overdue": bool(is_open and due is not None and due < today),
            "priority": int(m["priority"]) if m.get("priority") == m.get("priority") and m.get("priority") is not None
            else 9,
            "open": is_open,
        })
    out.sort(key=lambda r: (not r["open"], r["priority"], r["due"] or "9999", r["title"]))
    return out


def promise_progress(promises, measures, area):
    """The medborgarlöften of an area with their measures done: ``[{title, status, follow_up, done, total}]``.

    A promise belongs to the area named in its ``area`` field; a promise without an area is municipality-wide and
    belongs to every area. Measures count towards the promise through ``promise_uuid``; cancelled and no-longer-
    relevant measures do not count.
    """
    if promises is None or len(promises) == 0:
        return []
    owner = promises["area"].where(promises["area"].notna(), "").astype(str).str.strip()
    chosen = promises[(owner == str(area)) | (owner == "")]
    out = []
    for _, p in chosen.iterrows():
        linked = measures[measures["promise_uuid"].astype(str) == str(p["uuid"])] if measures is not None and \
            len(measures) else pd.DataFrame(columns=["status"])
        counted = linked[~linked["status"].astype(str).isin(("avbruten", "ej_aktuell"))]
        out.append({"title": str(p.get("title") or ""), "status": str(p.get("status") or ""),
                    "follow_up": str(p.get("follow_up") or ""),
                    "done": int((counted["status"].astype(str) == DONE_STATUS).sum()), "total": int(len(counted))})
    return out


def chart_name(prefix, area):
    """The file name (without extension) of an area's chart: ``veckodag_timme_kronogarden``."""
    import re

    text = str(area).lower()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
        text = text.replace(a, b)
    return "{}_{}".format(prefix, re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "omrade")
