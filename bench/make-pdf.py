#!/usr/bin/env python3
"""Writes a one-page A4 packaging-like PDF for bench/media-render.sh: vector shapes, text in a
standard font and an embedded JPEG photo (DCTDecode), with a correct xref table."""
import math
import struct
import sys

out_path, jpeg_path = sys.argv[1], sys.argv[2]
jpeg = open(jpeg_path, "rb").read()


def jpeg_size(data):
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise ValueError("no SOF marker")


width, height = jpeg_size(jpeg)
ops = ["q 0.95 0.92 0.85 rg 0 0 595 842 re f Q"]
for k in range(1500):  # curves and fills, like die lines and artwork
    a = k * 0.37
    x, y = 297 + 250 * math.cos(a) * (k % 97) / 97, 421 + 380 * math.sin(a * 1.3) * (k % 89) / 89
    ops.append(f"{(k % 7) / 7:.2f} {(k % 11) / 11:.2f} {(k % 13) / 13:.2f} rg "
               f"{x:.1f} {y:.1f} m {x + 30:.1f} {y + 40:.1f} {x + 60:.1f} {y - 20:.1f} {x + 15:.1f} {y - 35:.1f} c f")
ops.append("q 300 0 0 200 150 560 cm /Photo Do Q")
ops.append("BT /F1 9 Tf 40 60 Td 11 TL")
for line in range(30):
    ops.append(f"(Ingredients: water, sugar, cocoa butter, milk powder, line {line} - keep dry and cool.) '")
ops.append("ET BT /F1 36 Tf 60 780 Td (Proofline Chocolate 200 g) Tj ET")
content = "\n".join(ops).encode("latin-1")

objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> /XObject << /Photo 6 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB"
    b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg))
    + jpeg + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(out_path, "wb").write(pdf)
