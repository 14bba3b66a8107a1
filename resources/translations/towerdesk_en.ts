<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountTab</name>
    <message>
        <source>收款…</source>
        <translation>Take payment…</translation>
    </message>
    <message>
        <source>补打票据</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>调整（减免/补收）…</source>
        <translation>Adjust (credit/debit)…</translation>
    </message>
    <message>
        <source>作废收款…</source>
        <translation>Void payment…</translation>
    </message>
    <message>
        <source>打印账单</source>
        <translation>Print bill</translation>
    </message>
    <message>
        <source>一次性收费…</source>
        <translation>One-off charge…</translation>
    </message>
    <message>
        <source>押金…</source>
        <translation>Deposit…</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>账单号</source>
        <translation>Bill no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>票据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>已冲销</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>当时欠费</source>
        <translation>Owed then</translation>
    </message>
    <message>
        <source>函号</source>
        <translation>Letter no.</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>账单（选中后收款则先冲销所选）</source>
        <translation>Bills (select some to settle them first)</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>押金（与收费分开）</source>
        <translation>Deposits (held apart from charges)</translation>
    </message>
    <message>
        <source>催缴记录</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>请选择业户</source>
        <translation>Choose a tenant</translation>
    </message>
    <message>
        <source>未收 {out} 元 · 未开具 {draft} 元 · 待入账 {unbilled} 元 · 预收 {credit} 元 · 合计欠费 {owes} 元 · 押金余额 {deposits} 元</source>
        <translation>Open {out} · not issued {draft} · unbilled {unbilled} · prepaid {credit} · owes {owes} · deposits held {deposits} (CNY)</translation>
    </message>
    <message>
        <source>作废：{reason}</source>
        <translation>Void: {reason}</translation>
    </message>
    <message>
        <source>调整账单</source>
        <translation>Adjust bill</translation>
    </message>
    <message>
        <source>金额（减免填负数，如 -100.00）</source>
        <translation>Amount (a credit is negative, e.g. -100.00)</translation>
    </message>
    <message>
        <source>一次性收费</source>
        <translation>One-off charge</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Charge item</translation>
    </message>
    <message>
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <source>记入下期账单</source>
        <translation>Put on the next bill</translation>
    </message>
    <message>
        <source>装修押金</source>
        <translation>Fit-out deposit</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>用途 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <source>说明（扣除须写原因）</source>
        <translation>Note (a deduction needs its reason)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>作废收款</source>
        <translation>Void payment</translation>
    </message>
    <message>
        <source>作废原因（如：收错业户）</source>
        <translation>Reason (e.g. wrong tenant)</translation>
    </message>
    <message>
        <source>缴费通知单</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>缴费通知单-{id}.pdf</source>
        <translation>bill-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>第一位系统管理员</source>
        <translation>First system administrator</translation>
    </message>
    <message>
        <source>用这个账户登录，再在“用户管理”页为同事建立账户。请记住密码。</source>
        <translation>You will log in with this account and then create accounts for your colleagues on the Users page. Keep the password safe.</translation>
    </message>
    <message>
        <source>字母或数字，如 admin</source>
        <translation>Letters or digits, e.g. admin</translation>
    </message>
    <message>
        <source>用户名 *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>密码 *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>再输一次 *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <source>点“完成”后，项目、单元和管理员账户一次建立；任何一项被拒绝，都不会留下半成品。</source>
        <translation>Finish creates the property, its units and the administrator account in one step; if any part is refused, nothing is left half-done.</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>逾期 1–30 天</source>
        <translation>1–30 days overdue</translation>
    </message>
    <message>
        <source>31–60 天</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 天</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>90 天以上</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>逾期合计</source>
        <translation>Overdue total</translation>
    </message>
    <message>
        <source>上次催缴</source>
        <translation>Last reminder</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>记录电话提醒…</source>
        <translation>Record phone call…</translation>
    </message>
    <message>
        <source>记录短信提醒…</source>
        <translation>Record SMS…</translation>
    </message>
    <message>
        <source>发催缴函并打印</source>
        <translation>Send and print reminder letter</translation>
    </message>
    <message>
        <source>规则：先电话或短信提醒；提醒后满三个月仍未缴，发催缴函。</source>
        <translation>Rule: a phone call or SMS first; a formal letter when still unpaid three months after it.</translation>
    </message>
    <message>
        <source>{n} 家业户逾期，合计 {total} 元</source>
        <translation>{n} tenants overdue, {total} CNY in all</translation>
    </message>
    <message>
        <source>记录催缴</source>
        <translation>Record reminder</translation>
    </message>
    <message>
        <source>结果（如：财务说下周付款）</source>
        <translation>Outcome (e.g. accounts will pay next week)</translation>
    </message>
    <message>
        <source>催缴函-{id}.pdf</source>
        <translation>reminder-letter-{id}.pdf</translation>
    </message>
    <message>
        <source>催缴函</source>
        <translation>Reminder letter</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部，如 clerk</source>
        <translation>All, or e.g. clerk</translation>
    </message>
    <message>
        <source>全部日期</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录号</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>加载更多</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>只有{roles}可以查看操作记录。</source>
        <translation>The audit trail is open only to these roles: {roles}.</translation>
    </message>
    <message>
        <source>没有符合条件的记录</source>
        <translation>No matching entries</translation>
    </message>
    <message>
        <source>共 {total} 条，已显示 {shown} 条</source>
        <translation>Showing {shown} of {total} entries</translation>
    </message>
</context>
<context>
    <name>BillsTab</name>
    <message>
        <source>生成本月账单（草稿）</source>
        <translation>Draft the month&apos;s bills</translation>
    </message>
    <message>
        <source>审核所选</source>
        <translation>Check selected</translation>
    </message>
    <message>
        <source>开具所选</source>
        <translation>Issue selected</translation>
    </message>
    <message>
        <source>打印缴费通知单</source>
        <translation>Print bill</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>账单号</source>
        <translation>Bill no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>本期金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>应缴（含调整）</source>
        <translation>Due (with adjustments)</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>未缴</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>缴费截止日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>账期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>共 {n} 张：草稿 {draft}，已审核 {checked}，已开具 {issued}；合计 {total} 元</source>
        <translation>{n} bills: {draft} draft, {checked} checked, {issued} issued; {total} CNY in all</translation>
    </message>
    <message>
        <source>新建 {created} 张，重算草稿 {rebuilt} 张，已审核/已开具未动 {left} 张。</source>
        <translation>{created} new, {rebuilt} drafts rebuilt, {left} checked/issued left alone.</translation>
    </message>
    <message>
        <source>缺少读数：{units}</source>
        <translation>Readings missing: {units}</translation>
    </message>
    <message>
        <source>缴费通知单</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>缴费通知单-{id}.pdf</source>
        <translation>bill-{id}.pdf</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>今日概览 · {site}</source>
        <translation>Today at a glance · {site}</translation>
    </message>
    <message>
        <source>在租业户</source>
        <translation>Current tenants</translation>
    </message>
    <message>
        <source>{n} 天内租期到期</source>
        <translation>Leases ending within {n} days</translation>
    </message>
    <message>
        <source>已入住单元</source>
        <translation>Occupied units</translation>
    </message>
    <message>
        <source>空置单元</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>装修中单元</source>
        <translation>Units being fitted out</translation>
    </message>
    <message>
        <source>单元总数</source>
        <translation>Total units</translation>
    </message>
    <message>
        <source>逾期欠费业户</source>
        <translation>Tenants overdue</translation>
    </message>
    <message>
        <source>合计 {amount} 元；应发催缴函 {letters} 家</source>
        <translation>{amount} CNY in all; {letters} letters due</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>资料类型</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>选择扫描件…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <source>登记资料</source>
        <translation>Record document</translation>
    </message>
    <message>
        <source>登记收到的资料</source>
        <translation>Record a document received</translation>
    </message>
    <message>
        <source>打开扫描件</source>
        <translation>Open scan</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>选择扫描件</source>
        <translation>Choose a scan</translation>
    </message>
    <message>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>无法读取文件：{err}</source>
        <translation>Cannot read the file: {err}</translation>
    </message>
    <message>
        <source>保存扫描件</source>
        <translation>Save scan</translation>
    </message>
    <message>
        <source>作废资料</source>
        <translation>Void document</translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
</context>
<context>
    <name>FeesPage</name>
    <message>
        <source>本月账单</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>业户账户</source>
        <translation>Tenant account</translation>
    </message>
    <message>
        <source>欠费催缴</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>抄表</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <source>对账</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Charge items</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>计费方式</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>保存项目</source>
        <translation>Save item</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Price (CNY)</translation>
    </message>
    <message>
        <source>改价只影响以后生成的账单；已开具的账单保持原价。</source>
        <translation>A new price applies to bills drafted from now on; issued bills keep theirs.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>楼宇客服台 — 登录</source>
        <translation>Tower Desk — Log in</translation>
    </message>
    <message>
        <source>楼宇客服台</source>
        <translation>Tower Desk</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>登录失败次数过多，账户已锁定，请于 {time} 后再试，或请管理员解锁。</source>
        <translation>Too many failed logins: the account is locked. Try again after {time}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>该账户已停用，请联系管理员。</source>
        <translation>This account has been deactivated. Please contact an administrator.</translation>
    </message>
    <message>
        <source>用户名或密码不正确（再错 {n} 次将锁定账户）。</source>
        <translation>Wrong username or password (attempts left before the account is locked: {n}).</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>楼宇客服台 — {site}</source>
        <translation>Tower Desk — {site}</translation>
    </message>
    <message>
        <source>概览</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>业户档案</source>
        <translation>Tenant records</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>用户：{name}（{role}）</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>项目：{site}</source>
        <translation>Property: {site}</translation>
    </message>
    <message>
        <source>数据库：{kind}</source>
        <translation>Database: {kind}</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>MetersTab</name>
    <message>
        <source>水表（吨）</source>
        <translation>Water (t)</translation>
    </message>
    <message>
        <source>电表（kWh）</source>
        <translation>Electricity (kWh)</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>上次读数</source>
        <translation>Previous reading</translation>
    </message>
    <message>
        <source>近三月平均用量</source>
        <translation>3-month average use</translation>
    </message>
    <message>
        <source>本月读数</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>用量</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>确认跳变</source>
        <translation>Confirm jump</translation>
    </message>
    <message>
        <source>保存读数</source>
        <translation>Save readings</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>已保存 {n} 个读数</source>
        <translation>{n} readings saved</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>{name}（{user}）</source>
        <translation>{name} ({user})</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>收款 — {tenant}</source>
        <translation>Payment — {tenant}</translation>
    </message>
    <message>
        <source>未收账款 {outstanding} 元；预收款 {credit} 元</source>
        <translation>Open {outstanding} CNY; prepaid {credit} CNY</translation>
    </message>
    <message>
        <source>元，如 1200.00</source>
        <translation>CNY, e.g. 1200.00</translation>
    </message>
    <message>
        <source>转账流水号、支票号等</source>
        <translation>Transfer or cheque number</translation>
    </message>
    <message>
        <source>先冲销所选的 {n} 张账单</source>
        <translation>Settles the {n} selected bills first</translation>
    </message>
    <message>
        <source>金额 *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <source>收款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>凭证/流水号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>收款并打印票据</source>
        <translation>Take and print receipt</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印到：{printer}，{copies} 份</source>
        <translation>Prints to: {printer}, {copies} copies</translation>
    </message>
    <message>
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <source>选择打印机…</source>
        <translation>Choose printer…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>无法写入 {path}：{err}</source>
        <translation>Cannot write {path}: {err}</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>PrintSettingsBox</name>
    <message>
        <source>打印（本机）</source>
        <translation>Printing (this desk)</translation>
    </message>
    <message>
        <source>保存打印设置</source>
        <translation>Save print settings</translation>
    </message>
    <message>
        <source>打印校准页…</source>
        <translation>Print calibration page…</translation>
    </message>
    <message>
        <source>表单类型</source>
        <translation>Form kind</translation>
    </message>
    <message>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>向右偏移</source>
        <translation>Shift right</translation>
    </message>
    <message>
        <source>向下偏移</source>
        <translation>Shift down</translation>
    </message>
    <message>
        <source>每台客服台电脑各自保存；偏移用于对准预印纸或标签纸，负数向左/向上。</source>
        <translation>Saved for this desk&apos;s computer only. Offsets line the print up with pre-printed paper or label stock; negative values shift left / up.</translation>
    </message>
    <message>
        <source>系统默认打印机</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>{name}（未连接）</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>已保存，本机打印这类表单时使用。</source>
        <translation>Saved: this desk prints this kind of form with it.</translation>
    </message>
    <message>
        <source>打印校准页</source>
        <translation>Calibration page</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>保存项目信息</source>
        <translation>Save property details</translation>
    </message>
    <message>
        <source>只有{roles}可以修改项目信息。</source>
        <translation>Only these roles can change the property details: {roles}.</translation>
    </message>
    <message>
        <source>项目信息（表单抬头）</source>
        <translation>Property details (form letterhead)</translation>
    </message>
    <message>
        <source>只有{roles}可以修改业务设置。</source>
        <translation>Only these roles can change the business settings: {roles}.</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>当前用户：{name}（{user}，{role}）</source>
        <translation>Logged in as {name} ({user}, {role})</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>我的账户</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>项目信息已保存。</source>
        <translation>Property details saved.</translation>
    </message>
    <message>
        <source>设置已保存，本项目的所有客服台都会使用新设置。</source>
        <translation>Settings saved. Every service desk at this property will use the new settings.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>楼宇客服台 — 首次设置</source>
        <translation>Tower Desk — First-time setup</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation>Please check your entries</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <source>如 深圳湾科技大厦</source>
        <translation>e.g. Shenzhen Bay Technology Tower</translation>
    </message>
    <message>
        <source>印在登记表、通知单的抬头上</source>
        <translation>Printed in the letterhead of registration forms and notices</translation>
    </message>
    <message>
        <source>客服中心电话，如 0755-86001234</source>
        <translation>Service centre phone, e.g. 0755-86001234</translation>
    </message>
    <message>
        <source>北京时间</source>
        <translation>Beijing time</translation>
    </message>
    <message>
        <source>香港</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>澳门</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>台北</source>
        <translation>Taipei</translation>
    </message>
    <message>
        <source>乌鲁木齐</source>
        <translation>Urumqi</translation>
    </message>
    <message>
        <source>协调世界时</source>
        <translation>Coordinated Universal Time</translation>
    </message>
    <message>
        <source>{zone}（{name}）</source>
        <translation>{zone} ({name})</translation>
    </message>
    <message>
        <source>选择图片…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>去掉标志</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>项目名称 *</source>
        <translation>Property name *</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>时区</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>标志</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>选择标志图片</source>
        <translation>Choose a logo image</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>无法预览</source>
        <translation>No preview</translation>
    </message>
    <message>
        <source>未设置标志</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>PNG 或 JPEG，不超过 2 MB，印在表单抬头</source>
        <translation>PNG or JPEG up to 2 MB, printed on forms</translation>
    </message>
    <message>
        <source>当前标志</source>
        <translation>Current logo</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>项目信息</source>
        <translation>Property details</translation>
    </message>
    <message>
        <source>这些内容印在登记表、通知单和访客证的抬头上，以后可在“设置”页修改。</source>
        <translation>These details are printed in the letterhead of registration forms, notices and visitor passes. You can change them later on the Settings page.</translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <source>对账表 PDF</source>
        <translation>Statement PDF</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>对账月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>期初应收余额</source>
        <translation>Opening receivable</translation>
    </message>
    <message>
        <source>本月应收</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>本月实收</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>期末应收余额</source>
        <translation>Closing receivable</translation>
    </message>
    <message>
        <source>未收账款</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>预收款</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>押金期初</source>
        <translation>Deposits at start</translation>
    </message>
    <message>
        <source>押金期末</source>
        <translation>Deposits at end</translation>
    </message>
    <message>
        <source>收费对账表</source>
        <translation>Fee statement</translation>
    </message>
    <message>
        <source>导出对账表</source>
        <translation>Export statement</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>无法写入 {path}：{err}</source>
        <translation>Cannot write {path}: {err}</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>新建业户</source>
        <translation>New tenant</translation>
    </message>
    <message>
        <source>业户档案</source>
        <translation>Tenant record</translation>
    </message>
    <message>
        <source>18 位，如 91440300MA5XXXXXXX</source>
        <translation>18 characters, e.g. 91440300MA5XXXXXXX</translation>
    </message>
    <message>
        <source>单元号，多个用逗号或空格分开，如 12F-1201, 12F-1202</source>
        <translation>Unit numbers, separated by commas or spaces, e.g. 12F-1201, 12F-1202</translation>
    </message>
    <message>
        <source>业户信息</source>
        <translation>Tenant details</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>租用单元</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <source>租期</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>紧急联系人与备注</source>
        <translation>Emergency contact and notes</translation>
    </message>
    <message>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>已收资料</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>打印登记表</source>
        <translation>Print registration form</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已保存 {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>住户登记表-{no}.pdf</source>
        <translation>tenant-registration-form-{no}.pdf</translation>
    </message>
    <message>
        <source>住户登记表</source>
        <translation>Tenant registration form</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>搜索：名称、拼音首字母、单元号、联系人或电话</source>
        <translation>Search: name, pinyin initials, unit number, contact or phone</translation>
    </message>
    <message>
        <source>在租业户</source>
        <translation>Current tenants</translation>
    </message>
    <message>
        <source>{n} 天内租期到期</source>
        <translation>Leases ending within {n} days</translation>
    </message>
    <message>
        <source>已迁出</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>新建业户</source>
        <translation>New tenant</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>主要联系人</source>
        <translation>Primary contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>租期至</source>
        <translation>Lease ends</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>共 {n} 家</source>
        <translation>Tenants: {n}</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>单元号或楼层，如 12F-1205、12F</source>
        <translation>Unit number or floor, e.g. 12F-1205, 12F</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>面积 (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>共 {n} 个单元</source>
        <translation>Units: {n}</translation>
    </message>
</context>
<context>
    <name>UnitsSetupPage</name>
    <message>
        <source>楼层与单元</source>
        <translation>Floors and units</translation>
    </message>
    <message>
        <source>按楼层一次生成单元，或从表格导入；也可以先跳过，以后在“单元”页添加。</source>
        <translation>Generate the units floor by floor in one go, or import them from a spreadsheet; or skip this for now and add them later on the Units page.</translation>
    </message>
    <message>
        <source>按楼层生成</source>
        <translation>Generate by floor</translation>
    </message>
    <message>
        <source>从表格导入（.xlsx / .csv）</source>
        <translation>Import a spreadsheet (.xlsx / .csv)</translation>
    </message>
    <message>
        <source>暂不设置</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <source>完成设置后，由客服主管或管理员在“单元”页逐个添加或导入单元。</source>
        <translation>After set-up, a supervisor or administrator adds or imports the units on the Units page.</translation>
    </message>
    <message>
        <source>如 4, 13, 14 或 B1；留空则不跳过</source>
        <translation>e.g. 4, 13, 14 or B1; leave empty to skip none</translation>
    </message>
    <message>
        <source>开始楼层</source>
        <translation>From floor</translation>
    </message>
    <message>
        <source>结束楼层</source>
        <translation>To floor</translation>
    </message>
    <message>
        <source>每层单元数</source>
        <translation>Units per floor</translation>
    </message>
    <message>
        <source>每个单元面积 (m²)</source>
        <translation>Area of each unit (m²)</translation>
    </message>
    <message>
        <source>跳过的楼层</source>
        <translation>Floors to skip</translation>
    </message>
    <message>
        <source>地下层用负数（-2 即 B2）。单元号按楼层编排：12 层第 1 间为 12F-1201，地下 1 层第 1 间为 B1-01。面积以后可在“单元”页逐个修改。</source>
        <translation>Basement levels are negative (-2 is B2). Units are numbered by floor: the first unit on floor 12 is 12F-1201, the first on basement level 1 is B1-01. Areas can be changed unit by unit later on the Units page.</translation>
    </message>
    <message>
        <source>选择表格…</source>
        <translation>Choose spreadsheet…</translation>
    </message>
    <message>
        <source>尚未选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>单元号</source>
        <translation>Unit no.</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>表头须有“单元号”和“面积”两列，可另有“楼层”“备注”。有问题的行不会导入。</source>
        <translation>The header row needs a unit (单元号) and an area (面积) column, and may also have floor (楼层) and note (备注). Rows with problems are not imported.</translation>
    </message>
    <message>
        <source>选择单元表格</source>
        <translation>Choose a unit spreadsheet</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>{column}：{problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>OK to import</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>可导入 {ok} 个单元；{bad} 行有问题，不会导入（红色行）。</source>
        <translation>Ready to import: {ok}. Rows with problems (in red, not imported): {bad}.</translation>
    </message>
    <message>
        <source>全部 {ok} 个单元都可以导入。</source>
        <translation>All {ok} units can be imported.</translation>
    </message>
    <message>
        <source>表格中没有可导入的行：请改好表格后重新选择，或选择“暂不设置”。</source>
        <translation>The spreadsheet has no rows that can be imported: correct it and choose it again, or choose &apos;Skip for now&apos;.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>修改用户</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>登录用，如 zhangsan</source>
        <translation>Used to log in, e.g. zhangsan</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <source>留空则不修改</source>
        <translation>Leave empty to keep the current password</translation>
    </message>
    <message>
        <source>可以登录</source>
        <translation>Can log in</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>用户名 *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>角色 *</source>
        <translation>Role *</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>初始密码 *</source>
        <translation>Initial password *</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>用户管理</source>
        <translation>User management</translation>
    </message>
    <message>
        <source>只有{roles}可以管理用户。如需新增账户、重置密码或解锁，请联系系统管理员。</source>
        <translation>Only these roles can manage users: {roles}. To add an account, reset a password or unlock an account, please contact your system administrator.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>新建用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>共 {n} 个用户</source>
        <translation>Users: {n}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>楼宇客服台</source>
        <translation>Tower Desk</translation>
    </message>
    <message>
        <source>数据库检查未通过：{verdict}

没有可用的备份，请联系系统管理员。</source>
        <translation>The database check failed: {verdict}

No usable backup was found. Please contact your system administrator.</translation>
    </message>
    <message>
        <source>数据库检查未通过：{verdict}

是否从最近的完好备份（{time}）恢复？
当前文件会另存一份，不会删除。</source>
        <translation>The database check failed: {verdict}

Restore from the latest good backup ({time})?
The current file will be kept as a copy, not deleted.</translation>
    </message>
</context>
<context>
    <name>audit_page</name>
    <message>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>拒绝(无权限)</source>
        <translation>Refused (no permission)</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>查看证件号</source>
        <translation>ID number viewed</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>业户资料</source>
        <translation>Tenant document</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>请先设置您自己的密码</source>
        <translation>Please choose your own password first</translation>
    </message>
</context>
<context>
    <name>fees</name>
    <message>
        <source>收费票据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>银行转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>微信支付</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>支票</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已审核</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>已开具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>催缴函</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>电话/短信提醒</source>
        <translation>Call or SMS</translation>
    </message>
    <message>
        <source>发催缴函</source>
        <translation>Send letter</translation>
    </message>
    <message>
        <source>等待（已提醒）</source>
        <translation>Waiting (reminded)</translation>
    </message>
    <message>
        <source>已发函，待处理</source>
        <translation>Letter sent, for the manager</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>扣除</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>按面积（每 m² 每月）</source>
        <translation>By area (per m² a month)</translation>
    </message>
    <message>
        <source>按水表读数</source>
        <translation>From the water meter</translation>
    </message>
    <message>
        <source>按电表读数</source>
        <translation>From the electricity meter</translation>
    </message>
    <message>
        <source>每月固定</source>
        <translation>Fixed monthly</translation>
    </message>
    <message>
        <source>一次性（各部门记入）</source>
        <translation>One-off (posted by the areas)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>第 {row} 行：</source>
        <translation>Row {row}: </translation>
    </message>
    <message>
        <source>请检查输入</source>
        <translation>Please check your entries</translation>
    </message>
    <message>
        <source>没有权限</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <source>您的角色不能执行此操作，请联系主管。</source>
        <translation>Your role cannot do this. Please ask your supervisor.</translation>
    </message>
    <message>
        <source>记录已被他人修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>{who} 在 {when} 修改了这条记录。您填写的内容仍保留在表单中；请关闭后重新打开，再把您的修改补上。</source>
        <translation>{who} changed this record at {when}. What you typed is still in the form: close it, open the record again and re-enter your changes.</translation>
    </message>
    <message>
        <source>另一位同事</source>
        <translation>Another colleague</translation>
    </message>
    <message>
        <source>找不到记录</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>这条记录已不存在。</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>太长：最多 {maximum} 个字</source>
        <translation>Too long: {maximum} characters at most</translation>
    </message>
    <message>
        <source>含有不可见的控制字符</source>
        <translation>Contains invisible control characters</translation>
    </message>
    <message>
        <source>日期无效</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>日期超出合理范围</source>
        <translation>Date is out of range</translation>
    </message>
    <message>
        <source>日期不能晚于今天</source>
        <translation>Date cannot be later than today</translation>
    </message>
    <message>
        <source>身份证号应为 18 位</source>
        <translation>An ID card number has 18 characters</translation>
    </message>
    <message>
        <source>身份证号只能是数字，最后一位可为 X</source>
        <translation>An ID card number has only digits; the last may be X</translation>
    </message>
    <message>
        <source>身份证号的地区码无效</source>
        <translation>The region code in the ID card number is invalid</translation>
    </message>
    <message>
        <source>身份证号中的出生日期无效</source>
        <translation>The date of birth in the ID card number is invalid</translation>
    </message>
    <message>
        <source>身份证号校验位不符，请核对</source>
        <translation>The ID card number&apos;s check digit is wrong; please check it</translation>
    </message>
    <message>
        <source>统一社会信用代码应为 18 位</source>
        <translation>A unified social credit code has 18 characters</translation>
    </message>
    <message>
        <source>统一社会信用代码含有无效字符</source>
        <translation>The unified social credit code contains invalid characters</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位不符，请核对</source>
        <translation>The unified social credit code&apos;s check character is wrong; please check it</translation>
    </message>
    <message>
        <source>手机号应为 11 位，以 1 开头</source>
        <translation>A mobile number has 11 digits and starts with 1</translation>
    </message>
    <message>
        <source>电话号码格式不对（手机 11 位，或座机如 0755-86001234）</source>
        <translation>Invalid phone number (an 11-digit mobile, or a landline such as 0755-86001234)</translation>
    </message>
    <message>
        <source>护照号格式不对</source>
        <translation>Invalid passport number</translation>
    </message>
    <message>
        <source>港澳通行证号格式不对</source>
        <translation>Invalid Hong Kong/Macao travel permit number</translation>
    </message>
    <message>
        <source>台胞证号格式不对</source>
        <translation>Invalid Taiwan travel permit number</translation>
    </message>
    <message>
        <source>证件号格式不对</source>
        <translation>Invalid ID document number</translation>
    </message>
    <message>
        <source>请选择业主或租户</source>
        <translation>Please choose owner or lessee</translation>
    </message>
    <message>
        <source>该信用代码已登记给“{tenant}”</source>
        <translation>This credit code is already registered to &apos;{tenant}&apos;</translation>
    </message>
    <message>
        <source>租期结束不能早于开始</source>
        <translation>The lease cannot end before it starts</translation>
    </message>
    <message>
        <source>没有单元 {unit}</source>
        <translation>There is no unit {unit}</translation>
    </message>
    <message>
        <source>单元 {unit} 已由“{tenant}”使用</source>
        <translation>Unit {unit} is already held by &apos;{tenant}&apos;</translation>
    </message>
    <message>
        <source>只能有一位主要联系人</source>
        <translation>There can be only one primary contact</translation>
    </message>
    <message>
        <source>请选择资料类型</source>
        <translation>Please choose a document type</translation>
    </message>
    <message>
        <source>文件太大（最大 20 MB）</source>
        <translation>File too large (20 MB at most)</translation>
    </message>
    <message>
        <source>单元号只能含字母、数字和“-”，如 12F-1205</source>
        <translation>A unit number may only contain letters, digits and &apos;-&apos;, e.g. 12F-1205</translation>
    </message>
    <message>
        <source>该单元号已存在</source>
        <translation>This unit number already exists</translation>
    </message>
    <message>
        <source>楼层无效（如 12F、B1）</source>
        <translation>Invalid floor (use e.g. 12F, B1)</translation>
    </message>
    <message>
        <source>结束楼层应不低于开始楼层</source>
        <translation>The last floor cannot be below the first one</translation>
    </message>
    <message>
        <source>每层单元数应为 1–99</source>
        <translation>Units per floor must be 1–99</translation>
    </message>
    <message>
        <source>面积应为大于 0 的数字（m²）</source>
        <translation>Area must be a number greater than 0 (m²)</translation>
    </message>
    <message>
        <source>用户名为 2–40 位字母、数字、点、横线或下划线</source>
        <translation>A username has 2–40 letters, digits, dots, hyphens or underscores</translation>
    </message>
    <message>
        <source>该用户名已被使用</source>
        <translation>This username is already taken</translation>
    </message>
    <message>
        <source>请选择角色</source>
        <translation>Please choose a role</translation>
    </message>
    <message>
        <source>不能取消自己的管理员身份或停用自己</source>
        <translation>You cannot remove your own administrator role or deactivate yourself</translation>
    </message>
    <message>
        <source>密码至少 {minimum} 位</source>
        <translation>A password needs at least {minimum} characters</translation>
    </message>
    <message>
        <source>密码须同时含有字母和数字</source>
        <translation>A password must contain both letters and digits</translation>
    </message>
    <message>
        <source>原密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <source>时区无效</source>
        <translation>Invalid time zone</translation>
    </message>
    <message>
        <source>标志图片太大（最大 2 MB）</source>
        <translation>Logo image too large (2 MB at most)</translation>
    </message>
    <message>
        <source>标志须为 PNG 或 JPEG 图片</source>
        <translation>The logo must be a PNG or JPEG image</translation>
    </message>
    <message>
        <source>没有这种表单类型：{kind}</source>
        <translation>No such form kind: {kind}</translation>
    </message>
    <message>
        <source>没有这种纸张：{paper}</source>
        <translation>No such paper: {paper}</translation>
    </message>
    <message>
        <source>份数须在 1 到 {max} 之间</source>
        <translation>Copies must be between 1 and {max}</translation>
    </message>
    <message>
        <source>偏移不能超过 ±{max:g} mm</source>
        <translation>An offset cannot exceed ±{max:g} mm</translation>
    </message>
    <message>
        <source>请输入整数</source>
        <translation>Please enter a whole number</translation>
    </message>
    <message>
        <source>应在 {minimum} 到 {maximum} 之间</source>
        <translation>Must be between {minimum} and {maximum}</translation>
    </message>
    <message>
        <source>请从列表中选择</source>
        <translation>Please choose from the list</translation>
    </message>
    <message>
        <source>请选择是或否</source>
        <translation>Please choose yes or no</translation>
    </message>
    <message>
        <source>未知设置</source>
        <translation>Unknown setting</translation>
    </message>
    <message>
        <source>只能导入 .xlsx 或 .csv 文件</source>
        <translation>Only .xlsx or .csv files can be imported</translation>
    </message>
    <message>
        <source>文件无法读取</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <source>工作簿中没有该工作表</source>
        <translation>The workbook has no such sheet</translation>
    </message>
    <message>
        <source>前 10 行中找不到表头</source>
        <translation>No header row in the first 10 rows</translation>
    </message>
    <message>
        <source>缺少列：{detail}</source>
        <translation>Missing columns: {detail}</translation>
    </message>
    <message>
        <source>只有已开具的账单才能调整；草稿请重新生成</source>
        <translation>Only issued bills are adjusted; redraft a draft instead</translation>
    </message>
    <message>
        <source>金额应为大于 0 的数字，最多两位小数（元）</source>
        <translation>Amount must be above 0 with at most two decimals (CNY)</translation>
    </message>
    <message>
        <source>金额应为非零数字，最多两位小数；减免填负数，如 -100.00</source>
        <translation>Amount must be non-zero with at most two decimals; a credit is negative, e.g. -100.00</translation>
    </message>
    <message>
        <source>所选账单不是该业户未结清的账单</source>
        <translation>The chosen bills are not this tenant&apos;s open bills</translation>
    </message>
    <message>
        <source>账单 {number} 当前状态不能进行此操作</source>
        <translation>Bill {number} cannot do this in its current status</translation>
    </message>
    <message>
        <source>减免不能超过账单未收金额 {outstanding} 元</source>
        <translation>A credit cannot exceed the bill&apos;s open {outstanding} CNY</translation>
    </message>
    <message>
        <source>请选择收取、扣除或退还</source>
        <translation>Choose received, deducted or refunded</translation>
    </message>
    <message>
        <source>超过押金余额 {held} 元</source>
        <translation>More than the {held} CNY held</translation>
    </message>
    <message>
        <source>项目代码为字母、数字或下划线，最多 30 位</source>
        <translation>Item code: letters, digits or underscores, at most 30</translation>
    </message>
    <message>
        <source>请选择计费方式</source>
        <translation>Choose how it is charged</translation>
    </message>
    <message>
        <source>没有收费项目 {item}</source>
        <translation>No charge item {item}</translation>
    </message>
    <message>
        <source>还不到发催缴函的时候：须先电话/短信提醒，{on} 起仍未缴才发函</source>
        <translation>Too early for a letter: call or SMS first; the letter is due from {on} if still unpaid</translation>
    </message>
    <message>
        <source>请选择水表或电表</source>
        <translation>Choose water or electricity</translation>
    </message>
    <message>
        <source>请选择收款方式</source>
        <translation>Choose a payment method</translation>
    </message>
    <message>
        <source>该业户没有逾期欠费</source>
        <translation>This tenant has nothing overdue</translation>
    </message>
    <message>
        <source>单价应为不小于 0 的数字，最多四位小数</source>
        <translation>Price must be 0 or more with at most four decimals</translation>
    </message>
    <message>
        <source>读数应为不小于 0 的数字，最多两位小数</source>
        <translation>Reading must be 0 or more with at most two decimals</translation>
    </message>
    <message>
        <source>读数小于上月读数 {previous}，请核对</source>
        <translation>Reading is below the previous {previous}: please check</translation>
    </message>
    <message>
        <source>单元 {unit} 本月账单已开具，读数不能再改</source>
        <translation>Unit {unit}: this month&apos;s bill is issued, the reading can no longer change</translation>
    </message>
    <message>
        <source>用量 {usage} 超过近三个月平均 {average} 的 {factor} 倍：请核对后勾选“确认”再保存</source>
        <translation>Use {usage} is over {factor}× the 3-month average {average}: check it, tick &quot;Confirm&quot; and save again</translation>
    </message>
    <message>
        <source>转账、支票、刷卡须填写凭证号或流水号</source>
        <translation>A transfer, cheque or card payment needs its reference</translation>
    </message>
    <message>
        <source>票据 {receipt} 已作废</source>
        <translation>Receipt {receipt} is already void</translation>
    </message>
    <message>
        <source>请选择催缴方式</source>
        <translation>Choose how the tenant was reminded</translation>
    </message>
    <message>
        <source>单元 {unit} 目前没有业户</source>
        <translation>Unit {unit} has no tenant now</translation>
    </message>
    <message>
        <source>客服员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>楼层管家</source>
        <translation>Floor steward</translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>客服经理</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>工程部审核</source>
        <translation>Engineering reviewer</translation>
    </message>
    <message>
        <source>系统管理员</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <source>空置</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>已入住</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>装修中</source>
        <translation>Fitting out</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Lessee</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>营业执照/单位证明</source>
        <translation>Business licence / organisation certificate</translation>
    </message>
    <message>
        <source>身份证复印件</source>
        <translation>Copy of ID card</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <source>租赁/购房合同</source>
        <translation>Lease / purchase contract</translation>
    </message>
    <message>
        <source>入住通知单</source>
        <translation>Move-in notice</translation>
    </message>
    <message>
        <source>管理公约/协议</source>
        <translation>Management covenant / agreement</translation>
    </message>
    <message>
        <source>批准文件</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>page_bits</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>password_dialog</name>
    <message>
        <source>至少 {n} 位，须同时含有字母和数字</source>
        <translation>{n}+ characters, letters and digits</translation>
    </message>
</context>
<context>
    <name>print_settings</name>
    <message>
        <source>A4 表单（登记表、许可证、报表）</source>
        <translation>A4 forms (registrations, permits, reports)</translation>
    </message>
    <message>
        <source>A6 证件（访客证、放行条）</source>
        <translation>A6 passes (visitor passes, goods-release passes)</translation>
    </message>
    <message>
        <source>62 mm 标签</source>
        <translation>62 mm labels</translation>
    </message>
    <message>
        <source>与表单相同</source>
        <translation>Same as the form</translation>
    </message>
    <message>
        <source>62 × 100 mm 标签</source>
        <translation>62 × 100 mm label</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>{reason}

表单已保存为 PDF：{path}
可稍后从该文件打印。</source>
        <translation>{reason}

The form was saved as a PDF: {path}
You can print it from that file later.</translation>
    </message>
    <message>
        <source>找不到打印机“{name}”：请检查打印机是否已安装、已开机，或在“设置 → 打印”中另选一台。</source>
        <translation>Printer “{name}” cannot be found: check that it is installed and switched on, or choose another in Settings → Printing.</translation>
    </message>
    <message>
        <source>这台电脑没有默认打印机：请在“设置 → 打印”中为这类表单选择打印机。</source>
        <translation>This computer has no default printer: choose a printer for this kind of form in Settings → Printing.</translation>
    </message>
    <message>
        <source>打印机“{name}”已暂停或出错：请检查打印机（缺纸、卡纸、离线）后重试。</source>
        <translation>Printer “{name}” is paused or has an error: check it (paper out, paper jam, offline) and try again.</translation>
    </message>
    <message>
        <source>打印机“{name}”拒绝了打印任务：请检查打印机后重试。</source>
        <translation>Printer “{name}” refused the job: check the printer and try again.</translation>
    </message>
    <message>
        <source>默认打印机</source>
        <translation>default printer</translation>
    </message>
    <message>
        <source>打印中断：请检查打印机后重试。</source>
        <translation>Printing was interrupted: check the printer and try again.</translation>
    </message>
    <message>
        <source>打印任务没有完成：请检查打印机后重试。</source>
        <translation>The print job did not finish: check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>settings_page</name>
    <message>
        <source>登录失败锁定次数</source>
        <translation>Lock after failed logins</translation>
    </message>
    <message>
        <source>锁定分钟数</source>
        <translation>Lock-out (minutes)</translation>
    </message>
    <message>
        <source>空闲自动锁定（分钟）</source>
        <translation>Lock when idle (minutes)</translation>
    </message>
    <message>
        <source>密码最短长度</source>
        <translation>Minimum password length</translation>
    </message>
    <message>
        <source>保留备份份数</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>访客个人信息保留天数</source>
        <translation>Keep visitor data (days)</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>访客证默认格式</source>
        <translation>Visitor pass format</translation>
    </message>
    <message>
        <source>账单行金额舍入方式</source>
        <translation>Rounding of bill lines</translation>
    </message>
    <message>
        <source>舍入到</source>
        <translation>Round to</translation>
    </message>
    <message>
        <source>开具后缴费期限（天）</source>
        <translation>Days to pay after issue</translation>
    </message>
    <message>
        <source>读数跳变警戒倍数</source>
        <translation>Reading jump factor</translation>
    </message>
    <message>
        <source>电话提醒后几个月发催缴函</source>
        <translation>Months from call to letter</translation>
    </message>
    <message>
        <source>0 表示不自动锁定</source>
        <translation>0 means never</translation>
    </message>
    <message>
        <source>到期后访客的证件号、照片等自动清除</source>
        <translation>Visitor IDs, photos etc. erased after that</translation>
    </message>
    <message>
        <source>下次登录时生效</source>
        <translation>Takes effect at the next login</translation>
    </message>
    <message>
        <source>本月用量超过近三个月平均用量的该倍数时须确认</source>
        <translation>Use above this many times the 3-month average needs confirming</translation>
    </message>
    <message>
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <source>62 mm 标签</source>
        <translation>62 mm label</translation>
    </message>
    <message>
        <source>四舍五入</source>
        <translation>Half up</translation>
    </message>
    <message>
        <source>银行家舍入（四舍六入五成双）</source>
        <translation>Half even (banker&apos;s)</translation>
    </message>
    <message>
        <source>舍去</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>分（0.01 元）</source>
        <translation>Fen (0.01 CNY)</translation>
    </message>
    <message>
        <source>角（0.1 元）</source>
        <translation>Jiao (0.1 CNY)</translation>
    </message>
    <message>
        <source>元</source>
        <translation>Yuan</translation>
    </message>
    <message>
        <source>登录与安全</source>
        <translation>Login and security</translation>
    </message>
    <message>
        <source>备份与隐私</source>
        <translation>Backup and privacy</translation>
    </message>
    <message>
        <source>界面与打印</source>
        <translation>Interface and printing</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>单元号</source>
        <translation>Unit no.</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
</TS>
