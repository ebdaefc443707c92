"""trygghet:perceivedsafety through processing.run: a constructed town whose answer is known by construction (a
cluster of unsafe marks without incidents, one with both, one of incidents only), sparse cells, grid and area mode,
the table per area, and the workspace defaults."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)

CELL = 250.0
N = 12  # 12 x 12 cells over 0..3000 m


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)


def block(r0, c0):
    return [(r, c) for r in range(r0 - 1, r0 + 2) for c in range(c0 - 1, c0 + 2)]


A = block(2, 2)  # unsafe marks, no incidents anywhere near (rows and columns 0..4 are quiet)
B = block(6, 8)  # unsafe marks and many incidents
C = block(9, 3)  # many incidents, only marks that feel safe
QUIET = {(r, c) for r in range(5) for c in range(5)}


def town():
    """(incident cells, mark cells with feeling) as lists of (row, col[, feeling]) per point."""
    incidents, marks = [], []
    for r in range(N):
        for c in range(N):
            if (r, c) in B or (r, c) in C:
                incidents += [(r, c)] * 12
            elif (r, c) not in QUIET:
                incidents += [(r, c)] * (1 + (r + c) % 2)  # 1 or 2: background, too few to judge alone
    for cell in A:
        marks += [cell + (1,)] * (8 if cell == (2, 2) else 3)
    marks.append((2, 2, None))  # a mark without a feeling counts as unsafe
    for cell in B:
        marks += [cell + (2,)] * (6 if cell == (6, 8) else 3)
    marks += [(9, 3, 4)] * 5  # feels safe: not an unsafe mark
    return incidents, marks


def point_in(r, c, k):
    """A point inside cell (r, c), spread a little by k."""
    return c * CELL + 40 + (k * 37) % 170, r * CELL + 40 + (k * 53) % 170


def incident_layer(cells, crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=occurred_at:string", "incidents", "memory")
    feats = []
    for k, (r, c) in enumerate(cells):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*point_in(r, c, k))))
        f.setAttributes(["2025-0{}-15 21:00".format(1 + k % 9)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def mark_layer(marks):
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=feeling:integer", "marks", "memory")
    feats = []
    for k, (r, c, feeling) in enumerate(marks):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*point_in(r, c, k + 7))))
        f.setAttributes([feeling])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def halves():
    """Two study-area polygons with names: Väst (x < 1500) and Öst."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string", "areas", "memory")
    feats = []
    for name, x0 in (("Väst", 0.0), ("Öst", 1500.0)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, 0, x0 + 1500, N * CELL)))
        f.setAttributes([name])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def square_areas():
    """The grid's cells as 144 named polygons (for area mode)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string", "areas", "memory")
    feats = []
    for r in range(N):
        for c in range(N):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(c * CELL, r * CELL, (c + 1) * CELL, (r + 1) * CELL)))
            f.setAttributes(["r{}c{}".format(r, c)])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def cell_of(feature):
    p = feature.geometry().centroid().asPoint()
    return int(p.y() // CELL), int(p.x() // CELL)


def params(**extra):
    incidents, marks = town()
    base = {"INCIDENTS": incident_layer(incidents), "MARKS": mark_layer(marks), "MASK": halves(),
            "CELL_SIZE": CELL, "PERMUTATIONS": 999, "SEED": 3, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    base.update(extra)
    return base


@pytest.fixture(scope="module")
def grid_result(run):
    feedback = LogFeedback()
    result = run("trygghet:perceivedsafety", params(), feedback=feedback)
    return result, feedback


def test_the_four_classes_of_a_constructed_town(grid_result):
    result, feedback = grid_result
    out = result["OUTPUT"]
    assert out.featureCount() == N * N
    cells = {cell_of(f): f for f in out.getFeatures()}
    incidents, marks = town()
    for cell, f in cells.items():
        assert f["incidents"] == incidents.count(cell)
        assert f["marks"] == sum(1 for m in marks if m[:2] == cell)
        assert f["unsafe_marks"] == sum(1 for m in marks if m[:2] == cell and (m[2] is None or m[2] <= 2))
    assert cells[(9, 3)]["marks"] == 5 and cells[(9, 3)]["unsafe_marks"] == 0
    assert cells[(2, 2)]["unsafe_marks"] == 9  # eight frightened and one without a feeling
    # the centres, by construction
    assert cells[(2, 2)]["class"] == "unsafe_low_crime" and cells[(2, 2)]["quadrant"] == "HL"
    assert cells[(6, 8)]["class"] == "unsafe_crime" and cells[(6, 8)]["quadrant"] == "HH"
    assert cells[(9, 3)]["class"] == "safe_crime" and cells[(9, 3)]["quadrant"] == "LH"
    for cell in ((2, 2), (6, 8), (9, 3)):
        assert cells[cell]["p_sim"] <= 0.002
    # every cell of each block: marks alone → unsafe with few crimes; both → unsafe and crime-exposed; incidents
    # alone → safe but crime-exposed
    assert all(cells[c]["class"] == "unsafe_low_crime" for c in A)
    assert all(cells[c]["class"] == "unsafe_crime" for c in B)
    assert all(cells[c]["class"] == "safe_crime" for c in C)
    # everything else has fewer than 3 marks and incidents: too few to judge
    others = [f for cell, f in cells.items() if cell not in A + B + C]
    assert all(f["class"] == "sparse" and f["incidents"] + f["marks"] < 3 for f in others)
    labels = {f["class"]: f["class_label"] for f in out.getFeatures()}
    assert labels == {"unsafe_low_crime": "Unsafe but few reported crimes", "unsafe_crime": "Unsafe and crime-exposed",
                      "safe_crime": "Safe but crime-exposed", "sparse": "Too few to judge"}
    log = "\n".join(feedback.lines)
    assert "Unsafe and crime-exposed: 9 of 144." in log and "Too few to judge: 117 of 144." in log


def test_the_table_per_area(grid_result):
    result, _ = grid_result
    rows = {f["area"]: f for f in result["OUTPUT_TABLE"].getFeatures()}
    assert sorted(rows) == ["Väst", "Öst"]
    incidents, marks = town()
    for name, cols in (("Väst", range(0, 6)), ("Öst", range(6, 12))):
        row = rows[name]
        assert row["cells"] == N * 6
        assert row["incidents"] == sum(1 for r, c in incidents if c in cols)
        assert row["marks"] == sum(1 for r, c, _ in marks if c in cols)
    assert (rows["Väst"]["unsafe_low_crime"], rows["Väst"]["safe_crime"], rows["Väst"]["unsafe_crime"]) == (9, 9, 0)
    assert (rows["Öst"]["unsafe_low_crime"], rows["Öst"]["safe_crime"], rows["Öst"]["unsafe_crime"]) == (0, 0, 9)
    assert rows["Väst"]["unsafe_marks"] == 9 + 8 * 3 and rows["Öst"]["unsafe_marks"] == 6 + 8 * 3
    assert rows["Väst"]["sparse"] + rows["Väst"]["no_pattern"] == 72 - 18


def test_area_mode_equals_the_grid(run, grid_result):
    result, _ = grid_result
    grid = {cell_of(f): f["class"] for f in result["OUTPUT"].getFeatures()}
    out = run("trygghet:perceivedsafety", params(AREAS=square_areas(), MASK=None))
    areas = {cell_of(f): (f["class"], f["area"]) for f in out["OUTPUT"].getFeatures()}
    assert {cell: cls for cell, (cls, _) in areas.items()} == grid
    assert areas[(2, 2)][1] == "r2c2"
    table = {f["area"]: f for f in out["OUTPUT_TABLE"].getFeatures()}
    assert len(table) == N * N and table["r6c8"]["unsafe_crime"] == 1 and table["r6c8"]["incidents"] == 12


def test_sparse_threshold_and_no_marks(run):
    # with a minimum of 0 no cell is too few to judge
    out = run("trygghet:perceivedsafety", params(MIN_COUNT=0, PERMUTATIONS=199))["OUTPUT"]
    assert not any(f["class"] == "sparse" for f in out.getFeatures())
    # no marks at all: the run still gives the map, with a warning, and nothing is classed as a pattern
    feedback = LogFeedback()
    empty = mark_layer([])
    out = run("trygghet:perceivedsafety", params(MARKS=empty), feedback=feedback)["OUTPUT"]
    assert {f["class"] for f in out.getFeatures()} <= {"no_pattern", "sparse"}
    assert any("no unsafe dialogue marks" in line for line in feedback.lines)


def test_clear_errors(run):
    with pytest.raises(QgsProcessingException, match="Choose the dialogue marks and the incidents"):
        incidents, _ = town()
        run("trygghet:perceivedsafety", {"INCIDENTS": incident_layer(incidents), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="at least 10 are needed"):
        run("trygghet:perceivedsafety", params(CELL_SIZE=1400.0))


def test_workspace_defaults(run, demo_workspace):
    feedback = LogFeedback()
    result = run("trygghet:perceivedsafety", {"INCIDENTS": demo_workspace + "|layername=incidents",
                                              "PERMUTATIONS": 99, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"},
                 feedback=feedback)
    assert any("“dialog_marks” is used" in line for line in feedback.lines)
    assert any("workspace's 4 areas are used" in line for line in feedback.lines)
    areas = QgsVectorLayer(demo_workspace + "|layername=areas", "areas", "ogr")
    names = sorted(f["name"] for f in areas.getFeatures())
    table = sorted(f["area"] for f in result["OUTPUT_TABLE"].getFeatures())
    assert table == names or table == sorted(names + ["Outside the areas"])
    total = sum(f["incidents"] for f in result["OUTPUT_TABLE"].getFeatures())
    assert total == sum(f["incidents"] for f in result["OUTPUT"].getFeatures()) > 0
