import * as z from 'zod/mini'

// Messages zod writes by itself (a backend-only rule, an unexpected key) are French too.
z.config(z.locales.fr())

export { z }
