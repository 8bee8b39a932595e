import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { hrefTo, navigate } from '../lib/router'

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** Path relative to the app's base. */
  to: string
}

/** An in-app link: a real `href` (open in a new tab works), history navigation on plain clicks. */
export function Link({ to, onClick, children, ...props }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event)
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey
    if (event.defaultPrevented || modified || event.button !== 0) return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={hrefTo(to)} onClick={handleClick} {...props}>
      {children}
    </a>
  )
}
