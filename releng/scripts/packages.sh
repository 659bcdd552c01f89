# Debian packages Clientbench needs on a fresh machine (sourced by run.sh, test.sh and .ci/run).
#   RUN_PACKAGES:  to show the workbench (GTK 3, X input test extension for UI tests, Chinese fonts)
#   TEST_PACKAGES: additionally a virtual X server for the UI tests
RUN_PACKAGES="libgtk-3-0 libxtst6 fonts-noto-cjk unzip"
TEST_PACKAGES="$RUN_PACKAGES xvfb xauth"

# ensure_packages PKG...: installs what is missing (as root, apt-get), or says exactly what to install.
ensure_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (apt-get)" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "Missing Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}
