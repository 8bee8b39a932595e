import { grant, listGrants, revoke } from '../db/grants-repository'
import { findTenant } from '../db/tenants-repository'
import { openForCommand, runCommand, UsageError } from './context'

const USAGE = `Droits des administrateurs sur les espaces, en plus de ce que dit leur fournisseur d’identité
(l’attribut nommé par OIDC_TENANTS_CLAIM, fc_tenants par défaut).

  npm run admins -- grant <sujet-ou-courriel> <espace|*>
  npm run admins -- revoke <sujet-ou-courriel> <espace|*>
  npm run admins -- list

<sujet-ou-courriel> : l’identifiant (sub) que donne le fournisseur, ou l’adresse électronique.
« * » : tous les espaces. La base utilisée est celle du serveur : DATABASE_URL, sinon DATA_DIR
(le serveur doit alors être arrêté).`

function principalAndTenant(args: string[]): [string, string] {
  const [principal, tenant, ...rest] = args
  if (!principal || !tenant || rest.length > 0)
    throw new UsageError(`Arguments manquants.\n\n${USAGE}`)
  return [principal, tenant]
}

await runCommand(async () => {
  const [command, ...args] = process.argv.slice(2)
  if (command !== 'grant' && command !== 'revoke' && command !== 'list') throw new UsageError(USAGE)
  const target = command === 'list' ? null : principalAndTenant(args)
  const { db } = await openForCommand({ secrets: false })
  try {
    if (command === 'list') {
      const grants = await listGrants(db)
      if (grants.length === 0) process.stdout.write('Aucun droit accordé dans la base.\n')
      for (const row of grants) {
        process.stdout.write(
          `${row.principal}\t${row.tenant === '*' ? '* (tous les espaces)' : row.tenant}\t${row.grantedAt}\n`,
        )
      }
      return
    }
    const [principal, tenant] = target ?? ['', '']
    if (command === 'grant') {
      if (tenant !== '*' && !(await findTenant(db, tenant))) {
        throw new UsageError(
          `Aucun espace ne porte l’identifiant « ${tenant} » (npm run tenants -- list).`,
        )
      }
      const added = await grant(db, principal, tenant)
      process.stdout.write(
        added
          ? `${principal} peut configurer ${tenant === '*' ? 'tous les espaces' : `l’espace « ${tenant} »`}.\n`
          : `${principal} avait déjà ce droit.\n`,
      )
      return
    }
    const removed = await revoke(db, principal, tenant)
    process.stdout.write(
      removed
        ? `Droit retiré : ${principal} sur ${tenant}. (Ce que dit le fournisseur d’identité s’applique toujours.)\n`
        : `${principal} n’avait pas ce droit dans la base.\n`,
    )
  } finally {
    await db.close()
  }
})
