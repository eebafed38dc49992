#!/bin/sh
# Removes what install.sh added: the app, its command, its menu entry and icons, and the entry that
# starts it at login (if you turned that on). Your data (applications, letters, backups) is kept.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/afterview
bin_dir=$HOME/.local/bin
menu_dir=$data_home/applications
icon_dir=$data_home/icons/hicolor
autostart=${XDG_CONFIG_HOME:-$HOME/.config}/autostart/afterview.desktop

# Only what points at this installation: a command or autostart entry of another copy stays.
if [ -L "$bin_dir/afterview" ] && [ "$(readlink "$bin_dir/afterview")" = "$prefix/afterview" ]; then
    rm -f "$bin_dir/afterview"
fi
if [ -f "$autostart" ] && grep -q "$prefix/afterview" "$autostart"; then
    rm -f "$autostart"
fi
rm -f "$menu_dir/afterview.desktop"
for size in 16 32 48 64 128 256; do
    rm -f "$icon_dir/${size}x${size}/apps/afterview.png"
done
rm -f "$icon_dir/scalable/apps/afterview.svg"
rm -rf "$prefix"

# The folders install.sh made, if nothing else lives in them now (rmdir leaves any other alone).
for size in 16 32 48 64 128 256 scalable; do
    rmdir "$icon_dir/$size/apps" "$icon_dir/$size" 2>/dev/null || true
    rmdir "$icon_dir/${size}x${size}/apps" "$icon_dir/${size}x${size}" 2>/dev/null || true
done
rmdir "$icon_dir" "$data_home/icons" "$menu_dir" "$bin_dir" "$(dirname "$prefix")" 2>/dev/null || true

echo "Afterview is removed. Your data is kept in ${data_home}/Afterview; delete that folder yourself if you want it gone."
