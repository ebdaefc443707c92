"""The lägesbild's patrol-planning page: how much of a focus area the risk map's top shares cover, and how many of
the look-back's incidents lie in them.

The risk map (:mod:`core.riskmap`, trygghet:riskmap) ranks the cells of the whole study area; its OUTPUT_AREAS hold
one multipolygon per class with that class's own cells (top 1 %, the next cells up to 5 %, up to 10 %). A top
share here is cumulative: the top 5 % are the classes 1 and 5.
"""

import numpy as np
from shapely.ops import unary_union

from .geometry import points_in_polygons, polygon_rings_from_shapely

SHARES = (1, 5, 10)


def patrol_rows(area, classes, x, y, k=5):
    """Rows for the shares 1, 5 and 10 % in one focus area.

    ``area`` is the focus area (shapely polygon), ``classes`` {1|5|10: shapely geometry of that class's own cells},
    ``x``/``y`` the incidents of the risk map's look-back. Each row: share, area_m2 (of the top cells inside the
    area), area_share (of the area), hits (incidents in them inside the area), hits_text (``<k`` for 1..k−1),
    total (incidents of the look-back in the area) and hit_share (None when a count behind it is hidden).
    """
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    area_rings = polygon_rings_from_shapely(area)
    in_area = points_in_polygons(x, y, area_rings, [0] * len(area_rings)) >= 0 if area_rings else \
        np.zeros(x.shape, dtype=bool)
    total = int(in_area.sum())
    rows = []
    for share in SHARES:
        parts = [g for c, g in classes.items() if c <= share and g is not None and not g.is_empty]
        top = unary_union(parts).intersection(area) if parts else None
        rings = polygon_rings_from_shapely(top) if top is not None else []
        hits = int((in_area & (points_in_polygons(x, y, rings, [0] * len(rings)) >= 0)).sum()) if rings else 0
        hidden = k > 1 and (0 < hits < k or 0 < total - hits < k)
        rows.append({"share": share, "area_m2": float(top.area) if top is not None else 0.0,
                     "area_share": float(top.area / area.area) if top is not None and area.area > 0 else 0.0,
                     "hits": hits, "hits_text": "<{}".format(int(k)) if k > 1 and 0 < hits < k else str(hits),
                     "total": total,
                     "hit_share": None if hidden or total == 0 else hits / total})
    return rows
