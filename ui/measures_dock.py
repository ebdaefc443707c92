"""The "Åtgärder" dock: the measures register of the current workspace, tied to the map.

It lists measures (sortable, filterable without re-querying), creates measures from the selected features of any
layer, keeps list and map selection in step, zooms to and flashes a measure's features, opens the detail form, and
exports the action plan in Brå's column order. It talks to ``workspace.measures.MeasureStore`` only.
"""

import datetime
import os

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsApplicationExitBlockerInterface,
    QgsDatabaseSchemaComboBox,
    QgsDockWidget,
    QgsMessageBar,
    QgsMessageBarItem,
    QgsProviderConnectionComboBox,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import vocabulary
from ..i18n import tr
from .conclusions_panel import ConclusionsPanel
from .errors import register_error_text
from .measure_delegate import TwoLineDelegate, row_height
from .measure_form import MeasureForm, user_name
from .measures_model import (
    COLUMNS,
    UUID_ROLE,
    MeasuresFilterProxy,
    MeasuresTableModel,
    clean,
    text,
)
from .problems_panel import ProblemsPanel

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "measures_dock.ui"))
LOG_TAG = "Trygghet"
REVEAL_MAX = 20  # selected measures flashed on the map at once
MAX_LINKS = 5000  # features linked in one go; a measure is tied to places, not to thousands of incidents
# default column widths in average character widths
COLUMN_CHARS = {"title": 22, "area": 12, "status": 10, "follow_up": 0, "due_date": 11, "responsible_org": 12,
                "promise": 16}
# the two-line item already shows status, due date, organization and area; more columns are the user's choice
DEFAULT_COLUMNS = ("follow_up", "title")
COLUMNS_SETTING = "Trygghet/measures_dock/columns"


def find_project_workspace(project):
    """("gpkg", path) or ("postgis", connection uri, schema) of the project layer holding ``measures``; else None."""
    registry = QgsProviderRegistry.instance()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            continue
        if layer.providerType() == "ogr":
            parts = registry.decodeUri("ogr", layer.source())
            if parts.get("layerName") == "measures" and parts.get("path"):
                return ("gpkg", parts["path"])
        elif layer.providerType() == "postgres":
            uri = QgsDataSourceUri(layer.source())
            if uri.table() == "measures":
                return ("postgis", uri.connectionInfo(False), uri.schema())
    return None


def _same_source(layer, target):
    """True if project ``layer`` shows the same table as the store's measures layer ``target``."""
    if layer.providerType() != target.providerType():
        return False
    registry = QgsProviderRegistry.instance()
    if layer.providerType() == "ogr":
        a, b = registry.decodeUri("ogr", layer.source()), registry.decodeUri("ogr", target.source())
        return (a.get("layerName") == b.get("layerName")
                and os.path.normcase(os.path.abspath(a.get("path", ""))) == os.path.normcase(
                    os.path.abspath(b.get("path", ""))))
    a, b = QgsDataSourceUri(layer.source()), QgsDataSourceUri(target.source())
    return (a.table(), a.schema(), a.database(), a.host(), a.port()) == (
        b.table(), b.schema(), b.database(), b.host(), b.port())


class PostgisDialog(QDialog):
    """Pick a PostGIS connection (from QGIS's saved connections) and the workspace schema."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Measures in PostGIS"))
        layout = QFormLayout(self)
        self.connections = QgsProviderConnectionComboBox("postgres", self)
        self.schemas = QgsDatabaseSchemaComboBox("postgres", self.connections.currentConnection(), self)
        self.connections.connectionChanged.connect(self.schemas.setConnectionName)
        layout.addRow(tr("Connection"), self.connections)
        layout.addRow(tr("Schema"), self.schemas)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def selection(self):
        uri = self.connections.currentConnectionUri()
        return uri, self.schemas.currentSchema()


class UnsavedTextExitBlocker(QgsApplicationExitBlockerInterface):
    """Asked by QGIS before it quits (iface.registerApplicationExitBlocker): the conclusions' unsaved-text question
    (save, discard or stay); QGIS stays open when the user stays or the save was refused."""

    def __init__(self, dock):
        super().__init__()
        self.dock = dock

    def allowExit(self):  # noqa: N802 (QGIS API name)
        return self.dock.may_discard_edits()


class MeasuresDock(QgsDockWidget):
    """The "Åtgärder" panel. ``iface`` may be None (no map: no selection sync, zoom or flash)."""

    def __init__(self, iface, project, parent=None):
        super().__init__(parent)
        self.setObjectName("TrygghetMeasuresDock")
        self.setWindowTitle(tr("Measures"))
        self.iface = iface
        self.project = project
        self.store = None
        self.workspace = None
        self.user = user_name()
        self.forms = {}
        self._map_layer_id = None
        self._syncing = False

        self.contents = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self.contents)
        self.goals = []
        self.problem_measures = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("measuresTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # three tabs in a narrow dock: shortened labels, none scrolled away
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.problems_panel = ProblemsPanel(self, self.tabs)
        self.conclusions_panel = ConclusionsPanel(self, self.tabs)
        for widget, label, tip in ((self.contents, tr("Measures"), tr("Measures")),
                                   (self.problems_panel, tr("Problems"), tr("Problems and causes")),
                                   (self.conclusions_panel, tr("Conclusions"), tr("Conclusions"))):
            self.tabs.setTabToolTip(self.tabs.addTab(widget, label), tip)
        self.setWidget(self.tabs)
        self.message_bar = QgsMessageBar(self.contents)
        self.message_bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.ui.mainLayout.insertWidget(1, self.message_bar)

        self.model = MeasuresTableModel(self)
        self.proxy = MeasuresFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_view()
        self._setup_controls()

        self._project_signals = ((project.cleared, self._project_cleared), (project.readProject, self._project_read),
                                 (project.layersAdded, self._layers_changed),
                                 (project.layersWillBeRemoved, self._layers_will_be_removed))
        for signal, slot in self._project_signals:
            signal.connect(slot)
        self.exit_blocker = UnsavedTextExitBlocker(self)
        if iface is not None:
            iface.registerApplicationExitBlocker(self.exit_blocker)
        self._guarding = True
        self.use_project_workspace(quiet=True)

    def teardown(self):
        """Disconnect from the project and the map layer (call from the plugin's unload before deleting)."""
        self._unbind_map_layer()
        for signal, slot in self._project_signals:
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self._project_signals = ()
        if self.iface is not None and self._guarding:
            self.iface.unregisterApplicationExitBlocker(self.exit_blocker)
        self._guarding = False  # unloading: closing the dock no longer asks
        for form in list(self.forms.values()):
            form.discard()
        self.forms = {}

    def may_discard_edits(self, can_stay=True):
        """True when nothing unsaved in the dock is lost by going on (closing it, another workspace, quitting QGIS):
        the conclusions tab asks its unsaved-text question (save, discard or stay) when it has unsaved text."""
        return not self._guarding or self.conclusions_panel.may_leave(can_stay)

    def closeEvent(self, event):  # noqa: N802 (Qt API name)
        if not self.may_discard_edits():
            event.ignore()
            return
        super().closeEvent(event)

    # --- setup --------------------------------------------------------------------------------------------------
    def _setup_view(self):
        view = self.ui.measuresView
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = TwoLineDelegate(view)
        view.setItemDelegateForColumn(COLUMNS.index("title"), self.delegate)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring: 10,000 rows stay fast
        vertical.setDefaultSectionSize(row_height(view.fontMetrics()))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(26)
        metrics = view.fontMetrics()
        char = max(6, metrics.averageCharWidth())
        titles = self.model.headerData  # header texts decide the minimum, plus room for the sort arrow
        for col, key in enumerate(COLUMNS):
            if not COLUMN_CHARS[key]:
                header.resizeSection(col, 26)
                continue
            width = COLUMN_CHARS[key] * char + 8
            header_text = titles(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""
            width = max(width, metrics.horizontalAdvance(header_text) + 28)
            if key == "due_date":  # date plus the overdue icon
                width = max(width, metrics.horizontalAdvance("2026-12-31") + 34)
            header.resizeSection(col, width)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setToolTip(tr("Right-click to choose the columns and the order"))
        self.set_columns(self._saved_columns())
        header.setSortIndicator(COLUMNS.index("due_date"), Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.doubleClicked.connect(lambda index: self.open_form(index.data(UUID_ROLE)))
        view.selectionModel().selectionChanged.connect(self._rows_selected)
        view.setMinimumHeight(120)

    # --- columns ------------------------------------------------------------------------------------------------
    @staticmethod
    def _saved_columns():
        saved = QgsSettings().value(COLUMNS_SETTING, "", str) or ""
        keys = [key for key in saved.split(",") if key in COLUMNS]
        return keys or list(DEFAULT_COLUMNS)

    def visible_columns(self):
        header = self.ui.measuresView.horizontalHeader()
        return [key for col, key in enumerate(COLUMNS) if not header.isSectionHidden(col)]

    def set_columns(self, keys, remember=False):
        """Show the columns ``keys`` (the title always); the others stay hidden. ``remember`` stores the choice."""
        keys = set(keys) | {"title"}
        header = self.ui.measuresView.horizontalHeader()
        for col, key in enumerate(COLUMNS):
            header.setSectionHidden(col, key not in keys)
        if remember:
            QgsSettings().setValue(COLUMNS_SETTING, ",".join(k for k in COLUMNS if k in keys))

    def _header_menu(self, pos):
        header = self.ui.measuresView.horizontalHeader()
        menu = QMenu(header)
        menu.addSection(tr("Columns"))
        titles = self.model.headerData
        shown = set(self.visible_columns())
        for col, key in enumerate(COLUMNS):
            if key == "title":
                continue
            action = menu.addAction(titles(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            action.setCheckable(True)
            action.setChecked(key in shown)
            action.toggled.connect(lambda on, k=key: self.set_columns(
                (set(self.visible_columns()) | {k}) if on else (set(self.visible_columns()) - {k}), remember=True))
        menu.addSection(tr("Sort by"))
        for key in ("due_date", "status", "follow_up", "title", "area", "responsible_org"):
            col = COLUMNS.index(key)
            menu.addAction(titles(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole),
                           lambda c=col: self.ui.measuresView.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        menu.addAction(tr("Compact list (default)"), lambda: self.set_columns(DEFAULT_COLUMNS, remember=True))
        menu.popup(header.mapToGlobal(pos))
        return menu

    # --- messages -----------------------------------------------------------------------------------------------
    def notify(self, level, title, message, button=None, duration=None):
        """Show a message that wraps to the dock's width instead of being clipped. ``button`` is an optional
        (text, callback). Returns the message bar item."""
        container = QWidget(self.message_bar)  # parented from the start: Qt owns it, not Python's garbage collector
        container.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label = QLabel("<b>{}</b> {}".format(_html(title), _html(message)), container)
        label.setObjectName("messageText")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        if button is not None:
            push = QToolButton(container)
            push.setObjectName("messageButton")
            push.setText(button[0])
            push.clicked.connect(lambda _checked=False: button[1]())
            layout.addWidget(push, 0, Qt.AlignmentFlag.AlignLeft)
        if duration is None:
            duration = 0 if level == Qgis.MessageLevel.Critical else 10
        item = QgsMessageBarItem(container, level, duration, self.message_bar)
        self.message_bar.pushItem(item)
        self._fit_message(label)
        return item

    def _fit_message(self, label):
        """Give the bar the height the wrapped text needs at the width the text has in the dock."""
        self.message_bar.resize(self.contents.width() - 8, self.message_bar.height())
        for widget in (label.parentWidget(), self.message_bar):
            if widget is not None and widget.layout() is not None:
                widget.layout().activate()
        needed = label.heightForWidth(max(80, label.width()))
        if needed > 0:
            label.setMinimumHeight(needed)


    def _setup_controls(self):
        ui = self.ui
        ui.workspaceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ui.workspaceLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        ui.workspaceButton.setText(tr("Workspace"))
        ui.workspaceButton.setToolTip(tr("Choose the workspace whose measures are shown"))
        ui.workspaceButton.setIcon(QgsApplication.getThemeIcon("/mActionFileOpen.svg"))
        ui.workspaceButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        ui.workspaceButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(ui.workspaceButton)
        menu.addAction(tr("Use the project's workspace"), lambda: self.use_project_workspace())
        menu.addAction(tr("Open a GeoPackage workspace…"), self._choose_geopackage)
        menu.addAction(tr("Use a PostGIS connection…"), self._choose_postgis)
        ui.workspaceButton.setMenu(menu)

        def tool(button, icon, tip, slot, label=None):
            button.setIcon(QgsApplication.getThemeIcon(icon))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            if label:
                button.setText(label)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.clicked.connect(lambda _checked=False: slot())  # never pass "checked" on as an argument

        tool(ui.newButton, "/mActionAddFeature.svg",
             tr("Create a measure linked to the features selected in the active layer"), self.new_from_selection,
             tr("New measure"))
        tool(ui.openButton, "/mActionFormView.svg", tr("Open the selected measure"), self.open_selected)
        tool(ui.zoomButton, "/mActionZoomToSelected.svg", tr("Zoom to the selected measures' features"),
             self.zoom_to_selected)
        tool(ui.flashButton, "/mActionHighlightFeature.svg", tr("Flash the selected measures' features"),
             self.flash_selected)
        tool(ui.exportButton, "/mActionFileSaveAs.svg",
             tr("Export the action plan (the measures listed) to Excel or CSV"), self._choose_export)
        tool(ui.refreshButton, "/mActionRefresh.svg", tr("Reload the measures from the workspace"), self.reload)

        ui.countLabel.setWordWrap(True)
        ui.countLabel.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        ui.filterGrid.setColumnStretch(0, 1)
        ui.filterGrid.setColumnStretch(1, 1)
        ui.filterGrid.setAlignment(ui.clearFiltersButton, Qt.AlignmentFlag.AlignRight)  # must not cap the column
        ui.searchEdit.setPlaceholderText(tr("Search title, cause, goal, responsible…"))
        ui.searchEdit.setClearButtonEnabled(True)
        ui.searchEdit.textChanged.connect(self.apply_filters)
        ui.goalCombo.setToolTip(tr("Only the measures serving a goal area"))
        ui.problemCombo.setToolTip(tr("Only the measures answering a problem's causes"))
        for combo in (ui.areaCombo, ui.statusCombo, ui.orgCombo, ui.promiseCombo, ui.followUpCombo, ui.goalCombo,
                      ui.problemCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # two equal filter columns
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.statusCombo.addItem(tr("All statuses"), "")
        ui.statusCombo.addItem(tr("Not finished"), MeasuresFilterProxy.OPEN)
        for value, label in vocabulary.items("status", tr):
            ui.statusCombo.addItem(label, value)
        ui.followUpCombo.addItem(tr("Any date"), "")
        ui.followUpCombo.addItem(tr("Due by"), "due")
        ui.followUpCombo.addItem(tr("Changed since"), "changed")
        ui.followUpCombo.setToolTip(tr("Follow-up: what is due by the next meeting, or what changed since a date"))
        ui.followUpCombo.currentIndexChanged.connect(self._follow_up_mode_changed)
        ui.followUpDate.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        ui.followUpDate.setCalendarPopup(True)
        ui.followUpDate.setDisplayFormat("yyyy-MM-dd")
        ui.followUpDate.setDate(QDate.currentDate().addDays(30))
        ui.followUpDate.setEnabled(False)
        ui.followUpDate.dateChanged.connect(self.apply_filters)
        ui.overdueCheck.setText(tr("Overdue only"))
        ui.overdueCheck.toggled.connect(self.apply_filters)
        ui.clearFiltersButton.setText(tr("Clear filters"))
        ui.clearFiltersButton.setIcon(QgsApplication.getThemeIcon("/mIconClearText.svg"))
        ui.clearFiltersButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        ui.clearFiltersButton.setAutoRaise(True)
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self._fill_filter_combos()
        self._update_buttons()

    # --- workspace ----------------------------------------------------------------------------------------------
    def use_project_workspace(self, quiet=False):
        """Show the measures of the project's workspace (the source of its ``measures`` layer)."""
        found = find_project_workspace(self.project)
        if found is None:
            if not quiet:
                self.notify(Qgis.MessageLevel.Warning, tr("No workspace"),
                            tr("The project has no Trygghet measures layer. Open a workspace with the button above."))
            self.set_store(None)
            return False
        if found[0] == "gpkg":
            return self.open_geopackage(found[1])
        return self.open_postgis(found[1], found[2])

    def open_geopackage(self, path):
        from ..workspace.analysis import RegisterStore

        def factory():
            from ..workspace.gpkg import WorkspaceError
            from ..workspace.service import open_workspace

            try:
                open_workspace(path)  # an older workspace is upgraded in place (one transaction, no row lost)
            except WorkspaceError:
                pass  # not a workspace: the store says so in its own words
            return RegisterStore.for_geopackage(path)

        return self._open(factory, ("gpkg", path), os.path.basename(path), path)

    def open_postgis(self, uri, schema):
        from ..workspace.analysis import RegisterStore
        from ..workspace.measures import MeasureStore, StoreError

        def factory():
            try:
                return RegisterStore.for_postgis(uri, schema)
            except StoreError as err:
                if err.code != "bad_workspace":
                    raise
                store = MeasureStore.for_postgis(uri, schema)  # a shared workspace of an older schema
                self._older_schema = True
                return store

        db = QgsDataSourceUri(uri)
        label = f"PostGIS {db.database() or db.service()}/{schema}"
        self._older_schema = False
        opened = self._open(factory, ("postgis", uri, schema), label, f"{db.host()} {label}")
        if opened and self._older_schema and getattr(self.store, "audited", False):
            self.notify(Qgis.MessageLevel.Warning, tr("Older workspace"), tr(
                "This shared workspace was made by an older version of Trygghet and has no cause analysis yet. Ask "
                "the database administrator to run Create workspace again on the same connection and schema; it "
                "adds the new tables without changing any measure."))
        return opened

    def _open(self, factory, workspace, label, tooltip):
        if not self.may_discard_edits():
            return False  # the user stays with the unsaved conclusions of the workspace shown
        try:
            store = factory()
        except Exception as err:  # noqa: BLE001 - shown to the user; the dock stays usable
            self.notify(Qgis.MessageLevel.Critical, tr("Cannot open the workspace"), register_error_text(err))
            return False
        self.workspace = workspace
        self.ui.workspaceLabel.setText(tr("Workspace: {name}").format(name=label))
        self.ui.workspaceLabel.setToolTip(tooltip)
        self.set_store(store)
        if getattr(store, "provider", "") == "postgres" and not getattr(store, "audited", True):
            self.notify(Qgis.MessageLevel.Warning, tr("Older access rules"), tr(
                "This shared workspace still has the access rules of an older version of Trygghet: the log of "
                "changes is not yet kept by the database. Ask the database administrator to run Create workspace "
                "again on the same connection and schema; it brings the rules up to date without changing any "
                "measure."))
        return True

    def set_store(self, store):
        self.forms = {}  # open forms keep working on the store they were opened with
        self.store = store
        if store is None:
            self.workspace = None
            self.ui.workspaceLabel.setText(tr("No workspace open"))
            self.model.set_measures([])
            self.goals, self.problem_measures = [], {}
            self._fill_filter_combos()
            self.problems_panel.reload()
            self.conclusions_panel.reload()
        else:
            self.reload()
        self._bind_map_layer()
        self._update_buttons()

    def _choose_geopackage(self):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open a Trygghet workspace"), "",
                                                    tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_geopackage(path)

    def _choose_postgis(self):
        dialog = PostgisDialog(self)
        if dialog.exec() and dialog.selection()[0]:
            self.open_postgis(*dialog.selection())

    # --- project and map layer ----------------------------------------------------------------------------------
    def _project_cleared(self):
        self.may_discard_edits(can_stay=False)  # the project is closing: save or discard, no staying
        self._unbind_map_layer()
        self.set_store(None)

    def _project_read(self, *_args):
        self.use_project_workspace(quiet=True)

    def _layers_changed(self, _layers):
        if self.store is None:
            self.use_project_workspace(quiet=True)
        elif self._map_layer_id is None:
            self._bind_map_layer()

    def _layers_will_be_removed(self, layer_ids):
        if self._map_layer_id in layer_ids:
            self._unbind_map_layer()

    def map_layer(self):
        """The project layer showing this workspace's measures, or None."""
        return self.project.mapLayer(self._map_layer_id) if self._map_layer_id else None

    def _bind_map_layer(self):
        self._unbind_map_layer()
        if self.store is None:
            return
        target = self.store.measures_layer()
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and _same_source(layer, target):
                self._map_layer_id = layer.id()
                layer.selectionChanged.connect(self._map_selection_changed)
                return

    def _unbind_map_layer(self):
        layer = self.map_layer()
        if layer is not None:
            try:
                layer.selectionChanged.disconnect(self._map_selection_changed)
            except TypeError:
                pass
        self._map_layer_id = None

    def _refresh_map_layer(self):
        layer = self.map_layer()
        if layer is not None:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()

    # --- list -----------------------------------------------------------------------------------------------------
    def reload(self, keep_selection=True):
        """Re-read all measures and promises from the store (the only query the list makes)."""
        if self.store is None:
            return
        selected = self.selected_uuids() if keep_selection else []
        try:
            measures = self.store.list_measures()
            self.promises = list(self.store.promises())
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Cannot read the measures"), register_error_text(err))
            return
        self.model.set_measures(measures, self.promises, today=datetime.date.today())
        self._read_analysis()
        self._fill_filter_combos()
        self.apply_filters()
        self.problems_panel.reload()
        self.conclusions_panel.reload()
        if selected:
            self.select_uuids(selected)

    def _read_analysis(self):
        """Goal areas and, per problem, the measures answering its causes (for the filters and the forms)."""
        self.goals, self.problem_measures, self.problem_titles, self.cause_choices = [], {}, {}, []
        if not hasattr(self.store, "goals"):
            return
        try:
            self.goals = self.store.goals()
            problems = self.store.problems()
            causes = self.store.all_causes()
            links = self.store.measure_causes()
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Warning, tr("Cannot read the cause analysis"), register_error_text(err))
            return
        self.problem_titles = {p["uuid"]: text(p.get("title")) for p in problems}
        problem_of = {c["uuid"]: c["problem_uuid"] for c in causes}
        for link in links:
            problem = problem_of.get(link["cause_uuid"])
            if problem:
                self.problem_measures.setdefault(problem, set()).add(link["measure_uuid"])
        self.cause_choices = [dict(c, problem_title=self.problem_titles.get(c["problem_uuid"], "")) for c in causes]
        self.cause_choices.sort(key=lambda c: (c["problem_title"].lower(), c.get("number") or 0))

    def filter_by_problem(self, problem_uuid):
        """Show the measures answering the problem's causes in the measures tab."""
        index = self.ui.problemCombo.findData(problem_uuid)
        if index >= 0:
            self.ui.problemCombo.setCurrentIndex(index)
        self.tabs.setCurrentIndex(0)

    def _fill_filter_combos(self):
        ui = self.ui
        promises = getattr(self, "promises", [])
        areas = self.model.distinct("area")
        orgs = self.model.distinct("responsible_org")
        for combo, everything, items in (
            (ui.areaCombo, tr("All areas"), [(a, a) for a in areas]),
            (ui.orgCombo, tr("All organizations"), [(vocabulary.label("organization", o, tr), o) for o in orgs]),
            (ui.promiseCombo, tr("All citizen promises"),
             [(tr("Without citizen promise"), MeasuresFilterProxy.NO_PROMISE)]
             + [(text(p.get("title")), p.get("uuid")) for p in promises]),
            (ui.goalCombo, tr("All goal areas"),
             [(tr("Without goal area"), MeasuresFilterProxy.NO_GOAL)]
             + [(" ".join(x for x in (text(g.get("code")), text(g.get("title"))) if x), g.get("uuid"))
                for g in self.goals]),
            (ui.problemCombo, tr("All problems"),
             sorted(((title, uuid) for uuid, title in getattr(self, "problem_titles", {}).items()),
                    key=lambda item: item[0].lower())),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for label, value in items:
                combo.addItem(label, value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _follow_up_mode_changed(self):
        mode = self.ui.followUpCombo.currentData()
        date_edit = self.ui.followUpDate
        date_edit.setEnabled(bool(mode))
        today = QDate.currentDate()
        date_edit.blockSignals(True)
        if mode == "due" and date_edit.date() <= today:
            date_edit.setDate(today.addDays(30))
        elif mode == "changed" and date_edit.date() > today:
            date_edit.setDate(today.addDays(-30))
        date_edit.blockSignals(False)

    def apply_filters(self, *_args):
        ui = self.ui
        mode = ui.followUpCombo.currentData()
        day = ui.followUpDate.date().toPyDate()
        self.proxy.set_filters(
            text=ui.searchEdit.text(), area=ui.areaCombo.currentData() or "", status=ui.statusCombo.currentData() or "",
            org=ui.orgCombo.currentData() or "", promise=ui.promiseCombo.currentData() or "",
            overdue=ui.overdueCheck.isChecked(), due_before=day if mode == "due" else None,
            changed_since=day if mode == "changed" else None, goal=ui.goalCombo.currentData() or "",
            uuids=self.problem_measures.get(ui.problemCombo.currentData(), set())
            if ui.problemCombo.currentData() else None)
        self._update_count()

    def clear_filters(self):
        ui = self.ui
        widgets = (ui.searchEdit, ui.areaCombo, ui.statusCombo, ui.orgCombo, ui.promiseCombo, ui.followUpCombo,
                   ui.goalCombo, ui.problemCombo, ui.overdueCheck)
        for widget in widgets:
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.areaCombo, ui.statusCombo, ui.orgCombo, ui.promiseCombo, ui.followUpCombo, ui.goalCombo,
                      ui.problemCombo):
            combo.setCurrentIndex(0)
        ui.overdueCheck.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._follow_up_mode_changed()
        self.apply_filters()

    def _update_count(self):
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        overdue = sum(1 for row in range(total) if self.model.is_overdue(row))
        if self.store is None:
            self.ui.countLabel.setText("")
            return
        message = tr("{shown} of {total} measures").format(shown=shown, total=total)
        if overdue:
            message += " · " + tr("{n} overdue").format(n=overdue)
        self.ui.countLabel.setText(message)

    def _update_buttons(self):
        has_store = self.store is not None
        selected = bool(self.selected_uuids())
        self.ui.newButton.setEnabled(has_store)
        self.ui.exportButton.setEnabled(has_store)
        self.ui.refreshButton.setEnabled(has_store)
        self.ui.openButton.setEnabled(selected)
        self.ui.zoomButton.setEnabled(selected and self.iface is not None)
        self.ui.flashButton.setEnabled(selected and self.iface is not None)

    # --- selection ------------------------------------------------------------------------------------------------
    def selected_uuids(self):
        view = self.ui.measuresView
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return [index.data(UUID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_uuids(self, uuids, scroll=True):
        view = self.ui.measuresView
        selection = QItemSelection()
        first = None
        for uuid in uuids:
            row = self.model.row_of_uuid(uuid)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                continue  # filtered out
            selection.select(index, index.siblingAtColumn(len(COLUMNS) - 1))
            first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().select(selection, flags)
        if first is not None and scroll:
            view.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)

    def _rows_selected(self, *_args):
        self._update_buttons()
        if self._syncing:
            return
        layer = self.map_layer()
        if layer is None:
            return
        fids = []
        for uuid in self.selected_uuids():
            fid = clean(self.model.measure(self.model.row_of_uuid(uuid)).get("fid"))
            if fid is not None:
                fids.append(int(fid))
        self._syncing = True
        try:
            layer.selectByIds(fids)
        finally:
            self._syncing = False
        self.reveal(self.selected_uuids()[:REVEAL_MAX])

    def _map_selection_changed(self, *_args):
        if self._syncing:
            return
        layer = self.map_layer()
        if layer is None:
            return
        uuids = []
        for fid in layer.selectedFeatureIds():
            row = self.model.row_of_fid(fid)
            if row >= 0:
                uuids.append(self.model.measure(row).get("uuid"))
        self._syncing = True
        try:
            self.select_uuids(uuids)
        finally:
            self._syncing = False

    # --- creating and linking -------------------------------------------------------------------------------------
    def selection_links(self, layer=None):
        """Link dicts for the selected features of ``layer`` (default: the active layer), geometry snapshots as WKT
        in the workspace CRS. Returns [] when nothing suitable is selected."""
        if self.store is None:
            return []
        if layer is None and self.iface is not None:
            layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.selectedFeatureCount() == 0:
            return []
        target_crs = self.store.measures_layer().crs()
        transform = None
        if layer.isSpatial() and layer.crs().isValid() and layer.crs() != target_crs:
            transform = QgsCoordinateTransform(layer.crs(), target_crs, self.project)
        uuid_index = layer.fields().indexOf("uuid")
        links = []
        request = QgsFeatureRequest().setLimit(MAX_LINKS)
        for feature in layer.getSelectedFeatures(request):
            wkt = None
            if feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                if transform is not None:
                    geometry.transform(transform)
                wkt = geometry.asWkt()
            links.append({
                "layer_name": layer.name(),
                "layer_source": layer.publicSource(),
                "feature_uuid": text(feature.attribute(uuid_index)) or None if uuid_index >= 0 else None,
                "feature_fid": int(feature.id()),
                "geometry_wkt": wkt,
            })
        links.sort(key=lambda link: link["feature_fid"])
        return links

    def new_from_selection(self, layer=None):
        """Create a measure linked to the selected features; open its form. Returns the new uuid or None."""
        self.message_bar.clearWidgets()
        if self.store is None:
            self.notify(Qgis.MessageLevel.Warning, tr("No workspace"), tr("Open a workspace first."))
            return None
        if layer is None and self.iface is not None:
            layer = self.iface.activeLayer()
        map_layer = self.map_layer()
        if map_layer is not None and layer is not None and layer.id() == map_layer.id():
            self.notify(Qgis.MessageLevel.Warning, tr("Select other features"), tr(
                "Select the places the measure concerns (hot spots, paths, walk findings, areas…) in another layer "
                "than the measures layer, make that layer active, and try again."))
            return None
        links = self.selection_links(layer)
        if not links:
            self.notify(Qgis.MessageLevel.Warning, tr("Nothing selected"), tr(
                "Select one or more features in the active layer (a hot place, a path, a walk finding, an area…) "
                "and try again."))
            return None
        if isinstance(layer, QgsVectorLayer) and layer.selectedFeatureCount() > MAX_LINKS:
            self.notify(Qgis.MessageLevel.Warning, tr("Too many features"), tr(
                "Only the first {n} selected features were linked.").format(n=MAX_LINKS))
        values = {"title": tr("New measure: {layer}").format(layer=layer.name()), "status": "forslag"}
        area = self._area_of(links)
        if area:
            values["area"] = area
        try:
            uuid = self.store.create(values, None, links, self.user)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Measure not created"), register_error_text(err))
            return None
        self.reload(keep_selection=False)
        self._refresh_map_layer()
        if self.proxy.mapFromSource(self.model.index(self.model.row_of_uuid(uuid), 0)).isValid() is False:
            self.clear_filters()  # the new measure must be visible
        self.select_uuids([uuid])
        self.notify(Qgis.MessageLevel.Success, tr("Measure created"),
                    tr("Linked to {n} features of {layer}. Fill in the action plan in the form.").format(
                        n=len(links), layer=layer.name()))
        form = self.open_form(uuid)
        if form is not None:
            form.focus_title()
        return uuid

    def _area_of(self, links):
        """The name of the workspace area that contains the links' centre, if the workspace has areas."""
        if hasattr(self.store, "area_of"):
            geometries = [QgsGeometry.fromWkt(link["geometry_wkt"]) for link in links if link.get("geometry_wkt")]
            return self.store.area_of(QgsGeometry.collectGeometry(geometries)) if geometries else None
        if not self.workspace or self.workspace[0] != "gpkg":
            return None
        geometries = [QgsGeometry.fromWkt(link["geometry_wkt"]) for link in links if link.get("geometry_wkt")]
        if not geometries:
            return None
        centre = QgsGeometry.collectGeometry(geometries).centroid()
        areas = QgsVectorLayer(f"{self.workspace[1]}|layername=areas", "areas", "ogr")
        if not areas.isValid() or centre.isEmpty():
            return None
        point = centre.asPoint()
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
        best = None
        for feature in areas.getFeatures(request):
            if feature.hasGeometry() and feature.geometry().contains(centre):
                kind = feature["kind"] if feature.fields().indexOf("kind") >= 0 else None
                if best is None or kind == "focus":
                    best = text(feature["name"])
        return best

    # --- map --------------------------------------------------------------------------------------------------------
    def measure_geometries(self, uuids):
        """Geometries (workspace CRS) of the measures' linked features, or the measure points where none."""
        geometries = []
        layer = self.store.measures_layer() if self.store else None
        for uuid in uuids:
            found = []
            for link in self.store.links(uuid):
                wkt = clean(link.get("geometry_wkt"))
                if wkt:
                    geometry = QgsGeometry.fromWkt(wkt)
                    if not geometry.isNull():
                        found.append(geometry)
            if not found and layer is not None:
                row = self.model.row_of_uuid(uuid)
                fid = clean(self.model.measure(row).get("fid")) if row >= 0 else None
                if fid is not None:
                    feature = layer.getFeature(int(fid))
                    if feature.hasGeometry():
                        found.append(QgsGeometry(feature.geometry()))
            geometries.extend(found)
        return geometries

    def _workspace_crs(self):
        return self.store.measures_layer().crs() if self.store else QgsCoordinateReferenceSystem()

    def zoom_to(self, uuids):
        """Zoom the map to the measures' features and flash them. Returns the extent in canvas CRS (or None)."""
        if self.iface is None or not uuids:
            return None
        geometries = self.measure_geometries(uuids)
        if not geometries:
            self.notify(Qgis.MessageLevel.Info,
                        tr("Nothing to show"), tr("The measure has no linked features on the map."))
            return None
        canvas = self.iface.mapCanvas()
        source_crs = self._workspace_crs()
        transform = QgsCoordinateTransform(source_crs, canvas.mapSettings().destinationCrs(), self.project)
        extent = QgsRectangle()
        for geometry in geometries:
            copy = QgsGeometry(geometry)
            copy.transform(transform)
            extent.combineExtentWith(copy.boundingBox())
        size = max(extent.width(), extent.height())
        margin = size * 0.15 if size > 0 else (0.002 if canvas.mapSettings().destinationCrs().isGeographic()
                                               else 150.0)
        extent.grow(margin)
        canvas.setExtent(extent)
        canvas.refresh()
        canvas.flashGeometries(geometries, source_crs)
        return extent

    def reveal(self, uuids):
        """Flash the measures' features and pan to them when they are off screen (zoom out only when they do not fit
        the current scale). Returns the canvas extent afterwards, or None when there is nothing to show."""
        if self.iface is None or not uuids or self.store is None:
            return None
        geometries = self.measure_geometries(uuids)
        if not geometries:
            return None
        canvas = self.iface.mapCanvas()
        source_crs = self._workspace_crs()
        transform = QgsCoordinateTransform(source_crs, canvas.mapSettings().destinationCrs(), self.project)
        extent = QgsRectangle()
        for geometry in geometries:
            copy = QgsGeometry(geometry)
            copy.transform(transform)
            extent.combineExtentWith(copy.boundingBox())
        view = canvas.extent()
        if not view.contains(extent):
            if extent.width() < view.width() * 0.9 and extent.height() < view.height() * 0.9:
                canvas.setCenter(extent.center())
                canvas.refresh()
            else:
                return self.zoom_to(uuids)
        canvas.flashGeometries(geometries, source_crs)
        return canvas.extent()

    def zoom_to_selected(self):
        return self.zoom_to(self.selected_uuids())

    def flash_selected(self):
        if self.iface is None:
            return
        geometries = self.measure_geometries(self.selected_uuids())
        if geometries:
            self.iface.mapCanvas().flashGeometries(geometries, self._workspace_crs())

    # --- form -------------------------------------------------------------------------------------------------------
    def open_selected(self):
        uuids = self.selected_uuids()
        if uuids:
            self.open_form(uuids[0])

    def open_form(self, uuid):
        """Show the detail form of a measure (one non-modal form per measure). Returns the form."""
        if self.store is None or not uuid:
            return None
        form = self.forms.get(uuid)
        if form is None:
            known = {"promises": getattr(self, "promises", []), "area": self.model.distinct("area"),
                     "responsible_org": self.model.distinct("responsible_org"),
                     "category": self.model.distinct("category"), "goals": self.goals,
                     "causes": getattr(self, "cause_choices", None) if hasattr(self.store, "goals") else None}
            try:
                form = MeasureForm(self.store, uuid, self.user, self.window(), link_provider=self.selection_links,
                                   show_links=lambda u: self.zoom_to([u]), known=known)
            except Exception as err:  # noqa: BLE001
                self.notify(Qgis.MessageLevel.Critical, tr("Cannot open the measure"), register_error_text(err))
                return None
            form.saved.connect(self._form_saved)
            form.finished.connect(lambda _result, u=uuid: self.forms.pop(u, None))
            self.forms[uuid] = form
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _form_saved(self, uuid, _version):
        self.reload()  # the problems view too: a measure's causes or follow-up colour may have changed
        self._refresh_map_layer()

    # --- export -----------------------------------------------------------------------------------------------------
    def _choose_export(self):
        path, chosen = QFileDialog.getSaveFileName(self, tr("Export the action plan"), tr("action_plan.xlsx"),
                                                   tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if path:
            if not os.path.splitext(path)[1]:
                path += ".csv" if "csv" in chosen else ".xlsx"
            self.export_action_plan(path)

    def export_action_plan(self, path):
        """Export the measures the list shows (current filters, current order). Returns the path written."""
        self.message_bar.clearWidgets()
        measures = self.proxy.visible_measures()
        if self.store is None or not measures:
            self.notify(Qgis.MessageLevel.Warning,
                        tr("Nothing to export"), tr("No measures are listed: change the filters."))
            return None
        try:
            written = self.store.export_action_plan(path, measures)
        except Exception as err:  # noqa: BLE001
            self.notify(Qgis.MessageLevel.Critical, tr("Export failed"), register_error_text(err))
            QgsMessageLog.logMessage(f"export_action_plan: {err}", LOG_TAG, Qgis.MessageLevel.Warning)
            return None
        folder = os.path.dirname(os.path.abspath(written))
        item = self.notify(Qgis.MessageLevel.Success, tr("Action plan exported"), tr("{n} measures in {file}").format(
            n=len(measures), file=os.path.basename(written)),
            button=(tr("Open folder"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder))))
        item.setToolTip(written)
        return written


def _html(value):
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
