"""The patrol-planning page of a focus area: the risk map's top areas over the area, as table rows and a short
explanation in the reader's language (figures from core/report_patrol.py)."""

from ..i18n import tr


def _num(value, decimal, decimals):
    return "{:.{}f}".format(float(value), decimals).replace(".", decimal)


def patrol_rows_for_print(rows, decimal):
    out = []
    for r in rows:
        out.append({
            "topp": tr("Top {} %").format(r["share"]),
            "yta": "{} km²".format(_num(r["area_m2"] / 1e6, decimal, 2)),
            "andel_yta": "{} %".format(_num(r["area_share"] * 100, decimal, 1)),
            "handelser": "{} / {}".format(r["hits_text"], r["total"]),
            "andel_handelser": "{} %".format(_num(r["hit_share"] * 100, decimal, 0))
            if r["hit_share"] is not None else "–",
        })
    return out


def patrol_text(area, info, decimal):
    text = tr("The risk map weighs the incidents of the {days} days before {as_of} by how near they are in space "
              "and time (prospective hot-spotting), and points out where new incidents are most likely in the "
              "coming weeks. The map shows the 1, 5 and 10 % of the whole study area with the highest risk; the "
              "table shows how much of {area} they cover and how many of the area's incidents of those {days} days "
              "happened there. Use the top 5 % when choosing the places for the coming weeks' patrols.").format(
        days=info["days"], as_of=info["as_of"], area=area)
    if info.get("pai") is not None:
        ours, kde = info["pai"]
        text += " " + tr("Tested on the incidents after {as_of}: the top 5 % held {ours} times their share of "
                         "the area (PAI), the plain density of the look-back {kde} times.").format(
            as_of=info["as_of"], ours=_num(ours, decimal, 1), kde=_num(kde, decimal, 1))
    return text
