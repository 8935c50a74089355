"""Who a cue's subject is: the speaker mention of a reporting verb found next to
a direct quote, from the parse (its subject, ``according to X``, the agent of a
passive) or, when the parse misses, from the words right after or before the
cue (``said Choi Kang``, ``Choi said``).
"""

from __future__ import annotations

from quotes.extract.lexicon import (
    INDEFINITE_SPEAKERS,
    PRONOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    RELATIVE_PRONOUNS,
    SPEAKER_NOUNS,
    TIME_WORDS,
    speech_forms,
)
from quotes.extract.syntax import (
    SUBJECT_DEPS,
    appositive_name,
    dateline_subject,
    mention_span,
    np_head,
    outside_parentheses,
)


def cue_speaker(
    token, spans, offset, *, adjacent: bool = True, strict: bool = True
) -> tuple[int, int] | None:
    """Article offsets of the speaker mention for a cue token, from the parse
    (its subject, ``according to X``), or adjacent words when the parse misses."""
    doc = token.doc
    if token.lower_ == "according":
        to = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if to is not None:
            for child in to.children:
                if child.dep_ == "pobj":
                    return mention_span(child, offset)
            if to.i + 1 < len(doc):
                return mention_span(np_head(doc, to.i + 1), offset)
        return None
    verb = token
    for _ in range(4):
        subjects = []
        for c in verb.children:
            if c.dep_ not in SUBJECT_DEPS:
                continue
            if not spans.covers(offset + c.idx):
                c = dateline_subject(c)
                if c is not None:
                    subjects.append(c)
            else:  # “..., competitors,” Ansel Kobb, the ..., said: the parse hangs the name on a quoted word
                subjects.extend(
                    a
                    for a in c.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and not spans.covers(offset + a.idx)
                )
        # the parse can give two subjects (a dateline, a place): take the nearest
        subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        if subject is not None and subject.dep_ == "nsubjpass" and verb is token:
            # "Sanders was asked by host Bill Maher, “...”": who asks is the agent
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and not spans.covers(offset + agents[0].idx):
                subject = agents[0]
        if subject is not None:
            if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return mention_span(verb.head, offset) if plausible_speaker(verb.head) else None
            subject = appositive_name(outside_parentheses(subject))
            if plausible_speaker(subject) or (not strict and verb is token and _any_speaker(subject)):
                return mention_span(subject, offset)
            if verb is token:
                return None
        climb = ("conj", "xcomp", "advcl") if verb is token else ("conj", "xcomp", "advcl", "ccomp")
        if verb.dep_ in climb and verb.head is not verb:
            if verb.dep_ == "advcl" and verb.tag_ != "VBG":
                break
            reported = verb.head
            if (
                verb.dep_ == "advcl"
                and reported.dep_ == "ccomp"
                and reported.head.lower_ in speech_forms()
                and not spans.covers(offset + reported.head.idx)
                and any(spans.covers(offset + t.idx) for t in reported.subtree if t.i < verb.i)
            ):
                # "Kobb told the paper that Venn “had a plan,” adding, “...”": after quoting
                # the reporter, the participle goes on with him, not with the subject of
                # what he reported (without a quote before it, "X said Reid quieted them,
                # telling them ..." is Reid's)
                verb = reported.head
                continue
            verb = reported
            continue
        if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
            verb = verb.head.head
            continue
        break
    if not adjacent or token.tag_ == "VBG":
        return None
    # parse missed: look right after the cue (said Choi Kang) or right before (Choi said)
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in TIME_WORDS:
        nxt = len(doc)  # "tweeted Sunday after ...": a day is not who speaks
    if nxt + 1 < len(doc) and doc[nxt].tag_ == "VBN" and doc[nxt].dep_ == "amod":
        nxt += 1  # "said retired neurosurgeon Ben Carson": a participle describing the speaker
    if (
        nxt < len(doc)
        and doc[nxt].pos_ in ("PROPN", "PRON", "NOUN", "DET", "ADJ")
        and not spans.covers(offset + doc[nxt].idx)
    ):
        head = np_head(doc, nxt)
        follows = doc[head.i + 1] if head is not None and head.i + 1 < len(doc) else None
        clause = follows is not None and follows.pos_ in ("VERB", "AUX") and follows.tag_ != "VBG"
        # "said Mr. Trump was a candidate ...": the name is the subject of what was said;
        # "called Kobb's remarks ...": a possessive opens the object, not an inverted subject
        owner = follows is not None and follows.tag_ == "POS"
        if owner and follows.i + 1 < len(doc):
            # "opined Cleveland's Plain Dealer." / "exhorted Kobb's introducer, actress ...": the
            # possessed noun ends the clause, so the whole phrase is the inverted subject
            owned = np_head(doc, follows.i + 1)
            after_owned = doc[owned.i + 1] if owned.i + 1 < len(doc) else None
            if owned.pos_ in ("PROPN", "NOUN") and (after_owned is None or after_owned.is_punct):
                start = mention_span(head, offset)[0]
                return start, offset + owned.idx + len(owned)
        if (
            head is not None
            and head.pos_ in ("PROPN", "PRON", "NOUN")
            and plausible_speaker(head)
            and not clause
            and not owner
        ):
            return mention_span(head, offset)
        if head is not None and head.lower_ in INDEFINITE_SPEAKERS and (follows is None or follows.is_punct):
            return mention_span(head, offset)  # “...,” tweeted another.
    prev = token.i - 1
    while prev >= 1 and doc[prev].lower_ in TIME_WORDS:
        # "Beck on Wednesday called ...": the name before the day
        prev -= 2 if doc[prev - 1].lower_ in ("on", "last", "this", "early", "late") else 1
    if (
        prev >= 0 and doc[prev].pos_ in ("PROPN", "PRON", "NOUN") and not spans.covers(offset + doc[prev].idx)
    ) and plausible_speaker(doc[prev]):
        return mention_span(doc[prev], offset)
    return None


def relative_subject(token, offset: int) -> tuple[int, int] | None:
    """Article offsets of ``who`` when it is the subject of the cue ``token`` in a
    relative clause (``Beck, who said``; ``Beck, who laughed and said``), else None."""
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


def plausible_speaker(token) -> bool:
    """True when a subject token can be someone who speaks (a name, a person or
    group pronoun, a noun for people or organizations), not ``sanctions``."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in PRONOUNS:
        return lower in PRONOUNS_PERSON or lower in PRONOUNS_GROUP or lower == "it"
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = (token.lemma_ or lower).lower()
    return any(w in SPEAKER_NOUNS for w in (lower, lemma)) or _name_word(token)


def _name_word(token) -> bool:
    """True for a word the small model mis-tags (``Trump``/VERB, ``Sanders``/NNS)
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


def _any_speaker(token) -> bool:
    """A looser test for a subject right next to a quote: any noun or name."""
    if token.pos_ in ("NOUN", "PROPN", "NUM") or _name_word(token):
        return True
    if token.pos_ == "PRON":  # "Yet another said, “...”"
        return token.lower_ not in ("it", "this", "that", "what", "which", "who", "there")
    # "said the 46-year-old"
    return token.pos_ == "ADJ" and any(child.dep_ == "det" for child in token.children)
