"""Every error of the measures register as one sentence a coordinator understands (translated), never a raw
exception text such as a bare uuid."""

from ..i18n import tr
from ..workspace.schema import layer as layer_spec


def _alias(field, table="measures"):
    try:
        return layer_spec(table).field(field).alias
    except StopIteration:
        return field or "?"


def validation_text(err):
    """A ValidationError (``field``, ``code``) as a sentence naming the field by its Swedish label."""
    field = _alias(getattr(err, "field", ""), getattr(err, "table", "measures"))
    code = getattr(err, "code", "")
    texts = {
        "title_required": tr("A measure needs a title."),
        "reason_required": tr("This status needs a reason: fill in {field}."),
        "bad_status": tr("Choose one of the listed statuses for {field}."),
        "bad_value": tr("The value of {field} is not one of the allowed choices."),
        "bad_number": tr("{field} must be a number, zero or more."),
        "bad_date": tr("{field} must be a date (YYYY-MM-DD), and the due date cannot come before the planned "
                       "start."),
        "bad_priority": tr("{field} must be 1, 2 or 3."),
        "read_only": tr("{field} is filled in by the register and cannot be changed by hand."),
        "unknown_field": tr("The register has no field {field}."),
        "problem_title_required": tr("A problem needs a title."),
        "cause_text_required": tr("A cause needs a text: why can the problem happen here?"),
        "goal_title_required": tr("A goal area needs a title."),
        "area_required": tr("Conclusions need the area they concern."),
        "period_taken": tr("The area already has conclusions for this period. Choose other dates, or edit those "
                           "conclusions instead; nothing was saved."),
    }
    return texts.get(code, tr("The value of {field} is not valid.")).format(field=field)


def register_error_text(err):
    """The sentence to show for any exception the register (MeasureStore) raised."""
    from ..workspace.analysis import InUseError, RecordNotFoundError
    from ..workspace.measures import (
        ConflictError,
        MeasureNotFoundError,
        PermissionDeniedError,
        StoreError,
        ValidationError,
    )

    if isinstance(err, InUseError):
        if err.what == "goal":
            return tr("Measures serve this goal area ({titles}). Choose another goal for them first; nothing was "
                      "deleted.").format(titles=", ".join(err.titles))
        if err.what == "problem":
            return tr("Measures answer the causes of this problem ({titles}). Nothing was deleted; confirm to delete "
                      "it together with their links to it (the measures stay).").format(titles=", ".join(err.titles))
        return tr("Measures answer this cause ({titles}). Nothing was deleted; confirm to delete it together with "
                  "their links to it (the measures stay).").format(titles=", ".join(err.titles))
    if isinstance(err, RecordNotFoundError):
        return tr("It is no longer in the workspace; someone may have removed it. Reload the list.")
    if isinstance(err, ConflictError) and err.current_version is None:
        return tr("{who} saved this at {when} after you opened it. Nothing was saved: reload to see what is stored "
                  "now.").format(who=err.changed_by or tr("someone"), when=err.changed_at or "?")
    if isinstance(err, ConflictError):
        who = err.changed_by or tr("someone")
        if err.changed_by_name and err.changed_by_name != err.changed_by:
            who = "{} ({})".format(err.changed_by_name, err.changed_by)
        return tr("{who} saved this measure at {when} (now version {version}) after you opened it. Nothing was "
                  "saved: reload the measure to see the new version.").format(
            who=who, when=err.changed_at or "?", version=err.current_version)
    if isinstance(err, ValidationError):
        return validation_text(err)
    if isinstance(err, MeasureNotFoundError):
        return tr("The measure is no longer in the register; someone may have removed it. Reload the list of "
                  "measures.")
    if isinstance(err, PermissionDeniedError):
        return tr("The database refused the change: your organization may only change its own measures and "
                  "problems, the causes of its problems, the links of its measures, promises it is a party to and "
                  "its own conclusions (goal areas: the municipality). Nothing was saved.")
    if isinstance(err, StoreError):
        detail = (err.detail or "").strip()
        if any(word in detail.lower() for word in ("locked", "busy")):
            return tr("The workspace is busy: someone else is saving right now. Nothing was saved; try again in a "
                      "moment.")
        if err.code == "bad_workspace":
            return tr("This is not a Trygghet workspace with a register of measures, or it is damaged ({detail}).") \
                .format(detail=detail or "?")
        if err.code == "no_transaction":
            return tr("The workspace could not start a safe save. Check that the file or the database can be "
                      "reached and written to ({detail}).").format(detail=detail or "?")
        if err.code == "not_found":
            return register_error_text(MeasureNotFoundError(detail))
        return tr("The change could not be written to the workspace, and nothing was saved ({detail}).").format(
            detail=detail or err.code)
    if isinstance(err, OSError):
        return tr("The file {path} could not be written or read ({reason}).").format(
            path=err.filename or "?", reason=err.strerror or str(err))
    return tr("The register reported an unexpected error: {detail}").format(detail=str(err) or type(err).__name__)
