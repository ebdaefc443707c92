"""The time window of an analysis: points kept inside [start, end) of their time field, with what was left out
logged."""

import numpy as np

from ..core.timeparse import parse_timestamps
from ..i18n import tr
from .base import datetime_param
from .numbers import say


def time_window(algorithm, parameters, context, feedback, table, time_field, start_name, end_name):
    """Keep the points inside [START, END) of the time field; log what was dropped. Returns (table, times, start,
    end) with times as datetime64[s] (None without a time field) and start/end as datetime64[s] (NaT when unset)."""
    start = datetime_param(algorithm, parameters, start_name, context)
    end = datetime_param(algorithm, parameters, end_name, context)
    if not time_field:
        if not np.isnat(start) or not np.isnat(end):
            algorithm.fail(tr("A time window (start or end) needs a time field."))
        return table, None, start, end
    if not np.isnat(start) and not np.isnat(end) and not end > start:
        algorithm.fail(tr("The end of the time window must be after its start."))
    times = parse_timestamps(table.attributes[time_field])
    known = ~np.isnat(times)
    nulls = int((~known).sum())
    keep = known.copy()
    if not np.isnat(start):
        keep &= times >= start
    if not np.isnat(end):
        keep &= times < end
    if nulls:
        feedback.pushWarning(say(tr("{} points have no valid time in the field “{}” and were left out."),
            nulls, time_field))
    outside = int((known & ~keep).sum())
    if outside:
        feedback.pushInfo(say(tr("{} points lie outside the time window and were left out."), outside))
    return table.take(keep), times[keep], start, end
