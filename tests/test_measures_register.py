"""The measures register on a real GeoPackage. The backend-neutral tests here are re-run on PostGIS by
test_measures_postgis.py, which imports them and overrides the ``backend`` fixture."""

import csv
import datetime
import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from qgis.core import QgsGeometry
from trygghet.workspace.gpkg import create_workspace, write_columns
from trygghet.workspace.measures import (
    ACTION_PLAN_COLUMNS,
    ConflictError,
    MeasureNotFoundError,
    MeasureStore,
    StoreError,
    ValidationError,
    _Tx,
    overdue,
    write_action_plan,
)
from trygghet.workspace.schema import layer as layer_spec

PLUGINS = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class GpkgBackend:
    name = "gpkg"

    def __init__(self, folder):
        self.path = str(folder / "ws.gpkg")
        create_workspace(self.path)

    def store(self):
        return MeasureStore.for_geopackage(self.path)

    def open_code(self):
        return f"MeasureStore.for_geopackage({self.path!r})"

    @staticmethod
    def author(user):
        """Who the store records for a change made as ``user`` (a GeoPackage has no logins: the name given)."""
        return user

    @staticmethod
    def now():
        return datetime.datetime.now().replace(microsecond=0)


@pytest.fixture
def backend(qgis_app, tmp_path):
    return GpkgBackend(tmp_path)


def _name(row):
    """The display name of a log row's author (PostGIS keeps it beside the login; a GeoPackage has only the name)."""
    return row.get("changed_by_name") or row["changed_by"]


LINE = {"layer_name": "paths", "layer_source": "/data/ws.gpkg|layername=paths", "feature_uuid": "p-1",
        "feature_fid": 7, "geometry_wkt": "LINESTRING(100 200, 140 200)"}


def _point(x, y):
    return {"layer_name": "places", "layer_source": "src", "feature_uuid": None, "feature_fid": 1,
            "geometry_wkt": f"POINT({x} {y})"}


# ---------------------------------------------------------------------------------------------------------------
# backend-neutral tests (also run on PostGIS)
# ---------------------------------------------------------------------------------------------------------------

def test_create_stores_values_links_and_log(backend):
    store = backend.store()
    before = backend.now()
    uid = store.create({"title": "Belysning längs stråket", "cause": "Mörk sträcka", "responsible_org": "kommun",
                        "due_date": "2026-09-30", "planned_start": datetime.date(2026, 4, 1), "effort_planned": 120,
                        "priority": 1, "kind": "situational", "follow_up": "yellow"},
                       None, [LINE], "anna")
    m = store.get(uid)
    assert m["title"] == "Belysning längs stråket" and m["cause"] == "Mörk sträcka"
    assert m["due_date"] == datetime.date(2026, 9, 30) and m["planned_start"] == datetime.date(2026, 4, 1)
    assert m["effort_planned"] == 120.0 and m["priority"] == 1 and m["description"] is None
    assert m["status"] == "forslag" and m["version"] == 1 and m["updated_by"] == backend.author("anna")
    assert before <= m["created_at"] <= backend.now() and m["updated_at"] == m["created_at"]
    # no geometry given: the midpoint of the single linked line
    assert m["geometry"].asPoint().x() == pytest.approx(120) and m["geometry"].asPoint().y() == pytest.approx(200)
    links = store.links(uid)
    assert len(links) == 1
    assert {k: links[0][k] for k in ("layer_name", "layer_source", "feature_uuid", "feature_fid")} == {
        k: LINE[k] for k in ("layer_name", "layer_source", "feature_uuid", "feature_fid")}
    assert QgsGeometry.fromWkt(links[0]["geometry_wkt"]).equals(QgsGeometry.fromWkt(LINE["geometry_wkt"]))
    assert [r["action"] for r in store.log(uid)] == ["linked", "created"]
    assert all(r["changed_by"] == backend.author("anna") and _name(r) == "anna" for r in store.log(uid)[1:])
    assert store.log(uid)[0]["changed_by"] == backend.author("anna")
    listed = {r["uuid"]: r for r in store.list_measures()}
    assert listed[uid]["title"] == m["title"] and listed[uid]["fid"] == m["fid"]


def test_geometry_is_centroid_of_several_links_or_given(backend):
    store = backend.store()
    uid = store.create({"title": "Två platser"}, None, [_point(0, 0), _point(10, 0), _point(5, 30)], "a")
    p = store.get(uid)["geometry"].asPoint()
    assert (p.x(), p.y()) == (pytest.approx(5.0), pytest.approx(10.0))  # mean of the three points
    uid2 = store.create({"title": "Given"}, QgsGeometry.fromWkt("POINT(7 8)"), [_point(0, 0)], "a")
    p2 = store.get(uid2)["geometry"].asPoint()
    assert (p2.x(), p2.y()) == (7.0, 8.0)


def test_save_logs_each_changed_field_and_bumps_version(backend):
    store = backend.store()
    uid = store.create({"title": "A", "status": "beslutad", "area": "Sylte"}, QgsGeometry.fromWkt("POINT(1 1)"),
                       [], "anna")
    before = store.get(uid)
    time.sleep(1.05)  # updated_at has second resolution
    version = store.save(uid, {"status": "pagaende", "follow_up": "green", "title": "A2", "area": "Sylte",
                               "due_date": datetime.date(2027, 1, 31)}, 1, "bertil", note="möte 3/11")
    assert version == 2
    m = store.get(uid)
    assert (m["status"], m["follow_up"], m["title"], m["due_date"]) == ("pagaende", "green", "A2",
                                                                       datetime.date(2027, 1, 31))
    assert m["version"] == 2 and m["updated_by"] == backend.author("bertil") and m["updated_at"] > before["updated_at"]
    assert m["created_at"] == before["created_at"]
    log = store.log(uid)
    changed = {r["field"]: r for r in log if _name(r) == "bertil"}
    assert all(r["changed_by"] == backend.author("bertil") for r in changed.values())
    assert set(changed) == {"status", "follow_up", "title", "due_date"}  # area did not change: not logged
    assert changed["status"]["action"] == "status" and changed["status"]["old_value"] == "beslutad"
    assert changed["status"]["new_value"] == "pagaende"
    assert changed["follow_up"]["action"] == "follow_up" and changed["follow_up"]["old_value"] is None
    assert changed["title"]["action"] == "edited" and changed["due_date"]["new_value"] == "2027-01-31"
    assert all(r["note"] == "möte 3/11" for r in changed.values())
    assert log[-1]["action"] == "created"  # newest first
    assert log[0]["changed_at"] >= log[-1]["changed_at"]
    # nothing changed and no note: nothing written
    assert store.save(uid, {"title": "A2"}, 2, "c") == 2
    assert len(store.log(uid)) == len(log) and store.get(uid)["version"] == 2


def test_reason_required_for_avbruten_and_ej_aktuell(backend):
    store = backend.store()
    uid = store.create({"title": "B"}, QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    for status in ("avbruten", "ej_aktuell"):
        with pytest.raises(ValidationError) as err:
            store.save(uid, {"status": status}, 1, "a")
        assert (err.value.field, err.value.code) == ("status_reason", "reason_required")
    assert store.get(uid)["version"] == 1 and store.get(uid)["status"] == "forslag"
    assert len(store.log(uid)) == 1
    assert store.save(uid, {"status": "avbruten", "status_reason": "Lokalen saknas"}, 1, "a") == 2
    # clearing the reason of a cancelled measure is refused too
    with pytest.raises(ValidationError):
        store.save(uid, {"status_reason": ""}, 2, "a")
    with pytest.raises(ValidationError) as err:
        store.create({"title": "C", "status": "ej_aktuell"}, None, [], "a")
    assert err.value.code == "reason_required"


@pytest.mark.parametrize("values, field, code", [
    ({"title": ""}, "title", "title_required"),
    ({"title": "x", "status": "klar"}, "status", "bad_status"),
    ({"title": "x", "follow_up": "blue"}, "follow_up", "bad_value"),
    ({"title": "x", "priority": 7}, "priority", "bad_priority"),
    ({"title": "x", "due_date": "31/12"}, "due_date", "bad_date"),
    ({"title": "x", "effort_planned": "many"}, "effort_planned", "bad_number"),
    ({"title": "x", "colour": "red"}, "colour", "unknown_field"),
])
def test_validation_codes(backend, values, field, code):
    store = backend.store()
    with pytest.raises(ValidationError) as err:
        store.create(values, QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    assert (err.value.field, err.value.code) == (field, code)
    assert store.list_measures() == []


def test_read_only_fields_and_unknown_measure(backend):
    store = backend.store()
    uid = store.create({"title": "R"}, QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    for name in ("version", "uuid", "updated_by"):
        with pytest.raises(ValidationError) as err:
            store.save(uid, {name: "x"}, 1, "a")
        assert err.value.code == "read_only"
    with pytest.raises(MeasureNotFoundError):
        store.get("no-such-uuid")
    with pytest.raises(MeasureNotFoundError):
        store.save("no-such-uuid", {"title": "y"}, 1, "a")


def test_conflict_second_store_refused_nothing_overwritten(backend):
    first, second = backend.store(), backend.store()
    uid = first.create({"title": "Original", "responsible_org": "kommun"}, QgsGeometry.fromWkt("POINT(1 1)"), [],
                       "anna")
    loaded_1, loaded_2 = first.get(uid), second.get(uid)
    assert loaded_1["version"] == loaded_2["version"] == 1
    assert first.save(uid, {"title": "Annas titel"}, loaded_1["version"], "anna") == 2
    saved_at = first.get(uid)["updated_at"]
    with pytest.raises(ConflictError) as err:
        second.save(uid, {"title": "Bertils titel", "status": "beslutad"}, loaded_2["version"], "bertil")
    assert err.value.changed_by == backend.author("anna") and err.value.current_version == 2
    assert (err.value.changed_by_name or err.value.changed_by) == "anna"
    assert err.value.changed_at == saved_at.strftime("%Y-%m-%d %H:%M:%S")
    m = second.get(uid)
    assert m["title"] == "Annas titel" and m["status"] == "forslag" and m["version"] == 2
    assert not [r for r in second.log(uid) if _name(r) == "bertil"]
    # after reloading, the second user can save on top of version 2
    assert second.save(uid, {"status": "beslutad"}, 2, "bertil") == 3


def test_failed_save_writes_nothing(backend, monkeypatch):
    """One transaction: if writing the log fails after the measure row was changed, neither is kept."""
    store = backend.store()
    uid = store.create({"title": "T"}, QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    real_add = _Tx.add

    def failing_add(self, layer, features):
        if layer.name() == layer_spec("measure_log").title:
            raise StoreError("write_failed", "simulated disk full")
        return real_add(self, layer, features)

    def failing_commit(self):
        # PostGIS writes the log in the database's trigger: fail after the row and its log were written
        raise StoreError("write_failed", "simulated lost connection")

    if store.audited:
        monkeypatch.setattr(_Tx, "commit", failing_commit)
    else:
        monkeypatch.setattr(_Tx, "add", failing_add)
    with pytest.raises(StoreError):
        store.save(uid, {"title": "T2"}, 1, "a")
    monkeypatch.undo()
    fresh = backend.store().get(uid)
    assert fresh["title"] == "T" and fresh["version"] == 1
    assert len(store.log(uid)) == 1


def test_add_links_logs_linked(backend):
    store = backend.store()
    uid = store.create({"title": "L"}, QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    store.add_links(uid, [LINE, _point(3, 4)], "bertil")
    links = store.links(uid)
    assert [lk["layer_name"] for lk in links] == ["paths", "places"]
    assert all(lk["measure_uuid"] == uid for lk in links)
    top = store.log(uid)[0]
    assert top["action"] == "linked" and top["changed_by"] == backend.author("bertil")
    assert "paths:p-1" in top["new_value"] and "places:1" in top["new_value"]
    assert store.get(uid)["version"] == 1


def test_committed_measure_survives_killed_process(backend):
    """A process that saves and is then killed (SIGKILL, no clean shutdown) never loses the committed measure."""
    code = textwrap.dedent("""
        import os, signal, sys
        sys.path.insert(0, {plugins!r})
        from qgis.core import QgsApplication, QgsGeometry
        app = QgsApplication([], False)
        app.initQgis()
        from trygghet.workspace.measures import MeasureStore
        store = {open_code}
        uid = store.create({{"title": "Före kraschen", "responsible_org": "kommun"}},
                           QgsGeometry.fromWkt("POINT(5 5)"), [], "killed")
        store.save(uid, {{"status": "beslutad"}}, 1, "killed")
        print(uid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """).format(plugins=os.path.join(PLUGINS), open_code=backend.open_code())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == -9, proc.stderr
    uid = proc.stdout.strip().splitlines()[-1]
    m = backend.store().get(uid)
    assert m["title"] == "Före kraschen" and m["status"] == "beslutad" and m["version"] == 2


def test_promises_and_export(backend, tmp_path, swedish):
    store = backend.store()
    pid = store.create_promise({"title": "Tryggare torg", "area": "Kronogården"})
    assert [p["title"] for p in store.promises()] == ["Tryggare torg"] and store.promises()[0]["uuid"] == pid
    common = {"cause": "Mörker vid torget", "responsible_org": "kommun", "responsible_person": "Eva",
              "operational_goal": "Belyst", "due_date": datetime.date(2026, 10, 1), "follow_up": "red"}
    a = store.create(dict(common, title="Belysning", promise_uuid=pid, area="Kronogården"),
                     QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    b = store.create(dict(common, title="Röjning", cause="Buskage", follow_up="green",
                          planned_start=datetime.date(2026, 4, 1)), QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    c = store.create(dict(common, title="Kamera"), QgsGeometry.fromWkt("POINT(1 1)"), [], "a")
    by_uuid = {m["uuid"]: m for m in store.list_measures()}
    written = store.export_action_plan(str(tmp_path / "plan.csv"), [by_uuid[a], by_uuid[b], by_uuid[c]])
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Orsak", "Åtgärd", "Operativt mål", "När", "Vem", "Uppföljning", "Status", "Område",
                       "Medborgarlöfte", "Målområde"]
    assert rows[1] == ["1. Mörker vid torget", "Belysning", "Belyst", "senast 2026-10-01", "Kommunen, Eva", "Röd",
                       "Förslag", "Kronogården", "Tryggare torg", ""]
    assert rows[2][0] == "2. Buskage" and rows[2][3] == "2026-04-01 – 2026-10-01" and rows[2][5] == "Grön"
    assert rows[3][0] == "1. Mörker vid torget" and rows[3][8] == ""  # same cause, same number
    assert len(rows) == 4


# ---------------------------------------------------------------------------------------------------------------
# GeoPackage-only and pure tests
# ---------------------------------------------------------------------------------------------------------------

def _xlsx_rows(path):
    """The first sheet's cells as rows of strings, read with the standard library (independent of the writer)."""
    import re
    import zipfile
    from xml.etree import ElementTree

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter("{{{}}}t".format(ns["m"]))))
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.iter("{{{}}}row".format(ns["m"])):
        cells = {}
        for c in row.findall("m:c", ns):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            idx = 0
            for ch in col:
                idx = idx * 26 + ord(ch) - 64
            v = c.find("m:v", ns)
            inline = c.find("m:is", ns)
            if c.get("t") == "s":
                cells[idx - 1] = shared[int(v.text)]
            elif inline is not None:
                cells[idx - 1] = "".join(t.text or "" for t in inline.iter("{{{}}}t".format(ns["m"])))
            else:
                cells[idx - 1] = v.text if v is not None else ""
        rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
    return rows


_WORKER = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {plugins!r})
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from trygghet.workspace.measures import ConflictError, MeasureStore
    store = {open_code}
    loaded = {{}}
    print("ready", flush=True)
    for line in sys.stdin:
        command, uid, *rest = json.loads(line)
        try:
            if command == "create":
                answer = ["ok", store.create({{"title": uid, "responsible_org": "kommun"}}, None, [], {name!r})]
            elif command == "get":
                m = store.get(uid)
                loaded[uid] = m["version"]
                answer = ["ok", m["version"], m["title"]]
            else:  # save: a title, or the title already stored (a save that changes nothing)
                answer = ["ok", store.save(uid, {{"title": rest[0]}}, loaded[uid], {name!r})]
        except ConflictError as err:
            answer = ["conflict", err.changed_by, err.changed_at, err.current_version]
        except Exception as err:  # noqa: BLE001 - any other error is what the test looks for
            answer = ["error", type(err).__name__, str(err)]
        print(json.dumps(answer, default=str), flush=True)
""")


class _Party:
    """A second QGIS process working on the same workspace, driven line by line."""

    def __init__(self, backend, name):
        code = _WORKER.format(plugins=PLUGINS, open_code=backend.open_code(), name=name)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, env=env)
        assert self.proc.stdout.readline().strip() == "ready"

    def __call__(self, *command):
        import json

        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the other process died"
        return json.loads(line)

    def close(self):
        self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0


def _stored(path, uid):
    """The measure's row and its log read straight from the file with SQLite (a connection of its own, closed at
    once: this test process holds nothing open on the file while the two parties work)."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute('SELECT "title", "version", "updated_by", "updated_at" FROM "measures" WHERE "uuid" = ?',
                          (uid,)).fetchone()
        log = con.execute('SELECT "changed_by", "field", "new_value" FROM "measure_log" WHERE "measure_uuid" = ? '
                          'ORDER BY "fid"', (uid,)).fetchall()
    finally:
        con.close()
    title, version, updated_by, updated_at = row
    return {"title": title, "version": version, "updated_by": updated_by,
            "updated_at": str(updated_at)[:19].replace("T", " ")}, log


def test_stale_save_in_another_process_is_always_a_conflict(backend):
    """Two QGIS processes on one workspace GeoPackage: A reads, B reads and saves, A saves. Every time (20 rounds) A
    is refused with a conflict naming B and when B saved, never another error; B's change and its log row stay.
    A save of B's that changes nothing never makes A's next valid save fail."""
    creator = _Party(backend, "anna")  # a third session creates the measure and quits
    uid = creator("create", "Start")[1]
    creator.close()
    a, b = _Party(backend, "anna"), _Party(backend, "bertil")
    try:
        for i in range(20):
            version = 1 + i
            title = f"B{i - 1}" if i else "Start"
            assert a("get", uid) == ["ok", version, title], i
            assert b("get", uid) == ["ok", version, title], i
            assert b("save", uid, f"B{i}") == ["ok", version + 1], i
            outcome = a("save", uid, f"A{i}")
            stored, log = _stored(backend.path, uid)
            assert outcome == ["conflict", "bertil", stored["updated_at"], version + 1], (i, outcome)
            # B's change and its log row survive; nothing of A's was written
            assert (stored["title"], stored["version"], stored["updated_by"]) == (f"B{i}", version + 1, "bertil")
            assert log[-1] == ("bertil", "title", f"B{i}")
            assert len(log) == 2 + i and not [r for r in log[1:] if r[0] == "anna"]
        # B's save that changes nothing writes nothing, and A's save on the same version then goes through
        for i in range(5):
            stored, _log = _stored(backend.path, uid)
            assert a("get", uid)[0] == "ok" and b("get", uid)[0] == "ok"
            assert b("save", uid, stored["title"]) == ["ok", stored["version"]]
            assert a("save", uid, f"A{i}") == ["ok", stored["version"] + 1], i
            assert _stored(backend.path, uid)[0]["title"] == f"A{i}"
    finally:
        a.close()
        b.close()
    _stored_row, log = _stored(backend.path, uid)
    assert [r[0] for r in log] == ["anna"] + ["bertil"] * 20 + ["anna"] * 5


_RACER = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, {plugins!r})
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from trygghet.workspace.measures import ConflictError, MeasureStore
    store = MeasureStore.for_geopackage({path!r})
    sys.stdin.readline()  # start together
    out = []
    for i in range({rounds}):
        try:
            m = store.get({uid!r})
            out.append(["ok", m["version"], store.save({uid!r}, {{"title": "{name}%d" % i}}, m["version"], {name!r})])
        except ConflictError as err:
            out.append(["conflict", err.changed_by])
        except Exception as err:  # noqa: BLE001
            out.append(["error", type(err).__name__, str(err)])
    print(json.dumps(out), flush=True)
""")


def test_simultaneous_saves_in_two_processes_lose_nothing(backend):
    """Two QGIS processes saving one measure as fast as they can: every save either lands (with its own new
    version, its change on disk, its log row) or is refused as a conflict; no save is lost or half written."""
    uid = backend.store().create({"title": "Start"}, None, [], "start")
    rounds = 80
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-c", _RACER.format(plugins=PLUGINS, path=backend.path, uid=uid,
                                                                  name=name, rounds=rounds)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
             for name in ("anna", "bertil")]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = {name: json.loads(proc.communicate(timeout=300)[0].strip().splitlines()[-1])
               for name, proc in zip(("anna", "bertil"), procs)}
    saved = []
    for name, outcomes in results.items():
        assert not [o for o in outcomes if o[0] == "error"], outcomes
        assert all(o[1] != name for o in outcomes if o[0] == "conflict")  # a conflict names the other party
        saved += [(o[2], name) for o in outcomes if o[0] == "ok"]
        assert all(o[2] == o[1] + 1 for o in outcomes if o[0] == "ok")
    versions = sorted(v for v, _name in saved)
    assert versions == list(range(2, 2 + len(saved)))  # each save its own version, none lost
    stored, log = _stored(backend.path, uid)
    assert stored["version"] == 1 + len(saved)
    assert len(log) == 1 + len(saved)  # one row per landed save (plus "created"), none for a refused one
    last_version, last_name = max(saved)
    assert stored["updated_by"] == last_name and log[-1][0] == last_name


def test_export_xlsx_reads_back(tmp_path, swedish):
    measures = [{"title": "Åtgärd 1", "cause": "Orsak ä", "status": "genomford",
                 "done_date": datetime.date(2026, 5, 2)}]
    written = write_action_plan(str(tmp_path / "plan.xlsx"), measures, {})
    assert written.endswith(".xlsx")
    rows = _xlsx_rows(written)
    assert rows[0] == ["Orsak", "Åtgärd", "Operativt mål", "När", "Vem", "Uppföljning", "Status", "Område",
                       "Medborgarlöfte", "Målområde"]
    assert len(ACTION_PLAN_COLUMNS) == len(rows[0])
    row = dict(zip(rows[0], rows[1]))
    assert row["Åtgärd"] == "Åtgärd 1" and row["Orsak"] == "1. Orsak ä"
    assert row["När"] == "genomförd 2026-05-02" and row["Status"] == "Genomförd"
    assert len(rows) == 2


@pytest.mark.parametrize("status, due, expected", [
    ("pagaende", datetime.date(2026, 10, 31), True),
    ("pagaende", datetime.date(2026, 11, 1), False),  # due today is not overdue
    ("forslag", "2026-01-01", True),
    ("beslutad", None, False),
    ("genomford", datetime.date(2020, 1, 1), False),
    ("avbruten", datetime.date(2020, 1, 1), False),
    ("ej_aktuell", datetime.date(2020, 1, 1), False),
])
def test_overdue(status, due, expected):
    assert overdue({"status": status, "due_date": due}, datetime.date(2026, 11, 1)) is expected


def test_list_measures_fast_path_equals_provider_path(qgis_app, tmp_path):
    path = str(tmp_path / "big.gpkg")
    create_workspace(path)
    n = 10000
    spec = layer_spec("measures")
    cols = {"geometry": [f"POINT({i} {2 * i})" for i in range(n)]}
    for f in spec.fields:
        cols[f.name] = {"string": [f"s{i}" for i in range(n)], "text": [f"lång text {i}" for i in range(n)],
                        "integer": [i % 3 + 1 for i in range(n)], "real": [i / 4 for i in range(n)],
                        "date": [datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 400) for i in range(n)],
                        "datetime": [datetime.datetime(2026, 1, 1, 8, 30, 15)] * n,
                        "boolean": [True] * n}[f.type]
    for i in range(0, n, 7):  # NULLs in every type
        for name in ("description", "priority", "effort_planned", "due_date", "updated_at"):
            cols[name][i] = None
    cols["status"] = ["forslag"] * n
    write_columns(path, spec, cols)
    store = MeasureStore.for_geopackage(path)
    slow = store._rows("measures")  # the QGIS provider path
    fast = store.list_measures()
    assert len(fast) == n and fast == slow
    assert fast[7]["due_date"] is None and fast[7]["priority"] is None and fast[8]["due_date"] is not None
