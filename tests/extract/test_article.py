"""One article's quotes (quotes.extract.article): which quote the next one
may continue, and mentions that cannot be anyone's."""

from __future__ import annotations

from quotes.extract.article import in_attribution_of, is_nested
from quotes.extract.pipeline import extract_quotes
from quotes.records import Quote


def test_a_quote_inside_another_indirect_quote_is_not_the_speaker_to_continue():
    text = "Ilse Varden said for years some critics had been predicting the closure of the pier."

    def quote(content, cue, speaker):
        start, c, s = text.index(content), text.index(cue), text.index(speaker)
        return Quote(
            text=content,
            start=start,
            end=start + len(content),
            kind="indirect",
            cue=cue,
            cue_start=c,
            cue_end=c + len(cue),
            speaker=speaker,
            speaker_start=s,
            speaker_end=s + len(speaker),
        )

    outer = quote("for years some critics had been predicting the closure of the pier", "said", "Ilse Varden")
    inner = quote("the closure of the pier", "predicting", "some critics")
    assert is_nested(inner, [outer, inner], text)
    assert not is_nested(outer, [outer, inner], text)
    assert not is_nested(inner, [inner], text)


def test_an_indirect_quote_in_the_attribution_of_a_quote_is_not_the_speaker_to_continue():
    text = (
        "“Who is the real slowcoach here?” said Mara Venn, using a word Kobb has used to describe Orrin, on a call. "
        "“The council produced timetables.”"
    )
    asked = "Who is the real slowcoach here?"
    direct = Quote(
        text=asked,
        start=1,
        end=1 + len(asked),
        kind="direct",
        cue="said",
        cue_start=text.index("said"),
        cue_end=text.index("said") + 4,
    )
    inside = Quote(
        text="to describe Orrin",
        start=text.index("to describe"),
        end=text.index(", on a"),
        kind="indirect",
        cue="used",
        cue_start=text.index("used"),
    )
    assert in_attribution_of(inside, direct, text)
    later = Quote(
        text="The council produced timetables",
        start=text.index("The council"),
        end=len(text) - 1,
        kind="indirect",
        cue="produced",
        cue_start=text.index("produced"),
    )
    assert not in_attribution_of(later, direct, text)  # another sentence
    assert not in_attribution_of(inside, None, text)


def test_a_headline_quote_is_no_mention_of_its_own_speaker():
    """The parse takes ``‘...’: strike to continue`` for a subject and its verb;
    the words are said in the body by the one who said them."""
    text = (
        "‘We are not going back for scraps’: drivers’ strike to continue\n\n"
        "Drivers walked out on Monday over pay.\n\n"
        "‘We are not going back for scraps,’ union secretary Aoife Brennock told reporters."
    )
    headline = next(q for q in extract_quotes(text) if q.start < text.index("\n"))
    assert headline.speaker == "Aoife Brennock"
    assert headline.speaker_start is not None and headline.speaker_start > headline.end
