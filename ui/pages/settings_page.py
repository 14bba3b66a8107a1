"""Settings: the site's letterhead details, the business settings (drawn from the SETTINGS registry), my password."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services import settings
from services.settings import SETTINGS, SettingDef
from services.site import get_site, update_site
from ui.context import DeskContext
from ui.dialogs.password_dialog import PasswordDialog
from ui.forms import FieldErrors, call_service
from ui.icons import icon
from ui.messages import role_name
from ui.page_bits import note, who_may
from ui.pages.print_settings import PrintSettingsBox
from ui.site_form import SiteForm

SAVED_STYLE = "color: #2e7d32;"


def _t(text: str) -> str:
    return QCoreApplication.translate("settings_page", text)


# Marked for lupdate here, translated when shown.
SETTING_LABELS = {
    "login.max_failures": QT_TRANSLATE_NOOP("settings_page", "登录失败锁定次数"),
    "login.lock_minutes": QT_TRANSLATE_NOOP("settings_page", "锁定分钟数"),
    "login.idle_lock_minutes": QT_TRANSLATE_NOOP("settings_page", "空闲自动锁定（分钟）"),
    "password.min_length": QT_TRANSLATE_NOOP("settings_page", "密码最短长度"),
    "backup.keep": QT_TRANSLATE_NOOP("settings_page", "保留备份份数"),
    "privacy.retention_days": QT_TRANSLATE_NOOP("settings_page", "访客个人信息保留天数"),
    "ui.language": QT_TRANSLATE_NOOP("settings_page", "界面语言"),
    "print.pass_format": QT_TRANSLATE_NOOP("settings_page", "访客证默认格式"),
    "keys.default_loan_hours": QT_TRANSLATE_NOOP("settings_page", "钥匙默认借用时长（小时）"),
    "keys.max_loan_days": QT_TRANSLATE_NOOP("settings_page", "钥匙最长借用天数"),
    "keys.lost_charge": QT_TRANSLATE_NOOP("settings_page", "钥匙遗失默认赔偿（元）"),
    "visitors.pass_numbering": QT_TRANSLATE_NOOP("settings_page", "出入证编号"),
    "visitors.closing_hour": QT_TRANSLATE_NOOP("settings_page", "闭馆时间（点）"),
    "visitors.auto_sign_out": QT_TRANSLATE_NOOP("settings_page", "到点自动签离"),
    "visitors.auto_sign_out_hour": QT_TRANSLATE_NOOP("settings_page", "自动签离时间（点）"),
    **{f"requests.{rule}.{part}": label for rule, (amount, unit) in {
        "complaint_major.escalate": (QT_TRANSLATE_NOOP("settings_page", "重大投诉·上报时限"),
                                     QT_TRANSLATE_NOOP("settings_page", "重大投诉·上报计时方式")),
        "complaint_major.reply": (QT_TRANSLATE_NOOP("settings_page", "重大投诉·答复业户时限"),
                                  QT_TRANSLATE_NOOP("settings_page", "重大投诉·答复计时方式")),
        "complaint_major.resolve": (QT_TRANSLATE_NOOP("settings_page", "重大投诉·处理完毕时限"),
                                    QT_TRANSLATE_NOOP("settings_page", "重大投诉·处理计时方式")),
        "complaint_important.escalate": (QT_TRANSLATE_NOOP("settings_page", "重要投诉·上报主管时限"),
                                         QT_TRANSLATE_NOOP("settings_page", "重要投诉·上报计时方式")),
        "complaint_important.resolve": (QT_TRANSLATE_NOOP("settings_page", "重要投诉·处理完毕时限"),
                                        QT_TRANSLATE_NOOP("settings_page", "重要投诉·处理计时方式")),
        "complaint_minor.resolve": (QT_TRANSLATE_NOOP("settings_page", "一般投诉·处理完毕时限"),
                                    QT_TRANSLATE_NOOP("settings_page", "一般投诉·处理计时方式")),
        "complaint.tell": (QT_TRANSLATE_NOOP("settings_page", "投诉结果告知业户时限"),
                           QT_TRANSLATE_NOOP("settings_page", "结果告知计时方式")),
        "repair.resolve": (QT_TRANSLATE_NOOP("settings_page", "报修·完工时限"),
                           QT_TRANSLATE_NOOP("settings_page", "报修·完工计时方式")),
        "other.resolve": (QT_TRANSLATE_NOOP("settings_page", "咨询/建议/求助·办结时限"),
                          QT_TRANSLATE_NOOP("settings_page", "咨询/建议/求助·计时方式")),
        "callback.safety": (QT_TRANSLATE_NOOP("settings_page", "回访·消防安全设施维修"),
                            QT_TRANSLATE_NOOP("settings_page", "回访·消防安全设施计时方式")),
        "callback.leak": (QT_TRANSLATE_NOOP("settings_page", "回访·渗漏（闭水试验后）"),
                          QT_TRANSLATE_NOOP("settings_page", "回访·渗漏计时方式")),
        "callback.other": (QT_TRANSLATE_NOOP("settings_page", "回访·其他维修"),
                           QT_TRANSLATE_NOOP("settings_page", "回访·其他维修计时方式")),
    }.items() for part, label in (("amount", amount), ("unit", unit))},
    "rooms.buffer_minutes": QT_TRANSLATE_NOOP("settings_page", "会议室布场/清场间隔（分钟）"),
    "rooms.no_show_minutes": QT_TRANSLATE_NOOP("settings_page", "未签到释放（开始后分钟）"),
    "rooms.free_hours_per_month": QT_TRANSLATE_NOOP("settings_page", "业户每月免费会议室小时"),
    "fees.rounding": QT_TRANSLATE_NOOP("settings_page", "账单行金额舍入方式"),
    "fees.round_to": QT_TRANSLATE_NOOP("settings_page", "舍入到"),
    "fees.due_days": QT_TRANSLATE_NOOP("settings_page", "开具后缴费期限（天）"),
    "fees.jump_factor": QT_TRANSLATE_NOOP("settings_page", "读数跳变警戒倍数"),
    "fees.letter_after_months": QT_TRANSLATE_NOOP("settings_page", "电话提醒后几个月发催缴函"),
    "contractors.full_mark": QT_TRANSLATE_NOOP("settings_page", "外包考评·全额付费分数线"),
    "contractors.pass_mark": QT_TRANSLATE_NOOP("settings_page", "外包考评·合格分数线"),
    "contractors.mid_deduction": QT_TRANSLATE_NOOP("settings_page", "合格未达全额时扣减服务费（%）"),
    "contractors.low_deduction": QT_TRANSLATE_NOOP("settings_page", "不合格时扣减服务费（%）"),
    "contractors.serious_penalty": QT_TRANSLATE_NOOP("settings_page", "每项严重不合格罚款（元）"),
    "contractors.review_months": QT_TRANSLATE_NOOP("settings_page", "连续几个月不合格提请合同评审"),
    "contractors.rectify_days": QT_TRANSLATE_NOOP("settings_page", "整改默认期限（天）"),
    "contractors.expiry_days": QT_TRANSLATE_NOOP("settings_page", "合同到期提醒（天）"),
    "surveys.dissatisfied_score": QT_TRANSLATE_NOOP("settings_page", "满意度调查·单项评分不高于几分需跟进"),
    "surveys.overall_below": QT_TRANSLATE_NOOP("settings_page", "满意度调查·平均分低于几分需跟进"),
    "mail.uncollected_days": QT_TRANSLATE_NOOP("settings_page", "邮件快递超过几天未取提醒"),
    "mail.couriers": QT_TRANSLATE_NOOP("settings_page", "快递公司列表"),
    "mail.shelves": QT_TRANSLATE_NOOP("settings_page", "快递存放货架"),
    "lending.default_loan_hours": QT_TRANSLATE_NOOP("settings_page", "物品默认借用时长（小时）"),
    "lending.write_off_days": QT_TRANSLATE_NOOP("settings_page", "借用物品逾期几天后可核销"),
    "fitout.debris_rate": QT_TRANSLATE_NOOP("settings_page", "装修垃圾清运费（元/m²）"),
    "fitout.deposit": QT_TRANSLATE_NOOP("settings_page", "装修押金（元）"),
    "fitout.pass_deposit": QT_TRANSLATE_NOOP("settings_page", "每张出入证押金（元）"),
    "fitout.follow_up_months": QT_TRANSLATE_NOOP("settings_page", "验收后几个月复验"),
    "fitout.working_hours": QT_TRANSLATE_NOOP("settings_page", "允许噪音施工时间"),
    "fitout.completion_items": QT_TRANSLATE_NOOP("settings_page", "竣工验收项目"),
    "fitout.fire_items": QT_TRANSLATE_NOOP("settings_page", "消防验收项目"),
    "fitout.follow_up_items": QT_TRANSLATE_NOOP("settings_page", "复验项目"),
    "visits.interval_days": QT_TRANSLATE_NOOP("settings_page", "业户走访周期（天）"),
    "visits.plan_ahead_days": QT_TRANSLATE_NOOP("settings_page", "走访计划提前天数"),
    "duty.shifts": QT_TRANSLATE_NOOP("settings_page", "班次"),
}
SETTING_HINTS = {
    "requests.complaint_major.escalate.amount": QT_TRANSLATE_NOOP("settings_page", "0 天表示当天之内"),
    "requests.complaint.tell.amount": QT_TRANSLATE_NOOP("settings_page", "0 天表示处理完毕当天"),
    "login.idle_lock_minutes": QT_TRANSLATE_NOOP("settings_page", "0 表示不自动锁定"),
    "privacy.retention_days": QT_TRANSLATE_NOOP("settings_page", "到期后访客的证件号、照片等自动清除"),
    "ui.language": QT_TRANSLATE_NOOP("settings_page", "下次登录时生效"),
    "visitors.closing_hour": QT_TRANSLATE_NOOP("settings_page", "出入证默认有效至此时；此后未签离的列入“闭馆未签离”"),
    "visitors.auto_sign_out": QT_TRANSLATE_NOOP("settings_page", "未签离的出入证在下面的时间自动签离，记为“自动”"),
    "rooms.buffer_minutes": QT_TRANSLATE_NOOP("settings_page", "两场会议之间至少留出的时间"),
    "rooms.free_hours_per_month": QT_TRANSLATE_NOOP("settings_page", "超出部分按会议室单价收费"),
    "fees.jump_factor": QT_TRANSLATE_NOOP("settings_page", "本月用量超过近三个月平均用量的该倍数时须确认"),
    "mail.couriers": QT_TRANSLATE_NOOP("settings_page", "用顿号“、”分隔，登记快递时从中选择"),
    "mail.shelves": QT_TRANSLATE_NOOP("settings_page", "用顿号“、”分隔"),
    "fitout.follow_up_months": QT_TRANSLATE_NOOP("settings_page", "复验合格后才能退装修押金"),
    "fitout.completion_items": QT_TRANSLATE_NOOP("settings_page", "各项之间用“；”分隔"),
    "fitout.fire_items": QT_TRANSLATE_NOOP("settings_page", "各项之间用“；”分隔"),
    "fitout.follow_up_items": QT_TRANSLATE_NOOP("settings_page", "各项之间用“；”分隔"),
    "visits.interval_days": QT_TRANSLATE_NOOP("settings_page", "单个业户可在“前台服务 › 业户走访”里另设周期"),
    "visits.plan_ahead_days": QT_TRANSLATE_NOOP("settings_page", "生成计划时纳入此天数内到期的业户"),
    "duty.shifts": QT_TRANSLATE_NOOP("settings_page",
                                     "每班“名称 开始-结束”，用“；”分隔；结束早于开始表示跨过午夜，如 夜班 20:00-08:00"),
}
CHOICE_LABELS = {"zh_CN": QT_TRANSLATE_NOOP("settings_page", "简体中文"), "en": "English", "A6": "A6",
                 "LABEL_62": QT_TRANSLATE_NOOP("settings_page", "62 mm 标签"),
                 "hours": QT_TRANSLATE_NOOP("settings_page", "小时（自然时间）"),
                 "workhours": QT_TRANSLATE_NOOP("settings_page", "工作小时（节假日不计）"),
                 "days": QT_TRANSLATE_NOOP("settings_page", "天（自然日）"),
                 "workdays": QT_TRANSLATE_NOOP("settings_page", "工作日（法定节假日不计，调休上班日计）"),
                 "half_up": QT_TRANSLATE_NOOP("settings_page", "四舍五入"),
                 "half_even": QT_TRANSLATE_NOOP("settings_page", "银行家舍入（四舍六入五成双）"),
                 "down": QT_TRANSLATE_NOOP("settings_page", "舍去"),
                 "0.01": QT_TRANSLATE_NOOP("settings_page", "分（0.01 元）"),
                 "0.1": QT_TRANSLATE_NOOP("settings_page", "角（0.1 元）"),
                 "1": QT_TRANSLATE_NOOP("settings_page", "元")}
SECURITY = QT_TRANSLATE_NOOP("settings_page", "登录与安全")
BACKUP = QT_TRANSLATE_NOOP("settings_page", "备份与隐私")
INTERFACE = QT_TRANSLATE_NOOP("settings_page", "界面与打印")
KEYS = QT_TRANSLATE_NOOP("settings_page", "钥匙管理")
VISITORS = QT_TRANSLATE_NOOP("settings_page", "访客")
REQUESTS = QT_TRANSLATE_NOOP("settings_page", "报修投诉与回访时限")
FEES = QT_TRANSLATE_NOOP("settings_page", "收费")
FRONT_DESK = QT_TRANSLATE_NOOP("settings_page", "前台服务")
GROUP_TITLES = {"login": SECURITY, "password": SECURITY, "backup": BACKUP, "privacy": BACKUP,
                "ui": INTERFACE, "print": INTERFACE, "keys": KEYS, "visitors": VISITORS, "requests": REQUESTS,
                "rooms": QT_TRANSLATE_NOOP("settings_page", "会议室"), "fees": FEES,
                "contractors": QT_TRANSLATE_NOOP("settings_page", "外包服务考评"),
                "fitout": QT_TRANSLATE_NOOP("settings_page", "装修"), "mail": FRONT_DESK, "lending": FRONT_DESK,
                "visits": FRONT_DESK, "duty": QT_TRANSLATE_NOOP("settings_page", "值班日志")}
OTHER_GROUP = QT_TRANSLATE_NOOP("settings_page", "其他")


def setting_label(key: str) -> str:
    """The clerk-facing name of a setting; a setting added later without a name shows its key."""
    return _t(SETTING_LABELS[key]) if key in SETTING_LABELS else key


def setting_hint(key: str) -> str:
    return _t(SETTING_HINTS[key]) if key in SETTING_HINTS else ""


def choice_label(value: str) -> str:
    return _t(CHOICE_LABELS[value]) if value in CHOICE_LABELS else value


def group_title(key: str) -> str:
    return _t(GROUP_TITLES.get(key.split(".")[0], OTHER_GROUP))


def setting_widget(spec: SettingDef) -> QWidget:
    """An editor fitted to the setting's kind and bounds (the service checks again on save)."""
    if spec.choices:
        combo = QComboBox()
        for value in spec.choices:
            combo.addItem(choice_label(value), value)
        widget: QWidget = combo
    elif spec.kind is bool:
        widget = QCheckBox()
    elif spec.kind is int:
        spin = QSpinBox()
        spin.setRange(spec.minimum if spec.minimum is not None else -10**9,
                      spec.maximum if spec.maximum is not None else 10**9)
        widget = spin
    else:
        widget = QLineEdit()
    widget.setObjectName(spec.key)
    # A text setting as wide as its default needs (a list of couriers, working hours), within reason.
    wide = isinstance(widget, QLineEdit) and len(str(spec.default)) > 12
    widget.setMinimumWidth(min(440, 15 * len(str(spec.default))) if wide else 160)
    return widget


def set_value(widget: QWidget, value: object) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


def value_of(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    return widget.text() if isinstance(widget, QLineEdit) else None


def save_row(button: QPushButton, status: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(status, 1)
    row.addWidget(button)
    return row


class SettingsPage(QWidget):
    """Editable for managers; read-only for the rest, with a line naming who may change it."""

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.site_errors = FieldErrors()
        self.setting_errors = FieldErrors()

        # The letterhead.
        self.site_form = SiteForm(self.site_errors)
        self.save_site_button = QPushButton(icon("save"), self.tr("保存项目信息"))
        self.save_site_button.setObjectName("save_site")
        self.save_site_button.clicked.connect(self.save_site)
        self.site_status = QLabel()
        self.site_note = note(self.tr("只有{roles}可以修改项目信息。").format(roles=who_may("site.edit")))
        site_box = QGroupBox(self.tr("项目信息（表单抬头）"))
        site_layout = QVBoxLayout(site_box)
        site_layout.setSpacing(10)
        site_layout.addWidget(self.site_note)
        site_layout.addWidget(self.site_form)
        site_layout.addLayout(save_row(self.save_site_button, self.site_status))

        # The business settings, grouped by their key's prefix.
        self.setting_widgets: dict[str, QWidget] = {}
        groups: dict[str, QFormLayout] = {}
        business = QVBoxLayout()
        for key, spec in SETTINGS.items():
            title = group_title(key)
            if title not in groups:
                box = QGroupBox(title)
                groups[title] = QFormLayout(box)
                groups[title].setVerticalSpacing(8)
                groups[title].setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
                groups[title].setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                business.addWidget(box)
            widget = setting_widget(spec)
            self.setting_widgets[key] = widget
            self.setting_errors.add_row(groups[title], setting_label(key), key, widget)
            if setting_hint(key):
                hint = note(setting_hint(key))
                hint.setWordWrap(False)
                groups[title].addRow("", hint)
        self.setting_note = note(self.tr("只有{roles}可以修改业务设置。").format(roles=who_may("settings.edit")))
        self.save_settings_button = QPushButton(icon("save"), self.tr("保存设置"))
        self.save_settings_button.setObjectName("save_settings")
        self.save_settings_button.clicked.connect(self.save_settings)
        self.settings_status = QLabel()
        business.insertWidget(0, self.setting_note)
        business.addLayout(save_row(self.save_settings_button, self.settings_status))
        business.addStretch(1)

        # My account.
        me = QLabel(self.tr("当前用户：{name}（{user}，{role}）").format(
            name=ctx.actor.full_name, user=ctx.actor.username, role=role_name(ctx.actor.role)))
        self.password_button = QPushButton(icon("password"), self.tr("修改我的密码…"))
        self.password_button.setObjectName("change_password")
        self.password_button.clicked.connect(self.change_password)
        account = QGroupBox(self.tr("我的账户"))
        account_layout = QHBoxLayout(account)
        account_layout.addWidget(me, 1)
        account_layout.addWidget(self.password_button)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(site_box)
        left.addWidget(account)
        self.print_box = PrintSettingsBox()
        left.addWidget(self.print_box)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(business, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 4, 12, 12)
        content_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.site_editable = ctx.can("site.edit")
        self.settings_editable = ctx.can("settings.edit")
        self.site_form.set_editable(self.site_editable)
        self.save_site_button.setEnabled(self.site_editable)
        self.site_note.setVisible(not self.site_editable)
        for widget in self.setting_widgets.values():
            widget.setEnabled(self.settings_editable)
        self.save_settings_button.setEnabled(self.settings_editable)
        self.setting_note.setVisible(not self.settings_editable)
        self.refresh()

    def refresh(self) -> None:
        self.site_errors.clear()
        self.setting_errors.clear()
        self.site_status.clear()
        self.settings_status.clear()
        self.site_form.load(get_site(self.ctx.actor.site_id))
        self.site_form.set_editable(self.site_editable)
        for key, value in settings.all_settings(self.ctx.actor.site_id).items():
            set_value(self.setting_widgets[key], value)

    def save_site(self) -> bool:
        data = self.site_form.read()
        done = call_service(self, self.site_errors, lambda: update_site(data, by=self.ctx.actor) or True)
        if done:
            self.ctx.site = get_site(self.ctx.actor.site_id)
            self._saved(self.site_status, self.tr("项目信息已保存。"))
        return bool(done)

    def save_settings(self) -> bool:
        values = {key: value_of(widget) for key, widget in self.setting_widgets.items()}
        stored = call_service(self, self.setting_errors, lambda: settings.update_settings(values, by=self.ctx.actor))
        if stored is None:
            return False
        for key, value in stored.items():
            set_value(self.setting_widgets[key], value)
        self._saved(self.settings_status, self.tr("设置已保存，本项目的所有客服台都会使用新设置。"))
        return True

    @staticmethod
    def _saved(label: QLabel, text: str) -> None:
        label.setStyleSheet(SAVED_STYLE)
        label.setText(text)

    def change_password(self) -> PasswordDialog:
        dialog = PasswordDialog(self.ctx, self)
        dialog.open()
        return dialog
