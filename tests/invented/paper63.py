"""Invented research paper 63: an ACS (ACS Appl. Mater. Interfaces)-like paper whose design is named by its short form only
from the Experimental Section on (the abstract and introduction spell it out without one), an ACS 'Table 1.' caption
set above its table with lettered footnotes under it ('a Measured at 25 °C.', 'b At 1 mA cm−2 and 1 mA h cm−2.') that
carry the conditions of the columns marked with them, bare Li as the control, and ACS numbered references."""
from invented.common import NAMES, given_name_first, latex
from invented.common import gold as gold_file

title = "Zinc-Doped Lithium Silicate Skins Stabilize Lithium Metal in Carbonate Electrolytes"
S = {
    "F63-01": dict(name="zinc-doped lithium silicate-skinned Li (ZLS-Li)", aliases=["ZLS-Li", "ZLS-Li electrode",
                   "ZLS-Li anode", "zinc-doped lithium silicate skin", "skinned lithium", "ZLS skin"], role="design",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F63-02": dict(name="bare Li", aliases=["bare Li", "bare lithium", "bare Li electrode", "untreated Li"],
                   role="control", cls="ConductiveFramework", sub="LithiumBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbonate electrolytes corrode lithium metal and grow a brittle interphase. Here, a zinc-doped lithium silicate "
    "skin is grown on lithium foil by a one-step reaction with a zinc silicate sol. The skin conducts lithium ions, "
    "resists the electrolyte and lets symmetric cells cycle for 1500 h at 1 mA cm-2 in a carbonate electrolyte."
)
SECTIONS = [
    ("1. INTRODUCTION", "Lithium metal is the ultimate anode, yet its interphase in carbonates is unstable.1,2 "
     "Inorganic skins such as Li3N and LiF help,3,4 but silicates have hardly been studied.5"),
    ("2. EXPERIMENTAL SECTION", "Lithium foil (450 um) was dipped in a zinc silicate sol for 30 s and dried in argon; "
     "the product is denoted ZLS-Li. All cells used 1 M LiPF6 in EC/DEC (1:1, v/v) with 60 uL of electrolyte."),
    ("3. RESULTS AND DISCUSSION", "The ZLS skin is about 120 nm thick and contains about 6 at% zinc. Table 1 "
     "compares ZLS-Li with bare Li. The skin lowers the interfacial resistance fivefold and doubles the exchange "
     "current density. In LFP||Li full cells at 1 C, ZLS-Li retains 92.4% of its capacity after 500 cycles, whereas "
     "bare Li keeps only 61.7%."),
    ("4. CONCLUSIONS", "A silicate skin made in seconds keeps lithium stable in carbonate electrolytes."),
]
f("F63-01", "Lifespan", 1500, "h", "abstract")
f("F63-01", "CurrentDensity", 1, "mA cm-2", "abstract")
for sid in ("F63-01", "F63-02"):
    f(sid, "LithiumFoilThickness", 450000, "nm", "Lithium foil (450 um) was dipped")
    f(sid, "ElectrolyteVolume", 60, "uL", "with 60 uL of electrolyte")
f("F63-01", "Thickness", 120, "nm", "The ZLS skin is about 120 nm thick")
f("F63-01", "AtomicFraction", 6, "%", "contains about 6 at% zinc")
# Table 1: electrode, R_int (Ohm cm2)^a, i0 (mA cm-2)^a, lifespan (h)^b, overpotential (mV)^b
TABLE = [("ZLS-Li", "F63-01", 24, 0.82, 1500, 21), ("bare Li", "F63-02", 126, 0.39, 260, 88)]
for _, sid, r, i0, life, eta in TABLE:
    f(sid, "InterfacialResistance", r, "Ohm cm2", "table")
    f(sid, "ExchangeCurrentDensity", i0, "mA cm-2", "table")
    f(sid, "Temperature", 25, "°C", "a Measured at 25 °C.")
    f(sid, "Lifespan", life, "h", "table")
    f(sid, "Overpotential", eta, "mV", "table")
    f(sid, "CurrentDensity", 1, "mA cm-2", "b At 1 mA cm-2 and 1 mA h cm-2.")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "b At 1 mA cm-2 and 1 mA h cm-2.")
    f(sid, "CRate", 1, "C", "In LFP||Li full cells at 1 C")
    f(sid, "CycleNumber", 500, "cycles", "after 500 cycles")
f("F63-01", "CapacityRetention", 92.4, "%", "ZLS-Li retains 92.4% of its capacity after 500 cycles")
f("F63-02", "CapacityRetention", 61.7, "%", "whereas bare Li keeps only 61.7%")
R = [(f"{NAMES[(i * 7 + 2) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(70 + i % 12)}.",
      f"Lithium interphase study {i}", ["ACS Appl. Mater. Interfaces", "ACS Energy Lett.", "Nano Lett.", "Chem. Mater."][i % 4],
      2015 + i % 8, str(8 + i), f"{1200 + 211 * i}-{1207 + 211 * i}") for i in range(1, 6)]


def tex():
    def sub(t):
        t = latex(t, formulas=("LiPF6", "Li3N")).replace("450 um", "450 $\\mu$m").replace("60 uL", "60 $\\mu$L")
        t = t.replace("at\\%", "at.\\%")
        for c in ("1,2", "3,4", "5"):
            t = t.replace(f"{c} ", f"$^{{{c}}}$ ").replace(f".{c}", f".$^{{{c}}}$")
        return t

    rows = " ".join(rf"{n} & {r} & {i0} & {life} & {eta} \\" for n, _, r, i0, life, eta in TABLE)
    table = (r"\begin{table}[h]\centering\small\caption*{\textbf{Table 1.} Interfacial and Cycling Properties of the "
             r"Two Electrodes}\begin{tabular}{lcccc}\hline electrode & $R_\mathrm{int}$ ($\Omega$ cm$^2$)$^a$ & "
             r"$i_0$ (mA cm$^{-2}$)$^a$ & lifespan (h)$^b$ & overpotential (mV)$^b$ \\\hline " + rows +
             r"\hline\end{tabular}\par\raggedright\footnotesize $^a$Measured at 25 $^\circ$C. $^b$At 1 mA cm$^{-2}$ "
             r"and 1 mA h cm$^{-2}$ in symmetric cells.\end{table}")
    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{times}\usepackage[T1]{fontenc}\usepackage{caption}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Amina Khan, Jonas Lehmann, Wei Suzuki}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\noindent\textbf{KEYWORDS:} lithium metal anode, artificial interphase, silicate, carbonate electrolyte"]
    for h, t in SECTIONS:
        o += [r"\section*{" + h + "}", sub(t)]
        if h.startswith("3."):
            o.append(table)
    o += [r"\section*{REFERENCES}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p.replace('-', '--')}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = given_name_first(ref[0].split("; "))
    return g
