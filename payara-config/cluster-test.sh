#!/usr/bin/env bash
# Two Coproduce instances behind HAProxy on one MariaDB: a burst of stories through the balancer,
# one instance killed with SIGKILL in the middle of it (and started again), then proof that every
# story answered 202 (accepted) is stored and analysed exactly once and that no e-mail went out twice.
#   bash payara-config/cluster-test.sh            build, run, check (exit 0 = every check passed)
#   bash payara-config/cluster-test.sh --no-build use target/coproduce.war as it is
# Needs: haproxy (apt-get install haproxy), a MariaDB/MySQL server (root, no password, on
# 127.0.0.1:3306 unless CLUSTER_DB_HOST/CLUSTER_DB_PORT/CLUSTER_DB_USER/CLUSTER_DB_PASSWORD say
# otherwise; the database CLUSTER_DB, default coproduce_cluster, is dropped and created), the
# mariadb (or mysql) client, python3, curl, a JDK 21+ and Maven. See docs/cluster.md.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${CLUSTER_PORT_BASE:-18300}            # balancer; instances BASE+1, BASE+2; HAProxy stats BASE+99
SMTP_PORT=${CLUSTER_SMTP_PORT:-14425}
DB=${CLUSTER_DB:-coproduce_cluster}
DB_HOST=${CLUSTER_DB_HOST:-127.0.0.1} DB_PORT=${CLUSTER_DB_PORT:-3306}
DB_USER=${CLUSTER_DB_USER:-root} DB_PASSWORD=${CLUSTER_DB_PASSWORD:-}
STORIES=${CLUSTER_STORIES:-300}
CONCURRENCY=${CLUSTER_CONCURRENCY:-8}
KILL_AFTER=${CLUSTER_KILL_AFTER:-$((STORIES / 3))}   # stories answered before node1 is killed
RESTART=${CLUSTER_RESTART:-true}
VICTIM=${CLUSTER_KILL_PIDFILE:-}                  # unset: app node1; else the pid file of what to kill (a database node)
HEAP=${CLUSTER_HEAP:-640m}                     # the default of payara-config/coproduce; 512m runs out while training on a new database
DEMO=${CLUSTER_DEMO:-false}                       # true: demo directory (300 stories to analyse too); stories name a service
WORK=$(mktemp -d /tmp/coproduce-cluster.XXXXXX)
RUN=$(date +%s)
SECRET=$(head -c 32 /dev/urandom | base64)
CLIENT=$(command -v mariadb || command -v mysql)
JAVA=java
for d in "${JAVA_HOME:-}" /usr/lib/jvm/*; do   # a JDK 21+ for Payara Micro 7
  [ -x "$d/bin/java" ] || continue
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
  if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ]; then JAVA="$d/bin/java"; export JAVA_HOME="$d" PATH="$d/bin:$PATH"; break; fi
done
PIDS=()

sql() { MYSQL_PWD="$DB_PASSWORD" "$CLIENT" -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$@"; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
# SIGKILL: a Payara still starting may ignore SIGTERM for minutes and hold its connections
# (and the metadata locks that would block the next run's DROP DATABASE).
cleanup() { for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

[ "${1:-}" = --no-build ] || { log "building"; mvn -B -q -DskipTests package; }
[ -f target/coproduce.war ] && [ -f target/payara-micro.jar ] || { echo "target/coproduce.war missing: build first" >&2; exit 2; }
command -v haproxy >/dev/null || { echo "haproxy missing: apt-get install haproxy" >&2; exit 2; }

log "work folder $WORK; fresh database $DB"
sql -e "drop database if exists \`$DB\`; create database \`$DB\` character set utf8mb4 collate utf8mb4_unicode_ci"
python3 payara-config/cluster/smtp-sink.py "$SMTP_PORT" "$WORK/mails.jsonl" & PIDS+=($!)

start_node() {
  local i=$1 port=$((BASE + $1))
  ( export DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB${CLUSTER_DB_URL_OPTIONS:-}" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
      COPRODUCE_SECRET="$SECRET" COPRODUCE_TRUST_PROXY=true COPRODUCE_DEMO="$DEMO" COPRODUCE_INSTANCE="node$i" \
      COPRODUCE_PORT="$port" COPRODUCE_DATA="$WORK/data" COPRODUCE_BASE_URL="http://127.0.0.1:$BASE" \
      SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT" COPRODUCE_OUTBOX_POLL_MS=200
    exec "$JAVA" -Xmx"$HEAP" -jar target/payara-micro.jar --deploy target/coproduce.war --contextroot / \
      --port "$port" --prebootcommandfile payara-config/pre-boot.asadmin --disablephonehome --nocluster \
      --rootdir "$WORK/payara$i" >> "$WORK/node$i.log" 2>&1 ) &
  echo $! > "$WORK/node$i.pid"
  PIDS+=($!)
}

wait_ready() {
  local port=$((BASE + $1)) started=$SECONDS
  until curl -sf "http://127.0.0.1:$port/api/themes" >/dev/null; do
    (( SECONDS - started < 900 )) || { echo "node$1 not ready after 900 s; see $WORK/node$1.log" >&2; exit 1; }
    sleep 2
  done
  log "node$1 ready on port $port after $((SECONDS - started)) s"
}

# One after the other: the first migrates the schema (and loads the demo directory into the empty database).
start_node 1; wait_ready 1
start_node 2; wait_ready 2

sed -e "s/@BASE@/$BASE/g" -e "s/@NODE1@/$((BASE + 1))/g" -e "s/@NODE2@/$((BASE + 2))/g" -e "s/@STATS@/$((BASE + 99))/g" \
  payara-config/cluster/haproxy.cfg > "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 & PIDS+=($!)
until curl -sf "http://127.0.0.1:$BASE/api/themes" >/dev/null; do sleep 1; done
log "HAProxy on 127.0.0.1:$BASE in front of node1 :$((BASE + 1)) and node2 :$((BASE + 2))"

SERVICE=0   # no directory: a category and a point on the map
[ "$DEMO" = true ] && SERVICE=$(curl -sf "http://127.0.0.1:$BASE/api/services?q=Emergency%20Department" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
log "burst: $STORIES stories, $CONCURRENCY at a time, each from its own address; node1 killed after $KILL_AFTER"
python3 payara-config/cluster/burst.py 127.0.0.1 "$BASE" "$SERVICE" "$STORIES" "$CONCURRENCY" "$RUN" "$WORK/burst.txt" &
BURST=$!
touch "$WORK/burst.txt"
until [ "$(wc -l < "$WORK/burst.txt")" -ge "$KILL_AFTER" ] || ! kill -0 $BURST 2>/dev/null; do sleep 0.05; done
if [ -z "$VICTIM" ]; then
  kill -KILL "$(cat "$WORK/node1.pid")"
  log "node1 killed (SIGKILL) after $(wc -l < "$WORK/burst.txt") answers"
else
  kill -KILL "$(cat "$VICTIM")"
  log "$VICTIM killed (SIGKILL) after $(wc -l < "$WORK/burst.txt") answers"
  RESTART=false
fi
wait $BURST
log "burst done: $(awk '{print $2}' "$WORK/burst.txt" | sort | uniq -c | tr '\n' ' ')"
if [ "$RESTART" = true ]; then
  log "starting node1 again"; start_node 1; wait_ready 1
fi

log "waiting for the background work (outbox) to drain"
started=$SECONDS
while [ "$(sql "$DB" -e "select count(*) from outbox where status = 'PENDING'")" != 0 ]; do
  (( SECONDS - started < 600 )) || { echo "outbox not drained after 600 s" >&2; break; }
  sleep 2
done
sleep 3
log "HAProxy answers per instance: $(curl -s "http://127.0.0.1:$((BASE + 99))/;csv" | awk -F, '$1=="app" && $2 ~ /node/ {printf "%s=%s ", $2, $8}')"

ACKED=$(awk '$2 == 202 {print $3}' "$WORK/burst.txt" | paste -sd, -)
N=$(awk '$2 == 202' "$WORK/burst.txt" | wc -l)
fail=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then echo "PASS $1: $3"; else echo "FAIL $1: expected $2, got $3"; fail=1; fi
}
echo "--- checks ($N stories acknowledged with 202)"
check "acknowledged stories stored" "$N" "$(sql "$DB" -e "select count(*) from story where id in ($ACKED)")"
check "acknowledged stories analysed" "$N" "$(sql "$DB" -e "select count(*) from story_analysis where story_id in ($ACKED)")"
check "analysis tasks not done exactly once" 0 "$(sql "$DB" -e "select count(*) from (select subject_id from outbox
  where kind = 'analyse-story' and subject_id in ($ACKED) group by subject_id
  having count(*) <> 1 or sum(status = 'DONE') <> 1) t")"
check "distinct client hashes (X-Forwarded-For from HAProxy)" "$N" \
  "$(sql "$DB" -e "select count(distinct client_hash) from story where id in ($ACKED)")"
STORED=$(sql "$DB" -e "select count(*) from story where title like 'Cluster $RUN story %'")
echo "INFO stories stored in all: $STORED (stored without a 202 reaching the client: $((STORED - N)))"
MAILS=$(python3 - "$WORK/mails.jsonl" "$RUN" "$WORK/burst.txt" <<'PY'
import collections, json, sys
mails = [json.loads(l) for l in open(sys.argv[1])] if __import__("os").path.exists(sys.argv[1]) else []
ids = collections.Counter(m["messageId"] for m in mails)
tellers = collections.Counter(r for m in mails for r in m["to"] if r.startswith("teller-" + sys.argv[2] + "-"))
acked = ["teller-%s-%s@example.test" % (sys.argv[2], l.split()[0]) for l in open(sys.argv[3]) if l.split()[1] == "202"]
print(len(mails), sum(1 for c in ids.values() if c > 1), sum(1 for c in tellers.values() if c > 1),
      sum(1 for a in acked if tellers[a] != 1))
PY
)
read -r total dupIds dupTellers ackedNotOnce <<< "$MAILS"
echo "INFO e-mails received by the sink: $total"
check "Message-IDs received twice" 0 "$dupIds"
check "storytellers e-mailed twice" 0 "$dupTellers"
check "acknowledged storytellers not e-mailed exactly once" 0 "$ackedNotOnce"
check "tasks failed for good" 0 "$(sql "$DB" -e "select count(*) from outbox where status = 'FAILED'")"
echo "--- job_lease"; sql "$DB" -e "select name, holder, held_until, last_run_at from job_lease"
echo "logs: $WORK"
[ $fail = 0 ] && echo "CLUSTER TEST PASSED" || { echo "CLUSTER TEST FAILED"; exit 1; }
