#!/usr/bin/env bash
# Review page benchmark: how fast the server renders the review pages of a link with 50 assets
# (wrk, against /q/health/live as the baseline in the same run), and how Lighthouse rates them in
# Chromium (targets: performance >= 95, accessibility >= 95).
#
#   bench/review-page.sh
#
# Settings (environment): BENCH_SECONDS (15), BENCH_WARMUP (5 s per URL, unmeasured), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2), BENCH_ASSETS (50), BENCH_SKIP_BUILD=1 to reuse target/, BENCH_SKIP_LIGHTHOUSE=1.
# Needs java 17, python3, wrk (apt-get install -y wrk), Chromium (apt-get install -y chromium) and npm
# (Lighthouse 13.5.0 is installed under bench/out/node on the first run; it is not part of the build).
# Prints a table and exits; the server's copy, log, data, raw wrk output and Lighthouse reports stay
# under bench/out/.
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_EACH=${BENCH_SECONDS:-15}
WARMUP=${BENCH_WARMUP:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
ASSETS=${BENCH_ASSETS:-50}
LIGHTHOUSE_VERSION=13.5.0
CHROME=${CHROME_PATH:-/usr/bin/chromium}
ADMIN_EMAIL=bench@proofline.local
ADMIN_PASSWORD=bench-password-$RANDOM$RANDOM

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v python3 > /dev/null || { echo "python3 is missing" >&2; exit 1; }

RUN_DIR=bench/out/review-page-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RUN_DIR"
RUN_DIR=$(cd "$RUN_DIR" && pwd)

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  echo "== building"
  ./mvnw -B -q package -DskipTests
fi
cp -r target/quarkus-app "$RUN_DIR/app"

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
echo "== starting the server on $BASE (data in $RUN_DIR)"
PROOFLINE_DATA_DIR=$RUN_DIR/data PROOFLINE_ADMIN_EMAIL=$ADMIN_EMAIL PROOFLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  PROOFLINE_PUBLIC_URL=$BASE QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java -jar "$RUN_DIR/app/quarkus-run.jar" > "$RUN_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2> /dev/null || true; wait $SERVER 2> /dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "$BASE/q/health/live" > /dev/null 2>&1; then break; fi
  kill -0 $SERVER 2> /dev/null || { echo "server died, see $RUN_DIR/server.log" >&2; exit 1; }
  sleep 1
done

echo "== uploading $ASSETS images and sharing them in a review link"
# The loader prints "<token> <first asset id> <session cookie>" on its last line.
read -r TOKEN ASSET COOKIE < <(python3 - "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" "$ASSETS" <<'PY' | tail -n 1
import http.client, json, re, struct, sys, time, urllib.parse, uuid, zlib

base, email, password, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
host = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(host.hostname, host.port, timeout=120)

def call(method, path, body=None, token=None, headers=None, raw=None):
    sent = dict(headers or {})
    if token:
        sent["Authorization"] = "Bearer " + token
    if raw is None and body is not None:
        sent["Content-Type"] = "application/json"
        raw = json.dumps(body)
    connection.request(method, path, raw, sent)
    response = connection.getresponse()
    data = response.read()
    if response.status >= 400:
        raise RuntimeError(f"{method} {path} -> {response.status}: {data[:300]!r}")
    return response, data

def png(width, height, seed):
    """A gradient, different for every seed, as an RGB PNG."""
    line = bytearray(width * 3)
    line[0::3] = bytes((x * 255 // width + seed * 37) % 256 for x in range(width))
    line[2::3] = bytes([(seed * 91) % 256]) * width
    raw = bytearray()
    for y in range(height):
        line[1::3] = bytes([y * 255 // height]) * width
        raw += b"\0" + line
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + chunk(b"IEND", b""))

token = json.loads(call("POST", "/api/v1/token/login", {"username": email, "password": password})[1])["result"]["token"]
me = json.loads(call("GET", "/v2/me", token=token)[1])
call("POST", "/api/v1/company", {"name": "Benchmark company"}, token)
project = json.loads(call("POST", "/api/v1/project", {"projectName": "Review page",
                                                       "projectOwnersUIDS": [me["id"]]}, token)[1])["result"]["projectUID"]
assets = []
for number in range(1, count + 1):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"ProjectUID\"\r\n\r\n{project}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"File\"; filename=\"Artwork {number:02d}.png\"\r\n"
            f"Content-Type: image/png\r\n\r\n").encode() + png(1200, 800, number) + f"\r\n--{boundary}--\r\n".encode()
    response, data = call("POST", "/api/v1/asset/upload", token=token, raw=body,
                          headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assets.append(json.loads(data)["result"]["assetUID"])
link = json.loads(call("POST", f"/v2/projects/{project}/review_links", {"name": "Benchmark review"}, token)[1])
call("POST", f"/v2/review_links/{link['id']}/assets", {"asset_ids": assets}, token)
path = urllib.parse.urlparse(link["short_url"]).path
response, _ = call("GET", path)
cookie = response.getheader("Set-Cookie").split(";")[0]
deadline = time.time() + 300
while time.time() < deadline:
    pages = [call("GET", f"{path}?page={page}", headers={"Cookie": cookie})[1].decode() for page in (1, 2)]
    if not any("No preview yet" in page for page in pages):
        break
    time.sleep(1)
else:
    raise SystemExit("renditions were not ready after 5 minutes")
viewer = f"{path}/assets/{assets[0]}"
page = call("GET", viewer, headers={"Cookie": cookie})[1].decode()
csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"csrf": csrf, "name": "Bench Reviewer", "email": "bench@example.com", "back": viewer})
response, _ = call("POST", f"{path}/reviewer", headers={"Cookie": cookie,
                                                         "Content-Type": "application/x-www-form-urlencoded"}, raw=form)
cookie = response.getheader("Set-Cookie").split(";")[0]
print(path.rsplit("/", 1)[1], assets[0], cookie)
PY
)
[ -n "${COOKIE:-}" ] || { echo "loading failed" >&2; exit 1; }
GRID=$BASE/r/$TOKEN
VIEWER=$BASE/r/$TOKEN/assets/$ASSET

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
  local name=$1 url=$2 out=$RUN_DIR/wrk-$1.txt
  curl -fsS -o /dev/null -H "Cookie: $COOKIE" "$url" || { echo "$url does not answer 2xx" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $COOKIE" "$url" > "$out"
  if grep -q "Non-2xx" "$out"; then echo "$name: non-2xx answers, see $out" >&2; exit 1; fi
  RPS[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  AVG[$name]=$(to_ms "$(awk '$1 == "Latency" {print $2; exit}' "$out")")
  P50[$name]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
}

echo "== warming up (${WARMUP}s per URL)"
for url in "$BASE/q/health/live" "$GRID" "$VIEWER"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: $COOKIE" "$url" > /dev/null
done

echo "== wrk: ${SECONDS_EACH}s each, $THREADS threads, $CONNECTIONS connections, loopback"
run health "$BASE/q/health/live"
run grid "$GRID"
run viewer "$VIEWER"

echo
printf '%-40s %10s %10s %10s %10s\n' page "req/s" "avg ms" "p50 ms" "p99 ms"
for name in health grid viewer; do
  case $name in
    health) label="GET /q/health/live (baseline)" ;;
    grid) label="grid, 48 of $ASSETS assets" ;;
    viewer) label="viewer of one image" ;;
  esac
  printf '%-40s %10s %10s %10s %10s\n' "$label" "${RPS[$name]}" "${AVG[$name]}" "${P50[$name]}" "${P99[$name]}"
done
awk -v h="${RPS[health]}" -v g="${RPS[grid]}" -v v="${RPS[viewer]}" 'BEGIN {
  printf "grid / baseline throughput: %.2f; viewer / baseline throughput: %.2f\n", g / h, v / h }'

if [ "${BENCH_SKIP_LIGHTHOUSE:-}" = 1 ]; then
  exit 0
fi
NODE_DIR=bench/out/node
if [ ! -x "$NODE_DIR/node_modules/.bin/lighthouse" ]; then
  echo "== installing lighthouse@$LIGHTHOUSE_VERSION into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" > /dev/null
fi
echo "== lighthouse (Chromium $CHROME)"
FAILED=0
for name in grid viewer; do
  url=$GRID
  [ $name = viewer ] && url=$VIEWER
  CHROME_PATH=$CHROME "$NODE_DIR/node_modules/.bin/lighthouse" "$url" --quiet --output=json \
    --output-path="$RUN_DIR/lighthouse-$name.json" --only-categories=performance,accessibility \
    --extra-headers="{\"Cookie\": \"$COOKIE\"}" --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" \
    || { echo "lighthouse failed on $name" >&2; FAILED=1; continue; }
  python3 - "$RUN_DIR/lighthouse-$name.json" "$name" <<'PY' || FAILED=1
import json, sys
report = json.load(open(sys.argv[1]))
scores = {key: round(report["categories"][key]["score"] * 100) for key in ("performance", "accessibility")}
ok = all(score >= 95 for score in scores.values())
print(f"{sys.argv[2]:8} performance {scores['performance']:3} accessibility {scores['accessibility']:3}"
      f"  (targets >= 95) {'ok' if ok else 'MISSED'}")
if not ok:
    for audit in report["audits"].values():
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") == "binary":
            print(f"   failing: {audit['id']}: {audit['title']}")
    sys.exit(1)
PY
done
echo "(raw wrk output and Lighthouse reports in $RUN_DIR)"
exit $FAILED
