"""Direct and partial quotes: the cue and speaker mention of each quoted span,
and whether the quoted words are speech at all.

:func:`attribute` looks for a cue after the closing mark (``“...,” Kobb said``),
then in text patterns (a signature, ``the editorial read``), then before the
opening mark (``Kobb said: “...”``), then in the sentence before; quoted words
with no cue are speech only when they read as a sentence (:func:`_kind`).
"""

from __future__ import annotations

import re

from quotes.extract.cues import (
    Cue,
    cue_then_colon_verb,
    fallback_cue,
    first_cue,
    governing_cue,
    introducing_verb,
    mistagged_cue,
    reports_new_words,
    sentence_before_cue,
)
from quotes.extract.frames import (
    after_frame_end,
    before_frame_start,
    opens_clause,
    start_of_line,
    starts_sentence,
)
from quotes.extract.lexicon import NOT_A_NOUN_AFTER_QUOTE, NOT_SPEAKERS, SOURCE_NOUNS, speech_forms
from quotes.extract.mentions import names_someone
from quotes.extract.patterns import (
    ADDRESSEE_RES,
    DOCUMENT_SAID_RE,
    NAME_APPOS_BEFORE_RE,
    NAME_APPOS_RE,
    NAME_APPOSITIVE_CUE_RE,
    NP_BEFORE_CUE_RE,
    ROLE_NAME_RE,
    SCARE_BEFORE_RE,
    SIGNATURE_LINE_RE,
    SIGNATURE_RE,
    UNCLOSED_SIGNATURE_RE,
)
from quotes.extract.quotemarks import QuotedSpan, mark_width
from quotes.extract.subjects import relative_subject
from quotes.extract.syntax import doc_text, sentence_bounds, tokens_between
from quotes.records import Quote


def attribute(
    text: str, span: QuotedSpan, doc, offset: int, doc_at, spans, *, relatives: dict | None = None
) -> Quote | None:
    """A :class:`Quote` for a quoted span, with its cue and speaker mention (not yet resolved).

    When the cue's subject is a relative pronoun (``Beck, who said “...”``) the
    mention is the name it stands for, resolved as such, and ``relatives`` (when
    given) maps ``id(quote)`` to the offsets of the pronoun: the attribution rests
    on it, so it becomes the mention once the name is resolved."""
    close = span.close_at if span.close_at is not None else span.end
    after_start = close + (mark_width(text, close) if span.close_at is not None else 0)
    line_end = offset + len(doc_text(doc))
    after_end = after_frame_end(text, span, after_start, line_end, spans)
    after = tokens_between(doc, after_start - offset, after_end - offset) if after_end > after_start else []
    if after and not opens_clause(text, span):
        # quoted words inside a sentence: the words after them attribute them only
        # as ", X said" (or "” X said") right after the closing mark
        forms = speech_forms()
        head = [t for t in after[:9] if not t.is_punct]
        closing = text[span.end : after_start + 2]
        comma = "," in closing  # “...,” Smith said / “...”, Smith said
        named = NAME_APPOSITIVE_CUE_RE.match(text[after_start:after_end].lstrip(" \t\xa0"))
        said = any(t.lower_ in forms for t in head[:4]) or (
            named is not None and named.group(1).lower() in forms
        )
        if not said:  # “...,” NEA President Lily Eskelsen García said: a longer name, then the cue
            cue_at = next((k for k, t in enumerate(head[:8]) if t.lower_ in forms), None)
            said = cue_at is not None and all(
                t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in head[:cue_at]
            )
        if not (
            comma
            and head
            and said
            and not text[span.start : after_start].rstrip(" \"”'’").endswith((".", "!", "?"))
        ):
            after = []  # (also “...,” Ansel Kobb, a harbour pilot, told the paper)
    if (
        after
        and text[after_start:after_end].rstrip().endswith(":")
        and not cue_then_colon_verb(text, span, after_start, after, spans, offset)
    ):
        after = []  # "Mr. Zahed said:" introduces the next quote, not this one
    cue = first_cue(after, spans, offset, reverse=False)
    if cue is None and after and span.close_at is not None:
        cue = mistagged_cue(after, spans, offset)  # “...,” Bozell answers.
    if cue is not None and cue.token is not None and reports_new_words(text, span, cue.token, spans, offset):
        cue = (
            None  # “... field.” He added that members are ...: a new statement, not this quote's attribution
        )
    if cue is not None and cue.subject is None and cue.start > after_start:
        # “...,” Ansel Kobb, the mayor's former chief of staff, said: the parse lost the subject
        named = (
            NAME_APPOS_RE.match(text, after_start, cue.start)
            or ROLE_NAME_RE.match(text, after_start, cue.start)
            or NP_BEFORE_CUE_RE.match(text, after_start, cue.start)
        )
        if named is not None and named.group(1).split()[0] not in NOT_SPEAKERS:
            cue.subject = (named.start(1), named.end(1))
    if (
        cue is not None
        and not starts_sentence(text, span.open_at)
        and after_end < line_end
        and (text[after_start:after_end].rstrip().endswith(","))
    ):
        deferred, cue = (
            cue,
            None,
        )  # “...,” adding, “...”: that cue introduces the next quote; try before first
    else:
        deferred = None
    if (
        (cue is None or cue.subject is None)
        and span.close_at is not None
        and "," in text[span.end : after_start + 1]
    ):
        document = DOCUMENT_SAID_RE.match(text, after_start, line_end)
        if document is not None and document.group("noun") in SOURCE_NOUNS:
            cue = Cue(
                document.start("verb"),
                document.end("verb"),
                document.group("verb"),
                (document.start(1), document.end(1)),
                None,
                0.9,
            )
    signature = SIGNATURE_RE.match(text, after_start) if span.close_at is not None else None
    if signature is None and span.close_at is not None and (cue is None or cue.subject is None):
        signature = SIGNATURE_LINE_RE.match(text, after_start)  # the quote, then "- Sanders." alone on a line
    if signature is None and span.close_at is None and (cue is None or cue.subject is None):
        # "... the stimulus.\nJosh Vane, Harbour Policy Institute.": an unclosed quote
        # whose closing mark ends the line signing it
        signature = UNCLOSED_SIGNATURE_RE.match(text, span.end)
        if signature is not None and has_verb_word(signature.group(0)):
            signature = None
    if signature is not None and (cue is None or cue.start > signature.end(1)):
        # “...” ― Carla Mendes: a name signing the quote
        cue = Cue(
            signature.start(), signature.start(1), "―", (signature.start(1), signature.end(1)), None, 0.8
        )
    before: list = []
    if starts_sentence(text, span.open_at):
        before_offset = offset  # a quote opening a sentence: the sentence before is not its frame
        lead_end = span.open_at  # where the text before the mark ends, blanks dropped
        while lead_end > 0 and text[lead_end - 1].isspace():
            lead_end -= 1
        if lead_end and text[lead_end - 1] == ":" and "\n" in text[lead_end : span.open_at]:
            # "Stated Stone:" on the line before the quote
            for start, end, other in doc_at.values():
                if start <= lead_end - 1 < end:
                    s_start, _ = sentence_bounds(other, lead_end - 1 - start)
                    before = tokens_between(other, s_start, lead_end - start)
                    before_offset = start
                    break
    elif span.open_at >= offset:
        before_start = before_frame_start(text, doc, span.open_at, offset, spans)
        before = tokens_between(doc, before_start - offset, span.open_at - offset)
        before_offset = offset
    else:
        # a quote opened in an earlier paragraph: its cue may stand before it there
        before_offset = offset
        for start, end, other in doc_at.values():
            if start <= span.open_at < end:
                before_start = before_frame_start(text, other, span.open_at, start, spans)
                before = tokens_between(other, before_start - start, span.open_at - start)
                before_offset = start
                break
    if cue is None or cue.subject is None:
        before_cue = introducing_verb(before, spans, before_offset) or first_cue(
            before, spans, before_offset, reverse=True
        )
        if before_cue is not None and not opens_clause(text, span) and before_offset == offset:
            governing = governing_cue(doc, span, before_cue, spans, offset)
            if governing is not None:
                before_cue = governing
        if before_cue is not None and before_cue.subject is None and before:
            # "..., Col. Ansel Kobb, a harbour spokesman, said, “...”": the parse lost the subject
            frame_start = before_offset + before[0].idx
            named = NAME_APPOS_BEFORE_RE.search(text, frame_start, before_cue.start)
            if named is not None and names_someone(named.group(1)):
                before_cue.subject = (named.start(1), named.end(1))
        if before_cue is not None and (cue is None or before_cue.subject is not None):
            cue = before_cue
    if deferred is not None and (cue is None or cue.subject is None):
        cue = deferred
    if cue is None or cue.subject is None:
        fallback = fallback_cue(before, after, text, span, spans, offset, before_offset)
        if fallback is not None:
            cue = fallback
    if (cue is None or cue.subject is None) and starts_sentence(text, span.open_at) and span.open_at > offset:
        introduced = sentence_before_cue(text, doc, span, offset, spans)
        if introduced is not None:
            cue = introduced
    kind = _kind(text, span, cue)
    if kind is None:
        return None
    quote = Quote(
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=kind,
        confidence=span.confidence,
    )
    if cue is not None:
        quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end
        quote.confidence = min(quote.confidence, cue.confidence)
        if cue.subject is not None:
            quote.speaker_start, quote.speaker_end = cue.subject
            quote.speaker = text[cue.subject[0] : cue.subject[1]]
            if relatives is not None and cue.token is not None:
                who = relative_subject(cue.token, cue.start - cue.token.idx)
                if who is not None and cue.subject[1] <= who[0]:
                    relatives[id(quote)] = who
        quote.addressee = _addressee(text, cue.start, cue.end, close, offset + len(doc_text(doc)))
    return quote


def has_verb_word(line: str) -> bool:
    """True when a short line reads as a sentence (a verb form among its
    lower-case words), not a signature."""
    return any(
        w.endswith(("ed", "ing")) or w in ("is", "are", "was", "were", "has", "have", "will", "can")
        for w in re.findall(r"\b[a-z]+\b", line)
    )


def _kind(text: str, span: QuotedSpan, cue: Cue | None) -> str | None:
    """``direct``, ``partial``, or None for quoted words that are not speech."""
    content = text[span.start : span.end]
    words = content.split()
    if not words:
        return None
    before = text[max(0, span.open_at - 40) : span.open_at]
    after = text[(span.close_at or span.end) + 1 : (span.close_at or span.end) + 30]
    if SCARE_BEFORE_RE.search(before) or before.endswith("="):
        return None  # "so-called “x”", or a markup attribute value
    stripped = before.rstrip()
    boundary = (
        not stripped
        or "\n" in before[len(stripped) :]
        or stripped.endswith((".", "!", "?", ":", ",", ";", "—", "–", "-", "\n"))
        or stripped.endswith(("”", '"'))
    )
    line_start = start_of_line(text, span.open_at)
    if not text[line_start : span.open_at].strip():
        boundary = True
    sentence_like = content[:1].isupper() or content[:1].isdigit() or content[:1] in "‘'[(…."
    ends_sentence = content.rstrip().endswith((".", "!", "?", "…", ".’", "?’"))
    has_speaker = cue is not None and cue.subject is not None
    if boundary and sentence_like and (len(words) >= 3 or has_speaker):
        return "direct"
    if ends_sentence and boundary and len(words) >= 3:
        return "direct"
    if cue is None:
        if boundary and len(words) >= 6 and (sentence_like or ends_sentence):
            return "direct"
        return None
    if (
        len(words) <= 3
        and not ends_sentence
        and re.match(r"\s+[a-z][\w-]*\s+[a-z]", after)
        and _looks_adjectival(after)
    ):
        return None  # "the “no-deal” Hanoi summit": modifies a noun
    if not has_speaker and len(words) < 3:
        return None
    return "partial"


def _looks_adjectival(after: str) -> bool:
    """True when the words right after a closing mark are a noun the quote modifies."""
    word = after.split()[0] if after.split() else ""
    return bool(word) and word.lower() not in NOT_A_NOUN_AFTER_QUOTE


def _addressee(text: str, cue_start: int, cue_end: int, close: int, line_end: int) -> str | None:
    """The person or medium told (``told The Diplomat``, ``in an interview with MSNBC``)."""
    start = max(start_of_line(text, cue_start), cue_start - 400)
    window = text[start : min(line_end, max(cue_end, close) + 400)]
    for regex in ADDRESSEE_RES:
        for match in regex.finditer(window):
            name = match.group(1).strip()
            name = re.sub(r"(?<![A-Z])\.$", "", name)
            if name and name.split()[0] not in ("He", "She", "They", "It", "I", "We"):
                return name[4:] if name.startswith("the ") else name
    return None
