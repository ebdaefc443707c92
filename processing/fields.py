"""The plugin's one QgsField factory.

QGIS >= 3.38 builds fields from a ``QMetaType.Type``, the only form Qt6 (QGIS 4) has: PyQt6 has no
``QVariant.String``/``QVariant.Int``/... The ``QVariant.Type`` constructor is used only on an older QGIS, looked up
by name at call time, so that nothing here touches a QVariant type member on a QGIS that does not need it.

Kinds: "string", "int" (64-bit), "int32", "double", "bool", "date", "datetime".
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType

# kind -> (QMetaType.Type member, QVariant.Type member of QGIS < 3.38)
_KINDS = {
    "string": ("QString", "String"),
    "int": ("LongLong", "LongLong"),
    "int32": ("Int", "Int"),
    "double": ("Double", "Double"),
    "bool": ("Bool", "Bool"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
}

KINDS = tuple(_KINDS)


def field_type(kind):
    """The type to hand QgsField for ``kind``: a QMetaType.Type on QGIS >= 3.38, else a QVariant.Type."""
    try:
        meta, variant = _KINDS[kind]
    except KeyError:
        raise ValueError("unknown field kind {!r}; one of {}".format(kind, ", ".join(KINDS))) from None
    if Qgis.QGIS_VERSION_INT >= 33800:
        return getattr(QMetaType.Type, meta)
    from qgis.PyQt.QtCore import QVariant  # pragma: no cover - QGIS < 3.38 only

    return getattr(QVariant, variant)  # pragma: no cover


def make_field(name, kind, alias="", length=0, precision=0):
    """A QgsField ``name`` of ``kind`` (see the module's doc), with an optional alias, length and precision."""
    field = QgsField(name, field_type(kind), len=length, prec=precision)
    if alias:
        field.setAlias(alias)
    return field
