"""Counts of hits and misses, and the precision, recall, F1 and accuracy made from them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one measure, with the errors seen.

    For an accuracy measure, `tp` counts the right answers and `fn` the wrong ones.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)
    is_accuracy: bool = False

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.errors.extend(other.errors)
        self.is_accuracy = self.is_accuracy or other.is_accuracy
        return self

    @property
    def accuracy(self) -> float:
        """Right answers among all answers (for an accuracy measure, the same as recall)."""
        return self.recall

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def miss(self, text: str) -> None:
        """Record a gold item that was not found."""
        self.fn += 1
        self.errors.append(f"missed: {text}")

    def spurious(self, text: str) -> None:
        """Record a found item that is not in the gold."""
        self.fp += 1
        self.errors.append(f"spurious: {text}")

    def hit(self) -> None:
        self.tp += 1

    def check(self, ok: bool, what: str) -> None:
        """An accuracy item: right, or wrong with what was wrong."""
        self.is_accuracy = True
        if ok:
            self.tp += 1
        else:
            self.fn += 1
            self.errors.append(f"wrong: {what}")
