"""Indirect quotes: reported speech, beliefs and intentions found on the dependency parse.

:func:`find_indirect` walks a parsed spaCy ``Doc`` (or ``Span``) and returns
``kind="indirect"`` :class:`~quotes.records.Quote` records for these
constructions (the examples are fictional):

- ``Mayor Ilsa Varn said (that) the bridge would reopen.`` - a reporting verb
  with a clausal complement (``ccomp``): the complement is the content, the
  verb's subject the source. Covers ``told reporters that``, ``warned``,
  ``argued``, ``believes``, ``thinks``, and reports and polls as sources
  (``a survey found that...``, ``records show...``).
- ``The bridge will reopen, Varn said.`` - the same parse, content first.
- ``According to the ministry, the bridge will reopen.`` - content is the rest
  of the clause, source the object of ``to``.
- ``Varn wants the council to vote.`` / ``Varn refused to comment.`` - verbs of
  intention with an open complement (``xcomp``): content from the object (if
  any) to the end of the complement.
- ``Varn endorsed Tomas Reye.`` / ``Varn criticized the plan.`` - verbs whose
  object is what is attributed (endorsements, criticism, denials).
- ``Varn called for a new tax.`` / ``Varn talked about the bridge.`` - verbs
  whose prepositional object is the content (:data:`PREP_VERBS`).
- ``This bridge, Varn says, is different.`` - a parenthetical cue: the whole
  clause is the content (one span, the parenthesis included).
- ``Varn's claim that...`` / ``Reye's criticism of the plan`` - nouns of speech
  held by someone (:data:`NOUN_CUES`).
- ``In a new poll, most voters back Varn.`` - a poll as the source.
- ``It was reported that ...`` - a passive reporting verb: no source.
- Headlines ``Ilsa Varn: Bridge Will Reopen`` - :func:`find_headline`, on the text.

The subject of a verb of saying is always a source; other verbs need a subject
that can hold a view (a name, a pronoun, a number of people, a noun for people,
organizations, documents or polls: :func:`plausible_source`). When a content
holds another attribution with its own subject (``they prefer X, and 4 in 10
said Y``) the outer content ends before it, as PolNeAR gives each word to one
attribution. A content whose clause ends in a quotation (``the tests were
“routine”``) keeps it whole: a mixed quote.

Conventions follow PolNeAR (see ``../shared/polnear``): the content span
excludes the cue and the source, includes a leading ``that``, and has no
trailing punctuation; a content that would hold the cue (``which he said was
true``) keeps only the words on the complement's side of the cue.

Offsets: the doc was parsed from the article text starting at ``offset``, so a
token's article offset is ``offset + token.idx``. Content overlapping a span in
``taken`` (quotes already found, e.g. the direct ones) is skipped unless the
taken span lies wholly inside it and covers less than half of it (a partial
quote within reported speech). The speaker is the subject MENTION as written
(``she``, ``the spokesman``): names and pronouns are resolved later
(:mod:`quotes.extract.attribution`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from quotes.extract.attribution import (
    GROUP_NOUNS,
    ORG_HEADS,
    PERSON_NOUNS,
    SOURCE_NOUNS,
    after_dateline,
    dateline_subject,
)
from quotes.extract.cues import COGNITION_VERBS, INDIRECT_NOUNS, SPEECH_VERBS, verb_forms
from quotes.records import Quote

#: Verbs whose clausal complement is reported speech or a reported belief.
CLAUSE_VERBS = frozenset(
    SPEECH_VERBS
    | COGNITION_VERBS
    | frozenset(
        """
    show find indicate suggest reveal learn hear determine speculate guess notice bet
    """.split()
    )
)

#: Verbs whose open complement (``to ...``) is an attributed intention.
INTENT_VERBS = frozenset(
    """
    want plan hope seek refuse decline vow promise pledge threaten intend
    expect agree offer urge ask call wish prefer aim demand encourage decide
    order convince remind press
    """.split()
)

#: Verbs whose direct object is the attributed content.
OBJECT_VERBS = frozenset(
    """
    endorse criticize criticise praise accuse defend support oppose back blame
    condemn dismiss reject question attack slam blast deny announce propose
    express describe cite urge recommend applaud welcome mock denounce decry
    ridicule challenge predict acknowledge admit confirm demand request favor
    favour call dispute say mention note claim promise offer want highlight tout
    recall discuss name list thank congratulate reference quote echo voice
    portray champion celebrate embrace approve unveil present retweet tweet
    assail deride knock bemoan invoke document remember imply ask liken
    remind identify press view nominate deem hail laud pan order
    """.split()
)

#: Verbs whose prepositional object is the content (``called for X``,
#: ``talked about X``), with the prepositions that introduce it.
PREP_VERBS = {
    "call": ("for", "on"),
    "talk": ("about",),
    "speak": ("about", "of", "on", "against"),
    "refer": ("to",),
    "point": ("to",),
    "apologize": ("for",),
    "apologise": ("for",),
    "ask": ("about",),
    "comment": ("on",),
    "respond": ("to",),
    "complain": ("about",),
    "warn": ("about", "of", "against"),
    "argue": ("for", "against"),
    "advocate": ("for",),
    "push": ("for",),
    "vote": ("for", "against"),
    "worry": ("about",),
    "focus": ("on",),
    "rail": ("against",),
    "side": ("with",),
    "lash": ("at",),
    "joke": ("about",),
    "boast": ("about",),
    "brag": ("about",),
    "insist": ("on",),
    "agree": ("with", "on"),
    "disagree": ("with",),
    "testify": ("about",),
    "write": ("about",),
    "tweet": ("about",),
    "hint": ("at",),
    "weigh": ("in",),
    "campaign": ("for", "against"),
    "fight": ("for", "against"),
    "lobby": ("for", "against"),
    "criticize": ("for",),
    "praise": ("for",),
    "blame": ("for",),
    "distance": ("from",),
    "balk": ("at",),
    "press": ("for",),
}

#: Nouns of speech and stance (``his claim that``, ``her criticism of``).
NOUN_CUES = INDIRECT_NOUNS

#: Verbs of saying proper: whoever is their subject is a source (no plausibility check).
SAYING_VERBS = frozenset(
    """
    say tell claim argue insist announce declare state write tweet report warn
    explain acknowledge admit contend maintain assert allege predict complain deny
    confirm respond reply testify vow promise pledge urge believe think suggest
    recall concede emphasize stress insist charge accuse praise criticize
    """.split()
)

CUE_VERBS = (
    CLAUSE_VERBS | INTENT_VERBS | OBJECT_VERBS | frozenset(PREP_VERBS)
)  # all matched by cues.cue_regex()

#: Complements of a clause verb that carry the content.
_CLAUSE_DEPS = ("ccomp",)
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Right-hand dependents that are not part of a speaker mention.
_MENTION_RIGHT_CUT = frozenset({"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "advcl"})
_TRIM = set(",;:.!?-\u2013\u2014()[] \n\t\u00a0")
_EXPLETIVES = {"it", "there"}

#: Common nouns that can head a source besides H1's person, group, organization
#: and document nouns: polls and records, shares of people (``half said``).
SOURCE_HEADS = frozenset(
    """
    polls surveys studies reports records documents emails filings results numbers
    statistics analyses estimates projections data research findings audit audits
    memos letters statements transcripts papers paper book article story stories
    percent majority majorities minority half third quarter most plurality all both
    few several none one each everyone everybody someone somebody nobody no_one
    public electorate crowd audience family families parents children kids friends
    colleagues allies rivals opponents candidates nominees republicans democrats
    independents evangelicals respondents participants delegates superdelegates
    """.split()
)
#: Endings of nouns for people (``actress``, ``businessman``, ``strategist``).
_PERSON_SUFFIXES = (
    "man",
    "woman",
    "men",
    "women",
    "ess",
    "ist",
    "ian",
    "ent",
    "ant",
    "eer",
    "or",
    "er",
    "ive",
)
_SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_HEADS | SOURCE_NOUNS | SOURCE_HEADS


@lru_cache(maxsize=1)
def _lemmas() -> dict[str, str]:
    """Inflected form -> lemma for every cue verb (the pipeline's lemmatizer may be off)."""
    forms: dict[str, str] = {}
    for lemma in sorted(CUE_VERBS):
        if "_" in lemma:
            continue
        for form in verb_forms(lemma):
            forms.setdefault(form, lemma)
    return forms


def cue_lemma(token) -> str | None:
    """The cue-lexicon lemma of ``token`` when it is a cue verb, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return None
    if _in_compound(token):
        return None
    lemma = (token.lemma_ or "").lower()
    if lemma in CUE_VERBS:
        return lemma
    return _lemmas().get(token.lower_)


def _in_compound(token) -> bool:
    """True when a cue word tagged as a verb is part of a compound noun (``the
    Asan Institute think tank``, ``a press release``): it governs nothing, stands
    after a name, noun or adjective and before a noun."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or any(True for _ in token.children):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        before.pos_ in ("PROPN", "NOUN", "ADJ")
        and after.tag_ in ("NN", "NNS")
        and not after.text[:1].isupper()
    )


def _text(doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins the tokens on every access)."""
    text = doc.user_data.get("quotes.text")
    if text is None:
        text = doc.user_data["quotes.text"] = doc.text
    return text


@dataclass(frozen=True)
class _Found:
    """A content found in the doc, in doc-relative character offsets."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    speaker: tuple[int, int] | None
    confidence: float
    #: an attribution of its own inside another's content (a verb of saying or
    #: belief with its own subject): the outer content ends before it
    separate: bool = False
    #: a content ending in the quotation that completes it (a mixed quote)
    mixed: bool = False


def find_indirect(doc, *, offset: int = 0, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """Indirect quotes in ``doc`` (a spaCy Doc or Span parsed from article text
    starting at ``offset``), with content, cue and speaker-mention offsets into
    the article. Spans overlapping ``taken`` (article offsets) are skipped."""
    text = _text(doc.doc if hasattr(doc, "doc") else doc)
    taken = [(s - offset, e - offset) for s, e in taken]
    items = [item for token in doc for item in _at_token(token)]
    found: list[_Found] = []
    used: list[tuple[int, int]] = []
    for item in _cut_nested(items, text):
        item = _before_quote(item, taken, text)
        if (
            item is None
            or item.end - item.start < 2
            or (not item.mixed and _blocked(item.start, item.end, taken))
        ):
            continue
        if _quoted(text, item.start, item.end):
            continue
        if len(text[item.start : item.end].split()) < 2:
            continue  # a single word ("think" of a think tank) reports nothing
        if any(item.start < u_end and u_start < item.end for u_start, u_end in used):
            continue
        used.append((item.start, item.end))
        found.append(item)
    quotes = []
    for item in sorted(found, key=lambda f: f.start):
        speaker_text = text[item.speaker[0] : item.speaker[1]] if item.speaker else None
        quotes.append(
            Quote(
                text=text[item.start : item.end],
                start=offset + item.start,
                end=offset + item.end,
                kind="indirect",
                cue=text[item.cue_start : item.cue_end],
                cue_start=offset + item.cue_start,
                cue_end=offset + item.cue_end,
                speaker=speaker_text,
                speaker_start=offset + item.speaker[0] if item.speaker else None,
                speaker_end=offset + item.speaker[1] if item.speaker else None,
                confidence=item.confidence,
            )
        )
    return quotes


_DANGLING = re.compile(
    r"(?:[\s,;:\u2013\u2014-]|\b(?:and|but|or|while|though|although|as|which|who|that|because|after|before|when|where)\b)+$",
    re.IGNORECASE,
)


def _cut_nested(items: list[_Found], text: str) -> list[_Found]:
    """PolNeAR gives each word to one attribution: when a content holds another
    attribution's cue (``they prefer X, and 4 in 10 said Y``), the outer content
    ends where the inner attribution starts. An outer content cut to nothing is dropped."""
    out = []
    for item in items:
        end = item.end
        for inner in items:
            if inner is item or not inner.separate or not (item.start <= inner.cue_start < end):
                continue
            begin = min(inner.start, inner.cue_start, inner.speaker[0] if inner.speaker else inner.cue_start)
            if begin > item.start:
                end = min(end, begin)
        if end != item.end:
            trimmed = _DANGLING.sub("", text[item.start : end])
            if len(trimmed) < 2:
                continue
            item = replace(item, end=item.start + len(trimmed))
        out.append(item)
    return out


_HEADLINE = re.compile(
    r"[ \t]*((?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)(?:[ \t]+(?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)){0,4})"
    r"(?:[ \t]+(?:on|to|at)[ \t]+[^:\n]{1,60})?:[ \t]+([^\n]+)"
)
_NOT_HEADLINE_SOURCES = frozenset(
    """Watch Video Update Exclusive Breaking Opinion Editorial Analysis Note Photos Listen
    Read Related Source Sources Transcript Editor Live Latest The Review Report Q A Timeline
    Explainer Fact Check Correction Podcast""".split()
)


def find_headline(text: str, *, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """``Ilsa Varn: Bridge Will Reopen`` on the first line (a headline): the name
    before the colon is the source, the rest the content. Also ``Varn on the
    bridge: ...`` and ``Varn to voters: ...``. Skipped when the content overlaps
    ``taken`` (a quoted headline is the direct-quote engine's)."""
    first = re.search(r"[^\s]", text)
    if first is None:
        return []
    line_start = text.rfind("\n", 0, first.start()) + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    match = _HEADLINE.match(text, line_start, line_end)
    if match is None:
        return []
    source = match.group(1)
    if source.split()[0] in _NOT_HEADLINE_SOURCES or source.split()[-1] in ("of", "the", "de", "van", "von"):
        return []
    start = match.start(2)
    end = match.end(2)
    while end > start and text[end - 1] in ".!? \t":
        end -= 1
    if len(text[start:end].split()) < 3:
        return []
    if any(t_start < end and start < t_end for t_start, t_end in taken):
        return []
    colon = text.index(":", match.end(1))
    return [
        Quote(
            text=text[start:end],
            start=start,
            end=end,
            kind="indirect",
            cue=":",
            cue_start=colon,
            cue_end=colon + 1,
            speaker=source,
            speaker_start=match.start(1),
            speaker_end=match.end(1),
            confidence=0.5,
        )
    ]


def _quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is the inside of a quotation (a direct quote)."""
    before = text[:start].rstrip()[-1:]
    return before in ("\u201c", '"', "\u201e") and not any(m in text[start:end] for m in '\u201c\u201d"')


#: Words that cannot end a content: the quotation after them completes the clause.
_NEEDS_MORE = frozenset(
    "is are was were be been being am a an the of as to for with by very so too "
    "than about into on at from this these those".split()
)


def _before_quote(item: _Found, taken: Sequence[tuple[int, int]], text: str) -> _Found | None:
    """A content ending in a long quotation (``he respects her and calls her “...”``)
    keeps its words before the quotation, which is a quote of its own."""
    for t_start, t_end in taken:
        if (
            item.start < t_start
            and t_end >= item.end - 1
            and t_start < item.end
            and (t_end - t_start) * 2 >= item.end - item.start
        ):
            kept = _DANGLING.sub("", text[item.start : t_start])
            if len(kept.split()) < 3:
                return item
            if kept.split()[-1].lower() in _NEEDS_MORE:
                return replace(item, mixed=True)  # "the tests were “...”": a mixed quote, kept whole
            return replace(item, end=item.start + len(kept))
    return item


def _blocked(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    for t_start, t_end in taken:
        if t_start < end and start < t_end:
            inside = start <= t_start and t_end <= end
            if not inside or (t_end - t_start) * 2 >= end - start:
                return True
    return False


def _at_token(token) -> list[_Found]:
    """The contents attributed through ``token`` (a cue verb or ``according``)."""
    if token.lower_ == "according":
        found = _according(token)
        return [found] if found else []
    if token.lower_ == "in":
        found = _in_document(token)
        return [found] if found else []
    if token.pos_ == "NOUN" and token.lower_ in NOUN_CUES:
        found = _noun_cue(token)
        return [found] if found else []
    lemma = cue_lemma(token)
    if lemma is None and token.pos_ == "VERB" and not _in_markup(token):
        return _other_verb(token)
    if lemma is None or _in_markup(token):
        return []
    subject = _subject(token)
    if (
        lemma not in SAYING_VERBS
        and subject is not None
        and subject.dep_ != "nsubjpass"
        and not plausible_source(subject)
    ):
        return []
    results = []
    if lemma in CLAUSE_VERBS or lemma in INTENT_VERBS:
        for child in token.children:
            if child.dep_ in _CLAUSE_DEPS:
                found = _content(token, list(child.subtree), child, confidence=0.75)
                if found:
                    results.append(found)
        if not results and lemma in SAYING_VERBS:
            clause = _misattached_clause(token)
            if clause is not None:
                found = _content(token, list(clause.subtree), clause, confidence=0.6)
                if found:
                    results.append(found)
        if not results and lemma in SAYING_VERBS and not _passive(token):
            for child in token.children:  # "he said legalizing it could put..."
                if child.dep_ == "xcomp" and child.i > token.i and child.tag_ == "VBG":
                    found = _content(token, list(child.subtree), child, confidence=0.6)
                    if found:
                        results.append(found)
        if not results and token.dep_ in ("parataxis", "ccomp", "advcl") and token.i > token.head.i:
            found = _content_before(token)
            if found:
                results.append(found)
        if not results and token.dep_ in ("parataxis", "advcl", "ccomp") and token.i < token.head.i:
            found = _content_around(token)
            if found:
                results.append(found)
    if not results and lemma in INTENT_VERBS:
        xcomps = [c for c in token.children if c.dep_ == "xcomp" and c.i > token.i]
        if xcomps:
            objects = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.i < xcomps[0].i]
            tokens = [t for c in objects + xcomps[:1] for t in c.subtree]
            found = _content(token, tokens, xcomps[0], confidence=0.6)
            if found:
                results.append(found)
    if not results and lemma in OBJECT_VERBS:
        for child in token.children:
            predicate = any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > child.i for c in token.children)
            if child.dep_ in ("dobj", "obj") and child.i > token.i and (child.pos_ != "PRON" or predicate):
                tokens = list(child.subtree)
                for sibling in token.children:  # "accused X of Y", "called X a liar"
                    if sibling.i > child.i and (
                        sibling.dep_ in ("oprd", "xcomp", "ccomp")
                        or (sibling.dep_ == "prep" and sibling.lower_ in ("of", "for", "as"))
                    ):
                        tokens.extend(sibling.subtree)
                found = _content(token, tokens, child, confidence=0.5)
                if found:
                    results.append(found)
                break
    if not results and lemma in PREP_VERBS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in PREP_VERBS[lemma] and child.i > token.i:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objects:
                    found = _content(token, list(objects[0].subtree), objects[0], confidence=0.5)
                    if found:
                        results.append(found)
                    break
    if lemma in CLAUSE_VERBS and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
        results = [replace(found, separate=True) for found in results]
    return results


def _noun_cue(token) -> _Found | None:
    """``his claim that X``, ``Varn's criticism of X``, ``calls from X for Y``: a
    noun of speech whose holder is a possessive or a ``from``/``by`` phrase."""
    holder = None
    for child in token.children:
        if (child.dep_ == "poss" and child.lower_ not in ("its", "their")) or (
            child.dep_ == "poss" and child.pos_ == "PROPN"
        ):
            holder = child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            holder = next((c for c in child.children if c.dep_ == "pobj"), holder)
    if holder is None:
        return None
    for child in token.children:
        content = None
        if (
            child.dep_ in ("acl", "ccomp")
            and child.i > token.i
            and any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children)
        ):
            content = child
        elif (
            child.dep_ == "prep"
            and child.i > token.i
            and child.lower_ in ("of", "for", "about", "against", "over", "on", "to")
        ):
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if content is not None:
            span = _trimmed(_contiguous(list(content.subtree), content), _text(token.doc))
            if span is None:
                return None
            speaker = _mention(holder)
            return _Found(span[0], span[1], token.idx, token.idx + len(token), speaker, 0.4)
    return None


def _other_verb(token) -> list[_Found]:
    """A verb outside the lexicon with a clausal complement and a person for a
    subject (``Varn made clear that...``): a weak attribution."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they", "i", "we")):
        return []
    for child in token.children:
        if child.dep_ == "ccomp" and child.i > token.i:
            marks = [c for c in child.children if c.dep_ == "mark"]
            if marks and marks[0].lower_ not in ("that",):
                return []
            found = _content(token, list(child.subtree), child, confidence=0.4)
            return [found] if found else []
    return []


def _in_markup(token) -> bool:
    """``<tweet id=...>``, ``@handle``, ``#hashtag``: not a verb of the story."""
    doc = token.doc
    if token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text[-1] in "<@#/":
        return True
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text[0] in ">="


def _misattached_clause(token):
    """``said during a news conference that he may wait``: the parser hangs the
    that-clause on the nearest noun as a relative clause. A clause opened by the
    conjunction ``that`` under a prepositional phrase of the verb is its complement."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ in ("relcl", "acl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children
                ):
                    return clause
    return None


def _passive(token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)


def _cue_span(token) -> tuple[int, int]:
    tokens = [token] + [c for c in token.children if c.dep_ == "prt"]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _subject(token):
    """The subject of a cue verb, following conjunctions and participles up.

    The small pipeline sometimes attaches an unknown name before the verb as an
    adverb (``Varn/advmod wants``): a proper noun right before the verb counts."""
    seen = 0
    while token is not None and seen < 4:
        # the nearest subject: the parse can give two (``LONDON (Reuters) - Kobb said``)
        subjects = [
            dateline_subject(c) for c in token.children if c.dep_ in _SUBJECT_DEPS and c.i < token.i + 30
        ]
        subjects = [c for c in subjects if c is not None]
        if subjects:  # (a plausible source first: "Moon Jae/nsubj -in/nsubj expressed")
            return min(subjects, key=lambda c: (not plausible_source(c), abs(c.i - token.i)))
        for child in token.lefts:
            if (
                child.i == token.i - 1
                and child.pos_ in ("PROPN", "NUM")
                and child.dep_ in ("advmod", "npadvmod", "nmod", "dep", "compound", "nummod")
            ):
                return child  # "Varn/advmod wants", "4 in 10/nummod say"
        if token.dep_ == "agent":
            break
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and cue_lemma(token.head.head):
            token = token.head.head  # "He said X have given Y and said that Z": misattached conj
            seen += 1
            continue
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            token = token.head
            seen += 1
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            noun = token.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
                token = noun.head.head  # "..., at one point calling X a liar": the clause's subject speaks
                seen += 1
                continue
            return noun  # "911 calls saying that...": the noun is the source
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
            token = token.head.head  # "he answered by saying that..."
            seen += 1
            continue
        break
    return None


def _agent(token):
    for child in token.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _mention(head) -> tuple[int, int] | None:
    """Doc-relative offsets of the noun phrase headed by ``head`` (left modifiers,
    no relative clauses, appositives or prepositional phrases)."""
    tokens = [head]
    for child in head.lefts:
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in _MENTION_RIGHT_CUT:
            break
        tokens.extend(child.subtree)
    tokens = [
        t
        for t in after_dateline(tokens, head)
        if not t.is_punct and not (t.dep_ == "case" and t.head.i == head.i)
    ]
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def plausible_source(token) -> bool:
    """True when a subject token can be the source of an attribution: a name, a
    pronoun, a number of people (``55 percent``, ``six in 10``), or a noun for
    people, organizations, documents or polls (not ``the deal`` or ``his eyes``)."""
    if token.pos_ in ("PROPN", "PRON", "NUM") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lower = token.lower_
    if lower in _SPEAKER_NOUNS or lower.rstrip("s") in _SPEAKER_NOUNS:
        return True
    if lower.rstrip("s").endswith(_PERSON_SUFFIXES):
        return True
    if any(child.pos_ == "NUM" or child.like_num for child in token.children):
        return True
    # "Trump's campaign", "the Clinton camp": a name inside the phrase
    return any(t.pos_ == "PROPN" for t in token.lefts)


def _speaker(token) -> tuple[int, int] | None:
    subject = _subject(token)
    if subject is not None and subject.dep_ == "nsubjpass":
        agent = _agent(token)
        return _mention(agent) if agent is not None else None
    if subject is None or (subject.lower_ in _EXPLETIVES and subject.dep_ != "nsubj"):
        return None
    if subject.lower_ in _EXPLETIVES:
        return None
    return _mention(subject)


def _trimmed(tokens, text: str) -> tuple[int, int] | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # a closing mark left without its opening one (or the reverse) is not content
    content = text[start:end]
    opens, closes = content.count("\u201c"), content.count("\u201d")
    if content.endswith("\u201d") and closes > opens:
        end -= 1
    elif content.startswith("\u201c") and opens > closes:
        start += 1
    elif content.count('"') % 2:
        if content.endswith('"'):
            end -= 1
        elif content.startswith('"'):
            start += 1
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # a quotation opened inside the content closes right after it: keep it whole
    content = text[start:end]
    if content.count("\u201c") > content.count("\u201d") or content.count('"') % 2:
        close = re.match(r"[.,!?]{0,2}[\u201d\"]", text[end : end + 3])
        if close:
            end += close.end()
    return (start, end) if end > start else None


def _content(cue, tokens, head, *, confidence: float) -> _Found | None:
    """Content from ``tokens`` (the complement's subtree), cut to the side of the
    cue the complement ``head`` is on, without the subject of the cue."""
    subject = _subject(cue)
    excluded: set[int] = set()
    if subject is not None:
        excluded = {t.i for t in subject.subtree}
        if cue.i in excluded:  # the cue modifies its source ("calls saying...")
            excluded = {t.i for t in subject.subtree if t.i <= subject.i}
    excluded |= _other_attributions(tokens, head)
    if head.i > cue.i:
        tokens = [t for t in tokens if t.i > cue.i and t.i not in excluded]
    else:
        tokens = [t for t in tokens if t.i < cue.i and t.i not in excluded]
    tokens = _contiguous(tokens, head)
    text = _text(cue.doc)
    span = _trimmed(tokens, text)
    if span is None:
        return None
    cue_start, cue_end = _cue_span(cue)
    return _Found(span[0], span[1], cue_start, cue_end, _speaker(cue), confidence)


def _other_attributions(tokens, head) -> set[int]:
    """Token indexes of conjoined cue verbs inside a complement (``... and added
    that Z``): they carry an attribution of their own, with their ``and``."""
    out: set[int] = set()
    for token in tokens:
        if token.i == head.i or token.dep_ != "conj" or token.i in out:
            continue
        if cue_lemma(token) and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            branch = {t.i for t in token.subtree}
            left = min(branch)
            for sibling in token.head.children:  # the "and" / comma before the branch
                if sibling.dep_ in ("cc", "punct") and sibling.i == left - 1:
                    branch.add(sibling.i)
            out |= branch
    return out


def _contiguous(tokens, head):
    """The run of consecutive token indices around ``head`` (drop what a cut left apart)."""
    indexes = sorted(t.i for t in tokens)
    if not indexes:
        return []
    by_index = {t.i: t for t in tokens}
    anchor = head.i if head.i in by_index else indexes[0]
    low = high = anchor
    while low - 1 in by_index:
        low -= 1
    while high + 1 in by_index:
        high += 1
    return [by_index[i] for i in range(low, high + 1)]


def _content_before(cue) -> _Found | None:
    """``The bridge will reopen, Varn said.``: the cue hangs off the content's verb.

    Only when a comma (or a closing quote) comes right before the cue clause
    (``..., Varn said`` / ``..., said Varn``), not ``..., after half said so``."""
    subject = _subject(cue)
    if subject is None:
        return None
    first = min(min(t.i for t in subject.subtree), cue.i)
    if first == 0 or cue.doc[first - 1].text not in (",", "\u201d", '"', "\u2014", "--"):
        return None
    head = cue.head
    cue_tokens = {t.i for t in cue.subtree}
    tokens = [t for t in head.subtree if t.i not in cue_tokens and t.i < cue.i]
    span = _trimmed(_contiguous(tokens, head) if head.i < cue.i else [], _text(cue.doc))
    if span is None:
        return None
    cue_start, cue_end = _cue_span(cue)
    return _Found(span[0], span[1], cue_start, cue_end, _speaker(cue), 0.7)


def _content_around(cue) -> _Found | None:
    """``This campaign, he says, is different.``: a parenthetical cue inside its
    content. The content is the whole clause, the parenthesis included (one span)."""
    subject = _subject(cue)
    if subject is None:
        return None
    doc = cue.doc
    first = min(min(t.i for t in subject.subtree), cue.i)
    last = max(t.i for t in cue.subtree)
    if (
        first == 0
        or doc[first - 1].text != ","
        or last + 1 >= len(doc)
        or (doc[last].text != "," and doc[last + 1].text != ",")
    ):
        return None
    head = cue.head
    tokens = [t for t in head.subtree if cue.sent.start <= t.i < cue.sent.end]
    span = _trimmed(_contiguous(tokens, head), _text(doc))
    if span is None or span[0] >= doc[first].idx:
        return None
    cue_start, cue_end = _cue_span(cue)
    return _Found(span[0], span[1], cue_start, cue_end, _mention(subject), 0.6)


def _according(token) -> _Found | None:
    """``according to X, CONTENT`` / ``CONTENT, according to X``."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i}
    end = max(t.idx + len(t) for t in to.doc[token.i : to.i + 1])
    return _phrase_content(token, phrase, source, end, 0.7)


#: Documents that speak through ``in``: ``In a poll released Monday, 50 percent...``.
POLL_NOUNS = frozenset("poll polls survey surveys study studies report analysis census".split())


def _in_document(token) -> _Found | None:
    """``In a new poll, most voters back X``: the poll is the source."""
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ not in POLL_NOUNS or token.dep_ != "prep":
        return None
    phrase = {t.i for t in token.subtree}
    return _phrase_content(token, phrase, source, token.idx + len(token), 0.5)


def _phrase_content(token, phrase: set[int], source, cue_end: int, confidence: float) -> _Found | None:
    """The clause a source phrase (``according to X``, ``in a poll``) hangs on,
    without the phrase: the longer side of it."""
    sentence = token.sent
    head = token.head if token.head.i != token.i else sentence.root
    clause = [t for t in (head.subtree if head.i != token.i else sentence) if t.i not in phrase]
    clause = [t for t in clause if sentence.start <= t.i < sentence.end]
    if not clause:
        return None
    before = [t for t in clause if t.i < token.i]
    after = [t for t in clause if t.i > max(phrase)]
    side = after if len(after) >= len(before) else before
    span = _trimmed(_contiguous(side, side[0] if side else token), _text(token.doc)) if side else None
    if span is None:
        return None
    speaker = _mention(source) if source is not None else None
    return _Found(span[0], span[1], token.idx, cue_end, speaker, confidence)
