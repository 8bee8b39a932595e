import {
  DEFAULT_CONNECTION_TEXT,
  type FranceConnectSettings,
} from '../features/france-connect/schemas'

export interface TenantRecord {
  settings: FranceConnectSettings
  revision: number
}

/** The user the mock API names in `updatedBy`, as a backend would from the session. */
export const MOCK_USER = 'Utilisateur de démonstration'

/**
 * - `portaildesaides`: the procedure's example tenant, never configured;
 * - `mairie-exemple`: in production, with a stored secret;
 * - `recette-exemple`: switched off, on Intégration, with an older-format client ID.
 */
export function seedTenants(): Record<string, TenantRecord> {
  return {
    portaildesaides: {
      revision: 1,
      settings: {
        enabled: false,
        buttonVariant: 'FCboutons-10',
        connectionText: DEFAULT_CONNECTION_TEXT,
        clientId: '',
        clientSecretConfigured: false,
        environmentUrl: '',
        updatedAt: null,
        updatedBy: null,
      },
    },
    'mairie-exemple': {
      revision: 7,
      settings: {
        enabled: true,
        buttonVariant: 'FCboutons-10',
        connectionText: DEFAULT_CONNECTION_TEXT,
        clientId: '3f6c1a0e9b2d4c7f8e5a1b3c9d0e2f4a6b8c0d1e3f5a7b9c2d4e6f8a0b1c3d5e',
        clientSecretConfigured: true,
        environmentUrl: 'https://app.franceconnect.gouv.fr',
        updatedAt: '2026-10-14T09:30:00.000Z',
        updatedBy: 'Camille Martin',
      },
    },
    'recette-exemple': {
      revision: 3,
      settings: {
        enabled: false,
        buttonVariant: 'FCboutons-11',
        connectionText: 'Connectez-vous avec FranceConnect pour retrouver vos démarches.',
        clientId: 'recette-portail-2019-0a1b2c3d4e5f6a7b8c9d0e1f2a3b',
        clientSecretConfigured: true,
        environmentUrl: 'https://fcp-low.integ01.dev-franceconnect.fr',
        updatedAt: '2025-03-02T16:05:00.000Z',
        updatedBy: 'Alex Dupont',
      },
    },
  }
}
