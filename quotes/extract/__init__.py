"""Finding quotes in article text and attributing them.

:func:`extract_quotes` takes an article text and returns
:class:`~quotes.records.Quote` records (direct, partial and indirect quotes)
with offsets into the text and a resolved speaker. :func:`extract_many` does
the same for a stream of texts, one list per text, holding one batch at a time;
:func:`extract_articles` for :class:`~quotes.records.Article` records.

How it works, stage by stage:

1. :mod:`~quotes.extract.quotemarks` finds the spans between quotation marks
   (pure text, recovers from stray marks, joins multi-paragraph quotes).
2. :mod:`~quotes.extract.windows` keeps the sentences holding a quote mark or a
   cue word (:func:`~quotes.extract.patterns.cue_finder`); only those go through
   spaCy (:mod:`~quotes.extract.pipeline`, ``nlp.pipe``), each window with its
   offset so that every offset stays exact.
3. :mod:`~quotes.extract.direct` attributes each quoted span: the sentence
   around it gives the cue (a reporting verb next to the quote, ``according
   to``, a signature; :mod:`~quotes.extract.cues`,
   :mod:`~quotes.extract.text_cues`) and its subject, the speaker mention
   (:mod:`~quotes.extract.subjects`); a quote with no cue of its own continues
   the previous speaker. Quoted words that are not speech (scare quotes,
   titles) are dropped.
4. :mod:`~quotes.extract.indirect` finds reported speech on the parse (``Kobb
   said that ...``), :mod:`~quotes.extract.headline` a headline's ``Name: ...``.
5. :mod:`~quotes.extract.resolution` resolves each mention (``he``, ``Kobb``,
   ``the spokesman``) to a name through the article's
   :class:`~quotes.extract.registry.SpeakerRegistry`, which carries roles and
   affiliations (:mod:`~quotes.extract.mentions` reads a mention,
   :mod:`~quotes.extract.appositives` the role and affiliation after a name,
   :mod:`~quotes.extract.unnamed_bodies` the body an unnamed spokesperson speaks for,
   :mod:`~quotes.extract.mention_names` the name inside a mention);
   :mod:`~quotes.extract.article` runs steps 3 to 5 over one article, then
   links partial and relayed quotes to the quotes around them
   (:mod:`~quotes.extract.partials`), gives a headline's or subhead's quote
   the speaker of the body quote it repeats (:mod:`~quotes.extract.echoes`)
   and gives a described speaker the name
   the article gives later (:mod:`~quotes.extract.later_names`).

Word lists live in :mod:`~quotes.extract.lexicon`, text patterns in
:mod:`~quotes.extract.patterns`, spaCy helpers in :mod:`~quotes.extract.syntax`
(the spans of mentions in :mod:`~quotes.extract.mention_spans`).
Nothing here imports the database or the web layers.
"""

from quotes.extract.pipeline import extract_articles, extract_many, extract_quotes

__all__ = ["extract_articles", "extract_many", "extract_quotes"]
