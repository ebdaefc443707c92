"""Every user-facing source string has a Swedish translation, and the compiled translation loads in QGIS."""

import importlib.util
import os

from qgis.PyQt.QtCore import QCoreApplication
from trygghet import i18n

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _i18n_script():
    spec = importlib.util.spec_from_file_location("i18n_script", os.path.join(REPO, "scripts", "i18n.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_swedish_translation():
    script = _i18n_script()
    strings = script.extract()
    assert len(strings) > 50
    missing = script.missing()
    assert missing == [], "untranslated: " + "; ".join(repr(s) for s in missing[:20])


def test_placeholders_survive_translation():
    script = _i18n_script()
    import re

    for source, (text, finished) in script.read_ts().items():
        if finished:
            assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", text)), source


def test_swedish_translation_loads_and_translates(qgis_app):
    translator = i18n.install_translator("sv")
    assert translator is not None, "resources/i18n/trygghet_sv.qm is missing: make builds it"
    try:
        assert i18n.tr("Safe paths") == "Trygga stråk"
        assert QCoreApplication.translate("Trygghet", "Measures") == "Åtgärder"
    finally:
        i18n.remove_translator(translator)
    assert i18n.tr("Safe paths") == "Safe paths"  # English fallback once removed
