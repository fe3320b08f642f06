import { deflateSync } from 'node:zlib';

/**
 * A tiny raster canvas and PNG encoder for the build's images (the link preview, the app's
 * icons): polygons filled and stroked, and text in a 5x7 pixel font. Nothing downloaded and no
 * native dependency: node's zlib does the compression.
 */
export class Canvas {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height * 4);
    this.rect(0, 0, width, height, background);
  }

  /** Blends a colour (`#rrggbb`, with an opacity) into one pixel. */
  private blend(x: number, y: number, [r, g, b]: readonly number[], alpha: number) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 4;
    const p = this.pixels;
    p[i] = Math.round(p[i]! * (1 - alpha) + r! * alpha);
    p[i + 1] = Math.round(p[i + 1]! * (1 - alpha) + g! * alpha);
    p[i + 2] = Math.round(p[i + 2]! * (1 - alpha) + b! * alpha);
    p[i + 3] = 255;
  }

  rect(x: number, y: number, w: number, h: number, color: string, alpha = 1) {
    const rgb = parse(color);
    for (let j = Math.max(0, Math.floor(y)); j < Math.min(this.height, y + h); j++) for (let i = Math.max(0, Math.floor(x)); i < Math.min(this.width, x + w); i++) this.blend(i, j, rgb, alpha);
  }

  /** Fills a polygon (even-odd, sampled at pixel centres) and strokes its edges; 2x2 samples smooth the edges. */
  polygon(points: readonly (readonly [number, number])[], options: { fill?: string; fillAlpha?: number; stroke?: string; strokeWidth?: number }) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const pad = (options.strokeWidth ?? 0) / 2 + 1;
    const [x0, x1, y0, y1] = [Math.floor(Math.min(...xs) - pad), Math.ceil(Math.max(...xs) + pad), Math.floor(Math.min(...ys) - pad), Math.ceil(Math.max(...ys) + pad)];
    const fill = options.fill ? parse(options.fill) : null;
    const stroke = options.stroke ? parse(options.stroke) : null;
    const half = (options.strokeWidth ?? 0) / 2;
    const offsets = [0.25, 0.75];
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        let inside = 0;
        let onEdge = 0;
        for (const dy of offsets) {
          for (const dx of offsets) {
            const [px, py] = [x + dx, y + dy];
            if (fill && contains(points, px, py)) inside += 1;
            if (stroke && distanceToEdges(points, px, py) <= half) onEdge += 1;
          }
        }
        if (fill && inside > 0) this.blend(x, y, fill, (options.fillAlpha ?? 1) * (inside / 4));
        if (stroke && onEdge > 0) this.blend(x, y, stroke, onEdge / 4);
      }
    }
  }

  /** Text in the 5x7 pixel font, each font pixel `scale` pixels square; returns the width drawn. */
  text(x: number, y: number, text: string, scale: number, color: string): number {
    let cursor = x;
    for (const ch of text.toUpperCase()) {
      const glyph = FONT[ch] ?? FONT['?']!;
      glyph.forEach((row, j) => {
        for (let i = 0; i < 5; i++) if (row & (1 << (4 - i))) this.rect(cursor + i * scale, y + j * scale, scale, scale, color);
      });
      cursor += 6 * scale;
    }
    return cursor - x - scale;
  }

  /** The canvas as a PNG file (8-bit RGBA). */
  toPng(): Buffer {
    const raw = Buffer.alloc((this.width * 4 + 1) * this.height);
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 4 + 1)] = 0;
      Buffer.from(this.pixels.buffer, y * this.width * 4, this.width * 4).copy(raw, y * (this.width * 4 + 1) + 1);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 6, 0, 0, 0], 8);
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
  }
}

const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

function contains(points: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToEdges(points: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [ax, ay] = points[j]!;
    const [bx, by] = points[i]!;
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return Buffer.concat([length, body, sum]);
}

/** A 5x7 pixel font: each glyph is seven rows of five bits, the left pixel the highest bit. */
const FONT: Readonly<Record<string, readonly number[]>> = {
  A: [14, 17, 17, 31, 17, 17, 17], B: [30, 17, 17, 30, 17, 17, 30], C: [14, 17, 16, 16, 16, 17, 14], D: [30, 17, 17, 17, 17, 17, 30],
  E: [31, 16, 16, 30, 16, 16, 31], F: [31, 16, 16, 30, 16, 16, 16], G: [14, 17, 16, 23, 17, 17, 15], H: [17, 17, 17, 31, 17, 17, 17],
  I: [14, 4, 4, 4, 4, 4, 14], J: [7, 2, 2, 2, 2, 18, 12], K: [17, 18, 20, 24, 20, 18, 17], L: [16, 16, 16, 16, 16, 16, 31],
  M: [17, 27, 21, 21, 17, 17, 17], N: [17, 17, 25, 21, 19, 17, 17], O: [14, 17, 17, 17, 17, 17, 14], P: [30, 17, 17, 30, 16, 16, 16],
  Q: [14, 17, 17, 17, 21, 18, 13], R: [30, 17, 17, 30, 20, 18, 17], S: [15, 16, 16, 14, 1, 1, 30], T: [31, 4, 4, 4, 4, 4, 4],
  U: [17, 17, 17, 17, 17, 17, 14], V: [17, 17, 17, 17, 17, 10, 4], W: [17, 17, 17, 21, 21, 21, 10], X: [17, 17, 10, 4, 10, 17, 17],
  Y: [17, 17, 10, 4, 4, 4, 4], Z: [31, 1, 2, 4, 8, 16, 31], ' ': [0, 0, 0, 0, 0, 0, 0], ',': [0, 0, 0, 0, 12, 4, 8],
  '?': [14, 17, 1, 2, 4, 0, 4], '.': [0, 0, 0, 0, 0, 12, 12], '-': [0, 0, 0, 31, 0, 0, 0], ':': [0, 12, 12, 0, 12, 12, 0],
};
