"""Demo: Gi* on the last 12 months of incidents and emerging hot spots over the 4 years, monthly."""

ORDER = 30


def run(demo):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer
    from trygghet.plugin_paths import style_path

    incidents = demo.layer("incidents")
    last_year = QgsProcessingFeatureSourceDefinition(incidents, selectedFeaturesOnly=False,
                                                     filterExpression="\"occurred_at\" >= '2025-11-01'")
    gi = demo.processing.run("trygghet:hotspotstatistics", {
        "INPUT": last_year, "CELL_SIZE": 150, "MASK": demo.layer("areas"),
        "OUTPUT": demo.path("hotspots_gi_12m.gpkg")})["OUTPUT"]
    ehsa = demo.processing.run("trygghet:emerginghotspots", {
        "INPUT": incidents, "TIME_FIELD": "occurred_at", "TIME_STEP": 1, "CELL_SIZE": 250,
        "OUTPUT": demo.path("emerging_hotspots.gpkg")})["OUTPUT"]
    layers = []
    for path, title, style in ((gi, "Hot spots (Gi*), senaste 12 månaderna", "hotspot_bins"),
                               (ehsa, "Framväxande hot spots (månadsvis, 4 år)", "emerging")):
        layer = QgsVectorLayer(path, title, "ogr")
        layer.loadNamedStyle(style_path(style))
        layers.append(layer)
    demo.add_to_project("Hot spots och trender", layers)
    demo.record(gi, "Gi* hot spots of the last 12 months (150 m cells, FDR), styled")
    demo.record(ehsa, "Emerging hot spot categories, monthly over 4 years (250 m cells), styled")
