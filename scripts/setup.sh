# shellcheck shell=bash
# Dabir's one set-up, shared by scripts/run-app.sh and scripts/run-tests.sh (which source this file
# and call dabir_setup). It makes a fresh Debian/Ubuntu machine ready, and costs well under a
# second, offline, when nothing changed since the last run:
#   1. system packages listed in scripts/system-packages.txt (Qt's libraries for offscreen and X,
#      xvfb, poppler-utils, postgresql): checked with dpkg-query; when some are missing, root runs
#      `apt-get update` once and installs them, anyone else is told the one sudo command to run;
#   2. a virtual environment at .venv (python3 -m venv; python3-venv is installed when Debian's
#      Python lacks ensurepip); an unusable .venv (wrong Python, no pip) is made anew;
#   3. `pip install -e '.[server,dev]'`, skipped when a stamp inside .venv holds the hash of
#      pyproject.toml (and the extras and Python version) from the last successful install.
# Running `bash scripts/setup.sh` directly does the set-up alone.
# Knobs: DABIR_PYTHON=/path/to/python3.x picks the interpreter; DABIR_SKIP_SYSTEM_PACKAGES=1 skips
# step 1; DABIR_FORCE_INSTALL=1 reruns step 3.

DABIR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DABIR_VENV="$DABIR_ROOT/.venv"
DABIR_EXTRAS="server,dev"
DABIR_STAMP="$DABIR_VENV/.dabir-install-stamp"

_dabir_log() { printf '[setup] %s\n' "$*" >&2; }
_dabir_warn() { printf '[setup] WARNING: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- 1. system packages
_dabir_wanted_packages() {
    sed -e 's/#.*//' "$DABIR_ROOT/scripts/system-packages.txt" | tr -s ' \t' '\n\n' | grep -v '^$' || true
}

# Prints each wanted package that is not installed; "NAMEt64" installed counts as NAME.
_dabir_missing_packages() {
    local installed p
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" "${@/%/t64}" 2>/dev/null \
        | awk '$2 == "ii" { print $1 }')" || true
    for p in "$@"; do
        if ! grep -qxF -e "$p" -e "${p}t64" <<<"$installed"; then
            printf '%s\n' "$p"
        fi
    done
}

_dabir_has_candidate() {
    local policy  # not `| grep -q`: under pipefail, grep quitting early fails apt-cache (SIGPIPE)
    policy="$(apt-cache policy "$1" 2>/dev/null)" || return 1
    [[ "$policy" =~ Candidate:\ [^\(] ]]
}

_dabir_apt_updated=""
_dabir_apt_install() {
    # Installs the given packages as root (NAMEt64 when only that exists); never fails the set-up.
    local p installable=() unavailable=()
    export DEBIAN_FRONTEND=noninteractive
    if [[ -z "$_dabir_apt_updated" ]]; then
        _dabir_log "apt-get update"
        apt-get -q -o DPkg::Lock::Timeout=120 update >/dev/null \
            || _dabir_warn "apt-get update failed; trying to install from the package lists there are"
        _dabir_apt_updated=1
    fi
    for p in "$@"; do
        if _dabir_has_candidate "$p"; then installable+=("$p")
        elif _dabir_has_candidate "${p}t64"; then installable+=("${p}t64")
        else unavailable+=("$p")
        fi
    done
    if ((${#unavailable[@]})); then
        _dabir_warn "no such package in this release's lists, skipped: ${unavailable[*]}"
    fi
    if ((${#installable[@]})); then
        _dabir_log "apt-get install ${installable[*]}"
        apt-get -q -y -o DPkg::Lock::Timeout=120 -o Dpkg::Use-Pty=0 install --no-install-recommends \
            "${installable[@]}" >/dev/null \
            || { _dabir_warn "apt-get install failed: some tests (Qt, PDF, PostgreSQL) may fail"; return 0; }
    fi
}

_dabir_system_packages() {
    local wanted=() missing=()
    if [[ -n "${DABIR_SKIP_SYSTEM_PACKAGES:-}" ]]; then return 0; fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        _dabir_warn "not Debian/Ubuntu: install the equivalents of scripts/system-packages.txt yourself"
        return 0
    fi
    mapfile -t wanted < <(_dabir_wanted_packages)
    mapfile -t missing < <(_dabir_missing_packages "${wanted[@]}")
    if ((${#missing[@]} == 0)); then return 0; fi
    if ((EUID != 0)); then
        _dabir_warn "missing system packages; please run: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
        return 0
    fi
    _dabir_apt_install "${missing[@]}"
}

# ---------------------------------------------------------------- 2. the virtual environment
_dabir_python_ok() {
    "$1" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)' >/dev/null 2>&1
}

_dabir_find_python() {
    local c
    for c in ${DABIR_PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 && _dabir_python_ok "$c"; then
            command -v "$c"
            return 0
        fi
    done
    return 1
}

_dabir_venv_ok() {
    [[ -x "$DABIR_VENV/bin/python" ]] && _dabir_python_ok "$DABIR_VENV/bin/python" \
        && "$DABIR_VENV/bin/python" -c 'import pip' >/dev/null 2>&1
}

_dabir_venv() {
    local py ver
    if _dabir_venv_ok; then return 0; fi
    if [[ -e "$DABIR_VENV" ]]; then
        _dabir_warn ".venv exists but is unusable (wrong Python or no pip): making it anew"
        rm -rf "$DABIR_VENV"
    fi
    if ! py="$(_dabir_find_python)"; then
        _dabir_warn "Dabir needs Python 3.11, 3.12 or 3.13 as python3 (or set DABIR_PYTHON)"
        return 1
    fi
    if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        # Debian/Ubuntu split venv's ensurepip into python3-venv (python3.X-venv on Ubuntu).
        ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        if ((EUID == 0)) && command -v apt-get >/dev/null 2>&1; then
            if _dabir_has_candidate "python${ver}-venv"; then
                _dabir_apt_install python3-venv "python${ver}-venv"
            else
                _dabir_apt_install python3-venv
            fi
        else
            _dabir_warn "$py has no venv/ensurepip; please run: sudo apt-get install -y python3-venv python${ver}-venv"
            return 1
        fi
    fi
    _dabir_log "creating .venv with $py ($("$py" --version 2>&1))"
    "$py" -m venv "$DABIR_VENV"
}

# ---------------------------------------------------------------- 3. the Python packages
_dabir_wanted_stamp() {
    "$DABIR_VENV/bin/python" - "$DABIR_ROOT/pyproject.toml" "$DABIR_EXTRAS" <<'PY'
import hashlib, sys
h = hashlib.sha256(open(sys.argv[1], "rb").read())
h.update(("\0extras=%s\0python=%s" % (sys.argv[2], sys.version)).encode())
print(h.hexdigest())
PY
}

# True when the editable install of this very checkout is in .venv and the stamp matches.
_dabir_install_current() {
    [[ -z "${DABIR_FORCE_INSTALL:-}" && -f "$DABIR_STAMP" ]] || return 1
    [[ "$(cat "$DABIR_STAMP")" == "$1" ]] || return 1
    "$DABIR_VENV/bin/python" - "$DABIR_ROOT" >/dev/null 2>&1 <<'PY'
import importlib.metadata, json, pathlib, sys, urllib.parse, urllib.request
info = json.loads(importlib.metadata.distribution("dabir").read_text("direct_url.json") or "{}")
where = urllib.request.url2pathname(urllib.parse.urlparse(info.get("url", "")).path)
sys.exit(0 if pathlib.Path(where).resolve() == pathlib.Path(sys.argv[1]).resolve() else 1)
PY
}

_dabir_pip() {
    local want lock_fd start
    want="$(_dabir_wanted_stamp)"
    if _dabir_install_current "$want"; then return 0; fi
    if command -v flock >/dev/null 2>&1; then  # two runs at once must not both install
        exec {lock_fd}>"$DABIR_VENV/.dabir-setup.lock"
        flock "$lock_fd"
        if _dabir_install_current "$want"; then exec {lock_fd}>&-; return 0; fi
    fi
    rm -f "$DABIR_STAMP"
    _dabir_log "pip install -e '.[$DABIR_EXTRAS]' into .venv (the first time takes a few minutes)"
    start=$SECONDS
    if (cd "$DABIR_ROOT" && "$DABIR_VENV/bin/python" -m pip install --disable-pip-version-check \
            --progress-bar off -e ".[$DABIR_EXTRAS]"); then
        printf '%s\n' "$want" >"$DABIR_STAMP"
        _dabir_log "Python packages installed in $((SECONDS - start)) s"
    else
        _dabir_warn "pip install failed (see above)"
        [[ -n "${lock_fd:-}" ]] && exec {lock_fd}>&-
        return 1
    fi
    [[ -n "${lock_fd:-}" ]] && exec {lock_fd}>&-
    return 0
}

# ---------------------------------------------------------------- all of it
# PostgreSQL's server binaries are not on PATH on Debian; the server tests look for them here.
_dabir_postgres_path() {
    local d
    if [[ -z "${DABIR_PG_BINDIR:-}" ]]; then
        for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V); do
            if [[ -x "$d/pg_ctl" ]]; then DABIR_PG_BINDIR="$d"; fi  # the last is the newest
        done
    fi
    if [[ -n "${DABIR_PG_BINDIR:-}" ]]; then
        export DABIR_PG_BINDIR
        case ":$PATH:" in *":$DABIR_PG_BINDIR:"*) ;; *) export PATH="$PATH:$DABIR_PG_BINDIR" ;; esac
    fi
    return 0
}

dabir_setup() {
    local start=$SECONDS
    _dabir_system_packages
    _dabir_venv || return 1
    _dabir_pip || return 1
    _dabir_postgres_path
    if ((SECONDS - start > 2)); then _dabir_log "set-up done in $((SECONDS - start)) s"; fi
    return 0
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    dabir_setup
fi
