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
