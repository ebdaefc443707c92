"""The shipped models' names, inputs, outputs and steps in English source text, shown through the plugin's
translation when the provider loads them: the toolbox, the dialog and the log speak the QGIS language while the
.model3 files stay plain QGIS models (made by scripts/make_model.py)."""

from ..i18n import N_

MODEL_LABELS = {
    "lagesbild": {
        "display_name": N_("Situation picture – the whole chain"),
        "description": N_(
            "The whole situation picture in one step from a Trygghet workspace (GeoPackage): a density map (kernel "
            "density, incidents per km² and year) and hot spots (Gi*) for the current period, an area summary "
            "compared with the reference period and reference areas, temporal patterns (weekday × hour, month × "
            "year) from the start of the reference period to the end of the current one, and finally the situation "
            "picture as a PDF: a cover page and three pages per focus area. An optional step forecasts the incidents "
            "per area and month for the coming twelve months (Forecast per area).\n\n"
            "Periods run from their start up to (but not including) their end, e.g. 2025-11-01 to 2026-11-01. "
            "Counts below k are shown as '<k' in tables and charts. The intermediate results are temporary; run "
            "the group's algorithms one by one to keep them."),
        "parameters": {
            "WORKSPACE": (N_("Workspace (GeoPackage)"), N_(
                "The Trygghet workspace with the layers areas, incidents, paths, measures, promises and places.")),
            "CURRENT_START": (N_("Current period from"),
                              N_("First day of the current period (included), e.g. 2025-11-01.")),
            "CURRENT_END": (N_("Current period until"),
                            N_("End of the current period (not included), e.g. 2026-11-01.")),
            "REFERENCE_START": (N_("Reference period from"),
                                N_("First day of the reference period (included), e.g. 2024-11-01.")),
            "REFERENCE_END": (N_("Reference period until"), N_(
                "End of the reference period (not included), usually the start of the current period.")),
            "FOCUS_AREAS": (N_("Focus areas"), N_(
                "Names of the areas the situation picture covers, separated by ';'. Empty: the areas whose kind is "
                "'focus'.")),
            "REFERENCE_AREAS": (N_("Reference areas"), N_(
                "Names of the reference areas, separated by ';'. Empty: the areas whose kind is 'reference'.")),
            "MIN_COUNT": (N_("Smallest count to publish (k)"), N_(
                "Counts from 1 to k−1 are shown as '<k' and values built on them are suppressed. 0 or 1 turns "
                "disclosure control off (for internal use only).")),
            "FORECAST": (N_("Forecast per area"), N_(
                "An optional step: the incidents per month forecast twelve months ahead per area (trygghet:forecast, "
                "80 % forecast interval) as a table of its own, and the Forecast section of the situation picture. "
                "Unticked: the step is skipped.")),
            "FORECAST_TABLE": (N_("Forecast per area"), N_(
                "The forecast per area and month with its lower and upper bound (when the Forecast step is chosen).")),
            "OUTPUT": (N_("Situation picture (PDF)"),
                       N_("The situation picture as a PDF: a cover page and three pages per focus area.")),
        },
        "children": {
            "density": N_("Density map (current period)"),
            "hotspots": N_("Hot spots, Gi* (current period)"),
            "summary": N_("Area summary"),
            "temporal": N_("Temporal pattern (charts)"),
            "export": N_("Situation picture as PDF"),
            "forecast_branch": N_("Forecast chosen?"),
            "forecast": N_("Forecast per area (month)"),
        },
    },
}
