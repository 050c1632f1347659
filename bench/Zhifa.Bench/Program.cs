using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// In-process benchmarks. Run all: dotnet run -c Release --project bench/Zhifa.Bench -- --filter '*'
// Results go to bench/results/ (see bench/README.md).
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
