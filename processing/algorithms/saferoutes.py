"""trygghet:saferoutes — trygga stråk: cut paths into segments and score lighting, incidents, walk findings and density.

Also home of the small line helpers the other path algorithms share (reading line layers and their levels,
output fields with Swedish aliases, sampling a raster at points).
"""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...i18n import tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import clean, fields_of
from ..numbers import say
from ..reader import parameter_label, read_levels, read_lines, read_points, report_skipped

BROKEN_STATUS = {"broken", "trasig", "false", "0", "no", "nej"}

FACTOR_SV = {"lighting": "belysning", "incidents": "händelser", "findings": "iakttagelser", "density": "täthet",
             "none": "inget"}


def sample_raster(layer, xs, ys, crs, context, band=1):
    """Values of ``band`` of a raster at points (x, y) given in ``crs``; NaN outside or at no-data."""
    out = np.full(len(xs), np.nan)
    if len(xs) == 0:
        return out
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    if layer.crs() != crs:
        transform = QgsCoordinateTransform(crs, layer.crs(), context.transformContext())
        pts = [transform.transform(QgsPointXY(x, y)) for x, y in zip(xs, ys)]
        xs = np.array([p.x() for p in pts])
        ys = np.array([p.y() for p in pts])
    if layer.providerType() == "gdal":
        try:
            from osgeo import gdal

            ds = gdal.Open(layer.source())
            gt = ds.GetGeoTransform()
            if ds is not None and gt[2] == 0 and gt[4] == 0:
                rb = ds.GetRasterBand(band)
                data = rb.ReadAsArray().astype(float)
                nodata = rb.GetNoDataValue()
                if nodata is not None:
                    data[data == nodata] = np.nan
                col = np.floor((xs - gt[0]) / gt[1]).astype(np.int64)
                row = np.floor((ys - gt[3]) / gt[5]).astype(np.int64)
                inside = (col >= 0) & (col < data.shape[1]) & (row >= 0) & (row < data.shape[0])
                out[inside] = data[row[inside], col[inside]]
                return out
        except (RuntimeError, AttributeError, TypeError):
            pass
    provider = layer.dataProvider()
    for i, (x, y) in enumerate(zip(xs, ys)):
        value, ok = provider.sample(QgsPointXY(x, y), band)
        if ok:
            out[i] = value
    return out


# ---------------------------------------------------------------------------------------------------------------

SEGMENT_FIELDS = (
    ("path_name", "string", "Stråk", 100),
    ("lamp_distance_m", "double", "Avstånd till lampa (m)"),
    ("unlit_m", "double", "Obelyst sträcka (m)"),
    ("lit_gap", "bool", "Belysningslucka"),
    ("incidents_per_100m_year", "double", "Händelser per 100 m och år"),
    ("findings_score", "double", "Iakttagelser (viktade)"),
    ("density", "double", "Täthet (hot spot)"),
    ("index", "double", "Trygghetsindex (0–100)"),
    ("worst_factor", "string", "Drar ned mest", 20),
    ("level", "double", "Nivå"),
)
JUNCTION_TOLERANCE = 2.0  # metres: a path end this close to another path's side meets it there
SUMMARY_FIELDS = (
    ("path_name", "string", "Stråk", 100),
    ("n_segments", "int", "Antal delsträckor"),
    ("length_m", "double", "Längd (m)"),
    ("mean_index", "double", "Medelindex"),
    ("worst_index", "double", "Lägsta index"),
    ("unlit_m", "double", "Obelyst (m)"),
    ("n_gaps", "int", "Antal belysningsluckor"),
)


class SafeRoutes(TrygghetAlgorithm):
    NAME = "saferoutes"
    DISPLAY_NAME = "Score safe paths (trygga stråk)"
    GROUP = "paths"
    ADVANCED = ("NAME_FIELD", "LIT_FIELD", "STATUS_FIELD", "TIME_FIELD", "WEIGHT_FIELD", "SEVERITY_FIELD",
                "CATEGORY_FIELD", "CATEGORY_WEIGHTS", "SEGMENT_LENGTH", "LAMP_REACH", "GAP_THRESHOLD", "BUFFER",
                "WEIGHT_LIGHTING", "WEIGHT_INCIDENTS", "WEIGHT_FINDINGS", "WEIGHT_DENSITY")
    HELP = (
        "Cuts the paths into segments (25 m by default) and scores each segment from 0 (unsafe) to 100 (safe). "
        "Lighting: distance from the segment's middle to the nearest working lamp, and the unlit metres (farther "
        "than the lamp reach from every working lamp), with a flag where an unlit stretch is at least the gap "
        "threshold long. Without a lamps layer, paths whose 'lit' field is true count as lit. Incidents within the "
        "buffer per 100 m and year in the period; walk findings within the buffer weighted by severity (1–3) and "
        "optional category weights; an optional hot-spot density raster sampled at the segment's middle. "
        "Each factor loses up to its weight: lighting = unlit share of the segment, incidents = rate / 10, "
        "findings = score / 6, density = value / the 95th percentile. Default weights: lighting 0.35, incidents "
        "0.35, findings 0.2, density 0.1 (a factor without data is left out and the others rescaled). "
        "worst_factor names what pulls a segment down most (lighting, incidents, findings, density or none). "
        "A summary table gives each named path's length, mean and lowest index, unlit metres and gaps. "
        "Segments also end where paths meet: where a path ends on the side of another (within 2 m) and where paths "
        "cross on the same level, so that the segments form a network for 'Safest route between two points'. "
        "With a level field (e.g. OpenStreetMap's layer: -1 a tunnel, 1 a bridge) paths on different levels are "
        "not cut where they pass over each other, and each segment keeps its level in the field 'level'."
    )

    PATHS = "PATHS"
    NAME_FIELD = "NAME_FIELD"
    LIT_FIELD = "LIT_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    LAMPS = "LAMPS"
    STATUS_FIELD = "STATUS_FIELD"
    INCIDENTS = "INCIDENTS"
    TIME_FIELD = "TIME_FIELD"
    START = "START"
    END = "END"
    FILTER = "FILTER"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    FINDINGS = "FINDINGS"
    SEVERITY_FIELD = "SEVERITY_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CATEGORY_WEIGHTS = "CATEGORY_WEIGHTS"
    DENSITY = "DENSITY"
    SEGMENT_LENGTH = "SEGMENT_LENGTH"
    LAMP_REACH = "LAMP_REACH"
    GAP_THRESHOLD = "GAP_THRESHOLD"
    BUFFER = "BUFFER"
    WEIGHT_LIGHTING = "WEIGHT_LIGHTING"
    WEIGHT_INCIDENTS = "WEIGHT_INCIDENTS"
    WEIGHT_FINDINGS = "WEIGHT_FINDINGS"
    WEIGHT_DENSITY = "WEIGHT_DENSITY"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802
        Field = QgsProcessingParameterField  # noqa: N806
        Num = QgsProcessingParameterNumber  # noqa: N806
        any_geometry = [QgsProcessing.SourceType.TypeVectorAnyGeometry]
        points = [QgsProcessing.SourceType.TypeVectorPoint]
        add = self.addParameter
        add(self.help_param(QgsProcessingParameterFeatureSource(self.PATHS, tr("Paths (lines)"), any_geometry),
              "The path network (stråk) as a line layer, e.g. the workspace's paths."))
        add(self.help_param(Field(self.NAME_FIELD, tr("Path name field"), "name", self.PATHS, optional=True),
              "Field with the path's name; the summary has one row per name."))
        add(self.help_param(Field(self.LIT_FIELD, tr("Lit field"), "lit", self.PATHS, optional=True),
              "True/false field saying whether a path is lit; used only when no lamps layer is given."))
        add(self.help_param(Field(self.LEVEL_FIELD, tr("Level field"), None, self.PATHS, optional=True),
              "Optional level of each path, like OpenStreetMap's layer: 0 at ground, -1 a tunnel, 1 a bridge (empty "
              "counts as 0). Paths on different levels do not meet where they cross; the level is kept on every "
              "segment."))
        add(self.help_param(QgsProcessingParameterFeatureSource(self.LAMPS, tr("Street lamps"), points, optional=True),
              "Street lamps (points). Leave empty to rely on the paths' lit field."))
        add(self.help_param(Field(self.STATUS_FIELD, tr("Lamp status field"), "status", self.LAMPS, optional=True),
              "Lamps whose status is 'broken' (or 'trasig', false, 0) do not count as working."))
        add(self.help_param(QgsProcessingParameterFeatureSource(self.INCIDENTS, tr("Incidents"), points, optional=True),
              "Incident points (e.g. the workspace's incidents)."))
        add(self.help_param(
            Field(self.TIME_FIELD, tr("Incident time field"), "occurred_at", self.INCIDENTS, optional=True),
              "Date/time of each incident; it sets the period and the per-year rate."))
        add(self.help_param(QgsProcessingParameterDateTime(self.START, tr("Period start"), optional=True),
              "Only incidents from this time on. Empty: from the earliest incident."))
        add(self.help_param(QgsProcessingParameterDateTime(self.END, tr("Period end"), optional=True),
              "Only incidents before this time. Empty: up to the latest incident."))
        add(self.help_param(
            QgsProcessingParameterExpression(self.FILTER, tr("Incident filter expression"), None, self.INCIDENTS,
                                               optional=True),
              "A QGIS expression choosing incident categories, e.g. \"category\" IN ('vald', 'ran')."))
        add(self.help_param(Field(self.WEIGHT_FIELD, tr("Incident weight field"), None, self.INCIDENTS, optional=True),
              "Optional numeric weight per incident (empty: each incident counts 1)."))
        add(self.help_param(
            QgsProcessingParameterFeatureSource(self.FINDINGS, tr("Walk findings"), points, optional=True),
              "Safety-walk findings (points) with a severity 1–3."))
        add(self.help_param(Field(self.SEVERITY_FIELD, tr("Severity field"), "severity", self.FINDINGS, optional=True),
              "Severity 1 (minor) to 3 (serious); empty values count as 2."))
        add(self.help_param(
            Field(self.CATEGORY_FIELD, tr("Finding category field"), "category", self.FINDINGS, optional=True),
              "Finding category, used with the category weights."))
        add(self.help_param(
            QgsProcessingParameterString(self.CATEGORY_WEIGHTS, tr("Category weights"), "", optional=True),
              "Optional weights per finding category, e.g. 'belysning=2; vegetation=1.5'. Others weigh 1."))
        add(self.help_param(
            QgsProcessingParameterRasterLayer(self.DENSITY, tr("Hot-spot density raster"), optional=True),
              "Optional density raster (e.g. from the hot-spot density algorithm), sampled at each segment's middle."))
        add(self.help_param(Num(self.SEGMENT_LENGTH, tr("Segment length (m)"), Num.Type.Double, 25.0, minValue=1.0),
              "Paths are cut into pieces of this length."))
        add(self.help_param(Num(self.LAMP_REACH, tr("Lamp reach (m)"), Num.Type.Double, 30.0, minValue=0.0),
              "A point of a path farther than this from every working lamp is unlit."))
        add(self.help_param(
            Num(self.GAP_THRESHOLD, tr("Lighting gap threshold (m)"), Num.Type.Double, 50.0, minValue=0.0),
              "An unlit stretch at least this long is flagged as a lighting gap (lit_gap)."))
        add(self.help_param(
            Num(self.BUFFER, tr("Buffer for incidents and findings (m)"), Num.Type.Double, 50.0, minValue=0.0),
              "Incidents and findings within this distance of a segment count for it."))
        for key, label, default in ((self.WEIGHT_LIGHTING, tr("Weight: lighting"), 0.35),
                                    (self.WEIGHT_INCIDENTS, tr("Weight: incidents"), 0.35),
                                    (self.WEIGHT_FINDINGS, tr("Weight: walk findings"), 0.2),
                                    (self.WEIGHT_DENSITY, tr("Weight: density"), 0.1)):
            add(self.help_param(Num(key, label, Num.Type.Double, default, minValue=0.0),
                  "How much this factor can pull the index down; the weights are rescaled to sum to 1."))
        add(self.help_param(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scored segments"),
                                                QgsProcessing.SourceType.TypeVectorLine),
              "The segments with their measures, index 0–100 and worst factor."))
        add(self.help_param(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Summary per path"),
                                                QgsProcessing.SourceType.TypeVector, optional=True),
              "One row per named path, least safe first."))

    # -------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.network import node_lines
        from ...core.saferoutes import longest_gaps, score_segments, segment_paths, summarise_paths

        paths_source = self.parameterAsSource(parameters, self.PATHS, context)
        if paths_source is None:
            self.fail(tr("The paths layer could not be read."))
        crs = self.metric_crs(paths_source.sourceCrs(), feedback)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        lit_field = self.parameterAsString(parameters, self.LIT_FIELD, context)
        level_field = self.parameterAsString(parameters, self.LEVEL_FIELD, context)
        fields = tuple(f for f in (name_field, lit_field, level_field) if f)
        feedback.setProgressText(tr("Reading the paths…"))
        lines, attrs, nulls, _ = read_lines(self, parameters, self.PATHS, context, feedback, crs, fields,
                                            tr("The paths layer"))
        report_skipped(feedback, nulls, paths_source.featureCount(), parameter_label(self, self.PATHS))
        if not lines:
            self.fail(tr("The paths layer has no lines."))
        names = [_text(v) for v in attrs[name_field]] if name_field else None
        lit = [_boolean(v) for v in attrs[lit_field]] if lit_field else None
        levels = read_levels(self, attrs[level_field], level_field) if level_field else None
        noded = self.run_core(node_lines, lines, JUNCTION_TOLERANCE, levels)
        junctions = [[] for _ in lines]
        for k, m in zip(noded.parent.tolist(), noded.from_m.tolist()):
            if m > 0:
                junctions[k].append(m)
        if noded.report["t_junctions"] or noded.report["crossings"]:
            feedback.pushInfo(say(tr("Segments end where paths meet: {t} path ends on the side of another path, {c} "
                                     "crossings."), t=noded.report["t_junctions"], c=noded.report["crossings"]))
        if noded.report["level_separated"]:
            feedback.pushInfo(say(tr("{n} crossings or junctions were left apart because the paths lie on different "
                                     "levels."), n=noded.report["level_separated"]))
        length = self.parameterAsDouble(parameters, self.SEGMENT_LENGTH, context)
        segments = self.run_core(segment_paths, lines, length, names=names, lit=lit, junctions=junctions)
        feedback.setProgress(10)

        lamps = self._lamps(parameters, context, feedback, crs)
        feedback.setProgress(20)
        incidents, years = self._incidents(parameters, context, feedback, crs)
        feedback.setProgress(35)
        findings = self._findings(parameters, context, feedback, crs)
        feedback.setProgress(45)
        density = None
        raster = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
        if raster is not None:
            density = sample_raster(raster, segments.mid_x, segments.mid_y, crs, context)
            density = np.where(np.isfinite(density), density, 0.0)
        self.check_cancel(feedback)
        weights = {"lighting": self.parameterAsDouble(parameters, self.WEIGHT_LIGHTING, context),
                   "incidents": self.parameterAsDouble(parameters, self.WEIGHT_INCIDENTS, context),
                   "findings": self.parameterAsDouble(parameters, self.WEIGHT_FINDINGS, context),
                   "density": self.parameterAsDouble(parameters, self.WEIGHT_DENSITY, context)}
        if sum(weights.values()) <= 0:
            self.fail(tr("At least one weight must be above zero."))
        reach = self.parameterAsDouble(parameters, self.LAMP_REACH, context)
        gap = self.parameterAsDouble(parameters, self.GAP_THRESHOLD, context)
        feedback.setProgressText(say(tr("Scoring {} segments…"), len(segments)))
        try:
            df = self.run_core(score_segments, segments, lamps, incidents, findings, lamp_reach=reach,
                               gap_threshold=gap, buffer=self.parameterAsDouble(parameters, self.BUFFER, context),
                               years=years, weights=weights, density=density,
                               progress=self.progress_callback(feedback, 45, 85))
            gaps = longest_gaps(segments, lamps, lamp_reach=reach, gap_threshold=gap)
        except ValueError as err:
            self.fail(tr("The segments could not be scored: {}").format(err))

        feedback.setProgressText(tr("Writing the segments…"))
        out_fields = fields_of(SEGMENT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                          QgsWkbTypes.Type.LineString, crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))
        df["level"] = (np.array([np.nan if v is None else v for v in levels], dtype=float)[segments.path_index]
                       if levels is not None else np.nan)
        columns = [df[spec[0]].to_numpy() for spec in SEGMENT_FIELDS]
        for i in range(len(df)):
            if i % 5000 == 0:
                self.check_cancel(feedback)
                feedback.setProgress(85 + 12 * i / max(len(df), 1))
            feature = QgsFeature(out_fields)
            verts = segments.vertices(i)
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in verts]))
            feature.setAttributes([clean(col[i]) for col in columns])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, dest, "saferoutes")
        results = {self.OUTPUT: dest}

        summary = summarise_paths(df, gaps)
        summary = summary[summary["path_name"].notna()]
        if self.SUMMARY in parameters and parameters[self.SUMMARY] is not None:
            s_fields = fields_of(SUMMARY_FIELDS)
            s_sink, s_dest = self.parameterAsSink(parameters, self.SUMMARY, context, s_fields,
                                                  QgsWkbTypes.Type.NoGeometry)
            if s_sink is not None:
                for row in summary.itertuples(index=False):
                    feature = QgsFeature(s_fields)
                    feature.setAttributes([clean(getattr(row, spec[0])) for spec in SUMMARY_FIELDS])
                    s_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
                results[self.SUMMARY] = s_dest
        n_gap_segments = int(df["lit_gap"].sum())
        feedback.pushInfo(say(tr("{n} segments scored; mean index {mean:.1f}; {gaps} segments in lighting gaps."),
                          n=len(df), mean=float(np.nanmean(df["index"])) if len(df) else 0.0,
                                  gaps=n_gap_segments))
        for row in summary.head(5).itertuples(index=False):
            feedback.pushInfo(say(tr("{name}: mean index {mean:.0f}, lowest {low:.0f}."),
                              name=row.path_name, mean=row.mean_index, low=row.worst_index))
        feedback.setProgress(100)
        return results

    # -------------------------------------------------------------------------------------------------------
    def _lamps(self, parameters, context, feedback, crs):
        if self.parameterAsSource(parameters, self.LAMPS, context) is None:
            feedback.pushInfo(tr("No lamps layer: paths marked lit count as lit, the others as unlit."))
            return None
        status = self.parameterAsString(parameters, self.STATUS_FIELD, context)
        table = read_points(self, parameters, self.LAMPS, context, feedback, crs,
                            fields=(status,) if status else ())
        if len(table) == 0:
            self.fail(tr("The lamps layer is empty. Give a layer with street lamps, or leave the parameter empty "
                         "to use the paths' lit field instead."))
        ok = None
        if status:
            values = table.attributes[status]
            ok = np.array([v is None or (isinstance(v, float) and np.isnan(v)) or
                           str(v).strip().lower() not in BROKEN_STATUS for v in values], dtype=bool)
            if not ok.all():
                feedback.pushInfo(say(tr("{} broken lamps do not count as working."), int((~ok).sum())))
        return {"x": table.x, "y": table.y, "ok": ok}

    def _incidents(self, parameters, context, feedback, crs):
        from ...core.timeparse import parse_timestamps

        if self.parameterAsSource(parameters, self.INCIDENTS, context) is None:
            return None, 1.0
        expression = self.parameterAsExpression(parameters, self.FILTER, context) or None
        if expression:
            parsed = QgsExpression(expression)
            if parsed.hasParserError():
                self.fail(say(tr("The incident filter expression is not valid: {}"), parsed.parserErrorString()))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
        fields = tuple(f for f in (time_field, weight_field) if f)
        try:
            table = read_points(self, parameters, self.INCIDENTS, context, feedback, crs, fields=fields,
                                expression=expression)
        except ValueError:
            self.fail(tr("A field chosen for the incidents does not exist in the layer."))
        start = datetime_param(self, parameters, self.START, context)
        end = datetime_param(self, parameters, self.END, context)
        has_start, has_end = not np.isnat(start), not np.isnat(end)
        if has_start and has_end and end <= start:
            self.fail(tr("The period end must be after its start."))
        keep = np.ones(len(table), dtype=bool)
        times = parse_timestamps(table.attributes[time_field]) if time_field else None
        if times is not None:
            null = np.isnat(times)
            if null.any():
                if has_start or has_end:
                    keep &= ~null
                    feedback.pushWarning(say(tr("{} incidents without a valid time were left out."),
                                         int(null.sum())))
                else:
                    feedback.pushWarning(say(tr("{} incidents have no valid time; they are counted but do not set "
                                                "the period."), int(null.sum())))
            if has_start:
                keep &= ~(times < start)
            if has_end:
                keep &= ~(times >= end)
            known = times[~np.isnat(times)]
            lo = start if has_start else (known.min() if known.size else None)
            hi = end if has_end else (known.max() if known.size else None)
            if lo is None or hi is None:
                self._no_times(len(table))
                years = 1.0  # no incidents at all: the rate is zero whatever the span
            else:
                years = max(float((hi - lo) / np.timedelta64(1, "D")), 1.0) / 365.25
        elif has_start and has_end:
            # no times to filter by: the stated period is the span the incidents cover
            years = max(float((end - start) / np.timedelta64(1, "D")), 1.0) / 365.25
            feedback.pushInfo(say(tr("No incident time field: all {n} incidents are taken to lie in the stated "
                                     "period ({years:.2f} years) and are not filtered by it."),
                              n=len(table), years=years))
        else:
            self._no_times(len(table))
            years = 1.0
        table = table.take(keep)
        weight = None
        if weight_field:
            weight = np.asarray(table.attributes[weight_field], dtype=float)
            weight = np.where(np.isfinite(weight) & (weight >= 0), weight, 1.0)
        feedback.pushInfo(say(tr("{n} incidents over {years:.2f} years are used."), n=len(table), years=years))
        return {"x": table.x, "y": table.y, "weight": weight}, years

    def _no_times(self, n):
        if n == 0:
            return
        self.fail(say(tr("None of the {n} incidents has a readable time, so incidents per 100 m and year cannot be "
                         "computed. Choose the incident time field, or give the period start and end that the "
                         "incidents cover."), n=n))

    def _findings(self, parameters, context, feedback, crs):
        if self.parameterAsSource(parameters, self.FINDINGS, context) is None:
            return None
        sev_field = self.parameterAsString(parameters, self.SEVERITY_FIELD, context)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        weights = _parse_weights(self.parameterAsString(parameters, self.CATEGORY_WEIGHTS, context), self)
        fields = tuple(f for f in (sev_field, cat_field if weights else None) if f)
        try:
            table = read_points(self, parameters, self.FINDINGS, context, feedback, crs, fields=fields)
        except ValueError:
            self.fail(tr("A field chosen for the findings does not exist in the layer."))
        if sev_field:
            sev = np.asarray(table.attributes[sev_field], dtype=float)
            missing = ~np.isfinite(sev)
            if missing.any():
                feedback.pushWarning(say(tr("{} findings without severity count as severity 2."),
                                     int(missing.sum())))
                sev = np.where(missing, 2.0, sev)
            if np.any((sev < 1) | (sev > 3)):
                self.fail(tr("Finding severities must be 1, 2 or 3."))
        else:
            sev = np.full(len(table), 2.0)
        cw = None
        if weights:
            cats = table.attributes[cat_field] if cat_field else [None] * len(table)
            cw = np.array([weights.get(str(c), 1.0) if c is not None else 1.0 for c in cats], dtype=float)
        return {"x": table.x, "y": table.y, "severity": sev, "category_weight": cw}


def _parse_weights(text, algorithm):
    weights = {}
    for part in (text or "").replace(",", ";").split(";"):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        try:
            number = float(value)
        except ValueError:
            number = -1.0
        if not sep or not key.strip() or not np.isfinite(number) or number < 0:
            algorithm.fail(tr("Category weights must look like 'belysning=2; vegetation=1.5' (got '{}').")
                           .format(part.strip()))
        weights[key.strip()] = number
    return weights


def _text(value):
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _boolean(value):
    if value is None:
        return None
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("true", "1", "yes", "ja", "t"):
            return True
        if low in ("false", "0", "no", "nej", "f"):
            return False
        return None
    return bool(value)
