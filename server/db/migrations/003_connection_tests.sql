-- The connection tests to FranceConnect: each result (never the secret), and the tests running
-- now, one per tenant at a time across every server process.

create table connection_tests (
  id bigint generated always as identity primary key,
  tenant_id text not null references tenants (id) on delete cascade,
  started_at timestamptz not null,
  finished_at timestamptz not null,
  actor_name text not null,
  actor_subject text,
  outcome text not null check (outcome in ('passed', 'failed')),
  environment_url text not null,
  issuer text,
  checks jsonb not null
);

create index connection_tests_by_tenant on connection_tests (tenant_id, id desc);

create table connection_test_runs (
  tenant_id text primary key references tenants (id) on delete cascade,
  started_at timestamptz not null
);

-- A journal entry of kind connection-tested says how the test went.
alter table settings_journal add column connection_test jsonb;
