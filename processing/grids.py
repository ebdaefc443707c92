"""Grids shared by the density and significance algorithms: the memory guard, the cell limit, square and hexagonal
lattices over a study area, and their cells as polygons."""

import math

from qgis.core import QgsGeometry

from ..i18n import N_, tr
from .base import format_number
from .masks import inside_mask
from .numbers import say

MEMORY_GUARD = 3 << 29  # bytes of working memory a density grid may use (1.5 GiB)
MIN_FEATURES = 30  # fewest incidents, cells or areas a significance test is run on
MAX_CELLS = 1_000_000
# an automatic cell is at least the study area's shorter side / 150 (Eck et al. 2005, "Mapping Crime: Understanding Hot
# Spots"): a town of 8 x 11 km then gets cells of about 50 m, not 20 m cells of which nine in ten are empty
CELL_SIZE_DIVISIONS = 150

CELL_SIZE_REASONS = {
    "mean_nn_distance": N_("It is the mean distance from each incident to its nearest neighbour, with locational "
                           "outliers removed, as in Optimized Hot Spot Analysis."),
    "extent_divisions": N_("It is the shorter side of the study area's bounding rectangle divided by 150, a rule of "
                           "thumb for crime maps (Eck et al. 2005): the mean distance from each incident to its "
                           "nearest neighbour is smaller and would leave most cells empty."),
    "max_cells_limit": N_("It was enlarged so that the grid stays within the cell limit."),
}
DISTANCE_REASONS = {
    "first_peak": N_("It is the first peak of incremental spatial autocorrelation (the z-score of global Moran's I)."),
    "no_peak_knn_mean": N_("Incremental spatial autocorrelation has no peak, so it is the mean distance to the k "
                           "nearest neighbours (k = 5 % of the cells, at least 3, at most 30)."),
}


def memory_text(nbytes):
    """Human-readable size in MiB/GiB (language neutral)."""
    if nbytes >= 1 << 30:
        return f"{nbytes / float(1 << 30):.1f} GiB"
    return f"{nbytes / float(1 << 20):.0f} MiB"


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
        algorithm.fail(say(tr("A grid with cells of {size:.0f} m would have {count} cells, more than the limit of "
                          "{limit}. Choose a larger cell size or a smaller study area."),
            size=cell_size, count=count, limit=limit))
    return count


def choose_cell_size(algorithm, x, y, cell_size, bounds, feedback):
    """``cell_size`` when it is given (> 0); else chosen from the incidents as Optimized Hot Spot Analysis does, but
    at least the study area's shorter side / CELL_SIZE_DIVISIONS, with a log line saying why."""
    from ..core.hotspot import auto_cell_size

    if cell_size > 0:
        return cell_size
    try:
        cell_size, reason = auto_cell_size(x, y, max_cells=MAX_CELLS, bounds=bounds,
                                              divisions=CELL_SIZE_DIVISIONS)
    except ValueError:
        algorithm.fail(tr("The incidents lie at fewer than 2 distinct places; no cell size can be chosen."))
    feedback.pushInfo(say(tr("Cell size chosen automatically: {size} m. {why}"),
        size=format_number(cell_size, 1), why=tr(CELL_SIZE_REASONS[reason])))
    return cell_size


def build_lattice(algorithm, x, y, cell_size, hexagon, bounds, mask_polygons, weights=None):
    """Aggregate points to a square or hexagonal lattice over ``bounds``; keep only cells whose centre is inside
    the mask. Zero cells are kept."""
    from ..core.hotspot import hex_lattice, square_lattice

    check_grid_size(algorithm, bounds, cell_size, hexagon)
    make = hex_lattice if hexagon else square_lattice
    try:
        lattice = make(x, y, cell_size, weights=weights, bounds=bounds, max_cells=4 * MAX_CELLS)
    except ValueError as err:
        algorithm.fail(say(tr("The grid could not be built: {}"), err))
    if mask_polygons is not None:
        lattice = lattice.restrict(inside_mask(lattice.x, lattice.y, mask_polygons))
    return lattice


def polygon_geometries(rings):
    """QgsGeometry polygons from closed vertex arrays shaped (n, m, 2), through one WKB buffer."""
    from .writer import polygon_wkb

    raw, size = polygon_wkb(rings)
    out = []
    for i in range(rings.shape[0]):
        geometry = QgsGeometry()
        geometry.fromWkb(raw[i * size:(i + 1) * size])
        out.append(geometry)
    return out




DENSITY_CHUNK = 1 << 21  # points per kernel density pass: the density is a sum over points, computed in chunks


def check_density_memory(algorithm, grid, radius, kernel, decay, n_points, weighted=False):
    """Refuse a density whose working memory (see core.scale.density_memory) would exceed MEMORY_GUARD, with advice
    that can help: the raster's own part shrinks only with a larger pixel or a smaller extent, the points' part
    only with fewer points (a filter or a shorter time window)."""
    from ..core.scale import density_memory
    from . import reader

    need = density_memory(grid, radius, kernel, n_points, decay, DENSITY_CHUNK, reader.BATCH_ROWS, weighted)
    if need["total"] <= MEMORY_GUARD:
        return need
    if need["raster"] >= need["points"]:
        algorithm.fail(say(tr("The raster would be {cols} × {rows} cells and need about {need} of memory, more than "
                          "the limit of {limit}; the raster alone takes {raster}. Use a larger pixel size or a "
                          "smaller layer extent."),
            cols=grid.cols, rows=grid.rows, need=memory_text(need["total"]), limit=memory_text(MEMORY_GUARD),
            raster=memory_text(need["raster"])))
    algorithm.fail(say(tr("The {n} points would need about {need} of memory, more than the limit of {limit}; the "
                      "points take {points} of it. Use a filter expression or a time window to map fewer points, "
                      "or split the layer."),
        n=int(n_points), need=memory_text(need["total"]), limit=memory_text(MEMORY_GUARD),
        points=memory_text(need["points"])))
