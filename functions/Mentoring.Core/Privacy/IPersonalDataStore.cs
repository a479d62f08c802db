using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>
/// What a store does with personal data, declared by the store itself: every store the product writes implements it, so
/// export, erasure and retention reach it by construction (a test fails for a table no store declares).
/// </summary>
/// <remarks>
/// Every method is idempotent: an erasure or a purge interrupted midway is finished by running it again. A store that holds
/// no personal data still declares so (its export is empty) and still forgets a circle's rows.
/// </remarks>
public interface IPersonalDataStore
{
    /// <summary>The store's name: the table it keeps (without the deployment's prefix).</summary>
    string Store { get; }

    /// <summary>Everything this store holds that the subject wrote or that names them.</summary>
    Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes what only the subject has (their own rows, private notes), and keeps what others share with them (agenda items,
    /// commitments, thanks) written by, or naming, <see cref="FormerMember.Id"/> instead. Runs after the subject left every circle.
    /// </summary>
    Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of a circle (retention), except the circle row itself, which the purge deletes last.</summary>
    Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default);
}
