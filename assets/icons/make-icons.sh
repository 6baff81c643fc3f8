#!/usr/bin/env bash
# Makes every icon of the console from the one source image, cuedeck.svg:
#   cuedeck-<N>.png (16..1024: the window icon, Linux desktop entry and jpackage's --icon on Linux),
#   cuedeck.ico (Windows: 16, 24, 32, 48, 64, 128, 256) and cuedeck.icns (macOS: 16..1024 as PNG entries).
# Needs ImageMagick (convert) and python3. Run it after changing cuedeck.svg and commit the results.
set -euo pipefail
cd "$(dirname "$0")"
for n in 16 24 32 48 64 128 256 512 1024; do
  convert -background none -density 384 cuedeck.svg -resize "${n}x${n}" -strip "PNG32:cuedeck-$n.png"
done
convert cuedeck-16.png cuedeck-24.png cuedeck-32.png cuedeck-48.png cuedeck-64.png cuedeck-128.png cuedeck-256.png cuedeck.ico
# ICNS: 'icns', total length, then (OSType, length, PNG bytes) per size (Apple's PNG-based types).
python3 - <<'PY'
import struct
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
body = b""
for ostype, n in types:
    data = open(f"cuedeck-{n}.png", "rb").read()
    body += ostype.encode() + struct.pack(">I", 8 + len(data)) + data
open("cuedeck.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "icons written to $(pwd)"
