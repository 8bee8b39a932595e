import { startReactDsfr } from '@codegouvfr/react-dsfr/spa'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'

startReactDsfr({ defaultColorScheme: 'system' })

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
