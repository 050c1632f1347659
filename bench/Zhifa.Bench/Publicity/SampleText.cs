namespace Zhifa.Bench.Publicity;

/// <summary>
/// Published decisions with varied Chinese text for the benchmark: party, place, project, violation, basis and
/// penalty drawn from lists. Only the requested decisions contain <see cref="PublicityBench.CommonTerm"/> or
/// <see cref="PublicityBench.RareTerm"/>; none of the lists contains either.
/// </summary>
internal static class SampleText
{
    public sealed record Decision(
        bool Inspection, string Body, string Number, string Title, string Party, string PartyKind, string Facts, string Basis, string Result, DateOnly DecidedOn);

    private static readonly string[] Bodies = ["长治市人民防空办公室", "长治市潞州区人民防空办公室", "长治市上党区人民防空办公室", "襄垣县人民防空办公室", "屯留区人民防空办公室"];

    private static readonly string[] NameParts = ["华", "晋", "鑫", "盛", "泰", "恒", "源", "兴", "达", "瑞", "丰", "宏", "嘉", "润", "博", "安", "新", "远", "通", "利", "祥", "和", "信", "诚", "德", "正", "凯", "天", "宇", "昌", "隆", "汇", "星", "辰", "金", "辉"];

    private static readonly string[] Trades = ["房地产开发", "建筑工程", "物业管理", "商贸", "置业", "建设集团", "市政工程", "投资", "酒店管理", "停车管理"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    private static readonly string[] Districts = ["潞州区", "上党区", "屯留区", "潞城区", "襄垣县", "平顺县", "黎城县", "壶关县", "长子县", "武乡县", "沁县", "沁源县"];

    private static readonly string[] Roads = ["英雄南路", "太行西街", "紫金东街", "长兴北路", "府后西街", "城南路", "延安南路", "解放东街", "西一路", "漳泽路", "保宁门街", "南环街"];

    private static readonly string[] Projects = ["住宅小区二期", "商业综合体", "写字楼", "安置房项目", "学校教学楼", "医院门诊楼", "地下停车场", "物流园仓储区", "酒店改扩建工程", "商品住宅楼"];

    private static readonly string[] Violations =
    [
        "未按照国家规定修建战时可用于防空的地下室",
        "擅自拆除人民防空警报设施",
        "未按规定缴纳防空地下室易地建设费",
        "向防空地下室内排放废水、废气",
        "擅自改变防空地下室的平时使用用途且影响战时功能",
        "在防空地下室出入口周边堆放杂物、阻碍通行",
        "阻挠安装人民防空通信和警报设施",
        "擅自占用人民防空通信专用频率",
        "防空地下室施工图未经审查即开工建设",
        "拒不配合防空地下室竣工验收备案检查",
    ];

    private static readonly string[] CommonViolations =
    [
        "擅自改造人防工程的防护密闭门和通风口",
        "未经批准拆除人防工程的主体结构",
        "占用人防工程作为仓库，影响其防空效能",
    ];

    private static readonly string[] Bases =
    [
        "《中华人民共和国人民防空法》第四十八条",
        "《中华人民共和国人民防空法》第四十九条",
        "《山西省实施〈中华人民共和国人民防空法〉办法》第三十二条",
        "《人民防空工程建设管理规定》第四十五条",
    ];

    public static Decision Make(int i, Random random, bool common, bool rare)
    {
        var inspection = i % 10 == 7;
        var unit = random.Next(3) != 0;
        var party = unit
            ? $"长治市{Pick(NameParts, random)}{Pick(NameParts, random)}{Pick(Trades, random)}有限公司"
            : Pick(Surnames, random) + "某某";
        var place = $"{Pick(Districts, random)}{Pick(Roads, random)}{random.Next(1, 400)}号{Pick(Projects, random)}";
        var violation = common ? Pick(CommonViolations, random) : Pick(Violations, random);
        if (rare)
        {
            violation += $"，并在防空地下室顶板上方加建{PublicityBench.RareTerm}附属用房";
        }

        var year = 2021 + (i % 5);
        var decidedOn = new DateOnly(year, 1, 1).AddDays(random.Next(360));
        var fine = random.Next(1, 100) * 1000;
        var number = inspection ? $"长人防检〔{year}〕{i + 1}号" : $"长人防罚〔{year}〕{i + 1}号";
        var title = inspection ? $"{place}人民防空监督检查" : $"{party}{violation}案";
        var facts = inspection
            ? $"经对{party}位于{place}的建设项目进行检查，发现{violation}，已责令限期整改。"
            : $"经查，{party}在{place}建设过程中{violation}，违法事实清楚，证据确凿。";
        var result = inspection ? "责令限期改正，复查合格" : $"警告；罚款人民币{fine}元";
        return new Decision(
            inspection,
            Pick(Bodies, random),
            number,
            title,
            party,
            unit ? "法人或者其他组织" : "自然人",
            facts,
            inspection ? "" : Pick(Bases, random),
            result,
            decidedOn);
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
