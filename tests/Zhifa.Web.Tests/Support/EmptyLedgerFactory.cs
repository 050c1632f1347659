using Microsoft.AspNetCore.Hosting;

namespace Zhifa.Web.Tests.Support;

/// <summary>The platform on a new database without the demo agency, so its log starts empty.</summary>
public sealed class EmptyLedgerFactory : ZhifaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhifa:LoadDemo", "false");
    }
}
