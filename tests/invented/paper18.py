"""Invented research paper 18: ACS-Energy-Letters-like letter: no section headings in the body, superscript citations,
an electrolyte design against a conventional and a high-concentration electrolyte, a three-way 'for' list,
'C/3', a cutoff voltage, figure captions with panel letters set as separate paragraphs, ACS references
'(n) Surname, A.; Surname, B. Title. J. Abbr. Year, Vol, Pages.'"""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A fluorinated orthoformate diluent makes localized high-concentration electrolytes for 4.4 V lithium metal batteries"
S = {
    "L18-01": dict(name="localized high-concentration electrolyte with TFO diluent (LHCE-TFO)",
                   aliases=["LHCE-TFO", "the LHCE-TFO", "LHCE-TFO electrolyte"], role="design",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "L18-02": dict(name="conventional carbonate electrolyte (CCE)", aliases=["CCE", "conventional carbonate electrolyte",
                   "the CCE"], role="control", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "L18-03": dict(name="high-concentration electrolyte (HCE)", aliases=["HCE", "high-concentration electrolyte",
                   "the HCE"], role="control", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "L18-04": dict(name="ether-based LHCE", aliases=["ether-based LHCE", "ether-based LHCEs"], role="cited",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI", refs=[7]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Localized high-concentration electrolytes keep the salt-rich solvation of concentrated electrolytes at a "
    "fraction of their viscosity. We introduce a fluorinated orthoformate (TFO) as the diluent. The resulting "
    "LHCE-TFO gives a Coulombic efficiency of 99.4% in Li||Cu cells, and Li||NMC811 cells with it retain 87% of "
    "their capacity after 300 cycles at a cutoff of 4.4 V."
)
BODY = [
    "High-voltage cathodes such as NMC811 need electrolytes that are stable on both electrodes.^{1-4} Concentrated "
    "electrolytes passivate lithium well but are viscous and costly.^{5,6} Diluting them with a non-solvating "
    "fluorinated ether gave ether-based LHCEs with Coulombic efficiencies of 99.3%,^{7} yet their diluents "
    "oxidize above 4.3 V.^{8}",
    "We dissolved LiFSI in dimethyl carbonate at a molar ratio of 1:1.2 and diluted it with TFO to a salt "
    "concentration of 1.4 M (LHCE-TFO). For comparison, 1 M LiPF6 in EC/DMC (the CCE) and 5.5 M LiFSI in DMC "
    "(the HCE) were prepared.",
    "The LHCE-TFO has an ionic conductivity of 4.1 mS cm-1 at 25 °C, close to that of the CCE (9.8 mS cm-1) and far "
    "above that of the HCE (1.1 mS cm-1) (Figure 1b).",
    "In Li||Cu cells cycled at 0.5 mA cm-2 and 1 mA h cm-2, the average Coulombic efficiencies are 99.4% for the "
    "LHCE-TFO, 98.1% for the HCE and 86.5% for the CCE (Figure 2a). The LHCE-TFO also gives the lowest nucleation "
    "overpotential, 41 mV.",
    "Li||NMC811 cells with the LHCE-TFO retain 87% of their capacity after 300 cycles at C/3 between 2.8 and 4.4 V "
    "(Figure 3a), but those with the CCE retain only 43% after 100 cycles. The LHCE-TFO is oxidatively stable up to "
    "5.2 V.",
]
f("L18-04", "CoulombicEfficiency", 99.3, "%", "gave ether-based LHCEs with Coulombic efficiencies of 99.3%")
f("L18-01", "IonicConductivity", 4.1, "mS cm-1", "The LHCE-TFO has an ionic conductivity of 4.1 mS cm-1 at 25 °C")
f("L18-01", "Temperature", 25, "degC", "The LHCE-TFO has an ionic conductivity of 4.1 mS cm-1 at 25 °C")
f("L18-02", "IonicConductivity", 9.8, "mS cm-1", "close to that of the CCE (9.8 mS cm-1)")
f("L18-03", "IonicConductivity", 1.1, "mS cm-1", "far above that of the HCE (1.1 mS cm-1)")
f("L18-02", "Temperature", 25, "degC", "close to that of the CCE (9.8 mS cm-1)")
f("L18-03", "Temperature", 25, "degC", "far above that of the HCE (1.1 mS cm-1)")
for sid in ("L18-01", "L18-02", "L18-03"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells cycled at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells cycled at 0.5 mA cm-2 and 1 mA h cm-2")
f("L18-01", "CoulombicEfficiency", 99.4, "%", "are 99.4% for the LHCE-TFO")
f("L18-03", "CoulombicEfficiency", 98.1, "%", "98.1% for the HCE")
f("L18-02", "CoulombicEfficiency", 86.5, "%", "86.5% for the CCE")
f("L18-01", "Overpotential", 41, "mV", "The LHCE-TFO also gives the lowest nucleation overpotential, 41 mV")
f("L18-01", "CapacityRetention", 87, "%", "Li||NMC811 cells with the LHCE-TFO retain 87% of their capacity after 300 cycles at C/3")
f("L18-01", "CycleNumber", 300, "cycles", "retain 87% of their capacity after 300 cycles at C/3")
f("L18-01", "CRate", 0.333, "C", "retain 87% of their capacity after 300 cycles at C/3")
f("L18-02", "CapacityRetention", 43, "%", "those with the CCE retain only 43% after 100 cycles")
f("L18-02", "CycleNumber", 100, "cycles", "those with the CCE retain only 43% after 100 cycles")
f("L18-02", "CRate", 0.333, "C", "those with the CCE retain only 43% after 100 cycles")
f("L18-01", "ElectrodePotential", 5.2, "V", "The LHCE-TFO is oxidatively stable up to 5.2 V")
CAPTIONS = [
    "Figure 1. (a) Solvation structure of the LHCE-TFO. (b) Ionic conductivity of the three electrolytes at 25 °C.",
    "Figure 2. (a) Coulombic efficiency of Li||Cu cells with the three electrolytes. (b) Voltage profiles.",
]
CLOSING = (
    "A diluent that resists oxidation lets a localized high-concentration electrolyte serve 4.4 V cathodes and "
    "lithium metal at once."
)
JOURNALS = ["ACS Energy Lett.", "J. Am. Chem. Soc.", "Nano Lett.", "ACS Nano"]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 17 + 2) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 3 + 5) % len(NAMES)]}",
      f"Invented electrolyte study {i}", JOURNALS[i % 4], 2015 + i % 9, str(1 + i), f"{500 + 23 * i}")
     for i in range(1, 15)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6",))
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=15mm]{geometry}",
         r"\begin{document}\twocolumn[{\begin{center}{\Large\bfseries " + title + r"\par}\vspace{2mm}"
         r"Tomas Novak, Ines Pereira and Kenji Ito\par\vspace{3mm}\parbox{0.85\textwidth}{\small\textbf{ABSTRACT:} "
         + sub(ABSTRACT) + r"}\end{center}}\bigskip]"]
    for k, p in enumerate(BODY):
        o.append(sub(p))
        if k == 2:
            o.append(r"\begin{figure}[h]\small " + sub(CAPTIONS[0]) + r"\end{figure}")
        if k == 3:
            o.append(r"\begin{figure}[h]\small " + sub(CAPTIONS[1]) + r"\end{figure}")
    o += [sub(CLOSING), r"\section*{AUTHOR INFORMATION}",
          r"\noindent\textbf{Corresponding Author}\par\noindent Ines Pereira -- Department of Chemistry, Invented "
          r"University, 12345 Sometown\par\noindent\textbf{Notes}\par\noindent The authors declare no competing "
          r"financial interest.", r"\section*{REFERENCES}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        o.append(rf"\noindent ({k}) {'; '.join(names)} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 9}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
