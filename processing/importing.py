"""What the file imports share: the workspace's CRS, extent and areas; reading CSV, Excel, GeoJSON and GeoPackage
into a table of strings (with geometries where the file has them); the rejects table; the log of counts and the
message refusing a file of which nothing could be imported."""

import os

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import tr
from .fields import make_field
from .numbers import say

__all__ = ["EXTENT_BUFFER_M", "VECTOR_EXTENSIONS", "area_names", "areas_extent", "check_workspace", "geometry_kinds",
           "log_counts", "nothing_imported", "read_source", "rejects_fields", "workspace_crs", "write_rejects"]

EXTENT_BUFFER_M = 2000.0
VECTOR_EXTENSIONS = (".gpkg", ".geojson", ".json", ".shp", ".fgb", ".sqlite")
ROWS_SHOWN = 5


def workspace_epsg(path):
    from ..workspace.gpkg import read_meta

    return int(read_meta(path).get("epsg", 3006))


def workspace_crs(path):
    return QgsCoordinateReferenceSystem("EPSG:{}".format(workspace_epsg(path)))


def areas_extent(path):
    """The extent of the workspace's areas (workspace CRS), or None when there are none."""
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("areas")
    if lyr is None or lyr.GetFeatureCount() == 0:
        return None
    xmin, xmax, ymin, ymax = lyr.GetExtent()
    ds = None
    return xmin, ymin, xmax, ymax


def area_names(path):
    """The names of the workspace's areas."""
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("areas")
    names = [f.GetFieldAsString("name") for f in lyr if f.IsFieldSetAndNotNull("name")] if lyr is not None else []
    ds = None
    return names


def check_workspace(algorithm, path, workspace, missing_message, feedback):
    """Fail clearly unless the file and the workspace exist and the workspace is one (``missing_message``, with {}
    for the path, says the file is missing); upgrade an older workspace, and say so in the log."""
    from ..workspace.gpkg import WorkspaceError, schema_version

    if not path or not os.path.exists(path):
        algorithm.fail(missing_message.format(path))
    if not workspace or not os.path.exists(workspace):
        algorithm.fail(say(tr("The workspace does not exist: {}"), workspace))
    try:
        version = schema_version(workspace)
    except WorkspaceError:
        algorithm.fail(say(tr("{} is not a Trygghet workspace."), workspace))
    if version < 3:
        from ..workspace.service import open_workspace

        open_workspace(workspace)  # an older workspace gains the perceived-safety layers first
        feedback.pushInfo(tr("The workspace was upgraded to the current schema first."))


def _text(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        return value.toString("yyyy-MM-ddTHH:mm:ss") if hasattr(value, "time") else value.toString("yyyy-MM-dd")
    return str(value)


def read_source(algorithm, path):
    """``(table of strings, geometries or None, CRS or None)``: a GeoJSON/GeoPackage (first layer) with its
    geometries and CRS, or a CSV/Excel table. The table's index gives row numbers as :func:`core.importer.read_table`
    (index + 2): for a layer the feature's position, 1 for the first."""
    from ..core.importer import read_table
    from .spreadsheet import read_sheet

    if os.path.splitext(path)[1].lower() in VECTOR_EXTENSIONS:
        layer = QgsVectorLayer(path, "source", "ogr")
        if not layer.isValid():
            algorithm.fail(say(tr("The file could not be read: {}"), path))
        names = [f.name() for f in layer.fields() if f.name() != "fid"]
        rows, geometries = [], []
        for feature in layer.getFeatures():
            rows.append([_text(feature[n]) for n in names])
            geometries.append(QgsGeometry(feature.geometry()) if feature.hasGeometry() else None)
        df = pd.DataFrame(rows, columns=names, dtype=object) if rows else pd.DataFrame(columns=names, dtype=object)
        df.index = np.arange(len(df), dtype=np.int64) - 1
        crs = layer.crs() if layer.isSpatial() else None
        if len(df) == 0:
            algorithm.fail(tr("The file has no rows."))
        return df, (geometries if layer.isSpatial() else None), crs
    try:
        df = read_table(path, excel_reader=read_sheet)
    except ValueError as err:
        if "no Excel reader" in str(err):
            algorithm.fail(tr("No Excel reader is installed; save the sheet as CSV and import that."))
        algorithm.fail(say(tr("The file could not be read: {}"), str(err)))
    except (OSError, UnicodeError) as err:
        algorithm.fail(say(tr("The file could not be read: {}"), str(err)))
    if len(df) == 0:
        algorithm.fail(tr("The file has no rows."))
    return df, None, None


def table_geometries(df, mode, columns):
    """Geometries from a table's columns: ("xy" | "latlon", x column, y column) points, or ("wkt", column) any
    geometry; None where the row gives none (both empty, or the 0,0 placeholder), an empty QgsGeometry where it
    cannot be read."""
    from ..core.importer import parse_number

    if mode == "wkt":
        out = []
        for text in df[columns[0]].astype(str).str.strip():
            if not text or text.upper().endswith("EMPTY"):
                out.append(None)
                continue
            out.append(QgsGeometry.fromWkt(text))
        return out
    a = df[columns[0]].astype(str).str.strip()
    b = df[columns[1]].astype(str).str.strip()
    xs, ys = parse_number(a), parse_number(b)
    out = []
    for ta, tb, x, y in zip(a, b, xs, ys):
        if (not ta and not tb) or (x == 0 and y == 0):
            out.append(None)
        elif not (np.isfinite(x) and np.isfinite(y)) or (mode == "latlon" and (abs(y) > 90 or abs(x) > 180)):
            out.append(QgsGeometry())
        else:
            out.append(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
    return out


def geometry_kinds(geometries, source_crs, target_crs):
    """Per geometry: kind ("point", "polygon", "none", "bad"), x, y (the point or the polygon's centroid) and WKT in
    ``target_crs`` (polygons made valid and multi)."""
    transform = None
    if source_crs is not None and source_crs.isValid() and source_crs != target_crs:
        transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
    n = len(geometries)
    kinds, xs, ys, wkts = np.full(n, "none", dtype=object), np.full(n, np.nan), np.full(n, np.nan), [None] * n
    for i, g in enumerate(geometries):
        if g is None:
            continue
        if g.isNull() or g.isEmpty():
            kinds[i] = "bad"
            continue
        g = QgsGeometry(g)
        if transform is not None:
            try:
                g.transform(transform)
            except QgsCsException:
                kinds[i] = "bad"
                continue
        gtype = g.type()
        if gtype == QgsWkbTypes.GeometryType.PointGeometry:
            points = g.asMultiPoint() if g.isMultipart() else [g.asPoint()]
            if len(points) != 1:
                kinds[i] = "bad"
                continue
            kinds[i], xs[i], ys[i] = "point", points[0].x(), points[0].y()
            wkts[i] = "POINT ({!r} {!r})".format(points[0].x(), points[0].y())
        elif gtype == QgsWkbTypes.GeometryType.PolygonGeometry:
            if not g.isGeosValid():
                g = g.makeValid()
            g.convertToMultiType()
            centre = g.centroid()
            if g.isEmpty() or centre.isNull() or g.area() <= 0:
                kinds[i] = "bad"
                continue
            kinds[i], xs[i], ys[i] = "polygon", centre.asPoint().x(), centre.asPoint().y()
            wkts[i] = g.asWkt()
        else:
            kinds[i] = "bad"
    return kinds, xs, ys, wkts


def rejects_fields():
    fields = QgsFields()
    for name, kind in (("row", "int"), ("reason", "string"), ("reason_text", "string"), ("raw", "string")):
        fields.append(make_field(name, kind))
    return fields


def write_rejects(sink, fields, rejects, labels):
    """The rejected rows into the rejects sink: row number, reason code, translated reason, the row's text."""
    if sink is None:
        return
    for row, raw, reason in zip(rejects["row"].tolist(), rejects["raw"].tolist(), rejects["reason"].tolist()):
        feature = QgsFeature(fields)
        feature.setAttributes([int(row), reason, tr(labels.get(reason, reason)), raw])
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


def log_counts(feedback, stats, labels):
    """The rows read, imported, skipped as duplicates and rejected, then each reject reason's count."""
    feedback.pushInfo(say(tr("{rows} rows read: {ok} imported, {dup} duplicates skipped ({file} within the file, "
                             "{old} already in the workspace), {bad} rejected."),
                          rows=stats["rows"], ok=stats["accepted"], dup=stats["duplicates"],
                          file=stats["duplicates_in_file"], old=stats["duplicates_existing"], bad=stats["rejected"]))
    for reason, label in labels.items():
        if stats.get(reason):
            feedback.pushInfo(say(tr("Rejected – {reason}: {n}"), reason=tr(label), n=stats[reason]))


def reason_counts(stats, rejects, labels):
    """Each reject reason with its count and first row numbers (the rows' contents are not repeated: they may hold
    personal data)."""
    parts = []
    for reason, label in labels.items():
        if not stats.get(reason):
            continue
        rows = rejects.loc[rejects["reason"] == reason, "row"].tolist()
        shown = ", ".join(str(int(r)) for r in rows[:ROWS_SHOWN]) + (", …" if len(rows) > ROWS_SHOWN else "")
        parts.append(say(tr("{reason}: {n} (rows {rows})"), reason=tr(label), n=stats[reason], rows=shown))
    return "; ".join(parts)


def nothing_imported(stats, rejects, labels):
    """The message refusing a file of which no row could be imported."""
    return say(tr("Nothing was imported: all {n} rows were rejected. {reasons}."),
        n=stats["rows"], reasons=reason_counts(stats, rejects, labels))
