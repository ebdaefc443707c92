"""The report template's patrol-planning page (called by make_layout.py).

It repeats for every focus area. Its text is a field of the atlas feature (report/sections.py PAGE_FIELDS); the page
is removed from the layout when a report is made without it.
"""

from qgis.core import QgsLayoutItemMap, QgsLayoutItemPicture


def _text(field):
    return '[% "{}" %]'.format(field)


def build_sections(layout):
    import make_layout as ml

    M, PAGE_W, PAGE_H = ml.M, ml.PAGE_W, ml.PAGE_H  # noqa: N806 - the layout script's own names

    # --- patrol planning (optional) --------------------------------------------------------------------------------
    page = ml.add_page(layout)
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
