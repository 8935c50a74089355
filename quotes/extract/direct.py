"""Direct and partial quotes: the cue and speaker mention of each quoted span,
and whether the quoted words are speech at all.

:func:`attribute` looks for a cue after the closing mark (``“...,” Kobb said``),
then in the text after it (a document that speaks, a signature), then before
the opening mark (``Kobb said: “...”``), then for any verb with a speaker or a
label (``Kobb: “...”``), then in the sentence before; each finder
(:mod:`quotes.extract.cues`, :mod:`quotes.extract.text_cues`) returns a cue or
None, and a later one is tried only while the cue found has no speaker.
Quoted words with no cue are speech only when they read as a sentence
(:func:`_kind`); the rest are scare quotes and titles, and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quotes.extract.addressed import named_agent, telling_source, told_passively
from quotes.extract.cues import (
    Cue,
    cue_then_colon_verb,
    cue_tokens,
    first_cue,
    governing_cue,
    introducing_verb,
    mistagged_cue,
    object_verb_cue,
    reports_new_words,
    sentence_before_cue,
    token_cue,
    verb_cue_after,
    verb_cue_before,
)
from quotes.extract.frames import (
    after_frame_end,
    before_frame_start,
    introduced_then_new_clause,
    opens_clause,
    start_of_line,
    starts_sentence,
)
from quotes.extract.indirect_source import plausible_source, verb_subject
from quotes.extract.lexicon import speech_forms
from quotes.extract.mention_spans import mention_span
from quotes.extract.patterns import ADDRESSEE_RES, NAME_APPOSITIVE_CUE_RE
from quotes.extract.quoted_kind import quote_kind
from quotes.extract.quotemarks import QuotedSpan, SpanIndex, mark_width
from quotes.extract.speaker_words import PRONOUNS
from quotes.extract.subjects import cue_speaker, relative_subject
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, sentence_bounds, tokens_between
from quotes.extract.text_cues import (
    asked_by_cue,
    claimed_words_cue,
    document_cue,
    label_cue,
    name_apposed_to_posts,
    name_right_before,
    named_subject_after,
    named_subject_before,
    owned_words_cue,
    signature_cue,
    whose_words_cue,
)
from quotes.records import Quote

#: Word classes that can make up a speaker's name and title before a cue
#: (``NEA President Lily Venn said``).
_NAME_POS = ("PROPN", "NOUN", "ADJ", "DET")
#: Pronouns that are no addressee (``told He``: a sentence, not a name).
_NOT_ADDRESSEES = ("He", "She", "They", "It", "I", "We")


@dataclass(frozen=True)
class Window:
    """A parsed window of an article: ``doc`` was parsed from ``text[offset:]``;
    ``spans`` are the article's quoted spans, ``others`` every parsed window
    of the article as ``(start, end, doc)``."""

    text: str
    doc: Doc
    offset: int
    spans: SpanIndex
    others: list[tuple[int, int, Doc]]

    @property
    def end(self) -> int:
        """Where the window ends in the article."""
        return self.offset + len(doc_text(self.doc))

    def holding(self, position: int) -> tuple[int, int, Doc] | None:
        """The first parsed window of the article holding ``position``."""
        return next(((start, end, doc) for start, end, doc in self.others if start <= position < end), None)


@dataclass(frozen=True)
class _After:
    """The words after a closing mark that can attribute the quote."""

    start: int
    end: int
    tokens: list[Token]


def _lacks_speaker(cue: Cue | None) -> bool:
    """True when there is no cue, or one without a speaker."""
    return cue is None or cue.subject is None


def _seeks_speaker(cue: Cue | None) -> bool:
    """True when a speaker is still to be looked for around the quote: no cue,
    or one without a speaker that is not a passive verb of asking or telling
    (``I was informed: “...”``: not the words of anyone the sentence holds as
    a subject, see :func:`~quotes.extract.addressed.telling_source`)."""
    return _lacks_speaker(cue) and not (
        cue is not None and cue.token is not None and told_passively(cue.token)
    )


def _told_unnamed(cue: Cue) -> bool:
    """True for a passive verb of asking or telling with an agent the parse
    gave no speaker for (``I was told by a guard: “...”``)."""
    return cue.subject is None and cue.token is not None and told_passively(cue.token)


#: The relative pronoun a quote's attribution rests on, by the quote's ``(start, end)``.
Relatives = dict[tuple[int, int], tuple[int, int]]


def attribute(window: Window, span: QuotedSpan, *, relatives: Relatives) -> Quote | None:
    """A :class:`Quote` for a quoted span, with its cue and speaker mention (not yet resolved).

    When the cue's subject is a relative pronoun (``Venn, who said “...”``) the
    mention is the name it stands for, resolved as such, and ``relatives`` maps
    the quote's ``(start, end)`` to the offsets of the pronoun: the attribution
    rests on it, so it becomes the mention once the name is resolved."""
    text, offset = window.text, window.offset
    after = _after_frame(window, span)
    cue, deferred = _cue_after(window, span, after)
    # "Asked by a reporter, “...?” Dunn said ...": the reporter's; "“...?” Dunn said.": Dunn's
    right_after = cue if cue is not None and _right_after(text, span, cue) else None
    cue = asked_by_cue(text, span, right_after) or cue
    before, before_offset = _before_frame(window, span)
    relay = None
    if (
        cue is not None
        and not _lacks_speaker(cue)
        and not _is_pronoun(text, cue)
        and _right_after(text, span, cue)
    ):
        introduced = _introduced_right_before(window, span, before, before_offset)
        if introduced is not None:  # "Olsen told his neighbour, “...,” police said": Olsen's words
            relay, cue = cue, introduced
    if _lacks_speaker(cue):
        cue = document_cue(text, span, after.start, window.end) or cue
    cue = signature_cue(text, span, after.start, cue) or cue
    if _lacks_speaker(cue):
        cue = whose_words_cue(text, span, after.start) or cue
    if _lacks_speaker(cue) or _closes_embedded_sentence(text, span):
        before_cue = _cue_before(window, span, before, before_offset)
        if before_cue is not None and (cue is None or before_cue.subject is not None):
            cue = before_cue
    if deferred is not None and _lacks_speaker(cue):
        cue = deferred
    if _seeks_speaker(cue):
        cue = (
            verb_cue_before(text, span, before, window.spans, before_offset)
            or object_verb_cue(text, span, before, window.spans, before_offset)
            or verb_cue_after(text, span, after.tokens, window.spans, offset)
            or label_cue(text, span)
            or owned_words_cue(text, span)
            or cue
        )
    if _seeks_speaker(cue) and starts_sentence(text, span.open_at) and span.open_at > offset:
        cue = sentence_before_cue(text, window.doc, span, offset, window.spans) or cue
    if cue is not None and cue.token is not None and (_asked(cue.token) or _told_unnamed(cue)):
        # "Kobb was asked: “...?”": the question is not his, nor what he was told; the asker's or teller's
        cue.subject = telling_source(cue.token, offset)
    elif cue is not None and cue.subject is None and cue.token is not None and cue.start < span.open_at:
        cue.subject = _reporting_subject(cue.token, window)  # "X issued a statement warning that “...”"
    quote = _quote(window, span, cue, relatives)
    if quote is not None and relay is not None and relay.subject is not None:
        quote.via = text[relay.subject[0] : relay.subject[1]]  # the police, relaying
    return quote


#: Marks and blanks between a closing mark and the cue right after it.
_CLOSING_GAP_RE = re.compile(r"[”\"’'.,!?\s]{0,4}")
#: Pronouns that stand for no one whose words a quotation can be (``it takes time``).
_THINGS = frozenset({"it", "this", "that", "which", "there"})
#: What may stand between a verb introducing a quotation and its opening
#: mark: an object of a few words and a comma or colon (``told his neighbour, ``).
_INTRODUCED_GAP_RE = re.compile(r"(?:[ \xa0]+[\w'’-]+){0,4}[ \xa0]*[,:][ \xa0]*")


def _introduced_right_before(
    window: Window, span: QuotedSpan, before: list[Token], before_offset: int
) -> Cue | None:
    """The verb of speech introducing a quotation inside a sentence, with its
    subject (``Olsen told his neighbour, “``, ``He sent a message saying, “``):
    whose words they are though a cue after them names who relays them
    (``..., police said``); else None."""
    if starts_sentence(window.text, span.open_at) or not before:
        return None
    tokens = list(cue_tokens(before, window.spans, before_offset))
    if not tokens:
        return None
    cue = token_cue(tokens[-1], before_offset, None)  # the last verb before the mark, not one it reports to
    if not _INTRODUCED_GAP_RE.fullmatch(window.text, cue.end, span.open_at):
        return None
    cue.subject = cue_speaker(tokens[-1], window.spans, before_offset, strict=False) or _reporting_subject(
        tokens[-1], window
    )
    return cue if cue.subject is not None and not _is_pronoun(window.text, cue, _THINGS) else None


def _right_after(text: str, span: QuotedSpan, cue: Cue) -> bool:
    """True when ``cue`` (or its subject) comes right after the closing mark
    (``“...,” police said``, ``“...,” according to``), not later in the
    sentence (``“...,” and Berg said``)."""
    close = span.close_at if span.close_at is not None else span.end
    first = min(cue.start, cue.subject[0]) if cue.subject is not None else cue.start
    return first >= close and _CLOSING_GAP_RE.fullmatch(text, close, first) is not None


def _is_pronoun(text: str, cue: Cue, pronouns: frozenset[str] = PRONOUNS) -> bool:
    """True when the subject of ``cue`` is one of ``pronouns`` (a ``she said``
    after a quotation is its speaker's, no relay)."""
    return cue.subject is not None and text[cue.subject[0] : cue.subject[1]].lower() in pronouns


def _closes_embedded_sentence(text: str, span: QuotedSpan) -> bool:
    """True for quoted words inside a sentence that close it (``calling him “a
    failed candidate.” Venn fired back``): a cue before them in their sentence
    wins over one in the next."""
    return not starts_sentence(text, span.open_at) and text[span.start : span.end].rstrip().endswith(
        (".", "!", "?", "…")
    )


def _asked(token: Token) -> bool:
    """True for a verb of asking or telling in the passive with no agent, or
    only a means (``Kobb was asked``, ``Kobb was told his work was “poor”``,
    ``staff were told by text message``): the one asked or told said nothing."""
    return told_passively(token) and named_agent(token) is None


def _reporting_subject(token: Token, window: Window) -> tuple[int, int] | None:
    """The source of a cue before quoted words found as for indirect speech:
    the subject of the verbs it hangs on, the noun a participle describes
    (``a statement warning that``); None when it is not who or what speaks."""
    if token.doc is not window.doc:
        return None
    subject = verb_subject(token)
    if subject is None or not plausible_source(subject) or window.spans.covers(window.offset + subject.idx):
        return None
    return mention_span(subject, window.offset)


def _after_frame(window: Window, span: QuotedSpan) -> _After:
    """The words after the closing mark that can attribute the quote: none when
    they cannot (a sentence going on, a cue introducing the next quote)."""
    text = window.text
    close = span.close_at if span.close_at is not None else span.end
    start = close + (mark_width(text, close) if span.close_at is not None else 0)
    end = after_frame_end(text, span, start, window.end, window.spans)
    tokens = tokens_between(window.doc, start - window.offset, end - window.offset) if end > start else []
    if tokens and not opens_clause(text, span) and not _said_right_after(text, span, tokens, start, end):
        tokens = []  # (also “...,” Ansel Kobb, a harbour pilot, told the paper)
    if introduced_then_new_clause(text, span, tokens):
        tokens = []  # Hale told the crowd, “...,” and Berg said ...: Berg's cue is for her own words
    if (
        tokens
        and text[start:end].rstrip().endswith(":")
        and not cue_then_colon_verb(text, span, start, tokens, window.spans, window.offset)
    ):
        tokens = []  # "Mr. Kobb said:" introduces the next quote, not this one
    return _After(start=start, end=end, tokens=tokens)


def _said_right_after(text: str, span: QuotedSpan, tokens: list[Token], start: int, end: int) -> bool:
    """Quoted words inside a sentence: the words after them attribute them only
    as ``, X said`` (or ``” X said``) right after the closing mark, the quote
    not ending a sentence."""
    forms = speech_forms()
    head = [t for t in tokens[:9] if not t.is_punct]
    comma = "," in text[span.end : start + 2]  # “...,” Kobb said / “...”, Kobb said
    named = NAME_APPOSITIVE_CUE_RE.match(text[start:end].lstrip(" \t\xa0"))
    said = any(t.lower_ in forms for t in head[:4]) or (named is not None and named.group(1).lower() in forms)
    if not said:  # “...,” Harbour Board President Mara Lind Venn said: a longer name, then the cue
        cue_at = next((k for k, t in enumerate(head[:8]) if t.lower_ in forms), None)
        said = cue_at is not None and all(t.pos_ in _NAME_POS for t in head[:cue_at])
    return (
        comma
        and bool(head)
        and said
        and not _names_the_words(head)
        and not text[span.start : start].rstrip(" \"”'’").endswith((".", "!", "?"))
    )


def _names_the_words(head: list[Token]) -> bool:
    """True when the words after a quote open on a determiner and a noun of
    speech (``“...,” a claim the airline denies``, ``an accusation he
    rejected``): they describe the quoted words, and whoever denies them did
    not say them (not ``“...,” a report by the board said``: the report speaks)."""
    if not head or head[0].pos_ != "DET":
        return False
    noun = next((t for t in head[1:4] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lower_ in speech_forms() and noun.dep_ not in SUBJECT_DEPS


def _cue_after(window: Window, span: QuotedSpan, after: _After) -> tuple[Cue | None, Cue | None]:
    """The cue after the closing mark, as ``(cue, None)``; or ``(None, cue)``
    when it is deferred: ``“...,” adding, “...”`` introduces the next quote, so
    a cue before this one comes first."""
    text, spans, offset = window.text, window.spans, window.offset
    claimed = claimed_words_cue(text, span)
    if claimed is not None:
        return claimed, None  # "Kobb's claim that “...” is false, Obi said": Kobb's words
    cue = first_cue(after.tokens, spans, offset, reverse=False)
    if cue is None and after.tokens and span.close_at is not None:
        cue = mistagged_cue(after.tokens, spans, offset)  # “...,” Kobb answers.
    if cue is not None and cue.token is not None and reports_new_words(text, span, cue.token, spans, offset):
        return None, None  # “... field.” He added that members are ...: a new statement
    if cue is not None and cue.start > after.start:  # the parse lost the subject, or split the posts
        cue.subject = name_apposed_to_posts(text, after.start, cue.start) or cue.subject
    if cue is not None and cue.subject is None and cue.start > after.start:
        cue.subject = named_subject_after(text, after.start, cue.start)  # the parse lost the subject
    if (
        cue is not None
        and not starts_sentence(text, span.open_at)
        and after.end < window.end
        and text[after.start : after.end].rstrip().endswith(",")
    ):
        return None, cue
    return cue, None


def _before_frame(window: Window, span: QuotedSpan) -> tuple[list[Token], int]:
    """The words before the opening mark that can attribute the quote, with
    the article offset of their doc."""
    text = window.text
    if starts_sentence(text, span.open_at):
        # a quote opening a sentence: the sentence before is not its frame,
        # unless it ends in a colon on the line before ("Stated Venn:")
        lead_end = span.open_at
        while lead_end > 0 and text[lead_end - 1].isspace():
            lead_end -= 1
        held = window.holding(lead_end - 1)
        if (
            lead_end
            and text[lead_end - 1] == ":"
            and "\n" in text[lead_end : span.open_at]
            and held is not None
        ):
            start, _, doc = held
            s_start, _ = sentence_bounds(doc, lead_end - 1 - start)
            return tokens_between(doc, s_start, lead_end - start), start
        return [], window.offset
    held = (window.offset, 0, window.doc) if span.open_at >= window.offset else window.holding(span.open_at)
    if held is None:  # a quote opened in an earlier paragraph, with no window there
        return [], window.offset
    start, _, doc = held
    frame_start = before_frame_start(text, doc, span.open_at, start, window.spans)
    return tokens_between(doc, frame_start - start, span.open_at - start), start


def _continues(text: str, span: QuotedSpan) -> bool:
    """True when the quoted words open in lower case after a comma: the second part of a split quote."""
    before = text[max(0, span.open_at - 4) : span.open_at].rstrip()
    return text[span.open_at + 1 : span.open_at + 2].islower() and before.endswith(",")


def _cue_before(window: Window, span: QuotedSpan, before: list[Token], before_offset: int) -> Cue | None:
    """The cue before the opening mark: the verb introducing the quote, else
    the last cue; the verb governing quoted words inside a sentence instead of a
    subordinate one (``When Kobb spoke, he called the plan “a mess”``)."""
    spans = window.spans
    cue = introducing_verb(before, spans, before_offset) or first_cue(
        before, spans, before_offset, reverse=True
    )
    if (
        cue is not None
        and cue.token is not None
        and cue.token.dep_ == "relcl"
        and _continues(window.text, span)
    ):
        # "“...,” said Imogen Tate, a lawyer who advises firms, “but ...”": the relative clause describes her
        outside = [t for t in before if not (cue.token.left_edge.i <= t.i <= cue.token.right_edge.i)]
        cue = first_cue(outside, spans, before_offset, reverse=True) or cue
    if cue is not None and not opens_clause(window.text, span) and before_offset == window.offset:
        cue = governing_cue(window.doc, span, cue, spans, window.offset) or cue
    if cue is not None and _subject_of_quoted_words(window.text, span, cue):
        # "Ana Berg, writing in ..., said Ola Brin “writes grief ...”": Brin writes, Berg speaks
        frame = before_offset + before[0].idx if before else cue.start
        cue.subject = (
            named_subject_before(window.text, frame, cue.start)
            or name_right_before(window.text, cue.start)
            or cue.subject
        )
    if cue is not None and cue.subject is None and before:
        # "..., Col. Ansel Kobb, a harbour spokesman, said, “...”": the parse lost the subject
        cue.subject = named_subject_before(window.text, before_offset + before[0].idx, cue.start)
    return cue


def _subject_of_quoted_words(text: str, span: QuotedSpan, cue: Cue) -> bool:
    """True when the cue's subject stands after it, right before the opening
    mark of words that open in lower case (``said Ola Brin “writes grief the
    way ...”``, ``Lund called Orrin “a smart guy”``, where the parse took
    the object for a subject): the words are the subject's before the cue,
    if one is written there; not ``said Kobb, “...”``."""
    if cue.subject is None or cue.subject[0] < cue.end:
        return False
    return (
        not text[cue.subject[1] : span.open_at].strip()
        and text[span.open_at + 1 : span.open_at + 2].islower()
    )


def _quote(window: Window, span: QuotedSpan, cue: Cue | None, relatives: Relatives) -> Quote | None:
    """The quote of ``span`` with ``cue``; None for quoted words that are not speech."""
    text = window.text
    kind = quote_kind(text, span, cue)
    if kind is None:
        return None
    quote = Quote(
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=kind,
        confidence=span.confidence,
    )
    if cue is None:
        return quote
    quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end
    quote.confidence = min(quote.confidence, cue.confidence)
    if cue.subject is not None:
        quote.speaker_start, quote.speaker_end = cue.subject
        quote.speaker = text[cue.subject[0] : cue.subject[1]]
        if cue.token is not None:
            who = relative_subject(cue.token, cue.start - cue.token.idx)
            if who is not None and cue.subject[1] <= who[0]:
                relatives[(quote.start, quote.end)] = who
    close = span.close_at if span.close_at is not None else span.end
    quote.addressee = _addressee(text, cue.start, cue.end, close, window.end)
    return quote


def _addressee(text: str, cue_start: int, cue_end: int, close: int, line_end: int) -> str | None:
    """The person or medium told (``told The Morning Ledger``, ``in an interview with Radio Vesta``)."""
    start = max(start_of_line(text, cue_start), cue_start - 400)
    window = text[start : min(line_end, max(cue_end, close) + 400)]
    for regex in ADDRESSEE_RES:
        for match in regex.finditer(window):
            name = match.group(1).strip()
            name = re.sub(r"(?<![A-Z])\.\Z", "", name)
            if name and name.split()[0] not in _NOT_ADDRESSEES:
                return name[4:] if name.startswith("the ") else name
    return None
