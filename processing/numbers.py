"""Log sentences with their numbers written as the user's language writes them.

``say(tr("{n} incidents over {years:.2f} years are used."), n=12345, years=1.5)`` gives "12 345 incidents over 1,50
years" in a Swedish QGIS and "12,345 incidents over 1.50 years" in an English one: the same replacement fields and
format specs as ``str.format`` (so the translated sentences stay as they are), with every number put through
format_number (QLocale of the QGIS user interface). Whole numbers below 10 000 keep their digits
together (years such as 2025 are never split); text, dates and paths pass unchanged.
"""

import math
import string

import numpy as np
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale


def format_number(value, decimals=0):
    """A number for the log and messages as the user's language writes it: '1 234,5' in Swedish, '1,234.5' in
    English (the QGIS user interface locale, not the system's)."""
    locale = QLocale(QgsApplication.locale() or "en")
    if decimals <= 0:
        return locale.toString(int(round(float(value))))
    return locale.toString(float(value), "f", int(decimals))


_GROUP_FROM = 10000  # Swedish (and English) style leaves four-digit numbers ungrouped: 2025, 1234


class _LocaleFormatter(string.Formatter):
    def format_field(self, value, format_spec):
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
            return super().format_field(value, format_spec)
        kind = format_spec[-1:] if format_spec[-1:] in "dfFgGe%n" else ""
        if kind in ("e", "%") or (format_spec and not kind):
            return super().format_field(value, format_spec)  # widths, exponents: as Python writes them
        number = float(value)
        if not math.isfinite(number):
            return "\u2013"
        if kind in ("f", "F"):
            decimals = int(format_spec[:-1].lstrip(".") or 6) if "." in format_spec else 6
        elif kind in ("g", "G", "n") or (not kind and isinstance(value, (float, np.floating))):
            decimals = _significant_decimals(number, int(format_spec[:-1].lstrip(".") or 6)
                                             if "." in format_spec else 6)
        else:
            decimals = 0
        if decimals <= 0:
            whole = int(round(number))
            return format_number(whole) if abs(whole) >= _GROUP_FROM else str(whole)
        text = format_number(number, decimals)
        if abs(number) < _GROUP_FROM:
            text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            text = text.replace(",", "") if format_number(1.5, 1)[1] == "." else text
        return text


def _significant_decimals(number, significant):
    """The decimals '%g' would show for ``number`` with ``significant`` digits (trailing zeros dropped)."""
    text = "{:.{}g}".format(number, max(significant, 1))
    if "e" in text or "." not in text:
        return 0
    return len(text.split(".")[1])


_FORMATTER = _LocaleFormatter()


def say(template, *args, **kwargs):
    """``template.format(*args, **kwargs)`` with the numbers in the user's locale (see the module's doc)."""
    return _FORMATTER.format(template, *args, **kwargs)
