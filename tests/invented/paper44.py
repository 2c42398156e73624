"""Invented research paper 44: a Nature-Energy-like article: figures with spreads written '(98.9 ± 0.2)%' and 'n = 3 cells',
thousands separators ('2,000 h'), units with a middle dot ('mA·cm−2', 'mAh·cm−2'), DFT adsorption energies below zero
('−2.35 eV … compared with −1.05 eV on LiF'), 'Extended Data Fig. 4', Methods at the end in run-in subsections, a
design made by a reaction ('LSI-Li' from SbF3 vapour) against bare Li."""
from invented.common import NAMES
from invented.common import gold as gold_file

title = "An antimony-rich interphase grown from the vapour stabilizes lithium metal anodes"
S = {
    "F44-01": dict(name="Li3Sb-rich interphase on lithium (LSI-Li)", aliases=["LSI-Li", "LSI", "LSI-Li anode",
                   "Li3Sb-rich interphase", "LSI-Li||NCM811", "LSI-Li electrode"], role="design",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "F44-02": dict(name="bare Li", aliases=["bare Li", "Li", "Li foil", "bare Li foil", "Li||NCM811"], role="control",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Lithium metal reacts with every liquid electrolyte, and the interphase that results cracks as lithium plates "
    "beneath it. Here we expose lithium foil to SbF3 vapour and grow a 90-nm-thick interphase rich in Li3Sb and LiF "
    "(LSI-Li). Li3Sb conducts lithium ions fast and binds lithium atoms strongly, so lithium plates beneath the layer "
    "as dense columns. Symmetric LSI-Li cells cycle for 2,000 h at 1 mA·cm−2, and LSI-Li||NCM811 cells retain 88.4% "
    "of their capacity after 300 cycles."
)
BODY = [
    ("Main", "Artificial interphases must conduct ions and resist the stress of plating [1-4]. Alloy phases such as "
     "Li3Sb conduct lithium ions quickly [5,6]."),
    ("Growth and structure of the interphase", "Exposing lithium to SbF3 vapour at 25 °C for 10 min gives a dark "
     "layer 90 nm thick (Extended Data Fig. 2). Density functional theory gives a lithium adsorption energy of −2.35 eV "
     "on Li3Sb(110), compared with −1.05 eV on LiF(100). The ionic conductivity of the layer is 0.21 mS·cm−1."),
    ("Electrochemical performance", "LSI-Li symmetric cells cycle for more than 2,000 h at 1 mA·cm−2 and 1 mAh·cm−2 with "
     "an overpotential of (14 ± 2) mV (n = 3 cells), whereas bare Li cells short-circuit after (310 ± 40) h. In "
     "Li||Cu cells at 0.5 mA·cm−2, lithium plated through an LSI-coated copper reached an average CE of (98.9 ± 0.2)%."),
    (None, "LSI-Li||NCM811 cells (N/P = 2.5) retain 88.4% of their capacity after 300 cycles at 0.5C, compared with "
     "51.6% for Li||NCM811 (Extended Data Fig. 4)."),
    ("Methods", "Electrochemical measurements. CR2032 cells contained 50 μL of 1 M LiPF6 in EC/DEC with 10% FEC. NCM811 "
     "cathodes had an areal capacity of 3.5 mAh·cm−2."),
]
f("F44-01", "Thickness", 90, "nm", "grow a 90-nm-thick interphase rich in Li3Sb and LiF")
f("F44-01", "Lifespan", 2000, "h", "Symmetric LSI-Li cells cycle for 2,000 h at 1 mA·cm−2")
f("F44-01", "CurrentDensity", 1, "mA cm-2", "Symmetric LSI-Li cells cycle for 2,000 h at 1 mA·cm−2")
f("F44-01", "CapacityRetention", 88.4, "%", "LSI-Li||NCM811 cells retain 88.4% of their capacity after 300 cycles")
f("F44-01", "CycleNumber", 300, "cycles", "retain 88.4% of their capacity after 300 cycles")
f("F44-01", "Temperature", 25, "degC", "Exposing lithium to SbF3 vapour at 25 °C for 10 min")
f("F44-01", "AdsorptionEnergy", -2.35, "eV", "a lithium adsorption energy of −2.35 eV on Li3Sb(110)")
f("F44-01", "IonicConductivity", 0.21, "mS cm-1", "The ionic conductivity of the layer is 0.21 mS·cm−1")
for sid in ("F44-01", "F44-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "cycle for more than 2,000 h at 1 mA·cm−2 and 1 mAh·cm−2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "cycle for more than 2,000 h at 1 mA·cm−2 and 1 mAh·cm−2")
f("F44-01", "Lifespan", 2000, "h", "LSI-Li symmetric cells cycle for more than 2,000 h")
f("F44-01", "Overpotential", 14, "mV", "with an overpotential of (14 ± 2) mV")
f("F44-02", "Lifespan", 310, "h", "bare Li cells short-circuit after (310 ± 40) h")
f("F44-01", "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA·cm−2")
f("F44-01", "CoulombicEfficiency", 98.9, "%", "reached an average CE of (98.9 ± 0.2)%")
for sid in ("F44-01", "F44-02"):
    f(sid, "NPRatio", 2.5, "", "LSI-Li||NCM811 cells (N/P = 2.5)")
    f(sid, "CycleNumber", 300, "cycles", "retain 88.4% of their capacity after 300 cycles at 0.5C")
    f(sid, "CRate", 0.5, "C", "after 300 cycles at 0.5C")
    f(sid, "ElectrolyteVolume", 50, "uL", "CR2032 cells contained 50 μL of 1 M LiPF6")
    f(sid, "ArealCapacity", 3.5, "mA h cm-2", "NCM811 cathodes had an areal capacity of 3.5 mAh·cm−2")
f("F44-02", "CapacityRetention", 51.6, "%", "compared with 51.6% for Li||NCM811")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 31 + 5) % len(NAMES)]}, {chr(66 + i % 13)}. {NAMES[(i * 3 + 2) % len(NAMES)]}",
      "", ["Nat. Energy", "Nature", "Joule", "Nat. Mater."][i % 4], 2016 + i % 9, str(1 + i), f"{500 + 41 * i}")
     for i in range(1, 7)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\[([0-9,\-]+)\]", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("%", "\\%").replace("°C", "$^\\circ$C").replace("||", "$\\|$").replace("μL", "$\\mu$L")
        t = t.replace("·", "$\\cdot$").replace("cm−2", "cm$^{-2}$").replace("cm−1", "cm$^{-1}$").replace("−", "$-$")
        t = t.replace("±", "$\\pm$").replace("SbF3", "SbF$_3$").replace("Li3Sb", "Li$_3$Sb").replace("LiPF6", "LiPF$_6$")
        return re.sub(r"@@(.*?)@@", lambda m: "\\textsuperscript{" + m.group(1) + "}", t)

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Chiara Rossi, Tomasz Lewandowski, Yuki Sato}\date{}"
         r"\begin{document}\maketitle", r"\noindent\textbf{" + sub(ABSTRACT) + "}"]
    for head, text in BODY:
        if head == "Methods":
            o.append(r"\section*{Methods}")
            lead, rest = text.split(". ", 1)
            o.append(r"\noindent\textbf{" + lead + ".} " + sub(rest))
            continue
        if head and head != "Main":
            o.append(r"\subsection*{" + head + "}")
        o.append(sub(text))
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent {k}. {a}. \textit{{{j}}} \textbf{{{v}}}, {p} ({y}).\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
