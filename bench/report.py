"""One benchmark figure, printed as a JSON line, and the closing table."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """A figure; `target` is the ratio to its baseline to stay under, `limit` a bound on the value itself.

    Either may be None (no such target). A figure with neither is reported, not judged.
    """

    name: str
    unit: str
    value: float
    baseline: float | None
    target: float | None = None
    limit: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return round(self.value / self.baseline, 2) if self.baseline else None

    def json(self) -> str:
        data = {"name": self.name, "unit": self.unit, "value": round(self.value, 4),
                "baseline": None if self.baseline is None else round(self.baseline, 4),
                "ratio": self.ratio, "target": self.target, "limit": self.limit, "met": self.met}
        if self.note:
            data["note"] = self.note
        return json.dumps(data, ensure_ascii=False)

    @property
    def met(self) -> bool | None:
        checks = []
        if self.target is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target)
        if self.limit is not None:
            checks.append(self.value <= self.limit)
        return all(checks) if checks else None


def _num(value: float | None, width: int) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.3f}"


def table(results: list[Result]) -> str:
    lines = [f"{'benchmark':<40} {'value':>10} {'baseline':>10} {'ratio':>6} {'target':>6} {'limit':>8} unit  ok"]
    for r in results:
        ok = {None: "-", True: "yes", False: "NO"}[r.met]
        target = "-" if r.target is None else f"{r.target:.1f}x"
        limit = "-" if r.limit is None else f"{r.limit:g}"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        lines.append(f"{r.name:<40} {_num(r.value, 10)} {_num(r.baseline, 10)} {ratio:>6} {target:>6} {limit:>8} "
                     f"{r.unit:<4}  {ok}")
    missed = [r.name for r in results if r.met is False]
    lines.append(f"{len(results)} figures, {sum(r.met is True for r in results)} targets met, "
                 f"{len(missed)} missed" + (f": {', '.join(missed)}" if missed else ""))
    return "\n".join(lines)
