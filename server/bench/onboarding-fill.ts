import type { Queryable } from '../db/database'

/**
 * The onboarding (1.6) of the benchmark's tenants, after their settings: two in three have typed
 * something (a request submitted or waiting for weeks, a sandbox, a dossier under instruction or
 * accepted), and the journal tells how each key was saved, switched on and tested, with a few
 * onboarding saves among them, as a tenant's history would.
 */
export async function fillOnboarding(db: Queryable, tenants: number) {
  const id = `'bench-' || lpad(i::text, 5, '0')`
  await db.query(
    `insert into tenant_onboarding (tenant_id, datapass_number, datapass_state, organisation_name,
       siret, sandbox_state, dossier_number, production_state, datapass_since_at,
       datapass_since_by, sandbox_since_at, sandbox_since_by, production_since_at,
       production_since_by, revision, updated_at, updated_by)
     select ${id}, (70000 + i)::text,
       case when i % 6 = 0 then 'submitted' else 'validated' end,
       'Organisation n° ' || i, '',
       case when i % 6 = 1 then 'created' else 'not_requested' end,
       case when i % 6 >= 2 then (2000000 + i)::text else '' end,
       case when i % 6 = 2 then 'en_instruction' when i % 6 >= 3 then 'accepte' else 'not_filed' end,
       now() - make_interval(days => i % 30), 'Camille Martin',
       case when i % 6 = 1 then now() - make_interval(days => i % 9) end,
       case when i % 6 = 1 then 'Camille Martin' end,
       case when i % 6 >= 2 then now() - make_interval(days => i % 20) end,
       case when i % 6 >= 2 then 'Alex Dupont' end,
       2, now() - make_interval(days => i % 9), 'Camille Martin'
     from generate_series(1, $1::int) as i where i % 3 <> 2`,
    [tenants],
  )
  const entry = (kind: string, at: string, changes: string, where: string, test = 'null') =>
    db.query(
      `insert into settings_journal (tenant_id, occurred_at, actor_name, kind, revision, changes,
         connection_test)
       select s.tenant_id, ${at}, 'Camille Martin', '${kind}', null, ${changes}, ${test}
       from france_connect_settings s where ${where} order by s.tenant_id`,
    )
  await entry(
    'onboarding-saved',
    `s.updated_at - interval '30 days'`,
    `'[{"field": "datapass.state", "before": "not_filed", "after": "submitted"}]'`,
    'true',
  )
  await entry(
    'settings-saved',
    `s.updated_at - interval '14 days'`,
    `jsonb_build_array(jsonb_build_object('field', 'clientId', 'before', '', 'after', s.client_id),
       '{"field": "clientSecret", "change": "set"}'::jsonb)`,
    `s.client_id <> ''`,
  )
  await entry(
    'onboarding-saved',
    `s.updated_at - interval '7 days'`,
    `'[{"field": "production.state", "before": "en_instruction", "after": "accepte"}]'`,
    'true',
  )
  await entry(
    'settings-saved',
    's.updated_at',
    `'[{"field": "enabled", "before": false, "after": true}]'`,
    's.enabled',
  )
  await entry(
    'connection-tested',
    's.last_tested_at',
    `'[]'`,
    's.last_tested_at is not null',
    `jsonb_build_object('id', s.tenant_id, 'outcome', s.last_test_outcome, 'failedChecks', '[]'::jsonb)`,
  )
}
