<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="38" />
        <location filename="../../console/screens/projects/detail_decisions.py" line="59" />
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="38" />
        <source>提请日期</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="38" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="38" />
        <source>决策意见</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="39" />
        <source>决策日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="40" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="40" />
        <source>填写人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="40" />
        <location filename="../../console/screens/projects/detail_decisions.py" line="66" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="45" />
        <source>提请决策的事由</source>
        <translation>What needs a decision, and why</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="46" />
        <source>提请决策</source>
        <translation>Raise for decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="48" />
        <source>对选中事项的决策意见</source>
        <translation>Decision on the selected item</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="49" />
        <source>记录决策</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="51" />
        <source>添加备注（如客户沟通情况、下一步安排）</source>
        <translation>Add a note (e.g. what the customer said, next steps)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="53" />
        <source>添加备注</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_decisions.py" line="55" />
        <source>分级决策</source>
        <translation>Escalations</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="176" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="176" />
        <source>资料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="176" />
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="176" />
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="176" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="185" />
        <source>已收</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="187" />
        <source>缺，当前应交</source>
        <translation>Missing, due now</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="189" />
        <source>缺，后续阶段交</source>
        <translation>Missing, due at a later stage</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="191" />
        <source>非必需</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="192" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="192" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="197" />
        <source>共 {n} 份资料，尚缺 {missing} 份，其中当前应交 {owed} 份。</source>
        <translation>{n} documents, {missing} still missing, {owed} of them due now.</translation>
    </message>
</context>
<context>
    <name>GanttPage</name>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="83" />
        <source>搜索编号、项目、客户、客户经理</source>
        <translation>Search no., project, customer, manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="85" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="88" />
        <source>全部标记</source>
        <translation>All flags</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="89" />
        <source>全部类别</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="94" />
        <source>列</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="95" />
        <source>选择左侧表格显示的列</source>
        <translation>Choose the columns of the left-hand table</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="98" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="100" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="109" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="112" />
        <location filename="../../console/screens/projects/gantt_page.py" line="371" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="115" />
        <source>图片（PNG）…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="116" />
        <source>PDF（A4 横向）…</source>
        <translation>PDF (A4 landscape)…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="117" />
        <source>PDF（A3 横向）…</source>
        <translation>PDF (A3 landscape)…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="179" />
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="201" />
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="230" />
        <source>在途项目 {total} 个，显示 {shown} 个 · 超期 {overdue} · 临期 {risk}</source>
        <translation>{total} projects in progress, {shown} shown · {overdue} overdue · {risk} at risk</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="291" />
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="314" />
        <source>导出甘特图图片</source>
        <translation>Export the Gantt as an image</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="314" />
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="319" />
        <source>导出甘特图 PDF</source>
        <translation>Export the Gantt as PDF</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="319" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="327" />
        <source>正在生成图片…</source>
        <translation>Rendering the image…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="332" />
        <source>无法导出图片：{reason}。行数很多时请导出 PDF（自动分页）。</source>
        <translation>Could not export the image: {reason}. For many lines export the PDF, which splits into pages.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="337" />
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="350" />
        <source>在途项目甘特图</source>
        <translation>Projects in progress – Gantt</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="351" />
        <source>正在生成 PDF…</source>
        <translation>Building the PDF…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="359" />
        <source>已导出 {pages} 页：{path}</source>
        <translation>Exported {pages} pages: {path}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/gantt_page.py" line="364" />
        <source>无法导出 PDF：{reason}</source>
        <translation>Could not export the PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="234" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="234" />
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="234" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="234" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="244" />
        <source>{node}：{b0} 至 {b1} → {a0} 至 {a1}</source>
        <translation>{node}: {b0} to {b1} → {a0} to {a1}</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="133" />
        <source>供电方案</source>
        <translation>Supply plan</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="134" />
        <source>综合能源方案</source>
        <translation>Integrated energy plan</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="156" />
        <source>尚未答复</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="158" />
        <source>电压等级</source>
        <translation>Voltage</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="158" />
        <source>容量（kVA）</source>
        <translation>Capacity (kVA)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="159" />
        <source>电源点</source>
        <translation>Source point</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="159" />
        <source>接入方式/路径</source>
        <translation>Connection and route</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="160" />
        <source>方案确定依据</source>
        <translation>Why this plan</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="160" />
        <source>答复日期</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="161" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="165" />
        <source>未提供综合能源方案</source>
        <translation>No integrated energy plan offered</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="167" />
        <source>能效措施</source>
        <translation>Measures offered</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="168" />
        <source>预计节能</source>
        <translation>Expected saving</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="169" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="79" />
        <location filename="../../console/screens/projects/detail_tabs.py" line="82" />
        <source>节点</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="79" />
        <source>时限（工作日）</source>
        <translation>Limit (working days)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="79" />
        <source>计划开始</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="79" />
        <source>计划完成</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="80" />
        <source>实际开始</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="80" />
        <source>实际完成</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="80" />
        <source>计时起点</source>
        <translation>Clock starts</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="80" />
        <source>截止日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="81" />
        <source>已用</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="81" />
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="81" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="82" />
        <source>暂停开始</source>
        <translation>Paused from</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="82" />
        <source>暂停结束</source>
        <translation>Paused to</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="82" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="83" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="88" />
        <source>内部节点与工作日时限（客户原因暂停的时间不计）</source>
        <translation>Internal nodes and their working-day limits (time waiting on the customer not counted)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="90" />
        <source>计时暂停（等待客户）</source>
        <translation>Clock paused (waiting on the customer)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="98" />
        <source>截止 {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="107" />
        <source>（预计）</source>
        <translation> (projected)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="118" />
        <source>（仍在等待）</source>
        <translation>(still waiting)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="121" />
        <source>按 {day} 起施行的时限规则计时。</source>
        <translation>Clocked on the time-limit rules in force from {day}.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="124" />
        <source>无法计时：节点日期相互矛盾或缺少规则，请核实。</source>
        <translation>No clock: the node dates contradict each other or no rules apply; please check.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPanel</name>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="37" />
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="54" />
        <source>进度与时限</source>
        <translation>Progress and clocks</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="54" />
        <source>双方案</source>
        <translation>Dual plan</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="55" />
        <source>资料</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="55" />
        <source>三公开</source>
        <translation>Made public</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="56" />
        <source>分级决策与备注</source>
        <translation>Escalations and notes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="56" />
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="76" />
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="94" />
        <source>申请编号 {no}</source>
        <translation>Application {no}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="96" />
        <source>客户 {name}</source>
        <translation>Customer {name}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="97" />
        <source>客户经理 {name}</source>
        <translation>Manager {name}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="98" />
        <source>受理 {day}</source>
        <translation>Accepted {day}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail.py" line="101" />
        <source>验收送电计划 {day}</source>
        <translation>Power-on planned {day}</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="18" />
        <source>高压单电源</source>
        <translation>HV single source</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="19" />
        <source>高压双电源</source>
        <translation>HV dual source</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="20" />
        <source>低压非居民</source>
        <translation>LV non-residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="21" />
        <source>居民</source>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="22" />
        <source>电动汽车充电设施</source>
        <translation>EV charging</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="25" />
        <location filename="../../console/screens/projects/labels.py" line="34" />
        <source>申请受理</source>
        <translation>Application accepted</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="26" />
        <location filename="../../console/screens/projects/labels.py" line="35" />
        <source>供电方案答复</source>
        <translation>Supply plan reply</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="27" />
        <source>设计审查</source>
        <translation>Design review</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="28" />
        <source>中间检查</source>
        <translation>Intermediate inspection</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="29" />
        <source>竣工检验</source>
        <translation>Completion inspection</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="30" />
        <location filename="../../console/screens/projects/labels.py" line="37" />
        <source>装表接电</source>
        <translation>Meter and power-on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="31" />
        <source>承诺总时限</source>
        <translation>Committed total</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="36" />
        <source>工程实施</source>
        <translation>Works</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="40" />
        <location filename="../../console/screens/projects/labels.py" line="51" />
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="41" />
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="42" />
        <location filename="../../console/screens/projects/labels.py" line="50" />
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="45" />
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="46" />
        <location filename="../../console/screens/projects/labels.py" line="85" />
        <source>临期</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="47" />
        <location filename="../../console/screens/projects/labels.py" line="84" />
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="48" />
        <source>按期完成</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="49" />
        <source>超期完成</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="54" />
        <location filename="../../console/screens/projects/labels.py" line="81" />
        <source>长期停滞</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="55" />
        <location filename="../../console/screens/projects/labels.py" line="83" />
        <source>舆情风险</source>
        <translation>Public-opinion risk</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="56" />
        <location filename="../../console/screens/projects/labels.py" line="82" />
        <source>跨部门受阻</source>
        <translation>Blocked across departments</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="57" />
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="58" />
        <source>国家重点项目</source>
        <translation>National key project</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="61" />
        <source>等待客户补充资料</source>
        <translation>Waiting for the customer's documents</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="62" />
        <source>等待客户缴费</source>
        <translation>Waiting for the customer's payment</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="63" />
        <source>客户自行施工</source>
        <translation>Customer's own works</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="66" />
        <source>普通客户</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="67" />
        <source>集团要客</source>
        <translation>Key account</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="68" />
        <source>充电设施专项客户</source>
        <translation>EV charging customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="71" />
        <source>申请时</source>
        <translation>At application</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="72" />
        <source>设计施工前</source>
        <translation>Before design and works</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="73" />
        <source>竣工时</source>
        <translation>At completion</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="76" />
        <source>供电方案确定依据</source>
        <translation>How the supply plan was chosen</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="77" />
        <source>进度节点及时间</source>
        <translation>Progress nodes and dates</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="78" />
        <source>验收送电计划及所需资料</source>
        <translation>Power-on plan and documents needed</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="86" />
        <source>等待客户</source>
        <translation>Waiting on the customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="87" />
        <source>节点日期待核实</source>
        <translation>Node dates to check</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="90" />
        <source>调整计划日期</source>
        <translation>Planned dates moved</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="91" />
        <source>添加备注</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="92" />
        <source>提请分级决策</source>
        <translation>Raised for decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="93" />
        <source>作出决策</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="94" />
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="95" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="98" />
        <source>班组</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="99" />
        <source>中心</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/labels.py" line="100" />
        <source>公司</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="50" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="51" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="52" />
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="53" />
        <source>申请编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="54" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="55" />
        <location filename="../../console/screens/projects/rows.py" line="64" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="56" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="57" />
        <source>受理日期</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="58" />
        <location filename="../../console/screens/projects/rows.py" line="66" />
        <source>当前环节</source>
        <translation>Current node</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="59" />
        <source>剩余工作日</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="60" />
        <source>总时限截止</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="65" />
        <source>客户分级</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="67" />
        <source>项目类别</source>
        <translation>Project class</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="105" />
        <source>{node}时限</source>
        <translation>{node} deadline</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="123" />
        <source>已送电</source>
        <translation>Powered on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rows.py" line="124" />
        <source>（未指定）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/undo.py" line="24" />
        <source>调整「{node}」计划日期</source>
        <translation>Move the planned dates of '{node}'</translation>
    </message>
</context>
<context>
    <name>ProjectsScreen</name>
    <message>
        <location filename="../../console/screens/projects/screen.py" line="30" />
        <source>甘特图</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screen.py" line="33" />
        <location filename="../../console/screens/projects/screen.py" line="51" />
        <source>结存项目筛查</source>
        <translation>Stock screening</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screen.py" line="35" />
        <location filename="../../console/screens/projects/screen.py" line="56" />
        <source>时限规则与日历</source>
        <translation>Rules and calendar</translation>
    </message>
</context>
<context>
    <name>PublicityTab</name>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="211" />
        <source>公开事项</source>
        <translation>What was published</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="211" />
        <source>公开日期</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="211" />
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="211" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="219" />
        <source>已确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="219" />
        <source>待确认</source>
        <translation>to confirm</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="220" />
        <source>验收送电计划：{day}（{state}）</source>
        <translation>Acceptance and power-on plan: {day} ({state})</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="222" />
        <source>验收送电计划：尚未排定</source>
        <translation>Acceptance and power-on plan: not scheduled yet</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/detail_tabs.py" line="225" />
        <source>客户尚需提供：{docs}</source>
        <translation>The customer still has to bring: {docs}</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="62" />
        <source>时限规则表（工作日，按生效日期分版本；项目沿用受理时有效的版本）</source>
        <translation>Time-limit rules (working days, versioned by effective date; a project keeps the version in force when it was accepted)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="63" />
        <location filename="../../console/screens/projects/rules_page.py" line="81" />
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="63" />
        <location filename="../../console/screens/projects/rules_page.py" line="101" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="63" />
        <source>采用项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="63" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="75" />
        <source>版本说明（如依据的文件）</source>
        <translation>Note on this version (e.g. the source document)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="76" />
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="77" />
        <source>撤回选中的待生效版本</source>
        <translation>Withdraw the selected future version</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="87" />
        <source>选中版本的时限（空白表示该类别不单独考核此节点）；修改后可保存为新版本：</source>
        <translation>Limits of the selected version (blank: the class has no limit of its own for that node); edit and save as a new version:</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="94" />
        <source>法定节假日与调休（管理员补录）</source>
        <translation>Statutory holidays and makeup workdays (entered by the admin)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="101" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="101" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="106" />
        <source>节假日（不上班）</source>
        <translation>Holiday (day off)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="107" />
        <location filename="../../console/screens/projects/rules_page.py" line="167" />
        <source>调休上班</source>
        <translation>Makeup workday</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="109" />
        <source>如：春节</source>
        <translation>e.g. Spring Festival</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="110" />
        <source>添加/修改</source>
        <translation>Add / change</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="111" />
        <source>删除选中</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="115" />
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="147" />
        <source>时限规则表有误：</source>
        <translation>The time-limit table has problems:</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="155" />
        <source>现行</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="156" />
        <source>待生效</source>
        <translation>Future</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="156" />
        <source>历史</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="167" />
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="169" />
        <source>{year} 年：节假日库已收录；此处补录的日期优先。</source>
        <translation>{year}: known to the holiday library; days entered here take precedence.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="170" />
        <source>{year} 年：节假日库未收录，按此处补录的日期计算。</source>
        <translation>{year}: not in the holiday library; counted with the days entered here.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="171" />
        <source>{year} 年：节假日库未收录且尚未补录，暂按周一至周五计算工作日——请补录该年节假日与调休。</source>
        <translation>{year}: not in the holiday library and nothing entered yet, so Monday–Friday count as working days. Please enter that year's holidays and makeup workdays.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/rules_page.py" line="203" />
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="54" />
        <source>搜索申请编号、项目、客户、客户经理或标记说明</source>
        <translation>Search application no., project, customer, manager or flag notes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="56" />
        <source>全部原因</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="59" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="61" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="89" />
        <source>申请编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="90" />
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="91" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="92" />
        <source>客户经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="93" />
        <source>类别</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="94" />
        <source>当前环节</source>
        <translation>Current node</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="95" />
        <source>最近进展</source>
        <translation>Last progress</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="96" />
        <source>停滞工作日</source>
        <translation>Days stalled</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="97" />
        <source>筛查原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="98" />
        <source>标记说明</source>
        <translation>Flag notes</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="99" />
        <source>等待客户事项</source>
        <translation>Waiting on the customer for</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="100" />
        <source>总时限剩余</source>
        <translation>Total: days left</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="101" />
        <source>总时限截止</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="107" />
        <source>截至 {day} 的在途项目</source>
        <translation>Projects in progress on {day}</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="115" />
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="136" />
        <source>共 {n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="166" />
        <source>导出结存项目筛查</source>
        <translation>Export the stock screening</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="166" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="174" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../console/screens/projects/screening_page.py" line="182" />
        <source>已导出 {n} 行：{path}</source>
        <translation>Exported {n} rows: {path}</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../console/core/services/project_edits.py" line="22" />
        <source>项目</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../console/core/services/project_edits.py" line="23" />
        <source>项目节点</source>
        <translation>project node</translation>
    </message>
    <message>
        <location filename="../../console/core/services/project_edits.py" line="24" />
        <source>分级决策事项</source>
        <translation>escalation</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="40" />
        <source>时限规则表</source>
        <translation>time-limit table</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="41" />
        <source>日历调整</source>
        <translation>calendar day</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/core/services/project_edits.py" line="32" />
        <source>项目 {application_no} 已办结，计划日期不能再调整。</source>
        <translation>Project {application_no} is closed; its planned dates can no longer be moved.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="48" />
        <source>时限规则表有误：{detail}</source>
        <translation>The time-limit table has problems: {detail}</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="57" />
        <source>生效日期 {day} 早于今天。已受理的项目按受理时的规则计时，新版本只能从今天或以后生效。</source>
        <translation>The effective date {day} is before today. Accepted projects keep the rules in force when they were accepted, so a new version can only take effect today or later.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="63" />
        <source>{day} 生效的时限规则表已生效或已有项目采用，不能删除；如需调整请新增一个版本。</source>
        <translation>The version effective {day} is already in force or used by projects and cannot be deleted; add a new version instead.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/rule_admin.py" line="69" />
        <source>已有一个在 {day} 生效的时限规则表版本；请换一个生效日期。</source>
        <translation>A version already takes effect on {day}; choose another effective date.</translation>
    </message>
</context>
</TS>