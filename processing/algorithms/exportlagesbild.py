"""trygghet:exportlagesbild — the print-ready lägesbild: a PDF atlas with a cover page and pages per focus area."""

import datetime
import os
import shutil

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
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
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import report, vocabulary
from ...i18n import N_, tr
from ...plugin_paths import LAYOUTS, style_path
from .. import report_layout as rl
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import make_field
from .areasummary import read_area_polygons, read_points_with_times, split_names

TEMPLATE_DEFAULT = os.path.join(LAYOUTS, "lagesbild.qpt")
MARKER = ".lagesbild-underlag"
WORKSPACE_LAYERS = {"AREAS": "areas", "INCIDENTS": "incidents", "MEASURES": "measures", "PROMISES": "promises",
                    "PATHS": "paths", "PLACES": "places"}
EMERGING_LABELS = {
    "new_hot": N_("New hot spot"), "consecutive_hot": N_("Consecutive hot spot"),
    "intensifying_hot": N_("Intensifying hot spot"), "persistent_hot": N_("Persistent hot spot"),
    "diminishing_hot": N_("Diminishing hot spot"), "sporadic_hot": N_("Sporadic hot spot"),
    "oscillating_hot": N_("Oscillating hot spot"), "historical_hot": N_("Historical hot spot"),
    "new_cold": N_("New cold spot"), "consecutive_cold": N_("Consecutive cold spot"),
    "intensifying_cold": N_("Intensifying cold spot"), "persistent_cold": N_("Persistent cold spot"),
    "diminishing_cold": N_("Diminishing cold spot"), "sporadic_cold": N_("Sporadic cold spot"),
    "oscillating_cold": N_("Oscillating cold spot"), "historical_cold": N_("Historical cold spot"),
}
STATUS_LABELS = dict(vocabulary.KINDS["status"])  # English source labels, shown through tr()
FOLLOW_UP_LABELS = dict(vocabulary.KINDS["follow_up"])
FOLLOW_UP_COLOURS = vocabulary.FOLLOW_UP_CELL_COLOURS
CATEGORY_LABELS = dict(vocabulary.KINDS["incident_category"])
SUMMARY_FIELDS = ("area", "category", "n_current_text", "n_reference_text", "rate_current", "ratio_reference_area",
                  "change_pct", "change_p")


class ExportLagesbild(TrygghetAlgorithm):
    NAME = "exportlagesbild"
    DISPLAY_NAME = "Lägesbild report (PDF)"
    GROUP = "lagesbild"
    HELP = (
        "The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the "
        "focus areas' key figures, method and sources with the disclosure statement) and two pages per focus area "
        "(map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures "
        "with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; "
        "weekday × hour and month × year charts; emerging hot spot patterns; the area's measures with status and "
        "follow-up colour; the medborgarlöften and their progress).\n\n"
        "Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart "
        "folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from "
        "1 to MIN_COUNT−1 print as '<5' and values derived from them as '–'; no map shows single incidents.\n\n"
        "The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout "
        "Designer and give it as TEMPLATE. The layout is also added to the project's Layout Manager, with its data "
        "in the folder <report>_underlag next to the PDF, so it can be adjusted and exported by hand."
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
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, tr("Pages")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout")))
        self.addOutput(QgsProcessingOutputFile(self.DATA_FOLDER, tr("Report data folder")))

    # --- inputs -------------------------------------------------------------------------------------------------
    def _layers(self, parameters, context):
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        if workspace and not os.path.isfile(workspace):
            self.fail(tr("The workspace {} does not exist.").format(workspace))
        layers = {}
        for key, name in WORKSPACE_LAYERS.items():
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
        from ...core.lagesbild import default_periods

        steps = QgsProcessingMultiStepFeedback(8, feedback)
        project = context.project() or QgsProject.instance()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output:
            self.fail(tr("Choose where to write the report (PDF)."))
        if not output.lower().endswith(".pdf"):
            output += ".pdf"
        data_dir = output[:-4] + "_underlag"
        if os.path.exists(data_dir) and not os.path.exists(os.path.join(data_dir, MARKER)):
            self.fail(tr("The folder {} exists and is not the data folder of an earlier report; choose another "
                         "name for the PDF.").format(data_dir))
        template = self.parameterAsFile(parameters, self.TEMPLATE, context) or TEMPLATE_DEFAULT
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
            self.fail(tr("These areas are not in the areas layer: {}").format(", ".join(unknown)))
        try:
            layout = rl.load_template(template, project, tr("Lägesbild"))
        except rl.TemplateError as err:
            self.fail(str(err))

        table, times = read_points_with_times(self, area_params, self.INCIDENTS, context, feedback, crs,
                                              "occurred_at", ("source",) if
                                              incidents_layer.fields().indexOf("source") >= 0 else ())
        if np.isnat(times).all():
            self.fail(tr("No incident has a valid time in the field '{}'.").format("occurred_at"))
        latest = times[~np.isnat(times)].max()
        c_start, c_end, r_start, r_end = default_periods(*(
            [latest] + [datetime_param(self, parameters, p, context) for p in
                        (self.CURRENT_START, self.CURRENT_END, self.REFERENCE_START, self.REFERENCE_END)]))
        if not c_end > c_start or not r_end > r_start:
            self.fail(tr("Each period must start before it ends."))
        periods = {"CURRENT_START": _iso(c_start), "CURRENT_END": _iso(c_end),
                   "REFERENCE_START": _iso(r_start), "REFERENCE_END": _iso(r_end)}
        self.check_cancel(feedback)

        if os.path.exists(data_dir):
            _forget_layers(project, data_dir)
            shutil.rmtree(data_dir)
        os.makedirs(data_dir)
        open(os.path.join(data_dir, MARKER), "w").close()
        partial = output + ".part"
        try:
            pages = self._build(parameters, context, feedback, steps, project, layout, layers, meta, workspace,
                                crs, (rings, ring_ids, geoms, names, kinds), focus, reference, k, periods,
                                (table, times), data_dir, partial)
            os.replace(partial, output)
        except BaseException:
            _forget_layers(project, data_dir)
            shutil.rmtree(data_dir, ignore_errors=True)
            if os.path.exists(partial):
                os.remove(partial)
            raise
        feedback.pushInfo(tr("Wrote the report {} ({} pages).").format(output, pages))
        return {self.OUTPUT: output, self.PAGES: pages, self.LAYOUT_NAME: layout.name(), self.DATA_FOLDER: data_dir}

    def _build(self, parameters, context, feedback, steps, project, layout, layers, meta, workspace, crs, area_info,
               focus, reference, k, periods, incidents, data_dir, partial):
        rings, ring_ids, geoms, names, kinds = area_info
        areas_layer, incidents_layer = layers["AREAS"], layers["INCIDENTS"]
        gpkg = os.path.join(data_dir, "underlag.gpkg")
        decimal = tr("1.5")[1]  # the reader's decimal separator: "1,5" in Swedish

        # 1 area summary
        steps.setCurrentStep(1)
        feedback.setProgressText(tr("Area summary…"))
        if parameters.get(self.SUMMARY) not in (None, ""):
            summary = _summary_frame(self.parameterAsVectorLayer(parameters, self.SUMMARY, context))
            if summary is None:
                self.fail(tr("The area summary lacks the fields {}.").format(", ".join(SUMMARY_FIELDS)))
            used_summary = tr("the given area summary")
        else:
            result = self._child("trygghet:areasummary", dict(
                periods, INPUT=incidents_layer, AREAS=areas_layer, REFERENCE_AREAS=";".join(reference), MIN_COUNT=k,
                OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MAP=None), context, steps)
            summary = _summary_frame(QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context))
            used_summary = tr("computed for these periods")
        missing = [a for a in focus + reference if a not in set(summary["area"])]
        if missing:
            self.fail(tr("The area summary has no rows for: {}").format(", ".join(missing)))
        self.check_cancel(feedback)

        # 2 charts
        steps.setCurrentStep(2)
        feedback.setProgressText(tr("Charts…"))
        chart_dir = os.path.join(data_dir, "diagram")
        if parameters.get(self.CHART_FOLDER) not in (None, ""):
            given = self.parameterAsFile(parameters, self.CHART_FOLDER, context)
            shutil.copytree(given, chart_dir)
        else:
            self._child("trygghet:temporalpattern", {
                "INPUT": incidents_layer, "AREAS": areas_layer, "AREA_NAMES": ";".join(focus),
                "START": periods["REFERENCE_START"], "END": periods["CURRENT_END"], "MIN_COUNT": k, "FORMAT": 0,
                "OUTPUT_WEEKDAY_HOUR": "TEMPORARY_OUTPUT", "OUTPUT_MONTH_YEAR": "TEMPORARY_OUTPUT",
                "CHART_FOLDER": chart_dir}, context, steps)
        charts = {}
        for area in focus:
            found = [_chart(chart_dir, prefix, area) for prefix in ("veckodag_timme", "manad_ar")]
            if None in found:
                self.fail(tr("The chart folder has no charts for {}.").format(area))
            charts[area] = found
        self.check_cancel(feedback)

        # 3 the map's hot-spot layer
        steps.setCurrentStep(3)
        feedback.setProgressText(tr("Hot-spot density…"))
        hot_layer, map_method = self._hot_layer(parameters, context, steps, incidents_layer, areas_layer, periods,
                                                data_dir, gpkg)
        self.check_cancel(feedback)

        # 4 emerging hot spots
        steps.setCurrentStep(4)
        feedback.setProgressText(tr("Emerging hot spots…"))
        if parameters.get(self.EMERGING) not in (None, ""):
            emerging_layer = self.parameterAsVectorLayer(parameters, self.EMERGING, context)
        else:
            result = self._child("trygghet:emerginghotspots", {
                "INPUT": incidents_layer, "TIME_FIELD": "occurred_at", "TIME_STEP": 1, "CELL_SIZE": 250,
                "MASK": areas_layer, "OUTPUT": "TEMPORARY_OUTPUT"}, context, steps)
            emerging_layer = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
        if emerging_layer is None or emerging_layer.fields().indexOf("category") < 0:
            self.fail(tr("The emerging hot spots lack the field 'category'."))
        codes, ex, ey = _centroids(emerging_layer, crs, context)
        emerging = report.emerging_per_area(codes, ex, ey, rings, ring_ids, names)
        self.check_cancel(feedback)

        # 5 measures and promises
        steps.setCurrentStep(5)
        measures = _frame(layers["MEASURES"])
        promises = _frame(layers["PROMISES"])
        today = datetime.date.today().isoformat()

        # 6 the report's tables
        steps.setCurrentStep(6)
        feedback.setProgressText(tr("Writing the report data…"))
        period_text = "{} – {}".format(periods["CURRENT_START"], _day_before(periods["CURRENT_END"]))
        pages_rows, figures, emerging_rows, measure_rows = [], [], [], []
        cover_geom = QgsGeometry.unaryUnion(geoms)
        pages_rows.append(({"page_kind": "cover", "name": tr("Cover"), "sort": 0, "titel": "", "loften_text": "",
                            "diagram_veckodag": "", "diagram_trend": ""}, cover_geom))
        for order, area in enumerate(focus, start=1):
            promise_lines = [tr("{title}: {status}, {done} of {total} measures done{colour}").format(
                title=p["title"], status=tr(STATUS_LABELS.get(p["status"], p["status"])), done=p["done"],
                total=p["total"], colour=(" ({})".format(tr(FOLLOW_UP_LABELS[p["follow_up"]]).lower())
                                          if p["follow_up"] in FOLLOW_UP_LABELS else ""))
                for p in report.promise_progress(promises, measures, area)]
            pages_rows.append(({"page_kind": "area", "name": area, "sort": order,
                                "titel": tr("Lägesbild {area}, {period}").format(area=area, period=period_text),
                                "loften_text": "\n\n".join(promise_lines) or
                                tr("No medborgarlöfte is registered for the area."),
                                "diagram_veckodag": charts[area][0], "diagram_trend": charts[area][1]},
                               geoms[names.index(area)]))
            for i, row in enumerate(report.key_figures(summary, area, decimal)):
                figures.append(_figure_row(area, i, tr(CATEGORY_LABELS.get(row["category"], row["category"])), row))
            for code, cells in emerging[area]:
                emerging_rows.append({"omrade": area, "kategori": tr(EMERGING_LABELS.get(code, code)),
                                      "celler": cells})
            for m in report.area_measures(measures, area, today):
                measure_rows.append({"omrade": area, "atgard": m["title"],
                                     "ansvarig": vocabulary.label("organization", m["responsible"] or None, tr),
                                     "status": tr(STATUS_LABELS.get(m["status"], m["status"])),
                                     "klart": m["due"] + (" " + tr("(overdue)") if m["overdue"] else ""),
                                     "uppfoljning": tr(FOLLOW_UP_LABELS[m["follow_up"]])
                                     if m["follow_up"] in FOLLOW_UP_LABELS else "",
                                     "follow_up": m["follow_up"]})
        overview = [_figure_row(r["area"] + ("" if r["area"] in focus else " " + tr("(reference)")), i, "", r)
                    for i, r in enumerate(report.overview(summary, focus + reference, decimal))]
        saved = {}
        saved["sidor"] = _save(gpkg, "sidor", pages_rows, crs, QgsWkbTypes.Type.MultiPolygon, context)
        saved["nyckeltal"] = _save(gpkg, "nyckeltal", [(r, None) for r in figures], crs, None, context)
        saved["oversikt"] = _save(gpkg, "oversikt", [(r, None) for r in overview], crs, None, context)
        saved["framvaxande"] = _save(gpkg, "framvaxande", [(r, None) for r in emerging_rows], crs, None, context,
                                     {"omrade": "string", "kategori": "string", "celler": "int"})
        saved["atgarder"] = _save(gpkg, "atgarder", [(r, None) for r in measure_rows], crs, None, context,
                                  {c: "string" for c in ("omrade", "atgard", "ansvarig", "status", "klart",
                                                         "uppfoljning", "follow_up")})
        area_rows = [({"name": n, "kind": kind}, g) for n, kind, g in zip(names, kinds, geoms)]
        saved["omraden"] = _save(gpkg, "omraden", area_rows, crs, QgsWkbTypes.Type.MultiPolygon, context)
        for key, name in (("PATHS", "strak"), ("PLACES", "platser")):
            if layers[key] is not None:
                saved[name] = _copy_layer(layers[key], gpkg, name, crs, context)
        self.check_cancel(feedback)

        # 7 the layout
        steps.setCurrentStep(7)
        feedback.setProgressText(tr("Laying out the report…"))
        loaded = self._load_report_layers(project, gpkg, saved, hot_layer)
        area_layer = loaded["omraden"]
        area_layer.setRenderer(rl.areas_renderer(tr("Selected area"), tr("Focus areas"), tr("Other areas")))
        map_layers = [area_layer] + [loaded[n] for n in ("platser", "strak") if n in loaded] + [loaded["hot"]]
        rl.set_atlas(layout, loaded["sidor"])
        extent = loaded["omraden"].extent()
        extent.scale(1.05)
        rl.set_map(layout, "karta_oversikt", [area_layer, loaded["hot"]], extent)
        rl.set_map(layout, "karta", map_layers, extent)
        for bar in ("skalstock", "skala_oversikt"):
            try:
                rl.set_scalebar(layout, bar)
            except rl.TemplateError as err:
                self.fail(str(err))
        band_label = {loaded["hot"].id(): tr("Incidents per km² and year")}
        rl.set_legend(layout, "teckenforklaring", map_layers, band_label)
        if layout.itemById("teckenforklaring_oversikt") is not None:
            rl.set_legend(layout, "teckenforklaring_oversikt", [area_layer])
        self._bind_tables(layout, loaded)
        rl.set_picture_from_field(layout, "diagram_veckodag", "diagram_veckodag")
        rl.set_picture_from_field(layout, "diagram_trend", "diagram_trend")
        table, times = incidents
        rl.set_variables(layout, self._texts(meta, workspace, layers, periods, focus, reference, k, table, times,
                                             rings, ring_ids, map_method, used_summary, measures, promises))
        self._check_maps(layout, loaded, extent, feedback)
        rl.add_to_manager(project, layout)

        # 8 export
        steps.setCurrentStep(8)
        feedback.setProgressText(tr("Exporting the PDF…"))
        try:
            return rl.export_pdf(layout, partial, steps)
        except RuntimeError as err:
            self.fail(tr("The PDF could not be written: {}").format(str(err)))

    def _check_maps(self, layout, loaded, extent, feedback):
        """A report never prints a map that silently lacks its data: the density (or hot-spot cells) and the hot
        places must draw on the area map where they hold data, and the scale bars must have a length."""
        problems = [p for p in (rl.scalebar_problem(layout, bar) for bar in ("skalstock", "skala_oversikt")) if p]
        map_item = layout.itemById("karta")
        for layer in [loaded["hot"]] + [loaded[n] for n in ("platser",) if n in loaded]:
            if not layer.isValid():
                problems.append(tr("the layer “{}” cannot be read").format(layer.name()))
                continue
            if isinstance(layer, QgsRasterLayer):
                has_data = layer.dataProvider().bandStatistics(1).maximumValue > 0
            else:
                has_data = layer.featureCount() > 0
            if not has_data:
                feedback.pushWarning(tr("The layer “{}” holds nothing for the report's period; the maps show "
                                        "none of it.").format(layer.name()))
            elif rl.drawn_pixels(map_item, [layer], extent) == 0:
                problems.append(tr("the layer “{}” holds data but draws nothing on the map").format(layer.name()))
        if problems:
            self.fail(tr("The report was not written, because its maps would be incomplete: {}.").format(
                "; ".join(problems)))

    def _hot_layer(self, parameters, context, feedback, incidents_layer, areas_layer, periods, data_dir, gpkg):
        """The hot-spot layer of the maps, stored in the report's data folder: (path or uri, kind)."""
        from .hotspotdensity import write_density_style

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
            return ("gi", _copy_layer(cells, gpkg, "hotspots", cells.crs(), context)), \
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

    def _load_report_layers(self, project, gpkg, saved, hot_layer):
        from ...workspace.project import add_group

        titles = {"sidor": tr("Report pages"), "nyckeltal": tr("Key figures"), "oversikt": tr("Focus areas"),
                  "framvaxande": tr("Emerging hot spots"), "atgarder": tr("Measures"), "omraden": tr("Areas"),
                  "strak": tr("Paths"), "platser": tr("Hot places")}
        loaded = {}
        for name, uri in saved.items():
            layer = QgsVectorLayer(uri, titles[name], "ogr")
            if not layer.isValid():
                self.fail(tr("The report data {} could not be read back.").format(uri))
            style = {"strak": "paths", "platser": "places"}.get(name)
            if style:
                layer.loadNamedStyle(style_path(style))
            loaded[name] = layer
        kind, source = hot_layer
        if kind == "density":
            hot = QgsRasterLayer(source, tr("Hot-spot density (incidents per km² and year)"), "gdal")
            hot.loadNamedStyle(source[:-4] + ".qml")
            rl.round_ramp_legend(hot)
        else:
            hot = QgsVectorLayer(source, tr("Hot spots (Gi*)"), "ogr")
            hot.loadNamedStyle(style_path("hotspot_bins"))
        if not hot.isValid():
            self.fail(tr("The report data {} could not be read back.").format(source))
        loaded["hot"] = hot
        ordered = [loaded[n] for n in ("sidor", "omraden", "platser", "strak") if n in loaded] + [hot] + \
            [loaded[n] for n in ("nyckeltal", "oversikt", "framvaxande", "atgarder")]
        # the data behind the layout, switched off so it does not cover the user's map
        add_group(project, tr("Lägesbild – report data"), ordered).setItemVisibilityChecked(False)
        loaded["sidor"].setOpacity(0.0)
        return loaded

    def _bind_tables(self, layout, loaded):
        figure_columns = [("kategori", tr("Category"), 20), ("antal", tr("Current"), 11),
                          ("antal_jmf", tr("Reference"), 15), ("per_1000", tr("Per 1,000/yr"), 13),
                          ("forandring", tr("Change"), 16), ("sakerstalld", tr("Significant"), 16),
                          ("kvot_ref", tr("Ratio to ref."), 13)]
        this_area = "\"omrade\" = attribute(@atlas_feature, 'name')"
        rl.set_table(layout, "tabell_nyckeltal", loaded["nyckeltal"], figure_columns, this_area,
                     tr("No incidents in the area."), 12)
        rl.set_table(layout, "tabell_oversikt", loaded["oversikt"], [("omrade", tr("Area"), 34)]
                     + figure_columns[1:],
                     "", "", 20)
        rl.set_table(layout, "tabell_framvaxande", loaded["framvaxande"],
                     [("kategori", tr("Pattern"), 0), ("celler", tr("Cells (250 m)"), 0)], this_area,
                     tr("No emerging or fading pattern in the area."), 8)
        measures = loaded["atgarder"]
        rl.style_follow_up(measures, "uppfoljning", FOLLOW_UP_COLOURS)
        rl.set_table(layout, "tabell_atgarder", measures,
                     [("atgard", tr("Measure"), 70), ("ansvarig", tr("Responsible"), 32), ("status", tr("Status"), 22),
                      ("klart", tr("Due"), 26), ("uppfoljning", tr("Follow-up"), 0)], this_area,
                     tr("No measures are registered for the area."), 10)

    def _texts(self, meta, workspace, layers, periods, focus, reference, k, table, times, rings, ring_ids,
               map_method, used_summary, measures, promises):
        from ...core.geometry import points_in_polygons

        valid = ~np.isnat(times)
        inside = points_in_polygons(table.x, table.y, rings, ring_ids) >= 0
        first, last = str(times[valid].min())[:10], str(times[valid].max())[:10]
        sources = ""
        if "source" in table.attributes:
            from ...workspace.schema import layer as schema_layer

            names = {code: tr(label) for code, label in schema_layer("incidents").field("source").values}
            counts = pd.Series(table.attributes["source"], dtype=object).fillna("?").map(
                lambda code: names.get(code, code)).value_counts()
            sources = ", ".join("{} {}".format(name, n) for name, n in counts.items())
        current = "{} – {}".format(periods["CURRENT_START"], _day_before(periods["CURRENT_END"]))
        ref_period = "{} – {}".format(periods["REFERENCE_START"], _day_before(periods["REFERENCE_END"]))
        lines = [
            tr("Sources: {n} incidents from {first} to {last} in the layer '{layer}'{sources}; {areas} areas with "
               "population; {m} measures; {p} medborgarlöften.").format(
                n=len(times), first=first, last=last, layer=layers["INCIDENTS"].name(),
                sources=" ({})".format(sources) if sources else "", areas=len(set(ring_ids)),
                m=len(measures) if measures is not None else 0, p=len(promises) if promises is not None else 0),
            tr("Periods: current {current}, reference {reference}. Compared with: {ref}.").format(
                current=current, reference=ref_period, ref=", ".join(reference)),
            tr("Method: rates per 1,000 inhabitants and year. The change between the periods is tested with an exact "
               "Poisson test; 'significant' means p < 0.05. Key figures: {summary}. Maps: {map}. Emerging hot spots: "
               "space-time Gi* with Mann–Kendall trend, monthly, 250 m cells.").format(summary=used_summary,
                                                                                     map=map_method),
            tr("Left out: {no_time} incidents without a valid time and {outside} outside every area. Reported "
               "incidents do not show all crime, and the sense of safety (surveys, walks) is not part of these "
               "figures.").format(no_time=int((~valid).sum()), outside=int((~inside).sum())),
        ]
        if k > 1:
            lines.append(tr("Disclosure control: counts from 1 to {k1} print as '<{k}', values derived from them "
                            "as '–', and further cells are hidden so that no hidden count can be worked out from "
                            "totals. The maps show smoothed density and areas, never single incidents.")
                         .format(k=k, k1=k - 1))
        else:
            lines.append(tr("Disclosure control is off: this report is for internal use only and must not be "
                            "published."))
        demo = str(meta.get("demo", "")).lower() == "true"
        demo_text = tr("Demo: synthetic data, approximate area boundaries — not real incidents.") if demo else ""
        title_area = meta.get("municipality") or ("Trollhättan" if demo else "")
        return {
            "omslag_titel": tr("Lägesbild {}").format(title_area).strip() if title_area else tr("Lägesbild"),
            "perioder": tr("Current period {current} · reference period {reference} · focus areas: {areas}")
            .format(current=current, reference=ref_period, areas=", ".join(focus)),
            "demo": demo_text,
            "demo_kort": tr("Synthetic demo data") if demo else "",
            "metod": "\n\n".join(lines),
            "sidfot": tr("Lägesbild {period} · created {date} · k = {k}").format(
                period=current, date=datetime.date.today().isoformat(), k=k),
            "rubrik_oversikt_karta": tr("The municipality"),
            "rubrik_oversikt": tr("Focus areas, all incidents"),
            "rubrik_metod": tr("Method and sources"),
            "rubrik_nyckeltal": tr("Key figures"),
            "not_nyckeltal": tr("Per 1,000 inhabitants and year, current period. Change per year against the "
                                "reference period; significant: p < 0.05. '<{k}': too few to publish; '–': "
                                "withheld.").format(k=max(k, 1)),
            "rubrik_framvaxande": tr("Emerging hot spots (monthly, 250 m cells)"),
            "rubrik_diagram": tr("When incidents happen"),
            "rubrik_atgarder": tr("Measures"),
            "rubrik_loften": tr("Medborgarlöften"),
        }


# --- small helpers ----------------------------------------------------------------------------------------------
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


def _iso(value):
    text = str(np.datetime64(value, "s"))
    return text[:10] if text.endswith("T00:00:00") else text.replace("T", " ")


def _day_before(iso):
    value = np.datetime64(iso.replace(" ", "T"), "s")
    return str((value - np.timedelta64(1, "s")).astype("datetime64[D]"))


def _chart(folder, prefix, area):
    for ext in (".png", ".svg"):
        path = os.path.join(folder, report.chart_name(prefix, area) + ext)
        if os.path.isfile(path):
            return path
    return None


def _frame(layer):
    """All attributes of a (small) layer as a DataFrame, with NULL as None; None when there is no layer."""
    if layer is None:
        return None
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        rows.append([None if (v is None or (hasattr(v, "isNull") and v.isNull())) else
                     (v.toString("yyyy-MM-dd") if hasattr(v, "toString") and not isinstance(v, str) else v)
                     for v in feature.attributes()])
    return pd.DataFrame(rows, columns=names)


def _summary_frame(layer):
    frame = _frame(layer)
    if frame is None or any(c not in frame.columns for c in SUMMARY_FIELDS):
        return None
    for column in ("rate_current", "ratio_reference_area", "change_pct", "change_p"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    frame["area"] = frame["area"].astype(str)
    return frame


def _figure_row(area, order, label, row):
    yes_no = {True: tr("yes"), False: tr("no"), None: "–"}
    return {"omrade": area, "ordning": order, "kategori": label, "antal": row["n_current"],
            "antal_jmf": row["n_reference"], "per_1000": row["rate"], "forandring": row["change"],
            "sakerstalld": yes_no[row["significant"]], "kvot_ref": row["ratio_reference"]}


def _centroids(layer, crs, context):
    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) if layer.crs() != crs else None
    codes, xs, ys = [], [], []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        if geometry.isNull():
            continue
        point = geometry.centroid()
        if transform is not None:
            point.transform(transform)
        p = point.asPoint()
        codes.append(str(feature["category"]))
        xs.append(p.x())
        ys.append(p.y())
    return codes, np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _writer_options(gpkg, name):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer \
        if os.path.exists(gpkg) else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    return options


def _write(layer, gpkg, name, context, options=None):
    options = options or _writer_options(gpkg, name)
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, gpkg, context.transformContext(),
                                                                      options)
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(tr("The report data could not be written: {}").format(message))
    return "{}|layername={}".format(gpkg, name)


def _save(gpkg, name, rows, crs, geometry_type, context, kinds=None):
    """Write ``[(attributes dict, QgsGeometry or None)]`` as layer ``name``; return its uri."""
    columns = list(rows[0][0].keys()) if rows else list((kinds or {}).keys())
    fields = QgsFields()
    for column in columns:
        kind = (kinds or {}).get(column)
        if kind is None:
            value = rows[0][0][column]
            kind = "int" if isinstance(value, (int, np.integer)) and not isinstance(value, bool) else "string"
        fields.append(make_field(column, kind))
    geometry = QgsWkbTypes.displayString(geometry_type) if geometry_type is not None else "None"
    memory = QgsVectorLayer("{}?crs={}".format(geometry, crs.authid()), name, "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    features = []
    for attributes, geom in rows:
        feature = QgsFeature(memory.fields())
        feature.setAttributes([attributes[c] for c in columns])
        if geom is not None:
            g = QgsGeometry(geom)
            g.convertToMultiType()
            feature.setGeometry(g)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    return _write(memory, gpkg, name, context)


def _copy_layer(layer, gpkg, name, crs, context):
    options = _writer_options(gpkg, name)
    if layer.crs() != crs:
        options.ct = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
    return _write(layer, gpkg, name, context, options)


def _forget_layers(project, folder):
    """Remove the project's layers that read from an earlier report's data folder before it is replaced."""
    prefix = os.path.abspath(folder) + os.sep
    stale = [lid for lid, layer in project.mapLayers().items() if os.path.abspath(
        layer.source().split("|")[0]).startswith(prefix)]
    if stale:
        project.removeMapLayers(stale)
