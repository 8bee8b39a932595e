-- Whether the provider vouched for the session's email address: only a verified address
-- matches a grant given to an address. Sessions opened before this version count as unverified
-- (their person signs in again to use such a grant).
alter table sessions add column email_verified boolean not null default false;
