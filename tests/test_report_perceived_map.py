"""trygghet:exportlagesbild with PERCEIVED_MAP: the four classes of trygghet:perceivedsafety on each focus area's
map. Checked on the rendered PDF (pdftoppm, pdftotext) against an independent run of trygghet:perceivedsafety on the
demo workspace: the colours of the classes present in the area (read from the style's .qml, blended as printed) are
on the map and the legend names the classes in Swedish; without the option those colours are absent."""

import os
import re
import subprocess
import unicodedata

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
from trygghet import i18n

AREA = "Kronogården"
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
           "REFERENCE_END": "2025-11-01"}
STYLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "styles",
                     "perceived_safety.qml")
SWEDISH = {"unsafe_crime": "Otryggt och brottsutsatt", "unsafe_low_crime": "Otryggt men få anmälda brott",
           "safe_crime": "Tryggt men brottsutsatt"}
DPI = 100


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)


def qml_classes():
    """{class code: ((r, g, b), symbol alpha)} of the style's categories, read from the .qml text."""
    text = open(STYLE, encoding="utf-8").read()
    symbol_of = dict((value, symbol) for symbol, value in re.findall(r'<category[^>]*symbol="(\d+)" value="(\w+)"',
                                                                     text))
    out = {}
    for block in re.findall(r'<symbol [^>]*name="(\d+)"[^>]*alpha="([\d.]+)"(.*?)</symbol>', text, re.S):
        name, alpha, body = block
        rgb = re.search(r'name="color" type="QString" value="(\d+),(\d+),(\d+),', body)
        for value, symbol in symbol_of.items():
            if symbol == name:
                out[value] = (tuple(int(v) for v in rgb.groups()), float(alpha))
    return out


def page_pixels(pdf, page, stem):
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", pdf, stem],
                   check=True)
    from qgis.PyQt.QtGui import QImage

    image = QImage(stem + ".png").convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    pointer = image.constBits()
    pointer.setsize(height * image.bytesPerLine())
    return np.frombuffer(pointer, np.uint8).reshape(height, image.bytesPerLine() // 4, 4)[:, :width, [2, 1, 0]].copy()


def map_pixels(pixels):
    """The area map: 150 × 158 mm at (12, 25) mm of the 297 × 210 mm page (lagesbild.qpt, item "karta"), without
    its frame."""
    height, width = pixels.shape[:2]
    x0, y0, w, h = 13, 26, 148, 156
    rows = slice(int(height * y0 / 210), int(height * (y0 + h) / 210))
    return pixels[rows, int(width * x0 / 297):int(width * (x0 + w) / 297)]


def share_near(pixels, colour, tolerance=12):
    rgb = pixels[..., :3].astype(int)
    return float((np.abs(rgb - np.array(colour)).max(axis=2) <= tolerance).mean())


def over_white(colour, alpha):
    return tuple(int(round(alpha * c + (1 - alpha) * 255)) for c in colour)


@pytest.fixture(scope="module")
def independent(run, demo_workspace):
    """{class code: cells} of trygghet:perceivedsafety (defaults, grid) among the cells whose centre is in AREA."""
    result = run("trygghet:perceivedsafety", {"INCIDENTS": demo_workspace + "|layername=incidents",
                                              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": None})
    layer = result["OUTPUT"]
    counts = {}
    for feature in layer.getFeatures():
        if feature["area"] == AREA:
            counts[feature["class"]] = counts.get(feature["class"], 0) + 1
    return counts


@pytest.fixture(scope="module")
def reports(run, demo_workspace, tmp_path_factory):
    """The Swedish report for AREA with and without PERCEIVED_MAP: {True|False: (result, pdf, page 2 pixels)}."""
    import time

    folder = tmp_path_factory.mktemp("perceived_map")
    translator = i18n.install_translator("sv")
    out = {}
    try:
        for on in (True, False):
            pdf = str(folder / "lagesbild_{}.pdf".format("med" if on else "utan"))
            feedback = Log()
            started = time.perf_counter()
            result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, FOCUS_AREAS=AREA,
                                                          FORECAST=False, PERCEIVED_MAP=on, OUTPUT=pdf),
                         feedback=feedback, context=QgsProcessingContext())
            result["seconds"], result["log"] = time.perf_counter() - started, feedback.lines
            out[on] = (result, pdf, page_pixels(pdf, 2, pdf[:-4] + "_sida2"))
    finally:
        i18n.remove_translator(translator)
    return out


def test_the_classes_in_the_area_are_drawn_in_their_colours(reports, independent):
    """Where a class's cells lie, the page with the option shows the class's colour laid over the page without it
    (same layout, same pixels): printed = a · colour + (1 − a) · beneath, with a the style's symbol alpha times the
    layer opacity on the report's maps."""
    from trygghet.report.perceived_section import MAP_OPACITY

    classes = qml_classes()
    assert set(classes) == {"unsafe_crime", "unsafe_low_crime", "safe_crime", "no_pattern", "sparse"}
    present = [code for code in SWEDISH if independent.get(code, 0) > 0]
    assert present, independent  # the demo's marks give the area at least one of the three telling classes
    on, off = map_pixels(reports[True][2]).astype(float), map_pixels(reports[False][2]).astype(float)
    assert on.shape == off.shape
    shares = {}
    for code in SWEDISH:
        colour, alpha = classes[code]
        a = alpha * MAP_OPACITY
        printed = a * np.array(colour, dtype=float) + (1 - a) * off
        changed = np.abs(on - off).max(axis=2) > 8  # the overlay visibly changed the pixel
        shares[code] = float(((np.abs(on - printed).max(axis=2) <= 6) & changed).mean())
    print("shares of the map in each class's printed colour:", shares)
    for code in SWEDISH:
        if code in present:
            # a 250 m cell is about 2 × 2 cm on this map, some 2 % of it
            assert shares[code] > 0.01 * min(independent[code], 3) / 3, (code, shares)
        else:
            assert shares[code] < 0.001, (code, shares)
    # without the option the classes' colours (over white, where the density is nil) are absent from the map
    for code in present:
        colour, alpha = classes[code]
        assert share_near(off, over_white(colour, alpha * MAP_OPACITY), 6) < 0.001, code


def test_the_legend_names_the_classes_in_swedish(reports, independent):
    def legend(pdf):
        # the legend: 116 × 44 mm at (169, 25) mm of page 2
        pt = 72 / 25.4
        text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-x", str(int(169 * pt)), "-y", str(int(25 * pt)),
                               "-W", str(int(116 * pt)), "-H", str(int(44 * pt)), "-layout", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        return " ".join(unicodedata.normalize("NFKC", text).split())

    with_map, without = legend(reports[True][1]), legend(reports[False][1])
    assert "Upplevd otrygghet och brott" in with_map, with_map
    for code, label in SWEDISH.items():
        assert (label in with_map) == (independent.get(code, 0) > 0), (label, with_map)
        assert label not in without
    assert "Upplevd otrygghet" not in without
    # the rest of the legend is still there
    for text in ("Valt område", "Hot spot-täthet"):
        assert text in with_map and text in without, text


def pdf_pages(pdf):
    import subprocess

    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def test_the_extra_time_is_logged(reports):
    result, pdf, _ = reports[True]
    assert os.path.isfile(os.path.join(result["DATA_FOLDER"], "upplevd_otrygghet.gpkg"))
    assert result["PAGES"] == reports[False][0]["PAGES"] == pdf_pages(pdf) and result["PAGES"] in (4, 5)
    took = [line for line in result["log"] if line.startswith("Upplevd otrygghet och brott för områdeskartorna tog")]
    assert len(took) == 1, result["log"]
    seconds = float(re.search(r"tog ([\d,]+) s", took[0]).group(1).replace(",", "."))
    assert 0 < seconds < result["seconds"]
    print("report with the map {:.1f} s, without {:.1f} s, the child step {:.1f} s".format(
        result["seconds"], reports[False][0]["seconds"], seconds))
    assert not any("Upplevd otrygghet" in line for line in reports[False][0]["log"])


def test_without_dialogue_marks_the_map_is_left_as_it_is(run, demo_workspace, tmp_path):
    import shutil

    path = str(tmp_path / "utan_markeringar.gpkg")
    shutil.copy(demo_workspace, path)
    marks = QgsVectorLayer(path + "|layername=dialog_marks", "marks", "ogr")
    assert marks.featureCount() > 0 and marks.dataProvider().truncate()
    del marks
    feedback = Log()
    pdf = str(tmp_path / "lagesbild.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=path, FOCUS_AREAS=AREA, FORECAST=False,
                                                  PERCEIVED_MAP=True, OUTPUT=pdf), feedback=feedback,
                 context=QgsProcessingContext())
    assert result["PAGES"] == pdf_pages(pdf) and result["PAGES"] in (4, 5)
    assert any("no citizen dialogue marks" in line for line in feedback.lines), feedback.lines
    assert not os.path.exists(os.path.join(result["DATA_FOLDER"], "upplevd_otrygghet.gpkg"))
