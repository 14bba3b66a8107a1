"""One page of a long list, as the UI's table models fetch it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from models.prepared import Prepared, counted, paged

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


class PagedList:
    """A list whose page and count are SQL kept per shape (`models.prepared`): what `page_of` does, minus
    building the statement and its objects on every call. `build(*shape)` makes the whole list's ordered query
    with holes for the call's values; rows reach `convert` as tuples in the query's column order."""

    def __init__(self, build: Callable[..., object]) -> None:
        self._page = Prepared(lambda *shape: paged(build(*shape)))
        self._count = Prepared(lambda up_to, *shape: counted(build(*shape), up_to))

    def page(self, shape: tuple, given: dict, page: int, page_size: int, convert: Callable[[tuple], T], *,
             count_up_to: int | None = None) -> Page[T]:
        """One page of the list for the call's values `given` (a fresh dict: the page's bounds are added to it)."""
        if page < 0:
            page = 0
        if not 0 < page_size <= 1000:
            page_size = max(1, min(page_size, 1000))
        # The page's bounds go into the call's own dict: a scanned tag's lookup is 0.01 ms, copies count.
        given["_limit"], given["_offset"] = page_size, page * page_size
        items = list(map(convert, self._page.statement(shape).rows(given)))
        if page == 0 and len(items) < page_size:
            return Page(items, len(items), page, page_size)
        if count_up_to is None:
            return Page(items, self._count.scalar((False, *shape), **given), page, page_size)
        counted_rows = self._count.scalar((True, *shape), _up_to=count_up_to + 1, **given)
        return Page(items, min(counted_rows, count_up_to), page, page_size, capped=counted_rows > count_up_to)


@dataclass(frozen=True)
class KeysetPage(Page[T]):
    """A page of a list read by key (rows after the last one seen), for tables of millions of rows.

    `total` is -1 when counting the whole list would cost more than reading the page.
    """

    more: bool = False

    @property
    def has_more(self) -> bool:
        return self.more
