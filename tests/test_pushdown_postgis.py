"""What the PostGIS layers push into the database's query, on a real PostgreSQL/PostGIS started on loopback
(scripts/pg_test_server.sh): the density's mask extent (only the points that can reach a kept cell are read, with
the same raster as reading every point of a GeoPackage), the area summary's periods at sub-second times, and the
workspace's index on the incidents' time."""

import datetime
import itertools
import os
import re

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

X0, Y0, SIDE = 340000.0, 6460000.0, 1000.0  # the mask: one square of 1 km
RADIUS, PIXEL = 150.0, 20.0
START, END = datetime.datetime(2022, 1, 1), datetime.datetime(2024, 1, 1)
_tables = itertools.count(1)
TYPES = "occurred_at=timestamp,category=text,kind=text"


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    return srs


def _write(path, layer_name, rows, geometry=ogr.wkbPoint, fields=(("occurred_at", ogr.OFTDateTime),
                                                                    ("category", ogr.OFTString))):
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer(layer_name, _srs(), geometry)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    ds.StartTransaction()
    for wkt, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, value in values.items():
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                f.SetField(name, value.year, value.month, value.day, value.hour, value.minute,
                           value.second + value.microsecond / 1e6, 0)
            else:
                f.SetField(name, value)
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds.CommitTransaction()


def _to_postgis(pg_uri, gpkg, name, types):
    """A GeoPackage layer copied into PostGIS (with its spatial index) and opened as a postgres layer."""
    uri = QgsDataSourceUri(pg_uri)
    target = "PG:host={} port={} dbname={} user={}".format(uri.host(), uri.port(), uri.database(), uri.username())
    table = "pushdown_{}_{}_{}".format(os.getpid(), next(_tables), name)
    gdal.VectorTranslate(target, gpkg, layers=[name], layerName=table, accessMode="overwrite",
                         layerCreationOptions=["GEOMETRY_NAME=geom", "FID=id", "COLUMN_TYPES=" + types])
    layer_uri = QgsDataSourceUri(pg_uri)
    layer_uri.setDataSource("public", table, "geom", "", "id")
    layer = QgsVectorLayer(layer_uri.uri(False), table, "postgres")
    assert layer.isValid() and layer.featureCount() > 0
    return layer, table


def _connection(pg_uri):
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return metadata.createConnection(QgsDataSourceUri(pg_uri).connectionInfo(False), {})


# ---------------------------------------------------------------------------------------------------------------
# the density: the mask's extent in the query

@pytest.fixture(scope="module")
def density_data(tmp_path_factory, qgis_app):
    """Incidents around a 1 km mask: inside it, in the radius's margin outside it (they reach the mask's cells and
    must count), just beyond the margin, and far away (1–4 km off: they widen the grid but reach no kept cell);
    a few without geometry; times in and out of [START, END). Each row says its group."""
    rng = np.random.default_rng(20)
    groups = {"inside": 300, "margin": 80, "beyond": 40, "far": 200}
    rows, kinds = [], []
    for kind, n in groups.items():
        for k in range(n):
            if kind == "inside":
                x, y = rng.uniform(X0, X0 + SIDE), rng.uniform(Y0, Y0 + SIDE)
            elif kind == "margin":  # 5–140 m outside one of the four sides (within the 150 m radius)
                d, along, side = rng.uniform(5.0, 140.0), rng.uniform(0.0, SIDE), k % 4
                x, y = ((X0 - d, Y0 + along), (X0 + SIDE + d, Y0 + along), (X0 + along, Y0 - d),
                        (X0 + along, Y0 + SIDE + d))[side]
            elif kind == "beyond":  # past the radius but inside the box the query keeps
                x, y = X0 + SIDE + rng.uniform(155.0, 185.0), rng.uniform(Y0, Y0 + SIDE)
            else:
                x, y = X0 + SIDE + rng.uniform(1000.0, 4000.0), Y0 + rng.uniform(-3000.0, 3000.0)
            t = datetime.datetime(2021, 1, 1) + datetime.timedelta(seconds=int(rng.integers(0, 4 * 365 * 86400)))
            geometry = None if k % 37 == 36 else "POINT ({} {})".format(x, y)
            rows.append((geometry, {"occurred_at": t, "category": "klotter", "kind": kind}))
            kinds.append((kind, geometry is not None, START <= t < END))
    folder = tmp_path_factory.mktemp("pushdown")
    path = str(folder / "density.gpkg")
    _write(path, "incidents", rows, fields=(("occurred_at", ogr.OFTDateTime), ("category", ogr.OFTString),
                                            ("kind", ogr.OFTString)))
    mask = str(folder / "mask.gpkg")
    _write(mask, "mask", [("POLYGON (({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        X0, Y0, X0 + SIDE, Y0 + SIDE), {})], geometry=ogr.wkbPolygon, fields=())
    return {"path": path, "mask": mask + "|layername=mask", "kinds": kinds}


def _density(run, incidents, mask, out, feedback, **extra):
    params = {"INPUT": incidents, "RADIUS": RADIUS, "PIXEL_SIZE": PIXEL, "TIME_FIELD": "occurred_at",
              "START": START.isoformat(), "END": END.isoformat(), "MASK": mask, "OUTPUT": str(out)}
    params.update(extra)
    run("trygghet:hotspotdensity", params, feedback=feedback)
    return gdal.Open(str(out)).ReadAsArray()


def _server_log(conn):
    """The test server's log (pg_test_server.sh writes it beside the data directory)."""
    folder = conn.executeSql("SHOW data_directory")[0][0]
    return conn.executeSql("SELECT pg_read_file({})".format(
        "'" + os.path.join(os.path.dirname(folder), "server.log").replace("'", "''") + "'"))[0][0]


@pytest.mark.parametrize("output_value", [0, 2])
def test_density_pushes_the_mask_extent_and_draws_what_every_point_draws(run, pg_uri, density_data, tmp_path,
                                                                        output_value, log_feedback):
    layer, table = _to_postgis(pg_uri, density_data["path"], "incidents", TYPES)
    conn = _connection(pg_uri)
    conn.executeSql("ALTER SYSTEM SET log_statement = 'all'")
    conn.executeSql("SELECT pg_reload_conf()")
    try:
        in_db = log_feedback()
        from_pg = _density(run, layer, density_data["mask"], tmp_path / "pg.tif", in_db, OUTPUT_VALUE=output_value)
    finally:
        conn.executeSql("ALTER SYSTEM RESET log_statement")
        conn.executeSql("SELECT pg_reload_conf()")
    client = log_feedback()
    from_gpkg = _density(run, density_data["path"] + "|layername=incidents", density_data["mask"],
                         tmp_path / "gpkg.tif", client, OUTPUT_VALUE=output_value)
    # the same raster as from every point of the GeoPackage
    nodata = -9999.0
    assert from_pg.shape == from_gpkg.shape
    assert np.array_equal(from_pg == nodata, from_gpkg == nodata) and (from_gpkg == nodata).any()
    kept = from_gpkg != nodata
    assert from_gpkg[kept].max() > 0
    np.testing.assert_allclose(from_pg[kept], from_gpkg[kept], rtol=0, atol=1e-6 * float(from_gpkg[kept].max()))
    # the margin's points count: without them (on the same grid) the mask's edge cells are lower
    lower = _density(run, density_data["path"] + "|layername=incidents", density_data["mask"],
                     tmp_path / "without.tif", log_feedback(), OUTPUT_VALUE=output_value,
                     FILTER="\"kind\" <> 'margin'")
    assert (from_gpkg[kept] - lower[kept]).max() > 0.05 * float(from_gpkg[kept].max())

    # the database left out the far points (and those outside the window), nothing else
    assert "Only the incidents that can reach the mask's cells are read: the extent is applied in the database's " \
           "query." in in_db.lines
    assert "The time window is applied in the database's query." in in_db.lines
    near = sum(1 for kind, located, in_window in density_data["kinds"] if kind != "far" and located and in_window)
    every = sum(1 for _, located, in_window in density_data["kinds"] if located and in_window)
    assert "{} points go into the density.".format(near) in in_db.lines, "\n".join(in_db.lines)
    assert "{} points go into the density.".format(every) in client.lines, client.lines
    assert near < every

    # the filter is in the SQL the provider sent: the spatial index's && with an envelope, beside the time window
    statements = [s for s in re.split(r"\n(?=\S)", _server_log(conn)) if table in s and "occurred_at" in s]
    boxes = [re.search(r"&&\s*st_makeenvelope\(([^)]*)\)", s, re.IGNORECASE) for s in statements]
    boxes = [[float(v) for v in b.group(1).split(",")] for b in boxes if b]
    assert boxes, statements
    x_min, y_min, x_max, y_max, srid = boxes[-1]
    assert srid == 3006
    # the mask's cell centres grown by the radius and three pixels: around the 1 km square, never the far points
    assert X0 - RADIUS - 4 * PIXEL < x_min < X0 - RADIUS and Y0 - RADIUS - 4 * PIXEL < y_min < Y0 - RADIUS
    assert X0 + SIDE + RADIUS < x_max < X0 + SIDE + RADIUS + 4 * PIXEL
    assert Y0 + SIDE + RADIUS < y_max < Y0 + SIDE + RADIUS + 4 * PIXEL


def test_density_without_mask_reads_every_point(run, pg_uri, density_data, tmp_path, log_feedback):
    layer, _ = _to_postgis(pg_uri, density_data["path"], "incidents", TYPES)
    feedback = log_feedback()
    _density(run, layer, None, tmp_path / "pg.tif", feedback)
    assert not any(line.startswith("Only the incidents that can reach") for line in feedback.lines)
    every = sum(1 for _, located, in_window in density_data["kinds"] if located and in_window)
    assert "{} points go into the density.".format(every) in feedback.lines


def test_density_rate_from_the_points_times_reads_every_point(run, pg_uri, density_data, tmp_path, log_feedback):
    """Incidents per km² per year without an END takes its years from the last time read: every point is read."""
    layer, _ = _to_postgis(pg_uri, density_data["path"], "incidents", TYPES)
    feedback = log_feedback()
    from_pg = _density(run, layer, density_data["mask"], tmp_path / "pg.tif", feedback, OUTPUT_VALUE=2, END=None)
    assert not any(line.startswith("Only the incidents that can reach") for line in feedback.lines)
    from_gpkg = _density(run, density_data["path"] + "|layername=incidents", density_data["mask"],
                         tmp_path / "gpkg.tif", log_feedback(), OUTPUT_VALUE=2, END=None)
    np.testing.assert_allclose(from_pg, from_gpkg, rtol=0, atol=1e-6 * float(from_gpkg.max()))


def _incidents_and_two_areas(pg_uri, path, rows, width):
    """``rows`` as incidents and two areas A0, A1 side by side (``width`` m each, 500 m tall) in the GeoPackage at
    ``path``, copied into PostGIS: ((incidents layer, its table), areas layer)."""
    _write(path, "incidents", rows)
    _write(path, "areas", [("MULTIPOLYGON ((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(
        X0 + width * i, Y0, X0 + width * (i + 1), Y0 + 500.0), {"name": "A{}".format(i), "population": 1000})
        for i in range(2)], geometry=ogr.wkbMultiPolygon, fields=(("name", ogr.OFTString),
                                                                  ("population", ogr.OFTInteger)))
    incidents = _to_postgis(pg_uri, path, "incidents", "occurred_at=timestamp,category=text")
    return incidents, _to_postgis(pg_uri, path, "areas", "name=text")[0]


# ---------------------------------------------------------------------------------------------------------------
# the area summary: periods at sub-second times

def test_areasummary_in_postgis_counts_sub_second_times_at_the_period_bounds(run, pg_uri, tmp_path, log_feedback):
    """Times a fraction of a second before and after each period bound fall on the same side of it in the database
    as in the GeoPackage (the database compares the raw times; the plugin's own reading drops the fraction)."""
    cur = (datetime.datetime(2023, 3, 1, 12), datetime.datetime(2024, 2, 10))
    ref = (datetime.datetime(2022, 1, 1), cur[0])
    rows = []
    offsets = (-0.9, -0.4, 0.0, 0.3, 0.8)
    for k, (bound, offset) in enumerate(itertools.product((cur[0], cur[1], ref[0], datetime.datetime(2023, 1, 1)),
                                                          offsets)):
        t = bound + datetime.timedelta(seconds=offset)
        for copy in range(k % 3 + 1):
            x = X0 + (100.0 if copy % 2 else 600.0) + 7.0 * k
            rows.append(("POINT ({} {})".format(x, Y0 + 50.0 + 20.0 * copy),
                         {"occurred_at": t, "category": ("klotter", "brand")[k % 2]}))
    path = str(tmp_path / "bounds.gpkg")
    (incidents, _), areas = _incidents_and_two_areas(pg_uri, path, rows, 500.0)

    def summary(inc, ar, feedback):
        params = {"INPUT": inc, "AREAS": ar, "TIME_FIELD": "occurred_at", "CATEGORY_FIELD": "category",
                  "REFERENCE_AREAS": "A1", "MIN_COUNT": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                  "CURRENT_START": cur[0].isoformat(),
                  "CURRENT_END": cur[1].isoformat(), "REFERENCE_START": ref[0].isoformat(),
                  "REFERENCE_END": ref[1].isoformat()}
        layer = run("trygghet:areasummary", params, feedback=feedback)["OUTPUT"]
        names = layer.fields().names()
        return names, sorted(tuple(None if f[n] is None or (hasattr(f[n], "isNull") and f[n].isNull()) else f[n]
                                   for n in names) for f in layer.getFeatures())

    in_db = log_feedback()
    names, got = summary(incidents, areas, in_db)
    assert "The incidents were counted in the PostGIS database." in in_db.lines
    _, expected = summary(path + "|layername=incidents", path + "|layername=areas", log_feedback())
    assert got == expected
    # and both say what a hand count says: the current period [cur0, cur1) of each area and category
    by_key = {(r[names.index("area")], r[names.index("category")]): r for r in got}
    for area in ("A0", "A1"):
        for category in ("klotter", "brand"):
            hand = sum(1 for wkt, v in rows if v["category"] == category
                       and (float(wkt.split("(")[1].split()[0]) < X0 + 500.0) == (area == "A0")
                       and cur[0] <= v["occurred_at"].replace(microsecond=0) < cur[1])
            assert by_key[(area, category)][names.index("n_current")] == hand


# ---------------------------------------------------------------------------------------------------------------
# the workspace's indexes

def test_workspace_incidents_have_the_time_index_also_after_an_upgrade(pg_uri):
    from trygghet.workspace.postgis import create_postgis_workspace, upgrade_postgis_security

    schema = "ws_index_{}".format(os.getpid())
    create_postgis_workspace(pg_uri, schema)
    conn = _connection(pg_uri)

    def indexes():
        return {r[0]: r[1] for r in conn.executeSql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '{}' AND tablename = 'incidents'"
            .format(schema))}

    found = indexes()
    assert "(occurred_at)" in found["incidents_occurred_at_idx"]
    assert "USING gist (geom)" in found["incidents_geom_idx"]
    conn.executeSql('DROP INDEX "{}"."incidents_occurred_at_idx"'.format(schema))
    assert "incidents_occurred_at_idx" not in indexes()
    upgrade_postgis_security(pg_uri, schema)  # an older workspace brought up to date gets it
    assert "(occurred_at)" in indexes()["incidents_occurred_at_idx"]


def test_areasummary_in_postgis_without_positions_is_a_clear_message(run, pg_uri, tmp_path, log_feedback):
    from qgis.core import QgsProcessingException

    path = str(tmp_path / "nowhere.gpkg")
    _write(path, "incidents", [(None, {"occurred_at": datetime.datetime(2023, 5, 1), "category": "brand"})] * 3)
    _write(path, "areas", [("MULTIPOLYGON ((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(
        X0, Y0, X0 + 500.0, Y0 + 500.0), {"name": "A0", "population": 1000})], geometry=ogr.wkbMultiPolygon,
        fields=(("name", ogr.OFTString), ("population", ogr.OFTInteger)))
    incidents, _ = _to_postgis(pg_uri, path, "incidents", "occurred_at=timestamp,category=text")
    areas, _ = _to_postgis(pg_uri, path, "areas", "name=text")
    feedback = log_feedback()
    with pytest.raises(QgsProcessingException, match="no incidents with a position"):
        run("trygghet:areasummary", {"INPUT": incidents, "AREAS": areas, "TIME_FIELD": "occurred_at",
                                     "CATEGORY_FIELD": "category", "REFERENCE_AREAS": "A0",
                                     "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert "Counting the incidents in the database…" in feedback.texts
    assert not any("counted here, not in the database" in line for line in feedback.lines), feedback.lines


def test_areasummary_in_postgis_with_hostile_names_counts_and_harms_nothing(run, pg_uri, tmp_path, log_feedback):
    """A table and fields whose names carry SQL (quotes, a semicolon and a DROP in the table's) are counted in the
    database as in the GeoPackage: the names go into the query only as quoted identifiers, and the table the name
    tries to drop stays."""
    evil = 'x"; DROP TABLE {victim}; --'
    victim = "victim_{}".format(os.getpid())
    rows = [("POINT ({} {})".format(X0 + 50.0 + 9.0 * k, Y0 + 60.0 + 3.0 * k),
             {"occurred_at": datetime.datetime(2023, 1 + k % 12, 1 + k % 27, k % 24), "category": ("brand",
                                                                                                   "klotter")[k % 2]})
            for k in range(60)]
    path = str(tmp_path / "names.gpkg")
    (incidents, table), areas = _incidents_and_two_areas(pg_uri, path, rows, 250.0)
    conn = _connection(pg_uri)
    conn.executeSql("CREATE TABLE {} (id int)".format(victim))
    # field names with a quote and SQL (a processing field parameter cannot hold a ';'); the table's name drops
    time_field, category_field = 'tid") FROM x --', 'kat" OR "1"="1'
    hostile_table = evil.format(victim=victim) + " tab"

    def quoted(name):
        return '"' + name.replace('"', '""') + '"'

    conn.executeSql("ALTER TABLE {} RENAME COLUMN occurred_at TO {}".format(quoted(table), quoted(time_field)))
    conn.executeSql("ALTER TABLE {} RENAME COLUMN category TO {}".format(quoted(table), quoted(category_field)))
    conn.executeSql("ALTER TABLE {} RENAME TO {}".format(quoted(table), quoted(hostile_table)))
    uri = QgsDataSourceUri(pg_uri)
    uri.setDataSource("public", hostile_table, "geom", "", "id")
    hostile = QgsVectorLayer(uri.uri(False), "hostile", "postgres")
    assert hostile.isValid() and hostile.featureCount() == len(rows)
    del incidents

    def summary(inc, time, category, feedback):
        layer = run("trygghet:areasummary", {
            "INPUT": inc, "AREAS": areas, "TIME_FIELD": time, "CATEGORY_FIELD": category, "REFERENCE_AREAS": "A1",
            "MIN_COUNT": 1, "CURRENT_START": "2023-07-01", "CURRENT_END": "2024-01-01",
            "REFERENCE_START": "2023-01-01", "REFERENCE_END": "2023-07-01", "OUTPUT": "TEMPORARY_OUTPUT"},
            feedback=feedback)["OUTPUT"]
        return sorted(tuple(f.attributes()) for f in layer.getFeatures())

    in_db = log_feedback()
    got = summary(hostile, time_field, category_field, in_db)
    assert "The incidents were counted in the PostGIS database." in in_db.lines, in_db.lines
    assert got == summary(path + "|layername=incidents", "occurred_at", "category", log_feedback())
    assert conn.executeSql("SELECT to_regclass('public.{}') IS NOT NULL".format(victim))[0][0] is True
    conn.executeSql("DROP TABLE {}".format(victim))
