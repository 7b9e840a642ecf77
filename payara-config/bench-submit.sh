#!/usr/bin/env bash
# Submission throughput (docs/search.md): wrk on POST /api/stories (a distinct client address per
# request through X-Forwarded-For, so the hourly limit per client does not apply; start the app
# with COPRODUCE_TRUST_PROXY=true) against GET /api/themes, with the analysis running, then paused
# (its queued tasks held back an hour while the burst runs); counts the stories stored afterwards.
#   BASE=http://localhost:8215 DB=coproduce_search_bench bash payara-config/bench-submit.sh
# Needs wrk (apt-get install wrk) and the mysql client; writes stories into DB: use a bench database.
set -euo pipefail
BASE=${BASE:-http://localhost:8215} DB=${DB:-coproduce_search_bench} SECONDS_EACH=${SECONDS_EACH:-20}
CONNECTIONS=${CONNECTIONS:-16} THREADS=${THREADS:-2}
sql() { mysql -h127.0.0.1 -uroot -N -e "$1" "$DB"; }
lua=$(mktemp --suffix=.lua)
cat > "$lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local address = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local body = '{"relation":"SERVICE_USER","happened":"2026-11","serviceIds":[1],"title":"Waiting ' .. n .. '",'
    .. '"story":"I waited four hours in the waiting room and nobody told us what was happening."}'
  return wrk.format("POST", "/api/stories", {["Content-Type"] = "application/json", ["X-Forwarded-For"] = address}, body)
end
done = function(summary, latency, requests)
  local ok = summary.requests - summary.errors.status - summary.errors.connect - summary.errors.read
    - summary.errors.write - summary.errors.timeout
  io.write(string.format("acknowledged %d of %d\n", ok, summary.requests))
end
LUA
rate() { sed -n 's/^Requests\/sec: *//p'; }
hold() { while :; do sql "update outbox set available_at = date_add(utc_timestamp(), interval 1 hour) where status = 'PENDING' and kind like 'ANALY%'"; sleep 0.5; done; }
for mode in running paused; do
  before=$(sql "select count(*) from story")
  [ "$mode" = paused ] && { hold & holder=$!; }
  post=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$lua" "$BASE")
  get=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$BASE/api/themes")
  [ "$mode" = paused ] && { kill "$holder"; wait "$holder" 2>/dev/null || true; sql "update outbox set available_at = utc_timestamp() where status = 'PENDING'"; }
  after=$(sql "select count(*) from story")
  p=$(echo "$post" | rate); g=$(echo "$get" | rate)
  echo "analysis $mode: POST /api/stories $p req/s, GET /api/themes $g req/s, ratio $(echo "scale=2; $p * 100 / $g" | bc)%;" \
    "$(echo "$post" | grep acknowledged), stored $((after - before)); non-2xx: $(echo "$post" | sed -n 's/.*Non-2xx or 3xx responses: *//p')"
done
rm -f "$lua"
