"""Preparation of an incident-file import: reading CSV/Excel as text, numbers, positions, dates, categories, keys."""

import csv
import importlib.util
import io
import os
import re
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from .timeparse import combine_date_time, parse_timestamps
from .vocabulary import INCIDENT_CATEGORY_CODES

__all__ = [
    "DEFAULT_CATEGORY_MAP",
    "EXCEL_EXTENSIONS",
    "REJECT_REASONS",
    "WORKSPACE_CATEGORIES",
    "ColumnMapping",
    "guess_column",
    "incident_key",
    "map_categories",
    "normalise_label",
    "parse_number",
    "prepare_incidents",
    "read_category_map",
    "read_table",
    "rejects_frame",
    "row_numbers",
    "split_duplicates",
]

WORKSPACE_CATEGORIES = INCIDENT_CATEGORY_CODES
REJECT_REASONS = ("no_position", "bad_position", "outside_extent", "bad_date", "unknown_category")

_DEFAULT_TERMS = {
    "skadegorelse": ("skadegörelse", "skadegorelse", "skadegörelsebrott", "åverkan", "vandalisering", "vandalism",
                     "skadegörelse på fordon", "skadegörelse genom brand", "krossad ruta", "fönsterkross"),
    "klotter": ("klotter", "klotter/tagg", "tagg", "taggning", "graffiti", "klottring", "skadegörelse genom klotter",
                "skadegörelse, klotter"),
    "narkotika": ("narkotika", "narkotikabrott", "narkotikabrott, innehav", "narkotikainnehav", "ringa narkotikabrott",
                  "narkotikaförsäljning", "narkotikahandel", "eget bruk", "bruk av narkotika", "droger",
                  "overlåtelse av narkotika", "överlåtelse av narkotika"),
    "vald": ("våld", "vald", "våldsbrott", "misshandel", "grov misshandel", "ringa misshandel", "olaga hot", "hot",
             "ofredande", "våld mot person", "slagsmål", "knivhot", "skottlossning", "mord", "dråp", "mordförsök",
             "försök till mord", "vållande till kroppsskada", "sexualbrott", "våldtäkt", "sexuellt ofredande"),
    "ran": ("rån", "ran", "grovt rån", "personrån", "butiksrån", "väskryckning", "rånförsök", "försök till rån"),
    "stold_inbrott": ("stöld", "stold", "inbrott", "stöld/inbrott", "stold_inbrott", "stöld och inbrott", "snatteri",
                      "ringa stöld", "grov stöld", "bostadsinbrott", "inbrott i bostad", "lägenhetsinbrott",
                      "villainbrott", "källarinbrott", "förrådsinbrott", "inbrott i förråd", "bilinbrott",
                      "stöld ur fordon", "stöld ur bil", "fordonsstöld", "bilstöld", "cykelstöld", "stöld av cykel",
                      "mopedstöld", "butiksstöld", "ficktjuvnad", "fickstöld", "tillgrepp", "egenmäktigt förfarande"),
    "ordningsstorning": ("ordningsstörning", "ordningsstorning", "störning", "störande beteende", "bråk", "fylleri",
                         "berusning", "offentlig berusning", "förargelseväckande beteende", "oljud", "ungdomsgäng",
                         "störande ungdomar", "störningar", "ordningslagen", "brott mot ordningslagen", "nedskräpning",
                         "fyrverkerier", "smällare", "stenkastning"),
    "brand": ("brand", "anlagd brand", "bilbrand", "brand i bil", "fordonsbrand", "containerbrand", "brand i container",
              "soptunnebrand", "papperskorgsbrand", "brand i papperskorg", "brand i byggnad", "mordbrand",
              "brand utomhus", "gräsbrand", "bränder", "anlagd eld", "eldning", "brand i sopkärl", "brand i förråd"),
    "ovrigt": ("övrigt", "ovrigt", "annat", "annan", "övriga brott", "övrigt brott", "okänd", "övrig"),
}
# case- and whitespace-insensitive free text (Swedish letters kept) -> workspace category
DEFAULT_CATEGORY_MAP = {term: cat for cat, terms in _DEFAULT_TERMS.items() for term in terms}

_SPACES = "\u00a0\u2007\u2009\u202f "


def normalise_label(value):
    """Normalise a free-text label for matching: strip, collapse whitespace, casefold (å, ä, ö are kept)."""
    return re.sub(r"\s+", " ", str(value).replace("\u00a0", " ")).strip().casefold()


# --- reading -------------------------------------------------------------------------------------------------------
def _decode(data):
    """Bytes -> text: UTF-8 (BOM dropped) or Windows-1252, line by line so a file mixing both still loads."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "\n".join(out)


def _sniff_separator(text):
    """Pick ';', ',' or tab: the one giving the same number (> 1) of fields on most of the first lines."""
    sample = [ln for ln in text.splitlines()[:50] if ln.strip()]
    if not sample:
        return ";"
    best, best_score = None, (-1, -1)
    for sep in (";", "\t", ","):  # ties favour ';' (Swedish Excel writes ';' because of the decimal comma)
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=sep)]
        except csv.Error:
            continue
        header = counts[0]
        if header < 2:
            continue
        agree = sum(1 for c in counts if c == header)
        score = (agree, header)
        if score > best_score:
            best, best_score = sep, score
    return best or ";"


EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods")


def _read_excel_pandas(path, ext, sheet):
    """A sheet through pandas and an installed engine (openpyxl, xlrd, odfpy or calamine); ValueError if none."""
    wanted = {".xls": "xlrd", ".ods": "odf"}.get(ext, "openpyxl")
    engine = next((e for e in (wanted, "python_calamine") if importlib.util.find_spec(e) is not None), None)
    if engine is None:
        raise ValueError("no Excel reader installed; save the sheet as CSV")
    try:
        return pd.read_excel(path, sheet_name=0 if sheet is None else sheet, dtype=str, keep_default_na=False,
                             engine="calamine" if engine == "python_calamine" else engine)
    except ImportError as exc:
        raise ValueError("no Excel reader installed; save the sheet as CSV") from exc


def read_table(path, sheet=None, excel_reader=None):
    """Read a CSV/TXT (encoding and separator detected) or Excel sheet as a DataFrame of strings.

    Everything stays text (no NA conversion); column names are stripped; fully empty rows are dropped while the
    index keeps each row's position, so ``index + 2`` is the 1-based row number in the file (header = row 1).
    Sheets are read by ``excel_reader(path, sheet)`` (a DataFrame of strings indexed so, or None when it cannot read
    that kind of file; the plugin passes GDAL's reader), else by an installed pandas engine (openpyxl, xlrd, odfpy
    or calamine), else ValueError.
    """
    ext = os.path.splitext(str(path))[1].lower()
    if ext in EXCEL_EXTENSIONS:
        df = excel_reader(path, sheet) if excel_reader is not None else None
        if df is None:
            df = _read_excel_pandas(path, ext, sheet)
    else:
        with open(path, "rb") as fh:
            text = _decode(fh.read())
        sep = _sniff_separator(text)
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=False,
                         engine="python" if sep == "\t" else "c")
    df = df.fillna("").astype(str)
    df.columns = [str(c).strip() for c in df.columns]
    if len(df):
        empty = (df.apply(lambda col: col.str.strip()) == "").all(axis=1)
        df = df[~empty.to_numpy()]
    return df


def parse_number(series):
    """Text to float array: decimal comma or point, spaces/non-breaking/thin spaces as thousands separators.

    With both ``,`` and ``.`` present the last one is the decimal separator (``1.234,5`` and ``1,234.5`` both give
    1234.5); a lone comma is decimal (``1,234`` = 1.234). A Unicode minus is accepted; anything else gives NaN.
    """
    arr = np.asarray(series.to_numpy() if isinstance(series, (pd.Series, pd.Index)) else series, dtype=object)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    s = pd.Series(arr, dtype=object)
    is_num = np.fromiter((isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)
                          for v in arr), dtype=bool, count=arr.size)
    out = np.full(arr.shape, np.nan)
    if is_num.any():
        out[is_num] = arr[is_num].astype(float)
    txt = ~is_num
    if txt.any():
        t = s[txt].astype(str).str.replace("[" + _SPACES + "'’]", "", regex=True).str.replace("\u2212", "-",
                                                                                              regex=False)
        comma_last = t.str.rfind(",") > t.str.rfind(".")
        t = t.where(~comma_last, t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False))
        t = t.where(comma_last, t.str.replace(",", "", regex=False))
        out[txt] = pd.to_numeric(t, errors="coerce").to_numpy(dtype=float)
    return out


# --- categories ----------------------------------------------------------------------------------------------------
def _norm_series(values):
    s = pd.Series(np.asarray(values, dtype=object)).fillna("").astype(str)
    return s.str.replace("\u00a0", " ", regex=False).str.replace(r"\s+", " ", regex=True).str.strip().str.casefold()


def map_categories(values, category_map=None):
    """Map police codes or free text to workspace categories: ``(codes, unknown_mask)``.

    Matching is case- and whitespace-insensitive with Swedish letters kept; ``category_map`` (label -> workspace
    category; default :data:`DEFAULT_CATEGORY_MAP`) is extended with the workspace codes themselves. Unknown or
    empty values give code None and True in ``unknown_mask``.
    """
    cmap = DEFAULT_CATEGORY_MAP if category_map is None else category_map
    lookup = {c: c for c in WORKSPACE_CATEGORIES}
    for label, cat in cmap.items():
        target = normalise_label(cat)
        if target not in WORKSPACE_CATEGORIES:
            raise ValueError(f"unknown workspace category: {cat}")
        lookup[normalise_label(label)] = target
    norm = _norm_series(values)
    codes = norm.map(lookup).to_numpy(dtype=object)
    unknown = pd.isna(codes).astype(bool)
    codes[unknown] = None
    return codes, unknown


def read_category_map(df):
    """Category map from a two-column table (source label, workspace category); empty rows are skipped."""
    if df.shape[1] < 2:
        raise ValueError("a category table needs two columns")
    out = {}
    bad = []
    for label, cat in zip(df.iloc[:, 0].astype(str), df.iloc[:, 1].astype(str)):
        if not label.strip() and not cat.strip():
            continue
        target = normalise_label(cat)
        if target not in WORKSPACE_CATEGORIES:
            bad.append(cat)
            continue
        out[normalise_label(label)] = target
    if bad:
        raise ValueError("unknown workspace categories: {}".format(", ".join(sorted(set(bad)))))
    return out


# --- mapping and preparation ---------------------------------------------------------------------------------------
@dataclass
class ColumnMapping:
    """Which file columns hold what. ``mode`` is "xy", "latlon" or "wkt"; time is either ``timestamp`` (one column)
    or ``date`` plus optional ``time_of_day``; ``source`` names a column, ``source_constant`` a fixed value (used
    where the column is absent or empty); ``id`` is an optional column with the source's own incident id."""

    mode: str = "xy"
    x: Optional[str] = None
    y: Optional[str] = None
    lat: Optional[str] = None
    lon: Optional[str] = None
    wkt: Optional[str] = None
    timestamp: Optional[str] = None
    date: Optional[str] = None
    time_of_day: Optional[str] = None
    category: Optional[str] = None
    source: Optional[str] = None
    source_constant: str = ""
    id: Optional[str] = None

    def columns(self):
        """Names of the file columns this mapping reads."""
        names = {"xy": (self.x, self.y), "latlon": (self.lat, self.lon), "wkt": (self.wkt,)}.get(self.mode)
        if names is None:
            raise ValueError("mode must be 'xy', 'latlon' or 'wkt'")
        names = names + (self.timestamp, self.date, self.time_of_day, self.category, self.source, self.id)
        return [n for n in names if n]

    def validate(self, df):
        """Raise ValueError if a needed column is unset or missing from ``df``."""
        need = {"xy": ("x", "y"), "latlon": ("lat", "lon"), "wkt": ("wkt",)}.get(self.mode)
        if need is None:
            raise ValueError("mode must be 'xy', 'latlon' or 'wkt'")
        for attr in need + ("category",):
            if not getattr(self, attr):
                raise ValueError(f"no column chosen for {attr}")
        if not self.timestamp and not self.date:
            raise ValueError("no column chosen for the time")
        missing = [c for c in self.columns() if c not in df.columns]
        if missing:
            raise ValueError("columns not in the file: {}".format(", ".join(missing)))


_WKT_POINT = (r"^\s*POINT\s*(?:Z|M|ZM)?\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)(?:\s+[-+0-9.eE]+){0,2}\s*\)\s*$")


def _positions(df, mapping):
    """-> x, y float arrays and a mask of rows with no position given at all."""
    if mapping.mode == "wkt":
        raw = df[mapping.wkt].astype(str).str.strip()
        empty = (raw == "").to_numpy() | raw.str.upper().str.contains(r"EMPTY\s*$", regex=True).to_numpy()
        xy = raw.str.extract(_WKT_POINT, flags=re.IGNORECASE)
        return parse_number(xy[0]), parse_number(xy[1]), empty
    a, b = (mapping.x, mapping.y) if mapping.mode == "xy" else (mapping.lon, mapping.lat)
    ra, rb = df[a].astype(str).str.strip(), df[b].astype(str).str.strip()
    empty = ((ra == "") & (rb == "")).to_numpy()
    return parse_number(ra), parse_number(rb), empty


def _round_coord(v, precision):
    return np.floor(np.asarray(v, dtype=float) / precision + 0.5).astype(np.int64)


def incident_key(occurred_at, x, y, category, precision=1.0):
    """Stable duplicate key(s) ``"YYYY-MM-DDTHH:MM:SS|x|y|category"`` with x, y rounded to ``precision`` units.

    Scalars give a str, arrays a numpy object array. Use the same CRS (and precision) as the keys you compare with.
    """
    scalar = np.ndim(x) == 0
    t = np.atleast_1d(np.asarray(occurred_at, dtype="datetime64[s]"))
    xs = _round_coord(np.atleast_1d(x), precision)
    ys = _round_coord(np.atleast_1d(y), precision)
    cats = np.atleast_1d(np.asarray(category, dtype=object)).astype(str)
    keys = (pd.Series(np.datetime_as_string(t, unit="s")) + "|" + pd.Series(xs).astype(str) + "|"
            + pd.Series(ys).astype(str) + "|" + pd.Series(cats)).to_numpy(dtype=object)
    return keys[0] if scalar else keys


def prepare_incidents(df, mapping, category_map=None, extent=None, existing_keys=(), key_precision=None,
                      transform=None, date_format="auto"):
    """Validate and convert a text table of incidents: ``(accepted, rejects, stats)``.

    ``accepted`` has x, y (file CRS), occurred_at (datetime64[s], naive local), category (workspace code), source,
    source_id, raw_category, row and key; ``rejects`` has row (1-based, header = row 1), raw (the row's fields joined
    by ';') and reason: no_position (empty, or the 0,0 placeholder), bad_position (unparseable, non-finite, lat/lon
    out of range, non-point WKT), outside_extent (``extent`` = (xmin, ymin, xmax, ymax) in the file CRS), bad_date,
    unknown_category (first failing check wins, in that order). Rows whose :func:`incident_key` (time, place rounded
    to ``key_precision``, default 1 m or 1e-5 degree for lat/lon, category) repeats within the file or is in
    ``existing_keys`` are skipped and counted in ``stats["duplicates"]``; pass ``transform`` (a callable mapping
    x, y arrays to the workspace CRS) so that keys are built in the CRS ``existing_keys`` were made in.
    ``date_format`` (see ``timeparse.DATE_FORMATS``) names the non-ISO form of the file's dates, e.g. "DD/MM/YYYY".
    """
    mapping.validate(df)
    n = len(df)
    row_no = row_numbers(df)
    d = df.reset_index(drop=True)

    x, y, empty = _positions(d, mapping)
    finite = np.isfinite(x) & np.isfinite(y)
    zero = finite & (x == 0) & (y == 0)
    no_pos = empty | zero
    bad_pos = ~no_pos & ~finite
    if mapping.mode == "latlon":
        bad_pos |= ~no_pos & finite & ((np.abs(y) > 90) | (np.abs(x) > 180))
    outside = np.zeros(n, dtype=bool)
    if extent is not None:
        xmin, ymin, xmax, ymax = (float(v) for v in extent)
        with np.errstate(invalid="ignore"):
            outside = finite & ~((x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax))

    if mapping.timestamp:
        when = parse_timestamps(d[mapping.timestamp].to_numpy(dtype=object), date_format)
    else:
        times = d[mapping.time_of_day] if mapping.time_of_day else pd.Series([""] * n, dtype=object)
        when = combine_date_time(d[mapping.date].to_numpy(dtype=object), times.to_numpy(dtype=object),
                                 date_format=date_format)
    bad_date = np.isnat(when)

    raw_cat = d[mapping.category].astype(str).str.strip()
    codes, unknown = map_categories(raw_cat.to_numpy(dtype=object), category_map)

    reason = np.full(n, None, dtype=object)
    for name, mask in (("unknown_category", unknown), ("bad_date", bad_date), ("outside_extent", outside),
                       ("bad_position", bad_pos), ("no_position", no_pos)):  # reversed: the first check wins
        reason[mask] = name
    ok = np.asarray(pd.isna(reason), dtype=bool)

    if mapping.source and mapping.source in d.columns:
        src = d[mapping.source].astype(str).str.strip()
        src = src.where(src != "", mapping.source_constant).to_numpy(dtype=object)
    else:
        src = np.full(n, mapping.source_constant, dtype=object)
    sid = d[mapping.id].astype(str).str.strip().to_numpy(dtype=object) if mapping.id else np.full(n, "", dtype=object)

    idx = np.flatnonzero(ok)
    kx, ky = x[idx], y[idx]
    if transform is not None and idx.size:
        kx, ky = (np.asarray(v, dtype=float) for v in transform(kx, ky))
    precision = key_precision if key_precision is not None else (
        1e-5 if mapping.mode == "latlon" and transform is None else 1.0)
    keys = incident_key(when[idx], kx, ky, codes[idx], precision=precision) if idx.size else np.zeros(0, object)
    keys = np.asarray(keys, dtype=object)
    dup_file, dup_existing = split_duplicates(keys, existing_keys)
    keep = ~(dup_file | dup_existing)
    take = idx[keep]

    accepted = pd.DataFrame({
        "x": x[take], "y": y[take], "occurred_at": when[take], "category": codes[take], "source": src[take],
        "source_id": sid[take], "raw_category": raw_cat.to_numpy(dtype=object)[take], "row": row_no[take],
        "key": keys[keep],
    })
    rej = np.flatnonzero(~ok)
    rejects = rejects_frame(d, row_no, reason)
    stats = {
        "rows": int(n),
        "accepted": int(take.size),
        "rejected": int(rej.size),
        "duplicates": int(dup_file.sum() + dup_existing.sum()),
        "duplicates_in_file": int(dup_file.sum()),
        "duplicates_existing": int(dup_existing.sum()),
    }
    for name in REJECT_REASONS:
        stats[name] = int(np.sum(reason[rej] == name)) if rej.size else 0
    return accepted, rejects, stats


# --- shared by every import (incidents, dialogue marks, survey results) ---------------------------------------------
def row_numbers(df):
    """1-based row numbers in the file (header = row 1) of the rows of a table read by :func:`read_table`."""
    index = np.asarray(df.index)
    n = len(df)
    return (index.astype(np.int64) if n and np.issubdtype(index.dtype, np.integer)
            else np.arange(n, dtype=np.int64)) + 2


def split_duplicates(keys, existing_keys=()):
    """``(in_file, existing)`` boolean masks over ``keys``: a repeat of an earlier key of the file (the first is
    kept), or a key already in ``existing_keys`` (not counted twice)."""
    keys = np.asarray(keys, dtype=object)
    dup_file = pd.Series(keys, dtype=object).duplicated(keep="first").to_numpy(dtype=bool)
    existing = set(existing_keys) if not isinstance(existing_keys, (set, frozenset)) else existing_keys
    dup_existing = ~dup_file & np.fromiter((k in existing for k in keys), dtype=bool, count=keys.size) \
        if existing else np.zeros(keys.size, dtype=bool)
    return dup_file, dup_existing


def rejects_frame(d, row_no, reason, drop_columns=()):
    """The rejected rows (``reason`` not None): row number, the row's fields joined by ';' (without
    ``drop_columns``, e.g. personal data) and the reason code."""
    reason = np.asarray(reason, dtype=object)
    rej = np.flatnonzero(~np.asarray(pd.isna(reason), dtype=bool))
    keep = [c for c in d.columns if c not in set(drop_columns)]
    raw_text = d.iloc[rej][keep].astype(str).agg(";".join, axis=1).to_numpy(dtype=object) if rej.size and keep \
        else np.full(rej.size, "", dtype=object)
    return pd.DataFrame({"row": np.asarray(row_no)[rej], "raw": raw_text, "reason": reason[rej].astype(object)})


def _compact(name):
    return re.sub(r"[^0-9a-zåäöéü]", "", normalise_label(name))


def guess_column(columns, candidates):
    """The first of ``columns`` whose name matches one of ``candidates`` (in the candidates' order), ignoring case,
    spaces, '_' and '-'; None if none does."""
    by_name = {}
    for column in columns:
        by_name.setdefault(_compact(column), column)
    for candidate in candidates:
        hit = by_name.get(_compact(candidate))
        if hit is not None:
            return hit
    return None
