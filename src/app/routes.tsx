import { lazy, Suspense, useCallback, useEffect } from 'react'
import { useRuntimeConfig } from '../config/services-context'
import { FranceConnectPage } from '../features/france-connect/pages/france-connect-page'
import { OverviewHeading, OverviewLoading } from '../features/tenants/pages/overview-heading'
import { Layout } from './layout'
import { Link } from '../components/link'
import { appPath, navigate, usePathname } from '../lib/router'
import { yieldToBrowser } from '../lib/yield'
import { franceConnectPath, matchRoute, type Route } from '#contract/app-routes'

// The overview (its table, filters, export and styles) loads only when shown: a first visit
// to a tenant's tab does not pay for it.
const loadOverview = () => import('../features/tenants/pages/tenants-overview-page')
const TenantsOverviewPage = lazy(async () => {
  const { TenantsOverviewPage } = await loadOverview()
  // Even when its code is already there (see preloadOpenedPage), drawn in a task of its own
  // after the frame's: one long task on a phone otherwise.
  await yieldToBrowser()
  return { default: TenantsOverviewPage }
})

// A tenant's onboarding: its own chunk (and styles) too.
const loadOnboarding = () => import('../features/france-connect/pages/onboarding-page')
const OnboardingPage = lazy(() =>
  loadOnboarding().then((module) => ({ default: module.OnboardingPage })),
)

// The contrast bench, for designers: its own chunk too.
const loadPreview = () => import('../features/france-connect/pages/preview-page')
const PreviewPage = lazy(() => loadPreview().then((module) => ({ default: module.PreviewPage })))

/**
 * Starts loading the opened page's own code, if it has some, before the app's first render:
 * its files download while the configuration and the session are read, and the first render
 * (a long task on a phone) no longer also asks for them.
 */
export function preloadOpenedPage() {
  const route = matchRoute(appPath())
  // The lazy component takes the same module once it renders; its errors are its own to show.
  if (route.name === 'root') loadOverview().catch(() => undefined)
  if (route.name === 'preview') loadPreview().catch(() => undefined)
  if (route.name === 'onboarding') loadOnboarding().catch(() => undefined)
}

/** The overview; a backend without one (before contract 1.5) leads to the default tenant's tab. */
function HomePage() {
  const { defaultTenant } = useRuntimeConfig()
  const toDefaultTenant = useCallback(() => {
    navigate(franceConnectPath(defaultTenant), { replace: true })
  }, [defaultTenant])
  return (
    <Layout crumbs={[{ label: 'Accueil' }]} wide>
      <Suspense
        fallback={
          <>
            <OverviewHeading />
            <OverviewLoading />
          </>
        }
      >
        <TenantsOverviewPage tenantPath={franceConnectPath} onUnavailable={toDefaultTenant} />
      </Suspense>
    </Layout>
  )
}

function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page non trouvée – Espace Administration'
  }, [])
  return (
    <Layout crumbs={[{ label: 'Accueil', to: '' }, { label: 'Page non trouvée' }]}>
      <h1>Page non trouvée</h1>
      <p className="fr-text--lead">La page que vous cherchez est introuvable.</p>
      <p>
        Vérifiez l’adresse, ou retournez à l’
        <Link to="">accueil de l’Espace Administration</Link>.
      </p>
    </Layout>
  )
}

/** The page at the browser's address. */
export function Routes() {
  return <RouteView route={matchRoute(appPath(usePathname()))} />
}

/** One page, in its frame (also rendered ahead, without data, as its shell: see src/shell.tsx). */
export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'root':
      return <HomePage />
    case 'france-connect':
      return (
        <Layout crumbs={[{ label: 'Accueil', to: '' }, { label: 'Intégration FranceConnect' }]}>
          <FranceConnectPage key={route.tenantId} tenantId={route.tenantId} />
        </Layout>
      )
    case 'onboarding':
      return (
        <Layout
          crumbs={[
            { label: 'Accueil', to: '' },
            { label: 'Intégration FranceConnect', to: franceConnectPath(route.tenantId) },
            { label: 'Mise en service' },
          ]}
        >
          <Suspense fallback={<h1>Mise en service de FranceConnect</h1>}>
            <OnboardingPage key={route.tenantId} tenantId={route.tenantId} />
          </Suspense>
        </Layout>
      )
    case 'preview':
      return (
        <Layout crumbs={[{ label: 'Accueil', to: '' }, { label: 'Banc de contraste du bouton' }]}>
          <Suspense fallback={null}>
            <PreviewPage />
          </Suspense>
        </Layout>
      )
    case 'not-found':
      return <NotFoundPage />
  }
}
