"""trygghet:walkoverlay — findings to segments and areas, a priority list, and walk-to-walk follow-up."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...i18n import tr
from ..base import TrygghetAlgorithm
from ..fields import clean, fields_of
from ..numbers import say
from ..reader import parameter_label, polygon_features, read_lines, read_points, report_skipped

OUT_FIELDS = (
    ("finding_uuid", "string", "Iakttagelse", 38), ("walk_uuid", "string", "Vandring", 38),
    ("category", "string", "Kategori", 30), ("severity", "int", "Allvarlighet"),
    ("segment_id", "int", "Delsträcka"), ("path_name", "string", "Stråk", 100),
    ("distance_m", "double", "Avstånd till stråk (m)"), ("area", "string", "Område", 100),
    ("recurrence", "int", "Antal vandringar"), ("in_hotspot", "bool", "I hot spot"),
    ("priority", "double", "Prioritet"), ("status", "string", "Uppföljning", 12),
)


class WalkOverlay(TrygghetAlgorithm):
    NAME = "walkoverlay"
    DISPLAY_NAME = "Walk findings overlay and follow-up"
    GROUP = "walks"
    HELP = (
        "Ties every walk finding to its nearest path segment (with the distance) and to the area it lies in, and "
        "ranks the findings: priority = severity × recurrence × (2 inside an incident hot spot, else 1), where "
        "recurrence counts the walks that reported the same category within the match distance. With two walks "
        "(WALK_A earlier, WALK_B later, by uuid or name) each earlier finding is classified as persisting (a "
        "finding of the same category within the match distance in the later walk) or fixed, and later findings "
        "without an earlier match as new: the follow-up that Brå's EST method asks for."
    )

    FINDINGS = "FINDINGS"
    SEGMENTS = "SEGMENTS"
    AREAS = "AREAS"
    HOTSPOTS = "HOTSPOTS"
    WALKS = "WALKS"
    WALK_A = "WALK_A"
    WALK_B = "WALK_B"
    DISTANCE = "DISTANCE"
    OUTPUT = "OUTPUT"
    COMPARISON = "COMPARISON"

    def initAlgorithm(self, config=None):  # noqa: N802
        point = [QgsProcessing.SourceType.TypeVectorPoint]
        poly = [QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.FINDINGS, tr("Walk findings"), point),
                            "Findings with uuid, walk_uuid, category and severity (the workspace's walk_findings)."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(
            self.SEGMENTS, tr("Path segments"), [QgsProcessing.SourceType.TypeVectorLine], optional=True),
            "Paths or scored segments; each finding gets its nearest one."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSource(self.AREAS, tr("Areas"), poly, optional=True),
                            "Areas with a name field; each finding gets the area it lies in."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(self.HOTSPOTS, tr("Hot spots"), poly,
                                                                optional=True),
                            "Hot-spot polygons (e.g. hot places); findings inside count double in the priority."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(self.WALKS, tr("Walks table"),
                                                                [QgsProcessing.SourceType.TypeVector],
                                                                optional=True),
                            "The walks table (uuid, name), so WALK_A and WALK_B may be given by name."))
        self.addParameter(self.help_param(QgsProcessingParameterString(self.WALK_A, tr("Earlier walk (uuid or name)"),
                                                         optional=True),
                            "The earlier walk of the follow-up comparison."))
        self.addParameter(self.help_param(QgsProcessingParameterString(self.WALK_B, tr("Later walk (uuid or name)"),
                                                         optional=True),
                            "The later walk of the follow-up comparison."))
        self.addParameter(self.help_param(QgsProcessingParameterNumber(self.DISTANCE, tr("Match distance (m)"),
                                                         QgsProcessingParameterNumber.Type.Double, 20.0,
                                                         minValue=0.0),
                            "Findings of the same category closer than this are the same problem."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Findings with priority"),
                                                              QgsProcessing.SourceType.TypeVectorPoint),
                            "Every finding with segment, area, distance and priority."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSink(self.COMPARISON, tr("Walk comparison"),
                                                              QgsProcessing.SourceType.TypeVectorPoint,
                                                              optional=True, createByDefault=False),
                            "The findings of the two walks as persisting, fixed or new. Made only when an "
                            "earlier and a later walk are given."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.saferoutes import segment_paths
        from ...core.walks import assign_nearest, compare_walks, priority

        source = self.parameterAsSource(parameters, self.FINDINGS, context)
        if source is None:
            self.fail(tr("The findings layer could not be read."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        names = source.fields().names()
        wanted = tuple(f for f in ("uuid", "walk_uuid", "category", "severity") if f in names)
        if "category" not in wanted or "walk_uuid" not in wanted:
            self.fail(tr("The findings layer needs the fields walk_uuid and category."))
        table = read_points(self, parameters, self.FINDINGS, context, feedback, crs, fields=wanted)
        if len(table) == 0:
            self.fail(tr("The findings layer is empty."))
        n = len(table)
        xy = np.column_stack([table.x, table.y])
        cat = np.array([str(c) if c is not None else "" for c in table.attributes["category"]], dtype=object)
        walk = np.array([str(w) if w is not None else "" for w in table.attributes["walk_uuid"]], dtype=object)
        sev = (np.asarray(table.attributes["severity"], dtype=float) if "severity" in wanted else np.full(n, 2.0))
        sev = np.clip(np.where(np.isfinite(sev), sev, 2.0), 1, 3)
        uuids = table.attributes.get("uuid", np.full(n, None, dtype=object))
        feedback.setProgress(20)

        seg_id = np.full(n, -1)
        dist = np.full(n, np.nan)
        path_name = [None] * n
        if self.parameterAsSource(parameters, self.SEGMENTS, context) is not None:
            lines, attrs, nulls, segments = read_lines(self, parameters, self.SEGMENTS, context, feedback, crs,
                                                       ("path_name", "name"), tr("The segments layer"))
            report_skipped(feedback, nulls, segments.featureCount(), parameter_label(self, self.SEGMENTS))
            if lines:
                label = [a or b for a, b in zip(attrs["path_name"], attrs["name"])]
                segs = segment_paths(lines, 1e9, names=label)
                nearest = assign_nearest(xy, segs)
                seg_id = nearest["segment_index"].to_numpy()
                dist = nearest["distance_m"].to_numpy()
                path_name = [segs.path_names[segs.path_index[s]] if s >= 0 else None for s in seg_id]
        area = self._areas_of(parameters, self.AREAS, context, crs, xy, names_wanted=True, feedback=feedback)
        hot = self._areas_of(parameters, self.HOTSPOTS, context, crs, xy, names_wanted=False, feedback=feedback)
        hot = np.array([h is not None for h in hot], dtype=bool)
        feedback.setProgress(50)

        # recurrence: how many distinct walks reported the same category within the match distance
        match = self.parameterAsDouble(parameters, self.DISTANCE, context)
        from ...core.spatialindex import GridIndex

        q, p = GridIndex(xy[:, 0], xy[:, 1], max(match, 1e-6)).within(xy[:, 0], xy[:, 1], match)
        same = cat[q] == cat[p]
        recurrence = np.ones(n, dtype=np.int64)
        walks_near = {}
        for a, b in zip(q[same], p[same]):
            walks_near.setdefault(int(a), set()).add(walk[b])
        for i, ws in walks_near.items():
            recurrence[i] = max(1, len(ws))
        prio = priority(sev, recurrence, hot)

        status = [None] * n
        comparison = None
        wa = self.parameterAsString(parameters, self.WALK_A, context).strip()
        wb = self.parameterAsString(parameters, self.WALK_B, context).strip()
        if wa or wb:
            if not (wa and wb):
                self.fail(tr("Give both walks (WALK_A and WALK_B) for the comparison, or neither."))
            ua, ub = (self._walk_uuid(parameters, context, w, set(walk)) for w in (wa, wb))
            ia, ib = np.nonzero(walk == ua)[0], np.nonzero(walk == ub)[0]
            st_a, st_b = compare_walks(xy[ia], cat[ia], xy[ib], cat[ib], match)
            comparison = list(zip(ia, st_a)) + list(zip(ib, st_b))
            for i, s in comparison:
                status[i] = s
            feedback.pushInfo(say(tr("Follow-up: {p} persisting, {f} fixed, {n} new."),
                p=int(np.sum(st_a == "persisting")), f=int(np.sum(st_a == "fixed")), n=int(np.sum(st_b == "new"))))
        feedback.setProgress(70)

        fields = fields_of(OUT_FIELDS)
        order = np.lexsort((-sev, -prio))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))

        def row(i, st):
            f = QgsFeature(fields)
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xy[i, 0], xy[i, 1])))
            f.setAttributes([clean(uuids[i]), walk[i] or None, cat[i] or None, int(sev[i]),
                             int(seg_id[i]) + 1 if seg_id[i] >= 0 else None, path_name[i], clean(dist[i]), area[i],
                             int(recurrence[i]), bool(hot[i]), float(prio[i]), st])
            return f

        for i in order:
            sink.addFeature(row(i, None), QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, dest, "walk_overlay")
        results = {self.OUTPUT: dest}
        if comparison is None and parameters.get(self.COMPARISON) not in (None, ""):
            feedback.pushWarning(tr("No walk comparison was made: give an earlier and a later walk for it."))
        if comparison is not None and parameters.get(self.COMPARISON) not in (None, ""):
            c_sink, c_dest = self.parameterAsSink(parameters, self.COMPARISON, context, fields,
                                                  QgsWkbTypes.Type.Point, crs)
            if c_sink is not None:
                for i, st in comparison:
                    c_sink.addFeature(row(i, st), QgsFeatureSink.Flag.FastInsert)
                self.style_on_load(context, c_dest, "walk_overlay")
                results[self.COMPARISON] = c_dest
        feedback.setProgress(100)
        return results

    def _areas_of(self, parameters, key, context, crs, xy, names_wanted, feedback=None):
        out = [None] * len(xy)
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return out
        has_name = "name" in source.fields().names()
        features, nulls, _ = polygon_features(source, crs, context, repair=False)
        for feature, geom in features:
            engine = QgsGeometry.createGeometryEngine(geom.constGet())
            engine.prepareGeometry()
            box = geom.boundingBox()
            cand = np.nonzero((xy[:, 0] >= box.xMinimum()) & (xy[:, 0] <= box.xMaximum()) &
                              (xy[:, 1] >= box.yMinimum()) & (xy[:, 1] <= box.yMaximum()))[0]
            label = str(feature["name"]) if names_wanted and has_name and feature["name"] else str(feature.id())
            for i in cand:
                point = QgsGeometry.fromPointXY(QgsPointXY(float(xy[i, 0]), float(xy[i, 1])))
                if out[i] is None and engine.contains(point.constGet()):
                    out[i] = label
        report_skipped(feedback, nulls, source.featureCount(), parameter_label(self, key))
        return out

    def _walk_uuid(self, parameters, context, text, present):
        if text in present:
            return text
        source = self.parameterAsSource(parameters, self.WALKS, context)
        if source is not None and {"uuid", "name"} <= set(source.fields().names()):
            for feature in source.getFeatures():
                if str(feature["name"]).strip().lower() == text.lower():
                    return str(feature["uuid"])
        self.fail(say(tr("The walk '{}' has no findings (give its uuid, or its name together with the walks "
                         "table)."), text))
