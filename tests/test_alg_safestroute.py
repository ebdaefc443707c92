"""trygghet:safestroute against a brute-force search over every simple path of a small graph."""

import itertools
import math

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

# a 3 x 3 grid of nodes 100 m apart, with one diagonal; indices chosen to make detours worthwhile
NODES = {(i, j): (100.0 * i, 100.0 * j) for i in range(3) for j in range(3)}
EDGES = [((0, 0), (1, 0), 20), ((1, 0), (2, 0), 30), ((0, 1), (1, 1), 90), ((1, 1), (2, 1), 95),
         ((0, 2), (1, 2), 100), ((1, 2), (2, 2), 100), ((0, 0), (0, 1), 80), ((0, 1), (0, 2), 100),
         ((1, 0), (1, 1), 60), ((1, 1), (1, 2), 10), ((2, 0), (2, 1), 40), ((2, 1), (2, 2), 85),
         ((0, 0), (1, 1), 50)]


def segments_layer(edges=EDGES, gap=0.0):
    layer = QgsVectorLayer("LineString?crs=EPSG:3006&field=index:double&field=unlit_m:double", "s", "memory")
    feats = []
    for a, b, index in edges:
        (x0, y0), (x1, y1) = NODES[a], NODES[b]
        if gap and a == (0, 0) and b == (1, 0):
            x0 += gap  # this path stops short of the corner
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({x0} {y0}, {x1} {y1})"))
        f.setAttributes([float(index), 100.0 - index])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def brute_force(start, end, weight):
    """Every simple path from start to end; the one of least cost and the one of least length."""
    adj = {}
    for k, (a, b, _) in enumerate(EDGES):
        adj.setdefault(a, []).append((b, k))
        adj.setdefault(b, []).append((a, k))
    best = {"safe": (math.inf, None), "short": (math.inf, None)}

    def walk(node, seen, used):
        if node == end:
            length = sum(math.dist(NODES[EDGES[k][0]], NODES[EDGES[k][1]]) for k in used)
            cost = sum(math.dist(NODES[EDGES[k][0]], NODES[EDGES[k][1]]) * (1 + weight * (1 - EDGES[k][2] / 100))
                       for k in used)
            if cost < best["safe"][0] - 1e-9:
                best["safe"] = (cost, list(used))
            if length < best["short"][0] - 1e-9:
                best["short"] = (length, list(used))
            return
        for nxt, k in adj[node]:
            if nxt not in seen:
                walk(nxt, seen | {nxt}, used + [k])

    walk(start, {start}, [])
    return best


def stats(edges):
    length = sum(math.dist(NODES[EDGES[k][0]], NODES[EDGES[k][1]]) for k in edges)
    mean = sum(math.dist(NODES[EDGES[k][0]], NODES[EDGES[k][1]]) * EDGES[k][2] for k in edges) / length
    unlit = sum(100.0 - EDGES[k][2] for k in edges)
    return length, mean, unlit


def routes(out):
    return {f["route"]: f for f in out["OUTPUT"].getFeatures()}


@pytest.mark.parametrize("weight", [0.0, 1.0, 3.0, 10.0])
def test_matches_brute_force(run, weight):
    layer = segments_layer()
    for start, end in itertools.combinations([(0, 0), (2, 2), (2, 0), (0, 2)], 2):
        out = run("trygghet:safestroute", {"INPUT": layer, "START": "{},{} [EPSG:3006]".format(*NODES[start]),
                                           "END": "{},{} [EPSG:3006]".format(*NODES[end]), "RISK_WEIGHT": weight,
                                           "OUTPUT": "memory:"})
        best = brute_force(start, end, weight)
        got = routes(out)
        for name, key in (("safest", "safe"), ("shortest", "short")):
            length, mean, unlit = stats(best[key][1])
            assert got[name]["length_m"] == pytest.approx(length), (start, end, name)
            assert got[name]["mean_index"] == pytest.approx(mean), (start, end, name)
            assert got[name]["unlit_m"] == pytest.approx(unlit), (start, end, name)
            assert got[name].geometry().length() == pytest.approx(length)
        assert got["safest"]["cost"] == pytest.approx(best["safe"][0])


def test_crossing_and_snapping_are_joined_and_logged(run):
    # the path (0,0)-(1,0) stops 1.5 m short: with 2 m snapping the network is as before
    layer = segments_layer(gap=1.5)
    log = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    out = run("trygghet:safestroute", {"INPUT": layer, "START": "0,0 [EPSG:3006]", "END": "200,0 [EPSG:3006]",
                                       "RISK_WEIGHT": 0, "SNAP": 2, "OUTPUT": "memory:"}, feedback=Feedback())
    assert routes(out)["shortest"]["length_m"] == pytest.approx(198.5)
    # three ends meet at the corner (1.5, 0), (0, 0), (0, 0): the node is their mean (0.5, 0)
    assert any("moved 3 of 26 segment ends, at most 1.00 m" in line for line in log), log
    # two paths crossing in their middles (an X) are joined at the crossing
    x = QgsVectorLayer("LineString?crs=EPSG:3006&field=index:double", "x", "memory")
    feats = []
    for wkt, idx in (("LINESTRING(0 0, 100 100)", 90.0), ("LINESTRING(0 100, 100 0)", 40.0)):
        f = QgsFeature(x.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([idx])
        feats.append(f)
    x.dataProvider().addFeatures(feats)
    out = run("trygghet:safestroute", {"INPUT": x, "START": "0,0 [EPSG:3006]", "END": "100,0 [EPSG:3006]",
                                       "OUTPUT": "memory:"})
    r = routes(out)["shortest"]
    assert r["length_m"] == pytest.approx(100 * math.sqrt(2))
    assert r["mean_index"] == pytest.approx(65.0)


def test_off_network_and_disconnected(run):
    layer = segments_layer()
    with pytest.raises(QgsProcessingException, match="off the network"):
        run("trygghet:safestroute", {"INPUT": layer, "START": "0,0 [EPSG:3006]", "END": "900,900 [EPSG:3006]",
                                     "SEARCH_DISTANCE": 100, "OUTPUT": "memory:"})
    two = segments_layer(edges=[((0, 0), (1, 0), 50), ((0, 2), (1, 2), 50)])
    with pytest.raises(QgsProcessingException, match="not connected"):
        run("trygghet:safestroute", {"INPUT": two, "START": "0,0 [EPSG:3006]", "END": "0,200 [EPSG:3006]",
                                     "OUTPUT": "memory:"})
    points = QgsVectorLayer("Point?crs=EPSG:3006&field=index:double", "p", "memory")
    with pytest.raises(QgsProcessingException):
        run("trygghet:safestroute", {"INPUT": points, "START": "0,0 [EPSG:3006]", "END": "0,200 [EPSG:3006]",
                                     "OUTPUT": "memory:"})


# ---------------------------------------------------------------------------------------------------------------
# real-shaped networks: T-junctions, near misses, crossings without a shared vertex, tunnels


def _lines_layer(rows, fields="index:double&field=layer:integer"):
    layer = QgsVectorLayer(f"LineString?crs=EPSG:3006&field={fields}", "n", "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_t_junction_a_few_micrometres_off(run):
    layer = _lines_layer([("LINESTRING(0 0, 100 0)", [50.0, 0]), ("LINESTRING(50 0.00001, 50 100)", [50.0, 0])])
    log = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            log.append(info)

    out = run("trygghet:safestroute", {"INPUT": layer, "START": "0,0 [EPSG:3006]", "END": "50,100 [EPSG:3006]",
                                       "OUTPUT": "memory:"}, feedback=Feedback())
    assert out["SHORTEST_LENGTH"] == pytest.approx(150.0, abs=1e-4)
    assert routes(out)["shortest"].geometry().length() == pytest.approx(150.0, abs=1e-4)
    assert any("2 segments became 3 edges (1 segment ends joined to the side" in line for line in log), log


def test_tunnel_kept_apart_by_the_level_field(run):
    # a footway dives under the street in a tunnel (layer -1); crossing to it from the street is impossible,
    # so the route from the street's west end to the footway's south end goes round by the ramp at (100, 0)
    rows = [("LINESTRING(0 50, 100 50)", [100.0, 0]), ("LINESTRING(100 50, 100 0)", [100.0, 0]),
            ("LINESTRING(50 0, 50 30)", [100.0, 0]), ("LINESTRING(50 30, 50 70)", [100.0, -1]),
            ("LINESTRING(50 70, 50 100)", [100.0, 0]), ("LINESTRING(50 0, 100 0)", [100.0, 0])]
    layer = _lines_layer(rows)
    params = {"INPUT": layer, "START": "0,50 [EPSG:3006]", "END": "50,0 [EPSG:3006]", "OUTPUT": "memory:"}
    flat = run("trygghet:safestroute", dict(params, LEVEL_FIELD=None))
    assert flat["SHORTEST_LENGTH"] == pytest.approx(100.0)  # through the (wrong) crossing at (50, 50)
    out = run("trygghet:safestroute", dict(params, LEVEL_FIELD="layer"))
    assert out["SHORTEST_LENGTH"] == pytest.approx(100 + 50 + 50)
    # the tunnel itself is walkable end to end
    out = run("trygghet:safestroute", dict(params, START="50,0 [EPSG:3006]", END="50,100 [EPSG:3006]",
                                           LEVEL_FIELD="layer"))
    assert out["SHORTEST_LENGTH"] == pytest.approx(100.0)
    text = _lines_layer([("LINESTRING(0 0, 10 0)", [1.0, "bro"])], "index:double&field=layer:string")
    with pytest.raises(QgsProcessingException, match="level field 'layer' must hold numbers"):
        run("trygghet:safestroute", {"INPUT": text, "START": "0,0 [EPSG:3006]", "END": "10,0 [EPSG:3006]",
                                     "LEVEL_FIELD": "layer", "OUTPUT": "memory:"})


def _network_cases():
    import importlib.util
    import os

    spec = importlib.util.spec_from_file_location("network_cases", os.path.join(os.path.dirname(__file__),
                                                                                "network_cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [5, 6])
def test_real_shaped_grid_matches_an_independent_shortest_path(run, seed):
    import numpy as np

    cases = _network_cases()
    case = cases.street_grid(seed)
    weight = 2.0
    by_cost, by_length, point_node = cases.expected_distances(case, weight)
    rows = []
    for coords, level, risk in zip(case["coords"], case["levels"], case["risks"]):
        wkt = "LINESTRING({})".format(", ".join("{!r} {!r}".format(float(x), float(y)) for x, y in coords))
        rows.append((wkt, [100.0 * (1.0 - risk), int(level)]))
    layer = _lines_layer(rows)
    points = sorted(point_node)
    rng = np.random.default_rng(seed)
    checked = unreachable = 0
    for _ in range(12):
        a, b = rng.choice(len(points), 2, replace=False)
        pa, pb = points[a], points[b]
        params = {"INPUT": layer, "LEVEL_FIELD": "layer", "SNAP": 0.5, "RISK_WEIGHT": weight, "SEARCH_DISTANCE": 0.01,
                  "START": "{!r},{!r} [EPSG:3006]".format(float(case["xs"][pa[0]]), float(case["ys"][pa[1]])),
                  "END": "{!r},{!r} [EPSG:3006]".format(float(case["xs"][pb[0]]), float(case["ys"][pb[1]])),
                  "OUTPUT": "memory:"}
        want = by_cost[point_node[pa], point_node[pb]]
        if np.isinf(want):
            with pytest.raises(QgsProcessingException, match="not connected"):
                run("trygghet:safestroute", params)
            unreachable += 1
            continue
        out = run("trygghet:safestroute", params)
        got = routes(out)
        assert got["safest"]["cost"] == pytest.approx(want, abs=1e-3)
        assert out["SHORTEST_LENGTH"] == pytest.approx(by_length[point_node[pa], point_node[pb]], abs=1e-3)
        checked += 1
    assert checked >= 6
