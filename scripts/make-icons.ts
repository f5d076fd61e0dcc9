/**
 * Draws the toolbar icon (a rounded shield-blue square with a white key-and-check mark) at the
 * four manifest sizes and writes PNGs to public/icon/. Run once when the design changes:
 * `node --import tsx scripts/make-icons.ts`. No image library needed: a PNG is zlib-deflated rows.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Signed distance helpers in a unit square (0..1). */
const dist = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
};

function shade(u: number, v: number): [number, number, number, number] {
  // Rounded square background.
  const r = 0.22;
  const qx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  const outside = Math.hypot(qx, qy) - r;
  if (outside > 0) return [0, 0, 0, 0];
  // Key ring (circle outline) and shaft, then a check mark.
  const ring = Math.abs(Math.hypot(u - 0.34, v - 0.38) - 0.14) < 0.055;
  const shaft = dist(u, v, 0.44, 0.48, 0.62, 0.66) < 0.055 || dist(u, v, 0.56, 0.6, 0.5, 0.66) < 0.045;
  const check = dist(u, v, 0.56, 0.78, 0.66, 0.86) < 0.05 || dist(u, v, 0.66, 0.86, 0.86, 0.6) < 0.05;
  if (check) return [134, 239, 172, 255];
  if (ring || shaft) return [255, 255, 255, 255];
  const t = v;
  return [Math.round(12 + 20 * t), Math.round(82 - 20 * t), Math.round(204 - 40 * t), 255];
}

/**
 * Transparent padding around the artwork, in pixels. The Chrome Web Store asks for the 128 px icon
 * to hold 96×96 artwork with 16 px of transparent padding on each side
 * (https://developer.chrome.com/docs/webstore/images#icons); the toolbar sizes use the whole square.
 */
const PADDING: Record<number, number> = { 16: 0, 32: 0, 48: 0, 128: 16 };

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const pad = PADDING[size]!;
  const art = size - 2 * pad;
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < samples; sy++)
      for (let sx = 0; sx < samples; sx++) {
        const u = (x - pad + (sx + 0.5) / samples) / art;
        const v = (y - pad + (sy + 0.5) / samples) / art;
        const [r, g, b, a] = u < 0 || u > 1 || v < 0 || v > 1 ? [0, 0, 0, 0] : shade(u, v);
        acc[0]! += r * a;
        acc[1]! += g * a;
        acc[2]! += b * a;
        acc[3]! += a;
      }
    const alpha = acc[3]! / (samples * samples);
    return alpha === 0
      ? [0, 0, 0, 0]
      : [
          Math.round(acc[0]! / acc[3]!),
          Math.round(acc[1]! / acc[3]!),
          Math.round(acc[2]! / acc[3]!),
          Math.round(alpha),
        ];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log('icons written to public/icon/');
