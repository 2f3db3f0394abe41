import type { ThemeConfig } from 'antd/es/config-provider';

/*
 * The app's colours, chosen for WCAG 2.1 AA: every text at least 4.5:1 against the white, light
 * grey (#f5f5f5) and pale tag backgrounds it sits on. antd's defaults fall short (secondary text
 * #8c8c8c is 3.4:1, placeholders #bfbfbf 1.8:1, links 4.1:1, a tag's text on its own pale shade
 * 2.2 to 4.4:1), so the tokens below replace them once for every screen; the app's own styles take
 * their colours from here too. docs/accessibility.md lists the rules.
 */

/**
 * Colours for text: each at least 4.7:1 on white, on #f5f5f5 and on the pale shade of its own tag.
 * Past the app's blue, they are the 8th shades of antd's palettes of the same names.
 */
export const TEXT_COLOR = {
  blue: '#1d4ed8',
  /** The blue under the pointer: white on it, and it on white, 5.2:1. */
  blueHover: '#2563eb',
  red: '#cf1322',
  green: '#237804',
  orange: '#ad4e00',
  volcano: '#ad2102',
  gold: '#874d00',
  cyan: '#006d75',
  lime: '#3f6600',
  /** Labels, hints, secondary lines: 5.7:1 on white, 5.6:1 on #f5f5f5. */
  secondary: 'rgba(0, 0, 0, 0.6)',
} as const;

function textShade<Name extends 'green' | 'orange' | 'volcano' | 'gold' | 'cyan' | 'lime'>(name: Name, color: string) {
  return { [`${name}7`]: color, [`${name}-7`]: color } as Record<`${Name}7` | `${Name}-7`, string>;
}

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: TEXT_COLOR.blue,
    // Links, info alerts and badges default to #1677ff (4.1:1 on white).
    colorInfo: TEXT_COLOR.blue,
    colorLink: TEXT_COLOR.blue,
    // antd lightens them under the pointer to #4373e6, 4.3:1 with white.
    colorPrimaryHover: TEXT_COLOR.blueHover,
    colorInfoHover: TEXT_COLOR.blueHover,
    colorLinkHover: TEXT_COLOR.blueHover,
    colorError: TEXT_COLOR.red,
    borderRadius: 6,
    colorTextSecondary: TEXT_COLOR.secondary,
    colorTextTertiary: TEXT_COLOR.secondary,
    // A placeholder stays lighter than a typed value, and still 4.8:1 on a filled field.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // A coloured tag writes in its palette's 7th shade on its 1st, 3.3 to 4.4:1 for these. antd
    // names each shade twice, and its CSS variable takes the older name (green-7), so both are set.
    ...textShade('green', TEXT_COLOR.green),
    ...textShade('orange', TEXT_COLOR.orange),
    ...textShade('volcano', TEXT_COLOR.volcano),
    ...textShade('gold', TEXT_COLOR.gold),
    ...textShade('cyan', TEXT_COLOR.cyan),
    ...textShade('lime', TEXT_COLOR.lime),
  },
};
