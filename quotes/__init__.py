"""quotes: a quote-and-attribution database for journalists."""

__version__ = "0.1.0"
