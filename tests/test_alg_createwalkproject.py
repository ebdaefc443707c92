"""trygghet:createwalkproject: a QField-ready package whose form widgets stay inside QField's supported list."""

import os
import re
import zipfile

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer

QFIELD_SUPPORTED = {"TextEdit", "CheckBox", "ValueMap", "DateTime", "Range", "ExternalResource", "UuidGenerator",
                    "RelationReference", "ValueRelation", "Hidden"}


@pytest.fixture(scope="module")
def package(run, demo_workspace, tmp_path_factory):
    areas = QgsVectorLayer(demo_workspace + "|layername=areas", "areas", "ogr")
    krono = [f.id() for f in areas.getFeatures() if f["name"] == "Kronogården"]
    areas.selectByIds(krono)
    from qgis.core import QgsProject as P

    P.instance().addMapLayer(areas)
    folder = str(tmp_path_factory.mktemp("walk") / "pkg")
    out = run("trygghet:createwalkproject", {
        "AREA": QgsProcessingFeatureSourceDefinition(areas.id(), True), "WALK_NAME": "Kvällsvandring Kronogården",
        "PARTICIPANTS": 9, "PATHS": demo_workspace + "|layername=paths",
        "LAMPS": demo_workspace + "|layername=lamps", "FINDINGS": demo_workspace + "|layername=walk_findings",
        "OUTPUT": folder})
    P.instance().removeMapLayer(areas.id())
    return out


def test_files_and_walk_record(package):
    assert os.path.exists(package["PROJECT"]) and os.path.exists(package["GEOPACKAGE"])
    walks = QgsVectorLayer(package["GEOPACKAGE"] + "|layername=walks")
    rows = list(walks.getFeatures())
    assert len(rows) == 1
    assert rows[0]["uuid"] == package["WALK_UUID"] and rows[0]["participants"] == 9
    assert rows[0]["time_of_day"] == "kväll" and rows[0]["area"] == "Kronogården"
    earlier = QgsVectorLayer(package["GEOPACKAGE"] + "|layername=earlier_findings")
    assert earlier.featureCount() > 10  # the demo walks are in Kronogården


def test_project_form_is_qfield_ready(package):
    project = QgsProject()
    assert project.read(package["PROJECT"])
    layers = list(project.mapLayers().values())
    assert len(layers) >= 6 and all(lyr.isValid() for lyr in layers)
    for lyr in layers:
        for i, field in enumerate(lyr.fields()):
            kind = lyr.editorWidgetSetup(i).type()
            assert kind in QFIELD_SUPPORTED, (lyr.name(), field.name(), kind)
    findings = next(lyr for lyr in layers if lyr.name() == "Iakttagelser")
    fields = findings.fields()

    def widget(name):
        return findings.editorWidgetSetup(fields.indexOf(name))

    assert widget("category").type() == "ValueMap"
    values = {v for d in widget("category").config()["map"] for v in d.values()}
    assert {"belysning", "vegetation", "gomstalle"} <= values
    assert widget("severity").type() == "Range"
    assert (widget("severity").config()["Min"], widget("severity").config()["Max"]) == (1, 3)
    feel = widget("feeling")
    assert feel.type() == "ValueMap" and [v for d in feel.config()["map"] for v in d.values()] == ["1", "2", "3", "4"]
    assert widget("photo").type() == "ExternalResource" and widget("photo").config()["RelativeStorage"] == 1
    assert widget("walk_uuid").type() == "ValueRelation"
    default = findings.defaultValueDefinition(fields.indexOf("walk_uuid")).expression()
    assert default == "'{}'".format(package["WALK_UUID"])
    assert findings.defaultValueDefinition(fields.indexOf("observed_at")).expression() == "now()"
    assert "uuid(" in findings.defaultValueDefinition(fields.indexOf("uuid")).expression()
    assert not findings.readOnly()
    for lyr in layers:
        if lyr.name() in ("Stråk", "Belysningspunkter", "Tidigare iakttagelser", "Område"):
            assert lyr.readOnly(), lyr.name()
    # relative paths: the project does not name its own folder
    import zipfile

    with zipfile.ZipFile(package["PROJECT"]) as z:
        xml = z.read([n for n in z.namelist() if n.endswith(".qgs")][0]).decode("utf-8")
    assert os.path.dirname(package["GEOPACKAGE"]) not in xml


def test_bad_inputs(run, tmp_path):
    lines = QgsVectorLayer("LineString?crs=EPSG:3006", "l", "memory")
    with pytest.raises(QgsProcessingException):
        run("trygghet:createwalkproject", {"AREA": lines, "OUTPUT": str(tmp_path / "a")})
    empty = QgsVectorLayer("Polygon?crs=EPSG:3006", "p", "memory")
    with pytest.raises(QgsProcessingException, match="no polygon"):
        run("trygghet:createwalkproject", {"AREA": empty, "OUTPUT": str(tmp_path / "b")})
    assert not (tmp_path / "b").exists() or not os.listdir(tmp_path / "b")


# QFieldSync's project checker (opengisch/libqfieldsync, libqfieldsync/project_checker.py) is not on PyPI, so its
# rules are restated here one by one; each would give a warning or an error on the package.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = re.compile(r"(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?")


def test_package_passes_qfieldsync_project_checks(package):
    from qgis.core import Qgis, QgsProviderRegistry

    folder = os.path.dirname(package["PROJECT"])
    # ASCII file names made from the Swedish walk name (å, ä → a, ö → o, space → _), the title stays Swedish
    assert os.path.basename(package["PROJECT"]) == "Kvallsvandring_Kronogarden.qgz"
    assert os.path.basename(package["GEOPACKAGE"]) == "Kvallsvandring_Kronogarden_data.gpkg"
    project = QgsProject()
    assert project.read(package["PROJECT"])
    assert project.title() == "Kvällsvandring Kronogården"
    # check_no_absolute_filepaths, check_no_homepath, check_project_is_dirty, check_basemap_configuration
    assert project.filePathStorage() == Qgis.FilePathType.Relative
    assert project.presetHomePath() == ""
    assert not project.isDirty()
    assert not project.readBoolEntry("qfieldsync", "/createBaseMap", False)[0]
    # check_files_have_unsupported_characters: no forbidden character, reserved name or trailing dot/space
    for _root, dirs, files in os.walk(folder):
        for part in dirs + files:
            assert part.isascii() and not _FORBIDDEN.search(part) and not _RESERVED.fullmatch(part), part
            assert not part.endswith((".", " ")) and len(part) <= 254, part
    # check_for_conflicting_base_filenames: no other file has the project's base name
    stem = os.path.splitext(os.path.basename(package["PROJECT"]))[0]
    clashes = [f for _, _, files in os.walk(folder) for f in files
               if os.path.splitext(f)[0] == stem and f != os.path.basename(package["PROJECT"])]
    assert clashes == []
    actions = {}
    layers = list(project.mapLayers().values())
    assert len(layers) == 6
    for lyr in layers:
        path = QgsProviderRegistry.instance().decodeUri(lyr.providerType(), lyr.source())["path"]
        # check_layer_package_prevention, check_layer_memory, check_layer_has_experimental_cloud_support
        assert lyr.isValid() and lyr.providerType() == "ogr" and lyr.dataProvider().storageType() == "GPKG"
        # check_layer_has_ascii_filename, check_external_layers
        assert path.isascii() and os.path.dirname(os.path.realpath(path)) == os.path.realpath(folder), path
        # check_layer_has_utf8_datasources
        assert lyr.dataProvider().encoding() in ("UTF-8", "")
        # check_layer_primary_key (QFieldCloud): one primary key column
        assert len(lyr.primaryKeyAttributes()) == 1, lyr.name()
        # check_layer_configured: a cable and a cloud action chosen
        action, cloud = lyr.customProperty("QFieldSync/action"), lyr.customProperty("QFieldSync/cloud_action")
        assert action == "copy" and cloud == "offline", lyr.name()
        actions.setdefault(path, set()).add(action)
    # check_project_layers_sources_actions: the layers of one GeoPackage share one action
    assert all(len(a) == 1 for a in actions.values())
    # the walk link and everything else in the project name no folder of the machine that made it
    with zipfile.ZipFile(package["PROJECT"]) as z:
        xml = z.read([n for n in z.namelist() if n.endswith(".qgs")][0]).decode("utf-8")
    assert ".trygghet-walk-" not in xml and os.path.dirname(folder) not in xml
    assert re.findall(r'"(/[^"]*\.gpkg[^"]*)"', xml) == []
    findings = next(lyr for lyr in layers if lyr.name() == "Iakttagelser")
    link = findings.editorWidgetSetup(findings.fields().indexOf("walk_uuid")).config()
    assert link["LayerSource"] == "./Kvallsvandring_Kronogarden_data.gpkg|layername=walks"
    walks = next(lyr for lyr in layers if lyr.name() == "Vandring")
    assert link["Layer"] == walks.id()
