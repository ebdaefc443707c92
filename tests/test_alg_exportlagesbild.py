"""trygghet:exportlagesbild on the demo workspace: pages, texts, figures against areasummary, maps, template errors."""

import os
import re
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage
from trygghet import i18n
from trygghet.plugin_paths import LAYOUTS

FOCUS = ("Kronogården", "Lextorp", "Sylte")
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
           "REFERENCE_END": "2025-11-01"}


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]  # NFKC: the font's "ﬁ" ligature is "fi"


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def area_pages(pages, area):
    """The 0-based indices of the pages titled for ``area``: its map page first, then its development page and its
    one or two analysis pages (as many as its blocks need)."""
    return [i for i, page in enumerate(pages) if page.strip().startswith("Lägesbild {}, ".format(area))]


def swedish_number(value, decimals):
    return "{:.{}f}".format(value, decimals).replace(".", ",")


@pytest.fixture(scope="module")
def swedish():
    translator = i18n.install_translator("sv")
    assert translator is not None
    yield translator
    i18n.remove_translator(translator)


@pytest.fixture(scope="module")
def report(run, demo_workspace, tmp_path_factory, swedish):
    pdf = str(tmp_path_factory.mktemp("report") / "lagesbild.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, OUTPUT=pdf))
    return result, pdf


@pytest.fixture(scope="module")
def summary(run, demo_workspace):
    """The area summary of the same inputs, computed on its own."""
    result = run("trygghet:areasummary", dict(
        PERIODS, INPUT=demo_workspace + "|layername=incidents", AREAS=demo_workspace + "|layername=areas",
        REFERENCE_AREAS="Övriga Trollhättan", MIN_COUNT=5, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MAP=None))
    layer = result["OUTPUT"]
    return {(f["area"], f["category"]): f for f in layer.getFeatures()}


def test_the_pdf_has_a_cover_and_three_or_four_pages_per_focus_area(report):
    result, pdf = report
    assert os.path.isfile(pdf)
    pages = page_texts(pdf)
    assert "Lägesbild Trollhättan" in pages[0]
    counts = []
    for area in FOCUS:
        own = area_pages(pages, area)
        assert own == list(range(own[0], own[0] + len(own))) and len(own) in (3, 4), (area, own)
        for i in own:
            assert "Lägesbild {}, 2025-11-01 – 2026-10-31".format(area) in pages[i]
        assert "Nyckeltal" in pages[own[0]] and "Utveckling över tid" in pages[own[1]]
        counts.append(len(own))
    assert page_count(pdf) == 1 + sum(counts) == result["PAGES"]
    assert "Metod och källor" in pages[0]
    assert "Key figures" not in "".join(pages)


def test_the_key_figures_are_those_of_the_area_summary(report, summary):
    _, pdf = report
    pages = page_texts(pdf)
    for area in FOCUS:
        page = pages[area_pages(pages, area)[0]]
        total = summary[(area, "alla")]
        row = next(line for line in page.splitlines() if "Alla händelser" in line)
        expected = [total["n_current_text"], total["n_reference_text"], swedish_number(total["rate_current"], 1),
                    swedish_number(total["ratio_reference_area"], 2)]
        cells = row.split()
        for value in expected:
            assert value in cells, (area, value, row)
        change = swedish_number(total["change_pct"], 1)
        assert ("+" + change if total["change_pct"] > 0 else change) in cells
        assert ("ja" if total["change_p"] < 0.05 else "nej") in cells
        # the cover's summary row carries the same figures
        cover_row = next(line for line in pages[0].splitlines() if line.strip().startswith(area))
        for value in expected:
            assert value in cover_row.split()


def test_the_cover_states_method_sources_disclosure_and_synthetic_data(report):
    _, pdf = report
    cover = " ".join(page_texts(pdf)[0].split())
    assert "syntetiska" in cover.lower()
    assert "24076 händelser" in cover
    assert "'<5'" in cover
    assert "Övriga Trollhättan" in cover


def test_a_page_shows_a_drawn_map_of_the_area(report, tmp_path):
    _, pdf = report
    subprocess.run(["pdftoppm", "-r", "60", "-f", "2", "-l", "2", "-png", pdf, str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    mm = image.width() / 297.0
    # the area map of the shipped template: x 12–162 mm, y 25–183 mm
    x0, x1, y0, y1 = (int(v * mm) for v in (14, 160, 27, 181))
    colours, outline, warm = set(), 0, 0
    for y in range(y0, y1, 2):
        for x in range(x0, x1, 2):
            c = QColor(image.pixel(x, y))
            colours.add((c.red() // 16, c.green() // 16, c.blue() // 16))
            if abs(c.red() - 11) < 40 and abs(c.green() - 85) < 40 and abs(c.blue() - 99) < 40:
                outline += 1  # the selected area's outline colour
            if c.red() > 200 and c.blue() < 120:
                warm += 1  # density colours
    assert len(colours) > 20, "the map is blank"
    assert outline > 50, "the area's outline is not on the map"
    assert warm > 100, "no density is drawn"


def test_the_layout_is_in_the_layout_manager_with_its_data(report):
    result, _ = report
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    assert layout is not None
    assert layout.atlas().enabled() and layout.atlas().coverageLayer().featureCount() == 1 + len(FOCUS)
    assert os.path.isfile(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))


def test_a_small_count_prints_as_suppressed(run, demo_workspace, tmp_path, swedish):
    incidents = QgsVectorLayer(demo_workspace + "|layername=incidents", "incidents", "ogr")
    # keep one robbery in ten: a few per area, below the threshold
    incidents.setSubsetString("\"category\" <> 'ran' OR fid % 10 = 0")
    pdf = str(tmp_path / "liten.pdf")
    run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, INCIDENTS=incidents, OUTPUT=pdf))
    summary = run("trygghet:areasummary", dict(
        PERIODS, INPUT=incidents, AREAS=demo_workspace + "|layername=areas", REFERENCE_AREAS="Övriga Trollhättan",
        OUTPUT="TEMPORARY_OUTPUT", OUTPUT_MAP=None))["OUTPUT"]
    hidden = {f["area"] for f in summary.getFeatures() if f["category"] == "ran" and f["suppressed"]}
    assert hidden & set(FOCUS), "the test data should hide a robbery count"
    pages = page_texts(pdf)
    for area in FOCUS:
        robbery = re.search(r"(?:^|\s)Rån\s+(\S+)\s+(\S+)", pages[area_pages(pages, area)[0]], re.M)
        if area in hidden:
            assert robbery and robbery.group(1) == "<5", (area, robbery and robbery.group(0))
    # every hidden count prints as the summary publishes it: '<5' below 5, '..' when hidden only to protect another
    labels = {"skadegorelse": "Skadegörelse", "klotter": "Klotter", "narkotika": "Narkotika", "vald": "Våld",
              "ran": "Rån", "stold_inbrott": "Stöld/inbrott", "ordningsstorning": "Ordningsstörning",
              "brand": "Brand", "ovrigt": "Övrigt", "alla": "Alla händelser"}
    seen = set()
    for f in summary.getFeatures():
        if f["area"] not in FOCUS or not f["suppressed"]:
            continue
        page = pages[area_pages(pages, f["area"])[0]]
        row = re.search(r"(?:^|\s){}\s+(\S+)\s+(\S+)".format(re.escape(labels[f["category"]])), page, re.M)
        assert row and (row.group(1), row.group(2)) == (f["n_current_text"], f["n_reference_text"]), \
            (f["area"], f["category"], row and row.group(0))
        seen |= {f["n_current_text"], f["n_reference_text"]}
    assert {"<5", ".."} <= seen, seen  # the test data hide counts of both kinds


def test_a_template_without_an_item_fails_naming_it(run, demo_workspace, tmp_path):
    with open(os.path.join(LAYOUTS, "lagesbild.qpt"), encoding="utf-8") as handle:
        text = handle.read()
    assert text.count('id="tabell_nyckeltal"') == 1
    broken = tmp_path / "utan_nyckeltal.qpt"
    broken.write_text(text.replace('id="tabell_nyckeltal"', 'id="min_tabell"'), encoding="utf-8")
    pdf = tmp_path / "rapport.pdf"
    with pytest.raises(QgsProcessingException, match="tabell_nyckeltal"):
        run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, TEMPLATE=str(broken),
                                            OUTPUT=str(pdf)))
    assert not pdf.exists() and not (tmp_path / "rapport_underlag").exists()


def test_unknown_focus_area_fails_and_writes_nothing(run, demo_workspace, tmp_path):
    pdf = tmp_path / "rapport.pdf"
    with pytest.raises(QgsProcessingException, match="Vänersborg"):
        run("trygghet:exportlagesbild", dict(WORKSPACE=demo_workspace, FOCUS_AREAS="Kronogården;Vänersborg",
                                            OUTPUT=str(pdf)))
    assert list(tmp_path.iterdir()) == []


def test_english_fallback(run, demo_workspace, tmp_path, swedish):
    pdf = str(tmp_path / "report.pdf")
    i18n.remove_translator(swedish)  # QGIS in English: no Swedish translation is loaded
    try:
        run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, FOCUS_AREAS="Sylte", OUTPUT=pdf))
    finally:
        from qgis.PyQt.QtCore import QCoreApplication

        QCoreApplication.installTranslator(swedish)
    pages = page_texts(pdf)
    assert len(pages) in (4, 5)
    assert "Method and sources" in pages[0] and "Key figures" in pages[1]
    assert "Development over time" in pages[2] and "Conclusions" in pages[2]
    rest = "".join(pages[2:])
    for heading in ("Cause analysis", "Measures", "Medborgarlöften", "Forecast", "Perceived safety"):
        assert heading in rest, heading
    assert "Nyckeltal" not in "".join(pages)
