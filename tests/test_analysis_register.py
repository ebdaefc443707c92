"""The cause analysis register (problems, numbered causes, goals, measures' causes, conclusions) on a real
GeoPackage. The backend-neutral tests here are re-run on PostGIS by test_analysis_postgis.py, which imports them and
overrides the ``backend`` fixture."""

import csv
import datetime

import pytest
from qgis.core import QgsGeometry
from trygghet.workspace.analysis import InUseError, RegisterStore
from trygghet.workspace.gpkg import create_workspace, write_columns
from trygghet.workspace.measures import ConflictError, ValidationError
from trygghet.workspace.schema import layer as layer_spec

SQUARE = "MULTIPOLYGON(((0 0,1000 0,1000 1000,0 1000,0 0)))"


class GpkgBackend:
    name = "gpkg"

    def __init__(self, folder):
        self.path = str(folder / "ws.gpkg")
        create_workspace(self.path)
        write_columns(self.path, layer_spec("areas"), {
            "geometry": [SQUARE, "MULTIPOLYGON(((1000 0,2000 0,2000 1000,1000 1000,1000 0)))"],
            "uuid": ["a1", "a2"], "name": ["Kronogården", "Lextorp"], "kind": ["focus", "focus"],
            "population": [6750, 6200], "code": [None, None]})

    def store(self):
        return RegisterStore.for_geopackage(self.path)


@pytest.fixture
def backend(qgis_app, tmp_path):
    return GpkgBackend(tmp_path)


PLACE = {"layer_name": "Hot spots för trygghetsrundor", "feature_uuid": "place-1", "feature_fid": 1,
         "geometry_wkt": "MULTIPOLYGON(((100 100,300 100,300 300,100 300,100 100)))"}


def test_problem_from_a_place_keeps_snapshot_point_and_area(backend):
    store = backend.store()
    uid = store.create_problem({"title": "Öppen narkotikaförsäljning", "categories": "narkotika, ordningsstorning",
                                "sources": "incidents,interviews", "offender": "Unga säljare"}, "anna", place=PLACE)
    p = store.get_problem(uid)
    assert (p["place_layer"], p["place_uuid"]) == ("Hot spots för trygghetsrundor", "place-1")
    assert QgsGeometry.fromWkt(p["place_wkt"]).equals(QgsGeometry.fromWkt(PLACE["geometry_wkt"]))
    # the point lies inside the square place (its point on surface), and the area is the one it falls in
    point = p["geometry"].asPoint()
    assert 100 < point.x() < 300 and 100 < point.y() < 300
    assert p["area"] == "Kronogården" and p["status"] == "hypotes"
    assert p["categories"] == "narkotika,ordningsstorning" and p["sources"] == "incidents,interviews"
    # a path in Lextorp: its midpoint, and Lextorp
    line = {"layer_name": "Stråk", "feature_uuid": "path-1", "geometry_wkt": "LINESTRING(1100 500,1500 500)"}
    pid = store.create_problem({"title": "Mörk gångväg"}, "anna", place=line)
    q = store.get_problem(pid)
    assert q["geometry"].asPoint().x() == pytest.approx(1300) and q["area"] == "Lextorp"
    assert [p["title"] for p in store.problems()] == ["Mörk gångväg", "Öppen narkotikaförsäljning"]


def test_problem_values_are_checked(backend):
    store = backend.store()
    for values, field, code in (({"title": " "}, "title", "problem_title_required"),
                                ({"title": "x", "categories": "narkotika,trolleri"}, "categories", "bad_value"),
                                ({"title": "x", "status": "kanske"}, "status", "bad_value"),
                                ({"title": "x", "period_start": "2026-05-01", "period_end": "2026-01-01"},
                                 "period_end", "bad_date")):
        with pytest.raises(ValidationError) as err:
            store.create_problem(values, "anna")
        assert (err.value.field, err.value.code) == (field, code)
    assert store.problems() == []


def test_causes_numbered_stably_and_renumbered_on_request(backend):
    store = backend.store()
    pid = store.create_problem({"title": "Mörk gångväg"}, "anna", geometry=QgsGeometry.fromWkt("POINT(5 5)"))
    ids = [store.add_cause(pid, {"text": t}) for t in ("Trasiga lampor", "Tät vegetation", "Ingen överblick")]
    assert [(c["number"], c["text"]) for c in store.causes(pid)] == [
        (1, "Trasiga lampor"), (2, "Tät vegetation"), (3, "Ingen överblick")]
    store.delete_cause(ids[1])
    assert [(c["number"], c["uuid"]) for c in store.causes(pid)] == [(1, ids[0]), (3, ids[2])]
    fourth = store.add_cause(pid, {"text": "Skymd busshållplats", "confidence": "hog"})
    assert [c["number"] for c in store.causes(pid)] == [1, 3, 4]
    store.save_cause(ids[2], {"text": "Ingen överblick från husen", "evidence": "Trygghetsvandring 2026"})
    assert store.get_cause(ids[2])["number"] == 3
    with pytest.raises(ValidationError):
        store.save_cause(ids[2], {"number": 1})
    after = store.renumber_causes(pid, [fourth, ids[0], ids[2]])
    assert [(c["number"], c["uuid"]) for c in after] == [(1, fourth), (2, ids[0]), (3, ids[2])]
    assert store.get_cause(ids[2])["text"] == "Ingen överblick från husen"


def test_measure_from_a_cause_carries_area_point_place_and_link(backend):
    store = backend.store()
    pid = store.create_problem({"title": "Öppen narkotikaförsäljning"}, "anna", place=PLACE)
    cid = store.add_cause(pid, {"text": "Dålig belysning"})
    mid = store.create_measure_from_cause(cid, "anna", {"responsible_org": "kommun"})
    m = store.get(mid)
    problem = store.get_problem(pid)
    assert m["area"] == "Kronogården" and m["title"] == "Dålig belysning" and m["responsible_org"] == "kommun"
    assert m["geometry"].equals(problem["geometry"])
    assert [link["feature_uuid"] for link in store.links(mid)] == ["place-1"]
    assert [c["uuid"] for c in store.causes_of_measure(mid)] == [cid]
    assert store.causes_of_measure(mid)[0]["problem_title"] == "Öppen narkotikaförsäljning"
    assert store.measures_of_problem(pid) == [mid]


def test_deleting_what_measures_answer_is_refused_until_confirmed(backend):
    store = backend.store()
    pid = store.create_problem({"title": "Klotter"}, "anna", geometry=QgsGeometry.fromWkt("POINT(5 5)"))
    c1 = store.add_cause(pid, {"text": "Klotter sitter kvar länge"})
    store.add_cause(pid, {"text": "Ingen ansvarig"})
    mid = store.create({"title": "Sanering inom 24 h", "responsible_org": "kommun"}, None, [], "anna",
                       cause_uuids=[c1])
    with pytest.raises(InUseError) as err:
        store.delete_problem(pid)
    assert err.value.titles == ["Sanering inom 24 h"]
    with pytest.raises(InUseError):
        store.delete_cause(c1)
    assert len(store.causes(pid)) == 2 and len(store.measure_causes()) == 1 and store.get_problem(pid)
    store.delete_problem(pid, force=True)
    assert store.problems() == [] and store.all_causes() == [] and store.measure_causes() == []
    assert store.get(mid)["title"] == "Sanering inom 24 h"  # the measure itself stays


def test_set_measure_causes_and_goals(backend):
    store = backend.store()
    pid = store.create_problem({"title": "Narkotika"}, "anna", geometry=QgsGeometry.fromWkt("POINT(5 5)"))
    c1, c2 = (store.add_cause(pid, {"text": t}) for t in ("Säljare samlas", "Skymd entré"))
    gid = store.create_goal({"code": "A", "title": "Trygga och bra boendemiljöer", "start_year": 2024,
                             "end_year": 2027, "owner": "Trygghetsrådet"})
    mid = store.create({"title": "Rundor", "responsible_org": "polis", "goal_uuid": gid}, None, [], "per")
    store.set_measure_causes(mid, [c2, c1])
    assert {c["uuid"] for c in store.causes_of_measure(mid)} == {c1, c2}
    store.set_measure_causes(mid, [c2])
    assert [c["uuid"] for c in store.causes_of_measure(mid)] == [c2]
    with pytest.raises(InUseError):
        store.delete_goal(gid)
    with pytest.raises(ValidationError) as err:
        store.create_goal({"code": "B", "title": "x", "start_year": 2027, "end_year": 2024})
    assert err.value.field == "end_year"
    store.save_goal(gid, {"title": "Trygga boendemiljöer"})
    assert [g["title"] for g in store.goals()] == ["Trygga boendemiljöer"]


def test_problem_conflict_when_someone_saved_in_between(backend):
    first, second = backend.store(), backend.store()
    pid = first.create_problem({"title": "Narkotika"}, "anna", geometry=QgsGeometry.fromWkt("POINT(5 5)"))
    loaded_a = first.get_problem(pid)
    loaded_b = second.get_problem(pid)
    saved = first.save_problem(pid, {"status": "belagd", "target": "Boende"}, loaded_a, "anna")
    assert saved["status"] == "belagd" and saved["target"] == "Boende"
    with pytest.raises(ConflictError):
        second.save_problem(pid, {"status": "avford"}, loaded_b, "per")
    assert first.get_problem(pid)["status"] == "belagd"
    second.save_problem(pid, {"status": "avford"}, second.get_problem(pid), "per")
    assert first.get_problem(pid)["status"] == "avford"


def test_conclusions_one_text_per_area_and_period(backend):
    store = backend.store()
    start, end = datetime.date(2025, 11, 1), datetime.date(2026, 10, 31)
    a = store.save_conclusion("Kronogården", start, end, "Narkotikan har flyttat.", "anna")
    b = store.save_conclusion("Kronogården", start, end, "Narkotikan har flyttat till parkeringen.", "per")
    assert a == b
    rows = store.conclusions("Kronogården")
    assert [(r["text"], r["period_end"]) for r in rows] == [("Narkotikan har flyttat till parkeringen.", end)]
    with pytest.raises(ValidationError):
        store.save_conclusion("", start, end, "x", "anna")
    # the areas the dock offers for conclusions: the focus areas as written in the workspace, in their order
    assert (store.area_names("focus"), store.area_names("reference")) == (["Kronogården", "Lextorp"], [])


def test_conclusion_edited_by_uuid_and_deleted_alone(backend):
    """An edit names the row it came from: new dates change that row (no second row left behind); a delete removes
    that row and no other."""
    from trygghet.workspace.analysis import RecordNotFoundError

    store = backend.store()
    d = datetime.date
    old = store.save_conclusion("Kronogården", d(2024, 1, 1), d(2024, 12, 31), "Året 2024.", "anna")
    keep = store.save_conclusion("Kronogården", d(2023, 1, 1), d(2023, 12, 31), "Året 2023.", "anna")
    other = store.save_conclusion("Lextorp", d(2024, 1, 1), d(2024, 12, 31), "Lextorp 2024.", "anna")
    # the period changed while editing ``old``: one row with the new dates and text, same uuid
    assert store.save_conclusion("Kronogården", d(2025, 11, 1), d(2026, 10, 31), "Tolv månader.", "per",
                                 uuid=old) == old
    rows = {r["uuid"]: r for r in store.conclusions()}
    assert set(rows) == {old, keep, other}
    assert (rows[old]["period_start"], rows[old]["period_end"], rows[old]["text"], rows[old]["area"]) == (
        d(2025, 11, 1), d(2026, 10, 31), "Tolv månader.", "Kronogården")
    assert [(r["period_start"], r["text"]) for r in store.conclusions("Kronogården")] == [
        (d(2023, 1, 1), "Året 2023."), (d(2025, 11, 1), "Tolv månader.")]
    # moving it onto the period another row of the area has is refused, nothing written
    with pytest.raises(ValidationError) as refused:
        store.save_conclusion("Kronogården", d(2023, 1, 1), d(2023, 12, 31), "Krock", "per", uuid=old)
    assert refused.value.code == "period_taken"
    assert {r["uuid"]: r["text"] for r in store.conclusions()} == {old: "Tolv månader.", keep: "Året 2023.",
                                                                   other: "Lextorp 2024."}
    # the same period in another area is no clash
    assert store.save_conclusion("Kronogården", d(2024, 1, 1), d(2024, 12, 31), "Tillbaka", "per", uuid=old) == old
    # delete: exactly that row goes
    store.delete_conclusion(keep)
    assert sorted(r["uuid"] for r in store.conclusions()) == sorted([old, other])
    with pytest.raises(RecordNotFoundError):
        store.delete_conclusion(keep)
    with pytest.raises(RecordNotFoundError):
        store.save_conclusion("Kronogården", d(2020, 1, 1), d(2020, 12, 31), "Borta", "per", uuid=keep)
    assert sorted(r["uuid"] for r in store.conclusions()) == sorted([old, other])


def test_plan_export_grouped_by_goal_with_numbered_causes(backend, tmp_path, swedish):
    store = backend.store()
    pid = store.create_problem({"title": "Mörk gångväg"}, "anna", geometry=QgsGeometry.fromWkt("POINT(5 5)"))
    c1, c2 = (store.add_cause(pid, {"text": t}) for t in ("Trasiga lampor", "Dålig belysning längs gångvägen"))
    g_b = store.create_goal({"code": "B", "title": "Minska antalet skjutningar"})
    g_a = store.create_goal({"code": "A", "title": "Trygga och bra boendemiljöer"})
    m1 = store.create({"title": "Utan mål", "cause": "Gammal fritext"}, None, [], "a")
    m2 = store.create({"title": "Lampor", "goal_uuid": g_b}, None, [], "a", cause_uuids=[c2])
    m3 = store.create({"title": "Röjning och lampor", "goal_uuid": g_a}, None, [], "a", cause_uuids=[c2, c1])
    by_uuid = {m["uuid"]: m for m in store.list_measures()}
    written = store.export_action_plan(str(tmp_path / "plan.csv"), [by_uuid[m1], by_uuid[m2], by_uuid[m3]])
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    goal = rows[0].index("Målområde")
    assert rows[0][0] == "Orsak"
    assert [(r[1], r[goal], r[0]) for r in rows[1:]] == [
        ("Röjning och lampor", "A Trygga och bra boendemiljöer",
         "1. Trasiga lampor; 2. Dålig belysning längs gångvägen"),
        ("Lampor", "B Minska antalet skjutningar", "2. Dålig belysning längs gångvägen"),
        ("Utan mål", "", "1. Gammal fritext")]
