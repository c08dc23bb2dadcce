<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="10" />
        <source>添加议题</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="13" />
        <source>如：上周决议落实情况通报</source>
        <translation>e.g. Follow-up on last week's decisions</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="16" />
        <source>可选：本团队项目的申请编号</source>
        <translation>Optional: application number of a project of this team</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="17" />
        <source>填写申请编号时，该项目的资料页也会印入会议资料。</source>
        <translation>With an application number, the project's page is printed in the pack as well.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="23" />
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/add_item_dialog.py" line="24" />
        <source>申请编号</source>
        <translation>Application no.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="35" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="35" />
        <source>上会</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="35" />
        <source>申请编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="35" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="35" />
        <source>议题 / 上会原因</source>
        <translation>Topic / why on the agenda</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="36" />
        <source>汇报人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="36" />
        <source>计划送电</source>
        <translation>Power-on plan</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="86" />
        <source>（自定议题）</source>
        <translation>(added topic)</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/agenda_model.py" line="96" />
        <source>（已确认）</source>
        <translation> (confirmed)</translation>
    </message>
</context>
<context>
    <name>AttendeesPanel</name>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="41" />
        <location filename="../../console/screens/meetings/attendees_panel.py" line="48" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="41" />
        <source>单位 / 部门</source>
        <translation>Organisation / department</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="41" />
        <location filename="../../console/screens/meetings/attendees_panel.py" line="52" />
        <source>岗位 / 角色</source>
        <translation>Post / role</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="42" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="50" />
        <source>单位 / 部门，如 运维检修部、客户单位</source>
        <translation>Organisation / department, e.g. Operations &amp; Maintenance, the customer's company</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="53" />
        <location filename="../../console/screens/meetings/attendees_panel.py" line="71" />
        <source>客户代表</source>
        <translation>Customer representative</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="54" />
        <source>添加参会人</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="55" />
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/attendees_panel.py" line="71" />
        <source>内部人员</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="45" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="45" />
        <source>申请编号 / 事项</source>
        <translation>Application no. / item</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="45" />
        <location filename="../../console/screens/meetings/decisions_panel.py" line="70" />
        <source>决议</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="46" />
        <location filename="../../console/screens/meetings/decisions_panel.py" line="58" />
        <source>确认送电日期</source>
        <translation>Confirm power-on date</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="57" />
        <source>会议决议：责任单位、责任人、完成时限</source>
        <translation>Decision: responsible unit, person in charge, deadline</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="63" />
        <source>保存后，该日期写入项目的验收送电计划并标记为已确认。</source>
        <translation>When saved, this date becomes the project's confirmed acceptance / power-on plan.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="65" />
        <source>保存决议</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/decisions_panel.py" line="69" />
        <source>议题</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>MeetingsScreen</name>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="52" />
        <source>生成 PDF</source>
        <translation>Generate PDF</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="53" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="54" />
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="55" />
        <source>标记为已召开</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="71" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="73" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="75" />
        <source>添加议题…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="76" />
        <source>删除议题</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="77" />
        <source>按最新数据重新汇总</source>
        <translation>Re-assemble from current data</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="84" />
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="85" />
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="86" />
        <source>会议决议</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="87" />
        <source>资料预览</source>
        <translation>Pack preview</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="200" />
        <source>本周没有需要集体审议的项目。可添加自定议题，或照常打印签到表。</source>
        <translation>Nothing to review this week. Add a topic of your own, or print the sign-in sheet as usual.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="202" />
        <source>共 %1 项议程，其中 %2 项上会；待确认的验收送电计划 %3 项。拖动行或用“上移/下移”调整顺序。</source>
        <translation>%1 agenda items, %2 to be reviewed; %3 power-on plans to confirm. Drag rows or use Move up / Move down to reorder.</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="288" />
        <source>正在生成会议资料…</source>
        <translation>Generating the meeting pack…</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="301" />
        <source>保存会议资料</source>
        <translation>Save meeting pack</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/screen.py" line="301" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PackPreview</name>
    <message>
        <location filename="../../console/screens/meetings/pack_preview.py" line="22" />
        <source>尚未生成会议资料。请点击“生成 PDF”。</source>
        <translation>No pack generated yet. Click "Generate PDF".</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/pack_preview.py" line="27" />
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/pack_preview.py" line="28" />
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/pack_preview.py" line="35" />
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/pack_preview.py" line="118" />
        <source>第 %1 页 / 共 %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>WeekBar</name>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="42" />
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="45" />
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="48" />
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="55" />
        <source>会议地点，如 城东供电服务中心三楼会议室</source>
        <translation>Meeting place, e.g. East service centre, 3rd-floor meeting room</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="57" />
        <source>保存会议信息</source>
        <translation>Save meeting details</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="59" />
        <source>团队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="62" />
        <source>周次</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="68" />
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="71" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="88" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="102" />
        <source>%1（%2 — %3）</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="114" />
        <source>已召开（议程已锁定）</source>
        <translation>Held (agenda locked)</translation>
    </message>
    <message>
        <location filename="../../console/screens/meetings/week_bar.py" line="114" />
        <source>筹备中</source>
        <translation>In preparation</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="33" />
        <source>议题或申请编号</source>
        <translation>topic or application number</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="34" />
        <source>议题</source>
        <translation>topic</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="35" />
        <source>会议地点</source>
        <translation>meeting place</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="36" />
        <source>参会人姓名</source>
        <translation>attendee's name</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="37" />
        <source>单位</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="38" />
        <source>岗位</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="39" />
        <source>议程</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="40" />
        <source>参会人</source>
        <translation>attendee</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="12" />
        <source>周次“{text}”无效，应写作 2026-W48 这样的 ISO 周。</source>
        <translation>Week "{text}" is not valid; write an ISO week such as 2026-W48.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="16" />
        <source>请先选择团队。</source>
        <translation>Choose a team first.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="20" />
        <source>会议日期 {day} 不在 {week} 内，请选择该周的某一天。</source>
        <translation>Meeting date {day} is not in {week}; choose a day of that week.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="24" />
        <source>请填写{field}。</source>
        <translation>Please fill in the {field}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="28" />
        <source>{field}不能超过 {limit} 个字。</source>
        <translation>The {field} cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="45" />
        <source>未找到团队：{key}。可用的团队：{known}。</source>
        <translation>No team {key}. Teams available: {known}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="50" />
        <source>{week} 的商会已召开，议程不能再修改；决议与确认日期仍可录入。</source>
        <translation>The {week} meeting has been held: its agenda can no longer change; decisions and confirmed dates can still be recorded.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="55" />
        <source>“{title}”由系统按规则列入议程，不能删除；如不上会，请取消勾选“上会”。</source>
        <translation>"{title}" was put on the agenda by the rules and cannot be deleted; untick "Review" to leave it out.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="60" />
        <source>项目 {application_no} 已在本次议程中。</source>
        <translation>Project {application_no} is already on this agenda.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/meeting_data.py" line="65" />
        <source>本团队没有申请编号为 {application_no} 的项目。</source>
        <translation>This team has no project with application number {application_no}.</translation>
    </message>
</context>
</TS>