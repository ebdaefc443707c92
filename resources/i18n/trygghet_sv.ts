<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>Trygghet</name>
        <message>
            <source>'&lt;{k}': fewer than {k}, too few to publish; '..': hidden so that a hidden count cannot be worked out from totals (it may be any size); '–': withheld.</source>
            <translation>'&lt;{k}': färre än {k}, för få för att redovisas; '..': dolt så att ett dolt antal inte kan räknas fram ur summorna (kan vara hur stort som helst); '–': redovisas inte.</translation>
        </message>
        <message>
            <source>(no citizen promise)</source>
            <translation>(inget medborgarlöfte)</translation>
        </message>
        <message>
            <source>(no goal area)</source>
            <translation>(inget målområde)</translation>
        </message>
        <message>
            <source>(overdue)</source>
            <translation>(försenad)</translation>
        </message>
        <message>
            <source>(reference)</source>
            <translation>(referens)</translation>
        </message>
        <message>
            <source>0 gives the shortest route; 2 lets an unsafe segment (index 0) cost three times its length, so the route takes detours to avoid it.</source>
            <translation>0 ger kortaste vägen; 2 låter en otrygg delsträcka (index 0) kosta tre gånger sin längd, så att vägen tar omvägar för att undvika den.</translation>
        </message>
        <message>
            <source>0 uses the normal approximation. Otherwise a conditional permutation test with this many permutations (e.g. 999) gives p_sim, which then decides the bins.</source>
            <translation>0 ger normalapproximationen. Annars ett villkorat permutationstest med så många permutationer (t.ex. 999) som ger p_sim, som då avgör klasserna.</translation>
        </message>
        <message>
            <source>0–15 years</source>
            <translation>0–15 år</translation>
        </message>
        <message>
            <source>1.5</source>
            <translation>1,5</translation>
        </message>
        <message>
            <source>12 rows per year and area: year, month, count.</source>
            <translation>12 rader per år och område: år, månad, antal.</translation>
        </message>
        <message>
            <source>168 rows per area: weekday (0 = Monday), hour, count.</source>
            <translation>168 rader per område: veckodag (0 = måndag), timme, antal.</translation>
        </message>
        <message>
            <source>16–24 years</source>
            <translation>16–24 år</translation>
        </message>
        <message>
            <source>25–44 years</source>
            <translation>25–44 år</translation>
        </message>
        <message>
            <source>45–64 years</source>
            <translation>45–64 år</translation>
        </message>
        <message>
            <source>65 years or older</source>
            <translation>65 år eller äldre</translation>
        </message>
        <message>
            <source>80 %</source>
            <translation>80 %</translation>
        </message>
        <message>
            <source>95 %</source>
            <translation>95 %</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, last changed {when} by {who}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, senast ändrad {when} av {who}</translation>
        </message>
        <message>
            <source>A 'Forecast' paragraph and chart per focus area: the monthly incidents forecast twelve months ahead (trygghet:forecast's models, chosen by a back-test on the area's own history).</source>
            <translation>Ett stycke och ett diagram 'Prognos' per fokusområde: händelserna per månad framskrivna tolv månader framåt (modellerna i trygghet:forecast, valda genom ett efterhandstest på områdets egen historik).</translation>
        </message>
        <message>
            <source>A PostgreSQL/PostGIS connection from the browser. When given, the workspace is created there instead of in a file.</source>
            <translation>En PostgreSQL/PostGIS-anslutning från webbläsarpanelen. Anges den skapas arbetsytan där i stället för i en fil.</translation>
        </message>
        <message>
            <source>A QGIS expression choosing incident categories, e.g. "category" IN ('vald', 'ran').</source>
            <translation>Ett QGIS-uttryck som väljer händelsekategorier, t.ex. "category" IN ('vald', 'ran').</translation>
        </message>
        <message>
            <source>A QGIS layout template (.qpt) with the report's items. Empty: the shipped template.</source>
            <translation>En QGIS-layoutmall (.qpt) med rapportens element. Tom: den medföljande mallen.</translation>
        </message>
        <message>
            <source>A Trygghet workspace (GeoPackage). Its layers are used where no layer is given below.</source>
            <translation>En Trygghet-arbetsyta (GeoPackage). Dess lager används där inget lager anges nedan.</translation>
        </message>
        <message>
            <source>A cause needs a text: why can the problem happen here?</source>
            <translation>En orsak behöver en text: varför kan problemet uppstå just här?</translation>
        </message>
        <message>
            <source>A comparable area without the measure, used for every measure instead of the rest of its area. The target and buffer are always cut out of it.</source>
            <translation>Ett jämförbart område utan åtgärden, som används för alla åtgärder i stället för resten av deras område. Målområdet och bufferten skärs alltid bort ur det.</translation>
        </message>
        <message>
            <source>A context layer could not be copied: {}</source>
            <translation>Ett sammanhangslager kunde inte kopieras: {}</translation>
        </message>
        <message>
            <source>A density raster (trygghet:hotspotdensity) for the maps. Empty: computed for the current period.</source>
            <translation>En täthetsraster (trygghet:hotspotdensity) för kartorna. Tom: beräknas för den aktuella perioden.</translation>
        </message>
        <message>
            <source>A field chosen for the findings does not exist in the layer.</source>
            <translation>Ett fält som valts för iakttagelserna finns inte i lagret.</translation>
        </message>
        <message>
            <source>A field chosen for the incidents does not exist in the layer.</source>
            <translation>Ett fält som valts för händelserna finns inte i lagret.</translation>
        </message>
        <message>
            <source>A forecast cannot foresee new measures, changed reporting or single large events.</source>
            <translation>En prognos kan inte förutse nya åtgärder, ändrad anmälningsbenägenhet eller enstaka stora händelser.</translation>
        </message>
        <message>
            <source>A goal area needs a title.</source>
            <translation>Ett målområde behöver en rubrik.</translation>
        </message>
        <message>
            <source>A grid with cells of {size:.0f} m would have {count} cells, more than the limit of {limit}. Choose a larger cell size or a smaller study area.</source>
            <translation>Ett rutnät med rutor på {size:.0f} m skulle få {count} rutor, fler än gränsen {limit}. Välj större rutstorlek eller mindre studieområde.</translation>
        </message>
        <message>
            <source>A measure needs a title.</source>
            <translation>En åtgärd måste ha en rubrik.</translation>
        </message>
        <message>
            <source>A new or empty folder for the walk package (copy the whole folder to QField).</source>
            <translation>En ny eller tom mapp för vandringspaketet (kopiera hela mappen till QField).</translation>
        </message>
        <message>
            <source>A page per focus area with the risk map's top 1, 5 and 10 % areas for the coming weeks (trygghet:riskmap, 90 days back from the end of the current period) and how many of those days' incidents lay in them.</source>
            <translation>En sida per fokusområde med riskkartans översta 1, 5 och 10 % av ytan för de kommande veckorna (trygghet:riskmap, 90 dagar bakåt från den aktuella periodens slut) och hur många av de dagarnas händelser som låg där.</translation>
        </message>
        <message>
            <source>A pattern counts when its permutation p-value is at most this level.</source>
            <translation>Ett mönster räknas när dess p-värde från permutationerna är högst denna nivå.</translation>
        </message>
        <message>
            <source>A period (start or end) applies to incident points only; leave start and end empty for polygon input.</source>
            <translation>En period (start eller slut) gäller bara händelsepunkter; lämna start och slut tomma för polygonindata.</translation>
        </message>
        <message>
            <source>A period needs the incident time field.</source>
            <translation type="vanished">En period kräver händelsernas tidsfält.</translation>
        </message>
        <message>
            <source>A point of a path farther than this from every working lamp is unlit.</source>
            <translation>En punkt på ett stråk som ligger längre än så från varje fungerande lampa är obelyst.</translation>
        </message>
        <message>
            <source>A problem needs a title.</source>
            <translation>Ett problem behöver en rubrik.</translation>
        </message>
        <message>
            <source>A projected CRS in metres. SWEREF 99 TM (EPSG:3006) is the default; local zones such as SWEREF 99 12 00 (EPSG:3007) work too.</source>
            <translation>Ett projicerat koordinatsystem i meter. SWEREF 99 TM (EPSG:3006) är förval; lokala zoner som SWEREF 99 12 00 (EPSG:3007) fungerar också.</translation>
        </message>
        <message>
            <source>A segment end closer than this to another segment's end or side is joined to it, for paths that do not quite meet.</source>
            <translation>En ände närmare än så till en annan delsträckas ände eller sida kopplas ihop med den, för stråk som inte riktigt möts.</translation>
        </message>
        <message>
            <source>A time window (start or end) needs a time field.</source>
            <translation>Ett tidsfönster (start eller slut) kräver ett tidsfält.</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Action plan exported</source>
            <translation>Handlingsplanen exporterades</translation>
        </message>
        <message>
            <source>Actual effort (hours)</source>
            <translation>Faktisk insats (timmar)</translation>
        </message>
        <message>
            <source>Add cause…</source>
            <translation>Lägg till orsak…</translation>
        </message>
        <message>
            <source>Add goal area</source>
            <translation>Lägg till målområde</translation>
        </message>
        <message>
            <source>Age column</source>
            <translation>Kolumn för ålder</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>Alla områden</translation>
        </message>
        <message>
            <source>All citizen promises</source>
            <translation>Alla medborgarlöften</translation>
        </message>
        <message>
            <source>All goal areas</source>
            <translation>Alla målområden</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Alla händelser</translation>
        </message>
        <message>
            <source>All incidents fall in a single time step; a trend needs at least two. Choose a shorter time step.</source>
            <translation>Alla händelser ligger i ett enda tidssteg; en trend kräver minst två. Välj ett kortare tidssteg.</translation>
        </message>
        <message>
            <source>All incidents happened at the same time; there is nothing to test.</source>
            <translation>Alla händelser inträffade vid samma tidpunkt; det finns inget att testa.</translation>
        </message>
        <message>
            <source>All organizations</source>
            <translation>Alla organisationer</translation>
        </message>
        <message>
            <source>All problems</source>
            <translation>Alla problem</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alla statusar</translation>
        </message>
        <message>
            <source>All values are equal; there is nothing to test.</source>
            <translation>Alla värden är lika; det finns inget att testa.</translation>
        </message>
        <message>
            <source>All values are zero; there is nothing to test.</source>
            <translation>Alla värden är noll; det finns inget att testa.</translation>
        </message>
        <message>
            <source>All {cells} cells of {size:.1f} m inside the study area are analysed, {empty} of them without incidents ({bins} space-time bins).</source>
            <translation type="vanished">Alla {cells} rutor på {size:.1f} m inom studieområdet analyseras, {empty} av dem utan händelser ({bins} rum-tid-fält).</translation>
        </message>
        <message>
            <source>All {cells} cells of {size} m inside the study area are analysed, {empty} of them without incidents ({bins} space-time bins).</source>
            <translation>Alla {cells} rutor på {size} m inom studieområdet analyseras, {empty} av dem utan händelser ({bins} rum-tid-fält).</translation>
        </message>
        <message>
            <source>Also run the analyses and the report (a few minutes)</source>
            <translation>Kör också analyserna och rapporten (några minuter)</translation>
        </message>
        <message>
            <source>An optional step: the incidents per month forecast twelve months ahead per area (trygghet:forecast, 80 % forecast interval) as a table of its own, and the Forecast section of the situation picture. Unticked: the step is skipped.</source>
            <translation>Ett valfritt steg: händelserna per månad framskrivna tolv månader per område (trygghet:forecast, 80 % prognosintervall) som egen tabell, och avsnittet Prognos i lägesbilden. Avbockad: steget hoppas över.</translation>
        </message>
        <message>
            <source>An unlit stretch at least this long is flagged as a lighting gap (lit_gap).</source>
            <translation>En obelyst sträcka som är minst så lång markeras som belysningslucka (lit_gap).</translation>
        </message>
        <message>
            <source>Answers the causes</source>
            <translation>Svarar mot orsakerna</translation>
        </message>
        <message>
            <source>Answers “after an incident, is the area nearby at higher risk in the following days?” with the Knox test used by the Near Repeat Calculator. Every pair of incidents is counted in the distance band and time band its separation falls in; the expected counts come from shuffling the times at random (Monte Carlo, with a seed). The table gives observed and expected pairs, their ratio (above 1: more pairs than chance) and the pseudo p-value per band combination.</source>
            <translation>Besvarar ”efter en händelse, är närområdet mer utsatt de närmaste dagarna?” med Knox-testet som Near Repeat Calculator använder. Varje par av händelser räknas i det avståndsband och tidsband som deras avstånd faller i; förväntade antal fås genom att blanda tiderna slumpmässigt (Monte Carlo, med frövärde). Tabellen ger observerade och förväntade par, kvoten (över 1: fler par än slumpen) och pseudo-p-värdet per kombination av band.</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Alla datum</translation>
        </message>
        <message>
            <source>Append to workspace</source>
            <translation>Lägg till i arbetsytan</translation>
        </message>
        <message>
            <source>Appended {} places to the workspace's places layer.</source>
            <translation>La till {} platser i arbetsytans lager med platser.</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>apr</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Area column</source>
            <translation>Kolumn för område</translation>
        </message>
        <message>
            <source>Area name field</source>
            <translation>Fält för områdesnamn</translation>
        </message>
        <message>
            <source>Area names must be unique; repeated: {}</source>
            <translation>Områdesnamnen måste vara unika; upprepade: {}</translation>
        </message>
        <message>
            <source>Area names separated by ';', one section each. Empty: the areas of kind 'focus'.</source>
            <translation>Områdesnamn åtskilda med ';', ett avsnitt var. Tom: områdena av typen 'focus'.</translation>
        </message>
        <message>
            <source>Area names separated by ';'. Empty: every area.</source>
            <translation>Områdesnamn åtskilda med ';'. Tomt: alla områden.</translation>
        </message>
        <message>
            <source>Area names separated by ';'. Empty: the areas of kind 'reference'.</source>
            <translation>Områdesnamn åtskilda med ';'. Tom: områdena av typen 'reference'.</translation>
        </message>
        <message>
            <source>Area not in the workspace</source>
            <translation>Området finns inte i arbetsytan</translation>
        </message>
        <message>
            <source>Area summary</source>
            <translation>Områdessammanställning</translation>
        </message>
        <message>
            <source>Area summary (lägesbild)</source>
            <translation>Områdessammanställning (lägesbild)</translation>
        </message>
        <message>
            <source>Area summary (map)</source>
            <translation>Områdessammanställning (karta)</translation>
        </message>
        <message>
            <source>Area summary (table)</source>
            <translation>Områdessammanställning (tabell)</translation>
        </message>
        <message>
            <source>Area summary…</source>
            <translation>Områdessammanställning…</translation>
        </message>
        <message>
            <source>Area {}</source>
            <translation>Område {}</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <source>Areas (e.g. the workspace's areas). The control of a measure is the rest of the area it lies in. Needed unless a control layer is given.</source>
            <translation>Områden (t.ex. arbetsytans områden). En åtgärds kontrollområde är resten av det område den ligger i. Behövs om inget kontrollager anges.</translation>
        </message>
        <message>
            <source>Areas (for names)</source>
            <translation>Områden (för namn)</translation>
        </message>
        <message>
            <source>Areas instead of a grid</source>
            <translation>Områden i stället för rutnät</translation>
        </message>
        <message>
            <source>Areas or cells with base_count, test_count, base_pct, test_pct, ci_low, ci_high and changed.</source>
            <translation>Områden eller rutor med base_count, test_count, base_pct, test_pct, ci_low, ci_high och changed.</translation>
        </message>
        <message>
            <source>Areas to compare (e.g. DeSO). Without areas the incidents are counted in square grid cells.</source>
            <translation>Områden att jämföra (t.ex. DeSO). Utan områden räknas händelserna i kvadratiska rutor.</translation>
        </message>
        <message>
            <source>Areas with a name field; each finding gets the area it lies in.</source>
            <translation>Områden med ett namnfält; varje iakttagelse får området den ligger i.</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Tidpunkt för kartan</translation>
        </message>
        <message>
            <source>Assigning incidents to areas…</source>
            <translation type="vanished">Fördelar händelserna på områden…</translation>
        </message>
        <message>
            <source>At least one weight must be above zero.</source>
            <translation>Minst en vikt måste vara större än noll.</translation>
        </message>
        <message>
            <source>At {n} features of {layer}. Describe the triangle and the causes in the form.</source>
            <translation>Vid {n} objekt i {layer}. Beskriv triangeln och orsakerna i formuläret.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>aug</translation>
        </message>
        <message>
            <source>Automatic (WKT, X/Y or longitude/latitude columns)</source>
            <translation>Automatiskt (kolumner för WKT, X/Y eller longitud/latitud)</translation>
        </message>
        <message>
            <source>Automatic distance band</source>
            <translation>Automatiskt avståndsband</translation>
        </message>
        <message>
            <source>Automatic: ISO (YYYY-MM-DD HH:MM or YYYY-MM-DD)</source>
            <translation>Automatiskt: ISO (ÅÅÅÅ-MM-DD TT:MM eller ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>Automatic: ISO (YYYY-MM-DD)</source>
            <translation>Automatiskt: ISO (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>Back-testing and forecasting…</source>
            <translation>Testar modellerna bakåt och gör prognoser…</translation>
        </message>
        <message>
            <source>Bad date</source>
            <translation>Felaktigt datum</translation>
        </message>
        <message>
            <source>Bad or missing date</source>
            <translation>Felaktigt eller saknat datum</translation>
        </message>
        <message>
            <source>Bandwidths, look-back and pixel size must be greater than zero.</source>
            <translation>Bandbredder, tid bakåt och pixelstorlek måste vara större än noll.</translation>
        </message>
        <message>
            <source>Base data</source>
            <translation>Grunddata</translation>
        </message>
        <message>
            <source>Base period end</source>
            <translation>Basperiodens slut</translation>
        </message>
        <message>
            <source>Base period start</source>
            <translation>Basperiodens början</translation>
        </message>
        <message>
            <source>Base period: {b} incidents; test period: {t} incidents.</source>
            <translation>Basperiod: {b} händelser; testperiod: {t} händelser.</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg false discovery rate correction of the confidence bins. Recommended.</source>
            <translation>Benjamini–Hochbergs korrigering för falsk upptäcktsfrekvens (FDR) av konfidensklasserna. Rekommenderas.</translation>
        </message>
        <message>
            <source>Benjamini-Hochberg false discovery rate over the cells that are judged. Recommended.</source>
            <translation>Benjamini–Hochbergs korrigering (falsk upptäcktsfrekvens) över de rutor som bedöms. Rekommenderas.</translation>
        </message>
        <message>
            <source>Bivariate Local Moran (one variable here, another around)</source>
            <translation>Bivariat lokal Moran (en variabel här, en annan runt omkring)</translation>
        </message>
        <message>
            <source>Bivariate Local Moran on points: its points are counted in the same cells as the incidents (y; the incidents' counts are x), e.g. dialogue marks. A start and end apply to it too when it has the same time field.</source>
            <translation>Bivariat lokal Moran på punkter: lagrets punkter räknas i samma rutor som händelserna (y; händelsernas antal är x), t.ex. dialogmarkeringar. En start och ett slut gäller även detta lager när det har samma tidsfält.</translation>
        </message>
        <message>
            <source>Bivariate Local Moran on polygons: the variable whose neighbourhood values are compared with the value field (y; the value field is x).</source>
            <translation>Bivariat lokal Moran på polygoner: variabeln vars värden i grannskapet jämförs med värdefältet (y; värdefältet är x).</translation>
        </message>
        <message>
            <source>Both periods need a start and an end.</source>
            <translation>Båda perioderna behöver en början och ett slut.</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation>Trasig</translation>
        </message>
        <message>
            <source>Buffer for incidents and findings (m)</source>
            <translation>Buffert för händelser och iakttagelser (m)</translation>
        </message>
        <message>
            <source>Building the neighbourhood…</source>
            <translation>Bygger grannskapet…</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Av</translation>
        </message>
        <message>
            <source>CRS of the coordinates</source>
            <translation>Koordinaternas koordinatsystem</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Avbrutet.</translation>
        </message>
        <message>
            <source>Cannot open the measure</source>
            <translation>Åtgärden kan inte öppnas</translation>
        </message>
        <message>
            <source>Cannot open the problem</source>
            <translation>Problemet kan inte öppnas</translation>
        </message>
        <message>
            <source>Cannot open the workspace</source>
            <translation>Arbetsytan kan inte öppnas</translation>
        </message>
        <message>
            <source>Cannot read the cause analysis</source>
            <translation>Orsaksanalysen kan inte läsas</translation>
        </message>
        <message>
            <source>Cannot read the conclusions</source>
            <translation>Det går inte att läsa slutsatserna</translation>
        </message>
        <message>
            <source>Cannot read the measures</source>
            <translation>Åtgärderna kan inte läsas</translation>
        </message>
        <message>
            <source>Cannot read the problems</source>
            <translation>Problemen kan inte läsas</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Category codes separated by ';' (e.g. 'skadegorelse;klotter'). Empty: all incidents.</source>
            <translation>Kategorikoder åtskilda med ';' (t.ex. 'skadegorelse;klotter'). Tomt: alla händelser.</translation>
        </message>
        <message>
            <source>Category column</source>
            <translation>Kategorikolumn</translation>
        </message>
        <message>
            <source>Category field</source>
            <translation>Kategorifält</translation>
        </message>
        <message>
            <source>Category mapping table</source>
            <translation>Tabell för kategorimappning</translation>
        </message>
        <message>
            <source>Category shown on the map</source>
            <translation>Kategori som visas på kartan</translation>
        </message>
        <message>
            <source>Category weights</source>
            <translation>Kategorivikter</translation>
        </message>
        <message>
            <source>Category weights must look like 'belysning=2; vegetation=1.5' (got '{}').</source>
            <translation>Kategorivikter ska skrivas som 'belysning=2; vegetation=1.5' (fick '{}').</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Orsak</translation>
        </message>
        <message>
            <source>Cause analysis</source>
            <translation>Orsaksanalys</translation>
        </message>
        <message>
            <source>Cause not added</source>
            <translation>Orsaken lades inte till</translation>
        </message>
        <message>
            <source>Causes</source>
            <translation>Orsaker</translation>
        </message>
        <message>
            <source>Causes answered by measures</source>
            <translation>Orsaker som åtgärder svarar mot</translation>
        </message>
        <message>
            <source>Cell shape</source>
            <translation>Rutform</translation>
        </message>
        <message>
            <source>Cell size</source>
            <translation>Rutstorlek</translation>
        </message>
        <message>
            <source>Cell size (0 = automatic)</source>
            <translation>Rutstorlek (0 = automatisk)</translation>
        </message>
        <message>
            <source>Cell size chosen automatically: {size:.1f} m, from {why}.</source>
            <translation type="vanished">Rutstorlek vald automatiskt: {size:.1f} m, utifrån {why}.</translation>
        </message>
        <message>
            <source>Cell size chosen automatically: {size} m. {why}</source>
            <translation>Rutstorlek vald automatiskt: {size} m. {why}</translation>
        </message>
        <message>
            <source>Cell size in metres (hexagons: distance between neighbouring centres). 0 chooses it from the mean nearest-neighbour distance of the incidents, as Optimized Hot Spot Analysis does, but at least the shorter side of the study area's bounding rectangle divided by 150 (Eck et al. 2005), so that a town of 8 by 11 km gets cells of about 50 m rather than 20 m cells that are nearly all empty.</source>
            <translation>Rutstorlek i meter (hexagoner: avståndet mellan närliggande mittpunkter). 0 väljer den från händelsernas genomsnittliga avstånd till närmaste granne, som Optimized Hot Spot Analysis gör, men minst studieområdets omskrivna rektangels kortare sida delad med 150 (Eck m.fl. 2005), så att en tätort på 8 gånger 11 km får rutor på omkring 50 m i stället för 20-metersrutor som nästan alla är tomma.</translation>
        </message>
        <message>
            <source>Cell size in metres (hexagons: distance between neighbouring centres). 0 chooses it from the mean nearest-neighbour distance of the incidents, as Optimized Hot Spot Analysis does.</source>
            <translation type="vanished">Rutstorlek i meter (hexagoner: avståndet mellan närliggande mittpunkter). 0 väljer den från händelsernas genomsnittliga avstånd till närmaste granne, som Optimized Hot Spot Analysis gör.</translation>
        </message>
        <message>
            <source>Cell size of the density grid; the places' outlines follow these cells.</source>
            <translation>Cellstorlek i täthetsrutnätet; platsernas konturer följer cellerna.</translation>
        </message>
        <message>
            <source>Cell size of the output raster in metres.</source>
            <translation>Cellstorlek i utdatarastret i meter.</translation>
        </message>
        <message>
            <source>Cells (250 m)</source>
            <translation>Celler (250 m)</translation>
        </message>
        <message>
            <source>Cells of trygghet:emerginghotspots. Empty: computed monthly over all incidents.</source>
            <translation>Celler från trygghet:emerginghotspots. Tom: beräknas månadsvis över alla händelser.</translation>
        </message>
        <message>
            <source>Cells or areas with their class, counts, local I and p-value.</source>
            <translation>Rutor eller områden med klass, antal, lokalt I och p-värde.</translation>
        </message>
        <message>
            <source>Cells or polygons with value, z, p, p_sim, bin (and local_i, quadrant for Local Moran).</source>
            <translation type="vanished">Rutor eller polygoner med value, z, p, p_sim, bin (och local_i, quadrant för lokal Moran).</translation>
        </message>
        <message>
            <source>Cells or polygons with value, z, p, p_sim, bin (and local_i, quadrant for Local Moran; second_value too for the bivariate one).</source>
            <translation>Rutor eller polygoner med value, z, p, p_sim, bin (och local_i, quadrant för lokal Moran; för den bivariata även second_value).</translation>
        </message>
        <message>
            <source>Cells whose centres lie within this distance are neighbours. 0 chooses it by incremental spatial autocorrelation of the cells' total counts.</source>
            <translation>Rutor vars mittpunkter ligger inom detta avstånd är grannar. 0 väljer det med inkrementell rumslig autokorrelation av rutornas totala antal.</translation>
        </message>
        <message>
            <source>Cells with category (code), category_sv (Swedish), trend_z, trend_p, hot_steps and incidents.</source>
            <translation>Rutor med category (kod), category_sv (svenska), trend_z, trend_p, hot_steps och incidents.</translation>
        </message>
        <message>
            <source>Cells with fewer marks and incidents together are shown as too few to judge.</source>
            <translation>Rutor med färre markeringar och händelser tillsammans visas som för få för att bedöma.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Förändring</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>Ändrad av</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Ändrad av någon annan</translation>
        </message>
        <message>
            <source>Changed since</source>
            <translation>Ändrade sedan</translation>
        </message>
        <message>
            <source>Chart files</source>
            <translation>Diagramfiler</translation>
        </message>
        <message>
            <source>Chart folder</source>
            <translation>Mapp för diagram</translation>
        </message>
        <message>
            <source>Chart format</source>
            <translation>Diagramformat</translation>
        </message>
        <message>
            <source>Charts…</source>
            <translation>Diagram…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Kontrollerar raderna…</translation>
        </message>
        <message>
            <source>Choose a GeoPackage file or a PostgreSQL connection for the workspace.</source>
            <translation>Välj en GeoPackage-fil eller en PostgreSQL-anslutning för arbetsytan.</translation>
        </message>
        <message>
            <source>Choose a cause</source>
            <translation>Välj en orsak</translation>
        </message>
        <message>
            <source>Choose an output layer or a workspace to write the places to.</source>
            <translation>Välj ett utdatalager eller en arbetsyta att skriva platserna till.</translation>
        </message>
        <message>
            <source>Choose one of the listed statuses for {field}.</source>
            <translation>Välj en av statusarna i listan för {field}.</translation>
        </message>
        <message>
            <source>Choose the CRS of the coordinates.</source>
            <translation>Välj koordinatsystemet för koordinaterna.</translation>
        </message>
        <message>
            <source>Choose the category field to keep only some categories.</source>
            <translation>Välj kategorifältet för att bara ta med vissa kategorier.</translation>
        </message>
        <message>
            <source>Choose the dialogue marks and the incidents, or a workspace layer of either so that the other is taken from the same workspace.</source>
            <translation>Välj dialogmarkeringarna och händelserna, eller ett av dem ur en arbetsyta så att det andra hämtas ur samma arbetsyta.</translation>
        </message>
        <message>
            <source>Choose the focus areas: none were named and no area has kind 'focus'.</source>
            <translation>Välj fokusområden: inga namn angavs och inget område har typen 'focus'.</translation>
        </message>
        <message>
            <source>Choose the incidents' time field.</source>
            <translation>Välj händelsernas tidsfält.</translation>
        </message>
        <message>
            <source>Choose the reference area(s): no names were given and no area has kind 'reference'.</source>
            <translation>Välj referensområde(n): inga namn angavs och inget område har typen 'reference'.</translation>
        </message>
        <message>
            <source>Choose the workspace whose measures are shown</source>
            <translation>Välj arbetsytan vars åtgärder visas</translation>
        </message>
        <message>
            <source>Choose where to write the report (PDF).</source>
            <translation>Välj var rapporten (PDF) ska sparas.</translation>
        </message>
        <message>
            <source>Citizen dialogue</source>
            <translation>Medborgardialog</translation>
        </message>
        <message>
            <source>Citizen dialogue areas</source>
            <translation>Markerade områden i medborgardialog</translation>
        </message>
        <message>
            <source>Citizen dialogue marks</source>
            <translation>Markeringar i medborgardialog</translation>
        </message>
        <message>
            <source>Citizen dialogue marks (optional)</source>
            <translation>Markeringar från medborgardialog (valfritt)</translation>
        </message>
        <message>
            <source>Citizen dialogue per area</source>
            <translation>Medborgardialog per område</translation>
        </message>
        <message>
            <source>Citizen dialogue: {} marks, {} of them inside the areas; {} areas with fewer than {} marks have their share and reasons withheld.</source>
            <translation>Medborgardialog: {} markeringar, varav {} inom områdena; för {} områden med färre än {} markeringar redovisas inte andel och orsaker.</translation>
        </message>
        <message>
            <source>Citizen dialogues ({dialogues}): {n} marks in the area.</source>
            <translation>Medborgardialoger ({dialogues}): {n} markeringar i området.</translation>
        </message>
        <message>
            <source>Citizen dialogues: {n} marks in the area, too few to show reasons and shares.</source>
            <translation>Medborgardialoger: {n} markeringar i området, för få för att redovisa orsaker och andelar.</translation>
        </message>
        <message>
            <source>Citizen promise</source>
            <translation>Medborgarlöfte</translation>
        </message>
        <message>
            <source>Citizen promises</source>
            <translation>Medborgarlöften</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Rensa filter</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Close without saving your changes?</source>
            <translation>Stänga utan att spara dina ändringar?</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>Column naming the dialogue or survey; empty: guessed.</source>
            <translation>Kolumn med dialogens eller enkätens namn; tom: gissas.</translation>
        </message>
        <message>
            <source>Column saying day or evening; empty: guessed.</source>
            <translation>Kolumn som anger dag eller kväll; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with X (easting) or longitude; empty: guessed (x, easting, lon, longitude …).</source>
            <translation>Kolumn med X (östlig koordinat) eller longitud; tom: gissas (x, easting, lon, longitude …).</translation>
        </message>
        <message>
            <source>Column with Y (northing) or latitude; empty: guessed (y, northing, lat, latitude …).</source>
            <translation>Kolumn med Y (nordlig koordinat) eller latitud; tom: gissas (y, northing, lat, latitude …).</translation>
        </message>
        <message>
            <source>Column with a WKT point or polygon; empty: guessed (wkt, geometry, geom …).</source>
            <translation>Kolumn med en WKT-punkt eller -polygon; tom: gissas (wkt, geometry, geom …).</translation>
        </message>
        <message>
            <source>Column with a WKT point, e.g. 'POINT (340000 6460000)', for 'WKT point'.</source>
            <translation>Kolumn med en WKT-punkt, t.ex. 'POINT (340000 6460000)', för 'WKT-punkt'.</translation>
        </message>
        <message>
            <source>Column with the X coordinate (easting), or the longitude for longitude/latitude.</source>
            <translation>Kolumn med X-koordinaten (östlig), eller longituden för longitud/latitud.</translation>
        </message>
        <message>
            <source>Column with the Y coordinate (northing), or the latitude for longitude/latitude.</source>
            <translation>Kolumn med Y-koordinaten (nordlig), eller latituden för longitud/latitud.</translation>
        </message>
        <message>
            <source>Column with the age band or age; empty: guessed.</source>
            <translation>Kolumn med åldersgrupp eller ålder; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with the area's name; empty: guessed (område, area …).</source>
            <translation>Kolumn med områdets namn; tom: gissas (område, area …).</translation>
        </message>
        <message>
            <source>Column with the date of the mark; empty: guessed.</source>
            <translation>Kolumn med markeringens datum; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with the date when date and time are separate.</source>
            <translation>Kolumn med datumet när datum och tid är separata.</translation>
        </message>
        <message>
            <source>Column with the feeling 1–4 (1 frightening – 4 safe); empty: guessed (känsla, feeling, trygghet …).</source>
            <translation>Kolumn med känslan 1–4 (1 skrämmande – 4 trygg); tom: gissas (känsla, feeling, trygghet …).</translation>
        </message>
        <message>
            <source>Column with the gender; empty: guessed.</source>
            <translation>Kolumn med kön; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with the indicator; empty: guessed.</source>
            <translation>Kolumn med indikatorn; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with the police code or the category as text.</source>
            <translation>Kolumn med polisens kod eller kategorin som text.</translation>
        </message>
        <message>
            <source>Column with the reason; empty: guessed (orsak, reason …).</source>
            <translation>Kolumn med orsaken; tom: gissas (orsak, reason …).</translation>
        </message>
        <message>
            <source>Column with the resident's comment; empty: guessed.</source>
            <translation>Kolumn med invånarens kommentar; tom: gissas.</translation>
        </message>
        <message>
            <source>Column with the time of day ('HH:MM', 'HH.MM' or 'HHMM') when date and time are separate; empty times mean midnight.</source>
            <translation>Kolumn med klockslaget ('TT:MM', 'TT.MM' eller 'TTMM') när datum och tid är separata; tomma tider betyder midnatt.</translation>
        </message>
        <message>
            <source>Column with the value; empty: guessed (värde, value, andel …).</source>
            <translation>Kolumn med värdet; tom: gissas (värde, value, andel …).</translation>
        </message>
        <message>
            <source>Column with the year; empty: guessed (år, year).</source>
            <translation>Kolumn med året; tom: gissas (år, year).</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolumner</translation>
        </message>
        <message>
            <source>Columns used: {}</source>
            <translation>Kolumner som används: {}</translation>
        </message>
        <message>
            <source>Columns with personal data were not imported: {}.</source>
            <translation>Kolumner med personuppgifter importerades inte: {}.</translation>
        </message>
        <message>
            <source>Comment column</source>
            <translation>Kolumn för kommentar</translation>
        </message>
        <message>
            <source>Compact list (default)</source>
            <translation>Kompakt lista (standard)</translation>
        </message>
        <message>
            <source>Compare two periods (SPPT)</source>
            <translation>Jämför två perioder (SPPT)</translation>
        </message>
        <message>
            <source>Compares where incidents happened in a test period with a base period, by Andresen's spatial point pattern test. For each area (or grid cell) it gives the share of incidents in each period, a Monte Carlo confidence interval of the test period's share (85 % samples drawn with replacement) and whether the area's share changed significantly (changed: 1 higher, -1 lower, 0 similar). The S-index is the share of units with a similar share (1 = identical patterns); the robust S-index leaves out units without incidents in both periods. Both are logged and returned as outputs.</source>
            <translation>Jämför var händelser inträffade under en testperiod med en basperiod, med Andresens spatiala punktmönstertest. För varje område (eller ruta) ges andelen händelser i varje period, ett Monte Carlo-konfidensintervall för testperiodens andel (stickprov om 85 % dragna med återläggning) och om områdets andel ändrats signifikant (changed: 1 högre, -1 lägre, 0 likartad). S-index är andelen enheter med likartad andel (1 = identiska mönster); det robusta S-indexet utesluter enheter utan händelser i båda perioderna. Båda loggas och ges som utdata.</translation>
        </message>
        <message>
            <source>Compares where residents feel unsafe (dialogue marks) with where incidents are reported, on a square grid or per area, and puts each cell in one of four classes. The bivariate Local Moran relates the unsafe marks in a cell to the incidents in its neighbouring cells (the 8 around a grid cell; for areas, those sharing a border), tested with conditional permutations; the cell's own incidents then say whether the place itself is crime-exposed. "Above average" means more than the mean over all cells.
Unsafe and crime-exposed: more unsafe marks than average and significantly many incidents around, or more marks and more incidents than average in the cell itself with significantly few around.
Unsafe but few reported crimes: more unsafe marks than average, significantly few incidents around and no more than average in the cell. Here situational measures such as lighting and cutting back vegetation often help.
Safe but crime-exposed (hidden risk): no more unsafe marks than average (usually none), significantly many incidents around and more than average in the cell itself.
No pattern: everything else (not significant, low marks and few incidents, or a quiet cell beside a crime-exposed one).
Too few to judge: fewer marks and incidents together than the minimum, or a cell without neighbours.
A mark counts as unsafe when its feeling is at most the chosen level (1 frightening – 4 safe) or has no feeling. Without marks or incidents given, the other layer's workspace supplies them (dialog_marks, incidents), and the grid covers the workspace's areas. The time window applies to the incidents only. The table gives, per area, the cells in each class and the marks and incidents.</source>
            <translation>Jämför var invånare känner sig otrygga (dialogmarkeringar) med var händelser anmäls, i ett rutnät eller per område, och placerar varje ruta i en av fyra klasser. Bivariat lokal Moran ställer de otrygga markeringarna i en ruta mot händelserna i grannrutorna (de 8 runt en ruta; för områden de som gränsar till området), testat med villkorade permutationer; rutans egna händelser avgör sedan om platsen själv är brottsutsatt. "Över genomsnittet" betyder fler än medelvärdet för alla rutor.
Otryggt och brottsutsatt: fler otrygga markeringar än genomsnittet och signifikant många händelser runt omkring, eller fler markeringar och fler händelser än genomsnittet i själva rutan medan det är signifikant lugnt runt omkring.
Otryggt men få anmälda brott: fler otrygga markeringar än genomsnittet, signifikant få händelser runt omkring och inte fler än genomsnittet i rutan. Här hjälper ofta situationella åtgärder som belysning och röjning av vegetation.
Tryggt men brottsutsatt (dold risk): inte fler otrygga markeringar än genomsnittet (oftast inga), signifikant många händelser runt omkring och fler än genomsnittet i själva rutan.
Inget mönster: allt annat (inte signifikant, få markeringar och få händelser, eller en lugn ruta bredvid en brottsutsatt).
För få för att bedöma: färre markeringar och händelser tillsammans än minimum, eller en ruta utan grannar.
En markering räknas som otrygg när dess upplevda trygghet är högst den valda nivån (1 skrämmande – 4 trygg) eller saknas. Anges inte markeringar eller händelser hämtas de ur det andra lagrets arbetsyta (dialog_marks, incidents), och rutnätet täcker arbetsytans områden. Tidsfönstret gäller bara händelserna. Tabellen ger per område rutorna i varje klass samt markeringarna och händelserna.</translation>
        </message>
        <message>
            <source>Computing space-time Gi*…</source>
            <translation>Beräknar rum-tid-Gi*…</translation>
        </message>
        <message>
            <source>Computing the density…</source>
            <translation>Beräknar tätheten…</translation>
        </message>
        <message>
            <source>Computing the risk map…</source>
            <translation>Beräknar riskkartan…</translation>
        </message>
        <message>
            <source>Computing the statistic…</source>
            <translation>Beräknar statistiken…</translation>
        </message>
        <message>
            <source>Computing the summary…</source>
            <translation>Beräknar sammanställningen…</translation>
        </message>
        <message>
            <source>Conclusions</source>
            <translation>Slutsatser</translation>
        </message>
        <message>
            <source>Conclusions need the area they concern.</source>
            <translation>Slutsatser behöver det område de gäller.</translation>
        </message>
        <message>
            <source>Conclusions not deleted</source>
            <translation>Slutsatserna togs inte bort</translation>
        </message>
        <message>
            <source>Conclusions not saved</source>
            <translation>Slutsatserna sparades inte</translation>
        </message>
        <message>
            <source>Conclusions written for {area}: {n}</source>
            <translation>Skrivna slutsatser för {area}: {n}</translation>
        </message>
        <message>
            <source>Confidence level (%)</source>
            <translation>Konfidensnivå (%)</translation>
        </message>
        <message>
            <source>Confidence level of the interval.</source>
            <translation>Intervallets konfidensnivå.</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Anslutning</translation>
        </message>
        <message>
            <source>Consecutive cold spot</source>
            <translation>Sammanhängande kall fläck</translation>
        </message>
        <message>
            <source>Consecutive hot spot</source>
            <translation>Sammanhängande hot spot</translation>
        </message>
        <message>
            <source>Contact details</source>
            <translation>Kontaktuppgifter</translation>
        </message>
        <message>
            <source>Contiguity (queen)</source>
            <translation>Angränsning (queen)</translation>
        </message>
        <message>
            <source>Control area (optional)</source>
            <translation>Kontrollområde (valfritt)</translation>
        </message>
        <message>
            <source>Coordinate reference system (projected)</source>
            <translation>Koordinatsystem (projicerat)</translation>
        </message>
        <message>
            <source>Correct for multiple testing (FDR)</source>
            <translation>Korrigera för multipla test (FDR)</translation>
        </message>
        <message>
            <source>Could not connect with the PostgreSQL connection {}. Check its host, port, database, user name and password (the server said: {}).</source>
            <translation>Det gick inte att ansluta med PostgreSQL-anslutningen {}. Kontrollera värd, port, databas, användarnamn och lösenord (servern svarade: {}).</translation>
        </message>
        <message>
            <source>Count per week (Monday to Sunday, season 52 weeks) or per calendar month (season 12 months).</source>
            <translation>Räkna per vecka (måndag till söndag, säsong 52 veckor) eller per kalendermånad (säsong 12 månader).</translation>
        </message>
        <message>
            <source>Count: 0</source>
            <translation>Antal: 0</translation>
        </message>
        <message>
            <source>Counting the incidents in the database…</source>
            <translation>Räknar händelserna i databasen…</translation>
        </message>
        <message>
            <source>Counts from 1 to k−1 are shown as '&lt;k' and the values derived from them are withheld, with secondary suppression against totals. 0 or 1 turns disclosure control off (internal use only).</source>
            <translation>Antal från 1 till k−1 visas som '&lt;k' och värden som räknats fram ur dem visas inte, med sekundär undertryckning mot summor. 0 eller 1 stänger av röjandeskyddet (endast för internt bruk).</translation>
        </message>
        <message>
            <source>Counts from 1 to k−1 are shown as '&lt;k' and values built on them are suppressed. 0 or 1 turns disclosure control off (for internal use only).</source>
            <translation>Antal från 1 till k−1 visas som '&lt;k' och värden som bygger på dem undertrycks. 0 eller 1 stänger av röjandekontrollen (bara för internt bruk).</translation>
        </message>
        <message>
            <source>Counts from 1 to k−1 are shown as '&lt;k'. 0 or 1 turns disclosure control off (internal use only).</source>
            <translation>Antal från 1 till k−1 visas som '&lt;k'. 0 eller 1 stänger av röjandeskyddet (endast för internt bruk).</translation>
        </message>
        <message>
            <source>Counts from 1 to k−1 print as '&lt;k'. 0 or 1 turns disclosure control off (internal use only).</source>
            <translation>Antal från 1 till k−1 skrivs som '&lt;k'. 0 eller 1 stänger av röjandekontrollen (endast internt bruk).</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Omslag</translation>
        </message>
        <message>
            <source>Create a measure linked to the features selected in the active layer</source>
            <translation>Skapa en åtgärd kopplad till de markerade objekten i det aktiva lagret</translation>
        </message>
        <message>
            <source>Create a problem at the features selected in the active layer (a hot place, a path, walk findings…)</source>
            <translation>Skapa ett problem vid de objekt som är valda i det aktiva lagret (en hot spot, ett stråk, iakttagelser…)</translation>
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
            <source>Create the demo workspace for Kronogården, Sylte and Lextorp (synthetic data) in {folder} and open it as a styled project?</source>
            <translation>Skapa demoarbetsytan för Kronogården, Sylte och Lextorp (syntetiska data) i {folder} och öppna den som ett stylat projekt?</translation>
        </message>
        <message>
            <source>Create walk project for QField</source>
            <translation>Skapa vandringsprojekt för QField</translation>
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
            <source>Created</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <source>Created the demo workspace {}. The data are synthetic and the boundaries approximate.</source>
            <translation>Demoarbetsytan {} är skapad. Uppgifterna är syntetiska och gränserna ungefärliga.</translation>
        </message>
        <message>
            <source>Created the workspace in the PostGIS schema {}.</source>
            <translation>Arbetsytan är skapad i PostGIS-schemat {}.</translation>
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
            <source>Creates a folder with a GeoPackage and a QGIS project (.qgz) for one safety walk (trygghetsvandring) in one area, ready to copy to QField and open unchanged. The findings form has the walk categories as a value map, severity 1–3, feeling 1–4 (frightening, uncomfortable, acceptable, comfortable) as buttons, a comment, a photo stored relative to the project, the time of observation (now), a UUID and the walk filled in. The walk itself is stored as a record with date, time of day and participants. Paths, lamps and earlier findings inside the area can be copied in as read-only context layers. Only form widgets that QField supports are used.</source>
            <translation>Skapar en mapp med en GeoPackage och ett QGIS-projekt (.qgz) för en trygghetsvandring i ett område, klar att kopiera till QField och öppna som den är. Formuläret för iakttagelser har vandringens kategorier som värdelista, allvarlighet 1–3, känsla 1–4 (skrämmande, obehaglig, acceptabel, trygg) som knappar, en kommentar, ett foto som sparas relativt projektet, tidpunkten (nu), ett UUID och vandringen ifylld. Själva vandringen sparas som en post med datum, tid på dygnet och antal deltagare. Stråk, belysningspunkter och tidigare iakttagelser inom området kan kopieras in som skrivskyddade sammanhangslager. Bara formulärwidgetar som QField stöder används.</translation>
        </message>
        <message>
            <source>Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures.</source>
            <translation type="vanished">Skapar en tom EST-arbetsyta i en ny GeoPackage: områden, händelser, stråk, belysningspunkter, trygghetsvandringar med iakttagelser, hot spots för trygghetsrundor, patrullbesök samt registret över åtgärder, medborgarlöften och dess logg. Varje lager har svenska fältnamn som alias och en standardstil sparad i filen, så att det öppnas med stil i vilken QGIS som helst. En befintlig fil skrivs aldrig över: en arbetsyta innehåller åtgärdsregistret.</translation>
        </message>
        <message>
            <source>Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures. With a PostgreSQL connection and a schema instead of a file, the same layers are created in PostGIS, shared between police, municipality and property owners: roles polis, kommun and fastighetsagare may read every measure but change only their own organization's, and the database itself keeps the log of who changed what. Run it again on an older shared workspace to bring its access rules up to date; no stored row changes.</source>
            <translation>Skapar en tom EST-arbetsyta i en ny GeoPackage: områden, händelser, stråk, belysningspunkter, trygghetsvandringar och deras iakttagelser, hot spots, patrullbesök samt åtgärdsregistret med medborgarlöften och logg. Varje lager har svenska fältnamn som alias och en standardstil sparad i filen, så att det öppnas stylat i alla QGIS. En befintlig fil skrivs aldrig över: en arbetsyta innehåller åtgärdsregistret. Med en PostgreSQL-anslutning och ett schema i stället för en fil skapas samma lager i PostGIS, delade mellan polis, kommun och fastighetsägare: rollerna polis, kommun och fastighetsagare får läsa alla åtgärder men bara ändra den egna organisationens, och databasen själv för loggen över vem som ändrade vad. Kör den igen på en äldre delad arbetsyta för att uppdatera dess behörighetsregler; inga sparade rader ändras.</translation>
        </message>
        <message>
            <source>Creates an empty EST workspace in a new GeoPackage: areas, incidents, paths, lamps, safety walks and their findings, hot places, patrol visits, and the register of measures, citizen promises and its log. Every layer carries Swedish field names as aliases and a default style stored in the file, so it opens styled in any QGIS. An existing file is never overwritten: a workspace holds the register of measures. With a PostgreSQL connection and a schema instead of a file, the same layers are created in PostGIS, shared between police, municipality and property owners: roles polis, kommun and fastighetsagare may read every measure but change only their own organization's.</source>
            <translation type="vanished">Skapar en tom EST-arbetsyta i en ny GeoPackage: områden, händelser, stråk, belysningspunkter, trygghetsvandringar med iakttagelser, hot spots för trygghetsrundor, patrullbesök samt registret över åtgärder, medborgarlöften och dess logg. Varje lager har svenska fältnamn som alias och en standardstil sparad i filen, så att det öppnas med stil i vilken QGIS som helst. En befintlig fil skrivs aldrig över: en arbetsyta innehåller åtgärdsregistret. Med en PostgreSQL-anslutning och ett schema i stället för en fil skapas samma lager i PostGIS, delade mellan polis, kommun och fastighetsägare: rollerna polis, kommun och fastighetsagare får läsa alla åtgärder men ändra bara den egna organisationens.</translation>
        </message>
        <message>
            <source>Creating the demo workspace…</source>
            <translation>Skapar demoarbetsytan…</translation>
        </message>
        <message>
            <source>Crime categories</source>
            <translation>Brottskategorier</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>Aktuell</translation>
        </message>
        <message>
            <source>Current period from</source>
            <translation>Aktuell period från</translation>
        </message>
        <message>
            <source>Current period until</source>
            <translation>Aktuell period till</translation>
        </message>
        <message>
            <source>Current period {current} · reference period {reference} · focus areas: {areas}</source>
            <translation>Aktuell period {current} · jämförelseperiod {reference} · fokusområden: {areas}</translation>
        </message>
        <message>
            <source>Current period: {} – {}; reference period: {} – {} (end dates not included).</source>
            <translation>Aktuell period: {} – {}; jämförelseperiod: {} – {} (slutdatum ingår inte).</translation>
        </message>
        <message>
            <source>Cuts the paths into segments (25 m by default) and scores each segment from 0 (unsafe) to 100 (safe). Lighting: distance from the segment's middle to the nearest working lamp, and the unlit metres (farther than the lamp reach from every working lamp), with a flag where an unlit stretch is at least the gap threshold long. Without a lamps layer, paths whose 'lit' field is true count as lit. Incidents within the buffer per 100 m and year in the period; walk findings within the buffer weighted by severity (1–3) and optional category weights; an optional hot-spot density raster sampled at the segment's middle. Each factor loses up to its weight: lighting = unlit share of the segment, incidents = rate / 10, findings = score / 6, density = value / the 95th percentile. Default weights: lighting 0.35, incidents 0.35, findings 0.2, density 0.1 (a factor without data is left out and the others rescaled). worst_factor names what pulls a segment down most (lighting, incidents, findings, density or none). A summary table gives each named path's length, mean and lowest index, unlit metres and gaps.</source>
            <translation type="vanished">Delar stråken i delsträckor (25 m som standard) och ger varje delsträcka ett index från 0 (otryggt) till 100 (tryggt). Belysning: avståndet från delsträckans mitt till närmaste fungerande lampa och de obelysta metrarna (längre än lampans räckvidd från varje fungerande lampa), med en flagga där en obelyst sträcka är minst så lång som tröskeln för belysningsluckor. Utan lager med belysningspunkter räknas stråk vars fält 'lit' är sant som belysta. Händelser inom bufferten per 100 m och år under perioden; iakttagelser från trygghetsvandringar inom bufferten, viktade med allvarlighet (1–3) och valfria kategorivikter; en valfri täthetsraster för hot spots, avläst i delsträckans mitt. Varje faktor kan dra ned indexet med högst sin vikt: belysning = obelyst andel av delsträckan, händelser = antal / 10, iakttagelser = poäng / 6, täthet = värde / 95:e percentilen. Standardvikter: belysning 0,35, händelser 0,35, iakttagelser 0,2, täthet 0,1 (en faktor utan data utelämnas och de andra skalas om). worst_factor anger vad som drar ned delsträckan mest (lighting = belysning, incidents = händelser, findings = iakttagelser, density = täthet, none = inget). En sammanfattningstabell ger varje namngivet stråks längd, medel- och lägsta index, obelysta meter och luckor.</translation>
        </message>
        <message>
            <source>Cuts the paths into segments (25 m by default) and scores each segment from 0 (unsafe) to 100 (safe). Lighting: distance from the segment's middle to the nearest working lamp, and the unlit metres (farther than the lamp reach from every working lamp), with a flag where an unlit stretch is at least the gap threshold long. Without a lamps layer, paths whose 'lit' field is true count as lit. Incidents within the buffer per 100 m and year in the period; walk findings within the buffer weighted by severity (1–3) and optional category weights; an optional hot-spot density raster sampled at the segment's middle. Each factor loses up to its weight: lighting = unlit share of the segment, incidents = rate / 10, findings = score / 6, density = value / the 95th percentile. Default weights: lighting 0.35, incidents 0.35, findings 0.2, density 0.1 (a factor without data is left out and the others rescaled). worst_factor names what pulls a segment down most (lighting, incidents, findings, density or none). A summary table gives each named path's length, mean and lowest index, unlit metres and gaps. Segments also end where paths meet: where a path ends on the side of another (within 2 m) and where paths cross on the same level, so that the segments form a network for 'Safest route between two points'. With a level field (e.g. OpenStreetMap's layer: -1 a tunnel, 1 a bridge) paths on different levels are not cut where they pass over each other, and each segment keeps its level in the field 'level'.</source>
            <translation>Delar stråken i delsträckor (25 m som standard) och ger varje delsträcka ett index från 0 (otryggt) till 100 (tryggt). Belysning: avståndet från delsträckans mitt till närmaste fungerande lampa och de obelysta metrarna (längre än lampans räckvidd från varje fungerande lampa), med en flagga där en obelyst sträcka är minst så lång som tröskeln för belysningsluckor. Utan lager med belysningspunkter räknas stråk vars fält 'lit' är sant som belysta. Händelser inom bufferten per 100 m och år under perioden; iakttagelser från trygghetsvandringar inom bufferten, viktade med allvarlighet (1–3) och valfria kategorivikter; en valfri täthetsraster för hot spots, avläst i delsträckans mitt. Varje faktor kan dra ned indexet med högst sin vikt: belysning = obelyst andel av delsträckan, händelser = antal / 10, iakttagelser = poäng / 6, täthet = värde / 95:e percentilen. Standardvikter: belysning 0,35, händelser 0,35, iakttagelser 0,2, täthet 0,1 (en faktor utan data utelämnas och de andra skalas om). worst_factor anger vad som drar ned delsträckan mest (lighting = belysning, incidents = händelser, findings = iakttagelser, density = täthet, none = inget). En sammanfattningstabell ger varje namngivet stråks längd, medel- och lägsta index, obelysta meter och luckor. Delsträckorna slutar också där stråk möts: där ett stråk slutar mot sidan av ett annat (inom 2 m) och där stråk korsar varandra i samma nivå, så att delsträckorna bildar ett nät för 'Tryggaste vägen mellan två punkter'. Med ett nivåfält (t.ex. OpenStreetMaps layer: -1 en tunnel, 1 en bro) delas stråk i olika nivåer inte där de passerar över varandra, och varje delsträcka behåller sin nivå i fältet 'level'.</translation>
        </message>
        <message>
            <source>Cycle path</source>
            <translation>Cykelväg</translation>
        </message>
        <message>
            <source>DD-MM-YYYY (05-03-2025)</source>
            <translation>DD-MM-ÅÅÅÅ (05-03-2025)</translation>
        </message>
        <message>
            <source>DD-MM-YYYY HH:MM (05-03-2024 22:15)</source>
            <translation>DD-MM-ÅÅÅÅ TT:MM (05-03-2024 22:15)</translation>
        </message>
        <message>
            <source>DD.MM.YYYY (05.03.2025)</source>
            <translation>DD.MM.ÅÅÅÅ (05.03.2025)</translation>
        </message>
        <message>
            <source>DD.MM.YYYY HH:MM (05.03.2024 22:15)</source>
            <translation>DD.MM.ÅÅÅÅ TT:MM (05.03.2024 22:15)</translation>
        </message>
        <message>
            <source>DD/MM/YYYY (05/03/2025 is 5 March)</source>
            <translation>DD/MM/ÅÅÅÅ (05/03/2025 är 5 mars)</translation>
        </message>
        <message>
            <source>DD/MM/YYYY HH:MM (05/03/2024 22:15 is 5 March)</source>
            <translation>DD/MM/ÅÅÅÅ TT:MM (05/03/2024 22:15 är 5 mars)</translation>
        </message>
        <message>
            <source>Date and time column</source>
            <translation>Kolumn för datum och tid</translation>
        </message>
        <message>
            <source>Date and time of each incident.</source>
            <translation>Datum och tid för varje händelse.</translation>
        </message>
        <message>
            <source>Date and time of the visit.</source>
            <translation>Datum och tid för besöket.</translation>
        </message>
        <message>
            <source>Date and time of the walk</source>
            <translation>Datum och tid för vandringen</translation>
        </message>
        <message>
            <source>Date column</source>
            <translation>Datumkolumn</translation>
        </message>
        <message>
            <source>Date done</source>
            <translation>Genomförd datum</translation>
        </message>
        <message>
            <source>Date format</source>
            <translation>Datumformat</translation>
        </message>
        <message>
            <source>Date/time of each incident (a date-time field or text such as 2024-05-01 21:30).</source>
            <translation>Datum/tid för varje händelse (ett datum-tid-fält eller text som 2024-05-01 21:30).</translation>
        </message>
        <message>
            <source>Date/time of each incident (a date-time field or text such as 2024-05-01 21:30). Used only when a start or end is set (points only); incidents without a valid time are then left out and counted in the log.</source>
            <translation>Datum/tid för varje händelse (ett datum-tid-fält eller text som 2024-05-01 21:30). Används bara när en start eller ett slut är angivet (endast punkter); händelser utan giltig tid utelämnas då och räknas i loggen.</translation>
        </message>
        <message>
            <source>Date/time of each incident (a datetime field or text such as 2024-03-01 18:30). Incidents without a valid time are left out and counted in the log.</source>
            <translation>Datum/tid för varje händelse (ett datum/tid-fält eller text som 2024-03-01 18:30). Händelser utan giltig tid utelämnas och räknas i loggen.</translation>
        </message>
        <message>
            <source>Date/time of each incident, used only when a start or end is set.</source>
            <translation>Datum/tid för varje händelse; används bara när en start eller ett slut är angivet.</translation>
        </message>
        <message>
            <source>Date/time of each incident.</source>
            <translation>Datum/tid för varje händelse.</translation>
        </message>
        <message>
            <source>Date/time of each incident: used for the time window and for the peak weekday and hours.</source>
            <translation>Datum/tid för varje händelse: används för tidsfönstret och för vanligaste veckodag och timmar.</translation>
        </message>
        <message>
            <source>Date/time of each incident; it sets the period and the per-year rate.</source>
            <translation>Tidpunkt för varje händelse; den bestämmer perioden och antalet per år.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Day or evening walk.</source>
            <translation>Vandring dagtid eller kvällstid.</translation>
        </message>
        <message>
            <source>Days after</source>
            <translation>Dagar efter</translation>
        </message>
        <message>
            <source>Days before</source>
            <translation>Dagar före</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dec</translation>
        </message>
        <message>
            <source>Decay ratio (triangular kernel only)</source>
            <translation>Avklingningskvot (endast triangulär kärna)</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <source>Decreasing trend {first}–{last}, p {p}.</source>
            <translation>Minskande trend {first}–{last}, p {p}.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Delete cause</source>
            <translation>Ta bort orsak</translation>
        </message>
        <message>
            <source>Delete conclusions</source>
            <translation>Ta bort slutsatser</translation>
        </message>
        <message>
            <source>Delete problem</source>
            <translation>Ta bort problem</translation>
        </message>
        <message>
            <source>Delete the conclusions for {area}, {start} – {end}? They are removed from the workspace and no longer printed in the report.</source>
            <translation>Ta bort slutsatserna för {area}, {start} – {end}? De tas bort ur arbetsytan och skrivs inte längre ut i rapporten.</translation>
        </message>
        <message>
            <source>Delete the conclusions shown (after asking)</source>
            <translation>Ta bort de slutsatser som visas (efter en fråga)</translation>
        </message>
        <message>
            <source>Delete the problem and its numbered causes?</source>
            <translation>Ta bort problemet och dess numrerade orsaker?</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Borttagen</translation>
        </message>
        <message>
            <source>Demo workspace</source>
            <translation>Demoarbetsyta</translation>
        </message>
        <message>
            <source>Demo workspace (GeoPackage)</source>
            <translation>Demoarbetsyta (GeoPackage)</translation>
        </message>
        <message>
            <source>Demo: synthetic data, approximate area boundaries</source>
            <translation>Demo: syntetiska data, ungefärliga områdesgränser</translation>
        </message>
        <message>
            <source>Demo: synthetic data, approximate area boundaries — not real incidents.</source>
            <translation>Demo: syntetiska data och ungefärliga områdesgränser – inte verkliga händelser.</translation>
        </message>
        <message>
            <source>Density</source>
            <translation>Täthet</translation>
        </message>
        <message>
            <source>Density map (current period)</source>
            <translation>Täthetskarta (aktuell period)</translation>
        </message>
        <message>
            <source>Density radius (m)</source>
            <translation>Täthetsradie (m)</translation>
        </message>
        <message>
            <source>Density, incidents per km² and year (last 12 months)</source>
            <translation>Täthet, händelser per km² och år (senaste 12 mån)</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Deserted or isolated</source>
            <translation>Öde eller ensligt</translation>
        </message>
        <message>
            <source>Development over time</source>
            <translation>Utveckling över tid</translation>
        </message>
        <message>
            <source>Dialogue column</source>
            <translation>Kolumn för dialog</translation>
        </message>
        <message>
            <source>Dialogue marks (optional)</source>
            <translation>Dialogmarkeringar (valfritt)</translation>
        </message>
        <message>
            <source>Dialogue marks (points)</source>
            <translation>Dialogmarkeringar (punkter)</translation>
        </message>
        <message>
            <source>Dialogue name (when there is no column)</source>
            <translation>Dialogens namn (när kolumn saknas)</translation>
        </message>
        <message>
            <source>Diminishing cold spot</source>
            <translation>Avtagande kall fläck</translation>
        </message>
        <message>
            <source>Diminishing hot spot</source>
            <translation>Avtagande hot spot</translation>
        </message>
        <message>
            <source>Disclosure control (k = {k}): {n} cells suppressed as '&lt;{k}'.</source>
            <translation>Röjandeskydd (k = {k}): {n} celler undertryckta som '&lt;{k}'.</translation>
        </message>
        <message>
            <source>Disclosure control (k = {k}): {n} of {total} cells suppressed ({p} below k, the rest secondary); {t} totals withheld from ratios and shares.</source>
            <translation>Röjandeskydd (k = {k}): {n} av {total} celler undertryckta ({p} under k, resten sekundärt); {t} summor undanhållna från kvoter och andelar.</translation>
        </message>
        <message>
            <source>Disclosure control is off (minimum count {}): do not publish these tables.</source>
            <translation>Röjandeskyddet är avstängt (minsta antal {}): publicera inte de här tabellerna.</translation>
        </message>
        <message>
            <source>Disclosure control is off (minimum count {}): do not publish this table.</source>
            <translation>Röjandeskyddet är avstängt (minsta antal {}): publicera inte den här tabellen.</translation>
        </message>
        <message>
            <source>Disclosure control is off: this report is for internal use only and must not be published.</source>
            <translation>Röjandekontrollen är avstängd: rapporten är endast för internt bruk och får inte publiceras.</translation>
        </message>
        <message>
            <source>Disclosure control: counts from 1 to {k1} print as '&lt;{k}' and values derived from them as '–'; further counts, whatever their size, are hidden as '..' so that no hidden count can be worked out from totals. The maps show smoothed density and areas, never single incidents.</source>
            <translation>Röjandekontroll: antal från 1 till {k1} redovisas som '&lt;{k}' och värden som bygger på dem som '–'; ytterligare antal, oavsett storlek, döljs som '..' så att inget dolt antal kan räknas fram ur summorna. Kartorna visar utjämnad täthet och områden, aldrig enskilda händelser.</translation>
        </message>
        <message>
            <source>Disclosure control: counts from 1 to {k1} print as '&lt;{k}', values derived from them as '–', and further cells are hidden so that no hidden count can be worked out from totals. The maps show smoothed density and areas, never single incidents.</source>
            <translation type="vanished">Röjandekontroll: antal från 1 till {k1} redovisas som '&lt;{k}', värden som bygger på dem som '–', och ytterligare celler döljs så att inget dolt antal kan räknas fram ur summor. Kartorna visar utjämnad täthet och områden, aldrig enskilda händelser.</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Avförd</translation>
        </message>
        <message>
            <source>Displacement buffer width (m)</source>
            <translation>Bredd på förflyttningsbufferten (m)</translation>
        </message>
        <message>
            <source>Distance band</source>
            <translation>Avståndsband</translation>
        </message>
        <message>
            <source>Distance band chosen automatically: {d:.1f} m, from {why}.</source>
            <translation type="vanished">Avståndsband valt automatiskt: {d:.1f} m, utifrån {why}.</translation>
        </message>
        <message>
            <source>Distance band chosen automatically: {d} m. {why}</source>
            <translation>Avståndsband valt automatiskt: {d} m. {why}</translation>
        </message>
        <message>
            <source>Distance band width</source>
            <translation>Avståndsbandens bredd</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Genomförd</translation>
        </message>
        <message>
            <source>Draws the four classes of trygghet:perceivedsafety (the dialogue marks against all the report's incidents on its default 250 m grid over the areas) on each focus area's map, under the hot places and over the density, and names them in the legend.</source>
            <translation>Ritar de fyra klasserna från trygghet:perceivedsafety (markeringarna från medborgardialoger mot alla rapportens händelser i dess standardrutnät med 250 m-rutor över områdena) på varje fokusområdes karta, under hot spots för trygghetsrundor och över tätheten, och namnger dem i teckenförklaringen.</translation>
        </message>
        <message>
            <source>Drugs</source>
            <translation>Narkotika</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Klart senast</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Klar senast</translation>
        </message>
        <message>
            <source>Each period must end after it starts.</source>
            <translation>Varje period måste sluta efter att den börjar.</translation>
        </message>
        <message>
            <source>Each period must start before it ends.</source>
            <translation>Varje period måste börja innan den slutar.</translation>
        </message>
        <message>
            <source>Each period needs at least 30 incidents (base: {b}, test: {t}).</source>
            <translation>Varje period behöver minst 30 händelser (bas: {b}, test: {t}).</translation>
        </message>
        <message>
            <source>Earlier findings (context)</source>
            <translation>Tidigare iakttagelser (sammanhang)</translation>
        </message>
        <message>
            <source>Earlier walk (uuid or name)</source>
            <translation>Tidigare vandring (uuid eller namn)</translation>
        </message>
        <message>
            <source>Effect of completed measures</source>
            <translation>Effekt av genomförda åtgärder</translation>
        </message>
        <message>
            <source>Emerging hot spots</source>
            <translation>Framväxande hot spots</translation>
        </message>
        <message>
            <source>Emerging hot spots (monthly, 250 m cells)</source>
            <translation>Framväxande hot spots (månadsvis, 250 m-celler)</translation>
        </message>
        <message>
            <source>Emerging hot spots (monthly, 4 years)</source>
            <translation>Framväxande hot spots (månadsvis, 4 år)</translation>
        </message>
        <message>
            <source>Emerging hot spots…</source>
            <translation>Framväxande hot spots…</translation>
        </message>
        <message>
            <source>End of the current period (not included), e.g. 2026-11-01.</source>
            <translation>Slutet av den aktuella perioden (räknas inte med), t.ex. 2026-11-01.</translation>
        </message>
        <message>
            <source>End of the current period (not included). Empty: the day after the latest incident.</source>
            <translation>Slutet på den aktuella perioden (ingår inte). Tomt: dagen efter den senaste händelsen.</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>Periodens slut</translation>
        </message>
        <message>
            <source>End of the period (not included). Empty: the midnight after the last visit.</source>
            <translation>Periodens slut (ingår inte). Tomt: midnatt efter sista besöket.</translation>
        </message>
        <message>
            <source>End of the period (not included). Empty: up to the last incident.</source>
            <translation>Periodens slut (ingår inte). Tomt: till och med den sista händelsen.</translation>
        </message>
        <message>
            <source>End of the reference period (not included), usually the start of the current period.</source>
            <translation>Slutet av jämförelseperioden (räknas inte med), oftast den aktuella periodens början.</translation>
        </message>
        <message>
            <source>End of the reference period (not included). Empty: the start of the current period.</source>
            <translation>Slutet på jämförelseperioden (ingår inte). Tomt: början av den aktuella perioden.</translation>
        </message>
        <message>
            <source>End of the time window</source>
            <translation>Tidsfönstrets slut</translation>
        </message>
        <message>
            <source>End point</source>
            <translation>Slutpunkt</translation>
        </message>
        <message>
            <source>Epanechnikov</source>
            <translation>Epanechnikov</translation>
        </message>
        <message>
            <source>Evaluate until</source>
            <translation>Utvärdera till och med</translation>
        </message>
        <message>
            <source>Evaluated {} measures. A verdict is a sign, not proof: 'inga tecken på effekt' does not mean that the measure had no effect.</source>
            <translation>Utvärderade {} åtgärder. En bedömning är ett tecken, inte ett bevis: 'inga tecken på effekt' betyder inte att åtgärden saknade effekt.</translation>
        </message>
        <message>
            <source>Evening</source>
            <translation>Kväll</translation>
        </message>
        <message>
            <source>Every finding with segment, area, distance and priority.</source>
            <translation>Varje iakttagelse med delsträcka, område, avstånd och prioritet.</translation>
        </message>
        <message>
            <source>Every place covers at least a disc of this radius around its peak.</source>
            <translation>Varje plats täcker minst en cirkel med denna radie runt sin topp.</translation>
        </message>
        <message>
            <source>Every row that was not imported, with its row number in the file and the reason.</source>
            <translation>Varje rad som inte importerades, med radnummer i filen och orsak.</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belägg</translation>
        </message>
        <message>
            <source>Evidence: not given</source>
            <translation>Belägg: inte angivna</translation>
        </message>
        <message>
            <source>Evidence: {}</source>
            <translation>Belägg: {}</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV-fil (*.csv)</translation>
        </message>
        <message>
            <source>Expected effect</source>
            <translation>Förväntad effekt</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Exporten misslyckades</translation>
        </message>
        <message>
            <source>Export the action plan</source>
            <translation>Exportera handlingsplanen</translation>
        </message>
        <message>
            <source>Export the action plan (the measures listed) to Excel or CSV</source>
            <translation>Exportera handlingsplanen (åtgärderna i listan) till Excel eller CSV</translation>
        </message>
        <message>
            <source>Exporting the PDF…</source>
            <translation>Skapar PDF…</translation>
        </message>
        <message>
            <source>FDR corrected</source>
            <translation>FDR-korrigerade</translation>
        </message>
        <message>
            <source>Falling</source>
            <translation>Sjunkande</translation>
        </message>
        <message>
            <source>Feature</source>
            <translation>Objekt</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Feeling column</source>
            <translation>Kolumn för känsla</translation>
        </message>
        <message>
            <source>Feeling field</source>
            <translation>Fält för upplevd trygghet</translation>
        </message>
        <message>
            <source>Feeling is not 1–4</source>
            <translation>Känslan är inte 1–4</translation>
        </message>
        <message>
            <source>Feeling unsafe outdoors late at night</source>
            <translation>Otrygghet ute sent på kvällen</translation>
        </message>
        <message>
            <source>Fewer than three full calendar years of data: no trend is computed.</source>
            <translation>Färre än tre hela kalenderår med data: ingen trend beräknas.</translation>
        </message>
        <message>
            <source>Fewer than {k} incidents (suppressed)</source>
            <translation>Färre än {k} händelser (undertryckt)</translation>
        </message>
        <message>
            <source>Field identifying each place (the visits' place field refers to it). Empty: the feature id.</source>
            <translation>Fält som identifierar varje plats (besökens platsfält hänvisar till det). Tomt: objektets id.</translation>
        </message>
        <message>
            <source>Field of the visit holding the place id. Visits without it count for the place they lie in.</source>
            <translation>Besökets fält med platsens id. Besök utan det räknas till platsen de ligger i.</translation>
        </message>
        <message>
            <source>Field with the incident category, for the top categories of each place.</source>
            <translation>Fält med händelsens kategori, för varje plats vanligaste kategorier.</translation>
        </message>
        <message>
            <source>Field with the path's name; the summary has one row per name.</source>
            <translation>Fält med stråkets namn; sammanfattningen har en rad per namn.</translation>
        </message>
        <message>
            <source>Field with the place's name, copied to the output.</source>
            <translation>Fält med platsens namn, kopieras till utdata.</translation>
        </message>
        <message>
            <source>File written</source>
            <translation>Skriven fil</translation>
        </message>
        <message>
            <source>Filter expression</source>
            <translation>Filteruttryck</translation>
        </message>
        <message>
            <source>Finding category field</source>
            <translation>Fält för iakttagelsens kategori</translation>
        </message>
        <message>
            <source>Finding category, used with the category weights.</source>
            <translation>Iakttagelsens kategori, används med kategorivikterna.</translation>
        </message>
        <message>
            <source>Finding severities must be 1, 2 or 3.</source>
            <translation>Iakttagelsernas allvarlighet måste vara 1, 2 eller 3.</translation>
        </message>
        <message>
            <source>Findings of earlier walks to copy in as a read-only context layer.</source>
            <translation>Iakttagelser från tidigare vandringar att kopiera in som skrivskyddat sammanhangslager.</translation>
        </message>
        <message>
            <source>Findings of the same category closer than this are the same problem.</source>
            <translation>Iakttagelser av samma kategori närmare än så räknas som samma problem.</translation>
        </message>
        <message>
            <source>Findings with priority</source>
            <translation>Iakttagelser med prioritet</translation>
        </message>
        <message>
            <source>Findings with uuid, walk_uuid, category and severity (the workspace's walk_findings).</source>
            <translation>Iakttagelser med uuid, walk_uuid, category och severity (arbetsytans walk_findings).</translation>
        </message>
        <message>
            <source>Finds how hot spots develop over time, after Esri's Emerging Hot Spot Analysis. Incidents are counted per cell and time step (a space-time cube); a space-time Getis-Ord Gi* with false discovery rate correction marks each cell and step as hot, cold or neither; a Mann-Kendall test finds the trend of each cell's z-scores. Every analysed cell gets one of 17 categories: new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical hot spot, the same for cold spots, or no pattern. As in Esri's tool, with a study area (mask) every cell inside it is analysed, cells without incidents included; without a mask, cells without any incident in the whole period are left out.</source>
            <translation>Visar hur hot spots utvecklas över tid, efter Esris Emerging Hot Spot Analysis. Händelser räknas per ruta och tidssteg (en rum-tid-kub); ett rum-tid-Gi* med FDR-korrigering markerar varje ruta och tidssteg som het, kall eller ingetdera; ett Mann–Kendall-test ger trenden i varje rutas z-värden. Varje analyserad ruta får en av 17 kategorier: ny, sammanhängande, intensifierad, ihållande, avtagande, sporadisk, oscillerande eller historisk hot spot, samma för kalla fläckar, eller inget mönster. Som i Esris verktyg analyseras med ett studieområde (mask) varje ruta inom det, även rutor utan händelser; utan mask utesluts rutor utan någon händelse under hela perioden.</translation>
        </message>
        <message>
            <source>Finds how hot spots develop over time, after Esri's Emerging Hot Spot Analysis. Incidents are counted per cell and time step (a space-time cube); a space-time Getis-Ord Gi* with false discovery rate correction marks each cell and step as hot, cold or neither; a Mann-Kendall test finds the trend of each cell's z-scores. Every cell with incidents gets one of 17 categories: new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical hot spot, the same for cold spots, or no pattern. Cells without any incident in the whole period are left out, as in Esri's tool.</source>
            <translation type="vanished">Visar hur hot spots utvecklas över tid, efter Esris Emerging Hot Spot Analysis. Händelser räknas per ruta och tidssteg (en rum-tid-kub); ett rum-tid-Gi* med FDR-korrigering markerar varje ruta och tidssteg som het, kall eller ingetdera; ett Mann–Kendall-test ger trenden i varje rutas z-värden. Varje ruta med händelser får en av 17 kategorier: ny, sammanhängande, intensifierad, ihållande, avtagande, sporadisk, oscillerande eller historisk hot spot, samma för kalla fläckar, eller inget mönster. Rutor utan någon händelse under hela perioden utesluts, som i Esris verktyg.</translation>
        </message>
        <message>
            <source>Finds the route between START and END over scored path segments (the output of 'Score safe paths') that minimises length × (1 + risk weight × risk), with risk = 1 − index/100, and also the plain shortest route. Both are written with their length, length-weighted mean index and unlit metres, so the trade-off is plain to see. Segments are joined where they cross, and segment ends closer than the snapping tolerance are joined too; the log says how much was snapped. START and END go to the nearest network node within the search distance; farther away they are off the network and the algorithm stops.</source>
            <translation type="vanished">Hittar vägen mellan START och END över indexerade delsträckor (resultatet av 'Bedöm trygga stråk') som minimerar längd × (1 + riskvikt × risk), där risk = 1 − index/100, och dessutom den kortaste vägen. Båda skrivs ut med längd, längdviktat medelindex och obelysta meter, så att avvägningen syns tydligt. Delsträckor kopplas ihop där de korsar varandra, och ändpunkter närmare än fästtoleransen kopplas också ihop; loggen visar hur mycket som fästes. START och END kopplas till närmaste nod i nätet inom sökavståndet; längre bort ligger de utanför nätet och algoritmen avbryts.</translation>
        </message>
        <message>
            <source>Finds the route between START and END over scored path segments (the output of 'Score safe paths') that minimises length × (1 + risk weight × risk), with risk = 1 − index/100, and also the plain shortest route. Both are written with their length, length-weighted mean index and unlit metres, so the trade-off is plain to see. The network is built as a routing engine builds it: segment ends closer than the snapping tolerance are joined, a segment end on the side of another segment (or within the tolerance of it) joins it there, and segments that cross are joined at the crossing, unless the optional level field (e.g. OpenStreetMap's layer: a tunnel or a bridge) says they lie on different levels; the log says how much was snapped and joined. START and END go to the nearest network node within the search distance; farther away they are off the network and the algorithm stops.</source>
            <translation>Hittar vägen mellan START och END över indexerade delsträckor (resultatet av 'Bedöm trygga stråk') som minimerar längd × (1 + riskvikt × risk), där risk = 1 − index/100, och dessutom den kortaste vägen. Båda skrivs ut med längd, längdviktat medelindex och obelysta meter, så att avvägningen syns tydligt. Nätet byggs som en ruttplanerare bygger det: ändpunkter närmare än fästtoleransen kopplas ihop, en delsträcka som slutar mot sidan av en annan (eller inom toleransen från den) ansluter till den där, och delsträckor som korsar varandra kopplas ihop i korsningen, utom när det valfria nivåfältet (t.ex. OpenStreetMaps layer: en tunnel eller en bro) säger att de ligger i olika nivåer; loggen visar hur mycket som fästes och kopplades ihop. START och END kopplas till närmaste nod i nätet inom sökavståndet; längre bort ligger de utanför nätet och algoritmen avbryts.</translation>
        </message>
        <message>
            <source>Finds the top N hot places for trygghetsrundor (hot-spots policing): the incidents' kernel density is computed first, its peaks are taken highest first, and around each peak a compact polygon (the cells above half the peak, at least a disc of the minimum radius) becomes a place. Places never overlap and peaks closer than the minimum separation are merged. Each place gets its rank, number of incidents, share of all incidents, the top categories, the weekday and the four hours with most incidents (when to be there) and a suggested name from the nearest named path or the area it lies in. Write them to a new layer, or give the workspace to append them to its places layer, where patrol visits can then be logged.</source>
            <translation type="vanished">Hittar de N viktigaste platserna för trygghetsrundor (hot spot-polisiärt arbete): först beräknas händelsernas kärntäthet, topparna tas i fallande ordning och runt varje topp blir en kompakt polygon (cellerna över halva toppvärdet, minst en cirkel med minsta radien) en plats. Platser överlappar aldrig och toppar närmare än minsta avståndet slås ihop. Varje plats får rang, antal händelser, andel av alla händelser, vanligaste kategorier, den veckodag och de fyra timmar med flest händelser (när man bör vara där) och ett namnförslag från närmaste namngivna stråk eller området den ligger i. Skriv dem till ett nytt lager, eller ange arbetsytan för att lägga till dem i dess lager med platser, där patrullbesök sedan kan registreras.</translation>
        </message>
        <message>
            <source>Finds the top N hot places for trygghetsrundor (hot-spots policing): the incidents' kernel density is computed first, its peaks are taken highest first, and around each peak a compact polygon (the cells above half the peak, at least a disc of the minimum radius) becomes a place. Places never overlap and peaks closer than the minimum separation are merged. Each place gets its rank, number of incidents, share of all incidents, the top categories, the weekday and the four hours with most incidents (when to be there) and a suggested name from the nearest named path or the area it lies in. Write them to a new layer, or give the workspace to append them to its places layer, where patrol visits can then be logged.
With dialogue marks, places are found from incidents and marks together (places where we know people feel unsafe or where much crime is committed): each incident weighs 1 and each mark the mark weight, in the density, in the order of the places and in the minimum per place; each place says how many incidents and marks it holds and their weighted sum.</source>
            <translation>Hittar de N viktigaste platserna för trygghetsrundor (hot spot-polisiärt arbete): först beräknas händelsernas kärntäthet, topparna tas i fallande ordning och runt varje topp blir en kompakt polygon (cellerna över halva toppvärdet, minst en cirkel med minsta radien) en plats. Platser överlappar aldrig och toppar närmare än minsta avståndet slås ihop. Varje plats får rang, antal händelser, andel av alla händelser, vanligaste kategorier, den veckodag och de fyra timmar med flest händelser (när man bör vara där) och ett namnförslag från närmaste namngivna stråk eller området den ligger i. Skriv dem till ett nytt lager, eller ange arbetsytan för att lägga till dem i dess lager med platser, där patrullbesök sedan kan registreras.
Med dialogmarkeringar hittas platserna ur händelser och markeringar tillsammans (platser där vi vet att människor känner sig otrygga eller där det begås mycket brottslighet): varje händelse väger 1 och varje markering markeringsvikten, i tätheten, i platsernas ordning och i minimiantalet per plats; varje plats visar hur många händelser och markeringar den rymmer och deras viktade summa.</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>Brand</translation>
        </message>
        <message>
            <source>First day of the current period (included), e.g. 2025-11-01.</source>
            <translation>Första dagen i den aktuella perioden (räknas med), t.ex. 2025-11-01.</translation>
        </message>
        <message>
            <source>First day of the reference period (included), e.g. 2024-11-01.</source>
            <translation>Första dagen i jämförelseperioden (räknas med), t.ex. 2024-11-01.</translation>
        </message>
        <message>
            <source>First moment of the current period (included). Empty: 12 months before its end.</source>
            <translation>Första tidpunkten i den aktuella perioden (ingår). Tomt: 12 månader före periodens slut.</translation>
        </message>
        <message>
            <source>First moment of the follow-up period. Empty: the day of the first visit.</source>
            <translation>Uppföljningsperiodens början. Tomt: dagen för första besöket.</translation>
        </message>
        <message>
            <source>First moment of the reference period (included). Empty: as long before its end as the current period is long.</source>
            <translation>Första tidpunkten i jämförelseperioden (ingår). Tomt: lika långt före dess slut som den aktuella perioden är lång.</translation>
        </message>
        <message>
            <source>First moment to include. Empty: from the first incident.</source>
            <translation>Första tidpunkten som tas med. Tomt: från den första händelsen.</translation>
        </message>
        <message>
            <source>Fixed distance</source>
            <translation>Fast avstånd</translation>
        </message>
        <message>
            <source>Flash the selected measures' features</source>
            <translation>Blinka de markerade åtgärdernas objekt</translation>
        </message>
        <message>
            <source>Focus area</source>
            <translation>Fokusområde</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <translation>Fokusområden</translation>
        </message>
        <message>
            <source>Focus areas, all incidents</source>
            <translation>Fokusområden, alla händelser</translation>
        </message>
        <message>
            <source>Folder for the demo workspace</source>
            <translation>Mapp för demoarbetsytan</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <source>Follow-up 2025 → 2026</source>
            <translation>Uppföljning 2025 → 2026</translation>
        </message>
        <message>
            <source>Follow-up: what is due by the next meeting, or what changed since a date</source>
            <translation>Uppföljning: vad som ska vara klart till nästa möte, eller vad som ändrats sedan ett datum</translation>
        </message>
        <message>
            <source>Follow-up: {p} persisting, {f} fixed, {n} new.</source>
            <translation>Uppföljning: {p} kvarstår, {f} åtgärdade, {n} nya.</translation>
        </message>
        <message>
            <source>Follows up patrols (trygghetsrundor) at hot places: per place the number of visits and minutes in the period, visits per week against the target, the weeks below target (whole Monday–Sunday weeks), the share of visits in the place's peak hours and the short (&lt; 10 min) and long (&gt; 15 min) visits. The defaults, 3 visits a week of 12 minutes, follow the research on hot-spots patrol dosage: Koper (1995) found that visits of about 10–15 minutes give the longest deterrence after the patrol has left. A visit belongs to a place through its place field (place_uuid) or else by lying inside the place. With incidents, each place also gets its incidents in the period against the same dates a year earlier. The output (places with the figures) is coloured green (target met), yellow (50–99 %) and red (below 50 %) for the follow-up meeting.</source>
            <translation>Följer upp trygghetsrundor vid hot spots: per plats antal besök och minuter under perioden, besök per vecka mot målet, veckor under målet (hela veckor måndag–söndag), andelen besök under platsens mest utsatta timmar samt korta (&lt; 10 min) och långa (&gt; 15 min) besök. Standardvärdena, 3 besök i veckan om 12 minuter, följer forskningen om patrulleringsdos vid hot spots: Koper (1995) fann att besök på omkring 10–15 minuter ger längst avskräckande effekt efter att patrullen lämnat platsen. Ett besök hör till en plats genom sitt platsfält (place_uuid) eller annars genom att ligga inom platsen. Med händelser får varje plats även sina händelser under perioden jämfört med samma datum ett år tidigare. Utdata (platserna med siffrorna) färgas grön (målet nått), gul (50–99 %) och röd (under 50 %) för uppföljningsmötet.</translation>
        </message>
        <message>
            <source>Foot and cycle path</source>
            <translation>Gång- och cykelväg</translation>
        </message>
        <message>
            <source>Footpath</source>
            <translation>Gångväg</translation>
        </message>
        <message>
            <source>For every completed measure (status genomförd with a done date) compares the incidents within RADIUS of the measure in a BEFORE window and an AFTER window (whole days; the done day itself is left out) with a control area: by default the rest of the area the measure lies in, or the control layer you give. The relative change is (after/before at the measure) / (after/before in the control), with a confidence interval (Farrington et al. 2007): below 1 means a relative decrease. A ring of BUFFER metres around the target is checked for displacement with the weighted displacement quotient (Bowers &amp; Johnson 2003): negative = displacement to the surroundings, positive = diffusion of benefits. The verdict is worded with care: 'inga tecken på effekt' (no sign of effect) is not the same as 'ingen effekt' (no effect), and with fewer than MIN_INCIDENTS incidents at the measure it says 'för lite data'. Use the same incident categories before and after, and read the result as a sign, not as proof.</source>
            <translation>För varje genomförd åtgärd (status genomförd med ett datum) jämförs händelserna inom RADIUS från åtgärden under en FÖRE-period och en EFTER-period (hela dagar; själva genomförandedagen räknas inte) med ett kontrollområde: som standard resten av det område åtgärden ligger i, eller det kontrollager du anger. Den relativa förändringen är (efter/före vid åtgärden) / (efter/före i kontrollområdet), med ett konfidensintervall (Farrington m.fl. 2007): under 1 betyder en relativ minskning. En ring på BUFFER meter runt målområdet undersöks för förflyttning med viktad förflyttningskvot, WDQ (Bowers &amp; Johnson 2003): negativ = förflyttning till omgivningen, positiv = spridning av nyttan. Bedömningen är försiktigt formulerad: 'inga tecken på effekt' är inte detsamma som 'ingen effekt', och med färre än MIN_INCIDENTS händelser vid åtgärden står det 'för lite data'. Använd samma händelsekategorier före och efter, och läs resultatet som ett tecken, inte som ett bevis.</translation>
        </message>
        <message>
            <source>For polygons a value field is required (for example the number of incidents per area).</source>
            <translation>För polygoner krävs ett värdefält (till exempel antal händelser per område).</translation>
        </message>
        <message>
            <source>For the triangular kernel: the kernel's value at the radius relative to its centre (0 = falls to zero, 1 = flat). As in QGIS.</source>
            <translation>För den triangulära kärnan: kärnans värde vid radien i förhållande till mitten (0 = faller till noll, 1 = platt). Som i QGIS.</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Prognos</translation>
        </message>
        <message>
            <source>Forecast chosen?</source>
            <translation>Prognos vald?</translation>
        </message>
        <message>
            <source>Forecast interval level</source>
            <translation>Prognosintervallets nivå</translation>
        </message>
        <message>
            <source>Forecast per area</source>
            <translation>Prognos per område</translation>
        </message>
        <message>
            <source>Forecast per area (month)</source>
            <translation>Prognos per område (månad)</translation>
        </message>
        <message>
            <source>Forecast per focus area</source>
            <translation>Prognos per fokusområde</translation>
        </message>
        <message>
            <source>Forecasts the number of incidents per week or month, per area and category, for the coming periods with a lower and upper bound. Three models are tried for each series: seasonal naive (the same period a year earlier), exponential smoothing with a damped trend and season (Holt–Winters), and a count model (Poisson regression with trend and season, widened for overdispersion). The model is chosen by a back-test on the series' own history: the last periods are forecast from the data before them, and the model with the smallest error wins. MASE is that error relative to the seasonal naive forecast (below 1: better than “the same as last year”); coverage is the share of the back-test's actual counts that fell inside the interval. Series with fewer than two years of data or mostly empty periods get the mean of the last year with a count interval, and the note says why.

A forecast assumes that the development continues as before; it cannot foresee new measures or changed reporting.</source>
            <translation>Gör en prognos för antalet händelser per vecka eller månad, per område och kategori, för de kommande perioderna med en nedre och övre gräns. Tre modeller prövas för varje serie: säsongsnaiv (samma period ett år tidigare), exponentiell utjämning med dämpad trend och säsong (Holt–Winters) och en modell för antal (Poissonregression med trend och säsong, breddad för överspridning). Modellen väljs genom ett bakåttest på seriens egen historik: de sista perioderna förutsägs från data före dem, och modellen med minst fel vinner. MASE är det felet i förhållande till den säsongsnaiva prognosen (under 1: bättre än ”samma som förra året”); täckningen är andelen av bakåttestets faktiska antal som hamnade inom intervallet. Serier med mindre än två års data eller mest tomma perioder får medelvärdet för det senaste året med ett intervall för antal, och anmärkningen säger varför.

En prognos förutsätter att utvecklingen fortsätter som hittills; den kan inte förutse nya åtgärder eller ändrad anmälningsbenägenhet.</translation>
        </message>
        <message>
            <source>Forecasts, perceived safety and patrol planning…</source>
            <translation>Prognoser, upplevd trygghet och patrullplanering…</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>fre</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>Från år</translation>
        </message>
        <message>
            <source>Full calendar years {first}–{last}</source>
            <translation>Hela kalenderår {first}–{last}</translation>
        </message>
        <message>
            <source>Gang crime</source>
            <translation>Gängkriminalitet</translation>
        </message>
        <message>
            <source>Gender column</source>
            <translation>Kolumn för kön</translation>
        </message>
        <message>
            <source>Generating the synthetic Trollhättan data…</source>
            <translation>Skapar syntetiska data för Trollhättan…</translation>
        </message>
        <message>
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Getis-Ord Gi* (hot and cold spots)</source>
            <translation>Getis-Ord Gi* (hot spots och kalla fläckar)</translation>
        </message>
        <message>
            <source>Getis-Ord Gi* hot spots (the given cells)</source>
            <translation>Getis-Ord Gi* hot spots (de angivna cellerna)</translation>
        </message>
        <message>
            <source>Gi* cells (trygghet:hotspotstatistics), drawn when no density raster is given.</source>
            <translation>Gi*-celler (trygghet:hotspotstatistics), ritas när ingen täthetsraster anges.</translation>
        </message>
        <message>
            <source>Gi* finds hot and cold spots; Local Moran finds high-high and low-low clusters and outliers.</source>
            <translation type="vanished">Gi* hittar hot spots och kalla fläckar; lokal Moran hittar hög–hög- och låg–låg-kluster samt avvikare.</translation>
        </message>
        <message>
            <source>Gi* finds hot and cold spots; Local Moran finds high-high and low-low clusters and outliers; the bivariate Local Moran compares the value here with a second variable in the neighbourhood.</source>
            <translation>Gi* hittar hot spots och kalla fläckar; lokal Moran hittar hög–hög- och låg–låg-kluster samt avvikare; bivariat lokal Moran jämför värdet här med en andra variabel i grannskapet.</translation>
        </message>
        <message>
            <source>Give a workspace or the {} layer.</source>
            <translation>Ange en arbetsyta eller lagret {}.</translation>
        </message>
        <message>
            <source>Give an areas layer (the control is the rest of the measure's area) or a control layer.</source>
            <translation>Ange ett områdeslager (kontrollområdet är resten av åtgärdens område) eller ett kontrollager.</translation>
        </message>
        <message>
            <source>Give both walks (WALK_A and WALK_B) for the comparison, or neither.</source>
            <translation>Ange båda vandringarna (WALK_A och WALK_B) för jämförelsen, eller ingen.</translation>
        </message>
        <message>
            <source>Goal area</source>
            <translation>Målområde</translation>
        </message>
        <message>
            <source>Goal areas</source>
            <translation>Målområden</translation>
        </message>
        <message>
            <source>Goal areas…</source>
            <translation>Målområden…</translation>
        </message>
        <message>
            <source>Graffiti</source>
            <translation>Klotter</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Grön</translation>
        </message>
        <message>
            <source>Grid: {cols} × {rows} cells of {pixel} m, as QGIS's heatmap lays it out.</source>
            <translation>Rutnät: {cols} × {rows} celler om {pixel} m, likadant som QGIS värmekarta lägger ut det.</translation>
        </message>
        <message>
            <source>Grid: {cols} × {rows} cells of {pixel} m.</source>
            <translation>Rutnät: {cols} × {rows} celler om {pixel} m.</translation>
        </message>
        <message>
            <source>Groups of young people</source>
            <translation>Ungdomsgrupper</translation>
        </message>
        <message>
            <source>Half-life in days: an incident this many days old weighs half as much as one from the as-of time.</source>
            <translation>Halveringstid i dagar: en händelse som är så många dagar gammal väger hälften så mycket som en från kartans tidpunkt.</translation>
        </message>
        <message>
            <source>Hexagon</source>
            <translation>Hexagon</translation>
        </message>
        <message>
            <source>Hiding place</source>
            <translation>Gömställe</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
        <message>
            <source>Historical cold spot</source>
            <translation>Historisk kall fläck</translation>
        </message>
        <message>
            <source>Historical hot spot</source>
            <translation>Historisk hot spot</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>History ({n})</source>
            <translation>Historik ({n})</translation>
        </message>
        <message>
            <source>Hot places</source>
            <translation>Hot spots för trygghetsrundor</translation>
        </message>
        <message>
            <source>Hot places for patrols</source>
            <translation>Hot spots för trygghetsrundor</translation>
        </message>
        <message>
            <source>Hot spot statistics (Gi*, Local Moran)</source>
            <translation>Hot spot-statistik (Gi*, lokal Moran)</translation>
        </message>
        <message>
            <source>Hot spots</source>
            <translation>Hot spots</translation>
        </message>
        <message>
            <source>Hot spots (Gi*)</source>
            <translation>Hot spots (Gi*)</translation>
        </message>
        <message>
            <source>Hot spots (Gi*), last 12 months</source>
            <translation>Hot spots (Gi*), senaste 12 månaderna</translation>
        </message>
        <message>
            <source>Hot spots and patrols</source>
            <translation>Hot spots och trygghetsrundor</translation>
        </message>
        <message>
            <source>Hot spots and patrols: analyses</source>
            <translation>Hot spots och trygghetsrundor: analyser</translation>
        </message>
        <message>
            <source>Hot spots and trends</source>
            <translation>Hot spots och trender</translation>
        </message>
        <message>
            <source>Hot spots for patrols</source>
            <translation>Hot spots för trygghetsrundor</translation>
        </message>
        <message>
            <source>Hot spots, Gi* (current period)</source>
            <translation>Heta punkter, Gi* (aktuell period)</translation>
        </message>
        <message>
            <source>Hot-spot density</source>
            <translation>Hot spot-täthet</translation>
        </message>
        <message>
            <source>Hot-spot density (incidents per km² and year)</source>
            <translation>Hot spot-täthet (händelser per km² och år)</translation>
        </message>
        <message>
            <source>Hot-spot density (kernel density)</source>
            <translation>Hot spot-täthet (kärntäthet)</translation>
        </message>
        <message>
            <source>Hot-spot density raster</source>
            <translation>Täthetsraster för hot spots</translation>
        </message>
        <message>
            <source>Hot-spot density…</source>
            <translation>Hot spot-täthet…</translation>
        </message>
        <message>
            <source>Hot-spot polygons (e.g. hot places); findings inside count double in the priority.</source>
            <translation>Polygoner för hot spots (t.ex. platser för trygghetsrundor); iakttagelser inom dem räknas dubbelt i prioriteten.</translation>
        </message>
        <message>
            <source>How a CSV or Excel table gives each mark's position. GeoJSON and GeoPackage files carry their own geometry and CRS.</source>
            <translation>Hur en CSV- eller Excel-tabell anger varje markerings läge. GeoJSON- och GeoPackage-filer har egen geometri och eget koordinatsystem.</translation>
        </message>
        <message>
            <source>How far back before the as-of time incidents are used.</source>
            <translation>Hur långt bakåt från kartans tidpunkt händelser används.</translation>
        </message>
        <message>
            <source>How many distance bands.</source>
            <translation>Hur många avståndsband.</translation>
        </message>
        <message>
            <source>How many hot places to find (3–4 per shift is a common plan).</source>
            <translation>Hur många platser som ska hittas (3–4 per pass är en vanlig planering).</translation>
        </message>
        <message>
            <source>How many previous time steps belong to a bin's neighbourhood (1 = the step itself and the one before).</source>
            <translation>Hur många tidigare tidssteg som ingår i ett fälts grannskap (1 = steget självt och det före).</translation>
        </message>
        <message>
            <source>How many take part (may be filled in later).</source>
            <translation>Hur många som deltar (kan fyllas i senare).</translation>
        </message>
        <message>
            <source>How many time bands.</source>
            <translation>Hur många tidsband.</translation>
        </message>
        <message>
            <source>How many weeks or months ahead.</source>
            <translation>Hur många veckor eller månader framåt.</translation>
        </message>
        <message>
            <source>How much this factor can pull the index down; the weights are rescaled to sum to 1.</source>
            <translation>Hur mycket faktorn kan dra ned indexet; vikterna skalas om så att summan blir 1.</translation>
        </message>
        <message>
            <source>How safe the place feels, 1 (frightening) to 4 (safe). Empty, or a layer without it: every mark counts as unsafe.</source>
            <translation>Hur trygg platsen känns, 1 (skrämmande) till 4 (trygg). Tomt, eller ett lager utan fältet: varje markering räknas som otrygg.</translation>
        </message>
        <message>
            <source>How the file gives each incident's position.</source>
            <translation>Hur filen anger varje händelses position.</translation>
        </message>
        <message>
            <source>How the file writes dates that are not ISO. Swedish exports often write day/month/year, '05/03/2024 22:15'; automatic reads only ISO dates, because such dates are ambiguous. Every format also reads ISO dates, so a column that mixes the two loses no row.</source>
            <translation>Hur filen skriver datum som inte är ISO. Svenska exporter skriver ofta dag/månad/år, '05/03/2024 22:15'; automatiskt läser bara ISO-datum, eftersom sådana datum är tvetydiga. Alla format läser också ISO-datum, så en kolumn som blandar de två tappar inga rader.</translation>
        </message>
        <message>
            <source>How the file writes dates that are not ISO; every format also reads ISO dates.</source>
            <translation>Hur filen skriver datum som inte är ISO; alla format läser även ISO-datum.</translation>
        </message>
        <message>
            <source>Hypothesis</source>
            <translation>Hypotes</translation>
        </message>
        <message>
            <source>If the development continues as it has so far, {expected} are expected over the coming twelve months ({first} – {last}; each month's {level} forecast interval lies within {lo}–{hi}).</source>
            <translation>Om utvecklingen fortsätter som hittills väntas {expected} under de kommande tolv månaderna ({first} – {last}; varje månads {level} prognosintervall ligger inom {lo}–{hi}).</translation>
        </message>
        <message>
            <source>If the file writes dates like 05/03/2024 22:15, choose its date format.</source>
            <translation>Om filen skriver datum som 05/03/2024 22:15, välj filens datumformat.</translation>
        </message>
        <message>
            <source>Import citizen dialogue marks</source>
            <translation>Importera markeringar från medborgardialog</translation>
        </message>
        <message>
            <source>Import incidents (CSV/Excel)</source>
            <translation>Importera händelser (CSV/Excel)</translation>
        </message>
        <message>
            <source>Import safety survey results</source>
            <translation>Importera trygghetsmätning</translation>
        </message>
        <message>
            <source>Imported incidents</source>
            <translation>Importerade händelser</translation>
        </message>
        <message>
            <source>Imported marks</source>
            <translation>Importerade markeringar</translation>
        </message>
        <message>
            <source>Imported results</source>
            <translation>Importerade resultat</translation>
        </message>
        <message>
            <source>Imports incidents from a CSV or Excel file into the workspace's incident layer. Map the file's columns: the position (X/Y in a CRS, longitude/latitude, or a WKT point), the time (one column with ISO or 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD', or a date column plus a time column), the category and the source. Dates written otherwise, such as '05/03/2024 22:15', are read with the chosen date format; ISO dates are read with every format. Swedish files work as they are: semicolons, decimal comma, UTF-8 or Windows-1252. Excel (.xlsx) and OpenDocument (.ods) sheets are read through GDAL, which every QGIS has; the first sheet is used and its first row holds the column names.

Categories (police codes or free text) are mapped to the workspace categories through a built-in list of Swedish terms and an optional mapping table (CSV with two columns: source label; workspace category).

Duplicates (same time, place to the metre and category), within the file or already in the workspace, are skipped and counted, so importing the same file again adds nothing. Every rejected row goes to the rejects table with its reason: no position, position outside the municipality (the extent of the workspace's areas plus 2 km), bad date, unknown category. The import is one transaction: if anything fails, the workspace stays exactly as it was. A file of which no row can be imported is refused, with the reasons counted.</source>
            <translation>Importerar händelser från en CSV- eller Excelfil till arbetsytans händelselager. Ange filens kolumner: positionen (X/Y i ett koordinatsystem, longitud/latitud eller en WKT-punkt), tiden (en kolumn med ISO eller 'ÅÅÅÅ-MM-DD TT:MM' eller 'ÅÅÅÅ-MM-DD', eller en datumkolumn plus en tidskolumn), kategorin och källan. Datum som skrivs på annat sätt, till exempel '05/03/2024 22:15', läses med det valda datumformatet; ISO-datum läses med alla format. Svenska filer fungerar som de är: semikolon, decimalkomma, UTF-8 eller Windows-1252. Excel- (.xlsx) och OpenDocument-filer (.ods) läses genom GDAL, som alla QGIS har; det första bladet används och dess första rad innehåller kolumnnamnen.

Kategorier (polisens koder eller fritext) översätts till arbetsytans kategorier med en inbyggd lista över svenska benämningar och en valfri mappningstabell (CSV med två kolumner: benämning i källan; arbetsytans kategori).

Dubbletter (samma tid, plats på metern när och kategori), inom filen eller redan i arbetsytan, hoppas över och räknas, så att en ny import av samma fil inte lägger till något. Varje avvisad rad hamnar i tabellen över avvisade rader med orsak: position saknas, position utanför kommunen (utbredningen av arbetsytans områden plus 2 km), felaktigt datum, okänd kategori. Importen är en enda transaktion: om något går fel är arbetsytan exakt som förut. En fil där ingen rad kan importeras avvisas, med orsakerna räknade.</translation>
        </message>
        <message>
            <source>Imports incidents from a CSV or Excel file into the workspace's incident layer. Map the file's columns: the position (X/Y in a CRS, longitude/latitude, or a WKT point), the time (one column with ISO or 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD', or a date column plus a time column), the category and the source. Swedish files work as they are: semicolons, decimal comma, UTF-8 or Windows-1252.

Categories (police codes or free text) are mapped to the workspace categories through a built-in list of Swedish terms and an optional mapping table (CSV with two columns: source label; workspace category).

Duplicates (same time, place to the metre and category), within the file or already in the workspace, are skipped and counted, so importing the same file again adds nothing. Every rejected row goes to the rejects table with its reason: no position, position outside the municipality (the extent of the workspace's areas plus 2 km), bad date, unknown category. The import is one transaction: if anything fails, the workspace stays exactly as it was.</source>
            <translation type="vanished">Importerar händelser från en CSV- eller Excelfil till arbetsytans händelselager. Ange filens kolumner: positionen (X/Y i ett koordinatsystem, longitud/latitud eller en WKT-punkt), tiden (en kolumn med ISO eller 'ÅÅÅÅ-MM-DD TT:MM' eller 'ÅÅÅÅ-MM-DD', eller en datumkolumn plus en tidskolumn), kategorin och källan. Svenska filer fungerar som de är: semikolon, decimalkomma, UTF-8 eller Windows-1252.

Kategorier (polisens koder eller fritext) översätts till arbetsytans kategorier med en inbyggd lista över svenska benämningar och en valfri mappningstabell (CSV med två kolumner: benämning i källan; arbetsytans kategori).

Dubbletter (samma tid, plats på metern när och kategori), inom filen eller redan i arbetsytan, hoppas över och räknas, så att en ny import av samma fil inte lägger till något. Varje avvisad rad hamnar i tabellen över avvisade rader med orsak: position saknas, position utanför kommunen (utbredningen av arbetsytans områden plus 2 km), felaktigt datum, okänd kategori. Importen är en enda transaktion: om något går fel är arbetsytan exakt som förut.</translation>
        </message>
        <message>
            <source>Imports safety-survey results per area, year and indicator (the police's trygghetsmätning, the municipality's own survey, NTU) into the workspace's survey table. The file may be a CSV, an Excel or OpenDocument sheet (read through GDAL), or the table of a GeoJSON or GeoPackage layer.

Each field has a column parameter; left empty, the column is guessed from common Swedish and English names (område/area, år/year, indikator/indicator, värde/value, nedre/lower, övre/upper, antal svarande/respondents, källa/source) and the log says which columns were used. The area must be one of the workspace's areas (case is ignored). The year must be a whole number. Indicators are mapped from their codes and common names (oro för brott, otrygghet ute sent, problemindex, utsatthet, annat); an indicator that is not recognised is rejected rather than stored as 'other', where it would be compared with nothing. Values, interval bounds and respondent counts accept decimal comma; text in them rejects the row, as does an interval that does not contain the value.

A result with the same area, year, indicator and source as one earlier in the file or already in the workspace is a duplicate: skipped and counted, or, with 'Replace', the stored one is replaced. The import is one transaction. Every rejected row goes to the rejects table with its row number and reason.</source>
            <translation>Importerar resultat från trygghetsmätningar per område, år och indikator (polisens trygghetsmätning, kommunens egen enkät, NTU) till arbetsytans tabell för trygghetsmätningar. Filen kan vara en CSV-fil, ett Excel- eller OpenDocument-blad (läses via GDAL) eller tabellen i ett GeoJSON- eller GeoPackage-lager.

Varje fält har en kolumnparameter; lämnas den tom gissas kolumnen från vanliga svenska och engelska namn (område/area, år/year, indikator/indicator, värde/value, nedre/lower, övre/upper, antal svarande/respondents, källa/source) och loggen visar vilka kolumner som användes. Området måste vara ett av arbetsytans områden (skiftläge spelar ingen roll). Året måste vara ett heltal. Indikatorer översätts från sina koder och vanliga namn (oro för brott, otrygghet ute sent, problemindex, utsatthet, annat); en indikator som inte känns igen avvisas hellre än lagras som 'annat', där den inte skulle jämföras med något. Värden, intervallgränser och antal svarande får ha decimalkomma; text i dem avvisar raden, liksom ett intervall som inte innehåller värdet.

Ett resultat med samma område, år, indikator och källa som ett tidigare i filen eller ett som redan finns i arbetsytan är en dubblett: det hoppas över och räknas, eller, med 'Ersätt', ersätts det lagrade. Importen är en enda transaktion. Varje avvisad rad hamnar i tabellen över avvisade rader med sitt radnummer och skäl.</translation>
        </message>
        <message>
            <source>Imports the places residents marked in a citizen dialogue or a map survey into the workspace: points go to the dialogue marks, polygons to the dialogue areas. The file may be a CSV, an Excel or OpenDocument sheet (read through GDAL), a GeoJSON or a GeoPackage (its first layer, in its own CRS). A table gives the position as X/Y in the chosen CRS, longitude/latitude or a WKT column.

Each field of the workspace has a column parameter; left empty, the column is guessed from common Swedish and English names (känsla/feeling, orsak/reason, datum/date, tid på dygnet, kommentar, ålder, kön …) and the log says which columns were used. The feeling must be 1–4 (1 frightening, 4 safe): numbers such as '2' or '2,0' and words such as 'otryggt' or 'mycket trygg' are read, anything else is rejected. Reasons are mapped from Swedish and English words (mörkt → lighting, gäng → gang crime …); a reason not in the list is stored as 'other' and counted in the log. Dates are read with the chosen date format; an empty date stays empty.

No personal data is imported: columns with names, e-mail addresses, phone numbers, addresses or personal identity numbers are ignored (the log names them) and left out of the rejects table. Age band and gender are kept only as groups, for breakdowns.

A mark of the same dialogue, place (to the metre; a polygon's centroid), date and reason as one earlier in the file or already in the workspace is a duplicate: skipped and counted, or, with 'Replace', the stored one is replaced. The import is one transaction: if anything fails, the workspace stays as it was. Every rejected row goes to the rejects table with its row number and reason.</source>
            <translation>Importerar de platser som invånare markerat i en medborgardialog eller kartenkät till arbetsytan: punkter hamnar bland markeringarna, polygoner bland de markerade områdena. Filen kan vara en CSV-fil, ett Excel- eller OpenDocument-blad (läses via GDAL), en GeoJSON-fil eller en GeoPackage (dess första lager, i sitt eget koordinatsystem). En tabell anger läget som X/Y i valt koordinatsystem, longitud/latitud eller en WKT-kolumn.

Varje fält i arbetsytan har en kolumnparameter; lämnas den tom gissas kolumnen från vanliga svenska och engelska namn (känsla/feeling, orsak/reason, datum/date, tid på dygnet, kommentar, ålder, kön …) och loggen visar vilka kolumner som användes. Känslan måste vara 1–4 (1 skrämmande, 4 trygg): tal som '2' eller '2,0' och ord som 'otryggt' eller 'mycket trygg' läses, allt annat avvisas. Orsaker översätts från svenska och engelska ord (mörkt → belysning, gäng → gängkriminalitet …); en orsak som inte finns i listan lagras som 'annat' och räknas i loggen. Datum läses med valt datumformat; ett tomt datum förblir tomt.

Inga personuppgifter importeras: kolumner med namn, e-postadresser, telefonnummer, adresser eller personnummer ignoreras (loggen namnger dem) och utelämnas ur tabellen över avvisade rader. Åldersgrupp och kön sparas bara som grupper, för uppdelningar.

En markering med samma dialog, plats (på metern; en polygons tyngdpunkt), datum och orsak som en tidigare i filen eller en som redan finns i arbetsytan är en dubblett: den hoppas över och räknas, eller, med 'Ersätt', ersätts den lagrade. Importen är en enda transaktion: går något fel förblir arbetsytan som den var. Varje avvisad rad hamnar i tabellen över avvisade rader med sitt radnummer och skäl.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <source>In that test {share} of the actual months fell inside the interval.</source>
            <translation>I det testet låg {share} av de faktiska månaderna inom intervallet.</translation>
        </message>
        <message>
            <source>Incident file (CSV or Excel)</source>
            <translation>Händelsefil (CSV eller Excel)</translation>
        </message>
        <message>
            <source>Incident filter expression</source>
            <translation>Filteruttryck för händelser</translation>
        </message>
        <message>
            <source>Incident points (e.g. the workspace's incidents).</source>
            <translation>Händelser som punkter (t.ex. arbetsytans händelser).</translation>
        </message>
        <message>
            <source>Incident points with a time field, e.g. the workspace's incidents. Filter them to the categories the measures target (e.g. with a selection) so that the comparison is meaningful.</source>
            <translation>Händelsepunkter med ett tidsfält, t.ex. arbetsytans händelser. Filtrera dem till de kategorier åtgärderna riktar sig mot (t.ex. med ett urval) så att jämförelsen blir meningsfull.</translation>
        </message>
        <message>
            <source>Incident time field</source>
            <translation>Tidsfält för händelser</translation>
        </message>
        <message>
            <source>Incident weight field</source>
            <translation>Viktfält för händelser</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>Incidents (points)</source>
            <translation>Händelser (punkter)</translation>
        </message>
        <message>
            <source>Incidents (points) or areas (polygons)</source>
            <translation>Händelser (punkter) eller områden (polygoner)</translation>
        </message>
        <message>
            <source>Incidents and findings within this distance of a segment count for it.</source>
            <translation>Händelser och iakttagelser inom detta avstånd från en delsträcka räknas till den.</translation>
        </message>
        <message>
            <source>Incidents by month and year – {}</source>
            <translation>Händelser per månad och år – {}</translation>
        </message>
        <message>
            <source>Incidents by weekday and hour – {}</source>
            <translation>Händelser per veckodag och timme – {}</translation>
        </message>
        <message>
            <source>Incidents per km² and year</source>
            <translation>Händelser per km² och år</translation>
        </message>
        <message>
            <source>Incidents per km² per year</source>
            <translation>Händelser per km² och år</translation>
        </message>
        <message>
            <source>Incidents per km² per year needs a time field (and preferably a start and end).</source>
            <translation>Händelser per km² och år kräver ett tidsfält (och helst start och slut).</translation>
        </message>
        <message>
            <source>Incidents per month</source>
            <translation>Händelser per månad</translation>
        </message>
        <message>
            <source>Incidents per month in {area}, with a forecast</source>
            <translation>Händelser per månad i {area}, med prognos</translation>
        </message>
        <message>
            <source>Incidents this close to the measure count as at the measure (the target area).</source>
            <translation>Händelser så här nära åtgärden räknas som vid åtgärden (målområdet).</translation>
        </message>
        <message>
            <source>Increasing trend {first}–{last}, p {p}.</source>
            <translation>Ökande trend {first}–{last}, p {p}.</translation>
        </message>
        <message>
            <source>Incremental spatial autocorrelation has no peak, so it is the mean distance to the k nearest neighbours (k = 5 % of the cells, at least 3, at most 30).</source>
            <translation>Den inkrementella rumsliga autokorrelationen har ingen topp, så det är medelavståndet till de k närmaste grannarna (k = 5 % av rutorna, minst 3, högst 30).</translation>
        </message>
        <message>
            <source>Index field</source>
            <translation>Indexfält</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indikator</translation>
        </message>
        <message>
            <source>Indicator column</source>
            <translation>Kolumn för indikator</translation>
        </message>
        <message>
            <source>Inhabitants per area; rates per 1,000 inhabitants need it. Areas without a population get no rates.</source>
            <translation>Invånare per område; behövs för antal per 1 000 invånare. Områden utan befolkning får inga tal per invånare.</translation>
        </message>
        <message>
            <source>Intensifying cold spot</source>
            <translation>Intensifierad kall fläck</translation>
        </message>
        <message>
            <source>Intensifying hot spot</source>
            <translation>Intensifierad hot spot</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Intervall</translation>
        </message>
        <message>
            <source>Interval does not contain the value</source>
            <translation>Intervallet innehåller inte värdet</translation>
        </message>
        <message>
            <source>Interval level</source>
            <translation>Intervallets nivå</translation>
        </message>
        <message>
            <source>Interval lower bound column</source>
            <translation>Kolumn för intervallets nedre gräns</translation>
        </message>
        <message>
            <source>Interval upper bound column</source>
            <translation>Kolumn för intervallets övre gräns</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Intervjuer</translation>
        </message>
        <message>
            <source>It answers the cause; fill in the action plan in the form.</source>
            <translation>Den svarar mot orsaken; fyll i handlingsplanen i formuläret.</translation>
        </message>
        <message>
            <source>It is no longer in the workspace; someone may have removed it. Reload the list.</source>
            <translation>Den finns inte längre i arbetsytan; någon kan ha tagit bort den. Läs in listan igen.</translation>
        </message>
        <message>
            <source>It is the first peak of incremental spatial autocorrelation (the z-score of global Moran's I).</source>
            <translation>Det är den första toppen i den inkrementella rumsliga autokorrelationen (z-värdet för globalt Moran's I).</translation>
        </message>
        <message>
            <source>It is the mean distance from each incident to its nearest neighbour, with locational outliers removed, as in Optimized Hot Spot Analysis.</source>
            <translation>Det är medelavståndet från varje händelse till dess närmaste granne, med avvikande lägen borttagna, som i Optimized Hot Spot Analysis.</translation>
        </message>
        <message>
            <source>It is the shorter side of the study area's bounding rectangle divided by 150, a rule of thumb for crime maps (Eck et al. 2005): the mean distance from each incident to its nearest neighbour is smaller and would leave most cells empty.</source>
            <translation>Den är studieområdets omskrivna rektangels kortare sida delad med 150, en tumregel för brottskartor (Eck m.fl. 2005): det genomsnittliga avståndet från varje händelse till närmaste granne är mindre och skulle lämna de flesta rutor tomma.</translation>
        </message>
        <message>
            <source>It was enlarged so that the grid stays within the cell limit.</source>
            <translation>Den förstorades så att rutnätet håller sig inom gränsen för antalet rutor.</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>K nearest neighbours</source>
            <translation>K närmaste grannar</translation>
        </message>
        <message>
            <source>Kernel density (heatmap) of incidents, computed on exactly the same grid as QGIS's own “Heatmap (Kernel Density Estimation)” (same extent, size, pixel and nodata, so the two compare cell by cell), but many times faster: the points are binned and convolved by FFT. Raw and Scaled values follow QGIS 3.40 (with its corrected scaling); “Incidents per km² per year” divides the Scaled density by the length of the time window. Choose a time field with a start and end to restrict the period, a filter expression to pick categories (e.g. "category" = 'narkotika') and a mask to blank out cells outside your areas. Input in a geographic CRS is transformed to SWEREF 99 TM. The output is a Float32 GeoTIFF with zero transparent and a ramp from yellow to dark red.</source>
            <translation>Kärntäthet (värmekarta) för händelser, beräknad på exakt samma rutnät som QGIS egen ”Värmekarta (kärntäthetsuppskattning)” (samma utbredning, storlek, pixel och nodata, så att de kan jämföras cell för cell), men många gånger snabbare: punkterna samlas i rutor och faltas med FFT. Råa och skalade värden följer QGIS 3.40 (med dess rättade skalning); ”Händelser per km² och år” delar den skalade tätheten med tidsfönstrets längd. Välj ett tidsfält med start och slut för att begränsa perioden, ett filteruttryck för att välja kategorier (t.ex. "category" = 'narkotika') och en mask för att tömma celler utanför era områden. Indata i ett geografiskt koordinatsystem transformeras till SWEREF 99 TM. Utdata är en Float32-GeoTIFF där noll är genomskinlig och en färgskala går från gult till mörkrött.</translation>
        </message>
        <message>
            <source>Kernel density (heatmap) of incidents, computed on exactly the same grid as QGIS's own “Heatmap (Kernel Density Estimation)” (same extent, size, pixel and nodata, so the two compare cell by cell), but many times faster: the points are binned and convolved by FFT. Raw and Scaled values follow QGIS 3.40 (with the corrected scaling of QGIS issue 60616); “Incidents per km² per year” divides the Scaled density by the length of the time window. Choose a time field with a start and end to restrict the period, a filter expression to pick categories (e.g. "category" = 'narkotika') and a mask to blank out cells outside your areas. Input in a geographic CRS is transformed to SWEREF 99 TM. The output is a Float32 GeoTIFF with zero transparent and a ramp from yellow to dark red.</source>
            <translation type="vanished">Kärntäthet (värmekarta) för händelser, beräknad på exakt samma rutnät som QGIS egen ”Värmekarta (kärntäthetsuppskattning)” (samma utbredning, storlek, pixel och nodata, så att de kan jämföras cell för cell), men många gånger snabbare: punkterna samlas i rutor och faltas med FFT. Råa och skalade värden följer QGIS 3.40 (med den rättade skalningen i QGIS ärende 60616); ”Händelser per km² och år” delar den skalade tätheten med tidsfönstrets längd. Välj ett tidsfält med start och slut för att begränsa perioden, ett filteruttryck för att välja kategorier (t.ex. "category" = 'narkotika') och en mask för att tömma celler utanför era områden. Indata i ett geografiskt koordinatsystem transformeras till SWEREF 99 TM. Utdata är en Float32-GeoTIFF där noll är genomskinlig och en färgskala går från gult till mörkrött.</translation>
        </message>
        <message>
            <source>Kernel shape</source>
            <translation>Kärnans form</translation>
        </message>
        <message>
            <source>Kernel shape, the same choices in the same order as QGIS's heatmap. Quartic is the usual choice.</source>
            <translation>Kärnans form, samma val i samma ordning som i QGIS värmekarta. Kvartisk är det vanliga valet.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <source>Knox table</source>
            <translation>Knox-tabell</translation>
        </message>
        <message>
            <source>Lamp reach (m)</source>
            <translation>Lampans räckvidd (m)</translation>
        </message>
        <message>
            <source>Lamp status field</source>
            <translation>Statusfält för lampor</translation>
        </message>
        <message>
            <source>Lamps (context)</source>
            <translation>Belysningspunkter (sammanhang)</translation>
        </message>
        <message>
            <source>Lamps whose status is 'broken' (or 'trasig', false, 0) do not count as working.</source>
            <translation>Lampor med status 'broken' (eller 'trasig', false, 0) räknas inte som fungerande.</translation>
        </message>
        <message>
            <source>Last period used</source>
            <translation>Sista period som används</translation>
        </message>
        <message>
            <source>Later walk (uuid or name)</source>
            <translation>Senare vandring (uuid eller namn)</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Laying out the report…</source>
            <translation>Sätter upp rapporten…</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>Left out: {no_time} incidents without a valid time and {outside} outside every area. Reported incidents do not show all crime, and the sense of safety (surveys, walks) is not part of these figures.</source>
            <translation type="vanished">Utelämnat: {no_time} händelser utan giltig tid och {outside} utanför alla områden. Anmälda händelser visar inte all brottslighet, och upplevd trygghet (enkäter, trygghetsvandringar) ingår inte i dessa siffror.</translation>
        </message>
        <message>
            <source>Left out: {no_time} incidents without a valid time and {outside} outside every area. Reported incidents do not show all crime; the sense of safety (surveys, citizen dialogues, walks) is not part of these figures but has its own section, 'Perceived safety', on each focus area's pages.</source>
            <translation>Utelämnat: {no_time} händelser utan giltig tid och {outside} utanför alla områden. Anmälda händelser visar inte all brottslighet; upplevd trygghet (trygghetsmätningar, medborgardialoger, trygghetsvandringar) ingår inte i dessa siffror men har ett eget avsnitt, 'Upplevd trygghet', på varje fokusområdes sidor.</translation>
        </message>
        <message>
            <source>Length of each time step of the space-time cube. Esri recommends at least 10 steps.</source>
            <translation>Längden på varje tidssteg i rum-tid-kuben. Esri rekommenderar minst 10 steg.</translation>
        </message>
        <message>
            <source>Length of the AFTER window, in whole days after the done date. Use equal lengths, or whole years, so that seasons balance.</source>
            <translation>Längden på EFTER-perioden i hela dagar efter genomförandedatumet. Använd lika långa perioder, eller hela år, så att årstiderna tar ut varandra.</translation>
        </message>
        <message>
            <source>Length of the BEFORE window, in whole days before the done date.</source>
            <translation>Längden på FÖRE-perioden i hela dagar före genomförandedatumet.</translation>
        </message>
        <message>
            <source>Length of the visit in minutes. Empty values count as a visit but not in the minutes.</source>
            <translation>Besökets längd i minuter. Tomma värden räknas som besök men inte i minuterna.</translation>
        </message>
        <message>
            <source>Level field</source>
            <translation>Nivåfält</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>Belysning</translation>
        </message>
        <message>
            <source>Lighting gap threshold (m)</source>
            <translation>Tröskel för belysningslucka (m)</translation>
        </message>
        <message>
            <source>Line segments with a safety index 0–100, e.g. the output of 'Score safe paths'.</source>
            <translation>Linjesegment med ett trygghetsindex 0–100, t.ex. resultatet av 'Bedöm trygga stråk'.</translation>
        </message>
        <message>
            <source>Link selected features</source>
            <translation>Koppla markerade objekt</translation>
        </message>
        <message>
            <source>Link the features selected in the active layer to this measure</source>
            <translation>Koppla de markerade objekten i det aktiva lagret till den här åtgärden</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Kopplat</translation>
        </message>
        <message>
            <source>Linked features</source>
            <translation>Kopplade objekt</translation>
        </message>
        <message>
            <source>Linked features ({n})</source>
            <translation>Kopplade objekt ({n})</translation>
        </message>
        <message>
            <source>Linked to {n} features of {layer}. Fill in the action plan in the form.</source>
            <translation>Kopplad till {n} objekt i {layer}. Fyll i handlingsplanen i formuläret.</translation>
        </message>
        <message>
            <source>Lit field</source>
            <translation>Fält för belyst</translation>
        </message>
        <message>
            <source>Litter</source>
            <translation>Nedskräpning</translation>
        </message>
        <message>
            <source>Local Moran (clusters and outliers)</source>
            <translation>Lokal Moran (kluster och avvikare)</translation>
        </message>
        <message>
            <source>Local Moran z-scores</source>
            <translation>z-värden för lokal Moran</translation>
        </message>
        <message>
            <source>Long term</source>
            <translation>Lång sikt</translation>
        </message>
        <message>
            <source>Longitude and latitude (WGS 84)</source>
            <translation>Longitud och latitud (WGS 84)</translation>
        </message>
        <message>
            <source>Look-back (days)</source>
            <translation>Tid bakåt (dagar)</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>Lägesbild</source>
            <translation>Lägesbild</translation>
        </message>
        <message>
            <source>Lägesbild report (PDF)</source>
            <translation>Lägesbildsrapport (PDF)</translation>
        </message>
        <message>
            <source>Lägesbild {area}, {period}</source>
            <translation>Lägesbild {area}, {period}</translation>
        </message>
        <message>
            <source>Lägesbild {period} · created {date} · k = {k}</source>
            <translation>Lägesbild {period} · skapad {date} · k = {k}</translation>
        </message>
        <message>
            <source>Lägesbild {}</source>
            <translation>Lägesbild {}</translation>
        </message>
        <message>
            <source>Lägesbild – report data</source>
            <translation>Lägesbild – rapportunderlag</translation>
        </message>
        <message>
            <source>MM/DD/YYYY HH:MM, American (03/05/2024 10:15 PM is 5 March)</source>
            <translation>MM/DD/ÅÅÅÅ TT:MM, amerikanskt (03/05/2024 10:15 PM är 5 mars)</translation>
        </message>
        <message>
            <source>MM/DD/YYYY, American (03/05/2025 is 5 March)</source>
            <translation>MM/DD/ÅÅÅÅ, amerikanskt (03/05/2025 är 5 mars)</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Marks file (CSV, Excel, GeoJSON or GeoPackage)</source>
            <translation>Fil med markeringar (CSV, Excel, GeoJSON eller GeoPackage)</translation>
        </message>
        <message>
            <source>Marks with a feeling up to this value count as unsafe (2: frightening and rather unsafe). Marks without a feeling count too.</source>
            <translation>Markeringar med upplevd trygghet upp till detta värde räknas som otrygga (2: skrämmande och ganska otryggt). Markeringar utan angiven känsla räknas också.</translation>
        </message>
        <message>
            <source>Mask polygons</source>
            <translation>Maskpolygoner</translation>
        </message>
        <message>
            <source>Mask: {} of {} cells lie outside the mask polygons and are set to nodata.</source>
            <translation>Mask: {} av {} celler ligger utanför maskpolygonerna och sätts till nodata.</translation>
        </message>
        <message>
            <source>Match distance (m)</source>
            <translation>Matchningsavstånd (m)</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maj</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Measure created</source>
            <translation>Åtgärden skapades</translation>
        </message>
        <message>
            <source>Measure effect</source>
            <translation>Åtgärdens effekt</translation>
        </message>
        <message>
            <source>Measure from cause</source>
            <translation>Åtgärd från orsak</translation>
        </message>
        <message>
            <source>Measure log</source>
            <translation>Åtgärdslogg</translation>
        </message>
        <message>
            <source>Measure not created</source>
            <translation>Åtgärden skapades inte</translation>
        </message>
        <message>
            <source>Measure: {title}</source>
            <translation>Åtgärd: {title}</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Measures (action plan)</source>
            <translation>Åtgärder (handlingsplan)</translation>
        </message>
        <message>
            <source>Measures answer the causes of this problem ({titles}). Nothing was deleted; confirm to delete it together with their links to it (the measures stay).</source>
            <translation>Åtgärder svarar mot problemets orsaker ({titles}). Ingenting togs bort; bekräfta för att ta bort problemet tillsammans med åtgärdernas kopplingar till det (åtgärderna finns kvar).</translation>
        </message>
        <message>
            <source>Measures answer this cause</source>
            <translation>Åtgärder svarar mot orsaken</translation>
        </message>
        <message>
            <source>Measures answer this cause ({titles}). Nothing was deleted; confirm to delete it together with their links to it (the measures stay).</source>
            <translation>Åtgärder svarar mot orsaken ({titles}). Ingenting togs bort; bekräfta för att ta bort orsaken tillsammans med åtgärdernas kopplingar till den (åtgärderna finns kvar).</translation>
        </message>
        <message>
            <source>Measures answer this problem</source>
            <translation>Åtgärder svarar mot problemet</translation>
        </message>
        <message>
            <source>Measures in PostGIS</source>
            <translation>Åtgärder i PostGIS</translation>
        </message>
        <message>
            <source>Measures serve this goal area ({titles}). Choose another goal for them first; nothing was deleted.</source>
            <translation>Åtgärder hör till målområdet ({titles}). Välj ett annat målområde för dem först; ingenting togs bort.</translation>
        </message>
        <message>
            <source>Medborgarlöften</source>
            <translation>Medborgarlöften</translation>
        </message>
        <message>
            <source>Median back-test MASE {mase:.2f} (below 1: better than the seasonal naive forecast).</source>
            <translation type="vanished">Median av bakåttestets MASE {mase:.2f} (under 1: bättre än den säsongsnaiva prognosen).</translation>
        </message>
        <message>
            <source>Median back-test MASE {mase} (below 1: better than the seasonal naive forecast).</source>
            <translation>Median av bakåttestets MASE {mase} (under 1: bättre än den säsongsnaiva prognosen).</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medel</translation>
        </message>
        <message>
            <source>Method and sources</source>
            <translation>Metod och källor</translation>
        </message>
        <message>
            <source>Method: rates per 1,000 inhabitants and year. The change between the periods is tested with an exact Poisson test; 'significant' means p &lt; 0.05. Key figures: {summary}. Maps: {map}. Emerging hot spots: space-time Gi* with Mann–Kendall trend, monthly, 250 m cells.</source>
            <translation>Metod: antal per 1 000 invånare och år. Förändringen mellan perioderna prövas med ett exakt Poissontest; 'säkerställd' betyder p &lt; 0,05. Nyckeltal: {summary}. Kartor: {map}. Framväxande hot spots: Gi* i rum och tid med Mann–Kendalls trendtest, månadsvis, 250 m-celler.</translation>
        </message>
        <message>
            <source>Minimum count to publish (k)</source>
            <translation>Minsta antal som får publiceras (k)</translation>
        </message>
        <message>
            <source>Minimum incidents at the measure</source>
            <translation>Minsta antal händelser vid åtgärden</translation>
        </message>
        <message>
            <source>Minimum incidents per place</source>
            <translation>Minsta antal händelser per plats</translation>
        </message>
        <message>
            <source>Minimum marks and incidents per cell</source>
            <translation>Minsta antal markeringar och händelser per ruta</translation>
        </message>
        <message>
            <source>Minimum place radius (m)</source>
            <translation>Minsta platsradie (m)</translation>
        </message>
        <message>
            <source>Minimum separation (m)</source>
            <translation>Minsta avstånd (m)</translation>
        </message>
        <message>
            <source>Minutes field</source>
            <translation>Minutfält</translation>
        </message>
        <message>
            <source>Models chosen by the back-test: {}.</source>
            <translation>Modeller valda av bakåttestet: {}.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>mån</translation>
        </message>
        <message>
            <source>Monte Carlo samples</source>
            <translation>Monte Carlo-stickprov</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Month × year</source>
            <translation>Månad × år</translation>
        </message>
        <message>
            <source>Most common reasons: {}.</source>
            <translation>Vanligaste orsaker: {}.</translation>
        </message>
        <message>
            <source>Most months of the area have no incidents, too few for a seasonal model.</source>
            <translation>De flesta månaderna har inga händelser i området, för få för en säsongsmodell.</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Names of the areas the situation picture covers, separated by ';'. Empty: the areas whose kind is 'focus'.</source>
            <translation>Namn på de områden lägesbilden gäller, åtskilda med ';'. Tomt: områdena vars typ (kind) är 'focus'.</translation>
        </message>
        <message>
            <source>Names of the reference areas, separated by ';' (e.g. 'Övriga Trollhättan'). Empty: the areas whose field 'kind' is 'reference'.</source>
            <translation>Referensområdenas namn, åtskilda med ';' (t.ex. 'Övriga Trollhättan'). Tomt: de områden vars fält 'kind' är 'reference'.</translation>
        </message>
        <message>
            <source>Names of the reference areas, separated by ';'. Empty: the areas whose kind is 'reference'.</source>
            <translation>Namn på jämförelseområdena, åtskilda med ';'. Tomt: områdena vars typ (kind) är 'reference'.</translation>
        </message>
        <message>
            <source>Near repeat: {d0:.0f}–{d1:.0f} m and {t0:g}–{t1:g} days: {ratio:.2f} times more pairs than expected (p = {p:.3f}).</source>
            <translation>Nära upprepning: {d0:.0f}–{d1:.0f} m och {t0:g}–{t1:g} dagar: {ratio:.2f} gånger fler par än förväntat (p = {p:.3f}).</translation>
        </message>
        <message>
            <source>Near-repeat table</source>
            <translation>Tabell över närliggande upprepningar</translation>
        </message>
        <message>
            <source>Near-repeat table: {n} of {total} bands are significant with a ratio above 1 and weight the kernel.</source>
            <translation>Tabell över närliggande upprepningar: {n} av {total} band är signifikanta med en kvot över 1 och viktar kärnan.</translation>
        </message>
        <message>
            <source>Near-repeat test (Knox)</source>
            <translation>Test av nära upprepning (Knox)</translation>
        </message>
        <message>
            <source>Needed only to keep some categories (below).</source>
            <translation>Behövs bara för att ta med vissa kategorier (nedan).</translation>
        </message>
        <message>
            <source>Neighbourhood</source>
            <translation>Grannskap</translation>
        </message>
        <message>
            <source>Neighbourhood distance (0 = automatic)</source>
            <translation>Grannskapsavstånd (0 = automatiskt)</translation>
        </message>
        <message>
            <source>Neighbourhood distance chosen automatically: {d:.1f} m, from {why}.</source>
            <translation type="vanished">Grannskapsavstånd valt automatiskt: {d:.1f} m, utifrån {why}.</translation>
        </message>
        <message>
            <source>Neighbourhood distance chosen automatically: {d} m. {why}</source>
            <translation>Grannskapsavstånd valt automatiskt: {d} m. {why}</translation>
        </message>
        <message>
            <source>Neighbourhood distance in metres for the fixed-distance neighbourhood (between cell centres or polygon centroids).</source>
            <translation>Grannskapsavstånd i meter för grannskap med fast avstånd (mellan rutors mittpunkter eller polygoners tyngdpunkter).</translation>
        </message>
        <message>
            <source>Neighbourhood time steps</source>
            <translation>Grannskapets tidssteg</translation>
        </message>
        <message>
            <source>Neighbours per feature: mean {mean:.1f}, min {lo}, max {hi}.</source>
            <translation>Grannar per objekt: medel {mean:.1f}, min {lo}, max {hi}.</translation>
        </message>
        <message>
            <source>Network: {nodes} nodes, {edges} edges. Snapping within {tol:g} m moved {moved} of {ends} segment ends, at most {max:.2f} m.</source>
            <translation>Nät: {nodes} noder, {edges} länkar. Fästning inom {tol:g} m flyttade {moved} av {ends} ändpunkter, som mest {max:.2f} m.</translation>
        </message>
        <message>
            <source>New cause</source>
            <translation>Ny orsak</translation>
        </message>
        <message>
            <source>New cold spot</source>
            <translation>Ny kall fläck</translation>
        </message>
        <message>
            <source>New follow-up colour</source>
            <translation>Ny uppföljningsfärg</translation>
        </message>
        <message>
            <source>New hot spot</source>
            <translation>Ny hot spot</translation>
        </message>
        <message>
            <source>New measure</source>
            <translation>Ny åtgärd</translation>
        </message>
        <message>
            <source>New measure answering the selected cause (area, place and cause carried over)</source>
            <translation>Ny åtgärd som svarar mot den valda orsaken (område, plats och orsak följer med)</translation>
        </message>
        <message>
            <source>New measure from selection</source>
            <translation type="vanished">Ny åtgärd från markering</translation>
        </message>
        <message>
            <source>New measure: {layer}</source>
            <translation>Ny åtgärd: {layer}</translation>
        </message>
        <message>
            <source>New period</source>
            <translation>Ny period</translation>
        </message>
        <message>
            <source>New problem</source>
            <translation>Nytt problem</translation>
        </message>
        <message>
            <source>New problem: {layer}</source>
            <translation>Nytt problem: {layer}</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Ny status</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Nytt värde</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>No Excel reader is installed; save the sheet as CSV and import that.</source>
            <translation>Inget bibliotek för att läsa Excel är installerat; spara bladet som CSV och importera det.</translation>
        </message>
        <message>
            <source>No Excel writer (openpyxl or xlsxwriter) is installed, so the table was written as CSV instead: {}</source>
            <translation type="vanished">Inget Excel-skrivbibliotek (openpyxl eller xlsxwriter) är installerat, så tabellen skrevs som CSV i stället: {}</translation>
        </message>
        <message>
            <source>No Excel writer is available, so the table was written as CSV instead: {}</source>
            <translation>Det går inte att skriva Excel här, så tabellen skrevs som CSV i stället: {}</translation>
        </message>
        <message>
            <source>No area</source>
            <translation>Område saknas</translation>
        </message>
        <message>
            <source>No cause analysis is registered for the area.</source>
            <translation>Ingen orsaksanalys är registrerad för området.</translation>
        </message>
        <message>
            <source>No cause is written down yet.</source>
            <translation>Ingen orsak är nedskriven ännu.</translation>
        </message>
        <message>
            <source>No cell of the grid lies inside the mask polygons.</source>
            <translation>Ingen cell i rutnätet ligger inom maskpolygonerna.</translation>
        </message>
        <message>
            <source>No clear trend</source>
            <translation>Ingen säker trend</translation>
        </message>
        <message>
            <source>No column was found for: {}. Choose them; the file's columns are: {}</source>
            <translation>Ingen kolumn hittades för: {}. Välj dem; filens kolumner är: {}</translation>
        </message>
        <message>
            <source>No column with the feeling (1–4) was found. Choose it; the file's columns are: {}</source>
            <translation>Ingen kolumn med känslan (1–4) hittades. Välj den; filens kolumner är: {}</translation>
        </message>
        <message>
            <source>No conclusions are written for the area and the report period.</source>
            <translation>Inga slutsatser är skrivna för området och rapportperioden.</translation>
        </message>
        <message>
            <source>No emerging or fading pattern in the area.</source>
            <translation>Inget framväxande eller avtagande mönster i området.</translation>
        </message>
        <message>
            <source>No incident has a valid time in the field '{}'.</source>
            <translation>Ingen händelse har en giltig tid i fältet '{}'.</translation>
        </message>
        <message>
            <source>No incident lies in the {days:g} days before {as_of}; there is nothing to map.</source>
            <translation>Ingen händelse ligger inom {days:g} dagar före {as_of}; det finns inget att kartlägga.</translation>
        </message>
        <message>
            <source>No incident of the look-back lies inside the study area; there is nothing to map.</source>
            <translation>Ingen händelse under tiden bakåt ligger inom studieområdet; det finns inget att kartlägga.</translation>
        </message>
        <message>
            <source>No incident time field: all {n} incidents are taken to lie in the stated period ({years:.2f} years) and are not filtered by it.</source>
            <translation>Inget tidsfält för händelserna: alla {n} händelser antas ligga inom den angivna perioden ({years:.2f} år) och filtreras inte efter den.</translation>
        </message>
        <message>
            <source>No incident was imported: all {n} rows were rejected. {reasons}.</source>
            <translation>Ingen händelse importerades: alla {n} rader avvisades. {reasons}.</translation>
        </message>
        <message>
            <source>No incidents after the as-of time: the map is not scored. To score it, set the as-of time a few weeks back.</source>
            <translation>Inga händelser efter kartans tidpunkt: kartan utvärderas inte. Sätt tidpunkten några veckor bakåt för att utvärdera den.</translation>
        </message>
        <message>
            <source>No incidents are left in the chosen period, categories and areas.</source>
            <translation>Inga händelser finns kvar i vald period, kategorier och områden.</translation>
        </message>
        <message>
            <source>No incidents are left to count; there is nothing to forecast.</source>
            <translation>Inga händelser finns kvar att räkna; det finns inget att göra prognos för.</translation>
        </message>
        <message>
            <source>No incidents in the area.</source>
            <translation>Inga händelser i området.</translation>
        </message>
        <message>
            <source>No incidents of one of the periods fall in the areas.</source>
            <translation>Inga händelser från en av perioderna faller i områdena.</translation>
        </message>
        <message>
            <source>No lamps layer: paths marked lit count as lit, the others as unlit.</source>
            <translation>Inget lager med belysningspunkter: stråk markerade som belysta räknas som belysta, övriga som obelysta.</translation>
        </message>
        <message>
            <source>No longer relevant</source>
            <translation>Ej aktuell</translation>
        </message>
        <message>
            <source>No measure answers this cause yet.</source>
            <translation>Ingen åtgärd svarar ännu mot orsaken.</translation>
        </message>
        <message>
            <source>No measures are listed: change the filters.</source>
            <translation>Listan är tom: ändra filtren.</translation>
        </message>
        <message>
            <source>No measures are registered for the area.</source>
            <translation>Inga åtgärder är registrerade för området.</translation>
        </message>
        <message>
            <source>No medborgarlöfte is registered for the area.</source>
            <translation>Inget medborgarlöfte är registrerat för området.</translation>
        </message>
        <message>
            <source>No part of the area is among the risk map's top areas.</source>
            <translation>Ingen del av området hör till riskkartans mest utsatta ytor.</translation>
        </message>
        <message>
            <source>No pattern</source>
            <translation>Inget mönster</translation>
        </message>
        <message>
            <source>No place has enough incidents; lower the minimum or widen the time window.</source>
            <translation>Ingen plats har tillräckligt många händelser; sänk minimum eller vidga tidsfönstret.</translation>
        </message>
        <message>
            <source>No places in {area} have been marked in a citizen dialogue.</source>
            <translation>Inga platser i {area} har markerats i en medborgardialog.</translation>
        </message>
        <message>
            <source>No points are left after the time window and filter; there is nothing to map.</source>
            <translation>Inga punkter återstår efter tidsfönster och filter; det finns inget att kartlägga.</translation>
        </message>
        <message>
            <source>No population field was chosen, so no rates per 1,000 inhabitants are computed.</source>
            <translation>Inget befolkningsfält valdes, så inga tal per 1 000 invånare beräknas.</translation>
        </message>
        <message>
            <source>No position</source>
            <translation>Position saknas</translation>
        </message>
        <message>
            <source>No position columns were found (X/Y, longitude/latitude or WKT). Choose them; the file's columns are: {}</source>
            <translation>Inga kolumner för läge hittades (X/Y, longitud/latitud eller WKT). Välj dem; filens kolumner är: {}</translation>
        </message>
        <message>
            <source>No reliable trend {first}–{last} (p {p}).</source>
            <translation>Ingen säker trend {first}–{last} (p {p}).</translation>
        </message>
        <message>
            <source>No route could be found: {}</source>
            <translation>Ingen väg kunde hittas: {}</translation>
        </message>
        <message>
            <source>No safety-walk findings are registered in {area}.</source>
            <translation>Inga iakttagelser från trygghetsvandringar finns registrerade i {area}.</translation>
        </message>
        <message>
            <source>No study area was given: the convex hull of the incidents is used (widened by half a cell so that every incident is kept), as ArcGIS's hot spot analysis does. Give a study area to analyse another one.</source>
            <translation>Inget studieområde angavs: händelsernas konvexa hölje används (utvidgat med en halv ruta så att varje händelse kommer med), som ArcGIS hot spot-analys gör. Ange ett studieområde för att analysera ett annat.</translation>
        </message>
        <message>
            <source>No study area was given: the convex hull of the marks and incidents is used.</source>
            <translation>Inget studieområde angavs: markeringarnas och händelsernas konvexa hölje används.</translation>
        </message>
        <message>
            <source>No study area was given: the workspace's {n} areas are used. {out} incidents outside them were left out.</source>
            <translation>Inget studieområde angavs: arbetsytans {n} områden används. {out} händelser utanför dem utelämnades.</translation>
        </message>
        <message>
            <source>No study area was given: the workspace's {} areas are used.</source>
            <translation>Inget studieområde angavs: arbetsytans {} områden används.</translation>
        </message>
        <message>
            <source>No survey results for the area in the workspace.</source>
            <translation>Inga trygghetsmätningar för området i arbetsytan.</translation>
        </message>
        <message>
            <source>No survey results for {area} are registered in the workspace.</source>
            <translation>Inga trygghetsmätningar för {area} finns registrerade i arbetsytan.</translation>
        </message>
        <message>
            <source>No time field: the incidents are treated as one year's.</source>
            <translation type="vanished">Inget tidsfält: händelserna behandlas som ett års händelser.</translation>
        </message>
        <message>
            <source>No walk comparison was made: give an earlier and a later walk for it.</source>
            <translation>Ingen jämförelse av vandringar gjordes: ange en tidigare och en senare vandring för den.</translation>
        </message>
        <message>
            <source>No workspace</source>
            <translation>Ingen arbetsyta</translation>
        </message>
        <message>
            <source>No workspace open</source>
            <translation>Ingen arbetsyta öppen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>None of the completed measures could be evaluated; see the log for why.</source>
            <translation>Ingen av de genomförda åtgärderna kunde utvärderas; se loggen för varför.</translation>
        </message>
        <message>
            <source>None of the incidents has a valid time in the field “{}”.</source>
            <translation>Ingen av händelserna har en giltig tid i fältet ”{}”.</translation>
        </message>
        <message>
            <source>None of the {n} incidents has a readable time, so incidents per 100 m and year cannot be computed. Choose the incident time field, or give the period start and end that the incidents cover.</source>
            <translation>Ingen av de {n} händelserna har en läsbar tid, så händelser per 100 m och år kan inte beräknas. Välj händelsernas tidsfält, eller ange start och slut för den period som händelserna omfattar.</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Inte borttaget</translation>
        </message>
        <message>
            <source>Not finished</source>
            <translation>Ej avslutade</translation>
        </message>
        <message>
            <source>Not linked</source>
            <translation>Inte kopplat</translation>
        </message>
        <message>
            <source>Not renumbered</source>
            <translation>Inte omnumrerat</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Inte sparat</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Anteckning</translation>
        </message>
        <message>
            <source>Note for the log:</source>
            <translation>Anteckning till loggen:</translation>
        </message>
        <message>
            <source>Nothing selected</source>
            <translation>Inget markerat</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Inget att exportera</translation>
        </message>
        <message>
            <source>Nothing to save</source>
            <translation>Inget att spara</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>Inget att visa</translation>
        </message>
        <message>
            <source>Nothing was imported: all {n} rows were rejected. {reasons}.</source>
            <translation>Ingenting importerades: alla {n} rader avvisades. {reasons}.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Number of conditional permutations of the significance test.</source>
            <translation>Antal villkorade permutationer i signifikanstestet.</translation>
        </message>
        <message>
            <source>Number of distance bands</source>
            <translation>Antal avståndsband</translation>
        </message>
        <message>
            <source>Number of incidents</source>
            <translation>Antal händelser</translation>
        </message>
        <message>
            <source>Number of nearest neighbours for the k-nearest neighbourhood.</source>
            <translation>Antal närmaste grannar för grannskapet med k närmaste grannar.</translation>
        </message>
        <message>
            <source>Number of neighbours (k)</source>
            <translation>Antal grannar (k)</translation>
        </message>
        <message>
            <source>Number of places</source>
            <translation>Antal platser</translation>
        </message>
        <message>
            <source>Number of random shuffles of the times (99 gives p-values down to 0.01, 999 down to 0.001).</source>
            <translation>Antal slumpmässiga omblandningar av tiderna (99 ger p-värden ner till 0,01, 999 ner till 0,001).</translation>
        </message>
        <message>
            <source>Number of samples of the test period (Andresen uses 100-200).</source>
            <translation>Antal stickprov av testperioden (Andresen använder 100–200).</translation>
        </message>
        <message>
            <source>Number of time bands</source>
            <translation>Antal tidsband</translation>
        </message>
        <message>
            <source>Numbered causes</source>
            <translation>Numrerade orsaker</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>okt</translation>
        </message>
        <message>
            <source>Off: a mark already in the workspace (same dialogue, place, date and reason) is skipped and counted. On: the stored one is replaced by the file's.</source>
            <translation>Av: en markering som redan finns i arbetsytan (samma dialog, plats, datum och orsak) hoppas över och räknas. På: den lagrade ersätts med filens.</translation>
        </message>
        <message>
            <source>Off: a result already in the workspace (same area, year, indicator and source) is skipped and counted. On: the stored one is replaced by the file's.</source>
            <translation>Av: ett resultat som redan finns i arbetsytan (samma område, år, indikator och källa) hoppas över och räknas. På: det lagrade ersätts med filens.</translation>
        </message>
        <message>
            <source>Offenders</source>
            <translation>Gärningspersoner</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>Tidigare värde</translation>
        </message>
        <message>
            <source>Older access rules</source>
            <translation>Äldre behörighetsregler</translation>
        </message>
        <message>
            <source>Older workspace</source>
            <translation>Äldre arbetsyta</translation>
        </message>
        <message>
            <source>One column with date and time (ISO, 'YYYY-MM-DD HH:MM' or 'YYYY-MM-DD'). Leave empty to use a date column and a time column instead.</source>
            <translation>En kolumn med datum och tid (ISO, 'ÅÅÅÅ-MM-DD TT:MM' eller 'ÅÅÅÅ-MM-DD'). Lämna tomt för att i stället använda en datumkolumn och en tidskolumn.</translation>
        </message>
        <message>
            <source>One point per evaluated measure with the counts, the relative change and its 95 % interval, the WDQ and a plain-language verdict in Swedish.</source>
            <translation>En punkt per utvärderad åtgärd med antalen, den relativa förändringen och dess 95 %-intervall, WDQ och en bedömning i klartext på svenska.</translation>
        </message>
        <message>
            <source>One point per visit, e.g. the workspace's patrol_visits layer.</source>
            <translation>En punkt per besök, t.ex. arbetsytans lager patrol_visits.</translation>
        </message>
        <message>
            <source>One row per area and category, with 'alla' for the total.</source>
            <translation>En rad per område och kategori, med 'alla' för summan.</translation>
        </message>
        <message>
            <source>One row per area, category and future period: forecast, lower, upper, the model, its back-test MASE and coverage, and a note.</source>
            <translation>En rad per område, kategori och kommande period: prognos, nedre och övre gräns, modellen, dess MASE och täckning i bakåttestet samt en anmärkning.</translation>
        </message>
        <message>
            <source>One row per distance band and time band: distance_from, distance_to, days_from, days_to, observed, expected, ratio, p.</source>
            <translation>En rad per avståndsband och tidsband: distance_from, distance_to, days_from, days_to, observed, expected, ratio, p.</translation>
        </message>
        <message>
            <source>One row per named path, least safe first.</source>
            <translation>En rad per namngivet stråk, minst trygga först.</translation>
        </message>
        <message>
            <source>One-off</source>
            <translation>Engångsinsats</translation>
        </message>
        <message>
            <source>One-off/ongoing</source>
            <translation>Engångs/löpande</translation>
        </message>
        <message>
            <source>Ongoing work</source>
            <translation>Löpande arbete</translation>
        </message>
        <message>
            <source>Only incidents before this time. Empty: up to the latest incident.</source>
            <translation>Bara händelser före denna tidpunkt. Tomt: till och med den senaste händelsen.</translation>
        </message>
        <message>
            <source>Only incidents from this time on. Empty: from the earliest incident.</source>
            <translation>Bara händelser från denna tidpunkt. Tomt: från den tidigaste händelsen.</translation>
        </message>
        <message>
            <source>Only the first {n} selected features were linked.</source>
            <translation>Bara de första {n} markerade objekten kopplades.</translation>
        </message>
        <message>
            <source>Only the incidents that can reach the mask's cells are read: the extent is applied in the database's query.</source>
            <translation>Bara de händelser som kan nå maskens celler läses: utbredningen tillämpas i databasens fråga.</translation>
        </message>
        <message>
            <source>Only the measures answering a problem's causes</source>
            <translation>Bara åtgärder som svarar mot ett problems orsaker</translation>
        </message>
        <message>
            <source>Only the measures serving a goal area</source>
            <translation>Bara åtgärder inom ett målområde</translation>
        </message>
        <message>
            <source>Only these areas</source>
            <translation>Endast dessa områden</translation>
        </message>
        <message>
            <source>Only these categories</source>
            <translation>Endast dessa kategorier</translation>
        </message>
        <message>
            <source>Only {n} cells lie in the study area; at least {m} are needed. Choose a smaller cell size.</source>
            <translation>Bara {n} rutor ligger i studieområdet; minst {m} behövs. Välj en mindre rutstorlek.</translation>
        </message>
        <message>
            <source>Only {n} cells or areas are there to judge; at least {m} are needed. Use smaller cells or more, smaller areas.</source>
            <translation>Det finns bara {n} rutor eller områden att bedöma; minst {m} behövs. Använd mindre rutor eller fler, mindre områden.</translation>
        </message>
        <message>
            <source>Only {n} incidents were found; at least {m} are needed for a meaningful hot spot analysis.</source>
            <translation>Bara {n} händelser hittades; minst {m} behövs för en meningsfull hot spot-analys.</translation>
        </message>
        <message>
            <source>Only {n} incidents were found; at least {m} are needed.</source>
            <translation>Bara {n} händelser hittades; minst {m} behövs.</translation>
        </message>
        <message>
            <source>Only {n} polygons were found; at least {m} are needed.</source>
            <translation>Bara {n} polygoner hittades; minst {m} behövs.</translation>
        </message>
        <message>
            <source>Only {} time steps: the trend test is weak with fewer than 10.</source>
            <translation>Bara {} tidssteg: trendtestet är svagt med färre än 10.</translation>
        </message>
        <message>
            <source>Open a GeoPackage workspace…</source>
            <translation>Öppna en arbetsyta (GeoPackage)…</translation>
        </message>
        <message>
            <source>Open a Trygghet workspace</source>
            <translation>Öppna en Trygghet-arbetsyta</translation>
        </message>
        <message>
            <source>Open a workspace first.</source>
            <translation>Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Öppna mappen</translation>
        </message>
        <message>
            <source>Open the selected measure</source>
            <translation>Öppna den markerade åtgärden</translation>
        </message>
        <message>
            <source>Open the selected problem with its triangle and causes</source>
            <translation>Öppna det valda problemet med dess triangel och orsaker</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Öppnade {path}</translation>
        </message>
        <message>
            <source>Operational goal</source>
            <translation>Operativt mål</translation>
        </message>
        <message>
            <source>Optional QGIS expression that selects the incidents to count, e.g. "category" = 'narkotika'.</source>
            <translation>Valfritt QGIS-uttryck som väljer vilka händelser som räknas, t.ex. "category" = 'narkotika'.</translation>
        </message>
        <message>
            <source>Optional QGIS expression that selects the incidents, e.g. "category" IN ('narkotika', 'vald').</source>
            <translation>Valfritt QGIS-uttryck som väljer händelserna, t.ex. "category" IN ('narkotika', 'vald').</translation>
        </message>
        <message>
            <source>Optional Trygghet workspace (GeoPackage): the places are appended to its places layer (uuid, name, rank), ready for logging patrol visits.</source>
            <translation>Valfri Trygghet-arbetsyta (GeoPackage): platserna läggs till i dess lager med platser (uuid, namn, rang), redo för registrering av patrullbesök.</translation>
        </message>
        <message>
            <source>Optional areas: one pattern per area. Without areas, one pattern for all incidents ('alla').</source>
            <translation>Valfria områden: ett mönster per område. Utan områden ett mönster för alla händelser ('alla').</translation>
        </message>
        <message>
            <source>Optional column saying where each incident comes from (polis, kommun, …).</source>
            <translation>Valfri kolumn som anger var varje händelse kommer ifrån (polis, kommun, …).</translation>
        </message>
        <message>
            <source>Optional column with the interval's lower bound.</source>
            <translation>Valfri kolumn med intervallets nedre gräns.</translation>
        </message>
        <message>
            <source>Optional column with the interval's upper bound.</source>
            <translation>Valfri kolumn med intervallets övre gräns.</translation>
        </message>
        <message>
            <source>Optional column with the number of respondents.</source>
            <translation>Valfri kolumn med antalet svarande.</translation>
        </message>
        <message>
            <source>Optional column with the source (polisen, kommun, ntu).</source>
            <translation>Valfri kolumn med källan (polisen, kommun, ntu).</translation>
        </message>
        <message>
            <source>Optional column with the unit (%, index …).</source>
            <translation>Valfri kolumn med enheten (%, index …).</translation>
        </message>
        <message>
            <source>Optional date/time field (a datetime field or text such as 2024-03-01 18:30). Points without a valid time are left out and counted in the log.</source>
            <translation>Valfritt datum/tid-fält (ett datum-tid-fält eller text som 2024-03-01 18:30). Punkter utan giltig tid utelämnas och räknas i loggen.</translation>
        </message>
        <message>
            <source>Optional density raster (e.g. from the hot-spot density algorithm), sampled at each segment's middle.</source>
            <translation>Valfri täthetsraster (t.ex. från algoritmen för hot spot-täthet), avläst i varje delsträckas mitt.</translation>
        </message>
        <message>
            <source>Optional file with the published values (suppressed counts as '&lt;5' or '..') and Swedish headings, as Excel (.xlsx) or CSV (semicolons, decimal comma).</source>
            <translation>Valfri fil med de publicerbara värdena (undertryckta antal som '&lt;5' eller '..') och svenska rubriker, som Excel (.xlsx) eller CSV (semikolon, decimalkomma).</translation>
        </message>
        <message>
            <source>Optional file with the published values (suppressed counts as '&lt;5') and Swedish headings, as Excel (.xlsx) or CSV (semicolons, decimal comma).</source>
            <translation type="vanished">Valfri fil med de publicerbara värdena (undertryckta antal som '&lt;5') och svenska rubriker, som Excel (.xlsx) eller CSV (semikolon, decimalkomma).</translation>
        </message>
        <message>
            <source>Optional file with the published values (suppressed counts as '&lt;5') and Swedish headings. Excel needs openpyxl or xlsxwriter; without them a CSV (semicolons, decimal comma) is written.</source>
            <translation type="vanished">Valfri fil med de publicerbara värdena (undertryckta antal som '&lt;5') och svenska rubriker. Excel kräver openpyxl eller xlsxwriter; utan dem skrivs en CSV (semikolon, decimalkomma).</translation>
        </message>
        <message>
            <source>Optional folder for the chart images, two per area: veckodag_timme_&lt;area&gt; and manad_ar_&lt;area&gt;.</source>
            <translation>Valfri mapp för diagrambilderna, två per område: veckodag_timme_&lt;område&gt; och manad_ar_&lt;område&gt;.</translation>
        </message>
        <message>
            <source>Optional incidents: counted per place in the period and in the same dates a year earlier.</source>
            <translation>Valfria händelser: räknas per plats under perioden och under samma datum ett år tidigare.</translation>
        </message>
        <message>
            <source>Optional level of each path, like OpenStreetMap's layer: 0 at ground, -1 a tunnel, 1 a bridge (empty counts as 0). Paths on different levels do not meet where they cross; the level is kept on every segment.</source>
            <translation>Valfri nivå för varje stråk, som OpenStreetMaps layer: 0 i marknivå, -1 en tunnel, 1 en bro (tomt räknas som 0). Stråk i olika nivåer möts inte där de korsar varandra; nivån följer med till varje delsträcka.</translation>
        </message>
        <message>
            <source>Optional level of each segment, like OpenStreetMap's layer: 0 at ground, -1 a tunnel, 1 a bridge (empty counts as 0). Segments on different levels are not joined where they cross or where one ends on the side of the other; ends that meet are always joined.</source>
            <translation>Valfri nivå för varje delsträcka, som OpenStreetMaps layer: 0 i marknivå, -1 en tunnel, 1 en bro (tomt räknas som 0). Delsträckor i olika nivåer kopplas inte ihop där de korsar varandra eller där den ena slutar mot sidan av den andra; ändpunkter som möts kopplas alltid ihop.</translation>
        </message>
        <message>
            <source>Optional lines with a “name” field (e.g. the workspace's paths): the nearest named path within 150 m names the place.</source>
            <translation>Valfria linjer med fältet ”name” (t.ex. arbetsytans stråk): närmaste namngivna stråk inom 150 m ger platsen dess namn.</translation>
        </message>
        <message>
            <source>Optional numeric field: each incident counts with this weight (empty = 0, as in QGIS).</source>
            <translation>Valfritt numeriskt fält: varje händelse räknas med denna vikt (tomt = 0, som i QGIS).</translation>
        </message>
        <message>
            <source>Optional numeric weight per incident (empty: each incident counts 1).</source>
            <translation>Valfri numerisk vikt per händelse (tomt: varje händelse räknas som 1).</translation>
        </message>
        <message>
            <source>Optional places residents find unsafe (e.g. the workspace's dialogue marks): places are then found from incidents and marks together. Marks whose “feeling” field says the place feels safe (3 or 4) are left out; the time window and filter apply to the incidents only.</source>
            <translation>Valfria platser där invånare känner sig otrygga (t.ex. arbetsytans dialogmarkeringar): platserna hittas då ur händelser och markeringar tillsammans. Markeringar där fältet ”feeling” säger att platsen känns trygg (3 eller 4) utelämnas; tidsfönster och filter gäller bara händelserna.</translation>
        </message>
        <message>
            <source>Optional polygons (e.g. DeSO areas): each area is judged instead of grid cells; areas that share a border are neighbours. At least 10 areas are needed.</source>
            <translation>Valfria polygoner (t.ex. DeSO-områden): varje område bedöms i stället för rutor; områden som gränsar till varandra är grannar. Minst 10 områden behövs.</translation>
        </message>
        <message>
            <source>Optional polygons (e.g. the workspace's areas): cells whose centre lies outside them become nodata. The grid itself stays the same.</source>
            <translation>Valfria polygoner (t.ex. arbetsytans områden): celler vars mittpunkt ligger utanför dem blir nodata. Själva rutnätet är oförändrat.</translation>
        </message>
        <message>
            <source>Optional polygons (e.g. the workspace's areas): the study area. Cells whose centre lies outside are nodata and do not count in the top shares or the scores.</source>
            <translation>Valfria polygoner (t.ex. arbetsytans områden): studieområdet. Celler vars mittpunkt ligger utanför får inget värde och räknas inte i toppandelarna eller måtten.</translation>
        </message>
        <message>
            <source>Optional polygons of the top 1 %, 5 % and 10 % of the study area (field top_percent: the smallest share the cells belong to).</source>
            <translation>Valfria polygoner för de högsta 1 %, 5 % och 10 % av studieområdet (fältet top_percent: den minsta andel cellerna tillhör).</translation>
        </message>
        <message>
            <source>Optional polygons with a “name” field (e.g. the workspace's areas): the area the place lies in is added to its name.</source>
            <translation>Valfria polygoner med fältet ”name” (t.ex. arbetsytans områden): området platsen ligger i läggs till i namnet.</translation>
        </message>
        <message>
            <source>Optional polygons: one forecast per area (incidents outside every area are left out). Empty: one forecast for the whole layer.</source>
            <translation>Valfria polygoner: en prognos per område (händelser utanför alla områden utelämnas). Tomt: en prognos för hela lagret.</translation>
        </message>
        <message>
            <source>Optional table with two columns: the label or code in the file, and the workspace category (skadegorelse, klotter, narkotika, vald, ran, stold_inbrott, ordningsstorning, brand, ovrigt).</source>
            <translation>Valfri tabell med två kolumner: benämningen eller koden i filen och arbetsytans kategori (skadegorelse, klotter, narkotika, vald, ran, stold_inbrott, ordningsstorning, brand, ovrigt).</translation>
        </message>
        <message>
            <source>Optional text field with the place's peak hours such as 19–23 (as Hot places writes them). Empty: the busiest four hours of the incidents in the place during the period, when incidents are given.</source>
            <translation>Valfritt textfält med platsens mest utsatta timmar, t.ex. 19–23 (som Hot spots för trygghetsrundor skriver dem). Tomt: de fyra timmar med flest händelser på platsen under perioden, när händelser anges.</translation>
        </message>
        <message>
            <source>Optional weights per finding category, e.g. 'belysning=2; vegetation=1.5'. Others weigh 1.</source>
            <translation>Valfria vikter per kategori av iakttagelse, t.ex. 'belysning=2; vegetation=1.5'. Övriga väger 1.</translation>
        </message>
        <message>
            <source>Optional, points only: only incidents at or after this time are analysed.</source>
            <translation>Valfritt, endast punkter: bara händelser vid eller efter denna tid analyseras.</translation>
        </message>
        <message>
            <source>Optional, points only: only incidents before this time are analysed (the end is not included).</source>
            <translation>Valfritt, endast punkter: bara händelser före denna tid analyseras (slutet ingår inte).</translation>
        </message>
        <message>
            <source>Optional: one forecast per category (e.g. category).</source>
            <translation>Valfritt: en prognos per kategori (t.ex. category).</translation>
        </message>
        <message>
            <source>Optional: only incidents at or after this time (needs a time field).</source>
            <translation>Valfritt: endast händelser vid eller efter denna tid (kräver ett tidsfält).</translation>
        </message>
        <message>
            <source>Optional: only incidents at or after this time.</source>
            <translation>Valfritt: endast händelser vid eller efter denna tid.</translation>
        </message>
        <message>
            <source>Optional: only incidents before this time (needs a time field).</source>
            <translation>Valfritt: endast händelser före denna tid (kräver ett tidsfält).</translation>
        </message>
        <message>
            <source>Optional: only incidents before this time.</source>
            <translation>Valfritt: endast händelser före denna tid.</translation>
        </message>
        <message>
            <source>Optional: the table of the near-repeat test (fields distance_from, distance_to, days_from, days_to, ratio, p). Significant bands with a ratio above 1 multiply the kernel.</source>
            <translation>Valfritt: tabellen från testet av närliggande upprepningar (fälten distance_from, distance_to, days_from, days_to, ratio, p). Signifikanta band med en kvot över 1 multiplicerar kärnan.</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Oscillating cold spot</source>
            <translation>Oscillerande kall fläck</translation>
        </message>
        <message>
            <source>Oscillating hot spot</source>
            <translation>Oscillerande hot spot</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <source>Other areas</source>
            <translation>Övriga områden</translation>
        </message>
        <message>
            <source>Other indicator</source>
            <translation>Annan indikator</translation>
        </message>
        <message>
            <source>Other or not stated</source>
            <translation>Annat eller vill inte ange</translation>
        </message>
        <message>
            <source>Other organization</source>
            <translation>Övrig</translation>
        </message>
        <message>
            <source>Other source</source>
            <translation>Annan källa</translation>
        </message>
        <message>
            <source>Other sources</source>
            <translation>Andra källor</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Utdatamapp</translation>
        </message>
        <message>
            <source>Output value</source>
            <translation>Utdatavärde</translation>
        </message>
        <message>
            <source>Outside the areas</source>
            <translation>Utanför områdena</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Bara försenade</translation>
        </message>
        <message>
            <source>Overdue: due {date} and not finished</source>
            <translation>Försenad: skulle vara klar {date} men är inte avslutad</translation>
        </message>
        <message>
            <source>Overview and sight lines</source>
            <translation>Överblickbarhet och siktlinjer</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ägare</translation>
        </message>
        <message>
            <source>PAI at {} %</source>
            <translation>PAI vid {} %</translation>
        </message>
        <message>
            <source>PAI at {} %, retrospective KDE</source>
            <translation>PAI vid {} %, bakåtblickande täthet</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PEI at {} %</source>
            <translation>PEI vid {} %</translation>
        </message>
        <message>
            <source>PEI at {} %, retrospective KDE</source>
            <translation>PEI vid {} %, bakåtblickande täthet</translation>
        </message>
        <message>
            <source>PNG for documents and web pages, SVG to scale without loss.</source>
            <translation>PNG för dokument och webbsidor, SVG för att skala utan kvalitetsförlust.</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Sidor</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Samverkanspartner</translation>
        </message>
        <message>
            <source>Path name field</source>
            <translation>Fält för stråkets namn</translation>
        </message>
        <message>
            <source>Path segments</source>
            <translation>Delsträckor</translation>
        </message>
        <message>
            <source>Paths</source>
            <translation>Stråk</translation>
        </message>
        <message>
            <source>Paths (context)</source>
            <translation>Stråk (sammanhang)</translation>
        </message>
        <message>
            <source>Paths (for names)</source>
            <translation>Stråk (för namn)</translation>
        </message>
        <message>
            <source>Paths (lines)</source>
            <translation>Stråk (linjer)</translation>
        </message>
        <message>
            <source>Paths are cut into pieces of this length.</source>
            <translation>Stråken delas i bitar av denna längd.</translation>
        </message>
        <message>
            <source>Paths or scored segments; each finding gets its nearest one.</source>
            <translation>Stråk eller bedömda delsträckor; varje iakttagelse får den närmaste.</translation>
        </message>
        <message>
            <source>Paths to copy in as a read-only context layer.</source>
            <translation>Stråk att kopiera in som skrivskyddat sammanhangslager.</translation>
        </message>
        <message>
            <source>Patrol dosage</source>
            <translation>Patrulleringsdos</translation>
        </message>
        <message>
            <source>Patrol dosage at hot places</source>
            <translation>Patrulleringsdos vid hot spots</translation>
        </message>
        <message>
            <source>Patrol planning</source>
            <translation>Patrullplanering</translation>
        </message>
        <message>
            <source>Patrol planning page (risk map)</source>
            <translation>Sida för patrullplanering (riskkarta)</translation>
        </message>
        <message>
            <source>Patrol planning: the risk map for the coming weeks</source>
            <translation>Patrullplanering: riskkartan för de kommande veckorna</translation>
        </message>
        <message>
            <source>Patrol visits</source>
            <translation>Patrullbesök</translation>
        </message>
        <message>
            <source>Patrols against target (green/yellow/red)</source>
            <translation>Patrullering mot mål (grön/gul/röd)</translation>
        </message>
        <message>
            <source>Pattern</source>
            <translation>Mönster</translation>
        </message>
        <message>
            <source>Peak hours field</source>
            <translation>Fält med mest utsatta timmar</translation>
        </message>
        <message>
            <source>Peaks closer than this to a hotter one are not separate places; it also bounds a place's extent.</source>
            <translation>Toppar närmare än så till en högre topp blir inte egna platser; det begränsar också en plats utbredning.</translation>
        </message>
        <message>
            <source>People about</source>
            <translation>Människor i rörelse</translation>
        </message>
        <message>
            <source>Per 1,000 inhabitants and year, current period. Change per year against the reference period; significant: p &lt; 0.05.</source>
            <translation>Per 1 000 invånare och år, aktuell period. Förändring per år mot jämförelseperioden; säkerställd: p &lt; 0,05.</translation>
        </message>
        <message>
            <source>Per 1,000 inhabitants and year, current period. Change per year against the reference period; significant: p &lt; 0.05. '&lt;{k}': too few to publish; '–': withheld.</source>
            <translation type="vanished">Per 1 000 invånare och år, aktuell period. Förändring per år mot jämförelseperioden; säkerställd: p &lt; 0,05. '&lt;{k}': för få för att redovisas; '–': redovisas inte.</translation>
        </message>
        <message>
            <source>Per 1,000/yr</source>
            <translation>Per 1 000/år</translation>
        </message>
        <message>
            <source>Per area and indicator: the latest value with its interval, the change since the previous measurement, the trend over the years (three or more) and the reference area's value.</source>
            <translation>Per område och indikator: det senaste värdet med intervall, förändringen sedan föregående mätning, trenden över åren (tre eller fler) och referensområdets värde.</translation>
        </message>
        <message>
            <source>Per area: the cells in each class, the unsafe and all marks and the incidents.</source>
            <translation>Per område: rutorna i varje klass, de otrygga och alla markeringar samt händelserna.</translation>
        </message>
        <message>
            <source>Per area: the number of dialogue marks, how many and what share feel unsafe (feeling 1–2) and the three most frequent reasons.</source>
            <translation>Per område: antalet markeringar i medborgardialog, hur många och hur stor andel som känner sig otrygga (känsla 1–2) och de tre vanligaste orsakerna.</translation>
        </message>
        <message>
            <source>Perceived safety</source>
            <translation>Upplevd trygghet</translation>
        </message>
        <message>
            <source>Perceived safety and crime for the area maps took {} s.</source>
            <translation>Upplevd otrygghet och brott för områdeskartorna tog {} s.</translation>
        </message>
        <message>
            <source>Perceived safety and crime for the area maps…</source>
            <translation>Upplevd otrygghet och brott för områdeskartorna…</translation>
        </message>
        <message>
            <source>Perceived unsafety and crime</source>
            <translation>Upplevd otrygghet och brott</translation>
        </message>
        <message>
            <source>Perceived unsafety per area</source>
            <translation>Upplevd otrygghet per område</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Period comparison</source>
            <translation>Periodjämförelse</translation>
        </message>
        <message>
            <source>Period end</source>
            <translation>Periodens slut</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Period från</translation>
        </message>
        <message>
            <source>Period start</source>
            <translation>Periodens början</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Period till</translation>
        </message>
        <message>
            <source>Period: {} to {} (end not included).</source>
            <translation>Period: {} till {} (slutet ingår inte).</translation>
        </message>
        <message>
            <source>Periods to forecast</source>
            <translation>Perioder att göra prognos för</translation>
        </message>
        <message>
            <source>Periods: current {current}, reference {reference}. Compared with: {ref}.</source>
            <translation>Perioder: aktuell {current}, jämförelse {reference}. Jämförs med: {ref}.</translation>
        </message>
        <message>
            <source>Permutations</source>
            <translation>Permutationer</translation>
        </message>
        <message>
            <source>Permutations (0 = analytic)</source>
            <translation>Permutationer (0 = analytiskt)</translation>
        </message>
        <message>
            <source>Persistent cold spot</source>
            <translation>Ihållande kall fläck</translation>
        </message>
        <message>
            <source>Persistent hot spot</source>
            <translation>Ihållande hot spot</translation>
        </message>
        <message>
            <source>Picking the hot places…</source>
            <translation>Väljer platserna…</translation>
        </message>
        <message>
            <source>Pixel size (m)</source>
            <translation>Pixelstorlek (m)</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Place id field</source>
            <translation>Fält med plats-id</translation>
        </message>
        <message>
            <source>Place name field</source>
            <translation>Fält med platsnamn</translation>
        </message>
        <message>
            <source>Place {}</source>
            <translation>Plats {}</translation>
        </message>
        <message>
            <source>Places at target: {green}, partly: {yellow}, below half the target: {red}.</source>
            <translation>Platser som når målet: {green}, delvis: {yellow}, under halva målet: {red}.</translation>
        </message>
        <message>
            <source>Places residents marked (feeling 1–4, reason), e.g. the workspace layer 'dialog_marks'. Empty: the workspace's, when the incidents are the workspace's layer.</source>
            <translation>Platser som invånare markerat (känsla 1–4, orsak), t.ex. arbetsytans lager 'dialog_marks'. Tom: arbetsytans, när händelserna är arbetsytans lager.</translation>
        </message>
        <message>
            <source>Places residents marked in a citizen dialogue or map survey. Empty: the dialogue marks of the incidents' workspace.</source>
            <translation>Platser som invånare markerat i en medborgardialog eller kartenkät. Tomt: dialogmarkeringarna i händelsernas arbetsyta.</translation>
        </message>
        <message>
            <source>Places with fewer incidents are not proposed (with dialogue marks: a smaller weighted sum).</source>
            <translation>Platser med färre händelser föreslås inte (med dialogmarkeringar: en mindre viktad summa).</translation>
        </message>
        <message>
            <source>Places with fewer incidents are not proposed.</source>
            <translation type="vanished">Platser med färre händelser föreslås inte.</translation>
        </message>
        <message>
            <source>Planned effort (hours)</source>
            <translation>Planerad insats (timmar)</translation>
        </message>
        <message>
            <source>Planned length of a visit. Research (Koper 1995) suggests about 10–15 minutes.</source>
            <translation>Planerad längd på ett besök. Forskning (Koper 1995) talar för omkring 10–15 minuter.</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planerad start</translation>
        </message>
        <message>
            <source>Planned visits per place and week.</source>
            <translation>Planerade besök per plats och vecka.</translation>
        </message>
        <message>
            <source>Point layer of incidents (e.g. burglaries) with a time field.</source>
            <translation>Punktlager med händelser (t.ex. inbrott) med ett tidsfält.</translation>
        </message>
        <message>
            <source>Point layer of incidents with a time field.</source>
            <translation>Punktlager med händelser med ett tidsfält.</translation>
        </message>
        <message>
            <source>Points are counted in cells; polygons are analysed as they are, with the value field.</source>
            <translation>Punkter räknas i rutor; polygoner analyseras som de är, med värdefältet.</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Polisen</translation>
        </message>
        <message>
            <source>Polygons of the study area. Cells whose centre lies outside are not analysed; cells inside with no incidents are. Without a mask the grid covers the extent of the points.</source>
            <translation type="vanished">Polygoner för studieområdet. Rutor vars mittpunkt ligger utanför analyseras inte; rutor innanför utan händelser gör det. Utan mask täcker rutnätet punkternas utbredning.</translation>
        </message>
        <message>
            <source>Polygons of the study area. Cells whose centre lies outside are not analysed; cells inside with no incidents are. Without a mask: the workspace's areas when the input is the workspace's incidents, otherwise the convex hull of the incidents.</source>
            <translation>Polygoner för studieområdet. Rutor vars mittpunkt ligger utanför analyseras inte; rutor innanför utan händelser gör det. Utan mask: arbetsytans områden när indata är arbetsytans händelser, annars händelsernas konvexa hölje.</translation>
        </message>
        <message>
            <source>Polygons of the study area: incidents and cells outside it are left out, and every cell inside it is analysed, also cells without incidents.</source>
            <translation>Polygoner för studieområdet: händelser och rutor utanför utesluts, och varje ruta inom det analyseras, även rutor utan händelser.</translation>
        </message>
        <message>
            <source>Polygons of the study area: incidents and cells outside it are left out.</source>
            <translation type="vanished">Polygoner för studieområdet: händelser och rutor utanför utesluts.</translation>
        </message>
        <message>
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
        <message>
            <source>Position cannot be read</source>
            <translation>Positionen kan inte läsas</translation>
        </message>
        <message>
            <source>Position cannot be read (or is neither a point nor a polygon)</source>
            <translation>Läget kan inte läsas (eller är varken punkt eller polygon)</translation>
        </message>
        <message>
            <source>Position given as</source>
            <translation>Position anges som</translation>
        </message>
        <message>
            <source>Position in a table given as</source>
            <translation>Läge i en tabell anges som</translation>
        </message>
        <message>
            <source>Position outside the municipality</source>
            <translation>Position utanför kommunen</translation>
        </message>
        <message>
            <source>Positions are the layer's geometries, in its CRS {}.</source>
            <translation>Lägena är lagrets geometrier, i dess koordinatsystem {}.</translation>
        </message>
        <message>
            <source>Positions from the columns {} ({}).</source>
            <translation>Lägen från kolumnerna {} ({}).</translation>
        </message>
        <message>
            <source>PostgreSQL connection (shared workspace)</source>
            <translation>PostgreSQL-anslutning (delad arbetsyta)</translation>
        </message>
        <message>
            <source>Prioritized findings</source>
            <translation>Prioriterade iakttagelser</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioritet</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problem and its causes</source>
            <translation>Problem och dess orsaker</translation>
        </message>
        <message>
            <source>Problem created</source>
            <translation>Problemet skapades</translation>
        </message>
        <message>
            <source>Problem index</source>
            <translation>Problemindex</translation>
        </message>
        <message>
            <source>Problem not created</source>
            <translation>Problemet skapades inte</translation>
        </message>
        <message>
            <source>Problem: {title}</source>
            <translation>Problem: {title}</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Problems and causes</source>
            <translation>Problem och orsaker</translation>
        </message>
        <message>
            <source>Project file</source>
            <translation>Projektfil</translation>
        </message>
        <message>
            <source>Property owner</source>
            <translation>Fastighetsägare</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Förslag</translation>
        </message>
        <message>
            <source>Public disorder</source>
            <translation>Ordningsstörning</translation>
        </message>
        <message>
            <source>Public transport</source>
            <translation>Kollektivtrafik</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Quartic</source>
            <translation>Kvartisk</translation>
        </message>
        <message>
            <source>Radius (m)</source>
            <translation>Radie (m)</translation>
        </message>
        <message>
            <source>Radius and pixel size must be greater than zero.</source>
            <translation>Radie och pixelstorlek måste vara större än noll.</translation>
        </message>
        <message>
            <source>Radius around the measure (m)</source>
            <translation>Radie runt åtgärden (m)</translation>
        </message>
        <message>
            <source>Radius of the kernel density used to find the peaks (quartic kernel).</source>
            <translation>Radie för kärntätheten som används för att hitta topparna (kvartisk kärna).</translation>
        </message>
        <message>
            <source>Radius of the quartic kernel in metres: how far one incident raises the risk.</source>
            <translation>Radien för den kvartiska kärnan i meter: hur långt en händelse höjer risken.</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Slumpfrö</translation>
        </message>
        <message>
            <source>Ratio to ref.</source>
            <translation>Kvot mot ref.</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Rå</translation>
        </message>
        <message>
            <source>Raw: sum of kernel values (as QGIS). Scaled: density per square metre (as QGIS 3.40, corrected). Incidents per km² per year: Scaled × 1,000,000 divided by the years of the time window (from START and END, or else from the first to the last time in the time field).</source>
            <translation>Rå: summan av kärnvärden (som QGIS). Skalad: täthet per kvadratmeter (som QGIS 3.40, rättad). Händelser per km² och år: skalad × 1 000 000 delat med tidsfönstrets år (från START och END, annars från första till sista tiden i tidsfältet).</translation>
        </message>
        <message>
            <source>Reading incidents…</source>
            <translation>Läser händelser…</translation>
        </message>
        <message>
            <source>Reading points…</source>
            <translation>Läser punkter…</translation>
        </message>
        <message>
            <source>Reading the areas and incidents…</source>
            <translation>Läser områden och händelser…</translation>
        </message>
        <message>
            <source>Reading the areas…</source>
            <translation>Läser områdena…</translation>
        </message>
        <message>
            <source>Reading the dialogue marks and incidents…</source>
            <translation>Läser dialogmarkeringar och händelser…</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Läser filen…</translation>
        </message>
        <message>
            <source>Reading the incidents…</source>
            <translation>Läser händelserna…</translation>
        </message>
        <message>
            <source>Reading the input…</source>
            <translation>Läser indata…</translation>
        </message>
        <message>
            <source>Reading the paths…</source>
            <translation>Läser stråken…</translation>
        </message>
        <message>
            <source>Reason column</source>
            <translation>Kolumn för orsak</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Motivering av status</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>Röd</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Jämförelse</translation>
        </message>
        <message>
            <source>Reference area</source>
            <translation>Referensområde</translation>
        </message>
        <message>
            <source>Reference area(s)</source>
            <translation>Referensområde(n)</translation>
        </message>
        <message>
            <source>Reference areas</source>
            <translation>Jämförelseområden</translation>
        </message>
        <message>
            <source>Reference period from</source>
            <translation>Jämförelseperiod från</translation>
        </message>
        <message>
            <source>Reference period until</source>
            <translation>Jämförelseperiod till</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Avvisade rader</translation>
        </message>
        <message>
            <source>Rejected – {reason}: {n}</source>
            <translation>Avvisade – {reason}: {n}</translation>
        </message>
        <message>
            <source>Relative risk per cell (1 = the study area's average), a Float32 GeoTIFF with a style file next to it.</source>
            <translation>Relativ risk per cell (1 = studieområdets medelvärde), en Float32 GeoTIFF med en stilfil bredvid.</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Läs in igen</translation>
        </message>
        <message>
            <source>Reload the measures from the workspace</source>
            <translation>Läs in åtgärderna från arbetsytan igen</translation>
        </message>
        <message>
            <source>Renumber 1, 2, 3…</source>
            <translation>Numrera om 1, 2, 3…</translation>
        </message>
        <message>
            <source>Replace duplicates already in the workspace</source>
            <translation>Ersätt dubbletter som redan finns i arbetsytan</translation>
        </message>
        <message>
            <source>Replaced marks</source>
            <translation>Ersatta markeringar</translation>
        </message>
        <message>
            <source>Replaced results</source>
            <translation>Ersatta resultat</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <source>Report data folder</source>
            <translation>Mapp med rapportunderlag</translation>
        </message>
        <message>
            <source>Report pages</source>
            <translation>Rapportsidor</translation>
        </message>
        <message>
            <source>Report sections</source>
            <translation type="vanished">Rapportens avsnitt</translation>
        </message>
        <message>
            <source>Report template</source>
            <translation>Rapportmall</translation>
        </message>
        <message>
            <source>Reported incidents</source>
            <translation>Anmälda händelser</translation>
        </message>
        <message>
            <source>Reported incidents per year, index ({} = 100)</source>
            <translation>Anmälda händelser per år, index ({} = 100)</translation>
        </message>
        <message>
            <source>Reported incidents per year: {counts}; Sen's slope {slope} per year.</source>
            <translation>Anmälda händelser per år: {counts}; Sens lutning {slope} per år.</translation>
        </message>
        <message>
            <source>Reported incidents. Empty: the incidents of the dialogue marks' workspace.</source>
            <translation>Anmälda händelser. Tomt: händelserna i dialogmarkeringarnas arbetsyta.</translation>
        </message>
        <message>
            <source>Required for polygons (e.g. number of incidents or a rate). For points an optional weight that is summed per cell instead of counting incidents.</source>
            <translation>Krävs för polygoner (t.ex. antal händelser eller en takt). För punkter en valfri vikt som summeras per ruta i stället för att räkna händelser.</translation>
        </message>
        <message>
            <source>Required for the statuses Cancelled and Not relevant</source>
            <translation>Krävs för statusarna Avbruten och Ej aktuell</translation>
        </message>
        <message>
            <source>Rescue service</source>
            <translation>Räddningstjänsten</translation>
        </message>
        <message>
            <source>Respondents column</source>
            <translation>Kolumn för antal svarande</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Responsible organization</source>
            <translation>Ansvarig organisation</translation>
        </message>
        <message>
            <source>Responsible person</source>
            <translation>Ansvarig person</translation>
        </message>
        <message>
            <source>Right-click to choose the columns and the order</source>
            <translation>Högerklicka för att välja kolumner och ordning</translation>
        </message>
        <message>
            <source>Rising</source>
            <translation>Stigande</translation>
        </message>
        <message>
            <source>Risk map</source>
            <translation>Riskkarta</translation>
        </message>
        <message>
            <source>Risk map – coming weeks</source>
            <translation>Riskkarta – kommande veckor</translation>
        </message>
        <message>
            <source>Risk map, top areas</source>
            <translation>Riskkarta, mest utsatta ytor</translation>
        </message>
        <message>
            <source>Risk weight</source>
            <translation>Riskvikt</translation>
        </message>
        <message>
            <source>Robbery</source>
            <translation>Rån</translation>
        </message>
        <message>
            <source>Robust S-index</source>
            <translation>Robust S-index</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Vägar</translation>
        </message>
        <message>
            <source>Running {} permutations…</source>
            <translation>Kör {} permutationer…</translation>
        </message>
        <message>
            <source>S-index</source>
            <translation>S-index</translation>
        </message>
        <message>
            <source>S-index: {s:.3f} (share of units whose share did not change significantly); robust S-index: {r:.3f} (units with incidents only).</source>
            <translation>S-index: {s:.3f} (andel enheter vars andel inte ändrats signifikant); robust S-index: {r:.3f} (endast enheter med händelser).</translation>
        </message>
        <message>
            <source>START and END are on parts of the network that are not connected. Check the paths for gaps, or raise the snapping tolerance.</source>
            <translation>START och END ligger på delar av nätet som inte hänger ihop. Kontrollera stråken efter glapp, eller höj fästtoleransen.</translation>
        </message>
        <message>
            <source>START and END are on parts of the network that are not connected. Check the paths for gaps, raise the snapping tolerance, or check the level field: segments on different levels meet only at their ends.</source>
            <translation>START och END ligger på delar av nätet som inte hänger ihop. Kontrollera stråken för glapp, höj fästtoleransen eller kontrollera nivåfältet: delsträckor i olika nivåer möts bara vid sina ändar.</translation>
        </message>
        <message>
            <source>START and END must lie within this distance of a network node.</source>
            <translation>START och END måste ligga inom detta avstånd från en nod i nätet.</translation>
        </message>
        <message>
            <source>START and END snap to the same node: the routes are empty.</source>
            <translation>START och END fästs vid samma nod: vägarna är tomma.</translation>
        </message>
        <message>
            <source>START or END lies more than {:g} m from the path network (off the network). Move the point onto a path, or raise the search distance.</source>
            <translation>START eller END ligger mer än {:g} m från stråknätet (utanför nätet). Flytta punkten till ett stråk, eller höj sökavståndet.</translation>
        </message>
        <message>
            <source>START was snapped {s:.1f} m and END {e:.1f} m to the nearest network node.</source>
            <translation>START fästes {s:.1f} m och END {e:.1f} m till närmaste nod i nätet.</translation>
        </message>
        <message>
            <source>Safe but crime-exposed</source>
            <translation>Tryggt men brottsutsatt</translation>
        </message>
        <message>
            <source>Safe paths</source>
            <translation>Trygga stråk</translation>
        </message>
        <message>
            <source>Safe paths (index)</source>
            <translation>Trygga stråk (index)</translation>
        </message>
        <message>
            <source>Safe paths and safety walks</source>
            <translation>Trygga stråk och trygghetsvandringar</translation>
        </message>
        <message>
            <source>Safest and shortest route</source>
            <translation>Tryggaste och kortaste vägen</translation>
        </message>
        <message>
            <source>Safest route between two points</source>
            <translation>Tryggaste vägen mellan två punkter</translation>
        </message>
        <message>
            <source>Safest route length (m)</source>
            <translation>Tryggaste vägens längd (m)</translation>
        </message>
        <message>
            <source>Safest route mean index</source>
            <translation>Tryggaste vägens medelindex</translation>
        </message>
        <message>
            <source>Safest route: {l:.0f} m, mean index {i:.0f}, {u:.0f} m unlit. Shortest route: {l2:.0f} m, mean index {i2:.0f}, {u2:.0f} m unlit.</source>
            <translation>Tryggaste vägen: {l:.0f} m, medelindex {i:.0f}, {u:.0f} m obelyst. Kortaste vägen: {l2:.0f} m, medelindex {i2:.0f}, {u2:.0f} m obelyst.</translation>
        </message>
        <message>
            <source>Safety and help</source>
            <translation>Säkerhet och hjälp</translation>
        </message>
        <message>
            <source>Safety survey results</source>
            <translation>Trygghetsmätningar</translation>
        </message>
        <message>
            <source>Safety walks</source>
            <translation>Trygghetsvandringar</translation>
        </message>
        <message>
            <source>Safety walks: {n} findings in the area ({listed}).</source>
            <translation>Trygghetsvandringar: {n} iakttagelser i området ({listed}).</translation>
        </message>
        <message>
            <source>Safety-survey results per area and year (area, year, indicator, value, lower, upper, respondents, source), e.g. the workspace table 'survey_results'. Empty: the workspace's, when the incidents are the workspace's layer.</source>
            <translation>Resultat från trygghetsmätningar per område och år (area, year, indicator, value, lower, upper, respondents, source), t.ex. arbetsytans tabell 'survey_results'. Tom: arbetsytans, när händelserna är arbetsytans lager.</translation>
        </message>
        <message>
            <source>Safety-walk findings (points) with a severity 1–3.</source>
            <translation>Iakttagelser från trygghetsvandringar (punkter) med allvarlighet 1–3.</translation>
        </message>
        <message>
            <source>Sample size (%)</source>
            <translation>Stickprovsstorlek (%)</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>lör</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
        <message>
            <source>Saved, but not shown</source>
            <translation>Sparat, men kan inte visas</translation>
        </message>
        <message>
            <source>Scaled</source>
            <translation>Skalad</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Score safe paths (trygga stråk)</source>
            <translation>Bedöm trygga stråk</translation>
        </message>
        <message>
            <source>Scored on {n} incidents from {start} to {end}:</source>
            <translation>Utvärderad på {n} händelser från {start} till {end}:</translation>
        </message>
        <message>
            <source>Scored segments</source>
            <translation>Bedömda delsträckor</translation>
        </message>
        <message>
            <source>Scoring against the retrospective kernel density…</source>
            <translation>Jämför med den bakåtblickande tätheten…</translation>
        </message>
        <message>
            <source>Scoring {} segments…</source>
            <translation>Bedömer {} delsträckor…</translation>
        </message>
        <message>
            <source>Search distance for start and end (m)</source>
            <translation>Sökavstånd för start och slut (m)</translation>
        </message>
        <message>
            <source>Search radius (bandwidth) in metres: how far one incident spreads. 150–300 m suits a town district.</source>
            <translation>Sökradie (bandbredd) i meter: hur långt en händelse sprids. 150–300 m passar en stadsdel.</translation>
        </message>
        <message>
            <source>Search title, cause, goal, responsible…</source>
            <translation>Sök i åtgärd, orsak, mål, ansvarig…</translation>
        </message>
        <message>
            <source>Second point layer (bivariate, points)</source>
            <translation>Andra punktlagret (bivariat, punkter)</translation>
        </message>
        <message>
            <source>Second value field (bivariate, polygons)</source>
            <translation>Andra värdefältet (bivariat, polygoner)</translation>
        </message>
        <message>
            <source>Segment ends closer than this are joined, for paths that do not quite meet.</source>
            <translation type="vanished">Ändpunkter närmare än så kopplas ihop, för stråk som inte riktigt möts.</translation>
        </message>
        <message>
            <source>Segment length (m)</source>
            <translation>Delsträckans längd (m)</translation>
        </message>
        <message>
            <source>Segments end where paths meet: {t} path ends on the side of another path, {c} crossings.</source>
            <translation>Delsträckorna slutar där stråk möts: {t} stråkändar mot sidan av ett annat stråk, {c} korsningar.</translation>
        </message>
        <message>
            <source>Segments were split at junctions: {a} segments became {b} edges ({t} segment ends joined to the side of another segment, {c} crossings joined).</source>
            <translation>Delsträckor delades i korsningar: {a} delsträckor blev {b} länkar ({t} ändar anslöts till sidan av en annan delsträcka, {c} korsningar kopplades ihop).</translation>
        </message>
        <message>
            <source>Segments were split where they cross: {a} segments became {b} edges.</source>
            <translation type="vanished">Delsträckor delades där de korsar varandra: {a} delsträckor blev {b} länkar.</translation>
        </message>
        <message>
            <source>Select features in the active layer first.</source>
            <translation>Markera objekt i det aktiva lagret först.</translation>
        </message>
        <message>
            <source>Select one of a problem's numbered causes first.</source>
            <translation>Välj först en av ett problems numrerade orsaker.</translation>
        </message>
        <message>
            <source>Select one or more features in the active layer (a hot place, a path, a walk finding, an area…) and try again.</source>
            <translation>Markera ett eller flera objekt i det aktiva lagret (en hot spot, ett stråk, en iakttagelse, ett område…) och försök igen.</translation>
        </message>
        <message>
            <source>Select other features</source>
            <translation>Markera andra objekt</translation>
        </message>
        <message>
            <source>Select the place of the problem in the active layer (a hot place, a path, walk findings…) and try again.</source>
            <translation>Välj problemets plats i det aktiva lagret (en hot spot, ett stråk, iakttagelser…) och försök igen.</translation>
        </message>
        <message>
            <source>Select the places the measure concerns (hot spots, paths, walk findings, areas…) in another layer than the measures layer, make that layer active, and try again.</source>
            <translation>Markera platserna som åtgärden gäller (hot spots, stråk, iakttagelser, områden…) i ett annat lager än åtgärdslagret, gör det lagret aktivt och försök igen.</translation>
        </message>
        <message>
            <source>Selected area</source>
            <translation>Valt område</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>Severity 1 (minor) to 3 (serious); empty values count as 2.</source>
            <translation>Allvarlighet 1 (liten) till 3 (allvarlig); tomma värden räknas som 2.</translation>
        </message>
        <message>
            <source>Severity field</source>
            <translation>Fält för allvarlighet</translation>
        </message>
        <message>
            <source>Shape of the cells incidents are counted in (points only).</source>
            <translation>Formen på rutorna som händelserna räknas i (endast punkter).</translation>
        </message>
        <message>
            <source>Share of the area</source>
            <translation>Andel av området</translation>
        </message>
        <message>
            <source>Share of the incidents</source>
            <translation>Andel av händelserna</translation>
        </message>
        <message>
            <source>Share of the test incidents drawn in each sample (Andresen: 85 %).</source>
            <translation>Andel av testperiodens händelser som dras i varje stickprov (Andresen: 85 %).</translation>
        </message>
        <message>
            <source>Short term</source>
            <translation>Kort sikt</translation>
        </message>
        <message>
            <source>Shortest route length (m)</source>
            <translation>Kortaste vägens längd (m)</translation>
        </message>
        <message>
            <source>Shortest route mean index</source>
            <translation>Kortaste vägens medelindex</translation>
        </message>
        <message>
            <source>Show on map</source>
            <translation>Visa på kartan</translation>
        </message>
        <message>
            <source>Show perceived safety and crime on the area map</source>
            <translation>Visa upplevd otrygghet och brott på områdeskartan</translation>
        </message>
        <message>
            <source>Show the measures answering the selected problem in the measures list</source>
            <translation>Visa åtgärderna som svarar mot det valda problemet i åtgärdslistan</translation>
        </message>
        <message>
            <source>Side of the square grid cells in metres (without areas).</source>
            <translation>Sidan på rutnätets kvadratiska rutor i meter (utan områden).</translation>
        </message>
        <message>
            <source>Significance from {} permutations, corrected for multiple testing (FDR).</source>
            <translation>Signifikans från {} permutationer, korrigerad för multipla test (FDR).</translation>
        </message>
        <message>
            <source>Significance from {} permutations, not corrected for multiple testing.</source>
            <translation>Signifikans från {} permutationer, inte korrigerad för multipla test.</translation>
        </message>
        <message>
            <source>Significance level</source>
            <translation>Signifikansnivå</translation>
        </message>
        <message>
            <source>Significant</source>
            <translation>Säkerställd</translation>
        </message>
        <message>
            <source>Significant at 95 % ({fdr}): {hh} HH, {hl} HL, {lh} LH and {ll} LL of {n}.</source>
            <translation>Signifikanta på 95 %-nivån ({fdr}): {hh} HH, {hl} HL, {lh} LH och {ll} LL av {n}.</translation>
        </message>
        <message>
            <source>Significant {what} ({fdr}): {hot} positive and {cold} negative (of {n}).</source>
            <translation>Signifikanta {what} ({fdr}): {hot} positiva och {cold} negativa (av {n}).</translation>
        </message>
        <message>
            <source>Situation picture</source>
            <translation>Lägesbild</translation>
        </message>
        <message>
            <source>Situation picture (PDF)</source>
            <translation>Lägesbild (PDF)</translation>
        </message>
        <message>
            <source>Situation picture as PDF</source>
            <translation>Lägesbild som PDF</translation>
        </message>
        <message>
            <source>Situation picture per area and category</source>
            <translation>Lägesbild per område och kategori</translation>
        </message>
        <message>
            <source>Situation picture {start} – {end}</source>
            <translation>Lägesbild {start} – {end}</translation>
        </message>
        <message>
            <source>Situation picture – the whole chain</source>
            <translation>Lägesbild – hela kedjan</translation>
        </message>
        <message>
            <source>Situation picture: incidents per 1,000 residents against the town</source>
            <translation>Lägesbild: händelser per 1 000 inv. jämfört med kommunen</translation>
        </message>
        <message>
            <source>Situational</source>
            <translation>Situationell</translation>
        </message>
        <message>
            <source>Situational/social</source>
            <translation>Situationell/social</translation>
        </message>
        <message>
            <source>Size of the grid cells in metres when no areas are given.</source>
            <translation>Rutornas storlek i meter när inga områden anges.</translation>
        </message>
        <message>
            <source>Size of the square cells in metres. 0 chooses it from the mean nearest-neighbour distance of the incidents, but at least the shorter side of the study area's bounding rectangle divided by 150 (Eck et al. 2005).</source>
            <translation>De kvadratiska rutornas storlek i meter. 0 väljer den från händelsernas genomsnittliga avstånd till närmaste granne, men minst studieområdets omskrivna rektangels kortare sida delad med 150 (Eck m.fl. 2005).</translation>
        </message>
        <message>
            <source>Size of the square cells in metres. 0 chooses it from the mean nearest-neighbour distance of the incidents.</source>
            <translation type="vanished">De kvadratiska rutornas storlek i meter. 0 väljer den från händelsernas genomsnittliga avstånd till närmaste granne.</translation>
        </message>
        <message>
            <source>Skipped duplicates</source>
            <translation>Överhoppade dubbletter</translation>
        </message>
        <message>
            <source>Skipped {n} of {total} features of “{layer}”: no geometry.</source>
            <translation>Hoppade över {n} av {total} objekt i ”{layer}”: geometri saknas.</translation>
        </message>
        <message>
            <source>Skipped {n} of {total} features: no geometry.</source>
            <translation>Hoppade över {n} av {total} objekt: geometri saknas.</translation>
        </message>
        <message>
            <source>Smallest count to publish (k)</source>
            <translation>Minsta antal att publicera (k)</translation>
        </message>
        <message>
            <source>Snapping tolerance (m)</source>
            <translation>Fästtolerans (m)</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <source>Some areas have no name in the field '{}'.</source>
            <translation>Några områden saknar namn i fältet '{}'.</translation>
        </message>
        <message>
            <source>Some polygons have no value in the field “{}”. Fill them in or filter them out first.</source>
            <translation>Några polygoner saknar värde i fältet ”{}”. Fyll i dem eller filtrera bort dem först.</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Sortera efter</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Source (when there is no source column)</source>
            <translation>Källa (när källkolumn saknas)</translation>
        </message>
        <message>
            <source>Source column</source>
            <translation>Källkolumn</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Underlag</translation>
        </message>
        <message>
            <source>Sources: {n} incidents from {first} to {last} in the layer '{layer}'{sources}; {areas} areas with population; {m} measures; {p} medborgarlöften.</source>
            <translation>Källor: {n} händelser från {first} till {last} i lagret '{layer}'{sources}; {areas} områden med befolkning; {m} åtgärder; {p} medborgarlöften.</translation>
        </message>
        <message>
            <source>Spatial bandwidth (m)</source>
            <translation>Bandbredd i rummet (m)</translation>
        </message>
        <message>
            <source>Sporadic cold spot</source>
            <translation>Sporadisk kall fläck</translation>
        </message>
        <message>
            <source>Sporadic hot spot</source>
            <translation>Sporadisk hot spot</translation>
        </message>
        <message>
            <source>Square</source>
            <translation>Kvadrat</translation>
        </message>
        <message>
            <source>Start of the period</source>
            <translation>Periodens början</translation>
        </message>
        <message>
            <source>Start of the time window</source>
            <translation>Tidsfönstrets början</translation>
        </message>
        <message>
            <source>Start point</source>
            <translation>Startpunkt</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Storing styles and metadata…</source>
            <translation>Sparar stilar och metadata…</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Gata</translation>
        </message>
        <message>
            <source>Street lamps</source>
            <translation>Belysningspunkter</translation>
        </message>
        <message>
            <source>Street lamps (points). Leave empty to rely on the paths' lit field.</source>
            <translation>Belysningspunkter (punkter). Lämna tomt för att använda stråkens fält för belyst.</translation>
        </message>
        <message>
            <source>Street lamps to copy in as a read-only context layer.</source>
            <translation>Belysningspunkter att kopiera in som skrivskyddat sammanhangslager.</translation>
        </message>
        <message>
            <source>Study area</source>
            <translation>Studieområde</translation>
        </message>
        <message>
            <source>Study area (mask)</source>
            <translation>Studieområde (mask)</translation>
        </message>
        <message>
            <source>Suggested hot spots for patrols (top 6)</source>
            <translation>Förslag: hot spots för trygghetsrundor (topp 6)</translation>
        </message>
        <message>
            <source>Summary per path</source>
            <translation>Sammanfattning per stråk</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>sön</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Belagd</translation>
        </message>
        <message>
            <source>Suppressed cells</source>
            <translation>Undertryckta celler</translation>
        </message>
        <message>
            <source>Surface in the area</source>
            <translation>Yta i området</translation>
        </message>
        <message>
            <source>Survey file (CSV, Excel, GeoJSON or GeoPackage)</source>
            <translation>Fil med trygghetsmätning (CSV, Excel, GeoJSON eller GeoPackage)</translation>
        </message>
        <message>
            <source>Survey indicators</source>
            <translation>Indikatorer från trygghetsmätningar</translation>
        </message>
        <message>
            <source>Survey indicators per area</source>
            <translation>Trygghetsmätningens indikatorer per område</translation>
        </message>
        <message>
            <source>Survey indicators: {} rows for {} areas.</source>
            <translation>Trygghetsmätningens indikatorer: {} rader för {} områden.</translation>
        </message>
        <message>
            <source>Survey results</source>
            <translation>Trygghetsmätningar</translation>
        </message>
        <message>
            <source>Survey results (optional)</source>
            <translation>Resultat från trygghetsmätningar (valfritt)</translation>
        </message>
        <message>
            <source>Surveys: the latest measured year per indicator, the change since the year before it was measured, and the value of {reference} the same year.</source>
            <translation>Trygghetsmätningar: det senast mätta året per indikator, förändringen sedan föregående mätår och värdet för {reference} samma år.</translation>
        </message>
        <message>
            <source>Synthetic demo data</source>
            <translation>Syntetiska demodata</translation>
        </message>
        <message>
            <source>Table for coordinators (Excel/CSV)</source>
            <translation>Tabell för samordnare (Excel/CSV)</translation>
        </message>
        <message>
            <source>Tables</source>
            <translation>Tabeller</translation>
        </message>
        <message>
            <source>Tables (*.csv *.txt *.xlsx *.xls *.ods)</source>
            <translation>Tabeller (*.csv *.txt *.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <source>Tables and layers (*.csv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg)</source>
            <translation>Tabeller och lager (*.csv *.txt *.xlsx *.xls *.ods *.geojson *.json *.gpkg)</translation>
        </message>
        <message>
            <source>Target minutes per visit</source>
            <translation>Mål: minuter per besök</translation>
        </message>
        <message>
            <source>Target visits per week</source>
            <translation>Mål: besök per vecka</translation>
        </message>
        <message>
            <source>Temporal bandwidth (days)</source>
            <translation>Bandbredd i tiden (dagar)</translation>
        </message>
        <message>
            <source>Temporal pattern (charts)</source>
            <translation>Tidsmönster (diagram)</translation>
        </message>
        <message>
            <source>Temporal pattern (weekday × hour, month × year)</source>
            <translation>Tidsmönster (veckodag × timme, månad × år)</translation>
        </message>
        <message>
            <source>Temporal pattern: month × year</source>
            <translation>Tidsmönster: månad × år</translation>
        </message>
        <message>
            <source>Temporal pattern: weekday × hour</source>
            <translation>Tidsmönster: veckodag × timme</translation>
        </message>
        <message>
            <source>Test period end</source>
            <translation>Testperiodens slut</translation>
        </message>
        <message>
            <source>Test period start</source>
            <translation>Testperiodens början</translation>
        </message>
        <message>
            <source>Tested afterwards on the last {n} months, each forecast from the data before it, no model came closer than repeating the same month of the year before, so the forecast repeats last year's months (MASE {mase}; below 1: the tested months differed less than usual from the year before).</source>
            <translation>Prövad i efterhand på de senaste {n} månaderna, var och en förutsagd från data före dem, har ingen modell träffat bättre än att upprepa förra årets månad, så prognosen upprepar förra årets månader (MASE {mase}; under 1: de prövade månaderna skilde sig mindre än vanligt från året innan).</translation>
        </message>
        <message>
            <source>Tested afterwards on the last {n} months, each forecast from the data before it, the forecast came closer than repeating the same month of the year before (MASE {mase}; below 1 is better).</source>
            <translation>Prövad i efterhand på de senaste {n} månaderna, var och en förutsagd från data före dem, har prognosen träffat bättre än att upprepa förra årets månad (MASE {mase}; under 1 är bättre).</translation>
        </message>
        <message>
            <source>Tested afterwards on the last {n} months, no model did better than repeating the same month of the year before, so the forecast repeats last year's months; in that test the months differed from the year before at least as much as usual (MASE {mase}): read it with caution.</source>
            <translation>Prövad i efterhand på de senaste {n} månaderna har ingen modell träffat bättre än att upprepa förra årets månad, så prognosen upprepar förra årets månader; i den prövningen skilde sig månaderna minst lika mycket som vanligt från året innan (MASE {mase}): läs den med försiktighet.</translation>
        </message>
        <message>
            <source>Tested afterwards on the last {n} months, the forecast did no better than repeating the same month of the year before (MASE {mase}; 1 or more is no better): read it with caution.</source>
            <translation>Prövad i efterhand på de senaste {n} månaderna har prognosen inte träffat bättre än att upprepa förra årets månad (MASE {mase}; 1 eller mer är inte bättre): läs den med försiktighet.</translation>
        </message>
        <message>
            <source>Tested on the incidents after {as_of}: the top 5 % held {ours} times their share of the area (PAI), the plain density of the look-back {kde} times.</source>
            <translation>Prövad mot händelserna efter {as_of}: de översta 5 % av ytan fick {ours} gånger sin andel av ytan (PAI), den vanliga täthetskartan över samma dagar {kde} gånger.</translation>
        </message>
        <message>
            <source>Testing the patterns…</source>
            <translation>Testar mönstren…</translation>
        </message>
        <message>
            <source>Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells over the study area (cells inside the mask with no incidents take part too); polygons use a numeric field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as in Optimized Hot Spot Analysis (the cell at least a 150th of the study area's shorter side); the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 % cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. Weights are binary and Gi* includes the cell itself (Getis and Ord 1992; Ord and Getis 1995; Anselin 1995 for Local Moran). The bivariate Local Moran relates one variable in a cell to another in its neighbours (Anselin, Syabri and Smirnov 2002; as PySAL esda's Moran_Local_BV): for polygons the value field and the second field, for points the counts of the incidents and of a second point layer (e.g. dialogue marks) in the same cells. Its weights are row-standardised and it is always tested by conditional permutations (999 when none are set); quadrant HH means high here and high around, HL high here and low around, LH low here and high around, LL low and low. Without a study area, the workspace's areas are used for its incidents, otherwise the convex hull of the incidents, as in ArcGIS's Hot Spot Analysis. A start and end restrict point input to the incidents of one period (start included, end not), e.g. the current period of a situation picture.</source>
            <translation>Testar om kluster av händelser är mer än slumpen. Punkter räknas i kvadratiska eller sexkantiga rutor över studieområdet (rutor inom masken utan händelser ingår också); polygoner använder ett numeriskt fält. Getis-Ord Gi* hittar hot spots (höga värden omgivna av höga värden) och kalla fläckar; lokal Moran hittar kluster (HH, LL) och avvikare (HL, LH). Rutstorlek och avståndsband kan väljas automatiskt som i Optimized Hot Spot Analysis (rutan minst en 150-del av studieområdets kortare sida); loggen visar vad som valdes och varför. Konfidensklasserna (-3..3 = 99/95/90 % kall .. het) korrigeras för multipla test (falsk upptäcktsfrekvens) om du inte stänger av det. Vikterna är binära och Gi* inkluderar rutan själv (Getis och Ord 1992; Ord och Getis 1995; Anselin 1995 för lokal Moran). Bivariat lokal Moran jämför en variabel i en ruta med en annan i grannrutorna (Anselin, Syabri och Smirnov 2002; som PySAL esdas Moran_Local_BV): för polygoner värdefältet och det andra fältet, för punkter antalet händelser och antalet punkter i ett andra punktlager (t.ex. dialogmarkeringar) i samma rutor. Dess vikter är radstandardiserade och den testas alltid med villkorade permutationer (999 om inget annat anges); kvadrant HH betyder högt här och högt runt omkring, HL högt här och lågt runt omkring, LH lågt här och högt runt omkring, LL lågt och lågt. Utan studieområde används arbetsytans områden för dess händelser, annars händelsernas konvexa hölje, som i ArcGIS Hot Spot Analysis. En start och ett slut begränsar punktindata till händelserna under en period (starten ingår, slutet inte), t.ex. den aktuella perioden i en lägesbild.</translation>
        </message>
        <message>
            <source>Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells over the study area (cells inside the mask with no incidents take part too); polygons use a numeric field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as in Optimized Hot Spot Analysis; the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 % cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. Weights are binary and Gi* includes the cell itself (Getis and Ord 1992; Ord and Getis 1995; Anselin 1995 for Local Moran). The bivariate Local Moran relates one variable in a cell to another in its neighbours (Anselin, Syabri and Smirnov 2002; as PySAL esda's Moran_Local_BV): for polygons the value field and the second field, for points the counts of the incidents and of a second point layer (e.g. dialogue marks) in the same cells. Its weights are row-standardised and it is always tested by conditional permutations (999 when none are set); quadrant HH means high here and high around, HL high here and low around, LH low here and high around, LL low and low. Without a study area, the workspace's areas are used for its incidents, otherwise the convex hull of the incidents, as in ArcGIS's Hot Spot Analysis. A start and end restrict point input to the incidents of one period (start included, end not), e.g. the current period of a situation picture.</source>
            <translation type="vanished">Testar om kluster av händelser är mer än slumpen. Punkter räknas i kvadratiska eller sexkantiga rutor över studieområdet (rutor inom masken utan händelser ingår också); polygoner använder ett numeriskt fält. Getis-Ord Gi* hittar hot spots (höga värden omgivna av höga värden) och kalla fläckar; lokal Moran hittar kluster (HH, LL) och avvikare (HL, LH). Rutstorlek och avståndsband kan väljas automatiskt som i Optimized Hot Spot Analysis; loggen visar vad som valdes och varför. Konfidensklasserna (-3..3 = 99/95/90 % kall .. het) korrigeras för multipla test (falsk upptäcktsfrekvens) om du inte stänger av det. Vikterna är binära och Gi* inkluderar rutan själv (Getis och Ord 1992; Ord och Getis 1995; Anselin 1995 för lokal Moran). Bivariat lokal Moran jämför en variabel i en ruta med en annan i grannrutorna (Anselin, Syabri och Smirnov 2002; som PySAL esdas Moran_Local_BV): för polygoner värdefältet och det andra fältet, för punkter antalet händelser och antalet punkter i ett andra punktlager (t.ex. dialogmarkeringar) i samma rutor. Dess vikter är radstandardiserade och den testas alltid med villkorade permutationer (999 om inget annat anges); kvadrant HH betyder högt här och högt runt omkring, HL högt här och lågt runt omkring, LH lågt här och högt runt omkring, LL lågt och lågt. Utan studieområde används arbetsytans områden för dess händelser, annars händelsernas konvexa hölje, som i ArcGIS Hot Spot Analysis. En start och ett slut begränsar punktindata till händelserna under en period (starten ingår, slutet inte), t.ex. den aktuella perioden i en lägesbild.</translation>
        </message>
        <message>
            <source>Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells over the study area (cells inside the mask with no incidents take part too); polygons use a numeric field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as in Optimized Hot Spot Analysis; the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 % cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. Weights are binary and Gi* includes the cell itself (Getis and Ord 1992; Ord and Getis 1995; Anselin 1995 for Local Moran). Without a study area, the workspace's areas are used for its incidents, otherwise the convex hull of the incidents, as in ArcGIS's Hot Spot Analysis. A start and end restrict point input to the incidents of one period (start included, end not), e.g. the current period of a situation picture.</source>
            <translation type="vanished">Testar om kluster av händelser är mer än slumpen. Punkter räknas i kvadratiska eller sexkantiga rutor över studieområdet (rutor inom masken utan händelser ingår också); polygoner använder ett numeriskt fält. Getis-Ord Gi* hittar hot spots (höga värden omgivna av höga värden) och kalla fläckar; lokal Moran hittar kluster (HH, LL) och avvikare (HL, LH). Rutstorlek och avståndsband kan väljas automatiskt som i Optimized Hot Spot Analysis; loggen visar vad som valdes och varför. Konfidensklasserna (-3..3 = 99/95/90 % kall .. het) korrigeras för multipla test (falsk upptäcktsfrekvens) om du inte stänger av det. Vikterna är binära och Gi* inkluderar rutan själv (Getis och Ord 1992; Ord och Getis 1995; Anselin 1995 för lokal Moran). Utan studieområde används arbetsytans områden för dess händelser, annars händelsernas konvexa hölje, som i ArcGIS Hot Spot Analysis. En start och ett slut begränsar punktindata till händelserna under en period (starten ingår, slutet inte), t.ex. den aktuella perioden i en lägesbild.</translation>
        </message>
        <message>
            <source>Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells over the study area (cells inside the mask with no incidents take part too); polygons use a numeric field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as in Optimized Hot Spot Analysis; the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 % cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. Weights are binary and Gi* includes the cell itself; z-scores equal PySAL esda's G_Local(star=True, transform='B') and Moran_Local.</source>
            <translation type="vanished">Testar om kluster av händelser är mer än slumpen. Punkter räknas i kvadratiska eller sexkantiga rutor över studieområdet (rutor inom masken utan händelser ingår också); polygoner använder ett numeriskt fält. Getis-Ord Gi* hittar hot spots (höga värden omgivna av höga värden) och kalla fläckar; lokal Moran hittar kluster (HH, LL) och avvikare (HL, LH). Rutstorlek och avståndsband kan väljas automatiskt som i Optimized Hot Spot Analysis; loggen visar vad som valdes och varför. Konfidensklasserna (-3..3 = 99/95/90 % kall .. het) korrigeras för multipla test (falsk upptäcktsfrekvens) om du inte stänger av det. Vikterna är binära och Gi* inkluderar rutan själv; z-värdena är lika med PySAL esdas G_Local(star=True, transform='B') och Moran_Local.</translation>
        </message>
        <message>
            <source>Tests whether clusters of incidents are more than chance. Points are counted in square or hexagonal cells over the study area (cells inside the mask with no incidents take part too); polygons use a numeric field. Getis-Ord Gi* finds hot spots (high values surrounded by high values) and cold spots; Local Moran finds clusters (HH, LL) and outliers (HL, LH). Cell size and distance band can be chosen automatically as in Optimized Hot Spot Analysis; the log says what was chosen and why. The confidence bins (-3..3 = 99/95/90 % cold .. hot) are corrected for multiple testing (false discovery rate) unless you turn that off. Weights are binary and Gi* includes the cell itself; z-scores equal PySAL esda's G_Local(star=True, transform='B') and Moran_Local. A start and end restrict point input to the incidents of one period (start included, end not), e.g. the current period of a situation picture.</source>
            <translation type="vanished">Testar om kluster av händelser är mer än slumpen. Punkter räknas i kvadratiska eller sexkantiga rutor över studieområdet (rutor inom masken utan händelser ingår också); polygoner använder ett numeriskt fält. Getis-Ord Gi* hittar hot spots (höga värden omgivna av höga värden) och kalla fläckar; lokal Moran hittar kluster (HH, LL) och avvikare (HL, LH). Rutstorlek och avståndsband kan väljas automatiskt som i Optimized Hot Spot Analysis; loggen visar vad som valdes och varför. Konfidensklasserna (-3..3 = 99/95/90 % kall .. het) korrigeras för multipla test (falsk upptäcktsfrekvens) om du inte stänger av det. Vikterna är binära och Gi* inkluderar rutan själv; z-värdena är lika med PySAL esdas G_Local(star=True, transform='B') och Moran_Local. En start och ett slut begränsar punktindata till händelserna under en period (starten ingår, slutet inte), t.ex. den aktuella perioden i en lägesbild.</translation>
        </message>
        <message>
            <source>Text in a number column (interval or respondents)</source>
            <translation>Text i en sifferkolumn (intervall eller antal svarande)</translation>
        </message>
        <message>
            <source>The AFTER window of '{}' runs past the last incident ({}): it is incomplete, so the result is less certain.</source>
            <translation>EFTER-perioden för '{}' sträcker sig förbi den sista händelsen ({}): den är ofullständig, så resultatet är osäkrare.</translation>
        </message>
        <message>
            <source>The BEFORE window of '{}' starts before the first incident ({}): it may be incomplete.</source>
            <translation>FÖRE-perioden för '{}' börjar före den första händelsen ({}): den kan vara ofullständig.</translation>
        </message>
        <message>
            <source>The PDF could not be written: {}</source>
            <translation>PDF-filen kunde inte skrivas: {}</translation>
        </message>
        <message>
            <source>The PDF. Its data goes to the folder &lt;name&gt;_underlag beside it.</source>
            <translation>PDF-filen. Dess underlag sparas i mappen &lt;namn&gt;_underlag bredvid.</translation>
        </message>
        <message>
            <source>The PostgreSQL connection {} has no user name saved, so QGIS cannot log in to create the workspace. Edit the connection in the Browser panel (PostgreSQL → {} → Edit Connection) and save a user name, or use a connection with a service or an authentication configuration.</source>
            <translation>PostgreSQL-anslutningen {} har inget sparat användarnamn, så QGIS kan inte logga in och skapa arbetsytan. Redigera anslutningen i panelen Webbläsare (PostgreSQL → {} → Redigera anslutning) och spara ett användarnamn, eller använd en anslutning med en tjänst (service) eller en autentiseringskonfiguration.</translation>
        </message>
        <message>
            <source>The PostgreSQL schema for the workspace; it is created if missing and must not hold a workspace yet.</source>
            <translation>PostgreSQL-schemat för arbetsytan; det skapas om det saknas och får inte redan innehålla en arbetsyta.</translation>
        </message>
        <message>
            <source>The Swedish Crime Survey (NTU)</source>
            <translation>Nationella trygghetsundersökningen (NTU)</translation>
        </message>
        <message>
            <source>The Trygghet workspace that receives the marks.</source>
            <translation>Den Trygghet-arbetsyta som tar emot markeringarna.</translation>
        </message>
        <message>
            <source>The Trygghet workspace that receives the results; its areas name the valid areas.</source>
            <translation>Den Trygghet-arbetsyta som tar emot resultaten; dess områden är de giltiga områdena.</translation>
        </message>
        <message>
            <source>The Trygghet workspace whose incident layer receives the rows.</source>
            <translation>Trygghet-arbetsytan vars händelselager tar emot raderna.</translation>
        </message>
        <message>
            <source>The Trygghet workspace with the layers areas, incidents, paths, measures, promises and places.</source>
            <translation>Trygghet-arbetsytan med lagren areas, incidents, paths, measures, promises och places.</translation>
        </message>
        <message>
            <source>The algorithm {} could not be loaded and is left out: {}</source>
            <translation>Algoritmen {} kunde inte läsas in och har utelämnats: {}</translation>
        </message>
        <message>
            <source>The analysis of {} does not fit on two pages: the end of its longest table is left out of the PDF (it is whole in the report data).</source>
            <translation>Analysen för {} får inte plats på två sidor: slutet av dess längsta tabell kommer inte med i PDF:en (den finns hel i rapportens underlag).</translation>
        </message>
        <message>
            <source>The area already has conclusions for this period. Choose other dates, or edit those conclusions instead; nothing was saved.</source>
            <translation>Området har redan slutsatser för den perioden. Välj andra datum eller redigera de slutsatserna i stället; inget sparades.</translation>
        </message>
        <message>
            <source>The area has fewer than two years of monthly counts, too few for a seasonal model.</source>
            <translation>Området har mindre än två års månadsdata, för lite för en säsongsmodell.</translation>
        </message>
        <message>
            <source>The area has no incidents in the data, so there is nothing to forecast from.</source>
            <translation>Området har inga händelser i underlaget, så det finns inget att göra en prognos från.</translation>
        </message>
        <message>
            <source>The area of the walk (use 'selected features only' to pick one area of the areas layer).</source>
            <translation>Vandringens område (använd 'endast valda objekt' för att välja ett område i områdeslagret).</translation>
        </message>
        <message>
            <source>The area polygons with the summary values of the map category, styled by the ratio against the municipality.</source>
            <translation>Områdespolygonerna med kartkategorins värden, symboliserade efter kvoten mot hela kommunen.</translation>
        </message>
        <message>
            <source>The area summary has no rows for: {}</source>
            <translation>Områdessammanställningen saknar rader för: {}</translation>
        </message>
        <message>
            <source>The area summary lacks the fields {}.</source>
            <translation>Områdessammanställningen saknar fälten {}.</translation>
        </message>
        <message>
            <source>The area's series is too short to test the seasonal models on its own history.</source>
            <translation>Områdets serie är för kort för att pröva säsongsmodellerna på dess egen historik.</translation>
        </message>
        <message>
            <source>The areas layer could not be read.</source>
            <translation>Områdeslagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The areas layer has no field '{}'.</source>
            <translation>Områdeslagret har inget fält '{}'.</translation>
        </message>
        <message>
            <source>The areas layer has no field “{}”; choose the field with the area names.</source>
            <translation>Områdeslagret har inget fält ”{}”; välj fältet med områdenas namn.</translation>
        </message>
        <message>
            <source>The areas layer has no polygons.</source>
            <translation>Områdeslagret har inga polygoner.</translation>
        </message>
        <message>
            <source>The areas must be a polygon layer.</source>
            <translation>Områdena måste vara ett polygonlager.</translation>
        </message>
        <message>
            <source>The areas to summarise, e.g. the workspace layer 'areas' or SCB's DeSO/RegSO. Incidents outside every area are left out.</source>
            <translation>Områdena att sammanställa, t.ex. arbetsytans lager 'areas' eller SCB:s DeSO/RegSO. Händelser utanför alla områden räknas inte.</translation>
        </message>
        <message>
            <source>The bivariate Local Moran is tested with {} conditional permutations.</source>
            <translation>Bivariat lokal Moran testas med {} villkorade permutationer.</translation>
        </message>
        <message>
            <source>The bivariate Local Moran on points needs a second point layer (for example the dialogue marks) whose points are counted in the same cells.</source>
            <translation>Bivariat lokal Moran på punkter behöver ett andra punktlager (till exempel dialogmarkeringarna) vars punkter räknas i samma rutor.</translation>
        </message>
        <message>
            <source>The bivariate Local Moran on polygons needs a second value field.</source>
            <translation>Bivariat lokal Moran på polygoner behöver ett andra värdefält.</translation>
        </message>
        <message>
            <source>The category 'alla' is reserved for the total; rename it in the incident layer.</source>
            <translation>Kategorin 'alla' är reserverad för summan; byt namn på den i händelselagret.</translation>
        </message>
        <message>
            <source>The category mapping table could not be used: {}</source>
            <translation>Tabellen för kategorimappning kunde inte användas: {}</translation>
        </message>
        <message>
            <source>The change could not be written to the workspace, and nothing was saved ({detail}).</source>
            <translation>Ändringen kunde inte skrivas till arbetsytan och ingenting sparades ({detail}).</translation>
        </message>
        <message>
            <source>The chart folder has no charts for {}.</source>
            <translation>Diagrammappen har inga diagram för {}.</translation>
        </message>
        <message>
            <source>The chart folder of trygghet:temporalpattern. Empty: the charts are drawn.</source>
            <translation>Diagrammappen från trygghet:temporalpattern. Tom: diagrammen ritas.</translation>
        </message>
        <message>
            <source>The column mapping does not fit the file (columns not in the file: {}). The file's columns are: {}</source>
            <translation>Kolumnmappningen passar inte filen (kolumner som inte finns i filen: {}). Filens kolumner är: {}</translation>
        </message>
        <message>
            <source>The column mapping does not fit the file ({}). The file's columns are: {}</source>
            <translation>Kolumnmappningen passar inte filen ({}). Filens kolumner är: {}</translation>
        </message>
        <message>
            <source>The conclusions for {area} have changes that are not saved.</source>
            <translation>Slutsatserna för {area} har ändringar som inte är sparade.</translation>
        </message>
        <message>
            <source>The conclusions for {area}, {start} – {end}, are deleted.</source>
            <translation>Slutsatserna för {area}, {start} – {end}, är borttagna.</translation>
        </message>
        <message>
            <source>The conclusions for {area}, {start} – {end}, are saved.</source>
            <translation>Slutsatserna för {area}, {start} – {end}, är sparade.</translation>
        </message>
        <message>
            <source>The conclusions written for the area, one per report period; pick one to edit it</source>
            <translation>Slutsatserna som skrivits för området, en per rapportperiod; välj en för att redigera den</translation>
        </message>
        <message>
            <source>The control area of '{}' has no incidents in one period; the comparison is very uncertain.</source>
            <translation>Kontrollområdet för '{}' har inga händelser under en av perioderna; jämförelsen är mycket osäker.</translation>
        </message>
        <message>
            <source>The control layer has no polygons.</source>
            <translation>Kontrollagret har inga polygoner.</translation>
        </message>
        <message>
            <source>The coordinate system of X/Y or WKT positions in a table, e.g. SWEREF 99 TM (EPSG:3006). Longitude/latitude is always WGS 84.</source>
            <translation>Koordinatsystemet för X/Y- eller WKT-lägen i en tabell, t.ex. SWEREF 99 TM (EPSG:3006). Longitud/latitud är alltid WGS 84.</translation>
        </message>
        <message>
            <source>The coordinate system of X/Y or WKT positions, e.g. SWEREF 99 TM (EPSG:3006) or SWEREF 99 12 00 (EPSG:3007). Longitude/latitude is always WGS 84.</source>
            <translation>Koordinatsystemet för X/Y- eller WKT-positioner, t.ex. SWEREF 99 TM (EPSG:3006) eller SWEREF 99 12 00 (EPSG:3007). Longitud/latitud är alltid WGS 84.</translation>
        </message>
        <message>
            <source>The count model's interval is simulated; the same seed gives the same result.</source>
            <translation>Intervallet för modellen för antal simuleras; samma frö ger samma resultat.</translation>
        </message>
        <message>
            <source>The current period must start before it ends.</source>
            <translation>Den aktuella perioden måste börja innan den slutar.</translation>
        </message>
        <message>
            <source>The data cover fewer than three full calendar years, so no trend is computed.</source>
            <translation>Underlaget omfattar färre än tre hela kalenderår, så ingen trend beräknas.</translation>
        </message>
        <message>
            <source>The database refused the change: your organization may only change its own measures and problems, the causes of its problems, the links of its measures, promises it is a party to and its own conclusions (goal areas: the municipality). Nothing was saved.</source>
            <translation>Databasen nekade ändringen: din organisation får bara ändra sina egna åtgärder och problem, orsakerna till sina problem, kopplingarna från sina åtgärder, medborgarlöften den är part i och sina egna slutsatser (målområden: kommunen). Ingenting sparades.</translation>
        </message>
        <message>
            <source>The database refused the change: your organization may only change its own measures, and promises it is a party to. Nothing was saved.</source>
            <translation type="vanished">Databasen nekade ändringen: din organisation får bara ändra sina egna åtgärder och de medborgarlöften den är part i. Ingenting sparades.</translation>
        </message>
        <message>
            <source>The database refused the change: your organization may only change its own measures.</source>
            <translation type="vanished">Databasen nekade ändringen: din organisation får bara ändra sina egna åtgärder.</translation>
        </message>
        <message>
            <source>The database refused the change: {detail}</source>
            <translation type="vanished">Databasen nekade ändringen: {detail}</translation>
        </message>
        <message>
            <source>The demo workspace was not created: {error}</source>
            <translation>Demoarbetsytan skapades inte: {error}</translation>
        </message>
        <message>
            <source>The density grid would need about {need} of memory, more than the limit of {limit}. Use a larger pixel size.</source>
            <translation>Täthetsrutnätet skulle behöva omkring {need} minne, mer än gränsen {limit}. Använd en större pixelstorlek.</translation>
        </message>
        <message>
            <source>The density raster could not be read.</source>
            <translation>Täthetsrastret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The density raster, a Float32 GeoTIFF. A style file (.qml) is written next to it.</source>
            <translation>Täthetsrastret, en Float32-GeoTIFF. En stilfil (.qml) skrivs bredvid.</translation>
        </message>
        <message>
            <source>The dialogue marks have no field “{}”.</source>
            <translation>Dialogmarkeringarna har inget fält ”{}”.</translation>
        </message>
        <message>
            <source>The dialogue marks have no field “{}”; every mark counts as unsafe.</source>
            <translation>Dialogmarkeringarna har inget fält ”{}”; varje markering räknas som otrygg.</translation>
        </message>
        <message>
            <source>The dialogue stored for rows without a dialogue column value; empty: the file's name.</source>
            <translation>Den dialog som lagras för rader utan värde i dialogkolumnen; tom: filens namn.</translation>
        </message>
        <message>
            <source>The earlier walk of the follow-up comparison.</source>
            <translation>Den tidigare vandringen i uppföljningsjämförelsen.</translation>
        </message>
        <message>
            <source>The effect could not be computed: {}</source>
            <translation>Effekten kunde inte beräknas: {}</translation>
        </message>
        <message>
            <source>The emerging hot spots lack the field 'category'.</source>
            <translation>De framväxande hot spots saknar fältet 'category'.</translation>
        </message>
        <message>
            <source>The end of the evaluation must be after the as-of time.</source>
            <translation>Utvärderingens slut måste ligga efter kartans tidpunkt.</translation>
        </message>
        <message>
            <source>The end of the period must be after its start.</source>
            <translation>Periodens slut måste ligga efter dess början.</translation>
        </message>
        <message>
            <source>The end of the time window must be after its start.</source>
            <translation>Tidsfönstrets slut måste ligga efter dess början.</translation>
        </message>
        <message>
            <source>The field with each area's name.</source>
            <translation>Fältet med varje områdes namn.</translation>
        </message>
        <message>
            <source>The field with each area's unique name.</source>
            <translation>Fältet med varje områdes unika namn.</translation>
        </message>
        <message>
            <source>The field with the name of each area.</source>
            <translation>Fältet med varje områdes namn.</translation>
        </message>
        <message>
            <source>The field “{field}” ({param}) is a {kind} field, but it needs dates and times: a date, date/time or text field (for example 2024-03-05 22:15).</source>
            <translation>Fältet ”{field}” ({param}) är ett fält av typen {kind}, men det behöver datum och tider: ett datum-, datum/tid- eller textfält (till exempel 2024-03-05 22:15).</translation>
        </message>
        <message>
            <source>The field “{field}” ({param}) is a {kind} field, but it needs numbers. Choose a numeric field (integer or decimal), or convert the field with the field calculator.</source>
            <translation>Fältet ”{field}” ({param}) är ett fält av typen {kind}, men det behöver tal. Välj ett numeriskt fält (heltal eller decimaltal) eller konvertera fältet med fältkalkylatorn.</translation>
        </message>
        <message>
            <source>The file could not be imported: {}</source>
            <translation>Filen kunde inte importeras: {}</translation>
        </message>
        <message>
            <source>The file could not be read: {}</source>
            <translation>Filen kunde inte läsas: {}</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>Filen har inga rader.</translation>
        </message>
        <message>
            <source>The file to import. CSV separators (; , tab) and encodings (UTF-8, Windows-1252) are detected.</source>
            <translation>Filen som ska importeras. CSV-avgränsare (; , tabb) och teckenkodning (UTF-8, Windows-1252) känns igen automatiskt.</translation>
        </message>
        <message>
            <source>The file to import: a table, or a GeoJSON/GeoPackage layer with points or polygons.</source>
            <translation>Filen som ska importeras: en tabell, eller ett GeoJSON-/GeoPackage-lager med punkter eller polygoner.</translation>
        </message>
        <message>
            <source>The file to import: one row per area, year and indicator.</source>
            <translation>Filen som ska importeras: en rad per område, år och indikator.</translation>
        </message>
        <message>
            <source>The file {path} could not be written or read ({reason}).</source>
            <translation>Filen {path} kunde inte skrivas eller läsas ({reason}).</translation>
        </message>
        <message>
            <source>The file {} could not be written: {}</source>
            <translation>Filen {} kunde inte skrivas: {}</translation>
        </message>
        <message>
            <source>The filter expression is invalid: {}</source>
            <translation>Filteruttrycket är ogiltigt: {}</translation>
        </message>
        <message>
            <source>The filter expression refers to fields the layer does not have: {}</source>
            <translation>Filteruttrycket hänvisar till fält som lagret inte har: {}</translation>
        </message>
        <message>
            <source>The findings layer could not be read.</source>
            <translation>Lagret med iakttagelser kunde inte läsas.</translation>
        </message>
        <message>
            <source>The findings layer is empty.</source>
            <translation>Lagret med iakttagelser är tomt.</translation>
        </message>
        <message>
            <source>The findings layer needs the fields walk_uuid and category.</source>
            <translation>Lagret med iakttagelser behöver fälten walk_uuid och category.</translation>
        </message>
        <message>
            <source>The findings of the two walks as persisting, fixed or new.</source>
            <translation type="vanished">De två vandringarnas iakttagelser som kvarstående, åtgärdade eller nya.</translation>
        </message>
        <message>
            <source>The findings of the two walks as persisting, fixed or new. Made only when an earlier and a later walk are given.</source>
            <translation>De två vandringarnas iakttagelser som kvarstående, åtgärdade eller nya. Skapas bara när en tidigare och en senare vandring anges.</translation>
        </message>
        <message>
            <source>The fixed-distance neighbourhood needs a distance band greater than 0.</source>
            <translation>Grannskap med fast avstånd kräver ett avståndsband större än 0.</translation>
        </message>
        <message>
            <source>The focus area the conclusions concern</source>
            <translation>Fokusområdet som slutsatserna gäller</translation>
        </message>
        <message>
            <source>The folder already holds a demo workspace (trygghet-demo.gpkg). A workspace is never overwritten: choose another folder, or open trygghet-demo.qgz there.</source>
            <translation>Mappen innehåller redan en demoarbetsyta (trygghet-demo.gpkg). En arbetsyta skrivs aldrig över: välj en annan mapp eller öppna trygghet-demo.qgz där.</translation>
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation>Mappen för {path} finns inte.</translation>
        </message>
        <message>
            <source>The folder {} exists and is not the data folder of an earlier report; choose another name for the PDF.</source>
            <translation>Mappen {} finns redan och är inte underlaget till en tidigare rapport; välj ett annat namn på PDF-filen.</translation>
        </message>
        <message>
            <source>The folder {} is not empty. Choose a new or empty folder.</source>
            <translation>Mappen {} är inte tom. Välj en ny eller tom mapp.</translation>
        </message>
        <message>
            <source>The forecast is therefore the average month of the last year and should be read with caution.</source>
            <translation>Prognosen är därför det senaste årets genomsnittliga månad och bör läsas med försiktighet.</translation>
        </message>
        <message>
            <source>The forecast per area and month with its lower and upper bound (when the Forecast step is chosen).</source>
            <translation>Prognosen per område och månad med nedre och övre gräns (när steget Prognos är valt).</translation>
        </message>
        <message>
            <source>The form has no changes.</source>
            <translation>Formuläret har inga ändringar.</translation>
        </message>
        <message>
            <source>The goal areas are saved.</source>
            <translation>Målområdena är sparade.</translation>
        </message>
        <message>
            <source>The grid could not be built: {}</source>
            <translation>Rutnätet kunde inte skapas: {}</translation>
        </message>
        <message>
            <source>The hot places as a new polygon layer with all fields.</source>
            <translation>Platserna som ett nytt polygonlager med alla fält.</translation>
        </message>
        <message>
            <source>The import failed and nothing was written; the workspace is unchanged ({}).</source>
            <translation>Importen misslyckades och inget skrevs; arbetsytan är oförändrad ({}).</translation>
        </message>
        <message>
            <source>The incident category; one row per category and area, plus 'alla' for all categories.</source>
            <translation>Händelsens kategori; en rad per kategori och område, plus 'alla' för alla kategorier.</translation>
        </message>
        <message>
            <source>The incident file does not exist: {}</source>
            <translation>Händelsefilen finns inte: {}</translation>
        </message>
        <message>
            <source>The incident filter expression is not valid: {}</source>
            <translation>Filteruttrycket för händelser är ogiltigt: {}</translation>
        </message>
        <message>
            <source>The incident layer could not be read.</source>
            <translation>Händelselagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The incident layer has no field '{}'.</source>
            <translation>Händelselagret saknar fältet '{}'.</translation>
        </message>
        <message>
            <source>The incident layer has no incidents with a position.</source>
            <translation>Händelselagret har inga händelser med position.</translation>
        </message>
        <message>
            <source>The incident layer has no incidents with a readable time.</source>
            <translation>Händelselagret har inga händelser med läsbar tid.</translation>
        </message>
        <message>
            <source>The incident layer has no time field '{}'.</source>
            <translation>Händelselagret har inget tidsfält '{}'.</translation>
        </message>
        <message>
            <source>The incident layer has no time field “{}”; choose the field with the time of each incident.</source>
            <translation type="vanished">Händelselagret har inget tidsfält ”{}”; välj fältet med tiden för varje händelse.</translation>
        </message>
        <message>
            <source>The incident layer lacks the time or category field.</source>
            <translation>Händelselagret saknar tids- eller kategorifältet.</translation>
        </message>
        <message>
            <source>The incident or measure layer could not be read.</source>
            <translation>Händelse- eller åtgärdslagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The incident points, e.g. the workspace layer 'incidents'.</source>
            <translation>Händelsepunkterna, t.ex. arbetsytans lager 'incidents'.</translation>
        </message>
        <message>
            <source>The incidents are counted here, not in the database: {}.</source>
            <translation>Händelserna räknas här, inte i databasen: {}.</translation>
        </message>
        <message>
            <source>The incidents fall in fewer than 3 cells; choose a smaller cell size.</source>
            <translation>Händelserna faller i färre än 3 rutor; välj en mindre rutstorlek.</translation>
        </message>
        <message>
            <source>The incidents lie at fewer than 2 distinct places; no cell size can be chosen.</source>
            <translation>Händelserna ligger på färre än 2 olika platser; ingen rutstorlek kan väljas.</translation>
        </message>
        <message>
            <source>The incidents were counted in the PostGIS database.</source>
            <translation>Händelserna räknades i PostGIS-databasen.</translation>
        </message>
        <message>
            <source>The incidents' weights are summed per cell; the second layer's points are counted.</source>
            <translation>Händelsernas vikter summeras per ruta; det andra lagrets punkter räknas.</translation>
        </message>
        <message>
            <source>The incidents, e.g. the workspace's incidents layer.</source>
            <translation>Händelserna, t.ex. arbetsytans lager med händelser.</translation>
        </message>
        <message>
            <source>The input already has a field named “{}”; rename it first.</source>
            <translation>Indata har redan ett fält med namnet ”{}”; byt namn på det först.</translation>
        </message>
        <message>
            <source>The input is in a geographic CRS ({}); it is transformed to SWEREF 99 TM (EPSG:3006) so that distances are in metres.</source>
            <translation>Indata har ett geografiskt koordinatsystem ({}); det transformeras till SWEREF 99 TM (EPSG:3006) så att avstånd anges i meter.</translation>
        </message>
        <message>
            <source>The input is in {crs}, whose map units are not true metres on the ground (scale error about {pct:.0f} %); it is transformed to SWEREF 99 TM (EPSG:3006) so that distances, radii and rates are right.</source>
            <translation>Indata är i {crs}, vars kartenheter inte är verkliga meter på marken (skalfel omkring {pct:.0f} %); de transformeras till SWEREF 99 TM (EPSG:3006) så att avstånd, radier och tätheter blir rätt.</translation>
        </message>
        <message>
            <source>The input layer could not be read.</source>
            <translation>Indatalagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The input layer has no features.</source>
            <translation>Indatalagret har inga objekt.</translation>
        </message>
        <message>
            <source>The input layer has no field “{}”.</source>
            <translation>Indatalagret har inget fält ”{}”.</translation>
        </message>
        <message>
            <source>The input layer has no points with a location.</source>
            <translation>Indatalagret har inga punkter med läge.</translation>
        </message>
        <message>
            <source>The input layer has no time field named “{}”. Choose its time field.</source>
            <translation>Indatalagret har inget tidsfält med namnet ”{}”. Välj dess tidsfält.</translation>
        </message>
        <message>
            <source>The input must be a point layer.</source>
            <translation>Indata måste vara ett punktlager.</translation>
        </message>
        <message>
            <source>The input's coordinate reference system {crs} has map units in {units}, not metres. Reproject the layer to a CRS in metres, such as SWEREF 99 TM (EPSG:3006), and run the tool again.</source>
            <translation>Indatas koordinatsystem {crs} har kartenheter i {units}, inte meter. Projicera om lagret till ett koordinatsystem i meter, till exempel SWEREF 99 TM (EPSG:3006), och kör verktyget igen.</translation>
        </message>
        <message>
            <source>The lamps layer is empty. Give a layer with street lamps, or leave the parameter empty to use the paths' lit field instead.</source>
            <translation>Lagret med belysningspunkter är tomt. Ange ett lager med gatubelysning, eller lämna parametern tom för att i stället använda stråkens fält för belyst.</translation>
        </message>
        <message>
            <source>The last period used lies before the first incident.</source>
            <translation>Den sista perioden som används ligger före den första händelsen.</translation>
        </message>
        <message>
            <source>The last three years and the coming twelve months; the band is the {level} forecast interval</source>
            <translation>De tre senaste åren och de kommande tolv månaderna; bandet är {level} prognosintervall</translation>
        </message>
        <message>
            <source>The later walk of the follow-up comparison.</source>
            <translation>Den senare vandringen i uppföljningsjämförelsen.</translation>
        </message>
        <message>
            <source>The layer given as {} could not be read.</source>
            <translation>Lagret som angavs som {} kunde inte läsas.</translation>
        </message>
        <message>
            <source>The layer has no field “{field}”. Choose the field with the time of each incident in “{param}”.</source>
            <translation>Lagret har inget fält ”{field}”. Välj fältet med tiden för varje händelse i ”{param}”.</translation>
        </message>
        <message>
            <source>The layer has no field “{}”; no time field is used.</source>
            <translation>Lagret har inget fält ”{}”; inget tidsfält används.</translation>
        </message>
        <message>
            <source>The layer “{layer}” has no field “{field}” (parameter “{param}”).</source>
            <translation>Lagret ”{layer}” har inget fält ”{field}” (parametern ”{param}”).</translation>
        </message>
        <message>
            <source>The layer “{}” holds nothing for the report's period; the maps show none of it.</source>
            <translation>Lagret ”{}” innehåller inget för rapportens period; kartorna visar inget av det.</translation>
        </message>
        <message>
            <source>The level field '{field}' must hold numbers such as -1, 0 or 1 (found '{value}').</source>
            <translation>Nivåfältet '{field}' måste innehålla tal som -1, 0 eller 1 (hittade '{value}').</translation>
        </message>
        <message>
            <source>The lägesbild table per area and incident category, with category 'alla' for the total: counts in the current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the reference area(s) and against the whole municipality (all areas with a population), the change between the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the municipality's total.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5) and every value derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be worked out from a row or column total. The counts of suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an internal table without suppression.

Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is installed). The periods are half-open: the start is included, the end is not. Without dates the current period is the last 12 months of data and the reference period the 12 months before.</source>
            <translation type="vanished">Områdessammanställningen för lägesbilden per område och händelsekategori, med kategorin 'alla' för summan: antal i den aktuella perioden och jämförelseperioden, antal per 1 000 invånare och år, kvoten mot referensområdet/-områdena och mot hela kommunen (alla områden med befolkning), förändringen mellan perioderna med ett exakt Poissontest (betingat binomialtest) och dess p-värde, trenden över datats hela kalenderår (Mann–Kendalls tau och p, Sens lutning som förändring per år) och andelen av kommunens summa.

Röjandeskydd: antal från 1 till MIN_COUNT−1 visas som '&lt;5' (för MIN_COUNT 5) och alla värden som räknats fram ur dem undanhålls; sekundär undertryckning döljer ytterligare celler så att ingen dold cell kan räknas fram ur en rad- eller kolumnsumma. Antalen i undertryckta rader lämnas tomma. Loggen anger hur många celler som undertrycktes. Sätt MIN_COUNT till 0 för en intern tabell utan undertryckning.

Utdata: tabellen, områdespolygonerna med en kategoris värden för kartan (symboliserade efter kvoten mot kommunen) och valfritt en Excel- eller CSV-fil för samordnare (CSV om inget Excel-bibliotek är installerat). Perioderna är halvöppna: starten ingår, slutet ingår inte. Utan datum är den aktuella perioden datats senaste 12 månader och jämförelseperioden de 12 månaderna före.</translation>
        </message>
        <message>
            <source>The lägesbild table per area and incident category, with category 'alla' for the total: counts in the current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the reference area(s) and against the whole municipality (all areas with a population), the change between the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the municipality's total.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5) and every value derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be worked out from a row or column total. The counts of suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an internal table without suppression.

Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is installed). The periods are half-open: the start is included, the end is not. Without dates the current period is the last 12 months of data and the reference period the 12 months before.

Perceived safety (optional; the workspace's layers when the incidents are the workspace's): the survey indicators per area (latest value with its interval, change since the previous measurement, the Mann–Kendall trend where there are three or more years, the reference area's value) and the citizen dialogue marks per area (count, share that feel unsafe, i.e. feeling 1–2, and the three most frequent reasons; withheld for areas with fewer than MIN_COUNT marks), each as a table of its own.</source>
            <translation type="vanished">Områdessammanställningen för lägesbilden per område och händelsekategori, med kategorin 'alla' för summan: antal i den aktuella perioden och jämförelseperioden, antal per 1 000 invånare och år, kvoten mot referensområdet/-områdena och mot hela kommunen (alla områden med befolkning), förändringen mellan perioderna med ett exakt Poissontest (betingat binomialtest) och dess p-värde, trenden över datats hela kalenderår (Mann–Kendalls tau och p, Sens lutning som förändring per år) och andelen av kommunens summa.

Röjandeskydd: antal från 1 till MIN_COUNT−1 visas som '&lt;5' (för MIN_COUNT 5) och alla värden som räknats fram ur dem undanhålls; sekundär undertryckning döljer ytterligare celler så att ingen dold cell kan räknas fram ur en rad- eller kolumnsumma. Antalen i undertryckta rader lämnas tomma. Loggen anger hur många celler som undertrycktes. Sätt MIN_COUNT till 0 för en intern tabell utan undertryckning.

Utdata: tabellen, områdespolygonerna med en kategoris värden för kartan (symboliserade efter kvoten mot kommunen) och valfritt en Excel- eller CSV-fil för samordnare (CSV om inget Excel-bibliotek är installerat). Perioderna är halvöppna: starten ingår, slutet ingår inte. Utan datum är den aktuella perioden datats senaste 12 månader och jämförelseperioden de 12 månaderna före.

Upplevd trygghet (valfritt; arbetsytans lager när händelserna är arbetsytans): trygghetsmätningens indikatorer per område (senaste värdet med intervall, förändringen sedan föregående mätning, Mann–Kendall-trenden där det finns tre eller fler år, referensområdets värde) och markeringarna från medborgardialog per område (antal, andel som känner sig otrygga, dvs. känsla 1–2, och de tre vanligaste orsakerna; redovisas inte för områden med färre än MIN_COUNT markeringar), var och en som en egen tabell.</translation>
        </message>
        <message>
            <source>The lägesbild table per area and incident category, with category 'alla' for the total: counts in the current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the reference area(s) and against the whole municipality (all areas with a population), the change between the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the municipality's total.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5) and every value derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be worked out from a row or column total; those counts are shown as '..', whatever their size. The counts of suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an internal table without suppression.

Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is installed). The periods are half-open: the start is included, the end is not. Without dates the current period is the last 12 months of data and the reference period the 12 months before.</source>
            <translation type="vanished">Områdessammanställningen för lägesbilden per område och händelsekategori, med kategorin 'alla' för summan: antal i den aktuella perioden och jämförelseperioden, antal per 1 000 invånare och år, kvoten mot referensområdet/-områdena och mot hela kommunen (alla områden med befolkning), förändringen mellan perioderna med ett exakt Poissontest (betingat binomialtest) och dess p-värde, trenden över datats hela kalenderår (Mann–Kendalls tau och p, Sens lutning som förändring per år) och andelen av kommunens summa.

Röjandeskydd: antal från 1 till MIN_COUNT−1 visas som '&lt;5' (för MIN_COUNT 5) och alla värden som räknats fram ur dem undanhålls; sekundär undertryckning döljer ytterligare celler så att ingen dold cell kan räknas fram ur en rad- eller kolumnsumma; de antalen visas som '..', oavsett storlek. Antalen i undertryckta rader lämnas tomma. Loggen anger hur många celler som undertrycktes. Sätt MIN_COUNT till 0 för en intern tabell utan undertryckning.

Utdata: tabellen, områdespolygonerna med en kategoris värden för kartan (symboliserade efter kvoten mot kommunen) och valfritt en Excel- eller CSV-fil för samordnare (CSV om inget Excel-bibliotek är installerat). Perioderna är halvöppna: starten ingår, slutet ingår inte. Utan datum är den aktuella perioden datats senaste 12 månader och jämförelseperioden de 12 månaderna före.</translation>
        </message>
        <message>
            <source>The lägesbild table per area and incident category, with category 'alla' for the total: counts in the current and the reference period, rates per 1,000 inhabitants and year, the rate ratio against the reference area(s) and against the whole municipality (all areas with a population), the change between the periods with an exact Poisson test (conditional binomial) and its p-value, the trend over the full calendar years of the data (Mann–Kendall tau and p, Sen's slope as change per year) and the share of the municipality's total.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5) and every value derived from them is withheld; secondary suppression hides further cells so that no hidden cell can be worked out from a row or column total; those counts are shown as '..', whatever their size. The counts of suppressed rows are left empty. The log says how many cells were suppressed. Set MIN_COUNT to 0 for an internal table without suppression.

Outputs: the table, the area polygons with the values of one category for the map (styled by the ratio against the municipality), and optionally an Excel or CSV file for coordinators (CSV if no Excel writer is installed). The periods are half-open: the start is included, the end is not. Without dates the current period is the last 12 months of data and the reference period the 12 months before.

Perceived safety (optional; the workspace's layers when the incidents are the workspace's): the survey indicators per area (latest value with its interval, change since the previous measurement, the Mann–Kendall trend where there are three or more years, the reference area's value) and the citizen dialogue marks per area (count, share that feel unsafe, i.e. feeling 1–2, and the three most frequent reasons; withheld for areas with fewer than MIN_COUNT marks), each as a table of its own.</source>
            <translation>Områdessammanställningen för lägesbilden per område och händelsekategori, med kategorin 'alla' för summan: antal i den aktuella perioden och jämförelseperioden, antal per 1 000 invånare och år, kvoten mot referensområdet/-områdena och mot hela kommunen (alla områden med befolkning), förändringen mellan perioderna med ett exakt Poissontest (betingat binomialtest) och dess p-värde, trenden över datats hela kalenderår (Mann–Kendalls tau och p, Sens lutning som förändring per år) och andelen av kommunens summa.

Röjandeskydd: antal från 1 till MIN_COUNT−1 visas som '&lt;5' (för MIN_COUNT 5) och alla värden som räknats fram ur dem undanhålls; sekundär undertryckning döljer ytterligare celler så att ingen dold cell kan räknas fram ur en rad- eller kolumnsumma; de antalen visas som '..', oavsett storlek. Antalen i undertryckta rader lämnas tomma. Loggen anger hur många celler som undertrycktes. Sätt MIN_COUNT till 0 för en intern tabell utan undertryckning.

Utdata: tabellen, områdespolygonerna med en kategoris värden för kartan (symboliserade efter kvoten mot kommunen) och valfritt en Excel- eller CSV-fil för samordnare (CSV om inget Excel-bibliotek är installerat). Perioderna är halvöppna: starten ingår, slutet ingår inte. Utan datum är den aktuella perioden datats senaste 12 månader och jämförelseperioden de 12 månaderna före.

Upplevd trygghet (valfritt; arbetsytans lager när händelserna är arbetsytans): trygghetsmätningens indikatorer per område (senaste värdet med intervall, förändringen sedan föregående mätning, Mann–Kendall-trenden där det finns tre eller fler år, referensområdets värde) och markeringarna från medborgardialog per område (antal, andel som känner sig otrygga, dvs. känsla 1–2, och de tre vanligaste orsakerna; redovisas inte för områden med färre än MIN_COUNT markeringar), var och en som en egen tabell.</translation>
        </message>
        <message>
            <source>The map category '{}' is not in the summary; choose one of: {}</source>
            <translation>Kartkategorin '{}' finns inte i sammanställningen; välj en av: {}</translation>
        </message>
        <message>
            <source>The map is scored on the incidents from the as-of time up to this time. Empty: four weeks after the as-of time.</source>
            <translation>Kartan utvärderas på händelserna från kartans tidpunkt fram till denna tid. Tomt: fyra veckor efter kartans tidpunkt.</translation>
        </message>
        <message>
            <source>The map uses only incidents before this time. Empty: just after the latest incident (no scoring).</source>
            <translation>Kartan använder bara händelser före denna tid. Tomt: strax efter den senaste händelsen (ingen utvärdering).</translation>
        </message>
        <message>
            <source>The marks and incidents lie on a line; give a study area.</source>
            <translation>Markeringarna och händelserna ligger på en linje; ange ett studieområde.</translation>
        </message>
        <message>
            <source>The marks file does not exist: {}</source>
            <translation>Filen med markeringar finns inte: {}</translation>
        </message>
        <message>
            <source>The mask layer has no polygons.</source>
            <translation>Masklagret har inga polygoner.</translation>
        </message>
        <message>
            <source>The mask only applies to points; polygons are analysed as they are.</source>
            <translation>Masken gäller bara punkter; polygoner analyseras som de är.</translation>
        </message>
        <message>
            <source>The measure '{}' lies outside every area and has no control; it was left out.</source>
            <translation>Åtgärden '{}' ligger utanför alla områden och har inget kontrollområde; den utelämnades.</translation>
        </message>
        <message>
            <source>The measure '{}' was completed on {} but the incidents end on {}: there is no AFTER period yet; it was left out.</source>
            <translation>Åtgärden '{}' genomfördes {} men händelserna slutar {}: det finns ingen EFTER-period än; den utelämnades.</translation>
        </message>
        <message>
            <source>The measure has no linked features on the map.</source>
            <translation>Åtgärden har inga kopplade objekt på kartan.</translation>
        </message>
        <message>
            <source>The measure is no longer in the register; someone may have removed it. Reload the list of measures.</source>
            <translation>Åtgärden finns inte längre i registret; någon kan ha tagit bort den. Läs in listan med åtgärder på nytt.</translation>
        </message>
        <message>
            <source>The measures layer lacks the fields {}: use the workspace's measures layer.</source>
            <translation>Åtgärdslagret saknar fälten {}: använd arbetsytans åtgärdslager.</translation>
        </message>
        <message>
            <source>The model is a count model (Poisson regression with trend and season), widened for the extra variation counts of incidents usually show.</source>
            <translation>Modellen är en räknemodell (Poissonregression med trend och säsong), vidgad för den extra variation som antal händelser brukar ha.</translation>
        </message>
        <message>
            <source>The model is exponential smoothing with a damped trend and a season (Holt–Winters): recent months weigh most, and the usual ups and downs of the year are kept.</source>
            <translation>Modellen är exponentiell utjämning med dämpad trend och säsong (Holt–Winters): de senaste månaderna väger tyngst, och årets vanliga toppar och dalar behålls.</translation>
        </message>
        <message>
            <source>The model is the seasonal naive forecast: each month as the same month a year earlier.</source>
            <translation>Modellen är en säsongsnaiv prognos: varje månad som samma månad ett år tidigare.</translation>
        </message>
        <message>
            <source>The model is the simplest honest one: the average month of the last year, with a count interval.</source>
            <translation>Modellen är den enklaste ärliga: det senaste årets genomsnittliga månad, med ett intervall för antal.</translation>
        </message>
        <message>
            <source>The model {} could not be read.</source>
            <translation>Modellen {} kunde inte läsas.</translation>
        </message>
        <message>
            <source>The model {} could not be read: {}</source>
            <translation>Modellen {} kunde inte läsas: {}</translation>
        </message>
        <message>
            <source>The model {} needs algorithms that are not available: {}</source>
            <translation>Modellen {} behöver algoritmer som inte finns: {}</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>The municipality's own survey</source>
            <translation>Kommunens egen mätning</translation>
        </message>
        <message>
            <source>The name of the walk, also used for the file names.</source>
            <translation type="vanished">Vandringens namn, används också för filnamnen.</translation>
        </message>
        <message>
            <source>The name of the walk, the title of the project. The file names are made from it in plain ASCII (å, ä → a, ö → o), as QField recommends.</source>
            <translation>Vandringens namn, projektets titel. Filnamnen bildas av det med enbart ASCII-tecken (å, ä → a, ö → o), som QField rekommenderar.</translation>
        </message>
        <message>
            <source>The near-repeat table has values that are not numbers.</source>
            <translation>Tabellen över närliggande upprepningar har värden som inte är tal.</translation>
        </message>
        <message>
            <source>The near-repeat table is empty.</source>
            <translation>Tabellen över närliggande upprepningar är tom.</translation>
        </message>
        <message>
            <source>The near-repeat table lacks the fields {}; use the table of the near-repeat test.</source>
            <translation>Tabellen över närliggande upprepningar saknar fälten {}; använd tabellen från testet av närliggande upprepningar.</translation>
        </message>
        <message>
            <source>The neighbourhood could not be built: {}</source>
            <translation>Grannskapet kunde inte skapas: {}</translation>
        </message>
        <message>
            <source>The new GeoPackage file. It must not exist yet.</source>
            <translation>Den nya GeoPackage-filen. Den får inte redan finnas.</translation>
        </message>
        <message>
            <source>The new GeoPackage file. It must not exist yet. Leave empty when creating the workspace in PostGIS.</source>
            <translation>Den nya GeoPackage-filen. Den får inte redan finnas. Lämna tomt när arbetsytan skapas i PostGIS.</translation>
        </message>
        <message>
            <source>The output layer could not be created.</source>
            <translation>Utdatalagret kunde inte skapas.</translation>
        </message>
        <message>
            <source>The output raster {} could not be created.</source>
            <translation>Utdatarastret {} kunde inte skapas.</translation>
        </message>
        <message>
            <source>The output table could not be created.</source>
            <translation>Utdatatabellen kunde inte skapas.</translation>
        </message>
        <message>
            <source>The path network (stråk) as a line layer, e.g. the workspace's paths.</source>
            <translation>Stråknätet som linjelager, t.ex. arbetsytans stråk.</translation>
        </message>
        <message>
            <source>The paths layer</source>
            <translation>Stråklagret</translation>
        </message>
        <message>
            <source>The paths layer could not be read.</source>
            <translation>Stråklagret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The paths layer has no lines.</source>
            <translation>Stråklagret har inga linjer.</translation>
        </message>
        <message>
            <source>The period containing this date is the last one used. Empty: the last complete period before the latest incident.</source>
            <translation>Perioden som innehåller detta datum är den sista som används. Tomt: den sista hela perioden före den senaste händelsen.</translation>
        </message>
        <message>
            <source>The period end must be after its start.</source>
            <translation>Periodens slut måste komma efter dess början.</translation>
        </message>
        <message>
            <source>The period must start before it ends.</source>
            <translation>Perioden måste börja innan den slutar.</translation>
        </message>
        <message>
            <source>The place id field “{}” has duplicate values.</source>
            <translation>Fältet med plats-id ”{}” har dubbletter.</translation>
        </message>
        <message>
            <source>The places could not be written to the workspace: {}</source>
            <translation>Platserna kunde inte skrivas till arbetsytan: {}</translation>
        </message>
        <message>
            <source>The places layer could not be read.</source>
            <translation>Lagret med platser kunde inte läsas.</translation>
        </message>
        <message>
            <source>The places layer has no field “{}”.</source>
            <translation>Lagret med platser har inget fält ”{}”.</translation>
        </message>
        <message>
            <source>The places layer has no polygons.</source>
            <translation>Lagret med platser har inga polygoner.</translation>
        </message>
        <message>
            <source>The places patrolled, e.g. the workspace's places layer or the output of Hot places for patrols.</source>
            <translation>Platserna som patrulleras, t.ex. arbetsytans lager med platser eller utdata från Hot spots för trygghetsrundor.</translation>
        </message>
        <message>
            <source>The places with their dosage figures, coloured for the follow-up meeting.</source>
            <translation>Platserna med sina dossiffror, färgade för uppföljningsmötet.</translation>
        </message>
        <message>
            <source>The point layer of incidents with a time field. Selections are honoured.</source>
            <translation>Punktlagret med händelser och ett tidsfält. Markeringar respekteras.</translation>
        </message>
        <message>
            <source>The point layer, e.g. the workspace's incidents. Selections are honoured.</source>
            <translation>Punktlagret, t.ex. arbetsytans händelser. Markeringar respekteras.</translation>
        </message>
        <message>
            <source>The police's safety survey</source>
            <translation>Polisens trygghetsmätning</translation>
        </message>
        <message>
            <source>The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the focus areas' key figures, method and sources with the disclosure statement) and four pages per focus area (map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; weekday × hour and month × year charts; emerging hot spot patterns; the development over time: the Mann–Kendall trend over the full calendar years in words and numbers and a yearly index chart against the reference area; the conclusions; the cause analysis: the problems with their triangles, numbered causes and the measures that answer each; the area's measures with status and follow-up colour; the medborgarlöften and their progress; a forecast of the coming twelve months with its interval and back-tested skill; perceived safety from surveys, citizen dialogues and safety walks), and with RISK_MAP a further page with the risk map's top areas for planning the coming weeks' patrols.

The conclusions are the workspace's row for the area whose period shares the most days with the current period (ties: the later period end, then the later edit); a row without a period is used when no dated row overlaps. A problem is shown when its period overlaps the reference and current periods, or it has no period; a problem without an area belongs to the area its point lies in.

Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from 1 to MIN_COUNT−1 print as '&lt;5', counts hidden only so that another cannot be worked out print as '..', and values derived from them as '–'; no map shows single incidents.

The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout Designer and give it as TEMPLATE. The layout is also added to the project's Layout Manager, with its data in the folder &lt;report&gt;_underlag next to the PDF, so it can be adjusted and exported by hand.</source>
            <translation type="vanished">Den tryckta lägesbilden för styrgruppen i ett steg: en PDF med ett omslag (översiktskarta, fokusområdenas nyckeltal, metod och källor med uttalandet om röjandekontroll) och fyra sidor per fokusområde (karta med hot spot-täthet över området och dess stråk, teckenförklaring, skalstock och norrpil; nyckeltal med antal per 1 000 invånare, förändring och om den är säkerställd samt kvoten mot referensområdet; diagram veckodag × timme och månad × år; framväxande hot spots; utvecklingen över tid: Mann–Kendalls trend över hela kalenderår i ord och siffror och ett indexdiagram per år mot referensområdet; slutsatserna; orsaksanalysen: problemen med sina trianglar, numrerade orsaker och de åtgärder som svarar mot var och en; områdets åtgärder med status och uppföljningsfärg; medborgarlöftena och hur långt de har kommit; en prognos för de kommande tolv månaderna med intervall och hur väl den har träffat i efterhand; upplevd trygghet från trygghetsmätningar, medborgardialoger och trygghetsvandringar), och med RISK_MAP ytterligare en sida med riskkartans mest utsatta ytor för att planera de kommande veckornas trygghetsrundor.

Slutsatserna är arbetsytans rad för området vars period har flest dagar gemensamt med den aktuella perioden (vid lika: det senare periodslutet, sedan den senaste ändringen); en rad utan period används när ingen daterad rad överlappar. Ett problem visas när dess period överlappar jämförelseperioden och den aktuella perioden, eller när det saknar period; ett problem utan område hör till det område där dess punkt ligger.

Ange en arbetsyta eller lagren ett och ett. Resultat från tidigare steg (täthet, Gi*, områdessammanställning, diagrammapp, framväxande hot spots) används när de anges och beräknas annars. Röjandekontroll: antal från 1 till MIN_COUNT−1 skrivs som '&lt;5', antal som döljs bara för att ett annat inte ska kunna räknas fram skrivs som '..' och värden som bygger på dem som '–'; ingen karta visar enskilda händelser.

Mallen är en vanlig QGIS-layout (resources/layouts/lagesbild.qpt): ändra utseendet i layoutfönstret och ange den som TEMPLATE. Layouten läggs också till i projektets layouthanterare, med underlaget i mappen &lt;rapport&gt;_underlag bredvid PDF-filen, så att den kan justeras och skrivas ut för hand.</translation>
        </message>
        <message>
            <source>The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the focus areas' key figures, method and sources with the disclosure statement) and three pages per focus area (map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; weekday × hour and month × year charts; emerging hot spot patterns; the area's measures with status and follow-up colour; the medborgarlöften and their progress; a forecast of the coming twelve months with its interval and back-tested skill; perceived safety from surveys, citizen dialogues and safety walks), and with RISK_MAP a fourth page with the risk map's top areas for planning the coming weeks' patrols.

Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from 1 to MIN_COUNT−1 print as '&lt;5' and values derived from them as '–'; no map shows single incidents.

The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout Designer and give it as TEMPLATE. The layout is also added to the project's Layout Manager, with its data in the folder &lt;report&gt;_underlag next to the PDF, so it can be adjusted and exported by hand.</source>
            <translation type="vanished">Den tryckta lägesbilden för styrgruppen i ett steg: en PDF med ett omslag (översiktskarta, fokusområdenas nyckeltal, metod och källor med uttalandet om röjandekontroll) och tre sidor per fokusområde (karta med hot spot-täthet över området och dess stråk, teckenförklaring, skalstock och norrpil; nyckeltal med antal per 1 000 invånare, förändring och om den är säkerställd samt kvoten mot referensområdet; diagram veckodag × timme och månad × år; framväxande hot spots; områdets åtgärder med status och uppföljningsfärg; medborgarlöftena och hur långt de har kommit; en prognos för de kommande tolv månaderna med intervall och hur väl den har träffat i efterhand; upplevd trygghet från trygghetsmätningar, medborgardialoger och trygghetsvandringar), och med RISK_MAP en fjärde sida med riskkartans mest utsatta ytor för att planera de kommande veckornas trygghetsrundor.

Ange en arbetsyta eller lagren ett och ett. Resultat från tidigare steg (täthet, Gi*, områdessammanställning, diagrammapp, framväxande hot spots) används när de anges och beräknas annars. Röjandekontroll: antal från 1 till MIN_COUNT−1 skrivs som '&lt;5' och värden som bygger på dem som '–'; ingen karta visar enskilda händelser.

Mallen är en vanlig QGIS-layout (resources/layouts/lagesbild.qpt): ändra utseendet i layoutfönstret och ange den som TEMPLATE. Layouten läggs också till i projektets layouthanterare, med underlaget i mappen &lt;rapport&gt;_underlag bredvid PDF-filen, så att den kan justeras och skrivas ut för hand.</translation>
        </message>
        <message>
            <source>The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the focus areas' key figures, method and sources with the disclosure statement) and three pages per focus area (map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; weekday × hour and month × year charts; emerging hot spot patterns; the development over time: the Mann–Kendall trend over the full calendar years in words and numbers and a yearly index chart against the reference area; the conclusions; the cause analysis: the problems with their triangles, numbered causes and the measures that answer each; the area's measures with status and follow-up colour; the medborgarlöften and their progress).

The conclusions are the workspace's row for the area whose period shares the most days with the current period (ties: the later period end, then the later edit); a row without a period is used when no dated row overlaps. A problem is shown when its period overlaps the reference and current periods, or it has no period; a problem without an area belongs to the area its point lies in.

Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from 1 to MIN_COUNT−1 print as '&lt;5', counts hidden only so that another cannot be worked out print as '..', and values derived from them as '–'; no map shows single incidents.

The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout Designer and give it as TEMPLATE. The layout is also added to the project's Layout Manager, with its data in the folder &lt;report&gt;_underlag next to the PDF, so it can be adjusted and exported by hand.</source>
            <translation type="vanished">Den tryckta lägesbilden för styrgruppen i ett steg: en PDF med ett omslag (översiktskarta, fokusområdenas nyckeltal, metod och källor med uttalandet om röjandekontroll) och tre sidor per fokusområde (karta med hot spot-täthet över området och dess stråk, teckenförklaring, skalstock och norrpil; nyckeltal med antal per 1 000 invånare, förändring och om den är säkerställd samt kvoten mot referensområdet; diagram veckodag × timme och månad × år; framväxande hot spots; utvecklingen över tid: Mann–Kendalls trend över hela kalenderår i ord och siffror och ett indexdiagram per år mot referensområdet; slutsatserna; orsaksanalysen: problemen med sina trianglar, numrerade orsaker och de åtgärder som svarar mot var och en; områdets åtgärder med status och uppföljningsfärg; medborgarlöftena och hur långt de har kommit).

Slutsatserna är arbetsytans rad för området vars period har flest dagar gemensamt med den aktuella perioden (vid lika: det senare periodslutet, sedan den senaste ändringen); en rad utan period används när ingen daterad rad överlappar. Ett problem visas när dess period överlappar jämförelseperioden och den aktuella perioden, eller när det saknar period; ett problem utan område hör till det område där dess punkt ligger.

Ange en arbetsyta eller lagren ett och ett. Resultat från tidigare steg (täthet, Gi*, områdessammanställning, diagrammapp, framväxande hot spots) används när de anges och beräknas annars. Röjandekontroll: antal från 1 till MIN_COUNT−1 skrivs som '&lt;5', antal som döljs bara för att ett annat inte ska kunna räknas fram skrivs som '..' och värden som bygger på dem som '–'; ingen karta visar enskilda händelser.

Mallen är en vanlig QGIS-layout (resources/layouts/lagesbild.qpt): ändra utseendet i layoutfönstret och ange den som TEMPLATE. Layouten läggs också till i projektets layouthanterare, med underlaget i mappen &lt;rapport&gt;_underlag bredvid PDF-filen, så att den kan justeras och skrivas ut för hand.</translation>
        </message>
        <message>
            <source>The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the focus areas' key figures, method and sources with the disclosure statement) and three pages per focus area, four when its analysis needs a second page (map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; weekday × hour and month × year charts; emerging hot spot patterns; the development over time: the Mann–Kendall trend over the full calendar years in words and numbers and a yearly index chart against the reference area; the conclusions; the cause analysis: the problems with their triangles, numbered causes and the measures that answer each; the area's measures with status and follow-up colour; the medborgarlöften and their progress; a forecast of the coming twelve months with its interval and back-tested skill; perceived safety from surveys, citizen dialogues and safety walks), and with RISK_MAP a further page with the risk map's top areas for planning the coming weeks' patrols.

The conclusions are the workspace's row for the area whose period shares the most days with the current period (ties: the later period end, then the later edit); a row without a period is used when no dated row overlaps. A problem is shown when its period overlaps the reference and current periods, or it has no period; a problem without an area belongs to the area its point lies in.

Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from 1 to MIN_COUNT−1 print as '&lt;5', counts hidden only so that another cannot be worked out print as '..', and values derived from them as '–'; no map shows single incidents.

The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout Designer and give it as TEMPLATE. From the conclusions on, the blocks follow one another down two columns and are placed by the export for each area, so that no page is left half empty: their places in the template are not used. The layout is also added to the project's Layout Manager, with its data in the folder &lt;report&gt;_underlag next to the PDF, so it can be adjusted and exported by hand.</source>
            <translation>Den tryckta lägesbilden för styrgruppen i ett steg: en PDF med ett omslag (översiktskarta, fokusområdenas nyckeltal, metod och källor med uttalandet om röjandekontroll) och tre sidor per fokusområde, fyra när analysen behöver en sida till (karta med hot spot-täthet över området och dess stråk, teckenförklaring, skalstock och norrpil; nyckeltal med antal per 1 000 invånare, förändring och om den är säkerställd samt kvoten mot referensområdet; diagram veckodag × timme och månad × år; framväxande hot spots; utvecklingen över tid: Mann–Kendalls trend över hela kalenderår i ord och siffror och ett indexdiagram per år mot referensområdet; slutsatserna; orsaksanalysen: problemen med sina trianglar, numrerade orsaker och de åtgärder som svarar mot var och en; områdets åtgärder med status och uppföljningsfärg; medborgarlöftena och hur långt de har kommit; en prognos för de kommande tolv månaderna med intervall och hur väl den har träffat i efterhand; upplevd trygghet från trygghetsmätningar, medborgardialoger och trygghetsvandringar), och med RISK_MAP ytterligare en sida med riskkartans mest utsatta ytor för att planera de kommande veckornas trygghetsrundor.

Slutsatserna är arbetsytans rad för området vars period har flest dagar gemensamt med den aktuella perioden (vid lika: det senare periodslutet, sedan den senaste ändringen); en rad utan period används när ingen daterad rad överlappar. Ett problem visas när dess period överlappar jämförelseperioden och den aktuella perioden, eller när det saknar period; ett problem utan område hör till det område där dess punkt ligger.

Ange en arbetsyta eller lagren ett och ett. Resultat från tidigare steg (täthet, Gi*, områdessammanställning, diagrammapp, framväxande hot spots) används när de anges och beräknas annars. Röjandekontroll: antal från 1 till MIN_COUNT−1 skrivs som '&lt;5', antal som döljs bara för att ett annat inte ska kunna räknas fram skrivs som '..' och värden som bygger på dem som '–'; ingen karta visar enskilda händelser.

Mallen är en vanlig QGIS-layout (resources/layouts/lagesbild.qpt): ändra utseendet i layoutfönstret och ange den som TEMPLATE. Från slutsatserna och framåt följer blocken efter varandra nedför två spalter och placeras av exporten för varje område, så att ingen sida blir halvtom: deras platser i mallen används inte. Layouten läggs också till i projektets layouthanterare, med underlaget i mappen &lt;rapport&gt;_underlag bredvid PDF-filen, så att den kan justeras och skrivas ut för hand.</translation>
        </message>
        <message>
            <source>The printed lägesbild for the steering group, in one step: a PDF with a cover page (overview map, the focus areas' key figures, method and sources with the disclosure statement) and two pages per focus area (map with hot-spot density over the area and its paths, legend, scale bar and north arrow; key figures with rates per 1,000 inhabitants, change and its significance and the ratio to the reference area; weekday × hour and month × year charts; emerging hot spot patterns; the area's measures with status and follow-up colour; the medborgarlöften and their progress).

Give a workspace, or the layers one by one. Outputs of earlier steps (density, Gi*, area summary, chart folder, emerging hot spots) are used when given and computed otherwise. Disclosure control: counts from 1 to MIN_COUNT−1 print as '&lt;5' and values derived from them as '–'; no map shows single incidents.

The template is an ordinary QGIS layout (resources/layouts/lagesbild.qpt): restyle it in the Layout Designer and give it as TEMPLATE. The layout is also added to the project's Layout Manager, with its data in the folder &lt;report&gt;_underlag next to the PDF, so it can be adjusted and exported by hand.</source>
            <translation type="vanished">Den tryckta lägesbilden för styrgruppen i ett steg: en PDF med ett omslag (översiktskarta, fokusområdenas nyckeltal, metod och källor med uttalandet om röjandekontroll) och två sidor per fokusområde (karta med hot spot-täthet över området och dess stråk, teckenförklaring, skalstock och norrpil; nyckeltal med antal per 1 000 invånare, förändring och om den är säkerställd samt kvoten mot referensområdet; diagram veckodag × timme och månad × år; framväxande hot spots; områdets åtgärder med status och uppföljningsfärg; medborgarlöftena och hur långt de har kommit).

Ange en arbetsyta eller lagren ett och ett. Resultat från tidigare steg (täthet, Gi*, områdessammanställning, diagrammapp, framväxande hot spots) används när de anges och beräknas annars. Röjandekontroll: antal från 1 till MIN_COUNT−1 skrivs som '&lt;5' och värden som bygger på dem som '–'; ingen karta visar enskilda händelser.

Mallen är en vanlig QGIS-layout (resources/layouts/lagesbild.qpt): ändra utseendet i layoutfönstret och ange den som TEMPLATE. Layouten läggs också till i projektets layouthanterare, med underlaget i mappen &lt;rapport&gt;_underlag bredvid PDF-filen, så att den kan justeras och skrivas ut för hand.</translation>
        </message>
        <message>
            <source>The probability the forecast interval is meant to cover: 80 % or 95 %.</source>
            <translation>Sannolikheten att prognosintervallet ska täcka utfallet: 80 % eller 95 %.</translation>
        </message>
        <message>
            <source>The probability the interval is meant to cover: 80 % or 95 %.</source>
            <translation>Sannolikheten som intervallet ska täcka: 80 % eller 95 %.</translation>
        </message>
        <message>
            <source>The problem and its causes are saved.</source>
            <translation>Problemet och dess orsaker är sparade.</translation>
        </message>
        <message>
            <source>The project could not be written: {}</source>
            <translation>Projektet kunde inte skrivas: {}</translation>
        </message>
        <message>
            <source>The project has no Trygghet measures layer. Open a workspace with the button above.</source>
            <translation>Projektet har inget åtgärdslager från Trygghet. Öppna en arbetsyta med knappen ovan.</translation>
        </message>
        <message>
            <source>The raster would be {cols} × {rows} cells and need about {need} of memory, more than the limit of {limit}. Use a larger pixel size or a smaller layer extent.</source>
            <translation>Rastret skulle bli {cols} × {rows} celler och behöva omkring {need} minne, mer än gränsen {limit}. Använd en större pixelstorlek eller ett lager med mindre utbredning.</translation>
        </message>
        <message>
            <source>The raster would be {cols} × {rows} cells and need about {need} of memory, more than the limit of {limit}; the raster alone takes {raster}. Use a larger pixel size or a smaller layer extent.</source>
            <translation>Rastret skulle bli {cols} × {rows} celler och behöva ungefär {need} minne, mer än gränsen {limit}; rastret ensamt tar {raster}. Välj en större pixelstorlek eller en mindre utbredning för lagret.</translation>
        </message>
        <message>
            <source>The reference period must start before it ends.</source>
            <translation>Jämförelseperioden måste börja innan den slutar.</translation>
        </message>
        <message>
            <source>The reference period overlaps the current period.</source>
            <translation>Jämförelseperioden överlappar den aktuella perioden.</translation>
        </message>
        <message>
            <source>The register has no field {field}.</source>
            <translation>Registret har inget fält som heter {field}.</translation>
        </message>
        <message>
            <source>The register reported an unexpected error: {detail}</source>
            <translation>Registret rapporterade ett oväntat fel: {detail}</translation>
        </message>
        <message>
            <source>The report data could not be written: {}</source>
            <translation>Rapportunderlaget kunde inte skrivas: {}</translation>
        </message>
        <message>
            <source>The report data {} could not be read back.</source>
            <translation>Rapportunderlaget {} kunde inte läsas in igen.</translation>
        </message>
        <message>
            <source>The report template has no items for the forecast and perceived safety (e.g. '{}'); these sections are left out.</source>
            <translation>Rapportmallen saknar objekt för prognos och upplevd trygghet (t.ex. '{}'); de avsnitten utelämnas.</translation>
        </message>
        <message>
            <source>The report template has no patrol planning page (item '{}'); it is left out.</source>
            <translation>Rapportmallen saknar sidan för patrullplanering (objektet '{}'); den utelämnas.</translation>
        </message>
        <message>
            <source>The report template lacks the item '{id}' ({what}). Add it in the Layout Designer (Item Properties → Id) or use the shipped template.</source>
            <translation>Rapportmallen saknar elementet '{id}' ({what}). Lägg till det i layoutfönstret (Elementegenskaper → Id) eller använd den medföljande mallen.</translation>
        </message>
        <message>
            <source>The report template needs a cover page and at least one page for the areas.</source>
            <translation>Rapportmallen behöver ett omslag och minst en sida för områdena.</translation>
        </message>
        <message>
            <source>The report template {} could not be read.</source>
            <translation>Rapportmallen {} kunde inte läsas.</translation>
        </message>
        <message>
            <source>The report template {} does not exist.</source>
            <translation>Rapportmallen {} finns inte.</translation>
        </message>
        <message>
            <source>The report template {} is not a QGIS layout template (.qpt).</source>
            <translation>Rapportmallen {} är inte en QGIS-layoutmall (.qpt).</translation>
        </message>
        <message>
            <source>The report template's item '{id}' must be {kind}.</source>
            <translation>Rapportmallens element '{id}' måste vara {kind}.</translation>
        </message>
        <message>
            <source>The report template's scale bar '{}' is not linked to a map.</source>
            <translation>Rapportmallens skalstock '{}' är inte kopplad till någon karta.</translation>
        </message>
        <message>
            <source>The report was not written, because its maps would be incomplete: {}.</source>
            <translation>Rapporten skrevs inte, eftersom dess kartor skulle bli ofullständiga: {}.</translation>
        </message>
        <message>
            <source>The risk map weighs the incidents of the {days} days before {as_of} by how near they are in space and time (prospective hot-spotting), and points out where new incidents are most likely in the coming weeks. The map shows the 1, 5 and 10 % of the whole study area with the highest risk; the table shows how much of {area} they cover and how many of the area's incidents of those {days} days happened there. Use the top 5 % when choosing the places for the coming weeks' patrols.</source>
            <translation>Riskkartan väger händelserna under de {days} dagarna före {as_of} efter hur nära de ligger i tid och rum (prospektiv hot spot-analys) och pekar ut var nya händelser är mest sannolika de kommande veckorna. Kartan visar de 1, 5 och 10 % av hela studieområdet som har högst risk; tabellen visar hur stor del av {area} de täcker och hur många av områdets händelser under de {days} dagarna som inträffade där. Utgå från de översta 5 % när platserna för de kommande veckornas trygghetsrundor väljs.</translation>
        </message>
        <message>
            <source>The risk map's top areas could not be read.</source>
            <translation>Riskkartans mest utsatta ytor kunde inte läsas.</translation>
        </message>
        <message>
            <source>The safety index of each segment, 0 (unsafe) to 100 (safe). Empty values count as 50.</source>
            <translation>Varje delsträckas trygghetsindex, 0 (otryggt) till 100 (tryggt). Tomma värden räknas som 50.</translation>
        </message>
        <message>
            <source>The same seed always gives the same demo data.</source>
            <translation>Samma slumpfrö ger alltid samma demodata.</translation>
        </message>
        <message>
            <source>The same seed gives the same permutation results.</source>
            <translation>Samma frövärde ger samma permutationsresultat.</translation>
        </message>
        <message>
            <source>The same seed gives the same result.</source>
            <translation>Samma frövärde ger samma resultat.</translation>
        </message>
        <message>
            <source>The schema name cannot be used: use lower-case letters a–z, digits and _ only, starting with a letter.</source>
            <translation>Schemanamnet kan inte användas: använd bara små bokstäver a–z, siffror och _, och börja med en bokstav.</translation>
        </message>
        <message>
            <source>The schema name {} cannot be used: use lower-case letters a–z, digits and _ only, starting with a letter.</source>
            <translation>Schemanamnet {} kan inte användas: använd bara små bokstäver a–z, siffror och _, och börja med en bokstav.</translation>
        </message>
        <message>
            <source>The schema {} already holds a Trygghet workspace. Trygghet never overwrites a workspace, because it holds the register of measures.</source>
            <translation>Schemat {} innehåller redan en arbetsyta för Trygghet. Trygghet skriver aldrig över en arbetsyta, eftersom den innehåller åtgärdsregistret.</translation>
        </message>
        <message>
            <source>The second point layer has no field “{}”; all its points are used, whatever the time window.</source>
            <translation>Det andra punktlagret har inget fält ”{}”; alla dess punkter används, oavsett tidsfönster.</translation>
        </message>
        <message>
            <source>The second variable has the same value in every cell or polygon; there is nothing to compare.</source>
            <translation>Den andra variabeln har samma värde i varje ruta eller polygon; det finns inget att jämföra.</translation>
        </message>
        <message>
            <source>The segments could not be scored: {}</source>
            <translation>Delsträckorna kunde inte bedömas: {}</translation>
        </message>
        <message>
            <source>The segments layer</source>
            <translation>Lagret med delsträckor</translation>
        </message>
        <message>
            <source>The segments layer could not be read.</source>
            <translation>Lagret med delsträckor kunde inte läsas.</translation>
        </message>
        <message>
            <source>The segments layer has no lines.</source>
            <translation>Lagret med delsträckor har inga linjer.</translation>
        </message>
        <message>
            <source>The segments with their measures, index 0–100 and worst factor.</source>
            <translation>Delsträckorna med sina mått, index 0–100 och den faktor som drar ned mest.</translation>
        </message>
        <message>
            <source>The series is too short to test the forecast afterwards; read it with caution.</source>
            <translation>Serien är för kort för att pröva prognosen i efterhand; läs den med försiktighet.</translation>
        </message>
        <message>
            <source>The situation picture as a PDF: a cover page and three pages per focus area.</source>
            <translation>Lägesbilden som PDF: försättsblad och tre sidor per fokusområde.</translation>
        </message>
        <message>
            <source>The situation picture as a PDF: a cover page and two pages per focus area.</source>
            <translation type="vanished">Lägesbilden som PDF: försättsblad och två sidor per fokusområde.</translation>
        </message>
        <message>
            <source>The source stored for rows without a source column value, e.g. 'polis' or 'kommun'.</source>
            <translation>Källan som sparas för rader utan värde i källkolumnen, t.ex. 'polis' eller 'kommun'.</translation>
        </message>
        <message>
            <source>The source stored for rows without a source column value.</source>
            <translation>Den källa som lagras för rader utan värde i källkolumnen.</translation>
        </message>
        <message>
            <source>The space-time cube would have {n} bins, more than the limit of {m}. Choose a larger cell size or a longer time step.</source>
            <translation>Rum-tid-kuben skulle få {n} fält, fler än gränsen {m}. Välj större rutstorlek eller längre tidssteg.</translation>
        </message>
        <message>
            <source>The statistic could not be computed: {}</source>
            <translation>Statistiken kunde inte beräknas: {}</translation>
        </message>
        <message>
            <source>The status {status} needs a reason: fill in {field}.</source>
            <translation>Statusen {status} kräver en motivering: fyll i {field}.</translation>
        </message>
        <message>
            <source>The study area (mask) layer has no polygons.</source>
            <translation>Studieområdets (maskens) lager har inga polygoner.</translation>
        </message>
        <message>
            <source>The study area the grid covers (without areas). Empty: the workspace's areas, otherwise the convex hull of the marks and incidents.</source>
            <translation>Studieområdet som rutnätet täcker (utan områden). Tomt: arbetsytans områden, annars markeringarnas och händelsernas konvexa hölje.</translation>
        </message>
        <message>
            <source>The summary could not be computed: {}</source>
            <translation>Sammanställningen kunde inte beräknas: {}</translation>
        </message>
        <message>
            <source>The survey file does not exist: {}</source>
            <translation>Filen med trygghetsmätningen finns inte: {}</translation>
        </message>
        <message>
            <source>The survey results could not be read.</source>
            <translation>Resultaten från trygghetsmätningen kunde inte läsas.</translation>
        </message>
        <message>
            <source>The survey results lack the fields: {}</source>
            <translation>Resultaten från trygghetsmätningen saknar fälten: {}</translation>
        </message>
        <message>
            <source>The table of trygghet:areasummary for the same periods. Empty: computed.</source>
            <translation>Tabellen från trygghet:areasummary för samma perioder. Tom: beräknas.</translation>
        </message>
        <message>
            <source>The test could not be computed: {}</source>
            <translation>Testet kunde inte beräknas: {}</translation>
        </message>
        <message>
            <source>The time window covers {:.2f} years.</source>
            <translation type="vanished">Tidsfönstret omfattar {:.2f} år.</translation>
        </message>
        <message>
            <source>The time window covers {} years.</source>
            <translation>Tidsfönstret omfattar {} år.</translation>
        </message>
        <message>
            <source>The time window is applied in the database's query.</source>
            <translation>Tidsfönstret tillämpas i databasens fråga.</translation>
        </message>
        <message>
            <source>The time window is empty, so no rate per year can be computed.</source>
            <translation>Tidsfönstret är tomt, så ingen takt per år kan beräknas.</translation>
        </message>
        <message>
            <source>The value of {field} is not one of the allowed choices.</source>
            <translation>Värdet i {field} är inte ett av de tillåtna valen.</translation>
        </message>
        <message>
            <source>The value of {field} is not valid ({code}).</source>
            <translation type="vanished">Värdet i {field} är inte giltigt ({code}).</translation>
        </message>
        <message>
            <source>The value of {field} is not valid.</source>
            <translation>Värdet i {field} är inte giltigt.</translation>
        </message>
        <message>
            <source>The visits could not be evaluated: {}</source>
            <translation>Besöken kunde inte utvärderas: {}</translation>
        </message>
        <message>
            <source>The visits layer could not be read.</source>
            <translation>Lagret med besök kunde inte läsas.</translation>
        </message>
        <message>
            <source>The visits layer has no field “{}”.</source>
            <translation>Lagret med besök har inget fält ”{}”.</translation>
        </message>
        <message>
            <source>The walk '{}' has no findings (give its uuid, or its name together with the walks table).</source>
            <translation>Vandringen '{}' har inga iakttagelser (ange dess uuid, eller dess namn tillsammans med tabellen över vandringar).</translation>
        </message>
        <message>
            <source>The walk area could not be read.</source>
            <translation>Vandringens område kunde inte läsas.</translation>
        </message>
        <message>
            <source>The walk area has no polygon.</source>
            <translation>Vandringens område har ingen polygon.</translation>
        </message>
        <message>
            <source>The walk package could not be written.</source>
            <translation>Vandringspaketet kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The walks table (uuid, name), so WALK_A and WALK_B may be given by name.</source>
            <translation>Tabellen över vandringar (uuid, name), så att WALK_A och WALK_B kan anges med namn.</translation>
        </message>
        <message>
            <source>The whole situation picture in one step from a Trygghet workspace (GeoPackage): a density map (kernel density, incidents per km² and year) and hot spots (Gi*) for the current period, an area summary compared with the reference period and reference areas, temporal patterns (weekday × hour, month × year) from the start of the reference period to the end of the current one, and finally the situation picture as a PDF: a cover page and three pages per focus area. An optional step forecasts the incidents per area and month for the coming twelve months (Forecast per area).

Periods run from their start up to (but not including) their end, e.g. 2025-11-01 to 2026-11-01. Counts below k are shown as '&lt;k' in tables and charts. The intermediate results are temporary; run the group's algorithms one by one to keep them.</source>
            <translation>Hela lägesbilden i ett steg från en Trygghet-arbetsyta (GeoPackage): täthetskarta (kernel density, händelser per km² och år) och heta punkter (Gi*) för den aktuella perioden, områdessammanställning med jämförelse mot jämförelseperiod och jämförelseområden, tidsmönster (veckodag × timme, månad × år) från jämförelseperiodens början till den aktuella periodens slut, och till sist lägesbilden som PDF: ett försättsblad och tre sidor per fokusområde. Ett valfritt steg gör en prognos av händelserna per område och månad för de kommande tolv månaderna (Prognos per område).

Perioderna räknas från och med början till (men inte med) slutet, t.ex. 2025-11-01 till 2026-11-01. Antal under k visas som '&lt;k' i tabeller och diagram. Mellanresultaten är tillfälliga; kör algoritmerna i gruppen var för sig för att spara dem.</translation>
        </message>
        <message>
            <source>The whole situation picture in one step from a Trygghet workspace (GeoPackage): a density map (kernel density, incidents per km² and year) and hot spots (Gi*) for the current period, an area summary compared with the reference period and reference areas, temporal patterns (weekday × hour, month × year) from the start of the reference period to the end of the current one, and finally the situation picture as a PDF: a cover page and two pages per focus area.

Periods run from their start up to (but not including) their end, e.g. 2025-11-01 to 2026-11-01. Counts below k are shown as '&lt;k' in tables and charts. The intermediate results are temporary; run the group's algorithms one by one to keep them.</source>
            <translation type="vanished">Hela lägesbilden i ett steg från en Trygghet-arbetsyta (GeoPackage): täthetskarta (kernel density, händelser per km² och år) och heta punkter (Gi*) för den aktuella perioden, områdessammanställning med jämförelse mot jämförelseperiod och jämförelseområden, tidsmönster (veckodag × timme, månad × år) från jämförelseperiodens början till den aktuella periodens slut, och till sist lägesbilden som PDF: ett försättsblad och två sidor per fokusområde.

Perioderna räknas från och med början till (men inte med) slutet, t.ex. 2025-11-01 till 2026-11-01. Antal under k visas som '&lt;k' i tabeller och diagram. Mellanresultaten är tillfälliga; kör algoritmerna i gruppen var för sig för att spara dem.</translation>
        </message>
        <message>
            <source>The workspace could not be created in PostGIS: {}</source>
            <translation>Arbetsytan kunde inte skapas i PostGIS: {}</translation>
        </message>
        <message>
            <source>The workspace could not start a safe save. Check that the file or the database can be reached and written to ({detail}).</source>
            <translation>Arbetsytan kunde inte börja spara säkert. Kontrollera att filen eller databasen går att nå och skriva till ({detail}).</translation>
        </message>
        <message>
            <source>The workspace does not exist: {}</source>
            <translation>Arbetsytan finns inte: {}</translation>
        </message>
        <message>
            <source>The workspace has no areas, so positions are not checked against the municipality's extent.</source>
            <translation>Arbetsytan har inga områden, så positionerna kontrolleras inte mot kommunens utbredning.</translation>
        </message>
        <message>
            <source>The workspace has no areas; survey results are stored per area. Add the areas first.</source>
            <translation>Arbetsytan har inga områden; resultat från trygghetsmätningar lagras per område. Lägg till områdena först.</translation>
        </message>
        <message>
            <source>The workspace has no citizen dialogue marks, so the area maps do not show perceived safety and crime.</source>
            <translation>Arbetsytan har inga markeringar från medborgardialoger, så områdeskartorna visar inte upplevd otrygghet och brott.</translation>
        </message>
        <message>
            <source>The workspace has no focus areas.</source>
            <translation>Arbetsytan har inga fokusområden.</translation>
        </message>
        <message>
            <source>The workspace is busy: someone else is saving right now. Nothing was saved; try again in a moment.</source>
            <translation>Arbetsytan är upptagen: någon annan sparar just nu. Ingenting sparades; försök igen om en stund.</translation>
        </message>
        <message>
            <source>The workspace needs a projected CRS in metres, not {}.</source>
            <translation>Arbetsytan behöver ett projicerat koordinatsystem i meter, inte {}.</translation>
        </message>
        <message>
            <source>The workspace was upgraded to the current schema first.</source>
            <translation>Arbetsytan uppgraderades först till det aktuella schemat.</translation>
        </message>
        <message>
            <source>The workspace {} already existed. Its access rules and audit log were brought up to date; no stored row was changed.</source>
            <translation>Arbetsytan {} fanns redan. Dess behörighetsregler och ändringslogg har uppdaterats; ingen sparad rad ändrades.</translation>
        </message>
        <message>
            <source>The workspace {} does not exist.</source>
            <translation>Arbetsytan {} finns inte.</translation>
        </message>
        <message>
            <source>The workspace's areas are: {}.</source>
            <translation>Arbetsytans områden är: {}.</translation>
        </message>
        <message>
            <source>The workspace's layer “{}” is used.</source>
            <translation>Arbetsytans lager ”{}” används.</translation>
        </message>
        <message>
            <source>The workspace's measures layer. Only measures with status genomförd and a done date are evaluated.</source>
            <translation>Arbetsytans åtgärdslager. Bara åtgärder med status genomförd och ett genomförandedatum utvärderas.</translation>
        </message>
        <message>
            <source>The yearly counts {first}–{last} are too small to publish (below {k}); no trend is shown.</source>
            <translation>Antalen per år {first}–{last} är för små för att redovisas (under {k}); ingen trend visas.</translation>
        </message>
        <message>
            <source>The {n} points would need about {need} of memory, more than the limit of {limit}; the points take {points} of it. Use a filter expression or a time window to map fewer points, or split the layer.</source>
            <translation>De {n} punkterna skulle behöva ungefär {need} minne, mer än gränsen {limit}; punkterna tar {points} av det. Använd ett filteruttryck eller ett tidsfönster så att färre punkter karteras, eller dela upp lagret.</translation>
        </message>
        <message>
            <source>The {what} are the same in every cell, so nothing can be compared: every cell is shown as no pattern or too few to judge.</source>
            <translation>Antalet {what} är detsamma i varje ruta, så inget kan jämföras: varje ruta visas som inget mönster eller för få för att bedöma.</translation>
        </message>
        <message>
            <source>Theft/burglary</source>
            <translation>Stöld/inbrott</translation>
        </message>
        <message>
            <source>There are no completed measures (status genomförd with a done date) to evaluate.</source>
            <translation>Det finns inga genomförda åtgärder (status genomförd med ett genomförandedatum) att utvärdera.</translation>
        </message>
        <message>
            <source>There are no unsafe dialogue marks in the cells, so fear and crime cannot be compared: every cell is shown as no pattern or too few to judge.</source>
            <translation>Det finns inga otrygga dialogmarkeringar i rutorna, så otrygghet och brott kan inte jämföras: varje ruta visas som inget mönster eller för få för att bedöma.</translation>
        </message>
        <message>
            <source>There are no visits with a time, so the period cannot be chosen; give a start and end.</source>
            <translation>Det finns inga besök med tid, så perioden kan inte väljas; ange start och slut.</translation>
        </message>
        <message>
            <source>There are too few marks and incidents to draw a study area around; give a study area.</source>
            <translation>Det finns för få markeringar och händelser att dra ett studieområde runt; ange ett studieområde.</translation>
        </message>
        <message>
            <source>There is no PostgreSQL connection named {}.</source>
            <translation>Det finns ingen PostgreSQL-anslutning med namnet {}.</translation>
        </message>
        <message>
            <source>These areas are not in the areas layer: {}</source>
            <translation>Dessa områden finns inte i områdeslagret: {}</translation>
        </message>
        <message>
            <source>These measures answer its causes: {titles}. Delete the problem and their links to it? The measures stay.</source>
            <translation>Dessa åtgärder svarar mot dess orsaker: {titles}. Ta bort problemet och åtgärdernas kopplingar till det? Åtgärderna finns kvar.</translation>
        </message>
        <message>
            <source>These measures answer the cause: {titles}. Delete the cause and their links to it? The measures stay.</source>
            <translation>Dessa åtgärder svarar mot orsaken: {titles}. Ta bort orsaken och åtgärdernas kopplingar till den? Åtgärderna finns kvar.</translation>
        </message>
        <message>
            <source>These reference areas are not in the areas layer: {}</source>
            <translation>Dessa referensområden finns inte i områdeslagret: {}</translation>
        </message>
        <message>
            <source>This is not a Trygghet workspace with a register of measures, or it is damaged ({detail}).</source>
            <translation>Det här är inte en arbetsyta för Trygghet med ett åtgärdsregister, eller så är den skadad ({detail}).</translation>
        </message>
        <message>
            <source>This shared workspace still has the access rules of an older version of Trygghet: the log of changes is not yet kept by the database. Ask the database administrator to run Create workspace again on the same connection and schema; it brings the rules up to date without changing any measure.</source>
            <translation>Den här delade arbetsytan har fortfarande behörighetsreglerna från en äldre version av Trygghet: ändringsloggen förs ännu inte av databasen. Be databasadministratören köra Skapa arbetsyta igen med samma anslutning och schema; då uppdateras reglerna utan att någon åtgärd ändras.</translation>
        </message>
        <message>
            <source>This shared workspace was made by an older version of Trygghet and has no cause analysis yet. Ask the database administrator to run Create workspace again on the same connection and schema; it adds the new tables without changing any measure.</source>
            <translation>Den här delade arbetsytan skapades av en äldre version av Trygghet och har ännu ingen orsaksanalys. Be databasadministratören köra Skapa arbetsyta igen på samma anslutning och schema; då läggs de nya tabellerna till utan att någon åtgärd ändras.</translation>
        </message>
        <message>
            <source>This status needs a reason: fill in {field}.</source>
            <translation>Den här statusen behöver en motivering: fyll i {field}.</translation>
        </message>
        <message>
            <source>This workspace has no cause analysis yet.</source>
            <translation>Den här arbetsytan har ännu ingen orsaksanalys.</translation>
        </message>
        <message>
            <source>This workspace has no conclusions register yet.</source>
            <translation>Den här arbetsytan har ännu ingen plats för slutsatser.</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>tor</translation>
        </message>
        <message>
            <source>Ties every walk finding to its nearest path segment (with the distance) and to the area it lies in, and ranks the findings: priority = severity × recurrence × (2 inside an incident hot spot, else 1), where recurrence counts the walks that reported the same category within the match distance. With two walks (WALK_A earlier, WALK_B later, by uuid or name) each earlier finding is classified as persisting (a finding of the same category within the match distance in the later walk) or fixed, and later findings without an earlier match as new: the follow-up that Brå's EST method asks for.</source>
            <translation>Kopplar varje iakttagelse till närmaste delsträcka (med avståndet) och till området den ligger i, och rangordnar iakttagelserna: prioritet = allvarlighet × återkomst × (2 inom en hot spot för händelser, annars 1), där återkomst räknar de vandringar som rapporterat samma kategori inom matchningsavståndet. Med två vandringar (WALK_A tidigare, WALK_B senare, med uuid eller namn) klassas varje tidigare iakttagelse som kvarstående (en iakttagelse av samma kategori inom matchningsavståndet vid den senare vandringen) eller åtgärdad, och senare iakttagelser utan tidigare motsvarighet som nya: den uppföljning som Brås EST-metod efterfrågar.</translation>
        </message>
        <message>
            <source>Time band width (days)</source>
            <translation>Tidsbandens bredd (dagar)</translation>
        </message>
        <message>
            <source>Time field</source>
            <translation>Tidsfält</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Tid på dygnet</translation>
        </message>
        <message>
            <source>Time step</source>
            <translation>Tidssteg</translation>
        </message>
        <message>
            <source>Time-of-day column</source>
            <translation>Kolumn för klockslag</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>Till år</translation>
        </message>
        <message>
            <source>Too few to judge</source>
            <translation>För få för att bedöma</translation>
        </message>
        <message>
            <source>Too many features</source>
            <translation>För många objekt</translation>
        </message>
        <message>
            <source>Top 1 %</source>
            <translation>Översta 1 %</translation>
        </message>
        <message>
            <source>Top 10 %</source>
            <translation>Översta 10 %</translation>
        </message>
        <message>
            <source>Top 5 %</source>
            <translation>Översta 5 %</translation>
        </message>
        <message>
            <source>Top risk areas</source>
            <translation>Områden med högst risk</translation>
        </message>
        <message>
            <source>Top {share} % of the area ({cells} cells): the risk map holds {hits} of the incidents, PAI {pai:.2f}, PEI {pei:.2f}; the retrospective density holds {hits_kde}, PAI {pai_kde:.2f}, PEI {pei_kde:.2f}.</source>
            <translation type="vanished">De högsta {share} % av ytan ({cells} celler): riskkartan fångar {hits} av händelserna, PAI {pai:.2f}, PEI {pei:.2f}; den bakåtblickande tätheten fångar {hits_kde}, PAI {pai_kde:.2f}, PEI {pei_kde:.2f}.</translation>
        </message>
        <message>
            <source>Top {share} % of the area ({cells} cells): the risk map holds {hits} of the incidents, PAI {pai}, PEI {pei}; the retrospective density holds {hits_kde}, PAI {pai_kde}, PEI {pei_kde}.</source>
            <translation>De högsta {share} % av ytan ({cells} celler): riskkartan fångar {hits} av händelserna, PAI {pai}, PEI {pei}; den bakåtblickande tätheten fångar {hits_kde}, PAI {pai_kde}, PEI {pei_kde}.</translation>
        </message>
        <message>
            <source>Top {} %</source>
            <translation>Översta {} %</translation>
        </message>
        <message>
            <source>Top {} % of the study area</source>
            <translation>Översta {} % av studieområdet</translation>
        </message>
        <message>
            <source>Traffic</source>
            <translation>Trafik</translation>
        </message>
        <message>
            <source>Trail</source>
            <translation>Stig</translation>
        </message>
        <message>
            <source>Trend over the full years {}–{}.</source>
            <translation>Trend över de hela åren {}–{}.</translation>
        </message>
        <message>
            <source>Trend test and classification…</source>
            <translation>Trendtest och klassificering…</translation>
        </message>
        <message>
            <source>Triangular</source>
            <translation>Triangulär</translation>
        </message>
        <message>
            <source>Triweight</source>
            <translation>Triweight</translation>
        </message>
        <message>
            <source>True/false field saying whether a path is lit; used only when no lamps layer is given.</source>
            <translation>Sant/falskt-fält som anger om ett stråk är belyst; används bara när inget lager med belysningspunkter anges.</translation>
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
            <source>Trygghet – demo Trollhättan (synthetic data)</source>
            <translation>Trygghet – demo Trollhättan (syntetiska data)</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>tis</translation>
        </message>
        <message>
            <source>Two lines: the safest and the shortest route.</source>
            <translation>Två linjer: den tryggaste och den kortaste vägen.</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Likformig</translation>
        </message>
        <message>
            <source>Unit column</source>
            <translation>Kolumn för enhet</translation>
        </message>
        <message>
            <source>Unknown category</source>
            <translation>Okänd kategori</translation>
        </message>
        <message>
            <source>Unknown indicator</source>
            <translation>Okänd indikator</translation>
        </message>
        <message>
            <source>Unlit metres field</source>
            <translation>Fält för obelysta meter</translation>
        </message>
        <message>
            <source>Unlit metres of each segment, summed along the routes.</source>
            <translation>Varje delsträckas obelysta meter, summerade längs vägarna.</translation>
        </message>
        <message>
            <source>Unsafe and crime-exposed</source>
            <translation>Otryggt och brottsutsatt</translation>
        </message>
        <message>
            <source>Unsafe but few reported crimes</source>
            <translation>Otryggt men få anmälda brott</translation>
        </message>
        <message>
            <source>Unsafe up to feeling</source>
            <translation>Otryggt upp till känsla</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Unsaved conclusions</source>
            <translation>Osparade slutsatser</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Use a PostGIS connection…</source>
            <translation>Använd en PostGIS-anslutning…</translation>
        </message>
        <message>
            <source>Use the project's workspace</source>
            <translation>Använd projektets arbetsyta</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <source>Value column</source>
            <translation>Kolumn för värde</translation>
        </message>
        <message>
            <source>Value field</source>
            <translation>Värdefält</translation>
        </message>
        <message>
            <source>Value missing or not a number</source>
            <translation>Värde saknas eller är inte ett tal</translation>
        </message>
        <message>
            <source>Vandalism</source>
            <translation>Skadegörelse</translation>
        </message>
        <message>
            <source>Vandalism and litter</source>
            <translation>Skadegörelse och nedskräpning</translation>
        </message>
        <message>
            <source>Vegetation blocks the view</source>
            <translation>Vegetation skymmer sikt</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Version {version}.</source>
            <translation>Version {version}.</translation>
        </message>
        <message>
            <source>Victimization</source>
            <translation>Utsatthet för brott</translation>
        </message>
        <message>
            <source>Victims or targets</source>
            <translation>Offer eller mål</translation>
        </message>
        <message>
            <source>Victims/targets</source>
            <translation>Offer/mål</translation>
        </message>
        <message>
            <source>Violence</source>
            <translation>Våld</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>Synlighet</translation>
        </message>
        <message>
            <source>Visit time field</source>
            <translation>Fält med besökstid</translation>
        </message>
        <message>
            <source>Visit's place field</source>
            <translation>Besökets platsfält</translation>
        </message>
        <message>
            <source>WKT (points or polygons)</source>
            <translation>WKT (punkter eller polygoner)</translation>
        </message>
        <message>
            <source>WKT column</source>
            <translation>WKT-kolumn</translation>
        </message>
        <message>
            <source>WKT point</source>
            <translation>WKT-punkt</translation>
        </message>
        <message>
            <source>Walk UUID</source>
            <translation>Vandringens UUID</translation>
        </message>
        <message>
            <source>Walk area</source>
            <translation>Vandringens område</translation>
        </message>
        <message>
            <source>Walk comparison</source>
            <translation>Jämförelse mellan vandringar</translation>
        </message>
        <message>
            <source>Walk findings</source>
            <translation>Iakttagelser från trygghetsvandringar</translation>
        </message>
        <message>
            <source>Walk findings overlay and follow-up</source>
            <translation>Iakttagelser: koppling och uppföljning</translation>
        </message>
        <message>
            <source>Walk name</source>
            <translation>Vandringens namn</translation>
        </message>
        <message>
            <source>Walk package written to {}. Copy the whole folder to QField.</source>
            <translation>Vandringspaketet har skrivits till {}. Kopiera hela mappen till QField.</translation>
        </message>
        <message>
            <source>Walks table</source>
            <translation>Tabell över vandringar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>ons</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Weekday × hour</source>
            <translation>Veckodag × timme</translation>
        </message>
        <message>
            <source>Weight field</source>
            <translation>Viktfält</translation>
        </message>
        <message>
            <source>Weight of a dialogue mark</source>
            <translation>Vikt för en dialogmarkering</translation>
        </message>
        <message>
            <source>Weight: density</source>
            <translation>Vikt: täthet</translation>
        </message>
        <message>
            <source>Weight: incidents</source>
            <translation>Vikt: händelser</translation>
        </message>
        <message>
            <source>Weight: lighting</source>
            <translation>Vikt: belysning</translation>
        </message>
        <message>
            <source>Weight: walk findings</source>
            <translation>Vikt: iakttagelser</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Vad</translation>
        </message>
        <message>
            <source>What one dialogue mark counts for, against 1 for an incident.</source>
            <translation>Vad en dialogmarkering räknas som, mot 1 för en händelse.</translation>
        </message>
        <message>
            <source>What the analysis shows for the area in this period, as it is to be printed in the report</source>
            <translation>Vad analysen visar för området under perioden, så som det ska stå i rapporten</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>When do incidents happen? Counts per weekday and hour (7 × 24) and per month and year, for each area (or for all incidents as 'alla'), as two tables and as chart images (PNG or SVG) for reports: a heat grid mån–sön × 00–23 and one line per year over jan–dec.

Disclosure control: counts from 1 to MIN_COUNT−1 are shown as '&lt;5' (for MIN_COUNT 5), their count is left empty and the charts hatch them. The grids are published without totals, so no secondary suppression is needed. The log says how many cells were suppressed.</source>
            <translation>När inträffar händelserna? Antal per veckodag och timme (7 × 24) och per månad och år, för varje område (eller för alla händelser som 'alla'), som två tabeller och som diagrambilder (PNG eller SVG) för rapporter: ett värmerutnät mån–sön × 00–23 och en linje per år över jan–dec.

Röjandeskydd: antal från 1 till MIN_COUNT−1 visas som '&lt;5' (för MIN_COUNT 5), deras antal lämnas tomt och diagrammen skrafferar dem. Rutnäten publiceras utan summor, så ingen sekundär undertryckning behövs. Loggen anger hur många celler som undertrycktes.</translation>
        </message>
        <message>
            <source>When each incident happened (date/time or ISO text). Incidents without a time are left out and counted in the log.</source>
            <translation>När varje händelse inträffade (datum/tid eller ISO-text). Händelser utan tid utelämnas och räknas i loggen.</translation>
        </message>
        <message>
            <source>When incidents happen</source>
            <translation>När händelserna sker</translation>
        </message>
        <message>
            <source>When the incident happened (date/time, or text as ISO or 'YYYY-MM-DD HH:MM').</source>
            <translation>När händelsen inträffade (datum/tid, eller text som ISO eller 'ÅÅÅÅ-MM-DD TT:MM').</translation>
        </message>
        <message>
            <source>When the incident happened. Incidents without a time are left out (the log says how many).</source>
            <translation>När händelsen inträffade. Händelser utan tid utelämnas (loggen anger hur många).</translation>
        </message>
        <message>
            <source>When the walk takes place. Empty: now.</source>
            <translation>När vandringen äger rum. Tomt: nu.</translation>
        </message>
        <message>
            <source>Where are the next weeks' incidents most likely? Prospective hot-spotting (Bowers, Johnson &amp; Pease 2004): every incident in the look-back before the as-of time raises the risk around it, more the closer it is (a quartic kernel with the spatial bandwidth) and the more recent it is (the weight halves every temporal bandwidth in days). With a near-repeat table from the near-repeat test, the kernel is multiplied inside each distance and time band by the observed ratio where it is above 1 and significant (p ≤ 0.05).

The output raster is the relative risk: 1 is the average cell of the study area (the mask, or else the whole grid), 3 is three times the average. Its style shows the top 10 %, 5 % and 1 % of the study area; the optional area output gives the same cells as polygons for patrol planning.

Scoring: when incidents exist after the as-of time (up to the end of the evaluation, by default four weeks), the map is scored on them with the Predictive Accuracy Index, PAI = share of the incidents in the top cells ÷ the share of the area they cover (Chainey 2008), and the Predictive Efficiency Index, PEI = PAI ÷ the best PAI any cells of the same area could reach (Hunt 2016), at 1 %, 5 % and 10 % of the study area, side by side with a retrospective kernel density of the same incidents (every incident weighing the same). To test the method on your own data, set the as-of time a few weeks back.

Incidents are counted in their grid cell before the kernel is applied. Input in a geographic CRS is transformed to SWEREF 99 TM.</source>
            <translation>Var inträffar de kommande veckornas händelser troligast? Prospektiv hot spot-analys (Bowers, Johnson &amp; Pease 2004): varje händelse under tiden bakåt från kartans tidpunkt höjer risken omkring sig, mer ju närmare den är (en kvartisk kärna med bandbredden i rummet) och ju färskare den är (vikten halveras för varje bandbredd i tiden, i dagar). Med en tabell från testet av närliggande upprepningar multipliceras kärnan inom varje avstånds- och tidsband med den observerade kvoten där den är över 1 och signifikant (p ≤ 0,05).

Rastret visar den relativa risken: 1 är studieområdets genomsnittliga cell (masken, annars hela rutnätet), 3 är tre gånger genomsnittet. Stilen visar de högsta 10 %, 5 % och 1 % av studieområdet; den valfria områdesutdatan ger samma celler som polygoner för planering av trygghetsrundor.

Utvärdering: när det finns händelser efter kartans tidpunkt (fram till utvärderingens slut, som standard fyra veckor) utvärderas kartan på dem med Predictive Accuracy Index, PAI = andelen av händelserna i de högsta cellerna ÷ andelen av ytan de täcker (Chainey 2008), och Predictive Efficiency Index, PEI = PAI ÷ den bästa PAI som några celler med samma yta kunde nå (Hunt 2016), vid 1 %, 5 % och 10 % av studieområdet, sida vid sida med en bakåtblickande kärntäthet för samma händelser (där varje händelse väger lika). Sätt kartans tidpunkt några veckor bakåt för att pröva metoden på egna data.

Händelserna räknas i sin rutnätscell innan kärnan tillämpas. Indata i ett geografiskt koordinatsystem transformeras till SWEREF 99 TM.</translation>
        </message>
        <message>
            <source>Where the route ends (e.g. the travel centre).</source>
            <translation>Där vägen slutar (t.ex. resecentrum).</translation>
        </message>
        <message>
            <source>Where the route starts (e.g. Kronogårds torg).</source>
            <translation>Där vägen börjar (t.ex. Kronogårds torg).</translation>
        </message>
        <message>
            <source>Which category's values the polygon output carries: 'alla' (all categories) or one category code, e.g. 'skadegorelse'.</source>
            <translation>Vilken kategoris värden polygonutdata får: 'alla' (alla kategorier) eller en kategorikod, t.ex. 'skadegorelse'.</translation>
        </message>
        <message>
            <source>Which cells or areas count as neighbours. Automatic: the first peak of incremental spatial autocorrelation, or the mean distance to the k nearest neighbours if there is no peak.</source>
            <translation>Vilka rutor eller områden som räknas som grannar. Automatiskt: första toppen i inkrementell rumslig autokorrelation, eller medelavståndet till de k närmaste grannarna om det inte finns någon topp.</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Vem</translation>
        </message>
        <message>
            <source>Who can influence the offenders</source>
            <translation>Vem kan påverka gärningspersonerna</translation>
        </message>
        <message>
            <source>Who guards the victims or targets</source>
            <translation>Vem skyddar offren eller målen</translation>
        </message>
        <message>
            <source>Who manages the place</source>
            <translation>Vem förvaltar platsen</translation>
        </message>
        <message>
            <source>Why can the problem happen here?</source>
            <translation>Varför kan problemet uppstå just här?</translation>
        </message>
        <message>
            <source>Why the change (optional)</source>
            <translation>Varför ändringen görs (frivilligt)</translation>
        </message>
        <message>
            <source>Width of each distance band in metres (the first band is 0 up to this distance).</source>
            <translation>Bredden på varje avståndsband i meter (det första bandet går från 0 till detta avstånd).</translation>
        </message>
        <message>
            <source>Width of each time band in days.</source>
            <translation>Bredden på varje tidsband i dagar.</translation>
        </message>
        <message>
            <source>Width of the ring around the target area checked for displacement (WDQ).</source>
            <translation>Bredden på ringen runt målområdet som undersöks för förflyttning (WDQ).</translation>
        </message>
        <message>
            <source>With fewer incidents at the measure (before + after) the verdict is 'för lite data'.</source>
            <translation>Med färre händelser vid åtgärden (före + efter) blir bedömningen 'för lite data'.</translation>
        </message>
        <message>
            <source>With {n} full years the test cannot show a reliable trend; that takes at least five.</source>
            <translation>Med {n} hela år kan testet inte visa en säker trend; det kräver minst fem.</translation>
        </message>
        <message>
            <source>Without citizen promise</source>
            <translation>Utan medborgarlöfte</translation>
        </message>
        <message>
            <source>Without goal area</source>
            <translation>Utan målområde</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Kvinna</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Fungerar</translation>
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
            <source>Workspace: {name}</source>
            <translation>Arbetsyta: {name}</translation>
        </message>
        <message>
            <source>Worry about crime</source>
            <translation>Oro för brott</translation>
        </message>
        <message>
            <source>Write conclusions for another report period (the last twelve whole months to begin with)</source>
            <translation>Skriv slutsatser för en annan rapportperiod (till att börja med de senaste tolv hela månaderna)</translation>
        </message>
        <message>
            <source>Writing the raster…</source>
            <translation>Skriver rastret…</translation>
        </message>
        <message>
            <source>Writing the report data…</source>
            <translation>Skriver rapportunderlaget…</translation>
        </message>
        <message>
            <source>Writing the segments…</source>
            <translation>Skriver delsträckorna…</translation>
        </message>
        <message>
            <source>Writing {} incidents in one transaction…</source>
            <translation>Skriver {} händelser i en transaktion…</translation>
        </message>
        <message>
            <source>Writing {} marks in one transaction…</source>
            <translation>Skriver {} markeringar i en transaktion…</translation>
        </message>
        <message>
            <source>Writing {} results in one transaction…</source>
            <translation>Skriver {} resultat i en transaktion…</translation>
        </message>
        <message>
            <source>Wrote the report {} ({} pages).</source>
            <translation>Skrev rapporten {} ({} sidor).</translation>
        </message>
        <message>
            <source>Wrote {}</source>
            <translation>Skrev {}</translation>
        </message>
        <message>
            <source>Wrote {} chart files to {}</source>
            <translation>Skrev {} diagramfiler till {}</translation>
        </message>
        <message>
            <source>X and Y coordinates</source>
            <translation>X- och Y-koordinater</translation>
        </message>
        <message>
            <source>X or longitude column</source>
            <translation>Kolumn för X eller longitud</translation>
        </message>
        <message>
            <source>Y or latitude column</source>
            <translation>Kolumn för Y eller latitud</translation>
        </message>
        <message>
            <source>YYYY/MM/DD (2025/03/05)</source>
            <translation>ÅÅÅÅ/MM/DD (2025/03/05)</translation>
        </message>
        <message>
            <source>YYYY/MM/DD HH:MM (2024/03/05 22:15)</source>
            <translation>ÅÅÅÅ/MM/DD TT:MM (2024/03/05 22:15)</translation>
        </message>
        <message>
            <source>YYYYMMDD (20250305)</source>
            <translation>ÅÅÅÅMMDD (20250305)</translation>
        </message>
        <message>
            <source>YYYYMMDD HHMM (20240305 2215)</source>
            <translation>ÅÅÅÅMMDD TTMM (20240305 2215)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Year column</source>
            <translation>Kolumn för år</translation>
        </message>
        <message>
            <source>Year is not a whole number</source>
            <translation>Året är inte ett heltal</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Gul</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Zoom to the selected measures' features</source>
            <translation>Zooma till de markerade åtgärdernas objekt</translation>
        </message>
        <message>
            <source>a label</source>
            <translation>en etikett</translation>
        </message>
        <message>
            <source>a legend</source>
            <translation>en teckenförklaring</translation>
        </message>
        <message>
            <source>a map</source>
            <translation>en karta</translation>
        </message>
        <message>
            <source>a picture</source>
            <translation>en bild</translation>
        </message>
        <message>
            <source>a scale bar</source>
            <translation>en skalstock</translation>
        </message>
        <message>
            <source>a selection, a subset or a filter applies to one of the layers</source>
            <translation>ett urval, en delmängd eller ett filter gäller för ett av lagren</translation>
        </message>
        <message>
            <source>about {n} incidents per month</source>
            <translation>omkring {n} händelser per månad</translation>
        </message>
        <message>
            <source>action_plan.xlsx</source>
            <translation>handlingsplan.xlsx</translation>
        </message>
        <message>
            <source>all areas</source>
            <translation>alla områden</translation>
        </message>
        <message>
            <source>an attribute table</source>
            <translation>en attributtabell</translation>
        </message>
        <message>
            <source>area map</source>
            <translation>områdeskarta</translation>
        </message>
        <message>
            <source>area title</source>
            <translation>områdets rubrik</translation>
        </message>
        <message>
            <source>by {date}</source>
            <translation>senast {date}</translation>
        </message>
        <message>
            <source>can be influenced by</source>
            <translation>kan påverkas av</translation>
        </message>
        <message>
            <source>computed for these periods</source>
            <translation>beräknade för dessa perioder</translation>
        </message>
        <message>
            <source>confidence: {}</source>
            <translation>säkerhet: {}</translation>
        </message>
        <message>
            <source>cover title</source>
            <translation>omslagets rubrik</translation>
        </message>
        <message>
            <source>done {date}</source>
            <translation>genomförd {date}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>klart {date}</translation>
        </message>
        <message>
            <source>due {}</source>
            <translation>klart senast {}</translation>
        </message>
        <message>
            <source>emerging hot spots</source>
            <translation>framväxande hot spots</translation>
        </message>
        <message>
            <source>fewer than two seasons of data: the mean of the last season</source>
            <translation>mindre än två säsonger med data: medelvärdet för den senaste säsongen</translation>
        </message>
        <message>
            <source>fewer than {k} incidents (suppressed)</source>
            <translation>färre än {k} händelser (undertryckt)</translation>
        </message>
        <message>
            <source>fewer than {k} incidents per month</source>
            <translation>färre än {k} händelser per månad</translation>
        </message>
        <message>
            <source>fid {fid}</source>
            <translation>fid {fid}</translation>
        </message>
        <message>
            <source>forecast chart</source>
            <translation>prognosdiagram</translation>
        </message>
        <message>
            <source>forecast text</source>
            <translation>prognostext</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>från {date}</translation>
        </message>
        <message>
            <source>grown so that the grid stays within the cell limit</source>
            <translation type="vanished">utökad så att rutnätet håller sig inom gränsen för antal rutor</translation>
        </message>
        <message>
            <source>guarded by</source>
            <translation>skyddas av</translation>
        </message>
        <message>
            <source>hexagonal</source>
            <translation>sexkantiga</translation>
        </message>
        <message>
            <source>hot and cold spots</source>
            <translation>hot spots och kalla fläckar</translation>
        </message>
        <message>
            <source>incidents</source>
            <translation>händelser</translation>
        </message>
        <message>
            <source>k must be between 1 and the number of features minus 1 ({}).</source>
            <translation>k måste vara mellan 1 och antalet objekt minus 1 ({}).</translation>
        </message>
        <message>
            <source>kernel density (quartic, radius 200 m, 10 m cells) of the current period, per km² and year</source>
            <translation>kärnskattad täthet (kvartisk, radie 200 m, 10 m-celler) för den aktuella perioden, per km² och år</translation>
        </message>
        <message>
            <source>key figures</source>
            <translation>nyckeltal</translation>
        </message>
        <message>
            <source>legend</source>
            <translation>teckenförklaring</translation>
        </message>
        <message>
            <source>managed by</source>
            <translation>förvaltas av</translation>
        </message>
        <message>
            <source>measures</source>
            <translation>åtgärder</translation>
        </message>
        <message>
            <source>medborgarlöften</source>
            <translation>medborgarlöften</translation>
        </message>
        <message>
            <source>method and sources</source>
            <translation>metod och källor</translation>
        </message>
        <message>
            <source>month × year chart</source>
            <translation>diagram månad × år</translation>
        </message>
        <message>
            <source>mostly periods without incidents: the mean of the last season</source>
            <translation>mest perioder utan händelser: medelvärdet för den senaste säsongen</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>no incidents in the data</source>
            <translation>inga händelser i data</translation>
        </message>
        <message>
            <source>no peak of incremental spatial autocorrelation was found, so the mean distance to the k nearest neighbours (k = 5 % of the cells, at least 3, at most 30) is used</source>
            <translation type="vanished">ingen topp i inkrementell rumslig autokorrelation hittades, så medelavståndet till de k närmaste grannarna (k = 5 % av rutorna, minst 3, högst 30) används</translation>
        </message>
        <message>
            <source>north arrow</source>
            <translation>norrpil</translation>
        </message>
        <message>
            <source>not corrected for multiple testing</source>
            <translation>inte korrigerade för multipla test</translation>
        </message>
        <message>
            <source>not described</source>
            <translation>ej beskrivet</translation>
        </message>
        <message>
            <source>others {}</source>
            <translation>övriga {}</translation>
        </message>
        <message>
            <source>overview map</source>
            <translation>översiktskarta</translation>
        </message>
        <message>
            <source>patrol planning map</source>
            <translation>karta för patrullplanering</translation>
        </message>
        <message>
            <source>patrol planning table</source>
            <translation>tabell för patrullplanering</translation>
        </message>
        <message>
            <source>patrol planning text</source>
            <translation>text för patrullplanering</translation>
        </message>
        <message>
            <source>perceived safety text</source>
            <translation>text om upplevd trygghet</translation>
        </message>
        <message>
            <source>period {}</source>
            <translation>period {}</translation>
        </message>
        <message>
            <source>scale bar</source>
            <translation>skalstock</translation>
        </message>
        <message>
            <source>some areas overlap</source>
            <translation>några områden överlappar varandra</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>någon</translation>
        </message>
        <message>
            <source>square</source>
            <translation>kvadratiska</translation>
        </message>
        <message>
            <source>summary of the focus areas</source>
            <translation>sammanställning av fokusområdena</translation>
        </message>
        <message>
            <source>survey indicators</source>
            <translation>indikatorer från trygghetsmätningar</translation>
        </message>
        <message>
            <source>synthetic-data note</source>
            <translation>notis om syntetiska data</translation>
        </message>
        <message>
            <source>the category field is not text</source>
            <translation>kategorifältet är inte ett textfält</translation>
        </message>
        <message>
            <source>the database could not run the query</source>
            <translation>databasen kunde inte köra frågan</translation>
        </message>
        <message>
            <source>the first peak of incremental spatial autocorrelation (global Moran's I z-score)</source>
            <translation type="vanished">första toppen i inkrementell rumslig autokorrelation (globalt Morans I, z-värde)</translation>
        </message>
        <message>
            <source>the given area summary</source>
            <translation>den angivna områdessammanställningen</translation>
        </message>
        <message>
            <source>the given hot-spot density</source>
            <translation>den angivna hot spot-tätheten</translation>
        </message>
        <message>
            <source>the incidents and the areas are not in the same projected coordinate system</source>
            <translation>händelserna och områdena har inte samma projicerade koordinatsystem</translation>
        </message>
        <message>
            <source>the incidents and the areas are not tables of the same PostGIS database</source>
            <translation>händelserna och områdena är inte tabeller i samma PostGIS-databas</translation>
        </message>
        <message>
            <source>the layer “{}” cannot be read</source>
            <translation>lagret ”{}” kan inte läsas</translation>
        </message>
        <message>
            <source>the layer “{}” holds data but draws nothing on the map</source>
            <translation>lagret ”{}” innehåller data men ritar inget på kartan</translation>
        </message>
        <message>
            <source>the mean distance from each incident to its nearest neighbour, locational outliers removed (Optimized Hot Spot Analysis)</source>
            <translation type="vanished">medelavståndet från varje händelse till närmaste granne, med avvikande lägen borttagna (Optimized Hot Spot Analysis)</translation>
        </message>
        <message>
            <source>the scale bar '{}' has no valid length at the map's scale</source>
            <translation>skalstocken '{}' har ingen giltig längd i kartans skala</translation>
        </message>
        <message>
            <source>the scale bar '{}' is not linked to a map</source>
            <translation>skalstocken '{}' är inte kopplad till någon karta</translation>
        </message>
        <message>
            <source>the time field is not a date or a timestamp without time zone</source>
            <translation>tidsfältet är inte ett datum eller en tidsstämpel utan tidszon</translation>
        </message>
        <message>
            <source>too short for a back-test: the mean of the last season</source>
            <translation>för kort för ett bakåttest: medelvärdet för den senaste säsongen</translation>
        </message>
        <message>
            <source>unsafe marks</source>
            <translation>otrygga markeringar</translation>
        </message>
        <message>
            <source>weekday × hour chart</source>
            <translation>diagram veckodag × timme</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{cells} cells of {size:.1f} m with at least one incident are analysed ({bins} space-time bins).</source>
            <translation type="vanished">{cells} rutor på {size:.1f} m med minst en händelse analyseras ({bins} rum-tid-fält).</translation>
        </message>
        <message>
            <source>{cells} cells of {size} m with at least one incident are analysed ({bins} space-time bins).</source>
            <translation>{cells} rutor på {size} m med minst en händelse analyseras ({bins} rum-tid-fält).</translation>
        </message>
        <message>
            <source>{field} is filled in by the register and cannot be changed by hand.</source>
            <translation>{field} fylls i av registret och kan inte ändras för hand.</translation>
        </message>
        <message>
            <source>{field} must be 1, 2 or 3.</source>
            <translation>{field} måste vara 1, 2 eller 3.</translation>
        </message>
        <message>
            <source>{field} must be a date (YYYY-MM-DD), and the due date cannot come before the planned start.</source>
            <translation>{field} måste vara ett datum (ÅÅÅÅ-MM-DD), och Klart senast kan inte ligga före planerad start.</translation>
        </message>
        <message>
            <source>{field} must be a number, zero or more.</source>
            <translation>{field} måste vara ett tal, noll eller större.</translation>
        </message>
        <message>
            <source>{label}: {n} cells</source>
            <translation>{label}: {n} rutor</translation>
        </message>
        <message>
            <source>{label}: {n} of {total}.</source>
            <translation>{label}: {n} av {total}.</translation>
        </message>
        <message>
            <source>{layer}: {n} features</source>
            <translation>{layer}: {n} objekt</translation>
        </message>
        <message>
            <source>{marks} dialogue marks count with a weight of {weight:.2f} each, beside {n} incidents.</source>
            <translation>{marks} dialogmarkeringar räknas med vikten {weight:.2f} var, utöver {n} händelser.</translation>
        </message>
        <message>
            <source>{marks} dialogue marks count with a weight of {weight} each, beside {n} incidents.</source>
            <translation type="vanished">{marks} dialogmarkeringar räknas med vikten {weight} var, utöver {n} händelser.</translation>
        </message>
        <message>
            <source>{m} marks and {i} incidents lie outside the cells and are left out.</source>
            <translation>{m} markeringar och {i} händelser ligger utanför rutorna och utelämnas.</translation>
        </message>
        <message>
            <source>{name}: mean index {mean:.0f}, lowest {low:.0f}.</source>
            <translation>{name}: medelindex {mean:.0f}, lägsta {low:.0f}.</translation>
        </message>
        <message>
            <source>{n} causes</source>
            <translation>{n} orsaker</translation>
        </message>
        <message>
            <source>{n} crossings or junctions were left apart because the paths lie on different levels.</source>
            <translation>{n} korsningar eller anslutningar hölls isär eftersom stråken ligger i olika nivåer.</translation>
        </message>
        <message>
            <source>{n} crossings or junctions were left apart because the segments lie on different levels.</source>
            <translation>{n} korsningar eller anslutningar hölls isär eftersom delsträckorna ligger i olika nivåer.</translation>
        </message>
        <message>
            <source>{n} features linked.</source>
            <translation>{n} objekt kopplades.</translation>
        </message>
        <message>
            <source>{n} incidents in the {days:g} days before {as_of} go into the risk map.</source>
            <translation>{n} händelser under {days:g} dagar före {as_of} ingår i riskkartan.</translation>
        </message>
        <message>
            <source>{n} incidents over {years:.2f} years are used.</source>
            <translation>{n} händelser under {years:.2f} år används.</translation>
        </message>
        <message>
            <source>{n} incidents, {pairs} pairs closer than {d:.0f} m.</source>
            <translation>{n} händelser, {pairs} par närmare än {d:.0f} m.</translation>
        </message>
        <message>
            <source>{n} measures</source>
            <translation type="vanished">{n} åtgärder</translation>
        </message>
        <message>
            <source>{n} measures in {file}</source>
            <translation>{n} åtgärder i {file}</translation>
        </message>
        <message>
            <source>{n} measures written to {path}</source>
            <translation type="vanished">{n} åtgärder skrevs till {path}</translation>
        </message>
        <message>
            <source>{n} overdue</source>
            <translation>{n} försenade</translation>
        </message>
        <message>
            <source>{n} points of the second layer lie in the cells; {out} lie outside them.</source>
            <translation>{n} punkter i det andra lagret ligger i rutorna; {out} ligger utanför dem.</translation>
        </message>
        <message>
            <source>{n} polygons have no value in the field “{field}”. Fill them in or filter them out first.</source>
            <translation>{n} polygoner saknar värde i fältet ”{field}”. Fyll i dem eller filtrera bort dem först.</translation>
        </message>
        <message>
            <source>{n} segments scored; mean index {mean:.1f}; {gaps} segments in lighting gaps.</source>
            <translation>{n} delsträckor bedömda; medelindex {mean:.1f}; {gaps} delsträckor i belysningsluckor.</translation>
        </message>
        <message>
            <source>{n} series of {periods} periods, from {first} to {last}.</source>
            <translation>{n} serier med {periods} perioder, från {first} till {last}.</translation>
        </message>
        <message>
            <source>{n} square cells of {size} m are judged.</source>
            <translation>{n} kvadratiska rutor på {size} m bedöms.</translation>
        </message>
        <message>
            <source>{n} time steps from {a} to {b}.</source>
            <translation>{n} tidssteg från {a} till {b}.</translation>
        </message>
        <message>
            <source>{n} visits have no value in the minutes field “{field}”: they count as visits but not in the minutes.</source>
            <translation>{n} besök saknar värde i minutfältet ”{field}”: de räknas som besök men inte i minuterna.</translation>
        </message>
        <message>
            <source>{n} {shape} cells of {size:.1f} m are analysed.</source>
            <translation>{n} {shape} rutor på {size:.1f} m analyseras.</translation>
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
            <source>{points} marks (points) and {polygons} marked areas (polygons); {replaced} stored marks replaced.</source>
            <translation>{points} markeringar (punkter) och {polygons} markerade områden (polygoner); {replaced} lagrade markeringar ersattes.</translation>
        </message>
        <message>
            <source>{p} problems, {c} causes</source>
            <translation>{p} problem, {c} orsaker</translation>
        </message>
        <message>
            <source>{rank}. {name}: {n} incidents ({share:.1f} %)</source>
            <translation>{rank}. {name}: {n} händelser ({share:.1f} %)</translation>
        </message>
        <message>
            <source>{rank}. {name}: {n} incidents and {m} dialogue marks, weighted {w:.1f}</source>
            <translation>{rank}. {name}: {n} händelser och {m} dialogmarkeringar, viktat {w:.1f}</translation>
        </message>
        <message>
            <source>{rank}. {name}: {n} incidents and {m} dialogue marks, weighted {w}</source>
            <translation type="vanished">{rank}. {name}: {n} händelser och {m} dialogmarkeringar, viktat {w}</translation>
        </message>
        <message>
            <source>{reason}: {n} (rows {rows})</source>
            <translation>{reason}: {n} (rad {rows})</translation>
        </message>
        <message>
            <source>{reference}: {sentence}</source>
            <translation>{reference}: {sentence}</translation>
        </message>
        <message>
            <source>{rows} rows read: {ok} imported, {dup} duplicates skipped ({file} within the file, {old} already in the workspace), {bad} rejected.</source>
            <translation>{rows} rader lästa: {ok} importerade, {dup} dubbletter överhoppade ({file} inom filen, {old} fanns redan i arbetsytan), {bad} avvisade.</translation>
        </message>
        <message>
            <source>{share} of the marks with a stated feeling are places where people feel unsafe (feeling 1–2 of 4).</source>
            <translation>{share} av markeringarna med angiven känsla är platser där människor känner sig otrygga (känsla 1–2 av 4).</translation>
        </message>
        <message>
            <source>{shown} of {total} measures</source>
            <translation>{shown} av {total} åtgärder</translation>
        </message>
        <message>
            <source>{title}: {n} features inside the area copied in.</source>
            <translation>{title}: {n} objekt inom området har kopierats in.</translation>
        </message>
        <message>
            <source>{title}: {status}, {done} of {total} measures done{colour}</source>
            <translation>{title}: {status}, {done} av {total} åtgärder genomförda{colour}</translation>
        </message>
        <message>
            <source>{unsafe} of {n} dialogue marks count as unsafe.</source>
            <translation>{unsafe} av {n} dialogmarkeringar räknas som otrygga.</translation>
        </message>
        <message>
            <source>{up} units have a significantly higher share in the test period, {down} a lower one.</source>
            <translation>{up} enheter har en signifikant högre andel i testperioden, {down} en lägre.</translation>
        </message>
        <message>
            <source>{who} saved this at {when} after you opened it. Nothing was saved: reload to see what is stored now.</source>
            <translation>{who} sparade detta {when} efter att du öppnade det. Ingenting sparades: läs in igen för att se vad som finns sparat nu.</translation>
        </message>
        <message>
            <source>{who} saved this measure at {when} (now version {version}) after you opened it. Nothing was saved and your edits are still in the form. Reload to see the new version (your edits are discarded), or note your edits first.</source>
            <translation>{who} sparade den här åtgärden {when} (nu version {version}) efter att du öppnade den. Ingenting sparades och dina ändringar finns kvar i formuläret. Läs in igen för att se den nya versionen (dina ändringar försvinner), eller anteckna dina ändringar först.</translation>
        </message>
        <message>
            <source>{who} saved this measure at {when} (now version {version}) after you opened it. Nothing was saved: reload the measure to see the new version.</source>
            <translation>{who} sparade åtgärden {when} (nu version {version}) efter att du öppnade den. Ingenting sparades: läs in åtgärden på nytt för att se den nya versionen.</translation>
        </message>
        <message>
            <source>{} (reference)</source>
            <translation>{} (referens)</translation>
        </message>
        <message>
            <source>{} ages could not be read as an age band and were left empty.</source>
            <translation>{} åldrar kunde inte läsas som åldersgrupp och lämnades tomma.</translation>
        </message>
        <message>
            <source>{} areas have no population; they get no rates.</source>
            <translation>{} områden saknar befolkning; de får inga tal per invånare.</translation>
        </message>
        <message>
            <source>{} areas without a polygon geometry were left out.</source>
            <translation type="vanished">{} områden utan polygongeometri utelämnades.</translation>
        </message>
        <message>
            <source>{} broken lamps do not count as working.</source>
            <translation>{} trasiga lampor räknas inte som fungerande.</translation>
        </message>
        <message>
            <source>{} completed measures have no geometry and were left out.</source>
            <translation>{} genomförda åtgärder saknar geometri och utelämnades.</translation>
        </message>
        <message>
            <source>{} completed measures to evaluate.</source>
            <translation>{} genomförda åtgärder att utvärdera.</translation>
        </message>
        <message>
            <source>{} dialogue marks where the place feels safe are left out.</source>
            <translation>{} dialogmarkeringar där platsen känns trygg utelämnas.</translation>
        </message>
        <message>
            <source>{} features have no geometry and were left out.</source>
            <translation type="vanished">{} objekt saknar geometri och utelämnades.</translation>
        </message>
        <message>
            <source>{} features have no neighbours and get no result; consider a larger distance band.</source>
            <translation>{} objekt saknar grannar och får inget resultat; överväg ett större avståndsband.</translation>
        </message>
        <message>
            <source>{} features without geometry were skipped.</source>
            <translation type="vanished">{} objekt utan geometri hoppades över.</translation>
        </message>
        <message>
            <source>{} findings without severity count as severity 2.</source>
            <translation>{} iakttagelser utan allvarlighet räknas som allvarlighet 2.</translation>
        </message>
        <message>
            <source>{} forecast interval</source>
            <translation>{} prognosintervall</translation>
        </message>
        <message>
            <source>{} genders could not be read and were left empty.</source>
            <translation>{} värden för kön kunde inte läsas och lämnades tomma.</translation>
        </message>
        <message>
            <source>{} incidents after the last period used were left out.</source>
            <translation>{} händelser efter den sista perioden som används utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents are used.</source>
            <translation>{} händelser används.</translation>
        </message>
        <message>
            <source>{} incidents have no readable time and were left out.</source>
            <translation>{} händelser saknar läsbar tid och utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents have no valid time; they are counted but do not set the period.</source>
            <translation>{} händelser saknar giltig tid; de räknas men påverkar inte perioden.</translation>
        </message>
        <message>
            <source>{} incidents have no value in the weight field and were skipped.</source>
            <translation>{} händelser saknar värde i viktfältet och hoppades över.</translation>
        </message>
        <message>
            <source>{} incidents lie in the period.</source>
            <translation>{} händelser ligger inom perioden.</translation>
        </message>
        <message>
            <source>{} incidents lie outside every area and are not counted.</source>
            <translation>{} händelser ligger utanför alla områden och räknas inte.</translation>
        </message>
        <message>
            <source>{} incidents lie outside every area and were left out.</source>
            <translation>{} händelser ligger utanför alla områden och utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents outside every area were left out.</source>
            <translation>{} händelser utanför alla områden utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents outside the study area were left out.</source>
            <translation>{} händelser utanför studieområdet utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents without a category were left out.</source>
            <translation>{} händelser utan kategori utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents without a position were left out.</source>
            <translation type="vanished">{} händelser utan position utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents without a valid time were left out.</source>
            <translation>{} händelser utan giltig tid utelämnades.</translation>
        </message>
        <message>
            <source>{} incidents without geometry were skipped.</source>
            <translation type="vanished">{} händelser utan geometri hoppades över.</translation>
        </message>
        <message>
            <source>{} incidents: the test may take a while.</source>
            <translation>{} händelser: testet kan ta en stund.</translation>
        </message>
        <message>
            <source>{} invalid area polygons were repaired before use.</source>
            <translation>{} ogiltiga områdespolygoner reparerades före användning.</translation>
        </message>
        <message>
            <source>{} is not a Trygghet workspace with a places layer.</source>
            <translation>{} är ingen Trygghet-arbetsyta med ett lager med platser.</translation>
        </message>
        <message>
            <source>{} is not a Trygghet workspace.</source>
            <translation>{} är inte en Trygghet-arbetsyta.</translation>
        </message>
        <message>
            <source>{} must be a line layer (it has points or polygons).</source>
            <translation>{} måste vara ett linjelager (det har punkter eller polygoner).</translation>
        </message>
        <message>
            <source>{} paths without geometry were skipped.</source>
            <translation type="vanished">{} stråk utan geometri hoppades över.</translation>
        </message>
        <message>
            <source>{} points go into the density.</source>
            <translation>{} punkter ingår i tätheten.</translation>
        </message>
        <message>
            <source>{} points have no valid time in the field “{}” and were left out.</source>
            <translation>{} punkter saknar giltig tid i fältet ”{}” och utelämnades.</translation>
        </message>
        <message>
            <source>{} points lie outside the time window and were left out.</source>
            <translation>{} punkter ligger utanför tidsfönstret och utelämnades.</translation>
        </message>
        <message>
            <source>{} points match the filter expression.</source>
            <translation>{} punkter uppfyller filteruttrycket.</translation>
        </message>
        <message>
            <source>{} reasons not in the list were stored as 'Other'.</source>
            <translation>{} orsaker som inte finns i listan lagrades som 'Annat'.</translation>
        </message>
        <message>
            <source>{} segments have no index; they count as 50.</source>
            <translation>{} delsträckor saknar index; de räknas som 50.</translation>
        </message>
        <message>
            <source>{} sources not in the list were stored as 'Other source'.</source>
            <translation>{} källor som inte finns i listan lagrades som 'Annan källa'.</translation>
        </message>
        <message>
            <source>{} stored results were replaced.</source>
            <translation>{} lagrade resultat ersattes.</translation>
        </message>
        <message>
            <source>{} times of day could not be read and were left empty.</source>
            <translation>{} tider på dygnet kunde inte läsas och lämnades tomma.</translation>
        </message>
        <message>
            <source>{} visits belong to no place (no known place id and not inside a place) and were left out.</source>
            <translation>{} besök hör inte till någon plats (inget känt plats-id och inte inom en plats) och utelämnades.</translation>
        </message>
        <message>
            <source>{} visits have no valid time and were left out.</source>
            <translation>{} besök saknar giltig tid och utelämnades.</translation>
        </message>
        <message>
            <source>{} visits without a position were counted for the place their place field names.</source>
            <translation>{} besök utan position räknades till den plats som deras platsfält anger.</translation>
        </message>
    </context>
</TS>
