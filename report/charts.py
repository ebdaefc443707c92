"""Charts painted with Qt alone (QPainter on QImage or QSvgGenerator): the weekday x hour heat grid and the
month x year lines. Suppressed cells (NaN) are drawn hatched and labelled '<k'; no counts below k are shown."""

import math

import numpy as np
from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from ..i18n import N_, tr

WEEKDAYS_SV = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")  # stored values of the temporal-pattern tables
MONTHS_SV = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# the charts' axis labels, in the language of the QGIS that paints them
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
MONTHS = (N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"), N_("Jul"), N_("Aug"), N_("Sep"),
          N_("Oct"), N_("Nov"), N_("Dec"))
LINE_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666")
_RAMP = ((0.0, (255, 255, 229)), (0.25, (254, 227, 145)), (0.5, (254, 153, 41)), (0.75, (217, 95, 14)),
         (1.0, (153, 52, 4)))


def _ramp(fraction):
    f = min(max(float(fraction), 0.0), 1.0)
    for (f0, c0), (f1, c1) in zip(_RAMP, _RAMP[1:]):
        if f <= f1:
            t = 0.0 if f1 == f0 else (f - f0) / (f1 - f0)
            return QColor(*[int(round(a + (b - a) * t)) for a, b in zip(c0, c1)])
    return QColor(*_RAMP[-1][1])


class _Canvas:
    """A QPainter on a PNG (QImage) or an SVG (QSvgGenerator), finished by ``close()``."""

    def __init__(self, path, width, height):
        self.path = path
        self.svg = str(path).lower().endswith(".svg")
        if self.svg:
            from qgis.PyQt.QtSvg import QSvgGenerator

            self.device = QSvgGenerator()
            self.device.setFileName(str(path))
            self.device.setSize(QSize(width, height))
            self.device.setViewBox(QRectF(0, 0, width, height))
        else:
            self.device = QImage(width, height, QImage.Format.Format_ARGB32)
            self.device.fill(QColor("white"))
        self.painter = QPainter(self.device)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.svg:
            self.painter.fillRect(QRectF(0, 0, width, height), QColor("white"))

    def close(self):
        self.painter.end()
        if not self.svg and not self.device.save(str(self.path), "PNG"):
            raise OSError(f"could not save {self.path}")
        return self.path


# Text sizes are given in points at the width a chart is printed in the report (half an A4 landscape page), so a
# chart's smallest text prints at MIN_POINTS or more there; drawn wider or narrower it scales with the picture.
PRINT_WIDTH_MM = 133.5
MIN_POINTS = 7.0


def _px(points, width):
    """Pixels of ``points`` at print size for a chart ``width`` pixels wide printed PRINT_WIDTH_MM wide."""
    return max(1, int(math.ceil(points * 25.4 / 72.0 * width / PRINT_WIDTH_MM)))


def _heading(p, width, title, subtitle):
    """A chart's title and subtitle, left-aligned at its top; returns the y below them."""
    p.setPen(QColor("#202020"))
    big, small = _px(9.5, width), _px(MIN_POINTS + 0.5, width)
    p.setFont(_font(big, True))
    p.drawText(QRectF(12, 6, width - 24, big * 1.4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               title)
    p.setFont(_font(small))
    p.drawText(QRectF(12, 6 + big * 1.4, width - 24, small * 1.4),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)
    return 6 + big * 1.4 + small * 1.4 + 6


def _font(size, bold=False):
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(size))
    font.setBold(bold)
    return font


def _text_width(size, text, bold=False):
    from qgis.PyQt.QtGui import QFontMetricsF

    return QFontMetricsF(_font(size, bold)).horizontalAdvance(text)


def heat_grid(matrix, path, title, subtitle="", k=5):
    """Paint a 7 x 24 weekday (Mon..Sun) x hour grid of counts into ``path`` (.png or .svg); return the path.

    NaN cells are suppressed (1..k-1 incidents, or withheld) and drawn hatched with '<k'.
    """
    m = np.asarray(matrix, dtype=float)
    if m.shape != (7, 24):
        raise ValueError("the grid must be 7 x 24")
    cell, left = 38, 64
    width = left + 24 * cell + 16
    label, number = _px(MIN_POINTS + 0.5, width), _px(MIN_POINTS, width)
    head = 6 + _px(9.5, width) * 1.4 + _px(MIN_POINTS + 0.5, width) * 1.4 + 6
    top = head + label * 1.5
    height = int(top + 7 * cell + label * 3)
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    _heading(p, width, title, subtitle)
    finite = m[np.isfinite(m)]
    top_value = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    p.setFont(_font(label))
    for h in range(24):
        p.drawText(QRectF(left + h * cell, top - label * 1.4, cell, label * 1.3), Qt.AlignmentFlag.AlignCenter,
                   f"{h:02d}")
    for d in range(7):
        p.setPen(QColor("#202020"))
        p.setFont(_font(label))
        p.drawText(QRectF(2, top + d * cell, left - 8, cell),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tr(WEEKDAYS[d]))
        for h in range(24):
            rect = QRectF(left + h * cell, top + d * cell, cell, cell)
            v = m[d, h]
            p.setFont(_font(number))
            if math.isnan(v):
                p.fillRect(rect, QColor("#e0e0e0"))
                p.fillRect(rect, QBrush(QColor("#a0a0a0"), Qt.BrushStyle.BDiagPattern))
                p.setPen(QColor("#404040"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"<{int(k)}")
            else:
                colour = _ramp(v / top_value)
                p.fillRect(rect, colour)
                p.setPen(QColor("white") if v / top_value > 0.6 else QColor("#202020"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(v)))
            p.setPen(QPen(QColor("white"), 1))
            p.drawRect(rect)
    # legend: the colour ramp from 0 to the largest count, then the mark of suppressed cells
    y = top + 7 * cell + label * 0.8
    p.setFont(_font(label))
    p.setPen(QColor("#202020"))
    x = left
    text = tr("Count: 0")
    p.drawText(QRectF(x, y, width, label * 1.4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    x += _text_width(label, text) + 8
    for i in range(10):
        p.fillRect(QRectF(x + i * 18, y + label * 0.2, 18, label), _ramp(i / 9))
    x += 10 * 18 + 8
    p.drawText(QRectF(x, y, width, label * 1.4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               str(int(top_value)))
    x += _text_width(label, str(int(top_value))) + 30
    sup = QRectF(x, y + label * 0.2, 18, label)
    p.fillRect(sup, QColor("#e0e0e0"))
    p.fillRect(sup, QBrush(QColor("#a0a0a0"), Qt.BrushStyle.BDiagPattern))
    p.drawText(QRectF(x + 26, y, width - x - 26, label * 1.4),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               tr("Fewer than {k} incidents (suppressed)").format(k=int(k)))
    return canvas.close()


def month_year_lines(years, matrix, path, title, subtitle="", k=5, covered=None):
    """Paint one line per year over the months jan..dec into ``path`` (.png or .svg); return the path.

    NaN months (suppressed) break the line and are marked with a hollow ring on the axis; months where
    ``covered`` (same shape, bool) is False lie outside the period and are left out.
    """
    m = np.asarray(matrix, dtype=float)
    cover = np.ones(m.shape, dtype=bool) if covered is None else np.asarray(covered, dtype=bool)
    years = [int(y) for y in years]
    if m.ndim != 2 or m.shape[1] != 12 or m.shape[0] != len(years):
        raise ValueError("the matrix must be years x 12")
    width, height = 900, 410  # printed 133.5 mm wide, it fits the report's 62 mm high frame
    label = _px(MIN_POINTS + 0.5, width)
    left, right, bottom = 70, 130, int(label * 3.2)
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    top = _heading(p, width, title, subtitle) + label
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    finite = m[np.isfinite(m)]
    vmax = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    step = 10 ** math.floor(math.log10(vmax)) if vmax >= 1 else 1
    for mult in (1, 2, 5, 10):
        if vmax / (step * mult) <= 6:
            step *= mult
            break
    vtop = step * math.ceil(vmax / step)

    def xy(month, value):
        return QPointF(plot.left() + plot.width() * (month + 0.5) / 12,
                       plot.bottom() - plot.height() * value / vtop)

    p.setFont(_font(label))
    value = 0.0
    while value <= vtop + 1e-9:
        y = plot.bottom() - plot.height() * value / vtop
        p.setPen(QPen(QColor("#dddddd"), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(0, y - label, left - 8, label * 2),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
        value += step
    for i, name in enumerate(tr(month) for month in MONTHS):
        p.drawText(QRectF(plot.left() + plot.width() * i / 12, plot.bottom() + 4, plot.width() / 12, label * 1.4),
                   Qt.AlignmentFlag.AlignCenter, name)
    p.setPen(QPen(QColor("#404040"), 1))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    any_suppressed = False
    for r, year in enumerate(years):
        colour = QColor(LINE_COLOURS[r % len(LINE_COLOURS)])
        pen = QPen(colour, 2.5 if r == len(years) - 1 else 1.6)
        previous = None
        for month in range(12):
            v = m[r, month]
            if not cover[r, month]:
                previous = None
                continue
            if math.isnan(v):
                any_suppressed = True
                p.setPen(QPen(colour, 1.2))
                p.setBrush(QBrush(QColor("white")))
                p.drawEllipse(xy(month, 0), 4, 4)
                previous = None
                continue
            point = xy(month, v)
            p.setPen(pen)
            if previous is not None:
                p.drawLine(previous, point)
            p.setBrush(QBrush(colour))
            p.drawEllipse(point, 3, 3)
            previous = point
        ly = top + r * label * 1.5
        p.setPen(QPen(colour, 3))
        p.drawLine(QPointF(width - right + 16, ly + label * 0.7), QPointF(width - right + 40, ly + label * 0.7))
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(width - right + 46, ly, right - 46, label * 1.4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(year))
    if any_suppressed:
        p.setFont(_font(label))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(left, height - label * 1.5, width - left - 12, label * 1.4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   "○ = " + tr("fewer than {k} incidents (suppressed)").format(k=int(k)))
    return canvas.close()


def index_lines(years, series, path, title, subtitle=""):
    """Paint yearly indices (the first year = 100) as lines into ``path`` (.png or .svg); return the path.

    ``series``: [(label, values)] — the first is the area (drawn bold), the others for comparison; values are
    floats, one per year."""
    years = [int(y) for y in years]
    if len(years) < 2 or any(len(values) != len(years) for _, values in series):
        raise ValueError("each series needs one value per year, at least two years")
    width, height = 900, 480
    label = _px(MIN_POINTS + 0.5, width)
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    top = _heading(p, width, title, subtitle)
    # legend under the heading, one entry after the other
    colours = ("#0b5563", "#8a8f94", "#d95f02", "#7570b3")
    p.setFont(_font(label))
    x = 70
    for i, (name, _) in enumerate(series):
        colour = QColor(colours[i % len(colours)])
        p.setPen(QPen(colour, 4 if i == 0 else 2.5, Qt.PenStyle.SolidLine if i == 0 else Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, top + label * 0.7), QPointF(x + 30, top + label * 0.7))
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(x + 36, top, width - x - 36, label * 1.4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        x += 36 + _text_width(label, name) + 30
    top += label * 2.2
    left, right, bottom = 70, 40, int(label * 2.2)
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    values = np.asarray([v for _, vals in series for v in vals], dtype=float)
    lo, hi = float(min(np.nanmin(values), 100.0)), float(max(np.nanmax(values), 100.0))
    span = max(hi - lo, 10.0)
    step = 10 ** math.floor(math.log10(span))
    for mult in (1, 2, 5, 10):
        if span / (step * mult) <= 5:
            step *= mult
            break
    vlow, vtop = step * math.floor(lo / step), step * math.ceil(hi / step)
    if vtop == vlow:
        vtop += step

    def xy(i, value):
        return QPointF(plot.left() + plot.width() * (i + 0.5) / len(years),
                       plot.bottom() - plot.height() * (value - vlow) / (vtop - vlow))

    value = vlow
    while value <= vtop + 1e-9:
        y = plot.bottom() - plot.height() * (value - vlow) / (vtop - vlow)
        p.setPen(QPen(QColor("#9aa3aa") if abs(value - 100) < 1e-9 else QColor("#dddddd"),
                      2 if abs(value - 100) < 1e-9 else 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(0, y - label, left - 8, label * 2),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
        value += step
    p.setPen(QColor("#404040"))
    for i, year in enumerate(years):
        p.drawText(QRectF(plot.left() + plot.width() * i / len(years), plot.bottom() + 4, plot.width() / len(years),
                          label * 1.4), Qt.AlignmentFlag.AlignCenter, str(year))
    for r, (_, vals) in enumerate(reversed(series)):
        i_series = len(series) - 1 - r
        colour = QColor(colours[i_series % len(colours)])
        pen = QPen(colour, 4 if i_series == 0 else 2.5,
                   Qt.PenStyle.SolidLine if i_series == 0 else Qt.PenStyle.DashLine)
        points = [xy(i, v) for i, v in enumerate(vals)]
        p.setPen(pen)
        for a, b in zip(points, points[1:]):
            p.drawLine(a, b)
        p.setBrush(QBrush(colour))
        for point in points:
            p.drawEllipse(point, 5 if i_series == 0 else 4, 5 if i_series == 0 else 4)
        if i_series == 0:  # the area's values beside its points
            p.setPen(QColor("#202020"))
            p.setFont(_font(label, True))
            for i, point in enumerate(points):
                p.drawText(QRectF(point.x() - 60, point.y() - label * 1.9, 120, label * 1.4),
                           Qt.AlignmentFlag.AlignCenter, "{:.0f}".format(vals[i]))
            p.setFont(_font(label))
    return canvas.close()
