"""The lägesbild's cause analysis, conclusions and development over time, per area: pure tables, no texts.

The report (report/analysis.py) turns these into the reader's language. Dates are ISO text ("2026-10-31") or None;
a period's end date is inclusive (the day it names is part of it), as the workspace's date fields are written.
"""

import math

import numpy as np

from .lagesbild import full_years, sen_slope_rows
from .stats import mann_kendall_rows

__all__ = ["TREND_ALPHA", "cause_analysis", "choose_conclusion", "fmt_p", "fmt_slope", "index_series", "problem_areas",
           "split_paragraphs", "trend"]

TREND_ALPHA = 0.05
PROBLEM_ORDER = {"belagd": 0, "hypotes": 1, "avford": 2}  # supported first, dismissed last
_DAY = np.timedelta64(1, "D")


def _text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _day(value):
    """An ISO date text as datetime64[D], or NaT."""
    text = _text(value)[:10]
    try:
        return np.datetime64(text, "D") if len(text) == 10 else np.datetime64("NaT", "D")
    except ValueError:
        return np.datetime64("NaT", "D")


def _overlap_days(start, end, period_start, period_end_exclusive):
    """Days that [start, end] (inclusive dates; NaT = open) share with [period_start, period_end_exclusive)."""
    lo = period_start if np.isnat(start) else max(start, period_start)
    hi = period_end_exclusive if np.isnat(end) else min(end + _DAY, period_end_exclusive)
    return max(int((hi - lo) / _DAY), 0)


def problem_areas(areas_named, point_area):
    """The area of each problem: the name in its ``area`` field, else the area that contains its point.

    ``areas_named`` and ``point_area`` are equally long sequences (text or None)."""
    return [_text(a) or _text(p) or None for a, p in zip(areas_named, point_area)]


def cause_analysis(problems, causes, measure_causes, measures, area, period_start, period_end_exclusive):
    """The problems of ``area`` with their numbered causes and, under each cause, the measures that answer it.

    ``problems``: records (dicts) with uuid, title, description, status, period_start, period_end, categories,
    offender, offender_handler, target, target_guardian, place, place_manager and ``area`` (already resolved, see
    :func:`problem_areas`). ``causes``: records with uuid, problem_uuid, number, text, evidence, confidence.
    ``measure_causes``: records with measure_uuid, cause_uuid. ``measures``: records with uuid, title, status,
    follow_up, due_date.

    A problem is shown when its period (either end may be empty) overlaps the report's span
    [``period_start``, ``period_end_exclusive``) or it has no period; supported problems come first, then
    hypotheses, then dismissed ones, each by title. Causes keep their numbers, in order; measures under a cause by
    title. Returns ``[{problem fields..., "causes": [{cause fields..., "measures": [measure dicts]}]}]``.
    """
    start, end = np.datetime64(period_start, "D"), np.datetime64(period_end_exclusive, "D")
    by_uuid = {_text(m.get("uuid")): m for m in measures or []}
    answers = {}
    for link in measure_causes or []:
        measure = by_uuid.get(_text(link.get("measure_uuid")))
        if measure is not None:
            answers.setdefault(_text(link.get("cause_uuid")), []).append(measure)
    causes_of = {}
    for cause in causes or []:
        causes_of.setdefault(_text(cause.get("problem_uuid")), []).append(cause)
    out = []
    for problem in problems or []:
        if _text(problem.get("area")) != str(area):
            continue
        p_start, p_end = _day(problem.get("period_start")), _day(problem.get("period_end"))
        if not (np.isnat(p_start) and np.isnat(p_end)) and _overlap_days(p_start, p_end, start, end) == 0:
            continue
        row = {key: _text(problem.get(key)) for key in (
            "uuid", "title", "description", "status", "period_start", "period_end", "categories", "offender",
            "offender_handler", "target", "target_guardian", "place", "place_manager")}
        row["causes"] = []
        numbered = sorted(causes_of.get(row["uuid"], []), key=lambda c: (_number(c.get("number")),
                                                                         _text(c.get("text"))))
        for cause in numbered:
            linked = sorted(answers.get(_text(cause.get("uuid")), []), key=lambda m: _text(m.get("title")))
            row["causes"].append({
                "number": _number(cause.get("number")), "text": _text(cause.get("text")),
                "evidence": _text(cause.get("evidence")), "confidence": _text(cause.get("confidence")),
                "measures": [{"title": _text(m.get("title")), "status": _text(m.get("status")),
                              "follow_up": _text(m.get("follow_up")), "due": _text(m.get("due_date"))[:10]}
                             for m in linked]})
        out.append(row)
    out.sort(key=lambda p: (PROBLEM_ORDER.get(p["status"], 1), p["title"]))
    return out


def _number(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 10 ** 6


def choose_conclusion(conclusions, area, period_start, period_end_exclusive):
    """The conclusions record of ``area`` for the report period [``period_start``, ``period_end_exclusive``).

    The rule: among the area's rows with some text, the one whose period shares the most days with the report
    period (an empty start or end is open on that side); ties go to the later period end, then to the later
    ``updated_at``. A row with no period at all counts only when no dated row overlaps. None when nothing fits.
    """
    start, end = np.datetime64(period_start, "D"), np.datetime64(period_end_exclusive, "D")
    best, undated = None, None
    for row in conclusions or []:
        if _text(row.get("area")) != str(area) or not _text(row.get("text")):
            continue
        c_start, c_end = _day(row.get("period_start")), _day(row.get("period_end"))
        stamp = _text(row.get("updated_at"))
        if np.isnat(c_start) and np.isnat(c_end):
            if undated is None or stamp > _text(undated.get("updated_at")):
                undated = row
            continue
        days = _overlap_days(c_start, c_end, start, end)
        if days == 0:
            continue
        key = (days, str(c_end) if not np.isnat(c_end) else "9999", stamp)
        if best is None or key > best[0]:
            best = (key, row)
    return best[1] if best is not None else undated


def split_paragraphs(text, longest=1500):
    """The text as written, cut into pieces at its line breaks (blank lines kept as empty pieces); a piece longer
    than ``longest`` characters is cut further after a sentence or a space, so that no piece is taller than a
    column of the report."""
    pieces = []
    for line in _text(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.rstrip()
        while len(line) > longest:
            cut = max(line.rfind(". ", 0, longest), line.rfind("? ", 0, longest), line.rfind("! ", 0, longest))
            cut = cut + 1 if cut > longest // 2 else line.rfind(" ", 0, longest)
            if cut <= 0:
                cut = longest
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        pieces.append(line)
    while pieces and not pieces[-1]:
        pieces.pop()
    return pieces


def trend(times, area_index, reference_index, k=5):
    """The development over the full calendar years of the data, for an area and its reference pool.

    ``times``: datetime64 of every incident (NaT allowed; they decide the full years as in areasummary);
    ``area_index``/``reference_index``: boolean masks of the incidents in the area and in the reference area(s).
    Returns ``{"years", "area", "reference"}`` where each side is ``{"counts", "s", "p", "tau", "slope",
    "direction", "small"}`` (direction: "increasing"/"decreasing" when p < TREND_ALPHA, else "none"; p NaN with
    fewer than three years; small: a yearly count from 1 to k-1 makes the side's numbers unpublishable).
    The test is areasummary's: Mann–Kendall over the yearly counts, Sen's slope per year.
    """
    t = np.asarray(times, dtype="datetime64[s]")
    years = full_years(t)
    valid = ~np.isnat(t)
    year_of = np.where(valid, t.astype("datetime64[Y]").astype(np.int64) + 1970, 0)
    out = {"years": years}
    for key, mask in (("area", area_index), ("reference", reference_index)):
        m = np.asarray(mask, dtype=bool) & valid
        counts = np.array([int(np.sum(m & (year_of == y))) for y in years], dtype=float)
        side = {"counts": counts.astype(np.int64).tolist(), "s": math.nan, "p": math.nan, "tau": math.nan,
                "slope": math.nan, "direction": "none",
                "small": bool(k > 1 and np.any((counts >= 1) & (counts < k)))}
        if len(years) >= 3:
            s, _, _, p, tau = mann_kendall_rows(counts[None, :])
            side.update(s=float(s[0]), p=float(p[0]), tau=float(tau[0]),
                        slope=float(sen_slope_rows(counts[None, :])[0]))
            if side["p"] < TREND_ALPHA:
                side["direction"] = "increasing" if side["s"] > 0 else "decreasing"
        out[key] = side
    return out


def index_series(counts):
    """Yearly counts as an index, the first year = 100; None when the first year has no incidents."""
    c = np.asarray(counts, dtype=float)
    if c.size == 0 or not c[0] > 0:
        return None
    return (100.0 * c / c[0]).tolist()


def fmt_p(p, decimal_sep=","):
    """A p-value for a sentence: ``"= 0,34"``, ``"= 0,012"`` (three decimals below 0.1, cut below 0.05 so that a
    significant p never reads as 0,05), ``"< 0,001"``; NaN → ``""``."""
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return ""
    if p < 0.001:
        return "< " + "0.001".replace(".", decimal_sep)
    if p < TREND_ALPHA:  # cut, not rounded: 0.0499 reads 0,049, never 0,050
        p = math.floor(p * 1000.0) / 1000.0
    text = "{:.3f}".format(p) if p < 0.1 else "{:.2f}".format(p)
    return "= " + text.replace(".", decimal_sep)


def fmt_slope(slope, decimal_sep=","):
    """Sen's slope with its sign: ``"+105"``, ``"-2,5"`` (one decimal below 10), ``"0"``."""
    if slope is None or (isinstance(slope, float) and math.isnan(slope)):
        return ""
    if slope == 0:
        return "0"
    text = "{:+.0f}".format(slope) if abs(slope) >= 10 else "{:+.1f}".format(slope)
    return text.replace(".", decimal_sep)
