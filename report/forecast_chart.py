"""The "Prognos" chart of a focus area: the monthly history, the forecast line and its interval band, painted with Qt
alone like the report's other charts (report/charts.py). History months with 1..k−1 incidents are suppressed and
drawn as hollow rings on the axis."""

import math

import numpy as np
from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QPainterPath, QPen

from ..i18n import tr
from .charts import MIN_POINTS, MONTHS, _Canvas, _font, _heading, _px

HISTORY_MONTHS = 36
INK, ACCENT, BAND = "#1d2b36", "#b3261e", "#f2c7c3"


def forecast_chart(history_starts, history, future_starts, mean, lower, upper, path, title, subtitle="", k=5,
                   level_text="80 %"):
    """Paint the last HISTORY_MONTHS months of ``history`` and the forecast into ``path`` (.png or .svg)."""
    history = np.asarray(history, dtype=float)[-HISTORY_MONTHS:]
    starts = list(np.asarray(history_starts)[-HISTORY_MONTHS:]) + list(np.asarray(future_starts))
    mean, lower, upper = (np.asarray(v, dtype=float) for v in (mean, lower, upper))
    n_hist, n = len(history), len(history) + len(mean)
    width, height = 640, 300
    left, right, top, bottom = 48, 16, 62, 64
    small = _px(MIN_POINTS, width)  # the chart prints across a report column: its text at 7 pt or more
    canvas = _Canvas(path, width, height)
    p = canvas.painter
    _heading(p, width, title, subtitle)
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    shown = [v for v in list(history) + list(upper) if np.isfinite(v)]
    vmax = max(max(shown) if shown else 1.0, 1.0)
    step = 10 ** math.floor(math.log10(vmax))
    for mult in (1, 2, 5, 10):
        if vmax / (step * mult) <= 6:
            step *= mult
            break
    vtop = step * math.ceil(vmax / step)

    def xy(i, value):
        return QPointF(plot.left() + plot.width() * (i + 0.5) / n, plot.bottom() - plot.height() * value / vtop)

    p.setFont(_font(small))
    value = 0.0
    while value <= vtop + 1e-9:
        y = plot.bottom() - plot.height() * value / vtop
        p.setPen(QPen(QColor("#dddddd"), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{value:g}")
        value += step
    # month ticks: the month's initial letter of every third month, the year under each January
    for i, start in enumerate(starts):
        month = int(str(start)[5:7])
        x = plot.left() + plot.width() * (i + 0.5) / n
        if (month - 1) % 3 == 0:
            p.setPen(QColor("#404040"))
            p.drawText(QRectF(x - 20, plot.bottom() + 4, 40, 16), Qt.AlignmentFlag.AlignCenter,
                       tr(MONTHS[month - 1]))
        if month == 1:
            p.setPen(QColor("#202020"))
            p.setFont(_font(small, True))
            p.drawText(QRectF(x - 30, plot.bottom() + 20, 60, 16), Qt.AlignmentFlag.AlignCenter, str(start)[:4])
            p.setFont(_font(small))
    p.setPen(QPen(QColor("#404040"), 1))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    # the interval band and the forecast
    band = QPainterPath()
    band.moveTo(xy(n_hist, upper[0]))
    for j in range(1, len(mean)):
        band.lineTo(xy(n_hist + j, upper[j]))
    for j in range(len(mean) - 1, -1, -1):
        band.lineTo(xy(n_hist + j, lower[j]))
    band.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(BAND)))
    p.drawPath(band)
    divider = plot.left() + plot.width() * n_hist / n
    p.setPen(QPen(QColor("#909090"), 1, Qt.PenStyle.DotLine))
    p.drawLine(QPointF(divider, plot.top()), QPointF(divider, plot.bottom()))
    # the history: a line through the published months, broken at suppressed ones
    suppressed = False
    previous = None
    for i, v in enumerate(history):
        if k > 1 and 0 < v < k:
            suppressed = True
            p.setPen(QPen(QColor(INK), 1.2))
            p.setBrush(QBrush(QColor("white")))
            p.drawEllipse(xy(i, 0), 4, 4)
            previous = None
            continue
        point = xy(i, v)
        p.setPen(QPen(QColor(INK), 2.2))
        if previous is not None:
            p.drawLine(previous, point)
        p.setBrush(QBrush(QColor(INK)))
        p.drawEllipse(point, 2.5, 2.5)
        previous = point
    pen = QPen(QColor(ACCENT), 2.6, Qt.PenStyle.DashLine)
    for j in range(len(mean)):
        point = xy(n_hist + j, mean[j])
        if j:
            p.setPen(pen)
            p.drawLine(xy(n_hist + j - 1, mean[j - 1]), point)
        p.setPen(QPen(QColor(ACCENT), 1))
        p.setBrush(QBrush(QColor(ACCENT)))
        p.drawEllipse(point, 2.5, 2.5)
    # legend under the axis
    y = height - 22
    p.setFont(_font(small))
    x = left
    for kind, text in (("history", tr("Incidents per month")), ("forecast", tr("Forecast")),
                       ("band", tr("{} forecast interval").format(level_text))):
        if kind == "history":
            p.setPen(QPen(QColor(INK), 2.2))
            p.drawLine(QPointF(x, y + 8), QPointF(x + 24, y + 8))
        elif kind == "forecast":
            p.setPen(QPen(QColor(ACCENT), 2.6, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, y + 8), QPointF(x + 24, y + 8))
        else:
            p.fillRect(QRectF(x, y + 1, 24, 14), QColor(BAND))
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(x + 30, y, 260, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        x += 36 + p.fontMetrics().horizontalAdvance(text) + 24
    if suppressed:
        p.setPen(QColor("#404040"))
        p.drawText(QRectF(left, 44, width - left - 8, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   "○ = " + tr("fewer than {k} incidents (suppressed)").format(k=int(k)))
    return canvas.close()
