"""Invented research paper 38 (the host and its lithium-infused composite are one design here, as the linker keys
"Li@X" with "X"): Elsevier (Energy Storage Mater.)-like full paper, numbered sections, bracketed citations, 'Fig. 3a',
a lithium-infused host 'Li-CoP@CF' against bare Li and its host 'CoP@CF' against undecorated 'CF', comparisons written
'much lower than that of CF (41 mV)', 'the former … while the latter …', a wetting result with a contact angle, and a
table comparing the design with cited hosts (rows carry the citation)."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Cobalt phosphide-decorated carbon felt as a lithiophilic host for molten-lithium infused anodes"
S = {
    "F38-01": dict(name="Li-infused cobalt phosphide-decorated carbon felt (Li-CoP@CF)", aliases=[
        "Li-CoP@CF", "Li-CoP@CF anode", "Li-CoP@CF electrode", "composite anode", "Li-CoP@CF composite", "CoP@CF",
        "CoP@CF host", "cobalt phosphide-decorated carbon felt"],
        role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F38-03": dict(name="pristine carbon felt (CF)", aliases=["CF", "pristine CF", "pristine carbon felt", "bare CF",
                   "CF host", "CF electrode"], role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F38-04": dict(name="bare Li foil", aliases=["bare Li", "Li foil", "bare Li foil", "Li"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F38-05": dict(name="Li-infused Mo2C-decorated nickel foam", aliases=["Mo2C-decorated nickel foam"], role="cited",
                   cls="ConductiveFramework", sub="MetalBasedFramework", refs=[21]),
    "F38-06": dict(name="Li-infused TiN-coated carbon cloth", aliases=["TiN-coated carbon cloth"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[22]),
    "F38-07": dict(name="Li-infused ZnS-decorated graphite paper", aliases=["ZnS-decorated graphite paper"],
                   role="cited", cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[23]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Three-dimensional hosts lower the local current density of lithium metal anodes, but molten lithium does not wet "
    "most carbon hosts. Here, cobalt phosphide nanoparticles grown on carbon felt (CoP@CF) let molten lithium spread "
    "through the felt within seconds. The resulting Li-CoP@CF anode cycles for 1200 h in symmetric cells."
)
INTRO = [
    "Lithium metal is the ultimate anode, yet dendrites and the infinite volume change of the host-less anode shorten "
    "its life [1-4]. Porous hosts spread the current and keep the volume fixed [5,6]. Carbon felts are light and cheap "
    "[7], but molten lithium beads up on them [8,9], and lithiophilic coatings such as metal oxides have been used to "
    "make them wettable [10-12].",
    "In this work, we grow cobalt phosphide nanoparticles on a commercial carbon felt by a hydrothermal reaction "
    "followed by phosphidation, and infuse molten lithium into it.",
]
METHODS = [
    ("2.1. Preparation of CoP@CF and Li-CoP@CF",
     "Carbon felt (3 mm thick) was heated in nitric acid, soaked in a cobalt nitrate solution at 120 °C for 6 h and "
     "phosphidated with NaH2PO2 at 300 °C for 2 h. The CoP@CF was pressed into discs and dipped into molten lithium at "
     "350 °C in an argon-filled glovebox."),
    ("2.2. Electrochemical measurements",
     "CR2032 coin cells were assembled with 60 uL of 1 M LiTFSI in DOL/DME with 2 wt% LiNO3. LiFePO4 cathodes had a "
     "mass loading of 12 mg cm-2."),
]
for sid in ("F38-01", "F38-04"):
    f(sid, "ArealMassLoading", 12, "mg cm-2", "LiFePO4 cathodes had a mass loading of 12 mg cm-2")
for sid in ("F38-01", "F38-03", "F38-04"):
    f(sid, "ElectrolyteVolume", 60, "uL", "CR2032 coin cells were assembled with 60 uL of 1 M LiTFSI")
RESULTS = [
    "The CoP nanoparticles are 20-40 nm across and cover the fibres uniformly (Fig. 1b). Molten lithium spreads over "
    "CoP@CF within 3 s, whereas it beads up on CF with a contact angle of 132° (Fig. 1d). The Li-CoP@CF composite holds "
    "a lithium loading of 9.4 mA h cm-2.",
    "Lithium nucleation on the hosts was examined in Li||host cells at 0.5 mA cm-2. The nucleation overpotential of "
    "CoP@CF is 12 mV, much lower than that of CF (41 mV). In Li||host asymmetric cells cycled at 1 mA cm-2 and "
    "1 mA h cm-2, CoP@CF keeps an average Coulombic efficiency of 98.9% over 350 cycles, whereas that of CF falls to "
    "86.4% after 120 cycles (Fig. 2c).",
    "Symmetric cells of Li-CoP@CF and bare Li were cycled at 2 mA cm-2 and 2 mA h cm-2. The former runs stably for "
    "1200 h with a voltage hysteresis of 18 mV, while the latter fails after 260 h (Fig. 3a). The rate performance "
    "follows the same trend: at 5 mA cm-2 the hysteresis of Li-CoP@CF is 46 mV, less than half that of bare Li "
    "(105 mV).",
    "Paired with LiFePO4, the Li-CoP@CF||LFP full cell retains 91.2% of its capacity after 400 cycles at 1 C, compared "
    "with 58.7% for the Li||LFP cell (Fig. 4b). Table 1 compares Li-CoP@CF with molten-lithium infused hosts reported "
    "before.",
]
f("F38-01", "ParticleSize", 20, "nm", "The CoP nanoparticles are 20-40 nm across")
f("F38-01", "ParticleSize", 40, "nm", "The CoP nanoparticles are 20-40 nm across")
f("F38-01", "WettingTime", 3, "s", "Molten lithium spreads over CoP@CF within 3 s")
f("F38-03", "ContactAngle", 132, "deg", "whereas it beads up on CF with a contact angle of 132°")
f("F38-01", "ArealCapacity", 9.4, "mA h cm-2", "The Li-CoP@CF composite holds a lithium loading of 9.4 mA h cm-2")
f("F38-01", "Overpotential", 12, "mV", "The nucleation overpotential of CoP@CF is 12 mV")
f("F38-03", "Overpotential", 41, "mV", "much lower than that of CF (41 mV)")
for sid in ("F38-01", "F38-03"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "Lithium nucleation on the hosts was examined in Li||host cells at 0.5 mA cm-2")
    f(sid, "CurrentDensity", 1, "mA cm-2", "In Li||host asymmetric cells cycled at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||host asymmetric cells cycled at 1 mA cm-2 and 1 mA h cm-2")
f("F38-01", "CoulombicEfficiency", 98.9, "%", "CoP@CF keeps an average Coulombic efficiency of 98.9% over 350 cycles")
f("F38-01", "CycleNumber", 350, "cycles", "CoP@CF keeps an average Coulombic efficiency of 98.9% over 350 cycles")
f("F38-03", "CoulombicEfficiency", 86.4, "%", "whereas that of CF falls to 86.4% after 120 cycles")
f("F38-03", "CycleNumber", 120, "cycles", "whereas that of CF falls to 86.4% after 120 cycles")
for sid in ("F38-01", "F38-04"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Symmetric cells of Li-CoP@CF and bare Li were cycled at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "Symmetric cells of Li-CoP@CF and bare Li were cycled at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "CurrentDensity", 5, "mA cm-2", "at 5 mA cm-2 the hysteresis of Li-CoP@CF is 46 mV")
f("F38-01", "Lifespan", 1200, "h", "The former runs stably for 1200 h with a voltage hysteresis of 18 mV")
f("F38-01", "VoltageHysteresis", 18, "mV", "The former runs stably for 1200 h with a voltage hysteresis of 18 mV")
f("F38-04", "Lifespan", 260, "h", "while the latter fails after 260 h")
f("F38-01", "VoltageHysteresis", 46, "mV", "at 5 mA cm-2 the hysteresis of Li-CoP@CF is 46 mV")
f("F38-04", "VoltageHysteresis", 105, "mV", "less than half that of bare Li (105 mV)")
f("F38-01", "CapacityRetention", 91.2, "%", "the Li-CoP@CF||LFP full cell retains 91.2% of its capacity after 400 cycles")
f("F38-04", "CapacityRetention", 58.7, "%", "compared with 58.7% for the Li||LFP cell")
for sid in ("F38-01", "F38-04"):
    f(sid, "CycleNumber", 400, "cycles", "retains 91.2% of its capacity after 400 cycles at 1 C")
    f(sid, "CRate", 1, "C", "retains 91.2% of its capacity after 400 cycles at 1 C")
TABLE = [  # host, ref, current density, areal capacity, lifespan, hysteresis
    ("Li-CoP@CF", None, 2, 2, 1200, 18),
    ("Li-infused Mo2C-decorated nickel foam", 21, 1, 1, 800, 25),
    ("Li-infused TiN-coated carbon cloth", 22, 2, 1, 650, 31),
    ("Li-infused ZnS-decorated graphite paper", 23, 3, 3, 500, 42),
]
for _name, ref, j, q, h, v in TABLE[1:]:
    sid = {21: "F38-05", 22: "F38-06", 23: "F38-07"}[ref]
    f(sid, "CurrentDensity", j, "mA cm-2", "")
    f(sid, "ArealCapacity", q, "mA h cm-2", "")
    f(sid, "Lifespan", h, "h", "")
    f(sid, "VoltageHysteresis", v, "mV", "")
CONCLUSION = ("CoP nanoparticles make carbon felt wettable by molten lithium. The Li-CoP@CF anode cycles for 1200 h at "
              "2 mA cm-2 and keeps LFP full cells stable for 400 cycles.")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 13 + 2) % len(NAMES)]}, {chr(70 + i % 15)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      "", ["Energy Storage Mater.", "J. Power Sources", "Nano Energy", "Chem. Eng. J."][i % 4], 2014 + i % 10,
      str(10 + i), f"{100 + 23 * i}") for i in range(1, 25)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\[([0-9,\-]+)\]", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, formulas=("NaH2PO2", "LiNO3", "Mo2C")).replace("60 uL", "60 $\\mu$L").replace("132°", "132$^\\circ$")
        t = t.replace("20-40", "20--40").replace("||", "$\\|$")
        return re.sub(r"@@(.*?)@@", lambda m: "[" + m.group(1) + "]", t)

    o = [r"\documentclass[11pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{" + title + r"}\author{Wei Zhou, Priya Raman, Jonas Berg}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT), r"\section*{1. Introduction}"]
    o += [sub(t) for t in INTRO]
    o.append(r"\section*{2. Experimental}")
    for head, text in METHODS:
        o += [r"\subsection*{" + head + "}", sub(text)]
    o.append(r"\section*{3. Results and discussion}")
    o += [sub(t) for t in RESULTS]
    rows = [rf"{sub(n)}{'' if r is None else ' [' + str(r) + ']'} & {j} & {q} & {h} & {v} \\" for n, r, j, q, h, v in TABLE]
    o.append(r"\begin{table}[h]\centering\caption{Comparison of Li-CoP@CF with molten-lithium infused hosts in "
             r"symmetric cells.}{\small\begin{tabular}{p{62mm}cccc}\hline Anode & $j$ (mA cm$^{-2}$) & Capacity "
             r"(mA h cm$^{-2}$) & Lifespan (h) & Hysteresis (mV) \\ \hline " + "\n".join(rows) +
             r"\hline\end{tabular}}\end{table}")
    o += [r"\section*{4. Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
