"""Timestamp parsing for incident data: ISO 8601 and Swedish date/time formats to naive Europe/Stockholm time."""

import datetime as _dt

import numpy as np
import pandas as pd

__all__ = ["DATE_FORMATS", "LOCAL_TZ", "as_date", "combine_date_time", "parse_timestamps"]

LOCAL_TZ = "Europe/Stockholm"
_PANDAS2 = int(pd.__version__.split(".")[0]) >= 2
_NAT = np.datetime64("NaT", "s")


def _to_datetime(strings, utc=False):
    """pandas.to_datetime for ISO strings on pandas 1.5 and 2.x (2.x needs format='ISO8601' for mixed precision)."""
    if _PANDAS2:
        return pd.to_datetime(strings, errors="coerce", format="ISO8601", utc=utc)
    return pd.to_datetime(strings, errors="coerce", utc=utc)


def _aware_to_local(ts):
    """Series of tz-aware timestamps -> naive Europe/Stockholm local time."""
    return ts.dt.tz_convert(LOCAL_TZ).dt.tz_localize(None)


_WIDTH = 48  # strings are classified on their first characters; longer ones are never valid timestamps
_CHUNK = 131072
_ZERO, _NINE = ord("0"), ord("9")


def _classify(strings):
    """Object array of str -> masks (iso, has_offset, needs_cleaning), vectorised on a UCS-4 character matrix."""
    n = strings.size
    iso = np.zeros(n, dtype=bool)
    off = np.zeros(n, dtype=bool)
    dirty = np.zeros(n, dtype=bool)
    for a in range(0, n, _CHUNK):
        chunk = strings[a:a + _CHUNK].astype(f"U{_WIDTH + 1}")
        m = chunk.size
        v = chunk.view(np.uint32).reshape(m, _WIDTH + 1)
        length = (v != 0).sum(axis=1)
        rows = np.arange(m)

        def at(pos, v=v, rows=rows):
            return np.where(pos >= 0, v[rows, np.clip(pos, 0, _WIDTH)], 0)

        digit = (v >= _ZERO) & (v <= _NINE)
        sep = v[:, 10]
        ok = (digit[:, 0:4].all(axis=1) & (v[:, 4] == ord("-")) & digit[:, 5:7].all(axis=1) & (v[:, 7] == ord("-"))
              & digit[:, 8:10].all(axis=1) & ((sep == 0) | (sep == ord("T")) | (sep == ord(" "))))
        ok &= length <= _WIDTH
        last = at(length - 1)
        space = (v[:, 0] == ord(" ")) | (v[:, 0] == ord("\t")) | (last == ord(" ")) | (last == ord("\t"))
        dirty[a:a + m] = space | (v == ord(",")).any(axis=1) | (length > _WIDTH)
        plusminus = np.array([ord("+"), ord("-")], dtype=np.uint32)
        o6, o5, o3 = length - 6, length - 5, length - 3
        offset = ((last == ord("Z")) & (length >= 17)
                  | np.isin(at(o6), plusminus) & (at(length - 3) == ord(":")) & (o6 >= 16)
                  | np.isin(at(o5), plusminus) & (o5 >= 16)
                  | np.isin(at(o3), plusminus) & (o3 >= 16))
        iso[a:a + m] = ok
        off[a:a + m] = ok & offset
    return iso, off, dirty


def _parse_strings(strings):
    """Object array of str -> datetime64[ns] array (NaT where unparseable)."""
    strings = np.asarray(strings, dtype=object)
    iso, off, dirty = _classify(strings)
    if dirty.any():
        # ISO allows a decimal comma in the seconds; whitespace around the value or before the offset is dropped
        cleaned = (pd.Series(strings[dirty], dtype=object).str.strip().str.replace(",", ".", regex=False)
                   .str.replace(r"\s+(?=[Z+-][\d:]*$)", "", regex=True).to_numpy())
        strings = strings.copy()
        strings[dirty] = cleaned
        iso[dirty], off[dirty], _ = _classify(cleaned)
    out = np.full(strings.shape, np.datetime64("NaT", "ns"))
    naive = iso & ~off
    if naive.all():
        return np.asarray(_to_datetime(pd.Series(strings, dtype=object)).values)
    if naive.any():
        out[naive] = _to_datetime(pd.Series(strings[naive], dtype=object)).values
    if off.any():
        out[off] = _aware_to_local(_to_datetime(pd.Series(strings[off], dtype=object), utc=True)).values
    return out


# --- explicit day-first, month-first and compact forms -------------------------------------------------------------
# The ISO forms are read by every format; a chosen format adds one form that is ambiguous or not ISO. Each string is
# matched on its own with a regular expression (no library infers a format from the first rows), so columns that mix
# forms lose no rows and pandas 1.5 and 2.x give the same result.
DATE_FORMATS = ("auto", "DD/MM/YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "YYYY/MM/DD", "MM/DD/YYYY", "YYYYMMDD")

_TIME_PART = (r"(?:[ T]+(?:kl\.?\s*)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d*)?)?"
              r"(?:\s*(?P<ampm>[AaPp])\.?[Mm]\.?)?)?$")
_DATE_PART = {
    "DD/MM/YYYY": r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
    "DD.MM.YYYY": r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})",
    "DD-MM-YYYY": r"^(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})",
    "YYYY/MM/DD": r"^(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})",
    "MM/DD/YYYY": r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})",
    "YYYYMMDD": r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})",
}
_COMPACT_TIME = r"(?:[ T]+(?P<h>\d{2})(?P<mi>\d{2})(?P<s>\d{2})?)?$"  # 20240305 2215, 20240305T221530


def _explicit(strings, date_format):
    """Object array of str -> (matched mask, datetime64[s] array) for one explicit format; NaT where a matched
    string is no real date or time (31/02, 25:00, 13 PM)."""
    if date_format not in _DATE_PART:
        raise ValueError("unknown date format: {}".format(date_format))
    s = pd.Series(strings, dtype=object).str.strip().str.replace(r"\s+", " ", regex=True)
    pattern = _DATE_PART[date_format] + (_COMPACT_TIME if date_format == "YYYYMMDD" else _TIME_PART)
    parts = s.str.extract(pattern)
    matched = parts["y"].notna().to_numpy()
    out = np.full(s.size, _NAT)
    if not matched.any():
        return matched, out

    def num(name, default=np.nan):
        if name not in parts:
            return np.full(s.size, default)
        return pd.to_numeric(parts[name], errors="coerce").fillna(default).to_numpy(dtype=float)

    y, mo, d = num("y"), num("m"), num("d")
    h, mi, sec = num("h", 0.0), num("mi", 0.0), num("s", 0.0)
    ok = matched & (mo >= 1) & (mo <= 12) & (d >= 1) & (d <= 31) & (mi < 60) & (sec < 60)
    if "ampm" in parts:
        ampm = parts["ampm"].fillna("").str.upper().to_numpy(dtype=object)
        twelve = ampm != ""
        ok &= ~twelve | ((h >= 1) & (h <= 12))
        h = np.where(twelve, h % 12 + np.where(ampm == "P", 12, 0), h)
    ok &= h < 24
    y, mo, d, h, mi, sec = (np.where(ok, v, 1).astype(np.int64) for v in (y, mo, d, h, mi, sec))
    month = ((y - 1970) * 12 + mo - 1).astype("datetime64[M]")
    day = month.astype("datetime64[D]") + (d - 1).astype("timedelta64[D]")
    ok &= day.astype("datetime64[M]") == month  # 31/04 rolls into May: not a date
    when = day.astype("datetime64[s]") + (h * 3600 + mi * 60 + sec).astype("timedelta64[s]")
    out[ok] = when[ok]
    return matched, out


def _parse_object(v):
    """One non-string value -> numpy datetime64[ns] or NaT."""
    if v is None or v is pd.NaT:
        return np.datetime64("NaT", "ns")
    if isinstance(v, (float, np.floating)) and np.isnan(v):
        return np.datetime64("NaT", "ns")
    if isinstance(v, np.datetime64):
        return v.astype("datetime64[ns]")
    if isinstance(v, _dt.datetime):  # includes pandas.Timestamp
        ts = pd.Timestamp(v)
        if ts.tzinfo is not None:
            ts = ts.tz_convert(LOCAL_TZ).tz_localize(None)
        return ts.to_datetime64()
    if isinstance(v, _dt.date):
        return np.datetime64(v.isoformat(), "ns")
    return np.datetime64("NaT", "ns")


def parse_timestamps(values, date_format="auto"):
    """Parse timestamps to a numpy ``datetime64[s]`` array of naive Europe/Stockholm local time, NaT if unparseable.

    Accepts ISO 8601 strings (``2024-03-01T12:30``, with or without seconds and fractions, ``YYYY-MM-DD HH:MM``,
    ``YYYY-MM-DD`` = midnight); strings with ``Z`` or ``+01:00`` offsets are converted to Europe/Stockholm local time
    (pandas' tz database). ``datetime``/``date`` objects, numpy datetime64 and pandas timestamps are accepted too;
    None, NaN, "" and non-ISO strings (e.g. ``01/02/2024``, ambiguous) give NaT. Fractions of seconds are truncated.

    ``date_format`` (one of :data:`DATE_FORMATS`) adds one non-ISO form that strings may take besides ISO:
    ``DD/MM/YYYY``, ``DD.MM.YYYY`` or ``DD-MM-YYYY`` (Swedish and European exports: ``05/03/2024 22:15`` is
    5 March), ``YYYY/MM/DD``, ``MM/DD/YYYY`` (American) or ``YYYYMMDD``. Day and month may have one digit, the time
    (``HH:MM``, ``HH.MM``, ``HH:MM:SS``, optionally after ``kl.``, or with AM/PM; ``HHMM`` for ``YYYYMMDD``) may be
    left out (midnight). Every string is read on its own: a column that mixes the chosen form with ISO loses no row.
    """
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.DatetimeTZDtype):
        return _aware_to_local(values).values.astype("datetime64[s]")
    if isinstance(values, pd.DatetimeIndex):
        if values.tz is not None:
            values = values.tz_convert(LOCAL_TZ).tz_localize(None)
        return values.values.astype("datetime64[s]")
    arr = np.asarray(values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else values)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1:
        raise ValueError("timestamps must be one-dimensional")
    if np.issubdtype(arr.dtype, np.datetime64):
        return arr.astype("datetime64[s]")
    if date_format not in DATE_FORMATS:
        raise ValueError("unknown date format: {}".format(date_format))
    if arr.dtype.kind in "US":
        arr = arr.astype(str).astype(object)
        if date_format == "auto":
            return _parse_strings(arr).astype("datetime64[s]")
    if arr.dtype.kind != "O":  # plain numbers are not timestamps
        return np.full(arr.shape, _NAT)
    is_str = np.fromiter((isinstance(v, str) for v in arr), dtype=bool, count=arr.size)
    out = np.full(arr.shape, np.datetime64("NaT", "ns"))
    if is_str.any():
        strings = arr[is_str]
        parsed = np.full(strings.shape, np.datetime64("NaT", "ns"))
        rest = np.ones(strings.shape, dtype=bool)
        if date_format != "auto":
            matched, when = _explicit(strings, date_format)
            parsed[matched] = when[matched]
            rest = ~matched
        if rest.any():
            parsed[rest] = _parse_strings(strings[rest])
        out[is_str] = parsed
    other = np.flatnonzero(~is_str)
    if other.size:
        out[other] = np.array([_parse_object(v) for v in arr[other]], dtype="datetime64[ns]")
    return out.astype("datetime64[s]")


_CLOCK = r"^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d*)?)?)?$"
_COMPACT = r"^(\d{1,2})(\d{2})$"


def _parse_clock(times):
    """Clock times -> seconds since midnight as float (NaN where missing or invalid)."""
    arr = np.asarray(times.to_numpy() if isinstance(times, (pd.Series, pd.Index)) else times, dtype=object)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    secs = np.full(arr.shape, np.nan)
    is_str = np.fromiter((isinstance(v, str) for v in arr), dtype=bool, count=arr.size)
    if is_str.any():
        s = pd.Series(arr[is_str], dtype=object).str.strip()
        # "12:30:00" may also arrive as "1900-01-01 12:30:00" or "2024-03-01T12:30" from spreadsheets
        s = s.str.replace(r"^\d{4}-\d{2}-\d{2}[T ]", "", regex=True)
        colon = s.str.extract(_CLOCK)
        compact = s.str.extract(_COMPACT)
        # "930"/"0930"/"1230" are HHMM; a bare "9" or "12" is an hour
        use_compact = compact[0].notna()
        h = np.where(use_compact, compact[0], colon[0])
        m = np.where(use_compact, compact[1], colon[1])
        sec = np.where(use_compact, None, colon[2])
        h = pd.to_numeric(pd.Series(h), errors="coerce").to_numpy(dtype=float)
        m = pd.to_numeric(pd.Series(m), errors="coerce").fillna(0).to_numpy(dtype=float)
        sec = pd.to_numeric(pd.Series(sec), errors="coerce").fillna(0).to_numpy(dtype=float)
        ok = (h >= 0) & (h < 24) & (m < 60) & (sec < 60)
        secs[is_str] = np.where(ok, h * 3600 + m * 60 + sec, np.nan)
    for i in np.flatnonzero(~is_str):
        v = arr[i]
        if isinstance(v, _dt.datetime):
            secs[i] = v.hour * 3600 + v.minute * 60 + v.second
        elif isinstance(v, _dt.time):
            secs[i] = v.hour * 3600 + v.minute * 60 + v.second
        elif isinstance(v, np.datetime64) and not np.isnat(v):
            secs[i] = float((v - v.astype("datetime64[D]")) / np.timedelta64(1, "s"))
    return secs


def combine_date_time(dates, times, missing_time="midnight", date_format="auto"):
    """Combine a date column and a clock-time column into ``datetime64[s]`` local timestamps (NaT if no valid date).

    Dates are parsed as :func:`parse_timestamps` (with ``date_format``) and truncated to the day; times may be
    ``HH:MM``, ``HH:MM:SS``, ``HHMM`` (also ``930``), ``H.MM``, a bare hour, or ``datetime.time`` objects. A missing
    or invalid time gives midnight when ``missing_time="midnight"`` (the date alone is kept) or NaT when
    ``missing_time="nat"``.
    """
    if missing_time not in ("midnight", "nat"):
        raise ValueError("missing_time must be 'midnight' or 'nat'")
    day = parse_timestamps(dates, date_format).astype("datetime64[D]")
    secs = _parse_clock(times)
    if secs.shape != day.shape:
        raise ValueError("dates and times must have the same length")
    missing = np.isnan(secs)
    offset = np.where(missing, 0, secs).astype(np.int64).astype("timedelta64[s]")
    out = day.astype("datetime64[s]") + offset
    if missing_time == "nat":
        out[missing] = _NAT
    return out


def as_date(value):
    """One calendar date from a plain Python value: a date, a datetime (its date) or an ISO text whose first ten
    characters are YYYY-MM-DD (surrounding spaces ignored); None for None or "". Anything else raises ValueError."""
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value).strip()[:10])
