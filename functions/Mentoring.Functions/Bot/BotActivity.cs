namespace Mentoring.Functions.Bot;

/// <summary>The parts of a Bot Framework activity the bot reads; everything else in the body is ignored.</summary>
public sealed record BotActivity(string? Type, string? Name, string? ServiceUrl, string? ChannelId, string? Locale);
