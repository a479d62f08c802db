using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>
/// WCAG 1.4.11 in Teams' three themes, which axe does not check: every bar and swatch of the progress chart, and the
/// boundary of every form control (text boxes, lists, checkboxes, radios) of the circles section and the agenda, at least
/// 3:1 against what is behind it, computed from the browser's computed colours with <see cref="Contrast"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContrastTests(BrowserFixture fixture)
{
    // Runs in the tab's frame; returns [what, colour, colour behind] per graphic or control boundary found.
    private const string Measure = """
        (root) => {
          const seen = (c) => { const m = c.match(/[\d.]+/g); return !!m && (m.length < 4 || parseFloat(m[3]) > 0); };
          const behind = (el) => {
            for (let e = el.parentElement; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (seen(c)) return c;
            }
            return "rgb(255, 255, 255)";
          };
          const shown = (e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
          const name = (e) => (e.closest("[aria-label]")?.getAttribute("aria-label") ?? "") + " " + e.tagName.toLowerCase() + "." + e.className;
          const out = [];
          for (const chart of root.querySelectorAll("[data-chart]")) {
            for (const e of chart.querySelectorAll("*")) {
              const c = getComputedStyle(e).backgroundColor;
              if (seen(c) && shown(e) && e.textContent.trim() === "") out.push(["graphic " + name(e), c, behind(e)]);
            }
          }
          const boundary = (e) => {
            for (let b = e, i = 0; b && i < 3; b = b.parentElement, i++) {
              const s = getComputedStyle(b);
              if (parseFloat(s.borderBottomWidth) > 0 && seen(s.borderBottomColor)) return [b, s.borderBottomColor];
            }
            return [e, "rgba(0, 0, 0, 0)"];
          };
          for (const e of root.querySelectorAll("input:not([type=checkbox]):not([type=radio]):not([type=hidden]), textarea, select")) {
            if (!shown(e)) continue;
            const [b, c] = boundary(e);
            out.push(["control " + name(e), c, behind(b)]);
          }
          for (const e of root.querySelectorAll("input[type=checkbox], input[type=radio]")) {
            const indicator = e.nextElementSibling;
            if (!indicator || !shown(indicator)) continue;
            const s = getComputedStyle(indicator);
            const c = seen(s.backgroundColor) ? s.backgroundColor : s.borderTopColor;
            out.push(["indicator " + name(e), c, behind(indicator)]);
          }
          return out;
        }
        """;

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task Every_chart_bar_and_control_boundary_has_3_to_1_contrast(string theme)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(fixture.TeamsUrl(TeamsPages.Hugo, "&theme=" + theme));
        var tab = page.Tab();
        await Expect(tab.Locator("[data-chart]").First).ToBeVisibleAsync();
        // Hugo organizes the mentorship: its agenda shows him a checkbox per item (one is added for it).
        var card = tab.GetByRole(AriaRole.Group, new() { Name = TeamsPages.Mentorship });
        await card.GetByRole(AriaRole.Button, new() { Name = "Préparer la prochaine séance" }).ClickAsync();
        await card.GetByLabel("Nouveau point").FillAsync("Contraste " + Guid.NewGuid().ToString("N")[..6]);
        await card.GetByRole(AriaRole.Button, new() { Name = "Ajouter à l'ordre du jour" }).ClickAsync();
        await Expect(card.GetByRole(AriaRole.Checkbox).First).ToBeVisibleAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Créer un cercle" }).ClickAsync();
        await Expect(tab.GetByRole(AriaRole.Radio).First).ToBeVisibleAsync();

        var measured = await tab.Locator("body").EvaluateAsync<string[][]>(Measure);
        Assert.Contains(measured, m => m[0].StartsWith("graphic", StringComparison.Ordinal));
        Assert.Contains(measured, m => m[0].StartsWith("indicator", StringComparison.Ordinal));
        Assert.Contains(measured, m => m[0].StartsWith("control", StringComparison.Ordinal));
        var low = measured
            .Select(m => (What: m[0], Ratio: Contrast.Ratio(m[1], m[2]), Colours: $"{m[1]} on {m[2]}"))
            .Where(m => m.Ratio < Contrast.NonTextMinimum)
            .Select(m => $"{m.What}: {m.Ratio:0.00}:1 ({m.Colours})")
            .ToArray();
        Assert.True(low.Length == 0, $"{theme}: below 3:1 —\n{string.Join("\n", low)}");
    }

    [Theory]
    [InlineData("rgb(0, 0, 0)", "rgb(255, 255, 255)", 21.0)]
    [InlineData("rgb(118, 118, 118)", "rgb(255, 255, 255)", 4.54)]
    [InlineData("rgb(232, 235, 250)", "rgb(240, 240, 240)", 1.04)]
    [InlineData("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)", 1.0)]
    public void The_contrast_ratio_follows_WCAG(string foreground, string background, double expected) =>
        Assert.Equal(expected, Contrast.Ratio(foreground, background), 2);
}
