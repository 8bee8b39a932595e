import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useApiClient, useRuntimeConfig } from '../config/services-context'
import { sessionQueryOptions } from '../features/session/queries'
import { Breadcrumb, type Crumb } from './breadcrumb'
import { Footer } from './footer'
import { LocalModeNotice } from '../features/session/components/local-mode-notice'
import { SessionTools } from '../features/session/components/session-tools'
import { Header } from './header'
import { MockPanel } from './mock-panel-slot'

function SkipLinks() {
  return (
    <div className="fr-skiplinks">
      <nav role="navigation" aria-label="Accès rapide" className="fr-container">
        <ul className="fr-skiplinks__list">
          <li>
            <a className="fr-link" href="#contenu">
              Contenu
            </a>
          </li>
          <li>
            <a className="fr-link" href="#footer">
              Pied de page
            </a>
          </li>
        </ul>
      </nav>
    </div>
  )
}

function MockApiNotice() {
  return (
    <div className="fr-notice fr-notice--info">
      <div className="fr-container">
        <div className="fr-notice__body">
          <div>
            <p className="fr-notice__title">Mode démonstration : les données sont simulées.</p>
            <p className="fr-notice__desc">
              Aucun serveur n’est appelé ; les réglages enregistrés sont conservés dans cet onglet
              jusqu’à sa fermeture.
            </p>
          </div>
        </div>
      </div>
    </div>
  )
}

interface LayoutProps {
  crumbs: Crumb[]
  /** The whole width of the container (a wide table), instead of a column for reading. */
  wide?: boolean
  children: ReactNode
}

/** The DSFR page frame: skip links, header, demo notice, breadcrumb, main, footer. */
export function Layout({ crumbs, wide = false, children }: LayoutProps) {
  const { mockApi } = useRuntimeConfig()
  const { data: session } = useQuery(sessionQueryOptions(useApiClient()))
  return (
    <>
      <SkipLinks />
      <Header
        tools={session && (session.user || session.signInUrl) && <SessionTools session={session} />}
      />
      {session?.mode === 'local' && <LocalModeNotice />}
      {mockApi && (
        <section aria-label="Mode démonstration">
          <MockApiNotice />
          <MockPanel />
        </section>
      )}
      <main id="contenu" role="main" tabIndex={-1} className="fr-container fr-pb-8w">
        <Breadcrumb crumbs={crumbs} />
        <div className="fr-grid-row">
          <div
            className={
              wide ? 'fr-col-12 fc-page-body' : 'fr-col-12 fr-col-md-10 fr-col-lg-8 fc-page-body'
            }
          >
            {children}
          </div>
        </div>
      </main>
      <Footer />
    </>
  )
}
