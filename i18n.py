"""Translation helpers: English source strings, Swedish translation from resources/i18n."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CONTEXT = "Trygghet"
I18N_DIR = os.path.join(os.path.dirname(__file__), "resources", "i18n")


def tr(text):
    """Translate an English source string. Format with ``.format()`` after translating."""
    return QCoreApplication.translate(CONTEXT, text)


def N_(text):  # noqa: N802 - marks a string for extraction; translate it with tr() where it is shown
    return text


def locale_code():
    """The two-letter UI language QGIS runs in ("sv", "en", ...)."""
    return (QgsApplication.locale() or "en")[:2]


def install_translator(locale=None):
    """Load the compiled translation for the QGIS locale, if there is one. Return the translator or None."""
    locale = locale or locale_code()
    path = os.path.join(I18N_DIR, "trygghet_{}.qm".format(locale))
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
