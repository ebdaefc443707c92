"""A QGIS project over a workspace: grouped, styled layers, a readable start view and an on-map note."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)

from ..core.vocabulary import LAYER_TITLES
from ..i18n import N_, tr
from .layers import open_layer

# (group title, [layer names]) from top to bottom of the layer tree; titles are English sources shown through tr()
GROUPS = (
    (N_("Measures"), ("measures",)),
    (N_("Safety walks"), ("walk_findings",)),
    (N_("Perceived safety"), ("dialog_marks", "dialog_areas")),
    (N_("Hot spots and patrols"), ("places", "patrol_visits")),
    (N_("Base data"), ("incidents", "lamps", "paths", "areas")),
    (N_("Tables"), ("walks", "promises", "measure_links", "measure_log", "survey_results")),
)
# the groups of point layers a user acts on: they stay on top, analyses go below them
ACTION_GROUPS = GROUPS[:3]


def build_project(workspace, output, title, note="", banner="", extent=None, project=None):
    """Write a .qgz at ``output`` with the workspace's layers. Returns the QgsProject (not the global instance)."""
    project = project or QgsProject()
    project.clear()
    crs = QgsCoordinateReferenceSystem("EPSG:3006")
    project.setCrs(crs)
    project.setTitle(title)
    metadata = project.metadata()
    metadata.setTitle(title)
    metadata.setAbstract(note)
    project.setMetadata(metadata)
    root = project.layerTreeRoot()
    for group_title, names in GROUPS:
        group = root.addGroup(tr(group_title))
        for name in names:
            lyr = open_layer(workspace, name, tr(LAYER_TITLES[name]))
            if lyr is None:
                continue
            project.addMapLayer(lyr, False)
            group.addLayer(lyr)
            if name in ("incidents", "patrol_visits"):
                group.findLayer(lyr.id()).setItemVisibilityChecked(False)
            if name == "lamps":  # thousands of lamps only read well when zoomed in
                lyr.setScaleBasedVisibility(True)
                lyr.setMinimumScale(25000)
        if names == GROUPS[-1][1]:  # the tables
            group.setExpanded(False)
    if banner:
        _title_decoration(project, banner)
    if extent is None:
        areas = open_layer(workspace, "areas")
        extent = _focus_extent(areas) if areas is not None else None
    if extent is not None:
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if not project.write(output):
        raise RuntimeError(project.error())
    return project


def add_group(project, title, layers, position=0):
    """Insert a group of already-styled layers into a project's layer tree at ``position`` (0: the top)."""
    group = project.layerTreeRoot().insertGroup(position, title)
    for lyr in layers:
        project.addMapLayer(lyr, False)
        group.addLayer(lyr)
    return group


def _focus_extent(areas):
    extent = QgsRectangle()
    for feature in areas.getFeatures():
        if feature["kind"] == "focus" and feature.hasGeometry():
            extent.combineExtentWith(feature.geometry().boundingBox())
    if extent.isEmpty():
        return areas.extent() if areas.featureCount() else None
    extent.grow(600)
    return extent


def _title_decoration(project, text):
    """The canvas's title decoration, so every map view shows the note (e.g. "synthetic data")."""
    project.writeEntry("TitleLabel", "/Enabled", True)
    project.writeEntry("TitleLabel", "/Label", text)
    project.writeEntry("TitleLabel", "/Placement", 2)  # bottom left
    project.writeEntry("TitleLabel", "/BackgroundColor", "255,255,255,200")
    project.writeEntry("TitleLabel", "/MarginH", 0)
    project.writeEntry("TitleLabel", "/MarginV", 0)


