"""Invented research paper 66: an Advanced Materials-like electrolyte-additive paper that states its gains as differences
beside the figures they come from ('3.2 percentage points above that in BE (95.5%)', 'drops by 42 mV, from 68 to
26 mV', 'a 4.5-fold longer life (900 vs. 200 h)', 'raises the capacity retention by 21.4% (88.6% vs. 67.2%)',
'about 40% thinner, 18 nm against 30 nm'): a difference is no figure of either electrolyte; the electrolytes named
'DF-E' and 'BE', 'Figure 2a,b', superscript bracketed references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A difluoro(oxalato)borate additive builds a thin, boron-rich interphase on lithium metal"
S = {
    "F66-01": dict(name="LiDFOB-containing electrolyte (DF-E)", aliases=["DF-E", "DF-E electrolyte",
                   "the additive-containing electrolyte"], role="design", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
    "F66-02": dict(name="baseline electrolyte (BE)", aliases=["BE", "baseline electrolyte", "the baseline"],
                   role="control", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Borate additives decompose on lithium before the solvent does. Adding 2 wt% LiDFOB to a carbonate electrolyte "
    "(DF-E) grows a thin, boron-rich interphase that lifts the Coulombic efficiency of lithium plating to 98.7% and "
    "lets symmetric cells cycle for 900 h. Depth profiles show that the interphase is thinner and richer in boron "
    "and fluorine than the one formed without the additive, and full cells with nickel-rich cathodes keep more of "
    "their capacity."
)
SECTIONS = [
    ("1. Introduction", "Additives such as FEC and LiNO3 reshape the interphase on lithium.[1,2] Borates are less "
     "explored.[3]"),
    ("2. Results and Discussion",
     "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2, the average CE over 150 cycles rises to 98.7% with DF-E, 3.2 "
     "percentage points above that in BE (95.5%) (Figure 2a,b). The plating overpotential drops by 42 mV, from 68 mV "
     "in BE to 26 mV in DF-E. Symmetric cells at 1 mA cm-2 show a 4.5-fold longer life with the additive (900 vs. "
     "200 h)."),
    ("", "XPS depth profiles show that the interphase formed in DF-E is about 40% thinner than that in BE, 18 nm "
     "against 30 nm (Figure 3c). In Li||NCM622 cells at 0.5 C, DF-E raises the capacity retention after 300 cycles "
     "by 21.4% (88.6% vs. 67.2%)."),
    ("3. Conclusion", "A borate additive at 2 wt% is enough to reshape the interphase."),
    ("4. Experimental Section", "The baseline electrolyte (BE) was 1 M LiPF6 in EC/EMC (3:7, w/w); DF-E was BE with "
     "2 wt% LiDFOB. Each cell held 50 uL of electrolyte."),
]
f("F66-01", "MassFraction", 2, "%", "Adding 2 wt% LiDFOB")
f("F66-01", "CoulombicEfficiency", 98.7, "%", "abstract")
f("F66-01", "Lifespan", 900, "h", "abstract")
for sid in ("F66-01", "F66-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "CycleNumber", 150, "cycles", "the average CE over 150 cycles")
    f(sid, "CurrentDensity", 1, "mA cm-2", "Symmetric cells at 1 mA cm-2")
    f(sid, "CRate", 0.5, "C", "In Li||NCM622 cells at 0.5 C")
    f(sid, "CycleNumber", 300, "cycles", "the capacity retention after 300 cycles")
    f(sid, "ElectrolyteVolume", 50, "uL", "Each cell held 50 uL of electrolyte")
f("F66-01", "CoulombicEfficiency", 98.7, "%", "rises to 98.7% with DF-E")
f("F66-02", "CoulombicEfficiency", 95.5, "%", "above that in BE (95.5%)")
f("F66-02", "Overpotential", 68, "mV", "from 68 mV in BE")
f("F66-01", "Overpotential", 26, "mV", "to 26 mV in DF-E")
f("F66-01", "Lifespan", 900, "h", "a 4.5-fold longer life with the additive (900 vs. 200 h)")
f("F66-02", "Lifespan", 200, "h", "(900 vs. 200 h)")
f("F66-01", "Thickness", 18, "nm", "the interphase formed in DF-E is ... 18 nm")
f("F66-02", "Thickness", 30, "nm", "against 30 nm")
f("F66-01", "CapacityRetention", 88.6, "%", "(88.6% vs. 67.2%)")
f("F66-02", "CapacityRetention", 67.2, "%", "(88.6% vs. 67.2%)")
f("F66-01", "MassFraction", 2, "%", "DF-E was BE with 2 wt% LiDFOB")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 9 + 4) % len(NAMES)]}, {chr(68 + i % 14)}. {NAMES[(i * 5 + 8) % len(NAMES)]}",
      f"Electrolyte additive study {i}", ["Adv. Mater.", "Angew. Chem. Int. Ed.", "Adv. Energy Mater."][i % 3],
      2016 + i % 7, str(28 + i), f"{2000100 + 51 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6", "LiNO3")).replace("50 uL", "50 $\\mu$L")
        return t.replace("[1,2]", "$^{[1,2]}$").replace("[3]", "$^{[3]}$")

    o = [r"\documentclass[10pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Tomas Novak, Rita Costa, Jun Suzuki}\date{}\begin{document}\maketitle",
         r"\noindent " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += ([r"\section*{" + h + "}"] if h else []) + [sub(t)]
    o += [r"\section*{References}", r"{\footnotesize"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
