using Mentoring.Core.Circles;

namespace Mentoring.Core.Codev;

/// <summary>What the tab proposes before a session: the next client and animateur by rotation, and the default timings.</summary>
public sealed record CodevProposal(Circle Circle, CodevRoles Roles, CodevTimings Timings);
