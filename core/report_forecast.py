"""The lägesbild's "Prognos" per focus area: monthly counts of an area's incidents forecast twelve months ahead with
the back-tested models of :mod:`core.forecast`, and the figures its paragraph and chart print.

Pure numbers; the caller words them in the reader's language.
"""

from dataclasses import dataclass, field

import numpy as np

from . import forecast as fc

HORIZON = 12
STEP = "month"


def end_month(current_end):
    """The last complete month before the exclusive end ``current_end`` of the current period (datetime64)."""
    month = np.datetime64(current_end, "D").astype("datetime64[M]")
    return (month - 1).astype("datetime64[D]")


@dataclass
class AreaForecast:
    area: str
    history_starts: np.ndarray  # month starts (datetime64[D]) of the counted history
    history: np.ndarray         # counts per month
    future_starts: np.ndarray
    mean: np.ndarray            # forecast per future month
    lower: np.ndarray
    upper: np.ndarray
    level: float
    model: str
    mase: float
    coverage: float
    windows: int                # back-tested months
    notes: list = field(default_factory=list)

    @property
    def mean_per_month(self):
        return float(np.mean(self.mean))

    @property
    def total(self):
        return float(np.sum(self.mean))

    @property
    def interval_range(self):
        """The lowest lower and the highest upper bound over the forecast months."""
        return float(np.min(self.lower)), float(np.max(self.upper))

    @property
    def skill(self):
        """'better' (MASE < 1), 'not_better' (MASE ≥ 1) or 'unknown' (no back-test)."""
        if not np.isfinite(self.mase):
            return "unknown"
        return "better" if self.mase < 1.0 else "not_better"


def area_forecasts(times, area_index, names, areas, current_end, level=0.8, seed=1, horizon=HORIZON):
    """Forecast the monthly incident counts of each area in ``areas``.

    ``times`` (datetime64, NaT allowed) and ``area_index`` (index into ``names`` per incident, -1 outside every
    area) describe the incidents; months run from the month of the first valid incident to the last complete month
    before ``current_end``. Returns {area: AreaForecast}.
    """
    times = np.asarray(times).astype("datetime64[s]")
    area_index = np.asarray(area_index)
    valid = ~np.isnat(times)
    end = end_month(current_end)
    first = fc.period_starts(times[valid], STEP).min() if valid.any() else end
    if first > end:
        first = end
    n = int((end.astype("datetime64[M]") - first.astype("datetime64[M]")).astype(int)) + 1
    starts = fc.next_periods(first, n, STEP)
    future = fc.next_periods(end, horizon + 1, STEP)[1:]
    months = np.full(times.shape, -1, dtype=np.int64)
    months[valid] = (times[valid].astype("datetime64[M]") - first.astype("datetime64[M]")).astype(np.int64)
    out = {}
    for area in areas:
        code = names.index(area)
        keep = (area_index == code) & (months >= 0) & (months < n)
        counts = np.bincount(months[keep], minlength=n).astype(float)
        f = fc.forecast_series(counts, fc.SEASON[STEP], horizon, level, seed)
        windows = f.scores[f.model].windows if f.model in f.scores else 0
        out[area] = AreaForecast(area, starts, counts, future, np.asarray(f.mean, dtype=float),
                                 np.asarray(f.lower, dtype=float), np.asarray(f.upper, dtype=float), level, f.model,
                                 float(f.mase), float(f.coverage), int(windows), list(f.notes))
    return out
