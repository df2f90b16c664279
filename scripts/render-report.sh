#!/bin/sh
# Renders a report page to PNG with headless Chromium, to look at what lossrun draws.
#
#   scripts/render-report.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
#
# Needs Debian's `chromium` package (apt-get install -y chromium). The page is self-contained,
# so Chromium needs no network; --no-sandbox lets it run as root in containers.
set -eu
if [ "$#" -lt 2 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH [HEIGHT]]" >&2
  exit 2
fi
page=$1
out=$2
width=${3:-1200}
height=${4:-3000}
[ -f "$page" ] || { echo "$0: no such file: $page" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "$0: chromium not found (apt-get install -y chromium)" >&2; exit 1; }
case $page in /*) url="file://$page" ;; *) url="file://$(pwd)/$page" ;; esac
case $out in /*) target=$out ;; *) target="$(pwd)/$out" ;; esac
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="$width,$height" --screenshot="$target" "$url" 2>/dev/null
[ -s "$target" ] || { echo "$0: chromium wrote no screenshot" >&2; exit 1; }
echo "$target"
