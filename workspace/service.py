"""Workspace operations as the plugin uses them: create styled, open (upgrading), and translated errors."""

from ..i18n import tr
from .gpkg import SCHEMA_VERSION, create_workspace, schema_version, upgrade_workspace, use_one_journal_mode
from .layers import store_default_styles


def create_styled_workspace(path, epsg=3006, note="", fill=None, extra_meta=None):
    """Create a workspace with default styles and metadata stored inside; ``fill(tmp_path)`` may add data first."""

    def finish(tmp):
        if fill is not None:
            fill(tmp)
        store_default_styles(tmp, note=note)

    return create_workspace(path, epsg=epsg, description=note, extra_meta=extra_meta, finish=finish)


def open_workspace(path):
    """Check that ``path`` is a workspace and upgrade it in place if it is older. Returns (old, new) versions."""
    use_one_journal_mode()  # several QGIS processes may share the workspace file
    old = schema_version(path)
    if old < SCHEMA_VERSION:
        old, new = upgrade_workspace(path)
        store_default_styles(path)
        return old, new
    return old, old


def workspace_error_message(err):
    messages = {
        "exists": tr("{path} already exists. Trygghet never overwrites a workspace, because it holds the register "
                     "of measures: choose a new file name, or move the old file away first."),
        "no_folder": tr("The folder of {path} does not exist."),
        "cannot_open": tr("{path} cannot be opened as a GeoPackage: {detail}"),
        "not_a_workspace": tr("{path} is not a Trygghet workspace (it has no trygghet_meta table)."),
        "too_new": tr("{path} was made by a newer version of Trygghet (schema {detail}). Update the plugin."),
    }
    template = messages.get(err.code, tr("Workspace error in {path}: {detail}"))
    return template.format(path=err.path, detail=err.detail)
