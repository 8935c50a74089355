"""Contents that are the objects of a cue verb, read with the verb: a noun
phrase keeps its verb (:func:`with_verb`), and a verb of
:data:`~quotes.extract.lexicon.PREP_VERBS` reports its prepositional object
(``Varn called for a new tax``) or the clause its preposition opens (``Varn
called for the council to resign``). :mod:`quotes.extract.indirect` calls these."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotes.extract.indirect_content import Found, bare_noun_phrase, complement_content
from quotes.extract.indirect_source import cue_lemma
from quotes.extract.lexicon import PREP_VERBS

#: Tags of a finite verb: a content holding one is a clause, readable alone.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Verbs of saying that report a clause and never an object with its predicate
#: (``declare``, ``call`` and ``think`` take both: ``called the plan a disaster``).
_CLAUSE_ONLY_VERBS = frozenset({"say", "add", "tell", "insist", "explain", "note"})


def with_verb(token: Token, tokens: list[Token], found: Found | None) -> Found | None:
    """A content that is a bare noun phrase (``Kobb endorsed Tomas Reye``,
    ``called for a new tax``; ``lauded Kobb`` when ``in his speech for ...``
    was cut off), or a pronoun object with what is held of it (``accused him
    of lying``), reads as what was said only with its verb (and its ``not``):
    the content starts at the verb."""
    if found is None or found.start < token.idx:
        return found
    kept = [t for t in tokens if found.start <= t.idx < found.end]
    holds_object = bool(kept) and kept[0].pos_ == "PRON" and kept[0].dep_ in ("dobj", "obj")
    holds_object = holds_object and not any(t.tag_ in _FINITE_TAGS for t in kept)
    if (
        not (bare_noun_phrase(kept) or holds_object)
        or _that_clause(kept)
        or _verb_read_as_adjective(token, kept)
    ):
        return found  # "accused him of lying": a pronoun object and its predicate, read with the verb
    negation = [c.idx for c in token.children if c.dep_ == "neg" and c.i < token.i]
    return replace(found, start=min([token.idx, *negation]))


def _verb_read_as_adjective(token: Token, tokens: list[Token]) -> bool:
    """``said the headphones last 40 hours``: a subject with a head the parse
    did not tag as a verb is still a clause, readable alone, after a verb that
    reports clauses and never an object with its predicate (``declared the
    bridge unsafe`` needs its verb)."""
    if cue_lemma(token) not in _CLAUSE_ONLY_VERBS:
        return False
    return any(t.dep_ == "nsubj" and t.head.pos_ not in ("VERB", "AUX") and t.head in tokens for t in tokens)


def _that_clause(tokens: list[Token]) -> bool:
    """``that the candidate “misspoke”``: ``that`` and a subject open a clause,
    even where the parse reads the quoted verb as a name."""
    return bool(tokens) and tokens[0].lower_ == "that" and any(t.dep_ == "nsubj" for t in tokens)


def prepositional_object(token: Token, lemma: str) -> list[Found]:
    """``Varn called for a new tax``: the object of the verb's preposition;
    ``Varn called for the council to resign``: the clause it opens (without
    the preposition)."""
    if any(c.dep_ == "neg" for c in token.children):
        return []  # "did not respond to": nothing said
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in PREP_VERBS[lemma] and child.i > token.i:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                tokens = list(objects[0].subtree)
                found = complement_content(token, tokens, objects[0], confidence=0.5)
                return [found] if (found := with_verb(token, tokens, found)) else []
        clause = _opened_by_preposition(child, PREP_VERBS[lemma])
        if clause is not None and child.i > token.i:
            tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
            found = complement_content(token, tokens, clause, confidence=0.5)
            return [found] if found else []
    return []


def _opened_by_preposition(child: Token, prepositions: tuple[str, ...]) -> Token | None:
    """``child`` when it is an infinitive clause with a subject opened by one of
    ``prepositions`` (``for the council to resign``), else None."""
    if child.dep_ not in ("advcl", "ccomp", "xcomp"):
        return None
    marks = [c for c in child.children if c.dep_ == "mark" and c.i < child.i]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child if marks and marks[0].lower_ in prepositions and has_subject and infinitive else None


#: What the parse makes of a role noun it takes for a cue's complement.
_ROLE_NOUN_DEPS = frozenset({"xcomp", "dobj", "attr", "npadvmod", "oprd"})


def clause_under_role_noun(token: Token, lemma: str) -> list[Found]:
    """``Falk said goalie Eli Moen would start``: the parse takes the role noun
    right after the cue for its complement and hangs the clause on it; the
    noun and the clause whose named subject follows it are the content."""
    noun = next((c for c in token.children if c.i == token.i + 1 and c.dep_ in _ROLE_NOUN_DEPS), None)
    if noun is None or noun.tag_ not in ("NN", "VB") or not noun.is_lower:
        return []  # (the tagger may read "goalie" as a verb's base form there)
    clause = next((c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if clause is None or subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != noun.i + 1:
        return []
    found = complement_content(token, [noun, *clause.subtree], clause, confidence=0.5)
    return [found] if found else []
