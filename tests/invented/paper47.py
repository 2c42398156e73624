"""Invented research paper 47: a paper that never gives its design a short form: "a boron-doped lithium–magnesium alloy foil",
then "the doped alloy foil", "the alloy anode", "this alloy"; its controls "the undoped Li–Mg alloy" and "pure
lithium foil"; Joule-like headings written as claims; a result stated as a fold change with both figures in brackets
('a 5-fold longer life (1,500 vs. 300 h)'); superscript citations."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Boron-doped lithium-magnesium alloy foils resist dendrites at high currents"
S = {
    "F47-01": dict(name="boron-doped lithium-magnesium alloy foil", aliases=[
        "boron-doped lithium-magnesium alloy foil", "doped alloy foil", "doped alloy", "alloy anode", "this alloy",
        "boron-doped alloy", "boron-doped Li-Mg alloy", "B-doped Li-Mg alloy foil"],
        role="design", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F47-02": dict(name="undoped Li-Mg alloy foil", aliases=["undoped Li-Mg alloy", "undoped alloy", "Li-Mg alloy",
                   "undoped Li-Mg alloy foil"], role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F47-03": dict(name="pure lithium foil", aliases=["pure lithium foil", "pure lithium", "pure Li", "lithium foil",
                   "Li foil"], role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium alloys with a few per cent of magnesium keep their surface flat during stripping, but they still grow "
    "dendrites at high current densities. Here we dope a lithium-magnesium alloy foil with boron, which segregates to "
    "the grain boundaries and pins them. The boron-doped lithium-magnesium alloy foil cycles for 1,500 h at 5 mA cm-2 "
    "in symmetric cells, five times longer than the undoped alloy."
)
SECTIONS = [
    ("Introduction", "Lithium metal anodes fail when dendrites grow through the separator.^{1-3} Alloying lithium with "
     "magnesium raises its surface diffusion,^{4,5} and dopants at grain boundaries slow their motion in other "
     "metals.^{6}"),
    ("Boron pins the grain boundaries of the alloy", "The doped alloy foil contains 0.5 at% boron and has a grain size "
     "of 12 um, against 45 um for the undoped Li-Mg alloy. Its Vickers hardness is 0.42 GPa."),
    ("The doped alloy cycles at high currents", "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2, the alloy anode shows "
     "a 5-fold longer life than the undoped alloy (1,500 vs. 300 h) and keeps an overpotential of 35 mV. Pure lithium "
     "foil fails after only 60 h under the same conditions. Paired with NCM811 (4 mA h cm-2), this alloy retains 90.5% "
     "of its capacity after 250 cycles at 1 C."),
]
for sid in ("F47-01",):
    f(sid, "AtomicFraction", 0.5, "at%", "The doped alloy foil contains 0.5 at% boron")
f("F47-01", "ParticleSize", 12000, "nm", "has a grain size of 12 um")     # the ontology's unit
f("F47-02", "ParticleSize", 45000, "nm", "against 45 um for the undoped Li-Mg alloy")
f("F47-01", "Hardness", 420, "MPa", "Its Vickers hardness is 0.42 GPa")
for sid in ("F47-01", "F47-02", "F47-03"):
    f(sid, "CurrentDensity", 5, "mA cm-2", "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2")
    f(sid, "ArealCapacity", 5, "mA h cm-2", "In symmetric cells at 5 mA cm-2 and 5 mA h cm-2")
f("F47-01", "Lifespan", 1500, "h", "a 5-fold longer life than the undoped alloy (1,500 vs. 300 h)")
f("F47-02", "Lifespan", 300, "h", "a 5-fold longer life than the undoped alloy (1,500 vs. 300 h)")
f("F47-01", "Overpotential", 35, "mV", "keeps an overpotential of 35 mV")
f("F47-03", "Lifespan", 60, "h", "Pure lithium foil fails after only 60 h")
f("F47-01", "ArealCapacity", 4, "mA h cm-2", "Paired with NCM811 (4 mA h cm-2)")
f("F47-01", "CapacityRetention", 90.5, "%", "this alloy retains 90.5% of its capacity after 250 cycles at 1 C")
f("F47-01", "CycleNumber", 250, "cycles", "after 250 cycles at 1 C")
f("F47-01", "CRate", 1, "C", "after 250 cycles at 1 C")
f("F47-01", "Lifespan", 1500, "h", "abstract")
f("F47-01", "CurrentDensity", 5, "mA cm-2", "abstract")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 17 + 2) % len(NAMES)]}, {chr(70 + i % 15)}. {NAMES[(i * 3 + 5) % len(NAMES)]}",
      "", ["Joule", "Adv. Mater.", "Nat. Energy", "Acta Mater."][i % 4], 2014 + i % 10, str(2 + i), f"{900 + 61 * i}")
     for i in range(1, 7)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t).replace("12 um", "12 $\\mu$m").replace("45 um", "45 $\\mu$m")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Ana Lucia Ferreira, Tomas Novak, Hyun-woo Kim}\date{}"
         r"\begin{document}\maketitle", r"\section*{SUMMARY}", sub(ABSTRACT)]
    for head, text in SECTIONS:
        o += [r"\section*{" + head + "}", sub(text)]
    o += [r"\section*{REFERENCES}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} ({y}). \textit{{{j}}} \textit{{{v}}}, {p}--{int(p) + 9}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
