"""The time window of an analysis: points kept inside [start, end) of their time field, with what was left out
logged."""

from types import SimpleNamespace

import numpy as np

from ..core.timeparse import parse_timestamps
from ..i18n import tr
from .base import datetime_param
from .numbers import say
from .reader import (
    PointTable,
    _plain_definition,
    extent_in_database,
    parameter_label,
    report_skipped,
    stream_points,
    time_column,
    window_in_database,
)


def window_bounds(algorithm, parameters, context, time_field, start_name, end_name):
    """START and END as datetime64[s] (NaT when unset), refused when they cannot make a window."""
    start = datetime_param(algorithm, parameters, start_name, context)
    end = datetime_param(algorithm, parameters, end_name, context)
    if not time_field:
        if not np.isnat(start) or not np.isnat(end):
            algorithm.fail(tr("A time window (start or end) needs a time field."))
    elif not np.isnat(start) and not np.isnat(end) and not end > start:
        algorithm.fail(tr("The end of the time window must be after its start."))
    return start, end


def window_keep(times, start, end):
    """(points inside [start, end) with a valid time, points without a valid time)."""
    known = ~np.isnat(times)
    keep = known.copy()
    if not np.isnat(start):
        keep &= times >= start
    if not np.isnat(end):
        keep &= times < end
    return keep, ~known


def report_window(feedback, nulls, outside, time_field):
    if nulls:
        feedback.pushWarning(say(tr("{} points have no valid time in the field “{}” and were left out."),
            nulls, time_field))
    if outside:
        feedback.pushInfo(say(tr("{} points lie outside the time window and were left out."), outside))


def time_window(algorithm, parameters, context, feedback, table, time_field, start_name, end_name):
    """Keep the points inside [START, END) of the time field; log what was dropped. Returns (table, times, start,
    end) with times as datetime64[s] (None without a time field) and start/end as datetime64[s] (NaT when unset)."""
    start, end = window_bounds(algorithm, parameters, context, time_field, start_name, end_name)
    if not time_field:
        return table, None, start, end
    times = parse_timestamps(table.attributes[time_field])
    keep, unknown = window_keep(times, start, end)
    nulls = int(unknown.sum())
    report_window(feedback, nulls, int(keep.size - keep.sum()) - nulls, time_field)
    return table.take(keep), times[keep], start, end


def read_points_in_window(algorithm, parameters, name, context, feedback, crs, fields=(), time_field=None,
                          start_name=None, end_name=None, expression=None, batch_size=None, reach=None):
    """The points of input ``name`` inside the time window, read in batches of ``batch_size`` (default
    reader.BATCH_ROWS): the same points,
    order, values and log lines as read_points followed by time_window, but memory holds one batch of the
    input's columns plus x, y and ``fields`` (as float64) of the points kept, never every attribute at once.

    ``reach`` (a QgsRectangle in ``crs``): only the points inside it matter to the caller; a PostGIS layer in
    ``crs`` leaves the others out in its query (through its spatial index), any other layer is read whole.

    Returns a namespace: ``table`` (x, y and ``fields``), ``read`` (points with a position, before the window),
    ``tmin``/``tmax`` (the kept points' first and last time, NaT without a time field), ``start``/``end``."""
    start, end = window_bounds(algorithm, parameters, context, time_field, start_name, end_name)
    wanted = tuple(dict.fromkeys(tuple(fields) + ((time_field,) if time_field else ())))
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    pushed = window_in_database(layer, time_field, start, end) if time_field else None
    rect = None
    if reach is not None and layer is not None and _plain_definition(parameters, name):
        rect = extent_in_database(layer, layer.crs(), crs, reach)
    if rect is not None:
        feedback.pushInfo(tr("Only the incidents that can reach the mask's cells are read: the extent is applied "
                             "in the database's query."))
    user_expression = expression
    if pushed:  # the database leaves out what lies outside the window; the same window is applied here too
        feedback.pushInfo(tr("The time window is applied in the database's query."))
        expression = "({}) AND ({})".format(expression, pushed) if expression else pushed
    xs, ys, columns = [], [], {f: [] for f in fields}
    read = nulls = unknown = outside = 0
    tmin = tmax = np.datetime64("NaT", "s")
    for batch in stream_points(algorithm, parameters, name, context, feedback, crs, wanted, expression,
                               batch_size, rect):
        algorithm.check_cancel(feedback)
        nulls += batch.null_geometries
        read += len(batch)
        keep = None
        if time_field:
            times = time_column(batch.attributes[time_field])
            keep, no_time = window_keep(times, start, end)
            unknown += int(no_time.sum())
            outside += int(keep.size - keep.sum()) - int(no_time.sum())
            kept = times[keep]
            if kept.size:
                tmin = kept.min() if np.isnat(tmin) else min(tmin, kept.min())
                tmax = kept.max() if np.isnat(tmax) else max(tmax, kept.max())
        xs.append(batch.x if keep is None else batch.x[keep])
        ys.append(batch.y if keep is None else batch.y[keep])
        for f in fields:
            column = np.asarray(batch.attributes[f], dtype=float)
            columns[f].append(column if keep is None else column[keep])
    report_skipped(feedback, nulls, read + nulls, parameter_label(algorithm, name))
    if user_expression:
        feedback.pushInfo(say(tr("{} points match the filter expression."), read))
    if time_field:
        report_window(feedback, unknown, outside, time_field)

    def joined(parts):
        return np.concatenate(parts) if parts else np.empty(0)

    table = PointTable(joined(xs), joined(ys), {f: joined(v) for f, v in columns.items()}, nulls, "stream")
    return SimpleNamespace(table=table, read=read, tmin=tmin, tmax=tmax, start=start, end=end)
