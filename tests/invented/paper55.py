"""Invented research paper 55: a gel polymer electrolyte paper in the plain English of many non-native authors ('the CE
of Li||Cu cell using GPE keeps at 98.5%', 'can stably cycle more than 1000 h, which is much longer than that of LE
(200 h)', 'under 0.5 mA cm−2 with a fixed capacity of 1 mAh cm−2'), conditions written 'under', the ionic
conductivity in powers of ten, and a Chinese-journal reference style."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "In situ polymerized gel polymer electrolyte with a fluorinated crosslinker for stable lithium metal batteries"
S = {
    "F55-01": dict(name="gel polymer electrolyte (GPE)", aliases=["GPE", "gel polymer electrolyte", "Li|GPE|Li",
                   "GPE cell"], role="design", cls="NonConductiveFramework", sub="NonConductiveScaffold"),
    "F55-02": dict(name="liquid electrolyte (LE)", aliases=["LE", "liquid electrolyte", "LE cell", "Li|LE|Li"],
                   role="control", cls=None, sub=None),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Liquid electrolytes react with lithium metal continuously, which leads to dendrite growth and low Coulombic "
    "efficiency. Herein, a gel polymer electrolyte (GPE) is prepared by in situ polymerization of a fluorinated "
    "crosslinker inside the cell. The GPE shows a high ionic conductivity and forms a LiF-rich SEI on lithium. As a "
    "result, the Li|GPE|Li cell can stably cycle for more than 1000 h, and the Li||LiFePO4 cell keeps 92.1% of its "
    "capacity after 500 cycles at 1 C."
)
SECTIONS = [
    ("1. Introduction", "Many gel electrolytes have been developed [1-3]."),
    ("2. Results and discussion",
     "The ionic conductivity of GPE reaches 1.6 × 10-3 S cm-1 at room temperature, a little lower than that of the "
     "liquid electrolyte (LE, 8.9 × 10-3 S cm-1). The lithium ion transference number of GPE is 0.58, which is much "
     "higher than that of LE (0.31). Under 0.5 mA cm-2 with a fixed capacity of 1 mA h cm-2, the CE of Li||Cu cell using "
     "GPE keeps at 98.5% after 300 cycles, while the CE of the cell using LE drops to 80% after only 90 cycles. The "
     "Li|GPE|Li cell can stably cycle more than 1000 h, which is much longer than that of LE (200 h)."),
    ("3. Conclusion", "The in situ GPE is a practical electrolyte for lithium metal batteries."),
]
f("F55-01", "Lifespan", 1000, "h", "abstract")
f("F55-01", "CapacityRetention", 92.1, "%", "abstract")
f("F55-01", "CycleNumber", 500, "cycles", "abstract")
f("F55-01", "CRate", 1, "C", "abstract")
f("F55-01", "IonicConductivity", 1.6, "mS cm-1", "The ionic conductivity of GPE reaches 1.6 × 10-3 S cm-1")
f("F55-02", "IonicConductivity", 8.9, "mS cm-1", "(LE, 8.9 × 10-3 S cm-1)")
f("F55-01", "LithiumTransferenceNumber", 0.58, "", "The lithium ion transference number of GPE is 0.58")
f("F55-02", "LithiumTransferenceNumber", 0.31, "", "higher than that of LE (0.31)")
for sid in ("F55-01", "F55-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "Under 0.5 mA cm-2 with a fixed capacity of 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Under 0.5 mA cm-2 with a fixed capacity of 1 mA h cm-2")
f("F55-01", "CoulombicEfficiency", 98.5, "%", "the CE of Li||Cu cell using GPE keeps at 98.5% after 300 cycles")
f("F55-01", "CycleNumber", 300, "cycles", "keeps at 98.5% after 300 cycles")
f("F55-02", "CoulombicEfficiency", 80, "%", "the CE of the cell using LE drops to 80% after only 90 cycles")
f("F55-02", "CycleNumber", 90, "cycles", "drops to 80% after only 90 cycles")
f("F55-01", "Lifespan", 1000, "h", "The Li|GPE|Li cell can stably cycle more than 1000 h")
f("F55-02", "Lifespan", 200, "h", "much longer than that of LE (200 h)")
R = [(f"{NAMES[(i * 9 + 3) % len(NAMES)]} {chr(65 + i % 20)}, {NAMES[(i * 5 + 2) % len(NAMES)]} {chr(72 + i % 10)}",
      f"Gel electrolyte study {i}", ["Acta Phys.-Chim. Sin.", "Chin. J. Chem.", "Energy Storage Sci. Technol.",
                                      "J. Electrochem."][i % 4], 2019 + i % 5, str(20 + i), f"{1100 + 37 * i}-{1108 + 37 * i}")
     for i in range(1, 4)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiFePO4",)).replace("10-3", "10$^{-3}$").replace("||", "$\\|$")
        return t.replace("[1-3]", "[1--3]")

    o = [r"\documentclass[10pt]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + title + r"}\author{Wei Zhao, Lin Chen, Hao Wu}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT)]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}. {t}[J]. {j}, {y}, {v}: {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [a.split()[0] for a in ref[0].split(", ")]
    return g
