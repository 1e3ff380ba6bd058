#!/usr/bin/env node
/**
 * Draws the add-in's icons (16, 32, 64, 80 px) as PNGs with nothing but Node's zlib: a carmine
 * rounded square (the red of the Latvian flag) with a white tick, anti-aliased by 4×4 supersampling.
 * Run `node assets/generate-icons.js` after changing the drawing; the PNGs are committed.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const CARMINE = [158, 48, 57];
const WHITE = [255, 255, 255];

/** Coverage of the shapes at a point (x, y in 0..1): background square and tick. */
function paint(x, y) {
  const r = 0.18;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  const onSegment = (ax, ay, bx, by, w) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
  };
  const tick = onSegment(0.24, 0.52, 0.43, 0.71, 0.075) || onSegment(0.43, 0.71, 0.77, 0.3, 0.075);
  return tick ? WHITE : CARMINE;
}

function pixels(size) {
  const n = 4;
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    data[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = paint((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (c) (r += c[0]), (g += c[1]), (b += c[2]), a++;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      data[o] = a ? Math.round(r / a) : 0;
      data[o + 1] = a ? Math.round(g / a) : 0;
      data[o + 2] = a ? Math.round(b / a) : 0;
      data[o + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
