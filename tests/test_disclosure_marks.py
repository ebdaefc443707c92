"""'<5' only for counts hidden because they are below k, '..' for every count hidden only to protect another (a
secondary cell of 7, one of 0): the area summary's table and its published CSV against an independent suppression
of a constructed table."""

import csv
import importlib.util
import os

import pytest


def _helper(module, name):
    spec = importlib.util.spec_from_file_location(module, os.path.join(os.path.dirname(__file__), module + ".py"))
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    return getattr(loaded, name)


_small_workspace = _helper("test_alg_areasummary", "_small_workspace")

K = 5
AREAS, CATEGORIES = ("A", "B", "C"), ("x", "y")
# (area, category): (count 2024 = current period, count 2023 = reference period); C is the reference area
COUNTS = {("A", "x"): (3, 10), ("A", "y"): (7, 0), ("B", "x"): (12, 8), ("B", "y"): (30, 25),
          ("C", "x"): (50, 50), ("C", "y"): (60, 45)}


def independent_suppression(counts, k):
    """The table with its row and column totals; a cell is primary when either period holds 1..k-1; then, until
    nothing changes, a row or column with exactly one hidden entry hides its smallest visible non-zero cell (both
    periods added), or its total when it has none. Returns the hidden cells and row totals."""
    value = {c: sum(n) for c, n in counts.items()}
    hidden = {c for c, (a, b) in counts.items() if 1 <= a < k or 1 <= b < k}
    lines = [([(a, c) for c in CATEGORIES], ("total", a)) for a in AREAS] + \
            [([(a, c) for a in AREAS], ("total", c)) for c in CATEGORIES]
    changed = True
    while changed:
        changed = False
        for members, total in lines:
            if sum(m in hidden for m in members) + (total in hidden) != 1:
                continue
            free = [m for m in members if m not in hidden and value[m] > 0]
            if free:
                hidden.add(min(free, key=lambda m: value[m]))
            else:
                hidden.add(total)
            changed = True
    return hidden


def mark(n, hidden):
    if not hidden:
        return str(n)
    return "<{}".format(K) if 1 <= n < K else ".."


@pytest.fixture(scope="module")
def constructed(tmp_path_factory):
    incidents = []
    for (area, cat), pair in COUNTS.items():
        x0 = 1000 + 200 * AREAS.index(area)
        for year, n in zip((2024, 2023), pair):
            incidents += [(x0 + 5 + i, 50, "{}-{:02d}-10T12:00:00".format(year, 1 + i % 12), cat) for i in range(n)]
    return _small_workspace(str(tmp_path_factory.mktemp("marks") / "marks.gpkg"), incidents)


def test_marks_against_an_independent_suppression(run, constructed, tmp_path):
    hidden = independent_suppression(COUNTS, K)
    # the construction: A/x is primary (3), A/y (7 and 0) and B/x, B/y protect it
    assert hidden == {("A", "x"), ("A", "y"), ("B", "x"), ("B", "y")}
    out_csv = str(tmp_path / "marks.csv")
    result = run("trygghet:areasummary", {
        "INPUT": constructed + "|layername=incidents", "AREAS": constructed + "|layername=areas",
        "CURRENT_START": "2024-01-01", "CURRENT_END": "2025-01-01", "REFERENCE_START": "2023-01-01",
        "REFERENCE_END": "2024-01-01", "MIN_COUNT": K, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_FILE": out_csv})
    rows = {(f["area"], f["category"]): f for f in result["OUTPUT"].getFeatures()}
    with open(out_csv, encoding="utf-8-sig") as fh:
        published = {(r[0], r[1]): r for r in csv.reader(fh, delimiter=";")}
    for cell, (current, reference) in COUNTS.items():
        is_hidden = cell in hidden
        assert bool(rows[cell]["suppressed"]) == is_hidden, cell
        want = (mark(current, is_hidden), mark(reference, is_hidden))
        assert (rows[cell]["n_current_text"], rows[cell]["n_reference_text"]) == want, cell
        assert tuple(published[cell][2:4]) == want, cell
    # by hand: the primary count prints '<5', its row's 10 '..'; the secondary 7 and 0 print '..', never '<5'
    assert published[("A", "x")][2:4] == ["<5", ".."]
    assert published[("A", "y")][2:4] == ["..", ".."]
    assert published[("C", "y")][2:4] == ["60", "45"]
    for area in AREAS:  # the row totals: hidden with the rows? (no row here has a single hidden entry)
        total = rows[(area, "alla")]
        assert not total["suppressed"] and total["n_current_text"] == str(sum(
            COUNTS[(area, c)][0] for c in CATEGORIES))
