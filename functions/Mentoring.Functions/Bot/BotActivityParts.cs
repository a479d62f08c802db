namespace Mentoring.Functions.Bot;

/// <summary>The activity's conversation: Teams puts the tenant there too.</summary>
public sealed record BotActivityConversation(string? Id, string? TenantId);

/// <summary>Teams' channel data: <c>{ tenant: { id } }</c>.</summary>
public sealed record BotActivityChannelData(BotActivityTenant? Tenant);

public sealed record BotActivityTenant(string? Id);

/// <summary>Who sent the activity: in Teams a person's Entra object id is <c>aadObjectId</c>.</summary>
public sealed record BotActivityAccount(string? Id, string? AadObjectId);
