namespace Mentoring.Core.Privacy;

/// <summary>How much of a kind of data an audience sees.</summary>
public enum Sight
{
    /// <summary>Nothing, not even that it exists.</summary>
    None,

    /// <summary>Counts and dates, never a text.</summary>
    ActivityOnly,

    /// <summary>The content itself.</summary>
    Content,
}
