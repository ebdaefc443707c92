"""The shared PostGIS register against a hostile party: plain SQL from psql, one login per organization.

Every attempt runs as an organization's login (kommun_anna, polis_per, fastighet_fia) on the real PostgreSQL the
suite starts on loopback. Before and after it the superuser takes a snapshot of every table of the workspace and of
the catalog entries that guard it (memberships, policies, row-level security flags, privileges, functions,
triggers). A forbidden attempt must fail or touch no row, and the snapshot must not change at all; an allowed one
must make exactly the change it asks for, authored in the log by the login that made it."""

import json
import os
import subprocess

import pytest
from qgis.core import QgsDataSourceUri
from trygghet.workspace.postgis import SECURITY_VERSION, create_postgis_workspace, upgrade_postgis_security
from trygghet.workspace.schema import META_TABLE, layers_at


def _newest_pg_bin():
    """The binaries of the newest installed PostgreSQL, as scripts/pg_test_server.sh picks them (or $PG_BIN)."""
    if os.environ.get("PG_BIN"):
        return os.environ["PG_BIN"]
    root = "/usr/lib/postgresql"
    majors = sorted((int(v) for v in os.listdir(root) if v.isdigit() and os.access(
        os.path.join(root, v, "bin", "psql"), os.X_OK)), reverse=True) if os.path.isdir(root) else []
    return os.path.join(root, str(majors[0]) if majors else "NONE", "bin")


PSQL = os.path.join(_newest_pg_bin(), "psql")
LOGINS = {"kommun_anna": "kommun", "polis_per": "polis", "fastighet_fia": "fastighetsagare"}
TABLES = [layer.name for layer in layers_at()] + [META_TABLE]


def psql(uri, user, sql, values=False):
    """Run ``sql`` as ``user`` with the psql client (trust authentication on loopback), stopping at the first
    error. ``values``: print bare values (no headers, no command tags) instead of the command tags."""
    port = QgsDataSourceUri(uri).port()
    cmd = [PSQL, "-X", "-h", "127.0.0.1", "-p", port, "-U", user, "-d", QgsDataSourceUri(uri).database(),
           "-v", "ON_ERROR_STOP=1", "-f", "-"] + (["-q", "-t", "-A"] if values else [])
    env = dict(os.environ, PGOPTIONS="-c client_min_messages=warning")
    return subprocess.run(cmd, input=sql, capture_output=True, text=True, timeout=60, env=env)


def admin(uri, sql, values=False):
    proc = psql(uri, "postgres", sql, values)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def snapshot(uri, schema):
    """Every table of the workspace (rows in fid order) and the catalog entries that guard it, as the superuser
    sees them."""
    parts = [f"'{t}', (SELECT COALESCE(json_agg(x ORDER BY x.fid), '[]') FROM \"{schema}\".\"{t}\" x)"
             for t in TABLES]
    ns = f"'{schema}'::regnamespace"
    parts += [
        "'members', (SELECT json_agg(json_build_array(r.rolname, m.rolname, am.admin_option) "
        "ORDER BY r.rolname, m.rolname) "
        "FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
        f"WHERE m.rolname IN ({', '.join(repr(x) for x in LOGINS)}) OR r.rolname IN "
        f"({', '.join(repr(x) for x in LOGINS.values())}))",
        "'roles', (SELECT json_agg(json_build_array(rolname, rolsuper, rolcreaterole, rolbypassrls, rolinherit) "
        "ORDER BY rolname) FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%')",
        "'policies', (SELECT json_agg(json_build_array(tablename, policyname, cmd, roles::text, qual, with_check) "
        f"ORDER BY tablename, policyname) FROM pg_policies WHERE schemaname = '{schema}')",
        "'relations', (SELECT json_agg(json_build_array(relname, relkind, relrowsecurity, relforcerowsecurity, "
        f"relacl::text, relowner::regrole::text) ORDER BY relname) FROM pg_class WHERE relnamespace = {ns})",
        "'functions', (SELECT json_agg(json_build_array(proname, prosrc, proconfig, prosecdef, proacl::text, "
        f"proowner::regrole::text) ORDER BY proname, oid) FROM pg_proc WHERE pronamespace = {ns})",
        "'triggers', (SELECT json_agg(json_build_array(tgname, tgrelid::regclass::text, tgenabled, tgfoid::regproc) "
        f"ORDER BY tgname, tgrelid) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class "
        f"WHERE relnamespace = {ns}))",
        f"'schema', (SELECT json_build_array(nspacl::text, nspowner::regrole::text) FROM pg_namespace "
        f"WHERE nspname = '{schema}')",
    ]
    out = admin(uri, "SELECT json_build_object({});".format(", ".join(parts)), values=True)
    return json.loads(out)


def seed(uri, schema):
    """One measure, link and promise per organization, added by the superuser (the workspace's owner)."""
    s = f'"{schema}"'
    rows = []
    for org, key in (("kommun", "kommun"), ("polis", "polis"), ("fastighetsagare", "fast")):
        rows.append(f"INSERT INTO {s}.measures (uuid, title, responsible_org, status, geom) VALUES "
                    f"('m-{key}', 'Åtgärd {org}', '{org}', 'forslag', ST_SetSRID(ST_MakePoint(1, 1), 3006));")
        rows.append(f"INSERT INTO {s}.measure_links (uuid, measure_uuid, layer_name, feature_fid) VALUES "
                    f"('l-{key}', 'm-{key}', 'places', 1);")
    rows.append(f"INSERT INTO {s}.promises (uuid, title, responsible_org, parties) VALUES "
                "('p-kommun', 'Tryggare torg', 'kommun', 'kommun, polis'), "
                "('p-fast', 'Rent i trapphusen', 'fastighetsagare', 'AB Eidar');")
    # the cause analysis: a problem with a cause per organization; the police's measure answers kommun's cause
    rows.append(f"INSERT INTO {s}.problems (uuid, title, responsible_org) VALUES "
                "('pr-kommun', 'Mörk gångväg', 'kommun'), ('pr-polis', 'Narkotikaförsäljning', 'polis');")
    rows.append(f"INSERT INTO {s}.causes (uuid, problem_uuid, number, text) VALUES "
                "('c-kommun', 'pr-kommun', 1, 'Trasiga lampor'), ('c-polis', 'pr-polis', 1, 'Säljare samlas');")
    rows.append(f"INSERT INTO {s}.measure_causes (uuid, measure_uuid, cause_uuid) VALUES "
                "('mc-polis', 'm-polis', 'c-kommun'), ('mc-kommun', 'm-kommun', 'c-kommun');")
    rows.append(f"INSERT INTO {s}.goals (uuid, code, title) VALUES ('g-a', 'A', 'Trygga och bra boendemiljöer');")
    rows.append(f"INSERT INTO {s}.conclusions (uuid, area, text, responsible_org) VALUES "
                "('k-kommun', 'Kronogården', 'Kommunens slutsatser', 'kommun'), "
                "('k-polis', 'Lextorp', 'Polisens slutsatser', 'polis');")
    admin(uri, "\n".join(rows))


def _logins(uri):
    for login, org in LOGINS.items():
        admin(uri, f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{login}') THEN "
                   f"CREATE ROLE {login} LOGIN; END IF; END $$; GRANT {org} TO {login};")


_schemas = iter(range(1, 10**6))


def _workspace(uri):
    schema = f"hostile_{os.getpid()}_{next(_schemas)}"
    create_postgis_workspace(uri, schema)
    _logins(uri)
    seed(uri, schema)
    return schema


@pytest.fixture(scope="module")
def shared(qgis_app, pg_uri):
    """One workspace for the forbidden attempts: each must leave it exactly as it was."""
    return pg_uri, _workspace(pg_uri)


@pytest.fixture
def fresh(qgis_app, pg_uri):
    """A workspace of its own for an attempt that is allowed (and so changes something)."""
    return pg_uri, _workspace(pg_uri)


# temp objects shadowing every catalog name the schema's functions use, placed first on the search path
SHADOWS = {
    "pg_roles view": "CREATE TEMP VIEW pg_roles AS SELECT 'fastighetsagare'::name AS rolname, oid "
                     "FROM pg_catalog.pg_roles WHERE rolname = 'kommun';",
    "pg_authid view": "CREATE TEMP VIEW pg_authid AS SELECT oid, 'fastighetsagare'::name AS rolname "
                      "FROM pg_catalog.pg_roles WHERE rolname = 'kommun';",
    "pg_auth_members view": "CREATE TEMP VIEW pg_auth_members AS SELECT r.oid AS roleid, m.oid AS member, "
                            "m.oid AS grantor, true AS admin_option FROM pg_catalog.pg_roles r, pg_catalog.pg_roles m "
                            "WHERE m.rolname = 'kommun_anna';",
    "pg_has_role function": "CREATE FUNCTION pg_temp.pg_has_role(text, text) RETURNS boolean LANGUAGE sql "
                            "AS 'SELECT true'; CREATE FUNCTION pg_temp.pg_has_role(name, text) RETURNS boolean "
                            "LANGUAGE sql AS 'SELECT true';",
    "current_setting function": "CREATE FUNCTION pg_temp.current_setting(text) RETURNS text LANGUAGE sql "
                                "AS 'SELECT ''fastighetsagare''';",
    "schema function": "CREATE FUNCTION pg_temp.trygghet_is_my_org(text) RETURNS boolean LANGUAGE sql "
                       "AS 'SELECT true';",
    "= operator": "CREATE FUNCTION pg_temp.yes(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true'; "
                  "CREATE OPERATOR pg_temp.= (LEFTARG = text, RIGHTARG = text, FUNCTION = pg_temp.yes); "
                  "CREATE FUNCTION pg_temp.yes(name, text) RETURNS boolean LANGUAGE sql AS 'SELECT true'; "
                  "CREATE OPERATOR pg_temp.= (LEFTARG = name, RIGHTARG = text, FUNCTION = pg_temp.yes); "
                  "CREATE FUNCTION pg_temp.yes(text, text[]) RETURNS boolean LANGUAGE sql AS 'SELECT true'; ",
    "measures table": "CREATE TEMP TABLE measures (uuid text, responsible_org text); "
                      "INSERT INTO measures VALUES ('m-fast', 'kommun');",
    "regexp, lower and btrim": "CREATE FUNCTION pg_temp.lower(text) RETURNS text LANGUAGE sql AS 'SELECT ''kommun'''; "
                               "CREATE FUNCTION pg_temp.btrim(text) RETURNS text LANGUAGE sql "
                               "AS 'SELECT ''kommun''';",
}
SHADOW_PATH = "SET search_path = pg_temp, {s}, pg_catalog, public;"

# every way kommun's login might write to another organization's rows, each after every shadow above
SHADOWED_WRITES = {
    "update": "UPDATE {s}.measures SET title = 'Kapad' WHERE uuid = 'm-fast';",
    "steal": "UPDATE {s}.measures SET responsible_org = 'kommun' WHERE uuid = 'm-fast';",
    "delete": "DELETE FROM {s}.measures WHERE uuid = 'm-fast';",
    "link update": "UPDATE {s}.measure_links SET layer_name = 'x' WHERE uuid = 'l-fast';",
    "promise update": "UPDATE {s}.promises SET title = 'Kapad' WHERE uuid = 'p-fast';",
    "problem update": "UPDATE {s}.problems SET title = 'Kapad' WHERE uuid = 'pr-polis';",
    "cause move": "UPDATE {s}.causes SET problem_uuid = 'pr-polis' WHERE uuid = 'c-kommun';",
    "unlink another's cause link": "DELETE FROM {s}.measure_causes WHERE uuid = 'mc-polis';",
}

FORBIDDEN = {
    # measures of another organization
    "update another's measure": ("kommun_anna", "UPDATE {s}.measures SET title = 'Kapad' WHERE uuid = 'm-fast';"),
    "update every measure": ("polis_per", "UPDATE {s}.measures SET title = 'Kapad' WHERE uuid <> 'm-polis';"),
    "steal a measure": ("kommun_anna", "UPDATE {s}.measures SET responsible_org = 'kommun' WHERE uuid = 'm-polis';"),
    "give a measure away": ("kommun_anna",
                            "UPDATE {s}.measures SET responsible_org = 'polis' WHERE uuid = 'm-kommun';"),
    "give a measure to nobody": ("kommun_anna",
                                 "UPDATE {s}.measures SET responsible_org = NULL WHERE uuid = 'm-kommun';"),
    "delete another's measure": ("polis_per", "DELETE FROM {s}.measures WHERE uuid = 'm-kommun';"),
    "insert in another's name": ("kommun_anna", "INSERT INTO {s}.measures (title, responsible_org) "
                                                "VALUES ('I polisens namn', 'polis');"),
    "insert without an owner": ("kommun_anna", "INSERT INTO {s}.measures (title) VALUES ('Ingens');"),
    "insert for a role that is no organization": ("kommun_anna", "INSERT INTO {s}.measures (title, responsible_org) "
                                                                 "VALUES ('Superanvändarens', 'postgres');"),
    "re-key own measure onto another's": ("kommun_anna",
                                          "UPDATE {s}.measures SET uuid = 'm-fast2' WHERE uuid = 'm-kommun';"),
    "truncate measures": ("kommun_anna", "TRUNCATE {s}.measures;"),
    # links
    "link to another's measure": ("kommun_anna", "INSERT INTO {s}.measure_links (measure_uuid, layer_name) "
                                                 "VALUES ('m-polis', 'paths');"),
    "move own link to another's measure": ("kommun_anna", "UPDATE {s}.measure_links SET measure_uuid = 'm-polis' "
                                                          "WHERE uuid = 'l-kommun';"),
    "update another's link": ("kommun_anna", "UPDATE {s}.measure_links SET layer_name = 'x' WHERE uuid = 'l-polis';"),
    "delete another's link": ("fastighet_fia", "DELETE FROM {s}.measure_links WHERE uuid = 'l-kommun';"),
    # the log
    "forge a log row": ("kommun_anna", "INSERT INTO {s}.measure_log (measure_uuid, changed_by, action) "
                                       "VALUES ('m-kommun', 'polis_per', 'edited');"),
    "forge a log row on own measure as oneself": ("kommun_anna", "INSERT INTO {s}.measure_log "
                                                  "(measure_uuid, changed_by, action) VALUES "
                                                  "('m-kommun', 'kommun_anna', 'edited');"),
    "rewrite the log's author": ("kommun_anna", "UPDATE {s}.measure_log SET changed_by = 'polis_per';"),
    "delete the log": ("kommun_anna", "DELETE FROM {s}.measure_log;"),
    "truncate the log": ("polis_per", "TRUNCATE {s}.measure_log;"),
    "copy into the log": ("kommun_anna",
                          "COPY {s}.measure_log (measure_uuid, action) FROM STDIN;\nm-kommun\tedited\n\\.\n"),
    "call the audit trigger by hand": ("kommun_anna", "SELECT {s}.trygghet_measures_audit();"),
    "borrow the audit trigger": ("kommun_anna", "CREATE TEMP TABLE t (uuid text, measure_uuid text); "
                                                "CREATE TRIGGER t AFTER INSERT ON t FOR EACH ROW "
                                                "EXECUTE FUNCTION {s}.trygghet_links_audit();"),
    # promises
    "update another's promise": ("kommun_anna", "UPDATE {s}.promises SET title = 'Kapad' WHERE uuid = 'p-fast';"),
    "update a promise one is no party to": ("fastighet_fia",
                                            "UPDATE {s}.promises SET title = 'Kapad' WHERE uuid = 'p-kommun';"),
    "delete another's promise": ("polis_per", "DELETE FROM {s}.promises WHERE uuid = 'p-fast';"),
    "insert a promise in another's name": ("kommun_anna", "INSERT INTO {s}.promises (title, responsible_org) "
                                                          "VALUES ('Polisens löfte', 'polis');"),
    "steal a promise": ("kommun_anna", "UPDATE {s}.promises SET responsible_org = 'kommun', parties = 'kommun' "
                                       "WHERE uuid = 'p-fast';"),
    "give a promise away": ("fastighet_fia", "UPDATE {s}.promises SET responsible_org = 'polis', parties = NULL "
                                              "WHERE uuid = 'p-fast';"),
    # problems of another organization, and problems that still have causes
    "update another's problem": ("kommun_anna", "UPDATE {s}.problems SET title = 'Kapad' WHERE uuid = 'pr-polis';"),
    "steal a problem": ("kommun_anna", "UPDATE {s}.problems SET responsible_org = 'kommun' WHERE uuid = 'pr-polis';"),
    "give a problem away": ("kommun_anna",
                            "UPDATE {s}.problems SET responsible_org = 'polis' WHERE uuid = 'pr-kommun';"),
    "insert a problem in another's name": ("kommun_anna", "INSERT INTO {s}.problems (title, responsible_org) "
                                                          "VALUES ('I polisens namn', 'polis');"),
    "insert a problem for a role that is no organization": (
        "kommun_anna", "INSERT INTO {s}.problems (title, responsible_org) VALUES ('x', 'postgres');"),
    "delete another's problem": ("polis_per", "DELETE FROM {s}.problems WHERE uuid = 'pr-kommun';"),
    "delete own problem that has causes": ("kommun_anna", "DELETE FROM {s}.problems WHERE uuid = 'pr-kommun';"),
    "re-key own problem": ("kommun_anna", "UPDATE {s}.problems SET uuid = 'pr-x' WHERE uuid = 'pr-kommun';"),
    # causes follow their problem
    "add a cause to another's problem": ("kommun_anna", "INSERT INTO {s}.causes (problem_uuid, number, text) "
                                                        "VALUES ('pr-polis', 2, 'Kapad');"),
    "edit another's cause": ("kommun_anna", "UPDATE {s}.causes SET text = 'Kapad' WHERE uuid = 'c-polis';"),
    "renumber another's cause": ("fastighet_fia", "UPDATE {s}.causes SET number = 9 WHERE uuid = 'c-polis';"),
    "move own cause to another's problem": ("kommun_anna", "UPDATE {s}.causes SET problem_uuid = 'pr-polis' "
                                                           "WHERE uuid = 'c-kommun';"),
    "delete another's cause": ("polis_per", "DELETE FROM {s}.causes WHERE uuid = 'c-kommun';"),
    "delete own cause that measures answer": ("kommun_anna", "DELETE FROM {s}.causes WHERE uuid = 'c-kommun';"),
    "re-key own cause": ("kommun_anna", "UPDATE {s}.causes SET uuid = 'c-x' WHERE uuid = 'c-kommun';"),
    "give a cause a number already taken": ("polis_per", "INSERT INTO {s}.causes (problem_uuid, number, text) "
                                                         "VALUES ('pr-polis', 1, 'Dubblett');"),
    # measures' causes: the measure's owner only
    "unlink another's measure from one's own cause": ("kommun_anna",
                                                      "DELETE FROM {s}.measure_causes WHERE uuid = 'mc-polis';"),
    "link another's measure to a cause": ("kommun_anna", "INSERT INTO {s}.measure_causes (measure_uuid, cause_uuid) "
                                                         "VALUES ('m-polis', 'c-polis');"),
    "move own cause link to another's measure": ("kommun_anna", "UPDATE {s}.measure_causes SET measure_uuid = "
                                                                "'m-fast' WHERE uuid = 'mc-kommun';"),
    "repoint another's cause link": ("fastighet_fia", "UPDATE {s}.measure_causes SET cause_uuid = 'c-polis' "
                                                      "WHERE uuid = 'mc-polis';"),
    # goals: the municipality's
    "insert a goal as the police": ("polis_per", "INSERT INTO {s}.goals (code, title) VALUES ('Z', 'Polisens');"),
    "edit a goal as a property owner": ("fastighet_fia", "UPDATE {s}.goals SET title = 'Kapad';"),
    "delete a goal as the police": ("polis_per", "DELETE FROM {s}.goals;"),
    # conclusions: the organization that wrote them
    "edit another's conclusions": ("kommun_anna",
                                   "UPDATE {s}.conclusions SET text = 'Kapad' WHERE uuid = 'k-polis';"),
    "steal conclusions": ("kommun_anna", "UPDATE {s}.conclusions SET responsible_org = 'kommun' "
                                         "WHERE uuid = 'k-polis';"),
    "write conclusions in another's name": ("kommun_anna", "INSERT INTO {s}.conclusions (area, text, "
                                                           "responsible_org) VALUES ('Sylte', 'x', 'polis');"),
    "delete another's conclusions": ("polis_per", "DELETE FROM {s}.conclusions WHERE uuid = 'k-kommun';"),
    "call the stamp trigger by hand": ("kommun_anna", "SELECT {s}.trygghet_problems_stamp();"),
    "disable the guard trigger": ("kommun_anna", "ALTER TABLE {s}.causes DISABLE TRIGGER trygghet_guard;"),
    # other tables, the guards themselves, and other identities
    "write the mapping layers": ("polis_per", "DELETE FROM {s}.areas; UPDATE {s}.trygghet_meta SET value = 'x';"),
    "set role to another organization": ("kommun_anna", "SET ROLE polis; UPDATE {s}.measures SET title = 'Kapad' "
                                                        "WHERE uuid = 'm-polis';"),
    "set role to the superuser": ("kommun_anna", "SET ROLE postgres; DELETE FROM {s}.measure_log;"),
    "set session authorization": ("kommun_anna", "SET SESSION AUTHORIZATION polis_per;"),
    "disable row-level security": ("kommun_anna", "ALTER TABLE {s}.measures DISABLE ROW LEVEL SECURITY;"),
    "drop a policy": ("kommun_anna", "DROP POLICY measures_update ON {s}.measures;"),
    "add a policy": ("kommun_anna", "CREATE POLICY open ON {s}.measures FOR ALL USING (true);"),
    "disable the audit trigger": ("kommun_anna", "ALTER TABLE {s}.measures DISABLE TRIGGER trygghet_audit;"),
    "replace the policy function": ("kommun_anna", "CREATE OR REPLACE FUNCTION {s}.trygghet_is_my_org(org text) "
                                                   "RETURNS boolean LANGUAGE sql AS 'SELECT true';"),
    "add a function to the schema": ("kommun_anna", "CREATE FUNCTION {s}.pg_has_role(text, text) RETURNS boolean "
                                                    "LANGUAGE sql AS 'SELECT true';"),
    "grant oneself another organization": ("kommun_anna", "GRANT polis TO kommun_anna;"),
    "grant oneself every organization": ("fastighet_fia", "GRANT kommun, polis TO fastighet_fia;"),
    "grant one's organization to another": ("kommun_anna", "GRANT kommun TO polis_per;"),
    "grant oneself the table": ("kommun_anna", "GRANT ALL ON {s}.measure_log TO kommun_anna;"),
    "create a login": ("kommun_anna", "CREATE ROLE mallory LOGIN SUPERUSER;"),
}
for shadow_name, shadow_sql in SHADOWS.items():
    for write_name, write_sql in SHADOWED_WRITES.items():
        FORBIDDEN[f"{write_name} behind a shadowing {shadow_name}"] = (
            "kommun_anna", shadow_sql + "\n" + SHADOW_PATH + "\n" + write_sql)


@pytest.mark.parametrize("name", sorted(FORBIDDEN))
def test_forbidden_attempt_fails_and_changes_nothing(shared, name):
    uri, schema = shared
    login, sql = FORBIDDEN[name]
    before = snapshot(uri, schema)
    proc = psql(uri, login, sql.format(s=f'"{schema}"'))
    after = snapshot(uri, schema)
    refused = (proc.returncode != 0 and "ERROR" in proc.stderr) or "no privileges were granted" in proc.stderr
    # otherwise the attack (the script's last row-changing statement) must have reached no row at all
    tags = [line for line in proc.stdout.splitlines() if line.split(" ")[0] in ("UPDATE", "DELETE", "INSERT")]
    touched_nothing = bool(tags) and tags[-1].split()[-1] == "0"
    assert refused or touched_nothing, (proc.returncode, proc.stdout, proc.stderr)
    assert after == before


def test_shadowing_attack_is_real(shared):
    """The pg_roles shadow does fool a policy function written the old way (no fixed search_path): the attack the
    tests above repel is a real one."""
    uri, schema = shared
    admin(uri, f'CREATE OR REPLACE FUNCTION "{schema}".old_is_my_org(org text) RETURNS boolean LANGUAGE sql STABLE AS '
               "$$ SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = org "
               "AND pg_has_role(current_user, r.oid, 'MEMBER')) $$; "
               f'GRANT EXECUTE ON FUNCTION "{schema}".old_is_my_org(text) TO kommun;')
    try:
        sql = (SHADOWS["pg_roles view"] + f"\nSELECT \"{schema}\".old_is_my_org('fastighetsagare'), "
               f"\"{schema}\".trygghet_is_my_org('fastighetsagare'), \"{schema}\".trygghet_is_my_org('kommun');")
        proc = psql(uri, "kommun_anna", sql, values=True)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip().splitlines()[-1] == "t|f|t"
    finally:
        admin(uri, f'DROP FUNCTION "{schema}".old_is_my_org(text);')


def _changed(before, after):
    """{table: (rows only before, rows only after)} for the tables that differ."""
    out = {}
    for table in TABLES:
        old = {json.dumps(r, sort_keys=True) for r in before[table]}
        new = {json.dumps(r, sort_keys=True) for r in after[table]}
        if old != new:
            out[table] = ([json.loads(r) for r in old - new], [json.loads(r) for r in new - old])
    return out


def _row(rows, **match):
    found = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    assert len(found) == 1, (match, rows)
    return found[0]


def _allowed(fresh, login, sql, shadow=""):
    uri, schema = fresh
    before = snapshot(uri, schema)
    script = (shadow + "\n" + SHADOW_PATH + "\n" if shadow else "") + sql
    proc = psql(uri, login, script.format(s=f'"{schema}"'))
    assert proc.returncode == 0, proc.stderr
    after = snapshot(uri, schema)
    assert {k: v for k, v in after.items() if k not in TABLES} == {k: v for k, v in before.items()
                                                                    if k not in TABLES}
    return before, after, _changed(before, after)


@pytest.mark.parametrize("shadow", ["", "pg_roles view", "current_setting function", "= operator"])
def test_own_measure_edit_is_stamped_and_logged_by_the_database(fresh, shadow):
    """kommun edits its own measure (claiming to be the police in every stamp): the edit goes through, the database
    bumps the version once, and the log and updated_by name the login, whatever the client claimed."""
    before, after, changed = _allowed(
        fresh, "kommun_anna", "UPDATE {s}.measures SET title = 'Ny titel', status = 'beslutad', "
                              "updated_by = 'polis_per', updated_by_name = 'Anna', version = 41, "
                              "change_note = 'möte' WHERE uuid = 'm-kommun';", SHADOWS.get(shadow, ""))
    assert set(changed) == {"measures", "measure_log"}
    old = _row(before["measures"], uuid="m-kommun")
    new = _row(after["measures"], uuid="m-kommun")
    assert (new["title"], new["status"], new["version"]) == ("Ny titel", "beslutad", old["version"] + 1)
    assert new["updated_by"] == "kommun_anna" and new["updated_by_name"] == "Anna" and new["change_note"] is None
    assert new["created_at"] == old["created_at"] and new["updated_at"] >= old["updated_at"]
    added = changed["measure_log"][1]
    assert not changed["measure_log"][0]  # nothing in the log changed or went away
    assert sorted((r["field"], r["action"], r["old_value"], r["new_value"]) for r in added) == [
        ("status", "status", "forslag", "beslutad"), ("title", "edited", "Åtgärd kommun", "Ny titel")]
    assert {(r["changed_by"], r["changed_by_name"], r["note"], r["measure_uuid"]) for r in added} == {
        ("kommun_anna", "Anna", "möte", "m-kommun")}


def test_forged_stamps_alone_change_nothing(shared):
    """Writing only the stamps of one's own measure (another login as author, a version, a date) is no change: the
    database keeps the stored row as it was and logs nothing."""
    uri, schema = shared
    before = snapshot(uri, schema)
    proc = psql(uri, "kommun_anna", f'UPDATE "{schema}".measures SET updated_by = \'polis_per\', version = 99, '
                                    f"updated_at = '2001-01-01', created_at = '2001-01-01' WHERE uuid = 'm-kommun';")
    assert proc.returncode == 0, proc.stderr
    assert snapshot(uri, schema) == before


def test_own_measure_insert_is_authored_by_the_login(fresh):
    before, after, changed = _allowed(fresh, "polis_per", "INSERT INTO {s}.measures (uuid, title, responsible_org, "
                                                          "updated_by, version) VALUES ('m-ny', 'Trygghetsrundor', "
                                                          "'polis', 'kommun_anna', 7);")
    new = _row(changed["measures"][1], uuid="m-ny")
    assert (new["updated_by"], new["version"], new["responsible_org"]) == ("polis_per", 1, "polis")
    log = changed["measure_log"][1]
    assert [(r["measure_uuid"], r["action"], r["changed_by"]) for r in log] == [("m-ny", "created", "polis_per")]


def test_own_links_added_and_removed(fresh):
    before, after, changed = _allowed(fresh, "fastighet_fia",
                                      "INSERT INTO {s}.measure_links (measure_uuid, layer_name, feature_uuid) VALUES "
                                      "('m-fast', 'paths', 'p-1'), ('m-fast', 'places', NULL);"
                                      "DELETE FROM {s}.measure_links WHERE uuid = 'l-fast';")
    gone, added = changed["measure_links"]
    assert [r["uuid"] for r in gone] == ["l-fast"] and sorted(r["layer_name"] for r in added) == ["paths", "places"]
    log = sorted(changed["measure_log"][1], key=lambda r: r["fid"])
    assert [(r["action"], r["field"], r["changed_by"], r["old_value"], r["new_value"]) for r in log] == [
        ("linked", "links", "fastighet_fia", None, "paths:p-1, places"),
        ("edited", "links", "fastighet_fia", "places:1", None)]


def test_own_measure_deleted_but_its_log_stays_with_a_deletion_row(fresh):
    before, after, changed = _allowed(fresh, "kommun_anna", "DELETE FROM {s}.measures WHERE uuid = 'm-kommun';")
    assert [r["uuid"] for r in changed["measures"][0]] == ["m-kommun"] and not changed["measures"][1]
    assert not changed["measure_log"][0]
    assert [(r["action"], r["changed_by"], r["old_value"]) for r in changed["measure_log"][1]] == [
        ("deleted", "kommun_anna", "Åtgärd kommun")]


def test_promise_party_writes_and_owner_is_set(fresh):
    """The police, named as a party of kommun's promise, may change it; a new promise without an owner belongs to
    the organization of the login that adds it."""
    before, after, changed = _allowed(fresh, "polis_per",
                                      "UPDATE {s}.promises SET status = 'genomford' WHERE uuid = 'p-kommun';"
                                      "INSERT INTO {s}.promises (uuid, title) VALUES ('p-ny', 'Fler rundor');")
    assert _row(after["promises"], uuid="p-kommun")["status"] == "genomford"
    assert _row(after["promises"], uuid="p-ny")["responsible_org"] == "polis"
    assert _row(after["promises"], uuid="p-fast") == _row(before["promises"], uuid="p-fast")


def test_problem_written_by_and_owner_are_the_databases(fresh):
    """kommun adds a problem claiming the police wrote it long ago: the database makes kommun the owner and the
    login the author, with its own clock; a later edit keeps the author and forged stamps alone change nothing."""
    before, after, changed = _allowed(fresh, "kommun_anna",
                                      "INSERT INTO {s}.problems (uuid, title, written_by, created_at, updated_at) "
                                      "VALUES ('pr-ny', 'Bilbränder', 'polis_per', '2001-01-01', '2001-01-01');")
    new = _row(changed["problems"][1], uuid="pr-ny")
    assert (new["responsible_org"], new["written_by"]) == ("kommun", "kommun_anna")
    assert new["created_at"] > "2020" and new["updated_at"] == new["created_at"]
    uri, schema = fresh
    stamps = snapshot(uri, schema)
    proc = psql(uri, "polis_per", f'UPDATE "{schema}".problems SET written_by = \'polis_per\', '
                                  f"created_at = '2001-01-01', updated_at = '2001-01-01' WHERE uuid = 'pr-polis';")
    assert proc.returncode == 0, proc.stderr
    assert snapshot(uri, schema) == stamps
    proc = psql(uri, "polis_per", f"UPDATE \"{schema}\".problems SET status = 'belagd', written_by = 'kommun_anna' "
                                  f"WHERE uuid = 'pr-polis';")
    assert proc.returncode == 0, proc.stderr
    edited = _row(snapshot(uri, schema)["problems"], uuid="pr-polis")
    old = _row(stamps["problems"], uuid="pr-polis")
    assert (edited["status"], edited["written_by"], edited["created_at"]) == ("belagd", old["written_by"],
                                                                              old["created_at"])


def test_own_measure_linked_to_anyones_cause_and_own_link_removed(fresh):
    """Linking one's own measure to another organization's cause is allowed, and so is removing one's own link."""
    before, after, changed = _allowed(fresh, "fastighet_fia",
                                      "INSERT INTO {s}.measure_causes (uuid, measure_uuid, cause_uuid) VALUES "
                                      "('mc-ny', 'm-fast', 'c-polis');")
    assert [(r["measure_uuid"], r["cause_uuid"]) for r in changed["measure_causes"][1]] == [("m-fast", "c-polis")]
    assert set(changed) == {"measure_causes"}
    before, after, changed = _allowed(fresh, "kommun_anna",
                                      "DELETE FROM {s}.measure_causes WHERE uuid = 'mc-kommun';")
    assert [r["uuid"] for r in changed["measure_causes"][0]] == ["mc-kommun"] and not changed["measure_causes"][1]


def test_own_cause_added_and_conclusions_stamped(fresh):
    before, after, changed = _allowed(fresh, "kommun_anna",
                                      "INSERT INTO {s}.causes (uuid, problem_uuid, number, text) VALUES "
                                      "('c-ny', 'pr-kommun', 2, 'Tät vegetation');"
                                      "INSERT INTO {s}.conclusions (uuid, area, text, written_by) VALUES "
                                      "('k-ny', 'Sylte', 'Lugnare', 'polis_per');"
                                      "INSERT INTO {s}.goals (uuid, code, title) VALUES ('g-b', 'B', "
                                      "'Minska antalet skjutningar');")
    assert set(changed) == {"causes", "conclusions", "goals"}
    k = _row(changed["conclusions"][1], uuid="k-ny")
    assert (k["responsible_org"], k["written_by"]) == ("kommun", "kommun_anna")
    assert _row(changed["causes"][1], uuid="c-ny")["number"] == 2


def test_own_conclusions_deleted(fresh):
    """An organization may delete its own conclusions (the dock's Delete button); another's stay (FORBIDDEN)."""
    before, after, changed = _allowed(fresh, "kommun_anna", "DELETE FROM {s}.conclusions WHERE uuid = 'k-kommun';")
    assert set(changed) == {"conclusions"}
    assert [r["uuid"] for r in changed["conclusions"][0]] == ["k-kommun"] and not changed["conclusions"][1]


def test_every_organization_reads_everything(fresh):
    uri, schema = fresh
    counts = {t: len(snapshot(uri, schema)[t]) for t in ("measures", "measure_links", "measure_log", "promises",
                                                         "problems", "causes", "goals", "measure_causes",
                                                         "conclusions")}
    for login in LOGINS:
        sql = "".join(f'SELECT count(*) FROM "{schema}".{t};\n' for t in counts)
        proc = psql(uri, login, sql, values=True)
        assert proc.returncode == 0, proc.stderr
        assert [int(x) for x in proc.stdout.split()] == list(counts.values())


def test_old_workspace_is_upgraded_without_losing_anything(qgis_app, pg_uri):
    """A workspace made by the first version (policy function without a fixed search_path, organizations allowed to
    write the log, promises open to all) is upgraded in place: every row stays, and the attacks now fail."""
    uri = pg_uri
    schema = _workspace(uri)
    s = f'"{schema}"'
    # roll the security back to what the first version created
    admin(uri, f"""
        DROP TRIGGER trygghet_audit ON {s}.measures; DROP TRIGGER trygghet_audit ON {s}.measure_links;
        DROP TRIGGER trygghet_owner ON {s}.promises;
        ALTER TABLE {s}.promises DISABLE ROW LEVEL SECURITY;
        CREATE OR REPLACE FUNCTION {s}.trygghet_is_my_org(org text) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = org AND r.rolname = ANY(ARRAY['polis', 'kommun',
          'fastighetsagare']::text[]) AND pg_has_role(current_user, r.oid, 'MEMBER')) $$;
        ALTER FUNCTION {s}.trygghet_is_my_org(text) RESET ALL;
        GRANT INSERT ON {s}.measure_log TO kommun, polis, fastighetsagare;
        CREATE POLICY log_insert ON {s}.measure_log FOR INSERT WITH CHECK (true);
        GRANT INSERT, UPDATE ON {s}.promises TO kommun, polis, fastighetsagare;
        DELETE FROM {s}.trygghet_meta WHERE key = 'security_version';
    """)
    attack = (SHADOWS["pg_roles view"] + f"\nUPDATE {s}.measures SET title = 'Kapad' WHERE uuid = 'm-fast';")
    proc = psql(uri, "kommun_anna", attack)
    assert "UPDATE 1" in proc.stdout  # the old workspace is open to the attack
    admin(uri, f"UPDATE {s}.measures SET title = 'Åtgärd fastighetsagare' WHERE uuid = 'm-fast';")
    before = snapshot(uri, schema)
    assert upgrade_postgis_security(uri, schema) == 0
    after = snapshot(uri, schema)
    meta = {r["key"]: r["value"] for r in after[META_TABLE]}
    assert meta["security_version"] == str(SECURITY_VERSION)
    for table in TABLES:
        if table != META_TABLE:
            assert after[table] == before[table], table  # nothing stored changed or went away
    for sql in (attack, f"INSERT INTO {s}.measure_log (measure_uuid, action) VALUES ('m-kommun', 'edited');",
                f"UPDATE {s}.promises SET title = 'Kapad' WHERE uuid = 'p-fast';"):
        proc = psql(uri, "kommun_anna", sql)
        assert ("ERROR" in proc.stderr) or proc.stdout.split()[-1] == "0", (sql, proc.stdout, proc.stderr)
    assert snapshot(uri, schema) == after
