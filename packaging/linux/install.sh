#!/bin/sh
# Installs Afterview for you alone (no root): the app in ~/.local/opt/afterview, a command in
# ~/.local/bin, an entry in your applications menu and its icons. Run it from the unpacked archive.
# Running it again updates the installed app. uninstall.sh removes all of it (never your data).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/afterview
bin_dir=$HOME/.local/bin
menu_dir=$data_home/applications
icon_dir=$data_home/icons/hicolor

if [ ! -x "$here/afterview/afterview" ]; then
    echo "install.sh: run me from the unpacked Afterview archive (afterview/afterview is not beside me)." >&2
    exit 1
fi

# The new copy is complete before it replaces the old one, so a failed copy leaves the old app working.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new"
cp -R "$here/afterview" "$prefix.new"
cp "$here/uninstall.sh" "$prefix.new/uninstall.sh"
chmod 755 "$prefix.new/uninstall.sh"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"

mkdir -p "$bin_dir"
ln -sfn "$prefix/afterview" "$bin_dir/afterview"

# The menu entry starts the installed app by its full path: ~/.local/bin is not always on PATH.
mkdir -p "$menu_dir"
sed -e "s|^Exec=.*|Exec=\"$prefix/afterview\"|" -e "s|^TryExec=.*|TryExec=$prefix/afterview|" \
    "$here/afterview.desktop" > "$menu_dir/afterview.desktop.new"
mv "$menu_dir/afterview.desktop.new" "$menu_dir/afterview.desktop"

icons=$prefix/_internal/afterview/resources_data/icons
for size in 16 32 48 64 128 256; do
    mkdir -p "$icon_dir/${size}x${size}/apps"
    cp "$icons/afterview-$size.png" "$icon_dir/${size}x${size}/apps/afterview.png"
done
mkdir -p "$icon_dir/scalable/apps"
cp "$icons/afterview.svg" "$icon_dir/scalable/apps/afterview.svg"

# Menus watch these folders and pick the entry up by themselves; touching the icon theme's folder
# tells icon caches to look again.
touch "$icon_dir"

echo "Afterview is installed. Start it from your applications menu, or run: $bin_dir/afterview"
echo "To remove it: $prefix/uninstall.sh"
