"""A small PNG reader for screenshot checks (8-bit RGB/RGBA, not interlaced),
so the browser tests need no imaging library."""

from __future__ import annotations

import struct
import zlib


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def png_gray_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode a PNG to ``(width, height, rows)`` of 8-bit gray values."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, color type {color}, interlace {interlace})")
    channels = 3 if color == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            up_left = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                line[x] = (line[x] + _paeth(left, up, up_left)) & 0xFF
        rows.append(bytes((line[i] + line[i + 1] + line[i + 2]) // 3 for i in range(0, stride, channels)))
        previous = line
    return width, height, rows


def gray_stats(data: bytes) -> tuple[float, float, float]:
    """``(mean, variance, share of pixels differing from the most common one)`` of a PNG."""
    _, _, rows = png_gray_rows(data)
    counts = [0] * 256
    for row in rows:
        for value in row:
            counts[value] += 1
    total = sum(counts)
    mean = sum(value * n for value, n in enumerate(counts)) / total
    variance = sum(n * (value - mean) ** 2 for value, n in enumerate(counts)) / total
    return mean, variance, 1 - max(counts) / total
