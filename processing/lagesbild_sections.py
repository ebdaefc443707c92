"""trygghet:exportlagesbild's forecast, perceived-safety and patrol-planning sections: their parameters, and the
reading and computing behind them (the wording and layout are in report/sections.py and its modules)."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ..i18n import N_, tr

FORECAST = "FORECAST"
FORECAST_LEVEL = "FORECAST_LEVEL"
RISK_MAP = "RISK_MAP"
PERCEIVED_MAP = "PERCEIVED_MAP"
LEVELS = (0.80, 0.95)
LEVEL_NAMES = (N_("80 %"), N_("95 %"))
RISK_LOOKBACK_DAYS = 90
# layer parameters and the workspace tables they default to
LAYERS = {"DIALOG_MARKS": "dialog_marks", "DIALOG_AREAS": "dialog_areas", "SURVEY": "survey_results",
          "WALK_FINDINGS": "walk_findings"}


def init_parameters(alg):
    add, help_param = alg.addParameter, alg.help_param
    point, polygon, vector = (QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon,
                              QgsProcessing.SourceType.TypeVector)
    for name, label, types, text in (
            ("DIALOG_MARKS", N_("Citizen dialogue marks"), [point],
             "Places residents marked in a citizen dialogue (feeling, reason), for 'Perceived safety'."),
            ("DIALOG_AREAS", N_("Citizen dialogue areas"), [polygon],
             "Areas residents marked in a citizen dialogue; each counts in the area holding its interior point."),
            ("SURVEY", N_("Survey results"), [vector],
             "Survey indicators per area and year (area, year, indicator, value, lower, upper, source)."),
            ("WALK_FINDINGS", N_("Walk findings"), [point], "Safety-walk findings with their category.")):
        add(help_param(QgsProcessingParameterVectorLayer(name, tr(label), types, optional=True), text))
    add(help_param(QgsProcessingParameterBoolean(FORECAST, tr("Forecast per focus area"), True),
                   "A 'Forecast' paragraph and chart per focus area: the monthly incidents forecast twelve months "
                   "ahead (trygghet:forecast's models, chosen by a back-test on the area's own history)."))
    add(help_param(QgsProcessingParameterEnum(FORECAST_LEVEL, tr("Forecast interval level"),
                                              [tr(v) for v in LEVEL_NAMES], defaultValue=0),
                   "The probability the forecast interval is meant to cover: 80 % or 95 %."))
    add(help_param(QgsProcessingParameterBoolean(RISK_MAP, tr("Patrol planning page (risk map)"), False),
                   "A page per focus area with the risk map's top 1, 5 and 10 % areas for the coming weeks "
                   "(trygghet:riskmap, 90 days back from the end of the current period) and how many of those days' "
                   "incidents lay in them."))
    add(help_param(QgsProcessingParameterBoolean(PERCEIVED_MAP, tr("Show perceived safety and crime on the area map"),
                                                 False),
                   "Draws the four classes of trygghet:perceivedsafety (the dialogue marks against all the report's "
                   "incidents on its default 250 m grid over the areas) on each focus area's map, under the hot "
                   "places and over the density, and names them in the legend."))


def forecasts(alg, parameters, context, table_times, rings, ring_ids, names, focus, periods):
    """{focus area: AreaForecast}, or {} when the forecast is off."""
    from ..core.geometry import points_in_polygons
    from ..core.report_forecast import area_forecasts

    if not alg.parameterAsBool(parameters, FORECAST, context):
        return {}
    table, times = table_times
    level = LEVELS[alg.parameterAsEnum(parameters, FORECAST_LEVEL, context)]
    index = points_in_polygons(table.x, table.y, rings, ring_ids)
    end = np.datetime64(periods["CURRENT_END"].replace(" ", "T"), "s")
    return alg.run_core(area_forecasts, times, index, names, focus, end, level)


def _points(layer, crs, context, fields, point_on_surface=False):
    """x, y and the ``fields`` of a small layer's features in ``crs`` (polygons by their interior point)."""
    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) if layer.crs() != crs else None
    names = layer.fields().names()
    xs, ys, values = [], [], {f: [] for f in fields}
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        if point_on_surface:
            geometry = geometry.pointOnSurface()
        if transform is not None:
            geometry.transform(transform)
        p = geometry.centroid().asPoint() if not point_on_surface else geometry.asPoint()
        xs.append(p.x())
        ys.append(p.y())
        for f in fields:
            v = feature[f] if f in names else None
            values[f].append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), values


def perceived(alg, context, layers, crs, rings, ring_ids, names, focus, reference, k):
    """{focus area: (survey rows, marks summary, findings summary, dialogue names)}."""
    from ..core import report_perceived as rp
    from ..core.geometry import points_in_polygons
    from ..report import data as report_data

    survey = report_data.frame(layers.get("SURVEY"))
    marks = {"area": np.zeros(0, dtype=int), "feeling": [], "reason": [], "dialogue": []}
    for key, on_surface in (("DIALOG_MARKS", False), ("DIALOG_AREAS", True)):
        layer = layers.get(key)
        if layer is None:
            continue
        x, y, values = _points(layer, crs, context, ("feeling", "reason", "dialogue"), on_surface)
        marks["area"] = np.concatenate([marks["area"], points_in_polygons(x, y, rings, ring_ids)])
        for f in ("feeling", "reason", "dialogue"):
            marks[f] += values[f]
    findings_area, findings_cat = np.zeros(0, dtype=int), []
    if layers.get("WALK_FINDINGS") is not None:
        x, y, values = _points(layers["WALK_FINDINGS"], crs, context, ("category",))
        findings_area, findings_cat = points_in_polygons(x, y, rings, ring_ids), values["category"]
    out = {}
    for area in focus:
        mine = rp.in_area(marks["area"], names, area)
        feeling = [v for v, m in zip(marks["feeling"], mine) if m]
        reason = [v for v, m in zip(marks["reason"], mine) if m]
        dialogues = sorted({str(v) for v, m in zip(marks["dialogue"], mine) if m and v})
        cats = [v for v, m in zip(findings_cat, rp.in_area(findings_area, names, area)) if m]
        out[area] = (rp.survey_rows(survey, area, reference), rp.marks_summary(feeling, reason, k),
                     rp.findings_summary(cats), dialogues)
    return out


def patrol(alg, parameters, context, feedback, layers, crs, table_times, geoms, names, focus, periods, k, data_dir):
    """None when the patrol page is off; else {"rows": {area: rows}, "areas": [(attributes, geometry)],
    "info": {...}} from trygghet:riskmap run up to the end of the current period."""
    import os

    from shapely import wkb as shapely_wkb

    from ..core.report_patrol import patrol_rows
    from ..report.sections import risk_area_rows

    if not alg.parameterAsBool(parameters, RISK_MAP, context):
        return None
    as_of = periods["CURRENT_END"]
    result = alg._child("trygghet:riskmap", {
        "INPUT": layers["INCIDENTS"], "TIME_FIELD": "occurred_at", "AS_OF": as_of,
        "LOOKBACK_DAYS": RISK_LOOKBACK_DAYS, "MASK": layers["AREAS"],
        "OUTPUT": os.path.join(data_dir, "riskkarta.tif"),
        "OUTPUT_AREAS": os.path.join(data_dir, "riskkarta_topp.gpkg")}, context, feedback)
    top = QgsProcessingUtils.mapLayerFromString(result["OUTPUT_AREAS"], context)
    if top is None:
        alg.fail(tr("The risk map's top areas could not be read."))
    rows, classes = risk_area_rows(top, crs, context)
    table, times = table_times
    end = np.datetime64(as_of.replace(" ", "T"), "s")
    age = (end - times) / np.timedelta64(1, "s") / 86400.0
    past = ~np.isnat(times) & (age > 0) & (age <= RISK_LOOKBACK_DAYS)
    per_area = {}
    for area in focus:
        shape = shapely_wkb.loads(bytes(geoms[names.index(area)].asWkb()))
        per_area[area] = patrol_rows(shape, classes, table.x[past], table.y[past], k)
    pai = None
    if result.get("PAI_5") is not None and result.get("PAI_5_KDE") is not None:
        pai = (float(result["PAI_5"]), float(result["PAI_5_KDE"]))
    info = {"days": RISK_LOOKBACK_DAYS, "as_of": as_of, "pai": pai}
    return {"rows": per_area, "areas": rows, "info": info}


def perceived_map(alg, parameters, context, feedback, layers, data_dir):
    """The cells of trygghet:perceivedsafety for the area maps (a GeoPackage in the data folder), or None when
    PERCEIVED_MAP is off or there are no dialogue marks."""
    import os
    import time

    if not alg.parameterAsBool(parameters, PERCEIVED_MAP, context):
        return None
    marks = layers.get("DIALOG_MARKS")
    if marks is None or marks.featureCount() == 0:
        feedback.pushInfo(tr("The workspace has no citizen dialogue marks, so the area maps do not show perceived "
                             "safety and crime."))
        return None
    started = time.perf_counter()
    feedback.setProgressText(tr("Perceived safety and crime for the area maps…"))
    result = alg._child("trygghet:perceivedsafety", {
        "MARKS": marks, "INCIDENTS": layers["INCIDENTS"], "MASK": layers["AREAS"],
        "OUTPUT": os.path.join(data_dir, "upplevd_otrygghet.gpkg"), "OUTPUT_TABLE": None}, context, feedback)
    feedback.pushInfo(tr("Perceived safety and crime for the area maps took {} s.").format(
        "{:.1f}".format(time.perf_counter() - started).replace(".", tr("1.5")[1])))
    return result["OUTPUT"]
