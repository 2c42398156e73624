"""Invented research paper 97: a short Advanced Materials-like communication whose Supporting Information is bound
after its reference list, so that many results are stated only there: an appendix headed 'Supporting Information'
with its own numbered experimental notes ('S1. Materials'), a 'Table S1' of the arms set as a plain list of lines, and
'Figure S5.' captions that carry figures and conditions ('Figure S6. Voltage profiles of Li||Li cells with ZnF2-Li and
bare Li at 3 mA cm-2 and 3 mA h cm-2: 700 h and 85 h, respectively.'); the main text points at them ('Figure S6,
Supporting Information') and keeps only the headline figures; Wiley references without titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A zinc fluoride conversion skin makes lithium metal anodes tolerant of high current"
S = {
    "M97-01": dict(name="ZnF2-derived skin on Li (ZnF2-Li)", aliases=["ZnF2-Li", "ZnF2-Li anode", "ZnF2-Li anodes",
                   "ZnF2-Li electrode", "ZnF2-Li||LFP", "treated Li", "ZnF2-Li cell", "ZnF2-Li cells"], role="design",
                   cls="NanostructuredSEI", sub="ArtificialSEI"),
    "M97-02": dict(name="bare Li", aliases=["bare Li", "bare Li anode", "bare Li||LFP", "untreated Li", "Li foil",
                   "bare Li cell", "bare Li cells"], role="control", cls="NanostructuredSEI", sub="ArtificialSEI"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Lithium metal anodes fail fast at high current. Here a brief reaction of lithium foil with zinc "
            "fluoride in DMC forms a skin of LiF and LiZn alloy (ZnF2-Li). Symmetric cells with ZnF2-Li run for 1200 h "
            "at 1 mA cm-2, and ZnF2-Li||LFP cells keep 90.4% of their capacity after 400 cycles at 2 C.")
BODY = [
    ("Lithium foils were dipped in 0.1 M ZnF2 in DMC for 30 s (Supporting Information, S1). The skin is uniform and "
     "its cross section shows a dense layer of LiF grains and LiZn alloy (Figure 1). Symmetric cells with ZnF2-Li run "
     "for 1200 h at 1 mA cm-2 and 1 mA h cm-2, while bare Li cells short after 230 h (Figure 2a). The skin also "
     "lowers the interfacial resistance and tolerates higher current and capacity (Figure S5 and S6, Supporting "
     "Information)."),
    ("In full cells with LiFePO4 cathodes (Table S1), ZnF2-Li||LFP keeps 90.4% of its capacity after 400 cycles at "
     "2 C, against 52.8% for bare Li||LFP (Figure 3). The rate test is given in Figure S7 of the Supporting "
     "Information."),
]
SI_EXP = [
    ("S1. Preparation of ZnF2-Li", "Lithium foil (50 µm) was dipped into 0.1 M ZnF2 in DMC for 30 s inside an argon "
     "glovebox, rinsed with DMC and dried. The skin is 180 nm thick (Figure S2)."),
    ("S2. Electrochemical tests", "CR2032 coin cells used 1 M LiPF6 in EC/DEC with 10 wt% FEC; 40 uL of electrolyte "
     "was added to every cell. LFP cathodes carried 10.5 mg cm-2 of active material."),
]
SI_TABLE = [
    "Table S1. Full cells of this work.",
    "Anode: ZnF2-Li; bare Li",
    "Cathode: LiFePO4, 10.5 mg cm-2; LiFePO4, 10.5 mg cm-2",
    "N/P ratio: 3.2; 3.2",
    "Initial capacity at 0.5 C (mA h g-1): 158; 151",
]
SI_CAPTIONS = [
    "Figure S2. Cross-sectional SEM image of ZnF2-Li; the skin is 180 nm thick.",
    "Figure S5. Nyquist plots of symmetric cells after 10 cycles. The interfacial resistance is 18 Ohm for ZnF2-Li and "
    "96 Ohm for bare Li.",
    "Figure S6. Voltage profiles of Li||Li cells with ZnF2-Li and bare Li at 3 mA cm-2 and 3 mA h cm-2: 700 h and 85 "
    "h, respectively.",
    "Figure S7. Rate performance of ZnF2-Li||LFP: 147, 138 and 121 mA h g-1 at 1, 2 and 5 C.",
]
f("M97-01", "Lifespan", 1200, "h", "abstract")
f("M97-01", "CurrentDensity", 1, "mA cm-2", "abstract")
f("M97-01", "CapacityRetention", 90.4, "%", "abstract")
f("M97-01", "CycleNumber", 400, "cycles", "abstract")
f("M97-01", "CRate", 2, "C", "abstract")
for sid in ("M97-01", "M97-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "at 1 mA cm-2 and 1 mA h cm-2")
f("M97-01", "Lifespan", 1200, "h", "Symmetric cells with ZnF2-Li run for 1200 h")
f("M97-02", "Lifespan", 230, "h", "bare Li cells short after 230 h")
for sid in ("M97-01", "M97-02"):
    f(sid, "CycleNumber", 400, "cycles", "after 400 cycles at 2 C")
    f(sid, "CRate", 2, "C", "after 400 cycles at 2 C")
f("M97-01", "CapacityRetention", 90.4, "%", "ZnF2-Li||LFP keeps 90.4%")
f("M97-02", "CapacityRetention", 52.8, "%", "against 52.8% for bare Li||LFP")
f("M97-01", "Thickness", 180, "nm", "The skin is 180 nm thick")
f("M97-01", "LithiumFoilThickness", 50000, "nm", "Lithium foil (50 µm)")
for sid in ("M97-01", "M97-02"):
    f(sid, "ElectrolyteVolume", 40, "uL", "40 uL of electrolyte was added to every cell")
    f(sid, "ArealMassLoading", 10.5, "mg cm-2", "LFP cathodes carried 10.5 mg cm-2")
    f(sid, "NPRatio", 3.2, "", "N/P ratio: 3.2; 3.2")
    f(sid, "CRate", 0.5, "C", "Initial capacity at 0.5 C")
f("M97-01", "SpecificCapacity", 158, "mA h g-1", "Initial capacity at 0.5 C (mA h g-1): 158; 151")
f("M97-02", "SpecificCapacity", 151, "mA h g-1", "Initial capacity at 0.5 C (mA h g-1): 158; 151")
for sid in ("M97-01", "M97-02"):
    f(sid, "CycleNumber", 10, "cycles", "Nyquist plots of symmetric cells after 10 cycles")
f("M97-01", "InterfacialResistance", 18, "Ohm", "The interfacial resistance is 18 Ohm for ZnF2-Li")
f("M97-02", "InterfacialResistance", 96, "Ohm", "96 Ohm for bare Li")
for sid in ("M97-01", "M97-02"):
    f(sid, "CurrentDensity", 3, "mA cm-2", "at 3 mA cm-2 and 3 mA h cm-2")
    f(sid, "ArealCapacity", 3, "mA h cm-2", "at 3 mA cm-2 and 3 mA h cm-2")
f("M97-01", "Lifespan", 700, "h", "ZnF2-Li and bare Li … 700 h and 85 h, respectively")
f("M97-02", "Lifespan", 85, "h", "ZnF2-Li and bare Li … 700 h and 85 h, respectively")
for v, c in ((147, 1), (138, 2), (121, 5)):
    f("M97-01", "SpecificCapacity", v, "mA h g-1", "Rate performance of ZnF2-Li||LFP: 147, 138 and 121 mA h g-1")
    f("M97-01", "CRate", c, "C", "at 1, 2 and 5 C")
R = [(f"{chr(66 + i % 19)}. {NAMES[(i * 13 + 5) % len(NAMES)]}, {chr(68 + i % 9)}. {NAMES[(i * 3 + 8) % len(NAMES)]}",
      "", ["Adv. Mater.", "Angew. Chem. Int. Ed.", "Adv. Energy Mater.", "Adv. Funct. Mater."][i % 4],
      2017 + i % 7, str(27 + i), f"{1900000 + 4093 * i}") for i in range(1, 9)]


def tex():
    def sub(t):
        t = latex(t, formulas=("ZnF2", "LiPF6", "LiFePO4"))
        return t.replace("uL", r"$\mu$L").replace("Ohm", r"$\Omega$")

    o = [r"\documentclass[10pt]{article}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}"
         r"\usepackage[T1]{fontenc}\usepackage[margin=22mm]{geometry}",
         r"\title{" + sub(title) + r"}\author{Lena Fischer, Tomas Novak and Aiko Suzuki}\date{}\begin{document}"
         r"\maketitle", r"\noindent " + sub(ABSTRACT), r"\bigskip",
         r"\noindent Lithium metal anodes fail fast at high current because their native interphase cracks [1-3]; "
         "fluoride-rich skins help [4-6] and alloy phases spread the lithium flux [7,8].".replace("-3", "--3")
         .replace("-6", "--6")]
    o += [sub(t) for t in BODY]
    o += [r"\subsection*{Conflict of Interest}", "The authors declare no conflict of interest.",
          r"\subsection*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append("}")
    o += [r"\clearpage\section*{Supporting Information}"]
    for h, t in SI_EXP:
        o += [r"\subsection*{" + sub(h) + "}", sub(t)]
    o += [r"\subsection*{Supplementary tables and figures}"]
    o += [r"\noindent " + sub(line) + r"\par" for line in SI_TABLE]
    o += [r"\medskip"]
    o += [r"\noindent " + sub(c) for c in SI_CAPTIONS]
    o.append(r"\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
