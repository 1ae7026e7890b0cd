-- Citizens reach the office directly (issue 9; code in server/src/intake and server/src/public-form): the
-- submissions that became concerns with their reference numbers, the server-side origin their mutations run
-- under, each office's suggestion form switch, and the key that signs the form's tokens. Never synced.
-- Runs on PostgreSQL 15 and PGlite.

-- The origin of every concern the server logs for the public (the form, Open311): one per office, playing the
-- part a desk's device plays in a push. Its client id and a mutation id counted up here make the ids the
-- mutators derive (shared/sync/context.ts) unique, exactly as a device's outbox sequence does. Not a
-- sync_clients row: those belong to a staff member, and nobody signs these in.
create table intake_origins (
  office_id uuid primary key references offices (id),
  client_id uuid not null unique default gen_random_uuid(),
  last_mutation_id bigint not null default 0 check (last_mutation_id >= 0),
  created_at timestamptz not null default now()
);

-- One row per submission that became a concern. The reference is what the citizen quotes: 10 characters of
-- Crockford base32 drawn from a CSPRNG (50 bits), stored canonical (upper case, no dashes), unique across the
-- server so a lookup needs no office and a reference from another office finds nothing in this one.
create table intake_submissions (
  reference text primary key check (reference ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
  office_id uuid not null references offices (id),
  concern_id text not null,
  source text not null check (source in ('web-form', 'open311')),
  client_id uuid not null references intake_origins (client_id),
  mutation_id bigint not null check (mutation_id >= 1),
  received_at timestamptz not null default now(),
  unique (office_id, concern_id),
  unique (client_id, mutation_id)
);

-- The office's suggestion form (GET/PUT /api/admin/suggestion-form): off until an admin turns it on, so no
-- office takes public submissions by accident. categories: the JSON array of category names the form offers;
-- null until an admin saves a list, meaning the app's default categories (desks keep their own lists, so the
-- server has no other list to offer).
create table suggestion_forms (
  office_id uuid primary key references offices (id),
  is_enabled boolean not null default false,
  categories json,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id)
);

-- The key that signs form tokens (HMAC-SHA256): made by the first server process that needs it and then shared
-- by every process on this database, so a form served by one process can be submitted to another. It never
-- leaves the server; deleting the row makes a new key and only expires the forms open at that moment.
create table intake_secrets (
  is_singleton boolean primary key default true check (is_singleton),
  secret text not null check (length(secret) >= 43),
  created_at timestamptz not null default now()
);
