<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <source>会议室</source>
        <translation>Meeting rooms</translation>
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
        <source>打印…</source>
        <translation>Print…</translation>
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
    <message>
        <source>无法连接打印机，请检查打印机后重试；也可先另存为 PDF。</source>
        <translation>Cannot reach the printer. Check the printer and try again, or save as PDF for now.</translation>
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
        <source>应收（元）</source>
        <translation>Due (CNY)</translation>
    </message>
    <message>
        <source>使用小时</source>
        <translation>Hours used</translation>
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
        <source>该业户不存在或已迁出</source>
        <translation>No such tenant, or it has moved out</translation>
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
        <source>两场会议之间至少留出的时间</source>
        <translation>The least time between two meetings of a room</translation>
    </message>
    <message>
        <source>超出部分按会议室单价收费</source>
        <translation>Hours beyond are charged at the room price</translation>
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
        <source>会议室</source>
        <translation>Meeting rooms</translation>
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
