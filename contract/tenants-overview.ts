import { type Environment, findEnvironment } from './catalogue'
import { storableText } from './text'
import { z } from './zod'

export const OVERVIEW_PAGE_SIZE_MAX = 100
export const OVERVIEW_SORTS = ['name', 'id', 'lastChange'] as const

/** The `environment` filter's value for tenants without an environment. */
export const ENVIRONMENT_NONE = 'none'

const flag = z.optional(z.enum(['true', 'false']))

/** `GET /tenants` (1.5): the filters, sort and page, all in the query string. */
export const tenantsQuerySchema = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.gte(1)), 1),
  pageSize: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(OVERVIEW_PAGE_SIZE_MAX)),
    20,
  ),
  /** Text searched in the id and the name, whatever the case and accents (see `foldForSearch`). */
  q: z.optional(
    z
      .string()
      .check(z.maxLength(100), storableText('La recherche contient un caractère invalide.')),
  ),
  enabled: flag,
  /** An environment URL (as stored), or `none` for tenants without one. */
  environment: z.optional(
    z
      .string()
      .check(
        z.maxLength(300),
        storableText('Le filtre d’environnement contient un caractère invalide.'),
      ),
  ),
  toHandle: flag,
  /** 1.6: only tenants whose onboarding is at this step (1 to 6). */
  step: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(6))),
  sort: z._default(z.enum(OVERVIEW_SORTS), 'name'),
  order: z._default(z.enum(['asc', 'desc']), 'asc'),
})
export type TenantsQuery = z.output<typeof tenantsQuerySchema>

export const TO_HANDLE_REASONS = [
  'environment-retired',
  'environment-deprecated',
  'enabled-without-secret',
  'last-test-failed',
  'onboarding-waiting',
] as const
export type ToHandleReason = (typeof TO_HANDLE_REASONS)[number]

/** One tenant as the overview shows it. The secret never is: only whether one is stored. */
export const tenantSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  environmentUrl: z.string(),
  secretConfigured: z.boolean(),
  lastTest: z.nullable(
    z.object({ at: z.iso.datetime({ offset: true }), outcome: z.enum(['passed', 'failed']) }),
  ),
  lastChange: z.nullable(
    z.object({ at: z.iso.datetime({ offset: true }), by: z.nullable(z.string()) }),
  ),
  /** Why the tenant needs attention; empty when it does not (a reader ignores unknown ones). */
  toHandle: z.array(z.string()),
  /** Added in 1.6: where the tenant's onboarding stands (absent from an older backend). */
  onboarding: z.optional(
    z.object({
      step: z.number().check(z.int(), z.gte(1), z.lte(6)),
      stepId: z.string(),
      /** The step's state in French, as the page says it. */
      state: z.string(),
      /** Since when the current typed state holds; null when nothing was typed. */
      since: z.nullable(z.iso.datetime({ offset: true })),
      /** Whether a request has waited longer than the backend allows. */
      waiting: z.boolean(),
    }),
  ),
})
export type TenantSummary = z.infer<typeof tenantSummarySchema>

export const tenantsPageSchema = z
  .object({
    items: z.array(tenantSummarySchema),
    page: z.number(),
    pageSize: z.number(),
    /** How many tenants the filters keep. */
    total: z.number(),
    /** Counts over every tenant the person may see, whatever the filters. */
    summary: z.object({
      total: z.number(),
      enabled: z.number(),
      disabled: z.number(),
      toHandle: z.number(),
    }),
  })
  .check(
    z.meta({
      description:
        'Une page de la vue d’ensemble des espaces que la personne a le droit de voir, filtrée et triée par le serveur.',
    }),
  )
export type TenantsPage = z.infer<typeof tenantsPageSchema>

/** Why a tenant needs attention, from its settings, the catalogue and its last test. */
export function toHandleReasons(
  tenant: Pick<TenantSummary, 'enabled' | 'environmentUrl' | 'secretConfigured' | 'lastTest'>,
  catalogue: readonly Environment[],
): ToHandleReason[] {
  const status = findEnvironment(catalogue, tenant.environmentUrl)?.status
  const reasons: ToHandleReason[] = []
  if (status === 'retired') reasons.push('environment-retired')
  if (status === 'deprecated') reasons.push('environment-deprecated')
  if (tenant.enabled && !tenant.secretConfigured) reasons.push('enabled-without-secret')
  if (tenant.lastTest?.outcome === 'failed') reasons.push('last-test-failed')
  return reasons
}

/** Letters the search folds, and what they fold to (SQL `translate` and the mock use both). */
export const SEARCH_FOLD_FROM = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ'
export const SEARCH_FOLD_TO = 'aaaaaaceeeeiiiinooooouuuuyyoa'

/** Lower case, accents folded: how the search compares the text typed with ids and names. */
export function foldForSearch(text: string): string {
  let folded = ''
  for (const char of text.toLowerCase()) {
    const index = SEARCH_FOLD_FROM.indexOf(char)
    folded += index === -1 ? char : SEARCH_FOLD_TO.charAt(index)
  }
  return folded
}

/** Columns of the CSV export, in order, with their French headers. */
export const CSV_COLUMNS = [
  ['id', 'Identifiant'],
  ['name', 'Nom'],
  ['enabled', 'FranceConnect'],
  ['environment', 'Environnement'],
  ['secretConfigured', 'Secret enregistré'],
  ['lastTest', 'Dernier test de connexion'],
  ['lastChange', 'Dernière modification'],
  ['onboarding', 'Mise en service'],
  ['toHandle', 'À traiter'],
] as const

/** How a reason to handle a tenant is said, in the overview and its CSV. */
export const TO_HANDLE_LABELS: Record<ToHandleReason, string> = {
  'environment-retired': 'environnement arrêté',
  'environment-deprecated': 'environnement obsolète',
  'enabled-without-secret': 'activé sans secret',
  'last-test-failed': 'dernier test de connexion échoué',
  'onboarding-waiting': 'demande en attente depuis longtemps',
}

/** A reason in French; one this version does not know is shown as sent. */
export function toHandleLabel(reason: string): string {
  return (TO_HANDLE_LABELS as Partial<Record<string, string>>)[reason] ?? reason
}

// Made at the first export, not when the module loads: the overview's page imports this module,
// and a first Intl.DateTimeFormat for a time zone costs a phone tens of milliseconds.
let csvDateFormat: Intl.DateTimeFormat | undefined
const csvDate = (iso: string) =>
  (csvDateFormat ??= new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  })).format(new Date(iso))

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * The overview's rows as French spreadsheets expect them: UTF-8 with a byte order mark,
 * « ; » between fields, CRLF between lines, dates in Paris time.
 */
export function tenantsCsv(
  items: readonly TenantSummary[],
  catalogue: readonly Environment[],
): string {
  const rows = items.map((tenant) => [
    tenant.id,
    tenant.name,
    tenant.enabled ? 'activé' : 'désactivé',
    tenant.environmentUrl
      ? (findEnvironment(catalogue, tenant.environmentUrl)?.label ?? tenant.environmentUrl)
      : '',
    tenant.secretConfigured ? 'oui' : 'non',
    tenant.lastTest
      ? `${tenant.lastTest.outcome === 'passed' ? 'réussi' : 'échoué'} le ${csvDate(tenant.lastTest.at)}`
      : '',
    tenant.lastChange
      ? `${csvDate(tenant.lastChange.at)}${tenant.lastChange.by ? ` par ${tenant.lastChange.by}` : ''}`
      : '',
    tenant.onboarding ? `étape ${tenant.onboarding.step} sur 6 (${tenant.onboarding.state})` : '',
    tenant.toHandle.map(toHandleLabel).join(', '),
  ])
  const lines = [CSV_COLUMNS.map(([, header]) => header), ...rows].map((row) =>
    row.map(csvField).join(';'),
  )
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
