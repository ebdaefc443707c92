"""Every algorithm run from its real Processing dialog in desktop QGIS (Xvfb), in Swedish and in English.

A user opens the dialog, picks only the inputs nobody can guess (a layer, a file, a period) and presses Run. This test
does the same through QGIS's own dialog code (processing.createAlgorithmDialog + AlgorithmDialog.runAlgorithm) on the
demo project, then checks what the user would see: the run finished as successful, no "layers were not created
correctly" message, each output layer loaded into the project, styled with the plugin's style and named in the
language of the locale. A new algorithm joins by being registered: the test fails until it has a recipe below.

The report exported from its dialog as the first action of a fresh desktop session must show the density and the hot
places on its map (page 2 rendered with pdftoppm, its pixels compared with the styles' colours).
"""

import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import zipfile

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsVectorLayer
from trygghet.workspace.gpkg import read_meta
from trygghet.workspace.project import build_project

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(REPO, "tests", "desktop_dialog_runner.py")
STYLES = os.path.join(REPO, "resources", "styles")


def table(name):
    return {"table": name}


PERIODS = {"CURRENT_START": "2025-11-01T00:00:00", "CURRENT_END": "2026-11-01T00:00:00",
           "REFERENCE_START": "2024-11-01T00:00:00", "REFERENCE_END": "2025-11-01T00:00:00"}

# algorithm id → the inputs a user must choose ("inputs") and the plugin style of each output layer ("styles"; None:
# a table without a map style). Outputs not named stay at the dialog's default (a temporary layer).
RECIPES = {
    "trygghet:createworkspace": {"inputs": {"OUTPUT": {"tmp": "ny_arbetsyta.gpkg"}}},
    "trygghet:createdemoworkspace": {"inputs": {"OUTPUT": {"tmp": "demo_igen.gpkg"}}},
    "trygghet:importincidents": {"inputs": {"INPUT": {"tmp": "import.csv"}, "TIME_FIELD": "tid",
                                            "WORKSPACE": {"tmp": "import_ws.gpkg"}},
                                 "styles": {"REJECTS": None}},
    "trygghet:importdialog": {"inputs": {"INPUT": {"tmp": "markeringar.csv"}, "WORKSPACE": {"tmp": "import_ws.gpkg"}},
                              "styles": {"REJECTS": None}},
    "trygghet:importsurvey": {"inputs": {"INPUT": {"tmp": "matning.csv"}, "WORKSPACE": {"tmp": "import_ws.gpkg"}},
                              "styles": {"REJECTS": None}},
    "trygghet:hotspotdensity": {"inputs": {"INPUT": table("incidents")}, "styles": {"OUTPUT": "density"}},
    "trygghet:hotplaces": {"inputs": {"INPUT": table("incidents")}, "styles": {"OUTPUT": "hotplaces"}},
    "trygghet:patroldosage": {"inputs": {"PLACES": table("places"), "VISITS": table("patrol_visits")},
                              "styles": {"OUTPUT": "dosage"}},
    "trygghet:hotspotstatistics": {"inputs": {"INPUT": table("incidents")}, "styles": {"OUTPUT": "hotspot_bins"}},
    "trygghet:emerginghotspots": {"inputs": {"INPUT": table("incidents")}, "styles": {"OUTPUT": "emerging"}},
    "trygghet:periodcomparison": {"inputs": {"INPUT": table("incidents"), "AREAS": table("areas"),
                                             "BASE_START": PERIODS["REFERENCE_START"],
                                             "BASE_END": PERIODS["REFERENCE_END"],
                                             "TEST_START": PERIODS["CURRENT_START"],
                                             "TEST_END": PERIODS["CURRENT_END"]},
                                  "styles": {"OUTPUT": "sppt"}},
    # fewer permutations than the default 99 only to keep the test short (99 take about two minutes here)
    "trygghet:nearrepeat": {"inputs": {"INPUT": table("incidents"), "PERMUTATIONS": 19}, "styles": {"OUTPUT": None}},
    "trygghet:areasummary": {"inputs": {"INPUT": table("incidents"), "AREAS": table("areas")},
                             "styles": {"OUTPUT": None, "OUTPUT_MAP": "area_summary", "OUTPUT_SURVEY": None,
                                        "OUTPUT_DIALOG": None}},
    "trygghet:temporalpattern": {"inputs": {"INPUT": table("incidents")},
                                 "styles": {"OUTPUT_WEEKDAY_HOUR": None, "OUTPUT_MONTH_YEAR": None}},
    "trygghet:exportlagesbild": {"inputs": {"WORKSPACE": {"workspace": True}, "OUTPUT": {"tmp": "lagesbild.pdf"}}},
    "trygghet:lagesbild": {"inputs": dict(PERIODS, WORKSPACE={"workspace": True}, OUTPUT={"tmp": "modell.pdf"})},
    "trygghet:saferoutes": {"inputs": {"PATHS": table("paths"), "LAMPS": table("lamps"),
                                       "INCIDENTS": table("incidents"), "OUTPUT": {"tmp": "strak.gpkg"}},
                            "styles": {"OUTPUT": "saferoutes", "SUMMARY": None}},
    "trygghet:safestroute": {"inputs": {"INPUT": {"source": "strak.gpkg"}}, "styles": {"OUTPUT": "route"}},
    "trygghet:createwalkproject": {"inputs": {"AREA": table("areas"), "OUTPUT": {"tmp": "vandring"}}},
    "trygghet:walkoverlay": {"inputs": {"FINDINGS": table("walk_findings")}, "styles": {"OUTPUT": "walk_overlay"}},
    "trygghet:measureeffect": {"inputs": {"INPUT": table("incidents"), "MEASURES": table("measures"),
                                          "AREAS": table("areas")},
                               "styles": {"OUTPUT": "measure_effect"}},
    "trygghet:riskmap": {"inputs": {"INPUT": table("incidents")}, "styles": {"OUTPUT": "riskmap"}},
    "trygghet:forecast": {"inputs": {"INPUT": table("incidents"), "AREAS": table("areas")},
                          "styles": {"OUTPUT": None}},
    # the dialogue marks come from the incidents' workspace; fewer permutations only to keep the test short
    "trygghet:perceivedsafety": {"inputs": {"INCIDENTS": table("incidents"), "PERMUTATIONS": 99},
                                 "styles": {"OUTPUT": "perceived_safety", "OUTPUT_TABLE": None}},
}
# run after the ones whose outputs they read
ORDER_LAST = ["trygghet:safestroute"]


def _desktop_ini():
    spec = importlib.util.spec_from_file_location("run_desktop", os.path.join(REPO, "scripts", "run_desktop.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.INI


def run_dialogs(project_path, recipes, locale, tmp, timeout=1500, plugin_zip=None):
    """Start desktop QGIS under Xvfb with a fresh profile in ``locale``, run the recipes' dialogs; the report.
    With ``plugin_zip`` the plugin is installed from the zip into the profile, as a user installs it."""
    profiles = os.path.join(tmp, "profiles-" + locale)
    ini_dir = os.path.join(profiles, "profiles", "default", "QGIS")
    os.makedirs(ini_dir, exist_ok=True)
    if plugin_zip:
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(os.path.join(profiles, "profiles", "default", "python", "plugins"))
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write(_desktop_ini().format(locale=locale))
    result = os.path.join(tmp, "dialogs-{}.json".format(locale))
    env = dict(os.environ)
    env.update({"QGIS_PLUGINPATH": os.path.join(REPO, ".build", "plugins"), "TRYGGHET_DIALOG_RESULT": result,
                "TRYGGHET_DIALOG_RECIPES": json.dumps(recipes), "TRYGGHET_DIALOG_TMP": tmp,
                "TRYGGHET_DIALOG_STYLES": STYLES})
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    if plugin_zip:
        env.pop("QGIS_PLUGINPATH")  # only the profile's plugins folder, as in a user's QGIS
    command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", profiles, "--nologo",
               "--noversioncheck", "--code", RUNNER] + ([project_path] if project_path else [])
    # started in tmp: QGIS puts its working folder on sys.path, where the repository's processing/ would shadow
    # QGIS's own processing package
    completed = subprocess.run(command, env=env, timeout=timeout, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=tmp)
    assert os.path.exists(result), completed.stdout[-4000:]
    with open(result, encoding="utf-8") as handle:
        return json.load(handle)


def _route_ends(workspace):
    """The two ends of the longest demo path: a route between them exists along that path."""
    layer = QgsVectorLayer(workspace + "|layername=paths", "paths", "ogr")
    longest = max(layer.getFeatures(), key=lambda f: f.geometry().length())
    points = [vertex for vertex in longest.geometry().vertices()]
    return ["{},{} [EPSG:3006]".format(p.x(), p.y()) for p in (points[0], points[-1])]


def _prepare(workspace, tmp):
    """The demo project and the files a user would bring (an incident CSV, a workspace copy to import into)."""
    project_path = os.path.join(tmp, "demo.qgz")
    build_project(workspace, project_path, "Trygghet demo", read_meta(workspace)["demo_note"],
                  banner="Demo: syntetiska data")
    shutil.copy(workspace, os.path.join(tmp, "import_ws.gpkg"))
    con = sqlite3.connect(workspace)
    try:
        rows = con.execute("SELECT occurred_at FROM incidents ORDER BY fid LIMIT 3").fetchall()
    finally:
        con.close()
    first = QgsVectorLayer(workspace + "|layername=incidents", "i", "ogr").getFeature(1).geometry().asPoint()
    with open(os.path.join(tmp, "import.csv"), "w", encoding="utf-8") as handle:
        handle.write("x;y;tid;category\n")
        for k, (when,) in enumerate(rows):
            handle.write("{};{};{};skadegorelse\n".format(first.x() + k, first.y(), when[:16].replace("T", " ")))
    with open(os.path.join(tmp, "markeringar.csv"), "w", encoding="utf-8") as handle:  # a dialogue export
        handle.write("x;y;datum;känsla;orsak\n{};{};2025-04-01;otryggt;mörkt\n".format(first.x(), first.y()))
    with open(os.path.join(tmp, "matning.csv"), "w", encoding="utf-8") as handle:  # a survey table
        handle.write("område;år;indikator;värde\nSylte;2030;oro för brott;21,5\n")
    return project_path


def _styled_like(renderer, qml_renderer):
    """The layer's renderer is the qml's: the same kind, and its legend classes are the qml's (or the ones of them
    this output can have)."""
    if renderer["type"] != qml_renderer["type"]:
        return False
    if qml_renderer["labels"] and not renderer["labels"]:
        return False
    return set(renderer["labels"]) <= set(qml_renderer["labels"])


def _recipes(workspace):
    registered = sorted(a.id() for a in QgsApplication.processingRegistry().providerById("trygghet").algorithms())
    missing = [a for a in registered if a not in RECIPES]
    assert not missing, "algorithms without a dialog recipe in tests/test_dialogs.py: {}".format(missing)
    recipes = []
    for algorithm_id in sorted(registered, key=lambda a: (a in ORDER_LAST, a)):
        recipe = json.loads(json.dumps(RECIPES[algorithm_id]))
        recipe["id"] = algorithm_id
        if algorithm_id == "trygghet:safestroute":
            recipe["inputs"]["START"], recipe["inputs"]["END"] = _route_ends(workspace)
        recipes.append(recipe)
    return recipes


def _names_in_the_other_language(locale):
    """Output names that belong to the other language: for Swedish the English output descriptions that have a
    different Swedish translation, for English those Swedish translations."""
    from trygghet.i18n import install_translator, remove_translator, tr

    english = set()
    for algorithm in QgsApplication.processingRegistry().providerById("trygghet").algorithms():
        english |= {definition.description() for definition in algorithm.destinationParameterDefinitions()}
    translator = install_translator("sv")
    try:
        pairs = {(text, tr(text)) for text in english}
    finally:
        remove_translator(translator)
    differing = {(e, s) for e, s in pairs if e != s}
    assert len(differing) > 20
    return {e for e, _ in differing} if locale == "sv" else {s for _, s in differing}


_RUNS = {}


def _dialog_runs(workspace, tmp_path_factory, locale):
    """Every recipe run from its dialog in ``locale`` (once per test session): (recipes, the runner's report)."""
    if locale not in _RUNS:
        tmp = str(tmp_path_factory.mktemp("dialogs-" + locale))
        project_path = _prepare(workspace, tmp)
        recipes = _recipes(workspace)
        _RUNS[locale] = (recipes, run_dialogs(project_path, recipes, locale, tmp))
    return _RUNS[locale]


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_every_algorithm_runs_from_its_dialog(plugin, demo_workspace, tmp_path_factory, locale):
    recipes, report = _dialog_runs(demo_workspace, tmp_path_factory, locale)
    assert report["locale"].startswith(locale)
    other_language = _names_in_the_other_language(locale)
    runs = {run["id"]: run for run in report["runs"]}
    assert sorted(runs) == sorted(r["id"] for r in recipes)
    problems = []
    for recipe in recipes:
        run = runs[recipe["id"]]
        where = "{} ({})".format(recipe["id"], locale)
        text = "\n".join([run["log"]] + run["message_bar"] + run.get("dialog_message_bar", []))
        if run["error"] or run["timed_out"] or run["message_boxes"] or run["finished"] is not True:
            problems.append("{}: did not finish as successful: {}".format(
                where, run["error"] or run["message_boxes"] or run["log"][-1500:]))
            continue
        for phrase in ("not correctly generated", "not created correctly", "skapades inte korrekt",
                       "genererades inte korrekt"):
            if phrase in text:
                problems.append("{}: '{}' in the log".format(where, phrase))
        loaded = {layer["output"]: layer for layer in run["layers"] if layer["output"]}
        for output, style in recipe.get("styles", {}).items():
            layer = loaded.get(output)
            if layer is None:
                problems.append("{}: the output {} was not loaded ({})".format(
                    where, output, [x["name"] for x in run["layers"]]))
                continue
            if not layer["valid"]:
                problems.append("{}: the output {} is not valid".format(where, output))
            if style and not _styled_like(layer["renderer"], layer["style_renderer"]):
                problems.append("{}: the output {} is not styled with {}.qml: {} != {}".format(
                    where, output, style, layer["renderer"], layer["style_renderer"]))
            if layer["name"] in other_language:
                problems.append("{}: the output {} is named in the other language: {}".format(
                    where, output, layer["name"]))
    assert not problems, "\n".join(problems)


# the algorithm's own lines in the dialog's log: after QGIS's "Input parameters:" line and its dictionary, up to
# QGIS's "Execution completed in … seconds"; QGIS's own model summary ("… algorithm(s) in total in 3.98 s") is QGIS's
START_OF_RUN = ("Indataparametrar", "Input parameters")
END_OF_RUN = ("Beräkningen utfördes", "Execution completed")
QGIS_OWN = re.compile(r"^(Modellen kördes korrekt|Model processed OK)")
VERSION = re.compile(r"^\d+(\.\d+){2,}$")  # 3.40.6: a version, not a decimal number


def _algorithm_lines(log):
    lines = log.split("\n")
    starts = [i for i, line in enumerate(lines) if line.startswith(START_OF_RUN)]
    assert starts, "the dialog's log has no parameters line: " + log[-500:]
    body = []
    for line in lines[starts[0] + 2:]:
        if line.startswith(END_OF_RUN):
            break
        if not QGIS_OWN.match(line):
            body.append(line)
    return body


def _decimal_point(line):
    """A number written with a decimal point ('4.2', '0.050'), ignoring paths, file names and versions."""
    words = [w.strip("().,;:") for w in line.split()]
    return any(re.search(r"\d\.\d", w) for w in words if "/" not in w and "\\" not in w and not VERSION.match(w))


def test_every_algorithm_logs_numbers_as_swedish_writes_them(plugin, demo_workspace, tmp_path_factory):
    """In a Swedish QGIS every algorithm's log writes decimals with a comma ('4,2 %', '10 m', '0,89 m'), never
    with a point, and never dumps Python values (dictionaries, lists, numpy reprs)."""
    recipes, report = _dialog_runs(demo_workspace, tmp_path_factory, "sv")
    assert report["locale"].startswith("sv")
    problems, checked = [], 0
    for run in report["runs"]:
        if not run["log"]:
            continue
        lines = _algorithm_lines(run["log"])
        checked += len(lines)
        for line in lines:
            if _decimal_point(line):
                problems.append("{}: a decimal point: {}".format(run["id"], line))
            if re.search(r"\bnp\.|numpy\.|[{}\[\]]", line):
                problems.append("{}: a Python value in the log: {}".format(run["id"], line))
    assert len([r for r in report["runs"] if r["log"]]) == len(recipes)
    assert checked > 200  # the algorithms' own lines were found, not only QGIS's
    assert not problems, "\n".join(problems)


def test_log_line_checks_tell_numbers_from_paths_and_versions():
    assert _decimal_point("1. Plats 1: 1013 händelser (4.2 %)")
    assert _decimal_point("Rutnät: 832 × 1106 celler om 10.0 m.")
    assert not _decimal_point("1. Plats 1: 1013 händelser (4,2 %)")
    assert not _decimal_point("Skrev rapporten /tmp/a-0.5/lagesbild.pdf (7 sidor).")
    assert not _decimal_point("QGIS 3.40.6 2025-11-01 00:00:00")


def _qml_colours(name):
    """The saturated colours of resources/styles/<name>.qml (greys, white and near-white left out)."""
    import re

    text = open(os.path.join(STYLES, name + ".qml"), encoding="utf-8").read()
    colours = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in re.findall(r'color="(#[0-9a-fA-F]{6})', text)]
    colours += [tuple(int(v) for v in m[:3]) for m in re.findall(r'"(\d+),(\d+),(\d+),(\d+)[,"]', text)
                if int(m[3]) > 128]
    return sorted({c for c in colours if max(c) - min(c) > 60 and sum(c) < 700})


def _share_near(pixels, colours, tolerance=40):
    if not colours:
        return 0.0
    rgb = pixels[..., :3].astype(int).reshape(-1, 1, 3)
    target = np.array(colours, dtype=int).reshape(1, -1, 3)
    return float((np.abs(rgb - target).max(axis=2) <= tolerance).any(axis=1).mean())


@pytest.fixture(scope="module")
def plugin_zip():
    """The installable zip, as `make zip` builds it for users."""
    subprocess.run(["make", "-s", "zip"], cwd=REPO, check=True, capture_output=True, timeout=300)
    return os.path.join(REPO, "trygghet.zip")


def _page_pixels(pdf, page, stem):
    """Page ``page`` of ``pdf`` at 60 dpi as an (height, width, RGB) array."""
    from qgis.PyQt.QtGui import QImage

    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", pdf, stem],
                   check=True)
    image = QImage(stem + ".png").convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    pointer = image.constBits()
    pointer.setsize(height * image.bytesPerLine())
    return np.frombuffer(pointer, np.uint8).reshape(height, image.bytesPerLine() // 4, 4)[:, :width, [2, 1, 0]]


def _mm(pixels, x, y, w, h):
    """The part of a 297 × 210 mm page at (x, y) mm of size w × h mm."""
    height, width = pixels.shape[:2]
    return pixels[int(height * y / 210):int(height * (y + h) / 210), int(width * x / 297):int(width * (x + w) / 297)]


@pytest.mark.parametrize("session", ["nothing open", "demo project open"])
def test_first_report_of_a_session_shows_density_and_hot_places(plugin, demo_workspace, tmp_path, plugin_zip,
                                                                 session):
    """The plugin installed from its zip into a fresh profile; the report is the first thing run, from its dialog
    with only the workspace and the PDF chosen, in a session with no project or with the demo project open."""
    tmp = str(tmp_path)
    project_path = _prepare(demo_workspace, tmp) if session == "demo project open" else None
    recipe = dict(RECIPES["trygghet:exportlagesbild"], id="trygghet:exportlagesbild")
    recipe["inputs"] = {"WORKSPACE": demo_workspace, "OUTPUT": {"tmp": "lagesbild.pdf"}}
    report = run_dialogs(project_path, [recipe], "sv", tmp, timeout=600, plugin_zip=plugin_zip)
    run = report["runs"][0]
    assert run["finished"] is True, run["error"] or run["log"][-2000:]
    pdf = os.path.join(tmp, "lagesbild.pdf")
    assert os.path.getsize(pdf) > 0
    cover, page2 = _page_pixels(pdf, 1, os.path.join(tmp, "page1")), _page_pixels(pdf, 2, os.path.join(tmp, "page2"))
    # the area map: 150 × 158 mm at (12, 25) mm of page 2 (lagesbild.qpt, item "karta")
    map_pixels = _mm(page2, 12, 25, 150, 158)
    density, places = _qml_colours("density"), _qml_colours("places")
    assert _share_near(map_pixels, density) > 0.01, "page 2's map shows no density"
    assert _share_near(map_pixels, places, 25) > 0.0005, "page 2's map shows no hot places"
    # the scale bars (items "skalstock" at (12, 185) mm on page 2 and "skala_oversikt" at (12, 165) mm on the
    # cover): a black and white box with labels, where the page is otherwise white
    for pixels, y, where in ((page2, 185, "page 2"), (cover, 165, "the cover")):
        bar = _mm(pixels, 12, y, 63, 13)
        assert (bar.max(axis=2) < 60).mean() > 0.02, where + " has no scale bar"
    # the layout as the Layout Designer opens it from the project's Layout Manager: each scale bar measures its map
    bars = {bar["id"]: bar for bar in run["scale_bars"]}
    assert set(bars) == {"skalstock", "skala_oversikt"}, run["scale_bars"]
    assert bars["skalstock"]["map"] == "karta" and bars["skala_oversikt"]["map"] == "karta_oversikt"
    for bar in bars.values():
        assert bar["map_extent_empty"] is False and bar["units_per_segment"] > 0 and bar["segments"] == 2, bar
