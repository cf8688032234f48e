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
        <source>%1 "%2" is not an id</source>
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
        <source>there is no collaborator "%1"</source>
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
        <source>(keep each segment's)</source>
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
    <name>uo::CrsTransform</name>
    <message>
        <source>No coordinate transformation from %1 to %2: %3</source>
        <translation>无法从 %1 转换坐标到 %2：%3</translation>
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
        <source>Pointer position in the store's coordinate system (metres)</source>
        <translation>指针在数据库坐标系中的位置（米）</translation>
    </message>
    <message>
        <source>Pointer position in CGCS2000 longitude and latitude</source>
        <translation>指针的 CGCS2000 经纬度</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>当前屏幕上的地图比例尺</translation>
    </message>
    <message>
        <source>The name under which changes are recorded in the audit log</source>
        <translation>审计日志中记录修改所用的名称</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
</context>
<context>
    <name>uo::MySegmentsDock</name>
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
        <source>returned for joint review</source>
        <translation>退回联合开挖</translation>
    </message>
    <message>
        <source>works started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已验收</translation>
    </message>
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
    <name>uo::PermitImport</name>
    <message>
        <source>%1 cannot be read as CSV or GeoJSON: %2</source>
        <translation>%1 无法作为 CSV 或 GeoJSON 读取：%2</translation>
    </message>
    <message>
        <source>%1 holds no table of features.</source>
        <translation>%1 中没有要素表。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>no permit_no</source>
        <translation>缺少 permit_no（许可编号）</translation>
    </message>
    <message>
        <source>permit %1 is already in the store or earlier in the file</source>
        <translation>许可 %1 已在数据库中或在文件前面出现过</translation>
    </message>
    <message>
        <source>no applicant</source>
        <translation>缺少 applicant（申请单位）</translation>
    </message>
    <message>
        <source>utility_type "%1" is not one of %2</source>
        <translation>utility_type“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>work_type "%1" is not one of %2</source>
        <translation>work_type“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>start_date and end_date must be dates like 2026-12-01</source>
        <translation>start_date 和 end_date 须为形如 2026-12-01 的日期</translation>
    </message>
    <message>
        <source>end_date %1 is before start_date %2</source>
        <translation>end_date %1 早于 start_date %2</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number of zero or more</source>
        <translation>%1“%2”不是大于或等于零的数</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>没有几何图形</translation>
    </message>
    <message>
        <source>a line needs width_m, the trench width in metres</source>
        <translation>线状开挖须给出 width_m（沟槽宽度，米）</translation>
    </message>
    <message>
        <source>the geometry is not a polygon or a line</source>
        <translation>几何图形既不是面也不是线</translation>
    </message>
    <message>
        <source>the dug area has several parts; file one permit per area</source>
        <translation>开挖范围由多块组成；请每块单独申请许可</translation>
    </message>
    <message>
        <source>the dug area is not a valid polygon: %1</source>
        <translation>开挖范围不是有效的面：%1</translation>
    </message>
    <message>
        <source>the dug area is not inside the district (wrong coordinate system?)</source>
        <translation>开挖范围不在本区县内（坐标系是否有误？）</translation>
    </message>
    <message>
        <source>%1 holds no permits.</source>
        <translation>%1 中没有许可。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
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
        <source>No %1 dig in these segments in the last %2 years.</source>
        <translation>近 %2 年内这些路段没有 %1 类开挖。</translation>
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
</context>
<context>
    <name>uo::PermitWorkflow</name>
    <message>
        <source>There is no permit %1.</source>
        <translation>不存在许可 %1。</translation>
    </message>
    <message>
        <source>Permit %1 is %2; it cannot go to %3 from there.</source>
        <translation>许可 %1 当前为 %2，不能转到 %3。</translation>
    </message>
    <message>
        <source>A decision on permit %1 records how it was disposed of: online, coordination or joint_enforcement.</source>
        <translation>对许可 %1 作出决定时须记录处置方式：online（线上）、coordination（协调）或 joint_enforcement（联合执法）。</translation>
    </message>
    <message>
        <source>A check failed for permit %1: the decision needs a reason.</source>
        <translation>许可 %1 有检查项未通过：作出决定须填写理由。</translation>
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
    <name>uo::Roster</name>
    <message>
        <source>City-management officer</source>
        <translation>城管队员</translation>
    </message>
    <message>
        <source>Municipal works</source>
        <translation>市政</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>园林绿化</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环卫</translation>
    </message>
    <message>
        <source>There is no person %1 in the roster.</source>
        <translation>人员名册中没有 %1。</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>人员须有姓名。</translation>
    </message>
    <message>
        <source>"%1" is not a role; a person is a city-management officer or works in municipal works, greening or sanitation.</source>
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
        <source>%1 is not a Party branch; a segment's responsible unit must be one.</source>
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
        <source>the segment's line is %1 m off its piece of the road</source>
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
        <source>The change would break road %1's segments: %2.</source>
        <translation>此修改会破坏道路 %1 的路段划分：%2。</translation>
    </message>
    <message>
        <source>A cut must fall inside the segment (%1–%2 m); %3 m does not.</source>
        <translation>切分点必须位于路段之内（%1–%2 米）；%3 米不在其中。</translation>
    </message>
    <message>
        <source> (part 2)</source>
        <translation>（第 2 段）</translation>
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
        <source>UrbanOps Workstation: the desktop GIS of a district's urban management.</source>
        <translation>UrbanOps 城市管理工作站：区县城市管理的桌面 GIS。</translation>
    </message>
    <message>
        <source>A district database to open.</source>
        <translation>要打开的区县数据库。</translation>
    </message>
    <message>
        <source>Open FILE's district, draw it, save the window as an image and quit.</source>
        <translation>打开 FILE 所指的区县，绘制地图，将窗口保存为图像后退出。</translation>
    </message>
    <message>
        <source>The window's size for --screenshot, in pixels (default 1280x800).</source>
        <translation>--screenshot 使用的窗口尺寸，单位为像素（默认 1280x800）。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN, en, or system.</source>
        <translation>界面语言：zh_CN、en 或 system（跟随系统）。</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, not "%1".</source>
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
        <source>demo create: cannot use the argument "%1".</source>
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
        <source>outside the coordinate system's range</source>
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
        <source>segments check|export|import DB [FILE.csv]            check segments, or move assignments</source>
        <translation>segments check|export|import DB [FILE.csv]            检查路段，或导出/导入人员分配</translation>
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
        <source>usage: urbanops-cli segments check DB | segments export DB FILE.csv | segments import DB FILE.csv</source>
        <translation>用法：urbanops-cli segments check DB | segments export DB FILE.csv | segments import DB FILE.csv</translation>
    </message>
    <message>
        <source>No-dig period</source>
        <translation>禁挖期</translation>
    </message>
    <message>
        <source>Other digs here</source>
        <translation>同址其他开挖</translation>
    </message>
    <message>
        <source>Same pipeline again</source>
        <translation>同类管线重复开挖</translation>
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
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>Segments and chiefs</source>
        <translation>路段与路段长</translation>
    </message>
    <message>
        <source>Trench limits</source>
        <translation>沟槽限值</translation>
    </message>
    <message>
        <source>Emergency filing</source>
        <translation>抢修补办</translation>
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
        <source>export: cannot use the argument "%1".</source>
        <translation>export：无法使用参数“%1”。</translation>
    </message>
    <message>
        <source>export: "%1" needs a value.</source>
        <translation>export：“%1”需要一个值。</translation>
    </message>
    <message>
        <source>Wrote %1 features of %2 to %3 in %4 ms.</source>
        <translation>已将 %2 的 %1 个要素写入 %3，用时 %4 毫秒。</translation>
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
        <source>Jiangbei District</source>
        <translation>江北区</translation>
    </message>
    <message>
        <source>Built-up area</source>
        <translation>建成区</translation>
    </message>
    <message>
        <source>The demo scale must be above 0 and at most 4.</source>
        <translation>演示规模必须大于 0 且不超过 4。</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is never written over a file.</source>
        <translation>%1 已存在；演示数据不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Jiangbei District (demo)</source>
        <translation>江北区（演示）</translation>
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
