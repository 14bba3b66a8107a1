"""《钥匙借用/领用单》: the slip of one counter movement (lend, issue, return, transfer, lost), signed on screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, Spacer

from printouts.base import A4, FormInfo, Letterhead, content_width, render_form
from printouts.drawing import INK, MUTED, draw_text
from printouts.flowables import Column, Field, SignatureLines, data_table, field_grid, para, section
from printouts.fonts import FontSet, cjk_fonts

NONE = "—"
TITLES = {
    "lend": "钥匙借用单", "issue": "钥匙领用单", "return": "钥匙归还单", "transfer": "钥匙移交回柜单",
    "lost": "钥匙遗失登记单", "retire": "钥匙注销单",
}
SIGNER = {"lend": "借用人签字", "issue": "领用人签字", "return": "归还人签字", "transfer": "移交人签字",
          "lost": "报失人签字", "retire": "注销人签字"}


@dataclass(frozen=True)
class SlipKey:
    tag: str
    label: str
    kind: str  # as printed: 单元门 / 信箱 / 机房 / 总钥匙
    copies: int
    condition: str = ""  # as printed, on returns


@dataclass(frozen=True)
class KeySlip:
    """Everything one slip prints: the movement, its keys, and the signature drawn at the counter."""

    slip_no: str
    kind: str  # lend, issue, return, transfer, lost
    at: datetime
    printed_at: datetime
    person: str
    keys: Sequence[SlipKey] = field(default_factory=tuple)
    company: str = ""
    phone: str = ""
    purpose: str = ""
    due_at: datetime | None = None
    by_name: str = ""
    approved_by: str = ""
    charge: str = ""  # lost: the amount, already formatted
    lock_change: bool = False
    note: str = ""
    signature: bytes | None = None  # PNG


def _time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else NONE


class SignatureImage(Flowable):
    """'借用人签字：' with the signature drawn at the counter standing on its line, and the time beside it."""

    def __init__(self, label: str, png: bytes | None, when: datetime, fonts: FontSet,
                 height: float = 22 * mm) -> None:
        super().__init__()
        self.label, self.png, self.when, self.fonts, self.height = label, png, when, fonts, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        canv = self.canv
        base = 3 * mm
        label_w = draw_text(canv, 0, base, f"{self.label}：", fonts=self.fonts, size=10)
        line_end = self.width * 0.62
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.6)
        canv.line(label_w, base - 2.5, line_end, base - 2.5)
        canv.restoreState()
        if self.png:
            image = ImageReader(BytesIO(self.png))
            iw, ih = image.getSize()
            box_w, box_h = line_end - label_w - 4 * mm, self.height - base - 1 * mm
            scale = min(box_w / iw, box_h / ih)
            canv.drawImage(image, label_w + 2 * mm, base - 2, iw * scale, ih * scale, mask="auto")
        else:
            draw_text(canv, label_w + 4 * mm, base + 2, "（未签字）", fonts=self.fonts, size=9, color=MUTED)
        draw_text(canv, line_end + 6 * mm, base, f"签字时间：{_time(self.when)}", fonts=self.fonts, size=10)


def _details(slip: KeySlip) -> list[Field]:
    person = SIGNER[slip.kind].removesuffix("签字")
    fields = [Field("单号", slip.slip_no), Field("时间", _time(slip.at)), Field(person, slip.person),
              Field("单位", slip.company or NONE), Field("联系电话", slip.phone or NONE),
              Field("经办人", slip.by_name or NONE)]
    if slip.kind == "lend":
        fields += [Field("应还时间", _time(slip.due_at)), Field("主管审批", slip.approved_by or "不需要"),
                   Field("用途", slip.purpose or NONE, wide=True)]
    if slip.kind == "lost":
        fields += [Field("赔偿金额", slip.charge or NONE),
                   Field("换锁", "需要换锁（已提出换锁工单）" if slip.lock_change else "不换锁")]
    if slip.note:
        fields.append(Field("备注", slip.note, wide=True))
    return fields


def _story(slip: KeySlip, fonts: FontSet) -> list[Flowable]:
    width = content_width(A4)
    returning = slip.kind in ("return", "transfer")
    columns = [Column("序号", 0.6, "center"), Column("标签号", 1.4), Column("钥匙", 2.8), Column("类型", 1.1),
               Column("把数", 0.7, "center")]
    if returning:
        columns.append(Column("状况", 1.0, "center"))
    rows = [[str(i), k.tag, k.label, k.kind, str(k.copies), *([k.condition] if returning else [])]
            for i, k in enumerate(slip.keys, 1)]
    rules = {
        "lend": "借用人须在应还时间前归还钥匙；不得私自配制或转借；遗失须立即告知客服中心并照价赔偿。",
        "issue": "钥匙交业户保管，请妥善保存；退租时须全部交回；遗失须立即告知客服中心。",
        "return": "以上钥匙已归还入柜，借用手续办结。",
        "transfer": "以上钥匙已由业户交回，移交回柜。",
        "lost": "钥匙遗失已登记；如需换锁，由工程部按工单处理。",
        "retire": "以上钥匙已从钥匙登记表注销，原挂钩可挂新钥匙；借还记录保留。",
    }[slip.kind]
    signatures = KeepTogether([
        Spacer(1, 3 * mm), para(rules, fonts, "note"), Spacer(1, 2 * mm),
        SignatureImage(SIGNER[slip.kind], slip.signature, slip.at, fonts),
        SignatureLines(["经办人"], fonts, row_height=10 * mm),
    ])
    return [
        section("一、登记信息", field_grid(_details(slip), fonts=fonts, width=width), fonts, keep_whole=True),
        section("二、钥匙明细", data_table(columns, rows, fonts=fonts, width=width,
                                           total=["合计", f"{len(rows)} 项", "", "",
                                                  str(sum(k.copies for k in slip.keys)),
                                                  *([""] if returning else [])]), fonts),
        signatures,
    ]


def render_key_slip(slip: KeySlip, letterhead: Letterhead, *, fonts: FontSet | None = None) -> bytes:
    """One counter movement's slip as PDF bytes (A4), the slip number in the QR code."""
    fonts = fonts or cjk_fonts()
    info = FormInfo(title=TITLES[slip.kind], form_no=slip.slip_no, printed_at=slip.printed_at,
                    letterhead=letterhead, subtitle=f"单号：{slip.slip_no}", qr=slip.slip_no)
    return render_form(_story(slip, fonts), info, fonts=fonts, pagesize=A4)
