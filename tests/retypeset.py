"""An invented paper's LaTeX set again by two other typesetters: a web page printed by headless Chromium (CSS
columns, TrueType subsets, raised ``<sup>`` citations) and a flat ODT printed by LibreOffice Writer (a two-column
section, Writer's own tables and line breaking). The gold stays the same, so a paper that scores less from either
PDF than from pdfLaTeX's shows what the reader misses on a PDF from another publisher's tools.

The LaTeX is read crudely: only what ``tests/invented`` writes (title, authors, abstract, sections, paragraphs,
tables and figures with captions, lists, a bibliography, inline math for units, signs and formulas).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from test_table_regions import ODF  # the flat ODT's namespaces, as the Writer table tests write them

MATH = {"mu": "µ", "circ": "°", "pm": "±", "|": "‖", "cdot": "·", "times": "×", "Omega": "Ω", "sim": "∼",
        "approx": "≈", "sigma": "σ", "eta": "η", "dagger": "†", "bullet": "•", "leq": "≤", "geq": "≥", "le": "≤",
        "ge": "≥", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "lambda": "λ", "theta": "θ",
        "rho": "ρ", "tau": "τ", "kappa": "κ", "infty": "∞", "to": "→", "rightarrow": "→", "ell": "ℓ", ",": "\u2009",
        "!": "", " ": " ", ";": " ", "%": "%", "degree": "°", "textasciicircum": "^", "ddagger": "‡"}
TEXT = {"%": "%", "&": "&amp;", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", ",": "\u2009", " ": " ",
        "textasciicircum": "^", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—", "\\": " ",
        "textdegree": "°", "textmu": "µ", "textpm": "±", "o": "ø", "ss": "ß", "LaTeX": "LaTeX", "slash": "/",
        "textbar": "|", "textless": "&lt;", "textgreater": "&gt;", "-": "", "/": ""}
ACCENTS = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "c": "\u0327", "v": "\u030c",
           "u": "\u0306", "=": "\u0304", ".": "\u0307", "H": "\u030b"}
STYLES = {"textbf": "b", "textit": "i", "emph": "i", "textsuperscript": "sup", "textsubscript": "sub",
          "mathbf": "b", "textsc": "", "textrm": "", "textsf": "", "texttt": "", "mathrm": "", "text": "",
          "mathit": "", "shortstack": "", "mbox": "", "textnormal": "", "underline": "", "makebox": "", "smash": "", "raisebox": ""}
DECLARATIONS = {"bfseries": "b", "itshape": "i", "bf": "b", "it": "i", "em": "i"}
DROPPED = {"label": 1, "vspace": 1, "hspace": 1, "rule": 2, "setcounter": 2, "renewcommand": 2, "captionsetup": 1,
           "addtocounter": 2, "phantom": 1, "thanks": 1, "footnotemark": 0, "newcommand": 2, "setlength": 2,
           "fontsize": 2, "linespread": 1, "pagestyle": 1, "thispagestyle": 1}


def _group(s: str, i: int) -> tuple[str, int]:
    """The balanced ``{…}`` group at ``s[i]`` (or the one token there) and the index after it."""
    while i < len(s) and s[i] in " \n":
        i += 1
    if i >= len(s):
        return "", i
    if s[i] == "[":                                      # an optional argument: skipped, the group after it read
        depth, j = 0, i
        while j < len(s):
            depth += (s[j] == "[") - (s[j] == "]")
            j += 1
            if depth == 0:
                break
        return _group(s, j)
    if s[i] != "{":
        if s[i] == "\\":
            m = re.match(r"\\([A-Za-z]+|.)", s[i:])
            return m.group(0), i + len(m.group(0))
        return s[i], i + 1
    depth, j = 0, i
    while j < len(s):
        if s[j] == "\\":
            j += 2
            continue
        depth += (s[j] == "{") - (s[j] == "}")
        j += 1
        if depth == 0:
            return s[i + 1:j - 1], j
    return s[i + 1:], len(s)


def _wrap(tag: str, inner: str) -> str:
    return f"<{tag}>{inner}</{tag}>" if tag and inner else inner


@dataclass
class Reader:
    """The LaTeX of one paper read into blocks (kind, inline HTML) and tables."""
    cites: dict[str, int] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)

    def inline(self, s: str, math: bool = False) -> str:
        """``s`` as inline HTML: sub- and superscripts, signs for the math commands, bold and italic."""
        out, i = [], 0
        while i < len(s):
            c = s[i]
            if c == "\\":
                m = re.match(r"\\([A-Za-z]+)\*?|\\(.)", s[i:])
                name = m.group(1) or m.group(2)
                i += len(m.group(0))
                accent = m.group(2) and not math or m.group(1) and name in ("c", "v", "u", "H") and s[i:i + 1] in ("{", " ")
                if accent and name in ACCENTS:
                    arg, i = _group(s, i)
                    out.append(self.inline(arg) + ACCENTS[name])
                elif math and name in MATH:
                    out.append(MATH[name])
                elif name in TEXT:
                    out.append(TEXT[name] if not (math and name == ",") else "\u2009")
                elif name in MATH:
                    out.append(MATH[name])
                elif name in STYLES:
                    arg, i = _group(s, i)
                    if name == "raisebox":
                        arg, i = _group(s, i)
                    text_mode = name.startswith("text") or name in ("mbox", "makebox", "raisebox", "shortstack")
                    out.append(_wrap(STYLES[name], self.inline(arg, math and not text_mode)))
                elif name in DECLARATIONS:
                    out.append(_wrap(DECLARATIONS[name], self.inline(s[i:], math)))
                    i = len(s)
                elif name in DROPPED:
                    for _ in range(DROPPED[name]):
                        _, i = _group(s, i)
                elif name == "cite":
                    arg, i = _group(s, i)
                    out.append("[" + ",".join(str(self.cites.get(k.strip(), "?")) for k in arg.split(",")) + "]")
                elif name in ("hangindent", "parindent", "hangafter", "parskip"):
                    i += len(re.match(r"\s*=?\s*-?[\d.]*\s*[a-z]*", s[i:]).group(0))
                elif name in ("fbox", "parbox"):
                    if name == "parbox":
                        _, i = _group(s, i)
                    arg, i = _group(s, i)
                    out.append(self.inline(arg, math))
                elif name == "multicolumn":
                    _, i = _group(s, i)
                    _, i = _group(s, i)
                    arg, i = _group(s, i)
                    out.append(self.inline(arg, math))
                elif name in ("small", "footnotesize", "scriptsize", "tiny", "normalsize", "large", "Large", "LARGE",
                              "huge", "centering", "noindent", "par", "raggedright", "maketitle", "rm", "sf",
                              "sffamily", "rmfamily", "upshape", "mdseries", "normalfont", "displaystyle", "hline",
                              "bigskip", "medskip", "smallskip", "newline", "linebreak", "quad", "qquad",
                              "selectfont", "strut", "hfill", "relax", "protect", "ignorespaces", "and", "item"):
                    out.append(" " if name in ("and", "quad", "qquad", "newline", "linebreak") else "")
                else:
                    self.unknown.add(name)
            elif c == "$":
                j = s.find("$", i + 1)
                j = len(s) if j < 0 else j
                out.append(self.inline(s[i + 1:j], True))
                i = j + 1
            elif c in "^_" and math:
                arg, i = _group(s, i + 1)
                out.append(_wrap("sup" if c == "^" else "sub", self.inline(arg, True)))
            elif c == "{":
                arg, i = _group(s, i)
                out.append(self.inline(arg, math))
            elif c == "}":
                i += 1
            elif c == "~":
                out.append("\u00a0")
                i += 1
            elif c == "-" and math:
                out.append("−")
                i += 1
            elif s.startswith("---", i):
                out.append("—")
                i += 3
            elif s.startswith("--", i):
                out.append("–")
                i += 2
            elif s.startswith("``", i) or s.startswith("''", i):
                out.append("“" if c == "`" else "”")
                i += 2
            elif c == "`":
                out.append("‘")
                i += 1
            elif c == "'" and not math:
                out.append("’")
                i += 1
            elif c == " " and math:
                i += 1
            else:
                out.append(escape(c, quote=False))
                i += 1
        text = "".join(out)
        return re.sub(r"[ \n\t]+", " ", text)


@dataclass
class Table:
    caption: str
    rows: list[list[tuple[str, int]]]         # each cell (inline HTML, columns it spans)
    caption_below: bool = False
    wide: bool = False                        # across the page's columns, as LaTeX sets a table*


@dataclass
class Paper:
    title: str
    authors: str
    two_columns: bool
    sans: bool
    blocks: list[tuple[str, object]]          # (kind, inline HTML or Table): abstract, heading, subheading, body,
    #                                           caption (of a figure), table, item, ref


ENVS = ("abstract", "table", "table*", "figure", "figure*", "thebibliography", "itemize", "enumerate", "center",
        "longtable", "tabular", "quote", "description")
BREAK = re.compile(r"\\begin\{(" + "|".join(re.escape(e) for e in ENVS) + r")\}|\\(section|subsection|subsubsection"
                   r"|paragraph)(\*?)(?![A-Za-z])|\n[ \t]*\n|\\par(?![A-Za-z])|\\(?:big|med|small)skip|\\twocolumn\[")


def _rows(body: str) -> list[str]:
    """A tabular's rows: split at '\\\\' outside braces (a \\shortstack breaks its cell's lines with it)."""
    rows, depth, start, k = [], 0, 0, 0
    while k < len(body):
        if body.startswith("\\\\", k) and depth == 0:
            rows.append(body[start:k])
            k += 2
            if k < len(body) and body[k] == "[":
                k = body.index("]", k) + 1
            start = k
            continue
        if body[k] == "\\":
            k += 2
            continue
        depth += (body[k] == "{") - (body[k] == "}")
        k += 1
    return [*rows, body[start:]]


def _tabular(reader: Reader, body: str) -> list[list[tuple[str, int]]]:
    """A tabular's rows: cells split at '&', rows at '\\\\', rules and longtable's head marks dropped."""
    body = re.sub(r"\\(hline|toprule|midrule|bottomrule|endfirsthead|endhead|endfoot|endlastfoot)(?![A-Za-z])|"
                  r"\\cline\{[^}]*\}", "\n", body)
    rows, seen = [], set()
    for raw in _rows(body):
        if not raw.strip():
            continue
        cells, depth, start = [], 0, 0
        for k, ch in enumerate(raw):
            depth += (ch == "{") - (ch == "}")
            if ch == "&" and depth == 0 and (k == 0 or raw[k - 1] != "\\"):
                cells.append(raw[start:k])
                start = k + 1
        cells.append(raw[start:])
        row = []
        for cell in cells:
            span = re.match(r"\s*\\multicolumn\{(\d+)\}", cell)
            if re.match(r"\s*\\multirow", cell):
                cell = _group(cell, _group(cell, _group(cell, cell.index("\\multirow") + 9)[1])[1])[0]
            row.append((reader.inline(cell).strip(), int(span.group(1)) if span else 1))
        key = tuple(row)
        if key in seen and len(rows) < 3:             # longtable writes its heading twice (first head, head)
            continue
        seen.add(key)
        rows.append(row)
    return rows


def read_latex(tex: str) -> Paper:
    reader = Reader()
    keys = re.findall(r"\\bibitem(?:\[[^\]]*\])?\{([^}]*)\}", tex)
    reader.cites = {k: n for n, k in enumerate(keys, 1) if k}
    head, _, body = tex.partition("\\begin{document}")
    body = body.split("\\end{document}")[0]
    options = re.match(r"\\documentclass(?:\[([^\]]*)\])?", head)
    two = "twocolumn" in (options.group(1) or "") or "\\twocolumn" in body
    sans = "helvet" in head or "sfdefault" in head
    labelsep = ". " if "labelsep=period" in tex else ": "
    empty_label = "labelformat=empty" in head
    names = {"figure": "Figure", "table": "Table"}
    for kind, name in re.findall(r"\\renewcommand\{?\\(figure|table)name\}?\{([^}]*)\}", tex):
        names[kind] = name

    def arg(command: str, text: str) -> str:
        at = text.find("\\" + command + "{")
        return _group(text, at + len(command) + 1)[0] if at >= 0 else ""

    title = reader.inline(arg("title", head) or arg("title", body)).strip()
    authors = reader.inline(arg("author", head) or arg("author", body)).strip()
    blocks: list[tuple[str, object]] = []
    counters = {"section": 0, "subsection": 0, "figure": 0, "table": 0}
    paragraph: list[str] = []

    def flush() -> None:
        text = reader.inline("".join(paragraph)).strip()
        paragraph.clear()
        if text:
            blocks.append(("body", text))

    def caption(kind: str, env: str) -> str:
        text, starred = arg("caption", env), arg("caption*", env)     # \caption* sets no label
        if not (text or starred):
            return ""
        text = text or starred
        counters[kind] += 0 if starred else 1
        local_empty = empty_label or "labelformat=empty" in env or bool(starred)
        label = "" if local_empty else f"{names[kind]} {counters[kind]}{labelsep}"
        return (f"<b>{label.strip()}</b> " if label and "labelfont=bf" in tex else label) + reader.inline(text).strip()

    i = 0
    body = body.replace("\\maketitle", "")
    for top in ("title", "author", "date"):
        at = body.find("\\" + top + "{")
        if at >= 0:
            body = body[:at] + body[_group(body, at + len(top) + 1)[1]:]
    while i < len(body):
        m = BREAK.search(body, i)
        if not m:
            paragraph.append(body[i:])
            break
        paragraph.append(body[i:m.start()])
        flush()
        i = m.end()
        if m.group(1):
            env = m.group(1)
            end = body.find("\\end{" + env + "}", i)
            end = len(body) if end < 0 else end
            inner = body[i:end]
            i = end + len("\\end{" + env + "}")
            if env == "abstract":                # LaTeX heads it "Abstract"
                blocks += [("abstract_heading", "Abstract"), ("abstract", reader.inline(inner).strip())]
            elif env in ("table", "table*", "center", "longtable", "tabular") and ("tabular" in inner or env in (
                    "longtable", "tabular")):
                kind = "table"
                spec = inner if env in ("longtable", "tabular") else inner.split("\\begin{tabular}", 1)[1]
                spec_end = _group(spec, 0)[1] if env != "tabular" or spec.lstrip().startswith("{") else 0
                if env == "longtable":
                    spec_end = _group(spec, 0)[1]
                grid = spec[spec_end:].split("\\end{tabular}")[0]
                cap = caption(kind, inner)
                if env == "longtable":
                    grid = re.sub(r"\\caption\{.*?\}\s*\\\\", "", grid, flags=re.S)
                at_cap, at_tab = inner.find("\\caption"), inner.find("\\begin{tabular}")
                blocks.append(("table", Table(cap, _tabular(reader, grid), caption_below=at_tab >= 0 and at_cap > at_tab,
                                              wide=env == "table*" and two)))
                after = inner.split("\\end{tabular}")[-1] if "\\end{tabular}" in inner else ""
                after = re.sub(r"\\caption\{.*", "", after, flags=re.S) if at_cap > at_tab else after
                if reader.inline(after).strip():
                    blocks.append(("note", reader.inline(after).strip()))
            elif env in ("figure", "figure*", "table", "table*"):
                blocks.append(("caption", caption("figure" if env.startswith("figure") else "table", inner)))
            elif env == "thebibliography":
                blocks.append(("heading", "References"))
                for n, item in enumerate(re.split(r"\\bibitem(?:\[[^\]]*\])?\{[^}]*\}", inner)[1:], 1):
                    blocks.append(("ref", f"[{n}] " + reader.inline(item).strip()))
            elif env in ("itemize", "enumerate", "description"):
                for n, item in enumerate(re.split(r"\\item(?![A-Za-z])", inner)[1:], 1):
                    mark = f"{n}." if env == "enumerate" else "•"
                    blocks.append(("item", f"{mark} " + reader.inline(item).strip()))
            else:
                for part in re.split(r"\n[ \t]*\n|\\par(?![A-Za-z])", inner):
                    if reader.inline(part).strip():
                        blocks.append(("body", reader.inline(part).strip()))
        elif m.group(2):
            level, starred = m.group(2), m.group(3)
            text, i = _group(body, i)
            text = reader.inline(text).strip()
            if level == "paragraph":
                paragraph.append(f"\\textbf{{{_group(body, m.end())[0]}}} ")
                continue
            numbered = not starred and not re.search(r"secnumdepth\}\{0\}", tex)
            if numbered and level == "section":
                counters["section"] += 1
                counters["subsection"] = 0
                text = f"{counters['section']} {text}"
            elif numbered and level == "subsection":
                counters["subsection"] += 1
                text = f"{counters['section']}.{counters['subsection']} {text}"
            blocks.append(("heading" if level == "section" else "subheading", text))
        elif m.group(0).startswith("\\twocolumn["):
            depth, j = 1, i
            while j < len(body) and depth:
                depth += (body[j] == "[") - (body[j] == "]")
                j += 1
            top = body[i:j - 1]
            body = body[:m.start()] + top.strip().strip("{}") + "\n\n" + body[j:]
            i = m.start()
    flush()
    return Paper(title, authors, two, sans, blocks)


# ---------------------------------------------------------------- Chromium

def _faces(sans: bool) -> str:
    import matplotlib
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    base = "DejaVuSans" if sans else "DejaVuSerif"
    return "".join(f'@font-face {{ font-family: Body; font-weight: {w}; font-style: {s}; src: url("{(folder / f)}"); }}'
                   .replace(str(folder / f), (folder / f).as_uri())
                   for w, s, f in (("normal", "normal", f"{base}.ttf"), ("bold", "normal", f"{base}-Bold.ttf"),
                                   ("normal", "italic", f"{base}-{'Oblique' if sans else 'Italic'}.ttf"),
                                   ("bold", "italic", f"{base}-Bold{'Oblique' if sans else 'Italic'}.ttf")))


def _html_table(table: Table) -> str:
    rows = "".join("<tr>" + "".join((f'<td colspan="{n}">' if n > 1 else "<td>") + f"{t}</td>" for t, n in row)
                   + "</tr>" for row in table.rows)
    caption = f'<p class="caption">{table.caption}</p>' if table.caption else ""
    grid = f"<table>{rows}</table>"
    kind = "float wide" if table.wide else "float"
    return f'<div class="{kind}">{grid + caption if table.caption_below else caption + grid}</div>'


def paper_html(paper: Paper, columns: int = 2, font: str = "dejavu", column_width: str = "") -> str:
    """The paper as a web page: title, authors and abstract across the page, the rest in ``columns`` CSS columns
    (or columns ``column_width`` wide), its tables boxed by rules, its figures empty frames over their captions."""
    tags = {"heading": "<h2>{}</h2>", "subheading": "<h3>{}</h3>", "caption": '<div class="float"><div class="frame">'
            '</div><p class="caption">{}</p></div>', "ref": '<p class="ref">{}</p>', "item": '<p class="item">{}</p>',
            "note": '<p class="caption">{}</p>', "body": "<p>{}</p>", "abstract": '<p class="abstract">{}</p>',
            "abstract_heading": '<h4>{}</h4>'}
    top = [f"<h1>{paper.title}</h1>", f'<p class="authors">{paper.authors}</p>']
    flow = []
    for kind, item in paper.blocks:
        html = _html_table(item) if kind == "table" else tags[kind].format(item)
        (top if kind.startswith("abstract") and not flow else flow).append(html)
    family = ("font-family: Body;" if font == "dejavu" else
              f"font-family: '{'Liberation Sans' if paper.sans else 'Liberation Serif'}';")
    faces = _faces(paper.sans) if font == "dejavu" else ""
    cols = f"column-width: {column_width};" if column_width else f"column-count: {columns};"
    css = (f"{faces} @page {{ size: A4; margin: 18mm 15mm; }} body {{ {family} font-size: 9.5pt; line-height: 1.25; }} "
           f".flow {{ {cols} column-gap: 7mm; text-align: justify; }} h1 {{ font-size: 16pt; }} "
           "h2 { font-size: 11pt; margin: 8pt 0 4pt; } h3 { font-size: 10pt; margin: 6pt 0 3pt; } h4 { font-size: 10pt; margin: 0 0 3pt; text-align: center; } p { margin: 0 0 5pt; } "
           ".abstract { margin: 0 0 10pt; font-size: 9pt; } .authors { font-size: 10.5pt; margin-bottom: 10pt; } "
           ".float { break-inside: avoid; margin: 6pt 0; } .wide { column-span: all; } .frame { border: 0.6pt solid #000; height: 28mm; } "
           ".caption { font-size: 8pt; text-align: left; } p.ref { font-size: 7.5pt; text-align: left; } "
           "table { border-collapse: collapse; font-size: 8pt; border-top: 0.8pt solid #000; "
           "border-bottom: 0.8pt solid #000; margin: 3pt 0; } tr:first-child td { border-bottom: 0.5pt solid #000; } "
           "td { padding: 1pt 5pt; text-align: left; vertical-align: top; }")
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{re.sub('<[^>]+>', '', paper.title)}</title>"
            f"<style>{css}</style></head><body>{''.join(top)}<div class='flow'>{''.join(flow)}</div></body></html>")


def chromium_pdf(paper: Paper, out: Path, chromium: str, **options) -> Path:
    """``paper`` printed by Chromium to ``out``."""
    from pipeline.viewer.browser import FLAGS
    page = out.with_suffix(".html")
    page.write_text(paper_html(paper, **options), encoding="utf-8")
    subprocess.run([chromium, *FLAGS, "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(out.parent)})
    return out


# ---------------------------------------------------------------- LibreOffice Writer

SPANS = {"sup": '<style:text-properties style:text-position="super 58%"/>',
         "sub": '<style:text-properties style:text-position="sub 58%"/>',
         "b": '<style:text-properties fo:font-weight="bold"/>', "i": '<style:text-properties fo:font-style="italic"/>'}
PARAS = {"title": ('fo:font-size="16pt" fo:font-weight="bold"', 'fo:margin-bottom="8pt"'),
         "authors": ('fo:font-size="10.5pt"', 'fo:margin-bottom="10pt"'),
         "abstract_heading": ('fo:font-size="10pt" fo:font-weight="bold"', 'fo:text-align="center" fo:margin-bottom="3pt"'),
         "abstract": ('fo:font-size="9pt"', 'fo:text-align="justify" fo:margin-bottom="10pt"'),
         "heading": ('fo:font-size="11pt" fo:font-weight="bold"', 'fo:margin-top="8pt" fo:margin-bottom="4pt" '
                     'fo:keep-with-next="always"'),
         "subheading": ('fo:font-size="10pt" fo:font-weight="bold"', 'fo:margin-top="6pt" fo:margin-bottom="3pt" '
                        'fo:keep-with-next="always"'),
         "body": ('fo:font-size="9.5pt"', 'fo:text-align="justify" fo:margin-bottom="4pt"'),
         "caption": ('fo:font-size="8pt"', 'fo:margin-bottom="6pt" fo:margin-top="3pt"'),
         "note": ('fo:font-size="8pt"', 'fo:margin-bottom="6pt"'),
         "cell": ('fo:font-size="8pt"', ""),
         "ref": ('fo:font-size="7.5pt"', 'fo:margin-bottom="2pt"'),
         "item": ('fo:font-size="9.5pt"', 'fo:margin-bottom="2pt" fo:margin-left="0.4cm"')}


def _odt_inline(html: str) -> str:
    """Inline HTML as ODT spans (nested tags become a span per innermost run)."""
    out, stack = [], []
    for part in re.split(r"(</?(?:sup|sub|b|i)>)", html):
        tag = re.match(r"<(/?)(\w+)>", part)
        if tag:
            stack.pop() if tag.group(1) else stack.append(tag.group(2))
        elif part:
            style = "".join(sorted(set(stack)))
            out.append(f'<text:span text:style-name="s{style}">{part}</text:span>' if style else part)
    return "".join(out)


def _odt_table(table: Table, number: int, width_cm: float) -> str:
    columns = max(sum(n for _, n in row) for row in table.rows)
    lengths, words = [1.0] * columns, [1] * columns
    for row in table.rows:
        k = 0
        for text, n in row:
            if n == 1:
                plain = re.sub("<[^>]+>", "", text)
                lengths[k] = max(lengths[k], min(len(plain), 30))
                words[k] = max(words[k], *map(len, plain.split() or [""]))
            k += n
    # each column first as wide as its longest word (8 pt letters about 0.17 cm, and the cell's padding), the
    # rest of the width shared by how long the columns' texts run
    least = [0.17 * w + 0.4 for w in words]
    spare = max(width_cm - sum(least), 0.0)
    widths = [m + spare * w / sum(lengths) for m, w in zip(least, lengths, strict=True)]
    width_cm = sum(widths)
    cell = ('<table:table-cell table:style-name="c{top}"{span} office:value-type="string"><text:p '
            'text:style-name="cell">{text}</text:p></table:table-cell>')
    rows = []
    for k, row in enumerate(table.rows):
        cells = []
        for text, n in row:
            span = f' table:number-columns-spanned="{n}"' if n > 1 else ""
            cells.append(cell.format(top="h" if k == 0 else "", span=span, text=_odt_inline(text))
                         + "<table:covered-table-cell/>" * (n - 1))
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    columns_xml = "".join(f'<table:table-column table:style-name="t{number}w{k}"/>' for k in range(columns))
    styles = "".join(f'<style:style style:name="t{number}w{k}" style:family="table-column"><style:table-column-'
                     f'properties style:column-width="{w:.2f}cm"/></style:style>' for k, w in enumerate(widths))
    styles += (f'<style:style style:name="t{number}" style:family="table"><style:table-properties '
               f'style:width="{width_cm:.2f}cm" table:align="left"/></style:style>')
    body = f'<table:table table:name="T{number}" table:style-name="t{number}">{columns_xml}{"".join(rows)}</table:table>'
    caption = f'<text:p text:style-name="caption">{_odt_inline(table.caption)}</text:p>' if table.caption else ""
    return (body + caption if table.caption_below else caption + body), styles


def paper_fodt(paper: Paper, columns: int = 2) -> str:
    """The paper as a flat ODT: title, authors and abstract across the page, the rest in sections of ``columns``
    columns, its tables Writer tables as wide as a column (a wide one across the page, between two sections), its
    figures their captions alone."""
    width = (17.0 - 0.7 * (columns - 1)) / columns
    top, flow, styles = [], [], []
    for kind, item in paper.blocks:
        wide = kind == "table" and item.wide
        if kind == "table":
            xml, style = _odt_table(item, len(styles) + 1, 17.0 if wide else width)
            styles.append(style)
        else:
            xml = f'<text:p text:style-name="{kind}">{_odt_inline(item)}</text:p>'
        if wide:                          # the section so far closed, the table across the page, a new one opened
            flow.append(f'</text:section>{xml}<text:section text:style-name="Sect" text:name="cols{len(styles)}">')
        else:
            (top if kind.startswith("abstract") and not flow else flow).append(xml)
    top = [f'<text:p text:style-name="title">{_odt_inline(paper.title)}</text:p>',
           f'<text:p text:style-name="authors">{_odt_inline(paper.authors)}</text:p>', *top]
    font = "Liberation Sans" if paper.sans else "Liberation Serif"
    paras = "".join(f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
                    f'<style:paragraph-properties {p}/><style:text-properties {t}/></style:style>'
                    for name, (t, p) in PARAS.items())
    spans = "".join(f'<style:style style:name="s{"".join(sorted(c))}" style:family="text"><style:text-properties '
                    + " ".join(re.search(r"<style:text-properties (.*)/>", SPANS[t]).group(1) for t in c) + "/></style:style>"
                    for c in _combinations())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ODF} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'"/></office:font-face-decls>
<office:styles><style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="F"
fo:font-size="9.5pt" fo:language="en" fo:country="US"/></style:style>{paras}</office:styles><office:automatic-styles>
<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="{columns}"
fo:column-gap="0.7cm"/></style:section-properties></style:style>{"".join(styles)}{spans}
<style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0.15cm" fo:padding-right="0.15cm" fo:border="none"/>
</style:style><style:style style:name="ch" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0.15cm" fo:padding-right="0.15cm"
fo:border-top="0.8pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:border-left="none" fo:border-right="none"/>
</style:style></office:automatic-styles><office:master-styles><style:master-page style:name="Standard"
style:page-layout-name="pm"/></office:master-styles><office:body><office:text>{"".join(top)}
<text:section text:style-name="Sect" text:name="cols">{"".join(flow)}</text:section></office:text></office:body>
</office:document>"""


def _combinations() -> list[tuple[str, ...]]:
    from itertools import combinations
    return [c for n in range(1, 4) for c in combinations(sorted(SPANS), n) if not {"sub", "sup"} <= set(c)]


def writer_pdf(paper: Paper, out: Path, soffice: str, columns: int = 2) -> Path:
    """``paper`` set by LibreOffice Writer and printed to ``out`` (a PDF beside the flat ODT)."""
    source = out.with_suffix(".fodt")
    source.write_text(paper_fodt(paper, columns), encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", str(source), "--outdir", str(out.parent)],
                   check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(out.parent)})
    return source.with_suffix(".pdf")

