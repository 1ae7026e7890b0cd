/**
 * The pattern engine's public face, for the app's Web Worker, the meeting view and `npm run analyze`.
 */
export { analyze, DEFAULT_HISTORY } from './analyze';
export { signatureSimilarity, signaturesMatch, SIGNATURE_MATCH_THRESHOLD } from './signature';
export { matchTheme, themeSignatureOf } from './match';
export { TREND_METHOD } from './trend';
export type * from './types';
