"""Invented research paper #3: ACS-like, harder phrasing (pronouns, former/latter, ratios, ± , a table, no codes)."""

from invented.common import gold as gold_file
from invented.common import refs

title = "A lithiophilic gradient scaffold of zinc oxide on copper mesh for high-rate lithium metal anodes"
S = {
    "H3-01": dict(
        name="zinc oxide gradient copper mesh scaffold",
        aliases=["gradient scaffold", "gradient ZnO scaffold", "ZnO-gradient Cu mesh", "the gradient mesh"],
        role="design",
        cls="ConductiveFramework",
        sub="MetalBasedFramework",
    ),
    "H3-02": dict(
        name="uniformly coated ZnO copper mesh",
        aliases=["uniform scaffold", "uniformly coated mesh", "uniform ZnO mesh"],
        role="control",
        cls="ConductiveFramework",
        sub="MetalBasedFramework",
    ),
    "H3-03": dict(
        name="bare copper mesh",
        aliases=["bare Cu mesh", "bare mesh", "Cu mesh"],
        role="control",
        cls="ConductiveFramework",
        sub="MetalBasedFramework",
    ),
    "H3-04": dict(
        name="planar copper foil",
        aliases=["planar Cu foil", "Cu foil", "planar Cu"],
        role="control",
        cls=None,
        sub=None,
    ),
    "H3-05": dict(
        name="gold-seeded copper host",
        aliases=["gold-seeded copper host", "Au-seeded Cu host"],
        role="cited",
        refs=[21],
        cls="ConductiveFramework",
        sub="MetalBasedFramework",
    ),
}
F = []


def f(*a):
    F.append(a)


body = []
body.append(
    (
        "Introduction",
        "Copper meshes are cheap current collectors, but lithium tends to plate on their top surface, where the "
        "field is strongest [1-4]. Seeds of a lithiophilic phase draw lithium inward [5-8]. A gold-seeded copper host, for "
        "instance, plated lithium at an overpotential of 9 mV and kept 98.4% Coulombic efficiency for 180 cycles [21]. Gold is "
        "costly, however. Here we grade the amount of zinc oxide from the top of a copper mesh to its bottom, so that lithium "
        "fills the mesh from the bottom up.",
    )
)
f(
    "H3-05",
    "Overpotential",
    9,
    "mV",
    "A gold-seeded copper host, for instance, plated lithium at an overpotential of 9 mV",
)
f("H3-05", "CoulombicEfficiency", 98.4, "%", "kept 98.4% Coulombic efficiency for 180 cycles [21]")
f("H3-05", "CycleNumber", 180, "cycles", "kept 98.4% Coulombic efficiency for 180 cycles [21]")
body.append(
    (
        "Results and Discussion",
        "We compared the gradient scaffold with a uniformly coated mesh and a bare mesh. The ZnO content at the "
        "bottom of the gradient scaffold is 12.5 $\\pm$ 0.4 wt\\%, three times that at its top. The former mesh is wetted by "
        "molten lithium within 3 s, while the latter two are not wetted at all.",
    )
)
f(
    "H3-01",
    "ZnOContent",
    12.5,
    "wt%",
    "The ZnO content at the bottom of the gradient scaffold is 12.5 ± 0.4 wt%",
)
f("H3-01", "WettingTime", 3, "s", "The former mesh is wetted by molten lithium within 3 s")
body.append(
    (
        "",
        "Its advantage shows in Li$\\|$Cu cells. At 2 mA cm$^{-2}$ and 2 mA h cm$^{-2}$, the gradient scaffold keeps an "
        "average Coulombic efficiency of 98.7% for 300 cycles. The uniform scaffold reaches 97.2% but fails after 150 cycles, and "
        "the bare mesh fades below 90% within 70 cycles. Planar Cu foil fares worst: its efficiency is 85.3% after only 40 cycles.",
    )
)
f(
    "H3-01",
    "CurrentDensity",
    2,
    "mA cm-2",
    "At 2 mA cm−2 and 2 mA h cm−2, the gradient scaffold keeps an average Coulombic efficiency of 98.7% for 300 cycles",
)
f(
    "H3-01",
    "ArealCapacity",
    2,
    "mA h cm-2",
    "At 2 mA cm−2 and 2 mA h cm−2, the gradient scaffold keeps an average Coulombic efficiency of 98.7% for 300 cycles",
)
f(
    "H3-01",
    "CoulombicEfficiency",
    98.7,
    "%",
    "the gradient scaffold keeps an average Coulombic efficiency of 98.7% for 300 cycles",
)
f(
    "H3-01",
    "CycleNumber",
    300,
    "cycles",
    "the gradient scaffold keeps an average Coulombic efficiency of 98.7% for 300 cycles",
)
f("H3-02", "CoulombicEfficiency", 97.2, "%", "The uniform scaffold reaches 97.2% but fails after 150 cycles")
f("H3-02", "CycleNumber", 150, "cycles", "The uniform scaffold reaches 97.2% but fails after 150 cycles")
f("H3-03", "CoulombicEfficiency", 90, "%", "the bare mesh fades below 90% within 70 cycles")
f("H3-03", "CycleNumber", 70, "cycles", "the bare mesh fades below 90% within 70 cycles")
f("H3-04", "CoulombicEfficiency", 85.3, "%", "its efficiency is 85.3% after only 40 cycles")
f("H3-04", "CycleNumber", 40, "cycles", "its efficiency is 85.3% after only 40 cycles")
body.append(
    (
        "",
        "In symmetric cells the voltage hysteresis of the gradient scaffold is 19 mV at 5 mA cm$^{-2}$, less than half of "
        "that of the uniform scaffold (43 mV). The gradient scaffold cells cycle for over 1000 h, twice as long as those with the "
        "uniform scaffold.",
    )
)
f(
    "H3-01",
    "VoltageHysteresis",
    19,
    "mV",
    "the voltage hysteresis of the gradient scaffold is 19 mV at 5 mA cm−2",
)
f(
    "H3-01",
    "CurrentDensity",
    5,
    "mA cm-2",
    "the voltage hysteresis of the gradient scaffold is 19 mV at 5 mA cm−2",
)
f("H3-02", "VoltageHysteresis", 43, "mV", "less than half of that of the uniform scaffold (43 mV)")
f("H3-01", "Lifespan", 1000, "h", "The gradient scaffold cells cycle for over 1000 h")
body.append(
    (
        "",
        "Paired with LiCoO$_2$ at a cathode loading of 18 mg cm$^{-2}$, the gradient scaffold gives 2.9 mA h cm$^{-2}$ "
        "at 0.5 C and 2.1 mA h cm$^{-2}$ at 2 C. After 200 cycles at 0.5 C it retains 88.6% of its capacity, against 62.0% for the "
        "uniform scaffold.",
    )
)
f(
    "H3-01",
    "ArealCapacity",
    2.9,
    "mA h cm-2",
    "the gradient scaffold gives 2.9 mA h cm−2 at 0.5 C and 2.1 mA h cm−2 at 2 C",
)
f("H3-01", "CRate", 0.5, "C", "the gradient scaffold gives 2.9 mA h cm−2 at 0.5 C and 2.1 mA h cm−2 at 2 C")
f(
    "H3-01",
    "ArealCapacity",
    2.1,
    "mA h cm-2",
    "the gradient scaffold gives 2.9 mA h cm−2 at 0.5 C and 2.1 mA h cm−2 at 2 C",
)
f("H3-01", "CRate", 2, "C", "the gradient scaffold gives 2.9 mA h cm−2 at 0.5 C and 2.1 mA h cm−2 at 2 C")
f("H3-01", "CapacityRetention", 88.6, "%", "After 200 cycles at 0.5 C it retains 88.6% of its capacity")
f("H3-01", "CycleNumber", 200, "cycles", "After 200 cycles at 0.5 C it retains 88.6% of its capacity")
f("H3-02", "CapacityRetention", 62.0, "%", "against 62.0% for the uniform scaffold")
f("H3-02", "CycleNumber", 200, "cycles", "against 62.0% for the uniform scaffold")
f("H3-02", "CRate", 0.5, "C", "against 62.0% for the uniform scaffold")
body.append(
    (
        "Conclusions",
        "Grading the lithiophilic phase through the depth of a mesh makes lithium fill it from the bottom, which "
        "doubles the cycle life of the anode at a high current density.",
    )
)
R = refs(25)


def tex():
    o = [
        r"\documentclass[twocolumn]{article}\usepackage{mathpazo}\usepackage[T1]{fontenc}\usepackage[margin=15mm]{geometry}",
        r"\title{"
        + title
        + r"}\author{Lena Pereira, Omar Haddad and Yuki Sato}\date{}\begin{document}\maketitle",
        r"\begin{abstract}Lithium plates on the top of copper meshes. We grade zinc oxide through the depth of a mesh so that "
        r"lithium fills it from the bottom up. The gradient scaffold keeps a Coulombic efficiency of 98.7\% for 300 cycles "
        r"at 2 mA cm$^{-2}$ and cycles for over 1000 h in symmetric cells.\end{abstract}",
    ]
    for h, t in body:
        if h:
            o.append(r"\section*{" + h + "}")
        o.append(t.replace("%", r"\%").replace(r"\\%", r"\%"))
    o.append(r"\begin{thebibliography}{99}")
    for a, t, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}. {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


F.append(("H3-02", "CurrentDensity", 2, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H3-02", "ArealCapacity", 2, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H3-03", "CurrentDensity", 2, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H3-03", "ArealCapacity", 2, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H3-04", "CurrentDensity", 2, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H3-04", "ArealCapacity", 2, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H3-02", "CurrentDensity", 5, "mA cm-2", "(condition shared by the comparison)"))


def gold():
    return gold_file(title, S, F, R)
