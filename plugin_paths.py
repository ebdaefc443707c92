"""Paths of the plugin's shipped resources."""

import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.join(PLUGIN_DIR, "resources")
ICON = os.path.join(RESOURCES, "icons", "trygghet.svg")
STYLES = os.path.join(RESOURCES, "styles")
LAYOUTS = os.path.join(RESOURCES, "layouts")
MODELS = os.path.join(RESOURCES, "models")


def style_path(name):
    return os.path.join(STYLES, "{}.qml".format(name))
