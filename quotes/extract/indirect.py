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
  held by someone (:data:`HELD_NOUNS`).
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
(:mod:`quotes.extract.resolution`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from quotes.extract.addressed import generic_reader
from quotes.extract.as_asides import as_aside_content
from quotes.extract.indirect_acts import (
    act_not_speech,
    adds_to_something,
    asks_whether,
    calls_itself_a_name,
    sees_an_act,
    shows_a_picture,
    supposes,
)
from quotes.extract.indirect_adjectives import adjective_cue
from quotes.extract.indirect_content import (
    Found,
    after_reduced_relative,
    bare_noun_phrase,
    clause_from_that,
    complement_content,
    content_around,
    content_before,
    content_before_described_name,
    contiguous,
    cut_nested,
    holds_clause,
    interpreted_clause,
    left_open,
    outer_first,
    says_nothing,
    trimmed_span,
    weak_found,
)
from quotes.extract.indirect_objects import (
    SHORT_OBJECT,
    clause_under_role_noun,
    direct_object,
    object_as,
    prepositional_object,
    stranded_clause,
    with_verb,
)
from quotes.extract.indirect_phrases import according, in_document, in_view, noun_cue
from quotes.extract.indirect_source import (
    aside_subject,
    counted_in_question,
    cue_lemma,
    is_passive,
    object_taken_for_subject,
    parted_from_cue,
    plausible_source,
    quoted_as_saying,
    verb_subject,
)
from quotes.extract.lexicon import (
    ADDRESSING_FORMS,
    AS_OBJECT_VERBS,
    ASKING_VERBS,
    CITING_VERBS,
    CLAUSE_VERBS,
    HELD_NOUNS,
    INTENT_VERBS,
    OBJECT_VERBS,
    PREP_VERBS,
    RAISING_VERBS,
    SAYING_VERBS,
    STANCE_ADJECTIVES,
    VOTING_FORMS,
    cue_verb_forms,
)
from quotes.extract.made_clear import made_clear_content
from quotes.extract.making_phrases import MAKING_FORMS
from quotes.extract.patterns import CUT_CLAUSE_RE
from quotes.extract.quotation_contents import (
    before_quote,
    blocked,
    inside_quotation,
    without_dangling_conjunction,
)
from quotes.extract.speaker_words import EXPLETIVES
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, finite_clause, in_markup, source_span
from quotes.records import Quote

#: Words before a number that the parse can take for a preposition (``about one in five``).
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "under"})
#: Complements of a clause verb that carry the content.
_CONTENT_DEPS = ("ccomp",)
#: The lower-case forms (as spaCy hashes) of every word :func:`_at_token` reads
#: as a cue whatever its tag: cue verb forms, nouns of speech, ``according``, ``in``.
_CUE_WORD_IDS = frozenset(
    get_string_id(word)
    for word in (*cue_verb_forms(), *HELD_NOUNS, *STANCE_ADJECTIVES, *MAKING_FORMS, "according", "in")
)
_IN, _PREP, _NSUBJ, _CCOMP = (get_string_id(word) for word in ("in", "prep", "nsubj", "ccomp"))
_UINT64 = 2**64 - 1
#: Words that end a short content standing for words said elsewhere (``I
#: have said that``, ``she told him so``): what they stand for is not there.
_STAND_INS = frozenset({"that", "so"})
#: Subject pronouns of a cue written twice (``Asked about Sullivan, she said,
#: she said``): a content ending on one and its verb is no content.
_CUE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def find_indirect(doc: Doc | Span, *, offset: int = 0, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """Indirect quotes in ``doc`` (a spaCy Doc or Span parsed from article text
    starting at ``offset``), with content, cue and speaker-mention offsets into
    the article. Spans overlapping ``taken`` (article offsets) are skipped."""
    text = doc_text(doc.doc)
    taken = [(s - offset, e - offset) for s, e in taken]
    items = [
        item
        for token in _cue_candidates(doc)
        for item in _at_token(token)
        if not any(
            start <= item.cue_start < end for start, end in taken
        )  # a cue in quoted words cuts nothing
    ]
    nested = cut_nested(items, text, verbless=lambda start, end: _verbless(doc.doc, start, end))
    kept = [
        without_dangling_conjunction(left_open(doc.doc, f), text)
        for f in _kept(
            outer_first(nested), text, taken, holds_clause=lambda s, e: holds_clause(doc.doc, s, e)
        )
        if not says_nothing(doc.doc, f) and not generic_reader(doc.doc, f)
    ]
    found = sorted((f for f in kept if f.speaker is not None), key=lambda f: f.start)
    return [_quote(item, text, offset) for item in found]


def _cue_candidates(doc: Doc | Span) -> list[Token]:
    """The tokens of ``doc`` that :func:`_at_token` can find a content through,
    in order: a word of the cue lexicon, ``according``, ``in`` as a preposition,
    and other verbs with a subject and a clausal complement after them
    (:func:`_other_verb`). Read from one array of the doc's words, not one
    token object per word."""
    whole = doc.doc
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(whole))
    rows = whole.to_array([LOWER, POS, DEP, HEAD]).tolist()
    reporting = _verbs_with_clause(rows)
    return [
        whole[i]
        for i, (lower, pos, dep, _) in enumerate(rows[start:end], start)
        if (lower in _CUE_WORD_IDS and (lower != _IN or dep == _PREP)) or (pos == VERB and i in reporting)
    ]


def _verbs_with_clause(rows: list[list[int]]) -> set[int]:
    """Indexes of the tokens with a nominal subject and a clausal complement
    after them, from ``(lower, pos, dep, head)`` rows (the head as an offset
    from the token, modulo 2**64 as ``Doc.to_array`` gives it)."""
    subjects, clauses = set(), set()
    for i, (_, _, dep, offset) in enumerate(rows):
        if dep == _NSUBJ:
            subjects.add((i + offset) & _UINT64)
        elif dep == _CCOMP and (head := (i + offset) & _UINT64) < i:
            clauses.add(head)
    return subjects & clauses


def _kept(
    items: list[Found], text: str, taken: list[tuple[int, int]], *, holds_clause: Callable[[int, int], bool]
) -> list[Found]:
    """The contents worth a quote, first come first kept: not a quotation's own
    words, not a single word, not overlapping one kept before."""
    found: list[Found] = []
    used: list[tuple[int, int]] = []
    for item in items:
        kept = before_quote(item, taken, text, holds_clause)
        if (
            kept is None
            or kept.end - kept.start < 2
            or (not kept.mixed and blocked(kept.start, kept.end, taken, text))
        ):
            continue
        if inside_quotation(text, kept.start, kept.end):
            continue
        words = text[kept.start : kept.end].split()
        if len(words) < 2:
            continue  # a single word ("think" of a think tank) reports nothing
        if len(words) <= SHORT_OBJECT and (
            CUT_CLAUSE_RE.search(text[kept.start : kept.end]) or words[-1].lower() in _STAND_INS
        ):
            continue  # "Kobb said it was", "I have said that": no words of his that say anything
        if _doubled_cue(text, kept.end, words):
            continue  # "Asked about Sullivan, she said, she said ...": a cue written twice, no content
        if any(kept.start < u_end and u_start < kept.end for u_start, u_end in used):
            continue
        used.append((kept.start, kept.end))
        found.append(kept)
    return found


def _doubled_cue(text: str, end: int, words: list[str]) -> bool:
    """True when the content ending at ``end`` ends on a pronoun and a verb of
    speech written again right after it (``Asked about Sullivan, she said|,
    she said the matter ...``): the cue written twice, its words no content."""
    if words[-2].lower() not in _CUE_PRONOUNS or words[-1] not in cue_verb_forms():
        return False
    again = re.match(r",?[ \xa0]+(\w+)[ \xa0]+(\w+)\b", text[end : end + 40])
    return again is not None and [again.group(1).lower(), again.group(2)] == [words[-2].lower(), words[-1]]


def _verbless(doc: Doc, start: int, end: int) -> bool:
    """True when the words at ``[start, end)`` hold no verb, or only the
    auxiliaries of one after them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (bare_noun_phrase(list(span)) or _verb_cut_off(span))


def _verb_cut_off(span: Span) -> bool:
    """True when each verb of ``span`` is an auxiliary of a verb after it
    (``it had initially|``): a clause cut before its own verb."""
    verbs = [token for token in span if token.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(
        token.dep_ in ("aux", "auxpass") and token.head.i >= span.end for token in verbs
    )


def _quote(item: Found, text: str, offset: int) -> Quote:
    """The indirect quote of a content found in a doc parsed from ``offset``."""
    speaker = item.speaker
    return Quote(
        text=text[item.start : item.end],
        start=offset + item.start,
        end=offset + item.end,
        kind="indirect",
        cue=text[item.cue_start : item.cue_end],
        cue_start=offset + item.cue_start,
        cue_end=offset + item.cue_end,
        speaker=text[speaker[0] : speaker[1]] if speaker else None,
        speaker_start=offset + speaker[0] if speaker else None,
        speaker_end=offset + speaker[1] if speaker else None,
        confidence=item.confidence,
    )


def _listed(found: Found | None) -> list[Found]:
    """``[found]``, or no content."""
    return [found] if found is not None else []


def _at_token(token: Token) -> list[Found]:
    """The contents attributed through ``token`` (a cue verb or noun of speech,
    ``according`` to, ``in`` a poll)."""
    lower, pos = token.lower_, token.pos_
    if lower == "according":
        return _listed(according(token))
    if lower == "in":
        return _listed(in_document(token) or in_view(token))
    if pos == "NOUN" and lower in HELD_NOUNS:
        return _listed(noun_cue(token))
    if pos == "ADJ":
        return _listed(adjective_cue(token))
    lemma = cue_lemma(token)
    if lemma is None and pos == "VERB" and not in_markup(token):
        return _other_verb(token)
    if lemma is None or in_markup(token):
        return []
    if lemma in RAISING_VERBS:
        return _listed(_raised(token))
    if lemma == "quote" and any(
        quoted_as_saying(c) is not None for prep in token.children for c in prep.children
    ):
        return []  # "Vell TV quoted Ruud as saying ...": the words are Ruud's, found at "saying"
    if lemma in ASKING_VERBS and (token.tag_ == "VBN" or is_passive(token) or _opens_question_put(token)):
        return []  # "Asked whether ..., Kobb said": the question is not Kobb's words
    if token.tag_ in ("VBN", "VBD") and aside_subject(token.head, token) is not None:
        return []  # "Pirre, told that the vote had failed, said": told, so the words are not his
    if asks_whether(token) or supposes(token, verb_subject(token)):
        return []  # "Does he think ...?" asks, "Let's say ..." supposes: the writer's, no one's view
    if lemma in CITING_VERBS and _participle_clause(token):
        return []  # "In an email, cited in the filing, Tunn wrote": the email is cited, Tunn cites nothing
    if lemma == "call" and calls_itself_a_name(token):
        return []  # "a group calling itself the Free Hills Brigade": the name it goes by, no view
    if token.dep_ == "xcomp" and token.head.lower_ in VOTING_FORMS:
        return []  # "Lawmakers voted to approve the budget": a vote, not what they said
    subject = verb_subject(token)
    if subject is not None and counted_in_question(subject):
        return []  # "surprised by how many teens reported using phones": a count, no one's words
    if lemma == "show" and shows_a_picture(token, subject):
        return []  # "The video shows the officer opening the trunk": what was seen, not said
    if act_not_speech(token, lemma):
        return []  # "farmers must show losses", "recalled 1.2 million packs": acts, not speech
    if (
        lemma not in SAYING_VERBS
        and subject is not None
        and subject.dep_ != "nsubjpass"
        and not plausible_source(subject)
    ):
        return []
    results = after_reduced_relative(token, subject, _verb_contents(token, lemma))
    if is_passive(token):
        # "the bridge is expected to open": nobody is said to expect it, so no
        # quote, and no cut in the content of an attribution around it
        results = [found for found in results if found.speaker is not None]
    if lemma in CLAUSE_VERBS and any(c.dep_ in SUBJECT_DEPS for c in token.children):
        results = [replace(found, separate=True) for found in results]
    return results


def _opens_question_put(token: Token) -> bool:
    """True for ``Asked`` opening its sentence before a comma, whatever its tag
    (``Asked what she would do next, Brun shrugged``): a question put to the
    subject, not asked by them."""
    sentence = token.sent
    return token.i == sentence.start and token.text == "Asked" and any(t.text == "," for t in sentence)


def _verb_contents(token: Token, lemma: str) -> list[Found]:
    """The contents of a cue verb: the constructions of its verb classes, tried
    in order until one gives any."""
    finders: list[Callable[[Token, str], list[Found]]] = []
    if sees_an_act(token, lemma) or adds_to_something(token, lemma):
        return []  # "saw him speak", "the study adds to a growing body of evidence that ..."
    if lemma in CLAUSE_VERBS or lemma in INTENT_VERBS:
        finders += [_complement_clauses, _stranded]
        if lemma in SAYING_VERBS:
            finders += [_misattached, _participle_clauses, clause_under_role_noun]
        finders += [_content_first, _parenthetical]
    if lemma in INTENT_VERBS:
        finders.append(_intention)
    if lemma in OBJECT_VERBS:
        finders.append(direct_object)
    elif lemma in AS_OBJECT_VERBS:
        finders.append(object_as)
    if lemma in PREP_VERBS:
        finders.append(prepositional_object)
    for finder in finders:
        results = finder(token, lemma)
        if results:
            return results
    return []


def _complement_clauses(token: Token, lemma: str) -> list[Found]:
    """``Varn said (that) the bridge would reopen``: the clausal complements."""
    results: list[Found] = []
    for child in token.children:
        if (
            child.dep_ in _CONTENT_DEPS
            and not _relative_on_object(token, child)
            and not _circumstance(token, child)
            and not parted_from_cue(token, child)
            and not _stranded_below(token, child)
        ):
            if results and token.dep_ == "relcl":
                break  # "The plan, which critics say is too costly, passed": the sentence goes on
            tokens = clause_from_that(_lost_subject(token, child) + list(child.subtree), child)
            found = complement_content(token, tokens, child, confidence=0.75)
            # "declare it responsible": a clause without a verb reads with the cue's
            results += _listed(with_verb(token, tokens, found))
    return results


def _stranded(token: Token, lemma: str) -> list[Found]:
    """``by reminding speakers they had three minutes``: the clause after the
    cue's object that the parse hung on a verb above it (:func:`stranded_clause`)."""
    clause = stranded_clause(token)
    return (
        []
        if clause is None
        else _listed(complement_content(token, list(clause.subtree), clause, confidence=0.6))
    )


def _stranded_below(verb: Token, clause: Token) -> bool:
    """True when ``clause`` is the content of a cue verb between ``verb`` and it
    (see :func:`stranded_clause`), not ``verb``'s own."""
    return any(cue_lemma(t) and stranded_clause(t) == clause for t in verb.doc[verb.i + 1 : clause.i])


def _lost_subject(cue: Token, clause: Token) -> list[Token]:
    """``She said about one in five of the bacteria were new``: the subject of
    a clause that has none, which the parse hangs on the cue as a phrase
    opening with an approximating word right after it, or as its object."""
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return []
    lost = [c for c in cue.children if c.i == cue.i + 1 and c.lower_ in _APPROXIMATORS and c.i < clause.i]
    return list(lost[0].subtree) if lost else object_taken_for_subject(cue, clause)


def _circumstance(cue: Token, clause: Token) -> bool:
    """True for a participle clause without a subject or auxiliary before the cue
    (``Asked what he would miss, he said``, ``Reached by phone, she said``): when
    and how the words were said, never what."""
    return (
        clause.i < cue.i
        and clause.tag_ in ("VBN", "VBD")  # the parse often tags such an opening participle VBD
        and clause.left_edge.i == clause.i
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in clause.children)
    ) or aside_subject(cue, clause) is not None  # "Darrow, asked about it, said": his, not his words


def _relative_on_object(verb: Token, clause: Token) -> bool:
    """True when a clause the parse gives ``verb`` as its content opens with a
    relative pronoun after the verb's object (``read aloud dozens of messages
    that a man sent``): it says which messages, not what was read."""
    first = clause.left_edge
    return (
        first.tag_ == "WDT"
        and first.dep_ != "mark"
        and verb.lower_ not in ADDRESSING_FORMS  # "told FBI agents that he ...": whom, then what
        and first.i > 0
        and first.doc[first.i - 1].pos_ == "NOUN"
        and any(child.dep_ == "dobj" for child in verb.children)
    )


def _misattached(token: Token, lemma: str) -> list[Found]:
    """``said during a news conference that he may wait``: a that-clause the
    parse hangs on a noun (:func:`_misattached_clause`)."""
    clause = _misattached_clause(token)
    if clause is None:
        return []
    return _listed(complement_content(token, list(clause.subtree), clause, confidence=0.6))


def _participle_clauses(token: Token, lemma: str) -> list[Found]:
    """``he said legalizing it could put ...``: a participle clause after an
    active verb of saying."""
    if is_passive(token):
        return []
    results = []
    for child in token.children:
        if child.dep_ == "xcomp" and child.i > token.i and child.tag_ == "VBG":
            results += _listed(complement_content(token, list(child.subtree), child, confidence=0.6))
    return results


def _content_first(token: Token, lemma: str) -> list[Found]:
    """``The bridge will reopen, Varn said.``: the cue after its content (or a dateline's)."""
    if token.dep_ == "ROOT" or (token.dep_ in ("parataxis", "ccomp", "advcl") and token.i > token.head.i):
        if token.tag_ == "VBG" and (cue_lemma(token.head) is not None or not _own_subject_of(token)):
            # "“...,” Paa said, laughing": how it was said, not a second attribution; "The
            # account was busy, tweeting insults": what the subject did, not its words
            return []
        return _listed(content_before(token))
    return _listed(content_before_described_name(token))  # "..., the charity Feedwell said."


def _own_subject_of(token: Token) -> bool:
    """True when ``token`` has a subject of its own among its children."""
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _parenthetical(token: Token, lemma: str) -> list[Found]:
    """``This bridge, Varn says, is different.``: the cue inside its content."""
    if token.dep_ in ("parataxis", "advcl", "ccomp") and token.i < token.head.i:
        return _listed(content_around(token) or as_aside_content(token))
    return _listed(as_aside_content(token))  # "The plan failed, as Kobb predicted."


def _intention(token: Token, lemma: str) -> list[Found]:
    """``Varn wants the council to vote``: from the object (if any) to the end of
    the open complement."""
    xcomps = [c for c in token.children if c.dep_ == "xcomp" and c.i > token.i]
    if not xcomps:
        return []
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.i < xcomps[0].i]
    tokens = [t for c in objects + xcomps[:1] for t in c.subtree]
    return _listed(complement_content(token, tokens, xcomps[0], confidence=0.6))


def _raised(token: Token) -> Found | None:
    """``Kobb seemed to agree``: Kobb's view, the complement its content. A view
    nobody is said to hold (``The plan seems to work``, ``It appears that the
    vote slipped``) gives none, and cuts no attribution around it."""
    complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
    if not complements or (
        complements[0].dep_ == "xcomp" and not any(c.lower_ == "to" for c in complements[0].children)
    ):
        return None  # "appeared on television", "seemed tired": no clause to report
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in complements[0].children):
        return None  # "Kobb appeared to have lied": what the writer infers, not Kobb's view
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in EXPLETIVES or not plausible_source(subject):
        return None
    span = trimmed_span(contiguous(list(complements[0].subtree), complements[0]), doc_text(token.doc))
    return weak_found(token, span, source_span(subject))


def _participle_clause(token: Token) -> bool:
    """True for a past participle opening a clause of its own with no subject,
    auxiliary or ``as`` (``, cited in the filing,``; ``As reported by X`` is a source)."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children)
    )


def _other_verb(token: Token) -> list[Found]:
    """A verb outside the lexicon with a clausal complement and a person for a
    subject (``Varn found that...``): a weak attribution; or a phrase of saying
    on ``make`` (``Varn made it clear that ...``, :mod:`~quotes.extract.made_clear`)."""
    if token.lower_ in MAKING_FORMS and (made := made_clear_content(token)) is not None:
        return [made]
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they", "i", "we")):
        return []
    for child in filter(finite_clause, token.children):  # not "let locks open": a small clause
        if child.dep_ == "ccomp" and child.i > token.i and not _stranded_below(token, child):
            marks = [c for c in child.children if c.dep_ == "mark"]
            if marks and marks[0].lower_ not in ("that",):
                return []
            found = complement_content(token, list(child.subtree), child, confidence=0.4)
            return [found] if found else []
    return []


def _misattached_clause(token: Token) -> Token | None:
    """``said during a news conference that he may wait``: the parser hangs the
    that-clause on the nearest noun as a relative clause. A clause opened by the
    conjunction ``that`` under a prepositional phrase of the verb is its complement,
    and a whole clause after ``that`` after an interpreter (:func:`interpreted_clause`)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i:
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ in ("relcl", "acl") and (
                    any(c.dep_ == "mark" and c.lower_ == "that" and c.i < clause.i for c in clause.children)
                    or _that_of_no_gap(clause)
                    or interpreted_clause(noun, clause)
                ):
                    return clause
    return None


def _that_of_no_gap(clause: Token) -> bool:
    """True for a clause opening on ``that`` that is none of its words (``said
    in a filing with the board that it had fully cooperated and had replaced
    pipe``: the parse makes ``that`` the object of the second verb): the
    conjunction of a reported clause with its own subject, not a relative."""
    first = clause.left_edge
    return (
        first.lower_ == "that"
        and first.head != clause
        and any(c.dep_ == "nsubj" and c.lower_ != "that" for c in clause.children)
    )
