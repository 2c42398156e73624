"""Invented whole papers, each a module with ``tex()`` (its pdfLaTeX source) and ``gold()`` (its gold standard in the
shared gold format). Every name, figure and sentence is made up; none is a corpus paper's."""

RESEARCH = ("paper1", "paper2", "paper3", "paper4", "paper5", "paper6", "paper7", "paper8",
            "paper9", "paper10", "paper11", "paper12", "paper13", "paper14", "paper15",
            "paper16", "paper17", "paper18", "paper19", "paper20", "paper21", "paper22", "paper23",
            "paper24", "paper25", "paper26", "paper27", "paper28", "paper29", "paper30", "paper31",
            "paper32", "paper33", "paper34", "paper35", "paper36", "paper37", "paper38", "paper39",
            "paper40", "paper41", "paper42", "paper43", "paper44", "paper45", "paper46", "paper47", "paper48",
            "paper49", "paper50", "paper51", "paper52", "paper53", "paper54", "paper55", "paper56", "paper57",
            "paper58", "paper59", "paper60", "paper61", "paper62")
REVIEWS = ("review1", "review2", "review3", "review4", "review5", "review6", "review7", "review8", "review9",
           "review10", "review11")
