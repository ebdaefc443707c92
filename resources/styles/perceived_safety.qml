<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Fields" version="3.40.6-Bratislava">
  <renderer-v2 attr="class" forceraster="0" referencescale="-1" type="categorizedSymbol" symbollevels="0" enableorderby="0">
    <categories>
      <category uuid="{957e6976-3317-4301-acfd-1f96bf50daac}" render="true" type="string" symbol="0" value="unsafe_crime" label="Otryggt och brottsutsatt"/>
      <category uuid="{6cd6cc35-33f4-4d7a-bbc5-c67f1a521b0f}" render="true" type="string" symbol="1" value="unsafe_low_crime" label="Otryggt men få anmälda brott"/>
      <category uuid="{3792aff8-9c9d-4533-9ed0-6964357dd0ef}" render="true" type="string" symbol="2" value="safe_crime" label="Tryggt men brottsutsatt"/>
      <category uuid="{19f2460c-4042-4774-a3a4-c6f236aa650a}" render="true" type="string" symbol="3" value="no_pattern" label="Inget mönster"/>
      <category uuid="{6ceca736-8b94-45e7-b3c0-ca9d1f14217d}" render="true" type="string" symbol="4" value="sparse" label="För få för att bedöma"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" name="0" is_animated="0" alpha="0.75" frame_rate="10" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{e5df0dcd-1cb4-4a7a-8ece-ee13f9682d00}" class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="178,24,43,255,rgb:0.69803921568627447,0.09411764705882353,0.16862745098039217,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.1"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="1" is_animated="0" alpha="0.75" frame_rate="10" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{965d2eaa-58ef-486b-bae9-5cb6a8b540a6}" class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="123,50,148,255,rgb:0.4823529411764706,0.19607843137254902,0.58039215686274515,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.1"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="2" is_animated="0" alpha="0.75" frame_rate="10" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{90215afd-594c-442f-9b09-597eaceef4d5}" class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="241,163,64,255,rgb:0.94509803921568625,0.63921568627450975,0.25098039215686274,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.1"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="3" is_animated="0" alpha="0.75" frame_rate="10" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{08ad4895-cb97-46aa-b98d-54eabd18d525}" class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="247,247,247,255,rgb:0.96862745098039216,0.96862745098039216,0.96862745098039216,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.1"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol clip_to_extent="1" name="4" is_animated="0" alpha="0.75" frame_rate="10" force_rhr="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{5e5c2b79-9e2c-4f2a-9cef-ed0a3aa5ba3d}" class="SimpleFill" locked="0" enabled="1" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="189,189,189,255,rgb:0.74117647058823533,0.74117647058823533,0.74117647058823533,1"/>
            <Option name="joinstyle" type="QString" value="bevel"/>
            <Option name="offset" type="QString" value="0,0"/>
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="offset_unit" type="QString" value="MM"/>
            <Option name="outline_color" type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_width" type="QString" value="0.1"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
            <Option name="style" type="QString" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value=""/>
              <Option name="properties"/>
              <Option name="type" type="QString" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option name="name" type="QString" value=""/>
        <Option name="properties"/>
        <Option name="type" type="QString" value="collection"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <fieldConfiguration>
    <field name="area" configurationFlags="NoFlag"/>
    <field name="unsafe_marks" configurationFlags="NoFlag"/>
    <field name="marks" configurationFlags="NoFlag"/>
    <field name="incidents" configurationFlags="NoFlag"/>
    <field name="local_i" configurationFlags="NoFlag"/>
    <field name="p_sim" configurationFlags="NoFlag"/>
    <field name="quadrant" configurationFlags="NoFlag"/>
    <field name="class" configurationFlags="NoFlag"/>
    <field name="class_label" configurationFlags="NoFlag"/>
  </fieldConfiguration>
  <aliases>
    <alias field="area" index="0" name="Område"/>
    <alias field="unsafe_marks" index="1" name="Otrygga markeringar"/>
    <alias field="marks" index="2" name="Markeringar"/>
    <alias field="incidents" index="3" name="Antal händelser"/>
    <alias field="local_i" index="4" name="Lokalt Moran's I"/>
    <alias field="p_sim" index="5" name="p-värde (permutationer)"/>
    <alias field="quadrant" index="6" name="Kvadrant"/>
    <alias field="class" index="7" name="Klass (kod)"/>
    <alias field="class_label" index="8" name="Klass"/>
  </aliases>
  <splitPolicies>
    <policy field="area" policy="Duplicate"/>
    <policy field="unsafe_marks" policy="Duplicate"/>
    <policy field="marks" policy="Duplicate"/>
    <policy field="incidents" policy="Duplicate"/>
    <policy field="local_i" policy="Duplicate"/>
    <policy field="p_sim" policy="Duplicate"/>
    <policy field="quadrant" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="class_label" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="area" policy="Duplicate"/>
    <policy field="unsafe_marks" policy="Duplicate"/>
    <policy field="marks" policy="Duplicate"/>
    <policy field="incidents" policy="Duplicate"/>
    <policy field="local_i" policy="Duplicate"/>
    <policy field="p_sim" policy="Duplicate"/>
    <policy field="quadrant" policy="Duplicate"/>
    <policy field="class" policy="Duplicate"/>
    <policy field="class_label" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="area" applyOnUpdate="0" expression=""/>
    <default field="unsafe_marks" applyOnUpdate="0" expression=""/>
    <default field="marks" applyOnUpdate="0" expression=""/>
    <default field="incidents" applyOnUpdate="0" expression=""/>
    <default field="local_i" applyOnUpdate="0" expression=""/>
    <default field="p_sim" applyOnUpdate="0" expression=""/>
    <default field="quadrant" applyOnUpdate="0" expression=""/>
    <default field="class" applyOnUpdate="0" expression=""/>
    <default field="class_label" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="area" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="unsafe_marks" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="marks" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="incidents" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="local_i" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="p_sim" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="quadrant" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="class" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="class_label" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="area" exp="" desc=""/>
    <constraint field="unsafe_marks" exp="" desc=""/>
    <constraint field="marks" exp="" desc=""/>
    <constraint field="incidents" exp="" desc=""/>
    <constraint field="local_i" exp="" desc=""/>
    <constraint field="p_sim" exp="" desc=""/>
    <constraint field="quadrant" exp="" desc=""/>
    <constraint field="class" exp="" desc=""/>
    <constraint field="class_label" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
