"""Kernel density (heatmap) rasters identical to QGIS's ``qgis:heatmapkerneldensityestimation``, computed fast.

The grid, the cells a point reaches and the kernel formulas follow ``QgsKernelDensityEstimation``
(src/analysis/raster/qgskde.cpp, QGIS 3.40 after the fix of issue 60616), whose kernels come from
Wand & Jones, *Kernel Smoothing* (1995), p. 175. The fast method uses linear binning and FFT convolution
(Wand 1994, "Fast computation of multivariate kernel estimators"), with exact row spans for kernel jumps.
"""

import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .errors import Cancelled

KERNELS = ("quartic", "triangular", "uniform", "triweight", "epanechnikov")

# QGIS's raster nodata value for the heatmap output (the adapter applies it).
NODATA = -9999.0

# Linear binning's error for a single point, relative to the kernel's peak, is about (A / (s * r/pixel))^2 for
# the smooth quartic and triweight and about A / (s * r/pixel) for the kinked triangle and Epanechnikov, in units
# of ~0.4 % (measured against the exact method over random sub-pixel positions: the triangle's cone errs by
# 0.25 % x its height / (s * r/pixel), Epanechnikov by 0.47 % / (s * r/pixel)). The FFT method bins on a grid
# ``s`` times finer than the output, with ``s`` chosen to keep that error below ~0.4 %; the uniform kernel and
# the triangle's edge jump need no binning (exact spans). The triangle's cone has two kinks: its apex, which an
# odd ``s`` puts on a sub-grid node at every cell centre (an even ``s`` errs there by up to twice as much), and
# its edge, where the stencil is corrected (``_fft_part``, ``kink``); with both its error is about 0.145 x its
# height / (s * r/pixel), measured the same way, so A = 36 and ``s`` odd.
_SUBGRID_A = {0: 18.0, 1: 36.0, 2: 0.0, 3: 21.0, 4: 120.0}
_MAX_SUBGRID = 4

# Rounding by the 1.5 * 2**52 trick: adding it to a double |y| < 2**51 rounds y to the nearest integer (ties to
# even) and leaves that integer in the low bits of the sum's IEEE representation, so ``view(int64) - _MAGIC_BITS``
# converts without numpy's slow float-to-int cast.
_MAGIC = 1.5 * 2.0 ** 52
_MAGIC_BITS = int(np.array([_MAGIC]).view(np.int64)[0])

_SPAN_CHUNK = 1 << 14  # points per chunk of the row-span method
_SPAN_GROUP = 8  # window rows per bincount call

_FFT_SIZES = (256, 320, 384, 432, 480, 512, 576, 640, 720, 768, 864, 960, 1024, 1152, 1280, 1536, 2048)


@dataclass
class GridSpec:
    """An output raster: top-left corner, size in cells and square pixel size (map units).

    ``bounds`` is QGIS's search rectangle (point extent grown by the radius) as (x_min, y_min, x_max, y_max);
    the raster itself may reach a little beyond it east and south, exactly as QGIS lays it out.
    """

    x_min: float
    y_max: float
    cols: int
    rows: int
    pixel_size: float
    bounds: Optional[Tuple[float, float, float, float]] = None

    def geotransform(self) -> Tuple[float, float, float, float, float, float]:
        return (float(self.x_min), float(self.pixel_size), 0.0, float(self.y_max), 0.0, -float(self.pixel_size))

    def cell_centers(self) -> Tuple[np.ndarray, np.ndarray]:
        """Return (x of each column's centre, y of each row's centre); row 0 is the north edge."""
        ps = float(self.pixel_size)
        xc = self.x_min + (np.arange(self.cols) + 0.5) * ps
        yc = self.y_max - (np.arange(self.rows) + 0.5) * ps
        return xc, yc

    def qgis_bounds(self) -> Tuple[float, float, float, float]:
        if self.bounds is not None:
            return tuple(float(v) for v in self.bounds)
        ps = float(self.pixel_size)
        return (float(self.x_min), float(self.y_max - self.rows * ps), float(self.x_min + self.cols * ps),
                float(self.y_max))


def grid_for_points(x_min, y_min, x_max, y_max, radius, pixel_size) -> GridSpec:
    """Lay out the heatmap raster for a point extent exactly as QGIS's QgsKernelDensityEstimation::prepare()."""
    vals = [float(v) for v in (x_min, y_min, x_max, y_max, radius, pixel_size)]
    if not all(math.isfinite(v) for v in vals):
        raise ValueError("extent, radius and pixel size must be finite numbers")
    x_min, y_min, x_max, y_max, radius, pixel_size = vals
    if radius <= 0:
        raise ValueError("radius must be positive")
    if pixel_size <= 0:
        raise ValueError("pixel size must be positive")
    if x_max < x_min or y_max < y_min:
        raise ValueError("extent is empty")
    bx0, by0, bx1, by1 = x_min - radius, y_min - radius, x_max + radius, y_max + radius
    rows = int(max(math.ceil((by1 - by0) / pixel_size) + 1, 1.0))
    cols = int(max(math.ceil((bx1 - bx0) / pixel_size) + 1, 1.0))
    return GridSpec(x_min=bx0, y_max=by1, cols=cols, rows=rows, pixel_size=pixel_size, bounds=(bx0, by0, bx1, by1))


def _buffer_cells(radius, pixel_size) -> int:
    """QGIS's radiusSizeInPixels(): truncated radius/pixel, plus one if the remainder exceeds 0.5 map units."""
    b = int(radius / pixel_size)
    if radius - pixel_size * b > 0.5:
        b += 1
    return b


def _kernel_values(d, radius, kernel, decay, scaled):
    """Kernel value at distances ``d`` (all <= radius), same formulas and constants as QGIS 3.40."""
    r = float(radius)
    pi = math.pi
    if kernel == 0:  # quartic; QGIS 3.40.4+ uses 16/(5 pi r^2) * 15/16 (issue 60616 fixed the old 116)
        v = (1.0 - (d / r) ** 2) ** 2
        return v * (16.0 / (5.0 * pi * r * r) * (15.0 / 16.0)) if scaled else v
    if kernel == 1:  # triangular with decay ratio
        v = 1.0 - (1.0 - decay) * (d / r)
        if scaled and decay >= 0:
            return v * (3.0 / ((1.0 + 2.0 * decay) * pi * r * r))
        return v
    if kernel == 2:  # uniform
        v = np.ones_like(d, dtype=float)
        return v * (2.0 / (pi * r) * (0.5 / r)) if scaled else v
    if kernel == 3:  # triweight
        v = (1.0 - (d / r) ** 2) ** 3
        return v * (128.0 / (35.0 * pi * r * r) * (35.0 / 32.0)) if scaled else v
    if kernel == 4:  # epanechnikov
        v = 1.0 - (d / r) ** 2
        return v * (8.0 / (3.0 * pi * r * r) * (3.0 / 4.0)) if scaled else v
    raise ValueError("unknown kernel")


def _check_args(x, y, grid, radius, kernel, weights, decay):
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    if x.shape != y.shape:
        raise ValueError("x and y must have the same length")
    if x.size == 0:
        raise ValueError("no points")
    if weights is None:
        w = np.ones_like(x)
    else:
        w = np.asarray(weights, dtype=float).ravel()
        if w.shape != x.shape:
            raise ValueError("weights must have one value per point")
        w = np.where(np.isfinite(w), w, 0.0)  # QGIS reads a NULL weight as 0
    try:
        kernel = int(kernel)
    except (TypeError, ValueError):
        raise ValueError("unknown kernel") from None
    if not 0 <= kernel < len(KERNELS):
        raise ValueError("unknown kernel")
    radius = float(radius)
    if not (math.isfinite(radius) and radius > 0):
        raise ValueError("radius must be positive")
    if not (grid.pixel_size > 0 and grid.rows >= 1 and grid.cols >= 1):
        raise ValueError("invalid grid")
    decay = float(decay or 0.0)
    if not math.isfinite(decay):
        raise ValueError("decay must be a finite number")
    return x, y, w, kernel, radius, decay


def _windows(x, y, grid, radius):
    """Per point, QGIS's window origin (col, row from top, row from bottom) and which points QGIS keeps."""
    ps = float(grid.pixel_size)
    bx0, by0, bx1, by1 = grid.qgis_bounds()
    b = _buffer_cells(radius, ps)
    inside = (x >= bx0) & (x <= bx1) & (y >= by0) & (y <= by1)  # QgsRectangle::contains, NaN fails
    with np.errstate(invalid="ignore"):
        # C++ converts to unsigned int: truncation toward zero (values are > -1 for points inside the bounds)
        xpos = np.trunc((x - bx0) / ps - b)
        ypos = np.trunc((y - by0) / ps - b)
        yio = np.trunc((by1 - y) / ps - b)
    xpos = np.where(inside, xpos, 0).astype(np.int64)
    ypos = np.where(inside, ypos, 0).astype(np.int64)
    yio = np.where(inside, yio, 0).astype(np.int64)
    # GDALRasterIO fails (and the point adds nothing) if the block leaves the raster
    keep = inside & (xpos >= 0) & (yio >= 0) & (xpos + 2 * b + 1 <= grid.cols) & (yio + 2 * b + 1 <= grid.rows)
    return b, xpos, ypos, yio, keep


def _report(progress, fraction):
    if progress is not None and progress(min(max(float(fraction), 0.0), 1.0)) is False:
        raise Cancelled()


def kernel_density_exact(x, y, grid, radius, kernel=0, weights=None, decay=0.0, scaled=False, progress=None):
    """Direct evaluation with QGIS's exact semantics (per-point window, ``distance <= radius``, its quirks).

    Follows QgsKernelDensityEstimation::addFeature() cell by cell, vectorised over blocks of points; cost is
    points x (2*buffer+1)^2, so use it for small inputs and tests. Returns float32 (rows, cols), row 0 north.
    """
    x, y, w, kernel, radius, decay = _check_args(x, y, grid, radius, kernel, weights, decay)
    ps = float(grid.pixel_size)
    bx0, by0, _, _ = grid.qgis_bounds()
    b, xpos, ypos, yio, keep = _windows(x, y, grid, radius)
    idx = np.flatnonzero(keep)
    out = np.zeros(grid.rows * grid.cols, dtype=np.float64)
    side = 2 * b + 1
    offs = np.arange(side)
    chunk = max(1, 2_000_000 // (side * side))
    for start in range(0, idx.size, chunk):
        _report(progress, start / max(idx.size, 1))
        sel = idx[start:start + chunk]
        px, py = x[sel][:, None, None], y[sel][:, None, None]
        # same arithmetic as QGIS: centroid from the window origin counted from the bounds' west/south edges
        cx = (xpos[sel][:, None, None] + offs[None, None, :] + 0.5) * ps + bx0
        cy = (ypos[sel][:, None, None] + offs[None, :, None] + 0.5) * ps + by0
        d = np.sqrt((cx - px) ** 2 + (cy - py) ** 2)
        hit = d <= radius
        vals = w[sel][:, None, None] * _kernel_values(d, radius, kernel, decay, scaled)
        # ...but the block is written from the top (yPositionIO), so row yp lands on row yio + yp
        rr = yio[sel][:, None, None] + offs[None, :, None]
        cc = xpos[sel][:, None, None] + offs[None, None, :]
        flat = (rr * grid.cols + cc)
        flat, vals = np.broadcast_to(flat, hit.shape)[hit], vals[hit]
        out += np.bincount(flat, weights=vals, minlength=out.size)
    _report(progress, 1.0)
    return out.reshape(grid.rows, grid.cols).astype(np.float32)


def _effective_pixels(x, y, grid, ypos, yio):
    """Point positions in raster pixel units (col, row from the top) that reproduce QGIS's values.

    QGIS evaluates a block's centroids counting rows up from the bounds' south edge but writes the block
    counting down from the north edge; that mirrors each point within its pixel row. The mirrored row below
    gives every cell the same distance QGIS uses.
    """
    ps = float(grid.pixel_size)
    bx0, by0, _, _ = grid.qgis_bounds()
    return (x - bx0) / ps, (y - by0) / ps - (ypos - yio)


def _span_density(gx, gy, w, grid, radius, b, xpos, yio, progress, p0, p1):
    """Sum of w over points within ``radius`` of each cell centre (uniform kernel), exact, via row spans.

    A point adds +w at the first and -w after the last covered cell of each of its 2b+1 window rows, and a
    cumulative sum along the rows turns those ends into spans. Points are sorted by raster row so each chunk
    touches a narrow band; each row offset costs a few in-place vector operations per point and two
    ``bincount`` entries, and each group of row offsets is counted only over the raster rows it reaches. With
    equal weights the ends are counted (integers) and scaled once at the end. Distances exactly equal to the
    radius count as inside (QGIS tests ``d <= r``): the comparison is widened by far less than a millionth of a
    pixel, more than the rounding error of the pixel coordinates, so exact ties in map units are never lost.
    """
    ps = float(grid.pixel_size)
    rows, cols = int(grid.rows), int(grid.cols)
    ncol = cols + 1  # one spare column per row takes the "-w" of spans that end at the raster edge
    side = 2 * b + 1
    rho = radius / ps
    # coordinates are exact to ~1e-15 of the raster size; widen the disc by a safe multiple of that
    err = 64.0 * np.finfo(float).eps * (max(rows, cols) + side + rho)
    r2 = rho * rho + 4.0 * (rho + 1.0) * err + 4.0 * side * np.spacing(rho * rho)
    n = gx.size
    if rows < 1 << 16:
        order = np.argsort(yio.astype(np.uint16), kind="stable")  # radix sort
    else:
        order = np.argsort(yio, kind="stable")
    uniform_w = bool(w.min() == w.max())
    # per point, sorted by raster row: position in its window (u, v) and the flat index of its window's corner
    sorted_rows = yio[order]
    u_all = (gx - xpos)[order]
    u_all -= 0.5
    v_all = (gy - yio)[order]
    v_all -= 0.5
    corner = (yio * ncol + xpos)[order]
    w_all = None if uniform_w else w[order]
    del order
    chunk_pts, group = _SPAN_CHUNK, _SPAN_GROUP
    ks = np.arange(side)
    diff = np.zeros(rows * ncol, dtype=np.int64 if uniform_w else np.float64)
    # buffers of the largest chunk, reused: chunks of at most 16384 points and 64 raster rows stay in cache
    mm = min(n, chunk_pts)
    hw, h2, inc, u_lo, u_hi = (np.empty(mm) for _ in range(5))
    t_buf = np.empty(2 * mm)
    b_buf = np.empty(2 * mm, dtype=np.int64)
    idx_buf = np.empty(group * 2 * mm, dtype=np.int64)
    wts_buf = None if uniform_w else np.empty(group * 2 * mm)
    start = 0
    while start < n:
        stop = min(start + chunk_pts, int(np.searchsorted(sorted_rows, sorted_rows[start] + 64, "left")))
        _report(progress, p0 + (p1 - p0) * start / max(n, 1))
        m = stop - start
        # cell j of window row k is covered iff (j - u)^2 + (k - v)^2 <= rho^2
        u = u_all[start:stop]
        v = v_all[start:stop]
        r_lo, r_hi = int(sorted_rows[start]), int(sorted_rows[stop - 1])
        # u, v lie in [b - 0.5, b + 0.5) except near the raster's west and south edges, where QGIS truncates
        # the window origin toward zero. Fast rows: the disc's chord is never empty for any v of the chunk.
        v_min, v_max = float(v.min()), float(v.max())
        full = np.maximum(np.abs(ks - v_min), np.abs(ks - v_max)) + 1e-6 <= rho
        fast_rows = ks[full]
        first_fast = int(fast_rows[0]) if fast_rows.size else side
        # spans leave the window only if the disc reaches a whole cell beyond it (c0 < 0 or c1 > side)
        clip = float(u.min()) - rho - err <= -1.0 + 1e-6 or float(u.max()) + rho + err >= side - 1e-6
        # a group of window rows reaches the raster rows [r_lo + g0, r_hi + g0 + group): ``span`` cells, counted
        # for the span starts (then the ends, with equal weights); the bin ``dump`` takes rows the disc misses
        span = (r_hi - r_lo + group) * ncol
        dump = 2 * span if uniform_w else span
        # c0 = ceil(u - hw - err) = round(u - hw - err + 0.5); c1 = floor(u + hw + err) + 1
        np.add(u, 0.5 - err, out=u_lo[:m])
        np.add(u, err - 0.5, out=u_hi[:m])
        ends = b_buf[:2 * m].reshape(2, m)  # window corner's flat index for the starts, then for the ends
        np.subtract(corner[start:stop], _MAGIC_BITS + r_lo * ncol, out=ends[0])
        np.add(ends[0], 1 + (span if uniform_w else 0), out=ends[1])
        ul, uh, hwm = u_lo[:m], u_hi[:m], hw[:m]
        tm = t_buf[:2 * m].reshape(2, m)
        idx = idx_buf[:group * 2 * m].reshape(group, 2, m)
        h2m, incm = h2[:m], inc[:m]
        np.subtract(first_fast, v, out=h2m)  # h2 = r2 - (k - v)^2, updated row by row over the fast rows
        np.square(h2m, out=h2m)
        np.subtract(r2, h2m, out=h2m)
        np.multiply(v, 2.0, out=incm)
        incm -= 1.0 + 2.0 * first_fast
        if not uniform_w:
            wts = wts_buf[:group * 2 * m].reshape(group, 2, m)
            wts[:, 0, :] = w_all[start:stop]
            wts[:, 1, :] = -w_all[start:stop]
        for g0 in range(0, side, group):
            kk = ks[g0:g0 + group]
            for i, k in enumerate(kk):
                k = int(k)
                if full[k]:
                    if k > first_fast:
                        h2m += incm
                        incm -= 2.0
                    np.sqrt(h2m, out=hwm)
                    missed = None
                else:
                    # rows at the top and bottom of the window: the disc may miss them entirely
                    h = r2 - (k - v) ** 2
                    missed = h < 0.0
                    np.maximum(h, 0.0, out=h)
                    np.sqrt(h, out=hwm)
                np.subtract(ul, hwm, out=tm[0])
                np.add(uh, hwm, out=tm[1])
                if clip:
                    np.maximum(tm[0], 0.25, out=tm[0])
                    np.minimum(tm[1], 2 * b + 0.25, out=tm[1])
                tm += _MAGIC + float((k - g0) * ncol)
                np.add(tm.view(np.int64), ends, out=idx[i])
                if missed is not None:
                    np.copyto(idx[i, 0], dump, where=missed)
                    np.copyto(idx[i, 1], dump, where=missed)
            q = kk.size
            off = (r_lo + g0) * ncol
            length = min(span, rows * ncol - off)
            if uniform_w:
                cnt = np.bincount(idx[:q].ravel(), minlength=dump + 1)
                diff[off:off + length] += cnt[:length]
                diff[off:off + length] -= cnt[span:span + length]
            else:
                cnt = np.bincount(idx[:q].ravel(), weights=wts[:q].ravel(), minlength=dump + 1)
                diff[off:off + length] += cnt[:length]
        start = stop
    out = np.cumsum(diff.reshape(rows, ncol), axis=1)[:, :cols]
    if uniform_w:
        return out * float(w[0])
    return out


def _fft_size(stencil, hh=None, ww=None, phases=1):
    """FFT tile size for a stencil of ``stencil`` cells over an (hh, ww) grid with ``phases`` sub-grid phases:
    the listed size with the fewest estimated operations (tiles x (phases + 1) transforms of n x n, n log n
    each, plus the stencils' own transforms). Without the grid size, the smallest listed size >= 4 stencils."""
    if hh is None or ww is None:
        for n in _FFT_SIZES:
            if n >= 4 * stencil:
                return n
        n = 1
        while n < 2 * stencil:
            n *= 2
        return n
    best, best_cost = None, math.inf
    for n in _FFT_SIZES:
        tile = n - stencil + 1
        if n < 2 * stencil:
            continue
        tiles = -(-int(hh) // tile) * -(-int(ww) // tile)
        cost = (tiles * (phases + 1) + phases) * n * n * math.log2(n)
        if cost < best_cost:
            best, best_cost = n, cost
    return best if best is not None else _fft_size(stencil)


def _edge_kink(kernel, decay):
    """How much the FFT profile's slope (per unit of distance/radius) drops at the kernel's edge, if corrected."""
    return 1.0 - decay if kernel == 1 else 0.0


def _stencil_profile(kernel, decay):
    """The continuous part of the kernel that the FFT handles (raw, peak-normalised), as f(distance/radius)."""
    if kernel == 0:
        return lambda s: (1.0 - s * s) ** 2
    if kernel == 1:
        return lambda s: (1.0 - decay) * (1.0 - s)  # the jump ``decay`` at the edge goes through row spans
    if kernel == 3:
        return lambda s: (1.0 - s * s) ** 3
    if kernel == 4:
        return lambda s: 1.0 - s * s
    return None


def _norm(kernel, radius, decay, scaled):
    """The kernel's normalising constant for Scaled output (1.0 for Raw), as QGIS 3.40 computes it."""
    if not scaled:
        return 1.0
    if kernel == 1:
        return 3.0 / ((1.0 + 2.0 * decay) * math.pi * radius * radius) if decay >= 0 else 1.0
    return float(_kernel_values(np.array([0.0]), radius, kernel, decay, True)[0])


def _subgrid(kernel, radius, pixel_size, decay=0.0):
    a = _SUBGRID_A[int(kernel)]
    if a == 0.0:
        return 1
    if kernel == 1:  # the cone's height relative to the kernel's largest absolute value
        a *= abs(1.0 - decay) / max(1.0, abs(decay))
    sub = int(max(math.ceil(a / (radius / pixel_size)), 1))
    if kernel == 1 and sub % 2 == 0:
        sub += 1  # odd: a node at every cell centre, where the cone's apex falls
    return sub


def _max_subgrid(kernel):
    """The finest sub-grid the FFT method uses for this kernel (the triangle's sub-grids are odd)."""
    return _MAX_SUBGRID - 1 if int(kernel) == 1 and _MAX_SUBGRID % 2 == 0 else _MAX_SUBGRID


def grid_bytes(grid, radius=0.0, kernel=None, n_points=0, decay=None) -> int:
    """Peak working memory (bytes) ``kernel_density`` needs for this grid, radius, kernel, point count and decay.

    Counts what the fast method allocates: per-point arrays, the linear-binning sub-grid and its FFT tiles, the
    row-span accumulator, and the result. Without ``radius``/``kernel`` (or ``decay`` for the triangular kernel)
    it assumes the worst case.
    """
    rows, cols = int(grid.rows), int(grid.cols)
    n_points = int(n_points)
    kernels = range(len(KERNELS)) if kernel is None else [int(kernel)]
    b = _buffer_cells(float(radius), float(grid.pixel_size)) if radius and radius > 0 else 0
    side = 2 * b + 1

    def sub_for(k):
        if not (radius and radius > 0):
            return _MAX_SUBGRID
        if k == 1 and decay is None:
            return min(_subgrid(1, float(radius), float(grid.pixel_size), -1.0), _max_subgrid(1))  # steepest cone
        return min(_subgrid(k, float(radius), float(grid.pixel_size), float(decay or 0.0)), _max_subgrid(k))

    fft = 0
    if any(k != 2 for k in kernels):
        sub = max(sub_for(k) for k in kernels if k != 2)
        hh, ww = rows + 2, cols + 2
        size = 2 * (b + 1) + 1
        chunk = min(n_points, _BIN_CHUNK)
        fine = 8 * sub * sub * hh * ww * (2 if n_points > _BIN_CHUNK else 1)
        binning = 128 * chunk + fine  # coordinates, fractions, four corners' indices and weights
        tiles = 0
        for k_sub in {sub_for(k) for k in kernels if k != 2}:  # each sub-grid chooses its own tile size
            n = _fft_size(size, hh, ww, k_sub * k_sub)
            tiles = max(tiles, 16 * n * (n // 2 + 1) * (k_sub * k_sub + 3) + 8 * n * n * 2)
        full = 8 * (hh + size) * (ww + size)
        fft = max(binning, fine // (2 if n_points > _BIN_CHUNK else 1) + 16 * n_points + tiles + full)
    spans = 0
    if any(k in (1, 2) for k in kernels):
        ncol = cols + 1
        band = min(rows, 64 + side)
        buffers = 2 * 8 * _SPAN_GROUP * 2 * _SPAN_CHUNK + 2 * 8 * band * ncol * 2 + 16 * 8 * _SPAN_CHUNK
        spans = 2 * 8 * rows * ncol + 16 * n_points + buffers
    # per-point arrays: weights, window origins, masks, kept copies, effective positions (the caller's x, y aside)
    per_point = 100 * n_points
    # a quarter on top for the allocator and numpy versions' temporaries
    return int(1.25 * (per_point + 8 * rows * cols + 4 * rows * cols + max(fft, spans)))


def kernel_density(x, y, grid, radius, kernel=0, weights=None, decay=0.0, scaled=False, progress=None,
                   method="auto"):
    """QGIS-identical heatmap, fast: linear binning on a (sub-)grid, overlap-add FFT convolution, exact spans.

    Smooth kernel parts are linearly binned (Wand 1994) on a grid ``_SUBGRID[kernel]`` times finer and convolved
    with the stencil by ``numpy.fft.rfft2`` in tiles; the uniform kernel and the triangular edge jump
    (``decay``) are added exactly by per-row spans. Returns float32 (rows, cols), row 0 north, 0 where no point
    reaches. ``progress(fraction) -> bool`` returning False raises ``Cancelled``. ``method="auto"`` switches to
    the direct method when a cost model says it is cheaper (few points or a radius of few pixels); "fft" forces
    the fast path, "exact" the direct one.
    """
    if method not in ("auto", "fft", "exact"):
        raise ValueError("method must be 'auto', 'fft' or 'exact'")
    if method == "exact":
        return kernel_density_exact(x, y, grid, radius, kernel, weights, decay, scaled, progress)
    x, y, w, kernel, radius, decay = _check_args(x, y, grid, radius, kernel, weights, decay)
    rows, cols = int(grid.rows), int(grid.cols)
    _report(progress, 0.0)
    b, xpos, ypos, yio, keep = _windows(x, y, grid, radius)
    if not keep.all():
        x, y, w, xpos, ypos, yio = (a[keep] for a in (x, y, w, xpos, ypos, yio))
    nz = w != 0
    if not nz.all():
        x, y, w, xpos, ypos, yio = (a[nz] for a in (x, y, w, xpos, ypos, yio))
    out = np.zeros((rows, cols), dtype=np.float64)
    if x.size == 0:
        _report(progress, 1.0)
        return out.astype(np.float32)
    gx, gy = _effective_pixels(x, y, grid, ypos, yio)

    unit = _norm(kernel, radius, decay, scaled)
    jump = 1.0 if kernel == 2 else (decay if kernel == 1 else 0.0)
    profile = _stencil_profile(kernel, decay)
    has_fft = profile is not None and not (kernel == 1 and decay == 1.0)
    p_fft = 0.8 if jump else 1.0

    if has_fft:
        sub = _subgrid(kernel, radius, float(grid.pixel_size), decay)
        if method == "auto" and (sub > _max_subgrid(kernel) or _exact_is_cheaper(x.size, b, sub, rows, cols)):
            # small inputs or a radius of few pixels: direct evaluation is both exact and faster
            return kernel_density_exact(x, y, grid, radius, kernel, w, decay, scaled, progress)
        sub = min(sub, _max_subgrid(kernel))
        out += unit * _fft_part(gx, gy, w, grid, radius, b, profile, sub, progress, 0.0, p_fft,
                                _edge_kink(kernel, decay))
    if jump:
        out += (unit * jump) * _span_density(gx, gy, w, grid, radius, b, xpos, yio, progress, p_fft if has_fft
                                             else 0.0, 1.0)
    _report(progress, 1.0)
    return out.astype(np.float32)


def _exact_is_cheaper(n_points, b, sub, rows, cols):
    """Rough cost model (seconds on a 2020s laptop core) of the direct method against the FFT method."""
    exact = n_points * (2 * b + 1) ** 2 * 25e-9
    fft = (rows + 2 * b + 4) * (cols + 2 * b + 4) * (sub * sub * 12e-9 + 15e-9) + n_points * 4 * 60e-9
    return exact < fft


_BIN_CHUNK = 1 << 20  # points per bincount call of the linear binning


def _bin_linear(gx, gy, w, sub, pad, hh, ww):
    """Linear binning (Wand 1994) of weighted points onto a grid ``sub`` times finer than the raster.

    Returns float64 (hh * sub, ww * sub); fine node (i, j) sits at raster pixel coordinate
    ((j + 0.5) / sub - pad, (i + 0.5) / sub - pad). Each point shares its weight among the four nodes around it.
    """
    fw = ww * sub
    size = hh * sub * fw
    fine = None
    off = pad * sub - 0.5
    for s in range(0, gx.size, _BIN_CHUNK):
        fx = gx[s:s + _BIN_CHUNK] * sub + off
        fy = gy[s:s + _BIN_CHUNK] * sub + off
        jx = np.floor(fx)
        jy = np.floor(fy)
        fx -= jx  # now the fractions
        fy -= jy
        i00 = (jy * fw + jx).astype(np.int64)
        wy1 = w[s:s + _BIN_CHUNK] * fy
        wy0 = w[s:s + _BIN_CHUNK] - wy1
        gx1 = 1.0 - fx
        idx = np.concatenate([i00, i00 + 1, i00 + fw, i00 + (fw + 1)])
        del i00
        wts = np.concatenate([wy0 * gx1, wy0 * fx, wy1 * gx1, wy1 * fx])
        del wy0, wy1, gx1, fx, fy, jx, jy
        part = np.bincount(idx, weights=wts, minlength=size)
        del idx, wts
        if fine is None:
            fine = part
        else:
            fine += part
        del part
    return fine.reshape(hh * sub, fw)


def _fft_part(gx, gy, w, grid, radius, b, profile, sub, progress, p0, p1, kink=0.0):
    """Linear binning on a grid ``sub`` times finer, one stencil per sub-cell phase, overlap-add rfft2.

    ``kink``: the profile's slope (per unit of distance/radius) drops by this much at the edge. Binning then
    interpolates the stencil linearly across the kink and errs there by up to kink/rho * h/4 on one side (h, the
    node spacing in pixels): nodes within h of the edge are lowered by half the error a kink at their distance
    gives, a parabola in that distance, which centres the error and takes off about 40 % of its largest value.
    """
    ps = float(grid.pixel_size)
    rows, cols = int(grid.rows), int(grid.cols)
    rho = radius / ps
    pad = 1
    hr = b + 1  # stencil half-size in coarse cells (covers the radius and the binning spread)
    size = 2 * hr + 1
    hh, ww = rows + 2 * pad, cols + 2 * pad
    nph = sub * sub
    fine = _bin_linear(gx, gy, w, sub, pad, hh, ww)
    # phase (pi, pj) of the sub-grid is fine[:, pi, :, pj]: node (i * sub + pi, j * sub + pj) in coarse cell (i, j)
    fine = fine.reshape(hh, sub, ww, sub)
    _report(progress, p0 + 0.1 * (p1 - p0))

    n = _fft_size(size, hh, ww, nph)
    tile = n - size + 1
    d = np.arange(size) - hr  # target minus node, coarse cells
    spectra = []
    for pi in range(sub):
        oy = d + 0.5 - (pi + 0.5) / sub
        for pj in range(sub):
            ox = d + 0.5 - (pj + 0.5) / sub
            s = np.sqrt(oy[:, None] ** 2 + ox[None, :] ** 2) / rho
            st = np.where(s <= 1.0, profile(np.minimum(s, 1.0)), 0.0)
            if kink:
                edge = np.abs(s - 1.0) * rho  # node's distance to the edge, pixels
                st -= np.where(edge < 1.0 / sub, (kink / rho) * 0.5 * sub * edge * (1.0 / sub - edge), 0.0)
            spectra.append(np.fft.rfft2(st, s=(n, n)))
    full = np.zeros((hh + size - 1, ww + size - 1), dtype=np.float64)
    # tiles whose binned weights are all zero add nothing
    tiles = [(i0, j0) for i0 in range(0, hh, tile) for j0 in range(0, ww, tile)
             if fine[i0:i0 + tile, :, j0:j0 + tile, :].any()]
    for k, (i0, j0) in enumerate(tiles):
        _report(progress, p0 + (p1 - p0) * (0.1 + 0.9 * k / len(tiles)))
        th, tw = min(tile, hh - i0), min(tile, ww - j0)
        acc = None
        for p in range(nph):
            f = np.fft.rfft2(fine[i0:i0 + th, p // sub, j0:j0 + tw, p % sub], s=(n, n))
            f *= spectra[p]
            if acc is None:
                acc = f
            else:
                acc += f
        res = np.fft.irfft2(acc, s=(n, n))
        full[i0:i0 + th + size - 1, j0:j0 + tw + size - 1] += res[:th + size - 1, :tw + size - 1]
    o = pad + hr
    return full[o:o + rows, o:o + cols]


def per_km2_per_year(scaled_grid, years, map_units_per_metre=1.0):
    """Incidents per km^2 per year from a Scaled heatmap (which integrates to the weight per map unit^2)."""
    years = float(years)
    if not (math.isfinite(years) and years > 0):
        raise ValueError("years must be positive")
    arr = np.asarray(scaled_grid, dtype=np.float64)
    # per map unit^2 -> per m^2 -> per km^2
    per_m2 = arr * float(map_units_per_metre) ** 2
    return (per_m2 * 1e6 / years).astype(np.float32)
