/**
 * The office's priority-lane settings (office_settings, migrations 004 and 006): read and saved for the admin
 * routes, and read with the password by the delivery worker. They include the citizens' acknowledgement, whose
 * subject and body are stored as null while they are the default texts. Only smtpSettingsOf hands out the password; what the
 * routes show goes through toPublicSettings, which keeps only whether one is set.
 */
import type { OfficeSettings, OfficeSettingsUpdate, SmtpTls } from '@shared/api/office-settings';
import { DEFAULT_MAX_ATTEMPTS } from '@shared/api/office-settings';
import { DEFAULT_ACKNOWLEDGEMENT_SETTINGS, type AcknowledgementSettings } from '@shared/domain/acknowledgement';
import type { Queryable } from '../db/db';

/** An office's saved settings, password included: for the worker only, never for a response. */
export interface StoredOfficeSettings {
  readonly priorityAddresses: readonly string[];
  readonly senderAddress: string;
  readonly smtp: {
    readonly host: string;
    readonly port: number;
    readonly tls: SmtpTls;
    readonly user: string;
    readonly password: string | null;
  };
  readonly includeContactDetails: boolean;
  readonly maxAttempts: number;
  readonly acknowledgement: AcknowledgementSettings;
  readonly updatedAt: Date;
}

interface SettingsRow {
  priority_addresses: string[];
  sender_address: string;
  smtp_host: string;
  smtp_port: number;
  smtp_tls: SmtpTls;
  smtp_user: string;
  smtp_password: string | null;
  include_contact_details: boolean;
  max_attempts: number;
  acknowledgement_enabled: boolean;
  acknowledgement_subject: string | null;
  acknowledgement_body: string | null;
  updated_at: Date;
}

const COLUMNS = `priority_addresses, sender_address, smtp_host, smtp_port, smtp_tls, smtp_user, smtp_password,
  include_contact_details, max_attempts, acknowledgement_enabled, acknowledgement_subject, acknowledgement_body, updated_at`;

function fromRow(row: SettingsRow): StoredOfficeSettings {
  return {
    priorityAddresses: row.priority_addresses,
    senderAddress: row.sender_address,
    smtp: { host: row.smtp_host, port: row.smtp_port, tls: row.smtp_tls, user: row.smtp_user, password: row.smtp_password },
    includeContactDetails: row.include_contact_details,
    maxAttempts: row.max_attempts,
    acknowledgement: {
      enabled: row.acknowledgement_enabled,
      subject: row.acknowledgement_subject ?? DEFAULT_ACKNOWLEDGEMENT_SETTINGS.subject,
      body: row.acknowledgement_body ?? DEFAULT_ACKNOWLEDGEMENT_SETTINGS.body,
    },
    updatedAt: row.updated_at,
  };
}

/** The office's settings with the password, or undefined when no admin has saved them yet. */
export async function readOfficeSettings(q: Queryable, officeId: string): Promise<StoredOfficeSettings | undefined> {
  const { rows } = await q.query<SettingsRow>(`select ${COLUMNS} from office_settings where office_id = $1`, [officeId]);
  const row = rows[0];
  return row === undefined ? undefined : fromRow(row);
}

/** What an office that never saved its settings shows: nothing set, contact details kept out of emails, no acknowledgements. */
const UNSET: OfficeSettings = {
  priorityAddresses: [],
  senderAddress: '',
  smtp: { host: '', port: 587, tls: 'starttls', user: '', hasPassword: false },
  includeContactDetails: false,
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  acknowledgement: DEFAULT_ACKNOWLEDGEMENT_SETTINGS,
  isConfigured: false,
  updatedAt: null,
};

/** The settings as the API shows them: the password replaced by whether there is one. */
export function toPublicSettings(stored: StoredOfficeSettings | undefined): OfficeSettings {
  if (stored === undefined) return UNSET;
  const { password, ...smtp } = stored.smtp;
  return {
    priorityAddresses: [...stored.priorityAddresses],
    senderAddress: stored.senderAddress,
    smtp: { ...smtp, hasPassword: password !== null },
    includeContactDetails: stored.includeContactDetails,
    maxAttempts: stored.maxAttempts,
    acknowledgement: { ...stored.acknowledgement },
    isConfigured: true,
    updatedAt: stored.updatedAt.toISOString(),
  };
}

/** A template as stored: null while it is the default text, so a later default reaches the office too. */
const storedText = (text: string | undefined, fallback: string): string | null => (text === undefined || text === fallback ? null : text);

/**
 * Saves the office's settings. A password left out keeps the stored one (so the admin screen never needs to
 * know it), null removes it, a string replaces it. An acknowledgement left out keeps the stored one.
 */
export async function saveOfficeSettings(
  q: Queryable,
  officeId: string,
  staffId: string,
  update: OfficeSettingsUpdate,
): Promise<StoredOfficeSettings> {
  const isPasswordGiven = update.smtp.password !== undefined;
  const { acknowledgement } = update;
  const { rows } = await q.query<SettingsRow>(
    `insert into office_settings as s (office_id, priority_addresses, sender_address, smtp_host, smtp_port, smtp_tls,
       smtp_user, smtp_password, include_contact_details, max_attempts, updated_at, updated_by,
       acknowledgement_enabled, acknowledgement_subject, acknowledgement_body)
     values ($1, $2::text[], $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, coalesce($14::boolean, false), $15, $16)
     on conflict (office_id) do update set
       priority_addresses = excluded.priority_addresses, sender_address = excluded.sender_address,
       smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port, smtp_tls = excluded.smtp_tls,
       smtp_user = excluded.smtp_user,
       smtp_password = case when $12::boolean then excluded.smtp_password else s.smtp_password end,
       include_contact_details = excluded.include_contact_details, max_attempts = excluded.max_attempts,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by,
       acknowledgement_enabled = case when $13::boolean then excluded.acknowledgement_enabled else s.acknowledgement_enabled end,
       acknowledgement_subject = case when $13::boolean then excluded.acknowledgement_subject else s.acknowledgement_subject end,
       acknowledgement_body = case when $13::boolean then excluded.acknowledgement_body else s.acknowledgement_body end
     returning ${COLUMNS}`,
    [
      officeId,
      update.priorityAddresses,
      update.senderAddress,
      update.smtp.host,
      update.smtp.port,
      update.smtp.tls,
      update.smtp.user,
      update.smtp.password ?? null,
      update.includeContactDetails,
      update.maxAttempts,
      staffId,
      isPasswordGiven,
      acknowledgement !== undefined,
      acknowledgement?.enabled ?? null,
      storedText(acknowledgement?.subject, DEFAULT_ACKNOWLEDGEMENT_SETTINGS.subject),
      storedText(acknowledgement?.body, DEFAULT_ACKNOWLEDGEMENT_SETTINGS.body),
    ],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('Saving the office settings returned no row');
  return fromRow(row);
}
