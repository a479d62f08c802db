using System.ComponentModel.DataAnnotations;
using Mentoring.Core.Delivery;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>Section <c>Delivery</c>, plus the queue names, which are top-level settings because the queue triggers read them as <c>%DispatchCardQueue%</c>.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";
    public const string SessionQueueSetting = "DispatchSessionQueue";
    public const string CardQueueSetting = "DispatchCardQueue";
    public const string ConversationQueueSetting = "BotConversationQueue";

    [RegularExpression("^[a-z0-9]([a-z0-9]|-(?!-)){1,54}[a-z0-9]$")]
    public string SessionQueue { get; set; } = "dispatch-sessions";

    [RegularExpression("^[a-z0-9]([a-z0-9]|-(?!-)){1,54}[a-z0-9]$")]
    public string CardQueue { get; set; } = "dispatch-cards";

    [RegularExpression("^[a-z0-9]([a-z0-9]|-(?!-)){1,54}[a-z0-9]$")]
    public string ConversationQueue { get; set; } = "bot-conversations";

    /// <summary>Joining a circle queues the opening of the person's conversation, so their first card costs one request.</summary>
    public bool OpenConversationsAhead { get; set; } = true;

    /// <summary>How long a worker owns a card it claimed; longer than a send with its bounded retries.</summary>
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>How long before a session its reminder goes out.</summary>
    [Range(1, 168)]
    public int ReminderLeadHours { get; set; } = 24;

    [Range(1, 720)]
    public int MaxLatenessHours { get; set; } = 48;

    /// <summary>A card row nobody changed for this long (lease over) has lost its queue message: the dispatch timer enqueues it again.</summary>
    [Range(2, 1440)]
    public int SweepAfterMinutes { get; set; } = 10;

    public DeliverySettings ToSettings() =>
        new(TimeSpan.FromSeconds(LeaseSeconds), TimeSpan.FromHours(ReminderLeadHours), TimeSpan.FromHours(MaxLatenessHours)) { SweepAfter = TimeSpan.FromMinutes(SweepAfterMinutes), OpenConversationsAhead = OpenConversationsAhead };
}
