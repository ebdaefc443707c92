"""Excel and OpenDocument sheets through GDAL/OGR, which every QGIS has (its XLSX, ODS and XLS drivers).

Reading gives the same DataFrame of strings as ``core.importer.read_table`` (it is passed there as the Excel reader):
the header row gives the column names, index + 2 is the row number in the sheet, every cell is text. Writing
creates one sheet with typed columns. Python spreadsheet libraries (openpyxl, xlsxwriter) are not needed; where
GDAL lacks a driver the callers fall back to them if installed.
"""

import os
import re

import numpy as np
import pandas as pd

__all__ = ["DRIVERS", "read_sheet", "write_xlsx"]

DRIVERS = {".xlsx": "XLSX", ".xlsm": "XLSX", ".ods": "ODS", ".xls": "XLS"}
# GDAL writes a date cell as "2024/03/05 22:15:00" (or "2024/03/05"): made ISO, so that every date format reads it
_GDAL_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})((?: \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)$")


def _gdal():
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None, None
    return gdal, ogr


def read_sheet(path, sheet=None):
    """One sheet (``sheet``: name or 0-based index, default the first) as a DataFrame of strings, or None when GDAL
    has no driver for the file type. Raises ValueError when the file cannot be opened or has no such sheet."""
    gdal, ogr = _gdal()
    driver_name = DRIVERS.get(os.path.splitext(str(path))[1].lower())
    if gdal is None or driver_name is None or ogr.GetDriverByName(driver_name) is None:
        return None
    # the first row always names the columns (GDAL would otherwise guess, and take an all-text header as data);
    # its drivers read the setting while they parse the sheet, so it holds until the last row is read
    key = "OGR_{}_HEADERS".format(driver_name)
    previous = gdal.GetConfigOption(key)
    gdal.SetConfigOption(key, "FORCE")
    try:
        try:
            ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=[driver_name])
        except RuntimeError as err:
            raise ValueError(str(err)) from None
        if ds is None:
            raise ValueError(gdal.GetLastErrorMsg() or "not a spreadsheet")
        layer = ds.GetLayer(0 if sheet is None else sheet)
        if layer is None:
            raise ValueError("no sheet {}".format(sheet))
        defn = layer.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows, fids = [], []
        for feature in layer:
            rows.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else ""
                         for i in range(len(names))])
            fids.append(feature.GetFID())
        ds = None
    finally:
        gdal.SetConfigOption(key, previous)
    fids = np.asarray(fids, dtype=np.int64)
    # the XLSX and ODS drivers number features by their sheet row (header = 1, so the first data row is 2)
    if fids.size and not (fids[0] >= 2 and np.all(np.diff(fids) >= 1)):
        fids = np.arange(2, fids.size + 2, dtype=np.int64)
    df = pd.DataFrame(rows, columns=names, index=fids - 2, dtype=object) if rows else \
        pd.DataFrame(columns=names, dtype=object)
    for column in df.columns:
        df[column] = df[column].map(lambda v: _GDAL_DATE.sub(r"\1-\2-\3\4", v))
    return df


def _missing(v):
    return v is None or (not isinstance(v, str) and bool(pd.isna(v)))


def _field_type(ogr, values):
    """OGR type of one column: integer, real, date/time or text (text wherever kinds are mixed)."""
    kinds = set()
    for v in values:
        if _missing(v):
            continue
        if isinstance(v, (bool, np.bool_)):
            kinds.add("text")
        elif isinstance(v, (int, np.integer)):
            kinds.add("int")
        elif isinstance(v, (float, np.floating)):
            kinds.add("real")
        elif isinstance(v, (pd.Timestamp, np.datetime64)) or hasattr(v, "isoformat") and hasattr(v, "hour"):
            kinds.add("datetime")
        else:
            kinds.add("text")
    if kinds <= {"int"}:
        return ogr.OFTInteger64 if kinds else ogr.OFTString
    if kinds <= {"int", "real"}:
        return ogr.OFTReal
    if kinds == {"datetime"}:
        return ogr.OFTDateTime
    return ogr.OFTString


def write_xlsx(path, columns, rows, sheet_name="Blad1"):
    """Write one sheet with GDAL's XLSX driver: ``columns`` are the header, ``rows`` lists of cell values (numbers
    stay numbers, text columns stay text, None/NaN are empty cells). Returns False when GDAL has no XLSX driver."""
    gdal, ogr = _gdal()
    if gdal is None or ogr.GetDriverByName("XLSX") is None:
        return False
    rows = [list(r) for r in rows]
    driver = ogr.GetDriverByName("XLSX")
    if os.path.exists(path):
        os.remove(path)
    try:
        ds = driver.CreateDataSource(str(path))
    except RuntimeError as err:
        raise OSError(str(err)) from None
    if ds is None:
        raise OSError(gdal.GetLastErrorMsg() or "cannot create {}".format(path))
    layer = ds.CreateLayer(sheet_name, geom_type=ogr.wkbNone)
    types = []
    for i, name in enumerate(columns):
        kind = _field_type(ogr, [r[i] for r in rows])
        layer.CreateField(ogr.FieldDefn(str(name), kind))
        types.append(kind)
    defn = layer.GetLayerDefn()
    for row in rows:
        feature = ogr.Feature(defn)
        for i, (value, kind) in enumerate(zip(row, types)):
            if _missing(value):
                continue
            if kind == ogr.OFTDateTime:
                t = pd.Timestamp(value)
                feature.SetField(i, t.year, t.month, t.day, t.hour, t.minute, t.second, 0)
            elif kind == ogr.OFTInteger64:
                feature.SetField(i, int(value))
            elif kind == ogr.OFTReal:
                feature.SetField(i, float(value))
            else:
                feature.SetField(i, str(value))
        layer.CreateFeature(feature)
    ds = None
    return True
