import { useWatch } from 'react-hook-form'
import type { FieldMessage } from '../../../components/field-messages'
import { PasswordField } from '../../../components/password-field'
import { TextField } from '../../../components/text-field'
import type { SettingsFormValues } from '../settings-form/form-values'
import { clientIdSchema, isIssuedClientIdFormat } from '#contract/settings'
import { secretRequirement, type StoredKey } from '#contract/settings-rules'
import type { Environment } from '#contract/catalogue'
import { StoredKeyNote } from './stored-key-note'

function clientIdNotice(clientId: string): FieldMessage | null {
  const looksValid = clientId.trim() !== '' && clientIdSchema.safeParse(clientId).success
  if (!looksValid || isIssuedClientIdFormat(clientId)) return null
  return {
    type: 'info',
    text: 'Ce n’est pas le format que FranceConnect délivre aujourd’hui (64 caractères hexadécimaux minuscules) : vérifiez que la valeur copiée est complète. Une clé plus ancienne reste acceptée.',
  }
}

const secretNotices: Record<ReturnType<typeof secretRequirement>, FieldMessage | null> = {
  optional: null,
  'new-key': {
    type: 'warning',
    text: 'Nouveau secret requis : l’identifiant ou l’environnement diffère de la clé enregistrée, dont le secret ne peut pas être réutilisé.',
  },
  'to-enable': { type: 'info', text: 'Obligatoire pour activer FranceConnect.' },
}

export function KeySection({
  stored,
  catalogue,
}: {
  stored: StoredKey
  catalogue: readonly Environment[]
}) {
  const [enabled, clientId, environmentUrl] = useWatch<
    SettingsFormValues,
    ['enabled', 'clientId', 'environmentUrl']
  >({ name: ['enabled', 'clientId', 'environmentUrl'] })
  const requirement = secretRequirement(stored, { enabled, clientId, environmentUrl })

  return (
    <section className="fr-mb-6w fc-section">
      <h2 id="section-key" className="fr-h4">
        Clé d’accès
      </h2>
      <p className="fr-text--sm">
        FranceConnect délivre la clé quand il accepte votre demande de création de fournisseur de
        service : l’identifiant dans la messagerie de votre dossier sur demarches-simplifiees.fr, le
        secret par SMS.
      </p>
      <StoredKeyNote stored={stored} catalogue={catalogue} />
      <TextField<SettingsFormValues>
        name="clientId"
        label="Identifiant client (Client ID)"
        hint="Entre 32 et 64 caractères : lettres sans accent, chiffres et tirets."
        autoComplete="off"
        spellCheck={false}
        notices={[clientIdNotice(clientId)]}
      />
      <PasswordField<SettingsFormValues>
        name="clientSecret"
        label="Secret client (Client secret)"
        hint={
          stored.clientSecretConfigured
            ? 'Un secret est enregistré : laissez ce champ vide pour le conserver.'
            : 'Aucun secret n’est enregistré.'
        }
        showLabel="Afficher le secret"
        required={requirement !== 'optional'}
        notices={[secretNotices[requirement]]}
      />
    </section>
  )
}
