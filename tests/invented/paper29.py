"""Invented research paper 29: ACS-Applied-Materials-&-Interfaces-like: 'KEYWORDS:' line, '1. INTRODUCTION' in capitals,
two coated anodes and bare Li written as 'LZO@Li', 'LO@Li', 'the pristine Li', 'the modified Li'; a double
'respectively' (two properties of three arms), a rate list '158, 149, 137 and 121 mA h g-1 at 0.2, 0.5, 1 and 2 C',
a change over cycling 'decreases from 230 to 45 Ohm after 10 cycles', 'Figure 4d,e', ACS references."""
from invented.common import NAMES, given_name_first, latex
from invented.common import gold as gold_file

title = "Lithium Zirconate Interphase Layers Enable Dendrite-Free Lithium Metal Anodes"
S = {
    "M27-01": dict(name="lithium zirconate layer on Li (LZO@Li)", aliases=["LZO@Li", "LZO@Li anode", "LZO@Li||LFP",
                   "LZO", "the modified Li", "lithium zirconate layer"], role="design", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
    "M27-02": dict(name="lithium oxide layer on Li (LO@Li)", aliases=["LO@Li", "LO@Li anode"], role="control",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "M27-03": dict(name="bare Li", aliases=["bare Li", "pristine Li", "the pristine Li", "bare Li||LFP", "Li foil"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "A thin lithium zirconate layer is formed on lithium metal by a solution reaction (LZO@Li). The layer conducts "
    "lithium ions and blocks electrons, so lithium plates beneath it. LZO@Li symmetric cells run for 1200 h at "
    "1 mA cm-2, and LZO@Li||LFP cells keep 92.5% of their capacity after 600 cycles at 1 C."
)
INTRO = (
    "Lithium metal anodes suffer from dendrites and a fragile solid electrolyte interphase.^{1-4} Artificial layers "
    "made before cycling help,^{5-8} but most are either poor ion conductors or electronically leaky.^{9,10}"
)
RESULTS = [
    ("3.1. Structure of the Layers",
     "The LZO layer is about 80 nm thick (Figure 1c) and its ionic conductivity is 2.1 x 10^-5 S cm-1 (Figure S4). "
     "For comparison, LO@Li was made by exposing Li to dry oxygen."),
    ("3.2. Symmetric Cells",
     "At 1 mA cm-2 and 1 mA h cm-2, the LZO@Li, LO@Li and bare Li symmetric cells show overpotentials of 15, 28 and "
     "65 mV and lifespans of 1200, 600 and 150 h, respectively (Figure 4d,e). The charge-transfer resistance of the "
     "modified Li decreases from 230 to 45 Ohm after 10 cycles, whereas that of the pristine Li rises to 310 Ohm."),
    ("3.3. Full Cells",
     "The LZO@Li||LFP cell delivers 158, 149, 137 and 121 mA h g-1 at 0.2, 0.5, 1 and 2 C. After 600 cycles at 1 C, "
     "it keeps 92.5% of its capacity, while the bare Li||LFP cell keeps only 58.7%."),
]
f("M27-01", "Thickness", 80, "nm", "The LZO layer is about 80 nm thick")
f("M27-01", "IonicConductivity", 0.021, "mS cm-1", "its ionic conductivity is 2.1 x 10^-5 S cm-1")
for sid in ("M27-01", "M27-02", "M27-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2 and 1 mA h cm-2, the LZO@Li, LO@Li and bare Li symmetric cells")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "At 1 mA cm-2 and 1 mA h cm-2, the LZO@Li, LO@Li and bare Li symmetric cells")
for sid, o, life in (("M27-01", 15, 1200), ("M27-02", 28, 600), ("M27-03", 65, 150)):
    f(sid, "Overpotential", o, "mV", "show overpotentials of 15, 28 and 65 mV and lifespans of 1200, 600 and 150 h")
    f(sid, "Lifespan", life, "h", "show overpotentials of 15, 28 and 65 mV and lifespans of 1200, 600 and 150 h")
f("M27-01", "CellResistance", 230, "Ohm", "The charge-transfer resistance of the modified Li decreases from 230 to 45 Ohm")
f("M27-01", "CellResistance", 45, "Ohm", "The charge-transfer resistance of the modified Li decreases from 230 to 45 Ohm")
f("M27-01", "CycleNumber", 10, "cycles", "decreases from 230 to 45 Ohm after 10 cycles")
f("M27-03", "CellResistance", 310, "Ohm", "whereas that of the pristine Li rises to 310 Ohm")
f("M27-03", "CycleNumber", 10, "cycles", "whereas that of the pristine Li rises to 310 Ohm")
for cap, rate in ((158, 0.2), (149, 0.5), (137, 1), (121, 2)):
    f("M27-01", "SpecificCapacity", cap, "mA h g-1", "The LZO@Li||LFP cell delivers 158, 149, 137 and 121 mA h g-1")
    f("M27-01", "CRate", rate, "C", "at 0.2, 0.5, 1 and 2 C")
f("M27-01", "CapacityRetention", 92.5, "%", "After 600 cycles at 1 C, it keeps 92.5% of its capacity")
f("M27-03", "CapacityRetention", 58.7, "%", "while the bare Li||LFP cell keeps only 58.7%")
for sid in ("M27-01", "M27-03"):
    f(sid, "CycleNumber", 600, "cycles", "After 600 cycles at 1 C, it keeps 92.5% of its capacity")
    f(sid, "CRate", 1, "C", "After 600 cycles at 1 C, it keeps 92.5% of its capacity")
for sid in ("M27-01", "M27-02", "M27-03"):      # every cell's electrolyte, in the methods
    f(sid, "ElectrolyteVolume", 40, "uL", "Coin cells were assembled with 40 uL of 1 M LiPF6 in EC/DMC")
METHODS = (
    "Lithium foils were immersed in a zirconium alkoxide solution in dry THF for 30 min to form LZO@Li. LFP cathodes "
    "contained 80 wt% active material. Coin cells were assembled with 40 uL of 1 M LiPF6 in EC/DMC."
)
R = [(f"{NAMES[(i * 7 + 1) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 5 + 6) % len(NAMES)]}, {chr(70 + i % 15)}.",
      ["Ion-Conducting Coatings on Lithium", "Zirconate Films Grown in Solution", "Interphases That Block Electrons", "Dense Layers for Dendrite Suppression", "Alkoxide Routes to Protective Films"][i % 5], ["ACS Appl. Mater. Interfaces", "ACS Energy Lett.", "J. Am. Chem. Soc.",
                                              "Nano Lett."][i % 4], 2013 + i % 11, str(5 + i), f"{10000 + 211 * i}")
     for i in range(1, 19)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{([0-9,\-]+)\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6",)).replace("2.1 x 10^-5 S cm-1", r"2.1 $\times$ 10$^{-5}$ S cm$^{-1}$")
        t = t.replace("Ohm", r"$\Omega$").replace("uL", r"$\mu$L")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Wei Zhang, Lina Costa, and Jun Nakamura*}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\noindent\textbf{KEYWORDS:} \textit{lithium metal anode, artificial interphase, lithium zirconate}",
         r"\section*{1. INTRODUCTION}", sub(INTRO), r"\section*{2. EXPERIMENTAL SECTION}", sub(METHODS),
         r"\section*{3. RESULTS AND DISCUSSION}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{4. CONCLUSIONS}", "An ion-conducting, electron-blocking layer makes lithium plate beneath it.",
          r"\section*{REFERENCES}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {tt}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}--{int(p) + 8}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = given_name_first(ref[0].split("; "))
    return g
