"""Workers' passes of a fit-out (施工人员临时出入证), the gate's check of a pass, and the fit-out printouts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models import Tenant, Unit, db, now
from models.fitout import Fitout, WorkerPass
from services import settings
from services.access import Actor, require
from services.audit import record
from services.errors import Problems, ValidationError
from services.fitout import get_fitout
from services.identity import InvalidIdentity, check_resident_id, mask_id
from services.numbering import next_number
from services.payments import DepositInput, record_deposit

PASS_STATES = ("permit_issued", "in_progress")  # passes are good only while the permit runs (not when suspended)
PASS_KIND = "SG"  # SG-2026-000001


@dataclass
class WorkerInput:
    name: str = ""
    id_number: str = ""  # 18-digit resident ID: checked, stored masked only
    company: str = ""  # empty: the fit-out's contractor
    photo: bytes | None = None  # a picture file's bytes (JPEG, PNG, …): shrunk to PHOTO_SIZE on the way in


PHOTO_SIZE = (240, 320)  # pixels, 3:4 — sharp enough for a 20 × 26 mm print at 300 dpi, ~20 KB as JPEG
PHOTO_MAX_BYTES = 20 * 1024 * 1024


def shrink_photo(data: bytes) -> bytes:
    """A picture as a JPEG cropped to 3:4 around its centre and shrunk to PHOTO_SIZE; ValueError if it is none."""
    from io import BytesIO

    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data or len(data) > PHOTO_MAX_BYTES:
        raise ValueError("photo")
    try:
        image = Image.open(BytesIO(data))
        image = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValueError("photo") from exc
    image = ImageOps.fit(image, PHOTO_SIZE, Image.Resampling.LANCZOS)
    out = BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def issue_passes(fitout_id: int, workers: list[WorkerInput], *, by: Actor) -> list[str]:
    """One pass per worker, valid until the permit ends; all or none. Returns the pass numbers."""
    require(by, "fitout.desk", entity="fitout", record_id=fitout_id)
    fitout = get_fitout(fitout_id, by=by)
    if fitout.state not in PASS_STATES:
        raise ValidationError("state", "fitout.pass_state")
    problems = Problems()
    rows = []
    if not workers:
        problems.add("workers", "required")
    for i, w in enumerate(workers):
        name = problems.text(f"workers[{i}].name", w.name, 60, required=True)
        masked = ""
        if (w.id_number or "").strip():
            try:
                masked = mask_id(check_resident_id(w.id_number))
            except InvalidIdentity as exc:
                problems.add(f"workers[{i}].id_number", exc.code)
        company = problems.text(f"workers[{i}].company", w.company, 120) or fitout.contractor_name
        photo = None
        if w.photo:
            try:
                photo = shrink_photo(w.photo)
            except ValueError:
                problems.add(f"workers[{i}].photo", "fitout.photo_bad")
        rows.append((name, masked, company, photo))
    problems.raise_if_any()
    numbers = []
    rate = Decimal(int(settings.get(by.site_id, "fitout.pass_deposit")))
    with db.atomic():
        for name, masked, company, photo in rows:
            number = next_number(by.site_id, PASS_KIND, width=6)
            p = WorkerPass.create(site=by.site_id, fitout=fitout, number=number, name=name, id_masked=masked,
                                  company=company, valid_until=fitout.permit_end, deposit=rate or None, photo=photo)
            record(by, "issue", "worker_pass", p.id, after={"number": number, "fitout": fitout.number, "name": name,
                                                            "photo": photo is not None})
            numbers.append(number)
        if rate:
            # One deposit entry for the batch in the fees area; each pass refunds its own share when it comes back.
            record_deposit(DepositInput(fitout.tenant_id, "received", f"出入证押金 {fitout.number}",
                                        str(rate * len(numbers)), None, "、".join(numbers)[:200]), by=by)
    return numbers


def return_pass(number: str, *, by: Actor, on: dt.date | None = None) -> Decimal:
    """A worker's pass comes back: it stops working and its deposit is refunded. Returns the amount refunded."""
    require(by, "fitout.desk")
    number = (number or "").strip().upper()
    p = WorkerPass.get_or_none((WorkerPass.site == by.site_id) & (WorkerPass.number == number))
    if p is None:
        raise ValidationError("pass_no", "fitout.pass_unknown", number=number)
    day = on or dt.date.today()
    with db.atomic():
        # The returned_on in the WHERE: a pass handed in at two desks at once is refunded once.
        if not WorkerPass.update(returned_on=day, revoked=True).where(
                (WorkerPass.id == p.id) & WorkerPass.returned_on.is_null()).execute():
            raise ValidationError("pass_no", "fitout.pass_returned", number=number)
        amount = Decimal(p.deposit or 0)
        if amount:
            f = Fitout.get_by_id(p.fitout_id)
            record_deposit(DepositInput(f.tenant_id, "refunded", f"出入证押金退还 {f.number}", str(amount), day,
                                        number), by=by)
        record(by, "return", "worker_pass", p.id, after={"number": number, "refunded": amount})
    return amount


def set_photo(number: str, photo: bytes | None, *, by: Actor) -> bool:
    """Put a worker's photo on a pass already issued (or take it off with None); the pass is reprinted after.
    Returns whether the pass has a photo now."""
    require(by, "fitout.desk")
    number = (number or "").strip().upper()
    p = WorkerPass.get_or_none((WorkerPass.site == by.site_id) & (WorkerPass.number == number))
    if p is None:
        raise ValidationError("pass_no", "fitout.pass_unknown", number=number)
    try:
        data = shrink_photo(photo) if photo else None
    except ValueError:
        raise ValidationError("workers[0].photo", "fitout.photo_bad") from None
    with db.atomic():
        WorkerPass.update(photo=data).where(WorkerPass.id == p.id).execute()
        record(by, "photo", "worker_pass", p.id, after={"number": number, "photo": data is not None})
    return data is not None


@dataclass(frozen=True)
class PassCheck:
    """What the gate learns from a pass number: valid today, expired, revoked, or unknown."""

    status: str  # valid / expired / revoked / unknown
    number: str
    name: str = ""
    company: str = ""
    unit: str = ""
    permit_no: str = ""
    valid_until: dt.date | None = None
    photo: bytes | None = None  # the worker's face, for the guard to compare


def check_pass(number: str, *, by: Actor, today: dt.date | None = None) -> PassCheck:
    """Is this worker's pass good today? Revoked with its permit, expired after the permit's end."""
    require(by, "fitout.view")
    day = today or dt.date.today()
    number = (number or "").strip().upper()
    p = (WorkerPass.select(WorkerPass, Fitout, Unit).join(Fitout).join(Unit)
         .where((WorkerPass.site == by.site_id) & (WorkerPass.number == number)).first())
    if p is None:
        return PassCheck("unknown", number)
    f = p.fitout
    # The permit's end counts, not the date printed: an extended permit carries its passes along.
    until = f.permit_end or p.valid_until
    if p.revoked or f.state not in PASS_STATES:
        status = "revoked"
    elif day > until or (f.permit_start and day < f.permit_start):
        status = "expired"
    else:
        status = "valid"
    return PassCheck(status, number, p.name, p.company, f.unit.code, f.permit_no, until, p.photo)


@dataclass(frozen=True)
class PassRow:
    number: str
    name: str
    id_masked: str
    company: str
    valid_until: dt.date
    revoked: bool
    returned_on: dt.date | None
    deposit: Decimal | None
    has_photo: bool


def fitout_passes(fitout_id: int, *, by: Actor) -> list[PassRow]:
    get_fitout(fitout_id, by=by)
    return [PassRow(p.number, p.name, p.id_masked, p.company, p.valid_until, p.revoked, p.returned_on, p.deposit,
                    p.photo is not None)
            for p in WorkerPass.select().where(WorkerPass.fitout == fitout_id).order_by(WorkerPass.id)]


def workers_in_today(site_id: int, day: dt.date) -> list[tuple[WorkerPass, Fitout]]:
    """Passes good on `day` (the evacuation list counts these workers as possibly inside)."""
    query = (WorkerPass.select(WorkerPass, Fitout, Unit).join(Fitout).join(Unit)
             .where((WorkerPass.site == site_id) & ~WorkerPass.revoked & Fitout.state.in_(PASS_STATES)
                    & (Fitout.permit_start <= day) & (Fitout.permit_end >= day))
             .order_by(Unit.code, WorkerPass.id))
    return [(p, p.fitout) for p in query]


# ---------------------------------------------------------------- printouts
FLAG_PRINT = (("structural", "拆改结构/加大荷载"), ("hot_work", "动火作业"), ("fire_hvac", "消防/空调改动"))


def print_permit(fitout_id: int, *, by: Actor) -> bytes:
    """装修施工许可证 of a fit-out that has its permit, as A4 PDF bytes."""
    from printouts.fitout import PermitSheet, render_permit
    from services.printing import letterhead

    f = get_fitout(fitout_id, by=by)
    if not f.permit_no:
        raise ValidationError("state", "fitout.not_allowed", action="print_permit", state=f.state)
    tenant = Tenant.get_by_id(f.tenant_id)
    flags = "、".join(text for name, text in FLAG_PRINT if getattr(f, name)) or "无"
    sheet = PermitSheet(f.permit_no, f.number, f.unit.code, tenant.name, f.contractor_name, f.contractor_licence,
                        f.site_manager, f.contractor_phone, f.scope, f.permit_start, f.permit_end,
                        str(settings.get(by.site_id, "fitout.working_hours")), flags, now())
    return render_permit(sheet, letterhead(by.site_id))


def print_settlement(fitout_id: int, *, by: Actor) -> bytes:
    """装修押金结算单: the deposit, the fines and damages taken, the refund (once the manager approved it, or as it
    stands for the manager to approve)."""
    from models import FitoutStep
    from models.fitout import FitoutDeduction
    from printouts.fitout_settlement import DeductionLine, SettlementSheet, render_settlement
    from services.fitout import deposit_left, follow_up_due
    from services.money import capital
    from services.printing import letterhead

    f = get_fitout(fitout_id, by=by)
    if not f.deposit_entry_id:
        raise ValidationError("deposit", "fitout.no_deposit")
    steps = {s.action: s for s in FitoutStep.select().where(FitoutStep.fitout == f.id).order_by(FitoutStep.id)}
    kinds = {"fine": "罚款", "damage": "损坏赔偿"}
    lines = [DeductionLine(kinds[d.kind], d.reason, d.at.date(), Decimal(d.amount))
             for d in FitoutDeduction.select().where(FitoutDeduction.fitout == f.id).order_by(FitoutDeduction.id)]
    refund = Decimal(f.refunded) if f.refunded is not None else deposit_left(f)
    approved = steps.get("approve_refund")
    sheet = SettlementSheet(f.number, f.permit_no, f.unit.code, Tenant.get_by_id(f.tenant_id).name, f.contractor_name,
                            steps["accept"].at.date() if "accept" in steps else None, follow_up_due(f, by.site_id),
                            Decimal(f.deposit), lines, refund, capital(refund),
                            (approved.full_name or approved.username) if approved else "", now())
    return render_settlement(sheet, letterhead(by.site_id))


def print_passes(fitout_id: int, *, by: Actor, numbers: list[str] | None = None) -> bytes:
    """The workers' passes (all the fit-out's passes not revoked, or the numbers given): ID-1 cards, ten to an
    A4 sheet with cut marks, each with its QR and the worker's photo when one is on file."""
    from printouts.fitout import WorkerCard, render_worker_passes
    from services.printing import letterhead

    f = get_fitout(fitout_id, by=by)
    query = WorkerPass.select().where((WorkerPass.fitout == f.id) & ~WorkerPass.revoked)
    if numbers:
        query = query.where(WorkerPass.number.in_(numbers))
    cards = [WorkerCard(p.number, p.name, p.id_masked, p.company, f.unit.code, f.permit_no, f.permit_end, p.photo)
             for p in query.order_by(WorkerPass.id)]
    if not cards:
        raise ValidationError("workers", "required")
    return render_worker_passes(cards, letterhead(by.site_id))
