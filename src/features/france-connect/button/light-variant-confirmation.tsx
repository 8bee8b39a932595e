import { useFormContext } from 'react-hook-form'
import { FieldMessages, fieldMessages } from '../../../components/field-messages'
import { useFieldError } from '../../../components/use-field-error'
import { formatRatio } from '../../../lib/contrast'
import { type Rgb } from '#contract/hex-colour'
import { cx } from '../../../lib/class-names'
import { variantContrast } from './button-colours'
import type { SettingsFormValues } from '../settings-form/form-values'

/** The procedure's rule made explicit: FCboutons-11 on a background where FCboutons-10 works. */
export function LightVariantConfirmation({ background }: { background: Rgb }) {
  const { register } = useFormContext<SettingsFormValues>()
  const error = useFieldError<SettingsFormValues>('lightVariantConfirmed')
  const ratio = formatRatio(variantContrast('FCboutons-10', background, 'light').againstBackground)
  return (
    <div className="fr-alert fr-alert--warning fr-mb-3w">
      <p className="fr-alert__title">FCboutons-10 convient sur ce fond</p>
      <p>
        Il s’en distingue suffisamment ({ratio}, pour 3:1 demandé, en thème clair). La procédure
        demande de le privilégier : ne choisissez FCboutons-11 que si le fond réel du portail
        diffère de celui indiqué ici.
      </p>
      <div className={cx('fr-checkbox-group fr-mt-2w', error && 'fr-checkbox-group--error')}>
        <input
          type="checkbox"
          id="field-lightVariantConfirmed"
          aria-describedby="field-lightVariantConfirmed-messages"
          {...register('lightVariantConfirmed')}
        />
        <label className="fr-label" htmlFor="field-lightVariantConfirmed">
          Je confirme le choix de FCboutons-11 malgré un contraste suffisant de FCboutons-10
        </label>
        <FieldMessages id="field-lightVariantConfirmed-messages" messages={fieldMessages(error)} />
      </div>
    </div>
  )
}
