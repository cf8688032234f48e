<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>uo::AssignmentCsv</name>
    <message>
        <source>line 1: expected the header %1</source>
        <translation>第 1 行：表头应为 %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an id</source>
        <translation>%1“%2”不是有效的编号</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>应有 %1 列，实际为 %2 列</translation>
    </message>
    <message>
        <source>there is no segment %1</source>
        <translation>不存在路段 %1</translation>
    </message>
    <message>
        <source>segment %1 appears twice</source>
        <translation>路段 %1 出现了两次</translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation>不存在人员 %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not a city-management officer and cannot be a chief</source>
        <translation>%1（%2）不是城管队员，不能担任路段长</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer active</source>
        <translation>%1（%2）已停用</translation>
    </message>
    <message>
        <source>there is no collaborator &quot;%1&quot;</source>
        <translation>不存在协作人员“%1”</translation>
    </message>
    <message>
        <source>%1 (%2) is an officer; collaborators come from municipal works, greening or sanitation</source>
        <translation>%1（%2）是城管队员；协作人员应来自市政、园林绿化或环卫</translation>
    </message>
    <message>
        <source>entity %1 is not a Party branch</source>
        <translation>单位 %1 不是党支部</translation>
    </message>
</context>
<context>
    <name>uo::AssignmentPanel</name>
    <message>
        <source>(keep each segment&apos;s)</source>
        <translation>（保留各路段原值）</translation>
    </message>
    <message>
        <source>(no chief)</source>
        <translation>（无路段长）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cannot Assign</source>
        <translation>无法分配</translation>
    </message>
    <message>
        <source>&amp;Chief:</source>
        <translation>路段长(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Party branch:</source>
        <translation>党支部(&amp;P)：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Find collaborators by name or unit</source>
        <translation>按姓名或单位查找协作人员</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Open a district to assign people to its segments.</source>
        <translation>请先打开区县数据库，再为路段分配人员。</translation>
    </message>
    <message>
        <source>Select segments in the segment list to assign people to them.</source>
        <translation>请在路段列表中选择路段，再为其分配人员。</translation>
    </message>
    <message>
        <source>The district is open read-only.</source>
        <translation>区县数据库以只读方式打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 个路段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::AttributeTableDock</name>
    <message>
        <source>No district open</source>
        <translation>未打开辖区</translation>
    </message>
    <message>
        <source>%1 of %2 rows, %3 selected</source>
        <translation>共 %2 行，显示 %1 行，已选 %3 行</translation>
    </message>
    <message>
        <source>(listing rows…)</source>
        <translation>（正在列出…）</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>属性表</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Selected only</source>
        <translation>仅显示选中</translation>
    </message>
    <message>
        <source>Show only the rows selected here or on the map</source>
        <translation>只显示在此处或地图上选中的行</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>缩放到选中</translation>
    </message>
    <message>
        <source>Show the selected rows on the map (double-click a row to zoom to it)</source>
        <translation>在地图上显示选中的行（双击某行可缩放到该行）</translation>
    </message>
</context>
<context>
    <name>uo::BookmarkModel</name>
    <message>
        <source>%1 × %2 m</source>
        <translation>%1 × %2 米</translation>
    </message>
    <message>
        <source>No district is open.</source>
        <translation>未打开任何区县。</translation>
    </message>
</context>
<context>
    <name>uo::BookmarksDock</name>
    <message>
        <source>Bookmark Not Deleted</source>
        <translation>未能删除书签</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>Name of the place shown now:</source>
        <translation>当前视图的名称：</translation>
    </message>
    <message>
        <source>Bookmark %1</source>
        <translation>书签 %1</translation>
    </message>
    <message>
        <source>Bookmark Not Added</source>
        <translation>未能添加书签</translation>
    </message>
    <message>
        <source>Spatial Bookmarks</source>
        <translation>空间书签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the view shown now as a bookmark</source>
        <translation>将当前视图添加为书签</translation>
    </message>
    <message>
        <source>Go To</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>uo::CodeLists</name>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>占用</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>废弃</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>surveyed</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>topographic map</source>
        <translation>地形图</translation>
    </message>
    <message>
        <source>field drawn</source>
        <translation>调绘</translation>
    </message>
    <message>
        <source>other</source>
        <comment>data source</comment>
        <translation>其它</translation>
    </message>
    <message>
        <source>expressway</source>
        <translation>快速路</translation>
    </message>
    <message>
        <source>main road</source>
        <translation>主干路</translation>
    </message>
    <message>
        <source>secondary road</source>
        <translation>次干路</translation>
    </message>
    <message>
        <source>branch road</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>septic tank</source>
        <translation>化粪池</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>边坡</translation>
    </message>
    <message>
        <source>gas network</source>
        <translation>燃气管网</translation>
    </message>
    <message>
        <source>flooding spot</source>
        <translation>易涝积水点</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>桥梁</translation>
    </message>
    <message>
        <source>dangerous building</source>
        <translation>危房</translation>
    </message>
    <message>
        <source>underground space</source>
        <translation>地下空间</translation>
    </message>
    <message>
        <source>construction site</source>
        <translation>在建工地</translation>
    </message>
    <message>
        <source>falling objects</source>
        <translation>高空坠物</translation>
    </message>
    <message>
        <source>other</source>
        <comment>risk category</comment>
        <translation>其他风险</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>returned for joint excavation</source>
        <translation>退回联合开挖</translation>
    </message>
    <message>
        <source>works started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>drainage</source>
        <translation>排水</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>燃气</translation>
    </message>
    <message>
        <source>power</source>
        <translation>电力</translation>
    </message>
    <message>
        <source>telecom</source>
        <translation>通信</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广电</translation>
    </message>
    <message>
        <source>heat</source>
        <translation>热力</translation>
    </message>
    <message>
        <source>other</source>
        <comment>utility</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>改造</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>emergency repair</source>
        <translation>抢修</translation>
    </message>
    <message>
        <source>service connection</source>
        <translation>接入</translation>
    </message>
    <message>
        <source>online service</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>coordination by the governance centres</source>
        <translation>治理中心协调</translation>
    </message>
    <message>
        <source>joint enforcement</source>
        <translation>联合执法</translation>
    </message>
    <message>
        <source>city-management officer</source>
        <translation>城管队员</translation>
    </message>
    <message>
        <source>municipal works</source>
        <translation>市政</translation>
    </message>
    <message>
        <source>greening</source>
        <translation>园林绿化</translation>
    </message>
    <message>
        <source>sanitation</source>
        <translation>环卫</translation>
    </message>
    <message>
        <source>district</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>built-up area</source>
        <translation>建成区</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>town</source>
        <translation>镇</translation>
    </message>
</context>
<context>
    <name>uo::CrsTransform</name>
    <message>
        <source>No coordinate transformation from %1 to %2: %3</source>
        <translation>无法从 %1 转换坐标到 %2：%3</translation>
    </message>
</context>
<context>
    <name>uo::DigTimeline</name>
    <message numerus="yes">
        <source>%1: opened %n time(s) in the last %2 years</source>
        <translation>
            <numerusform>%1：近 %2 年开挖 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The permit touches no road.</source>
        <translation>该许可不涉及任何道路。</translation>
    </message>
</context>
<context>
    <name>uo::DistrictStore</name>
    <message>
        <source>Could not back up %1 to %2 before upgrading it: %3; the file was not changed.</source>
        <translation>升级前无法将 %1 备份到 %2：%3；文件未作任何更改。</translation>
    </message>
    <message>
        <source>unknown operator</source>
        <translation>未知操作员</translation>
    </message>
    <message>
        <source>%1 already exists; a new district store is never written over a file.</source>
        <translation>%1 已存在；新建区县数据库不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The store CRS must be an EPSG code.</source>
        <translation>数据库坐标系必须是 EPSG 代码。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a district store: it is not an SQLite database.</source>
        <translation>%1 不是区县数据库：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, not a district store; import its layers instead.</source>
        <translation>%1 是 GeoPackage 文件，不是区县数据库；请改为导入其中的图层。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a district store.</source>
        <translation>%1 是 SQLite 数据库，但不是区县数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer UrbanOps (schema version %2; this program reads up to %3). Update UrbanOps to open it.</source>
        <translation>%1 由更新版本的 UrbanOps 写入（结构版本 %2；本程序最高支持 %3）。请升级 UrbanOps 后再打开。</translation>
    </message>
    <message>
        <source>%1 is an incomplete district store: its settings are missing.</source>
        <translation>%1 是不完整的区县数据库：缺少设置信息。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is %2 bytes long but should hold %3.</source>
        <translation>%1 已损坏：文件长度为 %2 字节，应为 %3 字节。</translation>
    </message>
    <message>
        <source>%1 is damaged: its database header cannot be read.</source>
        <translation>%1 已损坏：无法读取数据库文件头。</translation>
    </message>
    <message>
        <source>%1 is not a readable district store: %2</source>
        <translation>%1 不是可读取的区县数据库：%2</translation>
    </message>
    <message>
        <source>The store has no table named %1.</source>
        <translation>数据库中没有名为 %1 的表。</translation>
    </message>
    <message>
        <source>%1 is not a map layer.</source>
        <translation>%1 不是地图图层。</translation>
    </message>
    <message>
        <source>%1 has no column %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>%1 has no editable column %2.</source>
        <translation>%1 没有可编辑的字段 %2。</translation>
    </message>
    <message>
        <source>%1 has no row %2.</source>
        <translation>%1 中没有第 %2 条记录。</translation>
    </message>
    <message>
        <source>The store CRS is fixed when the store is created; reproject into a new store instead.</source>
        <translation>数据库坐标系在创建时即已确定；如需更改，请重投影到新的数据库。</translation>
    </message>
    <message>
        <source>The built-in component catalogue is missing.</source>
        <translation>缺少内置的部件分类目录。</translation>
    </message>
    <message>
        <source>%1, line %2: expected scheme, code, name, name_en, parent.</source>
        <translation>%1，第 %2 行：应为 scheme, code, name, name_en, parent。</translation>
    </message>
</context>
<context>
    <name>uo::DistrictStyle</name>
    <message>
        <source>The map style is not a list of layers.</source>
        <translation>地图样式不是图层列表。</translation>
    </message>
</context>
<context>
    <name>uo::ExchangeTools</name>
    <message>
        <source>&amp;Import Layer…</source>
        <translation>导入图层(&amp;I)…</translation>
    </message>
    <message>
        <source>Read features from a GeoPackage, Shapefile, GeoJSON, KML, DXF or CSV file into the district</source>
        <translation>从 GeoPackage、Shapefile、GeoJSON、KML、DXF 或 CSV 文件读入要素到本区</translation>
    </message>
    <message>
        <source>&amp;Export Layer…</source>
        <translation>导出图层(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a layer, or its selected features, to a file for other GIS</source>
        <translation>将图层或其选中要素写出为其他 GIS 可用的文件</translation>
    </message>
</context>
<context>
    <name>uo::ExportDialog</name>
    <message>
        <source>Export a Layer</source>
        <translation>导出图层</translation>
    </message>
    <message>
        <source>The store&apos;s: %1</source>
        <translation>库内坐标系：%1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>图层(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Coordinates in:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected feature(s)</source>
        <translation>
            <numerusform>仅导出选中的 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;KML (*.kml);;CSV with WKT (*.csv);;DXF (*.dxf)</source>
        <translation>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;KML (*.kml);;带 WKT 的 CSV (*.csv);;DXF (*.dxf)</translation>
    </message>
    <message>
        <source>Choose a file ending in .gpkg, .shp, .geojson, .kml, .csv or .dxf.</source>
        <translation>请选择扩展名为 .gpkg、.shp、.geojson、.kml、.csv 或 .dxf 的文件。</translation>
    </message>
    <message>
        <source>Wrote %1 features to %2.</source>
        <translation>已将 %1 个要素写入 %2。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>uo::FeatureAttributes</name>
    <message>
        <source>Row id</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识码</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>小类代码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>部件类别</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <source>Unit grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>State</source>
        <translation>部件状态</translation>
    </message>
    <message>
        <source>Initial date</source>
        <translation>初始日期</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>通车日期</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>改建日期</translation>
    </message>
    <message>
        <source>Last major repair</source>
        <translation>最近大修日期</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>From (m)</source>
        <translation>起点（米）</translation>
    </message>
    <message>
        <source>To (m)</source>
        <translation>终点（米）</translation>
    </message>
    <message>
        <source>Segment chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>党建单位</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>营业执照号</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>经营者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>管线类型</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>施工类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>完工日期</translation>
    </message>
    <message>
        <source>Carriageway (m²)</source>
        <translation>车行道（平方米）</translation>
    </message>
    <message>
        <source>Sidewalk (m²)</source>
        <translation>人行道（平方米）</translation>
    </message>
    <message>
        <source>Green space (m²)</source>
        <translation>绿地（平方米）</translation>
    </message>
    <message>
        <source>Trench length (m)</source>
        <translation>沟槽长度（米）</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>审批条件</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>审批机关</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Traffic police approval</source>
        <translation>交警审批号</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>抢修</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>补办期限</translation>
    </message>
    <message>
        <source>Joint works group</source>
        <translation>联合施工组</translation>
    </message>
    <message>
        <source>Special approval</source>
        <translation>特别审批</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>几何</translation>
    </message>
    <message>
        <source>Point E %1 N %2</source>
        <translation>点 E %1 N %2</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 个点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line of %n vertices, %1 m</source>
        <translation>
            <numerusform>线，%n 个节点，%1 米</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %1 m² in %n part(s)</source>
        <translation>
            <numerusform>面，%1 平方米，%n 个部分</numerusform>
        </translation>
    </message>
    <message>
        <source>No geometry</source>
        <translation>无几何</translation>
    </message>
</context>
<context>
    <name>uo::FeatureSearch</name>
    <message>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Road segment</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Component: %1</source>
        <translation>部件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n segment(s)</source>
        <translation>
            <numerusform>%1，%n 个路段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::FindingModel</name>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>uo::IdentifyDock</name>
    <message>
        <source>Click on the map with the Identify tool to see what lies there.</source>
        <translation>用“识别”工具在地图上点击，查看该处的要素。</translation>
    </message>
    <message>
        <source>Nothing at E %1 N %2.</source>
        <translation>E %1 N %2 处没有要素。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at E %1 N %2.</source>
        <translation>
            <numerusform>E %1 N %2 处有 %n 个要素。</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Double-click to show it on the map</source>
        <translation>双击在地图上显示</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>uo::ImportCrsHint</name>
    <message>
        <source>%1 with x and y swapped</source>
        <translation>%1（x、y 互换）</translation>
    </message>
    <message>
        <source>read as %1, %2% of its features lie outside the district; read as %3, %4% lie inside</source>
        <translation>按 %1 读取，%2% 的要素在辖区之外；按 %3 读取，%4% 在辖区之内</translation>
    </message>
    <message>
        <source>read as %1, its features lie a median %2 m from the district&apos;s roads; read as %3, %4 m</source>
        <translation>按 %1 读取，要素距辖区道路的中位距离为 %2 米；按 %3 读取为 %4 米</translation>
    </message>
    <message>
        <source>The layer looks like %1, about %2 m from where it is read now (%3). Use %4 to read it so, or --accept to import it as it is.</source>
        <translation>该图层看起来是 %1，与当前读取的位置相差约 %2 米（%3）。请用 %4 按此读取，或加 --accept 按当前方式导入。</translation>
    </message>
</context>
<context>
    <name>uo::ImportDialog</name>
    <message>
        <source>Import a Layer</source>
        <translation>导入图层</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Layer in the file:</source>
        <translation>文件中的图层：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文字编码：</translation>
    </message>
    <message>
        <source>Automatic (.cpg, else UTF-8 or GBK)</source>
        <translation>自动（按 .cpg，否则 UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>&amp;Coordinates in:</source>
        <translation>坐标系(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Into store layer:</source>
        <translation>导入到图层(&amp;I)：</translation>
    </message>
    <message>
        <source>Fields (remembered for files with the same fields):</source>
        <translation>字段对应（字段相同的文件会记住此设置）：</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.dxf *.csv);;All files (*)</source>
        <translation>矢量文件 (*.gpkg *.shp *.geojson *.json *.kml *.dxf *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>As the file says: %1</source>
        <translation>按文件所述：%1</translation>
    </message>
    <message>
        <source>%1, %2 features of type %3.</source>
        <translation>%1，%2 个要素，类型为 %3。</translation>
    </message>
    <message>
        <source>unknown number of</source>
        <translation>数量未知的</translation>
    </message>
    <message>
        <source>The file names no coordinate system: choose the one its coordinates are in.</source>
        <translation>文件未说明坐标系：请选择其坐标所用的坐标系。</translation>
    </message>
    <message>
        <source>%1 features have problems and will be left out. Import the other %2?</source>
        <translation>%1 个要素有问题，将不导入。是否导入其余 %2 个？</translation>
    </message>
    <message>
        <source>Imported %1 features into %2.</source>
        <translation>已导入 %1 个要素到“%2”。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何要素。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何要素。%1</translation>
    </message>
    <message>
        <source>Check cancelled after %1 features.</source>
        <translation>检查在第 %1 个要素后取消。</translation>
    </message>
    <message>
        <source>Check the file to see what can be imported.</source>
        <translation>请先检查文件，看哪些要素可以导入。</translation>
    </message>
    <message>
        <source>%1 features read: %2 can be imported, %3 have problems (listed below; they are left out).</source>
        <translation>读取 %1 个要素：%2 个可导入，%3 个有问题（列于下方，将不导入）。</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 条。</translation>
    </message>
    <message>
        <source>x and y are &amp;swapped (latitude or northing first)</source>
        <translation>x、y 互换(&amp;S)（纬度或北坐标在前）</translation>
    </message>
    <message>
        <source>&amp;Make identifiers for features without one (components: from the class; risk points: the store&apos;s numbering)</source>
        <translation>为没有标识码的要素生成标识码(&amp;M)（部件按小类；风险点按库中编号）</translation>
    </message>
    <message>
        <source>Features already in the &amp;store:</source>
        <translation>库中已有的要素(&amp;S)：</translation>
    </message>
    <message>
        <source>Leave them out and list them</source>
        <translation>不导入，并列出</translation>
    </message>
    <message>
        <source>Merge: the stored feature takes the file&apos;s values</source>
        <translation>合并：库中要素改用文件中的值</translation>
    </message>
    <message>
        <source>%1

Import the %2 features as they are read now anyway?</source>
        <translation>%1

仍按当前读取方式导入这 %2 个要素吗？</translation>
    </message>
    <message>
        <source>%1 of them were already in the store and took the file&apos;s values.</source>
        <translation>其中 %1 个原已在库中，已改用文件中的值。</translation>
    </message>
    <message>
        <source>The coordinate system looks wrong (below): check it before importing.</source>
        <translation>坐标系看起来不对（见下方）：导入前请核对。</translation>
    </message>
</context>
<context>
    <name>uo::ImportGeometry</name>
    <message>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message>
        <source>line</source>
        <translation>线</translation>
    </message>
    <message>
        <source>polygon</source>
        <translation>面</translation>
    </message>
    <message>
        <source>multi-point</source>
        <translation>多点</translation>
    </message>
    <message>
        <source>multi-line</source>
        <translation>多线</translation>
    </message>
    <message>
        <source>multi-polygon</source>
        <translation>多面</translation>
    </message>
    <message>
        <source>geometry collection</source>
        <translation>几何集合</translation>
    </message>
    <message>
        <source>the coordinates cannot be taken from %1 (wrong coordinate system?)</source>
        <translation>无法从 %1 转换坐标（坐标系选错了？）</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <source>the point %1, %2 is outside the district (wrong coordinate system?)</source>
        <translation>点 %1, %2 在辖区之外（坐标系选错了？）</translation>
    </message>
    <message>
        <source>a line in %1 parts; split it into one feature per part</source>
        <translation>该线由 %1 段组成；请拆成每段一个要素</translation>
    </message>
    <message>
        <source>a %1 where the layer takes a %2</source>
        <translation>这是%1，而该图层只接受%2</translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation>几何图形无效：%1</translation>
    </message>
    <message>
        <source>the %1 near %2, %3 is not inside the district (wrong coordinate system?)</source>
        <translation>位于 %2, %3 附近的%1不在辖区内（坐标系选错了？）</translation>
    </message>
    <message>
        <source>a line where the layer takes a polygon (a trench drawn as a line needs its width in a width_m field)</source>
        <translation>图层要求面，这里却是线（画成线的沟槽需在 width_m 字段中给出宽度）</translation>
    </message>
</context>
<context>
    <name>uo::ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not COLUMN:LABEL=CODE.</source>
        <translation>“%1”不是 列:文件中的写法=代码 的形式。</translation>
    </message>
</context>
<context>
    <name>uo::ImportSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a vector file GDAL can read.</source>
        <translation>%1 不是 GDAL 能读取的矢量文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no table of features.</source>
        <translation>%1 中没有要素表。</translation>
    </message>
    <message>
        <source>%1 has no layer named %2.</source>
        <translation>%1 中没有名为 %2 的图层。</translation>
    </message>
    <message numerus="yes">
        <source>the header is %n byte(s) long instead of at least 32</source>
        <translation>
            <numerusform>文件头只有 %n 个字节，而至少应有 32 个</numerusform>
        </translation>
    </message>
    <message>
        <source>it says its header is %1 bytes long, which no dBASE header is</source>
        <translation>文件头自称长 %1 个字节，这不是 dBASE 文件头可能的长度</translation>
    </message>
    <message>
        <source>the header ends after %1 of its %2 bytes</source>
        <translation>文件头在 %2 个字节中的第 %1 个之后就结束了</translation>
    </message>
    <message>
        <source>field %1 has the type &quot;%2&quot;, which dBASE does not know</source>
        <translation>第 %1 个字段的类型为“%2”，dBASE 中没有这种类型</translation>
    </message>
    <message>
        <source>the list of fields does not end where the header says</source>
        <translation>字段列表没有在文件头所说的位置结束</translation>
    </message>
    <message numerus="yes">
        <source>its records are %1 bytes long but its %n field(s) add up to %2</source>
        <translation>
            <numerusform>每条记录长 %1 个字节，但 %n 个字段加起来是 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The attribute table of %1 is damaged: %2 (%3). Its fields cannot be read; nothing was imported.</source>
        <translation>%1 的属性表已损坏：%2（%3）。无法读取其字段，未导入任何要素。</translation>
    </message>
    <message>
        <source>the text of %1 is not valid %2</source>
        <translation>%1 的文字不是有效的 %2</translation>
    </message>
    <message>
        <source>the text of %1 is not valid %2; if the file is in another encoding, name it (--encoding)</source>
        <translation>%1 的文字不是有效的 %2；如果文件用的是其他编码，请指明（--encoding）</translation>
    </message>
</context>
<context>
    <name>uo::ImportTarget</name>
    <message>
        <source>end_date %1 is before start_date %2</source>
        <translation>end_date %1 早于 start_date %2</translation>
    </message>
    <message>
        <source>no identifier (--generate-ids gives features without one a new identifier)</source>
        <translation>没有标识码（加 --generate-ids 可为没有标识码的要素生成新标识码）</translation>
    </message>
    <message>
        <source>no class to make an identifier from</source>
        <translation>没有小类，无法生成标识码</translation>
    </message>
    <message>
        <source>class %1 has no free identifier left</source>
        <translation>小类 %1 已没有可用的标识码</translation>
    </message>
    <message>
        <source>identifier &quot;%1&quot; is not a 16- or 17-digit component identifier</source>
        <translation>标识码“%1”不是 16 位或 17 位部件标识码</translation>
    </message>
    <message>
        <source>identifier %1 belongs to district %2, not to this store&apos;s %3</source>
        <translation>标识码 %1 属于区县 %2，不属于本库的 %3</translation>
    </message>
    <message>
        <source>identifier %1 is of class %2, not %3</source>
        <translation>标识码 %1 属于小类 %2，而不是 %3</translation>
    </message>
    <message>
        <source>class %1 is not in the catalogue</source>
        <translation>小类 %1 不在部件目录中</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s) made for features without one: %1 to %2</source>
        <translation>
            <numerusform>为没有标识码的要素生成了 %n 个标识码：%1 至 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ImportValues</name>
    <message>
        <source>The file has no field %1 (mapped to %2).</source>
        <translation>文件中没有字段 %1（对应到 %2）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1“%2”不是整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the store keeps at most %3</source>
        <translation>%1 长 %2 个字符；库中最多保存 %3 个</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date like 2026-12-01</source>
        <translation>%1“%2”不是 2026-12-01 这样的日期</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known value (nearest: %3); --values %1:%2=CODE reads it</source>
        <translation>%1“%2”不是已知的值（最接近的：%3）；可用 --values %1:%2=代码 指定其含义</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 为负数</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; read as %3 (%n feature(s))</source>
        <translation>
            <numerusform>%1：“%2”读作 %3（%n 个要素）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ImportWriter</name>
    <message>
        <source>%1 &quot;%2&quot; is already in the store or earlier in the file</source>
        <translation>%1“%2”已在库中或在文件前面出现过</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>a value the store does not allow (%1)</source>
        <translation>有库不接受的值（%1）</translation>
    </message>
    <message>
        <source>a reference (entity, street, person) names nothing in the store</source>
        <translation>引用的单位、街道或人员在库中不存在</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the store %2 m from here (row %3); merging takes the file&apos;s values</source>
        <translation>“%1”已在库中，距此 %2 米（第 %3 行）；选择合并则改用文件中的值</translation>
    </message>
</context>
<context>
    <name>uo::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>uo::LayerClassEditor</name>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方形</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>菱形</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1的颜色</translation>
    </message>
    <message>
        <source>Symbol of %1</source>
        <translation>%1的符号</translation>
    </message>
</context>
<context>
    <name>uo::LayerExport</name>
    <message>
        <source>%1 is not a map layer of the store.</source>
        <translation>%1 不是数据库中的地图图层。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .gpkg, .shp, .geojson, .kml, .csv or .dxf.</source>
        <translation>%1：文件名须以 .gpkg、.shp、.geojson、.kml、.csv 或 .dxf 结尾。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在；请另选文件名。</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a coordinate system GDAL knows.</source>
        <translation>EPSG:%1 不是 GDAL 能识别的坐标系。</translation>
    </message>
    <message>
        <source>Exporting %1 to %2 failed: %3</source>
        <translation>将 %1 导出到 %2 失败：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>uo::LayerImport</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>%1 is not a layer an import can fill (%2).</source>
        <translation>%1 不是可导入的图层（可导入：%2）。</translation>
    </message>
    <message>
        <source>No field of the file fills %1, which every feature of %2 needs.</source>
        <translation>文件中没有字段对应 %1，而 %2 的每个要素都必须有。</translation>
    </message>
    <message>
        <source>%1 uses a coordinate system without an EPSG code (%2); choose the coordinate system to read it in.</source>
        <translation>%1 使用的坐标系没有 EPSG 代码（%2）；请选择读取它所用的坐标系。</translation>
    </message>
    <message>
        <source>the file holds no features</source>
        <translation>文件中没有要素</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (after feature %2: %3); nothing was imported.</source>
        <translation>%1 已损坏或不完整（第 %2 个要素之后：%3），未导入任何要素。</translation>
    </message>
    <message>
        <source>the file says it holds %1 features</source>
        <translation>文件声明含 %1 个要素</translation>
    </message>
    <message>
        <source>The file&apos;s name says GCJ-02: its coordinates are read as GCJ-02 (--crs 4326 reads them as %1).</source>
        <translation>文件名表明是 GCJ-02：其坐标按 GCJ-02 读取（用 --crs 4326 则按 %1 读取）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n layer(s): %2. Choose the one to import (--layer NAME).</source>
        <translation>
            <numerusform>%1 含有 %n 个图层：%2。请选择要导入的图层（--layer 名称）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::LayerListModel</name>
    <message numerus="yes">
        <source>%1: %n feature(s)</source>
        <translation>
            <numerusform>%1：%n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>要素数</translation>
    </message>
    <message>
        <source>Not drawn at this scale (see the layer&apos;s style).</source>
        <translation>此比例尺下不绘制（见图层样式）。</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>隐藏%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
</context>
<context>
    <name>uo::LayerStyleDialog</name>
    <message>
        <source>Outline:</source>
        <translation>边界线：</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Style of %1</source>
        <translation>%1的样式</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Symbol sizes and line widths, times the usual.</source>
        <translation>符号大小和线宽，为常规的倍数。</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Show names along the lines</source>
        <translation>沿线显示名称</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标注：</translation>
    </message>
    <message>
        <source>Drawn at scales</source>
        <translation>显示比例尺范围</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>The scale of the map now</source>
        <translation>地图当前的比例尺</translation>
    </message>
    <message>
        <source>Zoomed out to at most:</source>
        <translation>最多缩小到：</translation>
    </message>
    <message>
        <source>Zoomed in to at most:</source>
        <translation>最多放大到：</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>uo::LayerTools</name>
    <message>
        <source>The map style could not be saved: %1</source>
        <translation>无法保存地图样式：%1</translation>
    </message>
    <message>
        <source>&amp;Style…</source>
        <translation>样式(&amp;S)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Expand All Legends</source>
        <translation>展开全部图例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Collapse All Legends</source>
        <translation>折叠全部图例(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reset Map Style</source>
        <translation>重置地图样式(&amp;R)</translation>
    </message>
    <message>
        <source>Reset Map Style</source>
        <translation>重置地图样式</translation>
    </message>
</context>
<context>
    <name>uo::Layers</name>
    <message>
        <source>District boundary</source>
        <translation>区县边界</translation>
    </message>
    <message>
        <source>Streets and towns</source>
        <translation>街道（镇）</translation>
    </message>
    <message>
        <source>Unit grid cells</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Road segments</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Excavation permits</source>
        <translation>掘路许可</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Shops and stalls</source>
        <translation>门店摊点</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
</context>
<context>
    <name>uo::Legend</name>
    <message>
        <source>Trunk road</source>
        <translation>快速路</translation>
    </message>
    <message>
        <source>Main road</source>
        <translation>主干路</translation>
    </message>
    <message>
        <source>Secondary road</source>
        <translation>次干路</translation>
    </message>
    <message>
        <source>Branch road</source>
        <translation>支路</translation>
    </message>
    <message>
        <source>Segment with a chief (a shade per chief)</source>
        <translation>已落实路段长的路段（每位路段长一种色调）</translation>
    </message>
    <message>
        <source>Segment without a chief</source>
        <translation>未落实路段长的路段</translation>
    </message>
    <message>
        <source>Red risk (major)</source>
        <translation>红色风险（重大）</translation>
    </message>
    <message>
        <source>Orange risk (high)</source>
        <translation>橙色风险（较大）</translation>
    </message>
    <message>
        <source>Yellow risk (moderate)</source>
        <translation>黄色风险（一般）</translation>
    </message>
    <message>
        <source>Blue risk (low)</source>
        <translation>蓝色风险（低）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Works started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>Road restored</source>
        <translation>已恢复路面</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予许可</translation>
    </message>
    <message>
        <source>Returned for joint excavation</source>
        <translation>退回联合开挖</translation>
    </message>
    <message>
        <source>Public utilities</source>
        <translation>公用设施</translation>
    </message>
    <message>
        <source>Road traffic</source>
        <translation>道路交通</translation>
    </message>
    <message>
        <source>City appearance and environment</source>
        <translation>市容环境</translation>
    </message>
    <message>
        <source>Landscaping and greening</source>
        <translation>园林绿化</translation>
    </message>
    <message>
        <source>Buildings and land</source>
        <translation>房屋土地</translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation>其他设施</translation>
    </message>
    <message>
        <source>Local extensions</source>
        <translation>扩展部件</translation>
    </message>
    <message>
        <source>Damaged or missing</source>
        <translation>破损或丢失</translation>
    </message>
    <message>
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>建成区</translation>
    </message>
</context>
<context>
    <name>uo::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open District…</source>
        <translation>打开区县数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a district database (SpatiaLite)</source>
        <translation>打开区县数据库（SpatiaLite）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>全图显示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>&amp;Layer List</source>
        <translation>图层列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About UrbanOps Workstation</source>
        <translation>关于 UrbanOps 工作站(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>UrbanOps Workstation</source>
        <translation>UrbanOps 城市管理工作站</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open District Database</source>
        <translation>打开区县数据库</translation>
    </message>
    <message>
        <source>District databases (*.sqlite *.db *.spatialite);;All files (*)</source>
        <translation>区县数据库 (*.sqlite *.db *.spatialite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Open District</source>
        <translation>无法打开区县数据库</translation>
    </message>
    <message>
        <source>The file was upgraded to the current format; the original is kept as %1.</source>
        <translation>文件已升级为当前格式；原文件保留为 %1。</translation>
    </message>
    <message>
        <source>no district open</source>
        <translation>未打开区县数据库</translation>
    </message>
    <message>
        <source>About UrbanOps Workstation</source>
        <translation>关于 UrbanOps 工作站</translation>
    </message>
    <message>
        <source>&lt;h3&gt;UrbanOps Workstation %1&lt;/h3&gt;&lt;p&gt;The desktop GIS of the urban-management bureau: the component base map, risk points, road segments and their chiefs, and road-excavation permits of a district.&lt;/p&gt;&lt;p&gt;Coordinate system of the open district: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UrbanOps 城市管理工作站 %1&lt;/h3&gt;&lt;p&gt;城市管理局的桌面 GIS：管理一个区县的部件底图、风险点、路段及路段长，以及道路挖掘许可。&lt;/p&gt;&lt;p&gt;当前区县的坐标系：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>uo::MapCanvas</name>
    <message>
        <source>Open a district database with File ▸ Open District…</source>
        <translation>请通过“文件 ▸ 打开区县数据库…”打开区县数据库</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <source>Reading the district map…</source>
        <translation>正在读取区县地图…</translation>
    </message>
</context>
<context>
    <name>uo::MapStatusBar</name>
    <message>
        <source>EPSG:%1  E %2  N %3</source>
        <translation>EPSG:%1  东 %2  北 %3</translation>
    </message>
    <message>
        <source>outside the CRS</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <source>EPSG:%1  %2°%3  %4°%5</source>
        <translation>EPSG:%1  %3 %2°  %5 %4°</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西经</translation>
    </message>
    <message>
        <source>E</source>
        <translation>东经</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南纬</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北纬</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <source>Pointer position in the store&apos;s coordinate system (metres)</source>
        <translation>指针在数据库坐标系中的位置（米）</translation>
    </message>
    <message>
        <source>Pointer position in CGCS2000 longitude and latitude</source>
        <translation>指针的 CGCS2000 经纬度</translation>
    </message>
    <message>
        <source>The name under which changes are recorded in the audit log</source>
        <translation>审计日志中记录修改所用的名称</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
    <message>
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>Map scale on this screen: type a scale and press Enter, or pick one</source>
        <translation>当前屏幕上的地图比例尺：输入比例尺后按回车，或从列表中选择</translation>
    </message>
</context>
<context>
    <name>uo::MapTools</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>Drag the map to move it</source>
        <translation>拖动地图进行平移</translation>
    </message>
    <message>
        <source>&amp;Zoom Box</source>
        <translation>拉框缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Drag a rectangle to show just it; click to zoom in, right-click to zoom out</source>
        <translation>拖出矩形框放大到该范围；单击放大，右击缩小</translation>
    </message>
    <message>
        <source>&amp;Identify</source>
        <translation>识别(&amp;I)</translation>
    </message>
    <message>
        <source>Click a feature to see all of its attributes</source>
        <translation>点击要素查看其全部属性</translation>
    </message>
    <message>
        <source>Select by &amp;Rectangle</source>
        <translation>矩形选择(&amp;R)</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to select; Shift adds, Ctrl removes, Esc clears</source>
        <translation>单击或拖出矩形框进行选择；Shift 添加，Ctrl 移除，Esc 清除</translation>
    </message>
    <message>
        <source>Select by Pol&amp;ygon</source>
        <translation>多边形选择(&amp;Y)</translation>
    </message>
    <message>
        <source>Click the corners of a polygon, double-click to close it; Shift adds, Ctrl removes</source>
        <translation>依次点击多边形的顶点，双击闭合；Shift 添加，Ctrl 移除</translation>
    </message>
    <message>
        <source>Pre&amp;vious Extent</source>
        <translation>上一视图(&amp;V)</translation>
    </message>
    <message>
        <source>Go back to the view before</source>
        <translation>返回上一个视图</translation>
    </message>
    <message>
        <source>Ne&amp;xt Extent</source>
        <translation>下一视图(&amp;X)</translation>
    </message>
    <message>
        <source>Go forward again to the next view</source>
        <translation>前进到下一个视图</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选要素(&amp;S)</translation>
    </message>
    <message>
        <source>Show all the selected features</source>
        <translation>显示全部所选要素</translation>
    </message>
    <message>
        <source>Zoom to La&amp;yer</source>
        <translation>缩放到图层(&amp;Y)</translation>
    </message>
    <message>
        <source>Show all of the layer chosen in the layer list</source>
        <translation>显示图层列表中所选图层的全部范围</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>清除选择(&amp;C)</translation>
    </message>
    <message>
        <source>Select nothing</source>
        <translation>取消全部选择</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark…</source>
        <translation>添加书签(&amp;B)…</translation>
    </message>
    <message>
        <source>Keep the view shown now as a spatial bookmark of the district</source>
        <translation>将当前视图保存为本区县的空间书签</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a component, road, segment, person or shop</source>
        <translation>查找部件、道路、路段、人员或商铺</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Map Toolbar</source>
        <translation>地图工具栏(&amp;M)</translation>
    </message>
    <message>
        <source>Identify &amp;Results</source>
        <translation>识别结果(&amp;R)</translation>
    </message>
    <message>
        <source>Spatial &amp;Bookmarks</source>
        <translation>空间书签(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer has no features to show.</source>
        <translation>该图层没有可显示的要素。</translation>
    </message>
</context>
<context>
    <name>uo::MappingEditor</name>
    <message>
        <source>Store column</source>
        <translation>库字段</translation>
    </message>
    <message>
        <source>Field of the file</source>
        <translation>文件字段</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Pick the field that fills this column, or type = and a value that every feature takes, e.g. =main</source>
        <translation>选择填充此列的字段，或输入“=”加一个值，使每个要素都取该值，例如 =main</translation>
    </message>
    <message>
        <source>The file&apos;s own words for values</source>
        <translation>文件自己的取值写法</translation>
    </message>
    <message>
        <source>Column %1 of the store</source>
        <translation>库中的列 %1</translation>
    </message>
    <message>
        <source>e.g. 好=完好, 坏=破损</source>
        <translation>例如 好=完好, 坏=破损</translation>
    </message>
    <message>
        <source>Values this file writes in its own way, each followed by = and the value the workstation knows (its word or code), separated by commas</source>
        <translation>本文件自有写法的取值，每个后面加 = 和工作站认识的值（名称或代码），用逗号分隔</translation>
    </message>
</context>
<context>
    <name>uo::MySegmentsDock</name>
    <message>
        <source>(choose a person)</source>
        <translation>（请选择人员）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, inactive</source>
        <translation>%1，已停用</translation>
    </message>
    <message>
        <source>&lt;p&gt;This person works no segments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此人没有负责的路段。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 m; chief %2; Party branch %3</source>
        <translation>%1 米；路段长 %2；党支部 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2), %3 m</source>
        <translation>%1（%2），%3 米</translation>
    </message>
    <message>
        <source>Shops: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message>
        <source>Risk points: %1</source>
        <translation>风险点：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>部件：%1</translation>
    </message>
    <message>
        <source>Permits: %1</source>
        <translation>掘路许可：%1</translation>
    </message>
    <message>
        <source>My Segments</source>
        <translation>我的路段</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Zoom to</source>
        <translation>缩放至(&amp;Z)</translation>
    </message>
    <message>
        <source>Show the picked segment, or all of them, on the map</source>
        <translation>在地图上显示所选路段或全部路段</translation>
    </message>
    <message>
        <source>&amp;Only mine on the map</source>
        <translation>地图上只突出此人路段(&amp;O)</translation>
    </message>
    <message>
        <source>Set the rest of the map back so that this person&apos;s segments stand out</source>
        <translation>淡化地图的其余部分，使此人的路段醒目</translation>
    </message>
</context>
<context>
    <name>uo::MySegmentsModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Collaborator</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>As</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>掘路许可</translation>
    </message>
</context>
<context>
    <name>uo::NoDigCalendar</name>
    <message>
        <source>A no-dig period needs a name.</source>
        <translation>禁挖时段需要名称。</translation>
    </message>
    <message>
        <source>%1: the kind must be holiday, event or season.</source>
        <translation>%1：类型必须是节假日、重大活动或禁挖季节。</translation>
    </message>
    <message>
        <source>%1: give the first and the last day.</source>
        <translation>%1：请填写起止日期。</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>uo::NoDigCalendarModel</name>
    <message>
        <source>New period</source>
        <translation>新时段</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Citywide event</source>
        <translation>全市重大活动</translation>
    </message>
    <message>
        <source>No-dig season</source>
        <translation>禁挖季节</translation>
    </message>
    <message>
        <source>Holidays and events: no new dig may start. Seasons: no works may be open.</source>
        <translation>节假日和重大活动：不得新开挖。禁挖季节：不得有在施工程。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>uo::OgrGeometry</name>
    <message>
        <source>a ring of the polygon is not closed: it starts at %1, %2 and ends at %3, %4</source>
        <translation>面的一个环没有闭合：起于 %1, %2，止于 %3, %4</translation>
    </message>
    <message>
        <source>the geometry cannot be built (%1 with too few points?)</source>
        <translation>无法构建几何（%1 的点太少？）</translation>
    </message>
</context>
<context>
    <name>uo::PermitDialog</name>
    <message>
        <source>Excavation permit</source>
        <translation>道路挖掘许可</translation>
    </message>
    <message>
        <source>e.g. new power cable</source>
        <translation>例如：新建电力电缆</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Signs and fencing, dust control, traffic plan, restoration deadline</source>
        <translation>警示标志和围挡、扬尘控制、交通组织方案、修复期限</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>Emergency repair: dug first, filed afterwards</source>
        <translation>抢修：先行开挖，事后补办</translation>
    </message>
    <message>
        <source>Government approval of a dig in the no-dig period</source>
        <translation>政府批准在禁挖期内开挖的文号</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Permit no.:</source>
        <translation>许可证号：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请单位：</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Utility:</source>
        <translation>管线类型：</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>工程类型：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开工日期：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>完工日期：</translation>
    </message>
    <message>
        <source>Filing deadline:</source>
        <translation>补办期限：</translation>
    </message>
    <message>
        <source>Dug area</source>
        <translation>开挖范围</translation>
    </message>
    <message>
        <source>Carriageway:</source>
        <translation>车行道：</translation>
    </message>
    <message>
        <source>Sidewalk:</source>
        <translation>人行道：</translation>
    </message>
    <message>
        <source>Green belt:</source>
        <translation>绿化带：</translation>
    </message>
    <message>
        <source>Total area:</source>
        <translation>总面积：</translation>
    </message>
    <message>
        <source>Trench length:</source>
        <translation>沟槽长度：</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>许可条件：</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>发证机关：</translation>
    </message>
    <message>
        <source>Traffic police approval no.:</source>
        <translation>交警审批文号：</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <source>Joint excavation group:</source>
        <translation>联合开挖组：</translation>
    </message>
    <message>
        <source>Special approval:</source>
        <translation>特批文号：</translation>
    </message>
    <message>
        <source>Area on the map: %1 m²</source>
        <translation>图上面积：%1 平方米</translation>
    </message>
    <message>
        <source>Drawn on the map: %1 m², trench %2 m</source>
        <translation>图上绘制：%1 平方米，沟槽 %2 米</translation>
    </message>
    <message>
        <source>The permit needs a number.</source>
        <translation>许可需要编号。</translation>
    </message>
    <message>
        <source>Name the applicant organisation.</source>
        <translation>请填写申请单位。</translation>
    </message>
    <message>
        <source>The works end before they start.</source>
        <translation>完工日期早于开工日期。</translation>
    </message>
    <message>
        <source>Carriageway, sidewalk and green belt add up to more than the total area.</source>
        <translation>车行道、人行道和绿化带面积之和超过总面积。</translation>
    </message>
</context>
<context>
    <name>uo::PermitDocument</name>
    <message>
        <source>No district is open.</source>
        <translation>没有打开任何区县。</translation>
    </message>
    <message>
        <source>The district is open read-only; open a copy you may write to before editing.</source>
        <translation>区县数据库以只读方式打开；编辑前请打开一份可写的副本。</translation>
    </message>
    <message>
        <source>New permit %1</source>
        <translation>新建许可 %1</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>没有许可 %1。</translation>
    </message>
    <message>
        <source>Edit permit %1</source>
        <translation>编辑许可 %1</translation>
    </message>
    <message>
        <source>Change the excavation rules</source>
        <translation>修改挖掘规则</translation>
    </message>
</context>
<context>
    <name>uo::PermitDrawTool</name>
    <message>
        <source>A trench needs at least two points and a width.</source>
        <translation>沟槽至少需要两个点和宽度。</translation>
    </message>
    <message>
        <source>An area needs at least three points and must not cross itself.</source>
        <translation>开挖范围至少需要三个点，且不能自相交。</translation>
    </message>
</context>
<context>
    <name>uo::PermitLabels</name>
    <message>
        <source>Works started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>No-dig period</source>
        <translation>禁挖期</translation>
    </message>
    <message>
        <source>Other digs at the same time</source>
        <translation>同期其他开挖</translation>
    </message>
    <message>
        <source>Same pipeline dug recently</source>
        <translation>同类管线近期已开挖</translation>
    </message>
    <message>
        <source>No-dig calendar</source>
        <translation>禁挖日历</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Components in the way</source>
        <translation>影响的部件</translation>
    </message>
    <message>
        <source>Segments and chiefs</source>
        <translation>路段与路段长</translation>
    </message>
    <message>
        <source>Trench length and area</source>
        <translation>沟槽长度与面积</translation>
    </message>
    <message>
        <source>Emergency filing</source>
        <translation>抢修补办</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>Return for joint excavation…</source>
        <translation>退回联合开挖…</translation>
    </message>
    <message>
        <source>Accept restoration</source>
        <translation>验收修复</translation>
    </message>
</context>
<context>
    <name>uo::PermitOverlay</name>
    <message>
        <source>Permit %1</source>
        <translation>许可 %1</translation>
    </message>
    <message>
        <source>Dug before it</source>
        <translation>此前已挖</translation>
    </message>
    <message>
        <source>Digs at the same time</source>
        <translation>同期开挖</translation>
    </message>
    <message>
        <source>Planned after it</source>
        <translation>此后计划开挖</translation>
    </message>
    <message>
        <source>Road in its no-dig period</source>
        <translation>处于禁挖期的道路</translation>
    </message>
</context>
<context>
    <name>uo::PermitReview</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>There is no permit numbered %1.</source>
        <translation>不存在编号为 %1 的许可。</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>不存在许可 %1。</translation>
    </message>
    <message>
        <source>%1 was built or rebuilt on %2 and may not be dug before %3</source>
        <translation>%1 于 %2 新建或改建，%3 之前不得开挖</translation>
    </message>
    <message>
        <source>%1 had a major repair on %2 and may not be dug before %3</source>
        <translation>%1 于 %2 大修，%3 之前不得开挖</translation>
    </message>
    <message>
        <source>No touched road is in its no-dig period.</source>
        <translation>涉及的道路均不在禁挖期内。</translation>
    </message>
    <message>
        <source>%1; allowed by special approval %2.</source>
        <translation>%1；已经特别批准（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>No other permit digs here at the same time.</source>
        <translation>同一时段此处没有其他掘路许可。</translation>
    </message>
    <message numerus="yes">
        <source>%n other permit(s) dig here at the same time: %1. Propose joint excavation group %2.</source>
        <translation>
            <numerusform>同一时段此处另有 %n 项掘路许可：%1。建议组成联合开挖组 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no chief)</source>
        <translation>%1（无路段长）</translation>
    </message>
    <message>
        <source>%1, chief %2</source>
        <translation>%1，路段长 %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>The same kind of pipeline (%1) was dug in these segments within %2 years: %3.</source>
        <translation>这些路段在 %2 年内已开挖过同类管线（%1）：%3。</translation>
    </message>
    <message>
        <source>The works fall in no no-dig period of the calendar.</source>
        <translation>施工期不在禁挖日历的任何时段内。</translation>
    </message>
    <message>
        <source>The works meet the no-dig calendar: %1.</source>
        <translation>施工期与禁挖日历冲突：%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No risk point within %1 m.</source>
        <translation>%1 米范围内没有风险点。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk point(s) within %1 m: %2.</source>
        <translation>
            <numerusform>%1 米范围内有 %n 个风险点：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No component lies in the dug area.</source>
        <translation>开挖范围内没有部件。</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) to protect in the dug area: %1.</source>
        <translation>
            <numerusform>开挖范围内有 %n 个需保护的部件：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dig touches no managed segment.</source>
        <translation>开挖未涉及任何管理路段。</translation>
    </message>
    <message>
        <source>Touches %1.</source>
        <translation>涉及 %1。</translation>
    </message>
    <message>
        <source>trench %1 m is longer than %2 m</source>
        <translation>沟槽长 %1 米，超过 %2 米</translation>
    </message>
    <message>
        <source>area %1 m² is larger than %2 m²</source>
        <translation>面积 %1 平方米，超过 %2 平方米</translation>
    </message>
    <message>
        <source>Trench %1 m and area %2 m² are within the limits.</source>
        <translation>沟槽长 %1 米、面积 %2 平方米，均在限值内。</translation>
    </message>
    <message>
        <source>Emergency repair not filed by its deadline %1.</source>
        <translation>抢修未在期限 %1 前补办许可。</translation>
    </message>
    <message>
        <source>Emergency repair; filing deadline %1.</source>
        <translation>抢修；补办许可期限 %1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No dig of the same utility (%1) in these segments in the last %2 years.</source>
        <translation>近 %2 年内这些路段没有同类管线（%1）开挖。</translation>
    </message>
</context>
<context>
    <name>uo::PermitReviewPanel</name>
    <message>
        <source>only a permit returned for joint excavation is resubmitted</source>
        <translation>只有退回联合开挖的许可才能重新提交</translation>
    </message>
    <message>
        <source>review starts from a submitted application</source>
        <translation>审查从已提交的申请开始</translation>
    </message>
    <message>
        <source>decisions are taken on a permit under review</source>
        <translation>只能对审查中的许可作出决定</translation>
    </message>
    <message>
        <source>the surface is restored after the works</source>
        <translation>施工结束后才能修复路面</translation>
    </message>
    <message>
        <source>acceptance follows the restoration</source>
        <translation>修复后才能验收</translation>
    </message>
    <message>
        <source>No permit chosen</source>
        <translation>未选择许可</translation>
    </message>
    <message>
        <source>Choose a permit in the register to review it on the map.</source>
        <translation>在许可台账中选择一项许可，即可在地图上审查。</translation>
    </message>
    <message>
        <source>Permit %1 — %2</source>
        <translation>许可 %1 — %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message>
        <source>%1 to %2, %3 m², trench %4 m</source>
        <translation>%1 至 %2，%3 平方米，沟槽 %4 米</translation>
    </message>
    <message>
        <source>Joint excavation group %1</source>
        <translation>联合开挖组 %1</translation>
    </message>
    <message>
        <source>A check failed: approving, rejecting or returning this permit needs a reason.</source>
        <translation>有检查项未通过：批准、驳回或退回此许可须填写理由。</translation>
    </message>
    <message>
        <source>Put in joint group %1</source>
        <translation>编入联合开挖组 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The permit&apos;s workflow is complete.</source>
        <translation>该许可的流程已结束。</translation>
    </message>
    <message>
        <source>Not possible now — %1.</source>
        <translation>目前不可执行 — %1。</translation>
    </message>
    <message>
        <source>No permit chosen.</source>
        <translation>未选择许可。</translation>
    </message>
    <message>
        <source>Permit %1 is %2; it cannot become %3: %4.</source>
        <translation>许可 %1 当前为%2，不能变为%3：%4。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Redraw area</source>
        <translation>重绘范围</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Digs on the touched roads</source>
        <translation>所涉道路的开挖记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>处置途径</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>works start only once approved (emergency repairs dig first)</source>
        <translation>批准后方可开工（抢修可先行开挖）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>uo::PermitStatisticsDock</name>
    <message numerus="yes">
        <source>%n dig(s) on %1 of the district&apos;s roads (%2 km): %3 digs per km and year overall.</source>
        <translation>
            <numerusform>共开挖 %n 次，涉及全区道路（共 %2 公里）中的 %1 条；全区每公里每年 %3 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Road-zipper statistics</source>
        <translation>马路拉链统计</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Show the most-dug roads on the map:</source>
        <translation>在地图上显示开挖最多的道路：</translation>
    </message>
    <message>
        <source>Disposition routes (target 70 / 20 / 10 %)</source>
        <translation>处置途径（目标 70 / 20 / 10 %）</translation>
    </message>
    <message>
        <source>Most-dug roads</source>
        <translation>开挖最多的道路</translation>
    </message>
</context>
<context>
    <name>uo::PermitTableModel</name>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1（抢修）</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>管线</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开工</translation>
    </message>
    <message>
        <source>End</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（平方米）</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Joint group</source>
        <translation>联合开挖组</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>uo::PermitTools</name>
    <message>
        <source>Permit review</source>
        <translation>许可审查</translation>
    </message>
    <message>
        <source>Click along the trench&apos;s centre line; double-click or Enter to finish, Backspace to undo a point, Escape to stop.</source>
        <translation>沿沟槽中线单击；双击或按 Enter 完成，Backspace 撤销一个点，Esc 停止。</translation>
    </message>
    <message>
        <source>Click the corners of the dug area; double-click or Enter to finish, Backspace to undo a point, Escape to stop.</source>
        <translation>单击开挖范围的各个角点；双击或按 Enter 完成，Backspace 撤销一个点，Esc 停止。</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>挖掘许可</translation>
    </message>
    <message>
        <source>Excavation rules (read-only)</source>
        <translation>挖掘规则（只读）</translation>
    </message>
    <message>
        <source>Import permit applications</source>
        <translation>导入许可申请</translation>
    </message>
    <message>
        <source>Applications (*.csv *.geojson *.json)</source>
        <translation>申请文件 (*.csv *.geojson *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are not right.</source>
        <translation>
            <numerusform>未导入任何内容：%n 行有误。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 份申请。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::PermitWorkflow</name>
    <message>
        <source>There is no permit %1.</source>
        <translation>不存在许可 %1。</translation>
    </message>
    <message>
        <source>A check failed for permit %1: the decision needs a reason.</source>
        <translation>许可 %1 有检查项未通过：作出决定须填写理由。</translation>
    </message>
    <message>
        <source>Emergency repair %1 has not been filed (deadline %2): it is accepted once its permit is issued.</source>
        <translation>抢修 %1 尚未补办许可（期限 %2）：许可签发后方可验收。</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Permit %1 is “%2”; it cannot go to “%3” from there.</source>
        <translation>许可 %1 当前为“%2”，不能转到“%3”。</translation>
    </message>
    <message>
        <source>A decision on permit %1 records how it was disposed of: %2.</source>
        <translation>对许可 %1 作出决定时须记录处置方式：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>uo::PermitsDock</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any utility</source>
        <translation>全部管线</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>全部路段</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n permit(s)</source>
        <translation>
            <numerusform>%1 / %n 项许可</numerusform>
        </translation>
    </message>
    <message>
        <source>Excavation permits</source>
        <translation>道路挖掘许可</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>施工时段</translation>
    </message>
    <message>
        <source>New (area)…</source>
        <translation>新建（范围）…</translation>
    </message>
    <message>
        <source>Draw the dug area on the map as a polygon, then fill in the permit</source>
        <translation>在地图上以多边形绘制开挖范围，然后填写许可</translation>
    </message>
    <message>
        <source>New (trench)…</source>
        <translation>新建（沟槽）…</translation>
    </message>
    <message>
        <source>Draw the trench&apos;s centre line on the map; the width makes its area</source>
        <translation>在地图上绘制沟槽中线，按宽度生成开挖范围</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add the applications of a CSV or GeoJSON file from the online service</source>
        <translation>添加网上办理导出的 CSV 或 GeoJSON 申请文件</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>The permits could not be read: %1</source>
        <translation>无法读取许可：%1</translation>
    </message>
    <message>
        <source>Reading the permits…</source>
        <translation>正在读取许可…</translation>
    </message>
</context>
<context>
    <name>uo::PermitsMenu</name>
    <message>
        <source>&amp;Permits</source>
        <translation>挖掘许可(&amp;P)</translation>
    </message>
    <message>
        <source>New permit, &amp;area drawn on the map…</source>
        <translation>新建许可，在地图上绘制范围(&amp;A)…</translation>
    </message>
    <message>
        <source>New permit, &amp;trench drawn on the map…</source>
        <translation>新建许可，在地图上绘制沟槽(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the applications of a CSV or GeoJSON file from the online service</source>
        <translation>添加网上办理导出的 CSV 或 GeoJSON 申请文件</translation>
    </message>
    <message>
        <source>Excavation &amp;rules and no-dig calendar…</source>
        <translation>挖掘规则与禁挖日历(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>uo::PersonDialog</name>
    <message>
        <source>Edit Person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Party branch:</source>
        <translation>党支部(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>uo::ProgressCard</name>
    <message>
        <source>%1 km of segments</source>
        <translation>路段共 %1 公里</translation>
    </message>
    <message>
        <source>%1 km with a chief</source>
        <translation>其中 %1 公里有路段长</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Need a chief</source>
        <translation>待定路段长</translation>
    </message>
    <message>
        <source>Roads not fully covered</source>
        <translation>未完全覆盖的道路</translation>
    </message>
</context>
<context>
    <name>uo::ProposalsDialog</name>
    <message>
        <source>Propose Segments</source>
        <translation>分段建议</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>生成建议(&amp;P)</translation>
    </message>
    <message>
        <source>Cut at crossings of:</source>
        <translation>在以下等级道路交叉处分割：</translation>
    </message>
    <message>
        <source>Longest piece:</source>
        <translation>最大段长：</translation>
    </message>
    <message>
        <source>Road / piece</source>
        <translation>道路 / 路段</translation>
    </message>
    <message>
        <source>From (m)</source>
        <translation>起点（米）</translation>
    </message>
    <message>
        <source>To (m)</source>
        <translation>终点（米）</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply Checked</source>
        <translation>应用所选(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n piece(s)</source>
        <translation>
            <numerusform>%1：%n 段</numerusform>
        </translation>
    </message>
    <message>
        <source> (now %1)</source>
        <translation>（现有 %1 段）</translation>
    </message>
</context>
<context>
    <name>uo::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>uo::RenderJob</name>
    <message>
        <source>No district map is loaded.</source>
        <translation>尚未载入区县地图。</translation>
    </message>
    <message>
        <source>There is not enough memory for a picture of %1 × %2 pixels.</source>
        <translation>内存不足，无法绘制 %1 × %2 像素的图像。</translation>
    </message>
</context>
<context>
    <name>uo::ReportDialog</name>
    <message>
        <source>Coordinate grid on the maps</source>
        <translation>地图上显示坐标格网</translation>
    </message>
    <message>
        <source>Chief:</source>
        <translation>路长：</translation>
    </message>
    <message>
        <source>Permit:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>比例尺：</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Current map view</source>
        <translation>当前地图视图</translation>
    </message>
    <message>
        <source>Segment sheets</source>
        <translation>路段责任表</translation>
    </message>
    <message>
        <source>Permit review sheet</source>
        <translation>挖掘许可审查表</translation>
    </message>
    <message>
        <source>Risk points by street</source>
        <translation>各街道风险点统计</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>1:</source>
        <translation>1:</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>The report&apos;s own title</source>
        <translation>报告默认标题</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>全部路段</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1（%n 个路段）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The resolution of images made from the pages, and of a map too dense to be drawn as vector in the PDF; the PDF&apos;s other maps and all its text are vector at any resolution</source>
        <translation>页面图像的分辨率，以及过于密集、无法在 PDF 中以矢量绘制的地图的分辨率；PDF 中的其他地图和所有文字在任何分辨率下均为矢量</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n sheet(s); the PDF holds them all.</source>
        <translation>
            <numerusform>预览仅显示前 %n 张；PDF 包含全部路段责任表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ReportPreview</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) in the PDF.</source>
        <translation>
            <numerusform>PDF 中还有 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::ReportTools</name>
    <message>
        <source>Print &amp;Report…</source>
        <translation>打印报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Lay out the map view, segment sheets, a permit&apos;s review or the risk summary as a PDF</source>
        <translation>将地图视图、路段责任表、许可审查或风险汇总排版为 PDF</translation>
    </message>
    <message>
        <source>Export Map &amp;Image…</source>
        <translation>导出地图图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the map as it is shown, at a chosen resolution, as a PNG image</source>
        <translation>按所选分辨率将当前显示的地图保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation>导出地图图像</translation>
    </message>
    <message>
        <source>An image of the map at %1 dpi is too large.</source>
        <translation>%1 dpi 的地图图像过大。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Resolution of the image (dots per inch; the screen&apos;s is 96):</source>
        <translation>图像分辨率（每英寸点数；屏幕为 96）：</translation>
    </message>
    <message>
        <source>map.png</source>
        <translation>地图.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>uo::RoadDigModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Length (km)</source>
        <translation>长度（公里）</translation>
    </message>
    <message>
        <source>Digs</source>
        <translation>开挖次数</translation>
    </message>
    <message>
        <source>Digs per km and year</source>
        <translation>每公里每年开挖次数</translation>
    </message>
</context>
<context>
    <name>uo::RoadReshape</name>
    <message>
        <source>A road&apos;s centreline needs at least two distinct points.</source>
        <translation>道路中心线至少需要两个不同的点。</translation>
    </message>
    <message>
        <source>Road %1&apos;s centreline needs at least two distinct points.</source>
        <translation>道路 %1 的中心线至少需要两个不同的点。</translation>
    </message>
</context>
<context>
    <name>uo::Roster</name>
    <message>
        <source>There is no person %1 in the roster.</source>
        <translation>人员名册中没有 %1。</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>人员须有姓名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; a person is a city-management officer or works in municipal works, greening or sanitation.</source>
        <translation>“%1”不是有效角色；人员应为城管队员，或来自市政、园林绿化、环卫。</translation>
    </message>
    <message numerus="yes">
        <source>%1 chairs %n segment(s); give them a new chief before changing the role.</source>
        <translation>
            <numerusform>%1 担任 %n 个路段的路段长；请先为这些路段指定新的路段长，再更改角色。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 collaborates on %n segment(s); take them off those segments before making them an officer.</source>
        <translation>
            <numerusform>%1 是 %n 个路段的协作人员；请先将其从这些路段撤下，再改为城管队员。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 still works segments and cannot be removed; deactivate them instead.</source>
        <translation>%1 仍在负责路段，不能删除；请改为停用。</translation>
    </message>
</context>
<context>
    <name>uo::RosterDialog</name>
    <message>
        <source>Cannot Add Person</source>
        <translation>无法添加人员</translation>
    </message>
    <message>
        <source>Cannot Edit Person</source>
        <translation>无法编辑人员</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 chairs %n segment(s). Once deactivated they no longer count as chief, and the segments will be listed as needing a new chief. Deactivate %1?</source>
        <translation>
            <numerusform>%1 担任 %n 个路段的路段长。停用后不再计为路段长，这些路段将列为待定路段长。确定停用 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Reactivate</source>
        <translation>无法重新启用</translation>
    </message>
    <message>
        <source>Cannot Deactivate</source>
        <translation>无法停用</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>人员名册</translation>
    </message>
    <message>
        <source>Filter by name or unit</source>
        <translation>按姓名或单位筛选</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>uo::RosterModel</name>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>任路段长</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>uo::RouteShareChart</name>
    <message numerus="yes">
        <source>%1: %2 % (%n decision(s); target %3 %)</source>
        <translation>
            <numerusform>%1：%2 %（%n 项决定；目标 %3 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>No decision with a route in this period.</source>
        <translation>该时段内没有记录处置途径的决定。</translation>
    </message>
</context>
<context>
    <name>uo::RulesDialog</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Excavation rules</source>
        <translation>挖掘规则</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>No digging after a road is built, rebuilt or repaired</source>
        <translation>道路新建、改建或大修后禁止开挖</translation>
    </message>
    <message>
        <source>Other digs at the same place and time: propose joint excavation</source>
        <translation>同一地点同期有其他开挖：建议联合开挖</translation>
    </message>
    <message>
        <source>No digging for the same kind of pipeline in a segment again within</source>
        <translation>同一路段同类管线再次开挖的间隔</translation>
    </message>
    <message>
        <source>Respect the no-dig calendar</source>
        <translation>遵守禁挖日历</translation>
    </message>
    <message>
        <source>Risk points near the dig</source>
        <translation>开挖附近的风险点</translation>
    </message>
    <message>
        <source>Components in the dug area</source>
        <translation>开挖范围内的部件</translation>
    </message>
    <message>
        <source>Name the segments and chiefs the dig touches</source>
        <translation>列出开挖涉及的路段和路段长</translation>
    </message>
    <message>
        <source>Limit the trench length and the dug area</source>
        <translation>限制沟槽长度和开挖面积</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>after building:</source>
        <translation>新建后：</translation>
    </message>
    <message>
        <source>after a major repair:</source>
        <translation>大修后：</translation>
    </message>
    <message>
        <source>within:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>years:</source>
        <translation>年数：</translation>
    </message>
    <message>
        <source>a dig lies on a road within:</source>
        <translation>距道路中线以内视为在该道路上：</translation>
    </message>
    <message>
        <source>trench at most:</source>
        <translation>沟槽最长：</translation>
    </message>
    <message>
        <source>area at most:</source>
        <translation>面积最大：</translation>
    </message>
    <message>
        <source>No-dig calendar</source>
        <translation>禁挖日历</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>删除时段</translation>
    </message>
</context>
<context>
    <name>uo::Screenshot</name>
    <message>
        <source>No map was drawn within %1 seconds.</source>
        <translation>%1 秒内未能绘制出地图。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
</context>
<context>
    <name>uo::SearchBox</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Find a component, road, segment, person or shop…</source>
        <translation>查找部件、道路、路段、人员或商铺…</translation>
    </message>
    <message>
        <source>Search by component identifier (or its beginning), or by any part of a name</source>
        <translation>按部件标识码（或其开头）查找，或按名称的任意部分查找</translation>
    </message>
</context>
<context>
    <name>uo::SegmentAssignments</name>
    <message>
        <source>There is no segment %1; it may have been merged into another.</source>
        <translation>不存在路段 %1；它可能已并入其他路段。</translation>
    </message>
    <message>
        <source>There is no person %1 in the roster.</source>
        <translation>人员名册中没有 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be a segment chief: a chief must be a city-management officer.</source>
        <translation>%1 不能担任路段长：路段长必须是城管队员。</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot be made a segment chief; reactivate them in the roster first.</source>
        <translation>%1 已停用，不能担任路段长；请先在人员名册中重新启用。</translation>
    </message>
    <message>
        <source>Person %1 cannot be added to and taken off the same segments at once.</source>
        <translation>不能同时将人员 %1 加入并撤出同一批路段。</translation>
    </message>
    <message>
        <source>%1 is a city-management officer; collaborators come from municipal works, greening or sanitation.</source>
        <translation>%1 是城管队员；协作人员应来自市政、园林绿化或环卫。</translation>
    </message>
    <message>
        <source>%1 is no longer active and cannot be made a collaborator; reactivate them in the roster first.</source>
        <translation>%1 已停用，不能作为协作人员；请先在人员名册中重新启用。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>不存在单位 %1。</translation>
    </message>
    <message>
        <source>%1 is not a Party branch; a segment&apos;s responsible unit must be one.</source>
        <translation>%1 不是党支部；路段的责任单位必须是党支部。</translation>
    </message>
</context>
<context>
    <name>uo::SegmentCheck</name>
    <message>
        <source>the road has no usable centreline</source>
        <translation>道路没有可用的中心线</translation>
    </message>
    <message>
        <source>the segment has no line geometry</source>
        <translation>路段没有线几何</translation>
    </message>
    <message>
        <source>the segment&apos;s line is %1 m off its piece of the road</source>
        <translation>路段线偏离其所在道路区间 %1 米</translation>
    </message>
    <message>
        <source>needs a chief</source>
        <translation>需要指定路段长</translation>
    </message>
    <message>
        <source>needs a new chief: the chief is inactive or not a city-management officer</source>
        <translation>需要重新指定路段长：现任路段长已停用或不是城管队员</translation>
    </message>
</context>
<context>
    <name>uo::SegmentCoverage</name>
    <message>
        <source>the road has no segments</source>
        <translation>道路尚未划分路段</translation>
    </message>
    <message>
        <source>nothing covers the start of the road, %1–%2 m</source>
        <translation>道路起点 %1–%2 米未被任何路段覆盖</translation>
    </message>
    <message>
        <source>gap between segments at %1–%2 m</source>
        <translation>路段之间在 %1–%2 米处有空缺</translation>
    </message>
    <message>
        <source>segments overlap at %1–%2 m</source>
        <translation>路段在 %1–%2 米处重叠</translation>
    </message>
    <message>
        <source>nothing covers the end of the road, %1–%2 m</source>
        <translation>道路终点 %1–%2 米未被任何路段覆盖</translation>
    </message>
    <message>
        <source>segment runs past the end of the road, %1–%2 m</source>
        <translation>路段超出道路终点，%1–%2 米</translation>
    </message>
    <message>
        <source>segment has no length (%1–%2 m)</source>
        <translation>路段长度为零（%1–%2 米）</translation>
    </message>
</context>
<context>
    <name>uo::SegmentDocument</name>
    <message>
        <source>No district is open.</source>
        <translation>尚未打开区县数据库。</translation>
    </message>
    <message>
        <source>The district is open read-only; open a copy you may write to before editing.</source>
        <translation>区县数据库以只读方式打开；编辑前请打开一份可写入的副本。</translation>
    </message>
    <message>
        <source>Assign people to %1</source>
        <translation>为 %1 分配人员</translation>
    </message>
    <message numerus="yes">
        <source>Assign people to %n segment(s)</source>
        <translation>
            <numerusform>为 %n 个路段分配人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation>将 %1 加入人员名册</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>重新启用 %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>停用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Split %1 into %n segment(s)</source>
        <translation>
            <numerusform>将%1分为 %n 个路段</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge segments of %1</source>
        <translation>合并%1的路段</translation>
    </message>
    <message>
        <source>Move segment boundary to %1 m</source>
        <translation>将路段分界移至 %1 米</translation>
    </message>
    <message>
        <source>Rename segment to %1</source>
        <translation>将路段改名为%1</translation>
    </message>
    <message numerus="yes">
        <source>Apply segment proposals for %n road(s)</source>
        <translation>
            <numerusform>为 %n 条道路应用分段建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::SegmentEditor</name>
    <message>
        <source>Road %1 has no centreline to cut.</source>
        <translation>道路 %1 没有可切分的中心线。</translation>
    </message>
    <message>
        <source>There is no segment %1.</source>
        <translation>不存在路段 %1。</translation>
    </message>
    <message>
        <source>The change would break road %1&apos;s segments: %2.</source>
        <translation>此修改会破坏道路 %1 的路段划分：%2。</translation>
    </message>
    <message>
        <source>A cut must fall inside the segment (%1–%2 m); %3 m does not.</source>
        <translation>切分点必须位于路段之内（%1–%2 米）；%3 米不在其中。</translation>
    </message>
    <message>
        <source>Segments %1 and %2 are not neighbours on one road; only a segment and the next one along the road can be merged.</source>
        <translation>路段 %1 与 %2 不是同一道路上的相邻路段；只能合并同一道路上前后相接的两个路段。</translation>
    </message>
    <message>
        <source>Segments %1 and %2 do not share a boundary.</source>
        <translation>路段 %1 与 %2 没有共同的分界点。</translation>
    </message>
    <message>
        <source>The boundary must stay between %1 and %2 m.</source>
        <translation>分界点必须位于 %1 至 %2 米之间。</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>路段必须有名称。</translation>
    </message>
</context>
<context>
    <name>uo::SegmentNaming</name>
    <message>
        <source>Road %1 has no centreline.</source>
        <translation>道路 %1 没有中心线。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>end</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>%1 (%2 — %3)</source>
        <translation>%1（%2—%3）</translation>
    </message>
</context>
<context>
    <name>uo::SegmentNeighbourhood</name>
    <message>
        <source>Segment %1 has no line on the map.</source>
        <translation>路段 %1 在地图上没有线。</translation>
    </message>
    <message>
        <source>Segment %1 has an unreadable line.</source>
        <translation>路段 %1 的线几何无法读取。</translation>
    </message>
</context>
<context>
    <name>uo::SegmentProposals</name>
    <message>
        <source>The proposal for %1 has no pieces.</source>
        <translation>%1 的分段建议中没有路段。</translation>
    </message>
</context>
<context>
    <name>uo::SegmentTableModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Needs a chief</source>
        <translation>待定路段长</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>This segment has no chief.</source>
        <translation>此路段没有路段长。</translation>
    </message>
    <message>
        <source>%1 is inactive or not a city-management officer; the segment needs a new chief.</source>
        <translation>%1 已停用或不是城管队员；此路段需要新的路段长。</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>From (m)</source>
        <translation>起点（米）</translation>
    </message>
    <message>
        <source>To (m)</source>
        <translation>终点（米）</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（米）</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>uo::SegmentTools</name>
    <message>
        <source>Assignment</source>
        <translation>人员分配</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>The segment is the last of its road: there is no next one to merge with.</source>
        <translation>该路段是所在道路的最后一段，没有可合并的下一路段。</translation>
    </message>
    <message>
        <source>Rename Segment</source>
        <translation>重命名路段</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>uo::SegmentsDock</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Filter by road, segment or chief</source>
        <translation>按道路、路段或路段长筛选</translation>
    </message>
    <message>
        <source>Unassigned only</source>
        <translation>仅显示待分配</translation>
    </message>
    <message>
        <source>Show only the segments that need a chief</source>
        <translation>只显示需要路段长的路段</translation>
    </message>
</context>
<context>
    <name>uo::SegmentsMenu</name>
    <message>
        <source>&amp;Segments</source>
        <translation>路段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>人员名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Add, edit, deactivate and reactivate the people who work the segments</source>
        <translation>添加、编辑、停用或重新启用负责路段的人员</translation>
    </message>
    <message>
        <source>S&amp;plit Roads on the Map</source>
        <translation>在地图上分割道路(&amp;P)</translation>
    </message>
    <message>
        <source>Click points on a road to cut it into segments; drag a boundary to move it, Shift+click it to merge</source>
        <translation>在道路上点击以将其分为路段；拖动分界可移动，按住 Shift 单击分界可合并</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>与下一路段合并(&amp;M)</translation>
    </message>
    <message>
        <source>Join the selected segment with the next one along its road</source>
        <translation>将所选路段与沿道路的下一路段合并</translation>
    </message>
    <message>
        <source>Re&amp;name Segment…</source>
        <translation>重命名路段(&amp;N)…</translation>
    </message>
    <message>
        <source>Cut roads at crossings of chosen grades or into pieces of a maximum length</source>
        <translation>在所选等级道路的交叉处或按最大长度分割道路</translation>
    </message>
    <message>
        <source>Pr&amp;opose Segments…</source>
        <translation>分段建议(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>uo::SplitTool</name>
    <message>
        <source>%1 · %2 m</source>
        <translation>%1 · %2 米</translation>
    </message>
</context>
<context>
    <name>uo::StepDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <source>(choose how the case was disposed of)</source>
        <translation>（请选择处置途径）</translation>
    </message>
    <message>
        <source>Disposition route:</source>
        <translation>处置途径：</translation>
    </message>
    <message>
        <source>Required: a check failed. Why is this decision right?</source>
        <translation>必填：有检查项未通过。为什么仍作此决定？</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Name who takes this step.</source>
        <translation>请填写办理人。</translation>
    </message>
    <message>
        <source>A decision records its disposition route.</source>
        <translation>作出决定须记录处置途径。</translation>
    </message>
    <message>
        <source>A check of the review failed: the decision needs a reason.</source>
        <translation>审查有检查项未通过：决定须填写理由。</translation>
    </message>
</context>
<context>
    <name>uo::StoreError</name>
    <message>
        <source>%1 is locked by another program while %2; try again when it is done.</source>
        <translation>%2时，%1 被其他程序锁定；请待其完成后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full while %2; nothing of this step was saved.</source>
        <translation>%2时，%1 所在磁盘已满；本步骤的内容均未保存。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing while %2 (%3).</source>
        <translation>%2时，无法以写入方式打开 %1（%3）。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) while %3.</source>
        <translation>%3时发现 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database.</source>
        <translation>%1 不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Database error in %1 while %2: %3</source>
        <translation>%2时 %1 发生数据库错误：%3</translation>
    </message>
</context>
<context>
    <name>uo::TableColumns</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>部件标识码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>部件类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Competent department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <source>Unit grid</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Initial date</source>
        <translation>初始日期</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>责任主体</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照号</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>许可证号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>挖掘原因</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>管线类型</translation>
    </message>
    <message>
        <source>Work type</source>
        <translation>施工类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Carriageway (m²)</source>
        <translation>车行道面积（m²）</translation>
    </message>
    <message>
        <source>Sidewalk (m²)</source>
        <translation>人行道面积（m²）</translation>
    </message>
    <message>
        <source>Green belt (m²)</source>
        <translation>绿化带面积（m²）</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积（m²）</translation>
    </message>
    <message>
        <source>Trench length (m)</source>
        <translation>沟槽长度（m）</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>许可条件</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Traffic police approval</source>
        <translation>交警审批号</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>抢修</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>补办期限</translation>
    </message>
    <message>
        <source>Joint excavation group</source>
        <translation>联合开挖组</translation>
    </message>
    <message>
        <source>Special approval</source>
        <translation>特别批准</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>道路等级</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>建成日期</translation>
    </message>
    <message>
        <source>Rebuilt</source>
        <translation>改扩建日期</translation>
    </message>
    <message>
        <source>Major repair</source>
        <translation>大修日期</translation>
    </message>
    <message>
        <source>Length (m)</source>
        <translation>长度（m）</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>From (m)</source>
        <translation>起点（m）</translation>
    </message>
    <message>
        <source>To (m)</source>
        <translation>终点（m）</translation>
    </message>
    <message>
        <source>Segment chief</source>
        <translation>路长</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>The district has no table %1.</source>
        <translation>该辖区数据库中没有表 %1。</translation>
    </message>
</context>
<context>
    <name>uo::TableEditBridge</name>
    <message>
        <source>Turn editing on to change values.</source>
        <translation>请先开启编辑再修改数值。</translation>
    </message>
    <message>
        <source>%1 cannot be changed here.</source>
        <translation>此处不能修改%1。</translation>
    </message>
    <message>
        <source>Change %1 of %2 #%3</source>
        <translation>修改%2 #%3 的%1</translation>
    </message>
</context>
<context>
    <name>uo::TableFilterBar</name>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Component class</source>
        <translation>部件类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Street or town</source>
        <translation>街道（镇）</translation>
    </message>
    <message>
        <source>Column to filter</source>
        <translation>筛选字段</translation>
    </message>
    <message>
        <source>Filter: part of a value, or &gt; 2020-01-01</source>
        <translation>筛选：输入部分内容，或 &gt; 2020-01-01</translation>
    </message>
    <message>
        <source>Rows whose value in the chosen column contains this text (names as shown), or compares with it: =, &lt;, &lt;=, &gt;, &gt;=, &lt;&gt;</source>
        <translation>所选字段的值（按显示的名称）包含此文字的行，或与之比较：=、&lt;、&lt;=、&gt;、&gt;=、&lt;&gt;</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>uo::TableLookups</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>uo::TradePicker</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>uo::WorkloadDock</name>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>uo::WorkloadModel</name>
    <message>
        <source>%1 is inactive: their segments need a new chief.</source>
        <translation>%1 已停用：其路段需要新的路段长。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>路段数</translation>
    </message>
    <message>
        <source>km</source>
        <translation>公里</translation>
    </message>
</context>
<context>
    <name>uo::Workstation</name>
    <message>
        <source>UrbanOps Workstation: the desktop GIS of a district&apos;s urban management.</source>
        <translation>UrbanOps 城市管理工作站：区县城市管理的桌面 GIS。</translation>
    </message>
    <message>
        <source>A district database to open.</source>
        <translation>要打开的区县数据库。</translation>
    </message>
    <message>
        <source>Open FILE&apos;s district, draw it, save the window as an image and quit.</source>
        <translation>打开 FILE 所指的区县，绘制地图，将窗口保存为图像后退出。</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshot, in pixels (default 1280x800).</source>
        <translation>--screenshot 使用的窗口尺寸，单位为像素（默认 1280x800）。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN, en, or system.</source>
        <translation>界面语言：zh_CN、en 或 system（跟随系统）。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, not &quot;%1&quot;.</source>
        <translation>--size 的格式应为 宽x高，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>uo::cli</name>
    <message>
        <source>demo create PATH [--scale F] [--seed N] [--unsegmented]   build a demo district</source>
        <translation>demo create PATH [--scale F] [--seed N] [--unsegmented]   生成演示区县</translation>
    </message>
    <message>
        <source>info DB                                               describe a district store</source>
        <translation>info DB                                               显示区县数据库概况</translation>
    </message>
    <message>
        <source>usage: urbanops-cli COMMAND ...</source>
        <translation>用法：urbanops-cli 命令 ...</translation>
    </message>
    <message>
        <source>usage: urbanops-cli demo create PATH [--scale F] [--seed N] [--unsegmented]</source>
        <translation>用法：urbanops-cli demo create PATH [--scale F] [--seed N] [--unsegmented]</translation>
    </message>
    <message>
        <source>demo create: cannot use the argument &quot;%1&quot;.</source>
        <translation>demo create：无法使用参数“%1”。</translation>
    </message>
    <message>
        <source>Building the demo Jiangbei district at scale %1 with seed %2 ...</source>
        <translation>正在生成江北区演示数据，规模 %1，随机种子 %2 ...</translation>
    </message>
    <message>
        <source>Done in %1 ms: %2</source>
        <translation>完成，用时 %1 毫秒：%2</translation>
    </message>
    <message>
        <source>  built-up area %1 km², %2 roads (%3 km), %4 segments, %5 grid cells</source>
        <translation>  建成区 %1 平方千米，道路 %2 条（%3 千米），路段 %4 个，单元网格 %5 个</translation>
    </message>
    <message>
        <source>  %1 components, %2 risk points with %3 records, %4 shops, %5 permits, %6 entities, %7 people</source>
        <translation>  部件 %1 个，风险点 %2 个（记录 %3 条），门店摊点 %4 个，掘路许可 %5 件，责任主体 %6 个，人员 %7 名</translation>
    </message>
    <message>
        <source>road %1 %2, segment %3</source>
        <translation>道路 %1 %2，路段 %3</translation>
    </message>
    <message>
        <source>road %1 %2</source>
        <translation>道路 %1 %2</translation>
    </message>
    <message>
        <source>VIOLATION</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 roads, %2 segments: %3 violations, %4 segments need a chief (%5 ms)</source>
        <translation>道路 %1 条，路段 %2 个：违规 %3 处，%4 个路段需要指定路段长（%5 毫秒）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>lon %1 to %2, lat %3 to %4</source>
        <translation>经度 %1 至 %2，纬度 %3 至 %4</translation>
    </message>
    <message>
        <source>no features</source>
        <translation>无要素</translation>
    </message>
    <message>
        <source>E %1 to %2, N %3 to %4</source>
        <translation>东 %1 至 %2，北 %3 至 %4</translation>
    </message>
    <message>
        <source>outside the coordinate system&apos;s range</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>%1 (upgrade on next open for writing)</source>
        <translation>%1（下次以写入方式打开时升级）</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>%1, county code %2</source>
        <translation>%1，区划代码 %2</translation>
    </message>
    <message>
        <source>Store CRS</source>
        <translation>数据库坐标系</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Extent (EPSG:%1)</source>
        <translation>范围（EPSG:%1）</translation>
    </message>
    <message>
        <source>Extent (CGCS2000 lon/lat)</source>
        <translation>范围（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <source>Map layers (table, title, features)</source>
        <translation>地图图层（表名、名称、要素数）</translation>
    </message>
    <message>
        <source>Attribute tables (table, rows)</source>
        <translation>属性表（表名、记录数）</translation>
    </message>
    <message>
        <source>usage: urbanops-cli info DB</source>
        <translation>用法：urbanops-cli info DB</translation>
    </message>
    <message>
        <source>%1 has no road segments to time.</source>
        <translation>%1 中没有可供计时的路段。</translation>
    </message>
    <message>
        <source>copying it for a benchmark</source>
        <translation>为基准测试复制文件</translation>
    </message>
    <message>
        <source>bench segments|permits DB                             time segment edits or permit reviews</source>
        <translation>bench segments|permits DB                             测量路段编辑或许可审查的耗时</translation>
    </message>
    <message>
        <source>bench render DB [--runs N]                            time drawing the map offscreen</source>
        <translation>bench render DB [--runs N]                            测量离屏绘制地图的耗时</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench render DB [--runs N]</source>
        <translation>用法：urbanops-cli bench render DB [--runs N]</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the assignments of %1 segments to %2</source>
        <translation>已将 %1 个路段的人员分配写入 %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems in %2 rows.</source>
        <translation>未导入任何内容：%2 行中有 %1 处问题。</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 segments changed.</source>
        <translation>已导入 %1 行；%2 个路段有变更。</translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation>许可 %1</translation>
    </message>
    <message>
        <source>Blocked: a rule fails.</source>
        <translation>不予通过：有规则未满足。</translation>
    </message>
    <message>
        <source>No blocking rule fails.</source>
        <translation>没有阻断性规则未满足。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench segments|permits DB, or bench render DB [--runs N]</source>
        <translation>用法：urbanops-cli bench segments|permits DB，或 bench render DB [--runs N]</translation>
    </message>
    <message>
        <source>%1 has no permits to review.</source>
        <translation>%1 中没有可审查的许可。</translation>
    </message>
    <message>
        <source>permits check DB PERMIT_NO | import DB FILE           review a permit, or import applications</source>
        <translation>permits check DB PERMIT_NO | import DB FILE           审查许可，或导入申请</translation>
    </message>
    <message>
        <source>export DB LAYER FILE [--crs EPSG] [--where SQL]       write a layer for other GIS</source>
        <translation>export DB LAYER FILE [--crs EPSG] [--where SQL]       导出图层供其他 GIS 使用</translation>
    </message>
    <message>
        <source>Imported %1 permits as submitted.</source>
        <translation>已导入 %1 项许可，状态为“已提交”。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli permits check DB PERMIT_NO | permits import DB FILE.csv|FILE.geojson [--crs EPSG|gcj02]</source>
        <translation>用法：urbanops-cli permits check DB PERMIT_NO | permits import DB FILE.csv|FILE.geojson [--crs EPSG|gcj02]</translation>
    </message>
    <message>
        <source>usage: urbanops-cli export DB LAYER FILE.gpkg|.shp|.geojson|.kml|.csv|.dxf [--crs EPSG] [--where SQL]</source>
        <translation>用法：urbanops-cli export DB LAYER FILE.gpkg|.shp|.geojson|.kml|.csv|.dxf [--crs EPSG] [--where SQL]</translation>
    </message>
    <message>
        <source>export: cannot use the argument &quot;%1&quot;.</source>
        <translation>export：无法使用参数“%1”。</translation>
    </message>
    <message>
        <source>export: &quot;%1&quot; needs a value.</source>
        <translation>export：“%1”需要一个值。</translation>
    </message>
    <message>
        <source>Wrote %1 features of %2 to %3 in %4 ms.</source>
        <translation>已将 %2 的 %1 个要素写入 %3，用时 %4 毫秒。</translation>
    </message>
    <message>
        <source>segments check|export|import|propose DB [FILE.csv]    check segments, move assignments, propose cuts</source>
        <translation>segments check|export|import|propose DB [FILE.csv]    检查路段、导入导出分配、建议分段</translation>
    </message>
    <message>
        <source>import DB LAYER FILE [--crs EPSG|gcj02] [--map COL=FIELD,...] [--accept]   read a layer from other GIS</source>
        <translation>import DB LAYER FILE [--crs EPSG|gcj02] [--map COL=FIELD,...] [--accept]   从其他 GIS 读入图层</translation>
    </message>
    <message>
        <source>bench export DB [--layer TABLE]                       export and import a layer, next to ogr2ogr</source>
        <translation>bench export DB [--layer TABLE]                       导出并导入图层，与 ogr2ogr 对比</translation>
    </message>
    <message>
        <source>bench report DB [--pages N]                           time a segment-sheet PDF</source>
        <translation>bench report DB [--pages N]                           计时生成路段责任表 PDF</translation>
    </message>
    <message>
        <source>report view|segments|permit|risks DB ... --out F.pdf|F.png   print a map or a report</source>
        <translation>report view|segments|permit|risks DB ... --out F.pdf|F.png   打印地图或报告</translation>
    </message>
    <message>
        <source>bench edit DB                                         time saving 10,000 edits and dragging a point</source>
        <translation>bench edit DB                                         计时：保存 10,000 处编辑与拖动一个点</translation>
    </message>
    <message>
        <source>bench table DB [--layer TABLE] [--runs N]             time the attribute table: open, windows, sorts</source>
        <translation>bench table DB [--layer TABLE] [--runs N]             测试属性表耗时：打开、读取窗口、排序</translation>
    </message>
    <message>
        <source>segments propose: cannot use the argument &quot;%1&quot;.</source>
        <translation>segments propose：无法使用参数“%1”。</translation>
    </message>
    <message>
        <source>road %1 %2 (%3 m, %4 segments now): %5 pieces</source>
        <translation>道路 %1 %2（%3 米，现有 %4 个路段）：建议 %5 段</translation>
    </message>
    <message>
        <source>%1 pieces proposed; %2 roads cut that way.</source>
        <translation>共建议 %1 段；已按此分段 %2 条道路。</translation>
    </message>
    <message>
        <source>%1 pieces proposed; nothing changed (--apply cuts the roads).</source>
        <translation>共建议 %1 段；未做更改（--apply 才会分段）。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli segments check DB | segments export DB FILE.csv | segments import DB FILE.csv | segments propose DB [--grades trunk,main] [--max-length M] [--apply]</source>
        <translation>用法：urbanops-cli segments check DB | segments export DB FILE.csv | segments import DB FILE.csv | segments propose DB [--grades trunk,main] [--max-length M] [--apply]</translation>
    </message>
    <message>
        <source>import: &quot;%1&quot; needs a value.</source>
        <translation>import：“%1”需要一个值。</translation>
    </message>
    <message>
        <source>import: cannot use the argument &quot;%1 %2&quot;.</source>
        <translation>import：无法使用参数“%1 %2”。</translation>
    </message>
    <message>
        <source>%1: %2, layer %3, %4 features, %5, text in %6</source>
        <translation>%1：%2，图层 %3，%4 个要素，%5，文字编码 %6</translation>
    </message>
    <message>
        <source>no coordinate system</source>
        <translation>无坐标系</translation>
    </message>
    <message>
        <source>import: --map wants COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation>import：--map 的格式应为 字段=文件字段，而不是“%1”。</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 of %2 features have problems%3.</source>
        <translation>未导入任何要素：%2 个要素中有 %1 个有问题%3。</translation>
    </message>
    <message>
        <source>; --accept imports the other %1</source>
        <translation>；加 --accept 可导入其余 %1 个</translation>
    </message>
    <message>
        <source>Imported %1 of %2 features into %3 in %4 ms (coordinates read as %5).</source>
        <translation>已将 %2 个要素中的 %1 个导入 %3，用时 %4 毫秒（坐标按 %5 读取）。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench export DB [--layer TABLE]</source>
        <translation>用法：urbanops-cli bench export DB [--layer TABLE]</translation>
    </message>
    <message>
        <source>ogr2ogr: %1</source>
        <translation>ogr2ogr：%1</translation>
    </message>
    <message>
        <source>bench export: %1 of %2 features came back; first problem: %3</source>
        <translation>bench export：%2 个要素只回来了 %1 个；第一个问题：%3</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench edit DB</source>
        <translation>用法：urbanops-cli bench edit DB</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 components to edit.</source>
        <translation>%1 中可编辑的部件少于 %2 个。</translation>
    </message>
    <message>
        <source>The save wrote %1 of %2 rows.</source>
        <translation>保存仅写入了 %2 行中的 %1 行。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench table DB [--layer TABLE] [--runs N]</source>
        <translation>用法：urbanops-cli bench table DB [--layer TABLE] [--runs N]</translation>
    </message>
    <message>
        <source>usage: urbanops-cli report view DB [--extent XMIN,YMIN,XMAX,YMAX] [--scale N] [--layers T,T]
       urbanops-cli report segments DB [--chief PERSON_ID] [--limit N]
       urbanops-cli report permit DB PERMIT_NO
       urbanops-cli report risks DB
  each with --out FILE.pdf|FILE.png [--paper A4|A3|A2] [--landscape] [--dpi N] [--grid]
  [--title T] [--subtitle T] [--author NAME] [--department NAME]</source>
        <translation>用法：urbanops-cli report view DB [--extent XMIN,YMIN,XMAX,YMAX] [--scale N] [--layers T,T]
       urbanops-cli report segments DB [--chief 人员ID] [--limit N]
       urbanops-cli report permit DB 许可编号
       urbanops-cli report risks DB
  均可加 --out 文件.pdf|文件.png [--paper A4|A3|A2] [--landscape] [--dpi N] [--grid]
  [--title 标题] [--subtitle 副标题] [--author 姓名] [--department 部门]</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Bad value for %1: %2</source>
        <translation>%1 的值无效：%2</translation>
    </message>
    <message>
        <source>--out must name a .pdf or .png file.</source>
        <translation>--out 必须指定 .pdf 或 .png 文件。</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>usage: urbanops-cli bench report DB [--pages N]</source>
        <translation>用法：urbanops-cli bench report DB [--pages N]</translation>
    </message>
    <message>
        <source>  %1  %2: %3</source>
        <translation>  %1  %2：%3</translation>
    </message>
    <message>
        <source>The file names no coordinate system: its coordinates are read as %1; --crs 4490|4544|4545|4326|gcj02 reads them in another.</source>
        <translation>文件未注明坐标系：按 %1 读取其坐标；用 --crs 4490|4544|4545|4326|gcj02 可改按其他坐标系读取。</translation>
    </message>
    <message>
        <source>usage: urbanops-cli import DB LAYER FILE [--layer NAME] [--crs EPSG|gcj02] [--swap-xy] [--encoding NAME] [--map COLUMN=FIELD|COLUMN==VALUE,...] [--values COLUMN:LABEL=CODE,...] [--generate-ids] [--duplicates refuse|merge] [--accept]</source>
        <translation>用法：urbanops-cli import 库 图层 文件 [--layer 名称] [--crs EPSG|gcj02] [--swap-xy] [--encoding 编码] [--map 列=字段|列==值,...] [--values 列:写法=代码,...] [--generate-ids] [--duplicates refuse|merge] [--accept]</translation>
    </message>
    <message>
        <source>import: --values: %1</source>
        <translation>import：--values：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: the coordinate system looks wrong (above).</source>
        <translation>未导入任何要素：坐标系看起来不对（见上）。</translation>
    </message>
    <message>
        <source>%1 of them were already in the store and took the file&apos;s values.</source>
        <translation>其中 %1 个原已在库中，已改用文件中的值。</translation>
    </message>
</context>
<context>
    <name>uo::csv</name>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>第 %1 行：引号括起的字段没有结束</translation>
    </message>
</context>
<context>
    <name>uo::demo</name>
    <message>
        <source>The built-in district data %1 is missing.</source>
        <translation>缺少内置的区县数据 %1。</translation>
    </message>
</context>
<context>
    <name>uo::demo::DemoBuilder</name>
    <message>
        <source>%1 already exists; the demo is never written over a file.</source>
        <translation>%1 已存在；演示数据不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>store and catalogue</source>
        <translation>数据库与部件目录</translation>
    </message>
    <message>
        <source>district frame and road network</source>
        <translation>区县框架与路网</translation>
    </message>
    <message>
        <source>streets, grid, entities, people, roads and segments</source>
        <translation>街道、网格、责任主体、人员、道路与路段</translation>
    </message>
    <message>
        <source>components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>component spatial index</source>
        <translation>部件空间索引</translation>
    </message>
    <message>
        <source>risk points, shops and permits</source>
        <translation>风险点、门店摊点与掘路许可</translation>
    </message>
    <message>
        <source>Could not move the finished demo to %1.</source>
        <translation>无法将生成的演示数据移动到 %1。</translation>
    </message>
    <message>
        <source>component point cache</source>
        <translation>部件点缓存</translation>
    </message>
    <message>
        <source>The demo scale must be above 0 and at most 10.</source>
        <translation>演示规模必须大于 0 且不超过 10。</translation>
    </message>
</context>
<context>
    <name>uo::edit::AddComponentTool</name>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
</context>
<context>
    <name>uo::edit::AttributeForm</name>
    <message>
        <source>Attributes of %1 %2</source>
        <translation>%1 %2 的属性</translation>
    </message>
    <message numerus="yes">
        <source>Change an attribute of %n features</source>
        <translation>
            <numerusform>修改 %n 个要素的属性</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Edit attributes</source>
        <translation>编辑属性</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n features</source>
        <translation>
            <numerusform>修改 %n 个要素的 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::AttributeRules</name>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 须为以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD, such as 2026-11-27.</source>
        <translation>%1 须为 YYYY-MM-DD 格式的日期，如 2026-11-27。</translation>
    </message>
    <message>
        <source>There is no entity %1 in the register.</source>
        <translation>名录中没有责任主体 %1。</translation>
    </message>
    <message>
        <source>An identifier is 16 or 17 digits: county code, class code and a 6-digit serial.</source>
        <translation>标识码为 16 或 17 位数字：县区代码、类别代码和 6 位序号。</translation>
    </message>
    <message>
        <source>The identifier must start with this district&apos;s county code %1.</source>
        <translation>标识码须以本辖区县区代码 %1 开头。</translation>
    </message>
    <message>
        <source>The identifier %1 is already used by another component.</source>
        <translation>标识码 %1 已被其他部件使用。</translation>
    </message>
    <message>
        <source>The code %1 is already used by another risk point.</source>
        <translation>编码 %1 已被另一个风险点使用。</translation>
    </message>
    <message numerus="yes">
        <source>%1 may be at most %n characters long.</source>
        <translation>
            <numerusform>%1 最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::ClassPicker</name>
    <message>
        <source>Component Class</source>
        <translation>部件类别</translation>
    </message>
    <message>
        <source>Search by name or code, e.g. 井盖 or 0101</source>
        <translation>按名称或代码搜索，如“井盖”或“0101”</translation>
    </message>
</context>
<context>
    <name>uo::edit::ConflictsDialog</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>(geometry)</source>
        <translation>（几何）</translation>
    </message>
    <message>
        <source>Edit Conflicts</source>
        <translation>编辑冲突</translation>
    </message>
    <message numerus="yes">
        <source>Someone else saved changes to %n feature(s) that you also edited. Your other edits were saved. Choose which version to keep for each; the choice is saved next.</source>
        <translation>
            <numerusform>他人已保存了对 %n 个您也编辑过的要素的修改。您的其他编辑已保存。请为每个要素选择保留哪个版本；所选版本将随即保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature / attribute</source>
        <translation>要素 / 属性</translation>
    </message>
    <message>
        <source>As you read it</source>
        <translation>读取时</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>他人的（已保存）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用他人的</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>全部采用他人的</translation>
    </message>
</context>
<context>
    <name>uo::edit::EditDocument</name>
    <message>
        <source>Discard edits</source>
        <translation>放弃编辑</translation>
    </message>
</context>
<context>
    <name>uo::edit::EditJournal</name>
    <message>
        <source>The unsaved edits could not be written to %1 (%2); save or discard them.</source>
        <translation>未保存的编辑无法写入 %1（%2）；请保存或放弃。</translation>
    </message>
    <message>
        <source>The unsaved edits in %1 cannot be read: %2.</source>
        <translation>无法读取 %1 中未保存的编辑：%2。</translation>
    </message>
    <message>
        <source>%1 is not a journal of unsaved edits that this program can read.</source>
        <translation>%1 不是本程序可读取的未保存编辑日志。</translation>
    </message>
    <message>
        <source>%1 holds edits of another district file (%2).</source>
        <translation>%1 保存的是另一个辖区文件（%2）的编辑。</translation>
    </message>
</context>
<context>
    <name>uo::edit::EditSession</name>
    <message>
        <source>The store has no table named %1.</source>
        <translation>数据库中没有名为 %1 的表。</translation>
    </message>
    <message>
        <source>%1 has no editable column %2.</source>
        <translation>%1 没有可编辑的列 %2。</translation>
    </message>
</context>
<context>
    <name>uo::edit::EditingTools</name>
    <message>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>&lt;district as opened or saved&gt;</source>
        <translation>&lt;打开或保存时的辖区&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Component added; %n unsaved change(s).</source>
        <translation>
            <numerusform>已添加部件；%n 处修改未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;diting</source>
        <translation>要素编辑(&amp;D)</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit District</source>
        <translation>编辑辖区</translation>
    </message>
    <message>
        <source>Turn editing on: changes collect in a session until you save or discard them</source>
        <translation>开启编辑：修改汇集在编辑会话中，直到保存或放弃</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s)?</source>
        <translation>
            <numerusform>保存 %n 处未保存的修改？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Feature</source>
        <translation>移动要素</translation>
    </message>
    <message>
        <source>Drag a component, risk point or shop; it snaps to road vertices and centrelines</source>
        <translation>拖动部件、风险点或商铺；自动捕捉道路节点和中心线</translation>
    </message>
    <message>
        <source>Add Component…</source>
        <translation>添加部件…</translation>
    </message>
    <message>
        <source>Delete Selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <source>Change Attribute of Selection…</source>
        <translation>批量修改所选属性…</translation>
    </message>
    <message>
        <source>Add Risk Record…</source>
        <translation>添加风险记录…</translation>
    </message>
    <message>
        <source>Save Edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <source>Discard Edits…</source>
        <translation>放弃编辑…</translation>
    </message>
    <message>
        <source>Discard Edits</source>
        <translation>放弃编辑</translation>
    </message>
    <message numerus="yes">
        <source>Save Edits (%n)</source>
        <translation>
            <numerusform>保存编辑（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover Edits</source>
        <translation>恢复编辑</translation>
    </message>
    <message>
        <source>Edits of this district were not saved when the workstation last stopped. Recover them? (No discards them.)</source>
        <translation>工作站上次停止时，本辖区有编辑尚未保存。是否恢复？（选“否”将放弃这些编辑。）</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n unsaved change(s); save or discard them.</source>
        <translation>
            <numerusform>已恢复 %n 处未保存的修改；请保存或放弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving Edits</source>
        <translation>保存编辑</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Another workstation is writing to this district file. Waiting for it to finish… (%1 s)</source>
        <translation>另一台工作站正在写入本辖区文件，正在等待其完成…（%1 秒）</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 Your edits are kept.</source>
        <translation>未保存任何内容：%1 您的编辑仍保留。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>已保存 %n 处修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new component(s) took the next free identifier: another workstation used theirs.</source>
        <translation>
            <numerusform>%n 个新部件改用下一个空闲标识码：原标识码已被另一台工作站使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Features</source>
        <translation>删除要素</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected feature(s)?</source>
        <translation>
            <numerusform>删除所选的 %n 个要素？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feature(s)</source>
        <translation>
            <numerusform>删除 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Risk Record</source>
        <translation>添加风险记录</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>监测量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The time must be written as 2026-11-27T08:30:00 and the value as a number.</source>
        <translation>时间须写作 2026-11-27T08:30:00，数值须为数字。</translation>
    </message>
    <message>
        <source>Add risk record</source>
        <translation>添加风险记录</translation>
    </message>
    <message>
        <source>Unsaved Edits</source>
        <translation>未保存的编辑</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s) before closing?</source>
        <translation>
            <numerusform>关闭前保存 %n 处未保存的修改？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the %n unsaved change(s) before closing the district?</source>
        <translation>
            <numerusform>关闭辖区前保存 %n 处未保存的修改？</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Road Vertices</source>
        <translation>编辑道路节点</translation>
    </message>
    <message>
        <source>Click a road, then drag its vertices, double-click its line to add one, right-click one to delete it; its segments follow when you save</source>
        <translation>单击道路，然后拖动其节点、双击线添加节点、右键单击节点删除；保存时其路段随之调整</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n unsaved change(s)? Undo brings them back.</source>
        <translation>
            <numerusform>放弃 %n 处未保存的修改？可用撤销恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uo::edit::MoveTool</name>
    <message>
        <source>Move feature</source>
        <translation>移动要素</translation>
    </message>
</context>
<context>
    <name>uo::edit::SessionSaver</name>
    <message>
        <source>No identifier is left for a new component of class %1.</source>
        <translation>类别 %1 已无可用标识码分配给新部件。</translation>
    </message>
</context>
<context>
    <name>uo::edit::VertexTool</name>
    <message>
        <source>Road %1 is drawn in several parts; only a road of one line can be edited by its vertices.</source>
        <translation>道路 %1 由多段组成；只有单线道路可以按节点编辑。</translation>
    </message>
    <message>
        <source>Drag a vertex to move it; double-click the line to add one; right-click a vertex to delete it.</source>
        <translation>拖动节点可移动；双击线可添加节点；右键单击节点可删除。</translation>
    </message>
    <message>
        <source>A road&apos;s centreline needs at least two distinct points.</source>
        <translation>道路中心线至少需要两个不同的点。</translation>
    </message>
    <message>
        <source>Move road vertex</source>
        <translation>移动道路节点</translation>
    </message>
    <message>
        <source>Insert road vertex</source>
        <translation>插入道路节点</translation>
    </message>
    <message>
        <source>A road keeps at least two vertices.</source>
        <translation>道路至少保留两个节点。</translation>
    </message>
    <message>
        <source>Delete road vertex</source>
        <translation>删除道路节点</translation>
    </message>
</context>
<context>
    <name>uo::report::MapFrame</name>
    <message>
        <source>1:%1</source>
        <translation>1:%1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>uo::report::MapLegend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>uo::report::PermitSheet</name>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>There is no permit %1.</source>
        <translation>没有编号为 %1 的许可。</translation>
    </message>
    <message>
        <source>Permit %1 · %2</source>
        <translation>许可 %1 · %2</translation>
    </message>
    <message>
        <source>Excavation permit review</source>
        <translation>道路挖掘许可审查表</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>许可编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>管线类型</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>施工类型</translation>
    </message>
    <message>
        <source> (emergency)</source>
        <translation>（抢修）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Carriageway</source>
        <translation>车行道</translation>
    </message>
    <message>
        <source>Sidewalk</source>
        <translation>人行道</translation>
    </message>
    <message>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <source>Total area</source>
        <translation>总面积</translation>
    </message>
    <message>
        <source>Trench length</source>
        <translation>沟槽长度</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>审批机关</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Joint group</source>
        <translation>联合开挖组</translation>
    </message>
    <message>
        <source>Review: a blocking check failed</source>
        <translation>审查结果：有否决性检查未通过</translation>
    </message>
    <message>
        <source>Review: no blocking check failed</source>
        <translation>审查结果：无否决性检查未通过</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No check is enabled.</source>
        <translation>未启用任何检查。</translation>
    </message>
    <message>
        <source>Proposed joint excavation: %1</source>
        <translation>建议联合开挖：%1</translation>
    </message>
    <message>
        <source>Decisions and history</source>
        <translation>决定与办理记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>尚无办理记录。</translation>
    </message>
</context>
<context>
    <name>uo::report::ReportDocument</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
</context>
<context>
    <name>uo::report::ReportFlow</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>uo::report::ReportLabels</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>uo::report::RiskSummary</name>
    <message>
        <source>No street</source>
        <translation>无所属街道</translation>
    </message>
    <message numerus="yes">
        <source>%1 risk points in %n street(s) and town(s)</source>
        <translation>
            <numerusform>%n 个街道和镇共 %1 个风险点</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk points by street</source>
        <translation>各街道风险点统计</translation>
    </message>
    <message>
        <source>Risk points by street and level</source>
        <translation>按街道和等级统计的风险点</translation>
    </message>
    <message>
        <source>Street or town</source>
        <translation>街道或镇</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The district has no risk points.</source>
        <translation>辖区内没有风险点。</translation>
    </message>
    <message>
        <source>Red and orange risk points</source>
        <translation>红色和橙色风险点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>No red or orange risk point.</source>
        <translation>没有红色或橙色风险点。</translation>
    </message>
</context>
<context>
    <name>uo::report::SegmentSheets</name>
    <message numerus="yes">
        <source>… and %n more farther away</source>
        <translation>
            <numerusform>……另有 %n 处距离更远</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (not an active officer)</source>
        <translation>%1（非在职执法人员）</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>道路</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Along the road</source>
        <translation>道路里程</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>路长</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协管人员</translation>
    </message>
    <message>
        <source>Party unit</source>
        <translation>党建单位</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Risk points</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Risk points within %1</source>
        <translation>%1 范围内的风险点</translation>
    </message>
    <message>
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Shops within %1</source>
        <translation>%1 范围内的门店</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Components by class</source>
        <translation>按类别统计的部件</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>%n other class(es)</source>
        <translation>
            <numerusform>其他 %n 类</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segments chaired by %1: %n sheet(s)</source>
        <translation>
            <numerusform>%1 担任路长的路段：%n 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment sheet(s)</source>
        <translation>
            <numerusform>路段责任表 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment sheets</source>
        <translation>路段责任表</translation>
    </message>
    <message>
        <source>This person chairs no segment.</source>
        <translation>此人未担任任何路段的路长。</translation>
    </message>
    <message>
        <source>The district has no segments.</source>
        <translation>辖区内没有路段。</translation>
    </message>
</context>
<context>
    <name>uo::report::ViewReport</name>
    <message>
        <source>District map</source>
        <translation>辖区地图</translation>
    </message>
    <message>
        <source>Scale %1 on %2 paper</source>
        <translation>比例尺 %1（%2 纸张）</translation>
    </message>
</context>
<context>
    <name>uo::sql::Database</name>
    <message>
        <source>opening the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>running a database command</source>
        <translation>执行数据库命令</translation>
    </message>
</context>
<context>
    <name>uo::sql::Statement</name>
    <message>
        <source>preparing a query</source>
        <translation>准备查询</translation>
    </message>
    <message>
        <source>reading or writing rows</source>
        <translation>读写记录</translation>
    </message>
    <message>
        <source>binding a value</source>
        <translation>绑定参数值</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>提交事务</translation>
    </message>
</context>
</TS>
