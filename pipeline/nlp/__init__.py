"""The spaCy side of AnodeKG: a blank English pipeline plus small registered components.

``NlpConfig`` and ``build_nlp`` load spaCy when first asked for; the lexicons in ``pipeline.nlp.patterns`` do not
(the reader's child process reads a few of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.nlp.build import NlpConfig, build_nlp

__all__ = ["NlpConfig", "build_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from pipeline.nlp import build
        return getattr(build, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
