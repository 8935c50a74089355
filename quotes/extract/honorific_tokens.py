"""The dotted honorifics that are surnames too (``Hon.``, ``Barr.``), made one
token with their full stop where they stand as a title before a name.

The tokenizer splits off their full stop everywhere, so that a surname's full
stop still ends its sentence (``The panel was chaired by Tom Barr. Holt said``);
this component, run before any other, joins the two again where the word is a
title: before a capitalised name and after no capitalised word but a post
(``said Hon. Ada Obi``, ``according to Barr. Bala Udo``), whose split full
stop made the parser cut the sentence and take ``Hon`` for the speaker."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from quotes.extract.speaker_words import PERSON_NOUNS
from quotes.extract.title_words import COURTESY_TITLES, SURNAME_HONORIFICS

#: The name of the spaCy component.
SURNAME_HONORIFIC_TITLES = "quotes_surname_honorific_titles"
#: Words before a surname that make ``Barr.`` or ``Hon.`` the surname
#: (``Mr Barr.``), besides given names and initials.
_BEFORE_A_SURNAME = frozenset(COURTESY_TITLES) | {f"{title}." for title in COURTESY_TITLES}
#: The ids of the surname honorifics' words, as ``Doc.to_array(ORTH)`` gives them.
_HONORIFIC_IDS = frozenset(get_string_id(title) for title in SURNAME_HONORIFICS)


def _after_a_name(token: Token) -> bool:
    """Whether the word before ``token`` is a capitalised word other than a
    post (a given name, an initial, a courtesy title), which makes ``token`` a
    surname (``Tom Barr.``, ``A. Barr.``, ``Mr Hon.``); not ``Speaker Hon.``,
    ``Rt. Hon.``, nor a lower-case word or punctuation (``said Hon.``)."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    word = before.text.rstrip(".")
    initial = len(word) == 1 and word.isupper()
    capitalised = before.is_alpha and before.is_title and before.lower_ not in PERSON_NOUNS
    return initial or before.text in _BEFORE_A_SURNAME or capitalised


def _title_before_a_name(doc: Doc, at: int) -> bool:
    """Whether ``doc[at]`` is a surname honorific followed by its full stop and
    a capitalised name, and no name stands before it."""
    if at + 2 >= len(doc) or doc[at].text not in SURNAME_HONORIFICS:
        return False
    stop, name = doc[at + 1], doc[at + 2]
    spaced = not doc[at].whitespace_ and stop.text == "."
    return spaced and name.is_alpha and name.is_title and not _after_a_name(doc[at])


@Language.component(SURNAME_HONORIFIC_TITLES)
def join_surname_honorific_titles(doc: Doc) -> Doc:
    """Make ``Hon.`` and ``Barr.`` one token where they are a title before a
    name (:func:`_title_before_a_name`)."""
    orths = doc.to_array(ORTH).tolist()  # one array, not a token object per word
    # a set lookup per word: numpy's isin costs four times as much on a window's 40 words
    titles = [at for at, orth in enumerate(orths) if orth in _HONORIFIC_IDS and _title_before_a_name(doc, at)]
    if titles:
        with doc.retokenize() as retokenizer:
            for at in titles:
                retokenizer.merge(doc[at : at + 2])
    return doc
