"""Point-in-polygon assignment in pure numpy (even-odd ray casting) for incidents to areas."""

import numpy as np

__all__ = ["points_in_polygons", "polygon_rings_from_shapely"]


def _rings(polygon):
    rings = [np.asarray(r, dtype=float).reshape(-1, 2) for r in polygon]
    return [r for r in rings if r.shape[0] >= 3]


def _crossing_parity(px_sorted_by_y, py_sorted, rings):
    """Even-odd parity of crossings for points sorted by y: each edge only touches the points in its y-range."""
    inside = np.zeros(py_sorted.size, dtype=bool)
    for ring in rings:
        x1, y1 = ring[:, 0], ring[:, 1]
        x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
        lo_y = np.minimum(y1, y2)
        hi_y = np.maximum(y1, y2)
        # an edge is crossed by the horizontal ray of a point with lo_y <= py < hi_y (half-open: vertices count once)
        los = np.searchsorted(py_sorted, lo_y, side="left")
        his = np.searchsorted(py_sorted, hi_y, side="left")
        for e in np.flatnonzero(his > los):
            a, b = los[e], his[e]
            yy = py_sorted[a:b]
            xint = x1[e] + (yy - y1[e]) * (x2[e] - x1[e]) / (y2[e] - y1[e])
            inside[a:b] ^= px_sorted_by_y[a:b] < xint
    return inside


def points_in_polygons(x, y, polygons, polygon_ids=None):
    """Index of the polygon containing each point, -1 if none (even-odd ray casting, first polygon wins).

    ``polygons`` is a list of polygons, each a list of rings given as (n, 2) arrays (first ring exterior, the others
    holes; closed or not). A multipolygon is several entries with the same value in ``polygon_ids`` (default: the
    entry's position), which is what is returned. Points are pre-filtered by each polygon's bounding box on x-sorted
    points, then each edge is tested only against the points within its y-range (points sorted by y), so the cost is
    about linear in points plus edges. Points exactly on a boundary may go either way; NaN coordinates give -1.
    """
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    if polygon_ids is None:
        ids = np.arange(len(polygons), dtype=np.int64)
    else:
        ids = np.asarray(polygon_ids, dtype=np.int64).ravel()
        if ids.size != len(polygons):
            raise ValueError("polygon_ids must have one value per polygon")
    result = np.full(x.size, -1, dtype=np.int64)
    valid = np.flatnonzero(np.isfinite(x) & np.isfinite(y))
    if valid.size == 0 or len(polygons) == 0:
        return result
    order = valid[np.argsort(x[valid], kind="stable")]
    xs = x[order]
    for k, polygon in enumerate(polygons):
        rings = _rings(polygon)
        if not rings:
            continue
        allv = np.concatenate(rings)
        xmin, ymin = allv.min(axis=0)
        xmax, ymax = allv.max(axis=0)
        a, b = np.searchsorted(xs, xmin, side="left"), np.searchsorted(xs, xmax, side="right")
        if a >= b:
            continue
        cand = order[a:b]
        cy = y[cand]
        cand = cand[(cy >= ymin) & (cy <= ymax) & (result[cand] < 0)]
        if cand.size == 0:
            continue
        by_y = np.argsort(y[cand], kind="stable")
        cand = cand[by_y]
        inside = _crossing_parity(x[cand], y[cand], rings)
        result[cand[inside]] = ids[k]
    return result


def polygon_rings_from_shapely(geom):
    """A shapely Polygon/MultiPolygon -> list of polygons as :func:`points_in_polygons` wants (rings as arrays)."""
    if geom is None or geom.is_empty:
        return []
    parts = list(geom.geoms) if hasattr(geom, "geoms") else [geom]
    out = []
    for part in parts:
        if part.geom_type != "Polygon" or part.is_empty:
            continue
        rings = [np.asarray(part.exterior.coords)[:, :2]]
        rings += [np.asarray(r.coords)[:, :2] for r in part.interiors]
        out.append(rings)
    return out
