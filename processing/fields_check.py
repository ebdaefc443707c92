"""One check of the field parameters of every algorithm, before it runs.

QGIS's dialog only offers fields of the declared type, but from Python, models and ``qgis_process`` any field name
is accepted. So every field parameter is checked here against its layer: the field must exist; a field where a
number is needed (declared Numeric, or one of NUMERIC_FIELDS) must be numeric; a time field (declared DateTime, or
a name ending in TIME_FIELD) must be a date, date/time or text field. The message names the field and the type it
needs.
"""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QMetaType

from ..i18n import tr

# Field parameters that need numbers although they are declared for any field type.
NUMERIC_FIELDS = {"WEIGHT_FIELD", "VALUE_FIELD", "SEVERITY_FIELD", "INDEX_FIELD", "UNLIT_FIELD", "MINUTES_FIELD",
                  "POPULATION_FIELD"}
_TEXT = int(QMetaType.Type.QString)


def needs_number(param):
    return param.dataType() == QgsProcessingParameterField.DataType.Numeric or param.name() in NUMERIC_FIELDS


def needs_time(param):
    return param.dataType() == QgsProcessingParameterField.DataType.DateTime or param.name().endswith("TIME_FIELD")


def _field_names(algorithm, param, parameters, context):
    if param.allowMultiple():
        return [n for n in algorithm.parameterAsFields(parameters, param.name(), context) if n]
    name = algorithm.parameterAsString(parameters, param.name(), context)
    return [name] if name else []


def _is_time_or_text(field):
    return field.isDateOrTime() or int(field.type()) == _TEXT


def check_field_parameters(algorithm, parameters, context):
    """Raise a translated QgsProcessingException for the first field parameter whose field is missing from its layer
    or of the wrong type."""
    for param in algorithm.parameterDefinitions():
        if not isinstance(param, QgsProcessingParameterField):
            continue
        parent = algorithm.parameterDefinition(param.parentLayerParameterName())
        if not isinstance(parent, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
            continue
        names = _field_names(algorithm, param, parameters, context)
        if not names:
            continue
        source = algorithm.parameterAsSource(parameters, parent.name(), context)
        if source is None:
            continue
        fields = source.fields()
        given = parameters.get(param.name()) not in (None, "", [])
        for name in names:
            index = fields.lookupField(name)
            if index < 0 and not given:
                continue  # a default field name the layer does not have: the algorithm decides
            if index < 0:
                raise QgsProcessingException(
                    tr("The layer \u201c{layer}\u201d has no field \u201c{field}\u201d (parameter \u201c{param}\u201d)."
                       ).format(layer=parent.description(), field=name, param=param.description()))
            field = fields.at(index)
            if needs_number(param) and not field.isNumeric():
                raise QgsProcessingException(
                    tr("The field \u201c{field}\u201d ({param}) is a {kind} field, but it needs numbers. Choose a "
                       "numeric field (integer or decimal), or convert the field with the field calculator.").format(
                        field=name, param=param.description(), kind=field.friendlyTypeString()))
            if needs_time(param) and not _is_time_or_text(field):
                raise QgsProcessingException(
                    tr("The field \u201c{field}\u201d ({param}) is a {kind} field, but it needs dates and times: a "
                       "date, date/time or text field (for example 2024-03-05 22:15).").format(
                        field=name, param=param.description(), kind=field.friendlyTypeString()))
