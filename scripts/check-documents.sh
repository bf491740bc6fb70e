#!/usr/bin/env bash
# Real-tool checks of generated packages: every HTML page rendered by headless Chromium at A4 (794x1123 CSS px) to a
# PNG with no console error and printed to an A4 PDF; every DOCX converted to PDF by LibreOffice, on A4 pages with
# the page footer ("第 1 页 共 N 页" / "Page 1 of N", read back with pdftotext); every PDF the package has (--formats
# pdf) on A4 with the footer, its fonts embedded and no missing glyph. Usage: scripts/check-documents.sh DIR
# Needs: chromium, libreoffice, poppler-utils (Debian: chromium fonts-noto-cjk libreoffice-writer-nogui
# poppler-utils). Installs nothing.
set -euo pipefail
DIR="${1:?usage: check-documents.sh DIR}"
CHROMIUM="$(command -v chromium || command -v chromium-browser || true)"
SOFFICE="$(command -v soffice || command -v libreoffice || true)"
[ -n "$CHROMIUM" ] || { echo "check-documents: chromium not found" >&2; exit 3; }
[ -n "$SOFFICE" ] || { echo "check-documents: libreoffice not found" >&2; exit 3; }
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null || { echo "check-documents: poppler-utils (pdfinfo, pdftotext) not found" >&2; exit 3; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail=0
html=0
docx=0
start=$(date +%s)
while IFS= read -r -d '' page; do
  html=$((html + 1))
  png="$WORK/page-$html.png"
  log="$WORK/page-$html.log"
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 \
    --window-size=794,1123 --screenshot="$png" "file://$(realpath "$page")" >"$log" 2>&1 || true
  if [ ! -s "$png" ]; then
    echo "FAIL (no screenshot): $page"; fail=1
  elif grep -E 'CONSOLE|Uncaught|Refused to' "$log" >/dev/null; then
    echo "FAIL (console): $page"; grep -E 'CONSOLE|Uncaught|Refused to' "$log" | head -3; fail=1
  fi
  # Package documents print on A4 (their @page rule); the portfolio overview is a screen page.
  case "$page" in */portfolio.html) continue ;; esac
  pdf="$WORK/page-$html.pdf"
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --user-data-dir="$WORK/profile" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$(realpath "$page")" >/dev/null 2>&1 || true
  if ! pdfinfo "$pdf" 2>/dev/null | grep -q '(A4)'; then
    echo "FAIL (HTML not printed on A4): $page"; fail=1
  fi
done < <(find "$DIR" -name '*.html' -print0)
while IFS= read -r -d '' doc; do
  docx=$((docx + 1))
  out="$WORK/pdf-$docx"
  mkdir -p "$out"
  if ! timeout 120 "$SOFFICE" --headless -env:UserInstallation="file://$WORK/lo" --convert-to pdf --outdir "$out" "$doc" >"$out/log" 2>&1 \
      || [ -z "$(ls "$out"/*.pdf 2>/dev/null)" ]; then
    echo "FAIL (LibreOffice): $doc"; tail -3 "$out/log"; fail=1
    continue
  fi
  pdf="$(ls "$out"/*.pdf | head -1)"
  if ! pdfinfo "$pdf" | grep -q '(A4)'; then
    echo "FAIL (not A4: $(pdfinfo "$pdf" | grep 'Page size')): $doc"; fail=1
  fi
  # The footer's glyphs come back without the spaces between them.
  if ! pdftotext -enc UTF-8 -f 1 -l 1 "$pdf" - | tr -d ' \n' | grep -Eq '第1页共[0-9]+页|Page1of[0-9]+'; then
    echo "FAIL (no page footer): $doc"; fail=1
  fi
done < <(find "$DIR" -name '*.docx' -print0)
# The package's own PDFs (--formats pdf): A4, the page footer, every font embedded, no glyph printed as '#' (tofu).
pdfs=0
while IFS= read -r -d '' pdf; do
  pdfs=$((pdfs + 1))
  if ! pdfinfo "$pdf" | grep -q '(A4)'; then
    echo "FAIL (PDF not A4): $pdf"; fail=1
  fi
  if ! pdftotext -enc UTF-8 -f 1 -l 1 "$pdf" - | tr -d ' \n' | grep -Eq '第1页共[0-9]+页|Page1of[0-9]+'; then
    echo "FAIL (PDF without page footer): $pdf"; fail=1
  fi
  if pdffonts "$pdf" | tail -n +3 | grep -v ' yes yes yes ' | grep -q .; then
    echo "FAIL (PDF font not embedded): $pdf"; pdffonts "$pdf" | tail -n +3 | grep -v ' yes yes yes ' | head -3; fail=1
  fi
  if pdftotext -enc UTF-8 "$pdf" - | grep -q '##'; then
    echo "FAIL (PDF glyphs missing, printed as #): $pdf"; fail=1
  fi
done < <(find "$DIR" -name '*.pdf' -print0)
echo "check-documents: $html HTML pages rendered, $docx DOCX converted to PDF, $pdfs package PDFs checked in $(( $(date +%s) - start )) s"
[ "$html" -gt 0 ] && [ "$docx" -gt 0 ] || { echo "check-documents: nothing to check in $DIR" >&2; exit 3; }
[ $fail -eq 0 ] && echo "check-documents: all documents render" || echo "check-documents: FAILED (see above)"
exit $fail
