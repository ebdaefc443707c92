#!/usr/bin/env bash
# make test-newer: the whole suite (desktop smoke test, PostGIS tests and all) on Debian's newest QGIS, in the
# debootstrap chroot of scripts/newer/chroot.sh (built or reused), with this repository bound inside at its own
# path. The chroot keeps its own venv (Python of the chroot, its system numpy/pandas/shapely) outside the repository.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NEWER_VENV=${NEWER_VENV:-/opt/trygghet/venv-newer}
SECONDS=0
bash "$HERE/chroot.sh" build
echo "newer: chroot ready after ${SECONDS}s"
bash "$HERE/chroot.sh" run bash -c 'cd "$1" && make test VENV="$2"' _ "$ROOT" "$NEWER_VENV"
echo "newer: done in ${SECONDS}s"
