#!/usr/bin/env bash
# Proves backup and restore end to end (docs/operations.md):
#   bash payara-config/restore-test.sh SOURCE_DATABASE [PORT]
# backs SOURCE_DATABASE up, restores it into a new empty database, starts the app on the copy
# (target/ must be built; COPRODUCE_SECRET must be the source's secret) and checks that the
# published stories the source holds are served by the restored app. Drops the copy afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source_db=${1:?usage: restore-test.sh SOURCE_DATABASE [PORT]}
port=${2:-18290}
copy=${source_db}_restore_$$
file=$(mktemp -u /tmp/coproduce-backup-XXXX).sql.gz
client=$(command -v mariadb || command -v mysql)
q() { "$client" ${MYSQL_OPTS:-} -N -e "$1"; }
trap '[ -n "${app:-}" ] && kill "$app" 2>/dev/null; q "drop database if exists \`$copy\`"; rm -f "$file"' EXIT

bash payara-config/backup.sh "$source_db" "$file"
bash payara-config/restore.sh "$file" "$copy"
# the dump is one snapshot: what the copy holds is what the source held at that moment (it may have moved on since)
dumped=$(gunzip -c "$file" | grep -c '^INSERT INTO `story`' || true)
expected=$(q "select count(*) from \`$copy\`.story where status = 'PUBLISHED'")
echo "source now: $(q "select count(*) from \`$source_db\`.story") stories; copy: $(q "select count(*) from \`$copy\`.story") stories, $expected published"
[ "$dumped" -gt 0 ] && [ "$expected" -gt 0 ] || { echo "FAIL: no stories in the backup" >&2; exit 1; }

started=$(date +%s)
DB_URL="jdbc:mysql://127.0.0.1:3306/$copy?user=root&password=" COPRODUCE_DEMO=false COPRODUCE_PORT=$port \
  COPRODUCE_SKIP_BUILD=true COPRODUCE_HEAP=${COPRODUCE_HEAP:-640m} bash payara-config/coproduce run > "/tmp/restore-test-$port.log" 2>&1 &
app=$!
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break; sleep 1
done
echo "app on the copy ready after $(( $(date +%s) - started )) s: $(curl -s "http://127.0.0.1:$port/health")"
served=$(curl -s "http://127.0.0.1:$port/api/stories?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
pid=$(pgrep -f -- "--port $port " | head -1 || true)
[ -n "$pid" ] && echo "resident memory (RSS) at idle: $(awk '/VmRSS/ {print int($2/1024) " MB"}' "/proc/$pid/status")"
echo "served by the restored app: $served published stories (expected $expected)"
[ "$served" = "$expected" ] || { echo "FAIL" >&2; exit 1; }
echo "PASS: backup restored into an empty database, the app started on it and serves every published story"
