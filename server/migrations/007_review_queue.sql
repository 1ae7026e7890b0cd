-- The review queue (issue 5; shared/domain/review.ts): flags, comments, responses to citizens and assignees,
-- written by desks through mutators, and office_staff, the office's staff as desks know them, written by the
-- server. Synced tables of the same shape and log trigger as migration 003's. Runs on PostgreSQL 15 and PGlite.
create table concern_flags (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table concern_comments (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table concern_responses (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table concern_assignees (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table office_staff (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));

create trigger concern_flags_sync_log after insert or update or delete on concern_flags
  for each row execute function sync_log_row_change();
create trigger concern_comments_sync_log after insert or update or delete on concern_comments
  for each row execute function sync_log_row_change();
create trigger concern_responses_sync_log after insert or update or delete on concern_responses
  for each row execute function sync_log_row_change();
create trigger concern_assignees_sync_log after insert or update or delete on concern_assignees
  for each row execute function sync_log_row_change();
create trigger office_staff_sync_log after insert or update or delete on office_staff
  for each row execute function sync_log_row_change();

alter table sync_log drop constraint sync_log_table_name_check;
alter table sync_log add constraint sync_log_table_name_check
  check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones', 'concern_escalations',
    'escalation_fallbacks', 'citizen_acknowledgements', 'office_profile', 'concern_flags', 'concern_comments',
    'concern_responses', 'concern_assignees', 'office_staff'));
