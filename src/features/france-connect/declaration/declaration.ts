import { isProductionEnvironment, type Environment } from '#contract/catalogue'
import type { Tenant } from '#contract/tenant'
import {
  declaredUrls,
  EIDAS_LEVEL,
  SIGNATURE_ALGORITHM,
  type DeclaredUrls,
} from '#contract/declaration'

const PRIVATE_IPV4 = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.)/

export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '::1' ||
    PRIVATE_IPV4.test(host)
  )
}

/** Why the declared URLs would not fit the chosen environment (production needs a public https portal). */
export function declarationWarnings(
  portalBaseUrl: string,
  environment: Environment | undefined,
): string[] {
  if (!environment || !isProductionEnvironment(environment)) return []
  const url = new URL(portalBaseUrl)
  const warnings: string[] = []
  if (url.protocol !== 'https:') {
    warnings.push(
      `L’adresse du portail (${url.origin}) n’est pas en https : pour la production, FranceConnect n’accepte que des URL en https et la mise en production serait refusée.`,
    )
  }
  if (isLocalHost(url.hostname)) {
    warnings.push(
      `L’adresse du portail (${url.hostname}) n’est joignable que localement : FranceConnect ne pourra pas y renvoyer les usagers en production.`,
    )
  }
  return warnings
}

export interface Declaration extends DeclaredUrls {
  tenantId: string
  serviceProviderName: string
  signatureAlgorithm: typeof SIGNATURE_ALGORITHM
  eidasLevel: typeof EIDAS_LEVEL
  reuseV1Subs: boolean
  v1ClientId: string | null
}

export function buildDeclaration(
  tenant: Tenant,
  serviceProviderName: string,
  subs: { reuse: boolean; v1ClientId: string },
): Declaration {
  return {
    tenantId: tenant.id,
    serviceProviderName: serviceProviderName.trim(),
    ...declaredUrls(tenant.id, tenant.portalBaseUrl),
    signatureAlgorithm: SIGNATURE_ALGORITHM,
    eidasLevel: EIDAS_LEVEL,
    reuseV1Subs: subs.reuse,
    v1ClientId: subs.reuse && subs.v1ClientId !== '' ? subs.v1ClientId : null,
  }
}

/** The whole block, ready to paste into the démarches-simplifiées form or an e-mail. */
export function declarationText(declaration: Declaration): string {
  return [
    `Nom du fournisseur de service : ${declaration.serviceProviderName}`,
    `URL de votre service : ${declaration.serviceUrl}`,
    `URL de redirection de connexion : ${declaration.loginRedirectUrl}`,
    `URL de redirection de déconnexion : ${declaration.logoutRedirectUrl}`,
    `Algorithme de signature : ${declaration.signatureAlgorithm}`,
    `Niveau eIDAS : ${declaration.eidasLevel}`,
    `Réutiliser les subs d’un fournisseur de service FranceConnect v1 : ${declaration.reuseV1Subs ? 'Oui' : 'Non'}`,
    ...(declaration.v1ClientId
      ? [`Client ID du fournisseur de service v1 : ${declaration.v1ClientId}`]
      : []),
  ].join('\n')
}

export function declarationJson(declaration: Declaration): string {
  return `${JSON.stringify(declaration, null, 2)}\n`
}
