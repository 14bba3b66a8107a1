"""One page of a long list, as the UI's table models fetch it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows of one page and the total count of the whole list."""

    items: list[T]
    total: int
    page: int
    page_size: int

    @property
    def has_more(self) -> bool:
        return (self.page + 1) * self.page_size < self.total


def page_of(query, page: int, page_size: int, convert: Callable[[object], T]) -> Page[T]:
    """Run `query` for one page and count the whole; rows converted to plain data."""
    page = max(page, 0)
    page_size = max(1, min(page_size, 1000))
    total = query.count()
    rows = [convert(r) for r in query.paginate(page + 1, page_size)]
    return Page(rows, total, page, page_size)


@dataclass(frozen=True)
class KeysetPage(Page[T]):
    """A page of a list read by key (rows after the last one seen), for tables of millions of rows.

    `total` is -1 when counting the whole list would cost more than reading the page.
    """

    more: bool = False

    @property
    def has_more(self) -> bool:
        return self.more
