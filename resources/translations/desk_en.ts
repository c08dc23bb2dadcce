<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../console/screens/dashboard.py" line="16" />
        <source>普通客户</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="16" />
        <source>集团要客</source>
        <translation>Key group account</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="16" />
        <source>充电设施专项客户</source>
        <translation>EV charging</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="17" />
        <source>高压单电源</source>
        <translation>HV single source</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="17" />
        <source>高压双电源</source>
        <translation>HV dual source</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="17" />
        <source>低压非居民</source>
        <translation>LV non-residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="17" />
        <source>居民</source>
        <translation>Residential</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="17" />
        <source>充电设施</source>
        <translation>EV charging</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="18" />
        <source>长期停滞</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="18" />
        <source>舆情风险</source>
        <translation>Public-opinion risk</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="18" />
        <source>跨部门受阻</source>
        <translation>Blocked across departments</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="18" />
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="18" />
        <source>国家重点项目</source>
        <translation>National key project</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="50" />
        <source>客户分级</source>
        <translation>Customer segments</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="53" />
        <source>在途业扩项目</source>
        <translation>Projects in progress</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="57" />
        <source>时限状态（按最差节点）</source>
        <translation>Clock status (worst node)</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="60" />
        <source>需关注项目</source>
        <translation>Projects needing attention</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="64" />
        <source>库房提醒</source>
        <translation>Warehouse alerts</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="76" />
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="96" />
        <source>两周内计划送电</source>
        <translation>Power-on planned within 2 weeks</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="97" />
        <source>试验超期工器具</source>
        <translation>Tools overdue for test</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="97" />
        <source>已领用未归还</source>
        <translation>Checked out, not returned</translation>
    </message>
    <message>
        <location filename="../../console/screens/dashboard.py" line="87" />
        <source>（无权查看或暂无数据）</source>
        <translation>(no data, or not permitted)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/login_dialog.py" line="27" />
        <source>阳光服务控制台 — 登录</source>
        <translation>Sunshine Service Console — Sign in</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="33" />
        <source>阳光服务控制台</source>
        <translation>Sunshine Service Console</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="43" />
        <source>用户名(&amp;U)：</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="44" />
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="51" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="63" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="89" />
        <source>请输入用户名和密码。</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../console/login_dialog.py" line="92" />
        <source>正在验证…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="31" />
        <source>阳光服务控制台</source>
        <translation>Sunshine Service Console</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="89" />
        <source>无法打开此页面</source>
        <translation>This page could not be opened</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="101" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="102" />
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="107" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="114" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="115" />
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="122" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="123" />
        <source>全部团队</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="130" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="133" />
        <source>阳光服务控制台
供电客户服务中心运营工作台</source>
        <translation>Sunshine Service Console
Operations desk of a power-supply customer service centre</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../console/app.py" line="111" />
        <source>正在准备数据库（首次运行时会生成演示数据）…</source>
        <translation>Preparing the database (the first run builds demo data)…</translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="123" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../console/dialogs.py" line="26" />
        <source>已被他人修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../console/dialogs.py" line="27" />
        <source>重新加载</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/dialogs.py" line="28" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/dialogs.py" line="32" />
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location filename="../../console/dialogs.py" line="32" />
        <source>发生错误</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../console/core/errors.py" line="106" />
        <source>记录</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="107" />
        <source>客户</source>
        <translation>customer</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="108" />
        <source>联系人</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="109" />
        <source>走访记录</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="110" />
        <source>项目</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="111" />
        <source>物资</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="112" />
        <source>用户</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="113" />
        <source>账号</source>
        <translation>account</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="114" />
        <source>团队</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="115" />
        <source>商会</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="116" />
        <source>大厅屏内容</source>
        <translation>kiosk item</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="117" />
        <source>规则表</source>
        <translation>rule table</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../console/core/errors.py" line="19" />
        <source>操作失败：{detail}</source>
        <translation>The operation failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="39" />
        <source>数据库地址无法识别：{url}。请使用 sqlite:///路径 或 postgresql://用户@主机:端口/库名。</source>
        <translation>Unrecognised database address: {url}. Use sqlite:///path or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="46" />
        <source>无法连接数据库 {url}：{reason}。请确认数据库服务已启动、地址和权限正确，然后重试。</source>
        <translation>Cannot connect to the database {url}: {reason}. Check that the server is running and the address and permissions are right, then try again.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="53" />
        <source>数据目录不可写：{path}。请检查权限，或用 --db 指定其他数据库位置。</source>
        <translation>The data folder is not writable: {path}. Check its permissions, or choose another database with --db.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="60" />
        <source>数据库文件已损坏或不是本程序的数据库：{path}。文件未被修改；请从备份恢复，或用 --db 指定其他文件。</source>
        <translation>The database file is damaged or not a console database: {path}. It was not changed; restore it from a backup or choose another file with --db.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="67" />
        <source>数据库由更新版本的程序创建（版本 {found}）。为避免数据损坏，未作任何修改；请升级本程序后再打开。</source>
        <translation>The database was written by a newer version of the console (revision {found}). Nothing was changed; upgrade the console to open it.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="74" />
        <source>用户名或密码错误，请重新输入。</source>
        <translation>Wrong user name or password. Please try again.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="79" />
        <source>连续输错密码次数过多，账号已锁定至 {until}。请稍后再试或联系管理员。</source>
        <translation>Too many wrong passwords: the account is locked until {until}. Try again later or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="84" />
        <source>当前角色（{role}）无权执行此操作：{action}。</source>
        <translation>Your role ({role}) may not do this: {action}.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="89" />
        <source>未找到{what}：{key}。</source>
        <translation>Not found ({what}): {key}.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="96" />
        <source>{what}已被他人修改，您的更改未保存。请重新加载后再编辑。</source>
        <translation>This {what} was changed by someone else; your change was not saved. Reload and edit again.</translation>
    </message>
    <message>
        <location filename="../../console/core/errors.py" line="101" />
        <source>输入有误：{detail}</source>
        <translation>Invalid input: {detail}</translation>
    </message>
    <message>
        <location filename="../../console/kiosk_app.py" line="33" />
        <source>没有第 {screen} 块显示器（本机共 {count} 块，序号从 0 开始）。</source>
        <translation>There is no screen {screen} (this machine has {count}, numbered from 0).</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../console/core/security.py" line="89" />
        <source>查看客户档案</source>
        <translation>view the customer portfolio</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="90" />
        <source>编辑客户</source>
        <translation>edit customers</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="91" />
        <source>导入客户</source>
        <translation>import customers</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="92" />
        <source>合并重复客户</source>
        <translation>merge duplicate customers</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="93" />
        <source>查看完整个人信息</source>
        <translation>see unmasked personal data</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="94" />
        <source>导出数据</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="95" />
        <source>查看业扩项目</source>
        <translation>view connection projects</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="96" />
        <source>编辑业扩项目</source>
        <translation>edit connection projects</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="97" />
        <source>查看库房</source>
        <translation>view the warehouse</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="98" />
        <source>库房作业</source>
        <translation>operate the warehouse</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="99" />
        <source>管理大厅屏内容</source>
        <translation>manage hall kiosk content</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="100" />
        <source>大厅屏播放</source>
        <translation>play on the hall kiosk</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="101" />
        <source>筹备客户服务日商会</source>
        <translation>prepare the service-day meeting</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="102" />
        <source>查看总览</source>
        <translation>view the dashboard</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="103" />
        <source>系统管理</source>
        <translation>administer the system</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="104" />
        <source>查看全部团队</source>
        <translation>see all teams</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../console/core/security.py" line="80" />
        <source>团队负责人</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="81" />
        <source>客户经理</source>
        <translation>Customer manager</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="82" />
        <source>营业厅人员</source>
        <translation>Hall staff</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="83" />
        <source>商会组织人</source>
        <translation>Meeting facilitator</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="84" />
        <source>中心管理员</source>
        <translation>Centre admin</translation>
    </message>
    <message>
        <location filename="../../console/core/security.py" line="85" />
        <source>大厅自助终端</source>
        <translation>Hall kiosk</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <location filename="../../console/screens/registry.py" line="82" />
        <source>客户档案</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../console/screens/registry.py" line="84" />
        <source>业扩项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../console/screens/registry.py" line="86" />
        <source>智慧库房</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../console/screens/registry.py" line="88" />
        <source>大厅屏内容</source>
        <translation>Kiosk content</translation>
    </message>
    <message>
        <location filename="../../console/screens/registry.py" line="90" />
        <source>商会与报表</source>
        <translation>Meetings &amp; reports</translation>
    </message>
    <message>
        <location filename="../../console/screens/registry.py" line="80" />
        <source>总览</source>
        <translation>Dashboard</translation>
    </message>
</context>
</TS>