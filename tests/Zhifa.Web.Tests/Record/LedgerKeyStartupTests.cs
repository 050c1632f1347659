using System.Text;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// A ledger key file that cannot be read stops start-up: a new key would make every earlier checkpoint
/// unverifiable with the published key, so the file is reported and left exactly as it was.
/// </summary>
public sealed class LedgerKeyStartupTests
{
    [Fact]
    public async Task Host_CorruptKeyFile_ExitsWithoutReplacingIt()
    {
        await using var store = new TestStore();
        Directory.CreateDirectory(Path.GetDirectoryName(store.KeyFile)!);
        var garbage = Encoding.UTF8.GetBytes("PRIVATE+KEY+this-is-not-a-key\n\u0001\u0002 测试\n");
        await File.WriteAllBytesAsync(store.KeyFile, garbage);

        using var host = ZhifaProcess.StartHost(store);
        await host.WaitForExitAsync(TimeSpan.FromSeconds(90));

        var error = host.StandardError.Trim();
        Assert.Equal(2, host.ExitCode);
        Assert.Single(error.Split('\n'));
        Assert.StartsWith(
            $"zhifa: cannot start: the ledger key file {store.KeyFile} is corrupt (",
            error,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "It is never replaced, because earlier checkpoints were signed with it.",
            error,
            StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(store.KeyFile));
        Assert.False(File.Exists(store.KeyFile + ".new"));
    }

    [Fact]
    public async Task Verify_MissingKeyFile_FailsWithoutCreatingOne()
    {
        await using var store = new TestStore();
        using (var host = ZhifaProcess.StartHost(store))
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        }

        File.Delete(store.KeyFile);

        using var verify = await ZhifaProcess.RunVerbAsync(store, "verify", TimeSpan.FromSeconds(90));

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"the ledger key file {store.KeyFile} is missing", verify.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(store.KeyFile));
    }

    [Fact]
    public async Task Host_KeyMissingAfterCheckpoints_RefusesToStart()
    {
        await using var store = new TestStore();
        using (var first = ZhifaProcess.StartHost(store))
        {
            await first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        }

        File.Delete(store.KeyFile);

        using var host = ZhifaProcess.StartHost(store);
        await host.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(2, host.ExitCode);
        Assert.Contains($"the ledger key file {store.KeyFile} is missing, but the log has checkpoints", host.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(store.KeyFile));
    }
}
