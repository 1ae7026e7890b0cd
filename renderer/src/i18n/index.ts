/**
 * The message catalogue: every user-facing string goes through t(), so the app can be translated by adding a
 * catalogue, not by editing components. Each feature owns one module under en/ and index merges them.
 * Placeholders are written {name} and filled from the params object.
 */
import { en } from './en';

/** A message key. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills its {placeholders}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
