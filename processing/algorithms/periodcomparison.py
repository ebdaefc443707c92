"""trygghet:periodcomparison — Andresen's spatial point pattern test between a base and a test period."""

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import output_field, python_values
from ..grids import build_lattice
from ..numbers import say
from ..reader import read_points, read_polygons
from ..writer import write_features, write_polygons


class PeriodComparison(TrygghetAlgorithm):
    NAME = "periodcomparison"
    DISPLAY_NAME = "Compare two periods (SPPT)"
    GROUP = "hotspots"
    ADVANCED = ("CELL_SIZE", "SAMPLES", "SAMPLE_PCT", "CONFIDENCE", "SEED")
    HELP = (
        "Compares where incidents happened in a test period with a base period, by Andresen's spatial point pattern "
        "test. For each area (or grid cell) it gives the share of incidents in each period, a Monte Carlo "
        "confidence interval of the test period's share (85 % samples drawn with replacement) and whether the area's "
        "share changed significantly (changed: 1 higher, -1 lower, 0 similar). The S-index is the share of units "
        "with a similar share (1 = identical patterns); the robust S-index leaves out units without incidents in "
        "both periods. Both are logged and returned as outputs."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    BASE_START = "BASE_START"
    BASE_END = "BASE_END"
    TEST_START = "TEST_START"
    TEST_END = "TEST_END"
    AREAS = "AREAS"
    CELL_SIZE = "CELL_SIZE"
    SAMPLES = "SAMPLES"
    SAMPLE_PCT = "SAMPLE_PCT"
    CONFIDENCE = "CONFIDENCE"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    S_INDEX = "S_INDEX"
    ROBUST_S_INDEX = "ROBUST_S_INDEX"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_incidents_param(N_("Point layer of incidents with a time field."))
        self.add_time_field_param(N_("Date/time of each incident."))
        for name, label, help_text in (
                (self.BASE_START, tr("Base period start"), "First moment of the base (earlier) period."),
                (self.BASE_END, tr("Base period end"), "End of the base period (exclusive)."),
                (self.TEST_START, tr("Test period start"), "First moment of the test (later) period."),
                (self.TEST_END, tr("Test period end"), "End of the test period (exclusive).")):
            self.addParameter(self.help_param(QgsProcessingParameterDateTime(name, label), help_text))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
            "Areas to compare (e.g. DeSO). Without areas the incidents are counted in square grid cells."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size"), 250.0, self.INPUT, minValue=1.0),
            "Size of the grid cells in metres when no areas are given."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SAMPLES, tr("Monte Carlo samples"),
                                         QgsProcessingParameterNumber.Type.Integer, 200, minValue=20,
                                         maxValue=100000),
            "Number of samples of the test period (Andresen uses 100-200)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SAMPLE_PCT, tr("Sample size (%)"),
                                         QgsProcessingParameterNumber.Type.Double, 85.0, minValue=1.0,
                                         maxValue=100.0),
            "Share of the test incidents drawn in each sample (Andresen: 85 %)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.CONFIDENCE, tr("Confidence level (%)"),
                                         QgsProcessingParameterNumber.Type.Double, 95.0, minValue=50.0,
                                         maxValue=99.9),
            "Confidence level of the interval."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         1, minValue=0),
            "The same seed gives the same result."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Period comparison"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            "Areas or cells with base_count, test_count, base_pct, test_pct, ci_low, ci_high and changed."))
        self.addOutput(QgsProcessingOutputNumber(self.S_INDEX, tr("S-index")))
        self.addOutput(QgsProcessingOutputNumber(self.ROBUST_S_INDEX, tr("Robust S-index")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.geometry import points_in_polygons, polygon_rings_from_shapely
        from ...core.sppt import sppt
        from ...core.timeparse import parse_timestamps

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        periods = [datetime_param(self, parameters, name, context)
                   for name in (self.BASE_START, self.BASE_END, self.TEST_START, self.TEST_END)]
        if any(np.isnat(p) for p in periods):
            self.fail(tr("Both periods need a start and an end."))
        b0, b1, t0, t1 = periods
        if not (b0 < b1 and t0 < t1):
            self.fail(tr("Each period must end after it starts."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=(time_field,))
        times = parse_timestamps(table.attributes[time_field])
        if len(times) and np.isnat(times).all():
            self.fail(tr("None of the incidents has a valid time in the field \u201c{}\u201d.").format(time_field))
        if np.isnat(times).any():
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."),
                int(np.isnat(times).sum())))
        in_base = (times >= b0) & (times < b1)
        in_test = (times >= t0) & (times < t1)
        feedback.pushInfo(say(tr("Base period: {b} incidents; test period: {t} incidents."),
            b=int(in_base.sum()), t=int(in_test.sum())))
        if in_base.sum() < 30 or in_test.sum() < 30:
            self.fail(say(tr("Each period needs at least 30 incidents (base: {b}, test: {t})."),
                b=int(in_base.sum()), t=int(in_test.sum())))
        feedback.setProgress(20)
        self.check_cancel(feedback)

        areas = self.parameterAsSource(parameters, self.AREAS, context)
        base_rows = None
        cell_rings = None
        fields = QgsFields()
        if areas is not None:
            import shapely.wkb

            geometries, base_rows, _, _, _, wkb = read_polygons(self, areas, context, feedback, crs)
            if not geometries:
                self.fail(tr("The areas layer has no polygons."))
            polygons, ids = [], []
            for k, blob in enumerate(wkb):
                parts = polygon_rings_from_shapely(shapely.wkb.loads(blob))
                polygons += parts
                ids += [k] * len(parts)
            unit = points_in_polygons(table.x, table.y, polygons, ids)
            n_units = len(geometries)
            for field in areas.fields():
                fields.append(field)
            wkb_type = areas.wkbType()
        else:
            cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            sel = in_base | in_test
            x, y = table.x[sel], table.y[sel]
            bounds = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
            lattice = build_lattice(self, x, y, cell_size, False, bounds, None)
            col = np.clip(np.floor((table.x - bounds[0]) / cell_size).astype(np.int64), 0, lattice.ncols - 1)
            row = np.clip(np.floor((table.y - bounds[1]) / cell_size).astype(np.int64), 0, lattice.nrows - 1)
            inside = (table.x >= bounds[0]) & (table.x <= bounds[2]) & (table.y >= bounds[1]) & (table.y <= bounds[3])
            unit = np.where(inside, row * lattice.ncols + col, -1)
            n_units = len(lattice)
            cell_rings = lattice.polygons()
            wkb_type = QgsWkbTypes.Type.Polygon
        outside = (unit < 0) & (in_base | in_test)
        if outside.any():
            feedback.pushInfo(say(tr("{} incidents outside every area were left out."), int(outside.sum())))
        base = np.bincount(unit[in_base & (unit >= 0)], minlength=n_units)
        test = np.bincount(unit[in_test & (unit >= 0)], minlength=n_units)
        if base.sum() == 0 or test.sum() == 0:
            self.fail(tr("No incidents of one of the periods fall in the areas."))
        samples = self.parameterAsInt(parameters, self.SAMPLES, context)
        pct = self.parameterAsDouble(parameters, self.SAMPLE_PCT, context)
        confidence = self.parameterAsDouble(parameters, self.CONFIDENCE, context) / 100.0
        seed = self.parameterAsInt(parameters, self.SEED, context)
        try:
            result = sppt(base, test, samples=samples, sample_pct=pct, confidence=confidence, seed=seed)
        except ValueError as err:
            self.fail(tr("The test could not be computed: {}").format(err))
        feedback.pushInfo(say(tr("S-index: {s:.3f} (share of units whose share did not change significantly); robust "
                                 "S-index: {r:.3f} (units with incidents only)."),
            s=result.s_index, r=result.robust_s_index))
        feedback.pushInfo(say(tr("{up} units have a significantly higher share in the test period, {down} a lower "
                                 "one."), up=int(np.sum(result.changed == 1)),
                                            down=int(np.sum(result.changed == -1))))
        feedback.setProgress(60)
        self.check_cancel(feedback)

        for field in (output_field("base_count", "int32", "Antal (basperiod)"),
                      output_field("test_count", "int32", "Antal (testperiod)"),
                      output_field("base_pct", "double", "Andel basperiod (%)"),
                      output_field("test_pct", "double", "Andel testperiod (%)"),
                      output_field("ci_low", "double", "Konfidensintervall, nedre (%)"),
                      output_field("ci_high", "double", "Konfidensintervall, övre (%)"),
                      output_field("changed", "int32", "Förändring")):
            if fields.indexOf(field.name()) >= 0:
                self.fail(tr("The input already has a field named \u201c{}\u201d; rename it first.").format(
                    field.name()))
            fields.append(field)
        columns = [base.tolist(), test.tolist(), python_values(result.base_pct), python_values(result.test_pct),
                   python_values(result.ci_low), python_values(result.ci_high), [int(c) for c in result.changed]]
        if cell_rings is not None:  # cells: geometries built and written in bulk
            dest_id = write_polygons(self, parameters, self.OUTPUT, context, fields, crs, cell_rings, columns,
                                     feedback, start=60)
        else:
            sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, crs)
            if sink is None:
                self.fail(tr("The output layer could not be created."))
            write_features(self, sink, fields, geometries, columns, feedback, start=60, base_rows=base_rows)
        self.style_on_load(context, dest_id, "sppt")
        return {self.OUTPUT: dest_id, self.S_INDEX: result.s_index, self.ROBUST_S_INDEX: result.robust_s_index}
