"""Demo: the printed lägesbild for Kronogården, Sylte and Lextorp against the rest of Trollhättan, in Swedish.

Its layout goes into the demo project's Layout Manager, so it opens in QGIS ready to adjust and print again."""

import datetime

ORDER = 60


def run(demo):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    from trygghet import i18n
    from trygghet.workspace.gpkg import read_meta

    end = datetime.date.fromisoformat(read_meta(demo.gpkg)["period_end"]) + datetime.timedelta(days=1)
    start = end.replace(year=end.year - 1)
    context = QgsProcessingContext()
    context.setProject(demo.project)
    translator = i18n.install_translator("sv")
    try:
        result = demo.processing.run("trygghet:exportlagesbild", {
            "WORKSPACE": demo.gpkg, "FOCUS_AREAS": "Kronogården;Sylte;Lextorp",
            "REFERENCE_AREAS": "Övriga Trollhättan", "CURRENT_START": start.isoformat(),
            "CURRENT_END": end.isoformat(), "REFERENCE_START": start.replace(year=start.year - 1).isoformat(),
            "REFERENCE_END": start.isoformat(), "MIN_COUNT": 5,
            "OUTPUT": demo.path("lagesbild-trollhattan.pdf")}, context=context, feedback=QgsProcessingFeedback())
    finally:
        i18n.remove_translator(translator)
    demo.record(result["OUTPUT"], "the lägesbild report, {} pages (also in the project's Layout Manager)".format(
        int(result["PAGES"])))
    demo.report = result["OUTPUT"]
