"""One benchmark figure, printed as a JSON line, and the closing table."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    name: str
    unit: str
    value: float
    baseline: float | None
    target: float | None  # the ratio to stay under (None: report only)

    @property
    def ratio(self) -> float | None:
        return round(self.value / self.baseline, 2) if self.baseline else None

    def json(self) -> str:
        return json.dumps({"name": self.name, "unit": self.unit, "value": round(self.value, 4),
                           "baseline": None if self.baseline is None else round(self.baseline, 4),
                           "ratio": self.ratio, "target": self.target}, ensure_ascii=False)

    @property
    def met(self) -> bool | None:
        if self.target is None or self.ratio is None:
            return None
        return self.ratio <= self.target


def table(results: list[Result]) -> str:
    lines = [f"{'benchmark':<32} {'value':>10} {'baseline':>10} {'ratio':>7} {'target':>7}  ok"]
    for r in results:
        ok = {None: "-", True: "yes", False: "NO"}[r.met]
        lines.append(f"{r.name:<32} {r.value:>9.3f}{r.unit} {(r.baseline or 0):>9.3f}{r.unit} "
                     f"{(r.ratio or 0):>7.2f} {(r.target or 0):>7.2f}  {ok}")
    return "\n".join(lines)
