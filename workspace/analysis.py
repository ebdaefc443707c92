"""The cause analysis register (orsaksanalys): problems at places with the problem-analysis triangle, their numbered
causes, goal areas (målområden), the causes each measure answers, and the conclusions per area and period.

``RegisterStore`` is the measures register (``MeasureStore``) over the same workspace with these five tables added;
it works the same way on a GeoPackage and on PostGIS: provider feature edits inside one QgsTransaction per save
(the GeoPackage's with layers of its own transaction), values never spliced into SQL, errors with stable English
codes that ``ui/errors.py`` translates.

Rules:
- a problem is a dict of the ``problems`` fields plus "fid" (and "geometry" from ``get_problem``). Saving takes the
  problem as the caller loaded it: when any stored field differs from it, someone else saved in between and
  ConflictError is raised (nothing written). The problems table has no version column; the whole row is the version;
- causes are numbered 1, 2, 3 … per problem in the order added. Numbers are stable: deleting cause 2 leaves 3 as 3
  until the user asks for ``renumber_causes``;
- a problem or cause that measures answer is not deleted (InUseError naming the measures) unless the caller passes
  ``force=True`` after asking the user; then the links are removed with it, in the same transaction. A goal that
  measures serve is never deleted. Nothing is ever left pointing at a removed row;
- on PostGIS the database decides who may write (see ``workspace/postgis.py``); a refused write raises
  PermissionDeniedError and nothing is written.
"""

from qgis.core import (
    QgsDataSourceUri,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import vocabulary
from .measures import (
    ConflictError,
    MeasureStore,
    PermissionDeniedError,
    StoreError,
    ValidationError,
    _new_uuid,
    _normalise,
    _now,
    _text,
    _to_qgis,
)
from .schema import layer as layer_spec

ANALYSIS_TABLES = ("problems", "causes", "goals", "measure_causes", "conclusions")
_STAMPS = ("uuid", "created_at", "updated_at", "written_by")  # filled in by the register, never by the caller
_LISTS = {"categories": dict(vocabulary.INCIDENT_CATEGORIES), "sources": dict(vocabulary.PROBLEM_SOURCES)}
_REQUIRED = {"problems": ("title", "problem_title_required"), "causes": ("text", "cause_text_required"),
             "goals": ("title", "goal_title_required"), "conclusions": ("area", "area_required")}


class InUseError(StoreError):
    """The row is answered or served by measures: ``titles`` are theirs. Nothing was deleted."""

    def __init__(self, what, titles):
        super().__init__("in_use", f"{what}: {', '.join(titles)}")
        self.what = what
        self.titles = list(titles)


class RecordNotFoundError(StoreError):
    """No problem, cause, goal or conclusion with that uuid (someone may have removed it)."""

    def __init__(self, table, uuid):
        super().__init__("record_not_found", f"{table} {uuid}")
        self.table = table
        self.uuid = uuid


def clean_values(table, values, partial=False):
    """Check and normalise the values of a row of ``table``; ValidationError (with ``table``) when refused."""
    spec = layer_spec(table)
    names = {f.name for f in spec.fields}
    out = {}
    for name, value in values.items():
        if name in ("fid", "geometry"):
            continue
        if name not in names:
            raise _invalid(table, name, "unknown_field")
        if name in _STAMPS:
            raise _invalid(table, name, "read_only")
        field = spec.field(name)
        try:
            v = _normalise(field, value)
        except ValidationError as err:
            raise _invalid(table, name, err.code) from None
        if name in _LISTS and v is not None:
            codes = [c.strip() for c in str(v).split(",") if c.strip()]
            if any(c not in _LISTS[name] for c in codes):
                raise _invalid(table, name, "bad_value")
            v = ",".join(dict.fromkeys(codes)) or None
        if v is not None and field.values and v not in dict(field.values):
            raise _invalid(table, name, "bad_value")
        if v is not None and table == "goals" and name in ("start_year", "end_year") and not 1900 <= v <= 2200:
            raise _invalid(table, name, "bad_number")
        out[name] = v
    required, code = _REQUIRED.get(table, (None, None))
    if required and (not partial or required in out) and not (out.get(required) or "").strip():
        raise _invalid(table, required, code)
    for first, last in (("period_start", "period_end"), ("start_year", "end_year")):
        if out.get(first) is not None and out.get(last) is not None and out[last] < out[first]:
            raise _invalid(table, last, "bad_date" if "period" in first else "bad_number")
    return out


def _invalid(table, field, code):
    err = ValidationError(field, code)
    err.table = table
    return err


class RegisterStore(MeasureStore):
    """The measures register plus the cause analysis, over one workspace (GeoPackage or PostGIS schema)."""

    TABLES = MeasureStore.TABLES + ANALYSIS_TABLES

    def __init__(self, provider, uris, conn_string, label):
        super().__init__(provider, uris, conn_string, label)
        self._pending_causes = []

    # --- reading --------------------------------------------------------------------------------------------------

    def problems(self):
        """All problems (fields + "fid"), without geometry, by title."""
        return sorted(self._all_rows("problems"), key=lambda r: ((r.get("title") or "").lower(), r["fid"]))

    def get_problem(self, uuid):
        """One problem with its "geometry" (QgsGeometry or None); RecordNotFoundError if there is none."""
        return self._one("problems", uuid, geometry=True)

    def _one(self, table, uuid, geometry=False):
        rows = self._rows(table, self._equal("uuid", uuid), geometry=geometry)
        if not rows:
            raise RecordNotFoundError(table, uuid)
        return rows[0]

    def all_causes(self):
        return sorted(self._all_rows("causes"), key=lambda r: (r.get("problem_uuid") or "", r.get("number") or 0))

    def causes(self, problem_uuid):
        """The problem's causes by number."""
        rows = self._rows("causes", self._equal("problem_uuid", problem_uuid))
        return sorted(rows, key=lambda r: (r.get("number") or 0, r["fid"]))

    def get_cause(self, uuid):
        return self._one("causes", uuid)

    def goals(self):
        """All goal areas by code, then title."""
        return sorted(self._all_rows("goals"), key=lambda r: ((r.get("code") or "").lower(),
                                                             (r.get("title") or "").lower()))

    def measure_causes(self):
        """Every measure–cause link (fields + "fid")."""
        return self._all_rows("measure_causes")

    def causes_of_measure(self, measure_uuid):
        """The causes a measure answers, each with its "problem_title", ordered by problem title and number."""
        wanted = {r["cause_uuid"] for r in self._rows("measure_causes", self._equal("measure_uuid", measure_uuid))}
        if not wanted:
            return []
        titles = {p["uuid"]: p.get("title") or "" for p in self._all_rows("problems")}
        out = [dict(c, problem_title=titles.get(c["problem_uuid"], "")) for c in self.all_causes()
               if c["uuid"] in wanted]
        return sorted(out, key=lambda c: (c["problem_title"].lower(), c.get("number") or 0))

    def measures_of_problem(self, problem_uuid):
        """The uuids of the measures answering any of the problem's causes (in measure fid order)."""
        causes = {c["uuid"] for c in self.causes(problem_uuid)}
        linked = {r["measure_uuid"] for r in self.measure_causes() if r["cause_uuid"] in causes}
        return [m["uuid"] for m in self.list_measures() if m["uuid"] in linked]

    def numbered_causes(self):
        """{measure uuid: [(number, text), …]} of every measure's causes (for the action plan)."""
        causes = {c["uuid"]: c for c in self.all_causes()}
        out = {}
        for link in sorted(self.measure_causes(), key=lambda r: r["fid"]):
            cause = causes.get(link["cause_uuid"])
            if cause is not None:
                out.setdefault(link["measure_uuid"], []).append((cause.get("number"), cause.get("text") or ""))
        for items in out.values():
            items.sort(key=lambda item: item[0] or 0)
        return out

    def conclusions(self, area=None):
        rows = self._all_rows("conclusions")
        if area is not None:
            rows = [r for r in rows if r.get("area") == area]
        return sorted(rows, key=lambda r: (r.get("area") or "", str(r.get("period_start") or "")))

    def area_of(self, geometry):
        """The name of the workspace area containing ``geometry``'s centre (workspace CRS): a focus area before a
        reference area; None outside every area."""
        if geometry is None or geometry.isNull():
            return None
        centre = geometry.centroid() if not geometry.isEmpty() else None
        if centre is None or centre.isNull():
            return None
        layer = self._areas_layer()
        if not layer.isValid():
            return None
        point = centre.asPoint()
        best = None
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(point.x(), point.y(), point.x(), point.y()))
        for feature in layer.getFeatures(request):
            if feature.hasGeometry() and feature.geometry().contains(centre):
                if best is None or feature["kind"] == "focus":
                    best = feature["name"]
        return None if best is None else str(best)

    def _areas_layer(self):
        if self.provider == "ogr":
            return QgsVectorLayer(f"{self._conn_string}|layername=areas", "areas", "ogr")
        uri = QgsDataSourceUri(self._uris["measures"])
        uri.setDataSource(uri.schema(), "areas", "geom", "", "fid")
        uri.setWkbType(QgsWkbTypes.Type.MultiPolygon)
        return QgsVectorLayer(uri.uri(False), "areas", "postgres")

    def area_names(self, kind=None):
        """The names of the workspace's areas (only those of ``kind``, e.g. "focus", when given), in fid order."""
        layer = self._areas_layer()
        if not layer.isValid():
            return []
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        names = [str(f["name"]) for f in layer.getFeatures(request)
                 if not _is_null(f["name"]) and (kind is None or f["kind"] == kind)]
        return list(dict.fromkeys(names))

    # --- problems ---------------------------------------------------------------------------------------------------

    def create_problem(self, values, user, place=None, geometry=None):
        """Create a problem; return its uuid. ``place``: the map feature it concerns, a dict with ``layer_name``,
        ``feature_uuid``, ``geometry_wkt`` and optionally ``crs`` (as a measure's link): the problem keeps a
        snapshot of it (place_layer, place_uuid, place_wkt in the workspace CRS) and its point is the place's
        representative point (a line's midpoint, a polygon's point on surface), unless ``geometry`` is given. The
        area defaults to the workspace area the place lies in."""
        clean = clean_values("problems", dict(values))
        clean.setdefault("status", "hypotes")
        links = [place] if place else []
        point = self._anchor(geometry, links)
        if place:
            snapshot = self._link_features("x", [place])[0]
            clean.setdefault("place_layer", place.get("layer_name"))
            clean.setdefault("place_uuid", place.get("feature_uuid"))
            wkt = snapshot["geometry_wkt"]
            clean.setdefault("place_wkt", None if _is_null(wkt) else wkt)
            if not clean.get("area") and clean.get("place_wkt"):
                clean["area"] = self.area_of(QgsGeometry.fromWkt(clean["place_wkt"]))
        if not clean.get("area") and point is not None:
            clean["area"] = self.area_of(point)
        now = _now()
        uuid = _new_uuid()
        clean.update({"uuid": uuid, "created_at": now, "updated_at": now, "written_by": user or None})
        feature = QgsFeature(self._layer("problems").fields())
        for name, value in clean.items():
            feature[name] = _to_qgis(value)
        if point is not None:
            feature.setGeometry(point)
        self._write(("problems",), lambda tx: tx.add(self._layer("problems"), [QgsFeature(feature)]))
        self._one("problems", uuid)  # PostGIS row-level security may have refused the row silently
        return uuid

    def save_problem(self, uuid, changes, loaded, user):
        """Save ``changes`` to a problem that the caller loaded as ``loaded`` (a dict from ``problems`` or
        ``get_problem``). ConflictError when the stored problem differs from ``loaded`` (nothing written). A
        "geometry" key moves its point."""
        changes = dict(changes)
        geometry = changes.pop("geometry", None)
        clean = clean_values("problems", changes, partial=True)
        fid = self._one("problems", uuid)["fid"]
        compared = [f.name for f in layer_spec("problems").fields]

        def write(tx):
            layer = self._layer("problems")
            tx.change(layer, fid, {layer.fields().indexOf("uuid"): uuid})  # lock the row first
            current = self._one("problems", uuid)
            if any(_differs(current.get(n), loaded.get(n)) for n in compared if n in loaded):
                raise ConflictError(uuid, current.get("written_by"), _text(current.get("updated_at")), None)
            changed = {n: v for n, v in clean.items() if _differs(current.get(n), v)}
            point = self._anchor(geometry, []) if geometry is not None else None
            if not changed and point is None:
                return False
            changed["updated_at"] = _now()
            fields = layer.fields()
            tx.change(layer, fid, {fields.indexOf(n): _to_qgis(v) for n, v in changed.items()}, point)
            after = self._one("problems", uuid)
            if any(_differs(after.get(n), v) for n, v in changed.items() if n != "updated_at"):
                raise PermissionDeniedError(f"update of problem {uuid} was refused")
            return True

        self._write(("problems",), write)
        return self.get_problem(uuid)

    def delete_problem(self, uuid, force=False):
        """Delete a problem with its causes. When measures answer any of its causes: InUseError naming them, unless
        ``force`` (the user confirmed), which removes those links too. One transaction."""
        self._one("problems", uuid)

        def write(tx):
            causes = self._rows("causes", self._equal("problem_uuid", uuid))
            links = self._links_to({c["uuid"] for c in causes})
            if links and not force:
                raise InUseError("problem", self._titles(links))
            tx.delete(self._layer("measure_causes"), [r["fid"] for r in links])
            if self._links_to({c["uuid"] for c in causes}):  # PostGIS: another organization's measure's links
                raise PermissionDeniedError(f"the links to the causes of problem {uuid} could not be removed")
            tx.delete(self._layer("causes"), [c["fid"] for c in causes])
            tx.delete(self._layer("problems"), [self._one("problems", uuid)["fid"]])
            if self._rows("problems", self._equal("uuid", uuid)) or self._links_to({c["uuid"] for c in causes}):
                raise PermissionDeniedError(f"delete of problem {uuid} was refused")
            return True

        self._write(("problems", "causes", "measure_causes"), write)

    def _links_to(self, cause_uuids):
        if not cause_uuids:
            return []
        return [r for r in self._rows("measure_causes") if r["cause_uuid"] in cause_uuids]

    def _titles(self, links):
        wanted = {r["measure_uuid"] for r in links}
        titles = [m.get("title") or "?" for m in self.list_measures() if m["uuid"] in wanted]
        return titles or sorted(wanted)

    # --- causes -----------------------------------------------------------------------------------------------------

    def add_cause(self, problem_uuid, values):
        """Add a cause to a problem with the next number (one more than the highest ever kept); return its uuid."""
        clean = clean_values("causes", dict(values))
        clean.pop("problem_uuid", None)
        clean.pop("number", None)
        clean.setdefault("confidence", "medel")
        problem = self._one("problems", problem_uuid)
        uuid = _new_uuid()

        def write(tx):
            problems = self._layer("problems")
            # lock the problem first: two users adding a cause at once get numbers one after the other
            tx.change(problems, problem["fid"], {problems.fields().indexOf("uuid"): problem_uuid})
            numbers = [c.get("number") or 0 for c in self._rows("causes", self._equal("problem_uuid", problem_uuid))]
            feature = QgsFeature(self._layer("causes").fields())
            row = dict(clean, uuid=uuid, problem_uuid=problem_uuid, number=max(numbers, default=0) + 1)
            for name, value in row.items():
                feature[name] = _to_qgis(value)
            tx.add(self._layer("causes"), [feature])
            return True

        self._write(("problems", "causes"), write)
        self._one("causes", uuid)
        return uuid

    def save_cause(self, uuid, changes):
        """Change a cause's text, evidence or confidence (its number and problem are the register's)."""
        clean = clean_values("causes", dict(changes), partial=True)
        for name in ("number", "problem_uuid"):
            if name in clean:
                raise _invalid("causes", name, "read_only")
        return self._change_row("causes", uuid, clean)

    def _change_row(self, table, uuid, clean, stamp=None):
        fid = self._one(table, uuid)["fid"]

        def write(tx):
            layer = self._layer(table)
            current = self._one(table, uuid)
            changed = {n: v for n, v in clean.items() if _differs(current.get(n), v)}
            if not changed:
                return False
            if stamp:
                changed.update(stamp)
            fields = layer.fields()
            tx.change(layer, fid, {fields.indexOf(n): _to_qgis(v) for n, v in changed.items()})
            after = self._one(table, uuid)
            if any(_differs(after.get(n), v) for n, v in changed.items() if not stamp or n not in stamp):
                raise PermissionDeniedError(f"update of {table} {uuid} was refused")
            return True

        self._write((table,), write)
        return self._one(table, uuid)

    def delete_cause(self, uuid, force=False):
        """Delete a cause; the other causes keep their numbers. InUseError when measures answer it, unless
        ``force`` (the links go with it)."""
        self._one("causes", uuid)

        def write(tx):
            links = self._links_to({uuid})
            if links and not force:
                raise InUseError("cause", self._titles(links))
            tx.delete(self._layer("measure_causes"), [r["fid"] for r in links])
            if self._links_to({uuid}):
                raise PermissionDeniedError(f"the links to cause {uuid} could not be removed")
            tx.delete(self._layer("causes"), [self._one("causes", uuid)["fid"]])
            if self._rows("causes", self._equal("uuid", uuid)):
                raise PermissionDeniedError(f"delete of cause {uuid} was refused")
            return True

        self._write(("causes", "measure_causes"), write)

    def renumber_causes(self, problem_uuid, order=None):
        """Number the problem's causes 1, 2, 3 … : in ``order`` (a list of all its cause uuids), else in their
        present order (closing the gaps deletions left). One transaction."""
        causes = self.causes(problem_uuid)
        by_uuid = {c["uuid"]: c for c in causes}
        order = list(order) if order is not None else [c["uuid"] for c in causes]
        if sorted(order) != sorted(by_uuid):
            raise _invalid("causes", "number", "bad_value")

        def write(tx):
            layer = self._layer("causes")
            index = layer.fields().indexOf("number")
            for step in (-1, 1):  # through negative numbers, so that no two causes ever share one
                for n, uuid in enumerate(order, start=1):
                    tx.change(layer, by_uuid[uuid]["fid"], {index: step * n})
            after = {c["uuid"]: c["number"] for c in self._rows("causes", self._equal("problem_uuid", problem_uuid))}
            if after != {uuid: n for n, uuid in enumerate(order, start=1)}:
                raise PermissionDeniedError(f"renumbering the causes of {problem_uuid} was refused")
            return True

        self._write(("causes",), write)
        return self.causes(problem_uuid)

    # --- measures and causes ---------------------------------------------------------------------------------

    def create(self, values, geometry, links, user, cause_uuids=()):
        """Create a measure (see MeasureStore.create) answering ``cause_uuids``, all in one transaction."""
        for cause in cause_uuids:
            self._one("causes", cause)
        self._pending_causes = list(dict.fromkeys(cause_uuids))
        try:
            return super().create(values, geometry, links, user)
        finally:
            self._pending_causes = []

    def _create_extra(self, measure_uuid):
        return [("measure_causes", self._cause_links(measure_uuid, self._pending_causes))]

    def _cause_links(self, measure_uuid, cause_uuids):
        out = []
        for cause in cause_uuids:
            f = QgsFeature(self._layer("measure_causes").fields())
            f["uuid"] = _new_uuid()
            f["measure_uuid"] = measure_uuid
            f["cause_uuid"] = cause
            out.append(f)
        return out

    def create_measure_from_cause(self, cause_uuid, user, values=None):
        """A new measure answering a cause: the problem's area and point, its place as the measure's linked feature,
        the cause linked. Returns the measure's uuid."""
        cause = self._one("causes", cause_uuid)
        problem = self.get_problem(cause["problem_uuid"])
        values = dict(values or {})
        values.setdefault("title", cause.get("text") or problem.get("title"))
        if problem.get("area"):
            values.setdefault("area", problem["area"])
        links = []
        if problem.get("place_wkt") or problem.get("place_uuid"):
            links.append({"layer_name": problem.get("place_layer"), "layer_source": None,
                          "feature_uuid": problem.get("place_uuid"), "feature_fid": None,
                          "geometry_wkt": problem.get("place_wkt")})
        return self.create(values, problem.get("geometry"), links, user, cause_uuids=[cause_uuid])

    def set_measure_causes(self, measure_uuid, cause_uuids):
        """Make ``cause_uuids`` exactly the causes the measure answers (links added and removed in one
        transaction)."""
        self.get(measure_uuid)
        wanted = list(dict.fromkeys(cause_uuids))
        for cause in wanted:
            self._one("causes", cause)

        def write(tx):
            rows = self._rows("measure_causes", self._equal("measure_uuid", measure_uuid))
            have = {r["cause_uuid"]: r["fid"] for r in rows}
            tx.delete(self._layer("measure_causes"), [fid for c, fid in have.items() if c not in wanted])
            new = [c for c in wanted if c not in have]
            if new:
                tx.add(self._layer("measure_causes"), self._cause_links(measure_uuid, new))
            after = {r["cause_uuid"] for r in self._rows("measure_causes", self._equal("measure_uuid", measure_uuid))}
            if after != set(wanted):
                raise PermissionDeniedError(f"the causes of measure {measure_uuid} could not be changed")
            return True

        self._write(("measure_causes",), write)

    # --- goals ------------------------------------------------------------------------------------------------------

    def create_goal(self, values):
        clean = clean_values("goals", dict(values))
        uuid = _new_uuid()
        feature = QgsFeature(self._layer("goals").fields())
        for name, value in dict(clean, uuid=uuid).items():
            feature[name] = _to_qgis(value)
        self._write(("goals",), lambda tx: tx.add(self._layer("goals"), [feature]))
        self._one("goals", uuid)
        return uuid

    def save_goal(self, uuid, changes):
        return self._change_row("goals", uuid, clean_values("goals", dict(changes), partial=True))

    def delete_goal(self, uuid):
        """Delete a goal area that no measure serves (InUseError otherwise)."""
        self._one("goals", uuid)

        def write(tx):
            users = [m for m in self._rows("measures", self._equal("goal_uuid", uuid))]
            if users:
                raise InUseError("goal", [m.get("title") or "?" for m in users])
            tx.delete(self._layer("goals"), [self._one("goals", uuid)["fid"]])
            if self._rows("goals", self._equal("uuid", uuid)):
                raise PermissionDeniedError(f"delete of goal {uuid} was refused")
            return True

        self._write(("goals", "measures"), write)

    # --- conclusions -----------------------------------------------------------------------------------------

    def save_conclusion(self, area, period_start, period_end, text, user, uuid=None):
        """Write the conclusions of ``area`` for a report period. Returns the uuid.

        With ``uuid`` (a stored row being edited): that row is changed (its period and text; its area stays), keyed by
        its uuid, so that new dates never leave the old row behind. ValidationError "period_taken" when another row
        of the area already has the new period (nothing written), RecordNotFoundError when the row is gone.
        Without ``uuid``: a new row, or the text of the area's row with exactly that period replaced."""
        clean = clean_values("conclusions", {"area": area, "period_start": period_start, "period_end": period_end,
                                             "text": text})
        stamp = {"updated_at": _now(), "written_by": user or None}
        if uuid is not None:
            row = self._one("conclusions", uuid)
            if any(r["uuid"] != uuid and r.get("period_start") == clean["period_start"]
                   and r.get("period_end") == clean["period_end"] for r in self.conclusions(row.get("area"))):
                raise _invalid("conclusions", "period_start", "period_taken")
            clean.pop("area")
            self._change_row("conclusions", uuid, clean, stamp)
            return uuid
        existing = [r for r in self.conclusions(clean["area"]) if r.get("period_start") == clean["period_start"]
                    and r.get("period_end") == clean["period_end"]]
        if existing:
            self._change_row("conclusions", existing[0]["uuid"], {"text": clean["text"]}, stamp)
            return existing[0]["uuid"]
        uuid = _new_uuid()
        feature = QgsFeature(self._layer("conclusions").fields())
        for name, value in dict(clean, uuid=uuid, **stamp).items():
            feature[name] = _to_qgis(value)
        self._write(("conclusions",), lambda tx: tx.add(self._layer("conclusions"), [feature]))
        self._one("conclusions", uuid)
        return uuid

    def delete_conclusion(self, uuid):
        """Delete one stored conclusion (the row with this uuid, no other). RecordNotFoundError when it is gone;
        PermissionDeniedError when the database refused (on PostGIS: another organization's conclusions)."""
        self._one("conclusions", uuid)

        def write(tx):
            tx.delete(self._layer("conclusions"), [self._one("conclusions", uuid)["fid"]])
            if self._rows("conclusions", self._equal("uuid", uuid)):
                raise PermissionDeniedError(f"delete of conclusions {uuid} was refused")
            return True

        self._write(("conclusions",), write)

    def export_action_plan(self, path, measures):
        """The action plan (see MeasureStore.export_action_plan) grouped by goal area, its Orsak column showing the
        numbered causes each measure answers."""
        from .measures import write_action_plan

        titles = {p["uuid"]: p.get("title") or "" for p in self.promises()}
        goals = {g["uuid"]: (g.get("code"), g.get("title")) for g in self.goals()}
        return write_action_plan(path, measures, titles, self.numbered_causes(), goals)

    # --- one transaction -------------------------------------------------------------------------------------

    def _write(self, names, body):
        """Run ``body(tx)`` inside one transaction over the tables ``names`` and commit unless it returns False;
        waits for another writer's lock like every save of the register."""
        def write():
            with self._transaction(tuple(names)) as tx:
                if body(tx) is False:
                    tx.rollback()
                    return False
                tx.commit()
                return True

        return self._retry_busy(write)


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and not isinstance(value, str) and value.isNull())


def _differs(a, b):
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) > 1e-9
        except (TypeError, ValueError):
            return a != b
    return a != b
