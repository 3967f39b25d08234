<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreementsTab</name>
    <message>
        <source>The contract with each camera vendor that processes faces for the store: what it may do, for how long, and where the faces are processed. A camera recognises faces only while its vendor&apos;s agreement is valid and names the place its plugin declares (PIPL Art. 21).</source>
        <translation>与每个为本店处理人脸信息的摄像头厂商订立的委托处理合同：可以做什么、期限多长、在何处处理人脸。仅当厂商的合同有效且载明的处理地点与其插件声明一致时，摄像头才能识别人脸（《个人信息保护法》第二十一条）。</translation>
    </message>
    <message>
        <source>&amp;Record agreement…</source>
        <translation>记录合同(&amp;R)…</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Faces processed</source>
        <translation>人脸处理地点</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Lacks: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Record vendor agreement</source>
        <translation>记录厂商合同</translation>
    </message>
    <message>
        <source>Enter the agreement as the signed contract says; a field the contract leaves open may stay empty, and the console then names what it lacks. To record a new version, select the vendor&apos;s agreement first.</source>
        <translation>按已签合同的内容填写；合同未约定的项目可以留空，控制台会指出所缺内容。要记录新版本，请先选中该厂商的合同。</translation>
    </message>
    <message>
        <source>Vendor id (as its plugin declares):</source>
        <translation>厂商标识（与其插件声明一致）：</translation>
    </message>
    <message>
        <source>Contract number or title:</source>
        <translation>合同编号或名称：</translation>
    </message>
    <message>
        <source>Purpose of the processing:</source>
        <translation>委托处理的目的：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>Categories of personal information:</source>
        <translation>个人信息种类：</translation>
    </message>
    <message>
        <source>Protection measures:</source>
        <translation>保护措施：</translation>
    </message>
    <message>
        <source>At the end, the data is:</source>
        <translation>合同终止时数据：</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未约定</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>返还</translation>
    </message>
    <message>
        <source>Sub-processors (&quot;none&quot; if none):</source>
        <translation>转委托方（没有则填“none”）：</translation>
    </message>
    <message>
        <source>Where faces are processed:</source>
        <translation>人脸处理地点：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Signed contract:</source>
        <translation>已签合同：</translation>
    </message>
    <message>
        <source>optional: the scanned contract</source>
        <translation>可选：合同扫描件</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>已加载 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the log</source>
        <translation>
            <numerusform>日志共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by &amp;action:</source>
        <translation>按操作筛选(&amp;A)：</translation>
    </message>
    <message>
        <source>beginning of an action, e.g. consent.</source>
        <translation>操作名称的开头，例如 consent.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>Row hash: %1</source>
        <translation>行哈希：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>audit row number</comment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>Updated at %1.</source>
        <translation>更新于 %1。</translation>
    </message>
    <message>
        <source>Vendor erasures (%1)</source>
        <comment>tab title; %1 is the number owed</comment>
        <translation>厂商删除（%1）</translation>
    </message>
    <message>
        <source>No vendor erasure is owed: every vendor confirmed each erasure with a receipt.</source>
        <translation>没有待厂商完成的删除：每项删除均已由厂商以回执确认。</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s) owed by the vendors</source>
        <translation>
            <numerusform>厂商尚有 %n 项删除待完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue (a failed attempt, or waiting more than an hour)</source>
        <translation>
            <numerusform>%n 项已逾期（曾尝试失败，或等待超过一小时）</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is retried automatically with back-off; nothing counts as erased without the vendor&apos;s receipt.</source>
        <translation>每项删除都会按退避间隔自动重试；未收到厂商回执的，一律不视为已删除。</translation>
    </message>
    <message>
        <source>Visitors counted in the last 24 hours: %1. Counts only: no face data.</source>
        <translation>过去 24 小时客流人数：%1。仅计数，不含人脸信息。</translation>
    </message>
    <message>
        <source>Asking the vendor to change the camera&apos;s mode…</source>
        <translation>正在请求厂商更改摄像头模式…</translation>
    </message>
    <message>
        <source>Change camera mode</source>
        <translation>更改摄像头模式</translation>
    </message>
    <message>
        <source>Enrolling consented customers at the vendors…</source>
        <translation>正在向厂商录入已同意的顾客…</translation>
    </message>
    <message>
        <source>Enroll consented customers</source>
        <translation>录入已同意的顾客</translation>
    </message>
    <message>
        <source>Every customer with a valid separate consent is already enrolled.</source>
        <translation>所有持有效单独同意的顾客均已录入。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) enrolled.</source>
        <translation>
            <numerusform>已录入 %n 位顾客。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the vendors to erase and checking their receipts…</source>
        <translation>正在请求厂商删除并核对回执…</translation>
    </message>
    <message>
        <source>Vendor erasures</source>
        <translation>厂商删除</translation>
    </message>
    <message>
        <source>%1 of %2 erasure(s) confirmed with a receipt; %3 still owed.</source>
        <translation>%2 项删除中已有 %1 项经回执确认；仍有 %3 项待完成。</translation>
    </message>
    <message>
        <source>Reading visitor counts from the vendors…</source>
        <translation>正在从厂商读取客流人数…</translation>
    </message>
    <message>
        <source>Visitor counts could not be read: %1</source>
        <translation>无法读取客流人数：%1</translation>
    </message>
    <message>
        <source>You can look but not change: camera modes, signs, enrolment and erasures are managed by the privacy officer.</source>
        <translation>您只能查看，不能更改：摄像头模式、告示标识、录入和删除均由个人信息保护负责人管理。</translation>
    </message>
    <message>
        <source>&amp;Cameras and signs</source>
        <translation>摄像头与告示标识(&amp;C)</translation>
    </message>
    <message>
        <source>V&amp;isitors</source>
        <translation>客流(&amp;I)</translation>
    </message>
    <message>
        <source>Ve&amp;ndors</source>
        <translation>厂商(&amp;N)</translation>
    </message>
    <message>
        <source>Change &amp;mode…</source>
        <translation>更改模式(&amp;M)…</translation>
    </message>
    <message>
        <source>Only a privacy officer can change camera modes.</source>
        <translation>仅个人信息保护负责人可更改摄像头模式。</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the vendors again now, without waiting for the back-off.</source>
        <translation>不等待退避间隔，立即再次请求厂商。</translation>
    </message>
    <message>
        <source>Only a privacy officer can retry erasures.</source>
        <translation>仅个人信息保护负责人可重试删除。</translation>
    </message>
    <message>
        <source>Retiring the sign and telling the vendors…</source>
        <translation>正在停用告示标识并通知厂商…</translation>
    </message>
    <message>
        <source>Retire sign</source>
        <translation>停用告示标识</translation>
    </message>
    <message>
        <source>What each camera may do. A camera may be on, even only counting, only where a sign is posted, and recognise only customers who gave separate consent.</source>
        <translation>各摄像头允许执行的功能。摄像头仅可在已张贴告示标识的区域开启（即使仅计数），且仅识别已作出单独同意的顾客。</translation>
    </message>
</context>
<context>
    <name>ChangePassphrase</name>
    <message>
        <source>The console is locked.</source>
        <translation>控制台已锁定。</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Impact assessments</source>
        <translation>影响评估</translation>
    </message>
    <message>
        <source>Vendor agreements</source>
        <translation>厂商合同</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>安全事件</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <source>v%1</source>
        <comment>notice version number</comment>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Separate consent given for sensitive data</source>
        <translation>已就敏感个人信息作出单独同意</translation>
    </message>
    <message>
        <source>A guardian consented for a child under 14</source>
        <translation>由监护人代未满十四周岁的儿童作出同意</translation>
    </message>
    <message>
        <source>The notice or purpose changed: ask for consent again</source>
        <translation>告知书或处理目的已变更：需重新取得同意</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>column: consent record number</comment>
        <translation>同意编号</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <comment>column: subject pseudonym</comment>
        <translation>顾客编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>column: notice version</comment>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Method</source>
        <comment>column: how consent was given</comment>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Separate</source>
        <comment>column: separate consent for face data</comment>
        <translation>单独同意</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>column: consent needs renewal</comment>
        <translation>需重新同意</translation>
    </message>
    <message>
        <source>Granted</source>
        <comment>column: time consent was given</comment>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <source>All purposes</source>
        <translation>全部处理目的</translation>
    </message>
    <message>
        <source>No consents match.</source>
        <translation>没有符合条件的同意记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) loaded, all shown.</source>
        <translation>
            <numerusform>已加载 %n 条同意记录，已全部显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) loaded; scroll down for more.</source>
        <translation>
            <numerusform>已加载 %n 条同意记录；向下滚动可查看更多。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Register consent…</source>
        <translation>登记同意(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a customer&apos;s consent (Ctrl+N)</source>
        <translation>登记顾客的同意（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Record that the customer withdraws the selected consent</source>
        <translation>记录顾客撤回所选同意</translation>
    </message>
    <message>
        <source>Customer &amp;details…</source>
        <translation>顾客详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Show the customer&apos;s full record (the view is logged)</source>
        <translation>显示顾客的完整记录（查看操作将记入审计日志）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>重新加载列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer ID, exact phone number, or start of the name</source>
        <translation>顾客编号、完整电话号码或姓名开头</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Needs renewal only</source>
        <translation>仅显示需重新取得同意的记录</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Creating the demo store with made-up customers…</source>
        <translation>正在创建含虚构顾客的演示门店…</translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>The demo store could not be created: %1</source>
        <translation>无法创建演示门店：%1</translation>
    </message>
    <message>
        <source>Demo store. Accounts (user / passphrase): %1</source>
        <translation>演示门店。账户（用户 / 口令）：%1</translation>
    </message>
    <message>
        <source>ConsentDesk: consent records for camera analytics (PIPL).</source>
        <translation>ConsentDesk：摄像头分析同意记录（《个人信息保护法》）。</translation>
    </message>
    <message>
        <source>The store database (default: %1).</source>
        <translation>门店数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open the demo store with made-up data (created if missing).</source>
        <translation>打开含虚构数据的演示门店（如不存在则自动创建）。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>consentdesk: unknown language &quot;%1&quot; (use zh_CN or en)</source>
        <translation>consentdesk：未知语言“%1”（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>Setting up the demo cameras…</source>
        <translation>正在设置演示摄像头…</translation>
    </message>
    <message>
        <source>The demo cameras could not be set up: %1</source>
        <translation>无法设置演示摄像头：%1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Withdrawal</source>
        <comment>deletion reason</comment>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Expiry</source>
        <comment>deletion reason</comment>
        <translation>到期</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>deletion reason</comment>
        <translation>个人请求</translation>
    </message>
    <message>
        <source>Retention</source>
        <comment>deletion reason</comment>
        <translation>保存期限届满</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>deletion reason</comment>
        <translation>手动</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date format of a month on a chart (Qt)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of a day on a chart (Qt)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Consents given, by purpose</source>
        <translation>新增同意（按目的）</translation>
    </message>
    <message>
        <source>Consents by purpose and status now</source>
        <translation>各目的同意的当前状态</translation>
    </message>
    <message>
        <source>Withdrawals, by purpose</source>
        <translation>撤回同意（按目的）</translation>
    </message>
    <message>
        <source>Requests by type</source>
        <translation>个人请求（按类型）</translation>
    </message>
    <message>
        <source>Open requests by working days left</source>
        <translation>未结请求的剩余工作日</translation>
    </message>
    <message>
        <source>Deletion-log entries per day, by reason</source>
        <translation>每日删除日志条目（按原因）</translation>
    </message>
    <message>
        <source>Anonymous visitors per zone</source>
        <translation>各区域匿名客流</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Loading the figures…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>The last 12 months; figures as of %1.</source>
        <translation>最近 12 个月；数据截至 %1。</translation>
    </message>
    <message>
        <source>Face data held by vendors: %1 people of the filing threshold of %2.</source>
        <translation>厂商持有人脸数据的人数：%1 人（备案门槛 %2 人）。</translation>
    </message>
    <message>
        <source>No request was answered in the period.</source>
        <translation>本期间内没有已答复的请求。</translation>
    </message>
    <message>
        <source>Requests answered on time: %1 % (%2 of %3).</source>
        <translation>按时答复的请求：%1%（%3 件中 %2 件）。</translation>
    </message>
    <message>
        <source>%1: %2 due now, %3 more this week</source>
        <translation>%1：现已到期 %2 项，本周内另有 %3 项到期</translation>
    </message>
    <message>
        <source>Retention: nothing falls due this week.</source>
        <translation>保存期限：本周没有到期的数据。</translation>
    </message>
    <message>
        <source>Retention — %1.</source>
        <translation>保存期限——%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>list separator</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Ledgers: never verified. Verify them on the Audit log page.</source>
        <translation>日志链：从未校验。请在“审计日志”页面进行校验。</translation>
    </message>
    <message>
        <source>Ledgers intact at the last verification (%1 by %2); %3 entries written since.</source>
        <translation>上次校验时日志链完整（%1，由 %2 校验）；此后新写入 %3 条。</translation>
    </message>
    <message>
        <source>Ledgers BROKEN at the last verification (%1 by %2); see the Audit log page. %3 entries written since.</source>
        <translation>上次校验发现日志链已损坏（%1，由 %2 校验）；请查看“审计日志”页面。此后新写入 %3 条。</translation>
    </message>
    <message>
        <source>Open compliance items (%1)</source>
        <translation>待处理的合规事项（%1）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the figures again (%1)</source>
        <translation>重新加载数据（%1）</translation>
    </message>
    <message>
        <source>Open compliance items</source>
        <translation>待处理的合规事项</translation>
    </message>
</context>
<context>
    <name>DeletionLogModel</name>
    <message>
        <source>Data-subject request</source>
        <translation>个人信息主体请求</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>同意到期</translation>
    </message>
    <message>
        <source>Retention rule</source>
        <translation>保存期限规则</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>人工操作</translation>
    </message>
    <message>
        <source>Customer&apos;s personal fields</source>
        <translation>顾客个人信息字段</translation>
    </message>
    <message>
        <source>Face data at the vendor</source>
        <translation>供应商处的人脸数据</translation>
    </message>
    <message>
        <source>Closed requests&apos; details</source>
        <translation>已关闭请求的详情</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Why: %1 %2</source>
        <translation>原因：%1 %2</translation>
    </message>
    <message>
        <source>What: %1 (%2)</source>
        <translation>内容：%1（%2）</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>顾客：%1</translation>
    </message>
    <message>
        <source>several (see the records)</source>
        <translation>多位（见记录）</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>执行者：%1</translation>
    </message>
    <message>
        <source>a console job</source>
        <translation>控制台任务</translation>
    </message>
    <message>
        <source>Vendor receipt: %1</source>
        <translation>供应商回执：%1</translation>
    </message>
    <message>
        <source>Digest of what was erased: %1</source>
        <translation>已删除内容的摘要：%1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>(job)</source>
        <translation>（任务）</translation>
    </message>
    <message>
        <source>(local, no receipt)</source>
        <translation>（本地，无回执）</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>deletion-log row number</comment>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Vendor receipt</source>
        <translation>供应商回执</translation>
    </message>
    <message>
        <source>Customer or records</source>
        <translation>顾客或记录</translation>
    </message>
</context>
<context>
    <name>DeletionLogPage</name>
    <message>
        <source>Deletion log</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>所有位置</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) shown</source>
        <translation>
            <numerusform>显示 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>已加载 %n 条记录，滚动可加载更多</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>选择一条记录以查看全部内容。</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>所有原因</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>位置(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>日期从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DemoCameras</name>
    <message>
        <source>The simulated camera vendor did not start.</source>
        <translation>模拟摄像头厂商未能启动。</translation>
    </message>
</context>
<context>
    <name>DeviceModeDialog</name>
    <message>
        <source>Change camera mode</source>
        <translation>更改摄像头模式</translation>
    </message>
    <message>
        <source>Camera &lt;b&gt;%1&lt;/b&gt; (%2) in zone &lt;b&gt;%3&lt;/b&gt;. Now: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>区域 &lt;b&gt;%3&lt;/b&gt; 的摄像头 &lt;b&gt;%1&lt;/b&gt;（%2）。当前模式：&lt;b&gt;%4&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The camera collects nothing for analytics.</source>
        <translation>摄像头不为分析采集任何数据。</translation>
    </message>
    <message>
        <source>Recognises only customers enrolled with separate consent to face recognition; everyone else is only counted. Needs a posted sign in the zone.</source>
        <translation>仅识别已就人脸识别作出单独同意并已录入的顾客；其他人仅计数。该区域须已张贴告示标识。</translation>
    </message>
    <message>
        <source>&amp;Reason for the change (goes into the audit log):</source>
        <translation>更改原因（将记入审计日志）(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. sign posted at the entrance on 1 June; purpose approved in the PIIA</source>
        <translation>例如：6 月 1 日已在入口张贴告示标识；处理目的已通过个人信息保护影响评估</translation>
    </message>
    <message>
        <source>&amp;Change mode</source>
        <translation>更改模式(&amp;C)</translation>
    </message>
    <message>
        <source>Not offered: this camera&apos;s vendor declares that it cannot identify anyone (it only counts people).</source>
        <translation>不提供：该摄像头的厂商声明其无法识别任何人（仅统计人数）。</translation>
    </message>
    <message>
        <source>Counts visitors per zone and hour. No face image or face template is kept. Needs a posted sign in the zone: counting still captures people (PIPL Art. 26).</source>
        <translation>按区域和小时统计客流人数。不保存任何人脸图像或人脸特征模板。区域须张贴告示标识：计数同样会拍摄到人员（《个人信息保护法》第二十六条）。</translation>
    </message>
    <message>
        <source>This zone has no current sign record. Counting and face recognition will be refused until the posted sign is recorded with a photo (tab Cameras and signs).</source>
        <translation>此区域没有现行告示标识记录。在记录已张贴的告示标识并附照片之前（“摄像头与告示标识”标签页），计数和人脸识别都将被拒绝。</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>Off</source>
        <comment>camera mode</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Count only</source>
        <comment>camera mode: counts visitors, keeps no face data</comment>
        <translation>仅计数</translation>
    </message>
    <message>
        <source>Identify consented</source>
        <comment>camera mode: recognises only customers who gave separate consent</comment>
        <translation>仅识别已同意者</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Zone</source>
        <comment>camera zone</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Mode</source>
        <comment>camera mode</comment>
        <translation>模式</translation>
    </message>
    <message>
        <source>Mode changed</source>
        <translation>模式更改时间</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>更改原因</translation>
    </message>
</context>
<context>
    <name>ExportEvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>the last day of the period</comment>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Include &amp;full records (names and phone numbers)</source>
        <translation>包含完整记录（姓名和电话号码）(&amp;F)</translation>
    </message>
    <message>
        <source>The package will hold customers&apos; names and phone numbers in full. Give it only to someone entitled to them, and keep it as you keep the database.</source>
        <translation>证据包将包含顾客的完整姓名和电话号码。请仅交给有权获取的人，并像保管数据库一样妥善保管。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>尚未开始。</translation>
    </message>
    <message>
        <source>Save the evidence package</source>
        <translation>保存证据包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a last day on or after the first.</source>
        <translation>期间的结束早于开始：请选择不早于起始日期的截止日期。</translation>
    </message>
    <message>
        <source>The period cannot end after today.</source>
        <translation>期间不能晚于今天结束。</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>请选择证据包的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>The package was saved as %1 (%2 files, %3).
To verify it: consentdesk-cli verify-evidence &quot;%1&quot;; or, without this program, unzip it and run sha256sum -c SHA256SUMS and openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig.</source>
        <translation>证据包已保存为 %1（%2 个文件，%3）。
核验方法：consentdesk-cli verify-evidence &quot;%1&quot;；或不借助本程序，解压后运行 sha256sum -c SHA256SUMS 和 openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>已取消：未保存任何文件。</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>FaceConsentStep</name>
    <message>
        <source>Separate consent for face data</source>
        <translation>人脸信息单独同意</translation>
    </message>
    <message>
        <source>Face data is sensitive personal information</source>
        <translation>人脸信息属于敏感个人信息</translation>
    </message>
    <message>
        <source>What is collected:</source>
        <translation>收集的信息：</translation>
    </message>
    <message>
        <source>pictures of the customer&apos;s face taken by the store&apos;s cameras, and a face template: numbers computed from those pictures that let the cameras recognise the customer on a later visit.</source>
        <translation>门店摄像头拍摄的顾客面部图像，以及人脸特征模板：根据这些图像计算出的数值，可使摄像头在顾客再次到店时识别该顾客。</translation>
    </message>
    <message>
        <source>Why, and for how long:</source>
        <translation>处理目的和保存期限：</translation>
    </message>
    <message numerus="yes">
        <source>kept for %n day(s), then deleted</source>
        <translation>
            <numerusform>保存 %n 天，之后删除</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer&apos;s choice:</source>
        <translation>顾客的选择：</translation>
    </message>
    <message>
        <source>Without this consent, &quot;%1&quot; will not be registered. The other purposes are not affected.</source>
        <translation>如顾客不作出此项同意，将不登记“%1”。其他处理目的不受影响。</translation>
    </message>
    <message>
        <source>The customer separately consents to the processing of their face data</source>
        <translation>顾客单独同意处理其人脸信息</translation>
    </message>
    <message>
        <source>Separate consent for sensitive data</source>
        <translation>敏感个人信息单独同意</translation>
    </message>
    <message>
        <source>This is sensitive personal information</source>
        <translation>此项属于敏感个人信息</translation>
    </message>
    <message>
        <source>this consent is separate from the other purposes. Saying no changes nothing else. It can be withdrawn at any time, just as easily: at the counter, by phone or online, and the data is then deleted.</source>
        <translation>此项同意独立于其他处理目的，拒绝不影响其他任何选择。顾客可随时以同样便捷的方式撤回：在柜台、通过电话或线上均可，撤回后相关数据将被删除。</translation>
    </message>
    <message>
        <source>The customer separately consents to the processing of this sensitive data</source>
        <translation>顾客单独同意处理此项敏感个人信息</translation>
    </message>
</context>
<context>
    <name>FilingCounterWidget</name>
    <message>
        <source>Only a privacy officer can change the threshold.</source>
        <translation>仅个人信息保护负责人可更改备案门槛。</translation>
    </message>
    <message>
        <source>The count could not be read: %1</source>
        <translation>无法读取人数：%1</translation>
    </message>
    <message>
        <source>At or above %1 people: the facial-recognition measures require filing with the authority within 30 working days.</source>
        <translation>达到 %1 人时：根据《人脸识别技术应用安全管理办法》，须在 30 个工作日内向网信部门备案。</translation>
    </message>
    <message>
        <source>Over 90 % of the filing threshold. At %1 people the facial-recognition measures require filing with the authority within 30 working days; prepare the filing now.</source>
        <translation>已超过备案门槛的 90%。根据《人脸识别技术应用安全管理办法》，达到 %1 人时须在 30 个工作日内向网信部门备案；请立即着手准备备案材料。</translation>
    </message>
    <message>
        <source>Filing threshold</source>
        <translation>备案门槛</translation>
    </message>
    <message>
        <source>Number of people (de-duplicated) whose face data, once held, requires filing with the authority. The facial-recognition measures set it at 100,000.</source>
        <translation>持有其人脸信息即须向网信部门备案的人数（去重计算）。《人脸识别技术应用安全管理办法》规定为 10 万人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face data held&lt;/b&gt; (facial-recognition measures, filing duty)</source>
        <translation>&lt;b&gt;持有的人脸信息&lt;/b&gt;（《人脸识别技术应用安全管理办法》，备案义务）</translation>
    </message>
    <message>
        <source>Change &amp;threshold…</source>
        <translation>更改门槛(&amp;T)…</translation>
    </message>
    <message>
        <source>people (each counted once) whose face data a camera vendor holds: enrolled, or erasure not yet confirmed. Filing threshold: %1 (%2 % reached).</source>
        <translation>人（去重计数）的人脸信息由摄像头厂商持有：已录入，或删除尚未确认。备案门槛：%1（已达 %2%）。</translation>
    </message>
</context>
<context>
    <name>FilingTab</name>
    <message>
        <source>&amp;Record filing…</source>
        <translation>记录备案(&amp;R)…</translation>
    </message>
    <message>
        <source>Threshold reached on</source>
        <translation>达到门槛日期</translation>
    </message>
    <message>
        <source>People then</source>
        <translation>当时人数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>File by</source>
        <translation>备案截止</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>The filing is recorded.</source>
        <translation>备案已记录。</translation>
    </message>
    <message>
        <source>Once the store holds face data about %1 people (each counted once), the day is recorded here and the filing is due within 30 working days.</source>
        <translation>一旦本店持有 %1 人（去重计数）的人脸信息，达到日期将记录于此，须在 30 个工作日内备案。</translation>
    </message>
    <message>
        <source>Record the filing</source>
        <translation>记录备案</translation>
    </message>
    <message>
        <source>Record the filing made with the authority, as its receipt shows. The banner goes once it is recorded; a recorded filing cannot be changed.</source>
        <translation>按回执记录向主管部门所做的备案。记录后提醒横幅消失；已记录的备案不能更改。</translation>
    </message>
    <message>
        <source>Filed on:</source>
        <translation>备案日期：</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>主管部门：</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>备案编号：</translation>
    </message>
    <message>
        <source>Receipt:</source>
        <translation>回执：</translation>
    </message>
    <message>
        <source>optional: the authority&apos;s receipt</source>
        <translation>可选：主管部门的回执</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Set up ConsentDesk</source>
        <translation>设置 ConsentDesk</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>创建门店(&amp;C)</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>您的门店</translation>
    </message>
    <message>
        <source>Step 1 of 3: name the store whose customers&apos; consent this console records.</source>
        <translation>第 1 步，共 3 步：填写门店信息，本控制台将记录该门店顾客的同意。</translation>
    </message>
    <message>
        <source>Every consent record keeps the store it was given in. The code is a short identifier printed on exports, for example S001.</source>
        <translation>每条同意记录都会保存作出同意时所在的门店。门店代码是打印在导出文件上的简短标识，例如 S001。</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>门店名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Store &amp;code:</source>
        <translation>门店代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add the standard purposes with their first notices (you can edit them later)</source>
        <translation>添加标准处理目的及其首版告知书（以后可编辑）(&amp;A)</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Step 2 of 3: the first user, who manages purposes, notices and users.</source>
        <translation>第 2 步，共 3 步：创建第一个用户，负责管理处理目的、告知书和用户。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase opens the encrypted database. Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>口令用于打开加密数据库。请至少使用 %n 个字符；由几个互不相关的词语组成的口令既好记又难猜。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Step 3 of 3: the store is created. Keep this code safe.</source>
        <translation>第 3 步，共 3 步：门店已创建。请妥善保管此恢复码。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardianStep</name>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Enter the name of the parent or guardian who gives consent.</source>
        <translation>请输入作出同意的父母或其他监护人的姓名。</translation>
    </message>
    <message>
        <source>A child under 14 can be registered only with the consent of a parent or guardian.</source>
        <translation>未满十四周岁的儿童须经父母或其他监护人同意方可登记。</translation>
    </message>
    <message>
        <source>The customer is under 14. A parent or other guardian must be present and consent on the child&apos;s behalf (PIPL Art. 31).</source>
        <translation>该顾客未满十四周岁。须由父母或其他监护人到场并代为作出同意（《个人信息保护法》第三十一条）。</translation>
    </message>
    <message>
        <source>Guardian&apos;s na&amp;me:</source>
        <translation>监护人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Re&amp;lation to the child:</source>
        <translation>与儿童的关系(&amp;L)：</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Other legal guardian</source>
        <translation>其他法定监护人</translation>
    </message>
    <message>
        <source>The guardian consents on the child&apos;s behalf</source>
        <translation>监护人代儿童作出同意</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Lock when idle</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <source>Lock the console after this many minutes without input:</source>
        <translation>无操作多少分钟后锁定控制台：</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>A leak, tampering or loss of personal information is recorded here with the measures taken. The authority and the people affected are notified; the people may be left un-notified only where the measures effectively avoid harm, and the reason is recorded (PIPL Art. 57).</source>
        <translation>个人信息泄露、篡改或丢失在此记录，并记录所采取的措施。须通知主管部门和受影响的个人；仅当措施能够有效避免危害时可以不通知个人，并记录理由（《个人信息保护法》第五十七条）。</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>记录事件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Authority notified…</source>
        <translation>已通知主管部门(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;People notified…</source>
        <translation>已通知个人(&amp;P)…</translation>
    </message>
    <message>
        <source>People &amp;not notified…</source>
        <translation>不通知个人(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>已通知主管部门</translation>
    </message>
    <message>
        <source>People notified</source>
        <translation>已通知个人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>not needed: %1</source>
        <translation>无需通知：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>已于 %1 关闭</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <source>Record what is known now; the facts can be corrected while the incident is open.</source>
        <translation>记录目前已知的情况；事件关闭前可以更正。</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>Happened at (best estimate):</source>
        <translation>发生时间（尽量估计）：</translation>
    </message>
    <message>
        <source>Found at:</source>
        <translation>发现时间：</translation>
    </message>
    <message>
        <source>Categories of personal information:</source>
        <translation>个人信息种类：</translation>
    </message>
    <message>
        <source>People affected:</source>
        <translation>受影响人数：</translation>
    </message>
    <message>
        <source>Remedial measures taken:</source>
        <translation>已采取的补救措施：</translation>
    </message>
    <message>
        <source>When and which authority was notified.</source>
        <translation>何时通知了哪个主管部门。</translation>
    </message>
    <message>
        <source>Notified at:</source>
        <translation>通知时间：</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>主管部门：</translation>
    </message>
    <message>
        <source>When the people affected were notified.</source>
        <translation>何时通知了受影响的个人。</translation>
    </message>
    <message>
        <source>People not notified</source>
        <translation>不通知个人</translation>
    </message>
    <message>
        <source>Which measures effectively avoid harm to the people affected, so that they need not be notified (PIPL Art. 57). The authority may still require it.</source>
        <translation>哪些措施能够有效避免对受影响个人造成危害，因而无需通知他们（《个人信息保护法》第五十七条）。主管部门仍可要求通知。</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>关闭事件</translation>
    </message>
    <message>
        <source>Close the selected incident? A closed incident is not changed.</source>
        <translation>关闭所选事件？已关闭的事件不能更改。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LedgerVerifyBar</name>
    <message>
        <source>The check could not run: %1</source>
        <translation>无法执行校验：%1</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is intact: %n row(s) checked. Head hash %2</source>
        <translation>
            <numerusform>%1完好：已检查 %n 行。链头哈希 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is broken at row %2: %3. Rows from there on cannot be trusted.</source>
        <translation>%1在第 %2 行断裂：%3。自该行起的记录均不可信。</translation>
    </message>
    <message>
        <source>&amp;Verify chains</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Checks the audit log and the deletion log</source>
        <translation>校验审计日志和删除日志</translation>
    </message>
    <message>
        <source>Each row carries the hash of the row before it. Verify the chains to check that no row of either ledger was changed or removed.</source>
        <translation>每一行都带有前一行的哈希值。校验哈希链可确认两个日志中没有任何记录被修改或删除。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consents</source>
        <translation>同意记录</translation>
    </message>
    <message>
        <source>Purposes &amp; notices</source>
        <comment>navigation</comment>
        <translation>处理目的与告知书</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Signed in with the recovery code</source>
        <translation>已使用恢复码登录</translation>
    </message>
    <message>
        <source>Set a new passphrase for each user who lost theirs on the Users page, then print a new recovery code there and keep it safe.</source>
        <translation>请在“用户”页面为遗失口令的用户逐一设置新口令，然后在该页面打印新的恢复码并妥善保管。</translation>
    </message>
    <message>
        <source>ConsentDesk — locked</source>
        <translation>ConsentDesk — 已锁定</translation>
    </message>
    <message>
        <source>ConsentDesk</source>
        <translation>ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk — %1</source>
        <translation>ConsentDesk — %1</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <comment>menu: the application</comment>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <comment>verb</comment>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <comment>verb: lock the console</comment>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Lock the console now and wipe the key (Ctrl+L)</source>
        <translation>立即锁定控制台并清除密钥（Ctrl+L）</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>修改我的口令(&amp;P)…</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after…</source>
        <translation>空闲自动锁定时间(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About ConsentDesk</source>
        <translation>关于 ConsentDesk(&amp;A)</translation>
    </message>
    <message>
        <source>The console is locked.</source>
        <translation>控制台已锁定。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>status bar: user display name · role</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message>
        <source>This language is not available yet.</source>
        <translation>暂不支持该语言。</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>您的口令已修改。</translation>
    </message>
    <message>
        <source>About ConsentDesk</source>
        <translation>关于 ConsentDesk</translation>
    </message>
    <message>
        <source>ConsentDesk %1

Records customers&apos; consent for camera analytics under China&apos;s Personal Information Protection Law, in an encrypted database.</source>
        <translation>ConsentDesk %1

依据《中华人民共和国个人信息保护法》，在加密数据库中记录顾客对摄像头分析的同意。</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>主体请求</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Deletion log</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规记录</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>导出证据(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Write the notice in Chinese and in English.</source>
        <translation>请用中文和英文撰写告知书。</translation>
    </message>
    <message>
        <source>Publish notice version</source>
        <translation>发布告知书版本</translation>
    </message>
    <message>
        <source>Version %1 of the notice for &quot;%2&quot;</source>
        <translation>“%2”的告知书第 %1 版</translation>
    </message>
    <message>
        <source>A published version can never be changed. Consents given under earlier versions will need to be renewed with this text.</source>
        <translation>已发布的版本不可更改。依据旧版本作出的同意，需按此文本重新取得。</translation>
    </message>
    <message>
        <source>Chinese text (what customers read first)</source>
        <translation>中文文本（顾客首先阅读的文本）</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>英文文本</translation>
    </message>
    <message>
        <source>&amp;Takes effect:</source>
        <translation>生效时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>What the notice states (each is required; PIPL Art. 17, 30)</source>
        <translation>告知事项（每项必填；《个人信息保护法》第十七条、第三十条）</translation>
    </message>
</context>
<context>
    <name>NoticeStep</name>
    <message>
        <source>Notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Notice version %1 · fingerprint %2</source>
        <translation>告知书版本 %1 · 指纹 %2</translation>
    </message>
    <message>
        <source>The customer must read the notice (or have it read to them) and agree before you go on.</source>
        <translation>顾客须阅读告知书（或由您向其宣读）并表示同意后，方可继续。</translation>
    </message>
    <message>
        <source>Show this notice to the customer, or read it aloud. Consent is tied to this exact text.</source>
        <translation>请向顾客出示此告知书，或为其宣读。同意仅对应此文本的确切内容。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>language of the notice text</comment>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The customer has read (or was read) this notice and agrees</source>
        <translation>顾客已阅读（或已听取宣读）此告知书并表示同意</translation>
    </message>
</context>
<context>
    <name>OpenItemsList</name>
    <message>
        <source>Opens the page where this is put right.</source>
        <translation>打开可处理此事项的页面。</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>没有待处理的事项。</translation>
    </message>
</context>
<context>
    <name>PiiaTab</name>
    <message>
        <source>An impact assessment is needed before a sensitive purpose is activated and before a camera zone recognises faces. A version counts once an officer approves it, until its review date; it is kept at least three years (PIPL Art. 55-56).</source>
        <translation>启用敏感目的、或让摄像头区域识别人脸之前，须有个人信息保护影响评估。某一版本经保护负责人批准后生效，至复核日期为止；评估至少保存三年（《个人信息保护法》第五十五、五十六条）。</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>Assessment of</source>
        <translation>评估对象</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>复核期限</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>已于 %1 批准</translation>
    </message>
    <message>
        <source>Draft, not approved</source>
        <translation>草稿，未批准</translation>
    </message>
    <message>
        <source>Review was due on %1</source>
        <translation>应于 %1 复核</translation>
    </message>
    <message>
        <source>Purpose %1</source>
        <translation>目的 %1</translation>
    </message>
    <message>
        <source>Camera zone %1</source>
        <translation>摄像头区域 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <source>New impact assessment version</source>
        <translation>新的影响评估版本</translation>
    </message>
    <message>
        <source>Write down what PIPL Art. 56 asks. To revise an assessment, select it first: the form starts from it and saves the next version.</source>
        <translation>按《个人信息保护法》第五十六条的要求填写。要修订评估，请先选中它：表单以它为起点，保存为下一版本。</translation>
    </message>
    <message>
        <source>Assessment of:</source>
        <translation>评估对象：</translation>
    </message>
    <message>
        <source>A purpose (its code)</source>
        <translation>处理目的（其代码）</translation>
    </message>
    <message>
        <source>A camera zone (vendor/zone)</source>
        <translation>摄像头区域（厂商/区域）</translation>
    </message>
    <message>
        <source>Purpose code or vendor/zone:</source>
        <translation>目的代码或 厂商/区域：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Are purpose and method lawful, legitimate and necessary?</source>
        <translation>处理目的和方式是否合法、正当、必要？</translation>
    </message>
    <message>
        <source>Impact on people&apos;s rights, and the security risks:</source>
        <translation>对个人权益的影响及安全风险：</translation>
    </message>
    <message>
        <source>Are the protective measures lawful, effective and proportionate?</source>
        <translation>保护措施是否合法、有效并与风险相适应？</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>复核日期：</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>optional: the report or minutes</source>
        <translation>可选：评估报告或会议纪要</translation>
    </message>
    <message>
        <source>Approve assessment</source>
        <translation>批准评估</translation>
    </message>
    <message>
        <source>Approve the selected assessment version as the officer responsible, dated today? An approved version can never be changed.</source>
        <translation>以负责的保护负责人身份批准所选评估版本（日期为今天）？已批准的版本永远不能更改。</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>The code is a short id of lower-case letters, digits and dashes, e.g. &quot;face-recognition&quot;.</source>
        <translation>代码是由小写字母、数字和连字符组成的简短标识，例如“face-recognition”。</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>编辑处理目的</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>添加处理目的</translation>
    </message>
    <message>
        <source>Changing the legal basis, data categories, sensitivity, retention or validity is a change of purpose (PIPL Art. 14): every granted consent for it will need to be renewed. Changing only the names does not.</source>
        <translation>更改处理依据、个人信息种类、敏感性、保存期限或有效期，即属于变更处理目的（《个人信息保护法》第十四条）：该处理目的下所有已同意的记录都需重新取得同意。仅更改名称则无需重新取得。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <comment>short identifier of a purpose</comment>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese):</source>
        <translation>名称（中文）(&amp;C)：</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>处理依据(&amp;L)：</translation>
    </message>
    <message>
        <source>Data c&amp;ategories:</source>
        <translation>个人信息种类(&amp;A)：</translation>
    </message>
    <message>
        <source>comma-separated, e.g. face-image,phone</source>
        <translation>以英文逗号分隔，例如 face-image,phone</translation>
    </message>
    <message>
        <source>&amp;Sensitive personal information (PIPL Art. 28)</source>
        <translation>敏感个人信息（《个人信息保护法》第二十八条）(&amp;S)</translation>
    </message>
    <message>
        <source>Needs se&amp;parate consent (PIPL Art. 29)</source>
        <translation>需取得单独同意（《个人信息保护法》第二十九条）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep data for:</source>
        <translation>保存期限(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <comment>spin box suffix, with leading space</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source>Consent &amp;valid for:</source>
        <translation>同意有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>直至撤回</translation>
    </message>
</context>
<context>
    <name>PurposeStep</name>
    <message>
        <source>face data: separate consent</source>
        <translation>人脸信息：需单独同意</translation>
    </message>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>保存 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>No purposes are set up yet. A privacy officer must add them first.</source>
        <translation>尚未设置处理目的。须先由个人信息保护负责人添加。</translation>
    </message>
    <message>
        <source>Tick at least one purpose the customer agrees to.</source>
        <translation>请至少勾选一项顾客同意的处理目的。</translation>
    </message>
    <message>
        <source>Tick each purpose the customer agrees to. Each purpose is a separate choice; the customer may agree to some and not others.</source>
        <translation>请逐项勾选顾客同意的处理目的。每项处理目的均单独选择；顾客可以只同意其中一部分。</translation>
    </message>
    <message>
        <source>&amp;Consent given by:</source>
        <translation>同意方式(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>PurposesPage</name>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>直至撤回</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>Notice versions of &quot;%1&quot;</source>
        <translation>“%1”的告知书版本</translation>
    </message>
    <message>
        <source>Notice versions</source>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>This purpose has no notice yet. Publish one before registering consent for it.</source>
        <translation>该处理目的尚无告知书。请先发布告知书，再为其登记同意。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>启用(&amp;T)</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>A purpose says why personal data is processed. Customers consent to a purpose by reading one version of its notice; changing either means asking them again.</source>
        <translation>处理目的说明为何处理个人信息。顾客通过阅读其告知书的某一版本来同意该处理目的；两者任一变更，都需重新征得顾客同意。</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>short identifier</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>处理依据</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>个人信息种类</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>敏感</translation>
    </message>
    <message>
        <source>Separate consent</source>
        <translation>单独同意</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Consent valid</source>
        <translation>同意有效期</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>&amp;Add purpose…</source>
        <translation>添加处理目的(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>显示已停用(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Publish new version…</source>
        <translation>发布新版本(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%n granted consent(s) for this purpose now need renewal.</source>
        <translation>
            <numerusform>该处理目的下有 %n 条已同意的记录现需重新取得同意。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) now need renewal.</source>
        <translation>
            <numerusform>现有 %n 条同意需重新取得。</numerusform>
        </translation>
    </message>
    <message>
        <source>Consents given under earlier versions now need renewal.</source>
        <translation>依据旧版本作出的同意现需重新取得。</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>添加处理目的</translation>
    </message>
    <message>
        <source>The purpose was added. Publish its first notice before registering consent for it.</source>
        <translation>处理目的已添加。请先发布其首版告知书，再为其登记同意。</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>编辑处理目的</translation>
    </message>
    <message numerus="yes">
        <source>The purpose was saved. %n consent(s) now need renewal.</source>
        <translation>
            <numerusform>处理目的已保存。现有 %n 条同意需重新取得。</numerusform>
        </translation>
    </message>
    <message>
        <source>The purpose was saved. No consent needs renewal.</source>
        <translation>处理目的已保存。没有需要重新取得的同意。</translation>
    </message>
    <message>
        <source>Activate purpose</source>
        <translation>启用处理目的</translation>
    </message>
    <message>
        <source>Deactivate purpose</source>
        <translation>停用处理目的</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? No new consent can be registered for it; existing records stay.</source>
        <translation>停用“%1”？停用后不能再为其登记新的同意；现有记录将保留。</translation>
    </message>
    <message>
        <source>Notice published</source>
        <translation>告知书已发布</translation>
    </message>
    <message>
        <source>The new notice version is published.</source>
        <translation>新版告知书已发布。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is larger than 64 MiB.</source>
        <translation>文件 %1 大于 64 MiB。</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>无法读取记录：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>新恢复码</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This is the recovery code of this store. It is shown only this once.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print it or write it down now and keep it locked away, apart from this computer. If every passphrase is lost, it is the only way into the records. Anyone who holds it can open every record, so never keep it in a file or an e-mail.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;这是本门店的恢复码，仅显示这一次。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请立即打印或抄写下来，锁好保管，并与这台电脑分开存放。如果所有口令都已遗失，这是进入记录的唯一途径。任何持有恢复码的人都能打开全部记录，因此切勿将其保存在文件或电子邮件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code</source>
        <translation>我已抄写下恢复码(&amp;W)</translation>
    </message>
    <message>
        <source>ConsentDesk recovery code</source>
        <translation>ConsentDesk 恢复码</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>门店：%1</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印时间：%1</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone holding it can open every record of the store.</source>
        <translation>请将此页锁好保管。任何持有此页的人都能打开本门店的全部记录。</translation>
    </message>
</context>
<context>
    <name>RegisterConsentDialog</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Register consent</source>
        <translation>登记同意</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <comment>button: record the consent now</comment>
        <translation>登记(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RequestActionDialog</name>
    <message>
        <source>(the reason you write above)</source>
        <translation>（您在上方填写的理由）</translation>
    </message>
    <message>
        <source>%1 — request %2</source>
        <translation>%1 — 请求 %2</translation>
    </message>
    <message>
        <source>How did the person asking prove who they are? Face recognition is never accepted.</source>
        <translation>提出请求的人如何证明其身份？人脸识别一律不予接受。</translation>
    </message>
    <message>
        <source>A refusal must give its reasons (PIPL Art. 50). The customer receives the letter below, which also names their right to complain and to sue.</source>
        <translation>拒绝必须说明理由（《个人信息保护法》第五十条）。顾客将收到下方的函件，其中也说明了其投诉和起诉的权利。</translation>
    </message>
    <message>
        <source>The deadline can be extended once, by working days, with a reason.</source>
        <translation>期限可延长一次，按工作日计，并须说明理由。</translation>
    </message>
    <message>
        <source>Cancelling closes the request without an answer (e.g. a duplicate or withdrawn by the customer). Say why.</source>
        <translation>取消将关闭请求而不作答复（例如重复提交或顾客撤回）。请说明原因。</translation>
    </message>
    <message>
        <source>Pause while waiting for the customer: the deadline stops until the request resumes.</source>
        <translation>等待顾客时暂停：期限暂停计算，直到请求恢复。</translation>
    </message>
    <message>
        <source>Choose the officer who handles this request.</source>
        <translation>选择处理此请求的个人信息保护负责人。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>&amp;Working days:</source>
        <translation>工作日数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>函件：</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>&lt;b&gt;Request %1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;%4</source>
        <translation>&lt;b&gt;请求 %1&lt;/b&gt; — %2 — &lt;b&gt;%3&lt;/b&gt;%4</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>顾客：%1</translation>
    </message>
    <message>
        <source>%1 (not matched yet)</source>
        <translation>%1（尚未对应到顾客）</translation>
    </message>
    <message>
        <source>Received %1; due %2</source>
        <translation>受理于 %1；截止 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>extended by %n day(s): %1</source>
        <translation>
            <numerusform>已延长 %n 天：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity verified by %1 (%2, %3)</source>
        <translation>身份由 %1 核验（%2，%3）</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>What is asked: %1</source>
        <translation>请求内容：%1</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>%1 request %2?</source>
        <translation>%1请求 %2？</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Timeline (every step, who and when):</source>
        <translation>处理记录（每一步、执行者和时间）：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Refusal letter sent to the customer (Art. 50):</source>
        <translation>发给顾客的拒绝函（第五十条）：</translation>
    </message>
    <message>
        <source>&amp;Fulfil…</source>
        <translation>办理(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RequestFulfilDialog</name>
    <message>
        <source>Save the customer&apos;s letter</source>
        <translation>保存给顾客的函件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <source>The package&apos;s JSON and CSV copies are written beside the PDF.</source>
        <translation>信息包的 JSON 和 CSV 副本将写在 PDF 旁边。</translation>
    </message>
    <message>
        <source>Fulfilling request %1…</source>
        <translation>正在办理请求 %1…</translation>
    </message>
    <message>
        <source>Request %1 is fulfilled and completed. Written: %2</source>
        <translation>请求 %1 已办理并完成。已写入：%2</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 is awaiting vendors: %n vendor erasure(s) still need a receipt. It completes by itself once they are in; fulfil it again then for the letter.</source>
        <translation>
            <numerusform>请求 %1 正在等待供应商：还有 %n 项供应商删除尚未收到回执。回执齐全后请求将自动完成；届时再次办理即可取得函件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfil request %1</source>
        <translation>办理请求 %1</translation>
    </message>
    <message>
        <source>Writes the customer&apos;s package (what is held, why, how long, at which vendor) as a PDF letter, with JSON and CSV copies beside it, then completes the request.</source>
        <translation>将顾客的信息包（持有哪些信息、原因、保存多久、在哪家供应商处）写成 PDF 函件，并在旁边附上 JSON 和 CSV 副本，然后完成请求。</translation>
    </message>
    <message>
        <source>Corrects the fields given (the others stay), writes the letter and completes the request.</source>
        <translation>更正所填写的字段（其余不变），写出函件并完成请求。</translation>
    </message>
    <message>
        <source>Withdraws every consent, erases the customer&apos;s personal fields here and asks every vendor to erase theirs. The request completes when every vendor&apos;s receipt is in.</source>
        <translation>撤回全部同意，删除本店保存的顾客个人信息字段，并要求每家供应商删除其保存的数据。收到所有供应商的回执后请求才完成。</translation>
    </message>
    <message>
        <source>Say what was done; the letter states it and the request completes.</source>
        <translation>请说明已采取的处理；函件将载明该内容，请求随即完成。</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;language:</source>
        <translation>顾客的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>已采取的处理(&amp;W)：</translation>
    </message>
    <message>
        <source>Correct &amp;name to:</source>
        <translation>姓名更正为(&amp;N)：</translation>
    </message>
    <message>
        <source>Correct &amp;phone to:</source>
        <translation>电话更正为(&amp;P)：</translation>
    </message>
    <message>
        <source>Letter (&amp;PDF):</source>
        <translation>函件（PDF）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Fulfil</source>
        <translation>办理(&amp;F)</translation>
    </message>
</context>
<context>
    <name>RequestIntakeDialog</name>
    <message>
        <source>New data-subject request</source>
        <translation>新的个人信息主体请求</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>&amp;Not registered or not found: take contact details</source>
        <translation>未登记或未找到：记录联系方式(&amp;N)</translation>
    </message>
    <message>
        <source>The request waits in &quot;needs identity&quot; until someone verifies who asks.</source>
        <translation>请求将停留在“待核验身份”状态，直到有人核验提出请求者的身份。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation>请求内容(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（已暂停）</translation>
    </message>
    <message>
        <source>%1 (not matched)</source>
        <translation>%1（未对应到顾客）</translation>
    </message>
    <message>
        <source>closed late</source>
        <translation>逾期关闭</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown because it is overdue: overdue requests are listed whatever the filter.</source>
        <translation>因逾期而显示：无论筛选条件如何，逾期请求都会列出。</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>request number</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>主体请求</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue, listed first and always shown, whatever the filter.</source>
        <translation>
            <numerusform>%n 个请求已逾期，无论筛选条件如何都排在最前并始终显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>* Estimated deadline: %1</source>
        <translation>* 估算的期限：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>显示 %n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the queue for this filter</source>
        <translation>
            <numerusform>此筛选条件下队列中共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was taken in.</source>
        <translation>已受理请求 %1。</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message>
        <source>Take in a data-subject request (%1)</source>
        <translation>受理个人信息主体请求（%1）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未结</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Show &amp;closed too</source>
        <translation>同时显示已关闭的(&amp;C)</translation>
    </message>
    <message>
        <source>Days left are working days (China&apos;s holiday calendar). Red: overdue · orange: 3 days or fewer · yellow: 7 days or fewer.</source>
        <translation>剩余天数按工作日计算（依据中国节假日安排）。红色：已逾期 · 橙色：3 天以内 · 黄色：7 天以内。</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>from each purpose&apos;s retention period</source>
        <translation>按各处理目的的保存期限</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after closing</source>
        <translation>
            <numerusform>关闭后 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of grace</source>
        <translation>
            <numerusform>宽限 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) expired</source>
        <translation>
            <numerusform>%n 项同意已到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n vendor job(s) queued)</source>
        <translation>
            <numerusform>（已排队 %n 项供应商任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was due</source>
        <translation>没有到期的内容</translation>
    </message>
    <message>
        <source>Swept from this console: %1.</source>
        <translation>本控制台已执行清理：%1。</translation>
    </message>
    <message>
        <source>The last sweep from this console failed: %1</source>
        <translation>本控制台上次清理失败：%1</translation>
    </message>
    <message>
        <source>Last deletion by a retention sweep: %1 — %2 (%3), entry %4 of the deletion log.</source>
        <translation>最近一次由保存期限清理执行的删除：%1 — %2（%3），删除日志第 %4 条。</translation>
    </message>
    <message>
        <source>No retention sweep has deleted anything yet.</source>
        <translation>保存期限清理尚未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due now.</source>
        <translation>
            <numerusform>现有 %n 项已到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweeps are run by an officer or the timed jobs.</source>
        <translation>清理由个人信息保护负责人或定时任务执行。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Counting what is due…</source>
        <translation>正在统计到期内容…</translation>
    </message>
    <message>
        <source>Sweeping: deleting what is due…</source>
        <translation>正在清理：删除到期内容…</translation>
    </message>
    <message>
        <source>Dry run: nothing is due, nothing to sweep.</source>
        <translation>试运行：没有到期内容，无需清理。</translation>
    </message>
    <message>
        <source>The dry run found: %1.

Sweep now? Everything listed is deleted and written to the deletion log; vendors are asked to purge.</source>
        <translation>试运行结果：%1。

现在清理吗？所列内容将全部删除并写入删除日志；同时要求供应商清除。</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>立即清理</translation>
    </message>
    <message>
        <source>Rules: how long each kind of personal data is kept</source>
        <translation>规则：每类个人信息的保存期限</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>What is due when (soonest first)</source>
        <translation>何时到期（最早的在前）</translation>
    </message>
    <message>
        <source>Last sweep</source>
        <translation>上次清理</translation>
    </message>
    <message>
        <source>Vendor purges and erasures still without a receipt</source>
        <translation>尚未收到回执的供应商清除和删除</translation>
    </message>
    <message>
        <source>&amp;Sweep now…</source>
        <translation>立即清理(&amp;S)…</translation>
    </message>
    <message>
        <source>A dry run first shows what would be deleted; then you confirm.</source>
        <translation>先试运行显示将删除的内容，再由您确认。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RetentionScheduleModel</name>
    <message>
        <source>waiting for the vendor&apos;s receipt</source>
        <translation>等待供应商回执</translation>
    </message>
    <message>
        <source>due now: the next sweep deletes it</source>
        <translation>已到期：下次清理时删除</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>数据类别</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Review and register</source>
        <translation>核对并登记</translation>
    </message>
    <message>
        <source>Nothing to register: the only purpose chosen needs separate consent, which the customer did not give. Go back to change the choice, or cancel.</source>
        <translation>没有可登记的内容：所选的唯一处理目的需要单独同意，而顾客未作出单独同意。请返回修改选择，或取消。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>New customer:</source>
        <translation>新顾客：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>年龄段：</translation>
    </message>
    <message>
        <source>Existing customer:</source>
        <translation>已登记顾客：</translation>
    </message>
    <message>
        <source>Guardian:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>%1 (%2), consents on the child&apos;s behalf</source>
        <translation>%1（%2），代儿童作出同意</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Consent to register</source>
        <translation>待登记的同意</translation>
    </message>
    <message>
        <source>notice v%1 (%2)</source>
        <translation>告知书 v%1（%2）</translation>
    </message>
    <message>
        <source>separate consent for face data given</source>
        <translation>已作出人脸信息单独同意</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>不予登记</translation>
    </message>
    <message>
        <source>no separate consent for face data</source>
        <translation>未作出人脸信息单独同意</translation>
    </message>
    <message>
        <source>Consent given by:</source>
        <translation>同意方式：</translation>
    </message>
    <message>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <source>Check the details with the customer, then press Register. Nothing is saved before that.</source>
        <translation>请与顾客核对以上信息，然后点击“登记”。在此之前不会保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SignRecordDialog</name>
    <message>
        <source>The photo is larger than %1 MB; take a smaller one.</source>
        <translation>照片超过 %1 MB，请换一张较小的照片。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is not an image this console can read (%1).</source>
        <translation>该文件不是本控制台可读取的图像（%1）。</translation>
    </message>
    <message>
        <source>Photo of the posted sign</source>
        <translation>已张贴告示标识的照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Record a posted sign</source>
        <translation>记录已张贴的告示标识</translation>
    </message>
    <message>
        <source>Record the sign that tells customers in zone &lt;b&gt;%1&lt;/b&gt; about the cameras and face recognition (PIPL Art. 26). The photo is the evidence that it was posted.</source>
        <translation>记录用于告知区域 &lt;b&gt;%1&lt;/b&gt; 内顾客摄像头及人脸识别情况的告示标识（《个人信息保护法》第二十六条）。照片是该告示标识已张贴的证据。</translation>
    </message>
    <message>
        <source>&amp;What it says, where:</source>
        <translation>内容与张贴位置(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. A3 sign &quot;Face recognition in use&quot; at the left entrance door, with the notice QR code</source>
        <translation>例如：左侧入口门处的 A3 告示标识“人脸识别使用中”，附告知书二维码</translation>
    </message>
    <message>
        <source>&amp;Posted since:</source>
        <translation>张贴日期(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;hoto:</source>
        <translation>照片(&amp;H)：</translation>
    </message>
    <message>
        <source>path of the photo file</source>
        <translation>照片文件路径</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>%1 bytes
SHA-256 %2</source>
        <translation>%1 字节
SHA-256 %2</translation>
    </message>
    <message>
        <source>&amp;Record sign</source>
        <translation>记录告示标识(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SubjectDetailsDialog</name>
    <message>
        <source>Customer details</source>
        <translation>顾客详情</translation>
    </message>
    <message>
        <source>This is the customer&apos;s full personal data. Opening this window was recorded in the audit log with your name and the time.</source>
        <translation>以下为该顾客的全部个人信息。打开此窗口的操作已连同您的姓名和时间记入审计日志。</translation>
    </message>
    <message>
        <source>Consents of this customer:</source>
        <translation>该顾客的同意记录：</translation>
    </message>
    <message>
        <source>Customer ID:</source>
        <translation>顾客编号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>年龄段：</translation>
    </message>
    <message>
        <source>Under 14 when registered:</source>
        <translation>登记时未满十四周岁：</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>登记时间：</translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message>
        <source>No customer found.</source>
        <translation>未找到顾客。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found: choose one.</source>
        <translation>
            <numerusform>找到 %n 位顾客：请选择一位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number, pseudonym or the beginning of the name</source>
        <translation>电话号码、化名编号或姓名开头</translation>
    </message>
</context>
<context>
    <name>SubjectStep</name>
    <message>
        <source>No customer found. Check the phone number, or register a new customer.</source>
        <translation>未找到顾客。请核对电话号码，或登记新顾客。</translation>
    </message>
    <message>
        <source>under 14</source>
        <translation>未满十四周岁</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入顾客姓名。</translation>
    </message>
    <message>
        <source>A phone number has 5 to 20 digits, for example 138 0013 8000.</source>
        <translation>电话号码为 5 至 20 位数字，例如 138 0013 8000。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s age group, or enter the birth date.</source>
        <translation>请选择顾客的年龄段，或输入出生日期。</translation>
    </message>
    <message>
        <source>Search for the customer and choose one from the list.</source>
        <translation>请搜索顾客并从列表中选择。</translation>
    </message>
    <message>
        <source>Register a new customer, or find one who is already registered.</source>
        <translation>登记新顾客，或查找已登记的顾客。</translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>新顾客(&amp;W)</translation>
    </message>
    <message>
        <source>E&amp;xisting customer</source>
        <translation>已登记顾客(&amp;X)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>姓名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>A&amp;ge group:</source>
        <translation>年龄段(&amp;G)：</translation>
    </message>
    <message>
        <source>Full name as the customer gives it</source>
        <translation>按顾客本人提供的完整姓名填写</translation>
    </message>
    <message>
        <source>Optional: lets the customer be found again by phone</source>
        <translation>选填：便于日后按电话号码查找该顾客</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>已知(&amp;K)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <comment>age group not chosen yet</comment>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>For a child under 14, a parent or guardian must give consent on the child&apos;s behalf.</source>
        <translation>未满十四周岁的儿童，须由父母或其他监护人代为作出同意。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Customer ID, phone number or start of the name</source>
        <translation>顾客编号、电话号码或姓名开头</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock ConsentDesk</source>
        <translation>解锁 ConsentDesk</translation>
    </message>
    <message>
        <source>Sign in with the recovery code</source>
        <translation>使用恢复码登录</translation>
    </message>
    <message>
        <source>Sign in to unlock the console</source>
        <translation>登录以解锁控制台</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <comment>recovery code placeholder; keep the pattern</comment>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Use user name and passphrase…</source>
        <translation>使用用户名和口令…</translation>
    </message>
    <message>
        <source>Use recovery code…</source>
        <translation>使用恢复码…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <comment>verb: open the locked console</comment>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the recovery code.</source>
        <translation>请输入恢复码。</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>修改我的口令</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前口令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新口令(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a login name: letters, digits, dot, dash or underscore.</source>
        <translation>请输入登录名：可使用字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Enter a display name.</source>
        <translation>请输入显示名称。</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>口令至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Each user opens the store with their own passphrase. Removing a user removes their key as well; their past records keep their name.</source>
        <translation>每个用户使用自己的口令打开门店数据库。删除用户时会一并删除其密钥；其以往的记录仍保留其姓名。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>删除用户(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;set passphrase…</source>
        <translation>重置口令(&amp;S)…</translation>
    </message>
    <message>
        <source>Change &amp;my passphrase…</source>
        <translation>修改我的口令(&amp;M)…</translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation>生成新恢复码(&amp;C)…</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>重置口令</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>修改我的口令</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>您的口令已修改。</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>新恢复码</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old code stops working at once; the new one is shown only once.</source>
        <translation>生成新的恢复码？旧恢复码将立即失效；新恢复码仅显示一次。</translation>
    </message>
    <message>
        <source>Remove the user &quot;%1&quot;? The store gets a new key, so their passphrase will no longer open it, not even with an old copy of the keyslot file.</source>
        <translation>删除用户“%1”？门店数据将换用新密钥，其口令将不再能打开，即使使用旧的密钥槽文件副本也不能。</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was reset and the store has a new key: the old passphrase no longer opens it. Give the new one to them in person.</source>
        <translation>“%1”的口令已重置，门店数据已换用新密钥：旧口令不再能打开。请当面将新口令交给对方。</translation>
    </message>
</context>
<context>
    <name>VendorJobsModel</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>同意已撤回</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>同意已过期</translation>
    </message>
    <message>
        <source>Deletion request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>Retention period ended</source>
        <translation>保存期限届满</translation>
    </message>
    <message>
        <source>everything before %1</source>
        <translation>%1 之前的全部数据</translation>
    </message>
    <message>
        <source>Overdue: the vendor still holds this data</source>
        <translation>已逾期：厂商仍持有该数据</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Customer (pseudonym)</source>
        <translation>顾客编号</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>why the erasure is owed</comment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Owed since</source>
        <translation>待删除起始时间</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>VendorStatusWidget</name>
    <message>
        <source>Only a privacy officer can enroll customers.</source>
        <translation>仅个人信息保护负责人可录入顾客。</translation>
    </message>
    <message>
        <source>No plugin host is running for this vendor.</source>
        <translation>该厂商没有正在运行的插件宿主进程。</translation>
    </message>
    <message>
        <source>Refused when checked: %1</source>
        <translation>检查时被拒绝：%1</translation>
    </message>
    <message>
        <source>Each vendor plugin runs in its own process. A vendor that crashes or hangs is restarted; what it was asked to do is retried.</source>
        <translation>每个厂商插件都在独立进程中运行。插件崩溃或无响应时会自动重启，已请求的操作将重试。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Id</source>
        <comment>vendor id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>vendor process state</comment>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>重启次数</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <comment>customers enrolled at the vendor</comment>
        <translation>已录入</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>&amp;Enroll consented customers</source>
        <translation>录入已同意的顾客(&amp;E)</translation>
    </message>
    <message>
        <source>Enrolls every customer with a valid separate consent to face recognition (and a guardian&apos;s, under 14) at every running vendor. Only a pseudonym leaves the console.</source>
        <translation>在所有运行中的厂商处，录入每位对人脸识别作出有效单独同意的顾客（未满十四周岁的，还须有监护人同意）。离开控制台的只有顾客编号。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>vendor id: containment of its host</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Containment of the plugin hosts:</source>
        <translation>插件宿主进程的隔离措施：</translation>
    </message>
</context>
<context>
    <name>VisitorChart</name>
    <message>
        <source>Visitors per hour, last 24 hours</source>
        <translation>过去 24 小时每小时客流人数</translation>
    </message>
    <message>
        <source>Hour</source>
        <comment>axis title: hour of the day</comment>
        <translation>小时</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>客流人数</translation>
    </message>
</context>
<context>
    <name>VisitorCountsModel</name>
    <message>
        <source>Zone %1 of vendor %2</source>
        <comment>camera zone</comment>
        <translation>厂商 %2 的区域 %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an hour&apos;s time range</comment>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Withdraw consent %1?</source>
        <translation>要撤回同意记录 %1 吗？</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>顾客：%1（%2）</translation>
    </message>
    <message>
        <source>Purpose: %1, given %2</source>
        <translation>处理目的：%1，同意时间：%2</translation>
    </message>
    <message>
        <source>&amp;Withdrawn by:</source>
        <comment>channel through which the customer withdrew</comment>
        <translation>撤回方式(&amp;W)：</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>By letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Processing for this purpose stops now, and the data kept for it will be deleted. The customer&apos;s other consents stay as they are.</source>
        <translation>该处理目的下的处理将立即停止，为其保存的数据将被删除。顾客的其他同意保持不变。</translation>
    </message>
</context>
<context>
    <name>ZoneSignsWidget</name>
    <message>
        <source>Only a privacy officer can record or retire signs.</source>
        <translation>只有个人信息保护负责人可以记录或停用告示标识。</translation>
    </message>
    <message>
        <source>SHA-256 of the photo: %1</source>
        <translation>照片的 SHA-256：%1</translation>
    </message>
    <message>
        <source>No sign recorded: face recognition is not allowed here</source>
        <translation>未记录告示标识：此处不允许人脸识别</translation>
    </message>
    <message>
        <source>Retire the sign record of zone %1? Do this when the sign was taken down.</source>
        <translation>要停用区域 %1 的告示标识记录吗？请在告示标识撤下后执行此操作。</translation>
    </message>
    <message>
        <source>Retire sign</source>
        <translation>停用告示标识</translation>
    </message>
    <message>
        <source>Zone</source>
        <comment>camera zone</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Current sign</source>
        <translation>当前告示标识</translation>
    </message>
    <message>
        <source>Posted since</source>
        <translation>张贴时间</translation>
    </message>
    <message>
        <source>Photo SHA-256</source>
        <translation>照片 SHA-256</translation>
    </message>
    <message>
        <source>Record &amp;sign…</source>
        <translation>记录告示标识(&amp;S)…</translation>
    </message>
    <message>
        <source>R&amp;etire sign</source>
        <translation>停用告示标识(&amp;E)</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>尚未询问。</translation>
    </message>
    <message>
        <source>The vendor is not running.</source>
        <translation>该厂商未在运行。</translation>
    </message>
    <message>
        <source>not offered</source>
        <comment>occupancy of a vendor that cannot tell it</comment>
        <translation>不提供</translation>
    </message>
    <message>
        <source>This vendor does not report how many people are in view.</source>
        <translation>该厂商不报告画面中的人数。</translation>
    </message>
    <message>
        <source>The vendor could not tell: %1</source>
        <translation>该厂商无法提供：%1</translation>
    </message>
    <message>
        <source>No camera is counting in this zone now.</source>
        <translation>该区域目前没有摄像头在计数。</translation>
    </message>
    <message>
        <source>People in view now, as the vendor counts them; not stored.</source>
        <translation>厂商当前统计的画面中人数；不保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) in this zone are on now; unless another current sign covers the zone, they will be switched off.</source>
        <translation>
            <numerusform>此区域现有 %n 台摄像头开启；除非另有现行告示覆盖该区域，它们将被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each zone needs a posted sign telling customers about the cameras before any camera in it may count or recognise people (PIPL Art. 26).</source>
        <translation>每个区域须张贴告知顾客设有摄像头的告示，区域内的摄像头才可以统计或识别人员（《个人信息保护法》第二十六条）。</translation>
    </message>
    <message>
        <source>People now</source>
        <translation>当前人数</translation>
    </message>
    <message>
        <source>People in view in the zone now, from vendors that count them. Live only: not stored.</source>
        <translation>区域内当前画面中的人数，来自提供人数统计的厂商。仅实时显示，不保存。</translation>
    </message>
</context>
<context>
    <name>cd::AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing</source>
        <translation>第 %1 行紧接在第 %2 行之后：中间有行缺失</translation>
    </message>
    <message>
        <source>row %1 does not point at the hash of the row before it</source>
        <translation>第 %1 行未指向前一行的哈希值</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>第 %1 行在写入后被修改过</translation>
    </message>
</context>
<context>
    <name>cd::CameraCounts</name>
    <message>
        <source>The threshold must be a positive number.</source>
        <translation>阈值必须为正数。</translation>
    </message>
    <message>
        <source>The facial-recognition measures require filing at %1 people; the threshold cannot be higher.</source>
        <translation>《人脸识别技术应用安全管理办法》要求在达到 %1 人时备案；门槛不能更高。</translation>
    </message>
</context>
<context>
    <name>cd::CameraInventory</name>
    <message>
        <source>There is no camera vendor %1.</source>
        <translation>不存在摄像头厂商 %1。</translation>
    </message>
    <message>
        <source>There is no camera %1.</source>
        <translation>不存在摄像头 %1。</translation>
    </message>
</context>
<context>
    <name>cd::CameraSigns</name>
    <message>
        <source>Describe what the sign says and where it is posted.</source>
        <translation>请说明告示标识的内容及张贴位置。</translation>
    </message>
    <message>
        <source>Attach a photo of the posted sign.</source>
        <translation>请附上已张贴告示标识的照片。</translation>
    </message>
    <message>
        <source>The zone was not found.</source>
        <translation>未找到该区域。</translation>
    </message>
    <message>
        <source>The sign record was not found or is already retired.</source>
        <translation>未找到该告示标识记录，或该记录已停用。</translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: its zone has no current sign record telling customers about it (PIPL Art. 26). Record the posted sign with a photo first.</source>
        <translation>摄像头 %1 无法进行人脸识别：其所在区域没有现行的告示标识记录向顾客告知（《个人信息保护法》第二十六条）。请先记录已张贴的告示标识并附上照片。</translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: no purpose asks for separate consent to face data (PIPL Art. 29).</source>
        <translation>摄像头 %1 无法进行人脸识别：没有任何处理目的要求对人脸信息取得单独同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>Camera %1 cannot count people: its zone has no current sign record telling customers that a camera is there (PIPL Art. 26). Record the posted sign with a photo first.</source>
        <translation>摄像头 %1 不能统计人数：其区域没有告知顾客设有摄像头的现行告示记录（《个人信息保护法》第二十六条）。请先记录已张贴的告示并附照片。</translation>
    </message>
</context>
<context>
    <name>cd::Checkpoints</name>
    <message>
        <source>The checkpoint file %1 cannot be read.</source>
        <translation>无法读取检查点文件 %1。</translation>
    </message>
    <message>
        <source>Line %1 of the checkpoint file %2 cannot be trusted: %3.</source>
        <translation>检查点文件 %2 的第 %1 行不可信：%3。</translation>
    </message>
    <message>
        <source>it is not a checkpoint</source>
        <translation>该行不是检查点</translation>
    </message>
    <message>
        <source>it does not follow the line before it</source>
        <translation>该行未接续上一行</translation>
    </message>
    <message>
        <source>its key is not one the store identity certified to an officer or the timed jobs</source>
        <translation>其密钥不是门店身份密钥为负责人或定时任务认证的密钥</translation>
    </message>
    <message>
        <source>its signature does not match</source>
        <translation>其签名不匹配</translation>
    </message>
    <message>
        <source>rows up to %1 are gone: the checkpoint of %2 recorded them</source>
        <translation>第 %1 行及之前的记录已不存在：%2 的检查点记录过它们</translation>
    </message>
    <message>
        <source>rows up to %1 were rewritten: they differ from the checkpoint of %2</source>
        <translation>第 %1 行及之前的记录被改写：与 %2 的检查点不一致</translation>
    </message>
    <message>
        <source>%1 The database is open read-only.</source>
        <translation>%1 数据库已以只读方式打开。</translation>
    </message>
    <message>
        <source>The %1 does not extend the last checkpoint: %2. The database is open read-only; restore it from a backup and compare.</source>
        <translation>%1未延续最近的检查点：%2。数据库已以只读方式打开；请从备份恢复并比对。</translation>
    </message>
    <message>
        <source>This sign-in holds no signing key, so it cannot write a checkpoint.</source>
        <translation>本次登录没有签名密钥，无法写入检查点。</translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be written.</source>
        <translation>无法写入检查点文件 %1。</translation>
    </message>
</context>
<context>
    <name>cd::Compliance</name>
    <message>
        <source>not declared</source>
        <comment>where face data is processed</comment>
        <translation>未声明</translation>
    </message>
    <message>
        <source>on the camera</source>
        <comment>where face data is processed</comment>
        <translation>在摄像头上</translation>
    </message>
    <message>
        <source>on a store server</source>
        <comment>where face data is processed</comment>
        <translation>在门店服务器上</translation>
    </message>
    <message>
        <source>in a cloud</source>
        <comment>where face data is processed</comment>
        <translation>在云端</translation>
    </message>
    <message>
        <source>purpose of processing</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>period of processing</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>method of processing</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>categories of personal information</source>
        <translation>个人信息的种类</translation>
    </message>
    <message>
        <source>protection measures</source>
        <translation>保护措施</translation>
    </message>
    <message>
        <source>deletion or return at the end</source>
        <translation>期满后删除或返还</translation>
    </message>
    <message>
        <source>sub-processors</source>
        <translation>转委托处理方</translation>
    </message>
    <message>
        <source>processing location</source>
        <translation>处理地点</translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation>用途 %1</translation>
    </message>
    <message>
        <source>camera zone %1</source>
        <translation>摄像头区域 %1</translation>
    </message>
    <message>
        <source>There is no impact assessment (PIIA) for %1 (PIPL Art. 55).</source>
        <translation>%1 没有个人信息保护影响评估（PIIA）（《个人信息保护法》第五十五条）。</translation>
    </message>
    <message>
        <source>The impact assessment (PIIA) for %1 is not approved by a privacy officer.</source>
        <translation>%1 的个人信息保护影响评估（PIIA）尚未经隐私负责人批准。</translation>
    </message>
    <message>
        <source>The impact assessment (PIIA) for %1 was due for review on %2; review it and approve a new version.</source>
        <translation>%1 的个人信息保护影响评估（PIIA）应于 %2 复核；请复核并批准新版本。</translation>
    </message>
    <message>
        <source>There is no entrusted-processing agreement with vendor %1 (PIPL Art. 21).</source>
        <translation>与供应商 %1 没有委托处理协议（《个人信息保护法》第二十一条）。</translation>
    </message>
    <message>
        <source>The agreement with vendor %1 does not state: %2.</source>
        <translation>与供应商 %1 的协议未约定：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The agreement with vendor %1 is in force only from %2.</source>
        <translation>与供应商 %1 的协议自 %2 起才生效。</translation>
    </message>
    <message>
        <source>The agreement with vendor %1 ended on %2.</source>
        <translation>与供应商 %1 的协议已于 %2 到期。</translation>
    </message>
    <message>
        <source>The plugin of vendor %1 does not declare where it processes face data.</source>
        <translation>供应商 %1 的插件未声明在何处处理人脸数据。</translation>
    </message>
    <message>
        <source>The agreement with vendor %1 says face data is processed %2, but its plugin declares %3.</source>
        <translation>与供应商 %1 的协议约定人脸数据%2处理，但其插件声明为%3。</translation>
    </message>
</context>
<context>
    <name>cd::ComplianceGate</name>
    <message>
        <source>The sensitive purpose %1 cannot be active yet:</source>
        <translation>敏感用途 %1 暂不能启用：</translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces yet:</source>
        <translation>摄像头 %1 暂不能进行人脸识别：</translation>
    </message>
    <message>
        <source>Customers cannot be enrolled at vendor %1 yet:</source>
        <translation>尚不能在厂商 %1 处登记顾客：</translation>
    </message>
</context>
<context>
    <name>cd::ConsentService</name>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>请至少选择一个处理目的。</translation>
    </message>
    <message>
        <source>No store is selected for this console.</source>
        <translation>本控制台尚未选择门店。</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该顾客。</translation>
    </message>
    <message>
        <source>The customer is under 14: a parent or guardian must consent on the child&apos;s behalf, with the guardian&apos;s name and relation recorded (PIPL Art. 31).</source>
        <translation>该顾客未满十四周岁：须由其父母或其他监护人代为同意，并记录监护人的姓名及与该顾客的关系（《个人信息保护法》第三十一条）。</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is no longer in use.</source>
        <translation>处理目的“%1”已停用。</translation>
    </message>
    <message>
        <source>The notice shown for &quot;%1&quot; is not the current version (%2). Show the current notice and ask again.</source>
        <translation>为“%1”展示的告知书不是当前版本（%2）。请展示当前告知书，并重新征求同意。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; processes face data: the customer must give separate consent for it (PIPL Art. 29).</source>
        <translation>“%1”涉及处理人脸信息：顾客须对此给予单独同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>Consent %1 was not found.</source>
        <translation>未找到同意记录 %1。</translation>
    </message>
    <message>
        <source>Consent %1 is not in force (%2); there is nothing to withdraw.</source>
        <translation>同意记录 %1 当前未生效（%2），无可撤回。</translation>
    </message>
</context>
<context>
    <name>cd::DashboardQueries</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>0-2 days</source>
        <comment>working days left</comment>
        <translation>0–2 天</translation>
    </message>
    <message>
        <source>3-5 days</source>
        <comment>working days left</comment>
        <translation>3–5 天</translation>
    </message>
    <message>
        <source>6-10 days</source>
        <comment>working days left</comment>
        <translation>6–10 天</translation>
    </message>
    <message>
        <source>11+ days</source>
        <comment>working days left</comment>
        <translation>11 天及以上</translation>
    </message>
</context>
<context>
    <name>cd::Enrollments</name>
    <message>
        <source>The customer is under 14 and no guardian has consented (PIPL Art. 31).</source>
        <translation>该顾客未满十四周岁，且没有监护人同意（《个人信息保护法》第三十一条）。</translation>
    </message>
    <message>
        <source>The customer&apos;s consent to face recognition must be renewed under the current notice first.</source>
        <translation>须先按当前告知书重新取得该顾客对人脸识别的同意。</translation>
    </message>
    <message>
        <source>The customer has not given separate consent to face recognition (PIPL Art. 29).</source>
        <translation>该顾客未对人脸识别给予单独同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该顾客。</translation>
    </message>
</context>
<context>
    <name>cd::FilingService</name>
    <message>
        <source>Name the authority the filing was made with.</source>
        <translation>请填写受理备案的主管部门。</translation>
    </message>
    <message>
        <source>Give the filing&apos;s reference number from the authority&apos;s receipt.</source>
        <translation>请填写主管部门回执上的备案编号。</translation>
    </message>
    <message>
        <source>Give the day the filing was made; it cannot be in the future.</source>
        <translation>请填写备案日期；不能是将来的日期。</translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation>附件需要文件名和内容。</translation>
    </message>
    <message>
        <source>No crossing of the filing threshold is waiting for a filing.</source>
        <translation>没有待备案的备案门槛达到记录。</translation>
    </message>
    <message>
        <source>The filing day is long before the threshold was reached on %1.</source>
        <translation>备案日期远早于达到门槛的日期 %1。</translation>
    </message>
    <message>
        <source>The filing has no document attached.</source>
        <translation>该备案没有附件。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left to file with the authority</source>
        <translation>
            <numerusform>距向主管部门备案的期限还有 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filing is %n working day(s) overdue</source>
        <translation>
            <numerusform>备案已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>The face-data filing threshold (%1 people) was reached on %2. %3: the deadline is %4. Record the filing on the Compliance page once it is made.</source>
        <translation>人脸信息备案门槛（%1 人）已于 %2 达到。%3：截止日期为 %4。完成备案后，请在“合规记录”页记录。</translation>
    </message>
    <message>
        <source>(Counted Monday to Friday for a year the holiday calendar does not cover.)</source>
        <translation>（节假日日历未覆盖的年份按周一至周五计算。）</translation>
    </message>
</context>
<context>
    <name>cd::FulfilmentService</name>
    <message>
        <source>There is no request %1.</source>
        <translation>没有编号为 %1 的请求。</translation>
    </message>
    <message>
        <source>Request %1 is not matched to a customer yet.</source>
        <translation>请求 %1 尚未对应到顾客。</translation>
    </message>
    <message>
        <source>Verify the requester&apos;s identity before fulfilling request %1.</source>
        <translation>办理请求 %1 之前，请先核验请求人的身份。</translation>
    </message>
    <message>
        <source>Request %1 is closed (%2).</source>
        <translation>请求 %1 已关闭（%2）。</translation>
    </message>
    <message>
        <source>Say what to correct: the name, the phone or the birth date.</source>
        <translation>请说明要更正的内容：姓名、电话或出生日期。</translation>
    </message>
</context>
<context>
    <name>cd::IncidentService</name>
    <message>
        <source>Give the incident a short title.</source>
        <translation>请为事件填写简短标题。</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请描述发生了什么。</translation>
    </message>
    <message>
        <source>Name the categories of personal information involved.</source>
        <translation>请填写涉及的个人信息种类。</translation>
    </message>
    <message>
        <source>The number of people affected cannot be negative.</source>
        <translation>受影响人数不能为负数。</translation>
    </message>
    <message>
        <source>Describe the remedial measures taken (PIPL Art. 57).</source>
        <translation>请描述已采取的补救措施（《个人信息保护法》第五十七条）。</translation>
    </message>
    <message>
        <source>An incident cannot be found or happen in the future.</source>
        <translation>事件的发现或发生时间不能是将来。</translation>
    </message>
    <message>
        <source>An incident cannot be found before it happened.</source>
        <translation>事件不能在发生之前被发现。</translation>
    </message>
    <message>
        <source>Incident %1 was not found.</source>
        <translation>未找到事件 %1。</translation>
    </message>
    <message>
        <source>Incident %1 is closed; a closed incident is not changed.</source>
        <translation>事件 %1 已关闭；已关闭的事件不能更改。</translation>
    </message>
    <message>
        <source>Name the authority that was notified.</source>
        <translation>请填写已通知的主管部门。</translation>
    </message>
    <message>
        <source>Give when the notification was made; it cannot be in the future.</source>
        <translation>请填写通知时间；不能是将来的时间。</translation>
    </message>
    <message>
        <source>Say why the people affected are not notified: which measures effectively avoid harm to them (PIPL Art. 57).</source>
        <translation>请说明为何不通知受影响的个人：哪些措施能够有效避免对其造成危害（《个人信息保护法》第五十七条）。</translation>
    </message>
    <message>
        <source>Incident %1 cannot be closed: record when the authority was notified (PIPL Art. 57).</source>
        <translation>事件 %1 不能关闭：请记录通知主管部门的时间（《个人信息保护法》第五十七条）。</translation>
    </message>
    <message>
        <source>Incident %1 cannot be closed: record when the people affected were notified, or why they need not be (PIPL Art. 57).</source>
        <translation>事件 %1 不能关闭：请记录通知受影响个人的时间，或无需通知的理由（《个人信息保护法》第五十七条）。</translation>
    </message>
    <message>
        <source>The people affected by incident %1 were already notified.</source>
        <translation>事件 %1 的受影响个人已被通知。</translation>
    </message>
</context>
<context>
    <name>cd::KeyslotFile</name>
    <message>
        <source>The keyslot file cannot be written: %1</source>
        <translation>无法写入密钥槽文件：%1</translation>
    </message>
    <message>
        <source>The keyslot file (%1) is damaged or was altered. Nobody can unlock with it; restore it from a backup or use the recovery code with a good copy.</source>
        <translation>密钥槽文件（%1）已损坏或被篡改，任何人都无法用它解锁。请从备份中恢复，或使用恢复码配合完好的副本。</translation>
    </message>
    <message>
        <source>The keyslot file %1 is missing.</source>
        <translation>找不到密钥槽文件 %1。</translation>
    </message>
    <message>
        <source>The keyslot file has a version this program does not know.</source>
        <translation>本程序无法识别该密钥槽文件的版本。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the key.</source>
        <translation>内存不足，无法保护密钥。</translation>
    </message>
    <message>
        <source>Wrong user name or passphrase.</source>
        <translation>用户名或口令错误。</translation>
    </message>
    <message>
        <source>Not enough memory to open the key.</source>
        <translation>内存不足，无法打开密钥。</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>This database has no recovery slot.</source>
        <translation>此数据库没有恢复码密钥槽。</translation>
    </message>
    <message>
        <source>The keyslot file was altered outside ConsentDesk. It was not used; restore it from a backup.</source>
        <translation>密钥槽文件在 ConsentDesk 之外被修改过，因此未被使用；请从备份中恢复。</translation>
    </message>
    <message>
        <source>A change of keys is unfinished. Sign in again to finish it, then try again.</source>
        <translation>密钥更换尚未完成。请重新登录以完成更换，然后再试。</translation>
    </message>
    <message numerus="yes">
        <source>%n keyslot(s) still use the old format and cannot be re-sealed without their passphrase. Each of these users signs in once (or renew the recovery code), then try again.</source>
        <translation>
            <numerusform>有 %n 个密钥槽仍使用旧格式，没有其口令无法重新封装。请这些用户各登录一次（或更新恢复码），然后再试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::LedgerHeads</name>
    <message>
        <source>the signed head %1 does not follow the head before it: a head was removed or changed</source>
        <translation>签名链头 %1 未接续上一个链头：有链头被删除或修改</translation>
    </message>
    <message>
        <source>head %1 is signed with a key the store identity did not certify</source>
        <translation>链头 %1 的签名密钥未经门店身份密钥认证</translation>
    </message>
    <message>
        <source>the revocation of %1&apos;s key was forged</source>
        <translation>%1 密钥的吊销记录是伪造的</translation>
    </message>
    <message>
        <source>head %1 names another user than the key it is signed with</source>
        <translation>链头 %1 所写的用户与签名密钥的用户不符</translation>
    </message>
    <message>
        <source>head %1 is signed with %2&apos;s key after it was revoked</source>
        <translation>链头 %1 使用了 %2 已吊销的密钥签名</translation>
    </message>
    <message>
        <source>the signature of head %1 (%2, %3) does not match it</source>
        <translation>链头 %1（%2，%3）的签名与其内容不符</translation>
    </message>
    <message>
        <source>head %1 goes back to row %2</source>
        <translation>链头 %1 倒退到了第 %2 行</translation>
    </message>
    <message>
        <source>rows up to %1 are missing: head %2, signed by %3 at %4, vouched for them</source>
        <translation>第 %1 行及之前的记录缺失：%3 于 %4 签名的链头 %2 曾为其担保</translation>
    </message>
    <message>
        <source>rows %1 to %2 were rewritten: they no longer match head %3, signed by %4 at %5</source>
        <translation>第 %1 至 %2 行被改写：与 %4 于 %5 签名的链头 %3 不再一致</translation>
    </message>
    <message>
        <source>row %1 and the rows after it are not covered by any signed head</source>
        <translation>第 %1 行及之后的记录没有任何签名链头担保</translation>
    </message>
    <message>
        <source>row %1 names user #%2 but its commit is signed by user #%3</source>
        <translation>第 %1 行记为用户 #%2，但其提交由用户 #%3 签名</translation>
    </message>
</context>
<context>
    <name>cd::LedgerSeal</name>
    <message>
        <source>Only an officer whose keyslot holds the store identity can sign an evidence package. Sign in again, or ask another officer.</source>
        <translation>只有密钥槽中持有门店身份密钥的负责人才能签署证据包。请重新登录，或请其他负责人操作。</translation>
    </message>
    <message>
        <source>The ledgers cannot be vouched for: %1</source>
        <translation>无法为台账担保：%1</translation>
    </message>
    <message>
        <source>The %1 does not verify (%2), so no package can vouch for it.</source>
        <translation>%1未通过核验（%2），因此不能导出为其担保的证据包。</translation>
    </message>
</context>
<context>
    <name>cd::Ledgers</name>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>deletion log</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>your own signing key is not among the store&apos;s keys: the keys in this database were replaced</source>
        <translation>您自己的签名密钥不在门店的密钥中：此数据库中的密钥已被替换</translation>
    </message>
    <message>
        <source>the store identity in this database is not the one your keyslot holds: it was replaced</source>
        <translation>此数据库中的门店身份密钥与您密钥槽中的不同：已被替换</translation>
    </message>
</context>
<context>
    <name>cd::NoticeChecklist</name>
    <message>
        <source>Handler&apos;s name (Art. 17)</source>
        <translation>个人信息处理者的名称（第十七条）</translation>
    </message>
    <message>
        <source>Handler&apos;s contact (Art. 17)</source>
        <translation>个人信息处理者的联系方式（第十七条）</translation>
    </message>
    <message>
        <source>Purposes of processing (Art. 17)</source>
        <translation>处理目的（第十七条）</translation>
    </message>
    <message>
        <source>Methods of processing (Art. 17)</source>
        <translation>处理方式（第十七条）</translation>
    </message>
    <message>
        <source>Categories of personal information (Art. 17)</source>
        <translation>处理的个人信息种类（第十七条）</translation>
    </message>
    <message>
        <source>Retention period (Art. 17)</source>
        <translation>保存期限（第十七条）</translation>
    </message>
    <message>
        <source>How to exercise the rights of the individual (Art. 17)</source>
        <translation>个人行使权利的方式和程序（第十七条）</translation>
    </message>
    <message>
        <source>Why processing the sensitive data is necessary (Art. 30)</source>
        <translation>处理敏感个人信息的必要性（第三十条）</translation>
    </message>
    <message>
        <source>The impact on the individual&apos;s rights and interests (Art. 30)</source>
        <translation>对个人权益的影响（第三十条）</translation>
    </message>
</context>
<context>
    <name>cd::OpenDsrImport</name>
    <message>
        <source>The OpenDSR file is refused at byte %1 (line %2, column %3): %4. Nothing was imported.</source>
        <translation>OpenDSR 文件在第 %1 字节（第 %2 行，第 %3 列）处被拒绝：%4。未导入任何内容。</translation>
    </message>
    <message>
        <source>the array holds no requests</source>
        <translation>数组中没有请求</translation>
    </message>
    <message>
        <source>the file must hold one request object or an array of them</source>
        <translation>文件必须包含一个请求对象或由请求对象组成的数组</translation>
    </message>
    <message>
        <source>request %1 repeats the subject_request_id of request %2</source>
        <translation>请求 %1 的 subject_request_id 与请求 %2 重复</translation>
    </message>
    <message>
        <source>request %1 has no &quot;%2&quot;</source>
        <translation>请求 %1 缺少 \&quot;%2\&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>\&quot;%1\&quot; 必须是%2，而不是%3</translation>
    </message>
    <message>
        <source>&quot;subject_identities&quot; is empty</source>
        <translation>\&quot;subject_identities\&quot; 为空</translation>
    </message>
    <message>
        <source>an identity must be an object, not %1</source>
        <translation>身份标识必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>an identity needs identity_type, identity_value and identity_format</source>
        <translation>身份标识需要 identity_type、identity_value 和 identity_format</translation>
    </message>
    <message>
        <source>unknown identity_type</source>
        <translation>未知的 identity_type</translation>
    </message>
    <message>
        <source>identity_format must be raw, sha1, md5 or sha256</source>
        <translation>identity_format 必须是 raw、sha1、md5 或 sha256</translation>
    </message>
    <message>
        <source>a phone_number may hold only digits (5 to 20) and a leading +</source>
        <translation>phone_number 只能包含数字（5 到 20 位）和开头的 +</translation>
    </message>
    <message>
        <source>request %1 gives two different phone numbers</source>
        <translation>请求 %1 给出了两个不同的电话号码</translation>
    </message>
    <message>
        <source>a name must have 1 to 100 characters</source>
        <translation>姓名必须为 1 到 100 个字符</translation>
    </message>
    <message>
        <source>request %1 gives two different names</source>
        <translation>请求 %1 给出了两个不同的姓名</translation>
    </message>
    <message>
        <source>request %1 has no raw phone_number identity: the store matches and reaches requesters by phone only</source>
        <translation>请求 %1 没有 raw 格式的 phone_number 身份标识：门店只通过电话匹配和联系请求人</translation>
    </message>
    <message>
        <source>request %1 is %2, not an object</source>
        <translation>请求 %1 是%2，而不是对象</translation>
    </message>
    <message>
        <source>subject_request_id must be a lowercase version 4 UUID</source>
        <translation>subject_request_id 必须是小写的第 4 版 UUID</translation>
    </message>
    <message>
        <source>unknown subject_request_type (accepted: access, portability, erasure, rectification)</source>
        <translation>未知的 subject_request_type（可接受：access、portability、erasure、rectification）</translation>
    </message>
    <message>
        <source>submitted_time must be an RFC 3339 date and time with an offset</source>
        <translation>submitted_time 必须是带时区偏移的 RFC 3339 日期时间</translation>
    </message>
    <message>
        <source>regulation must be gdpr, ccpa or pipl</source>
        <translation>regulation 必须是 gdpr、ccpa 或 pipl</translation>
    </message>
    <message>
        <source>only api_version 2.x is read</source>
        <translation>只读取 api_version 2.x</translation>
    </message>
    <message>
        <source>request %1 is %2 already: a closed request is not taken in</source>
        <translation>请求 %1 已是 %2 状态：已结束的请求不予受理</translation>
    </message>
    <message>
        <source>unknown request_status</source>
        <translation>未知的 request_status</translation>
    </message>
    <message>
        <source>a status callback URL must be a string</source>
        <translation>状态回调 URL 必须是字符串</translation>
    </message>
    <message>
        <source>request %1 carries more than %2 bytes of other fields</source>
        <translation>请求 %1 的其他字段超过 %2 字节</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>Request %1 of the OpenDSR file (byte %2, line %3, column %4) is refused: %5. Nothing was imported.</source>
        <translation>OpenDSR 文件中的请求 %1（第 %2 字节，第 %3 行，第 %4 列）被拒绝：%5。未导入任何内容。</translation>
    </message>
    <message>
        <source>submitted_time lies in the future</source>
        <translation>submitted_time 是将来的时间</translation>
    </message>
    <message>
        <source>its subject_request_id was imported before, as request no. %1</source>
        <translation>其 subject_request_id 此前已导入，为 %1 号请求</translation>
    </message>
    <message>
        <source>the customer with this phone already has an open %1 request (no. %2)</source>
        <translation>该电话对应的顾客已有一个未结的%1请求（%2 号）</translation>
    </message>
    <message>
        <source>an earlier request in the file is of the same type for the same customer</source>
        <translation>文件中前面已有同一顾客的同类请求</translation>
    </message>
    <message>
        <source>no customer has this phone on record, and there is no name identity to record who asks</source>
        <translation>没有顾客登记此电话号码，也没有可记录请求人的 name 身份标识</translation>
    </message>
    <message>
        <source>OpenDSR request %1 (%2, %3), submitted %4.</source>
        <translation>OpenDSR 请求 %1（%2，%3），提交于 %4。</translation>
    </message>
</context>
<context>
    <name>cd::OpenItems</name>
    <message>
        <source>The agreement with vendor %1 ends on %2: record its renewal before then.</source>
        <translation>与厂商 %1 的委托处理协议将于 %2 到期：请在此之前记录续签的协议。</translation>
    </message>
    <message>
        <source>The agreement with vendor %1 ended on %2: record the new agreement.</source>
        <translation>与厂商 %1 的委托处理协议已于 %2 到期：请记录新的协议。</translation>
    </message>
    <message>
        <source>Camera zone %1 has a camera switched on but no sign record (PIPL Art. 26).</source>
        <translation>摄像头区域 %1 有摄像头处于开启状态，但没有标识记录（《个人信息保护法》第二十六条）。</translation>
    </message>
    <message>
        <source>The filing threshold was crossed on %1; the filing is due by %2 and not recorded yet.</source>
        <translation>已于 %1 达到备案门槛；备案应于 %2 前完成，目前尚未记录。</translation>
    </message>
    <message>
        <source>Security incident &quot;%1&quot;, found on %2, is still open: record the notifications and close it.</source>
        <translation>于 %2 发现的安全事件“%1”尚未关闭：请记录通知情况并关闭。</translation>
    </message>
</context>
<context>
    <name>cd::PiiaService</name>
    <message>
        <source>Name the purpose the assessment is about by its code.</source>
        <translation>请用代码指明评估所针对的用途。</translation>
    </message>
    <message>
        <source>Name the camera zone as vendor/zone, e.g. simvendor/entrance.</source>
        <translation>请以“供应商/区域”的形式指明摄像头区域，例如 simvendor/entrance。</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>whether the purpose and method are lawful, legitimate and necessary</source>
        <translation>处理目的、处理方式等是否合法、正当、必要</translation>
    </message>
    <message>
        <source>the impact on individuals&apos; rights and interests and the security risks</source>
        <translation>对个人权益的影响及安全风险</translation>
    </message>
    <message>
        <source>whether the protective measures are lawful, effective and proportionate</source>
        <translation>所采取的保护措施是否合法、有效并与风险程度相适应</translation>
    </message>
    <message>
        <source>The assessment must state %1 (PIPL Art. 56).</source>
        <translation>评估必须写明%1（《个人信息保护法》第五十六条）。</translation>
    </message>
    <message>
        <source>Give a review date that has not passed.</source>
        <translation>请给出一个尚未过去的复核日期。</translation>
    </message>
    <message>
        <source>The assessment must be kept until %1 at least: three years after its review date (PIPL Art. 56).</source>
        <translation>评估至少须保存至 %1：即复核日期后三年（《个人信息保护法》第五十六条）。</translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation>附件需要文件名和内容。</translation>
    </message>
    <message>
        <source>Version %1 of this assessment was approved on %2 already.</source>
        <translation>该评估的第 %1 版已于 %2 批准。</translation>
    </message>
    <message>
        <source>Its review date %1 has passed: write a new version with a new review date.</source>
        <translation>其复核日期 %1 已过：请以新的复核日期撰写新版本。</translation>
    </message>
    <message>
        <source>The assessment was changed meanwhile; try again.</source>
        <translation>评估在此期间已被更改，请重试。</translation>
    </message>
    <message>
        <source>There is no impact assessment with the id %1.</source>
        <translation>没有编号为 %1 的影响评估。</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
</context>
<context>
    <name>cd::PurposeService</name>
    <message>
        <source>The purpose was not found.</source>
        <translation>未找到该处理目的。</translation>
    </message>
    <message>
        <source>There is no purpose with the code %1.</source>
        <translation>不存在代码为 %1 的处理目的。</translation>
    </message>
    <message>
        <source>A purpose needs a code and a name in both languages.</source>
        <translation>处理目的须填写代码及中英文名称。</translation>
    </message>
    <message>
        <source>A purpose needs a legal basis and data categories.</source>
        <translation>处理目的须填写处理依据和个人信息种类。</translation>
    </message>
    <message>
        <source>The retention period must be at least one day.</source>
        <translation>保存期限至少为一天。</translation>
    </message>
    <message>
        <source>Face data is sensitive personal information: the purpose must be marked sensitive and require separate consent (PIPL Art. 28, 29).</source>
        <translation>人脸信息属于敏感个人信息：该处理目的须标记为敏感，并要求单独同意（《个人信息保护法》第二十八条、第二十九条）。</translation>
    </message>
    <message>
        <source>Separate consent is for sensitive personal information: mark the purpose sensitive as well.</source>
        <translation>单独同意适用于敏感个人信息：请同时将该处理目的标记为敏感。</translation>
    </message>
    <message>
        <source>A purpose with the code %1 exists already.</source>
        <translation>代码为 %1 的处理目的已存在。</translation>
    </message>
    <message>
        <source>A notice needs its text in Chinese and in English.</source>
        <translation>告知书须同时提供中文和英文文本。</translation>
    </message>
    <message>
        <source>The purpose has no notice in effect; publish one first.</source>
        <translation>该处理目的没有生效的告知书，请先发布告知书。</translation>
    </message>
    <message>
        <source>The notice does not state: %1. A notice must tell the customer each of these before their data is processed.</source>
        <translation>告知未载明：%1。处理个人信息前，告知必须向顾客说明上述每一项。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>Under 14</source>
        <translation>未满十四周岁</translation>
    </message>
    <message>
        <source>14 to 17</source>
        <translation>十四至十七周岁</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>十八周岁及以上</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>age band</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Counter tablet</source>
        <translation>柜台平板</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>纸质表格</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Granted</source>
        <comment>consent status</comment>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>consent status</comment>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>consent status</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Superseded</source>
        <comment>consent status</comment>
        <translation>已被取代</translation>
    </message>
</context>
<context>
    <name>cd::RegistrationService</name>
    <message>
        <source>Choose at least one purpose.</source>
        <translation>请至少选择一个处理目的。</translation>
    </message>
    <message>
        <source>Every purpose chosen processes face data and the customer did not give separate consent to it (PIPL Art. 29): there is nothing to register.</source>
        <translation>所选的每个处理目的都涉及人脸信息，而顾客未对其给予单独同意（《个人信息保护法》第二十九条）：没有可登记的内容。</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该顾客。</translation>
    </message>
</context>
<context>
    <name>cd::Rekey</name>
    <message>
        <source>Nothing was changed: another console or command has the database open, and the database key can only be changed while it is open here alone. Close the others and try again.</source>
        <translation>未做任何更改：另一个控制台或命令正打开着数据库，而只有在此处单独打开数据库时才能更换数据库密钥。请关闭其他程序后再试。</translation>
    </message>
    <message>
        <source>Sealing the new key for every remaining keyslot</source>
        <translation>正在为每个剩余的密钥槽封装新密钥</translation>
    </message>
    <message>
        <source>Re-encrypting the database</source>
        <translation>正在重新加密数据库</translation>
    </message>
    <message>
        <source>The change was saved, but the database key could not be changed: %1 A copy of the keyslot file from before the change still opens the database until the key is changed; try again when nothing else has the database open.</source>
        <translation>更改已保存，但数据库密钥未能更换：%1 在密钥更换之前，更改前的密钥槽文件副本仍能打开数据库；请在没有其他程序打开数据库时再试。</translation>
    </message>
    <message>
        <source>Writing the keyslot file</source>
        <translation>正在写入密钥槽文件</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>cd::RequestFulfiller</name>
    <message>
        <source>Asking %1 what it holds</source>
        <translation>正在询问 %1 持有哪些数据</translation>
    </message>
    <message>
        <source>The vendor is not running.</source>
        <translation>该供应商未在运行。</translation>
    </message>
    <message>
        <source>Writing the letter</source>
        <translation>正在生成答复函</translation>
    </message>
    <message>
        <source>Request %1 was completed without a response letter.</source>
        <translation>请求 %1 已完成，但没有答复函。</translation>
    </message>
    <message>
        <source>Collecting what the store holds</source>
        <translation>正在汇总本店持有的信息</translation>
    </message>
    <message>
        <source>Correcting the customer&apos;s record</source>
        <translation>正在更正顾客记录</translation>
    </message>
    <message>
        <source>Say in a note what was done for this request; it goes into the response letter.</source>
        <translation>请在备注中说明为此请求做了什么；该内容将写入答复函。</translation>
    </message>
    <message>
        <source>Erasing the customer&apos;s personal data in the store</source>
        <translation>正在删除本店持有的顾客个人信息</translation>
    </message>
    <message>
        <source>Erasing at the camera vendors</source>
        <translation>正在各摄像头供应商处删除</translation>
    </message>
    <message>
        <source>Stopped because the console was locked; fulfil the request again to send the package.</source>
        <translation>控制台已锁定，操作已停止；请再次履行该请求以发送资料包。</translation>
    </message>
</context>
<context>
    <name>cd::RequestRules</name>
    <message>
        <source>The request is %1 and closed: it cannot be changed (&quot;%2&quot; refused).</source>
        <translation>该请求状态为“%1”，已关闭，不能再更改（拒绝执行“%2”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed while the request is %2.</source>
        <translation>请求处于“%2”状态时不允许“%1”。</translation>
    </message>
    <message>
        <source>The request is paused, waiting on the customer: resume it before &quot;%1&quot;.</source>
        <translation>该请求已暂停，正在等待客户：请先恢复，再执行“%1”。</translation>
    </message>
    <message>
        <source>The request is not paused.</source>
        <translation>该请求未暂停。</translation>
    </message>
    <message>
        <source>Face recognition is never accepted to verify identity. Check an ID document at the counter, a code sent to the phone on record, or the member account.</source>
        <translation>人脸识别永远不能用于核验身份。请在柜台查验身份证件、向登记的手机发送验证码，或核对会员账户。</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>查阅</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Correction or supplement</source>
        <translation>更正或补充</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Restriction or objection</source>
        <translation>限制或拒绝处理</translation>
    </message>
    <message>
        <source>Explanation of the processing rules</source>
        <translation>解释处理规则</translation>
    </message>
    <message>
        <source>needs identity</source>
        <translation>待核验身份</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>identity verified</source>
        <translation>身份已核验</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>awaiting vendors</source>
        <translation>等待供应商</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>verify identity</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>await vendors</source>
        <translation>等待供应商</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>ID document seen at the counter</source>
        <translation>柜台查验身份证件</translation>
    </message>
    <message>
        <source>code sent to the phone on record</source>
        <translation>向登记手机发送验证码</translation>
    </message>
    <message>
        <source>member account</source>
        <translation>会员账户</translation>
    </message>
    <message>
        <source>face recognition (never accepted)</source>
        <translation>人脸识别（不予接受）</translation>
    </message>
    <message>
        <source>Your request no. %1 (%2) has been refused.

Reason: %3

Under Article 50 of the Personal Information Protection Law, you have the right to file a complaint with the department that performs personal information protection duties, and the right to bring a lawsuit in a people&apos;s court.</source>
        <translation>您的第 %1 号请求（%2）已被拒绝。

理由：%3

根据《个人信息保护法》第五十条，您有权向履行个人信息保护职责的部门投诉、举报，并有权依法向人民法院提起诉讼。</translation>
    </message>
</context>
<context>
    <name>cd::RequestService</name>
    <message>
        <source>There is no request %1.</source>
        <translation>没有编号为 %1 的请求。</translation>
    </message>
    <message>
        <source>A request that is not matched to a customer needs the requester&apos;s name and a phone number to reach them.</source>
        <translation>未匹配到客户的请求需要填写请求人的姓名和联系电话。</translation>
    </message>
    <message>
        <source>The phone number may hold only digits (5 to 20) and a leading +.</source>
        <translation>电话号码只能包含数字（5 到 20 位）和开头的 +。</translation>
    </message>
    <message>
        <source>The name (100 characters) or the details (%1 characters) are too long.</source>
        <translation>姓名（100 个字符）或请求内容（%1 个字符）过长。</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该客户。</translation>
    </message>
    <message>
        <source>This customer already has an open %1 request (no. %2): continue that one instead of taking a duplicate.</source>
        <translation>该客户已有一个未结的“%1”请求（第 %2 号）：请继续处理该请求，不要重复受理。</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Name the customer this request turned out to be from: it is not matched to a customer yet.</source>
        <translation>请指明该请求实际来自哪位客户：它尚未匹配到客户。</translation>
    </message>
    <message>
        <source>The request is already matched to a customer.</source>
        <translation>该请求已匹配到客户。</translation>
    </message>
    <message>
        <source>This customer already has an open %1 request (no. %2): cancel this one as a duplicate.</source>
        <translation>该客户已有一个未结的“%1”请求（第 %2 号）：请将本请求作为重复请求取消。</translation>
    </message>
    <message>
        <source>A refusal needs a written reason (PIPL Art. 50).</source>
        <translation>拒绝必须写明理由（《个人信息保护法》第五十条）。</translation>
    </message>
    <message>
        <source>Say why the request is cancelled (for example, the customer withdrew it, or it duplicates another).</source>
        <translation>请说明取消请求的原因（例如客户撤回了请求，或与另一请求重复）。</translation>
    </message>
    <message>
        <source>The deadline was already extended once; it cannot be extended again.</source>
        <translation>期限已延长过一次，不能再次延长。</translation>
    </message>
    <message>
        <source>An extension needs a reason.</source>
        <translation>延期必须写明理由。</translation>
    </message>
    <message>
        <source>An extension is from 1 to %1 working days.</source>
        <translation>延期为 1 到 %1 个工作日。</translation>
    </message>
    <message>
        <source>The user was not found.</source>
        <translation>未找到该用户。</translation>
    </message>
    <message>
        <source>Requests are assigned to an active privacy officer.</source>
        <translation>请求只能分派给在职的隐私官。</translation>
    </message>
    <message>
        <source>Request %1 is not awaiting vendors.</source>
        <translation>请求 %1 不在等待供应商状态。</translation>
    </message>
    <message>
        <source>The number of working days must be from %1 to %2.</source>
        <translation>工作日数必须在 %1 到 %2 之间。</translation>
    </message>
</context>
<context>
    <name>cd::ResponseLetter</name>
    <message>
        <source>access to your information</source>
        <translation>查阅您的个人信息</translation>
    </message>
    <message>
        <source>a copy of your information</source>
        <translation>复制您的个人信息</translation>
    </message>
    <message>
        <source>transfer of your information</source>
        <translation>转移您的个人信息</translation>
    </message>
    <message>
        <source>correction of your information</source>
        <translation>更正您的个人信息</translation>
    </message>
    <message>
        <source>deletion of your information</source>
        <translation>删除您的个人信息</translation>
    </message>
    <message>
        <source>withdrawal of your consent</source>
        <translation>撤回您的同意</translation>
    </message>
    <message>
        <source>restriction of processing</source>
        <translation>限制处理</translation>
    </message>
    <message>
        <source>an explanation of our rules</source>
        <translation>解释个人信息处理规则</translation>
    </message>
    <message>
        <source>Response to your request no. %1</source>
        <translation>关于您第 %1 号请求的答复</translation>
    </message>
    <message>
        <source>You asked for %1 on %2. Your customer reference: %3.</source>
        <translation>您于 %2 提出%1。您的顾客编号：%3。</translation>
    </message>
    <message>
        <source>We completed your request on %1.</source>
        <translation>我们已于 %1 办结您的请求。</translation>
    </message>
    <message>
        <source>What we deleted</source>
        <translation>我们删除了什么</translation>
    </message>
    <message>
        <source>Consents withdrawn (kept only as proof of what you agreed to): %1.</source>
        <translation>已撤回的同意（仅作为您曾同意内容的证明保留）：%1 项。</translation>
    </message>
    <message>
        <source>Your name, phone number and birth date were erased from our records. Every camera vendor that held your face data erased it and gave us a receipt.</source>
        <translation>您的姓名、电话号码和出生日期已从我们的记录中删除。持有您人脸信息的每家摄像头供应商均已删除并向我们出具回执。</translation>
    </message>
    <message>
        <source>our store</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Erased (counts)</source>
        <translation>已删除（数量）</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>What we keep, and why</source>
        <translation>我们保留什么及原因</translation>
    </message>
    <message>
        <source>We keep your customer reference, which purposes you consented to, under which notice text and when, and this record of the deletion: the law requires us to be able to prove them (PIPL Art. 47).</source>
        <translation>我们保留您的顾客编号、您同意的处理目的、所依据的告知文本及时间，以及本次删除的记录：法律要求我们能够证明这些事实（《个人信息保护法》第四十七条）。</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>我们做了什么</translation>
    </message>
    <message>
        <source>We gave you a letter and JSON and CSV copies of what we hold about you: your personal details, %1 consent records and what %2 camera vendors reported holding.</source>
        <translation>我们已向您提供答复函以及我们所持您信息的 JSON 和 CSV 副本：您的个人信息、%1 条同意记录，以及 %2 家摄像头供应商报告的持有情况。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Your information was already as you asked; nothing had to change.</source>
        <translation>您的信息已与您的要求一致，无需更改。</translation>
    </message>
    <message>
        <source>We corrected: %1.</source>
        <translation>我们已更正：%1。</translation>
    </message>
    <message>
        <source>Your personal information held by our store</source>
        <translation>本店持有的您的个人信息</translation>
    </message>
    <message>
        <source>In answer to your request no. %1 (PIPL Art. 44 and 45), this letter sets out what we hold about you, why, since when, for how long and with whom it was shared. A machine-readable copy is enclosed as JSON and CSV files.</source>
        <translation>答复您的第 %1 号请求（《个人信息保护法》第四十四条、第四十五条）：本函列明我们持有您的哪些信息、处理目的、起始时间、保存期限以及向谁提供过。另附 JSON 和 CSV 格式的机器可读副本。</translation>
    </message>
    <message>
        <source>Date: %1. Your customer reference: %2.</source>
        <translation>日期：%1。您的顾客编号：%2。</translation>
    </message>
    <message>
        <source>Your personal details</source>
        <translation>您的个人信息</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>What we hold</source>
        <translation>我们持有的信息</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>持有起始日期</translation>
    </message>
    <message>
        <source>Your personal details were erased on %1.</source>
        <translation>您的个人信息已于 %1 删除。</translation>
    </message>
    <message>
        <source>Why we hold it and for how long</source>
        <translation>处理目的与保存期限</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>while the consent lasts, then %1 days</source>
        <translation>同意有效期间，之后 %1 天</translation>
    </message>
    <message>
        <source>You have given no consent to us.</source>
        <translation>您未曾向我们作出任何同意。</translation>
    </message>
    <message>
        <source>Who it was shared with</source>
        <translation>向谁提供过</translation>
    </message>
    <message>
        <source>Camera analytics vendors process face data for us as entrusted processors (Art. 21). They know you only by your customer reference.</source>
        <translation>摄像头分析供应商作为受托处理者（第二十一条）为我们处理人脸信息，他们只通过您的顾客编号识别您。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Shared since</source>
        <translation>提供起始日期</translation>
    </message>
    <message>
        <source>Shared until</source>
        <translation>提供截止日期</translation>
    </message>
    <message>
        <source>What the vendor reported holding</source>
        <translation>供应商报告持有的信息</translation>
    </message>
    <message>
        <source>did not answer; we will ask again</source>
        <translation>未答复；我们将再次询问</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Your information was not shared with anyone.</source>
        <translation>您的信息未向任何人提供。</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>您的权利</translation>
    </message>
    <message>
        <source>You may ask us to correct (Art. 46) or delete (Art. 47) your information, withdraw a consent at any time (Art. 15), or explain our rules (Art. 48).</source>
        <translation>您可以要求我们更正（第四十六条）或删除（第四十七条）您的信息，随时撤回同意（第十五条），或要求我们解释处理规则（第四十八条）。</translation>
    </message>
</context>
<context>
    <name>cd::Retention</name>
    <message>
        <source>Customer&apos;s personal fields</source>
        <translation>顾客个人信息字段</translation>
    </message>
    <message>
        <source>Vendor face captures</source>
        <translation>供应商处的人脸采集数据</translation>
    </message>
    <message>
        <source>Closed request</source>
        <translation>已结束的请求</translation>
    </message>
    <message>
        <source>Enrolment awaiting renewal</source>
        <translation>待重新同意的人脸登记</translation>
    </message>
    <message>
        <source>Erased when the last consent has ended (withdrawn or expired) plus the longest retention period of the purposes consented to.</source>
        <translation>最后一项同意结束（撤回或到期）后，再经过所同意用途中最长的保存期限即删除。</translation>
    </message>
    <message>
        <source>Captures older than the longest retention period of the face purposes are purged at each vendor, once a day.</source>
        <translation>每天在各供应商处清除早于人脸用途最长保存期限的采集数据。</translation>
    </message>
    <message>
        <source>Details, contact, letters and notes are erased the set number of days after the request closed.</source>
        <translation>请求结束后经过设定天数，删除其内容、联系方式、函件和备注。</translation>
    </message>
    <message>
        <source>Enrolment ends and the vendors erase the face data when a consent needing renewal is not renewed within the grace period.</source>
        <translation>需重新同意的同意在宽限期内未重新取得时，终止登记，并由供应商删除人脸数据。</translation>
    </message>
</context>
<context>
    <name>cd::RetentionService</name>
    <message>
        <source>Keep closed requests 1 to 3650 days and allow 0 to 365 days for renewing a consent.</source>
        <translation>已结束的请求保存 1 至 3650 天；重新同意的宽限期为 0 至 365 天。</translation>
    </message>
</context>
<context>
    <name>cd::Role</name>
    <message>
        <source>Store staff</source>
        <translation>门店员工</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Timed jobs</source>
        <translation>定时任务</translation>
    </message>
</context>
<context>
    <name>cd::Session</name>
    <message>
        <source>The console is locked. Unlock it to continue.</source>
        <translation>控制台已锁定。请解锁后继续。</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this action.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>cd::SigningSetup</name>
    <message>
        <source>The store identity in this database is not the one your keyslot holds: the database was replaced or its records were rewritten. It is open read-only.</source>
        <translation>此数据库中的门店身份密钥与您密钥槽中的不同：数据库被替换或其记录被改写。已以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>cd::Store</name>
    <message>
        <source>The record was not found.</source>
        <translation>未找到该记录。</translation>
    </message>
    <message>
        <source>The file is not a ConsentDesk database, or it is damaged, or it does not belong to this keyslot file. It has not been changed.</source>
        <translation>该文件不是 ConsentDesk 数据库，或已损坏，或与此密钥槽文件不匹配。文件未被更改。</translation>
    </message>
    <message>
        <source>The database is damaged: a page failed its integrity check. The file has not been changed; keep a copy and restore from a backup.</source>
        <translation>数据库已损坏：有页面未通过完整性校验。文件未被更改；请保留一份副本，并从备份中恢复。</translation>
    </message>
    <message>
        <source>The database is in use by another process. Try again when it has finished.</source>
        <translation>数据库正被其他进程使用。请待其完成后重试。</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions.</source>
        <translation>数据库为只读。请检查该文件的权限。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容；请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>无法打开数据库文件。</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>无法读取或写入磁盘。</translation>
    </message>
    <message>
        <source>The change conflicts with a record that already exists.</source>
        <translation>该更改与已有记录冲突。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>数据库操作失败。</translation>
    </message>
    <message>
        <source>A file already exists at that path; it was left as it is.</source>
        <translation>该路径下已存在文件，已保留原样。</translation>
    </message>
    <message>
        <source>The database file does not exist.</source>
        <translation>数据库文件不存在。</translation>
    </message>
    <message>
        <source>The file is empty: it is not a ConsentDesk database.</source>
        <translation>该文件为空：不是 ConsentDesk 数据库。</translation>
    </message>
    <message>
        <source>The database file is truncated or damaged. It has not been changed.</source>
        <translation>数据库文件被截断或已损坏。文件未被更改。</translation>
    </message>
    <message>
        <source>The database refused a required setting.</source>
        <translation>数据库拒绝了一项必需的设置。</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a ConsentDesk database. It has not been changed.</source>
        <translation>该文件是 SQLite 数据库，但不是 ConsentDesk 数据库。文件未被更改。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of ConsentDesk. It has not been changed.</source>
        <translation>该数据库由更新版本的 ConsentDesk 写入。文件未被更改。</translation>
    </message>
    <message>
        <source>A part of the change failed, so nothing was saved.</source>
        <translation>更改的一部分未能完成，因此未保存任何内容。</translation>
    </message>
    <message>
        <source>The database key cannot be changed inside a transaction.</source>
        <translation>不能在事务中更换数据库密钥。</translation>
    </message>
    <message>
        <source>Indexes can be rebuilt only inside a transaction.</source>
        <translation>只能在事务中重建索引。</translation>
    </message>
    <message>
        <source>The index %1 is missing.</source>
        <translation>索引 %1 缺失。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>cd::StoreService</name>
    <message>
        <source>A store needs a code and a name.</source>
        <translation>门店须填写代码和名称。</translation>
    </message>
    <message>
        <source>A store with the code %1 exists already.</source>
        <translation>代码为 %1 的门店已存在。</translation>
    </message>
</context>
<context>
    <name>cd::SubjectErasure</name>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该顾客。</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 still has %n granted consent(s): withdraw them before erasing the personal data.</source>
        <translation>
            <numerusform>顾客 %1 仍有 %n 项有效同意：请先撤回，再删除其个人信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) of these customers are still granted: withdraw them before erasing.</source>
        <translation>
            <numerusform>这些顾客仍有 %n 项有效同意：请先撤回再删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program is reading the database; the erased data leaves the write-ahead log at the next checkpoint.</source>
        <translation>另一个程序正在读取数据库；已删除的数据将在下一次检查点时从预写日志中清除。</translation>
    </message>
</context>
<context>
    <name>cd::SubjectService</name>
    <message>
        <source>Enter the customer&apos;s name (at most 100 characters).</source>
        <translation>请输入顾客姓名（最多 100 个字符）。</translation>
    </message>
    <message>
        <source>The phone number may hold only digits (5 to 20) and a leading +.</source>
        <translation>电话号码只能包含数字（5 至 20 位），开头可带“+”。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>There is no customer with the id %1.</source>
        <translation>顾客编号 %1 不存在。</translation>
    </message>
    <message>
        <source>The customer was not found.</source>
        <translation>未找到该顾客。</translation>
    </message>
    <message>
        <source>Customer %1 was erased; there is nothing left to correct.</source>
        <translation>顾客 %1 的信息已删除，没有可更正的内容。</translation>
    </message>
</context>
<context>
    <name>cd::UserService</name>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;@&apos;, without spaces.</source>
        <translation>用户名须为 1 至 64 个字母、数字、“.”、“-”、“_”或“@”，不能包含空格。</translation>
    </message>
    <message>
        <source>The user name %1 is or was in use; choose another.</source>
        <translation>用户名 %1 正在使用或曾被使用，请另选一个。</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another officer.</source>
        <translation>您不能移除自己，请由其他负责人操作。</translation>
    </message>
    <message>
        <source>The last privacy officer cannot be removed.</source>
        <translation>不能移除最后一位个人信息保护负责人。</translation>
    </message>
    <message>
        <source>The current passphrase is not correct.</source>
        <translation>当前口令不正确。</translation>
    </message>
</context>
<context>
    <name>cd::Vault</name>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The store name, store code and officer name are required.</source>
        <translation>门店名称、门店代码和负责人姓名为必填项。</translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation>%1 处已存在数据库，已保留原样。</translation>
    </message>
    <message>
        <source>The new database could not be read back.</source>
        <translation>无法读回新建的数据库。</translation>
    </message>
    <message>
        <source>The keyslot file belongs to another database. Nothing was changed.</source>
        <translation>该密钥槽文件属于另一个数据库。未作任何更改。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
</context>
<context>
    <name>cd::VendorAgreementService</name>
    <message>
        <source>Name the vendor by the id its plugin declares, e.g. simvendor.</source>
        <translation>请用其插件声明的标识指明供应商，例如 simvendor。</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>协议的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>An attachment needs a name and content.</source>
        <translation>附件需要文件名和内容。</translation>
    </message>
    <message>
        <source>The agreement has no document attached.</source>
        <translation>该协议未附文件。</translation>
    </message>
</context>
<context>
    <name>cd::VendorErasures</name>
    <message>
        <source>The vendor erasure was already recorded.</source>
        <translation>该厂商的删除已记录过。</translation>
    </message>
</context>
<context>
    <name>cd::VendorHost</name>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Restarting after a failure</source>
        <translation>故障后正在重启</translation>
    </message>
    <message>
        <source>Refused (plugin not valid)</source>
        <translation>已拒绝（插件无效）</translation>
    </message>
    <message>
        <source>The vendor plugin did not start in time.</source>
        <translation>厂商插件未能按时启动。</translation>
    </message>
    <message>
        <source>The vendor connection was closed.</source>
        <translation>与厂商的连接已关闭。</translation>
    </message>
    <message>
        <source>The console cannot open a local socket for the vendor.</source>
        <translation>控制台无法为厂商打开本地套接字。</translation>
    </message>
    <message>
        <source>The plugin host program cannot be started.</source>
        <translation>无法启动插件宿主进程。</translation>
    </message>
    <message>
        <source>The plugin was refused: %1</source>
        <translation>插件被拒绝：%1</translation>
    </message>
    <message>
        <source>The vendor reported an error: %1</source>
        <translation>厂商报告了错误：%1</translation>
    </message>
    <message>
        <source>The vendor sent a reply that is not valid (%1).</source>
        <translation>厂商返回的应答无效（%1）。</translation>
    </message>
    <message>
        <source>The vendor is not available now (%1).</source>
        <translation>厂商当前不可用（%1）。</translation>
    </message>
    <message>
        <source>The vendor did not answer within %1 ms.</source>
        <translation>厂商在 %1 毫秒内未应答。</translation>
    </message>
    <message>
        <source>The vendor stopped answering.</source>
        <translation>厂商已停止响应。</translation>
    </message>
    <message>
        <source>The plugin was refused by its host.</source>
        <translation>插件被其宿主进程拒绝。</translation>
    </message>
    <message>
        <source>The vendor&apos;s host process stopped unexpectedly.</source>
        <translation>厂商的宿主进程意外停止。</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>file sandbox (Landlock ABI %1)</source>
        <translation>文件沙箱（Landlock ABI %1）</translation>
    </message>
    <message>
        <source>no file sandbox (the kernel offers no Landlock)</source>
        <translation>无文件沙箱（内核不提供 Landlock）</translation>
    </message>
    <message>
        <source>memory not readable by the user&apos;s other processes</source>
        <translation>本用户的其他进程无法读取其内存</translation>
    </message>
    <message>
        <source>no core dumps</source>
        <translation>不生成核心转储</translation>
    </message>
    <message>
        <source>minimal environment</source>
        <translation>最小环境变量</translation>
    </message>
    <message>
        <source>no inherited descriptors</source>
        <translation>不继承文件描述符</translation>
    </message>
    <message>
        <source>The plugin was refused: it said hello as vendor &quot;%1&quot;, but its file&apos;s checked metadata names &quot;%2&quot;.</source>
        <translation>插件被拒绝：它以供应商“%1”的身份问候，但其文件经检查的元数据为“%2”。</translation>
    </message>
</context>
<context>
    <name>cd::VendorManager</name>
    <message>
        <source>The camera vendor %1 is not running.</source>
        <translation>摄像头厂商 %1 未在运行。</translation>
    </message>
    <message>
        <source>The vendor&apos;s reply to %1 is not valid.</source>
        <translation>厂商对 %1 的应答无效。</translation>
    </message>
    <message>
        <source>Give a reason for the change of mode; it goes into the audit log.</source>
        <translation>请填写更改模式的原因；该原因将记入审计日志。</translation>
    </message>
    <message>
        <source>The vendor&apos;s receipt does not account for everything it held.</source>
        <translation>厂商的回执未涵盖其持有的全部数据。</translation>
    </message>
    <message>
        <source>The vendor still holds data about the subject after erasing.</source>
        <translation>删除后厂商仍持有该顾客的数据。</translation>
    </message>
    <message>
        <source>The vendor still holds captures older than the purge date.</source>
        <translation>供应商仍保存早于清除日期的采集数据。</translation>
    </message>
    <message>
        <source>Stopped because the console was locked; it is tried again later.</source>
        <translation>控制台已锁定，操作已停止；稍后会再次尝试。</translation>
    </message>
    <message>
        <source>Camera %1 cannot recognise faces: its vendor %2 declares that it cannot identify anyone (it only counts people). Use count-only.</source>
        <translation>摄像头 %1 不能识别人脸：其供应商 %2 声明无法识别任何人（只统计人数）。请使用“仅计数”。</translation>
    </message>
</context>
<context>
    <name>cd::VendorSettings</name>
    <message>
        <source>The settings are %1 bytes; at most %2 are allowed.</source>
        <translation>设置有 %1 字节；最多允许 %2 字节。</translation>
    </message>
    <message>
        <source>The settings are not valid JSON: %1 (at character %2).</source>
        <translation>设置不是有效的 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The settings must be one JSON object, {…}.</source>
        <translation>设置必须是一个 JSON 对象 {…}。</translation>
    </message>
    <message>
        <source>“%1” is not a vendor code (lower-case letters, digits, “.”, “_” and “-”).</source>
        <translation>“%1”不是厂商代码（小写字母、数字、“.”、“_”和“-”）。</translation>
    </message>
    <message>
        <source>The settings are larger than %1 bytes.</source>
        <translation>设置超过 %1 字节。</translation>
    </message>
    <message>
        <source>“sourcePaths” must be a list of absolute paths.</source>
        <translation>“sourcePaths”必须是绝对路径的列表。</translation>
    </message>
    <message>
        <source>“sourcePaths” names %1 paths; at most %2 are allowed.</source>
        <translation>“sourcePaths”列出了 %1 个路径；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>“sourcePaths”: “%1” is not an absolute path without “.” or “..”.</source>
        <translation>“sourcePaths”：“%1”不是不含“.”或“..”的绝对路径。</translation>
    </message>
    <message>
        <source>“sourcePaths”: %1 does not exist.</source>
        <translation>“sourcePaths”：%1 不存在。</translation>
    </message>
    <message>
        <source>“sourcePaths”: %1 is a folder; name the video file or the camera device itself.</source>
        <translation>“sourcePaths”：%1 是文件夹；请填写视频文件或摄像头设备本身。</translation>
    </message>
    <message>
        <source>Camera “%1” reads %2, which “sourcePaths” does not list: the plugin host&apos;s file sandbox would not let it open it.</source>
        <translation>摄像头“%1”读取 %2，但“sourcePaths”未列出它：插件宿主的文件沙箱将不允许打开它。</translation>
    </message>
</context>
<context>
    <name>cd::VendorWorker</name>
    <message>
        <source>Cancelled because the console was locked; it is tried again later.</source>
        <translation>控制台已锁定，操作已取消；稍后会再次尝试。</translation>
    </message>
</context>
<context>
    <name>cd::WorkingCalendar</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;.</source>
        <translation>应为“键: 值”格式。</translation>
    </message>
    <message>
        <source>the year must be a number such as 2027.</source>
        <translation>年份必须是数字，例如 2027。</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD or a range &quot;FIRST .. LAST&quot;.</source>
        <translation>应为日期 YYYY-MM-DD 或范围“起始 .. 结束”。</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (year, source, off, work).</source>
        <translation>未知的键“%1”（可用：year、source、off、work）。</translation>
    </message>
    <message>
        <source>the file names no year (&quot;year: 2027&quot;).</source>
        <translation>文件未写明年份（“year: 2027”）。</translation>
    </message>
    <message>
        <source>the file is named for %1 but covers %2.</source>
        <translation>文件名为 %1 年，内容却是 %2 年。</translation>
    </message>
    <message>
        <source>the file names no source (&quot;source: …&quot;, the notice the dates come from).</source>
        <translation>文件未写明来源（“source: …”，即日期所依据的通知）。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is a weekday; only a Saturday or Sunday can be an adjusted working day.</source>
        <translation>%1 是工作日；只有星期六或星期日才能是调休上班日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day.</source>
        <translation>%1 同时被列为放假日和上班日。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday were counted as working days, so the deadline may be earlier than the true one. Add the year&apos;s calendar file to make it exact.</source>
        <translation>没有 %1 年的节假日日历：已按周一至周五计算工作日，期限可能早于实际期限。添加该年的日历文件即可精确计算。</translation>
    </message>
</context>
<context>
    <name>cd::cli::ArgsText</name>
    <message>
        <source>Run &quot;%1&quot; to see the usage.</source>
        <translation>运行“%1”查看用法。</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 须为 %2 至 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 does not take a value.</source>
        <translation>--%1 不接受参数值。</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 需要一个值（%2）。</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 被指定了多次。</translation>
    </message>
    <message>
        <source>Missing argument: %1</source>
        <translation>缺少参数：%1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>(may be repeated)</source>
        <translation>（可重复指定）</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>全局选项（可放在命令之前或之后）：</translation>
    </message>
</context>
<context>
    <name>cd::cli::CameraCommands</name>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>No camera-vendor plugins were found in: %1</source>
        <translation>在以下位置未找到摄像头厂商插件：%1</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Sign posted</source>
        <translation>已张贴告示标识</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>People whose face data a vendor holds: %1</source>
        <translation>有厂商持有其人脸信息的人数：%1</translation>
    </message>
    <message>
        <source>Name the camera as VENDOR/DEVICE, e.g. simvendor/cam-entrance-1.</source>
        <translation>请以 VENDOR/DEVICE 形式指定摄像头，例如 simvendor/cam-entrance-1。</translation>
    </message>
    <message>
        <source>Camera %1 is now in mode %2.</source>
        <translation>摄像头 %1 的模式已改为 %2。</translation>
    </message>
    <message>
        <source>Give --zone VENDOR/ZONE, --description TEXT and --photo FILE.</source>
        <translation>请指定 --zone VENDOR/ZONE、--description TEXT 和 --photo FILE。</translation>
    </message>
    <message>
        <source>The photo %1 cannot be read.</source>
        <translation>无法读取照片 %1。</translation>
    </message>
    <message>
        <source>Sign record %1 added for zone %2.</source>
        <translation>已为区域 %2 添加告示标识记录 %1。</translation>
    </message>
    <message>
        <source>There is no zone %1; run &quot;camera list&quot; once so the console learns the vendor&apos;s zones.</source>
        <translation>不存在区域 %1；请先运行一次“camera list”，让控制台获取厂商的区域信息。</translation>
    </message>
    <message>
        <source>Customers enrolled: %1</source>
        <translation>已录入的顾客数：%1</translation>
    </message>
    <message>
        <source>Name the customer with --subject PSEUDONYM.</source>
        <translation>请用 --subject PSEUDONYM 指定顾客。</translation>
    </message>
    <message>
        <source>Still pending (retried with back-off):
%1</source>
        <translation>仍待处理（将按退避策略重试）：
%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>List the camera-vendor plugins found and whether their metadata is valid. No plugin code runs.</source>
        <translation>列出找到的摄像头厂商插件及其元数据是否有效。不会运行任何插件代码。</translation>
    </message>
    <message>
        <source>Start every valid plugin in its own host process and check that it answers. Exit code 1 when any plugin is refused or does not answer.</source>
        <translation>在各自独立的宿主进程中启动每个有效插件，并检查其是否应答。若有插件被拒绝或未应答，退出码为 1。</translation>
    </message>
    <message>
        <source>List the cameras of every vendor with their zone, mode and whether a sign is posted.</source>
        <translation>列出各厂商的摄像头及其区域、模式，以及是否已张贴告示标识。</translation>
    </message>
    <message>
        <source>Why; recorded in the audit log. Required.</source>
        <translation>原因，将记入审计日志。必填。</translation>
    </message>
    <message>
        <source>Record the sign posted at a zone, with a photo of it.</source>
        <translation>记录某区域张贴的告示标识，并附上照片。</translation>
    </message>
    <message>
        <source>The zone, e.g. simvendor/entrance.</source>
        <translation>区域，例如 simvendor/entrance。</translation>
    </message>
    <message>
        <source>What the sign says and where it hangs.</source>
        <translation>告示标识的内容及悬挂位置。</translation>
    </message>
    <message>
        <source>A photo of the posted sign.</source>
        <translation>已张贴告示标识的照片。</translation>
    </message>
    <message>
        <source>Enroll, at every running vendor, the customers whose separate consent to face recognition is valid.</source>
        <translation>在每个运行中的厂商处录入对人脸识别的单独同意仍然有效的顾客。</translation>
    </message>
    <message>
        <source>Erase a customer&apos;s data at the vendors now and record the receipts in the deletion log.</source>
        <translation>立即在各厂商处删除某顾客的数据，并将回执记入删除记录。</translation>
    </message>
    <message>
        <source>The customer&apos;s id (S-…).</source>
        <translation>顾客编号（S-…）。</translation>
    </message>
    <message>
        <source>Only this vendor (default: every vendor).</source>
        <translation>仅限此厂商（默认：所有厂商）。</translation>
    </message>
    <message>
        <source>Containment</source>
        <comment>of a vendor plugin host process</comment>
        <translation>隔离措施</translation>
    </message>
    <message>
        <source>Unknown camera mode %1: use %2.</source>
        <translation>未知的摄像头模式 %1：请使用 %2。</translation>
    </message>
    <message>
        <source>Vendor jobs confirmed with a receipt: %1</source>
        <translation>已凭回执确认的供应商任务：%1</translation>
    </message>
    <message>
        <source>Change what a camera may do. %1 needs a current sign record for the zone.</source>
        <translation>更改摄像头可执行的操作。%1 要求该区域有现行的告示标识记录。</translation>
    </message>
    <message>
        <source>Run the timed jobs: the retention sweep (expire consents whose time is up, erase what is due, queue the vendors&apos; purges and erasures), then carry out every vendor job owed, and list what is still pending. For the timer (resources/systemd), as the jobs role. Exit code 1 while any vendor job is pending.</source>
        <translation>运行定时任务：保存期限清理（使到期的同意失效、删除到期数据、为供应商排队清除和删除任务），然后执行所有待办的供应商任务，并列出仍待处理的任务。供定时器（resources/systemd）以 jobs 角色使用。仍有供应商任务待处理时退出码为 1。</translation>
    </message>
    <message>
        <source>No settings are stored for vendor %1.</source>
        <translation>未存储厂商 %1 的设置。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>无法读取设置文件 %1。</translation>
    </message>
    <message>
        <source>No plugin of vendor %1 is installed (see &quot;plugins list&quot;).</source>
        <translation>未安装厂商 %1 的插件（见“plugins list”）。</translation>
    </message>
    <message>
        <source>The plugin of vendor %1 refuses these settings: %2</source>
        <translation>厂商 %1 的插件拒绝这些设置：%2</translation>
    </message>
    <message>
        <source>The settings of vendor %1 were removed.</source>
        <translation>已删除厂商 %1 的设置。</translation>
    </message>
    <message>
        <source>The settings of vendor %1 were stored; its plugin accepted them. They take effect when the console next starts the vendor.</source>
        <translation>已存储厂商 %1 的设置；其插件已接受。控制台下次启动该厂商时生效。</translation>
    </message>
    <message>
        <source>Show the settings stored for a vendor&apos;s plugin (its cameras, streams or video files), or store new ones from a JSON file (docs/edgecount.md for the counting plugin&apos;s). New settings are checked, tried in the vendor&apos;s plugin host and stored only when the plugin accepts them; audited. {} removes them.</source>
        <translation>显示为厂商插件存储的设置（其摄像头、视频流或视频文件），或从 JSON 文件存储新设置（计数插件的设置见 docs/edgecount.md）。新设置会先经检查并在该厂商的插件宿主中试用，插件接受后才存储；记入审计日志。{} 表示删除。</translation>
    </message>
    <message>
        <source>The new settings, one JSON object.</source>
        <translation>新设置，一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>cd::cli::ComplianceCommands</name>
    <message>
        <source>--%1 must be a date such as 2026-12-31.</source>
        <translation>--%1 必须是日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>文件 %1 为空。</translation>
    </message>
    <message>
        <source>Give either --purpose CODE or --zone VENDOR/ZONE.</source>
        <translation>请给出 --purpose 代码 或 --zone 供应商/区域 二者之一。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>Recorded version %1 of the impact assessment for %2 (id %3); a privacy officer approves it with &quot;piia approve %3&quot;.</source>
        <translation>已记录 %2 的影响评估第 %1 版（编号 %3）；隐私负责人可用“piia approve %3”批准。</translation>
    </message>
    <message>
        <source>Give the assessment&apos;s id, as &quot;piia list&quot; shows it.</source>
        <translation>请给出评估编号（见“piia list”）。</translation>
    </message>
    <message>
        <source>Approved version %1 of the impact assessment for %2 on %3; review by %4, keep until %5.</source>
        <translation>已于 %3 批准 %2 的影响评估第 %1 版；须于 %4 前复核，保存至 %5。</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>impact assessment status</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>not approved</source>
        <comment>impact assessment status</comment>
        <translation>未批准</translation>
    </message>
    <message>
        <source>review overdue</source>
        <comment>impact assessment status</comment>
        <translation>复核逾期</translation>
    </message>
    <message>
        <source>purpose</source>
        <comment>what a PIIA is about</comment>
        <translation>用途</translation>
    </message>
    <message>
        <source>zone</source>
        <comment>what a PIIA is about</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>No impact assessment is recorded.</source>
        <translation>尚未记录任何影响评估。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>复核期限</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>--end-of-term is delete or return.</source>
        <translation>--end-of-term 的值为 delete（删除）或 return（返还）。</translation>
    </message>
    <message>
        <source>--location is on-device, store-server or cloud.</source>
        <translation>--location 的值为 on-device、store-server 或 cloud。</translation>
    </message>
    <message>
        <source>Recorded version %1 of the agreement with vendor %2.</source>
        <translation>已记录与供应商 %2 的协议第 %1 版。</translation>
    </message>
    <message>
        <source>in force</source>
        <comment>agreement status</comment>
        <translation>有效</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>agreement status</comment>
        <translation>不完整</translation>
    </message>
    <message>
        <source>not yet in force</source>
        <comment>agreement status</comment>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>agreement status</comment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>No vendor agreement is recorded.</source>
        <translation>尚未记录任何供应商协议。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation>处理地点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>--purpose CODE | --zone VENDOR/ZONE --title T --legality T --impact T --measures T --review-on DATE [--keep-until DATE] [--attach FILE]...</source>
        <translation>--purpose 代码 | --zone 供应商/区域 --title T --legality T --impact T --measures T --review-on 日期 [--keep-until 日期] [--attach 文件]...</translation>
    </message>
    <message>
        <source>Record a new version of a personal-information impact assessment (PIPL Art. 55-56) for a purpose or a camera zone. Privacy officers only.</source>
        <translation>为某一用途或摄像头区域记录个人信息保护影响评估的新版本（《个人信息保护法》第五十五、五十六条）。仅限隐私负责人。</translation>
    </message>
    <message>
        <source>A sensitive purpose is activated, and a camera set to recognise faces, only with an approved assessment whose review date has not passed. It is kept at least three years after its review date.</source>
        <translation>只有在评估已获批准且未过复核日期时，才能启用敏感用途或将摄像头设为人脸识别。评估至少保存至复核日期后三年。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The purpose assessed, by its code.</source>
        <translation>所评估的用途（代码）。</translation>
    </message>
    <message>
        <source>VENDOR/ZONE</source>
        <translation>供应商/区域</translation>
    </message>
    <message>
        <source>The camera zone assessed, e.g. simvendor/entrance.</source>
        <translation>所评估的摄像头区域，例如 simvendor/entrance。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The assessment&apos;s title.</source>
        <translation>评估的标题。</translation>
    </message>
    <message>
        <source>Whether the purpose and method are lawful, legitimate and necessary.</source>
        <translation>处理目的、处理方式等是否合法、正当、必要。</translation>
    </message>
    <message>
        <source>The impact on individuals&apos; rights and interests, and the security risks.</source>
        <translation>对个人权益的影响及安全风险。</translation>
    </message>
    <message>
        <source>Whether the protective measures are lawful, effective and proportionate.</source>
        <translation>所采取的保护措施是否合法、有效并与风险程度相适应。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When the assessment is to be reviewed (YYYY-MM-DD).</source>
        <translation>评估的复核日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Keep until (default: three years after the review date).</source>
        <translation>保存期限（默认：复核日期后三年）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>A file to keep with it, encrypted in the database.</source>
        <translation>随评估保存的文件，加密保存在数据库中。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Approve an impact assessment version, dated today. Privacy officers only.</source>
        <translation>批准影响评估的某一版本，批准日期为今天。仅限隐私负责人。</translation>
    </message>
    <message>
        <source>List every impact assessment version with its status.</source>
        <translation>列出影响评估的每个版本及其状态。</translation>
    </message>
    <message>
        <source>--vendor CODE [--reference T] [--purpose T] [--method T] [--categories T] [--protection T] [--end-of-term delete|return] [--sub-processors T] [--location WHERE] [--from DATE] [--until DATE] [--document FILE]</source>
        <translation>--vendor 代码 [--reference T] [--purpose T] [--method T] [--categories T] [--protection T] [--end-of-term delete|return] [--sub-processors T] [--location 地点] [--from 日期] [--until 日期] [--document 文件]</translation>
    </message>
    <message>
        <source>Record a new version of the entrusted-processing agreement with a camera vendor (PIPL Art. 21). Privacy officers only.</source>
        <translation>记录与摄像头供应商的委托处理协议的新版本（《个人信息保护法》第二十一条）。仅限隐私负责人。</translation>
    </message>
    <message>
        <source>Record the contract as it is. Recognition stays refused while the agreement lacks a field, is not in force, or names a processing location other than the one the vendor&apos;s plugin declares.</source>
        <translation>按合同原样记录。若协议缺少某项约定、不在有效期内，或约定的处理地点与供应商插件声明的不同，人脸识别仍将被拒绝。</translation>
    </message>
    <message>
        <source>The vendor&apos;s id, as its plugin declares it.</source>
        <translation>供应商的标识（与其插件声明的一致）。</translation>
    </message>
    <message>
        <source>The contract&apos;s number or title.</source>
        <translation>合同编号或名称。</translation>
    </message>
    <message>
        <source>The purpose of the entrusted processing.</source>
        <translation>委托处理的目的。</translation>
    </message>
    <message>
        <source>The method of processing.</source>
        <translation>处理方式。</translation>
    </message>
    <message>
        <source>The categories of personal information.</source>
        <translation>个人信息的种类。</translation>
    </message>
    <message>
        <source>The protection measures.</source>
        <translation>保护措施。</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>delete or return the data at the end.</source>
        <translation>期满后删除（delete）或返还（return）数据。</translation>
    </message>
    <message>
        <source>Who else processes the data (&quot;none&quot; if nobody).</source>
        <translation>还有谁处理这些数据（若无，填“none”）。</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Where face data is processed: on-device, store-server or cloud.</source>
        <translation>人脸数据的处理地点：on-device、store-server 或 cloud。</translation>
    </message>
    <message>
        <source>The first day of the agreement (YYYY-MM-DD).</source>
        <translation>协议的起始日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day of the agreement (YYYY-MM-DD).</source>
        <translation>协议的最后一日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The signed contract, kept encrypted in the database.</source>
        <translation>已签署的合同，加密保存在数据库中。</translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation>[--all]</translation>
    </message>
    <message>
        <source>List the vendor agreements in force or not.</source>
        <translation>列出供应商协议（无论是否有效）。</translation>
    </message>
    <message>
        <source>Every version, not only the newest.</source>
        <translation>所有版本，而不只是最新版本。</translation>
    </message>
</context>
<context>
    <name>cd::cli::ConsentCommands</name>
    <message>
        <source>Name at least one purpose with --purpose CODE.</source>
        <translation>请用 --purpose CODE 至少指定一个处理目的。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;: use counter_tablet, paper_form or kiosk.</source>
        <translation>未知方式“%1”：请使用 counter_tablet、paper_form 或 kiosk。</translation>
    </message>
    <message>
        <source>There is no purpose &quot;%1&quot;.</source>
        <translation>不存在处理目的“%1”。</translation>
    </message>
    <message>
        <source>Registered for subject %1. Consent ids: %2</source>
        <translation>已为顾客 %1 登记同意。同意编号：%2</translation>
    </message>
    <message>
        <source>The consent id must be a positive number.</source>
        <translation>同意编号必须为正整数。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use counter, phone, online or letter.</source>
        <translation>未知渠道“%1”：请使用 counter、phone、online 或 letter。</translation>
    </message>
    <message>
        <source>Consent %1 was withdrawn.</source>
        <translation>同意记录 %1 已撤回。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use granted, withdrawn, expired or superseded.</source>
        <translation>未知状态“%1”：请使用 granted、withdrawn、expired 或 superseded。</translation>
    </message>
    <message>
        <source>Give either --subject PSEUDONYM or --name and --phone.</source>
        <translation>请指定 --subject PSEUDONYM，或同时指定 --name 和 --phone。</translation>
    </message>
    <message>
        <source>--birth-date and --age-band describe a new subject; they do not go with --subject.</source>
        <translation>--birth-date 和 --age-band 用于描述新顾客，不能与 --subject 同时使用。</translation>
    </message>
    <message>
        <source>A new subject needs both --name and --phone.</source>
        <translation>新顾客须同时指定 --name 和 --phone。</translation>
    </message>
    <message>
        <source>Give --birth-date or --age-band, not both.</source>
        <translation>请指定 --birth-date 或 --age-band，二者不能同时指定。</translation>
    </message>
    <message>
        <source>--birth-date must be a date written YYYY-MM-DD.</source>
        <translation>--birth-date 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>--age-band must be under14, 14to17 or adult.</source>
        <translation>--age-band 须为 under14、14to17 或 adult。</translation>
    </message>
    <message>
        <source>A guardian needs both --guardian-name and --guardian-relation.</source>
        <translation>监护人须同时指定 --guardian-name 和 --guardian-relation。</translation>
    </message>
    <message>
        <source>(renewal due)</source>
        <translation>（需重新取得同意）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>notice version</comment>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办员工</translation>
    </message>
    <message>
        <source>Consents shown: %1 of %2.</source>
        <translation>已显示 %1 条同意记录，共 %2 条。</translation>
    </message>
    <message>
        <source>(--subject PSEUDONYM | --name N --phone P [--birth-date YYYY-MM-DD | --age-band BAND]) --purpose CODE [options]</source>
        <translation>(--subject PSEUDONYM | --name N --phone P [--birth-date YYYY-MM-DD | --age-band BAND]) --purpose CODE [options]</translation>
    </message>
    <message>
        <source>Register a customer&apos;s consent to one or more purposes, each under the purpose&apos;s current notice version. Prints the new consent ids and the subject&apos;s pseudonym.</source>
        <translation>为顾客登记对一个或多个处理目的的同意，每项同意均依据该处理目的当前的告知书版本。输出新的同意编号及顾客编号。</translation>
    </message>
    <message>
        <source>A customer under 14 needs a guardian&apos;s consent (PIPL Art. 31); a purpose that needs separate consent (face data, Art. 29) needs --separate-consent.</source>
        <translation>未满十四周岁的顾客须取得监护人同意（《个人信息保护法》第三十一条）；对于需要单独同意的处理目的（人脸信息，第二十九条），须指定 --separate-consent。</translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation>PSEUDONYM</translation>
    </message>
    <message>
        <source>An existing subject, e.g. S-ABCDEFGHJKLM.</source>
        <translation>已有顾客，例如 S-ABCDEFGHJKLM。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A new subject&apos;s name.</source>
        <translation>新顾客的姓名。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>A new subject&apos;s phone number.</source>
        <translation>新顾客的电话号码。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>A new subject&apos;s birth date, YYYY-MM-DD.</source>
        <translation>新顾客的出生日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>BAND</translation>
    </message>
    <message>
        <source>Instead of a birth date: under14, 14to17 or adult.</source>
        <translation>代替出生日期：under14、14to17 或 adult。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A purpose the customer consents to.</source>
        <translation>顾客同意的处理目的。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>counter_tablet (default), paper_form or kiosk.</source>
        <translation>counter_tablet（默认）、paper_form 或 kiosk。</translation>
    </message>
    <message>
        <source>The customer gave the separate, explicit consent that sensitive data needs.</source>
        <translation>顾客已给予敏感个人信息所需的单独、明确同意。</translation>
    </message>
    <message>
        <source>The guardian&apos;s name (customers under 14).</source>
        <translation>监护人姓名（适用于未满十四周岁的顾客）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The guardian&apos;s relation, e.g. parent.</source>
        <translation>监护人与顾客的关系，例如“父亲”“母亲”。</translation>
    </message>
    <message>
        <source>The guardian consented.</source>
        <translation>监护人已同意。</translation>
    </message>
    <message>
        <source>ID [--channel CHANNEL]</source>
        <translation>ID [--channel CHANNEL]</translation>
    </message>
    <message>
        <source>Withdraw a consent. Withdrawing is as easy as consenting: one command, no questions.</source>
        <translation>撤回一项同意。撤回与同意同样便捷：一条命令，无需任何追问。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>How the customer asked: counter (default), phone, online or letter.</source>
        <translation>顾客提出撤回的方式：counter（默认）、phone、online 或 letter。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>List consents, newest first. Names and phone numbers are shown masked.</source>
        <translation>列出同意记录，最新的在前。姓名和电话号码以脱敏形式显示。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>granted, withdrawn, expired or superseded.</source>
        <translation>granted、withdrawn、expired 或 superseded。</translation>
    </message>
    <message>
        <source>Only consents to this purpose.</source>
        <translation>仅列出对此处理目的的同意。</translation>
    </message>
    <message>
        <source>A pseudonym, an exact phone number or the start of a name.</source>
        <translation>顾客编号、完整的电话号码或姓名的开头部分。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N consents (default 50).</source>
        <translation>最多列出 N 条同意记录（默认 50）。</translation>
    </message>
    <message>
        <source>Not registered, no separate consent given (use --separate-consent): %1</source>
        <translation>未登记（未给予单独同意，请使用 --separate-consent）：%1</translation>
    </message>
</context>
<context>
    <name>cd::cli::Context</name>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>以此用户身份登录。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE. Without it the passphrase is read from standard input when that is not a terminal, else asked for without echo.</source>
        <translation>从 FILE 的第一行读取口令。未指定时，若标准输入不是终端，则从标准输入读取口令，否则提示输入（不回显）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Wait up to N milliseconds for another process&apos;s lock (default 5000).</source>
        <translation>等待其他进程释放锁，最多 N 毫秒（默认 5000）。</translation>
    </message>
    <message>
        <source>Write the result as one JSON document on standard output.</source>
        <translation>将结果以单个 JSON 文档写入标准输出。</translation>
    </message>
    <message>
        <source>Write diagnostic log lines (never personal data) to standard error.</source>
        <translation>将诊断日志（绝不包含个人信息）写入标准错误。</translation>
    </message>
    <message>
        <source>Show help for the command.</source>
        <translation>显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME.</source>
        <translation>请用 --user NAME 指定登录用户。</translation>
    </message>
    <message>
        <source>There is no ConsentDesk database at %1. Create one with &quot;init&quot; or &quot;demo&quot;.</source>
        <translation>%1 处没有 ConsentDesk 数据库。请用“init”或“demo”创建。</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>%1 的口令： </translation>
    </message>
    <message>
        <source>The command failed.</source>
        <translation>命令执行失败。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>cd::cli::EvidenceCommands</name>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>--from DATE --to DATE --out FILE.zip [--lang zh_CN|en] [--full-records]</source>
        <translation>--from 日期 --to 日期 --out 文件.zip [--lang zh_CN|en] [--full-records]</translation>
    </message>
    <message>
        <source>Write the evidence package for a period: report.pdf, the records as CSV files, the notices in force, the ledgers and their signed heads, SHA256SUMS signed with the store identity and its public key. Officers only.</source>
        <translation>写出某一期间的证据包：report.pdf、以 CSV 文件形式导出的记录、当期有效的告知文本、日志账本及其签名头、以门店身份密钥签名的 SHA256SUMS 及其公钥。仅限隐私负责人。</translation>
    </message>
    <message>
        <source>Names and phone numbers are masked and customers named by pseudonym unless --full-records is given. Anyone can check the package without the store: sha256sum -c SHA256SUMS, and openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig (docs/evidence.md). Ctrl+C cancels and leaves no file.</source>
        <translation>除非指定 --full-records，姓名和电话均为脱敏形式，顾客以假名标识。任何人无需门店数据库即可核验证据包：sha256sum -c SHA256SUMS，以及 openssl pkeyutl -verify -pubin -inkey public_key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig（见 docs/evidence.md）。按 Ctrl+C 取消，不会留下文件。</translation>
    </message>
    <message>
        <source>The period&apos;s first day (YYYY-MM-DD).</source>
        <translation>期间的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The period&apos;s last day (YYYY-MM-DD), included.</source>
        <translation>期间的最后一天（YYYY-MM-DD），含当天。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The zip file to write (replaced if it exists).</source>
        <translation>要写出的 zip 文件（已存在则替换）。</translation>
    </message>
    <message>
        <source>The report&apos;s and the CSV headers&apos; language: zh_CN (default) or en.</source>
        <translation>报告和 CSV 表头的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Full names and phone numbers instead of masks.</source>
        <translation>输出完整姓名和电话，而非脱敏形式。</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD.</source>
        <translation>--%1 需要一个日期，格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--lang is zh_CN or en.</source>
        <translation>--lang 的取值为 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--out needs the package&apos;s file name.</source>
        <translation>--out 需要证据包的文件名。</translation>
    </message>
    <message numerus="yes">
        <source>Evidence package written: %1 (%n file(s), %2 bytes).</source>
        <translation>
            <numerusform>证据包已写入：%1（%n 个文件，%2 字节）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::cli::InitCommands</name>
    <message>
        <source>Write the recovery code down now and keep it somewhere safe, away from this computer. It is shown only this once. With it a privacy officer can get in when every passphrase is lost; without it, nobody can.</source>
        <translation>请立即抄下恢复码，并妥善保管在远离这台计算机的地方。恢复码仅显示这一次。所有口令都遗失时，个人信息保护负责人可凭恢复码进入系统；没有恢复码，任何人都无法进入。</translation>
    </message>
    <message>
        <source>Name the first privacy officer with --user NAME.</source>
        <translation>请用 --user NAME 指定首位个人信息保护负责人。</translation>
    </message>
    <message>
        <source>A database already exists at %1; it was left as it is.</source>
        <translation>%1 处已存在数据库，已保留原样。</translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>%1 的新口令： </translation>
    </message>
    <message>
        <source>Created the store database %1 with privacy officer &quot;%2&quot;.</source>
        <translation>已创建门店数据库 %1，个人信息保护负责人为“%2”。</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>恢复码：%1</translation>
    </message>
    <message>
        <source>Created the demo store %1. Synthetic customers: %2.</source>
        <translation>已创建演示门店 %1。虚构顾客数：%2。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The demo users&apos; passphrases are listed in the README. Every name and phone number in the demo store is made up.</source>
        <translation>演示用户的口令列在 README 中。演示门店中的所有姓名和电话号码均为虚构。</translation>
    </message>
    <message>
        <source>--user NAME [options]</source>
        <translation>--user NAME [options]</translation>
    </message>
    <message>
        <source>Create a new, empty store database and its keyslot file. --user names the first privacy officer; their passphrase is read like any passphrase (--passphrase-file, standard input, or asked twice). The recovery code is printed once.</source>
        <translation>创建一个新的空门店数据库及其密钥槽文件。--user 指定首位个人信息保护负责人；其口令的读取方式与其他口令相同（--passphrase-file、标准输入，或提示输入两次）。恢复码仅打印一次。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The store&apos;s name (default: the store code).</source>
        <translation>门店名称（默认：门店代码）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The store&apos;s short code (default S001).</source>
        <translation>门店简码（默认 S001）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The officer&apos;s display name.</source>
        <translation>负责人的显示名称。</translation>
    </message>
    <message>
        <source>[--subjects N]</source>
        <translation>[--subjects N]</translation>
    </message>
    <message>
        <source>Create a demo store filled with made-up customers and consents, for trying the console.</source>
        <translation>创建一个填充了虚构顾客和同意记录的演示门店，用于试用控制台。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many synthetic customers (default 200).</source>
        <translation>虚构顾客的数量（默认 200）。</translation>
    </message>
</context>
<context>
    <name>cd::cli::LedgerCommands</name>
    <message>
        <source>The %1 is intact. Entries checked: %2. Head hash: %3</source>
        <translation>%1完好。已检查条目：%2。链头哈希：%3</translation>
    </message>
    <message>
        <source>The %1 has been altered. First broken entry: %2 (%3).</source>
        <translation>%1已被篡改。第一个断开的条目：%2（%3）。</translation>
    </message>
    <message>
        <source>Ledger verification failed: %1 %2.</source>
        <translation>日志校验失败：%1 %2。</translation>
    </message>
    <message>
        <source>Check the hash chains of the audit log and the deletion log from the first entry to the last. Exit code 0: both intact; 1: altered, and the ledger and its first broken entry are named (&quot;audit seq N&quot;, &quot;deletion seq N&quot;).</source>
        <translation>从第一条到最后一条检查审计日志和删除日志的哈希链。退出码 0：两者均完好；1：已被篡改，并指出是哪个日志及其第一个断开的条目（&quot;audit seq N&quot;、&quot;deletion seq N&quot;）。</translation>
    </message>
</context>
<context>
    <name>cd::cli::MainText</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>ConsentDesk without a window: register and withdraw consents, manage purposes and users, and check the audit log of an encrypted store database.</source>
        <translation>无窗口版 ConsentDesk：登记和撤回同意，管理处理目的和用户，并校验加密门店数据库的审计日志。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>  0 done
  1 failed (the reason is on standard error)
  2 wrong usage
  3 wrong passphrase or unknown user
  4 the database is damaged or not a ConsentDesk database (it is never changed)
  5 the database is busy: another process holds its lock</source>
        <translation>  0 完成
  1 失败（原因见标准错误）
  2 用法错误
  3 口令错误或用户不存在
  4 数据库已损坏或不是 ConsentDesk 数据库（数据库绝不会被更改）
  5 数据库繁忙：另一个进程持有其锁</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for a command&apos;s options.</source>
        <translation>运行“%1”查看命令的选项。</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for a subcommand&apos;s options.</source>
        <translation>运行“%1”查看子命令的选项。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand.</source>
        <translation>“%1”需要子命令。</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;.</source>
        <translation>未知子命令“%1 %2”。</translation>
    </message>
</context>
<context>
    <name>cd::cli::OutputText</name>
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
    <name>cd::cli::Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>无法读取口令文件 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>口令文件 %1 为空。</translation>
    </message>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation>标准输入中未提供口令。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>未输入口令。</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>请再次输入新口令： </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed.</source>
        <translation>两次输入的口令不一致。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>cd::cli::PurposeCommands</name>
    <message>
        <source>The notice file %1 cannot be read: %2</source>
        <translation>无法读取告知书文件 %1：%2</translation>
    </message>
    <message>
        <source>The notice file %1 is empty.</source>
        <translation>告知书文件 %1 为空。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>Added purpose &quot;%1&quot; with notice version %2 (SHA-256 %3).</source>
        <translation>已添加处理目的“%1”，告知书版本 %2（SHA-256 %3）。</translation>
    </message>
    <message>
        <source>sensitive</source>
        <comment>purpose flag: sensitive personal information</comment>
        <translation>敏感</translation>
    </message>
    <message>
        <source>separate consent</source>
        <comment>purpose flag: needs its own explicit consent</comment>
        <translation>单独同意</translation>
    </message>
    <message>
        <source>inactive</source>
        <comment>purpose flag</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no notice version</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>处理依据</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>个人信息种类</translation>
    </message>
    <message>
        <source>Retention (days)</source>
        <translation>保存期限（天）</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Notice</source>
        <comment>notice version</comment>
        <translation>告知书版本</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Add a processing purpose together with its first notice version (the texts customers are shown, in Chinese and English). Privacy officers only.</source>
        <translation>添加一个处理目的及其首个告知书版本（向顾客展示的中英文文本）。仅限个人信息保护负责人。</translation>
    </message>
    <message>
        <source>The notice files are UTF-8 text. The notice&apos;s SHA-256 is printed: every consent given under it records that hash.</source>
        <translation>告知书文件须为 UTF-8 文本。命令会打印告知书的 SHA-256：依据该告知书给予的每项同意都会记录此哈希值。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A stable short id, e.g. face-recognition.</source>
        <translation>稳定的简短标识，例如 face-recognition。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The purpose&apos;s name in Chinese.</source>
        <translation>处理目的的中文名称。</translation>
    </message>
    <message>
        <source>The purpose&apos;s name in English.</source>
        <translation>处理目的的英文名称。</translation>
    </message>
    <message>
        <source>The legal basis, e.g. consent.</source>
        <translation>处理依据，例如 consent（取得个人同意）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Data categories, comma-separated, e.g. face,visit-history.</source>
        <translation>个人信息种类，以英文逗号分隔，例如 face,visit-history。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many days the data may be kept.</source>
        <translation>数据可保存的天数。</translation>
    </message>
    <message>
        <source>The data is sensitive personal information (PIPL Art. 28).</source>
        <translation>该数据属于敏感个人信息（《个人信息保护法》第二十八条）。</translation>
    </message>
    <message>
        <source>Consent must be given separately for this purpose (PIPL Art. 29).</source>
        <translation>该处理目的须单独取得同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The notice text in Chinese.</source>
        <translation>中文告知书文本。</translation>
    </message>
    <message>
        <source>The notice text in English.</source>
        <translation>英文告知书文本。</translation>
    </message>
    <message>
        <source>[--all]</source>
        <translation>[--all]</translation>
    </message>
    <message>
        <source>List the purposes with their current notice versions.</source>
        <translation>列出处理目的及其当前告知书版本。</translation>
    </message>
    <message>
        <source>Include inactive purposes.</source>
        <translation>包括已停用的处理目的。</translation>
    </message>
    <message>
        <source>The notice items file %1 cannot be read: %2</source>
        <translation>无法读取告知事项文件 %1：%2</translation>
    </message>
    <message>
        <source>The notice items file %1 is not a JSON object.</source>
        <translation>告知事项文件 %1 不是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a notice item with a text value; the items are: %3.</source>
        <translation>%2 中的“%1”不是带文字值的告知事项；告知事项为：%3。</translation>
    </message>
    <message>
        <source>--code C --name-zh Z --name-en E --basis B --categories C --retention-days N --notice-zh-file F --notice-en-file F --notice-items-file F [options]</source>
        <translation>--code C --name-zh Z --name-en E --basis B --categories C --retention-days N --notice-zh-file F --notice-en-file F --notice-items-file F [选项]</translation>
    </message>
    <message>
        <source>What the notice states, item by item, as a JSON object: handler, contact, purposes, methods, categories, retention, rights, and for sensitive data necessity and impact (PIPL Art. 17, 30). A notice lacking one is refused, naming it.</source>
        <translation>告知逐项载明的内容，JSON 对象：handler（处理者）、contact（联系方式）、purposes（目的）、methods（方式）、categories（种类）、retention（保存期限）、rights（权利行使），敏感个人信息另有 necessity（必要性）和 impact（影响）（《个人信息保护法》第十七条、第三十条）。缺少任一项的告知将被拒绝，并指出所缺项目。</translation>
    </message>
</context>
<context>
    <name>cd::cli::RecordCommands</name>
    <message>
        <source>--%1 must be a date and time such as 2026-12-01T14:30.</source>
        <translation>--%1 必须是日期和时间，例如 2026-12-01T14:30。</translation>
    </message>
    <message>
        <source>Give the incident&apos;s id, as &quot;incident list&quot; shows it.</source>
        <translation>请给出事件编号（见“incident list”的显示）。</translation>
    </message>
    <message>
        <source>The filing threshold has not been reached.</source>
        <translation>尚未达到备案门槛。</translation>
    </message>
    <message>
        <source>Threshold reached on %1; filed on %2 with %3, reference %4.</source>
        <translation>于 %1 达到门槛；已于 %2 向 %3 备案，编号 %4。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>--filed-on must be a date such as 2026-12-31.</source>
        <translation>--filed-on 必须是日期，例如 2026-12-31。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read or is empty.</source>
        <translation>文件 %1 无法读取或为空。</translation>
    </message>
    <message>
        <source>The filing made on %1 is recorded; the banner is gone.</source>
        <translation>已记录 %1 的备案；提醒横幅已消失。</translation>
    </message>
    <message>
        <source>Recorded incident %1.</source>
        <translation>已记录事件 %1。</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>无需通知</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No incident is recorded.</source>
        <translation>没有记录任何事件。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>已通知主管部门</translation>
    </message>
    <message>
        <source>People notified</source>
        <translation>已通知个人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recorded that the authority was notified of incident %1.</source>
        <translation>已记录事件 %1 已通知主管部门。</translation>
    </message>
    <message>
        <source>Recorded that the people affected by incident %1 were notified.</source>
        <translation>已记录事件 %1 已通知受影响的个人。</translation>
    </message>
    <message>
        <source>Recorded why the people affected by incident %1 are not notified.</source>
        <translation>已记录事件 %1 不通知受影响个人的理由。</translation>
    </message>
    <message>
        <source>Closed incident %1.</source>
        <translation>已关闭事件 %1。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>When it was done (local, e.g. 2026-12-01T14:30; default now).</source>
        <translation>完成时间（本地时间，例如 2026-12-01T14:30；默认为现在）。</translation>
    </message>
    <message>
        <source>Show whether the face-data filing threshold was reached, the deadline, and the filing.</source>
        <translation>显示是否达到人脸信息备案门槛、截止日期及备案情况。</translation>
    </message>
    <message>
        <source>--filed-on DATE --authority TEXT --reference TEXT [--receipt FILE]</source>
        <translation>--filed-on 日期 --authority 文字 --reference 文字 [--receipt 文件]</translation>
    </message>
    <message>
        <source>Record the filing made with the authority after the threshold was reached. Privacy officers only.</source>
        <translation>记录达到门槛后向主管部门所做的备案。仅限个人信息保护负责人。</translation>
    </message>
    <message>
        <source>The banner stays until this is recorded; a recorded filing cannot be changed.</source>
        <translation>记录之前提醒横幅一直显示；已记录的备案不能更改。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The day the filing was made (YYYY-MM-DD).</source>
        <translation>备案日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The authority it was filed with.</source>
        <translation>受理备案的主管部门。</translation>
    </message>
    <message>
        <source>The reference number on the receipt.</source>
        <translation>回执上的编号。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The receipt, kept encrypted in the database.</source>
        <translation>回执，加密保存在数据库中。</translation>
    </message>
    <message>
        <source>--title T --description T --categories T --people N --measures T [--occurred-at TIME] [--found-at TIME]</source>
        <translation>--title 文字 --description 文字 --categories 文字 --people 数量 --measures 文字 [--occurred-at 时间] [--found-at 时间]</translation>
    </message>
    <message>
        <source>Record a security incident (PIPL Art. 57). Privacy officers only.</source>
        <translation>记录安全事件（《个人信息保护法》第五十七条）。仅限个人信息保护负责人。</translation>
    </message>
    <message>
        <source>A short title.</source>
        <translation>简短标题。</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>发生了什么。</translation>
    </message>
    <message>
        <source>The categories of personal information involved.</source>
        <translation>涉及的个人信息种类。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>How many people are affected.</source>
        <translation>受影响的人数。</translation>
    </message>
    <message>
        <source>The remedial measures taken.</source>
        <translation>已采取的补救措施。</translation>
    </message>
    <message>
        <source>When it happened, if known.</source>
        <translation>发生时间（如已知）。</translation>
    </message>
    <message>
        <source>When it was found (default now).</source>
        <translation>发现时间（默认为现在）。</translation>
    </message>
    <message>
        <source>[--open]</source>
        <translation>[--open]</translation>
    </message>
    <message>
        <source>List the incident register.</source>
        <translation>列出安全事件登记簿。</translation>
    </message>
    <message>
        <source>Only incidents not yet closed.</source>
        <translation>仅列出尚未关闭的事件。</translation>
    </message>
    <message>
        <source>ID --authority TEXT [--at TIME]</source>
        <translation>编号 --authority 文字 [--at 时间]</translation>
    </message>
    <message>
        <source>Record that the authority was notified of an incident.</source>
        <translation>记录已就某事件通知主管部门。</translation>
    </message>
    <message>
        <source>The authority notified.</source>
        <translation>已通知的主管部门。</translation>
    </message>
    <message>
        <source>ID [--at TIME]</source>
        <translation>编号 [--at 时间]</translation>
    </message>
    <message>
        <source>Record that the people affected by an incident were notified.</source>
        <translation>记录已通知受某事件影响的个人。</translation>
    </message>
    <message>
        <source>ID --reason TEXT</source>
        <translation>编号 --reason 文字</translation>
    </message>
    <message>
        <source>Record why the people affected are not notified: the measures that effectively avoid harm.</source>
        <translation>记录不通知受影响个人的理由：能够有效避免危害的措施。</translation>
    </message>
    <message>
        <source>Which measures avoid harm to them.</source>
        <translation>哪些措施能避免对其造成危害。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Close an incident once the authority and the people affected are answered for.</source>
        <translation>在主管部门和受影响个人的通知均有交代后关闭事件。</translation>
    </message>
</context>
<context>
    <name>cd::cli::RequestCommands</name>
    <message>
        <source>--type TYPE (--subject PSEUDONYM | --name N --phone P) [options]</source>
        <translation>--type 类型 (--subject 假名 | --name 姓名 --phone 电话) [选项]</translation>
    </message>
    <message>
        <source>Take in a data-subject request (PIPL Art. 44-50). A request not matched to a customer waits in &quot;needs identity&quot;.</source>
        <translation>受理个人信息主体的请求（《个人信息保护法》第四十四至五十条）。未匹配到客户的请求处于“待核验身份”状态。</translation>
    </message>
    <message>
        <source>Types: access, copy, portability, correction, deletion, withdrawal, restriction, explanation. The deadline is the response setting (default 15 working days) on China&apos;s holiday calendar.</source>
        <translation>类型：access（查阅）、copy（复制）、portability（转移）、correction（更正）、deletion（删除）、withdrawal（撤回同意）、restriction（限制）、explanation（解释）。期限为答复时限设置（默认 15 个工作日），按中国节假日日历计算。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What the customer asks for.</source>
        <translation>客户请求的内容类型。</translation>
    </message>
    <message>
        <source>PSEUDONYM</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>The customer, e.g. S-ABCDEFGHJKLM.</source>
        <translation>客户，例如 S-ABCDEFGHJKLM。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Someone not matched to a customer yet: their name.</source>
        <translation>尚未匹配到客户的请求人：其姓名。</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Someone not matched yet: a phone number to reach them.</source>
        <translation>尚未匹配的请求人：联系电话。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>counter (default), phone, online or letter.</source>
        <translation>counter（柜台，默认）、phone（电话）、online（线上）或 letter（信函）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The request in the customer&apos;s words.</source>
        <translation>客户原话表述的请求。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>List open requests by working days left. Overdue requests are always listed, whatever the filter.</source>
        <translation>按剩余工作日列出未结请求。无论如何筛选，逾期请求始终列出。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only requests in this state.</source>
        <translation>只显示此状态的请求。</translation>
    </message>
    <message>
        <source>Only requests of this type.</source>
        <translation>只显示此类型的请求。</translation>
    </message>
    <message>
        <source>Closed requests too (the newest 100).</source>
        <translation>同时显示已结请求（最新 100 条）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Show a request, its deadline and its timeline.</source>
        <translation>显示请求、其期限和时间线。</translation>
    </message>
    <message>
        <source>ID ACTION [options]</source>
        <translation>编号 操作 [选项]</translation>
    </message>
    <message>
        <source>Apply an action: verify-identity, start, await-vendors, complete, refuse, cancel, pause, resume, extend or assign. Only the transitions of the state machine are allowed.</source>
        <translation>执行操作：verify-identity、start、await-vendors、complete、refuse、cancel、pause、resume、extend 或 assign。只允许状态机中的转换。</translation>
    </message>
    <message>
        <source>refuse, cancel and extend need --reason; a refusal letter states the customer&apos;s right to complain and to sue (Art. 50). verify-identity needs --method (face recognition is never accepted) and, for a request not matched yet, --subject. extend needs --days; assign needs --to.</source>
        <translation>refuse、cancel 和 extend 需要 --reason；拒绝函会说明客户投诉和起诉的权利（第五十条）。verify-identity 需要 --method（人脸识别不予接受），尚未匹配的请求还需要 --subject。extend 需要 --days；assign 需要 --to。</translation>
    </message>
    <message>
        <source>Why (refuse, cancel, extend), or a note.</source>
        <translation>理由（拒绝、取消、延期）或备注。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>id-document, phone-code or member-account.</source>
        <translation>id-document（身份证件）、phone-code（手机验证码）或 member-account（会员账户）。</translation>
    </message>
    <message>
        <source>Who an unmatched request turned out to be from.</source>
        <translation>未匹配的请求实际来自哪位客户。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Working days of the one extension.</source>
        <translation>唯一一次延期的工作日数。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The officer to assign the request to.</source>
        <translation>分派给的隐私官。</translation>
    </message>
    <message>
        <source>ID [--out FILE_OR_DIR] [--lang zh_CN|en] [options]</source>
        <translation>ID [--out FILE_OR_DIR] [--lang zh_CN|en] [选项]</translation>
    </message>
    <message>
        <source>Fulfil a request end to end and write the customer&apos;s letter as a PDF (Art. 45-47).</source>
        <translation>完整办理一项请求，并将给顾客的答复函写成 PDF（第四十五至四十七条）。</translation>
    </message>
    <message>
        <source>access, copy, portability: a letter of what is held, why, since when, for how long and who it was shared with (each vendor is asked what it holds), with JSON and CSV copies; --out is required. correction: --name, --phone or --birth-date. deletion, withdrawal: consents withdrawn, personal fields erased here and at every vendor with receipts; the request completes once every receipt is in. restriction, explanation: --note says what was done. A completed request writes its letter again.</source>
        <translation>access、copy、portability：一封说明持有哪些信息、处理目的、起始时间、保存期限及向谁提供过的函件（逐一询问各供应商的持有情况），附 JSON 和 CSV 副本；必须提供 --out。correction：--name、--phone 或 --birth-date。deletion、withdrawal：撤回同意，在本店及每家供应商处删除个人信息并取得回执；全部回执到齐后请求才完成。restriction、explanation：用 --note 说明所做的处理。已完成的请求会再次生成其答复函。</translation>
    </message>
    <message>
        <source>FILE_OR_DIR</source>
        <translation>文件或文件夹</translation>
    </message>
    <message>
        <source>The letter&apos;s PDF file, or a folder for the files.</source>
        <translation>答复函的 PDF 文件，或存放这些文件的文件夹。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The customer&apos;s language: zh_CN (default) or en.</source>
        <translation>顾客的语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>Correction: the right name.</source>
        <translation>更正：正确的姓名。</translation>
    </message>
    <message>
        <source>Correction: the right phone number.</source>
        <translation>更正：正确的电话号码。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Correction: the right birth date (YYYY-MM-DD).</source>
        <translation>更正：正确的出生日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Restriction, explanation: what was done.</source>
        <translation>限制处理、解释说明：所做的处理。</translation>
    </message>
    <message>
        <source>FILE [--dry-run]</source>
        <translation>文件 [--dry-run]</translation>
    </message>
    <message>
        <source>Import OpenDSR v2.0 requests from a JSON file (one request or an array), all or nothing.</source>
        <translation>从 JSON 文件（一个请求或一个数组）导入 OpenDSR v2.0 请求，要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>Each requester is matched to a customer only by the exact phone on record; the others wait in &quot;needs identity&quot;. A malformed or hostile file is refused with the byte, line and column, and nothing is written.</source>
        <translation>每位请求人只通过登记的完全相同的电话号码与顾客匹配；其余请求停在“待核验身份”。格式错误或恶意的文件会被拒绝，并给出字节、行和列，不写入任何内容。</translation>
    </message>
    <message>
        <source>Check the file against the store without writing.</source>
        <translation>对照门店数据检查文件，但不写入。</translation>
    </message>
    <message>
        <source>--type must be one of: %1.</source>
        <translation>--type 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>Give either --subject PSEUDONYM or, for someone not matched yet, --name and --phone.</source>
        <translation>请给出 --subject 假名，或者对尚未匹配的请求人给出 --name 和 --phone。</translation>
    </message>
    <message>
        <source>--channel must be counter, phone, online or letter.</source>
        <translation>--channel 必须是 counter、phone、online 或 letter。</translation>
    </message>
    <message>
        <source>Request %1 taken in: %2, due %3.</source>
        <translation>已受理第 %1 号请求：%2，期限 %3。</translation>
    </message>
    <message>
        <source>--state must be one of: %1.</source>
        <translation>--state 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>OVERDUE (always shown)</source>
        <translation>已逾期（始终显示）</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>隐私官</translation>
    </message>
    <message>
        <source>Requests shown: %1.</source>
        <translation>显示的请求：%1。</translation>
    </message>
    <message>
        <source>Calendar file refused: %1</source>
        <translation>日历文件被拒绝：%1</translation>
    </message>
    <message>
        <source>Request %1: %2, %3</source>
        <translation>第 %1 号请求：%2，%3</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>受理时间：%1</translation>
    </message>
    <message>
        <source>Due: %1 (%2 working days left)</source>
        <translation>期限：%1（剩余 %2 个工作日）</translation>
    </message>
    <message>
        <source>Identity: %1, by %2 at %3</source>
        <translation>身份核验：%1，由 %2 于 %3 核验</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>The action must be one of: %1.</source>
        <translation>操作必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--method must be id-document, phone-code or member-account.</source>
        <translation>--method 必须是 id-document、phone-code 或 member-account。</translation>
    </message>
    <message>
        <source>verify-identity needs --method.</source>
        <translation>verify-identity 需要 --method。</translation>
    </message>
    <message>
        <source>Request %1 is now %2.</source>
        <translation>第 %1 号请求现在为：%2。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en.</source>
        <translation>--lang 必须是 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--birth-date must be a date like 1990-05-31.</source>
        <translation>--birth-date 必须是形如 1990-05-31 的日期。</translation>
    </message>
    <message>
        <source>An access, copy or portability request needs --out: where to write the customer&apos;s package.</source>
        <translation>查阅、复制或转移请求需要 --out：顾客资料包的写入位置。</translation>
    </message>
    <message>
        <source>Request %1 is fulfilled and completed.</source>
        <translation>请求 %1 已办理并完成。</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Request %1 is awaiting vendors: %2 vendor erasure(s) still need a receipt. It completes by itself once they are in (the console&apos;s scheduler or &quot;jobs run&quot;); run this command again for the letter.</source>
        <translation>请求 %1 正在等待供应商：还有 %2 项供应商删除尚未取得回执。回执全部到齐后（由控制台的调度程序或 \&quot;jobs run\&quot; 处理）请求将自动完成；届时再次运行此命令即可获得答复函。</translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: %n request(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>文件有效：将导入 %n 个请求；未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>已导入 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request id must be a positive number.</source>
        <translation>请求编号必须是正数。</translation>
    </message>
</context>
<context>
    <name>cd::cli::RetentionCommands</name>
    <message>
        <source>%1 (due now)</source>
        <translation>%1（现已到期）</translation>
    </message>
    <message>
        <source>waiting for the vendor&apos;s receipt</source>
        <translation>等待供应商回执</translation>
    </message>
    <message>
        <source>Nothing is held under a retention timer.</source>
        <translation>没有受保存期限计时的数据。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未作任何更改。</translation>
    </message>
    <message>
        <source>Retention sweep done.</source>
        <translation>保存期限清理已完成。</translation>
    </message>
    <message>
        <source>Consents that would expire: %1</source>
        <translation>将会到期的同意：%1</translation>
    </message>
    <message>
        <source>Consents expired: %1</source>
        <translation>已到期的同意：%1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>没有到期的项目。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (vendor jobs queued: %1)</source>
        <translation>（已排队的供应商任务：%1）</translation>
    </message>
    <message>
        <source> (deletion log %1)</source>
        <translation>（删除日志 %1）</translation>
    </message>
    <message>
        <source>Run the retention timers: expire consents, erase customers&apos; personal fields and closed requests whose period is over, end enrolments not renewed in time and queue the vendors&apos; purges and erasures. One deletion-log entry per action. Jobs role or officer.</source>
        <translation>执行保存期限计时：使到期的同意失效，删除保存期限已满的顾客个人信息字段和已结束的请求，终止未按时重新同意的登记，并为供应商排队清除和删除任务。每项操作写一条删除日志。限 jobs 角色或隐私官。</translation>
    </message>
    <message>
        <source>Only count what is due; write nothing.</source>
        <translation>只统计到期项目，不写入任何内容。</translation>
    </message>
    <message>
        <source>Show the retention rules and what is due when, soonest first.</source>
        <translation>显示保存期限规则及各项的到期时间，最早的在前。</translation>
    </message>
</context>
<context>
    <name>cd::cli::UserCommands</name>
    <message>
        <source>New passphrase for %1: </source>
        <translation>%1 的新口令： </translation>
    </message>
    <message>
        <source>Added user &quot;%1&quot; (%2).</source>
        <translation>已添加用户“%1”（%2）。</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was changed.</source>
        <translation>“%1”的口令已更改。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else the next line of standard input, else asked twice).</source>
        <translation>从 FILE 的第一行读取新口令（未指定时读取标准输入的下一行，否则提示输入两次）。</translation>
    </message>
    <message>
        <source>Add a user with a role and a passphrase of their own (a new keyslot). Privacy officers only.</source>
        <translation>添加一个用户，为其指定角色并设置独立的口令（新的密钥槽）。仅限个人信息保护负责人。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The name shown in the console (default: NAME).</source>
        <translation>在控制台中显示的名称（默认：NAME）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Remove a user: their keyslot is deleted and they can no longer sign in. Privacy officers only.</source>
        <translation>移除用户：删除其密钥槽，此后该用户无法再登录。仅限个人信息保护负责人。</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>Change a passphrase: your own, or with NAME another user&apos;s (privacy officers only). Your own needs the current passphrase to sign in.</source>
        <translation>更改口令：更改自己的口令，或指定 NAME 更改其他用户的口令（仅限个人信息保护负责人）。更改自己的口令时，须使用当前口令登录。</translation>
    </message>
    <message>
        <source>List the active users and their roles.</source>
        <translation>列出在用的用户及其角色。</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role staff|officer|auditor|jobs.</source>
        <translation>请用 --role staff|officer|auditor|jobs 指定新用户的角色。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use staff, officer, auditor or jobs.</source>
        <translation>未知角色“%1”：请使用 staff、officer、auditor 或 jobs。</translation>
    </message>
    <message>
        <source>Removed user &quot;%1&quot;. The database has a new key: their passphrase no longer opens it, not even with a copy of the keyslot file from before.</source>
        <translation>已删除用户“%1”。数据库已换用新密钥：其口令不再能打开数据库，即使使用之前的密钥槽文件副本也不能。</translation>
    </message>
    <message>
        <source>The passphrase of &quot;%1&quot; was reset. The database has a new key: the old passphrase no longer opens it, not even with a copy of the keyslot file from before.</source>
        <translation>“%1”的口令已重置。数据库已换用新密钥：旧口令不再能打开数据库，即使使用之前的密钥槽文件副本也不能。</translation>
    </message>
    <message>
        <source>NAME --role staff|officer|auditor|jobs [options]</source>
        <translation>名称 --role staff|officer|auditor|jobs [选项]</translation>
    </message>
    <message>
        <source>staff, officer, auditor or jobs (the timed jobs&apos; account: sweeps and erasures only).</source>
        <translation>staff、officer、auditor 或 jobs（定时任务账户：只能执行清理和删除）。</translation>
    </message>
</context>
<context>
    <name>cd::cli::VerifyEvidence</name>
    <message>
        <source>FILE.zip [--since OLD.zip]</source>
        <translation>FILE.zip [--since OLD.zip]</translation>
    </message>
    <message>
        <source>Check an evidence package without the store: its files, its signature, the ledgers and their signed heads. Needs no database and no passphrase.</source>
        <translation>不依赖门店核验证据包：其中的文件、签名、两本台账及其签名链头。无需数据库，也无需口令。</translation>
    </message>
    <message>
        <source>With --since, also checks that the package&apos;s history extends the older package&apos;s: the same ledger rows up to the older heads. Exit code 1 when a check fails.</source>
        <translation>加 --since 时，还核验此包的历史是否延续较早的证据包：直到旧包的链头为止，台账各行完全相同。任一项核验不通过时退出码为 1。</translation>
    </message>
    <message>
        <source>OLD.zip</source>
        <translation>OLD.zip</translation>
    </message>
    <message>
        <source>An earlier package from the same store.</source>
        <translation>同一门店较早导出的证据包。</translation>
    </message>
    <message>
        <source>The package is intact and signed by the store identity.</source>
        <translation>证据包完整，并由门店身份密钥签名。</translation>
    </message>
    <message>
        <source>The package does NOT verify: %1</source>
        <translation>证据包未通过核验：%1</translation>
    </message>
</context>
<context>
    <name>cd::evidence::CsvReader</name>
    <message>
        <source>A CSV file is malformed.</source>
        <translation>CSV 文件格式有误。</translation>
    </message>
</context>
<context>
    <name>cd::evidence::CsvWriter</name>
    <message>
        <source>Could not write a CSV file: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceExport</name>
    <message>
        <source>The period is not valid: it needs a first and a last day, in that order.</source>
        <translation>期间无效：需要按先后顺序给出起始日和结束日。</translation>
    </message>
    <message>
        <source>Say where to write the evidence package.</source>
        <translation>请指定证据包的保存位置。</translation>
    </message>
    <message>
        <source>The package cannot be signed: the store identity is not available.</source>
        <translation>无法签署证据包：门店身份密钥不可用。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>Writing consents and notices</source>
        <translation>正在写入同意记录和告知文本</translation>
    </message>
    <message>
        <source>Writing requests</source>
        <translation>正在写入个人信息权利请求</translation>
    </message>
    <message>
        <source>Writing cameras and signs</source>
        <translation>正在写入摄像头和标识</translation>
    </message>
    <message>
        <source>Writing compliance records</source>
        <translation>正在写入合规记录</translation>
    </message>
    <message>
        <source>Writing the deletion log and the audit extract</source>
        <translation>正在写入删除日志和审计日志摘录</translation>
    </message>
    <message>
        <source>Writing the ledgers</source>
        <translation>正在写入日志账本</translation>
    </message>
    <message>
        <source>Signing the package</source>
        <translation>正在签署证据包</translation>
    </message>
    <message>
        <source>The package&apos;s signature is not an Ed25519 signature.</source>
        <translation>证据包的签名不是 Ed25519 签名。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceTables</name>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Mode changed at</source>
        <translation>模式变更时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>变更人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Audit row</source>
        <translation>审计记录编号</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>标识编号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Notice version</source>
        <translation>告知版本</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Posted since</source>
        <translation>张贴时间</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>撤下时间</translation>
    </message>
    <message>
        <source>Photo SHA-256</source>
        <translation>照片 SHA-256</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护措施</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>期满处理</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>再委托方</translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation>处理地点</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation>文件 SHA-256</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估编号</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>评估对象</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Legality</source>
        <translation>合法性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>编写人</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>编写时间</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Attachments (SHA-256)</source>
        <translation>附件（SHA-256）</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案记录编号</translation>
    </message>
    <message>
        <source>Threshold crossed on</source>
        <translation>达到门槛日期</translation>
    </message>
    <message>
        <source>Face-data holders</source>
        <translation>人脸信息持有人数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Deadline estimated</source>
        <translation>截止日期为估算</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>备案人</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>撤回时间</translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation>撤销理由</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件编号</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Authority notified at</source>
        <translation>通知主管部门时间</translation>
    </message>
    <message>
        <source>People notified at</source>
        <translation>通知个人时间</translation>
    </message>
    <message>
        <source>Why people were not notified</source>
        <translation>未通知个人的理由</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意编号</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>假名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Purpose revision</source>
        <translation>目的修订版本</translation>
    </message>
    <message>
        <source>Notice SHA-256</source>
        <translation>告知文本 SHA-256</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办员工</translation>
    </message>
    <message>
        <source>Granted at</source>
        <translation>同意时间</translation>
    </message>
    <message>
        <source>Separate consent</source>
        <translation>单独同意</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Guardian relation</source>
        <translation>监护关系</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Needs renewal</source>
        <translation>需重新同意</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Withdrawal channel</source>
        <translation>撤回渠道</translation>
    </message>
    <message>
        <source>Withdrawn by</source>
        <translation>撤回经办人</translation>
    </message>
    <message>
        <source>Effective at</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Reason reference</source>
        <translation>原因编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Row hash</source>
        <translation>行哈希</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Response days</source>
        <translation>答复期限（工作日）</translation>
    </message>
    <message>
        <source>Extension days</source>
        <translation>延期（工作日）</translation>
    </message>
    <message>
        <source>Extension reason</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Identity method</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>Identity verified at</source>
        <translation>身份核验时间</translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Working days paused</source>
        <translation>暂停工作日数</translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation>是否按期答复</translation>
    </message>
    <message>
        <source>not answered (cancelled)</source>
        <translation>未答复（已取消）</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>处理中，已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From state</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To state</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cd::evidence::EvidenceVerifier</name>
    <message>
        <source>row %1 of the %2 has the wrong number of columns</source>
        <translation>%2 的第 %1 行列数不对</translation>
    </message>
    <message>
        <source>the %1 skips from row %2 to row %3</source>
        <translation>%1 从第 %2 行跳到了第 %3 行</translation>
    </message>
    <message>
        <source>row %1 of the %2 does not match its hash</source>
        <translation>%2 的第 %1 行与其哈希不符</translation>
    </message>
    <message>
        <source>SHA256SUMS has a line that is not &quot;&lt;hash&gt;  &lt;file&gt;&quot;</source>
        <translation>SHA256SUMS 中有一行不是“&lt;哈希&gt;  &lt;文件&gt;”格式</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1 twice</source>
        <translation>SHA256SUMS 重复列出了 %1</translation>
    </message>
    <message>
        <source>%1 is listed in SHA256SUMS but missing or damaged</source>
        <translation>%1 列于 SHA256SUMS 中，但缺失或已损坏</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in SHA256SUMS</source>
        <translation>%1 与 SHA256SUMS 中的 SHA-256 不符</translation>
    </message>
    <message>
        <source>%1 is in the package but not in SHA256SUMS</source>
        <translation>%1 在证据包中，但未列于 SHA256SUMS</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match their SHA-256 in SHA256SUMS, and nothing else is in the package.</source>
        <translation>
            <numerusform>%n 个文件与 SHA256SUMS 中的 SHA-256 相符，证据包中没有其他文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>public_key.pem or SHA256SUMS.sig is missing</source>
        <translation>缺少 public_key.pem 或 SHA256SUMS.sig</translation>
    </message>
    <message>
        <source>public_key.pem is not an Ed25519 public key</source>
        <translation>public_key.pem 不是 Ed25519 公钥</translation>
    </message>
    <message>
        <source>SHA256SUMS.sig is not a signature over SHA256SUMS by the key in public_key.pem</source>
        <translation>SHA256SUMS.sig 不是 public_key.pem 中的密钥对 SHA256SUMS 的签名</translation>
    </message>
    <message>
        <source>SHA256SUMS is signed by the store identity in public_key.pem (key %1).</source>
        <translation>SHA256SUMS 由 public_key.pem 中的门店身份密钥签名（密钥 %1）。</translation>
    </message>
    <message>
        <source>heads.json does not name the identity in public_key.pem</source>
        <translation>heads.json 所写的身份密钥与 public_key.pem 不同</translation>
    </message>
    <message>
        <source>ledgers/keys.csv has a row with the wrong number of columns</source>
        <translation>ledgers/keys.csv 中有一行列数不对</translation>
    </message>
    <message>
        <source>the package does not hold both ledgers</source>
        <translation>证据包中没有两本台账</translation>
    </message>
    <message>
        <source>The audit log&apos;s %1 rows and the deletion log&apos;s %2 rows hash into an unbroken chain each.</source>
        <translation>审计日志的 %1 行和删除日志的 %2 行各自构成完整无断的哈希链。</translation>
    </message>
    <message>
        <source>ledgers/heads.csv has a row with the wrong number of columns</source>
        <translation>ledgers/heads.csv 中有一行列数不对</translation>
    </message>
    <message>
        <source>head %1 goes back in a ledger</source>
        <translation>链头 %1 在某本台账中倒退</translation>
    </message>
    <message>
        <source>head %1, signed by %2, does not match the ledgers&apos; rows</source>
        <translation>%2 签名的链头 %1 与台账各行不符</translation>
    </message>
    <message>
        <source>the last signed head is not the one heads.json names, or rows lie beyond it</source>
        <translation>最后一个签名链头不是 heads.json 所写的那个，或其后还有记录</translation>
    </message>
    <message>
        <source>audit row %1 names user #%2 but its commit is signed by user #%3</source>
        <translation>审计日志第 %1 行记为用户 #%2，但其提交由用户 #%3 签名</translation>
    </message>
    <message>
        <source>The older package does not verify: %1</source>
        <translation>较早的证据包未通过核验：%1</translation>
    </message>
    <message>
        <source>The packages are not from the same store identity: the store or its identity was replaced in between</source>
        <translation>两个证据包不是同一门店身份密钥签发的：其间门店或其身份密钥被替换</translation>
    </message>
    <message>
        <source>The audit log was rewritten or cut since the older package: its first %1 rows are not the same</source>
        <translation>自较早的证据包以来，审计日志被改写或截断：前 %1 行不再相同</translation>
    </message>
    <message>
        <source>The deletion log was rewritten or cut since the older package: its first %1 rows are not the same</source>
        <translation>自较早的证据包以来，删除日志被改写或截断：前 %1 行不再相同</translation>
    </message>
    <message>
        <source>The history extends the older package&apos;s: the same %1 audit rows and %2 deletion rows, bit for bit, then %3 and %4 more.</source>
        <translation>历史延续了较早的证据包：审计日志 %1 行、删除日志 %2 行逐字节相同，之后分别新增 %3 行和 %4 行。</translation>
    </message>
    <message numerus="yes">
        <source>%n signed head(s) checked: each links to the one before and is signed by a key the store identity certified, and the last covers every row.</source>
        <translation>
            <numerusform>已核验 %n 个签名链头：每个都接续上一个，并由门店身份密钥认证的密钥签名，最后一个覆盖全部记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::evidence::ZipReader</name>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 不是可读取的 zip 压缩包。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The package has no %1.</source>
        <translation>证据包中没有 %1。</translation>
    </message>
    <message>
        <source>%1 in the package is damaged.</source>
        <translation>证据包中的 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>cd::evidence::ZipWriter</name>
    <message>
        <source>The file %1 is too large for a zip archive without Zip64 (4 GiB at most).</source>
        <translation>文件 %1 过大，不使用 Zip64 的 zip 压缩包无法容纳（最大 4 GiB）。</translation>
    </message>
    <message>
        <source>Compressing %1 failed.</source>
        <translation>压缩 %1 失败。</translation>
    </message>
    <message>
        <source>The evidence package would exceed 4 GiB, more than a zip archive without Zip64 can hold. Export a shorter period.</source>
        <translation>证据包将超过 4 GiB，超出不使用 Zip64 的 zip 压缩包的容量。请导出较短的期间。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The zip archive is not open for writing.</source>
        <translation>zip 压缩包未以写入方式打开。</translation>
    </message>
    <message>
        <source>The zip entry %1 is still open.</source>
        <translation>zip 条目 %1 仍处于打开状态。</translation>
    </message>
    <message>
        <source>A zip archive without Zip64 holds at most 65,535 files.</source>
        <translation>不使用 Zip64 的 zip 压缩包最多容纳 65,535 个文件。</translation>
    </message>
    <message>
        <source>%1 is not a valid name inside a zip archive.</source>
        <translation>%1 不是 zip 压缩包内的有效文件名。</translation>
    </message>
    <message>
        <source>No zip entry is open.</source>
        <translation>没有打开的 zip 条目。</translation>
    </message>
    <message>
        <source>Could not move the package to %1: %2</source>
        <translation>无法将证据包移动到 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::json::Reader</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation>文件中没有 JSON 值</translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON value</source>
        <translation>JSON 值结束后还有多余内容</translation>
    </message>
    <message>
        <source>the file ends in the middle of a value (truncated)</source>
        <translation>文件在一个值的中间结束（文件被截断）</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN 和 Infinity 不是 JSON 数字</translation>
    </message>
    <message>
        <source>unexpected character where a value should start</source>
        <translation>此处应为一个值的开头，却出现了意外的字符</translation>
    </message>
    <message>
        <source>unknown word (only true, false and null are allowed)</source>
        <translation>未知的词（只允许 true、false 和 null）</translation>
    </message>
    <message>
        <source>a number may not start with 0</source>
        <translation>数字不能以 0 开头</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>数字格式错误</translation>
    </message>
    <message>
        <source>number longer than %1 characters</source>
        <translation>数字超过 %1 个字符</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>\u must be followed by four hex digits</source>
        <translation>\u 后面必须跟四位十六进制数字</translation>
    </message>
    <message>
        <source>string longer than %1 bytes</source>
        <translation>字符串超过 %1 字节</translation>
    </message>
    <message>
        <source>control character inside a string (it must be escaped)</source>
        <translation>字符串中有控制字符（必须转义）</translation>
    </message>
    <message>
        <source>a low surrogate without a high surrogate</source>
        <translation>低位代理项前没有高位代理项</translation>
    </message>
    <message>
        <source>a high surrogate without a low surrogate</source>
        <translation>高位代理项后没有低位代理项</translation>
    </message>
    <message>
        <source>the NUL character is not allowed</source>
        <translation>不允许 NUL 字符</translation>
    </message>
    <message>
        <source>unknown escape sequence</source>
        <translation>未知的转义序列</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>此处应为双引号括起的键</translation>
    </message>
    <message>
        <source>duplicate key in an object</source>
        <translation>对象中有重复的键</translation>
    </message>
    <message>
        <source>more than %1 members in an object</source>
        <translation>对象的成员超过 %1 个</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key</source>
        <translation>键后面应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>对象中此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>more than %1 items in an array</source>
        <translation>数组的元素超过 %1 个</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>invalid UTF-8 (the file looks like UTF-16; save it as UTF-8)</source>
        <translation>无效的 UTF-8（文件似乎是 UTF-16，请另存为 UTF-8）</translation>
    </message>
    <message>
        <source>invalid UTF-8 start byte</source>
        <translation>无效的 UTF-8 起始字节</translation>
    </message>
    <message>
        <source>invalid UTF-8: the file ends inside a character</source>
        <translation>无效的 UTF-8：文件在一个字符的中间结束</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence (overlong, surrogate or bad continuation byte)</source>
        <translation>无效的 UTF-8 序列（超长编码、代理项或错误的后续字节）</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes</source>
        <translation>文件大于 %1 字节</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null 值</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>cd::reporting::EvidenceReport</name>
    <message>
        <source>Personal information protection evidence report</source>
        <translation>个人信息保护证据报告</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Made by: %1</source>
        <translation>生成人：%1</translation>
    </message>
    <message>
        <source>This report is part of an evidence package. The package&apos;s CSV files hold the records row by row; SHA256SUMS and its signature let anyone check that no file was changed.</source>
        <translation>本报告是证据包的一部分。证据包中的 CSV 文件逐条载有记录；任何人均可通过 SHA256SUMS 及其签名核验文件未被改动。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation>生成 PDF 需要图形应用程序对象。</translation>
    </message>
    <message>
        <source>The report&apos;s period ends before it begins.</source>
        <translation>报告期间的结束早于开始。</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Consents given in the period</source>
        <translation>期间内给予的同意</translation>
    </message>
    <message>
        <source>Consents withdrawn in the period</source>
        <translation>期间内撤回的同意</translation>
    </message>
    <message>
        <source>Requests received in the period</source>
        <translation>期间内收到的请求</translation>
    </message>
    <message>
        <source>Requests answered in the period</source>
        <translation>期间内答复的请求</translation>
    </message>
    <message>
        <source>Requests answered on time</source>
        <translation>按期答复的请求</translation>
    </message>
    <message>
        <source>Rate of requests answered on time</source>
        <translation>请求按期答复率</translation>
    </message>
    <message>
        <source>Requests open now</source>
        <translation>当前未结请求</translation>
    </message>
    <message>
        <source>Deletion-log entries in the period</source>
        <translation>期间内删除日志条目</translation>
    </message>
    <message>
        <source>Anonymous visitors counted in the period</source>
        <translation>期间内统计的匿名客流</translation>
    </message>
    <message>
        <source>People whose face data vendors hold now</source>
        <translation>供应商当前持有人脸数据的人数</translation>
    </message>
    <message>
        <source>Filing threshold</source>
        <translation>备案阈值</translation>
    </message>
    <message>
        <source>Statuses are the ones at the time the report was made. Requests answered on time were closed on or before their deadline in working days, pauses and extensions counted.</source>
        <translation>状态为报告生成时的状态。按期答复的请求指在以工作日计算的期限（计入暂停和延期）当日或之前办结的请求。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>个人请求</translation>
    </message>
    <message>
        <source>Requests by type (answered on time: %1)</source>
        <translation>按类型统计的请求（按期答复率：%1）</translation>
    </message>
    <message>
        <source>Deletions and visitors</source>
        <translation>删除与客流</translation>
    </message>
    <message>
        <source>Filing and ledgers</source>
        <translation>备案与日志</translation>
    </message>
    <message>
        <source>Face data held by vendors</source>
        <translation>供应商持有的人脸数据</translation>
    </message>
    <message>
        <source>%1 people of the filing threshold of %2</source>
        <translation>%1 人，备案阈值为 %2 人</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>最近一次校验</translation>
    </message>
    <message>
        <source>Rows verified</source>
        <translation>已校验条目</translation>
    </message>
    <message>
        <source>Rows now</source>
        <translation>当前条目</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Deletion log</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>从未校验</translation>
    </message>
    <message>
        <source>intact, %1 by %2</source>
        <translation>完好，%1 由 %2 校验</translation>
    </message>
    <message>
        <source>broken at row %3, %1 by %2</source>
        <translation>第 %3 条起损坏，%1 由 %2 校验</translation>
    </message>
    <message>
        <source>Consents by purpose</source>
        <translation>按目的汇总的同意</translation>
    </message>
    <message>
        <source>Consents are summarised per purpose here; every consent and withdrawal of the period, with the hash of the notice shown, is in the package&apos;s CSV files.</source>
        <translation>此处按目的汇总同意；本期间的每一条同意和撤回记录及所展示告知文本的哈希值，见证据包中的 CSV 文件。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Given in the period</source>
        <translation>期间内给予</translation>
    </message>
    <message>
        <source>Withdrawn in the period</source>
        <translation>期间内撤回</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>当前%1</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>本期间内无记录。</translation>
    </message>
    <message>
        <source>Requests of the period</source>
        <translation>本期间的个人请求</translation>
    </message>
    <message>
        <source>Every request received in the period or open during it, with its deadline and its timeline. Customers are named by pseudonym.</source>
        <translation>本期间收到或在本期间内未结的每一项请求，附其期限和时间线。顾客以化名标识。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>是否按期</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, late</source>
        <translation>否，逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Deletion log of the period</source>
        <translation>本期间的删除日志</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Camera mode changes</source>
        <translation>摄像头模式变更</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Impact assessments (PIIA)</source>
        <translation>个人信息保护影响评估（PIIA）</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Vendor agreements</source>
        <translation>供应商委托处理协议</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation>处理地点</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation>文件 SHA-256</translation>
    </message>
    <message>
        <source>Filing record</source>
        <translation>备案记录</translation>
    </message>
    <message>
        <source>Threshold reached on</source>
        <translation>达到阈值日期</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Authority and reference</source>
        <translation>备案机关及备案编号</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>安全事件</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>受影响人数</translation>
    </message>
    <message>
        <source>Authority notified</source>
        <translation>已通知主管部门</translation>
    </message>
    <message>
        <source>People notified</source>
        <translation>已通知个人</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>cd::reporting::LetterFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>cd::reporting::LetterPdf</name>
    <message>
        <source>Writing a PDF needs the graphical application object.</source>
        <translation>生成 PDF 需要图形应用程序对象。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
</TS>
