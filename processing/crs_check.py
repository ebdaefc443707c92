"""One CRS check for every algorithm: distances are computed in true metres on the ground.

- A geographic CRS (degrees) is transformed to SWEREF 99 TM (EPSG:3006), with a log line.
- A projected CRS whose map units are metres but which strongly distorts distances where the data lie (Web
  Mercator, EPSG:3857/900913, and other Mercator or non-conformal systems) is transformed to SWEREF 99 TM, with a
  log line. The scale error is measured, not looked up: at the centre of the CRS's area of use and, where the area
  of use covers Sweden, at Sweden's centre.
- A projected CRS whose map units are not metres (feet, US survey feet, unknown) is refused with a clear message.
"""

import math

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsPointXY,
    QgsProcessingException,
    QgsUnitTypes,
)

from ..i18n import tr
from .base import SWEREF99TM
from .numbers import say

# Largest accepted scale error of a projected CRS at the data's latitude: TM zones such as SWEREF 99 TM stay below
# 0.2 % across Sweden; Web Mercator is off by about 90 % at 58° N.
MAX_SCALE_ERROR = 0.02
_SWEDEN = (15.0, 62.0)  # lon, lat of Sweden's middle


def _wgs84():
    return QgsCoordinateReferenceSystem("EPSG:4326")


def scale_error(crs, lon, lat):
    """The largest relative error of map distances against true (ellipsoidal) distances near (lon, lat), over the
    east-west and north-south directions; None where the point cannot be projected."""
    to_map = QgsCoordinateTransform(_wgs84(), crs, QgsCoordinateTransformContext())
    area = QgsDistanceArea()
    area.setEllipsoid("EPSG:7030")
    step = 0.01
    worst = 0.0
    try:
        origin = QgsPointXY(lon, lat)
        p0 = to_map.transform(origin)
        for other in (QgsPointXY(lon + step, lat), QgsPointXY(lon, lat + step)):
            p1 = to_map.transform(other)
            true = area.measureLine(origin, other)
            mapped = math.hypot(p1.x() - p0.x(), p1.y() - p0.y())
            if not (true > 0 and math.isfinite(mapped)):
                return None
            worst = max(worst, abs(mapped / true - 1.0))
    except Exception:  # noqa: BLE001 - QgsCsException and PROJ errors: the point is outside the projection
        return None
    return worst


def _probe_points(crs):
    bounds = crs.bounds()  # area of use in WGS 84
    points = []
    if not bounds.isNull() and bounds.width() >= 0:
        centre = bounds.center()
        points.append((centre.x(), max(-80.0, min(80.0, centre.y()))))
        if bounds.contains(QgsPointXY(*_SWEDEN)):
            points.append(_SWEDEN)
    else:
        points.append(_SWEDEN)
    return points


def _is_mercator(crs):
    proj = (crs.toProj() or "").replace(" ", "")
    return "+proj=merc" in proj


def crs_label(crs):
    return crs.authid() or crs.description() or "?"


def check_projected_units(crs):
    """Raise a translated QgsProcessingException when a projected CRS's map units are not metres."""
    units = crs.mapUnits()
    if units != Qgis.DistanceUnit.Meters:
        raise QgsProcessingException(
            tr("The input's coordinate reference system {crs} has map units in {units}, not metres. Reproject the "
               "layer to a CRS in metres, such as SWEREF 99 TM (EPSG:3006), and run the tool again.").format(
                crs=crs_label(crs), units=QgsUnitTypes.toString(units)))


def metric_crs(crs, feedback=None):
    """A projected CRS in true metres for the analysis of data in ``crs``: ``crs`` itself when it is fit, else
    SWEREF 99 TM (logged); raises QgsProcessingException for projected CRSs in other units."""
    target = QgsCoordinateReferenceSystem(SWEREF99TM)
    if not crs.isValid() or crs.isGeographic():
        if feedback is not None:
            feedback.pushInfo(tr("The input is in a geographic CRS ({}); it is transformed to SWEREF 99 TM "
                                 "(EPSG:3006) so that distances are in metres.").format(crs.authid() or "?"))
        return target
    check_projected_units(crs)
    errors = [e for e in (scale_error(crs, lon, lat) for lon, lat in _probe_points(crs)) if e is not None]
    worst = max(errors) if errors else 0.0
    if _is_mercator(crs) or worst > MAX_SCALE_ERROR:
        if feedback is not None:
            feedback.pushInfo(say(tr("The input is in {crs}, whose map units are not true metres on the ground (scale "
                                     "error about {pct:.0f} %); it is transformed to SWEREF 99 TM (EPSG:3006) so that "
                                     "distances, radii and rates are right."), crs=crs_label(crs), pct=100 * worst))
        return target
    return crs
