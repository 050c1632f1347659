using BenchmarkDotNet.Attributes;
using Zhifa.Domain.Lists;

namespace Zhifa.Bench.Lists;

/// <summary>How fast an import validates rows: the personnel list, 10,000 rows (a large province's list).</summary>
[MemoryDiagnoser]
public class ListValidationBenchmarks
{
    private static readonly Guid Office = Guid.NewGuid();
    private readonly ListContext _context = new()
    {
        WritableOrganisationsByCode = new Dictionary<string, Guid> { ["czrf"] = Office },
        OrganisationCodes = new Dictionary<Guid, string> { [Office] = "czrf" },
    };

    private List<Dictionary<string, string?>> _rows = [];

    [GlobalSetup]
    public void Setup() => _rows = Enumerable.Range(0, 10_000).Select(i => new Dictionary<string, string?>
    {
        ["organisation"] = "czrf",
        ["certificate_number"] = $"1404{i:D6}",
        ["name"] = i % 7 == 0 ? "阿依古丽·测试" : "张测试",
        ["post"] = "科员",
        ["categories"] = "人民防空",
        ["area"] = "长治市",
        ["valid_from"] = "2024-01-01",
        ["valid_to"] = "2028-12-31",
        ["status"] = "在岗",
    }).ToList();

    [Benchmark]
    public int ValidateTenThousandPersonnelRows()
    {
        var errors = 0;
        foreach (var row in _rows)
        {
            errors += PersonnelList.Definition.Apply(row, PersonnelList.Definition.CreateNew(), isNew: true, _context, line: 2).Count;
        }

        return errors;
    }
}
