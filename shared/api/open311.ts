/**
 * Open311 GeoReport v2 for an office (issue 9), as its admins set it up: whether the endpoint answers, which of
 * the office's categories it offers as services (service_code → category), and an API key per integration
 * (shown once when made, then only its last characters; revoked keys stay listed). The public endpoint itself
 * speaks the spec's documents (shared/open311/schemas.ts).
 *
 *   GET    /api/admin/open311            ← { "settings": Open311Settings }
 *   PUT    /api/admin/open311            → UpdateOpen311Request   ← 200 { "settings": Open311Settings }
 *   POST   /api/admin/open311/keys       → CreateOpen311KeyRequest ← 201 { "key": Open311Key, "secret": "…" }
 *   DELETE /api/admin/open311/keys/<id>  ← 200 { "key": Open311Key } (revoked; revoking twice is fine)
 *
 * Public, no login, for an office that turned it on (anything else answers 404 in the spec's error format):
 *   /open311/<slug>/discovery.{json,xml}          /open311/<slug>/v2/services.{json,xml}
 *   /open311/<slug>/v2/services/<code>.{json,xml} /open311/<slug>/v2/requests.{json,xml} (GET; POST with api_key)
 *   /open311/<slug>/v2/requests/<id>.{json,xml}
 *
 * Example PUT body:
 *   { "isEnabled": true, "services": [{ "code": "streetlights", "category": "Streetlights", "name": "Street light out",
 *     "description": "A street light is dark or flickering.", "group": "Streets", "keywords": "lamp, dark",
 *     "isEnabled": true }] }
 */
import { z } from 'zod';
import { TimestampSchema } from '../domain/concern';
import { CategoryNameSchema } from '../domain/settings';

/** Limits of the settings' texts and lists. */
export const OPEN311_LIMITS = { services: 200, name: 200, description: 1000, group: 100, keywords: 500, keyName: 80 } as const;

const SERVICE_CODE = /^[A-Za-z0-9_-]{1,40}$/;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

const line = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label} as text` })
    .trim()
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} can be at most ${max} characters`)
    .regex(NO_CONTROL_CHARACTERS, `Write ${label} on one line`);

/** Schema of a service code: what clients send as service_code. */
export const ServiceCodeSchema = z
  .string({ error: 'Enter the code as text' })
  .trim()
  .regex(SERVICE_CODE, 'Use 1 to 40 letters, digits, - and _ for a code, like streetlights');

/** Schema of one service: its code, the category its requests are filed under, and what clients show. */
export const Open311ServiceMappingSchema = z.object({
  code: ServiceCodeSchema,
  category: CategoryNameSchema,
  name: line(OPEN311_LIMITS.name, 'the name').min(1, 'Give the service a name clients show'),
  description: line(OPEN311_LIMITS.description, 'the description'),
  group: line(OPEN311_LIMITS.group, 'the group'),
  keywords: line(OPEN311_LIMITS.keywords, 'the keywords'),
  /** Off: not listed, its requests not shown, and POST refuses it. */
  isEnabled: z.boolean(),
});
/** One service. */
export type Open311ServiceMapping = z.infer<typeof Open311ServiceMappingSchema>;

/** Schema of an integration's key as listed (never the key itself). */
export const Open311KeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The key's last four characters, to tell keys apart. */
  hint: z.string(),
  createdAt: TimestampSchema,
  lastUsedAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
/** An integration's key as listed. */
export type Open311Key = z.infer<typeof Open311KeySchema>;

/** Schema of the settings as admins see them. */
export const Open311SettingsSchema = z.object({
  isEnabled: z.boolean(),
  /** The office's public address name (the public page's slug). */
  slug: z.string(),
  /** The endpoint, like /open311/town-hall/v2/ (clients append services.xml and so on). */
  endpointPath: z.string(),
  /** The Service Discovery document, like /open311/town-hall/discovery.json. */
  discoveryPath: z.string(),
  services: z.array(Open311ServiceMappingSchema),
  keys: z.array(Open311KeySchema),
});
/** The settings as admins see them. */
export type Open311Settings = z.infer<typeof Open311SettingsSchema>;

/** Schema of GET and PUT /api/admin/open311's answer. */
export const Open311SettingsResponseSchema = z.object({ settings: Open311SettingsSchema });

/** Schema of PUT /api/admin/open311's body: on or off, and the whole list of services, in order. */
export const UpdateOpen311RequestSchema = z.strictObject({
  isEnabled: z.boolean({ error: 'Say whether the endpoint is on' }),
  services: z
    .array(Open311ServiceMappingSchema)
    .max(OPEN311_LIMITS.services, `Keep the list under ${OPEN311_LIMITS.services} services`)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((service, index) => {
        const key = service.code.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'code'], message: `The code "${service.code}" is used twice` });
        seen.add(key);
      });
    }),
});
/** PUT /api/admin/open311's body. */
export type UpdateOpen311Request = z.input<typeof UpdateOpen311RequestSchema>;

/** Schema of POST /api/admin/open311/keys's body. */
export const CreateOpen311KeyRequestSchema = z.strictObject({
  name: line(OPEN311_LIMITS.keyName, 'the name').min(1, 'Name the integration the key is for, like City app'),
});

/** Schema of POST /api/admin/open311/keys's answer: the key's listing and, this once, the key. */
export const CreatedOpen311KeyResponseSchema = z.object({ key: Open311KeySchema, secret: z.string() });

/** Schema of DELETE /api/admin/open311/keys/<id>'s answer. */
export const Open311KeyResponseSchema = z.object({ key: Open311KeySchema });

/** The endpoint's path for an office's slug. */
export function open311EndpointPath(slug: string): string {
  return `/open311/${encodeURIComponent(slug)}/v2/`;
}

/** The discovery document's path for an office's slug. */
export function open311DiscoveryPath(slug: string): string {
  return `/open311/${encodeURIComponent(slug)}/discovery.json`;
}
