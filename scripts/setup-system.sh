#!/usr/bin/env bash
# Install the system packages Trygghet's development needs: QGIS >= 3.40 (on Debian 12 from bookworm-backports; on
# Debian 13 (trixie) and newer, sid included, from the distribution's own suite), pandas, shapely, Xvfb, Qt's
# translation tools, PostgreSQL/PostGIS and poppler. Idempotent: installs only what is missing. Run as root (CI) or
# with sudo.
set -euo pipefail

need_qgis() {
    /usr/bin/python3 - <<'PY' 2>/dev/null
import sys
from qgis.core import Qgis
sys.exit(0 if Qgis.QGIS_VERSION_INT >= 34000 else 1)
PY
}

CODENAME=""
if [ -r /etc/os-release ] && grep -q '^ID=debian' /etc/os-release; then
    CODENAME=$(sed -n 's/^VERSION_CODENAME=//p' /etc/os-release)
fi
# PostGIS for the distribution's default PostgreSQL (Debian 12: 15; the metapackage elsewhere)
if [ "$CODENAME" = bookworm ]; then POSTGIS=postgresql-15-postgis-3; else POSTGIS=postgresql-postgis; fi
PACKAGES=(python3-pandas python3-shapely python3-venv xvfb xauth qttools5-dev-tools postgresql postgis
          "$POSTGIS" poppler-utils fonts-dejavu-core fonts-open-sans zip)
QGIS_PACKAGES=(qgis python3-qgis qgis-providers)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
qgis_ok=1
need_qgis || qgis_ok=0

if [ "$qgis_ok" = 1 ] && [ ${#missing[@]} -eq 0 ]; then
    echo "setup: system packages present (QGIS $(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null))"
    exit 0
fi

case $CODENAME in
bookworm) TARGET=(-t bookworm-backports) ;;   # plain bookworm has QGIS 3.22 only
"" | bullseye | buster | stretch)
    echo "setup: this is not Debian 12 (bookworm) or newer. Install these yourself, then run make again:" >&2
    echo "  QGIS >= 3.40 with its Python bindings, python3 pandas and shapely, Xvfb, Qt 5 lrelease," >&2
    echo "  PostgreSQL with PostGIS 3, poppler-utils (pdftoppm)." >&2
    [ "$qgis_ok" = 1 ] || echo "  (QGIS >= 3.40: https://qgis.org/resources/installation-guide/)" >&2
    exit 1
    ;;
*) TARGET=() ;;   # trixie, forky, sid: the distribution's own QGIS (3.40 and newer)
esac

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
if [ "$qgis_ok" = 0 ]; then
    missing+=("${QGIS_PACKAGES[@]}")
    if [ "$CODENAME" = bookworm ] && ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
        echo "setup: adding Debian bookworm-backports to apt's sources (QGIS 3.40)"
        $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    fi
fi
echo "setup: installing ${missing[*]}"
$SUDO apt-get update -q -o Acquire::Retries=5
$SUDO apt-get install -y -q --no-install-recommends -o Acquire::Retries=5 "${TARGET[@]}" "${missing[@]}"
need_qgis || { echo "setup: QGIS >= 3.40 is still not importable from /usr/bin/python3" >&2; exit 1; }
