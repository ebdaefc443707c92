#!/usr/bin/env bash
# The newer CI leg's Debian chroot (Debian's newest QGIS, Python, numpy, pandas, shapely, PostgreSQL).
#
#   scripts/newer/chroot.sh build          build the chroot, or reuse it when its package set is current
#   scripts/newer/chroot.sh run CMD...     run CMD inside it (as root) with the repository bound at the same path
#   scripts/newer/chroot.sh path           print where the chroot lives
#
# It is kept OUTSIDE the repository, in $NEWER_CHROOT (default /var/cache/trygghet/sid-chroot), built with
# debootstrap from the same Debian mirror as this machine's apt, suite $NEWER_SUITE (default sid). A stamp in the
# chroot records the hash of packages.txt, the suite, the mirror and this script's build recipe; while it matches,
# `build` does nothing, so a flaky download does not block a run that has a current chroot. Must run as root.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHROOT=${NEWER_CHROOT:-/var/cache/trygghet/sid-chroot}
SUITE=${NEWER_SUITE:-sid}
PACKAGES_FILE=$HERE/packages.txt
RECIPE_VERSION=1   # bump when the build steps below change in a way that needs a new chroot

die() { echo "newer: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "must run as root (debootstrap, chroot and mount need it)"

# The Debian mirror this machine's apt uses: the first URI of a deb source whose path ends in /debian (one-line
# sources.list format or deb822 .sources), falling back to deb.debian.org.
host_mirror() {
    local files=() f uri
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do [ -f "$f" ] && files+=("$f"); done
    for f in "${files[@]}"; do
        while read -r uri; do
            case $uri in http://*/debian|https://*/debian|http://*/debian/|https://*/debian/) echo "${uri%/}"; return ;; esac
        done < <(awk '/^[[:space:]]*#/ {next}
                      $1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }
                      $1 == "URIs:" { for (i = 2; i <= NF; i++) print $i }' "$f")
    done
    echo "http://deb.debian.org/debian"
}
MIRROR=${NEWER_MIRROR:-$(host_mirror)}

packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PACKAGES_FILE" | tr -d ' \t'; }
stamp() { { echo "recipe $RECIPE_VERSION suite $SUITE mirror $MIRROR"; packages; } | sha256sum | cut -d' ' -f1; }
STAMP_FILE=.trygghet-newer-stamp

APT_CONF='Acquire::Check-Valid-Until "false";
Acquire::Retries "5";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Dpkg::Use-Pty "false";'

# pip inside the chroot: its Python (>= 3.13) may reject this network's certificate chain (strict X.509 checks),
# so the index hosts that pip on this machine uses are trusted explicitly. They are read from pip itself.
pip_conf() {
    local index extra hosts="" url host
    index=$(pip config get global.index-url 2>/dev/null || true)
    [ -n "$index" ] || index=$(pip config list 2>/dev/null | sed -n "s/^[a-z:]*\.index-url='\(.*\)'$/\1/p" | head -n1)
    [ -n "$index" ] || index=https://pypi.org/simple
    extra=$(pip config list 2>/dev/null | sed -n "s/^[a-z:]*\.extra-index-url='\(.*\)'$/\1/p" | head -n1)
    for url in $index $extra; do
        case $url in http://*|https://*) host=${url#*://}; host=${host%%/*}; hosts="$hosts $host" ;; esac
    done
    # pypi.org serves its files from files.pythonhosted.org
    case " $hosts " in *" pypi.org "*) hosts="$hosts files.pythonhosted.org" ;; esac
    printf '[global]\nindex-url = %s\ntrusted-host =%s\nretries = 5\ntimeout = 120\ndisable-pip-version-check = true\n' \
        "$index" "$hosts"
}

in_chroot() {  # in_chroot DIR CMD...: a command inside DIR with a clean environment (no host paths leak in)
    local dir=$1; shift
    chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# Mounts left inside DIR by a run that was killed (a trap does not run on SIGKILL). They must go before anything
# is deleted there: a bind mount of the repository is on the same file system, so rm --one-file-system would
# descend into it.
clear_stale_mounts() {
    local dir=$1 m
    for m in $(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r); do
        echo "newer: unmounting $m, left by an earlier run" >&2
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if awk -v d="$dir/" 'index($2, d) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        die "something is still mounted under $dir; unmount it, then run again"
    fi
}

MOUNTED=()
unmount_all() {
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || true
    done
    MOUNTED=()
}
bind() {  # bind SRC DIR/DST
    mkdir -p "$2"
    mount --bind "$1" "$2"
    MOUNTED+=("$2")
}
mount_system() {  # /proc, /sys, /dev, /dev/pts, /dev/shm of the host inside DIR
    local dir=$1
    mkdir -p "$dir/proc"; mount -t proc proc "$dir/proc"; MOUNTED+=("$dir/proc")
    bind /sys "$dir/sys"
    bind /dev "$dir/dev"
    bind /dev/pts "$dir/dev/pts"
    bind /dev/shm "$dir/dev/shm"
}

build() {
    local want
    clear_stale_mounts "$CHROOT"
    clear_stale_mounts "$CHROOT.new"
    want=$(stamp)
    if [ -f "$CHROOT/$STAMP_FILE" ] && [ "$(cat "$CHROOT/$STAMP_FILE")" = "$want" ]; then
        echo "newer: reusing the $SUITE chroot in $CHROOT (its package set is current)"
        return 0
    fi
    command -v debootstrap >/dev/null || {
        echo "newer: installing debootstrap on this machine"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null \
            || { apt-get update -q -o Acquire::Retries=5 >/dev/null && \
                 DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null; }
    }
    local new=$CHROOT.new try
    echo "newer: building a Debian $SUITE chroot in $CHROOT from $MIRROR (takes several minutes)"
    mkdir -p "$(dirname "$CHROOT")"
    for try in 1 2 3; do
        rm -rf --one-file-system "$new"
        if debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$new" "$MIRROR" >"$new.log" 2>&1; then
            break
        fi
        tail -n 20 "$new.log" >&2
        [ "$try" = 3 ] && die "debootstrap failed three times (log: $new.log)"
        echo "newer: debootstrap failed, trying again ($try/3)" >&2
        sleep 10
    done
    printf '%s\n' "$APT_CONF" >"$new/etc/apt/apt.conf.d/99trygghet"
    echo "deb $MIRROR $SUITE main" >"$new/etc/apt/sources.list"
    rm -f "$new/etc/apt/sources.list.d/"*
    cp -L /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true
    # this machine's extra certificate authorities (a proxy's), for apt over https and pip
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        mkdir -p "$new/usr/local/share/ca-certificates"
        cp /usr/local/share/ca-certificates/*.crt "$new/usr/local/share/ca-certificates/"
    fi
    pip_conf >"$new/etc/pip.conf"
    # no service starts inside the chroot during installation (PostgreSQL's cluster is started by the tests)
    printf '#!/bin/sh\nexit 101\n' >"$new/usr/sbin/policy-rc.d"; chmod +x "$new/usr/sbin/policy-rc.d"
    trap unmount_all EXIT
    mount_system "$new"
    local pkgs
    mapfile -t pkgs < <(packages)
    in_chroot "$new" apt-get update -q
    in_chroot "$new" apt-get install -y -q "${pkgs[@]}"
    in_chroot "$new" update-ca-certificates >/dev/null 2>&1 || true
    in_chroot "$new" apt-get clean
    unmount_all
    trap - EXIT
    echo "$want" >"$new/$STAMP_FILE"
    rm -rf --one-file-system "$CHROOT"
    mv "$new" "$CHROOT"
    echo "newer: chroot ready: $(in_chroot "$CHROOT" python3 -c 'from qgis.core import Qgis; import sys; print("QGIS", Qgis.QGIS_VERSION, "Python", sys.version.split()[0])' 2>/dev/null || echo '?')"
}

run() {
    [ -f "$CHROOT/$STAMP_FILE" ] || die "no chroot in $CHROOT; run: $0 build"
    clear_stale_mounts "$CHROOT"
    trap unmount_all EXIT INT TERM
    mount_system "$CHROOT"
    # the repository at the same path inside, so that links in .build/ resolve on both sides
    bind "$ROOT" "$CHROOT$ROOT"
    # a git worktree keeps its repository elsewhere: bind that too (make zip lists the files with git)
    local common
    common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    case $common in
    "" | "$ROOT"/*) ;;
    *) bind "$common" "$CHROOT$common"; mount -o remount,bind,ro "$CHROOT$common" ;;
    esac
    cp -L /etc/resolv.conf "$CHROOT/etc/resolv.conf" 2>/dev/null || true
    local rc=0
    in_chroot "$CHROOT" ${CI:+CI=$CI} "$@" || rc=$?
    unmount_all
    trap - EXIT INT TERM
    return $rc
}

# one user of the chroot at a time (a second run would unmount the first one's mounts)
mkdir -p "$(dirname "$CHROOT")"
exec 9>"$CHROOT.lock"
flock -w 3600 9 || die "another run holds $CHROOT.lock"

case ${1:-} in
build) build ;;
run) shift; [ $# -gt 0 ] || die "usage: $0 run CMD..."; run "$@" ;;
path) echo "$CHROOT" ;;
*) echo "usage: $0 build | run CMD... | path" >&2; exit 2 ;;
esac
