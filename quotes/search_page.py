"""Datasette plugin module for the whoosh search page.

Registered through the ``datasette`` entry point in pyproject.toml.
"""
