-- The staff directory desks receive (office_staff, migration 007; row schema OfficeStaffSchema in
-- shared/domain/review.ts) for the staff who existed before the server wrote it with every change to them
-- (server/src/auth/staff-directory.ts). Only what colleagues may know: never an email, a password or a session.
-- Someone turned off (disabled_at set) keeps a row with isActive false, since past work still names them.
-- The inserts fire the sync_log trigger, so every desk pulls the rows. json_build_object spaces its text
-- differently from JSON.stringify, so the server's first write of a backfilled row logs it once more, with
-- the same content. Runs on PostgreSQL 15 and PGlite.
insert into office_staff (office_id, id, row)
select office_id,
       id::text,
       json_build_object('id', id::text, 'displayName', display_name, 'role', role, 'isActive', disabled_at is null)
  from staff
 order by office_id, display_name, id
on conflict (office_id, id) do nothing;
