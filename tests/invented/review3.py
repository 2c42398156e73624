"""Invented review #3: headings that name no class, superscript citations after punctuation (ACS/RSC), work
described over several sentences with pronouns ('They', 'The authors', 'This film'), 'Similarly', a figure
caption 'Reproduced with permission from ref. 23', and a summary table with a Ref. column."""

import re

from invented.common import NAMES, latex, review_gold

title = "Taming lithium: interface and architecture strategies for stable lithium metal anodes"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = []
P.append(
    (
        "1. Introduction",
        "Lithium metal has the highest specific capacity of any anode, but its cycling is short.^{1-4} This review "
        "looks at what has been done at the interface and in the architecture of the anode.^{5,6}",
    )
)
P.append(
    (
        "2. Where lithium goes",
        "The first strategy gives lithium a place to go. Okonkwo and colleagues hollowed out a "
        "vanadium carbide MXene aerogel and filled it with molten lithium.^{14} The composite anode ran for 1300 h at "
        "2 mA cm-2 in symmetric cells. They attributed this to the lithiophilic MXene surface. Similarly, a lithiated "
        "graphite-silver scaffold spread lithium over its whole depth and kept a Coulombic efficiency of 99.1% for "
        "250 cycles.^{15}",
    )
)
s(
    "V3-01",
    "vanadium carbide MXene aerogel",
    ["vanadium carbide MXene aerogel", "MXene aerogel", "composite anode"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    14,
    ("Lifespan", 1300, "h"),
    ("CurrentDensity", 2, "mA cm-2"),
)
s(
    "V3-02",
    "lithiated graphite-silver scaffold",
    ["graphite-silver scaffold", "lithiated graphite-silver scaffold"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    15,
    ("CoulombicEfficiency", 99.1, "%"),
    ("CycleNumber", 250, "cycles"),
)
P.append(
    (
        "3. What lithium touches",
        "The second strategy changes the surface lithium meets. A 30 nm polyphosphazene film "
        "grown on lithium by vapour deposition cut side reactions with the electrolyte.^{21} This film lowered the "
        "overpotential of Li||Li cells to 15 mV and kept them cycling for 700 h. In another study, Quiroga et al. coated "
        "a glass-fibre separator with a lithium-ion-conducting polymer,^{22} and the modified separator gave Li||Cu cells "
        "a Coulombic efficiency of 98.3%. The authors also reported a capacity retention of 90.5% after 400 cycles in "
        "Li||LiFePO4 cells.",
    )
)
s(
    "V3-03",
    "polyphosphazene film",
    ["polyphosphazene film", "30 nm polyphosphazene film"],
    "NanostructuredSEI",
    "ArtificialSEI",
    21,
    ("Thickness", 30, "nm"),
    ("Overpotential", 15, "mV"),
    ("Lifespan", 700, "h"),
)
s(
    "V3-04",
    "polymer-coated glass-fibre separator",
    ["modified separator", "glass-fibre separator", "coated separator"],
    "NonConductiveFramework",
    "FunctionalSeparator",
    22,
    ("CoulombicEfficiency", 98.3, "%"),
    ("CapacityRetention", 90.5, "%"),
    ("CycleNumber", 400, "cycles"),
)
P.append(
    (
        "4. Summary",
        "Table 1 sets the designs side by side with two more from the literature. Figure 3 shows the "
        "aerogel.^{23}",
    )
)
TABLE = r"""\begin{table}[h]\centering\small
\caption{Reported designs and their performance.}
\begin{tabular}{lccc}\hline
Design & CE (\%) & Lifespan (h) & Ref. \\\hline
Copper nanowire mat & 97.6 & 500 & 24 \\
Boron nitride-coated separator & 98.0 & 800 & 25 \\\hline
\end{tabular}\end{table}"""
s(
    "V3-05",
    "copper nanowire mat",
    ["Copper nanowire mat"],
    "ConductiveFramework",
    "MetalBasedFramework",
    24,
    ("CoulombicEfficiency", 97.6, "%"),
    ("Lifespan", 500, "h"),
)
s(
    "V3-06",
    "boron nitride-coated separator",
    ["Boron nitride-coated separator"],
    "NonConductiveFramework",
    "FunctionalSeparator",
    25,
    ("CoulombicEfficiency", 98.0, "%"),
    ("Lifespan", 800, "h"),
)
CAPTION = r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{5cm}{0pt}}\caption{A vanadium carbide MXene aerogel before and after lithium infusion. Reproduced with permission from ref. 23.}\end{figure}"
refs = [
    (
        f"{chr(65 + i % 26)}. {NAMES[i % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 7 + 2) % len(NAMES)]}",
        "Invented J. Mater. Chem. A",
        2013 + i % 10,
        str(5 + i),
        f"{2000 + 7 * i}",
    )
    for i in range(1, 31)
]


def tex():
    def sub(t):
        t = latex(t, ("LiFePO4",))
        return re.sub(
            r"\^\{([\d,-]+)\}", lambda m: "\\textsuperscript{" + m.group(1).replace("-", "--") + "}", t
        )

    o = [
        r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=17mm]{geometry}",
        r"\title{" + title + r"}\author{Mateo Quiroga and Ines Achterberg}\date{}\begin{document}\maketitle",
        r"\begin{abstract}Lithium metal anodes fail by dendrites and by a brittle interphase. We review two families of "
        r"remedies, hosts that decide where lithium goes and layers that decide what it touches, and compare reported "
        r"lifespans and Coulombic efficiencies.\end{abstract}",
    ]
    for h, t in P:
        o.append(r"\section*{" + h + "}")
        o.append(sub(t))
        if h.startswith("4."):
            o += [TABLE, CAPTION]
    o.append(r"\begin{thebibliography}{99}")
    for a, j, y, v, p in refs:
        o.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return review_gold(title, S, refs)
