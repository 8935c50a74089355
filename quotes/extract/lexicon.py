"""The words extraction knows: reporting verbs, nouns for speakers, and the
small closed lists the finders test words against, defined before any code uses them.

Everything here is data plus the functions deriving verb forms from it; nothing
depends on spaCy. The lists are hand-made for English news text. Add a verb by
its lemma: :func:`verb_forms` derives its forms (irregular ones are listed in
:data:`quotes.extract.irregular_verbs.IRREGULAR`).

- Reporting verbs: :data:`SPEECH_VERBS` (a direct quote next to one is speech),
  :data:`COGNITION_VERBS` (beliefs: indirect speech only), :data:`PHRASAL_CUES`
  (``according to``), and the verb classes of indirect speech
  (:data:`CLAUSE_VERBS`, :data:`INTENT_VERBS`, :data:`OBJECT_VERBS`,
  :data:`PREP_VERBS`), whose union is :data:`CUE_VERBS`; :func:`cue_regex`
  matches all of them, so that every sentence holding one is parsed.
- Speakers are in :mod:`quotes.extract.speaker_words` (pronouns, nouns,
  titles) and :mod:`quotes.extract.name_words` (names, places, parties).
- The small lists of the direct-quote finders (words opening a new sentence,
  words showing that a quotation modifies a noun) are in
  :mod:`quotes.extract.direct_quote_words`, time words in
  :mod:`quotes.extract.time_words`.
"""

from __future__ import annotations

from functools import lru_cache

from quotes.extract.irregular_verbs import IRREGULAR

# --- reporting verbs ------------------------------------------------------------------
#: Verbs in the third person a headline puts right after a bare noun for a
#: person (``Judge orders firm to pay ...``, ``Mayor slams budget``): the parser
#: may take them for nouns of the subject, which then ends before them.
HEADLINE_VERB_FORMS = frozenset(
    "orders says tells urges slams warns vows backs blasts defends rejects demands seeks admits"
    " insists sues bans blocks approves denies pledges promises accuses praises threatens"
    " welcomes criticises criticizes condemns announces unveils launches appoints quits hails"
    " fines jails clears frees hits pans dismisses questions".split()
)


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
    marvel gush sigh laugh estimate forecast reveal disclose shoot_back fire_back hit_back
    divulge point_out go_on tell_of write_in say_so call label dub brand term
    characterize characterise threaten decry denounce condemn lambast scold
    rebuke wonder fear hope worry counsel clarify elaborate
    specify outline detail summarize summarise highlight underline underscore
    stipulate affirm aver avow vouch attest swear certify
    confess object protest plead beg implore request interject read chant exhort opine
    """.split()
)

COGNITION_VERBS = frozenset(
    """
    believe think feel know expect assume suspect doubt reckon figure imagine
    consider suppose understand realize realise recognize recognise see hold
    """.split()
)

#: Verbs of seeing, whose clause with a bare infinitive is an act watched (``saw
#: Kobb win``, ``watched him speak``), not a view; but ``see`` in the present
#: tense is a forecast (``Economists see the bank raise rates``).
SEEING_VERBS = frozenset({"see", "notice", "watch"})

#: Verbs of finding and guessing: a report or a poll ``shows`` or ``found`` what
#: follows, a court ``ruled`` it (with the speech and cognition verbs, the
#: :data:`CLAUSE_VERBS`).
FINDING_VERBS = frozenset(
    """
    show find indicate suggest reveal learn hear determine speculate guess notice bet rule
    """.split()
)

#: Records of what was seen: a video ``shows`` what happened, nobody's words.
VISUAL_RECORDS = frozenset(
    """
    video videos footage clip clips photo photos photograph photographs image images
    picture pictures camera cameras livestream screenshot screenshots
    """.split()
)

#: Verbs whose clausal complement is reported speech or a reported belief.
CLAUSE_VERBS = SPEECH_VERBS | COGNITION_VERBS | FINDING_VERBS

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
    remind identify press view nominate deem hail laud pan
    show stress reiterate decline lament lambast extol
    """.split()
)

#: Objects that say how much was said, not what (``said little``, ``said a lot``).
QUANTITY_OBJECTS = frozenset("little much more less lot plenty enough so otherwise".split())

#: Verbs whose object may be a thing taken rather than words (``claimed the
#: title``, ``claimed £3,200 in expenses``), and the objects that are such a thing:
#: what is won, paid out or lost, never a statement (``claimed victory`` and
#: ``claimed responsibility`` are).
TAKING_VERBS = frozenset({"claim"})
TAKEN_OBJECTS = frozenset(
    """
    title titles crown medal medals trophy trophies cup prize prizes point points
    place spot seat seats pole lead scalp gold silver bronze record
    life lives expenses expense benefit benefits allowance allowances compensation
    damages refund refunds money cash payment payments bonus
    """.split()
)
#: Objects of a verb of :data:`TAKING_VERBS` that are a thing taken only when
#: counted or owned (``claimed a 2-1 win``, ``claimed their third win``), and
#: words where bare (``claimed a win for taxpayers``: a victory declared).
COUNTED_WINS = frozenset({"win", "wins"})
#: Ordinal words that count a win taken (``their third win``).
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
#: An object of a verb of :data:`TAKING_VERBS` that is a thing taken only when
#: it is a share of one (``a share of the prize money``), not of credit or blame.
SHARE_OBJECTS = frozenset({"share", "slice", "portion"})
#: Signs of money, whose amount a verb of :data:`TAKING_VERBS` takes (``claimed £4,000``).
MONEY_SIGNS = frozenset("£ $ € ¥".split())

#: Verbs whose object is content only with its predicate (``sees X as Y``, not ``saw the film``).
AS_OBJECT_VERBS = frozenset("see consider regard cast paint characterize characterise".split())
#: Verbs that describe something as what their ``as`` names (``a result Hale
#: described as “a disgrace”``, ``a plan Lund dismissed as a stunt``): that
#: ``as`` is what was said, unlike the ``as`` of another verb (``a plan the
#: mayor announced as part of her budget``).
DESCRIBED_AS_VERBS = AS_OBJECT_VERBS | frozenset(
    """
    describe characterize characterise label brand dub term hail denounce condemn
    dismiss decry view praise criticize criticise slam blast
    """.split()
)
#: Verbs whose short object without a predicate is a call made, not words said
#: (``called 911``, ``called a meeting``; ``called the plan a mess`` is speech).
CALLING_VERBS = frozenset({"call"})
#: Who passes a speaker's words on in another language (``said through an
#: interpreter that ...``): a that-clause after them is what was said, never a
#: relative clause on them.
INTERPRETING_NOUNS = frozenset("interpreter translator".split())

#: Verbs whose prepositional object is the content (``called for X``,
#: ``talked about X``), with the prepositions that introduce it.
PREP_VERBS = {
    "call": ("for", "on"),
    "talk": ("about",),
    "speak": ("about", "of", "against"),
    "refer": ("to",),
    "point": ("to",),
    "apologize": ("for",),
    "apologise": ("for",),
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

#: The verbs of :data:`PREP_VERBS` naming only what words are about or what
#: the speaker was doing, with their prepositions: a participle of one opening
#: the sentence before a verb of saying (``Pointing to the cut, Bell said``,
#: ``Campaigning against Kerr, Lund said``) is no quote of its own, while a
#: speech act there (``Calling for calm``, ``Warning of job losses``) is one.
FRAMING_PREP_VERBS = {
    "point": ("to",),
    "refer": ("to",),
    "comment": ("on",),
    "talk": ("about", "of"),
    "speak": ("about", "of"),
    "campaign": ("for", "against"),
    "vote": ("for", "against"),
    "fight": ("for", "against"),
}

#: Raising verbs: ``the plan seems to work``, ``it appears that ...``: a view
#: given no source (PolNeAR's attributions without a source).
RAISING_VERBS = frozenset({"seem", "appear"})

#: Verbs of saying proper: whoever is their subject is a source (no plausibility check).
SAYING_VERBS = frozenset(
    """
    say tell claim argue insist announce declare state write tweet report warn
    explain acknowledge admit contend maintain assert allege predict complain deny
    confirm respond reply testify vow promise pledge urge believe think suggest
    recall concede emphasize stress charge accuse praise criticize
    """.split()
)

#: Every verb of the indirect-quote finders (:mod:`quotes.extract.indirect`).
CUE_VERBS = (
    CLAUSE_VERBS | INTENT_VERBS | OBJECT_VERBS | AS_OBJECT_VERBS | RAISING_VERBS | frozenset(PREP_VERBS)
)

#: Nouns of speech and stance that carry an indirect attribution when someone
#: holds them (``his claim that``, ``her criticism of``).
INDIRECT_NOUNS = frozenset(
    """
    statement statements criticism criticisms suggestion assertion complaint complaints
    concern concerns speculation call calls endorsement opposition claim claims promise
    promises pledge pledges vow vows warning warnings accusation accusations allegation allegations
    denial denials praise attack attacks critique comment comments remarks view views
    belief fear fears hope hopes demand demands plea proposal proposals request insistence
    argument arguments doubts announcement support contention admission admissions assertions
    assessment assessments prediction predictions assurance assurances objection objections
    """.split()
)
#: Nouns of speech whose ``to`` phrase is what they say (``her opposition to the levy``).
TO_CONTENT_NOUNS = frozenset("opposition objection objections".split())
#: Verbs whose subject voices its own view (``the leaders signaled their support for``).
VOICING_VERBS = frozenset("express voice signal pledge share renew repeat reiterate air".split())
#: Nouns of intention whose ``to`` infinitive is an attributed intention when
#: someone holds them (``his decision to run``, ``Vell's pledge to rebuild``);
#: their other complements (``her decision on the port``) are no attribution.
INTENTION_NOUNS = frozenset(
    """
    decision decisions refusal reluctance desire intention intentions resolve vows pledges proposals threat threats
    """.split()
)
#: Adjectives of belief, hope and intention whose clause or ``to`` infinitive
#: after a copula is a view of the copula's subject (``is confident that``,
#: ``is eager to``).
STANCE_ADJECTIVES = frozenset(
    """
    confident convinced hopeful optimistic pessimistic sure adamant doubtful skeptical
    sceptical eager willing unwilling determined reluctant keen critical supportive wary opposed
    """.split()
)
#: The preposition whose phrase is the content of a stance adjective (``critical of X``).
STANCE_ADJECTIVE_PREPOSITIONS = {
    "critical": "of",
    "supportive": "of",
    "skeptical": "of",
    "sceptical": "of",
    "wary": "of",
    "opposed": "to",
}
#: Every noun that can carry an indirect attribution its holder makes.
HELD_NOUNS = INDIRECT_NOUNS | INTENTION_NOUNS

#: Nouns of a share of the people a poll asked (``74 percent``, ``a majority``,
#: ``two-thirds``): a group, never one person.
SHARE_NOUNS = frozenset("percent % majority minority half third thirds quarter quarters".split())
#: Words of such a share, with the determiners that count people (``most voters``).
SHARE_WORDS = SHARE_NOUNS | frozenset("most many few some all none".split())
#: Documents that speak through ``in``: ``In a poll released Monday, 50 percent...``.
POLL_NOUNS = frozenset("poll polls survey surveys study studies report analysis census".split())
#: Nouns of a view that speaks through ``in`` and its holder: ``In Kobb's view, the fares ...``.
VIEW_NOUNS = frozenset("view opinion estimation".split())

#: Renderings of someone's own words (``according to a translation released by
#: the agency``): no source of their own, the words stay the speaker's.
RENDERING_NOUNS = frozenset("translation translations transcript transcripts recording recordings".split())

#: A verb of speech and a particle that make another verb (``the strike would
#: not be called off``: cancelled; ``called up`` to a squad): no cue.
OTHER_PHRASAL_VERBS = frozenset({"call off", "call up"})
#: Multi-word cues.
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

_VOWELS = "aeiou"


#: Prefixes written before a verb with a hyphen (``re-opened``, ``co-founded``,
#: ``pre-ordered``): spaCy's tokenizer splits the word at the hyphen and the
#: parse then takes the halves for clauses of their own.
HYPHENED_VERB_PREFIXES = ("re", "pre", "co", "de", "mis", "over", "under", "out")
#: Prefixes written with a capital and a hyphen before a past participle opening
#: a sentence (``Cross-examined by her barrister, Ada Lorne said``, ``Re-elected in
#: May, ...``): split, the parse takes the prefix for the sentence's subject.
OPENING_HYPHENED_VERB_PREFIXES = ("Cross", "Re")
#: Endings of the participles the tokenizer keeps whole after such a prefix
#: (``re-tweeting`` is a form of ``tweet``; the noun ``co-founder`` is split).
WHOLE_PARTICIPLE_ENDINGS = ("ed", "ing")


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The lemma and its inflected forms (``warn`` -> warn, warns, warned, warning).

    Phrasal lemmas use ``_`` between words (``point_out``): only the verb is
    inflected."""
    head, _, particle = lemma.partition("_")
    if lemma in IRREGULAR:
        return (lemma.replace("_", " "), *IRREGULAR[lemma])
    forms: list[str]
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


def _forms_to_lemmas(lemmas: frozenset[str]) -> dict[str, str]:
    """Every inflected form of the single-word ``lemmas``, mapped to its lemma."""
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        if "_" in lemma:
            continue
        for form in verb_forms(lemma):
            forms.setdefault(form, lemma)
            if form.endswith(WHOLE_PARTICIPLE_ENDINGS):
                for prefix in HYPHENED_VERB_PREFIXES:
                    forms.setdefault(f"{prefix}-{form}", lemma)
    return forms


#: Verbs of asking: who is asked (``Kobb was asked whether ...``) did not say the question.
ASKING_VERBS = frozenset({"ask", "question", "press", "quiz"})

#: Verbs of citing (and their forms): in a participle clause (``an email, cited in the filing,``)
#: the one cited is the clause's subject, and the citer is not named there.
CITING_VERBS = frozenset({"cite", "quote", "mention", "report"})
CITING_FORMS = _forms_to_lemmas(CITING_VERBS)

#: Verbs of performing words: what is chanted or sung is a chant or a lyric, not a statement.
PERFORMING_VERBS = frozenset({"chant", "sing", "hum", "recite"})

#: Participles of verbs of telling someone to act, which a headline writes
#: for a passive (``residents told to 'stay home'``, ``Mayor urged to
#: 'step aside'``): the noun before them is who was told, not who spoke.
INSTRUCTED_PARTICIPLES = frozenset(
    "told urged asked warned ordered advised encouraged instructed pressed begged".split()
)
#: Verbs whose object quoted whole is a partial quote of their subject (``The
#: company blamed “softer demand”``): :data:`OBJECT_VERBS` but those whose
#: object is a name, a person or a thing rather than words, and those of
#: rejecting, mocking or voting on, whose quoted object is most often the other
#: side's words or a measure's name (``Critics mocked “the people's budget”``,
#: ``The union rejected “our final offer”``, ``Voters approved “question 2”``).
QUOTED_OBJECT_VERBS = OBJECT_VERBS - frozenset(
    """
    call name list unveil present nominate thank congratulate show
    remember identify press view deem liken remind ask retweet tweet quote
    mock ridicule deride reject dispute deny dismiss question challenge approve
    """.split()
)

#: Every inflected form of a verb of asking (``asked``), and of performing
#: words (``chanted``, ``sang``), mapped to its lemma.
#: Words that end who put a question (``Asked by reporters for his reaction,``,
#: ``Asked by a reporter about the delay,``): what or when they asked follows;
#: where they stood does not (``Asked by nurses outside the hospital,``).
ASKED_BY_BREAKS = frozenset(
    "about on over for if whether why how what when where who to at during after".split()
)
ASKING_FORMS = _forms_to_lemmas(ASKING_VERBS)
#: The verbs of answering, and their forms (``she answered``): whoever answers was asked.
ANSWERING_VERBS = frozenset({"answer", "reply", "respond"})
ANSWERING_FORMS = _forms_to_lemmas(ANSWERING_VERBS)
#: Verbs of answering anything, whose ``with`` phrase is the answer given
#: (``responded with lawyers arguing``).
RESPONSE_VERBS = ANSWERING_VERBS | frozenset({"retort", "react", "counter"})
#: Forms of the verbs of voting: what a vote approves is no one's words.
VOTING_FORMS = _forms_to_lemmas(frozenset({"vote", "elect"}))
PERFORMING_FORMS = _forms_to_lemmas(PERFORMING_VERBS)
#: Every form of a verb of :data:`QUOTED_OBJECT_VERBS` (``blamed``), mapped to its lemma.
QUOTED_OBJECT_FORMS = _forms_to_lemmas(QUOTED_OBJECT_VERBS)
#: Forms of the verbs whose object is whom the words were said to, never an
#: inverted speaker (``“...,” Kobb, 58, told The Associated Press``; ``asked
#: Kobb`` may be one).
ADDRESSING_FORMS = _forms_to_lemmas(frozenset({"tell", "inform", "assure", "remind", "advise", "notify"}))
#: Every form of a verb of voicing (``signaled``, ``voices``): ``signaled their support for``.
VOICING_FORMS = _forms_to_lemmas(VOICING_VERBS)


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Every inflected form of a speech verb, mapped to its lemma (single words only)."""
    return _forms_to_lemmas(SPEECH_VERBS)


@lru_cache(maxsize=1)
def cue_verb_forms() -> dict[str, str]:
    """Inflected form -> lemma for every cue verb (the pipeline's lemmatizer is off)."""
    return _forms_to_lemmas(CUE_VERBS)


@lru_cache(maxsize=1)
def phrasal_cue_forms() -> dict[str, str]:
    """Every inflected form of the multi-word cue verbs (``pointed out``) -> lemma (``point_out``)."""
    return {form: lemma for lemma in sorted(CUE_VERBS) if "_" in lemma for form in verb_forms(lemma)}


@lru_cache(maxsize=1)
def phrasal_cue_openings() -> frozenset[str]:
    """What may stand before a space in a form of :func:`phrasal_cue_forms`
    (``pointed`` of ``pointed out``): the only words a phrasal cue opens on."""
    return frozenset(form[:at] for form in phrasal_cue_forms() for at, c in enumerate(form) if c == " ")


@lru_cache(maxsize=1)
def phrasal_speech_forms() -> frozenset[str]:
    """Every inflected form of the multi-word speech verbs (``went on``, ``points out``)."""
    return frozenset(form for lemma in SPEECH_VERBS if "_" in lemma for form in verb_forms(lemma))


def is_speech_verb(lemma: str) -> bool:
    """True when ``lemma`` (a spaCy lemma, any case: the stance features parse
    with the lemmatizer) is a reporting verb."""
    return lemma.lower() in SPEECH_VERBS


# --- the people of an organisation -----------------------------------------------------

#: Plural nouns for a body's unnamed people whose words are the body's when it
#: is named with them: ``Analysts at Harlow Capital said``, ``A team of
#: observers from the Coastal States Forum said``, ``Its strategists said``
#: after ``Tessel Bank``. Not ``staff`` or ``workers``, who may speak against
#: their employer (``Staff at Dunlow Dairies said they had not been paid``).
STAFF_OF_BODY_NOUNS = frozenset("analysts strategists economists observers monitors".split())
#: Nouns for a group of a body's people, the body's only when made of people
#: of :data:`STAFF_OF_BODY_NOUNS` (``A team of observers from``; not ``The
#: surgical team at Kestrel Infirmary``) or named by a business (``the Pellow team``).
STAFF_GROUP_NOUNS = frozenset({"team"})
#: Nouns of a person's ties to someone, not of a post (``Her neighbour, Marta
#: Quental,`` may be ``the schoolteacher``), with a possessive before them.
TIE_NOUNS = frozenset("neighbour neighbor friend colleague classmate flatmate roommate".split())
#: Verbs by which records tell what someone did (``The messages show founder
#: Jon Marsk urging``): a post right after them has no owner.
RECORD_SHOWING_VERBS = frozenset("show reveal indicate".split())
#: Nouns for one unnamed person whose words are the body's they speak for
#: when it is named with them: ``A spokeswoman for the Vell Government said``.
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())

#: Words that set a document against another (``But a separate paper reached a
#: different view``, ``found the opposite``): a document named near one
#: described without its maker is another one then.
OTHER_DOCUMENT_WORDS = frozenset(
    "but however yet although though whereas unlike separate different another other earlier previous "
    "rival opposite contrary disagree disagrees disagreed dispute disputes disputed contradicts".split()
)
