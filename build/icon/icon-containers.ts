/** One PNG image of a square icon and its edge in pixels. */
export interface IconImage {
  readonly size: number;
  readonly png: Uint8Array;
}

/**
 * A Windows .ico file holding PNG-compressed images (supported since Windows Vista): ICONDIR,
 * one 16-byte ICONDIRENTRY per image (0 in the width/height byte means 256), then the PNGs.
 */
export function encodeIco(images: readonly IconImage[]): Uint8Array {
  const headerSize = 6 + 16 * images.length;
  const out = new Uint8Array(headerSize + images.reduce((sum, image) => sum + image.png.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1 = icon
  view.setUint16(4, images.length, true);
  let offset = headerSize;
  images.forEach((image, index) => {
    if (image.size > 256) throw new Error('.ico images are at most 256 pixels');
    const entry = 6 + 16 * index;
    view.setUint8(entry, image.size === 256 ? 0 : image.size);
    view.setUint8(entry + 1, image.size === 256 ? 0 : image.size);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}

// PNG-bearing icns element types by edge size (Apple "icns" format: ic07 128, ic08 256, ic09 512, ic10 1024 @2x).
const ICNS_TYPES: Readonly<Record<number, string>> = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

/** A macOS .icns file: 'icns' + total length, then one (type, length, PNG) element per image. */
export function encodeIcns(images: readonly IconImage[]): Uint8Array {
  const total = 8 + images.reduce((sum, image) => sum + 8 + image.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = new TextEncoder();
  out.set(ascii.encode('icns'), 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const image of images) {
    const type = ICNS_TYPES[image.size];
    if (type === undefined) throw new Error(`no icns type for ${image.size} pixels`);
    out.set(ascii.encode(type), offset);
    view.setUint32(offset + 4, 8 + image.png.length);
    out.set(image.png, offset + 8);
    offset += 8 + image.png.length;
  }
  return out;
}
