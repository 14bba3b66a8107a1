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


def _name(table: dict[str, str], key: str) -> str:
    return _tr(table[key]) if key in table else key


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
