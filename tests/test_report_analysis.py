"""The lägesbild's analysis sections against independent reads of the workspace: the cause analysis, the conclusions
(and a 2,000-character text that must flow, not be clipped), the trend sentence against a brute-force
Mann–Kendall, the index chart, the disclosure marks ('<5' and '..') against an independent suppression, and the
print size of the charts' text."""

import datetime
import importlib.util
import math
import os
import sqlite3
import subprocess
import unicodedata

import numpy as np
import pytest
from osgeo import ogr
from trygghet import i18n


def _cases_module():
    spec = importlib.util.spec_from_file_location(
        "analysis_cases", os.path.join(os.path.dirname(__file__), "analysis_cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_CASES = _cases_module()
_spec = importlib.util.spec_from_file_location("report_pages", os.path.join(os.path.dirname(__file__),
                                                                           "report_pages.py"))
report_pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_pages)
LONG_SENTENCES, long_text, write_cases = _CASES.LONG_SENTENCES, _CASES.long_text, _CASES.write_cases

FOCUS = ("Kronogården", "Lextorp", "Sylte")
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
           "REFERENCE_END": "2025-11-01"}
MM = 72 / 25.4  # PDF points per millimetre
STATUS_SV = {"pagaende": "Pågående", "beslutad": "Beslutad", "avbruten": "Avbruten", "genomford": "Genomförd",
             "forslag": "Förslag"}
FOLLOW_UP_SV = {"green": "Grön", "yellow": "Gul", "red": "Röd"}


def words(text):
    return " ".join(unicodedata.normalize("NFKC", text).split())


def crop(pdf, page, x, y, w, h):
    """The text inside a rectangle of a page (millimetres from its top left corner), whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-r", "72", "-f", str(page), "-l", str(page), "-x", str(int(x * MM)),
                          "-y", str(int(y * MM)), "-W", str(int(w * MM)), "-H", str(int(h * MM)), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    return words(out)


def page_layout_text(pdf, page):
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def in_order(haystack, needles):
    """Every needle occurs in ``haystack``, one after the other."""
    at = 0
    for needle in needles:
        found = haystack.find(needle, at)
        assert found >= 0, (needle, haystack[at:at + 300])
        at = found + len(needle)


@pytest.fixture(scope="module")
def swedish():
    translator = i18n.install_translator("sv")
    assert translator is not None
    yield translator
    i18n.remove_translator(translator)


@pytest.fixture(scope="module")
def cases(demo_workspace, tmp_path_factory):
    return write_cases(demo_workspace, str(tmp_path_factory.mktemp("cases") / "cases.gpkg"))


@pytest.fixture(scope="module")
def report(run, cases, tmp_path_factory, swedish):
    pdf = str(tmp_path_factory.mktemp("report") / "lagesbild.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=cases, OUTPUT=pdf))
    PLACES[pdf] = placed(result)
    return result, pdf


PLACES = {}  # {pdf: {area: where the flow put each block}}, read right after the export


def placed(result):
    from qgis.core import QgsProject

    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    return {area: report_pages.placements(layout, area) for area in FOCUS}


def block(pdf, area, item_id, dx=0.0, width=133.5):
    return report_pages.block_text(pdf, PLACES[pdf][area], area, item_id, dx, width)


_PAGES = {}


def pages_of(pdf):
    """{area: (development page, cause-analysis page)}, 1-based, found by their titles and headings (so that other
    pages per area may come before or after them)."""
    if pdf not in _PAGES:
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout.split("\f")
        found = {}
        for number, page in enumerate(text, start=1):
            head = page.strip().splitlines()[0] if page.strip() else ""
            for area in FOCUS:
                if head.startswith("Lägesbild {},".format(area)):
                    if "Utveckling över tid" in page:
                        found.setdefault(area, {})["development"] = number
                    if "Orsaksanalys" in page:
                        found.setdefault(area, {})["analysis"] = number
        _PAGES[pdf] = {area: (found[area]["development"], found[area]["analysis"]) for area in FOCUS}
    return _PAGES[pdf]


# --- independent reads of the workspace -------------------------------------------------------------------------
def area_shapes(gpkg):
    ds = ogr.Open(gpkg)
    layer = ds.GetLayerByName("areas")
    return {f.GetField("name"): f.GetGeometryRef().Clone() for f in layer}


def expected_cause_analysis(gpkg):
    """{area: [(kind, text, follow-up label)]} straight from the tables, by the rules the report states."""
    shapes = area_shapes(gpkg)
    ds = ogr.Open(gpkg)
    problems = []
    for f in ds.GetLayerByName("problems"):
        area = f.GetField("area")
        if not area:
            point = f.GetGeometryRef()
            area = next((name for name, shape in shapes.items() if shape.Contains(point)), None)
        problems.append((area, f.GetField("uuid"), f.GetField("title"), f.GetField("status"),
                         f.GetField("period_start"), f.GetField("period_end")))
    db = sqlite3.connect(gpkg)
    out = {}
    order = {"belagd": 0, "hypotes": 1, "avford": 2}
    for area in FOCUS:
        rows = []
        chosen = [p for p in problems if p[0] == area and
                  (not (p[4] or p[5]) or ((p[4] or "0000") < "2026-11-01" and (p[5] or "9999") >= "2024-11-01"))]
        for _, uuid, title, _status, _, _ in sorted(chosen, key=lambda p: (order[p[3]], p[2])):
            rows.append(("problem", title, ""))
            causes = db.execute("SELECT uuid, number, text FROM causes WHERE problem_uuid = ? ORDER BY number",
                                (uuid,)).fetchall()
            for cause_uuid, number, text in causes:
                rows.append(("cause", "{}. {}".format(number, text), ""))
                for title_m, status_m, follow in db.execute(
                        "SELECT m.title, m.status, m.follow_up FROM measure_causes mc JOIN measures m "
                        "ON m.uuid = mc.measure_uuid WHERE mc.cause_uuid = ? ORDER BY m.title", (cause_uuid,)):
                    rows.append(("measure", "{} ({}".format(title_m, STATUS_SV[status_m]), FOLLOW_UP_SV[follow]))
        out[area] = rows
    return out


def expected_conclusion(gpkg, area):
    """The text of the row whose period overlaps 2025-11-01 – 2026-10-31 the most (an undated row only when no
    dated one overlaps)."""
    start, end = datetime.date(2025, 11, 1), datetime.date(2026, 11, 1)
    best, undated = None, None
    with sqlite3.connect(gpkg) as db:
        for p_start, p_end, text in db.execute(
                "SELECT period_start, period_end, text FROM conclusions WHERE area = ?", (area,)):
            if not p_start and not p_end:
                undated = text
                continue
            lo = max(datetime.date.fromisoformat(p_start[:10]), start) if p_start else start
            hi = min(datetime.date.fromisoformat(p_end[:10]) + datetime.timedelta(days=1), end) if p_end else end
            days = (hi - lo).days
            if days > 0 and (best is None or days > best[0]):
                best = (days, text)
    return best[1] if best else undated


def yearly_counts(gpkg):
    """Incidents with a category per full calendar year and area (the reference areas pooled as 'reference')."""
    shapes = area_shapes(gpkg)
    ds = ogr.Open(gpkg)
    kinds = {f.GetField("name"): f.GetField("kind") for f in ds.GetLayerByName("areas")}
    layer = ds.GetLayerByName("incidents")
    xs, ys, when, has_category = [], [], [], []
    for f in layer:
        g = f.GetGeometryRef()
        xs.append(g.GetX())
        ys.append(g.GetY())
        when.append((f.GetField("occurred_at") or "")[:10].replace("/", "-"))
        has_category.append(bool(f.GetField("category")))
    dates = np.array([np.datetime64(w) if w else np.datetime64("NaT") for w in when], dtype="datetime64[D]")
    first, last = dates[~np.isnat(dates)].min(), dates[~np.isnat(dates)].max()
    y0, y1 = first.astype("datetime64[Y]").astype(int) + 1970, last.astype("datetime64[Y]").astype(int) + 1970
    years = [y for y in range(y0, y1 + 1) if first <= np.datetime64("{}-01-01".format(y)) and
             last >= np.datetime64("{}-12-31".format(y))]
    year_of = np.where(np.isnat(dates), 0, dates.astype("datetime64[Y]").astype(int) + 1970)
    counted = np.array(has_category) & ~np.isnat(dates)
    out = {}
    point = ogr.Geometry(ogr.wkbPoint)
    area_of = []
    for x, y in zip(xs, ys):
        point.SetPoint_2D(0, x, y)
        area_of.append(next((name for name, shape in shapes.items() if shape.Contains(point)), None))
    area_of = np.array(area_of, dtype=object)
    for name in FOCUS:
        out[name] = [int(np.sum(counted & (area_of == name) & (year_of == y))) for y in years]
    reference = np.isin(area_of, [n for n, k in kinds.items() if k == "reference"])
    out["reference"] = [int(np.sum(counted & reference & (year_of == y))) for y in years]
    return years, out


def mann_kendall(x):
    n = len(x)
    s = sum(np.sign(x[j] - x[i]) for i in range(n) for j in range(i + 1, n))
    _, ties = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18.0
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    return s, math.erfc(abs(z) / math.sqrt(2))


# --- the tests ----------------------------------------------------------------------------------------------------
def test_the_cause_analysis_is_that_of_the_workspace(report, cases):
    result, pdf = report
    expected = expected_cause_analysis(cases)
    assert [r[1] for r in expected["Kronogården"] if r[0] == "problem"] == [
        "Öppen narkotikahandel vid Kronogårds torg", "Skadegörelse på busskuren vid skolan"]
    db = sqlite3.connect(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))
    for area in FOCUS:
        rows = db.execute("SELECT slag, nr, text, uppfoljning FROM orsaksanalys WHERE omrade = ? ORDER BY ordning",
                          (area,)).fetchall()
        # the report's data table: the same problems, numbered causes and measures, in the same order
        got = [(kind, (nr + " " + text) if kind == "cause" and nr else text, follow)
               for kind, nr, text, follow in rows if kind in ("problem", "cause", "measure")
               and not text.startswith(("Ingen åtgärd", "Ingen orsak"))]
        want = expected[area]
        assert len(got) == len(want), (area, got, want)
        for (kind, text, follow), (w_kind, w_text, w_follow) in zip(got, want):
            assert kind == w_kind and text.startswith(w_text) and follow == w_follow, (area, text, w_text)
        # the PDF: the cause-analysis column of the area's third page, the text column and the colour column
        column = block(pdf, area, "tabell_orsaksanalys", 6.5, 104)
        if want:
            # the numbers stand in a column of their own, left of the text
            in_order(column, [words(w_text.split(" (")[0] if k == "measure" else
                                    w_text.split(". ", 1)[1] if k == "cause" else w_text) for k, w_text, _ in want])
            colours = block(pdf, area, "tabell_orsaksanalys", 112, 21).split()
            assert colours == [w[2] for w in want if w[2]], (area, colours)
        else:
            assert "Ingen orsaksanalys är registrerad för området." in block(pdf, area, "tabell_orsaksanalys")
    text = block(pdf, "Kronogården", "tabell_orsaksanalys")
    assert "Gärningspersoner: Yngre män som säljer narkotika — kan påverkas av: Socialtjänsten" in text
    assert "Belägg: Trygghetsvandringen 2025 fann fyra skymda platser; säkerhet: hög." in text
    assert "Ingen åtgärd svarar ännu mot orsaken." in text  # cause 2 has no measure
    assert "Gammalt avfört problem 2019" not in text  # its period lies before the report's


def test_the_conclusions_are_printed_as_written(report, cases):
    result, pdf = report
    db = sqlite3.connect(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))
    for area in FOCUS:
        chosen = expected_conclusion(cases, area)
        rows = [r[0] for r in db.execute("SELECT text FROM slutsatser WHERE omrade = ? AND slag = 'text' "
                                         "ORDER BY ordning", (area,))]
        assert rows == chosen.split("\n"), area  # line by line, blank lines kept
        printed = block(pdf, area, "tabell_slutsatser")
        assert words(chosen) in printed.replace(" Slutsatser ", " "), area
    assert expected_conclusion(cases, "Kronogården").startswith("Narkotikahandeln")
    everything = words(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    assert "FÖRRA PERIODENS SLUTSATS" not in everything and "KORTARE ÖVERLAPP" not in everything
    # line breaks stay line breaks on the page
    lines = [line.strip() for line in page_layout_text(pdf, pages_of(pdf)["Kronogården"][0]).splitlines()]
    assert any(line.endswith("Belysningen måste bli klar före vintern.") for line in lines)
    assert any(line.endswith("Trygghetsrundorna fortsätter.") for line in lines)


def test_a_2000_character_conclusion_flows_onto_the_next_page_whole(report):
    _, pdf = report
    assert len(long_text()) >= 2000
    places = PLACES[pdf]["Sylte"]
    assert "tabell_slutsatser_2" in places  # it flowed on into a second frame
    first = report_pages.block_text(pdf, {"tabell_slutsatser": places["tabell_slutsatser"]}, "Sylte",
                                    "tabell_slutsatser")
    rest = report_pages.block_text(pdf, {k: v for k, v in places.items() if k != "tabell_slutsatser"}, "Sylte",
                                   "tabell_slutsatser")
    assert first.startswith("Slutsatser ") and rest.startswith("Slutsatser ")  # the heading repeats over the rest
    joined = first[len("Slutsatser "):] + " " + rest[len("Slutsatser "):]
    for sentence in LONG_SENTENCES:
        assert joined.count(sentence) == 1, sentence
    assert words(long_text()) in joined
    assert LONG_SENTENCES[-1] in rest and LONG_SENTENCES[0] in first  # it flowed on
    # where the text fits, the continuation frame and its heading are left out
    assert "tabell_slutsatser_2" not in PLACES[pdf]["Kronogården"]


def test_the_trend_sentence_against_an_independent_mann_kendall(run, report, cases):
    result, pdf = report
    years, counts = yearly_counts(cases)
    assert years == [2023, 2024, 2025]
    summary = run("trygghet:areasummary", dict(
        PERIODS, INPUT=cases + "|layername=incidents", AREAS=cases + "|layername=areas", OUTPUT="TEMPORARY_OUTPUT",
        OUTPUT_MAP=None))["OUTPUT"]
    trend_p = {f["area"]: f["trend_p"] for f in summary.getFeatures() if f["category"] == "alla"}
    db = sqlite3.connect(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))
    for area in FOCUS:
        s, p = mann_kendall(np.asarray(counts[area], dtype=float))
        assert trend_p[area] == pytest.approx(p, rel=1e-9)  # the same test as the area summary's
        p_text = "{:.2f}".format(p).replace(".", ",")
        assert p >= 0.05  # three years can never give p < 0.05: the sentence must say so
        sentence = "Ingen säker trend 2023–2025 (p = {}).".format(p_text)
        numbers = "Anmälda händelser per år: 2023: {}, 2024: {}, 2025: {}".format(*counts[area])
        text = db.execute("SELECT utveckling_text FROM sidor WHERE name = ?", (area,)).fetchone()[0]
        assert sentence in text and numbers in text, text
        assert "Med 3 hela år kan testet inte visa en säker trend" in text
        _, p_ref = mann_kendall(np.asarray(counts["reference"], dtype=float))
        assert "Övriga Trollhättan: ingen säker trend 2023–2025 (p = {}).".format(
            "{:.2f}".format(p_ref).replace(".", ",")) in text
        printed = crop(pdf, pages_of(pdf)[area][0], 12, 96, 135, 26)
        assert sentence in printed and numbers in printed


def test_the_index_chart_is_drawn_for_each_area(report):
    from qgis.PyQt.QtGui import QColor, QImage

    result, _ = report
    db = sqlite3.connect(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))
    for area in FOCUS:
        path = db.execute("SELECT diagram_index FROM sidor WHERE name = ?", (area,)).fetchone()[0]
        image = QImage(path)
        assert not image.isNull() and image.width() == 900
        colours = {QColor(image.pixel(x, y)).name() for y in range(0, image.height(), 2)
                   for x in range(0, image.width(), 2)}
        assert "#0b5563" in colours and "#8a8f94" in colours  # the area's line and the reference's


def test_chart_text_is_at_least_7_points_when_printed(report):
    """Every chart picture in the PDF is placed so that its smallest text (charts.MIN_POINTS at PRINT_WIDTH_MM)
    prints at 7 pt or more: the placed resolution read from the PDF against the pixel size the charts use."""
    from trygghet.report import charts

    _, pdf = report
    page = pages_of(pdf)["Kronogården"][0]
    listing = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), pdf],
                             capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    found = 0
    for line in listing:
        cols = line.split()
        width, x_ppi = int(cols[3]), float(cols[12])
        # the three charts: month × year and index (900 px wide), weekday × hour (992 px)
        if cols[2] != "image" or width not in (900, 992):
            continue
        found += 1
        smallest_px = charts._px(charts.MIN_POINTS, width)
        assert smallest_px / x_ppi * 72 >= 7.0 - 0.05, (width, x_ppi)
    assert found == 3


def test_the_forecast_chart_text_is_at_least_7_points_when_printed(report):
    """The forecast chart (640 px wide) on each area's analysis pages: its smallest text, charts.MIN_POINTS at
    PRINT_WIDTH_MM, prints at 7 pt or more at the resolution it is placed with."""
    from trygghet.report import charts

    _, pdf = report
    for area in FOCUS:
        found = 0
        for page in report_pages.area_pages(pdf, area)[2:]:
            listing = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), pdf],
                                     capture_output=True, text=True, check=True).stdout.splitlines()[2:]
            for line in listing:
                cols = line.split()
                if cols[2] == "image" and int(cols[3]) == 640:
                    found += 1
                    assert charts._px(charts.MIN_POINTS, 640) / float(cols[12]) * 72 >= 7.0 - 0.05, (area, line)
        assert found == 1, area


def test_both_marks_are_explained_under_the_tables(report):
    _, pdf = report
    note = "'..': dolt så att ett dolt antal inte kan räknas fram ur summorna"
    assert note in words(page_layout_text(pdf, 1))
    assert note in words(page_layout_text(pdf, 2))


def test_the_cover_map_has_a_north_arrow_and_a_density_legend(report):
    _, pdf = report
    cover = words(page_layout_text(pdf, 1))
    assert "Händelser per km2 och år" in cover  # the density in the cover legend (NFKC: km² is km2)
    from qgis.core import QgsProject

    layout = QgsProject.instance().layoutManager().layoutByName(report[0]["LAYOUT_NAME"])
    arrow = layout.itemById("norrpil_oversikt")
    assert arrow is not None and arrow.linkedMap().id() == "karta_oversikt"
    legend = layout.itemById("teckenforklaring_oversikt")
    names = [node.layer().name() for node in legend.model().rootGroup().findLayers()]
    assert any("täthet" in name for name in names), names
    assert layout.itemById("karta").labelMargin().length() >= 2.0


def test_the_analysis_pages_are_not_half_empty(report, tmp_path):
    """Rendered pages: on every page the content of its two halves reaches, on average, at least half way down the
    content area (title rule to footer) - the analysis page of an area with nothing registered (Lextorp here: one
    sentence, one measure) included, since the blocks after the conclusions move up to fill it. An area whose
    blocks need a second analysis page (Kronogården, with the cases' extra problems) gets them spread over both,
    as evenly as its whole blocks allow (a chart with its paragraph, a table with its heading): the pair is at least
    40 % full, neither page under 30 %."""
    from qgis.PyQt.QtGui import QColor, QImage

    _, pdf = report
    dpi = 30
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, str(tmp_path / "p")], check=True)
    px = dpi / 25.4
    top, bottom = int(25 * px), int((210 - 14) * px)  # under the title rule, above the footer
    fill = {}
    for number, path in enumerate(sorted(tmp_path.glob("p*.png")), start=1):
        image = QImage(str(path))
        w = image.width()
        halves = []
        for x0, x1 in ((0, w // 2), (w // 2, w)):
            lowest = top
            for y in range(top, bottom):
                if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(x0, x1, 2)):
                    lowest = y
            halves.append((lowest - top) / (bottom - top))
        fill[number] = sum(halves) / 2
    assert len(fill) == report[0]["PAGES"]
    pages = {area: report_pages.area_pages(pdf, area) for area in FOCUS}
    assert [len(pages[area]) for area in FOCUS] == [4, 3, 4], pages  # Sylte: a 2,000-character conclusion
    spreads = [p[2:] for p in pages.values() if len(p) == 4]
    in_spreads = {page for spread in spreads for page in spread}
    for page, share in fill.items():
        assert share >= (0.3 if page in in_spreads else 0.5), (page, share, fill)
    for spread in spreads:
        assert sum(fill[p] for p in spread) / 2 >= 0.4, (spread, fill)


def test_an_analysis_longer_than_two_pages_is_said_and_kept_whole_in_the_data(run, demo_workspace, tmp_path,
                                                                              swedish, log_feedback):
    """Conclusions of 160 lines for Lextorp cannot all be printed in the frames the flow has: the PDF is still
    written, the log says which area's analysis was cut, and the report data holds every line."""
    import shutil

    path = str(tmp_path / "lang.gpkg")
    shutil.copy(demo_workspace, path)
    lines = ["Rad {:03d} av analytikerns mycket långa slutsatser om Lextorp.".format(i) for i in range(160)]
    with sqlite3.connect(path) as db:
        assert db.execute("UPDATE conclusions SET text = ? WHERE area = 'Lextorp'", ("\n".join(lines),)).rowcount == 1
    feedback = log_feedback()
    pdf = str(tmp_path / "lang.pdf")
    result = run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=path, FOCUS_AREAS="Lextorp", OUTPUT=pdf),
                 feedback=feedback)
    assert os.path.getsize(pdf) > 10_000
    assert any("Analysen för Lextorp får inte plats på två sidor" in line for line in feedback.lines), feedback.lines
    db = sqlite3.connect(os.path.join(result["DATA_FOLDER"], "underlag.gpkg"))
    stored = [r[0] for r in db.execute("SELECT text FROM slutsatser WHERE omrade = 'Lextorp' AND slag = 'text' "
                                       "ORDER BY ordning")]
    assert stored == lines
    assert len(report_pages.area_pages(pdf, "Lextorp")) == 4  # map, development and both analysis pages
