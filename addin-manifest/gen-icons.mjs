// Generates the app icons without any image package: color.png (192×192, full colour) and
// outline.png (32×32, white on transparent), as the Teams/Microsoft 365 manifest requires, and the Outlook ribbon's icons.
// The motif is a "circle": a ring with members on it and one in the middle.
// Run: node addin-manifest/gen-icons.mjs   (the PNGs are committed; rerun only to change the design)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, crc32 } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));

/** Coverage (0..1) of the motif at (x, y) in a unit square [0,1]², supersampled by the caller. */
function motif(x, y, { ring, ringWidth, dot }) {
  const cx = 0.5, cy = 0.5;
  const r = Math.hypot(x - cx, y - cy);
  if (Math.abs(r - ring) <= ringWidth / 2) return true;
  if (r <= dot * 0.9) return true; // centre member
  for (let k = 0; k < 4; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 2 + Math.PI / 4;
    if (Math.hypot(x - (cx + ring * Math.cos(a)), y - (cy + ring * Math.sin(a))) <= dot) return true;
  }
  return false;
}

function render(size, { background, foreground, shape }) {
  const rgba = Buffer.alloc(size * size * 4);
  const ss = 4; // 4×4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++)
          if (motif((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size, shape)) hits++;
      const c = hits / (ss * ss);
      const i = (y * size + x) * 4;
      if (background) {
        for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(background[k] * (1 - c) + foreground[k] * c);
        rgba[i + 3] = 255;
      } else {
        rgba.set(foreground, i);
        rgba[i + 3] = Math.round(255 * c);
      }
    }
  }
  return png(size, size, rgba);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const white = [255, 255, 255];
writeFileSync(
  join(here, "color.png"),
  render(192, { background: [0x2e, 0x6b, 0x5e], foreground: white, shape: { ring: 0.27, ringWidth: 0.05, dot: 0.075 } }),
);
writeFileSync(
  join(here, "outline.png"),
  render(32, { background: null, foreground: white, shape: { ring: 0.3, ringWidth: 0.08, dot: 0.1 } }),
);
// The Outlook ribbon's button icons (16, 32 and 80 px, full colour): the manifest names them under https://<domain>/tab/icons/, so
// they live in web/public/icons/, which the web build copies next to the pages (served by the local host and the Static Web App).
const ribbon = join(here, "..", "web", "public", "icons");
mkdirSync(ribbon, { recursive: true });
for (const size of [16, 32, 80]) {
  writeFileSync(
    join(ribbon, `icon-${size}.png`),
    render(size, { background: [0x2e, 0x6b, 0x5e], foreground: white, shape: { ring: 0.3, ringWidth: 0.08, dot: 0.1 } }),
  );
}
console.log("wrote color.png (192x192), outline.png (32x32) and web/public/icons/icon-{16,32,80}.png");
