// Draws the toolbar icon (a navy rounded square with an amber warning triangle) as PNGs at the
// sizes the manifest names. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const NAVY = [0x1b, 0x2a, 0x4a];
const AMBER = [0xf5, 0xb0, 0x1a];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage of pixel (x, y) by a shape, by 4x4 supersampling. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const roundedSquare = (u: number, v: number): boolean => {
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const triangle = (u: number, v: number): boolean => v >= 0.2 && v <= 0.8 && Math.abs(u - 0.5) <= (v - 0.2) * 0.58;
const mark = (u: number, v: number): boolean =>
  (Math.abs(u - 0.5) <= 0.045 && v >= 0.38 && v <= 0.62) || (u - 0.5) ** 2 + (v - 0.71) ** 2 <= 0.045 ** 2;

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const bg = coverage(size, x, y, roundedSquare);
      const tri = coverage(size, x, y, triangle) * (1 - coverage(size, x, y, mark));
      const rgb = NAVY.map((n, i) => Math.round(n * (1 - tri) + (AMBER[i] ?? 0) * tri));
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = rgb[0] ?? 0;
      raw[o + 1] = rgb[1] ?? 0;
      raw[o + 2] = rgb[2] ?? 0;
      raw[o + 3] = Math.round(bg * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
