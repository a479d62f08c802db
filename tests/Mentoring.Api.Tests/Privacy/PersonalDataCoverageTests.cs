using Mentoring.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>No store can be forgotten: every table the deployment has in the account declares what it does with personal data.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class PersonalDataCoverageTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task Every_table_of_the_deployment_declares_its_personal_data_handler()
    {
        var tables = await fixture.Account.TablesAsync();

        Assert.NotEmpty(tables);
        Assert.Empty(Undeclared(tables));
    }

    [Fact]
    public async Task A_new_table_without_a_handler_is_caught_and_what_it_holds_about_someone_is_missing_from_their_export()
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        var moods = await fixture.Account.NewTableAsync("Moods");
        try
        {
            await moods.AddEntityAsync(new Azure.Data.Tables.TableEntity("contoso", Guid.NewGuid().ToString()) { ["PersonId"] = Users.Julien.Id, ["Mood"] = "découragé" });

            Assert.Equal(["Moods"], Undeclared(await fixture.Account.TablesAsync()));
            var naming = await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Julien));
            var exported = PrivacyApi.Keys(await PrivacyApi.ExportAsync(julien));
            Assert.Contains(naming.Except(exported), row => row.StartsWith("Moods ", StringComparison.Ordinal));
        }
        finally
        {
            await moods.DeleteAsync();
        }
    }

    private string[] Undeclared(IEnumerable<string> tables)
    {
        var declared = fixture.Host.Services.GetServices<IPersonalDataStore>().Select(s => s.Store).ToHashSet();
        return [.. tables.Where(t => !declared.Contains(t))];
    }
}
