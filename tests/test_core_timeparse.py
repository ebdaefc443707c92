import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
import pytest
from trygghet.core.timeparse import combine_date_time, parse_timestamps

STHLM = ZoneInfo("Europe/Stockholm")


def d64(s):
    return np.datetime64(s, "s")


def test_iso_variants_and_swedish_formats():
    got = parse_timestamps(["2024-03-01T12:30:00", "2024-03-01T12:30", "2024-03-01 12:30", "2024-03-01",
                            "2024-03-01T12:30:45.999", " 2024-03-01 07:05 ", "2024-03-01T12:30:00,5"])
    want = [d64("2024-03-01T12:30:00"), d64("2024-03-01T12:30:00"), d64("2024-03-01T12:30:00"),
            d64("2024-03-01T00:00:00"), d64("2024-03-01T12:30:45"), d64("2024-03-01T07:05:00"),
            d64("2024-03-01T12:30:00")]
    assert got.dtype == np.dtype("datetime64[s]")
    assert list(got) == want


def test_missing_and_invalid_give_nat():
    got = parse_timestamps([None, np.nan, "", "   ", "garbage", "01/02/2024", "2024-02-30", "2024-13-01", 17, "2024"])
    assert np.isnat(got).all()


def _reference(s):
    """Independent: Python's fromisoformat plus zoneinfo."""
    return np.datetime64(dt.datetime.fromisoformat(s).astimezone(STHLM).replace(tzinfo=None), "s")


def test_offsets_converted_to_stockholm_local_time():
    # hand-worked: winter UTC+1, summer UTC+2, and both DST switches of 2024 (31 March, 27 October)
    got = parse_timestamps(["2024-01-15T12:00:00Z", "2024-07-15T12:00:00Z", "2024-03-31T00:59:00Z",
                            "2024-03-31T01:00:00Z", "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z",
                            "2024-07-15T12:00:00+02:00", "2024-07-15T12:00:00-05:00", "2024-01-15T08:00+0100"])
    want = ["2024-01-15T13:00", "2024-07-15T14:00", "2024-03-31T01:59", "2024-03-31T03:00", "2024-10-27T02:30",
            "2024-10-27T02:30", "2024-07-15T12:00", "2024-07-15T19:00", "2024-01-15T08:00"]
    assert list(got) == [d64(w) for w in want]


def test_random_mixture_against_python_datetime():
    rng = np.random.default_rng(3)
    base = np.datetime64("2018-01-01T00:00:00") + rng.integers(0, 8 * 365 * 86400, 3000).astype("timedelta64[s]")
    strings, want = [], []
    for i, t in enumerate(base):
        s = str(t)
        kind = i % 4
        if kind == 1:
            s = s + "Z"
        elif kind == 2:
            s = s[:16].replace("T", " ")
        elif kind == 3:
            s = s + f"+0{i % 3}:00"
        strings.append(s)
        py = s.replace(" ", "T")
        want.append(_reference(py) if kind in (1, 3) else np.datetime64(py, "s"))
    got = parse_timestamps(pd.Series(strings))
    assert (got == np.array(want, dtype="datetime64[s]")).all()


def test_objects_and_arrays():
    vals = [dt.datetime(2024, 5, 1, 8, 15), dt.date(2024, 5, 2),
            dt.datetime(2024, 5, 3, 6, 0, tzinfo=dt.timezone.utc), np.datetime64("2024-05-04T10:11:12"),
            pd.Timestamp("2024-05-05 01:02:03"), "2024-05-06T07:00"]
    got = parse_timestamps(np.array(vals, dtype=object))
    assert list(got) == [d64("2024-05-01T08:15"), d64("2024-05-02T00:00"), d64("2024-05-03T08:00"),
                         d64("2024-05-04T10:11:12"), d64("2024-05-05T01:02:03"), d64("2024-05-06T07:00")]
    arr = np.array(["2024-05-06T07:00", "2024-05-07"], dtype="datetime64[m]")
    assert list(parse_timestamps(arr)) == [d64("2024-05-06T07:00"), d64("2024-05-07T00:00")]
    aware = pd.Series(pd.to_datetime(["2024-07-01 10:00"]).tz_localize("UTC"))
    assert parse_timestamps(aware)[0] == d64("2024-07-01T12:00")


def test_combine_date_time_formats():
    dates = ["2024-03-01"] * 7 + ["", "2024-03-02 00:00:00"]
    times = ["12:30", "12:30:15", "0930", "930", "9.05", "23", "", "12:00", dt.time(7, 8)]
    got = combine_date_time(dates, times)
    want = ["2024-03-01T12:30", "2024-03-01T12:30:15", "2024-03-01T09:30", "2024-03-01T09:30", "2024-03-01T09:05",
            "2024-03-01T23:00", "2024-03-01T00:00", "NaT", "2024-03-02T07:08"]
    assert [str(g) for g in got] == [str(np.datetime64(w, "s")) for w in want]
    strict = combine_date_time(["2024-03-01", "2024-03-01"], ["", "25:00"], missing_time="nat")
    assert np.isnat(strict).all()
    with pytest.raises(ValueError):
        combine_date_time(["2024-03-01"], ["12:00", "13:00"])


# --- explicit date formats: each row written out by hand with the datetime it means --------------------------------
EXPLICIT_CASES = {
    "DD/MM/YYYY": [
        ("05/03/2024 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("5/3/2024", dt.datetime(2024, 3, 5)),
        ("05/03/2024 22:15:30", dt.datetime(2024, 3, 5, 22, 15, 30)),
        ("05/03/2024 kl. 22.15", dt.datetime(2024, 3, 5, 22, 15)),
        ("  13/12/2023   7:05 ", dt.datetime(2023, 12, 13, 7, 5)),
        ("2024-03-06 10:00", dt.datetime(2024, 3, 6, 10, 0)),  # ISO keeps working in the same column
        ("2024-03-06T10:00:00+01:00", dt.datetime(2024, 3, 6, 10, 0)),
        ("29/02/2024", dt.datetime(2024, 2, 29)),
        ("29/02/2023", None),  # no 29 February in 2023
        ("31/04/2024", None),
        ("13/13/2024", None),
        ("05/03/2024 24:00", None),
        ("03/05/2024 10:15 PM", dt.datetime(2024, 5, 3, 22, 15)),
        ("05.03.2024 22:15", None),  # another form: not guessed
        ("", None),
        (None, None),
    ],
    "DD.MM.YYYY": [
        ("05.03.2024 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("5.3.2024", dt.datetime(2024, 3, 5)),
        ("05.03.2024 22.15", dt.datetime(2024, 3, 5, 22, 15)),
        ("2024-03-05", dt.datetime(2024, 3, 5)),
        ("05/03/2024", None),
    ],
    "DD-MM-YYYY": [
        ("05-03-2024 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("2024-03-05 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("31-12-2024", dt.datetime(2024, 12, 31)),
    ],
    "YYYY/MM/DD": [
        ("2024/03/05 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("2024/3/5", dt.datetime(2024, 3, 5)),
        ("2024/03/05 22:15:09", dt.datetime(2024, 3, 5, 22, 15, 9)),
        ("2024-03-05", dt.datetime(2024, 3, 5)),
        ("05/03/2024", None),
    ],
    "MM/DD/YYYY": [
        ("03/05/2024 22:15", dt.datetime(2024, 3, 5, 22, 15)),
        ("3/5/2024 10:15 PM", dt.datetime(2024, 3, 5, 22, 15)),
        ("12/31/2024 12:00 AM", dt.datetime(2024, 12, 31, 0, 0)),
        ("12/31/2024 12:30 p.m.", dt.datetime(2024, 12, 31, 12, 30)),
        ("1/2/2024 13:00 PM", None),
        ("31/12/2024", None),
        ("2024-12-31", dt.datetime(2024, 12, 31)),
    ],
    "YYYYMMDD": [
        ("20240305", dt.datetime(2024, 3, 5)),
        ("20240305 2215", dt.datetime(2024, 3, 5, 22, 15)),
        ("20240305T221530", dt.datetime(2024, 3, 5, 22, 15, 30)),
        ("20240230", None),
        ("2024-03-05 22:15", dt.datetime(2024, 3, 5, 22, 15)),
    ],
}


@pytest.mark.parametrize("date_format", sorted(EXPLICIT_CASES))
def test_explicit_date_formats_row_by_row(date_format):
    cases = EXPLICIT_CASES[date_format]
    got = parse_timestamps(np.array([s for s, _ in cases], dtype=object), date_format=date_format)
    for (text, want), value in zip(cases, got):
        if want is None:
            assert np.isnat(value), (text, value)
        else:
            assert value == np.datetime64(want, "s"), (text, value)
    # the same rows one at a time give the same values: no format is inferred from the other rows
    for (text, _), value in zip(cases, got):
        one = parse_timestamps(np.array([text], dtype=object), date_format=date_format)[0]
        assert (np.isnat(one) and np.isnat(value)) or one == value, text


def test_explicit_format_on_a_string_array_and_reversed_order():
    texts = ["05/03/2024 22:15", "2024-03-06", "06/03/2024"]
    want = [d64("2024-03-05T22:15"), d64("2024-03-06T00:00"), d64("2024-03-06T00:00")]
    assert list(parse_timestamps(np.array(texts), date_format="DD/MM/YYYY")) == want
    assert list(parse_timestamps(pd.Series(texts[::-1]), date_format="DD/MM/YYYY")) == want[::-1]
    # automatic refuses the day-first form (it is ambiguous) but keeps ISO
    auto = parse_timestamps(texts)
    assert np.isnat(auto[0]) and np.isnat(auto[2]) and auto[1] == want[1]
    with pytest.raises(ValueError):
        parse_timestamps(texts, date_format="DD/MM/YY")


def test_combine_date_time_with_explicit_format():
    got = combine_date_time(["05/03/2024", "2024-03-06", "31/02/2024"], ["22:15", "0930", "10:00"],
                            date_format="DD/MM/YYYY")
    assert [str(g) for g in got] == ["2024-03-05T22:15:00", "2024-03-06T09:30:00", "NaT"]


def test_mixed_iso_precision_is_never_dropped():
    # pandas 2 infers one format from the first string and turned the date-only row into NaT
    got = parse_timestamps(pd.Series(["2024-06-05 00:00", "2024-06-10"]))
    assert list(got) == [d64("2024-06-05T00:00"), d64("2024-06-10T00:00")]


def test_as_date_is_the_one_date_coercion():
    from trygghet.core.timeparse import as_date

    assert as_date(None) is None and as_date("") is None
    assert as_date(dt.date(2024, 2, 29)) == dt.date(2024, 2, 29)
    assert as_date(dt.datetime(2024, 12, 31, 23, 59)) == dt.date(2024, 12, 31)
    assert as_date("2024-05-01T21:30:00") == dt.date(2024, 5, 1)
    assert as_date(" 2024-05-01 ") == dt.date(2024, 5, 1)
    for bad in ("2024-02-30", "1 maj 2024", "   "):
        with pytest.raises(ValueError):
            as_date(bad)
