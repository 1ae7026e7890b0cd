/**
 * One line per changed field for an entry's history: "Email: from ana@example.org to ana.p@example.org".
 * Values are shown as staff would read them (the word for a status, "#tag" for tags, "(empty)" for nothing).
 */
import type { FieldChange } from '@shared/domain/history';
import { t, type MessageKey } from '../../i18n';
import { en } from '../../i18n/en';

const isKey = (key: string): key is MessageKey => key in en;

const ENUM_PREFIX: Readonly<Record<string, string>> = {
  channel: 'channel',
  priority: 'priority.option',
  status: 'status',
  'contact.preferredReply': 'reply',
};

/** The name of a field, from its dotted path. */
export function fieldName(field: string): string {
  const key = `field.${field}`;
  return isKey(key) ? t(key) : field;
}

/** A stored value as staff read it. */
export function formatValue(field: string, value: unknown): string {
  if (value === '' || value === undefined || value === null) return t('value.empty');
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('value.empty');
    return value.map((v) => (field === 'tags' ? `#${String(v)}` : String(v))).join(' ');
  }
  const prefix = ENUM_PREFIX[field];
  const key = prefix === undefined ? '' : `${prefix}.${String(value)}`;
  return isKey(key) ? t(key) : String(value);
}

const isEmpty = (value: unknown) => value === '' || value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/** "Field: from x to y", or "Field: set to y" / "Field: cleared (was x)" when one side is empty. */
export function describeChange(change: FieldChange): string {
  const field = fieldName(change.field);
  const from = formatValue(change.field, change.from);
  const to = formatValue(change.field, change.to);
  if (typeof change.from !== 'boolean' && isEmpty(change.from)) return t('entry.changeAdded', { field, to });
  if (typeof change.to !== 'boolean' && isEmpty(change.to)) return t('entry.changeCleared', { field, from });
  return t('entry.change', { field, from, to });
}
