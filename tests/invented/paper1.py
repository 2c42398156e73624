"""Invented research paper #1 (Elsevier-like numbered sections, bracket citations, methods first)
and its gold, in the shared gold format. Everything here is invented."""

from invented.common import NAMES
from invented.common import gold as gold_file

TITLE = "Vanadium nitride nanosheets on carbon cloth guide uniform lithium deposition for stable lithium metal anodes"
S = {  # structures
    "H1-01": dict(
        name="vanadium nitride nanosheet-decorated carbon cloth (VN@CC)",
        aliases=["VN@CC", "VN@CC host", "VN-decorated carbon cloth", "VN@CC electrode"],
        role="design",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
        own=True,
        refs=[],
    ),
    "H1-02": dict(
        name="bare carbon cloth (CC)",
        aliases=["bare CC", "CC", "pristine CC", "carbon cloth"],
        role="control",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
        own=True,
        refs=[],
    ),
    "H1-03": dict(
        name="bare Cu foil",
        aliases=["bare Cu", "Cu foil", "bare Cu foil", "planar Cu"],
        role="control",
        cls=None,
        sub=None,
        own=True,
        refs=[],
    ),
    "H1-04": dict(
        name="bare Li foil",
        aliases=["bare Li", "Li foil", "bare Li foil"],
        role="control",
        cls=None,
        sub=None,
        own=True,
        refs=[],
    ),
    "H1-05": dict(
        name="ZnO-coated carbon felt",
        aliases=["ZnO-coated carbon felt"],
        role="cited",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
        own=False,
        refs=[9],
    ),
    "H1-06": dict(
        name="Ag nanoparticle-decorated carbon fibres",
        aliases=["Ag-decorated carbon fibres", "Ag nanoparticle-decorated carbon fibres"],
        role="cited",
        cls="ConductiveFramework",
        sub="CarbonBasedFramework",
        own=False,
        refs=[12],
    ),
}
F = []  # (structure, property, value, unit, sentence)


def f(s, prop, value, unit, sentence):
    F.append((s, prop, value, unit, sentence))


abstract = (
    "Lithium metal anodes suffer from dendritic growth and infinite volume change. Here we decorate a "
    "commercial carbon cloth with vanadium nitride nanosheets (VN@CC) to guide uniform lithium nucleation. "
    "The VN@CC host delivers an average Coulombic efficiency of 98.9% over 400 cycles at 1 mA cm$^{-2}$ and "
    "1 mA h cm$^{-2}$, and symmetric cells run stably for 1600 h. Paired with a LiFePO$_4$ cathode, the full "
    "cell retains 91.3% of its capacity after 500 cycles at 1 C."
)
f(
    "H1-01",
    "CoulombicEfficiency",
    98.9,
    "%",
    "The VN@CC host delivers an average Coulombic efficiency of 98.9% over 400 cycles",
)
f(
    "H1-01",
    "CycleNumber",
    400,
    "cycles",
    "The VN@CC host delivers an average Coulombic efficiency of 98.9% over 400 cycles",
)
f("H1-01", "CurrentDensity", 1, "mA cm-2", "over 400 cycles at 1 mA cm−2 and 1 mA h cm−2")
f("H1-01", "ArealCapacity", 1, "mA h cm-2", "over 400 cycles at 1 mA cm−2 and 1 mA h cm−2")
f("H1-01", "Lifespan", 1600, "h", "symmetric cells run stably for 1600 h")
f(
    "H1-01",
    "CapacityRetention",
    91.3,
    "%",
    "the full cell retains 91.3% of its capacity after 500 cycles at 1 C",
)
f(
    "H1-01",
    "CycleNumber",
    500,
    "cycles",
    "the full cell retains 91.3% of its capacity after 500 cycles at 1 C",
)
f("H1-01", "CRate", 1, "C", "the full cell retains 91.3% of its capacity after 500 cycles at 1 C")

intro = (
    "Lithium metal is regarded as the ultimate anode because of its high theoretical capacity "
    "(3860 mA h g$^{-1}$) and its low potential [1,2]. Three-dimensional hosts lower the local current density "
    "and accommodate the volume change [3--5]. Lithiophilic seeds further lower the nucleation barrier [6--8]. "
    "For example, a ZnO-coated carbon felt achieved a Coulombic efficiency of 97.5% for 150 cycles [9], and "
    "Ag nanoparticle-decorated carbon fibres sustained 800 h in symmetric cells at 1 mA cm$^{-2}$ [12]. "
    "However, such seeds are consumed by alloying [10,11]. Nitrides, in contrast, are conductive and do not "
    "alloy with lithium. Herein, we grow VN nanosheets on carbon cloth and study how they guide lithium."
)
f(
    "H1-05",
    "CoulombicEfficiency",
    97.5,
    "%",
    "a ZnO-coated carbon felt achieved a Coulombic efficiency of 97.5% for 150 cycles [9]",
)
f(
    "H1-05",
    "CycleNumber",
    150,
    "cycles",
    "a ZnO-coated carbon felt achieved a Coulombic efficiency of 97.5% for 150 cycles [9]",
)
f(
    "H1-06",
    "Lifespan",
    800,
    "h",
    "Ag nanoparticle-decorated carbon fibres sustained 800 h in symmetric cells at 1 mA cm−2 [12]",
)
f(
    "H1-06",
    "CurrentDensity",
    1,
    "mA cm-2",
    "Ag nanoparticle-decorated carbon fibres sustained 800 h in symmetric cells at 1 mA cm−2 [12]",
)

methods = [
    (
        "Synthesis of VN@CC",
        "Carbon cloth was cleaned in ethanol and acetone. It was soaked in a solution of ammonium metavanadate "
        "and annealed under ammonia at 700 $^\\circ$C for 2 h to give VN@CC. Bare CC was annealed in the same way "
        "without the vanadium salt.",
    ),
    (
        "Electrochemical measurements",
        "CR2032 coin cells were assembled in an argon-filled glove box with 1 M LiTFSI in DOL/DME with 2 wt\\% "
        "LiNO$_3$ as the electrolyte. For Coulombic efficiency tests, lithium was plated on the working electrode "
        "and stripped to 1.0 V. Symmetric cells were made from two electrodes each preloaded with 5 mA h cm$^{-2}$ "
        "of lithium. LiFePO$_4$ cathodes had a mass loading of 8 mg cm$^{-2}$.",
    ),
]

results = [
    (
        "Structure of VN@CC",
        "Scanning electron microscopy shows that the VN nanosheets cover every fibre uniformly. The VN nanosheets are "
        "about 25 nm thick, and the fibres keep their diameter of about 9 $\\mu$m. The contact angle of molten lithium "
        "on VN@CC is 21$^\\circ$, whereas bare CC is lithiophobic with a contact angle of 128$^\\circ$.",
    ),
    (
        "Lithium nucleation and plating",
        "At 0.5 mA cm$^{-2}$, lithium nucleates on VN@CC with a nucleation overpotential of only 14 mV, far below "
        "that on bare Cu foil (47 mV). The VN@CC electrode maintains a Coulombic efficiency of 98.9% over 400 "
        "cycles at 1 mA cm$^{-2}$ and 1 mA h cm$^{-2}$, whereas that of bare CC drops below 90% after 120 cycles. "
        "Under the same conditions, bare Cu foil fails after only 60 cycles. At a higher current density of "
        "3 mA cm$^{-2}$, VN@CC still keeps a Coulombic efficiency of 97.6% for 200 cycles.",
    ),
    (
        "Symmetric cells",
        "Symmetric VN@CC cells cycle for 1600 h at 1 mA cm$^{-2}$ with a voltage hysteresis of 16 mV. In contrast, "
        "the bare Li foil cell short-circuits after 180 h, and its hysteresis grows to 95 mV. Even at "
        "5 mA cm$^{-2}$, the VN@CC cells last 700 h.",
    ),
    (
        "Full cells",
        "Full cells pairing the lithium-loaded VN@CC anode with LiFePO$_4$ deliver an initial specific capacity of "
        "152.4 mA h g$^{-1}$ at 1 C and retain 91.3% of it after 500 cycles, compared with only 58.2% for the cell "
        "with bare Li foil.",
    ),
]
f("H1-01", "Thickness", 25, "nm", "The VN nanosheets are about 25 nm thick")
f("H1-01", "ContactAngle", 21, "deg", "The contact angle of molten lithium on VN@CC is 21°")
f("H1-02", "ContactAngle", 128, "deg", "bare CC is lithiophobic with a contact angle of 128°")
f(
    "H1-01",
    "CurrentDensity",
    0.5,
    "mA cm-2",
    "At 0.5 mA cm−2, lithium nucleates on VN@CC with a nucleation overpotential of only 14 mV",
)
f(
    "H1-01",
    "Overpotential",
    14,
    "mV",
    "lithium nucleates on VN@CC with a nucleation overpotential of only 14 mV",
)
f("H1-03", "Overpotential", 47, "mV", "far below that on bare Cu foil (47 mV)")
f("H1-02", "CoulombicEfficiency", 90, "%", "whereas that of bare CC drops below 90% after 120 cycles")
f("H1-02", "CycleNumber", 120, "cycles", "whereas that of bare CC drops below 90% after 120 cycles")
f("H1-03", "CycleNumber", 60, "cycles", "Under the same conditions, bare Cu foil fails after only 60 cycles")
f(
    "H1-01",
    "CurrentDensity",
    3,
    "mA cm-2",
    "At a higher current density of 3 mA cm−2, VN@CC still keeps a Coulombic efficiency of 97.6% for 200 cycles",
)
f(
    "H1-01",
    "CoulombicEfficiency",
    97.6,
    "%",
    "VN@CC still keeps a Coulombic efficiency of 97.6% for 200 cycles",
)
f("H1-01", "CycleNumber", 200, "cycles", "VN@CC still keeps a Coulombic efficiency of 97.6% for 200 cycles")
f(
    "H1-01",
    "VoltageHysteresis",
    16,
    "mV",
    "Symmetric VN@CC cells cycle for 1600 h at 1 mA cm−2 with a voltage hysteresis of 16 mV",
)
f("H1-04", "Lifespan", 180, "h", "the bare Li foil cell short-circuits after 180 h")
f("H1-04", "VoltageHysteresis", 95, "mV", "its hysteresis grows to 95 mV")
f("H1-01", "CurrentDensity", 5, "mA cm-2", "Even at 5 mA cm−2, the VN@CC cells last 700 h")
f("H1-01", "Lifespan", 700, "h", "Even at 5 mA cm−2, the VN@CC cells last 700 h")
f(
    "H1-01",
    "SpecificCapacity",
    152.4,
    "mA h g-1",
    "deliver an initial specific capacity of 152.4 mA h g−1 at 1 C",
)
f("H1-04", "CapacityRetention", 58.2, "%", "compared with only 58.2% for the cell with bare Li foil")
for sid in ("H1-01", "H1-04"):      # the methods' cathode loading is a condition of every full cell
    f(sid, "ArealMassLoading", 8, "mg cm-2", "LiFePO4 cathodes had a mass loading of 8 mg cm−2")

concl = (
    "VN nanosheets on carbon cloth lower the nucleation barrier of lithium and spread its deposition over "
    "the whole fibre network. The resulting host cycles efficiently and stably in half, symmetric and full cells."
)

refs = [
    (
        "T. Varga, M. Osei, L. Brandt",
        "Invented notes on lithium metal anodes for rechargeable cells",
        "Invented Energy Sci.",
        2014,
        "7",
        "513-537",
    ),
    (
        "D. Lindgren, Y. Quiroga, Q. Achterberg",
        "Reviving an invented metal anode",
        "Invented Nanotechnol.",
        2017,
        "12",
        "194-206",
    ),
] + [
    (
        f"A. {NAMES[i % len(NAMES)]}, B. {NAMES[(i * 5 + 1) % len(NAMES)]}",
        f"Invented study number {i} of three-dimensional lithium hosts",
        "J. Invented Mater.",
        2018 + i % 5,
        str(10 + i),
        f"{100 + i}-{110 + i}",
    )
    for i in range(3, 15)
]


def tex():
    out = [
        r"\documentclass[twocolumn,10pt]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{mathptmx}",
        r"\usepackage[margin=18mm]{geometry}",
        r"\title{" + TITLE + "}",
        r"\author{Mira Kovalenko, Tomas Ribeiro and Helen Osei}",
        r"\date{}",
        r"\begin{document}",
        r"\maketitle",
        r"\begin{abstract}" + abstract + r"\end{abstract}",
        r"\section{Introduction}",
        intro,
        r"\section{Experimental}",
    ]
    for h, t in methods:
        out += [r"\subsection{" + h + "}", t]
    out.append(r"\section{Results and discussion}")
    for h, t in results:
        out += [r"\subsection{" + h + "}", t]
    out += [r"\section{Conclusions}", concl, r"\begin{thebibliography}{99}"]
    for a, t, j, y, v, p in refs:
        out.append(rf"\bibitem{{}} {a}, {t}, {j} {v} ({y}) {p}.")
    out += [r"\end{thebibliography}", r"\end{document}"]
    return (
        "\n\n".join(out)
        .replace("98.9%", r"98.9\%")
        .replace("97.5%", r"97.5\%")
        .replace("91.3%", r"91.3\%")
        .replace("97.6%", r"97.6\%")
        .replace("90%", r"90\%")
        .replace("58.2%", r"58.2\%")
    )


F.append(("H1-02", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H1-02", "ArealCapacity", 1, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H1-03", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H1-03", "ArealCapacity", 1, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H1-03", "CurrentDensity", 0.5, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H1-04", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H1-04", "CRate", 1, "C", "(condition shared by the comparison)"))
F.append(("H1-04", "CycleNumber", 500, "cycles", "(condition shared by the comparison)"))


def gold():
    return gold_file(TITLE, S, F, refs)
