"""The shipped model chain resources/models/lagesbild.model3: listed by the provider, wired in order, and run
headless under qgis_process and in-process, where it writes the lägesbild PDF."""

import os
import shutil
import subprocess

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsVectorLayer,
)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL_FILE = os.path.join(REPO, "resources", "models", "lagesbild.model3")
CHAIN = ["trygghet:hotspotdensity", "trygghet:hotspotstatistics", "trygghet:areasummary", "trygghet:temporalpattern",
         "trygghet:exportlagesbild"]
FORECAST_STEP = ["native:condition", "trygghet:forecast"]
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01",
           "REFERENCE_START": "2024-11-01", "REFERENCE_END": "2025-11-01"}


def _model():
    alg = QgsApplication.processingRegistry().algorithmById("trygghet:lagesbild")
    assert alg is not None, "trygghet:lagesbild is not registered"
    return alg


def _pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, timeout=60, check=True).stdout
    return int(next(line.split(":", 1)[1] for line in info.splitlines() if line.startswith("Pages:")))


def _report_pages(pdf, focus):
    """The PDF's page count, checked against its titles: the cover, then per focus area its map, development and
    one or two analysis pages (two only when its analysis blocks need them), in order."""
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, timeout=60,
                          check=True).stdout.split("\f")[:-1]
    titles = [page.strip().splitlines()[0] if page.strip() else "" for page in text]
    assert titles[0].startswith("Lägesbild")
    areas = [next((a for a in focus if t.startswith("Lägesbild {}, ".format(a))), None) for t in titles[1:]]
    assert None not in areas, titles
    runs = [(a, areas.count(a)) for a in dict.fromkeys(areas)]
    # each area's pages together, every focus area there, three or four pages each
    assert sorted(a for a, _ in runs) == sorted(focus) and all(n in (3, 4) for _, n in runs), runs
    assert [a for a, _ in runs] == [a for i, a in enumerate(areas) if i == 0 or areas[i - 1] != a], areas
    assert _pages(pdf) == len(text)
    return len(text)


def _focus_areas(workspace):
    areas = QgsVectorLayer("{}|layername=areas".format(workspace), "areas", "ogr")
    assert areas.isValid()
    return sorted(f["name"] for f in areas.getFeatures() if f["kind"] == "focus")


def test_model_is_listed_under_the_provider(plugin):
    alg = _model()
    assert isinstance(alg, QgsProcessingModelAlgorithm)
    assert alg.provider().id() == "trygghet"
    assert alg.id() == "trygghet:lagesbild"
    assert alg.displayName() == "Situation picture – the whole chain"  # the suite's C locale: English
    summary = QgsApplication.processingRegistry().algorithmById("trygghet:areasummary")
    assert (alg.groupId(), alg.group()) == ("lagesbild", summary.group())
    assert alg in QgsApplication.processingRegistry().providerById("trygghet").algorithms()
    names = [p.name() for p in alg.parameterDefinitions()]
    assert names[:8] == ["WORKSPACE", "CURRENT_START", "CURRENT_END", "REFERENCE_START", "REFERENCE_END",
                         "FOCUS_AREAS", "REFERENCE_AREAS", "MIN_COUNT"]
    assert sorted(names[8:]) == ["FORECAST", "FORECAST_TABLE", "OUTPUT"]
    output = alg.parameterDefinition("OUTPUT")
    assert output.isDestination() and output.type() == "fileDestination"
    assert sorted(o.name() for o in alg.outputDefinitions()) == ["FORECAST_TABLE", "OUTPUT"]
    assert alg.parameterDefinition("FORECAST").defaultValue() is True
    assert alg.parameterDefinition("FORECAST_TABLE").defaultValue() == "TEMPORARY_OUTPUT"
    for name in ("WORKSPACE", "CURRENT_START", "CURRENT_END", "REFERENCE_START", "REFERENCE_END"):
        assert not alg.parameterDefinition(name).flags() & Qgis.ProcessingParameterFlag.Optional, name
    assert alg.parameterDefinition("MIN_COUNT").defaultValue() == 5
    assert all(p.help() for p in alg.parameterDefinitions())
    # a running instance (what the dialog and qgis_process use) keeps the same face
    instance = alg.create()
    assert instance.displayName() == alg.displayName()
    assert [p.name() for p in instance.parameterDefinitions()] == names


def test_children_run_in_the_chain_order(plugin):
    alg = _model()
    everything = alg.childAlgorithms()
    assert sorted(c.algorithmId() for c in everything.values()) == sorted(CHAIN + FORECAST_STEP)
    children = {cid: c for cid, c in everything.items() if c.algorithmId() in CHAIN}
    assert all(c.algorithm() is not None for c in children.values())
    # each child depends on every child before it in the chain, so the model can run them in one order only
    by_depth = sorted(children, key=lambda cid: len(set(children) & alg.dependsOnChildAlgorithms(cid)))
    assert [len(set(children) & alg.dependsOnChildAlgorithms(cid)) for cid in by_depth] == [0, 1, 2, 3, 4]
    assert [children[cid].algorithmId() for cid in by_depth] == CHAIN
    for i, cid in enumerate(by_depth):
        assert alg.dependsOnChildAlgorithms(cid) == set(by_depth[:i])
    # the optional forecast step hangs on its own conditional branch, outside the chain
    (dependency,) = everything["forecast"].dependencies()
    assert (dependency.childId, dependency.conditionalBranch) == ("forecast_branch", "prognos")
    assert alg.dependsOnChildAlgorithms("forecast") == {"forecast_branch"}

    ids = {children[cid].algorithmId(): cid for cid in children}
    export = children[ids["trygghet:exportlagesbild"]]
    sources = export.parameterSources()
    for param, (producer, output) in {"DENSITY": ("trygghet:hotspotdensity", "OUTPUT"),
                                      "HOTSPOTS": ("trygghet:hotspotstatistics", "OUTPUT"),
                                      "SUMMARY": ("trygghet:areasummary", "OUTPUT"),
                                      "CHART_FOLDER": ("trygghet:temporalpattern", "CHART_FOLDER")}.items():
        (source,) = sources[param]
        assert source.source() == Qgis.ProcessingModelChildParameterSource.ChildOutput, param
        assert (source.outputChildId(), source.outputName()) == (ids[producer], output), param
    for param in ("WORKSPACE", "CURRENT_START", "CURRENT_END", "REFERENCE_START", "REFERENCE_END", "FOCUS_AREAS",
                  "REFERENCE_AREAS", "MIN_COUNT"):
        (source,) = sources[param]
        assert source.source() == Qgis.ProcessingModelChildParameterSource.ModelParameter, param
        assert source.parameterName() == param
    (incidents,) = children[ids["trygghet:hotspotdensity"]].parameterSources()["INPUT"]
    assert incidents.expression() == "concat(@WORKSPACE, '|layername=incidents')"
    (chart_areas,) = children[ids["trygghet:temporalpattern"]].parameterSources()["AREA_NAMES"]
    assert chart_areas == QgsProcessingModelChildParameterSource.fromModelParameter("FOCUS_AREAS")


def test_model_file_is_what_the_script_makes():
    """The committed .model3 is the script's output (scripts/make_model.py), so the two never drift apart."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_model", os.path.join(REPO, "scripts", "make_model.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    shipped = QgsProcessingModelAlgorithm()
    assert shipped.fromFile(MODEL_FILE)
    assert shipped.name() == built.name() == "lagesbild"
    assert sorted(shipped.childAlgorithms()) == sorted(built.childAlgorithms())
    for cid, child in built.childAlgorithms().items():
        mine = shipped.childAlgorithms()[cid]
        assert mine.algorithmId() == child.algorithmId()
        assert {k: [s.toVariant() for s in v] for k, v in mine.parameterSources().items()} == \
               {k: [s.toVariant() for s in v] for k, v in child.parameterSources().items()}, cid
        assert [d.childId for d in mine.dependencies()] == [d.childId for d in child.dependencies()]
    assert shipped.helpContent() == built.helpContent()


def test_broken_model_file_is_logged_and_the_provider_still_loads(plugin, tmp_path, monkeypatch):
    import trygghet.processing.provider as provider_module

    folder = tmp_path / "models"
    folder.mkdir()
    (folder / "broken.model3").write_text("<!DOCTYPE model>\n<Option type=\"Map\"><oops", encoding="utf-8")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(MODEL_FILE)
    variant = model.toVariant()
    variant["model_name"] = "unknown"
    variant["children"]["temporal"]["alg_id"] = "trygghet:nosuchalgorithm"
    assert model.loadVariant(variant) and model.toFile(str(folder / "unknown.model3"))
    shutil.copy(MODEL_FILE, folder / "lagesbild.model3")

    messages = []

    def collect(message, tag, level):
        messages.append((tag, message))

    registry = QgsApplication.processingRegistry()
    log = QgsApplication.messageLog()
    log.messageReceived.connect(collect)
    plugin.unload()
    try:
        monkeypatch.setattr(provider_module, "MODELS", str(folder))
        plugin.initProcessing()
        provider = registry.providerById("trygghet")
        assert provider is not None
        names = {a.name() for a in provider.algorithms()}
        assert {"lagesbild", "areasummary", "hotspotdensity"} <= names
        assert "unknown" not in names
    finally:
        log.messageReceived.disconnect(collect)
        monkeypatch.undo()
        plugin.unload()
        plugin.initProcessing()
    assert registry.algorithmById("trygghet:lagesbild") is not None
    trygghet_messages = [m for tag, m in messages if tag == "Trygghet"]
    assert any("broken.model3" in m for m in trygghet_messages), trygghet_messages
    assert any("unknown.model3" in m and "trygghet:nosuchalgorithm" in m for m in trygghet_messages), \
        trygghet_messages


def test_model_runs_headless_under_qgis_process(tmp_path, qgis_process_env):
    env = qgis_process_env

    def qgis_process(*args, timeout=600):
        result = subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=timeout)
        assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-3000:])
        return result.stdout

    qgis_process("plugins", "enable", "trygghet", timeout=180)
    assert "trygghet:lagesbild" in qgis_process("list", timeout=180)
    workspace = str(tmp_path / "demo.gpkg")
    qgis_process("run", "trygghet:createdemoworkspace", "--", "OUTPUT=" + workspace, timeout=300)
    pdf = str(tmp_path / "lagesbild.pdf")
    stdout = qgis_process("run", "trygghet:lagesbild", "--", "WORKSPACE=" + workspace,
                          *("{}={}".format(k, v) for k, v in PERIODS.items()), "OUTPUT=" + pdf)
    assert "OUTPUT:\t" + pdf in stdout
    focus = _focus_areas(workspace)
    assert focus == ["Kronogården", "Lextorp", "Sylte"]
    assert 1 + 3 * len(focus) <= _report_pages(pdf, focus) <= 1 + 4 * len(focus)


def test_model_runs_in_process(run, demo_workspace, tmp_path):
    pdf = str(tmp_path / "lagesbild.pdf")
    result = run("trygghet:lagesbild", {"WORKSPACE": demo_workspace, **PERIODS, "OUTPUT": pdf})
    assert result["OUTPUT"] == pdf
    assert os.path.getsize(pdf) > 10_000
    focus = _focus_areas(demo_workspace)
    assert len(focus) == 3
    assert 1 + 3 * len(focus) <= _report_pages(pdf, focus) <= 1 + 4 * len(focus)


def test_model_passes_its_focus_areas_down_the_chain(run, demo_workspace, tmp_path):
    """FOCUS_AREAS reaches both the charts and the report: one focus area gives the cover and its pages."""
    pdf = str(tmp_path / "sylte.pdf")
    run("trygghet:lagesbild", {"WORKSPACE": demo_workspace, **PERIODS, "FOCUS_AREAS": "Sylte", "OUTPUT": pdf})
    assert _report_pages(pdf, ["Sylte"]) in (4, 5)


def test_the_optional_forecast_step_writes_the_forecast_of_each_area(run, demo_workspace, tmp_path):
    """With FORECAST the model's forecast table holds, per area, the forecast of the area's monthly counts as
    core/forecast.py gives it for the series counted here on our own (sqlite3 and shapely)."""
    import sqlite3

    import numpy as np
    from shapely import wkb as shapely_wkb
    from trygghet.core import forecast as fc

    def geometry(blob):
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 0x07]
        return shapely_wkb.loads(bytes(blob[8 + envelope:]))

    pdf = str(tmp_path / "med_prognos.pdf")
    result = run("trygghet:lagesbild", {"WORKSPACE": demo_workspace, **PERIODS, "FOCUS_AREAS": "Sylte",
                                        "FORECAST": True, "FORECAST_TABLE": "TEMPORARY_OUTPUT", "OUTPUT": pdf})
    table = result["FORECAST_TABLE"]
    layer = table if isinstance(table, QgsVectorLayer) else QgsVectorLayer(table, "forecast", "ogr")
    rows = [f for f in layer.getFeatures() if f["area"] == "Sylte"]
    assert len(rows) == 12
    with sqlite3.connect(demo_workspace) as db:
        sylte = geometry(db.execute("SELECT geom FROM areas WHERE name = 'Sylte'").fetchone()[0])
        incidents = db.execute("SELECT occurred_at, geom FROM incidents").fetchall()
    months = [str(when)[:7] for when, g in incidents if when and g is not None and sylte.contains(geometry(g))]
    first = min(str(when)[:7] for when, _ in incidents if when)
    last = max(str(when)[:7] for when, _ in incidents if when)
    span = np.arange(np.datetime64(first, "M"), np.datetime64(last, "M"))  # up to the last complete month
    series = np.array([months.count(str(m)) for m in span], dtype=float)
    expected = fc.forecast_series(series, 12, 12, 0.8, 1)
    rows.sort(key=lambda f: f["period"])
    assert rows[0]["period"] == str(span[-1] + 1)
    assert [f["model"] for f in rows] == [expected.model] * 12
    assert np.allclose([f["forecast"] for f in rows], expected.mean, rtol=1e-9)
    assert np.allclose([f["lower"] for f in rows], expected.lower, rtol=1e-9)
    assert np.allclose([f["upper"] for f in rows], expected.upper, rtol=1e-9)
    assert _report_pages(pdf, ["Sylte"]) in (4, 5)


def test_the_model_runs_with_the_forecast_step_off(run, demo_workspace, tmp_path):
    pdf = str(tmp_path / "utan_prognos.pdf")
    result = run("trygghet:lagesbild", {"WORKSPACE": demo_workspace, **PERIODS, "FOCUS_AREAS": "Sylte",
                                        "FORECAST": False, "OUTPUT": pdf})
    assert result["OUTPUT"] == pdf and _report_pages(pdf, ["Sylte"]) in (4, 5)
    assert not result.get("FORECAST_TABLE")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "If the development continues" not in text and "Perceived safety" in text
