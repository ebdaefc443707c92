"""Writing outputs shared by the algorithms: features in batches to a sink, rasters, tables to Excel or CSV."""

import importlib.util
import os
import uuid

from qgis.core import QgsFeature, QgsFeatureSink, QgsProcessingException

from ..i18n import tr


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
