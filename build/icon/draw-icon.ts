/** An RGBA colour, channels 0–255. */
type Rgba = readonly [number, number, number, number];

/** A shape in unit coordinates (0–1 across the icon) with its colour at a point. */
interface Layer {
  contains(x: number, y: number): boolean;
  colour(x: number, y: number): Rgba;
}

/** True when (x, y) is inside the rectangle [x0, x1]×[y0, y1] with corners rounded by r. */
function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return dx * dx + dy * dy <= r * r;
}

/** True when (x, y) is within distance r of (cx, cy). */
function inCircle(x: number, y: number, cx: number, cy: number, r: number): boolean {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const solid = (colour: Rgba) => (): Rgba => colour;

// The app icon: a certificate (a white sheet with text lines and a gold seal) on a blue rounded square.
const LAYERS: readonly Layer[] = [
  {
    contains: (x, y) => inRoundedRect(x, y, 0.06, 0.06, 0.94, 0.94, 0.2),
    // A vertical gradient from #2f6fc0 to #1a4580.
    colour: (_x, y) => [Math.round(47 - 21 * y), Math.round(111 - 42 * y), Math.round(192 - 64 * y), 255],
  },
  { contains: (x, y) => inRoundedRect(x, y, 0.25, 0.17, 0.75, 0.83, 0.045), colour: solid([255, 255, 255, 255]) },
  ...[0.29, 0.37, 0.45].map((top, index) => ({
    contains: (x: number, y: number) => inRoundedRect(x, y, 0.33, top, index === 2 ? 0.56 : 0.67, top + 0.035, 0.0175),
    colour: solid([150, 170, 198, 255]),
  })),
  { contains: (x, y) => inCircle(x, y, 0.6, 0.66, 0.115), colour: solid([214, 150, 32, 255]) },
  { contains: (x, y) => inCircle(x, y, 0.6, 0.66, 0.08), colour: solid([244, 196, 74, 255]) },
];

/** The colour of the topmost layer at a point, or transparent. */
function sample(x: number, y: number): Rgba {
  for (let index = LAYERS.length - 1; index >= 0; index--) {
    const layer = LAYERS[index];
    if (layer?.contains(x, y)) return layer.colour(x, y);
  }
  return [0, 0, 0, 0];
}

/**
 * The app icon as RGBA pixels (size×size×4 bytes), anti-aliased by 4×4 supersampling with
 * alpha-weighted colour averaging (so edges do not darken against transparency).
 */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const grid = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / grid) / size, (py + (sy + 0.5) / grid) / size);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / (grid * grid))], offset);
    }
  }
  return pixels;
}
