"""The cause analysis register on a real PostgreSQL/PostGIS: the GeoPackage tests re-run (imported below with this
module's ``backend``), the same store through QGIS's postgres provider, and the upgrade of a schema-2 workspace."""

import itertools
import os
import sys

import pytest
from qgis.core import QgsGeometry
from trygghet.workspace.analysis import InUseError, RegisterStore
from trygghet.workspace.measures import PermissionDeniedError, StoreError
from trygghet.workspace.postgis import connection, create_postgis_workspace, upgrade_postgis_security
from trygghet.workspace.schema import SCHEMA_VERSION

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_analysis_register import (  # noqa: E402, F401 - the shared tests, re-run here on PostGIS
    PLACE,
    SQUARE,
    test_causes_numbered_stably_and_renumbered_on_request,
    test_conclusion_edited_by_uuid_and_deleted_alone,
    test_conclusions_one_text_per_area_and_period,
    test_deleting_what_measures_answer_is_refused_until_confirmed,
    test_measure_from_a_cause_carries_area_point_place_and_link,
    test_plan_export_grouped_by_goal_with_numbered_causes,
    test_problem_conflict_when_someone_saved_in_between,
    test_problem_from_a_place_keeps_snapshot_point_and_area,
    test_problem_values_are_checked,
    test_set_measure_causes_and_goals,
)

_schemas = itertools.count(1)


class PgBackend:
    name = "postgis"

    def __init__(self, uri):
        self.uri = uri
        self.schema = f"an_{os.getpid()}_{next(_schemas)}"
        create_postgis_workspace(uri, self.schema)
        s = f'"{self.schema}"'
        connection(uri).executeSql(
            f"INSERT INTO {s}.areas (uuid, name, kind, population, geom) VALUES "
            f"('a1', 'Kronogården', 'focus', 6750, ST_GeomFromText('{SQUARE}', 3006)), "
            "('a2', 'Lextorp', 'focus', 6200, ST_GeomFromText("
            "'MULTIPOLYGON(((1000 0,2000 0,2000 1000,1000 1000,1000 0)))', 3006))")

    def store(self, uri=None):
        return RegisterStore.for_postgis(uri or self.uri, self.schema)


@pytest.fixture
def backend(qgis_app, pg_uri):
    return PgBackend(pg_uri)


def _login(backend, login, org):
    conn = connection(backend.uri)
    conn.executeSql(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') THEN "
                    f"CREATE ROLE {login} LOGIN; END IF; END $$; GRANT {org} TO {login}")
    return backend.uri.replace("user=postgres", f"user={login}")


def test_organizations_through_the_store(backend):
    """The police write their own problem and its causes (the database sets owner and author), the municipality
    reads it, may answer its cause with its own measure, but cannot edit the police's problem or cause."""
    polis = backend.store(_login(backend, "polis_per", "polis"))
    kommun = backend.store(_login(backend, "kommun_anna", "kommun"))
    pid = polis.create_problem({"title": "Öppen narkotikaförsäljning"}, "Per P", place=PLACE)
    p = kommun.get_problem(pid)
    assert (p["responsible_org"], p["written_by"], p["area"]) == ("polis", "polis_per", "Kronogården")
    cid = polis.add_cause(pid, {"text": "Säljare samlas vid entrén"})
    with pytest.raises(PermissionDeniedError):
        kommun.add_cause(pid, {"text": "Kapad"})
    with pytest.raises(PermissionDeniedError):
        kommun.save_cause(cid, {"text": "Kapad"})
    with pytest.raises(PermissionDeniedError):
        kommun.save_problem(pid, {"title": "Kapad"}, p, "anna")
    assert [c["text"] for c in polis.causes(pid)] == ["Säljare samlas vid entrén"]
    mid = kommun.create_measure_from_cause(cid, "Anna", {"responsible_org": "kommun"})
    assert [c["uuid"] for c in polis.causes_of_measure(mid)] == [cid]
    # the police may not delete the problem while kommun's measure answers it: refused, nothing removed
    with pytest.raises(InUseError):
        polis.delete_problem(pid)
    with pytest.raises(PermissionDeniedError):
        polis.delete_problem(pid, force=True)  # kommun's link is kommun's to remove
    assert polis.get_problem(pid) and polis.measure_causes()
    kommun.set_measure_causes(mid, [])
    polis.delete_problem(pid)
    assert polis.problems() == [] and polis.all_causes() == []
    # goals are the municipality's
    with pytest.raises(PermissionDeniedError):
        polis.create_goal({"code": "A", "title": "Polisens mål"})
    assert kommun.create_goal({"code": "A", "title": "Trygga och bra boendemiljöer"})


def test_conclusions_edited_and_deleted_by_their_organization_only(backend):
    """Conclusions are the writing organization's: the police edit (new dates) and delete their own through the
    store; the municipality's edit or delete of the police's row is refused and leaves it as it was (read back as
    the superuser)."""
    import datetime

    d = datetime.date
    polis = backend.store(_login(backend, "polis_per", "polis"))
    kommun = backend.store(_login(backend, "kommun_anna", "kommun"))
    mine = polis.save_conclusion("Kronogården", d(2024, 1, 1), d(2024, 12, 31), "Polisens 2024.", "Per")
    gone = polis.save_conclusion("Kronogården", d(2023, 1, 1), d(2023, 12, 31), "Polisens 2023.", "Per")
    theirs = kommun.save_conclusion("Lextorp", d(2024, 1, 1), d(2024, 12, 31), "Kommunens 2024.", "Anna")
    s = f'"{backend.schema}"'

    def stored():
        return sorted(tuple(r) for r in connection(backend.uri).executeSql(
            f"SELECT uuid, area, period_start::text, period_end::text, text, responsible_org FROM {s}.conclusions"))

    before = stored()
    with pytest.raises(PermissionDeniedError):
        kommun.save_conclusion("Kronogården", d(2025, 1, 1), d(2025, 12, 31), "Kapad", "Anna", uuid=mine)
    with pytest.raises(PermissionDeniedError):
        kommun.delete_conclusion(mine)
    assert stored() == before
    assert polis.save_conclusion("Kronogården", d(2025, 11, 1), d(2026, 10, 31), "Tolv månader.", "Per",
                                 uuid=mine) == mine
    polis.delete_conclusion(gone)
    assert stored() == sorted([
        (mine, "Kronogården", "2025-11-01", "2026-10-31", "Tolv månader.", "polis"),
        (theirs, "Lextorp", "2024-01-01", "2024-12-31", "Kommunens 2024.", "kommun")])


def test_schema_2_workspace_upgraded_keeping_every_row(backend):
    """A shared workspace of schema 2 (no cause analysis tables, no measures.goal_uuid, security version 2) is
    brought to schema 3 in place: every measure, link, log row and promise stays as it was."""
    admin = RegisterStore.for_postgis(backend.uri, backend.schema)
    uid = admin.create({"title": "Belysning", "responsible_org": "kommun"}, QgsGeometry.fromWkt("POINT(5 5)"),
                       [{"layer_name": "Stråk", "geometry_wkt": "LINESTRING(0 0,10 0)"}], "admin")
    admin.create_promise({"title": "Tryggare torg", "parties": "kommun"})
    conn = connection(backend.uri)
    s = f'"{backend.schema}"'
    conn.executeSql(f"DROP TABLE {s}.problems, {s}.causes, {s}.goals, {s}.measure_causes, {s}.conclusions CASCADE;"
                    f"ALTER TABLE {s}.measures DROP COLUMN goal_uuid;"
                    f"UPDATE {s}.trygghet_meta SET value = '2' WHERE key IN ('schema_version', 'security_version')")
    tables = ("measures", "measure_links", "measure_log", "promises", "areas")

    def dump():
        return {t: conn.executeSql(f"SELECT row_to_json(x)::text FROM {s}.{t} x ORDER BY fid") for t in tables}

    before = dump()
    with pytest.raises(StoreError):
        RegisterStore.for_postgis(backend.uri, backend.schema)
    assert upgrade_postgis_security(backend.uri, backend.schema) == 2
    after = dump()
    for t in tables:
        old = [r[0] for r in before[t]]
        new = [r[0].replace(', "goal_uuid":null', "") for r in after[t]]
        assert len(old) == len(new) and (t == "measures" or old == new), t
    import json

    old_m = json.loads(before["measures"][0][0])
    new_m = json.loads(after["measures"][0][0])
    assert {k: v for k, v in new_m.items() if k != "goal_uuid"} == old_m and new_m["goal_uuid"] is None
    meta = dict(conn.executeSql(f"SELECT key, value FROM {s}.trygghet_meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    store = RegisterStore.for_postgis(backend.uri, backend.schema)
    assert store.get(uid)["title"] == "Belysning" and store.problems() == []
    assert store.create_goal({"code": "A", "title": "Trygga och bra boendemiljöer"})
