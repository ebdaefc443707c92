"""The lägesbild report: layout building (layout.py), charts (charts.py), its data and pages (lagesbild.py).

Used by the trygghet:exportlagesbild and trygghet:temporalpattern algorithms, which are thin adapters over it."""
