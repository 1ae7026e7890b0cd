-- Closing the loop (issue 7; shared/domain/project.ts and newsletter.ts): projects, the concerns linked to them,
-- the contributors thanked for them, each month's newsletter issue and the newsletter's unsubscribe list (by a
-- hash of the address, never the address). Synced tables of the same shape and log trigger as migration 003's.
-- Runs on PostgreSQL 15 and PGlite.
create table projects (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table project_links (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table project_thanks (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table newsletters (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));
create table newsletter_unsubscribes (office_id uuid not null references offices (id), id text not null, row json not null, primary key (office_id, id));

create trigger projects_sync_log after insert or update or delete on projects
  for each row execute function sync_log_row_change();
create trigger project_links_sync_log after insert or update or delete on project_links
  for each row execute function sync_log_row_change();
create trigger project_thanks_sync_log after insert or update or delete on project_thanks
  for each row execute function sync_log_row_change();
create trigger newsletters_sync_log after insert or update or delete on newsletters
  for each row execute function sync_log_row_change();
create trigger newsletter_unsubscribes_sync_log after insert or update or delete on newsletter_unsubscribes
  for each row execute function sync_log_row_change();

alter table sync_log drop constraint sync_log_table_name_check;
alter table sync_log add constraint sync_log_table_name_check
  check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones', 'concern_escalations',
    'escalation_fallbacks', 'citizen_acknowledgements', 'office_profile', 'concern_flags', 'concern_comments',
    'concern_responses', 'concern_assignees', 'office_staff', 'theme_corrections', 'meeting_agenda',
    'meeting_decisions', 'projects', 'project_links', 'project_thanks', 'newsletters', 'newsletter_unsubscribes'));
