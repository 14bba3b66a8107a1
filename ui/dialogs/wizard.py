"""The first-run set-up on an empty database: the site, its floors and units, the first admin — all or nothing."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QVBoxLayout, QWidget, QWizard, QWizardPage

from services import auth, building
from services.access import Actor
from services.auth import UserInput
from services.errors import ValidationError
from services.sheets import SheetError
from services.site import SetupInput, check_site, set_up_site
from services.site_config import SiteConfig
from ui.dialogs.password_dialog import password_edit, password_hint, repeat_matches
from ui.dialogs.wizard_units import GENERATE, IMPORT, UnitsSetupPage
from ui.forms import FieldErrors, call_service
from ui.page_bits import note
from ui.site_form import SiteForm

SITE_PAGE, UNITS_PAGE, ADMIN_PAGE = 0, 1, 2
SITE_FIELDS = {"name", "address", "phone", "timezone", "logo"}
UNIT_FIELDS = {"first_floor", "last_floor", "per_floor", "area", "skip_floors", "import_file"}


class SitePage(QWizardPage):
    """Page 1: checked by the site service before Next, so a refusal shows here and not at Finish."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.setTitle(self.tr("项目信息"))
        self.setSubTitle(self.tr("这些内容印在登记表、通知单和访客证的抬头上，以后可在“设置”页修改。"))
        self.form = SiteForm(errors)
        QVBoxLayout(self).addWidget(self.form)

    def validatePage(self) -> bool:  # noqa: N802
        data = self.form.read()
        return bool(call_service(self, self.errors, lambda: check_site(data) or True))


class AdminPage(QWizardPage):
    """Page 3: the first admin; Finish creates everything."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("第一位系统管理员"))
        self.setSubTitle(self.tr("用这个账户登录，再在“用户管理”页为同事建立账户。请记住密码。"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("字母或数字，如 admin"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = password_edit("password")
        self.password.setPlaceholderText(password_hint(0))  # no site yet: the default rules
        self.repeat = password_edit("repeat")
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors.add_row(form, self.tr("用户名 *"), "username", self.username)
        errors.add_row(form, self.tr("姓名 *"), "full_name", self.full_name)
        errors.add_row(form, self.tr("密码 *"), "password", self.password)
        errors.add_row(form, self.tr("再输一次 *"), "repeat", self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note(self.tr("点“完成”后，项目、单元和管理员账户一次建立；任何一项被拒绝，都不会留下半成品。")))
        layout.addStretch(1)

    def read(self) -> UserInput:
        return UserInput(username=self.username.text(), full_name=self.full_name.text(), role="admin",
                         password=self.password.text())

    def validatePage(self) -> bool:  # noqa: N802
        wizard = self.wizard()
        return isinstance(wizard, SetupWizard) and wizard.finish()


class SetupWizard(QWizard):
    """After Finish, `result_actor` is the admin, logged in; `units_made` how many units were stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.result_actor: Actor | None = None
        self.units_made = 0
        self.setWindowTitle(self.tr("楼宇客服台 — 首次设置"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(760, 620)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("下一步")),
                             (QWizard.WizardButton.BackButton, self.tr("上一步")),
                             (QWizard.WizardButton.FinishButton, self.tr("完成")),
                             (QWizard.WizardButton.CancelButton, self.tr("取消"))):
            self.setButtonText(button, text)
        self.site_page = SitePage(self.errors)
        self.units_page = UnitsSetupPage(self.errors)
        self.admin_page = AdminPage(self.errors)
        for number, page in ((SITE_PAGE, self.site_page), (UNITS_PAGE, self.units_page), (ADMIN_PAGE, self.admin_page)):
            self.setPage(number, page)
        self.setStartId(SITE_PAGE)

    def finish(self) -> bool:
        """Create the site and its admin, log in, make the units — in one transaction, so a refusal leaves nothing."""
        self.errors.clear()
        if not repeat_matches(self.errors, self.admin_page.password, self.admin_page.repeat):
            return False
        try:
            plan = self.units_page.plan()
            setup = SetupInput(site=self.site_page.form.read(), admin=self.admin_page.read(),
                               generate=plan.generate if plan.mode == GENERATE else None,
                               sheet=plan.sheet if plan.mode == IMPORT else None)
            site_id = set_up_site(setup)
        except ValidationError as exc:
            self._refused(exc)
            return False
        except SheetError as exc:
            self._refused(ValidationError("import_file", exc.code, detail=exc.detail))
            return False
        actor = auth.login(site_id, setup.admin.username, setup.admin.password)
        self.result_actor, self.units_made = actor, building.search_units(by=actor, page_size=1).total
        return True

    def _refused(self, exc: ValidationError) -> None:
        """Show each problem by its field and go back to the page that holds the first one."""
        unplaced = self.errors.show(exc)
        fields = {p.field for p in exc.problems}
        target = SITE_PAGE if fields & SITE_FIELDS else UNITS_PAGE if fields & UNIT_FIELDS else ADMIN_PAGE
        while self.currentId() > target:
            self.back()
        if unplaced:
            QMessageBox.warning(self, self.tr("请检查输入"), "\n".join(unplaced))


def run_wizard(parent: QWidget | None = None, config: SiteConfig | None = None) -> Actor | None:
    """Show the wizard (the site folder's name, address, phone and logo filled in); the logged-in admin once
    the site is set up, or None if it was cancelled."""
    wizard = SetupWizard(parent)
    if config is not None:
        wizard.site_page.form.fill_from(config)
    wizard.exec()
    return wizard.result_actor
