using System.Text.Json.Nodes;

namespace Mentoring.Functions.Bot;

/// <summary>The parts of a Bot Framework activity the bot reads; everything else in the body is ignored.</summary>
/// <param name="Id">The activity's id: a redelivered invoke carries the same one.</param>
/// <param name="From">Who acted: in Teams, <c>aadObjectId</c> is their Entra object id.</param>
/// <param name="ChannelData">Teams' own data, with the tenant the person acted in.</param>
/// <param name="Action">An <c>installationUpdate</c>'s action (add, remove…): the delivery learns who installed or removed the app.</param>
/// <param name="Recipient">The bot itself (<c>28:{bot app id}</c>).</param>
/// <param name="MembersAdded">A <c>conversationUpdate</c>'s new members: the bot, when Teams opened a person's 1:1 chat with it.</param>
/// <param name="Timestamp">When Teams sent it (ISO 8601, UTC): a late install or removal is told from a newer fact by it.</param>
/// <param name="Value">An invoke's payload: for <c>adaptiveCard/action</c>, <c>{action:{type,verb,data}, trigger}</c>.</param>
public sealed record BotActivity(
    string? Type, string? Name, string? ServiceUrl, string? ChannelId, string? Locale,
    string? Id = null, BotAccount? From = null, BotConversation? Conversation = null, BotChannelData? ChannelData = null, JsonObject? Value = null, string? Action = null,
    BotAccount? Recipient = null, IReadOnlyList<BotAccount>? MembersAdded = null, string? Timestamp = null);

/// <summary>A channel account: <c>id</c> is Teams' own (29:…), <c>aadObjectId</c> the Entra object id.</summary>
public sealed record BotAccount(string? Id, string? Name, string? AadObjectId);

/// <summary>The conversation an activity belongs to.</summary>
public sealed record BotConversation(string? Id, string? TenantId, string? ConversationType = null);

/// <summary>Teams' channel data: the tenant.</summary>
public sealed record BotChannelData(BotTenant? Tenant);

/// <summary>A tenant as Teams names it in channel data.</summary>
public sealed record BotTenant(string? Id);
