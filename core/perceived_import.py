"""Preparation of citizen-dialogue marks and safety-survey results for import: column guesses, value mapping,
row-numbered rejects and duplicate keys. Reading the file and writing the workspace are the plugin's; the shared
parts (reading, numbers, row numbers, duplicates, rejects) come from :mod:`core.importer`.

No personal data is imported: columns that look like names, e-mail addresses, phone numbers, addresses or personal
identity numbers are listed by :func:`personal_columns` and never read (not even into the rejects).
"""

import re

import numpy as np
import pandas as pd

from .importer import normalise_label, parse_number, rejects_frame, row_numbers, split_duplicates
from .timeparse import parse_timestamps
from .vocabulary import codes

__all__ = [
    "DIALOG_COLUMNS", "DIALOG_REJECT_REASONS", "SURVEY_COLUMNS", "SURVEY_REJECT_REASONS", "guess_columns",
    "mark_key", "map_words", "parse_feeling", "personal_columns", "prepare_marks", "prepare_survey", "survey_key",
]

# target field -> column names to guess from, most specific first (matching ignores case, spaces, '_' and '-')
DIALOG_COLUMNS = {
    "dialogue": ("dialogue", "dialog", "medborgardialog", "dialognamn", "enkät", "enkat", "undersökning", "survey",
                 "kampanj"),
    "date": ("marked_on", "datum", "date", "markerad", "markeringsdatum", "tidpunkt", "tid", "timestamp", "created",
             "skapad", "inskickad", "submitted"),
    "feeling": ("feeling", "känsla", "kansla", "trygghet", "upplevd trygghet", "upplevelse", "betyg", "rating",
                "safety", "score"),
    "reason": ("reason", "orsak", "anledning", "varför", "varfor", "kategori", "category", "typ"),
    "time_of_day": ("time_of_day", "tid på dygnet", "tid_pa_dygnet", "tidpådygnet", "dygnstid", "när", "nar",
                    "when"),
    "comment": ("comment", "kommentar", "kommentarer", "fritext", "beskrivning", "description", "text", "synpunkt"),
    "age_band": ("age_band", "åldersgrupp", "aldersgrupp", "ålder", "alder", "age", "age group"),
    "gender": ("gender", "kön", "kon", "sex"),
    "x": ("x", "easting", "east", "e", "x_coord", "xkoord", "östlig", "ostlig"),
    "y": ("y", "northing", "north", "n", "y_coord", "ykoord", "nordlig"),
    "lon": ("lon", "longitude", "long", "lng", "longitud"),
    "lat": ("lat", "latitude", "latitud"),
    "wkt": ("wkt", "geometry", "geometri", "geom", "the_geom", "wkt_geom"),
}
SURVEY_COLUMNS = {
    "area": ("area", "område", "omrade", "områdesnamn", "area name", "stadsdel", "deso", "regso"),
    "year": ("year", "år", "ar", "mätår", "matar", "årtal"),
    "indicator": ("indicator", "indikator", "fråga", "fraga", "mått", "matt", "variabel", "question", "measure"),
    "value": ("value", "värde", "varde", "andel", "procent", "percent", "index", "resultat", "result"),
    "lower": ("lower", "nedre", "undre", "ki_nedre", "lower_ci", "ci_lower", "nedre gräns", "konfidens nedre"),
    "upper": ("upper", "övre", "ovre", "ki_övre", "ki_ovre", "upper_ci", "ci_upper", "övre gräns"),
    "respondents": ("respondents", "antal svarande", "svarande", "antal", "n", "respondenter", "svar"),
    "unit": ("unit", "enhet"),
    "source": ("source", "källa", "kalla", "avsändare"),
}

DIALOG_REJECT_REASONS = ("no_position", "bad_position", "outside_extent", "bad_feeling", "bad_date")
SURVEY_REJECT_REASONS = ("missing_area", "unknown_area", "bad_year", "unknown_indicator", "bad_value",
                         "bad_number", "bad_interval")

# columns whose names say they hold personal data; compared on the name's words and the name without separators
_PERSONAL = {"namn", "name", "förnamn", "fornamn", "efternamn", "firstname", "lastname", "fullname", "fullständigtnamn",
             "email", "epost", "epostadress", "mail", "mejl", "emailaddress", "telefon", "telefonnummer", "tel",
             "telnr", "phone", "phonenumber", "mobil", "mobilnummer", "mobile", "adress", "address", "gatuadress",
             "hemadress", "postadress", "personnummer", "persnr", "ssn", "kontakt", "kontaktuppgifter", "contact"}


def _compact(name):
    return re.sub(r"[^0-9a-zåäöéü]", "", normalise_label(name))


def personal_columns(columns):
    """The columns whose names say they hold names, contact details or identity numbers (never imported)."""
    out = []
    for column in columns:
        words = [w for w in re.split(r"[^0-9a-zåäöéü]+", normalise_label(column)) if w]
        if _compact(column) in _PERSONAL or any(w in _PERSONAL for w in words):
            out.append(column)
    return out


def guess_columns(columns, targets, given=None, exclude=()):
    """Target field -> file column: the ``given`` one where set, else the first column whose name is a common
    Swedish or English name for it (see DIALOG_COLUMNS, SURVEY_COLUMNS). A column is used for one target only and
    never one of ``exclude`` (personal data); targets without a match are left out."""
    given = {k: v for k, v in (given or {}).items() if v}
    by_name = {}
    for column in columns:
        if column not in exclude:
            by_name.setdefault(_compact(column), column)
    used = set(given.values())
    out = dict(given)
    for target, candidates in targets.items():
        if target in out:
            continue
        for candidate in candidates:
            hit = by_name.get(_compact(candidate))
            if hit is not None and hit not in used:
                out[target] = hit
                used.add(hit)
                break
    return out


# --- values --------------------------------------------------------------------------------------------------------
_FEELING_WORDS = {
    1: ("skrämmande", "skrammande", "mycket otrygg", "mycket otryggt", "very unsafe", "frightening", "scary",
        "rädd", "radd"),
    2: ("otrygg", "otryggt", "ganska otrygg", "ganska otryggt", "unsafe", "fairly unsafe", "rather unsafe"),
    3: ("ganska trygg", "ganska tryggt", "fairly safe", "rather safe", "okej", "ok"),
    4: ("trygg", "tryggt", "mycket trygg", "mycket tryggt", "safe", "very safe"),
}
_FEELING_LOOKUP = {normalise_label(w): v for v, words in _FEELING_WORDS.items() for w in words}


def parse_feeling(values):
    """Feeling 1–4 as int, 0 where it is not one of 1–4: numbers ("2", "2,0", "2.0"), a leading number ("2 – otryggt")
    or words ("otrygg", "mycket trygg", "unsafe"); empty, 2.5, 5 and unknown words give 0."""
    s = pd.Series(np.asarray(values, dtype=object)).fillna("").astype(str)
    norm = s.map(normalise_label)
    out = np.zeros(len(s), dtype=np.int64)
    num = parse_number(norm.str.extract(r"^\s*([0-9]+(?:[.,]0+)?)(?:\s*[-–:)]\s*(?:\D.*)?|\s+\D.*)?$", expand=False)
                       .fillna(""))
    whole = np.isfinite(num) & (num >= 1) & (num <= 4) & (num == np.floor(num))
    out[whole] = num[whole].astype(np.int64)
    words = norm.map(_FEELING_LOOKUP).to_numpy(dtype=object)
    has_word = ~whole & ~pd.isna(words)
    out[has_word] = words[has_word].astype(np.int64)
    return out


_REASON_WORDS = {
    "belysning": ("belysning", "ljus", "mörkt", "morkt", "mörker", "dålig belysning", "trasig belysning", "lighting",
                  "light", "dark", "darkness", "poor lighting", "gatubelysning"),
    "ungdomsgrupper": ("ungdomsgrupper", "ungdomsgäng", "ungdomar", "gäng av ungdomar", "grupper", "folksamlingar",
                       "youths", "young people", "groups of young people", "groups", "gangs of youths"),
    "narkotika": ("narkotika", "droger", "knark", "langning", "drogförsäljning", "drugs", "drug dealing",
                  "narcotics"),
    "skadegorelse": ("skadegörelse", "skadegorelse", "nedskräpning", "nedskrapning", "skräp", "klotter",
                     "skadegörelse/nedskräpning", "skadegörelse och nedskräpning", "vandalism", "litter",
                     "graffiti", "vandalism and litter"),
    "trafik": ("trafik", "bilar", "fortkörning", "trafiksäkerhet", "traffic", "cars", "speeding"),
    "ode": ("öde", "ode", "ensligt", "öde/ensligt", "öde eller ensligt", "folktomt", "ödsligt", "deserted",
            "isolated", "lonely", "deserted or isolated", "empty"),
    "gangkriminalitet": ("gängkriminalitet", "gangkriminalitet", "gäng", "gang", "gangs", "gang crime",
                         "kriminella gäng", "skjutningar", "skottlossning", "shootings"),
    "annat": ("annat", "övrigt", "ovrigt", "annan", "other", "others"),
}
_TIME_WORDS = {
    "dag": ("dag", "dagtid", "dagen", "morgon", "förmiddag", "eftermiddag", "day", "daytime", "morning",
            "afternoon"),
    "kväll": ("kväll", "kvall", "kvällstid", "kväll/natt", "natt", "nattetid", "kvällen", "evening", "night",
              "night-time", "nighttime", "late"),
}
_GENDER_WORDS = {
    "kvinna": ("kvinna", "kvinnor", "k", "kv", "female", "f", "woman", "women", "flicka", "tjej"),
    "man": ("man", "män", "m", "male", "men", "pojke", "kille"),
    "annat": ("annat", "annan", "ickebinär", "icke-binär", "vill ej uppge", "vill inte svara", "other",
              "non-binary", "prefer not to say", "ej angivet", "okänt"),
}
_INDICATOR_WORDS = {
    "oro_for_brott": ("oro för brott", "oro for brott", "oro_for_brott", "oro", "orolig för brott", "worry about crime",
                      "fear of crime", "concern about crime"),
    "otrygghet_ute_sent": ("otrygghet ute sent", "otrygghet_ute_sent", "otrygg ute sent", "otrygghet ute sent på "
                           "kvällen", "otrygg ute sent på kvällen", "otrygghet", "känner sig otrygg ute sent",
                           "unsafe outdoors late", "feeling unsafe outdoors late at night", "unsafe at night"),
    "problemindex": ("problemindex", "problem index", "problemnivå", "lokala problem", "index"),
    "utsatthet": ("utsatthet", "utsatt för brott", "utsatthet för brott", "brottsutsatthet", "victimization",
                  "victimisation", "exposure to crime"),
    "annat": ("annat", "annan indikator", "other", "other indicator"),
}
_SOURCE_WORDS = {
    "polisen": ("polisen", "polis", "police", "polisens trygghetsmätning", "trygghetsmätning"),
    "kommun": ("kommun", "kommunen", "municipality", "kommunens enkät", "egen"),
    "ntu": ("ntu", "nationella trygghetsundersökningen", "brå", "bra"),
    "annan": ("annan", "annat", "other", "övrig"),
}


def _lookup(words, vocabulary_kind):
    table = {normalise_label(c): c for c in codes(vocabulary_kind)}
    for code, terms in words.items():
        for term in terms:
            table[normalise_label(term)] = code
    return table


_LOOKUPS = {}


def map_words(values, kind):
    """Map free text to the codes of ``kind`` ("mark_reason", "time_of_day", "gender", "age_band",
    "survey_indicator", "survey_source"): ``(codes, unknown_mask)``; empty values give None and are not unknown."""
    if kind not in _LOOKUPS:
        words = {"mark_reason": _REASON_WORDS, "time_of_day": _TIME_WORDS, "gender": _GENDER_WORDS,
                 "survey_indicator": _INDICATOR_WORDS, "survey_source": _SOURCE_WORDS, "age_band": {}}[kind]
        _LOOKUPS[kind] = _lookup(words, kind)
    s = pd.Series(np.asarray(values, dtype=object)).fillna("").astype(str).map(normalise_label)
    out = s.map(_LOOKUPS[kind]).to_numpy(dtype=object)
    if kind == "age_band":
        out = np.array([_age_band(v) if pd.isna(o) else o for v, o in zip(s, out)], dtype=object)
    empty = (s == "").to_numpy()
    unknown = np.asarray(pd.isna(out), dtype=bool) & ~empty
    out[np.asarray(pd.isna(out), dtype=bool)] = None
    return out, unknown


_BANDS = ((0, 15, "0-15"), (16, 24, "16-24"), (25, 44, "25-44"), (45, 64, "45-64"), (65, 120, "65-"))


def _age_band(text):
    """An age ("34") or a range matching a band ("16–24 år", "65+") -> the band; anything else None."""
    m = re.fullmatch(r"(\d{1,3})\s*(?:[-–]\s*(\d{1,3})|\+|-)?\s*(?:år|years|yrs)?( eller äldre| or older)?", text)
    if not m:
        return None
    low = int(m.group(1))
    high = int(m.group(2)) if m.group(2) else (120 if ("+" in text or m.group(3) or text.rstrip(" år").endswith("-"))
                                               else low)
    for a, b, band in _BANDS:
        if a <= low and high <= b:
            return band
    return None


# --- keys ----------------------------------------------------------------------------------------------------------
def mark_key(dialogue, x, y, date, reason, precision=1.0):
    """Duplicate keys ``"dialogue|x|y|YYYY-MM-DD|reason"`` (x, y rounded to ``precision``; a missing date or reason
    is empty). Arrays in, numpy object array out."""
    xs = np.floor(np.asarray(x, dtype=float) / precision + 0.5).astype(np.int64)
    ys = np.floor(np.asarray(y, dtype=float) / precision + 0.5).astype(np.int64)
    d = np.asarray(date, dtype="datetime64[D]")
    dates = np.where(np.isnat(d), "", np.datetime_as_string(d, unit="D")).astype(object)
    names = pd.Series(np.asarray(dialogue, dtype=object)).fillna("").astype(str).map(normalise_label)
    reasons = pd.Series(np.asarray(reason, dtype=object)).fillna("").astype(str)
    return (names + "|" + pd.Series(xs).astype(str) + "|" + pd.Series(ys).astype(str) + "|" + pd.Series(dates)
            + "|" + reasons).to_numpy(dtype=object)


def survey_key(area, year, indicator, source):
    """Duplicate keys ``"area|year|indicator|source"`` (area compared without case)."""
    areas = pd.Series(np.asarray(area, dtype=object)).fillna("").astype(str).map(normalise_label)
    return (areas + "|" + pd.Series(np.asarray(year)).astype(str) + "|"
            + pd.Series(np.asarray(indicator, dtype=object)).fillna("").astype(str) + "|"
            + pd.Series(np.asarray(source, dtype=object)).fillna("").astype(str)).to_numpy(dtype=object)


def _column(d, mapping, target):
    name = mapping.get(target)
    if name and name in d.columns:
        return d[name].astype(str).str.strip()
    return pd.Series([""] * len(d), dtype=object)


def _stats(n, take, reason, dup_file, dup_existing, reasons):
    stats = {"rows": int(n), "accepted": int(take.size), "rejected": int(np.sum(~pd.isna(reason))),
             "duplicates": int(dup_file.sum() + dup_existing.sum()), "duplicates_in_file": int(dup_file.sum()),
             "duplicates_existing": int(dup_existing.sum())}
    for name in reasons:
        stats[name] = int(np.sum(reason == name))
    return stats


# --- dialogue marks ------------------------------------------------------------------------------------------------
def prepare_marks(df, mapping, kind, x, y, dialogue_constant="", extent=None, existing_keys=(), date_format="auto",
                  personal=()):
    """Validate and convert dialogue marks: ``(accepted, rejects, stats)``.

    ``mapping`` is target field -> column (see :func:`guess_columns`); ``kind`` per row is "point", "polygon",
    "none" (no geometry given) or "bad" (unreadable or another type); ``x``, ``y`` the point or the polygon's
    centroid in the workspace CRS, in which ``extent`` (xmin, ymin, xmax, ymax) and ``existing_keys`` are given.
    Rejected (first failing check wins): no_position, bad_position, outside_extent, bad_feeling (not 1–4),
    bad_date (given but unreadable; an empty date is stored empty). Reasons, times of day, age bands and genders
    are mapped to the workspace codes: an unknown reason becomes 'annat' (counted in ``stats["reason_other"]``),
    an unknown time of day, age or gender is left empty (counted). Marks whose :func:`mark_key` repeats within the
    file or is in ``existing_keys`` are duplicates (the accepted table keeps only new ones; ``stats["duplicate_keys"]``
    lists the existing keys met, for a replace). ``personal`` columns are left out of the rejects' raw text.
    """
    n = len(df)
    row_no = row_numbers(df)
    d = df.reset_index(drop=True)
    kind = np.asarray(kind, dtype=object)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    no_pos = kind == "none"
    bad_pos = (kind == "bad") | (~no_pos & ~(np.isfinite(x) & np.isfinite(y)))
    outside = np.zeros(n, dtype=bool)
    if extent is not None:
        xmin, ymin, xmax, ymax = (float(v) for v in extent)
        with np.errstate(invalid="ignore"):
            outside = ~no_pos & ~bad_pos & ~((x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax))
    feeling = parse_feeling(_column(d, mapping, "feeling"))
    date_text = _column(d, mapping, "date")
    when = parse_timestamps(date_text.to_numpy(dtype=object), date_format) if n else np.zeros(0, "datetime64[s]")
    bad_date = np.isnat(when) & (date_text != "").to_numpy()
    reason = np.full(n, None, dtype=object)
    for name, mask in (("bad_date", bad_date), ("bad_feeling", feeling == 0), ("outside_extent", outside),
                       ("bad_position", bad_pos), ("no_position", no_pos)):  # reversed: the first check wins
        reason[mask] = name
    ok = np.asarray(pd.isna(reason), dtype=bool)

    reasons, reason_unknown = map_words(_column(d, mapping, "reason"), "mark_reason")
    reasons[reason_unknown] = "annat"
    times, time_unknown = map_words(_column(d, mapping, "time_of_day"), "time_of_day")
    ages, age_unknown = map_words(_column(d, mapping, "age_band"), "age_band")
    genders, gender_unknown = map_words(_column(d, mapping, "gender"), "gender")
    dialogue = _column(d, mapping, "dialogue").to_numpy(dtype=object)
    dialogue = np.where(dialogue == "", dialogue_constant, dialogue).astype(object)
    comment = _column(d, mapping, "comment").to_numpy(dtype=object)
    dates = when.astype("datetime64[D]")

    idx = np.flatnonzero(ok)
    keys = mark_key(dialogue[idx], x[idx], y[idx], dates[idx], reasons[idx]) if idx.size else np.zeros(0, object)
    dup_file, dup_existing = split_duplicates(keys, existing_keys)
    keep = ~(dup_file | dup_existing)
    take = idx[keep]
    accepted = pd.DataFrame({
        "row": row_no[take], "index": take, "kind": kind[take], "dialogue": dialogue[take],
        "marked_on": dates[take], "feeling": feeling[take], "reason": reasons[take], "time_of_day": times[take],
        "comment": [c if c else None for c in comment[take]], "age_band": ages[take], "gender": genders[take],
        "key": keys[keep],
    })
    rejects = rejects_frame(d, row_no, reason, drop_columns=personal)
    stats = _stats(n, take, reason, dup_file, dup_existing, DIALOG_REJECT_REASONS)
    stats.update({"reason_other": int(np.sum(reason_unknown[take])), "time_unknown": int(np.sum(time_unknown[take])),
                  "age_unknown": int(np.sum(age_unknown[take])), "gender_unknown": int(np.sum(gender_unknown[take])),
                  "points": int(np.sum(kind[take] == "point")), "polygons": int(np.sum(kind[take] == "polygon")),
                  "duplicate_keys": sorted(set(keys[dup_existing].tolist()))})
    return accepted, rejects, stats


# --- survey results ------------------------------------------------------------------------------------------------
def prepare_survey(df, mapping, area_names, source_constant="polisen", existing_keys=(), personal=()):
    """Validate and convert survey results: ``(accepted, rejects, stats)``.

    ``area_names`` are the workspace's areas: a row's area must match one (ignoring case and spaces) and is stored
    with the workspace's spelling. Rejected (first failing check wins): missing_area, unknown_area, bad_year (not a
    whole number 1900–2100), unknown_indicator (not one of the indicators or their common Swedish/English names:
    a misspelt indicator is refused rather than hidden under 'annat', where it would be compared with nothing),
    bad_value (value missing or not a number), bad_number (text in lower, upper or respondents, or respondents not a
    whole number ≥ 0), bad_interval (lower > value or upper < value). Numbers accept decimal comma. A source that is
    not recognised is stored as 'annan' (counted). Duplicates: same area, year, indicator and source.
    """
    n = len(df)
    row_no = row_numbers(df)
    d = df.reset_index(drop=True)
    known = {normalise_label(a): a for a in area_names}
    area_text = _column(d, mapping, "area")
    area = area_text.map(normalise_label).map(known).to_numpy(dtype=object)
    missing_area = (area_text == "").to_numpy()
    unknown_area = ~missing_area & np.asarray(pd.isna(area), dtype=bool)
    year = parse_number(_column(d, mapping, "year"))
    bad_year = ~(np.isfinite(year) & (year == np.floor(year)) & (year >= 1900) & (year <= 2100))
    indicator, ind_unknown = map_words(_column(d, mapping, "indicator"), "survey_indicator")
    unknown_indicator = np.asarray(pd.isna(indicator), dtype=bool)
    value = parse_number(_column(d, mapping, "value"))
    bad_value = ~np.isfinite(value)
    numbers = {}
    bad_number = np.zeros(n, dtype=bool)
    for target in ("lower", "upper", "respondents"):
        text = _column(d, mapping, target)
        v = parse_number(text)
        given = (text != "").to_numpy()
        bad = given & ~np.isfinite(v)
        if target == "respondents":
            bad |= given & np.isfinite(v) & ((v < 0) | (v != np.floor(v)))
        bad_number |= bad
        numbers[target] = np.where(given & ~bad, v, np.nan)
    with np.errstate(invalid="ignore"):
        bad_interval = (numbers["lower"] > value) | (numbers["upper"] < value)
    reason = np.full(n, None, dtype=object)
    for name, mask in (("bad_interval", bad_interval), ("bad_number", bad_number), ("bad_value", bad_value),
                       ("unknown_indicator", unknown_indicator), ("bad_year", bad_year),
                       ("unknown_area", unknown_area), ("missing_area", missing_area)):
        reason[mask] = name
    ok = np.asarray(pd.isna(reason), dtype=bool)
    source, source_unknown = map_words(_column(d, mapping, "source"), "survey_source")
    source[source_unknown] = "annan"
    empty_source = np.asarray(pd.isna(source), dtype=bool)
    if empty_source.any():
        constant, unknown_constant = map_words([source_constant or ""], "survey_source")
        source[empty_source] = constant[0] if not unknown_constant[0] and constant[0] else \
            ("annan" if source_constant else None)
    unit = _column(d, mapping, "unit").to_numpy(dtype=object)

    idx = np.flatnonzero(ok)
    years = np.where(np.isfinite(year), year, 0).astype(np.int64)
    keys = survey_key(area[idx], years[idx], indicator[idx], source[idx]) if idx.size else np.zeros(0, object)
    dup_file, dup_existing = split_duplicates(keys, existing_keys)
    keep = ~(dup_file | dup_existing)
    take = idx[keep]
    accepted = pd.DataFrame({
        "row": row_no[take], "area": area[take], "year": years[take], "indicator": indicator[take],
        "value": value[take], "unit": [u if u else None for u in unit[take]],
        "respondents": numbers["respondents"][take], "lower": numbers["lower"][take],
        "upper": numbers["upper"][take], "source": source[take], "key": keys[keep],
    })
    rejects = rejects_frame(d, row_no, reason, drop_columns=personal)
    stats = _stats(n, take, reason, dup_file, dup_existing, SURVEY_REJECT_REASONS)
    stats.update({"source_other": int(np.sum(source_unknown[take])),
                  "duplicate_keys": sorted(set(keys[dup_existing].tolist()))})
    return accepted, rejects, stats
