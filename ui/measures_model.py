"""The list of measures for the dock: a table model over ``MeasureStore.list_measures()`` and a filter proxy.

Everything the filters need (search text, overdue flag, dates) is computed once per row when the list loads, so a
filter keystroke is one pass over plain Python lists and a proxy invalidation — never a new query.
"""

import datetime

from qgis.PyQt.QtCore import QAbstractTableModel, QDate, QDateTime, QModelIndex, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ..core import vocabulary
from ..core.timeparse import as_date
from ..core.vocabulary import CLOSED_STATUSES, FOLLOW_UP_ORDER, OPEN_STATUSES
from ..i18n import tr

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
LABEL_ROLE = Qt.ItemDataRole.UserRole + 4  # the text of a cell shown as an icon only (follow-up)
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 5  # the second line of the two-line item: status · due · organization · area

STATUS_ORDER = {value: i for i, value in enumerate(vocabulary.STATUS_CODES)}
FOLLOW_UP_COLORS = vocabulary.FOLLOW_UP_COLOURS
OVERDUE_COLOR = QColor("#c0001a")

# column keys in display order
COLUMNS = ("follow_up", "title", "due_date", "status", "area", "responsible_org", "promise")
_STATUS, _DUE, _ORG, _AREA = (COLUMNS.index(k) for k in ("status", "due_date", "responsible_org", "area"))
SEARCH_FIELDS = ("title", "description", "cause", "category", "operational_goal", "indicator", "responsible_org",
                 "responsible_person", "partners", "area", "status_reason")


def column_titles():
    return {
        "title": tr("Measure"),
        "area": tr("Area"),
        "status": tr("Status"),
        "follow_up": tr("Follow-up"),
        "due_date": tr("Due"),
        "responsible_org": tr("Responsible"),
        "promise": tr("Citizen promise"),
    }


def is_null(value):
    """True for None and for a NULL QVariant as the QGIS API hands it out."""
    if value is None:
        return True
    is_null_method = getattr(value, "isNull", None)
    if callable(is_null_method) and not isinstance(value, (QDate, QDateTime)):
        try:
            return bool(is_null_method())
        except TypeError:
            return False
    return False


def clean(value):
    """A plain Python value: NULL → None, QDate → date, QDateTime → datetime; anything else unchanged."""
    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def to_date(value):
    """A ``datetime.date`` from a date, datetime, QDate, QDateTime or ISO string; None when empty or unreadable."""
    try:
        return as_date(clean(value))
    except ValueError:
        return None


def text(value):
    value = clean(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _str(value):
    """``text`` with a fast path for the str and None the store hands out."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value
    return text(value)


def _dot_icon(color):
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


_ICONS = {}


def follow_up_icon(value):
    """A round coloured marker for green/yellow/red (cached)."""
    if value not in FOLLOW_UP_COLORS:
        return None
    if value not in _ICONS:
        _ICONS[value] = _dot_icon(FOLLOW_UP_COLORS[value])
    return _ICONS[value]


def overdue_icon():
    if "overdue" not in _ICONS:
        from qgis.core import QgsApplication

        icon = QgsApplication.getThemeIcon("/mIconWarning.svg")
        _ICONS["overdue"] = icon if not icon.isNull() else _dot_icon(OVERDUE_COLOR.name())
    return _ICONS["overdue"]


class MeasuresTableModel(QAbstractTableModel):
    """Rows are measure dicts (schema fields + "fid"); columns are ``COLUMNS``. Read-only."""

    def __init__(self, parent=None, today=None):
        super().__init__(parent)
        self.today = today or datetime.date.today()
        self._titles = column_titles()
        self._rows = []
        self._display = []
        self._sort = []
        self._overdue = []
        self.search = []
        self.due = []
        self.updated = []
        self._promise_titles = {}
        self._by_uuid = {}
        self._by_fid = {}
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self.areas, self.orgs, self.statuses, self.promise_uuids, self.accepted = [], [], [], [], []

    # --- loading ----------------------------------------------------------------------------------------------
    # parallel per-row lists, permuted together when sorting
    _LISTS = ("_rows", "_display", "_sort", "_overdue", "search", "due", "updated", "areas", "orgs", "statuses",
              "promise_uuids", "accepted")

    def set_measures(self, measures, promises=(), today=None):
        """Replace all rows. ``promises`` (dicts with uuid/title) name the promise column."""
        from ..workspace.measures import overdue

        if today is not None:
            self.today = today
        self.beginResetModel()
        self._promise_titles = {p.get("uuid"): text(p.get("title")) for p in promises}
        self._rows = list(measures)
        for name in self._LISTS[1:]:
            setattr(self, name, [])
        status_order, follow_order = STATUS_ORDER.get, FOLLOW_UP_ORDER.get
        status_labels = dict(vocabulary.items("status", tr))
        follow_labels = dict(vocabulary.items("follow_up", tr))
        org_labels = dict(vocabulary.items("organization", tr))
        for measure in self._rows:
            get = measure.get
            due = to_date(get("due_date"))
            status = _str(get("status"))
            follow = _str(get("follow_up"))
            promise_uuid = clean(get("promise_uuid")) or None
            org = _str(get("responsible_org"))
            promise = self._promise_titles.get(promise_uuid, "")
            cells = {
                "title": _str(get("title")),
                "area": _str(get("area")),
                "status": status_labels.get(status, status),
                "follow_up": follow_labels.get(follow, follow),
                "due_date": due.isoformat() if due else "",
                "responsible_org": org_labels.get(org, org),
                "promise": promise,
            }
            keys = {"status": status_order(status, 99), "follow_up": follow_order(follow, 9),
                    "due_date": cells["due_date"] or "9999-99-99"}
            self._display.append(tuple(cells[key] for key in COLUMNS))
            self._sort.append(tuple(keys[key] if key in keys else cells[key].lower() for key in COLUMNS))
            self._overdue.append(bool(overdue(measure, self.today)))
            self.search.append(" ".join([_str(get(name)) for name in SEARCH_FIELDS]
                                        + [promise, cells["status"], cells["responsible_org"]]).lower())
            self.due.append(due)
            self.updated.append(to_date(get("updated_at")))
            self.areas.append(cells["area"])
            self.orgs.append(org)
            self.statuses.append(status)
            self.promise_uuids.append(promise_uuid)
            self.accepted.append(True)
        self._order_rows()
        self.endResetModel()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        """Sort the rows in Python (one key per row, no per-comparison calls back from Qt)."""
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_uuids = [self._rows[index.row()].get("uuid") for index in persistent]
        self._order_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self._by_uuid[uuid], index.column()) for uuid, index in zip(old_uuids, persistent)])
        self.layoutChanged.emit()

    def _order_rows(self):
        column = getattr(self, "_sort_column", -1)
        if column is not None and 0 <= column < len(COLUMNS) and self._rows:
            keys = self._sort
            permutation = sorted(range(len(keys)), key=lambda r: keys[r][column],
                                 reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            for name in self._LISTS:
                values = getattr(self, name)
                setattr(self, name, [values[r] for r in permutation])
        self._by_uuid = {m.get("uuid"): row for row, m in enumerate(self._rows)}
        self._by_fid = {int(m["fid"]): row for row, m in enumerate(self._rows) if m.get("fid") is not None}

    # --- lookups ----------------------------------------------------------------------------------------------
    def measure(self, row):
        return self._rows[row]

    def measures(self):
        return self._rows

    def row_of_uuid(self, uuid):
        return self._by_uuid.get(uuid, -1)

    def row_of_fid(self, fid):
        return self._by_fid.get(int(fid), -1)

    def is_overdue(self, row):
        return self._overdue[row]

    def status(self, row):
        return text(self._rows[row].get("status"))

    def distinct(self, name):
        """Sorted distinct non-empty values of a field (for the filter combos)."""
        values = {"area": self.areas, "responsible_org": self.orgs}.get(name)
        if values is None:
            values = [_str(m.get(name)) for m in self._rows]
        return sorted(set(values) - {""}, key=str.lower)

    # --- Qt model API -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if key == "follow_up" else self._titles[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._titles[key]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        key = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if key == "follow_up" else self._display[row][col]
        if role == LABEL_ROLE:
            return self._display[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == UUID_ROLE:
            return self._rows[row].get("uuid")
        if role == DETAIL_ROLE:
            cells = self._display[row]
            parts = [cells[_STATUS]]
            if cells[_DUE]:
                parts.append(tr("due {date}").format(date=cells[_DUE]))
            parts += [cells[_ORG], cells[_AREA]]
            return " · ".join(part for part in parts if part)
        if role == OVERDUE_ROLE:
            return self._overdue[row]
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue[row]:
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "follow_up":
                return follow_up_icon(text(self._rows[row].get("follow_up")))
            if key == "due_date" and self._overdue[row]:
                return overdue_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "follow_up":
                return self._display[row][col] or None
            if self._overdue[row]:
                return tr("Overdue: due {date} and not finished").format(
                    date=self._display[row][COLUMNS.index("due_date")])
            if key == "title":
                return text(self._rows[row].get("description")) or None
        return None


class MeasuresFilterProxy(QSortFilterProxyModel):
    """Filters by area, status, organization, promise, overdue, follow-up dates and free text.

    ``set_filters(...)`` computes the accepted rows in one pass over the model's per-row lists and invalidates once;
    ``filterAcceptsRow`` is then a list lookup. Sorting is delegated to the source model (sorted in Python), so a
    filter change never re-sorts through per-comparison calls.
    """

    NO_PROMISE = "__none__"
    NO_GOAL = "__no_goal__"
    OPEN = "__open__"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filters = {"text": "", "area": "", "status": "", "org": "", "promise": "", "overdue": False,
                        "due_before": None, "changed_since": None, "goal": "", "uuids": None}
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model):  # noqa: N802
        super().setSourceModel(model)
        model.modelReset.connect(self._recompute)  # after the proxy's own reset handling (connected first)
        self._recompute()

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        self.sourceModel().sort(column, order)

    def set_filters(self, **filters):
        unknown = set(filters) - set(self.filters)
        if unknown:
            raise ValueError(f"unknown filters: {sorted(unknown)}")
        self.filters.update(filters)
        self._recompute()

    def _recompute(self):
        model = self.sourceModel()
        if model is None:
            return
        f = self.filters
        n = model.rowCount()
        accepted = [True] * n
        needles = [word for word in (f["text"] or "").lower().split() if word]

        def keep(test):
            for row in range(n):
                if accepted[row] and not test(row):
                    accepted[row] = False

        if needles:
            search = model.search
            keep(lambda r: all(word in search[r] for word in needles))
        if f["area"]:
            keep(lambda r: model.areas[r] == f["area"])
        if f["org"]:
            keep(lambda r: model.orgs[r] == f["org"])
        if f["status"] == self.OPEN:
            keep(lambda r: model.statuses[r] in OPEN_STATUSES)
        elif f["status"]:
            keep(lambda r: model.statuses[r] == f["status"])
        if f["promise"] == self.NO_PROMISE:
            keep(lambda r: not model.promise_uuids[r])
        elif f["promise"]:
            keep(lambda r: model.promise_uuids[r] == f["promise"])
        if f["goal"] == self.NO_GOAL:
            keep(lambda r: not model.measure(r).get("goal_uuid"))
        elif f["goal"]:
            keep(lambda r: model.measure(r).get("goal_uuid") == f["goal"])
        if f["uuids"] is not None:  # e.g. the measures answering one problem's causes
            keep(lambda r: model.measure(r).get("uuid") in f["uuids"])
        if f["overdue"]:
            keep(model.is_overdue)
        if f["due_before"] is not None:
            day = f["due_before"]
            keep(lambda r: model.due[r] is not None and model.due[r] <= day
                 and model.statuses[r] not in CLOSED_STATUSES)
        if f["changed_since"] is not None:
            day = f["changed_since"]
            keep(lambda r: model.updated[r] is not None and model.updated[r] >= day)
        model.accepted = accepted
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        accepted = self.sourceModel().accepted
        return source_row < len(accepted) and accepted[source_row]

    def visible_measures(self):
        """The measures shown, in the order shown."""
        model = self.sourceModel()
        return [model.measure(self.mapToSource(self.index(r, 0)).row()) for r in range(self.rowCount())]
