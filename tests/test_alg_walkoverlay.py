"""trygghet:walkoverlay: nearest segment, priority and the walk-to-walk follow-up against hand-worked cases."""

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer


def memory(kind, fields, rows):
    layer = QgsVectorLayer("{}?crs=EPSG:3006&{}".format(kind, "&".join("field=" + f for f in fields)), "m", "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


FINDINGS = [  # earlier walk A, later walk B
    ("POINT(10 5)", ["a1", "A", "belysning", 3]),  # persists (b1 is 4 m away)
    ("POINT(50 -8)", ["a2", "A", "klotter", 1]),  # fixed (b2 has another category)
    ("POINT(90 2)", ["a3", "A", "vegetation", 2]),  # fixed (b3 is 30 m away)
    ("POINT(10 9)", ["b1", "B", "belysning", 2]),
    ("POINT(50 -8)", ["b2", "B", "nedskrapning", 2]),  # new
    ("POINT(90 32)", ["b3", "B", "vegetation", 2]),  # new
]


def test_overlay_and_comparison(run):
    findings = memory("Point", ["uuid:string", "walk_uuid:string", "category:string", "severity:integer"], FINDINGS)
    segments = memory("LineString", ["path_name:string"], [("LINESTRING(0 0, 100 0)", ["Södra"]),
                                                          ("LINESTRING(0 40, 100 40)", ["Norra"])])
    areas = memory("Polygon", ["name:string"], [("POLYGON((0 -20, 60 -20, 60 20, 0 20, 0 -20))", ["Väst"])])
    hot = memory("Polygon", ["name:string"], [("POLYGON((0 0, 20 0, 20 20, 0 20, 0 0))", ["H"])])
    walks = memory("Point", ["uuid:string", "name:string"], [("POINT(0 0)", ["A", "Höst 2025"]),
                                                            ("POINT(0 0)", ["B", "Höst 2026"])])
    out = run("trygghet:walkoverlay", {"FINDINGS": findings, "SEGMENTS": segments, "AREAS": areas, "HOTSPOTS": hot,
                                       "WALKS": walks, "WALK_A": "Höst 2025", "WALK_B": "B", "DISTANCE": 20,
                                       "OUTPUT": "memory:", "COMPARISON": "memory:"})
    rows = {f["finding_uuid"]: f for f in out["OUTPUT"].getFeatures()}
    assert rows["a1"]["path_name"] == "Södra" and rows["a1"]["distance_m"] == pytest.approx(5.0)
    assert rows["b3"]["path_name"] == "Norra" and rows["b3"]["distance_m"] == pytest.approx(8.0)
    assert rows["a1"]["area"] == "Väst" and rows["a3"]["area"] in (None, "") or rows["a3"]["area"].isNull()
    # priority = severity x recurrence (walks with the same category within 20 m) x 2 in a hot spot
    assert rows["a1"]["recurrence"] == 2 and rows["a1"]["in_hotspot"]
    assert rows["a1"]["priority"] == pytest.approx(3 * 2 * 2)
    assert rows["b1"]["priority"] == pytest.approx(2 * 2 * 2)
    assert rows["a3"]["priority"] == pytest.approx(2) and rows["a2"]["priority"] == pytest.approx(1)
    ordered = [f["priority"] for f in out["OUTPUT"].getFeatures()]
    assert ordered == sorted(ordered, reverse=True)
    status = {f["finding_uuid"]: f["status"] for f in out["COMPARISON"].getFeatures()}
    assert status == {"a1": "persisting", "a2": "fixed", "a3": "fixed", "b1": "persisting", "b2": "new",
                      "b3": "new"}


def test_bad_inputs(run):
    findings = memory("Point", ["uuid:string", "walk_uuid:string", "category:string", "severity:integer"], FINDINGS)
    with pytest.raises(QgsProcessingException, match="both walks"):
        run("trygghet:walkoverlay", {"FINDINGS": findings, "WALK_A": "A", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="no findings"):
        run("trygghet:walkoverlay", {"FINDINGS": findings, "WALK_A": "A", "WALK_B": "Z", "OUTPUT": "memory:"})
    empty = memory("Point", ["walk_uuid:string", "category:string"], [])
    with pytest.raises(QgsProcessingException, match="empty"):
        run("trygghet:walkoverlay", {"FINDINGS": empty, "OUTPUT": "memory:"})


def test_demo_walks(run, demo_workspace):
    out = run("trygghet:walkoverlay", {"FINDINGS": demo_workspace + "|layername=walk_findings",
                                       "WALKS": demo_workspace + "|layername=walks",
                                       "WALK_A": "Trygghetsvandring Kronogården 2025",
                                       "WALK_B": "Trygghetsvandring Kronogården 2026",
                                       "OUTPUT": "memory:", "COMPARISON": "memory:"})
    counts = {}
    for f in out["COMPARISON"].getFeatures():
        counts[f["status"]] = counts.get(f["status"], 0) + 1
    # the demo plants 8 persisting, 12 fixed and 10 new findings
    assert counts == {"persisting": 16, "fixed": 12, "new": 10}
