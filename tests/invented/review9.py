"""Invented review 9: a two-column Wiley (Adv. Energy Mater.)-like review with bracketed superscript citations, work
named by its authors ('Lindgren and co-workers[9] …'), two works compared in one sentence with 'respectively', and a
table whose paired columns give a test as 'current density/capacity' ('2/4') and a result as 'CE/cycles'
('99.0/300'), with an 'Electrolyte' column of words and a 'Ref.' column."""
import re

from invented.common import NAMES, latex, review_gold

title = "Structured lithium metal anodes for practical cells: hosts, separators and interphases"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = [
    ("1. Introduction", "Lithium metal promises cells above 400 Wh kg-1,^{1,2} yet its dendrites and its consumption of "
     "electrolyte cut the life of practical cells short.^{3-5}"),
    ("2. Three-dimensional hosts",
     "Lindgren and co-workers^{6} electrodeposited cobalt nanocones on nickel foam; the host kept a Coulombic "
     "efficiency of 98.6% for 420 cycles at 2 mA cm-2. Titanium nitride nanotube arrays^{7} and porous chromium "
     "nitride films^{8} lowered the nucleation overpotential to 12 and 19 mV, respectively. Table 1 compares further "
     "hosts."),
    ("3. Functional separators",
     "A separator coated with lithiated Nafion let Li||Li cells run for 1600 h at 1 mA cm-2.^{9} Weber et al. grafted "
     "sulfonate brushes onto a polyethylene separator, which raised the lithium transference number to 0.74.^{10}"),
    ("4. Artificial interphases",
     "An indium fluoride layer formed by a dip in InF3 solution kept symmetric cells below 25 mV for 1000 h.^{11} "
     "Polymerized ionic liquid films about 200 nm thick gave Li||Cu cells an average Coulombic efficiency of 99.3%.^{12}"),
    ("5. Outlook", "Lean electrolyte and thin lithium are where structured anodes must now prove themselves.^{13}"),
]
s("V9-01", "cobalt nanocones on nickel foam", ["cobalt nanocones on nickel foam", "cobalt nanocones", "host"],
  "ConductiveFramework", "MetalBasedFramework", 6, ("CoulombicEfficiency", 98.6, "%"), ("CycleNumber", 420, "cycles"),
  ("CurrentDensity", 2, "mA cm-2"))
s("V9-02", "titanium nitride nanotube arrays", ["titanium nitride nanotube arrays"], "ConductiveFramework",
  "MetalBasedFramework", 7, ("Overpotential", 12, "mV"))
s("V9-03", "porous chromium nitride films", ["porous chromium nitride films"], "ConductiveFramework",
  "MetalBasedFramework", 8, ("Overpotential", 19, "mV"))
s("V9-04", "lithiated Nafion-coated separator", ["lithiated Nafion", "separator coated with lithiated Nafion"],
  "NonConductiveFramework", "FunctionalSeparator", 9, ("Lifespan", 1600, "h"), ("CurrentDensity", 1, "mA cm-2"))
s("V9-05", "sulfonate-brush-grafted polyethylene separator", ["sulfonate brushes", "polyethylene separator"],
  "NonConductiveFramework", "FunctionalSeparator", 10, ("LithiumTransferenceNumber", 0.74, ""))
s("V9-06", "indium fluoride layer", ["indium fluoride layer"], "NanostructuredSEI", "ArtificialSEI", 11,
  ("Overpotential", 25, "mV"), ("Lifespan", 1000, "h"))
s("V9-07", "polymerized ionic liquid films", ["polymerized ionic liquid films"], "NanostructuredSEI", "ArtificialSEI",
  12, ("Thickness", 200, "nm"), ("CoulombicEfficiency", 99.3, "%"))
TABLE_ROWS = [
    ("Copper nanowire sponge", "ether", "2/4", "99.0/300", 14, "ConductiveFramework", "MetalBasedFramework"),
    ("Boron-doped carbon felt", "carbonate", "1/1", "97.8/180", 15, "ConductiveFramework", "CarbonBasedFramework"),
    ("Silica nanofibre mat", "ether", "3/3", "98.2/250", 16, "NonConductiveFramework", "NonConductiveScaffold"),
]
for k, (host, _el, test, result, ref, cls, sub) in enumerate(TABLE_ROWS):
    j, q = (float(x) for x in test.split("/"))
    ce, n = result.split("/")
    s(f"V9-T{k}", host, [host], cls, sub, ref, ("CurrentDensity", j, "mA cm-2"), ("ArealCapacity", q, "mA h cm-2"),
      ("CoulombicEfficiency", float(ce), "%"), ("CycleNumber", int(n), "cycles"))
refs = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 3) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 11 + 2) % len(NAMES)]}",
         ["Adv. Energy Mater.", "Adv. Mater.", "Angew. Chem. Int. Ed.", "Small"][i % 4], 2014 + i % 10, str(5 + i),
         f"{1700000 + 1013 * i}") for i in range(1, 17)]


def tex():
    def sub(t):
        t = re.sub(r"\^\{([\d,-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("InF3",)).replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{[" + m.group(1) + "]}", t)

    rows = " ".join(rf"{h} & {e} & {t} & {r} & {n} \\" for h, e, t, r, n, _, _ in TABLE_ROWS)
    table = (r"\begin{table*}[t]\centering\small\caption{Hosts compared in Li$\|$Cu cells.}\begin{tabular}{lcccc}\hline "
             r"Host & Electrolyte & Current density/capacity (mA cm$^{-2}$/mA h cm$^{-2}$) & CE (\%)/cycles & Ref. \\\hline "
             + rows + r"\hline\end{tabular}\end{table*}")
    o = [r"\documentclass[twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Freya Jensen, Omar Khan and Lucia Pereira}\date{}\begin{document}"
         r"\maketitle", r"\begin{abstract}Practical lithium metal cells need anodes that survive lean electrolyte and "
         r"thin lithium. We review three-dimensional hosts, functional separators and artificial interphases, and "
         r"compare the Coulombic efficiencies, lifespans and overpotentials reported for each.\end{abstract}"]
    for h, t in P:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("2."):
            o.append(table)
    o.append(r"\begin{thebibliography}{99}\small")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
