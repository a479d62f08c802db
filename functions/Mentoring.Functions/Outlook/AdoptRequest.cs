namespace Mentoring.Functions.Outlook;

/// <summary>The Outlook item to adopt: its REST id (Office.js <c>convertToRestId</c>), which is its Graph event id.</summary>
public sealed record AdoptRequest(string? ItemId);
