"""Invented research paper 11: Springer-like, Latin Modern two-column, [n] citations, Springer reference style
(Surname AB, ... (year) Title. Journal vol:pages), a non-conductive fibre scaffold, thousands separators,
a tilde, respectively lists of conditions and results, a relative-clause control, an electrolyte uptake."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Aluminium fluoride coated polyimide fibre mats as lithiophobic scaffolds for lithium metal anodes"
S = {
    "P11-01": dict(name="AlF3-coated polyimide fibre mat (AlF3@PI)", aliases=["AlF3@PI", "AlF3@PI mat",
                   "AlF3-coated polyimide fibre mat", "AlF3@PI-protected Li", "Li/AlF3@PI"], role="design",
                   cls="NonConductiveFramework", sub="NonConductiveScaffold"),
    "P11-02": dict(name="uncoated PI mat", aliases=["uncoated PI mat", "PI mat", "PI", "uncoated mat",
                   "Li/PI"], role="control"),
    "P11-03": dict(name="bare Li", aliases=["bare Li", "bare lithium", "bare Li foil"], role="control"),
    "P11-04": dict(name="glass-fibre scaffold", aliases=["glass-fibre scaffold", "glass fibre scaffold"],
                   role="cited", cls="NonConductiveFramework", sub="NonConductiveScaffold", refs=[7]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "A polyimide fibre mat coated with aluminium fluoride (AlF3@PI) is placed on lithium foil as a scaffold. "
    "Lithium fills the mat from the foil upwards, and symmetric cells with AlF3@PI run for 1,600 h at "
    "1 mA cm-2."
)
INTRO = (
    "Non-conductive scaffolds keep lithium away from the separator because deposition starts at the current "
    "collector [1-3]. Polymer mats are light and cheap [4,5], but lithium wets most polymers poorly [6]. A "
    "glass-fibre scaffold stabilised lithium plating for 500 h at 3 mA cm-2 [7], and fluorinated coatings have "
    "been proposed to guide lithium ions [8,9]. We coat electrospun polyimide (PI) fibres with a thin layer of "
    "AlF3 and place the mat on lithium foil."
)
f("P11-04", "Lifespan", 500, "h", "A glass-fibre scaffold stabilised lithium plating for 500 h at 3 mA cm-2")
f("P11-04", "CurrentDensity", 3, "mA cm-2", "A glass-fibre scaffold stabilised lithium plating for 500 h at 3 mA cm-2")
SECTIONS = [
    ("Methods",
     "PI fibres were electrospun from a polyamic acid solution and imidised at 300 °C. AlF3 was deposited by "
     "atomic layer deposition. Li|Li symmetric cells and Li|LFP cells used 1 M LiPF6 in EC/DEC with 10 vol% FEC."),
    ("Results and discussion",
     "The fibres of AlF3@PI are 350 ± 40 nm in diameter, and the mat has a porosity of 78%. It takes up 310% "
     "of its own weight of electrolyte, far more than a polypropylene separator."),
    ("",
     "With AlF3@PI, Li|Li symmetric cells ran stably for 1,600 h at 1 mA cm-2 and 1 mA h cm-2, with a voltage "
     "hysteresis of ~15 mV. Bare Li shorted after 260 h. Compared with the uncoated PI mat, which failed after "
     "420 h, the coating more than triples the lifespan."),
    ("",
     "At current densities of 2, 5 and 10 mA cm-2, the overpotentials of AlF3@PI were 22, 38 and 61 mV, "
     "respectively."),
    ("",
     "Li|LFP cells with AlF3@PI-protected Li delivered 141 mA h g-1 at 1 C and retained 91.3% of it after "
     "400 cycles, whereas cells with bare Li retained only 64.0%."),
]
f("P11-01", "FiberDiameter", 350, "nm", "The fibres of AlF3@PI are 350 ± 40 nm in diameter")
f("P11-01", "Porosity", 78, "%", "the mat has a porosity of 78%")
f("P11-01", "ElectrolyteUptake", 310, "%", "It takes up 310% of its own weight of electrolyte")
f("P11-01", "Lifespan", 1600, "h", "Li|Li symmetric cells ran stably for 1,600 h at 1 mA cm-2")
for sid in ("P11-01", "P11-02", "P11-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "ran stably for 1,600 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "ran stably for 1,600 h at 1 mA cm-2 and 1 mA h cm-2")
f("P11-01", "VoltageHysteresis", 15, "mV", "with a voltage hysteresis of ~15 mV")
f("P11-03", "Lifespan", 260, "h", "Bare Li shorted after 260 h")
f("P11-02", "Lifespan", 420, "h", "the uncoated PI mat, which failed after 420 h")
for j, o in ((2, 22), (5, 38), (10, 61)):
    f("P11-01", "CurrentDensity", j, "mA cm-2", "At current densities of 2, 5 and 10 mA cm-2")
    f("P11-01", "Overpotential", o, "mV", "the overpotentials of AlF3@PI were 22, 38 and 61 mV")
f("P11-01", "SpecificCapacity", 141, "mA h g-1", "delivered 141 mA h g-1 at 1 C")
f("P11-01", "CRate", 1, "C", "delivered 141 mA h g-1 at 1 C")
f("P11-01", "CapacityRetention", 91.3, "%", "retained 91.3% of it after 400 cycles")
f("P11-01", "CycleNumber", 400, "cycles", "retained 91.3% of it after 400 cycles")
f("P11-03", "CapacityRetention", 64.0, "%", "whereas cells with bare Li retained only 64.0%")
f("P11-03", "CycleNumber", 400, "cycles", "whereas cells with bare Li retained only 64.0%")
f("P11-03", "CRate", 1, "C", "whereas cells with bare Li retained only 64.0%")
CONCLUSION = (
    "A lithiophobic coating turns a polymer fibre mat into a scaffold that lithium fills from the bottom, "
    "which lets lithium anodes cycle for over a thousand hours."
)
JOURNALS = ["J Power Sources", "Ionics", "J Mater Sci", "Nano Res"]
R = [(f"{chr(65 + i % 20)}. {chr(75 + i % 9)}. {NAMES[(i * 7) % len(NAMES)]}, {chr(66 + i % 19)}. "
      f"{NAMES[(i * 5 + 4) % len(NAMES)]}", f"Invented scaffold study number {i}", JOURNALS[i % 4], 2011 + i % 12, str(20 + i),
      f"{500 + 17 * i}") for i in range(1, 12)]


def tex():
    def sub(t):
        return latex(t, ("LiPF6", "AlF3")).replace("~", "$\\sim$")

    o = [r"\documentclass[twocolumn]{article}\usepackage{lmodern}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Lucas Costa \and Hana Fischer \and Farid Khan}\date{}"
         r"\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section*{Introduction}", sub(INTRO)]
    for h, t in SECTIONS:
        if h:
            o.append(r"\section*{" + h + "}")
        o.append(sub(t))
    o += [r"\section*{Conclusions}", sub(CONCLUSION), r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        a = [x.split()[-1] + " " + "".join(y[0] for y in x.split()[:-1]) for x in a.split(", ")]
        o.append(rf"\noindent {k}. {', '.join(a)} ({y}) {t}. {j} {v}:{p}--{int(p) + 9}\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
