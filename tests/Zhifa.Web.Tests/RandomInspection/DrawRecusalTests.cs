using System.Net.Http.Json;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.RandomInspection;

// A database of its own: declared conflicts would change the draws of the other API tests.
public sealed class DrawRecusalTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    [Fact]
    public async Task Draw_DeclaredAndOwnOrganisationConflicts_AreRecused()
    {
        var legal = await factory.SignedInAsync("admin");
        var declared = await legal.OfficerIdAsync("14040001");
        var affiliated = await legal.OfficerIdAsync("14040002");
        await DrawApiClient.Succeeds(await legal.PostAsJsonAsync("/api/random-inspections/conflicts",
            new { officerId = declared, entityCode = "RF-GC-0001", reason = "declared-interest", note = "亲属任职" }));
        await DrawApiClient.Succeeds(await legal.PostAsJsonAsync("/api/random-inspections/conflicts",
            new { officerId = affiliated, entityCode = "91140400TEST00001X", reason = "own-organisation", note = "曾任职" }));

        // The administrator records the conflicts; enforcement staff plan and draw.
        var officer = await factory.SignedInAsync("officer");
        var plan = await officer.DrawnPlanAsync();

        var works = await legal.EntityIdAsync("RF-GC-0001");
        var task = (await legal.TasksAsync(plan)).Single(t => t.Target == works);
        Assert.DoesNotContain(declared, task.Inspectors);
        Assert.DoesNotContain(affiliated, task.Inspectors);
    }
}
