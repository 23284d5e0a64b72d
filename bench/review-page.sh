#!/usr/bin/env bash
# Review page benchmark: how fast the server renders the review pages of a link with 50 assets
# (wrk, against /q/health/live as the baseline in the same run), and how Lighthouse rates them in
# Chromium (targets: performance >= 95, accessibility >= 95).
#
#   bench/review-page.sh
#
# Settings (environment): BENCH_SECONDS (15), BENCH_WARMUP (5 s per URL, unmeasured), BENCH_CONNECTIONS (16),
# BENCH_THREADS (2), BENCH_ASSETS (50), BENCH_SKIP_BUILD=1 to reuse target/, BENCH_SKIP_LIGHTHOUSE=1,
# BENCH_LIGHTHOUSE_RUNS (5: Lighthouse's scores vary from run to run, so each page is judged on the median, as
# Lighthouse's own documentation on variability advises).
# Needs java 17, python3, wrk (apt-get install -y wrk), Chromium (apt-get install -y chromium) and npm
# (Lighthouse 13.5.0 is installed under bench/out/node on the first run; it is not part of the build).
# Prints a table and exits; the server's copy, log, data, raw wrk output and Lighthouse reports stay
# under bench/out/.
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
ASSETS=${BENCH_ASSETS:-50}
LIGHTHOUSE_VERSION=13.5.0
LIGHTHOUSE_RUNS=${BENCH_LIGHTHOUSE_RUNS:-5}
CHROME=${CHROME_PATH:-/usr/bin/chromium}

bench_require wrk python3 curl
bench_run_dir review-page
bench_build
bench_start_server

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

echo "== warming up (${WARMUP}s per URL)"
for url in "$BASE/q/health/live" "$GRID" "$VIEWER"; do
  bench_warm "$url" -H "Cookie: $COOKIE"
done

echo "== wrk: ${SECONDS_EACH}s each, $THREADS threads, $CONNECTIONS connections, loopback"
bench_wrk health "$BASE/q/health/live"
bench_wrk grid "$GRID" -H "Cookie: $COOKIE"
bench_wrk viewer "$VIEWER" -H "Cookie: $COOKIE"

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
echo "== lighthouse (Chromium $CHROME), $LIGHTHOUSE_RUNS runs per page"
FAILED=0
for name in grid viewer; do
  url=$GRID
  [ $name = viewer ] && url=$VIEWER
  for run in $(seq 1 "$LIGHTHOUSE_RUNS"); do
    CHROME_PATH=$CHROME "$NODE_DIR/node_modules/.bin/lighthouse" "$url" --quiet --output=json \
      --output-path="$RUN_DIR/lighthouse-$name-$run.json" --only-categories=performance,accessibility \
      --extra-headers="{\"Cookie\": \"$COOKIE\"}" --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" \
      || { echo "lighthouse failed on $name" >&2; FAILED=1; }
  done
  python3 - "$name" "$RUN_DIR"/lighthouse-$name-*.json <<'PY' || FAILED=1
import json, statistics, sys
name, files = sys.argv[1], sys.argv[2:]
metrics = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint", "TBT": "total-blocking-time",
           "SI": "speed-index", "CLS": "cumulative-layout-shift"}
scores = {"performance": [], "accessibility": []}
for path in files:
    report = json.load(open(path))
    run = {key: round(report["categories"][key]["score"] * 100) for key in scores}
    for key in scores:
        scores[key].append(run[key])
    shown = ", ".join(f"{label} {report['audits'][metric]['displayValue']}".replace("\xa0", " ")
                      for label, metric in metrics.items())
    print(f"   {name} run: performance {run['performance']:3}, accessibility {run['accessibility']:3} ({shown})")
median = {key: statistics.median(values) for key, values in scores.items()}
ok = all(value >= 95 for value in median.values())
print(f"{name:8} median of {len(files)}: performance {median['performance']:5.1f} (min {min(scores['performance'])}),"
      f" accessibility {median['accessibility']:5.1f}  (targets >= 95) {'ok' if ok else 'MISSED'}")
if not ok:
    report = json.load(open(files[-1]))
    for audit in report["audits"].values():
        if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") == "binary":
            print(f"   failing: {audit['id']}: {audit['title']}")
    sys.exit(1)
PY
done
echo "(raw wrk output and Lighthouse reports in $RUN_DIR)"
exit $FAILED
