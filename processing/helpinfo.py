"""Where each algorithm is described in the README (a Swedish and an English section), and the words the Processing
toolbox search finds it by. One table, so that an algorithm's help link and search words sit side by side."""

import configparser
import os
import re
import unicodedata

from ..i18n import locale_code
from ..plugin_paths import PLUGIN_DIR

# algorithm id → (README heading of the Swedish section, README heading of the English section)
SECTIONS = {
    "createworkspace": ("Arbetsytan", "The workspace"),
    "createdemoworkspace": ("Demoarbetsytan", "The demo workspace"),
    "importincidents": ("Lägesbild per område", "Lägesbild per område"),
    "importdialog": ("Upplevd trygghet: medborgardialoger och trygghetsmätningar",
                     "Perceived safety: citizen dialogues and safety surveys"),
    "importsurvey": ("Upplevd trygghet: medborgardialoger och trygghetsmätningar",
                     "Perceived safety: citizen dialogues and safety surveys"),
    "hotspotdensity": ("Hot spots, platser för trygghetsrundor och patrulleringsdos",
                       "Hot spots, hot places for patrols and patrol dosage"),
    "hotplaces": ("Hot spots, platser för trygghetsrundor och patrulleringsdos",
                  "Hot spots, hot places for patrols and patrol dosage"),
    "patroldosage": ("Hot spots, platser för trygghetsrundor och patrulleringsdos",
                     "Hot spots, hot places for patrols and patrol dosage"),
    "hotspotstatistics": ("Signifikans och trender (svenska)", "Significance and trends (English)"),
    "emerginghotspots": ("Signifikans och trender (svenska)", "Significance and trends (English)"),
    "periodcomparison": ("Signifikans och trender (svenska)", "Significance and trends (English)"),
    "nearrepeat": ("Signifikans och trender (svenska)", "Significance and trends (English)"),
    "areasummary": ("Lägesbild per område", "Lägesbild per område"),
    "temporalpattern": ("Lägesbild per område", "Lägesbild per område"),
    "exportlagesbild": ("Lägesbildsrapport (PDF) / The lägesbild report",
                        "Lägesbildsrapport (PDF) / The lägesbild report"),
    "lagesbild": ("Lägesbildsrapport (PDF) / The lägesbild report", "Lägesbildsrapport (PDF) / The lägesbild report"),
    "saferoutes": ("Trygga stråk och trygghetsvandringar", "Safe paths and safety walks"),
    "safestroute": ("Trygga stråk och trygghetsvandringar", "Safe paths and safety walks"),
    "createwalkproject": ("Trygga stråk och trygghetsvandringar", "Safe paths and safety walks"),
    "walkoverlay": ("Trygga stråk och trygghetsvandringar", "Safe paths and safety walks"),
    "measureeffect": ("Åtgärdsregistret och effektutvärdering", "The measures register and effect evaluation"),
    "riskmap": ("Prognoser och riskkarta (svenska)", "Forecasts and risk map (English)"),
    "forecast": ("Prognoser och riskkarta (svenska)", "Forecasts and risk map (English)"),
    "perceivedsafety": ("Otrygghet och brott per ruta (svenska)", "Fear and crime per cell (English)"),
}

# algorithm id → search words (English and Swedish) beyond its name
TAGS = {
    "createworkspace": ["workspace", "arbetsyta", "geopackage", "postgis", "EST"],
    "createdemoworkspace": ["demo", "workspace", "arbetsyta", "example", "exempel"],
    "importincidents": ["import", "incidents", "händelser", "csv", "police", "polisen", "brott", "crime"],
    "importdialog": ["import", "medborgardialog", "citizen dialogue", "marks", "markeringar", "upplevd trygghet",
                     "perceived safety", "map survey", "kartenkät", "GeoJSON"],
    "importsurvey": ["import", "trygghetsmätning", "safety survey", "enkät", "survey", "NTU", "problemindex",
                     "oro för brott", "indicator", "indikator"],
    "hotspotdensity": ["heatmap", "heat map", "KDE", "kernel density", "density", "hot spot", "hotspot",
                       "värmekarta", "täthet", "täthetskarta", "kärntäthet", "brott", "crime"],
    "hotplaces": ["hot spot", "hotspot", "hot places", "heta platser", "patrol", "patrullering",
                  "trygghetsrundor", "KDE", "värmekarta"],
    "patroldosage": ["patrol", "dosage", "patrullering", "dos", "hot spot", "hotspot", "Koper", "trygghetsrundor"],
    "hotspotstatistics": ["Gi*", "Getis-Ord", "Gi", "Local Moran", "LISA", "hot spot", "hotspot", "cold spot",
                          "heta punkter", "kalla fläckar", "signifikans", "significance", "cluster", "kluster"],
    "emerginghotspots": ["emerging hot spot", "emerging", "Mann-Kendall", "space-time", "Gi*", "hot spot",
                         "hotspot", "trend", "framväxande", "rum-tid"],
    "periodcomparison": ["SPPT", "Andresen", "S-index", "period", "compare", "jämförelse", "förändring", "change"],
    "nearrepeat": ["near repeat", "Knox", "repeat", "upprepad", "nära upprepning", "space-time", "rum-tid"],
    "areasummary": ["area", "summary", "rate", "per 1000", "trend", "områden", "sammanställning", "takt",
                    "DeSO", "RegSO", "lägesbild"],
    "temporalpattern": ["time", "weekday", "hour", "month", "veckodag", "timme", "månad", "tidsmönster", "chart",
                        "diagram"],
    "exportlagesbild": ["report", "PDF", "atlas", "layout", "rapport", "lägesbild", "utskrift", "print"],
    "lagesbild": ["model", "modell", "report", "PDF", "lägesbild", "rapport", "KDE", "Gi*"],
    "saferoutes": ["safe paths", "trygga stråk", "lighting", "belysning", "network", "nätverk", "paths", "stråk"],
    "safestroute": ["route", "safest", "rutt", "tryggaste väg", "network", "nätverk", "shortest path"],
    "createwalkproject": ["QField", "safety walk", "trygghetsvandring", "field", "fält", "walk"],
    "walkoverlay": ["safety walk", "trygghetsvandring", "findings", "fynd", "priority", "prioritet", "follow-up",
                    "uppföljning"],
    "measureeffect": ["effect", "evaluation", "before after", "före efter", "effekt", "utvärdering", "control",
                      "kontroll", "åtgärder", "measures", "WDQ"],
    "riskmap": ["risk map", "riskkarta", "prospective", "prospektiv", "hot spot", "hotspot", "PAI", "PEI",
                "prediction", "prognos", "near repeat", "patrol", "trygghetsrundor"],
    "forecast": ["forecast", "prognos", "prediction", "ETS", "Holt-Winters", "exponential smoothing", "Poisson",
                 "MASE", "trend", "säsong", "season"],
    "perceivedsafety": ["perceived safety", "upplevd trygghet", "otrygghet", "fear of crime", "dialogue",
                        "medborgardialog", "markeringar", "bivariate", "bivariat", "Local Moran", "LISA"],
}


def anchor(heading):
    """The anchor GitHub gives a README heading: lower case, punctuation dropped, spaces as hyphens."""
    text = unicodedata.normalize("NFC", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def repository_url():
    """The plugin's repository from metadata.txt (its README is the user guide)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
        return parser.get("general", "repository", fallback="").strip().rstrip("/")
    except (configparser.Error, OSError):
        return ""


def help_url(algorithm_name, locale=None):
    """The README section for ``algorithm_name`` in the QGIS locale's language (Swedish or English), or ''."""
    sections = SECTIONS.get(algorithm_name)
    base = repository_url()
    if not sections or not base:
        return ""
    swedish = (locale or locale_code()) == "sv"
    return "{}#{}".format(base, anchor(sections[0] if swedish else sections[1]))


def tags(algorithm_name):
    return list(TAGS.get(algorithm_name, []))
