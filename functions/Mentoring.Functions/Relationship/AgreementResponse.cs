using Mentoring.Core.Relationship;

namespace Mentoring.Functions.Relationship;

/// <summary>A circle's agreement (null terms until written) and each member with the date they confirmed the current version.</summary>
public sealed record AgreementResponse(AgreementTerms? Agreement, IReadOnlyList<SignerResponse> Members, bool ConfirmedByAll, DateTimeOffset? InForceSince, DateTimeOffset? EndsAt)
{
    public static AgreementResponse From(AgreementView view) => new(
        view.Agreement is { } a ? AgreementTerms.From(a.Value) : null,
        [.. view.Members.Select(m => new SignerResponse(m.Person.Value, m.DisplayName, m.ConfirmedAt, m.IsReader))],
        view.ConfirmedByAll, view.InForceSince, view.EndsAt);
}

/// <summary>The terms: confidentiality is always part of them.</summary>
public sealed record AgreementTerms(
    int Version, AgreementFrequency Frequency, int DurationMonths, int ExtendedMonths, int TotalMonths, string Communication, string Rules, bool Confidential, DateTimeOffset WrittenAt)
{
    public static AgreementTerms From(Agreement a) => new(
        a.Version, a.Frequency, a.DurationMonths, a.ExtendedMonths, a.TotalMonths, a.Communication, a.Rules, true, a.WrittenAt);
}

/// <summary>A member and when they confirmed the current version (null: not yet).</summary>
public sealed record SignerResponse(Guid PersonId, string DisplayName, DateTimeOffset? ConfirmedAt, bool Me);
