#!/usr/bin/env bash
# Children paging benchmark: is page 900 of a 100,000-folder folder as cheap as page 1,
# and is a page of 100 children at least half as fast as a trivial authenticated call?
#
#   bench/children-paging.sh                 # H2 (the embedded default)
#   BENCH_DB=pg bench/children-paging.sh     # PostgreSQL on 127.0.0.1:5432, database test, user postgres,
#                                            # schema $BENCH_PG_SCHEMA (proofline_bench), dropped first
#
# Settings (environment): BENCH_FOLDERS (100000), BENCH_SECONDS (15), BENCH_WARMUP (5 s per URL, unmeasured,
# so the JIT has compiled every path before any is measured), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2), BENCH_LOADERS (8 parallel folder creators), BENCH_SKIP_BUILD=1 to reuse target/.
# Needs java 17, python3 and wrk (apt-get install -y wrk). Prints a table and exits; the
# server's copy, log, data and raw wrk output stay under bench/out/.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
FOLDERS=${BENCH_FOLDERS:-100000}
LOADERS=${BENCH_LOADERS:-8}
DB=${BENCH_DB:-h2}

bench_require wrk python3 curl
bench_run_dir children-paging

JAVA_OPTS=()
if [ "$DB" = pg ]; then
  BUILD_PROFILE=(-Dquarkus.profile=pg)
  SCHEMA=${BENCH_PG_SCHEMA:-proofline_bench}
  PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d test -q \
    -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
  JAVA_OPTS=(-Dquarkus.profile=pg
    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=
    -Dquarkus.flyway.schemas=$SCHEMA)
else
  BUILD_PROFILE=()
fi

echo "== database: $DB"
bench_build "${BUILD_PROFILE[@]}"
PROOFLINE_RATE_LIMITS=off bench_start_server "${JAVA_OPTS[@]}"

echo "== loading $FOLDERS folders into one folder ($LOADERS at a time)"
# The loader prints "<token> <folder id>" on its last line.
read -r TOKEN FOLDER < <(python3 - "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$FOLDERS" "$LOADERS" <<'PY' | tail -n 1
import http.client, json, sys, threading, time, urllib.parse

base, email, password, total, loaders = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
host = urllib.parse.urlparse(base)

def call(connection, method, path, body, token=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, json.dumps(body), headers)
    response = connection.getresponse()
    data = response.read()
    if response.status >= 300:
        raise RuntimeError(f"{method} {path} -> {response.status}: {data[:300]!r}")
    return json.loads(data)

main = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
token = call(main, "POST", "/api/v1/token/login", {"username": email, "password": password})["result"]["token"]
me = call(main, "GET", "/v2/me", {}, token)
call(main, "POST", "/api/v1/company", {"name": "Benchmark company"}, token)
project = call(main, "POST", "/api/v1/project",
               {"projectName": "Children paging", "projectOwnersUIDS": [me["id"]]}, token)["result"]["projectUID"]
root = call(main, "GET", f"/v2/projects/{project}", {}, token)["root_asset_id"]
folder = call(main, "POST", f"/v2/assets/{root}/children", {"name": "Big folder", "type": "folder"}, token)["id"]

counter = iter(range(total))
lock = threading.Lock()
done = [0]

def load():
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    while True:
        with lock:
            number = next(counter, None)
        if number is None:
            return
        call(connection, "POST", f"/v2/assets/{folder}/children",
             {"name": f"Folder {number + 1:06d}", "type": "folder"}, token)
        with lock:
            done[0] += 1
            if done[0] % 10000 == 0:
                print(f"   {done[0]} folders", file=sys.stderr, flush=True)

started = time.time()
threads = [threading.Thread(target=load) for _ in range(loaders)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
elapsed = time.time() - started
print(f"   loaded {done[0]} folders in {elapsed:.0f} s ({done[0] / elapsed:.0f}/s)", file=sys.stderr)
if done[0] != total:
    raise SystemExit("not every folder was created")
print(token, folder)
PY
)
[ -n "${FOLDER:-}" ] || { echo "loading failed" >&2; exit 1; }

total=$(curl -fsS -o /dev/null -D - -H "Authorization: Bearer $TOKEN" \
  "$BASE/v2/assets/$FOLDER/children?page=1&page_size=1" | tr -d '\r' | awk -F': ' 'tolower($1) == "total" {print $2}')
echo "   the folder reports total: $total"

echo "== warming up (${WARMUP}s per URL)"
for url in "$BASE/q/health/live" "$BASE/v2/me" "$BASE/v2/assets/$FOLDER/children?page=1&page_size=100" \
  "$BASE/v2/assets/$FOLDER/children?page=900&page_size=100"; do
  bench_warm "$url" -H "Authorization: Bearer $TOKEN"
done

echo "== wrk: ${SECONDS_EACH}s each, $THREADS threads, $CONNECTIONS connections, loopback"
JSON=(-H "Accept: application/json")
AUTHORIZED=("${JSON[@]}" -H "Authorization: Bearer $TOKEN")
bench_wrk health "$BASE/q/health/live" "${JSON[@]}"
bench_wrk me "$BASE/v2/me" "${AUTHORIZED[@]}"
bench_wrk page1 "$BASE/v2/assets/$FOLDER/children?page=1&page_size=100" "${AUTHORIZED[@]}"
bench_wrk page900 "$BASE/v2/assets/$FOLDER/children?page=900&page_size=100" "${AUTHORIZED[@]}"

echo
printf '%-34s %10s %10s %10s %10s\n' endpoint "req/s" "avg ms" "p50 ms" "p99 ms"
for name in health me page1 page900; do
  case $name in
    health) label="GET /q/health/live (reference)" ;;
    me) label="GET /v2/me (trivial)" ;;
    page1) label="children page=1 page_size=100" ;;
    page900) label="children page=900 page_size=100" ;;
  esac
  printf '%-34s %10s %10s %10s %10s\n' "$label" "${RPS[$name]}" "${AVG[$name]}" "${P50[$name]}" "${P99[$name]}"
done
echo
awk -v p1="${RPS[page1]}" -v me="${RPS[me]}" -v l1="${AVG[page1]}" -v l900="${AVG[page900]}" 'BEGIN {
  throughput = p1 / me; latency = l900 / l1
  printf "children page 1 / trivial throughput: %.2f (target >= 0.5) %s\n", throughput, (throughput >= 0.5 ? "ok" : "MISSED")
  printf "page 900 / page 1 average latency:    %.2f (target <= 1.2) %s\n", latency, (latency <= 1.2 ? "ok" : "MISSED")
}'
echo "(database: $DB; raw wrk output in $RUN_DIR)"
