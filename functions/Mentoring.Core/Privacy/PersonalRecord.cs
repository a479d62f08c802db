using System.Text.Json.Nodes;

namespace Mentoring.Core.Privacy;

/// <summary>One stored record about a person, as the export gives it back.</summary>
/// <param name="Store">The store (table) it was read from.</param>
/// <param name="Kind">What it is ("circle", "item", "commitment", "note", "thanks", "person", ...).</param>
/// <param name="Key">Where it lives in the store (partition/row), so a scan can tell it was exported.</param>
/// <param name="WrittenBySubject">The person wrote it (false: someone else did, and it names them).</param>
/// <param name="Data">Its content as stored, JSON columns unfolded.</param>
public sealed record PersonalRecord(string Store, string Kind, string Key, bool WrittenBySubject, JsonObject Data);
