"""trygghet:hotspotdensity — kernel density (heatmap) on QGIS's own grid, fast, with time window, filter and mask."""

import os

import numpy as np
from qgis.core import (
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRectangle,
    QgsUnitTypes,
)

from ...core import kde
from ...i18n import N_, tr
from .. import grids
from ..base import StylePostProcessor, TrygghetAlgorithm, datetime_param, format_number
from ..expressions import validate_expression
from ..masks import raster_mask
from ..numbers import say
from ..reader import points_extent
from ..styles import write_density_style
from ..timewindow import read_points_in_window
from ..writer import write_raster

YEAR_DAYS = 365.25


class HotspotDensity(TrygghetAlgorithm):
    NAME = "hotspotdensity"
    DISPLAY_NAME = "Hot-spot density (kernel density)"
    GROUP = "hotspots"
    HELP = (
        "Kernel density (heatmap) of incidents, computed on exactly the same grid as QGIS's own "
        "“Heatmap (Kernel Density Estimation)” (same extent, size, pixel and nodata, so the two compare cell by "
        "cell), but many times faster: the points are binned and convolved by FFT. Raw and Scaled values follow "
        "QGIS 3.40 (with its corrected scaling); “Incidents per km² per year” divides the "
        "Scaled density by the length of the time window. Choose a time field with a start and end to restrict "
        "the period, a filter expression to pick categories (e.g. \"category\" = 'narkotika') and a mask to blank "
        "out cells outside your areas. Input in a geographic CRS is transformed to SWEREF 99 TM. The output is a "
        "Float32 GeoTIFF with zero transparent and a ramp from yellow to dark red."
    )

    INPUT = "INPUT"
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    KERNEL = "KERNEL"
    DECAY = "DECAY"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    OUTPUT_VALUE = "OUTPUT_VALUE"
    TIME_FIELD = "TIME_FIELD"
    START = "START"
    END = "END"
    FILTER = "FILTER"
    MASK = "MASK"
    OUTPUT = "OUTPUT"

    KERNEL_NAMES = (N_("Quartic"), N_("Triangular"), N_("Uniform"), N_("Triweight"), N_("Epanechnikov"))
    OUTPUT_VALUE_NAMES = (N_("Raw"), N_("Scaled"), N_("Incidents per km² per year"))

    def initAlgorithm(self, config=None):  # noqa: N802
        Number = QgsProcessingParameterNumber  # noqa: N806
        self.add_incidents_param(N_("The point layer, e.g. the workspace's incidents. Selections are honoured."),
                                 label=N_("Incidents (points)"))
        self.addParameter(self.help_param(
            Number(self.RADIUS, tr("Radius (m)"), Number.Type.Double, 200.0, minValue=0.001),
            "Search radius (bandwidth) in metres: how far one incident spreads. 150–300 m suits a town district."))
        self.addParameter(self.help_param(
            Number(self.PIXEL_SIZE, tr("Pixel size (m)"), Number.Type.Double, 10.0, minValue=0.001),
            "Cell size of the output raster in metres."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.KERNEL, tr("Kernel shape"), [tr(k) for k in self.KERNEL_NAMES],
                                       defaultValue=0),
            "Kernel shape, the same choices in the same order as QGIS's heatmap. Quartic is the usual choice."))
        self.addParameter(self.help_param(
            Number(self.DECAY, tr("Decay ratio (triangular kernel only)"), Number.Type.Double, 0.0, True,
                   -100.0, 100.0),
            "For the triangular kernel: the kernel's value at the radius relative to its centre (0 = falls to "
            "zero, 1 = flat). As in QGIS."))
        self.addParameter(self.help_param(
            QgsProcessingParameterField(self.WEIGHT_FIELD, tr("Weight field"), parentLayerParameterName=self.INPUT,
                                        type=QgsProcessingParameterField.DataType.Numeric, optional=True),
            "Optional numeric field: each incident counts with this weight (empty = 0, as in QGIS)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.OUTPUT_VALUE, tr("Output value"),
                                       [tr(v) for v in self.OUTPUT_VALUE_NAMES], defaultValue=0),
            "Raw: sum of kernel values (as QGIS). Scaled: density per square metre (as QGIS 3.40, corrected). "
            "Incidents per km² per year: Scaled × 1,000,000 divided by the years of the time window (from START "
            "and END, or else from the first to the last time in the time field)."))
        self.add_time_field_param(N_(
            "Optional date/time field (a datetime field or text such as 2024-03-01 18:30). Points without a "
            "valid time are left out and counted in the log."), optional=True)
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.START, tr("Start of the time window"), optional=True),
            "Optional: only incidents at or after this time (needs a time field)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.END, tr("End of the time window"), optional=True),
            "Optional: only incidents before this time (needs a time field)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterExpression(self.FILTER, tr("Filter expression"), parentLayerParameterName=self.INPUT,
                                             optional=True),
            "Optional QGIS expression that selects the incidents to count, e.g. \"category\" = 'narkotika'."))
        self.add_mask_param(N_(
            "Optional polygons (e.g. the workspace's areas): cells whose centre lies outside them become nodata. "
            "The grid itself stays the same."), label=N_("Mask polygons"))
        self.addParameter(self.help_param(
            QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Density"), defaultValue=None),
            "The density raster, a Float32 GeoTIFF. A style file (.qml) is written next to it."))

    # -- helpers ------------------------------------------------------------------------------------------------
    def _extent(self, source, target_crs, context):
        return points_extent(source, target_crs, context)

    def _reach(self, parameters, context, inside, grid, radius, output_value):
        """The box of the points that can add to a cell kept by the mask (None without a mask, or when the rate
        per year takes its years from the times of all the points read): the kept cells' centres grown by the
        radius and three pixels (a point reaches the cells of its kernel window, at most the radius plus one
        pixel from it, and its binned mass lies within a pixel of it)."""
        if inside is None or not inside.any():
            return None
        if output_value == 2 and (np.isnat(datetime_param(self, parameters, self.START, context))
                                  or np.isnat(datetime_param(self, parameters, self.END, context))):
            return None
        rows = np.flatnonzero(inside.any(axis=1))
        cols = np.flatnonzero(inside.any(axis=0))
        p = float(grid.pixel_size)
        margin = radius + 3.0 * p
        return QgsRectangle(grid.x_min + (cols[0] + 0.5) * p - margin, grid.y_max - (rows[-1] + 0.5) * p - margin,
                            grid.x_min + (cols[-1] + 0.5) * p + margin, grid.y_max - (rows[0] + 0.5) * p + margin)

    # -- main ---------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        radius_m = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel_m = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        kernel = self.parameterAsEnum(parameters, self.KERNEL, context)
        decay = self.parameterAsDouble(parameters, self.DECAY, context)
        weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context) or None
        output_value = self.parameterAsEnum(parameters, self.OUTPUT_VALUE, context)
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        expression = (self.parameterAsString(parameters, self.FILTER, context) or "").strip() or None
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if radius_m <= 0 or pixel_m <= 0:
            self.fail(tr("Radius and pixel size must be greater than zero."))
        if source.featureCount() == 0:
            self.fail(tr("The input layer has no features."))
        if expression:
            validate_expression(self, expression, source, context)

        crs = self.metric_crs(source.sourceCrs(), feedback)
        per_metre = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, crs.mapUnits())
        radius, pixel = radius_m * per_metre, pixel_m * per_metre
        extent = self._extent(source, crs, context)
        if extent.isNull() or not all(np.isfinite([extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                   extent.yMaximum()])):
            self.fail(tr("The input layer has no points with a location."))
        grid = kde.grid_for_points(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                                   radius, pixel)
        grids.check_density_memory(self, grid, radius, kernel, decay, source.featureCount(), bool(weight_field))
        feedback.pushInfo(say(tr("Grid: {cols} × {rows} cells of {pixel} m, as QGIS's heatmap lays it out."),
            cols=grid.cols, rows=grid.rows, pixel=pixel_m))

        inside = raster_mask(self, parameters, self.MASK, context, grid, crs, feedback)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Reading points…"))
        read = read_points_in_window(self, parameters, self.INPUT, context, feedback, crs,
                                     fields=(weight_field,) if weight_field else (), time_field=time_field,
                                     start_name=self.START, end_name=self.END, expression=expression,
                                     reach=self._reach(parameters, context, inside, grid, radius, output_value))
        table, start, end = read.table, read.start, read.end
        self.check_cancel(feedback)
        if len(table) == 0:
            self.fail(tr("No points are left after the time window and filter; there is nothing to map."))
        feedback.pushInfo(say(tr("{} points go into the density."), len(table)))
        weights = table.attributes[weight_field] if weight_field else None

        years = None
        if output_value == 2:
            if not time_field:
                self.fail(tr("Incidents per km² per year needs a time field (and preferably a start and end)."))
            t0 = start if not np.isnat(start) else read.tmin
            t1 = end if not np.isnat(end) else read.tmax
            years = (t1 - t0) / np.timedelta64(1, "s") / (YEAR_DAYS * 86400.0)
            if not years > 0:
                self.fail(tr("The time window is empty, so no rate per year can be computed."))
            feedback.pushInfo(say(tr("The time window covers {} years."), format_number(years, 2)))

        feedback.setProgressText(tr("Computing the density…"))
        values = None
        n, chunk = len(table), grids.DENSITY_CHUNK
        for a in range(0, n, chunk):  # the density is a sum over points: a chunk at a time bounds the memory
            part = self.run_core(kde.kernel_density, table.x[a:a + chunk], table.y[a:a + chunk], grid, radius,
                                 kernel=kernel, weights=None if weights is None else weights[a:a + chunk],
                                 decay=decay, scaled=output_value >= 1,
                                 progress=self.progress_callback(feedback, 10.0 + 80.0 * a / n,
                                                                 10.0 + 80.0 * min(a + chunk, n) / n))
            if values is None:
                values = part if n <= chunk else part.astype(np.float64)
            else:
                values += part
        if output_value == 2:
            values = kde.per_km2_per_year(values, years, per_metre)
        values = np.asarray(values, dtype=np.float32)
        self.check_cancel(feedback)
        if inside is not None:
            values = np.where(inside, values, np.float32(kde.NODATA)).astype(np.float32)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Writing the raster…"))
        write_raster(self, output, values, grid, crs, kde.NODATA)
        sidecar = os.path.splitext(output)[0] + ".qml"
        valid = values[values != kde.NODATA] if inside is not None else values
        write_density_style(output, sidecar, float(valid.max()) if valid.size else 0.0)
        if context.willLoadLayerOnCompletion(output):
            context.layerToLoadOnCompletionDetails(output).setPostProcessor(StylePostProcessor.create(sidecar))
        feedback.setProgress(100.0)
        return {self.OUTPUT: output}
