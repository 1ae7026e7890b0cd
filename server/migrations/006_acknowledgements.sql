-- The citizens' automatic acknowledgement (issue 4; code in server/src/escalations): one email per concern to a
-- citizen who gave an address and agreed to be contacted, through the same kind of outbox as the priority
-- emails. Runs on PostgreSQL 15 and PGlite.

-- The office's choice (GET/PUT /api/admin/office-settings). A null subject or body is the default text
-- (shared/domain/acknowledgement.ts), so offices that never edited it get the current default.
alter table office_settings add column acknowledgement_enabled boolean not null default false;
alter table office_settings add column acknowledgement_subject text;
alter table office_settings add column acknowledgement_body text;

-- One row per concern, ever: the unique key (office, concern) makes a replayed push, a later edit or a second
-- server process queue nothing more. Written in the transaction of the change that gave the concern a citizen
-- to acknowledge; mirrored into the synced citizen_acknowledgements (migration 005). Same columns, states,
-- claims and leases as escalation_outbox (migration 004), so one worker delivers both; to_addresses holds the
-- one address it was (or will be) sent to.
create table acknowledgement_outbox (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  concern_id text not null,
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
  unique (office_id, concern_id),
  check ((state = 'sending') = (lease_expires_at is not null and lease_owner is not null)),
  check ((state = 'sent') = (sent_at is not null)),
  check ((state = 'failed') = (failed_at is not null))
);

create index acknowledgement_outbox_due_idx on acknowledgement_outbox (next_attempt_at) where state = 'queued';
create index acknowledgement_outbox_lease_idx on acknowledgement_outbox (lease_expires_at) where state = 'sending';
