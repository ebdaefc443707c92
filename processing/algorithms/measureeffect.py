"""trygghet:measureeffect — before/after effect of completed measures against a control area, with displacement."""

from types import SimpleNamespace

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union

from ...core.effect import count_zones, effect, evaluation_windows
from ...core.timeparse import as_date, parse_timestamps
from ...i18n import N_, tr
from ...workspace.measures import to_python
from ..base import TrygghetAlgorithm
from ..fields import make_field
from ..numbers import say
from ..reader import polygon_features, read_points

VERDICT_SV = {
    "sign_of_decrease": "Tecken på minskning jämfört med kontrollområdet",
    "sign_of_increase": "Tecken på ökning jämfört med kontrollområdet",
    "no_sign_of_effect": "Inga tecken på effekt (det betyder inte att åtgärden saknar effekt)",
    "too_few_data": "För lite data för att bedöma effekten",
}
DISPLACEMENT_SV = {
    "displacement": "Tecken på förflyttning till närområdet",
    "diffusion_of_benefits": "Tecken på spridning av nyttan till närområdet",
    "no_displacement": "Ingen förflyttning till närområdet",
    "undefined": "Förflyttning kan inte bedömas (ingen relativ minskning vid åtgärden)",
}
OUTPUT_FIELDS = (
    ("measure_uuid", "string", "Åtgärd (UUID)"),
    ("title", "string", "Åtgärd"),
    ("area", "string", "Område"),
    ("done_date", "date", "Genomförd"),
    ("before_start", "date", "Före: från"),
    ("after_end", "date", "Efter: till"),
    ("after_complete", "bool", "Efterperioden fullständig"),
    ("a_before", "int32", "Vid åtgärden före"),
    ("a_after", "int32", "Vid åtgärden efter"),
    ("b_before", "int32", "Närområdet före"),
    ("b_after", "int32", "Närområdet efter"),
    ("c_before", "int32", "Kontrollområdet före"),
    ("c_after", "int32", "Kontrollområdet efter"),
    ("relative_change", "double", "Relativ förändring (kvot)"),
    ("change_pct", "double", "Relativ förändring (%)"),
    ("ci_low", "double", "Konfidensintervall, nedre"),
    ("ci_high", "double", "Konfidensintervall, övre"),
    ("wdq", "double", "WDQ (förflyttning)"),
    ("wdq_code", "string", "WDQ-kod"),
    ("verdict", "string", "Bedömning (kod)"),
    ("verdict_text", "string", "Bedömning"),
    ("displacement_text", "string", "Förflyttning"),
)


def _to_date(value):
    try:
        return as_date(to_python(value))
    except ValueError:
        return None


def _shapely(geometry):
    return shapely_wkb.loads(bytes(geometry.asWkb()))


def _finite(value):
    return float(value) if value is not None and np.isfinite(value) else None


class MeasureEffect(TrygghetAlgorithm):
    NAME = "measureeffect"
    DISPLAY_NAME = "Effect of completed measures"
    GROUP = "measures"
    HELP = (
        "For every completed measure (status genomförd with a done date) compares the incidents within RADIUS of "
        "the measure in a BEFORE window and an AFTER window (whole days; the done day itself is left out) with a "
        "control area: by default the rest of the area the measure lies in, or the control layer you give. The "
        "relative change is (after/before at the measure) / (after/before in the control), with a confidence "
        "interval (Farrington et al. 2007): below 1 means a relative decrease. A ring of BUFFER metres around the "
        "target is checked for displacement with the weighted displacement quotient (Bowers & Johnson 2003): "
        "negative = displacement to the surroundings, positive = diffusion of benefits. The verdict is worded with "
        "care: 'inga tecken på effekt' (no sign of effect) is not the same as 'ingen effekt' (no effect), and with "
        "fewer than MIN_INCIDENTS incidents at the measure it says 'för lite data'. Use the same incident "
        "categories before and after, and read the result as a sign, not as proof."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    MEASURES = "MEASURES"
    AREAS = "AREAS"
    CONTROL = "CONTROL"
    RADIUS = "RADIUS"
    BUFFER = "BUFFER"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    MIN_INCIDENTS = "MIN_INCIDENTS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_incidents_param(N_(
            "Incident points with a time field, e.g. the workspace's incidents. Filter them to the categories the "
            "measures target (e.g. with a selection) so that the comparison is meaningful."))
        self.add_time_field_param(N_(
            "When each incident happened (date/time or ISO text). Incidents without a time are left out and "
            "counted in the log."), default="occurred_at")
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.MEASURES, tr("Measures"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            "The workspace's measures layer. Only measures with status genomförd and a done date are evaluated."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "Areas (e.g. the workspace's areas). The control of a measure is the rest of the area it lies in. "
            "Needed unless a control layer is given."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.CONTROL, tr("Control area (optional)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "A comparable area without the measure, used for every measure instead of the rest of its area. The "
            "target and buffer are always cut out of it."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.RADIUS, tr("Radius around the measure (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=1.0),
            "Incidents this close to the measure count as at the measure (the target area)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.BUFFER, tr("Displacement buffer width (m)"),
                                         QgsProcessingParameterNumber.Type.Double, 200.0, minValue=0.0),
            "Width of the ring around the target area checked for displacement (WDQ)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.BEFORE, tr("Days before"), QgsProcessingParameterNumber.Type.Integer,
                                         365, minValue=1),
            "Length of the BEFORE window, in whole days before the done date."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.AFTER, tr("Days after"), QgsProcessingParameterNumber.Type.Integer,
                                         365, minValue=1),
            "Length of the AFTER window, in whole days after the done date. Use equal lengths, or whole years, so "
            "that seasons balance."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.MIN_INCIDENTS, tr("Minimum incidents at the measure"),
                                         QgsProcessingParameterNumber.Type.Integer, 10, minValue=0),
            "With fewer incidents at the measure (before + after) the verdict is 'för lite data'."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Measure effect"),
                                              QgsProcessing.SourceType.TypeVectorPoint),
            "One point per evaluated measure with the counts, the relative change and its 95 % interval, the WDQ "
            "and a plain-language verdict in Swedish."))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """AREAS and CONTROL are each optional, but one of them is needed: say so before the run starts."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        if all(parameters.get(name) in (None, "") for name in (self.AREAS, self.CONTROL)):
            return False, tr("Give an areas layer (the control is the rest of the measure's area) or a control "
                             "layer.")
        return True, ""

    def _polygons(self, parameters, name, context, crs, feedback):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, []
        out = []
        for feature, geom in polygon_features(source, crs, context, feedback)[0]:
            names = feature.fields().names()
            label = feature["name"] if "name" in names else str(feature.id())
            out.append((label, _shapely(geom)))
            self.check_cancel(feedback)
        return source, out

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        measures_source = self.parameterAsSource(parameters, self.MEASURES, context)
        incidents_source = self.parameterAsSource(parameters, self.INPUT, context)
        if measures_source is None or incidents_source is None:
            self.fail(tr("The incident or measure layer could not be read."))
        names = measures_source.fields().names()
        missing = [n for n in ("status", "done_date") if n not in names]
        if missing:
            self.fail(say(tr("The measures layer lacks the fields {}: use the workspace's measures layer."),
                ", ".join(missing)))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        if not time_field or time_field not in incidents_source.fields().names():
            self.fail(say(tr("The incident layer has no time field '{}'."), time_field or ""))
        crs = self.metric_crs(incidents_source.sourceCrs(), feedback)
        o = SimpleNamespace(radius=self.parameterAsDouble(parameters, self.RADIUS, context),
                            buffer=self.parameterAsDouble(parameters, self.BUFFER, context),
                            before_days=self.parameterAsInt(parameters, self.BEFORE, context),
                            after_days=self.parameterAsInt(parameters, self.AFTER, context),
                            min_incidents=self.parameterAsInt(parameters, self.MIN_INCIDENTS, context),
                            names=names)

        _areas_source, o.areas = self._polygons(parameters, self.AREAS, context, crs, feedback)
        control_source, controls = self._polygons(parameters, self.CONTROL, context, crs, feedback)
        o.control = unary_union([g for _n, g in controls]) if controls else None
        if control_source is not None and o.control is None:
            self.fail(tr("The control layer has no polygons."))
        if o.control is None and not o.areas:
            self.fail(tr("Give an areas layer (the control is the rest of the measure's area) or a control layer."))
        completed = self._completed_measures(measures_source, crs, context, feedback)

        feedback.setProgressText(tr("Reading incidents…"))
        incidents = self._incidents(parameters, context, feedback, crs, time_field)
        feedback.setProgress(30)
        rows = []
        for i, measure in enumerate(completed):
            self.check_cancel(feedback)
            row = self._evaluate(measure, incidents, o, feedback)
            if row is not None:
                rows.append(row)
            feedback.setProgress(30 + 65 * (i + 1) / len(completed))
        if not rows:  # refused before any output exists
            self.fail(tr("None of the completed measures could be evaluated; see the log for why."))
        return self._write(parameters, context, feedback, crs, rows)

    def _completed_measures(self, measures_source, crs, context, feedback):
        """The completed measures with a done date: [(feature, done date, geometry in ``crs``)]."""
        transform = QgsCoordinateTransform(measures_source.sourceCrs(), crs, context.transformContext())
        completed, skipped_no_geometry = [], 0
        for feature in measures_source.getFeatures(QgsFeatureRequest()):
            if feature["status"] != "genomford":
                continue
            done = _to_date(feature["done_date"])
            if done is None:
                continue
            geom = feature.geometry()
            if geom is None or geom.isNull():
                skipped_no_geometry += 1
                continue
            geom = QgsGeometry(geom)
            if measures_source.sourceCrs() != crs:
                geom.transform(transform)
            completed.append((feature, done, geom))
        if skipped_no_geometry:
            feedback.pushWarning(say(tr("{} completed measures have no geometry and were left out."),
                skipped_no_geometry))
        if not completed:
            self.fail(tr("There are no completed measures (status genomförd with a done date) to evaluate."))
        feedback.pushInfo(say(tr("{} completed measures to evaluate."), len(completed)))
        return completed

    def _incidents(self, parameters, context, feedback, crs, time_field):
        """The incidents with a readable time: x, y, times and the first and last day."""
        incidents = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=(time_field,))
        times = parse_timestamps(incidents.attributes[time_field])
        valid = ~np.isnat(times)
        if (~valid).any():
            feedback.pushWarning(say(tr("{} incidents have no readable time and were left out."),
                int((~valid).sum())))
        x, y, times = incidents.x[valid], incidents.y[valid], times[valid]
        if x.size == 0:
            self.fail(tr("The incident layer has no incidents with a readable time."))
        return SimpleNamespace(x=x, y=y, times=times, latest=times.max().astype("datetime64[D]").astype(object),
                               earliest=times.min().astype("datetime64[D]").astype(object))

    def _evaluate(self, measure, incidents, o, feedback):
        """One measure's counts and effect as (output point, attribute values); None when it is left out."""
        feature, done, geom = measure
        names, latest, earliest = o.names, incidents.latest, incidents.earliest
        title = feature["title"] if "title" in names else None
        point = _shapely(geom)
        area_name, area = None, None
        if o.control is None:
            centre = point.representative_point()
            for label, polygon in o.areas:
                if polygon.contains(centre):
                    area_name, area = label, polygon
                    break
            if area is None:
                feedback.pushWarning(say(tr("The measure '{}' lies outside every area and has no control; it was "
                                            "left out."), title or feature.id()))
                return None
        windows = evaluation_windows(done, o.before_days, o.after_days, earliest, latest)
        before_start, after_end, after_complete = windows["before_start"], windows["after_end"], \
            windows["after_complete"]
        if not windows["has_after"]:
            feedback.pushWarning(say(tr("The measure '{}' was completed on {} but the incidents end on {}: there "
                                        "is no AFTER period yet; it was left out."), title or feature.id(),
                                                                                      done, latest))
            return None
        if not after_complete:
            feedback.pushWarning(say(tr("The AFTER window of '{}' runs past the last incident ({}): it is "
                                        "incomplete, so the result is less certain."),
                                        title or feature.id(), latest))
        if not windows["before_complete"]:
            feedback.pushWarning(say(tr("The BEFORE window of '{}' starts before the first incident ({}): it "
                                        "may be incomplete."), title or feature.id(), earliest))
        counts = self.run_core(count_zones, incidents.x, incidents.y, incidents.times, point, done,
                               radius=o.radius, buffer=o.buffer, before_days=o.before_days,
                               after_days=o.after_days, area=area, control=o.control)
        try:
            result = effect(counts["a_before"], counts["a_after"], counts["b_before"], counts["b_after"],
                            counts["c_before"], counts["c_after"], min_incidents=o.min_incidents)
        except ValueError as err:
            self.fail(tr("The effect could not be computed: {}").format(err))
        if counts["c_before"] == 0 or counts["c_after"] == 0:
            feedback.pushWarning(say(tr("The control area of '{}' has no incidents in one period; the "
                                        "comparison is very uncertain."), title or feature.id()))
        out_geom = geom if (geom.type() == QgsWkbTypes.GeometryType.PointGeometry
                            and not geom.isMultipart()) else geom.centroid()
        values = {
            "measure_uuid": feature["uuid"] if "uuid" in names else None,
            "title": title,
            "area": area_name if area_name is not None else (feature["area"] if "area" in names else None),
            "done_date": QDate(done.year, done.month, done.day),
            "before_start": QDate(before_start.year, before_start.month, before_start.day),
            "after_end": QDate(after_end.year, after_end.month, after_end.day),
            "after_complete": bool(after_complete),
            "relative_change": _finite(result["relative_change"]),
            "change_pct": _finite(result["change_pct"]),
            "ci_low": _finite(result["ci_low"]),
            "ci_high": _finite(result["ci_high"]),
            "wdq": _finite(result["wdq"]),
            "wdq_code": result["wdq_code"],
            "verdict": result["verdict"],
            "verdict_text": VERDICT_SV[result["verdict"]],
            "displacement_text": DISPLACEMENT_SV[result["wdq_code"]],
        }
        values.update({k: int(v) for k, v in counts.items()})
        return out_geom, values

    def _write(self, parameters, context, feedback, crs, rows):
        fields = QgsFields()
        for name, kind, alias in OUTPUT_FIELDS:
            fields.append(make_field(name, kind, alias))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for out_geom, values in rows:
            out = QgsFeature(fields)
            out.setGeometry(out_geom)
            for name, value in values.items():
                out[name] = value
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        written = len(rows)
        feedback.pushInfo(tr("Evaluated {} measures. A verdict is a sign, not proof: 'inga tecken på effekt' "
                             "does not mean that the measure had no effect.").format(written))
        self.style_on_load(context, dest_id, "measure_effect")
        return {self.OUTPUT: dest_id}
