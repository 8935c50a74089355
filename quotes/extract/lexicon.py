"""The words extraction knows: reporting verbs, nouns for speakers, and the
small closed lists the finders test words against, defined before any code uses them.

Everything here is data plus the functions deriving verb forms from it; nothing
depends on spaCy. The lists are hand-made for English news text. Add a verb by
its lemma: :func:`verb_forms` derives its forms (irregular ones are listed in
:data:`IRREGULAR`).

- Reporting verbs: :data:`SPEECH_VERBS` (a direct quote next to one is speech),
  :data:`COGNITION_VERBS` (beliefs: indirect speech only), :data:`PHRASAL_CUES`
  (``according to``), and the verb classes of indirect speech
  (:data:`CLAUSE_VERBS`, :data:`INTENT_VERBS`, :data:`OBJECT_VERBS`,
  :data:`PREP_VERBS`), whose union is :data:`CUE_VERBS`; :func:`cue_regex`
  matches all of them, so that every sentence holding one is parsed.
- Speakers: pronouns, head nouns of people, groups, organizations and
  documents, title words (the words of names, places and parties are in
  :mod:`quotes.extract.name_words`).
- The small lists of the direct-quote finders: time words, words opening a new
  sentence, words showing that a quotation modifies a noun.
"""

from __future__ import annotations

from functools import lru_cache

# --- reporting verbs ------------------------------------------------------------------

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
    rebuke wonder fear hope worry counsel clarify elaborate
    specify outline detail summarize summarise highlight underline underscore
    stipulate affirm aver avow vouch attest swear certify
    confess object protest plead beg implore
    request interject read chant exhort opine
    """.split()
)

COGNITION_VERBS = frozenset(
    """
    believe think feel know expect assume suspect doubt reckon figure imagine
    consider suppose understand realize realise recognize recognise see hold
    """.split()
)

#: Verbs of finding and guessing: a report or a poll ``shows`` or ``found`` what
#: follows (with the speech and cognition verbs, the :data:`CLAUSE_VERBS`).
FINDING_VERBS = frozenset(
    """
    show find indicate suggest reveal learn hear determine speculate guess notice bet
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
    show stress reiterate decline
    """.split()
)

#: Verbs whose object is content only with its predicate (``sees X as Y``, not ``saw the film``).
AS_OBJECT_VERBS = frozenset("see consider regard cast paint".split())
#: Verbs whose short object without a predicate is a call made, not words said
#: (``called 911``, ``called a meeting``; ``called the plan a mess`` is speech).
CALLING_VERBS = frozenset({"call"})

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
    promises pledge vow warning warnings accusation accusations allegation allegations
    denial denials praise attack attacks critique comment comments remarks view views
    belief fear fears hope hopes demand demands plea proposal request insistence
    argument arguments doubts announcement support
    """.split()
)

#: Documents that speak through ``in``: ``In a poll released Monday, 50 percent...``.
POLL_NOUNS = frozenset("poll polls survey surveys study studies report analysis census".split())

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
    "cast": ("casts", "casting"),
    "seek": ("seeks", "sought", "seeking"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
}

_VOWELS = "aeiou"


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
    return forms


#: Verbs of asking: who is asked (``Kobb was asked whether ...``) did not say the question.
ASKING_VERBS = frozenset({"ask", "question", "press", "quiz"})

#: Verbs of performing words: what is chanted or sung is a chant or a lyric, not a statement.
PERFORMING_VERBS = frozenset({"chant", "sing", "hum", "recite"})

#: Every inflected form of a verb of asking (``asked``), and of performing
#: words (``chanted``, ``sang``), mapped to its lemma.
ASKING_FORMS = _forms_to_lemmas(ASKING_VERBS)
#: Forms of the verbs of voting: what a vote approves is no one's words.
VOTING_FORMS = _forms_to_lemmas(frozenset({"vote", "elect"}))
PERFORMING_FORMS = _forms_to_lemmas(PERFORMING_VERBS)
#: Forms of the verbs whose object is whom the words were said to, never an
#: inverted speaker (``“...,” Kobb, 58, told The Associated Press``; ``asked
#: Kobb`` may be one).
ADDRESSING_FORMS = _forms_to_lemmas(frozenset({"tell", "inform", "assure", "remind", "advise", "notify"}))


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
def phrasal_speech_forms() -> frozenset[str]:
    """Every inflected form of the multi-word speech verbs (``went on``, ``points out``)."""
    return frozenset(form for lemma in SPEECH_VERBS if "_" in lemma for form in verb_forms(lemma))


def is_speech_verb(lemma: str) -> bool:
    """True when ``lemma`` (a spaCy lemma, any case: the stance features parse
    with the lemmatizer) is a reporting verb."""
    return lemma.lower() in SPEECH_VERBS


# --- speakers ----------------------------------------------------------------------------

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})

PRONOUNS_GROUP = frozenset({"they", "we", "them", "us"})

PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"it", "you", "who", "which", "that"}

#: Pronouns that are never a subject, so never who speaks.
OBJECT_PRONOUNS = frozenset({"them", "him", "me", "us", "whom", "themselves", "himself", "herself"})

#: The writer's own pronouns: outside a quotation they stand for the author,
#: never for someone the article names.
FIRST_PERSON = frozenset({"i", "me", "we", "us"})

DETERMINERS = ("the ", "a ", "an ", "The ", "A ", "An ")
#: Possessive determiners of a person (``his lawyer``).
OWNED = ("his ", "her ", "their ")

#: Pronouns that open a relative clause (``Venn, who said``).
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
#: Subjects that stand for no one (``it was reported``, ``there were claims``).
EXPLETIVES = frozenset({"it", "there"})

#: Head nouns of organizations and institutions.
ORG_HEADS = frozenset(
    """
    ministry agency office staff department government military administration council
    committee institute institution company firm university school center centre
    commission bureau police army navy force forces court parliament congress senate
    house party campaign group organization organisation union association board bank
    service services network newspaper paper magazine channel station embassy mission
    regime cabinet chiefs command corporation foundation fund team league club
    authority authorities kcna agency's white_house pentagon kremlin
    research studies affairs sciences securities equities laboratory hospital clinic
    library museum
    """.split()
)

#: Bodies named by a phrase whose head word alone is a person (a guard, a guard corps).
ORG_PHRASES = ("coast guard", "national guard", "guard corps", "border force")


#: Documents that can be the source of an attribution (the report said).
SOURCE_NOUNS = frozenset(
    """
    report statement study survey poll document memo filing complaint lawsuit
    indictment ruling analysis review letter release data figures estimate
    headline message tweet email ad advertisement website site editorial article
    piece column story book transcript caption sign banner page blog video clip
    commercial note post notice announcement
    agreement affidavit motion warrant records papers documents minutes
    """.split()
)


#: Head nouns of unnamed people (a senior official, the spokesman).
PERSON_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson source aide adviser advisor expert
    analyst professor researcher scholar diplomat minister secretary president
    leader director chairman chairwoman chair chief officer member lawmaker senator
    representative governor mayor ambassador envoy negotiator executive manager
    employee worker resident witness observer commentator economist lawyer attorney
    judge prosecutor investigator doctor scientist student teacher author writer
    reporter journalist editor critic insider strategist consultant pollster
    candidate nominee voter supporter opponent activist protester veteran general
    commander colonel soldier man woman person fellow head founder ceo
    host anchor businessman businesswoman mother father wife husband son daughter
    brother sister actress actor singer star player owner boss partner friend
    neighbor neighbour customer driver nurse farmer pastor priest chaplain
    historian organizer organiser campaigner delegate mogul
    billionaire congressman congresswoman councilman councilwoman commissioner
    sheriff staffer volunteer survivor victim fan attendee caller
    child kid boy girl teen teenager user reader viewer listener participant
    entrepreneur investor trader banker blogger columnist
    """.split()
)


#: Nouns for someone a story does not name (``the spokesman said``): such a
#: mention stands for a person named earlier only when the article gave them
#: that role, unlike ``the singer`` or ``the future President``.
UNNAMED_SOURCE_NOUNS = frozenset(
    "official spokesman spokeswoman spokesperson source aide officer representative diplomat "
    "insider person staffer member employee witness man woman".split()
)

#: Plural heads of groups of people.
GROUP_NOUNS = frozenset(
    """
    officials experts analysts sources observers critics officers diplomats lawmakers
    researchers scholars residents witnesses economists watchers people leaders
    members supporters opponents activists protesters voters aides advisers advisors
    scientists doctors authorities investigators prosecutors lawyers reporters
    commentators strategists insiders students workers employees republicans
    democrats conservatives liberals pollsters americans others many some
    crowd audience demonstrators marchers fans delegates authors writers editors
    organizers organisers parents teachers players coaches owners
    sisters brothers twins siblings relatives families neighbors neighbours friends
    """.split()
)

#: Words that make a mention anonymous when unnamed (a senior official).
ANONYMOUS_MARKERS = ("a ", "an ", "one ", "unidentified ", "unnamed ", "anonymous ", "another ")


#: Titles of office and rank written abbreviated before a name (``Sen. Ola
#: Ruud``, ``Dr Kobb``), without their full stop.
ABBREVIATED_TITLES = tuple("Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Adm Rev".split())

#: Courtesy titles, each with the gender it gives (``Ms. Ray``).
COURTESY_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}

#: Nouns that tell a person's gender when the name stands in apposition right
#: after them (``Her husband, Peter Allan,``), each with that gender.
GENDERED_NOUNS = {
    **dict.fromkeys(
        "husband son father brother grandson grandfather uncle nephew widower boyfriend".split(), "m"
    ),
    **dict.fromkeys(
        "wife daughter mother sister granddaughter grandmother aunt niece widow girlfriend".split(), "f"
    ),
}

#: Titles a mention is looked up without (``Mr. Kobb`` is ``Kobb``).
DROPPED_TITLES = (*COURTESY_TITLES, "Dr", "Prof")

#: Months abbreviated before a day (``Nov. 13``): their full stop ends no sentence.
MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

#: Words whose full stop ends no sentence: the titles written with one (not
#: ``Miss``), plural ones (``Sens. Ola Ruud and Ansel Kobb``: no title of one
#: person), ``St.``, ``Jr.``, ``Sr.``, ``vs.``, ``No. 5`` and the months. Single capitals
#: (initials) are left to the patterns built from this (:mod:`quotes.extract.patterns`).
ABBREVIATIONS = (*ABBREVIATED_TITLES, *"Mr Mrs Ms Sens Reps St Jr Sr vs No".split(), *MONTH_ABBREVIATIONS)

#: Irregular past tenses that open a sentence's predicate after its subject's
#: name (``Karl Moen, laid out his plans.``), never a role (not ``left``, ``set``:
#: ``left back``, ``set designer``).
IRREGULAR_PAST = frozenset(
    """laid made took gave went came led won lost spent sent met held kept got saw ran wrote
    spoke brought thought found built began became drew fell felt paid sold stood struck threw
    told said did had was were wept sat slept rose sang swam knew grew flew hid fought caught
    taught sought bought heard shook broke chose drove ate forgot hung meant rode rang sank
    stole swore tore woke wore fled froze knelt withdrew overcame underwent""".split()
)

#: Lower-case particles inside a person's name (``Ingrid van der Berg``, ``Ana de la Cruz``).
NAME_PARTICLES = tuple("van von der den de du da di del della dos das la bin ibn".split())

#: Title words that can precede a name (Harbour Secretary of State Ansel Kobb).
TITLE_WORDS = frozenset(
    """
    secretary president minister leader spokesman spokeswoman chairman chairwoman
    senator representative governor mayor ambassador envoy director
    general chief judge justice prime premier chancellor king queen prince
    princess speaker commander official adviser advisor professor doctor
    deputy vice head founder ceo chair lawmaker attorney candidate nominee
    councillor councilor councilman councilwoman commissioner inspector sheriff
    superintendent rabbi bishop pastor reverend father sister
    coach manager captain admiral colonel lieutenant sergeant
    """.split()
) | {title.lower() + "." for title in ABBREVIATED_TITLES}


#: Nouns that can head the mention of a speaker.
SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_HEADS | SOURCE_NOUNS
#: Common nouns that can head a source besides the person, group, organization
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

#: Nouns that can head the source of an indirect quote.
SOURCE_HEAD_NOUNS = SPEAKER_NOUNS | SOURCE_HEADS
#: Events and acts, which say nothing even with a name before them
#: (``Pyongyang's latest provocation that threatens ...``, ``Kobb's veto shows``).
EVENT_NOUNS = frozenset(
    """provocation provocations failure performance veto donations operation refusal ambitions
    launch launches move decision attack attacks test tests strike strikes outreach""".split()
)
#: Endings of nouns for people (``actress``, ``businessman``, ``strategist``).
PERSON_SUFFIXES = (
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

#: Capitalised words that head a line without naming a speaker (``Watch Video:``).
NOT_SPEAKERS = frozenset(
    "Watch Video Update UPDATE Exclusive EXCLUSIVE Breaking BREAKING Opinion Editorial Analysis Note Photos Listen Read Related Source Sources Transcript Editor".split()
)
#: Words that do not start a speaker's name: those, and the articles.
NOT_A_SPEAKER_START = NOT_SPEAKERS | {"The", "A", "An"}

#: First words (lower case) of a headline's label before a colon, not of a source
#: (``Watch: ...``, ``Revealed: ...``, ``BOOM: ...``).
NOT_HEADLINE_SOURCES = frozenset(
    """watch video update exclusive breaking opinion editorial analysis note photos listen
    read related source sources transcript editor live latest the review report q a timeline
    explainer fact check correction podcast notice look boom wow revealed busted bombshell
    shocking""".split()
)

#: Words that stand for a person after an inverted cue (“...,” tweeted another.)
INDEFINITE_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several"})

#: Days, months and times: a word of these next to a cue says when, not who.
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    morning afternoon evening night week weekend month year january february march april may june
    july august september october november december""".split()
)
#: Months as a date writes them before a day (``Nov. 13``, ``March 4``).
MONTH_WORDS = frozenset(
    {month.lower() for month in MONTH_ABBREVIATIONS}
    | set("january february march april may june july august september october november december".split())
)


# --- direct quotes -----------------------------------------------------------------------

#: Words that open a new sentence after a quote, never its attribution.
NEW_SENTENCE_OPENERS = frozenset({"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Then", "Or"})

#: Cues that attribute only what comes before them (``"...," he continued``).
AFTER_ONLY_CUES = frozenset({"continue", "continues", "continued", "continuing"})

#: Nouns of a statement, which is not a speaker (who made it is).
STATEMENT_NOUNS = frozenset({"statement", "statements", "communique", "communiqué", "declaration"})

#: Words after a closing mark that show the quotation is not modifying a noun
#: (``the “no-deal” summit`` modifies one, ``“no deal” and more`` does not).
NOT_A_NOUN_AFTER_QUOTE = frozenset(
    """
    and or but on in for to of with at by from as that which who is was are were
    said says he she they it the a
    """.split()
)
#: Words that cannot end a content: the quotation after them completes the clause.
NEEDS_MORE = frozenset(
    "is are was were be been being am a an the of as to for with by very so too "
    "than about into on at from this these those".split()
)
