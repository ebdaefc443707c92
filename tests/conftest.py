"""Test harness: the plugin is imported as the package ``trygghet`` from .build/plugins (see the Makefile), loaded
through classFactory(qgis_iface) like QGIS does, and its provider registered for processing.run()."""

import atexit
import os
import shutil
import socket
import subprocess
import tempfile

import pytest
import trygghet

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_iface, qgis_processing):
    instance = trygghet.classFactory(qgis_iface)
    instance.initProcessing()
    assert instance.provider is not None, "the Trygghet provider did not register"
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def run(plugin):
    """processing.run with the plugin's provider registered; raises QgsProcessingException on failure."""
    import processing

    def _run(algorithm, parameters, **kwargs):
        return processing.run(algorithm, parameters, **kwargs)

    return _run


@pytest.fixture(scope="session")
def log_feedback(qgis_app):
    """The class of a processing feedback that keeps what an algorithm logs: info and warnings in ``lines`` (in
    order) and progress texts in ``texts``; call it for a new one: ``feedback = log_feedback()``."""
    from qgis.core import QgsProcessingFeedback

    class LogFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines, self.texts = [], []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)
            super().pushWarning(warning)

        def setProgressText(self, text):  # noqa: N802
            self.texts.append(text)
            super().setProgressText(text)

    return LogFeedback


@pytest.fixture
def qgis_process_env(tmp_path):
    """The environment of a user's qgis_process run: a fresh profile, the plugin from QGIS_PLUGINPATH only."""
    env = dict(os.environ)
    env.update({"HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
                "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config"),
                "QGIS_PLUGINPATH": os.path.join(REPO, ".build", "plugins")})
    env.pop("PYTHONPATH", None)
    os.makedirs(env["HOME"])
    return env


@pytest.fixture(scope="session")
def demo_workspace(run, tmp_path_factory):
    """The Trollhättan demo workspace, built once per session through the real algorithm."""
    path = str(tmp_path_factory.mktemp("demo") / "demo.gpkg")
    run("trygghet:createdemoworkspace", {"OUTPUT": path})
    return path


@pytest.fixture
def swedish(qgis_app):
    """The plugin's Swedish translation installed for one test (the suite itself runs in the C locale: English)."""
    from trygghet import i18n

    translator = i18n.install_translator("sv")
    assert translator is not None, "resources/i18n/trygghet_sv.qm is missing: make builds it"
    yield translator
    i18n.remove_translator(translator)


# ------------------------------------------------------------------------------------------------------------------
# a throw-away PostgreSQL/PostGIS server on loopback (scripts/pg_test_server.sh), shared by the PostGIS tests
# ------------------------------------------------------------------------------------------------------------------

PG_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts", "pg_test_server.sh")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_uri(qgis_app):
    """Depends on qgis_app so that it is torn down (server stopped) before QGIS exits."""
    folder = tempfile.mkdtemp(prefix="trygghet-pg-")
    os.chmod(folder, 0o755)
    port = str(_free_port())
    proc = subprocess.run([PG_SCRIPT, "start", folder, port], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        pytest.fail(f"the PostgreSQL test server did not start:\n{proc.stdout}\n{proc.stderr}")
    uri = proc.stdout.strip().splitlines()[-1]

    def stop():
        subprocess.run([PG_SCRIPT, "stop", folder, port], capture_output=True, text=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)  # also if the session ends abruptly
    yield uri
    stop()
    atexit.unregister(stop)
