-- When each concern was made (its row's createdAt), as a column beside the row, so a public reader of a window of
-- time (Open311's GET requests: the last 90 days by default) reads that window's rows through an index instead of
-- every row the office ever logged. The row stays the truth: the column is written by the server's sync store
-- (server/src/sync/sql-store.ts) from the row it has just checked, with every write of a concern. A row written
-- any other way (by hand in SQL) has none, and readers of a window take such rows too and judge them by their
-- row, so the column can only ever save work, never hide a concern. Runs on PostgreSQL 15 and PGlite.

alter table concerns add column created_at timestamptz;
create index concerns_office_created_at_idx on concerns (office_id, created_at);

-- The concerns already stored. Read from the row with json's ->> (migration 003 says why the server never does
-- that on a request: a row holding "\u0000" or a lone surrogate makes it fail); one row that fails keeps no
-- time, and is read whole by the window's readers, as above.
create function concern_created_at_of(stored json) returns timestamptz language plpgsql as $$
begin
  return (stored ->> 'createdAt')::timestamptz;
exception when others then
  return null;
end;
$$;

-- Filled without a sync log entry: nothing a desk pulls has changed, and 100,000 entries would make every desk
-- pull every concern again.
alter table concerns disable trigger concerns_sync_log;
update concerns set created_at = concern_created_at_of(row);
alter table concerns enable trigger concerns_sync_log;
drop function concern_created_at_of(json);
