"""The reporting-verb lexicon: words that introduce who said what.

Shared by the direct-quote engine (:mod:`quotes.extract.engine`) and the indirect-quote
engine (:mod:`quotes.extract.indirect`). Add entries to the sets below; every form of a
verb is derived from its lemma by :func:`verb_forms` (irregular forms are listed
in ``IRREGULAR``).

- ``SPEECH_VERBS``: verbs that introduce a quotation (``said``, ``told``,
  ``warned``...): a direct quote next to one of them is speech.
- ``COGNITION_VERBS``: verbs of belief that introduce indirect speech only
  (``believes``, ``thinks``).
- ``INDIRECT_VERBS``: verbs of intention, stance and finding (``wants to``,
  ``endorsed``, ``polls show``) that introduce indirect attributions only.
- ``INDIRECT_NOUNS``: nouns of speech and stance (``his claim that``).
- ``PHRASAL_CUES``: multi-word cues (``according to``, ``in the words of``...).
- ``NOUN_CUES``: nouns that carry speech (``statement``, ``interview``...).
"""

from __future__ import annotations

import re
from functools import lru_cache

SPEECH_VERBS = frozenset(
    """
    say tell add state explain note write argue warn claim insist ask reply respond
    answer declare announce report suggest acknowledge admit contend maintain predict
    complain concede confirm deny describe emphasize emphasise stress recall remark
    observe comment continue conclude urge tweet post testify vow promise pledge
    assert allege joke quip muse recount repeat reiterate whisper shout yell scream
    cite caution counter retort concur agree disagree criticize criticise accuse
    praise blast slam charge boast brag lament mention indicate signal hint inform
    assure reassure advise recommend propose demand proclaim mutter exclaim grumble
    marvel gush sigh laugh estimate forecast reveal disclose
    divulge point_out go_on tell_of write_in say_so call label dub brand term
    characterize characterise threaten decry denounce condemn lambast scold
    rebuke wonder fear hope worry caution counsel clarify elaborate
    specify outline detail summarize summarise highlight underline underscore
    recommend stipulate assert affirm aver avow vouch attest swear certify
    announce recount conclude
    acknowledge confess concede object protest plead beg implore
    request interject read chant exhort opine
    """.split()
)

COGNITION_VERBS = frozenset(
    """
    believe think feel know expect assume suspect doubt reckon figure imagine
    consider suppose understand realize realise recognize recognise see hold
    """.split()
)

#: Verbs that introduce indirect attributions only: intentions (``wants to``),
#: stances (``endorsed``, ``criticized``) and findings (``polls show``). Used by
#: :mod:`quotes.extract.indirect`; :func:`cue_regex` matches them so their sentences get parsed.
INDIRECT_VERBS = frozenset(
    """
    show find indicate suggest reveal learn hear determine speculate guess notice
    bet want plan seek refuse decline intend offer call wish prefer aim encourage
    endorse support oppose back defend dismiss reject question attack blame favor
    favour applaud welcome mock ridicule challenge dispute request express
    advocate apologise apologize approve assail bemoan campaign celebrate champion
    congratulate deride discuss document echo embrace fight focus imply invoke
    knock lash liken list lobby name point portray present push quote rail refer
    reference remember retweet side speak talk thank tout unveil voice vote weigh
    remind identify press view nominate deem hail laud pan order decide convince
    distance balk
    """.split()
)

#: Nouns of speech and stance that carry an indirect attribution when someone
#: holds them (``his claim that``, ``her criticism of``): used by
#: :mod:`quotes.extract.indirect` and matched by :func:`cue_regex`.
INDIRECT_NOUNS = frozenset(
    """
    statement statements criticism criticisms suggestion assertion complaint complaints
    concern concerns speculation call calls endorsement opposition claim claims promise
    promises pledge vow warning warnings accusation accusations allegation allegations
    denial denials praise attack attacks critique comment comments remarks view views
    belief fear fears hope hopes demand demands plea proposal request insistence
    argument arguments doubts announcement support
    """.split()
)

PHRASAL_CUES = (
    "according to",
    "in the words of",
    "as quoted by",
    "quoted as saying",
    "in a statement",
    "in an interview",
    "in a interview",
    "in remarks",
    "in a speech",
    "in a tweet",
    "in a post",
    "in a letter",
    "in an email",
    "in an op-ed",
    "told reporters",
    "said in a statement",
)

NOUN_CUES = frozenset(
    """
    statement interview remarks remark speech tweet post letter email op-ed
    testimony announcement comment comments briefing press_conference report
    words message
    """.split()
)

IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "hold": ("holds", "held", "holding"),
    "see": ("sees", "saw", "seen", "seeing"),
    "understand": ("understands", "understood", "understanding"),
    "find": ("finds", "found", "finding"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "go_on": ("goes on", "went on", "going on", "gone on"),
    "put": ("puts", "putting"),
    "forecast": ("forecasts", "forecasting"),
    "broadcast": ("broadcasts", "broadcasting"),
    "begin": ("begins", "began", "begun", "beginning"),
    "lambast": ("lambasts", "lambasted", "lambasting"),
    "grant": ("grants", "granted", "granting"),
    "counsel": ("counsels", "counseled", "counselled", "counseling"),
    "signal": ("signals", "signaled", "signalled", "signaling", "signalling"),
    "label": ("labels", "labeled", "labelled", "labeling", "labelling"),
    "quip": ("quips", "quipped", "quipping"),
    "plead": ("pleads", "pleaded", "pled", "pleading"),
    # a doubled final consonant (admitted, not "admited")
    "admit": ("admits", "admitted", "admitting"),
    "concur": ("concurs", "concurred", "concurring"),
    "refer": ("refers", "referred", "referring"),
    "prefer": ("prefers", "preferred", "preferring"),
    "plan": ("plans", "planned", "planning"),
    "slam": ("slams", "slammed", "slamming"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "pan": ("pans", "panned", "panning"),
    "bet": ("bets", "betting"),
}

_VOWELS = "aeiou"


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The lemma and its inflected forms (``warn`` -> warn, warns, warned, warning).

    Phrasal lemmas use ``_`` between words (``point_out``): only the verb is
    inflected."""
    head, _, particle = lemma.partition("_")
    if lemma in IRREGULAR:
        forms = (lemma.replace("_", " "),) + IRREGULAR[lemma]
        return tuple(forms)
    if head.endswith("e"):
        forms = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = [head, head + "es", head + "ed", head + "ing"]
    else:
        forms = [head, head + "s", head + "ed", head + "ing"]
        if head in IRREGULAR:
            forms = [head, *IRREGULAR[head]]
    if particle:
        particle = particle.replace("_", " ")
        forms = [f"{form} {particle}" for form in forms]
    return tuple(forms)


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Every inflected form of a speech verb, mapped to its lemma (single words only)."""
    forms: dict[str, str] = {}
    for lemma in sorted(SPEECH_VERBS):
        if "_" in lemma:
            continue
        for form in verb_forms(lemma):
            forms.setdefault(form, lemma)
    return forms


@lru_cache(maxsize=1)
def phrasal_speech_forms() -> frozenset[str]:
    """Every inflected form of the multi-word speech verbs (``went on``, ``points out``)."""
    return frozenset(form for lemma in SPEECH_VERBS if "_" in lemma for form in verb_forms(lemma))


def is_speech_verb(lemma: str) -> bool:
    """True when ``lemma`` (a spaCy lemma, any case) is a reporting verb."""
    return lemma.lower() in SPEECH_VERBS


def is_cognition_verb(lemma: str) -> bool:
    """True when ``lemma`` is a verb of belief that can introduce indirect speech."""
    return lemma.lower() in COGNITION_VERBS


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern[str]:
    """A regex matching any form of a speech verb or a phrasal cue as a whole
    word: the cheap pass that finds candidate sentences. Verbs match in lower
    case (or capitalised at a sentence start), so that nouns in names
    (``United States``, ``State Department``) do not make a sentence a candidate."""
    words = set(speech_forms())
    words.update(c for c in PHRASAL_CUES)
    for lemma in INDIRECT_VERBS | COGNITION_VERBS:
        words.update(verb_forms(lemma))
    words.update(INDIRECT_NOUNS)
    words.update(w[:1].upper() + w[1:] for w in list(words) if " " in w or w in ("said", "says", "asked"))
    alternatives = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alternatives) + r")\b")
