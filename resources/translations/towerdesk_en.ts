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
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
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
    <name>SignaturePad</name>
    <message>
        <source>用鼠标、手写笔或手指在此签字</source>
        <translation>Sign here with the mouse, a pen or a finger</translation>
    </message>
    <message>
        <source>请在此处签字</source>
        <translation>Please sign here</translation>
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
        <source>简体中文</source>
        <translation>简体中文 (Simplified Chinese)</translation>
    </message>
    <message>
        <source>62 mm 标签</source>
        <translation>62 mm label</translation>
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
