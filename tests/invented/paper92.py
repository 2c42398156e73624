"""Invented research paper 92: an anode-free pouch-cell paper (ACS Energy Lett.-like) whose current collector is the
design, with most results told in figure captions whose panels each carry their own cell type and condition ('(c)
Cycling of 1.1 A h In@Cu||NCM622 pouch cells at 0.2 C/0.5 C: …'), the control named in a caption only by its cell
('the Cu||NCM622 pouch'), a temperature given in a caption panel as that panel's test condition ('(d) The same
pouch cells at 45 °C …'), cycles to a retention threshold ('reaches 80% after only 48 cycles'), a cell's capacity in A h
and an energy density in Wh kg-1, and ACS numbered references."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Indium-coated copper current collectors for anode-free lithium metal pouch cells"
S = {
    "K92-01": dict(name="indium-coated Cu (In@Cu)", aliases=["In@Cu", "In@Cu collector", "In@Cu||NCM622",
                   "In@Cu||NCM622 pouch cells", "In@Cu pouch", "In@Cu cells", "In@Cu electrode"], role="design",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
    "K92-02": dict(name="bare Cu", aliases=["bare Cu", "Cu", "Cu||NCM622", "Cu||NCM622 pouch", "bare Cu collector",
                   "Cu foil", "the Cu||NCM622 pouch", "bare Cu electrode"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = ("Anode-free cells carry no excess lithium, so every loss shows at once. An indium film of 40 nm on copper "
            "(In@Cu) alloys with the first lithium plated on it and guides dense growth. Anode-free In@Cu||NCM622 "
            "pouch cells deliver 405 Wh kg-1 and keep 80% of their capacity for 160 cycles.")
BODY = [
    ("Experimental Section", "Indium was evaporated onto 10 µm copper foil at a rate of 0.5 Å s-1 to a film of 40 nm "
     "(In@Cu). Half cells paired In@Cu or bare Cu with Li foil in 1.2 M LiFSI in DME/TTE. Anode-free pouch cells "
     "stacked double-sided NCM622 cathodes (3.5 mA h cm-2) with In@Cu or bare Cu and 2.2 g Ah-1 of electrolyte."),
    ("Results and Discussion", "Indium takes up lithium before any lithium metal forms, so plating starts on a "
     "lithium–indium alloy (Figure 2). The efficiency and the life of the two collectors are compared in Figure 3, and "
     "the pouch cells in Figure 4. Post-mortem cross sections show a 22 µm dense deposit on In@Cu after 50 cycles "
     "and a 41 µm porous one on bare Cu."),
]
CAPTIONS = [
    ("Figure 3.", "(a) Coulombic efficiency of Li||Cu half cells with In@Cu and bare Cu at 0.5 mA cm-2 and 1 mA h "
     "cm-2. The average CE over 300 cycles is 99.5% for In@Cu and 97.2% for bare Cu. (b) Voltage profiles of the first "
     "plating: the nucleation overpotential is 6 mV on In@Cu and 37 mV on bare Cu."),
    ("Figure 4.", "(a) Voltage curves of the In@Cu||NCM622 pouch cell (1.1 A h) at 0.1 C. (b) Its energy density, "
     "405 Wh kg-1, counted on the whole cell. (c) Cycling of the pouch cells at 0.2 C charge and 0.5 C discharge: "
     "In@Cu||NCM622 keeps 80% of its capacity for 160 cycles, whereas the Cu||NCM622 pouch reaches 80% after only "
     "48 cycles. (d) The same pouch cells at 45 °C: In@Cu||NCM622 retains 72.5% after 100 cycles, against 31.0% for "
     "Cu||NCM622."),
]
f("K92-01", "EnergyDensity", 405, "Wh kg-1", "abstract")
f("K92-01", "CapacityRetention", 80, "%", "abstract")
f("K92-01", "CycleNumber", 160, "cycles", "abstract")
f("K92-01", "Thickness", 40, "nm", "to a film of 40 nm (In@Cu)")
f("K92-01", "ElectrolyteToCapacityRatio", 2.2, "g Ah-1", "2.2 g Ah-1 of electrolyte")
f("K92-02", "ElectrolyteToCapacityRatio", 2.2, "g Ah-1", "2.2 g Ah-1 of electrolyte")
f("K92-01", "ArealCapacity", 3.5, "mA h cm-2", "NCM622 cathodes (3.5 mA h cm-2)")
f("K92-02", "ArealCapacity", 3.5, "mA h cm-2", "NCM622 cathodes (3.5 mA h cm-2)")
f("K92-01", "Thickness", 22000, "nm", "a 22 µm dense deposit on In@Cu after 50 cycles")
f("K92-02", "Thickness", 41000, "nm", "a 41 µm porous one on bare Cu")
for sid in ("K92-01", "K92-02"):
    f(sid, "CycleNumber", 50, "cycles", "after 50 cycles")
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "CycleNumber", 300, "cycles", "The average CE over 300 cycles")
f("K92-01", "CoulombicEfficiency", 99.5, "%", "99.5% for In@Cu")
f("K92-02", "CoulombicEfficiency", 97.2, "%", "97.2% for bare Cu")
f("K92-01", "Overpotential", 6, "mV", "the nucleation overpotential is 6 mV on In@Cu")
f("K92-02", "Overpotential", 37, "mV", "and 37 mV on bare Cu")
f("K92-01", "CellCapacity", 1100, "mA h", "the In@Cu||NCM622 pouch cell (1.1 A h)")
f("K92-01", "CRate", 0.1, "C", "at 0.1 C")
f("K92-01", "EnergyDensity", 405, "Wh kg-1", "(b) Its energy density, 405 Wh kg-1")
for sid in ("K92-01", "K92-02"):
    f(sid, "CRate", 0.2, "C", "at 0.2 C charge and 0.5 C discharge")
    f(sid, "CRate", 0.5, "C", "at 0.2 C charge and 0.5 C discharge")
    f(sid, "CapacityRetention", 80, "%", "keeps 80% … reaches 80%")
f("K92-01", "CycleNumber", 160, "cycles", "for 160 cycles")
f("K92-02", "CycleNumber", 48, "cycles", "after only 48 cycles")
for sid in ("K92-01", "K92-02"):
    f(sid, "Temperature", 45, "degC", "(d) The same pouch cells at 45 °C")
    f(sid, "CycleNumber", 100, "cycles", "after 100 cycles")
f("K92-01", "CapacityRetention", 72.5, "%", "In@Cu||NCM622 retains 72.5% after 100 cycles")
f("K92-02", "CapacityRetention", 31.0, "%", "against 31.0% for Cu||NCM622")
R = [(f"{NAMES[(i * 5 + 2) % len(NAMES)]}, {chr(65 + i % 20)}.; {NAMES[(i * 9 + 4) % len(NAMES)]}, {chr(72 + i % 10)}.",
      f"Anode-free cell study {i}", ["ACS Energy Lett.", "Nano Lett.", "J. Am. Chem. Soc."][i % 3],
      2017 + i % 6, str(3 + i), f"{1200 + 37 * i}-{1207 + 37 * i}") for i in range(1, 7)]


def tex():
    def sub(t):
        t = latex(t).replace("||", "$\\|$").replace("@", "@{}").replace("Å s-1", r"\AA{} s$^{-1}$")
        return t.replace("Wh kg-1", "Wh kg$^{-1}$").replace("µm", "$\\mu$m")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}\usepackage{caption}\captionsetup{labelsep=period,font=small}",
         r"\title{\bfseries " + title + r"}\author{Daniel Costa, Hana Ito and Oliver Quinn}\date{}\begin{document}"
         r"\maketitle", r"\noindent\textbf{ABSTRACT:} " + sub(ABSTRACT),
         r"\section*{Introduction}", "Anode-free cells raise the energy density to its limit [1,2], but lithium is lost "
         "to the interphase on every cycle [3,4]. Lithiophilic coatings on copper help [5,6]."]
    for head, text in BODY:
        o += [r"\section*{" + head + "}", sub(text)]
        if head.startswith("Results"):
            for label, cap in CAPTIONS:
                o.append(r"\begin{figure}[h]\centering\fbox{\rule{0pt}{28mm}\rule{60mm}{0pt}}"
                         r"\captionsetup{labelformat=empty}\caption{\textbf{" + label + "} " + sub(cap)
                         + r"}\end{figure}")
    o += [r"\section*{Conclusions}", "A thin indium film is enough to make copper a good anode-free collector.",
          r"\section*{References}", r"{\footnotesize"]
    for k, (a, t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a} {t}. \textit{{{j}}} \textbf{{{y}}}, \textit{{{v}}}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    g = gold_file(title, S, F, R)
    for r, ref in zip(g["references"], R, strict=True):
        r["authors"] = [" ".join(reversed(a.split(", "))) for a in ref[0].split("; ")]
    return g
