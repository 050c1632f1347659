using Microsoft.AspNetCore.Hosting;

namespace Zhifa.Web.Tests.Support;

/// <summary>A host on a <see cref="TestStore"/>. Disposing it stops the host and leaves the data in place.</summary>
public sealed class StoreFactory(TestStore store, bool loadDemo)
    : ZhifaFactory(store.DataDirectory, store.DatabaseName, ownsData: false)
{
    public TestStore Store => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhifa:LoadDemo", loadDemo ? "true" : "false");
    }
}
