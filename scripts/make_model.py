"""Regenerate the shipped model chain resources/models/lagesbild.model3 (trygghet:lagesbild).

    .venv/bin/python scripts/make_model.py            (with PYTHONPATH=.build/plugins:/usr/share/qgis/python/plugins,
                                                       QT_QPA_PLATFORM=offscreen, as the Makefile exports them)

The .model3 file is committed; this script is how it was made and how to remake it after a parameter change.
The model runs hotspotdensity → hotspotstatistics → areasummary → temporalpattern → exportlagesbild on one
Trygghet workspace, and, when its FORECAST input is ticked, a forecast per area behind a conditional branch.
Models are not translated, so its own texts are Swedish. The provider (processing/provider.py) shows it under the
group whose id the model's group holds, with the display name kept in the help under ALG_DISPLAY_NAME, and names
its output OUTPUT after the model output's name.
"""

import html
import os
import sys
import xml.etree.ElementTree as ET

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildDependency,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF, QSizeF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "models", "lagesbild.model3"))

NAME = "lagesbild"
GROUP_ID = "lagesbild"  # the provider's group "Situation picture" (processing/base.py GROUPS)
DISPLAY_NAME = "Lägesbild – hela kedjan"

DESCRIPTION = (
    "Hela lägesbilden i ett steg från en Trygghet-arbetsyta (GeoPackage): täthetskarta (kernel density, händelser "
    "per km² och år) och heta punkter (Gi*) för den aktuella perioden, områdessammanställning med jämförelse mot "
    "jämförelseperiod och jämförelseområden, tidsmönster (veckodag × timme, månad × år) från jämförelseperiodens "
    "början till den aktuella periodens slut, och till sist lägesbilden som PDF: ett försättsblad och tre sidor "
    "per fokusområde. Ett valfritt steg gör en prognos av händelserna per område och månad för de kommande tolv "
    "månaderna (Prognos per område).\n\n"
    "Perioderna räknas från och med början till (men inte med) slutet, t.ex. 2025-11-01 till 2026-11-01. "
    "Antal under k visas som '<k' i tabeller och diagram. Mellanresultaten är tillfälliga; kör algoritmerna "
    "i gruppen var för sig för att spara dem."
)

# (name, definition, help); the order is the order of the model's inputs.
INPUTS = [
    ("WORKSPACE",
     QgsProcessingParameterFile("WORKSPACE", "Arbetsyta (GeoPackage)",
                                QgsProcessingParameterFile.Behavior.File, "gpkg"),
     "Trygghet-arbetsytan med lagren areas, incidents, paths, measures, promises och places."),
    ("CURRENT_START", QgsProcessingParameterDateTime("CURRENT_START", "Aktuell period från"),
     "Första dagen i den aktuella perioden (räknas med), t.ex. 2025-11-01."),
    ("CURRENT_END", QgsProcessingParameterDateTime("CURRENT_END", "Aktuell period till"),
     "Slutet av den aktuella perioden (räknas inte med), t.ex. 2026-11-01."),
    ("REFERENCE_START", QgsProcessingParameterDateTime("REFERENCE_START", "Jämförelseperiod från"),
     "Första dagen i jämförelseperioden (räknas med), t.ex. 2024-11-01."),
    ("REFERENCE_END", QgsProcessingParameterDateTime("REFERENCE_END", "Jämförelseperiod till"),
     "Slutet av jämförelseperioden (räknas inte med), oftast den aktuella periodens början."),
    ("FOCUS_AREAS",
     QgsProcessingParameterString("FOCUS_AREAS", "Fokusområden", "", optional=True),
     "Namn på de områden lägesbilden gäller, åtskilda med ';'. Tomt: områdena vars typ (kind) är 'focus'."),
    ("REFERENCE_AREAS",
     QgsProcessingParameterString("REFERENCE_AREAS", "Jämförelseområden", "", optional=True),
     "Namn på jämförelseområdena, åtskilda med ';'. Tomt: områdena vars typ (kind) är 'reference'."),
    ("MIN_COUNT",
     QgsProcessingParameterNumber("MIN_COUNT", "Minsta antal att publicera (k)",
                                  QgsProcessingParameterNumber.Type.Integer, 5, minValue=0),
     "Antal från 1 till k−1 visas som '<k' och värden som bygger på dem undertrycks. 0 eller 1 stänger av "
     "röjandekontrollen (bara för internt bruk)."),
    ("FORECAST",
     QgsProcessingParameterBoolean("FORECAST", "Prognos per område", True),
     "Ett valfritt steg: händelserna per månad framskrivna tolv månader per område (trygghet:forecast, 80 % "
     "prognosintervall) som egen tabell, och avsnittet Prognos i lägesbilden. Avbockad: steget hoppas över."),
]

OUTPUT_NAME = "OUTPUT"
OUTPUT_DESCRIPTION = "Lägesbild (PDF)"

INCIDENTS = "concat(@WORKSPACE, '|layername=incidents')"
AREAS = "concat(@WORKSPACE, '|layername=areas')"

# (child id, algorithm, box title, {parameter: source}); sources are ("param", NAME), ("expr", text),
# ("static", value) or ("child", (child id, output)). Every child also runs after the one before it.
CHILDREN = [
    ("density", "trygghet:hotspotdensity", "Täthetskarta (aktuell period)", {
        "INPUT": ("expr", INCIDENTS), "TIME_FIELD": ("static", "occurred_at"),
        "START": ("param", "CURRENT_START"), "END": ("param", "CURRENT_END"), "MASK": ("expr", AREAS),
        "RADIUS": ("static", 200.0), "PIXEL_SIZE": ("static", 10.0), "OUTPUT_VALUE": ("static", 2),
        "KERNEL": ("static", 0),
    }),
    ("hotspots", "trygghet:hotspotstatistics", "Heta punkter, Gi* (aktuell period)", {
        "INPUT": ("expr", INCIDENTS), "CELL_SIZE": ("static", 150.0), "MASK": ("expr", AREAS),
        "TIME_FIELD": ("static", "occurred_at"), "START": ("param", "CURRENT_START"),
        "END": ("param", "CURRENT_END"),
    }),
    ("summary", "trygghet:areasummary", "Områdessammanställning", {
        "INPUT": ("expr", INCIDENTS), "AREAS": ("expr", AREAS),
        "CURRENT_START": ("param", "CURRENT_START"), "CURRENT_END": ("param", "CURRENT_END"),
        "REFERENCE_START": ("param", "REFERENCE_START"), "REFERENCE_END": ("param", "REFERENCE_END"),
        "REFERENCE_AREAS": ("param", "REFERENCE_AREAS"), "MIN_COUNT": ("param", "MIN_COUNT"),
    }),
    ("temporal", "trygghet:temporalpattern", "Tidsmönster (diagram)", {
        "INPUT": ("expr", INCIDENTS), "AREAS": ("expr", AREAS), "AREA_NAMES": ("param", "FOCUS_AREAS"),
        "START": ("param", "REFERENCE_START"), "END": ("param", "CURRENT_END"), "MIN_COUNT": ("param", "MIN_COUNT"),
    }),
    ("export", "trygghet:exportlagesbild", "Lägesbild som PDF", {
        "WORKSPACE": ("param", "WORKSPACE"),
        "CURRENT_START": ("param", "CURRENT_START"), "CURRENT_END": ("param", "CURRENT_END"),
        "REFERENCE_START": ("param", "REFERENCE_START"), "REFERENCE_END": ("param", "REFERENCE_END"),
        "FOCUS_AREAS": ("param", "FOCUS_AREAS"), "REFERENCE_AREAS": ("param", "REFERENCE_AREAS"),
        "MIN_COUNT": ("param", "MIN_COUNT"), "FORECAST": ("param", "FORECAST"),
        "DENSITY": ("child", ("density", "OUTPUT")), "HOTSPOTS": ("child", ("hotspots", "OUTPUT")),
        "SUMMARY": ("child", ("summary", "OUTPUT")), "CHART_FOLDER": ("child", ("temporal", "CHART_FOLDER")),
    }),
]
CHILD_ORDER = [child_id for child_id, *_ in CHILDREN]

# Layout for the Graphical Modeler: inputs in a column on the left, the four analyses in a column in the middle,
# the export to their right, its PDF output beside it.
BOX = QSizeF(220.0, 50.0)
INPUT_X, INPUT_Y0, INPUT_DY = 140.0, 80.0, 90.0
CHILD_X, CHILD_Y0, CHILD_DY = 560.0, 170.0, 150.0
EXPORT_POS = QPointF(900.0, CHILD_Y0 + 1.5 * CHILD_DY)
OUTPUT_POS = QPointF(1180.0, CHILD_Y0 + 1.5 * CHILD_DY + 90.0)


def source(kind, value):
    make = QgsProcessingModelChildParameterSource
    if kind == "param":
        return make.fromModelParameter(value)
    if kind == "expr":
        return make.fromExpression(value)
    if kind == "static":
        return make.fromStaticValue(value)
    if kind == "child":
        return make.fromChildOutput(*value)
    raise ValueError(kind)


def help_html(text):
    """Model help is shown as HTML: escape '<' (as in '<k') and '&' so that no sentence is lost; keep paragraphs."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def build():
    model = QgsProcessingModelAlgorithm(NAME, GROUP_ID, GROUP_ID)
    help_content = {"ALG_DESC": help_html(DESCRIPTION), "ALG_DISPLAY_NAME": DISPLAY_NAME}
    for i, (name, definition, text) in enumerate(INPUTS):
        definition.setHelp(help_html(text))
        help_content[name] = help_html(text)
        component = QgsProcessingModelParameter(name)
        component.setDescription(definition.description())
        component.setPosition(QPointF(INPUT_X, INPUT_Y0 + i * INPUT_DY))
        component.setSize(BOX)
        model.addModelParameter(definition, component)
    model.setParameterOrder([name for name, *_ in INPUTS])

    previous = None
    for i, (child_id, algorithm_id, title, params) in enumerate(CHILDREN):
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(title)
        child.setSize(BOX)
        child.setPosition(EXPORT_POS if child_id == "export" else QPointF(CHILD_X, CHILD_Y0 + i * CHILD_DY))
        for name, (kind, value) in params.items():
            child.addParameterSources(name, [source(kind, value)])
        if previous is not None:
            child.setDependencies([QgsProcessingModelChildDependency(previous)])
        if child_id == "export":
            output = QgsProcessingModelOutput(OUTPUT_NAME, OUTPUT_DESCRIPTION)
            output.setChildId(child_id)
            output.setChildOutputName("OUTPUT")
            output.setMandatory(True)
            output.setPosition(OUTPUT_POS)
            output.setSize(BOX)
            help_content[OUTPUT_NAME] = help_html("Lägesbilden som PDF: försättsblad och tre sidor per fokusområde.")
            child.setModelOutputs({OUTPUT_NAME: output})
        model.addChildAlgorithm(child)
        previous = child_id
    add_forecast_step(model, help_content)
    model.setHelpContent(help_content)
    return model


FORECAST_OUTPUT = "FORECAST_TABLE"
FORECAST_POS = QPointF(900.0, CHILD_Y0 + 3.5 * CHILD_DY)


def add_forecast_step(model, help_content):
    """The optional forecast step: a conditional branch on the model's FORECAST input, and trygghet:forecast per
    area and month (80 % interval) behind it, with its table as a second, optional model output."""
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("forecast_branch")
    branch.setDescription("Prognos vald?")
    branch.setSize(BOX)
    branch.setPosition(QPointF(CHILD_X, CHILD_Y0 + 5 * CHILD_DY))
    branch.setConfiguration({"conditions": [{"name": "prognos", "expression": "@FORECAST"}]})
    model.addChildAlgorithm(branch)
    child = QgsProcessingModelChildAlgorithm("trygghet:forecast")
    child.setChildId("forecast")
    child.setDescription("Prognos per område (månad)")
    child.setSize(BOX)
    child.setPosition(FORECAST_POS)
    for name, (kind, value) in {"INPUT": ("expr", INCIDENTS), "TIME_FIELD": ("static", "occurred_at"),
                                "AREAS": ("expr", AREAS), "AREA_NAME_FIELD": ("static", "name"),
                                "STEP": ("static", 1), "HORIZON": ("static", 12), "LEVEL": ("static", 0),
                                "SEED": ("static", 1)}.items():
        child.addParameterSources(name, [source(kind, value)])
    child.setDependencies([QgsProcessingModelChildDependency("forecast_branch", "prognos")])
    output = QgsProcessingModelOutput(FORECAST_OUTPUT, "Prognos per område")
    output.setChildId("forecast")
    output.setChildOutputName("OUTPUT")
    output.setMandatory(False)
    output.setDefaultValue("TEMPORARY_OUTPUT")  # a temporary table unless the user saves it
    output.setPosition(FORECAST_POS + QPointF(280.0, 90.0))
    output.setSize(BOX)
    help_content[FORECAST_OUTPUT] = help_html("Prognosen per område och månad med nedre och övre gräns (när steget "
                                              "Prognos är valt).")
    child.setModelOutputs({FORECAST_OUTPUT: output})
    model.addChildAlgorithm(child)


ATTRIBUTE_ORDER = {"name": 0, "type": 1, "value": 2}


def normalise(path):
    """Write the attributes in one fixed order: Qt's own order changes from run to run, which would make every
    regeneration a diff."""
    tree = ET.parse(path)
    for element in tree.iter():
        items = sorted(element.attrib.items(), key=lambda kv: (ATTRIBUTE_ORDER.get(kv[0], 9), kv[0]))
        element.attrib.clear()
        element.attrib.update(items)
    ET.indent(tree, "  ")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("<!DOCTYPE model>\n")
        tree.write(handle, encoding="unicode")
        handle.write("\n")


def main():
    allow_missing = "--allow-missing" in sys.argv[1:]
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import trygghet

    plugin = trygghet.classFactory(None)
    plugin.initProcessing()

    model = build()
    missing = [c.algorithmId() for c in model.childAlgorithms().values() if c.algorithm() is None]
    if missing:
        print("algorithms not found: " + ", ".join(missing), file=sys.stderr)
        if not allow_missing:
            return 1
    else:
        ok, issues = model.validate()
        if not ok:
            print("the model does not validate:\n  " + "\n  ".join(issues), file=sys.stderr)
            return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if not model.toFile(OUT):
        print("could not write " + OUT, file=sys.stderr)
        return 1
    normalise(OUT)
    print("wrote " + OUT)
    return 0


if __name__ == "__main__":
    code = main()
    # Leave without Python's interpreter teardown, which can crash standalone PyQGIS after the work is done.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
