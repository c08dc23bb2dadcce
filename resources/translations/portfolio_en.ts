<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CustomerDetailPage</name>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="72" />
        <source>← 返回列表</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="73" />
        <source>返回客户列表 (Esc)</source>
        <translation>Back to the customer list (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="113" />
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="113" />
        <source>客户分级</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="113" />
        <source>用电类别</source>
        <translation>Usage category</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="114" />
        <source>电压等级</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="114" />
        <source>合同容量</source>
        <translation>Contract capacity</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="114" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="115" />
        <source>所属团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="115" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="115" />
        <source>立户日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="116" />
        <source>最近联络</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="116" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="116" />
        <location filename="../../console/screens/portfolio/detail.py" line="213" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="120" />
        <location filename="../../console/screens/portfolio/detail.py" line="127" />
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="127" />
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="135" />
        <source>显示完整电话(&amp;P)</source>
        <translation>Show full &amp;phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="136" />
        <location filename="../../console/screens/portfolio/detail.py" line="139" />
        <location filename="../../console/screens/portfolio/detail.py" line="218" />
        <source>查看完整个人信息会记入审计日志</source>
        <translation>Revealing personal data is recorded in the audit log</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="138" />
        <source>显示完整证件号(&amp;I)</source>
        <translation>Show full &amp;ID number</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="146" />
        <source>要客看板</source>
        <translation>Key account panel</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="149" />
        <source>在途项目</source>
        <translation>Open projects</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="149" />
        <source>未结投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="150" />
        <source>跟进中意向</source>
        <translation>Open intentions</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="150" />
        <source>距上次联络</source>
        <translation>Since last contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="158" />
        <source>充电设施</source>
        <translation>Charging facility</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="161" />
        <source>客户标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="171" />
        <source>保存标记(&amp;F)</source>
        <translation>Save &amp;flags</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="178" />
        <source>疑似重复客户</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="182" />
        <source>并入本客户(&amp;M)…</source>
        <translation>&amp;Merge into this customer…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="183" />
        <source>把上列客户的联系人、走访、意向、项目与投诉并入本客户；被并入的客户保留历史并不再显示</source>
        <translation>Moves the contacts, visits, intentions, projects and complaints of the customers listed into this one; merged customers keep their history and are no longer listed</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="208" />
        <source>概况</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="212" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="212" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="213" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="214" />
        <source>主要联系人</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="214" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="217" />
        <source>显示所选联系人的完整电话(&amp;P)</source>
        <translation>Show the selected contact's full &amp;phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="220" />
        <location filename="../../console/screens/portfolio/detail.py" line="357" />
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="191" />
        <location filename="../../console/screens/portfolio/detail.py" line="224" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="188" />
        <source>近期联络</source>
        <translation>Recent contacts</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="192" />
        <location filename="../../console/screens/portfolio/detail.py" line="225" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="193" />
        <location filename="../../console/screens/portfolio/detail.py" line="226" />
        <source>联络人</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="194" />
        <location filename="../../console/screens/portfolio/detail.py" line="227" />
        <location filename="../../console/screens/portfolio/detail.py" line="243" />
        <location filename="../../console/screens/portfolio/detail.py" line="273" />
        <source>内容</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="195" />
        <location filename="../../console/screens/portfolio/detail.py" line="228" />
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="200" />
        <source>尚无联络记录。</source>
        <translation>No contact recorded yet.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="233" />
        <source>新增联络(&amp;N)…</source>
        <translation>&amp;New contact…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="235" />
        <location filename="../../console/screens/portfolio/detail.py" line="252" />
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="237" />
        <location filename="../../console/screens/portfolio/detail.py" line="357" />
        <source>联络记录</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="241" />
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="242" />
        <location filename="../../console/screens/portfolio/detail.py" line="262" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="244" />
        <source>预计容量(kW)</source>
        <translation>Estimated kW</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="245" />
        <location filename="../../console/screens/portfolio/detail.py" line="263" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="250" />
        <source>新增意向(&amp;N)…</source>
        <translation>&amp;New intention…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="254" />
        <source>提交项目储备库(&amp;R)</source>
        <translation>Send to &amp;reserve pool</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="257" />
        <location filename="../../console/screens/portfolio/detail.py" line="358" />
        <source>用能意向</source>
        <translation>Intentions</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="261" />
        <source>申请编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="261" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="264" />
        <location filename="../../console/screens/portfolio/detail.py" line="272" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="264" />
        <source>送电日期</source>
        <translation>Powered on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="268" />
        <location filename="../../console/screens/portfolio/detail.py" line="359" />
        <source>业扩项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="272" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="274" />
        <source>办结日期</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="274" />
        <source>未结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="279" />
        <location filename="../../console/screens/portfolio/detail.py" line="359" />
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="298" />
        <source>正在载入…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="322" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="331" />
        <location filename="../../console/screens/portfolio/detail.py" line="372" />
        <source>从未联络</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="344" />
        <source>已标记：疑似重复</source>
        <translation>Flagged: possible duplicate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/detail.py" line="372" />
        <source>%n 天</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/detail.py" line="375" />
        <source>超过 %n 天未联络即提醒</source>
        <translation><numerusform>Reminded after %n day without contact</numerusform><numerusform>Reminded after %n days without contact</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="381" />
        <source>类型：%1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="382" />
        <source>充电桩：%1 台</source>
        <translation>Chargers: %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="383" />
        <source>总功率：%1 kW</source>
        <translation>Total power: %1 kW</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="385" />
        <source>运营商：%1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="415" />
        <source>请先选择一位联系人。</source>
        <translation>Select a contact first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="421" />
        <source>%1 的电话：%2（已记入审计日志）</source>
        <translation>Phone of %1: %2 (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="471" />
        <source>请先选择一条意向。</source>
        <translation>Select an intention first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="481" />
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/detail.py" line="481" />
        <source>把以下客户并入 %1（%2）？

%3

被并入客户的历史记录全部转到本客户，此操作会记入审计日志。</source>
        <translation>Merge these customers into %1 (%2)?

%3

All their history moves to this customer; the merge is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="23" />
        <source>疑似重复客户</source>
        <translation>Possible duplicate customers</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="31" />
        <source>正在查找证件号码、联系电话或地址相同的客户…</source>
        <translation>Looking for customers with the same ID number, phone or address…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="42" />
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="42" />
        <source>户名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="43" />
        <source>客户分级</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="44" />
        <source>最近联络</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="45" />
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="56" />
        <source>保留所选客户，并入本组其他客户(&amp;M)…</source>
        <translation>Keep the selected customer, &amp;merge the others of the group…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="62" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="82" />
        <source>找到 %1 组疑似重复，%2 户已标记“疑似重复”。</source>
        <translation>Found %1 groups of possible duplicates; %2 customers are flagged "possible duplicate".</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="84" />
        <source>（列出最大的 %1 组）</source>
        <translation> (the %1 largest groups are listed)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="116" />
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/duplicates_dialog.py" line="116" />
        <source>保留 %1（%2），把同组其他 %n 户并入？其历史记录全部转到保留的客户。</source>
        <translation><numerusform>Keep %1 (%2) and merge the other %n customer of the group into it? Its history moves to the customer kept.</numerusform><numerusform>Keep %1 (%2) and merge the other %n customers of the group into it? Their history moves to the customer kept.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="40" />
        <source>客户档案</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="41" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="41" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="42" />
        <source>导出当前视图</source>
        <translation>Export the current view</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/export_runner.py" line="52" />
        <source>正在导出 %n 行…</source>
        <translation><numerusform>Exporting %n row…</numerusform><numerusform>Exporting %n rows…</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="52" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="53" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/export_runner.py" line="77" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="29" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="92" />
        <source>户名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="29" />
        <source>用电地址</source>
        <translation>Supply address</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="30" />
        <source>客户分类</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="30" />
        <source>要客等级</source>
        <translation>Key account grade</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="31" />
        <source>用电类别</source>
        <translation>Usage category</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="31" />
        <source>电压等级</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="32" />
        <source>合同容量</source>
        <translation>Contract capacity</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="32" />
        <source>行业分类</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="33" />
        <source>所属团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="33" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="34" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="34" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="35" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="35" />
        <source>立户日期</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="44" />
        <source>导入客户清单</source>
        <translation>Import customer list</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="54" />
        <source>营销系统导出的客户文件（CSV UTF-8/GBK 或 XLSX）</source>
        <translation>Customer file exported by the marketing system (CSV in UTF-8/GBK, or XLSX)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="55" />
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="57" />
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="63" />
        <source>（按文件中的团队）</source>
        <translation>(team as in the file)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="66" />
        <source>默认团队：</source>
        <translation>Default team:</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="70" />
        <source>检查(&amp;C)</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="75" />
        <source>选择文件后点“检查”：先列出每一行将新增、更新还是被拒绝，确认后才写入。</source>
        <translation>Choose a file and press Check: every row is listed as added, updated or rejected; nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="80" />
        <source>全部行</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="81" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="182" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="81" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="182" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="81" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="182" />
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="82" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="183" />
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="84" />
        <source>有提示</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="86" />
        <source>显示：</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="91" />
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="91" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="92" />
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="93" />
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="93" />
        <source>原因 / 提示</source>
        <translation>Reasons / warnings</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="113" />
        <source>撤销上次导入(&amp;U)…</source>
        <translation>&amp;Undo last import…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="115" />
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="118" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="132" />
        <source>选择客户文件</source>
        <translation>Choose customer file</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="133" />
        <source>客户文件 (*.csv *.xlsx *.txt *.xls);;所有文件 (*)</source>
        <translation>Customer files (*.csv *.xlsx *.txt *.xls);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="147" />
        <source>请先选择文件。</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="152" />
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="169" />
        <source>新增 %1 · 更新 %2 · 未变 %3 · 拒绝 %4 · 有提示 %5</source>
        <translation>Add %1 · update %2 · unchanged %3 · reject %4 · with warnings %5</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="172" />
        <source>（未使用的列：%1）</source>
        <translation> (columns not used: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/import_dialog.py" line="175" />
        <source>导入 %n 行</source>
        <translation><numerusform>Import %n row</numerusform><numerusform>Import %n rows</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="206" />
        <source>第 %1 行：%2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="206" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="223" />
        <source>有被拒绝的行</source>
        <translation>Rows rejected</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/import_dialog.py" line="224" />
        <source>%n 行有误，将不导入。仍导入其余的行吗？</source>
        <translation><numerusform>%n row has errors and will not be imported. Import the other rows?</numerusform><numerusform>%n rows have errors and will not be imported. Import the other rows?</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="228" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="233" />
        <source>已导入（批次 %1）：新增 %2，更新 %3。如有误可“撤销上次导入”。</source>
        <translation>Imported (batch %1): added %2, updated %3. If something is wrong, use "Undo last import".</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="244" />
        <location filename="../../console/screens/portfolio/import_dialog.py" line="247" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="244" />
        <source>没有可撤销的客户导入。</source>
        <translation>There is no customer import to undo.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="247" />
        <source>撤销 %1 于 %2 导入的“%3”？
新增的 %4 户将删除，更新的 %5 户恢复原值。</source>
        <translation>Undo "%3", imported by %1 on %2?
The %4 customers added are deleted and the %5 updated get their previous values back.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/import_dialog.py" line="255" />
        <source>已撤销导入批次 %1。</source>
        <translation>Import batch %1 undone.</translation>
    </message>
</context>
<context>
    <name>IntentionDialog</name>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="94" />
        <source>编辑用能意向</source>
        <translation>Edit intention</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="94" />
        <source>新增用能意向</source>
        <translation>New intention</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="99" />
        <source>意向内容，如：厂房屋顶分布式光伏</source>
        <translation>What the customer intends, e.g. rooftop PV on the factory</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="115" />
        <source>类别(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="116" />
        <source>内容(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="117" />
        <source>预计容量(&amp;P)</source>
        <translation>Estimated &amp;power</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="118" />
        <source>发现日期(&amp;D)</source>
        <translation>Found &amp;on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="120" />
        <source>状态(&amp;T)</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="132" />
        <source>请填写意向内容。</source>
        <translation>Describe the intention.</translation>
    </message>
</context>
<context>
    <name>PortfolioScreen</name>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="98" />
        <source>全部团队</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="105" />
        <source>检索户号、户名或地址（Ctrl+F）</source>
        <translation>Search account no., name or address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="107" />
        <source>户号按开头或末尾的数字匹配（5位以上的数字只查户号），户名和地址按包含的文字匹配；空格分隔的多个词须同时命中。</source>
        <translation>Account numbers match by their first or last digits (5 digits or more search account numbers only), names and addresses by any part; several words separated by spaces must all match.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="113" />
        <source>全部分级</source>
        <translation>All segments</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="123" />
        <source>全部标记</source>
        <translation>All flags</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="134" />
        <source>保存筛选(&amp;S)…</source>
        <translation>&amp;Save filter…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="136" />
        <source>删除筛选</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="140" />
        <source>清除条件</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="144" />
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="149" />
        <source>导出(&amp;E)</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="152" />
        <source>导出为 Excel (.xlsx)…</source>
        <translation>Export as Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="153" />
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="157" />
        <source>查找重复(&amp;D)…</source>
        <translation>&amp;Duplicates…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="161" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="162" />
        <source>重新载入全部客户 (F5)</source>
        <translation>Reload all customers (F5)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="216" />
        <source>正在载入客户…</source>
        <translation>Loading customers…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/screen.py" line="239" />
        <source>正在载入全部客户…（已显示前 %n 户）</source>
        <translation><numerusform>Loading all customers… (showing the first %n)</numerusform><numerusform>Loading all customers… (showing the first %n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="336" />
        <source>共 %1 户</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="337" />
        <source>共 %1 户，符合条件 %2 户</source>
        <translation>%1 customers, %2 match</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="338" />
        <source>（查询 %1 毫秒）</source>
        <translation> (query %1 ms)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="382" />
        <source>全部客户经理</source>
        <translation>All managers</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="385" />
        <source>我的客户</source>
        <translation>My customers</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="388" />
        <source>未分配客户经理</source>
        <translation>No manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="408" />
        <source>保存的筛选…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="420" />
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="420" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="429" />
        <source>请先在列表中选择要删除的筛选。</source>
        <translation>Choose the saved filter to delete in the list first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="521" />
        <source>客户尚未载入完毕，请稍候再导出。</source>
        <translation>Customers are still loading; export in a moment.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="528" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/screen.py" line="528" />
        <source>已导出 %1 行到
%2</source>
        <translation>Exported %1 rows to
%2</translation>
    </message>
</context>
<context>
    <name>PortfolioTable</name>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="40" />
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="41" />
        <source>户名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="42" />
        <source>客户分级</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="43" />
        <source>电压等级</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="44" />
        <source>容量(kVA)</source>
        <translation>kVA</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="45" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="46" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="48" />
        <source>最近联络</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="49" />
        <source>在途项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/table.py" line="50" />
        <source>标记</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="34" />
        <source>要客联络提醒</source>
        <translation>Key accounts to contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="38" />
        <source>未联络超过(&amp;D)</source>
        <translation>Silent for &amp;over</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="42" />
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="53" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="54" />
        <source>户号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="55" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="56" />
        <source>最近联络</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="57" />
        <source>未联络</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="58" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="65" />
        <source>双击或回车打开客户</source>
        <translation>Double-click or Enter opens the customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="71" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/reminders.py" line="71" />
        <source>%n 天</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="85" />
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="105" />
        <source>共 %1 户，列出最久未联络的 %2 户</source>
        <translation>%1 customers; the %2 silent longest are listed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../console/screens/portfolio/reminders.py" line="107" />
        <source>共 %n 户</source>
        <translation><numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/reminders.py" line="109" />
        <source>没有超期未联络的要客。</source>
        <translation>No key account is overdue for contact.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="54" />
        <source>编辑联络记录</source>
        <translation>Edit contact entry</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="54" />
        <source>新增联络记录</source>
        <translation>New contact entry</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="64" />
        <source>联络内容：了解到的情况、客户诉求</source>
        <translation>What was learnt, what the customer asked for</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="67" />
        <source>下一步工作（可空）</source>
        <translation>Next step (optional)</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="72" />
        <source>方式(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="73" />
        <source>日期(&amp;D)</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="74" />
        <source>内容(&amp;S)</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="75" />
        <source>下一步(&amp;N)</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/forms.py" line="84" />
        <source>请填写联络内容。</source>
        <translation>Describe the contact.</translation>
    </message>
</context>
<context>
    <name>customer_flags</name>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="34" />
        <source>疑似重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="35" />
        <source>舆情风险</source>
        <translation>Public-opinion risk</translation>
    </message>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="36" />
        <source>重要电力用户</source>
        <translation>Important customer</translation>
    </message>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="37" />
        <source>欠费风险</source>
        <translation>Arrears risk</translation>
    </message>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="38" />
        <source>超期未联系</source>
        <translation>Contact overdue</translation>
    </message>
    <message>
        <location filename="../../console/core/rules/customer_flags.py" line="39" />
        <source>投诉未结</source>
        <translation>Open complaint</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../console/core/services/customer_scope.py" line="11" />
        <source>客户</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_import.py" line="35" />
        <source>导入批次</source>
        <translation>import batch</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="22" />
        <source>走访记录</source>
        <translation>contact entry</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="23" />
        <source>用能意向</source>
        <translation>intention</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customers.py" line="133" />
        <source>联系人</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../console/core/services/saved_filters.py" line="14" />
        <source>保存的筛选</source>
        <translation>saved filter</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/core/services/customer_scope.py" line="16" />
        <source>客户 {account_no} 已并入客户 {into}，请打开合并后的客户。</source>
        <translation>Customer {account_no} was merged into customer {into}; open that one.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_import.py" line="44" />
        <source>预览后客户数据已有变化（{detail}），未导入任何数据。请重新预览后再导入。</source>
        <translation>Customer data changed after the preview ({detail}); nothing was imported. Check the file again, then import.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_import.py" line="49" />
        <source>没有可撤销的客户导入。</source>
        <translation>There is no customer import to undo.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_import.py" line="54" />
        <source>无法撤销导入批次 {batch}：{detail}。未作任何修改。</source>
        <translation>Cannot undo import batch {batch}: {detail}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="29" />
        <source>该意向已在项目储备库中，无需重复提交。</source>
        <translation>This intention is already in the project reserve pool.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="51" />
        <source>联络日期不能晚于今天</source>
        <translation>the contact date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="53" />
        <source>请填写联络内容</source>
        <translation>describe the contact</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="55" />
        <source>内容过长（最多2000字）</source>
        <translation>the text is too long (at most 2,000 characters)</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="60" />
        <source>请填写意向内容</source>
        <translation>describe the intention</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_log.py" line="62" />
        <source>预计容量应在 0 至 10,000,000 kW 之间</source>
        <translation>the estimated power must be between 0 and 10,000,000 kW</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_duplicates.py" line="130" />
        <source>请至少选择一个要并入的客户</source>
        <translation>choose at least one customer to merge</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customer_duplicates.py" line="136" />
        <source>只能合并同一团队的客户</source>
        <translation>only customers of the same team can be merged</translation>
    </message>
    <message>
        <location filename="../../console/core/services/customers.py" line="158" />
        <source>客户经理须属于客户所在团队</source>
        <translation>the customer manager must belong to the customer's team</translation>
    </message>
    <message>
        <location filename="../../console/core/services/saved_filters.py" line="48" />
        <source>筛选名称应为1至60个字</source>
        <translation>a filter name has 1 to 60 characters</translation>
    </message>
</context>
<context>
    <name>portfolio_labels</name>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="12" />
        <source>普通客户</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="13" />
        <source>集团要客</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="14" />
        <source>充电设施专项客户</source>
        <translation>EV charging</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="17" />
        <source>特级</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="18" />
        <source>一级</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="19" />
        <source>二级</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="20" />
        <source>三级</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="23" />
        <source>定期联络</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="24" />
        <source>现场走访</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="27" />
        <source>电能替代</source>
        <translation>Electrification</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="28" />
        <source>综合能源</source>
        <translation>Integrated energy</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="29" />
        <source>可调节负荷</source>
        <translation>Adjustable load</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="30" />
        <source>分布式电源</source>
        <translation>Distributed generation</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="33" />
        <source>新发现</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="34" />
        <source>已入储备库</source>
        <translation>In reserve pool</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="35" />
        <source>已立项</source>
        <translation>Became a project</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="36" />
        <source>已放弃</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="39" />
        <source>在途</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="40" />
        <source>已送电</source>
        <translation>Powered on</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="41" />
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="44" />
        <source>高压单电源</source>
        <translation>HV single source</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="45" />
        <source>高压双电源</source>
        <translation>HV dual source</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="46" />
        <source>低压非居民</source>
        <translation>LV non-residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="47" />
        <source>居民</source>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="48" />
        <source>充电设施</source>
        <translation>EV charging</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="51" />
        <source>家用充电桩</source>
        <translation>Home charger</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="52" />
        <source>公共充电站</source>
        <translation>Public station</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="53" />
        <source>公交充电站</source>
        <translation>Bus depot</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="54" />
        <source>高速服务区充电站</source>
        <translation>Motorway station</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="57" />
        <source>证件号码相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="58" />
        <source>联系电话相同</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="59" />
        <source>地址相同</source>
        <translation>same address</translation>
    </message>
    <message>
        <location filename="../../console/screens/portfolio/labels.py" line="79" />
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
</TS>