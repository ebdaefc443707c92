"""Effect of a completed measure: before/after in the target area against a control area, with displacement.

The relative change is the odds-ratio style relative effect size of situational crime prevention meta-analyses
(Welsh & Farrington; Farrington, Gill, Waples & Argomaniz 2007, J. Exp. Criminol. 3: 21–38); displacement and
diffusion of benefits use the Weighted Displacement Quotient (Bowers & Johnson 2003, J. Quant. Criminol. 19: 275–301).
"""

import datetime
import math
from statistics import NormalDist

import numpy as np
import pandas as pd
from shapely import wkt as shapely_wkt
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from .hotplaces import points_in_polygon
from .timeparse import parse_timestamps

VERDICTS = ("sign_of_decrease", "sign_of_increase", "no_sign_of_effect", "too_few_data")
WDQ_CODES = ("displacement", "diffusion_of_benefits", "no_displacement", "undefined")


def evaluation_windows(done, before_days, after_days, earliest, latest):
    """The BEFORE and AFTER windows of a measure completed on the date ``done``, against the first and last day
    with incidents: ``before_start`` (first day of BEFORE), ``after_end`` (last day of AFTER), ``has_after`` (the
    incidents reach past ``done``), ``after_complete`` (they cover all of AFTER) and ``before_complete`` (they
    cover all of BEFORE)."""
    before_start = done - datetime.timedelta(days=before_days)
    after_end = done + datetime.timedelta(days=after_days)
    return {"before_start": before_start, "after_end": after_end,
            "has_after": not done + datetime.timedelta(days=1) > latest,
            "after_complete": after_end <= latest, "before_complete": not before_start < earliest}


def _count(value, name):
    v = float(value)
    if not math.isfinite(v) or v < 0:
        raise ValueError(f"{name} must be a non-negative count")
    return v


def _ratio_ci(t_before, t_after, c_before, c_after, z, dispersion):
    """(after/before in t) / (after/before in c) with a log-normal CI; 0.5 added to every cell if any is zero."""
    cells = [t_before, t_after, c_before, c_after]
    corrected = any(v == 0 for v in cells)
    if corrected:
        cells = [v + 0.5 for v in cells]
    tb, ta, cb, ca = cells
    ratio = (ta / tb) / (ca / cb)
    se = math.sqrt(dispersion * (1.0 / tb + 1.0 / ta + 1.0 / cb + 1.0 / ca))
    return ratio, ratio * math.exp(-z * se), ratio * math.exp(z * se), se, corrected


def wdq(a_before, a_after, b_before, b_after, c_before, c_after):
    """Weighted Displacement Quotient (Bowers & Johnson 2003): ``(value, code)``.

    value = (b_after/c_after − b_before/c_before) / (a_after/c_after − a_before/c_before). The code is
    "undefined" (value NaN) when the control has a zero count or the denominator is ≥ 0 (no relative success in the
    target area, so displacement cannot be judged), else "diffusion_of_benefits" (> 0), "displacement" (< 0) or
    "no_displacement" (= 0). |value| > 1 means the buffer effect outweighs the direct effect.
    """
    a_b, a_a, b_b, b_a, c_b, c_a = (float(v) for v in (a_before, a_after, b_before, b_after, c_before, c_after))
    if c_b <= 0 or c_a <= 0:
        return float("nan"), "undefined"
    den = a_a / c_a - a_b / c_b
    if den >= 0:
        return float("nan"), "undefined"
    value = (b_a / c_a - b_b / c_b) / den
    if abs(value) < 1e-12:
        return 0.0, "no_displacement"
    return value, "diffusion_of_benefits" if value > 0 else "displacement"


def effect(a_before, a_after, b_before, b_after, c_before, c_after, confidence=0.95, min_incidents=10, dispersion=1.0):
    """Before/after effect in target area A, buffer B and control C (counts), as a dict of numbers and codes.

    ``relative_change`` = (A_after/A_before)/(C_after/C_before) (< 1: relative decrease; its inverse is Farrington's
    relative effect size ``res``) with a ``confidence`` CI from var(log) = dispersion × (1/A_b + 1/A_a + 1/C_b + 1/C_a);
    if any of those four counts is zero, 0.5 is added to all four (Haldane–Anscombe) and ``zero_cell_correction`` is
    True. ``dispersion`` > 1 widens the CI for overdispersed counts (Farrington et al. 2007). The same is given for
    the buffer (``buffer_relative_change``…). ``wdq``/``wdq_code`` come from :func:`wdq`. ``verdict`` is
    "too_few_data" when A_before + A_after < ``min_incidents``, else "sign_of_decrease" (CI wholly below 1),
    "sign_of_increase" (wholly above 1) or "no_sign_of_effect" (the CI spans 1: this is not evidence of no effect).
    """
    names = ("a_before", "a_after", "b_before", "b_after", "c_before", "c_after")
    a_b, a_a, b_b, b_a, c_b, c_a = (
        _count(v, n) for v, n in zip((a_before, a_after, b_before, b_after, c_before, c_after), names)
    )
    if not 0.0 < float(confidence) < 1.0:
        raise ValueError("confidence must be between 0 and 1")
    if not float(dispersion) > 0:
        raise ValueError("dispersion must be positive")
    z = NormalDist().inv_cdf(0.5 + float(confidence) / 2.0)
    rel, lo, hi, se, corrected = _ratio_ci(a_b, a_a, c_b, c_a, z, float(dispersion))
    b_rel, b_lo, b_hi, _, b_corrected = _ratio_ci(b_b, b_a, c_b, c_a, z, float(dispersion))
    w, w_code = wdq(a_b, a_a, b_b, b_a, c_b, c_a)
    if a_b + a_a < min_incidents:
        verdict = "too_few_data"
    elif hi < 1.0:
        verdict = "sign_of_decrease"
    elif lo > 1.0:
        verdict = "sign_of_increase"
    else:
        verdict = "no_sign_of_effect"
    return {
        "relative_change": rel,
        "change_pct": 100.0 * (rel - 1.0),
        "ci_low": lo,
        "ci_high": hi,
        "log_se": se,
        "res": 1.0 / rel,
        "confidence": float(confidence),
        "zero_cell_correction": corrected,
        "buffer_relative_change": b_rel,
        "buffer_ci_low": b_lo,
        "buffer_ci_high": b_hi,
        "buffer_zero_cell_correction": b_corrected,
        "wdq": w,
        "wdq_code": w_code,
        "wdq_exceeds_direct_effect": bool(math.isfinite(w) and abs(w) > 1.0),
        "verdict": verdict,
        "counts": dict(zip(names, (a_b, a_a, b_b, b_a, c_b, c_a))),
    }


def _geom(g, name):
    if g is None:
        return None
    if isinstance(g, BaseGeometry):
        return g
    if isinstance(g, str):
        return shapely_wkt.loads(g)
    try:
        gx, gy = (float(v) for v in g)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a shapely geometry, WKT or an (x, y) pair") from None
    return Point(gx, gy)


def count_zones(
    x,
    y,
    times,
    measure,
    date,
    radius=200.0,
    buffer=200.0,
    before_days=365,
    after_days=365,
    area=None,
    control=None,
):
    """Counts for :func:`effect`: incidents in target A (within ``radius`` of the measure), buffer B (``radius`` to
    ``radius + buffer``) and control C, BEFORE and AFTER the measure's ``date``.

    The measure day itself is left out: BEFORE is the ``before_days`` whole days before it ([D − before_days, D)),
    AFTER the ``after_days`` whole days after it ([D + 1 day, D + 1 day + after_days)). C is ``control`` if given,
    else ``area``, in both cases minus A and B; one of them is required. ``measure``, ``area`` and ``control`` are
    shapely geometries, WKT, or (for the measure) an (x, y) pair. Returns a dict of the six counts named as in
    effect().
    """
    m = _geom(measure, "measure")
    area, control = _geom(area, "area"), _geom(control, "control")
    if m is None or m.is_empty:
        raise ValueError("the measure needs a geometry")
    if control is None and area is None:
        raise ValueError("give a control area or the measure's area")
    if radius < 0 or buffer < 0 or before_days <= 0 or after_days <= 0:
        raise ValueError("radius and buffer must not be negative, and periods must be positive")
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    t = pd.Series(parse_timestamps(np.asarray(times).ravel()).astype("datetime64[ns]"))
    if not (x.size == y.size == len(t)):
        raise ValueError("x, y and times must have the same length")
    d = pd.Timestamp(date).normalize()
    before = ((t >= d - pd.Timedelta(days=before_days)) & (t < d)).to_numpy()
    after_start = d + pd.Timedelta(days=1)
    after = ((t >= after_start) & (t < after_start + pd.Timedelta(days=after_days))).to_numpy()
    if isinstance(m, Point):  # exact and fast for the common case of a point measure
        dist = np.hypot(x - m.x, y - m.y)
        in_a = dist <= radius
        in_ab = dist <= radius + buffer
    else:
        in_a = points_in_polygon(m.buffer(radius, 64) if radius > 0 else m, x, y)
        in_ab = points_in_polygon(m.buffer(radius + buffer, 64) if radius + buffer > 0 else m, x, y)
    in_b = in_ab & ~in_a
    if control is not None:
        in_c = points_in_polygon(control, x, y) & ~in_ab
    else:
        in_c = points_in_polygon(area, x, y) & ~in_ab
    out = {}
    for zone, mask in (("a", in_a), ("b", in_b), ("c", in_c)):
        out[zone + "_before"] = int(np.count_nonzero(mask & before))
        out[zone + "_after"] = int(np.count_nonzero(mask & after))
    return out
