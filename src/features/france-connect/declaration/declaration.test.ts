import { describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS, type Environment } from '#contract/catalogue'
import {
  buildDeclaration,
  declarationJson,
  declarationText,
  declarationWarnings,
  isLocalHost,
} from './declaration'
import { declaredUrls } from '#contract/declaration'

const environment = (id: string): Environment => {
  const found = BUILT_IN_ENVIRONMENTS.find((item) => item.id === id)
  if (!found) throw new Error(`no environment ${id}`)
  return found
}

describe('declared URLs', () => {
  it('are exactly the procedure’s for its example tenant', () => {
    expect(declaredUrls('portaildesaides', 'https://portaildesaides.mgcloud.fr')).toEqual({
      serviceUrl: 'https://portaildesaides.mgcloud.fr/aides',
      loginRedirectUrl:
        'https://portaildesaides.mgcloud.fr/account-management/portaildesaides-demandeurs/france-connect/code',
      logoutRedirectUrl: 'https://portaildesaides.mgcloud.fr/aides',
    })
  })

  it.each([
    [
      'a trailing slash',
      'https://portaildesaides.mgcloud.fr/',
      'https://portaildesaides.mgcloud.fr/aides',
    ],
    [
      'several trailing slashes',
      'https://portaildesaides.mgcloud.fr///',
      'https://portaildesaides.mgcloud.fr/aides',
    ],
    [
      'upper case in the host',
      'https://PortailDesAides.MGCloud.fr',
      'https://portaildesaides.mgcloud.fr/aides',
    ],
    [
      'the default port',
      'https://portaildesaides.mgcloud.fr:443',
      'https://portaildesaides.mgcloud.fr/aides',
    ],
    ['another port', 'https://recette.example.fr:8443/', 'https://recette.example.fr:8443/aides'],
    [
      'the Espace Usagers address pasted whole',
      'https://portaildesaides.mgcloud.fr/account-management/portaildesaides-demandeurs/ux/#',
      'https://portaildesaides.mgcloud.fr/aides',
    ],
    ['a query string', 'https://portail.example.fr/?lang=fr', 'https://portail.example.fr/aides'],
    [
      'an internationalised domain',
      'https://démarches.example.fr',
      'https://xn--dmarches-b1a.example.fr/aides',
    ],
    ['plain http on localhost', 'http://localhost:8080', 'http://localhost:8080/aides'],
  ])('keep only the origin of a base URL with %s', (_, base, serviceUrl) => {
    const urls = declaredUrls('portaildesaides', base)
    expect(urls.serviceUrl).toBe(serviceUrl)
    expect(urls.logoutRedirectUrl).toBe(serviceUrl)
    expect(urls.loginRedirectUrl).toBe(
      serviceUrl.replace(
        /\/aides$/,
        '/account-management/portaildesaides-demandeurs/france-connect/code',
      ),
    )
  })

  it('encode a tenant id that would break the path', () => {
    expect(declaredUrls('a b/c', 'https://x.fr').loginRedirectUrl).toBe(
      'https://x.fr/account-management/a%20b%2Fc-demandeurs/france-connect/code',
    )
  })
})

describe('warnings about the environment', () => {
  it.each([
    ['http', 'http://portail.example.fr', ['n’est pas en https']],
    [
      'localhost over http',
      'http://localhost:8080',
      ['n’est pas en https', 'joignable que localement'],
    ],
    ['a private address', 'https://192.168.1.20', ['joignable que localement']],
    ['a .local host', 'https://portail.local', ['joignable que localement']],
    ['a public https portal', 'https://portaildesaides.mgcloud.fr', []],
  ])('flag %s for production', (_, base, expected) => {
    const warnings = declarationWarnings(base, environment('production'))
    expect(warnings).toHaveLength(expected.length)
    expected.forEach((text, index) => expect(warnings[index]).toContain(text))
  })

  it('leave test environments and an unchosen one alone', () => {
    expect(declarationWarnings('http://localhost:8080', environment('v2-sandbox'))).toEqual([])
    expect(declarationWarnings('http://localhost:8080', undefined)).toEqual([])
  })

  it('recognise local hosts', () => {
    expect(
      ['localhost', 'app.localhost', '127.0.0.1', '[::1]', '10.0.0.4', '172.20.1.1'].every(
        isLocalHost,
      ),
    ).toBe(true)
    expect(['portail.fr', '172.32.0.1', '8.8.8.8'].some(isLocalHost)).toBe(false)
  })
})

describe('the whole declaration', () => {
  const tenant = {
    id: 'portaildesaides',
    name: 'Portail des aides',
    portalBaseUrl: 'https://portaildesaides.mgcloud.fr',
  }

  it('reads as text to paste, with the v1 client ID when subs are reused', () => {
    const declaration = buildDeclaration(tenant, '  Portail des aides  ', {
      reuse: true,
      v1ClientId: 'abc',
    })
    expect(declarationText(declaration)).toBe(
      [
        'Nom du fournisseur de service : Portail des aides',
        'URL de votre service : https://portaildesaides.mgcloud.fr/aides',
        'URL de redirection de connexion : https://portaildesaides.mgcloud.fr/account-management/portaildesaides-demandeurs/france-connect/code',
        'URL de redirection de déconnexion : https://portaildesaides.mgcloud.fr/aides',
        'Algorithme de signature : ES256',
        'Niveau eIDAS : eidas1',
        'Réutiliser les subs d’un fournisseur de service FranceConnect v1 : Oui',
        'Client ID du fournisseur de service v1 : abc',
      ].join('\n'),
    )
  })

  it('exports as JSON, without a v1 client ID on a first implementation', () => {
    const declaration = buildDeclaration(tenant, 'Portail des aides', {
      reuse: false,
      v1ClientId: 'abc',
    })
    expect(JSON.parse(declarationJson(declaration))).toEqual({
      tenantId: 'portaildesaides',
      serviceProviderName: 'Portail des aides',
      serviceUrl: 'https://portaildesaides.mgcloud.fr/aides',
      loginRedirectUrl:
        'https://portaildesaides.mgcloud.fr/account-management/portaildesaides-demandeurs/france-connect/code',
      logoutRedirectUrl: 'https://portaildesaides.mgcloud.fr/aides',
      signatureAlgorithm: 'ES256',
      eidasLevel: 'eidas1',
      reuseV1Subs: false,
      v1ClientId: null,
    })
  })
})
