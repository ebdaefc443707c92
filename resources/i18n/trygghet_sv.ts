<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>Trygghet</name>
        <message>
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinate reference system (projected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create demo workspace (Trollhättan)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the workspace {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hot spots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety walks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situation picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input is in a geographic CRS ({}); it is transformed to SWEREF 99 TM (EPSG:3006) so that distances are in metres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace needs a projected CRS in metres, not {}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet (EST)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet (EST): crime prevention and safety analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet needs the Python packages {names}, which your QGIS installation lacks. On Debian/Ubuntu install them with: apt install {debs}. On Windows use the OSGeo4W installer (Advanced install, packages python3-{pips}); elsewhere: pip install {pips}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet tools in the Processing toolbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace (GeoPackage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace error in {path}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists. Trygghet never overwrites a workspace, because it holds the register of measures: choose a new file name, or move the old file away first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be opened as a GeoPackage: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Trygghet workspace (it has no trygghet_meta table).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was made by a newer version of Trygghet (schema {detail}). Update the plugin.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
