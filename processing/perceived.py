"""The perceived-safety part of trygghet:areasummary: survey indicators and citizen-dialogue marks per area, as two
extra tables beside the incident summary (whose columns stay as they are)."""

import os

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core.vocabulary import label
from ..i18n import N_, tr
from .fields import fields_for, is_temporary, python_rows
from .numbers import say
from .reader import read_points

SURVEY = "SURVEY"
DIALOG_MARKS = "DIALOG_MARKS"
OUTPUT_SURVEY = "OUTPUT_SURVEY"
OUTPUT_DIALOG = "OUTPUT_DIALOG"

SURVEY_ALIASES = {
    "area": "Område", "indicator": "Indikator", "indicator_label": "Indikator (text)", "source": "Källa",
    "unit": "Enhet", "latest_year": "Senaste år", "latest_value": "Senaste värde", "lower": "Intervall, nedre",
    "upper": "Intervall, övre", "respondents": "Antal svarande", "previous_year": "Föregående mätning (år)",
    "previous_value": "Föregående värde", "change": "Förändring sedan föregående", "years": "Antal mätår",
    "trend_tau": "Trend (Kendalls tau)", "trend_p": "p-värde trend", "trend": "Trend",
    "reference_value": "Referensområdets värde", "reference_lower": "Referensområdet, nedre",
    "reference_upper": "Referensområdet, övre", "diff_reference": "Skillnad mot referensområdet",
    "differs_from_reference": "Skilda intervall mot referensområdet",
}
DIALOG_ALIASES = {
    "area": "Område", "marks": "Antal markeringar", "unsafe": "Otrygga markeringar (känsla 1–2)",
    "unsafe_pct": "Andel otrygga (%)", "top_reasons": "Vanligaste orsaker", "suppressed": "Undertryckt",
}
TRENDS = {"up": N_("Rising"), "down": N_("Falling"), "none": N_("No clear trend"), "": ""}
APART = {"yes": N_("Yes"), "no": N_("No"), "": ""}


def add_parameters(algorithm):
    """The optional inputs (survey results, dialogue marks) and the two tables they give."""
    add, help_param = algorithm.addParameter, algorithm.help_param
    add(help_param(QgsProcessingParameterFeatureSource(SURVEY, tr("Survey results (optional)"),
                                                       [QgsProcessing.SourceType.TypeVector], optional=True),
                   N_("Safety-survey results per area and year (area, year, indicator, value, lower, upper, "
                      "respondents, source), e.g. the workspace table 'survey_results'. Empty: the workspace's, "
                      "when the incidents are the workspace's layer.")))
    add(help_param(QgsProcessingParameterFeatureSource(DIALOG_MARKS, tr("Citizen dialogue marks (optional)"),
                                                       [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
                   N_("Places residents marked (feeling 1–4, reason), e.g. the workspace layer 'dialog_marks'. Empty: "
                      "the workspace's, when the incidents are the workspace's layer.")))
    add(help_param(QgsProcessingParameterFeatureSink(OUTPUT_SURVEY, tr("Survey indicators per area"),
                                                     QgsProcessing.SourceType.TypeVector, optional=True,
                                                     createByDefault=True),
                   N_("Per area and indicator: the latest value with its interval, the change since the previous "
                      "measurement, the trend over the years (three or more) and the reference area's value.")))
    add(help_param(QgsProcessingParameterFeatureSink(OUTPUT_DIALOG, tr("Citizen dialogue per area"),
                                                     QgsProcessing.SourceType.TypeVector, optional=True,
                                                     createByDefault=True),
                   N_("Per area: the number of dialogue marks, how many and what share feel unsafe (feeling 1–2) "
                      "and the three most frequent reasons.")))


def _workspace_layer(algorithm, parameters, context, name):
    """``path|layername=name`` of the workspace the incidents come from, or None when they are not a workspace's."""
    from ..workspace.gpkg import WorkspaceError, schema_version

    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    if layer is None or layer.providerType() != "ogr":
        return None
    uri = layer.dataProvider().dataSourceUri()
    path = uri.split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.exists(path) or "layername=incidents" not in uri:
        return None
    try:
        if schema_version(path) < 3:
            return None
    except WorkspaceError:
        return None
    return "{}|layername={}".format(path, name)


def _input(algorithm, parameters, context, name, table):
    value = parameters.get(name)
    if value not in (None, ""):
        return parameters
    uri = _workspace_layer(algorithm, parameters, context, table)
    if uri is None:
        return None
    return dict(parameters, **{name: uri})


def _text(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def write_perceived(algorithm, parameters, context, feedback, crs, areas, min_count):
    """Compute and write the two perceived-safety tables where their inputs are given or found; returns the
    results to add (output name -> destination)."""
    from ..core.geometry import points_in_polygons
    from ..core.perceived import marks_summary, survey_summary

    results = {}
    survey_params = _input(algorithm, parameters, context, SURVEY, "survey_results")
    if survey_params is not None and parameters.get(OUTPUT_SURVEY) is not None:
        source = algorithm.parameterAsSource(survey_params, SURVEY, context)
        if source is None:
            algorithm.fail(tr("The survey results could not be read."))
        names = source.fields().names()
        need = [f for f in ("area", "year", "indicator", "value") if f not in names]
        if need:
            algorithm.fail(say(tr("The survey results lack the fields: {}"), ", ".join(need)))
        wanted = [f for f in ("area", "year", "indicator", "value", "lower", "upper", "respondents", "unit", "source")
                  if f in names]
        rows = [[_text(f[n]) for n in wanted] for f in source.getFeatures()]
        table = survey_summary(pd.DataFrame(rows, columns=wanted), areas.names, areas.reference)
        table.insert(2, "indicator_label", [label("survey_indicator", c, tr) for c in table["indicator"]])
        table["trend"] = [tr(TRENDS[t]) if t else "" for t in table["trend"]]
        table["differs_from_reference"] = [tr(APART[a]) if a else "" for a in table["differs_from_reference"]]
        feedback.pushInfo(say(tr("Survey indicators: {} rows for {} areas."), len(table), table["area"].nunique()))
        results[OUTPUT_SURVEY] = _write(algorithm, parameters, context, OUTPUT_SURVEY, table, SURVEY_ALIASES,
                                        {"latest_year": "int", "previous_year": "int", "years": "int",
                                         "respondents": "int"})
    marks_params = _input(algorithm, parameters, context, DIALOG_MARKS, "dialog_marks")
    if marks_params is not None and parameters.get(OUTPUT_DIALOG) is not None:
        marks = read_points(algorithm, marks_params, DIALOG_MARKS, context, feedback, crs, ("feeling", "reason"))
        index = points_in_polygons(marks.x, marks.y, areas.rings, areas.ids) if len(marks) else np.zeros(0, int)
        area_of = np.asarray(areas.names, dtype=object)[np.clip(index, 0, None)] if len(marks) else \
            np.zeros(0, dtype=object)
        area_of[index < 0] = None
        table = marks_summary(area_of, marks.attributes["feeling"], marks.attributes["reason"], areas.names,
                              min_count=min_count)
        table["top_reasons"] = [", ".join(label("mark_reason", c, tr) for c in t.split(",")) if t else ""
                                for t in table["top_reasons"]]
        feedback.pushInfo(say(tr("Citizen dialogue: {} marks, {} of them inside the areas; {} areas with fewer than {} "
                             "marks have their share and reasons withheld."),
            len(marks), int((index >= 0).sum()), int(table["suppressed"].sum()), min_count))
        results[OUTPUT_DIALOG] = _write(algorithm, parameters, context, OUTPUT_DIALOG, table, DIALOG_ALIASES,
                                        {"marks": "int", "unsafe": "int", "suppressed": "bool"})
    return results


def _write(algorithm, parameters, context, name, table, aliases, kinds):
    from .fields import column_kind

    kinds = {c: kinds.get(c) or column_kind(table[c]) for c in table.columns}
    fields = fields_for(table, {} if is_temporary(algorithm, parameters, name, context) else aliases, kinds)
    sink, dest = algorithm.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.NoGeometry)
    if sink is None:
        algorithm.fail(tr("The output table could not be created."))
    for row in python_rows(table, kinds):
        feature = QgsFeature(fields)
        feature.setAttributes(row)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    return dest
