using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.Scheduling;

/// <summary>IANA ↔ Windows names as CLDR's windowsZones table has them (the names Graph takes and returns).</summary>
public sealed class WindowsZonesTests
{
    [Theory]
    [InlineData("Europe/Paris", "Romance Standard Time")]
    [InlineData("Europe/Brussels", "Romance Standard Time")]
    [InlineData("America/Toronto", "Eastern Standard Time")]
    [InlineData("Europe/Dublin", "GMT Standard Time")]
    [InlineData("Africa/Casablanca", "Morocco Standard Time")]
    [InlineData("Asia/Kolkata", "India Standard Time")]
    [InlineData("Asia/Calcutta", "India Standard Time")]
    [InlineData("Etc/UTC", "UTC")]
    public void An_IANA_zone_has_the_Windows_name_CLDR_gives_it(string iana, string windows)
    {
        Assert.True(WindowsZones.TryGetWindowsName(iana, out var name));
        Assert.Equal(windows, name);
    }

    [Theory]
    [InlineData("Antarctica/Troll")]
    [InlineData("Romance Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    public void A_zone_CLDR_cannot_name_has_no_Windows_name(string id) => Assert.False(WindowsZones.TryGetWindowsName(id, out _));

    [Theory]
    [InlineData("Eastern Standard Time", "CA", "America/Toronto")]
    [InlineData("Eastern Standard Time", null, "America/New_York")]
    [InlineData("Romance Standard Time", "BE", "Europe/Brussels")]
    [InlineData("Romance Standard Time", "JP", "Europe/Paris")]
    [InlineData("GMT Standard Time", "IE", "Europe/Dublin")]
    public void A_Windows_name_becomes_the_IANA_zone_of_the_region_else_its_own_city(string windows, string? region, string iana)
    {
        Assert.True(WindowsZones.TryGetIanaId(windows, region, out var id));
        Assert.Equal(iana, id);
    }
}
