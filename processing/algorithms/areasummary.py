"""trygghet:areasummary — the lägesbild per area and category: counts, rates, ratios, change, trend, disclosure."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param
from ..fields import column_kind, fields_for, is_temporary, python_rows
from ..numbers import say
from ..perceived import add_parameters as add_perceived_parameters
from ..perceived import write_perceived
from ..reader import (
    parameter_label,
    read_area_polygons,
    report_skipped,
    split_names,
    stream_points,
    time_column,
)
from ..writer import write_table_file

# Swedish aliases of the output fields (the field names are the stable English contract)
SUMMARY_ALIASES = {
    "area": "Område", "category": "Kategori", "n_current": "Antal (aktuell period)",
    "n_reference": "Antal (jämförelseperiod)", "rate_current": "Per 1 000 inv. och år (aktuell)",
    "rate_reference": "Per 1 000 inv. och år (jämförelse)", "ratio_reference_area": "Kvot mot referensområde",
    "ratio_municipality": "Kvot mot hela kommunen", "change_pct": "Förändring (%)", "change_p": "p-värde förändring",
    "trend_tau": "Trend (Kendalls tau)", "trend_p": "p-värde trend", "trend_slope": "Förändring per år (antal)",
    "share_pct": "Andel av kommunen (%)", "suppressed": "Undertryckt", "n_current_text": "Antal (aktuell, visat)",
    "n_reference_text": "Antal (jämförelse, visat)",
}
OUTPUT_COLUMNS = ("area", "category", "n_current", "n_reference", "rate_current", "rate_reference",
                  "ratio_reference_area", "ratio_municipality", "change_pct", "change_p", "trend_tau", "trend_p",
                  "trend_slope", "share_pct", "suppressed", "n_current_text", "n_reference_text")
PUBLISHED_COLUMNS = ("area", "category", "n_current_text", "n_reference_text", "rate_current", "rate_reference",
                     "ratio_reference_area", "ratio_municipality", "change_pct", "change_p", "trend_tau", "trend_p",
                     "trend_slope", "share_pct", "suppressed")

PUBLISHED_DECIMALS = {"rate_current": 2, "rate_reference": 2, "ratio_reference_area": 2, "ratio_municipality": 2,
                      "change_pct": 1, "change_p": 4, "trend_tau": 3, "trend_p": 4, "trend_slope": 1, "share_pct": 1}


class AreaSummary(TrygghetAlgorithm):
    NAME = "areasummary"
    DISPLAY_NAME = "Area summary (lägesbild)"
    GROUP = "lagesbild"
    HELP = (
        "The lägesbild table per area and incident category, with category 'alla' for the total: counts in the "
        "current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the "
        "reference area(s) and against the whole municipality (all areas with a population), the change between "
        "the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full "
        "calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the "
        "municipality's total.\n\n"
        "Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '<5' (for MIN_COUNT 5) and every value "
        "derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be "
        "worked out from a row or column total; those counts are shown as '..', whatever their size. The counts of "
        "suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an "
        "internal table without suppression.\n\n"
        "Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio "
        "against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is "
        "installed). The periods are half-open: the start is included, the end is not. Without dates the current "
        "period is the last 12 months of data and the reference period the 12 months before.\n\n"
        "Perceived safety (optional; the workspace's layers when the incidents are the workspace's): the survey "
        "indicators per area (latest value with its interval, change since the previous measurement, the "
        "Mann–Kendall trend where there are three or more years, the reference area's value) and the citizen "
        "dialogue marks per area (count, share that feel unsafe, i.e. feeling 1–2, and the three most frequent "
        "reasons; withheld for areas with fewer than MIN_COUNT marks), each as a table of its own."
    )

    INPUT = "INPUT"
    AREAS = "AREAS"
    AREA_NAME_FIELD = "AREA_NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    TIME_FIELD = "TIME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CURRENT_START = "CURRENT_START"
    CURRENT_END = "CURRENT_END"
    REFERENCE_START = "REFERENCE_START"
    REFERENCE_END = "REFERENCE_END"
    REFERENCE_AREAS = "REFERENCE_AREAS"
    MIN_COUNT = "MIN_COUNT"
    MAP_CATEGORY = "MAP_CATEGORY"
    OUTPUT = "OUTPUT"
    OUTPUT_MAP = "OUTPUT_MAP"
    OUTPUT_FILE = "OUTPUT_FILE"
    SUPPRESSED = "SUPPRESSED"
    FILE_WRITTEN = "FILE_WRITTEN"

    def initAlgorithm(self, config=None):  # noqa: N802
        add, help_param = self.addParameter, self.help_param
        self.add_incidents_param(N_("The incident points, e.g. the workspace layer 'incidents'."))
        add(help_param(QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"),
                                                   [QgsProcessing.SourceType.TypeVectorPolygon]),
               "The areas to summarise, e.g. the workspace layer 'areas' or SCB's DeSO/RegSO. Incidents outside "
               "every area are left out."))
        add(help_param(QgsProcessingParameterField(self.AREA_NAME_FIELD, tr("Area name field"), "name", self.AREAS),
               "The field with each area's unique name."))
        add(help_param(QgsProcessingParameterField(self.POPULATION_FIELD, tr("Population field"), "population",
                                                   self.AREAS, QgsProcessingParameterField.DataType.Numeric,
                                                   optional=True),
               "Inhabitants per area; rates per 1,000 inhabitants need it. Areas without a population get no rates."))
        self.add_time_field_param(N_("When the incident happened (date/time, or text as ISO or 'YYYY-MM-DD "
                                     "HH:MM')."), default="occurred_at")
        add(help_param(QgsProcessingParameterField(self.CATEGORY_FIELD, tr("Category field"), "category", self.INPUT),
               "The incident category; one row per category and area, plus 'alla' for all categories."))
        add(help_param(QgsProcessingParameterDateTime(self.CURRENT_START, tr("Current period from"), optional=True),
                            "First moment of the current period (included). Empty: 12 months before its end."))
        add(help_param(QgsProcessingParameterDateTime(self.CURRENT_END, tr("Current period until"), optional=True),
                            "End of the current period (not included). Empty: the day after the latest incident."))
        add(help_param(QgsProcessingParameterDateTime(self.REFERENCE_START, tr("Reference period from"),
                                                           optional=True),
                            "First moment of the reference period (included). Empty: as long before its end as the "
                            "current period is long."))
        add(help_param(QgsProcessingParameterDateTime(self.REFERENCE_END, tr("Reference period until"),
                                                           optional=True),
                            "End of the reference period (not included). Empty: the start of the current period."))
        add(help_param(QgsProcessingParameterString(self.REFERENCE_AREAS, tr("Reference area(s)"), "", optional=True),
               "Names of the reference areas, separated by ';' (e.g. 'Övriga Trollhättan'). Empty: the areas whose "
               "field 'kind' is 'reference'."))
        add(help_param(QgsProcessingParameterNumber(self.MIN_COUNT, tr("Minimum count to publish (k)"),
                                            QgsProcessingParameterNumber.Type.Integer, 5, minValue=0),
               "Counts from 1 to k−1 are shown as '<k' and the values derived from them are withheld, with "
               "secondary suppression against totals. 0 or 1 turns disclosure control off (internal use only)."))
        add(help_param(QgsProcessingParameterString(self.MAP_CATEGORY, tr("Category shown on the map"), "alla",
                                            optional=True),
               "Which category's values the polygon output carries: 'alla' (all categories) or one category code, "
               "e.g. 'skadegorelse'."))
        add(help_param(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Area summary (table)"),
                                                 QgsProcessing.SourceType.TypeVector),
               "One row per area and category, with 'alla' for the total."))
        add(help_param(QgsProcessingParameterFeatureSink(self.OUTPUT_MAP, tr("Area summary (map)"),
                                                 QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
                                                 createByDefault=True),
               "The area polygons with the summary values of the map category, styled by the ratio against the "
               "municipality."))
        add(help_param(QgsProcessingParameterFileDestination(self.OUTPUT_FILE, tr("Table for coordinators (Excel/CSV)"),
                                                     tr("Excel (*.xlsx);;CSV (*.csv)"), optional=True,
                                                     createByDefault=False),
               "Optional file with the published values (suppressed counts as '<5' or '..') and Swedish headings, as "
               "Excel (.xlsx) or CSV (semicolons, decimal comma)."))
        add_perceived_parameters(self)
        self.addOutput(QgsProcessingOutputNumber(self.SUPPRESSED, tr("Suppressed cells")))
        self.addOutput(QgsProcessingOutputString(self.FILE_WRITTEN, tr("File written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.lagesbild import category_order, full_years, summary_from_codes

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The incident layer could not be read."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        k = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        areas = self._areas(parameters, context, feedback, crs)
        self.check_cancel(feedback)
        feedback.setProgress(5)

        counted = self._count_in_database(parameters, context, feedback, crs, areas)
        if counted is None:
            incidents = self._incidents(parameters, context, feedback, crs, areas)
            c_start, c_end, r_start, r_end = self._periods(parameters, context, incidents.tmax, feedback)
        else:
            incidents, (c_start, c_end, r_start, r_end) = counted
        feedback.pushInfo(say(tr("Current period: {} – {}; reference period: {} – {} (end dates not included)."),
            *[str(v).replace("T", " ") for v in (c_start, c_end, r_start, r_end)]))
        feedback.setProgressText(tr("Computing the summary…"))
        try:
            categories = category_order(incidents.categories)
            order = np.array([categories.index(c) for c in incidents.categories] + [-1], dtype=np.int64)
            df = summary_from_codes(incidents.area, order[incidents.category], incidents.time,
                                    pd.DataFrame({"name": areas.names, "population": areas.population}),
                                    (c_start, c_end), (r_start, r_end), areas.reference, categories,
                                    full_years([incidents.tmin, incidents.tmax]), min_count=k,
                                    counts=incidents.counts)
        except ValueError as err:
            self.fail(say(tr("The summary could not be computed: {}"), str(err)))
        self.check_cancel(feedback)
        feedback.setProgress(85)
        self._log_summary(df, k, feedback)

        out = df[list(OUTPUT_COLUMNS)].copy()
        sup = out["suppressed"].to_numpy(dtype=bool)
        out["n_current"] = out["n_current"].astype(object).where(~sup, None)
        out["n_reference"] = out["n_reference"].astype(object).where(~sup, None)
        kinds = {c: column_kind(df[c]) for c in OUTPUT_COLUMNS}
        kinds.update({"n_current": "int", "n_reference": "int"})
        rows = python_rows(out, kinds)
        results = {self.SUPPRESSED: int(df.attrs.get("suppressed_cells", 0)), self.FILE_WRITTEN: ""}
        results[self.OUTPUT] = self._write_table(parameters, context, out, kinds, rows)
        if parameters.get(self.OUTPUT_MAP) is not None:
            map_dest = self._write_map(parameters, context, crs, out, kinds, rows, areas)
            if map_dest is not None:
                results[self.OUTPUT_MAP] = map_dest
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_FILE, context)
        if path:
            results[self.OUTPUT_FILE] = results[self.FILE_WRITTEN] = self._write_file(df, sup, path, feedback)
        results.update(write_perceived(self, parameters, context, feedback, crs, areas, k))
        feedback.setProgress(100)
        return results

    def _areas(self, parameters, context, feedback, crs):
        """The areas: rings and ids for point-in-polygon, geometries, names, population and the reference areas."""
        name_field = self.parameterAsString(parameters, self.AREA_NAME_FIELD, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        areas_source = self.parameterAsSource(parameters, self.AREAS, context)
        if areas_source is None:
            self.fail(tr("The areas layer could not be read."))
        area_fields = areas_source.fields().names()
        for f in (name_field, pop_field):
            if f and f not in area_fields:
                self.fail(say(tr("The areas layer has no field '{}'."), f))
        kind_field = "kind" if "kind" in area_fields else ""
        feedback.setProgressText(tr("Reading the areas…"))
        rings, ids, geoms, values = read_area_polygons(self, parameters, self.AREAS, context, feedback, crs,
                                                       [name_field, pop_field, kind_field])
        if not geoms:
            self.fail(tr("The areas layer has no polygons."))
        names = ["" if v is None or (hasattr(v, "isNull") and v.isNull()) else str(v).strip()
                 for v in values[name_field]]
        if any(not n for n in names):
            self.fail(say(tr("Some areas have no name in the field '{}'."), name_field))
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            self.fail(say(tr("Area names must be unique; repeated: {}"), ", ".join(dupes)))
        population = [np.nan] * len(names)
        if pop_field:
            population = [float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else np.nan
                          for v in values[pop_field]]
            missing = sum(1 for p in population if not (p == p and p > 0))
            if missing:
                feedback.pushWarning(say(tr("{} areas have no population; they get no rates."), missing))
        else:
            feedback.pushWarning(tr("No population field was chosen, so no rates per 1,000 inhabitants are "
                                    "computed."))

        reference = split_names(self.parameterAsString(parameters, self.REFERENCE_AREAS, context))
        if not reference and kind_field:
            reference = [n for n, kind in zip(names, values[kind_field]) if str(kind) == "reference"]
        if not reference:
            self.fail(tr("Choose the reference area(s): no names were given and no area has kind 'reference'."))
        unknown = [r for r in reference if r not in names]
        if unknown:
            self.fail(say(tr("These reference areas are not in the areas layer: {}"), ", ".join(unknown)))
        return SimpleNamespace(rings=rings, ids=ids, geoms=geoms, names=names, population=population,
                               reference=reference)

    def _incidents(self, parameters, context, feedback, crs, areas):
        """The incidents coded batch by batch: area (row of the areas, -1 outside every area), category (index
        into the categories present, -1 without one) and time; with the first and last valid time of all
        incidents with a position and the categories present. Memory holds one batch of the input's columns and
        16 bytes per incident, never every attribute at once."""
        from ...core.geometry import points_in_polygons

        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        feedback.setProgressText(tr("Reading the incidents…"))
        wanted = tuple(dict.fromkeys((time_field, cat_field)))
        total = max(self.parameterAsSource(parameters, self.INPUT, context).featureCount(), 1)
        a_parts, c_parts, t_parts = [], [], []
        present = {}  # category text -> its index, in order of first appearance
        read = nulls = n_nat = no_cat = outside = 0
        reserved = False
        tmin = tmax = np.datetime64("NaT", "s")
        try:
            batches = stream_points(self, parameters, self.INPUT, context, feedback, crs, wanted)
            for batch in batches:
                self.check_cancel(feedback)
                nulls += batch.null_geometries
                read += len(batch)
                feedback.setProgress(5 + 50 * min(1.0, (read + nulls) / total))
                times = time_column(batch.attributes[time_field])
                known = ~np.isnat(times)
                n_nat += int((~known).sum())
                if known.any():
                    lo, hi = times[known].min(), times[known].max()
                    tmin = lo if np.isnat(tmin) else min(tmin, lo)
                    tmax = hi if np.isnat(tmax) else max(tmax, hi)
                # each distinct category is looked at once
                codes, uniques = pd.factorize(np.asarray(batch.attributes[cat_field], dtype=object))
                lookup = np.full(len(uniques) + 1, -1, dtype=np.int64)
                for i, value in enumerate(uniques.tolist()):
                    text = str(value)
                    if not text.strip():
                        continue
                    reserved = reserved or text == "alla"
                    lookup[i] = present.setdefault(text, len(present))
                c_code = lookup[codes]  # code -1 (null) takes the trailing -1
                no_cat += int((c_code < 0).sum())
                index = points_in_polygons(batch.x, batch.y, areas.rings, areas.ids)
                outside += int((index < 0).sum())
                keep = (index >= 0) & (c_code >= 0) & known
                a_parts.append(index[keep].astype(np.int32))
                c_parts.append(c_code[keep].astype(np.int32))
                t_parts.append(times[keep])
        except ValueError:
            self.fail(tr("The incident layer lacks the time or category field."))
        report_skipped(feedback, nulls, read + nulls, parameter_label(self, self.INPUT))
        feedback.setProgress(60)
        if read == 0:
            self.fail(tr("The incident layer has no incidents with a position."))
        if n_nat == read:
            self.fail(say(tr("No incident has a valid time in the field '{}'."), time_field))
        if n_nat:
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), n_nat))
        if no_cat:
            feedback.pushWarning(say(tr("{} incidents without a category were left out."), no_cat))
        if reserved:
            self.fail(tr("The category 'alla' is reserved for the total; rename it in the incident layer."))
        if outside:
            feedback.pushInfo(say(tr("{} incidents lie outside every area and are not counted."), outside))

        def joined(parts, dtype):
            return np.concatenate(parts) if parts else np.empty(0, dtype=dtype)

        return SimpleNamespace(area=joined(a_parts, np.int32), category=joined(c_parts, np.int32),
                               time=joined(t_parts, "datetime64[s]"), categories=list(present), tmin=tmin,
                               tmax=tmax, counts=None)

    def _count_in_database(self, parameters, context, feedback, crs, areas):
        """When the incidents and the areas are tables of one PostGIS database: count there, in one query grouped
        by area, category, year and period, and return (incidents as counted groups, periods); else None (the
        log says why when both are PostGIS layers)."""
        from ..pushdown import REASONS, area_counts, area_counts_plan, located_and_latest
        from ..reader import _plain_definition

        incidents_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        areas_layer = self.parameterAsVectorLayer(parameters, self.AREAS, context)
        if incidents_layer is None or areas_layer is None or incidents_layer.providerType() != "postgres" \
                or areas_layer.providerType() != "postgres":
            return None
        time_field = self.parameterAsString(parameters, self.TIME_FIELD, context)
        cat_field = self.parameterAsString(parameters, self.CATEGORY_FIELD, context)
        plain = _plain_definition(parameters, self.INPUT) and _plain_definition(parameters, self.AREAS)
        plan = area_counts_plan(incidents_layer, areas_layer, plain, crs, time_field, cat_field, areas.geoms)
        counted = None
        if not isinstance(plan, str):
            feedback.setProgressText(tr("Counting the incidents in the database…"))
            first = located_and_latest(plan)
            if first is not None:
                located, latest = first
                if not located:
                    self.fail(tr("The incident layer has no incidents with a position."))
                if np.isnat(latest):
                    self.fail(say(tr("No incident has a valid time in the field '{}'."), time_field))
                periods = self._periods(parameters, context, latest, feedback)
                groups = area_counts(plan, self.parameterAsString(parameters, self.AREA_NAME_FIELD, context),
                                     periods[:2], periods[2:])
                if groups is not None:
                    nulls = groups[2]
                    report_skipped(feedback, nulls, sum(g[2] for g in groups[1]) + nulls,
                                   parameter_label(self, self.INPUT))
                    counted = (self._coded_groups(groups[:2], areas, time_field, feedback), periods)
            plan = "failed"
        if counted is None:
            feedback.pushInfo(say(tr("The incidents are counted here, not in the database: {}."),
                tr(REASONS[plan])))
            return None
        feedback.pushInfo(tr("The incidents were counted in the PostGIS database."))
        return counted

    def _coded_groups(self, groups, areas, time_field, feedback):
        """The database's groups coded as _incidents codes incidents: one entry per group inside an area, with its
        count; what was left out counted from the groups of all incidents."""
        inside, everything = groups
        index = {name: i for i, name in enumerate(areas.names)}
        present = {}
        read = n_nat = no_cat = 0
        reserved = False
        tmin = tmax = np.datetime64("NaT", "s")

        def code(category):
            nonlocal reserved
            text = None if category is None else str(category)
            if text is None or not text.strip():
                return -1
            reserved = reserved or text == "alla"
            return present.setdefault(text, len(present))

        for _, category, count, first, last, _, _ in everything:
            read += count
            if code(category) < 0:
                no_cat += count
            if np.isnat(first):
                n_nat += count
            else:
                tmin = first if np.isnat(tmin) else min(tmin, first)
                tmax = last if np.isnat(tmax) else max(tmax, last)
        a_code, c_code, times, counts = [], [], [], []
        for area, category, count, first, _, _, _ in inside:
            a_code.append(index.get(str(area).strip(), -1))
            c_code.append(code(category))
            times.append(first)
            counts.append(count)
        outside = read - sum(counts)
        if n_nat:
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), n_nat))
        if no_cat:
            feedback.pushWarning(say(tr("{} incidents without a category were left out."), no_cat))
        if reserved:
            self.fail(tr("The category 'alla' is reserved for the total; rename it in the incident layer."))
        if outside:
            feedback.pushInfo(say(tr("{} incidents lie outside every area and are not counted."), outside))
        return SimpleNamespace(area=np.asarray(a_code, dtype=np.int64), category=np.asarray(c_code, dtype=np.int64),
                               time=np.asarray(times, dtype="datetime64[s]"), categories=list(present), tmin=tmin,
                               tmax=tmax, counts=np.asarray(counts, dtype=np.int64))

    @staticmethod
    def _log_summary(df, k, feedback):
        if df.attrs.get("trend_years"):
            feedback.pushInfo(say(tr("Trend over the full years {}–{}."), df.attrs["trend_years"][0],
                                                                           df.attrs["trend_years"][-1]))
        else:
            feedback.pushInfo(tr("Fewer than three full calendar years of data: no trend is computed."))
        suppressed = int(df.attrs.get("suppressed_cells", 0))
        if k > 1:
            feedback.pushInfo(say(tr("Disclosure control (k = {k}): {n} of {total} cells suppressed ({p} below k, the "
                                     "rest secondary); {t} totals withheld from ratios and shares."),
                k=k, n=suppressed, total=len(df), p=int(df.attrs.get("suppressed_primary", 0)),
                t=int(df.attrs.get("withheld_totals", 0))))
        else:
            feedback.pushWarning(say(tr("Disclosure control is off (minimum count {}): do not publish this table."),
                                 k))

    def _write_table(self, parameters, context, out, kinds, rows):
        fields = fields_for(out, {} if is_temporary(self, parameters, self.OUTPUT, context) else SUMMARY_ALIASES,
                            kinds)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(tr("The output table could not be created."))
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest

    def _write_map(self, parameters, context, crs, out, kinds, rows, areas):
        """The areas with the summary of the map category; None when the sink could not be made."""
        map_category = (self.parameterAsString(parameters, self.MAP_CATEGORY, context) or "alla").strip()
        available = set(out["category"].tolist())
        if map_category not in available:
            self.fail(say(tr("The map category '{}' is not in the summary; choose one of: {}"),
                map_category, ", ".join(sorted(available))))
        map_fields = fields_for(out, {} if is_temporary(self, parameters, self.OUTPUT_MAP, context)
                                else SUMMARY_ALIASES, kinds)
        map_sink, map_dest = self.parameterAsSink(parameters, self.OUTPUT_MAP, context, map_fields,
                                                  QgsWkbTypes.Type.MultiPolygon, crs)
        if map_sink is None:
            return None
        by_area = {r[0]: r for r, c in zip(rows, out["category"].tolist()) if c == map_category}
        for name, geometry in zip(areas.names, areas.geoms):
            feature = QgsFeature(map_fields)
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes(by_area[name])
            map_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, map_dest, "area_summary")
        return map_dest

    def _write_file(self, df, sup, path, feedback):
        published = df[list(PUBLISHED_COLUMNS)].round(PUBLISHED_DECIMALS).rename(columns=SUMMARY_ALIASES)
        published[SUMMARY_ALIASES["suppressed"]] = np.where(sup, "ja", "nej")
        try:
            written = write_table_file(published, path, feedback)
        except OSError as err:
            self.fail(say(tr("The file {} could not be written: {}"), path, str(err)))
        feedback.pushInfo(say(tr("Wrote {}"), written))
        return written

    def _periods(self, parameters, context, latest, feedback):
        from ...core.lagesbild import default_periods

        c_start, c_end, r_start, r_end = default_periods(
            latest,
            *[datetime_param(self, parameters, p, context) for p in
              (self.CURRENT_START, self.CURRENT_END, self.REFERENCE_START, self.REFERENCE_END)])
        if not c_end > c_start:
            self.fail(tr("The current period must start before it ends."))
        if not r_end > r_start:
            self.fail(tr("The reference period must start before it ends."))
        if r_end > c_start and r_start < c_end:
            feedback.pushWarning(tr("The reference period overlaps the current period."))
        return c_start, c_end, r_start, r_end

