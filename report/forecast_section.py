"""The "Prognos" paragraph and chart of a focus area, worded in the reader's language from the figures of
core/report_forecast.py."""

import os

import numpy as np

from ..core import forecast as fc
from ..core.report import chart_name
from ..i18n import N_, tr
from .forecast_chart import forecast_chart

MODEL_TEXTS = {
    "snaive": N_("The model is the seasonal naive forecast: each month as the same month a year earlier."),
    "ets": N_("The model is exponential smoothing with a damped trend and a season (Holt–Winters): recent months "
              "weigh most, and the usual ups and downs of the year are kept."),
    "poisson": N_("The model is a count model (Poisson regression with trend and season), widened for the extra "
                  "variation counts of incidents usually show."),
    "mean": N_("The model is the simplest honest one: the average month of the last year, with a count interval."),
}
SPARSE_TEXTS = {
    fc.SHORT: N_("The area has fewer than two years of monthly counts, too few for a seasonal model."),
    fc.MOSTLY_ZEROS: N_("Most months of the area have no incidents, too few for a seasonal model."),
    fc.ALL_ZERO: N_("The area has no incidents in the data, so there is nothing to forecast from."),
    fc.NO_BACKTEST: N_("The area's series is too short to test the seasonal models on its own history."),
}


def number(value, decimal, decimals=0):
    return "{:.{}f}".format(float(value), decimals).replace(".", decimal)


def level_text(level, decimal):
    return "{} %".format(number(level * 100, decimal))


def paragraph(f, decimal, k=5):
    """The paragraph for one AreaForecast ``f``."""
    level = level_text(f.level, decimal)
    lo, hi = f.interval_range
    mean = f.mean_per_month
    if k > 1 and round(mean) < k:
        expected = tr("fewer than {k} incidents per month").format(k=k)
    else:
        expected = tr("about {n} incidents per month").format(n=number(mean, decimal))
    parts = [tr("If the development continues as it has so far, {expected} are expected over the coming twelve "
                "months ({first} – {last}; each month's {level} forecast interval lies within {lo}–{hi}).")
             .format(expected=expected, first=str(f.future_starts[0])[:7], last=str(f.future_starts[-1])[:7],
                     level=level, lo=number(lo, decimal), hi=number(hi, decimal))]
    sparse = [n for n in f.notes if n in SPARSE_TEXTS]
    if sparse:
        parts.append(" ".join(tr(SPARSE_TEXTS[n]) for n in sparse) + " " +
                     tr("The forecast is therefore the average month of the last year and should be read with "
                        "caution."))
    else:
        parts.append(tr(MODEL_TEXTS.get(f.model, MODEL_TEXTS["mean"])))
    if f.model == "snaive" and f.skill == "better":  # the forecast IS the repetition: no comparison with itself
        parts.append(tr("Tested afterwards on the last {n} months, each forecast from the data before it, no model "
                        "came closer than repeating the same month of the year before, so the forecast repeats last "
                        "year's months (MASE {mase}; below 1: the tested months differed less than usual from the "
                        "year before).").format(n=f.windows, mase=number(f.mase, decimal, 2)))
    elif f.model == "snaive" and f.skill == "not_better":
        parts.append(tr("Tested afterwards on the last {n} months, no model did better than repeating the same month "
                        "of the year before, so the forecast repeats last year's months; in that test the months "
                        "differed from the year before at least as much as usual (MASE {mase}): read it with "
                        "caution.").format(n=f.windows, mase=number(f.mase, decimal, 2)))
    elif f.skill == "better":
        parts.append(tr("Tested afterwards on the last {n} months, each forecast from the data before it, the "
                        "forecast came closer than repeating the same month of the year before (MASE {mase}; "
                        "below 1 is better).").format(n=f.windows, mase=number(f.mase, decimal, 2)))
    elif f.skill == "not_better":
        parts.append(tr("Tested afterwards on the last {n} months, the forecast did no better than repeating the "
                        "same month of the year before (MASE {mase}; 1 or more is no better): read it with "
                        "caution.").format(n=f.windows, mase=number(f.mase, decimal, 2)))
    else:
        parts.append(tr("The series is too short to test the forecast afterwards; read it with caution."))
    if np.isfinite(f.coverage) and f.windows:
        parts.append(tr("In that test {share} of the actual months fell inside the interval.").format(
            share="{} %".format(number(f.coverage * 100, decimal))))
    parts.append(tr("A forecast cannot foresee new measures, changed reporting or single large events."))
    return " ".join(parts)


def forecast_texts(f, chart_dir, decimal, k=5):
    """(paragraph, chart path) for one AreaForecast."""
    path = os.path.join(chart_dir, chart_name("prognos", f.area) + ".png")
    level = level_text(f.level, decimal)
    forecast_chart(f.history_starts, f.history, f.future_starts, f.mean, f.lower, f.upper, path,
                   tr("Incidents per month in {area}, with a forecast").format(area=f.area),
                   tr("The last three years and the coming twelve months; the band is the {level} forecast "
                      "interval").format(level=level), k=k, level_text=level)
    return paragraph(f, decimal, k), path
