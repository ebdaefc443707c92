"""trygghet:nearrepeat — Knox test for near-repeat patterns (distance bands x time bands)."""

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...i18n import N_, tr
from ..base import TrygghetAlgorithm
from ..fields import output_field, python_values
from ..grids import MIN_FEATURES
from ..numbers import say
from ..reader import read_points

MAX_CLOSE_EVENTS = 200_000


class NearRepeat(TrygghetAlgorithm):
    NAME = "nearrepeat"
    DISPLAY_NAME = "Near-repeat test (Knox)"
    GROUP = "hotspots"
    ADVANCED = ("PERMUTATIONS", "SEED")
    HELP = (
        "Answers \u201cafter an incident, is the area nearby at higher risk in the following days?\u201d with the "
        "Knox test used by the Near Repeat Calculator. Every pair of incidents is counted in the distance band and "
        "time band its separation falls in; the expected counts come from shuffling the times at random "
        "(Monte Carlo, with a seed). The table gives observed and expected pairs, their ratio (above 1: more pairs "
        "than chance) and the pseudo p-value per band combination."
    )

    INPUT = "INPUT"
    TIME_FIELD = "TIME_FIELD"
    DISTANCE_BAND = "DISTANCE_BAND"
    DISTANCE_BANDS = "DISTANCE_BANDS"
    TIME_BAND = "TIME_BAND"
    TIME_BANDS = "TIME_BANDS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_incidents_param(N_("Point layer of incidents (e.g. burglaries) with a time field."))
        self.add_time_field_param(N_("Date/time of each incident."))
        self.addParameter(self.help_param(
            QgsProcessingParameterDistance(self.DISTANCE_BAND, tr("Distance band width"), 100.0, self.INPUT,
                                           minValue=1.0),
            "Width of each distance band in metres (the first band is 0 up to this distance)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.DISTANCE_BANDS, tr("Number of distance bands"),
                                         QgsProcessingParameterNumber.Type.Integer, 5, minValue=1, maxValue=50),
            "How many distance bands."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.TIME_BAND, tr("Time band width (days)"),
                                         QgsProcessingParameterNumber.Type.Double, 7.0, minValue=0.01),
            "Width of each time band in days."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.TIME_BANDS, tr("Number of time bands"),
                                         QgsProcessingParameterNumber.Type.Integer, 4, minValue=1, maxValue=100),
            "How many time bands."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.PERMUTATIONS, tr("Permutations"),
                                         QgsProcessingParameterNumber.Type.Integer, 99, minValue=19,
                                         maxValue=9999),
            "Number of random shuffles of the times (99 gives p-values down to 0.01, 999 down to 0.001)."))
        self.addParameter(self.help_param(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Type.Integer,
                                         1, minValue=0),
            "The same seed gives the same result."))
        self.addParameter(self.help_param(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Knox table"), QgsProcessing.SourceType.TypeVector),
            "One row per distance band and time band: distance_from, distance_to, days_from, days_to, observed, "
            "expected, ratio, p."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...core.nearrepeat import knox
        from ...core.timeparse import parse_timestamps

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(tr("The input layer could not be read."))
        time_field = self.time_field_value(parameters, context, source, feedback=feedback)
        d_width = self.parameterAsDouble(parameters, self.DISTANCE_BAND, context)
        n_d = self.parameterAsInt(parameters, self.DISTANCE_BANDS, context)
        t_width = self.parameterAsDouble(parameters, self.TIME_BAND, context)
        n_t = self.parameterAsInt(parameters, self.TIME_BANDS, context)
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        crs = self.metric_crs(source.sourceCrs(), feedback)
        table = read_points(self, parameters, self.INPUT, context, feedback, crs, fields=(time_field,))
        times = parse_timestamps(table.attributes[time_field])
        bad = np.isnat(times)
        if bad.all() and len(table):
            self.fail(tr("None of the incidents has a valid time in the field \u201c{}\u201d.").format(time_field))
        if bad.any():
            feedback.pushWarning(say(tr("{} incidents without a valid time were left out."), int(bad.sum())))
        x, y, times = table.x[~bad], table.y[~bad], times[~bad]
        if x.size < MIN_FEATURES:
            self.fail(say(tr("Only {n} incidents were found; at least {m} are needed."), n=int(x.size),
                                                                                          m=MIN_FEATURES))
        days = (times - times.min()).astype("timedelta64[s]").astype(np.int64) / 86400.0
        if np.ptp(days) == 0:
            self.fail(tr("All incidents happened at the same time; there is nothing to test."))
        if x.size > MAX_CLOSE_EVENTS:
            feedback.pushWarning(say(tr("{} incidents: the test may take a while."), int(x.size)))
        feedback.setProgress(10)
        d_edges = d_width * np.arange(1, n_d + 1)
        t_edges = t_width * np.arange(1, n_t + 1)
        feedback.setProgressText(say(tr("Running {} permutations…"), permutations))
        result = self.run_core(knox, x, y, days, d_edges, t_edges, permutations=permutations, seed=seed,
                               progress=self.progress_callback(feedback, 10, 95))
        feedback.pushInfo(say(tr("{n} incidents, {pairs} pairs closer than {d:.0f} m."),
            n=result.n_events, pairs=result.n_close_pairs, d=float(d_edges[-1])))
        frame = result.to_frame()
        fields = QgsFields()
        spec = (("distance_from", "double", "Avstånd från (m)"), ("distance_to", "double",
                                                                         "Avstånd till (m)"),
                ("days_from", "double", "Dagar från"), ("days_to", "double", "Dagar till"),
                ("observed", "int32", "Observerade par"), ("expected", "double", "Förväntade par"),
                ("ratio", "double", "Kvot (observerat/förväntat)"), ("p", "double", "p-värde"))
        for name, kind, alias in spec:
            fields.append(output_field(name, kind, alias))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.NoGeometry)
        if sink is None:
            self.fail(tr("The output table could not be created."))
        columns = [python_values(frame[c].to_numpy()) for c in ("distance_from", "distance_to", "days_from",
                                                                 "days_to")]
        columns += [[int(v) for v in frame["observed"]], python_values(frame["expected"].to_numpy()),
                    python_values(frame["ratio"].to_numpy()), python_values(frame["p_value"].to_numpy())]
        features = []
        for i in range(len(frame)):
            feature = QgsFeature(fields)
            feature.setAttributes([col[i] for col in columns])
            features.append(feature)
        sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        significant = frame[(frame["p_value"] <= 0.05) & (frame["ratio"] > 1)]
        for _, r in significant.iterrows():
            feedback.pushInfo(say(tr("Near repeat: {d0:.0f}–{d1:.0f} m and {t0:g}–{t1:g} days: {ratio:.2f} times more "
                                     "pairs than expected (p = {p:.3f})."),
                d0=r["distance_from"], d1=r["distance_to"], t0=r["days_from"], t1=r["days_to"], ratio=r["ratio"],
                p=r["p_value"]))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}
