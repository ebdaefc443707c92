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


def _heading(p, width, title, subtitle):
    """A chart's title and subtitle, left-aligned at its top."""
    p.setPen(QColor("#202020"))
    p.setFont(_font(18, True))
    p.drawText(QRectF(12, 8, width - 24, 26), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    p.setFont(_font(12))
    p.drawText(QRectF(12, 34, width - 24, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subtitle)


def _font(size, bold=False):
    font = QFont("DejaVu Sans")
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def heat_grid(matrix, path, title, subtitle="", k=5):
    """Paint a 7 x 24 weekday (Mon..Sun) x hour grid of counts into ``path`` (.png or .svg); return the path.

    NaN cells are suppressed (1..k-1 incidents, or withheld) and drawn hatched with '<k'.
    """
    m = np.asarray(matrix, dtype=float)
    if m.shape != (7, 24):
        raise ValueError("the grid must be 7 x 24")
    cell, left, top = 34, 56, 78
    width, height = left + 24 * cell + 20, top + 7 * cell + 70
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    _heading(p, width, title, subtitle)
    finite = m[np.isfinite(m)]
    top_value = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    p.setFont(_font(11))
    for h in range(24):
        p.drawText(QRectF(left + h * cell, top - 20, cell, 18), Qt.AlignmentFlag.AlignCenter, f"{h:02d}")
    for d in range(7):
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(4, top + d * cell, left - 10, cell),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tr(WEEKDAYS[d]))
        for h in range(24):
            rect = QRectF(left + h * cell, top + d * cell, cell, cell)
            v = m[d, h]
            if math.isnan(v):
                p.fillRect(rect, QColor("#e0e0e0"))
                p.fillRect(rect, QBrush(QColor("#a0a0a0"), Qt.BrushStyle.BDiagPattern))
                p.setPen(QColor("#404040"))
                p.setFont(_font(9))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"<{int(k)}")
            else:
                colour = _ramp(v / top_value)
                p.fillRect(rect, colour)
                p.setFont(_font(10))
                p.setPen(QColor("white") if v / top_value > 0.6 else QColor("#202020"))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(int(v)))
            p.setPen(QPen(QColor("white"), 1))
            p.drawRect(rect)
    # legend
    y = top + 7 * cell + 18
    p.setFont(_font(11))
    p.setPen(QColor("#202020"))
    p.drawText(QRectF(left, y, 120, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               tr("Count: 0"))
    for i in range(10):
        p.fillRect(QRectF(left + 70 + i * 18, y + 2, 18, 14), _ramp(i / 9))
    p.drawText(QRectF(left + 256, y, 80, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               str(int(top_value)))
    sup = QRectF(left + 340, y + 2, 18, 14)
    p.fillRect(sup, QColor("#e0e0e0"))
    p.fillRect(sup, QBrush(QColor("#a0a0a0"), Qt.BrushStyle.BDiagPattern))
    p.drawText(QRectF(left + 364, y, 400, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
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
    width, height = 900, 460
    left, right, top, bottom = 64, 130, 70, 50
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    _heading(p, width, title, subtitle)
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

    p.setFont(_font(11))
    value = 0.0
    while value <= vtop + 1e-9:
        y = plot.bottom() - plot.height() * value / vtop
        p.setPen(QPen(QColor("#dddddd"), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{value:g}")
        value += step
    for i, name in enumerate(tr(month) for month in MONTHS):
        p.drawText(QRectF(plot.left() + plot.width() * i / 12, plot.bottom() + 6, plot.width() / 12, 18),
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
        ly = top + 8 + r * 22
        p.setPen(QPen(colour, 3))
        p.drawLine(QPointF(width - right + 16, ly + 9), QPointF(width - right + 40, ly + 9))
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(width - right + 46, ly, 80, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   str(year))
    if any_suppressed:
        p.setFont(_font(11))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(left, height - 22, width - left - 12, 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   "○ = " + tr("fewer than {k} incidents (suppressed)").format(k=int(k)))
    return canvas.close()
