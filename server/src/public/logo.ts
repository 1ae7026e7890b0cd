/**
 * The office's logo: what kind of image bytes are, by their magic bytes rather than by what the upload claims
 * (a file named logo.png may be an SVG or an HTML page). Only PNG, JPEG and WebP pass: SVG is refused because it
 * can carry script, and anything else cannot be shown by every browser.
 *
 *   PNG   89 50 4E 47 0D 0A 1A 0A, then the IHDR chunk
 *   JPEG  FF D8 FF
 *   WebP  "RIFF" <size> "WEBP" then a VP8, VP8L or VP8X chunk
 */
import { PUBLIC_PAGE_LIMITS, type LogoType } from '@shared/api/public-page';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** The image type the bytes are, or undefined when they are none of PNG, JPEG and WebP. */
export function sniffLogoType(bytes: Uint8Array): LogoType | undefined {
  if (startsWith(bytes, PNG) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && bytes.length > 4) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) && ['VP8 ', 'VP8L', 'VP8X'].some((c) => startsWith(bytes, ascii(c), 12))) {
    return 'image/webp';
  }
  return undefined;
}

/** Why the bytes cannot be the logo, in plain words; undefined when they can. */
export function logoProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'The file is empty. Choose a PNG, JPEG or WebP image.';
  if (bytes.length > PUBLIC_PAGE_LIMITS.logoBytes) return 'The logo can be at most 256 KB. Choose a smaller image.';
  if (sniffLogoType(bytes) !== undefined) return undefined;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).toLowerCase();
  if (head.includes('<svg') || head.includes('<?xml')) {
    return 'SVG images are not accepted (they can carry script). Save the logo as PNG, JPEG or WebP.';
  }
  return 'This file is not a PNG, JPEG or WebP image. Choose one of those.';
}
