#!/usr/bin/env bash
# Installs the Debian 12 packages UrbanOps Workstation builds, runs and tests with.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config
  # the layout check (tests: code_format)
  clang-format
  # Qt 6.4
  qt6-base-dev qt6-base-dev-tools libqt6svg6-dev qt6-positioning-dev libqt6charts6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  qt6-qpa-plugins libqt6svg6
  # GIS
  libgdal-dev gdal-bin libgeos-dev libproj-dev proj-data proj-bin
  libsqlite3-dev sqlite3 libspatialite-dev libsqlite3-mod-spatialite
  # the district server: PostgreSQL 15 + PostGIS 3 (server, client library, shp2pgsql/raster tools)
  postgresql-15 postgresql-15-postgis-3 postgresql-client-15 libpq-dev postgis
  # a CJK font so Chinese renders on screen and in reports
  fonts-noto-cjk
  # offscreen and virtual-display runs, PDF pages to PNG
  xvfb xauth x11-utils poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
