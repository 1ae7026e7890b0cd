/**
 * The Service Discovery document of an office's endpoint (http://wiki.open311.org/Service_Discovery): where the
 * GeoReport v2 endpoint is, in which formats, since when, and whom to ask for a key. Example (JSON):
 *
 *   { "changeset": "2026-11-02T09:00:00Z", "contact": "Town Hall runs this endpoint: ask its office for help.",
 *     "key_service": "An API key is needed to file requests: Town Hall's administrators make one per integration.",
 *     "endpoints": [{ "specification": "http://wiki.open311.org/GeoReport_v2",
 *       "url": "https://notebook.town.example/open311/town-hall/v2", "changeset": "2026-11-02T09:00:00Z",
 *       "type": "production", "formats": ["text/xml", "application/json"] }] }
 */
import { open311EndpointPath } from '@shared/api/open311';
import { OPEN311_FORMATS, type Open311Discovery } from '@shared/open311/schemas';
import { w3cTime } from './request-view';
import type { Open311Office } from './settings';

/** The discovery document of an office's endpoint, at a server origin like https://notebook.town.example. */
export function discoveryOf(office: Open311Office, origin: string): Open311Discovery {
  const changeset = w3cTime(office.updatedAt.toISOString());
  return {
    changeset,
    contact: `${office.agencyName} runs this endpoint: ask its office for help.`,
    key_service: `An API key is needed to file requests: ${office.agencyName}'s administrators make one per integration.`,
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${origin}${open311EndpointPath(office.slug).replace(/\/$/, '')}`,
        changeset,
        type: 'production',
        formats: [...OPEN311_FORMATS],
      },
    ],
  };
}
