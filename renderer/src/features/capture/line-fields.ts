/** Turns a quick line into the fields of a concern, for saving it directly or opening the full form. */
import { emptyConcernFields, type Channel, type ConcernFields } from '@shared/domain/concern';
import { parseQuickLine, type ParsedQuickLine } from '@shared/domain/quick-line';

/** The fields a valid line saves as: summary, tags and priority on top of an empty concern. */
export function fieldsFromParsed(parsed: ParsedQuickLine, channel: Channel): ConcernFields {
  return { ...emptyConcernFields(channel), summary: parsed.summary, tags: [...parsed.tags], priority: parsed.priority };
}

/**
 * The fields to prefill the full form with. Words the parser refused (a bad tag, an unknown !mark) are put
 * back at the end of the summary, so they are still on screen to be fixed rather than silently dropped.
 */
export function formFieldsFromLine(line: string, channel: Channel): ConcernFields {
  const parsed = parseQuickLine(line);
  const refused = parsed.errors.map((e) => e.token).filter((token) => token !== '');
  const summary = [parsed.summary, ...refused].filter((part) => part !== '').join(' ');
  return { ...fieldsFromParsed(parsed, channel), summary };
}
