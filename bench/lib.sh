# Shared parts of the benchmark scripts: a run directory, the build, a server of our own on a free port, and wrk
# runs read into tables. Source it from a script that has cd'd to the project root and set -euo pipefail:
#
#   . bench/lib.sh
#   bench_run_dir review-page             # RUN_DIR=bench/out/review-page-<time>, absolute
#   bench_build [maven args]              # ./mvnw package unless BENCH_SKIP_BUILD=1, then a copy to $RUN_DIR/app
#   bench_start_server [java args]        # PORT, BASE, SERVER; killed when the script exits
#   bench_wrk NAME URL [-H header]...     # RPS[NAME], AVG[NAME], P50[NAME], P99[NAME] (ms)
#
# The server runs on H2 under $RUN_DIR/data with the administrator $ADMIN_EMAIL / $ADMIN_PASSWORD; extra settings
# come from the environment of the call (SETTING=value bench_start_server).

ADMIN_EMAIL=bench@proofline.local
ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM
SECONDS_EACH=${BENCH_SECONDS:-15}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
declare -A RPS AVG P50 P99

bench_require() {
  local tool
  for tool in "$@"; do
    command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install -y $tool)" >&2; exit 1; }
  done
}

bench_run_dir() {
  RUN_DIR=bench/out/$1-$(date +%Y%m%d-%H%M%S)
  mkdir -p "$RUN_DIR"
  RUN_DIR=$(cd "$RUN_DIR" && pwd)
}

bench_build() {
  if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    echo "== building"
    ./mvnw -B -q package -DskipTests "$@"
  fi
  # run a copy, so that building again while the benchmark runs cannot pull the jars from under the server
  cp -r target/quarkus-app "$RUN_DIR/app"
}

bench_start_server() {
  PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  BASE=http://127.0.0.1:$PORT
  echo "== starting the server on $BASE (data in $RUN_DIR)"
  PROOFLINE_DATA_DIR=$RUN_DIR/data PROOFLINE_ADMIN_EMAIL=$ADMIN_EMAIL PROOFLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    PROOFLINE_PUBLIC_URL=$BASE QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
    java "$@" -jar "$RUN_DIR/app/quarkus-run.jar" > "$RUN_DIR/server.log" 2>&1 &
  SERVER=$!
  trap bench_stop_server EXIT
  local _
  for _ in $(seq 1 120); do
    if curl -fsS "$BASE/q/health/live" > /dev/null 2>&1; then return 0; fi
    bench_server_alive
    sleep 1
  done
  echo "the server did not start in 2 minutes, see $RUN_DIR/server.log" >&2
  exit 1
}

bench_server_alive() {
  kill -0 "$SERVER" 2> /dev/null || { echo "server died, see $RUN_DIR/server.log" >&2; exit 1; }
}

bench_stop_server() {
  if [ -n "${SERVER:-}" ]; then
    kill "$SERVER" 2> /dev/null || true
    wait "$SERVER" 2> /dev/null || true
    SERVER=
  fi
}

# wrk prints latencies as 512.00us / 1.20ms / 2.01s; normalise to milliseconds.
bench_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else printf "%s", v }'
}

bench_warm() {
  local url=$1
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" > /dev/null
}

bench_wrk() {
  local name=$1 url=$2 out=$RUN_DIR/wrk-$1.txt
  shift 2
  # the rest are -H "Name: value" pairs, which curl takes as wrk does
  curl -fsS -o /dev/null "$@" "$url" || { echo "$url does not answer 2xx" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$@" "$url" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "$name: non-2xx answers, see $out" >&2; exit 1; fi
  RPS[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  AVG[$name]=$(bench_ms "$(awk '$1 == "Latency" {print $2; exit}' "$out")")
  P50[$name]=$(bench_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$name]=$(bench_ms "$(awk '$1 == "99%" {print $2}' "$out")")
}
