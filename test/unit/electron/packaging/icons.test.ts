import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from '../../../../build/icon/draw-icon';
import { encodeIcns, encodeIco } from '../../../../build/icon/icon-containers';
import { crc32, encodePng, PNG_SIGNATURE } from '../../../../build/icon/png';

/** Width and height from a PNG's IHDR. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('PNG encoding', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes a PNG whose pixels decode back unchanged', () => {
    const rgba = Uint8Array.from({ length: 2 * 2 * 4 }, (_, i) => i * 7);
    const png = encodePng(2, 2, rgba);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual([2, 2]);
    const idatLength = new DataView(png.buffer).getUint32(33);
    const raw = new Uint8Array(inflateSync(png.subarray(41, 41 + idatLength)));
    expect(raw).toEqual(Uint8Array.of(0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)));
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow();
  });
});

describe('the app icon', () => {
  it('is transparent in the corners and opaque in the middle', () => {
    const size = 64;
    const pixels = drawIcon(size);
    const alpha = (x: number, y: number): number => pixels[(y * size + x) * 4 + 3] ?? -1;
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(32, 32)).toBe(255);
  });

  it('ships as a 1024 and a 256 pixel PNG, an .ico and an .icns', () => {
    expect(pngSize(new Uint8Array(readFileSync('build/icon.png')))).toEqual([1024, 1024]);
    expect(pngSize(new Uint8Array(readFileSync('build/icon-256.png')))).toEqual([256, 256]);
    const ico = new DataView(readFileSync('build/icon.ico').buffer);
    expect([ico.getUint16(0, true), ico.getUint16(2, true)]).toEqual([0, 1]);
    expect(new TextDecoder().decode(readFileSync('build/icon.icns').subarray(0, 4))).toBe('icns');
  });

  it('lays out .ico entries with 0 meaning 256 and offsets pointing at the PNGs', () => {
    const png = encodePng(1, 1, new Uint8Array(4));
    const ico = encodeIco([{ size: 16, png }, { size: 256, png }]);
    const view = new DataView(ico.buffer);
    expect(view.getUint16(4, true)).toBe(2);
    expect([view.getUint8(6), view.getUint8(22)]).toEqual([16, 0]);
    const offset = view.getUint32(6 + 12, true);
    expect(ico.subarray(offset, offset + 8)).toEqual(PNG_SIGNATURE);
  });

  it('lays out .icns elements with their type and length', () => {
    const png = encodePng(1, 1, new Uint8Array(4));
    const icns = encodeIcns([{ size: 1024, png }]);
    const view = new DataView(icns.buffer);
    expect(view.getUint32(4)).toBe(icns.length);
    expect(new TextDecoder().decode(icns.subarray(8, 12))).toBe('ic10');
    expect(view.getUint32(12)).toBe(8 + png.length);
  });
});
