import type { ConnectionCheck, ConnectionCheckId } from './connection-test'
import { EIDAS_LEVEL, SIGNATURE_ALGORITHM } from './declaration'

/**
 * What each check of a connection test says, in French: the reference server and the mock
 * API tell the same story with the same words.
 */
export const CHECK_TITLES: Record<ConnectionCheckId, string> = {
  discovery: 'Environnement joignable',
  requirements: 'Exigences de FranceConnect',
  client: 'Identifiant client et URL de redirection',
  secret: 'Secret client',
}

export type CheckOutcome = Pick<ConnectionCheck, 'status' | 'message' | 'nextStep'>

const passed = (message: string): CheckOutcome => ({ status: 'passed', message, nextStep: null })
const failed = (message: string, nextStep: string): CheckOutcome => ({
  status: 'failed',
  message,
  nextStep,
})
const skipped = (message: string): CheckOutcome => ({ status: 'skipped', message, nextStep: null })

/** Which environment a key may belong to instead, said to someone who chose `production` or not. */
const otherEnvironmentHint = (production: boolean) =>
  production
    ? 'Si cette clé a été délivrée pour l’intégration ou le bac à sable, choisissez cet environnement ; sinon, vérifiez l’identifiant client (64 caractères hexadécimaux reçus de FranceConnect).'
    : 'Si cette clé a été délivrée pour la production, choisissez Production ; sinon, vérifiez l’identifiant client (64 caractères hexadécimaux reçus de FranceConnect).'

export const checkTexts = {
  noEnvironment: () =>
    skipped('Aucun environnement FranceConnect n’est enregistré pour cet espace.'),
  notRunEnvironmentDown: () => skipped('Non effectué : l’environnement n’a pas répondu.'),
  noClientId: () => skipped('Non effectué : aucun identifiant client n’est enregistré.'),
  noSecret: () => skipped('Non effectué : aucun secret client n’est enregistré.'),
  notRunUnknownClient: () =>
    skipped(
      'Non effectué : FranceConnect ne connaît pas l’identifiant client dans cet environnement.',
    ),
  tokenEndpointElsewhere: (endpoint: string, host: string) =>
    skipped(
      `Non effectué : le point de jeton annoncé (${endpoint}) n’est pas en https sur l’hôte de l’environnement (${host}) ; le secret n’y est pas envoyé.`,
    ),

  discoveryPassed: (issuer: string) => passed(`Le document de découverte de ${issuer} a répondu.`),
  discoveryFailed: (reason: string, retired: boolean) =>
    failed(
      `L’environnement ne répond pas comme FranceConnect : ${reason}.`,
      retired
        ? 'Cette plateforme est arrêtée : choisissez un environnement FranceConnect v2 et la clé qui va avec.'
        : 'Vérifiez l’environnement choisi (URL exacte, en https) ; si FranceConnect est en maintenance, réessayez plus tard.',
    ),
  hostRefused: (reason: string) =>
    failed(
      reason,
      'Choisissez un environnement du catalogue ; un autre hôte doit être ajouté par l’administrateur du serveur (FRANCECONNECT_ALLOWED_HOSTS).',
    ),
  notAllowedReason: (host: string) =>
    `${host} n’est pas un hôte FranceConnect autorisé : ni dans le catalogue des environnements, ni dans FRANCECONNECT_ALLOWED_HOSTS.`,

  requirementsPassed: () =>
    passed(
      `${SIGNATURE_ALGORITHM}, ${EIDAS_LEVEL}, client_secret_post et une clé ${SIGNATURE_ALGORITHM} : l’environnement convient.`,
    ),
  requirementsFailed: (missing: string[]) =>
    failed(
      `L’environnement ne propose pas : ${missing.join(' ; ')}.`,
      'Ce n’est pas FranceConnect v2 (eIDAS 1) tel que l’attend le portail : vérifiez l’URL, ou choisissez un environnement du catalogue.',
    ),
  missing: {
    es256: `${SIGNATURE_ALGORITHM} pour signer les jetons d’identité`,
    eidas1: `le niveau ${EIDAS_LEVEL}`,
    secretPost: 'l’authentification client_secret_post',
    es256Key: `une clé de signature ${SIGNATURE_ALGORITHM} dans son JWKS`,
    jwks: (reason: string) => `un JWKS joignable (${reason})`,
  },

  clientPassed: () =>
    passed(
      'FranceConnect connaît cet identifiant client dans cet environnement et accepte l’URL de redirection de connexion. (FranceConnect compte ce test comme une connexion commencée.)',
    ),
  unknownClient: (detail: string, production: boolean) =>
    failed(
      `FranceConnect ne connaît pas cet identifiant client dans cet environnement${detail}.`,
      `Cette clé a sans doute été délivrée pour un autre environnement. ${otherEnvironmentHint(production)}`,
    ),
  redirectNotDeclared: (redirectUri: string, detail: string) =>
    failed(
      `L’URL de redirection de connexion ${redirectUri} n’est pas déclarée pour cette clé${detail}.`,
      'Déclarez-la exactement auprès de FranceConnect (section « Déclaration auprès de FranceConnect »), ou corrigez l’adresse du portail de l’espace.',
    ),
  authorizeRefused: (status: number, detail: string) =>
    failed(
      `FranceConnect a refusé la demande d’autorisation (HTTP ${status}${detail}).`,
      'Vérifiez l’identifiant client ; si le refus persiste, contactez le support de FranceConnect avec ce code.',
    ),

  secretPassed: () => passed('FranceConnect accepte le secret client de cette clé.'),
  secretRefused: () =>
    failed(
      'FranceConnect refuse le secret client : il ne correspond pas à cet identifiant dans cet environnement.',
      'Saisissez de nouveau le secret reçu par SMS pour cette clé (un secret d’un autre environnement est refusé de même), enregistrez, puis refaites le test.',
    ),
  secretClientUnknown: (production: boolean) =>
    failed(
      'FranceConnect ne trouve pas ce client pour authentifier le secret.',
      otherEnvironmentHint(production),
    ),
  secretUnreadable: () =>
    failed(
      'Le secret enregistré ne peut pas être relu par le serveur (clé de chiffrement changée ou perdue).',
      'Saisissez de nouveau le secret client et enregistrez, puis refaites le test.',
    ),
  tokenUnexpected: (status: number) =>
    failed(
      `Réponse inattendue du point de jeton (HTTP ${status}).`,
      'Réessayez plus tard ; si elle persiste, contactez le support de FranceConnect.',
    ),

  networkFailure: (reason: string) =>
    failed(reason, 'Réessayez ; si l’erreur persiste, vérifiez l’environnement.'),
}
