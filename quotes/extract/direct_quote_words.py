"""The small closed lists the direct-quote finders test words against
(data only, hand-made for English news text): words opening a new sentence
after a quote, cues that attribute only what comes before them, words
showing whether a quotation modifies a noun, modal, auxiliary and linking
verbs, words that cannot end a content, words only a sports story writes,
words and verbs that give a person a post, and the verbs by which a
document grades something. The reporting verbs are in
:mod:`quotes.extract.lexicon`."""

from __future__ import annotations

#: Words that open a new sentence after a quote, never its attribution.
NEW_SENTENCE_OPENERS = frozenset({"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Then", "Or"})

#: Cues that attribute only what comes before them (``"...," he continued``).
AFTER_ONLY_CUES = frozenset({"continue", "continues", "continued", "continuing"})
#: Verbs showing a person saying quoted words at that moment, as a paragraph
#: after them opens (``Ada Lind says it quietly``, ``Tom Venn recalls.``).
SAYING_NOW_VERBS = frozenset(
    "says said recalls recalled explains explained admits admitted insists insisted remembers remembered".split()
)
#: Nouns of a source phrase whose owner speaks (``by her own account, “...”``,
#: ``by Kobb's own admission``).
ACCOUNT_NOUNS = frozenset({"account", "admission"})

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
#: Words opening an adverbial phrase before a sentence's subject (``Unlike the
#: mayor, ``, ``In a letter to the council, ``, ``On behalf of the governor, ``):
#: the noun phrase after them is never in apposition to the name after the comma.
PHRASE_OPENERS = frozenset(
    "like unlike in on for to with at by from after before about against despite "
    "besides beside behind among following including per".split()
)
#: Modal verbs: a clause holding one tells what is yet to happen or may
#: (``will have to choose``, ``could lose``).
MODAL_VERBS = frozenset("will would shall should must may might can could".split())
#: Modals of possibility: a hedge (``could lose``), a supposition (``you might think``).
HEDGE_MODALS = frozenset({"may", "might", "could", "would"})
#: The modals and the auxiliaries of English: a clause that ends on one awaits its
#: verb or predicate (``the board would “...”``, ``he was “...”``).
AUXILIARY_VERBS = MODAL_VERBS | frozenset("do does did is are was were am be been has have had".split())
#: Linking verbs that, like an auxiliary, can open a main clause's predicate
#: after a relative clause (``the unit, which Brisk reports, remains “...”``).
LINKING_VERBS = frozenset(
    "remains remained seems seemed looks looked appears appeared becomes became".split()
)
#: Nouns ending in ``-ly`` that can head a speaker (``the family``, ``the
#: daily``); any other lower-case word in ``-ly`` is an adverb the small model
#: mis-tags (``what the listing coyly called``), never a speaker.
LY_NOUNS = frozenset(
    "ally assembly bully daily weekly monthly quarterly fortnightly biweekly family elderly monopoly "
    "rally tally supply reply anomaly homily panoply butterfly".split()
)
#: Words that cannot end a content: the quotation after them completes the clause.
NEEDS_MORE = frozenset(
    "is are was were be been being am a an the of as to for with by very so too "
    "than about into on at from this these those".split()
)
#: Words only a sports story writes of a team (``fired their coach``, ``lost
#: the game``): a sentence opening on ``The Harbor Hawks`` with one of them
#: names a team; without one it may name mountains, lights, a party or a family.
SPORT_WORDS = frozenset(
    """
    coach coaches coached game games match matches season seasons league playoff playoffs
    roster quarterback pitcher striker goalkeeper midfielder stadium tournament championship
    fixture fixtures derby innings touchdown touchdowns goal goals scored
    """.split()
)
#: Words that give a person the post written right after them (``elected
#: mayor``, ``has led Kellport as mayor``, ``became principal``).
POST_GIVING_WORDS = ("elected", "re-elected", "named", "appointed", "became", "becomes", "become", "as")
#: Verbs that give a person a post of local and sports news by doing it
#: (``Dag Holm has managed Tessel Rovers`` is the manager).
POST_VERBS = {
    "manager": ("manage", "manages", "managed", "managing"),
    "coach": ("coaches", "coached", "coaching"),
    "captain": ("captains", "captained", "captaining"),
    "referee": ("refereed", "refereeing"),
}

#: Verbs by which a document grades or names something (``a review had rated it
#: “poor”``, ``the audit described them as “...”``): the words after them are the document's.
RATING_FORMS = frozenset(
    "rated rates called calls described describes labelled labeled labels termed terms deemed deems "
    "classed classified graded grades judged judges branded brands dubbed dubs".split()
)
