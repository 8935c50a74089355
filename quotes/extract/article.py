"""One parsed article: the direct and indirect quotes of each parsed window,
their speakers resolved in reading order, the headline's ``Name: ...``, and
duplicates dropped.

Each quoted span belongs to the window holding its closing mark; the speaker
registry learns the names of each window before its quotes are resolved, and a
quote with no mention of its own continues the previous one (not a speaker
quoted inside someone else's words).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from quotes.extract.anonymity import asks_anonymity
from quotes.extract.direct import Relatives, Window, attribute
from quotes.extract.direct_quote_words import AUXILIARY_VERBS, NEEDS_MORE
from quotes.extract.echoes import headed_by_body_people, headed_by_body_words
from quotes.extract.exchanges import answers_in_exchange
from quotes.extract.headline import find_headline, front_matter
from quotes.extract.indirect import find_indirect
from quotes.extract.interview import find_answers
from quotes.extract.later_names import name_later
from quotes.extract.mention_names import within_one_sentence
from quotes.extract.mentions import head_word, speaker_kind
from quotes.extract.name_words import NAME_BREAKS
from quotes.extract.next_ones import another_of_kind
from quotes.extract.partials import attach_partials, over_partials, rated_by_documents, relayed
from quotes.extract.quoted_kind import may_be_partial, nobodys_words
from quotes.extract.quotemarks import OPENING, STRAIGHT, QuotedSpan, SpanIndex
from quotes.extract.read_aloud import read_for_writers
from quotes.extract.registry import SpeakerRegistry
from quotes.extract.resolution import Resolver, mention_opens_inside
from quotes.extract.sentences import SENTENCE_END_RE
from quotes.extract.source_words import DATA_CUES, DATA_NOUNS, PERSON_FIGURE_WORDS, WORDING_NOUNS
from quotes.extract.speaker_words import ORG_HEADS, OWNED, PRONOUNS
from quotes.extract.staff_bodies import spoken_for_by_spokespeople
from quotes.records import Quote

log = logging.getLogger(__name__)

#: A speaker's label in capitals opening a transcript's paragraph (``KOBB:``).
_TRANSCRIPT_LABEL_RE = re.compile(r"([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s+")
#: One paragraph (line) of a quotation.
_LINE_RE = re.compile(r"[^\n]+")
#: Marks (and the ``''`` of some archives) that reopen a quotation at a new paragraph.
_OPENING_MARKS = OPENING + STRAIGHT + "'‘"


@dataclass
class Prepared:
    """The text pass over one article: its quoted spans and the windows to parse."""

    text: str
    spans: SpanIndex
    candidates: list[tuple[int, int]]


def extract_article(prepared: Prepared, docs: list[Doc]) -> list[Quote]:
    """The quotes of one article, in text order, from the docs parsed from its
    candidate windows (one doc per window, in order)."""
    text, spans = prepared.text, prepared.spans
    registry = SpeakerRegistry(text, quoted=[(q.start, q.end) for q in spans], headline=front_matter(text))
    resolver = Resolver(registry)
    windows = [(start, end, doc) for (start, end), doc in zip(prepared.candidates, docs)]
    by_window = _spans_by_window(prepared.candidates, spans)
    extents = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in spans]
    name_words = _name_words(registry)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end, doc in windows:
        doc._.quotes_name_words = name_words
        window = Window(text=text, doc=doc, offset=start, spans=spans, others=windows)
        found, relatives = _found_in(
            window, by_window.get(start, []), _overlapping(extents, spans, start, end)
        )
        previous = _resolve_all(resolver, window, found, relatives, previous, into=quotes)
    for quote in find_headline(text, taken=[(q.start, q.end) for q in quotes]):  # "Name: headline"
        resolver.resolve(quote, None, line_start=0)
        if quote.speaker is not None:
            quotes.append(quote)
    answers = find_answers(text, taken=[(q.start, q.end) for q in quotes if q.kind != "indirect"])
    for quote in answers:  # "BRENN: ..." after "Q: ...", "MOSS: ..." in a transcript
        answered(quote, registry)
    extents = [(a.start, a.end) for a in answers]  # "they say" in an answer belongs to the answer
    quotes = [q for q in quotes if q.kind != "indirect" or not _overlaps_any(q, extents)] + answers
    taken = {(q.start, q.end) for q in quotes}
    quotes += [  # quoted words with no cue of their own: partial quotes, if reported speech holds them
        Quote(text=text[s.start : s.end], start=s.start, end=s.end, kind="partial", confidence=s.confidence)
        for s in spans
        if (s.start, s.end) not in taken and may_be_partial(text, s)
    ]
    quotes = sorted(
        (
            q
            for q in quotes
            if not in_own_mention(q, text) and not described_words(q, text) and not asks_anonymity(q)
        ),
        key=lambda q: (q.start, q.end),
    )
    for quote in quotes:
        if mention_opens_inside(quote):
            _no_speaker(quote)  # "‘We are not going back’: strike to go on": the words are no mention
    quotes = headed_by_body_words(over_partials(_dedupe(quotes), text), text)
    quotes = read_for_writers(relayed(name_later(attach_partials(quotes, text), text), text), text)
    quotes = headed_by_body_people(quotes, text)
    quotes = spoken_for_by_spokespeople(rated_by_documents(quotes, text), text)
    quotes = another_of_kind(answers_in_exchange(quotes, text), text)
    pieces = [piece for quote in quotes for piece in by_paragraph(quote, text)]
    for piece in pieces:
        labelled(piece, registry)
        within_sentences(piece, registry, text)
    return _bodies_as_recorded(pieces, registry)


def _bodies_as_recorded(quotes: list[Quote], registry: SpeakerRegistry) -> list[Quote]:
    """``quotes``, each speaker the article came to know as a body marked as
    one in every quote (``Vell Health said`` read first as a person's name,
    ``The company said`` after it)."""
    bodies = {person.name for person in registry.people if person.kind == "organization"}
    for quote in quotes:
        if quote.speaker_kind == "person" and quote.speaker in bodies:
            quote.speaker_kind = "organization"
        full = _full_body_name(quote, bodies)
        if full is not None:
            quote.speaker = full  # "Rovers said" after "Ashworth Rovers have rejected a third bid"
    return quotes


def _full_body_name(quote: Quote, bodies: set[str]) -> str | None:
    """The one body recorded whose name of two words or more, a body's by its
    words, ends on the one capitalised word that names ``quote``'s body
    (``Rovers`` of ``Ashworth Rovers``), or None (none, or two such: ``United``
    of two clubs; not a person's name recorded as a body, ``Michael Bloomberg``)."""
    word = quote.speaker or ""
    if quote.speaker_kind != "organization" or not word.istitle() or word.lower() not in ORG_HEADS:
        return None  # "Rovers", "United": a body's head alone; not "Bloomberg" of Michael Bloomberg
    longer = {
        name
        for name in bodies
        if name.endswith(f" {word}") and ". " not in name and speaker_kind(name) == "organization"
    }
    return longer.pop() if len(longer) == 1 else None


#: The closing mark of quoted words and a copula with a noun phrase after it.
_DESCRIBED_RE = re.compile(r"[.,!?]?[”\"’']\s*(?:is|was)\s+(?:the|a|an)\b")
#: The rest of such a sentence saying whose words they are (``is a phrase Ansel
#: Kobb often uses``): a noun, a name or pronoun, a verb of use.
_SOMEONES_USE_RE = re.compile(
    r"(?:[ \xa0]+[a-z][\w-]*){1,3}[ \xa0]+(?:[A-Z][\w'’-]*(?:[ \xa0]+[A-Z][\w'’-]*)*|he|she|they|I|we)"
    r"(?:[ \xa0]+(?:often|once|always|still|later))?[ \xa0]+(?:uses|used|coined|repeats|repeated|likes|liked)\b"
)


def in_own_mention(quote: Quote, text: str) -> bool:
    """True for a direct quote inside the mention taken for its speaker (not
    words quoted in a relative clause on the speaker), or quoted words whose
    mention in ``text`` ends on a lower-case noun for words (``The film's most
    quoted line, “Every road ends at the sea,” was printed on T-shirts``,
    ``Her best-known lyric, “...,” was sung``): words a noun phrase names,
    nobody's statement; a name never is (``Kate Line``)."""
    if quote.kind == "indirect" or quote.speaker_start is None or quote.speaker_end is None:
        return False
    inside = quote.speaker_start < quote.start and quote.end <= quote.speaker_end
    inside = inside or (quote.speaker_start, quote.speaker_end) == (quote.start, quote.end)  # a title alone
    return (inside and quote.kind == "direct") or _names_wording(
        text[quote.speaker_start : quote.speaker_end]
    )


def described_words(quote: Quote, text: str) -> bool:
    """True for quoted words with no cue of their own that the sentence goes on
    to describe (``“Comfortable but overpriced” is the fairest summary``, a
    reviewer's verdict, ``“Fresh today” was the rule``): words named as the
    subject of ``is``/``was`` and a noun phrase, nobody's statement."""
    if quote.kind != "direct" or quote.cue is not None:
        return False
    described = _DESCRIBED_RE.match(text, quote.end)
    return described is not None and _SOMEONES_USE_RE.match(text, described.end()) is None


def _names_wording(mention: str) -> bool:
    """True when ``mention``, the words a speaker rests on, ends
    on a noun for words written in lower case (``most quoted line``, not the
    surname of ``Omar Lines``: the kind a mention is given cannot tell, since
    ``Her best-known lyric`` reads as a person's description)."""
    head = head_word(mention)
    return head in WORDING_NOUNS and re.search(rf"\b{re.escape(head)}(?:['’]s)?\W*$", mention) is not None


def labelled(quote: Quote, registry: SpeakerRegistry) -> None:
    """A transcript quoted whole (``“KOBB: We will ...``): the label in capitals
    opening the quote names who speaks it, resolved through ``registry``, and
    is no part of the words."""
    label = _TRANSCRIPT_LABEL_RE.match(quote.text)
    if quote.kind != "direct" or label is None:
        return
    name, _, person = registry.resolve(label.group(1).title(), position=quote.start)
    quote.speaker = person.name if person is not None else name
    quote.speaker_start, quote.speaker_end = quote.start, quote.start + label.end(1)
    quote.text, quote.start = quote.text[label.end() :], quote.start + label.end()
    quote.speaker_kind = person.kind if person is not None else "person"
    # not the role of the speaker before, whom the quote was first taken to continue
    quote.role, quote.affiliation = (person.role, person.affiliation) if person is not None else (None, None)


def within_sentences(quote: Quote, registry: SpeakerRegistry, text: str) -> None:
    """Keep the speaker, role and affiliation of ``quote`` each within one
    sentence (:func:`~quotes.extract.mention_names.within_one_sentence`): a
    speaker cut so is looked up again (``Mr. Leenders`` is the Ryan Leenders
    named before), and a mention that was the speaker's words is cut with it."""
    quote.role = within_one_sentence(quote.role)
    quote.affiliation = within_one_sentence(quote.affiliation)
    speaker = within_one_sentence(quote.speaker)
    if speaker == quote.speaker or speaker is None or quote.speaker is None:
        return
    start, end = quote.speaker_start, quote.speaker_end
    if start is not None and end is not None and text[start:end] == quote.speaker:
        quote.speaker_start = start + quote.speaker.rindex(speaker)
        quote.speaker_end = quote.speaker_start + len(speaker)
    if speaker.lower().startswith(OWNED) or speaker.split()[0].lower() in PRONOUNS:
        quote.speaker = speaker  # "His office": whose, the sentence before the cut cannot tell
        return
    name, _, person = registry.resolve(speaker, position=quote.start)
    quote.speaker = person.name if person is not None else name
    if person is not None:
        quote.speaker_kind = person.kind
        quote.role, quote.affiliation = quote.role or person.role, quote.affiliation or person.affiliation


def answered(quote: Quote, registry: SpeakerRegistry) -> None:
    """The speaker of an interview's answer: its label (``BRENN``, held in
    ``speaker`` in title case) resolved through ``registry``."""
    assert quote.speaker is not None
    name, _, person = registry.resolve(quote.speaker, position=quote.start)
    quote.speaker = person.name if person is not None else name
    quote.speaker_kind = person.kind if person is not None else "person"
    if person is not None:
        quote.role, quote.affiliation = person.role or quote.role, person.affiliation


def by_paragraph(quote: Quote, text: str) -> list[Quote]:
    """A quotation running over several paragraphs as one quote per paragraph
    (news convention: each paragraph reopens the quote), all with the same
    cue and speaker; any other quote as it is. ``text`` is the article."""
    if quote.kind == "indirect" or "\n" not in quote.text:
        return [quote]
    pieces = []
    for line in _LINE_RE.finditer(text, quote.start, quote.end):
        start, end = line.start(), line.end()
        while start < end and (text[start].isspace() or text[start] in _OPENING_MARKS):
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if any(ch.isalnum() for ch in text[start:end]) and not nobodys_words(text[start:end]):
            pieces.append(replace(quote, text=text[start:end], start=start, end=end))
    return pieces or [quote]


def _spans_by_window(candidates: list[tuple[int, int]], spans: SpanIndex) -> dict[int, list[QuotedSpan]]:
    """The quoted spans of each window (by its start): each belongs to the
    window holding its closing mark (or its end)."""
    by_window: dict[int, list[QuotedSpan]] = {}
    starts = [start for start, _ in candidates]
    for span in spans:
        anchor = span.close_at if span.close_at is not None else span.end - 1
        window = _window_of(candidates, starts, span.start, anchor)
        if window is not None:
            by_window.setdefault(window, []).append(span)
    return by_window


def _found_in(
    window: Window, spans: list[QuotedSpan], taken: list[tuple[int, int]]
) -> tuple[list[Quote], Relatives]:
    """The direct quotes of ``spans`` and the indirect quotes of ``window``
    outside the ``taken`` extents of quotations, in text order, with the
    relative pronouns they rest on (see :func:`quotes.extract.direct.attribute`)."""
    relatives: Relatives = {}
    found = [quote for span in spans if (quote := attribute(window, span, relatives=relatives)) is not None]
    try:
        found.extend(
            q
            for q in find_indirect(window.doc, offset=window.offset, taken=taken)
            if not _within(q.cue_start, taken) and not _within(q.speaker_start, taken)
        )  # "they argue" inside a quotation belongs to the quote
    except Exception:
        log.exception("indirect quote finder failed")
    found.sort(key=lambda q: q.start)
    return found, relatives


def _resolve_all(
    resolver: Resolver,
    window: Window,
    found: list[Quote],
    relatives: Relatives,
    previous: Quote | None,
    *,
    into: list[Quote],
) -> Quote | None:
    """Resolve the speakers of the quotes ``found`` in a window, adding those
    with a speaker (and every direct one) to ``into``; returns the quote the
    next one may continue."""
    text = window.text
    for quote in found:
        nested = is_nested(quote, found, text)
        with _heard_unless_nested(resolver.registry, nested):
            resolved = resolver.resolve_by_parse(quote, previous, window.doc, window.offset, window.spans)
            if resolved is None:
                resolved = resolver.resolve(quote, previous, line_start=window.offset)
        who = relatives.pop((quote.start, quote.end), None) if quote.kind != "indirect" else None
        if who is not None and quote.speaker_start is not None:
            quote.speaker_start, quote.speaker_end = who  # resolved through the name, rests on "who"
        if not nested and not in_attribution_of(quote, previous, text) and not _from_data(resolved):
            # "Kobb said that some critics had predicted ...": the next quote
            # continues Kobb, not the speaker of a clause inside his words
            previous = resolved
        if quote.speaker in NAME_BREAKS:  # "‘It Is Not A Radical Idea’ To Ask For": a headline's word
            _no_speaker(quote)
        if quote.speaker is not None or quote.kind != "indirect":
            into.append(quote)  # a partial quote with no speaker may sit in an indirect one
    return previous


#: What a registry keeps of who spoke last (:meth:`SpeakerRegistry.spoke`).
_SPEAKING_STATE = (
    "last_speaker",
    "last_person",
    "last_person_speaker",
    "other_person_speaker",
    "last_speaker_not_document",
    "last_spoke_at",
    "not_document_spoke_at",
    "last_mention_at",
)


@contextmanager
def _heard_unless_nested(registry: SpeakerRegistry, nested: bool) -> Iterator[None]:
    """Resolve a quote; one ``nested`` inside another's words (a partial in a
    paraphrase) leaves who spoke last as it was: ``Hwang said that the
    company would add a feature "as soon as we can." “...,” he wrote`` is
    Hwang's, whoever the parse first gave the partial to."""
    saved = {name: getattr(registry, name) for name in _SPEAKING_STATE} if nested else {}
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(registry, name, value)


def _from_data(quote: Quote) -> bool:
    """True when ``quote`` reports counted facts (``31% stands empty, according
    to city figures``, ``new survey data found``): the quotation after it with
    no attribution of its own goes on with the speaker before, as figures say
    nothing more. Only a data noun in lower case (``Orbis Data`` is a company;
    a one-word subject, ``Figures published on Monday show``, opens its
    sentence in capitals) reported by ``according to``, ``showed``, ``found``
    and the like (``senior figures said`` are people), with no word of people
    before it (``according to senior figures``)."""
    if quote.kind != "indirect" or quote.speaker is None or not quote.cue:
        return False
    words = quote.speaker.split()
    noun = words[-1].lower() if len(words) == 1 else words[-1]
    return (
        noun in DATA_NOUNS
        and quote.cue.split()[0].lower() in DATA_CUES
        and not PERSON_FIGURE_WORDS.intersection(w.lower() for w in words)
    )


def _no_speaker(quote: Quote) -> None:
    """Take from ``quote`` a speaker that is no one."""
    quote.speaker = quote.speaker_start = quote.speaker_end = quote.speaker_kind = None
    quote.role = quote.affiliation = None


def _name_words(registry: SpeakerRegistry) -> frozenset[str]:
    """The words of the article's runs of capitalised words that read as
    people's names (``Ansel Kobb`` gives ``Ansel`` and ``Kobb``): a
    subject among them is a speaker whatever tag the parse gives it."""
    words: set[str] = set()
    for _, _, name in registry.candidates:
        if speaker_kind(name) == "person":
            words.update(w for w in name.split() if len(w) > 2 and w[:1].isupper() and not w.endswith("."))
    return frozenset(words)


def _window_of(candidates: list[tuple[int, int]], starts: list[int], start: int, anchor: int) -> int | None:
    """The start of the first candidate holding ``anchor`` (a quote's closing
    mark), or the one holding ``start`` when the quote runs past its end."""
    i = bisect.bisect_right(starts, anchor) - 1
    if i >= 0 and candidates[i][0] <= anchor < candidates[i][1]:
        # a quote over several paragraphs belongs to the one it closes in: its
        # attribution follows the closing mark ("...,” added Mara Venn.)
        return candidates[i][0]
    i = bisect.bisect_right(starts, min(start, anchor)) - 1
    for c_start, c_end in candidates[max(i, 0) :]:
        if c_start > max(start, anchor):
            break
        if c_start <= start < c_end and anchor >= c_end:
            return c_start
    return None


def _overlapping(
    extents: list[tuple[int, int]], spans: SpanIndex, start: int, end: int
) -> list[tuple[int, int]]:
    """The extents (one per span of ``spans``, same order) overlapping ``[start, end)``."""
    found = []
    j = spans.opening_from(end) - 1
    while j >= 0 and spans.marks.reach[j] + 1 > start:
        if extents[j][1] > start:
            found.append(extents[j])
        j -= 1
    found.reverse()
    return found


def is_nested(quote: Quote, found: list[Quote], text: str) -> bool:
    """True when ``quote`` lies inside the content of another indirect quote of
    its line (``Kobb said that for decades some critics had predicted ...``:
    the critics speak inside Kobb's words). ``text`` is the article."""
    return any(
        other is not quote
        and other.kind == "indirect"
        and other.start <= quote.start
        and quote.end <= other.end
        and (other.start, other.end) != (quote.start, quote.end)
        and other.cue_start is not None
        and other.cue_start < (quote.cue_start if quote.cue_start is not None else len(text))
        for other in found
    )


def in_attribution_of(quote: Quote, previous: Quote | None, text: str) -> bool:
    """True for an indirect quote inside the sentence attributing the direct
    quote before it (``“...?” said Venn, using a word Kobb has used to
    describe Orrin, on a call.``): the next quote continues Venn, not Kobb."""
    if (
        quote.kind != "indirect"
        or previous is None
        or previous.kind == "indirect"
        or previous.cue_start is None
    ):
        return False
    if not previous.end <= previous.cue_start < quote.start:
        return False
    between = text[previous.cue_start : quote.start]
    return "\n" not in between and not SENTENCE_END_RE.search(between)


def _within(position: int | None, extents: list[tuple[int, int]]) -> bool:
    """True when ``position`` falls inside one of the ``(start, end)`` extents."""
    return position is not None and any(start < position < end for start, end in extents)


def _overlaps_any(quote: Quote, extents: list[tuple[int, int]]) -> bool:
    """True when ``quote``'s words or cue share a character with one of ``extents``
    (an answer of a transcript holds whatever is said in it, its label's colon too)."""
    start = min(quote.start, quote.cue_start if quote.cue_start is not None else quote.start)
    return any(start < end and low < quote.end for low, end in extents)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop an indirect quote covering the same words as a direct one, not one
    whose subject the quoted words go on from (``said prices “will keep
    rising”``: the paraphrase holds a partial quote)."""
    kept: list[Quote] = []
    direct = sorted((q for q in quotes if q.kind != "indirect"), key=lambda q: q.start)
    starts = [d.start for d in direct]
    for quote in quotes:
        if quote.kind == "indirect" and any(
            d.end <= quote.end
            and (d.end - d.start) >= 0.8 * (quote.end - quote.start)
            and not _goes_on_from(quote, d)
            for d in direct[
                bisect.bisect_left(starts, quote.start) : bisect.bisect_left(starts, quote.end + 1)
            ]
        ):
            continue
        kept.append(quote)
    return kept


#: Words that are no subject of quoted words (``The loopholes he cited are| “...”``).
_NO_SUBJECT_WORDS = NEEDS_MORE | AUXILIARY_VERBS
_WORD_RE = re.compile(r"[\w’']+")
#: Words before quoted words that go on from them: a word, then an opening mark.
_SUBJECT_THEN_MARK_RE = re.compile(r"\w[\w’']*[ \xa0]+(?:''|[\"\u201c\u201e\u2018'])\Z")


def _goes_on_from(paraphrase: Quote, quoted: Quote) -> bool:
    """True when ``quoted`` opens in lower case inside ``paraphrase`` right
    after words of its own (its subject): one clause, not a quote twice."""
    before = paraphrase.text[: quoted.start - paraphrase.start]
    own = [word for word in _WORD_RE.findall(before) if word.lower() not in _NO_SUBJECT_WORDS]
    return quoted.text[:1].islower() and bool(own) and _SUBJECT_THEN_MARK_RE.search(before) is not None
