"""The two-line item of the measures list: the title on the first line, status · due date · organization · area on
the second, so that a narrow dock (a laptop at 1366×768) shows what matters without side-scrolling."""

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QPalette
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .measures_model import DETAIL_ROLE, OVERDUE_COLOR, OVERDUE_ROLE

H_PAD = 4  # pixels left and right of the text
V_PAD = 3  # pixels above and below the two lines


def row_height(metrics):
    """Height of a two-line row for the view's font metrics."""
    return 2 * metrics.lineSpacing() + 2 * V_PAD + 1


class TwoLineDelegate(QStyledItemDelegate):
    """Paints the title column's cells: the title, then the detail line (smaller, muted; red when overdue)."""

    def text_width(self, cell_width):
        """The width the title has in a cell ``cell_width`` wide (what a test compares a title's advance with)."""
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

        painter.save()
        font = opt.font
        font.setBold(True)
        painter.setFont(font)
        bold = painter.fontMetrics()
        painter.setPen(OVERDUE_COLOR if overdue and not selected else text_color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         bold.elidedText(title or "", Qt.TextElideMode.ElideRight, rect.width()))
        font.setBold(False)
        painter.setFont(font)
        detail = index.data(DETAIL_ROLE) or ""
        muted = text_color if selected else (OVERDUE_COLOR if overdue else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText))
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API name)
        size = super().sizeHint(option, index)
        size.setHeight(row_height(option.fontMetrics))
        return size
