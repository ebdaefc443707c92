"""The lägesbild report itself: its pages and tables written to the data folder, the layers loaded back, the
layout filled in (atlas, maps, legends, tables, charts, texts) — the part trygghet:exportlagesbild adapts."""

import datetime
import os

import numpy as np
import pandas as pd
from qgis.core import QgsGeometry, QgsProcessingException, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from ..core import report, vocabulary
from ..i18n import N_, tr
from ..plugin_paths import LAYOUTS, style_path
from . import analysis, flow
from . import layout as rl
from .data import copy_layer, save
from .sections import PAGE_FIELDS as SECTION_FIELDS

TEMPLATE_DEFAULT = os.path.join(LAYOUTS, "lagesbild.qpt")
ANALYSIS_PAGE = 3  # cover, map, development, then the analysis pages (report/flow.py)
EMERGING_LABELS = {
    "new_hot": N_("New hot spot"), "consecutive_hot": N_("Consecutive hot spot"),
    "intensifying_hot": N_("Intensifying hot spot"), "persistent_hot": N_("Persistent hot spot"),
    "diminishing_hot": N_("Diminishing hot spot"), "sporadic_hot": N_("Sporadic hot spot"),
    "oscillating_hot": N_("Oscillating hot spot"), "historical_hot": N_("Historical hot spot"),
    "new_cold": N_("New cold spot"), "consecutive_cold": N_("Consecutive cold spot"),
    "intensifying_cold": N_("Intensifying cold spot"), "persistent_cold": N_("Persistent cold spot"),
    "diminishing_cold": N_("Diminishing cold spot"), "sporadic_cold": N_("Sporadic cold spot"),
    "oscillating_cold": N_("Oscillating cold spot"), "historical_cold": N_("Historical cold spot"),
}
STATUS_LABELS = dict(vocabulary.KINDS["status"])  # English source labels, shown through tr()
FOLLOW_UP_LABELS = dict(vocabulary.KINDS["follow_up"])
FOLLOW_UP_COLOURS = vocabulary.FOLLOW_UP_CELL_COLOURS
CATEGORY_LABELS = dict(vocabulary.KINDS["incident_category"])


def write_report_data(gpkg, crs, context, layers, periods, area_info, focus, reference, summary, charts, emerging,
                      measures, promises, decimal, sections=None):
    """The report's tables (pages, key figures, overview, emerging patterns, measures, areas, paths, places) in the
    data GeoPackage ``gpkg``: returns {table: uri}."""
    geoms, names, kinds = area_info
    today = datetime.date.today().isoformat()
    period_text = "{} – {}".format(periods["CURRENT_START"], day_before(periods["CURRENT_END"]))
    pages_rows, figures, emerging_rows, measure_rows = [], [], [], []
    cover_geom = QgsGeometry.unaryUnion(geoms)
    sections = sections or {"pages": {}, "tables": {}}  # the analysis sections (report/analysis.py)
    page_fields = {key: "" for key in analysis.PAGE_FIELDS + SECTION_FIELDS}
    pages_rows.append(({"page_kind": "cover", "name": tr("Cover"), "sort": 0, "titel": "", "loften_text": "",
                        "diagram_veckodag": "", "diagram_trend": "", **page_fields}, cover_geom))
    for order, area in enumerate(focus, start=1):
        promise_lines = [tr("{title}: {status}, {done} of {total} measures done{colour}").format(
            title=p["title"], status=tr(STATUS_LABELS.get(p["status"], p["status"])), done=p["done"],
            total=p["total"], colour=(" ({})".format(tr(FOLLOW_UP_LABELS[p["follow_up"]]).lower())
                                      if p["follow_up"] in FOLLOW_UP_LABELS else ""))
            for p in report.promise_progress(promises, measures, area)]
        pages_rows.append(({"page_kind": "area", "name": area, "sort": order,
                            "titel": tr("Lägesbild {area}, {period}").format(area=area, period=period_text),
                            "loften_text": "\n\n".join(promise_lines) or
                            tr("No medborgarlöfte is registered for the area."),
                            "diagram_veckodag": charts[area][0], "diagram_trend": charts[area][1],
                            **dict(page_fields, **sections["pages"].get(area, {}))},
                           geoms[names.index(area)]))
        for i, row in enumerate(report.key_figures(summary, area, decimal)):
            figures.append(figure_row(area, i, tr(CATEGORY_LABELS.get(row["category"], row["category"])), row))
        for code, cells in emerging[area]:
            emerging_rows.append({"omrade": area, "kategori": tr(EMERGING_LABELS.get(code, code)),
                                  "celler": cells})
        for m in report.area_measures(measures, area, today):
            measure_rows.append({"omrade": area, "atgard": m["title"],
                                 "ansvarig": vocabulary.label("organization", m["responsible"] or None, tr),
                                 "status": tr(STATUS_LABELS.get(m["status"], m["status"])),
                                 "klart": m["due"] + (" " + tr("(overdue)") if m["overdue"] else ""),
                                 "uppfoljning": tr(FOLLOW_UP_LABELS[m["follow_up"]])
                                 if m["follow_up"] in FOLLOW_UP_LABELS else "",
                                 "follow_up": m["follow_up"]})
    overview = [figure_row(r["area"] + ("" if r["area"] in focus else " " + tr("(reference)")), i, "", r)
                for i, r in enumerate(report.overview(summary, focus + reference, decimal))]
    saved = {}
    saved["sidor"] = save(gpkg, "sidor", pages_rows, crs, QgsWkbTypes.Type.MultiPolygon, context)
    saved["nyckeltal"] = save(gpkg, "nyckeltal", [(r, None) for r in figures], crs, None, context)
    saved["oversikt"] = save(gpkg, "oversikt", [(r, None) for r in overview], crs, None, context)
    saved["framvaxande"] = save(gpkg, "framvaxande", [(r, None) for r in emerging_rows], crs, None, context,
                                 {"omrade": "string", "kategori": "string", "celler": "int"})
    saved["atgarder"] = save(gpkg, "atgarder", [(r, None) for r in measure_rows], crs, None, context,
                              {c: "string" for c in ("omrade", "atgard", "ansvarig", "status", "klart",
                                                     "uppfoljning", "follow_up")})
    for name, (rows, kinds_of) in sections["tables"].items():
        saved[name] = save(gpkg, name, [(r, None) for r in rows], crs, None, context, kinds_of)
    area_rows = [({"name": n, "kind": kind}, g) for n, kind, g in zip(names, kinds, geoms)]
    saved["omraden"] = save(gpkg, "omraden", area_rows, crs, QgsWkbTypes.Type.MultiPolygon, context)
    for key, name in (("PATHS", "strak"), ("PLACES", "platser")):
        if layers[key] is not None:
            saved[name] = copy_layer(layers[key], gpkg, name, crs, context)
    return saved


def lay_out(project, layout, gpkg, saved, hot_layer, texts, feedback, sections=None, perceived_map=None):
    """Load the report data back and bind it to the layout: atlas, maps, scale bars, legends, tables, charts, texts,
    the analysis blocks' places; the layout is added to the project's Layout Manager. Returns the number of area
    pages the export leaves out (second analysis pages that are not needed). ``perceived_map``: the cells of
    trygghet:perceivedsafety to draw on the area maps between the hot places and the density, or None."""
    loaded = load_report_layers(project, gpkg, saved, hot_layer)
    area_layer = loaded["omraden"]
    area_layer.setRenderer(rl.areas_renderer(tr("Selected area"), tr("Focus areas"), tr("Other areas")))
    map_layers = [area_layer] + [loaded[n] for n in ("platser", "strak") if n in loaded] + [loaded["hot"]]
    if perceived_map is not None:
        from .perceived_section import load_perceived_map

        loaded["upplevd_karta"] = load_perceived_map(project, perceived_map)
        map_layers.insert(map_layers.index(loaded["hot"]), loaded["upplevd_karta"])
    rl.set_atlas(layout, loaded["sidor"])
    extent = loaded["omraden"].extent()
    extent.scale(1.05)
    rl.set_map(layout, "karta_oversikt", [area_layer, loaded["hot"]], extent)
    rl.set_map(layout, "karta", map_layers, extent)
    for bar in ("skalstock", "skala_oversikt"):
        try:
            rl.set_scalebar(layout, bar)
        except rl.TemplateError as err:
            raise QgsProcessingException(str(err)) from None
    band_label = {loaded["hot"].id(): tr("Incidents per km² and year")}
    rl.set_legend(layout, "teckenforklaring", map_layers, band_label)
    if layout.itemById("teckenforklaring_oversikt") is not None:
        rl.set_legend(layout, "teckenforklaring_oversikt", [area_layer, loaded["hot"]], band_label)
    bind_tables(layout, loaded)
    analysis.bind(layout, loaded)
    rl.set_picture_from_field(layout, "diagram_veckodag", "diagram_veckodag")
    rl.set_picture_from_field(layout, "diagram_trend", "diagram_trend")
    rl.set_variables(layout, texts)
    if sections is not None:  # forecast, perceived safety, patrol planning (report/sections.py)
        sections.bind(project, layout, loaded, extent, feedback)
    second_page, incomplete = flow.flow(layout, ANALYSIS_PAGE, [f["name"] for f in loaded["sidor"].getFeatures()
                                                                 if f["page_kind"] == "area"])
    if incomplete:
        feedback.pushWarning(tr("The analysis of {} does not fit on two pages: the end of its longest table is "
                                "left out of the PDF (it is whole in the report data).").format(", ".join(incomplete)))
    check_maps(layout, loaded, extent, feedback)
    rl.add_to_manager(project, layout)
    return sum(1 for used in second_page.values() if not used)


def check_maps(layout, loaded, extent, feedback):
    """A report never prints a map that silently lacks its data: the density (or hot-spot cells) and the hot
    places must draw on the area map where they hold data, and the scale bars must have a length."""
    problems = [p for p in (rl.scalebar_problem(layout, bar) for bar in ("skalstock", "skala_oversikt")) if p]
    map_item = layout.itemById("karta")
    for layer in [loaded["hot"]] + [loaded[n] for n in ("platser", "upplevd_karta") if n in loaded]:
        if not layer.isValid():
            problems.append(tr("the layer “{}” cannot be read").format(layer.name()))
            continue
        if isinstance(layer, QgsRasterLayer):
            has_data = layer.dataProvider().bandStatistics(1).maximumValue > 0
        else:
            has_data = layer.featureCount() > 0
        if not has_data:
            feedback.pushWarning(tr("The layer “{}” holds nothing for the report's period; the maps show "
                                    "none of it.").format(layer.name()))
        elif rl.drawn_pixels(map_item, [layer], extent) == 0:
            problems.append(tr("the layer “{}” holds data but draws nothing on the map").format(layer.name()))
    if problems:
        raise QgsProcessingException(tr("The report was not written, because its maps would be incomplete: {}.")
                                     .format("; ".join(problems)))


def load_report_layers(project, gpkg, saved, hot_layer):
    from ..workspace.project import add_group

    titles = {"sidor": tr("Report pages"), "nyckeltal": tr("Key figures"), "oversikt": tr("Focus areas"),
              "framvaxande": tr("Emerging hot spots"), "atgarder": tr("Measures"), "omraden": tr("Areas"),
              "strak": tr("Paths"), "platser": tr("Hot places"), **analysis.titles()}
    loaded = {}
    for name, uri in saved.items():
        layer = QgsVectorLayer(uri, titles[name], "ogr")
        if not layer.isValid():
            raise QgsProcessingException(tr("The report data {} could not be read back.").format(uri))
        style = {"strak": "paths", "platser": "places"}.get(name)
        if style:
            layer.loadNamedStyle(style_path(style))
        loaded[name] = layer
    kind, source = hot_layer
    if kind == "density":
        hot = QgsRasterLayer(source, tr("Hot-spot density (incidents per km² and year)"), "gdal")
        hot.loadNamedStyle(source[:-4] + ".qml")
        rl.round_ramp_legend(hot)
    else:
        hot = QgsVectorLayer(source, tr("Hot spots (Gi*)"), "ogr")
        hot.loadNamedStyle(style_path("hotspot_bins"))
    if not hot.isValid():
        raise QgsProcessingException(tr("The report data {} could not be read back.").format(source))
    loaded["hot"] = hot
    ordered = [loaded[n] for n in ("sidor", "omraden", "platser", "strak") if n in loaded] + [hot] + \
        [loaded[n] for n in ("nyckeltal", "oversikt", "framvaxande", "atgarder") + analysis.TABLES if n in loaded]
    # the data behind the layout, switched off so it does not cover the user's map
    add_group(project, tr("Lägesbild – report data"), ordered).setItemVisibilityChecked(False)
    loaded["sidor"].setOpacity(0.0)
    return loaded

def bind_tables(layout, loaded):
    figure_columns = [("kategori", tr("Category"), 22), ("antal", tr("Current"), 11),
                      ("antal_jmf", tr("Reference"), 15), ("per_1000", tr("Per 1,000/yr"), 13),
                      ("forandring", tr("Change"), 15), ("sakerstalld", tr("Significant"), 16),
                      ("kvot_ref", tr("Ratio to ref."), 13)]
    this_area = "\"omrade\" = attribute(@atlas_feature, 'name')"
    rl.set_table(layout, "tabell_nyckeltal", loaded["nyckeltal"], figure_columns, this_area,
                 tr("No incidents in the area."), 12)
    rl.set_table(layout, "tabell_oversikt", loaded["oversikt"], [("omrade", tr("Area"), 34)]
                 + figure_columns[1:],
                 "", "", 20)
    rl.set_table(layout, "tabell_framvaxande", loaded["framvaxande"],
                 [("kategori", tr("Pattern"), 0), ("celler", tr("Cells (250 m)"), 0)], this_area,
                 tr("No emerging or fading pattern in the area."), 8)
    measures = loaded["atgarder"]
    rl.style_follow_up(measures, "uppfoljning", FOLLOW_UP_COLOURS)
    rl.set_table(layout, "tabell_atgarder", measures,
                 [("atgard", tr("Measure"), 44), ("ansvarig", tr("Responsible"), 24), ("status", tr("Status"), 18),
                  ("klart", tr("Due"), 22), ("uppfoljning", tr("Follow-up"), 0)], this_area,
                 tr("No measures are registered for the area."), 60)
    rl.set_text_table(layout, "text_loften", loaded["sidor"], "loften_text")

def texts(meta, workspace, layers, periods, focus, reference, k, table, times, rings, ring_ids,
           map_method, used_summary, measures, promises):
    from ..core.geometry import points_in_polygons

    valid = ~np.isnat(times)
    inside = points_in_polygons(table.x, table.y, rings, ring_ids) >= 0
    first, last = str(times[valid].min())[:10], str(times[valid].max())[:10]
    sources = ""
    if "source" in table.attributes:
        from ..workspace.schema import layer as schema_layer

        names = {code: tr(label) for code, label in schema_layer("incidents").field("source").values}
        counts = pd.Series(table.attributes["source"], dtype=object).fillna("?").map(
            lambda code: names.get(code, code)).value_counts()
        sources = ", ".join("{} {}".format(name, n) for name, n in counts.items())
    current = "{} – {}".format(periods["CURRENT_START"], day_before(periods["CURRENT_END"]))
    ref_period = "{} – {}".format(periods["REFERENCE_START"], day_before(periods["REFERENCE_END"]))
    lines = [
        tr("Sources: {n} incidents from {first} to {last} in the layer '{layer}'{sources}; {areas} areas with "
           "population; {m} measures; {p} medborgarlöften.").format(
            n=len(times), first=first, last=last, layer=layers["INCIDENTS"].name(),
            sources=" ({})".format(sources) if sources else "", areas=len(set(ring_ids)),
            m=len(measures) if measures is not None else 0, p=len(promises) if promises is not None else 0),
        tr("Periods: current {current}, reference {reference}. Compared with: {ref}.").format(
            current=current, reference=ref_period, ref=", ".join(reference)),
        tr("Method: rates per 1,000 inhabitants and year. The change between the periods is tested with an exact "
           "Poisson test; 'significant' means p < 0.05. Key figures: {summary}. Maps: {map}. Emerging hot spots: "
           "space-time Gi* with Mann–Kendall trend, monthly, 250 m cells.").format(summary=used_summary,
                                                                                 map=map_method),
        tr("Left out: {no_time} incidents without a valid time and {outside} outside every area. Reported "
           "incidents do not show all crime; the sense of safety (surveys, citizen dialogues, walks) is not part of "
           "these figures but has its own section, 'Perceived safety', on each focus area's pages.").format(
            no_time=int((~valid).sum()), outside=int((~inside).sum())),
    ]
    if k > 1:
        lines.append(tr("Disclosure control: counts from 1 to {k1} print as '<{k}' and values derived from them "
                        "as '–'; further counts, whatever their size, are hidden as '..' so that no hidden count can "
                        "be worked out from totals. The maps show smoothed density and areas, never single "
                        "incidents.").format(k=k, k1=k - 1))
    else:
        lines.append(tr("Disclosure control is off: this report is for internal use only and must not be "
                        "published."))
    demo = str(meta.get("demo", "")).lower() == "true"
    demo_text = tr("Demo: synthetic data, approximate area boundaries — not real incidents.") if demo else ""
    title_area = meta.get("municipality") or ("Trollhättan" if demo else "")
    return {
        "omslag_titel": tr("Lägesbild {}").format(title_area).strip() if title_area else tr("Lägesbild"),
        "perioder": tr("Current period {current} · reference period {reference} · focus areas: {areas}")
        .format(current=current, reference=ref_period, areas=", ".join(focus)),
        "demo": demo_text,
        "demo_kort": tr("Synthetic demo data") if demo else "",
        "metod": "\n\n".join(lines),
        "sidfot": tr("Lägesbild {period} · created {date} · k = {k}").format(
            period=current, date=datetime.date.today().isoformat(), k=k),
        "rubrik_oversikt_karta": tr("The municipality"),
        "rubrik_oversikt": tr("Focus areas, all incidents"),
        "rubrik_metod": tr("Method and sources"),
        "rubrik_nyckeltal": tr("Key figures"),
        "not_nyckeltal": tr("Per 1,000 inhabitants and year, current period. Change per year against the "
                            "reference period; significant: p < 0.05.") + " " + marks(k),
        "not_marker": marks(k),
        "rubrik_utveckling": tr("Development over time"),
        "rubrik_slutsatser": tr("Conclusions"),
        "rubrik_orsaksanalys": tr("Cause analysis"),
        "rubrik_framvaxande": tr("Emerging hot spots (monthly, 250 m cells)"),
        "rubrik_diagram": tr("When incidents happen"),
        "rubrik_atgarder": tr("Measures"),
        "rubrik_loften": tr("Medborgarlöften"),
    }


def marks(k):
    """What the disclosure marks in the report's tables mean."""
    return tr("'<{k}': fewer than {k}, too few to publish; '..': hidden so that a hidden count cannot be worked "
              "out from totals (it may be any size); '–': withheld.").format(k=max(k, 1))


def iso(value):
    text = str(np.datetime64(value, "s"))
    return text[:10] if text.endswith("T00:00:00") else text.replace("T", " ")


def day_before(iso):
    value = np.datetime64(iso.replace(" ", "T"), "s")
    return str((value - np.timedelta64(1, "s")).astype("datetime64[D]"))


def figure_row(area, order, label, row):
    yes_no = {True: tr("yes"), False: tr("no"), None: "–"}
    return {"omrade": area, "ordning": order, "kategori": label, "antal": row["n_current"],
            "antal_jmf": row["n_reference"], "per_1000": row["rate"], "forandring": row["change"],
            "sakerstalld": yes_no[row["significant"]], "kvot_ref": row["ratio_reference"]}
