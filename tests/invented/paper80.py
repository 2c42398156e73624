"""Invented research paper 80: two designs of one paper, a host and the same host with a coating, both 'ours', with
one control; figures given only in parentheses after the arm ('The average CE of the coated sponge (99.1%, 500
cycles) exceeds those of the bare sponge (98.2%, 300 cycles)') or with the arm in parentheses after the figure
('lifespans of 1,600 h (LiF-CNS)'); conditions said to be in the Supporting Information ('Table S2', 'Figure S7');
commas as thousands separators; a fading rate per cycle for two arms in one sentence."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A carbon nanotube sponge and its fluoride coat as hosts for lithium"
S = {
    "F80-01": dict(name="LiF-coated carbon nanotube sponge (LiF-CNS)",
                   aliases=["LiF-CNS", "coated sponge", "LiF-coated sponge", "LiF-CNS host"], role="design",
                   cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F80-02": dict(name="carbon nanotube sponge (CNS)", aliases=["CNS", "bare sponge", "CNS host", "sponge"],
                   role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F80-03": dict(name="planar Cu foil", aliases=["Cu", "planar Cu", "Cu foil", "planar Cu foil"], role="control",
                   cls="ConductiveFramework", sub="MetalBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "We grow a light carbon nanotube sponge (CNS) as a host for lithium and coat it with lithium fluoride (LiF-CNS). "
    "Both hosts are compared with planar Cu foil in half, symmetric and full cells."
)
RESULTS = [
    "The sponge has a specific surface area of 210 m2 g-1 (Table S1), and the LiF coat is 40 nm thick (Figure S3).",
    "Li||Cu cells were cycled at 1 mA cm-2 and 1 mA h cm-2 (all conditions in Table S2). The average CE of the coated "
    "sponge (99.1%, 500 cycles) exceeds those of the bare sponge (98.2%, 300 cycles) and planar Cu (93.5%, 90 "
    "cycles); the voltage profiles are shown in Figure S7.",
    "Symmetric cells at 2 mA cm-2 (Figure S9) gave lifespans of 1,600 h (LiF-CNS), 1,000 h (CNS) and 120 h (Cu).",
    "In full cells with NCM811 cathodes at 0.5 C (Figure S12), the capacity fades by 0.05% per cycle with LiF-CNS "
    "and by 0.11% per cycle with CNS over 1,000 cycles.",
]
f("F80-02", "SpecificSurfaceArea", 210, "m2 g-1", "The sponge has a specific surface area of 210 m2 g-1")
f("F80-01", "Thickness", 40, "nm", "the LiF coat is 40 nm thick")
for sid in ("F80-01", "F80-02", "F80-03"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "Li||Cu cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
    f(sid, "ArealCapacity", 1, "mA h cm-2", "Li||Cu cells were cycled at 1 mA cm-2 and 1 mA h cm-2")
f("F80-01", "CoulombicEfficiency", 99.1, "%", "The coated sponge (99.1%, 500 cycles)")
f("F80-01", "CycleNumber", 500, "cycles", "The coated sponge (99.1%, 500 cycles)")
f("F80-02", "CoulombicEfficiency", 98.2, "%", "the bare sponge (98.2%, 300 cycles)")
f("F80-02", "CycleNumber", 300, "cycles", "the bare sponge (98.2%, 300 cycles)")
f("F80-03", "CoulombicEfficiency", 93.5, "%", "planar Cu (93.5%, 90 cycles)")
f("F80-03", "CycleNumber", 90, "cycles", "planar Cu (93.5%, 90 cycles)")
for sid in ("F80-01", "F80-02", "F80-03"):
    f(sid, "CurrentDensity", 2, "mA cm-2", "Symmetric cells at 2 mA cm-2")
f("F80-01", "Lifespan", 1600, "h", "1,600 h (LiF-CNS)")
f("F80-02", "Lifespan", 1000, "h", "1,000 h (CNS)")
f("F80-03", "Lifespan", 120, "h", "120 h (Cu)")
f("F80-01", "CapacityDecayRate", 0.05, "%", "fades by 0.05% per cycle with LiF-CNS")
f("F80-02", "CapacityDecayRate", 0.11, "%", "by 0.11% per cycle with CNS")
for sid in ("F80-01", "F80-02"):
    f(sid, "CRate", 0.5, "C", "In full cells with NCM811 cathodes at 0.5 C")
    f(sid, "CycleNumber", 1000, "cycles", "over 1,000 cycles")
R = [(f"{chr(67 + i % 20)}. {NAMES[(i * 13 + 1) % len(NAMES)]}, {chr(74 + i % 9)}. {NAMES[(i * 17 + 8) % len(NAMES)]}",
      f"Carbon sponge host study {i}", ["Adv. Energy Mater.", "Nano Energy", "Carbon"][i % 3], 2014 + i % 9,
      str(5 + i), f"{1200 + 71 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t)

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Paulo Mendes and Aiko Suzuki}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Carbon hosts are light [1], and fluoride coats make lithium plate evenly [2,3].",
         r"\section{Results and discussion}"]
    o += [sub(p) for p in RESULTS]
    o += [r"\section{Experimental}The sponge was grown by chemical vapour deposition and coated with LiF by "
          r"thermal evaporation. Further details are given in the Supporting Information.",
          r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent ({k}) {a}, {j} {y}, {v}, {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
