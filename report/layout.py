"""The lägesbild print layout: load the template, check its items, bind the report's layers and export the atlas.

The template (resources/layouts/lagesbild.qpt) is an ordinary QGIS layout. Its first page is the cover; every
further page repeats for each focus area. Items are found by id, so a template restyled in the Layout Designer keeps
working as long as the items in ``ITEM_IDS`` are there.
"""

import math
import os

from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsConditionalStyle,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemRegistry,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMapLayerLegendUtils,
    QgsMapRendererCustomPainterJob,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleBandPseudoColorRenderer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QSize, QSizeF
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtXml import QDomDocument

from ..i18n import N_, tr

# id → (kind, what it shows); the export needs every one of them
ITEM_IDS = {
    "titel_omslag": ("label", N_("cover title")),
    "text_metod": ("label", N_("method and sources")),
    "text_demo": ("label", N_("synthetic-data note")),
    "karta_oversikt": ("map", N_("overview map")),
    "tabell_oversikt": ("table", N_("summary of the focus areas")),
    "titel": ("label", N_("area title")),
    "karta": ("map", N_("area map")),
    "teckenforklaring": ("legend", N_("legend")),
    "skalstock": ("scalebar", N_("scale bar")),
    "norrpil": ("picture", N_("north arrow")),
    "tabell_nyckeltal": ("table", N_("key figures")),
    "tabell_framvaxande": ("table", N_("emerging hot spots")),
    "diagram_veckodag": ("picture", N_("weekday × hour chart")),
    "diagram_trend": ("picture", N_("month × year chart")),
    "tabell_atgarder": ("table", N_("measures")),
    "text_loften": ("table", N_("medborgarlöften")),
}
_KINDS = {"label": QgsLayoutItemLabel, "map": QgsLayoutItemMap, "legend": QgsLayoutItemLegend,
          "picture": QgsLayoutItemPicture, "table": QgsLayoutFrame, "scalebar": QgsLayoutItemScaleBar}
_KIND_NAMES = {"label": N_("a label"), "map": N_("a map"), "legend": N_("a legend"), "picture": N_("a picture"),
               "table": N_("an attribute table"), "scalebar": N_("a scale bar")}


class TemplateError(Exception):
    """The template cannot be used; the message is translated and names the item."""


def load_template(path, project, name):
    """A QgsPrintLayout from the .qpt at ``path`` with every required item, or TemplateError."""
    if not path or not os.path.isfile(path):
        raise TemplateError(tr("The report template {} does not exist.").format(path))
    with open(path, encoding="utf-8") as handle:
        document = QDomDocument()
        if not document.setContent(handle.read()):
            raise TemplateError(tr("The report template {} is not a QGIS layout template (.qpt).").format(path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok:
        raise TemplateError(tr("The report template {} could not be read.").format(path))
    layout.setName(name)
    if layout.pageCollection().pageCount() < 2:
        raise TemplateError(tr("The report template needs a cover page and at least one page for the areas."))
    for item_id, (kind, what) in ITEM_IDS.items():
        item = layout.itemById(item_id)
        if item is None:
            raise TemplateError(tr("The report template lacks the item '{id}' ({what}). Add it in the Layout "
                                   "Designer (Item Properties → Id) or use the shipped template.")
                                .format(id=item_id, what=tr(what)))
        if not isinstance(item, _KINDS[kind]) or (kind == "table" and
                                                 not isinstance(item.multiFrame(), QgsLayoutItemAttributeTable)):
            raise TemplateError(tr("The report template's item '{id}' must be {kind}.")
                                .format(id=item_id, kind=tr(_KIND_NAMES[kind])))
    return layout


def item(layout, item_id):
    return layout.itemById(item_id)


def set_variables(layout, values):
    for key, value in values.items():
        QgsExpressionContextUtils.setLayoutVariable(layout, "lagesbild_" + key, value)


def set_atlas(layout, pages):
    """Atlas over the page layer: the cover page for the feature of kind 'cover', the others for each area."""
    atlas = layout.atlas()
    atlas.setCoverageLayer(pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression('"name"')
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"sort"')
    atlas.setFilenameExpression("'lagesbild_' || \"sort\"")
    collection = layout.pageCollection()
    for index in range(collection.pageCount()):
        operator = "<>" if index == 0 else "="
        collection.page(index).dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
            QgsProperty.fromExpression("attribute(@atlas_feature, 'page_kind') {} 'cover'".format(operator)))


def delete_page(layout, index):
    """Remove page ``index`` and every item on it. The page collection's deletePage keeps the page's items, whose
    position then refers to a page that no longer exists and is drawn relative to the first page (the patrol
    page's map printed over the cover)."""
    items = [i for i in layout.items() if isinstance(i, QgsLayoutItem) and i.parentGroup() is None
             and i.type() != QgsLayoutItemRegistry.ItemType.LayoutPage and i.page() == index]
    tables = {id(i.multiFrame()): i.multiFrame() for i in items if isinstance(i, QgsLayoutFrame) and i.multiFrame()}
    for item in items:
        layout.removeLayoutItem(item)
    for table in tables.values():
        if table.frameCount() == 0:
            layout.removeMultiFrame(table)
    layout.pageCollection().deletePage(index)


def set_map(layout, item_id, layers, extent):
    """Show ``layers`` (kept as the map's own layer set) at ``extent``; an atlas map then follows each area."""
    map_item = item(layout, item_id)
    size = map_item.sizeWithUnits()
    map_item.setLayers(layers)
    map_item.setKeepLayerSet(True)
    map_item.setCrs(layers[0].crs())
    map_item.zoomToExtent(extent)
    map_item.attemptResize(size)


SCALEBAR_WIDTH = (20.0, 50.0)  # mm: the bar's length range; segments of a round length fit in it at any scale


def set_scalebar(layout, item_id, map_id=None):
    """A scale bar in metres whose segments fit its width at every atlas page's scale, linked to its map (``map_id``
    or the map the template links it to). Raises TemplateError when it has no map to measure."""
    bar = layout.itemById(item_id)
    if bar is None:
        return
    linked = layout.itemById(map_id) if map_id else bar.linkedMap()
    if not isinstance(linked, QgsLayoutItemMap):
        raise TemplateError(tr("The report template's scale bar '{}' is not linked to a map.").format(item_id))
    bar.setLinkedMap(linked)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    low, high = bar.minimumBarWidth(), bar.maximumBarWidth()
    if not (0 < low < high and high >= 2 * low):
        low, high = SCALEBAR_WIDTH
    bar.setMinimumBarWidth(low)
    bar.setMaximumBarWidth(high)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    number = QgsBasicNumericFormat()
    number.setNumberDecimalPlaces(0)
    number.setShowThousandsSeparator(False)  # '2,000 m' would read as two metres in Swedish
    bar.setNumericFormat(number)
    bar.update()


def scalebar_problem(layout, item_id):
    """Why the scale bar would not be drawn (QGIS draws an invalid one as an empty 'Invalid' box), or ''."""
    bar = layout.itemById(item_id)
    if bar is None:
        return ""
    linked = bar.linkedMap()
    if linked is None:
        return tr("the scale bar '{}' is not linked to a map").format(item_id)
    units = bar.unitsPerSegment()
    if not (units > 0 and math.isfinite(units)) or linked.extent().isEmpty():
        return tr("the scale bar '{}' has no valid length at the map's scale").format(item_id)
    return ""


def drawn_pixels(map_item, layers, extent, size=256):
    """How many pixels ``layers`` draw on ``map_item`` at ``extent`` (a small off-screen render, alone, on a
    transparent background): 0 means the map would print without them."""
    settings = map_item.mapSettings(extent, QSizeF(size, size), 96, False)
    settings.setLayers(layers)
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    settings.setOutputSize(QSize(size, size))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    count = 0
    for y in range(0, size, 2):
        for x in range(0, size, 2):
            if image.pixel(x, y) >> 24:
                count += 1
    return count


def set_legend(layout, item_id, layers, labels=None):
    """Show ``layers`` in the legend (only the classes present on its map); ``labels`` renames a layer's first
    legend entry, e.g. a raster's band name: {layer id: text}."""
    legend = item(layout, item_id)
    size = legend.sizeWithUnits()
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        node = root.addLayer(layer)
        if labels and layer.id() in labels:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, labels[layer.id()])
            legend.model().refreshLayerLegend(node)
    legend.setLegendFilterByMapEnabled(True)
    legend.attemptResize(size)


def set_table(layout, item_id, layer, columns, filter_expression="", empty_message="", max_rows=40):
    """Bind an attribute table: ``columns`` = [(field, heading, width mm or 0)]."""
    table = item(layout, item_id).multiFrame()
    bound = []
    for field, heading, width in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(field)
        column.setWidth(width)
        bound.append(column)
    # columns and contents must change together: a table measured with stale contents reads past them
    table.setVectorLayer(layer)
    table.setColumns(bound)
    table.refreshAttributes()
    table.setDisplayOnlyVisibleFeatures(False)
    table.setFilterToAtlasFeature(False)
    table.setFeatureFilter(filter_expression)
    table.setFilterFeatures(bool(filter_expression))
    table.setMaximumNumberOfFeatures(max_rows)
    table.setEmptyTableMessage(empty_message)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.refreshAttributes()
    return table


def set_text_table(layout, item_id, pages, field):
    """Bind a one-column text table (a block that flows, report/flow.py) to ``field`` of the atlas page's feature."""
    table = item(layout, item_id).multiFrame()
    width = item(layout, item_id).rect().width() - 2 * table.cellMargin()
    return set_table(layout, item_id, pages, [(field, "", width)], "\"name\" = attribute(@atlas_feature, 'name') "
                     "AND \"page_kind\" = 'area'", "", 1)


def set_picture_from_field(layout, item_id, field):
    picture = item(layout, item_id)
    picture.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                QgsProperty.fromExpression('"{}"'.format(field)))
    picture.refreshPicture()


def add_to_manager(project, layout):
    """Put the layout in the project's Layout Manager, replacing an earlier one of the same name."""
    manager = project.layoutManager()
    old = manager.layoutByName(layout.name())
    if old is not None:
        manager.removeLayout(old)
    manager.addLayout(layout)


def export_pdf(layout, path, feedback=None, left_out=0):
    """Export the atlas to one PDF; return the number of pages written (``left_out``: area pages excluded from the
    export, see report/flow.py). Raises RuntimeError with QGIS's message."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.exportMetadata = True
    settings.appendGeoreference = False
    settings.simplifyGeometries = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.dpi = 200
    atlas = layout.atlas()
    result, error = QgsLayoutExporter.exportToPdf(atlas, path, settings, feedback)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError(error or str(result))
    # the cover feature prints the first page, every area feature the others (set_atlas)
    return 1 + (layout.pageCollection().pageCount() - 1) * (atlas.count() - 1) - left_out


def areas_renderer(selected, focus, other):
    """Area outlines for the report maps: the atlas area bold, the other focus areas plain, the rest dashed."""
    def outline(colour, width, style="solid"):
        return QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": str(width),
                                           "outline_style": style})

    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expression, label in (
            (outline("11,85,99,255", 0.9), "\"name\" = @atlas_pagename", selected),
            (outline("29,43,54,255", 0.45), "\"kind\" = 'focus' AND \"name\" <> @atlas_pagename", focus),
            (outline("110,120,130,255", 0.3, "dash"), "ELSE", other)):
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def style_follow_up(layer, field, colours):
    """Colour the follow-up cell of the measures table by the measure's follow_up code (green/yellow/red)."""
    styles = []
    for code, colour in colours.items():
        style = QgsConditionalStyle("\"follow_up\" = '{}'".format(code))
        style.setBackgroundColor(QColor(colour))
        styles.append(style)
    layer.conditionalStyles().setFieldStyles(field, styles)


def round_ramp_legend(raster):
    """Whole numbers at the ends of a pseudocolour raster's legend ramp."""
    renderer = raster.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    ramp = renderer.shader().rasterShaderFunction()
    settings = ramp.legendSettings()
    number = QgsBasicNumericFormat()
    number.setNumberDecimalPlaces(0)
    number.setShowThousandsSeparator(False)  # '10,205' would read as a decimal in Swedish
    settings.setNumericFormat(number)
    ramp.setLegendSettings(settings)
