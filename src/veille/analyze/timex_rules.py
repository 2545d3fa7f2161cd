"""The grammar of French temporal expressions: patterns over the text and the value each one gets.

Pure functions of the text, the article's date and a tense oracle, so that they can be tested
without a model. `find_timexes(text, context)` returns non-overlapping `Found` items, the
longest expression winning where two overlap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from veille.analyze import timex_values as tv
from veille.analyze.gates import Folder, Words, may_match, needed_words
from veille.lang.fr import time as words

TenseOracle = Callable[[int, int], "tv.Direction | None"]


@dataclass(slots=True)
class Context:
    """What values depend on: the article's date (None: relative expressions stay unresolved)."""

    anchor: dt.date | None
    tense: TenseOracle = lambda start, end: None


@dataclass(slots=True)
class Found:
    """A temporal expression found in the text, before anaphoric values are filled in."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    clock: str | None = None
    shift: tuple[int, str] | None = None
    day_offset: int = 0


Handler = Callable[[re.Match[str], Context], "Found | None"]


def _alt(items: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, with flexible spaces and apostrophes."""
    escaped = []
    for item in sorted(set(items), key=len, reverse=True):
        pattern = re.escape(item).replace("\\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
        escaped.append(pattern.replace("['['’]]", "['’]"))
    return "(?:" + "|".join(escaped) + ")"


_L, _R = r"(?<![\w-])", r"(?![\w])"
MONTH = _alt(words.MONTHS)
WEEKDAY = _alt(words.WEEKDAYS)
_NUMWORD = _alt(w for w in words.NUMBER_WORDS if w not in {"et", "demi", "demie"})
NUM = rf"(?:\d{{1,3}}|{_NUMWORD}(?:(?:[\s-]+et)?[\s-]+{_NUMWORD})*)"
VAGUE = _alt(words.VAGUE_QUANTITIES)
UNIT = _alt(words.UNITS)
QMOD = _alt(words.QUANTITY_MODS)
PAST = _alt(words.PAST_WORDS)
FUTURE = _alt(words.FUTURE_WORDS)
POD = _alt(["matin", "soir", "après-midi", "midi", "soirée", "nuit"])
PMOD = _alt(k for k in words.PERIOD_MODS if k != "mi-")
YEAR = r"(?:1\d{3}|20\d{2})"
_DE = r"(?:(?:de\s+l['’]|du|de\s+la|des|de|d['’])\s*)?"


def _mk(pattern: str, left: str = _L) -> re.Pattern[str]:
    return re.compile(left + pattern + _R, re.IGNORECASE)


def _span(match: re.Match[str]) -> tuple[int, int]:
    group = "t" if "t" in match.re.groupindex and match.group("t") is not None else 0
    return match.start(group), match.end(group)


def _direction(match: re.Match[str], context: Context) -> tv.Direction | None:
    start, end = _span(match)
    return context.tense(start, end)


def _rel(text: str | None) -> tv.Direction | None:
    if not text:
        return None
    lowered = text.lower()
    if lowered in words.PAST_WORDS:
        return "past"
    if lowered in words.FUTURE_WORDS:
        return "future"
    return None


def _number(text: str) -> int | None:
    return None if text.lower() in words.VAGUE_QUANTITIES else words.parse_number(text)


def _group(match: re.Match[str], name: str) -> str | None:
    return match.group(name) if name in match.re.groupindex else None


def _day_number(text: str) -> int:
    lowered = text.lower()
    return 1 if lowered in {"1er", "premier"} else int(lowered)


def _found(match: re.Match[str], kind: str, value: str | None, mod: str | None = None) -> Found:
    start, end = _span(match)
    return Found(start, end, kind, value, mod)


# --- dates with a day ------------------------------------------------------------------

def _day_date(match: re.Match[str], context: Context) -> Found | None:
    month_number = words.MONTHS[match.group("m").lower()]
    day_number = _day_number(match.group("d"))
    if match.group("y"):
        year_number: int | None = int(match.group("y"))
    elif context.anchor is not None:
        direction = _rel(_group(match, "rel")) or _direction(match, context) or "nearest"
        year_number = tv.year_for(context.anchor, month_number, day_number, direction)
    else:
        year_number = None
    if year_number is None:
        return _found(match, "DATE", None)
    try:
        return _found(match, "DATE", dt.date(year_number, month_number, day_number).isoformat())
    except ValueError:
        return None


def _month_date(match: re.Match[str], context: Context) -> Found | None:
    month_number = words.MONTHS[match.group("m").lower()]
    if match.group("y"):
        return _found(match, "DATE", f"{int(match.group('y')):04d}-{month_number:02d}")
    if context.anchor is None:
        return _found(match, "DATE", None)
    year_number = tv.year_for(context.anchor, month_number, None, _direction(match, context) or "nearest")
    return _found(match, "DATE", f"{year_number:04d}-{month_number:02d}")


def _year(match: re.Match[str], context: Context) -> Found | None:
    after = match.string[match.end():match.end() + 20].split()
    before = match.string[max(0, match.start() - 3):match.start()]
    if after and after[0].lower().strip(",.;:)") in words.NOT_YEAR_NOUNS:
        return None
    if re.search(r"\d\s$|n°\s*$", before) or _preceding_word(match) in words.NOT_YEAR_BEFORE:
        return None
    return _found(match, "DATE", match.group("y"))


def _decade(match: re.Match[str], context: Context) -> Found | None:
    century = match.group("c")
    digit = match.group("d")
    if century is None:
        century = "20" if digit in {"0", "1", "2"} else "19"
    return _found(match, "DATE", f"{century}{digit}")


def _period_value(period: str, context: Context, match: re.Match[str]) -> str | None:
    """The value of the period after `début`, `fin`, `mi-` ... ."""
    lowered = period.lower()
    if found := re.match(r"([ivx]+)e", lowered):
        number = _roman(found.group(1))
        return f"{number - 1:02d}" if number else None
    if found := re.search(r"(hiver|été|automne|printemps)(?:\s+(\d{4}))?", lowered):
        season_year = found.group(2) or (str(context.anchor.year) if context.anchor else None)
        return f"{season_year}-{words.SEASONS[found.group(1)]}" if season_year else None
    if found := re.search(rf"années\s+(19|20)?(\d)0", lowered):
        return f"{found.group(1) or ('20' if found.group(2) in '012' else '19')}{found.group(2)}"
    if found := re.search(r"\d{4}", lowered):
        year_text = found.group(0)
        month_match = re.match(MONTH, lowered, re.IGNORECASE)
        return f"{year_text}-{words.MONTHS[month_match.group(0)]:02d}" if month_match else year_text
    if context.anchor is None:
        return None
    if month_match := re.match(MONTH, lowered, re.IGNORECASE):
        month_number = words.MONTHS[month_match.group(0)]
        year_number = tv.year_for(context.anchor, month_number, None, _direction(match, context) or "nearest")
        return f"{year_number:04d}-{month_number:02d}"
    if "semaine" in lowered:
        return tv.week(context.anchor)
    step = {"past": -1, "future": 1}.get(_rel(lowered.split()[-1]) or "", 0)
    if "mois" in lowered:
        return tv.month(tv.add_months(context.anchor, step))
    if "siècle" in lowered:
        return f"{context.anchor.year // 100:02d}"
    return str(context.anchor.year + step)


def _period_mod(match: re.Match[str], context: Context) -> Found | None:
    key = re.sub(r"\s+", " ", match.group("pm").lower()).strip()
    mod = words.PERIOD_MODS.get(key, "MID")
    return _found(match, "DATE", _period_value(match.group("p"), context, match), mod)


# --- deictic expressions: relative to the article's date -------------------------------

def _with_part(date: dt.date, part: str | None) -> tuple[str, str]:
    """(type, value) of a day, or of a part of it (`hier soir` -> TIME 2025-10-21TEV)."""
    if part:
        return "TIME", f"{date.isoformat()}T{words.PARTS_OF_DAY[part.lower()]}"
    return "DATE", date.isoformat()


def _relative_day(match: re.Match[str], context: Context) -> Found | None:
    offset = words.RELATIVE_DAYS[match.group("rd").lower().replace("’", "'")]
    if context.anchor is None:
        return _found(match, "TIME" if match.group("pod") else "DATE", None)
    kind, value = _with_part(context.anchor + dt.timedelta(days=offset), match.group("pod"))
    return _found(match, kind, value)


def _this(match: re.Match[str], context: Context) -> Found | None:
    what = match.group("w").lower()
    kind = "TIME" if what in words.PARTS_OF_DAY else "DATE"
    if context.anchor is None:
        return _found(match, kind, None)
    anchor = context.anchor
    if kind == "TIME":
        if what == "nuit" and _direction(match, context) != "future":
            anchor -= dt.timedelta(days=1)
        return _found(match, kind, f"{anchor.isoformat()}T{words.PARTS_OF_DAY[what]}")
    if what.startswith("semaine"):
        return _found(match, kind, tv.week(anchor))
    if what.startswith("week-end"):
        return _found(match, kind, f"{tv.week(anchor)}-WE")
    if what.startswith("mois"):
        return _found(match, kind, tv.month(anchor))
    if what.startswith("ann"):
        return _found(match, kind, tv.year(anchor))
    return _found(match, kind, anchor.isoformat())


def _relative_unit(match: re.Match[str], context: Context) -> Found | None:
    direction = _rel(match.group("rel"))
    unit = words.CALENDAR_UNITS.get(match.group("u").lower())
    if direction is None or unit is None:
        return None
    if context.anchor is None:
        return _found(match, "DATE", None)
    step = -1 if direction == "past" else 1
    if unit in {"week", "weekend"}:
        value = tv.week(context.anchor + dt.timedelta(weeks=step))
        return _found(match, "DATE", value + ("-WE" if unit == "weekend" else ""))
    if unit == "month":
        return _found(match, "DATE", tv.month(tv.add_months(context.anchor, step)))
    if unit == "year":
        return _found(match, "DATE", str(context.anchor.year + step))
    if unit == "quarter":
        quarter = (context.anchor.month - 1) // 3 + step
        year_number, index = context.anchor.year + quarter // 4, quarter % 4 + 1
        return _found(match, "DATE", f"{year_number}-Q{index}")
    return None


def _weekday(match: re.Match[str], context: Context) -> Found | None:
    target = words.WEEKDAYS[match.group("wd").lower()]
    part = match.group("pod")
    if context.anchor is None:
        return _found(match, "TIME" if part else "DATE", None)
    strict = _rel(match.group("rel"))
    if strict:
        date = tv.weekday_strict(context.anchor, target, strict)
    else:
        direction = "future" if re.search(r"jusqu['’]à\s+$", match.string[max(0, match.start() - 10):match.start()]) else None
        date = tv.weekday(context.anchor, target, direction or _direction(match, context) or "past")
    kind, value = _with_part(date, part)
    return _found(match, kind, value)


def _night(match: re.Match[str], context: Context) -> Found | None:
    if context.anchor is None:
        return _found(match, "TIME", None)
    first = words.WEEKDAYS[match.group("wd").lower()]
    direction = _direction(match, context) or "past"
    if match.group("wd2"):
        second = tv.weekday(context.anchor, words.WEEKDAYS[match.group("wd2").lower()], direction)
        date = second - dt.timedelta(days=1)
    else:
        date = tv.weekday(context.anchor, first, direction)
    return _found(match, "TIME", f"{date.isoformat()}TNI")


def _quantity(match: re.Match[str]) -> tuple[int | None, str, bool]:
    unit, below_day = words.UNITS[match.group("u").lower()]
    return _number(match.group("q")), unit, below_day


def _ago_or_ahead(match: re.Match[str], context: Context, sign: int) -> Found | None:
    amount, unit, below_day = _quantity(match)
    if amount is None:
        return _found(match, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if context.anchor is None:
        return _found(match, "DATE", None)
    if below_day:
        return _found(match, "DATE", context.anchor.isoformat())
    if unit == "CE":
        return _found(match, "DATE", f"{(context.anchor.year + sign * 100 * amount) // 100:02d}")
    date, granularity = tv.shift(context.anchor, sign * amount, unit)
    return _found(match, "DATE", tv.at(date, granularity))


def _ago(match: re.Match[str], context: Context) -> Found | None:
    return _ago_or_ahead(match, context, -1)


def _ahead(match: re.Match[str], context: Context) -> Found | None:
    return _ago_or_ahead(match, context, +1)


def _anaphoric(match: re.Match[str], context: Context) -> Found | None:
    amount, unit, below_day = _quantity(match)
    if amount is None or below_day or unit == "CE":
        return None
    sign = -1 if match.group("dir").lower() in {"auparavant", "plus tôt"} else 1
    found = _found(match, "DATE", None)
    found.shift = (sign * amount, unit)
    return found


# --- durations, clock times, parts of the day, vague references, sets ------------------

def _preceding_word(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 12):match.start()].split()
    return before[-1].lower() if before else ""


def _duration(match: re.Match[str], context: Context) -> Found | None:
    amount, unit, below_day = _quantity(match)
    if amount is None and not match.group("prep"):
        return None
    if unit == "Y" and not match.group("prep") and (match.group("qm") or _preceding_word(match) in words.AGE_BEFORE):
        return None
    if unit == "H" and not match.group("prep") and _preceding_word(match) in words.CLOCK_PREPOSITIONS:
        return None
    if match.group("half") and amount is not None:
        value = tv.duration(amount, unit, below_day).replace(str(amount), f"{amount}.5", 1)
    else:
        value = tv.duration(amount, unit, below_day)
    mod = words.QUANTITY_MODS.get(re.sub(r"\s+", " ", match.group("qm").lower())) if match.group("qm") else None
    return _found(match, "DURATION", value, mod)


def _clock(match: re.Match[str], context: Context) -> Found | None:
    hour = words.parse_number(match.group("h"))
    minute_text = (match.group("mi") or "").lower()
    part = re.sub(r"\s+", " ", (match.group("pod") or "").lower().replace("’", "'"))
    spoken = "heure" in match.group(0).lower()
    clock_word = match.group("vers") or _preceding_word(match) in words.CLOCK_PREPOSITIONS
    if spoken and not part and not minute_text and not clock_word:
        return None
    if hour is None or hour > 24:
        return None
    hour += words.DAY_PARTS_AFTER_HOUR.get(part, 0) if hour < 12 else 0
    minute = {"et demie": 30, "et quart": 15}.get(minute_text, int(minute_text) if minute_text.isdigit() else 0)
    if minute > 59:
        return None
    found = _found(match, "TIME", None, "APPROX" if match.group("vers") else None)
    found.clock = f"T{hour:02d}:{minute:02d}"
    return found


def _noon(match: re.Match[str], context: Context) -> Found | None:
    found = _found(match, "TIME", None)
    found.clock = "T12:00" if match.group("t").lower() == "midi" else "T24:00"
    return found


def _part_of_day(match: re.Match[str], context: Context) -> Found | None:
    part = words.PARTS_OF_DAY[match.group("pod").lower()]
    adverb = (match.group("adv") or "").lower()
    position = (match.group("pos") or "").lower()
    mod = "END" if adverb == "tard" or "fin" in position else "START" if adverb == "tôt" or "début" in position else None
    found = _found(match, "TIME", None, mod)
    found.clock = f"T{part}"
    if part == "NI" and _direction(match, context) != "future":
        found.day_offset = -1
    return found


def _reference(match: re.Match[str], context: Context) -> Found | None:
    key = re.sub(r"\s+", " ", match.group(0).lower().replace("’", "'"))
    return _found(match, "DATE", words.REFERENCES.get(key))


def _set_word(match: re.Match[str], context: Context) -> Found | None:
    key = re.sub(r"\s+", " ", match.group(0).lower().replace("’", "'"))
    return _found(match, "SET", words.SET_WORDS.get(key))


def _every_weekday(match: re.Match[str], context: Context) -> Found | None:
    return _found(match, "SET", f"XXXX-WXX-{words.WEEKDAYS[match.group('wd').lower()] + 1}")


def _weekday_day(match: re.Match[str], context: Context) -> Found | None:
    """`le lundi 6`: the day numbered 6 that is a Monday, in the anchor's month or a neighbour."""
    if context.anchor is None:
        return _found(match, "DATE", None)
    target, number = words.WEEKDAYS[match.group("wd").lower()], _day_number(match.group("d"))
    for months in (0, 1, -1):
        first = tv.add_months(context.anchor.replace(day=1), months)
        try:
            date = first.replace(day=number)
        except ValueError:
            continue
        if date.weekday() == target:
            return _found(match, "DATE", date.isoformat())
    return None


def _season(match: re.Match[str], context: Context) -> Found | None:
    code = words.SEASONS[match.group("s").lower()]
    if match.group("y"):
        return _found(match, "DATE", f"{match.group('y')}-{code}")
    if context.anchor is None:
        return _found(match, "DATE", None)
    direction = _rel(match.group("rel"))
    step = {"past": -1, "future": 1}.get(direction or "", 0)
    return _found(match, "DATE", f"{context.anchor.year + step}-{code}")


def _century(match: re.Match[str], context: Context) -> Found | None:
    number = _roman(match.group("r"))
    return _found(match, "DATE", f"{number - 1:02d}") if number else None


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for index, letter in enumerate(text.upper()):
        value = values.get(letter)
        if value is None:
            return None
        following = values.get(text.upper()[index + 1], 0) if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if 0 < total <= 30 else None


def _that_one(match: re.Match[str], context: Context) -> Found | None:
    """`cette année-là`: the same period as the date mentioned before."""
    unit = {"année": "Y", "mois": "M", "jour": "D"}[match.group("u").lower()]
    found = _found(match, "DATE", None)
    found.shift = (0, unit)
    return found


_DAY = r"(?P<d>\d{1,2}|1er|premier)"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (_mk(rf"(?:le\s+)?(?:(?P<wd>{WEEKDAY})\s+(?:le\s+)?)?{_DAY}\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<rel>{PAST}|{FUTURE}))?"), _day_date),
    (_mk(rf"(?P<t>(?P<d>\d{{1,2}})(?:er)?)(?=(?:\s*(?:,|et|au|à|-)\s*(?:le\s+)?\d{{1,2}}(?:er)?)+\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?)"), _day_date),
    (_mk(rf"(?:le\s+)?(?P<wd>{WEEKDAY})\s+{_DAY}(?!\s*(?:\d|h\b|heures?\b|{MONTH}))"), _weekday_day),
    (_mk(rf"(?:mois\s+d['’]|mois\s+de\s+)?(?P<m>{MONTH})\s+(?P<y>{YEAR})"), _month_date),
    (_mk(rf"(?:en|depuis|dès|jusqu['’]en|courant|d['’]ici|avant|après)\s+(?P<t>(?P<m>{MONTH}))(?P<y>)(?!\s+\d)"), _month_date),
    (_mk(rf"(?:entre|de)\s+(?P<t>(?P<m>{MONTH}))(?P<y>)(?=\s+(?:et|à)\s+{MONTH})"), _month_date),
    (_mk(rf"(?:entre|de)\s+{MONTH}\s+(?:et|à)\s+(?P<t>(?P<m>{MONTH}))(?P<y>)(?!\s+\d)"), _month_date),
    (_mk(rf"(?:mois\s+d['’]|mois\s+de\s+)(?P<m>{MONTH})(?P<y>)"), _month_date),
    (_mk(rf"(?:(?:la|le)\s+)?(?P<pm>{PMOD}\s*|mi-){_DE}(?P<p>(?:{MONTH})(?:\s+{YEAR})?|(?:l['’]année\s+|l['’]an\s+)?{YEAR}|l['’]année(?:\s+(?:{PAST}|{FUTURE}))?|années\s+(?:19|20)?\d0|mois(?:\s+(?:{PAST}|{FUTURE}))?|la\s+semaine|semaine|siècle|[IVX]+e(?:\s+siècle)?|(?:l['’])?(?:hiver|été|automne|printemps)(?:\s+{YEAR})?)"), _period_mod),
    (_mk(r"(?:(?:les|des)\s+)?années\s+(?P<c>19|20)?(?P<d>\d)0"), _decade),
    (_mk(rf"(?:(?:l['’]année|l['’]an)\s+)?(?P<y>{YEAR})(?![.,]\d)", left=r"(?<![\w.,])"), _year),
    (_mk(rf"(?:l['’]|le\s+|cet\s+|cette\s+)(?P<s>printemps|été|automne|hiver)(?:\s+(?P<y>{YEAR}))?(?:\s+(?P<rel>{PAST}|{FUTURE}))?"), _season),
    (_mk(r"(?:le\s+)?(?P<r>[IVX]+)e\s+siècle"), _century),
    (_mk(r"(?:cette\s+|ce\s+)(?P<u>année|mois|jour)[\s-]+là"), _that_one),
    (_mk(r"le\s+reste\s+(?:de\s+la\s+|du\s+|de\s+l['’])(?P<w>semaine|mois|année)"), _this),
    (_mk(rf"(?P<rd>{_alt(words.RELATIVE_DAYS)})(?:\s+(?P<pod>matin|soir|après-midi|midi))?"), _relative_day),
    (_mk(r"(?:ce|cet|cette)\s+(?P<w>matin|soir|après-midi|midi|nuit|semaine|week-end|mois-ci|mois|année|jour(?!-là)(?:\s+(?:même|inaugural|historique))?)"), _this),
    (_mk(rf"(?:(?:la|le|l['’])\s*)?(?P<u>semaine|week-end|mois|an|année|trimestre)\s+(?P<rel>{PAST}|{FUTURE})"), _relative_unit),
    (_mk(rf"(?:(?:ce|cette)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?(?:\s+(?P<rel>{PAST}|{FUTURE}))?"), _weekday),
    (_mk(rf"la\s+nuit\s+(?:de|du)\s+(?P<wd>{WEEKDAY})(?:\s+(?:à|au)\s+(?P<wd2>{WEEKDAY}))?"), _night),
    (_mk(rf"il\s+y\s+a\s+(?:(?P<qm>{QMOD})\s+)?(?P<q>{NUM}|{VAGUE})\s+(?P<u>{UNIT})"), _ago),
    (_mk(rf"(?:dans|d['’]ici)\s+(?:(?P<qm>{QMOD})\s+)?(?P<q>{NUM}|{VAGUE})\s+(?P<u>{UNIT})"), _ahead),
    (_mk(rf"(?P<q>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>plus\s+tard|après(?=\s*(?:[.,;:!?)]|$))|auparavant|plus\s+tôt)"), _anaphoric),
    (_mk(rf"(?:(?P<prep>pendant|durant|depuis|en)\s+)?(?:(?P<qm>{QMOD})\s+)?(?P<q>{NUM}|{VAGUE})\s+(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?"), _duration),
    (_mk(r"(?:(?P<vers>vers)\s+)?(?P<h>\d{1,2})\s?h\s?(?P<mi>\d{2})?(?P<pod>)(?!\s*/)"), _clock),
    (_mk(rf"(?:(?P<vers>vers)\s+)?(?P<h>\d{{1,2}}|{NUM})\s+heures?(?:\s+(?P<mi>\d{{2}}|et\s+demie|et\s+quart))?(?:\s+(?P<pod>du\s+matin|du\s+soir|de\s+l['’]après-midi))?"), _clock),
    (_mk(r"(?:à|vers|dès|jusqu['’]à)\s+(?P<t>midi|minuit)"), _noon),
    (_mk(r"(?:(?:dans|durant|pendant|pour|en|vers)\s+)?(?P<t>(?P<adv>)(?P<pos>début|fin|milieu)\s+(?:de\s+|d['’])(?P<pod>matinée|soirée|après-midi|nuit))"), _part_of_day),
    (_mk(r"(?:dans|durant|pendant|pour|de)\s+(?P<t>(?P<adv>)(?P<pos>)(?:la|l['’])\s*(?P<pod>matinée|soirée|après-midi|nuit))(?!\s+(?:de|du|d['’])\s)"), _part_of_day),
    (_mk(r"(?P<adv>tard|tôt)?\s*(?P<pos>)en\s+(?P<pod>matinée|soirée)"), _part_of_day),
    (_mk(_alt(words.REFERENCES)), _reference),
    (_mk(_alt(words.SET_WORDS)), _set_word),
    (_mk(rf"(?:chaque|tous\s+les)\s+(?P<wd>{WEEKDAY})s?"), _every_weekday),
)


def _gated(rules: tuple[tuple[re.Pattern[str], Handler], ...]) -> tuple[list[Words | None], Folder | None]:
    """Each rule's needed words, and the folding its IGNORECASE asks for (no gates if the letters clash)."""
    needs = [needed_words(pattern) for pattern, _ in rules]
    try:
        return needs, Folder(needs)
    except ValueError:
        return [None] * len(rules), None


_NEEDS, _FOLDER = _gated(RULES)


def find_timexes(text: str, context: Context) -> list[Found]:
    """Every temporal expression of the text, longest first where two overlap, in text order."""
    candidates: list[Found] = []
    folded = _FOLDER.fold(text) if _FOLDER is not None else ""
    for (pattern, handler), needs in zip(RULES, _NEEDS):
        if not may_match(needs, folded):  # none of the words every match holds: finditer would find nothing
            continue
        for match in pattern.finditer(text):
            found = handler(match, context)
            if found is not None and found.end > found.start:
                candidates.append(found)
    chosen: list[Found] = []
    taken: list[tuple[int, int]] = []
    for found in sorted(candidates, key=lambda f: (-(f.end - f.start), f.start)):
        if all(found.end <= start or end <= found.start for start, end in taken):
            chosen.append(found)
            taken.append((found.start, found.end))
    chosen.sort(key=lambda f: f.start)
    _fill_anaphoric(text, chosen, context)
    return chosen


def _fill_anaphoric(text: str, found: list[Found], context: Context) -> None:
    """Clock times take the day of the timex just before them; `deux ans après` its predecessor's."""
    for index, item in enumerate(found):
        if item.clock is not None:
            item.value = _clock_value(text, found[:index], item, context)
        elif item.shift is not None:
            item.value = _shifted_value(found[:index], item)


def _clock_value(text: str, before: list[Found], item: Found, context: Context) -> str | None:
    clock = item.clock or ""
    for previous in reversed(before):
        gap = text[previous.end:item.start]
        if len(gap) > 40 or re.search(r"[.!?]\s", gap):
            break
        dated = tv.date_of(previous.value)
        if dated and dated[1] == "day":
            date = dated[0]
            if (previous.value or "").endswith("TNI") and clock[1:3].isdigit() and int(clock[1:3]) < 12:
                date += dt.timedelta(days=1)
            return f"{date.isoformat()}{clock}"
    if context.anchor is None:
        return None
    return f"{(context.anchor + dt.timedelta(days=item.day_offset)).isoformat()}{clock}"


def _shifted_value(before: list[Found], item: Found) -> str | None:
    amount, unit = item.shift or (0, "D")
    for previous in reversed(before):
        dated = tv.date_of(previous.value)
        if dated is None or previous.type not in {"DATE", "TIME"}:
            continue
        date, granularity = dated
        moved, shifted_granularity = tv.shift(date, amount, unit)
        order = ["day", "week", "month", "year"]
        coarsest = max(granularity, shifted_granularity, key=order.index)
        if coarsest == "week" and granularity != "day":
            coarsest = granularity
        return tv.at(moved, coarsest)  # type: ignore[arg-type]
    return None
