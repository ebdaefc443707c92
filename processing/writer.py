"""Writing outputs shared by the algorithms: features in batches to a sink, rasters, tables to Excel or CSV."""

import importlib.util
import os
import sqlite3
import uuid

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import tr


def write_features(algorithm, sink, fields, geometries, columns, feedback, start=90.0, end=100.0, base_rows=None):
    """Write one feature per geometry; ``columns`` is a list of Python value lists in field order after the
    ``base_rows`` (input attributes for polygon input)."""
    def features():
        for i, geometry in enumerate(geometries):
            feature = QgsFeature(fields)
            attrs = list(base_rows[i]) if base_rows is not None else []
            attrs += [col[i] for col in columns]
            feature.setAttributes(attrs)
            feature.setGeometry(geometry)
            yield feature

    add_in_batches(sink, features(), len(geometries), 5000, feedback, start, end)


def add_in_batches(sink, features, n, size, feedback, start, end):
    """Add the ``n`` features of the iterable ``features`` to ``sink`` ``size`` at a time, with progress from
    ``start`` to ``end`` and a cancel check between batches."""
    batch = []
    for i, feature in enumerate(features):
        batch.append(feature)
        if len(batch) >= size:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            feedback.setProgress(start + (end - start) * (i + 1) / n)
    if batch:
        sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    feedback.setProgress(end)



def polygon_wkb(rings):
    """ISO WKB of n single-ring polygons from closed vertex arrays shaped (n, m, 2), built at once: (the n
    geometries back to back as one bytes object, the size of each)."""
    n, m, _ = rings.shape
    dtype = np.dtype([("order", "u1"), ("type", "<u4"), ("rings", "<u4"), ("points", "<u4"),
                      ("xy", "<f8", (m * 2,))])
    buf = np.zeros(n, dtype=dtype)
    buf["order"] = 1
    buf["type"] = 3
    buf["rings"] = 1
    buf["points"] = m
    buf["xy"] = rings.reshape(n, m * 2)
    return buf.tobytes(), dtype.itemsize


def write_polygons(algorithm, parameters, name, context, fields, crs, rings, columns, feedback, start=90.0,
                   end=100.0):
    """Create the polygon sink ``name`` and write one feature per ring array of ``rings`` (closed, (n, m, 2)) with
    the value lists ``columns`` in field order; returns the sink's destination id.

    The geometries are built as one WKB buffer. A new GeoPackage layer is filled with one SQLite statement and its
    spatial index bulk-loaded (gpkg_bulk); any other destination (memory layer, other formats) gets its features
    through QGIS in batches."""
    raw, size = polygon_wkb(rings)
    n = rings.shape[0]
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.Type.Polygon, crs)
    if sink is None:
        algorithm.fail(tr("The output layer could not be created."))
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))
    target = _new_geopackage_layer(dest_id)
    if target is not None:
        del sink  # QGIS closes the new layer: an empty GeoPackage table with its spatial index
        if _append_geopackage(target, fields, raw, size, rings, columns):
            feedback.setProgress(end)
            return dest_id
        layer = QgsVectorLayer(dest_id, "output", "ogr")
        if not layer.isValid():
            algorithm.fail(tr("The output layer could not be created."))
        sink = layer.dataProvider()

    def features():
        rows = zip(*columns) if columns else ((),) * n
        for i, values in enumerate(rows):
            geometry = QgsGeometry()
            geometry.fromWkb(raw[i * size:(i + 1) * size])
            feature = QgsFeature(fields)
            feature.setAttributes(list(values))
            feature.setGeometry(geometry)
            yield feature

    add_in_batches(sink, features(), n, 20000, feedback, start, end)
    return dest_id


def _new_geopackage_layer(dest_id):
    """(path, layer name) when the sink's destination is a layer of a GeoPackage file, else None."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", dest_id or "")
    path = parts.get("path") or ""
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    if dest_id != path and os.path.exists(dest_id):  # a file literally named "x.gpkg|layername=y.gpkg"
        return None
    return path, parts.get("layerName") or os.path.splitext(os.path.basename(path))[0]


def _append_geopackage(target, fields, raw, size, rings, columns):
    from .gpkg_bulk import append_rows, gpkg_blobs

    boxes = np.column_stack([rings[:, :, 0].min(axis=1), rings[:, :, 0].max(axis=1),
                             rings[:, :, 1].min(axis=1), rings[:, :, 1].max(axis=1)])
    try:
        return append_rows(target[0], target[1], fields.names(), lambda srs_id: gpkg_blobs(raw, size, srs_id, boxes),
                           columns, boxes)
    except sqlite3.Error:
        return False


def write_table_file(df, path, feedback):
    """Write ``df`` to .xlsx (with pandas' Excel engine if one is installed, else GDAL's XLSX driver) or CSV for
    Swedish Excel; return the path written."""
    from .spreadsheet import write_xlsx

    base, ext = os.path.splitext(path)
    ext = ext.lower()
    if ext in (".xlsx", ".xls", ".xlsm"):
        engine = next((e for e in ("openpyxl", "xlsxwriter") if importlib.util.find_spec(e) is not None), None)
        if engine is not None:
            df.to_excel(base + ".xlsx", index=False, engine=engine)
            return base + ".xlsx"
        if write_xlsx(base + ".xlsx", list(df.columns), df.itertuples(index=False, name=None), "Lägesbild"):
            return base + ".xlsx"
        path = base + ".csv"
        feedback.pushWarning(tr("No Excel writer is available, so the table was written as CSV instead: {}").format(
            path))
    elif ext != ".csv":
        path = base + ".csv" if ext in ("", ".txt") else path
    # semicolons and decimal comma, with a BOM: what Swedish Excel opens directly
    df.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    return path


def write_raster(algorithm, output, values, grid, crs, nodata):
    """Write a Float32 GeoTIFF atomically (temporary file, then rename): no partial output on failure."""
    from osgeo import gdal

    folder = os.path.dirname(os.path.abspath(output))
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".trygghet-{uuid.uuid4().hex}.tif")
    try:
        ds = gdal.GetDriverByName("GTiff").Create(tmp, grid.cols, grid.rows, 1, gdal.GDT_Float32,
                                                  options=["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
        if ds is None:
            algorithm.fail(tr("The output raster {} could not be created.").format(output))
        ds.SetGeoTransform(grid.geotransform())
        ds.SetProjection(crs.toWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(nodata)
        band.WriteArray(values)
        band.ComputeStatistics(False)
        ds.FlushCache()
        ds = None
        os.replace(tmp, output)
    finally:
        for path in (tmp, tmp + ".aux.xml"):
            if os.path.exists(path):
                os.remove(path)
