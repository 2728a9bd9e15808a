/**
 * Draws the add-in's ribbon icons (assets/icon-16/32/64/80/128.png): a rounded teal square with a white balance
 * scale. Run with `npx tsx src/office/make-icons.ts`. A tiny PNG encoder on node's zlib, so no image tool is needed;
 * shapes are sampled 4×4 per pixel for smooth edges.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

type Rgba = [number, number, number, number];

const BG: Rgba = [0x0f, 0x6c, 0x7d, 255];
const FG: Rgba = [255, 255, 255, 255];

/** Is the point (x, y) in 0..1 coordinates inside the rounded square? */
function inSquare(x: number, y: number): boolean {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A pan: the lower half of a circle hanging under the beam end. */
function inPan(x: number, y: number, cx: number): boolean {
  const cy = 0.5;
  const r = 0.15;
  return y >= cy && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A string from the beam end down to the pan rim (a thin V). */
function inStrings(x: number, y: number, cx: number, w: number): boolean {
  if (y < 0.27 || y > 0.5) return false;
  const t = (y - 0.27) / (0.5 - 0.27);
  const half = 0.13 * t;
  return Math.abs(x - (cx - half)) <= w || Math.abs(x - (cx + half)) <= w;
}

function inScale(x: number, y: number, size: number): boolean {
  // Lines get relatively thicker on small icons so they stay visible.
  const w = size <= 16 ? 0.06 : size <= 32 ? 0.045 : 0.035;
  const post = inRect(x, y, 0.5 - w, 0.2, 0.5 + w, 0.8);
  const beam = inRect(x, y, 0.2, 0.27 - w, 0.8, 0.27 + w);
  const cap = (x - 0.5) ** 2 + (y - 0.2) ** 2 <= (w * 1.8) ** 2;
  const base = inRect(x, y, 0.32, 0.78, 0.68, 0.78 + 2 * w);
  const pans = inPan(x, y, 0.27) || inPan(x, y, 0.73);
  const strings = size >= 32 && (inStrings(x, y, 0.27, w / 2) || inStrings(x, y, 0.73, w / 2));
  return post || beam || cap || base || pans || strings;
}

export function drawIcon(size: number): Buffer {
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (pxi + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inSquare(x, y)) continue;
          if (inScale(x, y, size)) fg++;
          else bg++;
        }
      }
      const n = ss * ss;
      const cover = (bg + fg) / n;
      const o = (py * size + pxi) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = bg + fg === 0 ? 0 : Math.round((BG[c] * bg + FG[c] * fg) / (bg + fg));
      px[o + 3] = Math.round(255 * cover);
    }
  }
  return encodePng(size, size, px);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA8 pixels → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  const dir = resolve(__dirname, '..', '..', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = resolve(dir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
