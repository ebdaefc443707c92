"""Demo: lägesbild for Kronogården, Sylte and Lextorp against the rest of Trollhättan (last 12 months vs the 12
months before), the temporal pattern per area over those 24 months, the Excel/CSV table and the chart images."""

import datetime

ORDER = 40


def run(demo):
    from qgis.core import QgsVectorLayer
    from trygghet.plugin_paths import style_path
    from trygghet.workspace.gpkg import read_meta

    end = datetime.date.fromisoformat(read_meta(demo.gpkg)["period_end"]) + datetime.timedelta(days=1)
    start = end.replace(year=end.year - 1)
    ref_start = start.replace(year=start.year - 1)
    summary = demo.processing.run("trygghet:areasummary", {
        "INPUT": demo.layer("incidents"), "AREAS": demo.layer("areas"),
        "CURRENT_START": start.isoformat(), "CURRENT_END": end.isoformat(),
        "REFERENCE_START": ref_start.isoformat(), "REFERENCE_END": start.isoformat(),
        "REFERENCE_AREAS": "Övriga Trollhättan", "MIN_COUNT": 5,
        "OUTPUT": demo.path("lagesbild_omraden.gpkg"), "OUTPUT_MAP": demo.path("lagesbild_karta.gpkg"),
        "OUTPUT_FILE": demo.path("lagesbild.xlsx"),
    })
    charts = demo.processing.run("trygghet:temporalpattern", {
        "INPUT": demo.layer("incidents"), "AREAS": demo.layer("areas"),
        "AREA_NAMES": "Kronogården;Sylte;Lextorp;Övriga Trollhättan",
        "START": ref_start.isoformat(), "END": end.isoformat(), "MIN_COUNT": 5,
        "OUTPUT_WEEKDAY_HOUR": demo.path("tidsmonster_veckodag_timme.gpkg"),
        "OUTPUT_MONTH_YEAR": demo.path("tidsmonster_manad_ar.gpkg"),
        "CHART_FOLDER": demo.path("diagram"),
    })
    karta = QgsVectorLayer(summary["OUTPUT_MAP"], "Lägesbild: händelser per 1 000 inv. jämfört med kommunen", "ogr")
    karta.loadNamedStyle(style_path("area_summary"))
    tabell = QgsVectorLayer(summary["OUTPUT"], "Lägesbild per område och kategori", "ogr")
    wh = QgsVectorLayer(charts["OUTPUT_WEEKDAY_HOUR"], "Tidsmönster: veckodag × timme", "ogr")
    my = QgsVectorLayer(charts["OUTPUT_MONTH_YEAR"], "Tidsmönster: månad × år", "ogr")
    demo.add_to_project(f"Lägesbild {start.isoformat()} – {(end - datetime.timedelta(days=1)).isoformat()}",
                        [karta, tabell, wh, my])
    demo.record(summary["OUTPUT_MAP"], "area summary map (all categories), {} suppressed cells".format(
        int(summary["SUPPRESSED"])))
    demo.record(summary["OUTPUT"], "area summary table, one row per area and category")
    demo.record(summary["OUTPUT_FILE"], "area summary for coordinators (Excel, or CSV without an Excel writer)")
    for path in charts["CHARTS"]:
        demo.record(path, "temporal pattern chart")
