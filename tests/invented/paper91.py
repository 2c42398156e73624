"""Invented research paper 91: an Elsevier (Energy Storage Mater.)-like thin-lithium paper: one composite foil rolled to
three thicknesses and named by it ('LC-20, LC-50 and LC-100, where the number is the thickness in µm'), the best one
chosen in words ('LC-50 strikes the best balance'), a change across two of the variants written as a from–to
('raising the thickness from 20 to 50 µm lifts the retention from 71.3% to 86.4%'), a full-cell results table whose
figures carry ± spreads ('148 ± 2'), a commercial foil of the same thickness as the control, and Elsevier references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Thin lithium–carbon nanotube composite foils for lean-lithium full cells"
S = {
    "H91-02": dict(name="LC-50 composite foil (50 µm)", aliases=["LC-50", "LC-50 foil", "LC-50||NCM811",
                   "LC-50 cells", "LC-50 anode"], role="design", cls="ConductiveFramework",
                   sub="LithiumBasedFramework"),
    "H91-01": dict(name="LC-20 composite foil (20 µm)", aliases=["LC-20", "LC-20 foil", "LC-20||NCM811",
                   "LC-20 cells"], role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "H91-03": dict(name="LC-100 composite foil (100 µm)", aliases=["LC-100", "LC-100 foil", "LC-100||NCM811",
                   "LC-100 cells"], role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "H91-04": dict(name="commercial Li foil (50 µm)", aliases=["Li foil", "commercial Li foil", "Li||NCM811",
                   "the commercial foil", "50 µm Li foil", "Li"], role="control", cls="ConductiveFramework",
                   sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Thick lithium foils hide the poor efficiency of lithium metal anodes. We roll a lithium–carbon nanotube "
            "composite to 20, 50 and 100 µm and pair each with NCM811 cathodes at a low negative-to-positive capacity "
            "ratio. The 50 µm foil keeps 86.4% of its capacity after 300 cycles.")
METHODS = ("Molten lithium was stirred with 8 wt% carbon nanotubes, cooled and rolled to three thicknesses, denoted "
           "LC-20, LC-50 and LC-100, where the number is the thickness in µm. A commercial Li foil of 50 µm was used as "
           "the control. Full cells paired each anode with NCM811 cathodes of 4.0 mA h cm-2 and were cycled between 2.8 "
           "and 4.3 V at 0.5 C after two formation cycles at 0.1 C.")
RESULTS = [
    "The nanotubes form a network through the foil, which gives LC-50 a hardness of 0.62 GPa, three times that of "
    "the commercial foil. Symmetric LC-50 cells run for 1200 h at 1 mA cm-2 and 1 mA h cm-2, while the "
    "commercial foil shorts after 280 h.",
    "Table 1 lists the full-cell results. Raising the thickness from 20 to 50 µm lifts the capacity retention after "
    "300 cycles from 71.3% to 86.4%, whereas a further increase to 100 µm adds little (87.0%) at twice the lithium "
    "excess. LC-50 therefore strikes the best balance between cycle life and lithium use.",
]
TABLE = [("LC-20", "146 ± 2", "71.3 ± 1.5", "99.71 ± 0.03"), ("LC-50", "148 ± 2", "86.4 ± 1.2", "99.86 ± 0.02"),
         ("LC-100", "149 ± 1", "87.0 ± 0.9", "99.88 ± 0.02"), ("Li foil", "145 ± 3", "58.9 ± 2.4", "99.52 ± 0.05")]
f("H91-02", "CapacityRetention", 86.4, "%", "abstract")
f("H91-02", "CycleNumber", 300, "cycles", "abstract")
f("H91-01", "Thickness", 20, "um", "where the number is the thickness in µm")
f("H91-02", "Thickness", 50, "um", "where the number is the thickness in µm")
f("H91-03", "Thickness", 100, "um", "where the number is the thickness in µm")
f("H91-04", "Thickness", 50, "um", "A commercial Li foil of 50 µm")
for sid in ("H91-01", "H91-02", "H91-03"):
    f(sid, "MassFraction", 8, "%", "stirred with 8 wt% carbon nanotubes")
for sid in ("H91-01", "H91-02", "H91-03", "H91-04"):
    f(sid, "ArealCapacity", 4.0, "mA h cm-2", "NCM811 cathodes of 4.0 mA h cm-2")
    f(sid, "CRate", 0.5, "C", "cycled between 2.8 and 4.3 V at 0.5 C")
    f(sid, "CycleNumber", 300, "cycles", "Table 1: Capacity retention after 300 cycles")
f("H91-02", "Hardness", 620, "MPa", "a hardness of 0.62 GPa")
for sid in ("H91-02", "H91-04"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "run for 1200 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "run for 1200 h at 1 mA cm-2 and 1 mA h cm-2")
f("H91-02", "Lifespan", 1200, "h", "Symmetric LC-50 cells run for 1200 h")
f("H91-04", "Lifespan", 280, "h", "while the commercial foil shorts after 280 h")
f("H91-01", "CapacityRetention", 71.3, "%", "from 71.3% to 86.4%")
f("H91-02", "CapacityRetention", 86.4, "%", "from 71.3% to 86.4%")
f("H91-03", "CapacityRetention", 87.0, "%", "adds little (87.0%)")
for (_code, cap, ret, ce), sid in zip(TABLE, ("H91-01", "H91-02", "H91-03", "H91-04"), strict=True):
    f(sid, "SpecificCapacity", float(cap.split()[0]), "mA h g-1", "Table 1")
    f(sid, "CapacityRetention", float(ret.split()[0]), "%", "Table 1")
    f(sid, "CoulombicEfficiency", float(ce.split()[0]), "%", "Table 1")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 1) % len(NAMES)]}, {chr(67 + i % 15)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      f"Thin lithium study {i}", ["Energy Storage Mater.", "J. Power Sources", "Nano Energy"][i % 3],
      2014 + i % 9, str(20 + 3 * i), f"{100 + 11 * i}-{108 + 11 * i}") for i in range(1, 7)]


def tex():
    def sub(t):
        return latex(t)

    table = (r"\begin{table}[h]\centering\small\caption{Full-cell results of the four anodes against NCM811 "
             r"(4.0 mA h cm$^{-2}$, 0.5 C, 2.8--4.3 V); means $\pm$ standard deviations of three cells.}"
             r"\begin{tabular}{lccc}\hline Anode & Initial capacity & Capacity retention & Average CE \\ "
             r" & (mA h g$^{-1}$) & after 300 cycles (\%) & (\%) \\\hline "
             + " ".join(rf"{sub(a)} & {sub(b)} & {sub(c)} & {sub(d)}\\" for a, b, c, d in TABLE)
             + r"\hline\end{tabular}\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Marco Rossi, Aylin Yilmaz and Sven Lindgren}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{Abstract} " + sub(ABSTRACT),
         r"\section*{1. Introduction}", "Practical lithium metal cells need thin lithium [1-3]. Composite foils are "
         "easier to roll than pure lithium [4,5], and carbon networks spread the current [6].",
         r"\section*{2. Experimental}", sub(METHODS), r"\section*{3. Results and discussion}"]
    o += [sub(RESULTS[0]), table, sub(RESULTS[1])]
    o += [r"\section*{4. Conclusions}", "A 50 µm composite foil gives most of the life of a thick one.".replace(
          "µm", r"$\mu$m"), r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {t}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o).replace("[1-3]", "[1--3]")


def gold():
    return gold_file(title, S, F, R)
