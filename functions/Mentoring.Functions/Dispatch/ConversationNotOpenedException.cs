namespace Mentoring.Functions.Dispatch;

/// <summary>Thrown so that the queue brings the message back; the person's first card would open the conversation anyway.</summary>
public sealed class ConversationNotOpenedException : Exception
{
    public ConversationNotOpenedException()
    {
    }

    public ConversationNotOpenedException(string message)
        : base(message)
    {
    }

    public ConversationNotOpenedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
