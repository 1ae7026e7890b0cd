/**
 * Draws the tray icons in this folder: a notebook (accent blue, white lines), and the same with a red dot
 * while top-priority concerns wait, at 16 and 32 px; plus monochrome templates for the macOS menu bar (black
 * and transparent only; macOS tints them), where the dot's shape alone marks the alert. Run it again after a
 * change: `node resources/tray/draw-tray-icons.mjs`. Shapes are sampled 4x4 per pixel, so edges are smooth.
 */
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [29, 79, 145];
const ALERT = [196, 30, 30];
const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
const SAMPLES = 4;

const insideRoundedRect = (x, y, [left, top, right, bottom], radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const insideCircle = (x, y, [cx, cy], radius) => (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;

// On whole pixels of the 16 px icon (sixteenths), so its edges and 1 px lines stay sharp.
const BOOK = [3 / 16, 1 / 16, 13 / 16, 15 / 16];
const LINES = [5.5, 8.5, 11.5].map((y) => [5 / 16, (y - 0.5) / 16, 11 / 16, (y + 0.5) / 16]);
const DOT = [0.76, 0.24];

/** The colour at a point of the unit square, or undefined for transparent. */
function colourAt(x, y, { hasDot, isTemplate }) {
  if (hasDot && insideCircle(x, y, DOT, 0.21)) return isTemplate ? BLACK : ALERT;
  // A clear ring around the dot keeps it apart from the book at 16 px.
  if (hasDot && insideCircle(x, y, DOT, 0.3)) return undefined;
  if (!insideRoundedRect(x, y, BOOK, 0.1)) return undefined;
  const isLine = LINES.some((line) => insideRoundedRect(x, y, line, 0));
  if (isTemplate) return isLine ? undefined : BLACK;
  return isLine ? WHITE : ACCENT;
}

function draw(size, style) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, style);
          if (colour === undefined) continue;
          covered += 1;
          for (let i = 0; i < 3; i += 1) sum[i] += colour[i];
        }
      }
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i += 1) pixels[offset + i] = covered === 0 ? 0 : Math.round(sum[i] / covered);
      pixels[offset + 3] = Math.round((covered / SAMPLES ** 2) * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) of square RGBA pixels. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y += 1) rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const VARIANTS = {
  tray: { hasDot: false, isTemplate: false },
  'tray-alert': { hasDot: true, isTemplate: false },
  trayTemplate: { hasDot: false, isTemplate: true },
  trayAlertTemplate: { hasDot: true, isTemplate: true },
};

for (const [name, style] of Object.entries(VARIANTS)) {
  for (const [size, suffix] of [[16, ''], [32, '@2x']]) {
    writeFileSync(join(import.meta.dirname, `${name}${suffix}.png`), png(size, draw(size, style)));
  }
}
