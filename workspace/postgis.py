"""An EST workspace in a PostGIS schema, shared by police, municipality and property owners.

The tables follow ``schema.py`` exactly (same names, types and defaults as the GeoPackage), created through QGIS's
``QgsAbstractDatabaseProviderConnection.executeSql`` with DDL only: identifiers are checked and quoted, and the only
literals are the schema's own constants. Values (the metadata rows) are written through a QGIS layer.

Organizations are PostgreSQL roles (by default ``polis``, ``kommun``, ``fastighetsagare``; NOLOGIN group roles that
login roles are made members of). Row-level security on ``measures``: every organization reads all measures but
inserts, updates and deletes only rows whose ``responsible_org`` is an organization role it is a member of. Links
and log rows may only be added to the organization's own measures; the log is append-only for organizations.
The owner of the tables (the role that ran this) bypasses row-level security, as PostgreSQL does for owners.
"""

import datetime
import re

from qgis.core import QgsDataSourceUri, QgsFeature, QgsProviderRegistry, QgsVectorLayer

from .schema import DEFAULT_EPSG, META_TABLE, SCHEMA_VERSION, layers_at

ORG_ROLES = ("polis", "kommun", "fastighetsagare")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_PG_TYPES = {
    "string": "varchar({length})",
    "text": "text",
    "integer": "bigint",
    "real": "double precision",
    "boolean": "boolean",
    "date": "date",
    "datetime": "timestamp without time zone",
}
_PG_GEOMETRY = {"Point": "Point", "LineString": "LineString", "MultiPolygon": "MultiPolygon"}


class PostgisWorkspaceError(Exception):
    """Creating the PostGIS workspace failed. ``code``: "bad_name", "cannot_connect", "sql_failed"."""

    def __init__(self, code, detail=""):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def ident(name):
    """A checked, double-quoted SQL identifier (lower-case letters, digits and _ only)."""
    if not isinstance(name, str) or not _IDENT.match(name):
        raise PostgisWorkspaceError("bad_name", repr(name))
    return f'"{name}"'


def _literal(text):
    """A constant of our own schema (alias, default) as an SQL string literal."""
    return "'{}'".format(str(text).replace("'", "''"))


def connection(uri):
    """A QgsAbstractDatabaseProviderConnection for a QgsDataSourceUri string."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        return metadata.createConnection(QgsDataSourceUri(uri).connectionInfo(False), {})
    except Exception as err:  # noqa: BLE001 - QgsProviderConnectionException
        raise PostgisWorkspaceError("cannot_connect", str(err)) from err


def _run(conn, sql):
    try:
        return conn.executeSql(sql)
    except Exception as err:  # noqa: BLE001 - QgsProviderConnectionException carries the server's message
        raise PostgisWorkspaceError("sql_failed", f"{err}\n{sql.strip()[:300]}") from err


def _column(spec):
    sql_type = _PG_TYPES[spec.type].format(length=spec.length or 255)
    parts = [ident(spec.name), sql_type]
    if spec.not_null and spec.name != "uuid":
        parts.append("NOT NULL")
    default = spec.default
    if spec.name == "uuid":
        parts.append("NOT NULL DEFAULT gen_random_uuid()::text")
    elif default == "now()":
        parts.append("DEFAULT localtimestamp(0)")
    elif default is not None and "(" not in default:
        if spec.type in ("integer", "real"):
            parts.append("DEFAULT {}".format(float(default) if spec.type == "real" else int(default)))
        elif spec.type == "boolean":
            parts.append("DEFAULT {}".format("true" if default == "true" else "false"))
        else:
            parts.append("DEFAULT {}".format(_literal(default.strip("'"))))
    return " ".join(parts)


def _table_ddl(schema, layer, epsg):
    s, t = ident(schema), ident(layer.name)
    columns = ['"fid" bigserial PRIMARY KEY'] + [_column(spec) for spec in layer.fields_at(SCHEMA_VERSION)]
    if layer.geometry:
        columns.append(f'"geom" geometry({_PG_GEOMETRY[layer.geometry]}, {int(epsg)})')
    statements = ["CREATE TABLE IF NOT EXISTS {}.{} (\n  {}\n)".format(s, t, ",\n  ".join(columns))]
    if any(f.name == "uuid" for f in layer.fields):
        statements.append('CREATE UNIQUE INDEX IF NOT EXISTS {} ON {}.{} ("uuid")'.format(
            ident(layer.name + "_uuid_idx"), s, t))
    if layer.geometry:
        statements.append('CREATE INDEX IF NOT EXISTS {} ON {}.{} USING gist ("geom")'.format(
            ident(layer.name + "_geom_idx"), s, t))
    if any(f.name == "measure_uuid" for f in layer.fields):
        statements.append('CREATE INDEX IF NOT EXISTS {} ON {}.{} ("measure_uuid")'.format(
            ident(layer.name + "_measure_idx"), s, t))
    statements.append(f"COMMENT ON TABLE {s}.{t} IS {_literal(layer.title)}")
    for spec in layer.fields_at(SCHEMA_VERSION):
        statements.append(f"COMMENT ON COLUMN {s}.{t}.{ident(spec.name)} IS {_literal(spec.alias)}")
    return statements


def _security_ddl(schema, orgs):
    s = ident(schema)
    roles = ", ".join(ident(o) for o in orgs)
    org_array = "ARRAY[{}]::text[]".format(", ".join(_literal(o) for o in orgs))
    statements = []
    for org in orgs:
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_literal(org)}) THEN "
            f"CREATE ROLE {ident(org)} NOLOGIN; END IF; END $$")
    statements += [
        # true when the current login is a member of the organization role named by org
        f"CREATE OR REPLACE FUNCTION {s}.trygghet_is_my_org(org text) RETURNS boolean LANGUAGE sql STABLE AS $$ "
        f"SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = org AND r.rolname = ANY({org_array}) "
        "AND pg_has_role(current_user, r.oid, 'MEMBER')) $$",
        f"GRANT USAGE ON SCHEMA {s} TO {roles}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {roles}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {roles}",
        f"GRANT EXECUTE ON FUNCTION {s}.trygghet_is_my_org(text) TO {roles}",
        f"GRANT INSERT, UPDATE, DELETE ON {s}.\"measures\", {s}.\"measure_links\" TO {roles}",
        f"GRANT INSERT ON {s}.\"measure_log\" TO {roles}",
        f"GRANT INSERT, UPDATE ON {s}.\"promises\" TO {roles}",
        f"ALTER TABLE {s}.\"measures\" ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {s}.\"measure_links\" ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {s}.\"measure_log\" ENABLE ROW LEVEL SECURITY",
    ]
    own = f"{s}.trygghet_is_my_org(\"responsible_org\")"
    own_measure = (f"EXISTS (SELECT 1 FROM {s}.\"measures\" m WHERE m.\"uuid\" = \"measure_uuid\" "
                   f"AND {s}.trygghet_is_my_org(m.\"responsible_org\"))")
    policies = (
        ("measures", "measures_read", "SELECT", "USING (true)"),
        ("measures", "measures_insert", "INSERT", f"WITH CHECK ({own})"),
        ("measures", "measures_update", "UPDATE", f"USING ({own}) WITH CHECK ({own})"),
        ("measures", "measures_delete", "DELETE", f"USING ({own})"),
        ("measure_links", "links_read", "SELECT", "USING (true)"),
        ("measure_links", "links_insert", "INSERT", f"WITH CHECK ({own_measure})"),
        ("measure_links", "links_update", "UPDATE", f"USING ({own_measure}) WITH CHECK ({own_measure})"),
        ("measure_links", "links_delete", "DELETE", f"USING ({own_measure})"),
        ("measure_log", "log_read", "SELECT", "USING (true)"),
        ("measure_log", "log_insert", "INSERT", f"WITH CHECK ({own_measure})"),
    )
    for table, name, command, clause in policies:
        statements.append(f"DROP POLICY IF EXISTS {ident(name)} ON {s}.{ident(table)}")
        statements.append(f"CREATE POLICY {ident(name)} ON {s}.{ident(table)} FOR {command} {clause}")
    return statements


def workspace_ddl(schema, epsg=DEFAULT_EPSG, orgs=ORG_ROLES):
    """Every DDL statement that creates the workspace (for review, or for a DBA to run by hand)."""
    statements = ["CREATE EXTENSION IF NOT EXISTS postgis", f"CREATE SCHEMA IF NOT EXISTS {ident(schema)}",
                  f'CREATE TABLE IF NOT EXISTS {ident(schema)}.{ident(META_TABLE)} '
                  '("fid" bigserial PRIMARY KEY, "key" text NOT NULL UNIQUE, "value" text)']
    for layer in layers_at(SCHEMA_VERSION):
        statements += _table_ddl(schema, layer, epsg)
    statements += _security_ddl(schema, orgs)
    return statements


def create_postgis_workspace(uri, schema, epsg=DEFAULT_EPSG, orgs=ORG_ROLES):
    """Create (idempotently) the workspace's tables in PostGIS schema ``schema`` with organization roles and
    row-level security on measures. ``uri`` is a QgsDataSourceUri string of a role allowed to create schemas and
    roles. Returns the list of layer names created."""
    for name in (schema, *orgs):
        ident(name)
    conn = connection(uri)
    for sql in workspace_ddl(schema, epsg, orgs):
        _run(conn, sql)
    _write_meta(uri, schema, {"schema_version": SCHEMA_VERSION, "epsg": int(epsg),
                              "created_at": datetime.datetime.now().replace(microsecond=0).isoformat()})
    return [layer.name for layer in layers_at(SCHEMA_VERSION)]


def add_org_member(uri, login, org):
    """Let an existing login role write for organization ``org`` (GRANT org TO login)."""
    _run(connection(uri), f"GRANT {ident(org)} TO {ident(login)}")


def _write_meta(uri, schema, values):
    """Metadata rows written as features through the QGIS provider (parameterised, no values in SQL)."""
    source = QgsDataSourceUri(QgsDataSourceUri(uri).connectionInfo(False))
    source.setDataSource(schema, META_TABLE, None, "", "fid")
    layer = QgsVectorLayer(source.uri(False), META_TABLE, "postgres")
    if not layer.isValid():
        raise PostgisWorkspaceError("sql_failed", f"cannot open {schema}.{META_TABLE}")
    existing = {f["key"]: f.id() for f in layer.getFeatures()}
    provider = layer.dataProvider()
    value_idx = layer.fields().indexOf("value")
    new = []
    for key, value in values.items():
        if key in existing:
            if key == "created_at":
                continue
            provider.changeAttributeValues({existing[key]: {value_idx: str(value)}})
        else:
            feature = QgsFeature(layer.fields())
            feature["key"] = key
            feature["value"] = str(value)
            new.append(feature)
    if new and not provider.addFeatures(new)[0]:
        raise PostgisWorkspaceError("sql_failed", "; ".join(provider.errors()))
