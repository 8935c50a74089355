"""Words of days, months and times (hand-made for English news text): a word
of these next to a cue says when something was said, not who said it. Data
only."""

from __future__ import annotations

#: Months abbreviated before a day (``Nov. 13``): their full stop ends no sentence.
MONTH_ABBREVIATIONS = tuple("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

#: Days a sentence can open on before a name with no comma (``Monday Lund said``).
WEEKDAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow".split()
)
#: Days, months and times: a word of these next to a cue says when, not who.
TIME_WORDS = WEEKDAY_WORDS | frozenset(
    """morning afternoon evening night noon midnight dawn dusk week weekend month year
    january february march april may june
    july august september october november december""".split()
)
#: Months as a date writes them before a day (``Nov. 13``, ``March 4``).
MONTH_WORDS = frozenset(
    {month.lower() for month in MONTH_ABBREVIATIONS}
    | set("january february march april may june july august september october november december".split())
)
#: Days and months: the words a date is written with (``on Monday``, ``in May``).
DATE_WORDS = WEEKDAY_WORDS | MONTH_WORDS
#: Words that make a month word a date when they stand before it (``in May``,
#: ``since June``, ``last April``; ``mid-March`` too), not a person called May
#: or April (``said May, who``, ``a message to April, who``).
MONTH_LEADS = frozenset("in on since by until till from last this next early late".split())
#: Feasts and holidays a deadline may name (``a report by Christmas``).
HOLIDAY_WORDS = frozenset("christmas easter ramadan eid diwali hanukkah thanksgiving midsummer".split())
#: Words that open a short phrase of time or place before a paragraph's subject
#: (``At about 10:30, a man``, ``Later that morning, a woman``, ``Outside the court, a man``).
SCENE_OPENERS = frozenset(
    """At Around About By On In Inside Outside Near Nearby Across Behind Beside Later Earlier Minutes Moments
    Hours Shortly Soon Just Then Next Meanwhile Elsewhere After Before Once Today Yesterday Last That""".split()
)
