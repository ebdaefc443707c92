"""The measures dock as an analyst sees it on a laptop (1366×768), in Swedish and in English: readable titles,
translated statuses and organizations, a selected measure flashed and brought into view, and one language at a time
in the dock, the form, the report text, the chart labels and the demo project.

"One language" is checked against the translation file itself: the words that occur only in the Swedish
translations must not appear in the English UI, and the words that occur only in the English sources must not appear
in the Swedish UI. The user's own data (measure titles, place names) is Swedish in both and is left out."""

import os
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsDateTimeEdit, QgsMessageBar, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, QRect, Qt
from qgis.PyQt.QtGui import QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from trygghet import i18n
from trygghet.ui.measure_delegate import fit_title
from trygghet.ui.measures_dock import MeasuresDock
from trygghet.ui.measures_model import COLUMNS, DETAIL_ROLE
from trygghet.workspace.measures import MeasureStore
from trygghet.workspace.service import create_styled_workspace

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(REPO, "resources", "i18n", "trygghet_sv.ts")
SCREENSHOTS = os.path.join(REPO, ".build", "screenshots")
TITLE = COLUMNS.index("title")
SCREEN = (1366, 768)
DOCK_WIDTH = 340  # a right-hand panel on a 1366 px wide QGIS window (a quarter of it)

# the register: typical titles of a Swedish action plan (20–45 characters), with codes the dock must translate
MEASURES = [
    ("Ta bort buskage vid gångtunneln", "pagaende", "kommun", "red", "Kronogården", (330200, 6460200)),
    ("Belysning längs Stridsbergsgatan", "beslutad", "kommun", "yellow", "Kronogården", (330500, 6460500)),
    ("Trygghetsvandring med fastighetsägaren", "genomford", "fastighetsagare", "green", "Lextorp", (331500, 6460500)),
    ("Ökad polisnärvaro kvällstid vid torget", "pagaende", "polis", None, "Lextorp", (331600, 6460600)),
    ("Kameraövervakning vid Kronogårds torg", "forslag", "polis", None, "Sylte", (329500, 6459500)),
    ("Fritidsgård öppen på helger", "avbruten", "kommun", None, "Sylte", (339600, 6469600)),  # far to the north-east
]
# the demo register's longest titles
DEMO_TITLES = ["Belysning och kameraskyltning på parkeringen", "Flytta cykelparkeringen vid Drottningtorget",
               "Trygghetsrundor vid Kronogårds torg"]
# English label and Swedish translation of each code, as a reader of the plan expects them (not taken from the code)
STATUS = {"pagaende": ("In progress", "Pågående"), "beslutad": ("Decided", "Beslutad"),
          "genomford": ("Done", "Genomförd"), "forslag": ("Proposed", "Förslag"), "avbruten": ("Cancelled", "Avbruten")}
ORGANIZATION = {"kommun": ("Municipality", "Kommunen"), "polis": ("Police", "Polisen"),
                "fastighetsagare": ("Property owner", "Fastighetsägare")}


# ----------------------------------------------------------------------------------------------------------------
# the two languages' own words, from the translation file
# ----------------------------------------------------------------------------------------------------------------

def _words(text):
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", unicodedata.normalize("NFKC", text))}


@pytest.fixture(scope="module")
def own_words():
    """{"sv": words only the Swedish translations use, "en": words only the English sources use}."""
    english, swedish = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        english |= _words(re.sub(r"\{[^}]*\}", " ", source))
        swedish |= _words(re.sub(r"\{[^}]*\}", " ", translation))
    return {"sv": swedish - english, "en": english - swedish}


def _foreign(texts, lang, own_words, data=()):
    """Words of the other language in ``texts`` (the user's ``data`` words excepted)."""
    other = own_words["en" if lang == "sv" else "sv"]
    allowed = set().union(*(_words(d) for d in data)) if data else set()
    found = set()
    for text in texts:
        found |= (_words(re.sub(r"<[^>]+>", " ", text or "")) & other) - allowed
    return found


@pytest.fixture(params=["sv", "en"])
def lang(request, qgis_app):
    """The plugin's translation for one language (the suite runs in the C locale: English without it)."""
    translator = i18n.install_translator("sv") if request.param == "sv" else None
    if request.param == "sv":
        assert translator is not None, "resources/i18n/trygghet_sv.qm is missing: make builds it"
    yield request.param
    if translator is not None:
        i18n.remove_translator(translator)


def _pick(pair, lang):
    return pair[0] if lang == "en" else pair[1]


# ----------------------------------------------------------------------------------------------------------------
# the dock in a 1366×768 window
# ----------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def template(qgis_app, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("dock_lang") / "ws.gpkg")
    create_styled_workspace(path)
    store = MeasureStore.for_geopackage(path)
    for title, status, org, follow, area, (x, y) in MEASURES:
        values = {"title": title, "status": status, "responsible_org": org, "area": area,
                  "due_date": "2026-12-01", "cause": "Otrygg plats"}
        if follow:
            values["follow_up"] = follow
        if status == "avbruten":
            values["status_reason"] = "Ingen budget"
        store.create(values, QgsGeometry.fromPointXY(QgsPointXY(x, y)), [], "Anna Andersson")
    return path


@pytest.fixture()
def window(qgis_iface, template, tmp_path, qtbot, lang):
    path = str(tmp_path / "ws.gpkg")
    shutil.copyfile(template, path)
    project = QgsProject.instance()
    project.clear()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    layer = QgsVectorLayer(path + "|layername=measures", "measures", "ogr")
    project.addMapLayer(layer)
    main = QMainWindow()
    main.setCentralWidget(QWidget())
    dock = MeasuresDock(qgis_iface, project, main)
    main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    main.resize(*SCREEN)
    qtbot.addWidget(main)
    main.show()
    main.resizeDocks([dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
    qtbot.waitExposed(main)
    QCoreApplication.processEvents()
    yield {"main": main, "dock": dock, "layer": layer, "path": path, "lang": lang}
    dock.teardown()
    project.clear()


def _row(dock, title):
    for row in range(dock.proxy.rowCount()):
        if dock.proxy.index(row, TITLE).data() == title:
            return row
    raise AssertionError(title)


def test_titles_are_not_elided_at_1366x768(window):
    dock = window["dock"]
    view = dock.ui.measuresView
    assert abs(dock.width() - DOCK_WIDTH) < 40
    assert view.horizontalScrollBar().maximum() == 0  # no side-scrolling to reach a column
    metrics = QFontMetrics(view.font())
    line = metrics.lineSpacing()
    for title in [m[0] for m in MEASURES] + DEMO_TITLES:
        rect = view.visualRect(dock.proxy.index(0, TITLE))
        assert rect.height() >= 3 * line  # room for a title on two lines and the details
        width = dock.delegate.text_width(rect.width())
        # word-wrapped to the cell, the whole title takes at most the two lines it has: nothing is cut
        height = metrics.boundingRect(QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), title).height()
        assert round(height / line) <= 2, title
        assert fit_title(metrics, title, width) == title
    os.makedirs(SCREENSHOTS, exist_ok=True)
    shot = os.path.join(SCREENSHOTS, "dock_1366_{}.png".format(window["lang"]))
    assert dock.grab().save(shot) and os.path.getsize(shot) > 10000


def test_statuses_and_organizations_show_as_translated_labels(window):
    dock, lang = window["dock"], window["lang"]
    for title, status, org, _follow, area, _xy in MEASURES:
        detail = dock.proxy.index(_row(dock, title), TITLE).data(DETAIL_ROLE).split(" · ")
        assert detail[0] == _pick(STATUS[status], lang)
        assert _pick(ORGANIZATION[org], lang) in detail and org not in detail, detail
        assert detail[-1] == area
    orgs = [dock.ui.orgCombo.itemText(i) for i in range(1, dock.ui.orgCombo.count())]
    assert sorted(orgs) == sorted(_pick(pair, lang) for pair in ORGANIZATION.values())
    statuses = {dock.ui.statusCombo.itemText(i) for i in range(dock.ui.statusCombo.count())}
    assert {_pick(pair, lang) for pair in STATUS.values()} <= statuses
    # the organization filter filters by the stored code behind the label
    dock.ui.orgCombo.setCurrentIndex(dock.ui.orgCombo.findText(_pick(ORGANIZATION["polis"], lang)))
    assert {m["title"] for m in dock.proxy.visible_measures()} == {t for t, _s, o, *_r in MEASURES if o == "polis"}


def test_selecting_a_measure_flashes_it_and_brings_it_into_view(window, qgis_iface):
    dock, layer = window["dock"], window["layer"]
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setExtent(QgsRectangle(329000, 6459000, 333000, 6462000))
    canvas.refresh()
    far = next(f for f in layer.getFeatures() if f["title"] == "Fritidsgård öppen på helger")
    point = far.geometry().asPoint()
    assert not canvas.extent().contains(point)
    before = canvas.extent()
    bands = len([i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)])
    # a measure already in view: no jump
    near = next(f.id() for f in layer.getFeatures() if f["title"] == "Belysning längs Stridsbergsgatan")
    dock.ui.measuresView.selectRow(_row(dock, "Belysning längs Stridsbergsgatan"))
    assert canvas.extent() == before
    assert layer.selectedFeatureIds() == [near]
    dock.ui.measuresView.selectRow(_row(dock, "Fritidsgård öppen på helger"))
    extent = canvas.extent()
    assert extent.contains(point)
    # panned, not zoomed: the same scale
    assert extent.width() == pytest.approx(before.width(), rel=0.02)
    flashing = [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]
    assert len(flashing) > bands  # flashGeometries draws a temporary rubber band
    assert layer.selectedFeatureIds() == [far.id()]


def test_messages_wrap_to_the_dock(window, tmp_path):
    dock = window["dock"]
    dock.ui.orgCombo.setCurrentIndex(0)
    folder = tmp_path / "a_rather_long_folder_name_for_the_action_plans_of_the_steering_group"
    folder.mkdir()
    written = dock.export_action_plan(str(folder / "handlingsplan.csv"))
    assert os.path.exists(written)
    QCoreApplication.processEvents()
    item = dock.message_bar.currentItem()
    label = item.findChild(QLabel, "messageText")
    assert label is not None and label.wordWrap()
    assert "handlingsplan.csv" in label.text() and str(tmp_path) not in label.text()  # the file, not the path
    assert item.toolTip() == written
    assert label.width() <= dock.width()
    assert label.height() >= label.heightForWidth(label.width()) - 1  # all of the wrapped text is shown
    refused = dock.new_from_selection(window["layer"])  # the measures layer itself: refused with a long reason
    assert refused is None
    QCoreApplication.processEvents()
    label = dock.message_bar.currentItem().findChild(QLabel, "messageText")
    assert label.wordWrap() and label.width() <= dock.width()
    assert label.height() >= label.heightForWidth(label.width()) - 1
    os.makedirs(SCREENSHOTS, exist_ok=True)
    assert dock.grab().save(os.path.join(SCREENSHOTS, "dock_message_{}.png".format(window["lang"])))


# ----------------------------------------------------------------------------------------------------------------
# one language at a time
# ----------------------------------------------------------------------------------------------------------------

def _ours(child):
    """False inside the widgets QGIS itself provides (a message bar's close button, a date edit's clear button speak
    QGIS's own language)."""
    parent = child
    while parent is not None:
        if isinstance(parent, (QgsMessageBar, QgsDateTimeEdit)):
            return False
        parent = parent.parentWidget()
    return True


def _chrome(widget):
    """The texts a widget tree shows that are not user data: labels, buttons, tabs, headers, vocabulary combos."""
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QLabel):
        if child.objectName() not in ("headerLabel", "workspaceLabel") and _ours(child):
            texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        if _ours(child):
            texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for child in widget.findChildren(QTabWidget):
        texts += [child.tabText(i) for i in range(child.count())]
    for child in widget.findChildren(QTableWidget):
        texts += [child.horizontalHeaderItem(i).text() for i in range(child.columnCount())
                  if child.horizontalHeaderItem(i)]
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for child in widget.findChildren(QComboBox):
        name = child.objectName()
        if name in ("areaCombo", "promiseCombo", "field_area", "field_promise_uuid"):
            texts.append(child.itemText(0))
        else:
            texts += [child.itemText(i) for i in range(child.count())]
    return texts


def test_dock_and_form_speak_one_language(window, own_words):
    dock, lang = window["dock"], window["lang"]
    data = [m[0] for m in MEASURES] + [m[4] for m in MEASURES] + ["Otrygg plats", "Ingen budget", "Anna Andersson"]
    texts = _chrome(dock)
    model = dock.model
    texts += [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(len(COLUMNS))]
    for row in range(dock.proxy.rowCount()):
        texts.append(dock.proxy.index(row, TITLE).data(DETAIL_ROLE))
        texts.append(dock.proxy.index(row, COLUMNS.index("follow_up")).data(Qt.ItemDataRole.ToolTipRole))
    menu = dock._header_menu(dock.ui.measuresView.horizontalHeader().rect().center())
    texts += [action.text() for action in menu.actions()]
    menu.close()
    assert _foreign(texts, lang, own_words, data) == set()
    form = dock.open_form(dock.model.measure(dock.model.row_of_uuid(
        dock.proxy.index(_row(dock, "Fritidsgård öppen på helger"), TITLE).data(Qt.ItemDataRole.UserRole + 1))).get(
        "uuid"))
    form_texts = _chrome(form)
    form_texts += [form.historyTable.item(r, 2).text() for r in range(form.historyTable.rowCount())]
    assert _foreign(form_texts, lang, own_words, data) == set()
    # the stored code is saved back unchanged from its translated label
    assert form.value("responsible_org") == "kommun" and form.value("status") == "avbruten"
    form.discard()


def test_report_text_and_charts_speak_one_language(lang, run, demo_workspace, tmp_path, own_words):
    from trygghet.report import charts
    from trygghet.workspace.gpkg import read_meta

    pdf = str(tmp_path / "lagesbild.pdf")
    run("trygghet:exportlagesbild", {"WORKSPACE": demo_workspace, "OUTPUT": pdf, "CURRENT_START": "2025-11-01",
                                     "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
                                     "REFERENCE_END": "2025-11-01"})
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    # the workspace's own data: names, titles and notes the municipality wrote (Swedish in both languages)
    data = [str(v) for v in read_meta(demo_workspace).values()]
    for name, fields in (("areas", ("name",)), ("measures", ("title", "cause", "area", "responsible_person",
                                                             "operational_goal", "indicator", "partners")),
                         ("promises", ("title", "description", "parties", "area")), ("paths", ("name",)),
                         ("places", ("name",)),
                         ("problems", ("title", "description", "area", "offender", "offender_handler", "target",
                                       "target_guardian", "place", "place_manager", "written_by")),
                         ("causes", ("text", "evidence")), ("goals", ("code", "title", "description", "owner")),
                         ("conclusions", ("text", "written_by")), ("dialog_marks", ("dialogue", "comment"))):
        layer = QgsVectorLayer("{}|layername={}".format(demo_workspace, name), name, "ogr")
        for feature in layer.getFeatures():
            data += [str(feature[f]) for f in fields if feature[f] not in (None, "")]
    foreign = _foreign(text.splitlines(), lang, own_words, data)
    assert foreign == set(), sorted(foreign)
    # the charts' own labels (axes, legends), painted as SVG text
    import numpy as np

    grid = np.arange(7 * 24, dtype=float).reshape(7, 24)
    grid[0, 0] = np.nan
    heat = charts.heat_grid(grid, str(tmp_path / "grid.svg"), "", "", 5)
    lines = charts.month_year_lines([2025, 2026], np.array([[np.nan] + [3.0] * 11, [2.0] * 12]),
                                    str(tmp_path / "lines.svg"), "", "", 5)
    painted = []
    for path in (heat, lines):
        painted += [t.text or "" for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")]
    expected = {"sv": ("mån", "sön", "maj", "okt", "händelser"), "en": ("Mon", "Sun", "May", "Oct", "incidents")}
    joined = " ".join(painted)
    assert all(word in joined for word in expected[lang]), joined
    assert all(word not in joined.split() for word in expected["en" if lang == "sv" else "sv"][:4]), joined
    assert _foreign(painted, lang, own_words) == set()


def test_demo_project_names_layers_in_the_language_and_keeps_measures_on_top(lang, plugin, tmp_path, own_words):
    from trygghet.workspace.demo_project import DemoProject, create_demo

    import processing

    project = QgsProject()
    demo = create_demo(str(tmp_path / "demo"), project, processing)
    assert isinstance(demo, DemoProject) and os.path.exists(demo.qgz)
    names = [layer.name() for layer in project.mapLayers().values()]
    expected = {"sv": {"Åtgärder", "Iakttagelser från trygghetsvandringar", "Områden", "Händelser"},
                "en": {"Measures", "Walk findings", "Areas", "Incidents"}}[lang]
    assert expected <= set(names)
    assert _foreign(names + [g.name() for g in project.layerTreeRoot().findGroups()], lang, own_words) == set()
    # a layer of analysis fills added below the layers a user acts on: measures stay the top of the drawing order
    fills = QgsVectorLayer(demo.layer("areas"), "fills", "ogr")
    demo.add_group("analysis", [fills])
    order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
    measures = _pick(("Measures", "Åtgärder"), lang)
    assert order[0] == measures and order.index("fills") > order.index(measures)
    marks = _pick(("Citizen dialogue marks", "Markeringar i medborgardialog"), lang)
    assert order.index(marks) < order.index("fills")  # the dialogue marks stay above the analysis fills
    assert fills.opacity() < 1


def test_shipped_model_speaks_the_qgis_language(lang, plugin, own_words):
    """The model's name, inputs, help, output and steps follow the locale (resolved when the provider loads it)."""
    from trygghet.plugin_paths import MODELS
    from trygghet.processing.provider import load_model

    model = load_model(os.path.join(MODELS, "lagesbild.model3"))  # what the provider does at load
    assert model is not None and model.attach()
    expected = {"sv": ("Lägesbild – hela kedjan", "Arbetsyta (GeoPackage)", "Lägesbild (PDF)",
                       "Områdessammanställning"),
                "en": ("Situation picture – the whole chain", "Workspace (GeoPackage)", "Situation picture (PDF)",
                       "Area summary")}[lang]
    assert model.displayName() == expected[0]
    assert model.parameterDefinition("WORKSPACE").description() == expected[1]
    assert sorted(o.description() for o in model.outputDefinitions()) == sorted(
        [expected[2], _pick(("Forecast per area", "Prognos per område"), lang)])
    assert expected[3] in [c.description() for c in model.childAlgorithms().values()]
    instance = model.create({})  # what the dialog and qgis_process run
    assert instance.displayName() == expected[0]
    # the help as the model holds it (QGIS adds its own headings to the rendered help, in its own language)
    texts = [instance.displayName()] + list(instance.helpContent().values())
    for definition in instance.parameterDefinitions():
        texts += [definition.description(), definition.help()]
    texts += [c.description() for c in instance.childAlgorithms().values()]
    assert _foreign(texts, lang, own_words, ["areas incidents paths measures promises places focus reference"]) == set()
    names = [p.name() for p in instance.parameterDefinitions()]
    assert names[:8] == ["WORKSPACE", "CURRENT_START", "CURRENT_END", "REFERENCE_START", "REFERENCE_END",
                         "FOCUS_AREAS", "REFERENCE_AREAS", "MIN_COUNT"]
    assert sorted(names[8:]) == ["FORECAST", "FORECAST_TABLE", "OUTPUT"]


def test_menu_action_opens_the_styled_demo_project(lang, plugin, qgis_iface, tmp_path):
    """What "Create demo workspace (Trollhättan)" runs once the user has chosen a folder: the workspace and its
    styled project are written and opened; no layer has to be added by hand."""
    from trygghet.ui.demo_dialog import open_demo

    project = QgsProject.instance()
    project.clear()
    folder = str(tmp_path / "demo")
    demo = open_demo(qgis_iface, folder, analyses=False)
    assert os.path.exists(os.path.join(folder, "trygghet-demo.gpkg")) and os.path.exists(demo.qgz)
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert len(layers) == 15 and all(layer.isValid() for layer in layers.values())
    marks = layers[_pick(("Citizen dialogue marks", "Markeringar i medborgardialog"), lang)]
    assert marks.featureCount() >= 150 and marks.renderer().type() == "categorizedSymbol"
    measures = layers[_pick(("Measures", "Åtgärder"), lang)]
    assert measures.featureCount() > 0 and measures.renderer().type() != "singleSymbol"  # the workspace's style
    assert project.layerTreeRoot().layerOrder()[0] is measures
    assert project.title() == _pick(("Trygghet – demo Trollhättan (synthetic data)",
                                     "Trygghet – demo Trollhättan (syntetiska data)"), lang)
    project.clear()
