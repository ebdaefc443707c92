"""Safety-walk (trygghetsvandring) overlay: tie findings to path segments, rank them, and compare two walks.

Follows the EST follow-up practice of revisiting a walk's findings (Brå 2019:5, "Effektiv samordning för
trygghet"; Boverket "Trygghetsvandringar"): a finding that recurs at the same place in a later walk is
"persisting", one that does not is "fixed", and a finding with no earlier counterpart is "new".
"""

import re
import unicodedata

import numpy as np
import pandas as pd

from .spatialindex import GridIndex, SegmentIndex


def _xy(a, what):
    arr = np.asarray(a, dtype=float)
    if arr.size == 0:
        return np.zeros((0, 2))
    arr = arr.reshape(-1, 2) if arr.ndim == 1 and arr.size == 2 else arr
    if arr.ndim != 2 or arr.shape[1] < 2:
        raise ValueError(f"{what}: expected an (n, 2) coordinate array")
    arr = arr[:, :2]
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{what}: coordinates must be finite")
    return arr


def assign_nearest(finding_xy, segments, areas=None, max_distance=np.inf):
    """Nearest path segment of each finding: DataFrame ``segment_index`` (-1 when none within max_distance),
    ``path_index``, ``distance_m``, and ``area`` when a precomputed per-finding area array is given (the adapter
    does the point-in-polygon)."""
    xy = _xy(finding_xy, "findings")
    e = segments.edges()
    idx = np.full(xy.shape[0], -1, dtype=np.int64)
    dist = np.full(xy.shape[0], np.inf)
    if e["seg"].size and xy.shape[0]:
        ei, dist, _ = SegmentIndex(e["x0"], e["y0"], e["x1"], e["y1"]).nearest(xy[:, 0], xy[:, 1], max_distance)
        idx = np.where(ei >= 0, e["seg"][np.maximum(ei, 0)], -1)
    out = pd.DataFrame({
        "segment_index": idx,
        "path_index": np.where(idx >= 0, segments.path_index[np.maximum(idx, 0)] if len(segments) else -1, -1),
        "distance_m": dist,
    })
    if areas is not None:
        areas = np.asarray(areas, dtype=object).ravel()
        if areas.size != xy.shape[0]:
            raise ValueError("areas must have one value per finding")
        out["area"] = areas
    return out


def priority(severity, recurrence_count, in_hotspot):
    """Priority score = severity x recurrence_count x (2 if the finding lies in a hot spot else 1).
    Severity 1-3; recurrence_count >= 1 (how many walks reported it). Works on scalars or arrays."""
    sev = np.asarray(severity, dtype=float)
    rec = np.asarray(recurrence_count, dtype=float)
    hot = np.asarray(in_hotspot, dtype=bool)
    if np.any(~np.isfinite(sev)) or np.any((sev < 1) | (sev > 3)):
        raise ValueError("severity must be 1, 2 or 3")
    if np.any(~np.isfinite(rec)) or np.any(rec < 1):
        raise ValueError("recurrence_count must be at least 1")
    score = sev * rec * np.where(hot, 2.0, 1.0)
    return float(score) if score.ndim == 0 else score


def compare_walks(earlier_xy, earlier_cat, later_xy, later_cat, distance=20.0):
    """Match findings of two walks one-to-one: pairs of the same category within ``distance`` metres, taken
    greedily from the closest pair (ties by earlier, then later index). Returns ``(earlier_status,
    later_status)`` arrays: earlier "persisting" or "fixed"; later "persisting" or "new"."""
    a = _xy(earlier_xy, "earlier walk")
    b = _xy(later_xy, "later walk")
    ca = np.asarray(earlier_cat, dtype=object).ravel()
    cb = np.asarray(later_cat, dtype=object).ravel()
    if ca.size != a.shape[0] or cb.size != b.shape[0]:
        raise ValueError("one category per finding is required")
    distance = float(distance)
    if not np.isfinite(distance) or distance < 0:
        raise ValueError("distance must be a non-negative number")
    st_a = np.full(a.shape[0], "fixed", dtype=object)
    st_b = np.full(b.shape[0], "new", dtype=object)
    if a.shape[0] == 0 or b.shape[0] == 0:
        return st_a, st_b
    q, p = GridIndex(b[:, 0], b[:, 1], max(distance, 1e-6)).within(a[:, 0], a[:, 1], distance)
    same = np.array([ca[i] == cb[j] for i, j in zip(q, p)], dtype=bool) if q.size else np.zeros(0, bool)
    q, p = q[same], p[same]
    d = np.hypot(a[q, 0] - b[p, 0], a[q, 1] - b[p, 1])
    used_a = np.zeros(a.shape[0], dtype=bool)
    used_b = np.zeros(b.shape[0], dtype=bool)
    for k in np.lexsort((p, q, d)):
        i, j = q[k], p[k]
        if not used_a[i] and not used_b[j]:
            used_a[i] = used_b[j] = True
    st_a[used_a] = "persisting"
    st_b[used_b] = "persisting"
    return st_a, st_b


_NOT_DECOMPOSED = {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                   "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def ascii_file_stem(name, default="vandring"):
    """A file name stem in plain ASCII letters, digits, '_' and '-' for a walk package: å, ä → a, ö → o, é → e
    and other accented letters lose their marks, everything else becomes '_' (QField and QFieldSync warn of
    file names that are not ASCII; the Swedish name stays the project's title)."""
    text = "".join(_NOT_DECOMPOSED.get(ch, ch) for ch in str(name))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9-]+", "_", text).strip("_-")[:80].rstrip("_-") or default
    if re.fullmatch(r"(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]", stem):  # names Windows reserves for devices
        stem = default + "_" + stem
    return stem
