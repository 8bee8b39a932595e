import { useRef, useState, type ReactNode } from 'react'
import { copyText } from '../lib/clipboard'
import { FieldMessages, type FieldMessage } from './field-messages'

interface CopyFieldProps {
  id: string
  label: string
  hint?: ReactNode
  value: string
  /** Completes "Copier" for assistive technologies: "l’URL de votre service". */
  copyName: string
  /** Editable before copying (e.g. a name the user may adjust); read-only otherwise. */
  onChange?: (value: string) => void
  /** On two lines, for long values such as redirect URLs. */
  multiline?: boolean
}

const copied: FieldMessage = { type: 'valid', text: 'Copié dans le presse-papiers.' }
const refused: FieldMessage = {
  type: 'warning',
  text: 'Copie automatique impossible ici : la valeur est sélectionnée, copiez-la avec Ctrl+C (ou Cmd+C).',
}

/**
 * A DSFR input with a "Copier" button (`fr-input-wrap--addon`) for values to paste elsewhere.
 * @example <CopyField id="service-url" label="URL de votre service" value={url} copyName="l’URL de votre service" />
 */
export function CopyField({
  id,
  label,
  hint,
  value,
  copyName,
  onChange,
  multiline = false,
}: CopyFieldProps) {
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  const [result, setResult] = useState<FieldMessage | null>(null)

  async function copy() {
    const done = await copyText(value)
    if (!done) input.current?.select()
    setResult(done ? copied : refused)
  }

  const shared = {
    id,
    value,
    readOnly: !onChange,
    spellCheck: false,
    'aria-describedby': `${id}-messages`,
    onChange: (event: { target: { value: string } }) => {
      setResult(null)
      onChange?.(event.target.value)
    },
  }

  return (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      <div className="fr-input-wrap fr-input-wrap--addon">
        {multiline ? (
          <textarea ref={input} className="fr-input fc-copy-value" rows={2} {...shared} />
        ) : (
          <input ref={input} className="fr-input" type="text" {...shared} />
        )}
        <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void copy()}>
          Copier<span className="fr-sr-only"> {copyName}</span>
        </button>
      </div>
      <FieldMessages id={`${id}-messages`} messages={result ? [result] : []} />
    </div>
  )
}
