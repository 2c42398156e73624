#!/usr/bin/env bash
# The two external triple stores the remote-store tests talk to, private and on loopback only:
# Virtuoso Open Source (Debian package) and Oxigraph server (PyPI package `oxigraph`, in .venv).
#
#   source .ci/services.sh        start both, export their store URLs, stop them when the shell exits
#   bash .ci/services.sh run CMD  start both, run CMD with the URLs set, stop them (exit code of CMD)
#
# Exports ANODEKG_TEST_VIRTUOSO and ANODEKG_TEST_OXIGRAPH (sparql+http://… store URLs); the tests in
# tests/test_remote.py read them, and skip without them (fail instead when CI=true).
# Every wait is time-boxed; a service that does not come up fails the run with its log tail.

_svc_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_svc_dir="$(mktemp -d -t anodekg-services.XXXXXX)"
_svc_pids=()
SERVICE_WAIT_S="${SERVICE_WAIT_S:-120}"

_svc_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_svc_wait_http() {   # URL NAME LOG: poll until the URL answers, at most SERVICE_WAIT_S seconds
    local deadline=$((SECONDS + SERVICE_WAIT_S))
    until python3 - "$1" <<'EOF' 2>/dev/null
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=3)
except urllib.error.HTTPError:
    pass            # any HTTP answer means the server is up
EOF
    do
        if ((SECONDS > deadline)); then
            echo "services: $2 did not answer at $1 within ${SERVICE_WAIT_S}s; log tail:" >&2
            tail -n 30 "$3" >&2 || true
            return 1
        fi
        sleep 1
    done
}

_svc_start_virtuoso() {
    if ! command -v virtuoso-t >/dev/null; then
        echo "services: installing virtuoso-opensource (Debian)" >&2
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
    fi
    local dir="$_svc_dir/virtuoso" sql_port http_port password
    sql_port="$(_svc_free_port)"
    http_port="$(_svc_free_port)"
    password="akg-$(python3 -c 'import secrets; print(secrets.token_hex(8))')"
    mkdir -p "$dir"
    # a private copy of the packaged virtuoso.ini: own database files, ports bound to loopback
    sed -e "s#/var/lib/virtuoso-opensource-7/db#$dir#g" \
        -e "s#^ServerPort\s*=\s*1111#ServerPort = 127.0.0.1:$sql_port#" \
        -e "s#^ServerPort\s*=\s*8890#ServerPort = 127.0.0.1:$http_port#" \
        -e "s#^DefaultHost\s*=.*#DefaultHost = 127.0.0.1:$http_port#" \
        -e "s#^NumberOfBuffers\s*=.*#NumberOfBuffers = 20000#" \
        -e "s#^MaxDirtyBuffers\s*=.*#MaxDirtyBuffers = 15000#" \
        -e "s#^ResultSetMaxRows\s*=.*#ResultSetMaxRows = 100000#" \
        /etc/virtuoso-opensource-7/virtuoso.ini >"$dir/virtuoso.ini"
    (cd "$dir" && exec virtuoso-t +configfile "$dir/virtuoso.ini" +foreground) >"$dir/stdout.log" 2>&1 &
    _svc_pids+=("$!")
    _svc_wait_http "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D" Virtuoso "$dir/virtuoso.log" || return 1
    # a fresh database has dba/dba: change it before anything is loaded
    # (USER_SET_PASSWORD also makes HTTP Digest auth accept it on /sparql-graph-crud-auth)
    isql-vt "127.0.0.1:$sql_port" dba dba exec="USER_SET_PASSWORD('dba', '$password');" >"$dir/isql.log" 2>&1
    if grep -q "Error" "$dir/isql.log"; then
        echo "services: could not set Virtuoso's dba password" >&2; cat "$dir/isql.log" >&2; return 1
    fi
    export ANODEKG_TEST_VIRTUOSO="sparql+http://dba:$password@127.0.0.1:$http_port/sparql"
    echo "services: Virtuoso at http://127.0.0.1:$http_port/sparql (pid ${_svc_pids[-1]})" >&2
}

_svc_start_oxigraph() {
    local bin="$_svc_root/.venv/bin/oxigraph" port
    if [[ ! -x "$bin" ]]; then
        make -C "$_svc_root" install >/dev/null
    fi
    port="$(_svc_free_port)"
    mkdir -p "$_svc_dir/oxigraph"
    "$bin" serve --location "$_svc_dir/oxigraph/data" --bind "127.0.0.1:$port" --union-default-graph \
        >"$_svc_dir/oxigraph/server.log" 2>&1 &
    _svc_pids+=("$!")
    _svc_wait_http "http://127.0.0.1:$port/query?query=ASK%7B%7D" "Oxigraph server" "$_svc_dir/oxigraph/server.log" \
        || return 1
    export ANODEKG_TEST_OXIGRAPH="sparql+http://127.0.0.1:$port/query"
    echo "services: Oxigraph server at http://127.0.0.1:$port/query (pid ${_svc_pids[-1]})" >&2
}

stop_services() {
    local pid
    for pid in "${_svc_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${_svc_pids[@]}"; do
        timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
    done
    _svc_pids=()
    rm -rf "$_svc_dir"
}

start_services() {
    _svc_start_oxigraph && _svc_start_virtuoso
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then      # sourced: start now, stop when the shell exits
    trap stop_services EXIT
    start_services || exit 1
elif [[ "${1:-}" == "run" ]]; then
    shift
    trap stop_services EXIT
    start_services || exit 1
    "$@"
else
    echo "usage: source .ci/services.sh  |  bash .ci/services.sh run CMD [ARGS…]" >&2
    exit 2
fi
