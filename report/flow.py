"""The lägesbild's analysis blocks in the layout: each block measured per area from the report's own data (its
tables' rows at their columns' widths and fonts), placed by core/flow.py, and the places handed to the layout as
data-defined positions read from one layout variable - so the printed layout stays an ordinary QGIS layout that the
Layout Designer can open - with the second analysis page left out for the areas that do not need it.
"""

import json

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutFrame,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsProperty,
)

from ..core.flow import BLOCKS, Columns, Fixed, Rows, balanced_plan

VARIABLE = "lagesbild_flode"
START = "tabell_slutsatser"  # the first block; its template frame marks where the flow begins


def frames_of(layout, item_id):
    """The frames of the flowing table whose first frame is ``item_id``, in order."""
    first = layout.itemById(item_id)
    if not isinstance(first, QgsLayoutFrame):
        return []
    return list(first.multiFrame().frames())


def text_height(text, font, size_pt, width_mm):
    """The height (mm) of ``text`` word-wrapped at ``width_mm`` in ``font`` at ``size_pt`` points."""
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QFont, QFontMetricsF

    scaled = QFont(font)
    scaled.setPixelSize(max(1, int(round(size_pt * 10))))  # a pixel is a tenth of a point here
    metrics = QFontMetricsF(scaled)
    width = max(1.0, width_mm / 25.4 * 720)
    lines = str(text).split("\n") or [""]
    height = sum(metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt.TextFlag.TextWordWrap, line or " ").height()
                 for line in lines)
    return height / 720 * 25.4


def table_rows(table, area):
    """The Rows of the attribute table ``table`` for ``area``, estimated from its layer, its columns' widths and its
    text formats. Qt's line spacing is about a tenth more than QGIS sets table text with (measured on printed
    tables), so the estimate errs on the side of room: QGIS leaves out a row that does not fit its frame."""
    from qgis.core import QgsLayoutTable

    layer = table.vectorLayer()
    if layer is None:
        return Rows(0.0, [])
    names = layer.fields().names()
    key = "omrade" if "omrade" in names else "name"
    margin = table.cellMargin()
    body, head = table.contentTextFormat(), table.headerTextFormat()
    columns = table.columns()
    frame_width = table.frame(0).rect().width() if table.frameCount() else 100.0
    fixed = sum(c.width() for c in columns if c.width() > 0)
    auto = [c for c in columns if c.width() <= 0]
    auto_width = max(10.0, (frame_width - fixed) / len(auto) - 2 * margin) if auto else 0.0
    widths = [c.width() if c.width() > 0 else auto_width for c in columns]
    features = [f for f in layer.getFeatures() if f[key] == area][:max(1, table.maximumNumberOfFeatures())]
    line = 2 * margin + table.gridStrokeWidth()
    header = 0.0
    if table.headerMode() != QgsLayoutTable.HeaderMode.NoHeaders:
        header = max(text_height(c.heading() or " ", head.font(), head.size(), w) for c, w in zip(columns, widths))
        header = header + line
    if not features:
        return Rows(header, [text_height(table.emptyTableMessage() or " ", body.font(), body.size(), sum(widths))
                             + line])
    rows = []
    for feature in features:
        cells = [feature[c.attribute()] if c.attribute() in names else "" for c in columns]
        text = max(text_height("" if v is None else v, body.font(), body.size(), w) for v, w in zip(cells, widths))
        rows.append(text + line)
    return Rows(header, rows)


def measure(layout, areas):
    """{area: {item id: height}} (None where a block is left out for the area)."""
    from qgis.core import QgsLayoutItemAttributeTable

    out = {}
    pages = layout.atlas().coverageLayer()
    fields = {f["name"]: f for f in pages.getFeatures()} if pages is not None else {}
    for area in areas:
        heights = {}
        for _heading, parts, _together in BLOCKS:
            for item_id, kind in parts:
                item = layout.itemById(item_id)
                if kind == "picture":
                    present = isinstance(item, QgsLayoutItemPicture) and area in fields and \
                        bool(fields[area][item_id])
                    heights[item_id] = Fixed(item.rect().height()) if present else None
                elif isinstance(item, QgsLayoutFrame) and isinstance(item.multiFrame(), QgsLayoutItemAttributeTable):
                    heights[item_id] = table_rows(item.multiFrame(), area)
                else:
                    heights[item_id] = None
        if area in fields and not fields[area]["prognos_text"]:
            heights["text_prognos"] = None
        out[area] = heights
    return out


def flow(layout, first_page, areas):
    """Place the analysis blocks for every area (see the module's text) and leave the second analysis page out where
    it is not needed. Returns ({area: True when the second page is printed}, [areas whose blocks do not all fit])."""
    heights = measure(layout, areas)
    frame_counts = {}
    ids = set()
    for heading, parts, _together in BLOCKS:
        if heading:
            ids.add(heading)
        for item_id, kind in parts:
            frames = frames_of(layout, item_id)
            if kind == "flow":
                frame_counts[item_id] = len(frames)
                ids.update([item_id] + ["{}_{}".format(item_id, i) for i in range(2, len(frames) + 1)])
            else:
                ids.add(item_id)
    collection = layout.pageCollection()
    size = collection.page(first_page).pageSize()
    start = layout.itemById(START)
    start = (collection.page(start.page()).pos().y(), start.pagePos().x(), start.pagePos().y()) \
        if start is not None and start.page() < first_page else None

    def columns_for(fill):
        return Columns((size.width(), size.height()),
                       [collection.page(p).pos().y() for p in (first_page, first_page + 1)], start, fill)

    places, second, incomplete = {}, {}, []
    for area, area_heights in heights.items():
        places[area], second[area], complete = balanced_plan(area_heights, columns_for, frame_counts)
        if not complete:
            incomplete.append(area)
    QgsExpressionContextUtils.setLayoutVariable(layout, VARIABLE, json.dumps(places))
    for item_id in ids:
        item = layout.itemById(item_id)
        if item is not None:
            bind(item, item_id)
    page = layout.pageCollection().page(first_page + 1)
    without = [area for area, used in second.items() if not used]
    names = ", ".join("'{}'".format(n.replace("'", "''")) for n in without) or "''"
    page.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
        QgsProperty.fromExpression("attribute(@atlas_feature, 'page_kind') = 'cover' OR @atlas_pagename IN ({})"
                                   .format(names)))
    return second, incomplete


def bind(item, item_id):
    place = "map_get(map_get(from_json(@{}), @atlas_pagename), '{}')".format(VARIABLE, item_id)
    properties = item.dataDefinedProperties()
    for key, index in ((QgsLayoutObject.DataDefinedProperty.PositionX, 0),
                       (QgsLayoutObject.DataDefinedProperty.PositionY, 1),
                       (QgsLayoutObject.DataDefinedProperty.ItemHeight, 2)):
        properties.setProperty(key, QgsProperty.fromExpression("array_get({}, {})".format(place, index)))
    properties.setProperty(QgsLayoutObject.DataDefinedProperty.ExcludeFromExports,
                           QgsProperty.fromExpression("{} IS NULL".format(place)))
