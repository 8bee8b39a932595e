import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { RuntimeConfig } from '../config/runtime-config'
import { ServicesProvider } from '../config/services-context'
import type { ApiClient } from '../lib/api-client'

interface ProvidersProps {
  config: RuntimeConfig
  api: ApiClient
  queryClient: QueryClient
  children: ReactNode
}

export function Providers({ config, api, queryClient, children }: ProvidersProps) {
  return (
    <ServicesProvider config={config} api={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ServicesProvider>
  )
}
