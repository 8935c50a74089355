"""``python -m quotes``: the same command line as ``quotes``."""

from quotes.cli import cli

if __name__ == "__main__":
    cli()
