import { z } from './zod'

/**
 * `GET /session` (1.3): who is signed in, and where to sign in or out. A backend without it
 * answers 404, and the tab shows no one.
 */
export const sessionSchema = z
  .object({
    mode: z.string().check(
      z.meta({
        description:
          'oidc : connexion des administrateurs ; local : aucune connexion (serveur joignable de cette seule machine) ; demo : API simulée. D’autres valeurs pourront s’ajouter.',
      }),
    ),
    user: z.nullable(
      z.object({
        name: z.string(),
        subject: z.nullable(z.string()),
        email: z.optional(z.nullable(z.string())),
      }),
    ),
    signInUrl: z.optional(z.nullable(z.string())).check(
      z.meta({
        description:
          'Où envoyer le navigateur pour se connecter ; l’onglet y ajoute ?returnTo=<chemin de la page>.',
      }),
    ),
    signOutUrl: z.optional(z.nullable(z.string())).check(
      z.meta({
        description:
          'À appeler en POST (même origine) ; répond { redirectTo }, où envoyer ensuite le navigateur.',
      }),
    ),
  })
  .check(z.meta({ description: 'La session de la personne qui utilise l’onglet.' }))
export type Session = z.infer<typeof sessionSchema>

export const signOutResultSchema = z.object({ redirectTo: z.string() })
