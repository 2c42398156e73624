"""Invented research paper 40: Wiley (Angew. Chem.)-like communication on an electrolyte whose SEI is the design: raised
bracketed citations ("dendrites.^[1,2]"), units in square brackets in a table ("CE [%]"), Aurbach-protocol CE,
pouch cells with N/P and E/C ratios, 'cycles to 80% retention', 'an i0 of 1.8 mA cm−2, three times that in BE',
'kJ mol−1' energies, '(Figure 2 b)' with a space, a dual-salt recipe defined once."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A Dual-Salt Ether Electrolyte Builds a Borate-Rich Interphase on Lithium Metal"
S = {
    "F40-01": dict(name="dual-salt electrolyte (DSE): 1 M LiFSI and 0.2 M LiDFOB in DME", aliases=[
        "DSE", "dual-salt electrolyte", "DSE electrolyte", "borate-rich interphase", "borate-rich SEI"],
        role="design", cls="NanostructuredSEI", sub="ElectrolyteDerivedSEI"),
    "F40-02": dict(name="baseline electrolyte (BE): 1 M LiFSI in DME", aliases=["BE", "baseline electrolyte",
                   "BE electrolyte", "1 M LiFSI in DME"], role="control", cls="NanostructuredSEI",
                   sub="ElectrolyteDerivedSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "The interphase a lithium metal anode grows in its electrolyte decides how long it lives. Adding 0.2 M lithium "
    "difluoro(oxalato)borate to 1 M LiFSI in DME gives a dual-salt electrolyte (DSE) that grows a thin, borate-rich "
    "interphase. Lithium plated in DSE reaches a Coulombic efficiency of 99.4%, and anode-lean pouch cells keep 80% "
    "of their capacity for 210 cycles, more than twice as long as in the baseline electrolyte."
)
BODY = [
    "Ether electrolytes are stable against lithium but oxidize above 4 V.^{[1-3]} Concentrated salts widen the window"
    "^{[4,5]} at a cost that limits their use,^{[6]} and borate salts have been proposed as film formers.^{[7-9]}",
    "We dissolved 1 M LiFSI and 0.2 M LiDFOB in DME (DSE) and compare it with 1 M LiFSI in DME (BE). The average "
    "Coulombic efficiency measured by the Aurbach protocol at 0.5 mA cm-2 and 1 mA h cm-2 is 99.4% in DSE and 98.1% "
    "in BE (Figure 2 b). Depth profiles show that the interphase formed in DSE is 14 nm thick, against 38 nm in BE.",
    "The exchange current density in DSE is 1.8 mA cm-2, three times that in BE (0.6 mA cm-2). Table 1 lists the "
    "activation energies of Li+ transport through the two interphases.",
    "Anode-lean Li||NCM622 pouch cells (N/P = 2, E/C = 3 g Ah-1) were cycled at 0.3 C. The cell with DSE keeps 80% of "
    "its capacity for 210 cycles, the cell with BE for only 95 cycles (Figure 4 a).",
]
for sid in ("F40-01", "F40-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "measured by the Aurbach protocol at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "measured by the Aurbach protocol at 0.5 mA cm-2 and 1 mA h cm-2")
f("F40-01", "CoulombicEfficiency", 99.4, "%", "is 99.4% in DSE and 98.1% in BE")
f("F40-02", "CoulombicEfficiency", 98.1, "%", "is 99.4% in DSE and 98.1% in BE")
f("F40-01", "Thickness", 14, "nm", "the interphase formed in DSE is 14 nm thick, against 38 nm in BE")
f("F40-02", "Thickness", 38, "nm", "the interphase formed in DSE is 14 nm thick, against 38 nm in BE")
f("F40-01", "ExchangeCurrentDensity", 1.8, "mA cm-2", "The exchange current density in DSE is 1.8 mA cm-2")
f("F40-02", "ExchangeCurrentDensity", 0.6, "mA cm-2", "three times that in BE (0.6 mA cm-2)")
TABLE = [("BE", 61.5, 0.33), ("DSE", 48.2, 0.52)]
for name, ea, t in TABLE:
    sid = "F40-01" if name == "DSE" else "F40-02"
    f(sid, "ActivationEnergy", round(ea / 96.485, 4), "eV", "table")     # the ontology's unit
    f(sid, "LithiumTransferenceNumber", t, "", "table")
for sid in ("F40-01", "F40-02"):
    f(sid, "NPRatio", 2, "", "Anode-lean Li||NCM622 pouch cells (N/P = 2, E/C = 3 g Ah-1)")
    f(sid, "ElectrolyteToCapacityRatio", 3, "g Ah-1", "Anode-lean Li||NCM622 pouch cells (N/P = 2, E/C = 3 g Ah-1)")
    f(sid, "CRate", 0.3, "C", "were cycled at 0.3 C")
    f(sid, "CapacityRetention", 80, "%", "keeps 80% of its capacity for 210 cycles")
f("F40-01", "CycleNumber", 210, "cycles", "The cell with DSE keeps 80% of its capacity for 210 cycles")
f("F40-02", "CycleNumber", 95, "cycles", "the cell with BE for only 95 cycles")
f("F40-01", "CoulombicEfficiency", 99.4, "%", "abstract")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 19 + 4) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 9 + 2) % len(NAMES)]}",
      "", ["Angew. Chem. Int. Ed.", "Adv. Mater.", "J. Am. Chem. Soc.", "Nat. Energy"][i % 4], 2015 + i % 10,
      str(40 + i), f"{5000 + 77 * i}") for i in range(1, 10)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{\[([0-9,\-]+)\]\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t).replace("Li+", "Li$^+$").replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{[" + m.group(1) + "]}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Lukas Hofer, Mei Lin, Daniel Osei}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), ""]
    o += [sub(t) for t in BODY]
    rows = "\n".join(rf"{n} & {ea} & {t} \\" for n, ea, t in TABLE)
    o.append(r"\begin{table}[h]\centering\caption{Transport through the interphases.}\begin{tabular}{lcc}\hline "
             r"Electrolyte & $E_a$ [kJ mol$^{-1}$] & $t_{\mathrm{Li^+}}$ [--] \\ \hline " + rows +
             r" \hline\end{tabular}\end{table}")
    o += [r"\section*{Acknowledgements}", "We thank the glovebox.", r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
