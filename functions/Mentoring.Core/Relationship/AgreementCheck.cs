using Mentoring.Core.Common;

namespace Mentoring.Core.Relationship;

/// <summary>Checks a draft: every broken rule is reported at once, each on its field.</summary>
internal static class AgreementCheck
{
    public static Result<Checked> Of(AgreementDraft draft, bool peerGroup, int extendedMonths)
    {
        var v = new Validation();
        var communication = Text.Line("communication", draft.Communication, Agreement.MaxCommunicationLength);
        v.AddRange(communication.Errors);
        var rules = Text.Paragraph("rules", draft.Rules, Agreement.MaxRulesLength);
        v.AddRange(rules.Errors);
        if (peerGroup && rules.IsSuccess && rules.Value.Length == 0)
        {
            // A group has no mentor to hold the frame: its own rules are what it agrees on.
            v.Add(Error.Invalid("rules", "text.required"));
        }

        if (!Enum.TryParse<AgreementFrequency>(draft.Frequency, ignoreCase: true, out var frequency) || !Enum.IsDefined(frequency))
        {
            v.Add(Error.Invalid("frequency", "agreement.frequency.invalid"));
        }

        if (draft.DurationMonths is not { } months || months < Agreement.MinMonths || months + extendedMonths > Agreement.MaxMonths)
        {
            v.Add(Error.Invalid("durationMonths", "agreement.duration.range",
                new Dictionary<string, object> { ["min"] = Agreement.MinMonths, ["max"] = Agreement.MaxMonths }));
        }

        if (draft.Confidential != true)
        {
            v.Add(Error.Invalid("confidential", "agreement.confidentiality.required"));
        }

        return v.ToResult(() => new Checked(frequency, draft.DurationMonths ?? 0, communication.Value, rules.Value));
    }

    internal sealed record Checked(AgreementFrequency Frequency, int DurationMonths, string Communication, string Rules);
}
