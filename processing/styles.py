"""Styles written next to outputs that QGIS loads with them."""


def write_density_style(raster_path, qml_path, maximum):
    """Style a density raster from resources/styles/density.qml with its ramp stretched to ``maximum`` and save
    it as ``qml_path`` (QGIS loads a sidecar .qml with the raster)."""
    from qgis.core import QgsColorRampShader, QgsRasterLayer, QgsRasterShader, QgsSingleBandPseudoColorRenderer

    from ..plugin_paths import style_path

    layer = QgsRasterLayer(raster_path, "density", "gdal")
    layer.loadNamedStyle(style_path("density"))
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    template = renderer.shader().rasterShaderFunction()
    top = maximum if maximum > 0 else 1.0
    items = []
    for item in template.colorRampItemList():
        value = item.value * top  # the template's values are fractions of the maximum
        label = item.label
        if item.value >= 1.0:
            label = f"{label} ({top:.3g})"
        items.append(QgsColorRampShader.ColorRampItem(value, item.color, label))
    ramp = QgsColorRampShader(0.0, top, None, template.colorRampType())
    ramp.setColorRampItemList(items)
    ramp.setClip(False)
    shader = QgsRasterShader(0.0, top)
    shader.setRasterShaderFunction(ramp)
    new = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    new.setClassificationMin(0.0)
    new.setClassificationMax(top)
    new.setOpacity(renderer.opacity())
    layer.setRenderer(new)
    layer.saveNamedStyle(qml_path)
