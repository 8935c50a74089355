"""Datasette plugin module for speaker and statement pages.

Registered through the ``datasette`` entry point in pyproject.toml.
"""
