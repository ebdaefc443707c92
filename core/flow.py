"""Where the lägesbild's analysis blocks go: the conclusions, the cause analysis, the measures, the medborgarlöften,
the forecast and perceived safety follow one another down columns - from where the flow begins on the development
page over the two columns of an analysis page and, only when they do not fit, a second one. A heading stays with its
table, a chart with its paragraph, a table is split between rows (never leaving a single row on its own), and when a
second page is needed the blocks are spread over both so that neither is left nearly empty.

Pure arithmetic on estimated heights in millimetres (report/flow.py measures them and binds the result to the
layout), so that the rules can be tested on their own.
"""

TOP, BOTTOM_MARGIN, COLUMN_GAP, MARGIN = 25.0, 14.0, 6.0, 12.0
GAP = 3.5          # between blocks
HEADING = 6.0      # a block heading and the space under it
ROW_SLACK = 4.0    # spare room under a paragraph: a line more than estimated

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
    """The columns the blocks flow down, in order: where the flow begins on an earlier page (the free lower right of
    the development page, under the conclusions' heading), then the two columns of each of the two analysis pages.
    A column is (layout y of its page's top, x, top, foot) in millimetres."""

    def __init__(self, page_size, tops, start=None, fill=None):
        """``page_size`` (width, height) mm of the analysis pages; ``tops``: the layout y of their tops; ``start``:
        (layout y of its page's top, x, y) where the flow begins on an earlier page, or None."""
        self.fill = fill  # when set, an analysis column is filled to about this height (mm) before the next
        width, height = page_size
        self.bottom = height - BOTTOM_MARGIN
        self.width = (width - 2 * MARGIN - COLUMN_GAP) / 2
        self.tops = list(tops)
        self.slots = [(start[0], start[1], start[2], self.bottom)] if start else []
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


def plan(heights, columns, frame_counts, blocks=None, breaks=None):
    """{item id: [x, y, height]} for one area, whether the second page is used, and whether everything found a
    place.

    ``heights`` {item id: Rows, or None when the block is left out}; ``frame_counts`` {flowing table: its number of
    frames}; ``blocks``: BLOCKS or another order of them; ``breaks`` {heading: column}: the block begins no earlier
    than that column."""
    out = {}
    for heading, parts, together in blocks or BLOCKS:
        if any(heights.get(item_id) is None for item_id, _kind in parts):
            continue
        while columns.index < (breaks or {}).get(heading, 0):
            if not columns.next():
                return out, True, False
        sizes = [heights[item_id] for item_id, _kind in parts]

        def need(part, size):  # the room a part needs to begin: a flowing table's first two rows
            return sum(size.rows[:2]) if part[1] == "flow" else size.total()

        head = HEADING if heading else 0.0
        first_need = head + (sum(need(p, z) for p, z in zip(parts, sizes)) if together else need(parts[0], sizes[0]))
        flowing = parts[0][1] == "flow"
        if columns.room(flowing=flowing) < first_need and not columns.next():
            return out, True, False
        if flowing and sizes[0].rows and not columns.empty():
            columns.y += head  # would the table's first frame take any row under its heading here?
            here = piece(sizes[0], 0, 0, columns)[0]
            columns.y -= head
            if here == 0 and not columns.next():
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
            out[item_id] = columns.put(size.total(), sum(size.rows))
        columns.y += GAP
    return out, any(place[1] >= columns.tops[1] for place in out.values()), True


def piece(size, i, n, columns):
    """How many of a flowing table's rows from row ``i`` its frame ``n`` takes in the current column, their height,
    and the room the frame may have (0 rows: none here, go on to the next column)."""
    head = size.header if n else 0.0
    room = columns.room(flowing=True)
    take, used = 0, head
    while i + take < len(size.rows) and used + size.rows[i + take] <= room:
        used += size.rows[i + take]
        take += 1
    left = len(size.rows) - i - take
    if 0 < left <= 2 and used + sum(size.rows[i + take:]) <= columns.room(whole=True):
        # no row or two left over on their own: they go here too
        return take + left, used + sum(size.rows[i + take:]), columns.room(whole=True)
    if left == 1 and take >= 3:
        return take - 1, used - size.rows[i + take - 1], room  # nor a single last row in the next column
    if (take == 1 and left or left == 1) and not columns.empty():
        return 0, head, room  # nor a single row at the foot of a column: all of them to the next
    return take, used, room


def flow_table(size, ids, columns, out):
    """Place the rows of a flowing table over its frames ``ids``, splitting between rows; False when they do not
    all find a place."""
    i, n = 0, 0
    while i < len(size.rows):
        if n == len(ids):
            return False
        take, used, room = piece(size, i, n, columns)
        if take == 0:
            if not columns.empty() and columns.next():
                continue
            return False  # a single row taller than a whole column
        i += take
        last = i == len(size.rows)
        # the last piece gets a little room to spare (its rows' estimates already err on the side of room)
        out[ids[n]] = columns.put(min(room, used + (size.spare() if last else 0.5)), used)
        n += 1
        if not last and not columns.next():
            return False
    return True


class Rows:
    """The estimated heights (mm) of a table's rows; the header, if any, travels with the first row."""

    def __init__(self, header, rows):
        self.header = header
        self.rows = [header + rows[0]] + list(rows[1:]) if rows else []

    def spare(self):
        """Room to give beyond the rows: for a single row (a paragraph) a line more, for a table of rows a little
        (its rows' estimates already err on the side of room)."""
        return ROW_SLACK if len(self.rows) == 1 else 1.5

    def total(self):
        """The height to give the whole table."""
        return sum(self.rows) + self.spare() if self.rows else 0.0


class Fixed(Rows):
    """A block part of a fixed height (a picture)."""

    def __init__(self, height):
        super().__init__(0.0, [height])

    def total(self):
        return self.rows[0]


def balanced_plan(heights, columns_for, frame_counts):
    """The plan of ``plan`` (``columns_for(fill)``: fresh Columns). When the blocks need the second page, the
    last two (forecast, perceived safety) are tried the other way round, which may save it; if not, of the blocks
    spread over the four columns at each column height, and of the forecast and perceived safety side by side on the
    second page, the plan whose emptier page is fullest, rather than leaving that page nearly empty."""
    plain = columns_for(None)
    first = plan(heights, plain, frame_counts)
    if not first[1] or not first[2]:
        return first
    swapped = plan(heights, columns_for(None), frame_counts, BLOCKS[:-2] + BLOCKS[-2:][::-1])
    if swapped[2] and not swapped[1]:
        return swapped
    best, best_score = first, plain.fill_of_pages()
    total = sum(h.total() for h in heights.values() if h) + HEADING * len(BLOCKS)
    for blocks in (BLOCKS, BLOCKS[:-2] + BLOCKS[-2:][::-1]):
        fill = total / 5  # a first guess: four columns and the development page's
        while fill < 200:
            columns = columns_for(fill)
            balanced = plan(heights, columns, frame_counts, blocks)
            if balanced[2] and columns.fill_of_pages() > best_score + 0.01:
                best, best_score = balanced, columns.fill_of_pages()
            fill += 3.0
    # or the forecast and perceived safety side by side on the second page, the rest before them
    columns = columns_for(None)
    second_page = columns.first_analysis + 2
    side_by_side = plan(heights, columns, frame_counts, breaks={BLOCKS[-2][0]: second_page,
                                                                 BLOCKS[-1][0]: second_page + 1})
    if side_by_side[2] and columns.fill_of_pages() > best_score + 0.01:
        best = side_by_side
    return best
