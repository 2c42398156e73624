"""Invented research paper 85: a design whose name changes its spelling across the paper ('Li-CNF' where defined,
'LiCNF' in the results, 'Li–CNF' with an en dash in a caption), a figure caption whose legend gives each colour's arm
and its figure ('red: LiCNF, 1400 h; blue: bare Li, 260 h; grey: Li-CF, 700 h; black: Li–graphene paper [4], 520 h'),
so the paper's own design, two controls and a cited work all share one caption, a control defined 'for comparison'
and ACS-like references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Lithium-infused carbon nanofiber mats as dendrite-free anodes"
S = {
    "F85-01": dict(name="lithium–carbon nanofiber composite (Li-CNF)", aliases=["Li-CNF", "LiCNF", "Li–CNF",
                   "lithium–carbon nanofiber composite", "Li-CNF electrode", "LiCNF electrode"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F85-02": dict(name="bare Li", aliases=["bare Li", "bare Li foil", "Li foil"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F85-03": dict(name="lithium-infused copper foam (Li-CF)", aliases=["Li-CF", "lithium-infused copper foam"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F85-04": dict(name="Li–graphene paper", aliases=["Li–graphene paper", "Li-graphene paper"], role="cited",
                   cls="ConductiveFramework", sub="CarbonBasedFramework", refs=[4]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Molten lithium wets a carbon nanofiber mat once the fibers carry a thin oxide, and fills it to make a "
    "lithium–carbon nanofiber composite (Li-CNF). Li-CNF symmetric cells run for 1400 h at 2 mA cm-2 without "
    "dendrites."
)
INTRO = "Three-dimensional hosts lower the local current density of lithium anodes [1-3]."
METHODS = ("Carbon nanofiber mats were dipped in molten lithium for 30 s. For comparison, lithium was also infused "
           "into a copper foam (Li-CF). Cells used 1 M LiTFSI in DOL/DME with 2% LiNO3.")
RESULTS = [
    "The LiCNF electrode is 120 µm thick.",
    "LiCNF shows a nucleation overpotential of 9 mV, far lower than that of bare Li (38 mV).",
    "Over 500 cycles at 1 C, LiCNF||LFP cells retain 95.1% of their capacity, and Li||LFP cells only 70.3%.",
]
CAPTION = ("Fig. 3. Galvanostatic cycling of symmetric cells at 2 mA cm-2 and 2 mA h cm-2. Red: Li–CNF, 1400 h; "
           "blue: bare Li, 260 h; grey: Li-CF, 700 h; black: Li–graphene paper [4], 520 h.")
f("F85-01", "Lifespan", 1400, "h", "Li-CNF symmetric cells run for 1400 h")
f("F85-01", "CurrentDensity", 2, "mA cm-2", "at 2 mA cm-2")
f("F85-01", "Thickness", 120000, "nm", "The LiCNF electrode is 120 µm thick")
f("F85-01", "Overpotential", 9, "mV", "LiCNF shows a nucleation overpotential of 9 mV")
f("F85-02", "Overpotential", 38, "mV", "than that of bare Li (38 mV)")
f("F85-01", "CycleNumber", 500, "cycles", "Over 500 cycles at 1 C")
f("F85-01", "CRate", 1, "C", "Over 500 cycles at 1 C")
f("F85-01", "CapacityRetention", 95.1, "%", "LiCNF||LFP cells retain 95.1%")
f("F85-02", "CycleNumber", 500, "cycles", "Over 500 cycles at 1 C")
f("F85-02", "CRate", 1, "C", "Over 500 cycles at 1 C")
f("F85-02", "CapacityRetention", 70.3, "%", "Li||LFP cells only 70.3%")
for sid in ("F85-01", "F85-02", "F85-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "symmetric cells at 2 mA cm-2 and 2 mA h cm-2")
    f(sid, "ArealCapacity", 2, "mA h cm-2", "symmetric cells at 2 mA cm-2 and 2 mA h cm-2")
f("F85-01", "Lifespan", 1400, "h", "Red: Li–CNF, 1400 h")
f("F85-02", "Lifespan", 260, "h", "blue: bare Li, 260 h")
f("F85-03", "Lifespan", 700, "h", "grey: Li-CF, 700 h")
f("F85-04", "Lifespan", 520, "h", "black: Li–graphene paper [4], 520 h")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 3 + 1) % len(NAMES)]}, {chr(69 + i % 12)}. {NAMES[(i * 13 + 7) % len(NAMES)]}",
      f"Host study {i}", ["ACS Nano", "Nano Lett.", "ACS Energy Lett."][i % 3], 2016 + i % 8, str(10 + i),
      f"{1200 + 97 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        t = latex(t).replace("LiNO3", "LiNO$_3$").replace("[1-3]", "[1--3]")
        return t.replace("Li–", "Li--").replace("lithium–", "lithium--")

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=20mm]{geometry}",
         r"\title{" + title + r"}\author{Hyun Park, Maria Costa, Kofi Mensah}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{Introduction}" + sub(INTRO),
         r"\section*{Results and discussion}" + sub(" ".join(RESULTS)),
         r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{6cm}{0pt}}\par\small " + sub(CAPTION)
         + r"\end{figure}",
         r"\section*{Methods}" + sub(METHODS),
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
