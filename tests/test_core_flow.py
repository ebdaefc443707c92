"""core/flow.py on its own: the analysis blocks' places checked against the rules a reader sees, on many random
block sizes - every piece inside its column and clear of the others, a heading right above its table, the blocks in
reading order, every row of a flowing table printed when QGIS fills the frames row by row (simulated here), no table
leaving a single row on its own, a second page only when needed and then no emptier than without balancing."""

import random

import pytest
from trygghet.core import flow

PAGE = (297.0, 210.0)
TOPS = (660.0, 880.0)           # two analysis pages, 220 mm apart as in a layout
START = (440.0, 151.5, 97.0)    # the development page's lower right


def columns_for(fill):
    return flow.Columns(PAGE, TOPS, START, fill)


FRAMES = {"tabell_slutsatser": 3, "tabell_orsaksanalys": 4, "tabell_atgarder": 3}


def random_heights(rng, scale):
    def rows(n, low=4.0, high=14.0, header=0.0):
        return flow.Rows(header, [rng.uniform(low, high) for _ in range(n)])

    return {
        "tabell_slutsatser": rows(rng.randint(1, int(12 * scale)), header=6.0),
        "tabell_orsaksanalys": rows(rng.randint(1, int(25 * scale))),
        "tabell_atgarder": rows(rng.randint(0, int(10 * scale)) or 1, header=7.0),
        "text_loften": rows(1, 5, 25),
        "diagram_prognos": flow.Fixed(79.3) if rng.random() < 0.8 else None,
        "text_prognos": rows(1, 20, 40),
        "tabell_upplevd": rows(rng.randint(1, 5), header=7.0),
        "text_upplevd": rows(1, 10, 45),
    }


def which_column(columns, place):
    x, y, h = place
    for index, (top, cx, y0, foot) in enumerate(columns.slots):
        if abs(x - cx) < 1e-6 and top + y0 - 1e-6 <= y and y + h <= top + foot + 1e-6:
            return index
    return None


def qgis_fill(rows, header, heights):
    """How QGIS's attribute table fills frames of ``heights``: whole rows while they fit, the header (if any) on
    top of every frame after the first (it is in the first row already); returns the rows per frame."""
    out, i = [], 0
    for n, h in enumerate(heights):
        used, take = (header if n else 0.0), 0
        while i + take < len(rows) and used + rows[i + take] <= h + 1e-9:
            used += rows[i + take]
            take += 1
        out.append(take)
        i += take
    return out, i


@pytest.mark.parametrize("seed", range(300))
def test_the_places_keep_the_rules(seed):
    rng = random.Random(seed)
    heights = random_heights(rng, rng.choice((0.3, 1.0, 2.0)))
    places, second, complete = flow.balanced_plan(heights, columns_for, FRAMES)
    columns = columns_for(None)
    # every piece inside a column, and no two overlapping in one column
    spans = {}
    for item_id, place in places.items():
        index = which_column(columns, place)
        assert index is not None, (item_id, place)
        spans.setdefault(index, []).append((place[1], place[1] + place[2], item_id))
    for pieces in spans.values():
        pieces.sort()
        for (_y0, y1, a), (z0, _z1, b) in zip(pieces, pieces[1:]):
            assert y1 <= z0 + 1e-6, (a, b)
    # the blocks in reading order (the forecast and perceived safety may swap to save a page), each heading right
    # above its first part
    orders = []
    for blocks in (flow.BLOCKS, flow.BLOCKS[:-2] + flow.BLOCKS[-2:][::-1]):
        order = []
        for heading, parts, _together in blocks:
            ids = ([heading] if heading else []) + [p for p, _k in parts]
            present = [i for i in ids if i in places]
            if heading and heading in places:
                first = places[parts[0][0]]
                assert first[0] == places[heading][0] and abs(places[heading][1] + flow.HEADING - first[1]) < 1e-6
            order += [(which_column(columns, places[i]), places[i][1]) for i in present]
        orders.append(order == sorted(order))
    assert any(orders)
    # flowing tables: QGIS finds room for every row, and no frame holds a single row of a longer table
    if complete:
        for table, count in FRAMES.items():
            ids = [table] + ["{}_{}".format(table, n) for n in range(2, count + 1)]
            pieces = [places[i][2] for i in ids if i in places]
            size = heights[table]
            per_frame, printed = qgis_fill(size.rows, size.header, pieces)
            assert printed == len(size.rows), (table, per_frame, len(size.rows))
            if len(size.rows) >= 3 and len(per_frame) > 1:
                assert 1 not in per_frame, (table, per_frame)
    # the second page only when the first cannot hold everything
    unbalanced = flow.plan(heights, columns_for(None), FRAMES)
    assert second == (unbalanced[1] and flow.plan(heights, columns_for(None), FRAMES,
                                                  flow.BLOCKS[:-2] + flow.BLOCKS[-2:][::-1])[1])


def test_a_short_analysis_stays_on_one_page_and_begins_under_the_conclusions():
    rows = flow.Rows
    heights = {"tabell_slutsatser": rows(6.0, [5.0, 5.0]), "tabell_orsaksanalys": rows(0.0, [5.0]),
               "tabell_atgarder": rows(7.0, [5.0]), "text_loften": rows(0.0, [5.0]),
               "diagram_prognos": flow.Fixed(79.3), "text_prognos": rows(0.0, [30.0]),
               "tabell_upplevd": rows(7.0, [5.0] * 4), "text_upplevd": rows(0.0, [30.0])}
    places, second, complete = flow.balanced_plan(heights, columns_for, FRAMES)
    assert complete and not second
    assert places["tabell_slutsatser"][:2] == [START[1], START[0] + START[2]]
    assert all(y < TOPS[1] for _x, y, _h in places.values())


def test_more_than_fits_is_said():
    heights = {"tabell_slutsatser": flow.Rows(6.0, [10.0] * 200), "tabell_orsaksanalys": flow.Rows(0.0, [5.0])}
    _places, second, complete = flow.balanced_plan(heights, columns_for, FRAMES)
    assert second and not complete


def emptier_page(places):
    """How far down (share of the column) the two columns of the emptier analysis page reach, on average, read
    from the places alone."""
    columns = columns_for(None)
    reach = {}
    for x, y, h in places.values():
        if y >= TOPS[0]:
            index = which_column(columns, [x, y, h])
            page_top = TOPS[0] if y < TOPS[1] else TOPS[1]
            reach[index] = max(reach.get(index, 0.0), y - page_top + h - flow.TOP)
    height = columns.bottom - flow.TOP
    return min((reach.get(1 + 2 * page, 0.0) + reach.get(2 + 2 * page, 0.0)) / (2 * height) for page in (0, 1))


def test_balancing_leaves_the_emptier_page_no_emptier():
    rng = random.Random(7)
    checked = 0
    for _ in range(200):
        heights = random_heights(rng, 1.6)
        unbalanced = flow.plan(heights, columns_for(None), FRAMES)
        if not (unbalanced[1] and unbalanced[2]):
            continue
        places, second, complete = flow.balanced_plan(heights, columns_for, FRAMES)
        if not second:
            continue  # the other order of the last two blocks saved the page
        assert complete
        assert emptier_page(places) >= emptier_page(unbalanced[0]) - 0.02
        checked += 1
    assert checked > 20
