-- Offices, their staff, sign-in sessions and the one-time code that creates the first admin.
-- Runs on PostgreSQL 15 and PGlite (PostgreSQL 18): gen_random_uuid() is built in since PostgreSQL 13.

create table offices (
  id uuid primary key default gen_random_uuid(),
  name text not null check (btrim(name) <> ''),
  created_at timestamptz not null default now()
);

create table staff (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  -- Stored lower-cased, so the unique constraint below is case-insensitive and lookups use its index.
  email text not null check (email = lower(email) and btrim(email) <> ''),
  display_name text not null check (btrim(display_name) <> ''),
  role text not null check (role in ('counter', 'goto', 'facilitator', 'admin')),
  password_hash text not null,
  -- Set when an admin removes someone: their sessions stop working, their past entries keep their author.
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  unique (office_id, email)
);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references staff (id) on delete cascade,
  -- Only a hash of the token: a leaked database must not let anyone sign in.
  token_hash text not null unique,
  -- What the person called this device ("Front desk laptop"), so an admin can sign out a lost one.
  device_label text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  check (expires_at > created_at)
);

create index sessions_staff_id_idx on sessions (staff_id);

create table setup_codes (
  id uuid primary key default gen_random_uuid(),
  -- Only a hash of the code printed at first start; used_at makes it work once.
  code_hash text not null unique,
  created_at timestamptz not null default now(),
  used_at timestamptz
);
