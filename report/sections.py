"""The lägesbild's forecast, perceived-safety and patrol-planning sections: their data in the report's GeoPackage
(layers ``upplevd``, ``patrull``, ``riskomraden``) and their binding to the layout's items.

The template's items for these sections (SECTION_ITEMS) are optional: a template without them still exports, the
sections are then left out and the log says so. Their texts (PAGE_FIELDS) are fields of the atlas feature of the
area's pages (the report's ``sidor`` layer), which the template's text tables and pictures read directly: no lookup
of another layer, which a layout outside the current project could not resolve.
"""

import os

from qgis.core import (
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import N_, tr
from ..plugin_paths import style_path
from . import layout as rl
from .data import save
from .forecast_section import forecast_texts
from .patrol_section import patrol_rows_for_print, patrol_text
from .perceived_section import perceived_text, survey_table_rows

SECTION_ITEMS = {
    "text_prognos": ("table", N_("forecast text")),
    "diagram_prognos": ("picture", N_("forecast chart")),
    "tabell_upplevd": ("table", N_("survey indicators")),
    "text_upplevd": ("table", N_("perceived safety text")),
}
PATROL_ITEMS = {
    "karta_patrull": ("map", N_("patrol planning map")),
    "tabell_patrull": ("table", N_("patrol planning table")),
    "text_patrull": ("label", N_("patrol planning text")),
}
_KINDS = {"label": QgsLayoutItemLabel, "map": QgsLayoutItemMap, "picture": QgsLayoutItemPicture,
          "legend": QgsLayoutItemLegend}
THIS_AREA = "\"omrade\" = attribute(@atlas_feature, 'name')"
PAGE_FIELDS = ("prognos_text", "diagram_prognos", "upplevd_text", "patrull_text")


def template_has(layout, items):
    """True when the template holds every item of ``items`` with the right kind."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable

    for item_id, (kind, _what) in items.items():
        item = layout.itemById(item_id)
        if item is None:
            return False
        if kind == "table":
            if not isinstance(item, QgsLayoutFrame) or not isinstance(item.multiFrame(), QgsLayoutItemAttributeTable):
                return False
        elif not isinstance(item, _KINDS[kind]):
            return False
    return True


class Sections:
    """What the sections wrote to the report's GeoPackage, and how they bind to the layout."""

    def __init__(self, forecast, patrol):
        self.forecast = forecast  # bool: the forecast is part of the report
        self.patrol = patrol      # None, or the risk map's description for the patrol page
        self.saved = {}
        self.page_fields = {}  # {area: {field: text}}: the texts go on the atlas feature of the area's pages

    def write(self, gpkg, crs, context, focus, decimal, k, forecasts, perceived, patrol_rows, risk_areas):
        """Write the section layers; ``forecasts`` {area: (text, chart path)}, ``perceived`` {area: (survey rows,
        text)}, ``patrol_rows`` {area: rows}, ``risk_areas`` [(attributes, QgsGeometry)] or None."""
        survey, patrol = [], []
        for area in focus:
            text, chart = forecasts.get(area, ("", ""))
            self.page_fields[area] = {"prognos_text": text, "diagram_prognos": chart or "",
                                      "upplevd_text": perceived[area][1],
                                      "patrull_text": self.patrol["texts"].get(area, "") if self.patrol else ""}
            survey += [(dict(r, omrade=area), None) for r in perceived[area][0]]
            patrol += [(dict(r, omrade=area), None) for r in patrol_rows.get(area, [])]
        self.saved["upplevd"] = save(gpkg, "upplevd", survey, crs, None, context,
                                     {c: "string" for c in SURVEY_COLUMNS})
        if self.patrol:
            self.saved["patrull"] = save(gpkg, "patrull", patrol, crs, None, context,
                                         {c: "string" for c in PATROL_COLUMNS})
            self.saved["riskomraden"] = save(gpkg, "riskomraden", risk_areas, crs, QgsWkbTypes.Type.MultiPolygon,
                                             context, {"top_percent": "int", "klass": "string"})

    def bind(self, project, layout, loaded, extent, feedback):
        """Load the section layers into the report's layer group and bind them to the template's items; the patrol
        page is removed from the layout when the patrol section is off (or the template lacks its items)."""
        layers = {}
        titles = {"upplevd": tr("Survey indicators"),
                  "patrull": tr("Patrol planning"), "riskomraden": tr("Risk map, top areas")}
        for name, uri in self.saved.items():
            layer = QgsVectorLayer(uri, titles[name], "ogr")
            if not layer.isValid():
                from qgis.core import QgsProcessingException

                raise QgsProcessingException(tr("The report data {} could not be read back.").format(uri))
            layers[name] = layer
        if "riskomraden" in layers:
            relabel_top_classes(layers["riskomraden"])
        group = project.layerTreeRoot().findGroup(tr("Lägesbild – report data"))
        for layer in layers.values():
            project.addMapLayer(layer, False)
            if group is not None:
                group.addLayer(layer)
            else:
                project.layerTreeRoot().addLayer(layer).setItemVisibilityChecked(False)
        if template_has(layout, SECTION_ITEMS):
            self._bind_main(layout, layers, loaded["sidor"])
        else:
            feedback.pushWarning(tr("The report template has no items for the forecast and perceived safety "
                                    "(e.g. '{}'); these sections are left out.").format("text_prognos"))
        self._bind_patrol(layout, layers, loaded, extent, feedback)
        self.layers = layers  # kept alive with the layout
        return layers

    def _bind_main(self, layout, layers, pages):
        rl.set_variables(layout, {
            "rubrik_prognos": tr("Forecast") if self.forecast else "",
            "rubrik_upplevd": tr("Perceived safety"),
        })
        rl.set_picture_from_field(layout, "diagram_prognos", "diagram_prognos")
        for item_id, field in (("text_prognos", "prognos_text"), ("text_upplevd", "upplevd_text")):
            rl.set_text_table(layout, item_id, pages, field)
        rl.set_table(layout, "tabell_upplevd", layers["upplevd"],
                     [("indikator", tr("Indicator"), 28), ("kalla", tr("Source"), 22), ("ar", tr("Year"), 9),
                      ("varde", tr("Value"), 12), ("forandring", tr("Change"), 17),
                      ("jamforelse", tr("Reference"), 17), ("intervall", tr("Interval"), 16)],
                     THIS_AREA, tr("No survey results for the area in the workspace."), 8)

    def _bind_patrol(self, layout, layers, loaded, extent, feedback):
        map_item = layout.itemById("karta_patrull")
        if not self.patrol or not template_has(layout, PATROL_ITEMS):
            if self.patrol:
                feedback.pushWarning(tr("The report template has no patrol planning page (item '{}'); it is left "
                                        "out.").format("karta_patrull"))
            if map_item is not None:
                rl.delete_page(layout, map_item.page())
            return
        area_layer = loaded["omraden"]
        rl.set_map(layout, "karta_patrull", [area_layer, layers["riskomraden"]], extent)
        try:
            rl.set_scalebar(layout, "skalstock_patrull", "karta_patrull")
        except rl.TemplateError as err:
            feedback.pushWarning(str(err))
        if isinstance(layout.itemById("teckenforklaring_patrull"), QgsLayoutItemLegend):
            rl.set_legend(layout, "teckenforklaring_patrull", [layers["riskomraden"]])
        rl.set_variables(layout, {"rubrik_patrull": tr("Patrol planning: the risk map for the coming weeks")})
        rl.set_table(layout, "tabell_patrull", layers["patrull"],
                     [("topp", tr("Risk map"), 18), ("yta", tr("Surface in the area"), 20),
                      ("andel_yta", tr("Share of the area"), 20), ("handelser", tr("Incidents"), 20),
                      ("andel_handelser", tr("Share of the incidents"), 22)],
                     THIS_AREA, tr("No part of the area is among the risk map's top areas."), 5)


SURVEY_COLUMNS = ("omrade", "indikator", "kalla", "ar", "varde", "forandring", "jamforelse", "intervall")
PATROL_COLUMNS = ("omrade", "topp", "yta", "andel_yta", "handelser", "andel_handelser")


def build(gpkg, crs, context, data_dir, focus, reference, decimal, k, forecasts, perceived, patrol):
    """Word the sections and write their data. ``forecasts`` {area: AreaForecast} (empty when off);
    ``perceived`` {area: (survey rows, marks summary, findings summary, dialogue names)}; ``patrol`` None or
    {"rows": {area: rows}, "areas": [(attributes, geometry)], "info": {...}}. Returns a Sections."""
    chart_dir = os.path.join(data_dir, "diagram")
    os.makedirs(chart_dir, exist_ok=True)
    forecast_out = {}
    for area, f in forecasts.items():
        forecast_out[area] = forecast_texts(f, chart_dir, decimal, k)
    perceived_out = {}
    for area in focus:
        survey, marks, findings, dialogues = perceived[area]
        perceived_out[area] = (survey_table_rows(survey, decimal),
                               perceived_text(area, survey, marks, findings, dialogues, reference, decimal, k))
    sections = Sections(bool(forecasts), None)
    rows = {}
    if patrol is not None:
        sections.patrol = {"texts": {area: patrol_text(area, patrol["info"], decimal) for area in focus}}
        rows = {area: patrol_rows_for_print(patrol["rows"][area], decimal) for area in focus}
    sections.write(gpkg, crs, context, focus, decimal, k, forecast_out, perceived_out, rows,
                   patrol["areas"] if patrol is not None else None)
    return sections


def risk_area_rows(layer, crs, context):
    """The risk map's OUTPUT_AREAS as rows for the report (``[(attributes, QgsGeometry)]``) and as shapely
    geometries per class {1|5|10: geometry}, in ``crs``."""
    from qgis.core import QgsCoordinateTransform
    from shapely import wkb as shapely_wkb

    transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) if layer.crs() != crs else None
    rows, classes = [], {}
    labels = {1: tr("Top 1 %"), 5: tr("Top 5 %"), 10: tr("Top 10 %")}
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if transform is not None:
            geometry.transform(transform)
        share = int(feature["top_percent"])
        rows.append(({"top_percent": share, "klass": labels.get(share, str(share))}, geometry))
        classes[share] = shapely_wkb.loads(bytes(geometry.asWkb()))
    return rows, classes


def relabel_top_classes(layer):
    """The shipped top-areas style, with its classes named in the reader's language."""
    from qgis.core import QgsCategorizedSymbolRenderer

    layer.loadNamedStyle(style_path("riskmap_areas"))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            try:
                share = int(category.value())
            except (TypeError, ValueError):
                continue
            renderer.updateCategoryLabel(i, tr("Top {} % of the study area").format(share))
