"""AnodeKG: from review PDFs on lithium metal anodes to a queryable knowledge graph.

Data flows PDF → pages/blocks (reader: pdf, glyphs, words, layout, blocks) → sentences (reader.segment) → mentions
(nlp, mentions) → facts (extract, linking, classify) → triples (build_rdf) → store → queries and exports.
"""

__version__ = "0.2.0"
