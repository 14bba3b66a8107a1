"""Who applies decides the papers (SPEC §1.1, and §3 for fit-outs: "same paper rules as move-in").

The applicant is the tenant's own representative (own), someone acting for them (agent: the authorisation
letter and the agent's ID too) or the company itself (company: its business licence too). Each area adds the
papers of its own business (move-in: the move-in notice and the lease) through `also`.
"""
from __future__ import annotations

from collections.abc import Iterable

from models import APPLICANT_KINDS
from services.errors import Problems

# The applicant's own papers per kind; the ID always first, the kind's extra papers last.
APPLICANT_PAPERS: dict[str, tuple[str, ...]] = {
    "own": ("id_copy",),
    "agent": ("id_copy", "authorisation", "agent_id"),
    "company": ("id_copy", "business_licence"),
}
assert set(APPLICANT_PAPERS) == set(APPLICANT_KINDS)


def papers_required(kind: str, also: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The papers an applicant of `kind` brings: the ID, the area's own papers, then the kind's."""
    own = APPLICANT_PAPERS[kind]
    return own[:1] + also + own[1:]


def missing_papers(kind: str, received: Iterable[str], also: tuple[str, ...] = ()) -> list[str]:
    """The papers the applicant kind requires that are not among those received, in the rule's order."""
    seen = set(received)
    return [p for p in papers_required(kind, also) if p not in seen]


def check_papers(problems: Problems, kind: str, received: Iterable[str], *, also: tuple[str, ...] = (),
                 code: str = "papers.missing") -> str:
    """The applicant kind and the papers seen, checked: a problem on `applicant_kind` for an unknown kind and
    one on `papers.<paper>` per paper missing. Returns the papers seen, comma-separated in the rule's order."""
    received = set(received)
    if kind not in APPLICANT_PAPERS:
        problems.add("applicant_kind", "move.applicant_kind")
        return ""
    for paper in missing_papers(kind, received, also):
        problems.add(f"papers.{paper}", code, paper=paper)
    every = papers_required("agent", also) + APPLICANT_PAPERS["company"][1:]
    return ",".join(p for p in every if p in received)
