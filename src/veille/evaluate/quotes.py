"""Scores of quotes: found at 30 %, 80 % and exact character overlap, speaker accuracy, quote+speaker F1.

Gold quotes carry text only: each is located in the article text (spaces compared loosely);
overlap is the shared characters over the longer of the two spans. Gold `quotes` (direct,
partial, mixed) and `indirect_quotes` (their `content`) are matched against veille's quotes
of the same family; `not_quotes` found as quotes count as spurious. Speakers match at entity
level, leniently: same name once articles and case are set aside, or one name's words all
within the other's (Trump / Donald Trump, an initial standing for a first name: B. Obama / Barack
Obama), compared with the speaker's (canonical) name.
"""

from __future__ import annotations

import re
import unicodedata

from veille.evaluate.counts import Counts
from veille.evaluate.gold import GoldArticle
from veille.model import Analysis, Quote
from veille.lang.fr.roles import ACRONYM_SKIPS
from veille.resolve.names import is_acronym_of

NAME = "quotes"
THRESHOLDS = {"@30": 0.3, "@80": 0.8, "@exact": 1.0}
_STOP = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "m", "mme"}


def score(gold: GoldArticle, analysis: Analysis) -> dict[str, Counts]:
    """Quote detection at each overlap, speaker accuracy and quote+speaker F1 (at 80 %)."""
    if "quotes" not in gold.data and "indirect_quotes" not in gold.data:
        return {}
    text = analysis.text
    golds = [(q["text"], q.get("speaker"), q.get("kind", "direct")) for q in gold.get("quotes", [])]
    golds += [(q["content"], q.get("speaker"), "indirect") for q in gold.get("indirect_quotes", [])]
    found = list(analysis.quotes)
    result: dict[str, Counts] = {}
    for label, threshold in THRESHOLDS.items():
        pairs, missed, spurious = _match(text, golds, found, threshold)
        counts = Counts()
        for _ in pairs:
            counts.hit()
        for g in missed:
            counts.miss(f"[{g[2]}] {g[0][:100]!r} ({g[1]})")
        for q in spurious:
            counts.spurious(f"[{q.kind}] {q.text[:100]!r} ({q.speaker.name if q.speaker else None})")
        result[f"quotes{label}"] = counts
        if label == "@80":
            result["speaker"], result["quote+speaker"] = _speakers(pairs, missed, spurious)
            result["kind"] = _kinds(pairs)
            result.update(_by_family(pairs, missed, spurious))
    result["not_quotes"] = _not_quotes(text, gold.get("not_quotes", []), found)
    return result


def _speakers(pairs: list[tuple[tuple, Quote]], missed: list, spurious: list) -> tuple[Counts, Counts]:  # type: ignore[type-arg]
    accuracy, joint = Counts(), Counts()
    for g, q in pairs:
        ok = same_speaker(g[1], q)
        accuracy.check(ok, f"{g[0][:60]!r}: expected {g[1]!r}, found {q.speaker.name if q.speaker else None!r}")
        if ok:
            joint.hit()
        else:
            joint.fn += 1
            joint.fp += 1
    joint.fn += len(missed)
    joint.fp += len(spurious)
    return accuracy, joint


def _by_family(pairs: list[tuple[tuple, Quote]], missed: list, spurious: list[Quote]) -> dict[str, Counts]:  # type: ignore[type-arg]
    """Quotes at 80 % and speaker accuracy for quotation-mark quotes and reported speech apart,
    since they fail for different reasons."""
    result: dict[str, Counts] = {}
    for family, indirect in (("marked", False), ("indirect", True)):
        found = Counts(tp=sum((g[2] == "indirect") == indirect for g, _ in pairs))
        found.fn = sum((g[2] == "indirect") == indirect for g in missed)
        found.fp = sum((q.kind == "indirect") == indirect for q in spurious)
        own = [(g, q) for g, q in pairs if (g[2] == "indirect") == indirect]
        result[f"{family}@80"] = found
        result[f"{family} speaker"] = _speakers(own, [], [])[0]
    return result


def _kinds(pairs: list[tuple[tuple, Quote]]) -> Counts:  # type: ignore[type-arg]
    counts = Counts()
    for g, q in pairs:
        counts.check(g[2] == q.kind, f"{g[0][:60]!r}: kind {g[2]}, found {q.kind}")
    return counts


def _not_quotes(text: str, nots: list[dict], found: list[Quote]) -> Counts:  # type: ignore[type-arg]
    counts = Counts()
    for item in nots:
        spans = locate(text, item["text"])
        hit = any(_overlap(s, (q.start, q.end)) >= 0.8 for s in spans for q in found)
        counts.check(not hit, f"not a quote, found as one: {item['text'][:60]!r}")
    return counts


def _match(text: str, golds: list[tuple], found: list[Quote], threshold: float):  # type: ignore[no-untyped-def,type-arg]
    """Greedy best-overlap matching of gold quotes to found quotes of the same family."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(golds):
        spans = locate(text, g[0])
        for qi, q in enumerate(found):
            if (g[2] == "indirect") != (q.kind == "indirect"):
                continue
            best = max((_overlap(s, (q.start, q.end)) for s in spans), default=0.0) if spans else _text_overlap(g[0], q.text)
            if best >= threshold - 1e-9:
                candidates.append((best, gi, qi))
    used_g: set[int] = set()
    used_q: set[int] = set()
    pairs = []
    for _, gi, qi in sorted(candidates, reverse=True):
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            pairs.append((golds[gi], found[qi]))
    missed = [g for i, g in enumerate(golds) if i not in used_g]
    spurious = [q for i, q in enumerate(found) if i not in used_q]
    return pairs, missed, spurious


def locate(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place the quote's text occurs in the article, with any run of spaces matching any other."""
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / max(a[1] - a[0], b[1] - b[0]) if shared > 0 else 0.0


def _text_overlap(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared / max(len(a), len(b), 1)


def _words(name: str | None) -> set[str]:
    if not name:
        return set()
    plain = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return {w for w in re.split(r"[\s'.\-]+", plain) if w and w not in _STOP}


def same_speaker(expected: str | None, quote: Quote) -> bool:
    """Entity-level, lenient: no speaker on both sides, names whose words contain one another, or an
    acronym and its full name."""
    if quote.speaker is None:
        return expected is None
    if expected is None:
        return False
    gold = _words(expected)
    words = _words(quote.speaker.name)
    if is_acronym_of(expected, quote.speaker.name, ACRONYM_SKIPS) or is_acronym_of(quote.speaker.name, expected, ACRONYM_SKIPS):
        return True  # `CGT` and `Confédération générale du travail` are one entity
    return bool(words and gold and (_within(gold, words) or _within(words, gold)))


def _within(small: set[str], large: set[str]) -> bool:
    """Every word of `small` is in `large`, an initial (`j`, `b`) standing for a word it begins."""
    return all(w in large or (len(w) == 1 and any(x.startswith(w) and len(x) > 1 for x in large)) for w in small) and any(w in large for w in small if len(w) > 1)
