using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>Agreements, confirmations and pulse answers, one partition per circle.</summary>
public interface IRelationshipStore
{
    Task<RelationshipBoard> ReadAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default);

    /// <summary>Writes the agreement: inserted when <paramref name="version"/> is null, else replaced at that version;
    /// a version changed meanwhile (or a first one written meanwhile) is a conflict <c>agreement.changed</c>.</summary>
    Task<Result<Versioned<Agreement>>> PutAgreementAsync(
        TenantId tenant, CircleId circle, Agreement agreement, string? version, CancellationToken cancellationToken = default);

    /// <summary>Records a member's confirmation, replacing their confirmation of an older version.</summary>
    Task ConfirmAsync(TenantId tenant, CircleId circle, AgreementConfirmation confirmation, CancellationToken cancellationToken = default);

    /// <summary>Adds an answer; one already given by that person to that pulse is a conflict <c>pulse.alreadyAnswered</c>.</summary>
    Task<Result<PulseAnswer>> AddPulseAsync(TenantId tenant, CircleId circle, PulseAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Adds an end answer; one already given by that person for that round is a conflict <c>ending.alreadyAnswered</c>.</summary>
    Task<Result<Ending.EndingAnswer>> AddEndingAsync(TenantId tenant, CircleId circle, Ending.EndingAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Writes the circle's inactivity flag: inserted when <paramref name="version"/> is null, else replaced at that version;
    /// a flag changed (or first written) meanwhile is a conflict <c>inactivity.changed</c>: one answer, one timer step wins.</summary>
    Task<Result<Versioned<Ending.InactivityFlag>>> PutInactivityAsync(
        TenantId tenant, CircleId circle, Ending.InactivityFlag flag, string? version, CancellationToken cancellationToken = default);

    /// <summary>Every circle with an agreement (of every tenant), read a page at a time: the end questions' timer visits them.</summary>
    IAsyncEnumerable<(TenantId Tenant, CircleId Circle)> ListAgreedCirclesAsync(CancellationToken cancellationToken = default);
}
