import { describe, expect, it } from 'vitest'
import { BUILT_IN_ENVIRONMENTS, environmentCatalogueSchema, findEnvironment } from './catalogue'

describe('the built-in catalogue', () => {
  it('holds the procedure’s two presets exactly as written, and today’s v2 hosts', () => {
    expect(BUILT_IN_ENVIRONMENTS.slice(0, 2).map(({ label, url }) => ({ label, url }))).toEqual([
      { label: 'Production', url: 'https://app.franceconnect.gouv.fr' },
      { label: 'Intégration', url: 'https://fcp-low.integ01.dev-franceconnect.fr' },
    ])
    expect(BUILT_IN_ENVIRONMENTS.map((environment) => environment.url)).toEqual(
      expect.arrayContaining([
        'https://oidc.franceconnect.gouv.fr/api/v2',
        'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
      ]),
    )
    expect(environmentCatalogueSchema.safeParse(BUILT_IN_ENVIRONMENTS).success).toBe(true)
  })

  it('finds an environment whatever the trailing slash', () => {
    expect(findEnvironment(BUILT_IN_ENVIRONMENTS, 'https://app.franceconnect.gouv.fr/')?.id).toBe(
      'production',
    )
    expect(findEnvironment(BUILT_IN_ENVIRONMENTS, 'https://ailleurs.example.fr')).toBeUndefined()
  })
})
