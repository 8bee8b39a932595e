import type { UseQueryResult } from '@tanstack/react-query'
import { useWatch } from 'react-hook-form'
import { Alert } from '../../../components/alert'
import { isApiError } from '../../../lib/api-error'
import { findEnvironment, type Environment } from '#contract/catalogue'
import type { SettingsFormValues } from '../settings-form/form-values'
import type { StoredKey } from '#contract/settings-rules'
import type { Tenant } from '#contract/tenant'
import { DeclarationValues } from './declaration-values'

interface DeclarationSectionProps {
  tenant: UseQueryResult<Tenant>
  stored: StoredKey
  catalogue: readonly Environment[]
}

/** Every value the configurer declares to FranceConnect, exactly right, ready to copy. */
export function DeclarationSection({ tenant, stored, catalogue }: DeclarationSectionProps) {
  const environmentUrl = useWatch<SettingsFormValues, 'environmentUrl'>({ name: 'environmentUrl' })
  // The settings of this tenant loaded: a 404 here means a backend older than the resource.
  const tenantResourceMissing =
    tenant.isError && isApiError(tenant.error) && tenant.error.status === 404
  return (
    <section className="fr-mt-8w fc-section fc-declaration" aria-labelledby="declaration-title">
      <h2 id="declaration-title" className="fr-h4">
        Déclaration auprès de FranceConnect
      </h2>
      <p>
        Valeurs à reporter dans la demande de création d’un fournisseur de service FranceConnect,
        sur demarches-simplifiees.fr (rubriques « 3. Configuration de votre Fournisseur de Service »
        et « 4. Gestion des subs »). Saisissez-les exactement : une valeur erronée fait refuser la
        mise en production ou échouer les connexions.
      </p>
      {tenant.isPending && <p className="fr-text--sm">Chargement des informations de l’espace…</p>}
      {tenantResourceMissing && (
        <Alert type="info" small title="Adresse du portail inconnue du serveur">
          <p>
            Le serveur ne fournit pas l’adresse du portail de cet espace (ressource « /tenants/{'{'}
            tenantId{'}'} », ajoutée en version 1.1 du contrat) : les valeurs à déclarer ne peuvent
            pas être calculées ici. Reportez-les depuis la procédure.
          </p>
        </Alert>
      )}
      {tenant.isError && !tenantResourceMissing && (
        <Alert type="error" role="alert" title="Impossible de calculer les valeurs à déclarer">
          <p>
            {isApiError(tenant.error)
              ? (tenant.error.detail ?? tenant.error.title)
              : 'Les informations de l’espace sont indisponibles.'}
          </p>
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
            onClick={() => void tenant.refetch()}
          >
            Recharger les informations de l’espace
          </button>
        </Alert>
      )}
      {tenant.data && (
        <DeclarationValues
          key={tenant.data.id}
          tenant={tenant.data}
          storedClientId={stored.clientId}
          environment={findEnvironment(catalogue, environmentUrl)}
        />
      )}
    </section>
  )
}
