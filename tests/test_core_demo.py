"""Tests for core.demo: the synthetic Trollhättan demo workspace content."""

import datetime as dt
import math
import uuid

import numpy as np
import pytest
from shapely import wkt
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep
from trygghet.core import vocabulary
from trygghet.core.demo import build_demo
from trygghet.workspace import schema

SEED = 20231
START = dt.datetime(2022, 11, 1)
END = dt.datetime(2026, 11, 1)
TORG = (342430.0, 6461970.0)
RESECENTRUM = (341460.0, 6463400.0)


@pytest.fixture(scope="module")
def demo():
    return build_demo(SEED)


_XY = {}


def _xy(column):
    key = id(column)
    if key not in _XY:
        pts = [wkt.loads(g) for g in column]
        _XY[key] = (column, np.array([p.x for p in pts]), np.array([p.y for p in pts]))
    return _XY[key][1:]


def _area(demo, name):
    return wkt.loads(demo["areas"]["geometry"][demo["areas"]["name"].index(name)])


def _town(demo):
    town = unary_union([wkt.loads(g) for g in demo["areas"]["geometry"]])
    parts = list(town.geoms) if town.geom_type == "MultiPolygon" else [town]
    return Polygon(max(parts, key=lambda p: p.area).exterior)


def _rows(demo, layer):
    cols = demo[layer]
    n = len(cols["uuid"])
    return [{k: v[i] for k, v in cols.items()} for i in range(n)]


def _months(times):
    return np.array([(t.year - 2022) * 12 + t.month - 11 for t in times])  # 0 = Nov 2022 .. 47 = Oct 2026


# ------------------------------------------------------------------------------------------------ determinism, schema

def test_same_seed_same_output_other_seed_differs(demo):
    again = build_demo(SEED)
    assert again == demo
    other = build_demo(SEED + 1)
    assert other["incidents"]["geometry"] != demo["incidents"]["geometry"]
    assert other["incidents"]["occurred_at"] != demo["incidents"]["occurred_at"]
    assert not set(other["incidents"]["uuid"]) & set(demo["incidents"]["uuid"])
    # the requirements hold for the other seed too
    assert 20000 <= len(other["incidents"]["uuid"]) <= 30000
    assert len(other["meta"]["lamp_gaps"]) >= 5
    assert other["meta"]["paths_length_m"] >= 100000


TYPES = {"string": str, "text": str, "integer": int, "real": float, "boolean": bool, "date": dt.date,
         "datetime": dt.datetime}


def test_every_layer_has_exactly_the_schema_fields_and_valid_values(demo):
    layers = schema.layers_at(schema.SCHEMA_VERSION)
    assert set(demo) == {lyr.name for lyr in layers} | {"meta"}
    all_uuids = []
    for lyr in layers:
        cols = demo[lyr.name]
        fields = lyr.fields_at(schema.SCHEMA_VERSION)
        assert list(cols) == ["geometry"] + [f.name for f in fields], lyr.name
        n = len(cols["uuid"])
        assert n > 0 and all(len(v) == n for v in cols.values()), lyr.name
        prefix = {"Point": "POINT (", "LineString": "LINESTRING (", "MultiPolygon": "MULTIPOLYGON ((("}
        for g in cols["geometry"]:
            if lyr.geometry is None:
                assert g is None
            else:
                assert g.startswith(prefix[lyr.geometry])
                assert wkt.loads(g).is_valid
        for f in fields:
            for v in cols[f.name]:
                if v is None:
                    assert not f.not_null, (lyr.name, f.name)
                    continue
                assert type(v) is TYPES[f.type], (lyr.name, f.name, v)
                if f.length and f.type == "string":
                    assert len(v) <= f.length, (lyr.name, f.name, v)
                if f.values:
                    assert v in {code for code, _ in f.values}, (lyr.name, f.name, v)
                if f.range:
                    assert f.range[0] <= v <= f.range[1], (lyr.name, f.name, v)
        for u in cols["uuid"]:
            assert uuid.UUID(u).version == 4 and str(uuid.UUID(u)) == u
        all_uuids += cols["uuid"]
    assert len(all_uuids) == len(set(all_uuids))


def test_meta(demo):
    meta = demo["meta"]
    assert meta["period_start"] == dt.date(2022, 11, 1) and meta["period_end"] == dt.date(2026, 10, 31)
    assert "syntetisk" in meta["note_sv"] and "ungefärliga" in meta["note_sv"]
    assert "synthetic" in meta["note_en"] and "approximate" in meta["note_en"]
    assert meta["emerging_start"] == dt.date(2025, 11, 1)


# ------------------------------------------------------------------------------------------------------------- areas

def test_areas(demo):
    a = demo["areas"]
    assert a["name"] == ["Kronogården", "Lextorp", "Sylte", "Övriga Trollhättan"]
    assert a["kind"] == ["focus", "focus", "focus", "reference"]
    for pop, target, tol in zip(a["population"], (6750, 6200, 6000, 40000), (100, 100, 100, 1000)):
        assert abs(pop - target) <= tol
    assert all(len(c) == 8 and c.startswith("1488R") for c in a["code"])
    town = _town(demo)
    minx, miny, maxx, maxy = town.bounds
    assert 7000 <= maxx - minx <= 9000 and 9000 <= maxy - miny <= 11500
    geoms = [wkt.loads(g) for g in a["geometry"]]
    for name, g in zip(a["name"][:3], geoms[:3]):
        assert len(g.geoms) == 1
        assert 12 <= len(g.geoms[0].exterior.coords) - 1 <= 30, name
        gx0, gy0, gx1, gy1 = g.bounds
        assert 1000 <= max(gx1 - gx0, gy1 - gy0) <= 2000, name
        assert g.difference(town).area < 1.0, name
    for i in range(4):
        for j in range(i + 1, 4):
            assert geoms[i].intersection(geoms[j]).area < 1.0, (a["name"][i], a["name"][j])
    assert abs(sum(g.area for g in geoms) - town.area) < 10.0  # reference = town minus the focus areas
    krono, lext, sylte = geoms[:3]
    assert krono.boundary.intersection(lext.buffer(0.05)).length > 300.0  # they adjoin
    # landmarks from public coordinates fall in the right area
    assert krono.contains(Point(TORG)) and krono.contains(Point(342700, 6462350))
    assert lext.contains(Point(341780, 6461100))
    assert sylte.contains(Point(340430, 6461160)) and sylte.contains(Point(340200, 6461450))
    assert geoms[3].contains(Point(341030, 6463500)) and geoms[3].contains(Point(RESECENTRUM))
    c = krono.centroid  # Kronogården ~2 km south-east of the centre
    assert 1500 <= math.hypot(c.x - 341030, c.y - 6463500) <= 2600 and c.x > 341030 and c.y < 6463500


# --------------------------------------------------------------------------------------------------------- incidents

def test_incident_counts_categories_sources(demo):
    inc = demo["incidents"]
    n = len(inc["uuid"])
    assert 20000 <= n <= 30000
    cats = np.array(inc["category"])
    codes = [c for c, _ in schema.INCIDENT_CATEGORIES]
    for c in codes:
        assert (cats == c).sum() >= 200, c
    assert 0.01 <= (cats == "ovrigt").mean() <= 0.06
    src = np.array(inc["source"])
    assert set(src[cats == "brand"]) == {"raddningstjanst"}
    assert (src == "raddningstjanst").sum() == (cats == "brand").sum()
    assert (src == "polis").mean() > 0.6
    assert {"kommun", "fastighetsagare"} <= set(src)
    assert set(inc["weight"]) == {1.0}
    times = inc["occurred_at"]
    assert min(times) >= START and max(times) < END
    assert all(t.second == 0 and t.microsecond == 0 and t.tzinfo is None for t in times)
    x, y = _xy(inc["geometry"])
    town = prep(_town(demo))
    assert all(town.contains(Point(a, b)) for a, b in zip(x[::50], y[::50]))


def _density(x, y, poly):
    p = prep(poly)
    x0, y0, x1, y1 = poly.bounds
    cand = np.nonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))[0]
    return sum(p.contains(Point(x[i], y[i])) for i in cand) / (poly.area / 1e6)


def test_background_denser_in_focus_areas_and_centre(demo):
    x, y = _xy(demo["incidents"]["geometry"])
    ref = _density(x, y, _area(demo, "Övriga Trollhättan"))
    for name in ("Kronogården", "Lextorp", "Sylte"):
        assert _density(x, y, _area(demo, name)) > 3 * ref, name
    # the centre: a 1 km disc around Drottningtorget without 300 m discs around the two hot spots there
    def centre_zone(px, py):
        return (np.hypot(px - 341030, py - 6463500) < 1000) & (np.hypot(px - 341030, py - 6463500) > 300) & (
            np.hypot(px - RESECENTRUM[0], py - RESECENTRUM[1]) > 300)

    gx, gy = np.meshgrid(np.arange(340030, 342030, 10.0) + 5, np.arange(6462500, 6464500, 10.0) + 5)
    zone_km2 = centre_zone(gx, gy).sum() * 100.0 / 1e6
    assert centre_zone(x, y).sum() / zone_km2 > 3 * ref


def _near(demo, xy, radius):
    x, y = _xy(demo["incidents"]["geometry"])
    return np.hypot(x - xy[0], y - xy[1]) <= radius


def test_persistent_hot_spots_in_every_year(demo):
    years = np.array([(t - START).days // 365.25 for t in demo["incidents"]["occurred_at"]]).astype(int)
    assert set(years) == {0, 1, 2, 3}
    for name, xy in demo["meta"]["persistent_xy"].items():
        near = _near(demo, xy, 150.0)
        for yr in range(4):
            assert (near & (years == yr)).sum() >= 80, (name, yr)
    for xy in ((341030, 6463500), RESECENTRUM, TORG, (341780, 6461100), (340430, 6461160)):
        assert any(math.hypot(xy[0] - p[0], xy[1] - p[1]) < 1 for p in demo["meta"]["persistent_xy"].values())


def test_emerging_and_fading_hot_spots(demo):
    meta = demo["meta"]
    start = dt.datetime.combine(meta["emerging_start"], dt.time())
    times = np.array(demo["incidents"]["occurred_at"])
    after = times >= start
    emerging = _near(demo, meta["emerging_xy"], 100.0)
    before_rate = (emerging & ~after).sum() / 36.0
    after_rate = (emerging & after).sum() / 12.0
    assert after_rate >= 20 and (emerging & after).sum() >= 250
    assert before_rate <= 0.1 * after_rate
    fading = _near(demo, meta["fading_xy"], 100.0)
    first_two = times < dt.datetime(2024, 11, 1)
    assert (fading & first_two).sum() / 24.0 >= 15
    assert (fading & after).sum() / 12.0 <= 0.1 * (fading & first_two).sum() / 24.0


def _gi_star(counts):
    """Getis-Ord Gi* per cell of a 2-D count grid, binary queen weights including the cell itself (textbook form)."""
    n = counts.size
    xbar = counts.mean()
    s = math.sqrt((counts ** 2).mean() - xbar ** 2)
    padded = np.pad(counts, 1)
    ones = np.pad(np.ones_like(counts), 1)
    local = np.zeros_like(counts)
    wsum = np.zeros_like(counts)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            local += padded[1 + dx:1 + dx + counts.shape[0], 1 + dy:1 + dy + counts.shape[1]]
            wsum += ones[1 + dx:1 + dx + counts.shape[0], 1 + dy:1 + dy + counts.shape[1]]
    return (local - xbar * wsum) / (s * np.sqrt((n * wsum - wsum ** 2) / (n - 1)))


def test_space_time_gi_star_flags_emerging_late_and_fading_early(demo):
    x, y = _xy(demo["incidents"]["geometry"])
    month = _months(demo["incidents"]["occurred_at"])
    x0, y0, x1, y1 = _town(demo).bounds
    nx, ny = int((x1 - x0) // 250) + 1, int((y1 - y0) // 250) + 1
    ix, iy = ((x - x0) // 250).astype(int), ((y - y0) // 250).astype(int)

    def cell(xy):
        return int((xy[0] - x0) // 250), int((xy[1] - y0) // 250)

    ex, fx = cell(demo["meta"]["emerging_xy"]), cell(demo["meta"]["fading_xy"])
    z_em, z_fa = [], []
    for m in range(48):
        grid = np.zeros((nx, ny))
        sel = month == m
        np.add.at(grid, (ix[sel], iy[sel]), 1.0)
        z = _gi_star(grid)
        z_em.append(z[ex])
        z_fa.append(z[fx])
    z_em, z_fa = np.array(z_em), np.array(z_fa)
    assert (z_em[36:] > 2.58).sum() >= 9  # hot at 99 % in most of the final 12 months
    assert z_em[36:].mean() > z_em[:36].mean() + 3
    assert (z_em[:36] >= np.percentile(z_em[36:], 25)).mean() <= 0.1  # before the start it was never that hot
    assert (z_fa[:24] > 2.58).sum() >= 18  # hot in most of the first two years
    assert z_fa[36:].mean() < z_fa[:24].mean() - 3


def _hist(values, bins):
    return np.bincount(values, minlength=bins).astype(float)


def test_time_profiles_differ_by_category(demo):
    inc = demo["incidents"]
    cats = np.array(inc["category"])
    hours = np.array([t.hour for t in inc["occurred_at"]])
    wd = np.array([t.weekday() for t in inc["occurred_at"]])
    mon = np.array([t.month for t in inc["occurred_at"]])

    def share(cat, mask):
        sel = cats == cat
        return (mask & sel).sum() / sel.sum()

    night = (hours >= 22) | (hours < 4)
    day = (hours >= 8) & (hours < 17)
    evening = (hours >= 17) & (hours < 23)
    assert share("vald", night) > 2 * share("vald", day)
    weekend_night = (((wd == 4) | (wd == 5)) & (hours >= 21)) | (((wd == 5) | (wd == 6)) & (hours < 4))
    assert share("vald", weekend_night) > 0.35  # these 14 of 168 weekly hours hold over a third of violence
    assert share("ordningsstorning", weekend_night) > 0.35
    assert share("stold_inbrott", day & (wd < 5)) > 0.5
    assert share("stold_inbrott", day) > 3 * share("stold_inbrott", night)
    assert share("narkotika", evening) > 0.45
    assert share("skadegorelse", evening) > 0.4
    assert share("klotter", (mon >= 3) & (mon <= 5)) > 0.33  # spring: a quarter of the year, a third of klotter
    assert share("brand", (mon >= 6) & (mon <= 8)) > 0.3
    nye = np.array([(t.month, t.day) in ((12, 31), (1, 1)) for t in inc["occurred_at"]])
    assert share("brand", nye) > 6 * 2 / 365  # New Year's Eve spike
    for cat in ("vald", "ordningsstorning", "klotter"):
        assert share(cat, night) > share(cat, day), cat
    # every pair of categories has a different hour profile: chi-square homogeneity test, 23 d.f., critical value at
    # alpha = 0.001 is 49.73 (standard tables)
    codes = [c for c, _ in schema.INCIDENT_CATEGORIES]
    hists = {c: _hist(hours[cats == c], 24) for c in codes}
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            table = np.vstack([hists[a], hists[b]])
            expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / table.sum()
            chi2 = ((table - expected) ** 2 / expected).sum()
            assert chi2 > 49.73, (a, b, chi2)


# ------------------------------------------------------------------------------------------------------------- paths

def _n_components(points, joined, tol=1.0):
    """Union-find over points: pairs in ``joined`` are one node, and so are points closer than ``tol`` (brute force)."""
    parent = list(range(len(points)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in joined:
        parent[find(a)] = find(b)
    for i in range(len(points)):
        d = np.hypot(points[:, 0] - points[i, 0], points[:, 1] - points[i, 1])
        for j in np.nonzero(d <= tol)[0]:
            parent[find(int(j))] = find(i)
    return len({find(i) for i in range(len(points))})


def test_path_network_length_connected_named(demo):
    p = demo["paths"]
    lines = [wkt.loads(g) for g in p["geometry"]]
    total = sum(line.length for line in lines)
    assert total >= 100000
    assert abs(total - demo["meta"]["paths_length_m"]) < 1.0
    # graph over endpoints within 1 m: each line joins its two ends, ends closer than 1 m are the same node
    ends = np.array([c for line in lines for c in (line.coords[0], line.coords[-1])])
    assert _n_components(ends, [(2 * k, 2 * k + 1) for k in range(len(lines))]) == 1
    far = np.vstack([ends, [[0.0, 0.0], [10.0, 0.0]]])  # the check can fail: an isolated segment is a 2nd component
    assert _n_components(far, [(2 * k, 2 * k + 1) for k in range(len(lines) + 1)]) == 2
    names = set(p["name"]) - {None}
    assert {"Kronogårdsstråket", "Lextorpsleden", "Syltevägen gc", "Älvpromenaden"} <= names
    assert p["name"].count(None) > 0.3 * len(lines)
    assert 0.7 <= np.mean(p["lit"]) < 1.0
    assert len(set(p["kind"])) >= 4
    named = [line for line, nm in zip(lines, p["name"]) if nm]
    for area in ("Kronogården", "Lextorp", "Sylte"):
        assert any(_area(demo, area).intersects(line) for line in named), area
    assert min(Point(RESECENTRUM).distance(line) for line in named) < 1.0  # reaches the travel centre
    # the named route from the travel centre reaches Kronogårds torg through connected pieces
    kr = [line for line, nm in zip(lines, p["name"]) if nm == "Kronogårdsstråket"]
    assert min(Point(TORG).distance(line) for line in kr) < 1.0


def test_lamps_and_gaps(demo):
    p = demo["paths"]
    lines = [wkt.loads(g) for g in p["geometry"]]
    lx, ly = _xy(demo["lamps"]["geometry"])
    status = np.array(demo["lamps"]["status"])
    assert 0.02 <= (status == "broken").mean() <= 0.07 and set(status) == {"ok", "broken"}
    gaps = demo["meta"]["lamp_gaps"]
    gap_paths = {g["path_uuid"] for g in gaps}
    gap_lines = [wkt.loads(g["wkt"]) for g in gaps]  # lamps near a gap are dropped, so other paths there are skipped
    lit_total, lamp_total = 0.0, 0
    for line, lit, uid in zip(lines, p["lit"], p["uuid"]):
        x0, y0, x1, y1 = line.bounds
        cand = np.nonzero((lx >= x0 - 1) & (lx <= x1 + 1) & (ly >= y0 - 1) & (ly <= y1 + 1))[0]
        on = [k for k in cand if line.distance(Point(lx[k], ly[k])) < 0.05]
        if not lit:
            assert not [k for k in on if line.project(Point(lx[k], ly[k])) > 5
                        and line.project(Point(lx[k], ly[k])) < line.length - 5]
        elif uid not in gap_paths and line.length > 200 and min(g.distance(line) for g in gap_lines) > 15:
            lit_total += line.length
            lamp_total += len(on)
            along = np.diff(np.sort([line.project(Point(lx[k], ly[k])) for k in on]))
            assert len(along) >= 5 and along.min() >= 24.5 and along.max() <= 35.5
    assert 1 / 35 <= lamp_total / lit_total <= 1 / 25
    assert len(gaps) >= 5
    uid_line = dict(zip(p["uuid"], zip(lines, p["lit"])))
    focus = [_area(demo, a) for a in ("Kronogården", "Lextorp", "Sylte")]
    for g in gaps:
        gap = wkt.loads(g["wkt"])
        assert 150 <= gap.length <= 400
        line, lit = uid_line[g["path_uuid"]]
        assert lit and gap.buffer(0.05).contains(gap) and line.buffer(0.05).contains(gap)
        assert any(f.contains(gap) for f in focus)
        inner = LineString([gap.interpolate(d) for d in np.linspace(5, gap.length - 5, 60)])
        d = np.array([inner.distance(Point(a, b)) for a, b in zip(lx, ly)
                      if abs(a - gap.centroid.x) < 500 and abs(b - gap.centroid.y) < 500])
        assert d.min() > 3.0
    assert sum(_area(demo, "Kronogården").contains(wkt.loads(g["wkt"])) for g in gaps) >= 2


# ------------------------------------------------------------------------------------------------------------- walks

def test_walks_and_persistence(demo):
    w = demo["walks"]
    assert [t.date() for t in w["walked_at"]] == [dt.date(2025, 10, 8), dt.date(2026, 10, 7)]
    assert [(t.hour, t.minute) for t in w["walked_at"]] == [(18, 30), (18, 30)]
    assert w["participants"] == [12, 15] and w["area"] == ["Kronogården"] * 2 and w["time_of_day"] == ["kväll"] * 2
    rows = _rows(demo, "walk_findings")
    first = [r for r in rows if r["walk_uuid"] == w["uuid"][0]]
    second = [r for r in rows if r["walk_uuid"] == w["uuid"][1]]
    assert len(first) + len(second) == len(rows)
    assert 15 <= len(first) <= 25 and 15 <= len(second) <= 25
    krono = _area(demo, "Kronogården")
    for r, start in [(r, w["walked_at"][0]) for r in first] + [(r, w["walked_at"][1]) for r in second]:
        assert start <= r["observed_at"] <= start + dt.timedelta(hours=3)
        assert krono.contains(wkt.loads(r["geometry"]))
        assert r["photo"] is None and len(r["comment"]) > 5

    def same(a, b):
        pa, pb = wkt.loads(a["geometry"]), wkt.loads(b["geometry"])
        return a["category"] == b["category"] and pa.distance(pb) <= 20.0

    persisted = sum(any(same(a, b) for b in second) for a in first)
    fixed = len(first) - persisted
    new = sum(not any(same(a, b) for a in first) for b in second)
    assert persisted >= 5 and fixed >= 5 and new >= 3
    assert len({r["category"] for r in rows}) >= 6


# ---------------------------------------------------------------------------------------------------- places, patrols

def test_places_rank_by_incidents_and_cover_hot_spots(demo):
    pl = demo["places"]
    polys = [wkt.loads(g) for g in pl["geometry"]]
    assert pl["rank"] == [1, 2, 3, 4, 5, 6] and len(set(pl["name"])) == 6
    for g in polys:
        x0, y0, x1, y1 = g.bounds
        assert 90 <= max(x1 - x0, y1 - y0) <= 150
    for xy in list(demo["meta"]["persistent_xy"].values()) + [demo["meta"]["emerging_xy"]]:
        assert any(g.contains(Point(xy)) for g in polys)
    x, y = _xy(demo["incidents"]["geometry"])
    counts = []
    for g in polys:
        x0, y0, x1, y1 = g.bounds
        cand = np.nonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))[0]
        counts.append(sum(g.contains(Point(x[i], y[i])) for i in cand))
    assert counts == sorted(counts, reverse=True) and counts[-1] > 50


def test_patrol_visits(demo):
    v = demo["patrol_visits"]
    pl = demo["places"]
    poly = {u: wkt.loads(g) for u, g in zip(pl["uuid"], pl["geometry"])}
    assert set(v["place_uuid"]) == set(pl["uuid"])
    lo, hi = dt.datetime(2025, 11, 1), dt.datetime(2026, 11, 1)
    for g, u, t, m in zip(v["geometry"], v["place_uuid"], v["visited_at"], v["minutes"]):
        assert poly[u].contains(wkt.loads(g))
        assert lo <= t < hi and 5 <= m <= 25
    assert "LPO Trollhättan" in v["unit"]
    for u in pl["uuid"]:
        weeks = np.array([(t - lo).days // 7 for t, p in zip(v["visited_at"], v["place_uuid"]) if p == u])
        per_week = np.bincount(weeks, minlength=52)[:52]
        assert per_week.max() <= 5
        assert (per_week == 0).sum() >= 1  # gaps
        assert ((per_week >= 2) & (per_week <= 5)).sum() >= 40


# ---------------------------------------------------------------------------------------------- measures and promises

def test_promise_and_measures(demo):
    pr = demo["promises"]
    assert pr["title"] == ["Tryggare Kronogårds torg"] and pr["parties"] == ["Polisen, Trollhättans stad, AB Eidar"]
    assert pr["start_date"][0].year == 2026 and pr["next_follow_up"][0].strftime("%Y-%m") == "2026-12"
    ms = _rows(demo, "measures")
    assert 6 <= len(ms) <= 8
    assert {m["status"] for m in ms} == {c for c, _ in schema.MEASURE_STATUSES}
    assert {m["follow_up"] for m in ms} == {"green", "yellow", "red"}
    assert {m["responsible_org"] for m in ms} == {"polis", "kommun", "fastighetsagare"}
    today = dt.date(2026, 11, 1)
    overdue = [m for m in ms if m["due_date"] < today and m["status"] in ("forslag", "beslutad", "pagaende")]
    assert overdue
    assert 2 <= sum(m["promise_uuid"] == pr["uuid"][0] for m in ms) <= 3
    assert all(m["promise_uuid"] in (None, pr["uuid"][0]) for m in ms)
    for m in ms:
        assert m["version"] == 1 and m["created_at"] < m["updated_at"] <= dt.datetime(2026, 11, 1)
        assert (m["done_date"] is not None) == (m["status"] == "genomford")
        for f in ("title", "description", "cause", "operational_goal", "indicator", "responsible_person",
                  "status_reason", "planned_start", "due_date", "effort_planned", "effort_actual", "area"):
            assert m[f] not in (None, ""), (m["title"], f)
    titles = {m["title"] for m in ms}
    assert "Ny belysning längs Kronogårdsstråket" in titles and "Klotterplan Lextorp" in titles


def test_measure_links_point_at_real_features(demo):
    ms = _rows(demo, "measures")
    links = _rows(demo, "measure_links")
    assert sorted(r["measure_uuid"] for r in links) == sorted(m["uuid"] for m in ms)
    for r in links:
        layer = demo[r["layer_name"]]
        k = layer["uuid"].index(r["feature_uuid"])
        assert r["layer_name"] in ("places", "paths") and r["feature_fid"] == k + 1
        assert wkt.loads(r["geometry_wkt"]).equals(wkt.loads(layer["geometry"][k]))
        m = next(m for m in ms if m["uuid"] == r["measure_uuid"])
        assert wkt.loads(m["geometry"]).distance(wkt.loads(r["geometry_wkt"])) < 1.0
    light = next(m for m in ms if m["title"] == "Ny belysning längs Kronogårdsstråket")
    link = next(r for r in links if r["measure_uuid"] == light["uuid"])
    assert demo["paths"]["name"][demo["paths"]["uuid"].index(link["feature_uuid"])] == "Kronogårdsstråket"
    assert link["feature_uuid"] in {g["path_uuid"] for g in demo["meta"]["lamp_gaps"]}


def test_measure_log_replays_to_current_state(demo):
    ms = _rows(demo, "measures")
    log = _rows(demo, "measure_log")
    for m in ms:
        entries = sorted((r for r in log if r["measure_uuid"] == m["uuid"]), key=lambda r: r["changed_at"])
        assert 2 <= len(entries) <= 4
        assert entries[0]["action"] == "created" and entries[0]["changed_at"] == m["created_at"]
        assert entries[-1]["changed_at"] == m["updated_at"]
        status, follow = "forslag", None
        for r in entries[1:]:
            assert r["action"] in ("status", "follow_up") and r["field"] == r["action"]
            if r["action"] == "status":
                assert r["old_value"] == status
                status = r["new_value"]
            else:
                assert r["old_value"] == follow
                follow = r["new_value"]
        assert (status, follow) == (m["status"], m["follow_up"]), m["title"]


def test_perceived_safety_marks_follow_incidents_and_one_dark_quiet_path(demo):
    marks = demo["dialog_marks"]
    assert 150 <= len(marks["uuid"]) <= 210
    assert len(set(marks["dialogue"])) == 2
    assert set(marks["feeling"]) <= {1, 2, 3, 4} and set(marks["reason"]) <= set(vocabulary.codes("mark_reason"))
    mx = np.array([wkt.loads(g).x for g in marks["geometry"]])
    my = np.array([wkt.loads(g).y for g in marks["geometry"]])
    ix = np.array([wkt.loads(g).x for g in demo["incidents"]["geometry"]])
    iy = np.array([wkt.loads(g).y for g in demo["incidents"]["geometry"]])
    # marks sit where incidents are: within 150 m of a mark there are far more incidents than around a random point
    near = [np.sum(np.hypot(ix - x, iy - y) < 150) for x, y in zip(mx, my)]
    town = wkt.loads(demo["areas"]["geometry"][demo["areas"]["name"].index("Övriga Trollhättan")])
    density = len(ix) / (town.area + sum(wkt.loads(g).area for g in demo["areas"]["geometry"][:3]))
    assert np.median(near) > 3 * density * np.pi * 150 ** 2
    # ... and at least 15 marks (belysning/öde, feeling 1–2) lie on a lamp gap with few incidents around it
    on_dark = []
    for gap in demo["meta"]["lamp_gaps"]:
        line = wkt.loads(gap["wkt"])
        sel = [k for k in range(len(mx)) if line.distance(Point(mx[k], my[k])) < 25]
        incidents = sum(1 for x, y in zip(ix, iy) if abs(x - line.centroid.x) < 600 and abs(y - line.centroid.y) < 600
                        and line.distance(Point(x, y)) <= 50)
        if len(sel) >= 15:
            on_dark.append((incidents / line.length, sel))
    assert on_dark
    rate, sel = min(on_dark, key=lambda t: t[0])
    torg = sum(1 for x, y in zip(ix, iy) if np.hypot(x - 342430.0, y - 6461970.0) <= 100) / (2 * 100.0)
    assert rate < torg / 5
    assert sum(marks["feeling"][k] <= 2 and marks["reason"][k] in ("belysning", "ode") for k in sel) >= 15
    assert len(demo["dialog_areas"]["uuid"]) >= 4


def test_survey_results_four_years_per_area_and_plausible_intervals(demo):
    s = demo["survey_results"]
    areas = set(demo["areas"]["name"])
    assert set(s["area"]) == areas
    for area in areas:
        rows = [k for k in range(len(s["area"])) if s["area"][k] == area]
        assert len({s["year"][k] for k in rows}) == 4
        assert 3 <= len({s["indicator"][k] for k in rows}) <= 4
    for k in range(len(s["area"])):
        assert s["source"][k] in ("polisen", "kommun") and s["respondents"][k] >= 100
        if s["lower"][k] is not None:
            p, n = s["value"][k] / 100.0, s["respondents"][k]
            half = 100.0 * 1.96 * np.sqrt(p * (1 - p) / n)  # normal-approximation 95 % interval
            assert s["lower"][k] < s["value"][k] < s["upper"][k]
            assert abs((s["upper"][k] - s["lower"][k]) / 2 - half) < 0.3
    # the focus areas feel less safe than the reference area, in every year
    def value(area, year, ind):
        return next(s["value"][k] for k in range(len(s["area"]))
                    if (s["area"][k], s["year"][k], s["indicator"][k]) == (area, year, ind))
    for year in (2023, 2024, 2025, 2026):
        assert value("Kronogården", year, "otrygghet_ute_sent") > value("Övriga Trollhättan", year,
                                                                        "otrygghet_ute_sent")


def test_cause_analysis_tied_to_places_measures_and_goals():
    """The demo's problems sit on their places (the torg's hot place, a path with a lamp gap between Sylte and
    Lextorp), causes are numbered 1, 2, 3 per problem, every link points at an existing row, and it is repeatable."""
    from shapely import wkt

    demo = build_demo(seed=20231)
    p = demo["problems"]
    assert len(p["uuid"]) == 2 and all(p[k][i] for k in ("offender", "offender_handler", "target",
                                                         "target_guardian", "place", "place_manager")
                                       for i in range(2))
    torg = demo["places"]["name"].index("Kronogårds torg")
    assert p["place_uuid"][0] == demo["places"]["uuid"][torg]
    assert wkt.loads(demo["places"]["geometry"][torg]).contains(wkt.loads(p["geometry"][0]))
    gap_paths = {g["path_uuid"]: g for g in demo["meta"]["lamp_gaps"]}
    assert p["place_layer"][1] == "paths" and p["place_uuid"][1] in gap_paths
    row = demo["paths"]["uuid"].index(p["place_uuid"][1])
    assert demo["paths"]["name"][row] == "Sylteleden"  # Sylte centrum – Lextorp centrum
    gap = wkt.loads(gap_paths[p["place_uuid"][1]]["wkt"])
    assert gap.distance(wkt.loads(p["geometry"][1])) < 0.01  # the problem's point is on the unlit stretch
    c = demo["causes"]
    for pid in p["uuid"]:
        numbers = [n for n, q in zip(c["number"], c["problem_uuid"]) if q == pid]
        assert numbers == list(range(1, len(numbers) + 1)) and 2 <= len(numbers) <= 3
    links = demo["measure_causes"]
    assert links["uuid"] and set(links["measure_uuid"]) <= set(demo["measures"]["uuid"])
    assert set(links["cause_uuid"]) <= set(c["uuid"])
    goals = demo["goals"]
    assert len(goals["uuid"]) >= 4 and goals["code"][:2] == ["A", "B"]
    used = {g for g in demo["measures"]["goal_uuid"] if g}
    assert used and used <= set(goals["uuid"]) and None in demo["measures"]["goal_uuid"]
    focus = [n for n, k in zip(demo["areas"]["name"], demo["areas"]["kind"]) if k == "focus"]
    k = demo["conclusions"]
    assert sorted(k["area"]) == sorted(focus) and all("Syntetisk" in t for t in k["text"])
    assert set(k["period_start"]) == {demo["meta"]["period_start"]}
    assert build_demo(seed=20231)["causes"] == c
