"""Invented research paper 43: an anode-free paper (Chem. Eng. J.-like) with units written with slashes ('0.5 mA/cm2',
'1 mAh/cm2', '20 mg/cm2'), C-rates without a space ('0.5C'), a low-temperature test ('At -20 °C, …'), results
joined by a semicolon ('…; Li|Cu cells reach 96.8% and fail after 150 cycles'), a caption that holds the conditions,
'Their average CE over these cycles is 99.6%' (a pronoun for the design's cells), methods last."""
from invented.common import NAMES
from invented.common import gold as gold_file

title = "A sputtered silver-zinc alloy film on copper for anode-free lithium metal batteries"
S = {
    "F43-01": dict(name="Ag-Zn alloy film on Cu (AZ@Cu)", aliases=["AZ@Cu", "AZ@Cu electrode", "Ag-Zn film",
                   "Ag-Zn alloy film", "AZ film", "AZ@Cu||NCM811"], role="design", cls="ConductiveFramework",
                   sub="MetalBasedFramework"),
    "F43-02": dict(name="bare Cu", aliases=["bare Cu", "Cu", "Cu foil", "bare Cu foil", "Cu||NCM811"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Anode-free lithium metal batteries need a current collector on which lithium plates densely and reversibly. "
    "We sputter a 50 nm Ag-Zn alloy film on copper (AZ@Cu). Lithium nucleates on the alloy without a barrier and "
    "plates as dense columns. Anode-free AZ@Cu||NCM811 cells keep 75.2% of their capacity after 150 cycles, against "
    "38.6% for bare Cu."
)
BODY = [
    ("Introduction", "Anode-free cells carry no excess lithium, so every loss shows in their capacity [1-3]. "
     "Lithiophilic films on copper lower the nucleation barrier [4,5], and alloys keep their surface after the first "
     "plating [6]."),
    ("Results and discussion", "The Ag-Zn film lowers the nucleation overpotential to 6 mV, compared with 31 mV on bare "
     "Cu (Fig. 2a). Li|AZ@Cu cells cycled at 0.5 mA/cm2 and 1 mAh/cm2 reach an average CE of 99.3% over 400 cycles; "
     "Li|Cu cells reach 96.8% and fail after 150 cycles. At -20 °C, AZ@Cu still gives a CE of 97.9% at 0.2 mA/cm2, "
     "while bare Cu gives 89.5%."),
    (None, "Anode-free AZ@Cu||NCM811 cells (NCM811 loading 20 mg/cm2, 3.6 mAh/cm2) retain 75.2% of their capacity after "
     "150 cycles at 0.5C, against 38.6% for Cu||NCM811 (Fig. 3b). Their average CE over these cycles is 99.6%."),
    ("Experimental", "AZ films were sputtered from an alloy target for 10 min to a thickness of 50 nm. All cells used "
     "30 uL of 1 M LiPF6 in FEC/DMC."),
    ("Conclusions", "A thin alloy film makes copper a good host for anode-free cells."),
]
CAPTION = ("Fig. 3. (a) Voltage profiles of AZ@Cu||NCM811 and Cu||NCM811 cells at 0.5C. (b) Cycling of the two "
           "anode-free cells at 0.5C and 25 °C.")
f("F43-01", "Thickness", 50, "nm", "We sputter a 50 nm Ag-Zn alloy film on copper")
f("F43-01", "Overpotential", 6, "mV", "lowers the nucleation overpotential to 6 mV")
f("F43-02", "Overpotential", 31, "mV", "compared with 31 mV on bare Cu")
for sid in ("F43-01", "F43-02"):
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "cycled at 0.5 mA/cm2 and 1 mAh/cm2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "cycled at 0.5 mA/cm2 and 1 mAh/cm2")
    f(sid, "Temperature", -20, "degC", "At -20 °C")
    f(sid, "CurrentDensity", 0.2, "mA cm-2", "a CE of 97.9% at 0.2 mA/cm2")
    f(sid, "ArealMassLoading", 20, "mg cm-2", "NCM811 loading 20 mg/cm2, 3.6 mAh/cm2")
    f(sid, "ArealCapacity", 3.6, "mA h cm-2", "NCM811 loading 20 mg/cm2, 3.6 mAh/cm2")
    f(sid, "CycleNumber", 150, "cycles", "retain 75.2% of their capacity after 150 cycles at 0.5C")
    f(sid, "CRate", 0.5, "C", "after 150 cycles at 0.5C")
    f(sid, "ElectrolyteVolume", 30, "uL", "All cells used 30 uL")
    f(sid, "Temperature", 25, "degC", "Cycling of the two anode-free cells at 0.5C and 25 °C")
f("F43-01", "CoulombicEfficiency", 99.3, "%", "reach an average CE of 99.3% over 400 cycles")
f("F43-01", "CycleNumber", 400, "cycles", "reach an average CE of 99.3% over 400 cycles")
f("F43-02", "CoulombicEfficiency", 96.8, "%", "Li|Cu cells reach 96.8% and fail after 150 cycles")
f("F43-02", "CycleNumber", 150, "cycles", "Li|Cu cells reach 96.8% and fail after 150 cycles")
f("F43-01", "CoulombicEfficiency", 97.9, "%", "AZ@Cu still gives a CE of 97.9% at 0.2 mA/cm2")
f("F43-02", "CoulombicEfficiency", 89.5, "%", "while bare Cu gives 89.5%")
f("F43-01", "CapacityRetention", 75.2, "%", "retain 75.2% of their capacity after 150 cycles")
f("F43-02", "CapacityRetention", 38.6, "%", "against 38.6% for Cu||NCM811")
f("F43-01", "CoulombicEfficiency", 99.6, "%", "Their average CE over these cycles is 99.6%")
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 29 + 3) % len(NAMES)]}, {chr(75 + i % 10)}. {NAMES[(i * 13 + 7) % len(NAMES)]}",
      "", ["Chem. Eng. J.", "J. Power Sources", "Energy Storage Mater.", "Electrochim. Acta"][i % 4], 2017 + i % 8,
      str(300 + i), f"{130000 + 17 * i}") for i in range(1, 7)]


def tex():
    import re

    def sub(t):
        t = re.sub(r"\[([0-9,\-]+)\]", lambda m: "@@" + m.group(1).replace("-", "--") + "@@", t)
        t = t.replace("%", "\\%").replace("°C", "$^\\circ$C").replace("||", "$\\|$").replace("30 uL", "30 $\\mu$L")
        t = re.sub(r"(mA|mAh|mg)/cm2", r"\1/cm$^2$", t).replace("-20", "$-$20")
        return re.sub(r"@@(.*?)@@", lambda m: "[" + m.group(1) + "]", t)

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{charter}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=17mm]{geometry}",
         r"\title{" + title + r"}\author{Rafael Mendes, Aiko Ito, Kwame Osei}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract} " + sub(ABSTRACT)]
    n = 0
    for head, text in BODY:
        if head:
            n += 1
            o.append(rf"\section*{{{n}. {head}}}")
        o.append(sub(text))
        if head == "Results and discussion":
            o.append(r"\begin{figure}[h]\centering\fbox{\rule{0pt}{2cm}\rule{5cm}{0pt}}\caption*{" + sub(CAPTION) +
                     r"}\end{figure}")
    o += [r"\section*{References}", r"{\small"]
    for k, (a, _, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
