"""trygghet:temporalpattern — when incidents happen: weekday x hour and month x year tables and charts per area."""

import os

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.report import chart_name
from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import is_temporary, make_field
from ..numbers import say
from ..reader import read_area_polygons, read_points_with_times, split_names

ALIASES = {"area": "Område", "weekday": "Veckodag (0 = måndag)", "weekday_name": "Veckodag", "hour": "Timme",
           "year": "År", "month": "Månad", "month_name": "Månadsnamn", "n": "Antal", "n_text": "Antal (visat)",
           "suppressed": "Undertryckt"}


class TemporalPattern(TrygghetAlgorithm):
    NAME = "temporalpattern"
    DISPLAY_NAME = "Temporal pattern (weekday × hour, month × year)"
    GROUP = "lagesbild"
    HELP = (
        "When do incidents happen? Counts per weekday and hour (7 × 24) and per month and year, for each area (or "
        "for all incidents as 'alla'), as two tables and as chart images (PNG or SVG) for reports: a heat grid "
        "mån–sön × 00–23 and one line per year over jan–dec.\n\n"
        "Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '<5' (for MIN_COUNT 5), their count is left "
        "empty and the charts hatch them. The grids are published without totals, so no secondary suppression is "
        "needed. The log says how many cells were suppressed."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CATEGORIES = "CATEGORIES"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    AREA_NAMES = "AREA_NAMES"
    START = "START"
    END = "END"
    MIN_COUNT = "MIN_COUNT"
    FORMAT = "FORMAT"
    OUTPUT_WEEKDAY_HOUR = "OUTPUT_WEEKDAY_HOUR"
    OUTPUT_MONTH_YEAR = "OUTPUT_MONTH_YEAR"
    CHART_FOLDER = "CHART_FOLDER"
    CHARTS = "CHARTS"
    SUPPRESSED = "SUPPRESSED"

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        self.add_incidents_param(N_("The incident points, e.g. the workspace layer 'incidents'."))
        self.add_time_field_param(N_("When the incident happened. Incidents without a time are left out (the log "
                                     "says how many)."), default="occurred_at")
        add(help_param(QgsProcessingParameterField(self.CATEGORY_FIELD, tr("Category field"), "category", self.INPUT,
                                           optional=True),
               "Needed only to keep some categories (below)."))
        add(help_param(QgsProcessingParameterString(self.CATEGORIES, tr("Only these categories"), "", optional=True),
               "Category codes separated by ';' (e.g. 'skadegorelse;klotter'). Empty: all incidents."))
        add(help_param(QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                   [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
               "Optional areas: one pattern per area. Without areas, one pattern for all incidents ('alla')."))
        add(help_param(QgsProcessingParameterField(self.AREA_NAME_FIELD, tr("Area name field"), "name", self.AREAS,
                                           optional=True),
               "The field with each area's name."))
        add(help_param(QgsProcessingParameterString(self.AREA_NAMES, tr("Only these areas"), "", optional=True),
               "Area names separated by ';'. Empty: every area."))
        add(help_param(QgsProcessingParameterDateTime(self.START, tr("From"), optional=True),
               "First moment to include. Empty: from the first incident."))
        add(help_param(QgsProcessingParameterDateTime(self.END, tr("Until"), optional=True),
               "End of the period (not included). Empty: up to the last incident."))
        add(help_param(QgsProcessingParameterNumber(self.MIN_COUNT, tr("Minimum count to publish (k)"),
                                            QgsProcessingParameterNumber.Type.Integer, 5, minValue=0),
               "Counts from 1 to k−1 are shown as '<k'. 0 or 1 turns disclosure control off (internal use only)."))
        add(help_param(QgsProcessingParameterEnum(self.FORMAT, tr("Chart format"), ["PNG", "SVG"], defaultValue=0),
               "PNG for documents and web pages, SVG to scale without loss."))
        add(help_param(QgsProcessingParameterFeatureSink(self.OUTPUT_WEEKDAY_HOUR, tr("Weekday × hour"),
                                                 QgsProcessing.SourceType.TypeVector),
               "168 rows per area: weekday (0 = Monday), hour, count."))
        add(help_param(QgsProcessingParameterFeatureSink(self.OUTPUT_MONTH_YEAR, tr("Month × year"),
                                                 QgsProcessing.SourceType.TypeVector),
               "12 rows per year and area: year, month, count."))
        add(help_param(QgsProcessingParameterFolderDestination(self.CHART_FOLDER, tr("Chart folder"), optional=True,
                                                       createByDefault=False),
               "Optional folder for the chart images, two per area: veckodag_timme_<area> and manad_ar_<area>."))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.CHARTS, tr("Chart files")))
        self.addOutput(QgsProcessingOutputNumber(self.SUPPRESSED, tr("Suppressed cells")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.geometry import points_in_polygons
        from ...core.temporal import month_year, month_year_matrix, weekday_hour, weekday_hour_matrix
        from ...report import charts

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The incident layer could not be read."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        wanted_cats = split_names(self.parameterAsString(parameters, self.CATEGORIES, context))
        if wanted_cats and not cat_field:
            self.fail(tr("Choose the category field to keep only some categories."))
        k = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        areas_given = parameters.get(self.AREAS) not in (None, "")
        try:
            table, times = read_points_with_times(self, parameters, self.INPUT, context, feedback, crs, time_field,
                                                  (cat_field,) if cat_field else ())
        except ValueError:
            self.fail(tr("The incident layer lacks the time or category field."))
        self.check_cancel(feedback)
        feedback.setProgress(40)
        if len(table) == 0:
            self.fail(tr("The incident layer has no incidents with a position."))
        keep = ~np.isnat(times)
        if int((~keep).sum()):
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), int((~keep).sum())))
        start = datetime_param(self, parameters, self.START, context)
        end = datetime_param(self, parameters, self.END, context)
        if not np.isnat(start) and not np.isnat(end) and not end > start:
            self.fail(tr("The period must start before it ends."))
        if not np.isnat(start):
            keep &= times >= start
        if not np.isnat(end):
            keep &= times < end
        if wanted_cats:
            cats = pd.Series(np.asarray(table.attributes[cat_field], dtype=object)).astype(str).to_numpy()
            keep &= np.isin(cats, np.asarray(wanted_cats, dtype=object))

        area_names = None
        area_of = None
        if areas_given:
            name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context) or "name"
            rings, ids, geoms, values = read_area_polygons(self, parameters, self.AREAS, context, feedback, crs,
                                                           [name_field])
            if not geoms:
                self.fail(tr("The areas layer has no polygons."))
            names = [str(v) for v in values[name_field]]
            index = points_in_polygons(table.x, table.y, rings, ids)
            area_of = np.where(index >= 0, np.asarray(names, dtype=object)[np.clip(index, 0, None)], None)
            chosen = split_names(self.parameterAsString(parameters, self.AREA_NAMES, context))
            unknown = [a for a in chosen if a not in names]
            if unknown:
                self.fail(say(tr("These areas are not in the areas layer: {}"), ", ".join(unknown)))
            area_names = chosen or list(dict.fromkeys(names))
            keep &= np.isin(area_of.astype(object), np.asarray(area_names, dtype=object))
        self.check_cancel(feedback)
        if not keep.any():
            self.fail(tr("No incidents are left in the chosen period, categories and areas."))
        t = times[keep]
        a = area_of[keep] if area_of is not None else None
        wh = weekday_hour(t, a, min_count=k)
        my = month_year(t, a, min_count=k)
        feedback.setProgress(60)

        wh["weekday_name"] = [charts.WEEKDAYS_SV[d] for d in wh["weekday"].tolist()]
        my["month_name"] = [charts.MONTHS_SV[m - 1] for m in my["month"].tolist()]
        results = {}
        suppressed = int(wh["suppressed"].sum() + my["suppressed"].sum())
        for key, df, columns in ((self.OUTPUT_WEEKDAY_HOUR, wh, ("area", "weekday", "weekday_name", "hour")),
                                 (self.OUTPUT_MONTH_YEAR, my, ("area", "year", "month", "month_name"))):
            results[key] = self._write(parameters, context, key, df, columns, k)
        if k > 1:
            feedback.pushInfo(say(tr("Disclosure control (k = {k}): {n} cells suppressed as '<{k}'."),
                k=k, n=suppressed))
        else:
            feedback.pushWarning(say(tr("Disclosure control is off (minimum count {}): do not publish these tables."),
                                 k))
        feedback.setProgress(75)

        folder = self.parameterAsString(parameters, self.CHART_FOLDER, context)
        files = []
        if folder and parameters.get(self.CHART_FOLDER) not in (None, ""):
            os.makedirs(folder, exist_ok=True)
            ext = ".svg" if self.parameterAsEnum(parameters, self.FORMAT, context) == 1 else ".png"
            period = f"{str(t.min())[:10]} – {str(t.max())[:10]}"
            for name in pd.unique(wh["area"]).tolist():
                self.check_cancel(feedback)
                label = tr("all areas") if name == "alla" and area_names is None else name
                grid = weekday_hour_matrix(wh, name)
                files.append(charts.heat_grid(
                    grid, os.path.join(folder, chart_name("veckodag_timme", name) + ext),
                    tr("Incidents by weekday and hour – {}").format(label), period, k))
                years, matrix = month_year_matrix(my, name)
                first = (start if not np.isnat(start) else t.min()).astype("datetime64[M]")
                last = ((end - np.timedelta64(1, "s")) if not np.isnat(end) else t.max()).astype("datetime64[M]")
                month_index = (np.asarray(years, dtype=np.int64)[:, None] - 1970) * 12 + np.arange(12)[None, :]
                covered = (month_index >= first.astype(np.int64)) & (month_index <= last.astype(np.int64))
                files.append(charts.month_year_lines(
                    years, matrix, os.path.join(folder, chart_name("manad_ar", name) + ext),
                    tr("Incidents by month and year – {}").format(label), period, k, covered))
            feedback.pushInfo(say(tr("Wrote {} chart files to {}"), len(files), folder))
            results[self.CHART_FOLDER] = folder
        results[self.CHARTS] = files
        results[self.SUPPRESSED] = suppressed
        feedback.setProgress(100)
        return results

    def _write(self, parameters, context, key, df, columns, k):
        from ...core.disclosure import format_count

        temporary = is_temporary(self, parameters, key, context)
        fields = QgsFields()
        for c in columns:
            kind = "string" if c in ("area", "weekday_name", "month_name") else "int"
            fields.append(make_field(c, kind, "" if temporary else ALIASES[c]))
        for c, kind in (("n", "int"), ("n_text", "string"), ("suppressed", "bool")):
            fields.append(make_field(c, kind, "" if temporary else ALIASES[c]))
        sink, dest = self.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(tr("The output table could not be created."))
        sup = df["suppressed"].tolist()
        n = df["n"].tolist()
        cols = [df[c].tolist() for c in columns]
        for i in range(len(df)):
            feature = QgsFeature(fields)
            row = [v if isinstance(v, str) else int(v) for v in (col[i] for col in cols)]
            row += [None if sup[i] else int(n[i]), format_count(n[i], sup[i], max(k, 1)), bool(sup[i])]
            feature.setAttributes(row)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest
