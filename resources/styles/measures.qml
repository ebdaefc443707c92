<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis labelsEnabled="1" autoRefreshMode="Disabled" styleCategories="AllStyleCategories" simplifyAlgorithm="0" simplifyDrawingTol="1" symbologyReferenceScale="-1" hasScaleBasedVisibilityFlag="0" simplifyMaxScale="1" simplifyDrawingHints="1" version="3.40.6-Bratislava" maxScale="0" autoRefreshTime="0" simplifyLocal="1" readOnly="0" minScale="100000000">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" fixedDuration="0" durationField="" startExpression="" limitMode="0" endField="" endExpression="" enabled="0" mode="0" durationUnit="min" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation zscale="1" zoffset="0" extrusion="0" symbology="Line" extrusionEnabled="0" respectLayerSymbol="1" showMarkerSymbolInSurfacePlots="0" type="IndividualFeatures" clamping="Terrain" binding="Centroid">
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol alpha="1" name="" frame_rate="10" force_rhr="0" is_animated="0" type="line" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" pass="0" id="{3ed8e933-aab7-47c2-987e-da038ccf195b}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="align_dash_pattern" value="0" type="QString"/>
            <Option name="capstyle" value="square" type="QString"/>
            <Option name="customdash" value="5;2" type="QString"/>
            <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="customdash_unit" value="MM" type="QString"/>
            <Option name="dash_pattern_offset" value="0" type="QString"/>
            <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
            <Option name="draw_inside_polygon" value="0" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="line_color" value="225,89,137,255,rgb:0.88235294117647056,0.34901960784313724,0.53725490196078429,1" type="QString"/>
            <Option name="line_style" value="solid" type="QString"/>
            <Option name="line_width" value="0.6" type="QString"/>
            <Option name="line_width_unit" value="MM" type="QString"/>
            <Option name="offset" value="0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="ring_filter" value="0" type="QString"/>
            <Option name="trim_distance_end" value="0" type="QString"/>
            <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_end_unit" value="MM" type="QString"/>
            <Option name="trim_distance_start" value="0" type="QString"/>
            <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="trim_distance_start_unit" value="MM" type="QString"/>
            <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
            <Option name="use_custom_dash" value="0" type="QString"/>
            <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol alpha="1" name="" frame_rate="10" force_rhr="0" is_animated="0" type="fill" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" pass="0" id="{6c4837ba-1402-4556-9fdd-bd15fc274fee}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="225,89,137,255,rgb:0.88235294117647056,0.34901960784313724,0.53725490196078429,1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="161,64,98,255,rgb:0.63024338139925229,0.24930189974822614,0.38377965972381173,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol alpha="1" name="" frame_rate="10" force_rhr="0" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{10b1d935-eee1-4483-9524-79395344057d}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="225,89,137,255,rgb:0.88235294117647056,0.34901960784313724,0.53725490196078429,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="diamond" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="161,64,98,255,rgb:0.63024338139925229,0.24930189974822614,0.38377965972381173,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.2" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="3" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 attr="follow_up" forceraster="0" enableorderby="0" symbollevels="0" referencescale="-1" type="categorizedSymbol">
    <categories>
      <category label="Grön" uuid="{538e5e1e-2abe-4271-8c7c-e005aa2f43e3}" value="green" type="string" render="true" symbol="0"/>
      <category label="Gul" uuid="{9c76c120-1bd4-48bd-82ff-0428d5887974}" value="yellow" type="string" render="true" symbol="1"/>
      <category label="Röd" uuid="{51656c54-9a57-4dce-8f57-1d473786fdaa}" value="red" type="string" render="true" symbol="2"/>
      <category label="Ej bedömd" uuid="{91a04f05-3445-4a16-a35b-b5a266f721e4}" value="" type="string" render="true" symbol="3"/>
    </categories>
    <symbols>
      <symbol alpha="1" name="0" frame_rate="10" force_rhr="0" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{ba31a171-ae70-4585-9e6a-d2f82792558a}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="47,158,68,255,rgb:0.18431372549019609,0.61960784313725492,0.26666666666666666,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="star" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="33,37,41,255,rgb:0.12941176470588237,0.14509803921568629,0.16078431372549021,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="4.5" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="1" frame_rate="10" force_rhr="0" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{1ad50c7c-8744-46e6-9ed6-f76b456adc1d}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="245,159,0,255,rgb:0.96078431372549022,0.62352941176470589,0,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="star" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="33,37,41,255,rgb:0.12941176470588237,0.14509803921568629,0.16078431372549021,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="4.5" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="2" frame_rate="10" force_rhr="0" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{bc6b7dfb-4aab-4940-bbb0-ebfb3d68b108}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="224,49,49,255,rgb:0.8784313725490196,0.19215686274509805,0.19215686274509805,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="star" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="33,37,41,255,rgb:0.12941176470588237,0.14509803921568629,0.16078431372549021,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="4.5" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol alpha="1" name="3" frame_rate="10" force_rhr="0" is_animated="0" type="marker" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" pass="0" id="{45287f4c-8bcc-4d80-83f9-287d5f377f2c}" enabled="1" locked="0">
          <Option type="Map">
            <Option name="angle" value="0" type="QString"/>
            <Option name="cap_style" value="square" type="QString"/>
            <Option name="color" value="134,142,150,255,rgb:0.52549019607843139,0.55686274509803924,0.58823529411764708,1" type="QString"/>
            <Option name="horizontal_anchor_point" value="1" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="name" value="star" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="33,37,41,255,rgb:0.12941176470588237,0.14509803921568629,0.16078431372549021,1" type="QString"/>
            <Option name="outline_style" value="solid" type="QString"/>
            <Option name="outline_width" value="0.3" type="QString"/>
            <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="scale_method" value="diameter" type="QString"/>
            <Option name="size" value="4.5" type="QString"/>
            <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="size_unit" value="MM" type="QString"/>
            <Option name="vertical_anchor_point" value="1" type="QString"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontLetterSpacing="0" fontStrikeout="0" fontSize="8" fontSizeUnit="Point" textOrientation="horizontal" useSubstitutions="0" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" fontKerning="1" namedStyle="" blendMode="0" isExpression="1" tabStopDistance="6" fontWordSpacing="0" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" tabStopDistanceUnit="Percentage" legendString="Aa" fontWeight="50" capitalization="0" textOpacity="1" forcedItalic="0" forcedBold="0" multilineHeightUnit="Percentage" fontItalic="0" allowHtml="0" fontSizeMapUnitScale="3x:0,0,0,0,0,0" multilineHeight="1" fontFamily="DejaVu Sans" textColor="32,32,32,255,rgb:0.12549019607843137,0.12549019607843137,0.12549019607843137,1" fontUnderline="0" fieldName="&quot;title&quot;">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferDraw="1" bufferNoFill="1" bufferOpacity="1" bufferJoinStyle="128" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferBlendMode="0" bufferSize="1" bufferColor="255,255,255,255,rgb:1,1,1,1"/>
        <text-mask maskSize2="1.5" maskedSymbolLayers="" maskType="0" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSize="1.5" maskSizeUnits="MM" maskEnabled="0" maskOpacity="1" maskJoinStyle="128"/>
        <background shapeSizeUnit="MM" shapeSVGFile="" shapeOffsetUnit="MM" shapeType="0" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeOpacity="1" shapeSizeType="0" shapeOffsetY="0" shapeSizeY="0" shapeJoinStyle="64" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeRotationType="0" shapeBlendMode="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiY="0" shapeDraw="0" shapeOffsetX="0" shapeRotation="0" shapeBorderWidthUnit="MM" shapeRadiiUnit="MM" shapeRadiiX="0" shapeSizeX="0">
          <symbol alpha="1" name="fillSymbol" frame_rate="10" force_rhr="0" is_animated="0" type="fill" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties"/>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" pass="0" id="" enabled="1" locked="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="color" value="255,255,255,255,rgb:1,1,1,1" type="QString"/>
                <Option name="joinstyle" value="bevel" type="QString"/>
                <Option name="offset" value="0,0" type="QString"/>
                <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
                <Option name="offset_unit" value="MM" type="QString"/>
                <Option name="outline_color" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" type="QString"/>
                <Option name="outline_style" value="no" type="QString"/>
                <Option name="outline_width" value="0" type="QString"/>
                <Option name="outline_width_unit" value="MM" type="QString"/>
                <Option name="style" value="solid" type="QString"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" value="" type="QString"/>
                  <Option name="properties"/>
                  <Option name="type" value="collection" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowDraw="0" shadowOffsetDist="1" shadowRadiusAlphaOnly="0" shadowUnder="0" shadowOffsetAngle="135" shadowOffsetGlobal="1" shadowBlendMode="6" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowRadiusUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadius="1.5" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowScale="100" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0"/>
        <dd_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format autoWrapLength="0" leftDirectionSymbol="&lt;" multilineAlign="3" reverseDirectionSymbol="0" useMaxLineLengthForAutoWrap="1" formatNumbers="0" placeDirectionSymbol="0" wrapChar="" decimals="3" plussign="0" addDirectionSymbol="0" rightDirectionSymbol=">"/>
      <placement lineAnchorPercent="0.5" dist="0" quadOffset="4" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overlapHandling="PreventOverlap" lineAnchorType="0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" placement="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" polygonPlacementFlags="2" repeatDistance="0" overrunDistanceUnit="MM" placementFlags="10" maxCurvedCharAngleIn="25" centroidInside="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" maxCurvedCharAngleOut="-25" overrunDistance="0" yOffset="0" rotationAngle="0" preserveRotation="1" geometryGeneratorType="PointGeometry" xOffset="0" lineAnchorClipping="0" priority="5" prioritization="PreferCloser" layerType="UnknownGeometry" centroidWhole="0" distUnits="MM" fitInPolygonOnly="0" geometryGeneratorEnabled="0" maximumDistance="0" lineAnchorTextPoint="FollowPlacement" allowDegraded="0" repeatDistanceUnits="MM" geometryGenerator="" maximumDistanceUnit="MM" offsetType="0" rotationUnit="AngleDegrees" distMapUnitScale="3x:0,0,0,0,0,0"/>
      <rendering zIndex="0" drawLabels="1" maxNumLabels="2000" obstacle="1" fontLimitPixelSize="0" obstacleFactor="1" upsidedownLabels="0" fontMinPixelSize="0" obstacleType="1" scaleMax="10000" limitNumLabels="0" minFeatureSize="0" scaleMin="0" scaleVisibility="1" mergeLines="0" fontMaxPixelSize="10000" unplacedVisibility="0" labelPerPart="0"/>
      <dd_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" value="pole_of_inaccessibility" type="QString"/>
          <Option name="blendMode" value="0" type="int"/>
          <Option name="ddProperties" type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
          <Option name="drawToAllParts" value="false" type="bool"/>
          <Option name="enabled" value="0" type="QString"/>
          <Option name="labelAnchorPoint" value="point_on_exterior" type="QString"/>
          <Option name="lineSymbol" value="&lt;symbol alpha=&quot;1&quot; name=&quot;symbol&quot; frame_rate=&quot;10&quot; force_rhr=&quot;0&quot; is_animated=&quot;0&quot; type=&quot;line&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; pass=&quot;0&quot; id=&quot;{5bca92e6-6f3d-42c9-a244-5cb1d30e3295}&quot; enabled=&quot;1&quot; locked=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;align_dash_pattern&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;capstyle&quot; value=&quot;square&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash&quot; value=&quot;5;2&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;customdash_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;draw_inside_polygon&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;joinstyle&quot; value=&quot;bevel&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_color&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_style&quot; value=&quot;solid&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width&quot; value=&quot;0.3&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;line_width_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;offset_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;ring_filter&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;use_custom_dash&quot; value=&quot;0&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option name=&quot;name&quot; value=&quot;&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option name=&quot;type&quot; value=&quot;collection&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" type="QString"/>
          <Option name="minLength" value="0" type="double"/>
          <Option name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="minLengthUnit" value="MM" type="QString"/>
          <Option name="offsetFromAnchor" value="0" type="double"/>
          <Option name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromAnchorUnit" value="MM" type="QString"/>
          <Option name="offsetFromLabel" value="0" type="double"/>
          <Option name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offsetFromLabelUnit" value="MM" type="QString"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field name="uuid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="title" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="description" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cause" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="category" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="kind" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="recurrence" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effect_horizon" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="operational_goal" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="indicator" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="responsible_org" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="responsible_person" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="responsible_contact" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="partners" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="priority" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="status_reason" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="planned_start" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="due_date" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="done_date" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="follow_up" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effort_planned" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="effort_actual" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="promise_uuid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="area" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="created_at" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_at" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="updated_by" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="version" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="uuid" name="" index="0"/>
    <alias field="title" name="" index="1"/>
    <alias field="description" name="" index="2"/>
    <alias field="cause" name="" index="3"/>
    <alias field="category" name="" index="4"/>
    <alias field="kind" name="" index="5"/>
    <alias field="recurrence" name="" index="6"/>
    <alias field="effect_horizon" name="" index="7"/>
    <alias field="operational_goal" name="" index="8"/>
    <alias field="indicator" name="" index="9"/>
    <alias field="responsible_org" name="" index="10"/>
    <alias field="responsible_person" name="" index="11"/>
    <alias field="responsible_contact" name="" index="12"/>
    <alias field="partners" name="" index="13"/>
    <alias field="priority" name="" index="14"/>
    <alias field="status" name="" index="15"/>
    <alias field="status_reason" name="" index="16"/>
    <alias field="planned_start" name="" index="17"/>
    <alias field="due_date" name="" index="18"/>
    <alias field="done_date" name="" index="19"/>
    <alias field="follow_up" name="" index="20"/>
    <alias field="effort_planned" name="" index="21"/>
    <alias field="effort_actual" name="" index="22"/>
    <alias field="promise_uuid" name="" index="23"/>
    <alias field="area" name="" index="24"/>
    <alias field="created_at" name="" index="25"/>
    <alias field="updated_at" name="" index="26"/>
    <alias field="updated_by" name="" index="27"/>
    <alias field="version" name="" index="28"/>
  </aliases>
  <splitPolicies>
    <policy field="uuid" policy="Duplicate"/>
    <policy field="title" policy="Duplicate"/>
    <policy field="description" policy="Duplicate"/>
    <policy field="cause" policy="Duplicate"/>
    <policy field="category" policy="Duplicate"/>
    <policy field="kind" policy="Duplicate"/>
    <policy field="recurrence" policy="Duplicate"/>
    <policy field="effect_horizon" policy="Duplicate"/>
    <policy field="operational_goal" policy="Duplicate"/>
    <policy field="indicator" policy="Duplicate"/>
    <policy field="responsible_org" policy="Duplicate"/>
    <policy field="responsible_person" policy="Duplicate"/>
    <policy field="responsible_contact" policy="Duplicate"/>
    <policy field="partners" policy="Duplicate"/>
    <policy field="priority" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="status_reason" policy="Duplicate"/>
    <policy field="planned_start" policy="Duplicate"/>
    <policy field="due_date" policy="Duplicate"/>
    <policy field="done_date" policy="Duplicate"/>
    <policy field="follow_up" policy="Duplicate"/>
    <policy field="effort_planned" policy="Duplicate"/>
    <policy field="effort_actual" policy="Duplicate"/>
    <policy field="promise_uuid" policy="Duplicate"/>
    <policy field="area" policy="Duplicate"/>
    <policy field="created_at" policy="Duplicate"/>
    <policy field="updated_at" policy="Duplicate"/>
    <policy field="updated_by" policy="Duplicate"/>
    <policy field="version" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="uuid" policy="Duplicate"/>
    <policy field="title" policy="Duplicate"/>
    <policy field="description" policy="Duplicate"/>
    <policy field="cause" policy="Duplicate"/>
    <policy field="category" policy="Duplicate"/>
    <policy field="kind" policy="Duplicate"/>
    <policy field="recurrence" policy="Duplicate"/>
    <policy field="effect_horizon" policy="Duplicate"/>
    <policy field="operational_goal" policy="Duplicate"/>
    <policy field="indicator" policy="Duplicate"/>
    <policy field="responsible_org" policy="Duplicate"/>
    <policy field="responsible_person" policy="Duplicate"/>
    <policy field="responsible_contact" policy="Duplicate"/>
    <policy field="partners" policy="Duplicate"/>
    <policy field="priority" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="status_reason" policy="Duplicate"/>
    <policy field="planned_start" policy="Duplicate"/>
    <policy field="due_date" policy="Duplicate"/>
    <policy field="done_date" policy="Duplicate"/>
    <policy field="follow_up" policy="Duplicate"/>
    <policy field="effort_planned" policy="Duplicate"/>
    <policy field="effort_actual" policy="Duplicate"/>
    <policy field="promise_uuid" policy="Duplicate"/>
    <policy field="area" policy="Duplicate"/>
    <policy field="created_at" policy="Duplicate"/>
    <policy field="updated_at" policy="Duplicate"/>
    <policy field="updated_by" policy="Duplicate"/>
    <policy field="version" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="uuid" expression="" applyOnUpdate="0"/>
    <default field="title" expression="" applyOnUpdate="0"/>
    <default field="description" expression="" applyOnUpdate="0"/>
    <default field="cause" expression="" applyOnUpdate="0"/>
    <default field="category" expression="" applyOnUpdate="0"/>
    <default field="kind" expression="" applyOnUpdate="0"/>
    <default field="recurrence" expression="" applyOnUpdate="0"/>
    <default field="effect_horizon" expression="" applyOnUpdate="0"/>
    <default field="operational_goal" expression="" applyOnUpdate="0"/>
    <default field="indicator" expression="" applyOnUpdate="0"/>
    <default field="responsible_org" expression="" applyOnUpdate="0"/>
    <default field="responsible_person" expression="" applyOnUpdate="0"/>
    <default field="responsible_contact" expression="" applyOnUpdate="0"/>
    <default field="partners" expression="" applyOnUpdate="0"/>
    <default field="priority" expression="" applyOnUpdate="0"/>
    <default field="status" expression="" applyOnUpdate="0"/>
    <default field="status_reason" expression="" applyOnUpdate="0"/>
    <default field="planned_start" expression="" applyOnUpdate="0"/>
    <default field="due_date" expression="" applyOnUpdate="0"/>
    <default field="done_date" expression="" applyOnUpdate="0"/>
    <default field="follow_up" expression="" applyOnUpdate="0"/>
    <default field="effort_planned" expression="" applyOnUpdate="0"/>
    <default field="effort_actual" expression="" applyOnUpdate="0"/>
    <default field="promise_uuid" expression="" applyOnUpdate="0"/>
    <default field="area" expression="" applyOnUpdate="0"/>
    <default field="created_at" expression="" applyOnUpdate="0"/>
    <default field="updated_at" expression="" applyOnUpdate="0"/>
    <default field="updated_by" expression="" applyOnUpdate="0"/>
    <default field="version" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="uuid" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="title" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="description" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="cause" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="category" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="kind" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="recurrence" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="effect_horizon" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="operational_goal" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="indicator" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="responsible_org" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="responsible_person" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="responsible_contact" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="partners" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="priority" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="status" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="status_reason" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="planned_start" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="due_date" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="done_date" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="follow_up" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="effort_planned" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="effort_actual" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="promise_uuid" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="area" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="created_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="updated_at" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="updated_by" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
    <constraint field="version" constraints="0" unique_strength="0" notnull_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="uuid" desc="" exp=""/>
    <constraint field="title" desc="" exp=""/>
    <constraint field="description" desc="" exp=""/>
    <constraint field="cause" desc="" exp=""/>
    <constraint field="category" desc="" exp=""/>
    <constraint field="kind" desc="" exp=""/>
    <constraint field="recurrence" desc="" exp=""/>
    <constraint field="effect_horizon" desc="" exp=""/>
    <constraint field="operational_goal" desc="" exp=""/>
    <constraint field="indicator" desc="" exp=""/>
    <constraint field="responsible_org" desc="" exp=""/>
    <constraint field="responsible_person" desc="" exp=""/>
    <constraint field="responsible_contact" desc="" exp=""/>
    <constraint field="partners" desc="" exp=""/>
    <constraint field="priority" desc="" exp=""/>
    <constraint field="status" desc="" exp=""/>
    <constraint field="status_reason" desc="" exp=""/>
    <constraint field="planned_start" desc="" exp=""/>
    <constraint field="due_date" desc="" exp=""/>
    <constraint field="done_date" desc="" exp=""/>
    <constraint field="follow_up" desc="" exp=""/>
    <constraint field="effort_planned" desc="" exp=""/>
    <constraint field="effort_actual" desc="" exp=""/>
    <constraint field="promise_uuid" desc="" exp=""/>
    <constraint field="area" desc="" exp=""/>
    <constraint field="created_at" desc="" exp=""/>
    <constraint field="updated_at" desc="" exp=""/>
    <constraint field="updated_by" desc="" exp=""/>
    <constraint field="version" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" sortExpression="" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
