namespace Zhifa.Infrastructure.Demo;

/// <summary>
/// The six matters of the demo agency's service guide: three penalties and three inspections, each with
/// its legal basis. Basis texts summarise the articles; fines are the statutory ranges.
/// </summary>
internal static class DemoMatters
{
    private const string Body = "长治市人民防空办公室";
    private const string Law = "中华人民共和国人民防空法";
    private const string QualityRegulation = "建设工程质量管理条例";
    private const string Remedies = "对处罚决定不服的，可以自收到决定书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。";
    private const string Supervision = "当事人可向长治市人民防空办公室法规科或市司法局投诉、举报；电话0355-0000000。";

    public static IReadOnlyList<Dictionary<string, string?>> Rows { get; } =
    [
        Penalty(
            "CZRF-CF-001",
            "对损坏人民防空工程或者擅自拆除人民防空通信、警报设施的行政处罚",
            Law,
            "第四十九条",
            "有下列行为之一的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，可以对个人并处五千元以下的罚款、对单位并处一万元至五万元的罚款；造成损失的，应当依法赔偿损失：（三）违反国家有关规定，改变人民防空工程主体结构、拆除人民防空工程设备设施或者采用其他方法危害人民防空工程的安全和使用效能的；（五）擅自拆除人民防空通信、警报设备设施的；……",
            individualMax: "5000",
            unitMin: "10000",
            unitMax: "50000",
            benchmark: "轻微：警告并责令限期改正；一般：个人1000元以下、单位1万元至2万元；较重：个人1000元至3000元、单位2万元至3.5万元；严重：个人3000元至5000元、单位3.5万元至5万元。"),
        Penalty(
            "CZRF-CF-002",
            "对人防工程监理单位违法行为降低资质等级或者吊销资质证书的行政处罚",
            QualityRegulation,
            "第六十七条",
            "工程监理单位与建设单位或者施工单位串通，弄虚作假、降低工程质量的，或者将不合格的建设工程、建筑材料、建筑构配件和设备按照合格签字的，责令改正，处50万元以上100万元以下的罚款，降低资质等级或者吊销资质证书；有违法所得的，予以没收；造成损失的，承担连带赔偿责任。",
            individualMax: null,
            unitMin: "500000",
            unitMax: "1000000",
            benchmark: "降低资质等级或者吊销资质证书由颁发资质证书的机关决定（建设工程质量管理条例第七十五条）。"),
        Penalty(
            "CZRF-CF-003",
            "对人防工程设计单位违法行为吊销资质证书的行政处罚",
            QualityRegulation,
            "第六十三条",
            "设计单位未根据勘察成果文件进行工程设计、指定建筑材料和设备的生产厂或供应商、或者未按照工程建设强制性标准进行设计的，责令改正，处10万元以上30万元以下的罚款；造成工程质量事故的，责令停业整顿，降低资质等级；情节严重的，吊销资质证书。",
            individualMax: null,
            unitMin: "100000",
            unitMax: "300000",
            benchmark: "吊销资质证书须经法制审核和集体讨论。"),
        Inspection(
            "CZRF-JC-001",
            "人民防空工程监督检查",
            "第二十五条",
            "人民防空主管部门对人民防空工程的维护管理进行监督检查。公用的人民防空工程的维护管理由人民防空主管部门负责；有关单位负责其投资的人民防空工程的维护管理。"),
        Inspection(
            "CZRF-JC-002",
            "人民防空警报终端设施检查",
            "第三十五条",
            "人民防空主管部门负责人民防空通信、警报设施的建设和维护管理；设置警报设施的单位应当予以配合，保障其正常使用。"),
        Inspection(
            "CZRF-JC-003",
            "重要经济目标战时防护措施和抢修抢险预案检查",
            "第十七条、第二十条",
            "人民防空主管部门对城市和经济目标的人民防空建设进行监督检查；重要经济目标的单位应当制定防护措施和抢险抢修预案，被检查单位应当如实提供情况和资料。"),
    ];

    private static Dictionary<string, string?> Penalty(
        string code, string name, string law, string article, string text,
        string? individualMax, string unitMin, string unitMax, string benchmark) => new()
        {
            ["organisation"] = "czrf",
            ["code"] = code,
            ["name"] = name,
            ["kind"] = "行政处罚",
            ["category"] = "人民防空",
            ["basis_law"] = law,
            ["basis_article"] = article,
            ["basis_text"] = text,
            ["enforcement_body"] = Body,
            ["fine_min_individual"] = individualMax is null ? null : "0",
            ["fine_max_individual"] = individualMax,
            ["fine_min_unit"] = unitMin,
            ["fine_max_unit"] = unitMax,
            ["discretion_benchmark"] = benchmark,
            ["accepting_body"] = "长治市人民防空办公室工程科",
            ["deciding_body"] = Body,
            ["conditions"] = "有违法行为发生，属于本机关管辖，在追责时效内。",
            ["materials"] = "检查记录、询问笔录、现场照片及音像记录、相关证明材料。",
            ["procedure"] = "立案—调查取证—审查—法制审核（重大案件）—告知—听证（依申请）—集体讨论（情节复杂或重大）—决定—送达—执行—结案归档。",
            ["time_limit"] = "自立案之日起九十日内作出处理决定",
            ["supervision"] = Supervision,
            ["remedies"] = Remedies,
            ["office_hours"] = "工作日 8:00-12:00，14:30-17:30",
            ["address"] = "长治市测试路1号",
            ["telephone"] = "0355-0000000",
        };

    private static Dictionary<string, string?> Inspection(string code, string name, string article, string text) => new()
    {
        ["organisation"] = "czrf",
        ["code"] = code,
        ["name"] = name,
        ["kind"] = "行政检查",
        ["category"] = "人民防空",
        ["basis_law"] = Law,
        ["basis_article"] = article,
        ["basis_text"] = text,
        ["enforcement_body"] = Body,
        ["accepting_body"] = "长治市人民防空办公室工程科",
        ["deciding_body"] = Body,
        ["conditions"] = "按年度检查计划和双随机抽查结果实施，或依投诉举报实施。",
        ["materials"] = "被检查单位提供工程资料、维护管理记录及相关证明材料。",
        ["procedure"] = "制定计划—随机抽取—出示证件—现场检查并记录—反馈结果—责令整改—复查—公示结果。",
        ["time_limit"] = "检查结束后二十个工作日内公示结果",
        ["supervision"] = Supervision,
        ["remedies"] = "对检查中作出的具体行政行为不服的，可依法申请行政复议或者提起行政诉讼。",
        ["office_hours"] = "工作日 8:00-12:00，14:30-17:30",
        ["address"] = "长治市测试路1号",
        ["telephone"] = "0355-0000000",
    };
}
