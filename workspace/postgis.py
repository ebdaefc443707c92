"""An EST workspace in a PostGIS schema, shared by police, municipality and property owners.

The tables follow ``schema.py`` exactly (same names, types and defaults as the GeoPackage), created through QGIS's
``QgsAbstractDatabaseProviderConnection.executeSql`` with DDL only: identifiers are checked and quoted, and the only
literals are the schema's own constants. Values (the metadata rows) are written through a QGIS layer.

Organizations are PostgreSQL roles (by default ``polis``, ``kommun``, ``fastighetsagare``; NOLOGIN group roles that
login roles are made members of, without ADMIN OPTION). Row-level security: every organization reads everything;
it inserts, updates and deletes only measures whose ``responsible_org`` is an organization role it is a member of,
links of such measures, and promises it owns or is named in as a party. The database decides authorship: audit
triggers stamp ``updated_by`` and write ``measure_log`` from ``SESSION_USER``; nobody but those triggers writes the
log. Every function a policy or trigger calls runs with ``search_path = pg_catalog, pg_temp`` and qualified names,
so a session's temporary objects cannot stand in for catalog names. The owner of the tables (the role that ran
this) bypasses row-level security, as PostgreSQL does for owners.
"""

import datetime
import re

from qgis.core import QgsDataSourceUri, QgsFeature, QgsProviderRegistry, QgsVectorLayer

from .schema import DEFAULT_EPSG, META_TABLE, SCHEMA_VERSION, layers_at
from .schema import layer as layer_spec

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
    if any(f.name == "occurred_at" for f in layer.fields):  # time windows and the latest incident, read by index
        statements.append('CREATE INDEX IF NOT EXISTS {} ON {}.{} ("occurred_at")'.format(
            ident(layer.name + "_occurred_at_idx"), s, t))
    if any(f.name == "measure_uuid" for f in layer.fields):
        statements.append('CREATE INDEX IF NOT EXISTS {} ON {}.{} ("measure_uuid")'.format(
            ident(layer.name + "_measure_idx"), s, t))
    statements.append(f"COMMENT ON TABLE {s}.{t} IS {_literal(layer.title)}")
    for spec in layer.fields_at(SCHEMA_VERSION):
        statements.append(f"COMMENT ON COLUMN {s}.{t}.{ident(spec.name)} IS {_literal(spec.alias)}")
    return statements


SECURITY_VERSION = 3  # 1: the first policies; 2: pinned search_path, audit triggers, promises under RLS;
#                       3: the cause analysis (problems, causes, goals, measure_causes, conclusions) under RLS

# PostGIS-only columns beside the schema's (the GeoPackage has no logins): who the database says made a change, the
# display name the client gave, the note of the change being saved, and the organization owning a promise
_EXTRA_COLUMNS = (
    ("measures", "updated_by_name", "varchar(100)"),
    ("measures", "change_note", "text"),
    ("measure_log", "changed_by_name", "varchar(100)"),
    ("measure_log", "tx", "bigint"),
    ("promises", "responsible_org", "varchar(60)"),
    ("conclusions", "responsible_org", "varchar(60)"),
)
# the tables of the cause analysis and who writes them (security version 3):
# - problems: the members of the problem's responsible_org (set by the database on insert from the login's
#   organization when not given); written_by and created_at are the database's (SESSION_USER, its clock);
# - causes: whoever may write the cause's problem (a cause cannot be moved to another organization's problem);
# - measure_causes: the organization owning the measure (it may link its measure to anyone's cause, and only
#   it may remove that link);
# - goals: the municipality (the goal areas of the agreement are the municipality's to keep; everyone reads them);
# - conclusions: the organization that wrote them (responsible_org set on insert like a problem's), written_by and
#   updated_at stamped by the database.
# Nothing is orphaned: a cause that measures answer, or a problem that still has causes, cannot be deleted.
GOAL_WRITERS = "kommun"
# every function body runs with this fixed setting: the caller's search_path (and its temporary schema, which
# PostgreSQL otherwise searches first for tables and views) never decides which object a name means
_SAFE = "SET search_path = pg_catalog, pg_temp"
# the audit's clock and text formats are the database's, not the session's
_CLOCK = "SET TimeZone = 'Europe/Stockholm' SET DateStyle = 'ISO, YMD' SET extra_float_digits = 0"
_LOGGED_ACTIONS = {"status": "status", "follow_up": "follow_up"}
_NOT_LOGGED = ("uuid", "version", "created_at", "updated_at", "updated_by")


def _org_array(orgs):
    return "ARRAY[{}]::text[]".format(", ".join(_literal(o) for o in orgs))


def _log_insert(s, action, field, old, new, name, note):
    """One INSERT of an audit row, authored by the session's login (SESSION_USER is a keyword, not a name)."""
    return (f'INSERT INTO {s}."measure_log" ("uuid", "measure_uuid", "changed_at", "changed_by", "changed_by_name", '
            f'"action", "field", "old_value", "new_value", "note", "tx") VALUES ('
            f"pg_catalog.gen_random_uuid()::text, {{uuid}}, now_ts, SESSION_USER, {name}, {_literal(action)}, "
            f"{field}, {old}, {new}, {note}, pg_catalog.txid_current());")


def _measures_audit_function(s, postgis_schema):
    """BEFORE INSERT/UPDATE/DELETE on measures: the database stamps version, times and author and writes the log.
    SECURITY DEFINER (the log is closed to every organization), so everything in it is schema-qualified and its
    search_path fixed; it runs only as a trigger (EXECUTE revoked from everyone)."""
    fields = [f for f in layer_spec("measures").fields_at(SCHEMA_VERSION) if f.name not in _NOT_LOGGED]
    new_row = _log_insert(s, "created", "NULL", "NULL", "NULL", "NEW.\"updated_by_name\"", "note").format(
        uuid='NEW."uuid"')
    checks = []
    for f in fields:
        col = ident(f.name)
        insert = _log_insert(s, _LOGGED_ACTIONS.get(f.name, "edited"), _literal(f.name), f"OLD.{col}::text",
                             f"NEW.{col}::text", 'NEW."updated_by_name"', "note").format(uuid='NEW."uuid"')
        checks.append(f"IF NEW.{col} IS DISTINCT FROM OLD.{col} THEN {insert} n := n + 1; END IF;")
    g = ident(postgis_schema)
    geom_insert = _log_insert(s, "edited", "'geometry'", f"{g}.st_astext(OLD.\"geom\", 1)",
                              f"{g}.st_astext(NEW.\"geom\", 1)", 'NEW."updated_by_name"', "note").format(
        uuid='NEW."uuid"')
    checks.append(f'IF NEW."geom"::text IS DISTINCT FROM OLD."geom"::text THEN {geom_insert} n := n + 1; END IF;')
    note_only = _log_insert(s, "edited", "NULL", "NULL", "NULL", 'NEW."updated_by_name"', "note").format(
        uuid='NEW."uuid"')
    deleted = _log_insert(s, "deleted", "NULL", 'OLD."title"::text', "NULL", "NULL", "NULL").format(
        uuid='OLD."uuid"')
    body = "\n".join(checks)
    return f"""CREATE OR REPLACE FUNCTION {s}.trygghet_measures_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_SAFE} {_CLOCK} AS $fn$
DECLARE
  now_ts timestamp without time zone := pg_catalog.date_trunc('second', LOCALTIMESTAMP);
  note text;
  n integer := 0;
BEGIN
  IF TG_OP = 'DELETE' THEN
    {deleted}
    RETURN OLD;
  END IF;
  note := pg_catalog.btrim(NEW."change_note");
  IF note = '' THEN note := NULL; END IF;
  NEW."change_note" := NULL;
  IF TG_OP = 'INSERT' THEN
    NEW."version" := 1;
    NEW."created_at" := now_ts;
    NEW."updated_at" := now_ts;
    NEW."updated_by" := SESSION_USER;
    {new_row}
    RETURN NEW;
  END IF;
  IF NEW."uuid" IS DISTINCT FROM OLD."uuid" OR NEW."fid" IS DISTINCT FROM OLD."fid" THEN
    RAISE EXCEPTION 'the uuid and fid of a measure cannot change' USING ERRCODE = '42501';
  END IF;
  NEW."created_at" := OLD."created_at";
{body}
  IF n = 0 AND note IS NOT NULL THEN
    {note_only}
    n := 1;
  END IF;
  IF n = 0 THEN
    -- nothing changed (e.g. the no-op write that locks the row before a save): nothing is stamped or logged
    NEW."version" := OLD."version";
    NEW."updated_at" := OLD."updated_at";
    NEW."updated_by" := OLD."updated_by";
    NEW."updated_by_name" := OLD."updated_by_name";
    RETURN NEW;
  END IF;
  NEW."version" := OLD."version" + 1;
  NEW."updated_at" := now_ts;
  NEW."updated_by" := SESSION_USER;
  RETURN NEW;
END
$fn$"""


def _links_audit_function(s):
    """AFTER INSERT/UPDATE/DELETE on measure_links: one "linked" log row per measure and transaction listing what
    was linked; a changed or removed link is logged too (field "links", the link before and after)."""
    def item(row):
        return (f'COALESCE({row}."layer_name", \'?\') || CASE WHEN {row}."feature_uuid" IS NOT NULL '
                f'THEN \':\' || {row}."feature_uuid" WHEN {row}."feature_fid" IS NOT NULL '
                f'THEN \':\' || {row}."feature_fid"::text ELSE \'\' END')

    linked = _log_insert(s, "linked", "'links'", "NULL", "item", "NULL", "NULL").format(uuid='NEW."measure_uuid"')
    changed = _log_insert(s, "edited", "'links'", "old_item", "item", "NULL", "NULL").format(
        uuid='OLD."measure_uuid"')
    return f"""CREATE OR REPLACE FUNCTION {s}.trygghet_links_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_SAFE} {_CLOCK} AS $fn$
DECLARE
  now_ts timestamp without time zone := pg_catalog.date_trunc('second', LOCALTIMESTAMP);
  item text;
  old_item text;
BEGIN
  IF TG_OP <> 'DELETE' THEN item := {item("NEW")}; END IF;
  IF TG_OP <> 'INSERT' THEN old_item := {item("OLD")}; END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE {s}."measure_log" SET "new_value" = "new_value" || ', ' || item
     WHERE "measure_uuid" = NEW."measure_uuid" AND "action" = 'linked' AND "tx" = pg_catalog.txid_current()
       AND "changed_by" = SESSION_USER;
    IF NOT FOUND THEN
      {linked}
    END IF;
  ELSE
    {changed}
  END IF;
  RETURN NULL;
END
$fn$"""


_WRITABLE = ("measures", "measure_links", "promises", "problems", "causes", "goals", "measure_causes",
             "conclusions")


def _analysis_stamp_function(s, org_array, table):
    """BEFORE INSERT/UPDATE on problems or conclusions: the database sets the owner (the login's organization when
    none is given), the author (SESSION_USER) and the times; a client cannot forge them. A problem keeps its first
    author and creation time; its updated_at moves only when something else changed (a no-op write that locks the
    row changes nothing)."""
    owner = (f"(SELECT pg_catalog.min(o) FROM pg_catalog.unnest({org_array}) AS o "
             f"WHERE {s}.trygghet_is_my_org(o) HAVING pg_catalog.count(*) = 1)")
    if table == "problems":
        body = f"""
  IF TG_OP = 'INSERT' THEN
    IF NEW."responsible_org" IS NULL THEN NEW."responsible_org" := {owner}; END IF;
    NEW."written_by" := SESSION_USER;
    NEW."created_at" := now_ts;
    NEW."updated_at" := now_ts;
    RETURN NEW;
  END IF;
  IF NEW."uuid" IS DISTINCT FROM OLD."uuid" OR NEW."fid" IS DISTINCT FROM OLD."fid" THEN
    RAISE EXCEPTION 'the uuid and fid of a problem cannot change' USING ERRCODE = '42501';
  END IF;
  NEW."written_by" := OLD."written_by";
  NEW."created_at" := OLD."created_at";
  NEW."updated_at" := OLD."updated_at";
  IF NEW IS DISTINCT FROM OLD THEN NEW."updated_at" := now_ts; END IF;
  RETURN NEW;"""
    else:
        body = f"""
  IF TG_OP = 'INSERT' THEN
    IF NEW."responsible_org" IS NULL THEN NEW."responsible_org" := {owner}; END IF;
  ELSIF NEW."uuid" IS DISTINCT FROM OLD."uuid" OR NEW."fid" IS DISTINCT FROM OLD."fid" THEN
    RAISE EXCEPTION 'the uuid and fid of a conclusion cannot change' USING ERRCODE = '42501';
  END IF;
  NEW."written_by" := SESSION_USER;
  NEW."updated_at" := now_ts;
  RETURN NEW;"""
    return f"""CREATE OR REPLACE FUNCTION {s}.trygghet_{table}_stamp() RETURNS trigger
LANGUAGE plpgsql {_SAFE} {_CLOCK} AS $fn$
DECLARE
  now_ts timestamp without time zone := pg_catalog.date_trunc('second', LOCALTIMESTAMP);
BEGIN{body}
END
$fn$"""


def _analysis_guard_function(s):
    """BEFORE DELETE on problems and causes (and UPDATE on causes): nothing is left pointing at a removed row. A
    problem with causes, or a cause that measures answer, cannot be deleted; a cause keeps its uuid. SECURITY
    DEFINER, so that links it may not see cannot slip past it."""
    return f"""CREATE OR REPLACE FUNCTION {s}.trygghet_analysis_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {_SAFE} AS $fn$
BEGIN
  IF TG_TABLE_NAME = 'problems' THEN
    IF EXISTS (SELECT 1 FROM {s}."causes" c WHERE c."problem_uuid" = OLD."uuid") THEN
      RAISE EXCEPTION 'the problem still has causes' USING ERRCODE = '23503';
    END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NEW."uuid" IS DISTINCT FROM OLD."uuid" OR NEW."fid" IS DISTINCT FROM OLD."fid" THEN
      RAISE EXCEPTION 'the uuid and fid of a cause cannot change' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM {s}."measure_causes" l WHERE l."cause_uuid" = OLD."uuid") THEN
    RAISE EXCEPTION 'measures answer this cause' USING ERRCODE = '23503';
  END IF;
  RETURN OLD;
END
$fn$"""


def _analysis_policies(s):
    own = f"{s}.trygghet_is_my_org(\"responsible_org\")"
    own_problem = (f"EXISTS (SELECT 1 FROM {s}.\"problems\" p WHERE p.\"uuid\" = \"problem_uuid\" "
                   f"AND {s}.trygghet_is_my_org(p.\"responsible_org\"))")
    own_measure = (f"EXISTS (SELECT 1 FROM {s}.\"measures\" m WHERE m.\"uuid\" = \"measure_uuid\" "
                   f"AND {s}.trygghet_is_my_org(m.\"responsible_org\"))")
    goal_writer = f"{s}.trygghet_is_my_org({_literal(GOAL_WRITERS)})"
    out = []
    for table, prefix, check in (("problems", "problems", own), ("causes", "causes", own_problem),
                                 ("measure_causes", "measure_causes", own_measure), ("goals", "goals", goal_writer),
                                 ("conclusions", "conclusions", own)):
        out += [(table, f"{prefix}_read", "SELECT", "USING (true)"),
                (table, f"{prefix}_insert", "INSERT", f"WITH CHECK ({check})"),
                (table, f"{prefix}_update", "UPDATE", f"USING ({check}) WITH CHECK ({check})"),
                (table, f"{prefix}_delete", "DELETE", f"USING ({check})")]
    return tuple(out)


def _security_ddl(schema, orgs, postgis_schema="public"):
    """The roles, privileges, row-level security and audit triggers. Idempotent: re-running it upgrades an older
    workspace in place (nothing stored is touched) and takes back any privilege an older version granted."""
    s = ident(schema)
    roles = ", ".join(ident(o) for o in orgs)
    org_array = _org_array(orgs)
    statements = []
    for org in orgs:
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = {_literal(org)}) "
            f"THEN CREATE ROLE {ident(org)} NOLOGIN; END IF; END $$")
    for table, column, sql_type in _EXTRA_COLUMNS:
        statements.append(f"ALTER TABLE {s}.{ident(table)} ADD COLUMN IF NOT EXISTS {ident(column)} {sql_type}")
    statements += [
        'ALTER TABLE {}."measure_log" ALTER COLUMN "tx" SET DEFAULT pg_catalog.txid_current()'.format(s),
        # true when the current role is a member of the organization role named by org (and org is one of ours)
        f"CREATE OR REPLACE FUNCTION {s}.trygghet_is_my_org(org text) RETURNS boolean LANGUAGE sql STABLE "
        f"{_SAFE} AS $fn$ SELECT CASE WHEN org = ANY({org_array}) AND EXISTS "
        "(SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = org) "
        "THEN pg_catalog.pg_has_role(org, 'MEMBER') ELSE false END $fn$",
        # a promise is the owning organization's, and every organization named (by role name) among its parties
        f"CREATE OR REPLACE FUNCTION {s}.trygghet_is_my_promise(owner text, parties text) RETURNS boolean "
        f"LANGUAGE sql STABLE {_SAFE} AS $fn$ SELECT {s}.trygghet_is_my_org(owner) OR EXISTS (SELECT 1 FROM "
        "pg_catalog.regexp_split_to_table(pg_catalog.lower(COALESCE(parties, '')), '[,;]') AS p(name) "
        f"WHERE {s}.trygghet_is_my_org(pg_catalog.btrim(p.name))) $fn$",
        # a new promise without an owner belongs to the organization of the login that adds it (if just one)
        f"CREATE OR REPLACE FUNCTION {s}.trygghet_promises_owner() RETURNS trigger LANGUAGE plpgsql "
        f"{_SAFE} AS $fn$ BEGIN IF NEW.\"responsible_org\" IS NULL THEN "
        f"NEW.\"responsible_org\" := (SELECT pg_catalog.min(o) FROM pg_catalog.unnest({org_array}) AS o "
        f"WHERE {s}.trygghet_is_my_org(o) HAVING pg_catalog.count(*) = 1); END IF; RETURN NEW; END $fn$",
        _measures_audit_function(s, postgis_schema),
        _links_audit_function(s),
        _analysis_stamp_function(s, org_array, "problems"),
        _analysis_stamp_function(s, org_array, "conclusions"),
        _analysis_guard_function(s),
        f'DROP TRIGGER IF EXISTS "trygghet_audit" ON {s}."measures"',
        f'CREATE TRIGGER "trygghet_audit" BEFORE INSERT OR UPDATE OR DELETE ON {s}."measures" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_measures_audit()",
        f'DROP TRIGGER IF EXISTS "trygghet_audit" ON {s}."measure_links"',
        f'CREATE TRIGGER "trygghet_audit" AFTER INSERT OR UPDATE OR DELETE ON {s}."measure_links" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_links_audit()",
        f'DROP TRIGGER IF EXISTS "trygghet_stamp" ON {s}."problems"',
        f'CREATE TRIGGER "trygghet_stamp" BEFORE INSERT OR UPDATE ON {s}."problems" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_problems_stamp()",
        f'DROP TRIGGER IF EXISTS "trygghet_stamp" ON {s}."conclusions"',
        f'CREATE TRIGGER "trygghet_stamp" BEFORE INSERT OR UPDATE ON {s}."conclusions" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_conclusions_stamp()",
        f'DROP TRIGGER IF EXISTS "trygghet_guard" ON {s}."problems"',
        f'CREATE TRIGGER "trygghet_guard" BEFORE DELETE ON {s}."problems" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_analysis_guard()",
        f'DROP TRIGGER IF EXISTS "trygghet_guard" ON {s}."causes"',
        f'CREATE TRIGGER "trygghet_guard" BEFORE UPDATE OR DELETE ON {s}."causes" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_analysis_guard()",
        f'CREATE UNIQUE INDEX IF NOT EXISTS "causes_number_idx" ON {s}."causes" ("problem_uuid", "number")',
        f'CREATE INDEX IF NOT EXISTS "measure_causes_cause_idx" ON {s}."measure_causes" ("cause_uuid")',
        f'DROP TRIGGER IF EXISTS "trygghet_owner" ON {s}."promises"',
        f'CREATE TRIGGER "trygghet_owner" BEFORE INSERT ON {s}."promises" '
        f"FOR EACH ROW EXECUTE FUNCTION {s}.trygghet_promises_owner()",
        # privileges: nothing for PUBLIC; organizations read everything and write only what row-level security lets
        # them; nobody but the owner (and the audit triggers, which run as the owner) writes the log
        f"REVOKE ALL ON SCHEMA {s} FROM PUBLIC",
        f"REVOKE ALL ON SCHEMA {s} FROM {roles}",
        f"GRANT USAGE ON SCHEMA {s} TO {roles}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC, {roles}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM PUBLIC, {roles}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC, {roles}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {roles}",
        "GRANT INSERT, UPDATE, DELETE ON {} TO {}".format(", ".join(f"{s}.{ident(t)}" for t in _WRITABLE), roles),
        "GRANT USAGE ON SEQUENCE {} TO {}".format(", ".join(f"{s}.{ident(t + '_fid_seq')}" for t in _WRITABLE),
                                                  roles),
        f"GRANT EXECUTE ON FUNCTION {s}.trygghet_is_my_org(text), {s}.trygghet_is_my_promise(text, text) "
        f"TO {roles}",
    ]
    for table in ("measure_log",) + _WRITABLE:
        statements.append(f"ALTER TABLE {s}.{ident(table)} ENABLE ROW LEVEL SECURITY")
    own = f"{s}.trygghet_is_my_org(\"responsible_org\")"
    own_measure = (f"EXISTS (SELECT 1 FROM {s}.\"measures\" m WHERE m.\"uuid\" = \"measure_uuid\" "
                   f"AND {s}.trygghet_is_my_org(m.\"responsible_org\"))")
    promise = f"{s}.trygghet_is_my_promise(\"responsible_org\", \"parties\")"
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
        ("measure_log", "log_insert", None, None),  # dropped: the log is written by the audit triggers only
        ("promises", "promises_read", "SELECT", "USING (true)"),
        ("promises", "promises_insert", "INSERT", f"WITH CHECK ({promise})"),
        ("promises", "promises_update", "UPDATE", f"USING ({promise}) WITH CHECK ({promise})"),
        ("promises", "promises_delete", "DELETE", f"USING ({promise})"),
    ) + _analysis_policies(s)
    for table, name, command, clause in policies:
        statements.append(f"DROP POLICY IF EXISTS {ident(name)} ON {s}.{ident(table)}")
        if command:
            statements.append(f"CREATE POLICY {ident(name)} ON {s}.{ident(table)} FOR {command} {clause}")
    return statements


def workspace_ddl(schema, epsg=DEFAULT_EPSG, orgs=ORG_ROLES, postgis_schema="public"):
    """Every DDL statement that creates the workspace (for review, or for a DBA to run by hand). ``postgis_schema``
    is the schema of the PostGIS extension (the audit trigger calls st_astext by its qualified name)."""
    statements = ["CREATE EXTENSION IF NOT EXISTS postgis", f"CREATE SCHEMA IF NOT EXISTS {ident(schema)}",
                  f'CREATE TABLE IF NOT EXISTS {ident(schema)}.{ident(META_TABLE)} '
                  '("fid" bigserial PRIMARY KEY, "key" text NOT NULL UNIQUE, "value" text)']
    for layer in layers_at(SCHEMA_VERSION):
        statements += _table_ddl(schema, layer, epsg)
    statements += _security_ddl(schema, orgs, postgis_schema)
    return statements


def create_postgis_workspace(uri, schema, epsg=DEFAULT_EPSG, orgs=ORG_ROLES):
    """Create (idempotently) the workspace's tables in PostGIS schema ``schema`` with organization roles, row-level
    security and the audit triggers. ``uri`` is a QgsDataSourceUri string of a role allowed to create schemas and
    roles; that role owns the tables. Returns the list of layer names created. Running it again on an existing
    workspace changes no stored row: it only brings the security up to date (see ``upgrade_postgis_security``)."""
    for name in (schema, *orgs):
        ident(name)
    conn = connection(uri)
    _run(conn, "CREATE EXTENSION IF NOT EXISTS postgis")
    for sql in workspace_ddl(schema, epsg, orgs, _postgis_schema(conn)):
        _run(conn, sql)
    _write_meta(uri, schema, {"schema_version": SCHEMA_VERSION, "epsg": int(epsg),
                              "security_version": SECURITY_VERSION,
                              "created_at": datetime.datetime.now().replace(microsecond=0).isoformat()})
    return [layer.name for layer in layers_at(SCHEMA_VERSION)]


def security_version(uri, schema):
    """The security version recorded in the workspace (0 when it predates the record; None: no workspace)."""
    ident(schema)
    conn = connection(uri)
    found = _run(conn, "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       f"WHERE n.nspname = {_literal(schema)} AND c.relname = {_literal(META_TABLE)}")
    if not found:
        return None
    rows = _run(conn, f"SELECT \"value\" FROM {ident(schema)}.{ident(META_TABLE)} WHERE \"key\" = 'security_version'")
    try:
        return int(rows[0][0]) if rows else 0
    except (TypeError, ValueError):
        return 0


def upgrade_postgis_security(uri, schema, orgs=ORG_ROLES):
    """Bring an existing workspace up to date (run by its owner): the tables and columns of the current schema
    (schema 3: the cause analysis and measures' goal), then the security DDL: pinned search paths, audit triggers,
    every shared table under row-level security, privileges taken back. One transaction; no stored row is changed,
    deleted or lost. Returns the security version before the upgrade."""
    for name in (schema, *orgs):
        ident(name)
    before = security_version(uri, schema)
    if before is None:
        raise PostgisWorkspaceError("sql_failed", f"{schema} holds no Trygghet workspace")
    conn = connection(uri)
    rows = _run(conn, f"SELECT \"value\" FROM {ident(schema)}.{ident(META_TABLE)} WHERE \"key\" = 'epsg'")
    try:
        epsg = int(rows[0][0]) if rows else DEFAULT_EPSG
    except (TypeError, ValueError):
        epsg = DEFAULT_EPSG
    statements = _schema_upgrade_ddl(schema, epsg) + _security_ddl(schema, orgs, _postgis_schema(conn))
    _run(conn, "DO $upgrade$ BEGIN\n{};\nEND $upgrade$".format(";\n".join(
        "EXECUTE {}".format(_dollar(sql)) for sql in statements)))
    _write_meta(uri, schema, {"security_version": SECURITY_VERSION, "schema_version": SCHEMA_VERSION})
    return before


def _schema_upgrade_ddl(schema, epsg):
    """The tables and columns of the current schema that an older workspace lacks (created empty; every stored row
    stays as it is)."""
    statements = []
    for layer in layers_at(SCHEMA_VERSION):
        create, *rest = _table_ddl(schema, layer, epsg)
        statements.append(create)
        for spec in layer.fields_at(SCHEMA_VERSION):
            statements.append("ALTER TABLE {}.{} ADD COLUMN IF NOT EXISTS {}".format(
                ident(schema), ident(layer.name), _column(spec)))
        statements += rest
    return statements


def _dollar(sql):
    """A constant SQL text of our own as a dollar-quoted literal (for EXECUTE inside one DO block)."""
    tag = "$q$"
    while tag in sql:
        tag = tag[:-1] + "q$"
    return f"{tag}{sql}{tag}"


def _postgis_schema(conn):
    rows = _run(conn, "SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n "
                      "ON n.oid = e.extnamespace WHERE e.extname = 'postgis'")
    if not rows:
        raise PostgisWorkspaceError("sql_failed", "the PostGIS extension is not installed")
    return str(rows[0][0])


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
