"""The "Problem och orsaker" view of the measures dock: problems at places with the problem-analysis triangle and
their numbered causes, the measures answering them (with follow-up colours), measures created from a cause, and
the goal areas. It talks to ``workspace.analysis.RegisterStore`` only (through the dock)."""

from qgis.core import Qgis, QgsApplication, QgsGeometry
from qgis.gui import QgsDateEdit, QgsMessageBar
from qgis.PyQt.QtCore import QDate, QRect, QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap, QTextOption
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import vocabulary
from ..core.vocabulary import FOLLOW_UP_COLOURS, FOLLOW_UP_ORDER
from ..i18n import N_, tr
from .errors import register_error_text
from .measures_model import clean, text, to_date

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "problem" or "cause"
MEASURES_ROLE = Qt.ItemDataRole.UserRole + 3  # a cause's answering measures (uuids)
TRIANGLE = (("offender", "offender_handler"), ("target", "target_guardian"), ("place", "place_manager"))
LABELS = {  # English source; Swedish through tr()
    "title": N_("Problem"), "area": N_("Area"), "status": N_("Status"), "responsible_org": N_("Organization"),
    "categories": N_("Crime categories"), "period_start": N_("Period from"), "period_end": N_("Period to"),
    "description": N_("Description"), "offender": N_("Offenders"),
    "offender_handler": N_("Who can influence the offenders"), "target": N_("Victims or targets"),
    "target_guardian": N_("Who guards the victims or targets"), "place": N_("Place"),
    "place_manager": N_("Who manages the place"), "sources": N_("Sources"),
}


def _label(name):
    return tr(LABELS[name])


def _html(value):
    return str(value or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def colours_icon(colours, size=14):
    """An icon of up to four dots in the given follow-up colours (worst first); an empty ring when none."""
    colours = sorted(colours, key=lambda c: FOLLOW_UP_ORDER.get(c, 9))[:4]
    width = max(1, len(colours)) * (size - 4) + 4
    pixmap = QPixmap(width, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not colours:
        painter.setPen(QColor("#9a9a9a"))
        painter.drawEllipse(2, 2, size - 5, size - 5)
    for i, colour in enumerate(colours):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FOLLOW_UP_COLOURS.get(colour, "#9a9a9a")))
        painter.drawEllipse(2 + i * (size - 4), 2, size - 5, size - 5)
    painter.end()
    return QIcon(pixmap)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their word-wrapped text at the column's width (a long title or cause is never cut)."""

    def sizeHint(self, option, index):  # noqa: N802
        tree = self.parent()
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        icon_width = icon.actualSize(QSize(80, 16)).width() + 6 if icon is not None else 0
        width = max(60, tree.header().sectionSize(0) - tree.indentation() * (depth + 1) - icon_width - 12)
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), index.data() or "")
        return QSize(width, rect.height() + 6)


def _dot(colour):
    return '<span style="color:{}">&#9679;</span>'.format(FOLLOW_UP_COLOURS.get(colour, "#9a9a9a"))


class ProblemsPanel(QWidget):
    """The tab beside the measures list. ``dock`` is the MeasuresDock (store, map selection, measure forms)."""

    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.dock = dock
        self.forms = {}
        self.problems = []
        self.causes = {}
        self.links = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.message_bar = QgsMessageBar(self)
        self.message_bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()

        def tool(name, icon, tip, slot, label=None):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setIcon(QgsApplication.getThemeIcon(icon))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            if label:
                button.setText(label)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _checked=False: slot())
            buttons.addWidget(button)
            return button

        self.new_button = tool("newProblemButton", "/mActionAddFeature.svg",
                               tr("Create a problem at the features selected in the active layer (a hot place, a "
                                  "path, walk findings…)"), self.new_from_selection, tr("New problem"))
        self.open_button = tool("openProblemButton", "/mActionFormView.svg",
                                tr("Open the selected problem with its triangle and causes"), self.open_selected)
        self.measure_button = tool("measureFromCauseButton", "/mActionNewAttribute.svg",
                                   tr("New measure answering the selected cause (area, place and cause carried "
                                      "over)"), self.new_measure_from_selected)
        self.filter_button = tool("showMeasuresButton", "/mActionFilter2.svg",
                                  tr("Show the measures answering the selected problem in the measures list"),
                                  self.show_measures)
        self.goals_button = tool("goalsButton", "/mActionOpenTable.svg", tr("Goal areas…"), self.open_goals)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(0)
        layout.addWidget(self.message_bar)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.tree = QTreeWidget(splitter)
        self.tree.setObjectName("problemsTree")
        self.tree.setColumnCount(1)
        self.tree.setHeaderLabels([tr("Problem and its causes")])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(50)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_args: self._relayout.start())  # row heights follow the width
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.open_selected())
        self.details = QTextBrowser(splitter)
        self.details.setObjectName("problemDetails")
        self.details.setOpenLinks(False)
        self.details.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # at spaces, never inside a word
        self.details.anchorClicked.connect(lambda url: self.dock.open_form(url.toString().split(":", 1)[1]))
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------------------------------
    def store(self):
        store = self.dock.store
        return store if store is not None and hasattr(store, "problems") else None

    def notify(self, level, title, message):
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(title, message, level, 8 if level == Qgis.MessageLevel.Success else 0)

    def reload(self):
        """Re-read problems, causes and measure–cause links; keep the selection."""
        selected = self.selected()
        store = self.store()
        self.tree.clear()
        self.problems, self.causes, self.links, self.measures = [], {}, [], {}
        if store is None:
            self.details.clear()
            self.count_label.setText(tr("This workspace has no cause analysis yet.") if self.dock.store else "")
            self._update_buttons()
            return
        try:
            self.problems = store.problems()
            for cause in store.all_causes():
                self.causes.setdefault(cause["problem_uuid"], []).append(cause)
            self.links = store.measure_causes()
            self.measures = {m["uuid"]: m for m in self.dock.model.measures()}
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Cannot read the problems"), register_error_text(err))
            return
        for problem in self.problems:
            causes = self.causes.get(problem["uuid"], [])
            area = text(problem.get("area"))
            line = " · ".join(x for x in (vocabulary.label("problem_status", problem.get("status"), tr), area,
                                          tr("{n} causes").format(n=len(causes))) if x)
            item = QTreeWidgetItem(["{}\n{}".format(text(problem.get("title")), line)])
            item.setData(0, UUID_ROLE, problem["uuid"])
            item.setData(0, KIND_ROLE, "problem")
            colours = [clean(self.measures[m].get("follow_up")) for m in self.measures_of(problem["uuid"])
                       if m in self.measures]
            item.setIcon(0, colours_icon([c for c in colours if c]))
            item.setToolTip(0, "{}\n{}".format(text(problem.get("title")), line))
            for cause in causes:
                answered = [m for m in self._measures_of_cause(cause["uuid"]) if m in self.measures]
                child = QTreeWidgetItem(["{}. {}".format(cause.get("number"), text(cause.get("text")))])
                child.setData(0, UUID_ROLE, cause["uuid"])
                child.setData(0, KIND_ROLE, "cause")
                child.setData(0, MEASURES_ROLE, answered)
                child.setToolTip(0, "{}\n{}".format(text(cause.get("text")), "\n".join(
                    text(self.measures[m].get("title")) for m in answered) or tr("No measure answers this cause yet.")))
                child.setIcon(0, colours_icon([clean(self.measures[m].get("follow_up")) for m in answered
                                               if clean(self.measures[m].get("follow_up"))]))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        n_causes = sum(len(v) for v in self.causes.values())
        self.count_label.setText(tr("{p} problems, {c} causes").format(p=len(self.problems), c=n_causes))
        if selected:
            self.select(selected[1])
        self._update_buttons()

    def _measures_of_cause(self, cause_uuid):
        return [r["measure_uuid"] for r in self.links if r["cause_uuid"] == cause_uuid]

    def measures_of(self, problem_uuid):
        """The uuids of the measures answering the problem's causes (as loaded)."""
        causes = {c["uuid"] for c in self.causes.get(problem_uuid, [])}
        return list(dict.fromkeys(r["measure_uuid"] for r in self.links if r["cause_uuid"] in causes))

    # --- selection ------------------------------------------------------------------------------------------------
    def selected(self):
        """("problem" | "cause", uuid) of the selected item, or None."""
        items = self.tree.selectedItems()
        if not items:
            return None
        return items[0].data(0, KIND_ROLE), items[0].data(0, UUID_ROLE)

    def selected_problem(self):
        found = self.selected()
        if found is None:
            return None
        if found[0] == "problem":
            return found[1]
        return next((p for p, causes in self.causes.items() if any(c["uuid"] == found[1] for c in causes)), None)

    def select(self, uuid):
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if item.data(0, UUID_ROLE) == uuid:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _selection_changed(self):
        self._update_buttons()
        self.details.setHtml(self.details_html(self.selected_problem()))

    def _update_buttons(self):
        has_store = self.store() is not None
        selected = self.selected()
        self.new_button.setEnabled(has_store)
        self.goals_button.setEnabled(has_store)
        self.open_button.setEnabled(selected is not None)
        self.filter_button.setEnabled(selected is not None)
        self.measure_button.setEnabled(selected is not None and selected[0] == "cause")

    def details_html(self, problem_uuid):
        """The selected problem in words: area, status, the triangle, and each cause with its measures."""
        problem = next((p for p in self.problems if p["uuid"] == problem_uuid), None)
        if problem is None:
            return ""
        parts = ["<b>{}</b><br>{} · {}".format(_html(problem.get("title")), _html(problem.get("area") or "–"),
                                               _html(vocabulary.label("problem_status", problem.get("status"), tr)))]
        # one paragraph per side of the triangle, each label followed by its text: in a narrow dock the lines wrap
        # at spaces (a two-column table squeezed its label column and broke the labels mid-word)
        for actor, handler in TRIANGLE:
            parts.append("<p style='margin-top:4px; margin-bottom:0px'><i>{}:</i> {}<br><i>{}:</i> {}</p>".format(
                _html(_label(actor)), _html(problem.get(actor) or "–"), _html(_label(handler)),
                _html(problem.get(handler) or "–")))
        for cause in self.causes.get(problem_uuid, []):
            measures = [self.measures[m] for m in self._measures_of_cause(cause["uuid"]) if m in self.measures]
            answered = ", ".join('{} <a href="measure:{}">{}</a>'.format(
                _dot(clean(m.get("follow_up"))), m["uuid"], _html(m.get("title"))) for m in measures)
            parts.append("<p><b>{}.</b> {}<br>{}</p>".format(
                cause.get("number"), _html(cause.get("text")), answered or "<i>{}</i>".format(
                    _html(tr("No measure answers this cause yet.")))))
        return "".join(parts)

    # --- actions --------------------------------------------------------------------------------------------------
    def new_from_selection(self, layer=None):
        """Create a problem at the features selected in ``layer`` (default: the active layer); open its form.
        Returns the new uuid or None."""
        self.message_bar.clearWidgets()
        store = self.store()
        if store is None:
            self.notify(Qgis.MessageLevel.Warning, tr("No workspace"), tr("Open a workspace first."))
            return None
        if layer is None and self.dock.iface is not None:
            layer = self.dock.iface.activeLayer()
        links = self.dock.selection_links(layer)
        if not links:
            self.notify(Qgis.MessageLevel.Warning, tr("Nothing selected"), tr(
                "Select the place of the problem in the active layer (a hot place, a path, walk findings…) and try "
                "again."))
            return None
        geometries = [QgsGeometry.fromWkt(link["geometry_wkt"]) for link in links if link.get("geometry_wkt")]
        place = {"layer_name": links[0]["layer_name"],
                 "feature_uuid": links[0]["feature_uuid"] if len(links) == 1 else None,
                 "geometry_wkt": (geometries[0] if len(geometries) == 1
                                  else QgsGeometry.collectGeometry(geometries)).asWkt(3) if geometries else None}
        try:
            uuid = store.create_problem({"title": tr("New problem: {layer}").format(layer=layer.name())},
                                        self.dock.user, place=place)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Problem not created"), register_error_text(err))
            return None
        self.reload()
        self.select(uuid)
        self.notify(Qgis.MessageLevel.Success, tr("Problem created"), tr(
            "At {n} features of {layer}. Describe the triangle and the causes in the form.").format(
            n=len(links), layer=layer.name()))
        self.open_problem(uuid)
        return uuid

    def open_selected(self):
        problem = self.selected_problem()
        if problem:
            self.open_problem(problem)

    def open_problem(self, uuid):
        form = self.forms.get(uuid)
        if form is None:
            try:
                form = ProblemForm(self.store(), uuid, self.dock.user, self, areas=self.dock.model.distinct("area"))
            except Exception as err:  # noqa: BLE001
                self.notify(Qgis.MessageLevel.Critical, tr("Cannot open the problem"), register_error_text(err))
                return None
            form.changed.connect(self.reload)
            form.finished.connect(lambda _r, u=uuid: self.forms.pop(u, None))
            self.forms[uuid] = form
        form.show()
        form.raise_()
        return form

    def new_measure_from_selected(self):
        found = self.selected()
        if found is None or found[0] != "cause":
            self.notify(Qgis.MessageLevel.Warning, tr("Choose a cause"),
                        tr("Select one of a problem's numbered causes first."))
            return None
        return self.new_measure_from_cause(found[1])

    def new_measure_from_cause(self, cause_uuid):
        """A new measure answering the cause, with the problem's area, point and place; its form opens."""
        try:
            uuid = self.store().create_measure_from_cause(cause_uuid, self.dock.user)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Measure not created"), register_error_text(err))
            return None
        self.dock.reload(keep_selection=False)
        self.dock._refresh_map_layer()
        self.reload()
        self.select(cause_uuid)
        self.dock.open_form(uuid)
        self.notify(Qgis.MessageLevel.Success, tr("Measure created"),
                    tr("It answers the cause; fill in the action plan in the form."))
        return uuid

    def show_measures(self):
        problem = self.selected_problem()
        if problem:
            self.dock.filter_by_problem(problem)

    def open_goals(self):
        dialog = GoalsDialog(self.store(), self)
        dialog.exec()
        self.dock.reload()
        return dialog


class ProblemForm(QDialog):
    """One problem: its description, the problem-analysis triangle and its numbered causes. Non-modal."""

    changed = pyqtSignal()

    def __init__(self, store, uuid, user, parent=None, areas=()):
        super().__init__(parent)
        self.setObjectName("problemForm")
        self.store = store
        self.uuid = uuid
        self.user = user
        self.widgets = {}
        self.resize(560, 640)
        outer = QVBoxLayout(self)
        self.message_bar = QgsMessageBar(self)
        outer.addWidget(self.message_bar)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in ("title", "area", "status", "responsible_org", "categories", "period_start", "period_end",
                     "description", "offender", "offender_handler", "target", "target_guardian", "place",
                     "place_manager", "sources"):
            widget = self._make(name, body, areas)
            widget.setObjectName("field_" + name)
            self.widgets[name] = widget
            form.addRow(_label(name) + (" *" if name == "title" else ""), widget)
        self.causes_table = QTableWidget(0, 3, body)
        self.causes_table.setObjectName("causesTable")
        self.causes_table.setHorizontalHeaderLabels([tr("No."), tr("Cause"), tr("Evidence")])
        self.causes_table.verticalHeader().setVisible(False)
        self.causes_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.causes_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.causes_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.causes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.causes_table.setMinimumHeight(140)
        form.addRow(QLabel("<b>{}</b>".format(_html(tr("Numbered causes"))), body))
        form.addRow(self.causes_table)
        row = QHBoxLayout()
        for label, slot in ((tr("Add cause…"), self._ask_cause), (tr("Delete cause"), self._delete_selected),
                            (tr("Renumber 1, 2, 3…"), self.renumber), (tr("Measure from cause"), self._measure),
                            (tr("Delete problem"), self.delete_problem)):
            button = QToolButton(body)
            button.setText(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        form.addRow(row)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        outer.addWidget(buttons)
        self.load()

    def _make(self, name, parent, areas):
        if name in ("status", "responsible_org"):
            combo = QComboBox(parent)
            if name == "responsible_org":
                combo.addItem("", None)
            for code, label in vocabulary.items("problem_status" if name == "status" else "organization", tr):
                combo.addItem(label, code)
            return combo
        if name == "area":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems([a for a in areas if a])
            return combo
        if name in ("categories", "sources"):
            box = QListWidget(parent)
            for code, label in vocabulary.items("incident_category" if name == "categories" else "problem_source",
                                                tr):
                if code == getattr(vocabulary, "ALL_CATEGORIES", None):
                    continue
                item = QListWidgetItem(label, box)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            box.setFlow(QListWidget.Flow.LeftToRight)
            box.setWrapping(True)
            box.setResizeMode(QListWidget.ResizeMode.Adjust)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4 + 16)
            return box
        if name in ("period_start", "period_end"):
            edit = QgsDateEdit(parent)
            edit.setAllowNull(True)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.clear()
            return edit
        if name == "title":
            edit = QLineEdit(parent)
            edit.setMaxLength(200)
            return edit
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        return edit

    def set_value(self, name, value):
        widget = self.widgets[name]
        value = clean(value)
        if isinstance(widget, QListWidget):
            codes = set(str(value or "").split(","))
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                                   else Qt.CheckState.Unchecked)
        elif isinstance(widget, QgsDateEdit):
            day = to_date(value)
            if day is None:
                widget.clear()
            else:
                widget.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.setCurrentText(text(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text(value))
        else:
            widget.setText(text(value))

    def value(self, name):
        widget = self.widgets[name]
        if isinstance(widget, QListWidget):
            return ",".join(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                            if widget.item(i).checkState() == Qt.CheckState.Checked) or None
        if isinstance(widget, QgsDateEdit):
            return None if widget.isNull() else widget.date().toPyDate()
        if isinstance(widget, QComboBox) and widget.isEditable():
            return widget.currentText().strip() or None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        return widget.text().strip() or None

    def load(self):
        self.loaded = dict(self.store.get_problem(self.uuid))
        self.loaded.pop("geometry", None)
        for name in self.widgets:
            self.set_value(name, self.loaded.get(name))
        self.setWindowTitle(tr("Problem: {title}").format(title=text(self.loaded.get("title"))))
        self._fill_causes()

    def _fill_causes(self):
        self.cause_rows = self.store.causes(self.uuid)
        table = self.causes_table
        table.blockSignals(True)
        table.setRowCount(len(self.cause_rows))
        for row, cause in enumerate(self.cause_rows):
            number = QTableWidgetItem(str(cause.get("number")))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, number)
            table.setItem(row, 1, QTableWidgetItem(text(cause.get("text"))))
            table.setItem(row, 2, QTableWidgetItem(text(cause.get("evidence"))))
        table.resizeRowsToContents()
        table.blockSignals(False)

    def changes(self):
        def same(a, b):
            a, b = clean(a), clean(b)
            return (a in (None, "") and b in (None, "")) or (
                to_date(a) == to_date(b) if hasattr(a, "year") or hasattr(b, "year") else text(a) == text(b))

        return {n: self.value(n) for n in self.widgets if not same(self.loaded.get(n), self.value(n))}

    def cause_changes(self):
        out = []
        for row, cause in enumerate(self.cause_rows):
            edited = {"text": self.causes_table.item(row, 1).text().strip(),
                      "evidence": self.causes_table.item(row, 2).text().strip() or None}
            diff = {k: v for k, v in edited.items() if text(cause.get(k)) != text(v)}
            if diff:
                out.append((cause["uuid"], diff))
        return out

    def save(self):
        """Save the problem's fields and edited causes. Returns True when everything was saved."""
        self.message_bar.clearWidgets()
        changes, causes = self.changes(), self.cause_changes()
        if not changes and not causes:
            self.message_bar.pushInfo(tr("Nothing to save"), tr("The form has no changes."))
            return False
        try:
            if changes:
                self.store.save_problem(self.uuid, changes, self.loaded, self.user)
            for uuid, diff in causes:
                self.store.save_cause(uuid, diff)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not saved"), register_error_text(err))
            return False
        self.load()
        self.changed.emit()
        self.message_bar.pushSuccess(tr("Saved"), tr("The problem and its causes are saved."))
        return True

    def add_cause(self, cause_text, evidence=None):
        """Add a numbered cause at once (saved to the workspace); returns its uuid or None."""
        try:
            uuid = self.store.add_cause(self.uuid, {"text": cause_text, "evidence": evidence})
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Cause not added"), register_error_text(err))
            return None
        self._fill_causes()
        self.changed.emit()
        return uuid

    def _ask_cause(self):
        value, ok = QInputDialog.getMultiLineText(self, tr("New cause"), tr("Why can the problem happen here?"))
        if ok and value.strip():
            self.add_cause(value.strip())

    def _selected_cause(self):
        rows = self.causes_table.selectionModel().selectedRows()
        return self.cause_rows[rows[0].row()]["uuid"] if rows else None

    def delete_cause(self, uuid, force=False):
        from ..workspace.analysis import InUseError

        try:
            self.store.delete_cause(uuid, force=force)
        except InUseError as err:
            answer = QMessageBox.question(self, tr("Measures answer this cause"), tr(
                "These measures answer the cause: {titles}. Delete the cause and their links to it? The measures "
                "stay.").format(titles=", ".join(err.titles)))
            if answer == QMessageBox.StandardButton.Yes:
                return self.delete_cause(uuid, force=True)
            return False
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not deleted"), register_error_text(err))
            return False
        self._fill_causes()
        self.changed.emit()
        return True

    def delete_problem(self, force=False, confirm=True):
        """Delete this problem and its causes after asking; when measures answer a cause, ask again (their links go
        with it, the measures stay). Returns True when deleted."""
        from ..workspace.analysis import InUseError

        if confirm and not force and QMessageBox.question(
                self, tr("Delete problem"), tr("Delete the problem and its numbered causes?")) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store.delete_problem(self.uuid, force=force)
        except InUseError as err:
            if not confirm:
                self.message_bar.pushWarning(tr("Not deleted"), register_error_text(err))
                return False
            answer = QMessageBox.question(self, tr("Measures answer this problem"), tr(
                "These measures answer its causes: {titles}. Delete the problem and their links to it? The measures "
                "stay.").format(titles=", ".join(err.titles)))
            return answer == QMessageBox.StandardButton.Yes and self.delete_problem(force=True, confirm=False)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not deleted"), register_error_text(err))
            return False
        self.changed.emit()
        self.discard()
        return True

    def discard(self):
        super().reject()

    def _delete_selected(self):
        uuid = self._selected_cause()
        if uuid:
            self.delete_cause(uuid)

    def renumber(self):
        try:
            self.store.renumber_causes(self.uuid)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not renumbered"), register_error_text(err))
            return
        self._fill_causes()
        self.changed.emit()

    def _measure(self):
        uuid = self._selected_cause()
        if uuid and isinstance(self.parent(), ProblemsPanel):
            self.parent().new_measure_from_cause(uuid)


class GoalsDialog(QDialog):
    """The goal areas (code, title, period, owner) in one small table; saved row by row."""

    COLUMNS = ("code", "title", "start_year", "end_year", "owner")

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("goalsDialog")
        self.setWindowTitle(tr("Goal areas"))
        self.store = store
        self.resize(620, 360)
        layout = QVBoxLayout(self)
        self.message_bar = QgsMessageBar(self)
        layout.addWidget(self.message_bar)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr("Code"), tr("Goal area"), tr("From year"), tr("To year"),
                                              tr("Owner")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for label, slot in ((tr("Add goal area"), self.add_row), (tr("Delete"), self._delete_selected)):
            button = QToolButton(self)
            button.setText(label)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole).clicked.connect(self.save)
        buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self):
        self.rows = self.store.goals()
        self.table.setRowCount(0)
        for goal in self.rows:
            self.add_row(goal)

    def add_row(self, goal=None):
        row = self.table.rowCount()
        self.table.insertRow(row)
        goal = goal or {}
        for col, name in enumerate(self.COLUMNS):
            if name in ("start_year", "end_year"):
                spin = QSpinBox(self.table)
                spin.setRange(0, 2200)
                spin.setSpecialValueText("–")
                spin.setValue(int(clean(goal.get(name)) or 0))
                self.table.setCellWidget(row, col, spin)
            else:
                item = QTableWidgetItem(text(goal.get(name)))
                item.setData(Qt.ItemDataRole.UserRole, goal.get("uuid"))
                self.table.setItem(row, col, item)
        return row

    def set_row(self, row, values):
        for col, name in enumerate(self.COLUMNS):
            if name in values:
                if name in ("start_year", "end_year"):
                    self.table.cellWidget(row, col).setValue(int(values[name] or 0))
                else:
                    self.table.item(row, col).setText(text(values[name]))

    def row_values(self, row):
        out = {}
        for col, name in enumerate(self.COLUMNS):
            if name in ("start_year", "end_year"):
                out[name] = self.table.cellWidget(row, col).value() or None
            else:
                out[name] = self.table.item(row, col).text().strip() or None
        return out

    def save(self):
        """Write new and changed goal areas. Returns True when all were saved."""
        self.message_bar.clearWidgets()
        try:
            for row in range(self.table.rowCount()):
                uuid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
                values = self.row_values(row)
                if uuid is None:
                    if any(values.values()):
                        uuid = self.store.create_goal(values)
                        for col in range(len(self.COLUMNS)):
                            item = self.table.item(row, col)
                            if item is not None:
                                item.setData(Qt.ItemDataRole.UserRole, uuid)
                else:
                    stored = next((g for g in self.rows if g["uuid"] == uuid), {})
                    changes = {k: v for k, v in values.items() if text(stored.get(k)) != text(v)}
                    if changes:
                        self.store.save_goal(uuid, changes)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not saved"), register_error_text(err))
            return False
        self.load()
        self.message_bar.pushSuccess(tr("Saved"), tr("The goal areas are saved."))
        return True

    def _delete_selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        item = self.table.item(rows[0], 0)
        uuid = item.data(Qt.ItemDataRole.UserRole) if item else None
        if uuid is None:
            self.table.removeRow(rows[0])
            return
        try:
            self.store.delete_goal(uuid)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Not deleted"), register_error_text(err))
            return
        self.load()
