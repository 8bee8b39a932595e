import { useWatch } from 'react-hook-form'
import { CopyField } from '../../../components/copy-field'
import type { Environment } from '#contract/catalogue'
import type { OnboardingInput } from '#contract/onboarding'
import type { Tenant } from '#contract/tenant'
import { buildDeclaration, declarationWarnings } from '../declaration/declaration'
import { Alert } from '../../../components/alert'

interface ProductionValuesProps {
  tenant: Tenant
  editorName: string
  /** The client ID of the portal's FranceConnect v1 service provider, if it had one. */
  v1ClientId: string
  production: Environment | undefined
}

// Hints name no other field: a label holds its hint, and QA finds fields by a part of theirs.
const FROM_STEP_1 = 'Repris de l’étape 1.'
const NOT_YET_IN_STEP_1 = 'À saisir d’abord à l’étape 1.'

/**
 * Every value the production form asks for, section by section in the form's own order, each
 * with its « Copier » button. The URLs are the declaration section's, computed once.
 */
export function ProductionValues({
  tenant,
  editorName,
  v1ClientId,
  production,
}: ProductionValuesProps) {
  const [datapassNumber, organisationName, version, ipAddress] = useWatch<
    OnboardingInput,
    [
      'datapass.number',
      'datapass.organisationName',
      'production.franceConnectVersion',
      'production.ipAddress',
    ]
  >({
    name: [
      'datapass.number',
      'datapass.organisationName',
      'production.franceConnectVersion',
      'production.ipAddress',
    ],
  })
  const declaration = buildDeclaration(tenant, tenant.name, {
    reuse: v1ClientId !== '',
    v1ClientId,
  })
  const warnings = declarationWarnings(tenant.portalBaseUrl, production)
  const v2 = version === 'v2'
  return (
    <>
      <h3 className="fr-h5 fr-mt-4w">Valeurs à saisir dans le formulaire {v2 ? '(v2)' : '(v1)'}</h3>
      {warnings.length > 0 && (
        <Alert type="warning" title="Ces URL seraient refusées en production" className="fr-mb-3w">
          {warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </Alert>
      )}
      <h4 className="fr-h6">1. Choix de l’environnement</h4>
      <CopyField
        id="production-environment"
        label="Environnement"
        value="Production"
        copyName="l’environnement"
      />
      <CopyField id="production-editor" label="Éditeur" value={editorName} copyName="l’éditeur" />
      <p className="fr-text--sm">
        Le numéro de téléphone portable saisi dans cette rubrique recevra le secret client par SMS.
        {!v2 && ' Le formulaire v1 demande aussi la version de la solution installée.'}
      </p>
      <h4 className="fr-h6">2. Informations liées au Datapass</h4>
      <CopyField
        id="production-datapass-number"
        label="Numéro de demande d’habilitation DataPass"
        hint={datapassNumber.trim() === '' ? NOT_YET_IN_STEP_1 : FROM_STEP_1}
        value={datapassNumber.trim()}
        copyName="le numéro de demande d’habilitation DataPass"
      />
      <CopyField
        id="production-organisation"
        label="Organisation déclarée sur DataPass"
        hint={organisationName.trim() === '' ? NOT_YET_IN_STEP_1 : FROM_STEP_1}
        value={organisationName.trim()}
        copyName="l’organisation déclarée sur DataPass"
      />
      <h4 className="fr-h6">3. Configuration de votre Fournisseur de Service</h4>
      <CopyField
        id="production-service-name"
        label="Nom du fournisseur de service"
        hint="Affiché aux usagers dans les écrans FranceConnect."
        value={declaration.serviceProviderName}
        copyName="le nom du fournisseur de service"
      />
      <CopyField
        id="production-service-url"
        label="URL de votre service"
        value={declaration.serviceUrl}
        copyName="l’URL de votre service"
      />
      <CopyField
        id="production-login-redirect"
        label="URL de redirection de connexion"
        value={declaration.loginRedirectUrl}
        copyName="l’URL de redirection de connexion"
        multiline
      />
      <CopyField
        id="production-logout-redirect"
        label="URL de redirection de déconnexion"
        value={declaration.logoutRedirectUrl}
        copyName="l’URL de redirection de déconnexion"
      />
      <CopyField
        id="production-ip"
        label="IP à déclarer"
        hint={
          ipAddress.trim() === ''
            ? 'À saisir d’abord, juste au-dessus.'
            : 'Reprise de la saisie juste au-dessus.'
        }
        value={ipAddress.trim()}
        copyName="l’IP à déclarer"
      />
      {v2 && (
        <CopyField
          id="production-signature"
          label="Algorithme de signature"
          value={declaration.signatureAlgorithm}
          copyName="l’algorithme de signature"
        />
      )}
      {v2 ? (
        <>
          <h4 className="fr-h6">4. Gestion des subs pour votre Fournisseur de Service</h4>
          <CopyField
            id="production-reuse-subs"
            label="Réutiliser les subs d’un Fournisseur de Service FranceConnect-v1"
            hint="Oui seulement si ce portail proposait déjà FranceConnect v1 : ses usagers retrouvent ainsi leur compte."
            value={declaration.reuseV1Subs ? 'Oui' : 'Non'}
            copyName="la réponse sur la réutilisation des subs"
          />
          {declaration.v1ClientId && (
            <CopyField
              id="production-v1-client-id"
              label="Client ID du Fournisseur de Service v1"
              value={declaration.v1ClientId}
              copyName="le Client ID du Fournisseur de Service v1"
              multiline
            />
          )}
        </>
      ) : (
        <p className="fr-text--sm">Le formulaire v1 n’a pas de rubrique « Gestion des subs ».</p>
      )}
    </>
  )
}
