"""trygghet:importsurvey — safety-survey results per area and year from CSV, Excel, GeoJSON or GeoPackage into a
workspace, all or nothing, with a rejects table."""

import math
import uuid

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...core.vocabulary import SURVEY_SOURCES
from ...i18n import N_, tr
from ..base import TrygghetAlgorithm
from ..importing import (
    area_names,
    check_workspace,
    log_counts,
    nothing_imported,
    read_source,
    rejects_fields,
    write_rejects,
)
from ..numbers import say

REASONS = {
    "missing_area": N_("No area"),
    "unknown_area": N_("Area not in the workspace"),
    "bad_year": N_("Year is not a whole number"),
    "unknown_indicator": N_("Unknown indicator"),
    "bad_value": N_("Value missing or not a number"),
    "bad_number": N_("Text in a number column (interval or respondents)"),
    "bad_interval": N_("Interval does not contain the value"),
}


def _existing_results(path):
    """{duplicate key: fid} of the survey results already in the workspace."""
    from osgeo import ogr

    from ...core.perceived_import import survey_key

    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("survey_results")
    fids, areas, years, indicators, sources = [], [], [], [], []
    if lyr is not None:
        for f in lyr:
            fids.append(f.GetFID())
            areas.append(f.GetFieldAsString("area"))
            years.append(f.GetFieldAsInteger64("year"))
            indicators.append(f.GetFieldAsString("indicator"))
            sources.append(f.GetFieldAsString("source") if f.IsFieldSetAndNotNull("source") else "")
    ds = None
    if not fids:
        return {}
    return dict(zip(survey_key(areas, years, indicators, sources).tolist(), fids))


class ImportSurvey(TrygghetAlgorithm):
    NAME = "importsurvey"
    DISPLAY_NAME = "Import safety survey results"
    GROUP = "workspace"
    HELP = (
        "Imports safety-survey results per area, year and indicator (the police's trygghetsmätning, the "
        "municipality's own survey, NTU) into the workspace's survey table. The file may be a CSV, an Excel or "
        "OpenDocument sheet (read through GDAL), or the table of a GeoJSON or GeoPackage layer.\n\n"
        "Each field has a column parameter; left empty, the column is guessed from common Swedish and English names "
        "(område/area, år/year, indikator/indicator, värde/value, nedre/lower, övre/upper, antal svarande/"
        "respondents, källa/source) and the log says which columns were used. The area must be one of the "
        "workspace's areas (case is ignored). The year must be a whole number. Indicators are mapped from their "
        "codes and common names (oro för brott, otrygghet ute sent, problemindex, utsatthet, annat); an "
        "indicator that is not recognised is rejected rather than stored as 'other', where it would be compared "
        "with nothing. Values, interval bounds and respondent counts accept decimal comma; text in them rejects "
        "the row, as does an interval that does not contain the value.\n\n"
        "A result with the same area, year, indicator and source as one earlier in the file or already in the "
        "workspace is a duplicate: skipped and counted, or, with 'Replace', the stored one is replaced. The import "
        "is one transaction. Every rejected row goes to the rejects table with its row number and reason."
    )

    INPUT = "INPUT"
    AREA_FIELD = "AREA_FIELD"
    YEAR_FIELD = "YEAR_FIELD"
    INDICATOR_FIELD = "INDICATOR_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    LOWER_FIELD = "LOWER_FIELD"
    UPPER_FIELD = "UPPER_FIELD"
    RESPONDENTS_FIELD = "RESPONDENTS_FIELD"
    UNIT_FIELD = "UNIT_FIELD"
    SOURCE_FIELD = "SOURCE_FIELD"
    SOURCE = "SOURCE"
    REPLACE = "REPLACE"
    WORKSPACE = "WORKSPACE"
    REJECTS = "REJECTS"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"
    DUPLICATES = "DUPLICATES"
    REPLACED = "REPLACED"

    COLUMN_PARAMS = (("area", "AREA_FIELD"), ("year", "YEAR_FIELD"), ("indicator", "INDICATOR_FIELD"),
                     ("value", "VALUE_FIELD"), ("lower", "LOWER_FIELD"), ("upper", "UPPER_FIELD"),
                     ("respondents", "RESPONDENTS_FIELD"), ("unit", "UNIT_FIELD"), ("source", "SOURCE_FIELD"))

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        add(help_param(QgsProcessingParameterFile(
            self.INPUT, tr("Survey file (CSV, Excel, GeoJSON or GeoPackage)"),
            fileFilter=tr("Tables and layers (*.csv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg)")),
            "The file to import: one row per area, year and indicator."))
        columns = (
            (self.AREA_FIELD, N_("Area column"),
             N_("Column with the area's name; empty: guessed (område, area …).")),
            (self.YEAR_FIELD, N_("Year column"), N_("Column with the year; empty: guessed (år, year).")),
            (self.INDICATOR_FIELD, N_("Indicator column"), N_("Column with the indicator; empty: guessed.")),
            (self.VALUE_FIELD, N_("Value column"),
             N_("Column with the value; empty: guessed (värde, value, andel …).")),
            (self.LOWER_FIELD, N_("Interval lower bound column"),
             N_("Optional column with the interval's lower bound.")),
            (self.UPPER_FIELD, N_("Interval upper bound column"),
             N_("Optional column with the interval's upper bound.")),
            (self.RESPONDENTS_FIELD, N_("Respondents column"),
             N_("Optional column with the number of respondents.")),
            (self.UNIT_FIELD, N_("Unit column"), N_("Optional column with the unit (%, index …).")),
            (self.SOURCE_FIELD, N_("Source column"), N_("Optional column with the source (polisen, kommun, ntu).")),
        )
        for name, label, help_text in columns:
            add(help_param(QgsProcessingParameterString(name, tr(label), "", optional=True), help_text))
        add(help_param(QgsProcessingParameterEnum(self.SOURCE, tr("Source (when there is no source column)"),
                                                  [tr(label) for _code, label in SURVEY_SOURCES], defaultValue=0),
                       "The source stored for rows without a source column value."))
        self.add_import_target(N_("The Trygghet workspace that receives the results; its areas name the valid areas."),
                               N_("Imported results"), N_("Replaced results"),
                               N_("Off: a result already in the workspace (same area, year, indicator and source) is "
                                  "skipped and counted. On: the stored one is replaced by the file's."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.perceived_import import SURVEY_COLUMNS, guess_columns, personal_columns, prepare_survey

        path = self.parameterAsFile(parameters, self.INPUT, context)
        workspace = self.parameterAsFile(parameters, self.WORKSPACE, context)
        check_workspace(self, path, workspace, tr("The survey file does not exist: {}"), feedback)
        replace = self.parameterAsBoolean(parameters, self.REPLACE, context)
        source = SURVEY_SOURCES[self.parameterAsEnum(parameters, self.SOURCE, context)][0]
        feedback.setProgressText(tr("Reading the file…"))
        df, _geometries, _crs = read_source(self, path)
        feedback.setProgress(20)
        self.check_cancel(feedback)

        given = {target: (self.parameterAsString(parameters, name, context) or "").strip()
                 for target, name in self.COLUMN_PARAMS}
        missing = [c for c in given.values() if c and c not in df.columns]
        if missing:
            self.fail(say(tr("The column mapping does not fit the file (columns not in the file: {}). The file's "
                             "columns are: {}"), ", ".join(missing), ", ".join(df.columns)))
        personal = [c for c in personal_columns(df.columns) if c not in given.values()]
        mapping = guess_columns(df.columns, SURVEY_COLUMNS, given, exclude=personal)
        if personal:
            feedback.pushWarning(say(tr("Columns with personal data were not imported: {}."), ", ".join(personal)))
        absent = [t for t in ("area", "year", "indicator", "value") if t not in mapping]
        if absent:
            self.fail(say(tr("No column was found for: {}. Choose them; the file's columns are: {}"),
                ", ".join(absent), ", ".join(df.columns)))
        feedback.pushInfo(say(tr("Columns used: {}"), ", ".join("{} ← {}".format(t, c) for t, c in mapping.items())))
        names = area_names(workspace)
        if not names:
            self.fail(tr("The workspace has no areas; survey results are stored per area. Add the areas first."))
        existing = _existing_results(workspace)
        feedback.setProgressText(tr("Checking the rows…"))
        accepted, rejects, stats = prepare_survey(df, mapping, names, source_constant=source,
                                                  existing_keys=() if replace else set(existing), personal=personal)
        self.check_cancel(feedback)
        replaced = [existing[k] for k in accepted["key"].tolist() if k in existing] if replace else []
        if stats["accepted"] == 0 and stats["duplicates"] == 0:
            message = nothing_imported(stats, rejects, REASONS)
            if stats["unknown_area"]:
                message += " " + say(tr("The workspace's areas are: {}."), ", ".join(names))
            self.fail(message)
        feedback.setProgress(50)

        fields = rejects_fields()
        sink, dest = self.parameterAsSink(parameters, self.REJECTS, context, fields, QgsWkbTypes.Type.NoGeometry)
        self._write(workspace, accepted, replaced, feedback)
        feedback.setProgress(90)
        write_rejects(sink, fields, rejects, REASONS)
        log_counts(feedback, stats, REASONS)
        if replaced:
            feedback.pushInfo(say(tr("{} stored results were replaced."), len(replaced)))
        if stats["source_other"]:
            feedback.pushInfo(say(tr("{} sources not in the list were stored as 'Other source'."),
                stats["source_other"]))
        feedback.setProgress(100)
        results = {self.IMPORTED: stats["accepted"] - len(replaced), self.REJECTED: stats["rejected"],
                   self.DUPLICATES: stats["duplicates"], self.REPLACED: len(replaced)}
        if sink is not None:
            results[self.REJECTS] = dest
        return results

    def _write(self, workspace, accepted, replaced, feedback):
        from ...workspace.gpkg import write_many
        from ...workspace.schema import layer as schema_layer

        def number(v, kind=float):
            return None if v is None or (isinstance(v, float) and math.isnan(v)) else kind(v)

        n = len(accepted)
        if not n:
            return
        columns = {
            "uuid": [str(uuid.uuid4()) for _ in range(n)],
            "area": accepted["area"].tolist(),
            "year": [int(v) for v in accepted["year"].tolist()],
            "indicator": accepted["indicator"].tolist(),
            "value": [number(v) for v in accepted["value"].tolist()],
            "unit": accepted["unit"].tolist(),
            "respondents": [number(v, int) for v in accepted["respondents"].tolist()],
            "lower": [number(v) for v in accepted["lower"].tolist()],
            "upper": [number(v) for v in accepted["upper"].tolist()],
            "source": accepted["source"].tolist(),
        }
        feedback.setProgressText(say(tr("Writing {} results in one transaction…"), n))
        self.check_cancel(feedback)
        try:
            write_many(workspace, [(schema_layer("survey_results"), columns)],
                       deletions={"survey_results": replaced} if replaced else None)
        except Exception as err:  # noqa: BLE001 - any failure: the transaction was rolled back
            self.fail(say(tr("The import failed and nothing was written; the workspace is unchanged ({})."),
                str(err)))
