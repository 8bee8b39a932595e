import { DEFAULT_CONNECTION_TEXT, type FranceConnectSettings } from './settings'
import type { Tenant } from './tenant'

export interface TenantRecord {
  tenant: Tenant
  settings: FranceConnectSettings
  revision: number
}

/** The user the mock API names in `updatedBy`, as a backend would from the session. */
export const MOCK_USER = 'Utilisateur de démonstration'

/**
 * - `portaildesaides`: the procedure's example tenant, never configured;
 * - `mairie-exemple`: in production, with a stored secret;
 * - `recette-exemple`: switched off, on Intégration, with an older-format client ID, on localhost;
 * - `ancien-portail`: still on the retired FranceConnect v1 platform.
 */
export function seedTenants(): Record<string, TenantRecord> {
  return {
    portaildesaides: {
      tenant: {
        id: 'portaildesaides',
        name: 'Portail des aides',
        portalBaseUrl: 'https://portaildesaides.mgcloud.fr',
      },
      revision: 1,
      settings: {
        enabled: false,
        buttonVariant: 'FCboutons-10',
        connectionText: DEFAULT_CONNECTION_TEXT,
        clientId: '',
        clientSecretConfigured: false,
        environmentUrl: '',
        previewBackground: null,
        updatedAt: null,
        updatedBy: null,
      },
    },
    'mairie-exemple': {
      tenant: {
        id: 'mairie-exemple',
        name: 'Mairie d’Exemple – démarches en ligne',
        portalBaseUrl: 'https://demarches.mairie-exemple.fr/',
      },
      revision: 7,
      settings: {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText: DEFAULT_CONNECTION_TEXT,
        clientId: '3f6c1a0e9b2d4c7f8e5a1b3c9d0e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e',
        clientSecretConfigured: true,
        environmentUrl: 'https://app.franceconnect.gouv.fr',
        previewBackground: '#FFFFFF',
        updatedAt: '2026-10-14T09:30:00.000Z',
        updatedBy: 'Camille Martin',
      },
    },
    'recette-exemple': {
      tenant: {
        id: 'recette-exemple',
        name: 'Portail de recette',
        portalBaseUrl: 'http://localhost:8080',
      },
      revision: 3,
      settings: {
        enabled: false,
        buttonVariant: 'FCboutons-11',
        connectionText: 'Connectez-vous avec FranceConnect pour retrouver vos démarches.',
        clientId: 'recette-portail-2019-0a1b2c3d4e5f6a7b8c9d0e1f2a3b',
        clientSecretConfigured: true,
        environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
        previewBackground: '#000091',
        updatedAt: '2025-03-02T16:05:00.000Z',
        updatedBy: 'Alex Dupont',
      },
    },
    'ancien-portail': {
      tenant: {
        id: 'ancien-portail',
        name: 'Ancien portail des démarches',
        portalBaseUrl:
          'https://DEMARCHES.Ancien-Portail.fr:8443/account-management/ancien-portail-demandeurs/ux/#',
      },
      revision: 12,
      settings: {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText: DEFAULT_CONNECTION_TEXT,
        clientId: '9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b',
        clientSecretConfigured: true,
        environmentUrl: 'https://app.franceconnect.gouv.fr/api/v1',
        previewBackground: null,
        updatedAt: '2023-06-20T08:00:00.000Z',
        updatedBy: 'Dominique Leroy',
      },
    },
  }
}

const COMMUNES = [
  'Aubagne',
  'Besançon',
  'Chambéry',
  'Dole',
  'Évreux',
  'Fécamp',
  'Gap',
  'Hyères',
  'Issoire',
  'Joigny',
  'Laval',
  'Mâcon',
  'Nérac',
  'Orange',
  'Pézenas',
  'Quimper',
  'Rodez',
  'Sète',
  'Tulle',
  'Uzès',
  'Vesoul',
  'Yvetot',
]

const DEMO_ENVIRONMENTS = [
  'https://oidc.franceconnect.gouv.fr/api/v2',
  'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
  'https://app.franceconnect.gouv.fr',
  'https://fcp-low.integ01.dev-franceconnect.fr',
  '',
]

/**
 * More tenants for the overview of the mock API (the reference server's demo seed keeps the four
 * above): towns in every state, so that filters and pages have something to show.
 */
export function demoTowns(): Record<string, TenantRecord> {
  return Object.fromEntries(
    COMMUNES.map((town, index) => {
      const id = `ville-${town
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()}`
      const environmentUrl = DEMO_ENVIRONMENTS[index % DEMO_ENVIRONMENTS.length] ?? ''
      const configured = environmentUrl !== ''
      const record: TenantRecord = {
        tenant: { id, name: `Ville de ${town}`, portalBaseUrl: `https://demarches.${id}.fr` },
        revision: 1 + (index % 4),
        settings: {
          enabled: configured && index % 3 !== 1,
          buttonVariant: 'FCboutons-10',
          connectionText: DEFAULT_CONNECTION_TEXT,
          clientId: configured
            ? `${(index + 10).toString(16).padStart(2, '0')}${'c0ffee'.repeat(10)}a1`
            : '',
          // Every seventh one is on without a secret: one of the overview's « à traiter ».
          clientSecretConfigured: configured && index % 7 !== 0,
          environmentUrl,
          previewBackground: null,
          updatedAt: configured
            ? new Date(Date.UTC(2026, 9, 1 + index, 8, 15)).toISOString()
            : null,
          updatedBy: configured ? (index % 2 ? 'Camille Martin' : 'Alex Dupont') : null,
        },
      }
      return [id, record]
    }),
  )
}
