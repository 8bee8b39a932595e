import { CopyField } from '../../../components/copy-field'

interface SubsQuestionProps {
  reuse: boolean
  onReuseChange: (reuse: boolean) => void
  /** The client ID stored in this tab: the v1 one, for a portal that already offered FranceConnect. */
  storedClientId: string
}

/** « 4. Gestion des subs » of the FranceConnect form, with the procedure's guidance. */
export function SubsQuestion({ reuse, onReuseChange, storedClientId }: SubsQuestionProps) {
  const options = [
    { value: true, id: 'subs-yes', label: 'Oui : ce portail proposait déjà FranceConnect (v1)' },
    {
      value: false,
      id: 'subs-no',
      label: 'Non : première mise en œuvre de FranceConnect sur ce portail',
    },
  ]
  return (
    <>
      <fieldset className="fr-fieldset" id="subs" aria-labelledby="subs-legend">
        <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id="subs-legend">
          Réutiliser les subs d’un fournisseur de service FranceConnect v1 ?
          <span className="fr-hint-text">
            Répondez Oui si votre environnement proposait déjà la connexion FranceConnect (v1) : vos
            usagers retrouveront les comptes créés avec FranceConnect v1, leur espace personnel et
            leurs démarches. Répondez Non s’il ne l’a jamais proposée.
          </span>
        </legend>
        {options.map((option) => (
          <div className="fr-fieldset__element" key={option.id}>
            <div className="fr-radio-group">
              <input
                type="radio"
                id={option.id}
                name="subs"
                checked={reuse === option.value}
                onChange={() => onReuseChange(option.value)}
              />
              <label className="fr-label" htmlFor={option.id}>
                {option.label}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
      {reuse &&
        (storedClientId ? (
          <CopyField
            id="declaration-v1-client-id"
            label="Client ID du fournisseur de service v1"
            hint="À saisir quand le formulaire le demande : c’est l’identifiant enregistré dans cet onglet."
            value={storedClientId}
            copyName="le Client ID du fournisseur de service v1"
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
