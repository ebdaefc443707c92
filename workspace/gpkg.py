"""Create, open and upgrade EST workspaces stored in a GeoPackage.

Schema changes run through GDAL's GeoPackage driver inside one transaction, so an upgrade either completes or leaves
the file as it was. Values are written through OGR's feature API, never spliced into SQL.
"""

import datetime
import os
import tempfile

from osgeo import gdal, ogr, osr

from .schema import DEFAULT_EPSG, META_TABLE, SCHEMA_VERSION, layers_at

gdal.UseExceptions()
ogr.UseExceptions()

_OGR_TYPES = {
    "string": (ogr.OFTString, ogr.OFSTNone),
    "text": (ogr.OFTString, ogr.OFSTNone),
    "integer": (ogr.OFTInteger64, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
}
_OGR_GEOMETRY = {
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}


class WorkspaceError(Exception):
    """A workspace cannot be created, opened or upgraded. ``code`` says why; the caller translates."""

    def __init__(self, code, path, detail=""):
        super().__init__("{}: {} {}".format(code, path, detail).strip())
        self.code = code
        self.path = path
        self.detail = detail


def use_one_journal_mode():
    """Keep every GeoPackage this process opens in one SQLite journal mode (the rollback journal), so that several
    QGIS processes can share a workspace file.

    Left alone, QGIS's OGR provider switches a local GeoPackage to WAL while it writes, opens read-only connections
    with SQLite's NOLOCK (no file locks) and, when the last of *its own* connections to the file closes, switches the
    file back to the rollback journal. Another process still reading the file then either reads without locks while
    the file changes, or is left with a connection to a WAL that no longer exists ("unable to open database file"):
    its reads return no rows. With the GDAL option OGR_SQLITE_JOURNAL set, QGIS does none of that; every connection
    takes SQLite's ordinary locks and sees each committed transaction. A value the user set is kept."""
    if not gdal.GetConfigOption("OGR_SQLITE_JOURNAL"):
        gdal.SetConfigOption("OGR_SQLITE_JOURNAL", "DELETE")


def _field_defn(spec):
    ogr_type, subtype = _OGR_TYPES[spec.type]
    defn = ogr.FieldDefn(spec.name, ogr_type)
    defn.SetSubType(subtype)
    if spec.length:
        defn.SetWidth(spec.length)
    defn.SetAlternativeName(spec.alias)
    defn.SetNullable(not spec.not_null)
    literal = _literal_default(spec)
    if literal is not None:
        defn.SetDefault(literal)
    return defn


def _literal_default(spec):
    """The SQL-level default for constant defaults (so SQL users get them too); expressions stay QGIS-only."""
    default = spec.default
    if default is None or "(" in default:
        return None
    if spec.type == "boolean":
        return "1" if default == "true" else "0"
    return default


def _srs(epsg):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    return srs


def _create_layer(ds, layer, version, srs, description=""):
    options = ["IDENTIFIER={}".format(layer.title), "FID=fid"]
    if description:
        options.append("DESCRIPTION={}".format(description))
    if layer.geometry is None:
        lyr = ds.CreateLayer(layer.name, geom_type=ogr.wkbNone, options=options)
    else:
        lyr = ds.CreateLayer(layer.name, srs, _OGR_GEOMETRY[layer.geometry], options=options + ["GEOMETRY_NAME=geom"])
    for spec in layer.fields_at(version):
        lyr.CreateField(_field_defn(spec))
    return lyr


def create_gpkg_with_layers(path, layers, epsg, version=SCHEMA_VERSION):
    """A new GeoPackage at ``path`` with the empty ``layers`` (schema Layer specs) in EPSG:``epsg``, as the
    workspace creates them (a field project, for example, that holds only some of the workspace's layers)."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = _srs(epsg)
    for spec in layers:
        _create_layer(ds, spec, version, srs)
    ds = None


def _write_meta(ds, values):
    lyr = ds.GetLayerByName(META_TABLE)
    existing = {f.GetField("key"): f.GetFID() for f in lyr}
    for key, value in values.items():
        if key in existing:
            feature = lyr.GetFeature(existing[key])
            feature.SetField("value", str(value))
            lyr.SetFeature(feature)
        else:
            feature = ogr.Feature(lyr.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", str(value))
            lyr.CreateFeature(feature)


def read_meta(path):
    """The workspace's key/value metadata, or raise WorkspaceError("not_a_workspace")."""
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError as err:
        raise WorkspaceError("cannot_open", path, str(err)) from err
    lyr = ds.GetLayerByName(META_TABLE)
    if lyr is None:
        raise WorkspaceError("not_a_workspace", path)
    return {f.GetField("key"): f.GetField("value") for f in lyr}


def schema_version(path):
    return int(read_meta(path).get("schema_version", 0))


def create_workspace(path, epsg=DEFAULT_EPSG, version=SCHEMA_VERSION, description="", extra_meta=None, finish=None):
    """Create an empty workspace at ``path``. Refuses to touch an existing file: it may hold a measures register.

    The file is built under a temporary name beside the target and moved into place only when complete, so a
    failure leaves no partial workspace behind. ``finish(tmp_path)`` runs on the complete temporary file first
    (to fill it and store styles).
    """
    if os.path.exists(path):
        raise WorkspaceError("exists", path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise WorkspaceError("no_folder", path)
    handle, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=".trygghet-", dir=folder)
    os.close(handle)
    os.remove(tmp)
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        srs = _srs(epsg)
        ds.StartTransaction()
        meta = ds.CreateLayer(META_TABLE, geom_type=ogr.wkbNone, options=["IDENTIFIER=Trygghet metadata"])
        meta.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        meta.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        for layer in layers_at(version):
            _create_layer(ds, layer, version, srs, description)
        values = {
            "schema_version": version,
            "created_at": datetime.datetime.now().replace(microsecond=0).isoformat(),
            "epsg": epsg,
        }
        values.update(extra_meta or {})
        _write_meta(ds, values)
        ds.CommitTransaction()
        ds = None
        if finish is not None:
            finish(tmp)
        if os.path.exists(path):
            raise WorkspaceError("exists", path)
        os.replace(tmp, path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(tmp + suffix):
                os.remove(tmp + suffix)
    return path


def upgrade_workspace(path):
    """Bring an older workspace to SCHEMA_VERSION in place, in one transaction. Return (old, new) versions."""
    old = schema_version(path)
    if old > SCHEMA_VERSION:
        raise WorkspaceError("too_new", path, str(old))
    if old == SCHEMA_VERSION:
        return old, old
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    epsg = int(read_meta(path).get("epsg", DEFAULT_EPSG))
    srs = _srs(epsg)
    ds.StartTransaction()
    try:
        for layer in layers_at(SCHEMA_VERSION):
            lyr = ds.GetLayerByName(layer.name)
            if lyr is None:
                _create_layer(ds, layer, SCHEMA_VERSION, srs)
                continue
            present = {lyr.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(lyr.GetLayerDefn().GetFieldCount())}
            for spec in layer.fields_at(SCHEMA_VERSION):
                if spec.name not in present:
                    defn = _field_defn(spec)
                    defn.SetNullable(True)  # existing rows have no value yet
                    lyr.CreateField(defn)
        _write_meta(ds, {"schema_version": SCHEMA_VERSION,
                         "upgraded_at": datetime.datetime.now().replace(microsecond=0).isoformat()})
        ds.CommitTransaction()
    except Exception:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None
    return old, SCHEMA_VERSION


def _set_value(feature, spec, value):
    if value is None:
        feature.SetFieldNull(spec.name)
    elif spec.type == "datetime":
        feature.SetField(spec.name, value.strftime("%Y-%m-%dT%H:%M:%S"))
    elif spec.type == "date":
        feature.SetField(spec.name, value.strftime("%Y-%m-%d"))
    elif spec.type == "boolean":
        feature.SetField(spec.name, 1 if value else 0)
    else:
        feature.SetField(spec.name, value)


def write_columns(path, layer_spec, columns, version=SCHEMA_VERSION):
    """Append rows given as column lists (``{"geometry": [WKT…], field: […]}``) in one transaction."""
    return write_many(path, [(layer_spec, columns)], version=version)


def write_many(path, items, deletions=None, version=SCHEMA_VERSION):
    """Delete rows by fid (``deletions``: layer name -> fids) and append rows to several layers (``items``: (layer
    spec, columns) as for :func:`write_columns`), all in one transaction: everything or nothing. Returns the number
    of rows appended."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    total = 0
    ds.StartTransaction()
    try:
        for name, fids in (deletions or {}).items():
            lyr = ds.GetLayerByName(name)
            for fid in fids:
                if lyr.DeleteFeature(int(fid)) != 0:
                    raise RuntimeError("cannot delete feature {} of {}".format(fid, name))
        for layer_spec, columns in items:
            lyr = ds.GetLayerByName(layer_spec.name)
            specs = [f for f in layer_spec.fields_at(version) if f.name in columns]
            geometries = columns.get("geometry")
            n = len(columns[specs[0].name]) if specs else len(geometries or [])
            defn = lyr.GetLayerDefn()
            for i in range(n):
                feature = ogr.Feature(defn)
                for spec in specs:
                    _set_value(feature, spec, columns[spec.name][i])
                if geometries is not None and geometries[i] is not None:
                    feature.SetGeometry(ogr.CreateGeometryFromWkt(geometries[i]))
                lyr.CreateFeature(feature)
            total += n
        ds.CommitTransaction()
    except Exception:
        ds.RollbackTransaction()
        raise
    finally:
        ds = None
    return total
