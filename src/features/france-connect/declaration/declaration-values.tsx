import { useState } from 'react'
import { Alert } from '../../../components/alert'
import { CopyField } from '../../../components/copy-field'
import { copyText, downloadFile } from '../../../lib/clipboard'
import type { Environment } from '#contract/catalogue'
import {
  buildDeclaration,
  declarationJson,
  declarationText,
  declarationWarnings,
} from './declaration'
import type { Tenant } from '#contract/tenant'
import { SubsQuestion } from './subs-question'

interface DeclarationValuesProps {
  tenant: Tenant
  storedClientId: string
  /** The environment chosen in the form, to check the declared URLs fit it. */
  environment: Environment | undefined
}

export function DeclarationValues({ tenant, storedClientId, environment }: DeclarationValuesProps) {
  const [name, setName] = useState(tenant.name)
  const [reuse, setReuse] = useState(storedClientId !== '')
  const [exported, setExported] = useState<string | null>(null)
  const declaration = buildDeclaration(tenant, name, { reuse, v1ClientId: storedClientId })
  const warnings = declarationWarnings(tenant.portalBaseUrl, environment)

  async function copyAll() {
    const done = await copyText(declarationText(declaration))
    setExported(
      done
        ? 'Toute la déclaration a été copiée dans le presse-papiers.'
        : 'Copie automatique impossible ici : utilisez « Télécharger en JSON » ou les boutons « Copier » de chaque valeur.',
    )
  }

  function download() {
    const fileName = `declaration-franceconnect-${tenant.id}.json`
    downloadFile(fileName, declarationJson(declaration), 'application/json')
    setExported(`Le fichier ${fileName} a été téléchargé.`)
  }

  return (
    <>
      {warnings.length > 0 && (
        <Alert
          type="warning"
          title="Ces URL ne conviennent pas à l’environnement choisi"
          className="fr-mb-3w"
        >
          {warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </Alert>
      )}
      <CopyField
        id="declaration-name"
        label="Nom du fournisseur de service"
        hint="Affiché aux usagers dans les écrans FranceConnect. Vous pouvez reprendre le nom du projet déclaré dans votre demande d’habilitation, et l’ajuster ici avant de le copier."
        value={name}
        onChange={setName}
        copyName="le nom du fournisseur de service"
      />
      <CopyField
        id="declaration-service-url"
        label="URL de votre service"
        hint="La page qui affiche le bouton FranceConnect ; à déclarer aussi comme URL de callback de déconnexion."
        value={declaration.serviceUrl}
        copyName="l’URL de votre service"
      />
      <CopyField
        id="declaration-login-redirect"
        label="URL de redirection de connexion"
        hint="Où FranceConnect renvoie l’usager une fois identifié : elle doit correspondre au caractère près."
        value={declaration.loginRedirectUrl}
        copyName="l’URL de redirection de connexion"
        multiline
      />
      <CopyField
        id="declaration-logout-redirect"
        label="URL de redirection de déconnexion"
        hint="La page de connexion du portail : la même adresse que celle du service, ci-dessus."
        value={declaration.logoutRedirectUrl}
        copyName="l’URL de redirection de déconnexion"
      />
      <CopyField
        id="declaration-signature"
        label="Algorithme de signature"
        hint="À sélectionner dans le formulaire FranceConnect v2 (la v1 ne le demande pas)."
        value={declaration.signatureAlgorithm}
        copyName="l’algorithme de signature"
      />
      <CopyField
        id="declaration-eidas"
        label="Niveau eIDAS"
        hint="Le niveau de garantie standard, à indiquer dans la demande d’habilitation : FranceConnect n’accepte que eidas1."
        value={declaration.eidasLevel}
        copyName="le niveau eIDAS"
      />
      <SubsQuestion reuse={reuse} onReuseChange={setReuse} storedClientId={storedClientId} />
      <p className="fr-text--sm">
        L’adresse IP demandée par le formulaire ne se déduit pas de l’espace : demandez-la à votre
        chef de projet.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void copyAll()}>
            Copier toute la déclaration
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={download}>
            Télécharger en JSON
          </button>
        </li>
      </ul>
      <p aria-live="polite" className="fr-text--sm">
        {exported}
      </p>
    </>
  )
}
