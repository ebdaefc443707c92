"""The database as the engine: when the incidents and the areas are tables of one PostGIS database, the counting of
the area summary runs there as one set-based query (a spatial join and GROUP BY), through QGIS's connection API.

Only identifiers of the layers' own tables and columns and timestamps the plugin formats itself go into the SQL,
each quoted by QgsSqliteUtils (identifiers in double quotes, text in single quotes, each doubled inside: standard
SQL, which PostgreSQL reads the same with standard_conforming_strings, its default). Whatever cannot be pushed down
exactly (a selection, a subset or filter, another CRS, a text or time-zone time field, overlapping areas) returns
None with the reason, and the caller reads the points itself."""

from types import SimpleNamespace

import numpy as np
from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsSqliteUtils

from ..i18n import N_

REASONS = {
    "not_postgis": N_("the incidents and the areas are not tables of the same PostGIS database"),
    "filtered": N_("a selection, a subset or a filter applies to one of the layers"),
    "crs": N_("the incidents and the areas are not in the same projected coordinate system"),
    "time_type": N_("the time field is not a date or a timestamp without time zone"),
    "category_type": N_("the category field is not text"),
    "overlap": N_("some areas overlap"),
    "failed": N_("the database could not run the query"),
}


def _table(layer):
    """(uri, schema, table, geometry column) of a PostGIS table layer; "filtered" when a subset applies; None for
    anything else (another provider, a query layer)."""
    if layer is None or layer.providerType() != "postgres":
        return None
    uri = QgsDataSourceUri(layer.source())
    if not uri.table() or uri.table().startswith("(") or not uri.geometryColumn():
        return None
    if layer.subsetString() or uri.sql():
        return "filtered"
    return uri, uri.schema() or "public", uri.table(), uri.geometryColumn()


def _qualified(schema, table):
    return "{}.{}".format(QgsSqliteUtils.quotedIdentifier(schema), QgsSqliteUtils.quotedIdentifier(table))


def _stamp(value):
    """A timestamp the plugin computed (datetime64[s]) as a quoted SQL timestamp literal."""
    return "{}::timestamp".format(QgsSqliteUtils.quotedString(str(np.datetime64(value, "s")).replace("T", " ")))


def _overlapping(geometries):
    """Whether any two area polygons share more than their boundary (the client path counts such an incident once,
    in the first area; the join would count it in each)."""
    from qgis.core import QgsGeometry, QgsSpatialIndex

    index = QgsSpatialIndex()
    engines = []
    for i, geometry in enumerate(geometries):
        index.addFeature(i, geometry.boundingBox())
        engine = QgsGeometry.createGeometryEngine(geometry.constGet())
        engine.prepareGeometry()
        engines.append(engine)
    for i, geometry in enumerate(geometries):
        for j in index.intersects(geometry.boundingBox()):
            if j > i and engines[i].intersects(geometries[j].constGet()):
                if geometry.intersection(geometries[j]).area() > 0:
                    return True
    return False


def area_counts_plan(incidents, areas, parameters_plain, crs, time_field, category_field, area_geometries):
    """The two tables when areasummary can count in the database (the analysis in ``crs``): a namespace, or a
    reason key of REASONS."""
    a, b = _table(incidents), _table(areas)
    if a is None or b is None:
        return "not_postgis"
    if a == "filtered" or b == "filtered" or not parameters_plain:
        return "filtered"
    if a[0].connectionInfo(False) != b[0].connectionInfo(False):
        return "not_postgis"
    if incidents.crs() != crs or areas.crs() != crs:
        return "crs"
    fields = incidents.fields()
    time_type = fields.field(time_field).typeName().lower() if fields.indexOf(time_field) >= 0 else ""
    if time_type not in ("timestamp", "timestamp without time zone", "date"):
        return "time_type"
    cat_type = fields.field(category_field).typeName().lower() if fields.indexOf(category_field) >= 0 else ""
    if cat_type not in ("text", "varchar", "character varying"):
        return "category_type"
    if _overlapping(area_geometries):
        return "overlap"
    return SimpleNamespace(uri=a[0], incidents=a[1:], areas=b[1:], time_field=time_field,
                           category_field=category_field)


def _connection(uri):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return metadata.createConnection(uri.connectionInfo(False), {})


def _run(plan, sql):
    """The rows of ``sql`` with SQL NULL as None, or None when the query failed."""
    try:
        rows = _connection(plan.uri).executeSql(sql)
    except Exception:  # noqa: BLE001 - QgsProviderConnectionException: the caller falls back and says so
        return None
    return [[None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in row] for row in rows]


# Settings for the one query, local to its transaction (the statements of one string run as one): no JIT (it
# compiles for a second or more on a plan costed like this one, longer than the query runs), and grouping by hashing
# in memory rather than sorting a million rows on disk (the planner cannot estimate the groups of expressions).
_QUERY_SETTINGS = "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; SET LOCAL enable_sort = off; "


def _located(geom):
    return "NOT ({g} IS NULL OR ST_IsEmpty({g}))".format(g=geom)


def located_and_latest(plan):
    """(whether any incident has a position, the latest time of those with one) or None. Cheap: with an index on
    the time field the database reads it backwards from the latest time."""
    q = QgsSqliteUtils.quotedIdentifier
    schema, table, geom = plan.incidents
    rows = _run(plan, "SELECT EXISTS (SELECT 1 FROM {tab} WHERE {located}), "
                      "to_char(date_trunc('second', (SELECT max({t}) FROM {tab} WHERE {located})::timestamp), "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS')".format(tab=_qualified(schema, table), t=q(plan.time_field),
                                                             located=_located(q(geom))))
    if not rows:
        return None
    located, latest = rows[0]
    return bool(located), np.datetime64(latest, "s") if latest else np.datetime64("NaT", "s")


def area_counts_sql(plan, area_name_field, current, reference):
    """The one query of area_counts (see there)."""
    q = QgsSqliteUtils.quotedIdentifier
    schema, table, geom = plan.areas
    i_schema, i_table, i_geom = plan.incidents
    # the raw times (no per-row truncation): the periods' bounds are whole seconds, so t >= bound and t < bound
    # say the same of a time as of it truncated to the second, and so do its year, its minimum and its maximum
    columns = ("{c}::text AS c, {t}::timestamp AS t, coalesce({t} >= {cs} AND {t} < {ce}, false) AS cur, "
               "coalesce({t} >= {rs} AND {t} < {re}, false) AS ref").format(
        c=q(plan.category_field), t=q(plan.time_field), cs=_stamp(current[0]), ce=_stamp(current[1]),
        rs=_stamp(reference[0]), re=_stamp(reference[1]))
    counts = ("count(*) AS n, to_char(date_trunc('second', min(t)), 'YYYY-MM-DD\"T\"HH24:MI:SS') AS first, "
              "to_char(date_trunc('second', max(t)), 'YYYY-MM-DD\"T\"HH24:MI:SS') AS last")
    return """WITH a AS MATERIALIZED (
    SELECT {name}::text AS area, CASE WHEN ST_IsValid({geom}) THEN {geom} ELSE ST_MakeValid({geom}) END AS g
    FROM {areas} WHERE {geom} IS NOT NULL)
SELECT 1 AS part, a.area, s.c, s.n, s.first, s.last, s.cur, s.ref
FROM a CROSS JOIN LATERAL (
    SELECT c, {counts}, cur, ref
    FROM (SELECT {columns} FROM {incidents} WHERE ST_Contains(a.g, {i_geom})) AS i
    GROUP BY c, extract(year FROM t), cur, ref) AS s
UNION ALL
SELECT CASE WHEN {located} THEN 2 ELSE 0 END, NULL, c, {counts}, cur, ref
FROM (SELECT {columns}, {i_geom} AS g FROM {incidents}) AS i
GROUP BY 1, c, extract(year FROM t), cur, ref""".format(
        name=q(area_name_field), geom=q(geom), areas=_qualified(schema, table), counts=counts, columns=columns,
        incidents=_qualified(i_schema, i_table), i_geom=q(i_geom), located=_located("i.g"))


def area_counts(plan, area_name_field, current, reference):
    """One query, two parts. Inside: for each area (made valid where it is not), the incidents it contains, found
    through the incidents' spatial index (the area's geometry prepared once for all its incidents), counted by
    category, calendar year and membership of the current and reference periods. All: one pass over every
    incident, counted by whether it has a position, category, year and periods, for what lies outside every area,
    the categories present, the times' range and the incidents without a position. Returns (inside, all, without
    a position) with inside and all as lists of (area name or None, category or None, count, first time, last
    time, in current, in reference), or None when the query failed. An incident exactly on an area's boundary is
    not inside it (ST_Contains)."""
    sql = area_counts_sql(plan, area_name_field, current, reference)
    rows = _run(plan, _QUERY_SETTINGS + sql)
    if rows is None:  # a server without one of the settings (JIT came in PostgreSQL 11): the query alone
        rows = _run(plan, sql)
    if rows is None:
        return None

    def stamp(v):
        return np.datetime64(v, "s") if v else np.datetime64("NaT", "s")

    inside, everything, unlocated = [], [], 0
    for part, area, category, count, first, last, cur, ref in rows:
        if int(part) == 0:
            unlocated += int(count)
            continue
        (inside if int(part) == 1 else everything).append((area, category, int(count), stamp(first), stamp(last),
                                                           bool(cur), bool(ref)))
    return inside, everything, unlocated
