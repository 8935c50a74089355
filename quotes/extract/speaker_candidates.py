"""The people and bodies a quote's speaker could be, and what the article's
text says of each around the quote (pure text, no parse): the inputs of the
speaker re-ranker (:mod:`quotes.extract.speaker_ranker`).

:func:`article_layout` reads an article once (its paragraphs, sentence ends,
quoted spans, the names it writes and the speakers the rules found);
:func:`candidates` gives the candidates of one quote and
:func:`candidate_features` the features of each.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from quotes.extract.confidence import mention_kind as kind_of_mention
from quotes.extract.gender import PRONOUN_GENDERS, name_gender
from quotes.extract.given_names import given_name_gender
from quotes.extract.name_runs import name_candidates
from quotes.extract.name_words import PLACE_NAME_ENDINGS
from quotes.extract.quotemarks import find_quoted
from quotes.extract.speaker_words import FIRST_PERSON, INDEFINITE_PERSON, PRONOUNS
from quotes.records import Quote

#: Last words of streets' names, which no one is (``Banksia Parade``), besides
#: the places' of :data:`~quotes.extract.name_words.PLACE_NAME_ENDINGS`.
STREET_ENDINGS = frozenset("Street Parade Drive Boulevard Terrace Crescent Highway Plaza".split())
#: How many paragraphs before the quote's own a candidate may have been named in.
REACH_PARAGRAPHS = 3
#: Pronouns a body may speak through.
BODY_PRONOUNS = frozenset({"it", "they", "we"})
#: Relative pronouns a speaker mention may be.
RELATIVES = frozenset({"who", "which", "that"})
#: Words opening a description, not a name (``the spokesman``).
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
#: A sentence end outside abbreviations' reach: a stop, then space (or a closing mark and space).
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?(?=\s)")
#: Paragraph breaks (news text puts one paragraph per line).
_BREAK_RE = re.compile(r"\n")
#: Characters a name's mention may stand from the cue and still be its subject.
_CUE_REACH = 40
#: Characters of a paragraph's opening that hold its first sentence's subject.
_OPENING_REACH = 60


@dataclass
class Layout:
    """What the whole article tells the candidates of each of its quotes."""

    text: str
    paragraph_starts: list[int]
    sentence_ends: list[int]
    quoted: list[tuple[int, int]]
    quotes: list[Quote]
    kinds: dict[str, str]
    """Each candidate's name (as the rules write it, else its longest run) and
    its kind: ``person``, ``organization`` or ``unknown``."""
    mentions: dict[str, list[int]] = field(default_factory=dict)
    """Where each candidate is written outside quoted words, in order."""
    genders: dict[str, str | None] = field(default_factory=dict)
    owners: list[str | None] = field(default_factory=list)
    """The candidate each quote's speaker stands for, as :attr:`quotes` go."""
    index: dict[int, int] = field(default_factory=dict)
    """The place of each quote (by ``id``) in :attr:`quotes`."""
    spoken: dict[str, int] = field(default_factory=dict)
    """How many quotes each candidate speaks."""
    around: list[tuple[Quote | None, Quote | None]] = field(default_factory=list)
    """The quotes with a speaker before and after each of :attr:`quotes`."""


def mention_kind(quote: Quote, text: str) -> str:
    """What the speaker mention is (:func:`quotes.extract.confidence.mention_kind`),
    with the relative pronouns of :data:`RELATIVES` and a possessive opening a
    description too (``his lawyer``)."""
    return kind_of_mention(quote, text, relatives=RELATIVES, openers=_DESCRIPTION_OPENERS)


def key(name: str) -> str:
    """What identifies a candidate: its last capitalised word (a surname) in
    lower case, else the whole name in lower case."""
    words = [w for w in re.findall(r"[\w’'-]+", name) if w[:1].isupper()]
    return words[-1].lower() if words else name.lower()


#: Words that are no name, however written (``I``, ``One``, ``He``).
_NOT_NAMES = PRONOUNS | INDEFINITE_PERSON | FIRST_PERSON


def is_name(speaker: str | None) -> bool:
    """True when ``speaker`` is written as a name: its first and last words
    capitalised, and not a pronoun (``I``) or ``One``."""
    words = (speaker or "").split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and speaker is not None
        and speaker.lower() not in _NOT_NAMES
    )


def article_layout(quotes: list[Quote], text: str) -> Layout:
    """Read ``text`` and its ``quotes`` once for the candidates of every quote."""
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    quoted = _quoted_spans(ordered, text)
    layout = Layout(
        text=text,
        paragraph_starts=[0] + [found.end() for found in _BREAK_RE.finditer(text)],
        sentence_ends=[found.end() for found in _SENTENCE_END_RE.finditer(text)],
        quoted=quoted,
        quotes=ordered,
        kinds=_known_names(ordered, text),
    )
    layout.mentions = _mentions(layout)
    by_key = {key(name): name for name in layout.kinds}
    layout.owners = [by_key.get(key(q.speaker)) if q.speaker else None for q in ordered]
    layout.index = {id(q): i for i, q in enumerate(ordered)}
    layout.around = _around(ordered)
    for owner in layout.owners:
        if owner is not None:
            layout.spoken[owner] = layout.spoken.get(owner, 0) + 1
    return layout


def _quoted_spans(quotes: list[Quote], text: str) -> list[tuple[int, int]]:
    """The spans in quotation marks, quotes or not (a show's title, ``"Love
    Lagoon"``, names no one who could speak), each once, in order."""
    spans = sorted(
        [(span.start, span.end) for span in find_quoted(text)]
        + [(q.start, q.end) for q in quotes if q.kind in ("direct", "partial")]
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _place(name: str) -> bool:
    """True for the name of a place or a street (``Kettle Creek``, ``Elm Road``)."""
    last = name.split()[-1]
    return last in PLACE_NAME_ENDINGS or last in STREET_ENDINGS


def _known_names(quotes: list[Quote], text: str) -> dict[str, str]:
    """The rules' speakers and the names the text writes, one per key (the
    rules' spelling first, else the longest run)."""
    by_key: dict[str, tuple[str, str]] = {}
    for quote in quotes:
        if quote.speaker is not None and is_name(quote.speaker):
            kind = quote.speaker_kind if quote.speaker_kind in ("person", "organization") else "unknown"
            found = by_key.get(key(quote.speaker))
            if found is None or len(quote.speaker) > len(found[0]):
                by_key[key(quote.speaker)] = (quote.speaker, kind)
    for _start, _end, name in name_candidates(text):
        if not is_name(name) or _place(name):
            continue
        if key(name) not in by_key:
            kind = "person" if given_name_gender(name.split()[0]) else "unknown"
            by_key[key(name)] = (name, kind)
        elif by_key[key(name)][1] == "unknown" and len(name) > len(by_key[key(name)][0]):
            by_key[key(name)] = (name, "unknown")
    return {name: kind for name, kind in sorted(by_key.values())}


def _mentions(layout: Layout) -> dict[str, list[int]]:
    """Where each candidate's name or key word is written outside quoted
    words: one pass over the text for all of them."""
    owners: dict[str, set[str]] = {}
    for name in layout.kinds:
        owners.setdefault(name, set()).add(name)
        last = name.split()[-1]
        if key(name) != name.lower() and len(last) > 2:
            owners.setdefault(last, set()).add(name)
    found: dict[str, list[int]] = {name: [] for name in layout.kinds}
    if not owners:
        return found
    words = "|".join(re.escape(word) for word in sorted(owners, key=lambda w: (-len(w), w)))
    for match in re.finditer(rf"(?<![\w-])(?:{words})(?![\w-])", layout.text):
        at = bisect.bisect_right(layout.quoted, (match.start(), len(layout.text))) - 1
        if at < 0 or not (layout.quoted[at][0] <= match.start() < layout.quoted[at][1]):
            for name in owners[match.group()]:
                found[name].append(match.start())
    return found


def _around(quotes: list[Quote]) -> list[tuple[Quote | None, Quote | None]]:
    """The quote with a speaker before and after each of ``quotes``."""
    befores: list[Quote | None] = []
    last: Quote | None = None
    for quote in quotes:
        befores.append(last)
        last = quote if quote.speaker else last
    afters: list[Quote | None] = []
    last = None
    for quote in reversed(quotes):
        afters.append(last)
        last = quote if quote.speaker else last
    return list(zip(befores, reversed(afters)))


def paragraph_of(layout: Layout, position: int) -> int:
    """The index of the paragraph holding ``position``."""
    return bisect.bisect_right(layout.paragraph_starts, position) - 1


def _paragraph_end(layout: Layout, index: int) -> int:
    """Where paragraph ``index`` ends."""
    if index + 1 < len(layout.paragraph_starts):
        return layout.paragraph_starts[index + 1]
    return len(layout.text)


def neighbours(layout: Layout, quote: Quote) -> tuple[Quote | None, Quote | None]:
    """The quotes before and after ``quote`` that have a speaker."""
    index = layout.index.get(id(quote), -1)
    return layout.around[index] if index >= 0 else (None, None)


def own_name(layout: Layout, speaker: str | None) -> str | None:
    """The candidate's name the rules' ``speaker`` stands for, if any."""
    if not speaker:
        return None
    if speaker in layout.kinds:
        return speaker
    wanted = key(speaker)
    return next((name for name in layout.kinds if key(name) == wanted), None)


def candidates(layout: Layout, quote: Quote) -> list[str]:
    """The names ``quote``'s speaker could be: the rules' choice, the speakers
    of the quotes before and after it, and every name written in its paragraph
    or the :data:`REACH_PARAGRAPHS` before it (sorted, no repeats)."""
    paragraph = paragraph_of(layout, quote.start)
    low = layout.paragraph_starts[max(0, paragraph - REACH_PARAGRAPHS)]
    high = _paragraph_end(layout, paragraph)
    found = {
        name
        for name, where in layout.mentions.items()
        if bisect.bisect_left(where, low) < bisect.bisect_left(where, high)
    }
    for other in (quote, *neighbours(layout, quote)):
        name = own_name(layout, other.speaker if other is not None else None)
        if name is not None:
            found.add(name)
    return sorted(found)


def _distance(value: float, scale: float) -> float:
    """A distance squashed into [0, 1] (0 is near)."""
    return min(1.0, math.log1p(max(0.0, value)) / math.log1p(scale))


def _between(positions: list[int], low: int, high: int) -> int:
    """How many of the sorted ``positions`` lie in ``[low, high)``."""
    return max(0, bisect.bisect_left(positions, high) - bisect.bisect_left(positions, low))


def _gender(layout: Layout, name: str) -> str | None:
    """The gender the article gives the person ``name`` (read once)."""
    if name not in layout.genders:
        people = [n for n, kind in layout.kinds.items() if kind != "organization"]
        layout.genders[name] = name_gender(layout.text, name, people)
    return layout.genders[name]


def candidate_features(layout: Layout, quote: Quote, name: str, ranked: list[str]) -> dict[str, float]:
    """The features of the candidate ``name`` for ``quote``'s speaker;
    ``ranked`` is every candidate of the quote, the last named first."""
    mention = mention_kind(quote, layout.text)
    rules = own_name(layout, quote.speaker) == name
    found: dict[str, float] = {"bias": 1.0, f"kind_{layout.kinds.get(name, 'unknown')}": 1.0}
    if rules:
        found.update({"rules": 1.0, f"rules_{mention}": 1.0, "rules_score": quote.confidence})
        if quote.cue is None:
            found["rules_no_cue"] = 1.0
    found.update(_distances(layout, quote, name))
    found.update(_roles(layout, quote, name))
    found.update(_agreement(layout, quote, name, mention))
    rank = ranked.index(name) if name in ranked else len(ranked)
    found[f"recent_{min(rank, 3)}"] = 1.0
    return found


def _distances(layout: Layout, quote: Quote, name: str) -> dict[str, float]:
    """How far before and after the quote the candidate is written."""
    where = layout.mentions.get(name, [])
    at = bisect.bisect_left(where, quote.start)
    paragraph = paragraph_of(layout, quote.start)
    found: dict[str, float] = {}
    if at > 0:
        before = where[at - 1]
        found["before_chars"] = _distance(quote.start - before, 3000)
        found["before_sentences"] = min(_between(layout.sentence_ends, before, quote.start), 6) / 6
        found["before_paragraphs"] = min(paragraph - paragraph_of(layout, before), 4) / 4
        if paragraph_of(layout, before) == paragraph:
            found["in_paragraph_before"] = 1.0
    else:
        found["never_before"] = 1.0
    after = bisect.bisect_left(where, quote.end)
    if after < len(where):
        found["after_chars"] = _distance(where[after] - quote.end, 3000)
        if paragraph_of(layout, where[after]) == paragraph_of(layout, quote.end):
            found["in_paragraph_after"] = 1.0
    found["mentions"] = min(len(where), 10) / 10
    return found


def _roles(layout: Layout, quote: Quote, name: str) -> dict[str, float]:
    """Whether the candidate is the cue's subject, opens the paragraph, spoke
    the quotes around this one, and how many quotes it has."""
    where = layout.mentions.get(name, [])
    found: dict[str, float] = {}
    cue = quote.cue_start
    if cue is not None and any(abs(at - cue) <= _CUE_REACH for at in where):
        found["near_cue"] = 1.0
    paragraph = paragraph_of(layout, quote.start)
    opening = layout.paragraph_starts[paragraph]
    if _between(where, opening, opening + _OPENING_REACH):
        found["opens_paragraph"] = 1.0
    if paragraph and _between(where, layout.paragraph_starts[paragraph - 1], opening - 1):
        found["in_paragraph_above"] = 1.0
    before, after = neighbours(layout, quote)
    if before is not None and own_name(layout, before.speaker) == name:
        found["spoke_before"] = 1.0
        if paragraph_of(layout, before.start) >= paragraph - 1:
            found["spoke_just_before"] = 1.0
    if after is not None and own_name(layout, after.speaker) == name:
        found["spoke_after"] = 1.0
    index = layout.index.get(id(quote), -1)
    spoken = layout.spoken.get(name, 0) - (index >= 0 and layout.owners[index] == name)
    found["quotes"] = min(spoken, 8) / 8
    return found


def _agreement(layout: Layout, quote: Quote, name: str, mention: str) -> dict[str, float]:
    """Whether the candidate agrees with a pronoun mention."""
    if mention != "pronoun" or quote.speaker_start is None:
        return {}
    pronoun = layout.text[quote.speaker_start : quote.speaker_end].strip().lower()
    kind = layout.kinds.get(name, "unknown")
    if pronoun in PRONOUN_GENDERS:
        if kind == "organization":
            return {"gender_clash": 1.0}
        gender = _gender(layout, name)
        if gender is None:
            return {"gender_unknown": 1.0}
        return {"gender_agrees" if gender == PRONOUN_GENDERS[pronoun] else "gender_clash": 1.0}
    if pronoun in BODY_PRONOUNS and kind == "organization":
        return {"body_pronoun": 1.0}
    return {}


def recency(layout: Layout, quote: Quote, names: list[str]) -> list[str]:
    """``names`` ordered by their last mention before the quote, the latest
    first (those never written before it last)."""

    def last(name: str) -> int:
        where = layout.mentions.get(name, [])
        at = bisect.bisect_left(where, quote.start)
        return where[at - 1] if at else -1

    return sorted(names, key=lambda name: (-last(name), name))
