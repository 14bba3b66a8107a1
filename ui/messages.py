"""The clerk-facing text of every message code the services raise, translated through Qt."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def message(code: str, params: dict | None = None) -> str:
    """The translated sentence for a service message code, with its parameters filled in."""
    params = params or {}
    texts = {
        "required": _t("必填"),
        "too_long": _t("太长：最多 {maximum} 个字"),
        "control_chars": _t("含有不可见的控制字符"),
        "date": _t("日期无效"),
        "date_range": _t("日期超出合理范围"),
        "date_future": _t("日期不能晚于今天"),
        "id.length": _t("身份证号应为 18 位"),
        "id.chars": _t("身份证号只能是数字，最后一位可为 X"),
        "id.region": _t("身份证号的地区码无效"),
        "id.birthdate": _t("身份证号中的出生日期无效"),
        "id.checksum": _t("身份证号校验位不符，请核对"),
        "uscc.length": _t("统一社会信用代码应为 18 位"),
        "uscc.chars": _t("统一社会信用代码含有无效字符"),
        "uscc.checksum": _t("统一社会信用代码校验位不符，请核对"),
        "mobile.format": _t("手机号应为 11 位，以 1 开头"),
        "phone.format": _t("电话号码格式不对（手机 11 位，或座机如 0755-86001234）"),
        "passport.format": _t("护照号格式不对"),
        "hkmo.format": _t("港澳通行证号格式不对"),
        "taiwan.format": _t("台胞证号格式不对"),
        "doc.format": _t("证件号格式不对"),
        "tenant.kind": _t("请选择业主或租户"),
        "tenant.credit_taken": _t("该信用代码已登记给“{tenant}”"),
        "tenant.lease_order": _t("租期结束不能早于开始"),
        "tenant.unit_unknown": _t("没有单元 {unit}"),
        "tenant.unit_taken": _t("单元 {unit} 已由“{tenant}”使用"),
        "tenant.one_primary": _t("只能有一位主要联系人"),
        "document.type": _t("请选择资料类型"),
        "document.too_big": _t("文件太大（最大 20 MB）"),
        "unit.code": _t("单元号只能含字母、数字和“-”，如 12F-1205"),
        "unit.taken": _t("该单元号已存在"),
        "unit.floor": _t("楼层无效（如 12F、B1）"),
        "unit.floor_range": _t("结束楼层应不低于开始楼层"),
        "unit.per_floor": _t("每层单元数应为 1–99"),
        "unit.area": _t("面积应为大于 0 的数字（m²）"),
        "user.username": _t("用户名为 2–40 位字母、数字、点、横线或下划线"),
        "user.taken": _t("该用户名已被使用"),
        "user.role": _t("请选择角色"),
        "user.self_demote": _t("不能取消自己的管理员身份或停用自己"),
        "password.short": _t("密码至少 {minimum} 位"),
        "password.weak": _t("密码须同时含有字母和数字"),
        "password.wrong": _t("原密码不正确"),
        "password.same": _t("新密码不能与原密码相同"),
        "password.mismatch": _t("两次输入的密码不一致"),
        "site.timezone": _t("时区无效"),
        "site.logo_size": _t("标志图片太大（最大 2 MB）"),
        "site.logo_format": _t("标志须为 PNG 或 JPEG 图片"),
        "setting.int": _t("请输入整数"),
        "setting.range": _t("应在 {minimum} 到 {maximum} 之间"),
        "setting.choice": _t("请从列表中选择"),
        "setting.bool": _t("请选择是或否"),
        "setting.unknown": _t("未知设置"),
        "sheet.format": _t("只能导入 .xlsx 或 .csv 文件"),
        "sheet.unreadable": _t("文件无法读取"),
        "sheet.no_sheet": _t("工作簿中没有该工作表"),
        "sheet.no_header": _t("前 10 行中找不到表头"),
        "sheet.missing_columns": _t("缺少列：{detail}"),
    }
    text = texts.get(code, code)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def role_name(role: str) -> str:
    return {
        "clerk": _t("客服员"), "steward": _t("楼层管家"), "supervisor": _t("客服主管"),
        "manager": _t("客服经理"), "engineer": _t("工程部审核"), "admin": _t("系统管理员"),
    }.get(role, role)


def unit_state_name(state: str) -> str:
    return {"vacant": _t("空置"), "occupied": _t("已入住"), "fitting_out": _t("装修中")}.get(state, state)


def tenant_kind_name(kind: str) -> str:
    return {"lessee": _t("租户"), "owner": _t("业主")}.get(kind, kind)


def doc_type_name(doc_type: str) -> str:
    return {
        "business_licence": _t("营业执照/单位证明"), "id_copy": _t("身份证复印件"), "authorisation": _t("委托书"),
        "lease": _t("租赁/购房合同"), "move_in_notice": _t("入住通知单"), "agreement": _t("管理公约/协议"),
        "approval": _t("批准文件"), "other": _t("其他"),
    }.get(doc_type, doc_type)
