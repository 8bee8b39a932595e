import { CopyField } from '../../../components/copy-field'
import { RadioFieldset } from '../../../components/radio-fieldset'

interface SubsQuestionProps {
  reuse: boolean
  onReuseChange: (reuse: boolean) => void
  /** The client ID stored in this tab: the v1 one, for a portal that already offered FranceConnect. */
  storedClientId: string
}

/** « 4. Gestion des subs » of the FranceConnect form, with the procedure's guidance. */
export function SubsQuestion({ reuse, onReuseChange, storedClientId }: SubsQuestionProps) {
  return (
    <>
      <RadioFieldset
        id="subs"
        name="subs"
        legend="Réutiliser les subs d’un fournisseur de service FranceConnect v1 ?"
        hint="Répondez Oui si votre environnement proposait déjà la connexion FranceConnect (v1) : vos usagers retrouveront les comptes créés avec FranceConnect v1, leur espace personnel et leurs démarches. Répondez Non s’il ne l’a jamais proposée."
        options={[
          { value: 'yes', label: 'Oui : ce portail proposait déjà FranceConnect (v1)' },
          { value: 'no', label: 'Non : première mise en œuvre de FranceConnect sur ce portail' },
        ]}
        inputProps={(option) => ({
          checked: reuse === (option.value === 'yes'),
          onChange: () => onReuseChange(option.value === 'yes'),
        })}
      />
      {reuse &&
        (storedClientId ? (
          <CopyField
            id="declaration-v1-client-id"
            label="Identifiant v1 à réutiliser"
            hint="À saisir quand le formulaire demande l’identifiant du fournisseur de service v1 : c’est celui enregistré dans cet onglet."
            value={storedClientId}
            copyName="l’identifiant v1 à réutiliser"
          />
        ) : (
          <p className="fr-text--sm">
            Aucun identifiant n’est enregistré dans cet onglet : retrouvez celui du fournisseur de
            service v1 dans la gestion des paramètres techniques des comptes usagers de votre
            environnement de production.
          </p>
        ))}
    </>
  )
}
