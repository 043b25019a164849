#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster when no server accepts
# connections on 127.0.0.1:5432, then waits until one does.
set -euo pipefail

ready() { pg_isready -q -h 127.0.0.1 -p 5432; }

if ready; then
    exit 0
fi

version=$(ls /etc/postgresql | sort -n | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start

for _ in $(seq 1 30); do
    ready && exit 0
    sleep 1
done
echo "PostgreSQL $version did not accept connections on 127.0.0.1:5432 within 30 s" >&2
exit 1
