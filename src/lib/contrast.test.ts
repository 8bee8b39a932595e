import { describe, expect, it } from 'vitest'
import { contrastRatio, formatRatio, relativeLuminance } from './contrast'
import { parseHexColour, toHexColour, type Rgb } from '#contract/hex-colour'

const hex = (value: string): Rgb => {
  const rgb = parseHexColour(value)
  if (!rgb) throw new Error(`not a colour: ${value}`)
  return rgb
}

describe('hex colours', () => {
  it.each([
    ['#000091', { r: 0, g: 0, b: 145 }],
    ['#fff', { r: 255, g: 255, b: 255 }],
    ['#F6f6F6', { r: 246, g: 246, b: 246 }],
    ['  #161616 ', { r: 22, g: 22, b: 22 }],
  ])('reads %j', (value, rgb) => {
    expect(parseHexColour(value)).toEqual(rgb)
  })

  it.each(['000091', '#00009', '#0000911', '#GGGGGG', 'blue', '', 'rgb(0,0,145)'])(
    'refuses %j',
    (value) => {
      expect(parseHexColour(value)).toBeNull()
    },
  )

  it('writes the canonical #RRGGBB', () => {
    expect(toHexColour(hex('#abc'))).toBe('#AABBCC')
  })
})

describe('WCAG 2.x contrast', () => {
  it('gives black and white their textbook luminances and 21:1', () => {
    expect(relativeLuminance(hex('#000'))).toBe(0)
    expect(relativeLuminance(hex('#fff'))).toBe(1)
    expect(contrastRatio(hex('#000'), hex('#fff'))).toBe(21)
    expect(contrastRatio(hex('#777'), hex('#777'))).toBe(1)
  })

  it.each([
    // Pairs checked against the WebAIM contrast checker.
    ['#000091', '#FFFFFF', 14.9],
    ['#000091', '#F5F5FE', 13.7],
    ['#777777', '#FFFFFF', 4.4],
    ['#767676', '#FFFFFF', 4.5],
    ['#8585F6', '#161616', 5.7],
    ['#000091', '#161616', 1.2],
    ['#FF0000', '#FFFFFF', 3.9],
  ])('%s on %s is %s:1 (one decimal, truncated)', (a, b, expected) => {
    expect(Math.floor(contrastRatio(hex(a), hex(b)) * 10) / 10).toBe(expected)
    expect(contrastRatio(hex(b), hex(a))).toBe(contrastRatio(hex(a), hex(b)))
  })

  it('is shown in French notation, never rounded up past a threshold', () => {
    expect(formatRatio(contrastRatio(hex('#000091'), hex('#fff')))).toBe('14,9:1')
    expect(formatRatio(21)).toBe('21,0:1')
    expect(formatRatio(2.999)).toBe('2,9:1')
    expect(formatRatio(4.49)).toBe('4,4:1')
  })
})
