"""Real-shaped street networks for the network tests, and the graph each must give, built independently.

A street grid with random spacing and missing blocks is drawn the way real data is drawn: every street is one
straight two-point line over several blocks, so streets cross without a shared vertex and a street that stops
ends on the side of another (a T-junction), a few micrometres short of it or past it. Some streets are broken
into two lines that meet end to end, some north-south lines are tunnels (level -1), and some T-ends stop 3 m
short of the side street (a near miss above the tolerance).

The expected graph does not use the code under test: its nodes are (grid point, line) pairs, joined at a grid
point by the rule "ends that meet always connect; a crossing or a T connects when the levels are equal"; its
edges are the blocks of each line, costed length x (1 + weight x risk of the line). All-pairs shortest paths
come from Floyd-Warshall.
"""

import numpy as np

PULL = 3.0  # metres a near-miss end stops short of the side street
OFFSET = 1e-5  # metres a T-end misses the side street by (short or past it)


def street_grid(seed, n=7, drop=0.15, tunnel_share=0.3, break_share=0.3, pull_share=0.2):
    rng = np.random.default_rng(seed)
    xs = np.concatenate([[0.0], np.cumsum(rng.uniform(20, 80, n))]) + 340000.0
    ys = np.concatenate([[0.0], np.cumsum(rng.uniform(20, 80, n))]) + 6460000.0
    h = rng.random((n, n + 1)) > drop  # block (i, j)-(i+1, j)
    v = rng.random((n + 1, n)) > drop  # block (i, j)-(i, j+1)
    runs = []  # (grid points along the line, vertical?)
    for j in range(n + 1):
        i = 0
        while i < n:
            if h[i, j]:
                a = i
                while i < n and h[i, j]:
                    i += 1
                runs.append(([(k, j) for k in range(a, i + 1)], False))
            else:
                i += 1
    for i in range(n + 1):
        j = 0
        while j < n:
            if v[i, j]:
                a = j
                while j < n and v[i, j]:
                    j += 1
                runs.append(([(i, k) for k in range(a, j + 1)], True))
            else:
                j += 1
    lines = []  # dicts: pts (grid points), vertical, level, risk
    for pts, vertical in runs:
        level = -1.0 if vertical and rng.random() < tunnel_share else 0.0
        if len(pts) > 2 and rng.random() < break_share:
            cut = int(rng.integers(1, len(pts) - 1))
            parts = [pts[:cut + 1], pts[cut:]]
        else:
            parts = [pts]
        for part in parts:
            lines.append({"pts": part, "vertical": vertical, "level": level, "risk": float(rng.random())})
    # who is at each grid point, as an end or in the interior
    at = {}
    for k, line in enumerate(lines):
        for pos, p in enumerate(line["pts"]):
            at.setdefault(p, []).append((k, pos in (0, len(line["pts"]) - 1)))
    # pull back some T-ends (an end alone at its point, on the side of a line of the same level)
    pulled = set()
    for k, line in enumerate(lines):
        for pos in (0, len(line["pts"]) - 1):
            p = line["pts"][pos]
            others = [(m, end) for m, end in at[p] if m != k]
            if others and all(not end for _, end in others) and rng.random() < pull_share:
                pulled.add((k, pos))
    # coordinates: ends miss by OFFSET (short or past), pulled ends stop PULL short
    coords, levels, risks = [], [], []
    for k, line in enumerate(lines):
        pts = line["pts"]
        xy = np.array([(xs[i], ys[j]) for i, j in pts], dtype=float)
        axis = 1 if line["vertical"] else 0
        direction = np.sign(xy[-1, axis] - xy[0, axis])
        ends = np.array([xy[0], xy[-1]])
        for e, pos in enumerate((0, len(pts) - 1)):
            inward = direction if e == 0 else -direction
            shift = PULL if (k, pos) in pulled else OFFSET * rng.choice([-1.0, 1.0])
            ends[e, axis] += inward * shift
        coords.append(ends)
        levels.append(line["level"])
        risks.append(line["risk"])
    return {"xs": xs, "ys": ys, "lines": lines, "coords": coords, "levels": levels, "risks": np.array(risks),
            "at": at, "pulled": pulled}


def expected_graph(case, weight):
    """Nodes, edge list (a, b, length, cost) and the node each grid point maps to when all there is joined."""
    xs, ys, lines, at, pulled = case["xs"], case["ys"], case["lines"], case["at"], case["pulled"]
    ids = {}

    def node(key):
        return ids.setdefault(key, len(ids))

    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    def union(a, b):
        parent[find(a)] = find(b)

    edges = []
    for k, line in enumerate(lines):
        pts = line["pts"]
        last = len(pts) - 1
        for pos in range(last):
            p, q = pts[pos], pts[pos + 1]
            length = float(np.hypot(xs[q[0]] - xs[p[0]], ys[q[1]] - ys[p[1]]))
            a = node((p, k)) if (k, pos) not in pulled else node(("pulled", k, pos))
            b = node((q, k)) if (k, pos + 1) not in pulled else node(("pulled", k, pos + 1))
            if (k, pos) in pulled:
                length -= PULL
            if (k, pos + 1) in pulled:
                length -= PULL
            edges.append((a, b, length, length * (1.0 + weight * line["risk"])))
    point_node = {}
    for p, members in at.items():
        live = [(k, end) for k, end in members
                if not (end and (k, 0 if lines[k]["pts"][0] == p else len(lines[k]["pts"]) - 1) in pulled)]
        for x in range(len(live)):
            for y in range(x + 1, len(live)):
                (ka, ea), (kb, eb) = live[x], live[y]
                if (ea and eb) or lines[ka]["level"] == lines[kb]["level"]:
                    union(node((p, ka)), node((p, kb)))
        roots = {find(node((p, k))) for k, _ in live}
        if len(roots) == 1 and len(live) == len(members) and (len(live) > 1 or live[0][1]):
            point_node[p] = node((p, live[0][0]))
    comp = {}
    label = np.array([comp.setdefault(find(i), len(comp)) for i in range(len(ids))], dtype=np.int64)
    return label, len(comp), edges, {p: label[i] for p, i in point_node.items()}


def floyd_warshall(n, edges, column):
    dist = np.full((n, n), np.inf)
    np.fill_diagonal(dist, 0.0)
    for e in edges:
        a, b, w = e[0], e[1], e[column]
        if w < dist[a, b]:
            dist[a, b] = dist[b, a] = w
    for k in range(n):
        dist = np.minimum(dist, dist[:, k:k + 1] + dist[k:k + 1, :])
    return dist


def expected_distances(case, weight):
    """(distances by cost, distances by length, grid point -> node) of the independent graph."""
    label, n, edges, point_node = expected_graph(case, weight)
    edges = [(label[a], label[b], length, cost) for a, b, length, cost in edges]
    return floyd_warshall(n, edges, 3), floyd_warshall(n, edges, 2), point_node
