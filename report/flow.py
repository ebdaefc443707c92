"""The analysis pages' flow: the blocks after the development page (the rest of a long conclusion, the forecast,
perceived safety, the cause analysis, the measures, the medborgarlöften) are placed one after the other down the
two columns of the first analysis page and on over the second, so that no page is left half empty; the second page
is printed only for the areas whose blocks do not fit on the first.

Each block is measured for each area (its tables' height with that area's rows) in one run through the atlas, and
the places are handed to the layout as data-defined positions read from one layout variable, so the printed layout
stays an ordinary QGIS layout that the Layout Designer can open.
"""

import json

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutFrame,
    QgsLayoutItemPicture,
    QgsLayoutObject,
    QgsProperty,
)

TOP, BOTTOM_MARGIN, COLUMN_GAP, MARGIN = 25.0, 14.0, 6.0, 12.0
GAP = 4.0          # between blocks
HEADING = 6.0      # a block heading and the space under it
MIN_PIECE = 22.0   # a flowing table is not started in less room than this
ROW_SLACK = 7.0    # a flowing table leaves up to about a row unused at the foot of a frame
VARIABLE = "lagesbild_flode"

# the blocks in reading order: (heading label or None, [(item id, kind)]); kinds: "picture" (its template height),
# "table" (measured, kept whole), "flow" (measured, split over the table's frames: id, id_2, id_3 ...), "rest" (the
# part of a flowing table that its first frame, elsewhere, cannot hold)
BLOCKS = (
    (None, (("tabell_slutsatser", "rest"),)),
    ("rubrik_prognos", (("diagram_prognos", "picture"), ("text_prognos", "table"))),
    ("rubrik_orsaksanalys", (("tabell_orsaksanalys", "flow"),)),
    ("rubrik_atgarder", (("tabell_atgarder", "flow"),)),
    ("rubrik_loften", (("text_loften", "table"),)),
    ("rubrik_upplevd", (("tabell_upplevd", "table"), ("text_upplevd", "table"))),
)


class Columns:
    """The four columns of the two analysis pages, filled top to bottom: (page, x, free y, bottom) in page mm."""

    def __init__(self, layout, first_page, fill=None):
        collection = layout.pageCollection()
        self.fill = fill  # when set, a column is filled to about this height (mm) before the next is begun
        page = collection.page(first_page)
        width = page.pageSize().width()
        self.bottom = page.pageSize().height() - BOTTOM_MARGIN
        self.width = (width - 2 * MARGIN - COLUMN_GAP) / 2
        self.tops = [collection.page(p).pos().y() for p in (first_page, first_page + 1)]
        self.slots = [(i // 2, MARGIN + (i % 2) * (self.width + COLUMN_GAP)) for i in range(4)]
        self.index, self.y = 0, TOP

    def room(self):
        if self.index >= len(self.slots):
            return 0.0
        if self.fill is None or self.y == TOP:  # an empty column takes a block of any height
            return self.bottom - self.y
        return min(self.bottom, TOP + self.fill) - self.y

    def next(self):
        self.index += 1
        self.y = TOP
        return self.index < len(self.slots)

    def put(self, height):
        """[x, y in layout mm, height] of a piece of ``height`` at the current place; moves the place down."""
        page, x = self.slots[self.index]
        place = [x, self.tops[page] + self.y, height]
        self.y += height
        return place


def frames_of(layout, item_id):
    """The frames of the flowing table whose first frame is ``item_id``, in order."""
    first = layout.itemById(item_id)
    if not isinstance(first, QgsLayoutFrame):
        return []
    return list(first.multiFrame().frames())


def plan(heights, columns, frame_counts, first_frame_height):
    """{item id: [x, y, height]} for one area, whether the second page is used, and whether everything found a
    place.

    ``heights`` {item id: content height mm, or None when the block is left out}; ``frame_counts`` {flowing table:
    its number of frames}; ``first_frame_height`` {"rest" table: height of its first frame elsewhere}."""
    out = {}
    for heading, parts in BLOCKS:
        if any(heights.get(item_id) is None for item_id, _kind in parts):
            continue
        if parts[0][1] == "rest":
            item_id = parts[0][0]
            rest = heights[item_id] - first_frame_height.get(item_id, 0.0)
            if rest <= 1.0:
                continue
            need = [rest + HEADING + ROW_SLACK]
        else:
            need = [heights[item_id] for item_id, _kind in parts]
        head = HEADING if heading else 0.0
        fixed = sum(h for (item_id, kind), h in zip(parts, need) if kind != "flow")
        first_need = head + fixed + (min(need[-1], MIN_PIECE) if parts[-1][1] == "flow" else 0.0)
        if columns.room() < first_need and not columns.next():
            return out, True, False
        if heading:
            out[heading] = columns.put(HEADING)
        for (item_id, kind), h in zip(parts, need):
            if kind != "flow":
                out[item_id + ("_2" if kind == "rest" else "")] = columns.put(min(h, columns.room()))
                continue
            left, n = h, 0
            ids = [item_id] + ["{}_{}".format(item_id, i) for i in range(2, frame_counts.get(item_id, 1) + 1)]
            while left > 0:
                if n == len(ids) or (columns.room() < min(MIN_PIECE, left + ROW_SLACK) and not columns.next()):
                    return out, True, False
                if left <= columns.room():
                    out[ids[n]] = columns.put(left)
                    break
                piece = columns.room()
                out[ids[n]] = columns.put(piece)
                left -= piece - ROW_SLACK
                n += 1
        columns.y += GAP
    return out, any(place[1] >= columns.tops[1] for place in out.values()), True


def balanced_plan(heights, layout, first_page, frame_counts, first_frame_height):
    """The plan of ``plan``; when the blocks need the second page, they are spread evenly over the four columns
    (each filled to the lowest height at which everything still fits) rather than leaving that page nearly empty."""
    places, second, complete = plan(heights, Columns(layout, first_page), frame_counts, first_frame_height)
    if not second or not complete:
        return places, second, complete
    columns = Columns(layout, first_page)
    total = sum(h for h in heights.values() if h) + HEADING * len(BLOCKS)
    fill = total / len(columns.slots)
    while fill < columns.bottom - TOP:
        balanced = plan(heights, Columns(layout, first_page, fill), frame_counts, first_frame_height)
        if balanced[2]:
            return balanced
        fill += 6.0
    return places, second, complete


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


def table_height(table, area):
    """The height (mm) the attribute table ``table`` needs for the rows of ``area``, estimated from its layer, its
    columns' widths and its text formats (with a small margin: a row that does not fit is not printed)."""
    from qgis.core import QgsLayoutTable

    layer = table.vectorLayer()
    if layer is None:
        return 0.0
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
    rows = [f for f in layer.getFeatures() if f[key] == area][:max(1, table.maximumNumberOfFeatures())]
    height = 0.0
    if table.headerMode() != QgsLayoutTable.HeaderMode.NoHeaders:
        height += max(text_height(c.heading() or " ", head.font(), head.size(), w) for c, w in zip(columns, widths))
        height += 2 * margin
    if not rows:
        return height + text_height(table.emptyTableMessage() or " ", body.font(), body.size(), sum(widths)) + \
            2 * margin
    for feature in rows:
        cells = [feature[c.attribute()] if c.attribute() in names else "" for c in columns]
        height += max(text_height("" if v is None else v, body.font(), body.size(), w) for v, w in zip(cells, widths))
        height += 2 * margin + table.gridStrokeWidth()
    return height * 1.04 + 1.0


def measure(layout, areas):
    """{area: {item id: height}} (None where a block is left out for the area)."""
    from qgis.core import QgsLayoutItemAttributeTable

    out = {}
    pages = layout.atlas().coverageLayer()
    fields = {f["name"]: f for f in pages.getFeatures()} if pages is not None else {}
    for area in areas:
        heights = {}
        for _heading, parts in BLOCKS:
            for item_id, kind in parts:
                item = layout.itemById(item_id)
                if kind == "picture":
                    present = isinstance(item, QgsLayoutItemPicture) and area in fields and \
                        bool(fields[area][item_id])
                    heights[item_id] = item.rect().height() if present else None
                elif isinstance(item, QgsLayoutFrame) and isinstance(item.multiFrame(), QgsLayoutItemAttributeTable):
                    heights[item_id] = table_height(item.multiFrame(), area)
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
    for heading, parts in BLOCKS:
        if heading:
            ids.add(heading)
        for item_id, kind in parts:
            frames = frames_of(layout, item_id)
            if kind == "flow":
                frame_counts[item_id] = len(frames)
                ids.update([item_id] + ["{}_{}".format(item_id, i) for i in range(2, len(frames) + 1)])
            elif kind == "rest":
                ids.add(item_id + "_2")
            else:
                ids.add(item_id)
    first_heights = {item_id: frames_of(layout, item_id)[0].rect().height()
                     for _h, parts in BLOCKS for item_id, kind in parts if kind == "rest" and frames_of(layout, item_id)}
    places, second, incomplete = {}, {}, []
    for area, area_heights in heights.items():
        places[area], second[area], complete = balanced_plan(area_heights, layout, first_page, frame_counts,
                                                             first_heights)
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
