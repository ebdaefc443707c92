"""trygghet:createworkspace — an empty EST workspace in a new GeoPackage."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)

from ...i18n import tr
from ...workspace.gpkg import WorkspaceError
from ...workspace.schema import DEFAULT_EPSG
from ...workspace.service import create_styled_workspace, workspace_error_message
from ..base import TrygghetAlgorithm


class CreateWorkspace(TrygghetAlgorithm):
    NAME = "createworkspace"
    DISPLAY_NAME = "Create workspace"
    GROUP = "workspace"
    HELP = (
        "Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and "
        "their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. "
        "Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens "
        "styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures."
    )

    OUTPUT = "OUTPUT"
    CRS = "CRS"
    WORKSPACE = "WORKSPACE"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(self.help_param(
            QgsProcessingParameterCrs(self.CRS, tr("Coordinate reference system (projected)"),
                                      f"EPSG:{DEFAULT_EPSG}"),
            "A projected CRS in metres. SWEREF 99 TM (EPSG:3006) is the default; local zones such as SWEREF 99 12 00 "
            "(EPSG:3007) work too."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Workspace (GeoPackage)"),
                                                  tr("GeoPackage (*.gpkg)")),
            "The new GeoPackage file. It must not exist yet."))
        self.addOutput(QgsProcessingOutputString(self.WORKSPACE, tr("Workspace")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not crs.isValid() or crs.isGeographic():
            self.fail(tr("The workspace needs a projected CRS in metres, not {}.").format(crs.authid() or "?"))
        epsg = crs.postgisSrid()
        try:
            create_styled_workspace(path, epsg=epsg)
        except WorkspaceError as err:
            self.fail(workspace_error_message(err))
        feedback.pushInfo(tr("Created the workspace {}.").format(path))
        return {self.OUTPUT: path, self.WORKSPACE: path}
