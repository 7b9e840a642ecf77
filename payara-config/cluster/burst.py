#!/usr/bin/env python3
"""Sends stories through the balancer, each from its own client address (127.0.<i>.<j> on the
loopback, so HAProxy sees distinct sources and puts them into X-Forwarded-For), CONCURRENCY at a
time. Writes one line per story: '<n> <http status> <story id or ->'. No retries: a story the
balancer did not answer 202 (Accepted) for is not acknowledged.
Usage: burst.py HOST PORT SERVICE_ID COUNT CONCURRENCY RUN OUTFILE"""
import concurrent.futures, http.client, json, sys, threading

host, port, service, count, concurrency, run, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
lock = threading.Lock()

def tell(n):
    source = "127.0.%d.%d" % (1 + n // 250, 1 + n % 250)
    where = {"serviceIds": [service]} if service else {"category": "HEALTH", "latitude": 51.5, "longitude": -0.12}
    body = json.dumps({**where, "relation": "CARER", "happened": "2026-08",
                       "title": "Cluster %s story %d" % (run, n),
                       "story": "We waited a long time in the corridor before anyone came to see us. Story %d." % n,
                       "email": "teller-%s-%d@example.test" % (run, n)})
    try:
        connection = http.client.HTTPConnection(host, port, timeout=60, source_address=(source, 0))
        connection.request("POST", "/api/stories", body, {"Content-Type": "application/json",
                                                          "Accept-Language": "en"})
        reply = connection.getresponse()
        payload = reply.read()
        status = reply.status
        story = json.loads(payload)["id"] if status == 202 else "-"
    except Exception as e:
        status, story = "ERR:" + type(e).__name__, "-"
    with lock:
        with open(out, "a") as f:
            f.write("%d %s %s\n" % (n, status, story))

with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
    list(pool.map(tell, range(count)))
