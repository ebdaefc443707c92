import importlib.util

import numpy as np
import pandas as pd
import pytest
from trygghet.core.importer import (
    DEFAULT_CATEGORY_MAP,
    WORKSPACE_CATEGORIES,
    ColumnMapping,
    incident_key,
    map_categories,
    parse_number,
    prepare_incidents,
    read_category_map,
    read_table,
)


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_read_utf8_bom_semicolon_and_row_positions(tmp_path):
    text = "Datum;Plats;Brott\n2024-01-01;Sylte;Skadegörelse\n\n2024-01-02;\"Lextorp; norra\";Rån\n"
    df = read_table(_write(tmp_path, "a.csv", b"\xef\xbb\xbf" + text.encode("utf-8")))
    assert list(df.columns) == ["Datum", "Plats", "Brott"]
    assert df["Plats"].tolist() == ["Sylte", "Lextorp; norra"]
    assert df["Brott"].tolist() == ["Skadegörelse", "Rån"]
    assert (np.asarray(df.index) + 2).tolist() == [2, 4]  # the blank line 3 is dropped, row numbers kept


def test_read_cp1252_comma_and_mixed_encodings(tmp_path):
    df = read_table(_write(tmp_path, "b.csv", "x,y,typ\n1,2,Stöld\n3,4,Våld\n".encode("cp1252")))
    assert df["typ"].tolist() == ["Stöld", "Våld"]
    assert df["x"].tolist() == ["1", "3"]
    mixed = "a;b\n1;Åverkan\n".encode() + "2;Rån\n".encode("cp1252") + "3;Öl\n".encode()
    df = read_table(_write(tmp_path, "c.txt", mixed))
    assert df["b"].tolist() == ["Åverkan", "Rån", "Öl"]


def test_read_tab_and_text_kept(tmp_path):
    df = read_table(_write(tmp_path, "d.txt", b"id\tvalue\n007\tNA\n008\t\n"))
    assert df["id"].tolist() == ["007", "008"]
    assert df["value"].tolist() == ["NA", ""]


@pytest.mark.skipif(importlib.util.find_spec("openpyxl") is not None, reason="an Excel reader is installed")
def test_excel_without_reader(tmp_path):
    p = _write(tmp_path, "e.xlsx", b"PK\x03\x04 not really")
    with pytest.raises(ValueError, match="no Excel reader"):
        read_table(p)


def test_parse_number():
    got = parse_number(["6 465 123,5", "6\u00a0465\u202f123.5", "1.234,5", "1,234.5", "1,234", "\u22123,5", "-7",
                        "abc", "", "1e3", 12])
    want = [6465123.5, 6465123.5, 1234.5, 1234.5, 1.234, -3.5, -7.0, np.nan, np.nan, 1000.0, 12.0]
    np.testing.assert_array_equal(got, np.array(want))


def test_map_categories_default_and_custom():
    codes, unknown = map_categories(["Skadegörelse", "  KLOTTER ", "Narkotikabrott", "misshandel", "Rån", "Stöld",
                                     "Inbrott", "Ordningsstörning", "Anlagd  brand", "vald", "okänt brott", None])
    assert codes.tolist() == ["skadegorelse", "klotter", "narkotika", "vald", "ran", "stold_inbrott", "stold_inbrott",
                              "ordningsstorning", "brand", "vald", None, None]
    assert unknown.tolist() == [False] * 10 + [True, True]
    assert set(DEFAULT_CATEGORY_MAP.values()) == set(WORKSPACE_CATEGORIES)
    codes, unknown = map_categories(["9001", "Rån", "klotter"], {"9001": "Brand"})
    assert codes.tolist() == ["brand", None, "klotter"]  # a custom map replaces the default, codes map to themselves
    with pytest.raises(ValueError):
        map_categories(["x"], {"x": "not_a_category"})


def test_read_category_map():
    df = pd.DataFrame({"text": ["Brand i bil", "", "  Tagg  "], "kategori": ["brand", "", "Klotter"]})
    assert read_category_map(df) == {"brand i bil": "brand", "tagg": "klotter"}
    with pytest.raises(ValueError, match="nope"):
        read_category_map(pd.DataFrame({"a": ["x"], "b": ["nope"]}))


def test_incident_key_rounding():
    assert incident_key(np.datetime64("2024-03-01T12:30"), 100.4, 200.5, "vald") == "2024-03-01T12:30:00|100|201|vald"
    keys = incident_key(np.array(["2024-03-01T12:30:59"], dtype="datetime64[s]"), [99.6], [-0.4], ["ran"])
    assert keys.tolist() == ["2024-03-01T12:30:59|100|0|ran"]


def _table():
    rows = [
        # x, y, date, time, category, source
        ("1000,5", "5000", "2024-01-01", "12:00", "Klotter", "polisen"),       # row 2 ok
        ("", "", "2024-01-01", "12:00", "Klotter", ""),                        # row 3 no_position
        ("abc", "5000", "2024-01-01", "12:00", "Klotter", ""),                 # row 4 bad_position
        ("99999", "5000", "2024-01-01", "12:00", "Klotter", ""),               # row 5 outside_extent
        ("1500", "5500", "2024-02-30", "12:00", "Klotter", ""),                # row 6 bad_date
        ("1500", "5500", "2024-01-02", "12:00", "Cykelvurpa", ""),             # row 7 unknown_category
        ("1000,9", "5000,2", "2024-01-01", "12:00", "klotter", ""),            # row 8 duplicate of row 2 (1 m)
        ("1200", "5200", "2024-01-03", "0815", "Misshandel", "kommunen"),      # row 9 ok
        ("1300", "5300", "2024-01-04", "", "Rån", ""),                         # row 10 duplicate of existing
        ("0", "0", "2024-01-04", "", "Rån", ""),                               # row 11 no_position (0,0)
        ("", "", "bad", "", "Nope", ""),                                       # row 12 first failing check wins
    ]
    return pd.DataFrame(rows, columns=["X", "Y", "Datum", "Tid", "Brott", "Källa"])


def test_prepare_incidents_reasons_duplicates_and_keys():
    df = _table()
    m = ColumnMapping(mode="xy", x="X", y="Y", date="Datum", time_of_day="Tid", category="Brott", source="Källa",
                      source_constant="okänd")
    existing = {"2024-01-04T00:00:00|1300|5300|ran"}
    acc, rej, stats = prepare_incidents(df, m, extent=(0, 0, 10000, 10000), existing_keys=existing)
    assert acc["row"].tolist() == [2, 9]
    assert acc["x"].tolist() == [1000.5, 1200.0]
    assert acc["category"].tolist() == ["klotter", "vald"]
    assert acc["source"].tolist() == ["polisen", "kommunen"]
    assert acc["occurred_at"].tolist() == [pd.Timestamp("2024-01-01 12:00"), pd.Timestamp("2024-01-03 08:15")]
    assert acc["key"].tolist() == ["2024-01-01T12:00:00|1001|5000|klotter", "2024-01-03T08:15:00|1200|5200|vald"]
    assert dict(zip(rej["row"], rej["reason"])) == {3: "no_position", 4: "bad_position", 5: "outside_extent",
                                                    6: "bad_date", 7: "unknown_category", 11: "no_position",
                                                    12: "no_position"}
    assert rej.loc[rej["row"] == 7, "raw"].iloc[0] == "1500;5500;2024-01-02;12:00;Cykelvurpa;"
    assert stats["duplicates"] == 2 and stats["duplicates_in_file"] == 1 and stats["duplicates_existing"] == 1
    assert stats["rows"] == 11 and stats["accepted"] == 2 and stats["rejected"] == 7
    assert stats["rows"] == stats["accepted"] + stats["rejected"] + stats["duplicates"]
    assert (stats["no_position"], stats["bad_position"], stats["outside_extent"], stats["bad_date"],
            stats["unknown_category"]) == (3, 1, 1, 1, 1)


def test_prepare_latlon_and_wkt_and_timestamp_column():
    df = pd.DataFrame({"lat": ["58,27", "91", "58.28"], "lon": ["12,29", "12", "12.30"],
                       "tid": ["2024-05-01T10:00:00+02:00", "2024-05-01 10:00", "2024-05-02 11:00"],
                       "typ": ["brand", "brand", "Narkotika"]})
    m = ColumnMapping(mode="latlon", lat="lat", lon="lon", timestamp="tid", category="typ", source_constant="demo")
    acc, rej, stats = prepare_incidents(df, m)
    assert acc["x"].tolist() == [12.29, 12.30] and acc["y"].tolist() == [58.27, 58.28]
    assert acc["occurred_at"].tolist() == [pd.Timestamp("2024-05-01 10:00"), pd.Timestamp("2024-05-02 11:00")]
    assert rej["reason"].tolist() == ["bad_position"]
    assert acc["source"].tolist() == ["demo", "demo"]
    assert acc["key"].iloc[0] == "2024-05-01T10:00:00|1229000|5827000|brand"  # 1e-5 degree precision

    df = pd.DataFrame({"geom": ["POINT (1 2)", "point z (3.5 4 9)", "LINESTRING (0 0, 1 1)", "POINT EMPTY"],
                       "t": ["2024-01-01"] * 4, "c": ["ran"] * 4})
    m = ColumnMapping(mode="wkt", wkt="geom", timestamp="t", category="c")
    acc, rej, stats = prepare_incidents(df, m, transform=lambda x, y: (x * 10, y * 10))
    assert acc["x"].tolist() == [1.0, 3.5] and acc["y"].tolist() == [2.0, 4.0]
    assert acc["key"].tolist() == ["2024-01-01T00:00:00|10|20|ran", "2024-01-01T00:00:00|35|40|ran"]
    assert rej["reason"].tolist() == ["bad_position", "no_position"]


def test_mapping_validation():
    df = pd.DataFrame({"a": ["1"]})
    with pytest.raises(ValueError, match="columns not in the file"):
        prepare_incidents(df, ColumnMapping(mode="xy", x="a", y="b", timestamp="a", category="a"))
    with pytest.raises(ValueError):
        prepare_incidents(df, ColumnMapping(mode="polar", x="a", y="a", timestamp="a", category="a"))
    with pytest.raises(ValueError, match="time"):
        prepare_incidents(df, ColumnMapping(mode="xy", x="a", y="a", category="a"))
