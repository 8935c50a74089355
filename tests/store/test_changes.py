from quotes.store import changes
from quotes.store.sql import insert_row


def add_quote(db, *, speaker=1, article=1, text="The ferry will run again in May"):
    """A quote row (and its article and speaker rows, made up, when they are new)."""
    db.execute("insert or ignore into articles (id, hash, text) values (?, ?, 'x')", [article, f"h{article}"])
    if speaker is not None:
        db.execute("insert or ignore into speakers (id, name) values (?, ?)", [speaker, f"Speaker {speaker}"])
    row = {"article_id": article, "speaker_id": speaker, "text": text, "start": 0, "end": len(text)}
    return insert_row(db, "quotes", row)


def test_a_step_that_never_ran_does_everything_once(memory_db):
    add_quote(memory_db)
    first = changes.pending(memory_db, "statements")
    assert first.full and not first.empty
    changes.done(memory_db, first)
    assert changes.pending(memory_db, "statements").empty


def test_inserts_updates_and_deletes_are_logged_with_the_speaker_before_and_after(memory_db):
    changes.done(memory_db, changes.pending(memory_db, "statements"))
    a = add_quote(memory_db, speaker=1)
    b = add_quote(memory_db, speaker=1, article=2)
    todo = changes.pending(memory_db, "statements")
    assert todo.inserted == todo.quote_ids == {a, b} and todo.speaker_ids == {1}
    changes.done(memory_db, todo)

    memory_db["speakers"].insert({"id": 2, "name": "Speaker 2"})
    memory_db.execute("update quotes set speaker_id = 2 where id = ?", [a])
    memory_db.execute("delete from quotes where id = ?", [b])
    todo = changes.pending(memory_db, "statements")
    assert todo.quote_ids == {a, b} and todo.inserted == set()
    assert todo.speaker_ids == {1, 2}  # a's old and new speaker, b's speaker


def test_columns_the_steps_write_are_not_changes(memory_db):
    quote = add_quote(memory_db)
    changes.done(memory_db, changes.pending(memory_db, "statements"))
    memory_db.execute(
        "update quotes set stance_tags = '[\"warns\"]', origin = 'editor' where id = ?", [quote]
    )
    assert changes.pending(memory_db, "statements").empty
    memory_db.execute("update quotes set role = 'harbor master' where id = ?", [quote])
    assert changes.pending(memory_db, "statements").quote_ids == {quote}


def test_changes_every_step_has_seen_are_deleted_and_ids_keep_growing(memory_db):
    for step in changes.STEPS:
        changes.done(memory_db, changes.pending(memory_db, step))
    add_quote(memory_db)
    add_quote(memory_db, article=2)
    for step in changes.STEPS[:-1]:
        changes.done(memory_db, changes.pending(memory_db, step))
    assert memory_db["quote_changes"].count == 2  # the last step has not seen them
    changes.done(memory_db, changes.pending(memory_db, changes.STEPS[-1]))
    # all seen: only the latest row is kept, so that new ids are larger than those seen
    assert memory_db["quote_changes"].count == 1
    late = add_quote(memory_db, article=3)
    for step in changes.STEPS:
        assert changes.pending(memory_db, step).quote_ids == {late}
