namespace Mentoring.Core.Agendas;

/// <summary>A session's agenda for Outlook: the part of the invitation's body, and the same agenda as an attached file.</summary>
/// <param name="BodyHtml">Goes between the invitation's agenda markers.</param>
/// <param name="FileName">The attachment's name.</param>
/// <param name="BodyMarks">Texts only a published agenda puts in a body (its panel link, and the link agendas carried before the
/// tenant's catalog id was used): how an agenda whose markers a rewrite lost is still recognised, so it is never inserted twice.</param>
public sealed record AgendaDocument(string BodyHtml, string FileName, string ContentType, byte[] Content, IReadOnlyList<string> BodyMarks)
{
    /// <summary>SHA-256 of the file's name, type and bytes (hex): equal hashes, the same file.</summary>
    public string ContentHash
    {
        get
        {
            var header = System.Text.Encoding.UTF8.GetBytes($"{FileName}\n{ContentType}\n");
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData([.. header, .. Content]));
        }
    }
}
