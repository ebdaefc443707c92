"""trygghet:createworkspace — an empty EST workspace in a new GeoPackage."""

import re

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProviderRegistry,
)

from ...i18n import tr
from ...workspace.gpkg import WorkspaceError
from ...workspace.schema import DEFAULT_EPSG
from ...workspace.service import create_styled_workspace, workspace_error_message
from ..base import TrygghetAlgorithm
from ..crs_check import metric_crs
from ..numbers import say


class CreateWorkspace(TrygghetAlgorithm):
    NAME = "createworkspace"
    DISPLAY_NAME = "Create workspace"
    GROUP = "workspace"
    HELP = (
        "Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and "
        "their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. "
        "Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens "
        "styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures. "
        "With a PostgreSQL connection and a schema instead of a file, the same layers are created in PostGIS, shared "
        "between police, municipality and property owners: roles polis, kommun and fastighetsagare may read every "
        "measure but change only their own organization's, and the database itself keeps the log of who changed "
        "what. Run it again on an older shared workspace to bring its access rules up to date; no stored row "
        "changes."
    )

    OUTPUT = "OUTPUT"
    CRS = "CRS"
    WORKSPACE = "WORKSPACE"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(self.help_param(
            QgsProcessingParameterCrs(self.CRS, tr("Coordinate reference system (projected)"),
                                      f"EPSG:{DEFAULT_EPSG}"),
            "A projected CRS in metres. SWEREF 99 TM (EPSG:3006) is the default; local zones such as SWEREF 99 12 00 "
            "(EPSG:3007) work too."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Workspace (GeoPackage)"),
                                                  tr("GeoPackage (*.gpkg)"), optional=True),
            "The new GeoPackage file. It must not exist yet. Leave empty when creating the workspace in PostGIS."))
        database = self.help_param(
            QgsProcessingParameterProviderConnection(self.DATABASE, tr("PostgreSQL connection (shared workspace)"),
                                                     "postgres", optional=True),
            "A PostgreSQL/PostGIS connection from the browser. When given, the workspace is created there instead "
            "of in a file.")
        schema = self.help_param(
            QgsProcessingParameterDatabaseSchema(self.SCHEMA, tr("Schema"), self.DATABASE, "trygghet", optional=True),
            "The PostgreSQL schema for the workspace; it is created if missing and must not hold a workspace yet.")
        for param in (database, schema):
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addOutput(QgsProcessingOutputString(self.WORKSPACE, tr("Workspace")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() or crs.isGeographic() or metric_crs(crs) != crs:
            self.fail(tr("The workspace needs a projected CRS in metres, not {}.").format(crs.authid() or "?"))
        epsg = crs.postgisSrid()
        connection_name = self.parameterAsConnectionName(parameters, self.DATABASE, context)
        if connection_name:
            return self._create_in_postgis(connection_name, parameters, context, feedback, epsg)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path:
            self.fail(tr("Choose a GeoPackage file or a PostgreSQL connection for the workspace."))
        try:
            create_styled_workspace(path, epsg=epsg)
        except WorkspaceError as err:
            self.fail(workspace_error_message(err))
        feedback.pushInfo(tr("Created the workspace {}.").format(path))
        return {self.OUTPUT: path, self.WORKSPACE: path}

    def _create_in_postgis(self, connection_name, parameters, context, feedback, epsg):
        from qgis.core import QgsDataSourceUri

        from ...workspace.postgis import (
            SECURITY_VERSION,
            PostgisWorkspaceError,
            create_postgis_workspace,
            security_version,
            upgrade_postgis_security,
        )

        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        try:
            connection = metadata.findConnection(connection_name)
        except Exception:  # noqa: BLE001 - QGIS raises its own exception types here
            connection = None
        if connection is None:
            self.fail(say(tr("There is no PostgreSQL connection named {}."), connection_name))
        schema = self.parameterAsSchema(parameters, self.SCHEMA, context) or "trygghet"
        uri = QgsDataSourceUri(connection.uri())
        try:
            existing = security_version(connection.uri(), schema)
        except PostgisWorkspaceError as err:
            self.fail(self._connection_message(connection_name, uri, err))
        if existing is not None and existing >= SECURITY_VERSION:
            self.fail(tr("The schema {} already holds a Trygghet workspace. Trygghet never overwrites a workspace, "
                         "because it holds the register of measures.").format(schema))
        target = "{}:{}".format(connection_name, schema)
        try:
            if existing is not None:
                # an older shared workspace: its security is brought up to date in place, its rows are untouched
                upgrade_postgis_security(connection.uri(), schema)
                feedback.pushInfo(tr("The workspace {} already existed. Its access rules and audit log were brought "
                                     "up to date; no stored row was changed.").format(target))
                return {self.OUTPUT: None, self.WORKSPACE: target}
            create_postgis_workspace(connection.uri(), schema, epsg=epsg)
        except PostgisWorkspaceError as err:
            if err.code == "cannot_connect":
                self.fail(self._connection_message(connection_name, uri, err))
            if err.code == "bad_name":
                self.fail(tr("The schema name {} cannot be used: use lower-case letters a–z, digits and _ only, "
                             "starting with a letter.").format(schema))
            self.fail(say(tr("The workspace could not be created in PostGIS: {}"), err.detail or err))
        feedback.pushInfo(tr("Created the workspace in the PostGIS schema {}.").format(target))
        return {self.OUTPUT: None, self.WORKSPACE: target}

    @staticmethod
    def _connection_message(name, uri, err):
        if err.code == "bad_name":
            return tr("The schema name cannot be used: use lower-case letters a–z, digits and _ only, starting with "
                      "a letter.")
        if not uri.username() and not uri.service() and not uri.authConfigId():
            return tr("The PostgreSQL connection {} has no user name saved, so QGIS cannot log in to create the "
                      "workspace. Edit the connection in the Browser panel (PostgreSQL → {} → Edit Connection) and "
                      "save a user name, or use a connection with a service or an authentication "
                      "configuration.").format(name, name)
        said = re.sub(r"password\s*=\s*('[^']*'|\S+)", "password=…", (err.detail or "?").strip().splitlines()[0])
        return tr("Could not connect with the PostgreSQL connection {}. Check its host, port, database, user name "
                  "and password (the server said: {}).").format(name, said)
