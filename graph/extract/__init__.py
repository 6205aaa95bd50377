"""Extractors: ``Article`` -> ``Extraction``, chosen by name from a small registry.

The default rule-based extractor is registered as ``"rules"`` through the same :func:`register` call a
third-party extractor would use::

    from graph.extract import register

    @register("my-model")
    def build() -> Extractor:
        return MyExtractor()

A factory takes no argument and returns an object with ``extract(article) -> Extraction``; factories are
called once and the extractor is cached.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

from graph.errors import DkgError
from graph.model import Article, Extraction

__all__ = ["Extractor", "register", "get", "names", "extract", "UnknownExtractorError"]


class Extractor(Protocol):
    """Anything that turns one article into an :class:`~graph.model.Extraction`."""

    def extract(self, article: Article) -> Extraction:
        """Extract people, places and events from one article."""
        ...


class UnknownExtractorError(DkgError):
    """No extractor is registered under the requested name."""


Factory = Callable[[], Extractor]

_FACTORIES: dict[str, Factory] = {}
_INSTANCES: dict[str, Extractor] = {}

#: Built-in extractors: name -> module whose import registers it (imported lazily, on first use).
_BUILTINS = {"rules": "graph.extract.rules"}


def register(name: str) -> Callable[[Factory], Factory]:
    """Register an extractor factory under ``name`` (decorator); a later registration replaces an earlier one.

    Args:
        name: the name users pass as ``extractor=`` (and ``--extractor`` on the command line).

    Returns:
        A decorator that records the factory and returns it unchanged.
    """

    def decorate(factory: Factory) -> Factory:
        _FACTORIES[name] = factory
        _INSTANCES.pop(name, None)
        return factory

    return decorate


def _load_builtins() -> None:
    for name, module in _BUILTINS.items():
        if name not in _FACTORIES:
            importlib.import_module(module)


def names() -> list[str]:
    """Return the sorted names of all registered extractors (built-ins included)."""
    _load_builtins()
    return sorted(_FACTORIES)


def get(name: str) -> Extractor:
    """Return the extractor registered as ``name``, building it on first use.

    Raises:
        UnknownExtractorError: when nothing is registered under that name.
    """
    if name not in _INSTANCES:
        _load_builtins()
        factory = _FACTORIES.get(name)
        if factory is None:
            known = ", ".join(sorted(_FACTORIES)) or "none"
            raise UnknownExtractorError(f"unknown extractor {name!r}; registered: {known}")
        _INSTANCES[name] = factory()
    return _INSTANCES[name]


def extract(article: Article, *, extractor: str = "rules") -> Extraction:
    """Extract people, places and events from one article with the named extractor (default ``"rules"``)."""
    return get(extractor).extract(article)
