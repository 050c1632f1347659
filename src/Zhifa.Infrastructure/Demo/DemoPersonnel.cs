namespace Zhifa.Infrastructure.Demo;

/// <summary>
/// Invented officers of the demo agency. Two certificates are expired and one officer is suspended, so
/// the lists and the rules have something to refuse.
/// </summary>
internal static class DemoPersonnel
{
    private const string Categories = "人民防空";

    public static IReadOnlyList<Dictionary<string, string?>> Rows { get; } =
    [
        Row("czrf-gc", "14040001", "张测试", "科员", "长治市", "2024-01-01", "2028-12-31"),
        Row("czrf-gc", "14040002", "李样例", "科员", "长治市", "2024-01-01", "2028-12-31"),
        Row("czrf-gc", "14040003", "王测试", "科长", "长治市", "2023-06-01", "2027-05-31"),
        Row("czrf-gc", "14040004", "阿依古丽·测试", "科员", "长治市", "2022-03-01", "2025-12-31"),
        Row("czrf-zt", "14040005", "刘样例", "副科长", "长治市", "2024-05-01", "2029-04-30"),
        Row("czrf-zt", "14040006", "陈测试", "科员", "长治市", "2021-01-01", "2024-12-31"),
        Row("czrf-zx", "14040007", "杨样例", "主任", "长治市", "2025-01-01", "2029-12-31", "暂扣"),
        Row("lzq", "14040101", "冯测试", "执法员", "潞州区", "2024-01-01", "2028-12-31"),
        Row("lzq", "14040102", "黄样例", "执法员", "潞州区", "2024-01-01", "2028-12-31"),
        Row("xyx", "14040201", "吕测试", "执法员", "襄垣县", "2024-07-01", "2029-06-30"),
        Row("xyx", "14040202", "施样例", "执法员", "襄垣县", "2024-07-01", "2029-06-30"),
        Row("qyx", "14040301", "孔测试", "执法员", "沁源县", "2023-01-01", "2027-12-31"),
        Row("qyx", "14040302", "曹样例", "执法员", "沁源县", "2023-01-01", "2027-12-31"),
    ];

    private static Dictionary<string, string?> Row(
        string organisation, string certificate, string name, string post, string area, string from, string to,
        string status = "在岗") => new()
        {
            ["organisation"] = organisation,
            ["certificate_number"] = certificate,
            ["name"] = name,
            ["post"] = post,
            ["categories"] = Categories,
            ["area"] = area,
            ["valid_from"] = from,
            ["valid_to"] = to,
            ["status"] = status,
        };
}
