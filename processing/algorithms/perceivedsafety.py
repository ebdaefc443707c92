"""trygghet:perceivedsafety — where fear and reported crime part ways: dialogue marks against incidents per cell or
area, in four classes from the bivariate Local Moran (see core/perceived_safety.py)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, format_number
from ..expressions import validate_expression
from ..fields import fields_of, python_values
from ..grids import build_lattice, polygon_geometries
from ..masks import hull_study_area, mask_from_source, read_mask
from ..reader import read_area_polygons, read_points
from ..timewindow import time_window

MIN_UNITS = 10  # fewest cells or areas the classes are judged on

# class code → English source label (translated with tr(); the style's legend is Swedish)
CLASS_LABELS = {
    "unsafe_crime": N_("Unsafe and crime-exposed"),
    "unsafe_low_crime": N_("Unsafe but few reported crimes"),
    "safe_crime": N_("Safe but crime-exposed"),
    "no_pattern": N_("No pattern"),
    "sparse": N_("Too few to judge"),
}

OUTPUT_FIELDS = (
    ("area", "string", "Område"),
    ("unsafe_marks", "int32", "Otrygga markeringar"),
    ("marks", "int32", "Markeringar"),
    ("incidents", "int32", "Händelser"),
    ("local_i", "double", "Lokalt bivariat Moran's I"),
    ("p_sim", "double", "p-värde (permutationer)"),
    ("quadrant", "string", "Kvadrant", 2),
    ("class", "string", "Klass (kod)"),
    ("class_label", "string", "Klass"),
)
TABLE_FIELDS = (
    ("area", "string", "Område"),
    ("cells", "int32", "Rutor"),
    ("unsafe_crime", "int32", "Otryggt och brottsutsatt"),
    ("unsafe_low_crime", "int32", "Otryggt men få anmälda brott"),
    ("safe_crime", "int32", "Tryggt men brottsutsatt"),
    ("no_pattern", "int32", "Inget mönster"),
    ("sparse", "int32", "För få för att bedöma"),
    ("unsafe_marks", "int32", "Otrygga markeringar"),
    ("marks", "int32", "Markeringar"),
    ("incidents", "int32", "Händelser"),
)


def _workspace_of(layer):
    """(GeoPackage path, layer name) when ``layer`` is a layer of a GeoPackage workspace, else None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path, _, options = layer.source().partition("|")
    option = options.split("|")[0].strip()
    if not path.lower().endswith(".gpkg") or not option.lower().startswith("layername="):
        return None
    return path, option.split("=", 1)[1]


def _sibling(path, name, geometry_type):
    """The workspace layer ``name`` of the GeoPackage ``path`` when it exists with that geometry type, else None."""
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    if not layer.isValid() or QgsWkbTypes.geometryType(layer.wkbType()) != geometry_type:
        return None
    return layer


class PerceivedSafety(TrygghetAlgorithm):
    NAME = "perceivedsafety"
    DISPLAY_NAME = "Perceived unsafety and crime"
    GROUP = "lagesbild"
    ADVANCED = ("FEELING_FIELD", "UNSAFE_MAX", "TIME_FIELD", "FILTER", "PERMUTATIONS", "SEED", "ALPHA", "FDR")
    HELP = (
        "Compares where residents feel unsafe (dialogue marks) with where incidents are reported, on a square grid "
        "or per area, and puts each cell in one of four classes. The bivariate Local Moran relates the unsafe marks "
        "in a cell to the incidents in its neighbouring cells (the 8 around a grid cell; for areas, those sharing a "
        "border), tested with conditional permutations; the cell's own incidents then say whether the place itself "
        "is crime-exposed. \"Above average\" means more than the mean over all cells.\n"
        "Unsafe and crime-exposed: more unsafe marks than average and significantly many incidents around, or "
        "more marks and more incidents than average in the cell itself with significantly few around.\n"
        "Unsafe but few reported crimes: more unsafe marks than average, significantly few incidents around and no "
        "more than average in the cell. Here situational measures such as lighting and cutting back vegetation "
        "often help.\n"
        "Safe but crime-exposed (hidden risk): no more unsafe marks than average (usually none), significantly many "
        "incidents around and more than average in the cell itself.\n"
        "No pattern: everything else (not significant, low marks and few incidents, or a quiet cell beside a "
        "crime-exposed one).\n"
        "Too few to judge: fewer marks and incidents together than the minimum, or a cell without neighbours.\n"
        "A mark counts as unsafe when its feeling is at most the chosen level (1 frightening – 4 safe) or has no "
        "feeling. Without marks or incidents given, the other layer's workspace supplies them (dialog_marks, "
        "incidents), and the grid covers the workspace's areas. The time window applies to the incidents only. "
        "The table gives, per area, the cells in each class and the marks and incidents."
    )

    MARKS = "MARKS"
    FEELING_FIELD = "FEELING_FIELD"
    UNSAFE_MAX = "UNSAFE_MAX"
    INCIDENTS = "INCIDENTS"
    TIME_FIELD = "TIME_FIELD"
    START = "START"
    END = "END"
    FILTER = "FILTER"
    AREAS = "AREAS"
    CELL_SIZE = "CELL_SIZE"
    MASK = "MASK"
    MIN_COUNT = "MIN_COUNT"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    ALPHA = "ALPHA"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"

    def initAlgorithm(self, config=None):  # noqa: N802
        Number = QgsProcessingParameterNumber  # noqa: N806
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        polygon = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.MARKS, tr("Dialogue marks (points)"), point, optional=True),
            "Places residents marked in a citizen dialogue or map survey. Empty: the dialogue marks of the "
            "incidents' workspace."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.FEELING_FIELD, tr("Feeling field"), "feeling", self.MARKS,
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
            "How safe the place feels, 1 (frightening) to 4 (safe). Empty, or a layer without it: every mark "
            "counts as unsafe."))
        self.addParameter(self.help_param(
            Number(self.UNSAFE_MAX, tr("Unsafe up to feeling"), Number.Type.Integer, 2, minValue=1, maxValue=4),
            "Marks with a feeling up to this value count as unsafe (2: frightening and rather unsafe). Marks "
            "without a feeling count too."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, tr("Incidents (points)"), point, optional=True),
            "Reported incidents. Empty: the incidents of the dialogue marks' workspace."))
        self.add_time_field_param(N_(
            "Date/time of each incident, used only when a start or end is set."), parent=self.INCIDENTS,
            optional=True)
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.START, tr("Start of the time window"), optional=True),
            "Optional: only incidents at or after this time."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("End of the time window"), optional=True),
            "Optional: only incidents before this time."))
        self.addParameter(self.help_param(
            QgsProcessingParameterExpression(self.FILTER, tr("Filter expression"),
                                             parentLayerParameterName=self.INCIDENTS, optional=True),
            "Optional QGIS expression that selects the incidents, e.g. \"category\" IN ('narkotika', 'vald')."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas instead of a grid"), polygon, optional=True),
            "Optional polygons (e.g. DeSO areas): each area is judged instead of grid cells; areas that share a "
            "border are neighbours. At least 10 areas are needed."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size"), 250.0, self.INCIDENTS, minValue=1.0),
            "Side of the square grid cells in metres (without areas)."))
        self.add_mask_param(N_(
            "The study area the grid covers (without areas). Empty: the workspace's areas, otherwise the convex hull "
            "of the marks and incidents."))
        self.addParameter(self.help_param(
            Number(self.MIN_COUNT, tr("Minimum marks and incidents per cell"), Number.Type.Integer, 3, minValue=0),
            "Cells with fewer marks and incidents together are shown as too few to judge."))
        self.addParameter(self.help_param(
            Number(self.PERMUTATIONS, tr("Permutations"), Number.Type.Integer, 999, minValue=19, maxValue=99999),
            "Number of conditional permutations of the significance test."))
        self.addParameter(self.help_param(
            Number(self.SEED, tr("Random seed"), Number.Type.Integer, 1, minValue=0),
            "The same seed gives the same result."))
        self.addParameter(self.help_param(
            Number(self.ALPHA, tr("Significance level"), Number.Type.Double, 0.05, minValue=0.001, maxValue=0.2),
            "A pattern counts when its permutation p-value is at most this level."))
        self.addParameter(self.help_param(
            QgsProcessingParameterBoolean(self.FDR, tr("Correct for multiple testing (FDR)"), True),
            "Benjamini-Hochberg false discovery rate over the cells that are judged. Recommended."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Perceived unsafety and crime"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            "Cells or areas with their class, counts, local I and p-value."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, tr("Perceived unsafety per area"),
                                              QgsProcessing.SourceType.TypeVector, optional=True,
                                              createByDefault=True),
            "Per area: the cells in each class, the unsafe and all marks and the incidents."))

    # -- inputs ------------------------------------------------------------------------------------------------------
    def _inputs(self, parameters, context, feedback):
        """The parameters with MARKS and INCIDENTS filled in from each other's workspace, and that workspace."""
        params = dict(parameters)
        marks_layer = self.parameterAsVectorLayer(parameters, self.MARKS, context)
        incidents_layer = self.parameterAsVectorLayer(parameters, self.INCIDENTS, context)
        marks_given = self.parameterAsSource(parameters, self.MARKS, context) is not None
        incidents_given = self.parameterAsSource(parameters, self.INCIDENTS, context) is not None
        workspace = _workspace_of(incidents_layer) or _workspace_of(marks_layer)
        path = workspace[0] if workspace else None
        point = QgsWkbTypes.GeometryType.PointGeometry
        for name, given, table in ((self.MARKS, marks_given, "dialog_marks"),
                                   (self.INCIDENTS, incidents_given, "incidents")):
            if given:
                continue
            sibling = _sibling(path, table, point) if path else None
            if sibling is None:
                self.fail(tr("Choose the dialogue marks and the incidents, or a workspace layer of either so that "
                             "the other is taken from the same workspace."))
            params[name] = sibling.source()
            feedback.pushInfo(tr("The workspace's layer “{}” is used.").format(table))
        return params, path

    def _unsafe_marks(self, params, context, feedback, crs):
        """The marks' coordinates and which of them count as unsafe."""
        source = self.parameterAsSource(params, self.MARKS, context)
        feeling = self.parameterAsString(params, self.FEELING_FIELD, context) or None
        if feeling and source.fields().lookupField(feeling) < 0:
            if params.get(self.FEELING_FIELD) not in (None, ""):
                self.fail(tr("The dialogue marks have no field “{}”.").format(feeling))
            feedback.pushInfo(tr("The dialogue marks have no field “{}”; every mark counts as unsafe.").format(
                feeling))
            feeling = None
        table = read_points(self, params, self.MARKS, context, feedback, crs, fields=(feeling,) if feeling else ())
        if feeling:
            values = np.asarray(table.attributes[feeling], dtype=float)
            unsafe = ~(values > self.parameterAsInt(params, self.UNSAFE_MAX, context))  # NaN (no feeling) counts
        else:
            unsafe = np.ones(len(table), dtype=bool)
        feedback.pushInfo(tr("{unsafe} of {n} dialogue marks count as unsafe.").format(
            unsafe=format_number(unsafe.sum()), n=format_number(len(table))))
        return table.x, table.y, unsafe

    def _incidents(self, params, context, feedback, crs):
        source = self.parameterAsSource(params, self.INCIDENTS, context)
        time_field = self.time_field_value(params, context, source, feedback=feedback)
        expression = (self.parameterAsString(params, self.FILTER, context) or "").strip() or None
        if expression:
            validate_expression(self, expression, source, context)
        table = read_points(self, params, self.INCIDENTS, context, feedback, crs,
                            fields=(time_field,) if time_field else (), expression=expression)
        table, _, _, _ = time_window(self, params, context, feedback, table, time_field, self.START, self.END)
        feedback.pushInfo(tr("{} incidents are used.").format(format_number(len(table))))
        return table.x, table.y

    # -- units: grid cells or areas ----------------------------------------------------------------------------------
    def _grid(self, params, context, feedback, crs, path, points):
        """Square cells over the study area: (cell geometries, lattice, queen weights, the name of the area each
        cell's centre lies in (None outside), the areas' names)."""
        from ...core.geometry import points_in_polygons
        from ...core.hotspot import lattice_queen

        cell_size = self.parameterAsDouble(params, self.CELL_SIZE, context)
        polygons, bounds = read_mask(self, params, self.MASK, context, crs, feedback)
        area_params, area_name = params, self.MASK
        if polygons is None and path:
            areas = _sibling(path, "areas", QgsWkbTypes.GeometryType.PolygonGeometry)
            if areas is not None and areas.featureCount() > 0:
                polygons, bounds = mask_from_source(self, areas, context, crs, feedback)
                area_params, area_name = dict(params, **{self.MASK: areas.source()}), self.MASK
                feedback.pushInfo(tr("No study area was given: the workspace's {} areas are used.").format(
                    areas.featureCount()))
        if polygons is None:
            x_all, y_all = points
            if x_all.size < 3:
                self.fail(tr("There are too few marks and incidents to draw a study area around; give a study "
                             "area."))
            polygons, bounds = hull_study_area(x_all, y_all, cell_size)
            area_name = None
            if polygons is None:
                self.fail(tr("The marks and incidents lie on a line; give a study area."))
            feedback.pushInfo(tr("No study area was given: the convex hull of the marks and incidents is used."))
        lattice = build_lattice(self, np.zeros(0), np.zeros(0), cell_size, False, bounds, polygons)
        names = np.full(len(lattice), None, dtype=object)
        area_list = []
        if area_name is not None:
            # read a second time for the names; a silent feedback, the mask's own reading above logged its skips
            rings, ids, _geoms, values = read_area_polygons(self, area_params, area_name, context,
                                                            QgsProcessingFeedback(), crs,
                                                            ("name",) if self._has_name(area_params, area_name,
                                                                                        context) else ())
            labels = values.get("name") or [tr("Area {}").format(k + 1) for k in range(max(ids, default=-1) + 1)]
            area_list = [str(v) if v not in (None, "") else tr("Area {}").format(k + 1) for k, v in enumerate(labels)]
            inside = points_in_polygons(lattice.x, lattice.y, rings, ids)
            names[inside >= 0] = np.array(area_list, dtype=object)[inside[inside >= 0]]
        feedback.pushInfo(tr("{n} square cells of {size} m are judged.").format(
            n=format_number(len(lattice)), size=format_number(cell_size)))
        return (polygon_geometries(lattice.polygons()), lattice, lattice_queen(lattice), names, area_list)

    def _has_name(self, params, name, context):
        source = self.parameterAsSource(params, name, context)
        return source is not None and source.fields().lookupField("name") >= 0

    def _areas(self, params, context, feedback, crs):
        from ...core.hotspot import polygon_queen

        has_name = self._has_name(params, self.AREAS, context)
        rings, ids, geoms, values = read_area_polygons(self, params, self.AREAS, context, feedback, crs,
                                                       ("name",) if has_name else ())
        names = [str(v) if v not in (None, "") else tr("Area {}").format(k + 1)
                 for k, v in enumerate(values.get("name") or [None] * len(geoms))]
        w = polygon_queen([bytes(g.asWkb()) for g in geoms])
        return geoms, rings, ids, w, np.array(names, dtype=object)

    # -- main --------------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.bivariate import lattice_counts
        from ...core.geometry import points_in_polygons
        from ...core.perceived_safety import classify

        params, path = self._inputs(parameters, context, feedback)
        incidents_source = self.parameterAsSource(params, self.INCIDENTS, context)
        crs = self.metric_crs(incidents_source.sourceCrs(), feedback)
        feedback.setProgressText(tr("Reading the dialogue marks and incidents…"))
        mx, my, unsafe = self._unsafe_marks(params, context, feedback, crs)
        ix, iy = self._incidents(params, context, feedback, crs)
        self.check_cancel(feedback)
        feedback.setProgress(10)

        areas_mode = self.parameterAsSource(params, self.AREAS, context) is not None
        if areas_mode:
            geometries, rings, ids, w, names = self._areas(params, context, feedback, crs)
            n = len(geometries)
            mark_cell = points_in_polygons(mx, my, rings, ids)
            incident_cell = points_in_polygons(ix, iy, rings, ids)
            x = np.bincount(mark_cell[(mark_cell >= 0) & unsafe], minlength=n).astype(float)
            all_marks = np.bincount(mark_cell[mark_cell >= 0], minlength=n).astype(float)
            y = np.bincount(incident_cell[incident_cell >= 0], minlength=n).astype(float)
            outside_marks, outside_incidents = int(np.sum(mark_cell < 0)), int(np.sum(incident_cell < 0))
            area_list = list(names)
        else:
            all_x, all_y = np.concatenate([mx, ix]), np.concatenate([my, iy])
            geometries, lattice, w, names, area_list = self._grid(params, context, feedback, crs, path,
                                                                  (all_x, all_y))
            n = len(lattice)
            x, _ = lattice_counts(lattice, mx[unsafe], my[unsafe])
            all_marks, outside_marks = lattice_counts(lattice, mx, my)
            y, outside_incidents = lattice_counts(lattice, ix, iy)
        if outside_marks or outside_incidents:
            feedback.pushInfo(tr("{m} marks and {i} incidents lie outside the cells and are left out.").format(
                m=format_number(outside_marks), i=format_number(outside_incidents)))
        if n < MIN_UNITS:
            self.fail(tr("Only {n} cells or areas are there to judge; at least {m} are needed. Use smaller cells or "
                         "more, smaller areas.").format(n=n, m=MIN_UNITS))
        self.check_cancel(feedback)
        feedback.setProgress(20)

        feedback.setProgressText(tr("Testing the patterns…"))
        permutations = self.parameterAsInt(params, self.PERMUTATIONS, context)
        result = self.run_core(
            classify, x, y, w, min_count=self.parameterAsInt(params, self.MIN_COUNT, context),
            permutations=permutations, seed=self.parameterAsInt(params, self.SEED, context),
            alpha=self.parameterAsDouble(params, self.ALPHA, context),
            fdr=self.parameterAsBoolean(params, self.FDR, context),
            progress=self.progress_callback(feedback, 20, 85))
        self.check_cancel(feedback)
        status = result["status"]
        if status == "no_marks":
            feedback.pushWarning(tr("There are no unsafe dialogue marks in the cells, so fear and crime cannot be "
                                    "compared: every cell is shown as no pattern or too few to judge."))
        elif status != "ok":
            feedback.pushWarning(tr("The {what} are the same in every cell, so nothing can be compared: every "
                                    "cell is shown as no pattern or too few to judge.").format(
                what=tr("unsafe marks") if status == "flat_marks" else tr("incidents")))
        cls = result["cls"]
        counts = {code: int(np.sum(cls == code)) for code in CLASS_LABELS}
        for code, label in CLASS_LABELS.items():
            feedback.pushInfo(tr("{label}: {n} of {total}.").format(label=tr(label), n=format_number(counts[code]),
                                                                   total=format_number(n)))
        if self.parameterAsBoolean(params, self.FDR, context):
            feedback.pushInfo(tr("Significance from {} permutations, corrected for multiple testing (FDR).").format(
                format_number(permutations)))
        else:
            feedback.pushInfo(tr("Significance from {} permutations, not corrected for multiple testing.").format(
                format_number(permutations)))
        feedback.setProgress(85)

        results = self._write(parameters, context, feedback, crs, geometries, names, x, all_marks, y, result)
        table = self._table(names, None if areas_mode else area_list, cls, x, all_marks, y)
        if parameters.get(self.OUTPUT_TABLE) not in (None, ""):
            sink, dest = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields_of(TABLE_FIELDS),
                                              QgsWkbTypes.Type.NoGeometry)
            if sink is None:
                self.fail(tr("The output table could not be created."))
            for row in table:
                feature = QgsFeature(fields_of(TABLE_FIELDS))
                feature.setAttributes(row)
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            results[self.OUTPUT_TABLE] = dest
        feedback.setProgress(100)
        return results

    def _write(self, parameters, context, feedback, crs, geometries, names, x, all_marks, y, result):
        fields = fields_of(OUTPUT_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon,
                                          crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))
        labels = {code: tr(label) for code, label in CLASS_LABELS.items()}
        local_i = python_values(result["local_i"])
        p_sim = python_values(result["p_sim"])
        batch = []
        for k, geometry in enumerate(geometries):
            feature = QgsFeature(fields)
            shape = QgsGeometry(geometry)
            shape.convertToMultiType()
            feature.setGeometry(shape)
            code = str(result["cls"][k])
            feature.setAttributes([names[k], int(x[k]), int(all_marks[k]), int(y[k]), local_i[k], p_sim[k],
                                   result["quadrant"][k], code, labels[code]])
            batch.append(feature)
            if len(batch) >= 5000:
                self.check_cancel(feedback)
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, dest, "perceived_safety", categories=tuple(CLASS_LABELS))
        return {self.OUTPUT: dest}

    @staticmethod
    def _table(names, area_list, cls, x, all_marks, y):
        """One row per area: its name, cells in each class and the unsafe marks, all marks and incidents in them;
        a last row for the cells outside every area when there are such cells. ``area_list`` None: each unit is an
        area of its own (areas mode)."""
        rows = []
        outside = np.array([v is None for v in names], dtype=bool)
        if area_list is None:
            groups = [(names[k], np.arange(names.size) == k) for k in range(names.size)]
        elif not area_list:
            groups = [(tr("Study area"), np.ones(outside.size, dtype=bool))]
        else:
            groups = [(name, names == name) for name in dict.fromkeys(area_list)]
            if outside.any():
                groups.append((tr("Outside the areas"), outside))
        for name, mask in groups:
            rows.append([str(name), int(mask.sum())] + [int(np.sum(mask & (cls == code))) for code in CLASS_LABELS]
                        + [int(x[mask].sum()), int(all_marks[mask].sum()), int(y[mask].sum())])
        return rows
