"""Demo: hot-spot density of the last 12 months, the top 6 hot places and the patrol dosage at the demo places."""

import datetime as dt

from qgis.core import QgsRasterLayer, QgsVectorLayer

ORDER = 20


def run(demo):
    from trygghet.plugin_paths import style_path
    from trygghet.workspace.gpkg import read_meta

    meta = read_meta(demo.gpkg)
    end = dt.datetime.fromisoformat(str(meta.get("period_end", "2026-11-01"))[:10]) + dt.timedelta(days=1)
    start = end.replace(year=end.year - 1)
    period = {"TIME_FIELD": "occurred_at", "START": start.isoformat(), "END": end.isoformat()}

    density = demo.path("tathet_12man.tif")
    demo.processing.run("trygghet:hotspotdensity", dict(period, INPUT=demo.layer("incidents"), RADIUS=200.0,
                                                        PIXEL_SIZE=10.0, KERNEL=0, OUTPUT_VALUE=2,
                                                        MASK=demo.layer("areas"), OUTPUT=density))
    raster = QgsRasterLayer(density, "Täthet, händelser per km² och år (senaste 12 mån)", "gdal")
    demo.record(density, "hot-spot density, incidents per km² per year, last 12 months (styled sidecar .qml)")

    places_path = demo.path("hot_places.gpkg")
    demo.processing.run("trygghet:hotplaces", dict(period, INPUT=demo.layer("incidents"), COUNT=6,
                                                   PATHS=demo.layer("paths"), AREAS=demo.layer("areas"),
                                                   OUTPUT=places_path))
    places = QgsVectorLayer(places_path, "Förslag: hot spots för trygghetsrundor (topp 6)", "ogr")
    places.loadNamedStyle(style_path("hotplaces"))
    demo.record(places_path, "top 6 hot places with peak weekday and hours")

    dosage_path = demo.path("patrullering_dos.gpkg")
    demo.processing.run("trygghet:patroldosage", {
        "PLACES": demo.layer("places"), "VISITS": demo.layer("patrol_visits"), "INCIDENTS": demo.layer("incidents"),
        "OUTPUT": dosage_path})
    dosage = QgsVectorLayer(dosage_path, "Patrullering mot mål (grön/gul/röd)", "ogr")
    dosage.loadNamedStyle(style_path("dosage"))
    demo.record(dosage_path, "patrol dosage per demo place against 3 visits/week of 12 min")
    demo.add_to_project("Hot spots och trygghetsrundor", [dosage, places, raster])
