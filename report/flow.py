"""The report's analysis blocks flow: the analyst's conclusions, the cause analysis, the measures, the
medborgarlöften, the forecast and perceived safety are placed one after the other, from the free lower right of
the development page down the two columns of the analysis page and on over a second analysis page, so that no page
is left half empty. The second page is printed only for the areas whose blocks do not fit before it, and then the
blocks are spread over both pages rather than leaving the second nearly empty.

Each block is measured for each area from the report's own data (its tables' rows at their columns' widths and
fonts), and the places are handed to the layout as data-defined positions read from one layout variable, so the
printed layout stays an ordinary QGIS layout that the Layout Designer can open.
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
ROW_SLACK = 7.0    # spare room under the last piece of a flowing table
VARIABLE = "lagesbild_flode"
START = "tabell_slutsatser"  # the first block; its template frame marks where the flow begins
# Qt's line spacing is a little more than QGIS sets table text with (about a tenth, measured on printed tables): the
# estimate errs on the side of room, since QGIS leaves out a row that does not fit its frame
LINE_FACTOR = 1.0

# the blocks in reading order: (heading label or None, [(item id, kind)], whether the parts stay in one column; else
# a part may begin the next column); kinds: "picture" (its template height), "table" (measured, kept whole), "flow"
# (measured, split between rows over the table's frames: id, id_2, id_3 ...)
BLOCKS = (
    (None, (("tabell_slutsatser", "flow"),), False),  # its heading is the table's own, repeated over each frame
    ("rubrik_orsaksanalys", (("tabell_orsaksanalys", "flow"),), False),
    ("rubrik_atgarder", (("tabell_atgarder", "flow"),), False),
    ("rubrik_loften", (("text_loften", "table"),), False),
    ("rubrik_prognos", (("diagram_prognos", "picture"), ("text_prognos", "table")), True),
    ("rubrik_upplevd", (("tabell_upplevd", "table"), ("text_upplevd", "table")), False),
)


class Columns:
    """The columns the blocks flow down, in order: the free lower right of the development page (where the
    conclusions begin; it is taken from the template's first conclusions frame), then the two columns of each
    analysis page. A column is (layout y of its page's top, x, top, foot) in millimetres."""

    def __init__(self, layout, first_page, fill=None):
        collection = layout.pageCollection()
        self.fill = fill  # when set, an analysis column is filled to about this height (mm) before the next
        size = collection.page(first_page).pageSize()
        self.bottom = size.height() - BOTTOM_MARGIN
        self.width = (size.width() - 2 * MARGIN - COLUMN_GAP) / 2
        self.tops = [collection.page(p).pos().y() for p in (first_page, first_page + 1)]
        self.slots = []
        start = layout.itemById(START)
        if start is not None and start.page() < first_page:
            self.slots.append((collection.page(start.page()).pos().y(), start.pagePos().x(), start.pagePos().y(),
                               self.bottom))
        self.first_analysis = len(self.slots)
        self.slots += [(self.tops[i // 2], MARGIN + (i % 2) * (self.width + COLUMN_GAP), TOP, self.bottom)
                       for i in range(4)]
        self.index, self.y = 0, self.slots[0][2]
        self.reach = {}  # {column: page y (mm) down to which its content reaches}

    def room(self, whole=False, flowing=False):
        """The room left in the column, for a block or part that begins here: to the column's foot, or none once
        the fill height is passed (a block begun above it may reach below). ``whole``: for the rest of a block
        already begun, to the foot; ``flowing``: for a piece of a flowing table, to the fill height. An empty
        column, and the development page's, ignore the fill height."""
        if self.index >= len(self.slots):
            return 0.0
        _page, _x, top, bottom = self.slots[self.index]
        if self.fill is None or whole or self.y == top or self.index < self.first_analysis:
            return bottom - self.y
        if flowing:
            return max(0.0, min(bottom, top + self.fill) - self.y)
        return bottom - self.y if self.y < top + self.fill else 0.0

    def empty(self):
        return self.index < len(self.slots) and self.y == self.slots[self.index][2]

    def next(self):
        self.index += 1
        if self.index < len(self.slots):
            self.y = self.slots[self.index][2]
        return self.index < len(self.slots)

    def put(self, height, content=None):
        """[x, y in layout mm, height] of a piece of ``height`` at the current place (``content``: how much of it
        the piece's text fills, when less); moves the place down."""
        page_top, x, _top, _bottom = self.slots[self.index]
        place = [x, page_top + self.y, height]
        self.reach[self.index] = self.y + (height if content is None else content)
        self.y += height
        return place

    def fill_of_pages(self):
        """How full the emptier of the two analysis pages is: the mean over its columns of how far down their
        content reaches, as a share of the column height."""
        height = self.bottom - TOP
        first = self.first_analysis
        return min(sum(max(0.0, self.reach.get(first + 2 * page + side, TOP) - TOP) for side in (0, 1)) /
                   (2 * height) for page in (0, 1))


def frames_of(layout, item_id):
    """The frames of the flowing table whose first frame is ``item_id``, in order."""
    first = layout.itemById(item_id)
    if not isinstance(first, QgsLayoutFrame):
        return []
    return list(first.multiFrame().frames())


def plan(heights, columns, frame_counts, blocks=None):
    """{item id: [x, y, height]} for one area, whether the second page is used, and whether everything found a
    place.

    ``heights`` {item id: Rows, or None when the block is left out}; ``frame_counts`` {flowing table: its number of
    frames}; ``blocks``: BLOCKS or another order of them."""
    out = {}
    for heading, parts, together in blocks or BLOCKS:
        if any(heights.get(item_id) is None for item_id, _kind in parts):
            continue
        sizes = [heights[item_id] for item_id, _kind in parts]

        def need(part, size):  # the room a part needs to begin: a flowing table's first two rows
            return sum(size.rows[:2]) if part[1] == "flow" else size.total()

        head = HEADING if heading else 0.0
        first_need = head + (sum(need(p, z) for p, z in zip(parts, sizes)) if together else need(parts[0], sizes[0]))
        flowing = parts[0][1] == "flow"
        if columns.room(flowing=flowing) < first_need and not columns.next():
            return out, True, False
        if columns.room(whole=True) < first_need:
            return out, True, False  # taller than a column: it would be cut
        if heading:
            out[heading] = columns.put(HEADING)
        for (item_id, kind), size in zip(parts, sizes):
            if kind == "flow":
                ids = [item_id] + ["{}_{}".format(item_id, i) for i in range(2, frame_counts.get(item_id, 1) + 1)]
                if not flow_table(size, ids, columns, out):
                    return out, True, False
                continue
            if columns.room(whole=True) < size.total() and not columns.empty():
                if not columns.next():
                    return out, True, False
            if columns.room(whole=True) < size.total():
                return out, True, False
            out[item_id] = columns.put(size.total(), size.total() - 4.0)
        columns.y += GAP
    return out, any(place[1] >= columns.tops[1] for place in out.values()), True


def flow_table(size, ids, columns, out):
    """Place the rows of a flowing table over its frames ``ids``, splitting between rows; False when they do not
    all find a place."""
    i, n = 0, 0
    while i < len(size.rows):
        if n == len(ids):
            return False
        head = size.header if n else 0.0
        room = columns.room(flowing=True)
        take, used = 0, head
        while i + take < len(size.rows) and used + size.rows[i + take] <= room:
            used += size.rows[i + take]
            take += 1
        left = len(size.rows) - i - take
        if 0 < left <= 2 and used + sum(size.rows[i + take:]) <= columns.room(whole=True):
            used, take = used + sum(size.rows[i + take:]), take + left  # no row or two left over on their own
        elif left == 1 and take >= 3:
            used, take = used - size.rows[i + take - 1], take - 1  # nor a single last row in the next column
        elif take == 1 and left and not columns.empty():
            used, take = head, 0  # nor a single first row at the foot of a column
        if take == 0:
            if not columns.empty() and columns.next():
                continue
            return False  # a single row taller than a whole column
        i += take
        last = i == len(size.rows)
        # the last piece gets room to spare: a row QGIS wraps onto one more line than estimated moves down to it
        out[ids[n]] = columns.put(min(room, used + (ROW_SLACK * (n + 1) if last else 0.5)), used)
        n += 1
        if not last and not columns.next():
            return False
    return True


class Rows:
    """The estimated heights (mm) of a table's rows; the header, if any, travels with the first row."""

    def __init__(self, header, rows):
        self.header = header
        self.rows = [header + rows[0]] + list(rows[1:]) if rows else []

    def total(self):
        return sum(self.rows) + 4.0 if self.rows else 0.0


class Fixed(Rows):
    """A block part of a fixed height (a picture)."""

    def __init__(self, height):
        super().__init__(0.0, [height])

    def total(self):
        return self.rows[0]


def balanced_plan(heights, layout, first_page, frame_counts):
    """The plan of ``plan``. When the blocks need the second page, the last two (forecast, perceived safety) are tried
    the other way round, which may save it; if not, the blocks are spread over the four columns instead, at the
    column height that leaves the emptier of the two pages fullest, rather than leaving that page nearly empty."""
    first = plan(heights, Columns(layout, first_page), frame_counts)
    if not first[1] or not first[2]:
        return first
    swapped = plan(heights, Columns(layout, first_page), frame_counts, BLOCKS[:-2] + BLOCKS[-2:][::-1])
    if swapped[2] and not swapped[1]:
        return swapped
    best, best_score = first, -1.0
    total = sum(h.total() for h in heights.values() if h) + HEADING * len(BLOCKS)
    for blocks in (BLOCKS, BLOCKS[:-2] + BLOCKS[-2:][::-1]):
        fill = total / 5  # a first guess: four columns and the development page's
        while fill < 200:
            columns = Columns(layout, first_page, fill)
            balanced = plan(heights, columns, frame_counts, blocks)
            if balanced[2] and columns.fill_of_pages() > best_score + 0.01:
                best, best_score = balanced, columns.fill_of_pages()
            fill += 3.0
    return best


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
    text formats (a little generously: QGIS leaves out a row that does not fit its frame)."""
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
        header = header * LINE_FACTOR + line
    if not features:
        return Rows(header, [text_height(table.emptyTableMessage() or " ", body.font(), body.size(), sum(widths))
                             * LINE_FACTOR + line])
    rows = []
    for feature in features:
        cells = [feature[c.attribute()] if c.attribute() in names else "" for c in columns]
        text = max(text_height("" if v is None else v, body.font(), body.size(), w) for v, w in zip(cells, widths))
        rows.append(text * LINE_FACTOR + line)
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
    places, second, incomplete = {}, {}, []
    for area, area_heights in heights.items():
        places[area], second[area], complete = balanced_plan(area_heights, layout, first_page, frame_counts)
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
