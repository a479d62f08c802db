using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Codev;

/// <summary>A co-développement session as attendees see it, with the server's clock so each computes the time left itself.</summary>
public sealed record CodevView(Circle Circle, Versioned<CodevSession> Codev, DateTimeOffset Now);
