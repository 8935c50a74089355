"""The project's Datasette plugin: quote pages and search behaviour.

Registered through the ``datasette`` entry point in pyproject.toml.
"""
