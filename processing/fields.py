"""The plugin's one QgsField factory, and the helpers that turn output specs and values into fields and attributes.

Fields are built from a ``QMetaType.Type`` (QGIS >= 3.38; the plugin needs 3.40), the only form Qt6 (QGIS 4) has.

Kinds: "string", "int" (64-bit), "int32", "double", "bool", "date", "datetime".
"""

import numpy as np
from qgis.core import QgsField, QgsFields
from qgis.PyQt.QtCore import QMetaType

from .base import is_temporary_destination

# kind -> QMetaType.Type member
_KINDS = {
    "string": "QString",
    "int": "LongLong",
    "int32": "Int",
    "double": "Double",
    "bool": "Bool",
    "date": "QDate",
    "datetime": "QDateTime",
}

KINDS = tuple(_KINDS)


def field_type(kind):
    """The QMetaType.Type to hand QgsField for ``kind``."""
    try:
        return getattr(QMetaType.Type, _KINDS[kind])
    except KeyError:
        raise ValueError("unknown field kind {!r}; one of {}".format(kind, ", ".join(KINDS))) from None


def make_field(name, kind, alias="", length=0, precision=0):
    """A QgsField ``name`` of ``kind`` (see the module's doc), with an optional alias, length and precision."""
    field = QgsField(name, field_type(kind), len=length, prec=precision)
    if alias:
        field.setAlias(alias)
    return field


def fields_of(specs):
    """QgsFields from (name, kind[, alias[, length]]) tuples."""
    fields = QgsFields()
    for spec in specs:
        fields.append(make_field(*spec))
    return fields


ALIASES = {}  # field name -> Swedish alias; stored in the output styles (.qml), see scripts/styles_significance.py


def output_field(name, kind, alias, length=0, precision=0):
    """An output field. The Swedish alias travels in the layer style: set on the sink it only makes GeoPackage and
    memory outputs log two warnings per field."""
    ALIASES.setdefault(name, alias)
    return make_field(name, kind, length=length, precision=precision)


def column_kind(series):
    """The field kind for a pandas column."""
    kind = series.dtype.kind
    if kind == "b":
        return "bool"
    if kind in "iu":
        return "int"
    if kind == "f":
        return "double"
    return "string"


def fields_for(df, aliases, kinds=None):
    """QgsFields for the columns of a data frame (kinds given or derived from the column types)."""
    fields = QgsFields()
    for name in df.columns:
        fields.append(make_field(name, (kinds or {}).get(name) or column_kind(df[name]), aliases.get(name, "")))
    return fields


def is_temporary(algorithm, parameters, name, context):
    """True when a sink goes to a temporary (memory) layer, which cannot store field aliases.

    Reads the parameter value itself: parameterAsOutputLayer() would also queue a layer for loading in the desktop,
    and an extra queued layer that is never written ends the run with "layers not created correctly"."""
    return is_temporary_destination(parameters.get(name), context)


def python_values(array):
    """numpy array -> list of Python values with NaN as None (what QgsFeature.setAttributes accepts)."""
    array = np.asarray(array)
    if array.dtype.kind == "f":
        return [None if v != v else v for v in array.tolist()]
    return array.tolist()


def clean(value):
    """numpy scalar → plain Python value for QgsFeature attributes (NaN/inf → None)."""
    if value is None:
        return None
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return v if np.isfinite(v) else None
    return value


def python_rows(df, kinds):
    """Rows of plain Python values for QgsFeature.setAttributes (NaN/None -> None, numpy scalars -> Python)."""
    columns = []
    for name in df.columns:
        values = df[name].tolist()
        kind = kinds[name]
        if kind == "double":
            values = [None if v is None or v != v else float(v) for v in values]
        elif kind == "int":
            values = [None if v is None or v != v else int(v) for v in values]
        elif kind == "bool":
            values = [None if v is None else bool(v) for v in values]
        else:
            values = [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in values]
        columns.append(values)
    return [list(r) for r in zip(*columns)]
