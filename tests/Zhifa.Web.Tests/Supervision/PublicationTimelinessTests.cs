using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhifa.Web.Tests.Publicity;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Supervision;

/// <summary>
/// The dashboard's publication timeliness counts the day a decision was first published: a corrected version
/// published later does not make it late. Case C of <see cref="SupervisionData"/> was decided on 2026-06-01,
/// so its 7 working days end on 2026-06-10.
/// </summary>
public sealed class PublicationTimelinessTests : IDisposable
{
    private readonly ZhifaFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Republished_decision_keeps_first_day()
    {
        var api = new CaseApiClient(_factory);
        var data = await SupervisionData.CreateAsync(api);
        api.SetToday(6, 5);
        await PublicityFactory.PublishAsync(await api.AsAsync("head"), data.C);
        await _factory.WithDatabaseAsync(async db =>
        {
            var c = await db.Cases.FirstAsync(x => x.Id == data.C);
            c.Proposal.Facts += "（更正笔误）";
            await db.SaveChangesAsync();
        });
        api.SetToday(6, 20);
        await PublicityFactory.PublishAsync(await api.AsAsync("head"), data.C);
        api.SetToday(6, 30);

        var supervisor = await api.AsAsync("supervisor");
        var dashboard = await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/dashboard?period=2026-06");

        // decisions, on time, late, unpublished and overdue, unpublished and not yet due
        Assert.Equal([1m, 1m, 0m, 0m, 0m], DashboardTests.Rows(dashboard, "publication_timeliness")["长治市人民防空办公室"]);
    }
}
