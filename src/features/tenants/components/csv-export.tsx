import { useState } from 'react'
import type { TenantsQuery } from '#contract/tenants-overview'
import { Alert } from '../../../components/alert'
import { useApiClient } from '../../../config/services-context'
import { isApiError } from '../../../lib/api-error'
import { downloadFile } from '../../../lib/clipboard'
import { downloadTenantsCsv } from '../api'

type ExportState =
  | { step: 'idle' }
  | { step: 'running' }
  | { step: 'done'; count: number }
  | { step: 'failed'; error: unknown }

/** « espaces-franceconnect-2026-10-14.csv », with the local date of the download. */
export function csvFileName(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `espaces-franceconnect-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`
}

function statusText(state: ExportState): string {
  if (state.step === 'running') return 'Préparation du fichier CSV…'
  if (state.step === 'done') {
    return `Fichier CSV téléchargé : ${state.count} ${state.count > 1 ? 'espaces' : 'espace'}.`
  }
  return ''
}

interface CsvExportProps {
  query: TenantsQuery
  /** How many tenants the filters keep: what the file will hold. */
  total: number
}

/** Downloads every tenant the filters keep (all pages) as the backend writes them in CSV. */
export function CsvExport({ query, total }: CsvExportProps) {
  const api = useApiClient()
  const [state, setState] = useState<ExportState>({ step: 'idle' })

  async function exportCsv() {
    if (state.step === 'running') return
    setState({ step: 'running' })
    try {
      const blob = await downloadTenantsCsv(api, query)
      // The bytes as sent: decoding them as text would drop the byte order mark spreadsheets need.
      downloadFile(csvFileName(), await blob.arrayBuffer(), 'text/csv;charset=utf-8')
      setState({ step: 'done', count: total })
    } catch (error) {
      setState({ step: 'failed', error })
    }
  }

  return (
    <div className="fc-overview-export">
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
        aria-disabled={state.step === 'running' || undefined}
        onClick={() => void exportCsv()}
      >
        Exporter en CSV
      </button>
      <p role="status" className="fr-text--sm fr-mb-0">
        {statusText(state)}
      </p>
      {state.step === 'failed' && (
        <Alert type="error" role="alert" title="L’export CSV a échoué">
          <p>
            {isApiError(state.error)
              ? (state.error.detail ?? state.error.title)
              : 'Une erreur inattendue est survenue.'}
          </p>
        </Alert>
      )}
    </div>
  )
}
