"""The bad-input matrix: every algorithm the provider registers, against every bad input that applies to it.

Each outcome is either a correct result or a clear QgsProcessingException whose message is one of the plugin's
translatable source strings (or QGIS's own parameter check), never a raw Python error. Where a bad input must not
change the result (Web Mercator or WGS 84 instead of SWEREF 99 TM, an extra feature without geometry), the result
equals the valid baseline. A new algorithm joins by being registered: test_every_algorithm_has_a_case fails until
it has an entry in CASES.
"""

import os
import re
import shutil
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from trygghet.processing.fields import make_field

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RAW_ERRORS = re.compile(r"Traceback|\b(ValueError|KeyError|TypeError|IndexError|AttributeError|NameError|"
                        r"ZeroDivisionError|RuntimeError|MemoryError)\b|object has no attribute|"
                        r"unsupported operand|not subscriptable|invalid literal|could not convert")
PERIODS = {"CURRENT_START": "2025-11-01", "CURRENT_END": "2026-11-01", "REFERENCE_START": "2024-11-01",
           "REFERENCE_END": "2025-11-01"}


# ---------------------------------------------------------------------------------------------- the small data
@pytest.fixture(scope="module")
def ws(demo_workspace, tmp_path_factory):
    """A small copy of the demo workspace: every 40th incident, every 6th visit, every 10th lamp, every 3rd path."""
    path = str(tmp_path_factory.mktemp("matrix") / "mini.gpkg")
    shutil.copy(demo_workspace, path)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    for table, keep in (("incidents", 40), ("patrol_visits", 6), ("lamps", 10), ("paths", 3)):
        ds.ExecuteSQL(f"DELETE FROM {table} WHERE fid % {keep} != 0")
        ds.ExecuteSQL(f"RECOMPUTE EXTENT ON {table}")
    ds = None
    return path


def layer(ws, name):
    """A memory copy of a layer of the small workspace (its GeoPackage extents still cover the whole demo)."""
    lyr = QgsVectorLayer(f"{ws}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return copy_layer(lyr)


def copy_layer(source, crs=None, edit=None, text_fields=()):
    """A memory copy of ``source`` (optionally reprojected; ``text_fields`` turned into text; ``edit(features)``
    may change the list of features before they are added)."""
    crs = QgsCoordinateReferenceSystem(crs) if crs else source.crs()
    geometry = {0: "Point", 1: "LineString", 2: "Polygon", 4: "None"}[int(source.geometryType())]
    multi = source.wkbType() in (4, 5, 6, 1004, 1005, 1006)
    uri = "{}{}?crs={}".format("Multi" if multi else "", geometry, crs.authid())
    mem = QgsVectorLayer(uri, source.name(), "memory")
    fields = [f for f in source.fields() if f.name() != "fid"]
    provider = mem.dataProvider()
    provider.addAttributes([make_field(f.name(), "string") if f.name() in text_fields else QgsField(f)
                            for f in fields])
    mem.updateFields()
    transform = None
    if crs != source.crs():
        transform = QgsCoordinateTransform(source.crs(), crs, QgsProject.instance().transformContext())
    features = []
    for feature in source.getFeatures():
        out = QgsFeature(mem.fields())
        geometry = QgsGeometry(feature.geometry())
        if transform is not None and not geometry.isNull():
            geometry.transform(transform)
        out.setGeometry(geometry)
        values = []
        for f in fields:
            value = feature[f.name()]
            if f.name() in text_fields and value is not None and hasattr(value, "toString"):
                value = value.toString("yyyy-MM-dd HH:mm:ss") if not value.isNull() else None
            values.append(value)
        out.setAttributes(values)
        features.append(out)
    if edit is not None:
        features = edit(features)
    provider.addFeatures(features)
    return mem


# ---------------------------------------------------------------------------------------------- the case table
def segments_layer():
    """A 4 x 4 street grid with a danger index per segment."""
    mem = QgsVectorLayer("LineString?crs=EPSG:3006&field=index:double&field=unlit:double&field=label:string",
                         "seg", "memory")
    feats = []
    rng = np.random.default_rng(5)
    x0, y0 = 340000.0, 6465000.0
    for i in range(4):
        for j in range(4):
            for (ax, ay), (bx, by) in (((i, j), (i + 1, j)), ((i, j), (i, j + 1))):
                f = QgsFeature(mem.fields())
                f.setGeometry(QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(
                    x0 + 100 * ax, y0 + 100 * ay, x0 + 100 * bx, y0 + 100 * by)))
                index = float(rng.uniform(5, 95))  # no two routes tie
                f.setAttributes([index, 0.0, "s"])
                feats.append(f)
    mem.dataProvider().addFeatures(feats)
    return mem


def _route_points(params):
    params["START"] = "340000,6465000 [EPSG:3006]"
    params["END"] = "340300,6465000 [EPSG:3006]"  # one shortest route: along the bottom street
    return params


# Each entry: build(ws, tmp) → baseline parameters, and what the cases may vary:
#   points: the point input to reproject / empty / add NULL geometry / one feature / identical (None: not applicable)
#   time: (parameter, layer parameter) of a time field; number: (parameter, a text field of that layer)
#   grid: (parameter, absurd value); polygons: a polygon input to replace by a bow-tie; same: the CRS / NULL
#   geometry cases must reproduce the baseline; outputs: file outputs checked after cancel.
def _incidents_file(ws, tmp):
    path = os.path.join(tmp, "in.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("x,y,tid,kategori\n")
        for i in range(20):
            f.write(f"{340100 + 10 * i},{6465200 + 5 * i},2025-0{1 + i % 9}-1{i % 10} 22:15,klotter\n")
    return path


def _marks_layer(ws):
    """Dialogue marks for the matrix: every third incident of the small workspace, as points with a feeling."""
    incidents = layer(ws, "incidents")
    mem = QgsVectorLayer("Point?crs={}&field=feeling:integer".format(incidents.crs().authid()), "marks", "memory")
    features = []
    for k, feature in enumerate(incidents.getFeatures()):
        if k % 3 == 0:
            mark = QgsFeature(mem.fields())
            mark.setGeometry(QgsGeometry(feature.geometry()))
            mark.setAttributes([1 + k % 4])
            features.append(mark)
    mem.dataProvider().addFeatures(features)
    return mem


def _marks_file(ws, tmp):
    path = os.path.join(tmp, "marks.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("x;y;datum;känsla;orsak\n")
        for i in range(12):
            f.write(f"{342100 + 15 * i};{6461900 + 7 * i};2025-04-{1 + i:02d};{1 + i % 4};mörkt\n")
    return path


def _survey_file(ws, tmp):
    path = os.path.join(tmp, "survey.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("område;år;indikator;värde\n")
        for i, area in enumerate(("Kronogården", "Lextorp", "Sylte")):
            f.write(f"{area};2030;oro för brott;{20 + i},5\n")
    return path


CASES = {
    "areasummary": dict(
        build=lambda ws, tmp: dict(PERIODS, INPUT=layer(ws, "incidents"), AREAS=layer(ws, "areas"),
                                   TIME_FIELD="occurred_at", REFERENCE_AREAS="Övriga Trollhättan",
                                   OUTPUT=os.path.join(tmp, "out.gpkg"), OUTPUT_MAP=None),
        points="INPUT", time=("TIME_FIELD", "INPUT"), number=("POPULATION_FIELD", "name"), polygons="AREAS",
        outputs=("OUTPUT",)),
    "createdemoworkspace": dict(build=lambda ws, tmp: {"OUTPUT": os.path.join(tmp, "demo.gpkg")},
                                skip_baseline=True, outputs=("OUTPUT",)),
    "createwalkproject": dict(
        build=lambda ws, tmp: {"AREA": copy_layer(layer(ws, "areas"), edit=lambda fs: fs[:1]),
                               "WALK_NAME": "Kvällsvandring", "PATHS": layer(ws, "paths"),
                               "LAMPS": layer(ws, "lamps"), "OUTPUT": os.path.join(tmp, "walk")},
        polygons="AREA", crs_input="AREA", outputs=("OUTPUT",)),
    "createworkspace": dict(build=lambda ws, tmp: {"OUTPUT": os.path.join(tmp, "ws.gpkg")},
                            skip_baseline=True, crs_param="CRS", outputs=("OUTPUT",)),
    "emerginghotspots": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at", "TIME_STEP": 2,
                               "CELL_SIZE": 400, "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), grid=("CELL_SIZE", 0.01), mask="MASK", same=True,
        outputs=("OUTPUT",)),
    "exportlagesbild": dict(
        build=lambda ws, tmp: dict(PERIODS, WORKSPACE=ws, OUTPUT=os.path.join(tmp, "l.pdf")),
        skip_baseline=True, outputs=("OUTPUT",)),
    "forecast": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at",
                               "AREAS": layer(ws, "areas"), "CATEGORY_FIELD": "category", "HORIZON": 3,
                               "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), polygons="AREAS", same=True, outputs=("OUTPUT",)),
    "hotplaces": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "COUNT": 3, "MIN_INCIDENTS": 3,
                               "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), grid=("PIXEL_SIZE", 0.001), same=True, outputs=("OUTPUT",)),
    "hotspotdensity": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "RADIUS": 300, "PIXEL_SIZE": 50,
                               "OUTPUT": os.path.join(tmp, "out.tif")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), number=("WEIGHT_FIELD", "category"),
        grid=("PIXEL_SIZE", 0.001), mask="MASK", same=True, outputs=("OUTPUT",)),
    "hotspotstatistics": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "CELL_SIZE": 300,
                               "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), grid=("CELL_SIZE", 0.01), mask="MASK", same=True,
        outputs=("OUTPUT",)),
    "importincidents": dict(
        build=lambda ws, tmp: {"INPUT": _incidents_file(ws, tmp), "X_FIELD": "x", "Y_FIELD": "y",
                               "TIME_FIELD": "tid", "CATEGORY_FIELD": "kategori", "CRS": "EPSG:3006",
                               "WORKSPACE": shutil.copy(ws, os.path.join(tmp, "import.gpkg"))},
        skip_baseline=True, cancel=True),
    "importdialog": dict(
        build=lambda ws, tmp: {"INPUT": _marks_file(ws, tmp), "CRS": "EPSG:3006",
                               "WORKSPACE": shutil.copy(ws, os.path.join(tmp, "dialog.gpkg"))},
        crs_param="CRS", cancel=True),
    "importsurvey": dict(
        build=lambda ws, tmp: {"INPUT": _survey_file(ws, tmp),
                               "WORKSPACE": shutil.copy(ws, os.path.join(tmp, "survey.gpkg"))},
        cancel=True),
    "lagesbild": dict(skip_baseline=True, build=None),
    "measureeffect": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at",
                               "MEASURES": layer(ws, "measures"), "AREAS": layer(ws, "areas"), "RADIUS": 200,
                               "BUFFER": 200, "BEFORE": 365, "AFTER": 365, "OUTPUT": os.path.join(tmp, "o.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), polygons="AREAS", same=True, outputs=("OUTPUT",)),
    "nearrepeat": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at", "DISTANCE_BAND": 100,
                               "DISTANCE_BANDS": 3, "TIME_BAND": 7, "TIME_BANDS": 2, "PERMUTATIONS": 19,
                               "SEED": 3, "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), same=True, outputs=("OUTPUT",)),
    "patroldosage": dict(
        build=lambda ws, tmp: {"PLACES": layer(ws, "places"), "VISITS": layer(ws, "patrol_visits"),
                               "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="VISITS", time=("VISIT_TIME_FIELD", "VISITS"), number=("MINUTES_FIELD", "unit"),
        null_clears="place_uuid",  # a visit that names its place counts without a geometry
        polygons="PLACES", same=True, outputs=("OUTPUT",)),
    "perceivedsafety": dict(
        build=lambda ws, tmp: {"INCIDENTS": layer(ws, "incidents"), "MARKS": _marks_layer(ws), "PERMUTATIONS": 99,
                               "MASK": layer(ws, "areas"), "OUTPUT": os.path.join(tmp, "out.gpkg"),
                               "OUTPUT_TABLE": os.path.join(tmp, "table.gpkg")},
        points="INCIDENTS", time=("TIME_FIELD", "INCIDENTS"), grid=("CELL_SIZE", 1.0), mask="MASK", same=True,
        outputs=("OUTPUT",)),
    "periodcomparison": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at",
                               "BASE_START": "2024-11-01T00:00:00", "BASE_END": "2025-11-01T00:00:00",
                               "TEST_START": "2025-11-01T00:00:00", "TEST_END": "2026-11-01T00:00:00",
                               "AREAS": layer(ws, "areas"), "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), polygons="AREAS", grid=("CELL_SIZE", 1.0),
        grid_without="AREAS", same=True, outputs=("OUTPUT",)),
    "riskmap": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at", "PIXEL_SIZE": 50,
                               "OUTPUT": os.path.join(tmp, "out.tif")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), grid=("PIXEL_SIZE", 1.0), mask="MASK", same=True,
        outputs=("OUTPUT",)),
    "saferoutes": dict(
        build=lambda ws, tmp: {"PATHS": layer(ws, "paths"), "LAMPS": layer(ws, "lamps"),
                               "INCIDENTS": layer(ws, "incidents"), "FINDINGS": layer(ws, "walk_findings"),
                               "OUTPUT": os.path.join(tmp, "out.gpkg")},
        points="INCIDENTS", time=("TIME_FIELD", "INCIDENTS"), number=("SEVERITY_FIELD", "category"), same=True,
        outputs=("OUTPUT",)),
    "safestroute": dict(
        build=lambda ws, tmp: _route_points({"INPUT": segments_layer(), "RISK_WEIGHT": 1,
                                             "OUTPUT": os.path.join(tmp, "out.gpkg")}),
        crs_input="INPUT", nulls="INPUT", number=("INDEX_FIELD", "label"), same=True, outputs=("OUTPUT",)),
    "temporalpattern": dict(
        build=lambda ws, tmp: {"INPUT": layer(ws, "incidents"), "TIME_FIELD": "occurred_at",
                               "OUTPUT_WEEKDAY_HOUR": os.path.join(tmp, "wh.gpkg"),
                               "OUTPUT_MONTH_YEAR": os.path.join(tmp, "my.gpkg")},
        points="INPUT", time=("TIME_FIELD", "INPUT"), same=True, outputs=("OUTPUT_WEEKDAY_HOUR",)),
    "walkoverlay": dict(
        build=lambda ws, tmp: {"FINDINGS": layer(ws, "walk_findings"), "SEGMENTS": layer(ws, "paths"),
                               "AREAS": layer(ws, "areas"), "WALKS": layer(ws, "walks"),
                               "WALK_A": "Trygghetsvandring Kronogården 2025",
                               "WALK_B": "Trygghetsvandring Kronogården 2026",
                               "OUTPUT": os.path.join(tmp, "out.gpkg"), "COMPARISON": os.path.join(tmp, "c.gpkg")},
        points="FINDINGS", polygons="AREAS", same=True, outputs=("OUTPUT",)),
}


def _applicable(name, entry):
    cases = []
    if entry["build"] is None:
        return cases
    if not entry.get("skip_baseline"):
        cases.append("baseline")
    if entry.get("points") or entry.get("crs_input") or entry.get("crs_param"):
        cases += ["web_mercator", "geographic"]
    if entry.get("points"):
        cases += ["empty", "null_geometry", "one_feature", "identical"]
    elif entry.get("nulls"):
        cases.append("null_geometry")
    if entry.get("time"):
        cases += ["null_times", "unreadable_times", "time_field_not_a_time"]
    if entry.get("number"):
        cases.append("wrong_number_field")
    if entry.get("polygons") or entry.get("mask"):
        cases += ["bowtie", "bowtie_unchecked"]
    if entry.get("grid"):
        cases.append("absurd_grid")
    if entry.get("outputs") or entry.get("cancel"):
        cases.append("cancel")
    return [(name, case) for case in cases]


MATRIX = [pair for name in sorted(CASES) for pair in _applicable(name, CASES[name])]


def test_every_algorithm_has_a_case(plugin):
    provider = QgsApplication.processingRegistry().providerById("trygghet")
    registered = {alg.name() for alg in provider.algorithms()}
    missing = registered - set(CASES)
    assert not missing, f"algorithms without an entry in the bad-input matrix: {sorted(missing)}"
    assert not set(CASES) - registered, "entries for algorithms that are not registered"
    covered = {name for name, _ in MATRIX}
    # every algorithm but the model (whose children are all in the matrix) has at least one case
    assert registered - covered <= {"lagesbild"}


def _source_patterns():
    root = ET.parse(os.path.join(REPO, "resources", "i18n", "trygghet_sv.ts")).getroot()
    patterns = []
    for source in root.iter("source"):
        parts = re.split(r"\{[^{}]*\}", source.text or "")
        patterns.append(re.compile("(?s:.*?)".join(re.escape(p) for p in parts)))
    return patterns


PATTERNS = []


def assert_clear(message):
    assert not RAW_ERRORS.search(message), f"a raw Python error reached the user: {message}"
    if not PATTERNS:
        PATTERNS.extend(_source_patterns())
    text = message.strip()
    if text.startswith("Unable to execute algorithm"):  # QGIS's own parameter check, translated by QGIS
        return
    if re.fullmatch(r"Feature \(\d+\) from .* has invalid geometry\. .*", text, re.S):  # QGIS's own check
        return
    assert any(p.fullmatch(text) for p in PATTERNS), f"not one of the plugin's translatable messages: {text!r}"


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)


class CancelAtFirstProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.cancelled = False

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if not self.cancelled:
            self.cancelled = True
            self.cancel()


def _time_param_layer(params, entry):
    return params[entry["time"][1]]


def _bowtie_layer(template):
    crs = template.crs().authid() if template is not None else "EPSG:3006"
    mem = QgsVectorLayer(f"Polygon?crs={crs}", "bowtie", "memory")
    fields = [] if template is None else [f for f in template.fields() if f.name() != "fid"]
    mem.dataProvider().addAttributes([QgsField(f) for f in fields])
    mem.updateFields()
    feature = QgsFeature(mem.fields())
    feature.setGeometry(QgsGeometry.fromWkt(
        "POLYGON((339000 6464000, 342000 6467000, 342000 6464000, 339000 6467000, 339000 6464000))"))
    if template is not None:
        first = next(template.getFeatures())
        feature.setAttributes([first[f.name()] for f in fields])
    mem.dataProvider().addFeatures([feature])
    return mem


def apply_case(entry, case, params):
    """Change the baseline parameters for ``case``; returns the expectation: "same", "ok_or_clear" or "error"."""
    points = entry.get("points")
    if case == "baseline":
        return "ok"
    if case in ("web_mercator", "geographic"):
        crs = "EPSG:3857" if case == "web_mercator" else "EPSG:4326"
        if entry.get("crs_param"):
            params[entry["crs_param"]] = crs
            return "error"
        key = points or entry["crs_input"]
        params[key] = copy_layer(params[key], crs=crs)
        return "same" if entry.get("same") else "ok_or_clear"
    if case == "empty":
        params[points] = copy_layer(params[points], edit=lambda fs: [])
        return "ok_or_clear"
    if case == "null_geometry":
        def add_null(fs):
            extra = QgsFeature(fs[0])
            extra.setGeometry(QgsGeometry())
            if entry.get("null_clears"):
                extra.setAttribute(extra.fields().lookupField(entry["null_clears"]), None)
            return fs + [extra]
        key = points or entry["nulls"]
        params[key] = copy_layer(params[key], edit=add_null)
        return "same" if entry.get("same") else "ok_or_clear"
    if case == "one_feature":
        params[points] = copy_layer(params[points], edit=lambda fs: fs[:1])
        return "ok_or_clear"
    if case == "identical":
        def same_place(fs):
            for f in fs:
                f.setGeometry(QgsGeometry(fs[0].geometry()))
            return fs
        params[points] = copy_layer(params[points], edit=same_place)
        return "ok_or_clear"
    if case in ("null_times", "unreadable_times"):
        field, key = params[entry["time"][0]] if params.get(entry["time"][0]) else None, entry["time"][1]
        field = field or _default_time_field(entry, params)
        index = params[key].fields().lookupField(field)

        def spoil(fs):
            for k, f in enumerate(fs):
                if case == "unreadable_times":
                    f.setAttribute(index, "not a date")
                elif k % 3 == 0:
                    f.setAttribute(index, None)
            return fs
        params[key] = copy_layer(params[key], edit=spoil, text_fields=(field,))
        return "ok_or_clear"
    if case == "time_field_not_a_time":
        key = entry["time"][1]
        numeric = [f.name() for f in params[key].fields() if f.isNumeric() and f.name() != "fid"]
        if not numeric:
            params[key] = copy_layer(params[key])
            params[key].dataProvider().addAttributes([make_field("n", "int32")])
            params[key].updateFields()
            numeric = ["n"]
        params[entry["time"][0]] = numeric[0]
        return "error"
    if case == "wrong_number_field":
        params[entry["number"][0]] = entry["number"][1]
        return "error"
    if case in ("bowtie", "bowtie_unchecked"):
        key = entry.get("polygons") or entry["mask"]
        params[key] = _bowtie_layer(params.get(key))
        return "ok_or_clear"
    if case == "absurd_grid":
        params[entry["grid"][0]] = entry["grid"][1]
        if entry.get("grid_without"):  # the grid is only used without this input
            params.pop(entry["grid_without"])
        return "error"
    if case == "cancel":
        return "cancel"
    raise AssertionError(case)


def _default_time_field(entry, params):
    return {"VISIT_TIME_FIELD": "visited_at", "TIME_FIELD": "occurred_at"}.get(entry["time"][0], "occurred_at")


def signature(results, entry):
    """The outputs as comparable numbers: per vector output the feature count and every numeric column sorted;
    per raster the cell values."""
    sig = []
    for key in entry.get("outputs", ()):
        value = results.get(key)
        if isinstance(value, str) and not value.endswith((".tif", ".gpkg")):
            continue  # folders, PDFs and tables are checked by their own tests
        if isinstance(value, str) and value.endswith(".tif"):
            ds = gdal.Open(value)
            band = ds.GetRasterBand(1)
            array = band.ReadAsArray().astype(float)
            nodata = band.GetNoDataValue()
            if nodata is not None:
                array[array == nodata] = np.nan
            sig.append((key, "raster", array))
            continue
        lyr = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "o", "ogr")
        assert lyr.isValid(), key
        columns = []
        for field in lyr.fields():
            if field.isNumeric() and field.name() != "fid":
                values = [np.nan if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v)
                          for v in (f[field.name()] for f in lyr.getFeatures())]
                columns.append((field.name(), np.sort(np.array(values, dtype=float))))
        sig.append((key, lyr.featureCount(), columns))
    return sig


def assert_same(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x[0] == y[0]
        if x[1] == "raster":
            assert x[2].shape == y[2].shape
            np.testing.assert_allclose(x[2], y[2], rtol=1e-5, atol=1e-6, equal_nan=True)
            continue
        assert x[1] == y[1], f"{x[0]}: {x[1]} features instead of {y[1]}"
        for (name, u), (name2, v) in zip(x[2], y[2]):
            assert name == name2
            np.testing.assert_allclose(u, v, rtol=1e-5, atol=1e-6, equal_nan=True, err_msg=name)


BASELINES = {}


def _output_paths(params, entry):
    return [params[k] for k in entry.get("outputs", ()) if isinstance(params.get(k), str)]


@pytest.mark.parametrize(("name", "case"), MATRIX, ids=[f"{n}-{c}" for n, c in MATRIX])
def test_bad_input(run, ws, tmp_path, name, case):
    entry = CASES[name]
    params = entry["build"](ws, str(tmp_path))
    expect = apply_case(entry, case, params)
    feedback = CancelAtFirstProgress() if expect == "cancel" else LogFeedback()
    extra = {}
    if case == "bowtie_unchecked":  # the user has turned Processing's invalid-geometry check off: our code decides
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        extra["context"] = context
    try:
        results = run(f"trygghet:{name}", params, feedback=feedback, **extra)
    except QgsProcessingException as err:
        assert_clear(str(err))
        assert expect != "ok", f"the valid baseline failed: {err}"
        assert expect != "same", f"this input must give the baseline's result, not: {err}"
        for path in _output_paths(params, entry):
            assert not os.path.exists(path) or (os.path.isdir(path) and not os.listdir(path)), \
                f"partial output left behind: {path}"
        return
    assert expect != "error", "this input must be refused with a clear message"
    if expect == "cancel":
        assert not feedback.cancelled, "the run was cancelled but still finished"
    if case == "null_geometry":  # every algorithm says, in the same words, what it skipped and why
        assert any(re.fullmatch(r"Skipped 1 of \d+ features( of “.*”)?: no geometry\.", line)
                   for line in feedback.lines), feedback.lines
    if expect in ("ok", "same"):
        sig = signature(results, entry)
        if expect == "ok":
            BASELINES[name] = sig
        else:
            if name not in BASELINES:
                base = CASES[name]["build"](ws, str(tmp_path / "baseline"))
                os.makedirs(str(tmp_path / "baseline"), exist_ok=True)
                BASELINES[name] = signature(run(f"trygghet:{name}", base), entry)
            assert_same(sig, BASELINES[name])
