"""The study area: the mask's polygons read once, the defaults without one (the workspace's areas, the convex hull
of the incidents), and which points lie inside."""

import math

import numpy as np
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ..i18n import tr
from .numbers import say
from .reader import parameter_label, polygon_features, report_skipped


def read_mask(algorithm, parameters, name, context, target_crs, feedback=None):
    """The MASK polygons as (list of polygons for core.geometry.points_in_polygons, bounds) or (None, None)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None
    return mask_from_source(algorithm, source, context, target_crs, feedback)


def mask_from_source(algorithm, source, context, target_crs, feedback=None):
    """Polygons of a feature source (a mask parameter or a layer) as read_mask returns them."""
    import shapely.wkb

    from ..core.geometry import polygon_rings_from_shapely

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

    from ..core.geometry import polygon_rings_from_shapely

    hull = MultiPoint(np.column_stack([x, y])).convex_hull
    if hull.geom_type != "Polygon" or not hull.area > 0:
        return None, None
    area = hull.buffer(cell_size * math.sqrt(0.5), 16)
    return polygon_rings_from_shapely(area), tuple(float(v) for v in area.bounds)


def inside_mask(x, y, polygons):
    """Boolean array: the points inside the mask polygons (all True without a mask)."""
    from ..core.geometry import points_in_polygons

    if polygons is None:
        return np.ones(np.asarray(x).size, dtype=bool)
    return points_in_polygons(x, y, polygons) >= 0


def raster_mask(algorithm, parameters, name, context, grid, crs, feedback):
    """Boolean (rows, cols) array for a raster ``grid``: True where a cell centre lies inside the polygons of the
    mask parameter ``name``; None without a mask."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None
    from osgeo import gdal, ogr, osr

    mem = ogr.GetDriverByName("Memory").CreateDataSource("mask")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt())
    lyr = mem.CreateLayer("mask", srs, ogr.wkbMultiPolygon)
    count = 0
    features, nulls, _ = polygon_features(source, crs, context)
    for _feature, geometry in features:
        ogr_feature = ogr.Feature(lyr.GetLayerDefn())
        ogr_feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        lyr.CreateFeature(ogr_feature)
        count += 1
    report_skipped(feedback, nulls, source.featureCount(), parameter_label(algorithm, name))
    if count == 0:
        algorithm.fail(tr("The mask layer has no polygons."))
    ds = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(grid.geotransform())
    ds.SetProjection(crs.toWkt())
    gdal.RasterizeLayer(ds, [1], lyr, burn_values=[1])
    inside = ds.GetRasterBand(1).ReadAsArray().astype(bool)
    feedback.pushInfo(say(tr("Mask: {} of {} cells lie outside the mask polygons and are set to nodata."),
        int((~inside).sum()), inside.size))
    return inside
