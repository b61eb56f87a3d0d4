"""Exceptions raised by the library; cli.py turns them into one `Error: ...` line."""


class DealsError(Exception):
    """Base class: the message says what went wrong, where, and how to fix it."""


class ConfigError(DealsError):
    """sources.yaml (or another setting) is invalid."""


class FetchError(DealsError):
    """A URL or file could not be fetched."""


class ParseError(DealsError):
    """A page could not be turned into an article."""


class StoreError(DealsError):
    """The database could not be opened, migrated or written."""


class LockedError(StoreError):
    """Another process holds the database or the ingest lock."""
