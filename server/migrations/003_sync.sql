-- Sync (issue 3; design in SYNC.md, code in server/src/sync): the synced rows of every office, the change log
-- that pull reads, and each device's push progress. Runs on PostgreSQL 15 and PGlite.

-- One life of this database. Pull cursors carry it; a cursor from another epoch makes the device start over.
-- A backup restored elsewhere, or a database copied to a new server, MUST get a new epoch (see server/README.md):
-- its log positions are not the ones the devices have seen.
create table sync_epoch (
  is_singleton boolean primary key default true check (is_singleton),
  epoch text not null check (epoch ~ '^[A-Za-z0-9_-]{1,64}$'),
  created_at timestamptz not null default now()
);
insert into sync_epoch (epoch) values (replace(gen_random_uuid()::text, '-', ''));

-- The synced tables mirror shared/sync/store.ts: one row per (office, id), the row itself as JSON. `json`, not
-- `jsonb`, on purpose: jsonb refuses strings the domain allows ("\u0000", a lone surrogate), which would fail a
-- push forever, and json keeps the text exactly as written. The server never queries inside a row (even
-- json's ->> de-escapes the whole document and fails on those strings, so no check looks inside either).
create table concerns (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create table concern_history (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create table concern_tags (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

create table concern_tombstones (
  office_id uuid not null references offices (id),
  id text not null,
  row json not null,
  primary key (office_id, id)
);

-- A device: bound to the staff member and office of its first push, and how far its outbox has been applied.
create table sync_clients (
  client_id uuid primary key,
  office_id uuid not null references offices (id),
  staff_id uuid not null references staff (id),
  last_mutation_id bigint not null default 0 check (last_mutation_id >= 0),
  created_at timestamptz not null default now()
);

-- The outcome of every mutation a device pushed, so a resent one gets its first answer back ("duplicate").
create table sync_mutations (
  client_id uuid not null references sync_clients (client_id),
  mutation_id bigint not null check (mutation_id >= 1),
  name text not null,
  status text not null check (status in ('applied', 'rejected')),
  reason text,
  code text,
  applied_at timestamptz not null default now(),
  primary key (client_id, mutation_id),
  check ((status = 'applied') = (reason is null))
);

-- The change log pull reads, in (xid, seq) order, only below the oldest running transaction (the horizon), so
-- a transaction that commits late cannot be skipped. 'put' and 'delete' entries are written by the trigger
-- below, with the row as it was written: a page then carries each row exactly as of its cursor, never a later
-- state. 'mutation' entries mark that a device's mutation was recorded, in the same transaction as its
-- effects, so pull can tell a device which of its mutations a page covers.
create table sync_log (
  seq bigserial primary key,
  office_id uuid not null references offices (id),
  xid xid8 not null default pg_current_xact_id(),
  op text not null check (op in ('put', 'delete', 'mutation')),
  table_name text check (table_name in ('concerns', 'concern_history', 'concern_tags', 'concern_tombstones')),
  row_id text,
  row json,
  client_id uuid,
  mutation_id bigint,
  check (case op
    when 'put' then table_name is not null and row_id is not null and row is not null and client_id is null
    when 'delete' then table_name is not null and row_id is not null and row is null and client_id is null
    else table_name is null and row_id is null and row is null and client_id is not null and mutation_id is not null
  end)
);

create index sync_log_office_position_idx on sync_log (office_id, xid, seq);
create index sync_log_client_position_idx on sync_log (client_id, xid, seq) where client_id is not null;

-- Every change of a synced row lands in the log, whoever makes it (a push, an admin's SQL, a future service).
-- TRUNCATE is not logged: clear a synced table with DELETE.
create function sync_log_row_change() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    insert into sync_log (office_id, op, table_name, row_id) values (old.office_id, 'delete', tg_table_name, old.id);
    return null;
  end if;
  if tg_op = 'UPDATE' then
    if old.office_id <> new.office_id or old.id <> new.id then
      insert into sync_log (office_id, op, table_name, row_id) values (old.office_id, 'delete', tg_table_name, old.id);
    end if;
  end if;
  insert into sync_log (office_id, op, table_name, row_id, row) values (new.office_id, 'put', tg_table_name, new.id, new.row);
  return null;
end;
$$;

create trigger concerns_sync_log after insert or update or delete on concerns
  for each row execute function sync_log_row_change();
create trigger concern_history_sync_log after insert or update or delete on concern_history
  for each row execute function sync_log_row_change();
create trigger concern_tags_sync_log after insert or update or delete on concern_tags
  for each row execute function sync_log_row_change();
create trigger concern_tombstones_sync_log after insert or update or delete on concern_tombstones
  for each row execute function sync_log_row_change();
