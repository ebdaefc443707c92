"""The report template's forecast / perceived-safety page and its patrol-planning page (called by make_layout.py).

Both pages repeat for every focus area. Their texts are fields of the atlas feature (report/sections.py
PAGE_FIELDS); the patrol page is removed from the layout when a report is made without it.
"""

from qgis.core import QgsLayoutItemMap, QgsLayoutItemPage, QgsLayoutItemPicture




def _text(field):
    return '[% "{}" %]'.format(field)


def add_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def build_sections(layout):
    import make_layout as ml

    M, PAGE_W, PAGE_H = ml.M, ml.PAGE_W, ml.PAGE_H  # noqa: N806 - the layout script's own names

    # --- forecast and perceived safety ----------------------------------------------------------------------------
    page = add_page(layout)
    ml.label(layout, "titel_prognos", page, M, 9, PAGE_W - 2 * M, 10, "[% \"titel\" %]", 18, True, ml.ACCENT)
    ml.rule(layout, "linje_prognos", page, 21)
    half = (PAGE_W - 2 * M - 8) / 2
    ml.label(layout, "rubrik_prognos", page, M, 25, half, 5, "[% @lagesbild_rubrik_prognos %]", 10, True)
    picture = QgsLayoutItemPicture(layout)
    picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    chart_h = half * 380 / 640
    ml.place(layout, picture, "diagram_prognos", page, M, 31, half, chart_h)
    ml.label(layout, "text_prognos", page, M, 31 + chart_h + 4, half, PAGE_H - 14 - (31 + chart_h + 4),
             _text("prognos_text"), 8)
    right = M + half + 8
    ml.label(layout, "rubrik_upplevd", page, right, 25, half, 5, "[% @lagesbild_rubrik_upplevd %]", 10, True)
    multi, _ = ml.table(layout, "tabell_upplevd", page, right, 31, half, 40)
    ml.header_style(multi)
    ml.label(layout, "text_upplevd", page, right, 74, half, PAGE_H - 14 - 74, _text("upplevd_text"), 8)
    ml.page_footer(layout, page, "prognos")

    # --- patrol planning (optional) --------------------------------------------------------------------------------
    page = add_page(layout)
    ml.label(layout, "titel_patrull", page, M, 9, PAGE_W - 2 * M, 10, "[% \"titel\" %]", 18, True, ml.ACCENT)
    ml.rule(layout, "linje_patrull", page, 21)
    ml.label(layout, "rubrik_patrull", page, M, 25, PAGE_W - 2 * M, 5, "[% @lagesbild_rubrik_patrull %]", 10, True)
    patrol_map = QgsLayoutItemMap(layout)
    patrol_map.setFrameEnabled(True)
    patrol_map.setAtlasDriven(True)
    patrol_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    patrol_map.setAtlasMargin(0.12)
    ml.place(layout, patrol_map, "karta_patrull", page, M, 31, 150, 152)
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
    arrow.setLinkedMap(patrol_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    ml.place(layout, arrow, "norrpil_patrull", page, M + 150 - 13, 34, 10, 10)
    ml.place(layout, ml.scale_bar(layout, patrol_map), "skalstock_patrull", page, M, 185, 60, 9)
    right = M + 150 + 7
    width = PAGE_W - M - right
    ml.place(layout, ml.legend_item(layout, patrol_map, 1), "teckenforklaring_patrull", page, right, 31, width, 26)
    multi, _ = ml.table(layout, "tabell_patrull", page, right, 60, width, 30)
    ml.header_style(multi)
    ml.label(layout, "text_patrull", page, right, 94, width, PAGE_H - 14 - 94, _text("patrull_text"), 8)
    ml.page_footer(layout, page, "patrull")
