using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>A store that holds nothing and throws when the switch is armed: the crash of an erasure midway.</summary>
internal sealed class CrashingStore(CrashSwitch crash) : IPersonalDataStore
{
    public string Store => "(test crash)";

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        crash.Fire(subject.Person.Value) ? throw new IOException("The instance died midway through the erasure.") : Task.CompletedTask;

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
