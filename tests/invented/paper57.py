"""Invented research paper 57: an anode-free cell paper (Nature Energy-like short form) whose current collector is
the design: 'first-cycle CE', 'average CE over 100 cycles', 'retain 80% … after 120 cycles, whereas … only 35 cycles',
an N/P ratio of 0, cells named by their collector and cathode ('Cu||NCM811', 'TN@Cu||NCM811'), a capacity decay rate
per cycle, and Nature-style references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Titanium nitride-coated copper current collectors for anode-free lithium metal pouch cells"
S = {
    "F57-01": dict(name="TiN-coated Cu (TN@Cu)", aliases=["TN@Cu", "TN@Cu collector", "TN@Cu||NCM811",
                   "TiN-coated Cu"], role="design", cls="ConductiveFramework", sub="MetalBasedFramework"),
    "F57-02": dict(name="bare Cu", aliases=["bare Cu", "Cu", "Cu||NCM811", "bare Cu collector", "Cu foil"],
                   role="control", cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Anode-free cells store all their lithium in the cathode, so every loss of lithium at the negative electrode "
    "shortens their life. We sputter a 20-nm titanium nitride film on copper foil (TN@Cu). The nitride is "
    "lithiophilic and electronically conducting, so lithium plates as dense grains. Anode-free TN@Cu||NCM811 pouch "
    "cells retain 80% of their capacity after 120 cycles."
)
SECTIONS = [
    ("Main", "Copper collectors have been coated with carbon1,2, metals3 and polymers4. In Cu||Li half cells at "
     "0.5 mA cm-2 and 1 mA h cm-2, TN@Cu shows a first-cycle CE of 95.1% and an average CE of 99.3% over 100 cycles, "
     "against 89.6% and 97.0% for bare Cu. Anode-free pouch cells (N/P ratio of 0, NCM811 at 4.2 mA h cm-2) were "
     "cycled at 0.2 C charge and 0.5 C discharge. TN@Cu||NCM811 cells retain 80% of their capacity after 120 cycles, "
     "whereas Cu||NCM811 cells reach 80% after only 35 cycles. The capacity decay rate of the TN@Cu cells is 0.17% per "
     "cycle."),
]
f("F57-01", "Thickness", 20, "nm", "abstract")
f("F57-01", "CapacityRetention", 80, "%", "abstract")
f("F57-01", "CycleNumber", 120, "cycles", "abstract")
for sid in ("F57-01", "F57-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Cu||Li half cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Cu||Li half cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "NPRatio", 0, "", "N/P ratio of 0")
    f(sid, "ArealCapacity", 4.2, "mA h cm-2", "NCM811 at 4.2 mA h cm-2")
    f(sid, "CRate", 0.2, "C", "cycled at 0.2 C charge and 0.5 C discharge")
    f(sid, "CRate", 0.5, "C", "cycled at 0.2 C charge and 0.5 C discharge")
f("F57-01", "CoulombicEfficiency", 95.1, "%", "TN@Cu shows a first-cycle CE of 95.1%")
f("F57-01", "CoulombicEfficiency", 99.3, "%", "an average CE of 99.3% over 100 cycles")
f("F57-01", "CycleNumber", 100, "cycles", "an average CE of 99.3% over 100 cycles")
f("F57-02", "CoulombicEfficiency", 89.6, "%", "against 89.6% and 97.0% for bare Cu")
f("F57-02", "CoulombicEfficiency", 97.0, "%", "against 89.6% and 97.0% for bare Cu")
f("F57-02", "CycleNumber", 100, "cycles", "against 89.6% and 97.0% (over 100 cycles) for bare Cu")
f("F57-01", "CapacityRetention", 80, "%", "TN@Cu||NCM811 cells retain 80% of their capacity after 120 cycles")
f("F57-02", "CapacityRetention", 80, "%", "whereas Cu||NCM811 cells reach 80% after only 35 cycles")
f("F57-02", "CycleNumber", 35, "cycles", "whereas Cu||NCM811 cells reach 80% after only 35 cycles")
f("F57-01", "CapacityDecayRate", 0.17, "%", "The capacity decay rate of the TN@Cu cells is 0.17% per cycle")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 8) % len(NAMES)]}, {chr(70 + i % 14)}. {NAMES[(i * 9 + 3) % len(NAMES)]}",
      f"Collector study {i}", ["Nat. Energy", "Joule", "Nat. Commun.", "Adv. Mater."][i % 4], 2018 + i % 6, str(3 + i),
      f"{100 + 29 * i}-{108 + 29 * i}") for i in range(1, 5)]


def tex():
    def sub(t):
        t = latex(t, formulas=("NCM811",)).replace("||", "$\\|$")
        for k in ("1,2", "3", "4"):
            t = t.replace(f"carbon{k}" if k == "1,2" else (f"metals{k}" if k == "3" else f"polymers{k}"),
                          ("carbon" if k == "1,2" else "metals" if k == "3" else "polymers") + rf"\textsuperscript{{{k}}}")
        return t

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=24mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Sofia Costa, Daniel Weber and Aya Suzuki}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{" + sub(ABSTRACT) + "}"]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} {t}. \textit{{{j}}} \textbf{{{v}}}, {p.replace('-', '--')} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
