#!/usr/bin/env bash
# Rendition speed: Proofline's thumbnail of a 40-megapixel JPEG and its 150-dpi render of a
# PDF page, against vipsthumbnail and pdftoppm -r 150 on the same files in the same run.
# Targets: thumbnail <= 2x vipsthumbnail, PDF page <= 1.5x pdftoppm.
#
# Proofline's side runs io.proofline.media.rendition.RenderBenchmark: a main in the server's
# own classes that calls Renditions.render, the exact code the processing job runs after
# sniffing (decode with subsampling, preview, thumbnail, JPEG encoding; only the blob-store
# writes are left out). It runs in one JVM with -Xmx128m (proof that a 40-MP JPEG renders
# in bounded memory), warms up, and reports the median of warm runs. The tools are timed as
# the median wall time of whole runs (process start included: that is their real cost).
#
# Needs: apt-get install -y libvips-tools poppler-utils python3
# Usage: bench/media-render.sh [runs]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-7}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

for tool in vips vipsthumbnail pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y libvips-tools poppler-utils)"; exit 1; }
done

echo "== building classes and classpath"
./mvnw -q -DskipTests compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP="target/classes:$(cat "$WORK/classpath.txt")"

echo "== making a 40-megapixel JPEG (7728 x 5152) and a one-page A4 PDF"
( cd "$WORK"
  vips perlin r.v 7728 5152 --cell-size 300
  vips perlin g.v 7728 5152 --cell-size 97
  vips worley b.v 7728 5152 --cell-size 180
  vips bandjoin "r.v g.v b.v" rgb.v
  vips linear rgb.v smooth.v "120 120 0.5" "128 128 0"
  vips gaussnoise noise.v 7728 5152 --sigma 6
  vips add smooth.v noise.v photo.v
  vips cast photo.v photo-uchar.v uchar
  vips copy photo-uchar.v photo40mp.jpg[Q=90]
  vipsthumbnail photo40mp.jpg -s 1600 -o photo1600.jpg
  rm -f ./*.v )
python3 bench/make-pdf.py "$WORK/page.pdf" "$WORK/photo1600.jpg"
ls -l "$WORK/photo40mp.jpg" "$WORK/page.pdf" | awk '{print "   " $5 " bytes  " $9}'

# median wall time in ms of RUNS runs of a command
median_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

proofline_ms() {
  java -Xmx128m -cp "$CP" io.proofline.media.rendition.RenderBenchmark "$1" "$2" "$RUNS" 2>/dev/null
}

echo "== thumbnail of the 40-MP JPEG"
VIPS=$(median_ms vipsthumbnail "$WORK/photo40mp.jpg" -s 512 -o "$WORK/vips-thumb.jpg")
OURS_JPEG=$(proofline_ms "$WORK/photo40mp.jpg" image/jpeg)
echo "   vipsthumbnail -s 512:            ${VIPS} ms"
echo "   Proofline (preview + thumbnail): ${OURS_JPEG} ms"

echo "== 150-dpi render of the PDF page"
POPPLER=$(median_ms pdftoppm -r 150 -jpeg -singlefile "$WORK/page.pdf" "$WORK/poppler")
OURS_PDF=$(proofline_ms "$WORK/page.pdf" application/pdf)
echo "   pdftoppm -r 150 -jpeg:           ${POPPLER} ms"
echo "   Proofline (page + thumbnail):    ${OURS_PDF} ms"

echo "== ratios (Proofline / tool)"
awk -v a="$OURS_JPEG" -v b="$VIPS" 'BEGIN { r = a / b; printf "   thumbnail: %.2fx (target <= 2.0x) %s\n", r, (r <= 2.0 ? "PASS" : "FAIL") }'
awk -v a="$OURS_PDF" -v b="$POPPLER" 'BEGIN { r = a / b; printf "   PDF page:  %.2fx (target <= 1.5x) %s\n", r, (r <= 1.5 ? "PASS" : "FAIL") }'
