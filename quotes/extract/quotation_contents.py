"""Contents next to quotation marks: what of a content found by the parse
stands when quoted words follow it (:func:`before_quote`: the words before a
quotation of its own, a frame of it, or a mixed quote kept whole), when taken
quoted words block it (:func:`blocked`), and a conjunction left at its end
(:func:`without_dangling_conjunction`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from quotes.extract.direct_quote_words import AUXILIARY_VERBS, NEEDS_MORE
from quotes.extract.indirect_content import Found
from quotes.extract.lexicon import speech_forms
from quotes.extract.patterns import DANGLING_RE, OPENING_GAP_RE
from quotes.extract.time_words import TIME_WORDS

#: The marks ending a quotation's last sentence before a straight closing
#: mark (``to pursue." The town``): what follows is a sentence of its own. After
#: a comma (``fair game," Kobb told``) come the quotation's own words of
#: attribution or a phrase hanging on it, no content.
_BEFORE_CLOSING_STRAIGHT = ".!?"


def inside_quotation(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the inside of a quotation (a direct quote)."""
    stripped = text[:start].rstrip()
    before = stripped[-1:]
    if before == '"' and _closes_quotation(text, len(stripped) - 1, spaced=len(stripped) < start):
        return False  # 'pursue." The town ..., according to Orvik': the mark closes the quotation before
    return before in ("\u201c", '"', "\u201e") and not any(m in text[start:end] for m in '\u201c\u201d"')


def _closes_quotation(text: str, mark: int, *, spaced: bool) -> bool:
    """True when the straight mark at ``mark`` closes a quotation and the words
    after it stand outside it: a word stands against it (``"Vell Sunday"
    that``), or a sentence's end does, a blank follows it (``spaced``; not
    ``left."We are``, an opening mark typed against the full stop) and it is
    an even mark of its paragraph (not the end of a quotation quoted inside
    another: ``"He said "Never sell." I sold it,"``)."""
    before_mark = text[mark - 1 : mark]
    if before_mark.isalnum():
        return True
    if not spaced or before_mark == "" or before_mark not in _BEFORE_CLOSING_STRAIGHT:
        return False
    return text.count('"', text.rfind("\n", 0, mark) + 1, mark + 1) % 2 == 0


#: A colon and an opening mark ending the words before a quotation.
_OPENING_COLON_RE = re.compile(r":\s*[\"\u201c\u201e\u00ab]?\s*\Z")
#: A colon or a comma, and an opening mark, ending the words before a quotation.
_OPENING_PUNCTUATION_RE = re.compile(r"[:,]\s*[\"\u201c\u201e\u00ab]?\s*\Z")
#: A participle of speech or thought ending the words before a quotation, with
#: the words it addresses (``..., saying``, ``telling his colleagues``,
#: ``recalled thinking``): it introduces the quotation, it is no paraphrase.
_INTRODUCING_TAIL_RE = re.compile(
    r"(?:,\s+(?:saying|adding|asking|telling|writing|noting|declaring|explaining)|\s+thinking)"
    r"(?:\s+[\w'’]+){0,2}\Z",
    re.IGNORECASE,
)
#: An opening mark and the capital of a sentence of its own.
_SENTENCE_OPENING_RE = re.compile(r"(?:''|[\"\u201c\u201e\u00ab])\s*[A-Z]")
#: The opening of a frame set off before a quotation by a comma (``If the bill
#: passes, “...”``, ``that in the current climate, “...”``): a condition, time
#: or circumstance of the quoted words, not words of a paraphrase.
_FRAME_OPENING_RE = re.compile(
    r"(?:(?:but|and|so)\s+)?(?:that\s+)?(?:if|when|once|because|after|before|while|although|though|unless"
    r"|until|since|in|on|at|with|without|during|under|despite|given|based\s+on)\b",
    re.IGNORECASE,
)
#: A modal, auxiliary or copula ending the words before a quotation: the quotation
#: gives its verb or predicate (``the board would “...”``, ``he was “...”``; not
#: ``to show there was “...”``, which asserts nothing of a subject).
_AWAITS_VERB_RE = re.compile(
    r"(?<!\bthere )\b(?:(?:"
    + "|".join(sorted(AUXILIARY_VERBS, key=len, reverse=True))
    + r")(?:n[’']t|[ \xa0]+not)?|won[’']t|can[’']t|cannot)\Z",
    re.IGNORECASE,
)
#: Prepositions opening words that say where or when, not who (``said outside court “...”``).
_PREPOSITIONS = frozenset(
    "in on at outside inside after before during near behind from with without by over".split()
)
#: Words before a quotation that say when or how, not who (``said again “...”``, ``said afterwards “...”``).
_NOT_A_SUBJECT = (
    frozenset(
        "again also then now still later earlier once twice too only even afterwards afterward there here instead".split()
    )
    | TIME_WORDS
)
#: An opening mark and a lower-case word: the quotation goes on with the words before it.
_CONTINUES_RE = re.compile(r"(?:''|[\"\u201c\u201e\u2018'])\s*[a-z]")
#: ``that`` and a subject before a quotation: the quotation gives its predicate.
_THAT_SUBJECT_RE = re.compile(r"that\s+\S", re.IGNORECASE)


def before_quote(
    item: Found, taken: Sequence[tuple[int, int]], text: str, holds_clause: Callable[[int, int], bool]
) -> Found | None:
    """A content ending in a long quotation (``he respects her and calls her “...”``)
    keeps its words before the quotation, which is a quote of its own (when a
    verb of speech gives it one: ``defended the plan as “...”`` is kept whole)."""
    for t_start, t_end in taken:
        if (
            item.start < t_start
            and t_end >= item.end - 1
            and t_start < item.end
            and (t_end - t_start) * 2 >= item.end - item.start
        ):
            if item.start == item.cue_start and _OPENING_COLON_RE.search(text, item.start, t_start):
                return None  # 'wrote on social media: “...”': where the words went, then the words
            kept = DANGLING_RE.sub("", text[item.start : t_start])
            if _AWAITS_VERB_RE.search(kept):
                return replace(item, mixed=True)  # 'the board would “act at once”'
            # 'that hatred “has no home”' is cut there and runs on (article.over_partials)
            if len(kept.split()) < 3 and not _THAT_SUBJECT_RE.match(kept):
                subject = (
                    item.start != item.cue_start
                    and item.end >= t_end - 1  # the content holds the quoted words to their end
                    and _subject_before(kept, text, t_start)
                )
                return replace(item, mixed=True) if subject else item
            if kept.split()[-1].lower() in NEEDS_MORE:
                return replace(item, mixed=True)  # "the tests were “...”": a mixed quote, kept whole
            if text[item.cue_start : item.cue_end].lower() not in speech_forms():
                # "defended the plan as “...”": no verb of speech to give the quotation a quote of its own
                return replace(item, mixed=True)
            return _paraphrase_before(item, kept, text, t_start, holds_clause)
    return item


def _subject_before(kept: str, text: str, t_start: int) -> bool:
    """True when the one or two words ``kept`` before the quotation at
    ``t_start`` are the subject whose predicate it gives (``said prices “will
    keep rising”``, ``said Kobb’s “plan is a mess”``): a mixed quote, whole."""
    words = kept.lower().split()
    return (
        bool(words)
        and _CONTINUES_RE.match(text, t_start) is not None
        and kept[-1:].isalnum()
        and words[-1] not in _NOT_A_SUBJECT
        and words[0] not in _PREPOSITIONS
        and not words[-1].endswith("ly")
    )


def _paraphrase_before(
    item: Found, kept: str, text: str, t_start: int, holds_clause: Callable[[int, int], bool]
) -> Found | None:
    """The words ``kept`` before a quotation that is a quote of its own, as a
    paraphrase: without a participle introducing the quotation (``..., saying``),
    and None when they are only its frame (``If the bill passes, “...”``,
    ``urged voters, “...”``, ``she recalled thinking, “...”``) or hold the cue
    (``In an interview, Kobb said, “...”``). A frame is set off by a comma
    from a quotation opening a sentence of its own; a quotation opening in lower
    case goes on with the words before it (``that under the old board, “the pier
    ...”``, a mixed quote)."""
    before = text[item.start : t_start]
    if _SENTENCE_OPENING_RE.match(text, t_start) is None:
        return replace(item, end=item.start + len(kept))  # the clause goes on in the quotation
    trimmed = _INTRODUCING_TAIL_RE.sub("", kept)
    if _AWAITS_VERB_RE.search(trimmed):
        trimmed = kept  # "the report was telling, “...”": the participle is the clause's own
    if item.start == item.cue_start and _OPENING_PUNCTUATION_RE.search(before):
        return None  # 'urged voters, “...”': whom the words went to, then the words
    if item.start < item.cue_start and item.cue_end == item.start + len(kept):
        return None  # 'In an interview, Kobb said, “...”': the words before the cue frame the quotation
    if trimmed != kept and len(trimmed.split()) < 3:
        return None
    frame = "," in before[len(kept) :] and "," not in trimmed and _FRAME_OPENING_RE.match(trimmed)
    if frame and not holds_clause(item.start, item.start + len(trimmed)):
        return None
    return replace(item, end=item.start + len(trimmed))


#: A conjunction left at the end of a content cut before the clause it opens
#: (``she did not want the escort, but| the police overruled her, the source added``).
_DANGLING_CONJUNCTION = r"\b(?:and|but|or|nor|if|because|(?<!\ba )while|although|though|whereas)\Z"
_DANGLING_CONJUNCTION_RE = re.compile(r"[\s,;:\u2013\u2014-]*" + _DANGLING_CONJUNCTION, re.IGNORECASE)
#: The conjunction alone, looked for in the last :data:`_LONGEST_CONJUNCTION`
#: characters: a cheap test before :data:`_DANGLING_CONJUNCTION_RE`, which is
#: tried at every character of a content.
_CONJUNCTION_AT_END_RE = re.compile(_DANGLING_CONJUNCTION, re.IGNORECASE)
_LONGEST_CONJUNCTION = len("although")


#: The end of a sentence, after closing marks: nothing was cut there.
_SENTENCE_ENDS_RE = re.compile(r"[\"”’']*\s*(?:[.!?]|\Z)")


def without_dangling_conjunction(item: Found, text: str) -> Found:
    """``item`` without a conjunction ending its content: the clause it opens
    went to another attribution, or was never part of this one."""
    if not _CONJUNCTION_AT_END_RE.search(text, max(item.start, item.end - _LONGEST_CONJUNCTION), item.end):
        return item
    dangling = _DANGLING_CONJUNCTION_RE.search(text, item.start, item.end)
    if dangling is None or len(text[item.start : dangling.start()].split()) < 2:
        return item
    if OPENING_GAP_RE.match(text, item.end):
        return item  # 'only if “a candidate ...”': the clause goes on in the quotation
    if _SENTENCE_ENDS_RE.match(text, item.end):
        return item  # 'the plan could still work, though.', 'in a long while.': the sentence's own last word
    return replace(item, end=dangling.start())


#: A word of a paraphrase, and how many after a partial quote say the paraphrase goes on past it.
_WORD_RE = re.compile(r"\w+")
_GOES_ON_WORDS = 4


def _paraphrase_around(text: str, start: int, end: int, t_start: int, t_end: int) -> bool:
    """True when words of a paraphrase at ``[start, end)`` open before the
    quotation at ``[t_start, t_end)`` and go on past it (not a quotation and
    its own attribution: ``“...,” Kobb said Monday in Vell``)."""
    return (
        bool(_WORD_RE.search(text, start, t_start))
        and len(_WORD_RE.findall(text, t_end, end)) >= _GOES_ON_WORDS
    )


def blocked(start: int, end: int, taken: Sequence[tuple[int, int]], text: str) -> bool:
    """True when ``[start, end)`` of ``text`` overlaps a taken span, unless that
    span lies inside it and covers less than half of it, or the paraphrase runs
    round it (a partial quote in reported speech: ``said it “takes the concerns
    of residents seriously” and that work would begin in spring``)."""
    for t_start, t_end in taken:
        if t_start < end and start < t_end:
            inside = start <= t_start and t_end <= end
            if not inside:
                return True
            if (t_end - t_start) * 2 >= end - start and not _paraphrase_around(
                text, start, end, t_start, t_end
            ):
                return True
    return False
