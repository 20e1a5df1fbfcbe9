#!/bin/sh
# Install this bodymap bundle for the current user (no administrator rights needed):
#   ./install.sh              copy it to ~/.local/lib/bodymap, link ~/.local/bin/bodymap to it,
#                             and add bodymap to the application menu (.bodymap files open in it)
#   ./install.sh --uninstall  remove all of that again
# BODYMAP_PREFIX changes ~/.local; XDG_DATA_HOME changes where the menu entry goes.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
prefix=${BODYMAP_PREFIX:-"$HOME/.local"}
dest="$prefix/lib/bodymap"
link="$prefix/bin/bodymap"

case "${1:-}" in
--uninstall)
    if [ -x "$dest/bodymap" ]; then
        "$dest/bodymap" --uninstall-desktop
    fi
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$dest/bodymap" ]; then
        rm -f "$link"
    fi
    rm -rf "$dest"
    echo "bodymap: removed $dest"
    ;;
"")
    if [ "$here" != "$(cd "$(dirname "$dest")" 2>/dev/null && pwd -P)/bodymap" ]; then
        mkdir -p "$(dirname "$dest")"
        rm -rf "$dest.new"
        cp -a "$here" "$dest.new"
        rm -rf "$dest"
        mv "$dest.new" "$dest"
    fi
    mkdir -p "$(dirname "$link")"
    ln -sfn "$dest/bodymap" "$link"
    "$dest/bodymap" --install-desktop
    echo "bodymap: installed in $dest; start it from the menu or with $link"
    ;;
*)
    echo "usage: $0 [--uninstall]" >&2
    exit 2
    ;;
esac
