using Mentoring.Core.Circles;

namespace Mentoring.Functions.Outlook;

/// <summary>The circle an Outlook item is the series of, as the task pane shows it.</summary>
public sealed record SeriesCircleResponse(Guid Id, string Name, CircleKind Kind, string? State)
{
    public static SeriesCircleResponse From(Circle circle) => new(circle.Id.Value, circle.Name, circle.Kind, circle.Schedule?.State.ToString());
}
