"""Invented research paper #4: comparisons in every shape (than that of, compared to, parenthesised values, full
cells named by their anodes, a caption, a literature table)."""

from invented.common import gold as gold_file
from invented.common import latex, refs

title = "Molybdenum disulfide-lined graphene aerogel as a dendrite-free lithium host"
S = {
    "H4-01": dict(
        name="MoS2-lined graphene aerogel (MGA)",
        aliases=[
            "MGA",
            "graphene aerogel with MoS2 nanosheets",
            "MGA host",
            "MoS2-lined graphene aerogel",
            "Li@MGA",
            "MGA electrode",
        ],
        role="design",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
    ),
    "H4-02": dict(
        name="graphene aerogel (GA)",
        aliases=["GA", "graphene aerogel", "Li@GA", "GA host"],
        role="control",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
    ),
    "H4-03": dict(name="Cu foil", aliases=["Cu foil", "Cu", "bare Cu", "Li@Cu"], role="control"),
    "H4-04": dict(name="Li foil", aliases=["Li foil", "bare Li", "Li"], role="control"),
    "H4-05": dict(
        name="silver-coated carbon paper",
        aliases=["silver-coated carbon paper", "Ag-coated carbon paper"],
        role="cited",
        refs=[17],
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
    ),
    "H4-06": dict(
        name="porous nickel scaffold",
        aliases=["porous nickel scaffold", "porous Ni scaffold"],
        role="cited",
        refs=[18],
        cls="ConductiveFramework",
        sub="MetalBasedFramework",
    ),
}
F = []


def f(*a):
    F.append(a)


B = []
B.append(
    (
        "Introduction",
        "Carbon aerogels are light hosts for lithium [1-5], but bare carbon is lithiophobic [6]. Coatings of "
        "lithiophilic compounds help [7-12]; MoS2 is attractive because it converts to Li2S and Mo, both of which conduct "
        "lithium ions [13]. We line a graphene aerogel with MoS2 nanosheets (MGA) and compare it with the bare graphene "
        "aerogel (GA) and with Cu foil.",
    )
)
B.append(
    (
        "Results and discussion",
        "The MGA has a specific surface area of 412 m2 g-1, higher than that of GA (265 m2 g-1). "
        "Its MoS2 sheets are 6 nm thick.",
    )
)
f(
    "H4-01",
    "SpecificSurfaceArea",
    412,
    "m2 g-1",
    "The MGA has a specific surface area of 412 m2 g-1, higher than that of GA (265 m2 g-1)",
)
f("H4-02", "SpecificSurfaceArea", 265, "m2 g-1", "higher than that of GA (265 m2 g-1)")
f("H4-01", "Thickness", 6, "nm", "Its MoS2 sheets are 6 nm thick")
B.append(
    (
        "",
        "Compared to GA (94.3%) and Cu foil (88.1%), MGA shows a much higher average Coulombic efficiency of 99.0% over "
        "500 cycles at 1 mA cm-2. MGA also shows a lower nucleation overpotential (11 mV) than GA (38 mV) and Cu foil (52 mV).",
    )
)
f(
    "H4-02",
    "CoulombicEfficiency",
    94.3,
    "%",
    "Compared to GA (94.3%) and Cu foil (88.1%), MGA shows a much higher average Coulombic efficiency of 99.0%",
)
f("H4-03", "CoulombicEfficiency", 88.1, "%", "Compared to GA (94.3%) and Cu foil (88.1%)")
f(
    "H4-01",
    "CoulombicEfficiency",
    99.0,
    "%",
    "MGA shows a much higher average Coulombic efficiency of 99.0% over 500 cycles at 1 mA cm-2",
)
f(
    "H4-01",
    "CycleNumber",
    500,
    "cycles",
    "MGA shows a much higher average Coulombic efficiency of 99.0% over 500 cycles at 1 mA cm-2",
)
f(
    "H4-01",
    "CurrentDensity",
    1,
    "mA cm-2",
    "MGA shows a much higher average Coulombic efficiency of 99.0% over 500 cycles at 1 mA cm-2",
)
f(
    "H4-01",
    "Overpotential",
    11,
    "mV",
    "MGA also shows a lower nucleation overpotential (11 mV) than GA (38 mV) and Cu foil (52 mV)",
)
f(
    "H4-02",
    "Overpotential",
    38,
    "mV",
    "MGA also shows a lower nucleation overpotential (11 mV) than GA (38 mV) and Cu foil (52 mV)",
)
f(
    "H4-03",
    "Overpotential",
    52,
    "mV",
    "MGA also shows a lower nucleation overpotential (11 mV) than GA (38 mV) and Cu foil (52 mV)",
)
B.append(
    (
        "",
        "Symmetric Li@MGA cells run for 1800 h at 3 mA cm-2 and 3 mA h cm-2, whereas Li@GA and Li@Cu cells fail after 420 "
        "and 150 h, respectively. This lifespan exceeds those of a silver-coated carbon paper (900 h) [17] and a porous nickel "
        "scaffold (700 h) [18].",
    )
)
f("H4-01", "Lifespan", 1800, "h", "Symmetric Li@MGA cells run for 1800 h at 3 mA cm-2 and 3 mA h cm-2")
f(
    "H4-01",
    "CurrentDensity",
    3,
    "mA cm-2",
    "Symmetric Li@MGA cells run for 1800 h at 3 mA cm-2 and 3 mA h cm-2",
)
f(
    "H4-01",
    "ArealCapacity",
    3,
    "mA h cm-2",
    "Symmetric Li@MGA cells run for 1800 h at 3 mA cm-2 and 3 mA h cm-2",
)
f("H4-02", "Lifespan", 420, "h", "whereas Li@GA and Li@Cu cells fail after 420 and 150 h, respectively")
f("H4-03", "Lifespan", 150, "h", "whereas Li@GA and Li@Cu cells fail after 420 and 150 h, respectively")
f("H4-05", "Lifespan", 900, "h", "This lifespan exceeds those of a silver-coated carbon paper (900 h) [17]")
f("H4-06", "Lifespan", 700, "h", "and a porous nickel scaffold (700 h) [18]")
B.append(
    (
        "",
        "Full cells were built with LiFePO4 cathodes. The Li@MGA||LiFePO4 cell delivers 143.2 mA h g-1 at 2 C and keeps "
        "93.5% of it after 800 cycles, while the Li||LiFePO4 cell drops to 47.6% after 300 cycles.",
    )
)
f("H4-01", "SpecificCapacity", 143.2, "mA h g-1", "The Li@MGA||LiFePO4 cell delivers 143.2 mA h g-1 at 2 C")
f("H4-01", "CRate", 2, "C", "The Li@MGA||LiFePO4 cell delivers 143.2 mA h g-1 at 2 C")
f("H4-01", "CapacityRetention", 93.5, "%", "keeps 93.5% of it after 800 cycles")
f("H4-01", "CycleNumber", 800, "cycles", "keeps 93.5% of it after 800 cycles")
f("H4-04", "CapacityRetention", 47.6, "%", "while the Li||LiFePO4 cell drops to 47.6% after 300 cycles")
f("H4-04", "CycleNumber", 300, "cycles", "while the Li||LiFePO4 cell drops to 47.6% after 300 cycles")
B.append(
    ("Conclusions", "Lining a carbon aerogel with MoS2 makes it lithiophilic without adding much weight.")
)
R = refs(24)


def tex():
    def sub(s):
        return latex(s, ("MoS2", "Li2S", "LiFePO4"))

    o = [
        r"\documentclass[twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
        r"\title{" + sub(title) + r"}\author{Sara Nilsen and Daniel Okoye}\date{}\begin{document}\maketitle",
        r"\begin{abstract}"
        + sub(
            "Carbon aerogels are light lithium hosts, but lithium wets them poorly. Lining a graphene aerogel with MoS2 "
            "nanosheets gives a host whose Coulombic efficiency stays at 99.0% for 500 cycles and whose symmetric cells run for 1800 h."
        )
        + r"\end{abstract}",
    ]
    for h, t in B:
        if h:
            o.append(r"\section{" + h + "}")
        o.append(sub(t))
    o.append(r"\begin{thebibliography}{99}")
    for a, t, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}, {t}, {j} {v} ({y}) {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


F.append(("H4-02", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H4-03", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H4-02", "CurrentDensity", 3, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H4-02", "ArealCapacity", 3, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H4-03", "CurrentDensity", 3, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H4-03", "ArealCapacity", 3, "mA h cm-2", "(condition shared by the comparison)"))


def gold():
    return gold_file(title, S, F, R)
