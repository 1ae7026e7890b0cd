-- Sending the monthly newsletter (issue 7; code in server/src/newsletter): the issue as it was first sent, and one
-- delivery per (office, month, recipient), ever. Runs on PostgreSQL 15 and PGlite.

-- The issue's content frozen at the first press of "send" (the synced newsletters row gets sentAt/sentBy in the
-- same transaction, so desks stop editing it). Every delivery of the month renders this, never the live row.
create table newsletter_sends (
  office_id uuid not null references offices (id),
  month text not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  issue json not null,
  sent_at timestamptz not null default now(),
  sent_by text not null,
  primary key (office_id, month)
);

-- One row per recipient of an issue: the unique key (office, month, recipient_key) makes a second press, a second
-- server process or a retry queue nobody twice (inserts use `on conflict do nothing`). recipient_key is the
-- address's unsubscribe key (shared/domain/newsletter.ts unsubscribeKey), so one person with several concerns
-- or addresses written differently gets one copy. Same delivery columns, states, claims and leases as the other
-- outboxes (migrations 004 and 006), so the one worker delivers it after the priority emails.
--
-- unsubscribe_token is the random secret in the recipient's unsubscribe link. It is stored as it is (not hashed)
-- because every retry must write the same link into the email; it can do nothing but take that one address off
-- the newsletter, which is what anyone holding the email may do.
create table newsletter_deliveries (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  month text not null,
  recipient_key text not null check (recipient_key ~ '^[0-9a-f]{64}$'),
  unsubscribe_token text not null unique check (length(unsubscribe_token) >= 22),
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
  unique (office_id, month, recipient_key),
  foreign key (office_id, month) references newsletter_sends (office_id, month),
  check ((state = 'sending') = (lease_expires_at is not null and lease_owner is not null)),
  check ((state = 'sent') = (sent_at is not null)),
  check ((state = 'failed') = (failed_at is not null))
);

create index newsletter_deliveries_due_idx on newsletter_deliveries (next_attempt_at) where state = 'queued';
create index newsletter_deliveries_lease_idx on newsletter_deliveries (lease_expires_at) where state = 'sending';
