#!/usr/bin/env node
// Draws the two Teams app icons for Kvalitetsråd and writes them as PNG files next to this script:
//   color.png    192×192  the mark in white on a calm blue (#2F5D8C) rounded square
//   outline.png   32×32   the same mark in pure white (#FFFFFF) on a fully transparent background
// The mark: six people (dots) sitting round in a circle, the council, with a check mark in the middle.
//
// Plain Node, no dependencies: shapes are signed distance functions sampled per pixel (anti-aliased
// by coverage), the PNG is written by hand (signature, IHDR, IDAT deflated with node:zlib, IEND,
// CRC-32 over each chunk). After writing, each file is read back and checked: PNG signature, IHDR
// size and format, and for the outline icon that every pixel is white with only alpha varying.
//
// Run: node appPackage/make-icons.mjs

import { writeFileSync, readFileSync } from 'node:fs';
import { deflateSync, inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- geometry (signed distances, px)

const clamp01 = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Distance to a disc of radius r centred at (cx, cy); negative inside. */
function disc(px, py, cx, cy, r) {
  return Math.hypot(px - cx, py - cy) - r;
}

/** Distance to a stroke of half-width w along the segment a→b (round caps). */
function stroke(px, py, ax, ay, bx, by, w) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) - w;
}

/** Distance to an axis-aligned rounded rectangle centred at (cx, cy). */
function roundedRect(px, py, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(px - cx) - (halfW - r);
  const qy = Math.abs(py - cy) - (halfH - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

/**
 * The mark in units where the icon is `size` px wide, centred. `s` scales the design, which is
 * drawn on a 192 px grid; `minStroke` keeps strokes legible on the 32 px icon.
 */
function markDistance(px, py, size, s, minStroke) {
  const c = size / 2;
  const ringRadius = 50 * s;
  const personRadius = Math.max(11 * s, minStroke * 1.05);
  let d = Infinity;
  // Six people round the table, every 60° starting at three o'clock, so that the long leg of the
  // check mark points into the gap between two of them.
  for (let i = 0; i < 6; i++) {
    const a = (i * Math.PI) / 3;
    d = Math.min(d, disc(px, py, c + ringRadius * Math.cos(a), c + ringRadius * Math.sin(a), personRadius));
  }
  // The check mark: short leg down to the right, long leg up to the right.
  const w = Math.max(7 * s, minStroke);
  const p0 = [c - 23 * s, c + 2 * s];
  const p1 = [c - 7 * s, c + 18 * s];
  const p2 = [c + 25 * s, c - 15 * s];
  d = Math.min(d, stroke(px, py, p0[0], p0[1], p1[0], p1[1], w));
  d = Math.min(d, stroke(px, py, p1[0], p1[1], p2[0], p2[1], w));
  return d;
}

/** Coverage of a pixel whose centre is at signed distance d (1 inside, 0 outside, linear ramp). */
const coverage = (d) => clamp01(0.5 - d);

// ---------------------------------------------------------------- rasterise

const BLUE = [0x2f, 0x5d, 0x8c];

function drawColor(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const s = size / 192;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const bg = coverage(roundedRect(px, py, size / 2, size / 2, size / 2, size / 2, 28 * s));
      const fg = coverage(markDistance(px, py, size, s, 0));
      // White mark over blue; the mark lies well inside the square, so plain mixing is enough.
      const o = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(BLUE[k] * (1 - fg) + 255 * fg);
      rgba[o + 3] = Math.round(255 * bg);
    }
  }
  return rgba;
}

function drawOutline(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const s = (size / 192) * 1.38; // the mark fills more of the small icon than of the coloured one
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(markDistance(x + 0.5, y + 0.5, size, s, 1.25));
      const o = (y * size + x) * 4;
      rgba[o] = 255;
      rgba[o + 1] = 255;
      rgba[o + 2] = 255;
      rgba[o + 3] = Math.round(255 * a);
    }
  }
  return rgba;
}

// ---------------------------------------------------------------- PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(...buffers) {
  let c = 0xffffffff;
  for (const buf of buffers) {
    for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBytes = Buffer.from(type, 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeBytes, data));
  return Buffer.concat([length, typeBytes, data, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None for each scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- read back and check

/** Parses what this script writes (8-bit RGBA, filter 0, one or more IDAT chunks). */
function readPng(file) {
  const buf = readFileSync(file);
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file}: not a PNG`);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc !== crc32(buf.subarray(offset + 4, offset + 8), data)) throw new Error(`${file}: bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6) throw new Error(`${file}: expected 8-bit RGBA`);
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) throw new Error(`${file}: unexpected filter type`);
    raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgba };
}

function check(file, size, { whiteOnly }) {
  const { width, height, rgba } = readPng(file);
  if (width !== size || height !== size) throw new Error(`${file}: IHDR says ${width}×${height}, want ${size}×${size}`);
  let opaque = 0;
  let transparent = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (whiteOnly && (rgba[i] !== 255 || rgba[i + 1] !== 255 || rgba[i + 2] !== 255)) {
      throw new Error(`${file}: pixel ${i / 4} is not white`);
    }
    if (rgba[i + 3] === 255) opaque++;
    if (rgba[i + 3] === 0) transparent++;
  }
  if (opaque === 0) throw new Error(`${file}: nothing drawn`);
  if (whiteOnly && transparent === 0) throw new Error(`${file}: no transparent background`);
  return `${file.slice(here.length + 1)}: ${width}×${height} RGBA, ${opaque} opaque, ${transparent} transparent pixels`;
}

// ---------------------------------------------------------------- main

const colorFile = join(here, 'color.png');
const outlineFile = join(here, 'outline.png');
writeFileSync(colorFile, encodePng(192, 192, drawColor(192)));
writeFileSync(outlineFile, encodePng(32, 32, drawOutline(32)));
console.log(check(colorFile, 192, { whiteOnly: false }));
console.log(check(outlineFile, 32, { whiteOnly: true }));
