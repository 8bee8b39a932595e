import {
  BUILT_IN_ENVIRONMENTS,
  findEnvironment,
  isProductionEnvironment,
  normalizeEnvironmentUrl,
} from '#contract/catalogue'
import type { ConnectionCheck, ConnectionTest } from '#contract/connection-test'
import { CHECK_TITLES, checkTexts, type CheckOutcome } from '#contract/connection-texts'
import { declaredUrls } from '#contract/declaration'
import type { TenantRecord } from '#contract/demo-tenants'
import type { ScenarioId } from './scenarios'

const check = (id: ConnectionCheck['id'], outcome: CheckOutcome, durationMs: number | null) => ({
  id,
  title: CHECK_TITLES[id as keyof typeof CHECK_TITLES],
  durationMs,
  ...outcome,
})

/**
 * What the mock API answers to a connection test: the reference server's words, for the
 * saved settings, or for the outcome a `connection-…` scenario asks for. It reaches nothing.
 */
export function simulateConnectionTest(
  record: TenantRecord,
  scenario: ScenarioId | null,
  actor: string,
  id: string,
): ConnectionTest {
  const { settings, tenant } = record
  const environment = findEnvironment(BUILT_IN_ENVIRONMENTS, settings.environmentUrl)
  const production = environment ? isProductionEnvironment(environment) : false
  const issuer = environment?.issuer ?? `${normalizeEnvironmentUrl(settings.environmentUrl)}/api/v2`
  const redirectUri = declaredUrls(tenant.id, tenant.portalBaseUrl).loginRedirectUrl
  const down = checkTexts.notRunEnvironmentDown()

  let checks: ConnectionCheck[]
  if (settings.environmentUrl === '') {
    checks = (['discovery', 'requirements', 'client', 'secret'] as const).map((item) =>
      check(item, checkTexts.noEnvironment(), null),
    )
  } else if (scenario === 'connection-unreachable' || scenario === 'connection-not-allowed') {
    const host = new URL(settings.environmentUrl).host
    const first =
      scenario === 'connection-unreachable'
        ? checkTexts.discoveryFailed(`${host} refuse la connexion ou ne répond pas`, false)
        : checkTexts.hostRefused(checkTexts.notAllowedReason(host))
    checks = [
      check('discovery', first, 12),
      check('requirements', down, null),
      check('client', down, null),
      check('secret', down, null),
    ]
  } else {
    const client = !settings.clientId
      ? checkTexts.noClientId()
      : scenario === 'connection-unknown-client'
        ? checkTexts.unknownClient(' (code Y04EA6EF)', production)
        : scenario === 'connection-redirect'
          ? checkTexts.redirectNotDeclared(redirectUri, ' (code Y04C013C)')
          : checkTexts.clientPassed()
    const secret = !settings.clientId
      ? checkTexts.noClientId()
      : !settings.clientSecretConfigured
        ? checkTexts.noSecret()
        : scenario === 'connection-unknown-client'
          ? checkTexts.notRunUnknownClient()
          : scenario === 'connection-wrong-secret'
            ? checkTexts.secretRefused()
            : checkTexts.secretPassed()
    checks = [
      check('discovery', checkTexts.discoveryPassed(issuer), 84),
      check(
        'requirements',
        scenario === 'connection-no-es256'
          ? checkTexts.requirementsFailed([checkTexts.missing.es256, checkTexts.missing.es256Key])
          : checkTexts.requirementsPassed(),
        61,
      ),
      check('client', client, client.status === 'skipped' ? null : 143),
      check('secret', secret, secret.status === 'skipped' ? null : 97),
    ]
  }
  const now = new Date().toISOString()
  return {
    id,
    startedAt: now,
    finishedAt: now,
    actor: { name: actor, subject: null },
    outcome: checks.every((item) => item.status === 'passed') ? 'passed' : 'failed',
    environmentUrl: settings.environmentUrl,
    issuer: checks[0]?.status === 'passed' ? issuer : null,
    checks,
  }
}
