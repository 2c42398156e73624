"""Invented mini-review (RSC-like: numbered sections, superscript citations, a summary table). Invented content."""

from invented.common import NAMES, review_gold

title = "Nanostructured hosts and interphases for dendrite-free lithium metal anodes: a mini review"
S = []  # (id, name, aliases, cls, sub, ref, figures[(prop, value, unit)])


def s(i, name, aliases, cls, sub, ref, *figs):
    S.append((i, name, aliases, cls, sub, ref, list(figs)))


sections = []
sections.append(
    (
        "1 Introduction",
        "Lithium metal offers a theoretical specific capacity of 3860 mA h g$^{-1}$ and the lowest electrochemical "
        "potential of all anodes.\\textsuperscript{1,2} Yet dendrites and an unstable interphase shorten its life.\\textsuperscript{3--5} "
        "This review sorts recent nanostructured designs into conductive hosts, non-conductive scaffolds and "
        "artificial interphases, and compares their reported performance.",
    )
)
sections.append(("2 Conductive hosts", None))
sections.append(
    (
        "2.1 Carbon-based hosts",
        "Carbon hosts are light and conductive. A nitrogen-doped graphene foam guided lithium into its pores and kept a "
        "Coulombic efficiency of 98.8\\% for 350 cycles at 1 mA cm$^{-2}$.\\textsuperscript{12} Later, hollow carbon "
        "spheres threaded on nanotubes gave symmetric cells a lifespan of 1100 h.\\textsuperscript{13} Varga et al. "
        "built a carbonized wood channel array that held 10 mA h cm$^{-2}$ of lithium with a voltage hysteresis of "
        "only 22 mV.\\textsuperscript{14}",
    )
)
s(
    "R1-01",
    "nitrogen-doped graphene foam",
    ["nitrogen-doped graphene foam", "N-doped graphene foam"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    12,
    ("CoulombicEfficiency", 98.8, "%"),
    ("CycleNumber", 350, "cycles"),
    ("CurrentDensity", 1, "mA cm-2"),
)
s(
    "R1-02",
    "hollow carbon spheres threaded on nanotubes",
    ["hollow carbon spheres"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    13,
    ("Lifespan", 1100, "h"),
)
s(
    "R1-03",
    "carbonized wood channel array",
    ["carbonized wood channel array", "carbonized wood"],
    "ConductiveFramework",
    "CarbonBasedFramework",
    14,
    ("ArealCapacity", 10, "mA h cm-2"),
    ("VoltageHysteresis", 22, "mV"),
)
sections.append(
    (
        "2.2 Metal-based hosts",
        "Metal hosts are mechanically robust. A dealloyed porous copper film lowered the local current density and "
        "cycled for 200 cycles with a Coulombic efficiency of 97.4\\%.\\textsuperscript{18} A nickel foam coated with "
        "a lithiophilic tin layer reached 900 h at 3 mA cm$^{-2}$.\\textsuperscript{19}",
    )
)
s(
    "R1-04",
    "dealloyed porous copper film",
    ["dealloyed porous copper", "porous copper film"],
    "ConductiveFramework",
    "MetalBasedFramework",
    18,
    ("CycleNumber", 200, "cycles"),
    ("CoulombicEfficiency", 97.4, "%"),
)
s(
    "R1-05",
    "tin-coated nickel foam",
    ["nickel foam coated with a lithiophilic tin layer", "nickel foam"],
    "ConductiveFramework",
    "MetalBasedFramework",
    19,
    ("Lifespan", 900, "h"),
    ("CurrentDensity", 3, "mA cm-2"),
)
sections.append(
    (
        "3 Non-conductive scaffolds",
        "Insulating scaffolds keep lithium from plating on their top. An electrospun polyacrylonitrile fibre mat "
        "on copper raised the Coulombic efficiency to 97.9\\% over 250 cycles.\\textsuperscript{24} A glass-fibre "
        "interlayer placed on the separator extended the life of symmetric cells to 700 h at 0.5 mA cm$^{-2}$."
        "\\textsuperscript{25}",
    )
)
s(
    "R1-06",
    "electrospun polyacrylonitrile fibre mat",
    ["polyacrylonitrile fibre mat", "electrospun polyacrylonitrile fibre mat"],
    "NonConductiveFramework",
    "NonConductiveScaffold",
    24,
    ("CoulombicEfficiency", 97.9, "%"),
    ("CycleNumber", 250, "cycles"),
)
s(
    "R1-07",
    "glass-fibre interlayer on the separator",
    ["glass-fibre interlayer"],
    "NonConductiveFramework",
    "FunctionalSeparator",
    25,
    ("Lifespan", 700, "h"),
    ("CurrentDensity", 0.5, "mA cm-2"),
)
sections.append(
    (
        "4 Artificial interphases",
        "Thin coatings on lithium itself regulate the flux of ions. An atomic-layer-deposited alumina film only "
        "14 nm thick stopped corrosion of lithium in carbonate electrolyte.\\textsuperscript{31} A lithium "
        "phosphorus oxynitride layer sputtered on lithium foil enabled stable cycling for 1500 h at "
        "1 mA cm$^{-2}$.\\textsuperscript{32} Meanwhile, a self-healing polymer coating delivered an average "
        "Coulombic efficiency of 98.1\\% over 300 cycles.\\textsuperscript{33}",
    )
)
s(
    "R1-08",
    "atomic-layer-deposited alumina film",
    ["alumina film", "atomic-layer-deposited alumina film"],
    "NanostructuredSEI",
    "ArtificialSEI",
    31,
    ("Thickness", 14, "nm"),
)
s(
    "R1-09",
    "lithium phosphorus oxynitride layer",
    ["lithium phosphorus oxynitride layer", "LiPON layer"],
    "NanostructuredSEI",
    "ArtificialSEI",
    32,
    ("Lifespan", 1500, "h"),
    ("CurrentDensity", 1, "mA cm-2"),
)
s(
    "R1-10",
    "self-healing polymer coating",
    ["self-healing polymer coating"],
    "NanostructuredSEI",
    "ArtificialSEI",
    33,
    ("CoulombicEfficiency", 98.1, "%"),
    ("CycleNumber", 300, "cycles"),
)
sections.append(
    (
        "5 Conclusions and outlook",
        "Hosts, scaffolds and interphases each solve part of the problem; combining them in one anode is the next step.",
    )
)
refs = [
    (
        f"E. {NAMES[i % len(NAMES)]} and F. {NAMES[(i * 3 + 2) % len(NAMES)]}",
        f"Invented work {i} on lithium anodes",
        "Invented Chem. Soc. Rev.",
        2014 + i % 9,
        str(30 + i),
        f"{1000 + i}",
    )
    for i in range(1, 41)
]


def tex():
    out = [
        r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=17mm]{geometry}",
        r"\title{" + title + r"}\author{Priya Raman and Jonas Weber}\date{}\begin{document}\maketitle",
        r"\begin{abstract}Lithium metal anodes promise high energy density but suffer from dendrites. We review "
        r"nanostructured conductive hosts, non-conductive scaffolds and artificial interphases, compare their "
        r"Coulombic efficiencies and lifespans, and outline the remaining challenges for practical cells.\end{abstract}",
    ]
    for h, t in sections:
        num, name = h.split(" ", 1)
        out.append((r"\subsection*{" if "." in num else r"\section*{") + h + "}")
        if t:
            out.append(t)
    out.append(r"\begin{thebibliography}{99}")
    for a, _title, j, y, v, p in refs:
        out.append(rf"\bibitem{{}} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.")
    out.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(out)


def gold():
    return review_gold(title, S, refs, " and ")
