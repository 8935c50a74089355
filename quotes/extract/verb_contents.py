"""The contents of a cue verb on the dependency parse, by the classes of the
verb (:func:`verb_contents`, which :func:`quotes.extract.indirect.find_indirect`
calls for each cue): a clausal complement (``Varn said (that) the bridge would
reopen``), a clause the parse hung elsewhere (stranded above the cue, a
that-clause misattached to a noun), a participle clause after a verb of saying,
the content before its cue (``The bridge will reopen, Varn said.``), a
parenthetical cue inside its content, the open complement of a verb of
intention (``Varn wants the council to vote``), and the objects of
:mod:`quotes.extract.indirect_objects`; not a clause before the cue that a
semicolon or a quotation parts from it. The examples are fictional."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from quotes.extract.as_asides import as_aside_content
from quotes.extract.contents_before_cues import content_around, content_before, content_before_described_name
from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import is_passive
from quotes.extract.indirect_acts import adds_to_something, sees_an_act
from quotes.extract.indirect_content import Found, clause_from_that, complement_content, interpreted_clause
from quotes.extract.indirect_objects import (
    clause_under_role_noun,
    direct_object,
    object_as,
    prepositional_object,
    stranded_clause,
    with_verb,
)
from quotes.extract.indirect_source import aside_subject
from quotes.extract.lexicon import (
    ADDRESSING_FORMS,
    AS_OBJECT_VERBS,
    CLAUSE_VERBS,
    INTENT_VERBS,
    OBJECT_VERBS,
    PREP_VERBS,
    SAYING_VERBS,
)
from quotes.extract.syntax import SUBJECT_DEPS, dateline_subject

#: Words before a number that the parse can take for a preposition (``about one in five``).
_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "some", "over", "under"})
#: Complements of a clause verb that carry the content.
_CONTENT_DEPS = ("ccomp",)


def listed(found: Found | None) -> list[Found]:
    """``[found]``, or no content."""
    return [found] if found is not None else []


def verb_contents(token: Token, lemma: str) -> list[Found]:
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
            and not stranded_below(token, child)
        ):
            if results and token.dep_ == "relcl":
                break  # "The plan, which critics say is too costly, passed": the sentence goes on
            tokens = clause_from_that(_lost_subject(token, child) + list(child.subtree), child)
            found = complement_content(token, tokens, child, confidence=0.75)
            # "declare it responsible": a clause without a verb reads with the cue's
            results += listed(with_verb(token, tokens, found))
    return results


def _stranded(token: Token, lemma: str) -> list[Found]:
    """``by reminding speakers they had three minutes``: the clause after the
    cue's object that the parse hung on a verb above it (:func:`stranded_clause`)."""
    clause = stranded_clause(token)
    return (
        []
        if clause is None
        else listed(complement_content(token, list(clause.subtree), clause, confidence=0.6))
    )


def stranded_below(verb: Token, clause: Token) -> bool:
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
    return listed(complement_content(token, list(clause.subtree), clause, confidence=0.6))


def _participle_clauses(token: Token, lemma: str) -> list[Found]:
    """``he said legalizing it could put ...``: a participle clause after an
    active verb of saying."""
    if is_passive(token):
        return []
    results = []
    for child in token.children:
        if child.dep_ == "xcomp" and child.i > token.i and child.tag_ == "VBG":
            results += listed(complement_content(token, list(child.subtree), child, confidence=0.6))
    return results


def _content_first(token: Token, lemma: str) -> list[Found]:
    """``The bridge will reopen, Varn said.``: the cue after its content (or a dateline's)."""
    if token.dep_ == "ROOT" or (token.dep_ in ("parataxis", "ccomp", "advcl") and token.i > token.head.i):
        if token.tag_ == "VBG" and (cue_lemma(token.head) is not None or not _own_subject_of(token)):
            # "“...,” Paa said, laughing": how it was said, not a second attribution; "The
            # account was busy, tweeting insults": what the subject did, not its words
            return []
        return listed(content_before(token))
    return listed(content_before_described_name(token))  # "..., the charity Feedwell said."


def _own_subject_of(token: Token) -> bool:
    """True when ``token`` has a subject of its own among its children."""
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _parenthetical(token: Token, lemma: str) -> list[Found]:
    """``This bridge, Varn says, is different.``: the cue inside its content."""
    if token.dep_ in ("parataxis", "advcl", "ccomp") and token.i < token.head.i:
        return listed(content_around(token) or as_aside_content(token))
    return listed(as_aside_content(token))  # "The plan failed, as Kobb predicted."


def _intention(token: Token, lemma: str) -> list[Found]:
    """``Varn wants the council to vote``: from the object (if any) to the end of
    the open complement."""
    xcomps = [c for c in token.children if c.dep_ == "xcomp" and c.i > token.i]
    if not xcomps:
        return []
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.i < xcomps[0].i]
    tokens = [t for c in objects + xcomps[:1] for t in c.subtree]
    return listed(complement_content(token, tokens, xcomps[0], confidence=0.6))


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


def object_taken_for_subject(cue: Token, clause: Token) -> list[Token]:
    """``said fuel deliveries to the region had been delayed``: the words
    between the cue and a clause without a subject, when the parse makes them
    the cue's object (they are the clause's subject); else nothing."""
    between = cue.doc[cue.i + 1 : clause.left_edge.i]
    near = {clause.i, *(child.i for child in clause.children)}
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in near for t in clause.subtree):
        return []  # "told reporters he was “not worried”": the subject hangs on the auxiliary
    opens = any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.left_edge.i == cue.i + 1 for c in cue.children)
    return list(between) if opens and not any(t.is_punct for t in between) else []


def parted_from_cue(cue: Token, clause: Token) -> bool:
    """True for a clause before the cue that a semicolon or the opening of a
    quotation parts from it (``Some welcome the jobs; others fear for
    tourism``; ``... between 5 and 8 p.m. “We have capacity,” she said``,
    where the parse ran the sentences together): a sentence of its own, not
    what the cue reports; or a dateline the parse made a clause (``VELL CITY
    — Emergency rooms ..., officials said``)."""
    if clause.i > cue.i:
        return False
    if dateline_subject(clause) is not clause:
        return True
    between = cue.doc[clause.right_edge.i + 1 : cue.i]
    return any(t.text == ";" or t.tag_ == "``" or t.text == "“" for t in between)
