using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Zhifa.Bench;
using Zhifa.Bench.RandomInspection;
using Zhifa.Bench.Record;

// Whole-process measurements run as named modes; anything else goes to BenchmarkDotNet.
//   dotnet run -c Release --project bench/Zhifa.Bench -- ledger [--entries 1000000]
//   dotnet run -c Release --project bench/Zhifa.Bench -- cases [--cases 100000]   (build src/Zhifa.Web first)
//   dotnet run -c Release --project bench/Zhifa.Bench -- dashboard [--cases 100000 --entries 1000000]   (build src/Zhifa.Web first)
//   dotnet run -c Release --project bench/Zhifa.Bench -- publicity [--decisions 1000000 --clients 16 --seconds 15]   (build src/Zhifa.Web first)
//   dotnet run -c Release --project bench/Zhifa.Bench -- draw [--candidates 100000 --inspectors 1000]
//   dotnet run -c Release --project bench/Zhifa.Bench -- evidence [--mib 2048]   (build src/Zhifa.Web first)
//   dotnet run -c Release --project bench/Zhifa.Bench -- --filter '*'
// Results are written to bench/results/ (see bench/README.md).
if (args.Length > 0 && args[0] == "ledger")
{
    return await LedgerBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "cases")
{
    return await Zhifa.Bench.Cases.CaseBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "dashboard")
{
    return await Zhifa.Bench.Supervision.DashboardBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "evidence")
{
    return await Zhifa.Bench.Evidence.EvidenceBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "publicity")
{
    return await Zhifa.Bench.Publicity.PublicityBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "draw")
{
    return DrawBench.Run(args[1..]);
}

var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(BenchPaths.Results, "BenchmarkDotNet"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
