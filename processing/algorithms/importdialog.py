"""trygghet:importdialog — citizen-dialogue marks from CSV, Excel, GeoJSON or GeoPackage into a workspace, all or
nothing, with a rejects table; no personal data is imported."""

import os
import uuid

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm
from ..importing import (
    EXTENT_BUFFER_M,
    areas_extent,
    check_workspace,
    geometry_kinds,
    log_counts,
    nothing_imported,
    read_source,
    rejects_fields,
    table_geometries,
    workspace_crs,
    write_rejects,
)
from ..numbers import say

REASONS = {
    "no_position": N_("No position"),
    "bad_position": N_("Position cannot be read (or is neither a point nor a polygon)"),
    "outside_extent": N_("Position outside the municipality"),
    "bad_feeling": N_("Feeling is not 1–4"),
    "bad_date": N_("Bad date"),
}
# DATE_FORMAT choices, in the order of core.timeparse.DATE_FORMATS
DATE_FORMAT_LABELS = (
    N_("Automatic: ISO (YYYY-MM-DD)"),
    N_("DD/MM/YYYY (05/03/2025 is 5 March)"),
    N_("DD.MM.YYYY (05.03.2025)"),
    N_("DD-MM-YYYY (05-03-2025)"),
    N_("YYYY/MM/DD (2025/03/05)"),
    N_("MM/DD/YYYY, American (03/05/2025 is 5 March)"),
    N_("YYYYMMDD (20250305)"),
)


def _existing_marks(path):
    """{duplicate key: (layer, fid)} of the marks and areas already in the workspace."""
    from osgeo import ogr

    from ...core.perceived_import import mark_key

    out = {}
    ds = ogr.Open(path)
    for name in ("dialog_marks", "dialog_areas"):
        lyr = ds.GetLayerByName(name)
        if lyr is None:
            continue
        fids, dialogues, xs, ys, dates, reasons = [], [], [], [], [], []
        for f in lyr:
            g = f.GetGeometryRef()
            if g is None or g.IsEmpty():
                continue
            c = g if name == "dialog_marks" else g.Centroid()
            fids.append(f.GetFID())
            dialogues.append(f.GetFieldAsString("dialogue"))
            xs.append(c.GetX())
            ys.append(c.GetY())
            text = f.GetFieldAsString("marked_on").replace("/", "-")[:10] if f.IsFieldSetAndNotNull("marked_on") \
                else "NaT"
            dates.append(text)
            reasons.append(f.GetFieldAsString("reason") if f.IsFieldSetAndNotNull("reason") else "")
        if fids:
            keys = mark_key(dialogues, xs, ys, np.array(dates, dtype="datetime64[D]"), reasons)
            out.update({k: (name, fid) for k, fid in zip(keys.tolist(), fids)})
    ds = None
    return out


class ImportDialog(TrygghetAlgorithm):
    NAME = "importdialog"
    DISPLAY_NAME = "Import citizen dialogue marks"
    GROUP = "workspace"
    HELP = (
        "Imports the places residents marked in a citizen dialogue or a map survey into the workspace: points go to "
        "the dialogue marks, polygons to the dialogue areas. The file may be a CSV, an Excel or OpenDocument sheet "
        "(read through GDAL), a GeoJSON or a GeoPackage (its first layer, in its own CRS). A table gives the "
        "position as X/Y in the chosen CRS, longitude/latitude or a WKT column.\n\n"
        "Each field of the workspace has a column parameter; left empty, the column is guessed from common "
        "Swedish and English names (känsla/feeling, orsak/reason, datum/date, tid på dygnet, kommentar, "
        "ålder, kön …) and the log says which columns were used. The feeling must be 1–4 (1 frightening, "
        "4 safe): numbers such as '2' or '2,0' and words such as 'otryggt' or 'mycket trygg' are read, anything "
        "else is rejected. Reasons are mapped from Swedish and English words (mörkt → lighting, gäng → gang "
        "crime …); a reason not in the list is stored as 'other' and counted in the log. Dates are read with the "
        "chosen date format; an empty date stays empty.\n\n"
        "No personal data is imported: columns with names, e-mail addresses, phone numbers, addresses or personal "
        "identity numbers are ignored (the log names them) and left out of the rejects table. Age band and "
        "gender are kept only as groups, for breakdowns.\n\n"
        "A mark of the same dialogue, place (to the metre; a polygon's centroid), date and reason as one earlier "
        "in the file or already in the workspace is a duplicate: skipped and counted, or, with 'Replace', the "
        "stored one is replaced. The import is one transaction: if anything fails, the workspace stays as it "
        "was. Every rejected row goes to the rejects table with its row number and reason."
    )

    INPUT = "INPUT"
    POSITION = "POSITION"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    WKT_FIELD = "WKT_FIELD"
    CRS = "CRS"
    DIALOGUE_FIELD = "DIALOGUE_FIELD"
    DIALOGUE = "DIALOGUE"
    DATE_FIELD = "DATE_FIELD"
    DATE_FORMAT = "DATE_FORMAT"
    FEELING_FIELD = "FEELING_FIELD"
    REASON_FIELD = "REASON_FIELD"
    TIME_OF_DAY_FIELD = "TIME_OF_DAY_FIELD"
    COMMENT_FIELD = "COMMENT_FIELD"
    AGE_FIELD = "AGE_FIELD"
    GENDER_FIELD = "GENDER_FIELD"
    REPLACE = "REPLACE"
    WORKSPACE = "WORKSPACE"
    REJECTS = "REJECTS"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"
    DUPLICATES = "DUPLICATES"
    REPLACED = "REPLACED"

    MODES = ("auto", "xy", "latlon", "wkt")
    COLUMN_PARAMS = (("dialogue", "DIALOGUE_FIELD"), ("date", "DATE_FIELD"), ("feeling", "FEELING_FIELD"),
                     ("reason", "REASON_FIELD"), ("time_of_day", "TIME_OF_DAY_FIELD"), ("comment", "COMMENT_FIELD"),
                     ("age_band", "AGE_FIELD"), ("gender", "GENDER_FIELD"), ("x", "X_FIELD"), ("y", "Y_FIELD"),
                     ("wkt", "WKT_FIELD"))

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        add(help_param(QgsProcessingParameterFile(
            self.INPUT, tr("Marks file (CSV, Excel, GeoJSON or GeoPackage)"),
            fileFilter=tr("Tables and layers (*.csv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg)")),
            "The file to import: a table, or a GeoJSON/GeoPackage layer with points or polygons."))
        add(help_param(QgsProcessingParameterEnum(
            self.POSITION, tr("Position in a table given as"),
            [tr("Automatic (WKT, X/Y or longitude/latitude columns)"), tr("X and Y coordinates"),
             tr("Longitude and latitude (WGS 84)"), tr("WKT (points or polygons)")], defaultValue=0),
            "How a CSV or Excel table gives each mark's position. GeoJSON and GeoPackage files carry their own "
            "geometry and CRS."))
        add(help_param(QgsProcessingParameterString(self.X_FIELD, tr("X or longitude column"), "", optional=True),
                       "Column with X (easting) or longitude; empty: guessed (x, easting, lon, longitude …)."))
        add(help_param(QgsProcessingParameterString(self.Y_FIELD, tr("Y or latitude column"), "", optional=True),
                       "Column with Y (northing) or latitude; empty: guessed (y, northing, lat, latitude …)."))
        add(help_param(QgsProcessingParameterString(self.WKT_FIELD, tr("WKT column"), "", optional=True),
                       "Column with a WKT point or polygon; empty: guessed (wkt, geometry, geom …)."))
        add(help_param(QgsProcessingParameterCrs(self.CRS, tr("CRS of the coordinates"), "EPSG:3006"),
                       "The coordinate system of X/Y or WKT positions in a table, e.g. SWEREF 99 TM (EPSG:3006). "
                       "Longitude/latitude is always WGS 84."))
        columns = (
            (self.DIALOGUE_FIELD, N_("Dialogue column"), N_("Column naming the dialogue or survey; empty: guessed.")),
            (self.DATE_FIELD, N_("Date column"), N_("Column with the date of the mark; empty: guessed.")),
            (self.FEELING_FIELD, N_("Feeling column"),
             N_("Column with the feeling 1–4 (1 frightening – 4 safe); empty: guessed (känsla, feeling, trygghet …).")),
            (self.REASON_FIELD, N_("Reason column"),
             N_("Column with the reason; empty: guessed (orsak, reason …).")),
            (self.TIME_OF_DAY_FIELD, N_("Time-of-day column"), N_("Column saying day or evening; empty: guessed.")),
            (self.COMMENT_FIELD, N_("Comment column"), N_("Column with the resident's comment; empty: guessed.")),
            (self.AGE_FIELD, N_("Age column"), N_("Column with the age band or age; empty: guessed.")),
            (self.GENDER_FIELD, N_("Gender column"), N_("Column with the gender; empty: guessed.")),
        )
        for name, label, help_text in columns:
            add(help_param(QgsProcessingParameterString(name, tr(label), "", optional=True), help_text))
        add(help_param(QgsProcessingParameterString(self.DIALOGUE, tr("Dialogue name (when there is no column)"),
                                                    "", optional=True),
                       "The dialogue stored for rows without a dialogue column value; empty: the file's name."))
        add(help_param(QgsProcessingParameterEnum(self.DATE_FORMAT, tr("Date format"),
                                                  [tr(label) for label in DATE_FORMAT_LABELS], defaultValue=0),
                       "How the file writes dates that are not ISO; every format also reads ISO dates."))
        self.add_import_target(N_("The Trygghet workspace that receives the marks."),
                               N_("Imported marks"), N_("Replaced marks"),
                               N_("Off: a mark already in the workspace (same dialogue, place, date and reason) is "
                                  "skipped and counted. On: the stored one is replaced by the file's."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.perceived_import import DIALOG_COLUMNS, guess_columns, personal_columns, prepare_marks
        from ...core.timeparse import DATE_FORMATS

        path = self.parameterAsFile(parameters, self.INPUT, context)
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        check_workspace(self, path, workspace, tr("The marks file does not exist: {}"), feedback)
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        date_format = DATE_FORMATS[self.parameterAsEnum(parameters, self.DATE_FORMAT, context)]
        feedback.setProgressText(tr("Reading the file…"))
        df, geometries, file_crs = read_source(self, path)
        self.check_cancel(feedback)
        feedback.setProgress(20)
        self.check_cancel(feedback)

        given = {target: (self.parameterAsString(parameters, name, context) or "").strip()
                 for target, name in self.COLUMN_PARAMS}
        missing = [c for c in given.values() if c and c not in df.columns]
        if missing:
            self.fail(say(tr("The column mapping does not fit the file (columns not in the file: {}). The file's "
                             "columns are: {}"), ", ".join(missing), ", ".join(df.columns)))
        personal = [c for c in personal_columns(df.columns) if c not in given.values()]
        mapping = guess_columns(df.columns, DIALOG_COLUMNS, given, exclude=personal)
        if personal:
            feedback.pushWarning(say(tr("Columns with personal data were not imported: {}."), ", ".join(personal)))
        if "feeling" not in mapping:
            self.fail(say(tr("No column with the feeling (1–4) was found. Choose it; the file's columns are: {}"),
                ", ".join(df.columns)))
        used = ", ".join("{} ← {}".format(t, c) for t, c in mapping.items() if t not in ("x", "y", "wkt", "lon", "lat"))
        feedback.pushInfo(say(tr("Columns used: {}"), used))

        ws_crs = workspace_crs(workspace)
        if geometries is None:
            geometries, file_crs = self._table_geometries(parameters, context, df, mapping, feedback)
        else:
            feedback.pushInfo(say(tr("Positions are the layer's geometries, in its CRS {}."), file_crs.authid()))
        kinds, xs, ys, wkts = geometry_kinds(geometries, file_crs, ws_crs)
        extent = areas_extent(workspace)
        if extent is not None:
            extent = (extent[0] - EXTENT_BUFFER_M, extent[1] - EXTENT_BUFFER_M, extent[2] + EXTENT_BUFFER_M,
                      extent[3] + EXTENT_BUFFER_M)
        else:
            feedback.pushWarning(tr("The workspace has no areas, so positions are not checked against the "
                                    "municipality's extent."))
        existing = _existing_marks(workspace)
        dialogue = (self.parameterAsString(parameters, self.DIALOGUE, context) or "").strip() or \
            os.path.splitext(os.path.basename(path))[0]
        feedback.setProgressText(tr("Checking the rows…"))
        accepted, rejects, stats = prepare_marks(df, mapping, kinds, xs, ys, dialogue_constant=dialogue,
                                                 extent=extent, existing_keys=() if replace else set(existing),
                                                 date_format=date_format, personal=personal)
        self.check_cancel(feedback)
        replaced = {}
        if replace:
            for key in accepted["key"].tolist():
                if key in existing:
                    layer_name, fid = existing[key]
                    replaced.setdefault(layer_name, []).append(fid)
        n_replaced = sum(len(v) for v in replaced.values())
        if stats["accepted"] == 0 and stats["duplicates"] == 0:
            self.fail(nothing_imported(stats, rejects, REASONS))
        feedback.setProgress(50)

        fields = rejects_fields()
        sink, dest = self.parameterAsSink(parameters, self.REJECTS, context, fields, QgsWkbTypes.Type.NoGeometry)
        self._write(workspace, accepted, wkts, replaced, feedback)
        feedback.setProgress(90)
        write_rejects(sink, fields, rejects, REASONS)
        log_counts(feedback, stats, REASONS)
        feedback.pushInfo(say(tr("{points} marks (points) and {polygons} marked areas (polygons); {replaced} stored "
                                 "marks replaced."), points=stats["points"], polygons=stats["polygons"],
                              replaced=n_replaced))
        for key, message in (("reason_other", N_("{} reasons not in the list were stored as 'Other'.")),
                             ("time_unknown", N_("{} times of day could not be read and were left empty.")),
                             ("age_unknown", N_("{} ages could not be read as an age band and were left empty.")),
                             ("gender_unknown", N_("{} genders could not be read and were left empty."))):
            if stats[key]:
                feedback.pushInfo(say(tr(message), stats[key]))
        feedback.setProgress(100)
        results = {self.IMPORTED: stats["accepted"] - n_replaced, self.REJECTED: stats["rejected"],
                   self.DUPLICATES: stats["duplicates"], self.REPLACED: n_replaced}
        if sink is not None:
            results[self.REJECTS] = dest
        return results

    def _table_geometries(self, parameters, context, df, mapping, feedback):
        """Geometries from a table's columns and their CRS, by the chosen or guessed position columns."""
        mode = self.MODES[self.parameterAsEnum(parameters, self.POSITION, context)]
        if mode == "auto":
            if mapping.get("wkt"):
                mode = "wkt"
            elif mapping.get("x") and mapping.get("y"):
                mode = "xy"
            elif mapping.get("lon") and mapping.get("lat"):
                mode = "latlon"
        if mode == "latlon" and not (mapping.get("x") and mapping.get("y")):
            mapping["x"], mapping["y"] = mapping.get("lon"), mapping.get("lat")
        need = ("wkt",) if mode == "wkt" else ("x", "y")
        if mode == "auto" or not all(mapping.get(k) for k in need):
            self.fail(say(tr("No position columns were found (X/Y, longitude/latitude or WKT). Choose them; the "
                         "file's columns are: {}"), ", ".join(df.columns)))
        crs = QgsCoordinateReferenceSystem("EPSG:4326") if mode == "latlon" else \
            self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            self.fail(tr("Choose the CRS of the coordinates."))
        columns = (mapping["wkt"],) if mode == "wkt" else (mapping["x"], mapping["y"])
        feedback.pushInfo(say(tr("Positions from the columns {} ({})."), ", ".join(columns), crs.authid()))
        return table_geometries(df, mode, columns), crs

    def _write(self, workspace, accepted, wkts, replaced, feedback):
        """Points to dialog_marks and polygons to dialog_areas, replacing the given stored ones, in one
        transaction."""
        from ...workspace.gpkg import write_many
        from ...workspace.schema import layer as schema_layer

        items = []
        for kind, name in (("point", "dialog_marks"), ("polygon", "dialog_areas")):
            part = accepted[accepted["kind"] == kind]
            if not len(part):
                continue
            dates = part["marked_on"].to_numpy(dtype="datetime64[D]")
            items.append((schema_layer(name), {
                "geometry": [wkts[i] for i in part["index"].tolist()],
                "uuid": [str(uuid.uuid4()) for _ in range(len(part))],
                "dialogue": part["dialogue"].tolist(),
                "marked_on": [None if np.isnat(d) else d.astype(object) for d in dates],
                "feeling": [int(v) for v in part["feeling"].tolist()],
                "reason": part["reason"].tolist(),
                "time_of_day": part["time_of_day"].tolist(),
                "comment": part["comment"].tolist(),
                "age_band": part["age_band"].tolist(),
                "gender": part["gender"].tolist(),
            }))
        if not items and not replaced:
            return
        feedback.setProgressText(say(tr("Writing {} marks in one transaction…"), len(accepted)))
        self.check_cancel(feedback)
        try:
            write_many(workspace, items, deletions=replaced)
        except Exception as err:  # noqa: BLE001 - any failure: the transaction was rolled back
            self.fail(say(tr("The import failed and nothing was written; the workspace is unchanged ({})."),
                str(err)))
