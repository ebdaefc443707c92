<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" styleCategories="Symbology|Fields">
  <renderer-v2 type="categorizedSymbol" referencescale="-1" attr="quadrant" forceraster="0" enableorderby="0" symbollevels="0">
    <categories>
      <category type="string" label="Högt–högt (högt här och runt omkring)" value="HH" symbol="0" uuid="{07037ab5-ad2c-400e-92dc-1921f044d95e}" render="true"/>
      <category type="string" label="Högt–lågt (högt här, lågt runt omkring)" value="HL" symbol="1" uuid="{90eb5dfa-b253-4453-a84b-1ec93eceb58a}" render="true"/>
      <category type="string" label="Lågt–högt (lågt här, högt runt omkring)" value="LH" symbol="2" uuid="{1e0b1b57-d8a1-43bc-950c-c2e560337d9a}" render="true"/>
      <category type="string" label="Lågt–lågt (lågt här och runt omkring)" value="LL" symbol="3" uuid="{bcdfd572-0f47-49f1-9d5e-329e05b94b56}" render="true"/>
      <category type="string" label="Inte signifikant" value="ns" symbol="4" uuid="{592c8aa6-cc82-4e90-92f3-747a8a1ccf3a}" render="true"/>
    </categories>
    <symbols>
      <symbol type="fill" frame_rate="10" name="0" force_rhr="0" alpha="0.75" clip_to_extent="1" is_animated="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{ab671f45-288a-4b42-903d-02850b83b3d7}" pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="215,25,28,255,rgb:0.84313725490196079,0.09803921568627451,0.10980392156862745,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" name="1" force_rhr="0" alpha="0.75" clip_to_extent="1" is_animated="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{50d8ba1b-3dfa-4268-9c2e-cfea9a697dea}" pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="253,174,97,255,rgb:0.99215686274509807,0.68235294117647061,0.38039215686274508,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" name="2" force_rhr="0" alpha="0.75" clip_to_extent="1" is_animated="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{def50fbe-e96e-4d68-b1b3-ded090d43e0e}" pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="171,217,233,255,rgb:0.6705882352941176,0.85098039215686272,0.9137254901960784,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" name="3" force_rhr="0" alpha="0.75" clip_to_extent="1" is_animated="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{b225c7f6-04a5-4127-8965-f36d7b79e5df}" pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="44,123,182,255,rgb:0.17254901960784313,0.4823529411764706,0.71372549019607845,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="fill" frame_rate="10" name="4" force_rhr="0" alpha="0.75" clip_to_extent="1" is_animated="0">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" value="" name="name"/>
            <Option name="properties"/>
            <Option type="QString" value="collection" name="type"/>
          </Option>
        </data_defined_properties>
        <layer id="{a3132a02-9654-419b-933e-1f2fa506d377}" pass="0" class="SimpleFill" locked="0" enabled="1">
          <Option type="Map">
            <Option type="QString" value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale"/>
            <Option type="QString" value="242,242,242,255,rgb:0.94901960784313721,0.94901960784313721,0.94901960784313721,1" name="color"/>
            <Option type="QString" value="bevel" name="joinstyle"/>
            <Option type="QString" value="0,0" name="offset"/>
            <Option type="QString" value="3x:0,0,0,0,0,0" name="offset_map_unit_scale"/>
            <Option type="QString" value="MM" name="offset_unit"/>
            <Option type="QString" value="128,128,128,128,rgb:0.50196078431372548,0.50196078431372548,0.50196078431372548,0.50196078431372548" name="outline_color"/>
            <Option type="QString" value="solid" name="outline_style"/>
            <Option type="QString" value="0.1" name="outline_width"/>
            <Option type="QString" value="MM" name="outline_width_unit"/>
            <Option type="QString" value="solid" name="style"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" value="" name="name"/>
              <Option name="properties"/>
              <Option type="QString" value="collection" name="type"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" value="" name="name"/>
        <Option name="properties"/>
        <Option type="QString" value="collection" name="type"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <fieldConfiguration>
    <field name="value" configurationFlags="NoFlag"/>
    <field name="second_value" configurationFlags="NoFlag"/>
    <field name="z" configurationFlags="NoFlag"/>
    <field name="p" configurationFlags="NoFlag"/>
    <field name="p_sim" configurationFlags="NoFlag"/>
    <field name="bin" configurationFlags="NoFlag"/>
    <field name="local_i" configurationFlags="NoFlag"/>
    <field name="quadrant" configurationFlags="NoFlag"/>
  </fieldConfiguration>
  <aliases>
    <alias field="value" name="Värde" index="0"/>
    <alias field="second_value" name="Värde, andra variabeln" index="1"/>
    <alias field="z" name="z-värde" index="2"/>
    <alias field="p" name="p-värde" index="3"/>
    <alias field="p_sim" name="p-värde (permutationer)" index="4"/>
    <alias field="bin" name="Konfidensklass" index="5"/>
    <alias field="local_i" name="Lokalt Moran's I" index="6"/>
    <alias field="quadrant" name="Kvadrant" index="7"/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="value"/>
    <policy policy="Duplicate" field="second_value"/>
    <policy policy="Duplicate" field="z"/>
    <policy policy="Duplicate" field="p"/>
    <policy policy="Duplicate" field="p_sim"/>
    <policy policy="Duplicate" field="bin"/>
    <policy policy="Duplicate" field="local_i"/>
    <policy policy="Duplicate" field="quadrant"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="value"/>
    <policy policy="Duplicate" field="second_value"/>
    <policy policy="Duplicate" field="z"/>
    <policy policy="Duplicate" field="p"/>
    <policy policy="Duplicate" field="p_sim"/>
    <policy policy="Duplicate" field="bin"/>
    <policy policy="Duplicate" field="local_i"/>
    <policy policy="Duplicate" field="quadrant"/>
  </duplicatePolicies>
  <defaults>
    <default field="value" applyOnUpdate="0" expression=""/>
    <default field="second_value" applyOnUpdate="0" expression=""/>
    <default field="z" applyOnUpdate="0" expression=""/>
    <default field="p" applyOnUpdate="0" expression=""/>
    <default field="p_sim" applyOnUpdate="0" expression=""/>
    <default field="bin" applyOnUpdate="0" expression=""/>
    <default field="local_i" applyOnUpdate="0" expression=""/>
    <default field="quadrant" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint exp_strength="0" field="value" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="second_value" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="z" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="p" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="p_sim" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="bin" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="local_i" constraints="0" unique_strength="0" notnull_strength="0"/>
    <constraint exp_strength="0" field="quadrant" constraints="0" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="value" desc="" exp=""/>
    <constraint field="second_value" desc="" exp=""/>
    <constraint field="z" desc="" exp=""/>
    <constraint field="p" desc="" exp=""/>
    <constraint field="p_sim" desc="" exp=""/>
    <constraint field="bin" desc="" exp=""/>
    <constraint field="local_i" desc="" exp=""/>
    <constraint field="quadrant" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <layerGeometryType>2</layerGeometryType>
</qgis>
