-- The priority lane (issue 4; code in server/src/escalations): top-priority concerns are emailed to the office's
-- priority addresses through a transactional outbox. Runs on PostgreSQL 15 and PGlite.

-- Each office's priority-lane settings, edited by its admins (GET/PUT /api/admin/office-settings). Server-only:
-- never a synced table, and the API never returns smtp_password (only whether one is set). The password is
-- kept as given because the mail server needs it back; whoever can read this table can read it, like the rest
-- of the database.
create table office_settings (
  office_id uuid primary key references offices (id),
  priority_addresses text[] not null check (cardinality(priority_addresses) between 1 and 10),
  sender_address text not null default '',
  smtp_host text not null check (smtp_host <> ''),
  smtp_port integer not null check (smtp_port between 1 and 65535),
  smtp_tls text not null check (smtp_tls in ('none', 'starttls', 'implicit')),
  smtp_user text not null default '',
  smtp_password text,
  include_contact_details boolean not null default false,
  max_attempts integer not null default 8 check (max_attempts between 1 and 20),
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id)
);

-- The synced row of each escalation (shared/sync/store.ts ConcernEscalation): same shape and log trigger as the
-- other synced tables of migration 003, so desks receive it through pull. Only the server writes it.
create table concern_escalations (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create trigger concern_escalations_sync_log after insert or update or delete on concern_escalations
  for each row execute function sync_log_row_change();

alter table sync_log drop constraint sync_log_table_name_check;
alter table sync_log add constraint sync_log_table_name_check
  check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones', 'concern_escalations'));

-- The outbox: one row per escalation, written in the transaction of the change that made the concern top
-- priority, so an escalation exists exactly when that change committed. The unique key (office, concern,
-- escalation number) means one email per escalation whatever is replayed; lowering a concern and raising it
-- again is the next number. The delivery worker claims due rows (state 'queued' with next_attempt_at passed, or
-- 'sending' whose lease ran out because its process died) with FOR UPDATE SKIP LOCKED, so several server
-- processes never send the same row at once. Times are the database's clock, shared by every process.
create table escalation_outbox (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  concern_id text not null,
  escalation_number integer not null check (escalation_number >= 1),
  state text not null default 'queued' check (state in ('queued', 'sending', 'sent', 'failed')),
  to_addresses text[] not null default '{}',
  attempts integer not null default 0 check (attempts >= 0),
  queued_at timestamptz not null default now(),
  next_attempt_at timestamptz not null default now(),
  lease_owner text,
  lease_expires_at timestamptz,
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text,
  unique (office_id, concern_id, escalation_number),
  check ((state = 'sending') = (lease_expires_at is not null and lease_owner is not null)),
  check ((state = 'sent') = (sent_at is not null)),
  check ((state = 'failed') = (failed_at is not null))
);

-- The worker's claim query reads only rows still to deliver, in the order they fall due.
create index escalation_outbox_due_idx on escalation_outbox (next_attempt_at) where state = 'queued';
create index escalation_outbox_lease_idx on escalation_outbox (lease_expires_at) where state = 'sending';
