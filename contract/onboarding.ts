import { isStorableText } from './text'
import { z } from './zod'

/**
 * The onboarding of a tenant (1.6): where its FranceConnect procedure stands. Neither DataPass
 * nor démarches simplifiées offers an API a tenant can follow its own request with, so every
 * typed state is the configurer's word; the milestones after it (key saved, connection verified,
 * FranceConnect on) are derived by the backend from its settings and journal, never typed.
 */

/** DataPass request states, as DataPass names them, plus `not_filed` before any request. */
export const DATAPASS_STATES = [
  'not_filed',
  'draft',
  'submitted',
  'changes_requested',
  'validated',
  'refused',
  'revoked',
] as const
export type DatapassState = (typeof DATAPASS_STATES)[number]

export const DATAPASS_STATE_LABELS: Record<DatapassState, string> = {
  not_filed: 'à déposer',
  draft: 'brouillon',
  submitted: 'soumise',
  changes_requested: 'modifications demandées',
  validated: 'validée',
  refused: 'refusée',
  revoked: 'révoquée',
}

/** Dossier states on démarches simplifiées, plus `not_filed` before submission. */
export const DOSSIER_STATES = [
  'not_filed',
  'en_construction',
  'en_instruction',
  'accepte',
  'refuse',
  'sans_suite',
] as const
export type DossierState = (typeof DOSSIER_STATES)[number]

export const DOSSIER_STATE_LABELS: Record<DossierState, string> = {
  not_filed: 'à déposer',
  en_construction: 'en construction',
  en_instruction: 'en instruction',
  accepte: 'accepté',
  refuse: 'refusé',
  sans_suite: 'classé sans suite',
}

/** The optional sandbox, created by the applicant in the Espace Partenaires since 2025. */
export const SANDBOX_STATES = ['not_requested', 'created', 'keys_entered'] as const
export type SandboxState = (typeof SANDBOX_STATES)[number]

export const SANDBOX_STATE_LABELS: Record<SandboxState, string> = {
  not_requested: 'non demandé',
  created: 'créé',
  keys_entered: 'clés saisies',
}

/** The portal's FranceConnect version: it picks the production form. */
export const FRANCE_CONNECT_VERSIONS = ['v2', 'v1'] as const

const stateChoice = <const States extends readonly [string, ...string[]]>(states: States) =>
  z.enum(states, 'Choisissez un état de la liste.')

const digits = (message: string) =>
  z.string().check(
    z.meta({ pattern: '^[0-9]{0,12}$' }),
    z.trim(),
    z.refine((value) => /^[0-9]*$/.test(value), { error: message }),
    z.refine((value) => value.length <= 12, {
      error: 'Ce numéro ne peut pas dépasser 12 chiffres.',
    }),
  )

/**
 * Whether a SIRET's check digit is right: the Luhn sum, save for La Poste's establishments
 * (SIREN 356 000 000), whose digits add up to a multiple of 5 instead.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^[0-9]{14}$/.test(siret)) return false
  if (siret.startsWith('356000000') && siret !== '35600000000048') {
    const sum = siret.split('').reduce((total, digit) => total + Number(digit), 0)
    return sum % 5 === 0
  }
  let sum = 0
  for (let index = 0; index < 14; index += 1) {
    let value = Number(siret[13 - index])
    if (index % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2
    sum += value
  }
  return sum % 10 === 0
}

function siretProblem(siret: string): string | null {
  if (siret === '') return null
  if (!/^[0-9]+$/.test(siret)) return 'Le SIRET ne contient que des chiffres (14).'
  if (siret.length !== 14) return `Le SIRET compte 14 chiffres (actuellement ${siret.length}).`
  if (!isValidSiret(siret))
    return 'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez-le sur l’annuaire des entreprises.'
  return null
}

export const siretSchema = z.string().check(
  z.meta({
    description:
      'SIRET de l’organisation (14 chiffres, clé de contrôle vérifiée), ou vide. Les espaces sont ignorés.',
    pattern: '^$|^[0-9]{14}$',
  }),
  z.overwrite((value) => value.replace(/\s+/g, '')),
  z.superRefine((value, ctx) => {
    const message = siretProblem(value)
    if (message) ctx.addIssue({ code: 'custom', message, input: value })
  }),
)

const IPV4 =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/
const IPV6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}$/

export const ipAddressSchema = z.string().check(
  z.meta({
    description:
      'Adresse IP du portail, donnée par l’hébergeur, à déclarer dans la demande de mise en production (IPv4 ou IPv6), ou vide.',
  }),
  z.trim(),
  z.refine((value) => value === '' || IPV4.test(value) || IPV6.test(value), {
    error: 'Saisissez une adresse IP, par exemple 203.0.113.10.',
  }),
)

export const organisationNameSchema = z.string().check(
  z.trim(),
  z.refine(isStorableText, {
    error: 'Le nom contient un caractère invisible ou invalide : retapez-le.',
  }),
  z.refine((value) => value.length <= 200, {
    error: 'Le nom de l’organisation ne peut pas dépasser 200 caractères.',
  }),
)

/** When a typed state was last changed, and by whom. */
const since = z.object({
  at: z.iso.datetime({ offset: true }),
  by: z.nullable(z.string()),
})

/**
 * A derived milestone: when it was reached and by whom, from the journal (null `at` when the
 * journal does not tell); null while it is not reached.
 */
const milestone = z.nullable(
  z.object({ at: z.nullable(z.iso.datetime({ offset: true })), by: z.nullable(z.string()) }),
)

/** `GET …/france-connect/onboarding` (1.6). A tolerant reader, like the settings. */
export const onboardingSchema = z
  .object({
    datapass: z.object({
      number: z.string(),
      state: z.enum(DATAPASS_STATES),
      organisationName: z.string(),
      siret: z.string(),
      stateSince: z.nullable(since),
    }),
    sandbox: z.object({
      state: z.enum(SANDBOX_STATES),
      stateSince: z.nullable(since),
    }),
    production: z.object({
      dossierNumber: z.string(),
      state: z.enum(DOSSIER_STATES),
      franceConnectVersion: z.enum(FRANCE_CONNECT_VERSIONS),
      ipAddress: z.string(),
      stateSince: z.nullable(since),
    }),
    /** Derived by the backend, never typed. */
    milestones: z.object({
      keySaved: milestone,
      connectionVerified: milestone,
      enabled: milestone,
    }),
    /**
     * The names the recommended DataPass wording uses, from the backend's configuration;
     * absent: the procedure's own (MGDIS, Aiden).
     */
    wording: z.optional(z.object({ editorName: z.string(), solutionName: z.string() })),
    updatedAt: z.nullable(z.iso.datetime({ offset: true })),
    updatedBy: z.nullable(z.string()),
  })
  .check(
    z.meta({
      description:
        'Ajouté en 1.6. Où en est la mise en service de FranceConnect d’un espace : ce que la personne a saisi (habilitation DataPass, bac à sable, dossier de mise en production), chaque état avec sa date et son auteur, et les étapes que le serveur déduit de ses réglages et de son journal (clé enregistrée sur la production, connexion vérifiée, FranceConnect activé).',
    }),
  )
export type Onboarding = z.infer<typeof onboardingSchema>

/** The procedure's own names, when the backend sends none. */
export const DEFAULT_WORDING = { editorName: 'MGDIS', solutionName: 'Aiden' } as const
export type Milestone = Onboarding['milestones']['keySaved']

/** `PUT` body: only what the configurer types. Dates, authors and milestones are the server's. */
export const onboardingInputSchema = z
  .strictObject({
    datapass: z.strictObject({
      number: digits(
        'Le numéro de la demande DataPass ne contient que des chiffres, par exemple 98765.',
      ),
      state: stateChoice(DATAPASS_STATES),
      organisationName: organisationNameSchema,
      siret: siretSchema,
    }),
    sandbox: z.strictObject({ state: stateChoice(SANDBOX_STATES) }),
    production: z.strictObject({
      dossierNumber: digits(
        'Le numéro du dossier ne contient que des chiffres, par exemple 1234567.',
      ),
      state: stateChoice(DOSSIER_STATES),
      franceConnectVersion: z.enum(FRANCE_CONNECT_VERSIONS, 'Choisissez v2 ou v1.'),
      ipAddress: ipAddressSchema,
    }),
  })
  .check(
    z.meta({
      description:
        'Corps de PUT (1.6) : les valeurs saisies. Le serveur date et signe chaque état qui change, et journalise les changements (avant → après).',
    }),
  )
export type OnboardingInput = z.output<typeof onboardingInputSchema>

export const EMPTY_ONBOARDING_INPUT: OnboardingInput = {
  datapass: { number: '', state: 'not_filed', organisationName: '', siret: '' },
  sandbox: { state: 'not_requested' },
  production: {
    dossierNumber: '',
    state: 'not_filed',
    franceConnectVersion: 'v2',
    ipAddress: '',
  },
}

/** The journaled onboarding fields, as `section.field`, with their French names. */
export const ONBOARDING_FIELDS = {
  'datapass.number': 'Numéro de la demande DataPass',
  'datapass.state': 'État de la demande DataPass',
  'datapass.organisationName': 'Nom de l’organisation',
  'datapass.siret': 'SIRET',
  'sandbox.state': 'Bac à sable',
  'production.dossierNumber': 'Numéro du dossier',
  'production.state': 'État du dossier',
  'production.franceConnectVersion': 'Version de FranceConnect du portail',
  'production.ipAddress': 'Adresse IP',
} as const
export type OnboardingField = keyof typeof ONBOARDING_FIELDS

/** What a save of the onboarding changed, field by field, before → after. */
export function onboardingChanges(
  before: OnboardingInput,
  after: OnboardingInput,
): { field: OnboardingField; before: string; after: string }[] {
  return (Object.keys(ONBOARDING_FIELDS) as OnboardingField[]).flatMap((field) => {
    const [section, key] = field.split('.') as [keyof OnboardingInput, string]
    const previous = (before[section] as Record<string, string>)[key] ?? ''
    const next = (after[section] as Record<string, string>)[key] ?? ''
    return previous === next ? [] : [{ field, before: previous, after: next }]
  })
}

/** The typed part of a stored onboarding, as a `PUT` would send it back. */
export function onboardingInputOf(onboarding: Onboarding): OnboardingInput {
  const { datapass, sandbox, production } = onboarding
  return {
    datapass: {
      number: datapass.number,
      state: datapass.state,
      organisationName: datapass.organisationName,
      siret: datapass.siret,
    },
    sandbox: { state: sandbox.state },
    production: {
      dossierNumber: production.dossierNumber,
      state: production.state,
      franceConnectVersion: production.franceConnectVersion,
      ipAddress: production.ipAddress,
    },
  }
}

export type StateSince = Onboarding['datapass']['stateSince']
export interface StatesSince {
  datapass: StateSince
  sandbox: StateSince
  production: StateSince
}
export const NO_STATES_SINCE: StatesSince = { datapass: null, sandbox: null, production: null }

/**
 * After a save, each typed state that changed is dated and signed anew; the others keep their
 * date. The mock API and the reference server both stamp with it.
 */
export function restampStates(
  before: OnboardingInput,
  after: OnboardingInput,
  since: StatesSince,
  stamp: { at: string; by: string | null },
): StatesSince {
  const restamp = (section: keyof StatesSince) =>
    before[section].state === after[section].state ? since[section] : stamp
  return {
    datapass: restamp('datapass'),
    sandbox: restamp('sandbox'),
    production: restamp('production'),
  }
}

/** A stored onboarding, as `GET` answers it. */
export function onboardingOf(stored: {
  input: OnboardingInput
  since: StatesSince
  milestones: Onboarding['milestones']
  wording: NonNullable<Onboarding['wording']>
  updatedAt: string | null
  updatedBy: string | null
}): Onboarding {
  const { input, since } = stored
  return {
    datapass: { ...input.datapass, stateSince: since.datapass },
    sandbox: { ...input.sandbox, stateSince: since.sandbox },
    production: { ...input.production, stateSince: since.production },
    milestones: stored.milestones,
    wording: stored.wording,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  }
}
