"""trygghet:importincidents — incidents from CSV/Excel into a workspace, all or nothing, with a rejects table."""

import datetime
import os
import uuid

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm
from ..importing import EXTENT_BUFFER_M, log_counts, reason_counts, rejects_fields, write_rejects
from ..importing import areas_extent as _areas_extent
from ..importing import workspace_epsg as _workspace_epsg
from ..numbers import say

REASONS = {
    "no_position": N_("No position"),
    "bad_position": N_("Position cannot be read"),
    "outside_extent": N_("Position outside the municipality"),
    "bad_date": N_("Bad or missing date"),
    "unknown_category": N_("Unknown category"),
}
# DATE_FORMAT choices, in the order of core.timeparse.DATE_FORMATS
DATE_FORMAT_LABELS = (
    N_("Automatic: ISO (YYYY-MM-DD HH:MM or YYYY-MM-DD)"),
    N_("DD/MM/YYYY HH:MM (05/03/2024 22:15 is 5 March)"),
    N_("DD.MM.YYYY HH:MM (05.03.2024 22:15)"),
    N_("DD-MM-YYYY HH:MM (05-03-2024 22:15)"),
    N_("YYYY/MM/DD HH:MM (2024/03/05 22:15)"),
    N_("MM/DD/YYYY HH:MM, American (03/05/2024 10:15 PM is 5 March)"),
    N_("YYYYMMDD HHMM (20240305 2215)"),
)


def _existing(path, layer_name="incidents"):
    """(x, y, occurred_at, category) of the incidents already in the workspace, read with OGR."""
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer_name)
    xs, ys, times, cats = [], [], [], []
    if lyr is not None:
        for f in lyr:
            g = f.GetGeometryRef()
            if g is None or f.IsFieldNull("occurred_at"):
                continue
            xs.append(g.GetX())
            ys.append(g.GetY())
            times.append(f.GetFieldAsString("occurred_at").replace("/", "-").replace(" ", "T")[:19])
            cats.append(f.GetFieldAsString("category"))
    ds = None
    return np.asarray(xs, float), np.asarray(ys, float), times, cats


class ImportIncidents(TrygghetAlgorithm):
    NAME = "importincidents"
    DISPLAY_NAME = "Import incidents (CSV/Excel)"
    GROUP = "workspace"
    HELP = (
        "Imports incidents from a CSV or Excel file into the workspace's incident layer. Map the file's columns: "
        "the position (X/Y in a CRS, longitude/latitude, or a WKT point), the time (one column with ISO or "
        "'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD', or a date column plus a time column), the category and the source. "
        "Dates written otherwise, such as '05/03/2024 22:15', are read with the chosen date format; ISO dates are "
        "read with every format. Swedish files work as they are: semicolons, decimal comma, UTF-8 or "
        "Windows-1252. Excel (.xlsx) and OpenDocument (.ods) sheets are read through GDAL, which every QGIS has; "
        "the first sheet is used and its first row holds the column names.\n\n"
        "Categories (police codes or free text) are mapped to the workspace categories through a built-in list of "
        "Swedish terms and an optional mapping table (CSV with two columns: source label; workspace category).\n\n"
        "Duplicates (same time, place to the metre and category), within the file or already in the workspace, are "
        "skipped and counted, so importing the same file again adds nothing. Every rejected row goes to the "
        "rejects table with its reason: no position, position outside the municipality (the extent of the "
        "workspace's areas plus 2 km), bad date, unknown category. The import is one transaction: if anything "
        "fails, the workspace stays exactly as it was. A file of which no row can be imported is refused, with "
        "the reasons counted."
    )

    INPUT = "INPUT"
    POSITION = "POSITION"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    WKT_FIELD = "WKT_FIELD"
    CRS = "CRS"
    TIME_FIELD = "TIME_FIELD"
    DATE_FIELD = "DATE_FIELD"
    DATE_FORMAT = "DATE_FORMAT"
    CLOCK_FIELD = "CLOCK_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    SOURCE_FIELD = "SOURCE_FIELD"
    SOURCE = "SOURCE"
    CATEGORY_MAP = "CATEGORY_MAP"
    WORKSPACE = "WORKSPACE"
    REJECTS = "REJECTS"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"
    DUPLICATES = "DUPLICATES"

    MODES = ("xy", "latlon", "wkt")

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        add(help_param(QgsProcessingParameterFile(self.INPUT, tr("Incident file (CSV or Excel)"),
                                          fileFilter=tr("Tables (*.csv *.txt *.xlsx *.xls *.ods)")),
               "The file to import. CSV separators (; , tab) and encodings (UTF-8, Windows-1252) are detected."))
        add(help_param(QgsProcessingParameterEnum(self.POSITION, tr("Position given as"),
                                          [tr("X and Y coordinates"), tr("Longitude and latitude (WGS 84)"),
                                           tr("WKT point")], defaultValue=0),
               "How the file gives each incident's position."))
        add(help_param(QgsProcessingParameterString(self.X_FIELD, tr("X or longitude column"), "x", optional=True),
               "Column with the X coordinate (easting), or the longitude for longitude/latitude."))
        add(help_param(QgsProcessingParameterString(self.Y_FIELD, tr("Y or latitude column"), "y", optional=True),
               "Column with the Y coordinate (northing), or the latitude for longitude/latitude."))
        add(help_param(QgsProcessingParameterString(self.WKT_FIELD, tr("WKT column"), "", optional=True),
               "Column with a WKT point, e.g. 'POINT (340000 6460000)', for 'WKT point'."))
        add(help_param(QgsProcessingParameterCrs(self.CRS, tr("CRS of the coordinates"), "EPSG:3006"),
               "The coordinate system of X/Y or WKT positions, e.g. SWEREF 99 TM (EPSG:3006) or SWEREF 99 12 00 "
               "(EPSG:3007). Longitude/latitude is always WGS 84."))
        add(help_param(QgsProcessingParameterString(self.TIME_FIELD, tr("Date and time column"), "", optional=True),
               "One column with date and time (ISO, 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD'). Leave empty to use a date "
               "column and a time column instead."))
        add(help_param(QgsProcessingParameterString(self.DATE_FIELD, tr("Date column"), "", optional=True),
               "Column with the date when date and time are separate."))
        add(help_param(QgsProcessingParameterString(self.CLOCK_FIELD, tr("Time-of-day column"), "", optional=True),
               "Column with the time of day ('HH:MM', 'HH.MM' or 'HHMM') when date and time are separate; empty "
               "times mean midnight."))
        add(help_param(QgsProcessingParameterEnum(self.DATE_FORMAT, tr("Date format"),
                                                  [tr(label) for label in DATE_FORMAT_LABELS], defaultValue=0),
               "How the file writes dates that are not ISO. Swedish exports often write day/month/year, "
               "'05/03/2024 22:15'; automatic reads only ISO dates, because such dates are ambiguous. Every format "
               "also reads ISO dates, so a column that mixes the two loses no row."))
        add(help_param(QgsProcessingParameterString(self.CATEGORY_FIELD, tr("Category column"), "category"),
               "Column with the police code or the category as text."))
        add(help_param(QgsProcessingParameterString(self.SOURCE_FIELD, tr("Source column"), "", optional=True),
               "Optional column saying where each incident comes from (polis, kommun, …)."))
        add(help_param(QgsProcessingParameterString(self.SOURCE, tr("Source (when there is no source column)"), "polis",
                                            optional=True),
               "The source stored for rows without a source column value, e.g. 'polis' or 'kommun'."))
        add(help_param(QgsProcessingParameterFile(self.CATEGORY_MAP, tr("Category mapping table"), optional=True,
                                          fileFilter=tr("Tables (*.csv *.txt *.xlsx *.xls *.ods)")),
               "Optional table with two columns: the label or code in the file, and the workspace category "
               "(skadegorelse, klotter, narkotika, vald, ran, stold_inbrott, ordningsstorning, brand, ovrigt)."))
        self.add_import_target(N_("The Trygghet workspace whose incident layer receives the rows."),
                               N_("Imported incidents"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.importer import prepare_incidents
        from ...core.timeparse import DATE_FORMATS

        path = self.parameterAsFile(parameters, self.INPUT, context)
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        epsg = self._check_files(path, workspace)
        mapping = self._mapping(parameters, context)
        date_format = DATE_FORMATS[self.parameterAsEnum(parameters, self.DATE_FORMAT, context)]
        feedback.setProgressText(tr("Reading the file…"))
        df = self._read_file(path, mapping)
        category_map = self._category_map(parameters, context)
        self.check_cancel(feedback)
        feedback.setProgress(20)

        transform, extent_file = self._positions(parameters, context, feedback, workspace, epsg, mapping.mode)
        existing = self._existing_keys(workspace)
        feedback.setProgressText(tr("Checking the rows…"))
        try:
            accepted, rejects, stats = prepare_incidents(df, mapping, category_map, extent=extent_file,
                                                         existing_keys=existing, key_precision=1.0,
                                                         transform=transform, date_format=date_format)
        except ValueError as err:
            self.fail(tr("The file could not be imported: {}").format(str(err)))
        self.check_cancel(feedback)
        if stats["accepted"] == 0 and stats["duplicates"] == 0:
            self.fail(self._nothing_imported(stats, rejects, date_format))
        feedback.setProgress(50)

        fields = rejects_fields()
        sink, dest = self.parameterAsSink(parameters, self.REJECTS, context, fields, QgsWkbTypes.Type.NoGeometry)
        self._write_incidents(workspace, accepted, transform, feedback)
        feedback.setProgress(90)
        write_rejects(sink, fields, rejects, REASONS)
        log_counts(feedback, stats, REASONS)
        feedback.setProgress(100)
        results = {self.IMPORTED: stats["accepted"], self.REJECTED: stats["rejected"],
                   self.DUPLICATES: stats["duplicates"]}
        if sink is not None:
            results[self.REJECTS] = dest
        return results

    def _check_files(self, path, workspace):
        """The workspace's EPSG code, once the file and the workspace are known to exist."""
        from ...workspace.gpkg import WorkspaceError

        if not path or not os.path.exists(path):
            self.fail(tr("The incident file does not exist: {}").format(path))
        if not workspace or not os.path.exists(workspace):
            self.fail(say(tr("The workspace does not exist: {}"), workspace))
        try:
            return _workspace_epsg(workspace)
        except WorkspaceError:
            self.fail(say(tr("{} is not a Trygghet workspace."), workspace))

    def _mapping(self, parameters, context):
        """Which of the file's columns hold the position, time, category and source."""
        from ...core.importer import ColumnMapping

        mode = self.MODES[self.parameterAsEnum(parameters, self.POSITION, context)]
        text = {n: (self.parameterAsString(parameters, n, context) or "").strip()
                for n in (self.X_FIELD, self.Y_FIELD, self.WKT_FIELD, self.TIME_FIELD, self.DATE_FIELD,
                          self.CLOCK_FIELD, self.CATEGORY_FIELD, self.SOURCE_FIELD, self.SOURCE)}
        return ColumnMapping(
            mode=mode,
            x=(text[self.X_FIELD] or None) if mode == "xy" else None,
            y=(text[self.Y_FIELD] or None) if mode == "xy" else None,
            lon=(text[self.X_FIELD] or None) if mode == "latlon" else None,
            lat=(text[self.Y_FIELD] or None) if mode == "latlon" else None,
            wkt=(text[self.WKT_FIELD] or None) if mode == "wkt" else None,
            timestamp=text[self.TIME_FIELD] or None,
            date=None if text[self.TIME_FIELD] else (text[self.DATE_FIELD] or None),
            time_of_day=None if text[self.TIME_FIELD] else (text[self.CLOCK_FIELD] or None),
            category=text[self.CATEGORY_FIELD] or None,
            source=text[self.SOURCE_FIELD] or None,
            source_constant=text[self.SOURCE],
        )

    def _read_file(self, path, mapping):
        from ...core.importer import read_table
        from ..spreadsheet import read_sheet

        try:
            df = read_table(path, excel_reader=read_sheet)
        except ValueError as err:
            if "no Excel reader" in str(err):
                self.fail(tr("No Excel reader is installed; save the sheet as CSV and import that."))
            self.fail(tr("The file could not be read: {}").format(str(err)))
        except (OSError, UnicodeError) as err:
            self.fail(tr("The file could not be read: {}").format(str(err)))
        if len(df) == 0:
            self.fail(tr("The file has no rows."))
        try:
            mapping.validate(df)
        except ValueError as err:
            self.fail(say(tr("The column mapping does not fit the file ({}). The file's columns are: {}"),
                str(err), ", ".join(df.columns)))
        return df

    def _category_map(self, parameters, context):
        """The default category mapping updated with the user's table, or None without one."""
        from ...core.importer import DEFAULT_CATEGORY_MAP, read_category_map, read_table
        from ..spreadsheet import read_sheet

        map_path = self.parameterAsFile(parameters, self.CATEGORY_MAP, context)
        if not map_path:
            return None
        try:
            category_map = dict(DEFAULT_CATEGORY_MAP)
            category_map.update(read_category_map(read_table(map_path, excel_reader=read_sheet)))
        except (ValueError, OSError) as err:
            self.fail(tr("The category mapping table could not be used: {}").format(str(err)))
        return category_map

    def _positions(self, parameters, context, feedback, workspace, epsg, mode):
        """(transform of file coordinates to the workspace's CRS, the municipality's extent in file coordinates or
        None)."""
        file_crs = QgsCoordinateReferenceSystem("EPSG:4326") if mode == "latlon" else \
            self.parameterAsCrs(parameters, self.CRS, context)
        if not file_crs.isValid():
            self.fail(tr("Choose the CRS of the coordinates."))
        ws_crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
        to_ws = QgsCoordinateTransform(file_crs, ws_crs, QgsProject.instance()) if file_crs != ws_crs else None

        def transform(xs, ys):
            if to_ws is None:
                return xs, ys
            from qgis.core import QgsPointXY

            out = [to_ws.transform(QgsPointXY(float(a), float(b))) for a, b in zip(xs, ys)]
            return np.array([p.x() for p in out]), np.array([p.y() for p in out])

        extent = _areas_extent(workspace)
        extent_file = None
        if extent is not None:
            rect = QgsRectangle(extent[0] - EXTENT_BUFFER_M, extent[1] - EXTENT_BUFFER_M,
                                extent[2] + EXTENT_BUFFER_M, extent[3] + EXTENT_BUFFER_M)
            if to_ws is not None:
                rect = to_ws.transformBoundingBox(rect, QgsCoordinateTransform.TransformDirection.ReverseTransform)
            extent_file = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        else:
            feedback.pushWarning(tr("The workspace has no areas, so positions are not checked against the "
                                    "municipality's extent."))
        return transform, extent_file

    @staticmethod
    def _existing_keys(workspace):
        """The keys of the incidents already in the workspace, to skip duplicates."""
        from ...core.importer import incident_key

        ex, ey, etimes, ecats = _existing(workspace)
        if not ex.size:
            return set()
        return set(incident_key(np.array(etimes, dtype="datetime64[s]"), ex, ey, np.array(ecats, dtype=object),
                                precision=1.0).tolist())

    def _write_incidents(self, workspace, accepted, transform, feedback):
        """All accepted rows into the workspace in one transaction, or nothing."""
        from ...workspace.gpkg import write_columns
        from ...workspace.schema import layer as schema_layer

        n = len(accepted)
        if not n:
            return
        wx, wy = transform(accepted["x"].to_numpy(dtype=float), accepted["y"].to_numpy(dtype=float))
        when = accepted["occurred_at"].to_numpy(dtype="datetime64[s]").astype(datetime.datetime).tolist()
        columns = {
            "geometry": [f"POINT ({float(a)!r} {float(b)!r})" for a, b in zip(wx, wy)],
            "uuid": [str(uuid.uuid4()) for _ in range(n)],
            "occurred_at": when,
            "category": accepted["category"].tolist(),
            "source": [s or None for s in accepted["source"].tolist()],
            "weight": [1.0] * n,
        }
        feedback.setProgressText(say(tr("Writing {} incidents in one transaction…"), n))
        self.check_cancel(feedback)
        try:
            write_columns(workspace, schema_layer("incidents"), columns)
        except Exception as err:  # noqa: BLE001 - any failure: the transaction was rolled back
            self.fail(tr("The import failed and nothing was written; the workspace is unchanged ({}).").format(
                str(err)))

    @staticmethod
    def _nothing_imported(stats, rejects, date_format):
        """The message refusing a file of which no row could be imported: each reason with its count and the first
        row numbers (the rows' contents are not repeated: they may hold personal data)."""
        message = tr("No incident was imported: all {n} rows were rejected. {reasons}.").format(
            n=stats["rows"], reasons=reason_counts(stats, rejects, REASONS))
        if stats.get("bad_date") and date_format == "auto":
            message += " " + tr("If the file writes dates like 05/03/2024 22:15, choose its date format.")
        return message
