/**
 * Imports ending in ?asset: electron-vite copies the file into the build (out/main/chunks) and the import is
 * its absolute path at run time (https://electron-vite.org/guide/assets). Only for files outside the main
 * build's publicDir, which electron-vite leaves where they are.
 */
declare module '*?asset' {
  const path: string;
  // eslint-disable-next-line no-restricted-syntax -- the shape electron-vite gives these imports: a default export.
  export default path;
}
