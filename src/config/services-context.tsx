import { createContext, useContext, type ReactNode } from 'react'
import type { ApiClient } from '../lib/api-client'
import type { RuntimeConfig } from './runtime-config'

interface Services {
  config: RuntimeConfig
  api: ApiClient
}

const ServicesContext = createContext<Services | null>(null)

/** Hands the runtime configuration and the API client built from it to the whole tree. */
export function ServicesProvider({ children, ...services }: Services & { children: ReactNode }) {
  return <ServicesContext value={services}>{children}</ServicesContext>
}

function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('ServicesProvider is missing above this component')
  return services
}

export const useRuntimeConfig = () => useServices().config
export const useApiClient = () => useServices().api
