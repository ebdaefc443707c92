"""trygghet:safestroute — the safest and the shortest route between two points over scored path segments."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsWkbTypes,
)

from ...i18n import tr
from ..base import TrygghetAlgorithm
from ..fields import clean, fields_of
from ..numbers import say
from ..reader import parameter_label, read_levels, read_lines, report_skipped

ROUTE_FIELDS = (
    ("route", "string", "Rutt", 10),
    ("length_m", "double", "Längd (m)"),
    ("mean_index", "double", "Medelindex"),
    ("unlit_m", "double", "Obelyst (m)"),
    ("cost", "double", "Kostnad"),
    ("detour_pct", "double", "Omväg (%)"),
)


class SafestRoute(TrygghetAlgorithm):
    NAME = "safestroute"
    DISPLAY_NAME = "Safest route between two points"
    GROUP = "paths"
    HELP = (
        "Finds the route between START and END over scored path segments (the output of 'Score safe paths') that "
        "minimises length × (1 + risk weight × risk), with risk = 1 − index/100, and also the plain shortest "
        "route. Both are written with their length, length-weighted mean index and unlit metres, so the trade-off "
        "is plain to see. The network is built as a routing engine builds it: segment ends closer than the "
        "snapping tolerance are joined, a segment end on the side of another segment (or within the tolerance of "
        "it) joins it there, and segments that cross are joined at the crossing, unless the optional level field "
        "(e.g. OpenStreetMap's layer: a tunnel or a bridge) says they lie on different levels; the log says how "
        "much was snapped and joined. START and END go to the nearest network "
        "node within the search distance; farther away they are off the network and the algorithm stops."
    )

    INPUT = "INPUT"
    INDEX_FIELD = "INDEX_FIELD"
    UNLIT_FIELD = "UNLIT_FIELD"
    LEVEL_FIELD = "LEVEL_FIELD"
    START = "START"
    END = "END"
    RISK_WEIGHT = "RISK_WEIGHT"
    SNAP = "SNAP"
    SEARCH_DISTANCE = "SEARCH_DISTANCE"
    OUTPUT = "OUTPUT"
    SAFEST_LENGTH = "SAFEST_LENGTH"
    SHORTEST_LENGTH = "SHORTEST_LENGTH"
    SAFEST_INDEX = "SAFEST_INDEX"
    SHORTEST_INDEX = "SHORTEST_INDEX"

    def initAlgorithm(self, config=None):  # noqa: N802
        Num = QgsProcessingParameterNumber  # noqa: N806
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Scored segments"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]),
            "Line segments with a safety index 0–100, e.g. the output of 'Score safe paths'."))
        self.addParameter(self.help_param(QgsProcessingParameterField(
            self.INDEX_FIELD, tr("Index field"), "index", self.INPUT, QgsProcessingParameterField.DataType.Numeric),
            "The safety index of each segment, 0 (unsafe) to 100 (safe). Empty values count as 50."))
        self.addParameter(self.help_param(QgsProcessingParameterField(
            self.UNLIT_FIELD, tr("Unlit metres field"), "unlit_m", self.INPUT,
            QgsProcessingParameterField.DataType.Numeric, optional=True),
            "Unlit metres of each segment, summed along the routes."))
        self.addParameter(self.help_param(QgsProcessingParameterField(
            self.LEVEL_FIELD, tr("Level field"), "level", self.INPUT, optional=True),
            "Optional level of each segment, like OpenStreetMap's layer: 0 at ground, -1 a tunnel, 1 a bridge "
            "(empty counts as 0). Segments on different levels are not joined where they cross or where one "
            "ends on the side of the other; ends that meet are always joined."))
        self.addParameter(self.help_param(QgsProcessingParameterPoint(self.START, tr("Start point")),
                            "Where the route starts (e.g. Kronogårds torg)."))
        self.addParameter(self.help_param(QgsProcessingParameterPoint(self.END, tr("End point")),
                            "Where the route ends (e.g. the travel centre)."))
        self.addParameter(self.help_param(Num(self.RISK_WEIGHT, tr("Risk weight"), Num.Type.Double, 2.0, minValue=0.0),
                            "0 gives the shortest route; 2 lets an unsafe segment (index 0) cost three times its "
                            "length, so the route takes detours to avoid it."))
        self.addParameter(self.help_param(
            Num(self.SNAP, tr("Snapping tolerance (m)"), Num.Type.Double, 2.0, minValue=0.0),
                            "A segment end closer than this to another segment's end or side is joined to it, "
                            "for paths that do not quite meet."))
        self.addParameter(self.help_param(
            Num(self.SEARCH_DISTANCE, tr("Search distance for start and end (m)"), Num.Type.Double,
                                200.0, minValue=0.0),
                            "START and END must lie within this distance of a network node."))
        self.addParameter(self.help_param(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Routes"),
                                                              QgsProcessing.SourceType.TypeVectorLine),
                            "Two lines: the safest and the shortest route."))
        for key, label in ((self.SAFEST_LENGTH, tr("Safest route length (m)")),
                           (self.SHORTEST_LENGTH, tr("Shortest route length (m)")),
                           (self.SAFEST_INDEX, tr("Safest route mean index")),
                           (self.SHORTEST_INDEX, tr("Shortest route mean index"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.network import build_network, risk_from_index, safest_route

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The segments layer could not be read."))
        crs = self.metric_crs(source.sourceCrs(), feedback)
        index_field = self.parameterAsString(parameters, self.INDEX_FIELD, context)
        unlit_field = self.parameterAsString(parameters, self.UNLIT_FIELD, context)
        level_field = self.parameterAsString(parameters, self.LEVEL_FIELD, context)
        fields = tuple(f for f in (index_field, unlit_field, level_field) if f)
        lines, attrs, nulls, _ = read_lines(self, parameters, self.INPUT, context, feedback, crs, fields,
                                            tr("The segments layer"))
        report_skipped(feedback, nulls, source.featureCount(), parameter_label(self, self.INPUT))
        if not lines:
            self.fail(tr("The segments layer has no lines."))
        feedback.setProgress(20)
        index = np.array([np.nan if v is None else float(v) for v in attrs[index_field]])
        if np.isnan(index).any():
            feedback.pushWarning(say(tr("{} segments have no index; they count as 50."), int(np.isnan(index).sum())))
            index = np.where(np.isnan(index), 50.0, index)
        unlit = (np.array([0.0 if v is None else float(v) for v in attrs[unlit_field]]) if unlit_field
                 else np.zeros(len(lines)))
        levels = None
        if level_field:
            levels = read_levels(self, attrs[level_field], level_field)
        snap = self.parameterAsDouble(parameters, self.SNAP, context)
        network = self.run_core(build_network, lines, snap, levels)
        graph, pieces, parent = network.graph, network.pieces, network.parent
        report = network.report
        length = graph.length
        parent_length = np.array([_length(line) for line in lines])
        share = np.where(parent_length[parent] > 0, length / np.maximum(parent_length[parent], 1e-12), 0.0)
        edge_unlit = np.nan_to_num(unlit[parent]) * share
        if len(pieces) > len(lines):
            feedback.pushInfo(say(tr("Segments were split at junctions: {a} segments became {b} edges ({t} segment "
                                     "ends joined to the side of another segment, {c} crossings joined)."),
                              a=len(lines), b=len(pieces), t=report["t_junctions"], c=report["crossings"]))
        if report["level_separated"]:
            feedback.pushInfo(say(tr("{n} crossings or junctions were left apart because the segments lie on different "
                                     "levels."), n=report["level_separated"]))
        feedback.pushInfo(say(tr("Network: {nodes} nodes, {edges} edges. Snapping within {tol:g} m moved {moved} of "
                                 "{ends} segment ends, at most {max:.2f} m."),
                          nodes=report["nodes"], edges=graph.n_edges, tol=snap,
                                  moved=report["merged_endpoints"], ends=report["endpoints"],
                                  max=report["max_snap_m"]))
        feedback.setProgress(50)
        start = self.parameterAsPoint(parameters, self.START, context, crs)
        end = self.parameterAsPoint(parameters, self.END, context, crs)
        search = self.parameterAsDouble(parameters, self.SEARCH_DISTANCE, context)
        weight = self.parameterAsDouble(parameters, self.RISK_WEIGHT, context)
        self.check_cancel(feedback)
        try:
            result = safest_route(graph, (start.x(), start.y()), (end.x(), end.y()), risk_from_index(index[parent]),
                                  risk_weight=weight, max_snap=search, unlit=edge_unlit)
        except ValueError as err:
            if "off network" in str(err):
                self.fail(say(tr("START or END lies more than {:g} m from the path network (off the network). Move the "
                                 "point onto a path, or raise the search distance."), search))
            if "no route" in str(err):
                if levels is not None:
                    self.fail(tr("START and END are on parts of the network that are not connected. Check the paths "
                                 "for gaps, raise the snapping tolerance, or check the level field: segments on "
                                 "different levels meet only at their ends."))
                self.fail(tr("START and END are on parts of the network that are not connected. Check the paths "
                             "for gaps, or raise the snapping tolerance."))
            self.fail(tr("No route could be found: {}").format(err))
        feedback.pushInfo(say(tr("START was snapped {s:.1f} m and END {e:.1f} m to the nearest network node."),
                          s=result["start_snap_m"], e=result["end_snap_m"]))
        if result["start_node"] == result["end_node"]:
            feedback.pushWarning(tr("START and END snap to the same node: the routes are empty."))
        feedback.setProgress(80)

        out_fields = fields_of(ROUTE_FIELDS)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                          QgsWkbTypes.Type.LineString, crs)
        if sink is None:
            self.fail(tr("The output layer could not be created."))
        shortest_len = result["shortest"]["length_m"]
        for name in ("safest", "shortest"):
            route = result[name]
            coords = _route_coords(graph, pieces, route["edges"], result["start_node"])
            feature = QgsFeature(out_fields)
            if len(coords) >= 2:
                feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords]))
            detour = 100.0 * (route["length_m"] / shortest_len - 1.0) if shortest_len > 0 else 0.0
            feature.setAttributes([name, clean(route["length_m"]), clean(route["mean_index"]),
                                   clean(route["unlit_m"]), clean(route["cost"]), clean(detour)])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        self.style_on_load(context, dest, "route")
        safe, short = result["safest"], result["shortest"]
        feedback.pushInfo(say(tr("Safest route: {l:.0f} m, mean index {i:.0f}, {u:.0f} m unlit. "
                                 "Shortest route: {l2:.0f} m, mean index {i2:.0f}, {u2:.0f} m unlit."),
                          l=safe["length_m"], i=np.nan_to_num(safe["mean_index"]), u=safe["unlit_m"],
                                  l2=short["length_m"], i2=np.nan_to_num(short["mean_index"]), u2=short["unlit_m"]))
        feedback.setProgress(100)
        return {self.OUTPUT: dest, self.SAFEST_LENGTH: safe["length_m"], self.SHORTEST_LENGTH: short["length_m"],
                self.SAFEST_INDEX: clean(safe["mean_index"]), self.SHORTEST_INDEX: clean(short["mean_index"])}


def _length(coords):
    return float(np.sum(np.hypot(np.diff(coords[:, 0]), np.diff(coords[:, 1]))))


def _route_coords(graph, pieces, edges, start_node):
    """One coordinate list along the route's edges, each edge oriented from the node the walk stands on."""
    out = []
    node = int(start_node)
    for e in edges:
        coords = pieces[e]
        if int(graph.endpoint_node[2 * e]) == node:
            node = int(graph.endpoint_node[2 * e + 1])
        else:
            coords = coords[::-1]
            node = int(graph.endpoint_node[2 * e])
        part = [tuple(c) for c in coords]
        if out and np.hypot(out[-1][0] - part[0][0], out[-1][1] - part[0][1]) < 1e-9:
            part = part[1:]
        out.extend(part)
    return out
