<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" version="3.40.6-Bratislava" styleCategories="AllStyleCategories" simplifyMaxScale="1" autoRefreshMode="Disabled" readOnly="0" labelsEnabled="1" symbologyReferenceScale="-1" minScale="100000000" autoRefreshTime="0" simplifyDrawingHints="1" simplifyLocal="1" maxScale="0" simplifyDrawingTol="1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" enabled="0" fixedDuration="0" startField="" endExpression="" durationField="" endField="" mode="0" startExpression="" limitMode="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation type="IndividualFeatures" zscale="1" respectLayerSymbol="1" showMarkerSymbolInSurfacePlots="0" binding="Centroid" extrusion="0" symbology="Line" zoffset="0" extrusionEnabled="0" clamping="Terrain">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol type="line" name="" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleLine" enabled="1" locked="0" pass="0" id="{5c78d4c8-e3fc-4f81-b618-51c75bfb935e}">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="square"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="line_color" value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.6"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol type="fill" name="" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0" id="{9c33dfa5-88e2-4f89-8a9e-9a022fd8e998}">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="109,89,131,255,rgb:0.42575722896162355,0.35013351644159607,0.51259632257572285,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol type="marker" name="" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0" id="{5dc24784-7620-41bf-997f-9b15409ee621}">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="152,125,183,255,rgb:0.59607843137254901,0.49019607843137253,0.71764705882352942,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="diamond"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="109,89,131,255,rgb:0.42575722896162355,0.35013351644159607,0.51259632257572285,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="3"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 type="categorizedSymbol" attr="status" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0">
    <categories>
      <category type="string" symbol="0" render="true" uuid="{0e700d02-440b-4e4b-8c03-a0208c870488}" label="Målet nått (≥ 100 % av målet)" value="green"/>
      <category type="string" symbol="1" render="true" uuid="{44af276c-4a3f-498f-a157-a36b9e52bfcd}" label="Delvis (50–99 % av målet)" value="yellow"/>
      <category type="string" symbol="2" render="true" uuid="{7c5b8b65-49ec-453d-b03c-ebabfb839d76}" label="Under målet (&lt; 50 %)" value="red"/>
    </categories>
    <symbols>
      <symbol type="fill" name="0" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0" id="{3ed1196e-a6de-4dc4-8174-3991e7d757de}">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="47,158,68,150,rgb:0.18431372549019609,0.61960784313725492,0.26666666666666666,0.58823529411764708"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="52,58,64,255,rgb:0.20392156862745098,0.22745098039215686,0.25098039215686274,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.5"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="1" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0" id="{4d9198fa-5052-464e-bbfa-5443e7d37545}">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="245,159,0,150,rgb:0.96078431372549022,0.62352941176470589,0,0.58823529411764708"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="52,58,64,255,rgb:0.20392156862745098,0.22745098039215686,0.25098039215686274,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.5"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" name="2" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0" id="{e854b2a3-1d9c-46b6-8b57-3111667f1a6a}">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="224,49,49,150,rgb:0.8784313725490196,0.19215686274509805,0.19215686274509805,0.58823529411764708"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="52,58,64,255,rgb:0.20392156862745098,0.22745098039215686,0.25098039215686274,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.5"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fontSizeMapUnitScale="3x:0,0,0,0,0,0" capitalization="0" forcedBold="0" fontFamily="DejaVu Sans" fontSizeUnit="Point" fontStrikeout="0" forcedItalic="0" tabStopDistanceUnit="Percentage" textColor="33,37,41,255,rgb:0.12941176470588237,0.14509803921568629,0.16078431372549021,1" textOpacity="1" fontKerning="1" tabStopDistanceMapUnitScale="3x:0,0,0,0,0,0" tabStopDistance="6" allowHtml="0" multilineHeightUnit="Percentage" fieldName="concat(coalesce(&quot;name&quot;, ''), '\n', &quot;visits&quot;, ' besök, ', format_number(&quot;target_share_pct&quot;, 0), ' % av målet')" namedStyle="" textOrientation="horizontal" isExpression="1" blendMode="0" useSubstitutions="0" fontWeight="50" previewBkgrdColor="255,255,255,255,rgb:1,1,1,1" fontWordSpacing="0" multilineHeight="1" fontSize="8" fontLetterSpacing="0" fontUnderline="0" legendString="Aa" fontItalic="0">
        <families/>
        <text-buffer bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferJoinStyle="128" bufferSizeUnits="MM" bufferDraw="1" bufferColor="255,255,255,255,rgb:1,1,1,1" bufferNoFill="1" bufferSize="1" bufferBlendMode="0" bufferOpacity="1"/>
        <text-mask maskOpacity="1" maskSize="1.5" maskedSymbolLayers="" maskSize2="1.5" maskJoinStyle="128" maskEnabled="0" maskType="0" maskSizeUnits="MM" maskSizeMapUnitScale="3x:0,0,0,0,0,0"/>
        <background shapeOffsetX="0" shapeSizeY="0" shapeSizeType="0" shapeSizeX="0" shapeOpacity="1" shapeRadiiY="0" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeDraw="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeFillColor="255,255,255,255,rgb:1,1,1,1" shapeBorderColor="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1" shapeRotation="0" shapeRotationType="0" shapeSizeUnit="MM" shapeRadiiUnit="MM" shapeBorderWidth="0" shapeOffsetUnit="MM" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0" shapeOffsetY="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeJoinStyle="64" shapeType="0">
          <symbol type="fill" name="fillSymbol" force_rhr="0" frame_rate="10" is_animated="0" alpha="1" clip_to_extent="1">
            <data_defined_properties>
              <Option type="Map">
                <Option type="QString" name="name" value=""/>
                <Option name="properties"/>
                <Option type="QString" name="type" value="collection"/>
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0" id="">
              <Option type="Map">
                <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="color" value="255,255,255,255,rgb:1,1,1,1"/>
                <Option type="QString" name="joinstyle" value="bevel"/>
                <Option type="QString" name="offset" value="0,0"/>
                <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
                <Option type="QString" name="offset_unit" value="MM"/>
                <Option type="QString" name="outline_color" value="128,128,128,255,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,1"/>
                <Option type="QString" name="outline_style" value="no"/>
                <Option type="QString" name="outline_width" value="0"/>
                <Option type="QString" name="outline_width_unit" value="MM"/>
                <Option type="QString" name="style" value="solid"/>
              </Option>
              <data_defined_properties>
                <Option type="Map">
                  <Option type="QString" name="name" value=""/>
                  <Option name="properties"/>
                  <Option type="QString" name="type" value="collection"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowScale="100" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowDraw="0" shadowOffsetUnit="MM" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowOffsetGlobal="1" shadowOpacity="0.69999999999999996" shadowOffsetDist="1" shadowColor="0,0,0,255,rgb:0,0,0,1" shadowUnder="0" shadowBlendMode="6" shadowOffsetAngle="135"/>
        <dd_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format formatNumbers="0" plussign="0" leftDirectionSymbol="&lt;" rightDirectionSymbol=">" reverseDirectionSymbol="0" addDirectionSymbol="0" wrapChar="" placeDirectionSymbol="0" decimals="3" multilineAlign="3" autoWrapLength="0" useMaxLineLengthForAutoWrap="1"/>
      <placement maximumDistanceUnit="MM" geometryGenerator="" centroidWhole="0" placement="0" geometryGeneratorEnabled="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" geometryGeneratorType="PointGeometry" quadOffset="4" prioritization="PreferCloser" lineAnchorPercent="0.5" offsetType="0" maxCurvedCharAngleOut="-25" maxCurvedCharAngleIn="25" dist="0" fitInPolygonOnly="0" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" priority="5" allowDegraded="0" rotationAngle="0" repeatDistanceUnits="MM" xOffset="0" preserveRotation="1" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" lineAnchorTextPoint="FollowPlacement" offsetUnits="MM" distMapUnitScale="3x:0,0,0,0,0,0" yOffset="0" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" rotationUnit="AngleDegrees" repeatDistance="0" centroidInside="0" distUnits="MM" maximumDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistance="0" overlapHandling="PreventOverlap" maximumDistance="0" lineAnchorClipping="0" lineAnchorType="0" placementFlags="10" layerType="UnknownGeometry"/>
      <rendering limitNumLabels="0" labelPerPart="0" minFeatureSize="0" mergeLines="0" scaleVisibility="0" unplacedVisibility="0" obstacle="1" scaleMax="0" fontMaxPixelSize="10000" zIndex="0" fontMinPixelSize="0" fontLimitPixelSize="0" upsidedownLabels="0" scaleMin="0" obstacleFactor="1" maxNumLabels="2000" drawLabels="1" obstacleType="1"/>
      <dd_properties>
        <Option type="Map">
          <Option type="QString" name="name" value=""/>
          <Option name="properties"/>
          <Option type="QString" name="type" value="collection"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option type="QString" name="anchorPoint" value="pole_of_inaccessibility"/>
          <Option type="int" name="blendMode" value="0"/>
          <Option type="Map" name="ddProperties">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
          <Option type="bool" name="drawToAllParts" value="false"/>
          <Option type="QString" name="enabled" value="0"/>
          <Option type="QString" name="labelAnchorPoint" value="point_on_exterior"/>
          <Option type="QString" name="lineSymbol" value="&lt;symbol type=&quot;line&quot; name=&quot;symbol&quot; force_rhr=&quot;0&quot; frame_rate=&quot;10&quot; is_animated=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot; id=&quot;{1ee01542-ea47-4256-94a0-07a92728abb2}&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;align_dash_pattern&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;capstyle&quot; value=&quot;square&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash&quot; value=&quot;5;2&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;customdash_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;dash_pattern_offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;draw_inside_polygon&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;joinstyle&quot; value=&quot;bevel&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_color&quot; value=&quot;60,60,60,255,rgb:0.23529411764705882,0.23529411764705882,0.23529411764705882,1&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_style&quot; value=&quot;solid&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width&quot; value=&quot;0.3&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;line_width_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;offset_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;ring_filter&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_end_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;trim_distance_start_unit&quot; value=&quot;MM&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;tweak_dash_pattern_on_corners&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;use_custom_dash&quot; value=&quot;0&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;width_map_unit_scale&quot; value=&quot;3x:0,0,0,0,0,0&quot;/>&lt;/Option>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option type=&quot;QString&quot; name=&quot;name&quot; value=&quot;&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option type=&quot;QString&quot; name=&quot;type&quot; value=&quot;collection&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>"/>
          <Option type="double" name="minLength" value="0"/>
          <Option type="QString" name="minLengthMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="minLengthUnit" value="MM"/>
          <Option type="double" name="offsetFromAnchor" value="0"/>
          <Option type="QString" name="offsetFromAnchorMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromAnchorUnit" value="MM"/>
          <Option type="double" name="offsetFromLabel" value="0"/>
          <Option type="QString" name="offsetFromLabelMapUnitScale" value="3x:0,0,0,0,0,0"/>
          <Option type="QString" name="offsetFromLabelUnit" value="MM"/>
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
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field name="place_uuid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
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
    <field name="visits" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="minutes" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="mean_minutes" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="visits_per_week" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="target_share_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="target_minutes_share_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="weeks_counted" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="weeks_below_target" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="peak_hours" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="share_in_peak_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="short_visits" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="long_visits" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="incidents" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="incidents_year_before" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="change_pct" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="p_value" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="place_uuid" name="Plats (UUID)" index="0"/>
    <alias field="name" name="Namn" index="1"/>
    <alias field="status" name="Uppföljning" index="2"/>
    <alias field="visits" name="Besök" index="3"/>
    <alias field="minutes" name="Minuter" index="4"/>
    <alias field="mean_minutes" name="Minuter per besök" index="5"/>
    <alias field="visits_per_week" name="Besök per vecka" index="6"/>
    <alias field="target_share_pct" name="Andel av målet, besök (%)" index="7"/>
    <alias field="target_minutes_share_pct" name="Andel av målet, minuter (%)" index="8"/>
    <alias field="weeks_counted" name="Bedömda veckor" index="9"/>
    <alias field="weeks_below_target" name="Veckor under målet" index="10"/>
    <alias field="peak_hours" name="Mest utsatta timmar" index="11"/>
    <alias field="share_in_peak_pct" name="Besök under de timmarna (%)" index="12"/>
    <alias field="short_visits" name="Korta besök (&lt; 10 min)" index="13"/>
    <alias field="long_visits" name="Långa besök (> 15 min)" index="14"/>
    <alias field="incidents" name="Händelser under perioden" index="15"/>
    <alias field="incidents_year_before" name="Händelser samma period året före" index="16"/>
    <alias field="change_pct" name="Förändring (%)" index="17"/>
    <alias field="p_value" name="p-värde (förändring)" index="18"/>
  </aliases>
  <splitPolicies>
    <policy field="place_uuid" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="visits" policy="Duplicate"/>
    <policy field="minutes" policy="Duplicate"/>
    <policy field="mean_minutes" policy="Duplicate"/>
    <policy field="visits_per_week" policy="Duplicate"/>
    <policy field="target_share_pct" policy="Duplicate"/>
    <policy field="target_minutes_share_pct" policy="Duplicate"/>
    <policy field="weeks_counted" policy="Duplicate"/>
    <policy field="weeks_below_target" policy="Duplicate"/>
    <policy field="peak_hours" policy="Duplicate"/>
    <policy field="share_in_peak_pct" policy="Duplicate"/>
    <policy field="short_visits" policy="Duplicate"/>
    <policy field="long_visits" policy="Duplicate"/>
    <policy field="incidents" policy="Duplicate"/>
    <policy field="incidents_year_before" policy="Duplicate"/>
    <policy field="change_pct" policy="Duplicate"/>
    <policy field="p_value" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="place_uuid" policy="Duplicate"/>
    <policy field="name" policy="Duplicate"/>
    <policy field="status" policy="Duplicate"/>
    <policy field="visits" policy="Duplicate"/>
    <policy field="minutes" policy="Duplicate"/>
    <policy field="mean_minutes" policy="Duplicate"/>
    <policy field="visits_per_week" policy="Duplicate"/>
    <policy field="target_share_pct" policy="Duplicate"/>
    <policy field="target_minutes_share_pct" policy="Duplicate"/>
    <policy field="weeks_counted" policy="Duplicate"/>
    <policy field="weeks_below_target" policy="Duplicate"/>
    <policy field="peak_hours" policy="Duplicate"/>
    <policy field="share_in_peak_pct" policy="Duplicate"/>
    <policy field="short_visits" policy="Duplicate"/>
    <policy field="long_visits" policy="Duplicate"/>
    <policy field="incidents" policy="Duplicate"/>
    <policy field="incidents_year_before" policy="Duplicate"/>
    <policy field="change_pct" policy="Duplicate"/>
    <policy field="p_value" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="place_uuid" applyOnUpdate="0" expression=""/>
    <default field="name" applyOnUpdate="0" expression=""/>
    <default field="status" applyOnUpdate="0" expression=""/>
    <default field="visits" applyOnUpdate="0" expression=""/>
    <default field="minutes" applyOnUpdate="0" expression=""/>
    <default field="mean_minutes" applyOnUpdate="0" expression=""/>
    <default field="visits_per_week" applyOnUpdate="0" expression=""/>
    <default field="target_share_pct" applyOnUpdate="0" expression=""/>
    <default field="target_minutes_share_pct" applyOnUpdate="0" expression=""/>
    <default field="weeks_counted" applyOnUpdate="0" expression=""/>
    <default field="weeks_below_target" applyOnUpdate="0" expression=""/>
    <default field="peak_hours" applyOnUpdate="0" expression=""/>
    <default field="share_in_peak_pct" applyOnUpdate="0" expression=""/>
    <default field="short_visits" applyOnUpdate="0" expression=""/>
    <default field="long_visits" applyOnUpdate="0" expression=""/>
    <default field="incidents" applyOnUpdate="0" expression=""/>
    <default field="incidents_year_before" applyOnUpdate="0" expression=""/>
    <default field="change_pct" applyOnUpdate="0" expression=""/>
    <default field="p_value" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="place_uuid" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="name" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="status" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="visits" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="minutes" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="mean_minutes" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="visits_per_week" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="target_share_pct" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="target_minutes_share_pct" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="weeks_counted" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="weeks_below_target" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="peak_hours" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="share_in_peak_pct" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="short_visits" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="long_visits" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="incidents" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="incidents_year_before" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="change_pct" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="p_value" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="place_uuid"/>
    <constraint exp="" desc="" field="name"/>
    <constraint exp="" desc="" field="status"/>
    <constraint exp="" desc="" field="visits"/>
    <constraint exp="" desc="" field="minutes"/>
    <constraint exp="" desc="" field="mean_minutes"/>
    <constraint exp="" desc="" field="visits_per_week"/>
    <constraint exp="" desc="" field="target_share_pct"/>
    <constraint exp="" desc="" field="target_minutes_share_pct"/>
    <constraint exp="" desc="" field="weeks_counted"/>
    <constraint exp="" desc="" field="weeks_below_target"/>
    <constraint exp="" desc="" field="peak_hours"/>
    <constraint exp="" desc="" field="share_in_peak_pct"/>
    <constraint exp="" desc="" field="short_visits"/>
    <constraint exp="" desc="" field="long_visits"/>
    <constraint exp="" desc="" field="incidents"/>
    <constraint exp="" desc="" field="incidents_year_before"/>
    <constraint exp="" desc="" field="change_pct"/>
    <constraint exp="" desc="" field="p_value"/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" actionWidgetStyle="dropDown" sortOrder="0">
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
  <layerGeometryType>2</layerGeometryType>
</qgis>
