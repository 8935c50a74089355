"""The text around a quoted span that can attribute it: where the line and the
sentence start, whether the quote opens its sentence or a clause, and how far
the words before the opening mark and after the closing mark reach (to the
sentence end, the next quotation or the line end).
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from quotes.extract.direct_quote_words import NEW_SENTENCE_OPENERS
from quotes.extract.lexicon import phrasal_speech_forms, speech_forms
from quotes.extract.patterns import NAME_APPOSITIVE_CUE_RE, PARENTHETICAL_CUE_RE
from quotes.extract.quotemarks import QuotedSpan, SpanIndex, mark_width
from quotes.extract.sentences import ABBREVIATION_AT_END_LONGEST, ABBREVIATION_AT_END_RE, SENTENCE_END_RE
from quotes.extract.syntax import sentence_bounds

#: A lower-case word next on the line, after blanks and commas.
_LOWER_WORD_NEXT_RE = re.compile(r"[ \xa0,]*[a-z]")


#: Conjunctions that open another clause after a quotation (``“...,” and Berg said``).
_CLAUSE_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas"})
#: Pronouns that are someone else, opening a clause (``and nobody argued``).
_INDEFINITE_SUBJECTS = frozenset({"nobody", "everyone", "everybody", "someone", "somebody", "others"})
#: What can open the subject of that clause (not ``and said``, ``and he added``).
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM"})


def introduced_then_new_clause(text: str, span: QuotedSpan, after: list[Token]) -> bool:
    """True when a quote introduced by a comma or colon inside its sentence
    (``Hale told the crowd, “...,”``) is followed by a conjunction opening
    another clause with its own subject (``and council member Rita Berg said
    ...``): that clause's cue is someone else's."""
    words = [token for token in after[:3] if not token.is_punct]
    return (
        len(words) >= 2
        and words[0].lower_ in _CLAUSE_CONJUNCTIONS
        and (
            words[1].pos_ in _SUBJECT_POS
            or words[1].tag_ == "PRP$"
            or words[1].lower_ in _INDEFINITE_SUBJECTS
        )
        and opens_clause(text, span)
        and not starts_sentence(text, span.open_at)
    )


def start_of_line(text: str, position: int, *, reach: int = 20_000) -> int:
    """The start of the line holding ``position``; a line longer than ``reach``
    is taken to start ``reach`` characters back (searching further on every
    quote of a megabyte-long line would be quadratic)."""
    low = max(0, position - reach)
    found = text.rfind("\n", low, position)
    return found + 1 if found >= 0 else low


def opens_clause(text: str, span: QuotedSpan) -> bool:
    """True when a quote opens its sentence or follows a comma or colon (direct speech)."""
    if starts_sentence(text, span.open_at):
        return True
    return text[max(0, span.open_at - 4) : span.open_at].rstrip().endswith((",", ":"))


def starts_sentence(text: str, open_at: int) -> bool:
    """True when the quote mark at ``open_at`` opens a line or follows a sentence end."""
    lead = text[max(0, open_at - 200) : open_at]
    stripped = lead.rstrip(" \t\u00a0")
    if not stripped or stripped.endswith("\n"):
        return True
    return stripped.endswith((".", "!", "?", ".”", "?”", "!”", '."', '?"', "…")) and not (
        stripped.endswith(".")  # what an abbreviation ends with
        and ABBREVIATION_AT_END_RE.search(stripped, max(0, len(stripped) - ABBREVIATION_AT_END_LONGEST))
    )


def after_frame_end(text: str, span: QuotedSpan, after_start: int, line_end: int, spans: SpanIndex) -> int:
    """Where the words after a closing mark that can attribute it end: the end of
    the sentence, the next quote, or the line. A quote that ends its own sentence
    (``...done.” Next sentence``) has no after frame, unless a short one follows
    (``“Why?” Smith asked.``)."""
    end = _next_mark(text, after_start, line_end, spans)
    match = SENTENCE_END_RE.search(text, after_start, end)
    if match:
        end = match.start() + 1
    content = text[span.start : span.end].rstrip()
    if content.endswith((".", "!", "?", "…")):
        following = text[after_start:end].strip()
        if following.split(" ", 1)[0].rstrip(",") in NEW_SENTENCE_OPENERS:
            return after_start  # “...” But Kobb, again, did not respond in kind.
        if following[:1].isupper() and len(following.split()) > 6:
            # a new sentence, unless it opens with the attribution ("Kobb said of ...")
            forms = speech_forms()
            parenthetical = PARENTHETICAL_CUE_RE.match(following)
            if parenthetical and parenthetical.group(1).lower() in forms:
                return after_start  # "“...” This sort of talk, the paper claimed, violates ...": the new sentence's
            words = [w.strip(",.") for w in following.split()[:5]]
            phrasal = phrasal_speech_forms()
            if not any(w in forms for w in words) and not any(
                f"{a} {b}".lower() in phrasal for a, b in itertools.pairwise(words)
            ):
                # (nor a two-word cue: “...?” Kobb went on, as if ...)
                # also “...?” Miller, a retired worker from the plant, said pleasantly.
                named = NAME_APPOSITIVE_CUE_RE.match(following)
                if named is None or named.group(1).lower() not in forms:
                    return after_start
    return end


def sentence_goes_on(text: str, span: QuotedSpan) -> bool:
    """True when a lower-case word follows the closing mark on its line
    (``Review: “The Salt Orchard” is a triumph``): the quoted words are a
    part of the sentence, not a sentence of their own."""
    if span.close_at is None:
        return False
    return _LOWER_WORD_NEXT_RE.match(text, span.close_at + mark_width(text, span.close_at)) is not None


def before_frame_start(text: str, doc: Doc, open_at: int, offset: int, spans: SpanIndex) -> int:
    """Where the words before an opening mark that can attribute it begin: the
    start of the sentence holding the word before the mark, after any earlier quote."""
    rel = open_at - offset
    if rel <= 0:
        return open_at
    s_start, _ = sentence_bounds(doc, max(0, rel - 1))
    # the sentence splitter can split after "U.S." or before the mark: also stop at
    # the last sentence end we trust
    start = offset + s_start
    return _previous_mark(text, start, open_at, spans)


def _next_mark(text: str, start: int, limit: int, spans: SpanIndex) -> int:
    """The end of the frame after a quote: the next quote's opening mark or
    ``limit``; a short quoted title on the way (pins reading “Vote Ann”) does not end it."""
    for s in spans[spans.opening_from(start) :]:
        if s.open_at >= limit:
            break
        if start <= s.open_at < limit:
            if len(text[s.start : s.end].split()) <= 4 and s.close_at is not None and s.close_at < limit:
                continue
            return s.open_at
    return limit


def _previous_mark(text: str, limit: int, end: int, spans: SpanIndex) -> int:
    """The start of the frame before a quote: the previous quote's closing mark or ``limit``."""
    best = limit
    j = spans.opening_from(end) - 1  # spans opening before ``end``, latest first
    while j >= 0 and spans.marks.reach[j] >= limit:
        close = spans.marks.ends[j]
        if limit <= close < end:
            best = max(best, close + 1)
        j -= 1
    return best
