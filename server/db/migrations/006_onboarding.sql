-- The onboarding of each tenant (contract 1.6): what the configurer typed of the FranceConnect
-- procedure, and when and by whom each typed state last changed. No row: nothing typed yet (the
-- empty onboarding, version 0). The milestones after it are derived from the settings and the
-- journal, never stored.

create table tenant_onboarding (
  tenant_id text primary key references tenants (id) on delete cascade,
  datapass_number text not null default '',
  datapass_state text not null default 'not_filed'
    check (datapass_state in ('not_filed', 'draft', 'submitted', 'changes_requested', 'validated',
      'refused', 'revoked')),
  organisation_name text not null default '',
  siret text not null default '',
  sandbox_state text not null default 'not_requested'
    check (sandbox_state in ('not_requested', 'created', 'keys_entered')),
  dossier_number text not null default '',
  production_state text not null default 'not_filed'
    check (production_state in ('not_filed', 'en_construction', 'en_instruction', 'accepte',
      'refuse', 'sans_suite')),
  france_connect_version text not null default 'v2'
    check (france_connect_version in ('v2', 'v1')),
  ip_address text not null default '',
  -- When each typed state last changed, and by whom (null: never typed).
  datapass_since_at timestamptz,
  datapass_since_by text,
  sandbox_since_at timestamptz,
  sandbox_since_by text,
  production_since_at timestamptz,
  production_since_by text,
  revision integer not null default 0,
  updated_at timestamptz,
  updated_by text,
  updated_by_subject text
);
