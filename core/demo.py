"""Synthetic demo content for an EST workspace in Trollhättan (Kronogården, Lextorp and Sylte).

``build_demo(seed)`` returns column lists for every layer of the workspace schema, generated deterministically from
``seed`` with numpy's ``default_rng``. Boundaries are approximate (from public coordinates, SWEREF 99 TM) and every
incident, finding and visit is invented. The incident process is an inhomogeneous Poisson mixture: background over the
town, Gaussian hot spots (as in the hot-spot policing literature, e.g. Weisburd 2015 "law of crime concentration"),
one emerging and one fading hot spot, and per-category weekday × hour × season profiles.
"""

import datetime as _dt
import heapq
import math
import uuid

import numpy as np
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import substring, unary_union

# Field names per layer at schema version 2 (core must not import workspace/, a test checks they match the schema).
FIELDS = {
    "areas": ("uuid", "name", "kind", "population", "code"),
    "incidents": ("uuid", "occurred_at", "category", "source", "weight"),
    "paths": ("uuid", "name", "kind", "lit"),
    "lamps": ("uuid", "status"),
    "walks": ("uuid", "name", "area", "walked_at", "time_of_day", "participants"),
    "walk_findings": ("uuid", "walk_uuid", "category", "severity", "feeling", "comment", "photo", "observed_at"),
    "places": ("uuid", "name", "rank"),
    "patrol_visits": ("uuid", "place_uuid", "visited_at", "minutes", "unit"),
    "promises": ("uuid", "title", "description", "area", "parties", "start_date", "end_date", "status", "follow_up",
                 "next_follow_up"),
    "measures": ("uuid", "title", "description", "cause", "category", "kind", "recurrence", "effect_horizon",
                 "operational_goal", "indicator", "responsible_org", "responsible_person", "responsible_contact",
                 "partners", "priority", "status", "status_reason", "planned_start", "due_date", "done_date",
                 "follow_up", "effort_planned", "effort_actual", "promise_uuid", "goal_uuid", "area", "created_at",
                 "updated_at", "updated_by", "version"),
    "measure_links": ("uuid", "measure_uuid", "layer_name", "layer_source", "feature_uuid", "feature_fid",
                      "geometry_wkt"),
    "measure_log": ("uuid", "measure_uuid", "changed_at", "changed_by", "action", "field", "old_value", "new_value",
                    "note"),
}

PERIOD_START = _dt.date(2022, 11, 1)
PERIOD_END = _dt.date(2026, 10, 31)
EMERGING_START = _dt.date(2025, 11, 1)
FADING_END = _dt.date(2025, 11, 1)  # the fading hot spot tapers off during 2024-11 .. 2025-10 and is gone after
REFERENCE_DATE = _dt.date(2026, 11, 1)  # "today" for the measures register (overdue, follow-up)

CENTRE = (341030.0, 6463500.0)  # Drottningtorget, Trollhättan centre
RESECENTRUM = (341460.0, 6463400.0)
KRONOGARDS_TORG = (342430.0, 6461970.0)
LEXTORP_C = (341780.0, 6461100.0)
SYLTE_C = (340430.0, 6461160.0)
EMERGING_XY = (342700.0, 6462350.0)  # parking area, north Kronogården
FADING_XY = (340200.0, 6461450.0)  # school yard, Sylte

CATEGORIES = ("skadegorelse", "klotter", "narkotika", "vald", "ran", "stold_inbrott", "ordningsstorning", "brand",
              "ovrigt")
FINDING_CATEGORIES = ("belysning", "overblickbarhet", "synlighet", "manniskor", "sakerhet", "gangvag",
                      "kollektivtrafik", "vegetation", "nedskrapning", "klotter", "skadegorelse", "gomstalle", "ovrigt")

NOTE_SV = ("Demodata: syntetiska händelser och iakttagelser. Områdesgränserna för Kronogården, Lextorp och Sylte är "
           "ungefärliga och ska ersättas med kommunens egna lager (t.ex. SCB:s DeSO/RegSO).")
NOTE_EN = ("Demo data: synthetic incidents and findings. The boundaries of Kronogården, Lextorp and Sylte are "
           "approximate; replace them with the municipality's own layers (e.g. SCB's DeSO/RegSO).")


# ----------------------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------------------

def _uuids(rng, n):
    bits = rng.integers(0, 2 ** 63, size=(n, 2), dtype=np.int64)
    return [str(uuid.UUID(int=(int(a) << 64) | int(b), version=4)) for a, b in bits]


def _xy(v):
    return f"{v[0]:.2f} {v[1]:.2f}"


def _wkt_point(x, y):
    return f"POINT ({x:.2f} {y:.2f})"


def _wkt_line(line):
    return "LINESTRING (" + ", ".join(_xy(c) for c in line.coords) + ")"


def _polygons(geom):
    return list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]


def _wkt_multipolygon(geom):
    parts = []
    for poly in _polygons(geom):
        rings = [poly.exterior] + list(poly.interiors)
        parts.append("(" + ", ".join("(" + ", ".join(_xy(c) for c in r.coords) + ")" for r in rings) + ")")
    return "MULTIPOLYGON (" + ", ".join(parts) + ")"


def _round_polygon(poly):
    def rnd(ring):
        return [(round(x, 2), round(y, 2)) for x, y in ring.coords]
    return Polygon(rnd(poly.exterior), [rnd(r) for r in poly.interiors])


def _largest(geom):
    """The largest polygon of a (multi)polygon, rounded to the centimetre."""
    return _round_polygon(max(_polygons(geom), key=lambda p: p.area))


def _contains_xy(geom, x, y):
    """Even-odd point-in-polygon test over all rings (numpy, vectorised over the points)."""
    inside = np.zeros(x.shape, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for poly in _polygons(geom):
            for ring in [poly.exterior] + list(poly.interiors):
                c = np.asarray(ring.coords)
                for (x1, y1), (x2, y2) in zip(c[:-1], c[1:]):
                    crosses = (y1 > y) != (y2 > y)
                    xint = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                    inside ^= crosses & (x < xint)
    return inside


def _uniform_in(rng, geom, n):
    minx, miny, maxx, maxy = geom.bounds
    fill = geom.area / ((maxx - minx) * (maxy - miny))
    xs, ys, got = [], [], 0
    while got < n:
        m = int((n - got) / fill * 1.2) + 16
        x = rng.uniform(minx, maxx, m)
        y = rng.uniform(miny, maxy, m)
        keep = _contains_xy(geom, x, y)
        xs.append(x[keep])
        ys.append(y[keep])
        got += int(keep.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def _gauss_in(rng, geom, centre, sigma, n):
    xs, ys, got = [], [], 0
    while got < n:
        m = int((n - got) * 1.3) + 16
        x = centre[0] + rng.normal(0.0, sigma, m)
        y = centre[1] + rng.normal(0.0, sigma, m)
        keep = _contains_xy(geom, x, y)
        xs.append(x[keep])
        ys.append(y[keep])
        got += int(keep.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def _at(day, hour, minute):
    return _dt.datetime(day.year, day.month, day.day, hour, minute)


# ----------------------------------------------------------------------------------------------------------------
# geography
# ----------------------------------------------------------------------------------------------------------------

def _river_x(y):
    """Approximate east bank of Göta älv (easting) at northing ``y``."""
    t = (y - 6462000.0)
    return 340150.0 + 220.0 * math.sin(t / 2600.0) + 60.0 * math.sin(t / 700.0)


def _town_polygon():
    west = [(_river_x(y) + 40.0, y) for y in np.arange(6457300.0, 6467501.0, 400.0)]
    north = [(x, 6467500.0 + 180.0 * math.sin((x - 340000.0) / 900.0)) for x in np.arange(341200.0, 347000.0, 950.0)]
    east = [(347700.0 + 200.0 * math.sin((y - 6457000.0) / 1300.0), y)
            for y in np.arange(6467200.0, 6457500.0, -1100.0)]
    south = [(x, 6457200.0 + 220.0 * math.sin((x - 340000.0) / 1100.0)) for x in np.arange(347000.0, 340500.0, -900.0)]
    return _round_polygon(Polygon(west + north + east + south))


def _blob(cx, cy, r, n, phase):
    t = np.arange(n) * 2.0 * math.pi / n
    rr = r * (1.0 + 0.10 * np.sin(2 * t + phase) + 0.07 * np.sin(3 * t + 1.7 * phase) + 0.05 * np.cos(5 * t + phase))
    return Polygon(list(zip(cx + rr * np.cos(t), cy + rr * np.sin(t))))


def _areas():
    town = _town_polygon()
    krono = _largest(_blob(342650.0, 6462080.0, 820.0, 18, 0.3).intersection(town))
    lext = _largest(_blob(341800.0, 6461000.0, 700.0, 16, 1.9).difference(krono))
    sylte = _largest(_blob(340520.0, 6461300.0, 540.0, 16, 4.1).difference(lext.buffer(40.0, 2))
                     .intersection(town))
    rest = town.difference(unary_union([krono, lext, sylte]))
    return town, {"Kronogården": krono, "Lextorp": lext, "Sylte": sylte, "Övriga Trollhättan": rest}


# ----------------------------------------------------------------------------------------------------------------
# path network
# ----------------------------------------------------------------------------------------------------------------

def _bent(rng, a, b, wiggle):
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    off = rng.normal(0.0, wiggle * length)
    mx = (a[0] + b[0]) / 2.0 - off * (b[1] - a[1]) / length
    my = (a[1] + b[1]) / 2.0 + off * (b[0] - a[0]) / length
    return LineString([a, (mx, my), b])


def _dijkstra(adj, src, dst, cost):
    dist = {src: 0.0}
    prev = {}
    heap = [(0.0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if u == dst:
            break
        if d > dist.get(u, math.inf):
            continue
        for v, e in adj[u]:
            nd = d + cost[e]
            if nd < dist.get(v, math.inf):
                dist[v] = nd
                prev[v] = (u, e)
                heapq.heappush(heap, (nd, v))
    edges, u = [], dst
    while u != src:
        u, e = prev[u]
        edges.append(e)
    return edges[::-1]


ROUTES = (  # name, kind, lit, waypoints
    ("Kronogårdsstråket", "gang_cykel", True, (RESECENTRUM, KRONOGARDS_TORG, (343250.0, 6461650.0))),
    ("Lextorpsleden", "gang_cykel", True, (RESECENTRUM, LEXTORP_C, (341950.0, 6460450.0))),
    ("Syltevägen gc", "gang_cykel", True, (CENTRE, SYLTE_C)),
    ("Torggången", "gangvag", True, (KRONOGARDS_TORG, EMERGING_XY)),
    ("Sylteleden", "gang_cykel", True, (SYLTE_C, LEXTORP_C, KRONOGARDS_TORG)),
    ("Skolstigen", "gangvag", True, (SYLTE_C, FADING_XY)),
    ("Stavrestråket", "cykelvag", True, (CENTRE, (342100.0, 6466200.0))),
    ("Hjulkvarnelundsstigen", "stig", False, ((343600.0, 6463600.0), (345200.0, 6464600.0))),
)
GRID_KINDS = (("gangvag", 0.35, 0.85), ("gang_cykel", 0.30, 0.92), ("cykelvag", 0.10, 0.85), ("gata", 0.12, 1.0),
              ("stig", 0.13, 0.05))


def _network(rng, town):
    """Jittered grid, river promenade and named routes (shortest paths), noded at every crossing.

    Returns one dict per piece between junctions: ``line``, ``name`` (None when unnamed), ``kind`` and ``lit``.
    """
    inner = town.buffer(-30.0)
    specials = [CENTRE, RESECENTRUM, KRONOGARDS_TORG, LEXTORP_C, SYLTE_C, EMERGING_XY, FADING_XY]
    for _, _, _, wps in ROUTES:
        specials += [w for w in wps if w not in specials]
    sp = np.array(specials)

    def far_from(pts, x, y, d):
        return len(pts) == 0 or np.min(np.hypot(pts[:, 0] - x, pts[:, 1] - y)) > d

    chain = [(_river_x(y) + 90.0, y) for y in np.arange(6457700.0, 6467200.0, 330.0)]
    chain = [c for c in chain if far_from(sp, c[0], c[1], 120.0)]
    avoid = np.vstack([sp, np.array(chain)])

    spacing = 500.0
    minx, miny, maxx, maxy = town.bounds
    nodes = {}
    for i in range(int((maxx - minx) // spacing) + 1):
        for j in range(int((maxy - miny) // spacing) + 1):
            x = minx + 250.0 + i * spacing + rng.uniform(-70.0, 70.0)
            y = miny + 250.0 + j * spacing + rng.uniform(-70.0, 70.0)
            if inner.contains(Point(x, y)) and far_from(avoid, x, y, 130.0):
                nodes[(i, j)] = (x, y)
    lines = []
    for (i, j), a in nodes.items():
        for b in (nodes.get((i + 1, j)), nodes.get((i, j + 1))):
            if b is not None:
                line = _bent(rng, a, b, 0.06)
                if inner.contains(line):
                    lines.append(line)
    grid = np.array(list(nodes.values()))
    every = np.vstack([grid, avoid])

    def connect(a, b):
        """Add a connector unless it runs past another node (it would double an existing edge)."""
        line = _bent(rng, a, b, 0.05)
        d = np.hypot(every[:, 0] - a[0], every[:, 1] - a[1])
        far = np.hypot(every[:, 0] - b[0], every[:, 1] - b[1]) > 1.0
        by = [j for j in np.nonzero((d > 1.0) & far & (d < line.length + 60.0))[0]
              if line.distance(Point(every[j])) < 60.0]
        if town.contains(line) and not by:
            lines.append(line)

    for s in specials:
        d = np.hypot(grid[:, 0] - s[0], grid[:, 1] - s[1])
        for k in np.argsort(d)[:3]:
            connect(s, tuple(grid[k]))
    for a, b in zip(chain[:-1], chain[1:]):
        lines.append(LineString([a, b]))
    for k, c in enumerate(chain):
        d = np.hypot(grid[:, 0] - c[0], grid[:, 1] - c[1])
        n = int(np.argmin(d))
        if d[n] < 600.0 and k % 2 == 0:
            connect(c, tuple(grid[n]))

    def key(c):
        return (round(c[0], 2), round(c[1], 2))

    pieces, pairs = [], set()
    for p in unary_union(lines).geoms:  # noded at every crossing; drop slivers and doubled edges
        pair = tuple(sorted((key(p.coords[0]), key(p.coords[-1]))))
        if p.length > 0.5 and pair not in pairs:
            pairs.add(pair)
            pieces.append(p)
    ends = [(key(p.coords[0]), key(p.coords[-1])) for p in pieces]
    adj = {}
    for e, (a, b) in enumerate(ends):
        adj.setdefault(a, []).append((b, e))
        adj.setdefault(b, []).append((a, e))
    # largest connected component
    seen, best = set(), set()
    for start in adj:
        if start in seen:
            continue
        comp, stack = {start}, [start]
        while stack:
            u = stack.pop()
            for v, _ in adj[u]:
                if v not in comp:
                    comp.add(v)
                    stack.append(v)
        seen |= comp
        if len(comp) > len(best):
            best = comp
    alive = [e for e, (a, _) in enumerate(ends) if a in best]
    node_keys = sorted(best)
    node_xy = np.array(node_keys)

    def nearest(w):
        return node_keys[int(np.argmin(np.hypot(node_xy[:, 0] - w[0], node_xy[:, 1] - w[1])))]

    cost = {e: pieces[e].length for e in alive}
    name = {}
    for rname, rkind, rlit, wps in ROUTES:
        path = []
        for a, b in zip(wps[:-1], wps[1:]):
            path += _dijkstra(adj, nearest(a), nearest(b), cost)
        for e in path:
            if e not in name:
                name[e] = (rname, rkind, rlit)
                cost[e] *= 3.0  # later routes prefer their own way
    river_path = []
    for a, b in zip(chain[:-1], chain[1:]):
        river_path += _dijkstra(adj, nearest(a), nearest(b), cost)
    for e in river_path:
        name.setdefault(e, ("Älvpromenaden", "gang_cykel", True))

    # keep a random spanning tree, every route piece and 45 % of the remaining pieces
    parent = {}

    def find(u):
        while parent.get(u, u) != u:
            parent[u] = parent.get(parent[u], parent[u])
            u = parent[u]
        return u

    keep = set(name)
    for e in sorted(keep):
        a, b = find(ends[e][0]), find(ends[e][1])
        if a != b:
            parent[a] = b
    order = [alive[k] for k in rng.permutation(len(alive))]
    extra = rng.random(len(order)) < 0.45
    for e, ex in zip(order, extra):
        a, b = find(ends[e][0]), find(ends[e][1])
        if a != b:
            parent[a] = b
            keep.add(e)
        elif ex:
            keep.add(e)
    result = []
    kinds = [k for k, _, _ in GRID_KINDS]
    kprob = np.array([p for _, p, _ in GRID_KINDS])
    lit_p = {k: lp for k, _, lp in GRID_KINDS}
    for e in sorted(keep):
        r = rng.random(2)
        if e in name:
            nm, kind, lit = name[e]
        else:
            kind = kinds[int(np.searchsorted(np.cumsum(kprob), r[0] * kprob.sum()))]
            nm, lit = None, bool(r[1] < lit_p[kind])
        result.append({"line": pieces[e], "name": nm, "kind": kind, "lit": bool(lit)})
    return result


def _lamps_and_gaps(rng, paths, focus):
    """Lamps every 25–35 m along lit paths, and unlit gaps of 150–400 m on lit paths inside the focus areas."""
    plan = [("Kronogården", ("Kronogårdsstråket",)), ("Kronogården", ("Torggången",)), ("Kronogården", ()),
            ("Lextorp", ("Lextorpsleden",)), ("Lextorp", ()), ("Sylte", ("Syltevägen gc", "Skolstigen", "Sylteleden"))]
    gaps, used = [], set()
    for area_name, prefer in plan:
        poly = focus[area_name].buffer(-5.0)
        cands = [i for i, p in enumerate(paths)
                 if p["lit"] and i not in used and p["line"].length >= 240.0 and poly.contains(p["line"].centroid)]
        ranked = [i for i in cands if paths[i]["name"] in prefer] + [i for i in cands if paths[i]["name"] not in prefer]
        for i in ranked[:8]:
            line = paths[i]["line"]
            length = float(rng.uniform(150.0, min(400.0, line.length - 80.0)))
            start = float(rng.uniform(40.0, line.length - 40.0 - length))
            gap = substring(line, start, start + length)
            if poly.contains(gap):
                used.add(i)
                gaps.append({"path": i, "start": start, "end": start + length, "line": gap, "area": area_name})
                break
    by_path = {g["path"]: g for g in gaps}
    xs, ys = [], []
    for i, p in enumerate(paths):
        if not p["lit"]:
            continue
        line = p["line"]
        n = int(line.length // 25.0) + 2
        d = float(rng.uniform(3.0, 15.0)) + np.concatenate([[0.0], np.cumsum(rng.uniform(25.0, 35.0, n))])
        d = d[d < line.length - 3.0]
        g = by_path.get(i)
        if g is not None:
            d = d[(d < g["start"]) | (d > g["end"])]
        x, y = _along(np.asarray(line.coords), d)
        xs.append(x)
        ys.append(y)
    xs, ys = np.concatenate(xs), np.concatenate(ys)
    ok = np.ones(len(xs), dtype=bool)
    for g in gaps:  # a lamp of another path crossing the gap would light it: drop it
        box = g["line"].buffer(10.0)
        minx, miny, maxx, maxy = box.bounds
        near = np.nonzero((xs > minx) & (xs < maxx) & (ys > miny) & (ys < maxy))[0]
        own = paths[g["path"]]["line"]
        for k in near:
            pt = Point(xs[k], ys[k])
            if g["line"].distance(pt) < 10.0 and not _on_gap_edge(own, g, pt):
                ok[k] = False
    return xs[ok], ys[ok], gaps


def _along(coords, d):
    """Points at distances ``d`` along a polyline given by its vertex array."""
    seg = np.hypot(np.diff(coords[:, 0]), np.diff(coords[:, 1]))
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    k = np.clip(np.searchsorted(cum, d, side="right") - 1, 0, len(seg) - 1)
    f = (d - cum[k]) / seg[k]
    return (coords[k, 0] + f * (coords[k + 1, 0] - coords[k, 0]),
            coords[k, 1] + f * (coords[k + 1, 1] - coords[k, 1]))


def _on_gap_edge(line, gap, pt):
    """True for lamps of the gap's own path just outside the gap (they stay)."""
    return line.distance(pt) < 0.01 and not (gap["start"] <= line.project(pt) <= gap["end"])


# ----------------------------------------------------------------------------------------------------------------
# incidents
# ----------------------------------------------------------------------------------------------------------------

# hour bumps (peak hour, width h, height), base level, weekday Mon..Sun, month Jan..Dec, Fri/Sat-night boost
PROFILES = {
    "skadegorelse": ([(21.5, 2.2, 1.0), (15.0, 1.8, 0.45)], 0.12, [1, 1, 1, 1, 1.2, 1.3, 0.9],
                     [0.8, 0.8, 1.2, 1.5, 1.5, 1.1, 0.9, 1.0, 1.1, 1.2, 1.0, 0.8], 1.3),
    "klotter": ([(0.5, 1.8, 1.0)], 0.04, [1, 1, 1, 1, 1.2, 1.3, 1.0],
                [0.4, 0.4, 1.0, 1.9, 2.0, 1.4, 1.0, 1.0, 1.2, 1.0, 0.6, 0.4], 1.0),
    "narkotika": ([(19.0, 2.0, 1.0), (14.5, 1.5, 0.35)], 0.06, [1, 1, 1, 1.1, 1.2, 1.0, 0.8],
                  [0.9, 0.9, 1, 1, 1.1, 1.2, 1.1, 1.1, 1.0, 1.0, 0.9, 0.9], 1.0),
    "vald": ([(1.5, 1.7, 1.0), (17.5, 2.0, 0.45)], 0.08, [0.8, 0.8, 0.8, 0.9, 1.2, 1.4, 1.2],
             [0.9, 0.9, 0.9, 1, 1.1, 1.2, 1.2, 1.2, 1, 1, 0.9, 1.0], 3.0),
    "ran": ([(17.0, 1.6, 1.0)], 0.06, [1, 1, 1, 1, 1, 1, 1],
            [1.3, 1.2, 1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1.1, 1.3, 1.4], 1.0),
    "stold_inbrott": ([(11.0, 3.0, 1.0)], 0.05, [1.3, 1.3, 1.3, 1.3, 1.2, 0.55, 0.45],
                      [1.2, 1.0, 0.9, 0.9, 0.9, 1.0, 1.3, 1.0, 0.9, 1.0, 1.1, 1.3], 1.0),
    "ordningsstorning": ([(23.0, 1.8, 1.0)], 0.08, [0.7, 0.7, 0.8, 0.9, 1.3, 1.5, 1.0],
                         [0.8, 0.8, 0.9, 1, 1.2, 1.4, 1.4, 1.3, 1.0, 0.9, 0.8, 0.9], 3.5),
    "brand": ([(20.5, 1.5, 1.0), (13.0, 2.0, 0.35)], 0.10, [1, 1, 1, 1, 1, 1, 1],
              [0.8, 0.7, 0.9, 1.4, 1.3, 1.7, 1.8, 1.6, 1.0, 0.9, 0.8, 1.0], 1.0),
    "ovrigt": ([(13.0, 5.0, 1.0)], 0.35, [1.1, 1.1, 1.1, 1.1, 1.0, 0.8, 0.8], [1] * 12, 1.0),
}

BASE_MIX = {"skadegorelse": .20, "klotter": .12, "narkotika": .10, "vald": .12, "ran": .03, "stold_inbrott": .22,
            "ordningsstorning": .13, "brand": .05, "ovrigt": .03}
SOURCES = {  # category -> ((source, probability), ...)
    "skadegorelse": (("polis", .55), ("kommun", .25), ("fastighetsagare", .20)),
    "klotter": (("kommun", .50), ("fastighetsagare", .35), ("polis", .15)),
    "stold_inbrott": (("polis", .90), ("fastighetsagare", .10)),
    "ordningsstorning": (("polis", .85), ("kommun", .15)),
    "brand": (("raddningstjanst", 1.0),),
    "ovrigt": (("polis", .50), ("kommun", .40), ("ovrig", .10)),
}

# name, centre, sigma (m), expected count over the period, time modulation, category mix
HOT_SPOTS = (
    ("Kronogårds torg", KRONOGARDS_TORG, 60.0, 1300, "persistent",
     {"narkotika": .30, "vald": .20, "ordningsstorning": .20, "skadegorelse": .15, "ran": .05, "stold_inbrott": .05,
      "ovrigt": .05}),
    ("Resecentrum", RESECENTRUM, 70.0, 1400, "persistent",
     {"stold_inbrott": .30, "vald": .20, "ordningsstorning": .20, "ran": .10, "narkotika": .10, "skadegorelse": .05,
      "klotter": .05}),
    ("Lextorp centrum", LEXTORP_C, 55.0, 1000, "persistent",
     {"skadegorelse": .30, "klotter": .20, "narkotika": .20, "ordningsstorning": .10, "vald": .10, "brand": .05,
      "stold_inbrott": .05}),
    ("Sylte centrum", SYLTE_C, 50.0, 900, "persistent",
     {"skadegorelse": .25, "brand": .15, "ordningsstorning": .20, "narkotika": .15, "vald": .10, "klotter": .10,
      "ran": .05}),
    ("Drottningtorget", CENTRE, 80.0, 700, "persistent",
     {"ordningsstorning": .30, "vald": .25, "stold_inbrott": .20, "skadegorelse": .10, "narkotika": .10, "ran": .05}),
    ("Parkeringen, norra Kronogården", EMERGING_XY, 45.0, 480, "emerging",
     {"narkotika": .35, "skadegorelse": .25, "brand": .15, "ordningsstorning": .15, "vald": .10}),
    ("Skolgården, Sylte", FADING_XY, 50.0, 700, "fading",
     {"skadegorelse": .35, "klotter": .25, "brand": .15, "ordningsstorning": .15, "narkotika": .10}),
)


def _hour_grid():
    t = np.arange(np.datetime64("2022-11-01T00", "h"), np.datetime64("2026-11-01T00", "h"))
    days = t.astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    return {
        "t": t,
        "hour": (t - days).astype(np.int64),
        "dow": (days.astype(np.int64) + 3) % 7,  # 1970-01-01 was a Thursday; Monday = 0
        "month": months.astype(np.int64) % 12 + 1,
        "dom": (days - months).astype(np.int64) + 1,
    }


def _category_weights(g, cat):
    bumps, base, dow_w, month_w, boost = PROFILES[cat]
    h = np.arange(24.0)
    prof = np.full(24, base)
    for peak, width, height in bumps:
        d = np.abs(h - peak)
        d = np.minimum(d, 24.0 - d)
        prof += height * np.exp(-0.5 * (d / width) ** 2)
    w = prof[g["hour"]] * np.asarray(dow_w, float)[g["dow"]] * np.asarray(month_w, float)[g["month"] - 1]
    hour, dow, month, dom = g["hour"], g["dow"], g["month"], g["dom"]
    weekend_night = (((dow == 4) | (dow == 5)) & (hour >= 20)) | (((dow == 5) | (dow == 6)) & (hour <= 4))
    w = np.where(weekend_night, w * boost, w)
    new_year = ((month == 12) & (dom == 31) & (hour >= 18)) | ((month == 1) & (dom == 1) & (hour <= 3))
    if cat == "brand":
        w = np.where(new_year, w * 40.0, w)
        w = np.where((month == 4) & (dom == 30) & (hour >= 18), w * 6.0, w)  # Valborg
    elif cat == "ordningsstorning":
        w = np.where(new_year, w * 5.0, w)
    return w


def _time_modulation(g, mode):
    t = g["t"]
    if mode == "emerging":
        return (t >= np.datetime64(EMERGING_START, "h")).astype(float)
    if mode == "fading":
        taper_start = np.datetime64("2024-11-01T00", "h")
        end = np.datetime64(FADING_END, "h")
        frac = (t - taper_start).astype(float) / float((end - taper_start).astype(np.int64))
        return np.clip(1.0 - frac, 0.0, 1.0) * (t < end)
    return np.ones(len(t))


def _incidents(rng, town, areas):
    town = town.buffer(-1.0, join_style=2)  # rounding to the centimetre never moves an incident outside
    g = _hour_grid()
    cat_w = {c: _category_weights(g, c) for c in CATEGORIES}
    components = [  # (sampler, expected count, time mode, category mix)
        (lambda n: _uniform_in(rng, town, n), 7000, "persistent", BASE_MIX),
        (lambda n: _gauss_in(rng, town, CENTRE, 700.0, n), 5000, "persistent", BASE_MIX),
        (lambda n: _uniform_in(rng, areas["Kronogården"], n), 2200, "persistent", BASE_MIX),
        (lambda n: _uniform_in(rng, areas["Lextorp"], n), 1800, "persistent", BASE_MIX),
        (lambda n: _uniform_in(rng, areas["Sylte"], n), 1600, "persistent", BASE_MIX),
    ]
    for _, xy, sigma, count, mode, mix in HOT_SPOTS:
        components.append(((lambda n, xy=xy, s=sigma: _gauss_in(rng, town, xy, s, n)), count, mode, mix))
    xs, ys, ts, cs = [], [], [], []
    for sampler, expected, mode, mix in components:
        n = int(rng.poisson(expected))
        x, y = sampler(n)
        names = list(mix)
        p = np.array([mix[c] for c in names])
        cat_idx = rng.choice(len(names), size=n, p=p / p.sum())
        mod = _time_modulation(g, mode)
        t = np.empty(n, dtype="datetime64[m]")
        for k, c in enumerate(names):
            sel = np.nonzero(cat_idx == k)[0]
            w = np.cumsum(cat_w[c] * mod)
            hours = np.searchsorted(w, rng.random(len(sel)) * w[-1], side="right")
            t[sel] = g["t"][hours].astype("datetime64[m]") + rng.integers(0, 60, len(sel)).astype("timedelta64[m]")
        xs.append(x)
        ys.append(y)
        ts.append(t)
        cs.append(np.array(names, dtype=object)[cat_idx])
    x, y, t, c = np.concatenate(xs), np.concatenate(ys), np.concatenate(ts), np.concatenate(cs)
    order = np.lexsort((x, t))
    x, y, t, c = x[order], y[order], t[order], c[order]
    sources = np.full(len(c), "polis", dtype=object)
    r = rng.random(len(c))
    for cat, opts in SOURCES.items():
        sel = c == cat
        cum = np.cumsum([p for _, p in opts])
        pick = np.minimum(np.searchsorted(cum, r[sel], side="right"), len(opts) - 1)
        sources[sel] = np.array([s for s, _ in opts], dtype=object)[pick]
    n = len(x)
    return {
        "geometry": [_wkt_point(a, b) for a, b in zip(x, y)],
        "uuid": _uuids(rng, n),
        "occurred_at": t.astype(object).tolist(),
        "category": [str(v) for v in c],
        "source": [str(v) for v in sources],
        "weight": [1.0] * n,
    }


# ----------------------------------------------------------------------------------------------------------------
# walks, places, patrols, measures
# ----------------------------------------------------------------------------------------------------------------

COMMENTS = {
    "belysning": ("Mörk sträcka utan fungerande belysning.", "Belysningen når inte fram till gångvägen.",
                  "Lång mörk sträcka mellan lyktstolparna."),
    "overblickbarhet": ("Skymd sikt runt hörnet.", "Svårt att se vem som kommer från andra hållet."),
    "synlighet": ("Platsen syns inte från bostäderna.", "Få fönster mot gångvägen."),
    "manniskor": ("Folktomt kvällstid.", "Få som rör sig här efter mörkrets inbrott."),
    "sakerhet": ("Ingen skylt om var närmaste hjälp finns.", "Nödtelefonen vid hållplatsen saknas."),
    "gangvag": ("Ojämn beläggning och sprickor i asfalten.", "Gångvägen slutar tvärt vid parkeringen."),
    "kollektivtrafik": ("Hållplatsen saknar väderskydd och belysning.", "Mörk väg fram till busshållplatsen."),
    "vegetation": ("Buskar skymmer sikten längs gångvägen.", "Häcken behöver klippas ned."),
    "nedskrapning": ("Nedskräpat runt papperskorgarna.", "Skräp och glassplitter vid bänkarna."),
    "klotter": ("Klotter på fasaden vid gångtunneln.", "Klotter på elskåp och skyltar."),
    "skadegorelse": ("Sönderslagen busskur.", "Trasig lekutrustning."),
    "gomstalle": ("Skyddad nisch där man inte syns.", "Gömställe bakom miljöhuset."),
    "ovrigt": ("Övrig iakttagelse som fastighetsägaren följer upp.",),
}


def _walks(rng, paths, gaps, krono):
    """Two evening walks in Kronogården a year apart; findings persist, get fixed or appear."""
    inner = krono.buffer(-20.0)
    cand = [(g["line"].interpolate(0.5, normalized=True).x, g["line"].interpolate(0.5, normalized=True).y)
            for g in gaps if g["area"] == "Kronogården"]
    n_gap = len(cand)
    lines = [p["line"] for p in paths if krono.intersects(p["line"])]
    tries = 0
    while len(cand) < n_gap + 60 and tries < 5000:
        tries += 1
        line = lines[int(rng.integers(len(lines)))]
        pt = line.interpolate(float(rng.uniform(0.0, line.length)))
        if inner.contains(pt) and all(math.hypot(pt.x - a, pt.y - b) > 50.0 for a, b in cand):
            cand.append((pt.x, pt.y))
    others = [c for c in FINDING_CATEGORIES if c not in ("belysning", "ovrigt")]
    n_persist, n_fixed, n_new = 8, 12, 10
    need = n_persist + n_fixed + n_new
    locs = cand[:need]
    cats = ["belysning"] * n_gap + [others[int(k)] for k in rng.integers(0, len(others), need - n_gap)]
    cats[need - 1] = "ovrigt"
    # the gap findings (first n_gap) persist; the rest is shuffled into persisting/fixed/new
    rest = list(range(n_gap, need))
    rest = [rest[k] for k in rng.permutation(len(rest))]
    persist = list(range(n_gap)) + rest[:n_persist - n_gap]
    fixed = rest[n_persist - n_gap:n_persist - n_gap + n_fixed]
    new = rest[n_persist - n_gap + n_fixed:]
    walk_days = (_dt.date(2025, 10, 8), _dt.date(2026, 10, 7))
    walk_ids = _uuids(rng, 2)
    walks = {"geometry": [None, None], "uuid": walk_ids,
             "name": ["Trygghetsvandring Kronogården 2025", "Trygghetsvandring Kronogården 2026"],
             "area": ["Kronogården", "Kronogården"], "walked_at": [_at(d, 18, 30) for d in walk_days],
             "time_of_day": ["kväll", "kväll"], "participants": [12, 15]}
    rows = []
    for w, members in ((0, persist + fixed), (1, persist + new)):
        minutes = np.sort(rng.uniform(5.0, 100.0, len(members)))
        for k, m in enumerate(members[idx] for idx in rng.permutation(len(members))):
            x, y = locs[m]
            if w == 1:  # the same spot, re-measured by another participant
                x += float(rng.uniform(-6.0, 6.0))
                y += float(rng.uniform(-6.0, 6.0))
            sev = int(rng.integers(1, 4))
            feel = int(np.clip(5 - sev - rng.integers(0, 2), 1, 4))
            opts = COMMENTS[cats[m]]
            rows.append((w, x, y, cats[m], sev, feel, opts[int(rng.integers(len(opts)))],
                         _at(walk_days[w], 18, 30) + _dt.timedelta(minutes=int(minutes[k]))))
    findings = {"geometry": [_wkt_point(r[1], r[2]) for r in rows], "uuid": _uuids(rng, len(rows)),
                "walk_uuid": [walk_ids[r[0]] for r in rows], "category": [r[3] for r in rows],
                "severity": [r[4] for r in rows], "feeling": [r[5] for r in rows], "comment": [r[6] for r in rows],
                "photo": [None] * len(rows), "observed_at": [r[7] for r in rows]}
    return walks, findings


PLACE_AREA = {"Kronogårds torg": "Kronogården", "Resecentrum": "Övriga Trollhättan",
              "Parkeringen, norra Kronogården": "Kronogården", "Lextorp centrum": "Lextorp",
              "Sylte centrum": "Sylte", "Drottningtorget": "Övriga Trollhättan"}
PLACES = ("Kronogårds torg", "Resecentrum", "Parkeringen, norra Kronogården", "Lextorp centrum", "Sylte centrum",
          "Drottningtorget")


def _places(rng, incidents_xy):
    ix, iy = incidents_xy
    spots = {name: xy for name, xy, *_ in HOT_SPOTS}
    polys = {}
    for name in PLACES:
        cx, cy = spots[name]
        t = (np.arange(11) + rng.uniform(-0.3, 0.3, 11)) * 2 * math.pi / 11
        r = rng.uniform(50.0, 72.0, 11)
        polys[name] = _round_polygon(Polygon(list(zip(cx + r * np.cos(t), cy + r * np.sin(t)))))
    counts = {n: int(_contains_xy(p, ix, iy).sum()) for n, p in polys.items()}
    names = sorted(PLACES, key=lambda n: -counts[n])
    return names, [polys[n] for n in names]


def _patrols(rng, place_ids, place_polys):
    start = _dt.date(2025, 11, 1)
    n_days = (_dt.date(2026, 10, 31) - start).days + 1
    rows = []
    summer = (_dt.date(2026, 7, 6) - start).days, (_dt.date(2026, 7, 26) - start).days
    for rank, (pid, poly) in enumerate(zip(place_ids, place_polys), start=1):
        inner = poly.buffer(-1.0, join_style=2)  # rounding to the centimetre never moves a visit outside
        skip = set(rng.choice(n_days // 7, size=int(rng.integers(2, 5)), replace=False).tolist())
        for week, week_start in enumerate(range(0, n_days, 7)):
            days = min(7, n_days - week_start)
            if week in skip or (summer[0] <= week_start <= summer[1] and rank >= 4):
                continue  # a week without visits
            k = int(rng.integers(2, 6)) if rank <= 3 else int(rng.integers(2, 5))
            k = min(k, days)
            x, y = _uniform_in(rng, inner, k)
            for j in range(k):
                day = start + _dt.timedelta(days=week_start + int(rng.integers(0, days)))
                hour = int(rng.choice([10, 12, 14, 16, 17, 18, 19, 20, 21, 22]))
                rows.append((pid, x[j], y[j], _at(day, hour, int(rng.integers(0, 60))),
                             float(rng.integers(5, 26)), "LPO Trollhättan" if rng.random() < 0.85
                             else "Trygghetsvärdar Trollhättans stad"))
    rows.sort(key=lambda r: r[3])
    return {"geometry": [_wkt_point(r[1], r[2]) for r in rows], "uuid": _uuids(rng, len(rows)),
            "place_uuid": [r[0] for r in rows], "visited_at": [r[3] for r in rows],
            "minutes": [r[4] for r in rows], "unit": [r[5] for r in rows]}


# title, link ("place", name) or ("gap", index), category, kind, recurrence, horizon, org, status, follow_up,
# planned_start, due, done, priority, effort planned/actual, linked to the promise, created, updated, and prose
MEASURES = (
    ("Ny belysning längs Kronogårdsstråket", ("gap", "Kronogårdsstråket"), "belysning", "situational", "one-off",
     "long", "kommun", "pagaende", "red", _dt.date(2026, 4, 1), _dt.date(2026, 9, 30), None, 1, 120.0, 70.0, True,
     _dt.datetime(2025, 11, 18, 10, 12), _dt.datetime(2026, 10, 5, 14, 30),
     "Nya armaturer på den mörka sträckan av Kronogårdsstråket genom Kronogården.",
     "Mörk sträcka utan belysning; togs upp vid trygghetsvandringarna 2025 och 2026.",
     "Hela stråket genom Kronogården belyst med högst 30 m mellan armaturerna.",
     "Längd mörk sträcka; upplevd trygghet vid nästa trygghetsvandring.",
     "Belysningsansvarig, gatu- och parkenheten", "belysning@trollhattan.example", "AB Eidar",
     "Monteringen är försenad; armaturerna levereras i november."),
    ("Röja vegetation vid gångtunneln", ("gap", None), "vegetation", "situational", "one-off", "short", "kommun",
     "genomford", "green", _dt.date(2026, 4, 15), _dt.date(2026, 5, 31), _dt.date(2026, 5, 22), 2, 24.0, 30.0, True,
     _dt.datetime(2025, 11, 18, 10, 40), _dt.datetime(2026, 5, 25, 8, 50),
     "Buskar och sly röjs tre meter på var sida om gångvägen fram till gångtunneln.",
     "Vegetation skymmer sikten och skapar gömställen vid gångtunneln.",
     "Fri sikt genom hela tunnelpassagen.", "Sikt in i tunneln från båda håll; iakttagelser vid vandringen.",
     "Parkförvaltare, gatu- och parkenheten", "park@trollhattan.example", "AB Eidar",
     "Röjningen genomförd i maj."),
    ("Trygghetsrundor vid Kronogårds torg", ("place", "Kronogårds torg"), "narkotika", "situational", "regular",
     "short", "polis", "pagaende", "green", _dt.date(2025, 11, 1), _dt.date(2026, 12, 31), None, 1, 300.0, 240.0,
     True, _dt.datetime(2025, 10, 20, 9, 0), _dt.datetime(2026, 10, 28, 16, 5),
     "Korta, oregelbundna besök på torget kvällstid, 2–5 gånger i veckan.",
     "Narkotikaförsäljning och ordningsstörningar på torget kvällstid.",
     "Minst tre besök på 10–15 minuter per vecka.", "Antal besök per vecka; anmälda händelser vid torget.",
     "Kommunpolis, LPO Trollhättan", "lpo.trollhattan@polisen.example", "Trollhättans stad, AB Eidar",
     "Doseringen följs upp månadsvis."),
    ("Klotterplan Lextorp", ("place", "Lextorp centrum"), "klotter", "situational", "regular", "short",
     "fastighetsagare", "beslutad", "yellow", _dt.date(2026, 11, 15), _dt.date(2027, 3, 31), None, 2, 80.0, 0.0,
     False, _dt.datetime(2026, 3, 2, 13, 20), _dt.datetime(2026, 9, 14, 11, 0),
     "Klotter saneras inom 24 timmar och anmäls; gemensam rutin för fastighetsägarna i Lextorp.",
     "Återkommande klotter och skadegörelse runt Lextorps centrum.",
     "Allt anmält klotter sanerat inom 24 timmar.", "Tid till sanering; antal klotteranmälningar.",
     "Förvaltare, fastighetsägarna i Lextorp", "forvaltning@fastighet.example", "Trollhättans stad",
     "Beslutad i samverkansgruppen; start efter upphandling."),
    ("Trygghetsvärdar vid resecentrum", ("place", "Resecentrum"), "ordningsstorning", "situational", "regular",
     "short", "kommun", "forslag", "yellow", _dt.date(2027, 1, 15), _dt.date(2027, 6, 30), None, 2, 400.0, 0.0,
     False, _dt.datetime(2026, 9, 30, 15, 45), _dt.datetime(2026, 10, 12, 10, 10),
     "Trygghetsvärdar på plats vid resecentrum fredag och lördag kväll.",
     "Ordningsstörningar och stölder vid resecentrum helgkvällar.",
     "Trygghetsvärdar på plats kl. 19–02 varje fredag och lördag.", "Antal ordningsstörningar helgkvällar.",
     "Trygghetssamordnare, Trollhättans stad", "trygghet@trollhattan.example", "Polisen, Västtrafik",
     "Förslaget bereds inför budgetbeslut."),
    ("Kvällsöppen fritidsgård i Sylte", ("place", "Sylte centrum"), "skadegorelse", "social", "regular", "long",
     "kommun", "avbruten", "red", _dt.date(2026, 1, 10), _dt.date(2026, 6, 30), None, 2, 600.0, 120.0, False,
     _dt.datetime(2025, 12, 1, 9, 30), _dt.datetime(2026, 4, 20, 14, 0),
     "Fritidsgården i Sylte håller öppet fredag och lördag kväll.",
     "Ungdomar saknar mötesplats kvällstid; skadegörelse och bränder runt Sylte centrum.",
     "Öppet fredag och lördag kl. 18–23 under hela våren.", "Antal besökare; skadegörelse runt centrum.",
     "Fritidschef, Trollhättans stad", "fritid@trollhattan.example", "Studieförbund, föreningar",
     "Lokalen blev inte tillgänglig; ersätts av mobil fritidsverksamhet."),
    ("Belysning och kameraskyltning på parkeringen", ("place", "Parkeringen, norra Kronogården"), "skadegorelse",
     "situational", "one-off", "short", "fastighetsagare", "beslutad", "red", _dt.date(2026, 8, 1),
     _dt.date(2026, 10, 15), None, 1, 60.0, 10.0, False, _dt.datetime(2026, 5, 12, 8, 15),
     _dt.datetime(2026, 10, 20, 9, 40),
     "Ny belysning på parkeringen i norra Kronogården och tydlig skyltning.",
     "Ny hot spot sedan hösten 2025: bilbränder, skadegörelse och narkotika på parkeringen.",
     "Parkeringen upplyst hela natten före vintern.", "Antal händelser på parkeringen per månad.",
     "Förvaltare, AB Eidar", "kundservice@eidar.example", "Polisen, Räddningstjänsten",
     "Beslutad men inte påbörjad; leveransen försenad."),
    ("Flytta cykelparkeringen vid Drottningtorget", ("place", "Drottningtorget"), "stold_inbrott", "situational",
     "one-off", "short", "kommun", "ej_aktuell", "green", _dt.date(2026, 3, 1), _dt.date(2026, 8, 31), None, 3, 40.0,
     2.0, False, _dt.datetime(2025, 12, 10, 11, 0), _dt.datetime(2026, 2, 16, 13, 25),
     "Cykelparkeringen flyttas till en mer överblickbar plats.",
     "Cykelstölder vid den skymda cykelparkeringen.",
     "Cykelparkeringen synlig från torget.", "Antal anmälda cykelstölder.",
     "Trafikplanerare, Trollhättans stad", "trafik@trollhattan.example", "Polisen",
     "Inte längre aktuell: ny bevakad cykelparkering vid resecentrum."),
)

STATUS_PATHS = {"forslag": (), "beslutad": ("beslutad",), "pagaende": ("beslutad", "pagaende"),
                "genomford": ("pagaende", "genomford"), "avbruten": ("beslutad", "avbruten"),
                "ej_aktuell": ("ej_aktuell",)}
STATUS_SV = {"forslag": "förslag", "beslutad": "beslutad", "pagaende": "pågående", "genomford": "genomförd",
             "avbruten": "avbruten", "ej_aktuell": "ej aktuell"}
FOLLOW_SV = {"green": "grön", "yellow": "gul", "red": "röd"}


def _measures(rng, places, place_polys, paths, path_ids, gaps):
    place_uuid = dict(zip(places["name"], places["uuid"]))
    place_row = {n: k for k, n in enumerate(places["name"])}
    promise_uuid = _uuids(rng, 1)[0]
    promise = {"geometry": [None], "uuid": [promise_uuid], "title": ["Tryggare Kronogårds torg"],
               "description": ["Polisen, Trollhättans stad och AB Eidar lovar under 2026 gemensamt att öka "
                               "närvaron på Kronogårds torg kvällstid, förbättra belysningen längs stråken till "
                               "torget och röja vegetation som skymmer sikten."],
               "area": ["Kronogården"], "parties": ["Polisen, Trollhättans stad, AB Eidar"],
               "start_date": [_dt.date(2026, 1, 1)], "end_date": [_dt.date(2026, 12, 31)], "status": ["pagaende"],
               "follow_up": ["yellow"], "next_follow_up": [_dt.date(2026, 12, 9)]}
    krono_gaps = [g for g in gaps if g["area"] == "Kronogården"]
    measure_ids = _uuids(rng, len(MEASURES))
    cols, links, log = ({"geometry": [], **{f: [] for f in FIELDS[name]}}
                        for name in ("measures", "measure_links", "measure_log"))
    used_gaps = set()
    for mid, m in zip(measure_ids, MEASURES):
        (title, link, category, kind, recurrence, horizon, org, status, follow, planned, due, done, prio, eff_p, eff_a,
         on_promise, created, updated, descr, cause, goal, indicator, person, contact, partners, reason) = m
        if link[0] == "place":
            row = place_row[link[1]]
            centre = place_polys[row].centroid
            x, y = centre.x, centre.y
            layer, feature, fid, snap = "places", place_uuid[link[1]], row + 1, places["geometry"][row]
            area = PLACE_AREA[link[1]]
        else:
            pool = [g for g in krono_gaps if g["path"] not in used_gaps] or krono_gaps or gaps
            pick = next((g for g in pool if paths[g["path"]]["name"] == link[1]), pool[0])
            used_gaps.add(pick["path"])
            mid_pt = pick["line"].interpolate(0.5, normalized=True)
            x, y = mid_pt.x, mid_pt.y
            layer, feature, fid = "paths", path_ids[pick["path"]], pick["path"] + 1
            snap = _wkt_line(paths[pick["path"]]["line"])
            area = pick["area"]
        values = {"uuid": mid, "title": title, "description": descr, "cause": cause, "category": category,
                  "kind": kind, "recurrence": recurrence, "effect_horizon": horizon, "operational_goal": goal,
                  "indicator": indicator, "responsible_org": org, "responsible_person": person,
                  "responsible_contact": contact, "partners": partners, "priority": prio, "status": status,
                  "status_reason": reason, "planned_start": planned, "due_date": due, "done_date": done,
                  "follow_up": follow, "effort_planned": eff_p, "effort_actual": eff_a,
                  "promise_uuid": promise_uuid if on_promise else None, "goal_uuid": None,
                  "area": area, "created_at": created,
                  "updated_at": updated, "updated_by": "demo", "version": 1}
        for f in FIELDS["measures"]:
            cols[f].append(values[f])
        cols["geometry"].append(_wkt_point(x, y))
        link_row = {"uuid": _uuids(rng, 1)[0], "measure_uuid": mid, "layer_name": layer, "layer_source": None,
                    "feature_uuid": feature, "feature_fid": fid, "geometry_wkt": snap}
        for f in FIELDS["measure_links"]:
            links[f].append(link_row[f])
        links["geometry"].append(None)
        # the log: created, the status changes from "forslag", then the follow-up colour(s)
        steps = [("created", None, None, None, "Åtgärden registrerades.")]
        prev = "forslag"
        for s in STATUS_PATHS[status]:
            steps.append(("status", "status", prev, s, f"Status ändrad till {STATUS_SV[s]}."))
            prev = s
        follows = ["yellow", "red"] if follow == "red" and len(steps) < 3 else [follow]
        prev = None
        for fcol in follows:
            steps.append(("follow_up", "follow_up", prev, fcol, f"Uppföljning: {FOLLOW_SV[fcol]}."))
            prev = fcol
        span = (updated - created).total_seconds()
        inner = np.sort(rng.uniform(0.1, 0.9, len(steps) - 2)) if len(steps) > 2 else np.array([])
        fractions = [0.0] + list(inner) + [1.0]
        for (action, field, old, new, note), fr in zip(steps, fractions):
            when = created + _dt.timedelta(seconds=int(span * fr) // 60 * 60)
            row = {"uuid": _uuids(rng, 1)[0], "measure_uuid": mid, "changed_at": when, "changed_by": "demo",
                   "action": action, "field": field, "old_value": old, "new_value": new, "note": note}
            for f in FIELDS["measure_log"]:
                log[f].append(row[f])
            log["geometry"].append(None)
    return promise, cols, links, log


# ----------------------------------------------------------------------------------------------------------------
# perceived safety and the cause analysis (schema 3)
# ----------------------------------------------------------------------------------------------------------------

def _perceived_safety(rng, areas, out, gaps=()):
    """Dialogue marks, dialogue areas and survey results.

    Two dialogues: most marks cluster at the incident hot spots of their areas, one group lies along the lamp gap
    with the fewest incidents nearby (a dark path residents fear although little is reported there), the rest is
    spread over the areas. Survey results: four years per area and indicator, the focus areas worse than the
    reference area, with intervals from the respondent counts (none for the police's problem index).
    """
    ix = np.array([float(g.split()[1][1:]) for g in out["incidents"]["geometry"]])
    iy = np.array([float(g.split()[2][:-1]) for g in out["incidents"]["geometry"]])

    def incidents_near(line, d):
        minx, miny, maxx, maxy = line.bounds
        sel = np.nonzero((ix > minx - d) & (ix < maxx + d) & (iy > miny - d) & (iy < maxy + d))[0]
        return sum(1 for k in sel if line.distance(Point(ix[k], iy[k])) <= d)

    quiet = min(gaps, key=lambda g: (incidents_near(g["line"], 50.0) / g["line"].length, g["path"])) if gaps else None
    dialogues = (("Medborgardialog Kronogården 2025", _dt.date(2025, 4, 7), ("Kronogården",)),
                 ("Trygghetsenkät Sylte–Lextorp 2026", _dt.date(2026, 3, 2), ("Lextorp", "Sylte")))
    # (dialogue index, kind, where, n, feelings and their probabilities, reasons and their probabilities)
    unsafe_hot = ((1, 2, 3), (0.45, 0.45, 0.10))
    groups = [
        (0, "hot", KRONOGARDS_TORG, 40, unsafe_hot, {"narkotika": .3, "ungdomsgrupper": .3, "gangkriminalitet": .2,
                                                     "skadegorelse": .1, "annat": .1}),
        (0, "hot", EMERGING_XY, 16, unsafe_hot, {"narkotika": .35, "ungdomsgrupper": .25, "skadegorelse": .25,
                                                 "ode": .15}),
        (1, "hot", LEXTORP_C, 24, unsafe_hot, {"skadegorelse": .35, "ungdomsgrupper": .3, "narkotika": .25,
                                               "annat": .1}),
        (1, "hot", SYLTE_C, 20, unsafe_hot, {"skadegorelse": .3, "ungdomsgrupper": .3, "gangkriminalitet": .2,
                                             "trafik": .2}),
    ]
    if quiet is not None:
        groups.append((0 if quiet["area"] == "Kronogården" else 1, "gap", quiet["line"], 22,
                       ((1, 2), (0.55, 0.45)), {"belysning": .6, "ode": .4}))
    spread = ((2, 3, 4), (0.3, 0.4, 0.3))
    other = {"belysning": .2, "trafik": .25, "ode": .15, "skadegorelse": .15, "ungdomsgrupper": .1, "annat": .15}
    groups += [(0, "spread", areas["Kronogården"], 26, spread, other),
               (1, "spread", areas["Lextorp"], 16, spread, other),
               (1, "spread", areas["Sylte"], 16, spread, other)]
    comments = {
        "belysning": ("Mörkt, lamporna räcker inte.", "Ingen belysning på gångvägen."),
        "ungdomsgrupper": ("Grupper som hänger här på kvällarna.", "Obehagligt att gå förbi gänget vid bänkarna."),
        "narkotika": ("Langning öppet på kvällen.", "Sprutor och påsar i buskarna."),
        "skadegorelse": ("Mycket skräp och sönderslagna rutor.", "Klotter och trasiga lampor."),
        "trafik": ("Bilar kör för fort.", "Farligt övergångsställe."),
        "ode": ("Ingen människa här efter sex.", "Långt till närmaste hus."),
        "gangkriminalitet": ("Har hört om skottlossning här.", "Undviker platsen efter det som hänt."),
        "annat": ("Känns otryggt här.",),
    }
    ages, genders = ("0-15", "16-24", "25-44", "45-64", "65-"), ("kvinna", "man", "annat")
    marks = {"geometry": [], "dialogue": [], "marked_on": [], "feeling": [], "reason": [], "time_of_day": [],
             "comment": [], "age_band": [], "gender": []}
    for d, kind, where, n, (feel, pf), reasons in groups:
        if kind == "hot":
            x, y = _gauss_in(rng, areas[dialogues[d][2][0]].union(areas[dialogues[d][2][-1]]), where, 70.0, n)
        elif kind == "gap":
            pts = [where.interpolate(float(t), normalized=True) for t in rng.uniform(0.05, 0.95, n)]
            off = rng.normal(0.0, 6.0, (n, 2))
            x = np.array([p.x for p in pts]) + off[:, 0]
            y = np.array([p.y for p in pts]) + off[:, 1]
        else:
            x, y = _uniform_in(rng, where.buffer(-30.0), n)
        names = list(reasons)
        picks = rng.choice(len(names), size=n, p=np.array([reasons[r] for r in names]))
        feelings = rng.choice(feel, size=n, p=pf)
        start = dialogues[d][1]
        for k in range(n):
            reason = names[int(picks[k])]
            marks["geometry"].append(_wkt_point(x[k], y[k]))
            marks["dialogue"].append(dialogues[d][0])
            marks["marked_on"].append(start + _dt.timedelta(days=int(rng.integers(0, 42))))
            marks["feeling"].append(int(feelings[k]))
            marks["reason"].append(reason)
            evening = kind == "gap" or reason in ("belysning", "ode", "ungdomsgrupper") or rng.random() < 0.4
            marks["time_of_day"].append("kväll" if evening else "dag")
            texts = comments[reason]
            marks["comment"].append(texts[int(rng.integers(0, len(texts)))] if rng.random() < 0.6 else None)
            answered = rng.random() < 0.75  # a quarter of the residents leave the optional questions empty
            marks["age_band"].append(ages[int(rng.integers(0, len(ages)))] if answered else None)
            marks["gender"].append(genders[int(rng.choice(3, p=(0.5, 0.46, 0.04)))] if answered else None)
    n_marks = len(marks["geometry"])
    marks_out = {"geometry": marks.pop("geometry"), "uuid": _uuids(rng, n_marks), **marks}

    # a handful of areas drawn in the dialogues: around the square, the parking, the two centres and the dark path
    drawn = [(0, Point(KRONOGARDS_TORG).buffer(90.0, 8), 1, "ungdomsgrupper", "Torget på kvällarna."),
             (0, Point(EMERGING_XY).buffer(70.0, 8), 1, "narkotika", "Parkeringen, langning."),
             (1, Point(LEXTORP_C).buffer(80.0, 8), 2, "skadegorelse", "Centrumet är nedgånget."),
             (1, Point(SYLTE_C).buffer(60.0, 8), 2, "ungdomsgrupper", None)]
    if quiet is not None:
        drawn.append((0 if quiet["area"] == "Kronogården" else 1, quiet["line"].buffer(25.0, 4), 1, "belysning",
                      "Hela gångvägen är mörk."))
    dareas = {"geometry": [], "uuid": _uuids(rng, len(drawn))}
    dareas.update({f: [] for f in marks})
    for d, poly, feeling, reason, comment in drawn:
        dareas["geometry"].append(_wkt_multipolygon(_round_polygon(poly)))
        dareas["dialogue"].append(dialogues[d][0])
        dareas["marked_on"].append(dialogues[d][1] + _dt.timedelta(days=int(rng.integers(0, 42))))
        dareas["feeling"].append(feeling)
        dareas["reason"].append(reason)
        dareas["time_of_day"].append("kväll")
        dareas["comment"].append(comment)
        dareas["age_band"].append(None)
        dareas["gender"].append(None)

    # survey results: per area a level, a yearly change and a respondent count
    level = {"Kronogården": 1.45, "Lextorp": 1.3, "Sylte": 1.2, "Övriga Trollhättan": 1.0}
    trend = {"Kronogården": -0.04, "Lextorp": 0.03, "Sylte": -0.01, "Övriga Trollhättan": 0.0}
    base = {"oro_for_brott": 24.0, "otrygghet_ute_sent": 28.0, "utsatthet": 11.0}
    survey = {f: [] for f in ("geometry", "uuid", "area", "year", "indicator", "value", "unit", "respondents",
                              "lower", "upper", "source")}
    for name in areas:
        big = name.startswith("Övriga")
        for year in (2023, 2024, 2025, 2026):
            factor = level[name] * (1.0 + trend[name] * (year - 2023))
            for indicator in ("oro_for_brott", "otrygghet_ute_sent", "problemindex", "utsatthet"):
                n = int(rng.integers(1600, 2400)) if big else int(rng.integers(180, 420))
                if indicator == "problemindex":
                    value, unit, lower, upper, source = round(1.1 * factor + float(rng.normal(0, 0.05)), 2), \
                        "index", None, None, "polisen"
                else:
                    p = min(0.95, base[indicator] * factor / 100.0 + float(rng.normal(0, 0.01)))
                    half = 1.96 * math.sqrt(p * (1.0 - p) / n)
                    value, unit = round(100.0 * p, 1), "%"
                    lower, upper = round(100.0 * (p - half), 1), round(100.0 * (p + half), 1)
                    source = "kommun" if indicator == "utsatthet" else "polisen"
                survey["geometry"].append(None)
                survey["area"].append(name)
                survey["year"].append(year)
                survey["indicator"].append(indicator)
                survey["value"].append(float(value))
                survey["unit"].append(unit)
                survey["respondents"].append(n)
                survey["lower"].append(lower)
                survey["upper"].append(upper)
                survey["source"].append(source)
    survey["uuid"] = _uuids(rng, len(survey["area"]))
    order = ["geometry", "uuid", "area", "year", "indicator", "value", "unit", "respondents", "lower", "upper",
             "source"]
    survey = {k: survey[k] for k in order}
    return {"dialog_marks": marks_out, "dialog_areas": dareas, "survey_results": survey}


GOALS = (  # goal areas in the style of Västerås' målområden A–H (synthetic wording)
    ("A", "Trygga och bra boendemiljöer", "Bostadsområden där de boende känner sig trygga och trivs."),
    ("B", "Minska antalet skjutningar", "Inga skjutningar eller sprängningar i Trollhättan."),
    ("C", "Minska den öppna narkotikahandeln", "Ingen öppen narkotikaförsäljning på torg och i centrummiljöer."),
    ("D", "Tryggare offentliga miljöer och stråk", "Upplysta, överblickbara stråk och platser."),
    ("E", "Färre unga i kriminalitet", "Tidiga insatser för unga i riskzon tillsammans med skola och socialtjänst."),
)
MEASURE_GOALS = {"Ny belysning längs Kronogårdsstråket": "D", "Röja vegetation vid gångtunneln": "D",
                 "Trygghetsrundor vid Kronogårds torg": "C", "Klotterplan Lextorp": "A",
                 "Trygghetsvärdar vid resecentrum": "D", "Kvällsöppen fritidsgård i Sylte": "E",
                 "Belysning och kameraskyltning på parkeringen": "A"}  # the cykelparkering keeps no goal (older)
PROBLEMS = (
    {"key": "torg", "title": "Öppen narkotikaförsäljning på Kronogårds torg",
     "description": "Försäljning av cannabis på och runt torget kvällstid, med ordningsstörningar som följd. "
                    "Boende och butiksanställda undviker torget efter kl. 20.",
     "area": "Kronogården", "categories": "narkotika,ordningsstorning",
     "period_start": _dt.date(2025, 11, 1), "period_end": _dt.date(2026, 10, 31),
     "offender": "Några unga män som säljer, och köpare som kommer med bil från andra stadsdelar.",
     "offender_handler": "Föräldrar, fältassistenter, socialtjänsten och polisens områdesgrupp.",
     "target": "Unga som rekryteras som köpare eller springpojkar; boende och butiksanställda som störs.",
     "target_guardian": "Föräldrar, fritidsgården, skolan och butikernas personal.",
     "place": "Torget och den skymda entrén till centrumhuset, med parkeringen bakom.",
     "place_manager": "AB Eidar (centrumhuset) och kommunens gatu- och parkenhet (torget).",
     "status": "belagd", "sources": "incidents,walk_findings,interviews", "responsible_org": "polis",
     "created_at": _dt.datetime(2025, 10, 14, 9, 30), "updated_at": _dt.datetime(2026, 9, 22, 15, 10),
     "causes": (("Säljare och köpare samlas i skydd av den skymda entrén till centrumhuset.",
                 "Anmälningar och iakttagelser vid trygghetsvandringen 2026.", "hog"),
                ("Ingen vuxen närvaro på torget efter att butikerna stängt kl. 20.",
                 "Intervjuer med butiksanställda och fältassistenter.", "medel"),
                ("Dålig belysning längs gångstråken till torget.",
                 "Trygghetsvandringarna 2025 och 2026.", "medel"))},
    {"key": "stig", "title": "Mörk gångväg mellan Sylte och Lextorp",
     "description": "Boende undviker gångvägen kvällstid; flera rån och hot mot ungdomar på väg hem.",
     "area": "Sylte", "categories": "ran,vald",
     "period_start": _dt.date(2025, 11, 1), "period_end": _dt.date(2026, 10, 31),
     "offender": "Ungdomar och unga vuxna som rånar jämnåriga på väg hem kvällstid.",
     "offender_handler": "Skolan, fritidsgården, socialtjänsten och polisen.",
     "target": "Ungdomar som går ensamma mellan Sylte och Lextorp; mobiltelefoner och jackor.",
     "target_guardian": "Föräldrar, kompisar som följer hem, nattvandrare.",
     "place": "Gångvägen med en obelyst sträcka utan insyn från husen.",
     "place_manager": "Trollhättans stad, gatu- och parkenheten (belysning och vegetation).",
     "status": "hypotes", "sources": "walk_findings,dialog_marks", "responsible_org": "kommun",
     "created_at": _dt.datetime(2026, 5, 4, 13, 0), "updated_at": _dt.datetime(2026, 10, 1, 10, 45),
     "causes": (("Belysningen saknas på en lång sträcka av gångvägen.",
                 "Belysningsinventering och trygghetsvandringen 2026.", "hog"),
                ("Tät vegetation skymmer sikten från husen.", "Medborgardialogen 2026.", "medel"),
                ("Få passerar kvällstid; ingen naturlig övervakning.", "Antaganden; behöver beläggas.", "lag"))},
)
MEASURE_CAUSES = (("Trygghetsrundor vid Kronogårds torg", "torg", 1),
                  ("Trygghetsrundor vid Kronogårds torg", "torg", 2),
                  ("Ny belysning längs Kronogårdsstråket", "torg", 3))
CONCLUSIONS = {
    "Kronogården": "Narkotikaförsäljningen på Kronogårds torg är fortsatt det största problemet; den har delvis "
                   "flyttat till parkeringen i norra Kronogården, som är en ny hot spot sedan hösten 2025. "
                   "Trygghetsrundorna håller doseringen, men belysningen längs stråken till torget är försenad.",
    "Lextorp": "Klotter och skadegörelse runt Lextorps centrum ligger kvar på en hög nivå. Fastighetsägarnas "
               "gemensamma saneringsrutin startar efter upphandlingen och följs upp under våren.",
    "Sylte": "Skadegörelsen vid skolgården har upphört. Otryggheten längs gångvägen mot Lextorp kvarstår; "
             "orsakerna ska beläggas vid nästa trygghetsvandring innan åtgärder beslutas.",
}
SYNTHETIC_SV = " (Syntetisk demotext.)"


def _cause_analysis(rng, out, gaps=()):
    """Goal areas, two problems with complete triangles and numbered causes (open drug dealing at Kronogårds torg,
    tied to its hot place; a dark path between Sylte and Lextorp, tied to a path with a lamp gap), some of the
    measures tied to causes and goals, and a synthetic conclusion per focus area for the report period."""
    goal_ids = _uuids(rng, len(GOALS))
    goals = {"geometry": [None] * len(GOALS), "uuid": goal_ids, "code": [g[0] for g in GOALS],
             "title": [g[1] for g in GOALS], "description": [g[2] + SYNTHETIC_SV for g in GOALS],
             "start_year": [2025] * len(GOALS), "end_year": [2027] * len(GOALS),
             "owner": ["Trollhättans stad och Polisen"] * len(GOALS)}
    by_code = dict(zip(goals["code"], goal_ids))
    measures = out["measures"]
    measures["goal_uuid"] = [by_code.get(MEASURE_GOALS.get(t)) for t in measures["title"]]

    places, paths = out["places"], out["paths"]
    torg = places["name"].index("Kronogårds torg")
    torg_wkt = places["geometry"][torg]
    torg_point = _shape(torg_wkt).representative_point()
    # the dark path: the lamp gap on Sylteleden (Sylte – Lextorp), else any unlit stretch nearest Sylte centrum
    sylte = Point(SYLTE_C)
    candidates = [g for g in gaps if paths["name"][g["path"]] == "Sylteleden"] or \
        sorted(gaps, key=lambda g: g["line"].distance(sylte))
    gap = candidates[0]
    path_wkt = paths["geometry"][gap["path"]]
    gap_point = gap["line"].interpolate(0.5, normalized=True)
    places_of = {"torg": ("places", places["uuid"][torg], torg_wkt, torg_point),
                 "stig": ("paths", paths["uuid"][gap["path"]], path_wkt, gap_point)}

    problem_ids = _uuids(rng, len(PROBLEMS))
    names = ("title description area categories period_start period_end offender offender_handler target "
             "target_guardian place place_manager status sources place_layer place_uuid place_wkt "
             "responsible_org written_by created_at updated_at").split()
    problems = {"geometry": [], "uuid": problem_ids, **{n: [] for n in names}}
    causes = {"geometry": [], "uuid": [], "problem_uuid": [], "number": [], "text": [], "evidence": [],
              "confidence": []}
    cause_of = {}
    for pid, p in zip(problem_ids, PROBLEMS):
        layer, feature, wkt, point = places_of[p["key"]]
        row = dict(p, place_layer=layer, place_uuid=feature, place_wkt=wkt, written_by="demo",
                   description=p["description"] + SYNTHETIC_SV)
        for n in names:
            problems[n].append(row[n])
        problems["geometry"].append(_wkt_point(point.x, point.y))
        for number, (text, evidence, confidence) in enumerate(p["causes"], start=1):
            cid = _uuids(rng, 1)[0]
            cause_of[(p["key"], number)] = cid
            for key, value in (("geometry", None), ("uuid", cid), ("problem_uuid", pid), ("number", number),
                               ("text", text), ("evidence", evidence), ("confidence", confidence)):
                causes[key].append(value)

    measure_of = dict(zip(measures["title"], measures["uuid"]))
    pairs = [(measure_of[t], cause_of[(k, n)]) for t, k, n in MEASURE_CAUSES if t in measure_of]
    links = {"geometry": [None] * len(pairs), "uuid": _uuids(rng, len(pairs)),
             "measure_uuid": [m for m, _ in pairs], "cause_uuid": [c for _, c in pairs]}
    areas = list(CONCLUSIONS)
    conclusions = {"geometry": [None] * len(areas), "uuid": _uuids(rng, len(areas)), "area": areas,
                   "period_start": [PERIOD_START] * len(areas), "period_end": [PERIOD_END] * len(areas),
                   "text": [CONCLUSIONS[a] + SYNTHETIC_SV for a in areas], "written_by": ["demo"] * len(areas),
                   "updated_at": [_dt.datetime(2026, 10, 30, 14, 0)] * len(areas)}
    return {"problems": problems, "causes": causes, "goals": goals, "measure_causes": links,
            "conclusions": conclusions}


def _shape(wkt):
    from shapely import wkt as shapely_wkt

    return shapely_wkt.loads(wkt)


# ----------------------------------------------------------------------------------------------------------------
# the whole workspace
# ----------------------------------------------------------------------------------------------------------------

def build_demo(seed=20231):
    """Generate the synthetic Trollhättan demo workspace, deterministically from ``seed``.

    Returns ``{layer: {"geometry": [WKT or None], field: [values]}}`` for every layer of the workspace schema
    (EPSG:3006 coordinates; tables carry a geometry column of None) plus ``"meta"`` with the period, notes, the
    emerging/fading hot-spot coordinates, the lamp gaps and the path network length.
    """
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(10)]
    town, areas = _areas()
    pops = {"Kronogården": 6750, "Lextorp": 6200, "Sylte": 6000, "Övriga Trollhättan": 40000}
    codes = {"Kronogården": "1488R006", "Lextorp": "1488R007", "Sylte": "1488R009", "Övriga Trollhättan": "1488R000"}
    names = list(areas)
    rng = streams[0]
    out = {"areas": {
        "geometry": [_wkt_multipolygon(areas[n]) for n in names], "uuid": _uuids(rng, len(names)), "name": names,
        "kind": ["reference" if n.startswith("Övriga") else "focus" for n in names],
        "population": [int(pops[n] + rng.integers(-40, 41) * (5 if n.startswith("Övriga") else 1)) for n in names],
        "code": [codes[n] for n in names],
    }}

    incidents = _incidents(streams[1], town, areas)
    out["incidents"] = incidents

    rng = streams[2]
    paths = _network(rng, town)
    path_ids = _uuids(rng, len(paths))
    out["paths"] = {"geometry": [_wkt_line(p["line"]) for p in paths], "uuid": path_ids,
                    "name": [p["name"] for p in paths], "kind": [p["kind"] for p in paths],
                    "lit": [p["lit"] for p in paths]}

    rng = streams[3]
    lx, ly, gaps = _lamps_and_gaps(rng, paths, areas)
    out["lamps"] = {"geometry": [_wkt_point(a, b) for a, b in zip(lx, ly)], "uuid": _uuids(rng, len(lx)),
                    "status": ["broken" if r < 0.04 else "ok" for r in rng.random(len(lx))]}

    out["walks"], out["walk_findings"] = _walks(streams[4], paths, gaps, areas["Kronogården"])

    rng = streams[5]
    ix = np.array([float(g.split()[1][1:]) for g in incidents["geometry"]])
    iy = np.array([float(g.split()[2][:-1]) for g in incidents["geometry"]])
    place_names, place_polys = _places(rng, (ix, iy))
    out["places"] = {"geometry": [_wkt_multipolygon(p) for p in place_polys], "uuid": _uuids(rng, len(place_names)),
                     "name": place_names, "rank": list(range(1, len(place_names) + 1))}
    out["patrol_visits"] = _patrols(streams[6], out["places"]["uuid"], place_polys)

    out["promises"], out["measures"], out["measure_links"], out["measure_log"] = _measures(
        streams[7], out["places"], place_polys, paths, path_ids, gaps)

    out.update(_perceived_safety(streams[8], areas, out, gaps))
    out.update(_cause_analysis(streams[9], out, gaps))

    out["meta"] = {
        "epsg": 3006,
        "seed": seed,
        "period_start": PERIOD_START,
        "period_end": PERIOD_END,
        "reference_date": REFERENCE_DATE,
        "note_sv": NOTE_SV,
        "note_en": NOTE_EN,
        "emerging_xy": EMERGING_XY,
        "emerging_start": EMERGING_START,
        "fading_xy": FADING_XY,
        "fading_end": FADING_END,
        "persistent_xy": {name: xy for name, xy, _, _, mode, _ in HOT_SPOTS if mode == "persistent"},
        "lamp_gaps": [{"wkt": _wkt_line(g["line"]), "length_m": round(g["line"].length, 1), "area": g["area"],
                       "path_uuid": path_ids[g["path"]]} for g in gaps],
        "paths_length_m": round(sum(p["line"].length for p in paths), 1),
    }
    return out
