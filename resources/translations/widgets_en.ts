<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ColumnTableModel</name>
    <message>
        <location filename="../../widgets/column_table.py" line="112"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../widgets/column_table.py" line="112"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../widgets/keypad.py" line="76"/>
        <source>请输入</source>
        <translation>Please enter</translation>
    </message>
    <message>
        <location filename="../../widgets/keypad.py" line="94"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../widgets/keypad.py" line="211"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../widgets/keypad.py" line="212"/>
        <source>退格</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>KioskPlayer</name>
    <message>
        <location filename="../../widgets/kiosk_player.py" line="184"/>
        <source>信息更新中断</source>
        <translation>Updates interrupted</translation>
    </message>
</context>
<context>
    <name>KioskSlides</name>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="78"/>
        <source>通知公告</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="79"/>
        <source>服务承诺</source>
        <translation>Our commitment</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="80"/>
        <source>办事指南</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="81"/>
        <source>综合能源案例</source>
        <translation>Energy solutions</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="82"/>
        <source>惠民推荐</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="83"/>
        <source>送电动态</source>
        <translation>Power-on board</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="84"/>
        <source>扫码服务</source>
        <translation>Scan for service</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_slides.py" line="250"/>
        <source>手机扫码 了解详情</source>
        <translation>Scan with your phone for details</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="67"/>
        <source>近期暂无送电项目</source>
        <translation>No projects due for power-on soon</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="69"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="70"/>
        <source>当前环节</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="71"/>
        <source>计划送电</source>
        <translation>Power-on planned</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="163"/>
        <source>%1 · 计划送电 %2</source>
        <translation>%1 · power-on planned %2</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="189"/>
        <source>客户类型：%1</source>
        <translation>Customer type: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="206"/>
        <source>综合节能</source>
        <translation>Energy saved</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="235"/>
        <source>另有 %n 个项目</source>
        <translation>+%n more</translation>
    </message>
    <message>
        <location filename="../../widgets/kiosk_special.py" line="244"/>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
</context>
<context>
    <name>StatusStackBar</name>
    <message>
        <location filename="../../widgets/charts.py" line="138"/>
        <source>按期</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="138"/>
        <source>预警</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="139"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="169"/>
        <source>暂无数据</source>
        <translation>No data</translation>
    </message>
</context>
</TS>
