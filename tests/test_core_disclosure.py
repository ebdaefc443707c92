import numpy as np
from trygghet.core.disclosure import format_count, suppress, suppress_with_totals


def _check_lines(table, s):
    """No row or column of the table with its margins has exactly one hidden entry."""
    hidden = s.primary | s.secondary
    r, c = table.shape
    for i in range(r):
        assert hidden[i].sum() + s.row_totals[i] != 1
    for j in range(c):
        assert hidden[:, j].sum() + s.col_totals[j] != 1
    assert s.row_totals.sum() + s.grand_total != 1
    assert s.col_totals.sum() + s.grand_total != 1


def test_hand_worked_table():
    t = np.array([[3, 10, 20],
                  [8, 12, 30],
                  [9, 15, 6]])
    prim, sec = suppress(t, k=5)
    assert prim.tolist() == [[True, False, False], [False] * 3, [False] * 3]
    # row 0: smallest other non-zero is 10 (0,1); column 0: 8 (1,0); then row 1 has one hidden -> 12 (1,1)
    # column 1 then has (0,1) and (1,1) hidden: stable
    assert sec.tolist() == [[False, True, False], [True, True, False], [False, False, False]]
    s = suppress_with_totals(t, 5)
    assert not s.row_totals.any() and not s.col_totals.any() and not s.grand_total
    _check_lines(t, s)


def test_zeros_are_not_complements_so_the_total_is_withheld():
    t = np.array([[2, 0, 0],
                  [7, 6, 9],
                  [8, 5, 11]])
    s = suppress_with_totals(t, k=5)
    assert s.primary.tolist() == [[True, False, False], [False] * 3, [False] * 3]
    # row 0 has only zeros besides the 2 -> its total (2) is hidden; column 0 hides its smallest other, 7 (1,0);
    # the row-totals line has one hidden (row 0) -> smallest other row total, 22 (row 1); then row 1 has two
    # hidden entries ((1,0) and its total) and everything is stable
    assert s.row_totals.tolist() == [True, True, False]
    assert s.secondary.tolist() == [[False] * 3, [True, False, False], [False] * 3]
    assert not s.col_totals.any() and not s.grand_total
    _check_lines(t, s)


def test_no_suppression_needed():
    t = np.array([[0, 5], [6, 0]])
    prim, sec = suppress(t)
    assert not prim.any() and not sec.any()


def test_property_random_tables():
    rng = np.random.default_rng(5)
    for _ in range(300):
        r, c = rng.integers(1, 7, size=2)
        t = rng.poisson(rng.choice([1.0, 3.0, 8.0]), size=(r, c))
        s = suppress_with_totals(t, k=5)
        assert (s.primary == ((t >= 1) & (t < 5))).all()
        assert not (s.primary & s.secondary).any()
        assert not (s.secondary & (t == 0)).any()
        _check_lines(t, s)


def test_format_count():
    assert format_count(12, False, 5) == "12"
    assert format_count(0, False, 5) == "0"
    assert format_count(3, True, 5) == "<5"
    assert format_count(2, True, 3) == "<3" and format_count(3, True, 3) == ".."
    assert format_count(1, True, 5) == "<5" and format_count(4, True, 5) == "<5"
    # hidden only to protect another count: "..", whatever the count, zero included
    assert format_count(12, True, 5) == ".."
    assert format_count(7, True, 5) == ".." and format_count(5, True, 5) == ".."
    assert format_count(0, True, 5) == ".."
    assert format_count(12, True, 5, secondary_text="x") == "x"
