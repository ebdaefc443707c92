"""Demo: score the demo paths, a safe route from Kronogårds torg to the travel centre, compare the two walks."""

from qgis.core import QgsVectorLayer

ORDER = 50


def _styled(path, name, style):
    from trygghet.plugin_paths import style_path

    layer = QgsVectorLayer(path, name, "ogr")
    layer.loadNamedStyle(style_path(style))
    return layer


def run(demo):
    run_alg = demo.processing.run
    segments = demo.path("trygga_strak.gpkg")
    run_alg("trygghet:saferoutes", {
        "PATHS": demo.layer("paths"), "LAMPS": demo.layer("lamps"), "INCIDENTS": demo.layer("incidents"),
        "FINDINGS": demo.layer("walk_findings"), "OUTPUT": segments,
        "SUMMARY": demo.path("trygga_strak_per_strak.csv")})
    route = demo.path("tryggaste_vag.gpkg")
    result = run_alg("trygghet:safestroute", {
        "INPUT": segments, "START": "342430,6461970 [EPSG:3006]", "END": "341460,6463400 [EPSG:3006]",
        "RISK_WEIGHT": 2.0, "OUTPUT": route})
    overlay = demo.path("vandringar.gpkg")
    walks = run_alg("trygghet:walkoverlay", {
        "FINDINGS": demo.layer("walk_findings"), "SEGMENTS": segments, "AREAS": demo.layer("areas"),
        "HOTSPOTS": demo.layer("places"), "WALKS": demo.layer("walks"),
        "WALK_A": "Trygghetsvandring Kronogården 2025", "WALK_B": "Trygghetsvandring Kronogården 2026",
        "OUTPUT": overlay, "COMPARISON": demo.path("vandringar_jamforelse.gpkg")})
    demo.add_to_project("Trygga stråk och trygghetsvandringar", [
        _styled(walks["COMPARISON"], "Uppföljning 2025 → 2026", "walk_overlay"),
        _styled(walks["OUTPUT"], "Prioriterade iakttagelser", "walk_overlay"),
        _styled(route, "Tryggaste och kortaste vägen", "route"),
        _styled(segments, "Trygga stråk (index)", "saferoutes"),
    ])
    demo.record(segments, "scored path segments (trygga stråk)")
    demo.record(route, "safest {:.0f} m vs shortest {:.0f} m, Kronogårds torg → Resecentrum".format(
        result["SAFEST_LENGTH"], result["SHORTEST_LENGTH"]))
    demo.record(walks["COMPARISON"], "walk follow-up: persisting / fixed / new")
