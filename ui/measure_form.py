"""The detail form of one measure: Brå's action-plan columns as sections, linked features, and the history.

Saving goes through ``MeasureStore.save`` with the version the form loaded. When someone else saved in between, the
store refuses (``ConflictError``): the form says who and when, keeps the user's edits, and offers a reload.
"""

import datetime
import os

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsDateEdit, QgsMessageBar
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QDoubleValidator
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
)

from ..core import vocabulary
from ..core.vocabulary import REASON_STATUSES
from ..i18n import N_, tr
from ..workspace.schema import layer as layer_spec
from .errors import register_error_text, validation_text
from .measures_model import clean, text, to_date


def _author(login, name):
    """Who made a change: the display name beside the database login where the store keeps both (PostGIS)."""
    login, name = text(login), text(name)
    if name and login and name != login:
        return "{} ({})".format(name, login)
    return login or name


def _who(err):
    return _author(getattr(err, "changed_by", ""), getattr(err, "changed_by_name", "")) or tr("someone")

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "measure_form.ui"))

# Brå's action-plan columns, in order, and the fields each holds
SECTIONS = (
    (N_("Cause"), ("cause", "category")),
    (N_("Measure"), ("title", "description", "kind", "recurrence", "area", "promise_uuid", "priority")),
    (N_("Operational goal"), ("goal_uuid", "operational_goal", "indicator", "effect_horizon")),
    (N_("When"), ("planned_start", "due_date", "done_date")),
    (N_("Who"), ("responsible_org", "responsible_person", "responsible_contact", "partners")),
    (N_("Follow-up"), ("status", "status_reason", "follow_up", "effort_planned", "effort_actual")),
)
EDITABLE = tuple(name for _title, names in SECTIONS for name in names)
COMBO_EDITABLE = ("area", "responsible_org", "category")
# the form's field labels (English source; the stored layer aliases are the workspace's own)
FIELD_LABELS = {
    "cause": N_("Cause"), "category": N_("Category"), "title": N_("Measure"), "description": N_("Description"),
    "kind": N_("Situational/social"), "recurrence": N_("One-off/ongoing"), "area": N_("Area"),
    "promise_uuid": N_("Citizen promise"), "goal_uuid": N_("Goal area"), "priority": N_("Priority"),
    "operational_goal": N_("Operational goal"),
    "indicator": N_("Indicator"), "effect_horizon": N_("Expected effect"), "planned_start": N_("Planned start"),
    "due_date": N_("Due by"), "done_date": N_("Date done"), "responsible_org": N_("Responsible organization"),
    "responsible_person": N_("Responsible person"), "responsible_contact": N_("Contact details"),
    "partners": N_("Partners"), "status": N_("Status"), "status_reason": N_("Reason for the status"),
    "follow_up": N_("Follow-up"), "effort_planned": N_("Planned effort (hours)"),
    "effort_actual": N_("Actual effort (hours)"), "version": N_("Version"), "updated_at": N_("Changed"),
    "updated_by": N_("Changed by"), "created_at": N_("Created"),
}
# editable combos whose known codes are shown as labels (the code is stored; free text stays as typed)
COMBO_VOCABULARY = {"responsible_org": "organization", "category": "incident_category"}


def field_label(name):
    """The translated label of a measures field (its name when it has none)."""
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def user_name():
    """Who is editing: the OS user's full name, else the login name."""
    return QgsApplication.userFullName() or QgsApplication.userLoginName() or "okänd"


def _same(a, b):
    """Compare a stored value with a form value: NULL == "", dates by day, numbers by value."""
    a, b = clean(a), clean(b)
    if a in (None, "") and b in (None, ""):
        return True
    if a in (None, "") or b in (None, ""):
        return False
    if isinstance(a, (datetime.date, datetime.datetime)) or isinstance(b, (datetime.date, datetime.datetime)):
        return to_date(a) == to_date(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return text(a) == text(b)


class MeasureForm(QDialog, FORM_CLASS):
    """Non-modal dialog editing one measure of ``store``. ``link_provider()`` returns link dicts for the map's
    current selection; ``show_links(links)`` zooms to and flashes link geometries (both optional, from the dock)."""

    saved = pyqtSignal(str, int)  # uuid, new version

    def __init__(self, store, uuid, user=None, parent=None, link_provider=None, show_links=None, known=None):
        super().__init__(parent)
        self.setupUi(self)
        self.store = store
        self.uuid = uuid
        self.user = user or user_name()
        self.link_provider = link_provider
        self.show_links = show_links
        self.known = known or {}
        self.conflict = None
        self.loaded = {}
        self.version = None
        self.spec = layer_spec("measures")
        self.widgets = {}
        self.labels = {}
        self.setWindowTitle(tr("Measure"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        self.message_bar = QgsMessageBar(self)
        self.message_bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.mainLayout.insertWidget(0, self.message_bar)

        self._build_sections()
        self.tabs.setTabText(0, tr("Action plan"))
        self.tabs.setTabText(1, tr("Linked features"))
        self.tabs.setTabText(2, tr("History"))
        self.noteLabel.setText(tr("Note for the log:"))
        self.noteEdit.setPlaceholderText(tr("Why the change (optional)"))
        self.addLinksButton.setText(tr("Link selected features"))
        self.addLinksButton.setToolTip(tr("Link the features selected in the active layer to this measure"))
        self.showLinksButton.setText(tr("Show on map"))
        self.addLinksButton.clicked.connect(self.link_selection)
        self.showLinksButton.clicked.connect(self._show_links)
        self.addLinksButton.setEnabled(link_provider is not None)
        self.showLinksButton.setEnabled(show_links is not None)
        for table in (self.linksTable, self.historyTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.linksTable.setColumnCount(2)
        self.linksTable.setHorizontalHeaderLabels([tr("Layer"), tr("Feature")])
        self.historyTable.setColumnCount(6)
        self.historyTable.setHorizontalHeaderLabels(
            [tr("When"), tr("By"), tr("What"), tr("Old value"), tr("New value"), tr("Note")])
        self.historyTable.setWordWrap(True)

        self.save_button = self.buttonBox.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button = self.buttonBox.addButton(tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        self.close_button = self.buttonBox.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.load()

    # --- building -----------------------------------------------------------------------------------------------
    def _build_sections(self):
        promises = self.known.get("promises", [])
        for number, (title, names) in enumerate(SECTIONS, start=1):
            box = QGroupBox(f"{number}. {tr(title)}", self.sectionsWidget)
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for name in names:
                field = self.spec.field(name)
                widget = self._make_widget(field, promises)
                widget.setObjectName("field_" + name)
                label = QLabel(field_label(name), box)
                label.setBuddy(widget)
                self.widgets[name] = widget
                self.labels[name] = label
                layout.addRow(label, widget)
            self.sectionsLayout.addWidget(box)
        self.causes_list = None
        if self.known.get("causes") is not None:  # the numbered causes of the cause analysis this measure answers
            box = self.sectionsWidget.findChildren(QGroupBox)[0]
            self.causes_list = QListWidget(box)
            self.causes_list.setObjectName("causesList")
            for cause in self.known["causes"]:
                item = QListWidgetItem("{}: {}. {}".format(text(cause.get("problem_title")), cause.get("number"),
                                                           text(cause.get("text"))), self.causes_list)
                item.setData(Qt.ItemDataRole.UserRole, cause["uuid"])
                item.setToolTip(item.text())
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.causes_list.setMaximumHeight(self.causes_list.fontMetrics().lineSpacing() * 5 + 16)
            label = QLabel(tr("Answers the causes"), box)
            label.setBuddy(self.causes_list)
            self.labels["_causes"] = label
            box.layout().insertRow(0, label, self.causes_list)
        self.sectionsLayout.addStretch(1)
        width = max(label.sizeHint().width() for label in self.labels.values())
        for label in self.labels.values():  # one label column across all sections
            label.setMinimumWidth(width)
        self.labels["title"].setText(field_label("title") + " *")
        self.widgets["status_reason"].setPlaceholderText(tr("Required for the statuses Cancelled and Not relevant"))
        self.widgets["status"].currentIndexChanged.connect(self._status_changed)

    def _make_widget(self, field, promises):
        parent = self.sectionsWidget
        if field.name == "goal_uuid":
            combo = QComboBox(parent)
            combo.addItem(tr("(no goal area)"), None)
            for goal in self.known.get("goals") or []:
                combo.addItem(" ".join(x for x in (text(goal.get("code")), text(goal.get("title"))) if x),
                              goal.get("uuid"))
            return combo
        if field.name == "promise_uuid":
            combo = QComboBox(parent)
            combo.addItem(tr("(no citizen promise)"), None)
            for promise in promises:
                combo.addItem(text(promise.get("title")), promise.get("uuid"))
            return combo
        if field.values:
            combo = QComboBox(parent)
            combo.addItem("", None)
            for value, label in field.values:
                combo.addItem(tr(label), value)
            return combo
        if field.name in COMBO_EDITABLE:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItem("", None)
            kind = COMBO_VOCABULARY.get(field.name)
            known = [(vocabulary.label(kind, v, tr), v) for v in vocabulary.codes(kind)] if kind else []
            shown = {code for _label, code in known}
            known += [(v, v) for v in self.known.get(field.name, []) if v not in shown]
            for label, value in known:
                combo.addItem(label, value)
            return combo
        if field.range:
            combo = QComboBox(parent)
            combo.addItem("", None)
            for value in range(field.range[0], field.range[1] + 1):
                combo.addItem(str(value), value)
            return combo
        if field.type == "date":
            edit = QgsDateEdit(parent)
            edit.setAllowNull(True)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.clear()
            return edit
        if field.type == "text":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(max(56, edit.fontMetrics().lineSpacing() * 3 + 14))
            return edit
        edit = QLineEdit(parent)
        if field.type == "real":
            edit.setValidator(QDoubleValidator(0.0, 1e9, 2, edit))
        elif field.length:
            edit.setMaxLength(field.length)
        return edit

    # --- values -------------------------------------------------------------------------------------------------
    def set_value(self, name, value):
        widget = self.widgets[name]
        value = clean(value)
        if isinstance(widget, QgsDateEdit):
            day = to_date(value)
            if day is None:
                widget.clear()
            else:
                widget.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(widget, QComboBox) and widget.isEditable():
            index = widget.findData(value) if value not in (None, "") else -1
            if index >= 0:
                widget.setCurrentIndex(index)
            else:
                widget.setCurrentText(text(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value not in (None, "") else 0
            if index < 0:  # a value outside the list (e.g. a promise from another workspace): keep it visible
                widget.addItem(text(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text(value))
        else:
            widget.setText(text(value))

    def value(self, name):
        widget = self.widgets[name]
        field = self.spec.field(name)
        if isinstance(widget, QgsDateEdit):
            return None if widget.isNull() else widget.date().toPyDate()
        if isinstance(widget, QComboBox) and widget.isEditable():
            typed = widget.currentText().strip()
            index = widget.findText(typed, Qt.MatchFlag.MatchFixedString)
            data = widget.itemData(index) if index >= 0 else None
            return data if data not in (None, "") else (typed or None)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip() or None
        raw = widget.text().strip()
        if not raw:
            return None
        if field.type == "real":
            try:
                return float(raw.replace(",", "."))
            except ValueError:
                return raw  # the store refuses it with a ValidationError naming the field
        return raw

    def values(self):
        return {name: self.value(name) for name in EDITABLE}

    def changes(self):
        """Fields whose form value differs from the loaded measure."""
        return {name: value for name, value in self.values().items() if not _same(self.loaded.get(name), value)}

    def _status_changed(self):
        status = self.value("status")
        needs_reason = status in REASON_STATUSES
        font = self.labels["status_reason"].font()
        font.setBold(needs_reason)
        self.labels["status_reason"].setFont(font)
        if status == "genomford" and self.value("done_date") is None and self.loaded:
            self.set_value("done_date", datetime.date.today())

    # --- store --------------------------------------------------------------------------------------------------
    def load(self):
        """(Re)read the measure, its links and log from the store; discards unsaved edits."""
        self.loaded = dict(self.store.get(self.uuid))
        self.version = int(clean(self.loaded.get("version")) or 1)
        loaded, self.loaded = self.loaded, {}
        for name in EDITABLE:
            self.set_value(name, loaded.get(name))
        self.loaded = loaded
        self._status_changed()
        self.noteEdit.clear()
        self.conflict = None
        title = text(loaded.get("title")) or tr("Measure")
        self.setWindowTitle(tr("Measure: {title}").format(title=title))
        self.headerLabel.setText(tr("<b>{title}</b><br>Version {version}, last changed {when} by {who}").format(
            title=_html(title), version=self.version, when=_html(text(loaded.get("updated_at")) or "–"),
            who=_html(_author(loaded.get("updated_by"), loaded.get("updated_by_name")) or "–")))
        self._load_causes()
        self._fill_links()
        self._fill_history()

    def _load_causes(self):
        self.loaded_causes = set()
        if self.causes_list is None:
            return
        self.loaded_causes = {c["uuid"] for c in self.store.causes_of_measure(self.uuid)}
        for i in range(self.causes_list.count()):
            item = self.causes_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in self.loaded_causes
                               else Qt.CheckState.Unchecked)

    def checked_causes(self):
        """The uuids of the causes ticked in the form (None when the workspace has no cause analysis)."""
        if self.causes_list is None:
            return None
        return {self.causes_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.causes_list.count())
                if self.causes_list.item(i).checkState() == Qt.CheckState.Checked}

    def set_causes(self, uuids):
        for i in range(self.causes_list.count()):
            item = self.causes_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in set(uuids)
                               else Qt.CheckState.Unchecked)

    def _causes_changed(self):
        checked = self.checked_causes()
        return checked is not None and checked != self.loaded_causes

    def reload(self):
        self.message_bar.clearWidgets()
        try:
            self.load()
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushCritical(tr("Cannot open the measure"), register_error_text(err))

    def _fill_links(self):
        self.link_rows = list(self.store.links(self.uuid))
        self.linksTable.setRowCount(len(self.link_rows))
        for row, link in enumerate(self.link_rows):
            feature = text(link.get("feature_uuid")) or tr("fid {fid}").format(fid=text(link.get("feature_fid")))
            self.linksTable.setItem(row, 0, QTableWidgetItem(text(link.get("layer_name"))))
            self.linksTable.setItem(row, 1, QTableWidgetItem(feature))
        self.tabs.setTabText(1, tr("Linked features ({n})").format(n=len(self.link_rows)))

    def _fill_history(self):
        log_spec = layer_spec("measure_log")
        actions = {code: tr(label) for code, label in log_spec.field("action").values}
        entries = list(self.store.log(self.uuid))
        self.history_rows = entries
        self.historyTable.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            action = text(entry.get("action"))
            what = actions.get(action, action)
            field = text(entry.get("field"))
            if field:
                what = f"{what}: {field_label(field)}"
            author = _author(entry.get("changed_by"), entry.get("changed_by_name"))
            cells = (text(entry.get("changed_at")), author, what,
                     self._show_value(field, entry.get("old_value")), self._show_value(field, entry.get("new_value")),
                     text(entry.get("note")))
            for col, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.historyTable.setItem(row, col, item)
        self.historyTable.resizeColumnsToContents()
        header = self.historyTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in range(3, 6):
            header.resizeSection(col, min(header.sectionSize(col), 160))
        self.tabs.setTabText(2, tr("History ({n})").format(n=len(entries)))

    def _show_value(self, field, value):
        value = text(value)
        if field and value:
            try:
                labels = {code: tr(label) for code, label in self.spec.field(field).values}
            except StopIteration:
                labels = {}
            kind = COMBO_VOCABULARY.get(field)
            return vocabulary.label(kind, value, tr) if kind else labels.get(value, value)
        return value

    def save(self):
        """Save the edits with the loaded version. Returns True when saved."""
        from ..workspace.measures import ConflictError, ValidationError

        self.message_bar.clearWidgets()
        changes = self.changes()
        causes_changed = self._causes_changed()
        if not changes and not causes_changed:
            self.message_bar.pushInfo(tr("Nothing to save"), tr("The form has no changes."))
            return False
        try:  # the register validates (title, reason for a status, values, dates); the form only explains
            version = self.version
            if changes:
                version = self.store.save(self.uuid, changes, expected_version=self.version, user=self.user,
                                          note=self.noteEdit.text().strip())
            if causes_changed:
                self.store.set_measure_causes(self.uuid, sorted(self.checked_causes()))
        except ConflictError as err:
            self._show_conflict(err)
            return False
        except ValidationError as err:
            self._invalid(err.field, self._validation_text(err))
            return False
        except Exception as err:  # noqa: BLE001 - any register or provider error reaches the user as a sentence
            self.message_bar.pushCritical(tr("Not saved"), register_error_text(err))
            return False
        try:
            self.load()
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushWarning(tr("Saved, but not shown"), register_error_text(err))
        self.message_bar.pushSuccess(tr("Saved"), tr("Version {version}.").format(version=version))
        self.saved.emit(self.uuid, int(version))
        return True

    def _validation_text(self, err):
        field = getattr(err, "field", "") or ""
        alias = field_label(field)
        code = getattr(err, "code", "")
        if code == "reason_required":
            return tr("The status {status} needs a reason: fill in {field}.").format(
                status=self.widgets["status"].currentText(), field=alias)
        return validation_text(err)

    def _invalid(self, field, message):
        self.message_bar.pushWarning(tr("Not saved"), message)
        widget = self.widgets.get(field)
        if widget is not None:
            self.tabs.setCurrentIndex(0)
            self.scrollArea.ensureWidgetVisible(widget)
            widget.setFocus()

    def _show_conflict(self, err):
        self.conflict = err
        message = tr("{who} saved this measure at {when} (now version {version}) after you opened it. Nothing was "
                     "saved and your edits are still in the form. Reload to see the new version (your edits are "
                     "discarded), or note your edits first.").format(
            who=_who(err),
            when=text(getattr(err, "changed_at", "")) or "?", version=getattr(err, "current_version", "?"))
        item = self.message_bar.createMessage(tr("Changed by someone else"), message)
        button = QPushButton(tr("Reload"), item)
        button.setObjectName("conflictReloadButton")
        button.clicked.connect(self.reload)
        item.layout().addWidget(button)
        self.message_bar.pushWidget(item, Qgis.MessageLevel.Critical)

    # --- links --------------------------------------------------------------------------------------------------
    def link_selection(self):
        if self.link_provider is None:
            return
        links = self.link_provider()
        if not links:
            self.message_bar.pushWarning(tr("Nothing selected"),
                                         tr("Select features in the active layer first."))
            return
        try:
            self.store.add_links(self.uuid, links, self.user)
        except Exception as err:  # noqa: BLE001
            self.message_bar.pushCritical(tr("Not linked"), register_error_text(err))
            return
        self._fill_links()
        self._fill_history()
        self.message_bar.pushSuccess(tr("Linked"), tr("{n} features linked.").format(n=len(links)))

    def _show_links(self):
        if self.show_links is not None:
            self.show_links(self.uuid)

    def focus_title(self):
        """Put the cursor in the title with its text selected (a new measure's title is a placeholder)."""
        self.tabs.setCurrentIndex(0)
        self.widgets["title"].setFocus()
        self.widgets["title"].selectAll()

    def discard(self):
        """Close without asking, dropping unsaved edits."""
        super().reject()

    def reject(self):
        if self.changes() or self._causes_changed():
            answer = QMessageBox.question(
                self, tr("Unsaved changes"), tr("Close without saving your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _html(value):
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
