"""The shape of words in title case (``Night Ferry``, ``Orange is the New
Black``): what makes quoted words read as the title of a work or a name rather
than speech. Shared by :mod:`quotes.extract.quoted_kind`,
:mod:`quotes.extract.quoted_names` and :mod:`quotes.extract.straight_singles`."""

from __future__ import annotations

import re

#: Words a title leaves in lower case (``Jesus Is Just Alright with Me``).
TITLE_SMALL_WORDS = frozenset("a an the of to in on at for and or but nor with by from as vs if".split())
#: What follows a closing mark when the sentence goes on after it (`` and``,
#: ``, she``), not when a new one opens (`` The``) or the text ends.
_SENTENCE_GOES_ON_RE = re.compile(r"[ \xa0]*(?:[,;:]|[ \xa0][a-z])")
#: The most words of a title the rules read.
MAX_NAMED_WORK_WORDS = 10
#: A verb right after a closing mark whose quoted words are its subject (``said
#: “Mole Goes Home” was the most borrowed book``, ``“Night Ferry” has sold``).
_VERB_OF_A_SUBJECT_RE = re.compile(
    r"[ \xa0]+(?:was|is|were|are|has|had|have|remains|remained|became|becomes|sold|sells|won|wins|topped|tops)\b"
    r"(?![ \xa0]+(?:his|her|their|my|our|all)\b)"  # "“Never Again” was his motto", "was all he said": his words
)


def major_words(words: list[str]) -> list[str]:
    """The words of a title that are not its small words (``of``, ``the``)."""
    return [w for w in words if w.lower().strip("’'") not in TITLE_SMALL_WORDS]


def in_title_case(words: list[str]) -> bool:
    """True when every major word opens with a capital or no letter, one
    short word of three or more major words aside (``Night Ferry``,
    ``Orange is the New Black``; not ``We never stopped believing``)."""
    major = major_words(words)
    lower = [w for w in major if w[:1].isalpha() and not w[:1].isupper()]
    return not lower or (len(major) >= 3 and len(lower) == 1 and len(lower[0].strip(",;:")) <= 2)


def capitalised_words(words: list[str]) -> bool:
    """True when every word but the small ones of titles opens with a capital
    or no letter (``Night Ferry``, ``Tides of Varnholm``)."""
    major = major_words(words)
    return bool(major) and all(w[:1].isupper() or not w[:1].isalpha() for w in major)


def reads_as_title(content: str) -> bool:
    """True for a few words in title case ending no sentence (``The Long Tide``): a title or a name."""
    words = content.rstrip(",;: ").split()
    return (
        2 <= len(words) <= MAX_NAMED_WORK_WORDS
        and len(major_words(words)) >= 2
        and capitalised_words(words)
        and not content.rstrip().endswith((".", "!", "?", "…"))
    )


def shaped_as_title(content: str, after: str) -> bool:
    """True for a few words in title case (:func:`in_title_case`) opening
    with a capital or a digit, holding no end of a sentence before their last
    word and closing on a full stop only where the sentence ends
    (``Gullhaven.``, ``Wait Up … Not Yet!``; not ``Stop. We are
    done.``, ``We are broke.``)."""
    words = content.split()
    return (
        0 < len(words) <= MAX_NAMED_WORK_WORDS
        and (content[:1].isupper() or content[:1].isdigit())
        and not re.search(r"[.!?][ \xa0]", content.strip())
        and in_title_case(words)
        and not (content.rstrip().endswith(".") and _SENTENCE_GOES_ON_RE.match(after) is not None)
    )


def subject_in_title_case(content: str, after: str) -> bool:
    """True for words in title case (:func:`reads_as_title`) that a verb right
    after the closing mark takes as its subject (``Ruud said “Mole Goes Home
    Early” was the most borrowed book``): the title of a work the speaker
    talks about, no words of hers; not when a possessive or ``all`` follows
    the verb (``“Never Again” was his motto``, ``“Thank You,” was all he
    said``: his words); ``after`` is the text after the closing mark."""
    return (
        not content.rstrip().endswith(",")  # "“Thank You,” was all Tom Hale said"
        and reads_as_title(content)
        and _VERB_OF_A_SUBJECT_RE.match(after) is not None
    )
