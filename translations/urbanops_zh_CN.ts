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
    <name>uo::BasemapController</name>
    <message>
        <source>Basemap Opacity</source>
        <translation>底图不透明度</translation>
    </message>
    <message>
        <source>Opacity of %1 for everyone who opens the district (percent; lower lets the map under it show through):</source>
        <translation>%1 的不透明度，对打开本区县的所有人生效（百分比；越低越能透出其下的地图）：</translation>
    </message>
    <message>
        <source>Remove Basemap</source>
        <translation>移除底图</translation>
    </message>
    <message>
        <source>Remove the basemap %1 from the district for everyone? Its file or service is not touched.</source>
        <translation>要为所有人从本区县移除底图 %1 吗？其文件或服务本身不受影响。</translation>
    </message>
    <message>
        <source>Basemaps</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Add &amp;Basemap…</source>
        <translation>添加底图(&amp;B)…</translation>
    </message>
    <message>
        <source>Put an orthophoto, a scanned map or a tile file (MBTiles, GeoPackage) under the map of the district</source>
        <translation>在本区县地图下方放置正射影像、扫描地图或瓦片文件（MBTiles、GeoPackage）</translation>
    </message>
    <message>
        <source>Add &amp;Tile Service…</source>
        <translation>添加瓦片服务(&amp;T)…</translation>
    </message>
    <message>
        <source>Put an XYZ or WMTS tile service under the map; its tiles are kept on this computer for work without a network</source>
        <translation>在地图下方放置 XYZ 或 WMTS 瓦片服务；其瓦片保存在本机，无网络时也可使用</translation>
    </message>
    <message>
        <source>&amp;Opacity…</source>
        <translation>不透明度(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Remove from the District</source>
        <translation>从区县中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add Basemap</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <source>Rasters and tiles (*.tif *.tiff *.jpg *.jpeg *.png *.jp2 *.vrt *.img *.mbtiles *.gpkg);;All files (*)</source>
        <translation>栅格与瓦片 (*.tif *.tiff *.jpg *.jpeg *.png *.jp2 *.vrt *.img *.mbtiles *.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Tile Service</source>
        <translation>添加瓦片服务</translation>
    </message>
    <message>
        <source>An XYZ template such as https://tile.example.org/{z}/{x}/{y}.png, or the address of a WMTS&apos;s capabilities:</source>
        <translation>XYZ 模板（如 https://tile.example.org/{z}/{x}/{y}.png），或 WMTS 能力文档的地址：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an XYZ template with {z}, {x} and {y} nor a WMTS address.</source>
        <translation>“%1”既不是含 {z}、{x}、{y} 的 XYZ 模板，也不是 WMTS 地址。</translation>
    </message>
    <message>
        <source>No basemap yet. Right-click here or use %1 in the File menu to put an orthophoto, a scanned map or a tile service under the map.</source>
        <translation>还没有底图。在此处右键，或使用“文件”菜单中的“%1”，在地图下方放置正射影像、扫描地图或瓦片服务。</translation>
    </message>
    <message>
        <source>This district has no basemap.</source>
        <translation>本区县没有底图。</translation>
    </message>
</context>
<context>
    <name>uo::BasemapListModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1
%2: %3
Opacity %4%</source>
        <translation>%1
%2：%3
不透明度 %4%</translation>
    </message>
</context>
<context>
    <name>uo::BasemapRaster</name>
    <message>
        <source>not a raster it knows</source>
        <translation>不是它能识别的栅格数据</translation>
    </message>
    <message>
        <source>The store&apos;s coordinate system EPSG:%1 is unknown to GDAL.</source>
        <translation>GDAL 不认识数据库的坐标系 EPSG:%1。</translation>
    </message>
    <message>
        <source>There is not enough memory for the basemap %1 at %2 × %3 pixels.</source>
        <translation>内存不足，无法绘制 %2 × %3 像素的底图 %1。</translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation>GDAL 未给出原因</translation>
    </message>
    <message>
        <source>The basemap %1 is not there: no such file.</source>
        <translation>底图 %1 不存在：没有这个文件。</translation>
    </message>
    <message>
        <source>GDAL cannot read the basemap %1: %2</source>
        <translation>GDAL 无法读取底图 %1：%2</translation>
    </message>
    <message>
        <source>The basemap %1 has no place on the earth: it carries no coordinate system or georeferencing (a world file or GeoTIFF tags).</source>
        <translation>底图 %1 没有地理位置：它不带坐标系或地理配准信息（world 文件或 GeoTIFF 标签）。</translation>
    </message>
    <message>
        <source>The basemap %1 has no bands to draw.</source>
        <translation>底图 %1 没有可绘制的波段。</translation>
    </message>
    <message>
        <source>The palette of the basemap %1 cannot be read: %2</source>
        <translation>无法读取底图 %1 的调色板：%2</translation>
    </message>
    <message>
        <source>The basemap %1 could not be drawn: %2</source>
        <translation>无法绘制底图 %1：%2</translation>
    </message>
</context>
<context>
    <name>uo::Basemaps</name>
    <message>
        <source>raster file</source>
        <translation>栅格文件</translation>
    </message>
    <message>
        <source>MBTiles tiles</source>
        <translation>MBTiles 瓦片</translation>
    </message>
    <message>
        <source>GeoPackage tiles</source>
        <translation>GeoPackage 瓦片</translation>
    </message>
    <message>
        <source>XYZ tile service</source>
        <translation>XYZ 瓦片服务</translation>
    </message>
    <message>
        <source>WMTS tile service</source>
        <translation>WMTS 瓦片服务</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a raster file, a tile file nor a tile service (an XYZ template with {z}, {x} and {y}, or a WMTS).</source>
        <translation>“%1”既不是栅格文件、瓦片文件，也不是瓦片服务（含 {z}、{x}、{y} 的 XYZ 模板，或 WMTS）。</translation>
    </message>
    <message>
        <source>A basemap&apos;s opacity is between 0 and 1, not %1.</source>
        <translation>底图的不透明度应在 0 到 1 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 is of an older version and opened read-only: it has no basemaps yet.</source>
        <translation>%1 是旧版本的文件且以只读方式打开：它还没有底图。</translation>
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
    <message>
        <source>Spatial &amp;Bookmarks</source>
        <translation>空间书签(&amp;B)</translation>
    </message>
</context>
<context>
    <name>uo::CaseController</name>
    <message numerus="yes">
        <source>%n new alert(s), each raised a case.</source>
        <translation>
            <numerusform>新增 %n 条预警，均已生成案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring rules find no new alert.</source>
        <translation>监测规则未发现新的预警。</translation>
    </message>
    <message>
        <source>Click the place of the problem; Escape to stop.</source>
        <translation>点击问题所在位置；按 Esc 结束。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case rules (read-only)</source>
        <translation>案件规则（只读）</translation>
    </message>
    <message>
        <source>Monthly case report</source>
        <translation>案件月报</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>%1 is not a month: write it as 2026-10.</source>
        <translation>%1 不是月份：请写成 2026-10 的形式。</translation>
    </message>
    <message>
        <source>cases-%1.pdf</source>
        <translation>案件月报-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s) here</source>
        <translation>
            <numerusform>此处有 %n 个未结案件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3%4</source>
        <translation>%1 %2 — %3%4</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>，超期</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <source>Risk point details</source>
        <translation>风险点详情</translation>
    </message>
</context>
<context>
    <name>uo::CaseDocument</name>
    <message>
        <source>No district is open.</source>
        <translation>没有打开的区县。</translation>
    </message>
    <message>
        <source>This district file is of an older version without cases; open it for writing to upgrade it.</source>
        <translation>此区县文件版本较旧，尚无案件；以可写方式打开即可升级。</translation>
    </message>
    <message>
        <source>The district is open read-only; open a copy you may write to before editing.</source>
        <translation>区县以只读方式打开；编辑前请打开一份可写入的副本。</translation>
    </message>
    <message>
        <source>Change the case rules</source>
        <translation>修改案件规则</translation>
    </message>
</context>
<context>
    <name>uo::CaseExchange</name>
    <message>
        <source>%1: nothing was imported.</source>
        <translation>%1：未导入任何内容。</translation>
    </message>
    <message>
        <source>%1, feature %2: class %3 is not an event class of the district</source>
        <translation>%1，第 %2 个要素：类别 %3 不是本区县的事件类别</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Imported in this state</source>
        <translation>以此状态导入</translation>
    </message>
</context>
<context>
    <name>uo::CaseIntake</name>
    <message>
        <source>%1 is not an event class of the district.</source>
        <translation>%1 不是本区县的事件类别。</translation>
    </message>
    <message>
        <source>%1 %2 is a major class; choose one of its classes.</source>
        <translation>%1 %2 是大类；请选择其下的小类。</translation>
    </message>
    <message>
        <source>%1 is not a source of cases.</source>
        <translation>%1 不是案件来源。</translation>
    </message>
    <message>
        <source>The area of a case is a polygon.</source>
        <translation>案件范围必须是多边形。</translation>
    </message>
    <message>
        <source>E %1 N %2 lies outside the district.</source>
        <translation>E %1 N %2 位于辖区之外。</translation>
    </message>
</context>
<context>
    <name>uo::CaseLabels</name>
    <message>
        <source>Collected</source>
        <translation>待立案</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予立案</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Video capture</source>
        <translation>视频抓拍</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查发现</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>群众举报</translation>
    </message>
    <message>
        <source>Sensor alert</source>
        <translation>感知预警</translation>
    </message>
    <message>
        <source>Instruction from above</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <source>District centre</source>
        <translation>区中心</translation>
    </message>
    <message>
        <source>Street centre</source>
        <translation>街道中心</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Its governance centre</source>
        <translation>该级治理中心</translation>
    </message>
    <message>
        <source>A department</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>The segment&apos;s collaborators</source>
        <translation>路段协作人员</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环卫</translation>
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
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>管线单位</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation>不予立案…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派遣…</translation>
    </message>
    <message>
        <source>Handled…</source>
        <translation>已处置…</translation>
    </message>
    <message>
        <source>Report back…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>核查…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1，超期</translation>
    </message>
</context>
<context>
    <name>uo::CasePanel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note, unit, route</source>
        <translation>说明、单位、处置途径</translation>
    </message>
    <message>
        <source>Choose a case in the register, the queue or on the map.</source>
        <translation>在案件台账、待办队列或地图上选择一个案件。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01010&apos;&gt;&lt;b&gt;%1, overdue since %2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01010&apos;&gt;&lt;b&gt;%1，自 %2 起超期&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，上报人 %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Street, community</source>
        <translation>街道、社区</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <source>Segment and chief</source>
        <translation>路段及路段长</translation>
    </message>
    <message>
        <source>%1 (chief %2)</source>
        <translation>%1（路段长 %2）</translation>
    </message>
    <message>
        <source>Nearest component</source>
        <translation>最近部件</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>starts when the case is accepted</source>
        <translation>立案后开始计时</translation>
    </message>
    <message>
        <source>Dispatched to</source>
        <translation>派遣至</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Solved by</source>
        <translation>处置途径</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新立案</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch rule %1 sends it to %2 (%3)%4</source>
        <translation>派遣规则 %1 将其派至 %2（%3）%4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <source>No dispatch rule matches this case.</source>
        <translation>没有与此案件匹配的派遣规则。</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新立案…</translation>
    </message>
    <message>
        <source>Not solved: send back…</source>
        <translation>未解决：退回重派…</translation>
    </message>
    <message>
        <source>Dispatch elsewhere…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Show on the map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>派至 %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Suggested by dispatch rule %1%2</source>
        <translation>派遣规则 %1 建议%2</translation>
    </message>
    <message>
        <source>No dispatch rule matches: choose the unit.</source>
        <translation>没有匹配的派遣规则：请选择单位。</translation>
    </message>
</context>
<context>
    <name>uo::CaseRulesDialog</name>
    <message>
        <source>Case rules</source>
        <translation>案件规则</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Class (code or first digits)</source>
        <translation>类别（代码或代码前几位）</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Risk category</source>
        <translation>风险类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>监测量</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Second reading after (min)</source>
        <translation>复测间隔（分钟）</translation>
    </message>
    <message>
        <source>Margin (min)</source>
        <translation>允许偏差（分钟）</translation>
    </message>
    <message>
        <source>Case class</source>
        <translation>案件类别</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>重点监管</translation>
    </message>
    <message>
        <source>Time limit (h)</source>
        <translation>处置时限（小时）</translation>
    </message>
    <message>
        <source>Event classes</source>
        <translation>事件类别</translation>
    </message>
    <message>
        <source>Any trade</source>
        <translation>全部专业</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dispatch rule %1: %2</source>
        <translation>派遣规则 %1：%2</translation>
    </message>
    <message>
        <source>Monitoring rule “%1”: %2</source>
        <translation>监测规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>uo::CaseStatistics</name>
    <message>
        <source>District</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>No street</source>
        <translation>无所属街道</translation>
    </message>
</context>
<context>
    <name>uo::CaseStepDialog</name>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Dispatch to</source>
        <translation>派遣至</translation>
    </message>
    <message>
        <source>Solved by</source>
        <translation>处置途径</translation>
    </message>
    <message>
        <source>Say why (needed)</source>
        <translation>说明原因（必填）</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On a server district every step is recorded under the login signed in.</source>
        <translation>在服务器上的区县，每一步都以当前登录的账号记录。</translation>
    </message>
</context>
<context>
    <name>uo::CaseTableModel</name>
    <message>
        <source>%1 (reopened)</source>
        <translation>%1（重新立案）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Street, community</source>
        <translation>街道、社区</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>路段</translation>
    </message>
    <message>
        <source>Chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处置期限</translation>
    </message>
    <message>
        <source>Dispatched to</source>
        <translation>派遣至</translation>
    </message>
    <message>
        <source>Solved by</source>
        <translation>处置途径</translation>
    </message>
</context>
<context>
    <name>uo::CaseUnits</name>
    <message>
        <source>District governance centre</source>
        <translation>区城市运行管理中心</translation>
    </message>
    <message>
        <source>%1 governance centre</source>
        <translation>%1基层治理中心</translation>
    </message>
    <message>
        <source>%1 of %2 (nobody assigned)</source>
        <translation>%2 的%1（未配备人员）</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%2 的%1：%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>uo::CaseWorkflow</name>
    <message>
        <source>Only editors and administrators may take the step to “%1”.</source>
        <translation>只有编辑人员和管理员才能执行“%1”这一步。</translation>
    </message>
    <message>
        <source>A segment chief reports and confirms cases on their own segments only.</source>
        <translation>路段长只能上报和确认本人路段上的案件。</translation>
    </message>
    <message>
        <source>Only editors and administrators may change this.</source>
        <translation>只有编辑人员和管理员才能更改此项。</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>不存在案件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is “%2”: a case is closed only after its handling was verified on site.</source>
        <translation>案件 %1 处于“%2”：案件须经现场核查处置结果后才能结案。</translation>
    </message>
    <message>
        <source>Case %1 is “%2”; it cannot go to “%3” from there.</source>
        <translation>案件 %1 处于“%2”，不能从该状态转为“%3”。</translation>
    </message>
    <message>
        <source>Case %1: say why in the note.</source>
        <translation>案件 %1：请在备注中说明原因。</translation>
    </message>
    <message>
        <source>Case %1: a dispatch names the level and the unit the case goes to.</source>
        <translation>案件 %1：派遣须指明层级和承办单位。</translation>
    </message>
    <message>
        <source>Closing case %1 records how it was solved: %2.</source>
        <translation>案件 %1 结案时须记录处置途径：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Your role may not change cases: editors and administrators run them, segment chiefs report and confirm them on their own segments.</source>
        <translation>您的角色不能更改案件：案件由编辑员和管理员办理，路段长只能上报和确认本人路段上的案件。</translation>
    </message>
    <message>
        <source>Only administrators may change the event classes, dispatch rules and monitoring rules.</source>
        <translation>只有管理员可以更改事件类别、派遣规则和监测规则。</translation>
    </message>
</context>
<context>
    <name>uo::CasesDock</name>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>无法读取案件：%1</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Any street</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取案件…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>%1 / %n 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1，其中 %n 个超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示超期</translation>
    </message>
    <message>
        <source>Case number, class or words of the description</source>
        <translation>案件编号、类别或描述中的文字</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Click the place of the problem on the map, then describe it</source>
        <translation>在地图上点击问题所在位置，然后填写描述</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则…</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月报…</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>Today&apos;s cases</source>
        <translation>今日案件</translation>
    </message>
    <message>
        <source>Accept and dispatch</source>
        <translation>立案并派遣</translation>
    </message>
    <message>
        <source>Accept the case and send it where the dispatch rules say</source>
        <translation>立案并按派遣规则派至承办单位</translation>
    </message>
    <message>
        <source>Show where the listed cases cluster: tick Reported between to choose their period</source>
        <translation>显示所列案件的聚集位置：勾选“上报时段”以选择时段</translation>
    </message>
    <message>
        <source>Reported between</source>
        <translation>上报时段</translation>
    </message>
    <message>
        <source>List, and show in the density view, only the cases reported from the first day to the last, both included</source>
        <translation>列表和密度图只显示从开始日期到结束日期（含两端）上报的案件</translation>
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
    <name>uo::CasesMenu</name>
    <message>
        <source>Ca&amp;ses</source>
        <translation>案件(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New case at a place on the map…</source>
        <translation>在地图上新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>Run the &amp;monitoring rules now</source>
        <translation>立即运行监测规则(&amp;M)</translation>
    </message>
    <message>
        <source>Store the alerts the rules find in the risk records and raise a case for each</source>
        <translation>保存监测规则在风险记录中发现的预警，并为每条预警生成案件</translation>
    </message>
    <message>
        <source>Case &amp;rules…</source>
        <translation>案件规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Monthly case &amp;report…</source>
        <translation>案件月报(&amp;R)…</translation>
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
        <translation>不予许可</translation>
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
        <translation>已恢复路面</translation>
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
    <name>uo::DispatchRules</name>
    <message>
        <source>Choose the level the cases go to.</source>
        <translation>请选择案件派往的层级。</translation>
    </message>
    <message>
        <source>Choose the unit the cases go to.</source>
        <translation>请选择案件派往的单位。</translation>
    </message>
    <message>
        <source>Choose the department the cases go to.</source>
        <translation>请选择案件派往的职能部门。</translation>
    </message>
    <message>
        <source>%1 is not a trade.</source>
        <translation>%1 不是专业类别。</translation>
    </message>
    <message>
        <source>A class is given by its code or the code&apos;s first digits, such as 04 or 0401.</source>
        <translation>类别用代码或代码的前几位表示，如 04 或 0401。</translation>
    </message>
    <message>
        <source>Dispatch rule %1: %2</source>
        <translation>派遣规则 %1：%2</translation>
    </message>
</context>
<context>
    <name>uo::DistrictStore</name>
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
    <message>
        <source>%1 cannot be written: %2. Nothing was changed; copy it to a folder you may write to to change it.</source>
        <translation>无法写入 %1：%2。未做任何修改；如需修改，请将其复制到您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>the system refuses to open it for writing</source>
        <translation>系统拒绝以写入方式打开它</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was changed.</source>
        <translation>无法写入 %1：%2。未做任何修改。</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>它是以只读方式打开的</translation>
    </message>
    <message>
        <source>backing it up before upgrading it; the file was not changed</source>
        <translation>升级前备份它；文件未被修改</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>%1 以只读方式打开：%2。未做任何修改。</translation>
    </message>
    <message>
        <source>%1 is the open district store itself (or one of SQLite&apos;s files beside it); choose another file.</source>
        <translation>%1 就是当前打开的区县数据库本身（或其旁边的 SQLite 文件之一）；请选择其他文件。</translation>
    </message>
    <message>
        <source>The built-in catalogue of event classes is missing.</source>
        <translation>缺少内置的事件类别目录。</translation>
    </message>
    <message>
        <source>%1, line %2: expected code, name, name_en, major, tracked, time_limit_hours, trade.</source>
        <translation>%1，第 %2 行：应为 code, name, name_en, major, tracked, time_limit_hours, trade。</translation>
    </message>
    <message>
        <source>District %1 is at schema version %2; this program works on version %3 on a server. Publish the district again from its file.</source>
        <translation>辖区 %1 的结构版本为 %2；本程序在服务器上只处理版本 %3。请从辖区文件重新发布该辖区。</translation>
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
    <name>uo::EventClasses</name>
    <message>
        <source>There is no event class %1.</source>
        <translation>不存在事件类别 %1。</translation>
    </message>
    <message>
        <source>The time limit of %1 %2 must be above zero.</source>
        <translation>%1 %2 的处置时限必须大于零。</translation>
    </message>
    <message>
        <source>%1 %2 needs the trade that handles it.</source>
        <translation>%1 %2 需要指定处置专业。</translation>
    </message>
</context>
<context>
    <name>uo::ExchangeController</name>
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
        <source>Class code</source>
        <translation>小类代码</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>部件类别</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
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
    <message>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Street or town</source>
        <translation>街道或镇</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Excavation permit</source>
        <translation>挖掘许可</translation>
    </message>
    <message>
        <source>Risk point</source>
        <translation>风险点</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
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
    <message>
        <source>Identify &amp;Results</source>
        <translation>识别结果(&amp;R)</translation>
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
    <message>
        <source>%1, %2 features: %3.</source>
        <translation>%1，%2 个要素：%3。</translation>
    </message>
    <message>
        <source>%1 features read: %2 can be imported; problems in %3 (listed below; they are left out).</source>
        <translation>读取 %1 个要素：%2 个可导入；%3 个有问题（列于下方，将不导入）。</translation>
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
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>multi-points</source>
        <translation>多点</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>线</translation>
    </message>
    <message>
        <source>multi-lines</source>
        <translation>多线</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>面</translation>
    </message>
    <message>
        <source>multi-areas</source>
        <translation>多面</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <source>geometry of several kinds</source>
        <translation>多种几何类型</translation>
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
        <source>%1 %2 is negative</source>
        <translation>%1 %2 为负数</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; read as %3 (%n feature(s))</source>
        <translation>
            <numerusform>%1：“%2”读作 %3（%n 个要素）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known value (nearest: %3); --values %4:%2=CODE reads it</source>
        <translation>%1“%2”不是已知的值（最接近的：%3）；可用 --values %4:%2=代码 指定其含义</translation>
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
    <name>uo::LayerController</name>
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
    <message>
        <source>Show Layers as the &amp;District Has Them</source>
        <translation>按区县默认显示图层(&amp;D)</translation>
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
    <message>
        <source>Show the names over the areas</source>
        <translation>在区域上显示名称</translation>
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
        <translation>挖掘许可</translation>
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
    <message>
        <source>Cases</source>
        <translation>案件</translation>
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
    <message>
        <source>Case collected, to be accepted</source>
        <translation>案件待立案</translation>
    </message>
    <message>
        <source>Case accepted</source>
        <translation>案件已立案</translation>
    </message>
    <message>
        <source>Case dispatched</source>
        <translation>案件已派遣</translation>
    </message>
    <message>
        <source>Case handled</source>
        <translation>案件已处置</translation>
    </message>
    <message>
        <source>Case reported back</source>
        <translation>案件已反馈</translation>
    </message>
    <message>
        <source>Case verified</source>
        <translation>案件已核查</translation>
    </message>
    <message>
        <source>Case overdue</source>
        <translation>案件超期</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>案件已结案</translation>
    </message>
    <message>
        <source>Case not accepted</source>
        <translation>案件不予立案</translation>
    </message>
    <message>
        <source>Components, by density</source>
        <translation>部件（按密度）</translation>
    </message>
</context>
<context>
    <name>uo::LiveUpdates</name>
    <message>
        <source>permit history</source>
        <translation>许可办理记录</translation>
    </message>
    <message>
        <source>permit rules</source>
        <translation>挖掘规则</translation>
    </message>
    <message>
        <source>the no-dig calendar</source>
        <translation>禁挖日历</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>segment collaborators</source>
        <translation>路段协作人员</translation>
    </message>
    <message>
        <source>risk records</source>
        <translation>风险记录</translation>
    </message>
    <message>
        <source>case history</source>
        <translation>案件办理记录</translation>
    </message>
    <message>
        <source>other records</source>
        <translation>其他记录</translation>
    </message>
    <message>
        <source>The connection to the district server is back; the district is read again.</source>
        <translation>与数据服务器的连接已恢复；已重新读取区县数据。</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 修改了%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The connection to the district server was lost; changes by others are not shown until it is back. Trying again… (%1)</source>
        <translation>与数据服务器的连接已断开；恢复前不会显示他人的修改。正在重试…（%1）</translation>
    </message>
    <message>
        <source>district settings</source>
        <translation>辖区设置</translation>
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
    <message>
        <source>Opened read-only: %1. You can look, search, export and print; editing is off.</source>
        <translation>已以只读方式打开：%1。可以查看、搜索、导出和打印；编辑已关闭。</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>District File Damaged</source>
        <translation>辖区文件已损坏</translation>
    </message>
    <message>
        <source>%1 is damaged: %2

Editing is off so that nothing more is written to it, and what the map and tables show may be incomplete. Unsaved edits stay in their recovery journal. Run “urbanops-cli check” on the file for details, and restore it from a backup.</source>
        <translation>%1 已损坏：%2

编辑已关闭，不会再向其写入任何内容；地图和表格显示的内容可能不完整。未保存的编辑仍保留在其恢复日志中。请对该文件运行“urbanops-cli check”查看详情，并从备份中恢复。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Open District on &amp;Server…</source>
        <translation>打开服务器上的区县(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a district on a district server (PostgreSQL), signed in as yourself</source>
        <translation>以您自己的账号登录，打开数据服务器（PostgreSQL）上的区县</translation>
    </message>
    <message>
        <source>%1 on %2 — %3 (%4)</source>
        <translation>%2 上的%1 — %3（%4）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>A tile service did not answer; the map shows the tiles kept on this computer. %1</source>
        <translation>瓦片服务没有响应；地图显示本机保存的瓦片。%1</translation>
    </message>
</context>
<context>
    <name>uo::MapController</name>
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
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Map Toolbar</source>
        <translation>地图工具栏(&amp;M)</translation>
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
    <message>
        <source>&amp;Measure Distance</source>
        <translation>测量距离(&amp;M)</translation>
    </message>
    <message>
        <source>Click the points of a line to measure its length in metres; double-click ends it, Esc clears</source>
        <translation>依次点击折线的各点，以米为单位测量长度；双击结束，Esc 清除</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <source>Click the corners of an area to measure it in square metres; double-click ends it, Esc clears</source>
        <translation>依次点击区域的各顶点，以平方米为单位测量面积；双击结束，Esc 清除</translation>
    </message>
    <message>
        <source>Road &amp;Chainage</source>
        <translation>道路桩号(&amp;C)</translation>
    </message>
    <message>
        <source>Point at a road to read its chainage (K0+880); click two places to measure along it</source>
        <translation>指向道路读取其桩号（如 K0+880）；点击两处测量沿路距离</translation>
    </message>
    <message>
        <source>Keep the view shown now as one of your spatial bookmarks of this district</source>
        <translation>将当前视图保存为您在本区县的空间书签</translation>
    </message>
    <message>
        <source>Find a street, community, road, segment, permit, person, shop, risk point or component</source>
        <translation>查找街道、社区、道路、路段、挖掘许可、人员、商铺、风险点或部件</translation>
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
    <name>uo::MeasureTool</name>
    <message>
        <source>%1 m (%2 km)</source>
        <translation>%1 米（%2 公里）</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 m² (%2 ha)</source>
        <translation>%1 平方米（%2 公顷）</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <source>%1 %2 (%3 from its start), %4 off the centreline</source>
        <translation>%1 %2（距起点 %3），距中线 %4</translation>
    </message>
    <message>
        <source>Click the points of a line to measure; double-click to end it</source>
        <translation>依次点击折线的各点进行测量；双击结束</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>长度 %1</translation>
    </message>
    <message>
        <source>Click the corners of an area to measure; double-click to end it</source>
        <translation>依次点击区域的各顶点进行测量；双击结束</translation>
    </message>
    <message>
        <source>Area %1, perimeter %2</source>
        <translation>面积 %1，周长 %2</translation>
    </message>
    <message>
        <source>%1 %2 to %3: %4 along the road</source>
        <translation>%1 %2 至 %3：沿路 %4</translation>
    </message>
    <message>
        <source>Point at a road to read its chainage; click two places to measure along it</source>
        <translation>指向道路读取其桩号；点击两处测量沿路距离</translation>
    </message>
</context>
<context>
    <name>uo::MonitoringRules</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>规则需要名称。</translation>
    </message>
    <message>
        <source>The rule needs the category of risk points and the quantity it watches.</source>
        <translation>规则需要指定风险点类别和监测量。</translation>
    </message>
    <message>
        <source>The second reading is taken some minutes after the first: more than 0.</source>
        <translation>复测须在首次读数若干分钟之后：应大于 0。</translation>
    </message>
    <message>
        <source>The margin of the second reading must be less than the time to it.</source>
        <translation>复测的允许偏差必须小于复测间隔。</translation>
    </message>
    <message>
        <source>Choose the class of the cases the alerts raise.</source>
        <translation>请选择预警生成案件的类别。</translation>
    </message>
    <message>
        <source>Monitoring rule “%1”: %2</source>
        <translation>监测规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>uo::MySegmentsDock</name>
    <message>
        <source>(choose a person)</source>
        <translation>（请选择人员）</translation>
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
        <translation>挖掘许可：%1</translation>
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
    <message>
        <source>Open cases: %1</source>
        <translation>未结案件：%1</translation>
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
        <translation>挖掘许可</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1（%2 件超期）</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
</context>
<context>
    <name>uo::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>E %1 N %2</source>
        <translation>E %1 N %2</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source> ★ tracked</source>
        <translation> ★ 重点监管</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <source>Photo files, separated by ;</source>
        <translation>照片文件，以 ; 分隔</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos of the case</source>
        <translation>案件照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
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
    <name>uo::PermitController</name>
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
    <message>
        <source>Permit %1 is now %2: recorded in the district at once.</source>
        <translation>许可 %1 现为“%2”：已立即记入区县数据库。</translation>
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
        <translation>已恢复路面</translation>
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
        <translation>同一时段此处没有其他挖掘许可。</translation>
    </message>
    <message numerus="yes">
        <source>%n other permit(s) dig here at the same time: %1. Propose joint excavation group %2.</source>
        <translation>
            <numerusform>同一时段此处另有 %n 项挖掘许可：%1。建议组成联合开挖组 %2。</numerusform>
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
    <message>
        <source>The figures could not be worked out: %1</source>
        <translation>无法计算统计数字：%1</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算统计数字…</translation>
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
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
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
    <message>
        <source>Any check outcome</source>
        <translation>全部检查结果</translation>
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
    <name>uo::PersonBox</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <name>uo::ReportController</name>
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
    <name>uo::ReportDialog</name>
    <message>
        <source>Coordinate grid on the maps</source>
        <translation>地图上显示坐标格网</translation>
    </message>
    <message>
        <source>Chief:</source>
        <translation>路段长：</translation>
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
        <source>Fit to the page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
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
    <message>
        <source>As on screen, %1</source>
        <translation>与屏幕相同，%1</translation>
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
    <name>uo::RiskChart</name>
    <message>
        <source>Inspection</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Inspection found a hazard</source>
        <translation>巡查发现隐患</translation>
    </message>
    <message>
        <source>Methane (%)</source>
        <translation>甲烷（%）</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>预警阈值</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>uo::RiskHistory</name>
    <message>
        <source>%1 is not a risk level.</source>
        <translation>%1 不是风险等级。</translation>
    </message>
    <message>
        <source>A change of risk level records its reason.</source>
        <translation>调整风险等级须记录原因。</translation>
    </message>
    <message>
        <source>There is no risk point %1.</source>
        <translation>不存在风险点 %1。</translation>
    </message>
    <message>
        <source>Risk point %1 is at that level already.</source>
        <translation>风险点 %1 已处于该等级。</translation>
    </message>
</context>
<context>
    <name>uo::RiskMonitor</name>
    <message>
        <source>Monitoring rule</source>
        <translation>监测规则</translation>
    </message>
    <message>
        <source>%1 %2: %3 at %4, still %5 at %6 after ventilation</source>
        <translation>%1 %2：%4 读数 %3，通风后 %6 仍为 %5</translation>
    </message>
</context>
<context>
    <name>uo::RiskPanel</name>
    <message>
        <source>Monitoring rules</source>
        <translation>监测规则</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s) raised a case each.</source>
        <translation>
            <numerusform>%n 条新预警，均已生成案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The monitoring rules find no new alert.</source>
        <translation>监测规则未发现新的预警。</translation>
    </message>
    <message>
        <source>Change level…</source>
        <translation>调整等级…</translation>
    </message>
    <message>
        <source>Run the monitoring rules now</source>
        <translation>立即运行监测规则</translation>
    </message>
    <message>
        <source>Choose a risk point on the map (Identify) to see its records.</source>
        <translation>在地图上（识别）选择风险点以查看其记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 an hour after %3</source>
        <translation>%1：首次读数 %3，一小时后仍为 %2</translation>
    </message>
    <message>
        <source>Double-click to open its case</source>
        <translation>双击打开其案件</translation>
    </message>
    <message>
        <source>No alert raised for this point.</source>
        <translation>此风险点没有预警。</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, %5</source>
        <translation>%1 %2：%3 → %4，%5</translation>
    </message>
    <message>
        <source>The level was never changed.</source>
        <translation>等级从未调整。</translation>
    </message>
    <message>
        <source>Change the risk level</source>
        <translation>调整风险等级</translation>
    </message>
    <message>
        <source>Why does it go to %1?</source>
        <translation>为何调整为%1？</translation>
    </message>
    <message>
        <source>Choose a risk point on the map (Identify) to see its records. The district&apos;s alerts, newest first:</source>
        <translation>在地图上（识别）选择风险点以查看其记录。全区预警，最新的在前：</translation>
    </message>
    <message>
        <source>No alert raised in the district.</source>
        <translation>全区没有预警。</translation>
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
    <message>
        <source>no segments</source>
        <translation>无路段</translation>
    </message>
    <message numerus="yes">
        <source>chief of %n segment(s), %1 km</source>
        <translation>
            <numerusform>任 %n 个路段的路段长，共 %1 公里</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>collaborator on %n segment(s)</source>
        <translation>
            <numerusform>%n 个路段的协作人员</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
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
    <name>uo::SavedAtOnce</name>
    <message>
        <source>%1 (saved at once)</source>
        <translation>%1（已立即保存）</translation>
    </message>
    <message>
        <source>%1: saved to the district at once. Undo takes it back, also at once.</source>
        <translation>%1：已立即保存到区县数据库。撤销会立即恢复原状。</translation>
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
    <message>
        <source>A dialog was closed unanswered (no one is there to answer it): %1</source>
        <translation>对话框无人应答，已按默认方式关闭：%1</translation>
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
        <source>Find a street, community, road, permit, person, component…</source>
        <translation>查找街道、社区、道路、许可、人员、部件…</translation>
    </message>
    <message>
        <source>Search streets and towns, communities, roads, segments, permits (by number), people, shops and risk points by any part of their name, cases by number or words of their description, or components by identifier (or its beginning)</source>
        <translation>按名称的任意部分查找街道和镇、社区、道路、路段、挖掘许可（按编号）、人员、商铺和风险点，按编号或描述中的文字查找案件，或按标识码（或其开头）查找部件</translation>
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
    <name>uo::SegmentController</name>
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
    <name>uo::ServerDialog</name>
    <message>
        <source>Open District on Server</source>
        <translation>打开服务器上的区县</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>the database&apos;s only district</source>
        <translation>数据库中唯一的区县</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>区县(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>账号(&amp;L)：</translation>
    </message>
    <message>
        <source>The password is asked for when the server wants one, and is never saved.</source>
        <translation>服务器需要密码时才会询问，密码从不保存。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>A district name is lower-case letters, digits and _, starting with a letter.</source>
        <translation>区县名称由小写字母、数字和 _ 组成，以字母开头。</translation>
    </message>
</context>
<context>
    <name>uo::ServerOpen</name>
    <message>
        <source>Opening the district on %1…</source>
        <translation>正在打开 %1 上的区县…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open District on Server</source>
        <translation>打开服务器上的区县</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
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
    <message>
        <source>On a server district every step is recorded under the login signed in.</source>
        <translation>在服务器上的区县，每一步都以当前登录的账号记录。</translation>
    </message>
</context>
<context>
    <name>uo::StoreAccess</name>
    <message>
        <source>it is on read-only media</source>
        <translation>它位于只读介质上</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>文件受写保护</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>其所在文件夹 %1 不可写入</translation>
    </message>
    <message>
        <source>%1 holds changes that can only be read with a %2 file, which cannot be made there (%3); copy the district file and its -wal file to a folder you may write to and open the copy.</source>
        <translation>%1 中的修改只能借助 %2 文件读取，而该位置无法创建此文件（%3）；请将辖区文件及其 -wal 文件复制到您有写入权限的文件夹，然后打开副本。</translation>
    </message>
</context>
<context>
    <name>uo::StoreCheck</name>
    <message>
        <source>SQLite finds the file damaged: %1</source>
        <translation>SQLite 发现文件已损坏：%1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points at a row of %3 that does not exist.</source>
        <translation>%2 的第 %1 行指向 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Layer %1 is not registered as a geometry column.</source>
        <translation>图层 %1 未登记为几何列。</translation>
    </message>
    <message>
        <source>Layer %1 is registered with geometry type %2 instead of %3.</source>
        <translation>图层 %1 登记的几何类型为 %2，而非 %3。</translation>
    </message>
    <message>
        <source>Layer %1 is registered in EPSG:%2, the store in EPSG:%3.</source>
        <translation>图层 %1 登记的坐标系为 EPSG:%2，而数据库为 EPSG:%3。</translation>
    </message>
    <message>
        <source>Layer %1 has no spatial index.</source>
        <translation>图层 %1 没有空间索引。</translation>
    </message>
    <message>
        <source>The spatial index of layer %1 does not match its features.</source>
        <translation>图层 %1 的空间索引与其要素不一致。</translation>
    </message>
    <message>
        <source>Layer %1 has no change counter.</source>
        <translation>图层 %1 没有变更计数。</translation>
    </message>
    <message>
        <source>Layer %1 lacks the triggers that count its changes.</source>
        <translation>图层 %1 缺少统计其变更的触发器。</translation>
    </message>
    <message>
        <source>The component point cache claims change %1 of the components, which have had %2.</source>
        <translation>部件点缓存记录的是部件第 %1 次变更，而部件已变更 %2 次。</translation>
    </message>
    <message>
        <source>The component point cache holds %1 points for %2 components.</source>
        <translation>部件点缓存有 %1 个点，而部件有 %2 个。</translation>
    </message>
</context>
<context>
    <name>uo::StoreCopy</name>
    <message>
        <source>%1 could not be written while %2.</source>
        <translation>%2时，无法写入 %1。</translation>
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
        <translation>路段长</translation>
    </message>
    <message>
        <source>Party branch</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>The district has no table %1.</source>
        <translation>该辖区数据库中没有表 %1。</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
    <message>
        <source>The time limit of --screenshot, in seconds (default 300).</source>
        <translation>--screenshot 的时限，单位为秒（默认 300）。</translation>
    </message>
    <message>
        <source>The map for --screenshot: its centre in the district&apos;s coordinates and its scale, as X,Y,N for 1:N (default: the whole district).</source>
        <translation>--screenshot 的地图范围：以区县坐标表示的中心点和比例尺，写作 X,Y,N 表示 1:N（默认：整个区县）。</translation>
    </message>
    <message>
        <source>--view wants X,Y,N, not &quot;%1&quot;.</source>
        <translation>--view 需要 X,Y,N，而不是“%1”。</translation>
    </message>
    <message>
        <source>A district database to open, or a district on a server by its address: postgresql://LOGIN@HOST:PORT/DATABASE?district=NAME (the password is asked for when the server wants one).</source>
        <translation>要打开的区县数据库，或按地址打开服务器上的区县：postgresql://账号@主机:端口/数据库?district=名称（服务器需要密码时才会询问）。</translation>
    </message>
</context>
<context>
    <name>uo::cli</name>
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
        <translation>  部件 %1 个，风险点 %2 个（记录 %3 条），门店摊点 %4 个，挖掘许可 %5 件，责任主体 %6 个，人员 %7 名</translation>
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
        <source>%1 has no road segments to time.</source>
        <translation>%1 中没有可供计时的路段。</translation>
    </message>
    <message>
        <source>copying it for a benchmark</source>
        <translation>为基准测试复制文件</translation>
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
        <source>%1 has no permits to review.</source>
        <translation>%1 中没有可审查的许可。</translation>
    </message>
    <message>
        <source>Imported %1 permits as submitted.</source>
        <translation>已导入 %1 项许可，状态为“已提交”。</translation>
    </message>
    <message>
        <source>Wrote %1 features of %2 to %3 in %4 ms.</source>
        <translation>已将 %2 的 %1 个要素写入 %3，用时 %4 毫秒。</translation>
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
        <source>%1: %2, layer %3, %4 features, %5, text in %6</source>
        <translation>%1：%2，图层 %3，%4 个要素，%5，文字编码 %6</translation>
    </message>
    <message>
        <source>no coordinate system</source>
        <translation>无坐标系</translation>
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
        <source>ogr2ogr: %1</source>
        <translation>ogr2ogr：%1</translation>
    </message>
    <message>
        <source>bench export: %1 of %2 features came back; first problem: %3</source>
        <translation>bench export：%2 个要素只回来了 %1 个；第一个问题：%3</translation>
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
        <source>--out must name a .pdf or .png file.</source>
        <translation>--out 必须指定 .pdf 或 .png 文件。</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
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
        <source>%1 is damaged: %2 Run urbanops-cli check for details.</source>
        <translation>%1 已损坏：%2 请运行 urbanops-cli check 查看详情。</translation>
    </message>
    <message>
        <source>DAMAGE</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>%1: %2 problems in the file and the store, %3 segment rule violations (%4 s)</source>
        <translation>%1：文件和数据库中有 %2 处问题，路段规则违规 %3 处（%4 秒）</translation>
    </message>
    <message>
        <source>Cannot make the benchmark&apos;s folder %1.</source>
        <translation>无法创建基准测试文件夹 %1。</translation>
    </message>
    <message>
        <source>  %1 cases in the year (%2 still open), %3 risk alerts found by the monitoring rules</source>
        <translation>  全年案件 %1 个（%2 个未结），监测规则发现风险预警 %3 条</translation>
    </message>
    <message>
        <source>%1 has no cases yet (an older store: open it once for writing to upgrade it).</source>
        <translation>%1 尚无案件（旧版数据库：以可写方式打开一次即可升级）。</translation>
    </message>
    <message>
        <source>%1, OVERDUE</source>
        <translation>%1，超期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 cases to %2.</source>
        <translation>已将 %1 个案件导出到 %2。</translation>
    </message>
    <message>
        <source>Imported %1 cases.</source>
        <translation>已导入 %1 个案件。</translation>
    </message>
    <message>
        <source>%1 has no monitoring rules yet (an older store: open it once for writing to upgrade it).</source>
        <translation>%1 尚无监测规则（旧版数据库：以可写方式打开一次即可升级）。</translation>
    </message>
    <message>
        <source>%1 at %2, still %3 at %4</source>
        <translation>%2 读数 %1，%4 仍为 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n 条预警</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no cases to copy.</source>
        <translation>%1 没有可复制的案件。</translation>
    </message>
    <message>
        <source>no role in this district</source>
        <translation>在本辖区无角色</translation>
    </message>
    <message>
        <source>owner of the district</source>
        <translation>辖区所有者</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>District on the server</source>
        <translation>服务器上的辖区</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s)</source>
        <translation>
            <numerusform>%1：%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1 (empty: none): </source>
        <translation>%1 的密码（留空表示不设密码）：</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>Published %1 as district %2 on %3: %4 tables, %5 rows in %6 s.</source>
        <translation>已将 %1 发布为 %3 上的辖区 %2：%4 张表，%5 行，用时 %6 秒。</translation>
    </message>
    <message>
        <source>Exported district %1 to %2: %3 tables, %4 rows in %5 s.</source>
        <translation>已将辖区 %1 导出到 %2：%3 张表，%4 行，用时 %5 秒。</translation>
    </message>
    <message>
        <source>%1 is now %2 of district %3.</source>
        <translation>%1 现为辖区 %3 的%2。</translation>
    </message>
    <message>
        <source>Logins of district %1 (login, role, person, sign-in)</source>
        <translation>辖区 %1 的账号（账号、角色、人员、能否登录）</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>cannot sign in</source>
        <translation>不能登录</translation>
    </message>
    <message>
        <source>none yet: add one with urbanops-cli server user add</source>
        <translation>暂无：请用 urbanops-cli server user add 添加</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1：%2 / %3 行</translation>
    </message>
    <message>
        <source>Cannot write a stand-in orthophoto: %1</source>
        <translation>无法写出替代用的正射影像：%1</translation>
    </message>
    <message>
        <source>basemap: &quot;%1&quot; is not a raster, a tile file or a tile service.</source>
        <translation>basemap：“%1”不是栅格、瓦片文件或瓦片服务。</translation>
    </message>
    <message>
        <source>Added basemap %1 (%2).</source>
        <translation>已添加底图 %1（%2）。</translation>
    </message>
    <message>
        <source>  %1, %2 × %3 pixels, %4 band(s), %5 overview(s), %6</source>
        <translation>  %1，%2 × %3 像素，%4 个波段，%5 级金字塔，%6</translation>
    </message>
    <message>
        <source>  Not reachable now (%1); its tiles are drawn once the network is there.</source>
        <translation>  当前无法访问（%1）；有网络时会绘制其瓦片。</translation>
    </message>
    <message>
        <source>The district has no basemap.</source>
        <translation>本区县没有底图。</translation>
    </message>
    <message>
        <source>%1	%2	%3	opacity %4	%5	%6</source>
        <translation>%1	%2	%3	不透明度 %4	%5	%6</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Nothing was imported: the coordinate system looks wrong (above).</source>
        <translation>未导入任何要素：坐标系看起来不对（见上）。</translation>
    </message>
    <message>
        <source>%1 of them were already in the store and took the file&apos;s values.</source>
        <translation>其中 %1 个原已在库中，已改用文件中的值。</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [选项]</translation>
    </message>
    <message>
        <source>usage: urbanops-cli COMMAND ...; urbanops-cli COMMAND --help describes its options</source>
        <translation>用法：urbanops-cli 命令 ...；urbanops-cli 命令 --help 说明其选项</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>describe the command and its options</source>
        <translation>说明命令及其选项</translation>
    </message>
    <message>
        <source>expected %1 arguments, got %2.</source>
        <translation>应有 %1 个参数，实际为 %2 个。</translation>
    </message>
    <message>
        <source>how many components, risk points, shops and permits (1 = Jiangbei)</source>
        <translation>部件、风险点、门店摊点和挖掘许可的数量倍数（1 = 江北区）</translation>
    </message>
    <message>
        <source>the same seed always gives the same district</source>
        <translation>同一随机种子总是生成同一个区县</translation>
    </message>
    <message>
        <source>leave the roads without segments</source>
        <translation>道路不划分路段</translation>
    </message>
    <message>
        <source>build a demo district</source>
        <translation>生成演示区县</translation>
    </message>
    <message>
        <source>describe a district store or server district</source>
        <translation>说明区县数据库或服务器上的区县</translation>
    </message>
    <message>
        <source>look for damage: integrity, foreign keys, the store&apos;s invariants, segment rules</source>
        <translation>检查损坏：完整性、外键、数据库的不变条件、路段规则</translation>
    </message>
    <message>
        <source>list every broken segment rule; exit 1 if there is one</source>
        <translation>列出每一处违反路段规则之处；有违规时退出码为 1</translation>
    </message>
    <message>
        <source>write the chiefs, collaborators and Party branches to a spreadsheet</source>
        <translation>将路段长、协作人员和党组织写入电子表格</translation>
    </message>
    <message>
        <source>read them back; nothing changes unless every row is good</source>
        <translation>读回电子表格；只有每一行都无误时才会更改</translation>
    </message>
    <message>
        <source>cut at the junctions with roads of these grades</source>
        <translation>在与这些等级道路的交叉口处分段</translation>
    </message>
    <message>
        <source>no segment longer than this, in metres</source>
        <translation>路段最长不超过此长度（米）</translation>
    </message>
    <message>
        <source>cut the roads that way</source>
        <translation>按此方案分段</translation>
    </message>
    <message>
        <source>propose segments cut at junctions</source>
        <translation>建议在交叉口处划分路段</translation>
    </message>
    <message>
        <source>review a permit against the district&apos;s rules; exit 1 if a blocking rule fails</source>
        <translation>按区县的规则审查挖掘许可；有阻断性规则不通过时退出码为 1</translation>
    </message>
    <message>
        <source>read the coordinates in this coordinate system</source>
        <translation>按此坐标系读取坐标</translation>
    </message>
    <message>
        <source>import applications from CSV (WKT) or GeoJSON, all or nothing</source>
        <translation>从 CSV（WKT）或 GeoJSON 导入申请，要么全部导入，要么全不导入</translation>
    </message>
    <message>
        <source>write the coordinates in this coordinate system</source>
        <translation>按此坐标系写出坐标</translation>
    </message>
    <message>
        <source>only the features this condition selects</source>
        <translation>只导出满足此条件的要素</translation>
    </message>
    <message>
        <source>write a layer for other GIS (.gpkg .shp .geojson .kml .csv .dxf)</source>
        <translation>写出供其他 GIS 使用的图层（.gpkg .shp .geojson .kml .csv .dxf）</translation>
    </message>
    <message>
        <source>--map wants COLUMN=FIELD, not &quot;%1&quot;.</source>
        <translation>--map 的格式应为 列=字段，而不是“%1”。</translation>
    </message>
    <message>
        <source>--values: %1</source>
        <translation>--values：%1</translation>
    </message>
    <message>
        <source>the layer of a file that holds several</source>
        <translation>文件含多个图层时要导入的图层</translation>
    </message>
    <message>
        <source>read the file&apos;s x as y and its y as x</source>
        <translation>将文件的 x 当作 y、y 当作 x 读取</translation>
    </message>
    <message>
        <source>the text encoding of the file, e.g. GBK</source>
        <translation>文件的文字编码，例如 GBK</translation>
    </message>
    <message>
        <source>which field fills which column, or one value for every feature</source>
        <translation>哪个字段填入哪一列，或为每个要素填入同一个值</translation>
    </message>
    <message>
        <source>which code a value of the file stands for (may be given again)</source>
        <translation>文件中的某个值代表哪个代码（可多次给出）</translation>
    </message>
    <message>
        <source>give features without an identifier a new one of their class</source>
        <translation>为没有标识码的要素按其类别生成新标识码</translation>
    </message>
    <message>
        <source>a feature already in the store is refused (default) or takes the file&apos;s values</source>
        <translation>已在数据库中的要素：拒绝导入（默认）或改用文件中的值</translation>
    </message>
    <message>
        <source>import the good features even when others have problems</source>
        <translation>即使有些要素有问题，也导入没有问题的要素</translation>
    </message>
    <message>
        <source>read a layer from other GIS</source>
        <translation>从其他 GIS 读入图层</translation>
    </message>
    <message>
        <source>time segment splits, moves, merges and checks</source>
        <translation>计时：路段拆分、移动、合并和检查</translation>
    </message>
    <message>
        <source>time a permit review with 10,000 permits</source>
        <translation>计时：在 10,000 项挖掘许可中审查一项</translation>
    </message>
    <message>
        <source>runs to take the median of (5)</source>
        <translation>取中位数的运行次数（5）</translation>
    </message>
    <message>
        <source>time drawing the map offscreen</source>
        <translation>计时：离屏绘制地图</translation>
    </message>
    <message>
        <source>the layer (components)</source>
        <translation>图层（components）</translation>
    </message>
    <message>
        <source>export and import a layer, next to ogr2ogr</source>
        <translation>导出并导入一个图层，与 ogr2ogr 对比</translation>
    </message>
    <message>
        <source>sheets to print (20)</source>
        <translation>要打印的页数（20）</translation>
    </message>
    <message>
        <source>time a segment-sheet PDF</source>
        <translation>计时：生成路段图页 PDF</translation>
    </message>
    <message>
        <source>time saving 10,000 edits and dragging a point</source>
        <translation>计时：保存 10,000 处编辑和拖动一个点</translation>
    </message>
    <message>
        <source>runs to take the median of (3)</source>
        <translation>取中位数的运行次数（3）</translation>
    </message>
    <message>
        <source>time the attribute table: open, windows, sorts</source>
        <translation>计时：属性表的打开、翻页和排序</translation>
    </message>
    <message>
        <source>time the case map, register, dispatch and alerts</source>
        <translation>计时：案件地图、案件登记、派遣和预警</translation>
    </message>
    <message>
        <source>--extent takes XMIN,YMIN,XMAX,YMAX, not &quot;%1&quot;.</source>
        <translation>--extent 的格式应为 XMIN,YMIN,XMAX,YMAX，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale takes a scale number of at least 100.</source>
        <translation>--scale 应为不小于 100 的比例尺分母。</translation>
    </message>
    <message>
        <source>--month takes a month, YYYY-MM, not &quot;%1&quot;.</source>
        <translation>--month 应为月份 YYYY-MM，而不是“%1”。</translation>
    </message>
    <message>
        <source>the file to write (required)</source>
        <translation>要写出的文件（必填）</translation>
    </message>
    <message>
        <source>paper size (A4)</source>
        <translation>纸张大小（A4）</translation>
    </message>
    <message>
        <source>landscape pages</source>
        <translation>横向页面</translation>
    </message>
    <message>
        <source>resolution of images and PNG pages</source>
        <translation>图像和 PNG 页面的分辨率</translation>
    </message>
    <message>
        <source>draw a coordinate grid</source>
        <translation>绘制坐标格网</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>author</source>
        <translation>制图人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>制图单位</translation>
    </message>
    <message>
        <source>the area to print, in the store CRS</source>
        <translation>要打印的范围，按数据库坐标系</translation>
    </message>
    <message>
        <source>the scale number, e.g. 5000 for 1:5,000</source>
        <translation>比例尺分母，例如 5000 表示 1:5,000</translation>
    </message>
    <message>
        <source>the layers to draw</source>
        <translation>要绘制的图层</translation>
    </message>
    <message>
        <source>print a map of an area</source>
        <translation>打印一个区域的地图</translation>
    </message>
    <message>
        <source>only this chief&apos;s segments</source>
        <translation>只打印此路段长的路段</translation>
    </message>
    <message>
        <source>at most this many sheets</source>
        <translation>最多打印的页数</translation>
    </message>
    <message>
        <source>print a sheet per road segment</source>
        <translation>每个路段打印一页</translation>
    </message>
    <message>
        <source>print a permit review sheet</source>
        <translation>打印挖掘许可审查单</translation>
    </message>
    <message>
        <source>print the risk points by level and street</source>
        <translation>按风险等级和街道打印风险点</translation>
    </message>
    <message>
        <source>the month (required)</source>
        <translation>月份（必填）</translation>
    </message>
    <message>
        <source>a month of cases: per street and class, a map, the 70/20/10 split, the on-time rate</source>
        <translation>一个月的案件：按街道和类别统计、地图、70/20/10 分级处置比例、按时办结率</translation>
    </message>
    <message>
        <source>%1 is not a state; the states are %2, or open.</source>
        <translation>%1 不是案件状态；状态为 %2，或 open（未结）。</translation>
    </message>
    <message>
        <source>only cases in this state (collected accepted rejected dispatched handled reported verified closed), or open</source>
        <translation>只列出此状态的案件（collected accepted rejected dispatched handled reported verified closed），或 open（未结）</translation>
    </message>
    <message>
        <source>only cases of this street or town</source>
        <translation>只列出此街道或镇的案件</translation>
    </message>
    <message>
        <source>only cases past their time limit</source>
        <translation>只列出超过处置时限的案件</translation>
    </message>
    <message>
        <source>list the cases, one a line</source>
        <translation>列出案件，每行一个</translation>
    </message>
    <message>
        <source>write the cases to CSV or any GDAL vector format</source>
        <translation>将案件写出为 CSV 或 GDAL 支持的任一矢量格式</translation>
    </message>
    <message>
        <source>read cases from CSV or any vector file GDAL reads, checked, all or nothing</source>
        <translation>从 CSV 或 GDAL 可读的任一矢量文件读入案件，经检查，要么全部导入，要么全不导入</translation>
    </message>
    <message>
        <source>--since takes a date, YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since 应为日期 YYYY-MM-DD，而不是“%1”。</translation>
    </message>
    <message>
        <source>only alerts from this day on</source>
        <translation>只列出自此日起的预警</translation>
    </message>
    <message>
        <source>the alerts the monitoring rules find now, one a line</source>
        <translation>列出监测规则当前发现的预警，每行一条</translation>
    </message>
    <message>
        <source>--role takes admin, editor, reviewer, chief or planner, not &quot;%1&quot;.</source>
        <translation>--role 应为 admin、editor、reviewer、chief 或 planner，而不是“%1”。</translation>
    </message>
    <message>
        <source>the district&apos;s name on the server (lower-case letters, digits, _)</source>
        <translation>服务器上的区县名称（小写字母、数字、_）</translation>
    </message>
    <message>
        <source>copy a district file to a server, all or nothing</source>
        <translation>将区县数据库文件复制到服务器，要么全部复制，要么全不复制</translation>
    </message>
    <message>
        <source>make a district file from a server district</source>
        <translation>由服务器上的区县生成区县数据库文件</translation>
    </message>
    <message>
        <source>what the login may do (required)</source>
        <translation>该账号可以做什么（必填）</translation>
    </message>
    <message>
        <source>the person the login is (a chief&apos;s segments are theirs)</source>
        <translation>该账号对应的人员（路段长的路段归其所有）</translation>
    </message>
    <message>
        <source>read the password from the first line of stdin</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <source>give a login a role in a server district</source>
        <translation>授予账号在服务器区县中的角色</translation>
    </message>
    <message>
        <source>the logins of a server district and their roles</source>
        <translation>服务器区县的账号及其角色</translation>
    </message>
    <message>
        <source>--opacity takes a number from 0 to 1.</source>
        <translation>--opacity 应为 0 到 1 之间的数。</translation>
    </message>
    <message>
        <source>the name in the layer list (the file&apos;s by default)</source>
        <translation>在图层列表中的名称（默认取文件名）</translation>
    </message>
    <message>
        <source>from 0 (invisible) to 1 (opaque)</source>
        <translation>从 0（不可见）到 1（不透明）</translation>
    </message>
    <message>
        <source>not shown until someone ticks it</source>
        <translation>勾选之前不显示</translation>
    </message>
    <message>
        <source>put a raster, tiles or a tile service under the map</source>
        <translation>在地图下方加入栅格、瓦片或瓦片服务</translation>
    </message>
    <message>
        <source>the district&apos;s basemaps</source>
        <translation>区县的底图</translation>
    </message>
    <message>
        <source>--%1 takes a whole number%2, not &quot;%3&quot;.</source>
        <translation>--%1 应为整数%2，而不是“%3”。</translation>
    </message>
    <message>
        <source> of at least %1</source>
        <translation>，且不小于 %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 应为整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;.</source>
        <translation>--%1 应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 takes an EPSG code or gcj02, not &quot;%2&quot;.</source>
        <translation>--%1 应为 EPSG 代码或 gcj02，而不是“%2”。</translation>
    </message>
    <message>
        <source>--duplicates is refuse or merge, not &quot;%1&quot;.</source>
        <translation>--duplicates 应为 refuse 或 merge，而不是“%1”。</translation>
    </message>
    <message>
        <source>--paper takes A4, A3 or A2, not &quot;%1&quot;.</source>
        <translation>--paper 应为 A4、A3 或 A2，而不是“%1”。</translation>
    </message>
    <message>
        <source>--dpi takes at most %1.</source>
        <translation>--dpi 不能超过 %1。</translation>
    </message>
    <message>
        <source>A writer failed (exit code %1).</source>
        <translation>一个写入进程失败（退出码 %1）。</translation>
    </message>
    <message>
        <source>Lost: %1 of component %2 (%3)</source>
        <translation>丢失：部件 %2 的 %1（%3）</translation>
    </message>
    <message>
        <source>processes in the writers test (8)</source>
        <translation>并发写入测试的进程数（8）</translation>
    </message>
    <message>
        <source>edits of each writer (500)</source>
        <translation>每个写入进程的编辑次数（500）</translation>
    </message>
    <message>
        <source>run as writer N of the writers test (used by the bench itself)</source>
        <translation>作为并发写入测试的第 N 个写入进程运行（由基准测试自身使用）</translation>
    </message>
    <message>
        <source>The listening process did not start.</source>
        <translation>监听进程未能启动。</translation>
    </message>
    <message>
        <source>run as the listening process of notify_ms (used by the bench itself)</source>
        <translation>作为 notify_ms 的监听进程运行（由基准测试自身使用）</translation>
    </message>
    <message>
        <source>time opening the URL&apos;s district until its first full frame, publish a district to the server next to ogr2ogr (the URL&apos;s district, or FILE), then time a save of 10,000 edits, notifications and concurrent writers on the copy</source>
        <translation>计时打开 URL 的辖区直到画出第一幅全图，将辖区发布到服务器，与 ogr2ogr 对比（URL 的辖区或 FILE），再在副本上计时 10,000 处编辑的保存、变更通知和并发写入</translation>
    </message>
</context>
<context>
    <name>uo::crs</name>
    <message>
        <source>CGCS2000 longitude and latitude (EPSG:4490)</source>
        <translation>CGCS2000 经纬度（EPSG:4490）</translation>
    </message>
    <message>
        <source>WGS 84 longitude and latitude (EPSG:4326)</source>
        <translation>WGS 84 经纬度（EPSG:4326）</translation>
    </message>
    <message>
        <source>GCJ-02 (web maps of China)</source>
        <translation>GCJ-02（国内网络地图坐标）</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger, zone %1</source>
        <translation>CGCS2000 / 3度带高斯-克吕格投影，第 %1 带</translation>
    </message>
    <message>
        <source>CGCS2000 / 3-degree Gauss-Kruger, central meridian %1°E</source>
        <translation>CGCS2000 / 3度带高斯-克吕格投影，中央经线 %1°E</translation>
    </message>
    <message>
        <source>%1 (EPSG:%2)</source>
        <translation>%1（EPSG:%2）</translation>
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
        <translation>风险点、门店摊点与挖掘许可</translation>
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
        <source>a year of cases and the risk alerts</source>
        <translation>全年案件与风险预警</translation>
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
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Excavation rules</source>
        <translation>挖掘规则</translation>
    </message>
    <message>
        <source>No-dig period</source>
        <translation>禁挖时段</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留他人的</translation>
    </message>
    <message>
        <source>“%1” would write over changes made since by someone else (another workstation or program). Keep yours and write over theirs, or keep theirs and drop this step from the history?</source>
        <translation>“%1”会覆盖他人（其他工作站或程序）此后所做的修改。保留您的并覆盖他人的，还是保留他人的并从历史中删去这一步？</translation>
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
    <name>uo::edit::EditingController</name>
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
    <message numerus="yes">
        <source>A session of this district that started %1 ended without saving %n change(s). Recover them into this session?</source>
        <translation>
            <numerusform>本辖区于 %1 开始的一个会话结束时有 %n 处修改未保存。要将其恢复到当前会话吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more ended session(s) left edits; they are offered after this one or when the district opens again.</source>
        <translation>
            <numerusform>另有 %n 个已结束的会话留有编辑；将在此之后或下次打开辖区时提供恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>放弃这些修改</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
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
    <name>uo::report::CaseReport</name>
    <message>
        <source>%1 has no cases: open it once for writing to upgrade it.</source>
        <translation>%1 没有案件：以可写方式打开一次即可升级。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s) reported</source>
        <translation>
            <numerusform>%1：上报案件 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>%1 案件月报</translation>
    </message>
    <message>
        <source>The month in figures</source>
        <translation>本月数据</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Handled on time</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <source>none closed</source>
        <translation>无结案</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>未结且超期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <source>How the closed cases were solved (target 70 / 20 / 10 %)</source>
        <translation>结案处置途径（目标 70 / 20 / 10 %）</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>处置途径</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Cases by street</source>
        <translation>各街道案件</translation>
    </message>
    <message>
        <source>Closed, handled on time</source>
        <translation>已结案，按期处置</translation>
    </message>
    <message>
        <source>Closed, handled late</source>
        <translation>已结案，超期处置</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Street or town</source>
        <translation>街道（镇）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期率</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Cases by class</source>
        <translation>各类别案件</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Of the tracked classes</source>
        <translation>其中重点监管类</translation>
    </message>
    <message>
        <source>No case was reported this month.</source>
        <translation>本月没有上报案件。</translation>
    </message>
    <message>
        <source>Where the month&apos;s cases were</source>
        <translation>本月案件分布</translation>
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
        <translation>路段长</translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation>协作人员</translation>
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
            <numerusform>%1 担任路段长的路段：%n 张</numerusform>
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
        <translation>此人未担任任何路段的路段长。</translation>
    </message>
    <message>
        <source>The district has no segments.</source>
        <translation>辖区内没有路段。</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>处置期限</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No open case on this segment.</source>
        <translation>本路段没有未结案件。</translation>
    </message>
    <message>
        <source>This segment</source>
        <translation>本路段</translation>
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
    <message>
        <source>The page holds %1 × %2 of the %3 × %4 shown: a larger paper or a smaller scale holds all of it.</source>
        <translation>本页只容纳了屏幕所示 %3 × %4 中的 %1 × %2：换更大的纸张或更小的比例尺可容纳全部。</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
</context>
<context>
    <name>uo::server::Connection</name>
    <message>
        <source>running a database command</source>
        <translation>执行数据库命令</translation>
    </message>
    <message>
        <source>The connection to the district server %1 was lost while %2; nothing of this step was saved (%3).</source>
        <translation>%2时与数据服务器 %1 的连接中断；本步骤的内容均未保存（%3）。</translation>
    </message>
    <message>
        <source>The district server %1 has no disk space left while %2; nothing of this step was saved.</source>
        <translation>%2时数据服务器 %1 的磁盘空间已满；本步骤的内容均未保存。</translation>
    </message>
    <message>
        <source>Another workstation holds the same rows on %1 while %2; try again (%3).</source>
        <translation>%2时另一台工作站正占用 %1 上的相同数据行；请重试（%3）。</translation>
    </message>
    <message>
        <source>The district server %1 takes no changes now (%2).</source>
        <translation>数据服务器 %1 目前不接受修改（%2）。</translation>
    </message>
    <message>
        <source>The district server %1 refused a value while %2: %3</source>
        <translation>%2时数据服务器 %1 拒绝了一个值：%3</translation>
    </message>
    <message>
        <source>Error on the district server %1 while %2: %3</source>
        <translation>%2时数据服务器 %1 出错：%3</translation>
    </message>
    <message>
        <source>quoting a value</source>
        <translation>转义一个值</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>The district server sent data in an unknown form while %1.</source>
        <translation>%1时数据服务器发送了无法识别的数据格式。</translation>
    </message>
    <message>
        <source>The district server&apos;s data ended in the middle of a row while %1.</source>
        <translation>%1时数据服务器的数据在一行中间中断。</translation>
    </message>
    <message>
        <source>removing the district %1</source>
        <translation>删除辖区 %1</translation>
    </message>
    <message>
        <source>The district server %1 asks for %2&apos;s password.</source>
        <translation>数据服务器 %1 要求输入 %2 的密码。</translation>
    </message>
    <message>
        <source>The district server %1 did not accept the password of %2 (%3).</source>
        <translation>数据服务器 %1 不接受 %2 的密码（%3）。</translation>
    </message>
    <message>
        <source>The district server %1 has no such database or login (%2).</source>
        <translation>数据服务器 %1 上没有这个数据库或账号（%2）。</translation>
    </message>
    <message>
        <source>Could not connect to the district server %1: check the host, the port and the network (%2).</source>
        <translation>无法连接数据服务器 %1：请检查主机、端口和网络（%2）。</translation>
    </message>
    <message>
        <source>The district server %1 refused this change while %2: the role of %3 does not allow it. Nothing of it was saved; ask the district&apos;s administrator if your role should allow it. (%4)</source>
        <translation>数据服务器 %1 在%2时拒绝了这项修改：%3 的角色无权这样做。这项修改没有保存任何内容；如果您的角色应当有此权限，请联系区县管理员。（%4）</translation>
    </message>
    <message>
        <source>writing rows</source>
        <translation>写入记录</translation>
    </message>
    <message>
        <source>The connection to the district server %1 was lost and the server cannot be reached now; nothing of this step was saved. Try again once the server is back (%2).</source>
        <translation>与数据服务器 %1 的连接中断，目前无法连上该服务器；本步骤的内容均未保存。请在服务器恢复后重试（%2）。</translation>
    </message>
    <message>
        <source>setting up the connection again</source>
        <translation>重新设置连接</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>设置连接</translation>
    </message>
</context>
<context>
    <name>uo::server::PgDdl</name>
    <message>
        <source>Cannot read the table definition &quot;%1&quot;.</source>
        <translation>无法读取表定义“%1”。</translation>
    </message>
    <message>
        <source>Table %1 cannot be copied to the server: %2</source>
        <translation>表 %1 无法复制到服务器：%2</translation>
    </message>
    <message>
        <source>its definition has no column list</source>
        <translation>其定义没有列清单</translation>
    </message>
    <message>
        <source>a REFERENCES clause names no table</source>
        <translation>REFERENCES 子句没有指明表</translation>
    </message>
    <message>
        <source>a REFERENCES clause has a column list the server cannot read</source>
        <translation>REFERENCES 子句的列清单服务器无法识别</translation>
    </message>
    <message>
        <source>a key lists something other than column names</source>
        <translation>键中含有列名以外的内容</translation>
    </message>
    <message>
        <source>a FOREIGN KEY the server cannot read</source>
        <translation>服务器无法识别的 FOREIGN KEY</translation>
    </message>
    <message>
        <source>column %1 has an unclosed type</source>
        <translation>列 %1 的类型缺少右括号</translation>
    </message>
    <message>
        <source>column %1 has the type %2, whose values the server cannot hold faithfully</source>
        <translation>列 %1 的类型为 %2，服务器无法原样保存其值</translation>
    </message>
    <message>
        <source>column %1 has a constraint the server copy does not take: %2</source>
        <translation>列 %1 有服务器副本不支持的约束：%2</translation>
    </message>
    <message>
        <source>it has no columns</source>
        <translation>它没有列</translation>
    </message>
    <message>
        <source>Cannot read the index definition &quot;%1&quot;.</source>
        <translation>无法读取索引定义“%1”。</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerAccess</name>
    <message>
        <source>District owner</source>
        <translation>区县所有者</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <source>%1 has no role in this district on the server: ask its administrator for one.</source>
        <translation>%1 在服务器上的这个区县没有角色：请联系区县管理员分配。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 may not edit features on this server district; editors do.</source>
        <translation>%1 无权编辑服务器上这个区县的要素；由编辑员编辑。</translation>
    </message>
    <message>
        <source>%1 may not decide permits on this server district; permit reviewers do.</source>
        <translation>%1 无权办理服务器上这个区县的挖掘许可；由许可审核员办理。</translation>
    </message>
    <message>
        <source>%1 may not change the segment layout on this server district; administrators do.</source>
        <translation>%1 无权修改服务器上这个区县的路段划分；由管理员修改。</translation>
    </message>
    <message>
        <source>%1 may not change rules on this server district; administrators do.</source>
        <translation>%1 无权修改服务器上这个区县的规则；由管理员修改。</translation>
    </message>
    <message>
        <source>the role of %1 on the server is %2</source>
        <translation>%1 在服务器上的角色是“%2”</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerDistrict</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Say which district of %1 to open with ?district=NAME; the districts there: %2.</source>
        <translation>请用 ?district=名称 指明要打开 %1 上的哪个辖区；现有辖区：%2。</translation>
    </message>
    <message>
        <source>%1 has no district %2 that this login can see; the districts there: %3.</source>
        <translation>%1 上没有本账号可见的辖区 %2；现有辖区：%3。</translation>
    </message>
    <message>
        <source>reading the district&apos;s settings</source>
        <translation>读取辖区设置</translation>
    </message>
    <message>
        <source>District %1 on %2 was published by a newer UrbanOps (schema version %3; this program reads up to %4). Update UrbanOps to open it.</source>
        <translation>%2 上的辖区 %1 由更新版本的 UrbanOps 发布（结构版本 %3；本程序最高支持 %4）。请升级 UrbanOps 后再打开。</translation>
    </message>
    <message>
        <source>District %1 on %2 is incomplete: its schema version is missing.</source>
        <translation>%2 上的辖区 %1 不完整：缺少结构版本。</translation>
    </message>
    <message>
        <source>District %1 has no table named %2.</source>
        <translation>辖区 %1 没有名为 %2 的表。</translation>
    </message>
    <message>
        <source>%1 is not a map layer.</source>
        <translation>%1 不是地图图层。</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerExport</name>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Table %1 has the columns %2 on the server but %3 in a district file of this UrbanOps; nothing was exported.</source>
        <translation>表 %1 在服务器上的列为 %2，而本版 UrbanOps 的区县数据库中为 %3；未导出任何内容。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was made.</source>
        <translation>导出已取消；未生成文件。</translation>
    </message>
    <message>
        <source>A geometry in %1 is not a 2D point, line or polygon, which a district file holds; nothing was exported.</source>
        <translation>%1 中有几何不是区县数据库可保存的二维点、线或面；未导出任何内容。</translation>
    </message>
    <message>
        <source>Column %1 of %2 has the server type %3, which a district file does not hold; nothing was exported.</source>
        <translation>%2 的列 %1 在服务器上的类型为 %3，区县数据库无法保存；未导出任何内容。</translation>
    </message>
    <message>
        <source>%1 already exists; an export never writes over a file.</source>
        <translation>%1 已存在；导出不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>District %1 has a table %2 that district files of this UrbanOps do not have; update UrbanOps to export it.</source>
        <translation>辖区 %1 含有本版 UrbanOps 区县数据库所没有的表 %2；请升级 UrbanOps 后再导出。</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerPublish</name>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>二进制数据</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>decimal numbers</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>2D geometry in the store&apos;s format</source>
        <translation>数据库格式的二维几何</translation>
    </message>
    <message>
        <source>The database has no PostGIS and this login may not add it: ask the server&apos;s administrator to run CREATE EXTENSION postgis in it. (%1)</source>
        <translation>该数据库未安装 PostGIS，且本账号无权安装：请服务器管理员在该数据库中执行 CREATE EXTENSION postgis。（%1）</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Publishing was cancelled; the server was left as it was.</source>
        <translation>发布已取消；服务器保持原样。</translation>
    </message>
    <message>
        <source>%1 row id %2</source>
        <translation>%1 中编号为 %2 的行</translation>
    </message>
    <message>
        <source>%1 row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <source>%1, column %2, holds %3 where the server keeps %4: it cannot be copied as it is, so nothing was published.</source>
        <translation>%1 的列 %2 存有%3，而服务器该列保存%4：无法原样复制，因此未发布任何内容。</translation>
    </message>
    <message>
        <source>Name the district to publish: --district NAME, or ?district=NAME in the server address.</source>
        <translation>请指明要发布的辖区：--district 名称，或在服务器地址中加 ?district=名称。</translation>
    </message>
    <message>
        <source>%1 has schema version %2: open it once in this UrbanOps to upgrade it to version %3, then publish it.</source>
        <translation>%1 的结构版本为 %2：请先用本版 UrbanOps 打开一次，将其升级到版本 %3，再发布。</translation>
    </message>
    <message>
        <source>The geometry of %1 is not 2D points, lines or polygons, which the server copy takes.</source>
        <translation>%1 的几何不是服务器副本所支持的二维点、线或面。</translation>
    </message>
    <message>
        <source>%1 has a table named %2, which on a server holds the logins; rename it before publishing.</source>
        <translation>%1 含有名为 %2 的表，而服务器上该名称用于保存账号；请先改名再发布。</translation>
    </message>
    <message>
        <source>%1 already has a district (or schema) named %2: publish under another name with --district, or remove it first (docs/server.md).</source>
        <translation>%1 上已有名为 %2 的辖区（或模式）：请用 --district 换一个名称发布，或先将其删除（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>creating the district&apos;s schema</source>
        <translation>创建辖区模式</translation>
    </message>
    <message>
        <source>creating the table %1</source>
        <translation>创建表 %1</translation>
    </message>
    <message>
        <source>Building keys and indexes</source>
        <translation>正在建立键和索引</translation>
    </message>
    <message>
        <source>building the keys of %1</source>
        <translation>建立 %1 的键</translation>
    </message>
    <message>
        <source>building the indexes of %1</source>
        <translation>建立 %1 的索引</translation>
    </message>
    <message>
        <source>building the spatial index of %1</source>
        <translation>建立 %1 的空间索引</translation>
    </message>
    <message>
        <source>Checking references between tables</source>
        <translation>正在检查表之间的引用</translation>
    </message>
    <message>
        <source>checking the references of %1</source>
        <translation>检查 %1 的引用</translation>
    </message>
    <message>
        <source>Setting up roles, row versions and the audit log</source>
        <translation>正在设置角色、行版本和审计日志</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>正在提交</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerRoles</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑员</translation>
    </message>
    <message>
        <source>Permit reviewer</source>
        <translation>许可审核员</translation>
    </message>
    <message>
        <source>Segment chief</source>
        <translation>路段长</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>规划人员</translation>
    </message>
    <message>
        <source>creating the role %1 (publishing takes a login that may create roles)</source>
        <translation>创建角色 %1（发布需要有权创建角色的账号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use at most 63 bytes, not starting with pg_ or uo_.</source>
        <translation>“%1”不能作为账号：最多 63 字节，且不能以 pg_ 或 uo_ 开头。</translation>
    </message>
    <message>
        <source>A segment chief&apos;s login needs --person: the person whose segments are theirs.</source>
        <translation>路段长账号需要 --person：指明其负责路段所属的人员。</translation>
    </message>
    <message>
        <source>District %1 has no person with the id %2.</source>
        <translation>辖区 %1 没有编号为 %2 的人员。</translation>
    </message>
    <message>
        <source>preparing the password of %1</source>
        <translation>处理 %1 的密码</translation>
    </message>
    <message>
        <source>adding the login %1</source>
        <translation>添加账号 %1</translation>
    </message>
</context>
<context>
    <name>uo::server::ServerUrl</name>
    <message>
        <source>%1 is not a server address: it must start with postgresql://</source>
        <translation>%1 不是服务器地址：应以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>%1 names more than one district.</source>
        <translation>%1 指明了不止一个辖区。</translation>
    </message>
    <message>
        <source>%1 is not a valid server address: %2</source>
        <translation>%1 不是有效的服务器地址：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a district name on a server: use lower-case letters a-z, digits and _, starting with a letter (at most 40).</source>
        <translation>“%1”不能作为服务器上的辖区名称：请使用小写字母 a-z、数字和 _，以字母开头（最多 40 个字符）。</translation>
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
    <name>uo::sql::PgBackend</name>
    <message>
        <source>committing a transaction</source>
        <translation>提交事务</translation>
    </message>
    <message>
        <source>A step of this change failed on the district server %1, so none of it was saved.</source>
        <translation>此次修改有一步在数据服务器 %1 上失败，因此全部未保存。</translation>
    </message>
</context>
<context>
    <name>uo::sql::PgStatement</name>
    <message>
        <source>preparing a query</source>
        <translation>准备查询</translation>
    </message>
    <message>
        <source>The query has no parameter %1: %2</source>
        <translation>查询没有第 %1 个参数：%2</translation>
    </message>
    <message>
        <source>A geometry to write is not a 2D point, line or polygon in the store&apos;s format.</source>
        <translation>要写入的几何不是数据库格式的二维点、线或面。</translation>
    </message>
    <message>
        <source>reading or writing rows</source>
        <translation>读写记录</translation>
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
