"""Invented review 19: a review whose summary table opens with its works ('Ref.' the first column, then 'Strategy',
'Host or layer'), marks cells with footnotes ('99.1^{a}', with 'a Tested at 0.5 mA cm−2.' under the table), leaves
cells 'n/a', heads a column 'Life (cycles)', and whose text names works by their authors with a year in brackets
before the marker ('Okafor et al. (2021)^{7} …')."""
import re

from invented.common import NAMES, review_gold

title = "Separators, hosts and interphases for long-life lithium metal anodes: a comparative review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "A lithium metal cell dies when its anode runs out of lithium or its separator is pierced."
     "^{1,2} Three families of strategies address the anode directly.^{3}"),
    ("2. Hosts and layers in the text",
     "Okafor et al. (2021)^{4} spun a polyimide separator with a lithiophilic zinc oxide face and reported "
     "1500 h of stable cycling at 1 mA cm-2. Brandt and Silva (2020)^{5} grew a copper sulfide layer on copper foil "
     "that reduced the nucleation overpotential to 17 mV. Table 1 compares these with six other works."),
    ("3. Outlook", "No single strategy reached 1000 cycles in a full cell with lean electrolyte.^{14}"),
]
s("V19-01", "polyimide separator with a lithiophilic zinc oxide face", ["polyimide separator",
  "polyimide separator with a lithiophilic zinc oxide face"], "NonConductiveFramework", "FunctionalSeparator", 4,
  ("Lifespan", 1500, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V19-02", "copper sulfide layer on copper foil", ["copper sulfide layer", "copper sulfide layer on copper foil"],
  "NanostructuredSEI", "ArtificialSEI", 5, ("Overpotential", 17, "mV"))
ROWS = [  # ref, strategy, name, CE, life(cycles), class, subclass, note
    (6, "Host", "Copper nanowire mat", "98.8", "400", "ConductiveFramework", "MetalBasedFramework", ""),
    (7, "Host", "Graphitic carbon foam", "99.1", "650", "ConductiveFramework", "CarbonBasedFramework", "a"),
    (8, "Host", "Lithium-magnesium alloy frame", "n/a", "300", "ConductiveFramework", "LithiumBasedFramework", ""),
    (9, "Separator", "Aramid nanofibre separator", "97.9", "500", "NonConductiveFramework", "FunctionalSeparator", ""),
    (10, "Separator", "Boehmite-coated separator", "98.3", "n/a", "NonConductiveFramework", "FunctionalSeparator", "a"),
    (11, "Interphase", "Lithium polyacrylate film", "98.6", "350", "NanostructuredSEI", "ArtificialSEI", ""),
    (12, "Interphase", "Graphene oxide skin", "98.0", "280", "NanostructuredSEI", "ArtificialSEI", ""),
    (13, "Interphase", "Fluorinated interphase from additive", "99.3", "720", "NanostructuredSEI",
     "ElectrolyteDerivedSEI", "a"),
]
for ref, _, name, ce, life, cls, sub, note in ROWS:
    figs = [("CurrentDensity", 0.5 if note else 1.0, "mA cm-2")]        # the caption's condition, or the note's
    if ce != "n/a":
        figs.append(("CoulombicEfficiency", float(ce), "%"))
    if life != "n/a":
        figs.append(("CycleNumber", int(life), "cycles"))
    s(f"V19-T{ref}", name, [name], cls, sub, ref, *figs)
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 11 + 7) % len(NAMES)]}, {chr(66 + i % 12)}. {NAMES[(i * 13 + 2) % len(NAMES)]}",
         ["Energy Storage Mater.", "J. Mater. Chem. A", "Adv. Sci.", "Small Methods"][i % 4], 2016 + i % 7, str(11 + i),
         f"{300 + 29 * i}") for i in range(1, 15)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("mA cm-2", "mA cm$^{-2}$").replace("%", "\\%")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    body = " ".join(rf"{ref} & {strategy} & {name} & {ce}{'$^{' + note + '}$' if note else ''} & {life} \\"
                    for ref, strategy, name, ce, life, _c, _s, note in ROWS)
    table = (r"\begin{table}[t]\centering\small\caption{Works compared in Li$\|$Cu cells (1 mA cm$^{-2}$ unless "
             r"noted).}\begin{tabular}{clllc}\hline Ref. & Strategy & Host or layer & CE (\%) & Life (cycles) \\\hline "
             + body + r"\hline\multicolumn{5}{l}{\footnotesize $^{a}$ Tested at 0.5 mA cm$^{-2}$.}\end{tabular}"
             r"\end{table}")
    o = [r"\documentclass[11pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ana Costa and Ravi Khan}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Separators, hosts and interphases each lengthen the life of lithium metal anodes. We "
         r"compare what each family reported, in the text and in one table.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("2."):
            o.append(table)
    o.append(r"\begin{thebibliography}{99}\small")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
