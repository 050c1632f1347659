namespace Zhifa.Infrastructure.Demo;

/// <summary>Invented regulated entities, spread over the city and the county offices.</summary>
internal static class DemoRegulatedEntities
{
    public static IReadOnlyList<Dictionary<string, string?>> Rows { get; } =
    [
        Row("czrf", "RF-GC-0001", "测试花园小区人防工程", "人防工程", "潞州区", "中", "91140400TEST00001X"),
        Row("czrf", "RF-GC-0002", "样例广场地下人防工程", "人防工程", "潞州区", "高"),
        Row("czrf", "91140400TEST00001X", "测试建设集团有限公司", "建设单位", "潞州区", "中"),
        Row("czrf", "91140400TEST00002X", "样例建筑设计研究院有限公司", "设计单位", "潞州区", "低"),
        Row("czrf", "91140400TEST00003X", "测试工程监理有限公司", "监理单位", "潞州区", "中"),
        Row("czrf", "JB-0001", "测试大厦楼顶警报终端", "警报终端设置点", "潞州区", "低"),
        Row("czrf", "JJ-0001", "样例热电有限公司", "重要经济目标", "潞州区", "高"),
        Row("lzq", "RF-GC-0101", "样例家园小区人防工程", "人防工程", "潞州区", "低"),
        Row("lzq", "JB-0101", "测试中学警报终端", "警报终端设置点", "潞州区", "低"),
        Row("xyx", "RF-GC-0201", "襄垣测试商住楼人防工程", "人防工程", "襄垣县", "中"),
        Row("xyx", "JJ-0201", "襄垣样例煤业有限公司", "重要经济目标", "襄垣县", "高"),
        Row("qyx", "RF-GC-0301", "沁源样例小区人防工程", "人防工程", "沁源县", "低"),
    ];

    private static Dictionary<string, string?> Row(
        string organisation, string code, string name, string kind, string region, string risk, string? owner = null) => new()
        {
            ["organisation"] = organisation,
            ["code"] = code,
            ["name"] = name,
            ["kind"] = kind,
            ["region"] = region,
            ["address"] = region + "测试路",
            ["risk_level"] = risk,
            ["owner_code"] = owner,
        };
}
