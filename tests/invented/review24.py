"""Invented review 24: a two-column review whose comparison table states its test once in the caption ('tested at
1 mA cm−2 and 1 mAh cm−2 unless noted') and marks the exceptions with footnotes of two kinds: on a figure's cell
('99.0^{b}') and on a design's name ('Tin-plated copper mesh^{a}', the whole row so tested), the notes set under the
table each on its own line ('^{a} At 2 mA cm−2.', '^{b} At 3 mAh cm−2.'); a 'Ref.' column with bracketed numbers and
superscript citations after the punctuation in the text ('… 1000 h,^{4} …')."""
import re

from invented.common import NAMES, review_gold

title = "Testing lithium metal anodes alike: a comparative minireview"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("Introduction", "Figures of lithium metal anodes are hard to compare, because each work tests its design in "
     "its own way.^{1-3}"),
    ("Designs in the text", "A zinc-seeded carbon cloth plated lithium for 1000 h,^{4} and an alumina-coated "
     "polyethylene separator kept 98.1% of its Coulombic efficiency over 300 cycles.^{5} Table 1 compares eight "
     "more designs tested in Li||Cu cells."),
    ("Outlook", "Tests at higher capacities are needed before any design can be called practical.^{14}"),
]
s("V24-01", "zinc-seeded carbon cloth", ["zinc-seeded carbon cloth"], CF, "CarbonBasedFramework", 4,
  ("Lifespan", 1000, "h"))
s("V24-02", "alumina-coated polyethylene separator", ["alumina-coated polyethylene separator"], NF,
  "FunctionalSeparator", 5, ("CoulombicEfficiency", 98.1, "%"), ("CycleNumber", 300, "cycles"))
ROWS = [  # name, name mark, CE, CE mark, cycles, class, subclass, ref
    ("Tin-plated copper mesh", "a", "98.6", "", "300", CF, "MetalBasedFramework", 6),
    ("Nitrogen-doped graphene foam", "", "99.0", "b", "450", CF, "CarbonBasedFramework", 7),
    ("Lithium–calcium alloy frame", "", "97.8", "", "260", CF, "LithiumBasedFramework", 8),
    ("Polyimide nanofibre mat", "", "98.2", "a", "380", NF, "NonConductiveScaffold", 9),
    ("Boron nitride coated separator", "b", "97.9", "", "320", NF, "FunctionalSeparator", 10),
    ("Lithium silicate coating", "", "98.8", "", "500", SEI, "ArtificialSEI", 11),
    ("Nitrate-derived interphase", "a", "99.2", "", "600", SEI, "ElectrolyteDerivedSEI", 12),
    ("Polymer–LiF hybrid film", "", "98.4", "b", "420", SEI, "ArtificialSEI", 13),
]
NOTES = {"a": ("CurrentDensity", 2.0, "mA cm-2"), "b": ("ArealCapacity", 3.0, "mA h cm-2")}
for name, name_mark, ce, ce_mark, cycles, cls, sub, ref in ROWS:
    conditions = {"CurrentDensity": ("CurrentDensity", 1.0, "mA cm-2"), "ArealCapacity": ("ArealCapacity", 1.0,
                                                                                          "mA h cm-2")}
    for mark in (name_mark, ce_mark):          # a note on the name is the whole row's; on the CE cell, its test's
        if mark:
            prop = NOTES[mark][0]
            conditions[prop] = NOTES[mark]
    s(f"V24-T{ref}", name, [name], cls, sub, ref, ("CoulombicEfficiency", float(ce), "%"),
      ("CycleNumber", int(cycles), "cycles"), *conditions.values())
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 5) % len(NAMES)]}, {chr(70 + i % 10)}. {NAMES[(i * 5 + 1) % len(NAMES)]}",
         ["ACS Appl. Mater. Interfaces", "J. Mater. Chem. A", "ChemElectroChem", "Energy Technol."][i % 4],
         2017 + i % 7, str(9 + i), f"{4100 + 23 * i}–{4108 + 23 * i}") for i in range(1, 15)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("%", "\\%").replace("Li||Cu", r"Li$\|$Cu")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    def mark(m):
        return "$^{" + m + "}$" if m else ""

    body = " ".join(rf"{n}{mark(nm)} & {ce}{mark(cm)} & {c} & [{r}] \\" for n, nm, ce, cm, c, _cl, _s, r in ROWS)
    table = (r"\begin{table}[t]\centering\footnotesize\caption{Designs compared in Li$\|$Cu cells, tested at "
             r"1 mA cm$^{-2}$ and 1 mAh cm$^{-2}$ unless noted.}\begin{tabular}{lccc}\hline Design & CE (\%) & "
             r"Cycles & Ref. \\\hline " + body + r"\hline\end{tabular}\par\smallskip\raggedright "
             r"$^{a}$ At 2 mA cm$^{-2}$.\par $^{b}$ At 3 mAh cm$^{-2}$.\end{table}")
    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Omar Haddad and Ines Kowalski}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Each work tests its lithium metal anode at its own current and capacity. We compare "
         r"designs of the three classes by what they reached and how they were tested.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h == "Designs in the text":
            o.append(table)
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent ({k}) {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p.replace('–', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
