"""Invented research paper #6: an electrolyte-derived SEI (three electrolytes, coded), anode-free cells, lists with
'respectively', '±', values in parentheses, temperature, a ratio."""

from invented.common import gold as gold_file
from invented.common import latex, refs

title = (
    "A fluorinated ether electrolyte builds a thin LiF-rich interphase for anode-free lithium metal batteries"
)
S = {
    "H6-01": dict(
        name="fluorinated ether electrolyte (FEE)",
        aliases=["FEE", "FEE electrolyte", "fluorinated ether electrolyte"],
        role="design",
        cls="NanostructuredSEI",
        sub="ElectrolyteDerivedSEI",
    ),
    "H6-02": dict(
        name="diluted FEE (dFEE)",
        aliases=["dFEE", "diluted FEE"],
        role="design",
        cls="NanostructuredSEI",
        sub="ElectrolyteDerivedSEI",
    ),
    "H6-03": dict(
        name="carbonate electrolyte (CBE)",
        aliases=["CBE", "carbonate electrolyte", "conventional carbonate electrolyte"],
        role="control",
    ),
    "H6-04": dict(
        name="localized high-concentration electrolyte",
        aliases=[
            "localized high-concentration electrolyte",
            "localized high-concentration electrolytes",
            "LHCE",
        ],
        role="cited",
        refs=[8],
        cls="NanostructuredSEI",
        sub="ElectrolyteDerivedSEI",
    ),
}
F = []


def f(*a):
    F.append(a)


B = []
B.append(
    (
        "Introduction",
        "Anode-free cells pair a bare copper collector with a lithium-rich cathode, so every lithium loss shows "
        "at once [1-3]. Their life depends on the interphase the electrolyte forms [4-7]. Localized high-concentration "
        "electrolytes gave Li||Cu cells an average Coulombic efficiency of 99.3% [8], but they are costly. We designed a "
        "fluorinated ether electrolyte (FEE), a diluted version of it (dFEE) and compared both with a carbonate electrolyte (CBE).",
    )
)
f(
    "H6-04",
    "CoulombicEfficiency",
    99.3,
    "%",
    "Localized high-concentration electrolytes gave Li||Cu cells an average Coulombic efficiency of 99.3% [8]",
)
B.append(
    (
        "Results and discussion",
        "The ionic conductivities of FEE, dFEE and CBE at 25 °C are 4.1, 6.3 and 9.8 mS cm-1, respectively. "
        "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2, FEE reaches an average Coulombic efficiency of 99.4 ± 0.1%, "
        "dFEE 98.9 ± 0.2% and CBE only 91.5 ± 1.2%.",
    )
)
for sid, v in (("H6-01", 4.1), ("H6-02", 6.3), ("H6-03", 9.8)):
    f(
        sid,
        "IonicConductivity",
        v,
        "mS cm-1",
        "The ionic conductivities of FEE, dFEE and CBE at 25 °C are 4.1, 6.3 and 9.8 mS cm-1, respectively",
    )
    f(
        sid,
        "Temperature",
        25,
        "degC",
        "The ionic conductivities of FEE, dFEE and CBE at 25 °C are 4.1, 6.3 and 9.8 mS cm-1, respectively",
    )
for sid, v in (("H6-01", 99.4), ("H6-02", 98.9), ("H6-03", 91.5)):
    f(
        sid,
        "CoulombicEfficiency",
        v,
        "%",
        "FEE reaches an average Coulombic efficiency of 99.4 ± 0.1%, dFEE 98.9 ± 0.2% and CBE only 91.5 ± 1.2%",
    )
    f(sid, "CurrentDensity", 0.5, "mA cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "In Li||Cu cells at 0.5 mA cm-2 and 1 mA h cm-2")
B.append(
    (
        "",
        "Cryogenic microscopy shows that the SEI formed in FEE is 12 nm thick, much thinner than that formed in CBE (38 nm). "
        "XPS depth profiles show 46 at% F in the SEI from FEE.",
    )
)
f(
    "H6-01",
    "Thickness",
    12,
    "nm",
    "the SEI formed in FEE is 12 nm thick, much thinner than that formed in CBE (38 nm)",
)
f("H6-03", "Thickness", 38, "nm", "much thinner than that formed in CBE (38 nm)")
f("H6-01", "FluorineContent", 46, "at%", "XPS depth profiles show 46 at% F in the SEI from FEE")
B.append(
    (
        "",
        "Anode-free Cu||NCM811 pouch cells with FEE keep 80% of their capacity for 120 cycles at 0.2 C, "
        "whereas the cells with CBE reach 80% after 25 cycles. At 45 °C, FEE still gives 96 cycles.",
    )
)
f(
    "H6-01",
    "CapacityRetention",
    80,
    "%",
    "Anode-free Cu||NCM811 pouch cells with FEE keep 80% of their capacity for 120 cycles at 0.2 C",
)
f(
    "H6-01",
    "CycleNumber",
    120,
    "cycles",
    "Anode-free Cu||NCM811 pouch cells with FEE keep 80% of their capacity for 120 cycles at 0.2 C",
)
f(
    "H6-01",
    "CRate",
    0.2,
    "C",
    "Anode-free Cu||NCM811 pouch cells with FEE keep 80% of their capacity for 120 cycles at 0.2 C",
)
f("H6-03", "CapacityRetention", 80, "%", "whereas the cells with CBE reach 80% after 25 cycles")
f("H6-03", "CycleNumber", 25, "cycles", "whereas the cells with CBE reach 80% after 25 cycles")
f("H6-03", "CRate", 0.2, "C", "whereas the cells with CBE reach 80% after 25 cycles")
f("H6-01", "Temperature", 45, "degC", "At 45 °C, FEE still gives 96 cycles")
f("H6-01", "CycleNumber", 96, "cycles", "At 45 °C, FEE still gives 96 cycles")
B.append(
    (
        "Conclusions",
        "A fluorinated ether builds a thin, fluorine-rich interphase that lets anode-free cells cycle far longer than carbonate.",
    )
)
B.append(
    (
        "Experimental section",
        "FEE was 1.2 M LiFSI in a fluorinated ether; dFEE was FEE diluted twofold with a hydrofluoroether. "
        "CBE was 1 M LiPF6 in EC/DEC (1:1 by volume). Pouch cells held 2.5 g Ah-1 of electrolyte.",
    )
)
R = refs(20)


def tex():
    def sub(s):
        return latex(s, ("LiPF6",))

    o = [
        r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}\usepackage[margin=16mm]{geometry}",
        r"\title{" + title + r"}\author{Hana Kovac and Rafael Mendes}\date{}\begin{document}\maketitle",
        r"\begin{abstract}"
        + sub(
            "Anode-free lithium metal batteries lose lithium with every cycle. A fluorinated ether electrolyte (FEE) forms a "
            "12 nm thick, LiF-rich interphase on copper, gives an average Coulombic efficiency of 99.4% and lets anode-free pouch cells keep 80% "
            "of their capacity for 120 cycles, about five times as long as a carbonate electrolyte."
        )
        + r"\end{abstract}",
    ]
    for h, t in B:
        if h:
            o.append(r"\section{" + h + "}")
        o.append(sub(t))
    o.append(r"\begin{thebibliography}{99}")
    for a, t, j, y, v, p in R:
        o.append(rf"\bibitem{{}} {a}, {t}, {j} {v} ({y}) {p}.")
    o.append(r"\end{thebibliography}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
