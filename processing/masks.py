"""The study-area mask: its polygons read once, and which points lie inside."""

import math

import numpy as np

from ..i18n import tr
from .reader import polygon_features, report_skipped


def read_mask(algorithm, parameters, name, context, target_crs, feedback=None):
    """The MASK polygons as (list of polygons for core.geometry.points_in_polygons, bounds) or (None, None)."""
    import shapely.wkb

    from ..core.geometry import polygon_rings_from_shapely

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None
    features, nulls, _repaired = polygon_features(source, target_crs, context, feedback)
    polygons = []
    bounds = [math.inf, math.inf, -math.inf, -math.inf]
    for _feature, geometry in features:
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


def inside_mask(x, y, polygons):
    """Boolean array: the points inside the mask polygons (all True without a mask)."""
    from ..core.geometry import points_in_polygons

    if polygons is None:
        return np.ones(np.asarray(x).size, dtype=bool)
    return points_in_polygons(x, y, polygons) >= 0
