"""Invented research paper 13: Nature-Communications-like, Helvetica single column, superscript citations, methods last,
a Li-composite design named with an en dash, 'as opposed to X, which fails at', 'versus', from-to resistance,
full-cell conditions (N/P, E/C, cathode loading), energy density, wetting time, lithium loading, Nature
reference style (Surname, A. B. & Surname, C. Title. J. 12, 345-350 (2019))."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A lithiophilic vanadium nitride scaffold for dense lithium composite anodes in lean-electrolyte cells"
S = {
    "N13-01": dict(name="3D lithium-vanadium nitride composite (3D Li-VN)", aliases=["3D Li-VN", "3D Li–VN",
                   "Li-VN", "Li–VN", "3D Li-VN composite", "3D Li–VN composite", "lithium-vanadium nitride composite",
                   "3D Li–VN||NCM811"], role="design", cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "N13-02": dict(name="Li foil", aliases=["Li foil", "lithium foil", "bare Li foil", "Li"], role="control",
                   cls="ConductiveFramework", sub="LithiumBasedFramework"),
    "N13-03": dict(name="Li-rGO composite", aliases=["Li-rGO composite", "Li–rGO composite", "Li–rGO composites",
                   "Li-rGO"], role="cited", cls="ConductiveFramework", sub="LithiumBasedFramework", refs=[9]),
    "N13-04": dict(name="Li-carbon fibre composite", aliases=["Li–carbon fibre composite",
                   "Li-carbon fibre composite", "Li–carbon fibre composites"], role="cited",
                   cls="ConductiveFramework", sub="LithiumBasedFramework", refs=[10]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium composite anodes hold their shape, but their carbon hosts must be coated before lithium wets them. "
    "Here we show that a vanadium nitride scaffold is wetted by molten lithium without any coating. In carbonate "
    "electrolyte, symmetric cells of the resulting 3D Li–VN composite cycle for 1,500 h at 1 mA cm-2 and "
    "1 mA h cm-2, and full cells with NCM811 cathodes retain 82% of their capacity after 200 cycles at an N/P "
    "ratio of 2."
)
INTRO = (
    "Melt infusion of lithium into carbon hosts produced Li–rGO composites that ran for 1,000 h at "
    "1 mA cm-2.^{9} Li–carbon fibre composites lowered the overpotential to 30 mV.^{10} However, such carbon "
    "hosts are lithiophobic and must be coated before infusion.^{11,12} Nitrides of early transition metals "
    "conduct electrons and bind lithium strongly,^{13} which suggests they could be wetted directly."
)
f("N13-03", "Lifespan", 1000, "h", "produced Li–rGO composites that ran for 1,000 h at 1 mA cm-2")
f("N13-03", "CurrentDensity", 1, "mA cm-2", "produced Li–rGO composites that ran for 1,000 h at 1 mA cm-2")
f("N13-04", "Overpotential", 30, "mV", "Li–carbon fibre composites lowered the overpotential to 30 mV")
RESULTS = [
    ("Fabrication of the composite",
     "Molten lithium wicks into the VN scaffold within 10 s (Supplementary Fig. 3). The resulting 3D Li–VN has a "
     "lithium loading of 3.2 mg cm-2 and a capacity of 12.4 mA h cm-2."),
    ("Symmetric cells",
     "Symmetric cells of 3D Li–VN cycle for 1,500 h at 1 mA cm-2 and 1 mA h cm-2 with a stable hysteresis of "
     "18 mV, as opposed to Li foil, which fails at 230 h (Fig. 3b). At a higher current density of 5 mA cm-2 the "
     "difference grows: 600 h for 3D Li–VN versus 40 h for Li foil. The interfacial resistance of 3D Li–VN drops "
     "from 120 to 15 Ω after cycling, while that of Li foil rises to 210 Ω."),
    ("Full cells",
     "Paired with NCM811 cathodes of 4 mA h cm-2 at an N/P ratio of 2 and an E/C ratio of 3 g Ah-1, "
     "3D Li–VN||NCM811 cells retain 82% of their capacity after 200 cycles at 0.5 C, whereas Li||NCM811 cells "
     "fall to 80% after only 65 cycles. A pouch cell built the same way delivers 350 Wh kg-1 based on the mass "
     "of both electrodes."),
]
f("N13-01", "WettingTime", 10, "s", "Molten lithium wicks into the VN scaffold within 10 s")
f("N13-01", "LithiumLoading", 3.2, "mg cm-2", "a lithium loading of 3.2 mg cm-2")
f("N13-01", "ArealCapacity", 12.4, "mA h cm-2", "a capacity of 12.4 mA h cm-2")
f("N13-01", "Lifespan", 1500, "h", "Symmetric cells of 3D Li–VN cycle for 1,500 h at 1 mA cm-2 and 1 mA h cm-2")
f("N13-01", "VoltageHysteresis", 18, "mV", "with a stable hysteresis of 18 mV")
for sid in ("N13-01", "N13-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "cycle for 1,500 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "cycle for 1,500 h at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "CurrentDensity", 5, "mA cm-2", "At a higher current density of 5 mA cm-2")
f("N13-02", "Lifespan", 230, "h", "as opposed to Li foil, which fails at 230 h")
f("N13-01", "Lifespan", 600, "h", "600 h for 3D Li–VN versus 40 h for Li foil")
f("N13-02", "Lifespan", 40, "h", "600 h for 3D Li–VN versus 40 h for Li foil")
f("N13-01", "CellResistance", 120, "Ohm", "The interfacial resistance of 3D Li–VN drops from 120 to 15 Ω")
f("N13-01", "CellResistance", 15, "Ohm", "The interfacial resistance of 3D Li–VN drops from 120 to 15 Ω")
f("N13-02", "CellResistance", 210, "Ohm", "while that of Li foil rises to 210 Ω")
for sid in ("N13-01", "N13-02"):
    f(sid, "ArealCapacity", 4, "mA h cm-2", "Paired with NCM811 cathodes of 4 mA h cm-2")
    f(sid, "NPRatio", 2, "", "at an N/P ratio of 2")
    f(sid, "ElectrolyteToCapacityRatio", 3, "g Ah-1", "an E/C ratio of 3 g Ah-1")
    f(sid, "CRate", 0.5, "C", "after 200 cycles at 0.5 C")
f("N13-01", "CapacityRetention", 82, "%", "cells retain 82% of their capacity after 200 cycles at 0.5 C")
f("N13-01", "CycleNumber", 200, "cycles", "cells retain 82% of their capacity after 200 cycles at 0.5 C")
f("N13-02", "CapacityRetention", 80, "%", "whereas Li||NCM811 cells fall to 80% after only 65 cycles")
f("N13-02", "CycleNumber", 65, "cycles", "whereas Li||NCM811 cells fall to 80% after only 65 cycles")
f("N13-01", "EnergyDensity", 350, "Wh kg-1", "A pouch cell built the same way delivers 350 Wh kg-1")
DISCUSSION = (
    "A nitride scaffold that lithium wets on its own removes the coating step from composite anodes and keeps "
    "them stable in lean electrolyte."
)
METHODS = [
    ("Synthesis", "Vanadium nitride scaffolds were made by nitriding vanadium oxide foams in ammonia, and lithium "
                  "was melted onto them in an argon glovebox."),
    ("Electrochemical measurements", "CR2032 coin cells and pouch cells were assembled with a carbonate "
                                     "electrolyte and tested on a battery cycler."),
]
JOURNALS = ["Nat. Commun.", "Nat. Energy", "Joule", "Nat. Mater."]
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 17 + 3) % len(NAMES)]}, {chr(66 + i % 19)}. {NAMES[(i * 5 + 11) % len(NAMES)]}, "
      f"{chr(67 + i % 17)}. {NAMES[(i * 7 + 1) % len(NAMES)]}", f"Invented composite anode study {i}",
      JOURNALS[i % 4], 2015 + i % 10, str(5 + i), f"{100 + 23 * i}") for i in range(1, 14)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ()).replace("Ω", "$\\Omega$").replace("Wh kg-1", "Wh kg$^{-1}$").replace("g Ah-1", "g Ah$^{-1}$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Amara Osei, Lena Hansen \& Tariq Khan}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{" + sub(ABSTRACT) + "}",
         r"\section*{Introduction}", sub(INTRO), r"\section*{Results}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{Discussion}", sub(DISCUSSION), r"\section*{Methods}"]
    for h, t in METHODS:
        o.append(r"\paragraph{" + h + ".} " + sub(t))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        names = [x.split(". ", 1)[1] + ", " + x.split(". ", 1)[0] + "." for x in a.split(", ")]
        a = ", ".join(names[:-1]) + r" \& " + names[-1]
        o.append(rf"\noindent {k}. {a} {t}. \textit{{{j}}} \textbf{{{v}}}, {p}--{int(p) + 7} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
