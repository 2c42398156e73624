"""Invented research paper 35: Energy-&-Environmental-Science-like electrolyte paper: three electrolytes named by short forms
(a dilute ether electrolyte 'DE', a localized high-concentration electrolyte 'LHCE-F' (the design) and a carbonate
'BE'), cells said 'in X' and 'using X', figures with standard deviations '99.42 ± 0.05%', a results table of the three
electrolytes (Table 1, values with ±), 'X vs. Y' pairs, 'an order of magnitude', a cathode loading and a cut-off
voltage range in the results, RSC references ('A. Name, B. Name and C. Name, J. Abbr., 2019, 12, 345.')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A fluorinated diluent builds an inorganic interphase for high-voltage lithium metal batteries"
S = {
    "D35-01": dict(name="localized high-concentration electrolyte with fluorinated diluent (LHCE-F)",
                   aliases=["LHCE-F", "the LHCE-F electrolyte", "LiFSI-DME-TFEE", "LiFSI-DME-TFEE at a molar ratio of 1:1.2:3"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "D35-02": dict(name="dilute ether electrolyte (DE)", aliases=["DE", "the DE electrolyte", "1 M LiFSI in DME"], role="control",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "D35-03": dict(name="baseline carbonate electrolyte (BE)", aliases=["BE", "the BE electrolyte", "1 M LiPF6 in EC/DEC"], role="control",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Ether electrolytes plate lithium well but oxidize above 4 V. We dilute a concentrated LiFSI-ether solution with a "
    "fluorinated ether (LHCE-F). The SEI it forms is rich in LiF, the Coulombic efficiency reaches 99.42%, and "
    "Li||NCM811 cells cycled to 4.4 V keep 87.5% of their capacity after 300 cycles."
)
INTRO = (
    "High-voltage cathodes need an electrolyte that is stable at both electrodes [1-4]. Concentrated salts widen the "
    "window [5,6], and diluents make them affordable [7-9]."
)
RESULTS = [
    ("3.1 Solvation and interphase",
     "Three electrolytes were compared: 1 M LiFSI in DME (DE), LiFSI-DME-TFEE at a molar ratio of 1:1.2:3 (LHCE-F) "
     "and 1 M LiPF6 in EC/DEC (BE). In LHCE-F almost no free DME remains, and the SEI formed in it contains 41% LiF, "
     "vs. 12% in DE."),
    ("3.2 Lithium plating",
     "Table 1 lists the Coulombic efficiencies measured by the Aurbach method. Li||Cu cells using LHCE-F reach "
     "99.42 ± 0.05%, those in DE 98.31 ± 0.12% and those in BE only 93.6 ± 0.4%. The exchange current density in "
     "LHCE-F is an order of magnitude higher than in BE (2.4 vs. 0.21 mA cm-2)."),
    ("3.3 High-voltage full cells",
     "Li||NCM811 cells (2.8 mA h cm-2, 50 um Li) were cycled between 2.8 and 4.4 V at C/3. With LHCE-F they keep "
     "87.5% of their capacity after 300 cycles, whereas with DE the capacity collapses within 40 cycles as the ether "
     "oxidizes. BE cells retain 52.0% after 300 cycles."),
]
TABLE = [("LHCE-F", "99.42 $\\pm$ 0.05", "1.8"), ("DE", "98.31 $\\pm$ 0.12", "3.9"), ("BE", "93.6 $\\pm$ 0.4", "7.5")]
f("D35-01", "LiFContent", 41, "%", "the SEI formed in it contains 41% LiF")
f("D35-02", "LiFContent", 12, "%", "vs. 12% in DE")
f("D35-01", "CoulombicEfficiency", 99.42, "%", "Li||Cu cells using LHCE-F reach 99.42 ± 0.05%")
f("D35-02", "CoulombicEfficiency", 98.31, "%", "those in DE 98.31 ± 0.12%")
f("D35-03", "CoulombicEfficiency", 93.6, "%", "those in BE only 93.6 ± 0.4%")
f("D35-01", "ExchangeCurrentDensity", 2.4, "mA cm-2", "(2.4 vs. 0.21 mA cm-2)")
f("D35-03", "ExchangeCurrentDensity", 0.21, "mA cm-2", "(2.4 vs. 0.21 mA cm-2)")
for sid in ("D35-01", "D35-02", "D35-03"):
    f(sid, "ArealCapacity", 2.8, "mA h cm-2", "Li||NCM811 cells (2.8 mA h cm-2, 50 um Li)")
    f(sid, "LiFoilThickness", 50000, "nm", "Li||NCM811 cells (2.8 mA h cm-2, 50 um Li)")
    f(sid, "CutoffVoltage", 4.4, "V", "were cycled between 2.8 and 4.4 V at C/3")
    f(sid, "CRate", 0.333, "C", "were cycled between 2.8 and 4.4 V at C/3")
f("D35-01", "CapacityRetention", 87.5, "%", "With LHCE-F they keep 87.5% of their capacity after 300 cycles")
f("D35-01", "CycleNumber", 300, "cycles", "With LHCE-F they keep 87.5% of their capacity after 300 cycles")
f("D35-02", "CycleNumber", 40, "cycles", "whereas with DE the capacity collapses within 40 cycles")
f("D35-03", "CapacityRetention", 52.0, "%", "BE cells retain 52.0% after 300 cycles")
f("D35-03", "CycleNumber", 300, "cycles", "BE cells retain 52.0% after 300 cycles")
for sid, ov in (("D35-01", 1.8), ("D35-02", 3.9), ("D35-03", 7.5)):
    f(sid, "Overpotential", ov, "mV", "table")
METHODS = (
    "LiFSI, DME and TFEE were dried over molecular sieves. Coulombic efficiencies were measured at 0.5 mA cm-2 with "
    "a reservoir of 5 mA h cm-2. All cells contained 75 uL of electrolyte."
)
for sid in ("D35-01", "D35-02", "D35-03"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "Coulombic efficiencies were measured at 0.5 mA cm-2")
    f(sid, "ArealCapacity", 5, "mA h cm-2", "with a reservoir of 5 mA h cm-2")
    f(sid, "ElectrolyteVolume", 75, "uL", "All cells contained 75 uL of electrolyte")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(68 + i % 17)}. {NAMES[(i * 13 + 2) % len(NAMES)]}",
      "", ["Energy Environ. Sci.", "J. Mater. Chem. A", "Chem. Sci.", "Nat. Energy"][i % 4], 2013 + i % 11, str(4 + i),
      f"{400 + 29 * i}") for i in range(1, 23)]


def tex():
    def sub(t):
        t = latex(t, ("LiPF6", "NCM811")).replace("C/3", "C/3").replace("50 um", "50 $\\mu$m").replace("75 uL", "75 $\\mu$L").replace("||", "$\\|$")
        return t.replace("99.42 ± 0.05", "99.42 $\\pm$ 0.05").replace("± ", "$\\pm$ ")

    table = (r"\begin{table}[h]\centering\small\caption{Plating in the three electrolytes (Li$\|$Cu cells).}"
             r"\begin{tabular}{lcc}\hline Electrolyte & CE (\%) & Nucleation overpotential (mV)\\\hline "
             + " ".join(rf"{a} & {b} & {c}\\" for a, b, c in TABLE) + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Omar Haddad, Julia Weber and Kenta Nakamura}\date{}"
         r"\begin{document}\maketitle", r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{1 Introduction}",
         sub(INTRO), r"\section*{2 Experimental}", sub(METHODS), r"\section*{3 Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
        if h.startswith("3.2"):
            o.append(table)
    o += [r"\section*{4 Conclusions}", "A diluent that also feeds LiF to the interphase serves both electrodes.",
          r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        a = " and ".join(a.rsplit(", ", 1))
        o.append(rf"\noindent {k} {a}, \textit{{{j}}}, {y}, \textbf{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
