"""Invented research paper 81: a Nature Communications-like alloy-foil paper whose results are stated in negative and
bounded forms ('did not short-circuit within 1,500 h', 'never exceeded 24 mV', 'stayed above 99.0% for 260
cycles', 'At no point over 400 cycles … did the cell keep less than 85.0%', 'no thicker than 18 nm'), whose conditions
are said to be in the Supplementary Information the Nature way ('Supplementary Fig. 7', 'Supplementary Table 2'),
with a subject carried by 'Their' into the next sentence and Methods set after the results."""
from invented.common import NAMES, given_name_first, latex
from invented.common import gold as gold_file

title = "A lithium–magnesium alloy foil that plates and strips without dendrites"
S = {
    "F81-01": dict(name="lithium–magnesium alloy foil (LMA)", aliases=["LMA", "LMA foil", "alloy foil", "LMA electrode"],
                   role="design", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "F81-02": dict(name="pure Li foil", aliases=["pure Li", "pure Li foil", "pure lithium", "Li foil"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal grows dendrites because its surface diffuses lithium slowly. Here we roll lithium with magnesium "
    "into a thin alloy foil (LMA) whose surface diffusion is fast, and test it against pure Li foil in symmetric, "
    "half and full cells."
)
RESULTS = [
    ("Dendrite-free cycling",
     "Symmetric LMA cells did not short-circuit within 1,500 h at 1 mA cm-2 and 1 mA h cm-2 (Supplementary Fig. 7), "
     "whereas pure Li cells failed at 210 h. Their voltage hysteresis never exceeded 24 mV (Supplementary Fig. 8)."),
    ("Coulombic efficiency",
     "In Li||Cu cells the CE of LMA stayed above 99.0% for 260 cycles (the conditions are listed in Supplementary "
     "Table 2), while that of pure Li dropped under 95% within 40 cycles."),
    ("Full cells",
     "At no point over 400 cycles at 2 C did the LMA||NCM811 cell keep less than 85.0% of its initial capacity, "
     "whereas the pure Li cell kept 61.8% after the same 400 cycles. The SEI formed on LMA was no thicker than "
     "18 nm, less than half that on pure Li (45 nm)."),
]
f("F81-01", "Lifespan", 1500, "h", "Symmetric LMA cells did not short-circuit within 1,500 h")
f("F81-02", "Lifespan", 210, "h", "whereas pure Li cells failed at 210 h")
for sid in ("F81-01", "F81-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "at 1 mA cm-2 and 1 mA h cm-2")
f("F81-01", "VoltageHysteresis", 24, "mV", "Their voltage hysteresis never exceeded 24 mV")
f("F81-01", "CoulombicEfficiency", 99.0, "%", "the CE of LMA stayed above 99.0% for 260 cycles")
f("F81-01", "CycleNumber", 260, "cycles", "stayed above 99.0% for 260 cycles")
f("F81-02", "CoulombicEfficiency", 95, "%", "that of pure Li dropped under 95% within 40 cycles")
f("F81-02", "CycleNumber", 40, "cycles", "that of pure Li dropped under 95% within 40 cycles")
f("F81-01", "CapacityRetention", 85.0, "%", "did the LMA||NCM811 cell keep less than 85.0% of its initial capacity")
f("F81-02", "CapacityRetention", 61.8, "%", "the pure Li cell kept 61.8% after the same 400 cycles")
for sid in ("F81-01", "F81-02"):
    f(sid, "CycleNumber", 400, "cycles", "At no point over 400 cycles at 2 C")
    f(sid, "CRate", 2, "C", "At no point over 400 cycles at 2 C")
f("F81-01", "Thickness", 18, "nm", "The SEI formed on LMA was no thicker than 18 nm")
f("F81-02", "Thickness", 45, "nm", "less than half that on pure Li (45 nm)")
f("F81-01", "Thickness", 50, "um", "Lithium and magnesium were melted together … and rolled to 50 µm")
R = [(f"{NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(65 + i % 20)}. & {NAMES[(i * 3 + 9) % len(NAMES)]}, "
      f"{chr(71 + i % 12)}.", f"Lithium alloy anode study {i}", ["Nat. Commun.", "Nat. Energy", "Joule"][i % 3],
      2016 + i % 8, str(3 + i), f"{2100 + 97 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t)

    o = [r"\documentclass[10pt]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=25mm]{geometry}",
         r"\title{\bfseries " + sub(title) + r"}\author{Ana Pereira, Jonas Lehmann \& Mei Ito}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(ABSTRACT) + "}",
         r"\section*{Introduction}Alloys of lithium with magnesium have been rolled before [1], mostly for their "
         r"mechanical strength [2]; their surface diffusion was rarely studied [3].", r"\section*{Results}"]
    for head, text in RESULTS:
        o += [r"\subsection*{" + head + "}", sub(text)]
    o += [r"\section*{Methods}\noindent\textbf{Alloy foils.} Lithium and magnesium were melted together in an argon "
          r"glovebox and rolled to 50 $\mu$m. \textbf{Cells.} CR2032 coin cells used 1 M LiPF$_6$ in EC/DEC with "
          r"10 vol\% FEC.", r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a} {t}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = given_name_first(ref[0].split(" & "))
    return g
