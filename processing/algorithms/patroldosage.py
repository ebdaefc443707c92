"""trygghet:patroldosage — patrol visits at hot places against target, for the follow-up meeting."""

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from shapely import wkb as shapely_wkb

from ...core.dosage import dosage, incident_comparison
from ...core.hotplaces import best_hour_window, hours_text, points_in_polygon
from ...core.timeparse import parse_timestamps
from ...i18n import tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import fields_of
from ..numbers import say
from ..reader import parameter_label, polygon_features, read_points, report_skipped

OUTPUT_FIELDS = (
    ("place_uuid", "string", "Plats (UUID)"),
    ("name", "string", "Namn"),
    ("status", "string", "Uppföljning"),
    ("visits", "int32", "Besök"),
    ("minutes", "double", "Minuter"),
    ("mean_minutes", "double", "Minuter per besök"),
    ("visits_per_week", "double", "Besök per vecka"),
    ("target_share_pct", "double", "Andel av målet, besök (%)"),
    ("target_minutes_share_pct", "double", "Andel av målet, minuter (%)"),
    ("weeks_counted", "int32", "Bedömda veckor"),
    ("weeks_below_target", "int32", "Veckor under målet"),
    ("peak_hours", "string", "Mest utsatta timmar"),
    ("share_in_peak_pct", "double", "Besök under de timmarna (%)"),
    ("short_visits", "int32", "Korta besök (< 10 min)"),
    ("long_visits", "int32", "Långa besök (> 15 min)"),
    ("incidents", "int32", "Händelser under perioden"),
    ("incidents_year_before", "int32", "Händelser samma period året före"),
    ("change_pct", "double", "Förändring (%)"),
    ("p_value", "double", "p-värde (förändring)"),
)


def status_for(target_share_pct):
    """green ≥ 100 % of the visit target, yellow ≥ 50 %, red below."""
    if target_share_pct >= 100.0:
        return "green"
    if target_share_pct >= 50.0:
        return "yellow"
    return "red"


def parse_hours(text):
    """"19–23" / "19-23" → (19, 23); None when it cannot be read."""
    if text is None or (hasattr(text, "isNull") and text.isNull()):
        return None
    parts = str(text).replace("–", "-").split("-")
    try:
        start, end = int(parts[0]), int(parts[1])
    except (ValueError, IndexError):
        return None
    return (start % 24, end % 24) if 0 <= start <= 24 and 0 <= end <= 24 else None


def _num(value, digits=2):
    return None if value is None or not np.isfinite(value) else round(float(value), digits)


class PatrolDosage(TrygghetAlgorithm):
    NAME = "patroldosage"
    DISPLAY_NAME = "Patrol dosage at hot places"
    GROUP = "hotspots"
    HELP = (
        "Follows up patrols (trygghetsrundor) at hot places: per place the number of visits and minutes in the "
        "period, visits per week against the target, the weeks below target (whole Monday–Sunday weeks), the share "
        "of visits in the place's peak hours and the short (< 10 min) and long (> 15 min) visits. The defaults, "
        "3 visits a week of 12 minutes, follow the research on hot-spots patrol dosage: Koper (1995) found that "
        "visits of about 10–15 minutes give the longest deterrence after the patrol has left. A visit belongs to a "
        "place through its place field (place_uuid) or else by lying inside the place. With incidents, each place "
        "also gets its incidents in the period against the same dates a year earlier. The output (places with the "
        "figures) is coloured green (target met), yellow (50–99 %) and red (below 50 %) for the follow-up meeting."
    )

    PLACES = "PLACES"
    PLACE_ID_FIELD = "PLACE_ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    PEAK_HOURS_FIELD = "PEAK_HOURS_FIELD"
    VISITS = "VISITS"
    VISIT_PLACE_FIELD = "VISIT_PLACE_FIELD"
    VISIT_TIME_FIELD = "VISIT_TIME_FIELD"
    MINUTES_FIELD = "MINUTES_FIELD"
    START = "START"
    END = "END"
    TARGET_VISITS = "TARGET_VISITS"
    TARGET_MINUTES = "TARGET_MINUTES"
    INCIDENTS = "INCIDENTS"
    INCIDENT_TIME_FIELD = "INCIDENT_TIME_FIELD"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        Number = QgsProcessingParameterNumber  # noqa: N806
        Field = QgsProcessingParameterField  # noqa: N806
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.PLACES, tr("Hot places"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon]),
            "The places patrolled, e.g. the workspace's places layer or the output of Hot places for patrols."))
        self.addParameter(self.help_param(
            Field(self.PLACE_ID_FIELD, tr("Place id field"), "uuid", self.PLACES, optional=True),
            "Field identifying each place (the visits' place field refers to it). Empty: the feature id."))
        self.addParameter(self.help_param(
            Field(self.NAME_FIELD, tr("Place name field"), "name", self.PLACES, optional=True),
            "Field with the place's name, copied to the output."))
        self.addParameter(self.help_param(
            Field(self.PEAK_HOURS_FIELD, tr("Peak hours field"), None, self.PLACES, optional=True),
            "Optional text field with the place's peak hours such as 19–23 (as Hot places writes them). Empty: "
            "the busiest four hours of the incidents in the place during the period, when incidents are given."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.VISITS, tr("Patrol visits"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            "One point per visit, e.g. the workspace's patrol_visits layer."))
        self.addParameter(self.help_param(
            Field(self.VISIT_PLACE_FIELD, tr("Visit's place field"), "place_uuid", self.VISITS, optional=True),
            "Field of the visit holding the place id. Visits without it count for the place they lie in."))
        self.addParameter(self.help_param(
            Field(self.VISIT_TIME_FIELD, tr("Visit time field"), "visited_at", self.VISITS),
            "Date and time of the visit."))
        self.addParameter(self.help_param(
            Field(self.MINUTES_FIELD, tr("Minutes field"), "minutes", self.VISITS,
                  type=Field.DataType.Numeric, optional=True),
            "Length of the visit in minutes. Empty values count as a visit but not in the minutes."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.START, tr("Start of the period"), optional=True),
            "First moment of the follow-up period. Empty: the day of the first visit."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("End of the period"), optional=True),
            "End of the period (not included). Empty: the midnight after the last visit."))
        self.addParameter(self.help_param(
            Number(self.TARGET_VISITS, tr("Target visits per week"), Number.Type.Double, 3.0, minValue=0.01),
            "Planned visits per place and week."))
        self.addParameter(self.help_param(
            Number(self.TARGET_MINUTES, tr("Target minutes per visit"), Number.Type.Double, 12.0, minValue=0.1),
            "Planned length of a visit. Research (Koper 1995) suggests about 10–15 minutes."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, tr("Incidents"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            "Optional incidents: counted per place in the period and in the same dates a year earlier."))
        self.addParameter(self.help_param(
            Field(self.INCIDENT_TIME_FIELD, tr("Incident time field"), "occurred_at", self.INCIDENTS, optional=True),
            "Date and time of each incident."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Patrol dosage"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            "The places with their dosage figures, coloured for the follow-up meeting."))

    def _places(self, parameters, context, crs, feedback=None):
        source = self.parameterAsSource(parameters, self.PLACES, context)
        if source is None:
            self.fail(tr("The places layer could not be read."))
        id_field = self.parameterAsString(parameters, self.PLACE_ID_FIELD, context) or None
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        hours_field = self.parameterAsString(parameters, self.PEAK_HOURS_FIELD, context) or None
        names = source.fields().names()
        for field in (id_field, name_field, hours_field):
            if field and field not in names:
                self.fail(tr("The places layer has no field “{}”.").format(field))
        places = []
        features, nulls, _ = polygon_features(source, crs, context)
        for feature, geometry in features:
            pid = feature[id_field] if id_field else feature.id()
            if pid is None or (hasattr(pid, "isNull") and pid.isNull()):
                continue
            name = feature[name_field] if name_field else None
            places.append({"id": str(pid), "name": None if name is None or hasattr(name, "isNull") else str(name),
                           "geometry": geometry, "shape": shapely_wkb.loads(bytes(geometry.asWkb())),
                           "hours": parse_hours(feature[hours_field]) if hours_field else None})
        report_skipped(feedback, nulls, source.featureCount(), parameter_label(self, self.PLACES))
        if not places:
            self.fail(tr("The places layer has no polygons."))
        ids = [p["id"] for p in places]
        if len(set(ids)) != len(ids):
            self.fail(tr("The place id field “{}” has duplicate values.").format(id_field))
        return places

    @staticmethod
    def _assign(places, x, y, given=None):
        """Place id per point: the given id where it names a known place, else the place the point lies in."""
        out = np.full(len(x), None, dtype=object)
        known = {p["id"] for p in places}
        if given is not None:
            ids = np.array([None if v is None else str(v) for v in given], dtype=object)
            ok = np.array([v in known for v in ids], dtype=bool)
            out[ok] = ids[ok]
        for place in places:
            free = np.array([v is None for v in out], dtype=bool)
            if not free.any():
                break
            inside = points_in_polygon(place["shape"], x, y) & free
            out[inside] = place["id"]
        return out

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        visits_source = self.parameterAsSource(parameters, self.VISITS, context)
        if visits_source is None:
            self.fail(tr("The visits layer could not be read."))
        crs = self.metric_crs(visits_source.sourceCrs(), feedback)
        places = self._places(parameters, context, crs, feedback)
        place_field = self.parameterAsString(parameters, self.VISIT_PLACE_FIELD, context) or None
        time_field = self.parameterAsString(parameters, self.VISIT_TIME_FIELD, context)
        minutes_field = self.parameterAsString(parameters, self.MINUTES_FIELD, context) or None
        names = visits_source.fields().names()
        for field in (place_field, time_field, minutes_field):
            if field and field not in names:
                self.fail(tr("The visits layer has no field “{}”.").format(field))
        fields = tuple(f for f in (place_field, time_field, minutes_field) if f)
        # a visit that names its place needs no position: keep visits without geometry when there is a place field
        visits = read_points(self, parameters, self.VISITS, context, feedback, crs, fields=fields,
                             keep_null_geometries=bool(place_field))
        self.check_cancel(feedback)
        times = parse_timestamps(visits.attributes[time_field])
        nat = int(np.isnat(times).sum())
        if nat:
            feedback.pushWarning(say(tr("{} visits have no valid time and were left out."), nat))
        start = datetime_param(self, parameters, self.START, context)
        end = datetime_param(self, parameters, self.END, context)
        valid = times[~np.isnat(times)]
        if np.isnat(start):
            if valid.size == 0:
                self.fail(tr("There are no visits with a time, so the period cannot be chosen; give a start and end."))
            start = valid.min().astype("datetime64[D]").astype("datetime64[s]")
        if np.isnat(end):
            if valid.size == 0:
                self.fail(tr("There are no visits with a time, so the period cannot be chosen; give a start and end."))
            end = (valid.max().astype("datetime64[D]") + np.timedelta64(1, "D")).astype("datetime64[s]")
        if not end > start:
            self.fail(tr("The end of the period must be after its start."))
        period = (pd.Timestamp(start), pd.Timestamp(end))
        feedback.pushInfo(say(tr("Period: {} to {} (end not included)."), period[0], period[1]))
        feedback.setProgress(30.0)
        self.check_cancel(feedback)

        visit_place = self._assign(places, visits.x, visits.y,
                                   visits.attributes[place_field] if place_field else None)
        unplaced_mask = np.array([v is None for v in visit_place], dtype=bool)
        no_position = ~(np.isfinite(visits.x) & np.isfinite(visits.y))
        report_skipped(feedback, int((unplaced_mask & no_position).sum()), len(visits),
                       parameter_label(self, self.VISITS))
        if (no_position & ~unplaced_mask).any():
            feedback.pushInfo(say(tr("{} visits without a position were counted for the place their place field names."
                                     ), int((no_position & ~unplaced_mask).sum())))
        unplaced = int((unplaced_mask & ~no_position).sum())
        if unplaced:
            feedback.pushWarning(say(tr("{} visits belong to no place (no known place id and not inside a place) and "
                                        "were left out."), unplaced))
        minutes = visits.attributes[minutes_field] if minutes_field else np.full(len(visits), np.nan)
        if minutes_field:
            no_minutes = int(np.isnan(np.asarray(minutes, dtype=float)).sum())
            if no_minutes:
                feedback.pushWarning(say(tr("{n} visits have no value in the minutes field \u201c{field}\u201d: they "
                                            "count as visits but not in the minutes."), n=no_minutes,
                                                                                          field=minutes_field))
        ids = [p["id"] for p in places]

        comparison = None
        incident_hours = {}
        if parameters.get(self.INCIDENTS) not in (None, ""):
            inc_time = self.parameterAsString(parameters, self.INCIDENT_TIME_FIELD, context) or None
            inc_source = self.parameterAsSource(parameters, self.INCIDENTS, context)
            if not inc_time or inc_time not in inc_source.fields().names():
                self.fail(tr("Choose the incidents' time field."))
            incidents = read_points(self, parameters, self.INCIDENTS, context, feedback, crs, fields=(inc_time,))
            inc_times = parse_timestamps(incidents.attributes[inc_time])
            inc_place = self._assign(places, incidents.x, incidents.y)
            comparison = self.run_core(incident_comparison, inc_place, inc_times, period, ids).set_index("place_id")
            in_period = (~np.isnat(inc_times)) & (inc_times >= start) & (inc_times < end)
            for pid in ids:
                sel = in_period & (inc_place == pid)
                hours = pd.DatetimeIndex(inc_times[sel]).hour.to_numpy()
                window, _ = best_hour_window(hours, 4)
                incident_hours[pid] = window
        feedback.setProgress(60.0)
        self.check_cancel(feedback)

        peak = {p["id"]: p["hours"] if p["hours"] is not None else incident_hours.get(p["id"]) for p in places}
        try:
            table = dosage(ids, visit_place, times, minutes, period,
                           target_visits_per_week=self.parameterAsDouble(parameters, self.TARGET_VISITS, context),
                           target_minutes=self.parameterAsDouble(parameters, self.TARGET_MINUTES, context),
                           peak_hours={k: v for k, v in peak.items() if v is not None})
        except ValueError as err:
            self.fail(tr("The visits could not be evaluated: {}").format(err))
        table = table.set_index("place_id")

        out_fields = fields_of(OUTPUT_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))
        counts = {"green": 0, "yellow": 0, "red": 0}
        for place in places:
            row = table.loc[place["id"]]
            status = status_for(row["target_share_pct"])
            counts[status] += 1
            cmp = comparison.loc[place["id"]] if comparison is not None else None
            geometry = QgsGeometry(place["geometry"])
            geometry.convertToMultiType()
            feature = QgsFeature(out_fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                place["id"], place["name"], status, int(row["visits"]), _num(row["minutes"], 1),
                _num(row["mean_minutes"], 1), _num(row["visits_per_week"]), _num(row["target_share_pct"], 1),
                _num(row["target_minutes_share_pct"], 1), int(row["weeks_counted"]), int(row["weeks_below_target"]),
                hours_text(peak[place["id"]]), _num(row["share_in_peak_pct"], 1), int(row["short_visits"]),
                int(row["long_visits"]),
                None if cmp is None else int(cmp["incidents"]),
                None if cmp is None else int(cmp["incidents_year_before"]),
                None if cmp is None else _num(cmp["change_pct"], 1),
                None if cmp is None else _num(cmp["p_value"], 4)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(say(tr("Places at target: {green}, partly: {yellow}, below half the target: {red}."),
            **counts))
        self.style_on_load(context, dest_id, "dosage")
        feedback.setProgress(100.0)
        return {self.OUTPUT: dest_id}
