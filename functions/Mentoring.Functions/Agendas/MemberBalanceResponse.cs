namespace Mentoring.Functions.Agendas;

/// <summary>One member's help given (thanks received from others count as their help) and received.</summary>
public sealed record MemberBalanceResponse(string PersonId, string DisplayName, int Given, int Received);
