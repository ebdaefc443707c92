"""processing/spreadsheet.py: Excel written and read through GDAL, without any Python Excel library."""

import datetime as dt
import math

import numpy as np
import pytest
from osgeo import gdal


def test_write_xlsx_keeps_numbers_dates_and_swedish_text(qgis_app, tmp_path):
    from trygghet.processing.spreadsheet import read_sheet, write_xlsx

    path = str(tmp_path / "tabell.xlsx")
    columns = ["Område", "Antal", "Per 1 000 inv.", "Tidpunkt", "Visat"]
    rows = [
        ("Kronogården", np.int64(12), 1.75, dt.datetime(2024, 3, 5, 22, 15), "12"),
        ("Sylte", 3, float("nan"), None, "<5"),
        ("Lextorp", 0, 0.5, np.datetime64("2024-01-01T08:00:00"), 7),
    ]
    assert write_xlsx(path, columns, rows, "Lägesbild") is True
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR)
        layer = ds.GetLayer(0)
        defn = layer.GetLayerDefn()
        kinds = [defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())]
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        cells = [[f.GetField(i) for i in range(defn.GetFieldCount())] for f in layer]
        sheet = layer.GetName()
        ds = None
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
    assert sheet == "Lägesbild" and names == columns
    # the cells themselves are numbers and dates: GDAL infers these types from the cells it reads back
    assert kinds == ["String", "Integer", "Real", "DateTime", "String"]
    assert cells[0][:3] == ["Kronogården", 12, 1.75] and cells[0][3] == "2024/03/05 22:15:00"
    assert cells[1][2] is None and cells[1][3] is None and cells[1][4] == "<5"
    assert cells[2][3] == "2024/01/01 08:00:00" and cells[2][4] == "7"  # a column mixing kinds is text
    df = read_sheet(path)
    assert df.index.tolist() == [0, 1, 2]
    assert df["Tidpunkt"].tolist() == ["2024-03-05 22:15:00", "", "2024-01-01 08:00:00"]
    assert [float(v) if v else math.nan for v in df["Per 1 000 inv."]][::2] == [1.75, 0.5]


def test_read_sheet_of_other_files(qgis_app, tmp_path):
    from trygghet.processing.spreadsheet import read_sheet

    assert read_sheet(str(tmp_path / "a.csv")) is None  # not a sheet: the caller reads it as text
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ValueError):
        read_sheet(str(broken))
