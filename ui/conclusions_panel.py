"""The "Slutsatser" view of the measures dock: the analyst's conclusions per area and report period, written here
and printed as written in the lägesbild. It talks to ``workspace.analysis.RegisterStore`` only (through the dock);
an edit is never lost: switching area or row, closing the dock, switching workspace or quitting QGIS with unsaved
text asks to save, discard or stay (``may_leave``, the one question the dock asks for it)."""

import datetime

from qgis.core import Qgis
from qgis.gui import QgsDateEdit, QgsMessageBar
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import analysis
from ..i18n import tr
from ..workspace.measures import ValidationError
from .errors import register_error_text
from .measures_model import text, to_date

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_period(today=None):
    """The last twelve whole months before ``today``'s month: (first day, last day) as dates."""
    today = today or datetime.date.today()
    first_this_month = today.replace(day=1)
    end = first_this_month - datetime.timedelta(days=1)
    return first_this_month.replace(year=first_this_month.year - 1), end


def _qdate(day):
    return QDate(day.year, day.month, day.day)


class ConclusionsPanel(QWidget):
    """The conclusions tab. ``dock`` is the MeasuresDock (store, user)."""

    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self.setObjectName("conclusionsPanel")
        self.dock = dock
        self.rows = []
        self.loaded = None  # (area, start, end, text) as last read or saved: the editor differs → unsaved
        self.current_uuid = None
        self._area = None
        self._store = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.message_bar = QgsMessageBar(self)
        self.message_bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.message_bar)

        top = QFormLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("conclusionsAreaCombo")
        self.area_combo.setToolTip(tr("The focus area the conclusions concern"))
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        top.addRow(tr("Area"), self.area_combo)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("conclusionsList")
        self.list.setToolTip(tr("The conclusions written for the area, one per report period; pick one to edit it"))
        self.list.setWordWrap(False)  # two lines per row (period and author, first line), each cut at the width
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        editor = QWidget(splitter)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(4)
        period = QHBoxLayout()
        self.start_edit = QgsDateEdit(editor)
        self.start_edit.setObjectName("conclusionsStart")
        self.start_edit.setAllowNull(False)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.end_edit = QgsDateEdit(editor)
        self.end_edit.setObjectName("conclusionsEnd")
        self.end_edit.setAllowNull(False)
        self.end_edit.setDisplayFormat("yyyy-MM-dd")
        period.addWidget(QLabel(tr("Period"), editor))
        period.addWidget(self.start_edit, 1)
        period.addWidget(QLabel("–", editor))
        period.addWidget(self.end_edit, 1)
        editor_layout.addLayout(period)
        self.editor = QPlainTextEdit(editor)
        self.editor.setObjectName("conclusionsText")
        self.editor.setPlaceholderText(tr("What the analysis shows for the area in this period, as it is to be "
                                          "printed in the report"))
        editor_layout.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New period"), editor)
        self.new_button.setObjectName("newConclusionButton")
        self.new_button.setToolTip(tr("Write conclusions for another report period (the last twelve whole months "
                                      "to begin with)"))
        self.new_button.clicked.connect(lambda _checked=False: self.new_period())
        self.delete_button = QPushButton(tr("Delete"), editor)
        self.delete_button.setObjectName("deleteConclusionButton")
        self.delete_button.setToolTip(tr("Delete the conclusions shown (after asking)"))
        self.delete_button.clicked.connect(lambda _checked=False: self.delete())
        self.save_button = QPushButton(tr("Save"), editor)
        self.save_button.setObjectName("saveConclusionButton")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._set_enabled()

    # --- data -------------------------------------------------------------------------------------------------------
    def store(self):
        store = self.dock.store
        return store if store is not None and hasattr(store, "conclusions") else None

    def notify(self, level, title, message):
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(title, message, level, 8 if level == Qgis.MessageLevel.Success else 0)

    def _set_enabled(self):
        on = self.store() is not None and bool(self.area())
        for widget in (self.list, self.start_edit, self.end_edit, self.editor, self.new_button, self.save_button):
            widget.setEnabled(on)
        self._update_delete()

    def _update_delete(self):
        """Delete is for a stored row only (a new text has nothing to delete)."""
        self.delete_button.setEnabled(self.store() is not None and bool(self.area()) and self.current_uuid is not None)

    def area(self):
        return self.area_combo.currentData() or None

    def reload(self):
        """Re-read the areas and the area's rows. Unsaved text stays in the editor (only the list is refreshed)."""
        store = self.store()
        same_store = store is self._store
        keep = self.is_dirty() and same_store  # unsaved text never moves to another workspace
        self._store = store
        area = self.area()
        names = []
        if store is not None:
            try:
                names = list(store.area_names("focus")) if hasattr(store, "area_names") else []
                names += sorted({text(r.get("area")) for r in store.conclusions()} - set(names) - {""})
            except Exception as err:  # noqa: BLE001
                self.notify(Qgis.MessageLevel.Critical, tr("Cannot read the conclusions"), register_error_text(err))
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        for name in names:
            self.area_combo.addItem(name, name)
        if area in names:
            self.area_combo.setCurrentIndex(names.index(area))
        self.area_combo.blockSignals(False)
        self._area = self.area()
        if store is None:
            self.status_label.setText(tr("This workspace has no conclusions register yet.") if self.dock.store else "")
        elif not names:
            self.status_label.setText(tr("The workspace has no focus areas."))
        if store is not None and same_store and self._area == area and self.loaded is not None:
            self._fill_list(select=self.current_uuid, load=not keep)  # the row shown stays shown
        else:
            self._show_area()
        self._set_enabled()

    def _read_rows(self):
        store, area = self.store(), self.area()
        if store is None or not area:
            return []
        try:
            return store.conclusions(area)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Cannot read the conclusions"), register_error_text(err))
            return []

    def _fill_list(self, select=None, load=True):
        self.rows = self._read_rows()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            first = next((line for line in text(row.get("text")).splitlines() if line.strip()), "")
            head = "{} – {}".format(text(to_date(row.get("period_start"))) or "…",
                                    text(to_date(row.get("period_end"))) or "…")
            who = text(row.get("written_by"))
            item = QListWidgetItem("{}{}\n{}".format(head, " · " + who if who else "", first))
            item.setData(UUID_ROLE, row["uuid"])
            item.setToolTip(text(row.get("text")))
            self.list.addItem(item)
        index = next((i for i, r in enumerate(self.rows) if r["uuid"] == select), -1)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self.status_label.setText(tr("Conclusions written for {area}: {n}").format(n=len(self.rows), area=self.area())
                                  if self.area() else "")
        if load:
            self._load(self.rows[index] if index >= 0 else None)

    def _show_area(self):
        """The area's rows, the one the report would print for the last twelve whole months selected (or a new,
        empty text for that period when none overlaps it)."""
        self.rows = self._read_rows()
        start, end = default_period()
        chosen = analysis.choose_conclusion(self.rows, self.area(), start.isoformat(),
                                            (end + datetime.timedelta(days=1)).isoformat()) if self.rows else None
        self._fill_list(select=chosen["uuid"] if chosen else None)

    def _load(self, row):
        """Show a stored row in the editor, or (None) an empty text for the last twelve whole months."""
        if row is None:
            start, end = default_period()
            body = ""
            self.current_uuid = None
        else:
            start = to_date(row.get("period_start")) or default_period()[0]
            end = to_date(row.get("period_end")) or default_period()[1]
            body = text(row.get("text"))
            self.current_uuid = row["uuid"]
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))
        self.editor.setPlainText(body)
        self.loaded = self.values()
        self._update_delete()

    def values(self):
        """(area, period start, period end, text) as shown in the editor."""
        return (self.area(), to_date(self.start_edit.date()), to_date(self.end_edit.date()),
                self.editor.toPlainText())

    def is_dirty(self):
        return self.loaded is not None and self.area() is not None and self.values()[1:] != self.loaded[1:]

    # --- the guard against lost text -----------------------------------------------------------------------------
    def ask_unsaved(self, can_stay=True):
        """Save, Discard or (when ``can_stay``) Cancel for the unsaved text (a question to the user)."""
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        if can_stay:
            buttons |= QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved conclusions"),
                          tr("The conclusions for {area} have changes that are not saved.").format(area=self._area),
                          buttons, self)
        box.setObjectName("unsavedConclusionsBox")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box.exec()

    def may_leave(self, can_stay=True):
        """True when the editor may show something else (or the dock close, the workspace change, QGIS quit):
        nothing unsaved, saved now, or discarded (the stored text is shown again). ``can_stay`` False: what comes
        next cannot be stopped (the project is being closed), so the question offers only Save and Discard."""
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved(can_stay)
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        if answer == QMessageBox.StandardButton.Discard:
            self._load(next((r for r in self.rows if r["uuid"] == self.current_uuid), None))
            return True
        return False

    def _area_changed(self, _index):
        new = self.area()
        if new == self._area:
            return
        if self.loaded is not None and self._area is not None:
            self.area_combo.blockSignals(True)  # the question is about the area still shown
            previous = self.area_combo.findData(self._area)
            self.area_combo.setCurrentIndex(previous)
            leave = self.may_leave()
            self.area_combo.setCurrentIndex(self.area_combo.findData(new) if leave else previous)
            self.area_combo.blockSignals(False)
            if not leave:
                return
        self._area = new
        self._show_area()
        self._set_enabled()

    def _row_changed(self, index):
        uuid = self.rows[index]["uuid"] if 0 <= index < len(self.rows) else None
        if uuid == self.current_uuid:
            return
        if not self.may_leave():
            back = next((i for i, r in enumerate(self.rows) if r["uuid"] == self.current_uuid), -1)
            self.list.blockSignals(True)
            self.list.setCurrentRow(back)
            self.list.blockSignals(False)
            return
        self._fill_list(select=uuid)  # re-read: a save above may have changed the rows

    def select_row(self, uuid):
        """Pick the stored row ``uuid`` of the current area (as a click in the list does)."""
        index = next((i for i, r in enumerate(self.rows) if r["uuid"] == uuid), -1)
        self.list.setCurrentRow(index)
        return self.current_uuid == uuid

    def set_area(self, area):
        """Show ``area`` (as choosing it in the list does); False when the user stays."""
        self.area_combo.setCurrentIndex(self.area_combo.findData(area))
        return self.area() == area

    def new_period(self):
        """An empty text for the last twelve whole months (after the unsaved-text question)."""
        if not self.may_leave():
            return False
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._load(None)
        return True

    # --- save and delete -----------------------------------------------------------------------------------------
    def save(self):
        """Write the text for the area and period: a stored row being edited is changed in place (also its dates),
        keyed by its uuid; a new text makes a new row. The uuid, or None when refused (with the reason shown)."""
        store = self.store()
        area, start, end, body = self.values()
        if store is None or not area:
            return None
        try:
            if self.current_uuid is None and any(
                    (to_date(r.get("period_start")), to_date(r.get("period_end"))) == (start, end)
                    for r in store.conclusions(area)):
                taken = ValidationError("period_start", "period_taken")  # a new text never overwrites a stored one
                taken.table = "conclusions"
                raise taken
            uuid = store.save_conclusion(area, start, end, body, getattr(self.dock, "user", None),
                                         uuid=self.current_uuid)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Warning, tr("Conclusions not saved"), register_error_text(err))
            return None
        self.current_uuid = uuid
        self.loaded = self.values()
        self._update_delete()
        self._fill_list(select=uuid, load=False)
        self.notify(Qgis.MessageLevel.Success, tr("Saved"), tr("The conclusions for {area}, {start} – {end}, are "
                                                               "saved.").format(area=area, start=start, end=end))
        return uuid

    def ask_delete(self):
        """Yes or No: delete the conclusions shown (a question to the user)."""
        _area, start, end, _body = self.loaded or self.values()
        box = QMessageBox(QMessageBox.Icon.Question, tr("Delete conclusions"),
                          tr("Delete the conclusions for {area}, {start} – {end}? They are removed from the workspace "
                             "and no longer printed in the report.").format(area=self._area, start=start, end=end),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("deleteConclusionBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec()

    def delete(self, confirm=True):
        """Delete the stored row shown (after asking when ``confirm``): True when deleted. The area's other rows stay;
        the editor then shows the row the report would print, or a new empty text."""
        store, uuid = self.store(), self.current_uuid
        if store is None or uuid is None:
            return False
        if confirm and self.ask_delete() != QMessageBox.StandardButton.Yes:
            return False
        try:
            store.delete_conclusion(uuid)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Warning, tr("Conclusions not deleted"), register_error_text(err))
            return False
        _area, start, end, _body = self.loaded
        self.current_uuid = None
        self.loaded = None
        self._show_area()
        self._set_enabled()
        self.notify(Qgis.MessageLevel.Success, tr("Deleted"), tr("The conclusions for {area}, {start} – {end}, are "
                                                                 "deleted.").format(area=self.area(), start=start,
                                                                                    end=end))
        return True
