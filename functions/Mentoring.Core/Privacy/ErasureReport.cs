namespace Mentoring.Core.Privacy;

/// <summary>What an erasure did: the circles left, and when it finished.</summary>
public sealed record ErasureReport(int CirclesLeft, DateTimeOffset CompletedAt);
