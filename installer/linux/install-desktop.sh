#!/bin/sh
# Adds SegmentDesk from this folder to your desktop's menu, with its icon and the .segdesk file type,
# for you alone (no administrator rights): files go under ${XDG_DATA_HOME:-~/.local/share}, and links
# to both programs into ~/.local/bin.  `./install-desktop.sh --uninstall` takes them away again; this
# folder, your projects, settings and backups are never touched.  Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
icons=$data/icons/hicolor
mime_icon=application-x-segmentdesk-project
sizes="16 24 32 48 64 128 256 512"

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$data/applications" >/dev/null 2>&1 || true; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$icons" >/dev/null 2>&1 || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$data/applications/segmentdesk.desktop" "$data/mime/packages/segmentdesk.xml" \
        "$icons/scalable/apps/segmentdesk.svg" "$icons/scalable/mimetypes/$mime_icon.svg"
  for size in $sizes; do
    rm -f "$icons/${size}x${size}/apps/segmentdesk.png" "$icons/${size}x${size}/mimetypes/$mime_icon.png"
  done
  for name in segmentdesk segmentdesk-cli; do
    # Only our own links: a program of the same name installed otherwise stays.
    if [ -L "$bin/$name" ] && [ "$(readlink "$bin/$name")" = "$here/$name" ]; then rm -f "$bin/$name"; fi
  done
  refresh
  echo "SegmentDesk removed from the desktop menu (the folder $here and your projects are untouched)."
  exit 0
fi

res=$here/_internal/resources/icons
mkdir -p "$data/applications" "$data/mime/packages" "$icons/scalable/apps" "$icons/scalable/mimetypes" "$bin"
# Exec and TryExec name this folder's program; a path with spaces is quoted as the desktop entry spec asks.
sed -e "s|^Exec=segmentdesk |Exec=\"$here/segmentdesk\" |" -e "/^Exec=/a TryExec=$here/segmentdesk" \
    "$here/share/segmentdesk.desktop" > "$data/applications/segmentdesk.desktop"
cp "$here/share/segmentdesk-mime.xml" "$data/mime/packages/segmentdesk.xml"
cp "$res/segmentdesk.svg" "$icons/scalable/apps/segmentdesk.svg"
cp "$res/segmentdesk.svg" "$icons/scalable/mimetypes/$mime_icon.svg"
for size in $sizes; do
  mkdir -p "$icons/${size}x${size}/apps" "$icons/${size}x${size}/mimetypes"
  cp "$res/app/segmentdesk-$size.png" "$icons/${size}x${size}/apps/segmentdesk.png"
  cp "$res/app/segmentdesk-$size.png" "$icons/${size}x${size}/mimetypes/$mime_icon.png"
done
for name in segmentdesk segmentdesk-cli; do
  if [ ! -e "$bin/$name" ] || [ -L "$bin/$name" ]; then ln -sfn "$here/$name" "$bin/$name"; fi
done
refresh
echo "SegmentDesk is in your desktop's menu; .segdesk projects open in it."
