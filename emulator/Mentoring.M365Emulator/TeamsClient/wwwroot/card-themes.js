// Teams renders a bot's Adaptive Cards with the host config of the theme the person chose (light, dark, high contrast): the
// card takes the chat's colours, it is not a white box in a dark chat. The colours below are Teams' theme colours (the
// Adaptive Cards designer's "Microsoft Teams" containers switch between a light and a dark host config the same way:
// github.com/microsoft/AdaptiveCards, source/nodejs/adaptivecards-designer/src/containers/teams-container.ts); the
// high-contrast one follows Teams' contrast theme (black, white text, yellow accent).
const palette = {
  default: { background: "#ffffff", emphasis: "#f5f5f5", text: "#242424", subtle: "#616161", accent: "#4f52b2", good: "#0e700e", warning: "#835b00", attention: "#c4314b" },
  dark: { background: "#292929", emphasis: "#1f1f1f", text: "#ffffff", subtle: "#c8c8c8", accent: "#a6a7dc", good: "#92c353", warning: "#f8d22a", attention: "#f9526b" },
  contrast: { background: "#000000", emphasis: "#000000", text: "#ffffff", subtle: "#ffffff", accent: "#ffff01", good: "#3ff23f", warning: "#ffff01", attention: "#ff9c9c" },
};

function colours(p) {
  const pair = (c) => ({ default: c, subtle: c });
  return {
    default: { default: p.text, subtle: p.subtle }, dark: pair(p.text), light: pair(p.subtle), accent: pair(p.accent),
    good: pair(p.good), warning: pair(p.warning), attention: pair(p.attention),
  };
}

/** The host config (a plain object for AdaptiveCards.HostConfig) of a Teams theme: "default", "dark" or "contrast". */
export function hostConfigFor(theme) {
  const p = palette[theme] ?? palette.default;
  return {
    containerStyles: {
      default: { backgroundColor: p.background, foregroundColors: colours(p) },
      emphasis: { backgroundColor: p.emphasis, foregroundColors: colours(p) },
    },
  };
}
