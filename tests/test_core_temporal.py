import datetime as dt

import numpy as np
import pytest
from trygghet.core.temporal import month_year, month_year_matrix, to_matrix, weekday_hour, weekday_hour_matrix


def test_weekday_hour_by_hand():
    # 2024-03-04 is a Monday; 2024-03-10 a Sunday; 1969-12-31 a Wednesday
    times = ["2024-03-04T08:15", "2024-03-04T08:59", "2024-03-10T23:30", "1969-12-31T05:00", None, "junk"]
    df = weekday_hour(times, min_count=2)
    assert len(df) == 168 and set(df.area) == {"alla"}
    cell = df.set_index(["weekday", "hour"])
    assert cell.loc[(0, 8), "n"] == 2 and not cell.loc[(0, 8), "suppressed"]
    assert cell.loc[(6, 23), "n"] == 1 and cell.loc[(6, 23), "suppressed"]
    assert cell.loc[(2, 5), "n"] == 1
    assert df["n"].sum() == 4 and not df.loc[df.n == 0, "suppressed"].any()
    m = to_matrix(df)
    assert m.shape == (7, 24) and m[0, 8] == 2 and np.isnan(m[6, 23]) and m[1, 1] == 0


def test_random_against_python_datetime():
    rng = np.random.default_rng(4)
    t = np.datetime64("2019-06-01") + rng.integers(0, 3 * 365 * 86400, 5000).astype("timedelta64[s]")
    areas = rng.choice(np.array(["Sylte", "Lextorp", None], dtype=object), t.size)
    wh = weekday_hour(t, areas, min_count=5)
    my = month_year(t, areas, min_count=5)
    want_wh, want_my = {}, {}
    for ti, a in zip(t.tolist(), areas):
        if a is None:
            continue
        want_wh[(a, ti.weekday(), ti.hour)] = want_wh.get((a, ti.weekday(), ti.hour), 0) + 1
        want_my[(a, ti.year, ti.month)] = want_my.get((a, ti.year, ti.month), 0) + 1
    assert sorted(set(wh.area)) == ["Lextorp", "Sylte"] and len(wh) == 2 * 168
    for rec in wh.itertuples(index=False):
        n = want_wh.get((rec.area, rec.weekday, rec.hour), 0)
        assert rec.n == n and rec.suppressed == (1 <= n < 5)
    assert sorted(set(my.year)) == [2019, 2020, 2021, 2022] and len(my) == 2 * 4 * 12
    for rec in my.itertuples(index=False):
        assert rec.n == want_my.get((rec.area, rec.year, rec.month), 0)
    years, m = month_year_matrix(my, "Sylte", hide_suppressed=False)
    assert years.tolist() == [2019, 2020, 2021, 2022]
    assert m[1, 6] == want_my.get(("Sylte", 2020, 7), 0)
    w = weekday_hour_matrix(wh, "Lextorp", hide_suppressed=False)
    assert w.sum() == sum(v for k, v in want_wh.items() if k[0] == "Lextorp")
    with pytest.raises(ValueError):
        to_matrix(wh)  # two areas: which one?


def test_month_year_objects_and_empty():
    df = month_year([dt.datetime(2023, 12, 31, 23), dt.date(2024, 1, 1)], min_count=1)
    assert df[df.n > 0][["year", "month"]].values.tolist() == [[2023, 12], [2024, 1]]
    assert len(month_year([None])) == 0
