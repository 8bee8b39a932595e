import { screen, waitFor } from '@testing-library/react'
import { expect } from 'vitest'
import type { HistoryValues } from '#contract/history'
import { mockStore } from '../mocks/node'

// What the history's component tests share (history-section.test.tsx, history-restore.test.tsx).

export const secret = 'f00d'.repeat(16)

/** The history section, once its first page is shown. */
export async function historySection() {
  return waitFor(() => {
    const section = screen.getByRole('region', { name: 'Historique des modifications' })
    expect(section).not.toHaveTextContent('Chargement de l’historique')
    return section
  })
}

/** Journals a save for a seeded tenant, at the given time (to be called oldest first). */
export function journalSave(tenantId: string, at: string, values?: HistoryValues) {
  mockStore.record(tenantId, {
    at,
    actor: { name: 'Camille Martin', subject: null },
    kind: 'settings-saved',
    revision: null,
    changes: [
      { field: 'connectionText', before: 'Avant', after: values?.connectionText ?? 'Après' },
    ],
    ...(values ? { values } : {}),
  })
}

/** mairie-exemple as seeded: on, in production, with a stored secret. */
export function mairieValues(): HistoryValues {
  const settings = mockStore.get('mairie-exemple')?.settings
  if (!settings) throw new Error('mairie-exemple is seeded')
  const { enabled, buttonVariant, connectionText, clientId, environmentUrl } = settings
  return {
    enabled,
    buttonVariant,
    connectionText,
    clientId,
    environmentUrl,
    previewBackground: settings.previewBackground ?? null,
  }
}
