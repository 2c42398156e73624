"""Invented research paper #2 (Nature-like: superscript citations, methods last, coded samples, a caption,
a comparison table). Everything is invented."""

from invented.common import NAMES
from invented.common import gold as gold_file

S = {
    "H2-01": dict(
        name="fluorinated polyimide artificial SEI (FPI-20)",
        aliases=["FPI-20", "FPI-20 layer", "FPI-20-coated Li", "FPI-20@Li"],
        role="design",
        cls="NanostructuredSEI",
        sub="ArtificialSEI",
        own=True,
        refs=[],
    ),
    "H2-02": dict(
        name="thinner fluorinated polyimide layer (FPI-5)",
        aliases=["FPI-5", "FPI-5-coated Li"],
        role="design",
        cls="NanostructuredSEI",
        sub="ArtificialSEI",
        own=True,
        refs=[],
    ),
    "H2-03": dict(
        name="bare lithium",
        aliases=["bare Li", "bare Li foil", "uncoated Li", "pristine Li"],
        role="control",
        cls="ConductiveFramework",
        sub="LithiumBasedFramework",
        own=True,
        refs=[],
    ),
    "H2-04": dict(
        name="LiF-rich coating",
        aliases=["LiF-rich coating"],
        role="cited",
        cls="NanostructuredSEI",
        sub="ArtificialSEI",
        own=False,
        refs=[14],
    ),
    "H2-05": dict(
        name="polyurethane-based layer",
        aliases=["polyurethane-based layer", "polyurethane layer"],
        role="cited",
        cls="NanostructuredSEI",
        sub="ArtificialSEI",
        own=False,
        refs=[15],
    ),
}
F = []


def f(s, prop, value, unit, sentence):
    F.append((s, prop, value, unit, sentence))


title = "A fluorinated polyimide interphase enables dense lithium plating at high current densities"
abstract = (
    "Uneven lithium plating limits the cycle life of lithium metal batteries. Here, we coat lithium with a "
    "fluorinated polyimide layer only 180 nm thick, which we call FPI-20. Li$\\|$Li cells with FPI-20 cycle "
    "for 2000 h at 2 mA cm$^{-2}$, and Li$\\|$NCM811 cells keep 85.4% of their capacity after 300 cycles."
)
f("H2-01", "Thickness", 180, "nm", "a fluorinated polyimide layer only 180 nm thick")
f("H2-01", "Lifespan", 2000, "h", "Li||Li cells with FPI-20 cycle for 2000 h at 2 mA cm−2")
f("H2-01", "CurrentDensity", 2, "mA cm-2", "Li||Li cells with FPI-20 cycle for 2000 h at 2 mA cm−2")
f("H2-01", "CapacityRetention", 85.4, "%", "Li||NCM811 cells keep 85.4% of their capacity after 300 cycles")
f("H2-01", "CycleNumber", 300, "cycles", "Li||NCM811 cells keep 85.4% of their capacity after 300 cycles")
intro = (
    "Artificial interphases protect lithium from the electrolyte\\textsuperscript{1--4}. Inorganic films such as "
    "a LiF-rich coating are stiff but brittle; one such coating gave Li$\\|$Li cells a life of 600 h at "
    "1 mA cm$^{-2}$\\textsuperscript{14}. Polymer films are flexible: a polyurethane-based layer kept a Coulombic "
    "efficiency of 97.1\\%\\textsuperscript{15}. Few films combine both virtues\\textsuperscript{16,17}."
)
f("H2-04", "Lifespan", 600, "h", "one such coating gave Li||Li cells a life of 600 h at 1 mA cm−2 14")
f(
    "H2-04",
    "CurrentDensity",
    1,
    "mA cm-2",
    "one such coating gave Li||Li cells a life of 600 h at 1 mA cm−2 14",
)
f(
    "H2-05",
    "CoulombicEfficiency",
    97.1,
    "%",
    "a polyurethane-based layer kept a Coulombic efficiency of 97.1% 15",
)
results = [
    ("Results", None),
    (
        "Design and characterization of the FPI layers",
        "We made two layers by spin coating, FPI-5 and FPI-20, whose thicknesses are 45 and 180 nm, respectively "
        "(Fig. 1b). Both layers have a Young's modulus near 4.2 GPa. The ionic conductivity of FPI-20 is "
        "2.3 $\\times$ 10$^{-4}$ S cm$^{-1}$ at 25 $^\\circ$C, about twice that of FPI-5.",
    ),
    (
        "Plating and stripping",
        "In Li$\\|$Cu cells at 1 mA cm$^{-2}$ and 1 mA h cm$^{-2}$, FPI-20 gives an average Coulombic efficiency of "
        "99.1% over 250 cycles (Fig. 2a). The average Coulombic efficiencies of FPI-5 and bare Li are 98.2% and "
        "94.6%, respectively. Li$\\|$Li cells with FPI-20 cycle for 2000 h at 2 mA cm$^{-2}$ with an overpotential "
        "of 24 mV (vs. 110 mV for bare Li). At 10 mA cm$^{-2}$, FPI-20 cells still run for 400 h.",
    ),
    (
        "Full cells",
        "Li$\\|$NCM811 cells were cycled at 0.5 C between 2.8 and 4.3 V. The cell with FPI-20 keeps 85.4% of its "
        "capacity after 300 cycles, whereas the bare Li cell keeps only 51.7%. The initial discharge capacity of "
        "the FPI-20 cell is 198.6 mA h g$^{-1}$.",
    ),
]
f("H2-02", "Thickness", 45, "nm", "FPI-5 and FPI-20, whose thicknesses are 45 and 180 nm, respectively")
f("H2-01", "Thickness", 180, "nm", "FPI-5 and FPI-20, whose thicknesses are 45 and 180 nm, respectively")
f("H2-01", "YoungsModulus", 4.2, "GPa", "Both layers have a Young's modulus near 4.2 GPa")
f("H2-02", "YoungsModulus", 4.2, "GPa", "Both layers have a Young's modulus near 4.2 GPa")
f(
    "H2-01",
    "IonicConductivity",
    0.23,
    "mS cm-1",
    "The ionic conductivity of FPI-20 is 2.3 × 10−4 S cm−1 at 25 °C",
)
f(
    "H2-01",
    "CurrentDensity",
    1,
    "mA cm-2",
    "In Li||Cu cells at 1 mA cm−2 and 1 mA h cm−2, FPI-20 gives an average Coulombic efficiency of 99.1%",
)
f(
    "H2-01",
    "ArealCapacity",
    1,
    "mA h cm-2",
    "In Li||Cu cells at 1 mA cm−2 and 1 mA h cm−2, FPI-20 gives an average Coulombic efficiency of 99.1%",
)
f(
    "H2-01",
    "CoulombicEfficiency",
    99.1,
    "%",
    "FPI-20 gives an average Coulombic efficiency of 99.1% over 250 cycles",
)
f(
    "H2-01",
    "CycleNumber",
    250,
    "cycles",
    "FPI-20 gives an average Coulombic efficiency of 99.1% over 250 cycles",
)
f(
    "H2-02",
    "CoulombicEfficiency",
    98.2,
    "%",
    "The average Coulombic efficiencies of FPI-5 and bare Li are 98.2% and 94.6%, respectively",
)
f(
    "H2-03",
    "CoulombicEfficiency",
    94.6,
    "%",
    "The average Coulombic efficiencies of FPI-5 and bare Li are 98.2% and 94.6%, respectively",
)
f("H2-01", "Overpotential", 24, "mV", "with an overpotential of 24 mV (vs. 110 mV for bare Li)")
f("H2-03", "Overpotential", 110, "mV", "with an overpotential of 24 mV (vs. 110 mV for bare Li)")
f("H2-01", "CurrentDensity", 10, "mA cm-2", "At 10 mA cm−2, FPI-20 cells still run for 400 h")
f("H2-01", "Lifespan", 400, "h", "At 10 mA cm−2, FPI-20 cells still run for 400 h")
f("H2-01", "CRate", 0.5, "C", "Li||NCM811 cells were cycled at 0.5 C between 2.8 and 4.3 V")
f(
    "H2-01",
    "CapacityRetention",
    85.4,
    "%",
    "The cell with FPI-20 keeps 85.4% of its capacity after 300 cycles",
)
f("H2-01", "CycleNumber", 300, "cycles", "The cell with FPI-20 keeps 85.4% of its capacity after 300 cycles")
f("H2-03", "CapacityRetention", 51.7, "%", "whereas the bare Li cell keeps only 51.7%")
f(
    "H2-01",
    "SpecificCapacity",
    198.6,
    "mA h g-1",
    "The initial discharge capacity of the FPI-20 cell is 198.6 mA h g−1",
)
caption = (
    "Figure 2: Electrochemical performance. (a) Coulombic efficiency of FPI-20, FPI-5 and bare Li in "
    "Li$\\|$Cu cells at 1 mA cm$^{-2}$. (b) Voltage profiles of Li$\\|$Li cells at 2 mA cm$^{-2}$."
)
discussion = (
    "The FPI-20 layer couples a high modulus with fast ion transport, and so it keeps lithium dense "
    "at high current densities."
)
methods = (
    "Methods",
    "The polyimide was dissolved in NMP at 20 mg mL$^{-1}$ and spin-coated on lithium foil. "
    "The films were dried at 80 $^\\circ$C for 12 h. Coin cells used 1 M LiPF$_6$ in FEC/DMC as the electrolyte.",
)
refs = [
    (
        f"C. {NAMES[i % len(NAMES)]}, D. {NAMES[(i * 5 + 2) % len(NAMES)]}",
        f"Invented study {i} of protective interphases on lithium",
        "Invented Energy Lett.",
        2015 + i % 8,
        str(i),
        f"{200 + i}-{209 + i}",
    )
    for i in range(1, 21)
]


def tex():
    body = [
        r"\documentclass[twocolumn,9pt]{extarticle}" if False else r"\documentclass[twocolumn]{article}",
        r"\usepackage{lmodern}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
        r"\title{" + title + r"}\author{Ana Lindqvist and Kofi Mensah}\date{}",
        r"\begin{document}\maketitle",
        r"\noindent\textbf{" + abstract.replace("%", r"\%") + "}",
        intro,
    ]
    for h, t in results:
        body.append(
            r"\section*{" + h + "}" if t is None else r"\subsection*{" + h + "}\n" + t.replace("%", r"\%")
        )
        if h == "Plating and stripping":
            body.append(
                r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{4cm}{0pt}}\caption*{"
                + caption
                + r"}\end{figure}"
            )
    body += [
        r"\section*{Discussion}",
        discussion,
        r"\section*{" + methods[0] + "}",
        methods[1],
        r"\begin{thebibliography}{99}",
    ]
    for a, t, j, y, v, p in refs:
        body.append(rf"\bibitem{{}} {a}. {t}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).")
    body += [r"\end{thebibliography}", r"\end{document}"]
    return "\n\n".join(body).replace(r"\%\%", r"\%")


F.append(("H2-02", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H2-02", "ArealCapacity", 1, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H2-03", "CurrentDensity", 1, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H2-03", "ArealCapacity", 1, "mA h cm-2", "(condition shared by the comparison)"))
F.append(("H2-03", "CurrentDensity", 2, "mA cm-2", "(condition shared by the comparison)"))
F.append(("H2-03", "CRate", 0.5, "C", "(condition shared by the comparison)"))
F.append(("H2-03", "CycleNumber", 300, "cycles", "(condition shared by the comparison)"))


def gold():
    return gold_file(title, S, F, refs)
