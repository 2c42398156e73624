"""The small web page of ``anodekg serve``: named queries with their parameters, free SPARQL, results.

Plain HTML built with escaped values; forms submit to /named/NAME and /run, which bind parameters
through pipeline/store/named.py like the CLI does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from pipeline.store.named import NamedQuery

if TYPE_CHECKING:
    from pipeline.provenance import FigureSource
    from pipeline.server.app import ServeOptions

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
details { border: 1px solid #ddd; border-radius: 6px; padding: .4rem .8rem; margin: .4rem 0; }
summary { cursor: pointer; } summary b { font-family: monospace; }
label { display: inline-block; margin: .2rem 1rem .2rem 0; } input { font: inherit; padding: .1rem .3rem; }
textarea { width: 100%; font: 13px monospace; } code, .mono { font-family: monospace; }
table { border-collapse: collapse; margin-top: 1rem; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f5f9; } .note { color: #666; } .error { color: #a00; }
"""


def _doc(title: str, body: str) -> str:
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


def home(location: str, queries: Mapping[str, NamedQuery], options: ServeOptions, *, viewer: bool) -> str:
    forms = []
    for query in queries.values():
        inputs = "".join(
            f"<label>{escape(p.name)} <span class=note>({escape(p.type)}{', optional' if p.optional else ''})"
            f"</span> <input name='{escape(p.name)}' value='{escape(p.default or '')}'"
            f" title='{escape(p.doc)}'></label>" for p in query.params)
        forms.append(f"<details><summary><b>{escape(query.name)}</b> — {escape(query.summary)}</summary>"
                     f"<form action='/named/{escape(query.name)}' method=get>{inputs}"
                     f"<button>run</button></form></details>")
    viewer_link = ("<p><a href='/viewer'>Open the graph viewer</a> · <a href='/compare'>Compare structures in a "
                   "table</a> (sort, filter, CSV and LaTeX)" + (
        "" if viewer else " <span class=note>(this installation has no HTML viewer export)</span>") + "</p>")
    mode = ("read-write (updates need the token)" if options.allow_update else "read-only")
    body = (f"<h1>AnodeKG</h1><p>Store <code>{escape(location)}</code>, {mode}. SPARQL 1.1 endpoint: "
            f"<code>/sparql</code> (GET or POST; JSON, XML, CSV or TSV by Accept). Queries stop after "
            f"{options.timeout_s:g} s and return at most {options.max_rows} rows.</p>{viewer_link}"
            f"<h2>Named comparisons</h2>{''.join(forms)}"
            "<h2>Your own SPARQL</h2><p class=note>akg:, rdfs:, prov:, cito:, bibo:, dcterms: are predeclared."
            "</p><form action='/run' method=get><textarea name=query rows=8>"
            "SELECT ?structure ?property ?value ?unit WHERE {\n  ?m akg:ofStructure/rdfs:label ?structure ;"
            " akg:property ?property ; akg:value ?value ; akg:unit ?unit .\n} LIMIT 20</textarea>"
            "<button>run</button></form>")
    return _doc("AnodeKG", body)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return escape(", ".join(map(str, value)))
    if isinstance(value, float):
        return escape(f"{value:.6g}")
    return escape(str(value))


def _figure_cell(value: object) -> str:
    """A figure id links to the figure's highlighted page."""
    if not isinstance(value, str) or not value:
        return _cell(value)
    return f"<a href='/figure/{escape(quote(value, safe='/:'))}'>{escape(value)}</a>"


def table(title: str, columns: Sequence[str], rows: Sequence[Mapping[str, object]], given: Mapping[str, str],
          *, cut: bool = False) -> str:
    asked = ", ".join(f"{escape(k)} = <span class=mono>{escape(v)}</span>" for k, v in given.items())
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_figure_cell(row.get(c)) if c == 'figure' else _cell(row.get(c))}</td>"
                                    for c in columns) + "</tr>" for row in rows)
    note = f"{len(rows)} row(s)" + (" — cut at the server's row limit" if cut else "")
    return _doc(title, f"<p><a href='/'>← AnodeKG</a></p><h1>{escape(title)}</h1><p>{asked}</p>"
                       f"<p class=note>{note}</p><table><tr>{head}</tr>{body}</table>")


def figure(source: FigureSource) -> str:
    """A figure's page: the PDF page with the sentence highlighted, and what was read from it."""
    image = f"/figure/{quote(source.short_id, safe='/:')}/page.png"
    body = (f"<p><a href='/'>← AnodeKG</a> · <a href='/compare'>comparison table</a></p>"
            f"<h1>{escape(source.label)}</h1>"
            f"<p>Paper <code>{escape(source.paper)}</code>, page {source.page} of <code>{escape(source.pdf.name)}</code>"
            f" · figure <code id=figure-id>{escape(source.short_id)}</code></p>"
            f"<blockquote id=sentence>{escape(source.sentence)}</blockquote>"
            f"<p><img id=page src='{escape(image)}' alt='page {source.page} with the sentence highlighted' "
            f"style='max-width:100%;border:1px solid #ccc'></p>")
    return _doc(source.label, body)


def message(title: str, text: str) -> str:
    return _doc(title, f"<p><a href='/'>← AnodeKG</a></p><h1>{escape(title)}</h1><p>{escape(text)}</p>")


def error_page(title: str, text: str) -> str:
    return _doc(title, f"<p><a href='/'>← AnodeKG</a></p><h1 class=error>{escape(title)}</h1>"
                       f"<p>{escape(text)}</p>")
