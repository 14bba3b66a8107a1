"""The clerk-facing text of every message code the services raise, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Marked for lupdate here, translated when shown (so a language switch needs no restart of this module).
TEXTS = {
    "required": QT_TRANSLATE_NOOP("messages", "必填"),
    "too_long": QT_TRANSLATE_NOOP("messages", "太长：最多 {maximum} 个字"),
    "control_chars": QT_TRANSLATE_NOOP("messages", "含有不可见的控制字符"),
    "date": QT_TRANSLATE_NOOP("messages", "日期无效"),
    "date_range": QT_TRANSLATE_NOOP("messages", "日期超出合理范围"),
    "date_future": QT_TRANSLATE_NOOP("messages", "日期不能晚于今天"),
    "id.length": QT_TRANSLATE_NOOP("messages", "身份证号应为 18 位"),
    "id.chars": QT_TRANSLATE_NOOP("messages", "身份证号只能是数字，最后一位可为 X"),
    "id.region": QT_TRANSLATE_NOOP("messages", "身份证号的地区码无效"),
    "id.birthdate": QT_TRANSLATE_NOOP("messages", "身份证号中的出生日期无效"),
    "id.checksum": QT_TRANSLATE_NOOP("messages", "身份证号校验位不符，请核对"),
    "uscc.length": QT_TRANSLATE_NOOP("messages", "统一社会信用代码应为 18 位"),
    "uscc.chars": QT_TRANSLATE_NOOP("messages", "统一社会信用代码含有无效字符"),
    "uscc.checksum": QT_TRANSLATE_NOOP("messages", "统一社会信用代码校验位不符，请核对"),
    "mobile.format": QT_TRANSLATE_NOOP("messages", "手机号应为 11 位，以 1 开头"),
    "phone.format": QT_TRANSLATE_NOOP("messages", "电话号码格式不对（手机 11 位，或座机如 0755-86001234）"),
    "passport.format": QT_TRANSLATE_NOOP("messages", "护照号格式不对"),
    "hkmo.format": QT_TRANSLATE_NOOP("messages", "港澳通行证号格式不对"),
    "taiwan.format": QT_TRANSLATE_NOOP("messages", "台胞证号格式不对"),
    "doc.format": QT_TRANSLATE_NOOP("messages", "证件号格式不对"),
    "tenant.kind": QT_TRANSLATE_NOOP("messages", "请选择业主或租户"),
    "tenant.credit_taken": QT_TRANSLATE_NOOP("messages", "该信用代码已登记给“{tenant}”"),
    "tenant.lease_order": QT_TRANSLATE_NOOP("messages", "租期结束不能早于开始"),
    "tenant.unit_unknown": QT_TRANSLATE_NOOP("messages", "没有单元 {unit}"),
    "tenant.unit_taken": QT_TRANSLATE_NOOP("messages", "单元 {unit} 已由“{tenant}”使用"),
    "tenant.one_primary": QT_TRANSLATE_NOOP("messages", "只能有一位主要联系人"),
    "document.type": QT_TRANSLATE_NOOP("messages", "请选择资料类型"),
    "document.too_big": QT_TRANSLATE_NOOP("messages", "文件太大（最大 20 MB）"),
    "unit.code": QT_TRANSLATE_NOOP("messages", "单元号只能含字母、数字和“-”，如 12F-1205"),
    "unit.taken": QT_TRANSLATE_NOOP("messages", "该单元号已存在"),
    "unit.floor": QT_TRANSLATE_NOOP("messages", "楼层无效（如 12F、B1）"),
    "unit.floor_range": QT_TRANSLATE_NOOP("messages", "结束楼层应不低于开始楼层"),
    "unit.per_floor": QT_TRANSLATE_NOOP("messages", "每层单元数应为 1–99"),
    "unit.area": QT_TRANSLATE_NOOP("messages", "面积应为大于 0 的数字（m²）"),
    "user.username": QT_TRANSLATE_NOOP("messages", "用户名为 2–40 位字母、数字、点、横线或下划线"),
    "user.taken": QT_TRANSLATE_NOOP("messages", "该用户名已被使用"),
    "user.role": QT_TRANSLATE_NOOP("messages", "请选择角色"),
    "user.self_demote": QT_TRANSLATE_NOOP("messages", "不能取消自己的管理员身份或停用自己"),
    "password.short": QT_TRANSLATE_NOOP("messages", "密码至少 {minimum} 位"),
    "password.weak": QT_TRANSLATE_NOOP("messages", "密码须同时含有字母和数字"),
    "password.wrong": QT_TRANSLATE_NOOP("messages", "原密码不正确"),
    "password.same": QT_TRANSLATE_NOOP("messages", "新密码不能与原密码相同"),
    "password.mismatch": QT_TRANSLATE_NOOP("messages", "两次输入的密码不一致"),
    "site.timezone": QT_TRANSLATE_NOOP("messages", "时区无效"),
    "site.logo_size": QT_TRANSLATE_NOOP("messages", "标志图片太大（最大 2 MB）"),
    "site.logo_format": QT_TRANSLATE_NOOP("messages", "标志须为 PNG 或 JPEG 图片"),
    "print.kind": QT_TRANSLATE_NOOP("messages", "没有这种表单类型：{kind}"),
    "print.paper": QT_TRANSLATE_NOOP("messages", "没有这种纸张：{paper}"),
    "print.copies": QT_TRANSLATE_NOOP("messages", "份数须在 1 到 {max} 之间"),
    "print.offset": QT_TRANSLATE_NOOP("messages", "偏移不能超过 ±{max:g} mm"),
    "setting.int": QT_TRANSLATE_NOOP("messages", "请输入整数"),
    "setting.range": QT_TRANSLATE_NOOP("messages", "应在 {minimum} 到 {maximum} 之间"),
    "setting.choice": QT_TRANSLATE_NOOP("messages", "请从列表中选择"),
    "setting.bool": QT_TRANSLATE_NOOP("messages", "请选择是或否"),
    "setting.unknown": QT_TRANSLATE_NOOP("messages", "未知设置"),
    "key.tag_format": QT_TRANSLATE_NOOP("messages", "标签号格式不对，应如 K-000123A"),
    "key.tag_check": QT_TRANSLATE_NOOP("messages", "标签号校验位不符，请核对是否输错"),
    "key.tag_unknown": QT_TRANSLATE_NOOP("messages", "没有标签号为 {tag} 的钥匙"),
    "key.kind": QT_TRANSLATE_NOOP("messages", "请选择钥匙类型"),
    "key.unit_needed": QT_TRANSLATE_NOOP("messages", "单元门、空置单元和信箱钥匙须填写单元号"),
    "key.room_needed": QT_TRANSLATE_NOOP("messages", "机房钥匙须填写机房名称"),
    "key.copies": QT_TRANSLATE_NOOP("messages", "把数应为 1–{maximum}"),
    "key.place": QT_TRANSLATE_NOOP("messages", "只能含字母、数字和“-”，如 A、012"),
    "key.hook_taken": QT_TRANSLATE_NOOP("messages", "该挂钩已挂有钥匙 {tag}"),
    "key.none_chosen": QT_TRANSLATE_NOOP("messages", "请先选择钥匙"),
    "key.state_in": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 在柜中，不能归还"),
    "key.state_lent": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 已借出，未归还前不能再借出"),
    "key.state_issued": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 已交业户保管"),
    "key.state_lost": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 已登记遗失"),
    "key.state_retired": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 已注销"),
    "key.signature_needed": QT_TRANSLATE_NOOP("messages", "请在签字板上签字"),
    "key.signature_bad": QT_TRANSLATE_NOOP("messages", "签字图像无效，请清除后重新签字"),
    "key.approval_needed": QT_TRANSLATE_NOOP("messages", "总钥匙和机房钥匙（{tag}）须主管审批：请主管输入账号和密码"),
    "key.approval_refused": QT_TRANSLATE_NOOP("messages", "主管账号或密码不正确"),
    "key.approver_locked": QT_TRANSLATE_NOOP("messages", "该主管账号已被锁定"),
    "key.approver_role": QT_TRANSLATE_NOOP("messages", "审批人须为客服主管、经理或管理员"),
    "key.due_past": QT_TRANSLATE_NOOP("messages", "应还时间须晚于现在"),
    "key.due_far": QT_TRANSLATE_NOOP("messages", "借用时间最长 {days} 天"),
    "key.tenant_unknown": QT_TRANSLATE_NOOP("messages", "请选择在租业户"),
    "key.not_for_tenant": QT_TRANSLATE_NOOP("messages", "总钥匙和机房钥匙（{tag}）不能交业户保管"),
    "key.not_tenants_unit": QT_TRANSLATE_NOOP("messages", "钥匙 {tag} 不是该业户所租单元的钥匙"),
    "key.condition": QT_TRANSLATE_NOOP("messages", "请选择钥匙状况"),
    "key.charge": QT_TRANSLATE_NOOP("messages", "赔偿金额应为 0–100000 元"),
    "sheet.format": QT_TRANSLATE_NOOP("messages", "只能导入 .xlsx 或 .csv 文件"),
    "sheet.unreadable": QT_TRANSLATE_NOOP("messages", "文件无法读取"),
    "sheet.no_sheet": QT_TRANSLATE_NOOP("messages", "工作簿中没有该工作表"),
    "sheet.no_header": QT_TRANSLATE_NOOP("messages", "前 10 行中找不到表头"),
    "sheet.missing_columns": QT_TRANSLATE_NOOP("messages", "缺少列：{detail}"),
    "visit.id_type": QT_TRANSLATE_NOOP("messages", "请选择证件类型"),
    "visit.host_required": QT_TRANSLATE_NOOP("messages", "请选择被访单位（输入名称、单元号或拼音首字母）"),
    "visit.host_unknown": QT_TRANSLATE_NOOP("messages", "该业户不存在或已迁出"),
    "visit.party_size": QT_TRANSLATE_NOOP("messages", "人数应为 1–{maximum}"),
    "visit.plate": QT_TRANSLATE_NOOP("messages", "车牌格式不对（如 粤B12345）"),
    "visit.leave_past": QT_TRANSLATE_NOOP("messages", "预计离开时间已过"),
    "visit.leave_same_day": QT_TRANSLATE_NOOP("messages", "出入证当天有效：离开时间须在今天"),
    "visit.other_site": QT_TRANSLATE_NOOP("messages", "放行的主管不属于本项目"),
    "visit.prereg_used": QT_TRANSLATE_NOOP("messages", "该预约已登记或已取消"),
    "visit.prereg_past": QT_TRANSLATE_NOOP("messages", "预约日期不能早于今天"),
    "visit.pass_unknown": QT_TRANSLATE_NOOP("messages", "没有出入证 {number}，请核对号码"),
    "visit.pass_void": QT_TRANSLATE_NOOP("messages", "出入证 {number} 已作废，不能签离"),
    "visit.pass_replaced": QT_TRANSLATE_NOOP("messages", "出入证 {number} 已作废（已补打为 {current}），请收回"),
    "visit.already_out": QT_TRANSLATE_NOOP("messages", "出入证 {number}（{name}）已于 {at} 签离"),
    "visit.not_in": QT_TRANSLATE_NOOP("messages", "访客已离开或登记已作废，不能补打"),
    "visit.already_void": QT_TRANSLATE_NOOP("messages", "该登记已作废"),
    "request.channel": QT_TRANSLATE_NOOP("messages", "请选择受理方式"),
    "request.category": QT_TRANSLATE_NOOP("messages", "请选择类别"),
    "request.level": QT_TRANSLATE_NOOP("messages", "投诉须选择级别：重大、重要或一般"),
    "request.repair_kind": QT_TRANSLATE_NOOP("messages", "请选择维修类型"),
    "request.tenant_unknown": QT_TRANSLATE_NOOP("messages", "找不到该业户"),
    "request.who": QT_TRANSLATE_NOOP("messages", "请选择业户，或至少填写来电人或电话，以便回复"),
    "request.owner": QT_TRANSLATE_NOOP("messages", "请选择在职的负责人"),
    "request.wanted_past": QT_TRANSLATE_NOOP("messages", "要求完成时间应晚于受理时间"),
    "request.time_future": QT_TRANSLATE_NOOP("messages", "时间不能晚于现在"),
    "request.time_before": QT_TRANSLATE_NOOP("messages", "时间不能早于受理时间"),
    "request.not_allowed": QT_TRANSLATE_NOOP("messages", "当前状态下不能进行此操作"),
    "request.leak_test": QT_TRANSLATE_NOOP("messages", "渗漏维修须填写闭水试验时间（回访期限从闭水试验起算）"),
    "request.not_repair": QT_TRANSLATE_NOOP("messages", "只有报修才有维修工作单"),
    "request.not_complaint": QT_TRANSLATE_NOOP("messages", "只有投诉才有投诉处理记录"),
    "deadline.calendar_unknown": QT_TRANSLATE_NOOP(
        "messages", "节假日日历不含 {year} 年，无法按工作日计期限：请升级程序，或在设置中改按自然日计"),
    "callback.done": QT_TRANSLATE_NOOP("messages", "这次回访已经记录过了"),
    "callback.why": QT_TRANSLATE_NOOP("messages", "不满意时请写明业户哪里不满意，以便返修"),
    "room.name_taken": QT_TRANSLATE_NOOP("messages", "已有同名会议室"),
    "room.capacity_range": QT_TRANSLATE_NOOP("messages", "容纳人数应为 1–2000"),
    "room.equipment": QT_TRANSLATE_NOOP("messages", "请从列表中选择设备"),
    "room.layout": QT_TRANSLATE_NOOP("messages", "该会议室没有这种布置方式"),
    "room.price": QT_TRANSLATE_NOOP("messages", "单价应为不小于 0 的金额"),
    "room.hours_order": QT_TRANSLATE_NOOP("messages", "关闭时间应晚于开放时间"),
    "room.approver_unknown": QT_TRANSLATE_NOOP("messages", "审批人不是本项目的在职用户"),
    "room.unknown": QT_TRANSLATE_NOOP("messages", "没有这间会议室，或已停用"),
    "room.end_order": QT_TRANSLATE_NOOP("messages", "结束时间应晚于开始时间"),
    "room.closed": QT_TRANSLATE_NOOP("messages", "超出会议室开放时间（{opens}–{closes}）"),
    "room.past": QT_TRANSLATE_NOOP("messages", "开始时间已过"),
    "room.attendees": QT_TRANSLATE_NOOP("messages", "人数至少为 1"),
    "room.capacity": QT_TRANSLATE_NOOP("messages", "{room} 最多容纳 {capacity} 人"),
    "room.service": QT_TRANSLATE_NOOP("messages", "请从列表中选择会议服务"),
    "room.tenant_unknown": QT_TRANSLATE_NOOP("messages", "该业户不存在或已迁出"),
    "room.clash": QT_TRANSLATE_NOOP("messages", "与预订 {number}（{organiser}，{time}）冲突，含布场/清场间隔"),
    "room.series_clashes": QT_TRANSLATE_NOOP("messages", "有 {count} 次与已有预订冲突（{days}），未保存"),
    "room.series_empty": QT_TRANSLATE_NOOP("messages", "每一次都与已有预订冲突，没有可保存的日期"),
    "room.weeks": QT_TRANSLATE_NOOP("messages", "周数应为 1–52"),
    "room.weekdays": QT_TRANSLATE_NOOP("messages", "请选择星期几"),
    "room.scope": QT_TRANSLATE_NOOP("messages", "请选择仅本次或本次及以后"),
    "room.not_open": QT_TRANSLATE_NOOP("messages", "会议已开始、结束或取消，不能再修改"),
    "room.state_move": QT_TRANSLATE_NOOP("messages", "预订当前的状态不能进行此操作"),
    "room.not_approver": QT_TRANSLATE_NOOP("messages", "{room} 的预订须由审批人 {approver} 确认"),
    "room.not_approved": QT_TRANSLATE_NOOP("messages", "该预订尚未经审批人确认，不能签到"),
    "room.too_early": QT_TRANSLATE_NOOP("messages", "太早了：{time} 起可以签到"),
    "room.over": QT_TRANSLATE_NOOP("messages", "预订时间已过，不能签到"),
    "room.not_in_use": QT_TRANSLATE_NOOP("messages", "会议签到后才能结束并记录服务"),
    "room.minutes": QT_TRANSLATE_NOOP("messages", "时长应为 15 分钟到 24 小时"),
    "room.time": QT_TRANSLATE_NOOP("messages", "时间格式不对（如 08:30）"),
    "fees.adjust_not_issued": QT_TRANSLATE_NOOP("messages", "只有已开具的账单才能调整；草稿请重新生成"),
    "fees.amount": QT_TRANSLATE_NOOP("messages", "金额应为大于 0 的数字，最多两位小数（元）"),
    "fees.amount_signed": QT_TRANSLATE_NOOP("messages", "金额应为非零数字，最多两位小数；减免填负数，如 -100.00"),
    "fees.bill_not_open": QT_TRANSLATE_NOOP("messages", "所选账单不是该业户未结清的账单"),
    "fees.bill_state": QT_TRANSLATE_NOOP("messages", "账单 {number} 当前状态不能进行此操作"),
    "fees.credit_too_big": QT_TRANSLATE_NOOP("messages", "减免不能超过账单未收金额 {outstanding} 元"),
    "fees.deposit_kind": QT_TRANSLATE_NOOP("messages", "请选择收取、扣除或退还"),
    "fees.deposit_too_big": QT_TRANSLATE_NOOP("messages", "超过押金余额 {held} 元"),
    "fees.item_code": QT_TRANSLATE_NOOP("messages", "项目代码为字母、数字或下划线，最多 30 位"),
    "fees.item_kind": QT_TRANSLATE_NOOP("messages", "请选择计费方式"),
    "fees.item_unknown": QT_TRANSLATE_NOOP("messages", "没有收费项目 {item}"),
    "fees.letter_too_early": QT_TRANSLATE_NOOP(
        "messages", "还不到发催缴函的时候：须先电话/短信提醒，{on} 起仍未缴才发函"),
    "fees.meter": QT_TRANSLATE_NOOP("messages", "请选择水表或电表"),
    "fees.method": QT_TRANSLATE_NOOP("messages", "请选择收款方式"),
    "fees.nothing_overdue": QT_TRANSLATE_NOOP("messages", "该业户没有逾期欠费"),
    "fees.price": QT_TRANSLATE_NOOP("messages", "单价应为不小于 0 的数字，最多四位小数"),
    "fees.reading": QT_TRANSLATE_NOOP("messages", "读数应为不小于 0 的数字，最多两位小数"),
    "fees.reading_back": QT_TRANSLATE_NOOP("messages", "读数小于上月读数 {previous}，请核对"),
    "fees.reading_billed": QT_TRANSLATE_NOOP("messages", "单元 {unit} 本月账单已开具，读数不能再改"),
    "fees.reading_jump": QT_TRANSLATE_NOOP(
        "messages", "用量 {usage} 超过近三个月平均 {average} 的 {factor} 倍：请核对后勾选“确认”再保存"),
    "fees.reference": QT_TRANSLATE_NOOP("messages", "转账、支票、刷卡须填写凭证号或流水号"),
    "fees.payment_voided": QT_TRANSLATE_NOOP("messages", "票据 {receipt} 已作废"),
    "fees.reminder_kind": QT_TRANSLATE_NOOP("messages", "请选择催缴方式"),
    "fees.unit_not_held": QT_TRANSLATE_NOOP("messages", "单元 {unit} 目前没有业户"),
    "move.paper_missing": QT_TRANSLATE_NOOP("messages", "缺少必备资料，不能通过此步"),
    "move.money": QT_TRANSLATE_NOOP("messages", "金额应为 0 或正数，如 1,250.00"),
    "move.reading": QT_TRANSLATE_NOOP("messages", "读数应为 0 或正数，如 1234.5"),
    "move.meters_unconfirmed": QT_TRANSLATE_NOOP("messages", "表计读数须由物业一方确认"),
    "move.defects_open": QT_TRANSLATE_NOOP("messages", "还有 {count} 项整改未完成，不能复验签收"),
    "move.arrears_block": QT_TRANSLATE_NOOP(
        "messages", "业户欠费 {amount} 元：结清前不能办理退租，或由客服经理书面批准放行"),
    "move.wrong_step": QT_TRANSLATE_NOOP("messages", "该记录当前不在这一步，请刷新后再办理"),
    "move.state_done": QT_TRANSLATE_NOOP("messages", "该记录已办结"),
    "move.state_cancelled": QT_TRANSLATE_NOOP("messages", "该记录已取消"),
    "move.unit_in_progress": QT_TRANSLATE_NOOP("messages", "单元 {unit} 已有正在办理的记录"),
    "move.applicant_kind": QT_TRANSLATE_NOOP("messages", "请选择办理人类别"),
    "move.registration_form": QT_TRANSLATE_NOOP("messages", "须填写《住户登记表》"),
    "move.agreements": QT_TRANSLATE_NOOP("messages", "须签署管理公约等协议"),
    "move.item_unknown": QT_TRANSLATE_NOOP("messages", "验收项目已不在验收表中，请刷新"),
    "move.items_unanswered": QT_TRANSLATE_NOOP("messages", "还有 {count} 项未验收（如“{item}”）"),
    "move.defect_fixed": QT_TRANSLATE_NOOP("messages", "该整改项已完成"),
    "move.handbook": QT_TRANSLATE_NOOP("messages", "须交付《住户手册》"),
    "move.keys_none": QT_TRANSLATE_NOOP("messages", "请选择交付的钥匙"),
    "move.reason_short": QT_TRANSLATE_NOOP("messages", "请写明批准理由"),
    "move.key_not_held": QT_TRANSLATE_NOOP("messages", "该钥匙不在业户手中"),
    "move.keys_still_out": QT_TRANSLATE_NOOP("messages", "仍有钥匙未交回或未登记遗失"),
    "goods.unit_not_held": QT_TRANSLATE_NOOP("messages", "单元 {unit} 不是该业户在租的单元"),
    "goods.plate": QT_TRANSLATE_NOOP("messages", "车牌号格式不对，如 粤B12345"),
    "goods.day_past": QT_TRANSLATE_NOOP("messages", "放行日期不能早于今天"),
    "goods.day_far": QT_TRANSLATE_NOOP("messages", "放行日期最多提前 {days} 天"),
    "goods.time_order": QT_TRANSLATE_NOOP("messages", "结束时间须晚于开始时间"),
    "goods.quantity": QT_TRANSLATE_NOOP("messages", "数量应为 1–100000 的整数"),
    "goods.no_items": QT_TRANSLATE_NOOP("messages", "请至少填写一项放行物品"),
    "goods.too_many": QT_TRANSLATE_NOOP("messages", "物品最多 {maximum} 项"),
    "goods.move_out_other": QT_TRANSLATE_NOOP("messages", "退租记录与业户不符"),
    "goods.valid": QT_TRANSLATE_NOOP("messages", "放行条有效"),
    "goods.not_yet": QT_TRANSLATE_NOOP("messages", "放行条 {pass_no} 未到放行时间"),
    "goods.expired": QT_TRANSLATE_NOOP("messages", "放行条 {pass_no} 已过期"),
    "goods.used": QT_TRANSLATE_NOOP("messages", "放行条 {pass_no} 已使用"),
    "goods.voided": QT_TRANSLATE_NOOP("messages", "放行条 {pass_no} 已作废"),
    "goods.unknown": QT_TRANSLATE_NOOP("messages", "没有编号为 {pass_no} 的放行条"),
    "checklist.duplicate": QT_TRANSLATE_NOOP("messages", "部位名称重复"),
    "checklist.no_items": QT_TRANSLATE_NOOP("messages", "每个部位至少一个验收项目"),
    "fitout.unit_unknown": QT_TRANSLATE_NOOP("messages", "没有这个单元"),
    "fitout.unit_not_tenants": QT_TRANSLATE_NOOP("messages", "该单元不是这个业户的"),
    "fitout.area": QT_TRANSLATE_NOOP("messages", "装修面积应为大于 0 的数字（m²，最多两位小数）"),
    "fitout.date_order": QT_TRANSLATE_NOOP("messages", "结束日期不能早于开始日期"),
    "fitout.locked": QT_TRANSLATE_NOOP("messages", "已进入审批，申请内容不能再改；如需修改请退回修改"),
    "fitout.not_allowed": QT_TRANSLATE_NOOP("messages", "当前状态下不能进行此操作"),
    "fitout.comment_required": QT_TRANSLATE_NOOP("messages", "退回、驳回、撤回、延期或验收不合格须写明意见"),
    "fitout.letter_missing": QT_TRANSLATE_NOOP(
        "messages", "涉及拆改主体结构或加大荷载：须有房地产行政主管部门批准书在案才能批准"),
    "fitout.deposit_missing": QT_TRANSLATE_NOOP("messages", "装修押金 {amount} 元尚未收取"),
    "fitout.deposit_twice": QT_TRANSLATE_NOOP("messages", "装修押金已由其他客服台收取"),
    "fitout.fees_unpaid": QT_TRANSLATE_NOOP("messages", "业户尚欠费用 {amount} 元（含装修垃圾清运费），缴清后才能确认"),
    "fitout.insurance_missing": QT_TRANSLATE_NOOP("messages", "施工单位公众责任险（保险公司、保额、到期日）未登记"),
    "fitout.insurance_expired": QT_TRANSLATE_NOOP("messages", "施工单位公众责任险已过期，不能发许可证"),
    "fitout.extend_later": QT_TRANSLATE_NOOP("messages", "新的截止日期须晚于现在的 {end}"),
    "fitout.no_deposit": QT_TRANSLATE_NOOP("messages", "这项装修没有可扣的押金"),
    "fitout.deduct_too_big": QT_TRANSLATE_NOOP("messages", "超过押金余额 {left} 元"),
    "fitout.pass_unknown": QT_TRANSLATE_NOOP("messages", "查无此出入证：{number}"),
    "fitout.pass_returned": QT_TRANSLATE_NOOP("messages", "出入证 {number} 已收回"),
    "fitout.refund_too_early": QT_TRANSLATE_NOOP("messages", "复验日期 {due} 之后才能退装修押金"),
    "fitout.deadline_past": QT_TRANSLATE_NOOP("messages", "整改期限不能早于巡查日期"),
    "history.range": QT_TRANSLATE_NOOP("messages", "结束日期不能早于开始日期"),
    "history.area": QT_TRANSLATE_NOOP("messages", "没有这个类别"),
    "fitout.verify_other": QT_TRANSLATE_NOOP("messages", "整改须由开单人以外的同事复查确认"),
    "fitout.notice_closed": QT_TRANSLATE_NOOP("messages", "整改通知 {number} 已关闭"),
    "fitout.pass_state": QT_TRANSLATE_NOOP("messages", "许可证已发且施工未结束时才能办理出入证"),
    "fitout.day_future": QT_TRANSLATE_NOOP("messages", "验收日期不能晚于今天"),
    "fitout.follow_up_early": QT_TRANSLATE_NOOP("messages", "复验须在 {due} 之后进行"),
    "fitout.inspection_passed": QT_TRANSLATE_NOOP("messages", "这项验收已合格，无需再验"),
    "fitout.no_items": QT_TRANSLATE_NOOP("messages", "设置中没有这项验收的检查项目，请先在“设置 › 装修”中填写"),
    "fitout.item_unknown": QT_TRANSLATE_NOOP("messages", "“{item}”不是本次验收的项目"),
    "fitout.items_unanswered": QT_TRANSLATE_NOOP("messages", "还有 {count} 项未填写结果（如“{item}”）"),
    "fitout.completion_not_passed": QT_TRANSLATE_NOOP("messages", "竣工验收尚未合格"),
    "fitout.fire_not_passed": QT_TRANSLATE_NOOP("messages", "消防验收尚未合格"),
    "fitout.follow_up_not_passed": QT_TRANSLATE_NOOP("messages", "复验尚未合格，不能退装修押金"),
    "fitout.photo_bad": QT_TRANSLATE_NOOP("messages", "照片无法读取，请选择 JPG 或 PNG 图片"),
    "papers.missing": QT_TRANSLATE_NOOP("messages", "该办理人须提供此资料"),
    "contractor.end_before_start": QT_TRANSLATE_NOOP("messages", "合同截止日期不能早于开始日期"),
    "contractor.phone": QT_TRANSLATE_NOOP("messages", "电话只能包含数字、空格、+ 和 -"),
    "contractor.headcount": QT_TRANSLATE_NOOP("messages", "驻场人数应在 0 到 2000 之间"),
    "contractor.not_per_visit": QT_TRANSLATE_NOOP("messages", "该单位按日/周巡查，无须登记上门服务"),
    "contractor.template_changed": QT_TRANSLATE_NOOP(
        "messages", "巡查标准已被其他客服台改为第 {revision} 版，请重新打开后再修改"),
    "contractor.template_empty": QT_TRANSLATE_NOOP("messages", "巡查标准至少要有一项"),
    "contractor.points": QT_TRANSLATE_NOOP("messages", "分值应为大于 0、不超过 100 的数字，最多一位小数"),
    "contractor.template_missing": QT_TRANSLATE_NOOP("messages", "请使用该服务类别的巡查标准"),
    "contractor.outside_contract": QT_TRANSLATE_NOOP("messages", "巡查日期不在合同期内"),
    "contractor.items_mismatch": QT_TRANSLATE_NOOP("messages", "巡查项目与巡查标准不一致，请重新打开巡查表"),
    "contractor.pass_fail": QT_TRANSLATE_NOOP("messages", "合格填 1，不合格填 0"),
    "contractor.score": QT_TRANSLATE_NOOP("messages", "得分应在 0 到 {maximum} 之间，最多一位小数"),
    "contractor.photo": QT_TRANSLATE_NOOP("messages", "照片只附在不合格项上，且不超过 5 MB"),
    "contractor.deadline_past": QT_TRANSLATE_NOOP("messages", "整改期限不能早于巡查日期"),
    "contractor.rectification_closed": QT_TRANSLATE_NOOP("messages", "整改单 {number} 已复查合格关闭"),
    "contractor.check_before_inspection": QT_TRANSLATE_NOOP("messages", "复查日期不能早于巡查日期"),
    "contractor.no_inspections": QT_TRANSLATE_NOOP("messages", "该月没有巡查记录，无法考评"),
    "contractor.evaluation_signed": QT_TRANSLATE_NOOP(
        "messages", "该月考评（第 {revision} 版）已由经理签认，不能再改；如需更正请新建更正版本"),
    "contractor.month_not_over": QT_TRANSLATE_NOOP("messages", "当月结束后才能签认考评"),
    "contractor.evaluation_outdated": QT_TRANSLATE_NOOP("messages", "考评数据已有变化，请重新计算后再签认"),
    "contractor.correct_signed_only": QT_TRANSLATE_NOOP("messages", "只能更正已签认的最新版本"),
    "mail.unit_not_tenants": QT_TRANSLATE_NOOP("messages", "单元 {unit} 不是该业户所租的单元"),
    "mail.kind": QT_TRANSLATE_NOOP("messages", "请选择类别"),
    "mail.tracking_format": QT_TRANSLATE_NOOP("messages", "单号应为 6–40 位字母、数字或“-”"),
    "mail.tracking_twice": QT_TRANSLATE_NOOP("messages", "单号 {tracking} 在本批中扫了两次"),
    "mail.duplicate": QT_TRANSLATE_NOOP("messages", "单号 {tracking} 已登记（{number}），尚未取走，不能重复登记"),
    "mail.courier_unknown": QT_TRANSLATE_NOOP("messages", "“{courier}”不在本项目的快递公司列表中"),
    "mail.count": QT_TRANSLATE_NOOP("messages", "件数应为 1–{maximum}"),
    "mail.batch_empty": QT_TRANSLATE_NOOP("messages", "请先扫描快递单号"),
    "mail.none_chosen": QT_TRANSLATE_NOOP("messages", "请先选择邮件快递"),
    "mail.already_collected": QT_TRANSLATE_NOOP("messages", "{number} 已于 {when} 被取走"),
    "mail.already_returned": QT_TRANSLATE_NOOP("messages", "{number} 已于 {when} 退回寄件人"),
    "mail.other_tenant": QT_TRANSLATE_NOOP("messages", "这件是 {tenant} 的，请分开取件"),
    "mail.phone_tail": QT_TRANSLATE_NOOP("messages", "请输入取件人手机尾号 4 位数字"),
    "mail.not_found": QT_TRANSLATE_NOOP("messages", "没有单号为 {scanned} 的待取件"),
    "lending.money": QT_TRANSLATE_NOOP("messages", "金额应为 0–100000 元"),
    "lending.quantity": QT_TRANSLATE_NOOP("messages", "数量应为 1–{maximum}"),
    "lending.category": QT_TRANSLATE_NOOP("messages", "请选择类别"),
    "lending.name_taken": QT_TRANSLATE_NOOP("messages", "已有同名物品"),
    "lending.quantity_below_out": QT_TRANSLATE_NOOP("messages", "现有 {out} 件借出未还，总数不能少于此数"),
    "lending.item_unknown": QT_TRANSLATE_NOOP("messages", "该物品已停用"),
    "lending.none_left": QT_TRANSLATE_NOOP("messages", "{name} 只剩 {available} 件可借"),
    "lending.already_returned": QT_TRANSLATE_NOOP("messages", "借用单 {number} 已归还"),
    "lending.already_written_off": QT_TRANSLATE_NOOP("messages", "借用单 {number} 已核销"),
    "lending.write_off_early": QT_TRANSLATE_NOOP("messages", "逾期满 {days} 天仍未归还的才能核销"),
    "lobbycheck.template_empty": QT_TRANSLATE_NOOP("messages", "检查表至少要有一项"),
    "lobbycheck.template_twice": QT_TRANSLATE_NOOP("messages", "检查表中有重复的项目"),
    "lobbycheck.kind": QT_TRANSLATE_NOOP("messages", "请选择开班检查或交班检查"),
    "lobbycheck.unanswered": QT_TRANSLATE_NOOP("messages", "请逐项勾选"),
    "lobbycheck.fail_note": QT_TRANSLATE_NOOP("messages", "不合格的项目请写明情况"),
    "lobbycheck.template_changed": QT_TRANSLATE_NOOP("messages", "检查表已被修改，请重新打开"),
    "duty.shifts_format": QT_TRANSLATE_NOOP("messages",
                                            "班次格式应为“名称 开始-结束”，用“；”分隔，如 早班 08:00-16:00"),
    "duty.shifts_twice": QT_TRANSLATE_NOOP("messages", "班次名称不能重复"),
    "duty.shifts_overlap": QT_TRANSLATE_NOOP("messages", "班次时间不能重叠"),
    "duty.no_shift": QT_TRANSLATE_NOOP("messages", "现在不在任何班次的时间内，请检查设置中的班次"),
    "duty.closed": QT_TRANSLATE_NOOP("messages", "这份值班日志已交班，不能再修改；如需更正请主管添加更正说明"),
    "duty.not_closed": QT_TRANSLATE_NOOP("messages", "这份值班日志还没有交班"),
    "duty.acknowledged": QT_TRANSLATE_NOOP("messages", "这份值班日志已被接班确认"),
    "duty.same_person": QT_TRANSLATE_NOOP("messages", "交班人不能自己确认接班，请由下一班同事登录确认"),
    "duty.still_open": QT_TRANSLATE_NOOP("messages", "日志尚未交班，请直接添加记录"),
    "duty.category": QT_TRANSLATE_NOOP("messages", "请选择记录类别"),
    "duty.matter_done": QT_TRANSLATE_NOOP("messages", "这件事项已经办结"),
    "duty.signature": QT_TRANSLATE_NOOP("messages", "签字图像无效，请清除后重签"),
    "notice.template_marks": QT_TRANSLATE_NOOP("messages", "填空标记应写成 {名称}：花括号要成对，名称不超过 12 个字"),
    "notice.unfilled": QT_TRANSLATE_NOOP("messages", "还有未填写的内容：{mark}"),
    "notice.audience": QT_TRANSLATE_NOOP("messages", "请选择发布范围"),
    "notice.no_floors": QT_TRANSLATE_NOOP("messages", "请填写楼层，如 3F,5F"),
    "notice.floor_unknown": QT_TRANSLATE_NOOP("messages", "没有这些楼层：{floor}"),
    "notice.no_tenants": QT_TRANSLATE_NOOP("messages", "请至少选择一家业户"),
    "notice.tenant_unknown": QT_TRANSLATE_NOOP("messages", "所选业户不存在"),
    "notice.date_order": QT_TRANSLATE_NOOP("messages", "截止日期不能早于开始日期"),
    "notice.too_long": QT_TRANSLATE_NOOP("messages", "有效期最长 {days} 天"),
    "notice.not_draft": QT_TRANSLATE_NOOP("messages", "只有草稿可以修改或发布；已发布的公告请撤回后重新拟写"),
    "notice.past": QT_TRANSLATE_NOOP("messages", "有效期已过，不能发布"),
    "notice.withdrawn": QT_TRANSLATE_NOOP("messages", "该公告已撤回"),
    "service.price": QT_TRANSLATE_NOOP("messages", "金额应为不小于 0 的数字，最多两位小数"),
    "service.item_taken": QT_TRANSLATE_NOOP("messages", "价目表里已有同名项目"),
    "service.unit_not_tenants": QT_TRANSLATE_NOOP("messages", "该单元不是这个业户的"),
    "service.quantity": QT_TRANSLATE_NOOP("messages", "数量/面积应为大于 0 的数字，最多两位小数"),
    "service.price_reason": QT_TRANSLATE_NOOP("messages", "约定金额与价目表不同，请写明原因"),
    "service.state": QT_TRANSLATE_NOOP("messages", "服务单当前状态下不能这样操作"),
    "service.before_dispatch": QT_TRANSLATE_NOOP("messages", "完成时间不能早于派单时间"),
    "service.satisfaction": QT_TRANSLATE_NOOP("messages", "请选择满意度"),
    "service.unsatisfied_why": QT_TRANSLATE_NOOP("messages", "不满意时请记下业户的意见"),
    "service.signature": QT_TRANSLATE_NOOP("messages", "请业户在签字板上签字"),
    "visit.interval": QT_TRANSLATE_NOOP("messages", "走访周期应为 {minimum}–{maximum} 天"),
    "visit.no_assignee": QT_TRANSLATE_NOOP("messages", "请填写走访人"),
    "visit.already_planned": QT_TRANSLATE_NOOP("messages", "该业户已有待走访计划"),
    "visit.not_planned": QT_TRANSLATE_NOOP("messages", "该走访已完成或已取消"),
    "visit.issue_action": QT_TRANSLATE_NOOP("messages", "请选择问题的处理方式"),
    "survey.template_changed": QT_TRANSLATE_NOOP(
        "messages", "问卷已被其他客服台改为第 {revision} 版，请重新打开后再修改"),
    "survey.empty": QT_TRANSLATE_NOOP("messages", "问卷至少要有一题"),
    "survey.kind": QT_TRANSLATE_NOOP("messages", "请选择题型：评分、单选或填空"),
    "survey.choices": QT_TRANSLATE_NOOP("messages", "单选题要有 2 到 {maximum} 个选项，用“、”或换行分开"),
    "survey.closes_before": QT_TRANSLATE_NOOP("messages", "回收截止日期不能早于开始日期"),
    "survey.name_taken": QT_TRANSLATE_NOOP("messages", "已有同名的调查"),
    "survey.no_tenants": QT_TRANSLATE_NOOP("messages", "没有在租业户，无法开始调查"),
    "survey.round_closed": QT_TRANSLATE_NOOP("messages", "该调查已结束，不能再录入答卷"),
    "survey.already_answered": QT_TRANSLATE_NOOP("messages", "该业户的答卷已由 {who} 录入，不能重复录入"),
    "survey.before_open": QT_TRANSLATE_NOOP("messages", "填表日期不能早于调查开始日期 {opened}"),
    "survey.questions_changed": QT_TRANSLATE_NOOP("messages", "题目与本次调查不一致，请重新打开答卷"),
    "survey.score": QT_TRANSLATE_NOOP("messages", "评分填 1–5：5 非常满意，1 非常不满意"),
    "survey.choice": QT_TRANSLATE_NOOP("messages", "填选项的序号 1–{maximum}"),
    "survey.no_scores": QT_TRANSLATE_NOOP("messages", "答卷至少要有一题评分"),
    "survey.followed_up": QT_TRANSLATE_NOOP("messages", "该业户已跟进过（{who}）"),
    "survey.action": QT_TRANSLATE_NOOP("messages", "请选择跟进方式"),
    "survey.not_answered": QT_TRANSLATE_NOOP("messages", "该业户的答卷还没有录入"),
    "report.kind": QT_TRANSLATE_NOOP("messages", "请选择周报、月报或自定义期间"),
    "report.period_weekly": QT_TRANSLATE_NOOP("messages", "周的写法如 2026-W47，或该周内任一天如 2026-11-18"),
    "report.period_monthly": QT_TRANSLATE_NOOP("messages", "月份的写法如 2026-11"),
    "report.period_range": QT_TRANSLATE_NOOP("messages", "期间的写法如 2026-11-01..2026-11-15"),
    "report.period_order": QT_TRANSLATE_NOOP("messages", "结束日期早于开始日期"),
    "report.period_long": QT_TRANSLATE_NOOP("messages", "期间最长 {days} 天"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def message(code: str, params: dict | None = None) -> str:
    """The translated sentence for a service message code, with its parameters filled in."""
    text = _tr(TEXTS[code]) if code in TEXTS else code
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError):
        return text


ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("messages", "客服员"),
    "steward": QT_TRANSLATE_NOOP("messages", "楼层管家"),
    "supervisor": QT_TRANSLATE_NOOP("messages", "客服主管"),
    "manager": QT_TRANSLATE_NOOP("messages", "客服经理"),
    "engineer": QT_TRANSLATE_NOOP("messages", "工程部审核"),
    "admin": QT_TRANSLATE_NOOP("messages", "系统管理员"),
}
FITOUT_STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("messages", "草稿"),
    "submitted": QT_TRANSLATE_NOOP("messages", "已提交"),
    "desk_review": QT_TRANSLATE_NOOP("messages", "客服初审"),
    "drawing_review": QT_TRANSLATE_NOOP("messages", "工程部审图"),
    "manager_approval": QT_TRANSLATE_NOOP("messages", "经理审批"),
    "approved": QT_TRANSLATE_NOOP("messages", "已批准待缴费"),
    "fees_paid": QT_TRANSLATE_NOOP("messages", "已缴费"),
    "permit_issued": QT_TRANSLATE_NOOP("messages", "已发许可证"),
    "in_progress": QT_TRANSLATE_NOOP("messages", "施工中"),
    "completion_requested": QT_TRANSLATE_NOOP("messages", "申请竣工验收"),
    "accepted": QT_TRANSLATE_NOOP("messages", "已验收"),
    "deposit_refunded": QT_TRANSLATE_NOOP("messages", "押金已退"),
    "closed": QT_TRANSLATE_NOOP("messages", "已结案"),
    "revision": QT_TRANSLATE_NOOP("messages", "退回修改"),
    "rejected": QT_TRANSLATE_NOOP("messages", "已驳回"),
    "withdrawn": QT_TRANSLATE_NOOP("messages", "已撤回"),
    "suspended": QT_TRANSLATE_NOOP("messages", "已停工"),
}
FITOUT_ACTION_NAMES = {
    "create": QT_TRANSLATE_NOOP("messages", "登记申请"),
    "submit": QT_TRANSLATE_NOOP("messages", "提交"),
    "start_review": QT_TRANSLATE_NOOP("messages", "开始初审"),
    "pass_desk": QT_TRANSLATE_NOOP("messages", "初审通过"),
    "pass_drawings": QT_TRANSLATE_NOOP("messages", "审图通过"),
    "approve": QT_TRANSLATE_NOOP("messages", "批准"),
    "send_back": QT_TRANSLATE_NOOP("messages", "退回修改"),
    "reject": QT_TRANSLATE_NOOP("messages", "驳回"),
    "resubmit": QT_TRANSLATE_NOOP("messages", "重新提交"),
    "withdraw": QT_TRANSLATE_NOOP("messages", "撤回"),
    "confirm_fees": QT_TRANSLATE_NOOP("messages", "确认已缴费"),
    "issue_permit": QT_TRANSLATE_NOOP("messages", "发许可证"),
    "start_work": QT_TRANSLATE_NOOP("messages", "开工"),
    "request_completion": QT_TRANSLATE_NOOP("messages", "申请竣工验收"),
    "accept": QT_TRANSLATE_NOOP("messages", "验收合格"),
    "follow_up": QT_TRANSLATE_NOOP("messages", "复验"),
    "fail_acceptance": QT_TRANSLATE_NOOP("messages", "验收不合格"),
    "approve_refund": QT_TRANSLATE_NOOP("messages", "批准退押金"),
    "close": QT_TRANSLATE_NOOP("messages", "结案"),
    "extend": QT_TRANSLATE_NOOP("messages", "延期"),
    "suspend": QT_TRANSLATE_NOOP("messages", "停工"),
    "reinstate": QT_TRANSLATE_NOOP("messages", "复工"),
}
UNIT_STATE_NAMES = {
    "vacant": QT_TRANSLATE_NOOP("messages", "空置"),
    "occupied": QT_TRANSLATE_NOOP("messages", "已入住"),
    "fitting_out": QT_TRANSLATE_NOOP("messages", "装修中"),
}
TENANT_KIND_NAMES = {"lessee": QT_TRANSLATE_NOOP("messages", "租户"), "owner": QT_TRANSLATE_NOOP("messages", "业主")}
DOC_TYPE_NAMES = {
    "business_licence": QT_TRANSLATE_NOOP("messages", "营业执照/单位证明"),
    "id_copy": QT_TRANSLATE_NOOP("messages", "身份证复印件"),
    "authorisation": QT_TRANSLATE_NOOP("messages", "委托书"),
    "lease": QT_TRANSLATE_NOOP("messages", "租赁/购房合同"),
    "move_in_notice": QT_TRANSLATE_NOOP("messages", "入住通知单"),
    "agreement": QT_TRANSLATE_NOOP("messages", "管理公约/协议"),
    "approval": QT_TRANSLATE_NOOP("messages", "批准文件"),
    "other": QT_TRANSLATE_NOOP("messages", "其他"),
}


KEY_KIND_NAMES = {
    "unit_door": QT_TRANSLATE_NOOP("messages", "单元门"),
    "vacant_unit": QT_TRANSLATE_NOOP("messages", "空置单元"),
    "mailbox": QT_TRANSLATE_NOOP("messages", "信箱"),
    "plant_room": QT_TRANSLATE_NOOP("messages", "机房"),
    "master": QT_TRANSLATE_NOOP("messages", "总钥匙"),
}
KEY_STATE_NAMES = {
    "in": QT_TRANSLATE_NOOP("messages", "在柜"),
    "issued": QT_TRANSLATE_NOOP("messages", "业户领用"),
    "lent": QT_TRANSLATE_NOOP("messages", "借出"),
    "lost": QT_TRANSLATE_NOOP("messages", "遗失"),
    "retired": QT_TRANSLATE_NOOP("messages", "已注销"),
}
KEY_MOVE_NAMES = {
    "issue": QT_TRANSLATE_NOOP("messages", "领用"),
    "lend": QT_TRANSLATE_NOOP("messages", "借出"),
    "return": QT_TRANSLATE_NOOP("messages", "归还"),
    "transfer": QT_TRANSLATE_NOOP("messages", "移交回柜"),
    "lost": QT_TRANSLATE_NOOP("messages", "遗失"),
    "retire": QT_TRANSLATE_NOOP("messages", "注销"),
}
KEY_CONDITION_NAMES = {
    "good": QT_TRANSLATE_NOOP("messages", "完好"),
    "damaged": QT_TRANSLATE_NOOP("messages", "损坏"),
    "incomplete": QT_TRANSLATE_NOOP("messages", "不齐"),
}
VISIT_STATE_NAMES = {
    "in": QT_TRANSLATE_NOOP("messages", "在楼"),
    "out": QT_TRANSLATE_NOOP("messages", "已离开"),
    "void": QT_TRANSLATE_NOOP("messages", "已作废"),
}


SERVICE_NAMES = {
    "cleaning": QT_TRANSLATE_NOOP("messages", "保洁"),
    "greening": QT_TRANSLATE_NOOP("messages", "绿化及花木租摆"),
    "pest": QT_TRANSLATE_NOOP("messages", "消杀及白蚁防治"),
    "facade": QT_TRANSLATE_NOOP("messages", "外墙清洗"),
    "stone": QT_TRANSLATE_NOOP("messages", "石材养护"),
}
CONTRACTOR_DOC_NAMES = {
    "contract": QT_TRANSLATE_NOOP("messages", "服务合同"),
    "licence": QT_TRANSLATE_NOOP("messages", "营业执照"),
    "qualification": QT_TRANSLATE_NOOP("messages", "资质证书"),
    "insurance": QT_TRANSLATE_NOOP("messages", "保险单"),
    "staff_list": QT_TRANSLATE_NOOP("messages", "驻场人员名单"),
    "other": QT_TRANSLATE_NOOP("messages", "其他"),
}
GRADE_NAMES = {
    "full": QT_TRANSLATE_NOOP("messages", "优（全额支付）"),
    "mid": QT_TRANSLATE_NOOP("messages", "合格（扣减）"),
    "low": QT_TRANSLATE_NOOP("messages", "不合格（扣减并书面警告）"),
}
CYCLE_NAMES = {
    "daily": QT_TRANSLATE_NOOP("messages", "每日"),
    "weekly": QT_TRANSLATE_NOOP("messages", "每周"),
    "visit": QT_TRANSLATE_NOOP("messages", "每次上门"),
}
MAIL_KIND_NAMES = {
    "parcel": QT_TRANSLATE_NOOP("messages", "快递"),
    "letter": QT_TRANSLATE_NOOP("messages", "信件"),
    "newspaper": QT_TRANSLATE_NOOP("messages", "报刊"),
    "document": QT_TRANSLATE_NOOP("messages", "文件"),
}
MAIL_STATE_NAMES = {
    "waiting": QT_TRANSLATE_NOOP("messages", "待取"),
    "collected": QT_TRANSLATE_NOOP("messages", "已取"),
    "returned": QT_TRANSLATE_NOOP("messages", "已退回"),
}
LOAN_STATE_NAMES = {
    "out": QT_TRANSLATE_NOOP("messages", "借出"),
    "returned": QT_TRANSLATE_NOOP("messages", "已归还"),
    "written_off": QT_TRANSLATE_NOOP("messages", "已核销"),
}
LEND_CATEGORY_NAMES = {
    "umbrella": QT_TRANSLATE_NOOP("messages", "雨伞"),
    "trolley": QT_TRANSLATE_NOOP("messages", "行李车/推车"),
    "tool": QT_TRANSLATE_NOOP("messages", "工具"),
    "charger": QT_TRANSLATE_NOOP("messages", "充电器/充电宝"),
    "other": QT_TRANSLATE_NOOP("messages", "其他"),
}
CHECK_KIND_NAMES = {
    "open": QT_TRANSLATE_NOOP("messages", "开班检查"),
    "close": QT_TRANSLATE_NOOP("messages", "交班检查"),
}
DUTY_CATEGORY_NAMES = {
    "safety": QT_TRANSLATE_NOOP("messages", "安全"),
    "equipment": QT_TRANSLATE_NOOP("messages", "设备"),
    "tenant": QT_TRANSLATE_NOOP("messages", "业户"),
    "other": QT_TRANSLATE_NOOP("messages", "其他"),
}
DUTY_STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("messages", "值班中"),
    "closed": QT_TRANSLATE_NOOP("messages", "待接班确认"),
    "acknowledged": QT_TRANSLATE_NOOP("messages", "已接班"),
}
# The duty log's counts (services/duty_counts.COUNTS): key -> (group, label) as the page shows them.
DUTY_COUNT_NAMES = {
    "visitors_checked_in": (QT_TRANSLATE_NOOP("messages", "访客"), QT_TRANSLATE_NOOP("messages", "访客登记")),
    "visitor_people": (QT_TRANSLATE_NOOP("messages", "访客"), QT_TRANSLATE_NOOP("messages", "来访人数")),
    "visitors_inside": (QT_TRANSLATE_NOOP("messages", "访客"), QT_TRANSLATE_NOOP("messages", "仍在楼内")),
    "requests_received": (QT_TRANSLATE_NOOP("messages", "报修投诉"), QT_TRANSLATE_NOOP("messages", "受理")),
    "requests_closed": (QT_TRANSLATE_NOOP("messages", "报修投诉"), QT_TRANSLATE_NOOP("messages", "关闭")),
    "requests_overdue": (QT_TRANSLATE_NOOP("messages", "报修投诉"), QT_TRANSLATE_NOOP("messages", "超时未办")),
    "callbacks_done": (QT_TRANSLATE_NOOP("messages", "报修投诉"), QT_TRANSLATE_NOOP("messages", "完成回访")),
    "keys_lent": (QT_TRANSLATE_NOOP("messages", "钥匙"), QT_TRANSLATE_NOOP("messages", "借出")),
    "keys_returned": (QT_TRANSLATE_NOOP("messages", "钥匙"), QT_TRANSLATE_NOOP("messages", "归还")),
    "keys_overdue": (QT_TRANSLATE_NOOP("messages", "钥匙"), QT_TRANSLATE_NOOP("messages", "逾期未还")),
    "bookings_held": (QT_TRANSLATE_NOOP("messages", "会议室"), QT_TRANSLATE_NOOP("messages", "使用场次")),
    "mail_received": (QT_TRANSLATE_NOOP("messages", "邮件快递"), QT_TRANSLATE_NOOP("messages", "收件")),
    "mail_collected": (QT_TRANSLATE_NOOP("messages", "邮件快递"), QT_TRANSLATE_NOOP("messages", "取件")),
    "mail_waiting": (QT_TRANSLATE_NOOP("messages", "邮件快递"), QT_TRANSLATE_NOOP("messages", "待取")),
    "loans_made": (QT_TRANSLATE_NOOP("messages", "前台"), QT_TRANSLATE_NOOP("messages", "物品借用")),
    "goods_released": (QT_TRANSLATE_NOOP("messages", "前台"), QT_TRANSLATE_NOOP("messages", "物品放行")),
    "lobby_checks_done": (QT_TRANSLATE_NOOP("messages", "前台"), QT_TRANSLATE_NOOP("messages", "大堂检查已做")),
    "lobby_checks_missing": (QT_TRANSLATE_NOOP("messages", "前台"), QT_TRANSLATE_NOOP("messages", "大堂检查未做")),
    "fitouts_patrolled": (QT_TRANSLATE_NOOP("messages", "装修"), QT_TRANSLATE_NOOP("messages", "巡查户数")),
    "patrol_violations": (QT_TRANSLATE_NOOP("messages", "装修"), QT_TRANSLATE_NOOP("messages", "发现违规")),
}


SCALE_NAMES = {
    "5": QT_TRANSLATE_NOOP("messages", "非常满意"),
    "4": QT_TRANSLATE_NOOP("messages", "满意"),
    "3": QT_TRANSLATE_NOOP("messages", "一般"),
    "2": QT_TRANSLATE_NOOP("messages", "不满意"),
    "1": QT_TRANSLATE_NOOP("messages", "非常不满意"),
}
QUESTION_KIND_NAMES = {
    "scale": QT_TRANSLATE_NOOP("messages", "评分"),
    "choice": QT_TRANSLATE_NOOP("messages", "单选"),
    "text": QT_TRANSLATE_NOOP("messages", "填空"),
}
FOLLOW_UP_ACTION_NAMES = {
    "work_order": QT_TRANSLATE_NOOP("messages", "派维修工单"),
    "complaint": QT_TRANSLATE_NOOP("messages", "登记投诉"),
    "call": QT_TRANSLATE_NOOP("messages", "电话/上门回访"),
}


def scale_name(score: int) -> str:
    return _name(SCALE_NAMES, str(score))


def question_kind_name(kind: str) -> str:
    return _name(QUESTION_KIND_NAMES, kind)


def follow_up_action_name(action: str) -> str:
    return _name(FOLLOW_UP_ACTION_NAMES, action)


def _name(table: dict[str, str], key: str) -> str:
    return _tr(table[key]) if key in table else key


def service_name(service: str) -> str:
    return _name(SERVICE_NAMES, service)


def contractor_doc_name(doc_type: str) -> str:
    return _name(CONTRACTOR_DOC_NAMES, doc_type)


def grade_name(grade: str) -> str:
    return _name(GRADE_NAMES, grade)


def cycle_name(cycle: str) -> str:
    return _name(CYCLE_NAMES, cycle)


def role_name(role: str) -> str:
    return _name(ROLE_NAMES, role)


def unit_state_name(state: str) -> str:
    return _name(UNIT_STATE_NAMES, state)


def tenant_kind_name(kind: str) -> str:
    return _name(TENANT_KIND_NAMES, kind)


def doc_type_name(doc_type: str) -> str:
    return _name(DOC_TYPE_NAMES, doc_type)


def key_kind_name(kind: str) -> str:
    return _name(KEY_KIND_NAMES, kind)


def key_state_name(state: str) -> str:
    return _name(KEY_STATE_NAMES, state)


def key_move_name(kind: str) -> str:
    return _name(KEY_MOVE_NAMES, kind)


def key_condition_name(condition: str) -> str:
    return _name(KEY_CONDITION_NAMES, condition)


def visit_state_name(state: str) -> str:
    return _name(VISIT_STATE_NAMES, state)


BOOKING_STATE_NAMES = {
    "tentative": QT_TRANSLATE_NOOP("messages", "待审批"),
    "confirmed": QT_TRANSLATE_NOOP("messages", "已确认"),
    "in_use": QT_TRANSLATE_NOOP("messages", "使用中"),
    "completed": QT_TRANSLATE_NOOP("messages", "已完成"),
    "cancelled": QT_TRANSLATE_NOOP("messages", "已取消"),
    "no_show": QT_TRANSLATE_NOOP("messages", "未签到释放"),
}
EQUIPMENT_NAMES = {
    "projector": QT_TRANSLATE_NOOP("messages", "投影仪"),
    "screen": QT_TRANSLATE_NOOP("messages", "幕布"),
    "microphones": QT_TRANSLATE_NOOP("messages", "麦克风"),
    "video_conference": QT_TRANSLATE_NOOP("messages", "视频会议"),
    "whiteboard": QT_TRANSLATE_NOOP("messages", "白板"),
    "tv": QT_TRANSLATE_NOOP("messages", "电视"),
}
LAYOUT_NAMES = {
    "theatre": QT_TRANSLATE_NOOP("messages", "剧院式"),
    "classroom": QT_TRANSLATE_NOOP("messages", "课桌式"),
    "u_shape": QT_TRANSLATE_NOOP("messages", "U 形"),
    "boardroom": QT_TRANSLATE_NOOP("messages", "会议桌式"),
}
MEETING_SERVICE_NAMES = {
    "tea_water": QT_TRANSLATE_NOOP("messages", "茶水"),
    "fruit": QT_TRANSLATE_NOOP("messages", "果盘"),
    "flowers": QT_TRANSLATE_NOOP("messages", "台花"),
    "name_plates": QT_TRANSLATE_NOOP("messages", "桌牌"),
    "projector_setup": QT_TRANSLATE_NOOP("messages", "投影调试"),
}


def booking_state_name(state: str) -> str:
    return _name(BOOKING_STATE_NAMES, state)


def equipment_name(code: str) -> str:
    return _name(EQUIPMENT_NAMES, code)


def layout_name(code: str) -> str:
    return _name(LAYOUT_NAMES, code)


def meeting_service_name(code: str) -> str:
    return _name(MEETING_SERVICE_NAMES, code)


def fitout_state_name(state: str) -> str:
    return _name(FITOUT_STATE_NAMES, state)


def fitout_action_name(action: str) -> str:
    return _name(FITOUT_ACTION_NAMES, action)


def mail_kind_name(kind: str) -> str:
    return _name(MAIL_KIND_NAMES, kind)


def mail_state_name(state: str) -> str:
    return _name(MAIL_STATE_NAMES, state)


def loan_state_name(state: str) -> str:
    return _name(LOAN_STATE_NAMES, state)


def lend_category_name(category: str) -> str:
    return _name(LEND_CATEGORY_NAMES, category)


def check_kind_name(kind: str) -> str:
    return _name(CHECK_KIND_NAMES, kind)


def duty_category_name(category: str) -> str:
    return _name(DUTY_CATEGORY_NAMES, category)


def duty_state_name(state: str) -> str:
    return _name(DUTY_STATE_NAMES, state)


def duty_count_name(key: str) -> tuple[str, str]:
    """(group, label) of a duty-log count, translated; the key itself for a count added later without a name."""
    group, label = DUTY_COUNT_NAMES.get(key, ("", key))
    return (_tr(group) if group else "", _tr(label) if group else label)
