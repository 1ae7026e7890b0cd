-- The monthly meeting's records (issue 6; shared/domain/meeting.ts): facilitators' corrections of the pattern
-- engine's themes, each month's agenda, and the meeting's decisions and action items, written by desks through
-- mutators (shared/sync/mutators/meeting.ts) and pulled by every desk of the office. Synced tables of the same
-- shape and log trigger as migration 003's. Runs on PostgreSQL 15 and PGlite.
create table theme_corrections (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table meeting_agenda (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table meeting_decisions (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));

create trigger theme_corrections_sync_log after insert or update or delete on theme_corrections
  for each row execute function sync_log_row_change();
create trigger meeting_agenda_sync_log after insert or update or delete on meeting_agenda
  for each row execute function sync_log_row_change();
create trigger meeting_decisions_sync_log after insert or update or delete on meeting_decisions
  for each row execute function sync_log_row_change();

alter table sync_log drop constraint sync_log_table_name_check;
alter table sync_log add constraint sync_log_table_name_check
  check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones', 'concern_escalations',
    'escalation_fallbacks', 'citizen_acknowledgements', 'office_profile', 'concern_flags', 'concern_comments',
    'concern_responses', 'concern_assignees', 'office_staff', 'theme_corrections', 'meeting_agenda',
    'meeting_decisions'));
