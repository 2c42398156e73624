"""queries/ holds only the named SPARQL files; the runner is library code, and pipeline never imports queries."""

import ast

from conftest import ROOT

from pipeline.store.named import QUERY_DIR, named_queries


def test_query_layout_queries_folder_holds_only_rq_files():
    files = [p for p in (ROOT / "queries").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert files and all(p.suffix == ".rq" for p in files), [p for p in files if p.suffix != ".rq"]
    assert QUERY_DIR == ROOT / "queries" and len(named_queries()) == len(list(QUERY_DIR.glob("*.rq")))


def test_query_layout_pipeline_does_not_import_queries():
    for path in (ROOT / "pipeline").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n == "queries" or n.startswith("queries.") for n in names), path


def test_query_layout_every_public_api_function_has_a_docstring():
    import inspect

    from pipeline import api
    public = [(name, obj) for name, obj in vars(api).items() if not name.startswith("_")
              and (inspect.isfunction(obj) or inspect.isclass(obj)) and obj.__module__ == api.__name__]
    assert len(public) > 15
    assert not [name for name, obj in public if not (obj.__doc__ or "").strip()]
