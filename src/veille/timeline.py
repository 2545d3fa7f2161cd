"""Stance series over a corpus: how one actor's attitude toward another moves, and where it turns.

`stance_series(records, holder_id, target_id)` is a pure function over
`StanceRecord`s (article date, `Stance`, evidence text, source). Points are ordered by
the date of the attitude itself, not the article's: a stance with `date = None` and
`before = D` (an attitude the text places earlier, `qu'il avait raillée pendant des
années`) sorts just before the points dated D. Change points are found by binary
segmentation on the polarities: a split is kept when the mean polarity on each side
differs by at least `min_shift` and each side has the sign it claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from veille.model import Stance

#: Smallest difference of mean polarity, either side of a split, that counts as a change.
MIN_SHIFT = 0.6


@dataclass(frozen=True, slots=True)
class StanceRecord:
    """One stance as stored: the article's date, the stance, its evidence text and the article's source."""

    article_date: str | None
    stance: Stance
    evidence: str
    source: str


@dataclass(frozen=True, slots=True)
class Point:
    """One dated attitude in a series; `before` is set when only its upper bound is known."""

    date: str | None
    before: str | None
    polarity: float
    evidence: str
    source: str
    article_date: str | None

    @property
    def sort_key(self) -> tuple[str, int]:
        """Dated points at their date; `before D` points just ahead of D; undated last."""
        if self.date:
            return (self.date, 1)
        if self.before:
            return (self.before, 0)
        return (self.article_date or "9999", 2)


@dataclass(frozen=True, slots=True)
class ChangePoint:
    """A turn in the series: the index of the first point after it and the mean polarity either side."""

    index: int
    date: str | None
    before_mean: float
    after_mean: float

    @property
    def direction(self) -> str:
        """`warming` when the attitude becomes friendlier, `cooling` when more hostile."""
        return "warming" if self.after_mean > self.before_mean else "cooling"


@dataclass(slots=True)
class Series:
    """The stance of a holder toward a target over time, with its detected changes."""

    holder: str
    target: str
    points: list[Point] = field(default_factory=list)
    changes: list[ChangePoint] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form for the CLI and the REST API."""
        return {
            "holder": self.holder,
            "target": self.target,
            "points": [
                {"date": p.date, "before": p.before, "polarity": p.polarity, "evidence": p.evidence,
                 "source": p.source, "article_date": p.article_date}
                for p in self.points
            ],
            "changes": [
                {"index": c.index, "date": c.date, "before_mean": round(c.before_mean, 3),
                 "after_mean": round(c.after_mean, 3), "direction": c.direction}
                for c in self.changes
            ],
        }


def stance_series(
    records: Iterable[StanceRecord | tuple[str | None, Stance, str, str]],
    holder_id: str,
    target_id: str,
    *,
    min_shift: float = MIN_SHIFT,
) -> Series:
    """The holder's stance toward the target, in the order of the attitudes' own dates, with change points."""
    points: list[Point] = []
    for record in records:
        item = record if isinstance(record, StanceRecord) else StanceRecord(*record)
        stance = item.stance
        if stance.holder != holder_id or stance.target != target_id:
            continue
        before = stance.before if not stance.date else None
        points.append(Point(stance.date, before, stance.polarity, item.evidence, item.source, item.article_date))
    points.sort(key=lambda p: p.sort_key)
    series = Series(holder_id, target_id, points)
    series.changes = change_points([p.polarity for p in points], points, min_shift)
    return series


def change_points(values: list[float], points: list[Point], min_shift: float) -> list[ChangePoint]:
    """Binary segmentation: split where the means differ most, keep the split if the shift is large enough."""
    found: list[ChangePoint] = []
    _segment(values, 0, len(values), points, min_shift, found)
    return sorted(found, key=lambda c: c.index)


def _segment(values: list[float], lo: int, hi: int, points: list[Point], min_shift: float,
             found: list[ChangePoint]) -> None:
    best: tuple[float, int, float, float] | None = None
    for cut in range(lo + 1, hi):
        if points[cut].sort_key == points[cut - 1].sort_key:
            continue  # two attitudes of the same moment cannot be a turn between them
        left, right = values[lo:cut], values[cut:hi]
        left_mean, right_mean = sum(left) / len(left), sum(right) / len(right)
        weight = abs(left_mean - right_mean) * ((len(left) * len(right)) / (hi - lo)) ** 0.5
        if best is None or weight > best[0]:
            best = (weight, cut, left_mean, right_mean)
    if best is None:
        return
    _, cut, left_mean, right_mean = best
    if abs(left_mean - right_mean) < min_shift:
        return
    point = points[cut]
    found.append(ChangePoint(cut, point.date or point.before, left_mean, right_mean))
    _segment(values, lo, cut, points, min_shift, found)
    _segment(values, cut, hi, points, min_shift, found)
