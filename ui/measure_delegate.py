"""The item of the measures list: the title (wrapped onto a second line when it is long) and below it status · due
date · organization · area, so that a narrow dock (a laptop at 1366×768) shows what matters without side-scrolling.
Every row has the same height (three lines), so that 10,000 measures still scroll without measuring rows."""

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QPalette
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .measures_model import DETAIL_ROLE, OVERDUE_COLOR, OVERDUE_ROLE

H_PAD = 4  # pixels left and right of the text
V_PAD = 3  # pixels above and below the lines
TITLE_LINES = 2  # a title may take two lines; beyond that it is elided
WRAP = int(Qt.TextFlag.TextWordWrap)


def row_height(metrics):
    """Height of a row for the view's font metrics: up to two title lines and the detail line."""
    return (TITLE_LINES + 1) * metrics.lineSpacing() + 2 * V_PAD + 1


def title_lines(metrics, title, width):
    """How many lines ``title`` takes when word-wrapped to ``width`` pixels."""
    height = metrics.boundingRect(QRect(0, 0, max(1, width), 100000), WRAP, title).height()
    return max(1, round(height / metrics.lineSpacing()))


def fit_title(metrics, title, width, lines=TITLE_LINES):
    """``title`` as it is drawn: whole when it wraps onto at most ``lines`` lines, else cut with "…" to fit."""
    if title_lines(metrics, title, width) <= lines:
        return title
    low, high = 0, len(title)
    while low < high:  # the longest prefix that still fits with the ellipsis
        mid = (low + high + 1) // 2
        if title_lines(metrics, title[:mid].rstrip() + "…", width) <= lines:
            low = mid
        else:
            high = mid - 1
    return title[:low].rstrip() + "…"


class TwoLineDelegate(QStyledItemDelegate):
    """Paints the title column's cells: the title, then the detail line (muted; red when overdue)."""

    def text_width(self, cell_width):
        """The width the title has in a cell ``cell_width`` wide (what a test wraps a title to)."""
        return cell_width - 2 * H_PAD

    def paint(self, painter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active else \
            QPalette.ColorGroup.Inactive
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected else
                                       QPalette.ColorRole.Text)
        overdue = bool(index.data(OVERDUE_ROLE))
        rect = opt.rect.adjusted(H_PAD, V_PAD, -H_PAD, -V_PAD)
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        shown = fit_title(metrics, title or "", rect.width())
        lines = title_lines(metrics, shown, rect.width()) if shown else 1

        painter.save()
        painter.setFont(opt.font)
        painter.setPen(OVERDUE_COLOR if overdue and not selected else text_color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), lines * line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | WRAP, shown)
        detail = index.data(DETAIL_ROLE) or ""
        muted = text_color if selected else (OVERDUE_COLOR if overdue else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText))
        painter.setPen(muted)
        room = TITLE_LINES + 1 - lines  # a one-line title leaves two lines for the details
        painter.drawText(QRect(rect.left(), rect.top() + lines * line, rect.width(), room * line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | WRAP,
                         fit_title(metrics, detail, rect.width(), room))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API name)
        size = super().sizeHint(option, index)
        size.setHeight(row_height(option.fontMetrics))
        return size
