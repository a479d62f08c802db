using Azure;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The ScheduledCircles table holds ids only (tenant, circle): no personal data; its row goes with its circle.</summary>
internal sealed class ScheduledPersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "ScheduledCircles";

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) =>
        tables.Scheduled.DeleteEntityAsync(Keys.Tenant(circle.Tenant), Keys.Row(circle.Id.Value), ETag.All, cancellationToken);
}
