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
    "sheet.format": QT_TRANSLATE_NOOP("messages", "只能导入 .xlsx 或 .csv 文件"),
    "sheet.unreadable": QT_TRANSLATE_NOOP("messages", "文件无法读取"),
    "sheet.no_sheet": QT_TRANSLATE_NOOP("messages", "工作簿中没有该工作表"),
    "sheet.no_header": QT_TRANSLATE_NOOP("messages", "前 10 行中找不到表头"),
    "sheet.missing_columns": QT_TRANSLATE_NOOP("messages", "缺少列：{detail}"),
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
