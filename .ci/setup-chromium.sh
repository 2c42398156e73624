#!/usr/bin/env bash
# Installs the Debian Chromium the viewer's browser test drives (headless, no downloads at run time),
# the Liberation fonts a reader test prints a page in (a browser's subset of a common system font), and
# Ghostscript, which a reader test round-trips a page through (pdf2ps, ps2pdf) to lose its fonts' Unicode,
# and pdfLaTeX with booktabs, Latin Modern and the Times metrics (mathptmx), which reader tests typeset journals'
# tables with, and LibreOffice Writer (no GUI), which table tests set Writer's own tables with.
# Does nothing when all are there already; CI runs as root, elsewhere sudo is used if present.
set -euo pipefail
LIBERATION=/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
if { command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; } && [ -f "$LIBERATION" ] \
    && command -v gs >/dev/null 2>&1 && command -v pdflatex >/dev/null 2>&1 \
    && kpsewhich ptmr8t.tfm >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation ghostscript \
    texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern libreoffice-writer-nogui >/dev/null
command -v chromium
