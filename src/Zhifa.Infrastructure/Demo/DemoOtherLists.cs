namespace Zhifa.Infrastructure.Demo;

/// <summary>The demo agency's random-inspection matters, recording matters and legal review catalogue.</summary>
internal static class DemoOtherLists
{
    private const string Law = "《中华人民共和国人民防空法》";

    public static IReadOnlyList<Dictionary<string, string?>> RandomInspectionMatters { get; } =
    [
        RandomMatter("CZRF-SJ-001", "人民防空工程维护管理情况抽查", Law + "第二十五条",
            "人民防空工程使用、管理单位", "工程维护管理制度、设备设施完好情况、平时使用是否影响战时效能", "10"),
        RandomMatter("CZRF-SJ-002", "人民防空警报设施维护管理情况抽查", Law + "第三十五条",
            "警报终端设置单位", "警报设施完好、供电保障、维护记录", "20"),
        RandomMatter("CZRF-SJ-003", "重要经济目标防护措施和抢险抢修预案抽查", Law + "第十七条、第二十条",
            "重要经济目标单位", "防护措施落实情况、抢险抢修预案制定和演练情况", "10"),
    ];

    public static IReadOnlyList<Dictionary<string, string?>> RecordingMatters { get; } =
    [
        Recording("CZRF-YX-001", "*", "现场检查", "执法记录仪录音录像", "是"),
        Recording("CZRF-YX-002", "*", "调查取证", "照相、录音录像", "否"),
        Recording("CZRF-YX-003", "*", "证据保全", "执法记录仪录音录像", "是"),
        Recording("CZRF-YX-004", "*", "行政强制措施", "执法记录仪录音录像", "是"),
        Recording("CZRF-YX-005", "*", "听证", "录音录像", "是"),
        Recording("CZRF-YX-006", "*", "送达", "执法记录仪录音录像或照相", "否"),
    ];

    public static IReadOnlyList<Dictionary<string, string?>> ReviewCatalogue { get; } =
    [
        Review("CZRF-FZ-001", "罚款数额达到标准", "对公民处以5000元以上、对法人或者其他组织处以50000元以上罚款的（演示数值，按本省规定调整）",
            "5000", "50000", "《中华人民共和国行政处罚法》第五十八条第一款第四项；本机关重大执法决定法制审核目录"),
        Review("CZRF-FZ-002", "降低资质等级或吊销资质证书", "降低资质等级、吊销资质证书的", null, null,
            "《中华人民共和国行政处罚法》第五十八条第一款第二项"),
        Review("CZRF-FZ-003", "责令停产停业或关闭", "责令停产停业、责令关闭的", null, null,
            "《中华人民共和国行政处罚法》第五十八条第一款第二项"),
        Review("CZRF-FZ-004", "经过听证程序", "直接关系当事人或者第三人重大权益，经过听证程序的", null, null,
            "《中华人民共和国行政处罚法》第五十八条第一款第二项"),
        Review("CZRF-FZ-005", "案件情况疑难复杂", "案件情况疑难复杂、涉及多个法律关系的", null, null,
            "《中华人民共和国行政处罚法》第五十八条第一款第三项"),
        Review("CZRF-FZ-006", "涉及重大公共利益", "涉及重大公共利益的", null, null,
            "《中华人民共和国行政处罚法》第五十八条第一款第一项"),
    ];

    private static Dictionary<string, string?> RandomMatter(
        string code, string name, string basis, string targets, string content, string ratio) => new()
        {
            ["organisation"] = "czrf",
            ["code"] = code,
            ["name"] = name,
            ["inspecting_body"] = "长治市人民防空办公室",
            ["legal_basis"] = basis,
            ["target_kinds"] = targets,
            ["content"] = content,
            ["ratio_percent"] = ratio,
            ["method"] = "双随机抽取检查对象和执法检查人员，现场检查",
            ["frequency"] = "每年不少于一次",
        };

    private static Dictionary<string, string?> Recording(string code, string matter, string stage, string method, string whole) => new()
    {
        ["organisation"] = "czrf",
        ["code"] = code,
        ["matter_code"] = matter,
        ["stage"] = stage,
        ["recording_method"] = method,
        ["whole_process"] = whole,
    };

    private static Dictionary<string, string?> Review(
        string code, string condition, string description, string? individual, string? unit, string basis) => new()
        {
            ["organisation"] = "czrf",
            ["code"] = code,
            ["condition"] = condition,
            ["description"] = description,
            ["threshold_individual"] = individual,
            ["threshold_unit"] = unit,
            ["legal_basis"] = basis,
        };
}
