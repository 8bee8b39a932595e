import type { ReactNode, Ref } from 'react'
import { cx } from '../lib/class-names'

interface AlertProps {
  type: 'success' | 'error' | 'info' | 'warning'
  title: string
  children?: ReactNode
  /** `status` for news the user can read at leisure, `alert` for failures. */
  role?: 'status' | 'alert'
  small?: boolean
  className?: string
  /** The alert's element, focusable (e.g. to move the focus to it once shown). */
  elementRef?: Ref<HTMLDivElement>
}

// Whole class names, so that the build keeps exactly the DSFR rules in use.
const typeClasses = {
  success: 'fr-alert--success',
  error: 'fr-alert--error',
  info: 'fr-alert--info',
  warning: 'fr-alert--warning',
} as const

/** DSFR alert (`fr-alert`), announced when given a live `role`. */
export function Alert({
  type,
  title,
  children,
  role,
  small = false,
  className,
  elementRef,
}: AlertProps) {
  return (
    <div
      ref={elementRef}
      className={cx('fr-alert', typeClasses[type], small && 'fr-alert--sm', className)}
      role={role}
      tabIndex={elementRef ? -1 : undefined}
    >
      <p className="fr-alert__title">{title}</p>
      {children}
    </div>
  )
}
