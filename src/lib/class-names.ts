/** Joins the truthy class names: cx('fr-input-group', error && 'fr-input-group--error'). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
