"""The declarative schema of an EST workspace.

One description serves creation, upgrade, styles and tests. Each field and layer says in which schema version it
appeared (``since``), so a workspace of any older version can be upgraded in place.

Field names are the stable English contract for model chains and SQL; ``alias`` is the Swedish label users see.
This module is plain data: no qgis, no osgeo.
"""

from dataclasses import dataclass, field
from typing import Optional, Tuple

from ..core import vocabulary

SCHEMA_VERSION = 3
META_TABLE = "trygghet_meta"
DEFAULT_EPSG = 3006

# Version history (append, never edit):
#   1 — the mapping layers: areas, incidents, paths, lamps, walks, walk_findings, places, patrol_visits.
#   2 — the measures register (measures, measure_log, measure_links, promises), area codes and finding photos.
#   3 — perceived safety (dialog_marks, dialog_areas, survey_results) and the cause analysis (problems, causes,
#       goals, measure_causes, conclusions; measures.goal_uuid).


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "string", "text", "integer", "real", "boolean", "date", "datetime"
    alias: str
    since: int = 1
    length: int = 0
    not_null: bool = False
    default: Optional[str] = None  # QGIS default-value expression, stored with the layer's style
    values: Tuple[Tuple[str, str], ...] = ()  # value map: (stored value, English source label) from core.vocabulary
    range: Optional[Tuple[int, int]] = None


@dataclass(frozen=True)
class Layer:
    name: str
    title: str  # Swedish layer title
    geometry: Optional[str]  # "Point", "LineString", "MultiPolygon" or None for a table
    fields: Tuple[Field, ...] = field(default_factory=tuple)
    since: int = 1

    def fields_at(self, version):
        return tuple(f for f in self.fields if f.since <= version)

    def field(self, name):
        return next(f for f in self.fields if f.name == name)


UUID_DEFAULT = "uuid(format:='WithoutBraces')"
NOW_DEFAULT = "now()"


def _uuid():
    return Field("uuid", "string", "UUID", length=38, not_null=True, default=UUID_DEFAULT)


INCIDENT_CATEGORIES = vocabulary.INCIDENT_CATEGORIES
FINDING_CATEGORIES = vocabulary.FINDING_CATEGORIES
MEASURE_STATUSES = vocabulary.MEASURE_STATUSES
FOLLOW_UP = vocabulary.FOLLOW_UP

LAYERS = (
    Layer("areas", "Områden", "MultiPolygon", (
        _uuid(),
        Field("name", "string", "Namn", length=100, not_null=True),
        Field("kind", "string", "Typ", length=20, default="'focus'",
              values=vocabulary.AREA_KINDS),
        Field("population", "integer", "Befolkning"),
        Field("code", "string", "Kod (t.ex. DeSO/RegSO)", length=20, since=2),
    )),
    Layer("incidents", "Händelser", "Point", (
        _uuid(),
        Field("occurred_at", "datetime", "Tidpunkt"),
        Field("category", "string", "Kategori", length=40, values=INCIDENT_CATEGORIES),
        Field("source", "string", "Källa", length=40,
              values=vocabulary.ORGANIZATIONS),
        Field("weight", "real", "Vikt", default="1"),
    )),
    Layer("paths", "Stråk", "LineString", (
        _uuid(),
        Field("name", "string", "Namn", length=100),
        Field("kind", "string", "Typ", length=20,
              values=vocabulary.PATH_KINDS),
        Field("lit", "boolean", "Belyst", default="false"),
    )),
    Layer("lamps", "Belysningspunkter", "Point", (
        _uuid(),
        Field("status", "string", "Status", length=10, default="'ok'",
              values=vocabulary.LAMP_STATUSES),
    )),
    Layer("walks", "Trygghetsvandringar", None, (
        _uuid(),
        Field("name", "string", "Namn", length=100),
        Field("area", "string", "Område", length=100),
        Field("walked_at", "datetime", "Datum och tid", default=NOW_DEFAULT),
        Field("time_of_day", "string", "Tid på dygnet", length=10, default="'kväll'",
              values=vocabulary.TIMES_OF_DAY),
        Field("participants", "integer", "Antal deltagare"),
    )),
    Layer("walk_findings", "Iakttagelser", "Point", (
        _uuid(),
        Field("walk_uuid", "string", "Vandring", length=38),
        Field("category", "string", "Kategori", length=30, values=FINDING_CATEGORIES),
        Field("severity", "integer", "Allvarlighet (1–3)", default="2", range=(1, 3)),
        Field("feeling", "integer", "Känsla (1 skrämmande – 4 trygg)", default="2", range=(1, 4)),
        Field("comment", "text", "Kommentar"),
        Field("photo", "string", "Foto", length=255, since=2),
        Field("observed_at", "datetime", "Observerad", default=NOW_DEFAULT),
    )),
    Layer("places", "Hot spots för trygghetsrundor", "MultiPolygon", (
        _uuid(),
        Field("name", "string", "Namn", length=100),
        Field("rank", "integer", "Rang"),
    )),
    Layer("patrol_visits", "Patrullbesök", "Point", (
        _uuid(),
        Field("place_uuid", "string", "Plats", length=38),
        Field("visited_at", "datetime", "Besökt", default=NOW_DEFAULT),
        Field("minutes", "real", "Minuter", default="10"),
        Field("unit", "string", "Enhet", length=40),
    )),
    Layer("promises", "Medborgarlöften", None, since=2, fields=(
        _uuid(),
        Field("title", "string", "Löfte", length=200, not_null=True),
        Field("description", "text", "Beskrivning"),
        Field("area", "string", "Område", length=100),
        Field("parties", "string", "Parter", length=200),
        Field("start_date", "date", "Från"),
        Field("end_date", "date", "Till"),
        Field("status", "string", "Status", length=20, default="'pagaende'", values=MEASURE_STATUSES),
        Field("follow_up", "string", "Uppföljning", length=10, values=FOLLOW_UP),
        Field("next_follow_up", "date", "Nästa uppföljning"),
    )),
    Layer("measures", "Åtgärder", "Point", since=2, fields=(
        _uuid(),
        Field("title", "string", "Åtgärd", length=200, not_null=True),
        Field("description", "text", "Beskrivning"),
        Field("cause", "text", "Orsak"),
        Field("category", "string", "Kategori", length=40),
        Field("kind", "string", "Situationell/social", length=20,
              values=vocabulary.MEASURE_KINDS),
        Field("recurrence", "string", "Engångs/löpande", length=20,
              values=vocabulary.RECURRENCES),
        Field("effect_horizon", "string", "Förväntad effekt", length=10,
              values=vocabulary.EFFECT_HORIZONS),
        Field("operational_goal", "text", "Operativt mål"),
        Field("indicator", "text", "Indikator"),
        Field("responsible_org", "string", "Ansvarig organisation", length=60),
        Field("responsible_person", "string", "Ansvarig person", length=100),
        Field("responsible_contact", "string", "Kontaktuppgifter", length=150),
        Field("partners", "string", "Samverkanspartner", length=200),
        Field("priority", "integer", "Prioritet", default="2", range=(1, 3)),
        Field("status", "string", "Status", length=20, default="'forslag'", values=MEASURE_STATUSES),
        Field("status_reason", "text", "Motivering av status"),
        Field("planned_start", "date", "Planerad start"),
        Field("due_date", "date", "Klart senast"),
        Field("done_date", "date", "Genomförd datum"),
        Field("follow_up", "string", "Uppföljning", length=10, values=FOLLOW_UP),
        Field("effort_planned", "real", "Planerad insats (timmar)"),
        Field("effort_actual", "real", "Faktisk insats (timmar)"),
        Field("promise_uuid", "string", "Medborgarlöfte", length=38),
        Field("goal_uuid", "string", "Målområde", length=38, since=3),
        Field("area", "string", "Område", length=100),
        Field("created_at", "datetime", "Skapad", default=NOW_DEFAULT),
        Field("updated_at", "datetime", "Ändrad", default=NOW_DEFAULT),
        Field("updated_by", "string", "Ändrad av", length=100),
        Field("version", "integer", "Version", default="1", not_null=True),
    )),
    Layer("measure_links", "Kopplade objekt", None, since=2, fields=(
        _uuid(),
        Field("measure_uuid", "string", "Åtgärd", length=38, not_null=True),
        Field("layer_name", "string", "Lager", length=200),
        Field("layer_source", "string", "Lagrets källa", length=500),
        Field("feature_uuid", "string", "Objektets UUID", length=38),
        Field("feature_fid", "integer", "Objektets fid"),
        Field("geometry_wkt", "text", "Geometri (ögonblicksbild)"),
    )),
    Layer("measure_log", "Åtgärdslogg", None, since=2, fields=(
        _uuid(),
        Field("measure_uuid", "string", "Åtgärd", length=38, not_null=True),
        Field("changed_at", "datetime", "Tidpunkt", default=NOW_DEFAULT),
        Field("changed_by", "string", "Av", length=100),
        Field("action", "string", "Händelse", length=20,
              values=vocabulary.LOG_ACTIONS),
        Field("field", "string", "Fält", length=40),
        Field("old_value", "text", "Tidigare värde"),
        Field("new_value", "text", "Nytt värde"),
        Field("note", "text", "Anteckning"),
    )),
)




def _dialog_fields():
    """What a resident marks in a medborgardialog or a map survey: no names or contact details (GDPR)."""
    return (
        _uuid(),
        Field("dialogue", "string", "Dialog eller enkät", length=100),
        Field("marked_on", "date", "Datum"),
        Field("feeling", "integer", "Känsla (1 skrämmande – 4 trygg)", range=(1, 4)),
        Field("reason", "string", "Orsak", length=30, values=vocabulary.MARK_REASONS),
        Field("time_of_day", "string", "Tid på dygnet", length=10, values=vocabulary.TIMES_OF_DAY),
        Field("comment", "text", "Kommentar"),
        Field("age_band", "string", "Åldersgrupp", length=10, values=vocabulary.AGE_BANDS),
        Field("gender", "string", "Kön", length=10, values=vocabulary.GENDERS),
    )


LAYERS = LAYERS + (
    Layer("dialog_marks", "Markeringar i medborgardialog", "Point", since=3, fields=_dialog_fields()),
    Layer("dialog_areas", "Markerade områden i medborgardialog", "MultiPolygon", since=3, fields=_dialog_fields()),
    Layer("survey_results", "Trygghetsmätningar", None, since=3, fields=(
        _uuid(),
        Field("area", "string", "Område", length=100, not_null=True),
        Field("year", "integer", "År", not_null=True),
        Field("indicator", "string", "Indikator", length=40, not_null=True, values=vocabulary.SURVEY_INDICATORS),
        Field("value", "real", "Värde"),
        Field("unit", "string", "Enhet", length=20),
        Field("respondents", "integer", "Antal svarande"),
        Field("lower", "real", "Intervall, nedre"),
        Field("upper", "real", "Intervall, övre"),
        Field("source", "string", "Källa", length=40, values=vocabulary.SURVEY_SOURCES),
    )),
    Layer("problems", "Problem", "Point", since=3, fields=(
        _uuid(),
        Field("title", "string", "Problem", length=200, not_null=True),
        Field("description", "text", "Beskrivning"),
        Field("area", "string", "Område", length=100),
        Field("categories", "string", "Brottskategorier", length=200),  # comma-separated incident category codes
        Field("period_start", "date", "Period från"),
        Field("period_end", "date", "Period till"),
        Field("offender", "text", "Gärningspersoner"),
        Field("offender_handler", "text", "Vem kan påverka gärningspersonerna"),
        Field("target", "text", "Offer eller mål"),
        Field("target_guardian", "text", "Vem skyddar offren eller målen"),
        Field("place", "text", "Plats"),
        Field("place_manager", "text", "Vem förvaltar platsen"),
        Field("status", "string", "Status", length=20, default="'hypotes'", values=vocabulary.PROBLEM_STATUSES),
        Field("sources", "string", "Underlag", length=200),  # comma-separated PROBLEM_SOURCES codes
        Field("place_layer", "string", "Platsens lager", length=200),
        Field("place_uuid", "string", "Platsens UUID", length=38),
        Field("place_wkt", "text", "Platsens geometri (ögonblicksbild)"),
        Field("responsible_org", "string", "Organisation", length=60, values=vocabulary.ORGANIZATIONS),
        Field("written_by", "string", "Skriven av", length=100),
        Field("created_at", "datetime", "Skapad", default=NOW_DEFAULT),
        Field("updated_at", "datetime", "Ändrad", default=NOW_DEFAULT),
    )),
    Layer("causes", "Orsaker", None, since=3, fields=(
        _uuid(),
        Field("problem_uuid", "string", "Problem", length=38, not_null=True),
        Field("number", "integer", "Nummer", not_null=True),
        Field("text", "text", "Orsak", not_null=True),
        Field("evidence", "text", "Belägg"),
        Field("confidence", "string", "Säkerhet", length=10, default="'medel'", values=vocabulary.CONFIDENCES),
    )),
    Layer("goals", "Målområden", None, since=3, fields=(
        _uuid(),
        Field("code", "string", "Kod", length=10),
        Field("title", "string", "Målområde", length=200, not_null=True),
        Field("description", "text", "Beskrivning"),
        Field("start_year", "integer", "Från år"),
        Field("end_year", "integer", "Till år"),
        Field("owner", "string", "Ägare", length=100),
    )),
    Layer("measure_causes", "Orsaker som åtgärder svarar mot", None, since=3, fields=(
        _uuid(),
        Field("measure_uuid", "string", "Åtgärd", length=38, not_null=True),
        Field("cause_uuid", "string", "Orsak", length=38, not_null=True),
    )),
    Layer("conclusions", "Slutsatser", None, since=3, fields=(
        _uuid(),
        Field("area", "string", "Område", length=100, not_null=True),
        Field("period_start", "date", "Period från"),
        Field("period_end", "date", "Period till"),
        Field("text", "text", "Slutsatser"),
        Field("written_by", "string", "Skriven av", length=100),
        Field("updated_at", "datetime", "Ändrad", default=NOW_DEFAULT),
    )),
)


def layers_at(version=SCHEMA_VERSION):
    return tuple(layer for layer in LAYERS if layer.since <= version)


def layer(name):
    return next(lyr for lyr in LAYERS if lyr.name == name)
