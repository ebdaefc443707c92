"""The Trygghet (EST) Processing provider: the algorithms, and the models shipped in resources/models."""

import glob
import os
import re

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..plugin_paths import ICON, MODELS
from .algorithms import algorithm_classes
from .base import GROUPS, help_html
from .helpinfo import help_url, tags
from .model_labels import MODEL_LABELS

LOG_TAG = "Trygghet"
DISPLAY_NAME_KEY = "ALG_DISPLAY_NAME"  # a shipped model's display name, kept in the model's help (.model3)


class ShippedModel(QgsProcessingModelAlgorithm):
    """A model from resources/models as it appears in the provider.

    The .model3 stays a plain QGIS model (open it in the Graphical Modeler). Three things differ from the Models
    provider: the id comes from the model name (``trygghet:lagesbild``) while the toolbox shows the display name
    kept in the help under ALG_DISPLAY_NAME; the group is one of the provider's own (the model's group holds its
    id, e.g. ``lagesbild``); and the model's outputs get upper-case names (OUTPUT) like every other parameter of
    the provider, where QGIS would derive a lower-case name from the output's description.
    """

    def displayName(self):  # noqa: N802
        return self.helpContent().get(DISPLAY_NAME_KEY) or super().displayName()

    def group(self):
        group_id = super().groupId()
        return tr(GROUPS[group_id]) if group_id in GROUPS else super().group()

    def helpUrl(self):  # noqa: N802
        return help_url(self.name())

    def tags(self):
        return tags(self.name())

    def createInstance(self):  # noqa: N802
        model = ShippedModel()
        model.load_variant(self.toVariant())
        model.setSourceFilePath(self.sourceFilePath())
        return model

    def load_variant(self, variant):
        ok = self.loadVariant(variant)
        if ok:
            self.localize_steps()
            self.upper_case_outputs()
            self.localize_parameters()
        return ok

    def localize_steps(self):
        """The steps' titles in the QGIS language (processing/model_labels.py)."""
        labels = MODEL_LABELS.get(self.name())
        if not labels:
            return
        children = self.childAlgorithms()
        for child_id, child in children.items():
            if child_id in labels["children"]:
                child.setDescription(tr(labels["children"][child_id]))
        self.setChildAlgorithms(children)

    def localize_parameters(self):
        """Name, help, inputs and output in the QGIS language (processing/model_labels.py); order kept."""
        labels = MODEL_LABELS.get(self.name())
        if not labels:
            return
        content = dict(self.helpContent())
        content[DISPLAY_NAME_KEY] = tr(labels["display_name"])
        content["ALG_DESC"] = help_html(tr(labels["description"]))
        definitions = [definition.clone() for definition in self.parameterDefinitions()]
        for definition in definitions:
            label = labels["parameters"].get(definition.name())
            if label is not None:
                definition.setDescription(tr(label[0]))
                definition.setHelp(help_html(tr(label[1])))
                content[definition.name()] = help_html(tr(label[1]))
        for definition in definitions:
            self.removeParameter(definition.name())
        for definition in definitions:
            self.addParameter(definition)
        self.setHelpContent(content)

    def attach(self):
        """Find the child algorithms again (ours are found only once the provider is registered)."""
        return self.load_variant(self.toVariant())

    def missing_algorithms(self):
        return sorted(child.algorithmId() for child in self.childAlgorithms().values()
                      if child.isActive() and child.algorithm() is None)

    def upper_case_outputs(self):
        """Name each model output after the model output's own name (e.g. OUTPUT), in upper case."""
        for definition in list(self.destinationParameterDefinitions()):
            name = definition.name()
            wanted = str(definition.metadata().get("_modelChildOutputName") or "").upper()
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", wanted):
                wanted = name.upper()
            if wanted == name or wanted in {d.name() for d in self.parameterDefinitions()}:
                continue
            renamed = definition.clone()
            renamed.setName(wanted)
            self.removeParameter(name)
            self.addParameter(renamed)


def load_model(path):
    """A ShippedModel from a .model3 file, or None (logged) if the file cannot be read."""
    model = ShippedModel()
    try:
        ok = model.fromFile(path)
    except Exception as err:  # noqa: BLE001 - a broken shipped file must never break the provider
        QgsMessageLog.logMessage(tr("The model {} could not be read: {}").format(os.path.basename(path), err),
                                 LOG_TAG, Qgis.MessageLevel.Warning)
        return None
    if not ok or not model.name() or not model.childAlgorithms():
        QgsMessageLog.logMessage(tr("The model {} could not be read.").format(os.path.basename(path)), LOG_TAG,
                                 Qgis.MessageLevel.Warning)
        return None
    model.setSourceFilePath(path)
    return model


class TrygghetProvider(QgsProcessingProvider):
    def __init__(self):
        super().__init__()
        self._waiting = False
        self._failed = set()  # algorithm modules already logged as failed (the algorithms load more than once)

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
        """Every algorithm that loads; one whose module fails to import (or that cannot be created) is logged and
        left out, and the others still load."""
        for cls in algorithm_classes(on_error=self._algorithm_failed):
            try:
                algorithm = cls()
            except Exception as err:  # noqa: BLE001 - one broken algorithm must not take the others down
                self._algorithm_failed(cls.__module__.rsplit(".", 1)[-1], err)
                continue
            self.addAlgorithm(algorithm)
        self.load_models()

    def _algorithm_failed(self, module, err):
        if module in self._failed:
            return
        self._failed.add(module)
        QgsMessageLog.logMessage(
            tr("The algorithm {} could not be loaded and is left out: {}").format(
                module, "{}: {}".format(type(err).__name__, err)),
            LOG_TAG, Qgis.MessageLevel.Critical)

    def load_models(self):
        """Add every resources/models/*.model3 whose children are all available; log the others.

        The models' children are this provider's own algorithms, which the registry only finds once the provider
        is registered; during the first load (inside addProvider) the models wait for the registry to announce
        the provider, and the algorithms are then loaded again."""
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is not self:
            if not self._waiting:
                registry.providerAdded.connect(self._provider_added)
                self._waiting = True
            return
        for path in sorted(glob.glob(os.path.join(MODELS, "*.model3"))):
            model = load_model(path)
            if model is None:
                continue
            try:
                model.attach()
                missing = model.missing_algorithms()
            except Exception as err:  # noqa: BLE001 - a broken shipped model must never break the provider
                QgsMessageLog.logMessage(tr("The model {} could not be read: {}").format(os.path.basename(path), err),
                                         LOG_TAG, Qgis.MessageLevel.Warning)
                continue
            if missing:
                QgsMessageLog.logMessage(
                    tr("The model {} needs algorithms that are not available: {}").format(
                        os.path.basename(path), ", ".join(missing)),
                    LOG_TAG, Qgis.MessageLevel.Warning)
                continue
            self.addAlgorithm(model)

    def _provider_added(self, provider_id):
        if provider_id != self.id():
            return
        registry = QgsApplication.processingRegistry()
        registry.providerAdded.disconnect(self._provider_added)
        self._waiting = False
        if registry.providerById(self.id()) is self:
            self.refreshAlgorithms()
