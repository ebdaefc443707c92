"""trygghet:createwalkproject — a QField-ready walk package: one GeoPackage and one .qgz for one walk in one area."""

import datetime
import os
import shutil
import tempfile
import uuid

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm, datetime_param
from ..numbers import say
from ..reader import polygon_features

QFIELD_WIDGETS = ("TextEdit", "CheckBox", "ValueMap", "DateTime", "Range", "ExternalResource", "UuidGenerator",
                  "RelationReference", "ValueRelation", "Hidden")
FEELINGS = (("1", "Skrämmande"), ("2", "Obehaglig"), ("3", "Acceptabel"), ("4", "Trygg"))
TIMES_OF_DAY = ("dag", "kväll")


class CreateWalkProject(TrygghetAlgorithm):
    NAME = "createwalkproject"
    DISPLAY_NAME = "Create walk project for QField"
    GROUP = "walks"
    HELP = (
        "Creates a folder with a GeoPackage and a QGIS project (.qgz) for one safety walk (trygghetsvandring) in "
        "one area, ready to copy to QField and open unchanged. The findings form has the walk categories as a "
        "value map, severity 1–3, feeling 1–4 (frightening, uncomfortable, acceptable, comfortable) as buttons, a "
        "comment, a photo stored relative to the project, the time of observation (now), a UUID and the walk "
        "filled in. The walk itself is stored as a record with date, time of day and participants. Paths, lamps "
        "and earlier findings inside the area can be copied in as read-only context layers. Only form widgets "
        "that QField supports are used."
    )

    AREA = "AREA"
    WALK_NAME = "WALK_NAME"
    WALKED_AT = "WALKED_AT"
    TIME_OF_DAY = "TIME_OF_DAY"
    PARTICIPANTS = "PARTICIPANTS"
    PATHS = "PATHS"
    LAMPS = "LAMPS"
    FINDINGS = "FINDINGS"
    OUTPUT = "OUTPUT"
    PROJECT = "PROJECT"
    GEOPACKAGE = "GEOPACKAGE"
    WALK_UUID = "WALK_UUID"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Walk area"), [QgsProcessing.SourceType.TypeVectorPolygon]),
            "The area of the walk (use 'selected features only' to pick one area of the areas layer)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterString(self.WALK_NAME, tr("Walk name"), "Trygghetsvandring"),
                            "The name of the walk, the title of the project. The file names are made from it in "
                            "plain ASCII (å, ä → a, ö → o), as QField recommends."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDateTime(self.WALKED_AT, tr("Date and time of the walk"),
                                                           optional=True),
                            "When the walk takes place. Empty: now."))
        self.addParameter(self.help_param(QgsProcessingParameterEnum(self.TIME_OF_DAY, tr("Time of day"),
                                                       [tr("Day"), tr("Evening")], defaultValue=1),
                            "Day or evening walk."))
        self.addParameter(self.help_param(QgsProcessingParameterNumber(self.PARTICIPANTS, tr("Participants"),
                                                         QgsProcessingParameterNumber.Type.Integer, optional=True,
                                                         minValue=0),
                            "How many take part (may be filled in later)."))
        for key, label, text in (
                (self.PATHS, tr("Paths (context)"), N_("Paths to copy in as a read-only context layer.")),
                (self.LAMPS, tr("Lamps (context)"), N_("Street lamps to copy in as a read-only context layer.")),
                (self.FINDINGS, tr("Earlier findings (context)"),
                 N_("Findings of earlier walks to copy in as a read-only context layer."))):
            self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(
                key, label, [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True), text))
        self.addParameter(self.help_param(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Output folder")),
                            "A new or empty folder for the walk package (copy the whole folder to QField)."))
        self.addOutput(QgsProcessingOutputString(self.PROJECT, tr("Project file")))
        self.addOutput(QgsProcessingOutputString(self.GEOPACKAGE, tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputString(self.WALK_UUID, tr("Walk UUID")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.walks import ascii_file_stem
        from ...workspace.gpkg import create_gpkg_with_layers, write_columns
        from ...workspace.layers import configure_form, layer_uri
        from ...workspace.schema import Layer, layer

        area_source = self.parameterAsSource(parameters, self.AREA, context)
        if area_source is None:
            self.fail(tr("The walk area could not be read."))
        crs = self.metric_crs(area_source.sourceCrs(), feedback)
        parts = [geometry for _feature, geometry in polygon_features(area_source, crs, context)[0]]
        if not parts:
            self.fail(tr("The walk area has no polygon."))
        area = QgsGeometry.unaryUnion(parts)
        area_names = [f[n] for f in area_source.getFeatures() for n in ("name",) if n in f.fields().names()]
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        if os.path.isdir(folder) and os.listdir(folder):
            self.fail(tr("The folder {} is not empty. Choose a new or empty folder.").format(folder))
        name = self.parameterAsString(parameters, self.WALK_NAME, context).strip() or "Trygghetsvandring"
        # ASCII file names, and a project and a GeoPackage of different base names: QFieldSync warns otherwise
        stem = ascii_file_stem(name)
        gpkg_name, qgz_name = stem + "_data.gpkg", stem + ".qgz"
        when = datetime_param(self, parameters, self.WALKED_AT, context)
        when = (datetime.datetime.now().replace(microsecond=0) if np.isnat(when)
                else when.astype("datetime64[s]").item())
        epsg = crs.postgisSrid() or 3006
        walk_id = str(uuid.uuid4())
        staging = tempfile.mkdtemp(prefix=".trygghet-walk-", dir=os.path.dirname(os.path.abspath(folder)) or None)
        try:
            gpkg = os.path.join(staging, gpkg_name)
            area_spec = Layer("area", "Område", "MultiPolygon", ())
            create_gpkg_with_layers(gpkg, (layer("walks"), layer("walk_findings"), area_spec), epsg)
            time_of_day = TIMES_OF_DAY[self.parameterAsEnum(parameters, self.TIME_OF_DAY, context)]
            participants = (self.parameterAsInt(parameters, self.PARTICIPANTS, context)
                            if parameters.get(self.PARTICIPANTS) not in (None, "") else None)
            write_columns(gpkg, layer("walks"), {
                "uuid": [walk_id], "name": [name], "area": [", ".join(str(n) for n in area_names if n) or None],
                "walked_at": [when], "time_of_day": [time_of_day], "participants": [participants]})
            multi = QgsGeometry(area)
            multi.convertToMultiType()
            write_columns(gpkg, area_spec, {"geometry": [multi.asWkt()]})
            feedback.setProgress(30)
            context_layers = []
            for key, lname, title in ((self.PATHS, "context_paths", "Stråk"),
                                      (self.LAMPS, "context_lamps", "Belysningspunkter"),
                                      (self.FINDINGS, "earlier_findings", "Tidigare iakttagelser")):
                self.check_cancel(feedback)
                n = self._copy_context(parameters, key, context, area, crs, gpkg, lname)
                if n is not None:
                    context_layers.append((lname, title, key))
                    feedback.pushInfo(say(tr("{title}: {n} features inside the area copied in."), title=title, n=n))
            feedback.setProgress(70)

            project = QgsProject()
            project.setCrs(crs)
            project.setTitle(name)
            project.writeEntry("Paths", "/Absolute", False)
            walks = QgsVectorLayer(layer_uri(gpkg, "walks"), "Vandring", "ogr")
            findings = QgsVectorLayer(layer_uri(gpkg, "walk_findings"), "Iakttagelser", "ogr")
            area_layer = QgsVectorLayer(layer_uri(gpkg, "area"), "Område", "ogr")
            for lyr in (walks, findings, area_layer):
                if not lyr.isValid():
                    self.fail(tr("The walk package could not be written."))
            self._style(findings, "walk_findings")
            self._style(area_layer, "areas")
            configure_form(findings, layer("walk_findings"))
            configure_form(walks, layer("walks"))
            idx = findings.fields().indexOf("feeling")
            findings.setEditorWidgetSetup(idx, QgsEditorWidgetSetup(
                "ValueMap", {"map": [{label: value} for value, label in FEELINGS]}))
            idx = findings.fields().indexOf("walk_uuid")
            findings.setDefaultValueDefinition(idx, QgsDefaultValue(f"'{walk_id}'", False))
            findings.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ValueRelation", {
                # the walks layer is found by its id; its source is kept relative, naming no folder of this machine
                "Layer": walks.id(), "LayerName": walks.name(), "LayerSource": "./{}|layername=walks".format(gpkg_name),
                "LayerProviderName": "ogr", "Key": "uuid", "Value": "name", "AllowNull": False,
                "OrderByValue": False, "AllowMulti": False, "UseCompleter": False}))
            idx = findings.fields().indexOf("photo")
            findings.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("ExternalResource", {
                "DocumentViewer": 1, "RelativeStorage": 1, "StorageMode": 0, "FileWidget": True,
                "FileWidgetButton": True, "DefaultRoot": ""}))
            fid = findings.fields().indexOf("fid")
            if fid >= 0:
                findings.setEditorWidgetSetup(fid, QgsEditorWidgetSetup("Hidden", {}))
            for lyr in (walks, area_layer):
                f2 = lyr.fields().indexOf("fid")
                if f2 >= 0:
                    lyr.setEditorWidgetSetup(f2, QgsEditorWidgetSetup("Hidden", {}))
            area_layer.setReadOnly(True)
            root = project.layerTreeRoot()
            project.addMapLayer(findings, False)
            root.addLayer(findings)
            extra = []
            for lname, title, key in context_layers:
                lyr = QgsVectorLayer(layer_uri(gpkg, lname), title, "ogr")
                self._style(lyr, {self.PATHS: "paths", self.LAMPS: "lamps", self.FINDINGS: "walk_findings"}[key])
                lyr.setReadOnly(True)
                for i in range(lyr.fields().count()):
                    lyr.setEditorWidgetSetup(i, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False,
                                                                                   "UseHtml": False}))
                extra.append(lyr)
            for lyr in extra + [area_layer, walks]:
                project.addMapLayer(lyr, False)
                root.addLayer(lyr)
            extent = area.boundingBox()
            extent.grow(100)
            from qgis.core import QgsReferencedRectangle

            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
            # every layer is copied with the package as it is (QFieldSync's cable action "copy", and offline
            # editing on QFieldCloud), so that QFieldSync has nothing left to configure
            for lyr in [findings, walks, area_layer] + extra:
                lyr.setCustomProperty("QFieldSync/action", "copy")
                lyr.setCustomProperty("QFieldSync/cloud_action", "offline")
            qgz = os.path.join(staging, qgz_name)
            if not project.write(qgz):
                self.fail(say(tr("The project could not be written: {}"), project.error()))
            project.clear()
            del walks, findings, area_layer, extra
            self.check_cancel(feedback)
            os.makedirs(folder, exist_ok=True)
            for entry in os.listdir(staging):
                shutil.move(os.path.join(staging, entry), os.path.join(folder, entry))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        os.makedirs(os.path.join(folder, "DCIM"), exist_ok=True)
        feedback.pushInfo(tr("Walk package written to {}. Copy the whole folder to QField.").format(folder))
        feedback.setProgress(100)
        return {self.OUTPUT: folder, self.PROJECT: os.path.join(folder, qgz_name),
                self.GEOPACKAGE: os.path.join(folder, gpkg_name), self.WALK_UUID: walk_id}

    @staticmethod
    def _style(lyr, name):
        from ...workspace.layers import load_symbology

        load_symbology(lyr, name)

    def _copy_context(self, parameters, key, context, area, crs, gpkg, lname):
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
        geometry = QgsWkbTypes.displayString(source.wkbType())
        memory = QgsVectorLayer(f"{geometry}?crs={crs.authid()}", lname, "memory")
        memory.dataProvider().addAttributes(list(source.fields()))
        memory.updateFields()
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
        feats = []
        bbox = transform.transformBoundingBox(area.boundingBox(), Qgis.TransformDirection.Reverse)
        for feature in source.getFeatures(QgsFeatureRequest().setFilterRect(bbox)):
            geom = feature.geometry()
            if geom.isNull():
                continue
            geom.transform(transform)
            if engine.intersects(geom.constGet()):
                feature.setGeometry(geom)
                feats.append(feature)
        memory.dataProvider().addFeatures(feats)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = lname
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, gpkg, context.transformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            self.fail(say(tr("A context layer could not be copied: {}"), error[1]))
        return len(feats)
