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


def _incidents_sql(plan):
    q = QgsSqliteUtils.quotedIdentifier
    schema, table, geom = plan.incidents
    return ("SELECT {g} AS g, date_trunc('second', {t}::timestamp) AS t, {c}::text AS c FROM {tab}".format(
        g=q(geom), t=q(plan.time_field), c=q(plan.category_field), tab=_qualified(schema, table)))


def latest_and_nulls(plan):
    """(incidents with a position, those without, the latest time of those with one) or None."""
    rows = _run(plan, "SELECT count(*) FILTER (WHERE NOT (g IS NULL OR ST_IsEmpty(g))), "
                      "count(*) FILTER (WHERE g IS NULL OR ST_IsEmpty(g)), "
                      "to_char(max(t) FILTER (WHERE NOT (g IS NULL OR ST_IsEmpty(g))), "
                      "'YYYY-MM-DD\"T\"HH24:MI:SS') FROM ({}) AS i".format(_incidents_sql(plan)))
    if not rows:
        return None
    located, nulls, latest = rows[0]
    return int(located), int(nulls), np.datetime64(latest, "s") if latest else np.datetime64("NaT", "s")


def area_counts(plan, area_name_field, current, reference):
    """One query, two parts. Inside: each area (made valid where it is not) joined to the incidents it contains,
    through the incidents' spatial index, counted by area name, category, calendar year and membership of the
    current and reference periods. All: every incident with a position counted by category, year and periods,
    for what lies outside every area, the categories present and the times' range. Returns (inside, all) as lists
    of (area name or None, category or None, count, first time, last time, in current, in reference), or None
    when the query failed. An incident exactly on an area's boundary is not inside it (ST_Contains)."""
    q = QgsSqliteUtils.quotedIdentifier
    schema, table, geom = plan.areas
    periods = ("coalesce(i.t >= {cs} AND i.t < {ce}, false) AS cur, coalesce(i.t >= {rs} AND i.t < {re}, false) "
               "AS ref").format(cs=_stamp(current[0]), ce=_stamp(current[1]), rs=_stamp(reference[0]),
                                re=_stamp(reference[1]))
    counts = ("count(*), to_char(min(i.t), 'YYYY-MM-DD\"T\"HH24:MI:SS'), "
              "to_char(max(i.t), 'YYYY-MM-DD\"T\"HH24:MI:SS')")
    sql = """
WITH a AS MATERIALIZED (
    SELECT {name}::text AS area, CASE WHEN ST_IsValid({geom}) THEN {geom} ELSE ST_MakeValid({geom}) END AS g
    FROM {areas} WHERE {geom} IS NOT NULL),
i AS NOT MATERIALIZED ({incidents})
SELECT true AS inside, a.area, i.c, {counts}, {periods}
FROM a JOIN i ON ST_Contains(a.g, i.g)
GROUP BY a.area, i.c, extract(year FROM i.t), cur, ref
UNION ALL
SELECT false, NULL, i.c, {counts}, {periods}
FROM i WHERE NOT (i.g IS NULL OR ST_IsEmpty(i.g))
GROUP BY i.c, extract(year FROM i.t), cur, ref
""".format(name=q(area_name_field), geom=q(geom), areas=_qualified(schema, table), incidents=_incidents_sql(plan),
           counts=counts, periods=periods)
    rows = _run(plan, sql)
    if rows is None:
        return None

    def stamp(v):
        return np.datetime64(v, "s") if v else np.datetime64("NaT", "s")

    inside, everything = [], []
    for flag, area, category, count, first, last, cur, ref in rows:
        (inside if flag else everything).append((area, category, int(count), stamp(first), stamp(last), bool(cur),
                                                 bool(ref)))
    return inside, everything
