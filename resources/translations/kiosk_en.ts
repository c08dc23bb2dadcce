<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ContentEditor</name>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="108" />
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="109" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="110" />
            <source>英文标题</source>
            <translation>English title</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="111" />
            <source>正文（每行一条）</source>
            <translation>Text (one point per line)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="112" />
            <source>英文正文</source>
            <translation>English text</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="113" />
            <source>图片</source>
            <translation>Picture</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="114" />
            <source>二维码内容</source>
            <translation>QR code content</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="115" />
            <source>播放时长（秒）</source>
            <translation>Duration (s)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="116" />
            <source>转场</source>
            <translation>Transition</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="117" />
            <source>适用屏幕</source>
            <translation>Screens</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="118" />
            <source>优先插播</source>
            <translation>Priority takeover</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="119" />
            <source>生效时间</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="120" />
            <source>失效时间</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="139" />
            <source>客户类型</source>
            <translation>Customer type</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="140" />
            <source>英文客户类型</source>
            <translation>Customer type (English)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="141" />
            <source>措施（每行一条）</source>
            <translation>Measures (one per line)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="142" />
            <source>英文措施</source>
            <translation>Measures (English)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="143" />
            <source>节能率</source>
            <translation>Energy saved</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="144" />
            <source>说明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="145" />
            <source>英文说明</source>
            <translation>Note (English)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="257" />
            <source>选择图片</source>
            <translation>Choose a picture</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="258" />
            <source>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</source>
            <translation>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="277" />
            <source>打断轮播（如停电通知）</source>
            <translation>Interrupt the loop</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="278" />
            <source>生效期间只播这一条，到失效时间后自动恢复轮播。</source>
            <translation>While effective only this item plays; the loop resumes by itself when it expires.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="279" />
            <source>到期下线</source>
            <translation>Take down at</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="280" />
            <source>选择…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="281" />
            <source>案例数据</source>
            <translation>Case figures</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="282" />
            <source>排期（分时段播放）</source>
            <translation>Schedule (dayparting)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="283" />
            <source>网址或文字，留空则不显示二维码</source>
            <translation>A web address or text; leave empty for no QR code</translation>
        </message>
    </context>
    <context>
        <name>ContentTab</name>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="130" />
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="132" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="134" />
            <source>待生效</source>
            <translation>Not yet effective</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="135" />
            <source>已发布·插播</source>
            <translation>Published · takeover</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="135" />
            <source>已发布</source>
            <translation>Published</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="144" />
            <source>失效时间：%1</source>
            <translation>Expires: %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="170" />
            <source>未保存的修改</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="170" />
            <source>放弃对当前内容的修改？</source>
            <translation>Discard the changes to this item?</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="210" />
            <source>正在保存…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="213" />
            <source>已保存。大厅屏约 1 分钟内更新。</source>
            <translation>Saved. Hall screens update within about a minute.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="257" />
            <source>删除内容</source>
            <translation>Delete item</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="257" />
            <source>删除“%1”？播放记录会保留。</source>
            <translation>Delete “%1”? Its proof-of-play records are kept.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="288" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="288" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="289" />
            <source>新建</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="289" />
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="289" />
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="290" />
            <source>发布</source>
            <translation>Publish</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="290" />
            <source>撤回</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="290" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="292" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/content_tab.py" line="293" />
            <source>撤销修改</source>
            <translation>Revert</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="269" />
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="86" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="270" />
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="87" />
            <source>清除</source>
            <translation>Clear</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="271" />
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="88" />
            <source>退格</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="12" />
            <source>申请受理</source>
            <translation>Application accepted</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="13" />
            <source>供电方案答复</source>
            <translation>Supply plan answered</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="14" />
            <source>工程实施</source>
            <translation>Works</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="15" />
            <source>装表接电</source>
            <translation>Meter fitted, power on</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="18" />
            <source>高压新装（单电源）</source>
            <translation>High-voltage connection (single source)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="19" />
            <source>高压新装（双电源）</source>
            <translation>High-voltage connection (dual source)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="20" />
            <source>低压非居民新装</source>
            <translation>Low-voltage non-residential connection</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="21" />
            <source>居民新装</source>
            <translation>Residential connection</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="22" />
            <source>充电设施报装</source>
            <translation>EV charger connection</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="65" />
            <source>yyyy年M月d日</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/slides.py" line="51" />
            <source>客户名称已部分隐去，详情请凭申请编号查询</source>
            <translation>Customer names are partly hidden; look up details with your application number</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/slides.py" line="64" />
            <source>欢迎光临 阳光服务</source>
            <translation>Welcome to Sunshine Service</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/slides.py" line="65" />
            <source>业扩进度可在本机查询，请点击“业扩进度查询”
供电服务热线 95598</source>
            <translation>Check your connection's progress here: tap “Progress lookup”
Power service hotline 95598</translation>
        </message>
    </context>
    <context>
        <name>KioskContent</name>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="34" />
            <source>通知公告</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="35" />
            <source>服务承诺</source>
            <translation>Service commitment</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="36" />
            <source>办事指南</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="37" />
            <source>综合能源案例</source>
            <translation>Integrated energy case</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="38" />
            <source>推广（光伏/充电/全电厨房）</source>
            <translation>Promotion (PV / EV charging / all-electric kitchen)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="39" />
            <source>图片海报</source>
            <translation>Picture poster</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="40" />
            <source>即将送电项目看板</source>
            <translation>Projects about to be powered on</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="41" />
            <source>二维码</source>
            <translation>QR code</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="43" />
            <source>淡入</source>
            <translation>Fade</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="43" />
            <source>滑入</source>
            <translation>Slide</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="44" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="45" />
            <source>横屏和竖屏</source>
            <translation>Landscape and portrait</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="46" />
            <source>仅横屏</source>
            <translation>Landscape only</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/editor.py" line="47" />
            <source>仅竖屏</source>
            <translation>Portrait only</translation>
        </message>
    </context>
    <context>
        <name>KioskContentScreen</name>
        <message>
            <location filename="../../console/screens/kiosk_content/screen.py" line="80" />
            <source>内容编排</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/screen.py" line="80" />
            <source>终端状态</source>
            <translation>Kiosks</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/screen.py" line="80" />
            <source>播放记录</source>
            <translation>Proof of play</translation>
        </message>
    </context>
    <context>
        <name>KioskDocuments</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="26" />
            <source>用电申请书</source>
            <translation>Application letter</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="27" />
            <source>产权证明或租赁合同</source>
            <translation>Property deed or lease</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="28" />
            <source>用电设备清单</source>
            <translation>Equipment list</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="29" />
            <source>营业执照</source>
            <translation>Business licence</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="30" />
            <source>经办人身份证明</source>
            <translation>ID of the person applying</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="31" />
            <source>用电地址平面图</source>
            <translation>Site plan</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="32" />
            <source>项目批复文件</source>
            <translation>Project approval</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="33" />
            <source>授权委托书</source>
            <translation>Power of attorney</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="34" />
            <source>设计单位资质证书</source>
            <translation>Designer's qualification</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="35" />
            <source>施工单位资质证书</source>
            <translation>Contractor's qualification</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="36" />
            <source>主要设备技术资料</source>
            <translation>Main equipment technical documents</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="37" />
            <source>竣工图纸</source>
            <translation>As-built drawings</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="38" />
            <source>设计变更文件</source>
            <translation>Design change documents</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="39" />
            <source>安装及试验记录</source>
            <translation>Installation and test records</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="40" />
            <source>继电保护整定报告</source>
            <translation>Protection setting report</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="41" />
            <source>安全工器具试验报告</source>
            <translation>Safety tool test reports</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="42" />
            <source>设备出厂合格证</source>
            <translation>Factory certificates</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="43" />
            <source>隐蔽工程记录</source>
            <translation>Concealed works records</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="44" />
            <source>运行管理制度</source>
            <translation>Operating rules</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="45" />
            <source>值班人员名单及证书</source>
            <translation>Duty staff list and certificates</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/labels.py" line="46" />
            <source>计量装置检测报告</source>
            <translation>Metering test report</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="172" />
            <source>离线</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="175" />
            <source>M月d日 HH:mm</source>
            <translation>d MMM HH:mm</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="177" />
            <source>离线播放 · 内容更新于 %1</source>
            <translation>Offline · content from %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="305" />
            <source>English</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="306" />
            <source>业扩进度查询</source>
            <translation>Progress lookup</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="307" />
            <source>供电服务热线 95598</source>
            <translation>Hotline 95598</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/window.py" line="313" />
            <source>M月d日 dddd HH:mm</source>
            <translation>ddd d MMM HH:mm</translation>
        </message>
    </context>
    <context>
        <name>KiosksTab</name>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="98" />
            <source>在线</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="98" />
            <source>离线</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="99" />
            <source>竖屏</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="99" />
            <source>横屏</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="126" />
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="130" />
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="134" />
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="138" />
            <source>管理员 PIN</source>
            <translation>Admin PIN</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="126" />
            <source>新的 PIN（4–8 位数字）：</source>
            <translation>New PIN (4–8 digits):</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="130" />
            <source>再输入一次：</source>
            <translation>Once more:</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="134" />
            <source>两次输入不一致，PIN 未更改。</source>
            <translation>The two entries differ; the PIN was not changed.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="139" />
            <source>PIN 已更新，各终端约 1 分钟内生效。</source>
            <translation>PIN changed; kiosks use it within about a minute.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="148" />
            <source>终端</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="148" />
            <source>位置</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="148" />
            <source>方向</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="148" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="149" />
            <source>最后心跳</source>
            <translation>Last heartbeat</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="149" />
            <source>正在播放</source>
            <translation>Showing</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="149" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="150" />
            <source>终端每 %1 秒报一次心跳；连续 3 次未报即显示为离线。</source>
            <translation>Kiosks report every %1 s; three missed reports show a kiosk as offline.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="151" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="152" />
            <source>登记终端…</source>
            <translation>Register kiosk…</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="153" />
            <source>设置管理员 PIN…</source>
            <translation>Set admin PIN…</translation>
        </message>
    </context>
    <context>
        <name>LookupPanel</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="215" />
            <source>正在查询，请稍候…</source>
            <translation>Looking it up, one moment…</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="263" />
            <source>业扩进度查询</source>
            <translation>Progress lookup</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="264" />
            <source>English</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="265" />
            <source>返回首页</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="266" />
            <source>修改申请编号</source>
            <translation>Change the number</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="267" />
            <source>完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="272" />
            <source>申请编号</source>
            <translation>Application number</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="273" />
            <source>查询码</source>
            <translation>Check code</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="280" />
            <source>申请编号 %1</source>
            <translation>Application %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="282" />
            <source>第 2 步，共 2 步</source>
            <translation>Step 2 of 2</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="283" />
            <source>请输入查询码：办电时预留联系电话的后 4 位</source>
            <translation>Enter the check code: the last 4 digits of the contact phone on your application</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="284" />
            <source>查询码只显示为圆点，旁人看不到。</source>
            <translation>The code shows as dots; nobody beside you can read it.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="286" />
            <source>第 1 步，共 2 步</source>
            <translation>Step 1 of 2</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="287" />
            <source>请输入申请编号</source>
            <translation>Enter your application number</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="288" />
            <source>申请编号印在受理回执上，也可在“网上国网”App 中查看。</source>
            <translation>It is printed on your acceptance receipt and shown in the State Grid app.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="295" />
            <source>申请编号或查询码不正确，请核对后重新输入。</source>
            <translation>The application number or check code is not right. Please check and try again.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="298" />
            <source>查询次数过多，请 %1 分钟后再试，或到窗口咨询。</source>
            <translation>Too many tries. Please try again in %1 min, or ask at a counter.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="300" />
            <source>查询服务暂时不可用，请稍后再试或到窗口咨询。</source>
            <translation>Lookup is not available right now. Please try later or ask at a counter.</translation>
        </message>
    </context>
    <context>
        <name>PinPanel</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="82" />
            <source>退出自助终端</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="83" />
            <source>仅限工作人员：请输入管理员 PIN。</source>
            <translation>Staff only: enter the admin PIN.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="84" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="85" />
            <source>管理员 PIN</source>
            <translation>Admin PIN</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="96" />
            <source>PIN 不正确。</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/pin_panel.py" line="98" />
            <source>错误次数过多，请 %1 分钟后再试。</source>
            <translation>Too many wrong PINs. Try again in %1 min.</translation>
        </message>
    </context>
    <context>
        <name>PlaysTab</name>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="59" />
            <source>播放时间</source>
            <translation>Shown at</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="59" />
            <source>终端</source>
            <translation>Kiosk</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="60" />
            <source>内容编号</source>
            <translation>Content no.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="60" />
            <source>标题</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="61" />
            <source>时长（秒）</source>
            <translation>Seconds</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="92" />
            <source>（已删除）</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="95" />
            <source>共 %1 条</source>
            <translation>%1 records</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="97" />
            <source>显示最近 %1 条；导出包含全部记录。</source>
            <translation>Showing the latest %1; the export has them all.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="101" />
            <source>导出播放记录</source>
            <translation>Export proof of play</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="102" />
            <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="111" />
            <source>正在导出播放记录…</source>
            <translation>Exporting proof of play…</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="116" />
            <source>已导出 %1 条到 %2</source>
            <translation>Exported %1 records to %2</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="124" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="125" />
            <source>全部终端</source>
            <translation>All kiosks</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="126" />
            <source>查询</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/plays_tab.py" line="127" />
            <source>导出…</source>
            <translation>Export…</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="100" />
            <source>此时此屏没有可播放的内容（未生效、已过期、不在排期时段或不适用此方向）。</source>
            <translation>Nothing plays on this screen now (not yet effective, expired, outside its schedule or not for this orientation).</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="101" />
            <source>请先在左侧选择或新建一条内容。</source>
            <translation>Choose or create an item on the left first.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="120" />
            <source>优先插播中：%1</source>
            <translation>Takeover: %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="122" />
            <source>第 %1 / %2 张：%3</source>
            <translation>Slide %1 of %2: %3</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="127" />
            <source>本条此刻不播放（有效期、排期或屏幕方向之外）。</source>
            <translation>This item does not play now (outside its dates, schedule or orientation).</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="161" />
            <source>横屏 1920×1080</source>
            <translation>Landscape 1920×1080</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="161" />
            <source>竖屏 1080×1920</source>
            <translation>Portrait 1080×1920</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="162" />
            <source>预览本条</source>
            <translation>Preview this item</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="162" />
            <source>预览大厅播放列表（含本条）</source>
            <translation>Preview the hall playlist (with this item)</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="163" />
            <source>中文内容</source>
            <translation>Chinese content</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="163" />
            <source>英文内容</source>
            <translation>English content</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/preview.py" line="167" />
            <source>下一张</source>
            <translation>Next slide</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="37" />
            <source>登记大厅终端</source>
            <translation>Register a hall kiosk</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="41" />
            <source>横屏</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="42" />
            <source>竖屏</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="44" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="45" />
            <source>位置</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/kiosks_tab.py" line="46" />
            <source>方向</source>
            <translation>Orientation</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="81" />
            <source>申请编号 %1</source>
            <translation>Application %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="86" />
            <source>已装表接电，感谢您的耐心等待。</source>
            <translation>Your meter is fitted and the power is on. Thank you for your patience.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="88" />
            <source>当前环节：%1</source>
            <translation>Now: %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="90" />
            <source>下一环节：%1</source>
            <translation>Next: %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="97" />
            <source>已完成 %1</source>
            <translation>Done %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="97" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="99" />
            <source>预计 %1</source>
            <translation>Expected %1</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="100" />
            <source>办理中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="104" />
            <source>请尽快补交：</source>
            <translation>Please bring soon: </translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="104" />
            <source>下一步请准备：</source>
            <translation>Prepare for the next step: </translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="105" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_mode/lookup_panel.py" line="111" />
            <source>目前无需补交资料。</source>
            <translation>Nothing to bring at the moment.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleEditor</name>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="26" />
            <source>一</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="26" />
            <source>二</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="27" />
            <source>三</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="27" />
            <source>四</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="28" />
            <source>五</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="28" />
            <source>六</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="29" />
            <source>日</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="188" />
            <source>添加排期</source>
            <translation>Add a daypart</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="189" />
            <source>未设排期：生效期内全天播放。</source>
            <translation>No schedule: plays all day while effective.</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="190" />
            <source>只在以下任一时段播放（大厅当地时间）。</source>
            <translation>Plays only in any of these dayparts (hall local time).</translation>
        </message>
    </context>
    <context>
        <name>ScheduleRow</name>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="121" />
            <source>从</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="122" />
            <source>至</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="123" />
            <source>星期</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="126" />
            <source>时段</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="127" />
            <source>删除此排期</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../console/screens/kiosk_content/schedule_editor.py" line="128" />
            <source>结束时间早于开始时间表示跨午夜</source>
            <translation>An end before the start runs past midnight</translation>
        </message>
    </context>
    <context>
        <name>entities</name>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="28" />
            <source>大厅屏内容</source>
            <translation>kiosk item</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../console/kiosk_app.py" line="33" />
            <source>没有第 {screen} 块显示器（本机共 {count} 块，序号从 0 开始）。</source>
            <translation>There is no screen {screen} (this machine has {count}, numbered from 0).</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_pin.py" line="41" />
            <source>管理员 PIN 须为 4 至 8 位数字</source>
            <translation>the admin PIN must be 4 to 8 digits</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="54" />
            <source>未知的内容类型</source>
            <translation>unknown content type</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="56" />
            <source>标题不能为空</source>
            <translation>the title is empty</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="58" />
            <source>标题过长（中文最多 100 字，英文最多 150 字符）</source>
            <translation>the title is too long (100 characters in Chinese, 150 in English)</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="60" />
            <source>播放时长须在 3 至 600 秒之间</source>
            <translation>the duration must be 3 to 600 seconds</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="62" />
            <source>未知的转场或屏幕方向</source>
            <translation>unknown transition or orientation</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="64" />
            <source>失效时间须晚于生效时间</source>
            <translation>it must expire after it becomes effective</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="66" />
            <source>二维码内容不能为空</source>
            <translation>the QR code content is empty</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="68" />
            <source>图片类内容须选择图片文件</source>
            <translation>a picture item needs a picture file</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="71" />
            <source>排期至少要选一个星期几</source>
            <translation>a daypart needs at least one weekday</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="73" />
            <source>排期的结束日期早于开始日期</source>
            <translation>a daypart ends before it starts</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_manage.py" line="75" />
            <source>案例数据格式有误</source>
            <translation>the case figures are malformed</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_monitor.py" line="72" />
            <source>终端名称须为 1 至 40 个字符，方向为横屏或竖屏</source>
            <translation>a kiosk name is 1 to 40 characters and the orientation landscape or portrait</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_monitor.py" line="81" />
            <source>已有同名终端</source>
            <translation>a kiosk with that name exists</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_role.py" line="30" />
            <source>角色名只能用小写字母、数字和下划线，且不以数字开头</source>
            <translation>a role name is lower-case letters, digits and underscores, not starting with a digit</translation>
        </message>
        <message>
            <location filename="../../console/core/services/kiosk_role.py" line="63" />
            <source>数据库角色只用于 PostgreSQL；SQLite 文件不应放在大厅终端以外的共享位置</source>
            <translation>database roles exist on PostgreSQL only; a SQLite file must not sit on a share outside the kiosk</translation>
        </message>
    </context>
</TS>