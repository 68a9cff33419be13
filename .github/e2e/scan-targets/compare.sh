#!/usr/bin/env bash
# Compares two imprint vulnerability reports of one image, scan-target image and sbom:
# findings by (id, package, installed version), scan time, and a table for the job summary.
# Fails when the SBOM scan misses an OS-package finding the image scan has: the SBOM's
# purls and aquasecurity:trivy:Src* properties exist so that Trivy finds those from it.
set -euo pipefail
image_report=$1
sbom_report=$2

keys() { # report, purl prefix ("" for all)
  jq -r --arg prefix "$2" '.subjects[].findings[]
    | select(($prefix == "") or ((.purl // "") | startswith($prefix)))
    | "\(.id) \(.packageName) \(.installedVersion)"' "$1" | sort -u
}
seconds() { jq -r '((.finishedAt | sub("\\.[0-9]+Z$"; "Z") | fromdate) - (.startedAt | sub("\\.[0-9]+Z$"; "Z") | fromdate))' "$1"; }

keys "$image_report" "" > image.keys
keys "$sbom_report" "" > sbom.keys
both=$(comm -12 image.keys sbom.keys | wc -l)
only_image=$(comm -23 image.keys sbom.keys | wc -l)
only_sbom=$(comm -13 image.keys sbom.keys | wc -l)

{
  echo "### scan-target: image vs sbom"
  echo
  echo "| | image | sbom |"
  echo "|---|---|---|"
  echo "| scan step (s, whole seconds) | $(seconds "$image_report") | $(seconds "$sbom_report") |"
  echo "| findings | $(wc -l < image.keys) | $(wc -l < sbom.keys) |"
  echo
  echo "Found by both: $both; only by the image scan: $only_image; only by the SBOM scan: $only_sbom."
  echo
  echo '<details><summary>Only the image scan</summary>'
  echo
  comm -23 image.keys sbom.keys | sed 's/^/    /'
  echo '</details>'
  echo
  echo '<details><summary>Only the SBOM scan</summary>'
  echo
  comm -13 image.keys sbom.keys | sed 's/^/    /'
  echo '</details>'
} >> "${GITHUB_STEP_SUMMARY:-/dev/stdout}"

keys "$image_report" "pkg:deb/" > image.deb.keys
keys "$sbom_report" "pkg:deb/" > sbom.deb.keys
missing=$(comm -23 image.deb.keys sbom.deb.keys)
if [ -n "$missing" ]; then
  echo "::error::the SBOM scan missed $(echo "$missing" | wc -l) Debian findings the image scan has:"
  echo "$missing"
  exit 1
fi
echo "Every Debian finding of the image scan ($(wc -l < image.deb.keys)) is in the SBOM scan."
