"""Headless use through qgis_process, as the README shows, and the installable zip."""

import os
import subprocess
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_qgis_process_runs_the_demo_headless(tmp_path, qgis_process_env):
    env = qgis_process_env
    enable = subprocess.run(["qgis_process", "plugins", "enable", "trygghet"], env=env, capture_output=True,
                            text=True, timeout=180)
    assert enable.returncode == 0, enable.stderr[-2000:]
    listing = subprocess.run(["qgis_process", "list"], env=env, capture_output=True, text=True, timeout=180)
    assert "trygghet:createworkspace" in listing.stdout
    output = str(tmp_path / "demo.gpkg")
    result = subprocess.run(["qgis_process", "run", "trygghet:createdemoworkspace", "--", "OUTPUT=" + output],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert os.path.getsize(output) > 1_000_000
    assert "INCIDENTS:" in result.stdout


@pytest.fixture(scope="module")
def plugin_zip():
    subprocess.run(["make", "-s", "zip"], cwd=REPO, check=True, capture_output=True, timeout=300)
    return os.path.join(REPO, "trygghet.zip")


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(n.startswith("trygghet/") for n in names)
    inner = [n[len("trygghet/"):] for n in names]
    for required in ("metadata.txt", "__init__.py", "plugin.py", "processing/provider.py",
                     "resources/i18n/trygghet_sv.qm", "resources/icons/trygghet.svg"):
        assert required in inner, required
    for path in inner:
        first = path.split("/")[0]
        assert first not in ("tests", "scripts", "docs", ".ci", "Makefile"), path
        assert not any(part.startswith(".") for part in path.split("/") if part), path
        assert not path.endswith((".pyc", "requirements-dev.txt", "pytest.ini"))
