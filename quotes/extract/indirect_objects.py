"""Contents that are the objects of a cue verb, read with the verb: a noun
phrase keeps its verb (:func:`with_verb`), and a verb of
:data:`~quotes.extract.lexicon.PREP_VERBS` reports its prepositional object
(``Varn called for a new tax``) or the clause its preposition opens (``Varn
called for the council to resign``); an object with what is held of it
(``accused Kobb of lying``, ``sees Venn as a uniter``).
:mod:`quotes.extract.indirect` calls these."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.indirect_content import (
    Found,
    bare_noun_phrase,
    complement_content,
    verb_taken_for_preposition,
)
from quotes.extract.lexicon import (
    ASKING_VERBS,
    CALLING_VERBS,
    COUNTED_WINS,
    FRAMING_PREP_VERBS,
    MONEY_SIGNS,
    ORDINAL_WORDS,
    PREP_VERBS,
    QUANTITY_OBJECTS,
    SHARE_OBJECTS,
    TAKEN_OBJECTS,
    TAKING_VERBS,
)
from quotes.extract.relative_heads import can_speak
from quotes.extract.syntax import FINITE_TAGS, sentence_extent

#: Verbs of saying that report a clause and never an object with its predicate
#: (``declare``, ``call`` and ``think`` take both: ``called the plan a disaster``).
_CLAUSE_ONLY_VERBS = frozenset({"say", "add", "tell", "insist", "explain", "note"})

#: Marks of a possessive that the parse can leave between an owner it takes
#: for a verb's object and what is owned (``criticized Harbourmart’s and Ferrymax``).
#: A bare closing mark counts only where the tagger reads it as one (``POS``),
#: not as the end of words in single quotation marks (``the ‘ferry revolution’``).
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: What the parse makes of the words owned after such a mark.
_OWNED_DEPS = frozenset({"dobj", "obj", "cc", "conj"})

#: The relative pronoun that makes the person a relative clause hangs on its
#: subject (``residents who say``; not the ``that`` of ``a report that says``).
_RELATIVE_SUBJECTS = frozenset({"who"})
#: Verbs of such a relative that report what its people said (``who say``,
#: ``who have suggested``); not ``who think``, the speaker's view of them.
_RELATIVE_SAYING_VERBS = frozenset("say claim argue insist contend suggest warn".split())
#: Verbs that pass on what their object says (``echoing experts who say``):
#: with such a relative their object alone says nothing of the speaker's.
_RELAYING_VERBS = frozenset("echo cite quote retweet invoke".split())

#: What a side or a champion defends in play (``defended her title``,
#: ``defended their lead``): no view; money, people and places stay views.
_DEFENDED_IN_PLAY = frozenset(
    "title titles crown crowns trophy trophies medal medals goal goals lead championship championships belt".split()
)

#: Words of an object too short to hold a predicate the parse missed.
SHORT_OBJECT = 3
#: Prepositions after a verb's object that say what is held of it (``accused him of``).
_OBJECT_PREDICATES = frozenset({"of", "for", "as"})
#: Those that make a pronoun object content (``accused him of lying``, ``thanked her
#: for it``); not ``as``, whose pronoun objects (``cast himself as``) PolNeAR marks
#: too seldom (a precision of 0.76 on train).
_PRONOUN_PREDICATES = frozenset({"of", "for"})


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
    holds_object = holds_object and not any(t.tag_ in FINITE_TAGS for t in kept)
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
    if _topic_before_the_saying(token, lemma):
        return []  # "Pointing to the cut, Bell said he ...": what the words are about, not words
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


def _topic_before_the_saying(token: Token, lemma: str) -> bool:
    """True for a participle of a verb naming a topic or an activity
    (:data:`FRAMING_PREP_VERBS`) that opens the sentence before the verb of
    saying it hangs on (``Pointing to the cut, Bell said ...``, ``Commenting
    on the result, Lund said``): it says what the words are about or what the
    speaker was doing, and the verb after it reports the words. A speech
    act there (``Calling for calm, the mayor said``, ``Warning of job losses``)
    or in the middle of the sentence (``Lund, commenting on the result, said``)
    is still reported, and so is a response, as the PolNeAR annotators do."""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or token.i > head.i or cue_lemma(head) is None:
        return False
    prepositions = FRAMING_PREP_VERBS.get(lemma, ())
    opening = token.left_edge.i == sentence_extent(token)[0]
    return opening and any(c.dep_ == "prep" and c.lower_ in prepositions for c in token.children)


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


def direct_object(token: Token, lemma: str) -> list[Found]:
    """``Varn endorsed Tomas Reye``: the object, with its predicate (``accused X
    of Y``, ``called X a liar``); a pronoun object only with a predicate."""
    for child in token.children:
        if child.dep_ not in ("dobj", "obj") or child.i <= token.i:
            continue  # what is held of an object is read for the object only
        predicate = any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > child.i for c in token.children)
        held = predicate or any(
            c.dep_ == "prep" and c.lower_ in _PRONOUN_PREDICATES and c.i > child.i for c in token.children
        )
        if child.pos_ != "PRON" or held:
            if child.lower_ in QUANTITY_OBJECTS and not predicate:
                return []  # "has said little in public": how much, not what
            if lemma in ASKING_VERBS and child.pos_ in ("PROPN", "PRON") and not predicate:
                return []  # "asked Per Holm about the budget": whom, not what
            tokens = [*child.subtree, *_owned_after_cut(token, child)]
            if _cut_at_mark(tokens):
                return []  # "lamented Sanders’": what is owned lost to the parse
            if lemma in TAKING_VERBS and _taken(child, tokens):
                return []  # "claimed the title", "claimed £3,200": a thing taken, no words
            if lemma == "defend" and child.lower_ in _DEFENDED_IN_PLAY:
                return []  # "defended the goal", "defended her title": play, no words
            kept = _without_speaking_relative(child, tokens)  # "praised nurses who say ...": theirs
            if len(kept) < len(tokens) and lemma in _RELAYING_VERBS:
                return []  # "echoing experts who say ...": what is echoed is theirs, found at "say"
            tokens = kept
            if lemma in CALLING_VERBS and not predicate and len(tokens) <= SHORT_OBJECT:
                return []  # "called 911", "called a meeting": a call made
            if lemma in ASKING_VERBS and child.pos_ == "PROPN" and not predicate:
                return []  # "A reporter asked Dunn if ...": who was asked, not what
            for sibling in token.children:
                if sibling.i > child.i and (
                    _predicate_of_object(sibling) or verb_taken_for_preposition(sibling)
                ):
                    tokens.extend(sibling.subtree)  # "accused Kobb of lying", "said most voters back it"
            found = complement_content(token, tokens, child, confidence=0.5)
            # "called him a liar": the predicate says what was said, read with its verb
            verbed = with_verb(token, tokens, found)
            return [verbed] if verbed is not None else []
    return []


def _owned_after_cut(verb: Token, obj: Token) -> list[Token]:
    """``lamented Venners’ past vote``, ``criticized Harbourmart’s and Ferrymax``:
    when the object ``obj`` of ``verb`` ends on (or before) a mark the tagger
    reads as a possessive (``POS``), the parse cut the owner from what is owned
    and hung the rest on the verb; the mark and the verb's objects and nominal
    conjuncts right after it, else none. A conjoined verb (``praised the
    ‘ferry revolution’ and promised ...``) ends what is owned."""
    doc, end = verb.doc, obj.right_edge.i
    mark = next(
        (doc[i] for i in (end, end + 1) if i < len(doc) and doc[i].lower_ in _POSSESSIVE_MARKS),
        None,
    )
    if mark is None or mark.i == obj.i or mark.tag_ != "POS":
        return []
    owned: list[Token] = [mark] if mark.i > end else []
    for child in verb.children:
        if child.i <= mark.i:
            continue
        if child.dep_ not in _OWNED_DEPS or child.pos_ in ("VERB", "AUX"):
            break
        owned.extend(child.subtree)
    if owned and owned[-1].dep_ == "cc":
        owned.pop()  # "and" before a conjoined verb is not owned
    if any(token.is_quote for token in owned if token != mark):
        return []  # "slam Venners’ “ferry revolution”": quoted words, read as a partial quote
    return owned if any(token != mark and not token.is_punct for token in owned) else []


def _cut_at_mark(tokens: list[Token]) -> bool:
    """True when an object's words ``tokens`` end on a bare possessive mark,
    what is owned lost (``lamented Sanders’``), and no other single
    quotation mark stands in its sentence: not on a mark that opens or
    closes quoted words (``praised the ‘ferry revolution’``, ``promises
    report 'as soon as possible.'``), nor on the ``’s`` of a name (``praised
    McDonald’s``)."""
    last = max(tokens, key=lambda token: token.i)
    if last.text not in ("’", "'"):
        return False
    return not any(token.text in ("‘", "’", "'") for token in last.sent if token != last)


def _without_speaking_relative(head: Token, tokens: list[Token]) -> list[Token]:
    """The words ``tokens`` of the object headed by ``head`` less a relative
    clause on it whose subject is ``who`` and whose verb of saying reports a
    clause (``praised nurses who say they have worked double shifts``): the
    words reported are theirs, found at ``say``; the object left is the
    speaker's own (``praised nurses``). A document's ``that`` or ``which``
    (``cited a poll that says ...``), and a clause holding quoted words (the
    speaker's own, maybe), leave the object whole."""
    if not can_speak(head):
        return tokens  # "substituted the goalkeeper, who said ...": whose words the parse cannot tell
    for clause in head.children:
        if (
            clause.dep_ == "relcl"
            and cue_lemma(clause) in _RELATIVE_SAYING_VERBS
            and any(c.dep_ == "ccomp" for c in clause.children)
            and not any(t.is_quote for t in clause.subtree)
            and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS for c in clause.children)
        ):
            start, stop = clause.left_edge.i, clause.right_edge.i
            if start > head.i and head.doc[start - 1].text == ",":
                start -= 1  # "Tomas Kobb, who says ...": the comma goes with the clause
            return [token for token in tokens if not start <= token.i <= stop]
    return tokens


def _taken(head: Token, tokens: list[Token]) -> bool:
    """True when an object headed by ``head`` is a thing won, paid out or lost
    (``the title``, ``three lives``, ``£3,200 in expenses``), not words."""
    if head.lower_ in TAKEN_OBJECTS or any(t.text in MONEY_SIGNS for t in tokens):
        return True
    if head.lower_ in COUNTED_WINS:  # "claimed a 2-1 win", "their third win"; not "a win for taxpayers"
        return any(_counts_or_owns(child) for child in head.children)
    if head.lower_ in SHARE_OBJECTS:  # "a share of the prize", not "a share of the credit"
        owned = [g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(_taken(noun, list(noun.subtree)) for noun in owned)
    return False


def _counts_or_owns(modifier: Token) -> bool:
    """True for a modifier that counts or owns a win (``2-1``, ``three``,
    ``third``, ``their``, ``Vell's``)."""
    return (
        modifier.dep_ in ("nummod", "poss")
        or any(ch.isdigit() for ch in modifier.text)
        or modifier.lower_ in ORDINAL_WORDS
    )


def _predicate_of_object(token: Token) -> bool:
    """True for a word saying what is held of a verb's object: a predicate
    (``called him a liar``) or ``of``/``for``/``as`` (``accused Kobb of lying``,
    ``blamed the board for the delay``, ``cited the vote as proof``)."""
    return token.dep_ in ("oprd", "xcomp", "ccomp") or (
        token.dep_ == "prep" and token.lower_ in _OBJECT_PREDICATES
    )


def object_as(token: Token, lemma: str) -> list[Found]:
    """``Kobb sees Venn as a uniter``, ``considered the plan a mistake``: the
    object with its predicate, never an object alone (``saw the film``)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.i > token.i]
    if not objects:
        return []
    after = [t for t in token.subtree if t.i > objects[0].i]
    if not any(t.dep_ == "oprd" or (t.lower_ == "as" and t.dep_ == "prep") for t in after):
        return []
    return direct_object(token, lemma)


def stranded_clause(cue: Token) -> Token | None:
    """``opened the session by reminding speakers they had three minutes``: a
    clause right after the object of a cue verb that has none of its own, which
    the parse hangs on a verb above the cue that reports nothing; the cue's
    content. None if none (a cue above keeps it: ``analysts say ... to
    convince voters that they ...``)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i), None)
    if obj is None or obj.right_edge.i + 1 >= len(cue.doc):
        return None
    after = cue.doc[obj.right_edge.i + 1]
    clause = after.head if after.dep_ in ("nsubj", "mark") else None
    if clause is None or clause.dep_ != "ccomp" or clause.left_edge.i != after.i:
        return None
    return clause if clause.head in cue.ancestors and not cue_lemma(clause.head) else None
