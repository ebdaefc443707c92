"""The lägesbild's forecast, perceived-safety and patrol-planning sections (trygghet:exportlagesbild) against
independent computations: the forecast of each area's monthly series recomputed from the GeoPackage read with
sqlite3, the patrol table against a count over trygghet:riskmap's own top areas, and the perceived-safety figures
against sqlite3 reads of rows this test inserts into a copy of the demo workspace."""

import importlib.util
import math
import os
import random
import re
import shutil
import sqlite3
import subprocess
import unicodedata
import uuid

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
from shapely import wkb as shapely_wkb
from shapely.ops import unary_union
from trygghet import i18n
from trygghet.core import forecast as fc

_spec = importlib.util.spec_from_file_location("report_pages", os.path.join(os.path.dirname(__file__),
                                                                           "report_pages.py"))
report_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_pages)

FOCUS = ("Kronogården", "Lextorp", "Sylte")
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
           "REFERENCE_END": "2025-11-01"}
PT_PER_MM = 72 / 25.4


def gpkg_geometry(blob):
    """A shapely geometry from a GeoPackage geometry blob (header, envelope, WKB), read without QGIS."""
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0x07]
    return shapely_wkb.loads(bytes(blob[8 + envelope:]))


def read_table(gpkg, sql):
    with sqlite3.connect(gpkg) as db:
        return db.execute(sql).fetchall()


def area_shapes(gpkg):
    return {name: gpkg_geometry(geom) for name, geom in read_table(gpkg, "SELECT name, geom FROM areas")}


def column_text(pdf, page, x0_mm, x1_mm):
    """pdftotext of one column of one page (A4 landscape), whitespace collapsed."""
    x, w = int(x0_mm * PT_PER_MM), int((x1_mm - x0_mm) * PT_PER_MM)
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-x", str(x), "-y", "0", "-W", str(w),
                           "-H", "600", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


def flat(text):
    return " ".join(text.split())


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def whole_text(pdf):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="module")
def workspace(demo_workspace, tmp_path_factory):
    """A copy of the demo workspace with its own survey results and dialogue marks instead of the demo's: 40 marks
    in Kronogården, 3 in Lextorp (too few to publish), none in Sylte; surveys for Kronogården and the reference area
    only."""
    path = str(tmp_path_factory.mktemp("sections") / "demo.gpkg")
    shutil.copy(demo_workspace, path)
    for name in ("dialog_marks", "dialog_areas", "survey_results"):
        assert QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr").dataProvider().truncate()
    shapes = area_shapes(path)
    rng = random.Random(19)
    marks = QgsVectorLayer(path + "|layername=dialog_marks", "marks", "ogr")
    assert marks.isValid()
    features = []
    for area, n in (("Kronogården", 40), ("Lextorp", 3)):
        shape = shapes[area]
        minx, miny, maxx, maxy = shape.bounds
        made = 0
        while made < n:
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            if not shape.contains(shapely_wkb.loads(bytes(QgsGeometry.fromPointXY(QgsPointXY(x, y)).asWkb()))):
                continue
            feature = QgsFeature(marks.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
            feature["uuid"] = "{{{}}}".format(uuid.UUID(int=rng.getrandbits(128)))
            feature["dialogue"] = "Dialog {}".format(1 + made % 2)
            feature["feeling"] = rng.choice([1, 2, 2, 3, 4])
            feature["reason"] = rng.choice(["belysning"] * 4 + ["ungdomsgrupper"] * 2 + ["narkotika", "ode"])
            features.append(feature)
            made += 1
    assert marks.dataProvider().addFeatures(features)[0]
    survey = QgsVectorLayer(path + "|layername=survey_results", "survey", "ogr")
    rows = [("Kronogården", 2024, "oro_for_brott", 38.0, "%", 410, 33.0, 43.0, "polisen"),
            ("Kronogården", 2025, "oro_for_brott", 34.0, "%", 395, 29.5, 38.5, "polisen"),
            ("Övriga Trollhättan", 2025, "oro_for_brott", 21.0, "%", 1200, None, None, "polisen"),
            ("Kronogården", 2025, "problemindex", 2.4, "", 395, None, None, "polisen")]
    new = []
    for row in rows:
        feature = QgsFeature(survey.fields())
        feature["uuid"] = "{{{}}}".format(uuid.UUID(int=rng.getrandbits(128)))
        for name, value in zip(("area", "year", "indicator", "value", "unit", "respondents", "lower", "upper",
                                "source"), row):
            feature[name] = value
        new.append(feature)
    assert survey.dataProvider().addFeatures(new)[0]
    del marks, survey
    return path


@pytest.fixture(scope="module")
def swedish_report(run, workspace, tmp_path_factory):
    translator = i18n.install_translator("sv")
    pdf = str(tmp_path_factory.mktemp("rapport") / "lagesbild.pdf")
    try:
        result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=workspace, RISK_MAP=True, OUTPUT=pdf))
    finally:
        i18n.remove_translator(translator)
    PLACES[pdf] = placed(result, FOCUS)
    return result, pdf


PLACES = {}  # {pdf: {area: where the flow put each block}}, read right after the export


def placed(result, areas):
    from qgis.core import QgsProject

    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    return {area: report_pages.placements(layout, area) for area in areas}


def block(pdf, area, *item_ids):
    """The text of the area's flowed blocks ``item_ids``, one after the other, whitespace collapsed."""
    return " ".join(report_pages.block_text(pdf, PLACES[pdf][area], area, item_id) for item_id in item_ids)


def monthly_series(gpkg, area):
    """The area's incidents per month from the first incident's month to 2026-10, read with sqlite3 and shapely."""
    shape = area_shapes(gpkg)[area]
    counts = {}
    first = None
    for when, geom in read_table(gpkg, "SELECT occurred_at, geom FROM incidents"):
        if not when or geom is None:
            continue
        month = str(when)[:7]
        first = month if first is None or month < first else first
        if month <= "2026-10" and shape.contains(gpkg_geometry(geom)):
            counts[month] = counts.get(month, 0) + 1
    months = np.arange(np.datetime64(first, "M"), np.datetime64("2026-11", "M"))
    return np.array([counts.get(str(m), 0) for m in months], dtype=float)


def test_pages_forecast_and_patrol_pages_per_area(swedish_report):
    result, pdf = swedish_report
    total = 1
    for area in FOCUS:
        pages = report_pages.area_pages(pdf, area)  # map, development, one or two analysis pages, patrol
        assert len(pages) in (4, 5) and pages == list(range(pages[0], pages[0] + len(pages))), (area, pages)
        total += len(pages)
        analysis = " ".join(flat(column_text(pdf, p, 0, 297)) for p in pages[1:-1])
        assert "Prognos" in analysis and "Upplevd trygghet" in analysis
        assert "Om utvecklingen fortsätter" in block(pdf, area, "text_prognos")
        assert "Patrullplanering" in column_text(pdf, pages[-1], 0, 297)
    assert page_count(pdf) == result["PAGES"] == total


@pytest.mark.parametrize("index", range(len(FOCUS)))
def test_the_forecast_paragraph_matches_an_independent_forecast(swedish_report, workspace, index):
    _, pdf = swedish_report
    area = FOCUS[index]
    series = monthly_series(workspace, area)
    f = fc.forecast_series(series, 12, 12, 0.8, 1)
    text = flat(block(pdf, area, "text_prognos"))
    mean = float(np.mean(f.mean))
    assert "Om utvecklingen fortsätter som hittills väntas omkring {} händelser per månad".format(round(mean)) \
        in text, text
    assert "(2026-11 – 2027-10; varje månads 80 % prognosintervall ligger inom {}–{})".format(
        round(float(np.min(f.lower))), round(float(np.max(f.upper)))) in text, text
    mase = "{:.2f}".format(f.mase).replace(".", ",")
    assert "MASE {}".format(mase) in text
    if f.model == "snaive":  # the forecast is the repetition itself
        assert "ingen modell träffat bättre än att upprepa förra årets månad, så prognosen upprepar" in text
    elif f.mase < 1:
        assert "träffat bättre än att upprepa förra årets månad" in text
    else:
        assert "inte träffat bättre än att upprepa förra årets månad" in text and "försiktighet" in text
    assert "{} %".format(round(f.coverage * 100)) in text


def test_a_sparse_series_gets_the_fallback_sentence(run, workspace, tmp_path, swedish):
    """Only the last 14 months of Sylte's incidents: fewer than two years, so the mean model and its sentence."""
    incidents = QgsVectorLayer(workspace + "|layername=incidents", "incidents", "ogr")
    incidents.setSubsetString("\"occurred_at\" >= '2025-09-01'")
    pdf = str(tmp_path / "gles.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=workspace, INCIDENTS=incidents,
                                                  FOCUS_AREAS="Sylte", OUTPUT=pdf))
    PLACES[pdf] = placed(result, ["Sylte"])
    text = flat(block(pdf, "Sylte", "text_prognos"))
    assert "mindre än två års månadsdata" in text and "läsas med försiktighet" in text
    series = monthly_series(workspace, "Sylte")[-14:]
    f = fc.forecast_series(series, 12, 12, 0.8, 1)
    assert f.model == "mean"
    assert "omkring {} händelser per månad".format(round(float(np.mean(f.mean)))) in text


def test_the_patrol_table_matches_a_count_over_the_risk_maps_top_areas(run, swedish_report, workspace, tmp_path):
    _, pdf = swedish_report
    top = run("trygghet:riskmap", {"INPUT": workspace + "|layername=incidents", "TIME_FIELD": "occurred_at",
                                   "AS_OF": "2026-11-01", "LOOKBACK_DAYS": 90, "MASK": workspace + "|layername=areas",
                                   "OUTPUT": str(tmp_path / "risk.tif"),
                                   "OUTPUT_AREAS": str(tmp_path / "top.gpkg")})["OUTPUT_AREAS"]
    layer = QgsVectorLayer(top, "top", "ogr")
    classes = {f["top_percent"]: shapely_wkb.loads(bytes(f.geometry().asWkb())) for f in layer.getFeatures()}
    assert set(classes) == {1, 5, 10}
    shapes = area_shapes(workspace)
    recent = [gpkg_geometry(g) for when, g in read_table(workspace, "SELECT occurred_at, geom FROM incidents")
              if when and "2026-08-03" <= str(when)[:10] < "2026-11-01" and g is not None]
    for area in FOCUS:
        shape = shapes[area]
        inside = [p for p in recent if shape.contains(p)]
        text = column_text(pdf, report_pages.area_pages(pdf, area)[-1], 160, 297)  # the patrol page
        for share in (1, 5, 10):
            cells = unary_union([g for c, g in classes.items() if c <= share]).intersection(shape)
            hits = sum(1 for p in inside if cells.contains(p))
            row = next(line for line in text.splitlines()
                       if line.strip().startswith("Översta {} %".format(share)) and " / " in line)
            shown = "<5" if 0 < hits < 5 else str(hits)
            assert "{} / {}".format(shown, len(inside)) in row, (area, share, row)
            assert "{} %".format("{:.1f}".format(100 * cells.area / shape.area).replace(".", ",")) in row, row


def test_perceived_safety_matches_the_geopackage(swedish_report, workspace, swedish):
    from trygghet.core import vocabulary

    _, pdf = swedish_report
    labels = {code: i18n.tr(label).lower() for code, label in vocabulary.FINDING_CATEGORIES}
    reasons = {code: i18n.tr(label).lower() for code, label in vocabulary.MARK_REASONS}
    shapes = area_shapes(workspace)
    marks = [(gpkg_geometry(g), feeling, reason) for g, feeling, reason in
             read_table(workspace, "SELECT geom, feeling, reason FROM dialog_marks")]
    findings = [(gpkg_geometry(g), c) for g, c in read_table(workspace, "SELECT geom, category FROM walk_findings")]
    for area in FOCUS:
        text = flat(block(pdf, area, "tabell_upplevd", "text_upplevd"))
        mine = [(f, r) for p, f, r in marks if shapes[area].contains(p)]
        if not mine:
            assert "Inga platser i {} har markerats i en medborgardialog.".format(area) in text
        elif len(mine) < 5:
            assert "Medborgardialoger: <5 markeringar i området" in text and "Vanligaste" not in text
        else:
            assert "{} markeringar i området".format(len(mine)) in text
            unsafe = sum(1 for f, _ in mine if f in (1, 2))
            assert "{} % av markeringarna med angiven känsla".format(round(100 * unsafe / len(mine))) in text
            counts = {}
            for _, r in mine:
                counts[r] = counts.get(r, 0) + 1
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            assert "Vanligaste orsaker: {}.".format(", ".join(
                "{} {}".format(reasons[r], n) for r, n in top)) in text, text
        walk = {}
        for p, c in findings:
            if shapes[area].contains(p):
                walk[c] = walk.get(c, 0) + 1
        if walk:
            assert "Trygghetsvandringar: {} iakttagelser i området".format(sum(walk.values())) in text
            most = max(walk.values())
            assert any("{} {}".format(labels[c], n) in text for c, n in walk.items() if n == most), text
        else:
            assert "Inga iakttagelser från trygghetsvandringar finns registrerade i {}".format(area) in text
        if area == "Kronogården":
            rows = {r[0]: r for r in read_table(workspace, "SELECT indicator, year, value, lower, upper FROM "
                                                "survey_results WHERE area = 'Kronogården' ORDER BY year")}
            ref = read_table(workspace, "SELECT value FROM survey_results WHERE area = 'Övriga Trollhättan' AND "
                                        "indicator = 'oro_for_brott' AND year = 2025")[0][0]
            table = report_pages.block_text(pdf, PLACES[pdf][area], area, "tabell_upplevd", lines=True)
            worry = next(line for line in table.splitlines() if "Oro för brott" in line)
            _, year, value, lower, upper = rows["oro_for_brott"]
            assert str(year) in worry and "{:g} %".format(value) in worry and "{:g} %".format(ref) in worry
            assert "-4 (2024)" in worry and "{}–{}".format(
                "{:g}".format(lower).replace(".", ","), "{:g}".format(upper).replace(".", ",")) in worry
            index_row = next(line for line in table.splitlines() if "Problemindex" in line)
            assert "2,4" in index_row
        else:
            assert "Inga trygghetsmätningar för {} finns registrerade i arbetsytan.".format(area) in text


def test_the_cover_no_longer_says_perceived_safety_is_missing(swedish_report):
    _, pdf = swedish_report
    cover = flat(subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True,
                                check=True).stdout)
    assert "Upplevd trygghet" in cover and "eget avsnitt" in cover


def test_swedish_and_english_reports_hold_no_words_of_the_other(run, swedish_report, workspace, tmp_path):
    _, pdf = swedish_report
    sv = whole_text(pdf)
    for english in ("Forecast", "Perceived safety", "Patrol planning", "Incidents per month", "Top 5 %",
                    "forecast interval", "Survey", "Safety walks", "Citizen dialogue", "Share of the"):
        assert english not in sv, english
    en_pdf = str(tmp_path / "report.pdf")
    run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=workspace, FOCUS_AREAS="Kronogården", RISK_MAP=True,
                                        OUTPUT=en_pdf))
    en = whole_text(en_pdf)
    assert "Perceived safety" in en and "Forecast" in en and "Patrol planning" in en
    for swedish in ("Prognos", "Upplevd trygghet", "Patrullplanering", "Händelser per månad", "Översta",
                    "prognosintervall", "Trygghetsvandringar:", "Medborgardialoger", "Andel av", "Topp"):
        assert swedish not in en, swedish


def test_without_forecast_and_patrol_the_sections_are_left_out(run, workspace, tmp_path, swedish):
    pdf = str(tmp_path / "utan.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=workspace, FOCUS_AREAS="Sylte",
                                                  FORECAST=False, OUTPUT=pdf))
    pages = report_pages.area_pages(pdf, "Sylte")
    assert page_count(pdf) == result["PAGES"] == 1 + len(pages) and len(pages) in (3, 4)
    # the patrol page goes with every item on it: none is left to print over another page
    from qgis.core import QgsLayoutItem, QgsProject

    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    assert layout.pageCollection().pageCount() == 5
    ids = [i.id() for i in layout.items() if isinstance(i, QgsLayoutItem)]
    assert "karta_oversikt" in ids and not [i for i in ids if i.endswith("_patrull")], ids
    text = whole_text(pdf)
    assert "Upplevd trygghet" in text
    assert "Om utvecklingen fortsätter" not in text and "Patrullplanering" not in text
    assert not math.isnan(result["PAGES"])
    assert os.path.isfile(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))


def test_the_sections_print_from_a_project_other_than_the_current_one(run, workspace, tmp_path, swedish):
    """The demo and scripts export with a project of their own: the forecast and perceived-safety texts must still
    print (they once read another layer by its id, which a layout outside the current project cannot find)."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    pdf = str(tmp_path / "eget_projekt.pdf")
    run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=workspace, FOCUS_AREAS="Kronogården", OUTPUT=pdf),
        context=context, feedback=QgsProcessingFeedback())
    text = flat(whole_text(pdf))
    assert "Om utvecklingen fortsätter som hittills väntas" in text
    assert "Trygghetsmätningar" in text or "trygghetsmätning" in text
    assert project.layoutManager().layouts(), "the layout goes to the project the report was made in"
