"""Constructed cause-analysis rows for the report's tests: problems, causes, measure links and conclusions written
into a copy of the demo workspace through the GeoPackage provider (the demo's own rows are not relied on)."""

import shutil
import sqlite3
import uuid

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

# 2,000 characters of conclusions in numbered sentences, with line breaks and a blank line, for Sylte
LONG_SENTENCES = ["Mening {:02d} om läget i Sylte och vad samverkansgruppen har sett under året.".format(i)
                  for i in range(1, 29)]


def long_text():
    text = " ".join(LONG_SENTENCES[:10]) + "\n\n" + " ".join(LONG_SENTENCES[10:18]) + "\n" + \
        " ".join(LONG_SENTENCES[18:])
    assert len(text) >= 2000, len(text)
    return text


def _measure_uuid(gpkg, title):
    with sqlite3.connect(gpkg) as db:
        return db.execute("SELECT uuid FROM measures WHERE title = ?", (title,)).fetchone()[0]


def _inside(gpkg, area):
    layer = QgsVectorLayer("{}|layername=areas".format(gpkg), "areas", "ogr")
    feature = next(f for f in layer.getFeatures() if f["name"] == area)
    return feature.geometry().pointOnSurface()


def _add(gpkg, name, rows, geometries=None):
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert layer.isValid(), name
    features = []
    for i, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        for key, value in row.items():
            feature[key] = value
        if geometries is not None and geometries[i] is not None:
            feature.setGeometry(QgsGeometry(geometries[i]))
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok, name


def write_cases(demo, path):
    """Copy the demo workspace to ``path`` and add the constructed rows; returns ``path``."""
    shutil.copyfile(demo, path)
    with sqlite3.connect(path) as db:  # the demo's own cause analysis, if any, is left out of these tests
        for table in ("measure_causes", "causes", "problems", "conclusions"):
            db.execute("DELETE FROM {}".format(table))
    p_torg, p_bus, p_old, p_path = (str(uuid.uuid4()) for _ in range(4))
    problems = [
        dict(uuid=p_torg, title="Öppen narkotikahandel vid Kronogårds torg", status="belagd", area="Kronogården",
             period_start="2025-06-01", period_end="2026-10-31", categories="narkotika,vald",
             offender="Yngre män som säljer narkotika", offender_handler="Socialtjänsten och fältassistenterna",
             target="Boende och besökare vid torget", target_guardian="Butiksägarna och bostadsbolagets värdar",
             place="Torget bakom återvinningsstationen", place_manager="Fastighetsförvaltningen",
             sources="incidents,walk_findings", written_by="Samordnaren"),
        # no area written: it belongs to the area its point lies in
        dict(uuid=p_bus, title="Skadegörelse på busskuren vid skolan", status="hypotes",
             offender="Okända", target="Busskuren"),
        # dismissed, for a period long before the report: not shown
        dict(uuid=p_old, title="Gammalt avfört problem 2019", status="avford", area="Kronogården",
             period_start="2019-01-01", period_end="2019-12-31"),
        dict(uuid=p_path, title="Mörkt gångstråk mellan Sylte och Lextorp", status="hypotes", area="Sylte",
             offender="Ungdomsgrupper kvällstid", place="Gångstråket vid bäcken", place_manager="Gatukontoret"),
    ]
    points = [_inside(path, "Kronogården"), _inside(path, "Kronogården"), _inside(path, "Kronogården"),
              _inside(path, "Sylte")]
    _add(path, "problems", problems, points)
    causes = [
        dict(uuid=str(uuid.uuid4()), problem_uuid=p_torg, number=1, text="Torget saknar naturlig övervakning kvällstid",
             evidence="Trygghetsvandringen 2025 fann fyra skymda platser", confidence="hog"),
        dict(uuid=str(uuid.uuid4()), problem_uuid=p_torg, number=3, text="Köpare kommer med bil till parkeringen",
             evidence="Polisens iakttagelser", confidence="lag"),
        dict(uuid=str(uuid.uuid4()), problem_uuid=p_torg, number=2, text="Butikerna stänger tidigt och torget töms",
             evidence="", confidence="medel"),
        dict(uuid=str(uuid.uuid4()), problem_uuid=p_path, number=1, text="Trasig belysning på halva sträckan",
             evidence="Medborgardialogen 2026", confidence="medel"),
    ]
    _add(path, "causes", causes)
    links = [(causes[0]["uuid"], "Trygghetsrundor vid Kronogårds torg"),
             (causes[0]["uuid"], "Belysning och kameraskyltning på parkeringen"),
             (causes[1]["uuid"], "Belysning och kameraskyltning på parkeringen"),
             (causes[3]["uuid"], "Kvällsöppen fritidsgård i Sylte")]
    _add(path, "measure_causes", [dict(uuid=str(uuid.uuid4()), measure_uuid=_measure_uuid(path, title),
                                       cause_uuid=cause) for cause, title in links])
    conclusions = [
        dict(area="Kronogården", period_start="2024-11-01", period_end="2025-10-31",
             text="FÖRRA PERIODENS SLUTSATS för Kronogården.", written_by="Samordnaren"),
        dict(area="Kronogården", period_start="2025-11-01", period_end="2026-10-31",
             text="Narkotikahandeln vid torget är det största problemet.\n\nBelysningen måste bli klar före "
                  "vintern.\nTrygghetsrundorna fortsätter.", written_by="Samordnaren"),
        dict(area="Sylte", period_start="2025-06-01", period_end="2026-05-31",
             text="KORTARE ÖVERLAPP för Sylte.", written_by="Analytikern"),
        dict(area="Sylte", period_start="2026-01-01", period_end="2026-12-31", text=long_text(),
             written_by="Analytikern"),
        dict(area="Lextorp", text="Lextorp utan period: läget är stabilt.", written_by="Analytikern"),
    ]
    _add(path, "conclusions", [dict(uuid=str(uuid.uuid4()), **row) for row in conclusions])
    return path
