using Mentoring.Core.Common;
using Mentoring.Core.Privacy;

namespace Mentoring.Core.Tests.Privacy;

/// <summary>The rows of the least-sight table that no API of this branch exposes yet: coordinators and tenant admins.</summary>
public sealed class LeastSightTests
{
    [Theory]
    [InlineData(PersonalDataKind.Notes)]
    [InlineData(PersonalDataKind.AgendaItems)]
    [InlineData(PersonalDataKind.Goals)]
    [InlineData(PersonalDataKind.Agreement)]
    [InlineData(PersonalDataKind.Pulse)]
    public void A_coordinator_asking_for_a_texts_content_is_refused_saying_why(PersonalDataKind kind)
    {
        var refused = LeastSight.Require(kind, Audience.Coordinator, Sight.Content);

        Assert.Equal((ErrorKind.Forbidden, "privacy.sight.coordinator"), (refused!.Kind, refused.Code));
    }

    [Theory]
    [InlineData(PersonalDataKind.Commitments)]
    [InlineData(PersonalDataKind.Sessions)]
    [InlineData(PersonalDataKind.FollowUps)]
    public void A_coordinator_sees_activity_but_never_the_text(PersonalDataKind kind)
    {
        Assert.Null(LeastSight.Require(kind, Audience.Coordinator, Sight.ActivityOnly));
        Assert.NotNull(LeastSight.Require(kind, Audience.Coordinator, Sight.Content));
    }

    [Fact]
    public void A_tenant_admin_reads_nothing_and_only_the_author_reads_a_note()
    {
        Assert.All(Enum.GetValues<PersonalDataKind>(), kind => Assert.Equal(Sight.None, LeastSight.Of(kind, Audience.TenantAdmin)));
        Assert.Equal(
            [Audience.Self],
            Enum.GetValues<Audience>().Where(a => LeastSight.Of(PersonalDataKind.Notes, a) != Sight.None));
    }

    [Fact]
    public void The_table_has_a_row_for_every_kind_of_data()
    {
        Assert.Equal(Enum.GetValues<PersonalDataKind>().Order(), LeastSight.Table.Keys.Order());
    }
}
