"""trygghet:hotspotstatistics — Getis-Ord Gi* and Local Moran on incidents aggregated to cells, or on polygons.

Also home of small helpers shared by the other significance algorithms (mask, lattice, polygon output).
"""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param, format_number
from ..fields import make_field
from ..reader import read_points, report_skipped
from .hotspotdensity import time_window

MIN_FEATURES = 30
MAX_CELLS = 1_000_000
BIN_LABELS_ALIAS = "Konfidensklass"

CELL_SIZE_REASONS = {
    "mean_nn_distance": N_("It is the mean distance from each incident to its nearest neighbour, with locational "
                           "outliers removed, as in Optimized Hot Spot Analysis."),
    "max_cells_limit": N_("It was enlarged so that the grid stays within the cell limit."),
}
DISTANCE_REASONS = {
    "first_peak": N_("It is the first peak of incremental spatial autocorrelation (the z-score of global Moran's I)."),
    "no_peak_knn_mean": N_("Incremental spatial autocorrelation has no peak, so it is the mean distance to the k "
                           "nearest neighbours (k = 5 % of the cells, at least 3, at most 30)."),
}


# ------------------------------------------------------------------------------------------------------------
# helpers shared with emerginghotspots and periodcomparison
# ------------------------------------------------------------------------------------------------------------
def read_mask(algorithm, parameters, name, context, target_crs, feedback=None):
    """The MASK polygons as (list of polygons for core.geometry.points_in_polygons, bounds) or (None, None)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None
    return mask_from_source(algorithm, source, context, target_crs, feedback)


def mask_from_source(algorithm, source, context, target_crs, feedback=None):
    """Polygons of a feature source (a mask parameter or a layer) as read_mask returns them."""
    import shapely.wkb

    from ...core.geometry import polygon_rings_from_shapely

    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    polygons = []
    bounds = [math.inf, math.inf, -math.inf, -math.inf]
    nulls = 0
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            nulls += 1
            continue
        if transform is not None:
            geometry.transform(transform)
        geometry = geometry.makeValid()
        parts = polygon_rings_from_shapely(shapely.wkb.loads(bytes(geometry.asWkb())))
        for part in parts:
            ring = part[0]
            bounds = [min(bounds[0], ring[:, 0].min()), min(bounds[1], ring[:, 1].min()),
                      max(bounds[2], ring[:, 0].max()), max(bounds[3], ring[:, 1].max())]
        polygons += parts
    report_skipped(feedback, nulls, source.featureCount(), source.sourceName())
    if not polygons:
        algorithm.fail(tr("The study area (mask) layer has no polygons."))
    return polygons, tuple(bounds)


# the legend classes each statistic can produce (values of the hotspot_bins.qml categories)
GI_CLASSES = ("3", "2", "1", "0", "-1", "-2", "-3")
MORAN_CLASSES = ("HH", "HL", "LH", "LL", "ns")


def workspace_areas(algorithm, parameters, name, context):
    """The areas layer of the workspace when the input ``name`` is a workspace's incidents layer, else None."""
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr":
        return None
    path, _, options = layer.source().partition("|")
    if options.split("|")[0].strip().lower() != "layername=incidents" or not path.lower().endswith(".gpkg"):
        return None
    areas = QgsVectorLayer("{}|layername=areas".format(path), "areas", "ogr")
    if not areas.isValid() or areas.featureCount() <= 0 or \
            QgsWkbTypes.geometryType(areas.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        return None
    return areas


def hull_study_area(x, y, cell_size):
    """The convex hull of the points widened by half a cell diagonal, so that every cell holding a point keeps its
    centre inside: (polygons as read_mask returns them, bounds), or (None, None) for points on a line."""
    from shapely.geometry import MultiPoint

    from ...core.geometry import polygon_rings_from_shapely

    hull = MultiPoint(np.column_stack([x, y])).convex_hull
    if hull.geom_type != "Polygon" or not hull.area > 0:
        return None, None
    area = hull.buffer(cell_size * math.sqrt(0.5), 16)
    return polygon_rings_from_shapely(area), tuple(float(v) for v in area.bounds)


def inside_mask(x, y, polygons):
    """Boolean array: the points inside the mask polygons (all True without a mask)."""
    from ...core.geometry import points_in_polygons

    if polygons is None:
        return np.ones(np.asarray(x).size, dtype=bool)
    return points_in_polygons(x, y, polygons) >= 0


def grid_cell_count(bounds, cell_size, hexagon=False):
    """Number of cells a lattice over ``bounds`` would have (before masking), to refuse a huge grid early."""
    w = max(bounds[2] - bounds[0], cell_size)
    h = max(bounds[3] - bounds[1], cell_size)
    if hexagon:
        r = cell_size / math.sqrt(3.0)
        return (math.floor((w + 2.5 * r) / (1.5 * r)) + 1) * (math.floor((h + r + cell_size) / cell_size) + 1)
    return math.ceil(w / cell_size) * math.ceil(h / cell_size)


def check_grid_size(algorithm, bounds, cell_size, hexagon=False, limit=MAX_CELLS):
    count = grid_cell_count(bounds, cell_size, hexagon)
    if count > limit:
        algorithm.fail(tr("A grid with cells of {size:.0f} m would have {count} cells, more than the limit of "
                          "{limit}. Choose a larger cell size or a smaller study area.").format(
            size=cell_size, count=count, limit=limit))
    return count


def build_lattice(algorithm, x, y, cell_size, hexagon, bounds, mask_polygons, weights=None):
    """Aggregate points to a square or hexagonal lattice over ``bounds``; keep only cells whose centre is inside
    the mask. Zero cells are kept."""
    from ...core.hotspot import hex_lattice, square_lattice

    check_grid_size(algorithm, bounds, cell_size, hexagon)
    make = hex_lattice if hexagon else square_lattice
    try:
        lattice = make(x, y, cell_size, weights=weights, bounds=bounds, max_cells=4 * MAX_CELLS)
    except ValueError as err:
        algorithm.fail(tr("The grid could not be built: {}").format(err))
    if mask_polygons is not None:
        lattice = lattice.restrict(inside_mask(lattice.x, lattice.y, mask_polygons))
    return lattice


def polygon_geometries(rings):
    """QgsGeometry polygons from closed vertex arrays shaped (n, m, 2), through one WKB buffer."""
    n, m, _ = rings.shape
    dtype = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"),
                      ("xy", "<f8", (m * 2,))])
    buf = np.zeros(n, dtype=dtype)
    buf["order"] = 1
    buf["type"] = 3
    buf["rings"] = 1
    buf["points"] = m
    buf["xy"] = rings.reshape(n, m * 2)
    raw = buf.tobytes()
    size = dtype.itemsize
    out = []
    for i in range(n):
        geometry = QgsGeometry()
        geometry.fromWkb(raw[i * size:(i + 1) * size])
        out.append(geometry)
    return out


ALIASES = {}  # field name -> Swedish alias; stored in the output styles (.qml), see scripts/styles_significance.py


def output_field(name, kind, alias, length=0, precision=0):
    """An output field. The Swedish alias travels in the layer style: set on the sink it only makes GeoPackage and
    memory outputs log two warnings per field."""
    ALIASES.setdefault(name, alias)
    return make_field(name, kind, length=length, precision=precision)


def python_values(array):
    """numpy array -> list of Python values with NaN as None (what QgsFeature.setAttributes accepts)."""
    array = np.asarray(array)
    if array.dtype.kind == "f":
        return [None if v != v else v for v in array.tolist()]
    return array.tolist()


def write_features(algorithm, sink, fields, geometries, columns, feedback, start=90.0, end=100.0, base_rows=None):
    """Write one feature per geometry; ``columns`` is a list of Python value lists in field order after the
    ``base_rows`` (input attributes for polygon input)."""
    n = len(geometries)
    batch = []
    for i in range(n):
        feature = QgsFeature(fields)
        attrs = list(base_rows[i]) if base_rows is not None else []
        attrs += [col[i] for col in columns]
        feature.setAttributes(attrs)
        feature.setGeometry(geometries[i])
        batch.append(feature)
        if len(batch) >= 5000:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            feedback.setProgress(start + (end - start) * (i + 1) / n)
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    feedback.setProgress(end)


def read_polygons(algorithm, source, context, feedback, target_crs, value_field=None):
    """Polygons of a feature source: (geometries, attribute rows, centroid x, centroid y, values or None, wkb)."""
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    geometries, rows, cx, cy, values, wkb = [], [], [], [], [], []
    nulls = 0
    missing = 0
    for feature in source.getFeatures():
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            nulls += 1
            continue
        if transform is not None:
            geometry.transform(transform)
        if value_field is not None:
            value = feature[value_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                missing += 1
                continue
            values.append(float(value))
        point = geometry.pointOnSurface().asPoint() if not geometry.centroid().within(geometry) \
            else geometry.centroid().asPoint()
        geometries.append(geometry)
        rows.append(feature.attributes())
        cx.append(point.x())
        cy.append(point.y())
        wkb.append(bytes(geometry.asWkb()))
    report_skipped(feedback, nulls, source.featureCount(), source.sourceName())
    if missing:
        algorithm.fail(tr("{n} polygons have no value in the field \u201c{field}\u201d. Fill them in or filter "
                          "them out first.").format(n=missing, field=value_field))
    return (geometries, rows, np.asarray(cx, float), np.asarray(cy, float),
            np.asarray(values, float) if value_field is not None else None, wkb)


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
        "in Optimized Hot Spot Analysis; the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 "
        "% cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. "
        "Weights are binary and Gi* includes the cell itself (Getis and Ord 1992; Ord and Getis 1995; Anselin "
        "1995 for Local Moran). Without a study area, the workspace's areas are used for its incidents, otherwise "
        "the convex hull of the incidents, as in ArcGIS's Hot Spot Analysis. A start and end restrict point input "
        "to the incidents of one period "
        "(start included, end not), e.g. the current period of a situation picture."
    )

    INPUT = "INPUT"
    VALUE_FIELD = "VALUE_FIELD"
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
                                        tr("Local Moran (clusters and outliers)")], defaultValue=0),
            "Gi* finds hot and cold spots; Local Moran finds high-high and low-low clusters and outliers."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.CELL_SHAPE, tr("Cell shape"), [tr("Square"), tr("Hexagon")],
                                       defaultValue=0),
            "Shape of the cells incidents are counted in (points only)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size (0 = automatic)"), 0.0, self.INPUT,
                                           minValue=0.0),
            "Cell size in metres (hexagons: distance between neighbouring centres). 0 chooses it from the mean "
            "nearest-neighbour distance of the incidents, as Optimized Hot Spot Analysis does."))
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
            "Cells or polygons with value, z, p, p_sim, bin (and local_i, quadrant for Local Moran)."))

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
            self.fail(tr("The input layer has no time field named “{}”. Choose its time field.").format(time_field))
        return time_field

    # --------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import hotspot
        from ...core.stats import confidence_bins, p_two_sided

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        geometry_type = QgsWkbTypes.geometryType(source.wkbType())
        is_points = geometry_type == QgsWkbTypes.GeometryType.PointGeometry
        value_field = self.parameterAsString(parameters, self.VALUE_FIELD, context) or None
        moran = self.parameterAsEnum(parameters, self.STATISTIC, context) == 1
        hexagon = self.parameterAsEnum(parameters, self.CELL_SHAPE, context) == 1
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        neighbourhood = self.parameterAsEnum(parameters, self.NEIGHBORHOOD, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context)
        k = self.parameterAsInt(parameters, self.K, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        fdr = self.parameterAsBoolean(parameters, self.FDR, context)
        if neighbourhood == 1 and not distance > 0:
            self.fail(tr("The fixed-distance neighbourhood needs a distance band greater than 0."))
        time_field = self._period_time_field(parameters, context, source, is_points)
        crs = self.metric_crs(source.sourceCrs(), feedback)
        mask_polygons, mask_bounds = read_mask(self, parameters, self.MASK, context, crs, feedback)

        feedback.setProgressText(tr("Reading the input…"))
        lattice = None
        base_rows = None
        if is_points:
            table = read_points(self, parameters, self.INPUT, context, feedback, crs,
                                fields=tuple(dict.fromkeys(f for f in (value_field, time_field) if f)))
            if time_field:
                table, _, _, _ = time_window(self, parameters, context, feedback, table, time_field, self.START,
                                             self.END)
                feedback.pushInfo(tr("{} incidents lie in the period.").format(len(table)))
            x, y = table.x, table.y
            weights = None
            if value_field:
                weights = table.attributes[value_field].astype(float)
                bad = ~np.isfinite(weights)
                if bad.any():
                    feedback.pushWarning(tr("{} incidents have no value in the weight field and were "
                                            "skipped.").format(int(bad.sum())))
                    x, y, weights = x[~bad], y[~bad], weights[~bad]
            if mask_polygons is not None:
                keep = inside_mask(x, y, mask_polygons)
                if not keep.all():
                    feedback.pushInfo(tr("{} incidents outside the study area were left out.").format(
                        int((~keep).sum())))
                x, y = x[keep], y[keep]
                weights = weights[keep] if weights is not None else None
            if x.size < MIN_FEATURES:
                self.fail(tr("Only {n} incidents were found; at least {m} are needed for a meaningful hot spot "
                             "analysis.").format(n=int(x.size), m=MIN_FEATURES))
            default_area = None
            if mask_polygons is None:
                areas = workspace_areas(self, parameters, self.INPUT, context)
                if areas is not None:
                    mask_polygons, mask_bounds = mask_from_source(self, areas, context, crs, feedback)
                    keep = inside_mask(x, y, mask_polygons)
                    feedback.pushInfo(tr("No study area was given: the workspace's {n} areas are used. {out} "
                                         "incidents outside them were left out.").format(
                        n=areas.featureCount(), out=int((~keep).sum())))
                    x, y = x[keep], y[keep]
                    weights = weights[keep] if weights is not None else None
                else:
                    default_area = "hull"
            bounds = mask_bounds if mask_bounds is not None else (
                float(x.min()), float(y.min()), float(x.max()), float(y.max()))
            self.check_cancel(feedback)
            if not cell_size > 0:
                try:
                    cell_size, reason = hotspot.auto_cell_size(x, y, max_cells=MAX_CELLS, bounds=bounds)
                except ValueError:
                    self.fail(tr("The incidents lie at fewer than 2 distinct places; no cell size can be chosen."))
                feedback.pushInfo(tr("Cell size chosen automatically: {size} m. {why}").format(
                    size=format_number(cell_size, 1), why=tr(CELL_SIZE_REASONS[reason])))
            if default_area == "hull":
                hull_polygons, hull_bounds = hull_study_area(x, y, cell_size)
                if hull_polygons is not None:  # exactly as if the hull were given as the mask
                    mask_polygons, bounds = hull_polygons, hull_bounds
                    feedback.pushInfo(tr("No study area was given: the convex hull of the incidents is used (widened "
                                         "by half a cell so that every incident is kept), as ArcGIS's hot spot "
                                         "analysis does. Give a study area to analyse another one."))
            lattice = build_lattice(self, x, y, cell_size, hexagon, bounds, mask_polygons, weights)
            feedback.pushInfo(tr("{n} {shape} cells of {size:.1f} m are analysed.").format(
                n=len(lattice), shape=tr("hexagonal") if hexagon else tr("square"), size=cell_size))
            xy = lattice.xy
            values = lattice.value
            geometries = None
        else:
            if not value_field:
                self.fail(tr("For polygons a value field is required (for example the number of incidents per "
                             "area)."))
            if mask_polygons is not None:
                feedback.pushInfo(tr("The mask only applies to points; polygons are analysed as they are."))
            geometries, base_rows, cx, cy, values, wkb = read_polygons(self, source, context, feedback, crs,
                                                                      value_field)
            if len(geometries) < MIN_FEATURES:
                self.fail(tr("Only {n} polygons were found; at least {m} are needed.").format(
                    n=len(geometries), m=MIN_FEATURES))
            xy = np.column_stack([cx, cy])
        n = values.size
        if len(lattice if lattice is not None else values) < MIN_FEATURES:
            self.fail(tr("Only {n} cells lie in the study area; at least {m} are needed. Choose a smaller cell "
                         "size.").format(n=n, m=MIN_FEATURES))
        if not np.any(values != 0):
            self.fail(tr("All values are zero; there is nothing to test."))
        if np.ptp(values) == 0:
            self.fail(tr("All values are equal; there is nothing to test."))
        feedback.setProgress(20)
        self.check_cancel(feedback)

        # --- neighbourhood ------------------------------------------------------------------------------------
        feedback.setProgressText(tr("Building the neighbourhood…"))
        w = None
        fast_distance = None
        try:
            if neighbourhood == 0:
                distance, reason = hotspot.auto_distance_band(xy, values, lattice=lattice)
                feedback.pushInfo(tr("Distance band chosen automatically: {d} m. {why}").format(
                    d=format_number(distance, 1), why=tr(DISTANCE_REASONS[reason])))
            if neighbourhood in (0, 1):
                if lattice is not None and lattice.kind == "square" and not moran and permutations == 0:
                    fast_distance = distance
                else:
                    w = hotspot.distance_band(xy, distance)
            elif neighbourhood == 2:
                w = hotspot.lattice_queen(lattice) if lattice is not None else hotspot.polygon_queen(wkb)
            else:
                if not 1 <= k < n:
                    self.fail(tr("k must be between 1 and the number of features minus 1 ({}).").format(n - 1))
                w = hotspot.knn(xy, k)
        except ValueError as err:
            self.fail(tr("The neighbourhood could not be built: {}").format(err))
        if w is not None:
            card = w.cardinalities
            islands = int(np.sum(card == 0))
            feedback.pushInfo(tr("Neighbours per feature: mean {mean:.1f}, min {lo}, max {hi}.").format(
                mean=float(card.mean()), lo=int(card.min()), hi=int(card.max())))
            if islands:
                feedback.pushWarning(tr("{} features have no neighbours and get no result; consider a larger "
                                        "distance band.").format(islands))
        feedback.setProgress(35)
        self.check_cancel(feedback)

        # --- statistics ---------------------------------------------------------------------------------------
        feedback.setProgressText(tr("Computing the statistic…"))
        local_i = quadrant = None
        try:
            if moran:
                local_i, z, quad = hotspot.local_moran(values, w)
            elif fast_distance is not None:
                _, z = hotspot.lattice_gi_star(lattice, fast_distance)
            else:
                _, z = hotspot.gi_star(values, w)
        except ValueError as err:
            self.fail(tr("The statistic could not be computed: {}").format(err))
        p = p_two_sided(z)
        p_sim = None
        if permutations > 0:
            feedback.setProgressText(tr("Running {} permutations…").format(permutations))
            p_sim, _ = self.run_core(hotspot.conditional_permutation, values, w,
                                     "local_moran" if moran else "gi_star", permutations, seed,
                                     progress=self.progress_callback(feedback, 40, 88))
        decisive = p_sim if p_sim is not None else p
        bins = confidence_bins(z, np.where(np.isfinite(z), decisive, np.nan), fdr=fdr)
        significant = {b: int(np.sum(bins == b)) for b in (3, 2, 1, -1, -2, -3)}
        feedback.pushInfo(tr("Significant {what} ({fdr}): {hot} positive and {cold} negative (of {n}).").format(
            what=tr("Local Moran z-scores") if moran else tr("hot and cold spots"),
            fdr=tr("FDR corrected") if fdr else tr("not corrected for multiple testing"),
            hot=significant[3] + significant[2] + significant[1],
            cold=significant[-1] + significant[-2] + significant[-3], n=n))
        if moran:
            labels = np.array(["HH", "LH", "LL", "HL"], dtype=object)[quad.astype(int) - 1]
            quadrant = np.where(np.abs(bins) >= 2, labels, "ns").tolist()
        feedback.setProgress(90)
        self.check_cancel(feedback)

        # --- output -------------------------------------------------------------------------------------------
        fields = QgsFields()
        if not is_points:
            for field in source.fields():
                fields.append(field)
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
        for field in new_fields:
            if fields.indexOf(field.name()) >= 0:
                self.fail(tr("The input already has a field named \u201c{}\u201d; rename it first.").format(
                    field.name()))
            fields.append(field)
        wkb_type = QgsWkbTypes.Type.Polygon if is_points else source.wkbType()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))
        if geometries is None:
            geometries = polygon_geometries(lattice.polygons())
        write_features(self, sink, fields, geometries, columns, feedback, base_rows=base_rows)
        self.style_on_load(context, dest_id, "hotspot_bins",
                           categories=MORAN_CLASSES if moran else GI_CLASSES)
        return {self.OUTPUT: dest_id}
