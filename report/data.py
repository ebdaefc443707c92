"""The report's data: the layers it reads as tables, and the GeoPackage in the data folder next to the PDF that
the layout's atlas, maps and tables read from."""

import os
import shutil

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import report
from ..i18n import tr
from ..processing.fields import make_field

MARKER = ".lagesbild-underlag"  # marks a folder as a report's data folder, which a new report may replace
SUMMARY_FIELDS = ("area", "category", "n_current_text", "n_reference_text", "rate_current", "ratio_reference_area",
                  "change_pct", "change_p")


def is_data_folder_or_new(folder):
    """True when ``folder`` does not exist or is the data folder of an earlier report."""
    return not os.path.exists(folder) or os.path.exists(os.path.join(folder, MARKER))


def fresh_data_folder(project, folder):
    """Replace an earlier report's data folder (and forget the project's layers that read from it) by an empty one."""
    if os.path.exists(folder):
        forget_layers(project, folder)
        shutil.rmtree(folder)
    os.makedirs(folder)
    open(os.path.join(folder, MARKER), "w").close()


def discard_data_folder(project, folder, partial):
    """After a failed run: the data folder, its layers in the project and the half-written PDF go."""
    forget_layers(project, folder)
    shutil.rmtree(folder, ignore_errors=True)
    if os.path.exists(partial):
        os.remove(partial)


def frame(layer):
    """All attributes of a (small) layer as a DataFrame, with NULL as None; None when there is no layer."""
    if layer is None:
        return None
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        rows.append([None if (v is None or (hasattr(v, "isNull") and v.isNull())) else
                     (v.toString("yyyy-MM-dd") if hasattr(v, "toString") and not isinstance(v, str) else v)
                     for v in feature.attributes()])
    return pd.DataFrame(rows, columns=names)


def summary_frame(layer):
    table = frame(layer)
    if table is None or any(c not in table.columns for c in SUMMARY_FIELDS):
        return None
    for column in ("rate_current", "ratio_reference_area", "change_pct", "change_p"):
        table[column] = pd.to_numeric(table[column], errors="coerce")
    table["area"] = table["area"].astype(str)
    return table


def centroids(layer, crs, context):
    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) if layer.crs() != crs else None
    codes, xs, ys = [], [], []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        point = geometry.centroid()
        if transform is not None:
            point.transform(transform)
        p = point.asPoint()
        codes.append(str(feature["category"]))
        xs.append(p.x())
        ys.append(p.y())
    return codes, np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def chart_path(folder, prefix, area):
    for ext in (".png", ".svg"):
        path = os.path.join(folder, report.chart_name(prefix, area) + ext)
        if os.path.isfile(path):
            return path
    return None


def writer_options(gpkg, name):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer \
        if os.path.exists(gpkg) else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    return options


def write_layer(layer, gpkg, name, context, options=None):
    options = options or writer_options(gpkg, name)
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, gpkg, context.transformContext(),
                                                                      options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(tr("The report data could not be written: {}").format(message))
    return "{}|layername={}".format(gpkg, name)


def save(gpkg, name, rows, crs, geometry_type, context, kinds=None):
    """Write ``[(attributes dict, QgsGeometry or None)]`` as layer ``name``; return its uri."""
    columns = list(rows[0][0].keys()) if rows else list((kinds or {}).keys())
    fields = QgsFields()
    for column in columns:
        kind = (kinds or {}).get(column)
        if kind is None:
            value = rows[0][0][column]
            kind = "int" if isinstance(value, (int, np.integer)) and not isinstance(value, bool) else "string"
        fields.append(make_field(column, kind))
    geometry = QgsWkbTypes.displayString(geometry_type) if geometry_type is not None else "None"
    memory = QgsVectorLayer("{}?crs={}".format(geometry, crs.authid()), name, "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    features = []
    for attributes, geom in rows:
        feature = QgsFeature(memory.fields())
        feature.setAttributes([attributes[c] for c in columns])
        if geom is not None:
            g = QgsGeometry(geom)
            g.convertToMultiType()
            feature.setGeometry(g)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return write_layer(memory, gpkg, name, context)


def copy_layer(layer, gpkg, name, crs, context):
    options = writer_options(gpkg, name)
    if layer.crs() != crs:
        options.ct = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
    return write_layer(layer, gpkg, name, context, options)


def forget_layers(project, folder):
    """Remove the project's layers that read from an earlier report's data folder before it is replaced."""
    prefix = os.path.abspath(folder) + os.sep
    stale = [lid for lid, layer in project.mapLayers().items() if os.path.abspath(
        layer.source().split("|")[0]).startswith(prefix)]
    if stale:
        project.removeMapLayers(stale)
