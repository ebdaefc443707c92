"""trygghet:hotplaces — the top N hot places for trygghetsrundor: where and when to be there."""

import uuid

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...core import kde
from ...core.hotplaces import find_hot_places, hours_text
from ...core.vocabulary import INCIDENT_CATEGORIES
from ...i18n import tr
from ..base import TrygghetAlgorithm, format_number
from ..expressions import validate_expression
from ..fields import fields_of
from ..grids import MEMORY_GUARD, memory_text
from ..numbers import say
from ..reader import points_extent, read_points
from ..timewindow import time_window

WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
CATEGORY_LABELS = dict(INCIDENT_CATEGORIES)  # English source labels, shown through tr()

# (name, type, Swedish alias)
OUTPUT_FIELDS = (
    ("uuid", "string", "UUID"),
    ("rank", "int32", "Rang"),
    ("name", "string", "Namn"),
    ("incidents", "int32", "Händelser"),
    ("share_pct", "double", "Andel av alla händelser (%)"),
    ("top_categories", "string", "Vanligaste kategorier"),
    ("peak_weekday", "string", "Vanligaste veckodag"),
    ("peak_hours", "string", "Mest utsatta timmar"),
    ("peak_hours_share_pct", "double", "Andel under de timmarna (%)"),
    ("area_m2", "double", "Yta (m²)"),
    ("marks", "int32", "Dialogmarkeringar"),
    ("weighted", "double", "Viktat antal"),
)
SAFE_FEELING = 3  # dialogue marks with a feeling of 3 (rather safe) or 4 (safe) are no unsafe places


def _known(value):
    """Not None and not NaN (a DataFrame column mixing numbers and None holds NaN: a place of marks only)."""
    return value is not None and value == value


def categories_text(top):
    """[(code, pct), …] → "narkotika 34 %, våld 20 %" with the labels of the QGIS locale."""
    return ", ".join("{} {:.0f} %".format(tr(CATEGORY_LABELS[str(code)]).lower() if str(code) in CATEGORY_LABELS
                                          else str(code), pct) for code, pct in top)


class HotPlaces(TrygghetAlgorithm):
    NAME = "hotplaces"
    DISPLAY_NAME = "Hot places for patrols"
    GROUP = "hotspots"
    HELP = (
        "Finds the top N hot places for trygghetsrundor (hot-spots policing): the incidents' kernel density is "
        "computed first, its peaks are taken highest first, and around each peak a compact polygon (the cells above "
        "half the peak, at least a disc of the minimum radius) becomes a place. Places never overlap and peaks "
        "closer than the minimum separation are merged. Each place gets its rank, number of incidents, share of all "
        "incidents, the top categories, the weekday and the four hours with most incidents (when to be there) and "
        "a suggested name from the nearest named path or the area it lies in. Write them to a new layer, or give "
        "the workspace to append them to its places layer, where patrol visits can then be logged.\n"
        "With dialogue marks, places are found from incidents and marks together (places where we know people feel "
        "unsafe or where much crime is committed): each incident weighs 1 and each mark the mark weight, in the "
        "density, in the order of the places and in the minimum per place; each place says how many incidents and "
        "marks it holds and their weighted sum."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    START = "START"
    END = "END"
    FILTER = "FILTER"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    COUNT = "COUNT"
    MIN_SEPARATION = "MIN_SEPARATION"
    MIN_RADIUS = "MIN_RADIUS"
    MIN_INCIDENTS = "MIN_INCIDENTS"
    MARKS = "MARKS"
    MARK_WEIGHT = "MARK_WEIGHT"
    PATHS = "PATHS"
    AREAS = "AREAS"
    WORKSPACE = "WORKSPACE"
    OUTPUT = "OUTPUT"
    PLACES = "PLACES"

    def initAlgorithm(self, config=None):  # noqa: N802
        Number = QgsProcessingParameterNumber  # noqa: N806
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.INPUT, tr("Incidents (points)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint]),
            "The incidents, e.g. the workspace's incidents layer."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.TIME_FIELD, tr("Time field"), "occurred_at", self.INPUT,
                                        optional=True),
            "Date/time of each incident: used for the time window and for the peak weekday and hours."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.START, tr("Start of the time window"), optional=True),
            "Optional: only incidents at or after this time."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("End of the time window"), optional=True),
            "Optional: only incidents before this time."))
        self.addParameter(self.help_param(
            QgsProcessingParameterExpression(self.FILTER, tr("Filter expression"), parentLayerParameterName=self.INPUT,
                                             optional=True),
            "Optional QGIS expression that selects the incidents, e.g. \"category\" IN ('narkotika', 'vald')."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.CATEGORY_FIELD, tr("Category field"), "category", self.INPUT,
                                        optional=True),
            "Field with the incident category, for the top categories of each place."))
        self.addParameter(self.help_param(
            Number(self.RADIUS, tr("Density radius (m)"), Number.Type.Double, 150.0, minValue=1.0),
            "Radius of the kernel density used to find the peaks (quartic kernel)."))
        self.addParameter(self.help_param(
            Number(self.PIXEL_SIZE, tr("Pixel size (m)"), Number.Type.Double, 10.0, minValue=0.5),
            "Cell size of the density grid; the places' outlines follow these cells."))
        self.addParameter(self.help_param(
            Number(self.COUNT, tr("Number of places"), Number.Type.Integer, 6, minValue=1, maxValue=100),
            "How many hot places to find (3–4 per shift is a common plan)."))
        self.addParameter(self.help_param(
            Number(self.MIN_SEPARATION, tr("Minimum separation (m)"), Number.Type.Double, 200.0, minValue=0.0),
            "Peaks closer than this to a hotter one are not separate places; it also bounds a place's extent."))
        self.addParameter(self.help_param(
            Number(self.MIN_RADIUS, tr("Minimum place radius (m)"), Number.Type.Double, 50.0, minValue=0.0),
            "Every place covers at least a disc of this radius around its peak."))
        self.addParameter(self.help_param(
            Number(self.MIN_INCIDENTS, tr("Minimum incidents per place"), Number.Type.Integer, 5, minValue=1),
            "Places with fewer incidents are not proposed (with dialogue marks: a smaller weighted sum)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.MARKS, tr("Dialogue marks (optional)"),
                                                [QgsProcessing.SourceType.TypeVectorPoint], optional=True),
            "Optional places residents find unsafe (e.g. the workspace's dialogue marks): places are then found "
            "from incidents and marks together. Marks whose “feeling” field says the place feels safe (3 or 4) are "
            "left out; the time window and filter apply to the incidents only."))
        self.addParameter(self.help_param(
            Number(self.MARK_WEIGHT, tr("Weight of a dialogue mark"), Number.Type.Double, 1.0, minValue=0.0),
            "What one dialogue mark counts for, against 1 for an incident."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.PATHS, tr("Paths (for names)"),
                                                [QgsProcessing.SourceType.TypeVectorLine], optional=True),
            "Optional lines with a “name” field (e.g. the workspace's paths): the nearest named path within 150 m "
            "names the place."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas (for names)"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "Optional polygons with a “name” field (e.g. the workspace's areas): the area the place lies in is "
            "added to its name."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFile(self.WORKSPACE, tr("Append to workspace"), extension="gpkg", optional=True),
            "Optional Trygghet workspace (GeoPackage): the places are appended to its places layer (uuid, name, "
            "rank), ready for logging patrol visits."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Hot places"),
                                              QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                              createByDefault=True),
            "The hot places as a new polygon layer with all fields."))
        self.addOutput(QgsProcessingOutputNumber(self.PLACES, tr("Number of places")))

    # -- names ----------------------------------------------------------------------------------------------------
    def _named_geometries(self, parameters, name, context, crs):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return []
        index = source.fields().lookupField("name")
        if index < 0:
            return []
        transform = None
        if source.sourceCrs() != crs:
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        out = []
        for feature in source.getFeatures():
            value = feature[index]
            geometry = feature.geometry()
            if value in (None, "") or (hasattr(value, "isNull") and value.isNull()) or geometry.isNull():
                continue
            if transform is not None:
                geometry.transform(transform)
            out.append((str(value), geometry))
        return out

    @staticmethod
    def _suggest_name(peak, paths, areas, rank):
        point = QgsGeometry.fromPointXY(QgsPointXY(*peak))
        parts = []
        if paths:
            distance, path_name = min((g.distance(point), n) for n, g in paths)
            if distance <= 150.0:
                parts.append(path_name)
        for area_name, geometry in areas:
            if geometry.contains(point):
                parts.append(area_name)
                break
        return ", ".join(parts) if parts else tr("Place {}").format(rank)

    # -- main -----------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        if source.featureCount() == 0:
            self.fail(tr("The input layer has no features."))
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context) or None
        category_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context) or None
        names = source.fields().names()
        for field in (time_field, category_field):
            if field and field not in names:
                self.fail(tr("The input layer has no field “{}”.").format(field))
        expression = (self.parameterAsString(parameters, self.FILTER, context) or "").strip() or None
        if expression:
            validate_expression(self, expression, source, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context) or None
        places_layer = None
        if workspace:
            places_layer = QgsVectorLayer(f"{workspace}|layername=places", "places", "ogr")
            if not places_layer.isValid() or places_layer.fields().lookupField("uuid") < 0:
                self.fail(say(tr("{} is not a Trygghet workspace with a places layer."), workspace))
        if workspace is None and parameters.get(self.OUTPUT) in (None, ""):
            self.fail(tr("Choose an output layer or a workspace to write the places to."))

        crs = self.metric_crs(source.sourceCrs(), feedback)
        extent = points_extent(source, crs, context)
        if extent.isNull():
            self.fail(tr("The input layer has no points with a location."))
        marks = self._marks(parameters, context, feedback, crs)
        if marks is not None and marks[0].size:
            extent.combineExtentWith(float(marks[0].min()), float(marks[1].min()))
            extent.combineExtentWith(float(marks[0].max()), float(marks[1].max()))
        grid = kde.grid_for_points(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                   radius, pixel)
        needed = kde.grid_bytes(grid, radius, 0, source.featureCount())
        if needed > MEMORY_GUARD:
            self.fail(say(tr("The density grid would need about {need} of memory, more than the limit of {limit}. "
                             "Use a larger pixel size."), need=memory_text(needed), limit=memory_text(MEMORY_GUARD)))

        feedback.setProgressText(tr("Reading incidents…"))
        fields = tuple(f for f in (time_field, category_field) if f)
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=fields,
                            expression=expression)
        table, times, _start, _end = time_window(self, parameters, context, feedback, table, time_field,
                                                 self.START, self.END)
        if len(table) == 0:
            self.fail(tr("No points are left after the time window and filter; there is nothing to map."))
        feedback.pushInfo(say(tr("{} incidents are used."), len(table)))

        px, py, weights, is_mark = table.x, table.y, None, None
        categories = table.attributes[category_field] if category_field else None
        if marks is not None:
            mark_weight = self.parameterAsDouble(parameters, self.MARK_WEIGHT, context)
            n_marks = marks[0].size
            px, py = np.concatenate([table.x, marks[0]]), np.concatenate([table.y, marks[1]])
            weights = np.concatenate([np.ones(len(table)), np.full(n_marks, mark_weight)])
            is_mark = np.concatenate([np.zeros(len(table), dtype=bool), np.ones(n_marks, dtype=bool)])
            if categories is not None:
                categories = np.concatenate([np.asarray(categories, dtype=object), np.full(n_marks, None)])
            if times is not None:
                times = np.concatenate([times, np.full(n_marks, np.datetime64("NaT"), dtype=times.dtype)])
            feedback.pushInfo(say(tr("{marks} dialogue marks count with a weight of {weight:.2f} each, beside {n} "
                                     "incidents."), marks=n_marks, weight=mark_weight, n=len(table)))

        feedback.setProgressText(tr("Computing the density…"))
        density = self.run_core(kde.kernel_density, px, py, grid, radius, kernel=0, weights=weights,
                                progress=self.progress_callback(feedback, 5.0, 45.0))
        feedback.setProgressText(tr("Picking the hot places…"))
        places = self.run_core(
            find_hot_places, density, grid.geotransform(), px, py, categories=categories, times=times,
            weights=weights, marks=is_mark,
            n=self.parameterAsInt(parameters, self.COUNT, context),
            min_separation=self.parameterAsDouble(parameters, self.MIN_SEPARATION, context),
            radius=self.parameterAsDouble(parameters, self.MIN_RADIUS, context),
            min_incidents=self.parameterAsInt(parameters, self.MIN_INCIDENTS, context),
            progress=self.progress_callback(feedback, 45.0, 90.0))
        self.check_cancel(feedback)
        if len(places) == 0:
            feedback.pushWarning(tr("No place has enough incidents; lower the minimum or widen the time window."))
        paths = self._named_geometries(parameters, self.PATHS, context, crs)
        areas = self._named_geometries(parameters, self.AREAS, context, crs)

        features = []
        fields = fields_of(OUTPUT_FIELDS)
        for row in places.itertuples(index=False):
            geometry = QgsGeometry.fromWkt(row.wkt)
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                str(uuid.uuid4()), int(row.rank), self._suggest_name((row.peak_x, row.peak_y), paths, areas, row.rank),
                int(row.incidents), round(float(row.share_pct), 2), categories_text(row.top_categories) or None,
                WEEKDAYS_SV[int(row.peak_weekday)] if _known(row.peak_weekday) else None,
                hours_text(row.peak_hours),
                None if np.isnan(row.peak_hours_share_pct) else round(float(row.peak_hours_share_pct), 1),
                round(float(row.area_m2), 1), int(row.marks), round(float(row.weight), 3)])
            features.append(feature)
            if marks is None:
                feedback.pushInfo(say(tr("{rank}. {name}: {n} incidents ({share:.1f} %)"),
                                      rank=row.rank, name=feature["name"], n=row.incidents, share=row.share_pct))
            else:
                feedback.pushInfo(say(tr("{rank}. {name}: {n} incidents and {m} dialogue marks, weighted {w:.1f}"),
                                      rank=row.rank, name=feature["name"], n=row.incidents, m=row.marks,
                                      w=row.weight))

        results = {self.PLACES: len(features)}
        if parameters.get(self.OUTPUT) not in (None, ""):
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                                 QgsWkbTypes.Type.MultiPolygon, crs)
            if sink is None:
                self.fail(tr("The output layer could not be created."))
            for feature in features:
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            self.style_on_load(context, dest_id, "hotplaces")
            results[self.OUTPUT] = dest_id
        if places_layer is not None:
            self._append_to_workspace(places_layer, features, crs, context)
            feedback.pushInfo(say(tr("Appended {} places to the workspace's places layer."), len(features)))
            results[self.WORKSPACE] = workspace
        feedback.setProgress(100.0)
        return results

    def _marks(self, parameters, context, feedback, crs):
        """The dialogue marks' coordinates (unsafe ones only when the layer has a feeling field), or None."""
        source = self.parameterAsSource(parameters, self.MARKS, context)
        if source is None:
            return None
        feeling = "feeling" if source.fields().lookupField("feeling") >= 0 else None
        table = read_points(self, parameters, self.MARKS, context, feedback, crs, fields=(feeling,) if feeling else ())
        x, y = table.x, table.y
        if feeling:
            values = np.asarray(table.attributes[feeling], dtype=float)
            safe = values >= SAFE_FEELING
            if safe.any():
                feedback.pushInfo(tr("{} dialogue marks where the place feels safe are left out.").format(
                    format_number(safe.sum())))
            x, y = x[~safe], y[~safe]
        return x, y

    def _append_to_workspace(self, layer, features, crs, context):
        transform = None
        if layer.crs() != crs:
            transform = QgsCoordinateTransform(crs, layer.crs(), context.transformContext())
        new = []
        for feature in features:
            out = QgsFeature(layer.fields())
            geometry = QgsGeometry(feature.geometry())
            if transform is not None:
                geometry.transform(transform)
            out.setGeometry(geometry)
            for name in ("uuid", "name", "rank"):
                out[name] = feature[name]
            new.append(out)
        ok, _ = layer.dataProvider().addFeatures(new)
        if not ok:
            self.fail(say(tr("The places could not be written to the workspace: {}"),
                "; ".join(layer.dataProvider().errors())))
