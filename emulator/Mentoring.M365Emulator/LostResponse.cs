using System.Text.Json.Serialization;

namespace Mentoring.M365Emulator;

/// <summary>How the answer to a write the emulator has already committed fails to reach the caller.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LostResponse>))]
public enum LostResponse
{
    /// <summary>A 504 instead of the real answer, as when Graph's front end gives up waiting on Exchange that still commits.</summary>
    GatewayTimeout,

    /// <summary>The connection is reset before any byte of the answer: the client sees an HttpRequestException.</summary>
    ConnectionDropped,
}
