"""One bulk reader for point inputs, shared by every algorithm, and the readers of polygon and line inputs.

Fast path: for a whole GeoPackage/OGR layer (no selection, no subset or filter, no reprojection), GDAL's Arrow
stream returns every point as fixed-width WKB and every attribute as a numpy column (~0.1 s per million points).
Fallback: plain iteration over the Processing feature source, which honours selections, filters, feature limits,
non-OGR providers and coordinate transforms.
"""

import re
from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsRectangle,
    QgsWkbTypes,
)

from ..i18n import tr
from .numbers import say

_WKB_POINT_LE = np.dtype([("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


@dataclass
class PointTable:
    x: np.ndarray
    y: np.ndarray
    attributes: dict = field(default_factory=dict)  # field name -> numpy array (datetime64[s], float, str objects)
    null_geometries: int = 0
    method: str = "iterate"

    def __len__(self):
        return len(self.x)

    def take(self, mask):
        return PointTable(self.x[mask], self.y[mask], {k: v[mask] for k, v in self.attributes.items()},
                          self.null_geometries, self.method)


def _ogr_location(layer):
    """(path, layer name) when the layer is a plain OGR layer the Arrow path can read, else None."""
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path:
        return None
    return path, parts.get("layerName") or None


def _plain_definition(parameters, name):
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return not (value.selectedFeaturesOnly or value.featureLimit != -1 or value.filterExpression)
    return True


def report_skipped(feedback, skipped, total, layer=None):
    """The one log line, the same in every algorithm, for input features left out because they have no geometry."""
    if not skipped or feedback is None:
        return
    if layer:
        feedback.pushWarning(say(tr("Skipped {n} of {total} features of \u201c{layer}\u201d: no geometry."),
            n=int(skipped), total=int(total), layer=layer))
    else:
        feedback.pushWarning(say(tr("Skipped {n} of {total} features: no geometry."), n=int(skipped),
                                                                                       total=int(total)))


def points_extent(source, target_crs, context):
    """The extent of a feature source in ``target_crs``: the layer's own extent when no transformation is needed,
    else the box of the transformed geometries (a transformed box would be larger, and a grid laid over it would
    differ from the one over the same data stored in ``target_crs``)."""
    if source.sourceCrs() == target_crs:
        return source.sourceExtent()
    request = QgsFeatureRequest().setNoAttributes()
    request.setDestinationCrs(target_crs, context.transformContext())
    box = QgsRectangle()
    box.setNull()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if not geometry.isNull() and not geometry.isEmpty():
            box.combineExtentWith(geometry.boundingBox())
    return box


def parameter_label(algorithm, name):
    """The (translated) label of the algorithm's parameter ``name``, for log lines about that input."""
    definition = algorithm.parameterDefinition(name)
    return definition.description() if definition is not None else name


def read_points(algorithm, parameters, name, context, feedback, target_crs, fields=(), expression=None,
                keep_null_geometries=False):
    """Read the point input ``name`` (see _read_points); features without geometry are counted and logged.

    With ``keep_null_geometries`` they stay in the table with NaN coordinates (``null_geometries`` still counts
    them) and the caller reports what it left out."""
    table = _read_points(algorithm, parameters, name, context, feedback, target_crs, fields, expression,
                         keep_null_geometries)
    if not keep_null_geometries:
        report_skipped(feedback, table.null_geometries, len(table) + table.null_geometries,
                       parameter_label(algorithm, name))
    return table


def _read_points(algorithm, parameters, name, context, feedback, target_crs, fields=(), expression=None,
                 keep_null_geometries=False):
    """Read the point input ``name`` into arrays in ``target_crs``.

    ``fields`` are attribute names to return; ``expression`` (a QGIS filter expression) forces the iterating path.
    Datetime fields come back as numpy datetime64[s] (NaT for null), numbers as float64 (NaN for null), text as
    Python str objects (None for null).
    """
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        algorithm.fail(tr("The input layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        algorithm.fail(tr("The input must be a point layer."))
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    location = _ogr_location(layer)
    same_crs = source.sourceCrs() == target_crs
    if location and same_crs and expression is None and _plain_definition(parameters, name):
        table = _read_arrow(location, fields, keep_null_geometries)
        if table is not None:
            return table
    return _read_iterating(source, context, feedback, target_crs, fields, expression, keep_null_geometries)


def _read_arrow(location, fields, keep_null_geometries=False):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path, layer_name = location
    try:
        ds = ogr.Open(path)
        lyr = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
            return None
        lyr.SetIgnoredFields([f for f in _field_names(lyr) if f not in fields])
        stream = lyr.GetArrowStreamAsNumPy(options=["GEOMETRY_ENCODING=WKB"])  # nullable columns come masked
        geometry_name = lyr.GetGeometryColumn() or "wkb_geometry"
        xs, ys, columns = [], [], {f: [] for f in fields}
        nulls = 0
        for batch in stream:
            geom = batch[geometry_name]
            if geom.dtype.kind == "V" and geom.dtype.itemsize == 21:
                points = np.frombuffer(geom.tobytes(), dtype=_WKB_POINT_LE)
                if not (np.all(points["order"] == 1) and np.all(points["type"] == 1)):
                    return None
                keep = np.ones(len(points), dtype=bool)
                x, y = points["x"], points["y"]
            else:  # variable-width: nulls, empties or non-2D points; let the generic path decide
                return None
            empty = ~(np.isfinite(x) & np.isfinite(y))
            nulls += int(empty.sum())
            if not keep_null_geometries:
                keep &= ~empty
            xs.append(x[keep])
            ys.append(y[keep])
            for f in fields:
                columns[f].append(_normalise_column(batch[f])[keep])
        if not xs:
            return PointTable(np.empty(0), np.empty(0), {f: np.empty(0, dtype=object) for f in fields}, 0, "arrow")
        return PointTable(np.concatenate(xs), np.concatenate(ys),
                          {f: np.concatenate(v) for f, v in columns.items()}, nulls, "arrow")
    except (RuntimeError, KeyError, ValueError):
        return None


def _field_names(lyr):
    defn = lyr.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def _normalise_column(values):
    if np.ma.isMaskedArray(values):
        mask = np.ma.getmaskarray(values)
        data = _normalise_column(np.ma.getdata(values))
        if mask.any():
            data = data.astype(object) if data.dtype.kind in "OU" else data.copy()
            data[mask] = {"M": np.datetime64("NaT"), "f": np.nan}.get(data.dtype.kind)
        return data
    if values.dtype.kind == "M":
        return values.astype("datetime64[s]")
    if values.dtype.kind == "S":
        return np.array([v.decode("utf-8") if v else None for v in values.tolist()], dtype=object)
    if values.dtype.kind in "iub":
        return values.astype(np.float64)
    if values.dtype.kind == "O":
        return np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in values], dtype=object)
    return values


def _read_iterating(source, context, feedback, target_crs, fields, expression, keep_null_geometries=False):
    request = QgsFeatureRequest()
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(context.expressionContext())
    names = source.fields().names()
    missing = [f for f in fields if f not in names]
    if missing:
        raise ValueError(missing)
    if expression is None:  # fetch only the attributes asked for (none for geometry alone)
        if fields:
            request.setSubsetOfAttributes(list(fields), source.fields())
        else:
            request.setNoAttributes()
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    total = max(source.featureCount(), 1)
    xs, ys, values = [], [], {f: [] for f in fields}
    nulls = 0
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 10000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(min(100.0, 100.0 * i / total))
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            nulls += 1
            if keep_null_geometries:
                xs.append(np.nan)
                ys.append(np.nan)
                for f in fields:
                    values[f].append(feature[f])
            continue
        x, y = _point_xy(geometry, transform)
        xs.append(x)
        ys.append(y)
        for f in fields:
            values[f].append(feature[f])
    columns = {f: _column_from_python(v) for f, v in values.items()}
    return PointTable(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), columns, nulls, "iterate")


def _point_xy(geometry, transform):
    """x, y of a point geometry (the first part of a multipoint), transformed first when ``transform`` is given."""
    if transform is not None:
        geometry.transform(transform)
    point = geometry.constGet()
    if QgsWkbTypes.isMultiType(geometry.wkbType()):
        point = point.geometryN(0)
    return point.x(), point.y()


def _column_from_python(values, kind=None):
    """A column from Python values; its kind ("M", "f" or "O") follows the values unless ``kind`` is given."""
    from qgis.PyQt.QtCore import QDate, QDateTime

    converted = []
    for v in values:
        if v is None or (hasattr(v, "isNull") and v.isNull()):
            converted.append(None)
            continue
        if isinstance(v, QDateTime):
            v = v.toPyDateTime().replace(tzinfo=None)
            kind = kind or "M"
        elif isinstance(v, QDate):
            v = v.toPyDate()
            kind = kind or "M"
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            kind = kind or "f"
        else:
            kind = "O" if kind in (None, "O") else kind
        converted.append(v)
    if kind == "M":
        return np.array([np.datetime64(v, "s") if v is not None else np.datetime64("NaT") for v in converted],
                        dtype="datetime64[s]")
    if kind == "f":
        return np.array([np.nan if v is None else float(v) for v in converted], dtype=np.float64)
    return np.array(converted, dtype=object)


# ---------------------------------------------------------------------------------------------------------------
# polygons and lines

def polygon_features(source, target_crs, context, feedback=None, repair=True):
    """The one loop over a polygon source: each feature with a geometry, transformed to ``target_crs`` and (with
    ``repair``) made valid where it is not. Returns ``(list of (feature, geometry), nulls, repaired)``."""
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    out = []
    nulls = repaired = 0
    for feature in source.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            nulls += 1
            continue
        if transform is not None:
            geometry.transform(transform)
        if repair and not geometry.isGeosValid():
            geometry = geometry.makeValid()
            repaired += 1
        out.append((feature, geometry))
    return out, nulls, repaired


def read_polygons(algorithm, source, context, feedback, target_crs, value_field=None):
    """Polygons of a feature source: (geometries, attribute rows, centroid x, centroid y, values or None, wkb)."""
    features, nulls, _ = polygon_features(source, target_crs, context, feedback, repair=False)
    geometries, rows, cx, cy, values, wkb = [], [], [], [], [], []
    missing = 0
    for feature, geometry in features:
        if value_field is not None:
            value = feature[value_field]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                missing += 1
                continue
            values.append(float(value))
        point = geometry.pointOnSurface().asPoint() if not geometry.centroid().within(geometry) \
            else geometry.centroid().asPoint()
        geometries.append(geometry)
        rows.append(feature.attributes())
        cx.append(point.x())
        cy.append(point.y())
        wkb.append(bytes(geometry.asWkb()))
    report_skipped(feedback, nulls, source.featureCount(), source.sourceName())
    if missing:
        algorithm.fail(say(tr("{n} polygons have no value in the field \u201c{field}\u201d. Fill them in or filter "
                          "them out first."), n=missing, field=value_field))
    return (geometries, rows, np.asarray(cx, float), np.asarray(cy, float),
            np.asarray(values, float) if value_field is not None else None, wkb)


def read_area_polygons(algorithm, parameters, name, context, feedback, target_crs, attributes):
    """Iterate the (few) area polygons: ``(rings_per_polygon, ids, geometries, {attr: [values]}, skipped)``.

    Geometries are transformed to ``target_crs``; invalid ones are repaired with makeValid (the log says so).
    """
    from shapely import wkb as shapely_wkb

    from ..core.geometry import polygon_rings_from_shapely

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        algorithm.fail(tr("The areas layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        algorithm.fail(tr("The areas must be a polygon layer."))
    features, skipped, repaired = polygon_features(source, target_crs, context)
    rings, ids, geoms = [], [], []
    values = {a: [] for a in attributes if a}
    for feature, geometry in features:
        shape = shapely_wkb.loads(bytes(geometry.asWkb()))
        parts = polygon_rings_from_shapely(shape) if shape.geom_type in ("Polygon", "MultiPolygon") else \
            [r for g in getattr(shape, "geoms", []) for r in polygon_rings_from_shapely(g)]
        if not parts:
            skipped += 1
            continue
        index = len(geoms)
        rings.extend(parts)
        ids.extend([index] * len(parts))
        geoms.append(geometry)
        for a in values:
            values[a].append(feature[a])
    report_skipped(feedback, skipped, source.featureCount(), parameter_label(algorithm, name))
    if repaired:
        feedback.pushInfo(say(tr("{} invalid area polygons were repaired before use."), repaired))
    return rings, ids, geoms, values


def split_names(text):
    """Names from a text parameter, separated by semicolons or new lines."""
    return [p.strip() for p in re.split(r"[;\n]", text or "") if p.strip()]


def read_points_with_times(algorithm, parameters, name, context, feedback, crs, time_field, fields=()):
    """read_points plus the time column as datetime64[s] (NaT for null)."""
    wanted = tuple(dict.fromkeys((time_field,) + tuple(f for f in fields if f)))
    table = read_points(algorithm, parameters, name, context, feedback, crs, fields=wanted)
    return table, time_column(table.attributes[time_field])


def time_column(values):
    from ..core.timeparse import parse_timestamps

    arr = np.asarray(values)
    if np.issubdtype(arr.dtype, np.datetime64):
        return arr.astype("datetime64[s]")
    return parse_timestamps(arr)


def read_lines(algorithm, parameters, name, context, feedback, target_crs, fields=(), what=None):
    """Read a line layer into (list of (n, 2) arrays, attributes {field: list}, n_null, source).

    Multi-part lines give one array per part (attributes repeated). Points/polygons → a clear error."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        algorithm.fail(tr("The input layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        algorithm.fail(say(tr("{} must be a line layer (it has points or polygons)."), what or name))
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    names = source.fields().names()
    lines, attrs, nulls = [], {f: [] for f in fields}, 0
    for i, feature in enumerate(source.getFeatures()):
        if i % 2000 == 0:
            algorithm.check_cancel(feedback)
        geom = feature.geometry()
        if geom.isNull() or geom.isEmpty():
            nulls += 1
            continue
        if transform is not None:
            geom.transform(transform)
        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for part in parts:
            if len(part) < 2:
                continue
            lines.append(np.array([(p.x(), p.y()) for p in part], dtype=float))
            for f in fields:
                value = feature[f] if f in names else None
                attrs[f].append(None if value is None or (hasattr(value, "isNull") and value.isNull())
                                else value)
    return lines, attrs, nulls, source


def read_levels(algorithm, values, field):
    """One number per line from a level field (empty = 0); text that is not a number is refused."""
    out = []
    for value in values:
        if value is None or (isinstance(value, str) and not value.strip()):
            out.append(None)
            continue
        try:
            out.append(float(value))
        except (TypeError, ValueError):
            algorithm.fail(tr("The level field '{field}' must hold numbers such as -1, 0 or 1 (found '{value}').")
                           .format(field=field, value=value))
    return out


# ---------------------------------------------------------------------------------------------------------------
# streamed reading: bounded memory for millions of points

BATCH_ROWS = 1 << 18  # points per batch of the streamed reader


def stream_points(algorithm, parameters, name, context, feedback, target_crs, fields=(), expression=None,
                  batch_size=None, rect=None):
    """The point input ``name`` as a stream of PointTable batches of at most ``batch_size`` points in
    ``target_crs``, holding only ``fields``: the same points and values as :func:`read_points`, in the same order,
    without ever holding all of them. Features without geometry are left out; each batch's ``null_geometries``
    counts those of its stretch of the layer (the caller sums and reports them with :func:`report_skipped`).

    ``batch_size`` defaults to BATCH_ROWS. A whole OGR layer is read through GDAL's Arrow stream with every
    other column ignored; anything else
    (selections, filters, expressions, reprojection, other providers, GDAL without Arrow) is iterated with only
    the needed attributes requested. ``rect`` (a QgsRectangle in the source's CRS, see extent_in_database) keeps
    only the points inside it, in the provider's query."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        algorithm.fail(tr("The input layer could not be read."))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        algorithm.fail(tr("The input must be a point layer."))
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    location = _ogr_location(layer)
    batch_size = max(int(batch_size or BATCH_ROWS), 1)
    if location and source.sourceCrs() == target_crs and expression is None and rect is None \
            and _plain_definition(parameters, name):
        stream = _arrow_stream(location, fields, batch_size)
        if stream is not None:
            return _iter_arrow(stream, fields, batch_size)
    return _iter_iterating(source, context, feedback, target_crs, fields, expression, batch_size, rect)


def _arrow_stream(location, fields, batch_size):
    """(dataset, layer, stream, geometry column) with only ``fields`` read, or None when GDAL cannot stream it."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    path, layer_name = location
    try:
        ds = ogr.Open(path)
        lyr = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
        if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy"):
            return None
        names = _field_names(lyr)
        if any(f not in names for f in fields):
            return None
        lyr.SetIgnoredFields([f for f in names if f not in fields])
        stream = lyr.GetArrowStreamAsNumPy(options=["GEOMETRY_ENCODING=WKB",
                                                    "MAX_FEATURES_IN_BATCH={}".format(int(batch_size))])
        return ds, lyr, stream, lyr.GetGeometryColumn() or "wkb_geometry"
    except (RuntimeError, KeyError, ValueError):
        return None


def _iter_arrow(stream, fields, batch_size):
    ds, lyr, batches, geometry_name = stream  # the dataset and layer stay referenced while the stream is read
    for batch in batches:
        x, y = _batch_xy(batch[geometry_name])
        known = np.isfinite(x) & np.isfinite(y)
        nulls = int(x.size - known.sum())
        if nulls:
            x, y = x[known], y[known]
        columns = {}
        for f in fields:
            column = _normalise_column_fast(batch[f])
            columns[f] = column[known] if nulls else column
        for a in range(0, max(x.size, 1), batch_size):
            part = slice(a, a + batch_size)
            yield PointTable(x[part], y[part], {f: v[part] for f, v in columns.items()}, nulls if a == 0 else 0,
                             "arrow")
    del ds, lyr


def _batch_xy(geom):
    """x and y of a batch's WKB geometries (NaN for null or empty ones); the first point of a multipoint."""
    if geom.dtype.kind == "V" and geom.dtype.itemsize == 21:
        points = np.frombuffer(geom.tobytes(), dtype=_WKB_POINT_LE)
        if np.all(points["order"] == 1) and np.all(points["type"] == 1):
            return points["x"].copy(), points["y"].copy()
        geom = [bytes(g) for g in geom]
    if np.ma.isMaskedArray(geom):
        data = np.ma.getdata(geom).astype(object)
        data[np.ma.getmaskarray(geom)] = None
        geom = data
    x = np.full(len(geom), np.nan)
    y = np.full(len(geom), np.nan)
    for i, value in enumerate(geom):
        if value is None or len(value) == 0:
            continue
        g = QgsGeometry()
        g.fromWkb(bytes(value))
        if g.isNull() or g.isEmpty():
            continue
        point = g.constGet()
        if QgsWkbTypes.isMultiType(g.wkbType()):
            point = point.geometryN(0)
        x[i], y[i] = point.x(), point.y()
    return x, y


def _normalise_column_fast(values):
    """As _normalise_column, but text is decoded once per distinct value instead of once per row."""
    # empty fixed-width text reads as null unless a mask says which values are null (then it stays "", as QGIS)
    fixed_width = values.dtype.kind == "S" and not np.ma.isMaskedArray(values)
    if np.ma.isMaskedArray(values) and np.ma.getdata(values).dtype.kind in "OS":
        data = np.ma.getdata(values).astype(object)
        data[np.ma.getmaskarray(values)] = None
        values = data
    if not np.ma.isMaskedArray(values) and values.dtype.kind in "OS":
        import pandas as pd

        codes, uniques = pd.factorize(np.asarray(values, dtype=object))
        decoded = [v.decode("utf-8") if isinstance(v, bytes) else v for v in uniques.tolist()]
        if fixed_width:
            decoded = [v if v else None for v in decoded]
        table = np.array(decoded + [None], dtype=object)
        return table[codes]  # code -1 (None) picks the trailing None
    return _normalise_column(values)


def _field_kinds(source, fields):
    """Numeric fields read as numbers in every batch of a stream, even in a batch that holds only nulls (other
    kinds follow the values, as in read_points)."""
    return {f: "f" if source.fields().field(f).isNumeric() else None for f in fields}


def _iter_iterating(source, context, feedback, target_crs, fields, expression, batch_size, rect=None):
    names = source.fields().names()
    missing = [f for f in fields if f not in names]
    if missing:
        raise ValueError(missing)
    request = QgsFeatureRequest()
    if rect is not None:  # a PostGIS layer adds "geom && ST_MakeEnvelope(...)" to its query (its spatial index)
        request.setFilterRect(rect)
    wanted = list(fields)
    if expression:
        from qgis.core import QgsExpression

        request.setFilterExpression(expression)
        request.setExpressionContext(context.expressionContext())
        referenced = QgsExpression(expression).referencedColumns()
        if QgsFeatureRequest.ALL_ATTRIBUTES in referenced:
            wanted = None
        else:
            wanted += [c for c in referenced if c in names and c not in wanted]
    if wanted is not None:  # only the columns needed travel from the provider
        request.setSubsetOfAttributes(wanted, source.fields())
    transform = None
    if source.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    kinds = _field_kinds(source, fields)
    total = max(source.featureCount(), 1)
    xs, ys, values = [], [], {f: [] for f in fields}
    nulls = 0

    def flush():
        columns = {f: _column_from_python(v, kinds[f]) for f, v in values.items()}
        return PointTable(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float), columns, nulls, "iterate")

    for i, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and i % 10000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(min(100.0, 100.0 * i / total))
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            nulls += 1
            continue
        x, y = _point_xy(geometry, transform)
        xs.append(x)
        ys.append(y)
        for f in fields:
            values[f].append(feature[f])
        if len(xs) >= batch_size:
            yield flush()
            xs, ys, values, nulls = [], [], {f: [] for f in fields}, 0
    if xs or nulls:
        yield flush()


def window_in_database(layer, time_field, start, end):
    """A filter expression for [start, end) of ``time_field`` that a PostGIS layer runs in its query (QGIS compiles
    it to SQL), when the field is a timestamp without time zone or a date; else None."""
    from qgis.core import QgsExpression

    if layer is None or layer.providerType() != "postgres" or (np.isnat(start) and np.isnat(end)):
        return None
    index = layer.fields().indexOf(time_field)
    if index < 0 or layer.fields().field(index).typeName().lower() not in (
            "timestamp", "timestamp without time zone", "date"):
        return None
    column = QgsExpression.quotedColumnRef(time_field)
    parts = []
    if not np.isnat(start):
        parts.append("{} >= to_datetime({})".format(column, QgsExpression.quotedString(str(start))))
    if not np.isnat(end):
        parts.append("{} < to_datetime({})".format(column, QgsExpression.quotedString(str(end))))
    return " AND ".join(parts)


def extent_in_database(layer, source_crs, target_crs, rect):
    """``rect`` (a QgsRectangle in ``target_crs``) as the box a PostGIS layer's query keeps its points in, when the
    layer's own CRS is ``target_crs`` (no transformation between them); else None."""
    if layer is None or layer.providerType() != "postgres" or rect is None or rect.isNull() or \
            source_crs != target_crs:
        return None
    return rect
