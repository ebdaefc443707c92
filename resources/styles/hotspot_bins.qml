<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" styleCategories="Symbology|Fields">
  <renderer-v2 forceraster="0" referencescale="-1" symbollevels="0" enableorderby="0" type="categorizedSymbol" attr="coalesce(attribute(@feature, 'quadrant'), to_string(&quot;bin&quot;))">
    <categories>
      <category uuid="{a71adbb4-9219-4c2a-b165-8df529644fa1}" type="string" symbol="0" render="true" value="3" label="Hot spot 99 %"/>
      <category uuid="{80924b2d-8148-4aaa-9656-132fcadea4cc}" type="string" symbol="1" render="true" value="2" label="Hot spot 95 %"/>
      <category uuid="{4028fa76-89bb-4664-9e93-0adfb2f313d5}" type="string" symbol="2" render="true" value="1" label="Hot spot 90 %"/>
      <category uuid="{ac8a7390-c5ec-4d8f-8bdd-bacd701b5e7d}" type="string" symbol="3" render="true" value="0" label="Inte signifikant"/>
      <category uuid="{a3a12afc-0c20-4869-8c56-8db8ae13a741}" type="string" symbol="4" render="true" value="-1" label="Kall fläck 90 %"/>
      <category uuid="{fe5238b7-8b52-4220-87ba-28fea0daa1af}" type="string" symbol="5" render="true" value="-2" label="Kall fläck 95 %"/>
      <category uuid="{c09d033e-322b-4153-a2e1-27fac123f91a}" type="string" symbol="6" render="true" value="-3" label="Kall fläck 99 %"/>
      <category uuid="{88593a38-8ce3-4646-9251-d439991a0885}" type="string" symbol="7" render="true" value="HH" label="Hög–hög (kluster)"/>
      <category uuid="{10cd5f7d-86ea-43bd-a741-ae30d4715bbe}" type="string" symbol="8" render="true" value="HL" label="Hög–låg (avvikare)"/>
      <category uuid="{74cd7b3c-fd2a-4fe8-9219-cf93c8b7f272}" type="string" symbol="9" render="true" value="LH" label="Låg–hög (avvikare)"/>
      <category uuid="{e48e3a99-4264-4d72-b5be-a4fef5349fdd}" type="string" symbol="10" render="true" value="LL" label="Låg–låg (kluster)"/>
      <category uuid="{ae4170d5-2a8d-4243-8118-7851f839c7c2}" type="string" symbol="11" render="true" value="ns" label="Inte signifikant (Local Moran)"/>
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
        <layer id="{9dd3dfaa-9d63-4b48-a286-a5c63510bb6c}" class="SimpleFill" enabled="1" locked="0" pass="0">
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="1" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{7667b28e-27a1-4c4e-be84-16ee583dc945}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="239,138,98,255,rgb:0.93725490196078431,0.54117647058823526,0.3843137254901961,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="10" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{b0f02fb9-3b68-4409-a8c8-86792e4a6b9b}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="44,123,182,255,rgb:0.17254901960784313,0.4823529411764706,0.71372549019607845,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="11" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{6e86757a-16e6-4ae8-9693-12d851efbdd0}" class="SimpleFill" enabled="1" locked="0" pass="0">
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
        <layer id="{e97db03e-5244-4853-8d3e-41f4adc0c216}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="253,219,199,255,rgb:0.99215686274509807,0.85882352941176465,0.7803921568627451,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="3" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{6e9d56c7-2a9b-42db-8888-411e824e764a}" class="SimpleFill" enabled="1" locked="0" pass="0">
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="4" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{3b63af69-a931-4fca-b17d-a0dfc75928e1}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="209,229,240,255,rgb:0.81960784313725488,0.89803921568627454,0.94117647058823528,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="5" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{a4fefb33-54da-4e79-ae88-1d048008f86a}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="103,169,207,255,rgb:0.40392156862745099,0.66274509803921566,0.81176470588235294,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="6" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{50217632-3f6b-46c3-8c94-c0ff5adbb430}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="33,102,172,255,rgb:0.12941176470588237,0.40000000000000002,0.67450980392156867,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="7" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{ce00702d-3c19-4bb1-a4b9-9dafe179b5e8}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="215,25,28,255,rgb:0.84313725490196079,0.09803921568627451,0.10980392156862745,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="8" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{9506f9ef-3a25-41ca-8eaf-9c33fe5ec3b0}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="253,174,97,255,rgb:0.99215686274509807,0.68235294117647061,0.38039215686274508,1"/>
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
      <symbol clip_to_extent="1" force_rhr="0" is_animated="0" name="9" alpha="0.75" type="fill" frame_rate="10">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value=""/>
            <Option name="properties"/>
            <Option name="type" type="QString" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer id="{81af7424-a15d-4374-984b-4f63166078fb}" class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0"/>
            <Option name="color" type="QString" value="171,217,233,255,rgb:0.6705882352941176,0.85098039215686272,0.9137254901960784,1"/>
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
    <field configurationFlags="NoFlag" name="value"/>
    <field configurationFlags="NoFlag" name="z"/>
    <field configurationFlags="NoFlag" name="p"/>
    <field configurationFlags="NoFlag" name="p_sim"/>
    <field configurationFlags="NoFlag" name="bin"/>
    <field configurationFlags="NoFlag" name="local_i"/>
    <field configurationFlags="NoFlag" name="quadrant"/>
  </fieldConfiguration>
  <aliases>
    <alias field="value" index="0" name="Värde"/>
    <alias field="z" index="1" name="z-värde"/>
    <alias field="p" index="2" name="p-värde"/>
    <alias field="p_sim" index="3" name="p-värde (permutationer)"/>
    <alias field="bin" index="4" name="Konfidensklass"/>
    <alias field="local_i" index="5" name="Lokalt Moran's I"/>
    <alias field="quadrant" index="6" name="Kvadrant"/>
  </aliases>
  <splitPolicies>
    <policy field="value" policy="Duplicate"/>
    <policy field="z" policy="Duplicate"/>
    <policy field="p" policy="Duplicate"/>
    <policy field="p_sim" policy="Duplicate"/>
    <policy field="bin" policy="Duplicate"/>
    <policy field="local_i" policy="Duplicate"/>
    <policy field="quadrant" policy="Duplicate"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy field="value" policy="Duplicate"/>
    <policy field="z" policy="Duplicate"/>
    <policy field="p" policy="Duplicate"/>
    <policy field="p_sim" policy="Duplicate"/>
    <policy field="bin" policy="Duplicate"/>
    <policy field="local_i" policy="Duplicate"/>
    <policy field="quadrant" policy="Duplicate"/>
  </duplicatePolicies>
  <defaults>
    <default field="value" expression="" applyOnUpdate="0"/>
    <default field="z" expression="" applyOnUpdate="0"/>
    <default field="p" expression="" applyOnUpdate="0"/>
    <default field="p_sim" expression="" applyOnUpdate="0"/>
    <default field="bin" expression="" applyOnUpdate="0"/>
    <default field="local_i" expression="" applyOnUpdate="0"/>
    <default field="quadrant" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" field="value" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="z" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="p" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="p_sim" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="bin" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="local_i" exp_strength="0" constraints="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="quadrant" exp_strength="0" constraints="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="value" desc="" exp=""/>
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
