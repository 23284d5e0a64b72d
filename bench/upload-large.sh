#!/usr/bin/env bash
# Large upload benchmark: a 2 GiB file through POST /api/v1/asset/upload with the server held to -Xmx256m.
# Passes when the server survives (no OutOfMemoryError, the stored file has the right size and md5) and the
# upload's throughput is at least 0.6x that of dd writing the same number of bytes to the same disk
# (conv=fdatasync, as the server forces a stored original to disk before it answers).
#
#   bench/upload-large.sh
#
# Settings (environment): BENCH_SIZE_MIB (2048), BENCH_HEAP (256m), BENCH_SKIP_BUILD=1 to reuse target/,
# BENCH_JAVA_OPTS for extra server JVM options (e.g. -XX:StartFlightRecording=filename=/tmp/upload.jfr).
# Needs java 17, curl, python3. The file, server copy, log and data stay under bench/out/ (deleted after a
# passing run unless BENCH_KEEP=1, they are large).
set -euo pipefail

cd "$(dirname "$0")/.."
. bench/lib.sh
SIZE_MIB=${BENCH_SIZE_MIB:-2048}
HEAP=${BENCH_HEAP:-256m}

bench_require python3 curl
bench_run_dir upload-large
bench_build

echo "== making a ${SIZE_MIB} MiB file of random bytes"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom > "$RUN_DIR/big.bin"
EXPECTED_MD5=$(md5sum "$RUN_DIR/big.bin" | cut -d' ' -f1)

seconds() { python3 -c 'import time; print(time.time())'; }

echo "== baseline: dd writes ${SIZE_MIB} MiB to the same disk"
sync
start=$(seconds)
dd if="$RUN_DIR/big.bin" of="$RUN_DIR/dd.out" bs=1M conv=fdatasync status=none
end=$(seconds)
DD_SECONDS=$(python3 -c "print(f'{$end - $start:.2f}')")
rm -f "$RUN_DIR/dd.out"

echo "== server heap -Xmx$HEAP"
bench_start_server -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-}

json() { python3 -c "import json, sys; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -fsS -X POST "$BASE/api/v1/token/login" -H 'Content-Type: application/json' \
  -d "{\"username\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" | json "['result']['token']")
AUTH=(-H "Authorization: Bearer $TOKEN")
ME=$(curl -fsS "${AUTH[@]}" "$BASE/v2/me" | json "['id']")
curl -fsS -X POST "$BASE/api/v1/company" "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d '{"name": "Benchmark company"}' > /dev/null
PROJECT=$(curl -fsS -X POST "$BASE/api/v1/project" "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d "{\"projectName\": \"Large upload\", \"projectOwnersUIDS\": [\"$ME\"]}" | json "['result']['projectUID']")

echo "== warming up with a 16 MiB upload"
head -c $((16 * 1024 * 1024)) /dev/urandom > "$RUN_DIR/warm.bin"
curl -fsS "${AUTH[@]}" -F "ProjectUID=$PROJECT" -F "File=@$RUN_DIR/warm.bin" "$BASE/api/v1/asset/upload" > /dev/null
rm "$RUN_DIR/warm.bin"

echo "== uploading ${SIZE_MIB} MiB through /api/v1/asset/upload"
start=$(seconds)
ASSET=$(curl -fsS "${AUTH[@]}" -F "ProjectUID=$PROJECT" -F "File=@$RUN_DIR/big.bin" \
  "$BASE/api/v1/asset/upload" | json "['result']['assetUID']")
end=$(seconds)
UPLOAD_SECONDS=$(python3 -c "print(f'{$end - $start:.2f}')")
RSS_AFTER_UPLOAD=$(ps -o rss= -p $SERVER | awk '{printf "%.0f", $1 / 1024}')

echo "== waiting for processing (md5 of the stored bytes)"
for _ in $(seq 1 600); do
  STATUS=$(curl -fsS "${AUTH[@]}" "$BASE/api/v1/asset?AssetUID=$ASSET" | json "['result']['status']")
  [ "$STATUS" = Pending ] || [ "$STATUS" = Processing ] || break
  sleep 1
done
bench_server_alive
if grep -q OutOfMemoryError "$RUN_DIR/server.log"; then echo "OutOfMemoryError, see $RUN_DIR/server.log" >&2; exit 1; fi
STORED_MD5=$(md5sum "$RUN_DIR/data/blobs/assets/$ASSET/original" | cut -d' ' -f1)
DOWNLOADED=$(curl -fsS "${AUTH[@]}" "$BASE/api/v1/asset/download?AssetUID=$ASSET" | md5sum | cut -d' ' -f1)

echo
printf '%-44s %10s %12s\n' "" seconds "MiB/s"
printf '%-44s %10s %12s\n' "dd, ${SIZE_MIB} MiB, conv=fdatasync" "$DD_SECONDS" \
  "$(python3 -c "print(f'{$SIZE_MIB / $DD_SECONDS:.0f}')")"
printf '%-44s %10s %12s\n' "upload, ${SIZE_MIB} MiB, server -Xmx$HEAP" "$UPLOAD_SECONDS" \
  "$(python3 -c "print(f'{$SIZE_MIB / $UPLOAD_SECONDS:.0f}')")"
echo "server RSS after the upload: ${RSS_AFTER_UPLOAD} MiB; asset status: $STATUS"
echo "md5 of the file: $EXPECTED_MD5, stored: $STORED_MD5, downloaded: $DOWNLOADED"
python3 -c "
ratio = $DD_SECONDS / $UPLOAD_SECONDS
print(f'upload / dd throughput: {ratio:.2f} (target >= 0.6)', 'ok' if ratio >= 0.6 else 'MISSED')"
[ "$EXPECTED_MD5" = "$STORED_MD5" ] && [ "$EXPECTED_MD5" = "$DOWNLOADED" ] && [ "$STATUS" = Processed ] \
  || { echo "the stored file differs or did not process" >&2; exit 1; }
bench_stop_server
if [ "${BENCH_KEEP:-}" != 1 ]; then rm -rf "$RUN_DIR/big.bin" "$RUN_DIR/data/blobs" "$RUN_DIR/app"; fi
echo "(log in $RUN_DIR)"
