"""QGIS side of the workspace: layer URIs, forms from the schema, default styles and metadata in the file."""

import os

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerMetadata,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from ..i18n import tr
from ..plugin_paths import style_path
from .schema import SCHEMA_VERSION, layers_at

SYMBOLOGY = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling


def layer_uri(path, name):
    return "{}|layername={}".format(path, name)


def open_layer(path, name, title=None):
    layer = QgsVectorLayer(layer_uri(path, name), title or name, "ogr")
    return layer if layer.isValid() else None


def configure_form(layer, spec):
    """Aliases, default values, constraints and editor widgets from the schema (QField-compatible widgets only)."""
    config = layer.editFormConfig()
    for field in spec.fields:
        idx = layer.fields().indexOf(field.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, field.alias)
        if field.default:
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(field.default, False))
        if field.not_null:
            layer.setFieldConstraint(idx, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        layer.setEditorWidgetSetup(idx, widget_setup(field))
        if field.name == "uuid":
            config.setReadOnly(idx, True)
    layer.setEditFormConfig(config)


def widget_setup(field):
    if field.values:
        # labels in the language of the QGIS that writes the form (codes are stored)
        return QgsEditorWidgetSetup("ValueMap", {"map": [{tr(label): value} for value, label in field.values]})
    if field.range:
        return QgsEditorWidgetSetup("Range", {"Min": field.range[0], "Max": field.range[1], "Step": 1,
                                              "Style": "SpinBox", "AllowNull": True})
    if field.type == "boolean":
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": "", "TextDisplayMethod": 0})
    if field.type in ("date", "datetime"):
        fmt = "yyyy-MM-dd HH:mm" if field.type == "datetime" else "yyyy-MM-dd"
        return QgsEditorWidgetSetup("DateTime", {"allow_null": True, "calendar_popup": True,
                                                 "display_format": fmt, "field_format": fmt,
                                                 "field_iso_format": field.type == "datetime"})
    if field.name == "photo":
        return QgsEditorWidgetSetup("ExternalResource", {"DocumentViewer": 1, "RelativeStorage": 1,
                                                         "StorageMode": 0, "FileWidget": True,
                                                         "FileWidgetButton": True})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.type == "text", "UseHtml": False})


def load_symbology(layer, name):
    path = style_path(name)
    if os.path.exists(path):
        _msg, ok = layer.loadNamedStyle(path, SYMBOLOGY)
        return ok
    return False


def save_default_style(layer, name):
    """Store the layer's style in its database as the default style; return an error message or "".
    QGIS 3.44 deprecates saveStyleToDatabase() for saveStyleToDatabaseV2(), which reports what failed."""
    if not hasattr(layer, "saveStyleToDatabaseV2"):  # QGIS < 3.44
        return layer.saveStyleToDatabase(name, "Trygghet", True, "")
    results, error = layer.saveStyleToDatabaseV2(name, "Trygghet", True, "")
    failed = QgsMapLayer.SaveStyleResult.DatabaseWriteFailed | QgsMapLayer.SaveStyleResult.QmlGenerationFailed
    if results & failed:
        return error or "the style of {} could not be stored".format(name)
    return ""


def store_default_styles(path, version=SCHEMA_VERSION, note=""):
    """Save each layer's default style (symbology, labels, form) and metadata into the GeoPackage itself,
    so the workspace opens styled in any QGIS. Returns the names of the layers styled."""
    styled = []
    registry = QgsProviderRegistry.instance()
    for spec in layers_at(version):
        layer = open_layer(path, spec.name, spec.title)
        if layer is None:
            raise RuntimeError("cannot open layer {} in {}".format(spec.name, path))
        load_symbology(layer, spec.name)  # first: loading a .qml resets the form configuration
        configure_form(layer, spec)
        error = save_default_style(layer, spec.name)
        if error:
            raise RuntimeError(error)
        metadata = QgsLayerMetadata()
        metadata.setTitle(spec.title)
        metadata.setAbstract(note or spec.title)
        metadata.setKeywords({"Trygghet": ["EST", "trygghet", spec.name]})
        registry.saveLayerMetadata("ogr", layer_uri(path, spec.name), metadata)
        styled.append(spec.name)
    return styled
