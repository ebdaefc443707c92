"""trygghet:emerginghotspots — Esri's Emerging Hot Spot Analysis: space-time Gi*, Mann-Kendall, 17 categories."""

import numpy as np
from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, format_number
from ..fields import output_field, python_values
from ..grids import (
    DISTANCE_REASONS,
    MIN_FEATURES,
    build_lattice,
    choose_cell_size,
)
from ..masks import inside_mask, read_mask
from ..numbers import say
from ..reader import read_points
from ..writer import write_polygons

CATEGORY_SV = {
    "new_hot": "Ny hot spot",
    "consecutive_hot": "Sammanhängande hot spot",
    "intensifying_hot": "Intensifierad hot spot",
    "persistent_hot": "Ihållande hot spot",
    "diminishing_hot": "Avtagande hot spot",
    "sporadic_hot": "Sporadisk hot spot",
    "oscillating_hot": "Oscillerande hot spot",
    "historical_hot": "Historisk hot spot",
    "new_cold": "Ny kall fläck",
    "consecutive_cold": "Sammanhängande kall fläck",
    "intensifying_cold": "Intensifierad kall fläck",
    "persistent_cold": "Ihållande kall fläck",
    "diminishing_cold": "Avtagande kall fläck",
    "sporadic_cold": "Sporadisk kall fläck",
    "oscillating_cold": "Oscillerande kall fläck",
    "historical_cold": "Historisk kall fläck",
    "no_pattern": "Inget mönster",
}

TIME_STEPS = ("week", "month", "quarter", "year")
MAX_BINS = 50_000_000


def step_index(times, step):
    """Calendar step number of each datetime64 value: ISO weeks (Monday start), months, quarters or years."""
    days = times.astype("datetime64[D]").astype(np.int64)
    if step == "week":
        return (days + 3) // 7  # 1970-01-01 was a Thursday; weeks start on Monday
    months = times.astype("datetime64[M]").astype(np.int64)
    if step == "month":
        return months
    if step == "quarter":
        return months // 3
    return months // 12


def step_label(index, step):
    """Human-readable start of a step (ISO date), for the log."""
    if step == "week":
        return str(np.datetime64(int(index) * 7 - 3, "D"))
    months = {"month": 1, "quarter": 3, "year": 12}[step] * int(index)
    return str(np.datetime64(months, "M"))


class EmergingHotspots(TrygghetAlgorithm):
    NAME = "emerginghotspots"
    DISPLAY_NAME = "Emerging hot spots"
    GROUP = "hotspots"
    ADVANCED = ("NEIGHBORHOOD_DISTANCE", "NEIGHBORHOOD_TIME_STEP")
    HELP = (
        "Finds how hot spots develop over time, after Esri's Emerging Hot Spot Analysis. Incidents are counted per "
        "cell and time step (a space-time cube); a space-time Getis-Ord Gi* with false discovery rate correction "
        "marks each cell and step as hot, cold or neither; a Mann-Kendall test finds the trend of each cell's "
        "z-scores. Every analysed cell gets one of 17 categories: new, consecutive, intensifying, persistent, "
        "diminishing, sporadic, oscillating or historical hot spot, the same for cold spots, or no pattern. "
        "As in Esri's tool, with a study area (mask) every cell inside it is analysed, cells without incidents "
        "included; without a mask, cells without any incident in the whole period are left out."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    TIME_STEP = "TIME_STEP"
    CELL_SIZE = "CELL_SIZE"
    NEIGHBORHOOD_DISTANCE = "NEIGHBORHOOD_DISTANCE"
    NEIGHBORHOOD_TIME_STEP = "NEIGHBORHOOD_TIME_STEP"
    MASK = "MASK"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_incidents_param(N_("Point layer of incidents with a time field."))
        self.add_time_field_param(N_("Date/time of each incident (a date-time field or text such as 2024-05-01 "
                                     "21:30)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterEnum(self.TIME_STEP, tr("Time step"),
                                       [tr("Week"), tr("Month"), tr("Quarter"), tr("Year")], defaultValue=1),
            "Length of each time step of the space-time cube. Esri recommends at least 10 steps."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.CELL_SIZE, tr("Cell size (0 = automatic)"), 0.0, self.INPUT,
                                           minValue=0.0),
            "Size of the square cells in metres. 0 chooses it from the mean nearest-neighbour distance of the "
            "incidents, but at least the shorter side of the study area's bounding rectangle divided by 150 (Eck et "
            "al. 2005)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.NEIGHBORHOOD_DISTANCE, tr("Neighbourhood distance (0 = automatic)"),
                                           0.0, self.INPUT, minValue=0.0),
            "Cells whose centres lie within this distance are neighbours. 0 chooses it by incremental spatial "
            "autocorrelation of the cells' total counts."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.NEIGHBORHOOD_TIME_STEP, tr("Neighbourhood time steps"),
                                         QgsProcessingParameterNumber.Type.Integer, 1, minValue=0),
            "How many previous time steps belong to a bin's neighbourhood (1 = the step itself and the one "
            "before)."))
        self.add_mask_param(N_("Polygons of the study area: incidents and cells outside it are left out, and every "
                               "cell inside it is analysed, also cells without incidents."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Emerging hot spots"),
                                              QgsProcessing.SourceType.TypeVectorPolygon),
            "Cells with category (code), category_sv (Swedish), trend_z, trend_p, hot_steps and incidents."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core import hotspot
        from ...core.emerging import classify, space_time_gi_star
        from ...core.timeparse import parse_timestamps

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        step = TIME_STEPS[self.parameterAsEnum(parameters, self.TIME_STEP, context)]
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        distance = self.parameterAsDouble(parameters, self.NEIGHBORHOOD_DISTANCE, context)
        time_window = self.parameterAsInt(parameters, self.NEIGHBORHOOD_TIME_STEP, context)
        crs = self.metric_crs(source.sourceCrs(), feedback)
        mask_polygons, mask_bounds = read_mask(self, parameters, self.MASK, context, crs, feedback)

        feedback.setProgressText(tr("Reading the incidents…"))
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=(time_field,))
        times = parse_timestamps(table.attributes[time_field])
        no_time = np.isnat(times)
        if no_time.all() and len(table):
            self.fail(tr("None of the incidents has a valid time in the field \u201c{}\u201d.").format(time_field))
        if no_time.any():
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), int(no_time.sum())))
        x, y, times = table.x[~no_time], table.y[~no_time], times[~no_time]
        if mask_polygons is not None:
            keep = inside_mask(x, y, mask_polygons)
            if not keep.all():
                feedback.pushInfo(say(tr("{} incidents outside the study area were left out."),
                    int((~keep).sum())))
            x, y, times = x[keep], y[keep], times[keep]
        if x.size < MIN_FEATURES:
            self.fail(say(tr("Only {n} incidents were found; at least {m} are needed for a meaningful hot spot "
                             "analysis."), n=int(x.size), m=MIN_FEATURES))
        steps = step_index(times, step)
        first, last = int(steps.min()), int(steps.max())
        n_steps = last - first + 1
        if n_steps < 2:
            self.fail(tr("All incidents fall in a single time step; a trend needs at least two. Choose a shorter "
                         "time step."))
        feedback.pushInfo(say(tr("{n} time steps from {a} to {b}."),
            n=n_steps, a=step_label(first, step), b=step_label(last, step)))
        if n_steps < 10:
            feedback.pushWarning(say(tr("Only {} time steps: the trend test is weak with fewer than 10."), n_steps))
        feedback.setProgress(15)
        self.check_cancel(feedback)

        bounds = mask_bounds if mask_bounds is not None else (
            float(x.min()), float(y.min()), float(x.max()), float(y.max()))
        cell_size = choose_cell_size(self, x, y, cell_size, bounds, feedback)
        lattice = build_lattice(self, x, y, cell_size, False, bounds, mask_polygons)
        # the cell of every incident, in the lattice's numbering (-1: in a cell outside the mask)
        col = np.clip(np.floor((x - lattice.origin[0]) / cell_size).astype(np.int64), 0, lattice.ncols - 1)
        row = np.clip(np.floor((y - lattice.origin[1]) / cell_size).astype(np.int64), 0, lattice.nrows - 1)
        cell = lattice.index_grid()[row, col]
        ok = cell >= 0
        totals = np.bincount(cell[ok], minlength=len(lattice))
        # Esri's rule: with an analysis mask every location inside it is analysed, empty ones included; without a
        # mask only locations with at least one incident are.
        used = totals > 0 if mask_polygons is None else np.ones(len(lattice), dtype=bool)
        lattice = lattice.restrict(used)
        renumber = np.cumsum(used) - 1
        cell = renumber[cell[ok]]
        n_cells = len(lattice)
        if n_cells * n_steps > MAX_BINS:
            self.fail(say(tr("The space-time cube would have {n} bins, more than the limit of {m}. Choose a larger "
                             "cell size or a longer time step."), n=n_cells * n_steps, m=MAX_BINS))
        counts = np.bincount(cell * n_steps + (steps[ok] - first), minlength=n_cells * n_steps).reshape(
            n_cells, n_steps).astype(float)
        lattice.value = counts.sum(axis=1)
        if mask_polygons is None:
            feedback.pushInfo(say(tr("{cells} cells of {size} m with at least one incident are analysed ({bins} "
                                     "space-time bins)."), cells=format_number(n_cells),
                                                             size=format_number(cell_size, 1),
                                                             bins=format_number(n_cells * n_steps)))
        else:
            feedback.pushInfo(say(tr("All {cells} cells of {size} m inside the study area are analysed, {empty} of "
                                     "them without incidents ({bins} space-time bins)."),
                cells=format_number(n_cells), size=format_number(cell_size, 1),
                empty=format_number(int((totals == 0).sum())), bins=format_number(n_cells * n_steps)))
        if n_cells < 3:
            self.fail(tr("The incidents fall in fewer than 3 cells; choose a smaller cell size."))
        feedback.setProgress(30)
        self.check_cancel(feedback)

        if not distance > 0:
            try:
                distance, reason = hotspot.auto_distance_band(lattice.xy, lattice.value, lattice=lattice)
            except ValueError as err:
                self.fail(tr("The neighbourhood could not be built: {}").format(err))
            feedback.pushInfo(say(tr("Neighbourhood distance chosen automatically: {d} m. {why}"),
                d=format_number(distance, 1), why=tr(DISTANCE_REASONS[reason])))
        feedback.setProgressText(tr("Computing space-time Gi*…"))
        try:
            z, p = space_time_gi_star(counts, lattice.xy, distance, time_window)
        except ValueError as err:
            self.fail(tr("The statistic could not be computed: {}").format(err))
        feedback.setProgress(70)
        self.check_cancel(feedback)
        feedback.setProgressText(tr("Trend test and classification…"))
        codes, trend_z, trend_p, hot_steps = classify(z, p, fdr=True)
        feedback.setProgress(85)
        self.check_cancel(feedback)
        found = {}
        for code in codes.tolist():
            found[code] = found.get(code, 0) + 1
        for code in CATEGORY_SV:
            if found.get(code):
                feedback.pushInfo(say(tr("{label}: {n} cells"), label=CATEGORY_SV[code], n=found[code]))

        fields = QgsFields()
        for field in (output_field("category", "string", "Kategori (kod)", 20),
                      output_field("category_sv", "string", "Kategori", 40),
                      output_field("trend_z", "double", "Trend (z)"),
                      output_field("trend_p", "double", "Trend (p)"),
                      output_field("hot_steps", "int32", "Antal heta tidssteg"),
                      output_field("incidents", "int32", "Antal händelser")):
            fields.append(field)
        columns = [codes.tolist(), [CATEGORY_SV[c] for c in codes.tolist()], python_values(trend_z),
                   python_values(trend_p), [int(v) for v in hot_steps], [int(v) for v in lattice.value]]
        dest_id = write_polygons(self, parameters, self.OUTPUT, context, fields, crs, lattice.polygons(), columns,
                                 feedback)
        self.style_on_load(context, dest_id, "emerging")
        return {self.OUTPUT: dest_id}
