"""Who a cue's subject is: the speaker mention of a reporting verb found next to
a direct quote, from the parse (its subject, ``according to X``, the agent of a
passive) or, when the parse misses, from the words right after or before the
cue (``said Ansel Kobb``, ``Kobb said``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from quotes.extract.addressed_groups import reporter_of_addressing
from quotes.extract.dated_relatives import relative_head, which_after_date
from quotes.extract.direct_quote_words import ACCOUNT_NOUNS, LY_NOUNS, MODAL_VERBS
from quotes.extract.gender import POSSESSIVE_GENDERS
from quotes.extract.given_names import given_name_gender
from quotes.extract.indirect_source import quoted_as_saying, quoted_object
from quotes.extract.lexicon import ADDRESSING_FORMS, ASKING_FORMS, speech_forms
from quotes.extract.mention_spans import mention_span, source_span
from quotes.extract.mentions import speaker_kind
from quotes.extract.participle_aside import before_participle_aside
from quotes.extract.portfolio_names import name_after_portfolio
from quotes.extract.quotemarks import SpanIndex
from quotes.extract.speaker_words import (
    BARE_SUBJECT_NOUNS,
    INDEFINITE_SPEAKERS,
    OBJECT_PRONOUNS,
    PERSON_OR_TITLE_WORDS,
    PRONOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
)
from quotes.extract.syntax import (
    SUBJECT_DEPS,
    after_court_opener,
    after_opening_apposition,
    agent_of,
    appositive_name,
    date_number,
    dateline_subject,
    np_head,
    outside_parentheses,
    past_counted_aside,
)
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.title_words import TITLE_WORDS
from quotes.extract.topic_colons import subject_after_topic


def cue_speaker(
    token: Token, spans: SpanIndex, offset: int, *, adjacent: bool = True, strict: bool = True
) -> tuple[int, int] | None:
    """Article offsets of the speaker mention for a cue token, from the parse
    (its subject, ``according to X``), or, when ``adjacent``, the words next to
    it when the parse misses. ``strict``: the subject must read as someone who
    speaks (else, right next to a quote, any noun will do)."""
    if token.lower_ == "according":
        return _according_to(token, offset)
    owner = account_owner(token)
    if owner is not None:  # "by her own account, “...”"
        return _account_span(token, owner, offset)
    if (
        token.lower_ in ASKING_FORMS
        and agent_of(token) is None
        and any(c.dep_ == "nsubjpass" for c in token.children)
    ):
        return None  # "Kobb was asked: “...?”": who asks is not said, and it is not Kobb
    quoted = quoted_as_saying(token)
    if quoted is not None and (plausible_speaker(quoted) or quoted_object(quoted)):
        return mention_span(quoted, offset)  # "Vell TV quoted Ola Ruud as saying “...”"
    perceived = _perceived_speaker(token)
    if perceived is not None:  # "The recorder captured the first officer replying, “...”"
        return mention_span(perceived, offset)
    for verb, subject in _verbs_and_subjects(token, spans, offset):
        if subject is None:
            continue
        if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            head = relative_head(verb)
            return mention_span(head, offset) if plausible_speaker(head) else None
        dated = which_after_date(subject)  # "guidance from the ministry in June, which says"
        if dated is not None:
            return mention_span(dated, offset) if plausible_speaker(dated) else None
        subject = appositive_name(outside_parentheses(after_opening_apposition(after_court_opener(subject))))
        if plausible_speaker(subject) or (not strict and verb is token and _any_speaker(subject)):
            return mention_span(subject, offset)
        if verb is token:
            return None
    if not adjacent or token.tag_ == "VBG":
        return None
    # the parse missed: the words right after the cue (said Ansel Kobb) or right before (Kobb said)
    return _speaker_after(token, spans, offset) or _speaker_before(token, spans, offset)


def account_owner(token: Token) -> Token | None:
    """Whose account ``token`` is in ``by her own account`` or ``by Kobb's
    admission`` (:data:`ACCOUNT_NOUNS`): the owner, who speaks; else None."""
    if token.lower_ not in ACCOUNT_NOUNS or token.dep_ != "pobj" or token.head.lower_ != "by":
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None)


#: The dependency labels of a clause's subject.
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _account_span(token: Token, owner: Token, offset: int) -> tuple[int, int] | None:
    """Article offsets of who speaks in ``by her own account`` (``token`` the
    account, ``owner`` its possessive): the subject of the clause the phrase
    belongs to, a person named or described, when ``owner`` is a pronoun it may
    stand for (``By her own account, Moss was “terrified”``, ``Her first coach,
    by her own account, thought``); else the owner, without its ``'s`` (``By
    Kobb's own account``)."""
    held_by = token.head.head  # the verb, or the subject the phrase stands beside
    subject = (
        held_by
        if held_by.dep_ in _CLAUSE_SUBJECTS
        else next((c for c in held_by.children if c.dep_ in _CLAUSE_SUBJECTS), None)
    )
    if owner.pos_ == "PRON" and subject is not None and _may_own_account(subject, owner.lower_):
        return mention_span(subject, offset)
    span = source_span(owner)
    return (offset + span[0], offset + span[1]) if span is not None else None


def _may_own_account(subject: Token, pronoun: str) -> bool:
    """True when ``subject``, a clause's subject, is a person the possessive
    ``pronoun`` may stand for: a name (whose given name has no other gender)
    or a person's noun (``coach``), not a pronoun or a relative ``which``."""
    if subject.pos_ == "PROPN":
        name = [t for t in subject.subtree if t.dep_ == "compound" and t.i < subject.i] + [subject]
        gender = given_name_gender(name[0].text)
        return speaker_kind(" ".join(t.text for t in name)) == "person" and gender in (
            None,
            POSSESSIVE_GENDERS.get(pronoun, gender),
        )
    return subject.pos_ == "NOUN" and subject.lower_ in PERSON_OR_TITLE_WORDS


#: Verbs of catching someone in the act (``the recorder captured the pilot
#: saying``, ``heard the captain shouting``), as written (the pipeline has no
#: lemmatizer): their object says the words. Not ``show``: ``Kobb showed reporters
#: the map, saying`` is Kobb's.
_PERCEIVING_FORMS = frozenset(
    """capture captures captured record records recorded hear hears heard overheard catch catches
    caught film films filmed depict depicts depicted see sees saw seen""".split()
)


def _perceived_speaker(token: Token) -> Token | None:
    """The person a recording or a witness caught saying the words of the
    participle ``token`` (the object of :data:`_PERCEIVING_FORMS`, or the
    noun the parse hung on the participle when it took that for the object),
    or None; never the recording, which only carries them."""
    if token.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "dobj" and head.head.lower_ in _PERCEIVING_FORMS:
        noun: Token | None = head  # "captured the captain saying": the participle describes him
    elif token.dep_ == "dobj" and head.lower_ in _PERCEIVING_FORMS:
        noun = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
    elif token.dep_ in ("advcl", "xcomp", "ccomp") and head.lower_ in _PERCEIVING_FORMS:
        # only right after the object: "heard the residents, saying" is the subject's own participle
        noun = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == token.i), None)
    else:
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun if plausible_speaker(noun) or noun.lower_ in TITLE_WORDS else None  # "the captain saying"


def _according_to(token: Token, offset: int) -> tuple[int, int] | None:
    """The mention after ``according to``."""
    doc = token.doc
    to = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if to is None:
        return None
    for child in to.children:
        if child.dep_ == "pobj":
            return mention_span(child, offset)
    if to.i + 1 < len(doc):
        return mention_span(np_head(doc, to.i + 1), offset)
    return None


def _verbs_and_subjects(token: Token, spans: SpanIndex, offset: int) -> Iterator[tuple[Token, Token | None]]:
    """The cue and up to three verbs it hangs on (conjoined, open or adverbial
    clauses), each with its nearest subject outside quotations (or None)."""
    verb: Token | None = token
    for _ in range(4):
        if verb is None:
            return
        yield verb, _nearest_subject(verb, token, spans, offset)
        verb = _next_verb(verb, token, spans, offset)


def _nearest_subject(verb: Token, token: Token, spans: SpanIndex, offset: int) -> Token | None:
    """The subject of ``verb`` nearest to it (the parse can give two: a dateline,
    a place), or the agent of the passive cue ``token`` itself."""
    subjects = []
    for c in verb.children:
        if c.dep_ not in SUBJECT_DEPS:
            continue
        if not spans.covers(offset + c.idx):
            subject = dateline_subject(past_counted_aside(before_participle_aside(c)))
            if subject is not None:  # "spokesman on finance Dr Wayne Reid": Reid
                subjects.append(name_after_portfolio(subject) or subject_after_topic(subject) or subject)
        else:  # “..., competitors,” Ansel Kobb, the ..., said: the parse hangs the name on a quoted word
            subjects.extend(
                a
                for a in c.children
                if a.dep_ == "appos" and a.pos_ == "PROPN" and not spans.covers(offset + a.idx)
            )
    if verb.lower_ in ADDRESSING_FORMS:
        subjects = [c for c in subjects if c.i < verb.i]  # "Kobb, 58, told The Associated Press"
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is not None and subject.dep_ == "nsubjpass" and verb is token:
        # "Kobb was asked by host Mara Venn, “...”": who asks is the agent
        agent = agent_of(verb)
        if agent is not None and not spans.covers(offset + agent.idx):
            subject = agent
    return subject


#: Modal verbs as the parse writes them, ``'ll`` of ``she'll`` too.
_MODALS = MODAL_VERBS | {"'ll"}


def _not_yet_done(verb: Token) -> bool:
    """True for a verb with a modal (``will have to choose``, ``could lose``):
    an event not yet done, which no participle after it can go on with."""
    return any(child.dep_ == "aux" and child.lower_ in _MODALS for child in verb.children)


def _next_verb(verb: Token, token: Token, spans: SpanIndex, offset: int) -> Token | None:
    """The verb whose subject ``verb`` shares, or None to stop climbing."""
    climb = ("conj", "xcomp", "advcl") if verb is token else ("conj", "xcomp", "advcl", "ccomp")
    if verb is token and (reporter := reporter_of_addressing(verb)) is not None:
        return reporter  # "said the unions had failed ... and urged both to": the reporter urged
    if verb.dep_ in climb and verb.head is not verb:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        reported = verb.head
        while reported.dep_ == "xcomp" and reported.head is not reported:
            reported = reported.head  # "will have to choose ..., saying": the clause is "have"'s
        if (
            verb.dep_ == "advcl"
            and reported.dep_ == "ccomp"
            and reported.head.lower_ in speech_forms()
            and not spans.covers(offset + reported.head.idx)
            and (
                any(spans.covers(offset + t.idx) for t in reported.subtree if t.i < verb.i)
                or _not_yet_done(reported)
            )
        ):
            # "Kobb told the paper that Venn “had a plan,” adding, “...”": after quoting
            # the reporter, the participle goes on with him, not with the subject of
            # what he reported; so after what is yet to happen ("X said Orrin will have
            # to choose, saying ..."); else "X said Orrin quieted them, telling them
            # ..." is Orrin's
            return reported.head
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
        return verb.head.head
    return None


#: Marks ending the clause right after an inverted speaker (``Said Ellis:``).
_CLAUSE_ENDS = frozenset({":", ".", "!", "?"})


def _speaker_after(token: Token, spans: SpanIndex, offset: int) -> tuple[int, int] | None:
    """An inverted subject right after the cue (``said Ansel Kobb``, ``tweeted
    another``), not the subject of what was said (``said Kobb was a candidate``)."""
    doc = token.doc
    if token.lower_ in ADDRESSING_FORMS:
        return None  # "Kobb, 58, told The Associated Press": whom he told, never an inverted speaker
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in TIME_WORDS:
        nxt = len(doc)  # "tweeted Sunday after ...": a day is not who speaks
    if nxt + 1 < len(doc) and doc[nxt].tag_ == "VBN" and doc[nxt].dep_ == "amod":
        nxt += 1  # "said retired baker Ansel Kobb": a participle describing the speaker
    given = nxt + 1 < len(doc) and _given_name_as_word(doc[nxt])
    if given:
        nxt += 1  # "said Per Aasen": a given name the tagger reads as a preposition
    if not (
        nxt < len(doc)
        and doc[nxt].pos_ in ("PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM")
        and not spans.covers(offset + doc[nxt].idx)
    ):
        return None
    head = np_head(doc, nxt)
    follows = doc[head.i + 1] if head.i + 1 < len(doc) else None
    clause = follows is not None and follows.pos_ in ("VERB", "AUX") and follows.tag_ != "VBG"
    # "called Kobb's remarks ...": a possessive opens the object, not an inverted subject
    owner = follows is not None and follows.tag_ == "POS"
    if owner and follows is not None and follows.i + 1 < len(doc):
        possessed = _possessed_phrase(head, follows, offset)
        if possessed is not None:
            return possessed
    if head.pos_ in ("PROPN", "PRON", "NOUN") and plausible_speaker(head) and not clause and not owner:
        start, end = mention_span(head, offset)
        if start <= offset + token.idx and not (follows is None or follows.text in _CLAUSE_ENDS):
            return None  # "Orr, 52, blasted Vale as “...”": the cue taken into the name, its object
        start = max(start, offset + doc[token.i + 1].idx)  # "Said Ellis:": the name, not the cue
        return (min(start, offset + doc[nxt - 1].idx), end) if given else (start, end)
    if head.lower_ in INDEFINITE_SPEAKERS and (follows is None or follows.is_punct):
        return mention_span(head, offset)  # “...,” tweeted another.
    return None


def _given_name_as_word(token: Token) -> bool:
    """True for a capitalised function word inside a sentence right before a
    name (``Per`` of ``said Per Aasen``, tagged a preposition): a given name."""
    doc = token.doc
    return (
        token.pos_ in ("ADP", "SCONJ", "CCONJ", "AUX", "PART")
        and token.text.istitle()
        and not token.is_sent_start
        and doc[token.i + 1].pos_ == "PROPN"
        and doc[token.i + 1].text[:1].isupper()
    )


def _possessed_phrase(head: Token, possessive: Token, offset: int) -> tuple[int, int] | None:
    """``opined Brennmoor's Harbour Gazette.`` / ``exhorted Venn's introducer,
    actress ...``: when the possessed noun ends the clause, the whole phrase is
    the inverted subject."""
    doc = head.doc
    owned = np_head(doc, possessive.i + 1)
    after_owned = doc[owned.i + 1] if owned.i + 1 < len(doc) else None
    if owned.pos_ in ("PROPN", "NOUN") and (after_owned is None or after_owned.is_punct):
        return mention_span(head, offset)[0], offset + owned.idx + len(owned)
    return None


def _speaker_before(token: Token, spans: SpanIndex, offset: int) -> tuple[int, int] | None:
    """The subject right before the cue (``Kobb said``), skipping a day
    (``Kobb on Wednesday called``) or the comma after a name in apposition
    (``..., Noor's brother, Khalid Siyabi, wrote``)."""
    doc = token.doc
    prev = token.i - 1
    while prev >= 1 and doc[prev].lower_ in TIME_WORDS:
        prev -= 2 if doc[prev - 1].lower_ in ("on", "last", "this", "early", "late") else 1
    if (
        prev >= 1
        and doc[prev].text == ","
        and doc[prev - 1].pos_ == "PROPN"
        and doc[prev - 1].dep_ == "appos"
    ):
        prev -= 1  # "In a post, Noor's brother, Khalid Siyabi, wrote:": the name the parse hung elsewhere
    if prev >= 3 and _age_aside(doc[prev - 2 : prev + 1]) and doc[prev - 3].pos_ == "PROPN":
        prev -= 3  # "Nell Orr, 52, blasted": the name before the age
    if (
        prev >= 0
        and doc[prev].pos_ in ("PROPN", "PRON", "NOUN")
        and not spans.covers(offset + doc[prev].idx)
        and plausible_speaker(doc[prev])
    ):
        return mention_span(doc[prev], offset)
    return None


def _age_aside(tokens: Span) -> bool:
    """True for ``, 52,``: an age set off by commas after a name."""
    return (
        len(tokens) == 3
        and tokens[0].text == ","
        and tokens[2].text == ","
        and tokens[1].like_num
        and tokens[1].text.isdigit()
        and len(tokens[1].text) <= 3
    )


def relative_subject(token: Token, offset: int) -> tuple[int, int] | None:
    """Article offsets of ``who`` when it is the subject of the cue ``token`` in a
    relative clause (``Venn, who said``; ``Venn, who laughed and said``), else None."""
    verb = token
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            who = subjects[0]
            if who.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return offset + who.idx, offset + who.idx + len(who)
            return None
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def plausible_speaker(token: Token) -> bool:
    """True when a subject token can be someone who speaks (a name, a person or
    group pronoun, a noun for people or organizations), not ``sanctions``."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in PRONOUNS:
        return (lower in PRONOUNS_PERSON or lower in PRONOUNS_GROUP or lower == "it") and (
            lower not in OBJECT_PRONOUNS  # "call them lone wolves": a parse slip
        )
    if token.pos_ == "PROPN" or _ends_hyphened_name(token):
        return True
    return lower in SPEAKER_NOUNS or lower in BARE_SUBJECT_NOUNS or _name_word(token) or _age(token)


def _ends_hyphened_name(token: Token) -> bool:
    """True for the last part of a hyphened given name the parse took for a
    word of its own (``ah`` of ``Kim Soo-ah``, tagged an interjection)."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
        and doc[token.i - 2].pos_ == "PROPN"
    )


def _age(token: Token) -> bool:
    """True for ``old`` of ``the 56-year-old``: someone described by age."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 2].lower_ in ("year", "years")


def _name_word(token: Token) -> bool:
    """True for a word the small model mis-tags (``Swindle``/VERB, ``Banks``/NNS)
    that the article uses in a person's full name, or a capitalised subject
    inside its sentence (not a sentence-initial common word)."""
    word = token.text
    if not word[:1].isupper() or token.pos_ in ("PRON", "DET", "PUNCT"):
        return False
    if word in token.doc._.quotes_name_words:
        return True
    return (
        token.dep_ in SUBJECT_DEPS
        and not token.is_sent_start
        and token.i > 0
        and not token.doc[token.i - 1].is_punct
    )


def adverb_in_ly(token: Token) -> bool:
    """True for a lower-case word in ``-ly`` that is no noun of
    :data:`LY_NOUNS`: an adverb (``coyly``, ``bluntly``), whatever its tag."""
    word = token.text
    return word[:1].islower() and len(word) > 4 and word.endswith("ly") and token.lower_ not in LY_NOUNS


def _any_speaker(token: Token) -> bool:
    """A looser test for a subject right next to a quote: any noun or name."""
    if date_number(token) or adverb_in_ly(token):
        return False
    if token.pos_ in ("NOUN", "PROPN", "NUM") or _name_word(token) or _ends_hyphened_name(token):
        return True
    if token.pos_ == "PRON":  # "Yet another said, “...”"
        return token.lower_ not in (
            "it",
            "this",
            "that",
            "what",
            "which",
            "who",
            "there",
            "you",
            *OBJECT_PRONOUNS,
        )
    # "said the 46-year-old"
    return token.pos_ == "ADJ" and any(child.dep_ == "det" for child in token.children)
