"""Invented research paper #5: a coated separator (non-conductive), a Nature-like numeric superscript style,
Li||Cu and Li||Li named by separators, a percentage change, a ratio, temperature, ionic conductivity, 'respectively'."""

from invented.common import gold as gold_file
from invented.common import latex, refs

title = "A titanium phosphate-coated separator homogenizes lithium flux in lithium metal batteries"
S = {
    "H5-01": dict(
        name="TiP2O7-coated polypropylene separator (TPO@PP)",
        aliases=[
            "TPO@PP",
            "TPO@PP separator",
            "TiP2O7-coated separator",
            "coated separator",
            "TiP2O7-coated polypropylene separator",
        ],
        role="design",
        cls="NonConductiveFramework",
        sub="FunctionalSeparator",
    ),
    "H5-02": dict(
        name="pristine polypropylene separator",
        aliases=["PP", "pristine PP", "PP separator", "pristine PP separator", "bare PP"],
        role="control",
        cls="NonConductiveFramework",
        sub="FunctionalSeparator",
    ),
    "H5-03": dict(
        name="Al2O3-coated separator",
        aliases=["Al2O3-coated separator", "Al2O3-coated separators"],
        role="cited",
        refs=[9],
        cls="NonConductiveFramework",
        sub="FunctionalSeparator",
    ),
}
F = []


def f(*a):
    F.append(a)


B = []
B.append(
    (
        "",
        "The separator decides how lithium ions reach the anode\\textsuperscript{1,2}. Ceramic coatings make it stiffer and "
        "more wettable\\textsuperscript{3--8}; Al2O3-coated separators, for example, raise the lithium-ion transference number to "
        "0.52\\textsuperscript{9}. Here, a separator coated with TiP2O7 (TPO@PP) is shown to both conduct lithium ions and "
        "spread their flux.",
    )
)
f(
    "H5-03",
    "LithiumTransferenceNumber",
    0.52,
    "1",
    "Al2O3-coated separators, for example, raise the lithium-ion transference number to 0.52",
)
B.append(("Results", None))
B.append(
    (
        "Properties of the separators",
        "The TPO coating is 2.5 $\\mu$m thick and adds only 0.4 mg cm-2 to the separator. The electrolyte "
        "uptake of TPO@PP and PP is 182% and 96%, respectively. After 1 h at 150 $^\\circ$C, TPO@PP shrinks by 4%, whereas PP "
        "shrinks by 41%. The ionic conductivity of TPO@PP is 0.92 mS cm-1, 64% higher than that of PP.",
    )
)
f("H5-01", "Thickness", 2500, "nm", "The TPO coating is 2.5 μm thick")
f("H5-01", "CoatingMassLoading", 0.4, "mg cm-2", "adds only 0.4 mg cm-2 to the separator")
f(
    "H5-01",
    "ElectrolyteUptake",
    182,
    "%",
    "The electrolyte uptake of TPO@PP and PP is 182% and 96%, respectively",
)
f(
    "H5-02",
    "ElectrolyteUptake",
    96,
    "%",
    "The electrolyte uptake of TPO@PP and PP is 182% and 96%, respectively",
)
f("H5-01", "ThermalShrinkage", 4, "%", "After 1 h at 150 °C, TPO@PP shrinks by 4%")
f("H5-02", "ThermalShrinkage", 41, "%", "whereas PP shrinks by 41%")
f("H5-01", "Temperature", 150, "degC", "After 1 h at 150 °C, TPO@PP shrinks by 4%")
f("H5-02", "Temperature", 150, "degC", "After 1 h at 150 °C, TPO@PP shrinks by 4%, whereas PP shrinks by 41%")
f("H5-01", "IonicConductivity", 0.92, "mS cm-1", "The ionic conductivity of TPO@PP is 0.92 mS cm-1")
f(
    "H5-01",
    "LithiumTransferenceNumber",
    0.71,
    "1",
    "The lithium-ion transference number rises from 0.38 with PP to 0.71 with TPO@PP",
)
f(
    "H5-02",
    "LithiumTransferenceNumber",
    0.38,
    "1",
    "The lithium-ion transference number rises from 0.38 with PP to 0.71 with TPO@PP",
)
B.append(("", "The lithium-ion transference number rises from 0.38 with PP to 0.71 with TPO@PP."))
B.append(
    (
        "Lithium plating and full cells",
        "Li$\\|$Cu cells with TPO@PP hold a Coulombic efficiency of 98.3% for 280 cycles at "
        "0.5 mA cm-2, while those with PP decay after 90 cycles. In Li$\\|$Li cells at 2 mA cm-2, the TPO@PP cell has a "
        "polarization of 28 mV after 1000 h; the PP cell short-circuits at 310 h. With a LiNi0.8Co0.1Mn0.1O2 cathode, "
        "TPO@PP gives a capacity retention of 80.2% after 400 cycles at 1 C, 2.1 times that with PP.",
    )
)
f(
    "H5-01",
    "CoulombicEfficiency",
    98.3,
    "%",
    "Li||Cu cells with TPO@PP hold a Coulombic efficiency of 98.3% for 280 cycles at 0.5 mA cm-2",
)
f(
    "H5-01",
    "CycleNumber",
    280,
    "cycles",
    "Li||Cu cells with TPO@PP hold a Coulombic efficiency of 98.3% for 280 cycles at 0.5 mA cm-2",
)
f(
    "H5-01",
    "CurrentDensity",
    0.5,
    "mA cm-2",
    "Li||Cu cells with TPO@PP hold a Coulombic efficiency of 98.3% for 280 cycles at 0.5 mA cm-2",
)
f("H5-02", "CycleNumber", 90, "cycles", "while those with PP decay after 90 cycles")
f("H5-02", "CurrentDensity", 0.5, "mA cm-2", "while those with PP decay after 90 cycles")
f(
    "H5-01",
    "CurrentDensity",
    2,
    "mA cm-2",
    "In Li||Li cells at 2 mA cm-2, the TPO@PP cell has a polarization of 28 mV after 1000 h",
)
f("H5-01", "Polarization", 28, "mV", "the TPO@PP cell has a polarization of 28 mV after 1000 h")
f("H5-01", "Lifespan", 1000, "h", "the TPO@PP cell has a polarization of 28 mV after 1000 h")
f("H5-02", "Lifespan", 310, "h", "the PP cell short-circuits at 310 h")
f("H5-02", "CurrentDensity", 2, "mA cm-2", "the PP cell short-circuits at 310 h")
f(
    "H5-01",
    "CapacityRetention",
    80.2,
    "%",
    "TPO@PP gives a capacity retention of 80.2% after 400 cycles at 1 C",
)
f("H5-01", "CycleNumber", 400, "cycles", "TPO@PP gives a capacity retention of 80.2% after 400 cycles at 1 C")
f("H5-01", "CRate", 1, "C", "TPO@PP gives a capacity retention of 80.2% after 400 cycles at 1 C")
B.append(
    (
        "Methods",
        "TiP2O7 powder was ball-milled, mixed with PVDF (9:1) in NMP and cast on a polypropylene separator. CR2032 "
        "cells used 1 M LiPF6 in EC/DEC with 10% FEC.",
    )
)
R = refs(30)


def tex():
    def sub(s):
        return latex(s, ("TiP2O7", "Al2O3", "LiPF6", "O2 cathode"))

    o = [
        r"\documentclass{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
        r"\title{"
        + sub(title)
        + r"}\author{Ines Duarte, Marek Zielinski and Grace Achieng}\date{}\begin{document}\maketitle",
        r"\noindent\textbf{"
        + sub(
            "Lithium dendrites grow where the ion flux is uneven. We coat a polypropylene separator with TiP2O7, a "
            "lithium-ion conductor, to even the flux. Lithium metal cells with the coated separator keep a Coulombic efficiency of 98.3% "
            "for 280 cycles, and symmetric cells run for 1000 h at 2 mA cm-2. The coating is thin, light and stable at high temperature, "
            "and it lets the separator hold twice as much electrolyte as the uncoated one."
        )
        + "}",
    ]
    for h, t in B:
        if h:
            o.append((r"\section*{" if t is None or h in ("Methods",) else r"\subsection*{") + h + "}")
        if t:
            o.append(sub(t))
    o.append(r"\begin{thebibliography}{99}")
    for a, t, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}. {t}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


F.append(("H5-02", "CRate", 1, "C", "(condition shared by the comparison)"))
F.append(("H5-02", "CycleNumber", 400, "cycles", "(condition shared by the comparison)"))


def gold():
    return gold_file(title, S, F, R)
