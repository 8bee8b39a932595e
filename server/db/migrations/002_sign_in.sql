-- Administrator sign-in: sessions (shared by every server process), sign-ins in progress, and
-- the tenants each person may configure beyond what their identity provider says.

create table sessions (
  -- SHA-256 of the cookie's value: the database never holds a usable session token.
  id_hash text primary key,
  subject text not null,
  name text not null,
  email text,
  -- What the provider's claim said at sign-in: a list of tenant ids, or "*".
  claimed_tenants jsonb not null default '[]',
  -- The ID token, sealed like a client secret, kept only for the logout's id_token_hint.
  id_token_ciphertext bytea,
  id_token_key_id text,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);

create index sessions_by_expiry on sessions (expires_at);

create table sign_in_attempts (
  state text primary key,
  -- SHA-256 of a random value the browser holds in a cookie: a callback from another browser
  -- (login CSRF) finds no attempt.
  browser_hash text not null,
  nonce text not null,
  code_verifier text,
  return_to text not null,
  created_at timestamptz not null
);

create table admin_grants (
  -- A subject (sub) as the provider gives it, or an email address in lower case.
  principal text not null,
  -- A tenant id, or "*" for every tenant.
  tenant text not null,
  granted_at timestamptz not null default now(),
  primary key (principal, tenant)
);
