"""The lägesbild's analysis sections per focus area: the development over time (trend in words and numbers, a yearly
index chart against the reference area), the cause analysis (problems, their triangles, numbered causes and the
measures that answer each) and the analyst's conclusions for the report period.

Reads the workspace tables problems, causes, measure_causes and conclusions (schema 3); a workspace without them,
or a report built from single layers, prints the honest "none registered" sentences instead.
"""

import os

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QFont

from ..core import analysis, vocabulary
from ..core.report import chart_name
from ..i18n import tr
from . import charts
from . import layout as rl
from .data import frame

TABLES = ("orsaksanalys", "slutsatser")
PAGE_FIELDS = ("utveckling_text", "diagram_index")
ACCENT = "#0b5563"


def titles():
    return {"orsaksanalys": tr("Cause analysis"), "slutsatser": tr("Conclusions")}


def read_workspace(workspace, crs, context):
    """{table: [records]} of the cause-analysis tables of a GeoPackage workspace ([] where a table is missing);
    problems carry x/y of their point in ``crs`` (None without one)."""
    out = {name: [] for name in ("problems", "causes", "measure_causes", "conclusions")}
    if not workspace:
        return out
    for name in out:
        layer = QgsVectorLayer("{}|layername={}".format(workspace, name), name, "ogr")
        if not layer.isValid():
            continue
        records = frame(layer).to_dict("records")
        if name == "problems":
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) \
                if layer.crs().isValid() and layer.crs() != crs else None
            for record, feature in zip(records, layer.getFeatures()):
                geometry = feature.geometry()
                record["x"] = record["y"] = None
                if geometry is not None and not geometry.isNull():
                    point = geometry.centroid()
                    if transform is not None:
                        point.transform(transform)
                    record["x"], record["y"] = point.asPoint().x(), point.asPoint().y()
        out[name] = records
    return out


def build(tables, measures, incidents, areas, focus, reference, periods, k, chart_dir, decimal):
    """Everything the analysis sections print: {"pages": {area: {field: value}}, "tables": {name: (rows, kinds)}}.

    ``incidents``: (table, times) of the report; ``areas``: (rings, ring ids, names)."""
    from ..core.geometry import points_in_polygons

    table, times = incidents
    rings, ring_ids, names = areas
    index = points_in_polygons(table.x, table.y, rings, ring_ids)
    area_of = np.where(index >= 0, np.asarray(names, dtype=object)[np.clip(index, 0, None)], None)
    # the incidents areasummary counts: with a category and a time
    if "category" in table.attributes:
        category = np.asarray(table.attributes["category"], dtype=object)
        has_category = np.array([c is not None and str(c).strip() != "" for c in category], dtype=bool)
    else:
        has_category = np.ones(len(times), dtype=bool)
    counted = has_category & ~np.isnat(times)
    in_reference = np.isin(area_of.astype(object), np.asarray(reference, dtype=object)) & counted

    problems = tables["problems"]
    xs = np.array([p["x"] if p.get("x") is not None else np.nan for p in problems], dtype=float)
    ys = np.array([p["y"] if p.get("y") is not None else np.nan for p in problems], dtype=float)
    inside = points_in_polygons(np.nan_to_num(xs, nan=-1e18), np.nan_to_num(ys, nan=-1e18), rings, ring_ids) \
        if len(problems) else np.zeros(0, dtype=int)
    point_area = [names[i] if i >= 0 else None for i in inside]
    for problem, name in zip(problems, analysis.problem_areas([p.get("area") for p in problems], point_area)):
        problem["area"] = name
    measure_records = measures.to_dict("records") if measures is not None and len(measures) else []

    span = (periods["REFERENCE_START"][:10], periods["CURRENT_END"][:10])
    current = (periods["CURRENT_START"][:10], periods["CURRENT_END"][:10])
    pages, cause_rows, conclusion_rows = {}, [], []
    os.makedirs(chart_dir, exist_ok=True)
    for area in focus:
        in_area = (area_of == area) & counted
        development = analysis.trend(times, in_area, in_reference, k)
        chart = index_chart(development, area, reference, os.path.join(chart_dir, chart_name("index", area) + ".png"))
        pages[area] = {"utveckling_text": trend_text(development, area, reference, k, decimal),
                       "diagram_index": chart}
        problems_here = analysis.cause_analysis(problems, tables["causes"], tables["measure_causes"],
                                                measure_records, area, *span)
        for row in cause_lines(problems_here):
            cause_rows.append(dict(omrade=area, ordning=len(cause_rows), **row))
        chosen = analysis.choose_conclusion(tables["conclusions"], area, *current)
        for row in conclusion_lines(chosen):
            conclusion_rows.append(dict(omrade=area, ordning=len(conclusion_rows), **row))
    string = {c: "string" for c in ("omrade", "slag", "nr", "text", "uppfoljning", "follow_up")}
    return {"pages": pages, "tables": {
        "orsaksanalys": (cause_rows, dict(string, ordning="int")),
        "slutsatser": (conclusion_rows, {"omrade": "string", "ordning": "int", "slag": "string", "text": "string"})}}


def trend_text(development, area, reference, k, decimal):
    """The development over time in words and numbers (the reader's language)."""
    years = development["years"]
    if len(years) < 3:
        return tr("The data cover fewer than three full calendar years, so no trend is computed.")
    first, last = years[0], years[-1]
    side = development["area"]
    if side["small"]:
        return tr("The yearly counts {first}–{last} are too small to publish (below {k}); no trend is shown.").format(
            first=first, last=last, k=k)
    lines = [sentence(side, first, last, decimal)]
    lines.append(tr("Reported incidents per year: {counts}; Sen's slope {slope} per year.").format(
        counts=", ".join("{}: {}".format(y, n) for y, n in zip(years, side["counts"])),
        slope=analysis.fmt_slope(side["slope"], decimal)))
    ref = development["reference"]
    if not ref["small"]:
        lines.append(tr("{reference}: {sentence}").format(reference=", ".join(reference),
                                                            sentence=lower_first(sentence(ref, first, last,
                                                                                          decimal))))
    if len(years) < 5:
        lines.append(tr("With {n} full years the test cannot show a reliable trend; that takes at least five.")
                     .format(n=len(years)))
    return " ".join(lines)


def lower_first(text):
    return text[:1].lower() + text[1:]


def sentence(side, first, last, decimal):
    p = analysis.fmt_p(side["p"], decimal)
    if side["direction"] == "increasing":
        return tr("Increasing trend {first}–{last}, p {p}.").format(first=first, last=last, p=p)
    if side["direction"] == "decreasing":
        return tr("Decreasing trend {first}–{last}, p {p}.").format(first=first, last=last, p=p)
    return tr("No reliable trend {first}–{last} (p {p}).").format(first=first, last=last, p=p)


def index_chart(development, area, reference, path):
    """The yearly index chart of the area against the reference area(s), or "" when it cannot be drawn."""
    years = development["years"]
    side, ref = development["area"], development["reference"]
    if len(years) < 2 or side["small"]:
        return ""
    values = analysis.index_series(side["counts"])
    if values is None:
        return ""
    series = [(area, values)]
    ref_values = None if ref["small"] else analysis.index_series(ref["counts"])
    if ref_values is not None:
        series.append((tr("{} (reference)").format(", ".join(reference)), ref_values))
    return charts.index_lines(years, series, path,
                              tr("Reported incidents per year, index ({} = 100)").format(years[0]),
                              tr("Full calendar years {first}–{last}").format(first=years[0], last=years[-1]))


def cause_lines(problems):
    """The rows of the cause-analysis table: kind, text, follow-up label and code."""
    rows = []

    def add(kind, text, follow_up="", mark=""):
        # the number or arrow goes in a column of its own: leading spaces would upset the table's line wrapping
        rows.append({"slag": kind, "nr": mark, "text": text, "follow_up": follow_up,
                     "uppfoljning": tr(dict(vocabulary.KINDS["follow_up"])[follow_up])
                     if follow_up in dict(vocabulary.KINDS["follow_up"]) else ""})

    missing = tr("not described")
    for problem in problems:
        details = [vocabulary.label("problem_status", problem["status"] or None, tr)]
        if problem["period_start"] or problem["period_end"]:
            details.append("{} – {}".format(problem["period_start"][:10], problem["period_end"][:10]).strip(" –"))
        categories = [vocabulary.label("incident_category", c.strip(), tr).lower()
                      for c in problem["categories"].split(",") if c.strip()]
        if categories:
            details.append(", ".join(categories))
        add("problem", "{} ({})".format(problem["title"], "; ".join(d for d in details if d)))
        if problem["description"]:
            add("text", problem["description"])
        for role, who, by_label, by in (
                (tr("Offenders"), problem["offender"], tr("can be influenced by"), problem["offender_handler"]),
                (tr("Victims/targets"), problem["target"], tr("guarded by"), problem["target_guardian"]),
                (tr("Place"), problem["place"], tr("managed by"), problem["place_manager"])):
            add("triangle", "{}: {} — {}: {}".format(role, who or missing, by_label, by or missing))
        if not problem["causes"]:
            add("cause", tr("No cause is written down yet."))
        for cause in problem["causes"]:
            number = "{}.".format(cause["number"]) if cause["number"] < 10 ** 6 else "–"
            add("cause", cause["text"], mark=number)
            evidence = [tr("Evidence: {}").format(cause["evidence"].rstrip().rstrip(".")) if cause["evidence"] else
                        tr("Evidence: not given")]
            if cause["confidence"]:
                evidence.append(tr("confidence: {}").format(
                    vocabulary.label("confidence", cause["confidence"], tr).lower()))
            add("evidence", "; ".join(evidence) + ".")
            if not cause["measures"]:
                add("measure", tr("No measure answers this cause yet."), mark="→")
            for measure in cause["measures"]:
                status = vocabulary.label("status", measure["status"] or None, tr)
                due = ", " + tr("due {}").format(measure["due"]) if measure["due"] else ""
                add("measure", "{} ({}{})".format(measure["title"], status, due), measure["follow_up"], "→")
    return rows


def conclusion_lines(chosen):
    """The conclusions as written, one row per line (blank lines kept), then who wrote them for which period."""
    if chosen is None:
        return []
    rows = [{"slag": "text", "text": piece} for piece in analysis.split_paragraphs(chosen.get("text"))]
    period = " – ".join(str(chosen.get(key) or "")[:10] for key in ("period_start", "period_end")).strip(" –")
    by = str(chosen.get("written_by") or "").strip()
    if by or period:
        rows.append({"slag": "signature", "text": "— " + ", ".join(v for v in (
            by, tr("period {}").format(period) if period else "") if v)})
    return rows


def bind(layout, loaded):
    """Bind the analysis tables and the index chart; a template without these items prints without them."""
    this_area = "\"omrade\" = attribute(@atlas_feature, 'name')"
    if layout.itemById("tabell_orsaksanalys") is not None and "orsaksanalys" in loaded:
        layer = loaded["orsaksanalys"]
        style_rows(layer)
        rl.style_follow_up(layer, "uppfoljning", vocabulary.FOLLOW_UP_CELL_COLOURS)
        rl.set_table(layout, "tabell_orsaksanalys", layer, [("nr", "", 6), ("text", "", 102), ("uppfoljning", "", 18)],
                     this_area, tr("No cause analysis is registered for the area."), 400)
    if layout.itemById("tabell_slutsatser") is not None and "slutsatser" in loaded:
        layer = loaded["slutsatser"]
        style_rows(layer)
        rl.set_table(layout, "tabell_slutsatser", layer, [("text", tr("Conclusions"), 130)], this_area,
                     tr("No conclusions are written for the area and the report period."), 400)
    if layout.itemById("diagram_index") is not None:
        rl.set_picture_from_field(layout, "diagram_index", "diagram_index")


def style_rows(layer):
    from qgis.core import QgsConditionalStyle

    styles = []
    for kind, colour, bold, italic in (("problem", ACCENT, True, False), ("cause", None, True, False),
                                       ("triangle", None, False, True), ("signature", "#5b6b77", False, True)):
        style = QgsConditionalStyle("\"slag\" = '{}'".format(kind))
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        style.setFont(font)
        if colour:
            style.setTextColor(QColor(colour))
        styles.append(style)
    layer.conditionalStyles().setRowStyles(styles)
