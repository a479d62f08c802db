namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Seeded people and event bodies the Graph tests share.</summary>
internal static class Seeds
{
    public static DemoUser Camille => DemoDirectory.Find("camille.martin@contoso.example")!;

    public static DemoUser Hugo => DemoDirectory.Find("hugo.bernard@contoso.example")!;

    public static DemoUser Emilie => DemoDirectory.Find("emilie.tremblay@contoso.example")!;

    /// <summary>Paris, 18:00-19:00 every two weeks on Thursday from 5 March 2026, 20 sessions.</summary>
    public static string BiweeklyParis(string attendeeUpn, string? transactionId = null) => $$"""
        {
          "subject": "Mentorat",
          "body": { "contentType": "html", "content": "<p>Ordre du jour</p>" },
          "start": { "dateTime": "2026-03-05T18:00:00", "timeZone": "Europe/Paris" },
          "end": { "dateTime": "2026-03-05T19:00:00", "timeZone": "Europe/Paris" },
          "attendees": [ { "emailAddress": { "address": "{{attendeeUpn}}", "name": "x" }, "type": "required" } ],
          "isOnlineMeeting": true,
          "onlineMeetingProvider": "teamsForBusiness",
          {{(transactionId is null ? "" : $"\"transactionId\": \"{transactionId}\",")}}
          "recurrence": {
            "pattern": { "type": "weekly", "interval": 2, "daysOfWeek": [ "thursday" ], "firstDayOfWeek": "monday" },
            "range": { "type": "numbered", "startDate": "2026-03-05", "numberOfOccurrences": 20, "recurrenceTimeZone": "Europe/Paris" }
          }
        }
        """;
}
