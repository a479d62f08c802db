using System.Globalization;
using System.Text.RegularExpressions;

namespace Mentoring.Web.Tests;

/// <summary>
/// WCAG 2.2's contrast ratio, written here from the definition and shared with no product code, so a wrong formula in the
/// product could not make its own test pass: relative luminance (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance) and
/// (L1 + 0.05) / (L2 + 0.05) (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). Success criterion 1.4.11 asks 3:1 for the
/// parts of graphics and of controls a person needs to see (https://www.w3.org/WAI/WCAG22/Understanding/non-text-contrast).
/// </summary>
internal static partial class Contrast
{
    public const double NonTextMinimum = 3.0;

    /// <summary>The ratio between a CSS colour (rgb/rgba, as getComputedStyle gives it) drawn over an opaque background.</summary>
    public static double Ratio(string foreground, string background)
    {
        var back = Parse(background);
        var front = Parse(foreground);

        // A translucent colour is seen blended with what is behind it (alpha compositing, "source over").
        var seen = (R: Blend(front.R, back.R, front.A), G: Blend(front.G, back.G, front.A), B: Blend(front.B, back.B, front.A));
        var l1 = Luminance(seen.R, seen.G, seen.B);
        var l2 = Luminance(back.R, back.G, back.B);
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    private static double Blend(double front, double back, double alpha) => (front * alpha) + (back * (1 - alpha));

    private static double Luminance(double r, double g, double b) => (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));

    // sRGB to linear light; WCAG 2.2 states the threshold as 0.04045 (the sRGB standard's own value).
    private static double Linear(double channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static (double R, double G, double B, double A) Parse(string css)
    {
        var match = RgbPattern().Match(css);
        if (!match.Success)
            throw new FormatException($"not an rgb() colour: {css}");
        double Part(int i) => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture);
        return (Part(1), Part(2), Part(3), match.Groups[4].Success ? Part(4) : 1.0);
    }

    [GeneratedRegex(@"^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$")]
    private static partial Regex RgbPattern();
}
