namespace Mentoring.Core.Nudges;

/// <summary>
/// The activity types the product sends, each declared in the app manifest's <c>activities.activityTypes</c> with its template
/// (addin-manifest/manifest.json, en.json): Graph refuses a type the manifest does not declare, so these are the only ones.
/// </summary>
public static class NudgeActivityTypes
{
    /// <summary>"Préparez la séance de {day} : ajoutez un point": one parameter, <c>day</c>.</summary>
    public const string PrepareSession = "prepareSession";

    /// <summary>"Un de vos engagements est attendu demain": no parameter; the commitment is the preview.</summary>
    public const string CommitmentDue = "commitmentDue";

    public static IReadOnlyList<string> All { get; } = [PrepareSession, CommitmentDue];
}
