"""The reader: a PDF → a Document of blocks in reading order, its metadata and its references.

The stages, one module each, in the order the data flows through them:

- ``pdf``: check the file, open it once with the chosen char source and hand on each page's chars;
  on request, a second reading of a page by the other source. The sources, the only modules that
  touch either library: ``pdfium_chars`` (pypdfium2, the fast one), ``pdfminer_chars`` (pdfplumber's
  pdfminer) and ``fonts`` (pdfminer's reading of the font dictionaries, which pdfium's chars take
  their names and descents from); both give the same records.
- ``glyphs``: repair chars whose font maps them wrongly or not at all.
- ``words``: chars → words, from geometry.
- ``layout``: words → lines in reading order (columns, scripts, running heads and folios).
- ``blocks``: lines → paragraphs, headings, captions and the reference list.
- ``references``: the reference list → Reference records.
- ``citations``: author–year citations ("(Xu et al., 2014)") → markers naming those records.
- ``lines``: a file → its lines (pdf → glyphs → words → layout), all of the reading that needs the file.
- ``document``: all of the above for one file → a ``Document`` (``read_document``).
- ``segment``: a Document's blocks → Sentence records.

Nothing is imported here, so importing one stage does not load the others.
"""
