using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Graph;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Whether a person has the app: a conversation the bot already holds with them, else Graph's list of their installed apps.</summary>
/// <remarks>A person marked unreachable (blocked the bot, removed the app) has not; a Graph failure counts as not (the tab shows
/// the invitation anyway). Only reads: nothing is installed here.</remarks>
internal sealed class TeamsAppPresence(BotContacts contacts, GraphTeamsAppInstaller installer) : ITeamsAppPresence
{
    public async Task<bool> HasAppAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var contact = await contacts.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (contact?.Unreachable is { Length: > 0 })
        {
            return false;
        }

        if (contact is { ConversationId.Length: > 0 })
        {
            return true;
        }

        var installed = await installer.IsInstalledAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        return installed.IsSuccess && installed.Value;
    }
}
