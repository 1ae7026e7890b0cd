/**
 * The office server's account API as the app uses it: first-run setup, signing in and out, who am I, one's own
 * password, and the admin screen's staff and devices. Every answer is parsed with the shared schemas; every
 * failure is an OfficeApiError carrying the server's own plain sentence (or ours when it gave none), so forms
 * show it as is.
 *
 * Authenticated with `Authorization: Bearer <token>` (desktop) or the HttpOnly session cookie (browser).
 */
import type { z } from 'zod';
import {
  ChooseOfficeSchema,
  MeResponseSchema,
  SessionResponseSchema,
  SetupStatusSchema,
  type ChangePasswordRequest,
  type ChooseOffice,
  type MeResponse,
  type SessionResponse,
  type SetupRequest,
  type SetupStatus,
  type SignInRequest,
} from '@shared/api/auth';
import {
  DeviceSessionListResponseSchema,
  StaffListResponseSchema,
  StaffResponseSchema,
  type AddStaffRequest,
  type DeviceSession,
  type StaffMember,
  type UpdateStaffRequest,
} from '@shared/api/admin';
import { InvalidErrorSchema, ApiErrorSchema, type Issue } from '@shared/api/errors';
import { ResendEscalationResponseSchema, TestEmailResponseSchema, type TestEmailRequest } from '@shared/api/escalations';
import { OfficeProfileResponseSchema, type UpdateOfficeProfileRequest, type UpdateReplySettingsRequest } from '@shared/api/office-profile';
import { NewsletterDeliveriesResponseSchema, SendNewsletterResponseSchema, newsletterDeliveriesPath, newsletterSendPath, type NewsletterDeliveriesResponse, type SendNewsletterResponse } from '@shared/api/newsletter';
import { OfficeSettingsResponseSchema, type OfficeSettings, type UpdateOfficeSettingsRequest } from '@shared/api/office-settings';
import { PublicPageResponseSchema, type PublicPageSettings, type UpdatePublicPageRequest } from '@shared/api/public-page';
import {
  CreatedOpen311KeyResponseSchema,
  Open311KeyResponseSchema,
  Open311SettingsResponseSchema,
  type Open311Key,
  type Open311Settings,
  type UpdateOpen311Request,
} from '@shared/api/open311';
import { SuggestionFormResponseSchema, type SuggestionFormSettings, type UpdateSuggestionFormRequest } from '@shared/api/suggestion-form';
import type { OfficeProfile } from '@shared/domain/office-profile';
import type { ConcernEscalation } from '@shared/sync/store';
import { apiUrl } from '../sync/http-transport';

/** Why a call to the office server failed. */
export class OfficeApiError extends Error {
  constructor(
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error code ('invalid', 'unauthorized', 'rate-limited', …); 'offline' when unreachable. */
    readonly code: string,
    /** For 'invalid': which fields are wrong. */
    readonly issues: readonly Issue[] = [],
    /** For 'choose-office': the offices the email and password fit. */
    readonly offices: ChooseOffice['offices'] = [],
  ) {
    super(message);
    this.name = 'OfficeApiError';
  }
}

/** What the app may ask the office server about accounts. */
export interface OfficeApi {
  readonly baseUrl: string;
  setupStatus(): Promise<SetupStatus>;
  setUp(input: SetupRequest): Promise<SessionResponse>;
  signIn(input: SignInRequest): Promise<SessionResponse>;
  /** Ends this session at the server (already ended counts as done). */
  signOut(): Promise<void>;
  me(): Promise<MeResponse>;
  changePassword(input: ChangePasswordRequest): Promise<void>;
  listStaff(): Promise<StaffMember[]>;
  addStaff(input: AddStaffRequest): Promise<StaffMember>;
  updateStaff(id: string, changes: UpdateStaffRequest): Promise<StaffMember>;
  resetPassword(id: string, password: string): Promise<void>;
  listDeviceSessions(): Promise<DeviceSession[]>;
  signOutDevice(sessionId: string): Promise<void>;
  /** The priority lane's settings (admins). */
  getOfficeSettings(): Promise<OfficeSettings>;
  saveOfficeSettings(input: UpdateOfficeSettingsRequest): Promise<OfficeSettings>;
  /** Sends a test message through the saved mail server; resolves with who it went to (admins). */
  sendTestEmail(input?: TestEmailRequest): Promise<string[]>;
  /** The office profile desks receive: response policy, priority phone, offline wait (admins). */
  getOfficeProfile(): Promise<OfficeProfile>;
  saveOfficeProfile(input: UpdateOfficeProfileRequest): Promise<OfficeProfile>;
  /** Saves the reply templates and the response policy for comments, which desks receive with the profile (admins). */
  saveReplySettings(input: UpdateReplySettingsRequest): Promise<OfficeProfile>;
  /** Queues a failed priority email again (go-to people and admins). */
  resendEscalation(concernId: string, escalationNumber: number): Promise<ConcernEscalation>;
  /** Sends a month's newsletter issue to everyone who consented and has not had it (facilitators and admins). */
  sendNewsletter(month: string): Promise<SendNewsletterResponse>;
  /** How a month's newsletter deliveries stand: sent, waiting, failed. */
  newsletterDeliveries(month: string): Promise<NewsletterDeliveriesResponse>;
  /** The public status list's settings (admins). */
  getPublicPage(): Promise<PublicPageSettings>;
  savePublicPage(input: UpdatePublicPageRequest): Promise<PublicPageSettings>;
  /** Uploads the public page's logo as the file's bytes (PNG, JPEG or WebP; admins). */
  uploadPublicLogo(file: Blob): Promise<PublicPageSettings>;
  removePublicLogo(): Promise<PublicPageSettings>;
  /** The suggestion form's settings: on or off, the topics it offers (admins). */
  getSuggestionForm(): Promise<SuggestionFormSettings>;
  saveSuggestionForm(input: UpdateSuggestionFormRequest): Promise<SuggestionFormSettings>;
  /** The Open311 endpoint's settings: on or off, the services and the integrations' keys (admins). */
  getOpen311(): Promise<Open311Settings>;
  saveOpen311(input: UpdateOpen311Request): Promise<Open311Settings>;
  /** Makes an API key for an integration; its secret comes back this once. */
  createOpen311Key(name: string): Promise<{ key: Open311Key; secret: string }>;
  revokeOpen311Key(keyId: string): Promise<Open311Key>;
}

/** Where the server is and how to prove who we are. */
export interface OfficeApiOptions {
  readonly baseUrl: string;
  /** Bearer token (desktop); without it the browser sends the session cookie. */
  readonly token?: string;
  /**
   * Whether to send and keep cookies when there is no token (default true: the browser build). The desktop
   * signs in with cookies off, so its only credential is the token it keeps encrypted.
   */
  readonly useCookie?: boolean;
  readonly fetch?: typeof fetch;
  /** Milliseconds before giving up on an answer (default 15 s). */
  readonly timeoutMs?: number;
}

const UNREACHABLE = (baseUrl: string) =>
  `The office server at ${baseUrl} cannot be reached. Check the address and the network, then try again.`;

/** Creates the account API client. */
export function createOfficeApi(options: OfficeApiOptions): OfficeApi {
  const { baseUrl, token } = options;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    // A Blob (a logo upload) goes as its bytes; anything else as JSON.
    const isRaw = typeof Blob !== 'undefined' && body instanceof Blob;
    if (body !== undefined) headers['content-type'] = isRaw ? body.type || 'application/octet-stream' : 'application/json';
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(apiUrl(baseUrl, path), {
        method,
        headers,
        body: body === undefined ? undefined : isRaw ? body : JSON.stringify(body),
        credentials: token === undefined && options.useCookie !== false ? 'include' : 'omit',
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch {
      throw new OfficeApiError(UNREACHABLE(baseUrl), 0, 'offline');
    }
    let json: unknown;
    try {
      json = response.status === 204 ? undefined : await response.json();
    } catch {
      json = undefined;
    }
    if (response.ok) return { status: response.status, json };
    const invalid = InvalidErrorSchema.safeParse(json);
    if (invalid.success) throw new OfficeApiError(invalid.data.message, response.status, 'invalid', invalid.data.issues);
    const choose = ChooseOfficeSchema.safeParse(json);
    if (choose.success) throw new OfficeApiError(choose.data.message, response.status, choose.data.error, [], choose.data.offices);
    const known = ApiErrorSchema.safeParse(json);
    if (known.success) throw new OfficeApiError(known.data.message, response.status, known.data.error);
    const message =
      response.status >= 500
        ? `The office server had a problem (HTTP ${response.status}). Try again in a moment.`
        : `The office server refused the request (HTTP ${response.status}).`;
    throw new OfficeApiError(message, response.status, response.status === 401 ? 'unauthorized' : 'http');
  }

  async function read<T>(schema: z.ZodType<T>, method: string, path: string, body?: unknown): Promise<T> {
    const { json } = await call(method, path, body);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new OfficeApiError(`The server at ${baseUrl} is not a Civic Notebook server this version understands.`, 200, 'not-understood');
    }
    return parsed.data;
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    baseUrl,
    setupStatus: () => read(SetupStatusSchema, 'GET', '/api/setup'),
    setUp: (input) => read(SessionResponseSchema, 'POST', '/api/setup', input),
    signIn: (input) => read(SessionResponseSchema, 'POST', '/api/sessions', input),
    async signOut() {
      try {
        await call('DELETE', '/api/sessions/current');
      } catch (error) {
        if (!(error instanceof OfficeApiError && error.status === 401)) throw error;
      }
    },
    me: () => read(MeResponseSchema, 'GET', '/api/me'),
    async changePassword(input) {
      await call('PUT', '/api/me/password', input);
    },
    listStaff: async () => (await read(StaffListResponseSchema, 'GET', '/api/admin/staff')).staff,
    addStaff: async (input) => (await read(StaffResponseSchema, 'POST', '/api/admin/staff', input)).staff,
    updateStaff: async (staffId, changes) => (await read(StaffResponseSchema, 'PATCH', `/api/admin/staff/${id(staffId)}`, changes)).staff,
    async resetPassword(staffId, password) {
      await call('POST', `/api/admin/staff/${id(staffId)}/password`, { password });
    },
    listDeviceSessions: async () => (await read(DeviceSessionListResponseSchema, 'GET', '/api/admin/sessions')).sessions,
    async signOutDevice(sessionId) {
      await call('DELETE', `/api/admin/sessions/${id(sessionId)}`);
    },
    getOfficeSettings: async () => (await read(OfficeSettingsResponseSchema, 'GET', '/api/admin/office-settings')).settings,
    saveOfficeSettings: async (input) => (await read(OfficeSettingsResponseSchema, 'PUT', '/api/admin/office-settings', input)).settings,
    sendTestEmail: async (input = {}) => (await read(TestEmailResponseSchema, 'POST', '/api/admin/office-settings/test', input)).sentTo,
    getOfficeProfile: async () => (await read(OfficeProfileResponseSchema, 'GET', '/api/admin/office-profile')).profile,
    saveOfficeProfile: async (input) => (await read(OfficeProfileResponseSchema, 'PUT', '/api/admin/office-profile', input)).profile,
    saveReplySettings: async (input) => (await read(OfficeProfileResponseSchema, 'PUT', '/api/admin/office-profile/replies', input)).profile,
    resendEscalation: async (concernId, escalationNumber) =>
      (await read(ResendEscalationResponseSchema, 'POST', `/api/escalations/${id(concernId)}/${escalationNumber}/resend`, {})).escalation,
    sendNewsletter: (month) => read(SendNewsletterResponseSchema, 'POST', newsletterSendPath(month)),
    newsletterDeliveries: (month) => read(NewsletterDeliveriesResponseSchema, 'GET', newsletterDeliveriesPath(month)),
    getPublicPage: async () => (await read(PublicPageResponseSchema, 'GET', '/api/admin/public-page')).settings,
    savePublicPage: async (input) => (await read(PublicPageResponseSchema, 'PUT', '/api/admin/public-page', input)).settings,
    uploadPublicLogo: async (file) => (await read(PublicPageResponseSchema, 'PUT', '/api/admin/public-page/logo', file)).settings,
    removePublicLogo: async () => (await read(PublicPageResponseSchema, 'DELETE', '/api/admin/public-page/logo')).settings,
    getSuggestionForm: async () => (await read(SuggestionFormResponseSchema, 'GET', '/api/admin/suggestion-form')).settings,
    saveSuggestionForm: async (input) => (await read(SuggestionFormResponseSchema, 'PUT', '/api/admin/suggestion-form', input)).settings,
    getOpen311: async () => (await read(Open311SettingsResponseSchema, 'GET', '/api/admin/open311')).settings,
    saveOpen311: async (input) => (await read(Open311SettingsResponseSchema, 'PUT', '/api/admin/open311', input)).settings,
    createOpen311Key: (name) => read(CreatedOpen311KeyResponseSchema, 'POST', '/api/admin/open311/keys', { name }),
    revokeOpen311Key: async (keyId) =>
      (await read(Open311KeyResponseSchema, 'DELETE', `/api/admin/open311/keys/${id(keyId)}`)).key,
  };
}
