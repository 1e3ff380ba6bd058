#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNGs with nothing but Node's zlib, each a carmine rounded square (the
 * red of the Latvian flag) with a white sign, anti-aliased by 4×4 supersampling:
 *   icon-*      the add-in (tick)                 16, 32, 64, 80 (IconUrl, HighResolutionIconUrl, group)
 *   pane-*      Atvērt paneli (a window and pane)  16, 32, 80
 *   demo-*      Demonstrācijas veidne (a table)    16, 32, 80
 *   validate-*  Pārbaudīt (a magnifying glass)     16, 32, 80
 *   results-*   Rezultāti (three bars)             16, 32, 80
 *   selfcheck-* Pašpārbaude (a tick in a ring)     16, 32, 80
 * Run `node scripts/icons.js` after changing a drawing; the PNGs in assets/ are committed, and
 * test/manifest.test.ts checks the manifest names each at its size and that no two buttons share one.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CARMINE = [158, 48, 57];
const WHITE = [255, 255, 255];

const segment = (x, y, ax, ay, bx, by, w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
};
const box = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
/** The outline of a rectangle, `w` thick. */
const frame = (x, y, x0, y0, x1, y1, w) => box(x, y, x0, y0, x1, y1) && !box(x, y, x0 + w, y0 + w, x1 - w, y1 - w);

/** The white sign of each icon, on coordinates 0..1. */
const SIGNS = {
  icon: (x, y) => segment(x, y, 0.24, 0.52, 0.43, 0.71, 0.075) || segment(x, y, 0.43, 0.71, 0.77, 0.3, 0.075),
  pane: (x, y) => frame(x, y, 0.2, 0.24, 0.8, 0.76, 0.07) || box(x, y, 0.56, 0.24, 0.8, 0.76),
  demo: (x, y) =>
    frame(x, y, 0.2, 0.22, 0.8, 0.78, 0.07) || box(x, y, 0.2, 0.22, 0.8, 0.38) || box(x, y, 0.44, 0.22, 0.5, 0.78) || box(x, y, 0.2, 0.55, 0.8, 0.6),
  validate: (x, y) => {
    const r = Math.hypot(x - 0.44, y - 0.44);
    return (r <= 0.22 && r >= 0.14) || segment(x, y, 0.6, 0.6, 0.78, 0.78, 0.07);
  },
  results: (x, y) => box(x, y, 0.2, 0.56, 0.34, 0.78) || box(x, y, 0.43, 0.4, 0.57, 0.78) || box(x, y, 0.66, 0.22, 0.8, 0.78),
  selfcheck: (x, y) => {
    const r = Math.hypot(x - 0.5, y - 0.5);
    return (r <= 0.32 && r >= 0.25) || segment(x, y, 0.37, 0.51, 0.46, 0.6, 0.05) || segment(x, y, 0.46, 0.6, 0.64, 0.41, 0.05);
  },
};
const SIZES = { icon: [16, 32, 64, 80], pane: [16, 32, 80], demo: [16, 32, 80], validate: [16, 32, 80], results: [16, 32, 80], selfcheck: [16, 32, 80] };

/** Colour at a point (x, y in 0..1): nothing outside the rounded square, else the sign or the ground. */
function paint(sign, x, y) {
  const r = 0.18;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  return sign(x, y) ? WHITE : CARMINE;
}

function pixels(sign, size) {
  const n = 4;
  const data = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    data[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = paint(sign, (x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
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

function png(sign, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(sign, size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  const written = [];
  for (const [name, sizes] of Object.entries(SIZES))
    for (const size of sizes) {
      fs.writeFileSync(path.join(dir, `${name}-${size}.png`), png(SIGNS[name], size));
      written.push(`${name}-${size}.png`);
    }
  console.log(`wrote assets/${written.join(", ")}`);
}

module.exports = { SIZES, png };
