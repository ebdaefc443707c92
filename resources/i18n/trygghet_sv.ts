<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>Trygghet</name>
        <message>
            <source>A field chosen for the findings does not exist in the layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A field chosen for the incidents does not exist in the layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A period needs the incident time field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A projected CRS in metres. SWEREF 99 TM (EPSG:3006) is the default; local zones such as SWEREF 99 12 00 (EPSG:3007) work too.</source>
            <translation>Ett projicerat koordinatsystem i meter. SWEREF 99 TM (EPSG:3006) är förval; lokala zoner som SWEREF 99 12 00 (EPSG:3007) fungerar också.</translation>
        </message>
        <message>
            <source>A time window (start or end) needs a time field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area name field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area names must be unique; repeated: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area summary (lägesbild)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area summary (map)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area summary (table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigning incidents to areas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least one weight must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buffer for incidents and findings (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Avbrutet.</translation>
        </message>
        <message>
            <source>Category field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category shown on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category weights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category weights must look like 'belysning=2; vegetation=1.5' (got '{}').</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell size of the output raster in metres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the reference area(s): no names were given and no area has kind 'reference'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Citizen promise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing the density…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computing the summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinate reference system (projected)</source>
            <translation>Koordinatsystem (projicerat)</translation>
        </message>
        <message>
            <source>Create demo workspace (Trollhättan)</source>
            <translation>Skapa demoarbetsyta (Trollhättan)</translation>
        </message>
        <message>
            <source>Create demo workspace (Trollhättan)…</source>
            <translation>Skapa demoarbetsyta (Trollhättan)…</translation>
        </message>
        <message>
            <source>Create workspace</source>
            <translation>Skapa arbetsyta</translation>
        </message>
        <message>
            <source>Create workspace…</source>
            <translation>Skapa arbetsyta…</translation>
        </message>
        <message>
            <source>Created the demo workspace {}. The data are synthetic and the boundaries approximate.</source>
            <translation>Demoarbetsytan {} är skapad. Uppgifterna är syntetiska och gränserna ungefärliga.</translation>
        </message>
        <message>
            <source>Created the workspace {}.</source>
            <translation>Arbetsytan {} är skapad.</translation>
        </message>
        <message>
            <source>Creates a complete demo workspace for Trollhättan with the focus areas Kronogården, Sylte and Lextorp and the rest of the town as reference area: four years of incidents with persistent, emerging and fading hot spots, a path network with street lamps and unlit gaps, two safety walks, hot places with a year of patrol visits, measures with their log and a citizen promise. The same seed always gives the same data. All data are synthetic and the area boundaries approximate; every layer says so in its metadata.</source>
            <translation>Skapar en komplett demoarbetsyta för Trollhättan med fokusområdena Kronogården, Sylte och Lextorp och resten av staden som referensområde: fyra års händelser med bestående, framväxande och avtagande hot spots, ett stråknät med belysning och obelysta partier, två trygghetsvandringar, hot spots med ett års patrullbesök, åtgärder med logg och ett medborgarlöfte. Samma slumpfrö ger alltid samma data. Alla uppgifter är syntetiska och områdesgränserna ungefärliga; varje lager anger detta i sin metadata.</translation>
        </message>
        <message>
            <source>Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures.</source>
            <translation>Skapar en tom EST-arbetsyta i en ny GeoPackage: områden, händelser, stråk, belysningspunkter, trygghetsvandringar med iakttagelser, hot spots för trygghetsrundor, patrullbesök samt registret över åtgärder, medborgarlöften och dess logg. Varje lager har svenska fältnamn som alias och en standardstil sparad i filen, så att det öppnas med stil i vilken QGIS som helst. En befintlig fil skrivs aldrig över: en arbetsyta innehåller åtgärdsregistret.</translation>
        </message>
        <message>
            <source>Current period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current period until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current period: {} – {}; reference period: {} – {} (end dates not included).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cuts the paths into segments (25 m by default) and scores each segment from 0 (unsafe) to 100 (safe). Lighting: distance from the segment's middle to the nearest working lamp, and the unlit metres (farther than the lamp reach from every working lamp), with a flag where an unlit stretch is at least the gap threshold long. Without a lamps layer, paths whose 'lit' field is true count as lit. Incidents within the buffer per 100 m and year in the period; walk findings within the buffer weighted by severity (1–3) and optional category weights; an optional hot-spot density raster sampled at the segment's middle. Each factor loses up to its weight: lighting = unlit share of the segment, incidents = rate / 10, findings = score / 6, density = value / the 95th percentile. Default weights: lighting 0.35, incidents 0.35, findings 0.2, density 0.1 (a factor without data is left out and the others rescaled). worst_factor names what pulls a segment down most (lighting, incidents, findings, density or none). Paths are split where they cross, so the segments form a network for the safest-route algorithm. A summary table gives each named path's length, mean and lowest index, unlit metres and gaps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decay ratio (triangular kernel only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo workspace (GeoPackage)</source>
            <translation>Demoarbetsyta (GeoPackage)</translation>
        </message>
        <message>
            <source>Density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosure control (k = {k}): {n} of {total} cells suppressed ({p} below k, the rest secondary); {t} totals withheld from ratios and shares.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disclosure control is off (minimum count {}): do not publish this table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End of the time window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fewer than three full calendar years of data: no trend is computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding category field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding severities must be 1, 2 or 3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the triangular kernel: the kernel's value at the radius relative to its centre (0 = falls to zero, 1 = flat). As in QGIS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generating the synthetic Trollhättan data…</source>
            <translation>Skapar syntetiska data för Trollhättan…</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Grid: {cols} × {rows} cells of {pixel} m, as QGIS's heatmap lays it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hot spots</source>
            <translation>Hot spots</translation>
        </message>
        <message>
            <source>Hot-spot density (kernel density)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hot-spot density raster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident filter expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident time field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incident weight field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Incidents per km² per year needs a time field (and preferably a start and end).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kernel density (heatmap) of incidents, computed on exactly the same grid as QGIS's own “Heatmap (Kernel Density Estimation)” (same extent, size, pixel and nodata, so the two compare cell by cell), but many times faster: the points are binned and convolved by FFT. Raw and Scaled values follow QGIS 3.40 (with the corrected scaling of QGIS issue 60616); “Incidents per km² per year” divides the Scaled density by the length of the time window. Choose a time field with a start and end to restrict the period, a filter expression to pick categories (e.g. "category" = 'narkotika') and a mask to blank out cells outside your areas. Input in a geographic CRS is transformed to SWEREF 99 TM. The output is a Float32 GeoTIFF with zero transparent and a ramp from yellow to dark red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kernel shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kernel shape, the same choices in the same order as QGIS's heatmap. Quartic is the usual choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lamp reach (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lamp status field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lighting gap threshold (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lit field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask: {} of {} cells lie outside the mask polygons and are set to nodata.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measures</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Minimum count to publish (k)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Excel writer (openpyxl or xlsxwriter) is installed, so the table was written as CSV instead: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No incident has a valid time in the field '{}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No lamps layer: paths marked lit count as lit, the others as unlit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No points are left after the time window and filter; there is nothing to map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No population field was chosen, so no rates per 1,000 inhabitants are computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No time field: the incidents are treated as one year's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of incidents</source>
            <translation>Antal händelser</translation>
        </message>
        <message>
            <source>Optional QGIS expression that selects the incidents to count, e.g. "category" = 'narkotika'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional date/time field (a datetime field or text such as 2024-03-01 18:30). Points without a valid time are left out and counted in the log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional numeric field: each incident counts with this weight (empty = 0, as in QGIS).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional polygons (e.g. the workspace's areas): cells whose centre lies outside them become nodata. The grid itself stays the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: only incidents at or after this time (needs a time field).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: only incidents before this time (needs a time field).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: due {date} and not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path name field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths (lines)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pixel size (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Radius (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Radius and pixel size must be greater than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Random seed</source>
            <translation>Slumpfrö</translation>
        </message>
        <message>
            <source>Raw: sum of kernel values (as QGIS). Scaled: density per square metre (as QGIS 3.40, corrected). Incidents per km² per year: Scaled × 1,000,000 divided by the years of the time window (from START and END, or else from the first to the last time in the time field).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading points…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the areas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the incidents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the paths…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference area(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference period until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe paths</source>
            <translation>Trygga stråk</translation>
        </message>
        <message>
            <source>Safety walks</source>
            <translation>Trygghetsvandringar</translation>
        </message>
        <message>
            <source>Score safe paths (trygga stråk)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scored segments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring {} segments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search radius (bandwidth) in metres: how far one incident spreads. 150–300 m suits a town district.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Segment length (m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situation picture</source>
            <translation>Lägesbild</translation>
        </message>
        <message>
            <source>Some areas have no name in the field '{}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start of the time window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Storing styles and metadata…</source>
            <translation>Sparar stilar och metadata…</translation>
        </message>
        <message>
            <source>Street lamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary per path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppressed cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table for coordinators (Excel/CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas layer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas layer has no field '{}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas layer has no polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The areas must be a polygon layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The category 'alla' is reserved for the total; rename it in the incident layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current period must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The density raster, a Float32 GeoTIFF. A style file (.qml) is written next to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the time window must be after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {} could not be written: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filter expression is invalid: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filter expression refers to fields the layer does not have: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation>Mappen för {path} finns inte.</translation>
        </message>
        <message>
            <source>The incident filter expression is not valid: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident layer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident layer has no incidents with a position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The incident layer lacks the time or category field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input is in a geographic CRS ({}); it is transformed to SWEREF 99 TM (EPSG:3006) so that distances are in metres.</source>
            <translation>Indata har ett geografiskt koordinatsystem ({}); det transformeras till SWEREF 99 TM (EPSG:3006) så att avstånd anges i meter.</translation>
        </message>
        <message>
            <source>The input layer could not be read.</source>
            <translation>Indatalagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The input layer has no features.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input layer has no points with a location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The input must be a point layer.</source>
            <translation>Indata måste vara ett punktlager.</translation>
        </message>
        <message>
            <source>The lamps layer is empty. Give a layer with street lamps, or leave the parameter empty to use the paths' lit field instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lägesbild table per area and incident category, with category 'alla' for the total: counts in the current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the reference area(s) and against the whole municipality (all areas with a population), the change between the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the municipality's total.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5) and every value derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be worked out from a row or column total. The counts of suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an internal table without suppression.

Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is installed). The periods are half-open: the start is included, the end is not. Without dates the current period is the last 12 months of data and the reference period the 12 months before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The map category '{}' is not in the summary; choose one of: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mask layer has no polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new GeoPackage file. It must not exist yet.</source>
            <translation>Den nya GeoPackage-filen. Den får inte redan finnas.</translation>
        </message>
        <message>
            <source>The output layer could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The output raster {} could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The output table could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The paths layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The paths layer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The paths layer has no lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The paths were split where they cross: {a} lines became {b} pieces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The period end must be after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The point layer, e.g. the workspace's incidents. Selections are honoured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The raster would be {cols} × {rows} cells and need about {need} of memory, more than the limit of {limit}. Use a larger pixel size or a smaller layer extent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reference period must start before it ends.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reference period overlaps the current period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same seed always gives the same demo data.</source>
            <translation>Samma slumpfrö ger alltid samma demodata.</translation>
        </message>
        <message>
            <source>The segments could not be scored: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary could not be computed: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time window covers {:.2f} years.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time window is empty, so no rate per year can be computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workspace needs a projected CRS in metres, not {}.</source>
            <translation>Arbetsytan behöver ett projicerat koordinatsystem i meter, inte {}.</translation>
        </message>
        <message>
            <source>These reference areas are not in the areas layer: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend over the full years {}–{}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trygghet</source>
            <translation>Trygghet</translation>
        </message>
        <message>
            <source>Trygghet (EST)</source>
            <translation>Trygghet (EST)</translation>
        </message>
        <message>
            <source>Trygghet (EST): crime prevention and safety analysis</source>
            <translation>Trygghet (EST): brottsförebyggande arbete och trygghetsanalys</translation>
        </message>
        <message>
            <source>Trygghet needs the Python packages {names}, which your QGIS installation lacks. On Debian/Ubuntu install them with: apt install {debs}. On Windows use the OSGeo4W installer (Advanced install, packages python3-{pips}); elsewhere: pip install {pips}.</source>
            <translation>Trygghet behöver Python-paketen {names}, som saknas i din QGIS-installation. På Debian/Ubuntu installerar du dem med: apt install {debs}. På Windows använder du OSGeo4W-installationsprogrammet (avancerad installation, paketen python3-{pips}); i övrigt: pip install {pips}.</translation>
        </message>
        <message>
            <source>Trygghet tools in the Processing toolbox</source>
            <translation>Trygghets verktyg i Processing-verktygslådan</translation>
        </message>
        <message>
            <source>Walk findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: density</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: lighting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weight: walk findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workspace</source>
            <translation>Arbetsyta</translation>
        </message>
        <message>
            <source>Workspace (GeoPackage)</source>
            <translation>Arbetsyta (GeoPackage)</translation>
        </message>
        <message>
            <source>Workspace error in {path}: {detail}</source>
            <translation>Fel i arbetsytan {path}: {detail}</translation>
        </message>
        <message>
            <source>Writing the raster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the segments…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{layer}: {n} features</source>
            <translation>{layer}: {n} objekt</translation>
        </message>
        <message>
            <source>{name}: mean index {mean:.0f}, lowest {low:.0f}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} incidents over {years:.2f} years are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} segments scored; mean index {mean:.1f}; {gaps} segments in lighting gaps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists. Trygghet never overwrites a workspace, because it holds the register of measures: choose a new file name, or move the old file away first.</source>
            <translation>{path} finns redan. Trygghet skriver aldrig över en arbetsyta, eftersom den innehåller åtgärdsregistret: välj ett nytt filnamn eller flytta först undan den gamla filen.</translation>
        </message>
        <message>
            <source>{path} cannot be opened as a GeoPackage: {detail}</source>
            <translation>{path} kan inte öppnas som GeoPackage: {detail}</translation>
        </message>
        <message>
            <source>{path} is not a Trygghet workspace (it has no trygghet_meta table).</source>
            <translation>{path} är ingen arbetsyta för Trygghet (tabellen trygghet_meta saknas).</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of Trygghet (schema {detail}). Update the plugin.</source>
            <translation>{path} skapades av en nyare version av Trygghet (schema {detail}). Uppdatera insticksprogrammet.</translation>
        </message>
        <message>
            <source>{} areas have no population; they get no rates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} areas without a polygon geometry were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} broken lamps do not count as working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} features have no geometry and were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} findings without severity count as severity 2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents have no valid time; they are counted but do not set the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents lie outside every area and are not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents without a category were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents without a position were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents without a valid time were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} incidents without geometry were skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} invalid area polygons were repaired before use.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} must be a line layer (it has points or polygons).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} paths without geometry were skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} points go into the density.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} points have no valid time in the field “{}” and were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} points lie outside the time window and were left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} points match the filter expression.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
