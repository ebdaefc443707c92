"""The one vocabulary of the EST work: statuses, follow-up colours, categories, organizations, kinds and layer titles.

Stored codes are stable (they are the contract for SQL, model chains and old workspaces); each has an English source
label marked with ``N_()`` so that scripts/i18n.py extracts it into the translation. Callers show a label through
the plugin's translation: ``label("status", code, tr)``. The schema, the register, the dock, the form, the export,
the report and the charts derive from here; nothing else lists these codes.

Plain data: no qgis, no Qt.
"""

__all__ = [
    "CLOSED_STATUSES", "DONE_STATUS", "FOLLOW_UP_COLOURS", "FOLLOW_UP_ORDER", "INCIDENT_CATEGORY_CODES", "KINDS",
    "LAYER_TITLES", "OPEN_STATUSES", "ORGANIZATION_CODES", "REASON_STATUSES", "STATUS_CODES", "codes", "items",
    "label",
]


def N_(text):  # noqa: N802 - marks an English source string for extraction; translate it where it is shown
    return text


MEASURE_STATUSES = (
    ("forslag", N_("Proposed")),
    ("beslutad", N_("Decided")),
    ("pagaende", N_("In progress")),
    ("genomford", N_("Done")),
    ("avbruten", N_("Cancelled")),
    ("ej_aktuell", N_("No longer relevant")),
)
STATUS_CODES = tuple(code for code, _label in MEASURE_STATUSES)
REASON_STATUSES = ("avbruten", "ej_aktuell")  # a measure with these needs a status_reason
CLOSED_STATUSES = ("genomford", "avbruten", "ej_aktuell")  # never overdue
OPEN_STATUSES = tuple(code for code in STATUS_CODES if code not in CLOSED_STATUSES)
DONE_STATUS = "genomford"

FOLLOW_UP = (("green", N_("Green")), ("yellow", N_("Yellow")), ("red", N_("Red")))
FOLLOW_UP_ORDER = {"red": 0, "yellow": 1, "green": 2}  # worst first
# strong colours for markers on screen, pale ones for table cells in print
FOLLOW_UP_COLOURS = {"green": "#2e9e44", "yellow": "#f2c200", "red": "#d7191c"}
FOLLOW_UP_CELL_COLOURS = {"green": "#b7e1b5", "yellow": "#ffe8a3", "red": "#f4b6b0"}

INCIDENT_CATEGORIES = (
    ("skadegorelse", N_("Vandalism")),
    ("klotter", N_("Graffiti")),
    ("narkotika", N_("Drugs")),
    ("vald", N_("Violence")),
    ("ran", N_("Robbery")),
    ("stold_inbrott", N_("Theft/burglary")),
    ("ordningsstorning", N_("Public disorder")),
    ("brand", N_("Fire")),
    ("ovrigt", N_("Other")),
)
INCIDENT_CATEGORY_CODES = tuple(code for code, _label in INCIDENT_CATEGORIES)
ALL_CATEGORIES = "alla"  # the summary row over every category

FINDING_CATEGORIES = (
    ("belysning", N_("Lighting")),
    ("overblickbarhet", N_("Overview and sight lines")),
    ("synlighet", N_("Visibility")),
    ("manniskor", N_("People about")),
    ("sakerhet", N_("Safety and help")),
    ("gangvag", N_("Footpath")),
    ("kollektivtrafik", N_("Public transport")),
    ("vegetation", N_("Vegetation blocks the view")),
    ("nedskrapning", N_("Litter")),
    ("klotter", N_("Graffiti")),
    ("skadegorelse", N_("Vandalism")),
    ("gomstalle", N_("Hiding place")),
    ("ovrigt", N_("Other")),
)

# organizations responsible for measures and sources of incidents (also the PostGIS organization roles)
ORGANIZATIONS = (
    ("polis", N_("Police")),
    ("kommun", N_("Municipality")),
    ("fastighetsagare", N_("Property owner")),
    ("raddningstjanst", N_("Rescue service")),
    ("ovrig", N_("Other organization")),
)
ORGANIZATION_CODES = tuple(code for code, _label in ORGANIZATIONS)

AREA_KINDS = (("focus", N_("Focus area")), ("reference", N_("Reference area")))
PATH_KINDS = (("gangvag", N_("Footpath")), ("cykelvag", N_("Cycle path")), ("gang_cykel", N_("Foot and cycle path")),
              ("gata", N_("Street")), ("stig", N_("Trail")))
LAMP_STATUSES = (("ok", N_("Working")), ("broken", N_("Broken")))
TIMES_OF_DAY = (("dag", N_("Day")), ("kväll", N_("Evening")))
MEASURE_KINDS = (("situational", N_("Situational")), ("social", N_("Social")))
RECURRENCES = (("one-off", N_("One-off")), ("regular", N_("Ongoing work")))
EFFECT_HORIZONS = (("short", N_("Short term")), ("long", N_("Long term")))
LOG_ACTIONS = (("created", N_("Created")), ("edited", N_("Changed")), ("status", N_("New status")),
               ("follow_up", N_("New follow-up colour")), ("linked", N_("Linked")),
               ("deleted", N_("Deleted")))

# perceived safety: citizen dialogue marks and survey results (schema 3)
MARK_REASONS = (
    ("belysning", N_("Lighting")),
    ("ungdomsgrupper", N_("Groups of young people")),
    ("narkotika", N_("Drugs")),
    ("skadegorelse", N_("Vandalism and litter")),
    ("trafik", N_("Traffic")),
    ("ode", N_("Deserted or isolated")),
    ("gangkriminalitet", N_("Gang crime")),
    ("annat", N_("Other")),
)
AGE_BANDS = (("0-15", N_("0–15 years")), ("16-24", N_("16–24 years")), ("25-44", N_("25–44 years")),
             ("45-64", N_("45–64 years")), ("65-", N_("65 years or older")))
GENDERS = (("kvinna", N_("Woman")), ("man", N_("Man")), ("annat", N_("Other or not stated")))
SURVEY_INDICATORS = (
    ("oro_for_brott", N_("Worry about crime")),
    ("otrygghet_ute_sent", N_("Feeling unsafe outdoors late at night")),
    ("problemindex", N_("Problem index")),
    ("utsatthet", N_("Victimization")),
    ("annat", N_("Other indicator")),
)
SURVEY_SOURCES = (("polisen", N_("The police's safety survey")), ("kommun", N_("The municipality's own survey")),
                  ("ntu", N_("The Swedish Crime Survey (NTU)")), ("annan", N_("Other source")))
# the cause analysis: problems, their numbered causes, goal areas (schema 3)
PROBLEM_STATUSES = (("hypotes", N_("Hypothesis")), ("belagd", N_("Supported")), ("avford", N_("Dismissed")))
PROBLEM_SOURCES = (("incidents", N_("Reported incidents")), ("walk_findings", N_("Walk findings")),
                   ("dialog_marks", N_("Citizen dialogue")), ("interviews", N_("Interviews")),
                   ("other", N_("Other sources")))
CONFIDENCES = (("lag", N_("Low")), ("medel", N_("Medium")), ("hog", N_("High")))

KINDS = {
    "status": MEASURE_STATUSES,
    "follow_up": FOLLOW_UP,
    "incident_category": INCIDENT_CATEGORIES + ((ALL_CATEGORIES, N_("All incidents")),),
    "finding_category": FINDING_CATEGORIES,
    "organization": ORGANIZATIONS,
    "area_kind": AREA_KINDS,
    "path_kind": PATH_KINDS,
    "lamp_status": LAMP_STATUSES,
    "time_of_day": TIMES_OF_DAY,
    "measure_kind": MEASURE_KINDS,
    "recurrence": RECURRENCES,
    "effect_horizon": EFFECT_HORIZONS,
    "log_action": LOG_ACTIONS,
    "mark_reason": MARK_REASONS,
    "age_band": AGE_BANDS,
    "gender": GENDERS,
    "survey_indicator": SURVEY_INDICATORS,
    "survey_source": SURVEY_SOURCES,
    "problem_status": PROBLEM_STATUSES,
    "problem_source": PROBLEM_SOURCES,
    "confidence": CONFIDENCES,
}

# the workspace's layers as users see them in a project (the table names stay English)
LAYER_TITLES = {
    "areas": N_("Areas"),
    "incidents": N_("Incidents"),
    "paths": N_("Paths"),
    "lamps": N_("Street lamps"),
    "walks": N_("Safety walks"),
    "walk_findings": N_("Walk findings"),
    "places": N_("Hot spots for patrols"),
    "patrol_visits": N_("Patrol visits"),
    "promises": N_("Citizen promises"),
    "measures": N_("Measures"),
    "measure_links": N_("Linked features"),
    "measure_log": N_("Measure log"),
    "dialog_marks": N_("Citizen dialogue marks"),
    "dialog_areas": N_("Citizen dialogue areas"),
    "survey_results": N_("Safety survey results"),
    "problems": N_("Problems"),
    "causes": N_("Causes"),
    "goals": N_("Goal areas"),
    "measure_causes": N_("Causes answered by measures"),
    "conclusions": N_("Conclusions"),
}


def _identity(text):
    return text


def codes(kind):
    """The stored codes of a vocabulary, in their order."""
    return tuple(code for code, _label in KINDS[kind])


def items(kind, translate=_identity):
    """(code, label) pairs of a vocabulary, labels passed through ``translate`` (the plugin's ``tr``)."""
    return tuple((code, translate(source)) for code, source in KINDS[kind])


def label(kind, code, translate=_identity):
    """The label of ``code`` through ``translate``; an unknown code is shown as it is, None as ""."""
    if code is None:
        return ""
    for known, source in KINDS[kind]:
        if known == code:
            return translate(source)
    return str(code)
