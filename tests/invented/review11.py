"""Invented review 11: a two-column review whose comparison table groups its rows by a first column whose label stands
between its rows, as \\multirow sets it ('Carbon hosts' over two rows, 'Metal hosts' over two), a 'Ref.' column, a heading with the test written
as 'Test (mA cm−2/mA h cm−2)', cells like '1/1', and superscript numbered citations in the text."""
import re

from invented.common import NAMES, latex, review_gold

title = "Host, separator and interphase design for lithium metal anodes: a critical review"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Lithium metal anodes promise high energy, but dendrites and dead lithium shorten their "
     "life.^{1-3}"),
    ("2. Hosts", "Porous hosts lower the local current density.^{4} A vertically aligned carbon fibre array kept a "
     "Coulombic efficiency of 98.4% for 250 cycles.^{5} Table 1 compares hosts tested in symmetric cells."),
    ("3. Interphases", "A lithium phosphorus oxynitride film about 40 nm thick lowered the overpotential to 18 mV.^{6}"),
    ("4. Outlook", "Anode-free cells set the hardest test for all of these designs.^{11}"),
]
s("V11-01", "vertically aligned carbon fibre array", ["vertically aligned carbon fibre array"], "ConductiveFramework",
  "CarbonBasedFramework", 5, ("CoulombicEfficiency", 98.4, "%"), ("CycleNumber", 250, "cycles"))
s("V11-02", "lithium phosphorus oxynitride film", ["lithium phosphorus oxynitride film"], "NanostructuredSEI",
  "ArtificialSEI", 6, ("Thickness", 40, "nm"), ("Overpotential", 18, "mV"))
GROUPS = [("Carbon hosts", [("Graphitized wood channels", "1/1", 1200, 7, "CarbonBasedFramework"),
                            ("Nitrogen-doped carbon sponge", "2/2", 800, 8, "CarbonBasedFramework")]),
          ("Metal hosts", [("Porous copper nanowire film", "1/1", 600, 9, "MetalBasedFramework"),
                           ("Nickel foam with tin coating", "3/3", 500, 10, "MetalBasedFramework")])]
for _g, rows in GROUPS:
    for _k, (host, test, life, ref, sub) in enumerate(rows):
        j, q = (float(x) for x in test.split("/"))
        s(f"V11-T{ref}", host, [host], "ConductiveFramework", sub, ref, ("CurrentDensity", j, "mA cm-2"),
          ("ArealCapacity", q, "mA h cm-2"), ("Lifespan", life, "h"))
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 6) % len(NAMES)]}, {chr(67 + i % 15)}. {NAMES[(i * 5 + 10) % len(NAMES)]}",
         ["J. Mater. Chem. A", "Energy Environ. Sci.", "Chem. Soc. Rev.", "Nanoscale"][i % 4], 2013 + i % 10, str(2 + i),
         f"{7000 + 131 * i}") for i in range(1, 12)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t)
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    body = []
    for g, rows in GROUPS:
        for k, (host, test, life, ref, _) in enumerate(rows):
            first = rf"\smash{{\raisebox{{-1.3ex}}{{{g}}}}}" if k == 0 else ""     # as multirow centres it
            body.append(rf"{first} & {host} & {test} & {life} & {ref} \\")
        body.append(r"\hline")
    table = (r"\begin{table*}[t]\centering\small\caption{Hosts compared in symmetric cells.}\begin{tabular}{llccc}"
             r"\hline Type & Host & Test (mA cm$^{-2}$/mA h cm$^{-2}$) & Lifespan (h) & Ref. \\\hline " + " ".join(body)
             + r"\end{tabular}\end{table*}")
    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Iris Dubois and Kofi Osei}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Lithium metal anodes need hosts, separators and interphases that work together. We review "
         r"the three and compare the lifespans and efficiencies reported for each.\end{abstract}"]
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
