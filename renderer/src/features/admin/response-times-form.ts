/**
 * The "Response times" form: the office profile (shared/api/office-profile.ts) as the form holds it, checked with
 * the shared schemas of office hours and response targets, and the conversions between the form and the API.
 * The form has the request's shape, so the server's issue paths name its fields; only the numbers differ, held
 * as the text typed.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import type { UpdateOfficeProfileRequest } from '@shared/api/office-profile';
import { OfflineFallbackMinutesSchema, PriorityPhoneSchema, type OfficeProfile } from '@shared/domain/office-profile';
import { OfficeHoursSchema } from '@shared/domain/office-hours';
import { ResponseTargetSchema, TARGET_UNITS, defaultResponsePolicy, type ResponsePolicy, type ResponseTarget } from '@shared/domain/response-clock';
import { t } from '../../i18n';
import { typedNumber } from './typed-number';

/** The priorities with a target, most urgent first, as the form shows them. */
export const TARGET_PRIORITIES = ['top', 'high', 'normal'] as const;

const TargetInputSchema = z
  .object({
    unit: z.enum(TARGET_UNITS, t('responseTimes.unit.choose')),
    amount: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, t('responseTimes.amount.number'))
      .transform(Number),
  })
  .pipe(ResponseTargetSchema);

/** The form's schema. */
export const ResponseTimesFormSchema = z.object({
  responsePolicy: OfficeHoursSchema.extend({
    targets: z.object({ top: TargetInputSchema, high: TargetInputSchema, normal: TargetInputSchema }),
  }),
  priorityPhone: PriorityPhoneSchema,
  offlineFallbackMinutes: typedNumber(OfflineFallbackMinutesSchema),
});

/** What the form holds while editing. */
export type ResponseTimesInput = z.input<typeof ResponseTimesFormSchema>;
/** What the form gives on submit. */
export type ResponseTimesValues = z.output<typeof ResponseTimesFormSchema>;

/** The standard policy in `zone`, or `fallback` when this browser's zone is one the shared schema refuses. */
function standardPolicyIn(zone: string, fallback: ResponsePolicy): ResponsePolicy {
  try {
    return defaultResponsePolicy(zone);
  } catch {
    return fallback;
  }
}

const targetInput = (target: ResponseTarget) => ({ unit: target.unit, amount: String(target.amount) });

/**
 * The form filled in from the profile the server gave; an office that never saved its response times starts from
 * the standard ones in `localZone` (the admin's own), not the server's zone.
 */
export function toResponseTimesInput(profile: OfficeProfile, localZone = Intl.DateTimeFormat().resolvedOptions().timeZone): ResponseTimesInput {
  const policy = profile.hasResponsePolicy ? profile.responsePolicy : standardPolicyIn(localZone, profile.responsePolicy);
  const { timeZone, week, holidays, targets } = policy;
  return {
    responsePolicy: {
      timeZone,
      week: {
        mon: week.mon.map((i) => ({ ...i })),
        tue: week.tue.map((i) => ({ ...i })),
        wed: week.wed.map((i) => ({ ...i })),
        thu: week.thu.map((i) => ({ ...i })),
        fri: week.fri.map((i) => ({ ...i })),
        sat: week.sat.map((i) => ({ ...i })),
        sun: week.sun.map((i) => ({ ...i })),
      },
      holidays: holidays.map((h) => ({ ...h })),
      targets: { top: targetInput(targets.top), high: targetInput(targets.high), normal: targetInput(targets.normal) },
    },
    priorityPhone: profile.priorityPhone,
    offlineFallbackMinutes: String(profile.offlineFallbackMinutes),
  };
}

/** The PUT body for the form's values. */
export function toProfileRequest(values: ResponseTimesValues): UpdateOfficeProfileRequest {
  return {
    responsePolicy: values.responsePolicy,
    priorityPhone: values.priorityPhone,
    offlineFallbackMinutes: values.offlineFallbackMinutes,
  };
}

// Paths the server may name that are one field of the form, or a row whose first box stands for it.
const FIELD_PATTERNS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^responsePolicy\.week\.(mon|tue|wed|thu|fri|sat|sun)\.(\d+)\.(start|end)$/, (m) => m[0]],
  [/^responsePolicy\.week\.(mon|tue|wed|thu|fri|sat|sun)\.(\d+)$/, (m) => `${m[0]}.start`],
  [/^responsePolicy\.holidays\.(\d+)\.(date|name|yearly)$/, (m) => m[0]],
  [/^responsePolicy\.holidays\.(\d+)$/, (m) => `${m[0]}.date`],
  [/^responsePolicy\.targets\.(top|high|normal)\.(unit|amount)$/, (m) => m[0]],
  [/^responsePolicy\.targets\.(top|high|normal)$/, (m) => `${m[0]}.amount`],
  [/^(responsePolicy\.timeZone|responsePolicy\.week|responsePolicy\.holidays|priorityPhone|offlineFallbackMinutes)$/, (m) => m[0]],
];

/** The form field a server issue's dotted path is about; undefined for the whole request. */
export function responseTimesFieldOf(path: string): FieldPath<ResponseTimesInput> | undefined {
  for (const [pattern, field] of FIELD_PATTERNS) {
    const match = pattern.exec(path);
    if (match !== null) return field(match) as FieldPath<ResponseTimesInput>;
  }
  return undefined;
}
