"""Invented review 26: a perspective that tabulates its cited works in one numbered table across the page ('Table 1.
Results reported for the designs discussed; mean ± standard deviation where the work gave one.'), a 'Class' column
in short words ('Conductive', 'Insulating', 'Interphase'), CE cells with a spread ('98.9 ± 0.2'), test currents given
as a range a work tested over ('0.5–2', both ends its figures), a 'Life (h)' column with '–' where none was given, and
text that retells some of the same works with a spread ('averaged 99.2 ± 0.1% over 400 cycles [6]') and an
'(n = 3)' after it; bracketed citations, a general statement backed by three works with a figure of no work's."""
from invented.common import NAMES, review_gold

title = "Counting what comes back: a perspective on efficiency in lithium metal anodes"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


CF, NF, SEI = "ConductiveFramework", "NonConductiveFramework", "NanostructuredSEI"
P = [
    ("1. Why efficiency decides", "A cell that returns 99.9% of its lithium each cycle still loses a tenth of it "
     "within about a hundred cycles [1-3]. The figure that matters most is therefore the Coulombic efficiency, and "
     "this perspective gathers what recent designs have reported [4]."),
    ("2. What has been reported", "An indium-seeded copper lattice averaged a Coulombic efficiency of 99.2 ± 0.1% over "
     "400 cycles (n = 3) [6]. A polypropylene separator faced with boron nitride nanosheets gave a Coulombic "
     "efficiency of 98.4 ± 0.3% at 0.5 mA cm-2 [7]. A lithium–tin alloy scaffold kept cells running for 1600 h at "
     "1 mA cm-2 [8]. Table 1 lists these and other designs."),
    ("3. Reading the numbers with care", "A spread is seldom given, and tests differ in current and capacity [5]. "
     "The works in Table 1 were tested at currents from 0.5 to 3 mA cm-2, and some gave no lifespan at all."),
    ("4. Outlook", "An efficiency above 99.9% with lean electrolyte remains the goal [15]."),
]
s("V26-01", "indium-seeded copper lattice", ["indium-seeded copper lattice"], CF, "MetalBasedFramework", 6,
  ("CoulombicEfficiency", 99.2, "%"), ("CycleNumber", 400, "cycles"))
s("V26-02", "polypropylene separator faced with boron nitride nanosheets", [
  "polypropylene separator faced with boron nitride nanosheets", "polypropylene separator"], NF,
  "FunctionalSeparator", 7, ("CoulombicEfficiency", 98.4, "%"), ("CurrentDensity", 0.5, "mA cm-2"))
s("V26-03", "lithium–tin alloy scaffold", ["lithium–tin alloy scaffold", "lithium-tin alloy scaffold"], CF,
  "LithiumBasedFramework", 8, ("Lifespan", 1600, "h"), ("CurrentDensity", 1, "mA cm-2"))
# the table: design, class word, class, subclass, CE, spread, j (one value or a range), cycles, life, ref
TABLE = [
    ("Indium-seeded Cu lattice", "Conductive", CF, "MetalBasedFramework", "99.2", "0.1", "1", "400", None, 6),
    ("BN-faced PP separator", "Insulating", NF, "FunctionalSeparator", "98.4", "0.3", "0.5", "250", None, 7),
    ("Li–Sn alloy scaffold", "Conductive", CF, "LithiumBasedFramework", "98.1", None, "1", "300", "1600", 8),
    ("Nitrogen-doped carbon cloth", "Conductive", CF, "CarbonBasedFramework", "98.9", "0.2", "0.5–2", "500", "900", 9),
    ("Alumina fibre mat", "Insulating", NF, "NonConductiveScaffold", "97.7", "0.4", "1", "200", "700", 10),
    ("Garnet particle–PEO layer", "Insulating", NF, "NanoparticleElectrolyte", "98.0", None, "0.5", "350", "1100", 11),
    ("Sputtered LiF film", "Interphase", SEI, "ArtificialSEI", "99.0", "0.2", "1–3", "450", None, 12),
    ("Nitrate-derived interphase", "Interphase", SEI, "ElectrolyteDerivedSEI", "99.4", "0.1", "0.5", "600", "1300", 13),
]
for design, _word, cls, sub, ce, _sd, j, cycles, life, ref in TABLE:
    figs = [("CoulombicEfficiency", float(ce), "%"), *[("CurrentDensity", float(x), "mA cm-2") for x in j.split("–")],
            ("CycleNumber", int(cycles), "cycles")] + ([("Lifespan", int(life), "h")] if life else [])
    known = next((x for x in S if x[5] == ref), None)
    if known:       # a work the text retold: one structure, the table's name an alias of it
        known[2].append(design)
        for f in figs:
            if f not in known[6]:
                known[6].append(f)
    else:
        s(f"V26-T{ref}", design, [design], cls, sub, ref, *figs)
refs = [(f"{NAMES[(i * 5 + 1) % len(NAMES)]} {chr(65 + i % 23)}, {NAMES[(i * 13 + 6) % len(NAMES)]} {chr(70 + i % 11)}",
         ["Joule", "ACS Energy Lett.", "Energy Storage Mater.", "Adv. Energy Mater."][i % 4], 2016 + i % 8,
         str(2 + i % 9), f"{400 + 53 * i}–{411 + 53 * i}") for i in range(1, 16)]


def tex():
    def u(t):
        return (t.replace("mA cm-2", "mA cm$^{-2}$").replace("±", "$\\pm$").replace("%", "\\%")
                .replace("[1-3]", "[1--3]"))

    o = [r"\documentclass[twocolumn,10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}\setcounter{secnumdepth}{0}",
         r"\title{\bfseries " + title + r"}\author{Ines Costa and Jonas Weber}\date{}\begin{document}\maketitle",
         r"\begin{abstract}Every lithium metal anode design is judged by how much lithium it gives back. This "
         r"perspective gathers the efficiencies recent designs reported, and how they were measured.\end{abstract}"]
    for h, t in P:
        o += [r"\section{" + h + "}", u(t)]
    pm = r" $\pm$ "
    body = " ".join(rf"{d} & {w} & {ce}{pm + sd if sd else ''} & {j.replace('–', '--')} & {c} & "
                    rf"{life or '--'} & [{r}] \\" for d, w, _c, _s, ce, sd, j, c, life, r in TABLE)
    o.append(r"\begin{table*}[t]\centering\small\caption{Results reported for the designs discussed; mean $\pm$ "
             r"standard deviation where the work gave one.}\begin{tabular}{llccccc}\hline Design & Class & CE (\%) & "
             r"$j$ (mA cm$^{-2}$) & Cycles & Life (h) & Ref. \\\hline " + body + r"\hline\end{tabular}\end{table*}")
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\noindent [{k}] {a}. {j} {y}, {v}, {p.replace('–', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
