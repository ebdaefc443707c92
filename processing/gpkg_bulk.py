"""Bulk appending of prebuilt WKB polygons and their attributes to a freshly created, still empty GeoPackage layer.

GDAL 3.6 (Debian 12) has no Arrow writing path (``ogr.Layer.WriteArrow`` came with GDAL 3.8), and writing a
hundred thousand features one QgsFeature at a time costs about a second, plus another second for SQLite's R*Tree,
which inserts the spatial index row by row. Here the rows go in with one parameterised ``executemany`` inside one
transaction, and the spatial index is bulk-loaded (sort-tile-recursive packing) straight into the R*Tree's node
tables in SQLite's own node format; the index's triggers are set aside meanwhile and put back unchanged. Every
value is bound as a parameter; only identifiers read from the GeoPackage's own tables are quoted into the SQL.

``append_rows`` returns False, having changed nothing, when the layer is not what it expects (then the caller
writes through QGIS); it raises ``sqlite3.Error`` only for a failure after which the transaction was rolled back.
"""

import datetime
import itertools
import sqlite3

import numpy as np

_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])  # one R*Tree cell: rowid, min x, max x, min y, max y


def _quote(name):
    return '"' + str(name).replace('"', '""') + '"'


def gpkg_blobs(raw, size, srs_id, boxes):
    """GeoPackage geometry blobs (header with an xy envelope, as GDAL writes them, then the WKB) of ``n`` WKB
    geometries of ``size`` bytes each, back to back in ``raw``; ``boxes`` is (n, 4) min x, max x, min y, max y."""
    n = boxes.shape[0]
    dtype = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("box", "<f8", (4,)),
                      ("wkb", "V{}".format(size))])
    buf = np.zeros(n, dtype=dtype)
    buf["magic"] = b"GP"
    buf["flags"] = 0b011  # little endian, envelope [minx, maxx, miny, maxy]
    buf["srs"] = srs_id
    buf["box"] = boxes
    buf["wkb"] = np.frombuffer(raw, dtype="V{}".format(size), count=n)
    data = buf.tobytes()
    step = dtype.itemsize
    return [data[i:i + step] for i in range(0, n * step, step)]


def _round_out(lo, hi):
    """float32 bounds that contain the float64 ones, rounded as SQLite's R*Tree rounds them (rtreeValueDown and
    rtreeValueUp in its rtree.c)."""
    towards, away = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0
    flo = lo.astype(np.float32)
    down = flo.astype(np.float64) > lo
    flo[down] = (lo[down] * np.where(lo[down] < 0, away, towards)).astype(np.float32)
    fhi = hi.astype(np.float32)
    up = fhi.astype(np.float64) < hi
    fhi[up] = (hi[up] * np.where(hi[up] < 0, towards, away)).astype(np.float32)
    return flo, fhi


def rtree_nodes(boxes, ids, per_node):
    """Sort-tile-recursive packing of (n, 4) boxes (min x, max x, min y, max y) with rowids ``ids``.

    Returns (nodes: list of (nodeno, cells structured array), rowid rows: (rowid, leaf nodeno), parent rows:
    (nodeno, parent nodeno), depth). Node 1 is the root, as SQLite's R*Tree requires.
    """
    minx, maxx = _round_out(boxes[:, 0], boxes[:, 1])
    miny, maxy = _round_out(boxes[:, 2], boxes[:, 3])
    level_boxes = np.column_stack([minx, maxx, miny, maxy]).astype(np.float32)
    level_ids = np.asarray(ids, dtype=np.int64)
    nodes, rowid_rows, parent_rows = [], None, []
    next_no = 2
    depth = 0
    while True:
        count = level_ids.size
        if count <= per_node:
            nodes.append((1, level_boxes, level_ids))
            if depth == 0:
                rowid_rows = np.column_stack([level_ids, np.ones(count, dtype=np.int64)])
            else:
                parent_rows.append(np.column_stack([level_ids, np.ones(count, dtype=np.int64)]))
            break
        leaves = -(-count // per_node)
        slices = int(np.ceil(np.sqrt(leaves)))
        cx = level_boxes[:, 0].astype(np.float64) + level_boxes[:, 1]
        cy = level_boxes[:, 2].astype(np.float64) + level_boxes[:, 3]
        by_x = np.argsort(cx, kind="stable")
        slice_of = np.empty(count, dtype=np.int64)
        slice_of[by_x] = np.arange(count) // (slices * per_node)
        order = np.lexsort((cy, slice_of))
        # groups of per_node within each slice
        sorted_slice = slice_of[order]
        starts = np.flatnonzero(np.r_[True, sorted_slice[1:] != sorted_slice[:-1]])
        pos_in_slice = np.arange(count) - np.repeat(starts, np.diff(np.r_[starts, count]))
        group_key = sorted_slice * (slices * per_node) + pos_in_slice // per_node
        group = np.r_[0, np.cumsum(group_key[1:] != group_key[:-1])]
        n_groups = int(group[-1]) + 1
        numbers = next_no + np.arange(n_groups, dtype=np.int64)
        next_no += n_groups
        ordered_boxes = level_boxes[order]
        ordered_ids = level_ids[order]
        bounds = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
        for g in range(n_groups):
            a = bounds[g]
            b = bounds[g + 1] if g + 1 < n_groups else count
            nodes.append((int(numbers[g]), ordered_boxes[a:b], ordered_ids[a:b]))
        link = np.column_stack([ordered_ids, numbers[group]])
        if depth == 0:
            rowid_rows = link
        else:
            parent_rows.append(link)
        level_boxes = np.column_stack([
            np.minimum.reduceat(ordered_boxes[:, 0], bounds), np.maximum.reduceat(ordered_boxes[:, 1], bounds),
            np.minimum.reduceat(ordered_boxes[:, 2], bounds), np.maximum.reduceat(ordered_boxes[:, 3], bounds)])
        level_ids = numbers
        depth += 1
    parents = np.concatenate(parent_rows) if parent_rows else np.empty((0, 2), dtype=np.int64)
    return nodes, rowid_rows, parents, depth


def _node_blob(cells_boxes, cells_ids, node_size, depth):
    n = cells_ids.size
    cells = np.zeros(n, dtype=_CELL)
    cells["id"] = cells_ids
    cells["box"] = cells_boxes
    blob = bytearray(node_size)
    blob[0:2] = int(depth).to_bytes(2, "big")
    blob[2:4] = int(n).to_bytes(2, "big")
    body = cells.tobytes()
    blob[4:4 + len(body)] = body
    return bytes(blob)


def append_rows(path, table, names, blobs, columns, boxes):
    """Append n features to the empty layer ``table`` of the GeoPackage ``path``, with fids 1..n in order:
    ``blobs(srs_id)`` gives their GeoPackage geometry blobs (which hold the layer's srs_id), ``columns`` the value
    lists of the fields ``names``; bulk-load the layer's spatial index from ``boxes`` (n, 4: min x, max x, min y,
    max y). Returns False, leaving the file as it was, if the layer is not an empty GeoPackage layer with these
    fields."""
    con = sqlite3.connect(path, timeout=30.0, isolation_level=None)
    try:
        if hasattr(con, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
            con.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, False)  # the R*Tree's node tables are written below
        found = con.execute("SELECT table_name, column_name, srs_id FROM gpkg_geometry_columns "
                            "WHERE lower(table_name) = lower(?)", (table,)).fetchall()
        if len(found) != 1:
            return False
        table, geometry, srs_id = found[0]
        info = con.execute("SELECT name, pk FROM pragma_table_info(?)", (table,)).fetchall()
        existing = {name for name, _ in info}
        pk = [name for name, key in info if key]
        if len(pk) != 1 or any(name not in existing for name in names) or pk[0] in names:
            return False
        if con.execute("SELECT count(*) FROM " + _quote(table)).fetchone()[0] != 0:
            return False
        rtree = "rtree_{}_{}".format(table, geometry)
        has_rtree = con.execute("SELECT count(*) FROM sqlite_master WHERE name = ? AND type = 'table'",
                                (rtree,)).fetchone()[0] == 1
        node_size = None
        if has_rtree:
            node = con.execute("SELECT length(data) FROM " + _quote(rtree + "_node") + " WHERE nodeno = 1").fetchone()
            if node is None or con.execute("SELECT count(*) FROM " + _quote(rtree)).fetchone()[0] != 0:
                return False
            node_size = int(node[0])
        geometries = blobs(int(srs_id))
        con.execute("BEGIN IMMEDIATE")
        try:
            triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                   "AND name LIKE ? ESCAPE '\\'",
                                   (table, rtree.replace("\\", "\\\\").replace("_", "\\_")
                                    .replace("%", "\\%") + "\\_%")).fetchall() if has_rtree else []
            for name, _ in triggers:
                con.execute("DROP TRIGGER " + _quote(name))
            sql = "INSERT INTO {} ({}, {}) VALUES ({}, {})".format(
                _quote(table), _quote(pk[0]), ", ".join(_quote(c) for c in (geometry,) + tuple(names)), "?",
                ", ".join("?" * (len(names) + 1)))
            con.executemany(sql, zip(itertools.count(1), geometries, *columns))
            n = boxes.shape[0]
            if has_rtree and n:
                _load_rtree(con, rtree, boxes, node_size)
            for _, trigger_sql in triggers:
                con.execute(trigger_sql)
            if n:
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, last_change = ? "
                            "WHERE lower(table_name) = lower(?)",
                            (float(boxes[:, 0].min()), float(boxes[:, 2].min()), float(boxes[:, 1].max()),
                             float(boxes[:, 3].max()), _now(), table))
            if con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone()[0]:
                con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                            (n, table))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return True
    finally:
        con.close()


def _now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _load_rtree(con, rtree, boxes, node_size):
    per_node = (node_size - 4) // _CELL.itemsize
    nodes, rowids, parents, depth = rtree_nodes(boxes, np.arange(1, boxes.shape[0] + 1), per_node)
    con.execute("DELETE FROM " + _quote(rtree + "_node"))
    con.execute("DELETE FROM " + _quote(rtree + "_rowid"))
    con.execute("DELETE FROM " + _quote(rtree + "_parent"))
    con.executemany("INSERT INTO " + _quote(rtree + "_node") + " (nodeno, data) VALUES (?, ?)",
                    ((number, _node_blob(b, i, node_size, depth if number == 1 else 0)) for number, b, i in nodes))
    con.executemany("INSERT INTO " + _quote(rtree + "_rowid") + " (rowid, nodeno) VALUES (?, ?)", rowids.tolist())
    if len(parents):
        con.executemany("INSERT INTO " + _quote(rtree + "_parent") + " (nodeno, parentnode) VALUES (?, ?)",
                        parents.tolist())
