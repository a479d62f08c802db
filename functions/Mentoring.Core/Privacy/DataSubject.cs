using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>The person an export or an erasure is for, and the circles they are (or were, for an erasure under way) in.</summary>
/// <remarks>The circles are found once by the use case and given to every store, so no store has to find them again.</remarks>
public sealed record DataSubject(TenantId Tenant, PersonId Person, IReadOnlyList<CircleId> Circles);
