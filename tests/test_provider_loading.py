"""The provider as QGIS loads it, in a fresh QGIS process each (tests/probe_provider.py):

- Qt6 readiness: with QVariant's type members hidden, as PyQt6 has none, every module of the plugin imports and
  every algorithm and shipped model still registers;
- one broken algorithm module is logged under "Trygghet" and left out; the others still load."""

import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBE = os.path.join(REPO, "tests", "probe_provider.py")


def expected_ids():
    """From the files, not from the provider: one algorithm per module in processing/algorithms (its id is the
    module's name), one per shipped model (its id is the file's name)."""
    modules = [os.path.splitext(os.path.basename(p))[0]
               for p in glob.glob(os.path.join(REPO, "processing", "algorithms", "*.py"))]
    models = [os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(REPO, "resources", "models",
                                                                                      "*.model3"))]
    return {"trygghet:" + name for name in modules + models if name != "__init__"}


def probe(tmp_path, *args):
    env = dict(os.environ)
    env.update({"HOME": str(tmp_path), "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "config"),
                "QT_QPA_PLATFORM": "offscreen"})
    proc = subprocess.run([sys.executable, PROBE, *args], capture_output=True, text=True, timeout=300, env=env,
                          cwd=str(tmp_path))
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines, "probe failed ({}):\n{}\n{}".format(proc.returncode, proc.stdout,
                                                                            proc.stderr[-4000:])
    return json.loads(lines[-1])


def test_expected_ids_are_the_real_algorithms(plugin):
    from qgis.core import QgsApplication

    registered = {a.id() for a in QgsApplication.processingRegistry().providerById("trygghet").algorithms()}
    assert registered == expected_ids()
    assert len(registered) >= 19


def test_every_algorithm_registers_without_qvariant_types(tmp_path):
    result = probe(tmp_path, "qt6")
    assert set(result["ids"]) == expected_ids()
    # every shipped module was imported with the members hidden
    assert "trygghet.processing.algorithms.measureeffect" in result["imported"]
    assert "trygghet.processing.fields" in result["imported"]
    assert "trygghet.ui.measures_dock" in result["imported"]
    assert not [m for tag, m in result["log"] if tag == "Trygghet"]


def test_one_broken_algorithm_module_is_logged_and_left_out(tmp_path):
    result = probe(tmp_path, "broken", "walkoverlay")
    assert set(result["ids"]) == expected_ids() - {"trygghet:walkoverlay"}
    ours = [m for tag, m in result["log"] if tag == "Trygghet"]
    assert len(ours) == 1, result["log"]
    assert "walkoverlay" in ours[0] and "QVariant" in ours[0]


def test_a_broken_module_a_model_runs_takes_out_that_model_and_nothing_else(tmp_path):
    """The shipped lägesbild model runs hotspotstatistics: with that module broken, it and the model are left out and
    logged; every other algorithm loads, the other significance tools too (no algorithm imports another)."""
    result = probe(tmp_path, "broken", "hotspotstatistics")
    gone = {"trygghet:hotspotstatistics", "trygghet:lagesbild"}
    assert set(result["ids"]) == expected_ids() - gone
    assert {"trygghet:nearrepeat", "trygghet:periodcomparison", "trygghet:emerginghotspots"} <= set(result["ids"])
    ours = " ".join(m for tag, m in result["log"] if tag == "Trygghet")
    for name in ("hotspotstatistics", "lagesbild"):
        assert name in ours, ours
