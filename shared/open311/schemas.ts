/**
 * The documents of Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) as this server emits them, in
 * zod: the fields, types and required members of the published JSON Schemas (open311/schema-validation,
 * georeport-v2) and the spec's response tables. Every id and code is a string, as the schemas require (the
 * spec's own examples give numbers; clients may send those, see input.ts, but this server never emits them).
 *
 * JSON follows the spec's Spark convention: a list document is a JSON array of its items; the XML carries the
 * same fields inside a root element and one element per item (xml.ts). Example, GET services.json:
 *
 *   [{ "service_code": "streetlights", "service_name": "Streetlights", "description": null,
 *      "metadata": false, "type": "realtime", "keywords": "lamp, dark", "group": "Streets" }]
 */
import { z } from 'zod';

/** The spec's date/time: ISO 8601 (W3C note) with Z or an HH:MM offset, which the spec makes mandatory. */
export const Open311DateTimeSchema = z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 date and time with Z or an offset' });

const optionalText = z.string().nullable().optional();

/** How a service's requests are handled; this server creates each request at once ('realtime'). */
export const SERVICE_TYPES = ['realtime', 'batch', 'blackbox'] as const;

/** Schema of one service in GET services. */
export const Open311ServiceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: optionalText,
  /** True when the service has attributes (GET services/{code}); this server's services have none. */
  metadata: z.boolean(),
  type: z.enum(SERVICE_TYPES),
  /** Keywords separated by commas. */
  keywords: optionalText,
  group: optionalText,
});
/** One service. */
export type Open311Service = z.infer<typeof Open311ServiceSchema>;

/** Schema of GET services: every service offered. */
export const Open311ServicesSchema = z.array(Open311ServiceSchema);

/** The data types a service attribute may have. */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

/** Schema of one attribute of a service definition. */
export const Open311AttributeSchema = z.object({
  variable: z.boolean(),
  code: z.string(),
  datatype: z.enum(ATTRIBUTE_DATATYPES),
  required: z.boolean(),
  datatype_description: optionalText,
  order: z.int().nullable().optional(),
  description: optionalText,
  values: z.array(z.object({ key: z.string(), name: z.string() })).optional(),
});

/** Schema of GET services/{code}: the service's attributes (an empty list here). */
export const Open311ServiceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(Open311AttributeSchema),
});
/** A service definition. */
export type Open311ServiceDefinition = z.infer<typeof Open311ServiceDefinitionSchema>;

/** The two statuses of a request. */
export const OPEN311_STATUSES = ['open', 'closed'] as const;
/** A request's status. */
export type Open311Status = (typeof OPEN311_STATUSES)[number];

/** Most characters of a request's description, as the spec says. */
export const OPEN311_DESCRIPTION_MAX = 4000;

/** Schema of one service request in GET requests and GET requests/{id}. */
export const Open311RequestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(OPEN311_STATUSES),
  status_notes: optionalText,
  service_name: optionalText,
  service_code: z.string(),
  description: z.string().max(OPEN311_DESCRIPTION_MAX).nullable().optional(),
  agency_responsible: optionalText,
  service_notice: optionalText,
  requested_datetime: Open311DateTimeSchema,
  updated_datetime: Open311DateTimeSchema.nullable().optional(),
  expected_datetime: Open311DateTimeSchema.nullable().optional(),
  address: optionalText,
  address_id: optionalText,
  zipcode: optionalText,
  lat: z.number().nullable().optional(),
  long: z.number().nullable().optional(),
  media_url: z.url().nullable().optional(),
});
/** One service request as the public sees it. */
export type Open311Request = z.infer<typeof Open311RequestSchema>;

/** Schema of GET requests: a list of requests. */
export const Open311RequestsSchema = z.array(Open311RequestSchema);

/** Schema of POST requests' answer: the new request's id (never a token: requests are created at once). */
export const Open311CreatedSchema = z.array(
  z.object({ service_request_id: z.string(), service_notice: optionalText, account_id: optionalText }),
);
/** POST requests' answer. */
export type Open311Created = z.infer<typeof Open311CreatedSchema>;

/** Schema of an error answer: one or more errors, each a code (the HTTP status here) and a sentence. */
export const Open311ErrorsSchema = z.array(z.object({ code: z.int(), description: z.string() })).min(1);
/** An error answer. */
export type Open311Errors = z.infer<typeof Open311ErrorsSchema>;

/** The formats an endpoint answers in, as Service Discovery names them. */
export const OPEN311_FORMATS = ['text/xml', 'application/json'] as const;

/** Schema of the Service Discovery document (discovery.json/.xml). */
export const Open311DiscoverySchema = z.object({
  changeset: Open311DateTimeSchema,
  contact: z.string(),
  key_service: z.string(),
  endpoints: z
    .array(
      z.object({
        specification: z.literal('http://wiki.open311.org/GeoReport_v2'),
        url: z.url(),
        changeset: Open311DateTimeSchema,
        type: z.enum(['production', 'test']),
        formats: z.array(z.enum(OPEN311_FORMATS)).min(1),
      }),
    )
    .min(1),
});
/** The Service Discovery document. */
export type Open311Discovery = z.infer<typeof Open311DiscoverySchema>;
