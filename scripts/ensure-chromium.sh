#!/usr/bin/env bash
# Playwright cannot download its own browser here; E2E uses Debian's Chromium.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "▸ Instalando Chromium de Debian (apt-get)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "✖ No hay Chromium en $CHROMIUM. Instálalo (sudo apt-get install chromium) o exporta CHROMIUM_PATH=/ruta/al/navegador." >&2
exit 1
