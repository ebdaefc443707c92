"""The Trygghet (EST) Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..plugin_paths import ICON
from .algorithms import algorithm_classes


class TrygghetProvider(QgsProcessingProvider):
    def id(self):
        return "trygghet"

    def name(self):
        return tr("Trygghet (EST)")

    def longName(self):  # noqa: N802
        return tr("Trygghet (EST): crime prevention and safety analysis")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):  # noqa: N802
        return ICON

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
