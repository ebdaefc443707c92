"""trygghet:forecast — incident counts per area and category forecast per week or month, with back-tested intervals."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ...core import forecast as fc
from ...core.timeparse import parse_timestamps
from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param, format_number
from ..fields import make_field
from ..numbers import say
from ..reader import parameter_label, read_points, report_skipped

STEPS = ("week", "month")
LEVELS = (0.80, 0.95)
NOTES = {
    fc.SHORT: N_("fewer than two seasons of data: the mean of the last season"),
    fc.MOSTLY_ZEROS: N_("mostly periods without incidents: the mean of the last season"),
    fc.ALL_ZERO: N_("no incidents in the data"),
    fc.NO_BACKTEST: N_("too short for a back-test: the mean of the last season"),
}
OUTPUT_FIELDS = (
    ("area", "string", "Område"), ("category", "string", "Kategori"), ("period", "string", "Period"),
    ("period_start", "date", "Periodens början"), ("forecast", "double", "Prognos"),
    ("lower", "double", "Nedre gräns"), ("upper", "double", "Övre gräns"), ("level", "int32", "Nivå (%)"),
    ("model", "string", "Modell"), ("mase", "double", "MASE (back-test)"),
    ("coverage", "double", "Täckning (back-test)"), ("note", "string", "Anmärkning"),
)


def output_fields():
    fields = QgsFields()
    for name, kind, alias in OUTPUT_FIELDS:
        fields.append(make_field(name, kind, alias))
    return fields


def _number(value):
    value = float(value)
    return value if np.isfinite(value) else None


class Forecast(TrygghetAlgorithm):
    NAME = "forecast"
    DISPLAY_NAME = "Forecast per area"
    GROUP = "lagesbild"
    HELP = (
        "Forecasts the number of incidents per week or month, per area and category, for the coming periods with "
        "a lower and upper bound. Three models are tried for each series: seasonal naive (the same period a year "
        "earlier), exponential smoothing with a damped trend and season (Holt–Winters), and a count model "
        "(Poisson regression with trend and season, widened for overdispersion). The model is chosen by a "
        "back-test on the series' own history: the last periods are forecast from the data before them, and the "
        "model with the smallest error wins. MASE is that error relative to the seasonal naive forecast (below 1: "
        "better than \u201cthe same as last year\u201d); coverage is the share of the back-test's actual counts "
        "that fell inside the interval. Series with fewer than two years of data or mostly empty periods get the "
        "mean of the last year with a count interval, and the note says why.\n\nA forecast assumes that the "
        "development continues as before; it cannot foresee new measures or changed reporting."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    STEP = "STEP"
    END = "END"
    HORIZON = "HORIZON"
    LEVEL = "LEVEL"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    ADVANCED = ("SEED",)

    STEP_NAMES = (N_("Week"), N_("Month"))
    LEVEL_NAMES = (N_("80 %"), N_("95 %"))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_incidents_param(N_("The point layer of incidents with a time field. Selections are honoured."),
                                 label=N_("Incidents (points)"))
        self.add_time_field_param(N_(
            "Date/time of each incident (a datetime field or text such as 2024-03-01 18:30). Incidents without a "
            "valid time are left out and counted in the log."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "Optional polygons: one forecast per area (incidents outside every area are left out). Empty: one "
            "forecast for the whole layer."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.AREA_NAME_FIELD, tr("Area name field"), "name", self.AREAS,
                                        optional=True),
            "The field with the name of each area."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.CATEGORY_FIELD, tr("Category field"), None, self.INPUT, optional=True),
            "Optional: one forecast per category (e.g. category)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.STEP, tr("Period"), [tr(s) for s in self.STEP_NAMES], defaultValue=1),
            "Count per week (Monday to Sunday, season 52 weeks) or per calendar month (season 12 months)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("Last period used"), optional=True),
            "The period containing this date is the last one used. Empty: the last complete period before the "
            "latest incident."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.HORIZON, tr("Periods to forecast"),
                                         QgsProcessingParameterNumber.Type.Integer, 12, minValue=1, maxValue=104),
            "How many weeks or months ahead."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.LEVEL, tr("Interval level"), [tr(v) for v in self.LEVEL_NAMES],
                                       defaultValue=0),
            "The probability the interval is meant to cover: 80 % or 95 %."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         1, minValue=0),
            "The count model's interval is simulated; the same seed gives the same result."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Forecast"), QgsProcessing.SourceType.TypeVector),
            "One row per area, category and future period: forecast, lower, upper, the model, its back-test MASE "
            "and coverage, and a note."))

    def _areas(self, parameters, context, feedback, crs):
        """(names, polygons as rings, polygon ids) of the areas, or None without AREAS."""
        from shapely import wkb as shapely_wkb

        from ...core.geometry import polygon_rings_from_shapely

        source = self.parameterAsSource(parameters, self.AREAS, context)
        if source is None:
            return None
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            self.fail(tr("The areas must be a polygon layer."))
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        if not name_field or source.fields().lookupField(name_field) < 0:
            self.fail(tr("The areas layer has no field \u201c{}\u201d; choose the field with the area names.").format(
                name_field))
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        names, rings, ids = [], [], []
        skipped = 0
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            if transform is not None:
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            shape = shapely_wkb.loads(bytes(geometry.asWkb()))
            parts = polygon_rings_from_shapely(shape) if shape.geom_type in ("Polygon", "MultiPolygon") else \
                [r for g in getattr(shape, "geoms", []) for r in polygon_rings_from_shapely(g)]
            if not parts:
                skipped += 1
                continue
            value = feature[name_field]
            names.append("" if value is None else str(value))
            rings.extend(parts)
            ids.extend([len(names) - 1] * len(parts))
        report_skipped(feedback, skipped, source.featureCount(), parameter_label(self, self.AREAS))
        if not names:
            self.fail(tr("The areas layer has no polygons."))
        return names, rings, ids

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.geometry import points_in_polygons

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        step = STEPS[self.parameterAsEnum(parameters, self.STEP, context)]
        horizon = self.parameterAsInt(parameters, self.HORIZON, context)
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        seed = self.parameterAsInt(parameters, self.SEED, context)
        if source.featureCount() == 0:
            self.fail(tr("The input layer has no features."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        areas = self._areas(parameters, context, feedback, crs)
        feedback.setProgress(2)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Reading the incidents…"))
        fields = tuple(f for f in (time_field, cat_field) if f)
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=fields)
        self.check_cancel(feedback)
        times = parse_timestamps(table.attributes[time_field])
        keep = ~np.isnat(times)
        if len(table) and not keep.any():
            self.fail(tr("None of the incidents has a valid time in the field \u201c{}\u201d.").format(time_field))
        if not keep.all():
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), int((~keep).sum())))
        if areas is not None:
            names, rings, ids = areas
            area_index = points_in_polygons(table.x, table.y, rings, ids)
            outside = keep & (area_index < 0)
            if outside.any():
                feedback.pushInfo(say(tr("{} incidents lie outside every area and were left out."),
                    int(outside.sum())))
            keep &= area_index >= 0
            area_of = np.array(names, dtype=object)[np.maximum(area_index, 0)]
        else:
            names = [None]
            area_of = np.full(len(table), None, dtype=object)
        if cat_field:
            cats = np.array([None if v is None else str(v).strip() or None for v in table.attributes[cat_field]],
                            dtype=object)
            no_cat = keep & np.array([c is None for c in cats], dtype=bool)
            if no_cat.any():
                feedback.pushWarning(say(tr("{} incidents without a category were left out."), int(no_cat.sum())))
            keep &= ~no_cat
        else:
            cats = np.full(len(table), None, dtype=object)
        if not keep.any():
            self.fail(tr("No incidents are left to count; there is nothing to forecast."))
        times, area_of, cats = times[keep], area_of[keep], cats[keep]

        end = datetime_param(self, parameters, self.END, context)
        if np.isnat(end):
            end = fc.default_end(times, step)
        end_period = fc.period_starts(np.array([end]), step)[0]
        if end_period < fc.period_starts(np.array([times.min()]), step)[0]:
            self.fail(tr("The last period used lies before the first incident."))
        later = int((fc.period_starts(times, step) > end_period).sum())
        if later:
            feedback.pushInfo(say(tr("{} incidents after the last period used were left out."), later))
        keys = [(a, c) for a, c in zip(area_of.tolist(), cats.tolist())]
        index = {k: i for i, k in enumerate(sorted(set(keys), key=lambda k: (str(k[0]), str(k[1]))))}
        codes = np.array([index[k] for k in keys], dtype=np.int64)
        periods, counted = self.run_core(fc.count_series, times, codes, step, end_period)
        # every area with every category, zeros where nothing happened
        categories = sorted({c for c in cats.tolist()}, key=str)
        series = {}
        by_key = {k: counted.get(i) for k, i in index.items()}
        for area in names:
            for cat in categories:
                values = by_key.get((area, cat))
                series[(area, cat)] = values if values is not None else np.zeros(len(periods))
        feedback.pushInfo(say(tr("{n} series of {periods} periods, from {first} to {last}."),
            n=len(series), periods=len(periods), first=fc.period_label(periods[0], step),
            last=fc.period_label(periods[-1], step)))
        feedback.setProgress(10)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Back-testing and forecasting…"))
        frame = self.run_core(fc.forecast_table, series, periods, step, horizon, level, seed=seed,
                              progress=self.progress_callback(feedback, 10.0, 95.0))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, output_fields(),
                                             QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(tr("The output table could not be created."))
        fields = output_fields()
        features = []
        for row in frame.itertuples(index=False):
            area, cat = row.key
            start = np.datetime64(row.period_start, "D").astype(object)
            note = "; ".join(tr(NOTES[n]) for n in row.notes)
            feature = QgsFeature(fields)
            feature.setAttributes([area, cat, row.period, QDate(start.year, start.month, start.day),
                                   _number(row.forecast), _number(row.lower), _number(row.upper),
                                   int(round(level * 100)), row.model, _number(row.mase), _number(row.coverage),
                                   note or None])
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        chosen = frame.drop_duplicates("key")
        summary = ", ".join(f"{m} {int((chosen['model'] == m).sum())}" for m in ("snaive", "ets", "poisson", "mean")
                            if (chosen["model"] == m).any())
        feedback.pushInfo(say(tr("Models chosen by the back-test: {}."), summary))
        skill = chosen["mase"].to_numpy(dtype=float)
        skill = skill[np.isfinite(skill)]
        if skill.size:
            feedback.pushInfo(say(tr("Median back-test MASE {mase} (below 1: better than the seasonal naive "
                                     "forecast)."), mase=format_number(float(np.median(skill)), 2)))
        self.style_on_load(context, dest_id, "forecast")
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
