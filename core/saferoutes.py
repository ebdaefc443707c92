"""Trygga stråk: cut paths into segments and score each segment for lighting, incidents and walk findings.

The score follows the EST practice of combining the "trygghetsvandring" checklist (lighting, findings) with
the incident picture (Brå 2019:5 "Effektiv samordning för trygghet", and Boverket's "Plats för trygghet"
lighting guidance): each factor is normalised to 0..1 by a fixed, documented cap so that indices from
different runs and municipalities can be compared, and the index is 100 minus the weighted loss.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import Cancelled
from .spatialindex import GridIndex, expand_runs, points_near_segments

DEFAULT_WEIGHTS = {"lighting": 0.35, "incidents": 0.35, "findings": 0.2, "density": 0.1}
FACTORS = ("lighting", "incidents", "findings", "density")

# Fixed caps: a sub-score reaches 1 (the whole weight is lost) at these values.
INCIDENT_CAP = 10.0  # incidents per 100 m of path per year within the buffer
FINDINGS_CAP = 6.0  # sum of severity x category weight within the buffer (e.g. two severe findings)
# lighting: the unlit share of the segment's length (unlit_m / length_m), already 0..1
# density: density / density_cap; by default the 95th percentile of the positive densities of this run
NONE_ABOVE = 95.0  # worst_factor is "none" when index >= this

SEGMENT_COLUMNS = [
    "path_index", "path_name", "length_m", "lamp_distance_m", "unlit_m", "lit_gap",
    "incidents_per_100m_year", "findings_score", "density", "index", "worst_factor",
]

_EPS = 1e-9


@dataclass
class Segments:
    """Paths cut into pieces. Per segment: ``path_index``, ``start_m``/``end_m`` (measures along the path),
    ``length_m``, ``mid_x``/``mid_y``; vertices are flat arrays ``vx``, ``vy``, ``vm`` (path measure) with
    segment i owning ``voff[i]:voff[i+1]``. Per path: ``path_names``, ``path_lit`` (True/False/None),
    ``path_length``."""

    path_index: np.ndarray
    start_m: np.ndarray
    end_m: np.ndarray
    mid_x: np.ndarray
    mid_y: np.ndarray
    voff: np.ndarray
    vx: np.ndarray
    vy: np.ndarray
    vm: np.ndarray
    path_names: list
    path_lit: list
    path_length: np.ndarray

    def __len__(self):
        return int(self.path_index.size)

    @property
    def length_m(self):
        return self.end_m - self.start_m

    def vertices(self, i):
        """The (k, 2) vertex array of segment ``i``."""
        a, b = self.voff[i], self.voff[i + 1]
        return np.column_stack([self.vx[a:b], self.vy[a:b]])

    @property
    def start_xy(self):
        return np.column_stack([self.vx[self.voff[:-1]], self.vy[self.voff[:-1]]])

    @property
    def end_xy(self):
        return np.column_stack([self.vx[self.voff[1:] - 1], self.vy[self.voff[1:] - 1]])

    def edges(self):
        """Straight edges of all segments: dict of ``seg``, ``x0``, ``y0``, ``x1``, ``y1``, ``m0``, ``m1``."""
        nv = np.diff(self.voff)
        seg = np.repeat(np.arange(len(self), dtype=np.int64), nv - 1)
        first = expand_runs(self.voff[:-1], nv - 1)
        return {"seg": seg, "x0": self.vx[first], "y0": self.vy[first], "x1": self.vx[first + 1],
                "y1": self.vy[first + 1], "m0": self.vm[first], "m1": self.vm[first + 1]}


def _cuts(total, segment_length):
    k = int(np.floor(total / segment_length + _EPS))
    if k == 0:
        return np.array([0.0, total])
    cuts = np.arange(k + 1, dtype=float) * segment_length
    rest = total - cuts[-1]
    if rest >= 0.5 * segment_length - _EPS:
        return np.append(cuts, total)
    cuts[-1] = total  # a short remainder is merged into the last piece
    return cuts


def _stretch_cuts(total, segment_length, junctions):
    """_cuts over each stretch between consecutive junction measures, so that no piece spans a junction."""
    marks = np.sort(np.asarray(junctions if junctions is not None else [], dtype=float).ravel())
    marks = marks[(marks > 1e-7) & (marks < total - 1e-7)]
    if marks.size:
        marks = marks[np.concatenate([[True], np.diff(marks) > 1e-7])]
    if marks.size == 0:
        return _cuts(total, segment_length)
    bounds = np.concatenate([[0.0], marks, [total]])
    parts = [a + _cuts(b - a, segment_length)[:-1] for a, b in zip(bounds[:-1], bounds[1:])]
    return np.concatenate(parts + [[total]])


def segment_paths(lines, segment_length=25.0, names=None, lit=None, junctions=None):
    """Cut each path (an (n, 2) coordinate array) into pieces of ``segment_length`` metres measured along the
    path. The last piece of a path may be shorter but never below half the length (then it is merged into the
    previous one), unless the whole path is shorter. Paths with fewer than two distinct points are skipped.
    ``names`` and ``lit`` (True/False/None) are per path. ``junctions`` (optional, per path) lists measures
    along the path where it meets the network (see core.network.node_lines): a piece never spans one, the
    rule above applies to each stretch between them."""
    segment_length = float(segment_length)
    if not np.isfinite(segment_length) or segment_length <= 0:
        raise ValueError("segment_length must be a positive number")
    lines = list(lines)
    n_paths = len(lines)
    names = [None] * n_paths if names is None else list(names)
    lit = [None] * n_paths if lit is None else list(lit)
    junctions = [None] * n_paths if junctions is None else list(junctions)
    if len(names) != n_paths or len(lit) != n_paths or len(junctions) != n_paths:
        raise ValueError("names, lit and junctions must have one value per path")
    lit = [None if (v is None or (isinstance(v, float) and np.isnan(v))) else bool(v) for v in lit]
    pidx, s_m, e_m, mx, my, nverts, vx, vy, vm = [], [], [], [], [], [], [], [], []
    plen = np.zeros(n_paths)
    for i, line in enumerate(lines):
        pts = np.asarray(line, dtype=float)
        if pts.ndim != 2 or pts.shape[0] < 2 or pts.shape[1] < 2:
            continue
        pts = pts[:, :2]
        if not np.all(np.isfinite(pts)):
            raise ValueError(f"path {i} has NaN or infinite coordinates")
        step = np.hypot(np.diff(pts[:, 0]), np.diff(pts[:, 1]))
        keep = np.concatenate([[True], step > _EPS])
        pts = pts[keep]
        if pts.shape[0] < 2:
            continue
        cum = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(pts[:, 0]), np.diff(pts[:, 1])))])
        total = cum[-1]
        plen[i] = total
        cuts = _stretch_cuts(total, segment_length, junctions[i])
        inner = cum[1:-1]
        near_cut = np.abs(inner[:, None] - cuts[None, :]).min(axis=1) <= 1e-7 if inner.size else np.zeros(0, bool)
        meas = np.sort(np.concatenate([cuts, inner[~near_cut]]))
        x = np.interp(meas, cum, pts[:, 0])
        y = np.interp(meas, cum, pts[:, 1])
        cpos = np.searchsorted(meas, cuts)
        counts = np.diff(cpos) + 1
        take = expand_runs(cpos[:-1], counts)
        vx.append(x[take])
        vy.append(y[take])
        vm.append(meas[take])
        nverts.append(counts)
        pidx.append(np.full(cuts.size - 1, i, dtype=np.int64))
        s_m.append(cuts[:-1])
        e_m.append(cuts[1:])
        mid = 0.5 * (cuts[:-1] + cuts[1:])
        mx.append(np.interp(mid, cum, pts[:, 0]))
        my.append(np.interp(mid, cum, pts[:, 1]))

    def cat(parts, dtype=float):
        return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)

    nv = cat(nverts, np.int64)
    return Segments(
        path_index=cat(pidx, np.int64), start_m=cat(s_m), end_m=cat(e_m), mid_x=cat(mx), mid_y=cat(my),
        voff=np.concatenate([[0], np.cumsum(nv)]).astype(np.int64), vx=cat(vx), vy=cat(vy), vm=cat(vm),
        path_names=names, path_lit=lit, path_length=plen,
    )


# ---------------------------------------------------------------------------------------------------------
# input helpers

def _columns(obj, names, what):
    """Unpack ``obj`` (None, a dict/DataFrame with these keys, or a tuple in this order) into float arrays;
    missing trailing items are None."""
    if obj is None:
        return [None] * len(names)
    if isinstance(obj, (dict, pd.DataFrame)):
        cols = [obj[n] if n in obj else None for n in names]
    else:
        cols = list(obj) + [None] * (len(names) - len(obj))
        if len(cols) > len(names):
            raise ValueError(f"{what}: expected at most {len(names)} arrays")
    out = []
    for c in cols:
        out.append(None if c is None else np.asarray(c).ravel())
    if out[0] is None or out[1] is None or out[0].size != out[1].size:
        raise ValueError(f"{what}: x and y arrays of the same length are required")
    for j, c in enumerate(out):
        if c is not None and c.size != out[0].size:
            raise ValueError(f"{what}: every array must have one value per point")
        if c is not None and j < 2:
            out[j] = c.astype(float)
            if not np.all(np.isfinite(out[j])):
                raise ValueError(f"{what}: coordinates must be finite")
    return out


def _lamps(lamps):
    x, y, ok = _columns(lamps, ("x", "y", "ok"), "lamps")
    if x is None:
        return 0, np.zeros(0), np.zeros(0)
    if ok is not None:
        okb = np.array([v is None or (isinstance(v, float) and np.isnan(v)) or bool(v) for v in ok], dtype=bool)
        return x.size, x[okb], y[okb]
    return x.size, x, y


def _tick(progress, fraction):
    if progress is not None and progress(float(fraction)) is False:
        raise Cancelled()


# ---------------------------------------------------------------------------------------------------------
# lighting

def _uncovered(group, a, b, gstart, gend):
    """Stretches of [gstart[g], gend[g]] not covered by any interval [a, b] of group g:
    ``(group, from, to)`` sorted by group and position."""
    ng = gstart.size
    big = float(np.max(gend)) + 1.0 if ng else 1.0
    o = np.lexsort((a, group))
    g, a, b = group[o], a[o], b[o]
    run = np.maximum.accumulate(g * big + b) - g * big if g.size else b
    prev = np.empty_like(run)
    prev[1:] = run[:-1]
    newg = np.ones(g.size, dtype=bool)
    newg[1:] = g[1:] != g[:-1]
    prev[newg] = gstart[g[newg]]
    prev = np.maximum(prev, gstart[g])  # (run of the group before is meaningless at a group's first interval)
    lead_g, lead_f, lead_t = g, prev, np.minimum(a, gend[g])
    last = np.ones(g.size, dtype=bool)
    last[:-1] = g[1:] != g[:-1]
    has = np.zeros(ng, dtype=bool)
    has[g] = True
    none = np.nonzero(~has)[0]
    tail_g = np.concatenate([g[last], none])
    tail_f = np.concatenate([run[last], gstart[none]])
    tail_t = gend[tail_g]
    gg = np.concatenate([lead_g, tail_g])
    ff = np.concatenate([lead_f, tail_f])
    tt = np.concatenate([lead_t, tail_t])
    keep = tt - ff > 1e-7
    gg, ff, tt = gg[keep], ff[keep], tt[keep]
    o = np.lexsort((ff, gg))
    return gg[o], ff[o], tt[o]


def _lit_intervals(segments, lx, ly, reach):
    """Lit stretches: for each (edge, lamp) within ``reach``, the interval of the edge closer than ``reach`` to
    the lamp (circle-line intersection), as (segment, from_m, to_m) in path measures."""
    e = segments.edges()
    s, p, _ = points_near_segments(lx, ly, e["x0"], e["y0"], e["x1"], e["y1"], reach)
    if s.size == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0)
    x0, y0, x1, y1 = e["x0"][s], e["y0"][s], e["x1"][s], e["y1"][s]
    ln = np.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / ln, (y1 - y0) / ln
    wx, wy = lx[p] - x0, ly[p] - y0
    along = wx * ux + wy * uy
    perp2 = np.maximum(wx * wx + wy * wy - along * along, 0.0)
    h = np.sqrt(np.maximum(reach * reach - perp2, 0.0))
    f = np.clip(along - h, 0.0, ln)
    t = np.clip(along + h, 0.0, ln)
    m0 = e["m0"][s]
    return e["seg"][s], m0 + f, m0 + t


def _unlit(segments, n_lamp_data, lx, ly, reach):
    """Per-path unlit stretches (path, from_m, to_m) and a per-path flag 'lighting unknown'."""
    n_paths = len(segments.path_names)
    plen = segments.path_length
    present = np.zeros(n_paths, dtype=bool)
    present[segments.path_index] = True
    unknown = np.zeros(n_paths, dtype=bool)
    if n_lamp_data == 0:
        # no lamp data at all: fall back on the path's own lit attribute
        lit = segments.path_lit
        dark = np.array([present[i] and lit[i] is False for i in range(n_paths)], dtype=bool)
        unknown = np.array([present[i] and lit[i] is None for i in range(n_paths)], dtype=bool)
        g = np.nonzero(dark)[0]
        return g, np.zeros(g.size), plen[g], unknown
    seg, f, t = _lit_intervals(segments, lx, ly, reach)
    pg = segments.path_index[seg]
    g, f, t = _uncovered(pg, f, t, np.zeros(n_paths), plen)
    keep = present[g]
    return g[keep], f[keep], t[keep], unknown


def longest_gaps(segments, lamps, lamp_reach=30.0, gap_threshold=50.0):
    """Every unlit stretch of every path (farther than ``lamp_reach`` from each working lamp, measured exactly
    along the path, across segment boundaries): DataFrame ``path_index, path_name, start_m, end_m, length_m,
    is_gap`` (length >= gap_threshold), longest first within each path. Paths whose lighting is unknown (no
    lamp data and lit unknown) have no rows."""
    n_data, lx, ly = _lamps(lamps)
    g, f, t, _ = _unlit(segments, n_data, lx, ly, float(lamp_reach))
    df = pd.DataFrame({
        "path_index": g.astype(np.int64),
        "path_name": [segments.path_names[i] for i in g],
        "start_m": f, "end_m": t, "length_m": t - f,
    })
    df["is_gap"] = df["length_m"] >= float(gap_threshold) - 1e-7
    df = df.sort_values(["path_index", "length_m", "start_m"], ascending=[True, False, True], kind="mergesort")
    return df.reset_index(drop=True)


# ---------------------------------------------------------------------------------------------------------
# scoring

def _weighted_sum_near(segments, x, y, w, radius):
    out = np.zeros(len(segments))
    if x is None or x.size == 0:
        return out
    e = segments.edges()
    es, p, _ = points_near_segments(x, y, e["x0"], e["y0"], e["x1"], e["y1"], radius)
    seg = e["seg"][es]
    # a point near two edges of the same segment counts once
    key = np.unique(seg * np.int64(x.size) + p)
    seg, p = key // x.size, key % x.size
    return np.bincount(seg, weights=w[p], minlength=len(segments))


def _check_weights(weights):
    unknown = set(weights) - set(FACTORS)
    if unknown:
        raise ValueError("unknown weight(s): {}".format(", ".join(sorted(unknown))))
    w = np.array([float(weights.get(k, 0.0)) for k in FACTORS])
    if np.any(~np.isfinite(w)) or np.any(w < 0) or w.sum() <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    return w


def score_segments(segments, lamps, incidents, findings, *, lamp_reach=30.0, gap_threshold=50.0, buffer=50.0,
                   years=1.0, sample_step=5.0, weights=None, density=None, incident_cap=INCIDENT_CAP,
                   findings_cap=FINDINGS_CAP, density_cap=None, progress=None):
    """Score each segment 0 (unsafe) .. 100 (safe).

    lamps = (x, y, ok) with ok None meaning working; incidents = (x, y[, weight]); findings = (x, y, severity
    1-3[, category_weight]); each may also be a dict/DataFrame with those keys, or None. ``density`` is one value
    per segment (e.g. a kernel density sampled at the midpoints by the adapter).
    Lighting is exact (circle-line intersection of every working lamp's reach with the path), so ``sample_step``
    is accepted for compatibility and not needed. Sub-scores: lighting = unlit_m / length_m; incidents =
    rate / incident_cap; findings = findings_score / findings_cap; density = density / density_cap (default: the
    95th percentile of positive densities); each clipped to 0..1. index = 100 x (1 - sum w_k s_k) with weights
    renormalised over the factors known for the segment. lit_gap marks segments that overlap an unlit stretch of
    the path (across segment boundaries) of at least ``gap_threshold`` metres.
    """
    weights = DEFAULT_WEIGHTS if weights is None else weights
    wvec = _check_weights(weights)
    for name, val in (("lamp_reach", lamp_reach), ("buffer", buffer), ("gap_threshold", gap_threshold)):
        if not np.isfinite(float(val)) or float(val) < 0:
            raise ValueError(f"{name} must be a non-negative number")
    years = float(years)
    if not np.isfinite(years) or years <= 0:
        raise ValueError("years must be positive")
    for name, val in (("incident_cap", incident_cap), ("findings_cap", findings_cap)):
        if not np.isfinite(float(val)) or float(val) <= 0:
            raise ValueError(f"{name} must be positive")
    n = len(segments)
    length = segments.length_m
    pidx = segments.path_index
    _tick(progress, 0.0)

    # lighting
    n_data, lx, ly = _lamps(lamps)
    if n_data == 0:
        lamp_dist = np.full(n, np.nan)
    elif lx.size == 0:
        lamp_dist = np.full(n, np.inf)
    else:
        _, lamp_dist = GridIndex(lx, ly).nearest(segments.mid_x, segments.mid_y)
    _tick(progress, 0.15)
    g, f, t, unknown = _unlit(segments, n_data, lx, ly, float(lamp_reach))
    _tick(progress, 0.4)
    # clip each path's unlit stretches to its segments: stretches and segments are both sorted along the path
    unlit = np.zeros(n)
    lit_gap = np.zeros(n, dtype=bool)
    if g.size and n:
        # segments are stored path by path in measure order: lay the paths end to end on one axis
        offset = np.concatenate([[0.0], np.cumsum(segments.path_length + 1.0)])
        s0 = offset[pidx] + segments.start_m
        s1 = offset[pidx] + segments.end_m
        first = np.searchsorted(s1, offset[g] + f, side="right")
        last = np.searchsorted(s0, offset[g] + t, side="left")
        cnt = np.maximum(last - first, 0)
        seg = expand_runs(first, cnt)
        k = np.repeat(np.arange(g.size), cnt)
        over = np.minimum(segments.end_m[seg], t[k]) - np.maximum(segments.start_m[seg], f[k])
        pos = over > 1e-7
        seg, k, over = seg[pos], k[pos], over[pos]
        np.add.at(unlit, seg, over)  # a segment can hold several separate unlit stretches: their sum
        is_gap = (t - f) >= float(gap_threshold) - 1e-7
        lit_gap[seg[is_gap[k]]] = True
    unlit[unknown[pidx]] = np.nan
    _tick(progress, 0.5)

    # incidents
    ix, iy, iw = _columns(incidents, ("x", "y", "weight"), "incidents") if incidents is not None else (None,) * 3
    if ix is not None:
        iw = np.ones(ix.size) if iw is None else iw.astype(float)
        if np.any(~np.isfinite(iw)) or np.any(iw < 0):
            raise ValueError("incidents: weights must be finite and non-negative")
    inc = _weighted_sum_near(segments, ix, iy, iw, float(buffer))
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = inc / length * 100.0 / years
    _tick(progress, 0.8)

    # findings
    fx, fy, fsev, fcw = (_columns(findings, ("x", "y", "severity", "category_weight"), "findings")
                         if findings is not None else (None,) * 4)
    if fx is not None:
        if fsev is None:
            raise ValueError("findings: severity is required")
        fsev = fsev.astype(float)
        if np.any(~np.isfinite(fsev)) or np.any((fsev < 1) | (fsev > 3)):
            raise ValueError("findings: severity must be 1, 2 or 3")
        fcw = np.ones(fx.size) if fcw is None else fcw.astype(float)
        if np.any(~np.isfinite(fcw)) or np.any(fcw < 0):
            raise ValueError("findings: category weights must be finite and non-negative")
        fval = fsev * fcw
    else:
        fval = None
    fscore = _weighted_sum_near(segments, fx, fy, fval, float(buffer))
    _tick(progress, 0.9)

    # density
    if density is None:
        dens = np.full(n, np.nan)
        dnorm = np.full(n, np.nan)
    else:
        dens = np.asarray(density, dtype=float).ravel()
        if dens.size != n:
            raise ValueError("density must have one value per segment")
        if density_cap is None:
            pos = dens[np.isfinite(dens) & (dens > 0)]
            density_cap = float(np.percentile(pos, 95)) if pos.size else 1.0
        density_cap = float(density_cap)
        if not np.isfinite(density_cap) or density_cap <= 0:
            raise ValueError("density_cap must be positive")
        dnorm = np.clip(dens / density_cap, 0.0, 1.0)

    with np.errstate(invalid="ignore", divide="ignore"):
        light = np.clip(unlit / length, 0.0, 1.0)
    sub = np.column_stack([light, np.clip(rate / float(incident_cap), 0, 1),
                           np.clip(fscore / float(findings_cap), 0, 1), dnorm])
    known = np.isfinite(sub) & (wvec[None, :] > 0)
    wk = np.where(known, wvec[None, :], 0.0)
    wsum = wk.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        contrib = np.where(known, np.nan_to_num(sub) * wk, 0.0) / wsum[:, None]
    contrib[wsum <= 0] = 0.0
    index = 100.0 * (1.0 - contrib.sum(axis=1))
    index = np.clip(index, 0.0, 100.0)
    worst = np.array(FACTORS, dtype=object)[np.argmax(contrib, axis=1)] if n else np.zeros(0, dtype=object)
    worst = np.where((index >= NONE_ABOVE) | (contrib.max(axis=1, initial=0.0) <= 0), "none", worst)

    df = pd.DataFrame({
        "path_index": pidx.astype(np.int64),
        "path_name": [segments.path_names[i] for i in pidx],
        "length_m": length,
        "lamp_distance_m": lamp_dist,
        "unlit_m": unlit,
        "lit_gap": lit_gap,
        "incidents_per_100m_year": rate,
        "findings_score": fscore,
        "density": dens,
        "index": index,
        "worst_factor": worst.astype(object),
    }, columns=SEGMENT_COLUMNS)
    _tick(progress, 1.0)
    return df


def summarise_paths(df, gaps=None):
    """One row per named path (unnamed paths one row each): ``path_name, n_segments, length_m, mean_index``
    (length-weighted), ``worst_index``, ``unlit_m``, ``n_gaps``, sorted from least to most safe.
    With ``gaps`` from :func:`longest_gaps`, unlit_m is the exact unlit length and n_gaps the number of unlit
    stretches >= the gap threshold; without it, unlit_m sums the segments' unlit_m and n_gaps counts runs of
    consecutive segments flagged lit_gap. unlit_m is NaN when a path's lighting is unknown."""
    need = {"path_index", "path_name", "length_m", "unlit_m", "lit_gap", "index"}
    if not need <= set(df.columns):
        raise ValueError("missing columns: {}".format(", ".join(sorted(need - set(df.columns)))))
    d = df.reset_index(drop=True)
    names = d["path_name"].astype(object)
    named = names.notna() & (names.astype(str).str.strip() != "")
    key = np.where(named, "n:" + names.astype(str), "i:" + d["path_index"].astype(str))
    d = d.assign(_key=key, _wi=d["index"] * d["length_m"], _nan=d["unlit_m"].isna())
    if gaps is None:
        prev = d["lit_gap"].shift(1, fill_value=False).astype(bool)
        same = d["path_index"].eq(d["path_index"].shift(1))
        d["_gaps"] = (d["lit_gap"].astype(bool) & ~(prev & same)).astype(np.int64)
        d["_unlit"] = d["unlit_m"].fillna(0.0)
    else:
        # spread each path's exact totals onto its first segment row so a plain sum per group works
        tot = gaps.groupby("path_index")["length_m"].sum()
        cnt = gaps[gaps["is_gap"].astype(bool)].groupby("path_index").size()
        first = ~d["path_index"].duplicated()
        d["_unlit"] = np.where(first, d["path_index"].map(tot).fillna(0.0), 0.0)
        d["_gaps"] = np.where(first, d["path_index"].map(cnt).fillna(0), 0).astype(np.int64)
    grp = d.groupby("_key", sort=False)
    out = pd.DataFrame({
        "path_name": grp["path_name"].first(),
        "path_index": grp["path_index"].first().astype(np.int64),
        "n_segments": grp.size().astype(np.int64),
        "length_m": grp["length_m"].sum(),
        "_wi": grp["_wi"].sum(),
        "worst_index": grp["index"].min(),
        "unlit_m": grp["_unlit"].sum(),
        "_nan": grp["_nan"].any(),
        "n_gaps": grp["_gaps"].sum().astype(np.int64),
    })
    out["path_name"] = [n if k.startswith("n:") else None for k, n in zip(out.index, out["path_name"])]
    with np.errstate(invalid="ignore", divide="ignore"):
        out["mean_index"] = np.where(out["length_m"] > 0, out["_wi"] / out["length_m"], np.nan)
    out.loc[out["_nan"].astype(bool), "unlit_m"] = np.nan
    cols = ["path_name", "path_index", "n_segments", "length_m", "mean_index", "worst_index", "unlit_m", "n_gaps"]
    out = out[cols]
    return out.sort_values(["mean_index", "path_index"], kind="mergesort").reset_index(drop=True)
