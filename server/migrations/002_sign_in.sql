-- Signing in: failed attempts for rate limiting, temporary passwords, and finding staff by email in any office.

-- One row per failed sign-in or setup attempt, per thing counted: 'email:ana@town.example', 'ip:203.0.113.7',
-- 'setup:203.0.113.7'. In the database rather than in memory, so several server processes share one limit.
create table sign_in_failures (
  id bigint generated always as identity primary key,
  key text not null,
  failed_at timestamptz not null default now()
);

create index sign_in_failures_key_idx on sign_in_failures (key, failed_at);
create index sign_in_failures_failed_at_idx on sign_in_failures (failed_at);

-- Set when an admin or the CLI chose the password: the app asks the person to pick their own.
alter table staff add column password_is_temporary boolean not null default false;

-- Sign-in looks people up by email alone; the same email may be in several offices.
create index staff_email_idx on staff (email);
