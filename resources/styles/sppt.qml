<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" styleCategories="Symbology|Fields">
  <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" enableorderby="0" type="categorizedSymbol" attr="to_string(&quot;changed&quot;)">
    <categories>
      <category uuid="{ed99f1a1-a094-4859-a6d8-34b26b352ccc}" type="string" symbol="0" render="true" value="1" label="Ökad andel"/>
      <category uuid="{72a363ec-95fd-4552-bbca-939a510ab782}" type="string" symbol="1" render="true" value="0" label="Ingen signifikant skillnad"/>
      <category uuid="{264cc669-e6a1-475c-97e0-54748f2da2b4}" type="string" symbol="2" render="true" value="-1" label="Minskad andel"/>
    </categories>
    <symbols>
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="0" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{8dfebd5f-ab20-4d1d-a5f6-3e84862fa8e3}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="215,48,31,255,rgb:0.84313725490196079,0.18823529411764706,0.12156862745098039,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="1" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{63731941-f529-4834-a1ac-51960a926769}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="242,242,242,255,rgb:0.94901960784313721,0.94901960784313721,0.94901960784313721,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="2" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{68fee09f-3c3a-4e24-9b9b-b23f60630296}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="33,113,181,255,rgb:0.12941176470588237,0.44313725490196076,0.70980392156862748,1"/>
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
    <field configurationFlags="NoFlag" name="base_count"/>
    <field configurationFlags="NoFlag" name="test_count"/>
    <field configurationFlags="NoFlag" name="base_pct"/>
    <field configurationFlags="NoFlag" name="test_pct"/>
    <field configurationFlags="NoFlag" name="ci_low"/>
    <field configurationFlags="NoFlag" name="ci_high"/>
    <field configurationFlags="NoFlag" name="changed"/>
  </fieldConfiguration>
  <aliases>
    <alias field="base_count" index="0" name="Antal (basperiod)"/>
    <alias field="test_count" index="1" name="Antal (testperiod)"/>
    <alias field="base_pct" index="2" name="Andel basperiod (%)"/>
    <alias field="test_pct" index="3" name="Andel testperiod (%)"/>
    <alias field="ci_low" index="4" name="Konfidensintervall, nedre (%)"/>
    <alias field="ci_high" index="5" name="Konfidensintervall, övre (%)"/>
    <alias field="changed" index="6" name="Förändring"/>
  </aliases>
  <splitPolicies>
    <policy field="base_count" policy="Duplicate"/>
    <policy field="test_count" policy="Duplicate"/>
    <policy field="base_pct" policy="Duplicate"/>
    <policy field="test_pct" policy="Duplicate"/>
    <policy field="ci_low" policy="Duplicate"/>
    <policy field="ci_high" policy="Duplicate"/>
    <policy field="changed" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="base_count" policy="Duplicate"/>
    <policy field="test_count" policy="Duplicate"/>
    <policy field="base_pct" policy="Duplicate"/>
    <policy field="test_pct" policy="Duplicate"/>
    <policy field="ci_low" policy="Duplicate"/>
    <policy field="ci_high" policy="Duplicate"/>
    <policy field="changed" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="base_count" expression="" applyOnUpdate="0"/>
    <default field="test_count" expression="" applyOnUpdate="0"/>
    <default field="base_pct" expression="" applyOnUpdate="0"/>
    <default field="test_pct" expression="" applyOnUpdate="0"/>
    <default field="ci_low" expression="" applyOnUpdate="0"/>
    <default field="ci_high" expression="" applyOnUpdate="0"/>
    <default field="changed" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" field="base_count" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="test_count" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="base_pct" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="test_pct" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="ci_low" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="ci_high" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="changed" exp_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="base_count" desc="" exp=""/>
    <constraint field="test_count" desc="" exp=""/>
    <constraint field="base_pct" desc="" exp=""/>
    <constraint field="test_pct" desc="" exp=""/>
    <constraint field="ci_low" desc="" exp=""/>
    <constraint field="ci_high" desc="" exp=""/>
    <constraint field="changed" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
