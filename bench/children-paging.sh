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
FOLDERS=${BENCH_FOLDERS:-100000}
SECONDS_EACH=${BENCH_SECONDS:-15}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
LOADERS=${BENCH_LOADERS:-8}
DB=${BENCH_DB:-h2}
ADMIN_EMAIL=bench@proofline.local
ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v python3 > /dev/null || { echo "python3 is missing" >&2; exit 1; }

RUN_DIR=bench/out/children-paging-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN_DIR"
RUN_DIR=$(cd "$RUN_DIR" && pwd)

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

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  echo "== building (${DB})"
  ./mvnw -B -q package -DskipTests "${BUILD_PROFILE[@]}"
fi

# run a copy, so that building again while the benchmark runs cannot pull the jars from under the server
cp -r target/quarkus-app "$RUN_DIR/app"

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
echo "== starting the server on $BASE (data in $RUN_DIR)"
PROOFLINE_DATA_DIR=$RUN_DIR/data PROOFLINE_ADMIN_EMAIL=$ADMIN_EMAIL PROOFLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  PROOFLINE_RATE_LIMITS=off QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java "${JAVA_OPTS[@]}" -jar "$RUN_DIR/app/quarkus-run.jar" > "$RUN_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true; wait $SERVER 2> /dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "$BASE/q/health/live" > /dev/null 2>&1; then break; fi
  kill -0 $SERVER 2> /dev/null || { echo "server died, see $RUN_DIR/server.log" >&2; exit 1; }
  sleep 1
done

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

# wrk prints latencies as 512.00us / 1.20ms / 2.01s; normalise to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

declare -A RPS AVG P50 P99
run() {
  local name=$1 url=$2 auth=${3:-yes} out=$RUN_DIR/wrk-$1.txt
  local headers=(-H "Accept: application/json")
  [ "$auth" = yes ] && headers+=(-H "Authorization: Bearer $TOKEN")
  curl -fsS -o /dev/null "${headers[@]}" "$url" || { echo "$url does not answer 2xx" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "${headers[@]}" "$url" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "$name: non-2xx answers, see $out" >&2; exit 1; fi
  RPS[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  AVG[$name]=$(to_ms "$(awk '$1 == "Latency" {print $2; exit}' "$out")")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
}

echo "== warming up (${WARMUP}s per URL)"
for url in "$BASE/q/health/live" "$BASE/v2/me" "$BASE/v2/assets/$FOLDER/children?page=1&page_size=100" \
  "$BASE/v2/assets/$FOLDER/children?page=900&page_size=100"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "$url" > /dev/null
done

echo "== wrk: ${SECONDS_EACH}s each, $THREADS threads, $CONNECTIONS connections, loopback"
run health "$BASE/q/health/live" no
run me "$BASE/v2/me"
run page1 "$BASE/v2/assets/$FOLDER/children?page=1&page_size=100"
run page900 "$BASE/v2/assets/$FOLDER/children?page=900&page_size=100"

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
