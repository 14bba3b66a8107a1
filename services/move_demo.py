"""The demo tower's moves: move-ins and move-outs in every state (walked through the real services), and 60
days of goods-release passes (written in bulk: the demo must stay quick)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from peewee import fn

from models import (
    Floor,
    GoodsItem,
    GoodsPass,
    KeyMovement,
    MoveIn,
    MoveOut,
    MoveStep,
    Tenant,
    TenantUnit,
    Unit,
    User,
    db,
    now,
)
from services import move_in, move_out, tenants
from services.access import Actor
from services.auth import actor_of
from services.checklist import checklist
from services.goods import ItemInput, PassInput
from services.key_demo import _signatures
from services.move_in import AcceptanceInput, HandoverInput, InspectionInput, ItemResult, MoveInInput, RegistrationInput
from services.move_out import DamageInput, KeysBackInput, LostKey, MoveOutInput, OutInspectionInput
from services.moves import PAPERS, MeterInput
from services.numbering import next_number

DAYS = 60
GOODS = (("办公桌", "张"), ("办公椅", "把"), ("文件柜", "个"), ("电脑主机", "台"), ("显示器", "台"), ("打印机", "台"),
         ("纸箱（文件）", "箱"), ("会议桌", "张"), ("沙发", "套"), ("服务器", "台"), ("样品", "箱"), ("绿植", "盆"),
         ("展架", "个"), ("保险柜", "个"))
LEAVING_REASONS = ("租约到期", "公司搬迁", "扩租至其他楼宇", "业务调整")
REASONS = ("搬离旧家具", "设备送修", "样品外发", "办公室调整", "展会物料", "退还租赁设备", "资料归档外存")
PLATES = "粤B"
CARRIERS = ("顺丰速运", "货拉拉", "德邦物流", "业户自行搬运", "搬家公司（好运）", "快狗打车")
# The states the demo's move-ins stop at (one record each) and the move-outs'.
MOVE_IN_STOPS = ("done", "done", "done", "handover", "acceptance", "inspection", "registration", "papers")
MOVE_OUT_STOPS = ("done", "done_override", "arrears", "inspection", "keys", "goods")
INCOMING = ("深圳市星河云智科技有限公司", "深圳前海汇融投资管理有限公司", "深圳市蓝鲸文化传媒有限公司",
            "深圳市晨光律师事务所", "深圳市拓维电子商务有限公司", "深圳湾数智咨询有限公司", "深圳市青禾设计有限公司",
            "深圳市远航贸易有限公司")


@dataclass(frozen=True)
class MoveDemo:
    move_ins: int
    move_outs: int
    passes: int


def _actors(site_id: int) -> dict[str, Actor]:
    return {u.role: actor_of(u) for u in User.select().where(User.site == site_id)}


def _meters(rng: random.Random, who: str, base: int = 0) -> MeterInput:
    return MeterInput(water=f"{base + rng.randrange(100, 900)}.{rng.randrange(10)}",
                      electricity=f"{base * 10 + rng.randrange(1000, 9000)}.{rng.randrange(10)}", tenant_by=who,
                      desk_confirmed=True)


def fill_moves(site_id: int, seed: int = 2026, today: dt.date | None = None) -> MoveDemo:
    """Moves in several states and 60 days of passes; return the counts."""
    rng = random.Random(seed)
    by = _actors(site_id)
    signatures = _signatures(rng, 4)
    day = today or dt.date.today()
    ins = _move_ins(site_id, rng, by, signatures)
    _passes(site_id, rng, by["clerk"], day)  # first: the history's numbers run in date order
    outs = _move_outs(site_id, rng, by, signatures, day)
    _backdate(site_id, rng, day)
    return MoveDemo(ins, outs, GoodsPass.select().where(GoodsPass.site == site_id).count())


def _move_ins(site_id: int, rng: random.Random, by: dict[str, Actor], signatures: list[bytes]) -> int:
    clerk = by["clerk"]
    vacant = [u.code for u in Unit.select(Unit.code).join(Floor)
              .where((Unit.site == site_id) & (Unit.status == "vacant") & (Floor.level >= 1)).order_by(Unit.code)]
    items = [i for area in checklist(by=clerk) for i in area.items]
    for n, (stop, name, code) in enumerate(zip(MOVE_IN_STOPS, INCOMING, vacant, strict=False)):
        tenant_id = tenants.create_tenant(tenants.TenantInput(name=name), by=clerk)
        kind = ("company", "own", "agent")[n % 3]
        who = ("李雷", "韩梅梅", "王强", "赵敏", "周杰", "吴芳", "郑洁", "孙磊")[n]
        move_id = move_in.start_move_in(MoveInInput(tenant_id, code, kind, who, f"139{rng.randrange(10**8):08d}",
                                                    dt.date.today() + dt.timedelta(days=rng.randrange(-20, 15))),
                                        by=clerk)
        papers = list(PAPERS[kind])
        if stop == "papers":
            continue  # waiting for the authorisation letter, say
        v = move_in.verify_papers(move_id, papers, version=1, by=clerk)
        if stop == "registration":
            continue
        v = move_in.record_registration(move_id, RegistrationInput(True, True), version=v, by=clerk)
        if stop == "inspection":
            continue
        bad = set(rng.sample(range(len(items)), rng.choice((0, 1, 2, 3))))
        if stop == "acceptance":
            bad = bad or {0, 5}
        results = [ItemResult(i.id, k not in bad, "" if k not in bad else rng.choice(
            ("有划痕", "松动", "不亮", "渗水", "缺件"))) for k, i in enumerate(items)]
        v = move_in.record_inspection(move_id, InspectionInput(results, _meters(rng, who)), version=v, by=clerk)
        if stop == "acceptance":
            continue
        for d in move_in.get_move_in(move_id, by=clerk).defects:
            move_in.fix_defect(d.id, by=clerk)
        v = move_in.record_acceptance(move_id, AcceptanceInput(dt.date.today(), who), version=v, by=clerk)
        if stop == "handover":
            continue
        key_ids = [k.id for k in move_in.keys.unit_keys_in(code, by=clerk) if "业户套" in k.ring]
        move_in.hand_over(move_id, HandoverInput(key_ids[:1], who, f"139{rng.randrange(10**8):08d}",
                                                 rng.choice(signatures), True, True,
                                                 f"{rng.randrange(30, 120) * 100}"), version=v, by=clerk)
    return MoveIn.select().where(MoveIn.site == site_id).count()


def _move_outs(site_id: int, rng: random.Random, by: dict[str, Actor], signatures: list[bytes],
               day: dt.date) -> int:
    clerk, manager = by["clerk"], by["manager"]
    single = (TenantUnit.select(TenantUnit.tenant).where(TenantUnit.until.is_null()).group_by(TenantUnit.tenant)
              .having(fn.COUNT(TenantUnit.id) == 1))
    leaving = list(Tenant.select(Tenant.id, Unit.code).join(TenantUnit).join(Unit)
                   .where((Tenant.site == site_id) & (Tenant.status == "active") & Tenant.id.in_(single)
                          & ~Tenant.id.in_(MoveIn.select(MoveIn.tenant)))
                   .order_by(Tenant.lease_end).limit(len(MOVE_OUT_STOPS)).objects())
    for stop, t in zip(MOVE_OUT_STOPS, leaving, strict=False):
        arrears = "0" if stop in ("done", "keys", "goods") else f"{rng.randrange(8, 60) * 100}"
        move_id = move_out.request_move_out(MoveOutInput(t.id, t.code, day + dt.timedelta(days=rng.randrange(1, 20)),
                                                         rng.choice(LEAVING_REASONS),
                                                         arrears), by=clerk)
        if stop == "arrears":
            continue
        v = move_out.get_move_out(move_id, by=clerk).version
        if arrears != "0":
            v = move_out.override_arrears(move_id, "业户书面承诺欠费从押金中扣除，经理批准", version=v, by=manager)
        if stop == "inspection":
            continue
        who = rng.choice(("陈先生", "林女士", "黄经理", "何主任"))
        damages = [DamageInput(rng.choice(("墙面钉孔修补", "地毯污损清洗", "玻璃隔断划伤", "门锁损坏更换")),
                               f"{rng.randrange(2, 20) * 100}")] if rng.random() < 0.7 else []
        v = move_out.record_out_inspection(move_id, OutInspectionInput(damages, _meters(rng, who, 500)), version=v,
                                           by=clerk)
        if stop == "keys":
            continue
        held = move_out.get_move_out(move_id, by=clerk).keys_held
        lost = [LostKey(held[-1].key_id, "150")] if held and rng.random() < 0.5 else []
        v = move_out.take_keys_back(move_id, KeysBackInput(who, "good", rng.choice(signatures), lost), version=v,
                                    by=clerk)
        if stop == "goods":
            continue
        items = [ItemInput(name, rng.randrange(1, 30), measure) for name, measure in rng.sample(GOODS, 5)]
        phone = f"137{rng.randrange(10**8):08d}"
        v, _ = move_out.release_goods(move_id, PassInput(None, "", rng.choice(CARRIERS), phone,
                                                         f"{PLATES}{rng.randrange(10000, 99999)}", dt.date.today(),
                                                         dt.time(8), dt.time(18), "退租搬离", items), version=v,
                                      by=clerk)
        move_out.settle(move_id, f"{rng.randrange(20, 80) * 1000}", version=v, by=clerk)
    return MoveOut.select().where(MoveOut.site == site_id).count()


def _passes(site_id: int, rng: random.Random, clerk: Actor, day: dt.date) -> int:
    """60 days of ordinary passes (and a few days ahead), as the desk issued them; bulk inserts."""
    held = list(Tenant.select(Tenant.id, Tenant.name, Unit.code).join(TenantUnit).join(Unit)
                .where((Tenant.site == site_id) & TenantUnit.until.is_null()).objects())
    passes, items = [], []
    moment = now()
    with db.atomic():
        for offset in range(-DAYS, 4):
            on = day + dt.timedelta(days=offset)
            for _ in range(rng.randrange(0, 3) if offset > 0 else rng.randrange(2, 8)):
                t = rng.choice(held)
                start = rng.choice((8, 9, 10, 13, 14, 15, 16))
                time_from, time_to = dt.time(start), dt.time(min(start + rng.choice((1, 2, 3)), 22))
                issued = dt.datetime.combine(on - dt.timedelta(days=rng.choice((0, 0, 1))),
                                             dt.time(rng.randrange(8, 12)))
                state, used_at = "approved", None
                end = dt.datetime.combine(on, time_to)
                if end < moment:
                    roll = rng.random()
                    state = "used" if roll < 0.9 else ("voided" if roll < 0.94 else "approved")  # approved: expired
                    if state == "used":
                        used_at = dt.datetime.combine(on, time_from) + dt.timedelta(minutes=rng.randrange(5, 55))
                passes.append({
                    "site": site_id, "pass_no": next_number(site_id, "FX", year=on.year), "tenant": t.id,
                    "company": t.name, "unit_code": t.code, "carrier": rng.choice(CARRIERS),
                    "carrier_phone": f"13{rng.randrange(10**9):09d}",
                    "plate": f"{PLATES}{rng.randrange(10000, 99999)}" if rng.random() < 0.8 else "",
                    "valid_on": on, "time_from": time_from, "time_to": time_to, "reason": rng.choice(REASONS),
                    "state": state, "approved_by": clerk.full_name, "used_at": used_at,
                    "used_by": "门岗 李师傅" if used_at else "", "void_reason": "业户取消" if state == "voided" else "",
                    "created_at": issued, "updated_at": used_at or issued,
                })
        for start in range(0, len(passes), 300):
            GoodsPass.insert_many(passes[start:start + 300]).execute()
        ids = dict(GoodsPass.select(GoodsPass.pass_no, GoodsPass.id).where(GoodsPass.site == site_id).tuples())
        for p in passes:
            for name, measure in rng.sample(GOODS, rng.randrange(1, 5)):
                items.append({"goods_pass": ids[p["pass_no"]], "name": name, "quantity": rng.randrange(1, 12),
                              "measure": measure})
        for start in range(0, len(items), 500):
            GoodsItem.insert_many(items[start:start + 500]).execute()
    return GoodsPass.select().where(GoodsPass.site == site_id).count()


def _backdate(site_id: int, rng: random.Random, day: dt.date) -> None:
    """The finished moves happened over the last weeks, not all this minute: spread their steps back in time."""
    for model, kind in ((MoveIn, "in"), (MoveOut, "out")):
        for m in model.select().where((model.site == site_id) & (model.state == "done")):
            back = dt.timedelta(days=rng.randrange(5, DAYS - 5))
            steps = list(MoveStep.select().where((MoveStep.move_kind == kind) & (MoveStep.move_id == m.id))
                         .order_by(MoveStep.id))
            for n, s in enumerate(steps):
                s.at = s.at - back + dt.timedelta(hours=n * 20)
                s.save()
            model.update(completed_at=steps[-1].at, created_at=steps[0].at, updated_at=steps[-1].at).where(
                model.id == m.id).execute()
            slip = m.key_slip_no
            if slip:
                KeyMovement.update(at=steps[-1].at).where(
                    (KeyMovement.site == site_id) & (KeyMovement.slip_no == slip)).execute()
