"""Invented research paper 83: a host paper whose sentences scope a condition to one clause each ('At 1 mA cm−2,
both … lasted over 1,000 h; at 5 mA cm−2 only AgNW-CF survived 600 h, the CF cell shorting at 180 h'), with the
control's figure in an absolute participle clause ('the CF cell shorting at 180 h'), an ordinal cycle as the point of
a comparison ('At the 200th cycle, …'), a figure set as a fraction of the control's ('about a quarter of that of CF
(33.1 Ω)'), the control called 'the control' after its name, and arms named by '-based' cells ('the AgNW-CF-based
Li||Cu cell')."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "Silver nanowires woven into carbon felt for deep lithium plating"
S = {
    "F83-01": dict(name="silver nanowire-carbon felt (AgNW-CF)", aliases=["AgNW-CF", "AgNW-CF host",
                   "AgNW-CF electrode"], role="design", cls="ConductiveFramework", sub="CarbonBasedFramework"),
    "F83-02": dict(name="carbon felt (CF)", aliases=["CF", "bare CF", "carbon felt", "bare carbon felt", "the control"],
                   role="control", cls="ConductiveFramework", sub="CarbonBasedFramework"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Carbon felt is a light, conductive host for lithium, but lithium nucleates poorly on carbon and grows on the "
    "outer fibres at high current. We weave silver nanowires through carbon felt (AgNW-CF), so that lithium "
    "nucleates on silver throughout the felt. Against bare carbon felt (CF), the woven host doubles the current "
    "that symmetric cells survive and keeps full cells running for hundreds of cycles."
)
RESULTS = [
    "At 1 mA cm-2, both AgNW-CF and CF symmetric cells lasted over 1,000 h; at 5 mA cm-2 only AgNW-CF survived 600 h, "
    "the CF cell shorting at 180 h (Fig. 4a,b).",
    "At the 200th cycle, the CE of the AgNW-CF-based Li||Cu cell was 99.2%, whereas that of the control had fallen to "
    "94.0%. The charge-transfer resistance of AgNW-CF after cycling (8.5 Ω) is about a quarter of that of CF "
    "(33.1 Ω).",
    "Paired with LFP cathodes of 2.1 mA h cm-2 at 1 C, the AgNW-CF-based full cell delivered an initial 142 mA h g-1 "
    "and kept 93.4% of it after 500 cycles; the control kept 70.8%.",
]
for sid in ("F83-01", "F83-02"):
    f(sid, "CurrentDensity", 1, "mA cm-2", "At 1 mA cm-2, both AgNW-CF and CF symmetric cells")
    f(sid, "Lifespan", 1000, "h", "both AgNW-CF and CF symmetric cells lasted over 1,000 h")
    f(sid, "CurrentDensity", 5, "mA cm-2", "at 5 mA cm-2 only AgNW-CF survived 600 h, the CF cell shorting at 180 h")
f("F83-01", "Lifespan", 600, "h", "only AgNW-CF survived 600 h")
f("F83-02", "Lifespan", 180, "h", "the CF cell shorting at 180 h")
for sid in ("F83-01", "F83-02"):
    f(sid, "CycleNumber", 200, "cycles", "At the 200th cycle")
f("F83-01", "CoulombicEfficiency", 99.2, "%", "the CE of the AgNW-CF-based Li||Cu cell was 99.2%")
f("F83-02", "CoulombicEfficiency", 94.0, "%", "that of the control had fallen to 94.0%")
f("F83-01", "ChargeTransferResistance", 8.5, "Ω", "The charge-transfer resistance of AgNW-CF after cycling (8.5 Ω)")
f("F83-02", "ChargeTransferResistance", 33.1, "Ω", "about a quarter of that of CF (33.1 Ω)")
for sid in ("F83-01", "F83-02"):
    f(sid, "ArealCapacity", 2.1, "mA h cm-2", "Paired with LFP cathodes of 2.1 mA h cm-2")
    f(sid, "CRate", 1, "C", "at 1 C")
    f(sid, "CycleNumber", 500, "cycles", "after 500 cycles; the control kept 70.8%")
f("F83-01", "SpecificCapacity", 142, "mA h g-1", "delivered an initial 142 mA h g-1")
f("F83-01", "CapacityRetention", 93.4, "%", "kept 93.4% of it after 500 cycles")
f("F83-02", "CapacityRetention", 70.8, "%", "the control kept 70.8%")
R = [(f"{chr(68 + i % 20)}. {NAMES[(i * 3 + 5) % len(NAMES)]}, {chr(77 + i % 10)}. {NAMES[(i * 11 + 2) % len(NAMES)]}",
      f"Carbon felt host study {i}", ["Adv. Funct. Mater.", "Small", "Carbon"][i % 3], 2016 + i % 8, str(20 + i),
      f"{2300 + 13 * i}") for i in range(1, 4)]


def tex():
    def sub(t):
        return latex(t).replace("Ω", r"$\Omega$").replace("200th", r"200$^{\mathrm{th}}$")

    o = [r"\documentclass[10pt,twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=18mm]{geometry}",
         r"\title{\bfseries " + title + r"}\author{Yuki Suzuki and Rafael Costa}\date{}\begin{document}\maketitle",
         r"\begin{abstract}" + sub(ABSTRACT) + r"\end{abstract}",
         r"\section{Introduction}Carbon hosts lower the local current density [1], and metal seeds guide lithium "
         r"into them [2,3].", r"\section{Results and discussion}"]
    o += [sub(p) for p in RESULTS]
    o += [r"\section{Experimental}Silver nanowires (60 nm) were dispersed in ethanol, soaked into the felt and dried. "
          r"The electrolyte was 1 M LiTFSI in DOL/DME with 2 wt\% LiNO$_3$.",
          r"\section*{References}", r"{\small"]
    for k, (a, _t, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {j} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
