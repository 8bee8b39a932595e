import { FranceConnectButton } from '../../../components/france-connect-button'
import type { ButtonVariant } from '../schemas'

/** Light variants of the official button kit. */
export const isLightVariant = (variant: ButtonVariant) => variant === 'FCboutons-11'

/**
 * What the portal will show for a variant. A picture of the button, not a control:
 * hidden from assistive technologies and out of the tab order.
 */
export function ButtonPreview({ variant, text }: { variant: ButtonVariant; text: string }) {
  return (
    <div className="fc-button-preview" aria-hidden="true" inert>
      <FranceConnectButton light={isLightVariant(variant)} text={text.trim()} />
    </div>
  )
}
