"""Words that make quoted words nobody's statement: the signs, posters and
banners that display them (:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

#: Things that display words (``posters reading “...”``): the words on one
#: that nobody holds up are no one's statement (a slogan, a sign's text).
DISPLAY_NOUNS = frozenset(
    """
    sign signs poster posters placard placards banner banners billboard billboards
    sticker stickers graffiti mural murals plaque plaques
    """.split()
)
#: Words that may stand before a noun of :data:`DISPLAY_NOUNS` opening its
#: clause (``Outside, two hand-painted banners reading “...”``): determiners,
#: counts and a few adjectives of signs, never a verb that holds one up.
DISPLAY_MODIFIERS = frozenset(
    """
    a an the some several many few two three four dozens hundreds of its their
    handmade hand-made handwritten hand-written hand-painted painted printed large
    giant huge small big new old campaign protest election
    """.split()
)
#: Verb forms that say what a sign or poster displays (``reading``, ``that read``).
DISPLAYING_FORMS = ("reading", "that read", "which read", "saying", "that said", "which said", "proclaiming")
