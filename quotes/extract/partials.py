"""Quotes linked to other quotes: a partial quote inside the paraphrase that
holds it (``Kobb said the pier “will not hold”``), and words relayed by
someone else (``Vey told a guard, “...,” prosecutors said``: Vey's words, via
the prosecutors)."""

from __future__ import annotations

import bisect
import re

from quotes.extract.direct_quote_words import AUXILIARY_VERBS, LINKING_VERBS, RATING_FORMS
from quotes.extract.given_names import usual_gender
from quotes.extract.lexicon import verb_forms
from quotes.extract.mentions import strip_determiner
from quotes.extract.patterns import NAME_WORDS, OPENING_GAP_RE
from quotes.extract.sentences import sentence_start_before, sentence_starts
from quotes.extract.speaker_words import PERSON_NOUNS, PRONOUNS, SOURCE_NOUNS
from quotes.records import Quote

#: Speakers that stand for nobody yet (a relative or demonstrative pronoun).
_UNRESOLVED = frozenset({"which", "that", "who", "whom", "this", "these", "those", "all"})

#: Who relays the words, right after the cue: ``said, per Ansel Kobb``.
_RELAYED_BY_RE = re.compile(
    r",[ \xa0]+(?:per|according[ \xa0]+to|as[ \xa0]+reported[ \xa0]+by)[ \xa0]+(" + NAME_WORDS + ")"
)

#: The source named by ``according to`` right after a partial quote's closing
#: mark, up to the end of its phrase: ``“...,” according to the report.``
_SOURCE_AFTER_RE = re.compile(
    r"[,.]?(?:''|[\"”’'])[,.]?[ \xa0]+according[ \xa0]+to[ \xa0]+(?:the[ \xa0]+)?"
    r"([\w-]+(?:[ \xa0]+[\w-]+){0,3}?)(?=[.,;:\n]|\Z)"
)

#: Who quotes someone, before ``as saying``: ``Vell TV quoted Ola Ruud as``.
_QUOTED_BY_RE = re.compile(r"(" + NAME_WORDS + r")[ \xa0]+quoted[ \xa0][^.\n]{1,120}?[ \xa0]as[ \xa0]+\Z")

#: ``to`` or ``that`` between a paraphrase and the quoted words that finish it
#: (``called on both sides to “return to the table”``).
_TO_QUOTE_RE = re.compile(r"[ \xa0](?:to|that)[ \xa0](?:''|[\"“‘'])")

#: Words opening a noun phrase (``a``, ``the``, ``its``), which do not stand
#: inside the words before a document's noun (``a man holding a sign``).
_NOUN_OPENERS = r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)"
#: A document opening a paraphrase (after its ``that``), as the subject of a
#: verb of rating right before a partial quote (``an engineering review from
#: 2021 had rated it “``): the document's words. Not a document named inside
#: the subject (``people who saw the video called it “``) or after a phrase
#: opening the clause (``that in the final minutes of the debate opponents called``).
_DOCUMENT_RATES_RE = re.compile(
    r"(?:[Tt]hat[ \xa0]+)?(?P<doc>" + _NOUN_OPENERS + r"[ \xa0]+"
    r"(?:(?!" + _NOUN_OPENERS + r"[ \xa0]|who[ \xa0]|which[ \xa0]|that[ \xa0])[\w-]+[ \xa0]+){0,3}?"
    r"(?:" + "|".join(sorted(SOURCE_NOUNS - PERSON_NOUNS)) + r")"
    r"(?:[ \xa0]+(?:from|of|by|in)[ \xa0]+[\w-]+(?:[ \xa0]+[\w-]+){0,2}?)?)"
    r"[ \xa0]+(?:(?:had|has|have)[ \xa0]+)?(?:" + "|".join(sorted(RATING_FORMS)) + r")"
    r"[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?(?:as[ \xa0]+)?(?:''|[\"“‘'])\Z"
)

#: The mark closing a partial quote, after the punctuation it holds.
_CLOSING_RE = re.compile(r"[,.;:!?]?(?:''|[\"”’'])")

#: Words between a reported clause's subject and its verb of saying that make
#: the speech one still to come: a future (``the company would announce``,
#: ``the board will call``, ``would also add``, ``is going to``, ``plans to``), or ``to`` after
#: ``expects`` before the subject (``she expects Vell United to announce``).
_NOT_YET_RE = re.compile(
    r"[ \xa0]+(?:will|would|['’]ll|(?:is|are)[ \xa0]+going[ \xa0]+to|plans?[ \xa0]+to)[ \xa0]+"
    r"(?:(?:soon|also|now|first|still|likely|probably)[ \xa0]+)?"
)
#: ``expects`` (``expect``, ``expected``) right before a clause's subject.
_EXPECTS_BEFORE_RE = re.compile(r"\bexpect(?:s|ed)?[ \xa0]+\Z")
#: Words of a speech made again and again or long ago, which no future is
#: (``would call the plan “...” at every meeting``, ``whenever visitors
#: came``, ``in the 1990s``, ``used to``): the words stay relayed.
_HABIT_RE = re.compile(
    r"\b(?:every|each|whenever|always|often|usually|regularly|routinely|sometimes|once[ \xa0]+a|"
    r"used[ \xa0]+to|for[ \xa0]+(?:years|decades|months|weeks)|in[ \xa0]+those[ \xa0]+days|back[ \xa0]+then|"
    r"at[ \xa0]+the[ \xa0]+time|last[ \xa0]+(?:year|month|week)|on[ \xa0]+(?:[A-Z][a-z]+days|weekends)|"
    r"in[ \xa0]+(?:his|her|their)[ \xa0]+(?:last|final|later|early)[ \xa0]+years|"
    r"(?:in[ \xa0]+)?(?:the[ \xa0]+)?(?:1[89]|20)\d\d['’]?s?)\b",
    re.I,
)
#: How far from a partial quote its sentence is read for words of habit.
_HABIT_REACH = 400

#: A relative clause opening after a comma, up to the cue inside it, with no
#: comma between (``the unit, which Brisk reports``, ``, who says``).
_RELATIVE_OPENED_RE = re.compile(r",[ \xa0]+(?:which|who|whom|whose|where)[ \xa0][^,;:\"“”]*\Z")
#: The words closing that relative clause after its cue, up to the partial
#: quote's opening mark: a comma, then the main clause's verb (``reports
#: separately, was “``, ``says is growing, remains “``). A comma then a phrase
#: of place, time or manner stays inside the clause (``says, in a note, is “``).
_RELATIVE_CLOSED_RE = re.compile(
    r"[^,;:\"“”]*,[ \xa0]+(?:" + "|".join(sorted(AUXILIARY_VERBS | LINKING_VERBS)) + r")\b"
    r"[^,;:\"“”]{0,60}(?:''|[\"“‘'])\Z"
)
#: The closing mark of a partial quote, a comma and ``and`` before the next
#: verb: ``had “a gift,” and called``, ``“a gift”, and called``.
_CONJOINED_AFTER_PARTIAL_RE = re.compile(r"(?:,?(?:''|[\"”’'])|(?:''|[\"”’']),)[ \xa0]+and[ \xa0]+\Z")


def relayed(quotes: list[Quote], text: str) -> list[Quote]:
    """``Prosecutors said Vey told a guard: “...”``, ``“...,” a commenter said,
    per Ansel Kobb``: the quote is the speaker's, relayed by someone whose name
    goes in ``via`` (the speaker of an indirect quote holding the cue, or who
    the words after the cue name). ``text`` is the article."""
    indirect = [q for q in quotes if q.kind == "indirect" and q.speaker is not None]
    for quote in quotes:
        if quote.cue == "saying" and quote.speaker is not None:
            quoting = _QUOTED_BY_RE.search(text, max(0, (quote.cue_start or 0) - 160), quote.cue_start or 0)
            if quoting is not None:
                quote.via = quoting.group(1)  # "Vell TV quoted Ola Ruud as saying ...": through Vell TV
        if quote.kind == "indirect" or quote.cue_end is None or quote.speaker is None:
            continue
        outer = next((q for q in indirect if q.start <= (quote.cue_start or 0) < q.end), None)
        if outer is not None and _body_pronoun_of_outer(quote, outer, text):
            take_speaker(quote, outer)  # "Vell Ltd said it had ... and accused the union of “...”"
        elif outer is not None and outer.speaker != quote.speaker and _outer_speakers(quote, outer, text):
            take_speaker(quote, outer)  # "Varga said the company would announce “...”": Varga's words
        elif outer is not None and outer.speaker != quote.speaker:
            quote.via = outer.speaker
        relay = _RELAYED_BY_RE.match(text, quote.cue_end)
        if relay is not None and quote.via is None:
            name = relay.group(1)
            quote.via = name[:-1] if name.endswith(".") and not name[-3:-1].isupper() else name
        source = _SOURCE_AFTER_RE.match(text, quote.end) if quote.kind == "partial" else None
        if source is not None and quote.via is None and (quote.cue_start or 0) < quote.start:
            # "A guard said the gate was “...,” according to the suit": via the suit
            quote.via = source.group(1)
    return [q for q in quotes if not _introduces_relayed(q, quotes)]


def _body_pronoun_of_outer(quote: Quote, outer: Quote, text: str) -> bool:
    """True when the speaker of the partial ``quote`` is ``it`` or ``they``
    opening the paraphrase ``outer`` of a body (``Vell Ltd said it had offered
    a rise, and accused the union of “...”``): the pronoun subject of a body's
    paraphrase is the body itself, whose words the quote is; not a person's
    (``Ada Lind said it called the plan “...”``, ``She said it ...``: a report's)."""
    pronoun = (quote.speaker or "").lower()
    if quote.speaker_start != outer.start or outer.speaker is None or outer.speaker.lower() in PRONOUNS:
        return False
    if pronoun not in ("it", "they"):
        return False
    if outer.speaker_kind in ("organization", "group"):
        return True
    known = outer.speaker_start is not None and outer.speaker_end is not None
    mention = text[outer.speaker_start : outer.speaker_end] if known else ""
    named_person = usual_gender(outer.speaker.split()[0]) is not None
    return pronoun == "it" and mention.lower() not in PRONOUNS and not named_person


def _outer_speakers(quote: Quote, outer: Quote, text: str) -> bool:
    """True when the partial ``quote``, whose cue stands inside the paraphrase
    ``outer``, holds the paraphrase speaker's words, not those of the cue's
    subject: see :func:`reporters_own`, :func:`closed_before` and
    :func:`conjoined_after_partial`."""
    return (
        reporters_own(quote, text)
        or closed_before(quote, outer, text)
        or conjoined_after_partial(quote, outer, text)
    )


def closed_before(quote: Quote, outer: Quote, text: str) -> bool:
    """True when the cue of the partial ``quote`` sits in a relative clause
    that a comma closes before the quote opens (``The brokerage said the
    unit, which Brisk reports separately, was “promising”``): the partial
    finishes the main clause, the paraphrase's words. Not when the quote is
    inside the relative clause (``the man, who told officers he was “just
    walking,” was arrested``: the man's)."""
    if quote.kind != "partial" or quote.cue_start is None or quote.cue_end is None:
        return False
    opened = _RELATIVE_OPENED_RE.search(text, outer.start, quote.cue_start)
    return opened is not None and _RELATIVE_CLOSED_RE.match(text, quote.cue_end, quote.start) is not None


def conjoined_after_partial(quote: Quote, outer: Quote, text: str) -> bool:
    """True when the cue of the partial ``quote`` is a verb joined by ``, and``
    right after the quote, inside the paraphrase ``outer`` (``Ada Belt wrote
    that Dorne had “a gift,” and called its last scene ...``): a verb after
    the words cannot have said them, which finish the paraphrase. The words
    after that verb keep the parse's subject (``Police said that the driver
    seemed “very drunk,” and told officers he had “only two beers”``: US
    copy puts the comma inside the marks, so who told is the parse's call)."""
    if quote.kind != "partial" or quote.cue_start is None or not outer.start < quote.cue_start < outer.end:
        return False
    if quote.cue_start < quote.end:
        return False
    return _CONJOINED_AFTER_PARTIAL_RE.search(text, outer.start, quote.cue_start) is not None


def reporters_own(quote: Quote, text: str) -> bool:
    """True when the partial ``quote``, whose cue is a verb of saying in a
    clause someone reports, holds words that are the reporter's, not the
    clause's speaker's: a future before the verb (``Varga said the company
    would announce “...”``: nothing announced yet), with no word of habit or
    of a past time in the sentence (``would call it “...” at every meeting``,
    ``in the 1990s``: said, and relayed)."""
    if quote.kind != "partial" or quote.speaker_start is None or quote.speaker_end is None:
        return False
    if quote.cue_start is None or not 0 < quote.cue_start - quote.speaker_end <= 40:
        return False
    future = _NOT_YET_RE.fullmatch(text, quote.speaker_end, quote.cue_start) is not None or (
        text[quote.speaker_end : quote.cue_start].strip() == "to"
        and _EXPECTS_BEFORE_RE.search(text, max(0, quote.speaker_start - 20), quote.speaker_start) is not None
    )
    return future and not _HABIT_RE.search(
        text,
        sentence_start_before(text, quote.speaker_start, reach=_HABIT_REACH),
        _sentence_end(text, quote.end),
    )


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence going on at ``position`` ends (a line break ends one too)."""
    starts = sentence_starts(text, position, position + _HABIT_REACH, line_breaks=True)
    return starts[0] if starts else min(len(text), position + _HABIT_REACH)


def _introduces_relayed(indirect: Quote, quotes: list[Quote]) -> bool:
    """True for an indirect quote that is only the words introducing a relayed
    quotation, its cue the relay after it (``[He sent a text message saying,]
    “...,” prosecutors said``): nobody's statement of its own."""
    return indirect.kind == "indirect" and any(
        q.via is not None
        and q.kind == "direct"
        and 0 <= q.start - indirect.end <= 4
        and (indirect.cue_start or 0) >= q.end
        for q in quotes
    )


def over_partials(quotes: list[Quote], text: str) -> list[Quote]:
    """An indirect quote whose words stop where a partial quote opens (``Kobb
    said the pier “will not hold” ...``: ``the pier`` found, ``will not hold``
    in marks; also after ``to`` or ``that``: ``called on both sides to “...”``) runs on to the partial quote's closing mark: the clause is one,
    and a paraphrase cut at the marks is nobody's words. ``quotes`` are in text
    order. Quoted words taken for a direct quote that open in lower case
    there (``said that under the old board, “the pier has been reduced to
    rubble.”``) go on with the paraphrase too, and are a partial quote."""
    partials = {q.start: q for q in quotes if q.kind == "partial" or _goes_on(q)}
    for quote in quotes:
        if quote.kind != "indirect":
            continue
        gap = OPENING_GAP_RE.match(text, quote.end) or _TO_QUOTE_RE.match(text, quote.end)
        partial = partials.get(gap.end()) if gap else None
        if partial is None:
            continue
        closing = _CLOSING_RE.match(text, partial.end)
        end = closing.end() if closing else partial.end
        quote.end, quote.text = end, text[quote.start : end]
        partial.kind = "partial"
    return quotes


def _goes_on(quote: Quote) -> bool:
    """True for a direct quote opening in lower case: the rest of a sentence."""
    return quote.kind == "direct" and quote.text[:1].islower()


def attach_partials(quotes: list[Quote], text: str | None = None) -> list[Quote]:
    """Link each partial quote to the indirect quote that holds it (``Kobb said
    the plan was “a mess” and ...``: ``within`` is the indirect quote's span);
    a partial quote with no speaker of its own takes that quote's cue and
    speaker, and one that no indirect quote holds is dropped. A paraphrase
    cut before its verb's preposition (``described the line``, then ``as
    “...”``; ``accused the party``, then ``of spending it on “...”``) is
    taken to the partial quote's end (:func:`_complement_holder`; ``text``
    is the article). ``quotes`` are in text order."""
    indirect = [q for q in quotes if q.kind == "indirect" and _named(q)]
    starts = [q.start for q in indirect]
    kept = []
    for quote in quotes:
        holder = None
        if quote.kind == "partial":
            before = indirect[: bisect.bisect_right(starts, quote.start)]
            holder = next((q for q in reversed(before) if quote.end <= q.end + 1), None)
            holder = holder or (_complement_holder(quote, before[-1], text) if before and text else None)
        if holder is not None:
            quote.within = (holder.start, holder.end)
            if quote.speaker is None or _cued_as(quote, holder) or _answering_inside(quote, holder, text):
                # "said the government would not intervene but urged both sides to “...”":
                # one verb, one subject, the paraphrase's
                take_speaker(quote, holder)
            elif _relayed_after(quote, holder):
                # "A porter told inspectors the lift was “...,” according to the
                # report": the porter's words, relayed by the report
                source = quote.speaker
                take_speaker(quote, holder)
                quote.via = source
            elif quote.speaker == holder.speaker and holder.cue_start is not None:
                # "Darrow, asked about it, said the utility was “investing”": the
                # paraphrase's cue, not a verb of the aside before it
                quote.cue, quote.cue_start, quote.cue_end = holder.cue, holder.cue_start, holder.cue_end
        if quote.speaker is not None or quote.kind == "direct":
            kept.append(quote)
    return kept


#: Cues whose quoted words follow a preposition of their own, after their
#: object: ``described X as “...”``, ``accused X of ... “...”``, ``criticised X
#: for ... “...”``.
_COMPLEMENT_PREPOSITIONS = {
    **dict.fromkeys(
        "described describes describing branded labelled labeled characterised characterized".split(), "as"
    ),
    **dict.fromkeys("accused accuses accusing".split(), "of"),
    **dict.fromkeys("criticised criticized blamed praised condemned".split(), "for"),
}
#: ``as`` and the opening mark closing the gap between a paraphrase and the quoted words.
_AS_BEFORE_MARK_RE = re.compile(r"\bas[ \xa0]+[\"“‘']\Z")
#: The most words between such a paraphrase and its quoted words (``to the
#: islands as``, ``in the council of spending the maintenance budget on``).
_MAX_GAP_WORDS = 12


def _complement_holder(quote: Quote, last: Quote, text: str) -> Quote | None:
    """The paraphrase ``last`` (``described the supply line``, ``accused the
    ruling party``) the parse cut before its verb's preposition, which takes
    ``quote`` in the same sentence (``... to the islands as “basically
    nonexistent”``, ``... in the council of spending the budget on
    “consultants and catering”``), its end moved past the quoted words; else None."""
    preposition = _COMPLEMENT_PREPOSITIONS.get((last.cue or "").lower())
    if preposition is None or last.end > quote.start:
        return None
    if quote.cue_start is not None and last.end <= quote.cue_start < quote.start:
        return None  # "after unions branded them as “cruel”": words of another verb's own
    gap = text[last.end : quote.start]
    if len(gap.split()) > _MAX_GAP_WORDS + 1 or any(mark in gap for mark in ".;!?,\n"):
        return None
    if not (_AS_BEFORE_MARK_RE.search(gap) if preposition == "as" else re.search(rf"\b{preposition}\b", gap)):
        return None
    last.end = quote.end + (1 if text[quote.end : quote.end + 1] in ('"', "”", "’", "'") else 0)
    last.text = text[last.start : last.end]
    return last


def _relayed_after(quote: Quote, holder: Quote) -> bool:
    """True when the partial ``quote`` takes ``according to`` after its
    closing mark as its cue, inside a paraphrase ``holder`` whose own cue (a
    verb of saying before the quote) names someone else: the words are the
    paraphrase speaker's, the source after them only relays them."""
    return (
        quote.cue == "according to"
        and quote.cue_start is not None
        and quote.cue_start >= quote.end
        and holder.cue_start is not None
        and holder.cue_start < quote.start
        and holder.cue != "according to"
        and holder.speaker != quote.speaker
    )


def _cued_as(quote: Quote, holder: Quote) -> bool:
    """True when ``quote`` and the paraphrase ``holder`` holding it rest on one
    cue word but name different speakers: the paraphrase's parse of the cue's
    subject holds for both (``said the government would not intervene but
    urged both sides to “...”``; ``taking to the radio to call Venn “a
    liar”``), unless only the quote names a person and the paraphrase has a
    bare description (``A spokeswoman, Ana Holt, said ... “...”``: the name)."""
    if quote.cue_start is None or quote.cue_start != holder.cue_start or quote.speaker == holder.speaker:
        return False
    return not (quote.speaker_kind == "person" and holder.speaker_kind == "anonymous")


#: Verbs of answering, whose ``to`` brings in what is answered, not words (``respond to the letter``).
_ANSWERING_FORMS = frozenset(form for verb in ("respond", "reply", "react") for form in verb_forms(verb))
#: ``to`` right after a verb.
_TO_AFTER_RE = re.compile(r"[ \xa0]+to\b")


def _answering_inside(quote: Quote, holder: Quote, text: str | None) -> bool:
    """True when ``quote``'s own cue is a verb of answering with ``to`` after it
    inside the paraphrase ``holder`` (``said the company would respond to the
    letter “in full”``, ``said officers responding to a report met a man who
    “reached ...”``): what it answers comes after, not words, and the quoted
    words are the paraphrase's speaker's."""
    start, end = quote.cue_start, quote.cue_end
    if text is None or start is None or end is None or not holder.start <= start < holder.end:
        return False
    return (quote.cue or "").lower() in _ANSWERING_FORMS and _TO_AFTER_RE.match(text, end) is not None


def _named(quote: Quote) -> bool:
    """True when a quote has a speaker that is more than a relative or
    demonstrative pronoun (``which``, ``that``)."""
    return quote.speaker is not None and quote.speaker.lower() not in _UNRESOLVED


def take_speaker(quote: Quote, holder: Quote) -> None:
    """Give ``quote`` the cue and speaker of the indirect quote holding it."""
    quote.cue, quote.cue_start, quote.cue_end = holder.cue, holder.cue_start, holder.cue_end
    quote.speaker, quote.speaker_start, quote.speaker_end = (
        holder.speaker,
        holder.speaker_start,
        holder.speaker_end,
    )
    quote.speaker_kind, quote.role, quote.affiliation = holder.speaker_kind, holder.role, holder.affiliation
    quote.confidence = round(min(quote.confidence, holder.confidence), 2)


def rated_by_documents(quotes: list[Quote], text: str) -> list[Quote]:
    """``The governor said an engineering review from 2021 had rated it
    “minimally acceptable”``: a partial quote inside a paraphrase that a
    document's verb of rating introduces is the document's words, relayed by
    the paraphrase's speaker (``via``). ``text`` is the article."""
    for quote in quotes:
        if quote.kind != "partial" or quote.within is None or quote.speaker is None:
            continue
        rated = _DOCUMENT_RATES_RE.match(text, quote.within[0], quote.start)
        if rated is None or quote.speaker_start == rated.start("doc"):
            continue  # "Kobb said the audit described them as “...”": the audit's own cue found it
        quote.via = quote.via or quote.speaker
        quote.speaker = strip_determiner(rated.group("doc"))
        quote.speaker_start, quote.speaker_end = rated.span("doc")
        quote.speaker_kind, quote.role, quote.affiliation = "organization", None, None
    return quotes
