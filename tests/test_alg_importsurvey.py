"""trygghet:importsurvey with messy files made here: decimal comma, text in number fields, unknown areas and
indicators, duplicates within the file and against the workspace, Excel and GeoPackage input, empty files."""

import hashlib
import shutil
import sqlite3

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException

ALG = "trygghet:importsurvey"
HEADER = "Område;År;Indikator;Värde;Nedre;Övre;Antal svarande;Enhet\n"
ROWS = [
    ("kronogården", "2027", "Oro för brott", "30,5", "25,1", "35,9", "300", "%"),          # row 2
    ("Lextorp ", "2027,0", "otrygghet ute sent", "41", "", "", "", "%"),                  # row 3: no interval
    ("Sylte", "2027", "Problemindex", "1,35", "", "", "412", "index"),                    # row 4
    ("SYLTE", "2027", "problemindex", "1,40", "", "", "", ""),                            # row 5: repeats row 4
    ("Sylte", "2026", "problemindex", "9,9", "", "", "", ""),                             # row 6: in the demo
    ("Narnia", "2027", "utsatthet", "12", "", "", "", ""),                                # row 7: unknown area
    ("", "2027", "utsatthet", "12", "", "", "", ""),                                      # row 8: no area
    ("Sylte", "tjugotjugo", "utsatthet", "12", "", "", "", ""),                           # row 9: year
    ("Sylte", "2027", "Nöjdhet med parken", "12", "", "", "", ""),                        # row 10: indicator
    ("Sylte", "2027", "utsatthet", "ca 12", "", "", "", ""),                              # row 11: value
    ("Sylte", "2027", "utsatthet", "12", "tio", "", "", ""),                              # row 12: text in lower
    ("Sylte", "2027", "utsatthet", "12", "", "", "300,5", ""),                            # row 13: respondents
    ("Sylte", "2027", "utsatthet", "12", "13", "15", "", ""),                             # row 14: interval
]


@pytest.fixture
def ws(demo_workspace, tmp_path):
    return shutil.copy(demo_workspace, str(tmp_path / "ws.gpkg"))


def _write(path, rows, header=HEADER, encoding="utf-8"):
    with open(path, "wb") as fh:
        fh.write((header + "".join(";".join(r) + "\n" for r in rows)).encode(encoding))
    return path


def _results(path, year=None):
    con = sqlite3.connect(path)
    try:
        sql = "SELECT area, year, indicator, value, lower, upper, respondents, unit, source FROM survey_results"
        rows = con.execute(sql + (" WHERE year = ?" if year else "") + " ORDER BY fid",
                           (year,) if year else ()).fetchall()
    finally:
        con.close()
    return rows


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def _params(ws, path, **extra):
    params = {"INPUT": path, "WORKSPACE": ws, "REJECTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_messy_survey_file(run, ws, tmp_path, encoding):
    before = len(_results(ws))
    result = run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), ROWS, encoding=encoding)))
    assert (result["IMPORTED"], result["DUPLICATES"], result["REJECTED"], result["REPLACED"]) == (3, 2, 8, 0)
    assert _results(ws, 2027) == [
        ("Kronogården", 2027, "oro_for_brott", 30.5, 25.1, 35.9, 300, "%", "polisen"),
        ("Lextorp", 2027, "otrygghet_ute_sent", 41.0, None, None, None, "%", "polisen"),
        ("Sylte", 2027, "problemindex", 1.35, None, None, 412, "index", "polisen"),
    ]
    assert len(_results(ws)) == before + 3
    reasons = {f["row"]: f["reason"] for f in result["REJECTS"].getFeatures()}
    assert reasons == {7: "unknown_area", 8: "missing_area", 9: "bad_year", 10: "unknown_indicator",
                       11: "bad_value", 12: "bad_number", 13: "bad_number", 14: "bad_interval"}


def test_reimport_skips_replace_replaces_and_source_counts_in_the_key(run, ws, tmp_path):
    path = _write(str(tmp_path / "in.csv"), ROWS[:3])
    assert run(ALG, _params(ws, path))["IMPORTED"] == 3
    again = run(ALG, _params(ws, path))
    assert (again["IMPORTED"], again["DUPLICATES"]) == (0, 3)
    # the same area, year and indicator from another source is another result
    other = run(ALG, _params(ws, path, SOURCE=1))
    assert other["IMPORTED"] == 3 and {r[8] for r in _results(ws, 2027)} == {"polisen", "kommun"}
    changed = [("Kronogården", "2027", "oro_for_brott", "28,0", "", "", "310", "%")]
    replaced = run(ALG, _params(ws, _write(str(tmp_path / "new.csv"), changed), REPLACE=True))
    assert (replaced["IMPORTED"], replaced["REPLACED"]) == (0, 1)
    assert [r for r in _results(ws, 2027) if r[0] == "Kronogården" and r[8] == "polisen"] == [
        ("Kronogården", 2027, "oro_for_brott", 28.0, None, None, 310, "%", "polisen")]
    assert len(_results(ws, 2027)) == 6


def test_excel_and_geopackage_tables(run, ws, tmp_path):
    from trygghet.processing.spreadsheet import write_xlsx

    xlsx = str(tmp_path / "in.xlsx")
    assert write_xlsx(xlsx, ["area", "year", "indicator", "value", "respondents", "source"],
                      [["Lextorp", 2028, "worry about crime", 27.25, 250, "NTU"],
                       ["Lextorp", 2028, "victimization", "13,5", "250", "kommunen"]])
    assert run(ALG, _params(ws, xlsx))["IMPORTED"] == 2
    path = str(tmp_path / "in.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("matning", geom_type=ogr.wkbNone)
    for name, kind in (("omrade", ogr.OFTString), ("ar", ogr.OFTInteger), ("indikator", ogr.OFTString),
                       ("varde", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    f = ogr.Feature(lyr.GetLayerDefn())
    for name, value in (("omrade", "Övriga Trollhättan"), ("ar", 2028), ("indikator", "problemindex"),
                        ("varde", 0.95)):
        f.SetField(name, value)
    lyr.CreateFeature(f)
    ds = None
    assert run(ALG, _params(ws, path))["IMPORTED"] == 1
    assert _results(ws, 2028) == [("Lextorp", 2028, "oro_for_brott", 27.25, None, None, 250, None, "ntu"),
                                  ("Lextorp", 2028, "utsatthet", 13.5, None, None, 250, None, "kommun"),
                                  ("Övriga Trollhättan", 2028, "problemindex", 0.95, None, None, None, None,
                                   "polisen")]


def test_missing_columns_empty_and_all_rejected_leave_the_workspace_unchanged(run, ws, tmp_path):
    digest = _digest(ws)
    with pytest.raises(QgsProcessingException, match="No column was found for: indicator"):
        run(ALG, _params(ws, _write(str(tmp_path / "a.csv"), [("Sylte", "2027", "3")], header="område;år;värde\n")))
    with pytest.raises(QgsProcessingException, match="no rows"):
        run(ALG, _params(ws, _write(str(tmp_path / "e.csv"), [])))
    with pytest.raises(QgsProcessingException, match=r"all 2 rows.*rows 2, 3.*areas are: Kronogården"):
        run(ALG, _params(ws, _write(str(tmp_path / "n.csv"), [ROWS[5], ROWS[5]])))
    assert _digest(ws) == digest


def test_an_older_workspace_is_upgraded_first(run, tmp_path):
    from trygghet.workspace import gpkg
    from trygghet.workspace.schema import layer

    ws = str(tmp_path / "v2.gpkg")
    gpkg.create_workspace(ws, version=2)
    gpkg.write_columns(ws, layer("areas"), {"uuid": ["a1"], "name": ["Sylte"], "kind": ["focus"]}, version=2)
    result = run(ALG, _params(ws, _write(str(tmp_path / "in.csv"), [ROWS[2]])))
    assert result["IMPORTED"] == 1 and gpkg.schema_version(ws) == 3
    assert _results(ws) == [("Sylte", 2027, "problemindex", 1.35, None, None, 412, "index", "polisen")]
