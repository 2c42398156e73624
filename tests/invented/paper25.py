"""Invented research paper 25: J. Electrochem. Soc.-like (IOP): units typed in plain ASCII ('0.5 mA cm-2',
'1 mAh cm^-2', 'mAh g^-1', 'C/3'), potentials 'vs. Li/Li+', 'Figures 5a-5c', run-in headings ending in an em dash
('Lithium plating.---'), Results and Discussion in one section, a Roman-numbered table of four electrolytes ('Table I',
one row each, measured at 25 °C), superscript citations and ECS references 'A. Name and B. Name, J. Abbr., 12, A345 (2019).'"""
from invented.common import NAMES
from invented.common import gold as gold_file

title = "A cyclic fluoro-sulfamide diluent for localized high-concentration electrolytes in lithium metal batteries"
S = {
    "J25-01": dict(name="LiFSI-DME-CFS (1:1.2:2) electrolyte (LHCE-C2)", aliases=["LHCE-C2"], role="design",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "J25-02": dict(name="LiFSI-DME-CFS (1:1.2:4) electrolyte (LHCE-C4)", aliases=["LHCE-C4"], role="design",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "J25-03": dict(name="4.0 M LiFSI in DME (HCE)", aliases=["HCE", "the HCE"], role="control",
                   cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "J25-04": dict(name="baseline electrolyte (BE)", aliases=["BE", "baseline electrolyte", "the BE"], role="control"),
    "J25-05": dict(name="BTX-diluted electrolyte", aliases=["BTX-diluted electrolyte", "earlier BTX-diluted electrolyte"],
                   role="cited", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI", refs=[6]),
}
F = []


def f(*a):
    F.append(a)


ARMS = ("J25-01", "J25-02", "J25-03", "J25-04")
ABSTRACT = (
    "Localized high-concentration electrolytes keep the anion-rich solvation of concentrated electrolytes at a "
    "fraction of their viscosity. Here a cyclic fluoro-sulfamide (CFS) is introduced as the diluent. With a "
    "LiFSI:DME:CFS molar ratio of 1:1.2:2, the electrolyte is stable to 5.1 V vs. Li/Li+ and lets Li||NMC622 cells "
    "keep 91.4% of their capacity after 300 cycles."
)
INTRO = (
    "High-concentration electrolytes (HCEs) form anion-derived interphases on lithium but are viscous and costly.^{1,2} "
    "Diluting them with a non-solvating fluorinated solvent keeps the solvation of the salt.^{3-5} An earlier "
    "BTX-diluted electrolyte reached an average Coulombic efficiency of 98.9% at 0.5 mA cm-2.^{6} Cyclic diluents have "
    "not been explored.^{7}"
)
EXPERIMENTAL = [
    ("Electrolytes",
     "The baseline electrolyte (BE) was 1.0 M LiPF6 in EC/DMC (1:1 by volume). The HCE was 4.0 M LiFSI in DME. "
     "LHCE-C2 and LHCE-C4 were made by adding CFS to the HCE at LiFSI:DME:CFS molar ratios of 1:1.2:2 and 1:1.2:4, "
     "respectively."),
    ("Electrochemical measurements",
     "CR2032 coin cells were assembled in an argon-filled glovebox. All cells contained 60 μL of electrolyte. "
     "Linear sweep voltammetry was run at 0.1 mV s-1 on stainless steel."),
]
RESULTS = [
    ("Solvation and transport",
     "Table I lists the properties of the four electrolytes. Diluting the HCE with CFS lowers its viscosity, so that "
     "both LHCEs conduct more than twice as fast as the HCE while their transference numbers rise."),
    ("Lithium plating",
     "Figures 5a-5c compare Li||Cu cells at 0.5 mA cm-2 and 1 mAh cm^-2. LHCE-C2 reaches an average Coulombic "
     "efficiency of 99.3%, higher than LHCE-C4 (98.7%), the HCE (98.4%) and the BE (86.1%)."),
    ("Full cells",
     "Li||NMC622 cells with LHCE-C2 keep 91.4% of their capacity after 300 cycles at C/3, whereas cells with the BE "
     "keep 48.2% (Figure 6a). At 2C, LHCE-C2 cells still deliver 132 mAh g^-1 (Figure 6b)."),
]
ROWS = (("BE", "1.0 M LiPF6 in EC/DMC", 10.8, 0.38, 4.3, "J25-04"), ("HCE", "4.0 M LiFSI in DME", 2.1, 0.52, 4.9, "J25-03"),
        ("LHCE-C2", "LiFSI:DME:CFS 1:1.2:2", 4.6, 0.61, 5.1, "J25-01"),
        ("LHCE-C4", "LiFSI:DME:CFS 1:1.2:4", 5.3, 0.57, 5.0, "J25-02"))
TABLE = (r"\begin{table}[h]\centering\small\caption{Table I. Properties of the electrolytes at 25 $^\circ$C.}"
         r"\begin{tabular}{llccc}\hline Electrolyte & Composition & $\sigma$ (mS cm-1) & $t_{\rm Li^+}$ & "
         r"Oxidation limit (V vs. Li/Li+) \\\hline "
         + " ".join(rf"{n} & {c} & {s:g} & {t:.2f} & {v:g} \\" for n, c, s, t, v, _ in ROWS)
         + r" \hline\end{tabular}\end{table}")
for _n, _c, sigma, t, v, sid in ROWS:
    f(sid, "IonicConductivity", sigma, "mS cm-1", "table")
    f(sid, "LithiumTransferenceNumber", t, "", "table")
    f(sid, "ElectrodePotential", v, "V", "table")
    f(sid, "Temperature", 25, "°C", "table")
f("J25-05", "CoulombicEfficiency", 98.9, "%", "An earlier BTX-diluted electrolyte reached an average Coulombic efficiency of 98.9%")
f("J25-05", "CurrentDensity", 0.5, "mA cm-2", "An earlier BTX-diluted electrolyte reached … at 0.5 mA cm-2")
for sid in ARMS:
    f(sid, "ElectrolyteVolume", 60, "µL", "All cells contained 60 μL of electrolyte")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "Figures 5a-5c compare Li||Cu cells at 0.5 mA cm-2 and 1 mAh cm^-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Figures 5a-5c compare Li||Cu cells at 0.5 mA cm-2 and 1 mAh cm^-2")
for sid, ce in (("J25-01", 99.3), ("J25-02", 98.7), ("J25-03", 98.4), ("J25-04", 86.1)):
    f(sid, "CoulombicEfficiency", ce, "%", "LHCE-C2 reaches an average Coulombic efficiency of 99.3%, higher than …")
for sid, kept in (("J25-01", 91.4), ("J25-04", 48.2)):
    f(sid, "CapacityRetention", kept, "%", "keep 91.4% of their capacity after 300 cycles at C/3, whereas … the BE keep 48.2%")
    f(sid, "CycleNumber", 300, "cycles", "after 300 cycles at C/3")
    f(sid, "CRate", 0.333, "C", "after 300 cycles at C/3")
f("J25-01", "SpecificCapacity", 132, "mA h g-1", "At 2C, LHCE-C2 cells still deliver 132 mAh g^-1")
f("J25-01", "CRate", 2, "C", "At 2C, LHCE-C2 cells still deliver 132 mAh g^-1")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 5) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      "", ["J. Electrochem. Soc.", "Electrochim. Acta", "J. Power Sources", "ECS Lett."][i % 4], 2011 + i % 12,
      str(150 + i), f"A{1000 + 53 * i}") for i in range(1, 12)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("%", r"\%").replace("||", r"$\|$").replace("^", r"\textasciicircum{}").replace("μ", r"$\mu$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{" + title + r"}\author{Dana Reyes, Piotr Kowalski and Aiko Suzuki}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}", sub(INTRO), r"\section*{Experimental}"]
    o += [r"\noindent\textit{" + h + ".---}" + sub(t) for h, t in EXPERIMENTAL]
    o.append(r"\section*{Results and Discussion}")
    for h, t in RESULTS:
        o.append(r"\noindent\textit{" + h + ".---}" + sub(t))
        if h.startswith("Solvation"):
            o.append(TABLE)
    o += [r"\section*{Conclusions}", "A cyclic diluent keeps the salt's solvation and widens the stability window.",
          r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a.replace(', ', ' and ')}, \textit{{{j}}}, \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
