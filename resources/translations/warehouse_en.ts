<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="42" />
        <source>提醒</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="43" />
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="44" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="45" />
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="46" />
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="47" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="69" />
        <source>需立即处理 %1 项</source>
        <translation>%1 to act on now</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="70" />
        <source>　·　暂无提醒</source>
        <translation>  ·  no alerts</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="73" />
        <source>（见待登记标签）</source>
        <translation>(see Unregistered tags)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="83" />
        <source>还有 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="84" />
        <source>已超 %1 天</source>
        <translation>%1 days over</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="88" />
        <source>在库 %1，低于阈值 %2</source>
        <translation>%1 in stock, below the threshold of %2</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="90" />
        <source>%1 个标签读到但未登记</source>
        <translation>%1 tags read but not registered</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="92" />
        <source>仍在领用人手中：请立即收回</source>
        <translation>Still with the holder: recall it now</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="93" />
        <source>请送检，合格前不得领用</source>
        <translation>Send it for testing; it may not go out until it passes</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="93" />
        <source>请办理报废</source>
        <translation>Scrap it</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="94" />
        <source>请联系领用人归还</source>
        <translation>Ask the holder to return it</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="94" />
        <source>门禁读到出库，但未办领用手续</source>
        <translation>Read leaving through the door without a check-out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/alerts_panel.py" line="95" />
        <source>请安排送检</source>
        <translation>Schedule the test</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="164" />
        <source>登记试验结果</source>
        <translation>Record test result</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="164" />
        <source>登记检查结果</source>
        <translation>Record inspection result</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="170" />
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="171" />
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="180" />
        <source>按试验周期（%1 个月）计算下次试验日期</source>
        <translation>Next test from the test interval (%1 months)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="181" />
        <source>该类物资无试验周期，请填写下次试验日期</source>
        <translation>This item type has no test interval: enter the next test date</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="190" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="191" />
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="194" />
        <source>下次试验</source>
        <translation>Next test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="195" />
        <source>试验单位/人</source>
        <translation>Tested by</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="196" />
        <source>报告编号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="198" />
        <source>检查人</source>
        <translation>Inspected by</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="199" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="201" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="80" />
        <source>领用</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="85" />
        <source>（请选择领用人）</source>
        <translation>(choose who takes it)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="87" />
        <source>刷工牌，或输入工牌 EPC</source>
        <translation>Scan a badge, or type the badge EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="88" />
        <source>将此工牌登记给所选人员</source>
        <translation>Register this badge to the chosen person</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="89" />
        <source>（不关联项目）</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="92" />
        <source>用途、工作票号等</source>
        <translation>Purpose, work permit no., …</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="93" />
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="94" />
        <source>工牌</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="96" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="97" />
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="98" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="103" />
        <source>确认领用</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="107" />
        <source>请选择领用人或刷工牌。</source>
        <translation>Choose who takes it, or scan a badge.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="110" />
        <source>登记工牌需要同时选择人员并输入工牌。</source>
        <translation>To register a badge, choose the person and enter the badge.</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="46" />
        <source>开始盘点</source>
        <translation>Start count</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="48" />
        <source>库区</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="52" />
        <source>录入手持机读数…</source>
        <translation>Handheld reads…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="53" />
        <source>结束盘点并调整…</source>
        <translation>Close count…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="54" />
        <source>导出盘点报告 PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="79" />
        <source>只看差异</source>
        <translation>Differences only</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="80" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="86" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="86" />
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="87" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="87" />
        <source>登记位置</source>
        <translation>Registered at</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="88" />
        <source>读到于</source>
        <translation>Seen by</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="88" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="117" />
        <location filename="../../console/screens/warehouse/count_panel.py" line="138" />
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="117" />
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="128" />
        <source>还没有盘点。选择库区后点击“开始盘点”，库区内读写器读到的标签会自动计入。</source>
        <translation>No stock count yet. Choose a zone and click "Start count": tags the zone's readers see are counted automatically.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="138" />
        <source>已于 %1 结束</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="140" />
        <source>&lt;b&gt;#%1 %2&lt;/b&gt;（%3）　应盘 &lt;b&gt;%4&lt;/b&gt;，已读到 &lt;b&gt;%5&lt;/b&gt;　·　盘亏 &lt;b style='color:#b3261e'&gt;%6&lt;/b&gt;　错放 &lt;b&gt;%7&lt;/b&gt;　盘盈 &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; (%3)  expected &lt;b&gt;%4&lt;/b&gt;, seen &lt;b&gt;%5&lt;/b&gt;  ·  missing &lt;b style='color:#b3261e'&gt;%6&lt;/b&gt;  misplaced &lt;b&gt;%7&lt;/b&gt;  unexpected &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="155" />
        <source>（未登记标签）</source>
        <translation>(unregistered tag)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="185" />
        <source>盘点已开始：库区内读写器读到的标签会自动计入。</source>
        <translation>Count started: tags the zone's readers see are counted automatically.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="194" />
        <source>录入手持机读数</source>
        <translation>Enter handheld reads</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="195" />
        <source>每行一个 EPC（可从手持机导出后粘贴）：</source>
        <translation>One EPC per line (paste a handheld's export):</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="201" />
        <source>新计入 %1 个标签。</source>
        <translation>%1 new tags counted.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="210" />
        <source>结束盘点</source>
        <translation>Close stock count</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="211" />
        <source>盘亏 %1、错放 %2、盘盈 %3。结束时按实盘调整台账（盘亏物资移出货架、错放物资改登记到本库区、已领用却在库的物资收回入库），每项调整记入出入库记录。</source>
        <translation>Missing %1, misplaced %2, unexpected %3. Adjusting brings the register in line with the count (missing items leave their shelf, misplaced items are registered to this zone, items recorded as out but found here are taken back in); each adjustment is recorded as a movement.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="215" />
        <source>结束并调整</source>
        <translation>Close and adjust</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="216" />
        <source>结束，不调整</source>
        <translation>Close without adjusting</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="217" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="224" />
        <source>盘点已结束，调整 %1 件。</source>
        <translation>Count closed; %1 items adjusted.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="239" />
        <source>导出盘点报告</source>
        <translation>Export count report</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="240" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/count_panel.py" line="252" />
        <source>盘点报告已导出（%1 页）：%2</source>
        <translation>Count report exported (%1 pages): %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="91" />
        <source>批量登记物资</source>
        <translation>Register items in bulk</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="94" />
        <source>从 XLSX 或 CSV 清单登记带标签的物资。列：EPC、物资类别、出厂编号、货架、数量、出厂日期、上次试验日期、下次试验日期、报废期限。先预览（不写入），确认后再导入。</source>
        <translation>Register tagged items from an XLSX or CSV list. Columns: EPC, item type, serial number, shelf, quantity, manufactured on, last test, next test, service life ends. Preview first (nothing is written), then import.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="99" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="109" />
        <source>行</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="109" />
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="110" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="110" />
        <source>原因/提示</source>
        <translation>Reasons / notes</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="115" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="118" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="126" />
        <source>选择物资清单</source>
        <translation>Choose an item list</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="127" />
        <source>表格 (*.xlsx *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="135" />
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="159" />
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="159" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="159" />
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="160" />
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="162" />
        <source>已导入：</source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="162" />
        <source>预览（尚未写入）：</source>
        <translation>Preview (nothing written yet): </translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="95" />
        <source>搜索编号、EPC、名称、领用人、项目、货架…</source>
        <translation>Search serial, EPC, name, holder, project, shelf…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="98" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="99" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="101" />
        <location filename="../../console/screens/warehouse/inventory.py" line="213" />
        <source>全部库区</source>
        <translation>All zones</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="102" />
        <source>只看需处理</source>
        <translation>Needs action only</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="103" />
        <source>试验超期或即将到期、寿命到期、逾期未还、未办领用出门</source>
        <translation>Test overdue or due soon, service life ended, return overdue, left without check-out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="155" />
        <source>编号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="156" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="157" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="158" />
        <source>试验</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="159" />
        <source>下次试验</source>
        <translation>Next test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="160" />
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="161" />
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="162" />
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="163" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="164" />
        <source>库区</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="165" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="173" />
        <source>领用…</source>
        <translation>Check out…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="173" />
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="174" />
        <source>送检</source>
        <translation>Send to test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="174" />
        <source>试验结果…</source>
        <translation>Test result…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="175" />
        <source>检查…</source>
        <translation>Inspection…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="175" />
        <source>报废…</source>
        <translation>Scrap…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="176" />
        <source>打印标签…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="197" />
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory.py" line="239" />
        <source>共 %1 件，显示 %2 件</source>
        <translation>%1 items, %2 shown</translation>
    </message>
</context>
<context>
    <name>ItemDetailPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="19" />
        <location filename="../../console/screens/warehouse/item_detail.py" line="69" />
        <source>选择一件物资查看详情</source>
        <translation>Select an item to see its details</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="34" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="34" />
        <location filename="../../console/screens/warehouse/item_detail.py" line="54" />
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="34" />
        <source>领用人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="35" />
        <location filename="../../console/screens/warehouse/item_detail.py" line="53" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="35" />
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="35" />
        <source>预留给</source>
        <translation>Reserved for</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="36" />
        <source>下次试验</source>
        <translation>Next test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="36" />
        <source>上次试验</source>
        <translation>Last test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="36" />
        <source>寿命到期</source>
        <translation>Service life ends</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="37" />
        <source>试验周期</source>
        <translation>Test interval</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="37" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="37" />
        <source>标签URI</source>
        <translation>Tag URI</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="38" />
        <source>出厂日期</source>
        <translation>Manufactured</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="52" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="52" />
        <source>作业</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="53" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="54" />
        <location filename="../../console/screens/warehouse/item_detail.py" line="60" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="57" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="57" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="58" />
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="58" />
        <source>下次到期</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="59" />
        <source>试验/检查人</source>
        <translation>Tested / inspected by</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="59" />
        <source>报告编号</source>
        <translation>Report no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="62" />
        <source>出入库记录</source>
        <translation>Movements</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="63" />
        <source>试验与检查</source>
        <translation>Tests and inspections</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="79" />
        <source>不可领用：%1</source>
        <translation>May not go out: %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="83" />
        <source>（不在货架上）</source>
        <translation>(not on a shelf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/item_detail.py" line="91" />
        <source>%1 个月</source>
        <translation>%1 mo.</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="41" />
        <source>登记为物资…</source>
        <translation>Register as item…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="42" />
        <source>忽略所选</source>
        <translation>Dismiss selected</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="43" />
        <source>批量登记（XLSX/CSV）…</source>
        <translation>Register in bulk (XLSX/CSV)…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="55" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="55" />
        <source>标签URI</source>
        <translation>Tag URI</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="56" />
        <source>读写器</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="56" />
        <source>首次读到</source>
        <translation>First read</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="57" />
        <source>最近读到</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="57" />
        <source>读数</source>
        <translation>Reads</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="77" />
        <source>%1 个标签读到但未登记。登记后即纳入库存；不属于本库房的标签可忽略。</source>
        <translation>%1 tags were read but are not registered. Registering one adds it to the stock; dismiss tags that are not ours.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="79" />
        <source>（非 GS1 编码）</source>
        <translation>(not a GS1 code)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="102" />
        <source>已登记，物资已入库。</source>
        <translation>Registered; the item is in stock.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/quarantine_panel.py" line="116" />
        <source>已忽略 %1 个标签。</source>
        <translation>%1 tags dismissed.</translation>
    </message>
</context>
<context>
    <name>ReadersPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="46" />
        <source>本机读写器：</source>
        <translation>Readers on this desk:</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="49" />
        <source>不连接</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="49" />
        <source>连接库房读写器</source>
        <translation>Connect to the warehouse readers</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="50" />
        <source>模拟读写器（演示）</source>
        <translation>Simulated readers (demo)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="59" />
        <source>读写器同一时间只接受一个连接：请只在一台电脑上连接（或在服务器上运行 sunshine-console rfid listen --ingest），其他电脑选择“不连接”即可看到实时数据。</source>
        <translation>A reader accepts one connection at a time: connect from one computer only (or run sunshine-console rfid listen --ingest on a server); other desks choose "Not connected" and still see live data.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="65" />
        <location filename="../../console/screens/warehouse/readers_panel.py" line="77" />
        <source>读写器</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="65" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="66" />
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="66" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="67" />
        <source>连接状态</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="67" />
        <source>已入库读数</source>
        <translation>Reads stored</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="68" />
        <source>最近读到</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="68" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="75" />
        <source>最近门禁通行</source>
        <translation>Recent door passes</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="77" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="78" />
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="78" />
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="79" />
        <source>工牌识别的人员</source>
        <translation>Person (by badge)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="79" />
        <source>通行后状态</source>
        <translation>Status after</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="134" />
        <source>出库</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="134" />
        <source>进库</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="137" />
        <source>未办领用出门</source>
        <translation>Left without check-out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="152" />
        <source>门禁（外 %1 / 内 %2）</source>
        <translation>Door (outer %1 / inner %2)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="153" />
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="155" />
        <source>（模拟）</source>
        <translation> (simulated)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="158" />
        <source>%1 秒前</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="162" />
        <source>本机收到 %1 条读数，已入库 %2 条，排队 %3 条</source>
        <translation>This desk received %1 reads, stored %2, queued %3</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/readers_panel.py" line="165" />
        <source>　·　数据库暂不可写，读数保留在队列中：%1</source>
        <translation>  ·  the database cannot be written to; reads are kept queued: %1</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="28" />
        <source>登记物资</source>
        <translation>Register item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="33" />
        <source>24位十六进制，或 urn:epc:tag:… 标签URI</source>
        <translation>24 hex digits, or an urn:epc:tag:… tag URI</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="34" />
        <source>（请选择类别）</source>
        <translation>(choose a type)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="36" />
        <source>（请选择货架）</source>
        <translation>(choose a shelf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="39" />
        <source>填写出厂日期</source>
        <translation>Manufacture date</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="41" />
        <source>填写上次试验日期（下次试验按周期计算）</source>
        <translation>Last test date (next test from the interval)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="46" />
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="47" />
        <source>物资类别</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="48" />
        <source>出厂编号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="49" />
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="50" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="58" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="59" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/registration_dialogs.py" line="66" />
        <source>请选择类别和货架，并填写出厂编号。</source>
        <translation>Choose a type and a shelf, and enter the serial number.</translation>
    </message>
</context>
<context>
    <name>ReservationsPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="77" />
        <source>客户需求 → 业扩项目 → 库存：为项目预留的物资只能领用到该项目。</source>
        <translation>Customer need → project → stock: items reserved for a project go out only to that project.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="80" />
        <source>预留物资…</source>
        <translation>Reserve items…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="81" />
        <source>取消所选预留</source>
        <translation>Release selected</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="82" />
        <source>设置低库存阈值…</source>
        <translation>Set low-stock threshold…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="95" />
        <source>项目编号</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="95" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="96" />
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="96" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="97" />
        <source>预留时间</source>
        <translation>Reserved at</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="100" />
        <source>物资类别</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="100" />
        <source>在库可用</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="101" />
        <source>已预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="101" />
        <source>已领用</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="102" />
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="158" />
        <source>低库存阈值</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="102" />
        <source>库存</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="123" />
        <source>不足</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="145" />
        <source>已预留 %1 件。</source>
        <translation>%1 items reserved.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="150" />
        <source>已取消 %1 项预留。</source>
        <translation>%1 reservations released.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="155" />
        <source>请先在下方选择物资类别。</source>
        <translation>Select an item type below first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="161" />
        <source>阈值已更新。</source>
        <translation>Threshold updated.</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="27" />
        <source>为项目预留物资</source>
        <translation>Reserve items for a project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="31" />
        <source>（请选择项目）</source>
        <translation>(choose a project)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="34" />
        <source>%1（在库 %2 %3）</source>
        <translation>%1 (%2 %3 in stock)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="39" />
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="40" />
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="41" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="42" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="48" />
        <source>预留</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="49" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/reservations_panel.py" line="56" />
        <source>请选择项目。</source>
        <translation>Choose a project.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="130" />
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="135" />
        <source>（放回原货架）</source>
        <translation>(back to its own shelf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="137" />
        <source>外观、损坏情况等</source>
        <translation>Condition, damage, …</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="138" />
        <source>放至</source>
        <translation>Put on</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="139" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="141" />
        <source>确认归还</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="76" />
        <source>试验周期：%1</source>
        <translation>Test intervals: %1</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="80" />
        <source>预防性试验周期（月）</source>
        <translation>Preventive test interval (months)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="81" />
        <source>外观检查周期（月）</source>
        <translation>Visual check interval (months)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="82" />
        <source>使用寿命（月）</source>
        <translation>Service life (months)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="85" />
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="90" />
        <source>新周期从各件物资下一次登记试验结果时起执行，已登记的到期日不变。</source>
        <translation>A new interval applies from each item's next recorded test result; due dates already recorded stay as they are.</translation>
    </message>
</context>
<context>
    <name>ScrapDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="212" />
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="216" />
        <source>报废原因（必填，记入出入库记录）：</source>
        <translation>Reason (required; recorded with the movement):</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="218" />
        <source>例如：试验不合格、超过使用年限、外观破损</source>
        <translation>e.g. failed test, service life over, visibly damaged</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="224" />
        <source>确认报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="228" />
        <source>请填写报废原因。</source>
        <translation>Enter the reason.</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="32" />
        <source>新增物资类别</source>
        <translation>New item type</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="32" />
        <source>编辑物资类别</source>
        <translation>Edit item type</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="46" />
        <source>按数量管理时必填：SGTIN 商品项目代码</source>
        <translation>Required for counted stock: the SGTIN item reference</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="50" />
        <source>（无需预防性试验）</source>
        <translation>(no preventive test)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="58" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="58" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="58" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="59" />
        <source>管理方式</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="59" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="60" />
        <source>商品项目代码</source>
        <translation>Item reference</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="60" />
        <source>低库存阈值</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="61" />
        <source>试验规则</source>
        <translation>Test rule</translation>
    </message>
</context>
<context>
    <name>TypesPanel</name>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="112" />
        <source>物资类别决定标签编码方式与试验规则；试验周期与使用寿命按电力安全工器具预防性试验规程，可由管理员修改。</source>
        <translation>An item type decides the tag scheme and the test rule; test intervals and service lives follow the preventive-test rules for power safety tools and can be changed by an administrator.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="115" />
        <source>新增类别…</source>
        <translation>New type…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="116" />
        <source>编辑类别…</source>
        <translation>Edit type…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="117" />
        <source>修改试验周期…</source>
        <translation>Change test intervals…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="131" />
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="131" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="132" />
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="132" />
        <source>管理方式</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="133" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="133" />
        <source>商品项目代码</source>
        <translation>Item reference</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="134" />
        <location filename="../../console/screens/warehouse/types_panel.py" line="139" />
        <source>试验规则</source>
        <translation>Test rule</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="134" />
        <source>试验周期</source>
        <translation>Test interval</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="135" />
        <location filename="../../console/screens/warehouse/types_panel.py" line="140" />
        <source>使用寿命</source>
        <translation>Service life</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="135" />
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="139" />
        <source>预防性试验</source>
        <translation>Preventive test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="140" />
        <source>外观检查</source>
        <translation>Visual check</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="148" />
        <source>%1 个月</source>
        <translation>%1 mo.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="185" />
        <source>请先选择一个类别。</source>
        <translation>Select a type first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="192" />
        <source>类别已保存。</source>
        <translation>Type saved.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="200" />
        <source>请先在下方选择一条试验规则。</source>
        <translation>Select a test rule below first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="208" />
        <source>试验周期已更新，自各件物资下一次试验起执行。</source>
        <translation>Test intervals updated; they apply from each item's next test.</translation>
    </message>
</context>
<context>
    <name>WarehouseDialogs</name>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="53" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/dialogs.py" line="60" />
        <source> 等 %1 件</source>
        <translation> and others, %1 items</translation>
    </message>
</context>
<context>
    <name>WarehouseScreen</name>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="43" />
        <source>智慧库房</source>
        <translation>Smart warehouse</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="64" />
        <source>库存</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="64" />
        <source>提醒</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="65" />
        <source>项目预留</source>
        <translation>Project reservations</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="65" />
        <source>读写器</source>
        <translation>Readers</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="66" />
        <location filename="../../console/screens/warehouse/screen.py" line="130" />
        <source>待登记标签</source>
        <translation>Unregistered tags</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="66" />
        <source>盘点</source>
        <translation>Stock counts</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="67" />
        <source>类别与试验周期</source>
        <translation>Types and test intervals</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="122" />
        <source>试验超期 %1　寿命到期 %2　逾期未还 %3　未办领用出门 %4　库存不足 %5</source>
        <translation>Test overdue %1   Life ended %2   Return overdue %3   Left without check-out %4   Low stock %5</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="127" />
        <source>提醒 (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="130" />
        <source>待登记标签 (%1)</source>
        <translation>Unregistered tags (%1)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="137" />
        <source>读写器：正在切换…</source>
        <translation>Readers: switching…</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="152" />
        <source>读写器：本机未连接</source>
        <translation>Readers: not connected on this desk</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="157" />
        <source>读写器：%1/%2 在线</source>
        <translation>Readers: %1/%2 online</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/screen.py" line="159" />
        <source>（模拟）</source>
        <translation> (simulated)</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="46" />
        <source>请先在表格中选择物资。</source>
        <translation>Select items in the table first.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="49" />
        <source>试验和检查结果请逐件登记：只选择一件物资。</source>
        <translation>Test and inspection results are recorded one item at a time: select a single item.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="84" />
        <source>已领用 %1 件。</source>
        <translation>%1 items checked out.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="96" />
        <source>已归还 %1 件。</source>
        <translation>%1 items returned.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="104" />
        <source>已送检 %1 件。</source>
        <translation>%1 items sent for testing.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="129" />
        <source>试验结果已登记。</source>
        <translation>Test result recorded.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="133" />
        <source>检查结果已登记。</source>
        <translation>Inspection result recorded.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="145" />
        <source>已报废 %1 件。</source>
        <translation>%1 items scrapped.</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="152" />
        <source>保存标签 PDF</source>
        <translation>Save labels PDF</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="153" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/inventory_actions.py" line="167" />
        <source>已生成 %1 张标签（%2 页）：%3</source>
        <translation>%1 labels written (%2 pages): %3</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="22" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/types_panel.py" line="23" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="29" />
        <source>人员</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="30" />
        <source>盘点</source>
        <translation>stock count</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="31" />
        <source>库位</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="32" />
        <source>物资类别</source>
        <translation>item type</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="33" />
        <source>预留</source>
        <translation>reservation</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="21" />
        <source>领用</source>
        <translation>check-out</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="22" />
        <source>归还</source>
        <translation>return</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="23" />
        <location filename="../../console/core/services/warehouse_workflows.py" line="30" />
        <source>试验</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="24" />
        <location filename="../../console/core/services/warehouse_workflows.py" line="30" />
        <source>检查</source>
        <translation>inspection</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="25" />
        <source>预留</source>
        <translation>reservation</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="26" />
        <source>报废</source>
        <translation>scrapping</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="27" />
        <source>送检</source>
        <translation>sending to test</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="44" />
        <source>{item}的预防性试验已于 {due} 到期，超期工器具不得领用。请先送检并登记合格的试验结果。</source>
        <translation>The preventive test of {item} was due on {due}; a tool with an overdue test may not go out. Send it for testing and record a passing result first.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="50" />
        <source>{item}的使用寿命已于 {end} 到期，不得领用。请办理报废。</source>
        <translation>The service life of {item} ended on {end}; it may not go out. Scrap it.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="54" />
        <source>{item}最近一次{kind}（{on}）不合格，不得领用。请重新试验合格后再领用，或办理报废。</source>
        <translation>{item} failed its last {kind} ({on}) and may not go out. Have it pass a new test first, or scrap it.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="60" />
        <source>{item}已被{holder}领用（应还日期 {due}），请先办理归还。</source>
        <translation>{item} is checked out to {holder} (due back {due}); return it first.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="64" />
        <source>{item}已报废，不能再{action}。</source>
        <translation>{item} is scrapped and cannot be used for: {action}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="68" />
        <source>{item}正在送检，登记试验结果之前不能{action}。</source>
        <translation>{item} is away for testing; until its result is recorded it cannot be used for: {action}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="72" />
        <source>{item}当前不在领用状态，无需归还。</source>
        <translation>{item} is not checked out; there is nothing to return.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="76" />
        <source>{item}尚未归还（在{holder}处），请先办理归还再{action}。</source>
        <translation>{item} has not been returned (it is with {holder}); return it before: {action}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="80" />
        <source>{item}已为项目 {project} 预留，只能领用到该项目；如需改用，请先取消预留。</source>
        <translation>{item} is reserved for project {project} and can only go out to it; release the reservation to use it otherwise.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="86" />
        <source>{type}当前可用 {available}，不足所需的 {requested}。请减少数量或先补充库存。</source>
        <translation>Only {available} of {type} are available, fewer than the {requested} needed. Ask for fewer or restock first.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="90" />
        <source>工牌 {epc} 未登记到任何在岗人员。请先为人员登记工牌，或直接选择领用人。</source>
        <translation>Badge {epc} belongs to nobody on the staff. Register the badge to a person first, or choose the person directly.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="94" />
        <source>标签 {epc} 已是{owner}的工牌或已登记为物资，不能重复使用。</source>
        <translation>Tag {epc} is already {owner}'s badge or a registered item's tag; it cannot be used twice.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="98" />
        <source>EPC {epc} 已登记给{item}，一枚标签只能对应一件物资。</source>
        <translation>EPC {epc} is already registered to {item}; one tag belongs to one item.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="102" />
        <source>标签 {epc} 不适用于{type}：{why}。</source>
        <translation>Tag {epc} does not suit {type}: {why}.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="107" />
        <source>EPC 无法识别：{epc}（{detail}）。请输入24位十六进制或 urn:epc:tag:… 标签URI。</source>
        <translation>EPC not recognised: {epc} ({detail}). Enter 24 hex digits or an urn:epc:tag:… tag URI.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="111" />
        <source>{zone}已有进行中的盘点（#{count}），请先结束该盘点。</source>
        <translation>{zone} already has a stock count in progress (#{count}); close it first.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="115" />
        <source>盘点 #{count} 已于 {at} 结束，不能再修改。</source>
        <translation>Stock count #{count} was closed at {at} and can no longer change.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_common.py" line="119" />
        <source>{location}不是库区。盘点按库区进行，请选择一个库区。</source>
        <translation>{location} is not a zone. Stock counts are by zone: choose a zone.</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="87" />
        <source>请填写出厂编号</source>
        <translation>enter the serial number</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="89" />
        <source>数量应为正整数</source>
        <translation>the quantity must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="97" />
        <location filename="../../console/core/services/warehouse_workflows.py" line="246" />
        <source>请选择库区或货架</source>
        <translation>choose a zone or a shelf</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="222" />
        <source>按数量管理的物资应使用 SGTIN-96 标签</source>
        <translation>counted stock needs an SGTIN-96 tag</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="223" />
        <source>逐件管理的工器具和仪表应使用 GIAI-96 或 GRAI-96 标签</source>
        <translation>individually tracked tools and instruments need a GIAI-96 or GRAI-96 tag</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="224" />
        <source>SGTIN 标签中的商品项目代码与该物资类别不符</source>
        <translation>the SGTIN item reference does not match this item type</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_registration.py" line="225" />
        <source>该标签是人员工牌</source>
        <translation>this tag is a staff badge</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_reservations.py" line="64" />
        <source>预留数量应为正整数</source>
        <translation>the quantity to reserve must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_reservations.py" line="155" />
        <location filename="../../console/core/services/warehouse_types.py" line="103" />
        <source>低库存阈值不能为负数</source>
        <translation>the low-stock threshold cannot be negative</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="58" />
        <source>应还日期不能早于今天</source>
        <translation>the due-back date cannot be before today</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="144" />
        <source>试验或检查日期不能晚于今天</source>
        <translation>a test or inspection date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="151" />
        <source>该类物资没有试验周期，请填写下次试验日期</source>
        <translation>this item type has no test interval: enter the next test date</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="153" />
        <source>下次试验日期应晚于本次试验日期</source>
        <translation>the next test date must be after this test's date</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="182" />
        <source>请填写报废原因</source>
        <translation>enter the reason for scrapping</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="224" />
        <source>请选择领用人或刷工牌</source>
        <translation>choose who takes it, or scan a badge</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="232" />
        <source>请至少选择一件物资</source>
        <translation>select at least one item</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_workflows.py" line="280" />
        <source>未登记的人员</source>
        <translation>an unknown person</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_types.py" line="94" />
        <source>请填写类别代码和名称</source>
        <translation>enter the type's code and name</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_types.py" line="98" />
        <source>类别或管理方式无效</source>
        <translation>the category or tracking is not valid</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_types.py" line="101" />
        <source>按数量管理的物资需要 SGTIN 商品项目代码（1-7 位数字）</source>
        <translation>counted stock needs an SGTIN item reference (1-7 digits)</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_types.py" line="107" />
        <source>类别代码已存在</source>
        <translation>this type code already exists</translation>
    </message>
    <message>
        <location filename="../../console/core/services/warehouse_types.py" line="135" />
        <source>周期应为 1-600 个月</source>
        <translation>intervals must be 1-600 months</translation>
    </message>
</context>
<context>
    <name>warehouse_labels</name>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="13" />
        <source>在库</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="14" />
        <source>已领用</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="15" />
        <source>送检中</source>
        <translation>In test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="16" />
        <source>已预留</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="17" />
        <source>已报废</source>
        <translation>Scrapped</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="20" />
        <source>安全工器具</source>
        <translation>Safety tools</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="21" />
        <source>仪器仪表</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="22" />
        <source>备品备件</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="23" />
        <source>电能表</source>
        <translation>Meters</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="24" />
        <source>互感器</source>
        <translation>Current transformers</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="25" />
        <source>电缆</source>
        <translation>Cables</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="26" />
        <source>耗材</source>
        <translation>Consumables</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="29" />
        <source>逐件</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="30" />
        <source>计数</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="34" />
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="35" />
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="36" />
        <location filename="../../console/screens/warehouse/labels.py" line="55" />
        <source>试验超期</source>
        <translation>Test overdue</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="37" />
        <source>寿命到期</source>
        <translation>Life ended</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="40" />
        <source>信息采集</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="41" />
        <source>入库</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="42" />
        <source>领用</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="43" />
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="44" />
        <source>试验</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="45" />
        <location filename="../../console/screens/warehouse/labels.py" line="79" />
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="46" />
        <source>盘点调整</source>
        <translation>Count adjustment</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="47" />
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="48" />
        <source>预留</source>
        <translation>Reserved for project</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="49" />
        <source>取消预留</source>
        <translation>Reservation released</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="50" />
        <source>移库</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="51" />
        <source>门禁：进库</source>
        <translation>Door: in</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="52" />
        <source>门禁：出库</source>
        <translation>Door: out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="56" />
        <source>使用寿命到期</source>
        <translation>Service life ended</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="57" />
        <source>逾期未还</source>
        <translation>Return overdue</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="58" />
        <source>未办领用出门</source>
        <translation>Left without check-out</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="59" />
        <source>库存不足</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="60" />
        <source>试验即将到期</source>
        <translation>Test due soon</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="61" />
        <source>未登记标签</source>
        <translation>Unregistered tags</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="64" />
        <source>账实相符</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="65" />
        <source>盘亏（未见）</source>
        <translation>Missing (not seen)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="66" />
        <source>错放</source>
        <translation>Misplaced</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="67" />
        <source>盘盈（不应在此）</source>
        <translation>Unexpected (should not be here)</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="70" />
        <source>正在连接</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="71" />
        <source>已连接，配置中</source>
        <translation>Connected, configuring</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="72" />
        <source>正在读取</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="73" />
        <source>已断开，等待重连</source>
        <translation>Disconnected, will retry</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="74" />
        <source>已停止</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="75" />
        <source>本机未连接</source>
        <translation>Not connected on this desk</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="78" />
        <source>预防性试验</source>
        <translation>Preventive test</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="82" />
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../console/screens/warehouse/labels.py" line="83" />
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
</context>
</TS>