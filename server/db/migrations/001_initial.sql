-- Tenants, their FranceConnect settings (the secret encrypted) and the journal of changes.
-- Written for PostgreSQL 15 and later, and PGlite.

create table tenants (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text not null check (length(name) between 1 and 200),
  portal_base_url text not null,
  created_at timestamptz not null default now()
);

create table france_connect_settings (
  tenant_id text primary key references tenants (id) on delete cascade,
  enabled boolean not null default false,
  button_variant text not null default 'FCboutons-10'
    check (button_variant in ('FCboutons-10', 'FCboutons-11')),
  connection_text text not null,
  client_id text not null default '',
  environment_url text not null default '',
  preview_background text check (preview_background ~ '^#[0-9A-F]{6}$'),
  -- AES-256-GCM, bound to the tenant; never the secret itself.
  secret_ciphertext bytea,
  secret_key_id text,
  revision integer not null default 1,
  updated_at timestamptz,
  updated_by text,
  updated_by_subject text,
  check ((secret_ciphertext is null) = (secret_key_id is null))
);

-- One FranceConnect key serves one portal.
create unique index france_connect_settings_client_id
  on france_connect_settings (client_id) where client_id <> '';

create table settings_journal (
  id bigint generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  occurred_at timestamptz not null,
  actor_name text not null,
  actor_subject text,
  kind text not null,
  revision integer,
  changes jsonb not null default '[]'
);

create index settings_journal_by_tenant on settings_journal (tenant_id, id desc);
