"""The Trollhättan demo as a QGIS project: the demo workspace, its styled layers grouped in the project, and on
request the analyses on top (density, hot places, patrol dosage, Gi*, emerging hot spots, lägesbild, safe paths,
the report). ``make demo`` (scripts/demo.py) and the menu action "Create demo workspace" both build it here.

Layer order: the point layers a user acts on (measures, walk findings) stay on top; analysis groups go below them,
and analysis fills are drawn semi-transparent so that the base data shows through.
"""

import datetime
import os

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ..i18n import tr
from ..plugin_paths import style_path
from .gpkg import read_meta
from .project import ACTION_GROUPS, add_group, build_project

ANALYSIS_OPACITY = 0.7  # analysis fills over the base map


class DemoProject:
    """What the analysis steps need: the workspace, the output folder, ``processing``, the project, a record."""

    def __init__(self, out, gpkg, project, processing, feedback=None, context=None):
        self.out = out
        self.gpkg = gpkg
        self.project = project
        self.processing = processing
        self.feedback = feedback
        self.context = context
        self.made = []
        self.report = None  # the lägesbild PDF, written by the last step
        self.analysis_groups = 0

    def layer(self, name):
        return "{}|layername={}".format(self.gpkg, name)

    def path(self, name):
        return os.path.join(self.out, name)

    def record(self, path, what):
        self.made.append((path, what))

    def run(self, algorithm, parameters):
        if self.feedback is not None and self.feedback.isCanceled():
            raise RuntimeError(tr("Cancelled"))
        context = self.context
        if context is None:
            context = QgsProcessingContext()
            context.setProject(self.project)
        return self.processing.run(algorithm, parameters, context=context,
                                   feedback=self.feedback or QgsProcessingFeedback())

    def add_group(self, title, layers, opacity=ANALYSIS_OPACITY, first=False):
        """An analysis group below the layers a user acts on (after the analysis groups before it, or ``first`` of
        them); fills semi-transparent."""
        layers = [lyr for lyr in layers if lyr is not None and lyr.isValid()]
        for lyr in layers:
            lyr.setOpacity(opacity)
        position = len(ACTION_GROUPS) + (0 if first else self.analysis_groups)
        self.analysis_groups += 1
        return add_group(self.project, title, layers, position=position)


def create_demo(folder, project, processing, analyses=False, feedback=None, title=None, on_step=None):
    """Create ``trygghet-demo.gpkg`` and ``trygghet-demo.qgz`` in ``folder`` and fill ``project`` (cleared first).
    With ``analyses`` run the analyses and add their layers too (a minute or more). An existing workspace there is
    never overwritten: the caller chooses a new folder. Returns the DemoProject (``made``: what was written)."""
    os.makedirs(folder, exist_ok=True)
    gpkg = os.path.join(folder, "trygghet-demo.gpkg")
    qgz = os.path.join(folder, "trygghet-demo.qgz")
    result = processing.run("trygghet:createdemoworkspace", {"OUTPUT": gpkg},
                            feedback=feedback or QgsProcessingFeedback())
    meta = read_meta(gpkg)
    build_project(gpkg, qgz, title or tr("Trygghet – demo Trollhättan (synthetic data)"), meta.get("demo_note", ""),
                  banner=tr("Demo: synthetic data, approximate area boundaries"), project=project)
    demo = DemoProject(folder, gpkg, project, processing, feedback)
    demo.record(gpkg, "demo workspace, {} incidents".format(int(result["INCIDENTS"])))
    if analyses:
        for step in STEPS:
            if on_step is not None:
                on_step(step)
            step(demo)
    if not project.write(qgz):
        raise RuntimeError(project.error())
    demo.record(qgz, "QGIS project over the workspace and the analyses")
    demo.qgz = qgz
    return demo


def _period(demo):
    end = datetime.date.fromisoformat(str(read_meta(demo.gpkg).get("period_end", "2026-10-31"))[:10]) + \
        datetime.timedelta(days=1)
    return end.replace(year=end.year - 1), end


def _styled(path, name, style):
    layer = QgsVectorLayer(path, name, "ogr")
    layer.loadNamedStyle(style_path(style))
    return layer


def density_and_places(demo):
    """Hot-spot density of the last 12 months, the top 6 hot places and the patrol dosage at the demo places."""
    start, end = _period(demo)
    period = {"TIME_FIELD": "occurred_at", "START": start.isoformat(), "END": end.isoformat()}
    density = demo.path("tathet_12man.tif")
    demo.run("trygghet:hotspotdensity", dict(period, INPUT=demo.layer("incidents"), RADIUS=200.0, PIXEL_SIZE=10.0,
                                             KERNEL=0, OUTPUT_VALUE=2, MASK=demo.layer("areas"), OUTPUT=density))
    raster = QgsRasterLayer(density, tr("Density, incidents per km² and year (last 12 months)"), "gdal")
    demo.record(density, "hot-spot density, incidents per km² per year, last 12 months (styled sidecar .qml)")
    places_path = demo.path("hot_places.gpkg")
    demo.run("trygghet:hotplaces", dict(period, INPUT=demo.layer("incidents"), COUNT=6, PATHS=demo.layer("paths"),
                                        AREAS=demo.layer("areas"), OUTPUT=places_path))
    places = _styled(places_path, tr("Suggested hot spots for patrols (top 6)"), "hotplaces")
    demo.record(places_path, "top 6 hot places with peak weekday and hours")
    dosage_path = demo.path("patrullering_dos.gpkg")
    demo.run("trygghet:patroldosage", {"PLACES": demo.layer("places"), "VISITS": demo.layer("patrol_visits"),
                                       "INCIDENTS": demo.layer("incidents"), "OUTPUT": dosage_path})
    dosage = _styled(dosage_path, tr("Patrols against target (green/yellow/red)"), "dosage")
    demo.record(dosage_path, "patrol dosage per demo place against 3 visits/week of 12 min")
    demo.add_group(tr("Hot spots and patrols: analyses"), [dosage, places, raster])


def significance(demo):
    """Gi* on the last 12 months of incidents and emerging hot spots over the 4 years, monthly."""
    start, _end = _period(demo)
    last_year = QgsProcessingFeatureSourceDefinition(
        demo.layer("incidents"), selectedFeaturesOnly=False,
        filterExpression="\"occurred_at\" >= '{}'".format(start.isoformat()))
    gi = demo.run("trygghet:hotspotstatistics", {"INPUT": last_year, "CELL_SIZE": 150, "MASK": demo.layer("areas"),
                                                 "OUTPUT": demo.path("hotspots_gi_12m.gpkg")})["OUTPUT"]
    ehsa = demo.run("trygghet:emerginghotspots", {"INPUT": demo.layer("incidents"), "TIME_FIELD": "occurred_at",
                                                  "TIME_STEP": 1, "CELL_SIZE": 250,
                                                  "OUTPUT": demo.path("emerging_hotspots.gpkg")})["OUTPUT"]
    demo.add_group(tr("Hot spots and trends"), [
        _styled(gi, tr("Hot spots (Gi*), last 12 months"), "hotspot_bins"),
        _styled(ehsa, tr("Emerging hot spots (monthly, 4 years)"), "emerging")])
    demo.record(gi, "Gi* hot spots of the last 12 months (150 m cells, FDR), styled")
    demo.record(ehsa, "Emerging hot spot categories, monthly over 4 years (250 m cells), styled")


def lagesbild(demo):
    """The areas against the rest of Trollhättan (last 12 months vs the 12 before), the temporal pattern per area,
    the Excel/CSV table and the chart images."""
    start, end = _period(demo)
    ref_start = start.replace(year=start.year - 1)
    summary = demo.run("trygghet:areasummary", {
        "INPUT": demo.layer("incidents"), "AREAS": demo.layer("areas"),
        "CURRENT_START": start.isoformat(), "CURRENT_END": end.isoformat(),
        "REFERENCE_START": ref_start.isoformat(), "REFERENCE_END": start.isoformat(),
        "REFERENCE_AREAS": "Övriga Trollhättan", "MIN_COUNT": 5,
        "OUTPUT": demo.path("lagesbild_omraden.gpkg"), "OUTPUT_MAP": demo.path("lagesbild_karta.gpkg"),
        "OUTPUT_FILE": demo.path("lagesbild.xlsx")})
    charts = demo.run("trygghet:temporalpattern", {
        "INPUT": demo.layer("incidents"), "AREAS": demo.layer("areas"),
        "AREA_NAMES": "Kronogården;Sylte;Lextorp;Övriga Trollhättan",
        "START": ref_start.isoformat(), "END": end.isoformat(), "MIN_COUNT": 5,
        "OUTPUT_WEEKDAY_HOUR": demo.path("tidsmonster_veckodag_timme.gpkg"),
        "OUTPUT_MONTH_YEAR": demo.path("tidsmonster_manad_ar.gpkg"), "CHART_FOLDER": demo.path("diagram")})
    demo.add_group(tr("Situation picture {start} – {end}").format(
        start=start.isoformat(), end=(end - datetime.timedelta(days=1)).isoformat()), [
        _styled(summary["OUTPUT_MAP"], tr("Situation picture: incidents per 1,000 residents against the town"),
                "area_summary"),
        QgsVectorLayer(summary["OUTPUT"], tr("Situation picture per area and category"), "ogr"),
        QgsVectorLayer(charts["OUTPUT_WEEKDAY_HOUR"], tr("Temporal pattern: weekday × hour"), "ogr"),
        QgsVectorLayer(charts["OUTPUT_MONTH_YEAR"], tr("Temporal pattern: month × year"), "ogr")])
    demo.record(summary["OUTPUT_MAP"], "area summary map (all categories), {} suppressed cells".format(
        int(summary["SUPPRESSED"])))
    demo.record(summary["OUTPUT"], "area summary table, one row per area and category")
    demo.record(summary["OUTPUT_FILE"], "area summary for coordinators (Excel, or CSV without an Excel writer)")
    for path in charts["CHARTS"]:
        demo.record(path, "temporal pattern chart")


def safe_paths(demo):
    """Score the demo paths, a safe route from Kronogårds torg to the travel centre, compare the two walks."""
    segments = demo.path("trygga_strak.gpkg")
    demo.run("trygghet:saferoutes", {
        "PATHS": demo.layer("paths"), "LAMPS": demo.layer("lamps"), "INCIDENTS": demo.layer("incidents"),
        "FINDINGS": demo.layer("walk_findings"), "OUTPUT": segments,
        "SUMMARY": demo.path("trygga_strak_per_strak.csv")})
    route = demo.path("tryggaste_vag.gpkg")
    result = demo.run("trygghet:safestroute", {
        "INPUT": segments, "START": "342430,6461970 [EPSG:3006]", "END": "341460,6463400 [EPSG:3006]",
        "RISK_WEIGHT": 2.0, "OUTPUT": route})
    overlay = demo.path("vandringar.gpkg")
    walks = demo.run("trygghet:walkoverlay", {
        "FINDINGS": demo.layer("walk_findings"), "SEGMENTS": segments, "AREAS": demo.layer("areas"),
        "HOTSPOTS": demo.layer("places"), "WALKS": demo.layer("walks"),
        "WALK_A": "Trygghetsvandring Kronogården 2025", "WALK_B": "Trygghetsvandring Kronogården 2026",
        "OUTPUT": overlay, "COMPARISON": demo.path("vandringar_jamforelse.gpkg")})
    demo.add_group(tr("Safe paths and safety walks"), [
        _styled(walks["COMPARISON"], tr("Follow-up 2025 → 2026"), "walk_overlay"),
        _styled(walks["OUTPUT"], tr("Prioritized findings"), "walk_overlay"),
        _styled(route, tr("Safest and shortest route"), "route"),
        _styled(segments, tr("Safe paths (index)"), "saferoutes")], opacity=1.0, first=True)
    demo.record(segments, "scored path segments (trygga stråk)")
    demo.record(route, "safest {:.0f} m vs shortest {:.0f} m, Kronogårds torg → Resecentrum".format(
        result["SAFEST_LENGTH"], result["SHORTEST_LENGTH"]))
    demo.record(walks["COMPARISON"], "walk follow-up: persisting / fixed / new")


def report(demo):
    """The printed lägesbild for Kronogården, Sylte and Lextorp; its layout goes into the project's Layout Manager."""
    start, end = _period(demo)
    context = QgsProcessingContext()
    context.setProject(demo.project)
    demo.context, saved = context, demo.context
    try:
        result = demo.run("trygghet:exportlagesbild", {
            "WORKSPACE": demo.gpkg, "FOCUS_AREAS": "Kronogården;Sylte;Lextorp",
            "REFERENCE_AREAS": "Övriga Trollhättan", "CURRENT_START": start.isoformat(),
            "CURRENT_END": end.isoformat(), "REFERENCE_START": start.replace(year=start.year - 1).isoformat(),
            "REFERENCE_END": start.isoformat(), "MIN_COUNT": 5, "OUTPUT": demo.path("lagesbild-trollhattan.pdf")})
    finally:
        demo.context = saved
    demo.record(result["OUTPUT"], "the lägesbild report, {} pages (also in the project's Layout Manager)".format(
        int(result["PAGES"])))
    demo.report = result["OUTPUT"]


STEPS = (density_and_places, significance, lagesbild, safe_paths, report)
