-- The rest of the priority lane (issue 4): the office profile desks receive, desks' own fallbacks when they were
-- offline too long, and the citizens' automatic acknowledgements. Runs on PostgreSQL 15 and PGlite.

-- Synced tables, same shape and log trigger as migration 003's. office_profile has one row per office (id
-- 'office', shared/domain/office-profile.ts), written by the admin routes; citizen_acknowledgements is written by
-- the server's mail worker; escalation_fallbacks by desks (the recordEscalationFallback mutator).
create table office_profile (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create table escalation_fallbacks (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create table citizen_acknowledgements (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create trigger office_profile_sync_log after insert or update or delete on office_profile
  for each row execute function sync_log_row_change();
create trigger escalation_fallbacks_sync_log after insert or update or delete on escalation_fallbacks
  for each row execute function sync_log_row_change();
create trigger citizen_acknowledgements_sync_log after insert or update or delete on citizen_acknowledgements
  for each row execute function sync_log_row_change();

alter table sync_log drop constraint sync_log_table_name_check;
alter table sync_log add constraint sync_log_table_name_check
  check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones', 'concern_escalations',
    'escalation_fallbacks', 'citizen_acknowledgements', 'office_profile'));

-- 'handled': a desk sent the concern on itself (escalation_fallbacks) before the server emailed it, so the
-- worker never sends it. Only a queued row can become handled: one already being sent or sent stays as it is.
alter table escalation_outbox add column handled_at timestamptz;
alter table escalation_outbox drop constraint escalation_outbox_state_check;
alter table escalation_outbox add constraint escalation_outbox_state_check
  check (state in ('queued', 'sending', 'sent', 'failed', 'handled'));
alter table escalation_outbox add constraint escalation_outbox_handled_check check ((state = 'handled') = (handled_at is not null));
