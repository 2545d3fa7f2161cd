"""The `veille_quotes` spaCy component: direct, partial, mixed and indirect quotes with speakers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from veille.analyze.extensions import article_of, in_body, text_of
from veille.analyze.quotes.attribution import Attribution, after_quote, before_quote
from veille.analyze.quotes.cues import QUOTE_MARKS, is_speech_token
from veille.analyze.quotes.subjects import names_someone, noun_phrase, subject_of
from veille.analyze.quotes.indirect import find_reported
from veille.analyze.quotes.marks import Marked, pair_marks
from veille.analyze.quotes.speakers import Context, speaker_of
from veille.errors import Problem, message
from veille.lang.fr import grammar, speech
from veille.model import Quote, Span, Speaker

_COORDINATED = re.compile(r"[»”\"]\s*(,|et|ou)\s*[«“\"]\s*$")
_CONFIDENCE = {"after": 0.9, "before": 0.85, "noun": 0.75, "source": 0.85, "dash": 0.8, "elided": 0.75, "inside": 0.8, "context": 0.6}


@Language.factory(
    "veille_quotes",
    assigns=["doc._.quotes"],
    default_config={"follow_window": 700, "indirect": True},
)
def make_quotes(nlp: Language, name: str, follow_window: int, indirect: bool) -> QuoteFinder:
    """Quotes and their speakers; `follow_window` is how far (characters) a follow-on quote inherits a speaker."""
    return QuoteFinder(follow_window=follow_window, indirect=indirect)


@dataclass(slots=True)
class _Item:
    """A quote candidate being built: its characters, tokens, attribution and kind."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    open_tok: int = -1
    close_tok: int = -1


class QuoteFinder:
    """Pairs quotation marks, finds reported speech, attributes each to a speaker."""

    def __init__(self, *, follow_window: int = 700, indirect: bool = True) -> None:
        self.follow_window = follow_window
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        fallback = doc._.entities is None
        quotes, unbalanced = self.find(doc, Context(fallback=fallback))
        self.set_annotations(doc, quotes, unbalanced)
        return doc

    def find(self, doc: Doc, context: Context) -> tuple[list[Quote], list[int]]:
        """All quotes of the doc in text order, and the offsets of unbalanced marks."""
        pairing = pair_marks(text_of(doc))
        context.quoted = [(m.start, m.end) for m in pairing.quotes]
        items = [it for m in pairing.quotes if in_body(doc, m.open, m.close + 1) for it in self._marked(doc, m)]
        if self.indirect:
            for sentence in _paragraph_sentences(doc):
                for r in find_reported(doc, sentence, context.quoted):
                    if in_body(doc, r.start, r.end) and r.end > r.start:
                        items.append(_Item(r.start, r.end, "indirect", Attribution(r.speaker, r.cue, "before")))
        items.sort(key=lambda it: it.start)
        quotes = [q for q in (self._attribute(doc, it, context) for it in items) if q is not None]
        _headline_speakers(doc, quotes)
        return quotes, [u for u in pairing.unbalanced if in_body(doc, u, u + 1)]

    def set_annotations(self, doc: Doc, quotes: list[Quote], unbalanced: list[int]) -> None:
        """Quotes on `doc._.quotes`; a warning on the article for each unbalanced mark."""
        doc._.quotes = quotes
        article = article_of(doc)
        if article is not None:
            for offset in unbalanced:
                note = message(Problem.UNBALANCED_QUOTES, offset=offset)
                if note not in article.warnings:
                    article.warnings.append(note)

    def _marked(self, doc: Doc, mark: Marked) -> list[_Item]:
        """The candidates for a pair of marks (two when an incise interrupts it), with kind and attribution."""
        open_span = doc.char_span(mark.open, mark.open + 1, alignment_mode="expand")
        close_span = doc.char_span(mark.close, mark.close + 1, alignment_mode="expand")
        if open_span is None or close_span is None or not len(open_span) or not len(close_span):
            return []
        o, c = open_span[0].i, close_span[-1].i
        inner = text_of(doc)[mark.start:mark.end]
        if _is_name(doc, o, inner):
            return []
        incise = _incise(doc, o, c)
        if incise is not None:
            return _split(doc, mark, o, c, incise)
        sentence_floor = max(0, o - 40)
        attribution = None
        if _ends_clause(doc, c):
            attribution = after_quote(doc, c)
        if attribution is None:
            attribution = before_quote(doc, o, max(0, sentence_floor - 1)) or _elided(doc, o) or _late_incise(doc, c) or _quoted_verb(doc, o, c)
        kind = _kind(doc, o, inner, attribution)
        return [_Item(mark.start, mark.end, kind, attribution, o, c)]

    def _attribute(self, doc: Doc, item: _Item, context: Context) -> Quote | None:
        """The quote of a candidate, with its speaker resolved (or inherited), or None when it is no quote."""
        attribution = item.attribution
        speaker: Speaker | None = None
        if attribution is not None and attribution.speaker is not None:
            speaker = speaker_of(doc, attribution.speaker, context)
        inner = text_of(doc)[item.start:item.end]
        via = attribution.via if attribution and speaker else "context"
        if speaker is None and item.kind != "indirect" and _coordinated(doc, item, context):
            last = context.speakers[-1][1]
            speaker = Speaker(last.entity, last.name, last.mention)
        if speaker is None and item.kind != "indirect":
            if _epithet(doc, item, inner):
                return None
            speaker = self._follow_on(doc, item, context)
            if speaker is None and _scare(doc, item, inner):
                return None
        if item.kind == "indirect" and speaker is None or _term_in_content(doc, item, inner):
            return None
        cue = None
        if attribution is not None and attribution.cue is not None and speaker is not None:
            cs = doc[attribution.cue[0]:attribution.cue[1]]
            cue = Span(cs.start_char, cs.end_char, text_of(doc)[cs.start_char:cs.end_char])
        context.remember(item.start, speaker)
        confidence = _CONFIDENCE.get(via, 0.5) if speaker else 0.4
        return Quote(inner, item.start, item.end, item.kind, speaker, cue, confidence)

    def _follow_on(self, doc: Doc, item: _Item, context: Context) -> Speaker | None:
        """A quote without a cue inherits the latest speaker of its paragraph (or the one before for full sentences)."""
        introduced = _introduced_by_colon(doc, item, context)
        if introduced is not None:
            return introduced
        own = _sentence_subject(doc, item, context)
        if own is not None:
            return own
        previous = context.last(item.start, self.follow_window)
        if previous is None:
            return _previous_sentence(doc, item, context) or _previous_paragraph(doc, item, context)
        gap = text_of(doc)[_last_position(context):item.start]
        if "\n" not in gap:
            return Speaker(previous.entity, previous.name, previous.mention)
        before = _previous_sentence(doc, item, context)
        if before is not None:
            return before
        if item.kind == "direct" and gap.count("\n\n") <= 1 and gap.count("\n") <= 2:
            return Speaker(previous.entity, previous.name, previous.mention)
        return None


def _previous_paragraph(doc: Doc, item: _Item, context: Context) -> Speaker | None:
    """`La ministre Anne Durand a parlé longuement.` then a paragraph that opens on a quote: the
    person who was speaking at the end of the previous paragraph."""
    line = text_of(doc).rfind("\n", 0, item.start)
    if item.kind != "direct" or item.open_tok <= 0 or line < 0 or text_of(doc)[line:item.start].strip() not in {"", "«", "“", '"', "‹"}:
        return None
    j = item.open_tok - 1
    while j > 0 and doc[j].is_space:
        j -= 1
    last = doc[j].sent
    talking = any(is_speech_token(t) and t.pos_ == "VERB" for t in last)
    for token in last if talking else ():
        pronoun = token.pos_ == "PRON" and token.lower_ in speech.SUBJECT_PRONOUNS
        if token.dep_.startswith("nsubj") and token.head.dep_ == "ROOT" and (token.pos_ in {"PROPN", "NOUN"} or pronoun):
            speaker = speaker_of(doc, subject_of(doc, token.head.i, last.start) or _subject_span(doc, token), context)
            return speaker if speaker is not None and speaker.entity else None
    return None


def _headline_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """A headline quote names its speaker only in the body: the speaker of the body quote that
    repeats its words, else the article's main speaker."""
    article = article_of(doc)
    zone = next((z for z in article.zones if z.kind == "headline"), None) if article is not None else None
    if zone is None:
        return
    spoken = [(q.text.lower(), q.speaker) for q in quotes if q.start >= zone.end and q.speaker is not None]
    if not spoken:
        return
    body = [(speaker, set(text.split())) for text, speaker in spoken]
    said = {text.strip(" .!?"): speaker for text, speaker in spoken}
    main = Counter(speaker.name for speaker, _ in body).most_common(1)[0][0]
    main_speaker = next(speaker for speaker, _ in body if speaker.name == main)
    for index, quote in enumerate(quotes):
        same = said.get(quote.text.lower().strip(" .!?")) if quote.end <= zone.end else None
        if same is not None:  # the body says who spoke the very words the headline quotes
            quotes[index] = Quote(quote.text, quote.start, quote.end, quote.kind, Speaker(same.entity, same.name, None), quote.cue, quote.confidence)
            continue
        if quote.end > zone.end or quote.speaker is not None or quote.kind != "direct":
            continue
        words = set(quote.text.lower().split())
        echo, shared = max(((speaker, len(words & other)) for speaker, other in body), key=lambda pair: pair[1])
        source = echo if shared * 2 >= len(words) else main_speaker
        quotes[index] = Quote(quote.text, quote.start, quote.end, quote.kind, Speaker(source.entity, source.name, None), None, 0.5)


def _paragraph_sentences(doc: Doc) -> Iterator[SpacySpan]:
    """The doc's sentences, cut again at line breaks: the parser often runs a paragraph's last
    sentence into the next paragraph, and reported speech never crosses one."""
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    yield doc[start:token.i]
                start = token.i + 1
        if start < sentence.end:
            yield doc[start:sentence.end]


def _coordinated(doc: Doc, item: _Item, context: Context) -> bool:
    """`« grossier » et « inquiétant »`: a quote coordinated with the quote just before, which has a speaker."""
    if not context.speakers or not _COORDINATED.search(text_of(doc)[max(0, item.start - 10):item.start]):
        return False
    earlier = [start for start, end in context.quoted if end < item.start]
    return bool(earlier) and context.speakers[-1][0] == max(earlier)


def _previous_sentence(doc: Doc, item: _Item, context: Context) -> Speaker | None:
    """`La Maison Blanche reste muette ... Officiellement, il s'agit de «...»`: the subject of the
    previous sentence of the paragraph, when either sentence is about communicating (always, for a
    full-sentence quote)."""
    if item.open_tok <= 0:
        return None
    sentence = doc[item.open_tok].sent
    ends = [t.i for t in doc[sentence.start:item.open_tok] if t.text in {".", "!", "?"}]
    if ends:
        previous = doc[sentence.start:ends[-1] + 1]
    elif sentence.start == 0:
        return None
    else:
        previous = doc[sentence.start - 1].sent
    breaks = [t.i for t in previous if "\n" in t.text]
    if breaks:
        previous = doc[breaks[-1] + 1:previous.end]
    if not len(previous) or "\n" in text_of(doc)[previous.end_char - 1:doc[item.open_tok].idx]:
        return None
    words = {t.lower_ for t in previous} | {t.lower_ for t in doc[previous.end:item.open_tok]}
    talking = bool(words & speech.COMMUNICATION_CONTEXT) or any(is_speech_token(t) and t.pos_ == "VERB" for t in previous)
    if item.kind != "direct" and not talking:
        return None
    for token in previous:
        if token.dep_.startswith("nsubj") and token.head.dep_ == "ROOT" and token.head.i < previous.end and token.pos_ in {"PROPN", "NOUN", "PRON"}:
            if token.pos_ == "PRON" and token.lower_ not in speech.SUBJECT_PRONOUNS:
                return None
            return speaker_of(doc, _subject_span(doc, token), context)
    if previous[0].ent_type_ == "PER" and previous[0].ent_iob_ == "B":  # `Mamadou Diallo, 52 ans, habite en face.`, parsed verbless
        return speaker_of(doc, noun_phrase(doc, previous.start), context)
    return None


def _sentence_subject(doc: Doc, item: _Item, context: Context) -> Speaker | None:
    """`Bruno Le Roux est ensuite intervenu, trouvant le « procédé ... »`: the person subject of
    the main verb of the quote's own sentence, when that verb comes before the quote."""
    if item.open_tok <= 0:
        return None
    sentence = doc[item.open_tok].sent
    root = sentence.root
    if root.i >= item.open_tok or root.pos_ not in {"VERB", "AUX"}:
        return None
    for child in root.children:
        subject = child.dep_.startswith("nsubj") or (child.dep_ in {"vocative", "dislocated"} and child.pos_ == "PROPN")
        if subject and child.i < root.i and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            if child.pos_ == "PRON" and child.lower_ not in speech.SUBJECT_PRONOUNS or "\n" in text_of(doc)[child.idx:doc[item.open_tok].idx]:
                return None
            speaker = speaker_of(doc, _subject_span(doc, child), context)
            return speaker if speaker is not None and (speaker.entity or "").startswith("per:") else None
    return None


def _subject_span(doc: Doc, subject: Token) -> tuple[int, int]:
    """The tokens of a subject: a pronoun alone, else its noun phrase from its leftmost word."""
    if subject.pos_ == "PRON":
        return (subject.i, subject.i + 1)
    return (subject.left_edge.i, noun_phrase(doc, subject.i)[1])


def _last_position(context: Context) -> int:
    return context.speakers[-1][0] if context.speakers else 0


def _introduced_by_colon(doc: Doc, item: _Item, context: Context) -> Speaker | None:
    """`Il a souhaité faire un rappel au règlement : « ... »`: the subject of the introducing clause."""
    j = item.open_tok - 1
    while j > 0 and doc[j].is_space:
        j -= 1  # the colon may end the paragraph before
    if item.open_tok <= 0 or doc[j].text != ":":
        return None
    return _colon_speaker(doc, j, context)


def _colon_speaker(doc: Doc, j: int, context: Context) -> Speaker | None:
    """The subject of the clause a colon ends (`Devant les caméras, elle a confié :`)."""
    sentence = doc[j].sent
    ends = [t.i for t in doc[sentence.start:j] if t.text in {".", "!", "?"} or "\n" in t.text]
    start = ends[-1] + 1 if ends else sentence.start  # the parser may run the sentence before into this one
    subjects = [t for t in doc[start:j] if t.dep_.startswith("nsubj") and start <= t.head.i < j]
    main = [t for t in subjects if t.head.dep_ == "ROOT"] or [t for t in subjects if t.head.pos_ == "VERB" and t.head.dep_ != "acl"]
    phrase = subject_of(doc, main[0].head.i, start) if main else _opening_phrase(doc, start, j)
    return speaker_of(doc, phrase, context) if phrase else None


def _opening_phrase(doc: Doc, start: int, colon: int) -> tuple[int, int] | None:
    """`Un étudiant, à côté d'elle : «`, `Un autre, plus jeune, lance : «`: a clause without a verb
    (or whose only verb is a cue the tagger missed) that opens on someone speaks."""
    while start < colon and doc[start].is_space:
        start += 1
    if start >= colon or not (doc[start].pos_ == "DET" or doc[start].ent_type_ == "PER"):
        return None
    phrase = noun_phrase(doc, start)
    another = phrase[1] - phrase[0] == 2 and doc[start + 1].lower_ in {"autre", "autres"}
    if not (another or names_someone(doc, phrase)):
        return None
    verbs = [t for t in doc[phrase[1]:colon] if t.pos_ in {"VERB", "AUX"} or is_speech_token(t)]
    return phrase if all(is_speech_token(t) for t in verbs) else None


def _ends_clause(doc: Doc, close: int) -> bool:
    """True when what follows the closing mark may be an attribution (`», dit-il`, `» – Nom`)."""
    if close + 1 < len(doc) and doc[close + 1].text in {",", "–", "—", "-"}:
        return True
    if close + 2 < len(doc) and doc[close + 1].is_space and doc[close + 2].text in {"–", "—"}:
        return True  # the signature on the line below: `»` / `– Nadia Belhoul, sur Instagram`
    for token in doc[close + 1:min(len(doc), close + 4)]:
        if is_speech_token(token):
            return True
        if not (token.pos_ in {"AUX", "ADV"} or token.lower_ in {"s'", "s’", "se"}):
            return False
    return False


def _late_incise(doc: Doc, close: int) -> Attribution | None:
    """`« ... », y compris le montant, commente Song Myung-Sup.`: an incise closing the quote's sentence further on."""
    for k in range(close + 2, min(len(doc), close + 30)):
        token = doc[k]
        if token.text in {".", "!", "?", ";"} or token.text in QUOTE_MARKS or "\n" in token.text:
            return None
        if token.text != ",":
            continue
        found = after_quote(doc, k - 1)
        if found is not None and found.speaker is not None and found.cue is not None and found.cue[0] == k + 1:
            end = found.speaker[1]
            if end >= len(doc) or doc[end].text in {".", "!", "?", ",", ";"}:
                return found
    return None


def _quoted_verb(doc: Doc, open_: int, close: int) -> Attribution | None:
    """`La Cédéao a « condamné avec la plus grande fermeté » cette tentative`: the quote opens on the
    participle of the sentence's verb, after its auxiliary; the verb's subject said those words."""
    if open_ < 1 or open_ + 1 >= close or not (doc[open_ - 1].pos_ == "AUX" or doc[open_ - 1].lower_ in {"a", "ont", "avait", "avaient"}):
        return None
    participle = doc[open_ + 1]
    if "Part" not in participle.morph.get("VerbForm") or participle.pos_ not in {"VERB", "ADJ"}:
        return None
    subject = subject_of(doc, participle.i, max(0, open_ - 40))
    return Attribution(subject, (participle.i, participle.i + 1), "before") if subject else None


def _elided(doc: Doc, open_: int) -> Attribution | None:
    """`X a évoqué un «a», Y, un «b»`: the verb is elided, Y speaks, the cue is the earlier one."""
    j = open_ - 1
    if j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    if j < 0 or doc[j].text != ",":
        return None
    k = j - 1
    while k > 0 and doc[k].text != "," and j - k < 14:
        k -= 1
    if k <= 0 or doc[k].text != "," or not any(t.ent_type_ in {"PER", "ORG"} for t in doc[k + 1:j]):
        return None
    earlier = doc[k - 1]
    if earlier.text not in {"»", "”", '"'}:
        return None
    for t in doc[earlier.sent.start:k]:
        if is_speech_token(t) and t.pos_ in {"VERB", "AUX"}:
            return Attribution((k + 1, j), (t.i, t.i + 1), "elided")
    return None


def _incise(doc: Doc, open_: int, close: int) -> tuple[int, int, Attribution] | None:
    """« A, affirme-t-elle. B »: an attribution interrupting a quote from inside; the incise's tokens and attribution."""
    for token in doc[open_ + 2:close]:
        if token.text != "," or token.i + 2 >= close:
            continue
        found = after_quote(doc, token.i - 1)
        if found is None or found.speaker is None or found.cue is None or found.cue[0] != token.i + 1:
            continue
        if "-à-" in doc[found.cue[0]:found.cue[1]].text or found.speaker[0] < found.cue[0]:
            continue
        end = max(found.speaker[1], found.cue[1])  # `a-t-elle souri.`: the subject may come before the participle
        if end + 1 < close and doc[end].text == "," and doc[end + 1].pos_ in {"NOUN", "DET", "ADJ"}:
            stop = _incise_end(doc, end + 1, close)  # `affirme l'entraîneur, Patrick Morvan, facteur de métier.`
            if stop is not None:
                return (token.i, stop + 1, found)
        if end + 1 < close and doc[end].text in {".", ",", ";", ":"}:
            return (token.i, end + 1, found)
        stop = _incise_end(doc, end, close)
        if stop is not None:
            return (token.i, stop + 1, found)
    return None


def _incise_end(doc: Doc, end: int, close: int) -> int | None:
    """`affirme-t-elle au lendemain de la projection.` / `dit X, maire de Y.`: the full stop that
    ends an incise after a few words with no verb (its circumstances, an apposition)."""
    for k in range(end, min(close - 1, end + 14)):
        token = doc[k]
        if token.text in {".", ";"}:
            return k
        if token.text in QUOTE_MARKS or "\n" in token.text or (token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm")):
            return None
    return None


def _split(doc: Doc, mark: Marked, open_: int, close: int, incise: tuple[int, int, Attribution]) -> list[_Item]:
    """The two quotes on either side of an incise, both with its attribution."""
    first, after, attribution = incise
    last = doc[first - 1]
    left_end = last.idx + len(last.text)
    right_start = doc[after].idx
    items = []
    if left_end > mark.start:
        items.append(_Item(mark.start, left_end, "direct", attribution, open_, first - 1))
    if mark.end > right_start:
        items.append(_Item(right_start, mark.end, "direct", attribution, after - 1, close))
    return items


def _kind(doc: Doc, open_: int, inner: str, attribution: Attribution | None) -> str:
    """direct (a whole utterance), mixed (in a reported clause), or partial (a fragment)."""
    before = [t for t in doc[max(0, open_ - 4):open_]]
    words = [t.lower_ for t in before]
    if any(w in grammar.QUE for w in words[-2:]):
        return "mixed"
    starts_sentence = not before or before[-1].text in {".", "!", "?", ":", "»", "\n"} or before[-1].is_space or doc[open_].is_sent_start
    if starts_sentence or (inner[:1].isupper() and len(inner.split()) >= 4):
        return "direct"
    if attribution is not None and attribution.via == "before" and any(t.pos_ in {"VERB", "AUX"} for t in doc.char_span(doc[open_].idx + 1, doc[open_].idx + 1 + len(inner), alignment_mode="expand") or []) and len(inner.split()) >= 3:
        return "mixed"
    return "partial"


_SENTENCE_OPENERS = {"PRON", "DET", "AUX", "ADV", "SCONJ", "CCONJ"}
_DESCRIPTION_STARTS = {"VERB", "AUX", "ADP", "ADJ", "ADV"}  # a quote after `une réforme`, `une campagne` that describes it


def _is_name(doc: Doc, open_: int, inner: str) -> bool:
    """Nicknames, titles of works, products and codes in quotation marks are not quotes."""
    previous = doc[open_ - 1].lower_ if open_ > 0 else ""
    said = previous in {"dit", "dite", "dits"} and open_ > 1 and (doc[open_ - 2].pos_ == "AUX" or doc[open_ - 2].lower_ in {"se", "s'", "s’"})
    first = doc[open_ + 1] if open_ + 1 < len(doc) else None
    described = first is not None and first.pos_ in _DESCRIPTION_STARTS and not first.is_title  # `une réforme « faite dans le dos »`
    if previous in speech.NAME_INTRODUCERS and not said and not described or _on_a_sign(doc, open_):
        return True
    words = inner.split()
    if not words or len(words) > 8:
        return False
    if _title_like(doc, open_, inner):
        return True
    opener = first is not None and first.pos_ in _SENTENCE_OPENERS  # `« C'est le jeu »`: a sentence, not a name
    capitalised = [w for w in words[opener:] if len(w) > 3]
    if capitalised and all(w[:1].isupper() or w[:1].isdigit() for w in capitalised) and not inner.rstrip().endswith((".", "!", "?")):
        return len(words) <= 5 and not (open_ > 0 and is_speech_token(doc[open_ - 1]))
    return False


def _on_a_sign(doc: Doc, open_: int) -> bool:
    """`des pancartes « Sauvez la piscine »`, `Sur une banderole, ils avaient écrit « ... »`: a slogan
    carried by a sign, with no one said to speak between the sign and the quote."""
    if open_ <= 0:
        return False
    sentence = doc[open_].sent
    sign = max((t.i for t in doc[sentence.start:open_] if t.lemma_.lower() in speech.SIGN_NOUNS or t.lower_ in speech.SIGN_NOUNS), default=None)
    if sign is None or open_ - sign > 25:
        return False
    return not any(is_speech_token(t) and t.lemma_.lower() not in speech.WRITING_VERBS for t in doc[sign + 1:open_])


def _title_like(doc: Doc, open_: int, inner: str) -> bool:
    """`un rapport sur « Les revenus et le patrimoine des ménages »`, `« La Petite danseuse de quatorze
    ans »`: a capitalised phrase without a verb, inside a sentence and after no cue, names a work."""
    if not inner[:1].isupper() or inner.rstrip().endswith((".", "!", "?", "…")) or open_ == 0:
        return False
    previous = doc[open_ - 1]
    if previous.text in {":", ".", "!", "?"} or previous.is_space or is_speech_token(previous) or previous.lower_ in grammar.QUE:
        return False
    span = doc.char_span(doc[open_].idx + 1, doc[open_].idx + 1 + len(inner), alignment_mode="expand")
    return span is not None and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span)


def _scare(doc: Doc, item: _Item, inner: str) -> bool:
    """A fragment without cue or speaker: a scare quote or epithet, not reported speech."""
    return item.kind != "direct" or len(inner.split()) < 4


def _term_in_content(doc: Doc, item: _Item, inner: str) -> bool:
    """`a fait valoir que les terrains sont soumis aux restrictions, seuls les “greens” pouvant être
    arrosés`: one word after a definite article, inside reported content, is a term, not a quote."""
    attribution = item.attribution
    if item.kind == "direct" or len(inner.split()) != 1 or attribution is None or attribution.cue is None:
        return False
    if item.open_tok <= 0 or doc[item.open_tok - 1].lower_ not in {"le", "la", "les", "l'", "l’"}:
        return False
    return any(t.lower_ in grammar.QUE for t in doc[attribution.cue[1]:item.open_tok])


def _epithet(doc: Doc, item: _Item, inner: str) -> bool:
    """A cue-less single word, or a short phrase after a determiner (le «faiseur de deals»)."""
    if item.kind == "direct":
        return False
    words = inner.split()
    after_determiner = item.open_tok > 0 and doc[item.open_tok - 1].lower_ in speech.DETERMINERS
    return len(words) == 1 or (after_determiner and len(words) <= 3)
