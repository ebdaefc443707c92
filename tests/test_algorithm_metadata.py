"""What the toolbox and the dialog show of each algorithm: help text that survives HTML rendering, help links into
the README, search words, advanced parameters, locale-formatted numbers."""

import html
import os
import re

import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingParameterDefinition
from qgis.PyQt.QtGui import QTextDocument
from trygghet.processing.helpinfo import anchor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def algorithms():
    return QgsApplication.processingRegistry().providerById("trygghet").algorithms()


def rendered(text):
    """The text as the Processing dialog shows it: the help is HTML."""
    document = QTextDocument()
    document.setHtml(text)
    return " ".join(document.toPlainText().split())


def last_sentence(text):
    plain = " ".join(html.unescape(re.sub(r"<br\s*/?>", " ", text)).split())
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", plain) if s]
    return sentences[-1]


def test_rendered_help_keeps_every_sentence(plugin):
    checked = 0
    for algorithm in algorithms():
        if isinstance(algorithm, QgsProcessingModelAlgorithm):
            continue  # the shipped model: its help is built by QGIS from the model's help (next test)
        texts = [("help", algorithm.shortHelpString())]
        texts += [(p.name(), p.help()) for p in algorithm.parameterDefinitions() if p.help()]
        for where, text in texts:
            shown = rendered(text)
            assert last_sentence(text) in shown, "{} {}: the rendered help loses its end".format(algorithm.id(),
                                                                                                   where)
            checked += 1
    assert checked > 100
    # the help texts with a bare '<' (as in '<5'), which HTML would read as the start of a tag, are among them
    summary = QgsApplication.processingRegistry().algorithmById("trygghet:areasummary")
    shown = rendered(summary.parameterDefinition("MIN_COUNT").help())
    assert "'<k'" in shown and shown.endswith(last_sentence(summary.parameterDefinition("MIN_COUNT").help()))


def test_model_help_keeps_every_sentence(plugin):
    model = QgsApplication.processingRegistry().algorithmById("trygghet:lagesbild")
    assert model is not None
    shown = rendered(model.shortHelpString())
    assert "'<k'" in shown
    assert "run the group's algorithms one by one to keep them." in shown
    for definition in model.parameterDefinitions():
        if definition.help():
            assert last_sentence(definition.help()) in rendered(definition.help()), definition.name()


def test_help_urls_point_at_readme_sections(plugin):
    readme = open(os.path.join(REPO, "README.md"), encoding="utf-8").read()
    anchors = {anchor(line.lstrip("#").strip()) for line in readme.splitlines() if line.startswith("#")}
    for algorithm in algorithms():
        url = algorithm.helpUrl()
        assert url and "#" in url, algorithm.id()
        assert url.split("#", 1)[1] in anchors, "{}: {}".format(algorithm.id(), url)


def test_github_anchor_rules():
    assert anchor("Lägesbildsrapport (PDF) / The lägesbild report") == "lägesbildsrapport-pdf--the-lägesbild-report"
    assert anchor("Hot spots, hot places for patrols and patrol dosage") == \
        "hot-spots-hot-places-for-patrols-and-patrol-dosage"


@pytest.mark.parametrize("word, expected", [
    ("heatmap", "trygghet:hotspotdensity"), ("KDE", "trygghet:hotspotdensity"),
    ("värmekarta", "trygghet:hotspotdensity"), ("Gi*", "trygghet:hotspotstatistics"),
    ("hot spot", "trygghet:hotspotstatistics"), ("hot spot", "trygghet:hotplaces"),
    ("Local Moran", "trygghet:hotspotstatistics"), ("near repeat", "trygghet:nearrepeat"),
])
def test_toolbox_search_words(plugin, word, expected):
    """The toolbox search matches a word against the name and the tags (case-insensitive)."""
    found = {a.id() for a in algorithms()
             if any(word.lower() in tag.lower() for tag in a.tags()) or word.lower() in a.displayName().lower()}
    assert expected in found


def test_rarely_changed_parameters_are_advanced(plugin):
    saferoutes = QgsApplication.processingRegistry().algorithmById("trygghet:saferoutes")
    advanced = QgsProcessingParameterDefinition.Flag.FlagAdvanced
    shown = [p.name() for p in saferoutes.parameterDefinitions() if not p.flags() & advanced]
    assert len(saferoutes.parameterDefinitions()) >= 25
    assert len(shown) <= 12, shown
    assert {"PATHS", "LAMPS", "INCIDENTS", "OUTPUT"} <= set(shown)


def test_numbers_follow_the_locale():
    from qgis.PyQt.QtCore import QLocale
    from trygghet.processing.base import format_number

    swedish = QLocale("sv_SE")
    # the formatter follows the QGIS user interface locale; checked against QLocale's own rules for that locale
    expected = QLocale(QgsApplication.locale() or "en").toString(1234.5, "f", 1)
    assert format_number(1234.5, 1) == expected
    assert swedish.toString(1234.5, "f", 1).replace("\xa0", " ") == "1 234,5"


def test_every_time_field_defaults_to_occurred_at(plugin):
    from qgis.core import QgsProcessingParameterField

    found = []
    for algorithm in algorithms():
        for definition in algorithm.parameterDefinitions():
            if isinstance(definition, QgsProcessingParameterField) and definition.name().endswith("TIME_FIELD") \
                    and definition.name() != "VISIT_TIME_FIELD":
                found.append(algorithm.id())
                assert definition.defaultValue() == "occurred_at", (algorithm.id(), definition.name())
    assert {"trygghet:emerginghotspots", "trygghet:nearrepeat", "trygghet:periodcomparison"} <= set(found)


def test_time_field_missing_from_the_layer(run, tmp_path):
    """A required time field left at its default on a layer without occurred_at says which field to choose; an
    optional one means no time field."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=when:string", "p", "memory")
    features = []
    for i in range(40):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1000.0 + 37 * i % 500, 2000.0 + 53 * i % 400)))
        feature.setAttributes(["2024-01-{:02d} 10:00".format(1 + i % 28)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    with pytest.raises(QgsProcessingException, match="no field “occurred_at”"):
        run("trygghet:nearrepeat", {"INPUT": layer, "OUTPUT": "memory:"})
    out = run("trygghet:hotspotdensity", {"INPUT": layer, "OUTPUT": str(tmp_path / "d.tif")})
    assert os.path.exists(out["OUTPUT"])


def test_period_comparison_without_valid_times_says_so(run):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=occurred_at:string", "p", "memory")
    features = []
    for i in range(60):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1000.0 + i, 2000.0 + i)))
        feature.setAttributes(["not a time"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    with pytest.raises(QgsProcessingException, match="None of the incidents has a valid time"):
        run("trygghet:periodcomparison", {"INPUT": layer, "BASE_START": "2024-01-01T00:00:00",
                                          "BASE_END": "2024-07-01T00:00:00", "TEST_START": "2024-07-01T00:00:00",
                                          "TEST_END": "2025-01-01T00:00:00", "OUTPUT": "memory:"})


def test_measure_effect_needs_areas_or_control_before_it_starts(plugin, demo_workspace):
    from qgis.core import QgsProcessingContext

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("trygghet:measureeffect")
    layers = {"INPUT": demo_workspace + "|layername=incidents", "MEASURES": demo_workspace + "|layername=measures",
              "OUTPUT": "TEMPORARY_OUTPUT"}
    ok, message = algorithm.checkParameterValues(layers, QgsProcessingContext())
    assert not ok and "control" in message
    ok, _ = algorithm.checkParameterValues(dict(layers, AREAS=demo_workspace + "|layername=areas"),
                                           QgsProcessingContext())
    assert ok


def test_walk_comparison_is_not_made_by_default(plugin):
    walkoverlay = QgsApplication.processingRegistry().algorithmById("trygghet:walkoverlay")
    assert walkoverlay.parameterDefinition("COMPARISON").createByDefault() is False


def test_log_sentences_write_their_numbers_in_the_locale():
    """processing.numbers.say: str.format's fields and specs, every number through the QGIS locale's QLocale."""
    import numpy as np
    from qgis.PyQt.QtCore import QLocale
    from trygghet.processing.numbers import say

    locale = QLocale(QgsApplication.locale() or "en")
    point = locale.decimalPoint()
    text = say("{n} incidents over {years:.2f} years, {share:.1f} %, {p:.3f}, {tol:g} m, {d:.0f} m, {y}, {path}, {ok}",
               n=24076, years=np.float64(4.0), share=4.24, p=0.05, tol=2.5, d=833.3, y=2025,
               path="/tmp/a-0.5/report.pdf", ok=True)
    assert text == ("{} incidents over 4{p}00 years, 4{p}2 %, 0{p}050, 2{p}5 m, 833 m, 2025, /tmp/a-0.5/report.pdf, "
                    "True").format(locale.toString(24076), p=point)
    assert "np." not in say("{}", np.float64(1.5)) and say("{}", np.float64(1.5)) == "1{}5".format(point)
    assert say("{:.1f}", float("nan")) == "\u2013"
    assert say("{:>4}", 7) == "   7"  # widths stay Python's
