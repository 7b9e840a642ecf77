#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on the loopback (Debian's galera-4; datadirs under /tmp),
# HAProxy in front of the nodes (TCP, round robin: every node takes writes), and then the
# two-instance burst of cluster-test.sh against it, with database node 1 killed (SIGKILL) in the
# middle of the burst instead of an application instance. See docs/cluster.md.
#   bash payara-config/galera-test.sh [--no-build]
# Ports: SQL 14401-14403, Galera 14411-14413, IST 14421-14423, SST 14431-14433, HAProxy 14400.
# GALERA_BALANCE=first sends every connection to the first live node (single writer) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(mktemp -d /tmp/coproduce-galera.XXXXXX)
chmod 755 "$ROOT"   # the rsync SST daemon on a joiner drops to an unprivileged user
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
BALANCE=${GALERA_BALANCE:-roundrobin}
PIDS=()
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
[ -f "$PROVIDER" ] || { echo "galera-4 missing: apt-get install galera-4 mariadb-server rsync" >&2; exit 2; }

for i in 1 2 3; do
  mkdir -p "$ROOT/node$i/data"; chmod 777 "$ROOT/node$i/data"   # the rsync SST daemon writes as nobody
  cat > "$ROOT/node$i.cnf" <<CNF
[mysqld]
user=root
datadir=$ROOT/node$i/data
socket=$ROOT/node$i/mysqld.sock
pid-file=$ROOT/node$i/mysqld.pid
log-error=$ROOT/node$i/error.log
port=$((14400 + i))
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=96M
innodb_log_file_size=48M
max_connections=300
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=coproduce
wsrep_cluster_address=gcomm://127.0.0.1:14411,127.0.0.1:14412,127.0.0.1:14413
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$((14410 + i))
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:$((14410 + i));ist.recv_addr=127.0.0.1:$((14420 + i));gcache.size=64M
wsrep_sst_receive_address=127.0.0.1:$((14430 + i))
wsrep_sst_method=rsync
CNF
done

sql() { local i=$1; shift; mariadb --socket="$ROOT/node$i/mysqld.sock" -uroot -N -B "$@"; }
wait_synced() {
  local started=$SECONDS
  until [ "$(sql "$1" -e "show status like 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}')" = Synced ]; do
    (( SECONDS - started < 300 )) || { echo "db node$1 not synced; see $ROOT/node$1/error.log" >&2; exit 1; }
    sleep 1
  done
  log "db node$1 synced ($(sql "$1" -e "show status like 'wsrep_cluster_size'" | awk '{print $2}') nodes in the cluster)"
}
start_db() { mariadbd --defaults-file="$ROOT/node$1.cnf" "${@:2}" & echo $! > "$ROOT/node$1.pid"; PIDS+=($!); }

log "initialising node1 in $ROOT"
mariadb-install-db --defaults-file="$ROOT/node1.cnf" --auth-root-authentication-method=socket > "$ROOT/install.log" 2>&1
start_db 1 --wsrep-new-cluster; wait_synced 1
sql 1 -e "create user 'coproduce'@'127.0.0.1' identified by 'coproduce-galera'; grant all on *.* to 'coproduce'@'127.0.0.1'"
start_db 2; wait_synced 2
start_db 3; wait_synced 3

cat > "$ROOT/haproxy-db.cfg" <<CFG
defaults
    mode tcp
    timeout connect 2s
    timeout client 1h
    timeout server 1h
listen galera
    bind 127.0.0.1:14400
    balance $BALANCE
    server db1 127.0.0.1:14401 check inter 1s fall 2 rise 2
    server db2 127.0.0.1:14402 check inter 1s fall 2 rise 2
    server db3 127.0.0.1:14403 check inter 1s fall 2 rise 2
CFG
haproxy -f "$ROOT/haproxy-db.cfg" -db > "$ROOT/haproxy-db.log" 2>&1 & PIDS+=($!)
sleep 2
log "HAProxy ($BALANCE) on 127.0.0.1:14400 in front of the three nodes"

# Does SKIP LOCKED claiming hold across nodes? Two sessions claim "the first free task" as the
# outbox does; A holds its claim open for 4 s; B claims 1 s later, on the same node, then on another.
claim_sql="begin; select id into @claimed from claim_test where status = 'PENDING' order by id limit 1 for update skip locked;"
claim_sql+=" update claim_test set status = 'DONE', by_whom = @who where id = @claimed;"
experiment() { # node of A, node of B
  sql 1 -e "create database if not exists galera_probe; drop table if exists galera_probe.claim_test;
    create table galera_probe.claim_test (id int primary key, status varchar(10), by_whom varchar(10));
    insert into galera_probe.claim_test values (1, 'PENDING', null), (2, 'PENDING', null)"
  sleep 1
  ( sql "$1" galera_probe -e "set @who = 'A'; $claim_sql select 'A claimed', id from claim_test where by_whom = 'A'; do sleep(4); commit;" 2>&1 | sed 's/^/    A: /' ) &
  local a=$!
  sleep 1
  sql "$2" galera_probe -e "set @who = 'B'; $claim_sql select 'B claimed', id from claim_test where by_whom = 'B'; commit;" 2>&1 | sed 's/^/    B: /'
  wait $a || true   # A fails when Galera aborts it
  sleep 1
  echo "    committed: $(sql 3 galera_probe -e "select concat(id, '=', status, '/', ifnull(by_whom, '-')) from claim_test order by id" | paste -sd' ' -)"
}
log "SKIP LOCKED, both sessions on node1:"; experiment 1 1
log "SKIP LOCKED, A on node1, B on node2:"; experiment 1 2
[ "${GALERA_DB_ONLY:-}" = 1 ] && { log "GALERA_DB_ONLY=1: stopping here"; exit 0; }
set +e
CLUSTER_DB_PORT=14400 CLUSTER_DB_USER=coproduce CLUSTER_DB_PASSWORD=coproduce-galera CLUSTER_DB=coproduce_galera \
  CLUSTER_KILL_PIDFILE="$ROOT/node1.pid" bash payara-config/cluster-test.sh "$@"
result=$?
set -e
log "after the test: $(sql 2 -e "show status like 'wsrep_cluster_size'" | tr '\t' '=') on node2;" \
  "certification failures: node2 $(sql 2 -e "show status like 'wsrep_local_cert_failures'" | awk '{print $2}')," \
  "node3 $(sql 3 -e "show status like 'wsrep_local_cert_failures'" | awk '{print $2}');" \
  "brute-force aborts: node2 $(sql 2 -e "show status like 'wsrep_local_bf_aborts'" | awk '{print $2}')," \
  "node3 $(sql 3 -e "show status like 'wsrep_local_bf_aborts'" | awk '{print $2}')"
log "database logs: $ROOT"
exit $result
