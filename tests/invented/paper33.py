"""Invented research paper 33: Nature-Communications-like article: an artificial SEI on lithium foil, approximate and bounded
figures ('over 2000 h', 'about 18 mV', '~250 h', 'more than 99%', 'up to 10 mA cm-2'), conditions in a caption
('Fig. 3 | ... a, ... at 1 mA cm-2 and 1 mA h cm-2'), 'Supplementary Fig. 7', a rate list with 'from 0.5 to 10
mA cm-2', a pouch cell with an energy density and lean electrolyte, methods last with the electrolyte amount per cell,
superscript citations."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A self-healing polyphosphazene-fluoride interphase for lean-electrolyte lithium metal batteries"
S = {
    "B33-01": dict(name="polyphosphazene-LiF layer on Li (PPF@Li)",
                   aliases=["PPF@Li", "PPF", "polyphosphazene-LiF layer", "PPF-protected Li", "PPF@Li anode"],
                   role="design", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "B33-02": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "bare Li anode", "untreated Li"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal anodes need an interphase that survives lean electrolyte. We graft a polyphosphazene that releases "
    "LiF where it cracks onto lithium foil (PPF@Li). Symmetric cells run for over 2000 h, and a 1.2 Ah pouch cell "
    "with PPF@Li reaches 402 Wh kg-1."
)
INTRO = (
    "Practical lithium metal cells must work with little electrolyte and thin lithium^{1-3}. Artificial interphases "
    "made of polymers^{4,5} or inorganic salts^{6-8} have been tried, yet they crack as lithium swells^{9}."
)
RESULTS = [
    ("The PPF layer",
     "The PPF layer is about 150 nm thick and has a Young's modulus of 3.2 GPa (Supplementary Fig. 7). Its ionic "
     "conductivity reaches 2.1 x 10^-4 S cm-1 at room temperature."),
    ("Symmetric cells",
     "PPF@Li symmetric cells cycle for over 2000 h with an overpotential of about 18 mV (Fig. 3a), whereas bare Li "
     "shorts after ~250 h. The PPF@Li cells stay stable at current densities up to 10 mA cm-2, the overpotential "
     "rising from 12 to 96 mV as the current rises from 0.5 to 10 mA cm-2 (Fig. 3b)."),
    ("Coulombic efficiency",
     "In Li||Cu cells with a PPF-coated Cu electrode the Coulombic efficiency stays above 99% for more than 300 "
     "cycles (Fig. 3c)."),
    ("Pouch cells",
     "A 1.2 Ah Li||NCM811 pouch cell with PPF@Li (N/P ratio 2.0, E/C ratio 2.5 g Ah-1) delivers an energy density "
     "of 402 Wh kg-1 and keeps 85.3% of its capacity after 180 cycles. Its bare-Li counterpart falls to 80% after "
     "only 64 cycles."),
]
CAPTION = ("Fig. 3 | Electrochemical performance. a, Voltage profiles of PPF@Li and bare Li symmetric cells at "
           "1 mA cm-2 and 1 mA h cm-2. b, Rate performance of PPF@Li symmetric cells. c, Coulombic efficiency of "
           "Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2.")
f("B33-01", "Thickness", 150, "nm", "The PPF layer is about 150 nm thick")
f("B33-01", "YoungsModulus", 3.2, "GPa", "has a Young's modulus of 3.2 GPa")
f("B33-01", "IonicConductivity", 0.21, "mS cm-1", "Its ionic conductivity reaches 2.1 x 10^-4 S cm-1")
f("B33-01", "Lifespan", 2000, "h", "PPF@Li symmetric cells cycle for over 2000 h")
f("B33-01", "Overpotential", 18, "mV", "with an overpotential of about 18 mV")
f("B33-02", "Lifespan", 250, "h", "whereas bare Li shorts after ~250 h")
f("B33-01", "CurrentDensity", 10, "mA cm-2", "stay stable at current densities up to 10 mA cm-2")
f("B33-01", "Overpotential", 12, "mV", "the overpotential rising from 12 to 96 mV")
f("B33-01", "Overpotential", 96, "mV", "the overpotential rising from 12 to 96 mV")
f("B33-01", "CurrentDensity", 0.5, "mA cm-2", "as the current rises from 0.5 to 10 mA cm-2")
f("B33-01", "CoulombicEfficiency", 99, "%", "the Coulombic efficiency stays above 99% for more than 300 cycles")
f("B33-01", "CycleNumber", 300, "cycles", "the Coulombic efficiency stays above 99% for more than 300 cycles")
f("B33-01", "CellCapacity", 1200, "mA h", "A 1.2 Ah Li||NCM811 pouch cell with PPF@Li")
f("B33-01", "NPRatio", 2.0, "", "(N/P ratio 2.0, E/C ratio 2.5 g Ah-1)")
f("B33-01", "ElectrolyteToCapacityRatio", 2.5, "g Ah-1", "(N/P ratio 2.0, E/C ratio 2.5 g Ah-1)")
f("B33-01", "EnergyDensity", 402, "Wh kg-1", "delivers an energy density of 402 Wh kg-1")
f("B33-01", "CapacityRetention", 85.3, "%", "keeps 85.3% of its capacity after 180 cycles")
f("B33-01", "CycleNumber", 180, "cycles", "keeps 85.3% of its capacity after 180 cycles")
f("B33-02", "CapacityRetention", 80, "%", "Its bare-Li counterpart falls to 80% after only 64 cycles")
f("B33-02", "CycleNumber", 64, "cycles", "Its bare-Li counterpart falls to 80% after only 64 cycles")
for sid in ("B33-01", "B33-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
METHODS = [
    ("Materials.", "Lithium foil (50 um) was dipped in a 2 wt% solution of the polymer in THF for 30 s and dried."),
    ("Electrochemical measurements.", "Coin cells contained 40 uL of electrolyte (1 M LiPF6 in FEC/DMC) each. "
     "Pouch cells used NCM811 cathodes with a loading of 21 mg cm-2."),
]
for sid in ("B33-01", "B33-02"):        # the lithium foil every anode is cut from, as the shared gold names it
    f(sid, "LiFoilThickness", 50000, "nm", "Lithium foil (50 um) was dipped in a 2 wt% solution")
for sid in ("B33-01", "B33-02"):
    f(sid, "ElectrolyteVolume", 40, "uL", "Coin cells contained 40 uL of electrolyte (1 M LiPF6 in FEC/DMC) each")
    f(sid, "ArealMassLoading", 21, "mg cm-2", "Pouch cells used NCM811 cathodes with a loading of 21 mg cm-2")
R = []
for i in range(1, 31):
    a = f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 1) % len(NAMES)]}"
    R.append((a, f"Invented interphase work {i}", ["Nat. Commun.", "Nat. Energy", "Joule", "Energy Environ. Sci."][i % 4],
              2012 + i % 12, str(3 + i), f"{100 + 17 * i}"))


def tex():
    def sub(t):
        t = latex(t, ("LiPF6", "NCM811"))
        t = t.replace("Wh kg-1", "Wh kg$^{-1}$").replace("S cm-1", "S cm$^{-1}$").replace("2.1 x 10^-4", "2.1 $\\times$ 10$^{-4}$")
        t = t.replace("~250", "$\\sim$250").replace("50 um", "50 $\\mu$m").replace("40 uL", "40 $\\mu$L")
        t = t.replace("Young's", "Young’s")
        import re
        return re.sub(r"(?<!\$)\^\{(\d[0-9,\-]*)\}", lambda m: "$^{" + m.group(1).replace("-", "\\text{--}") + "}$", t)

    o = [r"\documentclass{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}\usepackage[T1]{fontenc}"
         r"\usepackage{amsmath}\usepackage[margin=20mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Grace Osei, Luka Varga, Sofia Rossi}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(ABSTRACT) + "}", "", sub(INTRO), r"\section*{Results}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\begin{figure}[h]\small\noindent\textbf{" + sub(CAPTION.split(" | ")[0]) + " $|$ " +
          sub(CAPTION.split(" | ")[1].split(". ", 1)[0]) + ".} " + sub(CAPTION.split(" | ")[1].split(". ", 1)[1]) + r"\end{figure}"]
    o += [r"\section*{Discussion}", "An interphase that heals where it cracks lets lithium cycle in lean cells.",
          r"\section*{Methods}"]
    for h, t in METHODS:
        o.append(r"\noindent\textbf{" + h + "} " + sub(t))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a.split(' ')[1]}, {a.split(' ')[0]} {tt}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
