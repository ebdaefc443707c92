"""trygghet:createdemoworkspace — the synthetic Trollhättan demo workspace (Kronogården, Sylte, Lextorp)."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ...i18n import tr
from ...workspace.gpkg import WorkspaceError, write_columns
from ...workspace.schema import layers_at
from ...workspace.service import create_styled_workspace, workspace_error_message
from ..base import TrygghetAlgorithm
from ..numbers import say

DEFAULT_SEED = 20231


class CreateDemoWorkspace(TrygghetAlgorithm):
    NAME = "createdemoworkspace"
    DISPLAY_NAME = "Create demo workspace (Trollhättan)"
    GROUP = "workspace"
    HELP = (
        "Creates a complete demo workspace for Trollhättan with the focus areas Kronogården, Sylte and Lextorp and "
        "the rest of the town as reference area: four years of incidents with persistent, emerging and fading hot "
        "spots, a path network with street lamps and unlit gaps, two safety walks, hot places with a year of patrol "
        "visits, measures with their log and a citizen promise. The same seed always gives the same data. "
        "All data are synthetic and the area boundaries approximate; every layer says so in its metadata."
    )

    OUTPUT = "OUTPUT"
    SEED = "SEED"
    WORKSPACE = "WORKSPACE"
    INCIDENTS = "INCIDENTS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         DEFAULT_SEED, minValue=0),
            "The same seed always gives the same demo data."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Demo workspace (GeoPackage)"),
                                                  tr("GeoPackage (*.gpkg)")),
            "The new GeoPackage file. It must not exist yet."))
        self.addOutput(QgsProcessingOutputString(self.WORKSPACE, tr("Workspace")))
        self.addOutput(QgsProcessingOutputNumber(self.INCIDENTS, tr("Number of incidents")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.demo import build_demo

        seed = self.parameterAsInt(parameters, self.SEED, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.setProgressText(tr("Generating the synthetic Trollhättan data…"))
        data = build_demo(seed=seed)
        meta = data.pop("meta")
        note = "{} / {}".format(meta["note_sv"], meta["note_en"])
        counts = {}

        def fill(tmp):
            specs = layers_at()
            for i, spec in enumerate(specs):
                self.check_cancel(feedback)
                if spec.name in data:
                    counts[spec.name] = write_columns(tmp, spec, data[spec.name])
                feedback.setProgress(10 + 70 * (i + 1) / len(specs))
            feedback.setProgressText(tr("Storing styles and metadata…"))

        extra = {"demo": "true", "demo_seed": seed, "demo_note": note,
                 "period_start": meta["period_start"], "period_end": meta["period_end"]}
        try:
            create_styled_workspace(path, note=note, fill=fill, extra_meta=extra)
        except WorkspaceError as err:
            self.fail(workspace_error_message(err))
        for name, n in counts.items():
            feedback.pushInfo(say(tr("{layer}: {n} features"), layer=name, n=n))
        feedback.pushInfo(tr("Created the demo workspace {}. The data are synthetic and the boundaries "
                             "approximate.").format(path))
        return {self.OUTPUT: path, self.WORKSPACE: path, self.INCIDENTS: counts.get("incidents", 0)}
