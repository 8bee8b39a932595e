import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb'
import { Footer } from '@codegouvfr/react-dsfr/Footer'
import { Header } from '@codegouvfr/react-dsfr/Header'
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks'
import { fr } from '@codegouvfr/react-dsfr'
import { FranceConnectPage } from './FranceConnectPage'

export function App() {
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#content' },
          { label: 'Pied de page', anchor: '#fr-footer' },
        ]}
      />
      <Header
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        serviceTitle="Espace Administration"
        serviceTagline="Paramètres techniques des comptes usagers"
        homeLinkProps={{
          href: '/',
          title: 'Accueil - Espace Administration - République Française',
        }}
      />
      <main id="content" className={fr.cx('fr-container', 'fr-mb-10w')}>
        <Breadcrumb
          currentPageLabel="Intégration FranceConnect"
          homeLinkProps={{ href: '/' }}
          segments={[]}
        />
        <FranceConnectPage tenantId="mairie-exemple" />
      </main>
      <Footer
        accessibility="partially compliant"
        contentDescription="Réglages FranceConnect : activation, bouton de connexion, clé d’accès et environnement de la connexion FranceConnect des portails usagers."
      />
    </>
  )
}
