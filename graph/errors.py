"""Errors raised by the library; ``graph.cli`` translates them into one-line messages and exit codes."""

from __future__ import annotations

__all__ = ["DkgError", "InputError", "StoreError", "StoreInUseError", "QueryError", "ValidationError"]


class DkgError(Exception):
    """Base class: the message names the file or resource and the problem, and the fix when known."""


class InputError(DkgError):
    """An input file cannot be read as an article ("data/x.json: line 3: invalid JSON")."""


class StoreError(DkgError):
    """The store cannot be opened, read or written."""


class StoreInUseError(StoreError):
    """Another process holds the embedded store's write lock."""


class QueryError(DkgError):
    """A query cannot be found, parsed, bound or run."""


class ValidationError(DkgError):
    """The graph does not conform to the shapes."""
