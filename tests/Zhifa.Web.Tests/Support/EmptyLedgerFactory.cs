using Microsoft.AspNetCore.Hosting;

namespace Zhifa.Web.Tests.Support;

/// <summary>
/// The platform on a new database without the demo agency and without the shipped holiday notices,
/// so its log starts empty.
/// </summary>
public sealed class EmptyLedgerFactory : ZhifaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhifa:LoadDemo", "false");
        builder.UseSetting("Zhifa:SeedCalendar", "false");
    }
}
