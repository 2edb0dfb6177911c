/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80) with no tools but Node: a green rounded square
 * (Excel's green) holding a white check mark, anti-aliased by 4×4 supersampling, written as
 * RGBA PNGs through node:zlib. Run: `node bin/run-ts.js scripts/makeIcons.ts` (the PNGs are committed).
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 64, 80];
const GREEN: Rgba = [16, 124, 65, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const SAMPLES = 4;

/** Shapes in unit coordinates (0..1 across the icon). */
const CHECK: Array<[number, number]> = [[0.26, 0.52], [0.43, 0.69], [0.76, 0.31]];
const CHECK_WIDTH = 0.13;

function distanceToSegment(px: number, py: number, a: [number, number], b: [number, number]): number {
  const [ax, ay] = a;
  const [dx, dy] = [b[0] - ax, b[1] - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, margin: number, radius: number): boolean {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function insideCheck(x: number, y: number): boolean {
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) <= CHECK_WIDTH / 2 || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= CHECK_WIDTH / 2;
}

/** The colour of one sample point, or null where the icon is transparent. */
function sampleColor(x: number, y: number): Rgba | null {
  if (!insideRoundedSquare(x, y, 0.04, 0.18)) return null;
  return insideCheck(x, y) ? WHITE : GREEN;
}

function renderPixel(size: number, px: number, py: number): Rgba {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const color = sampleColor((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
      if (!color) continue;
      for (let c = 0; c < 3; c++) sum[c] += color[c];
      sum[3] += color[3];
    }
  }
  const covered = sum[3] / 255;
  if (covered === 0) return [0, 0, 0, 0];
  // Colour averaged over covered samples only, so edges fade in alpha without darkening.
  return [sum[0] / covered, sum[1] / covered, sum[2] / covered, sum[3] / (SAMPLES * SAMPLES)].map(Math.round) as Rgba;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes an RGBA image (row-major, 4 bytes per pixel) as PNG. */
function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(rows, { level: 9 })), pngChunk("IEND", Buffer.alloc(0))]);
}

/** Renders the icon at `size` × `size` pixels. */
function renderIcon(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rgba.set(renderPixel(size, x, y), (y * size + x) * 4);
  }
  return encodePng(size, rgba);
}

function writeIcons(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${file}`);
  }
}

writeIcons(resolve(__dirname, "..", "assets"));
