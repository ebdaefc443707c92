"""Trygghet: crime-prevention analysis for Swedish municipalities (EST)."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import TrygghetPlugin

    return TrygghetPlugin(iface)
