"""Notices (公告 / 温馨提示): templates with placeholders, drafting, publishing, withdrawing, the boards' printout."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from models import Floor, Site, Tenant, db, now
from models.desk_services import Notice, NoticeTemplate
from services.access import Actor, require
from services.audit import record, snapshot
from services.errors import NotFound, Problems, ValidationError
from services.numbering import next_number, take_serials
from services.paging import Page
from services.records import of_site, save_versioned

AUDIENCES = ("all", "floors", "tenants")
VIEWS = ("current", "draft", "history", "all")
PLACEHOLDER = re.compile(r"\{([^{}\s]{1,12})\}")
# Filled from the site itself, never asked of the clerk.
AUTO = ("项目名称", "服务中心电话")
MAX_DAYS = 366  # a notice longer than a year belongs on a permanent sign, not the notice board

# The usual cases, as a new site starts with them (a supervisor edits them in the templates dialog).
DEFAULT_TEMPLATES = (
    ("weather", "天气预警", "温馨提示：{预警信号}",
     "尊敬的各位业户：\n据{发布单位}消息，{日期}{时段}本市将出现{天气情况}，{预警信号}已生效。"
     "请各位业户关好门窗，收好窗台及室外物品，下班时关闭电源；外出请注意交通安全，非必要不外出。\n"
     "如遇漏水、停电等紧急情况，请及时致电服务中心：{服务中心电话}。\n感谢您的理解与配合！"),
    ("water_cut", "停水通知", "停水通知",
     "尊敬的各位业户：\n因{原因}，定于{日期} {开始时间}至{结束时间}对{范围}暂停供水。"
     "请各位业户提前做好储水准备；停水期间请关闭水龙头，以免恢复供水时造成浸水。如有变化，另行通知。\n"
     "由此带来的不便，敬请谅解！咨询电话：{服务中心电话}"),
    ("power_cut", "停电通知", "停电通知",
     "尊敬的各位业户：\n因{原因}，定于{日期} {开始时间}至{结束时间}对{范围}暂停供电，期间空调及部分电梯同时停止运行。"
     "请各位业户提前保存电脑资料、关闭用电设备，恢复供电后再逐一开启。\n"
     "由此带来的不便，敬请谅解！咨询电话：{服务中心电话}"),
    ("fire_drill", "消防演习", "消防疏散演习通知",
     "尊敬的各位业户：\n为提高大厦全体人员的消防安全意识和应急疏散能力，定于{日期} {时间}举行消防疏散演习，"
     "演习范围：{范围}。届时将鸣响警铃并启动应急广播，请各业户组织员工听从现场指挥，沿疏散楼梯有序撤离至{集合地点}，"
     "切勿乘坐电梯。\n感谢您的支持与配合！咨询电话：{服务中心电话}"),
    ("lift", "电梯维保", "电梯维护保养通知",
     "尊敬的各位业户：\n因{原因}，定于{日期} {开始时间}至{结束时间}对{电梯}进行维护保养，期间该电梯暂停使用，"
     "请搭乘其他电梯。\n由此带来的不便，敬请谅解！咨询电话：{服务中心电话}"),
    ("holiday", "节假日服务", "{节日}期间服务安排",
     "尊敬的各位业户：\n{节日}将至，{放假时间}期间服务中心值班时间为{值班时间}；空调供应安排：{空调安排}。"
     "节日期间进出大厦请出示工作证件并配合安保人员登记，离开办公室前请关好门窗、切断电源。\n"
     "值班电话：{服务中心电话}。祝各位业户节日快乐！"),
)


def placeholders(*texts: str) -> list[str]:
    """The `{名称}` marks of a template in the order they first appear, the site's own ones left out."""
    seen: list[str] = []
    for text in texts:
        for name in PLACEHOLDER.findall(text):
            if name not in seen and name not in AUTO:
                seen.append(name)
    return seen


def fill(text: str, values: dict[str, str]) -> str:
    """The text with every `{名称}` replaced by its value (a mark without a value stays as typed)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


# ---------------------------------------------------------------- templates
@dataclass(frozen=True)
class TemplateRow:
    id: int
    version: int
    code: str
    name: str
    title: str
    body: str
    active: bool
    fields: list[str]


def ensure_templates(site_id: int) -> None:
    """Give a site the usual notices the first time notices are used."""
    if NoticeTemplate.select().where(NoticeTemplate.site == site_id).exists():
        return
    NoticeTemplate.insert_many([{"site": site_id, "code": c, "name": n, "title": t, "body": b}
                                for c, n, t, b in DEFAULT_TEMPLATES]).on_conflict_ignore().execute()


def _template_row(t: NoticeTemplate) -> TemplateRow:
    return TemplateRow(t.id, t.version, t.code, t.name, t.title, t.body, t.active, placeholders(t.title, t.body))


def list_templates(*, by: Actor, active_only: bool = True) -> list[TemplateRow]:
    require(by, "notice.view")
    ensure_templates(by.site_id)
    query = NoticeTemplate.select().where(NoticeTemplate.site == by.site_id)
    if active_only:
        query = query.where(NoticeTemplate.active)
    return [_template_row(t) for t in query.order_by(NoticeTemplate.id)]


@dataclass
class TemplateInput:
    name: str = ""
    title: str = ""
    body: str = ""
    active: bool = True


def save_template(data: TemplateInput, *, by: Actor, template_id: int | None = None, version: int = 0,
                  code: str = "") -> int:
    """Change a template (versioned) or add the site's own; its marks must be well formed."""
    require(by, "notice.templates")
    ensure_templates(by.site_id)
    problems = Problems()
    name = problems.text("name", data.name, 40, required=True)
    title = problems.text("title", data.title, 80, required=True)
    body = problems.text("body", data.body, 2000, required=True)
    for fld, text in (("title", title), ("body", body)):
        if PLACEHOLDER.sub("", text).count("{") or PLACEHOLDER.sub("", text).count("}"):
            problems.add(fld, "notice.template_marks")
    problems.raise_if_any()
    values = {"name": name, "title": title, "body": body, "active": data.active}
    with db.atomic():
        if template_id is None:
            code = code or f"own_{take_serials(by.site_id, 'notice-template')[0]}"
            template = NoticeTemplate.create(site=by.site_id, code=code, **values)
            record(by, "create", "notice_template", template.id, after=snapshot(template))
            return template.id
        before = of_site(NoticeTemplate, template_id, by)
        save_versioned(NoticeTemplate, template_id, version, values, by=by)
        record(by, "update", "notice_template", template_id, before=snapshot(before),
               after=snapshot(NoticeTemplate.get_by_id(template_id)))
    return template_id


def fill_template(template_code: str, values: dict[str, str], *, by: Actor) -> tuple[str, str]:
    """The title and text of a template filled from the clerk's small form; every mark needs a value."""
    require(by, "notice.view")
    ensure_templates(by.site_id)
    template = NoticeTemplate.get_or_none((NoticeTemplate.site == by.site_id)
                                          & (NoticeTemplate.code == template_code))
    if template is None:
        raise NotFound("notice_template", template_code)
    problems = Problems()
    clean = {}
    for name in placeholders(template.title, template.body):
        clean[name] = problems.text(f"fill.{name}", values.get(name, ""), 60, required=True)
    problems.raise_if_any()
    site = Site.get_by_id(by.site_id)
    clean.update({"项目名称": site.name, "服务中心电话": site.phone or "—"})
    return fill(template.title, clean), fill(template.body, clean)


# ---------------------------------------------------------------- notices
@dataclass
class NoticeInput:
    title: str = ""
    body: str = ""
    audience: str = "all"
    floors: list[str] = field(default_factory=list)
    tenant_ids: list[int] = field(default_factory=list)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    template_code: str = ""


def _check(data: NoticeInput, site_id: int) -> dict:
    problems = Problems()
    title = problems.text("title", data.title, 80, required=True)
    body = problems.text("body", data.body, 2000, required=True)
    for name, text in (("title", title), ("body", body)):
        mark = PLACEHOLDER.search(text)
        if mark:  # a template's mark left unfilled would print as "{日期}" on the lobby board
            problems.add(name, "notice.unfilled", mark=mark.group(0))
    if data.audience not in AUDIENCES:
        problems.add("audience", "notice.audience")
    floors: list[str] = []
    tenant_ids: list[int] = []
    if data.audience == "floors":
        wanted = [f.strip().upper() for f in data.floors if f.strip()]
        known = {f.name.upper(): f.name for f in Floor.select(Floor.name).where(Floor.site == site_id)}
        unknown = [f for f in wanted if f not in known]
        if not wanted:
            problems.add("floors", "notice.no_floors")
        elif unknown:
            problems.add("floors", "notice.floor_unknown", floor="、".join(unknown))
        floors = [known[f] for f in dict.fromkeys(wanted) if f in known]
    elif data.audience == "tenants":
        ids = list(dict.fromkeys(int(t) for t in data.tenant_ids))
        found = {t.id for t in Tenant.select(Tenant.id).where((Tenant.site == site_id) & Tenant.id.in_(ids or [0]))}
        if not ids:
            problems.add("tenant_ids", "notice.no_tenants")
        elif len(found) != len(ids):
            problems.add("tenant_ids", "notice.tenant_unknown")
        tenant_ids = ids
    if data.valid_from is None:
        problems.add("valid_from", "required")
    if data.valid_to is None:
        problems.add("valid_to", "required")
    if data.valid_from and data.valid_to:
        if data.valid_to < data.valid_from:
            problems.add("valid_to", "notice.date_order")
        elif (data.valid_to - data.valid_from).days > MAX_DAYS:
            problems.add("valid_to", "notice.too_long", days=MAX_DAYS)
    problems.raise_if_any()
    return {"title": title, "body": body, "audience": data.audience, "floors": ",".join(floors),
            "tenant_ids": ",".join(str(t) for t in tenant_ids), "valid_from": data.valid_from,
            "valid_to": data.valid_to, "template_code": data.template_code[:30]}


def _load(notice_id: int, by: Actor) -> Notice:
    return of_site(Notice, notice_id, by)


def draft_notice(data: NoticeInput, *, by: Actor, at: dt.datetime | None = None) -> int:
    """Write a notice; it waits as a draft until a supervisor publishes it."""
    require(by, "notice.draft")
    values = _check(data, by.site_id)
    at = at or now()
    with db.atomic():
        notice = Notice.create(site=by.site_id, number=next_number(by.site_id, "GG", year=at.year),
                               drafted_by=by.full_name, created_at=at, updated_at=at, **values)
        record(by, "create", "notice", notice.id, after=snapshot(notice))
    return notice.id


def update_notice(notice_id: int, version: int, data: NoticeInput, *, by: Actor) -> int:
    """Change a draft (a published notice is withdrawn and written again, so the boards never differ from it)."""
    require(by, "notice.draft", entity="notice", record_id=notice_id)
    notice = _load(notice_id, by)
    if notice.state != "draft":
        raise ValidationError("state", "notice.not_draft")
    values = _check(data, by.site_id)
    with db.atomic():
        new_version = save_versioned(Notice, notice_id, version, values, by=by)
        record(by, "update", "notice", notice_id, before=snapshot(notice), after=snapshot(Notice.get_by_id(notice_id)))
    return new_version


def publish_notice(notice_id: int, *, by: Actor, at: dt.datetime | None = None) -> None:
    """Put a draft on the boards; refused once its last day has passed."""
    require(by, "notice.publish", entity="notice", record_id=notice_id)
    notice = _load(notice_id, by)
    at = at or now()
    if notice.state != "draft":
        raise ValidationError("state", "notice.not_draft")
    if notice.valid_to < at.date():
        raise ValidationError("valid_to", "notice.past")
    with db.atomic():
        save_versioned(Notice, notice_id, notice.version,
                       {"state": "published", "published_at": at, "published_by": by.full_name}, by=by)
        record(by, "publish", "notice", notice_id, before={"state": "draft"}, after={"state": "published"})


def withdraw_notice(notice_id: int, reason: str, *, by: Actor, at: dt.datetime | None = None) -> None:
    """Take a published notice (or a draft not wanted) off, with the reason; it stays in the history."""
    require(by, "notice.withdraw", entity="notice", record_id=notice_id)
    notice = _load(notice_id, by)
    problems = Problems()
    reason = problems.text("reason", reason, 200, required=True)
    if notice.state == "withdrawn":
        problems.add("state", "notice.withdrawn")
    problems.raise_if_any()
    at = at or now()
    with db.atomic():
        save_versioned(Notice, notice_id, notice.version, {"state": "withdrawn", "withdrawn_at": at,
                                                           "withdrawn_by": by.full_name, "withdraw_reason": reason},
                       by=by)
        record(by, "withdraw", "notice", notice_id, before={"state": notice.state}, after={"state": "withdrawn"},
               note=reason)


# ---------------------------------------------------------------- the lists
@dataclass(frozen=True)
class NoticeRow:
    id: int
    version: int
    number: str
    title: str
    body: str
    audience: str
    audience_text: str
    floors: list[str]
    tenant_ids: list[int]
    valid_from: dt.date
    valid_to: dt.date
    state: str  # draft / scheduled / current / expired / withdrawn
    drafted_by: str
    published_by: str
    published_at: dt.datetime | None
    withdraw_reason: str
    template_code: str


def shown_state(state: str, valid_from: dt.date, valid_to: dt.date, today: dt.date) -> str:
    """A published notice is scheduled before its first day, current while its dates run, expired after."""
    if state != "published":
        return state
    if today < valid_from:
        return "scheduled"
    return "current" if today <= valid_to else "expired"


def audience_text(audience: str, floors: list[str], tenant_names: list[str]) -> str:
    if audience == "floors":
        return "、".join(floors) + " 业户"
    if audience == "tenants":
        return "、".join(tenant_names)
    return "全体业户"


def _rows(notices: list[Notice], today: dt.date) -> list[NoticeRow]:
    ids = {int(t) for n in notices for t in n.tenant_ids.split(",") if t}
    names = dict(Tenant.select(Tenant.id, Tenant.name).where(Tenant.id.in_(ids)).tuples()) if ids else {}
    out = []
    for n in notices:
        floors = [f for f in n.floors.split(",") if f]
        tenant_ids = [int(t) for t in n.tenant_ids.split(",") if t]
        out.append(NoticeRow(
            n.id, n.version, n.number, n.title, n.body, n.audience,
            audience_text(n.audience, floors, [names.get(t, "") for t in tenant_ids]), floors, tenant_ids,
            n.valid_from, n.valid_to, shown_state(n.state, n.valid_from, n.valid_to, today), n.drafted_by,
            n.published_by, n.published_at, n.withdraw_reason, n.template_code))
    return out


def search_notices(*, by: Actor, view: str = "current", text: str = "", today: dt.date | None = None,
                   page: int = 0, page_size: int = 200) -> Page[NoticeRow]:
    """Notices current now (with those about to start), drafts, or the history (expired and withdrawn)."""
    require(by, "notice.view")
    today = today or dt.date.today()
    query = Notice.select().where(Notice.site == by.site_id)
    if view == "current":
        query = query.where((Notice.state == "published") & (Notice.valid_to >= today))
    elif view == "draft":
        query = query.where(Notice.state == "draft")
    elif view == "history":
        query = query.where((Notice.state == "withdrawn")
                            | ((Notice.state == "published") & (Notice.valid_to < today)))
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(Notice.title ** like | Notice.body ** like | (Notice.number ** like))
    total = query.count()
    page_size = max(1, min(page_size, 1000))
    chosen = list(query.order_by(Notice.valid_from.desc(), Notice.id.desc()).paginate(page + 1, page_size))
    return Page(_rows(chosen, today), total, page, page_size)


def get_notice(notice_id: int, *, by: Actor, today: dt.date | None = None) -> NoticeRow:
    require(by, "notice.view")
    return _rows([_load(notice_id, by)], today or dt.date.today())[0]


def print_notice(notice_id: int, *, by: Actor, variant: str = "board") -> bytes:
    """The notice for the lobby board (A4 portrait) or the lift cars (A4 landscape), in large type."""
    from printouts.notice import NoticeSheet, render_notice
    from services.printing import letterhead

    require(by, "notice.view")
    row = get_notice(notice_id, by=by)
    if row.state == "withdrawn":
        raise ValidationError("state", "notice.withdrawn")
    head = letterhead(by.site_id)
    on = (row.published_at or now()).date()
    sheet = NoticeSheet(number=row.number, title=row.title, body=row.body, audience=row.audience_text,
                        valid_from=row.valid_from, valid_to=row.valid_to, issuer=f"{head.site_name} 物业服务中心",
                        issued_on=on, draft=row.state == "draft")
    return render_notice(sheet, head, variant=variant)
