"""Where an area's pages and its flowed analysis blocks are in a lägesbild PDF: the pages are found by their titles,
the blocks by the places the export gave them (the layout's variable read back, converted to a PDF page and
millimetres on it), so that tests read the text of one block wherever the flow put it."""

import json
import subprocess
import unicodedata

MM = 72 / 25.4
PAGE_H, PAGE_GAP = 210.0, 10.0
ANALYSIS_PAGE = 3  # the layout's first analysis page (cover, map, development)


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f")]


def area_pages(pdf, area):
    """The 1-based PDF pages whose title is the area's, in order (map, development, analysis …)."""
    found = []
    for number, page in enumerate(page_texts(pdf), start=1):
        head = page.strip().splitlines()[0].strip() if page.strip() else ""
        if head.startswith("Lägesbild {},".format(area)) or head.startswith("Lägesbild {}, ".format(area)):
            found.append(number)
    return found


def placements(layout, area):
    """{item id: (analysis page 0/1, x, y, height)} of the area's flowed blocks, in page millimetres."""
    from qgis.core import QgsExpressionContextUtils

    places = json.loads(QgsExpressionContextUtils.layoutScope(layout).variable("lagesbild_flode"))[area]
    out = {}
    for item_id, (x, y, h) in places.items():
        page = int(y // (PAGE_H + PAGE_GAP))
        out[item_id] = (page - ANALYSIS_PAGE, x, y - page * (PAGE_H + PAGE_GAP), h)
    return out


def crop(pdf, page, x, y, w, h, lines=False):
    """The text in a rectangle of a page (mm from its top left), whitespace collapsed, or its lines laid out."""
    out = subprocess.run(["pdftotext", "-r", "72", "-f", str(page), "-l", str(page), "-x", str(int(x * MM)),
                          "-y", str(int(y * MM)), "-W", str(int(w * MM)), "-H", str(int(h * MM))]
                         + (["-layout"] if lines else []) + [pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    out = unicodedata.normalize("NFKC", out)
    return out if lines else " ".join(out.split())


def block_text(pdf, places, area, item_id, dx=0.0, width=133.5, lines=False):
    """The text of a flowed block (all frames of a flowing table: item_id, item_id_2 …), frame after frame; ``dx``
    and ``width`` pick a band of columns inside the frame; ``lines``: laid out, line by line. ``places``:
    placements() of the area."""
    pages = area_pages(pdf, area)
    first_analysis = pages[2]  # map, development, then the analysis pages
    ids = [item_id] + ["{}_{}".format(item_id, n) for n in range(2, 8)]
    return ("\n" if lines else " ").join(crop(pdf, first_analysis + places[i][0], places[i][1] + dx,
                                               places[i][2] - 0.5, width, places[i][3] + 1.0, lines)
                                          for i in ids if i in places).strip()
