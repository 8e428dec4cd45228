#!/usr/bin/env bash
# Makes the office fixtures from their sources with the real producers:
# pandoc saves memo.md as .docx and .odt, LibreOffice (headless) saves
# policy.fodt as .docx and .odt. Run it after editing a source and commit
# what it writes; lint/reader/office_test.go checks each fixture against the
# @want markers of its source.
#
#   bash testdata/office/make-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
out=$(mktemp -d)
trap 'rm -rf "$profile" "$out"' EXIT

pandoc --from markdown --to docx -o memo.pandoc.docx memo.md
pandoc --from markdown --to odt -o memo.pandoc.odt memo.md

# A profile of its own, so a LibreOffice already running is left alone.
for fmt in docx odt; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to "$fmt" --outdir "$out" policy.fodt >/dev/null
  mv "$out/policy.$fmt" "policy.libreoffice.$fmt"
done
ls -l memo.pandoc.* policy.libreoffice.*
