"""The measures register on a real PostgreSQL/PostGIS started on loopback by scripts/pg_test_server.sh: the same
tests as the GeoPackage (imported below, run with this module's ``backend``), plus row-level security."""

import datetime
import itertools
import os
import sys
import zoneinfo

import pytest
from qgis.core import QgsDataSourceUri, QgsGeometry
from trygghet.workspace.measures import ConflictError, MeasureStore, PermissionDeniedError, StoreError
from trygghet.workspace.postgis import SECURITY_VERSION, add_org_member, connection, create_postgis_workspace
from trygghet.workspace.schema import SCHEMA_VERSION

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_measures_register import (  # noqa: E402, F401 - the shared tests, re-run here on PostGIS
    test_add_links_logs_linked,
    test_committed_measure_survives_killed_process,
    test_conflict_second_store_refused_nothing_overwritten,
    test_create_stores_values_links_and_log,
    test_failed_save_writes_nothing,
    test_geometry_is_centroid_of_several_links_or_given,
    test_promises_and_export,
    test_read_only_fields_and_unknown_measure,
    test_reason_required_for_avbruten_and_ej_aktuell,
    test_save_logs_each_changed_field_and_bumps_version,
    test_validation_codes,
)

_schemas = itertools.count(1)


class PgBackend:
    name = "postgis"

    def __init__(self, uri):
        self.uri = uri
        self.schema = f"ws_{os.getpid()}_{next(_schemas)}"
        create_postgis_workspace(uri, self.schema)

    def store(self, uri=None):
        return MeasureStore.for_postgis(uri or self.uri, self.schema)

    def open_code(self):
        return f"MeasureStore.for_postgis({self.uri!r}, {self.schema!r})"

    def author(self, _user):
        """The database records the login (SESSION_USER) of whoever saved, whatever name the client gave."""
        return QgsDataSourceUri(self.uri).username()

    @staticmethod
    def now():
        """The database's clock, Stockholm local time (the audit trigger's)."""
        return datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Stockholm")).replace(tzinfo=None, microsecond=0)


@pytest.fixture
def backend(qgis_app, pg_uri):
    return PgBackend(pg_uri)


def _login(backend, login, org):
    conn = connection(backend.uri)
    conn.executeSql(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') THEN "
                    f"CREATE ROLE {login} LOGIN; END IF; END $$")
    add_org_member(backend.uri, login, org)
    return backend.uri.replace("user=postgres", f"user={login}")


def test_workspace_tables_and_rls_created(backend):
    conn = connection(backend.uri)
    tables = {t.tableName() for t in conn.tables(backend.schema)}
    assert {"areas", "incidents", "measures", "measure_links", "measure_log", "promises", "trygghet_meta"} <= tables
    rls = conn.executeSql("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                          f"WHERE n.nspname = '{backend.schema}' AND c.relrowsecurity ORDER BY relname")
    assert [r[0] for r in rls] == ["causes", "conclusions", "goals", "measure_causes", "measure_links",
                                   "measure_log", "measures", "problems", "promises"]
    meta = dict(conn.executeSql(f'SELECT "key", "value" FROM "{backend.schema}"."trygghet_meta"'))
    assert meta["schema_version"] == str(SCHEMA_VERSION) and meta["epsg"] == "3006"
    create_postgis_workspace(backend.uri, backend.schema)  # idempotent


def test_other_organization_cannot_edit_but_reads(backend):
    admin = backend.store()
    polis_uid = admin.create({"title": "Trygghetsrundor", "responsible_org": "polis"},
                             QgsGeometry.fromWkt("POINT(1 1)"), [], "admin")
    kommun_uid = admin.create({"title": "Belysning", "responsible_org": "kommun"},
                              QgsGeometry.fromWkt("POINT(2 2)"), [], "admin")
    kommun = backend.store(_login(backend, "kommun_anna", "kommun"))
    # reads every organization's measures
    assert {m["uuid"] for m in kommun.list_measures()} == {polis_uid, kommun_uid}
    assert kommun.get(polis_uid)["title"] == "Trygghetsrundor" and len(kommun.log(polis_uid)) == 1
    # cannot edit the police's measure: refused, nothing changed, nothing logged
    with pytest.raises(PermissionDeniedError):
        kommun.save(polis_uid, {"title": "Kapad", "responsible_org": "kommun"}, 1, "kommun_anna")
    m = admin.get(polis_uid)
    assert m["title"] == "Trygghetsrundor" and m["responsible_org"] == "polis" and m["version"] == 1
    assert len(admin.log(polis_uid)) == 1
    with pytest.raises(PermissionDeniedError):
        kommun.add_links(polis_uid, [{"layer_name": "x", "geometry_wkt": "POINT(0 0)"}], "kommun_anna")
    assert admin.links(polis_uid) == []
    # cannot create a measure in the police's name either
    with pytest.raises(PermissionDeniedError):
        kommun.create({"title": "I polisens namn", "responsible_org": "polis"}, None, [], "kommun_anna")
    assert len(admin.list_measures()) == 2
    # but edits its own, and a stale second copy still gets ConflictError
    assert kommun.save(kommun_uid, {"status": "beslutad"}, 1, "kommun_anna") == 2
    with pytest.raises(ConflictError):
        kommun.save(kommun_uid, {"status": "pagaende"}, 1, "kommun_anna")
    # handing its own measure over to the police is refused too (WITH CHECK)
    with pytest.raises(StoreError):
        kommun.save(kommun_uid, {"responsible_org": "polis"}, 2, "kommun_anna")
    assert admin.get(kommun_uid)["responsible_org"] == "kommun"
    polis = backend.store(_login(backend, "polis_per", "polis"))
    assert polis.save(polis_uid, {"follow_up": "green"}, 1, "polis_per") == 2


def test_createworkspace_targets_a_postgis_connection(run, pg_uri):
    from qgis.core import QgsProcessingException, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(pg_uri, {"saveUsername": True, "savePassword": True}).store("trygghet-test")
    try:
        result = run("trygghet:createworkspace", {"DATABASE": "trygghet-test", "SCHEMA": "delad"})
        assert result["WORKSPACE"] == "trygghet-test:delad"
        store = MeasureStore.for_postgis(pg_uri, "delad")
        uuid = store.create({"title": "Belysning vid torget", "responsible_org": "kommun"}, None, [], "test")
        assert store.get(uuid)["title"] == "Belysning vid torget"
        with pytest.raises(QgsProcessingException, match="never overwrites"):
            run("trygghet:createworkspace", {"DATABASE": "trygghet-test", "SCHEMA": "delad"})
        assert [m["uuid"] for m in store.list_measures()] == [uuid]
    finally:
        metadata.deleteConnection("trygghet-test")


def test_createworkspace_connection_without_user_is_a_clear_message(run, pg_uri, monkeypatch):
    from qgis.core import QgsProcessingException, QgsProviderRegistry

    monkeypatch.setenv("PGUSER", "no_such_login")  # what libpq falls back on when the connection names no user
    uri = QgsDataSourceUri(pg_uri)
    uri.setUsername("")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(uri.uri(False), {}).store("trygghet-no-user")
    try:
        with pytest.raises(QgsProcessingException) as err:
            run("trygghet:createworkspace", {"DATABASE": "trygghet-no-user", "SCHEMA": "utan_anvandare"})
        assert "has no user name saved" in str(err.value) and "trygghet-no-user" in str(err.value)
        assert "Traceback" not in str(err.value) and "QgsProviderConnectionException" not in str(err.value)
    finally:
        metadata.deleteConnection("trygghet-no-user")
    assert "utan_anvandare" not in connection(pg_uri).schemas()


def test_createworkspace_brings_an_older_workspace_up_to_date(run, backend):
    """Run on a workspace whose security predates the audit log (recorded as version 1), createworkspace re-applies
    the security DDL in place: every row stays, the log becomes closed to organizations; a second run refuses."""
    from qgis.core import QgsProcessingException, QgsProviderRegistry

    admin = backend.store()
    uid = admin.create({"title": "Före uppgraderingen", "responsible_org": "kommun"}, None, [], "admin")
    conn = connection(backend.uri)
    s = f'"{backend.schema}"'
    conn.executeSql(f"GRANT INSERT ON {s}.measure_log TO kommun")
    conn.executeSql(f"UPDATE {s}.trygghet_meta SET value = '1' WHERE key = 'security_version'")
    log_before = admin.log(uid)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(backend.uri, {"saveUsername": True}).store("trygghet-old")
    try:
        run("trygghet:createworkspace", {"DATABASE": "trygghet-old", "SCHEMA": backend.schema})
        grants = conn.executeSql("SELECT privilege_type FROM information_schema.role_table_grants WHERE "
                                 f"table_schema = '{backend.schema}' AND table_name = 'measure_log' "
                                 "AND grantee = 'kommun'")
        assert [g[0] for g in grants] == ["SELECT"]
        meta = dict(conn.executeSql(f'SELECT "key", "value" FROM {s}."trygghet_meta"'))
        assert meta["security_version"] == str(SECURITY_VERSION)
        assert admin.get(uid)["title"] == "Före uppgraderingen" and admin.log(uid) == log_before
        with pytest.raises(QgsProcessingException, match="never overwrites"):
            run("trygghet:createworkspace", {"DATABASE": "trygghet-old", "SCHEMA": backend.schema})
    finally:
        metadata.deleteConnection("trygghet-old")


def test_dock_warns_about_an_older_shared_workspace_until_upgraded(qgis_iface, qtbot, backend):
    from qgis.core import QgsProject
    from trygghet.ui.measures_dock import MeasuresDock
    from trygghet.workspace.postgis import upgrade_postgis_security

    conn = connection(backend.uri)
    s = f'"{backend.schema}"'
    for sql in (f"DROP TRIGGER trygghet_audit ON {s}.measures", f"ALTER TABLE {s}.measures DROP COLUMN change_note"):
        conn.executeSql(sql)  # the columns and triggers of the first version were not there
    dock = MeasuresDock(qgis_iface, QgsProject.instance())
    qtbot.addWidget(dock)
    try:
        assert dock.open_postgis(backend.uri, backend.schema)
        from qgis.PyQt.QtWidgets import QLabel

        label = dock.message_bar.currentItem().findChild(QLabel, "messageText")
        assert "older version of Trygghet" in label.text()
        upgrade_postgis_security(backend.uri, backend.schema)
        dock.message_bar.clearWidgets()
        assert dock.open_postgis(backend.uri, backend.schema) and dock.store.audited
        assert dock.message_bar.currentItem() is None
    finally:
        dock.teardown()


def test_mapping_layers_are_read_only_for_organizations(backend):
    """Incidents and the perceived-safety layers are mapping data: an organization reads them, never writes."""
    from qgis.core import QgsProviderConnectionException

    s = backend.schema
    admin = connection(backend.uri)
    admin.executeSql(f'INSERT INTO "{s}"."survey_results" ("uuid", "area", "year", "indicator", "value") '
                     "VALUES ('s1', 'Sylte', 2025, 'problemindex', 1.2)")
    kommun = connection(_login(backend, "kommun_lisa", "kommun"))
    assert kommun.executeSql(f'SELECT "area", "year" FROM "{s}"."survey_results"') == [["Sylte", 2025]]
    for table, columns, values in (
            ("incidents", '"uuid", "category"', "'i1', 'klotter'"),
            ("dialog_marks", '"uuid", "feeling"', "'d1', 2"),
            ("dialog_areas", '"uuid", "feeling"', "'a1', 1"),
            ("survey_results", '"uuid", "area", "year", "indicator"', "'s2', 'Lextorp', 2025, 'utsatthet'")):
        assert kommun.executeSql(f'SELECT count(*) FROM "{s}"."{table}"')[0][0] in (0, 1), table
        with pytest.raises(QgsProviderConnectionException, match="permission denied"):
            kommun.executeSql(f'INSERT INTO "{s}"."{table}" ({columns}) VALUES ({values})')
    with pytest.raises(QgsProviderConnectionException, match="permission denied"):
        kommun.executeSql(f'UPDATE "{s}"."survey_results" SET "value" = 0')
    with pytest.raises(QgsProviderConnectionException, match="permission denied"):
        kommun.executeSql(f'DELETE FROM "{s}"."survey_results"')
    assert admin.executeSql(f'SELECT "value" FROM "{s}"."survey_results"') == [[1.2]]
