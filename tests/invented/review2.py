"""Invented review #2: harder review prose (respectively lists, two-sentence reports, group names, before/after,
pronouns) and a summary table; all eight subclasses. Invented content."""

import re

from invented.common import NAMES, latex, review_gold

title = "Structured lithium: a review of frameworks and interphases for lithium metal anodes"
S = []


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


P = []
P.append(
    (
        "1. Introduction",
        "Lithium metal anodes promise the highest energy density of any anode [1-3]. Their plating, "
        "however, is uneven, and the interphase on them cracks as they swell [4-6]. Structured designs answer both problems "
        "[7-10]. We group them as conductive frameworks, non-conductive frameworks and structured interphases.",
    )
)
P.append(
    (
        "2. Conductive frameworks",
        "Conductive frameworks lower the local current density. Okonkwo and co-workers grew "
        "cobalt-doped carbon nanofibres on copper [11]; the cells kept a Coulombic efficiency of 98.2% for 400 cycles. A year later, "
        "the same group reported a boron-rich lithium alloy framework [12] and a copper-zinc alloy mesh [13], which cycled for "
        "1200 h and 800 h, respectively, at 1 mA cm-2. The overpotential of a silver-plated titanium felt dropped from 70 mV "
        "to 18 mV after the plating [14].",
    )
)
s(
    "V2-01",
    "cobalt-doped carbon nanofibres on copper",
    ["cobalt-doped carbon nanofibres"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    11,
    ("CoulombicEfficiency", 98.2, "%"),
    ("CycleNumber", 400, "cycles"),
)
s(
    "V2-02",
    "boron-rich lithium alloy framework",
    ["boron-rich lithium alloy framework"],
    "ConductiveFramework",
    "LithiumBasedFramework",
    12,
    ("Lifespan", 1200, "h"),
    ("CurrentDensity", 1, "mA cm-2"),
)
s(
    "V2-03",
    "copper-zinc alloy mesh",
    ["copper-zinc alloy mesh"],
    "ConductiveFramework",
    "MetalBasedFramework",
    13,
    ("Lifespan", 800, "h"),
    ("CurrentDensity", 1, "mA cm-2"),
)
s(
    "V2-04",
    "silver-plated titanium felt",
    ["silver-plated titanium felt"],
    "ConductiveFramework",
    "MetalBasedFramework",
    14,
    ("Overpotential", 18, "mV"),
)
P.append(
    (
        "3. Non-conductive frameworks",
        "Insulating frameworks keep lithium below their surface. A garnet nanofibre "
        "scaffold infiltrated with molten lithium [21] gave a symmetric cell a life of 900 h. Functional separators work "
        "from the other side: Kaur et al. coated a polyethylene separator with a thin boron nitride film, and the coated "
        "separator extended the cycle life of Li-S cells to 500 cycles [22]. Silica nanoparticles dispersed in the electrolyte "
        "also help; such a nanoparticle electrolyte raised the Coulombic efficiency to 97.0% [23].",
    )
)
s(
    "V2-05",
    "garnet nanofibre scaffold",
    ["garnet nanofibre scaffold"],
    "NonConductiveFramework",
    "NonConductiveScaffold",
    21,
    ("Lifespan", 900, "h"),
)
s(
    "V2-06",
    "boron nitride film-coated polyethylene separator",
    ["coated separator", "boron nitride film", "polyethylene separator"],
    "NonConductiveFramework",
    "FunctionalSeparator",
    22,
    ("CycleNumber", 500, "cycles"),
)
s(
    "V2-07",
    "silica nanoparticle electrolyte",
    ["nanoparticle electrolyte", "silica nanoparticles"],
    "NonConductiveFramework",
    "NanoparticleElectrolyte",
    23,
    ("CoulombicEfficiency", 97.0, "%"),
)
P.append(
    (
        "4. Structured interphases",
        "An artificial Li3N layer made by nitriding lithium foil conducts lithium ions well "
        "[31]. With it, symmetric cells ran for 1000 h at 0.5 mA cm-2. By contrast, an interphase derived from a fluorinated "
        "electrolyte forms by itself during cycling [32]. This LiF-rich SEI gave an average Coulombic efficiency of 99.2%.",
    )
)
s(
    "V2-08",
    "artificial Li3N layer",
    ["Li3N layer", "artificial Li3N layer"],
    "NanostructuredSEI",
    "ArtificialSEI",
    31,
    ("Lifespan", 1000, "h"),
    ("CurrentDensity", 0.5, "mA cm-2"),
)
s(
    "V2-09",
    "LiF-rich SEI derived from a fluorinated electrolyte",
    ["LiF-rich SEI", "fluorinated electrolyte"],
    "NanostructuredSEI",
    "ElectrolyteDerivedSEI",
    32,
    ("CoulombicEfficiency", 99.2, "%"),
)
P.append(
    (
        "5. Outlook",
        "No single design yet meets the targets of practical cells; combinations of the three kinds are likely.",
    )
)
refs = [
    (
        f"{chr(65 + i % 26)}. {NAMES[i % len(NAMES)]}, {chr(66 + i % 20)}. {NAMES[(i * 7 + 2) % len(NAMES)]}",
        "Invented Adv. Energy Lett.",
        2013 + i % 10,
        str(5 + i),
        f"{2000 + 7 * i}",
    )
    for i in range(1, 41)
]


def tex():
    def sub(t):
        return latex(t, ("Li3N",)).replace("[", "\\cite{").replace("]", "}")

    o = [
        r"\documentclass[twocolumn]{article}\usepackage{charter}\usepackage[T1]{fontenc}\usepackage[margin=17mm]{geometry}\usepackage{cite}",
        r"\title{" + title + r"}\author{Leila Farouk and Tom Becker}\date{}\begin{document}\maketitle",
        r"\begin{abstract}Lithium metal anodes need structure at the micro- and nanoscale to plate evenly and to keep their "
        r"interphase intact. This review surveys conductive frameworks, non-conductive frameworks and structured "
        r"interphases, and compares what each has achieved in half, symmetric and full cells.\end{abstract}",
    ]
    for h, t in P:
        o.append(r"\section*{" + h + "}")
        o.append(sub(t))
    o.append(r"\begin{thebibliography}{99}")
    for k, (a, j, y, v, p) in enumerate(refs, 1):
        o.append(rf"\bibitem{{r{k}}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    t = "\n\n".join(o)
    t = re.sub(
        r"\\cite\{(\d+)-(\d+)\}",
        lambda m: r"\cite{" + ",".join(f"r{x}" for x in range(int(m[1]), int(m[2]) + 1)) + "}",
        t,
    )
    t = re.sub(r"\\cite\{(\d+)\}", r"\\cite{r\1}", t)
    return t


def gold():
    return review_gold(title, S, refs)
