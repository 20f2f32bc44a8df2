#!/usr/bin/env bash
# Makes docs/images/family-docx-edited.png, the trainer's guide's picture of editing a family's
# version in Word: a screenshot of LibreOffice Writer, with its window, menus and toolbars, just
# after a sentence has been typed into Kai Rendell's family version. It runs Writer with its
# graphical interface on a virtual screen (Xvfb), types with xdotool as a practitioner would
# (find the place, then type), and captures the screen with xwd.
#
# Not part of the build or CI: run it by hand when the family's Word document changes so much
# that the picture no longer shows it truly. It needs, besides the repository's own ./formulation:
#   - Xvfb, xdotool, xwd and Python's Pillow: apt-get install xvfb xdotool x11-apps python3-pil
#   - a LibreOffice with its graphical interface (Debian's libreoffice-writer, not
#     libreoffice-writer-nogui, which has none): soffice on the PATH, or SOFFICE=/path/to/soffice
# Usage: docs/images/family-docx-edited.sh [OUTPUT.png]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
output="${1:-$root/docs/images/family-docx-edited.png}"
soffice="${SOFFICE:-soffice}"
# Debian's Python, where python3-pil puts Pillow, unless another is named.
python="${PYTHON:-/usr/bin/python3}"
example="$root/examples/src/main/resources/worked/exploitation-rendell.yaml"
sentence="Kai's boxing coach has offered to come to the next meeting."

for tool in Xvfb xdotool xwd "$python" "$soffice"; do
  command -v "$tool" >/dev/null || { echo "needs $tool: see the top of $0" >&2; exit 1; }
done
"$python" -c 'import PIL' 2>/dev/null || { echo "needs Pillow: apt-get install python3-pil" >&2; exit 1; }

work="$(mktemp -d)"
xvfb_pid=""
office_pid=""
finish() {
  # Only what this script started, by its own process ids.
  if [ -n "$office_pid" ]; then
    # soffice starts soffice.bin as its child: stop that first, then soffice itself.
    for child in $(pgrep -P "$office_pid" || true); do kill "$child" 2>/dev/null || true; done
    kill "$office_pid" 2>/dev/null || true
  fi
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap finish EXIT

# The family's version, as the guide makes it.
"$root/formulation" render "$example" --to docx --audience family --out "$work" >/dev/null
docx="$work/exploitation-rendell-family.docx"

# A virtual screen of a laptop's size, on the first free display number.
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1280x960x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n 1 "$work/display")"

# A fresh LibreOffice profile that skips the first-run tips and "what's new", so the window
# shows only the document.
mkdir -p "$work/profile/user"
cat >"$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>7.4</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
XCU
SAL_USE_VCLPLUGIN=gen "$soffice" -env:UserInstallation="file://$work/profile" --norestore \
  --nologo "$docx" >"$work/office.log" 2>&1 &
office_pid=$!

window="$(timeout 180 xdotool search --sync --onlyvisible --name "LibreOffice Writer" | head -n 1)" || {
  echo "no LibreOffice Writer window in 3 minutes: is $soffice one with a graphical" \
    "interface (not -nogui)? Its output:" >&2
  cat "$work/office.log" >&2
  exit 1
}
sleep 5 # the document finishes laying out after its window appears

# Find the end of the first strength, as a practitioner would, and type a sentence there.
xdotool mousemove 640 500
xdotool windowfocus --sync "$window"
xdotool key ctrl+f
sleep 1.5
xdotool type --delay 40 "three evenings a week."
xdotool key Return
sleep 1
xdotool key Escape End
sleep 0.5
xdotool type --delay 60 " $sentence"
sleep 2

xwd -root -silent >"$work/screen.xwd"
# xwd's format, read here as Pillow has no reader for it: a header of 25 big-endian numbers,
# the window name, the colour map, then the pixels, a row every bytes_per_line.
"$python" - "$work/screen.xwd" "$output" <<'PY'
import struct
import sys
from PIL import Image

data = open(sys.argv[1], "rb").read()
f = struct.unpack(">25I", data[:100])
header, width, height, byte_order, bytes_per_line, colours = f[0], f[4], f[5], f[7], f[12], f[19]
start = header + colours * 12
mode = "BGRX" if byte_order == 0 else "XRGB"
screen = Image.frombuffer("RGB", (width, height), data[start:start + bytes_per_line * height],
                          "raw", mode, bytes_per_line, 1)
screen.save(sys.argv[2], optimize=True)
PY
echo "wrote $output"
