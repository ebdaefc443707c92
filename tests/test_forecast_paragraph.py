"""The forecast paragraph's wording per case (report/forecast_section.py ``paragraph``), in English and Swedish: when
the chosen model is the seasonal naive forecast itself, the back-test is not worded as a comparison with itself."""

import numpy as np
import pytest
from trygghet.core import forecast as fc
from trygghet.core.report_forecast import AreaForecast
from trygghet.report.forecast_section import paragraph


def _forecast(model, mase, notes=(), windows=12, coverage=0.75):
    months = np.arange(np.datetime64("2026-11"), np.datetime64("2027-11")).astype("datetime64[D]")
    history = np.arange(np.datetime64("2023-11"), np.datetime64("2026-11")).astype("datetime64[D]")
    mean = np.full(12, 20.0)
    return AreaForecast("Kronogården", history, np.full(history.size, 20.0), months, mean, mean - 6, mean + 7, 0.8,
                        model, mase, coverage, windows, list(notes))


ODD = ("the forecast did no better than repeating", "the forecast came closer than repeating",
       "har prognosen inte träffat bättre", "har prognosen träffat bättre")


@pytest.mark.parametrize("mase, snippet", [
    (1.23, "no model did better than repeating the same month of the year before, so the forecast repeats last "
           "year's months; in that test the months differed from the year before at least as much as usual "
           "(MASE 1.23): read it with caution."),
    (1.0, "at least as much as usual (MASE 1.00): read it with caution."),  # MASE 1 is "not better"
    (0.87, "no model came closer than repeating the same month of the year before, so the forecast repeats last "
           "year's months (MASE 0.87; below 1"),
])
def test_seasonal_naive_chosen_is_not_compared_with_itself(qgis_app, mase, snippet):
    text = paragraph(_forecast("snaive", mase), ".")
    assert snippet in text
    assert "each month as the same month a year earlier" in text  # the model sentence stays
    assert not any(odd in text for odd in ODD)


def test_seasonal_naive_in_swedish(swedish):
    text = paragraph(_forecast("snaive", 1.23), ",")
    assert ("har ingen modell träffat bättre än att upprepa förra årets månad, så prognosen upprepar förra årets "
            "månader; i den prövningen skilde sig månaderna minst lika mycket som vanligt från året innan (MASE "
            "1,23): läs den med försiktighet.") in text
    assert not any(odd in text for odd in ODD)
    better = paragraph(_forecast("snaive", 0.5), ",")
    assert "så prognosen upprepar förra årets månader (MASE 0,50; under 1" in better
    assert not any(odd in better for odd in ODD)


@pytest.mark.parametrize("model", ["ets", "poisson"])
def test_other_models_keep_the_comparison(qgis_app, model):
    worse = paragraph(_forecast(model, 1.5), ".")
    assert "the forecast did no better than repeating the same month of the year before (MASE 1.50" in worse
    assert "caution" in worse and "so the forecast repeats" not in worse
    better = paragraph(_forecast(model, 0.64), ".")
    assert "the forecast came closer than repeating the same month of the year before (MASE 0.64" in better
    assert "so the forecast repeats" not in better


def test_other_models_in_swedish(swedish):
    assert "har prognosen inte träffat bättre än att upprepa förra årets månad (MASE 1,50" in paragraph(
        _forecast("ets", 1.5), ",")
    assert "har prognosen träffat bättre än att upprepa förra årets månad (MASE 0,64" in paragraph(
        _forecast("poisson", 0.64), ",")


def test_no_backtest_and_sparse_series(qgis_app):
    unknown = paragraph(_forecast("snaive", float("nan"), windows=0, coverage=float("nan")), ".")
    assert "too short to test the forecast afterwards" in unknown and "MASE" not in unknown
    assert not any(odd in unknown for odd in ODD)
    sparse = paragraph(_forecast("mean", float("nan"), notes=[fc.SHORT], windows=0, coverage=float("nan")), ".")
    assert "fewer than two years of monthly counts" in sparse and "average month of the last year" in sparse
    # the expected level and the interval, from the figures given (20 a month, 14–27)
    assert "about 20 incidents per month" in sparse and "lies within 14–27" in sparse
