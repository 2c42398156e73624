"""Import spaCy without its command line, and without its built-in components until they are used.

spaCy's package imports ``spacy.cli`` only to offer ``spacy.info``, and with it Typer commands,
weasel, httpx and requests: about 0.2 s of each ingest, for a CLI AnodeKG never runs. While spaCy is
first imported, stand-ins fill ``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules``; they are taken
out right after, so a later ``import spacy.cli`` loads the real one, and ``spacy.info`` loads it when
called. srsly, spaCy's serialiser, loads its YAML API (the vendored ruamel.yaml: some 7 ms) for
names only spaCy's project commands use: while spaCy is first imported, a stand-in gives those names as
functions that load the real API when called (``DEFERRED_APIS``), and is taken out right after too.

The package ``spacy.pipeline`` re-exports every built-in component (the parser, the tagger, the entity
linker, the text classifiers and their models: some 30 modules, 126 M of the 2.57 G instructions an
ingest's parent spends loading before its warm-up, about 30 ms), and spaCy imports it only as the parent
of the parser's internals, which its training examples need, and for the English lemmatizer's class; a
blank pipeline with our own components uses none of the rest. So the package's own body is deferred
(``DEFERRED``): its submodules import as usual; a name its body only re-exports from one submodule
(``from spacy.pipeline import Lemmatizer``) loads that submodule alone, as the body's line for it would;
any other name (``__all__``, say) runs the whole body, once, in the same module object.
Nothing is stubbed: whoever uses spaCy's components in the same process (a notebook) gets the real
ones (``spacy.pipeline.Sentencizer``), only later.
Built-in factories (``nlp.add_pipe("sentencizer")``) never went through the package's body: a new
``Language`` registers them from ``spacy.pipeline.factories`` itself. Only a package whose submodules
register nothing at import (spaCy's registrations live in ``spacy.registrations`` and that factories
module) can be deferred so: ``spacy.training`` cannot (its corpus module registers readers), nor thinc's
layers.
"""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import importlib.util
import sys
import threading
import types
from typing import Any

STAND_INS = ("spacy.cli", "spacy.cli.info")
DEFERRED_APIS = {"srsly._yaml_api": ("read_yaml", "write_yaml", "yaml_dumps", "yaml_loads", "is_yaml_serializable")}
DEFERRED = ("spacy.pipeline",)          # packages whose own body runs at the first use of one of its names

_BODY_LOCK = threading.RLock()          # one thread runs a deferred body; another asking meanwhile waits for it
_running: set[str] = set()
_reexports: dict[str, dict[str, str]] = {}      # a deferred package's names → the submodule each comes from


class _DeferredPackage(types.ModuleType):
    """A package whose body has not run yet: its submodules import into it as usual, and any other name
    asked of it runs the body first (see the module's docstring)."""

    def __getattr__(self, name: str) -> Any:
        submodule = sys.modules.get(f"{self.__name__}.{name}")
        if submodule is not None:       # what the body would give too: an imported submodule is bound in it
            return submodule
        source = _reexports.get(self.__name__, {}).get(name)
        if source is not None:          # what the body's line for it does, and no other line
            value = getattr(importlib.import_module(f"{self.__name__}.{source}"), name)
            setattr(self, name, value)
            return value
        run_body(self)
        if isinstance(self, _DeferredPackage):      # asked from inside its own body, which has not made it yet
            raise AttributeError(f"partially initialized module {self.__name__!r} has no attribute {name!r}")
        return getattr(self, name)


def run_body(module: types.ModuleType) -> None:
    """Run a deferred package's own body (once; nothing when it ran or is running in this thread)."""
    with _BODY_LOCK:
        if not isinstance(module, _DeferredPackage) or module.__name__ in _running:
            return
        _running.add(module.__name__)
        try:
            module.__spec__.loader.exec_module(module)  # type: ignore[union-attr]
            module.__class__ = types.ModuleType
        finally:
            _running.discard(module.__name__)


def reexports(source: str) -> dict[str, str] | None:
    """Each name a package's body (``source``) gives → the submodule it imports it from, when the body only
    re-exports its submodules' names (``from .x import A, B``) and lists them (``__all__``); else None,
    as a body that does anything else must run as a whole."""
    names: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module \
                and all(alias.name != "*" for alias in node.names):
            names.update({alias.asname or alias.name: node.module for alias in node.names})
        elif not (_lists_all(node) or isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            return None
    return names


def _lists_all(node: ast.stmt) -> bool:
    return isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"] \
        and isinstance(node.value, ast.List | ast.Tuple) \
        and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.value.elts)


def deferred_package(name: str) -> types.ModuleType | None:
    """The package ``name`` (of a top-level package not imported yet) made but not run, or None when it
    cannot be found as a plain package on the top-level package's path."""
    root = importlib.util.find_spec(name.partition(".")[0])
    locations = root.submodule_search_locations if root is not None else None
    spec = importlib.machinery.PathFinder.find_spec(name, list(locations)) if locations else None
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return None
    get_source = getattr(spec.loader, "get_source", None)
    source = get_source(name) if get_source is not None else None
    names = reexports(source) if source else None
    if names is not None:
        _reexports[name] = names
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _DeferredPackage
    return module


def _info(*args: Any, **kwargs: Any) -> Any:
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def _deferred_api(module: str, names: tuple[str, ...]) -> types.ModuleType:
    """A stand-in for ``module`` whose ``names`` are functions that call the real module's, loaded at the first call."""
    stand_in = types.ModuleType(module)

    def calling(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(module), name)(*args, **kwargs)
        call.__name__ = call.__qualname__ = name
        return call
    for name in names:
        setattr(stand_in, name, calling(name))
    return stand_in


def import_spacy() -> None:
    """Import spaCy (once a process) without loading its command line or its built-in components."""
    if "spacy" in sys.modules or any(name in sys.modules for name in (*STAND_INS, *DEFERRED)):
        return
    stand_ins = {name: types.ModuleType(name) for name in STAND_INS}
    stand_ins["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    stand_ins.update({name: _deferred_api(name, names) for name, names in DEFERRED_APIS.items()
                      if name.partition(".")[0] not in sys.modules})
    deferred = {name: module for name in DEFERRED if (module := deferred_package(name)) is not None}
    sys.modules.update(stand_ins)
    sys.modules.update(deferred)
    imported = False
    try:
        importlib.import_module("spacy")
        imported = True
        for name, module in deferred.items():       # bound in its parent, as an import would have bound it
            parent, _, child = name.rpartition(".")
            if child not in vars(sys.modules[parent]):
                setattr(sys.modules[parent], child, module)
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        for name, module in deferred.items():       # a failed import leaves no half-made package behind
            if not imported and sys.modules.get(name) is module:
                del sys.modules[name]
