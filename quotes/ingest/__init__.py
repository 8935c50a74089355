"""Reading articles from files: finding them, decoding them, reading plain
text, HTML and JSON lines, and telling the story from its boilerplate."""
