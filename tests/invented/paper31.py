"""Invented research paper 31: a solid-state paper in the manner of Adv. Energy Mater. / ACS Energy Lett.: a garnet pellet
with an interlayer, cells written as stacks 'Li|CN-LLZTO|Li', 'dropped from 1260 Ohm cm2 for bare LLZTO to 18 Ohm cm2
for CN-LLZTO', 'the critical current density rose from 0.3 to 1.4 mA cm-2 after coating', 'shorted within 15 h even
at 0.1 mA cm-2', 'versus 125° on bare LLZTO', temperatures '60 °C', numbered references with titles."""
from invented.common import NAMES, latex
from invented.common import gold as gold_file

title = "A carbon nitride interlayer wets garnet electrolytes with lithium for solid-state batteries"
S = {
    "G29-01": dict(name="carbon-nitride-coated LLZTO (CN-LLZTO)", aliases=["CN-LLZTO", "CN-LLZTO pellet",
                   "Li|CN-LLZTO|Li", "Li|CN-LLZTO|LFP", "carbon nitride interlayer"], role="design",
                   cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
    "G29-02": dict(name="bare LLZTO", aliases=["bare LLZTO", "LLZTO", "Li|LLZTO|Li", "bare LLZTO cells",
                   "bare LLZTO pellet"], role="control", cls="NonConductiveFramework", sub="NanoparticleElectrolyte"),
}
F = []


def f(*a):
    F.append(a)


ABSTRACT = (
    "Garnet electrolytes are stable against lithium but are not wetted by it. We coat Li6.4La3Zr1.4Ta0.6O12 (LLZTO) "
    "pellets with a 20 nm graphitic carbon nitride interlayer (CN-LLZTO). Molten lithium spreads on CN-LLZTO, the "
    "interfacial resistance falls to 18 Ohm cm2, and Li|CN-LLZTO|Li cells cycle for 800 h at 0.3 mA cm-2."
)
INTRO = (
    "Solid electrolytes could stop dendrites and let lithium metal anodes be used safely [1-3]. Garnets are stable "
    "against lithium [4], but lithium does not wet them, and the contact fails [5,6]."
)
RESULTS = [
    ("Wetting and interfacial resistance",
     "The contact angle of molten Li on CN-LLZTO is 28°, versus 125° on bare LLZTO (Figure 2a). The interfacial "
     "resistance dropped from 1260 Ohm cm2 for bare LLZTO to 18 Ohm cm2 for CN-LLZTO at 25 °C (Figure 2c)."),
    ("Critical current density and cycling",
     "The critical current density rose from 0.3 to 1.4 mA cm-2 after coating. Li|CN-LLZTO|Li cells cycled for 800 h "
     "at 0.3 mA cm-2 and 60 °C with a polarization of 35 mV, whereas bare LLZTO cells shorted within 15 h even at "
     "0.1 mA cm-2."),
    ("Full cells",
     "Li|CN-LLZTO|LFP cells delivered 152 mA h g-1 at 0.5 C and 60 °C and retained 93.2% of it after 200 cycles."),
]
f("G29-01", "Thickness", 20, "nm", "with a 20 nm graphitic carbon nitride interlayer (CN-LLZTO)")
f("G29-01", "ContactAngle", 28, "deg", "The contact angle of molten Li on CN-LLZTO is 28°")
f("G29-02", "ContactAngle", 125, "deg", "versus 125° on bare LLZTO")
f("G29-02", "AreaSpecificResistance", 1260, "Ohm cm2", "dropped from 1260 Ohm cm2 for bare LLZTO")
f("G29-01", "AreaSpecificResistance", 18, "Ohm cm2", "to 18 Ohm cm2 for CN-LLZTO")
for sid in ("G29-01", "G29-02"):
    f(sid, "Temperature", 25, "degC", "to 18 Ohm cm2 for CN-LLZTO at 25 °C")
f("G29-02", "CriticalCurrentDensity", 0.3, "mA cm-2", "The critical current density rose from 0.3 to 1.4 mA cm-2 after coating")
f("G29-01", "CriticalCurrentDensity", 1.4, "mA cm-2", "The critical current density rose from 0.3 to 1.4 mA cm-2 after coating")
f("G29-01", "Lifespan", 800, "h", "Li|CN-LLZTO|Li cells cycled for 800 h at 0.3 mA cm-2 and 60 °C")
f("G29-01", "CurrentDensity", 0.3, "mA cm-2", "Li|CN-LLZTO|Li cells cycled for 800 h at 0.3 mA cm-2 and 60 °C")
f("G29-01", "Temperature", 60, "degC", "Li|CN-LLZTO|Li cells cycled for 800 h at 0.3 mA cm-2 and 60 °C")
f("G29-01", "Polarization", 35, "mV", "with a polarization of 35 mV")
f("G29-02", "Lifespan", 15, "h", "whereas bare LLZTO cells shorted within 15 h even at 0.1 mA cm-2")
f("G29-02", "CurrentDensity", 0.1, "mA cm-2", "whereas bare LLZTO cells shorted within 15 h even at 0.1 mA cm-2")
f("G29-02", "Temperature", 60, "degC", "whereas bare LLZTO cells shorted within 15 h even at 0.1 mA cm-2")
f("G29-01", "SpecificCapacity", 152, "mA h g-1", "Li|CN-LLZTO|LFP cells delivered 152 mA h g-1 at 0.5 C and 60 °C")
f("G29-01", "CRate", 0.5, "C", "Li|CN-LLZTO|LFP cells delivered 152 mA h g-1 at 0.5 C and 60 °C")
f("G29-01", "CapacityRetention", 93.2, "%", "retained 93.2% of it after 200 cycles")
f("G29-01", "CycleNumber", 200, "cycles", "retained 93.2% of it after 200 cycles")
METHODS = (
    "LLZTO pellets were sintered at 1200 °C for 12 h and polished. Carbon nitride was deposited by thermal vapor "
    "deposition of melamine at 550 °C. Lithium was melted onto the pellets at 250 °C in an argon glovebox."
)
R = [(f"{chr(65 + i % 20)}. {NAMES[(i * 7 + 3) % len(NAMES)]}, {chr(70 + i % 15)}. {NAMES[(i * 2 + 9) % len(NAMES)]}",
      ["Garnet electrolytes against lithium", "Wetting of ceramics by molten metals", "Interlayers for solid cells",
       "Dendrites in ceramic electrolytes"][i % 4], ["Adv. Energy Mater.", "ACS Energy Lett.", "Nat. Mater.",
                                                     "Joule"][i % 4], 2015 + i % 9, str(6 + i), f"{1000 + 77 * i}")
     for i in range(1, 13)]


def tex():
    def sub(t):
        t = latex(t, ("Li6.4La3Zr1.4Ta0.6O12", "LiFePO4"))
        return t.replace("Ohm cm2", r"$\Omega$ cm$^2$").replace("28°", r"28$^\circ$").replace("125°", r"125$^\circ$") \
            .replace("Li|", r"Li$|$").replace("LLZTO|", r"LLZTO$|$")

    o = [r"\documentclass[twocolumn]{article}\usepackage{mathptmx}\usepackage[T1]{fontenc}"
         r"\usepackage[margin=16mm]{geometry}",
         r"\title{" + title + r"}\author{Hana Petrov, Luis Quiroga, Kenji Ito}\date{}\begin{document}\maketitle",
         r"\noindent\textbf{Abstract:} " + sub(ABSTRACT), r"\section*{Introduction}", sub(INTRO),
         r"\section*{Results and discussion}"]
    for h, t in RESULTS:
        o += [r"\subsection*{" + h + "}", sub(t)]
    o += [r"\section*{Conclusion}", "A thin interlayer lets lithium wet a garnet and keeps the interface intact.",
          r"\section*{Experimental section}", sub(METHODS), r"\section*{References}", r"{\small"]
    for k, (a, tt, j, y, v, p) in enumerate(R, 1):
        o.append(rf"\noindent [{k}] {a}, {tt}, \textit{{{j}}} {v} ({y}) {p}.\par")
    o.append(r"}\end{document}")
    return "\n\n".join(o)


def gold():
    return gold_file(title, S, F, R)
