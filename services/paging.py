"""One page of a long list, as the UI's table models fetch it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """Rows of one page and the total count of the whole list (`capped`: at least `total`, counting stopped)."""

    items: list[T]
    total: int
    page: int
    page_size: int
    capped: bool = field(default=False, kw_only=True)

    @property
    def has_more(self) -> bool:
        if self.capped:
            return len(self.items) == self.page_size
        return (self.page + 1) * self.page_size < self.total


def page_of(query, page: int, page_size: int, convert: Callable[[object], T], *,
            count_up_to: int | None = None) -> Page[T]:
    """Run `query` for one page and count the whole; rows converted to plain data.

    A first page shorter than a page is the whole list: it is not counted again. `count_up_to` stops counting
    there (a search matching tens of thousands of rows says "more than ..." rather than read them all)."""
    page = max(page, 0)
    page_size = max(1, min(page_size, 1000))
    rows = [convert(r) for r in query.paginate(page + 1, page_size)]
    if page == 0 and len(rows) < page_size:
        return Page(rows, len(rows), page, page_size)
    if count_up_to is None:
        return Page(rows, query.count(), page, page_size)
    counted = query.order_by().limit(count_up_to + 1).count()
    return Page(rows, min(counted, count_up_to), page, page_size, capped=counted > count_up_to)


@dataclass(frozen=True)
class KeysetPage(Page[T]):
    """A page of a list read by key (rows after the last one seen), for tables of millions of rows.

    `total` is -1 when counting the whole list would cost more than reading the page.
    """

    more: bool = False

    @property
    def has_more(self) -> bool:
        return self.more
