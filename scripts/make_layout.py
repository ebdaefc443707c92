"""Regenerate the lägesbild report template resources/layouts/lagesbild.qpt. Run: make layout.

The template is an ordinary QGIS print layout: page 1 is the cover, pages 2–6 repeat for every focus area (the
report's atlas; page 5 is printed only when an area's analysis does not fit on page 4, page 6 only with the patrol
planning). Texts are expressions on layout variables (@lagesbild_*) and page attributes ("titel",
"loften_text", ...) that trygghet:exportlagesbild fills in the reader's language, so a template restyled in the
Layout Designer keeps working. The export finds the items by their ids (ITEM_IDS in
report/layout.py); layers, tables and pictures are bound at export time.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "layouts", "lagesbild.qpt")
INK = QColor("#1d2b36")
ACCENT = QColor("#0b5563")
PAGE_W, PAGE_H, M = 297.0, 210.0, 12.0


def text_format(size, bold=False, colour=INK):
    fmt = QgsTextFormat()
    font = QFont()
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(colour)
    return fmt


def place(layout, item, item_id, page, x, y, w, h, add=True):
    item.setId(item_id)
    if add:
        layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(w, h))
    item.attemptMove(QgsLayoutPoint(x, y), page=page)
    return item


def label(layout, item_id, page, x, y, w, h, text, size=9, bold=False, colour=INK):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setTextFormat(text_format(size, bold, colour))
    item.setMarginX(0)
    item.setMarginY(0)
    return place(layout, item, item_id, page, x, y, w, h)


def rule(layout, item_id, page, y):
    line = QgsLayoutItemShape(layout)
    line.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    symbol = line.symbol().clone()
    symbol.setColor(ACCENT)
    symbol.symbolLayer(0).setStrokeStyle(0)
    line.setSymbol(symbol)
    return place(layout, line, item_id, page, M, y, PAGE_W - 2 * M, 0.8)


def table(layout, item_id, page, x, y, w, h):
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable

    multi = QgsLayoutItemAttributeTable.create(layout)
    multi.setContentTextFormat(text_format(7))
    multi.setHeaderTextFormat(text_format(7, bold=True, colour=QColor("white")))
    multi.setHeaderMode(QgsLayoutItemAttributeTable.HeaderMode.FirstFrame)
    multi.setGridStrokeWidth(0.2)
    multi.setGridColor(QColor("#b9c4cc"))
    multi.setHorizontalGrid(True)
    multi.setVerticalGrid(False)
    multi.setCellMargin(0.8)
    multi.setBackgroundColor(QColor("white"))
    multi.setWrapBehavior(QgsLayoutItemAttributeTable.WrapBehavior.WrapText)
    multi.setResizeMode(QgsLayoutItemAttributeTable.ResizeMode.UseExistingFrames)
    layout.addMultiFrame(multi)
    frame = QgsLayoutFrame(layout, multi)
    place(layout, frame, item_id, page, x, y, w, h, add=False)
    multi.addFrame(frame)
    return multi, frame


def header_style(multi):
    from qgis.core import QgsLayoutTableStyle

    style = QgsLayoutTableStyle()
    style.enabled = True
    style.cellBackgroundColor = ACCENT
    multi.setCellStyle(multi.CellStyleGroup.HeaderRow, style)


def legend_item(layout, linked_map, columns):
    from qgis.core import QgsLegendStyle

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(linked_map)
    legend.setTitle("")
    legend.setAutoUpdateModel(False)
    legend.setResizeToContents(False)
    legend.setSymbolHeight(3.2)
    legend.setSymbolWidth(6)
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    for style, size, bold in ((QgsLegendStyle.Style.Group, 8, True), (QgsLegendStyle.Style.Subgroup, 8, True),
                              (QgsLegendStyle.Style.SymbolLabel, 7, False)):
        legend.rstyle(style).setTextFormat(text_format(size, bold))
    return legend


def page_footer(layout, page, suffix):
    label(layout, "sidfot_" + suffix, page, M, PAGE_H - 9, PAGE_W - 2 * M - 60, 5,
          "[% @lagesbild_sidfot %]", size=7, colour=QColor("#5b6b77"))
    label(layout, "demo_" + suffix, page, PAGE_W - M - 60, PAGE_H - 9, 60, 5, "[% @lagesbild_demo_kort %]",
          size=7, bold=True, colour=QColor("#b3261e")).setHAlign(0x0002)  # Qt.AlignRight


# A placeholder view (central Trollhättan, SWEREF 99 TM) so that the template's maps have a scale and its scale
# bars a length when the template is opened on its own; the report sets each map's real extent.
PLACEHOLDER_CRS = "EPSG:3006"
PLACEHOLDER_EXTENT = (338500.0, 6456700.0, 349400.0, 6467900.0)


def scale_bar(layout, linked_map):
    """A single-box scale bar in metres whose segments fit 20–50 mm at any scale of ``linked_map``."""
    linked_map.setCrs(QgsCoordinateReferenceSystem(PLACEHOLDER_CRS))
    linked_map.zoomToExtent(QgsRectangle(*PLACEHOLDER_EXTENT))  # keeps the item size
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(linked_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setMinimumBarWidth(20.0)
    bar.setMaximumBarWidth(50.0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    number = QgsBasicNumericFormat()
    number.setNumberDecimalPlaces(0)
    number.setShowThousandsSeparator(False)  # '2,000 m' would read as two metres in Swedish
    bar.setNumericFormat(number)
    bar.setTextFormat(text_format(7))
    return bar


def add_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def build(layout):
    for _ in range(3):
        add_page(layout)

    # --- page 1: the cover ----------------------------------------------------------------------------------------
    label(layout, "titel_omslag", 0, M, 10, PAGE_W - 2 * M, 12, "[% @lagesbild_omslag_titel %]", 22, True, ACCENT)
    label(layout, "text_perioder", 0, M, 23, PAGE_W - 2 * M, 6, "[% @lagesbild_perioder %]", 10)
    label(layout, "text_demo", 0, M, 30, PAGE_W - 2 * M, 6, "[% @lagesbild_demo %]", 9, True, QColor("#b3261e"))
    rule(layout, "linje_omslag", 0, 37)
    label(layout, "rubrik_oversikt_karta", 0, M, 41, 128, 5, "[% @lagesbild_rubrik_oversikt_karta %]", 10, True)
    overview = QgsLayoutItemMap(layout)
    overview.setFrameEnabled(True)
    place(layout, overview, "karta_oversikt", 0, M, 47, 128, 116)
    north_arrow(layout, overview, "norrpil_oversikt", 0, M + 128 - 12, 50)
    bar = scale_bar(layout, overview)
    place(layout, bar, "skala_oversikt", 0, M, 165, 60, 9)
    place(layout, legend_item(layout, overview, 2), "teckenforklaring_oversikt", 0, M, 175, 128, 22)
    label(layout, "rubrik_oversikt", 0, 148, 41, PAGE_W - M - 148, 5, "[% @lagesbild_rubrik_oversikt %]", 10, True)
    multi, _ = table(layout, "tabell_oversikt", 0, 148, 47, PAGE_W - M - 148, 38)
    header_style(multi)
    label(layout, "text_oversikt_not", 0, 148, 86, PAGE_W - M - 148, 8, "[% @lagesbild_not_marker %]", 7)
    label(layout, "rubrik_metod", 0, 148, 95, PAGE_W - M - 148, 5, "[% @lagesbild_rubrik_metod %]", 10, True)
    label(layout, "text_metod", 0, 148, 101, PAGE_W - M - 148, 96, "[% @lagesbild_metod %]", 7.5)
    page_footer(layout, 0, "omslag")

    # --- page 2: map, key figures, emerging patterns --------------------------------------------------------------
    label(layout, "titel", 1, M, 9, PAGE_W - 2 * M, 10, "[% \"titel\" %]", 18, True, ACCENT)
    rule(layout, "linje_1", 1, 21)
    area_map = QgsLayoutItemMap(layout)
    area_map.setFrameEnabled(True)
    area_map.setAtlasDriven(True)
    area_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    area_map.setAtlasMargin(0.12)
    area_map.setLabelMargin(QgsLayoutMeasurement(3.0, QgsUnitTypes.LayoutUnit.LayoutMillimeters))  # labels inside
    place(layout, area_map, "karta", 1, M, 25, 150, 158)
    north_arrow(layout, area_map, "norrpil", 1, M + 150 - 13, 28, 10)
    bar = scale_bar(layout, area_map)
    place(layout, bar, "skalstock", 1, M, 185, 60, 9)
    right = M + 150 + 7
    width = PAGE_W - M - right
    place(layout, legend_item(layout, area_map, 2), "teckenforklaring", 1, right, 25, width, 44)
    label(layout, "rubrik_nyckeltal", 1, right, 71, width, 5, "[% @lagesbild_rubrik_nyckeltal %]", 10, True)
    multi, _ = table(layout, "tabell_nyckeltal", 1, right, 77, width, 62)
    header_style(multi)
    label(layout, "text_nyckeltal_not", 1, right, 140, width, 10, "[% @lagesbild_not_nyckeltal %]", 7)
    label(layout, "rubrik_framvaxande", 1, right, 151, width, 5, "[% @lagesbild_rubrik_framvaxande %]", 10, True)
    multi, _ = table(layout, "tabell_framvaxande", 1, right, 157, width, 36)
    header_style(multi)
    page_footer(layout, 1, "1")

    # --- page 3: when incidents happen, the development over time, the conclusions ------------------------------
    page_development(layout, 2)
    # --- pages 4 and 5: the analysis blocks, flowing (page 5 only when they need it) -----------------------------
    page_analysis(layout, 3)


def north_arrow(layout, linked_map, item_id, page, x, y, size=9):
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
    arrow.setLinkedMap(linked_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    return place(layout, arrow, item_id, page, x, y, size, size)


def flowing_text(multi):
    """A table that reads as text: no header or grid, rows styled by the layer's conditional styles."""
    from qgis.core import QgsLayoutTable

    multi.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
    multi.setShowGrid(False)
    multi.setCellMargin(0.6)
    multi.setContentTextFormat(text_format(8))
    multi.setUseConditionalStyling(True)
    multi.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)


HALF = (PAGE_W - 2 * M - 6) / 2
CHART_H = HALF * 300 / 640  # the forecast chart (640 × 300 px) across a column


def page_development(layout, page):
    """When incidents happen (two charts), the development over time (trend in words, yearly index chart) and the
    analyst's conclusions (a text that flows on into a second frame on the next page)."""
    label(layout, "titel_2", page, M, 9, PAGE_W - 2 * M, 10, "[% \"titel\" %]", 18, True, ACCENT)
    rule(layout, "linje_2", page, 21)
    label(layout, "rubrik_diagram", page, M, 25, PAGE_W - 2 * M, 5, "[% @lagesbild_rubrik_diagram %]", 10, True)
    for i, item_id in enumerate(("diagram_veckodag", "diagram_trend")):
        picture = QgsLayoutItemPicture(layout)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        place(layout, picture, item_id, page, M + i * (HALF + 6), 31, HALF, 62)
    right = M + HALF + 6
    label(layout, "rubrik_utveckling", page, M, 97, HALF, 5, "[% @lagesbild_rubrik_utveckling %]", 10, True)
    label(layout, "text_utveckling", page, M, 103, HALF, 17, "[% \"utveckling_text\" %]", 8)
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperLeft)
    place(layout, picture, "diagram_index", page, M, 121, HALF, 75)
    # the heading is the table's own header, so that it repeats over the rest on the next page
    multi, _ = table(layout, "tabell_slutsatser", page, right, 97, HALF, 99)
    flowing_text(multi)
    multi.setHeaderMode(QgsLayoutItemAttributeTable.HeaderMode.AllFrames)
    multi.setHeaderTextFormat(text_format(10, bold=True))
    page_footer(layout, page, "2")


def text_table(layout, item_id, page, x, y, w, h):
    """A one-column table of text paragraphs: it reads as text and can be measured, so it flows with the rest."""
    multi, frame = table(layout, item_id, page, x, y, w, h)
    flowing_text(multi)
    return multi, frame


def more_frames(layout, multi, item_id, frames):
    """Further frames of a flowing table at ``frames`` [(page, x, y, w, h)], ids item_id_2, item_id_3, ..."""
    for n, (page, x, y, w, h) in enumerate(frames, start=2):
        frame = QgsLayoutFrame(layout, multi)
        frame.setHideBackgroundIfEmpty(True)
        place(layout, frame, "{}_{}".format(item_id, n), page, x, y, w, h, add=False)
        multi.addFrame(frame)


def page_analysis(layout, page):
    """The analysis pages: the rest of a long conclusion, the cause analysis, the measures, the medborgarlöften, the
    forecast and perceived safety. Every block is placed at export time (report/flow.py) one after the other from
    the conclusions' frame on the development page down the two columns of this page, going on to the next page
    only when they do not fit; the next page is left out for an area whose blocks fit before it. The positions here
    are the blocks' places when the template is opened on its own."""
    more = page + 1
    add_page(layout)
    for p, suffix in ((page, "3"), (more, "4")):
        label(layout, "titel_" + suffix, p, M, 9, PAGE_W - 2 * M, 10, "[% \"titel\" %]", 18, True, ACCENT)
        rule(layout, "linje_" + suffix, p, 21)
        page_footer(layout, p, suffix)
    left, right = M, M + HALF + 6
    bottom = PAGE_H - 14
    # forecast and perceived safety on the left
    label(layout, "rubrik_prognos", page, left, 25, HALF, 5, "[% @lagesbild_rubrik_prognos %]", 10, True)
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.ReferencePoint.UpperLeft)
    place(layout, picture, "diagram_prognos", page, left, 31, HALF, CHART_H)
    text_table(layout, "text_prognos", page, left, 31 + CHART_H + 1, HALF, 30)
    label(layout, "rubrik_upplevd", page, left, 130, HALF, 5, "[% @lagesbild_rubrik_upplevd %]", 10, True)
    multi, _ = table(layout, "tabell_upplevd", page, left, 136, HALF, 30)
    header_style(multi)
    text_table(layout, "text_upplevd", page, left, 167, HALF, bottom - 167)
    # the cause analysis, the measures and the medborgarlöften on the right, going on over the next page
    label(layout, "rubrik_orsaksanalys", page, right, 25, HALF, 5, "[% @lagesbild_rubrik_orsaksanalys %]", 10, True)
    multi, _ = text_table(layout, "tabell_orsaksanalys", page, right, 31, HALF, 90)
    more_frames(layout, multi, "tabell_orsaksanalys", [(more, left, 25, HALF, 80), (more, right, 25, HALF, 80),
                                                       (more, right, 110, HALF, 80)])
    label(layout, "rubrik_atgarder", page, right, 124, HALF, 5, "[% @lagesbild_rubrik_atgarder %]", 10, True)
    multi, _ = table(layout, "tabell_atgarder", page, right, 130, HALF, 36)
    header_style(multi)
    multi.setUseConditionalStyling(True)
    multi.setHeaderMode(QgsLayoutItemAttributeTable.HeaderMode.AllFrames)
    more_frames(layout, multi, "tabell_atgarder", [(more, left, 110, HALF, 40), (more, left, 155, HALF, 40)])
    label(layout, "rubrik_loften", page, right, 168, HALF, 5, "[% @lagesbild_rubrik_loften %]", 10, True)
    text_table(layout, "text_loften", page, right, 174, HALF, bottom - 174)
    # the conclusions go on here when they do not fit on the page before
    conclusions = layout.itemById("tabell_slutsatser").multiFrame()
    more_frames(layout, conclusions, "tabell_slutsatser", [(page, left, 150, HALF, 40), (more, left, 150, HALF, 40)])

    from layout_sections import build_sections  # patrol planning

    build_sections(layout)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.setName("Lägesbild")
    layout.setUnits(QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    build(layout)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if not layout.saveAsTemplate(OUT, QgsReadWriteContext()):
        raise SystemExit("could not write " + OUT)
    print("wrote", os.path.relpath(OUT))
    sys.stdout.flush()
    os._exit(0)  # skip the interpreter teardown that can crash standalone PyQGIS


if __name__ == "__main__":
    main()
