-- The office's public status list (issue 7; shared/api/public-page.ts): one row per office that has opened its
-- settings. The slug is the page's address (/public/<slug>/), unique across the server's offices; a page is
-- unpublished until an admin publishes it, so nothing is public by accident. The logo is kept as bytes with its
-- type, checked by magic bytes before it is stored (PNG, JPEG or WebP, never SVG). embed_origins: a JSON array of
-- website origins allowed to frame the page (CSP frame-ancestors). Never synced: desks do not need it.
-- Runs on PostgreSQL 15 and PGlite.
create table public_pages (
  office_id uuid primary key references offices (id),
  slug text not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' and length(slug) <= 48),
  display_name text not null default '',
  introduction text not null default '',
  website_url text not null default '',
  is_published boolean not null default false,
  embed_origins json not null default '[]',
  logo bytea,
  logo_type text check (logo_type in ('image/png', 'image/jpeg', 'image/webp')),
  logo_updated_at timestamptz,
  updated_at timestamptz not null default now(),
  updated_by uuid references staff (id),
  check ((logo is null) = (logo_type is null) and (logo is null) = (logo_updated_at is null))
);
