/** Backgrounds a designer tries first: DSFR's own surfaces and a dark portal. */
export const BACKGROUND_PRESETS = [
  { label: 'Blanc', value: '#FFFFFF' },
  { label: 'Gris DSFR', value: '#F6F6F6' },
  { label: 'Bleu France', value: '#000091' },
  { label: 'Fond sombre', value: '#161616' },
] as const
