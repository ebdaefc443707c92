"""The measures register (åtgärdsregister): Brå's action plan tied to map features, in a GeoPackage or PostGIS.

One store serves both backends through QGIS providers: reads and writes go through QgsVectorLayer data providers,
and every save runs inside one QgsTransaction (GeoPackage: the OGR provider's transaction on the shared dataset;
PostGIS: the postgres provider's transaction). Values are never spliced into SQL: filters are QGIS expressions built
with ``QgsExpression.createFieldEqualityExpression`` and writes are provider feature edits.

Contract for callers (the dock, algorithms):
- a measure is a ``dict`` with every field of ``schema.layer("measures")`` plus ``"fid"``; NULL is ``None``,
  dates are ``datetime.date``, timestamps ``datetime.datetime`` (naive local time); ``get`` also gives
  ``"geometry"`` (a QgsGeometry or None);
- links are dicts with ``layer_name, layer_source, feature_uuid, feature_fid, geometry_wkt`` (and optionally
  ``crs``: the CRS of ``geometry_wkt`` as QgsCoordinateReferenceSystem or auth id; without it the WKT is taken to
  be in the measures layer's CRS);
- optimistic concurrency: ``save`` takes the version the caller loaded and raises ConflictError when the stored
  one differs; nothing is written then;
- errors carry stable English codes; the UI translates them.
"""

import csv
import datetime
import os
import time
import uuid as uuid_module

from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsTransaction,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core import vocabulary
from ..core.timeparse import as_date
from ..core.vocabulary import CLOSED_STATUSES, REASON_STATUSES, STATUS_CODES  # noqa: F401 (the register's rules)
from ..i18n import N_, tr
from .gpkg import use_one_journal_mode
from .schema import layer as layer_spec

READ_ONLY_FIELDS = ("uuid", "version", "created_at", "updated_at", "updated_by")
LOG_ACTIONS = {"status": "status", "follow_up": "follow_up"}  # field → log action; everything else "edited"
BUSY_TIMEOUT_S = 10.0  # how long a save waits for another writer's lock before giving up
LINK_KEYS = ("layer_name", "layer_source", "feature_uuid", "feature_fid", "geometry_wkt")

MEASURES = layer_spec("measures")
LINKS = layer_spec("measure_links")
LOG = layer_spec("measure_log")
PROMISES = layer_spec("promises")
_FIELD_TYPES = {f.name: f.type for f in MEASURES.fields}


class ConflictError(Exception):
    """The measure was saved by someone else since the caller loaded it: who, when, and the version now stored.
    ``changed_by`` is who the store says saved it (in PostGIS the database login), ``changed_by_name`` the display
    name that party gave (PostGIS only; "" otherwise)."""

    def __init__(self, uuid, changed_by, changed_at, current_version, changed_by_name=""):
        super().__init__(f"measure {uuid} was changed by {changed_by} at {changed_at} (version {current_version})")
        self.uuid = uuid
        self.changed_by = changed_by or ""
        self.changed_at = changed_at or ""
        self.current_version = current_version
        self.changed_by_name = changed_by_name or ""


class ValidationError(Exception):
    """A value is refused. ``field`` names it, ``code`` says why ("title_required", "reason_required",
    "bad_status", "bad_value", "bad_number", "bad_date", "bad_priority", "read_only", "unknown_field")."""

    def __init__(self, field, code):
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


class StoreError(Exception):
    """The database refused or failed an operation. ``code``: "write_failed", "permission_denied", "not_found",
    "no_transaction", "bad_workspace"; ``detail`` is the provider's message (English or the server's language)."""

    def __init__(self, code, detail=""):
        super().__init__(f"{code}: {detail}".strip(": "))
        self.code = code
        self.detail = detail


class PermissionDeniedError(StoreError):
    """The database's row-level security refused the write (another organization's measure)."""

    def __init__(self, detail=""):
        super().__init__("permission_denied", detail)


class MeasureNotFoundError(KeyError):
    """No measure with that uuid."""


# ------------------------------------------------------------------------------------------------------------------
# value conversion between Python and QGIS
# ------------------------------------------------------------------------------------------------------------------

def _is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def to_python(value):
    """A QGIS attribute value as a plain Python value (None, date, datetime, str, int, float, bool)."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime().replace(tzinfo=None, microsecond=0) if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def _as_date(value, field):
    value = to_python(value) if isinstance(value, (QVariant, QDate, QDateTime)) else value
    try:
        return as_date(value)
    except ValueError:
        raise ValidationError(field, "bad_date") from None


def _as_datetime(value, field):
    value = to_python(value) if isinstance(value, (QVariant, QDate, QDateTime)) else value
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    try:
        return datetime.datetime.fromisoformat(str(value).replace("T", " ")).replace(tzinfo=None, microsecond=0)
    except ValueError:
        raise ValidationError(field, "bad_date") from None


def _normalise(spec, value):
    """A caller's value as the canonical Python value for the field ``spec`` (or ValidationError)."""
    if _is_null(value):
        return None
    if spec.type == "date":
        return _as_date(value, spec.name)
    if spec.type == "datetime":
        return _as_datetime(value, spec.name)
    if spec.type == "integer":
        if value == "":
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(spec.name, "bad_number") from None
        if number != int(number):
            raise ValidationError(spec.name, "bad_number")
        return int(number)
    if spec.type == "real":
        if value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValidationError(spec.name, "bad_number") from None
    if spec.type == "boolean":
        return bool(value)
    text = str(value)
    if text.strip() == "" and spec.type in ("string", "text"):
        return None
    return text


def _to_qgis(value):
    if value is None:
        return NULL
    if isinstance(value, datetime.datetime):
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


def _text(value):
    """A value as log text: ISO dates, '' for None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value == int(value):
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def _now():
    return datetime.datetime.now().replace(microsecond=0)


def _new_uuid():
    return str(uuid_module.uuid4())


def validate(values, partial=False):
    """Check and normalise measure values. ``partial``: only the given keys (a change set); otherwise the whole
    measure (title required). Returns the normalised dict; raises ValidationError."""
    out = {}
    for name, value in values.items():
        if name in ("fid", "geometry"):
            continue
        if name not in _FIELD_TYPES:
            raise ValidationError(name, "unknown_field")
        spec = MEASURES.field(name)
        out[name] = _normalise(spec, value)
        v = out[name]
        if v is not None and spec.values and v not in dict(spec.values):
            raise ValidationError(name, "bad_status" if name == "status" else "bad_value")
        if v is not None and spec.range and not spec.range[0] <= v <= spec.range[1]:
            raise ValidationError(name, "bad_priority" if name == "priority" else "bad_value")
        if v is not None and spec.type == "real" and v < 0:
            raise ValidationError(name, "bad_number")
    if not partial or "title" in out:
        if not out.get("title"):
            raise ValidationError("title", "title_required")
    return out


def check_state(measure):
    """Rules over the whole measure after a change: a status that needs a reason has one; dates in order."""
    if measure.get("status") in REASON_STATUSES and not (measure.get("status_reason") or "").strip():
        raise ValidationError("status_reason", "reason_required")
    if measure.get("status") is None:
        raise ValidationError("status", "bad_status")
    start, due = measure.get("planned_start"), measure.get("due_date")
    if start is not None and due is not None and due < start:
        raise ValidationError("due_date", "bad_date")


def overdue(measure, today):
    """True when the measure's due_date has passed (before ``today``) and it is not genomförd/avbruten/ej aktuell."""
    try:
        due = _as_date(measure.get("due_date"), "due_date")
    except ValidationError:
        return False
    if due is None:
        return False
    if isinstance(today, datetime.datetime):
        today = today.date()
    return due < today and measure.get("status") not in CLOSED_STATUSES


# ------------------------------------------------------------------------------------------------------------------
# the action plan export (Brå's columns)
# ------------------------------------------------------------------------------------------------------------------

def _when(m):
    start, due, done = (_as_date(m.get(k), k) for k in ("planned_start", "due_date", "done_date"))
    parts = []
    if start and due:
        parts.append(f"{start.isoformat()} – {due.isoformat()}")
    elif due:
        parts.append(tr("by {date}").format(date=due.isoformat()))
    elif start:
        parts.append(tr("from {date}").format(date=start.isoformat()))
    if done:
        parts.append(tr("done {date}").format(date=done.isoformat()))
    return "; ".join(parts)


def _who(m):
    who = [vocabulary.label("organization", m.get("responsible_org"), tr)] if m.get("responsible_org") else []
    return ", ".join(who + [str(m[k]) for k in ("responsible_person", "responsible_contact") if m.get(k)])


def _follow_up(m):
    label = vocabulary.label("follow_up", m.get("follow_up") or None, tr)
    goal = m.get("indicator") or ""
    return f"{label} ({goal})" if label and goal else (label or goal)


def _status(m):
    label = vocabulary.label("status", m.get("status") or None, tr)
    reason = m.get("status_reason") if m.get("status") in REASON_STATUSES else None
    return f"{label}: {reason}" if reason else label


ACTION_PLAN_COLUMNS = [
    (N_("Cause"), "_cause_numbered"),
    (N_("Measure"), "title"),
    (N_("Operational goal"), "operational_goal"),
    (N_("When"), _when),
    (N_("Who"), _who),
    (N_("Follow-up"), _follow_up),
    (N_("Status"), _status),
    (N_("Area"), "area"),
    (N_("Citizen promise"), "_promise_title"),
    (N_("Goal area"), "_goal_title"),
]


def action_plan_rows(measures, promise_titles=None, causes=None, goals=None):
    """The action plan as a header row plus one row of strings per measure, in Brå's column order, grouped by goal
    area (rows sorted by the goal's code, measures without a goal last, the given order kept within a goal).

    ``causes``: {measure uuid: [(number, text), …]} of the numbered causes a measure answers; the Orsak column shows
    them ("2. Dålig belysning längs gångvägen", several joined with "; "). A measure without linked causes falls back
    to its free-text cause, numbered by first appearance ("1. …") so that several measures can share one number.
    ``goals``: {goal uuid: (code, title)}."""
    promise_titles = promise_titles or {}
    causes = causes or {}
    goals = goals or {}
    numbers = {}
    rows = [[tr(header) for header, _getter in ACTION_PLAN_COLUMNS]]

    def goal_key(m):
        goal = goals.get(m.get("goal_uuid")) if m.get("goal_uuid") else None
        return (0, str(goal[0] or ""), str(goal[1] or "")) if goal else (1, "", "")

    for m in sorted(measures, key=goal_key):  # sorted() is stable: the caller's order within each goal
        m = dict(m)
        linked = causes.get(m.get("uuid")) or []
        cause = (m.get("cause") or "").strip()
        if linked:
            m["_cause_numbered"] = "; ".join(f"{number}. {text}" for number, text in linked)
        elif cause:
            numbers.setdefault(cause, len(numbers) + 1)
            m["_cause_numbered"] = f"{numbers[cause]}. {cause}"
        m["_promise_title"] = promise_titles.get(m.get("promise_uuid"), "") if m.get("promise_uuid") else ""
        goal = goals.get(m.get("goal_uuid")) if m.get("goal_uuid") else None
        m["_goal_title"] = " ".join(str(x) for x in goal if x) if goal else ""
        row = []
        for _header, getter in ACTION_PLAN_COLUMNS:
            value = getter(m) if callable(getter) else m.get(getter)
            row.append("" if value is None else _text(value))
        rows.append(row)
    return rows


def _write_csv(path, rows):
    # UTF-8 with BOM and ';' so that Excel with Swedish settings opens it with å, ä, ö and columns intact
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL).writerows(rows)


def _write_xlsx(path, rows):
    """Write .xlsx with openpyxl if importable, else with GDAL's XLSX driver; False if neither is available."""
    try:
        import openpyxl
    except ImportError:
        openpyxl = None
    if openpyxl is not None:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = tr("Action plan")[:31]
        for row in rows:
            sheet.append(row)
        book.save(path)
        return True
    try:
        from osgeo import ogr
    except ImportError:
        return False
    driver = ogr.GetDriverByName("XLSX")
    if driver is None:
        return False
    if os.path.exists(path):
        driver.DeleteDataSource(path)
    ds = driver.CreateDataSource(path)
    if ds is None:
        return False
    lyr = ds.CreateLayer(tr("Action plan"), geom_type=ogr.wkbNone)
    for header in rows[0]:
        lyr.CreateField(ogr.FieldDefn(header, ogr.OFTString))
    defn = lyr.GetLayerDefn()
    for row in rows[1:]:
        feature = ogr.Feature(defn)
        for i, value in enumerate(row):
            feature.SetField(i, value)
        lyr.CreateFeature(feature)
    ds = None
    return True


# ------------------------------------------------------------------------------------------------------------------
# the store
# ------------------------------------------------------------------------------------------------------------------

class MeasureStore:
    """The register over one workspace: a GeoPackage file or a PostGIS schema. Use the two class methods."""

    TABLES = ("measures", "measure_links", "measure_log", "promises")  # the tables this store reads and writes

    def __init__(self, provider, uris, conn_string, label):
        self.provider = provider
        self._uris = uris
        self._conn_string = conn_string
        self.label = label
        self._layers = {}
        self._in_transaction = {}  # name → the layer of the transaction under way (its reads see its writes)
        self.audited = False

    # --- construction -------------------------------------------------------------------------------------------

    @classmethod
    def for_geopackage(cls, path):
        """The register of the workspace GeoPackage at ``path``."""
        path = os.path.abspath(path)
        if not os.path.exists(path):
            raise StoreError("bad_workspace", path)
        uris = {name: f"{path}|layername={name}" for name in cls.TABLES}
        use_one_journal_mode()  # several QGIS processes may share this file
        store = cls("ogr", uris, path, path)
        store._check()
        return store

    @classmethod
    def for_postgis(cls, connection_uri, schema):
        """The register in PostGIS schema ``schema``; ``connection_uri`` is a QgsDataSourceUri string
        (e.g. "host=… port=… dbname=… user=…" or "service=…")."""
        base = QgsDataSourceUri(connection_uri)
        uris = {}
        for spec in (layer_spec(name) for name in cls.TABLES):
            uri = QgsDataSourceUri(base.connectionInfo(False))
            if spec.geometry:
                uri.setDataSource(schema, spec.name, "geom", "", "fid")
                uri.setWkbType(QgsWkbTypes.Type.Point)
            else:
                uri.setDataSource(schema, spec.name, None, "", "fid")
            uris[spec.name] = uri.uri(False)
        store = cls("postgres", uris, base.connectionInfo(False), f"{base.database()}/{schema}")
        store._check()
        return store

    def _check(self):
        for name in self._uris:
            layer = self._layer(name)
            if not layer.isValid():
                raise StoreError("bad_workspace", "{}: {}".format(name, layer.dataProvider().error().summary()
                                                                  if layer.dataProvider() else ""))
            missing = [f.name for f in layer_spec(name).fields if layer.fields().indexOf(f.name) < 0]
            if missing:
                raise StoreError("bad_workspace", "{} lacks {}".format(name, ", ".join(missing)))
        # PostGIS with the audit triggers: the database stamps versions, times and authors and writes the log itself
        # (organizations cannot write it); the store only hands over the display name and the note of a change
        self.audited = (self.provider == "postgres"
                        and self._layer("measures").fields().indexOf("change_note") >= 0
                        and self._layer("measure_log").fields().indexOf("changed_by_name") >= 0)

    def _layer(self, name):
        if name in self._in_transaction:
            return self._in_transaction[name]
        layer = self._layers.get(name)
        if layer is None:
            title = layer_spec(name).title
            layer = QgsVectorLayer(self._uris[name], title, self.provider)
            self._layers[name] = layer
        return layer

    def layer_uri(self, name):
        return self._uris[name]

    def measures_layer(self):
        """The measures layer (a QgsVectorLayer the caller may add to the project, select and zoom on)."""
        return self._layer("measures")

    # --- reading --------------------------------------------------------------------------------------------------

    def _rows(self, name, request=None, geometry=False):
        layer = self._layer(name)
        request = request or QgsFeatureRequest()
        if not geometry:
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        fields = layer.fields()
        names = [fields.at(i).name() for i in range(fields.count())]
        kinds = [layer_spec(name).field(n).type if n in {f.name for f in layer_spec(name).fields} else "other"
                 for n in names]
        dated = [i for i, k in enumerate(kinds) if k in ("date", "datetime")]
        rows = []
        for feature in layer.getFeatures(request):
            values = feature.attributes()
            for i, v in enumerate(values):
                if isinstance(v, QVariant):
                    values[i] = None if v.isNull() else v.value()
            for i in dated:
                v = values[i]
                if v is not None:
                    values[i] = to_python(v) if isinstance(v, (QDate, QDateTime)) else _as_value(kinds[i], v)
            row = dict(zip(names, values))
            row["fid"] = feature.id()
            if geometry:
                geom = feature.geometry()
                row["geometry"] = None if geom is None or geom.isNull() else QgsGeometry(geom)
            rows.append(row)
        return rows

    @staticmethod
    def _equal(field, value):
        return QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression(field, value))

    def _all_rows(self, name):
        """Every row of a table without geometry: GDAL's Arrow stream for a GeoPackage (about ten times faster than
        iterating QgsFeatures), the QGIS provider otherwise or if that fails."""
        if self.provider == "ogr":
            try:
                return _arrow_rows(self._conn_string, name, [f.name for f in layer_spec(name).fields])
            except Exception:  # noqa: BLE001 - any GDAL trouble: the provider path below is always right
                pass
        return self._rows(name)

    def list_measures(self):
        """All measures as dicts (schema fields + "fid"), without geometry; in fid order."""
        return self._all_rows("measures")

    def get(self, uuid):
        """One measure with its "geometry" (QgsGeometry or None); MeasureNotFoundError if there is none."""
        rows = self._rows("measures", self._equal("uuid", uuid), geometry=True)
        if not rows:
            raise MeasureNotFoundError(uuid)
        return rows[0]

    def links(self, uuid):
        """The measure's linked features (dicts of the measure_links fields + "fid"), in the order linked."""
        return sorted(self._rows("measure_links", self._equal("measure_uuid", uuid)), key=lambda r: r["fid"])

    def link_geometries(self, uuid):
        """The linked features' geometry snapshots as QgsGeometry (in the measures layer's CRS)."""
        out = []
        for link in self.links(uuid):
            geom = QgsGeometry.fromWkt(link.get("geometry_wkt") or "")
            if not geom.isNull():
                out.append(geom)
        return out

    def log(self, uuid):
        """The measure's log, newest first."""
        rows = self._rows("measure_log", self._equal("measure_uuid", uuid))
        rows.sort(key=lambda r: (r.get("changed_at") or datetime.datetime.min, r["fid"]), reverse=True)
        return rows

    def log_since(self, since):
        """Every log row changed at or after ``since`` (date or datetime), newest first: "what changed since"."""
        since = _as_datetime(since, "since")
        rows = [r for r in self._all_rows("measure_log") if r.get("changed_at") and r["changed_at"] >= since]
        rows.sort(key=lambda r: (r["changed_at"], r["fid"]), reverse=True)
        return rows

    def promises(self):
        """All medborgarlöften (dicts of the promises fields + "fid"), by title."""
        return sorted(self._all_rows("promises"), key=lambda r: (r.get("title") or "").lower())

    # --- writing --------------------------------------------------------------------------------------------------

    def _transaction(self, names):
        if self.provider == "ogr":
            # A GeoPackage transaction gets layers of its own, made for it and dropped after it. QGIS's OGR provider
            # shares GDAL datasets between layers and hands a new transaction "the" update-mode dataset of the file;
            # a long-lived layer that already holds another update-mode dataset would then write outside the
            # transaction (its change committed or lost apart from the log rows written inside it). Fresh layers
            # leave exactly one update-mode dataset: the transaction's.
            layers = [QgsVectorLayer(self._uris[n], layer_spec(n).title, self.provider) for n in names]
            if not all(layer.isValid() for layer in layers):
                raise StoreError("no_transaction", self.label)
        else:
            layers = [self._layer(n) for n in names]
        for layer in layers:
            layer.dataProvider().enterUpdateMode()
        transaction = QgsTransaction.create(self._conn_string, self.provider)
        if transaction is None:
            for layer in layers:
                layer.dataProvider().leaveUpdateMode()
            raise StoreError("no_transaction", self.label)
        for layer in layers:
            if not transaction.addLayer(layer, False):
                for lyr in layers:
                    lyr.dataProvider().leaveUpdateMode()
                raise StoreError("no_transaction", layer.name())
        ok, error = transaction.begin()
        if not ok:
            for layer in layers:
                layer.dataProvider().leaveUpdateMode()
            raise StoreError("no_transaction", error)
        if self.provider == "ogr":
            self._in_transaction = dict(zip(names, layers))
        return _Tx(transaction, layers, self)

    def _anchor(self, geometry, links):
        """The measure's point: the given geometry as a point, else the centroid of the links' snapshots."""
        target = self.measures_layer().crs()
        if geometry is None or geometry.isNull():
            parts = []
            for link in links:
                geom = QgsGeometry.fromWkt(link.get("geometry_wkt") or "")
                if geom.isNull():
                    continue
                crs = link.get("crs")
                if crs:
                    crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
                    if crs.isValid() and target.isValid() and crs != target:
                        geom.transform(QgsCoordinateTransform(crs, target, QgsProject.instance()))
                parts.append(geom)
            if not parts:
                return None
            geometry = parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)
        geometry = QgsGeometry(geometry)
        gtype = geometry.type()
        if gtype == QgsWkbTypes.GeometryType.PointGeometry:
            point = geometry.centroid() if geometry.isMultipart() else geometry
        elif gtype == QgsWkbTypes.GeometryType.LineGeometry and not geometry.isMultipart():
            point = geometry.interpolate(geometry.length() / 2.0)
        elif gtype == QgsWkbTypes.GeometryType.PolygonGeometry:
            point = geometry.pointOnSurface()
        else:
            point = geometry.centroid()
        return None if point is None or point.isNull() else QgsGeometry.fromPointXY(point.asPoint())

    def _link_features(self, measure_uuid, links):
        layer = self._layer("measure_links")
        target = self.measures_layer().crs()
        out = []
        for link in links:
            f = QgsFeature(layer.fields())
            f["uuid"] = _new_uuid()
            f["measure_uuid"] = measure_uuid
            for key in LINK_KEYS:
                value = link.get(key)
                if key == "feature_fid" and value is not None:
                    value = int(value)
                if key == "geometry_wkt" and value and link.get("crs"):
                    crs = link["crs"]
                    crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
                    geom = QgsGeometry.fromWkt(value)
                    if crs.isValid() and target.isValid() and crs != target and not geom.isNull():
                        geom.transform(QgsCoordinateTransform(crs, target, QgsProject.instance()))
                        value = geom.asWkt(3)
                f[key] = _to_qgis(value)
            out.append(f)
        return out

    def _log_feature(self, measure_uuid, when, user, action, field=None, old=None, new=None, note=""):
        f = QgsFeature(self._layer("measure_log").fields())
        f["uuid"] = _new_uuid()
        f["measure_uuid"] = measure_uuid
        f["changed_at"] = _to_qgis(when)
        f["changed_by"] = user or NULL
        f["action"] = action
        f["field"] = field or NULL
        f["old_value"] = _text(old) if old is not None else NULL
        f["new_value"] = _text(new) if new is not None else NULL
        f["note"] = note or NULL
        return f

    def create(self, values, geometry, links, user):
        """Create a measure (version 1) with its links and a "created" log row in one transaction; return its uuid.

        ``geometry`` None: the centroid of the links' geometry snapshots (a line's midpoint, a polygon's point on
        surface for a single link). Status defaults to "forslag" and priority to 2."""
        links = list(links or [])
        clean = validate(dict(values))
        clean.setdefault("status", "forslag")
        if "priority" not in values:
            clean["priority"] = 2
        check_state(clean)
        point = self._anchor(geometry, links)
        now = _now()
        measure_uuid = _new_uuid()
        clean.update({"uuid": measure_uuid, "version": 1, "created_at": now, "updated_at": now,
                      "updated_by": user or None})
        feature = QgsFeature(self._layer("measures").fields())
        for name, value in clean.items():
            feature[name] = _to_qgis(value)
        if self.audited:
            feature["updated_by_name"] = user or NULL
        if point is not None:
            feature.setGeometry(point)
        log = [self._log_feature(measure_uuid, now, user, "created")]
        if links:
            log.append(self._log_feature(measure_uuid, now, user, "linked", "links", None,
                                         _links_text(links)))

        extra = [(name, rows) for name, rows in self._create_extra(measure_uuid) if rows]

        def write():
            with self._transaction(("measures", "measure_links", "measure_log") + tuple(n for n, _ in extra)) as tx:
                tx.add(self._layer("measures"), [QgsFeature(feature)])
                if links:
                    tx.add(self._layer("measure_links"), self._link_features(measure_uuid, links))
                if not self.audited:
                    tx.add(self._layer("measure_log"), log)
                for name, rows in extra:
                    tx.add(self._layer(name), [QgsFeature(f) for f in rows])
                tx.commit()

        self._retry_busy(write)
        return measure_uuid

    def _create_extra(self, measure_uuid):
        """[(table, [QgsFeature])] a subclass writes in the transaction that creates a measure."""
        return []

    @staticmethod
    def _retry_busy(write):
        """Run ``write`` (one whole transaction); while another process holds the GeoPackage's write lock, wait
        and run it again (up to BUSY_TIMEOUT_S). Any other error is raised at once."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return write()
            except StoreError as err:
                busy = any(w in err.detail.lower() for w in ("locked", "busy"))
                if not busy or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _current(self, uuid):
        rows = self._rows("measures", self._equal("uuid", uuid), geometry=True)
        if not rows:
            raise MeasureNotFoundError(uuid)
        return rows[0]

    def save(self, uuid, changes, expected_version, user, note=""):
        """Save ``changes`` to a measure in one transaction and return its new version.

        Raises ConflictError (nothing written) if the stored version is not ``expected_version``; ValidationError
        for refused values (status avbruten/ej_aktuell need status_reason). Appends one measure_log row per changed
        field (action "status", "follow_up" or "edited") with ``note``; bumps version, updated_at and updated_by.
        A "geometry" key (QgsGeometry) moves the measure. Nothing changed and no note: nothing is written and the
        current version is returned."""
        changes = dict(changes)
        new_geometry = changes.pop("geometry", None)
        for name in changes:
            if name in READ_ONLY_FIELDS or name == "fid":
                raise ValidationError(name, "read_only")
        clean = validate(changes, partial=True)
        fid = self._current(uuid)["fid"]  # stable; read outside the transaction so that the lock comes first
        return self._retry_busy(lambda: self._save(uuid, fid, clean, new_geometry, expected_version, user, note))

    def _save(self, uuid, fid, clean, new_geometry, expected_version, user, note):
        with self._transaction(("measures", "measure_log")) as tx:
            layer = self._layer("measures")
            # lock the row first (a no-op write of its immutable uuid): a concurrent save now waits for us, or we
            # for it, and the version read below is the latest committed one (PostgreSQL row lock; SQLite's
            # write lock taken before the read, so a GeoPackage snapshot cannot be stale either)
            tx.change(layer, fid, {layer.fields().indexOf("uuid"): uuid})
            current = self._current(uuid)
            stored = int(current.get("version") or 0)
            if stored != int(expected_version):
                raise ConflictError(uuid, current.get("updated_by"), _text(current.get("updated_at")), stored,
                                    current.get("updated_by_name"))
            merged = dict(current)
            merged.update(clean)
            check_state(merged)
            changed = [(n, current.get(n), v) for n, v in clean.items() if current.get(n) != v]
            point = None
            if new_geometry is not None:
                point = self._anchor(new_geometry, [])
                old_geom = current.get("geometry")
                if point is not None and (old_geom is None or not old_geom.equals(point)):
                    changed.append(("geometry", old_geom.asWkt(1) if old_geom else None, point.asWkt(1)))
                else:
                    point = None
            if not changed and not note:
                tx.rollback()
                return stored
            now = _now()
            version = stored + 1
            values = {n: v for n, _old, v in changed if n != "geometry"}
            values.update({"version": version, "updated_at": now, "updated_by": user or None})
            fields = layer.fields()
            if self.audited:  # the database writes the log and the stamps; it reads the name and note from here
                values.update({"updated_by_name": user or None, "change_note": note or None})
            attribute_map = {fields.indexOf(n): _to_qgis(v) for n, v in values.items()}
            tx.change(layer, current["fid"], attribute_map, point)
            log = [self._log_feature(uuid, now, user, LOG_ACTIONS.get(n, "edited"), n, old, new, note)
                   for n, old, new in changed]
            if not log:
                log = [self._log_feature(uuid, now, user, "edited", None, None, None, note)]
            if not self.audited:
                tx.add(self._layer("measure_log"), log)
            after = self._current(uuid)
            if int(after.get("version") or 0) != version:
                # the provider wrote nothing: PostGIS row-level security filtered the row out of the UPDATE
                raise PermissionDeniedError(f"update of measure {uuid} was refused")
            tx.commit()
        return version

    def add_links(self, uuid, links, user):
        """Link more features to a measure, with one "linked" log row; one transaction."""
        links = list(links or [])
        if not links:
            return
        def write():
            with self._transaction(("measures", "measure_links", "measure_log")) as tx:
                self._current(uuid)
                now = _now()
                tx.add(self._layer("measure_links"), self._link_features(uuid, links))
                if not self.audited:
                    tx.add(self._layer("measure_log"),
                           [self._log_feature(uuid, now, user, "linked", "links", None, _links_text(links))])
                tx.commit()

        self._retry_busy(write)

    def create_promise(self, values):
        """Add a medborgarlöfte (fields of the promises layer); return its uuid."""
        if not (values.get("title") or "").strip():
            raise ValidationError("title", "title_required")
        feature = QgsFeature(self._layer("promises").fields())
        promise_uuid = _new_uuid()
        feature["uuid"] = promise_uuid
        for spec in PROMISES.fields:
            if spec.name != "uuid" and spec.name in values:
                value = _normalise(spec, values[spec.name])
                if value is not None and spec.values and value not in dict(spec.values):
                    raise ValidationError(spec.name, "bad_value")
                feature[spec.name] = _to_qgis(value)
        if "status" not in values:
            feature["status"] = "pagaende"
        def write():
            with self._transaction(("promises",)) as tx:
                tx.add(self._layer("promises"), [QgsFeature(feature)])
                tx.commit()

        self._retry_busy(write)
        return promise_uuid

    def export_action_plan(self, path, measures):
        """Write the action plan of ``measures`` in Brå's column order. ``path`` ending in .xlsx is written as Excel
        when an Excel writer is available (openpyxl, else GDAL's XLSX driver), otherwise as .csv (UTF-8, ';') beside
        it. Returns the path written."""
        titles = {p["uuid"]: p.get("title") or "" for p in self.promises()}
        return write_action_plan(path, measures, titles)


def write_action_plan(path, measures, promise_titles=None, causes=None, goals=None):
    """The file half of MeasureStore.export_action_plan (no database needed). Returns the path written."""
    rows = action_plan_rows(measures, promise_titles, causes, goals)
    root, ext = os.path.splitext(path)
    if ext.lower() == ".xlsx":
        if _write_xlsx(path, rows):
            return path
        path = root + ".csv"
    elif ext.lower() != ".csv":
        path = path + ".csv"
    _write_csv(path, rows)
    return path


def _links_text(links):
    names = []
    for link in links:
        name = link.get("layer_name") or "?"
        ident = link.get("feature_uuid") or link.get("feature_fid")
        names.append(f"{name}:{ident}" if ident is not None else name)
    return ", ".join(names)


def _arrow_rows(path, name, names):
    import numpy as np
    from osgeo import gdal

    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    try:
        lyr = ds.GetLayerByName(name)
        defn = lyr.GetLayerDefn()
        present = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        missing = [n for n in names if n not in present]
        if missing:
            raise KeyError(missing)
        geom = lyr.GetGeometryColumn()
        if geom:
            lyr.SetIgnoredFields([geom])
        columns = {}
        for batch in lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
            for key, arr in batch.items():
                columns.setdefault(key, []).append(arr)
    finally:
        ds = None
    fid_name = next((k for k in columns if k not in present), None)
    if fid_name is None:
        return []
    out_names = ["fid"] + names
    lists = []
    for key in [fid_name] + names:
        parts = columns[key]
        values = []
        for arr in parts:
            chunk = np.asarray(np.ma.getdata(arr)).tolist()
            if np.ma.isMaskedArray(arr):
                for i in np.flatnonzero(np.ma.getmaskarray(arr)).tolist():
                    chunk[i] = None
            values.extend(chunk)
        lists.append(values)
    kinds = {f.name: f.type for f in layer_spec(name).fields}
    for i, key in enumerate(out_names):
        kind = kinds.get(key)
        sample = next((v for v in lists[i] if v is not None), None)
        if sample is None:
            continue
        if kind == "datetime" and type(sample) is not datetime.datetime:
            lists[i] = [None if v is None else _as_datetime(v, key) for v in lists[i]]
        elif kind == "date" and type(sample) is not datetime.date:
            lists[i] = [None if v is None else _as_date(v, key) for v in lists[i]]
        elif isinstance(sample, bytes):
            lists[i] = [None if v is None else v.decode("utf-8") for v in lists[i]]
    return [dict(zip(out_names, row)) for row in zip(*lists)]


def _as_value(kind, value):
    if isinstance(value, str):
        try:
            return _as_datetime(value, "") if kind == "datetime" else _as_date(value, "")
        except ValidationError:
            return value
    return value


class _Tx:
    """One QgsTransaction over the store's layers; rolls back unless committed, and always detaches the layers."""

    def __init__(self, transaction, layers, store=None):
        self.transaction = transaction
        self.layers = layers
        self.store = store
        self.done = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if not self.done:
                self.transaction.rollback()
        finally:
            self.transaction = None  # the destructor detaches the layers from the transaction
            for layer in self.layers:
                layer.dataProvider().leaveUpdateMode()
                layer.dataProvider().reloadData()
            if self.store is not None and self.store._in_transaction:
                names = list(self.store._in_transaction)
                self.store._in_transaction = {}
                for name in names:  # the store's long-lived layers (the map's among them) show the change
                    cached = self.store._layers.get(name)
                    if cached is not None:
                        cached.dataProvider().reloadData()
            self.layers = []  # a GeoPackage transaction's own layers (and their datasets) go with it
        return False

    @staticmethod
    def _fail(layer):
        errors = layer.dataProvider().errors()
        detail = "; ".join(errors[-3:]) if errors else layer.name()
        layer.dataProvider().clearErrors()
        if "row-level security" in detail or "permission denied" in detail.lower():
            raise PermissionDeniedError(detail)
        raise StoreError("write_failed", detail)

    def add(self, layer, features):
        ok, _added = layer.dataProvider().addFeatures(features)
        if not ok:
            self._fail(layer)

    def change(self, layer, fid, attribute_map, geometry=None):
        provider = layer.dataProvider()
        if attribute_map and not provider.changeAttributeValues({fid: attribute_map}):
            self._fail(layer)
        if geometry is not None and not provider.changeGeometryValues({fid: geometry}):
            self._fail(layer)

    def delete(self, layer, fids):
        fids = [int(f) for f in fids]
        if fids and not layer.dataProvider().deleteFeatures(fids):
            self._fail(layer)

    def commit(self):
        ok, error = self.transaction.commit()
        if not ok:
            raise StoreError("write_failed", error)
        self.done = True

    def rollback(self):
        self.transaction.rollback()
        self.done = True
