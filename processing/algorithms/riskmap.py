"""trygghet:riskmap — short-term risk map by prospective hot-spotting, scored by PAI/PEI against a retrospective KDE."""

import os

import numpy as np
from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ...core import kde
from ...core import riskmap as rm
from ...core.timeparse import parse_timestamps
from ...i18n import N_, tr
from ..base import StylePostProcessor, TrygghetAlgorithm, datetime_param, format_number
from ..fields import output_field
from ..grids import MEMORY_GUARD
from ..masks import raster_mask
from ..numbers import say
from ..reader import points_extent, read_points
from ..writer import write_raster

DEFAULT_EVALUATION_DAYS = 28
NEAR_REPEAT_FIELDS = ("distance_from", "distance_to", "days_from", "days_to", "ratio", "p")
SHARES = rm.SHARES


def memory_text(nbytes):
    if nbytes >= 1 << 30:
        return f"{nbytes / float(1 << 30):.1f} GiB"
    return f"{nbytes / float(1 << 20):.0f} MiB"


def _num(value):
    """A score for the log in the user's number format; '–' when it cannot be computed."""
    return format_number(value, 2) if np.isfinite(value) else "\u2013"


def _when(value):
    return str(np.datetime64(value, "m")).replace("T", " ")


class RiskMap(TrygghetAlgorithm):
    NAME = "riskmap"
    DISPLAY_NAME = "Risk map – coming weeks"
    GROUP = "hotspots"
    HELP = (
        "Where are the next weeks' incidents most likely? Prospective hot-spotting (Bowers, Johnson & Pease 2004): "
        "every incident in the look-back before the as-of time raises the risk around it, more the closer it is "
        "(a quartic kernel with the spatial bandwidth) and the more recent it is (the weight halves every "
        "temporal bandwidth in days). With a near-repeat table from the near-repeat test, the kernel is "
        "multiplied inside each distance and time band by the observed ratio where it is above 1 and significant "
        "(p ≤ 0.05).\n\nThe output raster is the relative risk: 1 is the average cell of the study area (the mask, "
        "or else the whole grid), 3 is three times the average. Its style shows the top 10 %, 5 % and 1 % of the "
        "study area; the optional area output gives the same cells as polygons for patrol planning.\n\n"
        "Scoring: when incidents exist after the as-of time (up to the end of the evaluation, by default four "
        "weeks), the map is scored on them with the Predictive Accuracy Index, PAI = share of the incidents in "
        "the top cells ÷ the share of the area they cover (Chainey 2008), and the Predictive Efficiency Index, PEI "
        "= PAI ÷ the best PAI any cells of the same area could reach (Hunt 2016), at 1 %, 5 % and 10 % of the "
        "study area, side by side with a retrospective kernel density of the same incidents (every incident "
        "weighing the same). To test the method on your own data, set the as-of time a few weeks back.\n\n"
        "Incidents are counted in their grid cell before the kernel is applied. Input in a geographic CRS is "
        "transformed to SWEREF 99 TM."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    AS_OF = "AS_OF"
    EVALUATE_UNTIL = "EVALUATE_UNTIL"
    LOOKBACK_DAYS = "LOOKBACK_DAYS"
    BANDWIDTH_M = "BANDWIDTH_M"
    BANDWIDTH_DAYS = "BANDWIDTH_DAYS"
    PIXEL_SIZE = "PIXEL_SIZE"
    NEAR_REPEAT = "NEAR_REPEAT"
    FILTER = "FILTER"
    MASK = "MASK"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def initAlgorithm(self, config=None):  # noqa: N802
        Number = QgsProcessingParameterNumber  # noqa: N806
        self.add_incidents_param(N_("The point layer of incidents with a time field. Selections are honoured."),
                                 label=N_("Incidents (points)"))
        self.add_time_field_param(N_(
            "Date/time of each incident (a datetime field or text such as 2024-03-01 18:30). Incidents without a "
            "valid time are left out and counted in the log."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.AS_OF, tr("As of"), optional=True),
            "The map uses only incidents before this time. Empty: just after the latest incident (no scoring)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.EVALUATE_UNTIL, tr("Evaluate until"), optional=True),
            "The map is scored on the incidents from the as-of time up to this time. Empty: four weeks after the "
            "as-of time."))
        self.addParameter(self.help_param(
            Number(self.LOOKBACK_DAYS, tr("Look-back (days)"), Number.Type.Double, 90.0, minValue=1.0),
            "How far back before the as-of time incidents are used."))
        self.addParameter(self.help_param(
            Number(self.BANDWIDTH_M, tr("Spatial bandwidth (m)"), Number.Type.Double, 200.0, minValue=1.0),
            "Radius of the quartic kernel in metres: how far one incident raises the risk."))
        self.addParameter(self.help_param(
            Number(self.BANDWIDTH_DAYS, tr("Temporal bandwidth (days)"), Number.Type.Double, 14.0, minValue=0.1),
            "Half-life in days: an incident this many days old weighs half as much as one from the as-of time."))
        self.addParameter(self.help_param(
            Number(self.PIXEL_SIZE, tr("Pixel size (m)"), Number.Type.Double, 25.0, minValue=1.0),
            "Cell size of the output raster in metres."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.NEAR_REPEAT, tr("Near-repeat table"),
                                                [QgsProcessing.SourceType.TypeVector], optional=True),
            "Optional: the table of the near-repeat test (fields distance_from, distance_to, days_from, days_to, "
            "ratio, p). Significant bands with a ratio above 1 multiply the kernel."))
        self.addParameter(self.help_param(
            QgsProcessingParameterExpression(self.FILTER, tr("Filter expression"), parentLayerParameterName=self.INPUT,
                                             optional=True),
            "Optional QGIS expression that selects the incidents to count, e.g. \"category\" = 'narkotika'."))
        self.add_mask_param(N_(
            "Optional polygons (e.g. the workspace's areas): the study area. Cells whose centre lies outside are "
            "nodata and do not count in the top shares or the scores."), label=N_("Mask polygons"))
        self.addParameter(self.help_param(
            QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Risk map"), defaultValue=None),
            "Relative risk per cell (1 = the study area's average), a Float32 GeoTIFF with a style file next to it."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT_AREAS, tr("Top risk areas"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                              createByDefault=False),
            "Optional polygons of the top 1 %, 5 % and 10 % of the study area (field top_percent: the smallest "
            "share the cells belong to)."))
        for share in (1, 5, 10):
            self.addOutput(QgsProcessingOutputNumber(f"PAI_{share}", tr("PAI at {} %").format(share)))
            self.addOutput(QgsProcessingOutputNumber(f"PEI_{share}", tr("PEI at {} %").format(share)))
            self.addOutput(QgsProcessingOutputNumber(f"PAI_{share}_KDE", tr("PAI at {} %, retrospective "
                                                                            "KDE").format(share)))
            self.addOutput(QgsProcessingOutputNumber(f"PEI_{share}_KDE", tr("PEI at {} %, retrospective "
                                                                            "KDE").format(share)))

    # -- helpers ------------------------------------------------------------------------------------------------
    def _check_filter(self, text, source):
        expression = QgsExpression(text)
        if expression.hasParserError():
            self.fail(say(tr("The filter expression is invalid: {}"), expression.parserErrorString().strip()))
        names = set(source.fields().names())
        unknown = sorted(c for c in expression.referencedColumns()
                         if c not in names and c != QgsFeatureRequest.ALL_ATTRIBUTES)
        if unknown:
            self.fail(say(tr("The filter expression refers to fields the layer does not have: {}"),
                ", ".join(unknown)))

    def _near_repeat(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.NEAR_REPEAT, context)
        if source is None:
            return None
        names = source.fields().names()
        missing = [f for f in NEAR_REPEAT_FIELDS if f not in names]
        if missing:
            self.fail(say(tr("The near-repeat table lacks the fields {}; use the table of the near-repeat test."),
                ", ".join(missing)))
        rows = {f: [] for f in NEAR_REPEAT_FIELDS}
        for feature in source.getFeatures():
            values = [feature[f] for f in NEAR_REPEAT_FIELDS]
            try:
                values = [float(v) if v is not None else float("nan") for v in values]
            except (TypeError, ValueError):
                self.fail(tr("The near-repeat table has values that are not numbers."))
            for f, v in zip(NEAR_REPEAT_FIELDS, values):
                rows[f].append(v)
        if not rows["ratio"]:
            self.fail(tr("The near-repeat table is empty."))
        bands = rm.NearRepeatBands.from_rows(**rows)
        strong = int((bands.ratio > 1).sum())
        feedback.pushInfo(say(tr("Near-repeat table: {n} of {total} bands are significant with a ratio above 1 and "
                                 "weight the kernel."), n=strong, total=bands.ratio.size))
        return bands

    # -- main ---------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        lookback = self.parameterAsDouble(parameters, self.LOOKBACK_DAYS, context)
        bandwidth_m = self.parameterAsDouble(parameters, self.BANDWIDTH_M, context)
        bandwidth_days = self.parameterAsDouble(parameters, self.BANDWIDTH_DAYS, context)
        pixel_m = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        expression = (self.parameterAsString(parameters, self.FILTER, context) or "").strip() or None
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if bandwidth_m <= 0 or pixel_m <= 0 or bandwidth_days <= 0 or lookback <= 0:
            self.fail(tr("Bandwidths, look-back and pixel size must be greater than zero."))
        if source.featureCount() == 0:
            self.fail(tr("The input layer has no features."))
        if expression:
            self._check_filter(expression, source)
        as_of = datetime_param(self, parameters, self.AS_OF, context)
        until = datetime_param(self, parameters, self.EVALUATE_UNTIL, context)
        if not np.isnat(as_of) and not np.isnat(until) and not until > as_of:
            self.fail(tr("The end of the evaluation must be after the as-of time."))
        near_repeat = self._near_repeat(parameters, context, feedback)

        crs = self.metric_crs(source.sourceCrs(), feedback)
        per_metre = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, crs.mapUnits())
        bandwidth, pixel = bandwidth_m * per_metre, pixel_m * per_metre
        extent = points_extent(source, crs, context)
        if extent.isNull() or not all(np.isfinite([extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                   extent.yMaximum()])):
            self.fail(tr("The input layer has no points with a location."))
        grid = kde.grid_for_points(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                   bandwidth, pixel)
        layers = 1 + (near_repeat.days_from.size if near_repeat is not None else 0)
        needed = rm.fft_bytes(grid.rows, grid.cols, pixel, bandwidth, layers)
        if needed > MEMORY_GUARD:
            self.fail(say(tr("The raster would be {cols} × {rows} cells and need about {need} of memory, more than "
                             "the limit of {limit}. Use a larger pixel size or a smaller layer extent."),
                cols=grid.cols, rows=grid.rows, need=memory_text(needed), limit=memory_text(MEMORY_GUARD)))
        feedback.pushInfo(say(tr("Grid: {cols} × {rows} cells of {pixel} m."), cols=grid.cols, rows=grid.rows,
                                                                                   pixel=pixel_m))
        feedback.setProgress(1)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Reading points…"))
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=(time_field,),
                            expression=expression)
        self.check_cancel(feedback)
        if expression:
            feedback.pushInfo(say(tr("{} points match the filter expression."), len(table)))
        times = parse_timestamps(table.attributes[time_field])
        known = ~np.isnat(times)
        if len(table) and not known.any():
            self.fail(tr("None of the incidents has a valid time in the field \u201c{}\u201d.").format(time_field))
        if not known.all():
            feedback.pushWarning(say(tr("{} points have no valid time in the field “{}” and were left out."),
                int((~known).sum()), time_field))
        x, y, times = table.x[known], table.y[known], times[known]
        if x.size == 0:
            self.fail(tr("No points are left after the time window and filter; there is nothing to map."))
        if np.isnat(as_of):
            as_of = times.max() + np.timedelta64(1, "s")
        if np.isnat(until):
            until = as_of + np.timedelta64(DEFAULT_EVALUATION_DAYS, "D")
        age = (as_of - times) / np.timedelta64(1, "s") / 86400.0
        past = (age > 0) & (age <= lookback)
        if not past.any():
            self.fail(say(tr("No incident lies in the {days:g} days before {as_of}; there is nothing to map."),
                days=lookback, as_of=_when(as_of)))
        feedback.pushInfo(say(tr("{n} incidents in the {days:g} days before {as_of} go into the risk map."),
            n=int(past.sum()), days=lookback, as_of=_when(as_of)))
        feedback.setProgress(10)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Computing the risk map…"))
        risk = self.run_core(rm.risk_surface, x[past], y[past], age[past], grid, bandwidth, bandwidth_days,
                             near_repeat, progress=self.progress_callback(feedback, 10.0, 50.0))
        self.check_cancel(feedback)
        inside = raster_mask(self, parameters, self.MASK, context, grid, crs, feedback)
        if inside is not None and not inside.any():
            self.fail(tr("No cell of the grid lies inside the mask polygons."))
        study = inside if inside is not None else np.ones((grid.rows, grid.cols), dtype=bool)
        average = float(risk[study].mean())
        if not average > 0:
            self.fail(tr("No incident of the look-back lies inside the study area; there is nothing to map."))
        relative = risk / average
        classes = rm.top_classes(relative, study)
        feedback.setProgress(60)

        results = {self.OUTPUT: output}
        for share in (1, 5, 10):
            for key in (f"PAI_{share}", f"PEI_{share}", f"PAI_{share}_KDE", f"PEI_{share}_KDE"):
                results[key] = None
        future = (times >= as_of) & (times < until)
        counts = rm.cell_counts(x[future], y[future], grid.x_min, grid.y_max, grid.pixel_size, grid.rows, grid.cols)
        if counts[study].sum() > 0:
            feedback.setProgressText(tr("Scoring against the retrospective kernel density…"))
            retro = self.run_core(rm.retrospective_kde, x[past], y[past], grid, bandwidth,
                                  progress=self.progress_callback(feedback, 60.0, 80.0))
            ours, naive = rm.score(relative, study, counts), rm.score(retro, study, counts)
            feedback.pushInfo(say(tr("Scored on {n} incidents from {start} to {end}:"),
                n=ours[0].total, start=_when(as_of), end=_when(until)))
            for a, b in zip(ours, naive):
                share = int(round(a.share * 100))
                results[f"PAI_{share}"], results[f"PEI_{share}"] = a.pai, a.pei
                results[f"PAI_{share}_KDE"], results[f"PEI_{share}_KDE"] = b.pai, b.pei
                feedback.pushInfo(say(tr("Top {share} % of the area ({cells} cells): the risk map holds {hits} of the "
                                         "incidents, PAI {pai}, PEI {pei}; the retrospective density holds {hits_kde}, "
                                         "PAI {pai_kde}, PEI {pei_kde}."),
                    share=share, cells=a.cells, hits=a.hits, pai=_num(a.pai), pei=_num(a.pei), hits_kde=b.hits,
                    pai_kde=_num(b.pai), pei_kde=_num(b.pei)))
        else:
            feedback.pushInfo(tr("No incidents after the as-of time: the map is not scored. To score it, set the "
                                 "as-of time a few weeks back."))
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Writing the raster…"))
        values = np.where(study, relative, kde.NODATA).astype(np.float32)
        write_raster(self, output, values, grid, crs, kde.NODATA)
        sidecar = os.path.splitext(output)[0] + ".qml"
        thresholds = {int(round(s * 100)): float(relative[study & (classes > 0) & (classes <= int(round(s * 100)))]
                                                 .min()) for s in SHARES}
        write_risk_style(output, sidecar, thresholds)
        if context.willLoadLayerOnCompletion(output):
            context.layerToLoadOnCompletionDetails(output).setPostProcessor(StylePostProcessor.create(sidecar))
        feedback.setProgress(90)

        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT_AREAS, context, area_fields(),
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is not None:
            features = top_area_features(classes, grid, crs, pixel_m * pixel_m / (per_metre * per_metre))
            sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_AREAS] = dest_id
            self.style_on_load(context, dest_id, "riskmap_areas")
        feedback.setProgress(100.0)
        return results


def area_fields():
    """The top areas' fields, without aliases: their Swedish labels come with the riskmap_areas style (an alias on
    the sink makes a GeoPackage output log "Aliases/Comments are not supported" per field)."""
    fields = QgsFields()
    fields.append(output_field("top_percent", "int32", "Topp (% av ytan)"))
    fields.append(output_field("area_m2", "double", "Yta (m²)"))
    return fields


def top_area_features(classes, grid, crs, cell_m2):
    """One multipolygon per top share (1, 5, 10): its own cells (those not in a smaller share), from GDAL's
    polygonize of the class raster."""
    from osgeo import gdal, ogr, osr

    ds = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    ds.SetGeoTransform(grid.geotransform())
    ds.SetProjection(crs.toWkt())
    band = ds.GetRasterBand(1)
    band.WriteArray(classes.astype(np.int32))
    band.SetNoDataValue(0)
    mem = ogr.GetDriverByName("Memory").CreateDataSource("top")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt())
    lyr = mem.CreateLayer("top", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("top_percent", ogr.OFTInteger))
    gdal.Polygonize(band, band.GetMaskBand(), lyr, 0, [], callback=None)
    parts = {}
    for feature in lyr:
        parts.setdefault(feature.GetField(0), []).append(QgsGeometry.fromWkt(feature.GetGeometryRef().ExportToWkt()))
    features = []
    fields = area_fields()
    for share in sorted(parts):
        geometry = QgsGeometry.collectGeometry(parts[share])
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes([int(share), float((classes == share).sum() * cell_m2)])
        features.append(feature)
    return features


def write_risk_style(raster_path, qml_path, thresholds):
    """Style a risk raster from resources/styles/riskmap.qml: the template's class values 10, 5 and 1 (the top
    shares) are replaced by the relative risk where each top share begins, and saved as ``qml_path``."""
    from qgis.core import QgsColorRampShader, QgsRasterLayer, QgsRasterShader, QgsSingleBandPseudoColorRenderer

    from ...plugin_paths import style_path

    layer = QgsRasterLayer(raster_path, "risk", "gdal")
    layer.loadNamedStyle(style_path("riskmap"))
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    template = renderer.shader().rasterShaderFunction()
    # discrete classes: a value gets the colour of the first item whose value is at least it. The template's
    # placeholder values name the class: 10 = below the top 10 %, 5 = top 10 %, 1 = top 5 %, inf = top 1 %
    starts = [thresholds[10], thresholds[5], thresholds[1]]
    below = {10: starts[0], 5: starts[1], 1: starts[2]}
    items = []
    for item in template.colorRampItemList():
        key = int(round(item.value)) if np.isfinite(item.value) else None
        bound = float(np.nextafter(np.float32(below[key]), np.float32(-np.inf))) if key in below else float("inf")
        items.append(QgsColorRampShader.ColorRampItem(bound, item.color, item.label))
    items.sort(key=lambda i: i.value)
    top = max(starts[-1], 1.0)
    ramp = QgsColorRampShader(0.0, top, None, QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader(0.0, top)
    shader.setRasterShaderFunction(ramp)
    new = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    new.setClassificationMin(0.0)
    new.setClassificationMax(top)
    new.setOpacity(renderer.opacity())
    layer.setRenderer(new)
    layer.saveNamedStyle(qml_path)
