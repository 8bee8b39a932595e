/**
 * Nothing to see: hidden elements that carry the DSFR classes whose styles draw an SVG image
 * written in the stylesheet (the badges' icons, at the top of the button section). Chromium
 * builds each such image as a document of its own, in the style calculation that first meets
 * it. Drawn a moment before the section that shows them, they are built in a short frame of
 * their own instead of in that section's first frame, the longest task after the first paint
 * (about 50 ms of it with the CPU 4× slower, with the FranceConnect logo). In Lighthouse's
 * mobile runs side by side, 16 of each, the tab's median TBT went from 77 to 49 ms. The logo is
 * no longer built ahead: on a phone, the previews that show it are drawn only as they near the
 * screen (src/app/components.css), so building it during the load would be work for nothing.
 */
export function ImagesAhead() {
  return (
    <div className="fc-images-ahead" aria-hidden="true">
      <span className="fr-badge fr-badge--sm fr-badge--success" />
      <span className="fr-badge fr-badge--sm fr-badge--error" />
    </div>
  )
}
