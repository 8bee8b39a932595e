// Whole class names, so that the build keeps exactly the DSFR rules in use.
const typeClasses = {
  error: 'fr-message--error',
  info: 'fr-message--info',
  warning: 'fr-message--warning',
  valid: 'fr-message--valid',
} as const

export interface FieldMessage {
  type: 'error' | 'info' | 'warning' | 'valid'
  text: string
}

/**
 * DSFR `fr-messages-group`: always in the DOM (it is a live region referenced by
 * the field's `aria-describedby`), filled with the field's current messages.
 */
export function FieldMessages({ id, messages }: { id: string; messages: FieldMessage[] }) {
  return (
    <div className="fr-messages-group" id={id} aria-live="polite">
      {messages.map((message) => (
        <p
          key={`${message.type}-${message.text}`}
          className={`fr-message ${typeClasses[message.type]}`}
          id={`${id}-${message.type}`}
        >
          {message.text}
        </p>
      ))}
    </div>
  )
}

/** The error when there is one (it says what to do), else the non-blocking notices. */
export function fieldMessages(
  error: string | undefined,
  notices: (FieldMessage | false | null | undefined)[] = [],
): FieldMessage[] {
  if (error) return [{ type: 'error', text: error }]
  return notices.filter((notice): notice is FieldMessage => Boolean(notice))
}
