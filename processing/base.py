"""The small shared base of Trygghet's algorithms: naming, groups, help, translated errors, styled outputs, and the
parameters many algorithms declare alike (incidents, time field, study-area mask, date/time values)."""

import functools
import html

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProperty,
)
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Cancelled
from ..i18n import N_, tr
from ..plugin_paths import ICON, style_path
from .helpinfo import help_url, tags
from .numbers import format_number  # noqa: F401 - shared from here too

GROUPS = {
    "workspace": N_("Workspace"),
    "hotspots": N_("Hot spots"),
    "lagesbild": N_("Situation picture"),
    "paths": N_("Safe paths"),
    "walks": N_("Safety walks"),
    "measures": N_("Measures"),
}

SWEREF99TM = "EPSG:3006"
TIME_FIELD_DEFAULT = "occurred_at"  # the workspace's incidents keep their time here; every time field defaults to it


def datetime_param(algorithm, parameters, name, context):
    """An optional QgsProcessingParameterDateTime as numpy datetime64[s]: local wall-clock time with the time zone
    and sub-second part dropped, NaT when the parameter is unset, empty or not a valid date/time."""
    if parameters.get(name) in (None, ""):
        return np.datetime64("NaT", "s")
    value = algorithm.parameterAsDateTime(parameters, name, context)
    if not isinstance(value, QDateTime) or not value.isValid():
        return np.datetime64("NaT", "s")
    return np.datetime64(value.toPyDateTime().replace(tzinfo=None, microsecond=0), "s")


def help_html(text):
    """Help text as QGIS shows it: as HTML. A bare '<' (as in '<5' or '< 10 min') would start a tag and cut the
    rest of the text off, so &, < and > are escaped; line breaks stay line breaks."""
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def is_temporary_destination(value, context):
    """True when a sink/output parameter value sends the output to a temporary (memory) layer.

    It reads the value as given (a string, a QgsProperty or a QgsProcessingOutputLayerDefinition) and never calls
    parameterAsOutputLayer(): in the desktop that call also queues a layer for loading, and a queued layer that is
    never written ends the run with "the following layers were not created correctly"."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "") if context is not None else value.staticValue()
    dest = str(value or "")
    return dest in ("", "TEMPORARY_OUTPUT", QgsProcessing.TEMPORARY_OUTPUT) or dest.startswith("memory:")


class TrygghetAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP and HELP (English source strings) and implement the QGIS methods."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = "workspace"
    HELP = ""
    ADVANCED = ()  # names of rarely changed parameters, shown under "Advanced parameters" in the dialog

    def addParameter(self, definition, createOutput=True):  # noqa: N802, N803
        """Add a parameter; those named in ADVANCED are flagged advanced."""
        if definition.name() in self.ADVANCED:
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        return super().addParameter(definition, createOutput)

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self):
        return tr(GROUPS[self.GROUP])

    def groupId(self):  # noqa: N802
        return self.GROUP

    def shortHelpString(self):  # noqa: N802
        return help_html(tr(self.HELP))

    def icon(self):
        return QIcon(ICON)

    def helpUrl(self):  # noqa: N802
        return help_url(self.name())

    def tags(self):
        return tags(self.name())

    def help_param(self, param, text):
        """Attach translated help text to a parameter and return it."""
        param.setHelp(help_html(tr(text)))
        return param

    # -- parameters several algorithms declare alike. ``help_text`` is an English source string: mark it with N_()
    # at the call site so that scripts/i18n.py finds it. Each helper adds the parameter and returns it.
    # ``label`` (also marked with N_()) replaces the usual label.
    def add_import_target(self, receives_help, imported_label, replaced_label=None, replace_help=None):
        """An import's WORKSPACE and REJECTS, and its counts: IMPORTED (``imported_label``), REJECTED, DUPLICATES and,
        with ``replaced_label``, REPLACED, after the REPLACE switch (``replace_help``: what counts as a duplicate)."""
        if replaced_label:
            self.addParameter(self.help_param(QgsProcessingParameterBoolean(
                self.REPLACE, tr("Replace duplicates already in the workspace"), False), replace_help))
        self.addParameter(self.help_param(QgsProcessingParameterFile(self.WORKSPACE, tr("Workspace (GeoPackage)"),
                                                                     fileFilter=tr("GeoPackage (*.gpkg)")),
                                          receives_help))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.REJECTS, tr("Rejected rows"), QgsProcessing.SourceType.TypeVector,
                                              optional=True, createByDefault=True),
            N_("Every row that was not imported, with its row number in the file and the reason.")))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr(imported_label)))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, tr("Rejected rows")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, tr("Skipped duplicates")))
        if replaced_label:
            self.addOutput(QgsProcessingOutputNumber(self.REPLACED, tr(replaced_label)))

    def add_incidents_param(self, help_text, name="INPUT", label=None, optional=False):
        """A point layer of incidents."""
        label = tr(label) if label else tr("Incidents")
        param = QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.SourceType.TypeVectorPoint],
                                                    optional=optional)
        self.addParameter(self.help_param(param, help_text))
        return param

    def add_time_field_param(self, help_text, name="TIME_FIELD", parent="INPUT", default=None, optional=False,
                             label=None):
        """A field of the incidents layer ``parent`` with the time of each incident."""
        label = tr(label) if label else tr("Time field")
        param = QgsProcessingParameterField(name, label, TIME_FIELD_DEFAULT if default is None else default, parent,
                                            optional=optional)
        self.addParameter(self.help_param(param, help_text))
        return param

    def time_field_value(self, parameters, context, source, name="TIME_FIELD", feedback=None):
        """The time field chosen for ``name``, checked against ``source``.

        Every time-field parameter defaults to the workspace's field ``occurred_at``. When the parameter was left
        at that default and the layer has no such field, an optional parameter means "no time field" (None, said
        in the log) and a required one fails with a message that names the parameter; a field given explicitly
        that the layer lacks always fails."""
        value = self.parameterAsString(parameters, name, context) or ""
        if not value:
            return None
        names = source.fields().names() if source is not None else []
        if value in names:
            return value
        definition = self.parameterDefinition(name)
        label = definition.description() if definition is not None else name
        given = parameters.get(name) not in (None, "")
        if not given and definition is not None and definition.flags() & \
                QgsProcessingParameterDefinition.Flag.FlagOptional:
            if feedback is not None:
                feedback.pushInfo(tr("The layer has no field \u201c{}\u201d; no time field is used.").format(value))
            return None
        self.fail(tr("The layer has no field \u201c{field}\u201d. Choose the field with the time of each incident "
                     "in \u201c{param}\u201d.").format(field=value, param=label))

    def add_mask_param(self, help_text, name="MASK", label=None):
        """Optional polygons of the study area."""
        label = tr(label) if label else tr("Study area (mask)")
        param = QgsProcessingParameterFeatureSource(name, label, [QgsProcessing.SourceType.TypeVectorPolygon],
                                                    optional=True)
        self.addParameter(self.help_param(param, help_text))
        return param

    @staticmethod
    def fail(message):
        """Raise the exception Processing shows to the user (message already translated)."""
        raise QgsProcessingException(message)

    @staticmethod
    def check_cancel(feedback):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))

    @staticmethod
    def progress_callback(feedback, start=0.0, end=100.0):
        """A core-style progress callable: fraction → bool (False = cancelled)."""

        def progress(fraction):
            if feedback is None:
                return True
            feedback.setProgress(start + (end - start) * float(fraction))
            return not feedback.isCanceled()

        return progress

    @staticmethod
    def run_core(function, *args, **kwargs):
        """Call core, turning its errors into translated Processing errors."""
        try:
            return function(*args, **kwargs)
        except Cancelled as err:
            raise QgsProcessingException(tr("Cancelled.")) from err

    @staticmethod
    def metric_crs(crs, feedback=None):
        """A projected CRS in true metres (see crs_check): the layer's own, or SWEREF 99 TM for geographic, Web
        Mercator and other strongly scaled input; projected CRSs in other units are refused."""
        from .crs_check import metric_crs

        return metric_crs(crs, feedback)

    def __init_subclass__(cls, **kwargs):
        """Every algorithm's processAlgorithm first checks its field parameters against their layers (see
        fields_check): QGIS does not enforce field types from Python, models or qgis_process. Done here, not in
        prepareAlgorithm, so that processing.run raises the message itself."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is None or getattr(process, "checks_fields", False):
            return

        @functools.wraps(process)
        def checked(self, parameters, context, feedback):
            from .fields_check import check_field_parameters

            check_field_parameters(self, parameters, context)
            return process(self, parameters, context, feedback)

        checked.checks_fields = True
        cls.processAlgorithm = checked

    def style_on_load(self, context, dest_id, style_name, categories=None):
        """Style a sink/output layer with resources/styles/<style_name>.qml when QGIS loads it. ``categories``: keep
        only these category values of a categorized style in the legend (the classes the output can have)."""
        if context.willLoadLayerOnCompletion(dest_id):
            processor = StylePostProcessor.create(style_path(style_name), categories)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a .qml to a layer once Processing has loaded it. Instances are kept alive as QGIS expects."""

    _instances = []

    def __init__(self, qml, categories=None):
        super().__init__()
        self.qml = qml
        self.categories = categories

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        layer.loadNamedStyle(self.qml)
        if self.categories is not None:
            keep_categories(layer, self.categories)
        layer.triggerRepaint()

    @classmethod
    def create(cls, qml, categories=None):
        instance = cls(qml, categories)
        cls._instances.append(instance)
        return instance


def keep_categories(layer, values):
    """Drop the categories of a categorized renderer whose value is not in ``values`` (compared as text)."""
    renderer = layer.renderer()
    if renderer is None or renderer.type() != "categorizedSymbol":
        return
    wanted = {str(v) for v in values}
    for index in reversed(range(len(renderer.categories()))):
        if str(renderer.categories()[index].value()) not in wanted:
            renderer.deleteCategory(index)
