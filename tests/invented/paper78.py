"""Invented research paper 78: a Li–S separator paper that names its cells by their separator ('the MoS2/PP cell',
'the PP cell'), reports an initial capacity and a fading rate per cycle ('0.043% per cycle'), gives the sulfur
loading and E/S ratio of every cell in its methods, and compares the separators' electrolyte uptake and ionic
conductivity in one sentence with 'respectively'."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Molybdenum disulfide nanosheets on polypropylene separators block polysulfides in lithium–sulfur cells"
S = {
    "F78-01": dict(name="MoS2 nanosheets coated on PP separator (MoS2/PP)", aliases=["MoS2/PP", "MoS2/PP separator",
                   "MoS2/PP cell"], role="design", cls="NonConductiveFramework", sub="FunctionalSeparator"),
    "F78-02": dict(name="pristine PP separator", aliases=["pristine PP", "PP", "PP separator", "PP cell",
                   "pristine PP separator"], role="control", cls="NonConductiveFramework", sub="FunctionalSeparator"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Polysulfides that cross the separator corrode the lithium anode of lithium–sulfur cells. A thin layer of "
            "MoS2 nanosheets on a polypropylene separator (MoS2/PP) traps them.")
RESULTS = (
    "The electrolyte uptake of MoS2/PP and pristine PP is 182% and 96%, and their ionic conductivities are 0.92 and "
    "0.61 mS cm-1, respectively. The MoS2/PP cell delivers an initial capacity of 1,245 mA h g-1 at 0.2 C, against "
    "1,032 mA h g-1 for the PP cell. After 500 cycles at 1 C, the MoS2/PP cell retains 78.5% of its capacity, a "
    "fading rate of only 0.043% per cycle, whereas the PP cell retains 41.2%."
)
METHODS = ("Sulfur cathodes carried 3.5 mg cm-2 of sulfur, and every cell held electrolyte at an E/S ratio of "
           "8 μL mg-1.")
f("F78-01", "ElectrolyteUptake", 182, "%", "The electrolyte uptake of MoS2/PP and pristine PP is 182% and 96%")
f("F78-02", "ElectrolyteUptake", 96, "%", "The electrolyte uptake of MoS2/PP and pristine PP is 182% and 96%")
f("F78-01", "IonicConductivity", 0.92, "mS cm-1", "their ionic conductivities are 0.92 and 0.61 mS cm-1")
f("F78-02", "IonicConductivity", 0.61, "mS cm-1", "their ionic conductivities are 0.92 and 0.61 mS cm-1")
f("F78-01", "SpecificCapacity", 1245, "mA h g-1", "initial capacity of 1,245 mA h g-1 at 0.2 C")
f("F78-01", "CRate", 0.2, "C", "at 0.2 C")
f("F78-02", "SpecificCapacity", 1032, "mA h g-1", "against 1,032 mA h g-1 for the PP cell")
f("F78-02", "CRate", 0.2, "C", "at 0.2 C, against 1,032 mA h g-1 for the PP cell")
f("F78-01", "CapacityRetention", 78.5, "%", "the MoS2/PP cell retains 78.5% of its capacity")
f("F78-01", "CycleNumber", 500, "cycles", "After 500 cycles at 1 C")
f("F78-01", "CRate", 1, "C", "After 500 cycles at 1 C")
f("F78-01", "CapacityDecayRate", 0.043, "%", "a fading rate of only 0.043% per cycle")
f("F78-02", "CapacityRetention", 41.2, "%", "whereas the PP cell retains 41.2%")
f("F78-02", "CycleNumber", 500, "cycles", "After 500 cycles at 1 C")
f("F78-02", "CRate", 1, "C", "After 500 cycles at 1 C")
for sid in ("F78-01", "F78-02"):
    f(sid, "SulfurLoading", 3.5, "mg cm-2", "Sulfur cathodes carried 3.5 mg cm-2 of sulfur")
    f(sid, "ElectrolyteToSulfurRatio", 8, "μL mg-1", "every cell held electrolyte at an E/S ratio of 8 μL mg-1")
R = [(f"{chr(69 + i % 15)}. {NAMES[(i * 43 + 8) % len(NAMES)]}, {chr(76 + i % 8)}. {NAMES[(i * 47 + 3) % len(NAMES)]}",
      f"Lithium–sulfur separator study {i}", ["J. Membr. Sci.", "ACS Nano", "Energy Storage Mater."][i % 3],
      2016 + i % 8, str(20 + i), f"{1500 + 77 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t, formulas=("MoS2",)).replace("μL mg-1", "$\\mu$L mg$^{-1}$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Soo-min Park and Ahmed Osei}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Coated separators slow the shuttle of polysulfides [1,2], but thick coatings add weight "
         r"[3].", r"\section{Experimental}" + sub(METHODS), r"\section{Results and discussion}" + sub(RESULTS),
         r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {_t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
