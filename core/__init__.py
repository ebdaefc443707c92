"""Pure domain logic for Trygghet: numpy, pandas and shapely only, never qgis or Qt."""
