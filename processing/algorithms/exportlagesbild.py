"""trygghet:exportlagesbild — the print-ready lägesbild: a PDF atlas with a cover page and pages per focus area."""

import os
import shutil

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeedback,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import report
from ...i18n import N_, tr
from ...report import analysis as report_analysis
from ...report import data as report_data
from ...report import lagesbild
from ...report import layout as rl
from .. import lagesbild_sections as sections
from ..base import TrygghetAlgorithm, datetime_param
from ..lagesbild_sections import perceived_map as perceived_map_cells
from ..numbers import say
from ..reader import read_area_polygons, read_points_with_times, split_names

WORKSPACE_LAYERS = {"AREAS": "areas", "INCIDENTS": "incidents", "MEASURES": "measures", "PROMISES": "promises",
                    "PATHS": "paths", "PLACES": "places"}


class ExportLagesbild(TrygghetAlgorithm):
    NAME = "exportlagesbild"
    DISPLAY_NAME = "Lägesbild report (PDF)"
    GROUP = "lagesbild"
    HELP = (
        "The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the "
        "focus areas' key figures, method and sources with the disclosure statement) and three pages per focus area, "
        "four when its analysis needs a second page "
        "(map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures "
        "with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; "
        "weekday × hour and month × year charts; emerging hot spot patterns; the development over time: the "
        "Mann–Kendall trend over the full calendar years in words and numbers and a yearly index chart against the "
        "reference area; the conclusions; the cause analysis: the problems with their triangles, numbered causes "
        "and the measures that answer each; the area's measures with status and follow-up colour; the "
        "medborgarlöften and their progress; a forecast of the coming twelve months with its interval and "
        "back-tested skill; perceived safety from surveys, citizen dialogues and safety walks), and with RISK_MAP a "
        "further page with the risk map's top areas for planning the coming weeks' patrols.\n\n"
        "The conclusions are the workspace's row for the area whose period shares the most days with the current "
        "period (ties: the later period end, then the later edit); a row without a period is used when no dated "
        "row overlaps. A problem is shown when its period overlaps the reference and current periods, or it has "
        "no period; a problem without an area belongs to the area its point lies in.\n\n"
        "Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart "
        "folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from "
        "1 to MIN_COUNT−1 print as '<5', counts hidden only so that another cannot be worked out print as '..', "
        "and values derived from them as '–'; no map shows single incidents.\n\n"
        "The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout "
        "Designer and give it as TEMPLATE. From the conclusions on, the blocks follow one another down two columns "
        "and are placed by the export for each area, so that no page is left half empty: their places in the "
        "template are not used. The layout is also added to the project's Layout Manager, with its data in the "
        "folder <report>_underlag next to the PDF, so it can be adjusted and exported by hand."
    )

    WORKSPACE = "WORKSPACE"
    AREAS = "AREAS"
    INCIDENTS = "INCIDENTS"
    MEASURES = "MEASURES"
    PROMISES = "PROMISES"
    PATHS = "PATHS"
    PLACES = "PLACES"
    CURRENT_START = "CURRENT_START"
    CURRENT_END = "CURRENT_END"
    REFERENCE_START = "REFERENCE_START"
    REFERENCE_END = "REFERENCE_END"
    FOCUS_AREAS = "FOCUS_AREAS"
    REFERENCE_AREAS = "REFERENCE_AREAS"
    MIN_COUNT = "MIN_COUNT"
    DENSITY = "DENSITY"
    HOTSPOTS = "HOTSPOTS"
    SUMMARY = "SUMMARY"
    CHART_FOLDER = "CHART_FOLDER"
    EMERGING = "EMERGING"
    TEMPLATE = "TEMPLATE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    LAYOUT_NAME = "LAYOUT_NAME"
    DATA_FOLDER = "DATA_FOLDER"

    def flags(self):
        # layouts and the project's layer tree live in the main thread
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        add(help_param(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace"), extension="gpkg", optional=True),
                       "A Trygghet workspace (GeoPackage). Its layers are used where no layer is given below."))
        vector, point, polygon, line = (QgsProcessing.SourceType.TypeVector, QgsProcessing.SourceType.TypeVectorPoint,
                                        QgsProcessing.SourceType.TypeVectorPolygon,
                                        QgsProcessing.SourceType.TypeVectorLine)
        for name, label, types, text in (
                (self.AREAS, N_("Areas"), [polygon], "Areas with name, kind (focus/reference) and population."),
                (self.INCIDENTS, N_("Incidents"), [point], "Incident points with occurred_at and category."),
                (self.MEASURES, N_("Measures"), [vector], "The measures register (field area names the area)."),
                (self.PROMISES, N_("Medborgarlöften"), [vector], "The medborgarlöften with their area."),
                (self.PATHS, N_("Paths"), [line], "Paths drawn on the area maps."),
                (self.PLACES, N_("Hot places"), [polygon], "Hot places for patrols, drawn on the area maps.")):
            add(help_param(QgsProcessingParameterVectorLayer(name, tr(label), types, optional=True), text))
        for name, label, text in (
                (self.CURRENT_START, N_("Current period from"), "Included. Empty: 12 months before its end."),
                (self.CURRENT_END, N_("Current period until"), "Not included. Empty: the day after the last incident."),
                (self.REFERENCE_START, N_("Reference period from"), "Included. Empty: as long as the current period."),
                (self.REFERENCE_END, N_("Reference period until"), "Not included. Empty: the current period's start.")):
            add(help_param(QgsProcessingParameterDateTime(name, tr(label), optional=True), text))
        add(help_param(QgsProcessingParameterString(self.FOCUS_AREAS, tr("Focus areas"), "", optional=True),
                       "Area names separated by ';', one section each. Empty: the areas of kind 'focus'."))
        add(help_param(QgsProcessingParameterString(self.REFERENCE_AREAS, tr("Reference area(s)"), "", optional=True),
                       "Area names separated by ';'. Empty: the areas of kind 'reference'."))
        add(help_param(QgsProcessingParameterNumber(self.MIN_COUNT, tr("Minimum count to publish (k)"),
                                                    QgsProcessingParameterNumber.Type.Integer, 5, minValue=0),
                       "Counts from 1 to k−1 print as '<k'. 0 or 1 turns disclosure control off (internal use only)."))
        add(help_param(QgsProcessingParameterRasterLayer(self.DENSITY, tr("Hot-spot density"), optional=True),
                       "A density raster (trygghet:hotspotdensity) for the maps. Empty: computed for the current "
                       "period."))
        add(help_param(QgsProcessingParameterVectorLayer(self.HOTSPOTS, tr("Hot spots (Gi*)"), [polygon],
                                                         optional=True),
                       "Gi* cells (trygghet:hotspotstatistics), drawn when no density raster is given."))
        add(help_param(QgsProcessingParameterVectorLayer(self.SUMMARY, tr("Area summary"), [vector], optional=True),
                       "The table of trygghet:areasummary for the same periods. Empty: computed."))
        add(help_param(QgsProcessingParameterFile(self.CHART_FOLDER, tr("Chart folder"),
                                                  QgsProcessingParameterFile.Behavior.Folder, optional=True),
                       "The chart folder of trygghet:temporalpattern. Empty: the charts are drawn."))
        add(help_param(QgsProcessingParameterVectorLayer(self.EMERGING, tr("Emerging hot spots"), [polygon],
                                                         optional=True),
                       "Cells of trygghet:emerginghotspots. Empty: computed monthly over all incidents."))
        add(help_param(QgsProcessingParameterFile(self.TEMPLATE, tr("Report template"), extension="qpt",
                                                  optional=True),
                       "A QGIS layout template (.qpt) with the report's items. Empty: the shipped template."))
        add(help_param(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Report (PDF)"), tr("PDF (*.pdf)")),
                       "The PDF. Its data goes to the folder <name>_underlag beside it."))
        sections.init_parameters(self)  # forecast, perceived safety, patrol planning
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout")))
        self.addOutput(QgsProcessingOutputFile(self.DATA_FOLDER, tr("Report data folder")))

    # --- inputs -------------------------------------------------------------------------------------------------
    def _layers(self, parameters, context):
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        if workspace and not os.path.isfile(workspace):
            self.fail(say(tr("The workspace {} does not exist."), workspace))
        layers = {}
        for key, name in {**WORKSPACE_LAYERS, **sections.LAYERS}.items():
            layer = None
            if parameters.get(key) not in (None, ""):
                layer = self.parameterAsVectorLayer(parameters, key, context)
                if layer is None or not layer.isValid():
                    self.fail(tr("The layer given as {} could not be read.").format(key))
            elif workspace:
                candidate = QgsVectorLayer("{}|layername={}".format(workspace, name), name, "ogr")
                if candidate.isValid():
                    layer = candidate
            layers[key] = layer
        for key in ("AREAS", "INCIDENTS"):
            if layers[key] is None:
                self.fail(tr("Give a workspace or the {} layer.").format(tr(WORKSPACE_LAYERS[key])))
        meta = {}
        if workspace:
            from ...workspace.gpkg import read_meta

            meta = read_meta(workspace)
        return workspace, layers, meta

    def _child(self, algorithm_id, parameters, context, feedback):
        import processing

        # processing.run logs the results as a raw Python dict: the step's own log says what it made
        return processing.run(algorithm_id, parameters, context=context, feedback=WithoutResultDict(feedback),
                              is_child_algorithm=True)

    # --- the run ------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        steps = QgsProcessingMultiStepFeedback(8, feedback)
        project = context.project() or QgsProject.instance()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            self.fail(tr("Choose where to write the report (PDF)."))
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        data_dir = output[:-4] + "_underlag"
        if not report_data.is_data_folder_or_new(data_dir):
            self.fail(tr("The folder {} exists and is not the data folder of an earlier report; choose another "
                         "name for the PDF.").format(data_dir))
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or lagesbild.TEMPLATE_DEFAULT
        workspace, layers, meta = self._layers(parameters, context)
        k = self.parameterAsInt(parameters, self.MIN_COUNT, context)

        feedback.setProgressText(tr("Reading the areas and incidents…"))
        areas_layer, incidents_layer = layers["AREAS"], layers["INCIDENTS"]
        crs = self.metric_crs(incidents_layer.crs(), feedback)
        for field in ("occurred_at", "category"):
            if incidents_layer.fields().indexOf(field) < 0:
                self.fail(tr("The incident layer has no field '{}'.").format(field))
        for field in ("name", "kind", "population"):
            if areas_layer.fields().indexOf(field) < 0:
                self.fail(tr("The areas layer has no field '{}'.").format(field))
        area_params = {self.AREAS: areas_layer, self.INCIDENTS: incidents_layer}
        (rings, ring_ids, geoms, names, kinds), focus, reference = self._areas(parameters, context, feedback, crs,
                                                                             area_params)
        try:
            layout = rl.load_template(template, project, tr("Lägesbild"))
        except rl.TemplateError as err:
            self.fail(str(err))

        table, times = read_points_with_times(self, area_params, self.INCIDENTS, context, feedback, crs,
                                              "occurred_at", ("category",) + (("source",) if
                                              incidents_layer.fields().indexOf("source") >= 0 else ()))
        periods = self._periods(parameters, context, times)
        self.check_cancel(feedback)

        report_data.fresh_data_folder(project, data_dir)
        partial = output + ".part"
        try:
            pages = self._build(parameters, context, feedback, steps, project, layout, layers, meta, workspace,
                                crs, (rings, ring_ids, geoms, names, kinds), focus, reference, k, periods,
                                (table, times), data_dir, partial)
            os.replace(partial, output)
        except BaseException:
            report_data.discard_data_folder(project, data_dir, partial)
            raise
        feedback.pushInfo(say(tr("Wrote the report {} ({} pages)."), output, pages))
        return {self.OUTPUT: output, self.PAGES: pages, self.LAYOUT_NAME: layout.name(), self.DATA_FOLDER: data_dir}

    def _areas(self, parameters, context, feedback, crs, area_params):
        """The areas ((rings, ring ids, geometries, names, kinds)), the focus areas and the reference areas."""
        rings, ring_ids, geoms, values = read_area_polygons(self, area_params, self.AREAS, context, feedback, crs,
                                                            ["name", "kind", "population"])
        names = [str(v) for v in values["name"]]
        kinds = [str(v) for v in values["kind"]]
        focus = split_names(self.parameterAsString(parameters, self.FOCUS_AREAS, context)) or \
            [n for n, kind in zip(names, kinds) if kind == "focus"]
        reference = split_names(self.parameterAsString(parameters, self.REFERENCE_AREAS, context)) or \
            [n for n, kind in zip(names, kinds) if kind == "reference"]
        if not focus:
            self.fail(tr("Choose the focus areas: none were named and no area has kind 'focus'."))
        if not reference:
            self.fail(tr("Choose the reference area(s): no names were given and no area has kind 'reference'."))
        unknown = [a for a in focus + reference if a not in names]
        if unknown:
            self.fail(say(tr("These areas are not in the areas layer: {}"), ", ".join(unknown)))
        return (rings, ring_ids, geoms, names, kinds), focus, reference

    def _periods(self, parameters, context, times):
        """The current and reference periods as ISO text, defaulting from the latest incident."""
        from ...core.lagesbild import default_periods

        if np.isnat(times).all():
            self.fail(say(tr("No incident has a valid time in the field '{}'."), "occurred_at"))
        latest = times[~np.isnat(times)].max()
        c_start, c_end, r_start, r_end = default_periods(*(
            [latest] + [datetime_param(self, parameters, p, context) for p in
                        (self.CURRENT_START, self.CURRENT_END, self.REFERENCE_START, self.REFERENCE_END)]))
        if not c_end > c_start or not r_end > r_start:
            self.fail(tr("Each period must start before it ends."))
        return {"CURRENT_START": lagesbild.iso(c_start), "CURRENT_END": lagesbild.iso(c_end),
                "REFERENCE_START": lagesbild.iso(r_start), "REFERENCE_END": lagesbild.iso(r_end)}

    def _build(self, parameters, context, feedback, steps, project, layout, layers, meta, workspace, crs, area_info,
               focus, reference, k, periods, incidents, data_dir, partial):
        rings, ring_ids, geoms, names, kinds = area_info
        areas_layer, incidents_layer = layers["AREAS"], layers["INCIDENTS"]
        gpkg = os.path.join(data_dir, "underlag.gpkg")
        decimal = tr("1.5")[1]  # the reader's decimal separator: "1,5" in Swedish

        # 1 area summary
        steps.setCurrentStep(1)
        feedback.setProgressText(tr("Area summary…"))
        summary, used_summary = self._summary(parameters, context, steps, layers, periods, focus, reference, k)
        self.check_cancel(feedback)

        # 2 charts
        steps.setCurrentStep(2)
        feedback.setProgressText(tr("Charts…"))
        charts = self._charts(parameters, context, steps, layers, periods, focus, k, data_dir)
        self.check_cancel(feedback)

        # 3 the map's hot-spot layer
        steps.setCurrentStep(3)
        feedback.setProgressText(tr("Hot-spot density…"))
        hot_layer, map_method = self._hot_layer(parameters, context, steps, incidents_layer, areas_layer, periods,
                                                data_dir, gpkg)
        perceived_map = perceived_map_cells(self, parameters, context, steps, layers, data_dir)
        self.check_cancel(feedback)

        # 4 emerging hot spots
        steps.setCurrentStep(4)
        feedback.setProgressText(tr("Emerging hot spots…"))
        emerging = self._emerging(parameters, context, steps, layers, crs, (rings, ring_ids, names))
        self.check_cancel(feedback)

        # 5 measures and promises
        steps.setCurrentStep(5)
        measures = report_data.frame(layers["MEASURES"])
        promises = report_data.frame(layers["PROMISES"])

        sections = report_analysis.build(report_analysis.read_workspace(workspace, crs, context), measures,
                                         incidents, (rings, ring_ids, names), focus, reference, periods, k,
                                         os.path.join(data_dir, "diagram"), decimal)

        # 6 the report's tables
        steps.setCurrentStep(6)
        feedback.setProgressText(tr("Writing the report data…"))
        extra = self._sections(parameters, context, steps, layers, crs, area_info, focus, reference, k, periods,
                               incidents, data_dir, gpkg, decimal)
        for area, fields in extra.page_fields.items():
            sections["pages"].setdefault(area, {}).update(fields)
        saved = lagesbild.write_report_data(gpkg, crs, context, layers, periods, (geoms, names, kinds), focus,
                                           reference, summary, charts, emerging, measures, promises, decimal,
                                           sections)
        self.check_cancel(feedback)

        # 7 the layout
        steps.setCurrentStep(7)
        feedback.setProgressText(tr("Laying out the report…"))
        texts = lagesbild.texts(meta, workspace, layers, periods, focus, reference, k, *incidents, rings, ring_ids,
                                map_method, used_summary, measures, promises)
        left_out = lagesbild.lay_out(project, layout, gpkg, saved, hot_layer, texts, feedback, extra, perceived_map)

        # 8 export
        steps.setCurrentStep(8)
        feedback.setProgressText(tr("Exporting the PDF…"))
        try:
            return rl.export_pdf(layout, partial, steps, left_out)
        except RuntimeError as err:
            self.fail(tr("The PDF could not be written: {}").format(str(err)))

    def _sections(self, parameters, context, feedback, layers, crs, area_info, focus, reference, k, periods,
                  incidents, data_dir, gpkg, decimal):
        """The forecast, perceived-safety and patrol-planning sections (processing/lagesbild_sections.py)."""
        from ...report import sections as report_sections

        rings, ring_ids, geoms, names, _kinds = area_info
        feedback.setProgressText(tr("Forecasts, perceived safety and patrol planning…"))
        forecasts = sections.forecasts(self, parameters, context, incidents, rings, ring_ids, names, focus, periods)
        perceived = sections.perceived(self, context, layers, crs, rings, ring_ids, names, focus, reference, k)
        patrol = sections.patrol(self, parameters, context, feedback, layers, crs, incidents, geoms, names, focus,
                                 periods, k, data_dir)
        return report_sections.build(gpkg, crs, context, data_dir, focus, reference, decimal, k, forecasts,
                                     perceived, patrol)

    def _summary(self, parameters, context, steps, layers, periods, focus, reference, k):
        """The area summary (given, or computed for the periods) and how it was obtained."""
        if parameters.get(self.SUMMARY) not in (None, ""):
            summary = report_data.summary_frame(self.parameterAsVectorLayer(parameters, self.SUMMARY, context))
            if summary is None:
                self.fail(say(tr("The area summary lacks the fields {}."), ", ".join(report_data.SUMMARY_FIELDS)))
            used_summary = tr("the given area summary")
        else:
            result = self._child("trygghet:areasummary", dict(
                periods, INPUT=layers["INCIDENTS"], AREAS=layers["AREAS"], REFERENCE_AREAS=";".join(reference),
                MIN_COUNT=k, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MAP=None), context, steps)
            summary = report_data.summary_frame(QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context))
            used_summary = tr("computed for these periods")
        missing = [a for a in focus + reference if a not in set(summary["area"])]
        if missing:
            self.fail(say(tr("The area summary has no rows for: {}"), ", ".join(missing)))
        return summary, used_summary

    def _charts(self, parameters, context, steps, layers, periods, focus, k, data_dir):
        """{focus area: [weekday × hour chart, month × year chart]} in the data folder (given or drawn)."""
        chart_dir = os.path.join(data_dir, "diagram")
        if parameters.get(self.CHART_FOLDER) not in (None, ""):
            given = self.parameterAsFile(parameters, self.CHART_FOLDER, context)
            shutil.copytree(given, chart_dir)
        else:
            self._child("trygghet:temporalpattern", {
                "INPUT": layers["INCIDENTS"], "AREAS": layers["AREAS"], "AREA_NAMES": ";".join(focus),
                "START": periods["REFERENCE_START"], "END": periods["CURRENT_END"], "MIN_COUNT": k, "FORMAT": 0,
                "OUTPUT_WEEKDAY_HOUR": "TEMPORARY_OUTPUT", "OUTPUT_MONTH_YEAR": "TEMPORARY_OUTPUT",
                "CHART_FOLDER": chart_dir}, context, steps)
        charts = {}
        for area in focus:
            found = [report_data.chart_path(chart_dir, prefix, area) for prefix in ("veckodag_timme", "manad_ar")]
            if None in found:
                self.fail(tr("The chart folder has no charts for {}.").format(area))
            charts[area] = found
        return charts

    def _emerging(self, parameters, context, steps, layers, crs, areas):
        """{area: [(pattern, cells)]} from the given emerging hot spots, or computed monthly over all incidents."""
        rings, ring_ids, names = areas
        if parameters.get(self.EMERGING) not in (None, ""):
            emerging_layer = self.parameterAsVectorLayer(parameters, self.EMERGING, context)
        else:
            result = self._child("trygghet:emerginghotspots", {
                "INPUT": layers["INCIDENTS"], "TIME_FIELD": "occurred_at", "TIME_STEP": 1, "CELL_SIZE": 250,
                "MASK": layers["AREAS"], "OUTPUT": "TEMPORARY_OUTPUT"}, context, steps)
            emerging_layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        if emerging_layer is None or emerging_layer.fields().indexOf("category") < 0:
            self.fail(tr("The emerging hot spots lack the field 'category'."))
        codes, ex, ey = report_data.centroids(emerging_layer, crs, context)
        return report.emerging_per_area(codes, ex, ey, rings, ring_ids, names)

    def _hot_layer(self, parameters, context, feedback, incidents_layer, areas_layer, periods, data_dir, gpkg):
        """The hot-spot layer of the maps, stored in the report's data folder: (path or uri, kind)."""
        from ..styles import write_density_style

        density = os.path.join(data_dir, "tathet.tif")
        if parameters.get(self.DENSITY) not in (None, ""):
            raster = self.parameterAsRasterLayer(parameters, self.DENSITY, context)
            if raster is None or not raster.isValid():
                self.fail(tr("The density raster could not be read."))
            from osgeo import gdal

            gdal.Translate(density, raster.source(), format="GTiff", creationOptions=["COMPRESS=DEFLATE"])
            method = tr("the given hot-spot density")
        elif parameters.get(self.HOTSPOTS) not in (None, ""):
            cells = self.parameterAsVectorLayer(parameters, self.HOTSPOTS, context)
            return ("gi", report_data.copy_layer(cells, gpkg, "hotspots", cells.crs(), context)), \
                tr("Getis-Ord Gi* hot spots (the given cells)")
        else:
            self._child("trygghet:hotspotdensity", {
                "INPUT": incidents_layer, "TIME_FIELD": "occurred_at", "START": periods["CURRENT_START"],
                "END": periods["CURRENT_END"], "RADIUS": 200.0, "PIXEL_SIZE": 10.0, "KERNEL": 0, "OUTPUT_VALUE": 2,
                "MASK": areas_layer, "OUTPUT": density}, context, feedback)
            method = tr("kernel density (quartic, radius 200 m, 10 m cells) of the current period, per km² and "
                        "year")
        raster = QgsRasterLayer(density, "density", "gdal")
        if not raster.isValid():
            self.fail(tr("The density raster could not be read."))
        stats = raster.dataProvider().bandStatistics(1)
        write_density_style(density, density[:-4] + ".qml", stats.maximumValue)
        return ("density", density), method


class WithoutResultDict(QgsProcessingFeedback):
    """Passes a child step's log on to ``parent``, except the line processing.run adds with the results as a raw
    Python dict ("Results: {'OUTPUT': ...}")."""

    def __init__(self, parent):
        super().__init__()
        self.parent = parent
        self.prefix = QCoreApplication.translate("Processing", "Results: {}").split("{")[0]
        self.progressChanged.connect(parent.setProgress)
        parent.canceled.connect(self.cancel)

    def pushInfo(self, info):  # noqa: N802
        if not (self.prefix and info.startswith(self.prefix + "{")):
            self.parent.pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.parent.pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.parent.reportError(error, fatalError)

    def setProgressText(self, text):  # noqa: N802
        self.parent.setProgressText(text)

    def pushCommandInfo(self, info):  # noqa: N802
        self.parent.pushCommandInfo(info)

    def pushDebugInfo(self, info):  # noqa: N802
        self.parent.pushDebugInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802
        self.parent.pushConsoleInfo(info)
