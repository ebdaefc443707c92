"""trygghet:hotspotstatistics — Getis-Ord Gi*, Local Moran and bivariate Local Moran on incidents aggregated to
cells, or on polygons."""


from types import SimpleNamespace

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import output_field, python_values
from ..grids import (
    DISTANCE_REASONS,
    MIN_FEATURES,
    build_lattice,
    choose_cell_size,
)
from ..masks import hull_study_area, inside_mask, mask_from_source, read_mask, workspace_areas
from ..numbers import say
from ..reader import read_polygons
from ..timewindow import read_points_in_window
from ..writer import write_features, write_polygons

BIN_LABELS_ALIAS = "Konfidensklass"

# the legend classes each statistic can produce (values of the hotspot_bins.qml categories)
GI_CLASSES = ("3", "2", "1", "0", "-1", "-2", "-3")
MORAN_CLASSES = ("HH", "HL", "LH", "LL", "ns")
BIVARIATE_PERMUTATIONS = 999  # the bivariate statistic has no analytic test: permutations when none are asked for


# ------------------------------------------------------------------------------------------------------------
class HotspotStatistics(TrygghetAlgorithm):
    NAME = "hotspotstatistics"
    DISPLAY_NAME = "Hot spot statistics (Gi*, Local Moran)"
    GROUP = "hotspots"
    ADVANCED = ("CELL_SHAPE", "NEIGHBORHOOD", "DISTANCE", "K", "PERMUTATIONS", "SEED", "FDR", "TIME_FIELD")
    HELP = (
        "Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells "
        "over the study area (cells inside the mask with no incidents take part too); polygons use a numeric "
        "field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran "
        "finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as "
        "in Optimized Hot Spot Analysis (the cell at least a 150th of the study area's shorter side); the log says "
        "what was chosen and why. The confidence bins (-3..3 = 99/95/90 "
        "% cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. "
        "Weights are binary and Gi* includes the cell itself (Getis and Ord 1992; Ord and Getis 1995; Anselin "
        "1995 for Local Moran). The bivariate Local Moran relates one variable in a cell to another in its "
        "neighbours (Anselin, Syabri and Smirnov 2002; as PySAL esda's Moran_Local_BV): for polygons the value field "
        "and the second field, for points the counts of the incidents and of a second point layer (e.g. dialogue "
        "marks) in the same cells. Its weights are row-standardised and it is always tested by conditional "
        "permutations (999 when none are set); quadrant HH means high here and high around, HL high here and low "
        "around, LH low here and high around, LL low and low. Without a study area, the workspace's areas are used "
        "for its incidents, otherwise the convex hull of the incidents, as in ArcGIS's Hot Spot Analysis. A start "
        "and end restrict point input to the incidents of one period (start included, end not), e.g. the current "
        "period of a situation picture."
    )

    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
    SECOND_FIELD = "SECOND_FIELD"
    SECOND_INPUT = "SECOND_INPUT"
    STATISTIC = "STATISTIC"
    CELL_SHAPE = "CELL_SHAPE"
    CELL_SIZE = "CELL_SIZE"
    NEIGHBORHOOD = "NEIGHBORHOOD"
    DISTANCE = "DISTANCE"
    K = "K"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    FDR = "FDR"
    MASK = "MASK"
    TIME_FIELD = "TIME_FIELD"
    START = "START"
    END = "END"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Incidents (points) or areas (polygons)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint,
                                                 QgsProcessing.SourceType.TypeVectorPolygon]),
            "Points are counted in cells; polygons are analysed as they are, with the value field."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.VALUE_FIELD, tr("Value field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
            "Required for polygons (e.g. number of incidents or a rate). For points an optional weight that is "
            "summed per cell instead of counting incidents."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.STATISTIC, tr("Statistic"),
                                       [tr("Getis-Ord Gi* (hot and cold spots)"),
                                        tr("Local Moran (clusters and outliers)"),
                                        tr("Bivariate Local Moran (one variable here, another around)")],
                                       defaultValue=0),
            "Gi* finds hot and cold spots; Local Moran finds high-high and low-low clusters and outliers; the "
            "bivariate Local Moran compares the value here with a second variable in the neighbourhood."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.SECOND_FIELD, tr("Second value field (bivariate, polygons)"),
                                        parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
            "Bivariate Local Moran on polygons: the variable whose neighbourhood values are compared with the "
            "value field (y; the value field is x)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.SECOND_INPUT, tr("Second point layer (bivariate, points)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            "Bivariate Local Moran on points: its points are counted in the same cells as the incidents (y; the "
            "incidents' counts are x), e.g. dialogue marks. A start and end apply to it too when it has the same "
            "time field."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.CELL_SHAPE, tr("Cell shape"), [tr("Square"), tr("Hexagon")],
                                       defaultValue=0),
            "Shape of the cells incidents are counted in (points only)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size (0 = automatic)"), 0.0, self.INPUT,
                                           minValue=0.0),
            "Cell size in metres (hexagons: distance between neighbouring centres). 0 chooses it from the mean "
            "nearest-neighbour distance of the incidents, as Optimized Hot Spot Analysis does, but at least the "
            "shorter side of the study area's bounding rectangle divided by 150 (Eck et al. 2005), so that a town "
            "of 8 by 11 km gets cells of about 50 m rather than 20 m cells that are nearly all empty."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.NEIGHBORHOOD, tr("Neighbourhood"),
                                       [tr("Automatic distance band"), tr("Fixed distance"),
                                        tr("Contiguity (queen)"), tr("K nearest neighbours")], defaultValue=0),
            "Which cells or areas count as neighbours. Automatic: the first peak of incremental spatial "
            "autocorrelation, or the mean distance to the k nearest neighbours if there is no peak."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.DISTANCE, tr("Distance band"), 0.0, self.INPUT, minValue=0.0),
            "Neighbourhood distance in metres for the fixed-distance neighbourhood (between cell centres or "
            "polygon centroids)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.K, tr("Number of neighbours (k)"),
                                         QgsProcessingParameterNumber.Type.Integer, 8, minValue=1),
            "Number of nearest neighbours for the k-nearest neighbourhood."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.PERMUTATIONS, tr("Permutations (0 = analytic)"),
                                         QgsProcessingParameterNumber.Type.Integer, 0, minValue=0,
                                         maxValue=99999),
            "0 uses the normal approximation. Otherwise a conditional permutation test with this many "
            "permutations (e.g. 999) gives p_sim, which then decides the bins."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         1, minValue=0),
            "The same seed gives the same permutation results."))
        self.addParameter(self.help_param(
            QgsProcessingParameterBoolean(self.FDR, tr("Correct for multiple testing (FDR)"), True),
            "Benjamini-Hochberg false discovery rate correction of the confidence bins. Recommended."))
        self.add_mask_param(N_(
            "Polygons of the study area. Cells whose centre lies outside are not analysed; cells inside with no "
            "incidents are. Without a mask: the workspace's areas when the input is the workspace's incidents, "
            "otherwise the convex hull of the incidents."))
        self.add_time_field_param(N_(
            "Date/time of each incident (a date-time field or text such as 2024-05-01 21:30). Used only when a "
            "start or end is set (points only); incidents without a valid time are then left out and counted in "
            "the log."), default="occurred_at", optional=True)
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.START, tr("Start of the time window"), optional=True),
            "Optional, points only: only incidents at or after this time are analysed."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("End of the time window"), optional=True),
            "Optional, points only: only incidents before this time are analysed (the end is not included)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Hot spots"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            "Cells or polygons with value, z, p, p_sim, bin (and local_i, quadrant for Local Moran; second_value "
            "too for the bivariate one)."))

    def _period_time_field(self, parameters, context, source, is_points):
        """The time field to filter the points by, or None when neither START nor END is set."""
        start = datetime_param(self, parameters, self.START, context)
        end = datetime_param(self, parameters, self.END, context)
        if np.isnat(start) and np.isnat(end):
            return None
        if not is_points:
            self.fail(tr("A period (start or end) applies to incident points only; leave start and end empty for "
                         "polygon input."))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        if not time_field:
            self.fail(tr("A time window (start or end) needs a time field."))
        if source.fields().indexOf(time_field) < 0:
            self.fail(say(tr("The input layer has no time field named “{}”. Choose its time field."), time_field))
        return time_field

    # --------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        is_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry
        o = self._options(parameters, context)
        if o.bivariate:
            self._check_bivariate_inputs(parameters, context, is_points, o, feedback)
        time_field = self._period_time_field(parameters, context, source, is_points)
        crs = self.metric_crs(source.sourceCrs(), feedback)
        mask = read_mask(self, parameters, self.MASK, context, crs, feedback)

        feedback.setProgressText(tr("Reading the input…"))
        if is_points:
            data = self._cells(parameters, context, feedback, crs, o, time_field, mask)
        else:
            data = self._polygons(source, context, feedback, crs, o, mask)
        self._check_values(data)
        feedback.setProgress(20)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Building the neighbourhood…"))
        w, fast_distance = self._neighbourhood(o, data, feedback)
        feedback.setProgress(35)
        self.check_cancel(feedback)

        feedback.setProgressText(tr("Computing the statistic…"))
        new_fields, columns = self._statistic(o, data, w, fast_distance, feedback)
        feedback.setProgress(90)
        self.check_cancel(feedback)
        return self._write(parameters, context, feedback, source, is_points, crs, o, data, new_fields, columns)

    def _options(self, parameters, context):
        statistic = self.parameterAsEnum(parameters, self.STATISTIC, context)
        o = SimpleNamespace(
            value_field=self.parameterAsString(parameters, self.VALUE_FIELD, context) or None,
            statistic=statistic,
            moran=statistic == 1,
            bivariate=statistic == 2,
            second_field=self.parameterAsString(parameters, self.SECOND_FIELD, context) or None,
            hexagon=self.parameterAsEnum(parameters, self.CELL_SHAPE, context) == 1,
            cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            neighbourhood=self.parameterAsEnum(parameters, self.NEIGHBORHOOD, context),
            distance=self.parameterAsDouble(parameters, self.DISTANCE, context),
            k=self.parameterAsInt(parameters, self.K, context),
            permutations=self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            fdr=self.parameterAsBoolean(parameters, self.FDR, context))
        if o.neighbourhood == 1 and not o.distance > 0:
            self.fail(tr("The fixed-distance neighbourhood needs a distance band greater than 0."))
        if o.bivariate and o.permutations == 0:
            o.permutations = BIVARIATE_PERMUTATIONS
        return o

    def _cells(self, parameters, context, feedback, crs, o, time_field, mask):
        """Incident points counted (or their weights summed) in the cells of a lattice over the study area."""

        mask_polygons, mask_bounds = mask
        value_field = o.value_field
        table = read_points_in_window(self, parameters, self.INPUT, context, feedback, crs,
                                      fields=(value_field,) if value_field else (), time_field=time_field,
                                      start_name=self.START, end_name=self.END).table
        if time_field:
            feedback.pushInfo(say(tr("{} incidents lie in the period."), len(table)))
        x, y = table.x, table.y
        weights = None
        if value_field:
            weights = table.attributes[value_field]
            bad = ~np.isfinite(weights)
            if bad.any():
                feedback.pushWarning(say(tr("{} incidents have no value in the weight field and were "
                                            "skipped."), int(bad.sum())))
                x, y, weights = x[~bad], y[~bad], weights[~bad]
        if mask_polygons is not None:
            keep = inside_mask(x, y, mask_polygons)
            if not keep.all():
                feedback.pushInfo(say(tr("{} incidents outside the study area were left out."),
                    int((~keep).sum())))
            x, y = x[keep], y[keep]
            weights = weights[keep] if weights is not None else None
        if x.size < MIN_FEATURES:
            self.fail(say(tr("Only {n} incidents were found; at least {m} are needed for a meaningful hot spot "
                             "analysis."), n=int(x.size), m=MIN_FEATURES))
        default_area = None
        if mask_polygons is None:
            areas = workspace_areas(self, parameters, self.INPUT, context)
            if areas is not None:
                mask_polygons, mask_bounds = mask_from_source(self, areas, context, crs, feedback)
                keep = inside_mask(x, y, mask_polygons)
                feedback.pushInfo(say(tr("No study area was given: the workspace's {n} areas are used. {out} "
                                         "incidents outside them were left out."),
                    n=areas.featureCount(), out=int((~keep).sum())))
                x, y = x[keep], y[keep]
                weights = weights[keep] if weights is not None else None
            else:
                default_area = "hull"
        bounds = mask_bounds if mask_bounds is not None else (
            float(x.min()), float(y.min()), float(x.max()), float(y.max()))
        self.check_cancel(feedback)
        cell_size = choose_cell_size(self, x, y, o.cell_size, bounds, feedback)
        if default_area == "hull":
            hull_polygons, hull_bounds = hull_study_area(x, y, cell_size)
            if hull_polygons is not None:  # exactly as if the hull were given as the mask
                mask_polygons, bounds = hull_polygons, hull_bounds
                feedback.pushInfo(tr("No study area was given: the convex hull of the incidents is used (widened "
                                     "by half a cell so that every incident is kept), as ArcGIS's hot spot "
                                     "analysis does. Give a study area to analyse another one."))
        lattice = build_lattice(self, x, y, cell_size, o.hexagon, bounds, mask_polygons, weights)
        feedback.pushInfo(say(tr("{n} {shape} cells of {size:.1f} m are analysed."),
            n=len(lattice), shape=tr("hexagonal") if o.hexagon else tr("square"), size=cell_size))
        second = self._second_counts(parameters, context, feedback, crs, lattice, time_field) if o.bivariate \
            else None
        return SimpleNamespace(lattice=lattice, xy=lattice.xy, values=lattice.value, geometries=None, base_rows=None,
                               wkb=None, count=len(lattice), second=second)

    def _polygons(self, source, context, feedback, crs, o, mask):
        """Areas analysed as they are, with the value field."""
        if not o.value_field:
            self.fail(tr("For polygons a value field is required (for example the number of incidents per "
                         "area)."))
        if mask[0] is not None:
            feedback.pushInfo(tr("The mask only applies to points; polygons are analysed as they are."))
        geometries, base_rows, cx, cy, values, wkb = read_polygons(self, source, context, feedback, crs,
                                                                  o.value_field)
        if len(geometries) < MIN_FEATURES:
            self.fail(say(tr("Only {n} polygons were found; at least {m} are needed."),
                n=len(geometries), m=MIN_FEATURES))
        second = self._second_field_values(source, base_rows, o) if o.bivariate else None
        return SimpleNamespace(lattice=None, xy=np.column_stack([cx, cy]), values=values, geometries=geometries,
                               base_rows=base_rows, wkb=wkb, count=values.size, second=second)

    def _check_values(self, data):
        values = data.values
        if data.count < MIN_FEATURES:
            self.fail(say(tr("Only {n} cells lie in the study area; at least {m} are needed. Choose a smaller cell "
                             "size."), n=values.size, m=MIN_FEATURES))
        if not np.any(values != 0):
            self.fail(tr("All values are zero; there is nothing to test."))
        if np.ptp(values) == 0:
            self.fail(tr("All values are equal; there is nothing to test."))

    def _neighbourhood(self, o, data, feedback):
        """The spatial weights, or the distance band of the fast square-lattice Gi* (which needs none)."""
        from ...core import hotspot

        lattice, xy, values, n = data.lattice, data.xy, data.values, data.values.size
        distance = o.distance
        w = None
        fast_distance = None
        try:
            if o.neighbourhood == 0:
                distance, reason = hotspot.auto_distance_band(xy, values, lattice=lattice)
                feedback.pushInfo(say(tr("Distance band chosen automatically: {d} m. {why}"),
                    d=round(float(distance), 1), why=tr(DISTANCE_REASONS[reason])))
            if o.neighbourhood in (0, 1):
                if lattice is not None and lattice.kind == "square" and o.statistic == 0 and o.permutations == 0:
                    fast_distance = distance
                elif lattice is not None:  # a fixed stencil of cell offsets, no search
                    w = hotspot.lattice_distance_band(lattice, distance)
                else:
                    w = hotspot.distance_band(xy, distance)
            elif o.neighbourhood == 2:
                w = hotspot.lattice_queen(lattice) if lattice is not None else hotspot.polygon_queen(data.wkb)
            else:
                if not 1 <= o.k < n:
                    self.fail(say(tr("k must be between 1 and the number of features minus 1 ({})."), n - 1))
                w = hotspot.knn(xy, o.k)
        except ValueError as err:
            self.fail(say(tr("The neighbourhood could not be built: {}"), err))
        if w is not None:
            card = w.cardinalities
            islands = int(np.sum(card == 0))
            feedback.pushInfo(say(tr("Neighbours per feature: mean {mean:.1f}, min {lo}, max {hi}."),
                mean=float(card.mean()), lo=int(card.min()), hi=int(card.max())))
            if islands:
                feedback.pushWarning(say(tr("{} features have no neighbours and get no result; consider a larger "
                                            "distance band."), islands))
        return w, fast_distance

    def _statistic(self, o, data, w, fast_distance, feedback):
        """Gi* or Local Moran with p-values and confidence bins: (output fields, their value columns)."""
        from ...core import hotspot
        from ...core.stats import confidence_bins, p_two_sided

        if o.bivariate:
            return self._bivariate(o, data, w, feedback)
        values, n = data.values, data.values.size
        moran = o.moran
        local_i = quadrant = None
        try:
            if moran:
                local_i, z, quad = hotspot.local_moran(values, w)
            elif fast_distance is not None:
                _, z = hotspot.lattice_gi_star(data.lattice, fast_distance)
            else:
                _, z = hotspot.gi_star(values, w)
        except ValueError as err:
            self.fail(say(tr("The statistic could not be computed: {}"), err))
        p = p_two_sided(z)
        p_sim = None
        if o.permutations > 0:
            feedback.setProgressText(say(tr("Running {} permutations…"), o.permutations))
            p_sim, _ = self.run_core(hotspot.conditional_permutation, values, w,
                                     "local_moran" if moran else "gi_star", o.permutations, o.seed,
                                     progress=self.progress_callback(feedback, 40, 88))
        decisive = p_sim if p_sim is not None else p
        bins = confidence_bins(z, np.where(np.isfinite(z), decisive, np.nan), fdr=o.fdr)
        significant = {b: int(np.sum(bins == b)) for b in (3, 2, 1, -1, -2, -3)}
        feedback.pushInfo(say(tr("Significant {what} ({fdr}): {hot} positive and {cold} negative (of {n})."),
            what=tr("Local Moran z-scores") if moran else tr("hot and cold spots"),
            fdr=tr("FDR corrected") if o.fdr else tr("not corrected for multiple testing"),
            hot=significant[3] + significant[2] + significant[1],
            cold=significant[-1] + significant[-2] + significant[-3], n=n))
        if moran:
            labels = np.array(["HH", "LH", "LL", "HL"], dtype=object)[quad.astype(int) - 1]
            quadrant = np.where(np.abs(bins) >= 2, labels, "ns").tolist()

        new_fields = [output_field("value", "double", "Värde"),
                      output_field("z", "double", "z-värde"),
                      output_field("p", "double", "p-värde")]
        columns = [python_values(values), python_values(z), python_values(p)]
        if p_sim is not None:
            new_fields.append(output_field("p_sim", "double", "p-värde (permutationer)"))
            columns.append(python_values(p_sim))
        new_fields.append(output_field("bin", "int32", BIN_LABELS_ALIAS))
        columns.append([int(b) for b in bins])
        if moran:
            new_fields.append(output_field("local_i", "double", "Lokalt Moran's I"))
            new_fields.append(output_field("quadrant", "string", "Kvadrant", 2))
            columns += [python_values(local_i), quadrant]
        return new_fields, columns

    def _write(self, parameters, context, feedback, source, is_points, crs, o, data, new_fields, columns):
        fields = QgsFields()
        if not is_points:
            for field in source.fields():
                fields.append(field)
        for field in new_fields:
            if fields.indexOf(field.name()) >= 0:
                self.fail(say(tr("The input already has a field named \u201c{}\u201d; rename it first."),
                    field.name()))
            fields.append(field)
        if data.geometries is None:  # cells: geometries built and written in bulk
            dest_id = write_polygons(self, parameters, self.OUTPUT, context, fields, crs, data.lattice.polygons(),
                                     columns, feedback)
        else:
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(), crs)
            if sink is None:
                self.fail(tr("The output layer could not be created."))
            write_features(self, sink, fields, data.geometries, columns, feedback, base_rows=data.base_rows)
        if o.bivariate:
            self.style_on_load(context, dest_id, "hotspot_bivariate", categories=MORAN_CLASSES)
        else:
            self.style_on_load(context, dest_id, "hotspot_bins", categories=MORAN_CLASSES if o.moran else GI_CLASSES)
        return {self.OUTPUT: dest_id}

    # -- the bivariate Local Moran ------------------------------------------------------------------------------------
    def _check_bivariate_inputs(self, parameters, context, is_points, o, feedback):
        """The second variable the bivariate statistic needs: a second field for polygons, a second point layer for
        points."""
        if is_points:
            second = self.parameterAsSource(parameters, self.SECOND_INPUT, context)
            if second is None:
                self.fail(tr("The bivariate Local Moran on points needs a second point layer (for example the "
                             "dialogue marks) whose points are counted in the same cells."))
            if o.value_field:
                feedback.pushInfo(tr("The incidents' weights are summed per cell; the second layer's points are "
                                     "counted."))
        elif not o.second_field:
            self.fail(tr("The bivariate Local Moran on polygons needs a second value field."))
        feedback.pushInfo(say(tr("The bivariate Local Moran is tested with {} conditional permutations."),
                              o.permutations))

    def _second_counts(self, parameters, context, feedback, crs, lattice, time_field):
        """The second point layer counted in the cells of the incidents' lattice."""
        from ...core.bivariate import lattice_counts

        second = self.parameterAsSource(parameters, self.SECOND_INPUT, context)
        use_time = bool(time_field) and second.fields().indexOf(time_field) >= 0
        read = read_points_in_window(self, parameters, self.SECOND_INPUT, context, feedback, crs,
                                     time_field=time_field if use_time else None, start_name=self.START,
                                     end_name=self.END)
        table = read.table
        if time_field and not use_time:
            feedback.pushWarning(say(tr("The second point layer has no field “{}”; all its points are used, whatever "
                                        "the time window."), time_field))
        counts, outside = lattice_counts(lattice, table.x, table.y)
        feedback.pushInfo(say(tr("{n} points of the second layer lie in the cells; {out} lie outside them."),
                              n=int(counts.sum()), out=int(outside)))
        return counts

    def _second_field_values(self, source, base_rows, o):
        index = source.fields().indexOf(o.second_field)
        values = []
        for row in base_rows:
            value = row[index]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                self.fail(say(tr("Some polygons have no value in the field \u201c{}\u201d. Fill them in or filter "
                             "them out first."), o.second_field))
            values.append(float(value))
        return np.asarray(values, dtype=float)

    def _bivariate(self, o, data, w, feedback):
        """Bivariate Local Moran with conditional permutations: (output fields, their value columns)."""
        from ...core.bivariate import QUADRANT_CODES, bv_permutation, moran_local_bv
        from ...core.stats import confidence_bins, p_two_sided

        x, y = data.values, data.second
        if not np.ptp(y) > 0:
            self.fail(tr("The second variable has the same value in every cell or polygon; there is nothing to "
                         "compare."))
        try:
            local_i, quad = moran_local_bv(x, y, w)
        except ValueError as err:
            self.fail(say(tr("The statistic could not be computed: {}"), err))
        feedback.setProgressText(say(tr("Running {} permutations…"), o.permutations))
        p_sim, z = self.run_core(bv_permutation, x, y, w, o.permutations, o.seed,
                                 progress=self.progress_callback(feedback, 40, 88))
        p = p_two_sided(z)
        bins = confidence_bins(z, np.where(np.isfinite(z), p_sim, np.nan), fdr=o.fdr)
        labels = np.array(QUADRANT_CODES, dtype=object)[quad.astype(int) - 1]
        quadrant = np.where(np.abs(bins) >= 2, labels, "ns")
        counts = {q: int(np.sum(quadrant == q)) for q in QUADRANT_CODES}
        feedback.pushInfo(say(tr("Significant at 95 % ({fdr}): {hh} HH, {hl} HL, {lh} LH and {ll} LL of {n}."),
            fdr=tr("FDR corrected") if o.fdr else tr("not corrected for multiple testing"),
            hh=counts["HH"], hl=counts["HL"], lh=counts["LH"], ll=counts["LL"], n=x.size))
        new_fields = [output_field("value", "double", "Värde"),
                      output_field("second_value", "double", "Värde, andra variabeln"),
                      output_field("z", "double", "z-värde"),
                      output_field("p", "double", "p-värde"),
                      output_field("p_sim", "double", "p-värde (permutationer)"),
                      output_field("bin", "int32", BIN_LABELS_ALIAS),
                      output_field("local_i", "double", "Lokalt bivariat Moran's I"),
                      output_field("quadrant", "string", "Kvadrant", 2)]
        columns = [python_values(x), python_values(y), python_values(z), python_values(p), python_values(p_sim),
                   [int(b) for b in bins], python_values(local_i), quadrant.tolist()]
        return new_fields, columns
