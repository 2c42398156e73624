"""Invented research paper 26: Angewandte-like Communication: 'Abstract:' run in, no section headings in the body,
superscript bracket citations after punctuation ('.^{[9]}'), 'Figure 2 b' with a space before the panel letter,
'Li|Cu', two films introduced together and described by 'Their ... respectively', a control that only appears late
(bare Cu), keywords with middle dots, Wiley references without titles and with the dual Angew. citation."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A Fluorinated Covalent Organic Framework Interlayer Guides Dendrite-Free Lithium Deposition"
S = {
    "A24-01": dict(name="fluorinated covalent organic framework interlayer (F-COF)", aliases=["F-COF", "F-COF@Cu",
                   "F-COF interlayer", "F-COF film", "fluorinated COF"], role="design", cls="NanostructuredSEI",
                   sub="ArtificialSEI"),
    "A24-02": dict(name="non-fluorinated COF interlayer (H-COF)", aliases=["H-COF", "H-COF@Cu", "H-COF film"],
                   role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A24-03": dict(name="bare Cu", aliases=["bare Cu", "bare copper", "Cu foil", "bare Cu foil"], role="control",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "A24-04": dict(name="amide-linked COF film", aliases=["amide-linked COF film", "amide-linked COF"],
                   role="cited", cls="NanostructuredSEI", sub="ArtificialSEI", refs=[9]),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal anodes suffer from dendrites and a low Coulombic efficiency. Herein, a fluorinated covalent "
    "organic framework (F-COF) is grown as an interlayer on copper. The ordered nanochannels and C-F groups of F-COF "
    "guide lithium ions and build a LiF-rich interphase. Li|Cu cells with F-COF keep an average Coulombic efficiency "
    "of 99.1 % over 500 cycles, and Li|LFP full cells retain 91.4 % of their capacity after 400 cycles at 1 C."
)
BODY = [
    "Lithium metal is the ultimate anode for high-energy batteries,^{[1-3]} but its deposition is uneven and its "
    "interphase breaks on every cycle.^{[4,5]} Covalent organic frameworks (COFs) offer ordered channels for "
    "lithium ions.^{[6-8]} An amide-linked COF film on copper kept a Coulombic efficiency of 97.5 % for 150 "
    "cycles,^{[9]} but its channel walls carry no polar groups. Here we grow a fluorinated COF (F-COF) and, for "
    "comparison, its non-fluorinated analogue (H-COF) on copper foil.",
    "F-COF and H-COF were grown on copper foil by a solvothermal reaction (Figure 1 a). Both films are about 300 nm "
    "thick (Figure 1 b). Their BET surface areas are 1280 and 1350 m2 g-1, respectively.",
    "The C-F groups lower the barrier to desolvation: the activation energy of interfacial charge transfer is "
    "0.39 eV for F-COF, 0.51 eV for H-COF and 0.60 eV for bare Cu (Figure 2 a).",
    "Li|Cu cells were cycled at 1 mA cm-2 with 1 mA h cm-2 (Figure 2 b). The cell with F-COF kept an average "
    "Coulombic efficiency of 99.1 % over 500 cycles, while those with H-COF and bare Cu failed after 210 and 95 "
    "cycles, respectively. At 3 mA cm-2 and 3 mA h cm-2, F-COF still gave 98.4 % for 200 cycles (Figure 2 c).",
    "In Li|Li symmetric cells (Figure 3 a), cells with F-COF cycled stably for 1600 h at 2 mA cm-2 with an "
    "overpotential of only 14 mV, whereas cells with bare Cu short-circuited after 180 h.",
    "Finally, F-COF@Cu pre-plated with 5 mA h cm-2 of lithium was paired with an LFP cathode. The full cell retained "
    "91.4 % of its capacity after 400 cycles at 1 C, against 62.3 % for the cell with bare Cu (Figure 4).",
    "In summary, fluorine-lined channels in a crystalline interlayer steer lithium ions and give a stable interphase.",
]
f("A24-04", "CoulombicEfficiency", 97.5, "%", "An amide-linked COF film on copper kept a Coulombic efficiency of 97.5 %")
f("A24-04", "CycleNumber", 150, "cycles", "kept a Coulombic efficiency of 97.5 % for 150 cycles")
for sid in ("A24-01", "A24-02"):
    f(sid, "Thickness", 300, "nm", "Both films are about 300 nm thick")
f("A24-01", "SpecificSurfaceArea", 1280, "m2 g-1", "Their BET surface areas are 1280 and 1350 m2 g-1, respectively")
f("A24-02", "SpecificSurfaceArea", 1350, "m2 g-1", "Their BET surface areas are 1280 and 1350 m2 g-1, respectively")
f("A24-01", "ActivationEnergy", 0.39, "eV", "0.39 eV for F-COF")
f("A24-02", "ActivationEnergy", 0.51, "eV", "0.51 eV for H-COF")
f("A24-03", "ActivationEnergy", 0.60, "eV", "0.60 eV for bare Cu")
for sid in ("A24-01", "A24-02", "A24-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Li|Cu cells were cycled at 1 mA cm-2 with 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li|Cu cells were cycled at 1 mA cm-2 with 1 mA h cm-2")
f("A24-01", "CoulombicEfficiency", 99.1, "%", "kept an average Coulombic efficiency of 99.1 % over 500 cycles")
f("A24-01", "CycleNumber", 500, "cycles", "kept an average Coulombic efficiency of 99.1 % over 500 cycles")
f("A24-02", "CycleNumber", 210, "cycles", "H-COF and bare Cu failed after 210 and 95 cycles, respectively")
f("A24-03", "CycleNumber", 95, "cycles", "H-COF and bare Cu failed after 210 and 95 cycles, respectively")
f("A24-01", "CurrentDensity", 3, "mA cm-2", "At 3 mA cm-2 and 3 mA h cm-2, F-COF still gave 98.4 % for 200 cycles")
f("A24-01", "ArealCapacity", 3, "mA h cm-2", "At 3 mA cm-2 and 3 mA h cm-2, F-COF still gave 98.4 %")
f("A24-01", "CoulombicEfficiency", 98.4, "%", "F-COF still gave 98.4 % for 200 cycles")
f("A24-01", "CycleNumber", 200, "cycles", "F-COF still gave 98.4 % for 200 cycles")
f("A24-01", "Lifespan", 1600, "h", "cells with F-COF cycled stably for 1600 h at 2 mA cm-2")
f("A24-01", "Overpotential", 14, "mV", "with an overpotential of only 14 mV")
for sid in ("A24-01", "A24-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "cycled stably for 1600 h at 2 mA cm-2")
f("A24-03", "Lifespan", 180, "h", "cells with bare Cu short-circuited after 180 h")
f("A24-01", "ArealCapacity", 5, "mA h cm-2", "F-COF@Cu pre-plated with 5 mA h cm-2 of lithium")
f("A24-01", "CapacityRetention", 91.4, "%", "The full cell retained 91.4 % of its capacity after 400 cycles at 1 C")
f("A24-03", "CapacityRetention", 62.3, "%", "against 62.3 % for the cell with bare Cu")
for sid in ("A24-01", "A24-03"):
    f(sid, "CycleNumber", 400, "cycles", "retained 91.4 % of its capacity after 400 cycles at 1 C")
    f(sid, "CRate", 1, "C", "retained 91.4 % of its capacity after 400 cycles at 1 C")
CAPTIONS = [
    "Figure 2. a) Arrhenius plots of the interfacial charge-transfer resistance. b) Coulombic efficiency of Li|Cu "
    "cells at 1 mA cm-2. c) The same at 3 mA cm-2.",
]
R = []
for i in range(1, 19):
    a = f"{chr(65 + i % 20)}. {NAMES[(i * 5 + 1) % len(NAMES)]}, {chr(67 + i % 18)}. {NAMES[(i * 11 + 4) % len(NAMES)]}"
    if i % 3 == 0:
        R.append((a, "", "Angew. Chem. Int. Ed.", 2014 + i % 10, str(52 + i % 10), f"{1000 + 37 * i}"))
    else:
        R.append((a, "", ["J. Am. Chem. Soc.", "Adv. Mater.", "Nat. Energy"][i % 3], 2014 + i % 10, str(130 + i),
                  f"{2000 + 41 * i}"))


def tex():
    import re

    def sub(t):
        t = re.sub(r"\^\{\[([0-9,\-]+)\]\}", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = latex(t, ("LiPF6",)).replace("m2 g-1", "m$^2$ g$^{-1}$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{[" + m.group(1) + "]}", t)

    o = [r"\documentclass[twocolumn]{article}\usepackage{helvet}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=15mm]{geometry}\renewcommand{\familydefault}{\sfdefault}",
         r"\title{\bfseries " + title + r"}\author{Marta Lindgren, Yusuf Khan, and Aiko Suzuki*}\date{}"
         r"\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), r"\bigskip"]
    for k, t in enumerate(BODY):
        o.append(sub(t))
        if k == 3:
            cap = sub(CAPTIONS[0]).replace("Figure 2.", r"\textbf{Figure 2.}")
            o.append(r"\begin{figure}[h]\small\noindent " + cap + r"\end{figure}")
    o += [r"\paragraph{Acknowledgements} We thank an invented foundation for support.",
          r"\paragraph{Conflict of Interest} The authors declare no conflict of interest.",
          r"\noindent\textbf{Keywords:} covalent organic frameworks $\cdot$ interphases $\cdot$ lithium metal anodes",
          r"\bigskip\hrule\medskip", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        extra = ""
        if j.startswith("Angew"):
            extra = rf"; \textit{{Angew. Chem.}} \textbf{{{y}}}, \textit{{{int(v) + 74}}}, {int(p) + 12}"
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}{extra}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
