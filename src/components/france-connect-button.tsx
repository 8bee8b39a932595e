import { cx } from '../lib/class-names'

interface FranceConnectButtonProps {
  /** The light variant, for backgrounds the default button lacks contrast against. */
  light?: boolean
  /** Plain text shown above the button (rendered as text, never as HTML). */
  text?: string
}

/**
 * The FranceConnect login button in DSFR's `fr-connect` markup, with its
 * mandatory "Qu’est-ce que FranceConnect ?" link (new window).
 */
export function FranceConnectButton({ light = false, text }: FranceConnectButtonProps) {
  return (
    <div className={cx('fr-connect-group', light && 'fc-connect-group--light')}>
      {text && <p className="fc-connect-text">{text}</p>}
      <button className="fr-connect" type="button">
        <span className="fr-connect__login">S’identifier avec</span>
        <span className="fr-connect__brand">FranceConnect</span>
      </button>
      <p>
        <a
          href="https://franceconnect.gouv.fr/"
          target="_blank"
          rel="noopener"
          title="Qu’est-ce que FranceConnect ? - nouvelle fenêtre"
        >
          Qu’est-ce que FranceConnect ?
        </a>
      </p>
    </div>
  )
}
