<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Gantt</name>
    <message>
        <location filename="../../widgets/gantt/names.py" line="18"/>
        <source>正常</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="19"/>
        <source>临期</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="20"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="21"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="24"/>
        <source>长期停滞</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="25"/>
        <source>舆情风险</source>
        <translation>Public-opinion risk</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="26"/>
        <source>跨部门受阻</source>
        <translation>Blocked across departments</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="27"/>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="28"/>
        <source>国家重点项目</source>
        <translation>National key project</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="32"/>
        <source>停</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="33"/>
        <source>舆</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="34"/>
        <source>阻</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="35"/>
        <source>绿</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/names.py" line="36"/>
        <source>国</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>GanttAxis</name>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="33"/>
        <source>{d}</source>
        <translation>{d}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="34"/>
        <source>{d} {wd}</source>
        <translation>{wd} {d}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="35"/>
        <source>一,二,三,四,五,六,日</source>
        <translation>M,T,W,T,F,S,S</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="36"/>
        <source>1,2,3,4,5,6,7,8,9,10,11,12</source>
        <translation>Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="37"/>
        <source>第{w}周</source>
        <translation>Week {w}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="38"/>
        <source>{w}</source>
        <translation>W{w}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="39"/>
        <source>{m}月</source>
        <translation>{mn}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="40"/>
        <source>{m}</source>
        <translation>{mn}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="41"/>
        <source>{y}年{m}月</source>
        <translation>{mn} {y}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="42"/>
        <source>{q}季度</source>
        <translation>Q{q}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="43"/>
        <source>Q{q}</source>
        <translation>Q{q}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="44"/>
        <source>{y}年{q}季度</source>
        <translation>{y} Q{q}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="45"/>
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="46"/>
        <source>{y}</source>
        <translation>{y}</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <location filename="../../widgets/gantt/legend.py" line="82"/>
        <source>计划（基线）</source>
        <translation>Planned (baseline)</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/legend.py" line="83"/>
        <source>计时暂停</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/legend.py" line="84"/>
        <source>节点时限</source>
        <translation>Node deadline</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/legend.py" line="85"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>GanttText</name>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="56"/>
        <source>计划：{start} 至 {end}（{days} 天）</source>
        <translation>Planned: {start} to {end} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="63"/>
        <source>实际：未开始</source>
        <translation>Actual: not started</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="65"/>
        <source>实际：{start} 起，进行中</source>
        <translation>Actual: since {start}, in progress</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="68"/>
        <source>实际：{start} 至 {end}</source>
        <translation>Actual: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="74"/>
        <source>节点时限：{node}</source>
        <translation>Node deadline: {node}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="75"/>
        <source>截止：{day} · {status}</source>
        <translation>Due: {day} · {status}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="83"/>
        <source>计时暂停：{start} 起（{reason}）</source>
        <translation>Clock paused since {start} ({reason})</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="85"/>
        <source>计时暂停：{start} 至 {end}（{reason}）</source>
        <translation>Clock paused {start} to {end} ({reason})</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="90"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="98"/>
        <source>（未分组）</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/texts.py" line="99"/>
        <source>{name}（{count} 项）</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <location filename="../../widgets/gantt/view.py" line="75"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="76"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="77"/>
        <source>标记</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="152"/>
        <source>缩放</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="153"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="153"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="153"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="154"/>
        <source>季</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="155"/>
        <source>按日显示</source>
        <translation>Show days</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="155"/>
        <source>按周显示</source>
        <translation>Show weeks</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="156"/>
        <source>按月显示</source>
        <translation>Show months</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="156"/>
        <source>按季度显示</source>
        <translation>Show quarters</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="159"/>
        <source>（Ctrl+滚轮 或 +/- 缩放）</source>
        <translation> (zoom with Ctrl+wheel or +/-)</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="160"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="161"/>
        <source>回到今天（Home）</source>
        <translation>Back to today (Home)</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="162"/>
        <source>分组</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../widgets/gantt/view.py" line="166"/>
        <source>不分组</source>
        <translation>No grouping</translation>
    </message>
</context>
</TS>
