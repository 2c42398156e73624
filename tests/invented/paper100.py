"""Invented research paper 100: a carbon-cloth host paper whose figures are written with a thousand as 'k' ('1.8k h',
'3k cycles', and a cited work's '2k cycles'), whose design is defined inside a clause whose verb is a head noun
('a gallium sulfide skin on every fibre (GS@CC) alloys with the lithium plated first'), whose changes name each end's
arm and then name one arm again before the clause ends ('climbed from 96.8% for CC to 99.3% for GS@CC under the same
… as used for CC, and the nucleation overpotential dropped from 37 to 7 mV'), and whose figure caption gives each arm
a colour in brackets and then says the figures by colour ('GS@CC (orange) and bare Li (purple) …: the orange cell
lasts 1.8k h and the purple one 210 h')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Gallium sulfide-coated carbon cloth hosts for long-life lithium metal anodes"
S = {
    "P100-01": dict(name="gallium sulfide-coated carbon cloth (GS@CC)", aliases=["GS@CC", "Li@GS@CC", "GS@CC cells",
                    "GS@CC||LFP", "GS@CC host", "gallium sulfide skin on every fibre"], role="design",
                    cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "P100-02": dict(name="carbon cloth (CC)", aliases=["CC", "bare CC", "Li@CC", "carbon cloth"], role="control",
                    cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "P100-03": dict(name="bare Li", aliases=["bare Li", "Li foil", "bare Li foil", "Li"], role="control",
                    cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "P100-04": dict(name="silver-coated carbon cloth", aliases=["silver-coated carbon cloth"], role="cited",
                    cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[5]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Carbon cloth spreads the current of a lithium anode, but lithium does not wet it. A thin gallium sulfide "
            "skin on every fibre of the cloth (GS@CC) alloys with the lithium plated first and guides the rest into "
            "the weave. Symmetric GS@CC cells last 1.8k h at 1 mA cm-2, and GS@CC||LFP full cells run for 3k cycles "
            "at 2 C.")
INTRO = "Carbon cloth hosts lower the local current density of lithium anodes [1-4]."
METHODS = ("Carbon cloth (CC) was dipped in a gallium thiolate solution and annealed at 350 °C under argon, which "
           "leaves gallium sulfide on each fibre. Bare Li foil served as a second control.")
RESULTS = [
    "At 1 mA cm-2 and 1 mA h cm-2, the average Coulombic efficiency climbed from 96.8% for CC to 99.3% for GS@CC "
    "under the same lean electrolyte and stack pressure as used for CC, and the nucleation overpotential dropped "
    "from 37 to 7 mV.",
    "Paired with LFP at 2 C, GS@CC keeps 90.2% of its capacity after 3k cycles, well beyond the 2k cycles of a "
    "silver-coated carbon cloth [5].",
]
CAPTION = ("Figure 3. Galvanostatic cycling of GS@CC (orange) and bare Li (purple) symmetric cells at 1 mA cm-2 and "
           "1 mA h cm-2: the orange cell lasts 1.8k h and the purple one 210 h.")
f("P100-01", "Lifespan", 1800, "h", "Symmetric GS@CC cells last 1.8k h")
f("P100-01", "CurrentDensity", 1, "mA cm-2", "last 1.8k h at 1 mA cm-2")
f("P100-01", "CycleNumber", 3000, "cycles", "run for 3k cycles at 2 C")
f("P100-01", "CRate", 2, "C", "run for 3k cycles at 2 C")
f("P100-01", "Temperature", 350, "degC", "annealed at 350 °C under argon")
for sid in ("P100-01", "P100-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2")
f("P100-02", "CoulombicEfficiency", 96.8, "%", "climbed from 96.8% for CC")
f("P100-01", "CoulombicEfficiency", 99.3, "%", "to 99.3% for GS@CC")
f("P100-02", "Overpotential", 37, "mV", "dropped from 37 to 7 mV")
f("P100-01", "Overpotential", 7, "mV", "dropped from 37 to 7 mV")
f("P100-01", "CRate", 2, "C", "Paired with LFP at 2 C")
f("P100-01", "CapacityRetention", 90.2, "%", "GS@CC keeps 90.2% of its capacity")
f("P100-01", "CycleNumber", 3000, "cycles", "after 3k cycles")
f("P100-04", "CycleNumber", 2000, "cycles", "the 2k cycles of a silver-coated carbon cloth [5]")
for sid in ("P100-01", "P100-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "symmetric cells at 1 mA cm-2 and 1 mA h cm-2")
f("P100-01", "Lifespan", 1800, "h", "the orange cell lasts 1.8k h")
f("P100-03", "Lifespan", 210, "h", "the purple one 210 h")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(68 + i % 11)}. {NAMES[(i * 7 + 3) % len(NAMES)]}",
      f"Carbon cloth host study {i}", ["Adv. Energy Mater.", "Small", "Carbon"][i % 3], 2015 + i % 8, str(12 + i),
      f"{2100 + 37 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        return latex(t).replace("[1-4]", "[1--4]")

    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Ines Duarte, Tomasz Wrobel and Adaeze Okafor}\date{}\begin{document}"
         r"\maketitle", r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}" + sub(INTRO),
         r"\section{Experimental}" + sub(METHODS),
         r"\section{Results and discussion}" + sub(RESULTS[0]) + "\n\n" + sub(RESULTS[1]),
         r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{6cm}{0pt}}\par\small " + sub(CAPTION)
         + r"\end{figure}",
         r"\section{Conclusions}A gallium sulfide skin makes carbon cloth a lasting lithium host.",
         r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
