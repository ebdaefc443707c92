"""Scale: the working memory an analysis over millions of points allocates, estimated before it runs."""

from .kde import grid_bytes

__all__ = ["KDE_BYTES_PER_POINT", "READ_BYTES_PER_ROW", "density_memory"]

# One batch of the streamed reader: the Arrow batch (21-byte WKB points, a time and a weight column), its decoded
# x, y, time and weight (float64 / datetime64) and the masks of the time window.
READ_BYTES_PER_ROW = 120
# One kernel density pass, per point (measured with tracemalloc on numpy 1.24 and 2.x): window origins, masks and
# the kept copies of coordinates and weights; the smooth kernels' linear binning adds its chunk's indices and
# weights for at most BIN_ROWS points.
KDE_BYTES_PER_POINT = 68
BIN_BYTES_PER_POINT = 48
BIN_ROWS = 1 << 20


def density_memory(grid, radius, kernel, n_points, decay, chunk, batch_rows, weighted=True):
    """Bytes the streamed kernel density allocates at its peak, by part: ``raster`` (the grids of a density pass,
    core.kde.grid_bytes with no points, plus a float64 accumulator when the points need more than one pass of
    ``chunk`` points), ``points`` (what grows with the points) and ``total``.

    The peak is the larger of two phases: reading (x, y and the weight of every point kept, twice while the
    batches' parts are joined, plus one batch of ``batch_rows``) and computing (the points kept once, plus the
    raster and the per-point arrays of one pass)."""
    n = max(int(n_points), 0)
    per_pass = min(n, int(chunk))
    raster = grid_bytes(grid, radius, kernel, 0, decay=decay)
    if n > chunk:
        raster += 8 * int(grid.rows) * int(grid.cols)
    kept = 8 * (3 if weighted else 2) * n
    one_pass = KDE_BYTES_PER_POINT * per_pass
    if int(kernel) != 2:  # every kernel but the uniform one bins linearly
        one_pass += BIN_BYTES_PER_POINT * min(per_pass, BIN_ROWS)
    reading = 2 * kept + READ_BYTES_PER_ROW * min(n, int(batch_rows))
    computing = kept + one_pass
    points = max(reading - raster, computing)
    return {"raster": int(raster), "points": int(points), "total": int(raster + points)}
