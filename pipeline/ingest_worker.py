"""What an ingest's worker processes load first: their fork server imports this module before the
reader and the NLP stack (``parallel._in_processes``), so those modules' patterns, and every pattern
the workers compile later, come from the compiled-pattern cache as the command's own do (see
``regex_cache``)."""

from pipeline import regex_cache

regex_cache.install()
