import type { ReactNode } from 'react'

/** A link to another site, in a new window as DSFR says it (`title` ends « nouvelle fenêtre »). */
export function ExternalLink({
  href,
  title,
  children,
  className = 'fr-link',
}: {
  href: string
  /** What the link opens, said in full (the visible text may be shorter). */
  title: string
  children: ReactNode
  className?: string
}) {
  return (
    <a
      className={className}
      href={href}
      target="_blank"
      rel="noopener"
      title={`${title} - nouvelle fenêtre`}
    >
      {children}
    </a>
  )
}
