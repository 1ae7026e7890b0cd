-- Open311 GeoReport v2 (issue 9; code in server/src/open311, API in shared/api/open311.ts): per office, whether
-- its endpoint answers, which of its categories it offers as services, the integrations' API keys, and what an
-- integration sent with each request that a concern has no field for. Never synced: desks do not need it.
-- Runs on PostgreSQL 15 and PGlite.

-- One row per office that has opened its Open311 settings. Off until an admin turns it on, so nothing is public
-- by accident; the endpoint's address uses the office's public page slug (public_pages, migration 011).
create table open311_settings (
  office_id uuid primary key references offices (id),
  is_enabled boolean not null default false,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id)
);

-- The services: each maps a service_code to one of the office's categories (a concern's category text). An
-- office's list is written whole by its admin; until then the server offers defaults from its categories.
create table open311_services (
  office_id uuid not null references offices (id),
  code text not null check (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  category text not null check (length(category) between 1 and 200),
  name text not null check (length(name) between 1 and 200),
  description text not null default '' check (length(description) <= 1000),
  group_name text not null default '' check (length(group_name) <= 100),
  keywords text not null default '' check (length(keywords) <= 500),
  is_enabled boolean not null default true,
  position integer not null check (position >= 0),
  primary key (office_id, code)
);

-- An integration's API key. Only its SHA-256 is kept (a key is 32 random bytes, so a fast hash is right, as for
-- session tokens): the key itself is shown once, when it is made. A revoked key stays listed, refused.
create table open311_api_keys (
  id uuid primary key default gen_random_uuid(),
  office_id uuid not null references offices (id),
  name text not null check (length(name) between 1 and 80),
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  key_hint text not null,
  created_at timestamptz not null default now(),
  created_by uuid references staff (id),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references staff (id)
);

create index open311_api_keys_office_idx on open311_api_keys (office_id, created_at);

-- What a POST requests carried beyond the concern's fields: the coordinates, the address id and the media link
-- (the concern's details repeat them for staff), and the service and key it came with. Written right after
-- the intake's transaction commits; a concern without a row here simply has none of these.
create table open311_requests (
  office_id uuid not null references offices (id),
  concern_id text not null,
  service_code text not null,
  api_key_id uuid references open311_api_keys (id),
  lat double precision check (lat between -90 and 90),
  long double precision check (long between -180 and 180),
  address_id text not null default '',
  media_url text not null default '',
  received_at timestamptz not null default now(),
  primary key (office_id, concern_id)
);
