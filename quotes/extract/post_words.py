"""The posts people hold, as news text names them (hand-made for English news
text): the adjectives that belong to a post (``former``, ``acting``) or make it
another (``deputy``) or a past one (``former``), the offices a story gives one
person at a time, the posts whose holder a story names with the post (``Mayor
Ann Roe``), titles as they are written short before a name (``Sen.``, ``CFO``)
by the noun of the post, and the positions and posts of a team. The titles
themselves are in :mod:`quotes.extract.title_words`. Data only."""

from __future__ import annotations

#: A player's position on the field, and the posts of a team a player of any
#: position may hold: ``captain Dean Marsh`` may be ``the defender`` later.
PLAYING_POSITIONS = frozenset(
    """
    striker midfielder defender winger goalkeeper keeper forward flanker quarterback
    linebacker pitcher shortstop batsman bowler wicketkeeper playmaker opener seamer spinner
    """.split()
)
TEAM_POSTS = frozenset("captain skipper vice-captain substitute player teammate".split())
#: The posts of a team's head that sport copy writes for one another (``Rovers
#: boss Paul Dempsey`` is ``the Rovers manager`` later).
TEAM_HEAD_POSTS = frozenset("manager boss coach gaffer".split())

#: Adjectives that say which holder of a post someone is (``former President
#: Kobb``, ``the local MPP``): part of the role, unlike how someone looked or felt (``an angry
#: Mayor Lund``).
ROLE_QUALIFIERS = frozenset(
    "former late then acting outgoing incoming retired deputy interim ex erstwhile future "
    "current sitting incumbent would-be local national federal regional provincial municipal "
    "senior junior top longtime veteran chief assistant associate principal general independent".split()
)

#: Words before a title that make it another post (``Deputy Mayor X`` is not
#: ``the mayor``), and words that make it a post held before (``former Mayor X``
#: is only ``the former mayor``).
OTHER_POST_QUALIFIERS = frozenset("deputy vice assistant associate lieutenant".split())
PAST_POST_QUALIFIERS = frozenset("former ex late then".split())

#: Offices a story gives one person at a time, each a set of the names of one
#: office: someone titled ``Council leader`` is not ``the mayor`` or ``the
#: treasurer`` of the same story, while ``Minister`` may be ``the premier``.
OFFICES = tuple(
    frozenset(group.split())
    for group in (
        "mayor",
        "treasurer",
        "governor",
        "sheriff",
        "senator",
        "chancellor",
        "prosecutor",
        "commissioner",
        "superintendent",
        "coroner",
        "councillor councilor councilman councilwoman",
        "premier minister secretary",
        "president chair chairman chairwoman chairperson",
        "judge justice magistrate",
        "headteacher headmaster headmistress principal",
        "provost",
        "rector",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cmo",
    )
)

#: Posts of local, school, sports and company news, whose holder a story names
#: with the post (``Mayor Ann Roe``, ``Coach Dag Holm``, ``CFO Ian Hale``), and
#: the teller of a book:
#: ``the mayor`` stands for someone named only when the article gave them the
#: post, never for the last person named. National offices are left out: a
#: story need not say that its candidate or senator is one.
UNSHARED_POSTS = frozenset(
    """
    mayor coach manager captain referee narrator sheriff coroner principal headteacher
    headmaster headmistress councillor councilor councilman councilwoman alderman
    alderwoman treasurer ceo cfo coo cto cmo
    """.split()
)

#: Titles as they are written short before a name (``Sen. Ola Ruud`` is
#: ``the senator``), and a company's chiefs by their posts in full (``chief
#: financial officer Ian Hale`` is ``the CFO``), by the noun of the post.
SHORT_TITLE_FORMS = {
    "senator": ("Sen.",),
    "governor": ("Gov.",),
    "representative": ("Rep.",),
    "general": ("Gen.",),
    "admiral": ("Adm.",),
    "captain": ("Capt.", "Capt"),
    "colonel": ("Col.", "Col"),
    "sergeant": ("Sgt.", "Sgt"),
    "professor": ("Prof.", "Prof"),
    "reverend": ("Rev.",),
    "councillor": ("Cllr", "Cllr."),
    "president": ("Pres.",),
    "ceo": ("CEO", "chief executive officer", "chief executive"),
    "cfo": ("CFO", "chief financial officer", "finance chief"),
    "coo": ("COO", "chief operating officer"),
    "cto": ("CTO", "chief technology officer"),
    "cmo": ("CMO", "chief medical officer", "chief marketing officer"),
}
