"""The "Upplevd trygghet" section of a focus area: the survey table's rows and the text on dialogue marks and walk
findings, worded in the reader's language from core/report_perceived.py."""

from ..core import vocabulary
from ..i18n import N_, tr

INDICATORS = dict(vocabulary.SURVEY_INDICATORS)
SOURCES = dict(vocabulary.SURVEY_SOURCES)
REASONS = dict(vocabulary.MARK_REASONS)
FINDINGS = dict(vocabulary.FINDING_CATEGORIES)
MAX_FINDING_CATEGORIES = 6
# trygghet:perceivedsafety's classes (resources/styles/perceived_safety.qml), named in the reader's language
MAP_CLASSES = {
    "unsafe_crime": N_("Unsafe and crime-exposed"),
    "unsafe_low_crime": N_("Unsafe but few reported crimes"),
    "safe_crime": N_("Safe but crime-exposed"),
    "no_pattern": N_("No pattern"),
    "sparse": N_("Too few to judge"),
}
MAP_OPACITY = 0.6  # the layer's opacity on the area maps, on top of the style's own transparency


def value_text(value, decimal, unit=""):
    """34 → '34', 2.25 → '2,3' (one decimal at most), with ' %' for percentages."""
    if value is None:
        return "–"
    text = "{:.1f}".format(float(value)).rstrip("0").rstrip(".").replace(".", decimal)
    if text in ("-0",):
        text = "0"
    return text + (" %" if str(unit or "").strip() == "%" else "")


def change_text(change, decimal):
    if change is None:
        return "–"
    text = value_text(change, decimal)
    return ("+" + text) if change > 0 else text


def survey_table_rows(rows, decimal):
    out = []
    for r in rows:
        out.append({
            "indikator": tr(INDICATORS.get(r["indicator"], r["indicator"])),
            "kalla": tr(SOURCES[r["source"]]) if r["source"] in SOURCES else (r["source"] or "–"),
            "ar": str(r["year"]),
            "varde": value_text(r["value"], decimal, r["unit"]),
            "forandring": "{} ({})".format(change_text(r["change"], decimal), r["previous_year"])
            if r["change"] is not None else "–",
            "jamforelse": value_text(r["reference"], decimal, r["unit"]) if r["reference"] is not None else "–",
            "intervall": "{}–{}".format(value_text(r["lower"], decimal), value_text(r["upper"], decimal))
            if r["lower"] is not None and r["upper"] is not None else "–",
        })
    return out


def perceived_text(area, survey, marks, findings, dialogues, reference, decimal, k=5):
    """The section's text under the survey table: what the table compares, the dialogue marks, the walk findings,
    and an honest sentence for each kind of data that is missing."""
    parts = []
    if survey:
        parts.append(tr("Surveys: the latest measured year per indicator, the change since the year before it was "
                        "measured, and the value of {reference} the same year.").format(
            reference=", ".join(reference)))
    else:
        parts.append(tr("No survey results for {area} are registered in the workspace.").format(area=area))
    if marks["n"] == 0:
        parts.append(tr("No places in {area} have been marked in a citizen dialogue.").format(area=area))
    elif marks["suppressed"]:
        parts.append(tr("Citizen dialogues: {n} marks in the area, too few to show reasons and shares.").format(
            n=marks["n_text"]))
    else:
        text = tr("Citizen dialogues ({dialogues}): {n} marks in the area.").format(
            dialogues=", ".join(dialogues) or "–", n=marks["n_text"])
        if marks["reasons"]:
            text += " " + tr("Most common reasons: {}.").format(", ".join(
                "{} {}".format(tr(REASONS.get(code, code)).lower(), n) for code, n in marks["reasons"]))
        if marks["unsafe_share"] is not None:
            text += " " + tr("{share} of the marks with a stated feeling are places where people feel unsafe "
                             "(feeling 1–2 of 4).").format(
                share="{} %".format(value_text(round(marks["unsafe_share"] * 100), decimal)))
        parts.append(text)
    if findings:
        total = sum(n for _, n in findings)
        shown = findings[:MAX_FINDING_CATEGORIES]
        rest = total - sum(n for _, n in shown)
        listed = ", ".join("{} {}".format(tr(FINDINGS.get(code, code)).lower(), n) for code, n in shown)
        if rest:
            listed += ", " + tr("others {}").format(rest)
        parts.append(tr("Safety walks: {n} findings in the area ({listed}).").format(n=total, listed=listed))
    else:
        parts.append(tr("No safety-walk findings are registered in {area}.").format(area=area))
    return "\n\n".join(parts)


def load_perceived_map(project, source):
    """The cells of trygghet:perceivedsafety at ``source`` as a styled layer of the report's data group, its classes
    named in the reader's language."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsVectorLayer

    from ..plugin_paths import style_path

    layer = QgsVectorLayer(source, tr("Perceived unsafety and crime"), "ogr")
    if not layer.isValid():
        raise QgsProcessingException(tr("The report data {} could not be read back.").format(source))
    layer.loadNamedStyle(style_path("perceived_safety"))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            if category.value() in MAP_CLASSES:
                renderer.updateCategoryLabel(i, tr(MAP_CLASSES[category.value()]))
    layer.setOpacity(MAP_OPACITY)
    project.addMapLayer(layer, False)
    group = project.layerTreeRoot().findGroup(tr("Lägesbild – report data"))
    if group is not None:
        group.addLayer(layer)
    else:
        project.layerTreeRoot().addLayer(layer).setItemVisibilityChecked(False)
    return layer
