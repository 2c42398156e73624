"""AnodeKG: from review PDFs on lithium metal anodes to a queryable knowledge graph.

Data flows PDF → pages/blocks (read_pdf, layout) → sentences (segment) → mentions (nlp, mentions)
→ facts (extract, classify) → triples (build_rdf) → store → queries and exports.
"""

__version__ = "0.2.0"
