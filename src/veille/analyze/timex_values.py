"""TIMEX3 values: calendar arithmetic on the article's date, at the right granularity."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Granularity = Literal["day", "week", "month", "year"]
Direction = Literal["past", "future", "nearest"]

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_VALUE = re.compile(r"^(\d{4})$")


def day(date: dt.date) -> str:
    """`2025-10-22`."""
    return date.isoformat()


def week(date: dt.date) -> str:
    """The ISO week of a date: `2025-W43`."""
    year, number, _ = date.isocalendar()
    return f"{year}-W{number:02d}"


def month(date: dt.date) -> str:
    """`2025-10`."""
    return f"{date.year:04d}-{date.month:02d}"


def year(date: dt.date) -> str:
    """`2025`."""
    return f"{date.year:04d}"


def at(date: dt.date, granularity: Granularity) -> str:
    """The value of a date at a granularity."""
    return {"day": day, "week": week, "month": month, "year": year}[granularity](date)


def add_months(date: dt.date, months: int) -> dt.date:
    """The date `months` months later (earlier when negative), day clipped to the month's end."""
    index = date.year * 12 + date.month - 1 + months
    target_year, target_month = divmod(index, 12)
    for day_of_month in (date.day, 30, 29, 28):
        try:
            return dt.date(target_year, target_month + 1, day_of_month)
        except ValueError:
            continue
    raise ValueError(f"no day in {target_year}-{target_month + 1}")


def shift(date: dt.date, amount: int, unit: str) -> tuple[dt.date, Granularity]:
    """The date moved by `amount` units (D, W, M, Y) and the granularity that unit gives."""
    if unit == "D":
        return date + dt.timedelta(days=amount), "day"
    if unit == "W":
        return date + dt.timedelta(weeks=amount), "week"
    if unit == "M":
        return add_months(date, amount), "month"
    if unit == "Y":
        return add_months(date, 12 * amount), "year"
    if unit == "DE":
        return add_months(date, 120 * amount), "year"
    raise ValueError(f"cannot shift a date by the unit {unit!r}")


def weekday(anchor: dt.date, target: int, direction: Direction) -> dt.date:
    """The weekday `target` (0 = Monday) nearest the anchor in a direction.

    The anchor's own weekday is the anchor itself, unless `dernier`/`prochain` made the
    direction strict (see `weekday_strict`).
    """
    back = (anchor.weekday() - target) % 7
    forward = (target - anchor.weekday()) % 7
    if direction == "future":
        return anchor + dt.timedelta(days=forward)
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    return anchor - dt.timedelta(days=back) if back <= forward else anchor + dt.timedelta(days=forward)


def weekday_strict(anchor: dt.date, target: int, direction: Direction) -> dt.date:
    """`lundi dernier` / `lundi prochain`: the weekday strictly before or after the anchor."""
    if direction == "future":
        return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - target) % 7 or 7)


def year_for(anchor: dt.date, month_number: int, day_number: int | None, direction: Direction) -> int:
    """The year of a day or month given without one: the anchor's, unless the tense says otherwise."""
    candidate = (month_number, day_number or 0)
    now = (anchor.month, anchor.day if day_number else 0)
    if direction == "future" and candidate < now and anchor.month - month_number > 2:
        return anchor.year + 1
    if direction == "past" and candidate > now and month_number - anchor.month > 2:
        return anchor.year - 1
    return anchor.year


def date_of(value: str | None) -> tuple[dt.date, Granularity] | None:
    """The date and granularity of an absolute value (`2025-10-22`, `2025-10`, `2025`)."""
    if not value:
        return None
    if match := _DAY_VALUE.match(value):
        try:
            return dt.date(*(int(g) for g in match.groups())), "day"
        except ValueError:
            return None
    if match := _MONTH_VALUE.match(value):
        return dt.date(int(match.group(1)), int(match.group(2)), 1), "month"
    if match := _YEAR_VALUE.match(value):
        return dt.date(int(match.group(1)), 1, 1), "year"
    return None


def duration(amount: int | None, unit: str, below_day: bool) -> str:
    """`P2W`, `PT45M`, `PXY` (amount None: an unknown number of units)."""
    number = "X" if amount is None else str(amount)
    return f"PT{number}{unit}" if below_day else f"P{number}{unit}"
