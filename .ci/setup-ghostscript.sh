#!/usr/bin/env bash
# Installs Ghostscript, which tests/test_glyph_shapes.py round-trips a page through (pdf2ps, ps2pdf) to
# make a PDF whose fonts carry no Unicode. Does nothing when gs is there already.
set -euo pipefail
if command -v gs >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends ghostscript >/dev/null
command -v gs
