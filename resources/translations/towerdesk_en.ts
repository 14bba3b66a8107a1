<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>尚未办理任何步骤</source>
        <translation>No step done yet</translation>
    </message>
    <message>
        <source>表计读数（双方确认）</source>
        <translation>Meter readings (confirmed by both sides)</translation>
    </message>
    <message>
        <source>如 123.4</source>
        <translation>e.g. 123.4</translation>
    </message>
    <message>
        <source>如 5678.9</source>
        <translation>e.g. 5678.9</translation>
    </message>
    <message>
        <source>无燃气可空</source>
        <translation>Empty if there is no gas</translation>
    </message>
    <message>
        <source>业户确认人姓名</source>
        <translation>Name of the tenant&apos;s person confirming</translation>
    </message>
    <message>
        <source>物业方已与业户共同抄读并确认</source>
        <translation>Read together with the tenant and confirmed by the management</translation>
    </message>
    <message>
        <source>水表</source>
        <translation>Water meter</translation>
    </message>
    <message>
        <source>电表</source>
        <translation>Electricity meter</translation>
    </message>
    <message>
        <source>燃气表</source>
        <translation>Gas meter</translation>
    </message>
    <message>
        <source>业户确认</source>
        <translation>Tenant confirms</translation>
    </message>
    <message>
        <source>物业确认</source>
        <translation>Management confirms</translation>
    </message>
    <message>
        <source>办理此步</source>
        <translation>Do this step</translation>
    </message>
    <message>
        <source>取消此记录</source>
        <translation>Cancel this record</translation>
    </message>
    <message>
        <source>办结情况</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>打印钥匙单</source>
        <translation>Print key slip</translation>
    </message>
    <message>
        <source>钥匙单</source>
        <translation>Key slip</translation>
    </message>
    <message>
        <source>钥匙单-{slip}.pdf</source>
        <translation>key-slip-{slip}.pdf</translation>
    </message>
    <message>
        <source>已办步骤</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>“{step}”已办理</source>
        <translation>“{step}” done</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason for cancelling</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>业户验收 {no}</source>
        <translation>Tenant acceptance {no}</translation>
    </message>
    <message>
        <source>{tenant} · {item} {qty} · 约定金额 {amount} 元</source>
        <translation>{tenant} · {item} {qty} · agreed price {amount} yuan</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>业户意见</source>
        <translation>Tenant&apos;s remarks</translation>
    </message>
    <message>
        <source>业户签字</source>
        <translation>Tenant&apos;s signature</translation>
    </message>
    <message>
        <source>确认验收并计费</source>
        <translation>Accept and charge</translation>
    </message>
    <message>
        <source>打印确认单</source>
        <translation>Print confirmation</translation>
    </message>
    <message>
        <source>已验收，{amount} 元已计入业户账单</source>
        <translation>Accepted; {amount} yuan put on the tenant&apos;s bill</translation>
    </message>
    <message>
        <source>已验收（免费服务，不计费）</source>
        <translation>Accepted (free service, no charge)</translation>
    </message>
</context>
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
    <name>ActionPanel</name>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>维修人员姓名</source>
        <translation>Technician&apos;s name</translation>
    </message>
    <message>
        <source>维修情况：做了什么、更换了什么</source>
        <translation>Work done: what was fixed or replaced</translation>
    </message>
    <message>
        <source>如：闭门器 1 个，螺丝 4 颗</source>
        <translation>e.g. 1 door closer, 4 screws</translation>
    </message>
    <message>
        <source>说明：挂起原因、上报对象、答复内容、处理结果或作废原因</source>
        <translation>Note: reason for hold, escalated to, reply, outcome or reason to void</translation>
    </message>
    <message>
        <source>维修人员</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>预约上门</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>维修记录</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>所用材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>闭水试验</source>
        <translation>Leak test</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>转交给</source>
        <translation>Hand over to</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>答复业户</source>
        <translation>Reply to tenant</translation>
    </message>
    <message>
        <source>告知结果</source>
        <translation>Tell outcome</translation>
    </message>
    <message>
        <source>转交</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Resolve</translation>
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
    <name>ArrivalDialog</name>
    <message>
        <source>登记到件</source>
        <translation>Log arrivals</translation>
    </message>
    <message>
        <source>输入业户名称、单元号或拼音首字母</source>
        <translation>Type a tenant name, unit or pinyin initials</translation>
    </message>
    <message>
        <source>扫描或输入快递单号</source>
        <translation>Scan or type the tracking number</translation>
    </message>
    <message>
        <source>包裹上的收件人</source>
        <translation>Recipient named on the parcel</translation>
    </message>
    <message>
        <source>业户 *</source>
        <translation>Tenant *</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>快递公司</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>快递单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>寄件人</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>存放货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存，登记下一件</source>
        <translation>Save, log the next</translation>
    </message>
    <message>
        <source>打印取件通知</source>
        <translation>Print pick-up slip</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已登记 {number}：{tenant} {tracking}（本次共 {n} 件）</source>
        <translation>Logged {number}: {tenant} {tracking} ({n} this session)</translation>
    </message>
    <message>
        <source>取件通知</source>
        <translation>Pick-up slip</translation>
    </message>
    <message>
        <source>取件通知.pdf</source>
        <translation>pick-up-slip.pdf</translation>
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
    <name>BatchDialog</name>
    <message>
        <source>批量入库（一次派件）</source>
        <translation>Batch intake (one courier drop)</translation>
    </message>
    <message>
        <source>扫描快递单号</source>
        <translation>Scan the tracking number</translation>
    </message>
    <message>
        <source>业户名称、单元号或拼音首字母，回车加入</source>
        <translation>Tenant name, unit or pinyin initials; Enter adds the line</translation>
    </message>
    <message>
        <source>快递公司 *</source>
        <translation>Courier *</translation>
    </message>
    <message>
        <source>存放货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>快递单号</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>全部入库</source>
        <translation>Take all in</translation>
    </message>
    <message>
        <source>打印本批取件通知</source>
        <translation>Print this batch&apos;s pick-up slips</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已扫 {n} 件</source>
        <translation>{n} scanned</translation>
    </message>
    <message>
        <source>已入库 {n} 件</source>
        <translation>{n} taken in</translation>
    </message>
    <message>
        <source>有问题的行未入库，请更正或移除后再保存。</source>
        <translation>Lines with problems were not taken in: correct or remove them, then save again.</translation>
    </message>
    <message>
        <source>取件通知</source>
        <translation>Pick-up slip</translation>
    </message>
    <message>
        <source>取件通知.pdf</source>
        <translation>pick-up-slip.pdf</translation>
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
    <name>BookingDialog</name>
    <message>
        <source>预订会议室</source>
        <translation>Book a room</translation>
    </message>
    <message>
        <source>修改预订</source>
        <translation>Change booking</translation>
    </message>
    <message>
        <source>{name}（{floor}，{n} 人）</source>
        <translation>{name} ({floor}, {n} people)</translation>
    </message>
    <message>
        <source>物业内部</source>
        <translation>Management office</translation>
    </message>
    <message>
        <source>时间与会议室</source>
        <translation>Time and room</translation>
    </message>
    <message>
        <source>会议室 *</source>
        <translation>Room *</translation>
    </message>
    <message>
        <source>日期 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>时间 *</source>
        <translation>Time *</translation>
    </message>
    <message>
        <source>预订人与会议</source>
        <translation>Organiser and meeting</translation>
    </message>
    <message>
        <source>预订单位</source>
        <translation>Booked by (tenant)</translation>
    </message>
    <message>
        <source>联系人 *</source>
        <translation>Contact *</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>人数 *</source>
        <translation>Attendees *</translation>
    </message>
    <message>
        <source>会议内容</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>会场布置</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>会议服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>重复预订</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>共几周</source>
        <translation>For weeks</translation>
    </message>
    <message>
        <source>每周的</source>
        <translation>On</translation>
    </message>
    <message>
        <source>不选星期则每周同一天；保存前会列出与已有预订冲突的日期。</source>
        <translation>With no weekday ticked it repeats on the same day each week; days that clash with existing bookings are listed before saving.</translation>
    </message>
    <message>
        <source>周期预订的修改范围</source>
        <translation>Change which occurrences</translation>
    </message>
    <message>
        <source>仅本次</source>
        <translation>This one only</translation>
    </message>
    <message>
        <source>本次及以后各次</source>
        <translation>This and all later ones</translation>
    </message>
    <message>
        <source>保存预订</source>
        <translation>Save booking</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>此会议室的预订须经 {name} 审批确认后生效。</source>
        <translation>Bookings of this room take effect once {name} approves them.</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>修改预订 {number}</source>
        <translation>Change booking {number}</translation>
    </message>
</context>
<context>
    <name>CallbacksPage</name>
    <message>
        <source>含以后到期的</source>
        <translation>Include later ones</translation>
    </message>
    <message>
        <source>打印回访清单</source>
        <translation>Print callback list</translation>
    </message>
    <message>
        <source>打开工单</source>
        <translation>Open work order</translation>
    </message>
    <message>
        <source>工单号</source>
        <translation>Work order</translation>
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
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>维修内容</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>完工</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>回访期限</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意（转工程部返修）</source>
        <translation>Unsatisfied (back to engineering)</translation>
    </message>
    <message>
        <source>业户的意见；不满意时写明哪里不满意</source>
        <translation>The tenant&apos;s words; if unsatisfied, say what is wrong</translation>
    </message>
    <message>
        <source>记录回访</source>
        <translation>Record callback</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Callback result</translation>
    </message>
    <message>
        <source>业户评价</source>
        <translation>Tenant&apos;s verdict</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Callback day</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>（第 {n} 次）</source>
        <translation> (round {n})</translation>
    </message>
    <message>
        <source>待回访 {n} 单，今日已回访 {m} 单</source>
        <translation>{n} to call back, {m} called back today</translation>
    </message>
    <message>
        <source>回访清单-{day}.pdf</source>
        <translation>callback-list-{day}.pdf</translation>
    </message>
    <message>
        <source>回访清单</source>
        <translation>Callback list</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>取消预订</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>如：客户来电取消、会议改期</source>
        <translation>e.g. cancelled by phone, meeting moved</translation>
    </message>
    <message>
        <source>仅本次</source>
        <translation>This one only</translation>
    </message>
    <message>
        <source>本次及以后各次</source>
        <translation>This and all later ones</translation>
    </message>
    <message>
        <source>取消原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>确认取消预订</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>大堂{kind}</source>
        <translation>Lobby {kind}</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>不合格时写明情况</source>
        <translation>Say what is wrong when failed</translation>
    </message>
    <message>
        <source>如 早班、中班、夜班</source>
        <translation>e.g. morning, day, night shift</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>其余全部合格</source>
        <translation>All others OK</translation>
    </message>
    <message>
        <source>提交检查</source>
        <translation>Submit check</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已提交。{n} 项不合格，已生成工程维修单。</source>
        <translation>Submitted. {n} item(s) failed; repair work orders raised.</translation>
    </message>
    <message>
        <source>已提交，全部合格。</source>
        <translation>Submitted, all OK.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>交楼验收表</source>
        <translation>Handover checklist</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>验收项目</source>
        <translation>Item to check</translation>
    </message>
    <message>
        <source>保存验收表</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <source>每行一个验收项目；同一部位的项目写同一部位名称。已办的验收记录保留原来的项目。</source>
        <translation>One item per row; items of one area carry the same area name. Inspections already done keep the items they were done against.</translation>
    </message>
    <message>
        <source>已保存：{areas} 个部位，{items} 个项目</source>
        <translation>Saved: {areas} areas, {items} items</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>取件：{tenant}</source>
        <translation>Pick-up: {tenant}</translation>
    </message>
    <message>
        <source>{number}  {kind} {courier} {tracking}  {count} 件  货架 {shelf}  {received}</source>
        <translation>{number}  {kind} {courier} {tracking}  {count} pcs  shelf {shelf}  {received}</translation>
    </message>
    <message>
        <source>再扫一件，勾选同一业户的其他快递</source>
        <translation>Scan another to tick more of this tenant&apos;s items</translation>
    </message>
    <message>
        <source>待取邮件快递（勾选本次取走的）</source>
        <translation>Items waiting (tick those taken now)</translation>
    </message>
    <message>
        <source>4 位数字</source>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>取件人 *</source>
        <translation>Collected by *</translation>
    </message>
    <message>
        <source>手机尾号 *</source>
        <translation>Phone last 4 *</translation>
    </message>
    <message>
        <source>取件人签字</source>
        <translation>Collector&apos;s signature</translation>
    </message>
    <message>
        <source>确认取件</source>
        <translation>Confirm pick-up</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已取件 {n} 件（{time}）</source>
        <translation>{n} item(s) picked up ({time})</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <source>外包单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>合同上的单位全称</source>
        <translation>Full name as on the contract</translation>
    </message>
    <message>
        <source>元/月</source>
        <translation>yuan per month</translation>
    </message>
    <message>
        <source>合同履行中</source>
        <translation>Contract in force</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>合同开始</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>合同截止</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>月服务费（元）</source>
        <translation>Monthly fee (yuan)</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>驻场人数</source>
        <translation>On-site staff</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>合同评审完毕</source>
        <translation>Contract reviewed</translation>
    </message>
    <message>
        <source>合同信息</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>合同资料</source>
        <translation>Contract documents</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>自 {month} 起连续考评不合格，合同待评审</source>
        <translation>Below the pass mark in a row since {month}: contract up for review</translation>
    </message>
    <message>
        <source>评审结论：</source>
        <translation>Outcome of the review:</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ContractorsPage</name>
    <message>
        <source>外包单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>巡查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>整改跟踪</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>月度考评</source>
        <translation>Monthly evaluation</translation>
    </message>
    <message>
        <source>巡查标准</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>合同期</source>
        <translation>Contract period</translation>
    </message>
    <message>
        <source>月服务费（元）</source>
        <translation>Monthly fee (yuan)</translation>
    </message>
    <message>
        <source>驻场人数</source>
        <translation>On-site staff</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>只看即将到期的合同</source>
        <translation>Only contracts ending soon</translation>
    </message>
    <message>
        <source>新增外包单位</source>
        <translation>New contractor</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>登记上门服务</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>合同待评审</source>
        <translation>Contract up for review</translation>
    </message>
    <message>
        <source>合同 {days} 天后到期</source>
        <translation>Contract ends in {days} days</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>今天上门的服务内容：</source>
        <translation>Today&apos;s visit (what was done):</translation>
    </message>
    <message>
        <source>巡查周期</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>上次巡查</source>
        <translation>Last inspection</translation>
    </message>
    <message>
        <source>待巡查的上门服务</source>
        <translation>Visit awaiting inspection</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>标准版本</source>
        <translation>Template version</translation>
    </message>
    <message>
        <source>开始巡查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>其他巡查…</source>
        <translation>Other inspection…</translation>
    </message>
    <message>
        <source>打印巡查记录</source>
        <translation>Print inspection record</translation>
    </message>
    <message>
        <source>今日待巡查（保洁每日、绿化每周、消杀等每次上门后）</source>
        <translation>Due today (cleaning daily, greening weekly, pest control and others after each visit)</translation>
    </message>
    <message>
        <source>近 60 天的巡查</source>
        <translation>Inspections of the last 60 days</translation>
    </message>
    <message>
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
    <message>
        <source>巡查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>巡查记录.pdf</source>
        <translation>inspection-record.pdf</translation>
    </message>
    <message>
        <source>整改单号</source>
        <translation>Rectification no.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>不合格情况</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>含已关闭</source>
        <translation>Include closed</translation>
    </message>
    <message>
        <source>复查合格（关闭整改单）</source>
        <translation>Passed (closes the request)</translation>
    </message>
    <message>
        <source>复查情况</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>登记复查</source>
        <translation>Record check</translation>
    </message>
    <message>
        <source>未合格的新期限</source>
        <translation>New deadline if not passed</translation>
    </message>
    <message>
        <source>{day} 复查合格</source>
        <translation>Passed on {day}</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <source>【严重】</source>
        <translation>[Serious] </translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>主管更正</source>
        <translation>Supervisor&apos;s correction</translation>
    </message>
    <message>
        <source>写明更正哪一条记录、正确内容是什么</source>
        <translation>Say which entry is corrected and what is right</translation>
    </message>
    <message>
        <source>已交班的日志不能改动：原记录保持不变，更正另记一条，并记入操作记录。</source>
        <translation>A handed-over log is not changed: the entries stay as written, the correction is added as its own entry and audited.</translation>
    </message>
    <message>
        <source>添加更正</source>
        <translation>Add correction</translation>
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
        <source>借出未还钥匙</source>
        <translation>Keys lent out</translation>
    </message>
    <message>
        <source>逾期未还钥匙</source>
        <translation>Overdue keys</translation>
    </message>
    <message>
        <source>在楼访客</source>
        <translation>Visitors inside</translation>
    </message>
    <message>
        <source>闭馆未签离</source>
        <translation>Not signed out at closing</translation>
    </message>
    <message>
        <source>处理中的报修投诉</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>挂起（等待业户）</source>
        <translation>On hold (waiting on tenant)</translation>
    </message>
    <message>
        <source>今日待回访（含超时）</source>
        <translation>Callbacks due today (incl. overdue)</translation>
    </message>
    <message>
        <source>前台 · 今日</source>
        <translation>Front desk · today</translation>
    </message>
    <message>
        <source>今日来访登记</source>
        <translation>Visits registered today</translation>
    </message>
    <message>
        <source>报修投诉与回访</source>
        <translation>Requests, complaints and callbacks</translation>
    </message>
    <message>
        <source>今日到期的报修投诉</source>
        <translation>Requests due today</translation>
    </message>
    <message>
        <source>超时未办结</source>
        <translation>Overdue, not closed</translation>
    </message>
    <message>
        <source>近 30 天回访率</source>
        <translation>Callback rate, last 30 days</translation>
    </message>
    <message>
        <source>钥匙与会议室</source>
        <translation>Keys and meeting rooms</translation>
    </message>
    <message>
        <source>今日会议室预订</source>
        <translation>Today&apos;s room bookings</translation>
    </message>
    <message>
        <source>待审批的会议室预订</source>
        <translation>Room bookings awaiting approval</translation>
    </message>
    <message>
        <source>本月未签到释放</source>
        <translation>No-shows released this month</translation>
    </message>
    <message>
        <source>装修 · 交楼与退租</source>
        <translation>Fit-outs · move-ins and move-outs</translation>
    </message>
    <message>
        <source>施工中的装修</source>
        <translation>Fit-outs at work</translation>
    </message>
    <message>
        <source>等我处理的装修</source>
        <translation>Fit-outs waiting on me</translation>
    </message>
    <message>
        <source>{n} 天内施工许可到期</source>
        <translation>Permits ending within {n} days</translation>
    </message>
    <message>
        <source>保险早于完工到期的装修</source>
        <translation>Fit-outs whose insurance ends before the works</translation>
    </message>
    <message>
        <source>外包服务</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <source>业户与单元</source>
        <translation>Tenants and units</translation>
    </message>
    <message>
        <source>逾期欠费业户</source>
        <translation>Tenants overdue</translation>
    </message>
    <message>
        <source>办理中的交楼/退租</source>
        <translation>Move-ins/move-outs in progress</translation>
    </message>
    <message>
        <source>受阻的交楼/退租</source>
        <translation>Blocked move-ins/move-outs</translation>
    </message>
    <message>
        <source>今日待放行</source>
        <translation>Passes to go out today</translation>
    </message>
    <message>
        <source>即将到期的外包合同</source>
        <translation>Contractor contracts ending soon</translation>
    </message>
    <message>
        <source>今日待巡查（外包）</source>
        <translation>Contractor inspections due</translation>
    </message>
    <message>
        <source>未关闭的整改单</source>
        <translation>Open rectification requests</translation>
    </message>
    <message>
        <source>超期未取邮件快递</source>
        <translation>Mail uncollected too long</translation>
    </message>
    <message>
        <source>逾期未还借用物品</source>
        <translation>Loans overdue</translation>
    </message>
    <message>
        <source>今日未做的大堂检查</source>
        <translation>Lobby checks not done today</translation>
    </message>
    <message>
        <source>逾期未走访业户</source>
        <translation>Tenants overdue for a visit</translation>
    </message>
    <message>
        <source>交接待确认</source>
        <translation>Handovers to acknowledge</translation>
    </message>
    <message>
        <source>未完结的便民服务</source>
        <translation>Open service orders</translation>
    </message>
    <message>
        <source>待跟进的不满意业户</source>
        <translation>Dissatisfied tenants to follow up</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} people in all</translation>
    </message>
    <message>
        <source>合计 {amount} 元；应发催缴函 {letters} 家</source>
        <translation>{amount} CNY in all; {letters} letters due</translation>
    </message>
    <message>
        <source>更新于 {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <source>
其中逾期 {n} 张</source>
        <translation>
{n} of them overdue</translation>
    </message>
    <message>
        <source>超过 {days} 天未取的邮件快递</source>
        <translation>Mail uncollected over {days} days</translation>
    </message>
    <message>
        <source>待取共 {n} 件</source>
        <translation>{n} waiting in all</translation>
    </message>
    <message>
        <source>借出 {out} 件；逾期久未归还待核销 {lost} 件</source>
        <translation>{out} out; {lost} long overdue, to write off</translation>
    </message>
    <message>
        <source>另有 {n} 家在近期应走访</source>
        <translation>{n} more due for a visit soon</translation>
    </message>
    <message>
        <source>
其中超时 {n} 个</source>
        <translation>
{n} of them overdue</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DeliverDialog</name>
    <message>
        <source>管家送达登记</source>
        <translation>Steward&apos;s round done</translation>
    </message>
    <message>
        <source>勾选清单上已签收的件：</source>
        <translation>Tick the items signed for on the list:</translation>
    </message>
    <message>
        <source>清单上的签收人，可不填</source>
        <translation>Who signed on the list, optional</translation>
    </message>
    <message>
        <source>送达管家 *</source>
        <translation>Steward *</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>派单 {no}</source>
        <translation>Dispatch {no}</translation>
    </message>
    <message>
        <source>服务人员姓名</source>
        <translation>Name of the person doing it</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatch</translation>
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
    <name>DutyLogPage</name>
    <message>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{who} {when} 办结</source>
        <translation>Done by {who} {when}</translation>
    </message>
    <message>
        <source>本班</source>
        <translation>This shift</translation>
    </message>
    <message>
        <source>历史日志</source>
        <translation>Past logs</translation>
    </message>
</context>
<context>
    <name>EvacuationDialog</name>
    <message>
        <source>在楼人员（疏散清单）</source>
        <translation>Who is in the building (evacuation list)</translation>
    </message>
    <message>
        <source>在楼人员共 {n} 人</source>
        <translation>{n} people in the building</translation>
    </message>
    <message>
        <source>打印疏散清单</source>
        <translation>Print evacuation list</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>在楼人员清单</source>
        <translation>Evacuation list</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <source>外包单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>巡查次数</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>当月得分</source>
        <translation>Score this month</translation>
    </message>
    <message>
        <source>考评</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>合同评审</source>
        <translation>Contract review</translation>
    </message>
    <message>
        <source>计算考评</source>
        <translation>Work out</translation>
    </message>
    <message>
        <source>经理签认</source>
        <translation>Manager sign-off</translation>
    </message>
    <message>
        <source>更正原因（签认后的更正将另存为新版本）</source>
        <translation>Reason for the correction (saved as a new version of the signed month)</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>打印考评表</source>
        <translation>Print evaluation</translation>
    </message>
    <message>
        <source>考评月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>考评结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>近 12 个月得分（实心点为已签认）</source>
        <translation>Score over the last 12 months (filled dots: signed)</translation>
    </message>
    <message>
        <source>待评审</source>
        <translation>Up for review</translation>
    </message>
    <message>
        <source>未考评</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>已签认（第 {n} 版）</source>
        <translation>Signed (version {n})</translation>
    </message>
    <message>
        <source>草稿（第 {n} 版）</source>
        <translation>Draft (version {n})</translation>
    </message>
    <message>
        <source>本月尚未考评。</source>
        <translation>Not evaluated yet this month.</translation>
    </message>
    <message>
        <source>得分 &lt;b&gt;{score}&lt;/b&gt;（{n} 次巡查）· {grade}</source>
        <translation>Score &lt;b&gt;{score}&lt;/b&gt; ({n} inspections) · {grade}</translation>
    </message>
    <message>
        <source>基本服务费 {base} 元；扣减 {rate}% 计 {deduction} 元</source>
        <translation>Base fee {base} yuan; deduction {rate}%: {deduction} yuan</translation>
    </message>
    <message>
        <source>严重不合格 {n} 项，罚款 {penalty} 元</source>
        <translation>{n} serious non-conformities, penalty {penalty} yuan</translation>
    </message>
    <message>
        <source>应付服务费 &lt;b&gt;{fee}&lt;/b&gt; 元</source>
        <translation>Fee payable &lt;b&gt;{fee}&lt;/b&gt; yuan</translation>
    </message>
    <message>
        <source>发书面警告</source>
        <translation>Written warning</translation>
    </message>
    <message>
        <source>连续三个月不合格：合同提请评审</source>
        <translation>Three months in a row below the pass mark: contract up for review</translation>
    </message>
    <message>
        <source>已由 {who} 于 {at} 签认，已冻结</source>
        <translation>Signed by {who} at {at}; frozen</translation>
    </message>
    <message>
        <source>草稿，待经理签认</source>
        <translation>Draft, awaiting the manager</translation>
    </message>
    <message>
        <source>第 {n} 版 · {state} · {score} 分 · {fee} 元{reason}</source>
        <translation>Version {n} · {state} · score {score} · {fee} yuan{reason}</translation>
    </message>
    <message>
        <source>（更正：{why}）</source>
        <translation> (correction: {why})</translation>
    </message>
    <message>
        <source>外包服务月度考评表</source>
        <translation>Contractor monthly evaluation</translation>
    </message>
    <message>
        <source>月度考评表.pdf</source>
        <translation>contractor-evaluation.pdf</translation>
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
    <name>FeesTab</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>收支</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>凭据 / 说明</source>
        <translation>Receipt / note</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <source>以下来自收费台账：装修垃圾清运费记入业户账单，押金记入押金台账。</source>
        <translation>From the fees ledger: the debris fee goes on the tenant&apos;s bill, deposits on the deposit ledger.</translation>
    </message>
    <message>
        <source>装修垃圾清运费尚未缴清</source>
        <translation>The debris removal fee is not paid yet</translation>
    </message>
</context>
<context>
    <name>FitoutDialog</name>
    <message>
        <source>装修申请</source>
        <translation>Fit-out application</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>审批与历史</source>
        <translation>Approval and history</translation>
    </message>
    <message>
        <source>施工人员</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>巡查与整改</source>
        <translation>Patrols and notices</translation>
    </message>
    <message>
        <source>竣工验收</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>保存申请</source>
        <translation>Save application</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>如 12F-1201</source>
        <translation>e.g. 12F-1201</translation>
    </message>
    <message>
        <source>（输入单元后自动带出）</source>
        <translation>(filled in from the unit)</translation>
    </message>
    <message>
        <source>平方米</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>每行一份已收图纸</source>
        <translation>One drawing received per line</translation>
    </message>
    <message>
        <source>拆改主体结构 / 明显加大荷载</source>
        <translation>Structural change / added load</translation>
    </message>
    <message>
        <source>动火作业</source>
        <translation>Hot work</translation>
    </message>
    <message>
        <source>改动消防或空调系统</source>
        <translation>Fire or air-conditioning changes</translation>
    </message>
    <message>
        <source>房地产行政主管部门批准书文号</source>
        <translation>Housing authority approval letter no.</translation>
    </message>
    <message>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>保额（元）</source>
        <translation>Cover (yuan)</translation>
    </message>
    <message>
        <source>装修单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请人电话</source>
        <translation>Applicant&apos;s phone</translation>
    </message>
    <message>
        <source>办理人类别</source>
        <translation>Applicant kind</translation>
    </message>
    <message>
        <source>已验资料</source>
        <translation>Papers seen</translation>
    </message>
    <message>
        <source>施工内容</source>
        <translation>Scope of works</translation>
    </message>
    <message>
        <source>装修面积</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>计划开工</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>计划完工</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>已收图纸</source>
        <translation>Drawings received</translation>
    </message>
    <message>
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>资质证书号</source>
        <translation>Licence no.</translation>
    </message>
    <message>
        <source>现场负责人</source>
        <translation>Site manager</translation>
    </message>
    <message>
        <source>施工单位电话</source>
        <translation>Contractor&apos;s phone</translation>
    </message>
    <message>
        <source>特殊作业</source>
        <translation>Special works</translation>
    </message>
    <message>
        <source>批准书</source>
        <translation>Approval letter</translation>
    </message>
    <message>
        <source>公众责任险</source>
        <translation>Public liability insurance</translation>
    </message>
    <message>
        <source>保额</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance expiry</translation>
    </message>
    <message>
        <source>该单元目前没有业户</source>
        <translation>No tenant holds this unit</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>意见（退回、驳回、撤回、延期、验收不合格须填写）</source>
        <translation>Comment (required to send back, reject, withdraw, extend or fail acceptance)</translation>
    </message>
    <message>
        <source>下一步（按您的角色）</source>
        <translation>Next steps (for your role)</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>许可证截止日</source>
        <translation>Permit end date</translation>
    </message>
    <message>
        <source>收取装修押金</source>
        <translation>Receive fit-out deposit</translation>
    </message>
    <message>
        <source>打印许可证</source>
        <translation>Print permit</translation>
    </message>
    <message>
        <source>从押金扣除（罚款、损坏赔偿）</source>
        <translation>Take from the deposit (fines, damages)</translation>
    </message>
    <message>
        <source>违规罚款</source>
        <translation>Fine for a violation</translation>
    </message>
    <message>
        <source>损坏赔偿</source>
        <translation>Damages</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>扣除</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>押金结算单</source>
        <translation>Deposit settlement</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>装修申请 {number}</source>
        <translation>Fit-out application {number}</translation>
    </message>
    <message>
        <source>{number}&#x3000;当前状态：{state}</source>
        <translation>{number}  State: {state}</translation>
    </message>
    <message>
        <source>等待：{action}（{roles}）</source>
        <translation>Waiting for: {action} ({roles})</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>公众责任险 {expiry} 到期，早于许可证截止日 {end}：请施工单位续保</source>
        <translation>Public liability insurance ends {expiry}, before the permit&apos;s end {end}: the contractor must renew it</translation>
    </message>
    <message>
        <source>您的角色当前没有可执行的操作</source>
        <translation>Nothing for your role to do now</translation>
    </message>
    <message>
        <source>装修垃圾清运费 {fee} 元（已记入业户账单）</source>
        <translation>Debris removal fee {fee} yuan (posted to the tenant&apos;s account)</translation>
    </message>
    <message>
        <source>装修押金 {amount} 元：{state}</source>
        <translation>Fit-out deposit {amount} yuan: {state}</translation>
    </message>
    <message>
        <source>已收</source>
        <translation>received</translation>
    </message>
    <message>
        <source>未收</source>
        <translation>not received</translation>
    </message>
    <message>
        <source>许可证 {no}，有效期 {start} 至 {end}</source>
        <translation>Permit {no}, valid {start} to {end}</translation>
    </message>
    <message>
        <source>可退押金 {amount} 元</source>
        <translation>Deposit to refund {amount} yuan</translation>
    </message>
    <message>
        <source>已退押金 {amount} 元</source>
        <translation>Deposit refunded {amount} yuan</translation>
    </message>
    <message>
        <source>批准后计收费用</source>
        <translation>Fees are charged on approval</translation>
    </message>
    <message>
        <source>已完成：{action}</source>
        <translation>Done: {action}</translation>
    </message>
    <message>
        <source>装修施工许可证</source>
        <translation>Fit-out permit</translation>
    </message>
    <message>
        <source>装修施工许可证.pdf</source>
        <translation>fitout-permit.pdf</translation>
    </message>
    <message>
        <source>无违规</source>
        <translation>No violation</translation>
    </message>
    <message>
        <source>擅自拆改主体结构</source>
        <translation>Unauthorised structural work</translation>
    </message>
    <message>
        <source>办公时间噪音施工</source>
        <translation>Noisy work in office hours</translation>
    </message>
    <message>
        <source>消防设施缺失或动火无看护</source>
        <translation>Fire protection missing or hot work unattended</translation>
    </message>
    <message>
        <source>装修垃圾堆放在公共走道</source>
        <translation>Debris in the corridors</translation>
    </message>
    <message>
        <source>其他违规</source>
        <translation>Other violation</translation>
    </message>
    <message>
        <source>从押金扣除（元，可不填）</source>
        <translation>Taken from the deposit (yuan, optional)</translation>
    </message>
    <message>
        <source>严重违规：责令停工</source>
        <translation>Serious: suspend the works</translation>
    </message>
    <message>
        <source>记录巡查</source>
        <translation>Record patrol</translation>
    </message>
    <message>
        <source>巡查发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>违规类别</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>罚款</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>巡查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>整改通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>复查情况（须由开单人以外的同事填写）</source>
        <translation>Verification (by someone other than the issuer)</translation>
    </message>
    <message>
        <source>复查合格，关闭整改</source>
        <translation>Verified: close the notice</translation>
    </message>
    <message>
        <source>打印整改通知单</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>{day} 已复查关闭</source>
        <translation>Verified and closed {day}</translation>
    </message>
    <message>
        <source>逾期未整改</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>装修整改通知单</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号（只存打码后的号码）</source>
        <translation>ID number (only the masked number is kept)</translation>
    </message>
    <message>
        <source>所属公司（默认施工单位）</source>
        <translation>Company (default: the contractor)</translation>
    </message>
    <message>
        <source>未选照片（可不贴）</source>
        <translation>No photo chosen (optional)</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>办理出入证</source>
        <translation>Issue pass</translation>
    </message>
    <message>
        <source>打印出入证</source>
        <translation>Print passes</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>公司</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>收回选中的出入证（退押金）</source>
        <translation>Take back the selected pass (refund its deposit)</translation>
    </message>
    <message>
        <source>给选中的出入证换照片</source>
        <translation>Photo for the selected pass</translation>
    </message>
    <message>
        <source>出入证号</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>{day} 交回</source>
        <translation>Returned {day}</translation>
    </message>
    <message>
        <source>已收回</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>（押金 {amount} 元）</source>
        <translation> (deposit {amount} yuan)</translation>
    </message>
    <message>
        <source>有</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{number} 已交回，退押金 {amount} 元</source>
        <translation>{number} returned, deposit {amount} yuan refunded</translation>
    </message>
    <message>
        <source>{number} 已换照片，请重新打印</source>
        <translation>{number}: photo changed, please reprint</translation>
    </message>
    <message>
        <source>已办理 {number}</source>
        <translation>Issued {number}</translation>
    </message>
    <message>
        <source>选择施工人员照片</source>
        <translation>Choose the worker&apos;s photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>已选：{name}</source>
        <translation>Chosen: {name}</translation>
    </message>
    <message>
        <source>装修押金结算单</source>
        <translation>Fit-out deposit settlement</translation>
    </message>
    <message>
        <source>装修押金结算单.pdf</source>
        <translation>fitout-deposit-settlement.pdf</translation>
    </message>
    <message>
        <source>施工人员临时出入证</source>
        <translation>Worker&apos;s temporary pass</translation>
    </message>
    <message>
        <source>施工人员临时出入证.pdf</source>
        <translation>worker-passes.pdf</translation>
    </message>
</context>
<context>
    <name>FitoutPage</name>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>等我处理</source>
        <translation>Waiting on me</translation>
    </message>
    <message>
        <source>新装修申请</source>
        <translation>New fit-out</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>扫描或输入施工出入证号</source>
        <translation>Scan or type a worker&apos;s pass no.</translation>
    </message>
    <message>
        <source>核验出入证</source>
        <translation>Check pass</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
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
        <source>施工单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>等待</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>许可证截止</source>
        <translation>Permit ends</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>{action}（{who}）</source>
        <translation>{action} ({who})</translation>
    </message>
    <message>
        <source>保险在完工前到期</source>
        <translation>Insurance ends before the works</translation>
    </message>
    <message>
        <source>共 {n} 项</source>
        <translation>{n} fit-outs</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>工程部</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>有效：{name}（{company}）{unit}，至 {until}</source>
        <translation>Valid: {name} ({company}) {unit}, until {until}</translation>
    </message>
    <message>
        <source>已过期：{name}，有效期至 {until}</source>
        <translation>Expired: {name}, was valid until {until}</translation>
    </message>
    <message>
        <source>已收回：{name}（许可证已结束）</source>
        <translation>Revoked: {name} (the permit has ended)</translation>
    </message>
    <message>
        <source>查无此证：{number}</source>
        <translation>No such pass: {number}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>跟进 · {tenant}</source>
        <translation>Follow up · {tenant}</translation>
    </message>
    <message>
        <source>{tenant}&#x3000;{units}&#x3000;平均分 {avg}</source>
        <translation>{tenant}  {units}  average {avg}</translation>
    </message>
    <message>
        <source>工单/投诉内容：业户不满意的具体问题</source>
        <translation>Work order / complaint: what exactly the tenant is unhappy about</translation>
    </message>
    <message>
        <source>跟进结果：与业户沟通的情况、约定的处理</source>
        <translation>Outcome: what was discussed with the tenant and agreed</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>低分项</source>
        <translation>Low scores</translation>
    </message>
    <message>
        <source>跟进方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>工单/投诉内容</source>
        <translation>Work order / complaint text</translation>
    </message>
    <message>
        <source>跟进结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>保存跟进</source>
        <translation>Save follow-up</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>全部调查</source>
        <translation>All surveys</translation>
    </message>
    <message>
        <source>只看待跟进</source>
        <translation>Waiting only</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>跟进情况</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>低分项</source>
        <translation>Low scores</translation>
    </message>
    <message>
        <source>跟进…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>任一题评分不高于设置的分数，或平均分低于设置的分数，列为不满意业户；跟进可派维修工单或登记投诉，并记下跟进结果。</source>
        <translation>A tenant with any score at or below the set score, or an average below the set average, is listed as dissatisfied; a follow-up may raise a repair work order or a complaint, and records the outcome.</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>To follow up</translation>
    </message>
</context>
<context>
    <name>FreeSlotDialog</name>
    <message>
        <source>查找空闲会议室</source>
        <translation>Find a free room</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>需要设备</source>
        <translation>Equipment needed</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>容纳</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>预订所选</source>
        <translation>Book selected</translation>
    </message>
    <message>
        <source>找到 {n} 间会议室有空</source>
        <translation>{n} rooms free</translation>
    </message>
    <message>
        <source>这一时段没有合适的空闲会议室，请换个时间或减少设备要求</source>
        <translation>No suitable room is free then: try another time or fewer equipment needs</translation>
    </message>
</context>
<context>
    <name>FrontDeskPage</name>
    <message>
        <source>邮件快递</source>
        <translation>Mail &amp; parcels</translation>
    </message>
    <message>
        <source>借用登记</source>
        <translation>Lending</translation>
    </message>
    <message>
        <source>大堂检查</source>
        <translation>Lobby checks</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>便民服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>业户走访</source>
        <translation>Tenant visits</translation>
    </message>
</context>
<context>
    <name>GoodsForm</name>
    <message>
        <source>如 12F-1205</source>
        <translation>e.g. 12F-1205</translation>
    </message>
    <message>
        <source>搬运人或搬运公司</source>
        <translation>Carrier or removal company</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
    </message>
    <message>
        <source>如 粤B12345；人工搬运可空</source>
        <translation>e.g. 粤B12345; empty when carried by hand</translation>
    </message>
    <message>
        <source>如 搬离旧家具、设备送修</source>
        <translation>e.g. old furniture leaving, equipment for repair</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
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
        <source>搬运人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Vehicle plate</translation>
    </message>
    <message>
        <source>放行日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>放行时段</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>放行物品</source>
        <translation>Goods</translation>
    </message>
</context>
<context>
    <name>GoodsPage</name>
    <message>
        <source>扫描或输入放行条编号，回车查验</source>
        <translation>Scan or type a pass number, Enter checks it</translation>
    </message>
    <message>
        <source>核验放行</source>
        <translation>Let out</translation>
    </message>
    <message>
        <source>门岗查验</source>
        <translation>Gate check</translation>
    </message>
    <message>
        <source>搜索：编号、业户、搬运人、车牌、单元</source>
        <translation>Search: number, tenant, carrier, plate, unit</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>待放行</source>
        <translation>To go out</translation>
    </message>
    <message>
        <source>已放行</source>
        <translation>Gone out</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>开具放行条</source>
        <translation>Issue pass</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>放行日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Hours</translation>
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
        <source>搬运人</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>共 {n} 张</source>
        <translation>{n} passes</translation>
    </message>
    <message>
        <source>{company} · {day} {start}–{end} · 车牌 {plate}</source>
        <translation>{company} · {day} {start}–{end} · plate {plate}</translation>
    </message>
    <message>
        <source>物品放行条</source>
        <translation>Goods-release pass</translation>
    </message>
    <message>
        <source>放行条 {no}.pdf</source>
        <translation>goods-pass-{no}.pdf</translation>
    </message>
    <message>
        <source>作废放行条</source>
        <translation>Void pass</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
</context>
<context>
    <name>GoodsPassDialog</name>
    <message>
        <source>开具物品放行条</source>
        <translation>Issue a goods-release pass</translation>
    </message>
    <message>
        <source>开具放行条</source>
        <translation>Issue pass</translation>
    </message>
    <message>
        <source>打印放行条</source>
        <translation>Print pass</translation>
    </message>
    <message>
        <source>已开具放行条 {no}</source>
        <translation>Pass {no} issued</translation>
    </message>
    <message>
        <source>物品放行条</source>
        <translation>Goods-release pass</translation>
    </message>
    <message>
        <source>放行条 {no}.pdf</source>
        <translation>goods-pass-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>交班</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>确认接班</source>
        <translation>Acknowledge handover</translation>
    </message>
    <message>
        <source>{day} {shift}（{staff}）· 记录 {notes} 条 · 未办结交接事项 {matters} 件 · {state}</source>
        <translation>{day} {shift} ({staff}) · {notes} notes · {matters} open handover matters · {state}</translation>
    </message>
    <message>
        <source>交班后本班统计数字将冻结，日志不能再修改。</source>
        <translation>Handing over freezes the shift&apos;s counts; the log can no longer be changed.</translation>
    </message>
    <message>
        <source>交班人：{who}，{when}。请核对交接事项后签字确认。</source>
        <translation>Handed over by {who}, {when}. Check the matters, then sign to acknowledge.</translation>
    </message>
    <message>
        <source>本班还有 {n} 次大堂检查没有做（前台服务 › 大堂检查）。</source>
        <translation>{n} lobby checks of this shift are not done yet (Front desk › Lobby checks).</translation>
    </message>
    <message>
        <source>重签</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>如：钥匙柜、对讲机已清点</source>
        <translation>e.g. key cabinet and radios checked</translation>
    </message>
    <message>
        <source>交班人签字</source>
        <translation>Outgoing signature</translation>
    </message>
    <message>
        <source>接班人签字</source>
        <translation>Incoming signature</translation>
    </message>
    <message>
        <source>接班说明</source>
        <translation>Note on taking over</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>单元履历</source>
        <translation>Unit history</translation>
    </message>
    <message>
        <source>业户履历</source>
        <translation>Tenant history</translation>
    </message>
    <message>
        <source>{kind} — {name}</source>
        <translation>{kind} — {name}</translation>
    </message>
    <message>
        <source>租赁</source>
        <translation>Tenancy</translation>
    </message>
    <message>
        <source>交楼退租</source>
        <translation>Move-in/out</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Fit-out</translation>
    </message>
    <message>
        <source>报修投诉</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>物品放行</source>
        <translation>Goods passes</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>前台服务</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>经办/相关人</source>
        <translation>By / person</translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>打印履历</source>
        <translation>Print history</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已列出最近 {n} 条，向下滚动看更早的</source>
        <translation>Latest {n} listed; scroll down for older ones</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>Rendering…</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>全部日期</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>值班人员、交班人或接班人</source>
        <translation>On duty, handed over or acknowledged by</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>待接班确认</source>
        <translation>Waiting for acknowledgement</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>值班中</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>接班</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <source>确认接班</source>
        <translation>Acknowledge handover</translation>
    </message>
    <message>
        <source>主管更正</source>
        <translation>Supervisor&apos;s correction</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} logs</translation>
    </message>
    <message>
        <source>值班记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>交接事项</source>
        <translation>Handover matters</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>巡查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>如：大堂、1–10F 卫生间、B1–B2 车库</source>
        <translation>e.g. lobby, washrooms 1–10F, car park B1–B2</translation>
    </message>
    <message>
        <source>外包单位</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>不合格项整改期限</source>
        <translation>Rectification deadline</translation>
    </message>
    <message>
        <source>巡查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>巡查区域</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>数字键打分，回车到下一项；Tab 依次到“不合格”“严重”“情况”，空格勾选；Ctrl+S 保存</source>
        <translation>Digits score, Enter goes to the next item; Tab to “Failed”, “Serious”, “Finding”, Space ticks; Ctrl+S saves</translation>
    </message>
    <message>
        <source>保存巡查 (Ctrl+S)</source>
        <translation>Save inspection (Ctrl+S)</translation>
    </message>
    <message>
        <source>打印巡查记录</source>
        <translation>Print inspection record</translation>
    </message>
    <message>
        <source>{name} · 第 {revision} 版 · {count} 项 · 满分 {total}</source>
        <translation>{name} · version {revision} · {count} items · out of {total}</translation>
    </message>
    <message>
        <source>序</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>项目 / 标准</source>
        <translation>Item / standard</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>不合格情况</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>已保存 {number}：{score} 分；不合格 {n} 项{rects}</source>
        <translation>Saved {number}: score {score}; {n} non-conformities{rects}</translation>
    </message>
    <message>
        <source>，已发整改单 {numbers}</source>
        <translation>, rectification requests {numbers} issued</translation>
    </message>
    <message>
        <source>巡查记录.pdf</source>
        <translation>inspection-record.pdf</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <source>验收人姓名</source>
        <translation>Inspector&apos;s name</translation>
    </message>
    <message>
        <source>备注（可不填）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>验收项目</source>
        <translation>Item to check</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>整改要求 / 说明</source>
        <translation>To put right / note</translation>
    </message>
    <message>
        <source>记录验收结果</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>打印竣工验收单</source>
        <translation>Print acceptance record</translation>
    </message>
    <message>
        <source>验收类别</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>不合格项</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <source>验收记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>第 {n} 次</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>这项验收已合格。</source>
        <translation>This inspection has passed.</translation>
    </message>
    <message>
        <source>复查：上次验收不合格的 {count} 项，逐项填写结果。</source>
        <translation>Re-inspection: the {count} items that failed last time, one by one.</translation>
    </message>
    <message>
        <source>逐项检查：不合格的取消勾选，并写明整改要求。</source>
        <translation>Check item by item: untick what fails and say what is to be put right.</translation>
    </message>
    <message>
        <source>不合格时必填</source>
        <translation>Required when failed</translation>
    </message>
    <message>
        <source>装修竣工验收单</source>
        <translation>Fit-out acceptance record</translation>
    </message>
    <message>
        <source>装修竣工验收单.pdf</source>
        <translation>fit-out-acceptance.pdf</translation>
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
    <name>KeyDialog</name>
    <message>
        <source>新建钥匙</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>钥匙档案</source>
        <translation>Key record</translation>
    </message>
    <message>
        <source>如 12F-1205 门钥匙、B1 水泵房</source>
        <translation>e.g. 12F-1205 door key, B1 pump room</translation>
    </message>
    <message>
        <source>单元号，如 12F-1205</source>
        <translation>Unit number, e.g. 12F-1205</translation>
    </message>
    <message>
        <source>机房或其他位置，如 B1 水泵房</source>
        <translation>Plant room or other place, e.g. B1 pump room</translation>
    </message>
    <message>
        <source>如 A</source>
        <translation>e.g. A</translation>
    </message>
    <message>
        <source>如 012</source>
        <translation>e.g. 012</translation>
    </message>
    <message>
        <source>同一钥匙串的钥匙填相同名称，借出时一起借出</source>
        <translation>Keys on one ring share a name and go out together</translation>
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
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>机房/位置</source>
        <translation>Plant room / place</translation>
    </message>
    <message>
        <source>把数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>柜</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>挂钩</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>存放位置 *</source>
        <translation>Kept at *</translation>
    </message>
    <message>
        <source>钥匙串</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>标签号由系统编号，标签上只有编号，不显示单元；登记表记录对应关系。</source>
        <translation>Tag numbers are assigned by the system; a tag shows only its number, never the unit — the register knows which key it is.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>状况/赔偿</source>
        <translation>Condition / charge</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <source>补打所选单据</source>
        <translation>Reprint the selected slip</translation>
    </message>
    <message>
        <source>登记信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>借还记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>钥匙作废（如遗失后已换锁）：从登记表注销，挂钩可挂新钥匙</source>
        <translation>Retire the key (e.g. lost and the lock changed): it leaves the register and its hook takes a new key</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>在柜：{cabinet} 柜 {hook} 号挂钩</source>
        <translation>In the cabinet: cabinet {cabinet}, hook {hook}</translation>
    </message>
    <message>
        <source>{state}：{holder}</source>
        <translation>{state}: {holder}</translation>
    </message>
    <message>
        <source>，应还 {due}</source>
        <translation>, due back {due}</translation>
    </message>
    <message>
        <source>赔偿 {amount} 元</source>
        <translation>Charge {amount} yuan</translation>
    </message>
    <message>
        <source>（审批：{name}）</source>
        <translation> (approved by {name})</translation>
    </message>
    <message>
        <source>钥匙单据</source>
        <translation>Key slip</translation>
    </message>
    <message>
        <source>钥匙单-{slip}.pdf</source>
        <translation>key-slip-{slip}.pdf</translation>
    </message>
    <message>
        <source>注销钥匙</source>
        <translation>Retire key</translation>
    </message>
    <message>
        <source>注销原因（如 遗失已换锁）：</source>
        <translation>Reason (e.g. lost, lock changed):</translation>
    </message>
    <message>
        <source>已注销，单号 {slip}</source>
        <translation>Retired, slip {slip}</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>KeyMoveDialog</name>
    <message>
        <source>借出钥匙</source>
        <translation>Lend keys</translation>
    </message>
    <message>
        <source>钥匙交业户领用</source>
        <translation>Issue keys to a tenant</translation>
    </message>
    <message>
        <source>归还钥匙</source>
        <translation>Return keys</translation>
    </message>
    <message>
        <source>钥匙遗失登记</source>
        <translation>Report a lost key</translation>
    </message>
    <message>
        <source>钥匙（同一钥匙串的钥匙一起办理）</source>
        <translation>Keys (keys on one ring move together)</translation>
    </message>
    <message>
        <source>登记信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>确认借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>确认领用</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>确认归还</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>登记遗失</source>
        <translation>Report lost</translation>
    </message>
    <message>
        <source>打印单据</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>借用人 *</source>
        <translation>Borrower *</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>如 某某中介、某某维保公司</source>
        <translation>e.g. an estate agent, a maintenance firm</translation>
    </message>
    <message>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <source>用途 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <source>如 带客户看房、设备检修</source>
        <translation>e.g. viewing with a client, equipment repair</translation>
    </message>
    <message>
        <source>应还时间 *</source>
        <translation>Due back *</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>主管审批（总钥匙、机房钥匙）</source>
        <translation>Supervisor approval (master and plant-room keys)</translation>
    </message>
    <message>
        <source>须由{roles}在此输入自己的账号和密码。</source>
        <translation>{roles} must enter their own username and password here.</translation>
    </message>
    <message>
        <source>主管账号</source>
        <translation>Supervisor username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>业户 *</source>
        <translation>Tenant *</translation>
    </message>
    <message>
        <source>领用人 *</source>
        <translation>Received by *</translation>
    </message>
    <message>
        <source>归还人 *</source>
        <translation>Returned by *</translation>
    </message>
    <message>
        <source>钥匙状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>报失人 *</source>
        <translation>Reported by *</translation>
    </message>
    <message>
        <source>赔偿金额（元）</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <source>留空按默认 {n} 元</source>
        <translation>Leave empty for the default {n} yuan</translation>
    </message>
    <message>
        <source>需要换锁（提出换锁工单）</source>
        <translation>Change the lock (raise a lock-change work order)</translation>
    </message>
    <message>
        <source>经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>已登记，单号 {slip}（{time}）</source>
        <translation>Recorded, slip {slip} ({time})</translation>
    </message>
    <message>
        <source>钥匙单-{slip}.pdf</source>
        <translation>key-slip-{slip}.pdf</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>扫描或输入标签号，回车直接打开</source>
        <translation>Scan or type a tag number, Enter opens the key</translation>
    </message>
    <message>
        <source>搜索：名称、单元、机房、钥匙串、持有人</source>
        <translation>Search: name, unit, room, ring, holder</translation>
    </message>
    <message>
        <source>全部钥匙</source>
        <translation>All keys</translation>
    </message>
    <message>
        <source>在柜</source>
        <translation>In cabinet</translation>
    </message>
    <message>
        <source>在外（借出与领用）</source>
        <translation>Out (lent and issued)</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>业户领用</source>
        <translation>Issue to tenant</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>新建钥匙</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>外借清单</source>
        <translation>Keys out list</translation>
    </message>
    <message>
        <source>钥匙柜图</source>
        <translation>Cabinet map</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>标签号</source>
        <translation>Tag</translation>
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
        <source>单元/位置</source>
        <translation>Unit / place</translation>
    </message>
    <message>
        <source>柜-挂钩</source>
        <translation>Cabinet-hook</translation>
    </message>
    <message>
        <source>把数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>钥匙串</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>共 {n} 把</source>
        <translation>{n} keys</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>钥匙外借清单</source>
        <translation>Keys out</translation>
    </message>
    <message>
        <source>钥匙外借清单.pdf</source>
        <translation>keys-out.pdf</translation>
    </message>
    <message>
        <source>正在生成钥匙柜示意图…</source>
        <translation>Drawing the key cabinet map…</translation>
    </message>
    <message>
        <source>钥匙柜示意图</source>
        <translation>Key cabinet map</translation>
    </message>
    <message>
        <source>钥匙柜示意图.pdf</source>
        <translation>key-cabinet-map.pdf</translation>
    </message>
    <message>
        <source>选择钥匙清单</source>
        <translation>Choose a key list</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入钥匙清单</source>
        <translation>Import key list</translation>
    </message>
    <message>
        <source>第 {row} 行（{label}）：{problem}</source>
        <translation>Row {row} ({label}): {problem}</translation>
    </message>
    <message>
        <source>可导入 {ok} 把钥匙；{bad} 行有问题，不会导入。</source>
        <translation>{ok} keys can be imported; {bad} rows have problems and will not be imported.</translation>
    </message>
    <message>
        <source>现在导入？</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>已导入 {n} 把钥匙。</source>
        <translation>{n} keys imported.</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>借出物品</source>
        <translation>Lend an item</translation>
    </message>
    <message>
        <source>{name}{tag}（可借 {n}）</source>
        <translation>{name}{tag} ({n} available)</translation>
    </message>
    <message>
        <source>可不填：业户名称、单元号或拼音首字母</source>
        <translation>Optional: tenant name, unit or pinyin initials</translation>
    </message>
    <message>
        <source>如 押身份证、押工作证</source>
        <translation>e.g. ID card, staff card left</translation>
    </message>
    <message>
        <source>押金（元），可不填</source>
        <translation>Deposit (yuan), optional</translation>
    </message>
    <message>
        <source>借用信息</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>物品 *</source>
        <translation>Item *</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>借用人 *</source>
        <translation>Borrower *</translation>
    </message>
    <message>
        <source>业户/单元</source>
        <translation>Tenant/unit</translation>
    </message>
    <message>
        <source>联系电话 *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <source>押证件</source>
        <translation>Left as pledge</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>应还时间 *</source>
        <translation>Due back *</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>借用人签字</source>
        <translation>Borrower&apos;s signature</translation>
    </message>
    <message>
        <source>确认借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已借出，借用单号 {number}</source>
        <translation>Lent, loan no. {number}</translation>
    </message>
</context>
<context>
    <name>LendItemDialog</name>
    <message>
        <source>借用物品</source>
        <translation>Lending item</translation>
    </message>
    <message>
        <source>借用物品：{name}</source>
        <translation>Lending item: {name}</translation>
    </message>
    <message>
        <source>如 长柄雨伞、行李车 T-02</source>
        <translation>e.g. long umbrella, luggage trolley T-02</translation>
    </message>
    <message>
        <source>单件编号物品填写，如 T-02；成批计数的留空</source>
        <translation>For a numbered single item, e.g. T-02; empty for a counted pool</translation>
    </message>
    <message>
        <source>默认押金（元），可不填</source>
        <translation>Default deposit (yuan), optional</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>LendingTab</name>
    <message>
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>新增物品</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>修改物品</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>核销未归还</source>
        <translation>Write off</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>总数</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>可借</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>搜索：借用人、电话、物品、单号</source>
        <translation>Search: borrower, phone, item, loan no.</translation>
    </message>
    <message>
        <source>借出未还</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>久未归还待核销</source>
        <translation>Long overdue, to write off</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已核销</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>借用单号</source>
        <translation>Loan no.</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <source>业户/单元</source>
        <translation>Tenant/unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>押物</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>归还/核销</source>
        <translation>Returned/written off</translation>
    </message>
    <message>
        <source>&lt;b&gt;可借物品&lt;/b&gt;</source>
        <translation>&lt;b&gt;Items to lend&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;借用记录&lt;/b&gt;</source>
        <translation>&lt;b&gt;Loans&lt;/b&gt;</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>借出未还 {out} 件，其中逾期 {overdue} 件，久未归还待核销 {lost} 件</source>
        <translation>{out} out, {overdue} overdue, {lost} long overdue to write off</translation>
    </message>
    <message>
        <source>借用登记</source>
        <translation>Lending</translation>
    </message>
    <message>
        <source>请先在借用记录中选择一条未归还的借用</source>
        <translation>First pick a loan that is still out</translation>
    </message>
</context>
<context>
    <name>LobbyCheckTab</name>
    <message>
        <source>开班检查</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <source>交班检查</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <source>编辑检查表</source>
        <translation>Edit checklist</translation>
    </message>
    <message>
        <source>近 14 天</source>
        <translation>Last 14 days</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>近 60 天</source>
        <translation>Last 60 days</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>检查记录</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>今日全部检查已完成</source>
        <translation>All of today&apos;s checks done</translation>
    </message>
    <message>
        <source>今日待做：{kinds}</source>
        <translation>Still to do today: {kinds}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（维修单 #{n}）</source>
        <translation> (work order #{n})</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>客服台已锁定</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>{name}（{user}）离开超过设定时间，请输入密码继续。未保存的表单仍在原处。</source>
        <translation>{name} ({user}) was away longer than the set time. Enter your password to continue. Unsaved forms are still where you left them.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>密码错误次数过多，账户已锁定至 {time}；请到时再解锁，或退出程序换人登录。</source>
        <translation>Too many wrong passwords: the account is locked until {time}. Unlock then, or quit so someone else can log in.</translation>
    </message>
    <message>
        <source>密码不正确（再错 {n} 次将锁定账户）。</source>
        <translation>Wrong password ({n} more wrong tries lock the account).</translation>
    </message>
    <message>
        <source>密码不正确。</source>
        <translation>Wrong password.</translation>
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
    <name>MailTab</name>
    <message>
        <source>扫描快递单号或取件通知，回车取件</source>
        <translation>Scan a tracking number or pick-up slip, Enter to hand over</translation>
    </message>
    <message>
        <source>搜索：业户、单元、收件人、单号</source>
        <translation>Search: tenant, unit, recipient, tracking no.</translation>
    </message>
    <message>
        <source>待取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>超期未取</source>
        <translation>Uncollected too long</translation>
    </message>
    <message>
        <source>今日到件</source>
        <translation>Arrived today</translation>
    </message>
    <message>
        <source>已取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>登记到件</source>
        <translation>Log arrival</translation>
    </message>
    <message>
        <source>批量入库</source>
        <translation>Batch intake</translation>
    </message>
    <message>
        <source>取件</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>退回寄件人</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>管家送达登记</source>
        <translation>Steward&apos;s round done</translation>
    </message>
    <message>
        <source>打印取件通知</source>
        <translation>Print pick-up slip</translation>
    </message>
    <message>
        <source>分楼层待取清单</source>
        <translation>Pick-up list by floor</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>到件</source>
        <translation>Arrived</translation>
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
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>取件人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <source>取件/退回时间</source>
        <translation>Collected/returned at</translation>
    </message>
    <message>
        <source>扫码取件</source>
        <translation>Scan to hand over</translation>
    </message>
    <message>
        <source>管家 {steward} 送达 {receiver}</source>
        <translation>Steward {steward} delivered {receiver}</translation>
    </message>
    <message>
        <source>全部楼层</source>
        <translation>All floors</translation>
    </message>
    <message>
        <source>共 {n} 件；待取 {waiting} 件，其中超过 {days} 天未取 {late} 件</source>
        <translation>{n} items; {waiting} waiting, {late} of them over {days} days</translation>
    </message>
    <message>
        <source>邮件快递</source>
        <translation>Mail &amp; parcels</translation>
    </message>
    <message>
        <source>取件通知</source>
        <translation>Pick-up slip</translation>
    </message>
    <message>
        <source>取件通知-{number}.pdf</source>
        <translation>pick-up-slip-{number}.pdf</translation>
    </message>
    <message>
        <source>待取邮件快递清单</source>
        <translation>Mail waiting list</translation>
    </message>
    <message>
        <source>待取邮件快递清单.pdf</source>
        <translation>mail-waiting-list.pdf</translation>
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
        <source>钥匙管理</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>交楼与退租</source>
        <translation>Move-ins and move-outs</translation>
    </message>
    <message>
        <source>物品放行</source>
        <translation>Goods release</translation>
    </message>
    <message>
        <source>访客</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>报修投诉</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>装修管理</source>
        <translation>Fit-out</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>外包服务</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>前台服务</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
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
    <name>MoveInDialog</name>
    <message>
        <source>交楼（入驻）</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>打印交楼确认书</source>
        <translation>Print handover confirmation</translation>
    </message>
    <message>
        <source>新建交楼</source>
        <translation>New move-in</translation>
    </message>
    <message>
        <source>如 12F-1205</source>
        <translation>e.g. 12F-1205</translation>
    </message>
    <message>
        <source>来办理的人</source>
        <translation>Person applying</translation>
    </message>
    <message>
        <source>手机或座机</source>
        <translation>Mobile or landline</translation>
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
        <source>办理人类别</source>
        <translation>Applicant kind</translation>
    </message>
    <message>
        <source>办理人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>计划交楼日</source>
        <translation>Planned move-in</translation>
    </message>
    <message>
        <source>一、核验身份与资料（* 为该类办理人必备）</source>
        <translation>1. Identity and papers (* required for this kind of applicant)</translation>
    </message>
    <message>
        <source>二、住户登记与签约</source>
        <translation>2. Registration and agreements</translation>
    </message>
    <message>
        <source>《住户登记表》已填写</source>
        <translation>Occupant registration form filled in</translation>
    </message>
    <message>
        <source>管理公约等协议已签署</source>
        <translation>Management covenant and agreements signed</translation>
    </message>
    <message>
        <source>备注（可空）</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>打印《住户登记表》</source>
        <translation>Print the registration form</translation>
    </message>
    <message>
        <source>三、联合验收（《房屋质量验收登记表》）：不合格项请写明问题</source>
        <translation>3. Joint inspection (handover checklist): say what is wrong with each failed item</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>问题说明</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>四、整改与复验签收</source>
        <translation>4. Rectification, re-inspection and acceptance</translation>
    </message>
    <message>
        <source>所选整改项已完成</source>
        <translation>Selected defect fixed</translation>
    </message>
    <message>
        <source>业户签收人</source>
        <translation>Accepted by (tenant)</translation>
    </message>
    <message>
        <source>整改项</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>复验日期</source>
        <translation>Re-inspected on</translation>
    </message>
    <message>
        <source>五、交付钥匙、《住户手册》、水电图纸，收取首期管理费</source>
        <translation>5. Keys, handbook and utility drawings handed over; first management fee</translation>
    </message>
    <message>
        <source>领取钥匙的人</source>
        <translation>Person receiving the keys</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
    </message>
    <message>
        <source>《住户手册》已交付</source>
        <translation>Tenant handbook handed over</translation>
    </message>
    <message>
        <source>水电图纸已交付</source>
        <translation>Utility drawings handed over</translation>
    </message>
    <message>
        <source>元，如 3,600.00</source>
        <translation>yuan, e.g. 3,600.00</translation>
    </message>
    <message>
        <source>交付钥匙</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <source>领取人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>领取人签字</source>
        <translation>Receiver&apos;s signature</translation>
    </message>
    <message>
        <source>首期管理费</source>
        <translation>First management fee</translation>
    </message>
    <message>
        <source>新建交楼记录</source>
        <translation>New move-in record</translation>
    </message>
    <message>
        <source>开始办理</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>{tenant} · {unit} · 当前：{step}</source>
        <translation>{tenant} · {unit} · now: {step}</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>办理：{step}</source>
        <translation>Do: {step}</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>交楼完成：{when}
钥匙领用单：{slip}
首期管理费：{fee} 元（待收费处入账）
已归档资料：{papers}</source>
        <translation>Move-in completed: {when}
Key slip: {slip}
First management fee: {fee} yuan (to be billed by the fees desk)
Papers filed: {papers}</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>待整改（工单 {no}）</source>
        <translation>To fix (work order {no})</translation>
    </message>
    <message>
        <source>待派</source>
        <translation>not yet raised</translation>
    </message>
    <message>
        <source>住户登记表</source>
        <translation>Occupant registration form</translation>
    </message>
    <message>
        <source>住户登记表.pdf</source>
        <translation>registration-form.pdf</translation>
    </message>
    <message>
        <source>交楼确认书</source>
        <translation>Handover confirmation</translation>
    </message>
    <message>
        <source>交楼确认书 {no}.pdf</source>
        <translation>handover-confirmation-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <source>退租（迁出）</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>打印退租结算单</source>
        <translation>Print move-out settlement</translation>
    </message>
    <message>
        <source>退租申请</source>
        <translation>Move-out request</translation>
    </message>
    <message>
        <source>如 12F-1205</source>
        <translation>e.g. 12F-1205</translation>
    </message>
    <message>
        <source>如 租约到期、公司搬迁</source>
        <translation>e.g. lease ended, company relocating</translation>
    </message>
    <message>
        <source>元；无欠费填 0</source>
        <translation>yuan; 0 if nothing is owed</translation>
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
        <source>计划退租日</source>
        <translation>Planned move-out</translation>
    </message>
    <message>
        <source>退租原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>欠缴费用</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>欠费核查：欠费结清前不能办理退租</source>
        <translation>Arrears check: no move-out until arrears are paid</translation>
    </message>
    <message>
        <source>业户结清后改为 0</source>
        <translation>Set to 0 once paid</translation>
    </message>
    <message>
        <source>更新欠费金额</source>
        <translation>Update arrears</translation>
    </message>
    <message>
        <source>书面理由，如 押金抵扣、业户书面承诺</source>
        <translation>Written reason, e.g. deducted from the deposit, tenant&apos;s written promise</translation>
    </message>
    <message>
        <source>经理批准放行</source>
        <translation>Manager approves</translation>
    </message>
    <message>
        <source>欠费金额</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>批准理由</source>
        <translation>Reason for approval</translation>
    </message>
    <message>
        <source>可批准欠费放行：{roles}</source>
        <translation>May approve a move-out despite arrears: {roles}</translation>
    </message>
    <message>
        <source>联合验收（对照交楼记录）：损坏项及赔偿，末次表计读数</source>
        <translation>Joint inspection (against the move-in record): damages with charges, final meter readings</translation>
    </message>
    <message>
        <source>损坏项目</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>赔偿金额（元）</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <source>钥匙交回：勾选遗失的钥匙并填写赔偿，其余全部交回</source>
        <translation>Keys back: tick the lost ones with their charge; all others come back</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>赔偿（元）</source>
        <translation>Charge (yuan)</translation>
    </message>
    <message>
        <source>交回钥匙的人</source>
        <translation>Person returning the keys</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
    </message>
    <message>
        <source>业户所持钥匙</source>
        <translation>Keys the tenant holds</translation>
    </message>
    <message>
        <source>交回人</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>交回人签字</source>
        <translation>Signature of the person returning</translation>
    </message>
    <message>
        <source>物品放行：为搬离开具放行条</source>
        <translation>Goods release: a pass for the removal</translation>
    </message>
    <message>
        <source>押金结算：扣除欠费、损坏赔偿和遗失钥匙后退还</source>
        <translation>Deposit settlement: arrears, damages and lost keys deducted, the rest refunded</translation>
    </message>
    <message>
        <source>元，如 20,000.00</source>
        <translation>yuan, e.g. 20,000.00</translation>
    </message>
    <message>
        <source>打印放行条</source>
        <translation>Print pass</translation>
    </message>
    <message>
        <source>放行条</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>新建退租记录</source>
        <translation>New move-out record</translation>
    </message>
    <message>
        <source>登记退租申请</source>
        <translation>Record move-out request</translation>
    </message>
    <message>
        <source>{tenant} · {unit} · 计划 {day} · 当前：{step}</source>
        <translation>{tenant} · {unit} · planned {day} · now: {step}</translation>
    </message>
    <message>
        <source>办理：{step}</source>
        <translation>Do: {step}</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>交楼时表计：{meters}&#x3000;交楼时不合格项：{bad}</source>
        <translation>Meters at move-in: {meters}   Failed items at move-in: {bad}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>打印放行条 {no}</source>
        <translation>Print pass {no}</translation>
    </message>
    <message>
        <source>退租办结：{when}
押金：{deposit} 元
钥匙交回单：{slip}
放行条：{passes}
单元已收回空置，业户已标记为已迁出</source>
        <translation>Move-out completed: {when}
Deposit: {deposit} yuan
Key return slip: {slip}
Goods pass: {passes}
The unit is vacant again; the tenant is marked as moved out</translation>
    </message>
    <message>
        <source>欠缴费用&#x3000;{amount}</source>
        <translation>Arrears   {amount}</translation>
    </message>
    <message>
        <source>无扣款</source>
        <translation>No deductions</translation>
    </message>
    <message>
        <source>物品放行条</source>
        <translation>Goods-release pass</translation>
    </message>
    <message>
        <source>放行条 {no}.pdf</source>
        <translation>goods-pass-{no}.pdf</translation>
    </message>
    <message>
        <source>退租结算单</source>
        <translation>Move-out settlement</translation>
    </message>
    <message>
        <source>退租结算单 {no}.pdf</source>
        <translation>move-out-settlement-{no}.pdf</translation>
    </message>
</context>
<context>
    <name>MovesPage</name>
    <message>
        <source>搜索：业户名称或单元号</source>
        <translation>Search: tenant name or unit</translation>
    </message>
    <message>
        <source>交楼和退租</source>
        <translation>Move-ins and move-outs</translation>
    </message>
    <message>
        <source>交楼</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>退租</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>新建交楼</source>
        <translation>New move-in</translation>
    </message>
    <message>
        <source>新建退租</source>
        <translation>New move-out</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>验收表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
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
        <source>计划日期</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>当前步骤</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>受阻原因</source>
        <translation>Blocked by</translation>
    </message>
    <message>
        <source>更新时间</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>公告（公告栏 A4）</source>
        <translation>Notice (lobby board, A4)</translation>
    </message>
    <message>
        <source>公告（电梯轿厢 A4 横版）</source>
        <translation>Notice (lift cars, A4 landscape)</translation>
    </message>
    <message>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>（不用模板，直接撰写）</source>
        <translation>(no template, write freely)</translation>
    </message>
    <message>
        <source>模板填空</source>
        <translation>Fill in the template</translation>
    </message>
    <message>
        <source>填入标题和正文</source>
        <translation>Fill title and text</translation>
    </message>
    <message>
        <source>全体业户</source>
        <translation>All tenants</translation>
    </message>
    <message>
        <source>部分楼层</source>
        <translation>Some floors</translation>
    </message>
    <message>
        <source>部分业户</source>
        <translation>Some tenants</translation>
    </message>
    <message>
        <source>楼层，用逗号分隔，如 12F,13F</source>
        <translation>Floors, separated by commas, e.g. 12F,13F</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>发布范围</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floors</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>打印（公告栏）</source>
        <translation>Print (lobby board)</translation>
    </message>
    <message>
        <source>打印（电梯轿厢）</source>
        <translation>Print (lift cars)</translation>
    </message>
    <message>
        <source>草稿已保存：{no}</source>
        <translation>Draft saved: {no}</translation>
    </message>
    <message>
        <source>已发布：{no}</source>
        <translation>Published: {no}</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>草稿</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>待生效</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>发布范围</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>有效期</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>拟稿</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>撤回原因</source>
        <translation>Reason withdrawn</translation>
    </message>
    <message>
        <source>当前有效</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>搜索：编号、标题、正文</source>
        <translation>Search: number, title, text</translation>
    </message>
    <message>
        <source>新建公告</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>打印（公告栏）</source>
        <translation>Print (lobby board)</translation>
    </message>
    <message>
        <source>打印（电梯轿厢）</source>
        <translation>Print (lift cars)</translation>
    </message>
    <message>
        <source>公告模板</source>
        <translation>Notice templates</translation>
    </message>
    <message>
        <source>共 {n} 份</source>
        <translation>{n} notices</translation>
    </message>
    <message>
        <source>撤回公告</source>
        <translation>Withdraw notice</translation>
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
    <name>PlanDialog</name>
    <message>
        <source>走访人，多人用逗号分隔，轮流分派</source>
        <translation>Visitors; several separated by commas take turns</translation>
    </message>
    <message>
        <source>生成走访计划</source>
        <translation>Plan visits</translation>
    </message>
    <message>
        <source>为逾期及在以下天数内到期、尚无计划的业户各安排一次走访。</source>
        <translation>Plan one visit for each tenant overdue or due within the days below that has none planned.</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>提前天数</source>
        <translation>Days ahead</translation>
    </message>
    <message>
        <source>调整走访计划：{tenant}</source>
        <translation>Change the planned visit: {tenant}</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PreregDialog</name>
    <message>
        <source>预约访客</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>被访单位</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>输入业户名称、单元号或拼音首字母后选择</source>
        <translation>Type a tenant name, unit or pinyin initials, then pick</translation>
    </message>
    <message>
        <source>登记预约</source>
        <translation>Pre-register a visitor</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>来访单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>被访单位 *</source>
        <translation>Host *</translation>
    </message>
    <message>
        <source>来访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>保存预约</source>
        <translation>Save pre-registration</translation>
    </message>
    <message>
        <source>导入业户名单…</source>
        <translation>Import a tenant&apos;s list…</translation>
    </message>
    <message>
        <source>取消所选预约</source>
        <translation>Cancel selected</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>今日预约（未到）</source>
        <translation>Expected today (not yet arrived)</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel the pre-registration</translation>
    </message>
    <message>
        <source>取消原因：</source>
        <translation>Reason for cancelling:</translation>
    </message>
    <message>
        <source>选择预约名单</source>
        <translation>Choose the list of expected visitors</translation>
    </message>
    <message>
        <source>已导入 {n} 人。</source>
        <translation>{n} imported.</translation>
    </message>
    <message>
        <source>第 {row} 行：{text}</source>
        <translation>Row {row}: {text}</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>便民服务价目表</source>
        <translation>Service price list</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Price (yuan)</translation>
    </message>
    <message>
        <source>计价单位</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>如 元/m²、元/小时、元/次</source>
        <translation>e.g. 元/m², 元/小时, 元/次</translation>
    </message>
    <message>
        <source>新增项目</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>价目表已保存</source>
        <translation>Price list saved</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>自定义期间</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>生成报表</source>
        <translation>Run report</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>选择报表和期间，然后点“生成报表”。</source>
        <translation>Choose a report and a period, then click “Run report”.</translation>
    </message>
    <message>
        <source>预览 / 打印 PDF</source>
        <translation>Preview / print PDF</translation>
    </message>
    <message>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>保存 Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <source>本期要点</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>如 2026-W47，或该周内任一天 2026-11-18（周一至周日）</source>
        <translation>e.g. 2026-W47, or any day of the week such as 2026-11-18 (Monday to Sunday)</translation>
    </message>
    <message>
        <source>如 2026-11</source>
        <translation>e.g. 2026-11</translation>
    </message>
    <message>
        <source>如 2026-11-01..2026-11-15（含首尾两天）</source>
        <translation>e.g. 2026-11-01..2026-11-15 (both days included)</translation>
    </message>
    <message>
        <source>正在统计 {period}…</source>
        <translation>Counting {period}…</translation>
    </message>
    <message>
        <source>已统计：{section}</source>
        <translation>Counted: {section}</translation>
    </message>
    <message>
        <source>报表未能生成</source>
        <translation>The report could not be made</translation>
    </message>
    <message>
        <source>{title}：{period}</source>
        <translation>{title}: {period}</translation>
    </message>
    <message>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>无法写入 {path}：{err}</source>
        <translation>Cannot write {path}: {err}</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>受理登记</source>
        <translation>Take a request</translation>
    </message>
    <message>
        <source>客户服务单</source>
        <translation>Service request</translation>
    </message>
    <message>
        <source>来电查找：单元号、来电人、业户名或拼音首字母、电话</source>
        <translation>Caller lookup: unit, caller, tenant name or pinyin initials, phone</translation>
    </message>
    <message>
        <source>（未选择业户）</source>
        <translation>(no tenant chosen)</translation>
    </message>
    <message>
        <source>业户反映的情况</source>
        <translation>What the tenant reports</translation>
    </message>
    <message>
        <source>如：工作日 14:00 以后</source>
        <translation>e.g. weekdays after 14:00</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
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
        <source>来电人</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>方式 / 类别</source>
        <translation>Channel / category</translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation>Request *</translation>
    </message>
    <message>
        <source>方便时间</source>
        <translation>Suits the tenant</translation>
    </message>
    <message>
        <source>要求完成时间</source>
        <translation>Wanted by</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>环节</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>处理经过</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本类时限（按设置，挂起等待业户的时间不计）：</source>
        <translation>Deadlines for this kind (from settings; time on hold waiting on the tenant does not count):</translation>
    </message>
    <message>
        <source>登记后，这里显示各环节的期限、处理按钮和处理经过。</source>
        <translation>Once registered, the steps with their due times, the handling buttons and the timeline show here.</translation>
    </message>
    <message>
        <source>已登记 {time}</source>
        <translation>Registered {time}</translation>
    </message>
    <message>
        <source>客户服务单 {number}</source>
        <translation>Service request {number}</translation>
    </message>
    <message>
        <source>（挂起中）</source>
        <translation> (on hold)</translation>
    </message>
    <message>
        <source>{number} · {kind} · {state} · 负责人 {owner}</source>
        <translation>{number} · {kind} · {state} · owner {owner}</translation>
    </message>
    <message>
        <source>回访（第 {n} 次）</source>
        <translation>Callback (round {n})</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>不满意：{note}</source>
        <translation>Unsatisfied: {note}</translation>
    </message>
    <message>
        <source>打印维修工作单</source>
        <translation>Print work order</translation>
    </message>
    <message>
        <source>打印投诉处理记录</source>
        <translation>Print complaint record</translation>
    </message>
    <message>
        <source>维修工作单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>投诉处理记录表</source>
        <translation>Complaint record</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>搜索：编号、业户、拼音首字母、单元、来电人、电话或内容</source>
        <translation>Search: number, tenant, pinyin initials, unit, caller, phone or text</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>全部负责人</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>全部期限</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>已超时</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>仅挂起</source>
        <translation>On hold only</translation>
    </message>
    <message>
        <source>新建受理</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
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
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>共 {n} 单</source>
        <translation>{n} requests</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>退回寄件人：{number}</source>
        <translation>Return to sender: {number}</translation>
    </message>
    <message>
        <source>如 拒收、查无此人、超期未取</source>
        <translation>e.g. refused, no such person, kept too long</translation>
    </message>
    <message>
        <source>快递</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>退回原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>确认退回</source>
        <translation>Confirm return</translation>
    </message>
</context>
<context>
    <name>ReturnLoanDialog</name>
    <message>
        <source>归还：{number}</source>
        <translation>Return: {number}</translation>
    </message>
    <message>
        <source>押金 {amount} 元</source>
        <translation>deposit {amount} yuan</translation>
    </message>
    <message>
        <source>退还押物</source>
        <translation>Give back the pledge</translation>
    </message>
    <message>
        <source>如 伞骨损坏</source>
        <translation>e.g. umbrella rib broken</translation>
    </message>
    <message>
        <source>归还人 *</source>
        <translation>Returned by *</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>确认归还</source>
        <translation>Take back</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>新建会议室</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>会议室 {name}</source>
        <translation>Room {name}</translation>
    </message>
    <message>
        <source>（无需审批）</source>
        <translation>(no approval needed)</translation>
    </message>
    <message>
        <source>可预订</source>
        <translation>Open for booking</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>容纳人数 *</source>
        <translation>Seats *</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>布置方式</source>
        <translation>Layouts</translation>
    </message>
    <message>
        <source>单价（元/小时）</source>
        <translation>Price (CNY/hour)</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>会议室设置</source>
        <translation>Room settings</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>容纳</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>开放时间</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>新建会议室</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>从表格导入…</source>
        <translation>Import from sheet…</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>（停用）</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <source>选择会议室表格</source>
        <translation>Choose the rooms sheet</translation>
    </message>
    <message>
        <source>表格 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}：{problem}</source>
        <translation>Row {row} {name}: {problem}</translation>
    </message>
    <message>
        <source>可导入 {ok} 间会议室；{bad} 行有问题，不会导入。</source>
        <translation>{ok} rooms can be imported; {bad} rows have problems and will not be.</translation>
    </message>
    <message>
        <source>导入会议室</source>
        <translation>Import rooms</translation>
    </message>
    <message>
        <source>现在导入？</source>
        <translation>Import now?</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>日视图（全部会议室）</source>
        <translation>Day (all rooms)</translation>
    </message>
    <message>
        <source>周视图（单间会议室）</source>
        <translation>Week (one room)</translation>
    </message>
    <message>
        <source>预订编号</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>新建预订</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>找空闲会议室</source>
        <translation>Find free room</translation>
    </message>
    <message>
        <source>月结单</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>会议室设置</source>
        <translation>Room settings</translation>
    </message>
    <message>
        <source>在日历上点击预订查看详情；在空白时间上按住拖动即可新建预订。</source>
        <translation>Click a booking on the calendar to see it; press and drag on free time to book it.</translation>
    </message>
    <message>
        <source>修改预订</source>
        <translation>Change booking</translation>
    </message>
    <message>
        <source>审批确认</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>结束会议并记录服务</source>
        <translation>End meeting and record service</translation>
    </message>
    <message>
        <source>取消预订</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>打印预订确认单</source>
        <translation>Print confirmation</translation>
    </message>
    <message>
        <source>打印会议服务记录表</source>
        <translation>Print service record</translation>
    </message>
    <message>
        <source>导出到日历（.ics）</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>打印门牌当日安排</source>
        <translation>Print door schedule</translation>
    </message>
    <message>
        <source>导出本月预订（.ics）</source>
        <translation>Export this month (.ics)</translation>
    </message>
    <message>
        <source>已释放未签到的预订：{numbers}</source>
        <translation>Released as no-shows: {numbers}</translation>
    </message>
    <message>
        <source>{n} 人 · {floor}</source>
        <translation>{n} seats · {floor}</translation>
    </message>
    <message>
        <source>没有待审批的预订</source>
        <translation>No booking is waiting for approval</translation>
    </message>
    <message>
        <source>没有预订 {number}</source>
        <translation>No booking {number}</translation>
    </message>
    <message>
        <source>预订单位：{v}</source>
        <translation>Booked by: {v}</translation>
    </message>
    <message>
        <source>物业内部</source>
        <translation>Management office</translation>
    </message>
    <message>
        <source>联系人：{v} {p}</source>
        <translation>Contact: {v} {p}</translation>
    </message>
    <message>
        <source>人数：{v}</source>
        <translation>Attendees: {v}</translation>
    </message>
    <message>
        <source>会议内容：{v}</source>
        <translation>Purpose: {v}</translation>
    </message>
    <message>
        <source>会场布置：{v}</source>
        <translation>Layout: {v}</translation>
    </message>
    <message>
        <source>会议服务：{v}</source>
        <translation>Services: {v}</translation>
    </message>
    <message>
        <source>周期预订的一次</source>
        <translation>One of a recurring series</translation>
    </message>
    <message>
        <source>待 {name} 审批</source>
        <translation>Awaiting approval by {name}</translation>
    </message>
    <message>
        <source>原因：{v}</source>
        <translation>Reason: {v}</translation>
    </message>
    <message>
        <source>签到：{t}</source>
        <translation>Checked in: {t}</translation>
    </message>
    <message>
        <source>服务：{v}</source>
        <translation>Served: {v}</translation>
    </message>
    <message>
        <source>损坏：{v}</source>
        <translation>Damage: {v}</translation>
    </message>
    <message>
        <source>计费 {h} 小时，{amount} 元</source>
        <translation>{h} hours charged, CNY {amount}</translation>
    </message>
    <message>
        <source>超出免费时长 {h} 小时，计费 {amount} 元</source>
        <translation>{h} hours beyond the free quota, charged CNY {amount}</translation>
    </message>
    <message>
        <source>会议室预订确认单</source>
        <translation>Booking confirmation</translation>
    </message>
    <message>
        <source>预订确认单-{n}.pdf</source>
        <translation>booking-confirmation-{n}.pdf</translation>
    </message>
    <message>
        <source>会议服务记录表</source>
        <translation>Meeting service record</translation>
    </message>
    <message>
        <source>会议服务记录表-{n}.pdf</source>
        <translation>meeting-service-record-{n}.pdf</translation>
    </message>
    <message>
        <source>会议室当日安排</source>
        <translation>Room&apos;s day schedule</translation>
    </message>
    <message>
        <source>门牌日程-{d}.pdf</source>
        <translation>door-schedule-{d}.pdf</translation>
    </message>
    <message>
        <source>导出到日历</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>请先选择一间会议室（周视图或点选一个预订）。</source>
        <translation>Choose a room first (week view, or click one of its bookings).</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>新建满意度调查</source>
        <translation>New satisfaction survey</translation>
    </message>
    <message>
        <source>上</source>
        <translation>1</translation>
    </message>
    <message>
        <source>下</source>
        <translation>2</translation>
    </message>
    <message>
        <source>{year}年{half}半年业户满意度调查</source>
        <translation>Tenant satisfaction survey {year} H{half}</translation>
    </message>
    <message>
        <source>如：书面问卷，楼层管家派发回收</source>
        <translation>e.g. paper forms, handed out and collected by the floor stewards</translation>
    </message>
    <message>
        <source>将使用问卷第 {revision} 版（{n} 题），向全部在租业户发放</source>
        <translation>Uses questionnaire version {revision} ({n} questions), sent to every active tenant</translation>
    </message>
    <message>
        <source>调查名称</source>
        <translation>Survey name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>回收截止</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>开始调查</source>
        <translation>Start survey</translation>
    </message>
</context>
<context>
    <name>SeriesClashes</name>
    <message>
        <source>周期预订有冲突</source>
        <translation>The series clashes</translation>
    </message>
    <message>
        <source>{day}：与 {number}（{organiser}，{time}）冲突</source>
        <translation>{day}: clashes with {number} ({organiser}, {time})</translation>
    </message>
    <message>
        <source>共 {total} 次，其中 {n} 次与已有预订冲突：</source>
        <translation>{n} of {total} occurrences clash with existing bookings:</translation>
    </message>
    <message>
        <source>跳过冲突的 {n} 次，保存其余 {m} 次</source>
        <translation>Skip the {n} clashing, save the other {m}</translation>
    </message>
    <message>
        <source>停止，不保存</source>
        <translation>Stop, save nothing</translation>
    </message>
</context>
<context>
    <name>ServiceOrderDialog</name>
    <message>
        <source>便民服务确认单</source>
        <translation>Service confirmation</translation>
    </message>
    <message>
        <source>便民服务确认单 {no}.pdf</source>
        <translation>Service confirmation {no}.pdf</translation>
    </message>
    <message>
        <source>便民服务单</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>面积、小时、次数…</source>
        <translation>Area, hours, times…</translation>
    </message>
    <message>
        <source>空着即按价目表</source>
        <translation>Empty: the list price</translation>
    </message>
    <message>
        <source>约定金额与价目表不同时必填</source>
        <translation>Needed when the agreed price differs from the list</translation>
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
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>数量/面积</source>
        <translation>Quantity / area</translation>
    </message>
    <message>
        <source>按价目表</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>约定金额（元）</source>
        <translation>Agreed price (yuan)</translation>
    </message>
    <message>
        <source>议价原因</source>
        <translation>Why a different price</translation>
    </message>
    <message>
        <source>约定时间</source>
        <translation>Agreed time</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>服务要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>保存服务单</source>
        <translation>Save order</translation>
    </message>
    <message>
        <source>{price} × {qty} = {amount} 元</source>
        <translation>{price} × {qty} = {amount} yuan</translation>
    </message>
    <message>
        <source>已保存服务单 {no}，金额 {amount} 元</source>
        <translation>Order {no} saved, {amount} yuan</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <source>会议结束：服务记录</source>
        <translation>Meeting ended: service record</translation>
    </message>
    <message>
        <source>如：茶水 12 杯、果盘 2 份、台花</source>
        <translation>e.g. 12 teas, 2 fruit plates, flowers</translation>
    </message>
    <message>
        <source>无损坏可不填</source>
        <translation>Leave empty if nothing was damaged</translation>
    </message>
    <message>
        <source>服务内容</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>设备使用</source>
        <translation>Equipment used</translation>
    </message>
    <message>
        <source>损坏及遗留物品</source>
        <translation>Damage and items left</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>结束会议并保存</source>
        <translation>End meeting and save</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>便民服务</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>只有{roles}可以办理便民服务。</source>
        <translation>Only {roles} may handle service orders.</translation>
    </message>
    <message>
        <source>待派单</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <source>已派单</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>待验收</source>
        <translation>Awaiting acceptance</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>约定时间</source>
        <translation>Agreed time</translation>
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
        <source>服务项目</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>服务人员</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>未完结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>搜索：单号、业户、项目、单元、服务人员</source>
        <translation>Search: number, tenant, service, unit, person</translation>
    </message>
    <message>
        <source>新建服务单</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>业户验收</source>
        <translation>Tenant accepts</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印确认单</source>
        <translation>Print confirmation</translation>
    </message>
    <message>
        <source>价目表</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>共 {n} 单</source>
        <translation>{n} orders</translation>
    </message>
    <message>
        <source>服务完成</source>
        <translation>Service done</translation>
    </message>
    <message>
        <source>完成情况（可不填）</source>
        <translation>What was done (optional)</translation>
    </message>
    <message>
        <source>取消服务单</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason</translation>
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
    <name>ShiftTab</name>
    <message>
        <source>确认接班</source>
        <translation>Acknowledge handover</translation>
    </message>
    <message>
        <source>刷新统计</source>
        <translation>Refresh counts</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>交班</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>本班值班人员，用顿号分隔，如 王小丽、孙保安</source>
        <translation>Staff on this shift, separated by 、 e.g. 王小丽、孙保安</translation>
    </message>
    <message>
        <source>开始本班日志</source>
        <translation>Start this shift&apos;s log</translation>
    </message>
    <message>
        <source>值班人员</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>本班日志尚未开始。开始后即可记录值班情况，上一班未办结的交接事项会自动带入。</source>
        <translation>This shift&apos;s log has not been started. Once started, notes can be written; open matters from earlier shifts are carried in.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>本班统计</source>
        <translation>Shift counts</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>值班情况，如：14:20 B1 车库烟感误报，已复位</source>
        <translation>What happened, e.g. 14:20 false smoke alarm in B1 car park, reset</translation>
    </message>
    <message>
        <source>添加记录</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>值班记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>提出</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>交接事项</source>
        <translation>Handover matters</translation>
    </message>
    <message>
        <source>需要下一班跟进的事项</source>
        <translation>A matter for the next shift to follow up</translation>
    </message>
    <message>
        <source>添加事项</source>
        <translation>Add matter</translation>
    </message>
    <message>
        <source>办理情况（可不填）</source>
        <translation>What was done (optional)</translation>
    </message>
    <message>
        <source>标记办结</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>{day} {shift} 已由 {who} 于 {when} 交班，等待接班确认。</source>
        <translation>{day} {shift} was handed over by {who} at {when} and waits for acknowledgement.</translation>
    </message>
    <message>
        <source>现在不在任何班次时间内</source>
        <translation>No shift at this time</translation>
    </message>
    <message>
        <source>本班：{day} {label}</source>
        <translation>This shift: {day} {label}</translation>
    </message>
    <message>
        <source>待办交接事项 {n} 件将带入本班。</source>
        <translation>{n} open handover matters will be carried into this shift.</translation>
    </message>
    <message>
        <source>交班时冻结，统计至 {t}</source>
        <translation>Frozen at handover, counted to {t}</translation>
    </message>
    <message>
        <source>统计至 {t}（点“刷新统计”更新）</source>
        <translation>Counted to {t} (Refresh counts to update)</translation>
    </message>
    <message>
        <source>主管更正</source>
        <translation>Supervisor&apos;s correction</translation>
    </message>
    <message>
        <source>【上班移交】</source>
        <translation>[carried over] </translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>用鼠标、手写笔或手指在此签字</source>
        <translation>Sign here with the mouse, a pen or a finger</translation>
    </message>
    <message>
        <source>请在此处签字</source>
        <translation>Please sign here</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
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
    <name>StatementDialog</name>
    <message>
        <source>会议室月结单</source>
        <translation>Monthly room statements</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>使用小时</source>
        <translation>Hours used</translation>
    </message>
    <message>
        <source>应收（元）</source>
        <translation>Due (CNY)</translation>
    </message>
    <message>
        <source>未签到次数</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>打印月结单</source>
        <translation>Print statement</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>超出每月免费时长的会议室使用按会议室单价计费；费用明细交收费模块并入账单。未签到次数为开始后未签到、被自动释放的预订。</source>
        <translation>Room hours beyond the monthly free quota are charged at the room price; the fees module bills them. No-shows are bookings released because nobody checked in after the start.</translation>
    </message>
    <message>
        <source>会议室月结单-{name}-{month}.pdf</source>
        <translation>room-statement-{name}-{month}.pdf</translation>
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
</context>
<context>
    <name>SurveyEditorTab</name>
    <message>
        <source>分类</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>题型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>选项（单选题，用“、”分开）</source>
        <translation>Options (single choice, separated by “、”)</translation>
    </message>
    <message>
        <source>本次修改的内容（必填，记入修订记录）</source>
        <translation>What this change is (required, kept in the revision history)</translation>
    </message>
    <message>
        <source>加一题</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>删除所选题</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>问卷名称</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>问卷由{who}修改</source>
        <translation>The questionnaire is edited by {who}</translation>
    </message>
    <message>
        <source>第 {n} 版（{who} {at}），{count} 题</source>
        <translation>Version {n} ({who} {at}), {count} questions</translation>
    </message>
</context>
<context>
    <name>SurveyResultsTab</name>
    <message>
        <source>分类</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>评分数</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>上次平均分</source>
        <translation>Previous average</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答卷</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>打印调查结果</source>
        <translation>Print results</translation>
    </message>
    <message>
        <source>导出答卷 Excel…</source>
        <translation>Export answers to Excel…</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>满意率：评“满意”“非常满意”的占比；5–1 列为各分数的答卷数。</source>
        <translation>Satisfied: share of “satisfied” and “very satisfied”; columns 5–1 count the answers per score.</translation>
    </message>
    <message>
        <source>还没有满意度调查。</source>
        <translation>No satisfaction survey yet.</translation>
    </message>
    <message>
        <source>发放 {asked} 户，回收 {answered} 户，回收率 {rate}；总体平均分 {avg}，满意率 {sat}；不满意业户 {bad} 户（已跟进 {done} 户）</source>
        <translation>Asked {asked}, answered {answered}, response rate {rate}; overall average {avg}, satisfied {sat}; {bad} dissatisfied tenants ({done} followed up)</translation>
    </message>
    <message>
        <source>满意度调查结果</source>
        <translation>Satisfaction survey results</translation>
    </message>
    <message>
        <source>满意度调查结果.pdf</source>
        <translation>survey-results.pdf</translation>
    </message>
    <message>
        <source>导出答卷</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <source>满意度调查答卷.xlsx</source>
        <translation>survey-answers.xlsx</translation>
    </message>
</context>
<context>
    <name>SurveySheetForm</name>
    <message>
        <source>照抄业户所写</source>
        <translation>Copy what the tenant wrote</translation>
    </message>
    <message>
        <source>录入答卷 · {tenant}</source>
        <translation>Enter answers · {tenant}</translation>
    </message>
    <message>
        <source>问卷上的填表人</source>
        <translation>Who filled in the form</translation>
    </message>
    <message>
        <source>联系电话（可不填）</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>填表日期</source>
        <translation>Filled in on</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>序</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答案</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>填法</source>
        <translation>How to type</translation>
    </message>
    <message>
        <source>评分键入 1–5（5 非常满意），单选键入选项序号，回车到下一题；空着表示业户未填；Ctrl+S 保存</source>
        <translation>Type a score 1–5 (5 very satisfied) or the option number, Enter for the next question; blank means not answered; Ctrl+S saves</translation>
    </message>
    <message>
        <source>保存答卷 (Ctrl+S)</source>
        <translation>Save answers (Ctrl+S)</translation>
    </message>
    <message>
        <source>更正原因（必填，记入操作记录）</source>
        <translation>Reason for the correction (required, kept in the audit trail)</translation>
    </message>
    <message>
        <source>更正答卷</source>
        <translation>Correct the form</translation>
    </message>
    <message>
        <source>该答卷已由 {who} 录入</source>
        <translation>This form was entered by {who}</translation>
    </message>
    <message>
        <source>保存更正 (Ctrl+S)</source>
        <translation>Save correction (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>调查问卷</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>调查轮次</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>录入答卷</source>
        <translation>Enter answers</translation>
    </message>
    <message>
        <source>调查结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>不满意跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>调查名称</source>
        <translation>Survey name</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>回收截止</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>回收</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>回收率</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>问卷版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>新建调查…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <source>结束调查</source>
        <translation>Close survey</translation>
    </message>
    <message>
        <source>打印未回收业户的问卷</source>
        <translation>Print forms of tenants not yet answered</translation>
    </message>
    <message>
        <source>新建调查时复制当时的问卷，之后修改问卷不影响已开始的调查。调查由{who}新建和结束。</source>
        <translation>A new survey copies the questionnaire as it is; later edits do not change surveys already started. Surveys are started and closed by {who}.</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>正在生成 {n} 户的问卷…</source>
        <translation>Drawing the forms of {n} tenants…</translation>
    </message>
    <message>
        <source>满意度调查问卷</source>
        <translation>Satisfaction questionnaire</translation>
    </message>
    <message>
        <source>问卷未能生成：{reason}</source>
        <translation>The forms could not be drawn: {reason}</translation>
    </message>
    <message>
        <source>扫描问卷上的二维码，或输入业户名称、单元号后回车</source>
        <translation>Scan the form’s QR code, or type a tenant name or unit and press Enter</translation>
    </message>
    <message>
        <source>显示已录入的</source>
        <translation>Show entered</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>填表人</source>
        <translation>Filled in by</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>补打此业户问卷</source>
        <translation>Reprint this tenant’s form</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>已录入 {day}</source>
        <translation>Entered {day}</translation>
    </message>
    <message>
        <source>未回收</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>已回收 {answered} / {asked} 户，未回收 {left} 户</source>
        <translation>Returned {answered} / {asked}, {left} not returned</translation>
    </message>
    <message>
        <source>没有找到二维码 {code} 对应的问卷</source>
        <translation>No form found for the code {code}</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>大堂检查表</source>
        <translation>Lobby checklist</translation>
    </message>
    <message>
        <source>每行一项，按检查顺序排列：</source>
        <translation>One item per line, in the order checked:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>公告模板</source>
        <translation>Notice templates</translation>
    </message>
    <message>
        <source>用 {名称} 标出每次要填的内容（如 {日期}、{楼层}）；{项目名称}、{服务中心电话} 自动填入。</source>
        <translation>Mark what is filled in each time as {名称} (e.g. {日期}, {楼层}); {项目名称} and {服务中心电话} are filled in automatically.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>在用（写公告时可选）</source>
        <translation>In use (offered when writing a notice)</translation>
    </message>
    <message>
        <source>新增模板</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>保存模板</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>{name}（停用）</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>合格/不合格项</source>
        <translation>Pass/fail item</translation>
    </message>
    <message>
        <source>本次修改的内容（必填，记入修订记录）</source>
        <translation>What changed (required, kept with the version)</translation>
    </message>
    <message>
        <source>加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>删除所选项</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>保存为新版本</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>打印空白巡查表</source>
        <translation>Print blank sheet</translation>
    </message>
    <message>
        <source>服务类别</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>表名</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>第 {n} 版（{who} {at}）</source>
        <translation>Version {n} ({who} {at})</translation>
    </message>
    <message>
        <source>{n} 项，满分 {total}</source>
        <translation>{n} items, out of {total}</translation>
    </message>
    <message>
        <source>合格/不合格</source>
        <translation>Pass/fail</translation>
    </message>
    <message>
        <source>空白巡查表</source>
        <translation>Blank inspection sheet</translation>
    </message>
    <message>
        <source>空白巡查表.pdf</source>
        <translation>inspection-sheet-blank.pdf</translation>
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
        <source>履历</source>
        <translation>History</translation>
    </message>
    <message>
        <source>该业户在各业务中的全部记录，最新的在前</source>
        <translation>Everything on record for this tenant in every area, newest first</translation>
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
        <source>履历</source>
        <translation>History</translation>
    </message>
    <message>
        <source>该单元从入驻到退租的全部记录（也可双击单元）</source>
        <translation>Everything on record for this unit from move-in to move-out (or double-click the unit)</translation>
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
    <name>VisitDialog</name>
    <message>
        <source>访客登记</source>
        <translation>Visitor check-in</translation>
    </message>
    <message>
        <source>姓名；预约访客会在下方列出</source>
        <translation>Name; pre-registered visitors are listed below</translation>
    </message>
    <message>
        <source>身份证 18 位；护照、通行证按证件填写</source>
        <translation>Resident ID: 18 characters; passports and permits as printed</translation>
    </message>
    <message>
        <source>手机 11 位</source>
        <translation>11-digit mobile</translation>
    </message>
    <message>
        <source>输入业户名称、单元号或拼音首字母</source>
        <translation>Type a tenant name, unit or pinyin initials</translation>
    </message>
    <message>
        <source>如 商务洽谈、面试、送货</source>
        <translation>e.g. meeting, interview, delivery</translation>
    </message>
    <message>
        <source>如 粤B12345，无车不填</source>
        <translation>e.g. 粤B12345; empty if no car</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码 *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>来访单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>被访单位 *</source>
        <translation>Host *</translation>
    </message>
    <message>
        <source>被访人</source>
        <translation>Person visited</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>预计离开</source>
        <translation>Expected to leave</translation>
    </message>
    <message>
        <source>登记并打印出入证</source>
        <translation>Check in and print pass</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>回车跳到下一项；在最后一项按回车即登记并打印出入证。</source>
        <translation>Enter moves to the next field; Enter on the last field checks in and prints the pass.</translation>
    </message>
    <message>
        <source>预约：{name}  {phone}  → {host} {unit}  {purpose}</source>
        <translation>Expected: {name}  {phone}  → {host} {unit}  {purpose}</translation>
    </message>
    <message>
        <source>预约访客已填好，请核对证件后按回车确认登记。</source>
        <translation>Pre-registered visitor filled in: check the ID, then press Enter to check in.</translation>
    </message>
    <message>
        <source>访客出入证</source>
        <translation>Visitor pass</translation>
    </message>
    <message>
        <source>{name} 已登记，出入证 {no}</source>
        <translation>{name} checked in, pass {no}</translation>
    </message>
    <message>
        <source>，已打印。</source>
        <translation>, printed.</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>业户走访记录表</source>
        <translation>Tenant visit record</translation>
    </message>
    <message>
        <source>走访记录 {no}.pdf</source>
        <translation>Visit record {no}.pdf</translation>
    </message>
    <message>
        <source>登记走访：{tenant}</source>
        <translation>Record a visit: {tenant}</translation>
    </message>
    <message>
        <source>姓名及职务，如 李娜（行政经理）</source>
        <translation>Name and role, e.g. 李娜 (office manager)</translation>
    </message>
    <message>
        <source>如 季度走访、空调使用情况</source>
        <translation>e.g. quarterly visit, air conditioning</translation>
    </message>
    <message>
        <source>业户反映的问题</source>
        <translation>Issues the tenant raised</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>添加问题</source>
        <translation>Add issue</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>走访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>走访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>走访主题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>反映的问题</source>
        <translation>Issues raised</translation>
    </message>
    <message>
        <source>保存走访记录</source>
        <translation>Save visit record</translation>
    </message>
    <message>
        <source>打印走访记录</source>
        <translation>Print visit record</translation>
    </message>
    <message>
        <source>记录备查</source>
        <translation>Note only</translation>
    </message>
    <message>
        <source>转报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>转投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>转建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>已保存走访记录 {no}</source>
        <translation>Visit record {no} saved</translation>
    </message>
    <message>
        <source>；已转办：{numbers}</source>
        <translation>; sent on: {numbers}</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>扫描或输入出入证号，回车签离</source>
        <translation>Scan or type the pass number, Enter signs out</translation>
    </message>
    <message>
        <source>登记访客 (F2)</source>
        <translation>Check in (F2)</translation>
    </message>
    <message>
        <source>预约访客</source>
        <translation>Pre-registered</translation>
    </message>
    <message>
        <source>禁入名单</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>在楼人员</source>
        <translation>Who is in</translation>
    </message>
    <message>
        <source>打印登记簿</source>
        <translation>Print the day&apos;s log</translation>
    </message>
    <message>
        <source>查找：姓名、手机后四位、出入证号、单元号</source>
        <translation>Find: name, last 4 phone digits, pass number, unit</translation>
    </message>
    <message>
        <source>被访单位</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>在楼</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>闭馆未签离</source>
        <translation>Not signed out at closing</translation>
    </message>
    <message>
        <source>出入证号</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>In</translation>
    </message>
    <message>
        <source>离开</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>（自动）</source>
        <translation> (auto)</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>来访单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>补打出入证</source>
        <translation>Reprint pass</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>查看证件号</source>
        <translation>Show ID number</translation>
    </message>
    <message>
        <source>签离：</source>
        <translation>Sign out:</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>已列出 {n} 条，向下滚动看更早的</source>
        <translation>{n} listed; scroll down for earlier ones</translation>
    </message>
    <message>
        <source>{name} 已签离（{no}，{time}）</source>
        <translation>{name} signed out ({no}, {time})</translation>
    </message>
    <message>
        <source>访客登记簿</source>
        <translation>Visitor log</translation>
    </message>
    <message>
        <source>补打</source>
        <translation>reprint</translation>
    </message>
    <message>
        <source>访客出入证</source>
        <translation>Visitor pass</translation>
    </message>
    <message>
        <source>已补打 {new}，原出入证 {old} 作废</source>
        <translation>Reprinted as {new}; pass {old} is void</translation>
    </message>
    <message>
        <source>作废登记</source>
        <translation>Void the visit</translation>
    </message>
    <message>
        <source>作废原因：</source>
        <translation>Reason for voiding:</translation>
    </message>
    <message>
        <source>{name}：{number}
（本次查看已记录）</source>
        <translation>{name}: {number}
(this look has been recorded)</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>业户走访</source>
        <translation>Tenant visits</translation>
    </message>
    <message>
        <source>只有{roles}可以查看走访计划。</source>
        <translation>Only {roles} may see the visit plan.</translation>
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
        <source>走访周期</source>
        <translation>Visit cycle</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>上次走访</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>未走访</source>
        <translation>Not visited</translation>
    </message>
    <message>
        <source>应走访日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>计划走访人</source>
        <translation>Planned visitor</translation>
    </message>
    <message>
        <source>计划编号</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <source>逾期未走访</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>近期应走访</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已列入计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>全部业户</source>
        <translation>All tenants</translation>
    </message>
    <message>
        <source>搜索：业户、单元、走访人</source>
        <translation>Search: tenant, unit, visitor</translation>
    </message>
    <message>
        <source>登记走访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <source>生成走访计划</source>
        <translation>Plan visits</translation>
    </message>
    <message>
        <source>调整计划</source>
        <translation>Change plan</translation>
    </message>
    <message>
        <source>取消计划</source>
        <translation>Cancel plan</translation>
    </message>
    <message>
        <source>打印走访记录</source>
        <translation>Print visit record</translation>
    </message>
    <message>
        <source>共 {n} 家业户（* 为单独设定的走访周期）</source>
        <translation>{n} tenants (* has its own visit cycle)</translation>
    </message>
    <message>
        <source>取消走访计划</source>
        <translation>Cancel planned visit</translation>
    </message>
    <message>
        <source>取消原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{tenant} 每隔多少天走访一次（0 = 按项目默认）</source>
        <translation>Visit {tenant} every how many days (0 = the site&apos;s default)</translation>
    </message>
</context>
<context>
    <name>WatchAlert</name>
    <message>
        <source>禁入名单提示</source>
        <translation>Watchlist alert</translation>
    </message>
    <message>
        <source>“{name}”与禁入名单相符，请勿放行，并通知主管。</source>
        <translation>“{name}” matches the watchlist: do not let them in; call a supervisor.</translation>
    </message>
    <message>
        <source>证件号相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <source>姓名相同</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>姓名同音</source>
        <translation>same-sounding name</translation>
    </message>
    <message>
        <source>{name}（{how}）：{reason}；提出：{who}</source>
        <translation>{name} ({how}): {reason}; requested by: {who}</translation>
    </message>
    <message>
        <source>主管放行</source>
        <translation>Supervisor release</translation>
    </message>
    <message>
        <source>主管用户名</source>
        <translation>Supervisor user name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>主管确认放行</source>
        <translation>Supervisor lets through</translation>
    </message>
    <message>
        <source>不予登记</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <source>账户已锁定，请稍后再试</source>
        <translation>The account is locked; try again later</translation>
    </message>
    <message>
        <source>用户名或密码不对</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>须由客服主管或以上放行</source>
        <translation>Only a supervisor or above may let through</translation>
    </message>
</context>
<context>
    <name>WatchlistDialog</name>
    <message>
        <source>禁入名单</source>
        <translation>Watchlist</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件（部分）</source>
        <translation>ID (part)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>提出方</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>只保存加密摘要，不保存号码本身</source>
        <translation>Only a salted hash is kept, never the number itself</translation>
    </message>
    <message>
        <source>提出禁入的业户或部门</source>
        <translation>The tenant or department asking for the bar</translation>
    </message>
    <message>
        <source>新增禁入人员</source>
        <translation>Bar a person</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>加入名单</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <source>解除所选</source>
        <translation>Lift selected</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>名单由 {who} 维护。</source>
        <translation>The list is kept by {who}.</translation>
    </message>
    <message>
        <source>解除禁入</source>
        <translation>Lift the bar</translation>
    </message>
    <message>
        <source>解除原因：</source>
        <translation>Reason for lifting:</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>核销未归还：{number}</source>
        <translation>Write off: {number}</translation>
    </message>
    <message>
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>如 多次联系未归还，押金抵扣</source>
        <translation>e.g. not returned after several calls, deposit kept</translation>
    </message>
    <message>
        <source>核销原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>核销</source>
        <translation>Write off</translation>
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
    <message>
        <source>数据库完整性检查未通过：{verdict}

请立即停止在本机办理业务，通知系统管理员，并从最近的完好备份恢复：关闭程序后运行 python main.py restore &lt;备份文件&gt;（备份在 {backups}）。</source>
        <translation>The database integrity check failed: {verdict}

Stop working on this desk now, tell the system administrator, and restore the newest good backup: close the program and run python main.py restore &lt;backup file&gt; (backups are in {backups}).</translation>
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
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>借用人</source>
        <translation>Borrower</translation>
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
    <name>fitout</name>
    <message>
        <source>竣工验收</source>
        <translation>Completion acceptance</translation>
    </message>
    <message>
        <source>消防验收</source>
        <translation>Fire acceptance</translation>
    </message>
    <message>
        <source>复验（退押金前）</source>
        <translation>Follow-up inspection (before the refund)</translation>
    </message>
    <message>
        <source>记账</source>
        <translation>Charged</translation>
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
        <source>装修垃圾清运费</source>
        <translation>Debris removal fee</translation>
    </message>
    <message>
        <source>装修押金</source>
        <translation>Fit-out deposit</translation>
    </message>
    <message>
        <source>出入证押金</source>
        <translation>Pass deposit</translation>
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
        <source>数据库不可用，未保存</source>
        <translation>Database unavailable: not saved</translation>
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
        <source>标签号格式不对，应如 K-000123A</source>
        <translation>Not a tag number: it looks like K-000123A</translation>
    </message>
    <message>
        <source>标签号校验位不符，请核对是否输错</source>
        <translation>The tag&apos;s check character does not match: please check for a typo</translation>
    </message>
    <message>
        <source>没有标签号为 {tag} 的钥匙</source>
        <translation>No key has the tag {tag}</translation>
    </message>
    <message>
        <source>请选择钥匙类型</source>
        <translation>Please choose the key type</translation>
    </message>
    <message>
        <source>单元门、空置单元和信箱钥匙须填写单元号</source>
        <translation>Unit door, vacant unit and mailbox keys need a unit number</translation>
    </message>
    <message>
        <source>机房钥匙须填写机房名称</source>
        <translation>A plant-room key needs the room&apos;s name</translation>
    </message>
    <message>
        <source>把数应为 1–{maximum}</source>
        <translation>Copies must be 1–{maximum}</translation>
    </message>
    <message>
        <source>只能含字母、数字和“-”，如 A、012</source>
        <translation>Only letters, digits and &apos;-&apos;, e.g. A, 012</translation>
    </message>
    <message>
        <source>该挂钩已挂有钥匙 {tag}</source>
        <translation>Key {tag} already hangs on this hook</translation>
    </message>
    <message>
        <source>请先选择钥匙</source>
        <translation>Please choose a key first</translation>
    </message>
    <message>
        <source>钥匙 {tag} 在柜中，不能归还</source>
        <translation>Key {tag} is in the cabinet and cannot be returned</translation>
    </message>
    <message>
        <source>钥匙 {tag} 已借出，未归还前不能再借出</source>
        <translation>Key {tag} is lent out and cannot go out again until it is back</translation>
    </message>
    <message>
        <source>钥匙 {tag} 已交业户保管</source>
        <translation>Key {tag} is held by a tenant</translation>
    </message>
    <message>
        <source>钥匙 {tag} 已登记遗失</source>
        <translation>Key {tag} is reported lost</translation>
    </message>
    <message>
        <source>钥匙 {tag} 已注销</source>
        <translation>Key {tag} is retired</translation>
    </message>
    <message>
        <source>请在签字板上签字</source>
        <translation>Please sign on the signature pad</translation>
    </message>
    <message>
        <source>签字图像无效，请清除后重新签字</source>
        <translation>The signature image is invalid: clear it and sign again</translation>
    </message>
    <message>
        <source>总钥匙和机房钥匙（{tag}）须主管审批：请主管输入账号和密码</source>
        <translation>Master and plant-room keys ({tag}) need a supervisor&apos;s approval: the supervisor enters their username and password</translation>
    </message>
    <message>
        <source>主管账号或密码不正确</source>
        <translation>Wrong supervisor username or password</translation>
    </message>
    <message>
        <source>该主管账号已被锁定</source>
        <translation>This supervisor account is locked</translation>
    </message>
    <message>
        <source>审批人须为客服主管、经理或管理员</source>
        <translation>The approver must be a supervisor, manager or administrator</translation>
    </message>
    <message>
        <source>应还时间须晚于现在</source>
        <translation>The due time must be later than now</translation>
    </message>
    <message>
        <source>借用时间最长 {days} 天</source>
        <translation>A loan lasts {days} days at most</translation>
    </message>
    <message>
        <source>请选择在租业户</source>
        <translation>Please choose a current tenant</translation>
    </message>
    <message>
        <source>总钥匙和机房钥匙（{tag}）不能交业户保管</source>
        <translation>Master and plant-room keys ({tag}) cannot be issued to a tenant</translation>
    </message>
    <message>
        <source>钥匙 {tag} 不是该业户所租单元的钥匙</source>
        <translation>Key {tag} does not open a unit this tenant holds</translation>
    </message>
    <message>
        <source>请选择钥匙状况</source>
        <translation>Please choose the key&apos;s condition</translation>
    </message>
    <message>
        <source>赔偿金额应为 0–100000 元</source>
        <translation>The charge must be 0–100000 yuan</translation>
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
        <source>请选择证件类型</source>
        <translation>Choose the ID type</translation>
    </message>
    <message>
        <source>请选择被访单位（输入名称、单元号或拼音首字母）</source>
        <translation>Pick the host (type a name, a unit or pinyin initials)</translation>
    </message>
    <message>
        <source>该业户不存在或已迁出</source>
        <translation>No such tenant, or it has moved out</translation>
    </message>
    <message>
        <source>人数应为 1–{maximum}</source>
        <translation>Party size must be 1–{maximum}</translation>
    </message>
    <message>
        <source>车牌格式不对（如 粤B12345）</source>
        <translation>Plate not valid (e.g. 粤B12345)</translation>
    </message>
    <message>
        <source>预计离开时间已过</source>
        <translation>The expected leave time has passed</translation>
    </message>
    <message>
        <source>出入证当天有效：离开时间须在今天</source>
        <translation>A pass is valid for the day: the leave time must be today</translation>
    </message>
    <message>
        <source>放行的主管不属于本项目</source>
        <translation>The releasing supervisor is not of this site</translation>
    </message>
    <message>
        <source>该预约已登记或已取消</source>
        <translation>This pre-registration was already checked in or cancelled</translation>
    </message>
    <message>
        <source>预约日期不能早于今天</source>
        <translation>The visit date cannot be before today</translation>
    </message>
    <message>
        <source>没有出入证 {number}，请核对号码</source>
        <translation>No pass {number}: check the number</translation>
    </message>
    <message>
        <source>出入证 {number} 已作废，不能签离</source>
        <translation>Pass {number} is void and cannot sign out</translation>
    </message>
    <message>
        <source>出入证 {number} 已作废（已补打为 {current}），请收回</source>
        <translation>Pass {number} is void (reprinted as {current}): take it back</translation>
    </message>
    <message>
        <source>出入证 {number}（{name}）已于 {at} 签离</source>
        <translation>Pass {number} ({name}) already signed out at {at}</translation>
    </message>
    <message>
        <source>访客已离开或登记已作废，不能补打</source>
        <translation>The visitor has left or the visit is void: no reprint</translation>
    </message>
    <message>
        <source>该登记已作废</source>
        <translation>This visit is already void</translation>
    </message>
    <message>
        <source>请选择受理方式</source>
        <translation>Choose how the request came in</translation>
    </message>
    <message>
        <source>请选择类别</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <source>投诉须选择级别：重大、重要或一般</source>
        <translation>A complaint needs a level: major, important or minor</translation>
    </message>
    <message>
        <source>请选择维修类型</source>
        <translation>Choose the kind of repair</translation>
    </message>
    <message>
        <source>找不到该业户</source>
        <translation>No such tenant</translation>
    </message>
    <message>
        <source>请选择业户，或至少填写来电人或电话，以便回复</source>
        <translation>Choose the tenant, or give at least a caller or a phone to answer to</translation>
    </message>
    <message>
        <source>请选择在职的负责人</source>
        <translation>Choose an active member of staff as owner</translation>
    </message>
    <message>
        <source>要求完成时间应晚于受理时间</source>
        <translation>The wanted-by time must be after the time received</translation>
    </message>
    <message>
        <source>时间不能晚于现在</source>
        <translation>The time cannot be in the future</translation>
    </message>
    <message>
        <source>时间不能早于受理时间</source>
        <translation>The time cannot be before the request was received</translation>
    </message>
    <message>
        <source>当前状态下不能进行此操作</source>
        <translation>Not possible in the request&apos;s current state</translation>
    </message>
    <message>
        <source>渗漏维修须填写闭水试验时间（回访期限从闭水试验起算）</source>
        <translation>A leak repair needs the leak test time (the callback is due from the leak test)</translation>
    </message>
    <message>
        <source>只有报修才有维修工作单</source>
        <translation>Only repairs have a work order</translation>
    </message>
    <message>
        <source>只有投诉才有投诉处理记录</source>
        <translation>Only complaints have a complaint record</translation>
    </message>
    <message>
        <source>节假日日历不含 {year} 年，无法按工作日计期限：请升级程序，或在设置中改按自然日计</source>
        <translation>The holiday calendar does not cover {year}, so working-day deadlines cannot be counted: update the program, or count this rule in calendar days in the settings</translation>
    </message>
    <message>
        <source>这次回访已经记录过了</source>
        <translation>This callback has already been recorded</translation>
    </message>
    <message>
        <source>不满意时请写明业户哪里不满意，以便返修</source>
        <translation>If unsatisfied, write what the tenant is unhappy with, for the rework</translation>
    </message>
    <message>
        <source>已有同名会议室</source>
        <translation>A room with this name exists</translation>
    </message>
    <message>
        <source>容纳人数应为 1–2000</source>
        <translation>Seats must be 1–2000</translation>
    </message>
    <message>
        <source>请从列表中选择设备</source>
        <translation>Choose equipment from the list</translation>
    </message>
    <message>
        <source>该会议室没有这种布置方式</source>
        <translation>This room has no such layout</translation>
    </message>
    <message>
        <source>单价应为不小于 0 的金额</source>
        <translation>Price must be an amount of 0 or more</translation>
    </message>
    <message>
        <source>关闭时间应晚于开放时间</source>
        <translation>Closing time must be after opening time</translation>
    </message>
    <message>
        <source>审批人不是本项目的在职用户</source>
        <translation>The approver is not an active user of this site</translation>
    </message>
    <message>
        <source>没有这间会议室，或已停用</source>
        <translation>No such room, or it is closed</translation>
    </message>
    <message>
        <source>结束时间应晚于开始时间</source>
        <translation>End must be after start</translation>
    </message>
    <message>
        <source>超出会议室开放时间（{opens}–{closes}）</source>
        <translation>Outside the room&apos;s opening hours ({opens}–{closes})</translation>
    </message>
    <message>
        <source>开始时间已过</source>
        <translation>The start time has passed</translation>
    </message>
    <message>
        <source>人数至少为 1</source>
        <translation>At least 1 attendee</translation>
    </message>
    <message>
        <source>{room} 最多容纳 {capacity} 人</source>
        <translation>{room} seats at most {capacity}</translation>
    </message>
    <message>
        <source>请从列表中选择会议服务</source>
        <translation>Choose services from the list</translation>
    </message>
    <message>
        <source>与预订 {number}（{organiser}，{time}）冲突，含布场/清场间隔</source>
        <translation>Clashes with booking {number} ({organiser}, {time}), set-up/clean-up time included</translation>
    </message>
    <message>
        <source>有 {count} 次与已有预订冲突（{days}），未保存</source>
        <translation>{count} occurrences clash with existing bookings ({days}); nothing saved</translation>
    </message>
    <message>
        <source>每一次都与已有预订冲突，没有可保存的日期</source>
        <translation>Every occurrence clashes; there is no day left to save</translation>
    </message>
    <message>
        <source>周数应为 1–52</source>
        <translation>Weeks must be 1–52</translation>
    </message>
    <message>
        <source>请选择星期几</source>
        <translation>Choose weekdays</translation>
    </message>
    <message>
        <source>请选择仅本次或本次及以后</source>
        <translation>Choose this one only, or this and later ones</translation>
    </message>
    <message>
        <source>会议已开始、结束或取消，不能再修改</source>
        <translation>The meeting has started, ended or been cancelled and can no longer be changed</translation>
    </message>
    <message>
        <source>预订当前的状态不能进行此操作</source>
        <translation>The booking&apos;s state does not allow this</translation>
    </message>
    <message>
        <source>{room} 的预订须由审批人 {approver} 确认</source>
        <translation>Bookings of {room} are approved by {approver}</translation>
    </message>
    <message>
        <source>该预订尚未经审批人确认，不能签到</source>
        <translation>Not approved yet: it cannot be checked in</translation>
    </message>
    <message>
        <source>太早了：{time} 起可以签到</source>
        <translation>Too early: check-in opens at {time}</translation>
    </message>
    <message>
        <source>预订时间已过，不能签到</source>
        <translation>The booked time is over: it cannot be checked in</translation>
    </message>
    <message>
        <source>会议签到后才能结束并记录服务</source>
        <translation>Check the meeting in before ending it</translation>
    </message>
    <message>
        <source>时长应为 15 分钟到 24 小时</source>
        <translation>Length must be 15 minutes to 24 hours</translation>
    </message>
    <message>
        <source>时间格式不对（如 08:30）</source>
        <translation>Not a time (e.g. 08:30)</translation>
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
        <source>缺少必备资料，不能通过此步</source>
        <translation>A required paper is missing: this step cannot pass</translation>
    </message>
    <message>
        <source>金额应为 0 或正数，如 1,250.00</source>
        <translation>An amount must be 0 or more, e.g. 1,250.00</translation>
    </message>
    <message>
        <source>读数应为 0 或正数，如 1234.5</source>
        <translation>A reading must be 0 or more, e.g. 1234.5</translation>
    </message>
    <message>
        <source>表计读数须由物业一方确认</source>
        <translation>The management side must confirm the readings</translation>
    </message>
    <message>
        <source>还有 {count} 项整改未完成，不能复验签收</source>
        <translation>{count} defects still open: no re-inspection and acceptance yet</translation>
    </message>
    <message>
        <source>业户欠费 {amount} 元：结清前不能办理退租，或由客服经理书面批准放行</source>
        <translation>The tenant owes {amount} yuan: no move-out until paid, unless a manager approves it in writing</translation>
    </message>
    <message>
        <source>该记录当前不在这一步，请刷新后再办理</source>
        <translation>The record is not at this step: refresh and try again</translation>
    </message>
    <message>
        <source>该记录已办结</source>
        <translation>This record is completed</translation>
    </message>
    <message>
        <source>该记录已取消</source>
        <translation>This record was cancelled</translation>
    </message>
    <message>
        <source>单元 {unit} 已有正在办理的记录</source>
        <translation>Unit {unit} already has a record in progress</translation>
    </message>
    <message>
        <source>请选择办理人类别</source>
        <translation>Choose the kind of applicant</translation>
    </message>
    <message>
        <source>须填写《住户登记表》</source>
        <translation>The registration form must be filled in</translation>
    </message>
    <message>
        <source>须签署管理公约等协议</source>
        <translation>The agreements must be signed</translation>
    </message>
    <message>
        <source>验收项目已不在验收表中，请刷新</source>
        <translation>This item is no longer on the checklist: refresh</translation>
    </message>
    <message>
        <source>还有 {count} 项未验收（如“{item}”）</source>
        <translation>{count} items not inspected yet (e.g. “{item}”)</translation>
    </message>
    <message>
        <source>该整改项已完成</source>
        <translation>This defect is already fixed</translation>
    </message>
    <message>
        <source>须交付《住户手册》</source>
        <translation>The tenant handbook must be handed over</translation>
    </message>
    <message>
        <source>请选择交付的钥匙</source>
        <translation>Choose the keys to hand over</translation>
    </message>
    <message>
        <source>请写明批准理由</source>
        <translation>Write the reason for the approval</translation>
    </message>
    <message>
        <source>该钥匙不在业户手中</source>
        <translation>The tenant does not hold this key</translation>
    </message>
    <message>
        <source>仍有钥匙未交回或未登记遗失</source>
        <translation>Some keys are neither returned nor reported lost</translation>
    </message>
    <message>
        <source>单元 {unit} 不是该业户在租的单元</source>
        <translation>Unit {unit} is not held by this tenant</translation>
    </message>
    <message>
        <source>车牌号格式不对，如 粤B12345</source>
        <translation>Plate not valid, e.g. 粤B12345</translation>
    </message>
    <message>
        <source>放行日期不能早于今天</source>
        <translation>The date cannot be before today</translation>
    </message>
    <message>
        <source>放行日期最多提前 {days} 天</source>
        <translation>At most {days} days ahead</translation>
    </message>
    <message>
        <source>结束时间须晚于开始时间</source>
        <translation>The end must be later than the start</translation>
    </message>
    <message>
        <source>数量应为 1–100000 的整数</source>
        <translation>Quantity must be a whole number from 1 to 100000</translation>
    </message>
    <message>
        <source>请至少填写一项放行物品</source>
        <translation>List at least one item</translation>
    </message>
    <message>
        <source>物品最多 {maximum} 项</source>
        <translation>At most {maximum} items</translation>
    </message>
    <message>
        <source>退租记录与业户不符</source>
        <translation>The move-out belongs to another tenant</translation>
    </message>
    <message>
        <source>放行条有效</source>
        <translation>The pass is valid</translation>
    </message>
    <message>
        <source>放行条 {pass_no} 未到放行时间</source>
        <translation>Pass {pass_no} is not valid yet</translation>
    </message>
    <message>
        <source>放行条 {pass_no} 已过期</source>
        <translation>Pass {pass_no} has expired</translation>
    </message>
    <message>
        <source>放行条 {pass_no} 已使用</source>
        <translation>Pass {pass_no} has already been used</translation>
    </message>
    <message>
        <source>放行条 {pass_no} 已作废</source>
        <translation>Pass {pass_no} has been voided</translation>
    </message>
    <message>
        <source>没有编号为 {pass_no} 的放行条</source>
        <translation>There is no pass numbered {pass_no}</translation>
    </message>
    <message>
        <source>部位名称重复</source>
        <translation>Area name used twice</translation>
    </message>
    <message>
        <source>每个部位至少一个验收项目</source>
        <translation>Each area needs at least one item</translation>
    </message>
    <message>
        <source>没有这个单元</source>
        <translation>No such unit</translation>
    </message>
    <message>
        <source>该单元不是这个业户的</source>
        <translation>This unit is not held by this tenant</translation>
    </message>
    <message>
        <source>装修面积应为大于 0 的数字（m²，最多两位小数）</source>
        <translation>The area must be a number above 0 (m², at most two decimals)</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <source>已进入审批，申请内容不能再改；如需修改请退回修改</source>
        <translation>The application is under review and cannot be changed; send it back to change it</translation>
    </message>
    <message>
        <source>退回、驳回、撤回、延期或验收不合格须写明意见</source>
        <translation>Sending back, rejecting, withdrawing, extending or failing acceptance needs a comment</translation>
    </message>
    <message>
        <source>涉及拆改主体结构或加大荷载：须有房地产行政主管部门批准书在案才能批准</source>
        <translation>Structural change or added load: the housing authority&apos;s approval letter must be on file before approval</translation>
    </message>
    <message>
        <source>装修押金 {amount} 元尚未收取</source>
        <translation>The fit-out deposit of {amount} yuan has not been received</translation>
    </message>
    <message>
        <source>装修押金已由其他客服台收取</source>
        <translation>Another desk has already received the fit-out deposit</translation>
    </message>
    <message>
        <source>业户尚欠费用 {amount} 元（含装修垃圾清运费），缴清后才能确认</source>
        <translation>The tenant still owes {amount} yuan (debris fee included); confirm once paid</translation>
    </message>
    <message>
        <source>施工单位公众责任险（保险公司、保额、到期日）未登记</source>
        <translation>The contractor&apos;s public liability insurance (insurer, cover, expiry) is not on file</translation>
    </message>
    <message>
        <source>施工单位公众责任险已过期，不能发许可证</source>
        <translation>The contractor&apos;s public liability insurance has expired: no permit</translation>
    </message>
    <message>
        <source>新的截止日期须晚于现在的 {end}</source>
        <translation>The new end date must be after the current {end}</translation>
    </message>
    <message>
        <source>这项装修没有可扣的押金</source>
        <translation>This fit-out holds no deposit to deduct from</translation>
    </message>
    <message>
        <source>超过押金余额 {left} 元</source>
        <translation>More than the {left} yuan left of the deposit</translation>
    </message>
    <message>
        <source>查无此出入证：{number}</source>
        <translation>No such pass: {number}</translation>
    </message>
    <message>
        <source>出入证 {number} 已收回</source>
        <translation>Pass {number} has already been returned</translation>
    </message>
    <message>
        <source>复验日期 {due} 之后才能退装修押金</source>
        <translation>The fit-out deposit can be refunded only after the follow-up inspection on {due}</translation>
    </message>
    <message>
        <source>整改期限不能早于巡查日期</source>
        <translation>The deadline cannot be before the patrol</translation>
    </message>
    <message>
        <source>没有这个类别</source>
        <translation>No such area</translation>
    </message>
    <message>
        <source>整改须由开单人以外的同事复查确认</source>
        <translation>Someone other than the issuer must verify the work was put right</translation>
    </message>
    <message>
        <source>整改通知 {number} 已关闭</source>
        <translation>Notice {number} is already closed</translation>
    </message>
    <message>
        <source>许可证已发且施工未结束时才能办理出入证</source>
        <translation>Passes are issued only while the permit runs</translation>
    </message>
    <message>
        <source>验收日期不能晚于今天</source>
        <translation>The inspection date cannot be later than today</translation>
    </message>
    <message>
        <source>复验须在 {due} 之后进行</source>
        <translation>The follow-up inspection is due from {due}</translation>
    </message>
    <message>
        <source>这项验收已合格，无需再验</source>
        <translation>This inspection has passed already</translation>
    </message>
    <message>
        <source>设置中没有这项验收的检查项目，请先在“设置 › 装修”中填写</source>
        <translation>The settings list no items for this inspection: fill them in under Settings › Fit-out first</translation>
    </message>
    <message>
        <source>“{item}”不是本次验收的项目</source>
        <translation>&quot;{item}&quot; is not an item of this inspection</translation>
    </message>
    <message>
        <source>还有 {count} 项未填写结果（如“{item}”）</source>
        <translation>{count} items have no result yet (e.g. &quot;{item}&quot;)</translation>
    </message>
    <message>
        <source>竣工验收尚未合格</source>
        <translation>The completion acceptance has not passed yet</translation>
    </message>
    <message>
        <source>消防验收尚未合格</source>
        <translation>The fire acceptance has not passed yet</translation>
    </message>
    <message>
        <source>复验尚未合格，不能退装修押金</source>
        <translation>The follow-up inspection has not passed: the deposit cannot be refunded yet</translation>
    </message>
    <message>
        <source>照片无法读取，请选择 JPG 或 PNG 图片</source>
        <translation>The photo cannot be read: choose a JPG or PNG picture</translation>
    </message>
    <message>
        <source>该办理人须提供此资料</source>
        <translation>This applicant must show this paper</translation>
    </message>
    <message>
        <source>合同截止日期不能早于开始日期</source>
        <translation>The contract cannot end before it starts</translation>
    </message>
    <message>
        <source>电话只能包含数字、空格、+ 和 -</source>
        <translation>A phone number holds only digits, spaces, + and -</translation>
    </message>
    <message>
        <source>驻场人数应在 0 到 2000 之间</source>
        <translation>On-site staff must be between 0 and 2000</translation>
    </message>
    <message>
        <source>该单位按日/周巡查，无须登记上门服务</source>
        <translation>This contractor is inspected daily or weekly; visits are not recorded</translation>
    </message>
    <message>
        <source>巡查标准已被其他客服台改为第 {revision} 版，请重新打开后再修改</source>
        <translation>Another desk saved version {revision} of this template: open it again, then make your change</translation>
    </message>
    <message>
        <source>巡查标准至少要有一项</source>
        <translation>A template needs at least one item</translation>
    </message>
    <message>
        <source>分值应为大于 0、不超过 100 的数字，最多一位小数</source>
        <translation>Points must be above 0 and at most 100, with at most one decimal</translation>
    </message>
    <message>
        <source>请使用该服务类别的巡查标准</source>
        <translation>Use the template of the contractor&apos;s service</translation>
    </message>
    <message>
        <source>巡查日期不在合同期内</source>
        <translation>The date is outside the contract period</translation>
    </message>
    <message>
        <source>巡查项目与巡查标准不一致，请重新打开巡查表</source>
        <translation>The items do not match the template: open the sheet again</translation>
    </message>
    <message>
        <source>合格填 1，不合格填 0</source>
        <translation>Type 1 for pass, 0 for fail</translation>
    </message>
    <message>
        <source>得分应在 0 到 {maximum} 之间，最多一位小数</source>
        <translation>Score between 0 and {maximum}, at most one decimal</translation>
    </message>
    <message>
        <source>照片只附在不合格项上，且不超过 5 MB</source>
        <translation>A photo goes with a non-conformity only, up to 5 MB</translation>
    </message>
    <message>
        <source>整改单 {number} 已复查合格关闭</source>
        <translation>Rectification {number} has already been closed</translation>
    </message>
    <message>
        <source>复查日期不能早于巡查日期</source>
        <translation>The check cannot be before the inspection</translation>
    </message>
    <message>
        <source>该月没有巡查记录，无法考评</source>
        <translation>No inspections that month: nothing to evaluate</translation>
    </message>
    <message>
        <source>该月考评（第 {revision} 版）已由经理签认，不能再改；如需更正请新建更正版本</source>
        <translation>The month (version {revision}) is signed by the manager and frozen; record a correction as a new version</translation>
    </message>
    <message>
        <source>当月结束后才能签认考评</source>
        <translation>The month can be signed off once it is over</translation>
    </message>
    <message>
        <source>考评数据已有变化，请重新计算后再签认</source>
        <translation>The figures have changed: work the evaluation out again before signing</translation>
    </message>
    <message>
        <source>只能更正已签认的最新版本</source>
        <translation>Only the latest signed version can be corrected</translation>
    </message>
    <message>
        <source>单元 {unit} 不是该业户所租的单元</source>
        <translation>Unit {unit} is not one the tenant rents</translation>
    </message>
    <message>
        <source>单号应为 6–40 位字母、数字或“-”</source>
        <translation>Tracking numbers are 6–40 letters, digits or &quot;-&quot;</translation>
    </message>
    <message>
        <source>单号 {tracking} 在本批中扫了两次</source>
        <translation>Tracking number {tracking} scanned twice in this batch</translation>
    </message>
    <message>
        <source>单号 {tracking} 已登记（{number}），尚未取走，不能重复登记</source>
        <translation>Tracking number {tracking} is already logged ({number}) and not yet collected</translation>
    </message>
    <message>
        <source>“{courier}”不在本项目的快递公司列表中</source>
        <translation>&quot;{courier}&quot; is not in this site&apos;s list of couriers</translation>
    </message>
    <message>
        <source>件数应为 1–{maximum}</source>
        <translation>Pieces must be 1–{maximum}</translation>
    </message>
    <message>
        <source>请先扫描快递单号</source>
        <translation>Scan a tracking number first</translation>
    </message>
    <message>
        <source>请先选择邮件快递</source>
        <translation>First pick an item of mail</translation>
    </message>
    <message>
        <source>{number} 已于 {when} 被取走</source>
        <translation>{number} was collected at {when}</translation>
    </message>
    <message>
        <source>{number} 已于 {when} 退回寄件人</source>
        <translation>{number} went back to the sender at {when}</translation>
    </message>
    <message>
        <source>这件是 {tenant} 的，请分开取件</source>
        <translation>This one is for {tenant}: hand it over separately</translation>
    </message>
    <message>
        <source>请输入取件人手机尾号 4 位数字</source>
        <translation>Type the last 4 digits of the collector&apos;s phone</translation>
    </message>
    <message>
        <source>没有单号为 {scanned} 的待取件</source>
        <translation>No waiting item with number {scanned}</translation>
    </message>
    <message>
        <source>金额应为 0–100000 元</source>
        <translation>Amount must be 0–100000 yuan</translation>
    </message>
    <message>
        <source>数量应为 1–{maximum}</source>
        <translation>Quantity must be 1–{maximum}</translation>
    </message>
    <message>
        <source>已有同名物品</source>
        <translation>An item of this name exists</translation>
    </message>
    <message>
        <source>现有 {out} 件借出未还，总数不能少于此数</source>
        <translation>{out} are out now; the total cannot be less</translation>
    </message>
    <message>
        <source>该物品已停用</source>
        <translation>This item is no longer lent</translation>
    </message>
    <message>
        <source>{name} 只剩 {available} 件可借</source>
        <translation>Only {available} of {name} left to lend</translation>
    </message>
    <message>
        <source>借用单 {number} 已归还</source>
        <translation>Loan {number} is already returned</translation>
    </message>
    <message>
        <source>借用单 {number} 已核销</source>
        <translation>Loan {number} is already written off</translation>
    </message>
    <message>
        <source>逾期满 {days} 天仍未归还的才能核销</source>
        <translation>Only loans {days} days past due can be written off</translation>
    </message>
    <message>
        <source>检查表至少要有一项</source>
        <translation>The checklist needs at least one item</translation>
    </message>
    <message>
        <source>检查表中有重复的项目</source>
        <translation>The checklist has an item twice</translation>
    </message>
    <message>
        <source>请选择开班检查或交班检查</source>
        <translation>Choose the opening or closing check</translation>
    </message>
    <message>
        <source>请逐项勾选</source>
        <translation>Tick every item</translation>
    </message>
    <message>
        <source>不合格的项目请写明情况</source>
        <translation>Say what is wrong with a failed item</translation>
    </message>
    <message>
        <source>检查表已被修改，请重新打开</source>
        <translation>The checklist was changed: open the check again</translation>
    </message>
    <message>
        <source>班次格式应为“名称 开始-结束”，用“；”分隔，如 早班 08:00-16:00</source>
        <translation>Write shifts as &apos;name start-end&apos; separated by ；, e.g. 早班 08:00-16:00</translation>
    </message>
    <message>
        <source>班次名称不能重复</source>
        <translation>Shift names must differ</translation>
    </message>
    <message>
        <source>班次时间不能重叠</source>
        <translation>Shifts must not overlap</translation>
    </message>
    <message>
        <source>现在不在任何班次的时间内，请检查设置中的班次</source>
        <translation>This time is in no shift; check the shifts in the settings</translation>
    </message>
    <message>
        <source>这份值班日志已交班，不能再修改；如需更正请主管添加更正说明</source>
        <translation>This log has been handed over and cannot be changed; a supervisor may add a correction</translation>
    </message>
    <message>
        <source>这份值班日志还没有交班</source>
        <translation>This log has not been handed over yet</translation>
    </message>
    <message>
        <source>这份值班日志已被接班确认</source>
        <translation>This handover has already been acknowledged</translation>
    </message>
    <message>
        <source>交班人不能自己确认接班，请由下一班同事登录确认</source>
        <translation>The one who handed over cannot acknowledge it; the next shift&apos;s colleague must log in and acknowledge</translation>
    </message>
    <message>
        <source>日志尚未交班，请直接添加记录</source>
        <translation>The log is still open: add a note instead</translation>
    </message>
    <message>
        <source>请选择记录类别</source>
        <translation>Please choose a category</translation>
    </message>
    <message>
        <source>这件事项已经办结</source>
        <translation>This matter is already done</translation>
    </message>
    <message>
        <source>签字图像无效，请清除后重签</source>
        <translation>The signature image is invalid; clear it and sign again</translation>
    </message>
    <message>
        <source>填空标记应写成 {名称}：花括号要成对，名称不超过 12 个字</source>
        <translation>Write marks as {名称}: braces in pairs, names up to 12 characters</translation>
    </message>
    <message>
        <source>还有未填写的内容：{mark}</source>
        <translation>Still to fill in: {mark}</translation>
    </message>
    <message>
        <source>请选择发布范围</source>
        <translation>Choose the audience</translation>
    </message>
    <message>
        <source>请填写楼层，如 3F,5F</source>
        <translation>Enter the floors, e.g. 3F,5F</translation>
    </message>
    <message>
        <source>没有这些楼层：{floor}</source>
        <translation>No such floors: {floor}</translation>
    </message>
    <message>
        <source>请至少选择一家业户</source>
        <translation>Choose at least one tenant</translation>
    </message>
    <message>
        <source>所选业户不存在</source>
        <translation>A chosen tenant does not exist</translation>
    </message>
    <message>
        <source>截止日期不能早于开始日期</source>
        <translation>The last day cannot be before the first</translation>
    </message>
    <message>
        <source>有效期最长 {days} 天</source>
        <translation>Valid for {days} days at most</translation>
    </message>
    <message>
        <source>只有草稿可以修改或发布；已发布的公告请撤回后重新拟写</source>
        <translation>Only a draft can be changed or published; withdraw a published notice and write it again</translation>
    </message>
    <message>
        <source>有效期已过，不能发布</source>
        <translation>Its dates have passed: it cannot be published</translation>
    </message>
    <message>
        <source>该公告已撤回</source>
        <translation>This notice was withdrawn</translation>
    </message>
    <message>
        <source>金额应为不小于 0 的数字，最多两位小数</source>
        <translation>The amount must be a number of at least 0 with at most two decimals</translation>
    </message>
    <message>
        <source>价目表里已有同名项目</source>
        <translation>The price list already has an item of this name</translation>
    </message>
    <message>
        <source>数量/面积应为大于 0 的数字，最多两位小数</source>
        <translation>The quantity must be a number above 0 with at most two decimals</translation>
    </message>
    <message>
        <source>约定金额与价目表不同，请写明原因</source>
        <translation>The agreed price differs from the list: give the reason</translation>
    </message>
    <message>
        <source>服务单当前状态下不能这样操作</source>
        <translation>The order cannot do this in its current state</translation>
    </message>
    <message>
        <source>完成时间不能早于派单时间</source>
        <translation>It cannot be done before it was dispatched</translation>
    </message>
    <message>
        <source>请选择满意度</source>
        <translation>Choose the satisfaction</translation>
    </message>
    <message>
        <source>不满意时请记下业户的意见</source>
        <translation>When not satisfied, note the tenant&apos;s remarks</translation>
    </message>
    <message>
        <source>请业户在签字板上签字</source>
        <translation>Have the tenant sign on the pad</translation>
    </message>
    <message>
        <source>走访周期应为 {minimum}–{maximum} 天</source>
        <translation>The cycle must be {minimum}–{maximum} days</translation>
    </message>
    <message>
        <source>请填写走访人</source>
        <translation>Enter who visits</translation>
    </message>
    <message>
        <source>该业户已有待走访计划</source>
        <translation>This tenant already has a planned visit</translation>
    </message>
    <message>
        <source>该走访已完成或已取消</source>
        <translation>This visit is done or cancelled</translation>
    </message>
    <message>
        <source>请选择问题的处理方式</source>
        <translation>Choose what to do with the issue</translation>
    </message>
    <message>
        <source>问卷已被其他客服台改为第 {revision} 版，请重新打开后再修改</source>
        <translation>Another desk saved the questionnaire as version {revision}; reopen it before editing</translation>
    </message>
    <message>
        <source>问卷至少要有一题</source>
        <translation>The questionnaire needs at least one question</translation>
    </message>
    <message>
        <source>请选择题型：评分、单选或填空</source>
        <translation>Choose a kind: score, single choice or text</translation>
    </message>
    <message>
        <source>单选题要有 2 到 {maximum} 个选项，用“、”或换行分开</source>
        <translation>A single choice needs 2 to {maximum} options, separated by “、” or new lines</translation>
    </message>
    <message>
        <source>回收截止日期不能早于开始日期</source>
        <translation>The return date cannot be before the start</translation>
    </message>
    <message>
        <source>已有同名的调查</source>
        <translation>A survey of this name exists</translation>
    </message>
    <message>
        <source>没有在租业户，无法开始调查</source>
        <translation>No active tenants to survey</translation>
    </message>
    <message>
        <source>该调查已结束，不能再录入答卷</source>
        <translation>This survey is closed; no more answers can be entered</translation>
    </message>
    <message>
        <source>该业户的答卷已由 {who} 录入，不能重复录入</source>
        <translation>This tenant’s form was already entered by {who}</translation>
    </message>
    <message>
        <source>填表日期不能早于调查开始日期 {opened}</source>
        <translation>The form cannot be filled in before the survey started ({opened})</translation>
    </message>
    <message>
        <source>题目与本次调查不一致，请重新打开答卷</source>
        <translation>The questions do not match this survey; reopen the form</translation>
    </message>
    <message>
        <source>评分填 1–5：5 非常满意，1 非常不满意</source>
        <translation>Type 1–5: 5 very satisfied, 1 very dissatisfied</translation>
    </message>
    <message>
        <source>填选项的序号 1–{maximum}</source>
        <translation>Type the option number 1–{maximum}</translation>
    </message>
    <message>
        <source>答卷至少要有一题评分</source>
        <translation>A form needs at least one score</translation>
    </message>
    <message>
        <source>该业户已跟进过（{who}）</source>
        <translation>This tenant was already followed up ({who})</translation>
    </message>
    <message>
        <source>请选择跟进方式</source>
        <translation>Choose how to follow up</translation>
    </message>
    <message>
        <source>该业户的答卷还没有录入</source>
        <translation>This tenant’s form has not been entered yet</translation>
    </message>
    <message>
        <source>请选择周报、月报或自定义期间</source>
        <translation>Choose a weekly, monthly or custom-period report</translation>
    </message>
    <message>
        <source>周的写法如 2026-W47，或该周内任一天如 2026-11-18</source>
        <translation>Write a week as 2026-W47, or any day of it such as 2026-11-18</translation>
    </message>
    <message>
        <source>月份的写法如 2026-11</source>
        <translation>Write a month as 2026-11</translation>
    </message>
    <message>
        <source>期间的写法如 2026-11-01..2026-11-15</source>
        <translation>Write a period as 2026-11-01..2026-11-15</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>期间最长 {days} 天</source>
        <translation>A period is at most {days} days</translation>
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
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>客服初审</source>
        <translation>Desk review</translation>
    </message>
    <message>
        <source>工程部审图</source>
        <translation>Drawing review</translation>
    </message>
    <message>
        <source>经理审批</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>已批准待缴费</source>
        <translation>Approved, awaiting fees</translation>
    </message>
    <message>
        <source>已缴费</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <source>已发许可证</source>
        <translation>Permit issued</translation>
    </message>
    <message>
        <source>施工中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>申请竣工验收</source>
        <translation>Completion requested</translation>
    </message>
    <message>
        <source>已验收</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>押金已退</source>
        <translation>Deposit refunded</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>已停工</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>登记申请</source>
        <translation>Application registered</translation>
    </message>
    <message>
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>开始初审</source>
        <translation>Start review</translation>
    </message>
    <message>
        <source>初审通过</source>
        <translation>Pass desk review</translation>
    </message>
    <message>
        <source>审图通过</source>
        <translation>Pass drawings</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>重新提交</source>
        <translation>Resubmit</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>确认已缴费</source>
        <translation>Confirm fees paid</translation>
    </message>
    <message>
        <source>发许可证</source>
        <translation>Issue permit</translation>
    </message>
    <message>
        <source>开工</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>验收合格</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>复验</source>
        <translation>Follow-up inspection</translation>
    </message>
    <message>
        <source>验收不合格</source>
        <translation>Fail acceptance</translation>
    </message>
    <message>
        <source>批准退押金</source>
        <translation>Approve refund</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>停工</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>复工</source>
        <translation>Reinstate</translation>
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
    <message>
        <source>单元门</source>
        <translation>Unit door</translation>
    </message>
    <message>
        <source>空置单元</source>
        <translation>Vacant unit</translation>
    </message>
    <message>
        <source>信箱</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>机房</source>
        <translation>Plant room</translation>
    </message>
    <message>
        <source>总钥匙</source>
        <translation>Master key</translation>
    </message>
    <message>
        <source>在柜</source>
        <translation>In cabinet</translation>
    </message>
    <message>
        <source>业户领用</source>
        <translation>Issued to tenant</translation>
    </message>
    <message>
        <source>借出</source>
        <translation>Lent</translation>
    </message>
    <message>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>领用</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>移交回柜</source>
        <translation>Transferred back</translation>
    </message>
    <message>
        <source>注销</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>完好</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>不齐</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>在楼</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>保洁</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>绿化及花木租摆</source>
        <translation>Greening and plant rental</translation>
    </message>
    <message>
        <source>消杀及白蚁防治</source>
        <translation>Pest and termite control</translation>
    </message>
    <message>
        <source>外墙清洗</source>
        <translation>Façade cleaning</translation>
    </message>
    <message>
        <source>石材养护</source>
        <translation>Stone care</translation>
    </message>
    <message>
        <source>服务合同</source>
        <translation>Service contract</translation>
    </message>
    <message>
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>资质证书</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>保险单</source>
        <translation>Insurance policy</translation>
    </message>
    <message>
        <source>驻场人员名单</source>
        <translation>On-site staff list</translation>
    </message>
    <message>
        <source>优（全额支付）</source>
        <translation>Good (full fee)</translation>
    </message>
    <message>
        <source>合格（扣减）</source>
        <translation>Pass (deduction)</translation>
    </message>
    <message>
        <source>不合格（扣减并书面警告）</source>
        <translation>Fail (deduction and written warning)</translation>
    </message>
    <message>
        <source>每日</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>每次上门</source>
        <translation>Each visit</translation>
    </message>
    <message>
        <source>快递</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>信件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>报刊</source>
        <translation>Newspaper</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>待取</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>已取</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>已核销</source>
        <translation>Written off</translation>
    </message>
    <message>
        <source>雨伞</source>
        <translation>Umbrella</translation>
    </message>
    <message>
        <source>行李车/推车</source>
        <translation>Trolley</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>充电器/充电宝</source>
        <translation>Charger/power bank</translation>
    </message>
    <message>
        <source>开班检查</source>
        <translation>Opening check</translation>
    </message>
    <message>
        <source>交班检查</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>业户</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>值班中</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>待接班确认</source>
        <translation>Waiting for acknowledgement</translation>
    </message>
    <message>
        <source>已接班</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>访客</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>访客登记</source>
        <translation>Visitors registered</translation>
    </message>
    <message>
        <source>来访人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>仍在楼内</source>
        <translation>Still inside</translation>
    </message>
    <message>
        <source>报修投诉</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>超时未办</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>完成回访</source>
        <translation>Callbacks made</translation>
    </message>
    <message>
        <source>钥匙</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>使用场次</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>邮件快递</source>
        <translation>Mail &amp; parcels</translation>
    </message>
    <message>
        <source>收件</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>取件</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>物品借用</source>
        <translation>Items lent</translation>
    </message>
    <message>
        <source>物品放行</source>
        <translation>Goods released</translation>
    </message>
    <message>
        <source>大堂检查已做</source>
        <translation>Lobby checks done</translation>
    </message>
    <message>
        <source>大堂检查未做</source>
        <translation>Lobby checks missing</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Fit-out</translation>
    </message>
    <message>
        <source>巡查户数</source>
        <translation>Fit-outs patrolled</translation>
    </message>
    <message>
        <source>发现违规</source>
        <translation>Violations found</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>单选</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>填空</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>派维修工单</source>
        <translation>Raise a work order</translation>
    </message>
    <message>
        <source>登记投诉</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>电话/上门回访</source>
        <translation>Call or visit only</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>使用中</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未签到释放</source>
        <translation>No-show released</translation>
    </message>
    <message>
        <source>投影仪</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>幕布</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>麦克风</source>
        <translation>Microphones</translation>
    </message>
    <message>
        <source>视频会议</source>
        <translation>Video conference</translation>
    </message>
    <message>
        <source>白板</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>电视</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>剧院式</source>
        <translation>Theatre</translation>
    </message>
    <message>
        <source>课桌式</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>U 形</source>
        <translation>U-shape</translation>
    </message>
    <message>
        <source>会议桌式</source>
        <translation>Boardroom</translation>
    </message>
    <message>
        <source>茶水</source>
        <translation>Tea and water</translation>
    </message>
    <message>
        <source>果盘</source>
        <translation>Fruit</translation>
    </message>
    <message>
        <source>台花</source>
        <translation>Flowers</translation>
    </message>
    <message>
        <source>桌牌</source>
        <translation>Name plates</translation>
    </message>
    <message>
        <source>投影调试</source>
        <translation>Projector set-up</translation>
    </message>
</context>
<context>
    <name>moves</name>
    <message>
        <source>核验资料</source>
        <translation>Verify papers</translation>
    </message>
    <message>
        <source>登记与签约</source>
        <translation>Registration and agreements</translation>
    </message>
    <message>
        <source>联合验收</source>
        <translation>Joint inspection</translation>
    </message>
    <message>
        <source>整改复验与签收</source>
        <translation>Re-inspection and acceptance</translation>
    </message>
    <message>
        <source>交付钥匙与资料</source>
        <translation>Hand over keys and papers</translation>
    </message>
    <message>
        <source>退租申请</source>
        <translation>Move-out request</translation>
    </message>
    <message>
        <source>欠费核查</source>
        <translation>Arrears check</translation>
    </message>
    <message>
        <source>钥匙交回</source>
        <translation>Keys returned</translation>
    </message>
    <message>
        <source>物品放行</source>
        <translation>Goods release</translation>
    </message>
    <message>
        <source>押金结算</source>
        <translation>Deposit settlement</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>入住通知单</source>
        <translation>Move-in notice</translation>
    </message>
    <message>
        <source>租赁/购房合同</source>
        <translation>Lease / purchase contract</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <source>受托人身份证</source>
        <translation>Agent&apos;s ID card</translation>
    </message>
    <message>
        <source>营业执照/单位证明</source>
        <translation>Business licence / company certificate</translation>
    </message>
    <message>
        <source>业户本人/代表</source>
        <translation>Tenant&apos;s own representative</translation>
    </message>
    <message>
        <source>受托人（凭委托书）</source>
        <translation>Agent (with authorisation letter)</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Company</translation>
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
    <name>request_names</name>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>来函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>网上</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>求助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>重大</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>消防安全设施</source>
        <translation>Safety facility</translation>
    </message>
    <message>
        <source>渗漏</source>
        <translation>Leak</translation>
    </message>
    <message>
        <source>一般维修</source>
        <translation>General repair</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已派工</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>上报</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>答复业户</source>
        <translation>Reply to tenant</translation>
    </message>
    <message>
        <source>处理完毕</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>告知结果</source>
        <translation>Tell outcome</translation>
    </message>
    <message>
        <source>{n} 小时内</source>
        <translation>within {n} hours</translation>
    </message>
    <message>
        <source>{n} 个工作小时内</source>
        <translation>within {n} working hours</translation>
    </message>
    <message>
        <source>{n} 天内</source>
        <translation>within {n} days</translation>
    </message>
    <message>
        <source>{n} 个工作日内</source>
        <translation>within {n} working days</translation>
    </message>
    <message>
        <source>回访（消防安全设施）</source>
        <translation>Callback (safety facility)</translation>
    </message>
    <message>
        <source>回访（渗漏，自闭水试验起）</source>
        <translation>Callback (leak, from the leak test)</translation>
    </message>
    <message>
        <source>回访（一般维修）</source>
        <translation>Callback (general repair)</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>派工</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>转交</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>返修</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
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
        <source>钥匙默认借用时长（小时）</source>
        <translation>Default key loan (hours)</translation>
    </message>
    <message>
        <source>钥匙最长借用天数</source>
        <translation>Longest key loan (days)</translation>
    </message>
    <message>
        <source>钥匙遗失默认赔偿（元）</source>
        <translation>Default lost-key charge (yuan)</translation>
    </message>
    <message>
        <source>出入证编号</source>
        <translation>Pass numbers</translation>
    </message>
    <message>
        <source>闭馆时间（点）</source>
        <translation>Closing hour</translation>
    </message>
    <message>
        <source>到点自动签离</source>
        <translation>Sign out automatically</translation>
    </message>
    <message>
        <source>自动签离时间（点）</source>
        <translation>Automatic sign-out hour</translation>
    </message>
    <message>
        <source>重大投诉·上报时限</source>
        <translation>Major complaint: escalate within</translation>
    </message>
    <message>
        <source>重大投诉·上报计时方式</source>
        <translation>Major complaint: escalation counted in</translation>
    </message>
    <message>
        <source>重大投诉·答复业户时限</source>
        <translation>Major complaint: reply within</translation>
    </message>
    <message>
        <source>重大投诉·答复计时方式</source>
        <translation>Major complaint: reply counted in</translation>
    </message>
    <message>
        <source>重大投诉·处理完毕时限</source>
        <translation>Major complaint: resolve within</translation>
    </message>
    <message>
        <source>重大投诉·处理计时方式</source>
        <translation>Major complaint: resolution counted in</translation>
    </message>
    <message>
        <source>重要投诉·上报主管时限</source>
        <translation>Important complaint: to supervisor within</translation>
    </message>
    <message>
        <source>重要投诉·上报计时方式</source>
        <translation>Important complaint: escalation counted in</translation>
    </message>
    <message>
        <source>重要投诉·处理完毕时限</source>
        <translation>Important complaint: resolve within</translation>
    </message>
    <message>
        <source>重要投诉·处理计时方式</source>
        <translation>Important complaint: resolution counted in</translation>
    </message>
    <message>
        <source>一般投诉·处理完毕时限</source>
        <translation>Minor complaint: resolve within</translation>
    </message>
    <message>
        <source>一般投诉·处理计时方式</source>
        <translation>Minor complaint: resolution counted in</translation>
    </message>
    <message>
        <source>投诉结果告知业户时限</source>
        <translation>Complaint outcome told within</translation>
    </message>
    <message>
        <source>结果告知计时方式</source>
        <translation>Outcome telling counted in</translation>
    </message>
    <message>
        <source>报修·完工时限</source>
        <translation>Repair: done within</translation>
    </message>
    <message>
        <source>报修·完工计时方式</source>
        <translation>Repair: counted in</translation>
    </message>
    <message>
        <source>咨询/建议/求助·办结时限</source>
        <translation>Enquiry/suggestion/help: resolve within</translation>
    </message>
    <message>
        <source>咨询/建议/求助·计时方式</source>
        <translation>Enquiry/suggestion/help: counted in</translation>
    </message>
    <message>
        <source>回访·消防安全设施维修</source>
        <translation>Callback: safety-facility repair</translation>
    </message>
    <message>
        <source>回访·消防安全设施计时方式</source>
        <translation>Callback (safety facility) counted in</translation>
    </message>
    <message>
        <source>回访·渗漏（闭水试验后）</source>
        <translation>Callback: leak (after the leak test)</translation>
    </message>
    <message>
        <source>回访·渗漏计时方式</source>
        <translation>Callback (leak) counted in</translation>
    </message>
    <message>
        <source>回访·其他维修</source>
        <translation>Callback: other repairs</translation>
    </message>
    <message>
        <source>回访·其他维修计时方式</source>
        <translation>Callback (other repairs) counted in</translation>
    </message>
    <message>
        <source>会议室布场/清场间隔（分钟）</source>
        <translation>Room set-up/clean-up buffer (minutes)</translation>
    </message>
    <message>
        <source>未签到释放（开始后分钟）</source>
        <translation>Release no-shows after (minutes)</translation>
    </message>
    <message>
        <source>业户每月免费会议室小时</source>
        <translation>Free room hours per tenant per month</translation>
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
        <source>外包考评·全额付费分数线</source>
        <translation>Contractors: score for the full fee</translation>
    </message>
    <message>
        <source>外包考评·合格分数线</source>
        <translation>Contractors: pass mark</translation>
    </message>
    <message>
        <source>合格未达全额时扣减服务费（%）</source>
        <translation>Deduction below the full-fee score (%)</translation>
    </message>
    <message>
        <source>不合格时扣减服务费（%）</source>
        <translation>Deduction below the pass mark (%)</translation>
    </message>
    <message>
        <source>每项严重不合格罚款（元）</source>
        <translation>Penalty per serious non-conformity (yuan)</translation>
    </message>
    <message>
        <source>连续几个月不合格提请合同评审</source>
        <translation>Months in a row below the pass mark before a contract review</translation>
    </message>
    <message>
        <source>整改默认期限（天）</source>
        <translation>Default rectification deadline (days)</translation>
    </message>
    <message>
        <source>合同到期提醒（天）</source>
        <translation>Warn of contracts ending within (days)</translation>
    </message>
    <message>
        <source>满意度调查·单项评分不高于几分需跟进</source>
        <translation>Survey: follow up a score at or below</translation>
    </message>
    <message>
        <source>满意度调查·平均分低于几分需跟进</source>
        <translation>Survey: follow up an average below</translation>
    </message>
    <message>
        <source>邮件快递超过几天未取提醒</source>
        <translation>Remind of mail uncollected after (days)</translation>
    </message>
    <message>
        <source>快递公司列表</source>
        <translation>Couriers</translation>
    </message>
    <message>
        <source>快递存放货架</source>
        <translation>Shelves for parcels</translation>
    </message>
    <message>
        <source>物品默认借用时长（小时）</source>
        <translation>Default loan time for items (hours)</translation>
    </message>
    <message>
        <source>借用物品逾期几天后可核销</source>
        <translation>Write off loans overdue after (days)</translation>
    </message>
    <message>
        <source>装修垃圾清运费（元/m²）</source>
        <translation>Debris removal fee (yuan/m²)</translation>
    </message>
    <message>
        <source>装修押金（元）</source>
        <translation>Fit-out deposit (yuan)</translation>
    </message>
    <message>
        <source>每张出入证押金（元）</source>
        <translation>Deposit per worker pass (yuan)</translation>
    </message>
    <message>
        <source>验收后几个月复验</source>
        <translation>Follow-up inspection, months after acceptance</translation>
    </message>
    <message>
        <source>允许噪音施工时间</source>
        <translation>Hours allowed for noisy work</translation>
    </message>
    <message>
        <source>竣工验收项目</source>
        <translation>Completion acceptance items</translation>
    </message>
    <message>
        <source>消防验收项目</source>
        <translation>Fire acceptance items</translation>
    </message>
    <message>
        <source>复验项目</source>
        <translation>Follow-up inspection items</translation>
    </message>
    <message>
        <source>业户走访周期（天）</source>
        <translation>Days between tenant visits</translation>
    </message>
    <message>
        <source>走访计划提前天数</source>
        <translation>Visit plan looks ahead (days)</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>0 天表示当天之内</source>
        <translation>0 days means the same day</translation>
    </message>
    <message>
        <source>0 天表示处理完毕当天</source>
        <translation>0 days means the day it is resolved</translation>
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
        <source>出入证默认有效至此时；此后未签离的列入“闭馆未签离”</source>
        <translation>Passes are valid until then; passes still out after it are listed as not signed out</translation>
    </message>
    <message>
        <source>未签离的出入证在下面的时间自动签离，记为“自动”</source>
        <translation>Passes still out are signed out at the hour below, recorded as automatic</translation>
    </message>
    <message>
        <source>两场会议之间至少留出的时间</source>
        <translation>The least time between two meetings of a room</translation>
    </message>
    <message>
        <source>超出部分按会议室单价收费</source>
        <translation>Hours beyond are charged at the room price</translation>
    </message>
    <message>
        <source>本月用量超过近三个月平均用量的该倍数时须确认</source>
        <translation>Use above this many times the 3-month average needs confirming</translation>
    </message>
    <message>
        <source>用顿号“、”分隔，登记快递时从中选择</source>
        <translation>Separated by &quot;、&quot;; the arrival form picks from these</translation>
    </message>
    <message>
        <source>用顿号“、”分隔</source>
        <translation>Separated by &quot;、&quot;</translation>
    </message>
    <message>
        <source>复验合格后才能退装修押金</source>
        <translation>The deposit is refunded only after the follow-up inspection passes</translation>
    </message>
    <message>
        <source>各项之间用“；”分隔</source>
        <translation>Separate the items with &quot;；&quot;</translation>
    </message>
    <message>
        <source>单个业户可在“前台服务 › 业户走访”里另设周期</source>
        <translation>A tenant may have its own cycle under Front desk › Tenant visits</translation>
    </message>
    <message>
        <source>生成计划时纳入此天数内到期的业户</source>
        <translation>A plan takes the tenants falling due within these days</translation>
    </message>
    <message>
        <source>每班“名称 开始-结束”，用“；”分隔；结束早于开始表示跨过午夜，如 夜班 20:00-08:00</source>
        <translation>Each shift as &apos;name start-end&apos;, separated by ；; an end before the start runs past midnight, e.g. 夜班 20:00-08:00</translation>
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
        <source>小时（自然时间）</source>
        <translation>hours (clock time)</translation>
    </message>
    <message>
        <source>工作小时（节假日不计）</source>
        <translation>working hours (rest days not counted)</translation>
    </message>
    <message>
        <source>天（自然日）</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>工作日（法定节假日不计，调休上班日计）</source>
        <translation>working days (public holidays off, make-up working days on)</translation>
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
        <source>钥匙管理</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>访客</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>报修投诉与回访时限</source>
        <translation>Request and callback deadlines</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>前台服务</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Meeting rooms</translation>
    </message>
    <message>
        <source>外包服务考评</source>
        <translation>Contractor evaluation</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Fit-out</translation>
    </message>
    <message>
        <source>值班日志</source>
        <translation>Duty log</translation>
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
