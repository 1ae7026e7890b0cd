/** Small images (and things pretending to be) for the logo tests. */

/** A 1x1 transparent PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a JPEG (JFIF) file. */
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
/** The start of a lossless WebP file. */
export const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(40)]);
/** An SVG carrying script. */
export const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
/** An HTML page. */
export const HTML = Buffer.from('<html><body><script>alert(1)</script></body></html>');
/** A PNG past the 256 KB limit. */
export const HUGE_PNG = Buffer.concat([PNG, Buffer.alloc(256 * 1024)]);
