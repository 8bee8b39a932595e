import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { FranceConnectButton } from '@codegouvfr/react-dsfr/FranceConnectButton'
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup'
import { Input } from '@codegouvfr/react-dsfr/Input'
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput'
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons'
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch'
import { fr } from '@codegouvfr/react-dsfr'
import { useEffect, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'

interface Tenant {
  id: string
  name: string
  portalBaseUrl: string
}

interface Settings {
  enabled: boolean
  buttonVariant: 'FCboutons-10' | 'FCboutons-11'
  connectionText: string
  clientId: string
  clientSecretConfigured: boolean
  environmentUrl: string
}

interface FormValues {
  enabled: boolean
  buttonVariant: Settings['buttonVariant']
  connectionText: string
  clientId: string
  clientSecret: string
  environment: 'production' | 'integration' | 'other'
  environmentUrl: string
}

const ENVIRONMENTS = {
  production: 'https://app.franceconnect.gouv.fr',
  integration: 'https://fcp-low.integ01.dev-franceconnect.fr',
} as const

function toFormValues(settings: Settings): FormValues {
  const environment =
    settings.environmentUrl === ENVIRONMENTS.production
      ? 'production'
      : settings.environmentUrl === ENVIRONMENTS.integration
        ? 'integration'
        : 'other'
  return {
    enabled: settings.enabled,
    buttonVariant: settings.buttonVariant,
    connectionText: settings.connectionText,
    clientId: settings.clientId,
    clientSecret: '',
    environment,
    environmentUrl: environment === 'other' ? settings.environmentUrl : '',
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} : ${response.status}`)
  return (await response.json()) as T
}

export function FranceConnectPage({ tenantId }: { tenantId: string }) {
  const [tenant, setTenant] = useState<Tenant>()
  const [settings, setSettings] = useState<Settings>()
  const [error, setError] = useState<string>()
  const { control, register, reset, handleSubmit } = useForm<FormValues>()
  const connectionText = useWatch({ control, name: 'connectionText' })
  const buttonVariant = useWatch({ control, name: 'buttonVariant' })
  const environment = useWatch({ control, name: 'environment' })

  useEffect(() => {
    document.title = `Intégration FranceConnect – ${tenantId} – Espace Administration`
    Promise.all([getJson<Tenant>('/tenant.json'), getJson<Settings>('/settings.json')])
      .then(([tenant, settings]) => {
        setTenant(tenant)
        setSettings(settings)
        reset(toFormValues(settings))
      })
      .catch(() => setError('Impossible de charger les réglages FranceConnect'))
  }, [tenantId, reset])

  const [saved, setSaved] = useState(false)
  const onSubmit = () => setSaved(true)

  return (
    <>
      <h1>Intégration FranceConnect</h1>
      <p className={fr.cx('fr-text--lead', 'fr-mb-2w')}>
        Espace usagers <strong>{tenant?.name ?? tenantId}</strong>
        {tenant && ` (${tenantId})`}
      </p>
      {error && <p className={fr.cx('fr-error-text')}>{error}</p>}
      {!settings && !error && <p>Chargement des réglages…</p>}
      {saved && (
        <Alert severity="success" small description="Réglages enregistrés." className="fr-mb-3w" />
      )}
      {settings && (
        <form onSubmit={handleSubmit(onSubmit)} noValidate>
          <section className={fr.cx('fr-mb-6w')}>
            <h2 className={fr.cx('fr-h4')}>Activation</h2>
            <Controller
              control={control}
              name="enabled"
              render={({ field }) => (
                <ToggleSwitch
                  label="Activer FranceConnect"
                  helperText="Une fois activé et enregistré, le bouton FranceConnect est proposé aux usagers sur la page de connexion du portail."
                  checked={field.value}
                  onChange={field.onChange}
                />
              )}
            />
          </section>

          <section className={fr.cx('fr-mb-6w')}>
            <h2 className={fr.cx('fr-h4')}>Bouton de connexion</h2>
            <RadioButtons
              legend="Bouton affiché aux usagers"
              name="buttonVariant"
              options={[
                {
                  label: 'FCboutons-10',
                  hintText: 'Bouton par défaut, recommandé',
                  nativeInputProps: { ...register('buttonVariant'), value: 'FCboutons-10' },
                },
                {
                  label: 'FCboutons-11',
                  hintText: 'Variante claire, uniquement si le contraste est insuffisant',
                  nativeInputProps: { ...register('buttonVariant'), value: 'FCboutons-11' },
                },
              ]}
            />
            <div
              className={fr.cx('fr-p-3w', 'fr-mb-3w')}
              style={{
                background: buttonVariant === 'FCboutons-11' ? '#000091' : '#ffffff',
                border: '1px solid #dddddd',
              }}
            >
              <p className={fr.cx('fr-text--sm', 'fr-mb-2w')}>Aperçu ({buttonVariant})</p>
              <p
                className={fr.cx('fr-text--sm')}
                style={{ color: buttonVariant === 'FCboutons-11' ? '#ffffff' : undefined }}
              >
                {connectionText}
              </p>
              <FranceConnectButton onClick={(event) => event.preventDefault()} />
            </div>
          </section>

          <section className={fr.cx('fr-mb-6w')}>
            <h2 className={fr.cx('fr-h4')}>Texte de connexion</h2>
            <Input
              label="Texte de connexion"
              hintText="Affiché tel quel au-dessus du bouton, en texte simple. 300 caractères au maximum."
              textArea
              nativeTextAreaProps={{ ...register('connectionText'), rows: 3 }}
            />
          </section>

          <section className={fr.cx('fr-mb-6w')}>
            <h2 className={fr.cx('fr-h4')}>Clé d’accès</h2>
            <p className={fr.cx('fr-text--sm')}>
              FranceConnect délivre la clé quand il accepte votre demande de création de fournisseur
              de service : l’identifiant dans la messagerie de votre dossier sur
              demarches-simplifiees.fr, le secret par SMS.
            </p>
            <Input
              label="Identifiant client (Client ID)"
              hintText="Entre 32 et 64 caractères : lettres sans accent, chiffres et tirets."
              nativeInputProps={{ ...register('clientId'), autoComplete: 'off', spellCheck: false }}
            />
            <PasswordInput
              label="Secret client (Client secret)"
              hintText={
                settings.clientSecretConfigured
                  ? 'Un secret est enregistré : laissez ce champ vide pour le conserver.'
                  : 'Aucun secret n’est enregistré.'
              }
              messagesHint=""
              nativeInputProps={{ ...register('clientSecret'), autoComplete: 'new-password' }}
            />
          </section>

          <section className={fr.cx('fr-mb-6w')}>
            <h2 className={fr.cx('fr-h4')}>Environnement FranceConnect</h2>
            <RadioButtons
              legend="Environnement de la clé"
              hintText="Une clé ne fonctionne que dans l’environnement qui l’a délivrée."
              name="environment"
              options={[
                {
                  label: 'Production',
                  hintText: ENVIRONMENTS.production,
                  nativeInputProps: { ...register('environment'), value: 'production' },
                },
                {
                  label: 'Intégration',
                  hintText: ENVIRONMENTS.integration,
                  nativeInputProps: { ...register('environment'), value: 'integration' },
                },
                {
                  label: 'Autre URL',
                  hintText: 'Une adresse communiquée par FranceConnect, en https.',
                  nativeInputProps: { ...register('environment'), value: 'other' },
                },
              ]}
            />
            {environment === 'other' && (
              <Input
                label="URL du service FranceConnect"
                hintText="Adresse complète, commençant par https://"
                nativeInputProps={{ ...register('environmentUrl'), inputMode: 'url' }}
              />
            )}
          </section>

          <ButtonsGroup
            inlineLayoutWhen="md and up"
            buttons={[
              { children: 'Enregistrer', type: 'submit' },
              {
                children: 'Annuler les modifications',
                priority: 'secondary',
                type: 'button',
                onClick: () => reset(toFormValues(settings)),
              },
            ]}
          />
        </form>
      )}
    </>
  )
}
