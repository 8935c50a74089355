"""The forms of the reporting verbs that :func:`quotes.extract.lexicon.verb_forms`
cannot derive by the rules of English spelling: irregular pasts (``said``,
``told``), unchanged ones (``put``, ``broadcast``) and doubled final
consonants (``admitted``, ``slammed``); and the past participles not in
``-ed`` that open a phrase before a sentence's subject. Data only."""

from __future__ import annotations

#: A lemma's forms other than the lemma itself, where the spelling rules do
#: not give them (the third person, the past, the participles).
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
    "extol": ("extols", "extolled", "extolling", "extoled", "extoling"),
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
    "aver": ("avers", "averred", "averring"),
    "plan": ("plans", "planned", "planning"),
    "slam": ("slams", "slammed", "slamming"),
    "dub": ("dubs", "dubbed", "dubbing"),
    "pan": ("pans", "panned", "panning"),
    "bet": ("bets", "betting"),
    "cast": ("casts", "casting"),
    "seek": ("seeks", "sought", "seeking"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "shoot": ("shoots", "shot", "shooting"),
    "hit": ("hits", "hitting"),
}

#: Past participles not in ``-ed`` that open a phrase before a sentence's
#: subject (``Known to fans as “the Captain”, Vell led ...``, ``Born in 1940,
#: he taught himself``), as ``Trained as a fisherman,`` does.
OPENING_PARTICIPLES = (
    "Born|Known|Bred|Brought|Taught|Given|Seen|Written|Driven|Shown|Caught|Grown|Sworn"
    "|Beaten|Thrown|Chosen|Held|Kept|Sent|Built|Spent|Hidden|Forgotten|Struck|Shaken|Torn"
    "|Drawn|Frozen|Stolen|Bitten|Forbidden|Overcome"
)
