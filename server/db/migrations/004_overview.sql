-- The tenants overview: each tenant's name folded for the search and the sort (lower case,
-- accents off, as contract/tenants-overview.ts folds the text typed; capitals with accents are
-- listed since lower() depends on the locale), its last connection test beside its settings
-- (read for every row of a page), and each journaled version's values (the secret apart).

alter table tenants add column search_name text collate "C"
  generated always as (translate(lower(name), 'ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆàâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoaaaaaaaceeeeiiiinooooouuuuyyoa')) stored;

create index tenants_by_search_name on tenants (search_name, (id collate "C"));

alter table france_connect_settings
  add column last_test_outcome text check (last_test_outcome in ('passed', 'failed')),
  add column last_tested_at timestamptz;

update france_connect_settings s
set last_test_outcome = t.outcome, last_tested_at = t.finished_at
from (
  select distinct on (tenant_id) tenant_id, outcome, finished_at
  from connection_tests
  order by tenant_id, id desc
) t
where t.tenant_id = s.tenant_id;

alter table settings_journal add column settings_values jsonb;
