"""core.perceived and core.perceived_import against hand-computed values."""

import math

import numpy as np
import pandas as pd
import pytest
from trygghet.core.perceived import marks_summary, survey_summary
from trygghet.core.perceived_import import DIALOG_COLUMNS, guess_columns, map_words, parse_feeling, personal_columns


def test_survey_latest_change_trend_and_reference_by_hand():
    rows = [("A", 2020, "oro_for_brott", 10.0, None, None, 200, "polisen"),
            ("A", 2021, "oro_for_brott", 12.0, None, None, 210, "polisen"),
            ("A", 2022, "oro_for_brott", 15.0, None, None, 220, "polisen"),
            ("A", 2023, "oro_for_brott", 20.0, 18.0, 22.0, 230, "polisen"),
            ("A", 2022, "problemindex", 1.5, None, None, None, "polisen"),
            ("A", 2023, "problemindex", 1.2, None, None, None, "polisen"),
            ("R", 2023, "oro_for_brott", 8.0, 7.0, 9.0, 2000, "polisen"),
            ("R", 2022, "problemindex", 1.0, None, None, None, "polisen"),
            ("X", 2023, "oro_for_brott", 99.0, None, None, None, "polisen")]  # not an area: left out
    df = pd.DataFrame(rows, columns=["area", "year", "indicator", "value", "lower", "upper", "respondents",
                                     "source"])
    out = survey_summary(df, ["A", "R"], ["R"])
    assert list(zip(out["area"], out["indicator"])) == [("A", "oro_for_brott"), ("A", "problemindex"),
                                                        ("R", "oro_for_brott"), ("R", "problemindex")]
    a = out.iloc[0]
    assert (a["latest_year"], a["latest_value"], a["previous_year"], a["change"]) == (2023, 20.0, 2022, 5.0)
    assert (a["lower"], a["upper"], a["respondents"], a["years"]) == (18.0, 22.0, 230, 4)
    # Mann–Kendall by hand: 4 increasing values, S = 6, Var S = 4·3·13/18, z = (S − 1)/√Var S
    z = 5.0 / math.sqrt(4 * 3 * 13 / 18.0)
    assert a["trend_tau"] == pytest.approx(1.0) and a["trend_p"] == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert a["trend"] == "none"  # p ≈ 0.089: four years can never be significant at 5 %
    assert (a["reference_value"], a["diff_reference"], a["differs_from_reference"]) == (8.0, 12.0, "yes")
    p = out.iloc[1]
    assert p["change"] == pytest.approx(-0.3) and p["trend"] == "" and math.isnan(p["trend_tau"])
    assert math.isnan(p["reference_value"])  # the reference area has no 2023 problem index
    r = out.iloc[2]
    assert math.isnan(r["reference_value"]) and r["differs_from_reference"] == ""
    five = pd.DataFrame({"area": ["A"] * 5, "year": range(2019, 2024), "indicator": ["utsatthet"] * 5,
                         "value": [9.0, 8.0, 7.5, 7.0, 6.0]})
    assert survey_summary(five, ["A"], []).iloc[0]["trend"] == "down"  # S = −10, p ≈ 0.027


def test_marks_summary_by_hand():
    area = ["A", "A", "A", "A", "A", "B", "B", None, "A"]
    feeling = [1, 2, 3, 4, 2, 1, 1, 1, None]
    reason = ["belysning", "trafik", "trafik", "annat", "belysning", "narkotika", "narkotika", "ode", "ode"]
    out = marks_summary(area, feeling, reason, ["A", "B", "C"])
    assert out["marks"].tolist() == [6, 2, 0]
    assert out["unsafe"].tolist() == [3, 2, 0]
    assert out["unsafe_pct"].iloc[0] == pytest.approx(60.0)  # 3 of the 5 with a feeling
    assert out["top_reasons"].tolist() == ["belysning,trafik,ode", "narkotika", ""]  # ties: vocabulary order
    small = marks_summary(area, feeling, reason, ["A", "B"], min_count=5)
    assert small["suppressed"].tolist() == [False, True]
    assert pd.isna(small["unsafe"].iloc[1]) and np.isnan(small["unsafe_pct"].iloc[1])
    assert small["top_reasons"].iloc[1] == ""


def test_feeling_reason_age_gender_and_personal_columns():
    got = parse_feeling(["1", "2,0", "3.0", "4 – tryggt", "2.5", "5", "0", "", "otryggt", "Mycket trygg",
                         "skrämmande", "vet ej", "Ganska trygg"])
    assert got.tolist() == [1, 2, 3, 4, 0, 0, 0, 0, 2, 4, 1, 0, 3]
    codes, unknown = map_words(["Mörkt", "GÄNG", "Kanelbulle", "", "folktomt"], "mark_reason")
    assert codes.tolist() == ["belysning", "gangkriminalitet", None, None, "ode"]
    assert unknown.tolist() == [False, False, True, False, False]
    bands, _ = map_words(["16–24 år", "34", "65+", "65 år eller äldre", "12", "200"], "age_band")
    assert bands.tolist() == ["16-24", "25-44", "65-", "65-", "0-15", None]
    genders, _ = map_words(["K", "man", "Icke-binär", "?"], "gender")
    assert genders.tolist() == ["kvinna", "man", "annat", None]
    assert personal_columns(["Namn", "E-post", "telefonnummer", "Kommentar", "Förnamn", "Personnummer",
                             "Orsak"]) == ["Namn", "E-post", "telefonnummer", "Förnamn", "Personnummer"]
    mapping = guess_columns(["Datum", "Känsla", "Orsak", "X", "Y", "Namn", "Tid på dygnet"], DIALOG_COLUMNS,
                            exclude=["Namn"])
    assert mapping == {"date": "Datum", "feeling": "Känsla", "reason": "Orsak", "time_of_day": "Tid på dygnet",
                       "x": "X", "y": "Y"}
