import { z } from './zod'

/** `GET /tenants/{tenantId}`: who the tenant is and where its portal lives. */
export const tenantSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    portalBaseUrl: z.url({ protocol: /^https?$/ }),
  })
  .check(
    z.meta({
      description:
        'Un espace (tenant) et l’adresse de base de son portail usagers, par exemple https://portaildesaides.mgcloud.fr.',
    }),
  )

export type Tenant = z.infer<typeof tenantSchema>

/**
 * The ids the reference server gives its tenants (`npm run tenants -- add`): lower case
 * letters without accents, digits and dashes, 63 characters at most. Another backend may use
 * others: the tab never checks them.
 */
export const TENANT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/
