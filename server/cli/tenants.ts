import { parseArgs } from 'node:util'
import { findEnvironment, BUILT_IN_ENVIRONMENTS } from '#contract/catalogue'
import { tenantSchema } from '#contract/tenant'
import {
  findSettings,
  insertTenant,
  listTenants,
  NEW_TENANT_SETTINGS,
} from '../db/tenants-repository'
import { openForCommand, runCommand, UsageError } from './context'

const USAGE = `Gestion des espaces (tenants) du serveur de référence.

  npm run tenants -- add <id> --name "Nom de l’espace" --portal-url https://portail.example.fr
  npm run tenants -- list [--json]

L’identifiant : minuscules, chiffres et tirets (63 caractères au plus), par exemple « portaildesaides ».
La base utilisée est celle du serveur : DATABASE_URL, sinon DATA_DIR (.data par défaut ; le
serveur doit alors être arrêté).`

const TENANT_ID = /^[a-z0-9][a-z0-9-]{0,62}$/

async function add(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, 'portal-url': { type: 'string' } },
  })
  const [id] = positionals
  if (!id || positionals.length > 1 || !values.name || !values['portal-url']) {
    throw new UsageError(`Arguments manquants.\n\n${USAGE}`)
  }
  if (!TENANT_ID.test(id)) {
    throw new UsageError(
      `Identifiant « ${id} » refusé : minuscules sans accent, chiffres et tirets, 63 caractères au plus.`,
    )
  }
  const tenant = tenantSchema.safeParse({
    id,
    name: values.name.trim(),
    portalBaseUrl: values['portal-url'],
  })
  if (!tenant.success) {
    const problems = tenant.error.issues.map(
      (issue) => `- ${issue.path.join('.')} : ${issue.message}`,
    )
    throw new UsageError(`Valeurs refusées :\n${problems.join('\n')}`)
  }
  const { db } = await openForCommand({ secrets: false })
  try {
    const created = await db.transaction((tx) => insertTenant(tx, tenant.data, NEW_TENANT_SETTINGS))
    if (!created) throw new UsageError(`L’espace « ${id} » existe déjà.`)
    process.stdout.write(
      `Espace « ${id} » créé : ${tenant.data.name} (${tenant.data.portalBaseUrl}).\n`,
    )
  } finally {
    await db.close()
  }
}

async function list(args: string[]) {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } })
  const { db } = await openForCommand({ secrets: false })
  try {
    const rows = await Promise.all(
      (await listTenants(db)).map(async (tenant) => {
        const settings = (await findSettings(db, tenant.id))?.settings
        return {
          ...tenant,
          franceConnect: settings?.enabled ? 'activé' : 'désactivé',
          environment: settings?.environmentUrl
            ? (findEnvironment(BUILT_IN_ENVIRONMENTS, settings.environmentUrl)?.label ??
              settings.environmentUrl)
            : '—',
          secret: settings?.clientSecretConfigured ? 'enregistré' : 'aucun',
        }
      }),
    )
    if (values.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`)
      return
    }
    if (rows.length === 0) {
      process.stdout.write('Aucun espace.\n')
      return
    }
    for (const row of rows) {
      process.stdout.write(
        `${row.id}\t${row.name}\t${row.portalBaseUrl}\tFranceConnect ${row.franceConnect}\t${row.environment}\tsecret ${row.secret}\n`,
      )
    }
  } finally {
    await db.close()
  }
}

await runCommand(async () => {
  const [command, ...args] = process.argv.slice(2)
  if (command === 'add') return add(args)
  if (command === 'list') return list(args)
  throw new UsageError(USAGE)
})
