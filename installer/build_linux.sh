#!/usr/bin/env bash
# Builds SegmentDesk's Linux bundle from a clean clone of this repository's HEAD, checks it and packs it:
#
#   installer/build_linux.sh [--python PYTHON] [--out DIR]
#
#   --python  an interpreter that already has the app's dependencies and the [build] extra
#             (e.g. .venv/bin/python after `pip install -e '.[build]'`); without it a fresh virtual
#             environment is made in the build folder and `pip install '.[build]'` fills it.
#   --out     where the bundle folder, the tarball and the size report go (default: dist/ here).
#
# Only committed files are built (a clone of HEAD), so the commit the bundle names is what it holds.
# The bundle's `segmentdesk-cli --version` and `selftest` then run with no network (`unshare -rn`
# where the kernel allows it), no display and an empty home: the bundle must need nothing from
# this machine's Python, the network or the user's folders.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
python=""
out="$repo/dist"
while (($#)); do
  case "$1" in
    # Absolute, but not resolved: a virtual environment's python is a link to the base interpreter.
    --python) python=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    *) echo "usage: $0 [--python PYTHON] [--out DIR]" >&2; exit 2 ;;
  esac
done
# Issue #15's ceiling for the unpacked bundle; today about 200 MB: Qt (66 MB, half of it ICU's data), NumPy with
# its OpenBLAS (41 MB), pandas (18 MB), matplotlib (9 MB) and Python; see bundle-size.txt for the parts.
limit_mb=${SEGMENTDESK_BUNDLE_LIMIT_MB:-250}
start=$(date +%s)
work=$(mktemp -d "${TMPDIR:-/tmp}/segmentdesk-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== clean clone of $(git -C "$repo" rev-parse --short=10 HEAD)"
git clone --quiet --no-hardlinks "$repo" "$work/src"
if [ -z "$python" ]; then
  echo "== fresh virtual environment with the app and PyInstaller"
  python3 -m venv "$work/venv"
  "$work/venv/bin/python" -m pip install -q --upgrade pip
  "$work/venv/bin/python" -m pip install -q "$work/src[build]"
  python="$work/venv/bin/python"
fi

echo "== PyInstaller"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" "$work/src/installer/segmentdesk.spec"
bundle="$work/dist/segmentdesk"
# The desktop integration travels with the bundle: install-desktop.sh adds the menu entry, icons and
# the .segdesk type for the user who unpacked it.
mkdir -p "$bundle/share"
cp "$work/src/installer/linux/segmentdesk.desktop" "$work/src/installer/linux/segmentdesk-mime.xml" "$bundle/share/"
cp "$work/src/installer/linux/install-desktop.sh" "$bundle/"
cp "$work/src/CHANGELOG.md" "$bundle/"
build_seconds=$(($(date +%s) - start))

echo "== the bundle on its own: no network, no display, an empty home"
home="$work/home"
mkdir -p "$home"
isolate=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "TMPDIR=$work")
if unshare -rn true 2>/dev/null; then
  isolate=(unshare -rn "${isolate[@]}")
else
  echo "(unshare -rn is not allowed here: the self-test runs with the network present)"
fi
version_line=$("${isolate[@]}" "$bundle/segmentdesk-cli" --version)
echo "$version_line"
selftest_line=$("${isolate[@]}" "$bundle/segmentdesk-cli" selftest)
echo "$selftest_line"
if [ -n "$(ls -A "$home")" ]; then
  echo "the self-test wrote into the home folder:" >&2
  find "$home" >&2
  exit 1
fi

echo "== sizes (du, MB)"
mkdir -p "$out"
version=$("$python" -c "import tomllib; print(tomllib.load(open('$work/src/pyproject.toml', 'rb'))['project']['version'])")
{
  echo "SegmentDesk $version_line"
  echo "bundle, unpacked: $(du -sm "$bundle" | cut -f1) MB (guard $limit_mb MB); built in ${build_seconds} s"
  echo "programs (segmentdesk with every Python module compressed inside): $(du -sm "$bundle/segmentdesk" | cut -f1) MB"
  (cd "$bundle/_internal" && du -sm -- * | sort -rn | head -20)
  echo "Qt libraries: $(du -sm "$bundle/_internal/PySide6/Qt/lib" | cut -f1) MB, Qt plugins: $(du -sm "$bundle/_internal/PySide6/Qt/plugins" | cut -f1) MB"
} | tee "$out/bundle-size.txt"
size_mb=$(du -sm "$bundle" | cut -f1)

echo "== tarball"
arch=$(uname -m)
name="segmentdesk-$version-linux-$arch"
rm -rf "${out:?}/segmentdesk"
cp -a "$bundle" "$out/segmentdesk"
mkdir -p "$work/pack"
cp -a "$bundle" "$work/pack/$name"
tar -C "$work/pack" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" "$name"
# What a user unpacks must run as the checked folder did (links included).
mkdir -p "$work/unpacked"
tar -C "$work/unpacked" -xzf "$out/$name.tar.gz"
"${isolate[@]}" "$work/unpacked/$name/segmentdesk-cli" --version >/dev/null
echo "$out/$name.tar.gz: $(du -m "$out/$name.tar.gz" | cut -f1) MB; unpack it anywhere and run ./segmentdesk (./install-desktop.sh adds it to the menu)"
echo "done in $(($(date +%s) - start)) s"
if ((size_mb > limit_mb)); then
  echo "the bundle is ${size_mb} MB, over the ${limit_mb} MB limit" >&2
  exit 1
fi
