"""Invented whole papers (every name, figure and sentence made up for these tests), typeset with pdfLaTeX,
and their gold in the shared gold format: what a user's unseen papers look like to the extractor."""

NAMES = [
    "Okafor",
    "Brandt",
    "Moreau",
    "Varga",
    "Silva",
    "Novak",
    "Haddad",
    "Kowalski",
    "Larsen",
    "Ferreira",
    "Ivanova",
    "Nakamura",
    "Schmidt",
    "Rossi",
    "Yilmaz",
    "Dubois",
    "Andersen",
    "Costa",
    "Fischer",
    "Lindgren",
    "Lopez",
    "Müller",
    "Petrov",
    "Santos",
    "Weber",
    "Young",
    "Achterberg",
    "Quiroga",
    "Garcia",
    "Hansen",
    "Ito",
    "Jensen",
    "Khan",
    "Lehmann",
    "Mendes",
    "Osei",
    "Olsen",
    "Pereira",
    "Quinn",
    "Reyes",
    "Suzuki",
]
CLASSES = {
    "ConductiveFramework": "conductive micro/nanostructured framework",
    "NonConductiveFramework": "non-conductive micro/nanostructured framework",
    "NanostructuredSEI": "micro/nanostructured solid electrolyte interphase",
}
SUBCLASS_OF = {
    "CarbonBasedFramework": "ConductiveFramework",
    "MetalBasedFramework": "ConductiveFramework",
    "LithiumBasedFramework": "ConductiveFramework",
    "NonConductiveScaffold": "NonConductiveFramework",
    "NanoparticleElectrolyte": "NonConductiveFramework",
    "FunctionalSeparator": "NonConductiveFramework",
    "ArtificialSEI": "NanostructuredSEI",
    "ElectrolyteDerivedSEI": "NanostructuredSEI",
}


def gold(title, S, F, refs):
    structs = []
    for sid, s in S.items():
        figs = [
            dict(property=p, value=v, unit=u, qualifier="=", page=1, sentence=q)
            for (k, p, v, u, q) in F
            if k == sid
        ]
        structs.append(
            dict(
                id=sid,
                name=s["name"],
                aliases=s["aliases"],
                role=s["role"],
                **{"class": s.get("cls"), "subclass": s.get("sub")},
                materials=[],
                references=s.get("refs", []),
                own_result=s["role"] != "cited",
                page=1,
                figures=figs,
            )
        )
    return dict(
        document=dict(title=title),
        classes=CLASSES,
        subclass_of=SUBCLASS_OF,
        structures=structs,
        references=[
            dict(
                number=i + 1,
                authors=r[0].split(", "),
                title=r[1],
                journal=r[2],
                year=r[3],
                volume=r[4],
                pages=r[5],
            )
            for i, r in enumerate(refs)
        ],
    )


def refs(n, kind="research"):
    return [
        (
            f"G. {NAMES[i % len(NAMES)]}, H. {NAMES[(i * 7 + 3) % len(NAMES)]}",
            f"Invented {kind} study {i} on lithium metal",
            "Invented Mater. Lett.",
            2012 + i % 11,
            str(i + 3),
            f"{300 + i}-{308 + i}",
        )
        for i in range(1, n + 1)
    ]
