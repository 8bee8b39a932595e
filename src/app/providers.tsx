import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { RuntimeConfig } from '../config/runtime-config'
import { ServicesProvider } from '../config/services-context'
import type { ApiClient } from '../lib/api-client'
import { MockPanelSlot } from './mock-panel-slot'

interface ProvidersProps {
  config: RuntimeConfig
  api: ApiClient
  queryClient: QueryClient
  mockPanel?: ReactNode
  children: ReactNode
}

export function Providers({
  config,
  api,
  queryClient,
  mockPanel = null,
  children,
}: ProvidersProps) {
  return (
    <ServicesProvider config={config} api={api}>
      <MockPanelSlot value={mockPanel}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MockPanelSlot>
    </ServicesProvider>
  )
}
